"""Hostile input (issue 7): pattern timing, and reader/batch safety not covered elsewhere.

Already covered, not repeated here: corrupt zip member, ``../`` zip member names read in
memory, zip and gzip bombs, member count, nested zip depth (test_io_readers.py); DOCTYPE
entity bombs in ``.html`` (test_io_readers.py); ``--doc-timeout``, hung and crashing
workers (test_batch.py); torn writes and resume (test_batch_resume.py).
"""

import functools
import gzip
import io
import json
import os
import socket
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from newsfacts.batch import DocError, process_one, run_batch
from newsfacts.extractor import default_extractor
from newsfacts.io.limits import Limits
from newsfacts.io.readers import SourceDoc, read_inputs
from newsfacts.text import analyse

FIXTURES = Path(__file__).parent / "fixtures" / "dev"
A = "今年以来，全市新增普惠性托位1365个，比去年增长百分之十二。"
B = "全市累计投资3.5亿元，建成40个社区养老服务中心。"

# ------------------------------------------------------------------ pattern timing

SIZE = 256 * 1024  # 1 MiB takes ~4x as long on 2 CI cores; the ratio is what is tested


def _article_text() -> str:
    """The dev fixture articles joined, without page-furniture lines: all article text."""
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(FIXTURES.glob("a*.json"))]
    joined = "\n".join(t.strip("\n") for t in texts) + "\n"
    page = analyse(joined, default_extractor().resources)
    return "\n".join(joined[ln.start:ln.end] for ln in page.lines if not ln.furniture and ln.end > ln.start) + "\n"


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _cpu(text: str, runs: int = 1) -> tuple[float, int]:
    ex = default_extractor()
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        doc = ex.extract(text)
        best = min(best, time.process_time() - t0)
    return best, len(doc.claims)


@functools.lru_cache(maxsize=None)
def _ordinary(size: int) -> tuple[float, int]:
    """CPU seconds (best of 2) and claims of ``size`` characters of ordinary articles."""
    default_extractor().extract(A)  # loads the tokenizer's dictionary
    return _cpu(_fill(_article_text(), size), runs=2)


@functools.lru_cache(maxsize=None)
def _adversarial(unit: str, size: int) -> tuple[float, int]:
    """CPU seconds and claims of ``unit`` repeated to ``size`` characters; a retry when slow."""
    spent, claims = _cpu(_fill(unit, size))
    if spent > 3 * _ordinary(size)[0]:  # one retry against noise on a shared machine
        spent = min(spent, _cpu(_fill(unit, size))[0])
    return spent, claims


# Adversarial inputs for the patterns (few or no amounts): within 3x of ordinary text.
ADVERSARIAL = {
    "digits": "1",
    "fullwidth-digits": "１",
    "yi": "一",
    "cn-numeral-chain": "一百二十三万四千五百六十七亿",
    "wanyi-chain": "1万亿",
    "quotes": "“",
    "quoted-numbers": "“1”",
    "bound-words": "超过约近逾",
    "one-line-no-punctuation": "全市新增普惠性托位比去年增长惠及家长",
    "dates": "2023年1月1日",
    "zero-width": "1\u200b个\u200e",
}


def test_adversarial_inputs_within_3x_of_an_ordinary_article():
    base, claims = _ordinary(SIZE)
    assert claims > 1000
    ratios = {name: _adversarial(unit, SIZE)[0] / base for name, unit in ADVERSARIAL.items()}
    print(f"\nordinary {SIZE} chars: {base:.2f} s CPU; ratios " + ", ".join(f"{k} {v:.2f}" for k, v in ratios.items()))
    assert max(ratios.values()) <= 3, ratios


# Number-dense inputs: a number every 2 characters (ordinary text: one in ~20). No claims
# come out, but every number is a candidate the scanner weighs (ranges, dates, bounds,
# exclusions), so the cost is linear in the numbers: 2-3.3x an ordinary article since the
# scanner's guards (was 4-5x; reported). Timing-bound, so the 3x check is a loose xfail.
NUMBER_DENSE = {"digit-enumeration": "1、", "range-separators": "1-1~1—1–", "decimal-chain": "1.1."}
NUMBER_SIZE = 32 * 1024


def test_number_dense_inputs_are_linear():
    base, _ = _ordinary(2 * NUMBER_SIZE)
    for name, unit in NUMBER_DENSE.items():
        small = _cpu(_fill(unit, NUMBER_SIZE // 2), runs=2)[0]
        large = _cpu(_fill(unit, 2 * NUMBER_SIZE), runs=2)[0]
        print(f"\n{name}: {small:.2f} s / {large:.2f} s CPU for {NUMBER_SIZE // 2} / {2 * NUMBER_SIZE} chars, "
              f"ratio to ordinary {large / base:.2f}")
        # four times the text: ~4x when linear, 16x for the square; 8x leaves room for noise
        assert large <= 8 * small, (name, small, large)
        assert large <= 8 * base, (name, large / base)  # ten times the numbers of an article: a bounded cost


@pytest.mark.xfail(reason="number-dense text costs 2-3.3x an ordinary article, at the 3x line (reported, issue 7)",
                   strict=False)
def test_number_dense_inputs_within_3x_of_an_ordinary_article():
    base, _ = _ordinary(2 * NUMBER_SIZE)
    ratios = {name: _adversarial(unit, 2 * NUMBER_SIZE)[0] / base for name, unit in NUMBER_DENSE.items()}
    assert max(ratios.values()) <= 3, ratios


# Claim-dense inputs: an amount every 2-4 characters in one run-on sentence. Each amount
# costs a claim's work over a bounded window (claims.WINDOW), so the time grows linearly
# with the number of claims, but an ordinary article has ~1 amount per 40 characters.
# (the full-width mix is an amount every 17 characters, three times an article's density)
DENSE = {"count-list": "1个、", "range-zhi": "1至", "percent-increase": "增长1%",
         "fullwidth-mix": "１２３，４５６．７８９万元％ＡＢＣ"}
DENSE_SIZE = 4 * 1024


def test_claim_dense_inputs_are_linear_in_their_claims():
    base, base_claims = _ordinary(2 * NUMBER_SIZE)
    per_claim = base / base_claims
    for name, unit in DENSE.items():
        small, n_small = _adversarial(unit, DENSE_SIZE // 2)
        large, n_large = _adversarial(unit, 2 * DENSE_SIZE)
        print(f"\n{name}: {n_large} claims, {large / n_large * 1000:.2f} ms a claim "
              f"(ordinary {per_claim * 1000:.2f}); ratio to ordinary {large / base * 2 * NUMBER_SIZE / (2 * DENSE_SIZE):.1f}")
        assert n_large >= 4 * n_small - 3
        assert large <= 8 * small, (name, small, large)  # four times the text: linear ~4x, the square 16x
        # a run-on sentence full of amounts fills every 300-character window: up to ~3x the
        # per-claim cost of an article (0.3-0.7 ms against 0.17-0.27 ms); 4x leaves room for noise
        assert large / n_large <= 4 * per_claim, (name, large / n_large, per_claim)


@pytest.mark.xfail(reason="claim-dense text costs ~10-45x an ordinary article per character (reported, issue 7)",
                   strict=False)
def test_claim_dense_inputs_within_3x_of_an_ordinary_article():
    base, _ = _ordinary(2 * NUMBER_SIZE)
    per_char = base / (2 * NUMBER_SIZE)
    ratios = {name: _adversarial(unit, 2 * DENSE_SIZE)[0] / (2 * DENSE_SIZE) / per_char for name, unit in DENSE.items()}
    assert max(ratios.values()) <= 3, ratios


# ------------------------------------------------------------------ markup


def test_spaces_between_clauses_before_a_plan_cue_end_the_walk():
    """Hong Kong copy puts a space after each comma (gold g1660): the status rule that walks
    from the sentence's first clause to the cue's clause looped for ever on the space."""
    import threading

    text = "截至九月底, 約254萬個強積金帳戶將全部或部份資產, 根據預設投資策略進行投資, 佔整體帳戶數目的兩成四。"
    out = []
    worker = threading.Thread(target=lambda: out.append(default_extractor().extract(text)), daemon=True)
    worker.start()
    worker.join(60)
    assert out, "extract() did not return within 60 s"
    assert [c.quantity.surface for c in out[0].claims] == ["約254萬個", "兩成四"]


def test_deeply_nested_markup_gives_a_document_or_an_error_record():
    ex = default_extractor()
    for tag in ("div", "b", "table><tr><td", "span"):
        close = "".join(f"</{t.split('>')[-1]}>" for t in reversed(tag.split("><")))
        page = "<html><body>" + f"<{tag}>" * 50_000 + "<p>" + A * 5 + "</p>" + close * 50_000 + "</body></html>"
        t0 = time.monotonic()
        result = process_one(ex, SourceDoc(origin="deep.html", data=page.encode(), kind="html"), Limits(doc_timeout=30))
        assert time.monotonic() - t0 < 30
        assert isinstance(result, DocError) or [c.quantity.surface for c in result.claims][:1] == ["1365个"]
    unclosed = ("<html><body>" + "<div>" * 200_000 + A).encode()
    result = process_one(ex, SourceDoc(origin="unclosed.html", data=unclosed, kind="html"))
    assert result is not None


@pytest.fixture
def listener():
    """A local TCP port that records whether anything connected to it."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.setblocking(False)
    yield srv
    srv.close()


def _connected(srv) -> bool:
    try:
        conn, _ = srv.accept()
    except BlockingIOError:
        return False
    conn.close()
    return True


def test_xml_and_html_entities_are_not_expanded_and_nothing_is_fetched(tmp_path, listener):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-4242", encoding="utf-8")
    port = listener.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x.dtd"
    body = "<p>" + A * 4 + "</p><p>" + B * 4 + "</p>"
    pages = {
        # billion laughs, external file and URL entities, parameter entities, in XHTML
        "laughs.xhtml": '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html [\n<!ENTITY a "LOLLOLLOL">\n'
        + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">\n' for p, c in zip("abcdefgh", "bcdefghi"))
        + f'<!ENTITY file SYSTEM "file://{secret}">\n<!ENTITY net SYSTEM "{url}">\n'
        + f'<!ENTITY % pe SYSTEM "{url}">\n%pe;\n]>\n'
        + f'<html xmlns="http://www.w3.org/1999/xhtml"><body><article>{body}<p>&i;&file;&net;</p></article></body></html>',
        # a "]>" inside an entity value ends a naive DOCTYPE match early
        "tricky.html": f'<!DOCTYPE html [<!ENTITY t "]>"><!ENTITY a "LOLLOLLOL"><!ENTITY f SYSTEM "file://{secret}">]>'
        f"<html><body><article>{body}<p>&a;&f;&t;</p></article></body></html>",
        # external DTD by URL, XInclude, xml-stylesheet PI
        "external.html": f'<?xml-stylesheet href="{url}"?><!DOCTYPE html SYSTEM "{url}">'
        f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><article>{body}'
        f'<xi:include href="file://{secret}" parse="text"/><img src="{url}"></article></body></html>',
    }
    ex = default_extractor()
    for name, page in pages.items():
        result = process_one(ex, SourceDoc(origin=name, data=page.encode(), kind="html"))
        assert not isinstance(result, DocError), (name, result)
        got = [c.quantity.surface for c in result.claims]
        assert "1365个" in got and "3.5亿元" in got
        dumped = result.to_json()
        assert "LOL" not in dumped and "SECRET" not in dumped, name
    # the same page as a JSONL text field holding HTML
    line = json.dumps({"id": "j1", "content": pages["laughs.xhtml"]}, ensure_ascii=False)
    (tmp_path / "p.jsonl").write_text(line + "\n", encoding="utf-8")
    (item,) = read_inputs([str(tmp_path / "p.jsonl")])
    result = process_one(ex, item)
    assert not isinstance(result, DocError) and "LOL" not in result.to_json() and "SECRET" not in result.to_json()
    assert not _connected(listener), "a parser fetched an external entity or DTD"


# ------------------------------------------------------------------ archives through the batch runner


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _records(out: Path) -> tuple[list[dict], list[dict]]:
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    errors_file = Path(str(out) + ".errors.jsonl")
    errors = [json.loads(x) for x in errors_file.read_text(encoding="utf-8").splitlines()]
    return docs, errors


def _run(inputs, out: Path, **options):
    options.setdefault("workers", 1)
    options.setdefault("extractor_factory", default_extractor)
    return run_batch([str(p) for p in inputs], str(out), **options)


SLIP_NAMES = ["../../slip1.txt", "/tmp/newsfacts-slip2.txt", "..\\..\\slip3.txt", "a/../../../slip4.txt",
              "C:/slip5.txt", "./././slip6.txt", "dir/../slip7.txt"]


def test_zip_and_tar_slip_names_write_nothing_outside_the_output(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    zpath = work / "slip.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for i, name in enumerate(SLIP_NAMES):
            zf.writestr(zipfile.ZipInfo(name), f"第{i}篇：{A}")
    tpath = work / "slip.tar.gz"
    with tarfile.open(tpath, "w:gz") as tf:
        for i, name in enumerate(SLIP_NAMES):
            data = f"第{i}篇：{B}".encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        for kind, name in ((tarfile.SYMTYPE, "evil-link.txt"), (tarfile.LNKTYPE, "hard.txt"),
                           (tarfile.CHRTYPE, "dev.txt"), (tarfile.FIFOTYPE, "fifo.txt")):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = "/etc/passwd"
            tf.addfile(info)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = _tree(tmp_path)
    stats = _run([zpath, tpath], out_dir / "o.jsonl")
    after = _tree(tmp_path)
    assert after - before == {"out/o.jsonl", "out/o.jsonl.errors.jsonl"}
    assert not os.path.exists("/tmp/newsfacts-slip2.txt")
    docs, errors = _records(out_dir / "o.jsonl")
    assert stats.complete and stats.read == 2 * len(SLIP_NAMES) + 1 == len(docs) + len(errors)
    assert [(e["doc_id"], e["error"]["type"]) for e in errors] == [("hard", "UnsupportedInput")]  # issue 16
    assert [d["doc_id"] for d in docs[: len(SLIP_NAMES)]] == [os.path.splitext(n)[0] for n in SLIP_NAMES]


def _zeros_zip(name: str, size: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, b"0" * size)
    return buf.getvalue()


def test_bombs_through_the_batch_runner_give_error_records(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    # nested zip bomb: 5 inner zips of 2 MB of zeros each (a few KB on disk)
    with zipfile.ZipFile(inp / "nested.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ok.txt", A)
        for i in range(5):
            zf.writestr(f"inner{i}.zip", _zeros_zip(f"z{i}.txt", 2_000_000))
    # tar bomb
    with tarfile.open(inp / "bomb.tar.gz", "w:gz") as tf:
        for name, data in (("a.txt", A.encode()), ("big.txt", b" " * 3_000_000), ("b.txt", B.encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    # gzip bomb of one document, and one of JSON lines
    (inp / "bomb.txt.gz").write_bytes(gzip.compress(b"1" * 3_000_000))
    (inp / "lines.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"content": A}, ensure_ascii=False) + "\n").encode() * 3 + b" " * 3_000_000 + b"\n"))
    # the archive budget counts the decompressed tar stream (3 MB here), skipped bytes included
    limits = Limits(max_member_bytes=1_000_000, max_archive_bytes=4_000_000, max_line_bytes=1_000_000)
    t0 = time.monotonic()
    stats = _run([inp], tmp_path / "o.jsonl", limits=limits)
    assert time.monotonic() - t0 < 30
    docs, errors = _records(tmp_path / "o.jsonl")
    assert stats.complete and stats.read == len(docs) + len(errors)
    kinds = {e["source"].rsplit("/", 1)[-1]: e["error"]["type"] for e in errors}
    assert kinds["bomb.tar.gz!big.txt"] == "DecompressedTooLarge"
    assert kinds["bomb.txt.gz"] == "DocumentTooLarge"
    assert any(k.startswith("nested.zip!inner") and v == "DecompressedTooLarge" for k, v in kinds.items())
    assert any(k.startswith("lines.jsonl") and v in ("DecompressedTooLarge", "DocumentTooLarge") for k, v in kinds.items())
    ids = [d["doc_id"] for d in docs]
    assert "ok" in ids and "a" in ids and "b" in ids and ids.count("lines:1") == 1


def test_hostile_directory_one_record_per_document(tmp_path):
    """Junk of every kind in one run: every document gives exactly one record."""
    inp = tmp_path / "in"
    inp.mkdir()
    expected = {}

    def put(name, data, n_docs):
        (inp / name).write_bytes(data)
        expected[name] = n_docs

    put("binary.txt", bytes(range(256)) * 64, 1)
    put("empty.txt", b"", 1)
    put("nul.txt", ("\x00" * 100 + A).encode(), 1)
    put("huge-number.txt", ("投资" + "9" * 10_000 + "亿元。" + "一" * 10_000).encode(), 1)
    put("marks.txt", ("\u200e\u202e" + A + "\u200b\ufeff" + B).encode("utf-16"), 1)
    put("gbk-as-utf8.txt", A.encode("gbk") + b"\xff\xfe\x80", 1)
    put("truncated.txt.gz", gzip.compress(A.encode() * 50)[:40], 1)
    put("not-gzip.jsonl.gz", b"\x1f\x8b" + b"garbage" * 10, 1)
    put("not-a.zip", b"PK\x03\x04" + b"\x00" * 50, 1)
    put("surrogates.jsonl", b'{"content": "\\ud800' + A.encode() + b'"}\n{"content": "\\udfff\\u0000"}\n[1,2]\n', 3)
    put("deep.html", ("<div>" * 20_000 + A + "</div>" * 20_000).encode(), 1)
    put("bad.csv", b'content,id\n"' + A.encode() + b',1\n', 1)
    put("nested.json", b"[" * 100_000 + b"]" * 100_000, 1)
    put("warc.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200"), 1)
    stats = _run([inp], tmp_path / "o.jsonl", limits=Limits(doc_timeout=20))
    docs, errors = _records(tmp_path / "o.jsonl")
    assert stats.complete and stats.read == stats.ok + stats.failed == len(docs) + len(errors)
    assert len(docs) + len(errors) == sum(expected.values())
    origins = [e["source"] for e in errors]
    for name in expected:
        assert any(name in o for o in origins) or any(d.get("doc_id", "").startswith(name.split(".")[0]) for d in docs), name


def test_undecodable_names_and_lone_surrogates_give_records_not_a_crash(tmp_path):
    """File and tar member names that are not UTF-8, and JSON "\\ud800" escapes."""
    inp = tmp_path / "in"
    inp.mkdir()
    bad = os.fsdecode(b"\xff\xfe-name")
    (inp / f"{bad}.txt").write_bytes(A.encode())
    (inp / f"{bad}-empty.txt").write_bytes(b"")
    with tarfile.open(inp / "names.tar", "w", format=tarfile.GNU_FORMAT) as tf:
        for name in (f"{bad}.txt", "ok.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(B.encode())
            tf.addfile(info, io.BytesIO(B.encode()))
    (inp / "s.jsonl").write_bytes(b'{"id": "\\udc80x", "content": "\\ud800' + A.encode() + b'", "title": "\\udfff"}\n')
    for fmt in ("jsonl", "csv", "claims"):
        out = tmp_path / f"o.{fmt}"
        stats = _run([inp], out, fmt=fmt)
        assert stats.complete and stats.read == 5 and stats.failed == 1
        out.read_bytes().decode("utf-8")  # valid UTF-8 throughout
        Path(str(out) + ".errors.jsonl").read_bytes().decode("utf-8")
    docs, errors = _records(tmp_path / "o.jsonl")
    assert [e["doc_id"] for e in errors] == ["\\xff\\xfe-name-empty"]
    assert "\\xff\\xfe-name" in [d["doc_id"] for d in docs]
    (sdoc,) = [d for d in docs if d["doc_id"] == "\ufffdx"]
    assert [c["quantity"]["surface"] for c in sdoc["claims"]][:1] == ["1365个"]
    assert any("surrogate" in w for w in sdoc["warnings"])


def test_the_reader_fuzz_target_runs(capsys):
    """A few examples of benchmarks/fuzz_readers.py, so the on-demand target keeps working."""
    import importlib.util

    path = Path(__file__).parent.parent / "benchmarks" / "fuzz_readers.py"
    spec = importlib.util.spec_from_file_location("fuzz_readers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--examples", "40", "--seed", "1"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["examples"] == report["inputs"] == 40
    assert report.get("crashes", 0) == report.get("lost", 0) == report.get("hangs", 0) == 0


def test_a_few_damaged_bytes_in_a_short_jsonl_fail_their_line_only(tmp_path):
    """Found by the fuzz target: no encoding fit the whole (short) file, so it was one record."""
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"id": "r0", "content": "\xef\xbb\xbf' + A.encode() + b'"}\n'
                     b'{"id": "r1", "content": "\xef\xbb\xbf\x7f\x7f\xed\xa0\x80"}\n')
    got = list(read_inputs([str(path)]))
    assert [g.doc_id for g in got] == ["r0", "r1"]
    assert isinstance(got[0], SourceDoc) and A in got[0].materialize()[0]
    path.write_bytes(bytes(range(256)) * 8)  # binary junk stays one record
    assert [type(g).__name__ for g in read_inputs([str(path)])] == ["ReadError"]


def test_doc_timeout_turns_a_pathological_real_document_into_an_error_record(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [{"id": "a", "content": A}, {"id": "slow", "content": "1至" * 40_000}, {"id": "b", "content": B}]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    t0 = time.monotonic()
    stats = _run([path], tmp_path / "o.jsonl", limits=Limits(doc_timeout=1))
    assert time.monotonic() - t0 < 15
    docs, errors = _records(tmp_path / "o.jsonl")
    assert [d["doc_id"] for d in docs] == ["a", "b"]
    assert [(e["doc_id"], e["error"]["type"]) for e in errors] == [("slow", "DocTimeout")]
    assert stats.complete and stats.read == 3


def test_a_zip_with_a_bad_version_field_is_one_record_not_a_crash(tmp_path):
    """Found by the fuzz target: ZipFile() raised NotImplementedError, which ended the run."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", A)
    data = bytearray(buf.getvalue())
    data[data.index(b"PK\x01\x02") + 6] = 84  # central directory: "version needed to extract" 8.4
    (tmp_path / "v.zip").write_bytes(bytes(data))
    (tmp_path / "ok.txt").write_text(B, encoding="utf-8")
    stats = _run([tmp_path / "v.zip", tmp_path / "ok.txt"], tmp_path / "o.jsonl")
    docs, errors = _records(tmp_path / "o.jsonl")
    assert stats.complete and [d["doc_id"] for d in docs] == ["ok"]
    assert [e["error"]["type"] for e in errors] == ["NotImplementedError"]


def test_furniture_patterns_run_in_re_only_where_they_mean_the_same():
    """The `regex` furniture patterns backtrack quadratically on a long run of "1.1.1.";
    analyse runs them in `re` instead, which must find exactly the same lines."""
    import random

    from newsfacts.text import _furniture_in_re

    res = default_extractor().resources
    fast = _furniture_in_re(tuple(res.furniture))
    assert sum(p is not q for (_, p), (_, q) in zip(res.furniture, fast)) >= len(fast) - 1
    pieces = ["当前位置", ":", "：", " ", "\t", "\u3000", "\xa0", "\u2028", "\r", "1", ".", "jpg", "分享到", "【", "】",
              "[", "]", "来源", "来 源", "本文为", "原创", "返回", "首页", "https://", "相关阅读", "中", "/"]
    rng = random.Random(3)
    lines = [A, B, "责任编辑：张三", "返回首页 返回顶部", "photo_01.jpg", "https://example.com/a"]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10))).strip() for _ in range(20000)]
    for line in lines:
        for (_, slow), (_, quick) in zip(res.furniture, fast):
            a, b = slow.match(line), quick.match(line)
            assert (a and a.span()) == (b and b.span()), (line, slow.pattern)
    # \s differs between the engines on U+001C-U+001F: such a text keeps `regex`
    assert fast[0][1].match("当前位置\x1c：") and not res.furniture[0][1].match("当前位置\x1c：")
    page = analyse("当前位置\x1c：首页\n正文。", res)
    assert [ln.furniture for ln in page.lines] == [False, False]
