"""Subject boundary: where a subject that stands before its amount starts, weighed by a
trained scorer.

The subject rules choose a phrase; this step looks at the starts a few words to the left
and to the right of the rules' start (the end stays) and moves the start only when a
scorer prefers another by a clear margin. 新增專項債券支出7,954萬元: the rules' 專項債券支出
becomes 新增專項債券支出; 累計發放小額擔保貸款186%: 發放小額擔保貸款 becomes 小額擔保貸款.

The scorer is a conditional logit over the candidate starts. Its evidence is the rules'
choice (how far a candidate is from it), the words at the candidate's left edge and
before it, their part-of-speech classes, places, punctuation and 的 inside the phrase,
and the words between the phrase and the amount. The weights (``data/subject_boundary.json``)
are trained by :mod:`newsfacts.train` on the rules' output for gold sets *before* the rules
were tuned on them, so the scorer learns how far to trust the rules on unseen articles.
Inference is pure Python: a few candidates of some twenty features each.

No move crosses a list's joiner, an amount or a date, takes in a count (九名项目) or cuts
off a Latin code (PM2.5平均浓度). The claim builder runs this step after its list passes and
leaves the subjects those passes gave alone (their copies of a moved subject move with it).

Two more scorers of the same kind weigh where a subject ends: one after its amount
(1个市级公共实训基地: :func:`reach`), one before it (地区生产总值预期增长7.5%: :func:`trim`).

Needs: a claim's subject span (before the amount, in its clause), the start of the
subject's clause and the tokenizer. Sets: ``Claim.subject`` (its start and end).
"""

from __future__ import annotations

import math
import re
from itertools import repeat
from typing import Iterable, Mapping, Optional

from .lexicon import tag
from .phrases import BREAKS, NP_JOINERS, QUOTE_CHARS

# how many candidate starts the scorer looks at on either side of the rules' start
LEFT, RIGHT = 6, 4
_PUNCT = BREAKS
_LENGTHS = (2, 3, 4, 6, 8, 12)
_JOINERS = (*NP_JOINERS, "與", "，", ",")
_CODE = re.compile("[A-Za-zＡ-Ｚａ-ｚ]")
_MOVED_TAGS = frozenset({"v", "d", "p", "c"})
_NUMERALS = frozenset("一二三四五六七八九十两兩零〇几幾")
# feature names made once: the distance from the rules' start, the length class
_DISTANCE = {d: f"d={d}" for d in range(-4, 5)}
_ZEROS = repeat(0.0)  # the weight of a feature the scorer never saw
_LENGTH_NAMES = [next(f"len<={e}" for e in _LENGTHS if n <= e) for n in range(_LENGTHS[-1] + 1)]

class WordClasses:
    """The word classes the features ask about."""

    __slots__ = ("places", "classifiers", "joiners")

    def __init__(self, places: Iterable[str], classifiers: Iterable[str], joiners: Iterable[str] = _JOINERS):
        self.places = frozenset(places)
        self.classifiers = frozenset(classifiers)
        self.joiners = frozenset(joiners)


def applies(page, s: int, e: int, amount: int) -> bool:
    """Whether the scorer weighs a subject [s, e): it ends before its amount, in the
    amount's own clause."""
    return s < e <= amount and page.clause_at(s) == page.clause_at(amount)


def applies_after(page, s: int, e: int, amount_end: int) -> bool:
    """Whether the end scorer weighs a subject [s, e): it starts after its amount, in the
    amount's own clause (建设100个口袋公园)."""
    return amount_end <= s < e and page.clause_at(s) == page.clause_at(amount_end - 1)


def _length(n: int) -> str:
    return _LENGTH_NAMES[n] if n < len(_LENGTH_NAMES) else f"len>{_LENGTHS[-1]}"


class _Words:
    """The words of a clause up to a subject's end, their tags, and what each phrase from a
    word start to that end holds (的, punctuation, digits): worked out once for all the
    candidates of one subject."""

    __slots__ = ("text", "tags", "de", "punct", "digit")

    def __init__(self, folded: str, starts: list[int], e: int, lo: int, hi: int):
        ends = starts[1:] + [e]
        self.text = text = [folded[a:b] for a, b in zip(starts, ends)]
        self.tags = [None] * len(text)
        for j in range(max(0, lo - 2), hi):  # the window's
            self.tags[j] = tag(text[j])
        n = len(starts)
        self.de, self.punct, self.digit = [False] * (n + 1), [False] * (n + 1), [False] * (n + 1)
        de = punct = digit = False
        for j in range(n - 1, lo - 1, -1):  # from the end to the window: the phrase from word j holds …
            w = text[j]
            self.de[j] = de = de or "的" in w
            self.punct[j] = punct = punct or not _PUNCT.isdisjoint(w)
            self.digit[j] = digit = digit or any(map(str.isdigit, w))


def features(ws: _Words, k: int, r: int, length: int, between: str, words: WordClasses) -> list[str]:
    """The evidence for the candidate start at word ``k`` of a subject ``length`` characters
    long from there, the rules' choice being word ``r`` (``between``: the words from the
    subject's end to the amount): the names of the features present (each counts 1)."""
    first = ws.text[k]
    left = ws.text[k - 1] if k > 0 else "<BOS>"
    left2 = ws.text[k - 2] if k > 1 else "<BOS>"
    side = "ext" if k < r else "cut" if k > r else "rule"
    f = [_DISTANCE[max(-4, min(4, k - r))], "F=" + first, "L=" + left, "LL=" + left2, f"FL={left}|{first}",
         "Ft=" + (ws.tags[k] or "n"), ("Lt=" + (ws.tags[k - 1] or "n")) if k > 0 else "Lt=bos",
         "Fc=" + first[:1], "Lc=" + left[-1:], _length(length), f"P={between[:2] or '<Q>'}|{side}"]
    if side != "rule":
        f += _moved(ws, k, r, side)
    f += _flags(ws, k, first, left, words)
    return f


def _flags(ws: _Words, k: int, first: str, left: str, words: WordClasses) -> list[str]:
    """Places at the edge, 的, punctuation and digits in the phrase."""
    flags = (("L_place", left in words.places), ("F_place", first in words.places),
             ("has_de", ws.de[k]), ("has_punct", ws.punct[k]),
             ("L_punct", left in _PUNCT), ("F_punct", first in _PUNCT),
             ("has_digit", ws.digit[k]))
    return [name for name, present in flags if present]


def _moved(ws: _Words, k: int, r: int, side: str) -> list[str]:
    """直接拉动消费需求: the part-of-speech of the word at the moved edge, and the verbs,
    adverbs, prepositions and conjunctions the move crosses."""
    lo, hi = (k, r) if k < r else (r, k)
    edge = ws.tags[k] if side == "ext" else ws.tags[k - 1]
    return [f"{side}_t={edge or 'n'}", *(f"{side}_has_{t}" for t in sorted(set(ws.tags[lo:hi]) & _MOVED_TAGS))]


def candidates(folded: str, tokens: list[tuple[int, int, str]], s: int, e: int, amount: int,
               words: WordClasses, floor: int = 0) -> tuple[list[int], list[list[str]], int]:
    """(starts, their features, index of the rules' start) for the subject [s, e) of an
    amount at ``amount``: the word starts of the subject's clause (``tokens`` run from the
    clause's start to ``e``) up to LEFT before ``s`` and RIGHT after it, none before
    ``floor`` (the end of the last amount or date before the subject)."""
    starts = sorted({t[0] for t in tokens if t[0] < e} | {s})
    r = starts.index(s)
    lo = next(k for k in range(max(0, r - LEFT), r + 1) if starts[k] >= min(floor, s))
    hi = min(len(starts), r + RIGHT + 1)
    ws = _Words(folded, starts, e, lo, hi)
    keep = [k for k in range(lo, hi) if k == r or not (_count(ws, k, words) or _crosses(ws, k, r, words.joiners))]
    between = folded[e:amount]
    feats = [features(ws, k, r, e - starts[k], between, words) for k in keep]
    return [starts[k] for k in keep], feats, keep.index(r)


def _crosses(ws: _Words, k: int, r: int, stop: frozenset) -> bool:
    """城镇居民、农村居民人均可支配收入, 香港及中國台灣旅客: moving the start from word ``r``
    to word ``k`` would cross a word of ``stop`` (a list's joiners: the list passes, not
    the scorer, say which items an amount has); PM2.5平均浓度: a cut never drops a code in
    Latin letters, which names what is measured."""
    moved = ws.text[k:r] if k < r else ws.text[r:k]
    return any(w in stop for w in moved) or (k > r and any(_CODE.search(w) for w in moved))


def _count(ws: _Words, k: int, words: WordClasses) -> bool:
    """投资完成率前九名项目, 一個建築面積: the candidate starts with a count (numeral and
    classifier), which is no part of a subject."""
    first = ws.text[k]
    return first[:1] in _NUMERALS and (len(first) == 1 or first[1:] in words.classifiers)


def softmax(zs: list[float]) -> list[float]:
    """The probabilities of candidates scored ``zs``."""
    top = max(zs)
    ps = [math.exp(z - top) for z in zs]
    total = sum(ps)
    return [p / total for p in ps]


def probabilities(weights: Mapping[str, float], feats: Iterable[list[str]]) -> list[float]:
    """The scorer's softmax over the candidates (each a list of feature names)."""
    get = weights.get
    return softmax([sum(map(get, f, _ZEROS)) for f in feats])


def weigh(page, tok, blocked, s: int, e: int, amount: int,
          words: WordClasses) -> tuple[list[int], list[list[str]], int]:
    """:func:`candidates` for the subject [s, e) of the amount at ``amount`` on ``page``: the
    words from the subject's clause start to ``e`` by ``tok`` (a Tokenizer), none before
    the end of the last amount or date (``blocked``, a SpanSet) before ``s``. What the
    claim builder weighs and what the training learns from."""
    tokens = tok.words(page.folded, page.clause_at(s)[0], e)
    return candidates(page.folded, tokens, s, e, amount, words, blocked.end_before(s))


def choose(weights: Mapping[str, float], feats: list[list[str]], r: int, margin: float) -> int:
    """The candidate the scorer takes: the rules' ``r`` unless another leads it by more
    than ``margin`` in probability."""
    return prefer(probabilities(weights, feats), r, margin)


def prefer(ps: list[float], r: int, margin: float) -> int:
    """The most probable candidate if it leads the rules' ``r`` by more than ``margin``,
    else ``r``."""
    best = max(range(len(ps)), key=ps.__getitem__)
    return best if ps[best] - ps[r] > margin else r


# how many words a subject after its amount may reach (1个市级公共实训基地: 公共实训基地 is word 4)
FORWARD = 8
_REACH_CHARS = 40  # the text cut into words for them: FORWARD + 2 words fit in it
_FWD_STOP = BREAKS | QUOTE_CHARS


def _forward_words(tokens, s: int, blocked) -> list[tuple[int, int, str]]:
    """The words of a subject that starts at ``s`` after its amount, up to FORWARD + 2 of
    them, stopping at punctuation, an amount or a date."""
    out = []
    for a, b, w in tokens:
        if a < s:
            continue
        if not _FWD_STOP.isdisjoint(w) or blocked.overlaps(a, b) or len(out) > FORWARD + 1:
            break
        out.append((a, b, w))
    return out


def end_features(words: list[str], tags: list[str], k: int, r: int, de: bool, verbs: int) -> list[str]:
    """The evidence for ending a subject after its amount with word ``k`` of ``words``
    (``tags`` their classes), the rules' end being word ``r``: the last word and the one it
    leaves out, their classes, 的 (``de``) and verbs after the first word (``verbs``) up to
    word ``k``, and the classes of the words a move takes in or drops."""
    w, t = words[k], tags[k]
    nxt, nt = (words[k + 1], tags[k + 1]) if k + 1 < len(words) else ("<EOC>", "eoc")
    f = [_DISTANCE[max(-4, min(4, k - r))], "E=" + w, "N=" + nxt, f"EN={w}|{nxt}", "Et=" + t, "Nt=" + nt,
         f"EtNt={t}|{nt}", "Ec=" + w[-1:], "Nc=" + nxt[:1], f"elen={min(k + 1, 6)}"]
    if de:
        f.append("has_de")
    if verbs:
        f.append(f"inner_v={min(verbs, 2)}")
    if k != r:
        side, moved = ("ext", tags[r + 1:k + 1]) if k > r else ("cut", tags[k + 1:r + 1])
        f += [f"{side}_t={tags[k] if k > r else tags[k + 1]}", *(f"{side}_has_{x}" for x in moved)]
    return sorted(set(f))


def reach(page, tok, blocked, s: int, e: int) -> Optional[tuple[list[int], list[list[str]], int]]:
    """(ends, their features, index of the rules' end) for a subject [s, e) after its
    amount: 1个市级公共实训基地 may end after 市级 or after 公共实训基地; None when the rules'
    end is not a word end within reach."""
    words = _forward_words(tok.words(page.folded, s, min(page.clause_at(s)[1], s + _REACH_CHARS)), s, blocked)
    ends = [b for _, b, _ in words]
    if e not in ends:
        return None
    r = ends.index(e)
    return ends, _ends_features([w for _, _, w in words], r), r


def _ends_features(text: list[str], r: int) -> list[list[str]]:
    """The features of ending a subject with each of the words ``text`` (the rules' end
    being word ``r``), 的 and the verbs after the first word counted up to each."""
    tags = [tag(w) or "n" for w in text]
    feats, de, verbs = [], False, 0
    for k, w in enumerate(text):
        de = de or "的" in w
        verbs += k > 0 and tags[k] == "v"
        feats.append(end_features(text, tags, k, r, de, verbs))
    return feats


def trim(page, tok, blocked, s: int, e: int, amount: int,
         single: bool = False) -> Optional[tuple[list[int], list[list[str]], int]]:
    """(ends, their features, index of the rules' end) for a subject [s, e) before its amount:
    地区生产总值预期增长7.5% may end after 地区生产总值 or after 预期; None when the rules' end
    is not a word end before the amount. The candidates run from the subject's first word to
    the last word before the amount, stopping at punctuation, an amount or a date; None too
    when there is only one, unless ``single`` (the training's examples)."""
    words = _forward_words(tok.words(page.folded, s, amount), s, blocked)
    ends = [b for _, b, _ in words if b <= amount]
    if e not in ends or (len(ends) < 2 and not single):
        return None  # (one word end: nothing to weigh, but the training counts it)
    r = ends.index(e)
    return ends, _ends_features([w for _, _, w in words][:len(ends)], r), r


class BoundaryScorer:
    """Moves a subject's start (before its amount) or end (after it) where a trained scorer
    prefers another by more than its margin (in probability) over the rules' own."""

    def __init__(self, weights: Mapping[str, float], margin: float, words: WordClasses,
                 reach: tuple[Mapping[str, float], float] = ({}, 1.0),
                 trim: tuple[Mapping[str, float], float] = ({}, 1.0)):
        self.weights = dict(weights)
        self.margin = margin
        self.words = words
        self.end_weights, self.end_margin = dict(reach[0]), reach[1]
        self.trim_weights, self.trim_margin = dict(trim[0]), trim[1]

    def start(self, page, tok, blocked, s: int, e: int, amount: int) -> Optional[int]:
        """The start the scorer chooses for the subject [s, e), or None to keep ``s``."""
        if not self.weights or e <= s:
            return None
        starts, feats, r = weigh(page, tok, blocked, s, e, amount, self.words)
        if len(starts) < 2:
            return None
        best = choose(self.weights, feats, r, self.margin)
        return None if best == r else starts[best]

    def end(self, page, tok, blocked, s: int, e: int) -> Optional[int]:
        """The end the scorer chooses for the subject [s, e) after its amount, or None to
        keep ``e``."""
        got = reach(page, tok, blocked, s, e) if self.end_weights and s < e else None
        if got is None or len(got[0]) < 2:
            return None
        ends, feats, r = got
        best = choose(self.end_weights, feats, r, self.end_margin)
        return None if best == r else ends[best]

    def trim_end(self, page, tok, blocked, s: int, e: int, amount: int) -> Optional[int]:
        """The end the scorer chooses for the subject [s, e) before its amount, or None to
        keep ``e``."""
        got = trim(page, tok, blocked, s, e, amount) if self.trim_weights and s < e else None
        if got is None:
            return None
        ends, feats, r = got
        best = choose(self.trim_weights, feats, r, self.trim_margin)
        return None if best == r else ends[best]
