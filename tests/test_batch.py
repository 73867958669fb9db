"""The batch runner: order, nothing lost, equality with single-document extraction,
time limits, crashed workers, the CLI (formats, exit status, summary, progress)."""

import csv
import gzip
import json
import os
import re
import signal
import time
from decimal import Decimal

import pytest

from newsfacts import batch as batch_mod
from newsfacts.batch import Progress, Stats, extract_many
from newsfacts.cli import main
from newsfacts.extractor import Extractor, text_hash
from newsfacts.io.flat import COLUMNS, flatten_document
from newsfacts.io.html import html_to_text
from newsfacts.models import Claim, Document, Phrase, Quantity, Span

from test_io_readers import _warc, _zip, page

A = "今年以来，全市新增普惠性托位1365个，比去年增长百分之十二。"
B = "全市累计投资3.5亿元，建成40个社区养老服务中心。"
C = "香港政府今年共興建一千二百五十間學校，投資3.5億元，惠及12.57萬家長。"


class ToyExtractor:
    """A cheap stand-in with a known rule, one claim per ASCII number: fast to start in
    every worker, and every flat column filled somewhere."""

    def extract(self, text, doc_id=None, **meta):
        doc = Document(doc_id=doc_id or text_hash(text)[:16], **meta)
        claims = []
        for i, m in enumerate(re.finditer(r"\d+(?:\.\d+)?", text)):
            s, e = m.span()
            subject = Phrase(text=text[s - 2:s], start=s - 2, end=s) if s >= 2 else None
            claims.append(Claim(
                id=f"{doc.doc_id}:{s}", doc_id=doc.doc_id,
                quantity=Quantity(surface=m.group(), start=s, end=e, value=Decimal(m.group()),
                                  unit="个" if i % 2 else None, si_value=Decimal(m.group()) * 1000 if i % 3 == 1 else None),
                subject=subject, time="今年" if i % 2 else None, modifiers=["累计", "同比"][: i % 3],
                sentence=Span(start=0, end=len(text)), group=i // 2 if i % 3 else None,
                change="increase" if i % 4 == 1 else None))
        doc.claims = claims
        return doc


class SlowExtractor(ToyExtractor):
    def extract(self, text, doc_id=None, **meta):
        time.sleep(0.004)
        return super().extract(text, doc_id, **meta)


class HangExtractor(ToyExtractor):
    def extract(self, text, doc_id=None, **meta):
        if "HANG" in text:
            while True:
                pass
        return super().extract(text, doc_id, **meta)


class SwallowingExtractor(ToyExtractor):
    """Loses the first alarm in code that swallows every exception (as a garbage-collector
    callback or a __del__ does), then keeps working."""

    def extract(self, text, doc_id=None, **meta):
        if "HANG" in text:
            try:
                while True:
                    pass
            except Exception:  # noqa: BLE001 - the point of this extractor
                pass
            deadline = time.monotonic() + 3  # long past the limit, then a normal document
            while time.monotonic() < deadline:
                pass
        return super().extract(text, doc_id, **meta)


class DeafHangExtractor(ToyExtractor):
    """Hangs where SIGALRM cannot reach it (the signal is blocked), like stuck C code."""

    def extract(self, text, doc_id=None, **meta):
        if "HANG" in text:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            while True:
                time.sleep(0.05)
        return super().extract(text, doc_id, **meta)


class CrashExtractor(ToyExtractor):
    def extract(self, text, doc_id=None, **meta):
        if "CRASH" in text:
            os._exit(3)
        return super().extract(text, doc_id, **meta)


def corpus(n):
    return [f"第{i}篇：" + (A if i % 3 else B) + f"新增{i * 7}个。" for i in range(n)]


def dump(doc):
    return doc.model_dump(mode="json")


# ------------------------------------------------------------------ extract_many


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_many_equals_single_documents_in_order(workers):
    texts = corpus(60)
    got = list(extract_many(texts, workers=workers, chunk_size=4, extractor_factory=ToyExtractor))
    toy = ToyExtractor()
    assert [dump(d) for d in got] == [dump(toy.extract(t)) for t in texts]
    assert sum(len(d.claims) for d in got) == sum(len(re.findall(r"\d+(?:\.\d+)?", t)) for t in texts)


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_many_with_the_real_extractor(workers):
    texts = corpus(20)
    got = list(extract_many(texts, workers=workers, chunk_size=3))
    single = Extractor()
    assert [dump(d) for d in got] == [dump(single.extract(t)) for t in texts]


class PreloadedToy(ToyExtractor):
    """Notes which process preloaded it; a worker stamps that on every document."""

    preloaded_in = None

    def preload(self):
        self.preloaded_in = os.getpid()

    def extract(self, text, doc_id=None, **meta):
        doc = super().extract(text, doc_id, **meta)
        doc.title = f"{self.preloaded_in}/{os.getpid()}"
        return doc


@pytest.mark.skipif(batch_mod._mp_context().get_start_method() != "fork", reason="workers fork from the parent")
def test_forked_workers_share_an_extractor_the_parent_preloaded():
    """rjieba, the weights and the word lists load once in the parent (their pages are
    shared), not once per worker as the first articles come in."""
    got = list(extract_many(corpus(12), workers=2, chunk_size=2, extractor_factory=PreloadedToy))
    stamps = {tuple(d.title.split("/")) for d in got}
    assert {parent for parent, _ in stamps} == {str(os.getpid())}
    assert all(worker != str(os.getpid()) for _, worker in stamps)


def test_extractor_preload_loads_rjieba_now():
    extractor = Extractor(tokenizer="auto")
    extractor.preload()
    assert extractor.tokenizer._rs_after == 0  # no switch left to make mid-run
    if extractor.tokenizer.backend == "rjieba":
        assert extractor.tokenizer._rs is not None


def test_extract_many_input_kinds():
    items = ["甲" + A, (B, "b1"), {"text": C, "doc_id": "c1", "title": "T", "url": "http://u"}, 42, {"no": "text"}]
    got = list(extract_many(items, workers=1, extractor_factory=ToyExtractor))
    assert [type(g).__name__ for g in got] == ["Document", "Document", "Document", "DocError", "DocError"]
    assert got[1].doc_id == "b1" and (got[2].doc_id, got[2].title, got[2].url) == ("c1", "T", "http://u")
    assert got[3].type == "TypeError" and got[3].record()["source"] == "<input 3>"


@pytest.mark.parametrize("workers", [1, 2])
def test_doc_timeout_turns_a_hanging_document_into_an_error(workers):
    texts = corpus(10)
    texts[4] = "HANG " + texts[4]
    start = time.monotonic()
    got = list(extract_many(texts, workers=workers, chunk_size=2, doc_timeout=0.5, extractor_factory=HangExtractor))
    assert time.monotonic() - start < 10
    assert [type(g).__name__ for g in got] == ["Document"] * 4 + ["DocError"] + ["Document"] * 5
    assert got[4].type == "DocTimeout" and "0.5" in got[4].message
    toy = ToyExtractor()
    assert [dump(g) for i, g in enumerate(got) if i != 4] == [dump(toy.extract(t)) for i, t in enumerate(texts) if i != 4]


def test_an_alarm_lost_in_swallowing_code_is_repeated():
    texts = corpus(3)
    texts[1] = "HANG " + texts[1]
    start = time.monotonic()
    got = list(extract_many(texts, workers=1, doc_timeout=0.3, extractor_factory=SwallowingExtractor))
    assert time.monotonic() - start < 5
    assert [type(g).__name__ for g in got] == ["Document", "DocError", "Document"]
    assert got[1].type == "DocTimeout"


def test_a_worker_that_ignores_the_alarm_is_killed(monkeypatch):
    monkeypatch.setattr(batch_mod, "HARD_TIMEOUT_GRACE", 1.0)
    texts = corpus(8)
    texts[3] = "HANG " + texts[3]
    start = time.monotonic()
    got = list(extract_many(texts, workers=2, chunk_size=2, doc_timeout=0.3, extractor_factory=DeafHangExtractor))
    assert time.monotonic() - start < 20
    assert [type(g).__name__ for g in got] == ["Document"] * 3 + ["DocError"] + ["Document"] * 4
    assert got[3].type == "DocTimeout"
    assert [g.doc_id for g in got if isinstance(g, Document)] == [ToyExtractor().extract(t).doc_id for i, t in enumerate(texts) if i != 3]


def test_a_crashing_worker_fails_its_document_only():
    texts = corpus(12)
    texts[5] = "CRASH " + texts[5]
    got = list(extract_many(texts, workers=2, chunk_size=3, extractor_factory=CrashExtractor))
    assert [type(g).__name__ for g in got] == ["Document"] * 5 + ["DocError"] + ["Document"] * 6
    assert got[5].type == "WorkerCrashed"
    toy = ToyExtractor()
    assert [dump(g) for i, g in enumerate(got) if i != 5] == [dump(toy.extract(t)) for i, t in enumerate(texts) if i != 5]


# ------------------------------------------------------------------ the CLI over every format


def build_archive(root):
    """A directory holding every input format; returns [(doc_id, text or None)] in read order,
    None marking a document that must give an error record."""
    root.mkdir()
    (root / "a_utf8.txt").write_text(A, encoding="utf-8")
    (root / "b_gbk.txt").write_bytes(A.encode("gbk"))
    (root / "c_big5.txt").write_bytes(C.encode("big5"))
    (root / "d_bom.md").write_bytes(B.encode("utf-8-sig"))
    (root / "e_utf16.txt").write_bytes(B.encode("utf-16"))
    (root / "f_empty.txt").write_bytes(b"")
    (root / "g_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    (root / "h_page.html").write_bytes(page("gbk"))
    lines = [json.dumps({"id": "j1", "content": A, "title": "T1", "time": "2023-01-02"}, ensure_ascii=False),
             "{not json", json.dumps({"text": C}, ensure_ascii=False)]
    (root / "i_news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "k_rows.csv").write_text(f'id,content\nk1,"{A}"\nk2,"{B}"\n', encoding="utf-8")
    (root / "l_rows.tsv").write_text(f"text\n{C}\n", encoding="utf-8")
    data = gzip.compress((A * 50).encode())
    (root / "m_cut.txt.gz").write_bytes(data[: len(data) // 2])
    _zip(root / "n_pack.zip", [("x1.txt", B), ("x2.txt", C.encode("big5"))])
    import io
    import tarfile
    with tarfile.open(root / "o_pack.tar.gz", "w:gz") as tf:
        for name, body in (("y1.txt", A.encode("gbk")), ("y2.txt", B.encode())):
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tf.addfile(info, io.BytesIO(body))
    _warc(root / "p_crawl.warc.gz", [("http://n/1", "text/html; charset=gbk", "200 OK", page("gbk"))])
    html_text = html_to_text(page("gbk"))[0]
    return [
        ("a_utf8", A), ("b_gbk", A), ("c_big5", C), ("d_bom", B), ("e_utf16", B),
        ("f_empty", None), ("g_binary", None), ("h_page", html_text),
        ("j1", A), ("i_news:2", None), ("i_news:3", C),
        ("k1", A), ("k2", B), ("l_rows:1", C),
        (None, None),  # the truncated .gz
        ("x1", B), ("x2", C), ("y1", A), ("y2", B),
        (None, html_text),  # WARC: id is the record id
    ]


def run_cli(args, capsys):
    code = main(["batch", *map(str, args)])
    err = capsys.readouterr().err
    return code, err


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


SUMMARY = re.compile(r"read (\d+), ok (\d+), failed (\d+), claims (\d+), seconds ([\d.]+), docs/s ([\d.]+)")


@pytest.mark.parametrize("workers, extractor", [(1, "test_batch:ToyExtractor"), (2, None)])
def test_cli_over_every_format(tmp_path, capsys, workers, extractor):
    expected = build_archive(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    code, err = run_cli([tmp_path / "in", "-o", out, "--workers", workers, "--chunk-size", 3,
                         *(["--extractor", extractor] if extractor else [])], capsys)
    assert code == 1  # some inputs are broken on purpose
    docs = read_jsonl(out)
    errors = read_jsonl(str(out) + ".errors.jsonl")
    want_ok = [e for e in expected if e[1] is not None]
    assert len(docs) == len(want_ok) and len(errors) == len(expected) - len(want_ok)
    assert len(docs) + len(errors) == len(expected)
    single = ToyExtractor() if extractor else Extractor()
    for got, (doc_id, text) in zip(docs, want_ok):
        if doc_id is not None:
            assert got["doc_id"] == doc_id
        # a record's date field is the article's date: relative times resolve against it
        ref = single.extract(text, got["doc_id"], **({} if extractor else {"published": got["published"]}))
        assert got["claims"] == [c.model_dump(mode="json") for c in ref.claims]
    assert [e["error"]["type"] for e in errors] == ["EmptyInput", "BinaryInput", "JSONDecodeError", "EOFError"]
    assert all(set(e) == {"source", "doc_id", "error"} and set(e["error"]) == {"type", "message"} for e in errors)
    assert errors[3]["source"].endswith("m_cut.txt.gz")
    assert docs[1]["warnings"] == ["encoding detected as gb18030"]
    html = next(d for d in docs if d["doc_id"] == "h_page")
    assert html["title"] == "益阳市新增普惠性托位1365个" and html["published"] == "2023-11-29"
    assert html["source"] == "益阳日报"
    assert docs[-1]["url"] == "http://n/1"
    m = SUMMARY.search(err)
    assert m, err
    read, ok, failed, claims = map(int, m.groups()[:4])
    assert (read, ok, failed) == (len(expected), len(docs), len(errors))
    assert claims == sum(len(d["claims"]) for d in docs) > 0
    assert "\r" not in err  # no progress display when stderr is not a terminal
    assert not os.path.exists(str(out) + ".part") and not os.path.exists(str(out) + ".journal")


def test_cli_writers_agree(tmp_path, capsys):
    src = tmp_path / "n.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "content": t, "title": f"T{i}"}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(corpus(30))), encoding="utf-8")
    base = ["--workers", "2", "--chunk-size", "4", "--extractor", "test_batch:ToyExtractor"]
    assert run_cli([src, "-o", tmp_path / "docs.jsonl", *base], capsys)[0] == 0
    assert run_cli([src, "-o", tmp_path / "claims.jsonl", "--records", "claims", *base], capsys)[0] == 0
    assert run_cli([src, "-o", tmp_path / "c.csv", *base], capsys)[0] == 0
    assert run_cli([src, "-o", tmp_path / "c.parquet", *base], capsys)[0] == 0
    assert run_cli([src, "-o", tmp_path / "c.out", "--to", "parquet", *base], capsys)[0] == 0
    docs = [Document.model_validate(d) for d in read_jsonl(tmp_path / "docs.jsonl")]
    rows = [r for d in docs for r in flatten_document(d)]
    assert len(rows) > 60
    assert read_jsonl(tmp_path / "claims.jsonl") == rows
    with open(tmp_path / "c.csv", encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == list(COLUMNS) and len(table) == len(rows) + 1
    col = {name: i for i, name in enumerate(COLUMNS)}
    assert [r[col["modifiers"]] for r in table[1:]] == ["|".join(r["modifiers"]) for r in rows]
    assert [r[col["claim_id"]] for r in table[1:]] == [r["claim_id"] for r in rows]
    import pyarrow.parquet as pq

    for name in ("c.parquet", "c.out"):
        frame = pq.read_table(tmp_path / name).to_pylist()
        assert frame == rows


def test_cli_exit_status_and_usage_errors(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(A, encoding="utf-8")
    code, err = run_cli([src, "-o", tmp_path / "o.jsonl"], capsys)
    assert code == 0 and SUMMARY.search(err).groups()[:3] == ("1", "1", "0")
    assert run_cli([tmp_path / "missing.txt", "-o", tmp_path / "o.jsonl"], capsys)[0] == 2
    assert run_cli([src, "-o", tmp_path / "nodir" / "o.jsonl"], capsys)[0] == 2
    assert run_cli([src, "-o", tmp_path / "o.jsonl", "--extractor", "nope"], capsys)[0] == 2
    with pytest.raises(SystemExit) as exc:
        main(["batch", str(src), "-o", str(tmp_path / "o.x"), "--to", "xlsx"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["batch", str(src)])
    assert exc.value.code == 2


def test_cli_fail_fast(tmp_path, capsys):
    src = tmp_path / "n.jsonl"
    src.write_text("\n".join([json.dumps({"content": A}, ensure_ascii=False)] * 5 + ["{bad"] +
                             [json.dumps({"content": B}, ensure_ascii=False)] * 20) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    code, err = run_cli([src, "-o", out, "--fail-fast", "--workers", "1", "--chunk-size", "2"], capsys)
    assert code == 1
    assert SUMMARY.search(err).groups()[:3] == ("6", "5", "1")
    assert not out.exists()  # an unfinished run keeps its temporary name
    code, err = run_cli([src, "-o", out, "--resume", "--workers", "1"], capsys)
    assert code == 1 and len(read_jsonl(out)) == 25 and len(read_jsonl(str(out) + ".errors.jsonl")) == 1


def test_cli_doc_timeout(tmp_path, capsys):
    src = tmp_path / "n.jsonl"
    src.write_text("\n".join(json.dumps({"content": t}, ensure_ascii=False)
                             for t in ["甲" + A, "HANG " + B, "乙" + C]) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    code, _ = run_cli([src, "-o", out, "--doc-timeout", "0.5", "--workers", "2",
                       "--extractor", "test_batch:HangExtractor"], capsys)
    assert code == 1
    assert [d["doc_id"] for d in read_jsonl(out)] == ["n:1", "n:3"]
    (err,) = read_jsonl(str(out) + ".errors.jsonl")
    assert err["doc_id"] == "n:2" and err["error"]["type"] == "DocTimeout"


def test_progress_display():
    import io

    buf = io.StringIO()
    progress = Progress(enabled=True, total=100, stream=buf, live=True)
    progress.start -= 2.0
    progress.update(Stats(read=40, ok=39, failed=1, claims=123), force=True)
    progress.close()
    line = buf.getvalue()
    assert line.startswith("\r40/100 docs") and "123 claims" in line and "1 failed" in line
    assert re.search(r"ETA 0:00:0[23]", line) and line.endswith("\n")
    quiet = io.StringIO()
    Progress(enabled=False, stream=quiet).update(Stats(read=1), force=True)
    assert quiet.getvalue() == ""


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_many_streams_with_a_bounded_read_ahead(workers):
    pulled = 0

    def source():
        nonlocal pulled
        for text in corpus(400):
            pulled += 1
            yield text

    chunk = 5
    ahead = []
    for i, doc in enumerate(extract_many(source(), workers=workers, chunk_size=chunk, extractor_factory=ToyExtractor)):
        ahead.append(pulled - (i + 1))
    assert i + 1 == 400
    assert max(ahead) <= (2 * workers + 1) * chunk  # never the whole input
    assert max(ahead) >= chunk - 1  # chunks really are read ahead
