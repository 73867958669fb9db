"""jieba word segmentation, loaded once per process, over the short windows that need words.

Our own user dictionary (``data/terms.txt``: government terms) keeps compounds whole, and
the words in ``data/jieba_del.txt`` (classifier + noun glue such as 辆车) are removed so a
classifier is never swallowed by the noun after it.

Backends (all give the same tokens, see ``tests/test_backends.py``):

``jieba``
    jieba's dictionary and its no-HMM segmentation (``jieba.Tokenizer.cut(..., HMM=False)``:
    DAG of dictionary words, best route by log frequency, runs of single ASCII letters and
    digits joined, every other character outside jieba's Han class on its own), computed
    here in one backward pass over the window instead of jieba's three.
``rjieba``
    the Rust port of jieba (a dependency wherever it has a wheel), given exactly our dictionary:
    every word of jieba's prefix dictionary with its frequency after our additions and
    deletions, and jieba's running total. The Rust port's Han class is wider than jieba's
    (CJK extension A, compatibility ideographs, planes 2-3); a window holding such a
    character is cut by the ``jieba`` backend instead, so the two never disagree.
``jieba-ref``
    jieba's own ``cut`` (the reference the tests compare against; slow).
``auto``
    ``$NEWSFACTS_TOKENIZER`` when set, else ``rjieba`` when it is installed, else ``jieba``.
    When ``auto`` picks rjieba by itself, it cuts with the ``jieba`` backend until it has
    cut ``RJIEBA_AFTER`` characters (the windows of about 25 articles) and only then hands
    our dictionary to the Rust port, which takes 0.2-0.35 s: measured, a run over 1 to 25
    articles takes 0.25-0.3 s less CPU than with rjieba at once, a run over 50 or more the
    same within 0.1 s. It switches sooner when the ``jieba`` backend is about to build its
    word → frequency dict (when its bisected lookups run out), so the two are never both in
    memory. Asked for by name, rjieba is loaded at once.

Loading: jieba builds its prefix dictionary once and caches it in the user cache directory
(not /tmp). We then store our final dictionary (jieba's words with our terms and deletions
applied, and the total) as a compact snapshot next to it, keyed by jieba's version and
dictionary file, our terms and deletions, so later processes load it without importing
jieba at all: the sorted words in one string with an index of every 256th word, read in
about 0.03 s (jieba's own cache takes 0.8 s); the first lookups bisect it, and the word →
frequency dict is built only after 20,000 of them (a long run).

Within one document the same window is often asked for several times (subject, status,
modifiers, word checks), and many windows end at the same place; :meth:`Tokenizer.spans`
remembers the windows of the current text, and the ``jieba`` backend also its best routes
per Han-block end (a route depends only on the characters up to the block's end). Both are
dropped as soon as another text object comes in, so nothing is shared between documents.
A Tokenizer is not meant to be shared by threads working on the same text at once.
"""

from __future__ import annotations

import array
import bisect
import hashlib
import importlib.util
import json
import math
import os
import re
import threading
from typing import Iterable, Optional

from .cache import cache_dir
from .logs import relayed

_lock = threading.Lock()
_dict_lock = threading.Lock()
_loaded: dict[tuple, "_Dict"] = {}
_rjieba_loaded: dict[tuple, object] = {}

# jieba 0.42's re_han_default and the no-HMM English run (jieba/__init__.py)
_HAN = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")
_ENG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# characters the Rust port treats as Han and jieba does not, and lone surrogates (the Rust
# port takes UTF-8 only, so a window holding one goes to the jieba backend too)
_RS_ONLY_HAN = re.compile("[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0002A6DF"
                          "\U0002A700-\U0002EBEF\U0002F800-\U0002FA1F\uD800-\uDFFF]")
# a dictionary word that can never be inside a Han block: carries the part of jieba's total
# that is not in any word's frequency (jieba adds a re-added word's frequency to the total
# without taking the old one off), so the Rust port's total equals jieba's
_TOTAL_FILLER = "\ue000\ue001"
_SNAPSHOT_FORMAT = 3
# words per block of a snapshot's index (a lookup splits one block, not the whole list)
_SNAPSHOT_BLOCK = 256
# dictionary lookups answered by bisection over the snapshot's sorted words before the word
# → frequency dict is built (a one-article run never pays for building it)
_BISECT_LOOKUPS = 20000
_BISECT_MARGIN = 5000  # lookups left when ``auto`` switches to rjieba rather than let the dict be built
_UNSEEN = object()
_ABSENT = object()
_NO_WORD = float("-inf")  # best score before any word is found (every score is finite)
_LP_MEMO_MAX = 1 << 16
# characters ``auto`` cuts with the jieba backend before it loads rjieba (module docstring)
RJIEBA_AFTER = 60_000

BACKENDS = ("auto", "jieba", "rjieba", "jieba-ref")


def _cache_dir() -> Optional[str]:
    return cache_dir()  # None (a read-only home): jieba falls back to its own default


def rjieba_available() -> bool:
    try:
        return importlib.util.find_spec("rjieba") is not None
    except (ImportError, ValueError):
        return False


def resolve_backend(backend: str) -> str:
    """The backend to use; ``auto`` follows ``$NEWSFACTS_TOKENIZER`` when it is set."""
    if backend == "auto":
        backend = os.environ.get("NEWSFACTS_TOKENIZER", "").strip() or "auto"
    if backend not in BACKENDS:
        raise ValueError(f"unknown tokenizer {backend!r}; choose one of {', '.join(BACKENDS)}")
    if backend == "auto":
        return "rjieba" if rjieba_available() else "jieba"
    if backend == "rjieba" and not rjieba_available():
        raise ImportError("tokenizer='rjieba' needs the rjieba package (no wheel for this platform?): pip install rjieba")
    return backend


class _SortedWords:
    """A snapshot's words, sorted and newline-joined in one string, with their frequencies
    and an index of every _SNAPSHOT_BLOCK-th word: a lookup bisects the index and splits
    one block, so reading a snapshot never splits its 350,000 words."""

    def __init__(self, blob: str, freqs: "array.array[int]", firsts: list[str], offsets: list[int]):
        self.blob = blob
        self.freqs = freqs
        self.firsts = firsts
        self.offsets = offsets + [len(blob) + 1]
        self._blocks: dict[int, list[str]] = {}  # the blocks split so far

    def get(self, word: str) -> Optional[int]:
        b = bisect.bisect_right(self.firsts, word) - 1
        if b < 0:
            return None
        block = self._blocks.get(b)
        if block is None:
            block = self._blocks[b] = self.blob[self.offsets[b]:self.offsets[b + 1] - 1].split("\n")
        k = bisect.bisect_left(block, word)
        if k < len(block) and block[k] == word:
            return self.freqs[b * _SNAPSHOT_BLOCK + k]
        return None

    def pairs(self):
        return zip(self.blob.split("\n"), self.freqs.tolist())


class _Dict:
    """jieba's prefix dictionary after our additions and deletions: word → frequency
    (0 for prefixes and deleted words), and jieba's total."""

    def __init__(self, freq: Optional[dict[str, int]], total: int, jieba_tk=None, words: Optional[_SortedWords] = None):
        self._freq = freq
        self._words = words  # from a snapshot; the dict is built when first needed
        # lookups are answered from the sorted words until _BISECT_LOOKUPS have been made
        self._bisect_left = _BISECT_LOOKUPS if words is not None else 0
        self.total = total
        self.logtotal = math.log(total)
        self.jieba_tk = jieba_tk  # only when built through jieba in this process
        # fragment → log probability of the word, None for a prefix (or deleted word),
        # _ABSENT for neither: filled as fragments are met, cleared when it grows large
        self._lp: dict[str, object] = {}

    @property
    def freq(self) -> dict[str, int]:
        if self._freq is None:
            with _dict_lock:
                if self._freq is None:
                    self._freq = dict(self._words.pairs())
                    self._words = None
        return self._freq

    def bisecting_ends(self) -> bool:
        """Whether the lookups answered from the sorted words are nearly spent (the word →
        frequency dict, some 60 MB, would be built within the next _BISECT_MARGIN)."""
        return self._freq is None and self._words is not None and self._bisect_left < _BISECT_MARGIN

    def lookup(self, word: str) -> Optional[int]:
        """The frequency of ``word`` (0 for a prefix), None when it is neither."""
        if self._freq is None and self._bisect_left > 0:
            words = self._words
            if words is not None:
                self._bisect_left -= 1
                return words.get(word)
        return self.freq.get(word)

    def words(self):
        """(word, frequency) pairs of the words (frequency above 0)."""
        words = self._words
        pairs = words.pairs() if words is not None else self.freq.items()
        return ((w, f) for w, f in pairs if f)

    # ------------------------------------------------------------------ segmentation
    def spans(self, text: str, start: int, end: int, routes: dict) -> list[tuple[int, int]]:
        """jieba.cut(text[start:end], HMM=False) as (start, end) offsets into ``text``.

        ``routes`` holds the best routes already computed over ``text`` (one document),
        keyed by the end of their Han block: the best route from a position depends only
        on the characters from there to the block's end, so windows that end at the same
        place (the clause, the clause up to the amount, the sentence up to the amount)
        share it, and a window that starts earlier only extends it to the left."""
        out: list[tuple[int, int]] = []
        pos = start
        for m in _HAN.finditer(text, start, end):
            a, b = m.span()
            if a > pos:
                _gap(text, pos, a, out)
            self._block(text, a, b, routes, out)
            pos = b
        if pos < end:
            _gap(text, pos, end, out)
        return out

    def _block(self, text: str, a: int, b: int, routes: dict, out: list) -> None:
        r = routes.get(b)
        if r is None:
            # lo, then per distance from b: best score and end of the first word
            r = routes[b] = [b, [0.0], [b]]
        lo, score, nxt = r
        if a < lo:
            memo = self._lp
            if len(memo) > _LP_MEMO_MAX:
                memo.clear()
            known = memo.get
            get = self._freq.get if self._freq is not None else self.lookup
            logtotal = self.logtotal
            log = math.log
            for k in range(lo - 1, a - 1, -1):
                best = _NO_WORD
                best_end = i = k + 1
                frag = text[k]
                while True:
                    lp = known(frag, _UNSEEN)
                    if lp is _UNSEEN:
                        f = get(frag)
                        lp = memo[frag] = _ABSENT if f is None else (log(f) - logtotal if f else None)
                    if lp is _ABSENT:  # not even a prefix of a dictionary word
                        break
                    if lp is not None:  # prefixes are in the dictionary with frequency 0
                        sc = lp + score[b - i]
                        if sc >= best:  # ties: the longer word, as jieba's max
                            best = sc
                            best_end = i
                    if i >= b:
                        break
                    i += 1
                    frag = text[k:i]
                if best is _NO_WORD:
                    best = -logtotal + score[b - k - 1]
                score.append(best)
                nxt.append(best_end)
            r[0] = a
        # jieba's no-HMM output: runs of single ASCII letters and digits are one token
        x = a
        run = -1
        while x < b:
            y = nxt[b - x]
            if y - x == 1 and text[x] in _ENG:
                if run < 0:
                    run = x
            else:
                if run >= 0:
                    out.append((run, x))
                    run = -1
                out.append((x, y))
            x = y
        if run >= 0:
            out.append((run, b))


def _gap(s: str, a: int, b: int, out: list) -> None:
    """Characters outside jieba's Han class: one token each, ``\\r\\n`` together."""
    i = a
    while i < b:
        if s[i] == "\r" and i + 1 < b and s[i + 1] == "\n":
            out.append((i, i + 2))
            i += 2
        else:
            out.append((i, i + 1))
            i += 1


class Tokenizer:
    """jieba segmentation with our vocabulary; ``spans`` gives (start, end) offsets.

    ``backend``: ``auto`` (rjieba when installed, else jieba), ``jieba``, ``rjieba`` or
    ``jieba-ref``; all give the same tokens.
    """

    def __init__(self, terms: Iterable[str] = (), delete: Iterable[str] = (), backend: str = "auto"):
        self.backend = resolve_backend(backend)
        key = (tuple(sorted(set(terms))), tuple(sorted(set(delete))))
        self._key = key
        self._dict = _load_dict(*key, need_jieba=self.backend == "jieba-ref")
        self._rs = None
        # characters still to cut with the jieba backend before rjieba is loaded (auto only)
        chosen = backend != "auto" or os.environ.get("NEWSFACTS_TOKENIZER", "").strip()
        self._rs_after = RJIEBA_AFTER if self.backend == "rjieba" and not chosen else 0
        if self.backend == "rjieba" and not self._rs_after:
            self._rs = _load_rjieba(key, self._dict)
        self._memo: tuple[object, dict, dict] = (None, {}, {})

    def preload(self) -> None:
        """Load rjieba now if ``auto`` was to load it later (what the switch in :meth:`_cut`
        does; a caller about to start a long run may do it first)."""
        if self._rs_after:
            self._rs_after = 0
            self._rs = _load_rjieba(self._key, self._dict)

    def spans(self, text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
        """Token spans of ``text[start:end]`` as offsets into ``text`` (remembered for the
        current text)."""
        end = len(text) if end is None else end
        memo, routes = self._of(text)
        got = memo.get((start, end))
        if got is None:
            got = memo[(start, end)] = [(a, b) for a, b, _w in self._cut(text, start, end, routes)]
        return got

    def words(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The tokens of ``text[start:end]`` as (start, end, word), offsets into ``text``;
        not remembered (the caller keeps what it asks for again)."""
        return self._cut(text, start, end, self._of(text)[1])

    def _of(self, text: str) -> tuple[dict, dict]:
        """The windows and routes remembered for ``text``, new when another text comes in."""
        memo_text, memo, routes = self._memo
        if memo_text is not text:
            memo, routes = {}, {}
            self._memo = (text, memo, routes)
        return memo, routes

    def _cut(self, text: str, start: int, end: int, routes: dict) -> list[tuple[int, int, str]]:
        if self._rs is not None:
            s = text[start:end]
            if not _RS_ONLY_HAN.search(s):
                return [(start + a, start + b, w) for w, a, b in self._rs.tokenize(s, "default", False)]
        elif self._rs_after:
            self._rs_after -= end - start
            if self._rs_after <= 0 or self._dict.bisecting_ends():
                self.preload()  # (before the jieba backend builds its word dict: never both in memory)
        if self.backend == "jieba-ref":
            out = []
            pos = start
            for tok in self._dict.jieba_tk.cut(text[start:end], HMM=False):
                out.append((pos, pos + len(tok), tok))
                pos += len(tok)
            return out
        return [(a, b, text[a:b]) for a, b in self._dict.spans(text, start, end, routes)]

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


# ---------------------------------------------------------------------- loading
def _jieba_dict_path() -> Optional[str]:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    return os.path.join(os.path.dirname(spec.origin), "dict.txt")


def _snapshot_path(terms: tuple[str, ...], delete: tuple[str, ...]) -> Optional[str]:
    cache = _cache_dir()
    dict_path = _jieba_dict_path()
    if not cache or not dict_path:
        return None
    try:
        st = os.stat(dict_path)
    except OSError:
        return None
    try:
        from importlib.metadata import version

        jieba_version = version("jieba")
    except Exception:
        jieba_version = "?"
    h = hashlib.sha1()
    h.update(json.dumps([_SNAPSHOT_FORMAT, jieba_version, dict_path, st.st_size, st.st_mtime_ns, terms, delete],
                        ensure_ascii=False).encode("utf-8"))
    return os.path.join(cache, f"dict-{h.hexdigest()[:20]}.snap")


def _read_snapshot(path: str) -> Optional[_Dict]:
    try:
        with open(path, "rb") as fh:
            head = json.loads(fh.readline())
            n = head["n"]
            freqs = array.array("q")
            freqs.frombytes(fh.read(8 * n))
            blob = fh.read().decode("utf-8")
        firsts, offsets = head["firsts"], head["offsets"]
    except (OSError, ValueError, KeyError):
        return None
    blocks = -(-n // _SNAPSHOT_BLOCK)
    if len(freqs) != n or blob.count("\n") + 1 != n or len(firsts) != blocks or len(offsets) != blocks:
        return None
    return _Dict(None, head["total"], words=_SortedWords(blob, freqs, firsts, offsets))


def _write_snapshot(path: str, d: _Dict) -> None:
    words = sorted(d.freq)
    if not words or any("\n" in w for w in words):
        return
    freqs = array.array("q", (d.freq[w] for w in words))
    firsts, offsets = [], []
    at = 0
    for k, w in enumerate(words):
        if k % _SNAPSHOT_BLOCK == 0:
            firsts.append(w)
            offsets.append(at)
        at += len(w) + 1
    head = {"n": len(words), "total": d.total, "firsts": firsts, "offsets": offsets}
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            fh.write(json.dumps(head, ensure_ascii=True).encode("ascii") + b"\n")
            fh.write(freqs.tobytes())
            fh.write("\n".join(words).encode("utf-8"))
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    _prune_snapshots(os.path.dirname(path))


def _prune_snapshots(cache: str, keep: int = 8) -> None:
    """Keep the ``keep`` newest snapshots (other term sets, older jieba versions)."""
    try:
        snaps = [os.path.join(cache, n) for n in os.listdir(cache) if n.startswith("dict-") and n.endswith(".snap")]
        snaps.sort(key=os.path.getmtime, reverse=True)
        for old in snaps[keep:]:
            os.unlink(old)
    except OSError:
        pass


def _build_with_jieba(terms: tuple[str, ...], delete: tuple[str, ...]) -> _Dict:
    import jieba

    tk = jieba.Tokenizer()
    cache = _cache_dir()
    if cache:
        tk.tmp_dir = cache
    with relayed(("jieba",), "newsfacts.tokens"):  # jieba's level is left alone
        tk.initialize()
    for w in terms:
        tk.add_word(w, freq=max(tk.suggest_freq(w, tune=False), 1000))
    for w in delete:
        tk.del_word(w)
    return _Dict(tk.FREQ, tk.total, jieba_tk=tk)


def _load_dict(terms: tuple[str, ...], delete: tuple[str, ...], need_jieba: bool = False) -> _Dict:
    key = (terms, delete)
    with _lock:
        d = _loaded.get(key)
        if d is not None and (d.jieba_tk is not None or not need_jieba):
            return d
        snap = None if need_jieba else _snapshot_path(terms, delete)
        d = _read_snapshot(snap) if snap and os.path.exists(snap) else None
        if d is None:
            d = _build_with_jieba(terms, delete)
            snap = snap or _snapshot_path(terms, delete)
            if snap and not os.path.exists(snap):
                _write_snapshot(snap, d)
        _loaded[key] = d
        return d


def _load_rjieba(key: tuple, d: _Dict):
    with _lock:
        rs = _rjieba_loaded.get(key)
        if rs is not None:
            return rs
        import rjieba

        rs = rjieba.Jieba.empty()
        add = rs.add_word
        words_total = 0
        for w, f in d.words():
            add(w, f, None)
            words_total += f
        if d.total < words_total:  # never with jieba's bookkeeping; refuse rather than differ
            raise RuntimeError("rjieba: cannot reproduce jieba's dictionary total")
        if d.total > words_total:
            add(_TOTAL_FILLER, d.total - words_total, None)
        _rjieba_loaded[key] = rs
        return rs
