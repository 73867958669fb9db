"""The optional compiled build (issue 17, ``setup.py``) gives the records pure Python gives.

A plain build compiles nothing (``pip install .`` needs no compiler). With
``NEWSFACTS_COMPILE=1`` and Cython, ``setup.py`` compiles its ``COMPILED`` modules from
their unchanged sources; the suite run on such an install checks the compiled modules
(``tests/test_records_snapshot.py`` above all). Here, when Cython and a C compiler are at
hand, a copy of the sources is compiled and its records are compared with the stored
snapshot (a few minutes; skipped without Cython).
"""

import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "newsfacts"


def _setup_module():
    spec = importlib.util.spec_from_file_location("newsfacts_setup", ROOT / "setup.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # not __main__: setup() is not run
    return mod


def test_a_plain_build_compiles_nothing(monkeypatch):
    monkeypatch.delenv("NEWSFACTS_COMPILE", raising=False)
    setup = _setup_module()
    assert setup.ext_modules() == []
    for name in setup.COMPILED:
        assert (PACKAGE / f"{name}.py").is_file(), name


def test_which_modules_run_compiled():
    """Reports the build under test: every module of COMPILED compiled, or none."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    compiled = [name for name in _setup_module().COMPILED
                if importlib.import_module(f"newsfacts.{name}").__file__.endswith(suffixes)]
    assert compiled in ([], list(_setup_module().COMPILED))


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("Cython") is None or shutil.which("cc") is None,
                    reason="needs Cython and a C compiler (pip install cython)")
def test_compiled_copy_gives_the_same_records(tmp_path):
    setup = _setup_module()
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "newsfacts", src / "newsfacts",
                    ignore=shutil.ignore_patterns("*.so", "*.c", "__pycache__"))
    files = [str(src / "newsfacts" / f"{name}.py") for name in setup.COMPILED]
    subprocess.run([sys.executable, "-m", "cython", "-3", "-X", "annotation_typing=False", *files],
                   check=True, capture_output=True)
    code = ("from Cython.Build import cythonize; from setuptools import setup; import sys; "
            f"sys.argv = ['setup.py', 'build_ext', '--inplace']; setup(ext_modules=cythonize({files!r}, quiet=True))")
    subprocess.run([sys.executable, "-c", code], cwd=src, check=True, capture_output=True)
    probe = ("import json, sys; sys.path.insert(0, sys.argv[1]); import records_snapshot as r; "
             "import newsfacts.scan as s; assert s.__file__.endswith('.so'), s.__file__; "
             "stored = json.loads(r.SNAPSHOT.read_text(encoding='utf-8')); print(json.dumps(r.changed(stored, r.digests())))")
    out = subprocess.run([sys.executable, "-c", probe, str(ROOT / "benchmarks")], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(src)), timeout=1200)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
