"""Extractor(trace=True): each claim says which rules fired for each field (spec §2.4)."""

import json
import subprocess
import sys

import pytest

from newsfacts import Extractor

TEXT = "全市今年预计发放第三代社保卡12.67万张，去年新增普惠性托位1365个。全年完成投资3.5亿元，分别为1亿元、2.5亿元。"


@pytest.fixture(scope="module")
def traced():
    return Extractor(trace=True)


def test_trace_is_off_by_default_and_not_in_the_record():
    doc = Extractor().extract(TEXT)
    assert all(c.trace is None for c in doc.claims)
    assert "trace" not in doc.to_json()
    assert "trace" not in json.dumps(doc.model_dump(mode="json"))


def test_trace_leaves_the_records_unchanged(traced):
    plain = Extractor().extract(TEXT)
    doc = traced.extract(TEXT)
    assert doc.model_dump_json() == plain.model_dump_json()


def test_every_claim_traces_the_rule_that_set_each_field(traced):
    doc = traced.extract(TEXT)
    first = doc.claims[0]
    assert first.quantity.surface == "12.67万张"
    assert first.trace["status"][-1][1] == "planned"
    assert first.trace["subject"][-1][1] == first.subject.text == "第三代社保卡"
    for c in doc.claims:
        for field in ("status", "subject"):
            rules = c.trace[field]
            assert all(isinstance(name, str) and name for name, _ in rules)
        # the last value a rule proposed is the one the record holds
        assert c.trace["status"][-1][1] == c.status


def test_cli_trace_prints_it():
    out = subprocess.run([sys.executable, "-c", "from newsfacts.cli import main; raise SystemExit(main())",
                          "extract", "--trace", "-"],
                         input=TEXT.encode(), capture_output=True, check=True)
    doc = json.loads(out.stdout)
    assert doc["claims"][0]["trace"]["status"][-1] == ["own_clause_cue", "planned"]


def test_render_shows_the_trace_of_a_clicked_claim(tmp_path):
    """`newsfacts render` is the rule debugger: a click shows the record with its trace."""
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "a.html"
    subprocess.run([sys.executable, "-c", "from newsfacts.cli import main; raise SystemExit(main())",
                    "render", str(src), "-o", str(out)], check=True, capture_output=True)
    page = out.read_text(encoding="utf-8")
    assert '"trace"' in page and "own_clause_cue" in page
