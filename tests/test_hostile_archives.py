"""Hostile archives, second round (issue 16): nothing lost, memory bounded, outputs safe."""

import json
import sys
import time

import pytest

from newsfacts.batch import run_batch
from newsfacts.extractor import default_extractor
from newsfacts.io.limits import Limits
from newsfacts.io.readers import ReadError, SourceDoc, read_inputs

A = "今年以来，全市新增普惠性托位1365个，比去年增长百分之十二。"
B = "全市累计投资3.5亿元，建成40个社区养老服务中心。"


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux: /proc, RLIMIT_DATA, flock")


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


def _cli(*args):
    from newsfacts.cli import main

    return main(["batch", *map(str, args), "--quiet"])


def test_an_output_that_is_an_input_or_inside_an_input_folder_is_refused(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(A, encoding="utf-8")
    assert _cli(src / "a.txt", "-o", src / "a.txt", "--to", "jsonl") == 2
    assert (src / "a.txt").read_text(encoding="utf-8") == A
    assert "is an input" in capsys.readouterr().err
    assert _cli(src, "-o", src / "o.jsonl", "--glob", "*") == 2
    assert "inside the input folder" in capsys.readouterr().err
    assert sorted(p.name for p in src.iterdir()) == ["a.txt"]
    assert _cli(src / "a.txt", "-o", tmp_path / "a.txt.errors.jsonl") == 0  # a name only alike is fine


def test_resume_with_other_limits_is_refused(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(_line(id="a", content=A) + "{broken\n" + _line(id="b", content=B), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert _cli(src, "-o", out, "--fail-fast", "--chunk-size", 1, "--workers", 1) == 1
    assert _cli(src, "-o", out, "--resume", "--max-doc-chars", 50, "--workers", 1) == 2
    assert "limits.max_doc_chars differ" in capsys.readouterr().err
    assert _cli(src, "-o", out, "--resume", "--workers", 1) == 1
    assert [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "b"]


@linux_only
def test_a_second_run_writing_the_same_output_is_refused(tmp_path, capsys):
    import os
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    src.write_text("".join(_line(id=f"d{i}", content=f"第{i}篇：{A}") for i in range(400)), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    tests = os.path.dirname(os.path.abspath(__file__))
    env = dict(os.environ, PYTHONPATH=tests + os.pathsep + os.environ.get("PYTHONPATH", ""))
    first = subprocess.Popen([sys.executable, "-m", "newsfacts.cli", "batch", str(src), "-o", str(out), "--quiet",
                              "--workers", "1", "--chunk-size", "5", "--extractor", "test_batch:SlowExtractor"],
                             env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not os.path.exists(str(out) + ".part") and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _cli(src, "-o", out, "--workers", 1, "--extractor", "test_batch:ToyExtractor") == 2
    assert "another run is writing" in capsys.readouterr().err
    assert first.wait(60) == 0
    assert [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()] == [
        f"d{i}" for i in range(400)]


def test_resume_of_a_finished_run_with_failures_exits_1(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(_line(id="a", content=A) + "{broken\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert _cli(src, "-o", out, "--workers", 1) == 1
    assert _cli(src, "-o", out, "--workers", 1, "--resume") == 1
    assert "already complete" in capsys.readouterr().err


def test_disk_full_says_so_with_its_own_exit_status_and_keeps_the_previous_output(tmp_path, capsys, monkeypatch):
    import errno

    from newsfacts.io.writers import Writer

    src = tmp_path / "in.jsonl"
    src.write_text(_line(id="a", content=A) + _line(id="b", content=B), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert _cli(src, "-o", out, "--workers", 1) == 0
    before = out.read_bytes()

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Writer, "write_bytes", full)
    assert _cli(src, "-o", out, "--workers", 1) == 3
    assert "disk full" in capsys.readouterr().err
    assert out.read_bytes() == before


def _tar(path, members):
    """A tar of (name, data, hard link target) members, built by the fuzz target's helper."""
    import importlib.util
    from pathlib import Path

    target = Path(__file__).parents[1] / "benchmarks" / "fuzz_readers.py"
    spec = importlib.util.spec_from_file_location("fuzz_readers", target)
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    Path(path).write_bytes(fuzz._tar_bytes([(name, data, link, {}) for name, data, link in members]))


def test_a_tar_hard_link_gives_an_error_record(tmp_path):
    _tar(tmp_path / "t.tar", [("a.txt", A.encode(), None), ("b.txt", b"", "a.txt"), ("c.txt", B.encode(), None)])
    items = list(read_inputs([str(tmp_path / "t.tar")]))
    assert _kinds(items) == [("SourceDoc", "a"), ("ReadError", "b"), ("SourceDoc", "c")]
    assert "hard link to 'a.txt'" in items[1].message


def test_gbk_zip_member_names_are_read_as_gbk(tmp_path):
    import zipfile

    path = tmp_path / "z.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("abcd.txt", A)  # a placeholder name as long as the GBK bytes of 新闻.txt
    data = path.read_bytes()
    assert data.count(b"abcd.txt") == 2  # local header and central directory, no UTF-8 flag
    path.write_bytes(data.replace(b"abcd.txt", "新闻.txt".encode("gbk")))
    (item,) = read_inputs([str(path)])
    assert item.doc_id == "新闻" and item.origin.endswith("z.zip!新闻.txt")


def test_non_string_text_fields_and_ids_give_error_records_or_default_ids(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text('{"content": ["投资3亿元"]}\n{"content": true}\n{"content": NaN}\n{"content": 12}\n'
                    f'{{"id": NaN, "content": "{A}"}}\n{{"id": Infinity, "content": "{A}"}}\n'
                    f'{{"id": 7, "content": "{A}"}}\n', encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert _kinds(items) == [("ReadError", "f:1"), ("ReadError", "f:2"), ("ReadError", "f:3"), ("ReadError", "f:4"),
                             ("SourceDoc", "f:5"), ("SourceDoc", "f:6"), ("SourceDoc", "7")]
    assert {i.type for i in items[:4]} == {"UnsupportedInput"} and "not a string" in items[0].message
    assert any("id" in w for w in items[4].warnings)


def test_a_gzip_followed_by_junk_keeps_its_document(tmp_path):
    import gzip

    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(A.encode()) + b"junk after the stream")
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(_line(id="x", content=B).encode()) + b"\x00junk")
    items = list(read_inputs([str(tmp_path / "a.txt.gz"), str(tmp_path / "b.jsonl.gz")]))
    assert _kinds(items) == [("SourceDoc", "a"), ("SourceDoc", "x")]
    assert items[0].materialize()[0] == A and any("gzip" in w for w in items[0].warnings)
    (tmp_path / "c.txt.gz").write_bytes(b"not gzip at all")
    assert [i.type for i in read_inputs([str(tmp_path / "c.txt.gz")])] == ["BadGzipFile"]


def test_custom_units_with_a_bad_surface_or_factor_are_refused():
    from newsfacts.resources import DataError, Resources

    good = {"surface": "人工时", "key": "man_hour", "dimension": "duration", "factor": 3600, "si_unit": "s"}
    Resources.load(extra_units=[good])
    for bad in ({"surface": None}, {"surface": " "}, {"factor": "inf"}, {"factor": float("nan")}, {"factor": "-1"}):
        entry = {**good, **bad}
        with pytest.raises(DataError, match="extra unit") as info:
            Resources.load(extra_units=[entry])
        assert "surface" in str(info.value) or "factor" in str(info.value)


def test_lone_surrogates_in_library_metadata_do_not_break_model_dump_json():
    from newsfacts.batch import extract_many

    (doc,) = extract_many([{"text": A, "doc_id": "\ud800x", "title": "\udfff", "source": "\ud801"}], workers=1)
    assert json.loads(doc.model_dump_json())["title"] == "\\udfff"


def _zip_bytes(members) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def test_the_archive_budget_holds_across_nesting_and_counts_decompressed_tar_bytes(tmp_path):
    limits = Limits(max_archive_bytes=1_000_000)
    inner = [(f"in{i}.zip", _zip_bytes([(f"m{i}.txt", b"1" * 400_000)])) for i in range(3)]
    (tmp_path / "nested.zip").write_bytes(_zip_bytes(inner))
    _tar(tmp_path / "t.tar", [(f"m{i}.txt", b"1" * 400_000, None) for i in range(3)])
    import gzip

    (tmp_path / "t.tar.gz").write_bytes(gzip.compress((tmp_path / "t.tar").read_bytes()))
    for name in ("nested.zip", "t.tar.gz"):
        items = list(read_inputs([str(tmp_path / name)], limits=limits))
        assert [type(i).__name__ for i in items][:2] == ["SourceDoc", "SourceDoc"], name
        assert items[-1].type == "DecompressedTooLarge" and "in total" in items[-1].message, name


def test_a_huge_tar_header_is_refused_before_it_is_read(tmp_path):
    import io
    import tarfile

    with tarfile.open(tmp_path / "p.tar", "w", format=tarfile.PAX_FORMAT) as tf:
        for name, pax in (("a.txt", {}), ("b.txt", {"comment": "x" * 300_000}), ("c.txt", {})):
            info = tarfile.TarInfo(name)
            info.pax_headers = pax
            info.size = len(A.encode())
            tf.addfile(info, io.BytesIO(A.encode()))
    items = list(read_inputs([str(tmp_path / "p.tar")], limits=Limits(max_header_bytes=100_000)))
    assert [type(i).__name__ for i in items] == ["SourceDoc", "ReadError"]
    assert items[1].type == "HeaderTooLarge"
    assert len(list(read_inputs([str(tmp_path / "p.tar")]))) == 3  # under the default limit


def test_bytes_in_flight_are_bounded_not_chunks_times_document_size():
    from newsfacts.batch import extract_many

    size, pulled, ahead = 100_000, 0, []

    def source():
        nonlocal pulled
        for i in range(60):
            pulled += 1
            yield SourceDoc(origin=f"d{i}", data=b"1" * size)

    limits = Limits(max_inflight_bytes=4 * size, doc_timeout=None)
    for i, _ in enumerate(extract_many(source(), workers=2, chunk_size=16, limits=limits,
                                       extractor_factory=_NoClaims)):
        ahead.append(pulled - (i + 1))
    assert i + 1 == 60
    assert max(ahead) * size <= 4 * size + 2 * size  # the limit, plus the chunk being cut and one read ahead


class _NoClaims:
    def extract(self, text, doc_id=None, **meta):
        from newsfacts.models import Document

        return Document(doc_id=doc_id or "x", **meta)


class _DeafHangCounting(_NoClaims):
    """Hangs where SIGALRM cannot reach it on a text 'HANG <file>', noting each start in <file>."""

    def extract(self, text, doc_id=None, **meta):
        import signal

        if text.startswith("HANG "):
            with open(text.split()[1], "a") as fh:
                fh.write("start\n")
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            while True:
                time.sleep(0.05)
        return super().extract(text, doc_id, **meta)


def test_a_document_that_hung_past_the_hard_limit_is_not_retried(tmp_path, monkeypatch):
    from newsfacts import batch as batch_mod
    from newsfacts.batch import extract_many

    monkeypatch.setattr(batch_mod, "HARD_TIMEOUT_GRACE", 1.0)
    starts = tmp_path / "starts"
    texts = [f"第{i}篇：{A}" for i in range(8)]
    texts[3] = f"HANG {starts}"
    t0 = time.monotonic()
    got = list(extract_many(texts, workers=2, chunk_size=4, doc_timeout=0.3, extractor_factory=_DeafHangCounting))
    spent = time.monotonic() - t0
    assert [type(g).__name__ for g in got] == ["Document"] * 3 + ["DocError"] + ["Document"] * 4
    assert got[3].type == "DocTimeout"
    assert starts.read_text().count("start") == 1  # not run again alone
    assert spent < 2 * (0.3 + 1.0) + 1.5, spent  # the hard limit of one document, not of the chunk and a retry


def _children(pid: int) -> list[int]:
    import os

    out = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.append(int(name))
    return out


@linux_only
def test_workers_exit_when_the_parent_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    src.write_text("".join(_line(id=f"d{i}", content=f"第{i}篇：{A}") for i in range(3000)), encoding="utf-8")
    tests = os.path.dirname(os.path.abspath(__file__))
    env = dict(os.environ, PYTHONPATH=tests + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "newsfacts.cli", "batch", str(src), "-o", str(tmp_path / "o.jsonl"),
                             "--quiet", "--workers", "2", "--chunk-size", "5", "--extractor", "test_batch:SlowExtractor"],
                            env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while len(workers := _children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) >= 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.05)
        alive = [w for w in workers if os.path.exists(f"/proc/{w}") and _state(w) != "Z"]
    for w in alive:  # do not leave them behind when the test fails
        os.kill(w, signal.SIGKILL)
    assert not alive


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


SLOW_IMPORT = """
import sys, time
class Slow:
    def find_spec(self, name, path=None, target=None):
        if name == "trafilatura":
            time.sleep(0.6)  # a slow disk: the import takes longer than the document time limit
        return None
sys.meta_path.insert(0, Slow())
from newsfacts.batch import run_batch
from newsfacts.extractor import default_extractor
from newsfacts.io.limits import Limits
stats = run_batch([sys.argv[1]], sys.argv[2], workers=1, limits=Limits(doc_timeout=0.3),
                  extractor_factory=default_extractor)
print(stats.ok, stats.failed)
"""


def test_the_html_library_loads_before_the_document_clock_starts(tmp_path):
    import subprocess
    import sys

    pages = tmp_path / "in"
    pages.mkdir()
    for i in range(3):
        body = "".join(f"<p>{A}第{i}段。</p>" for _ in range(5))
        (pages / f"p{i}.html").write_text(f"<html><head><title>T{i}</title></head><body><article>{body}</article>"
                                          "</body></html>", encoding="utf-8")
    default_extractor()
    done = subprocess.run([sys.executable, "-c", SLOW_IMPORT, str(pages), str(tmp_path / "o.jsonl")],
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["3", "0"], (done.stdout, done.stderr[-2000:],
                                               (tmp_path / "o.jsonl.errors.jsonl").read_text())


def test_html_pages_over_the_page_limit_are_refused_before_parsing(tmp_path):
    page = "<html><body>" + f"<p>{A}</p>" * 400 + "</body></html>"
    (tmp_path / "big.html").write_text(page, encoding="utf-8")
    (tmp_path / "f.jsonl").write_text(_line(id="j", content=page), encoding="utf-8")
    limits = Limits(max_page_bytes=10_000)
    (file_item,) = read_inputs([str(tmp_path / "big.html")], limits=limits)
    assert file_item.type == "DocumentTooLarge"
    (record,) = read_inputs([str(tmp_path / "f.jsonl")], limits=limits)
    with pytest.raises(ValueError, match="page larger than"):
        record.materialize(limits)


class _Greedy(_NoClaims):
    def extract(self, text, doc_id=None, **meta):
        if text.startswith("BIG"):
            hog = bytearray(300 * 2**20)  # written, so resident
            hog[:: 4096] = b"\1" * len(hog[:: 4096])
        return super().extract(text, doc_id, **meta)


@linux_only
def test_a_document_that_needs_more_memory_than_the_worker_limit_is_an_error_record():
    from newsfacts.batch import extract_many

    texts = [f"第{i}篇：{A}" for i in range(6)]
    texts[2] = "BIG " + texts[2]
    got = list(extract_many(texts, workers=2, chunk_size=2, extractor_factory=_Greedy,
                            limits=Limits(max_worker_bytes=128 * 2**20)))
    assert [type(g).__name__ for g in got] == ["Document"] * 2 + ["DocError"] + ["Document"] * 3
    assert got[2].type == "MemoryError" and "--max-worker-mib" in got[2].message


def test_disk_full_while_converting_to_parquet_leaves_no_temporary_file(tmp_path, capsys, monkeypatch):
    import errno

    from newsfacts.io import writers

    src = tmp_path / "in.jsonl"
    src.write_text(_line(id="a", content=A), encoding="utf-8")
    out = tmp_path / "o.parquet"
    out.write_bytes(b"previous run")

    def full(spool, path):
        with open(path, "wb") as fh:
            fh.write(b"PAR1 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writers, "spool_to_parquet", full)
    assert _cli(src, "-o", out, "--workers", 1) == 3
    assert "disk full" in capsys.readouterr().err
    assert out.read_bytes() == b"previous run"
    assert not (tmp_path / "o.parquet.tmp").exists()
