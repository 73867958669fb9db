"""Hostile archives, second round (issue 16): nothing lost, memory bounded, outputs safe."""

import json
import time

from newsfacts.batch import run_batch
from newsfacts.extractor import default_extractor
from newsfacts.io.limits import Limits
from newsfacts.io.readers import ReadError, SourceDoc, read_inputs

A = "今年以来，全市新增普惠性托位1365个，比去年增长百分之十二。"
B = "全市累计投资3.5亿元，建成40个社区养老服务中心。"


def _line(**record) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _kinds(items):
    return [(type(i).__name__, i.doc_id) for i in items]


def test_a_deeply_nested_jsonl_line_fails_alone(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text(_line(id="a", content=A) + "[" * 100_000 + "]" * 100_000 + "\n" + _line(id="b", content=B),
                    encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert _kinds(items) == [("SourceDoc", "a"), ("ReadError", "f:2"), ("SourceDoc", "b")]
    assert items[1].type == "JSONDecodeError" and "nest" in items[1].message


def test_a_csv_field_over_the_line_limit_fails_its_row_only(tmp_path):
    path = tmp_path / "f.csv"
    huge = "第1行,假的\n" * 500  # commas and line ends inside one quoted field
    path.write_text(f'id,content\na,{A}\nbig,"{huge}"\nb,{B}\n', encoding="utf-8")
    items = list(read_inputs([str(path)], limits=Limits(max_line_bytes=1000)))
    assert _kinds(items) == [("SourceDoc", "a"), ("ReadError", "f:2"), ("SourceDoc", "b")]
    assert items[1].type == "DocumentTooLarge"
    # the same over-long field unquoted on one line
    path.write_text(f"id,content\na,{A}\nbig,{'长' * 2000}\nb,{B}\n", encoding="utf-8")
    items = list(read_inputs([str(path)], limits=Limits(max_line_bytes=1000)))
    assert _kinds(items) == [("SourceDoc", "a"), ("ReadError", "f:2"), ("SourceDoc", "b")]


def test_an_unclosed_csv_quote_is_an_error_record_not_merged_rows(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(f'id,content\na,{A}\nq,"{B}\nc,{A}\n', encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert _kinds(items) == [("SourceDoc", "a"), ("ReadError", "f:2")]
    assert items[1].type == "CSVError" and "unclosed quote" in items[1].message
    stats = run_batch([str(path)], str(tmp_path / "o.jsonl"), workers=1, extractor_factory=default_extractor)
    assert stats.failed == 1


def test_defuse_is_linear_on_unclosed_declarations():
    from newsfacts.io.html import defuse

    for unit in ("<!DOCTYPE [", "<?", "<!ENTITY ", "<!DOCTYPE <"):
        t0 = time.process_time()
        assert defuse(unit * (64 * 1024 // len(unit))) is not None
        assert time.process_time() - t0 < 0.5, unit
    page = ('<!DOCTYPE html [<!ENTITY a "x]>">]> <?xml-stylesheet href="x"?><!ENTITY b "y">'
            "<p>正文&a;</p><?pi ?>")
    assert defuse(page) == '">]> <p>正文&a;</p>'  # as the regexes did: the subset ends at the first ]>
    assert defuse("<!DOCTYPE [ <!doctype html><p>x</p>") == "<!DOCTYPE [ <p>x</p>"
