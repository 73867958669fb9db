"""jieba, loaded once per process, over the short windows that need words.

The dictionary cache lives in the user cache directory (not /tmp). Our own user
dictionary (``data/terms.txt``: government terms) keeps compounds whole, and the words in
``data/jieba_del.txt`` (classifier + noun glue such as 辆车) are removed so a classifier
is never swallowed by the noun after it.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Iterable, Optional

_lock = threading.Lock()
_loaded: dict[str, object] = {}


def _cache_dir() -> Optional[str]:
    try:
        import platformdirs

        path = platformdirs.user_cache_dir("newsfacts")
        os.makedirs(path, exist_ok=True)
        return path
    except Exception:  # read-only home: jieba falls back to its own default
        return None


class Tokenizer:
    """A jieba (or rjieba) tokenizer with our vocabulary; ``cut`` yields (start, end) pairs."""

    def __init__(self, terms: Iterable[str] = (), delete: Iterable[str] = (), backend: str = "jieba"):
        self.backend = backend
        self._jieba = _load_jieba(tuple(sorted(set(terms))), tuple(sorted(set(delete))))

    def spans(self, text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
        """Token spans of ``text[start:end]`` as offsets into ``text``."""
        end = len(text) if end is None else end
        out = []
        pos = start
        for tok in self._jieba.cut(text[start:end], HMM=False):
            out.append((pos, pos + len(tok)))
            pos += len(tok)
        return out

    def word_crosses(self, text: str, start: int, end: int, window_end: int, left: int = 3) -> bool:
        """True when a dictionary word of two or more characters runs across ``start`` or
        ``end`` (the numeral is part of an idiom or name). ``left`` characters before
        ``start`` are tokenised with the window."""
        ws = max(0, start - left)
        for a, b in self.spans(text, ws, window_end):
            if b - a < 2:
                continue
            if a < start < b or a < end < b:
                return True
        return False


def _load_jieba(terms: tuple[str, ...], delete: tuple[str, ...]):
    key = f"{hash(terms)}:{hash(delete)}"
    with _lock:
        if key in _loaded:
            return _loaded[key]
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        cache = _cache_dir()
        if cache:
            tk.tmp_dir = cache
        tk.initialize()
        for w in terms:
            tk.add_word(w, freq=max(tk.suggest_freq(w, tune=False), 1000))
        for w in delete:
            tk.del_word(w)
        _loaded[key] = tk
        return tk
