"""A batch run killed with SIGKILL and continued with --resume equals an uninterrupted run."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from newsfacts.cli import main

from test_batch import corpus

TESTS = os.path.dirname(os.path.abspath(__file__))
N = 600


def make_input(path):
    lines = []
    for i, text in enumerate(corpus(N)):
        if i % 97 == 13:
            lines.append("{broken line %d" % i)
        else:
            lines.append(json.dumps({"id": f"d{i}", "content": text, "title": f"T{i}"}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def journal_n(path):
    try:
        with open(path, "rb") as fh:
            lines = [line for line in fh.read().split(b"\n")[1:] if line.strip()]
        return json.loads(lines[-1])["n"] if lines else 0
    except (OSError, ValueError):
        return 0


def cli(args):
    return main(["batch", *map(str, args), "--quiet"])


@pytest.mark.parametrize("suffix, workers", [(".jsonl", 2), (".csv", 1), (".parquet", 2)])
def test_sigkill_then_resume_equals_an_uninterrupted_run(tmp_path, suffix, workers):
    src = make_input(tmp_path / "in.jsonl")
    ref = tmp_path / f"ref{suffix}"
    assert cli([src, "-o", ref, "--workers", workers, "--chunk-size", 5,
                "--extractor", "test_batch:ToyExtractor"]) == 1  # the broken lines
    out = tmp_path / f"out{suffix}"
    args = [src, "-o", out, "--workers", workers, "--chunk-size", 5, "--extractor", "test_batch:SlowExtractor"]
    env = dict(os.environ, PYTHONPATH=TESTS + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "newsfacts.cli", "batch", *map(str, args), "--quiet"],
                            env=env, start_new_session=True, stderr=subprocess.PIPE)
    journal = str(out) + ".journal"
    deadline = time.monotonic() + 60
    while journal_n(journal) < 100 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its pool workers
    proc.wait()
    killed_at = journal_n(journal)
    assert proc.returncode == -signal.SIGKILL
    assert 100 <= killed_at < N, "the run must be killed midway"
    assert not out.exists() and os.path.exists(str(out) + ".part")
    # --resume with different inputs is refused
    assert cli([src, src, "-o", out, "--resume", "--workers", workers, "--extractor", "test_batch:SlowExtractor"]) == 2
    assert cli([*args, "--resume"]) == 1
    assert out.read_bytes() == ref.read_bytes()
    assert (tmp_path / f"out{suffix}.errors.jsonl").read_bytes() == (tmp_path / f"ref{suffix}.errors.jsonl").read_bytes()
    assert not os.path.exists(journal) and not os.path.exists(str(out) + ".part")


def test_resume_truncates_torn_writes(tmp_path):
    src = make_input(tmp_path / "in.jsonl")
    ref = tmp_path / "ref.jsonl"
    assert cli([src, "-o", ref, "--workers", 1, "--extractor", "test_batch:ToyExtractor"]) == 1
    out = tmp_path / "out.jsonl"
    # a run stopped by --fail-fast leaves part files and a journal; tear them like a crash would
    assert cli([src, "-o", out, "--workers", 1, "--fail-fast", "--chunk-size", 4, "--extractor", "test_batch:ToyExtractor"]) == 1
    with open(str(out) + ".part", "ab") as fh:
        fh.write(b'{"schema_version": "1.0", "doc_id": "torn')
    with open(str(out) + ".errors.jsonl.part", "ab") as fh:
        fh.write(b'{"source": "x", "doc_id": null, "error": {"type": "Torn", "message": "x"}}\n')
    with open(str(out) + ".journal", "ab") as fh:
        fh.write(b'{"n": 999, "ok": 99')
    assert cli([src, "-o", out, "--workers", 2, "--resume", "--fail-fast", "--chunk-size", 4, "--extractor", "test_batch:ToyExtractor"]) == 1
    with open(str(out) + ".journal", "rb") as fh:
        assert all(json.loads(line) for line in fh)  # the torn line was cut before appending
    assert cli([src, "-o", out, "--workers", 2, "--resume", "--extractor", "test_batch:ToyExtractor"]) == 1
    assert out.read_bytes() == ref.read_bytes()
    assert (tmp_path / "out.jsonl.errors.jsonl").read_bytes() == (tmp_path / "ref.jsonl.errors.jsonl").read_bytes()


def test_resume_of_a_finished_run_does_nothing(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("全市新增托位1365个。", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert cli([src, "-o", out]) == 0
    before = out.read_bytes()
    assert cli([src, "-o", out, "--resume"]) == 0
    assert out.read_bytes() == before
    assert "already complete" in capsys.readouterr().err
