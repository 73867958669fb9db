"""Optional dependencies: importing them with a message that says what to install, and
checking before a run what its inputs will need.

A dependency is either missing (``pip install newsfacts[EXTRA]`` brings it) or installed
but unable to import (a broken or drifted install: lxml 6.2 dropped ``lxml.html.clean``,
which trafilatura imports); the two get different messages.
"""

from __future__ import annotations

import importlib
from typing import Any, Iterable

# the modules each input format needs beyond the core install, all from the io extra
FORMAT_NEEDS: dict[str, tuple[str, ...]] = {
    "html": ("trafilatura",),
    "warc": ("warcio", "trafilatura"),
}


# needed only now and then, and replaced when missing (charset-normalizer: the encoding
# that fits best among UTF-8, GB18030 and Big5)
OPTIONAL = ("charset_normalizer",)


def is_missing(module: str, exc: ImportError) -> bool:
    """Whether ``exc`` says that ``module`` (or its package) is not installed."""
    name = getattr(exc, "name", None)
    return bool(name) and (module == name or module.startswith(name + "."))


def import_problem(module: str, exc: ImportError, what: str, extra: str = "io") -> str:
    """Why `module` could not be imported, and what to install: missing, or broken."""
    if is_missing(module, exc):
        return f"{what} needs `pip install newsfacts[{extra}]` ({module} is missing)"
    return (
        f"{what} needs {module}, which is installed but cannot import ({exc}); "
        f"`pip install --upgrade 'newsfacts[{extra}]'` installs what it needs"
    )


def require(module: str, what: str, extra: str = "io") -> Any:
    """``module`` imported, else an ImportError saying which extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(import_problem(module, exc, what, extra)) from exc


def problems_for(formats: Iterable[str]) -> list[str]:
    """What reading these input formats needs and cannot import, one message each.

    An optional module (:data:`OPTIONAL`) is a problem only when it is installed but
    cannot import: it would otherwise fail in the middle of a run.
    """
    wanted: dict[str, str] = {}
    for fmt in sorted(set(formats)):
        for module in FORMAT_NEEDS.get(fmt, ()):
            wanted.setdefault(module, f"reading {fmt.upper()}")
    wanted.update((m, "reading text that is not UTF-8") for m in OPTIONAL)
    out = []
    for module, what in wanted.items():
        try:
            importlib.import_module(module)
        except ImportError as exc:
            if not (module in OPTIONAL and is_missing(module, exc)):
                out.append(import_problem(module, exc, what))
    return out
