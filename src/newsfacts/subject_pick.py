"""Subject choice: which phrase an amount is about, weighed by a trained ranker over the
phrases around it.

The subject rules walk from the amount to one phrase; the boundary scorers
(:mod:`subject_score`) then move its edges. Neither looks at a phrase elsewhere, and on
articles nobody tuned for the rules' phrase is often the wrong one: 全省规模以上工业企业
研发经费支出占比重94.2%, where the rules take 规模以上工业企业研发经费 and the amount is a
比重; 湖南地区发送旅客109.8万人, where they take 地区. This step ranks every phrase of up to
MAX_WORDS words from two clauses before the amount to the end of its own clause (the rules'
phrase among them) and takes another only when the ranker prefers it by a clear margin.

The ranker is a conditional logit. Its evidence for a phrase: how it stands to the rules'
phrase (the same, inside it, around it, apart), where it stands (before or after the
amount in its clause, or how many clauses back), its first and last words and their
classes, the words on either side of it, its length, 的 and verbs inside it, places, the
words between it and the amount, the first words of the amount's clause, and whether the
article says it again. The weights (``data/subject_pick.json``) are trained by
:mod:`newsfacts.train` on the rules' output for gold sets *before* the rules were tuned
on them, so the ranker learns how far to trust the rules on articles nobody tuned for.

Needs: a claim's amount and its rules' subject, the page's clauses and sentences, the
tokenizer and the spans of amounts and dates (``blocked``). Sets: ``Claim.subject``.
"""

from __future__ import annotations

import bisect
import math
from itertools import accumulate, repeat
from typing import Mapping, Optional

from .lexicon import pos_table
from .phrases import BREAKS, NAMING, QUOTE_CHARS
from .subject_score import prefer, softmax

MAX_WORDS = 4  # the longest phrase the ranker weighs, in words
REACH_BACK, REACH_AHEAD = 160, 80  # the most characters the window spans before and after the amount
LONG_ARTICLE = 20_000  # characters: in a longer article a phrase's repeats are counted near it
_EDGE_TAGS = frozenset({"u", "uj", "p", "c", "d", "y"})  # no phrase starts with these
_END_TAGS = frozenset({"", "v"})  # a phrase ends with a noun (untagged) or a verb
_LENGTHS = (1, 2, 4, 6, 9, 14)
_GAPS = (0, 1, 2, 4, 7)
_SHORT = (0, 1, 2, 4)


def _buckets(edges: tuple[int, ...], prefix: str, top: int = 64) -> list[str]:
    """The feature names of the counts 0..top (larger ones share the last) by ``edges``."""
    return [prefix + next((str(e) for e in edges if x <= e), f">{edges[-1]}") for x in range(top + 1)]


_LEN_NAMES = _buckets(_LENGTHS, "len=")
_GAP_NAMES = _buckets(_GAPS, "gap=")
_AGAP_NAMES = _buckets(_SHORT, "agap=")
_CBEF_NAMES = _buckets(_SHORT, "cbef=")
_NT_NAMES = [f"nt={n}" for n in range(MAX_WORDS + 2)]
_VERB_NAMES = ("", "inner_v=1", "inner_v=2")
_MEMO = 200_000  # the word scores remembered at most (then forgotten at once)
_SIDES = ("bef", "aft", "prev1", "prev2", "prev3", "prev4")
_ZEROS = repeat(0.0)  # the weight of a feature the ranker never saw
_PREV = [f"prev{k}" for k in range(5)]
_BREAK_WORDS: dict[str, bool] = {}  # whether a word breaks stretches (holds punctuation or is space)


def window(page, amount: int, amount_end: int) -> tuple[tuple[int, int], int, int]:
    """(the amount's clause, where the ranker's words start, where they end): from the
    clause before the amount's (and one more when it is in the same sentence) to the end of
    the amount's clause, at most REACH_BACK characters before the amount and REACH_AHEAD
    after it (a run-on stretch of amounts with no stop stays linear)."""
    clause = page.clause_at(amount)
    sentence_start = page.sentence_at(amount)[0]
    lo = clause[0]
    for _ in range(2):
        if lo <= 0:
            break
        prev = page.clause_at(lo - 1)
        if prev[0] < sentence_start and lo != clause[0]:
            break
        lo = prev[0] if prev[1] > prev[0] else lo - 1
    return clause, max(lo, amount - REACH_BACK), min(clause[1], amount_end + REACH_AHEAD)


class Words:
    """The words of a ranker's window for one amount: their classes, the stretch (between
    punctuation, amounts and dates) each belongs to (-1 for the words that break
    stretches), and the features of a phrase that depend on its first word alone or on its
    last word alone, worked out once for all the phrases of the amount."""

    __slots__ = ("spans", "text", "tags", "stretch", "amount", "places", "clause", "back", "qa", "qb",
                 "c0", "ahead", "verbs", "placed", "des", "_first", "_last")

    def __init__(self, page, tokens, blocked, amount: tuple[int, int], clause: tuple[int, int], places: frozenset):
        self.places, self.amount, self.clause = places, amount, clause
        self.spans = spans = [(a, b) for a, b, _ in tokens]
        self.text = text = [w for _, _, w in tokens]
        table = pos_table()
        self.tags = tags = [table.get(w, "") for w in text]
        q0, q1 = amount
        self.stretch = _stretches(tokens, amount, blocked)
        starts = [a for a, _ in spans]
        self.qa = bisect.bisect_right([b for _, b in spans], q0)  # words ending before the amount
        self.qb = bisect.bisect_left(starts, q1)  # the first word after it
        first = bisect.bisect_left(starts, clause[0])  # the first word of the amount's clause
        self.c0 = text[first] if first < len(text) else ""
        self.ahead = max(0, self.qa - first)
        self.back = _clauses_back(page, clause, spans, first)
        self.verbs = list(accumulate((t == "v" for t in tags), initial=0))
        self.placed = list(accumulate((w in places for w in text), initial=0))
        self.des = list(accumulate(("的" in w for w in text), initial=0))
        self._first: dict[int, list[str]] = {}
        self._last: dict[int, list[str]] = {}

    def phrases(self) -> list[tuple[int, int]]:
        """The candidate phrases as (first word, last word): within a stretch, at most
        MAX_WORDS words, ending with a noun or verb, starting with no particle, preposition,
        conjunction or adverb, clear of the amount, and after it only in its clause."""
        out = []
        q0, q1 = self.amount
        c0, c1 = self.clause
        for j, k in enumerate(self.stretch):
            if k < 0 or self.tags[j] not in _END_TAGS:
                continue
            for i in range(j, max(-1, j - MAX_WORDS), -1):
                if self.stretch[i] != k:
                    break
                if self.tags[i] in _EDGE_TAGS or self.text[i] == "的":
                    continue
                s = self.spans[i][0]
                if q0 <= s < q1 or (s >= q1 and not c0 <= s < c1):
                    continue  # in the amount, or after it beyond its clause
                out.append((i, j))
        return out

    def find(self, s: int, e: int) -> Optional[tuple[int, int]]:
        """The first and last word of the phrase [s, e), if any word lies within it."""
        inside = [k for k, (a, b) in enumerate(self.spans) if s <= a and b <= e]
        return (inside[0], inside[-1]) if inside else None

    def side(self, i: int, e: int) -> str:
        """Before or after the amount in its clause, or how many clauses back (prev1, prev2),
        for a phrase from word ``i`` to ``e``."""
        back = self.back[i]
        return back if back else "bef" if e <= self.amount[0] else "aft"

    def bare(self, s: int, e: int, rel: str) -> list[str]:
        """The features of a rules' phrase that holds no whole word (经费 of 研究经费): how it
        stands to the amount, and that it cuts a word."""
        k = next((k for k, (a, b) in enumerate(self.spans) if a <= s < b), None)
        side = self.side(k, e) if k is not None else "bef" if e <= self.amount[0] else "aft"
        return [rel, "side=" + side, f"{rel}|{side}", "noidx"]

    def first(self, i: int) -> list[str]:
        """The features of a phrase's first word ``i``: those of the word
        (:func:`_first_word`) and those of its place (:meth:`first_place`)."""
        f = self._first.get(i)
        if f is None:
            f = self._first[i] = _first_word(self.first_key(i), self.places) + self.first_place(i)
        return f

    def first_key(self, i: int) -> tuple[str, str, str, str]:
        """(word, class, word before, its class) of the first word ``i``."""
        return (self.text[i], self.tags[i] or "n", *_before_word(self, i))

    def first_place(self, i: int) -> list[str]:
        """The features of where the first word ``i`` stands (:func:`_place_features`)."""
        key = self.place_key(i)
        return _place_features(key) if key else []

    def place_key(self, i: int) -> Optional[tuple]:
        """In an earlier clause: (how many clauses back, the first word of the amount's
        clause, how many words precede the amount there, whether the phrase opens its
        stretch); after the amount: how many words lie between; else None."""
        back = self.back[i]
        if back:
            return back, self.c0, min(self.ahead, 64), i == 0 or self.stretch[i - 1] < 0
        if self.spans[i][0] >= self.amount[1]:
            return (min(max(0, i - self.qb), 64),)
        return None

    def last(self, j: int) -> list[str]:
        """The features of a phrase's last word ``j``: those of the word
        (:func:`_last_word`) and those of the words between it and the amount
        (:meth:`last_gap`)."""
        f = self._last.get(j)
        if f is None:
            f = self._last[j] = _last_word(self.last_key(j)) + self.last_gap(j)
        return f

    def last_key(self, j: int) -> tuple[str, str, str, str, str]:
        """(word, class, word after, its class, where it stands to the amount) of the last
        word ``j``."""
        return (self.text[j], self.tags[j] or "n", *_after_word(self, j), self.side(j, self.spans[j][1]))

    def last_gap(self, j: int) -> list[str]:
        """The features of the words between the last word ``j`` and the amount
        (:func:`_gap_features`)."""
        key = self.gap_key(j)
        return _gap_features(key) if key else []

    def gap_key(self, j: int) -> Optional[tuple]:
        """Before the amount: (how many words lie between, whether a verb is among them,
        the first and the last of them); else None."""
        if self.back[j] or self.spans[j][1] > self.amount[0]:
            return None
        if j + 1 >= self.qa:
            return min(max(0, self.qa - j - 1), 64), False, None, None
        return (min(self.qa - j - 1, 64), self.verbs[self.qa] > self.verbs[j + 1], self.text[j + 1],
                self.text[self.qa - 1])

    def pair(self, i: int, j: int, s: int, e: int, rel: str, repeats) -> list[str]:
        """The features of the phrase as a whole: how it stands to the rules' phrase, its
        length, 的, verbs and places in it, whether the article says it again."""
        side, n, length, de, verbs, place, rep = self.whole(i, j, s, e, repeats)
        f = [rel, f"{rel}|{side}", _NT_NAMES[n], _LEN_NAMES[length]]
        if de:
            f.append("has_de")
        if verbs:
            f.append(_VERB_NAMES[verbs])
        if place:
            f.append("has_place")
        if rep:
            f.append("rep")
        return f

    def whole(self, i: int, j: int, s: int, e: int, repeats) -> tuple[str, int, int, bool, int, bool, bool]:
        """(side, words, characters, 的 in it, verbs in it (0-2), a place in it, said again)
        of the phrase [s, e) from word ``i`` to word ``j``."""
        verbs = self.verbs[j + 1] - self.verbs[i]
        return (self.side(i, e), min(j - i + 1, MAX_WORDS + 1), min(e - s, 64), self.des[j + 1] > self.des[i],
                min(verbs, 2), self.placed[j + 1] > self.placed[i], repeats(s, e) >= 2)


def _first_word(key: tuple[str, str, str, str], places: frozenset) -> list[str]:
    """The word, its class, the word before it and its class, its first character, a
    place."""
    w, t, prev, pt = key
    f = ["F=" + w, "Ft=" + t, "P=" + prev, "Pt=" + pt, f"PF={prev}|{w}", "Fc=" + w[:1]]
    if w in places:
        f.append("F_place")
    return f


def _place_features(key: tuple) -> list[str]:
    """The features of a :meth:`Words.place_key`."""
    if len(key) == 1:
        return [_AGAP_NAMES[key[0]]]
    back, c0, ahead, opens = key
    f = [f"{back}|C0={c0}", f"{back}|{_CBEF_NAMES[ahead]}"]
    if opens:
        f.append(f"{back}|chunk_first")
    return f


def _gap_features(key: tuple) -> list[str]:
    """The features of a :meth:`Words.gap_key`."""
    n, verb, first, last = key
    f = [_GAP_NAMES[n]]
    if verb:
        f.append("gap_v")
    if first is not None:
        f += ["G0=" + first, "Gl=" + last]
    return f


def _last_word(key: tuple[str, str, str, str, str]) -> list[str]:
    """The word, its class, the word after it and its class, its last character, where it
    stands to the amount (with its class and the word after it)."""
    w, t, nxt, nt, side = key
    return ["E=" + w, "Et=" + t, "N=" + nxt, "Nt=" + nt, f"EN={w}|{nxt}", "Ec=" + w[-1:],
            "side=" + side, f"{side}|Et={t}", f"{side}|N={nxt}"]


def _stretches(tokens, amount: tuple[int, int], blocked) -> list[int]:
    """For each word, the stretch (between punctuation, spaces, the amount and dates) it
    belongs to, or -1 for a word that breaks stretches."""
    q0, q1 = amount
    out = []
    k = 0
    breaks = _BREAK_WORDS
    for a, b, w in tokens:
        brk = breaks.get(w)
        if brk is None:
            if len(breaks) > _MEMO:
                breaks.clear()  # numbers make the words of an archive unbounded
            brk = breaks[w] = not BREAKS.isdisjoint(w) or w.isspace()
        if brk or (a < q1 and b > q0) or blocked.overlaps(a, b):
            out.append(-1)
            k += 2
        else:
            out.append(k)
    return out


def _clauses_back(page, clause: tuple[int, int], spans: list[tuple[int, int]], first: int) -> list[str]:
    """For each word: '' in the amount's clause (from word ``first``), else how many
    clauses back it is (prev1, prev2; prev4 at most, and no further than a gap between
    clauses)."""
    steps = []  # the clause starts met walking back from the amount's clause
    p = clause[0]
    lowest = spans[0][0] if first else p
    while p > lowest and len(steps) < 4:
        p = page.clause_at(p - 1)[0] if p > 0 else 0
        steps.append(p)
        if page.clause_at(p)[1] <= p:
            break
    out = [""] * len(spans)
    m, n = 0, len(steps)
    for k in range(first - 1, -1, -1):  # words from the last to the first, steps from the nearest on
        while m < n and steps[m] > spans[k][0]:
            m += 1
        out[k] = _PREV[min(m + 1, n)]
    return out


def _before_word(ws: Words, i: int) -> tuple[str, str]:
    """The word before word ``i`` and its class: <P> and the mark for punctuation, <Q> for
    a number, <B> at the window's start."""
    if i == 0:
        return "<B>", "b"
    prev = ws.text[i - 1]
    if ws.stretch[i - 1] < 0:
        prev = "<Q>" if any(map(str.isdigit, prev)) else "<P>" + prev[-1:]
    return prev, ws.tags[i - 1] or "n"


def _after_word(ws: Words, j: int) -> tuple[str, str]:
    """The word after word ``j`` and its class: <P> and the mark for punctuation, <AMT> for
    the amount, <E> at the window's end."""
    if j + 1 >= len(ws.text):
        return "<E>", "e"
    nxt = ws.text[j + 1]
    if ws.stretch[j + 1] < 0:
        a, b = ws.spans[j + 1]
        q0, q1 = ws.amount
        nxt = "<AMT>" if q0 <= a < q1 and b <= q1 + 1 else "<P>" + nxt[:1]
    return nxt, ws.tags[j + 1] or "n"


def _relation(s: int, e: int, rule: Optional[tuple[int, int]]) -> str:
    """How the phrase [s, e) stands to the rules' phrase."""
    if rule is None:
        return "Rnone"
    rs, re_ = rule
    if (s, e) == rule:
        return "R"
    if rs <= s and e <= re_:
        return "Rin"
    if s <= rs and re_ <= e:
        return "Rout"
    return "Rov" if s < re_ and rs < e else "Rno"


class PhraseRanker:
    """Takes another phrase than the rules' as an amount's subject when a trained ranker
    prefers it by more than its margin (in probability)."""

    def __init__(self, weights: Mapping[str, float], margin: float, places: frozenset, place_suffixes: tuple[str, ...] = ()):
        self.weights = dict(weights)
        self.margin = margin
        self.places = frozenset(places)
        self.place_suffixes = tuple(place_suffixes)
        get = self.weights.get
        # the weights of the whole-phrase features, looked up once
        self._nt = [get(n, 0.0) for n in _NT_NAMES]
        self._len = [get(n, 0.0) for n in _LEN_NAMES]
        self._verbs = [0.0] + [get(n, 0.0) for n in _VERB_NAMES[1:]]
        self._de, self._place, self._rep = get("has_de", 0.0), get("has_place", 0.0), get("rep", 0.0)
        self._rel: dict[tuple[str, str], float] = {}
        self._repeats = _Repeats("")
        self._first_word = lambda key: _first_word(key, self.places)
        self._memos: dict = {f: {} for f in (self._first_word, _place_features, _last_word, _gap_features)}
        # the most the whole-phrase features can add, and the lead in score another phrase
        # needs to be preferred by the margin: p_best - p_rule > margin needs
        # z_best - z_rule > -log(1 - margin)
        rels = [get(r, 0.0) + max(get(f"{r}|{side}", 0.0) for side in _SIDES) for r in ("Rno", "Rin", "Rout", "Rov")]
        self._top_whole = max(rels) + max(self._nt) + max(self._len) + max(self._verbs) + sum(
            max(0.0, x) for x in (self._de, self._place, self._rep))
        self._gap = -math.log(1.0 - margin) if margin < 1.0 else math.inf

    def words(self, page, tok, blocked, amount: tuple[int, int]) -> Words:
        """The words of the amount's window."""
        clause, lo, hi = window(page, *amount)
        return Words(page, tok.words(page.folded, lo, hi), blocked, amount, clause, self.places)

    def candidates(self, page, tok, blocked, amount: tuple[int, int], rule: Optional[tuple[int, int]]):
        """(phrases as (start, end, first word, last word), the words, index of the rules'
        phrase or None, whether the rules' phrase is one the ranker proposes itself)."""
        ws = self.words(page, tok, blocked, amount)
        spans = [(ws.spans[i][0], ws.spans[j][1], i, j) for i, j in ws.phrases()]
        r = next((k for k, p in enumerate(spans) if (p[0], p[1]) == rule), None)
        native = rule is None or r is not None
        if not native:
            r = len(spans)
            spans.append((*rule, *(ws.find(*rule) or (-1, -1))))
        return spans, ws, r, native

    def features(self, page, tok, blocked, amount: tuple[int, int], rule: Optional[tuple[int, int]]):
        """(phrases as (start, end), their features, index of the rules' phrase or None): what
        the training learns from."""
        spans, ws, r, _ = self.candidates(page, tok, blocked, amount, rule)
        repeats = self._repeats_in(page)
        feats = [ws.first(i) + ws.last(j) + ws.pair(i, j, s, e, _relation(s, e, rule), repeats) if i >= 0
                 else ws.bare(s, e, _relation(s, e, rule)) for s, e, i, j in spans]
        return [(s, e) for s, e, _, _ in spans], feats, r

    def choose(self, page, tok, blocked, amount: tuple[int, int], rule: tuple[int, int]) -> Optional[tuple[int, int]]:
        """The phrase the ranker takes instead of the rules' ``rule``, or None to keep it."""
        if not self.weights:
            return None
        spans, ws, r, native = self.candidates(page, tok, blocked, amount, rule)
        if r is None or len(spans) < 2 or not (native or self._kind_of_proposal(ws, spans[r][2], page.folded[rule[0]:rule[1]])):
            return None  # 集成电路、电工器材…, 对欧盟进出口: a phrase of a kind the ranker never proposes
        zs = self._scores(page, ws, spans, r, rule)
        if zs is None:
            return None
        best = prefer(softmax(zs), r, self.margin)
        s, e, i, _ = spans[best]
        if best == r or self._place_first(ws, i) or not NAMING.search(page.folded, s, e):
            return None  # 479.89亿元 同比增长45.8%⬆: a sign names nothing
        return s, e

    def _scores(self, page, ws: Words, spans, r: int, rule) -> Optional[list[float]]:
        """Each phrase's score: the weights of its first word's, its last word's and its own
        features (those of a word summed once for all the phrases that share it; those of
        the whole phrase looked up without naming them). None when no phrase can beat the
        rules' one by the margin whatever its whole-phrase features weigh (most amounts)."""
        get = self.weights.get
        firsts: dict[int, float] = {}
        lasts: dict[int, float] = {}
        repeats = self._repeats_in(page)
        zs = []
        for s, e, i, j in spans:
            if i < 0:  # the rules' phrase cuts a word: its features are all there is
                zs.append(sum(map(get, ws.bare(s, e, _relation(s, e, rule)), _ZEROS)))
                continue
            a = firsts.get(i)
            if a is None:
                a = firsts[i] = self._word_score(ws.first_key(i), self._first_word, ws.place_key(i), _place_features)
            b = lasts.get(j)
            if b is None:
                b = lasts[j] = self._word_score(ws.last_key(j), _last_word, ws.gap_key(j), _gap_features)
            zs.append(a + b)
        zr = self._whole(ws, spans[r], rule, zs[r], repeats)
        top = max(z + (self._top_whole if p[2] >= 0 else 0.0) for k, (p, z) in enumerate(zip(spans, zs)) if k != r)
        if top - zr <= self._gap:
            return None
        return [zr if k == r else self._whole(ws, p, rule, z, repeats) for k, (p, z) in enumerate(zip(spans, zs))]

    def _word_score(self, key: tuple, words_of, more: Optional[tuple], more_of) -> float:
        """The weight of a word's features: those of the word and its neighbours (``key``,
        whose features ``words_of`` gives) and those of where it stands (``more``, by
        ``more_of``), each remembered across amounts and articles."""
        memos = self._memos
        memo = memos[words_of]
        z = memo.get(key)
        if z is None:
            z = self._remember(memo, key, words_of)
        if not more:
            return z
        memo = memos[more_of]
        y = memo.get(more)
        return z + (self._remember(memo, more, more_of) if y is None else y)

    def _remember(self, memo: dict, key: tuple, features) -> float:
        """The summed weight of ``features(key)``, kept in ``memo`` (emptied when full)."""
        if len(memo) > _MEMO:
            memo.clear()
        z = memo[key] = sum(map(self.weights.get, features(key), _ZEROS))
        return z

    def _whole(self, ws: Words, phrase, rule, z: float, repeats) -> float:
        """The score ``z`` of a phrase's words with its whole-phrase features added."""
        s, e, i, j = phrase
        if i < 0:
            return z
        return z + self._whole_score(_relation(s, e, rule), *ws.whole(i, j, s, e, repeats))

    def _repeats_in(self, page) -> "_Repeats":
        """The repeat counter of ``page``'s article (one an article, kept for its amounts)."""
        if self._repeats.folded is not page.folded:
            self._repeats = _Repeats(page.folded)
        return self._repeats

    def _whole_score(self, rel: str, side: str, n: int, length: int, de: bool, verbs: int, place: bool, rep: bool) -> float:
        """The weight of :meth:`Words.pair`'s features, from their parts."""
        z = self._rel.get((rel, side))
        if z is None:
            z = self._rel[rel, side] = self.weights.get(rel, 0.0) + self.weights.get(f"{rel}|{side}", 0.0)
        z += self._nt[n] + self._len[length] + self._verbs[verbs]
        if de:
            z += self._de
        if place:
            z += self._place
        if rep:
            z += self._rep
        return z

    @staticmethod
    def _kind_of_proposal(ws: Words, i: int, text: str) -> bool:
        """Whether the rules' phrase, though not among the ranker's own, is of their kind:
        no list, punctuation or quotes in it, and not opened by a preposition, conjunction,
        adverb or particle."""
        return BREAKS.isdisjoint(text) and QUOTE_CHARS.isdisjoint(text) and (i < 0 or ws.tags[i] not in _EDGE_TAGS)

    def _place_first(self, ws: Words, i: int) -> bool:
        """中卫市增长36.4%, 固原市计划投资59亿元: a place is the claim's scope, so the ranker
        moves to no phrase that is or starts with one (a listed place, or a word of two or
        more characters and a place suffix) from word ``i`` of the window on."""
        first = ws.text[i]
        if first in self.places or (len(first) >= 3 and first.endswith(self.place_suffixes)):
            return True
        return len(first) >= 2 and i + 1 < len(ws.text) and ws.text[i + 1] in self.place_suffixes


class _Repeats:
    """How often the article says a phrase (counted once a phrase); in an article over
    LONG_ARTICLE characters, how often the LONG_ARTICLE characters around it say it (so a long
    article costs no more a phrase than a short one)."""

    __slots__ = ("folded", "counts", "whole")

    def __init__(self, folded: str):
        self.folded = folded
        self.counts: dict[str, int] = {}
        self.whole = len(folded) <= LONG_ARTICLE

    def __call__(self, s: int, e: int) -> int:
        text = self.folded[s:e]
        if not self.whole:
            half = LONG_ARTICLE // 2
            return self.folded.count(text, max(0, s - half), e + half)
        n = self.counts.get(text)
        if n is None:
            n = self.counts[text] = self.folded.count(text)
        return n
