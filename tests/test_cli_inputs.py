"""Every command reads its inputs the same way, as a user types them (issue 15).

``extract`` and ``render`` read HTML as HTML and text in any encoding, like ``batch``;
a dependency that is missing or broken is named, with the extra to install, before
anything is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PAGE = """<%@ page pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>全市新增托位1365个</title></head>
<body><div class="nav">首页 | 新闻中心</div>
<article><h1>全市新增托位1365个</h1>
<p>全市今年新增普惠性托位1365个，发放第三代社保卡12.67万张，惠及群众超过百万人。</p>
<p>截至10月底，全市共建成社区食堂45个，完成适老化改造2580户。</p>
</article><div class="footer">版权所有</div></body></html>
"""
ARTICLE = "全市今年新增普惠性托位1365个，发放第三代社保卡12.67万张。截至10月底，全市共建成社区食堂45个。"

needs_html = pytest.mark.skipif(
    subprocess.run([sys.executable, "-c", "import trafilatura"], capture_output=True).returncode != 0,
    reason="the io extra is not installed",
)


def newsfacts(*args, cwd=None, stdin=None, fake=None):
    """``newsfacts ARGS`` in a fresh process; ``fake`` is a folder put first on the path."""
    env = dict(os.environ)
    if fake is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(fake), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-m", "newsfacts.cli", *map(str, args)], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120, env=env)


def fake_module(root: Path, name: str, error: str) -> Path:
    """A package ``name`` under ``root`` whose import raises ``error`` (Python source)."""
    (root / name).mkdir(parents=True)
    (root / name / "__init__.py").write_text(f"raise {error}\n", encoding="utf-8")
    return root


def surfaces(doc):
    return [c["quantity"]["surface"] for c in doc["claims"]]


@needs_html
def test_extract_reads_an_html_page_as_html(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    p = newsfacts("extract", "page.html", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["doc_id"] == "page"
    assert doc["title"] == "全市新增托位1365个"
    assert "12.67万张" in surfaces(doc) and "2580户" in surfaces(doc)
    assert surfaces(doc).count("12.67万张") == 1  # the page once, not markup and text
    assert not any("<" in s or "page" in s for s in surfaces(doc))


@needs_html
def test_format_overrides_the_extension(tmp_path):
    (tmp_path / "page.dat").write_text(PAGE, encoding="utf-8")
    as_html = json.loads(newsfacts("extract", "--format", "html", "page.dat", cwd=tmp_path).stdout)
    assert as_html["title"] == "全市新增托位1365个"
    as_text = json.loads(newsfacts("extract", "page.dat", cwd=tmp_path).stdout)  # unknown: text
    assert as_text["title"] != "全市新增托位1365个"
    piped = newsfacts("extract", "--format", "html", "-", stdin=PAGE.encode())
    assert json.loads(piped.stdout)["title"] == "全市新增托位1365个"
    bad = newsfacts("extract", "--format", "csv", "-", stdin=b"a")
    assert bad.returncode == 2 and b"standard input is read as txt, md, html" in bad.stderr


@needs_html
def test_render_reads_an_html_page_as_html(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    p = newsfacts("render", "page.html", "-o", "r.html", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    report = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "pageEncoding" not in report and "&lt;div" not in report
    assert "<title>全市新增托位1365个</title>" in report
    assert 'data-kind="quantity"' in report and ">12.67万张</mark>" in report


def test_render_of_an_input_with_many_documents_says_so(tmp_path):
    rows = [{"id": "a", "text": ARTICLE}, {"id": "b", "text": ARTICLE}]
    (tmp_path / "two.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                        encoding="utf-8")
    p = newsfacts("render", "--format", "jsonl", "two.jsonl", "-o", "r.html", cwd=tmp_path)
    assert p.returncode == 2
    assert b"more than one document" in p.stderr and b"newsfacts batch" in p.stderr
    assert not (tmp_path / "r.html").exists()
    one = tmp_path / "one.json"
    one.write_text(json.dumps(rows[0], ensure_ascii=False), encoding="utf-8")
    assert newsfacts("render", "one.json", "-o", "r.html", cwd=tmp_path).returncode == 0
    assert "12.67万张" in (tmp_path / "r.html").read_text(encoding="utf-8")


def _gbk(tmp_path: Path) -> Path:
    path = tmp_path / "gbk.txt"
    path.write_bytes(ARTICLE.encode("gbk"))
    return path


def test_extract_reads_gbk_as_batch_does(tmp_path):
    _gbk(tmp_path)
    p = newsfacts("extract", "gbk.txt", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert "\ufffd" not in p.stdout.decode("utf-8")
    assert surfaces(doc) == ["1365个", "12.67万张", "45个"]
    assert any("gb18030" in w for w in doc["warnings"])
    b = newsfacts("batch", "gbk.txt", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path)
    assert b.returncode == 0, b.stderr
    batched = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert batched["claims"] == doc["claims"] and batched["doc_id"] == doc["doc_id"] == "gbk"


def test_gbk_without_charset_normalizer_still_decodes(tmp_path):
    _gbk(tmp_path)
    fake = fake_module(tmp_path / "fake", "charset_normalizer",
                       "ModuleNotFoundError(\"No module named 'charset_normalizer'\", name='charset_normalizer')")
    p = newsfacts("extract", "gbk.txt", cwd=tmp_path, fake=fake)
    assert p.returncode == 0, p.stderr
    assert surfaces(json.loads(p.stdout)) == ["1365个", "12.67万张", "45个"]


def test_a_broken_trafilatura_is_named_broken_not_missing(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    fake = fake_module(tmp_path / "fake", "trafilatura",
                       "ImportError('lxml.html.clean module is now a separate project lxml_html_clean')")
    p = newsfacts("extract", "page.html", cwd=tmp_path, fake=fake)
    assert p.returncode == 2 and p.stdout == b""
    err = p.stderr.decode()
    assert "installed but cannot import" in err and "lxml_html_clean" in err and "is missing" not in err
    assert "newsfacts[io]" in err


def test_a_missing_trafilatura_names_the_extra(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    fake = fake_module(tmp_path / "fake", "trafilatura",
                       "ModuleNotFoundError(\"No module named 'trafilatura'\", name='trafilatura')")
    for command in (["extract", "page.html"], ["render", "page.html", "-o", "r.html"]):
        p = newsfacts(*command, cwd=tmp_path, fake=fake)
        assert p.returncode == 2, command
        assert b"pip install newsfacts[io]" in p.stderr and b"trafilatura is missing" in p.stderr
    assert sorted(os.listdir(tmp_path)) == ["fake", "page.html"]  # no report written


def test_one_unreadable_input_fails_alone(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    p = newsfacts("extract", "--jsonl", "empty.txt", "a.txt", "missing.txt", cwd=tmp_path)
    assert p.returncode == 1
    assert [json.loads(x)["doc_id"] for x in p.stdout.splitlines()] == ["a"]
    assert b"cannot read empty.txt: empty file" in p.stderr
    assert b"cannot read missing.txt: no such file or directory" in p.stderr


# --------------------------------------------------------------------------- batch


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_batch_checks_what_the_inputs_need_before_writing(tmp_path):
    import zipfile

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "page.html").write_text(PAGE, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as zf:
        zf.writestr("news/page.htm", PAGE)
    out = tmp_path / "out"
    out.mkdir()
    fake = fake_module(tmp_path / "fake", "trafilatura",
                       "ModuleNotFoundError(\"No module named 'trafilatura'\", name='trafilatura')")
    for inputs in (["docs"], ["pages.zip"]):
        p = newsfacts("batch", *inputs, "-o", "out/claims.jsonl", cwd=tmp_path, fake=fake)
        assert p.returncode == 2, inputs
        err = p.stderr.decode()
        assert "reading HTML needs `pip install newsfacts[io]` (trafilatura is missing)" in err
        assert "nothing was written" in err
        assert _listing(out) == []  # no .part, .journal or error file
    ok = newsfacts("batch", "docs/a.txt", "-o", "out/claims.jsonl", "--workers", "1", cwd=tmp_path, fake=fake)
    assert ok.returncode == 0, ok.stderr  # text needs nothing optional
    assert _listing(out) == ["claims.jsonl", "claims.jsonl.errors.jsonl"]


def test_batch_says_what_it_skipped_and_fails_when_it_read_nothing(tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "report.pdf").write_bytes(b"%PDF-1.4")
    (docs / "sub" / "notes.doc").write_bytes(b"x")
    (docs / "sub" / "more.doc").write_bytes(b"x")
    (docs / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    p = newsfacts("batch", "docs", "-o", "out.jsonl", cwd=tmp_path)
    assert p.returncode == 1
    err = p.stderr.decode()
    assert "skipped 4 file(s): 3 no known extension (.doc ×2, .pdf); 1 hidden" in err
    assert "--format FORMAT reads every file as FORMAT" in err
    assert "no document read" in err
    assert _listing(tmp_path) == ["docs"]


def test_batch_format_applies_to_folder_contents(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.dat").write_text(ARTICLE, encoding="utf-8")
    (docs / "b").write_text("新增托位20个。", encoding="utf-8")
    p = newsfacts("batch", "docs", "--format", "txt", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert b"read 2, ok 2" in p.stderr and b"skipped" not in p.stderr
    ids = [json.loads(x)["doc_id"] for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "b"]


def test_batch_of_an_archive_without_documents_exits_non_zero(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "scans.zip", "w") as zf:
        zf.writestr("scan1.pdf", b"%PDF")
    p = newsfacts("batch", "scans.zip", "-o", "out.jsonl", cwd=tmp_path)
    assert p.returncode == 1
    assert b"read 0" in p.stderr and b"no document read" in p.stderr


def test_a_repeated_doc_id_is_renamed_and_counted(tmp_path):
    import zipfile

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as zf:
        zf.writestr("a.txt", "新增托位20个。")
    p = newsfacts("batch", "a.txt", "pages.zip", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    docs = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in docs] == ["a", "pages.zip!a.txt"]
    assert any("'a' was already given to an earlier document" in w for w in docs[1]["warnings"])
    assert b"1 document(s) had a doc_id an earlier one has (e.g. 'a' again at pages.zip!a.txt)" in p.stderr
    # the same through extract: two files of one name in two folders
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "n.txt").write_text(ARTICLE, encoding="utf-8")
    e = newsfacts("extract", "--jsonl", "x/n.txt", "y/n.txt", cwd=tmp_path)
    assert e.returncode == 0
    assert [json.loads(x)["doc_id"] for x in e.stdout.splitlines()] == ["n", "y/n.txt"]
    assert b"1 document(s) had a doc_id" in e.stderr


# --------------------------------------------------------------------------- progress


def _progress_lines(stderr: bytes) -> list[str]:
    return [x for x in stderr.decode().splitlines() if " docs/s " in x and x.count("  ") >= 3]


def test_batch_progress_only_when_asked_off_a_terminal_with_total_and_eta(tmp_path):
    rows = [{"id": f"r{i}", "text": ARTICLE} for i in range(30)]
    (tmp_path / "dump.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
    quiet = newsfacts("batch", "dump.jsonl", "-o", "a.jsonl", "--workers", "1", cwd=tmp_path)
    assert quiet.returncode == 0 and _progress_lines(quiet.stderr) == []  # stderr is a pipe here
    shown = newsfacts("batch", "dump.jsonl", "-o", "b.jsonl", "--workers", "1", "--progress", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    lines = _progress_lines(shown.stderr)
    assert lines and lines[-1].startswith("30/30 docs (100%)") and "ETA 0:00:00" in lines[-1]
    assert b"\r" not in shown.stderr and b"\x1b[" not in shown.stderr  # plain lines for a log
    both = newsfacts("batch", "dump.jsonl", "-o", "c.jsonl", "--progress", "--quiet", cwd=tmp_path)
    assert both.returncode == 2  # one or the other


def test_batch_progress_on_a_terminal_is_a_live_line(tmp_path):
    pty = pytest.importorskip("pty")
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
    code = ("import os, sys, pty\n"
            "pid, fd = pty.fork()\n"
            "if pid == 0:\n"
            "    os.execv(sys.executable, [sys.executable, '-m', 'newsfacts.cli', 'batch', 'a0.txt', 'a1.txt',\n"
            "             'a2.txt', '-o', 'out.jsonl', '--workers', '1'])\n"
            "out = b''\n"
            "while True:\n"
            "    try:\n"
            "        chunk = os.read(fd, 4096)\n"
            "    except OSError:\n"
            "        break\n"
            "    if not chunk:\n"
            "        break\n"
            "    out += chunk\n"
            "os.waitpid(pid, 0)\n"
            "sys.stdout.write(repr(out))\n")
    p = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    seen = p.stdout
    assert "\\r3/3 docs (100%)" in seen and "ETA 0:00:00" in seen and "\\x1b[K" in seen


def test_extract_of_a_folder_says_what_it_skipped(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan.pdf").write_bytes(b"%PDF")
    p = newsfacts("extract", "docs", cwd=tmp_path)
    assert p.returncode == 1 and p.stdout == b""
    assert b"skipped 1 file(s): 1 no known extension (.pdf)" in p.stderr and b"no document read" in p.stderr
    (docs / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ok = newsfacts("extract", "--jsonl", "docs", cwd=tmp_path)
    assert ok.returncode == 0 and [json.loads(x)["doc_id"] for x in ok.stdout.splitlines()] == ["a"]


def test_engine_dask_names_its_extra_missing_or_broken(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    missing = fake_module(tmp_path / "m", "dask", "ModuleNotFoundError(\"No module named 'dask'\", name='dask')")
    p = newsfacts("batch", "a.txt", "-o", "out", "--engine", "dask", cwd=tmp_path, fake=missing)
    assert p.returncode == 2
    assert b"--engine dask needs `pip install newsfacts[dask]` (dask is missing)" in p.stderr
    broken = fake_module(tmp_path / "b", "dask", "ImportError('cannot import name x from toolz')")
    p = newsfacts("batch", "a.txt", "-o", "out", "--engine", "dask", cwd=tmp_path, fake=broken)
    assert p.returncode == 2 and b"installed but cannot import" in p.stderr
    assert not (tmp_path / "out").exists()


def test_batch_progress_in_input_bytes_when_documents_cannot_be_counted(tmp_path):
    import gzip

    rows = [{"id": f"r{i}", "text": ARTICLE} for i in range(40)]
    with gzip.open(tmp_path / "dump.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    p = newsfacts("batch", "dump.jsonl.gz", "-o", "out.jsonl", "--workers", "1", "--chunk-size", "4",
                  "--progress", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    lines = _progress_lines(p.stderr)
    assert lines and lines[-1].startswith("40 docs (100% of the input bytes)") and "ETA 0:00:00" in lines[-1]
