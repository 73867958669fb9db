"""The optional compiled build (issue 17): the scan and claim-rule modules compiled by Cython.

The metadata is in pyproject.toml; this file only adds extension modules, and only when
asked. A plain ``pip install .`` builds the pure-Python package (no compiler, no Cython).
The compiled build, about 1.2x faster with the same records:

    pip install cython 'setuptools>=77'
    NEWSFACTS_COMPILE=1 pip install --no-build-isolation .

Each module is compiled from its unchanged source (``annotation_typing=False``: the type
hints stay hints, so values behave as in Python); the ``.py`` files are installed too, and
Python imports the compiled module where one is present.
"""

import os
import sys

from setuptools import setup

# the modules compiled, below src/newsfacts (tests/test_compiled.py checks the list)
COMPILED = ("scan", "numbers", "text", "phrases", "subjects", "subject_walks", "subject_score", "subject_pick", "status",
            "claims", "confidence")


def ext_modules():
    if os.environ.get("NEWSFACTS_COMPILE", "").strip().lower() not in ("1", "true", "yes"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        sys.exit("NEWSFACTS_COMPILE is set but Cython is not installed: pip install cython, then build with "
                 "--no-build-isolation (or unset NEWSFACTS_COMPILE for the pure-Python package)")
    return cythonize([os.path.join("src", "newsfacts", f"{m}.py") for m in COMPILED],
                     compiler_directives={"language_level": 3, "annotation_typing": False},
                     nthreads=os.cpu_count() or 1, quiet=True)


if __name__ == "__main__":  # as setuptools runs it (tests import the list above)
    setup(ext_modules=ext_modules())
