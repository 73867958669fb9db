"""Reading archives of articles and writing claims: readers, encodings, writers, flat rows.

The submodules load on first use of one of their names, so ``newsfacts extract`` and
``import newsfacts.io.limits`` do not pay for the archive readers and writers.
"""

from __future__ import annotations

import importlib

_HOME = {
    "COLUMNS": "flat", "FLAT_COLUMNS": "flat", "arrow_schema": "flat", "flatten_document": "flat",
    "to_pandas": "flat",
    "DEFAULT_LIMITS": "limits", "Limits": "limits", "LimitExceeded": "limits",
    "FORMATS": "formats", "WRITE_FORMATS": "formats",
    "Fields": "readers", "ReadError": "readers", "Reader": "readers", "SourceDoc": "readers",
    "format_of": "readers", "read_inputs": "readers",
    "ErrorWriter": "writers", "Writer": "writers", "format_for_output": "writers", "write_documents": "writers",
}

__all__ = sorted(_HOME)


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'newsfacts.io' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_HOME))
