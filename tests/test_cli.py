"""The newsfacts command: extract, schema, evaluate, --version, errors."""

import json
import os
import subprocess
import sys
from pathlib import Path


from newsfacts import __version__
from newsfacts.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "newsfacts.cli", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_extract_bundled_example(capsys):
    assert main(["extract", "example"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["doc_id"] == "example"
    surfaces = [c["quantity"]["surface"] for c in doc["claims"]]
    assert "12.67万张" in surfaces and "251.01万方" in surfaces
    assert doc["editors"] == ["岳敬然"]


def test_extract_loads_no_archive_readers_or_jieba(capsys):
    """One article through ``newsfacts extract`` loads neither the archive readers and
    writers nor (once the dictionary snapshot is cached) jieba itself: start-up time. The
    batch command still knows its formats."""
    from newsfacts import tokens
    from newsfacts.extractor import default_extractor

    assert main(["extract", "example"]) == 0  # writes the snapshot when it is missing
    capsys.readouterr()
    res = default_extractor().resources
    snap = tokens._snapshot_path(tuple(sorted(res.terms)), tuple(sorted(res.jieba_delete)))
    watched = ["newsfacts.io.readers", "newsfacts.io.writers", "newsfacts.io.flat"]
    if snap is not None and Path(snap).exists():
        watched.append("jieba")
    code = ("import sys, io, contextlib\n"
            "from newsfacts.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    assert main(['extract', 'example']) == 0\n"
            f"print([m for m in {watched!r} if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                         env=dict(os.environ, NEWSFACTS_TOKENIZER="jieba"))
    assert out.stdout.strip() == "[]"
    help_text = run("batch", "--help").stdout.decode()
    assert "warc" in help_text and "parquet" in help_text


def test_extract_file_and_jsonl(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text("新增普惠性托位1365个。", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_bytes("\ufeff实现新增城镇就业14863人。".encode("utf-8"))
    assert main(["extract", "--jsonl", str(a), str(b)]) == 0
    lines = capsys.readouterr().out.splitlines()
    docs = [json.loads(x) for x in lines]
    assert [d["doc_id"] for d in docs] == ["a", "b"]
    assert docs[1]["claims"][0]["quantity"]["value"] == 14863


def test_extract_stdin_with_bad_bytes():
    p = run("extract", "-", stdin="新增托位1365个".encode() + b"\xff\xfe")
    assert p.returncode == 0
    doc = json.loads(p.stdout)
    assert doc["claims"][0]["quantity"]["surface"] == "1365个"
    assert any("U+FFFD" in w for w in doc["warnings"])


def test_missing_file_is_a_clear_error(capsys):
    assert main(["extract", "/nonexistent/x.txt"]) == 1
    assert "cannot read /nonexistent/x.txt" in capsys.readouterr().err


def test_usage_errors_exit_2():
    assert run().returncode == 2
    assert run("extract").returncode == 2


def test_version():
    p = run("--version")
    assert p.stdout.decode().strip() == f"newsfacts {__version__}"


def test_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "Claim" in schema["$defs"] and "schema_version" in schema["properties"]


KEYS = ("precision recall f1 exact_span value unit dimension bound status change subject_strict "
        "subject_lenient value_unit_f1 full_f1").split()


def test_evaluate_line_and_json(capsys):
    gold = str(FIXTURES / "dev" / "a036.json")
    assert main(["evaluate", gold]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    pairs = dict(kv.split("=") for kv in line.split())
    assert set(KEYS) <= set(pairs)
    assert float(pairs["recall"]) == 1.0
    assert main(["evaluate", "--json", gold]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["gold"] == 6 and "a036" in data["per_document"]


def test_evaluate_lists_misses(tmp_path, capsys):
    gold = {"doc_id": "t", "text": "新增托位1365个，提供服务6659人次。", "non_claims": [],
            "claims": [{"surface": "1365个", "start": 4, "end": 9, "value": 1365, "low": None, "high": None,
                        "bound": "exact", "unit": "个", "dimension": "count", "subject": "托位",
                        "subject_alt": [], "predicate": "新增", "status": "reported", "change": None,
                        "optional": False},
                       {"surface": "服务", "start": 12, "end": 14, "value": 2, "low": None, "high": None,
                        "bound": "exact", "unit": None, "dimension": "count", "subject": None, "subject_alt": [],
                        "predicate": None, "status": "reported", "change": None, "optional": False}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", "--errors", "10", str(path)]) == 0
    out = capsys.readouterr().out
    assert "MISSED [12:14] '服务'" in out
    assert "SPURIOUS" in out  # 6659人次 is not in this gold


def test_evaluate_directory_and_bad_gold(tmp_path, capsys):
    # a directory stands for its gold files; a missing path or broken JSON is a usage error, not a traceback
    assert main(["evaluate", str(FIXTURES / "dev")]) == 0
    pairs = dict(kv.split("=") for kv in capsys.readouterr().out.split())
    assert pairs["documents"] == str(len(list((FIXTURES / "dev").glob("*.json"))))
    assert main(["evaluate", str(tmp_path / "missing.json")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "claims": []}\n{broken\n', encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert "bad.jsonl:2: not valid JSON" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["evaluate", str(tmp_path / "empty")]) == 2
    assert "no .json or .jsonl gold files" in capsys.readouterr().err
