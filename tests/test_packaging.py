"""What a fresh install holds and does (issue 15): license, typing marker, ``python -m
newsfacts``, a logger of its own that leaves other libraries' settings alone, and a user
cache that does not grow by a version at a time."""

from __future__ import annotations

import importlib.metadata as md
import json
import os
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parent.parent


def python_m(*args, env=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "newsfacts", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, **(env or {})), cwd=cwd)


def test_python_m_newsfacts_is_the_command():
    p = python_m("--version")
    assert p.returncode == 0 and p.stdout.strip() == f"newsfacts {newsfacts.__version__}"
    p = python_m("extract", "example")
    assert p.returncode == 0 and json.loads(p.stdout)["doc_id"] == "example"
    assert python_m().returncode == 2  # no command: usage


def test_license_typing_marker_and_metadata():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and "LICENSE" in project["license-files"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert resources.files("newsfacts").joinpath("py.typed").is_file()
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "py.typed" in package_data["package-data"]["newsfacts"]
    assert "Typing :: Typed" in project["classifiers"]
    meta = md.metadata("newsfacts")
    assert meta["Name"] == "newsfacts" and meta.get("License-Expression", meta.get("License")) == "MIT"



def test_rjieba_is_a_core_dependency_where_it_has_a_wheel():
    """Issue 17: rjieba is installed with newsfacts (and is the default tokenizer) wherever
    rjieba publishes a wheel; elsewhere the pure-Python jieba backend cuts the same tokens."""
    from packaging.requirements import Requirement

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    req = Requirement(next(d for d in deps if d.startswith("rjieba")))
    linux = {"platform_python_implementation": "CPython", "sys_platform": "linux", "platform_machine": "x86_64"}
    for env in (linux, {**linux, "platform_machine": "aarch64"},
                {**linux, "sys_platform": "darwin", "platform_machine": "arm64"},
                {**linux, "sys_platform": "win32", "platform_machine": "AMD64"}):
        assert req.marker.evaluate(env), env
    for env in ({**linux, "platform_python_implementation": "PyPy"}, {**linux, "platform_machine": "i686"},
                {**linux, "sys_platform": "win32", "platform_machine": "ARM64"}):
        assert not req.marker.evaluate(env), env

_LOGGING_PROBE = """
import logging, sys
import jieba, trafilatura
before = {n: logging.getLogger(n).level for n in ("jieba", "trafilatura", "trafilatura.core", "htmldate")}
from newsfacts.cli import main
seen = []
class Keep(logging.Handler):
    def emit(self, record):
        seen.append(record.name)
logging.getLogger("newsfacts").addHandler(Keep())
logging.getLogger("newsfacts").setLevel(logging.DEBUG)
status = main(sys.argv[1:])
after = {n: logging.getLogger(n).level for n in before}
print(status, before == after, sorted(set(seen)), file=sys.stderr)
"""


def test_other_libraries_logging_is_left_alone_and_relayed_to_ours(tmp_path):
    (tmp_path / "x.html").write_text("<p>x</p>", encoding="utf-8")  # trafilatura: "empty HTML tree"
    p = subprocess.run([sys.executable, "-c", _LOGGING_PROBE, "extract", "x.html"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    lines = p.stderr.splitlines()
    # only our own line and the probe's: no trafilatura chatter, levels unchanged
    assert lines[:-1] == ["newsfacts: cannot read x.html: no main text found in the page"]
    assert lines[-1] == "1 True ['newsfacts.io.html']"
    plain = python_m("extract", "x.html", cwd=tmp_path)
    assert plain.stderr.splitlines() == ["newsfacts: cannot read x.html: no main text found in the page"]


def test_the_cache_is_per_version_and_older_versions_are_removed(tmp_path):
    root = tmp_path / "cache"
    (root / "0.0.9").mkdir(parents=True)
    (root / "0.0.9" / "dict-0123.snap").write_bytes(b"x" * 1000)
    (root / "99.0.0").mkdir()  # a newer version's: kept
    for old in ("dict-0123abcd.snap", "jieba.cache", "postags2-1-2-cd.marshal"):
        (root / old).write_bytes(b"x")  # the flat layout of before
    (root / "notes.txt").write_text("mine", encoding="utf-8")  # not ours: kept
    p = python_m("extract", "example", env={"NEWSFACTS_CACHE_DIR": str(root), "NEWSFACTS_TOKENIZER": "jieba"})
    assert p.returncode == 0, p.stderr
    assert p.stderr == ""  # jieba's "Building prefix dict" lines are not printed
    assert sorted(os.listdir(root)) == sorted([newsfacts.__version__, "99.0.0", "notes.txt"])
    mine = os.listdir(root / newsfacts.__version__)
    assert any(n.startswith("dict-") and n.endswith(".snap") for n in mine) and "jieba.cache" in mine
