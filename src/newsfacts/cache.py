"""The user cache: one folder a newsfacts version, older versions' folders removed.

jieba's prefix dictionary (``jieba.cache``), our dictionary snapshot (``dict-*.snap``),
the part-of-speech table (``postags*.marshal``) and the scorers' weights
(``weights-*.marshal``, read four times faster than their JSON) take about 22 MB for one
version.
They live in ``<user cache>/newsfacts/<version>/`` (``~/.cache/newsfacts/0.1.0`` on
Linux; ``$NEWSFACTS_CACHE_DIR`` replaces ``<user cache>/newsfacts``). The first use in a
process removes the folders of older versions and the files of the old flat layout;
nothing else in the folder is touched. Everything in it is rebuilt when missing.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
from typing import Optional

_VERSION_DIR = re.compile(r"^(\d+)\.(\d+)\.(\d+)")
_OLD_FILES = re.compile(r"^(dict-[0-9a-f]+\.snap|jieba\.cache|postags2?-.*\.marshal)$")


def _version_key(name: str) -> Optional[tuple[int, int, int]]:
    m = _VERSION_DIR.match(name)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def cache_root() -> str:
    import platformdirs

    return os.environ.get("NEWSFACTS_CACHE_DIR") or platformdirs.user_cache_dir("newsfacts")


def clean_old(root: str, version: str) -> list[str]:
    """Remove older versions' folders and old-layout files under ``root``; the names removed."""
    mine = _version_key(version)
    removed = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        key = _version_key(name)
        if os.path.isdir(path) and not os.path.islink(path) and key is not None and mine is not None and key < mine:
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.isfile(path) and _OLD_FILES.match(name):
            try:
                os.unlink(path)
            except OSError:
                continue
        else:
            continue
        removed.append(name)
    return removed


@functools.lru_cache(maxsize=1)
def cache_dir() -> Optional[str]:
    """This version's cache folder (created, older versions cleaned), or None when the
    user cache cannot be written (a read-only home)."""
    from . import __version__

    try:
        root = cache_root()
        path = os.path.join(root, __version__)
        os.makedirs(path, exist_ok=True)
        clean_old(root, __version__)
        return path
    except Exception:  # noqa: BLE001 - no cache: everything is built in memory instead
        return None


def derived_path(src: str, stem: str, ext: str = "marshal") -> Optional[str]:
    """Where a file derived from ``src`` is cached: named by ``stem`` and ``src``'s size and
    modification time, so a changed source is never read through an old copy (None: no
    cache folder, or ``src`` cannot be read)."""
    try:
        st = os.stat(src)
        folder = cache_dir()
    except OSError:
        return None
    if folder is None:
        return None
    return os.path.join(folder, f"{stem}-{st.st_size}-{st.st_mtime_ns}.{ext}")


def write_marshal(path: str, value, replaces: str = "") -> None:
    """``marshal`` ``value`` to ``path`` atomically (a file beside it, then renamed); the
    older files of the folder whose names start with ``replaces`` are removed. Errors
    are ignored: the cache only saves time."""
    import marshal

    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            marshal.dump(value, fh)
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    folder, name = os.path.split(path)
    if replaces:
        for old in os.listdir(folder):
            if old.startswith(replaces) and old != name and not old.endswith(".tmp"):
                try:
                    os.unlink(os.path.join(folder, old))
                except OSError:
                    pass
