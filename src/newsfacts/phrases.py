"""Words and phrases of one document for the claim rules: the per-document context (tokens
of the sentences that hold amounts, dates and amounts to keep out of phrases, names and
titles), and the small word tests every rule uses.

Part of the claim step (see :mod:`newsfacts.claims`); no language knowledge here beyond
punctuation and part-of-speech classes.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Optional

import regex

from .lexicon import tag
from .models import Phrase
from .resources import Resources
from .scan import TimeMention
from .text import Page, SpanSet
from .tokens import Tokenizer


PUNCT = set("，,。；;：:！？!?（）()【】[]《》<>…—\n\t .．|｜")
QUOTE_CHARS = set("“”「」『』‘’\"'")
# punctuation and the list mark 、: what no phrase runs across
BREAKS = frozenset(PUNCT | {"、"})
OPEN_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》"}
NAMING = regex.compile(r"[\p{Han}A-Za-z]")  # a phrase that names something holds one of these
_RANK = regex.compile(r"第[\d零〇一二两三四五六七八九十百千]+[名位]?")
_NAME_SPAN = regex.compile(r"《[^《》\n]*(?:》|$)|「[^「」\n]*(?:」|$)|『[^『』\n]*(?:』|$)", regex.M)
OPEN_BRACKETS = {"(", "（"}
CLOSE_BRACKETS = {")", "）"}
NP_JOINERS = {"、", "和", "及", "与", "以及", "或"}
FORWARD_STOP_TAGS = frozenset({"v", "d", "r", "p", "c", "u", "uj", "y"})
BACKWARD_STOP_TAGS = frozenset({"d", "r", "p", "c", "u", "uj", "y"})
# dimensions of amounts that are rates or ratios of something else rather than things counted
RATE_DIMENSIONS = frozenset(("percent", "percentage_point", "multiple"))
# keys for bisecting tokens (sorted and disjoint: starts and ends both ascend)
token_start = itemgetter(0)
token_end = itemgetter(1)


def stop_tag(w: str, tags: frozenset) -> bool:
    """A word whose tag ends a noun phrase; conjunctions that join nouns (和, 及) do not."""
    t = tag(w)
    return t in tags and not (t == "c" and w in NP_JOINERS)


# characters looked at around an amount (sentence and clause cues, tokens), and tokens on
# either side of it in a run-on clause
WINDOW = 300
RADIUS = 48


@dataclass
class DocContext:
    page: Page
    res: Resources
    tok: Tokenizer
    doc_place: Optional[str]
    region_currency: Optional[str]
    blocked: SpanSet
    mention_starts: list[int]
    times: list[TimeMention]
    time_starts: list[int]
    time_words: tuple[list[int], list[tuple[int, int]]]
    scope_words: tuple[list[int], list[tuple[int, int]]]
    plan_from: Optional[int]
    names: SpanSet  # inside 《titles》 and 「quoted names」
    breakdowns: tuple[list[int], list[tuple[int, int]]]  # 按责任单位划分分别是： leads
    year_targets: tuple[list[int], list[tuple[int, int]]]  # 到2025年 (status.YEAR_TARGET)
    year: Optional[int]  # the article's year (its date, else the latest date in its lead)
    plan_document: bool  # the lead says the document issues a plan (印发…实施方案) and reviews no results
    headings: tuple[list[int], list[str]]  # short lines: their starts, and target / review / other
    draft_years: frozenset = frozenset()  # years whose draft budget or plan the lead presents
    table_cells: dict = field(default_factory=dict)  # amount start -> tables.Cell (row label, column header)
    table_tasks: frozenset = frozenset()  # starts of amounts that name a task in a table of results (tables.pipe_tasks)

    # tokens of a piece of a sentence (from a clause start to the next), and of a run of pieces
    _piece_tokens: dict = field(default_factory=dict)
    _run_tokens: dict = field(default_factory=dict)
    memo: dict = field(default_factory=dict)  # what a rule works out once for the whole document

    def tokens(self, a: int, b: int, around: Optional[int] = None) -> list[tuple[int, int, str]]:
        """Tokens lying within [a, b). Within a sentence, the clauses [a, b) touches are
        tokenised (each once: a clause starts after punctuation or space, where no word can
        run across, so its tokens are those of the whole sentence) and sliced. With
        ``around``, at most RADIUS tokens on either side of that offset, so the look-around
        of one amount stays small in a run-on clause."""
        if b <= a:
            return []
        sent = self.page.sentence_at(a)
        if not (sent[0] <= a and b <= sent[1]):
            toks = self._split_at_mentions(self.tok.words(self.page.folded, a, b))
            if around is not None:
                k = bisect.bisect_left(toks, around, key=token_start)
                toks = toks[max(0, k - RADIUS):k + RADIUS]
            return toks
        starts, toks = self._run(sent, a, b)
        i = bisect.bisect_left(starts, a)
        j = bisect.bisect_left(starts, b)
        while j > i and toks[j - 1][1] > b:
            j -= 1
        if around is not None:  # within [a, b]: the run holds every token before it from a on
            k = bisect.bisect_left(starts, around)
            i, j = max(i, k - RADIUS), min(j, k + RADIUS)
        return toks[i:j]

    def _run(self, sent: tuple[int, int], a: int, b: int) -> tuple[list[int], list[tuple[int, int, str]]]:
        """The tokens (and their starts) from the start of the clause holding ``a`` to the
        start of the clause after ``b`` (bounded by the sentence)."""
        clause_starts = self.page.clause_starts
        i = bisect.bisect_right(clause_starts, a) - 1
        j = bisect.bisect_left(clause_starts, b)
        lo = max(sent[0], clause_starts[i]) if i >= 0 else sent[0]
        hi = min(sent[1], clause_starts[j]) if j < len(clause_starts) else sent[1]
        if j - i <= 1:
            return self._piece(lo, hi)
        got = self._run_tokens.get((lo, hi))
        if got is None:
            cuts = [lo, *clause_starts[i + 1:j], hi]
            starts: list[int] = []
            toks: list[tuple[int, int, str]] = []
            for x in range(len(cuts) - 1):
                piece_starts, piece_toks = self._piece(cuts[x], cuts[x + 1])
                starts += piece_starts
                toks += piece_toks
            got = self._run_tokens[(lo, hi)] = (starts, toks)
        return got

    def _piece(self, a: int, b: int) -> tuple[list[int], list[tuple[int, int, str]]]:
        got = self._piece_tokens.get((a, b))
        if got is None:
            toks = self._split_at_mentions(self.tok.words(self.page.folded, a, b))
            got = self._piece_tokens[(a, b)] = ([t[0] for t in toks], toks)
        return got

    def _split_at_mentions(self, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The tokens (start, end, word), cut where an amount starts inside one: jieba keeps
        letters and digits together (GDP9602), the amount stands alone (GDP, 9602.72亿元)."""
        if not toks:
            return toks
        starts = self.mention_starts
        lo = bisect.bisect_right(starts, toks[0][0])
        hi = bisect.bisect_left(starts, toks[-1][1])
        if lo >= hi:
            return toks
        cuts: dict[int, list[int]] = {}  # token index → amount starts strictly inside it
        for c in starts[lo:hi]:
            k = bisect.bisect_right(toks, c, key=token_start) - 1
            if toks[k][0] < c < toks[k][1]:
                cuts.setdefault(k, []).append(c)
        if not cuts:
            return toks
        f = self.page.folded
        out = []
        for k, (s, e, _w) in enumerate(toks):
            for c in cuts.get(k, ()):
                out.append((s, c, f[s:c]))
                s = c
            out.append((s, e, f[s:e]))
        return out

    def is_time(self, a: int, b: int) -> bool:
        """[a, b) overlaps a date or time the scanner set aside."""
        k = bisect.bisect_right(self.time_starts, b - 1) - 1
        return k >= 0 and self.times[k].end > a

    def mention_between(self, a: int, b: int) -> bool:
        k = bisect.bisect_right(self.mention_starts, a)
        return k < len(self.mention_starts) and self.mention_starts[k] < b


def occurrences(pattern, f: str) -> tuple[list[int], list[tuple[int, int]]]:
    spans = [mm.span() for mm in pattern.finditer(f)] if pattern is not None else []
    return [e for _, e in spans], spans


def last_before(occ: tuple[list[int], list[tuple[int, int]]], a: int, b: int) -> Optional[tuple[int, int]]:
    """The last occurrence lying within [a, b) (occurrences do not overlap)."""
    ends, spans = occ
    k = bisect.bisect_right(ends, b) - 1
    if k >= 0 and spans[k][0] >= a:
        return spans[k]
    return None


def first_within(occ: tuple[list[int], list[tuple[int, int]]], a: int, b: int) -> Optional[tuple[int, int]]:
    """The first occurrence lying within [a, b) (occurrences do not overlap)."""
    ends, spans = occ
    k = bisect.bisect_right(ends, a)  # the first that ends after a
    if k < len(spans) and spans[k][0] >= a and spans[k][1] <= b:
        return spans[k]
    return None


def phrase(text: str, s: int, e: int) -> Optional[Phrase]:
    if e <= s:
        return None
    return Phrase.trusted(text=text[s:e], start=s, end=e)


def within(tokens, a: int, b: int):
    """The tokens (sorted, disjoint) lying within [a, b)."""
    return tokens[bisect.bisect_left(tokens, a, key=token_start):bisect.bisect_right(tokens, b, key=token_end)]


def starting_from(tokens, a: int):
    """The tokens (sorted, disjoint) that start at ``a`` or later."""
    return tokens[bisect.bisect_left(tokens, a, key=token_start):]


def words_text(tokens, a: int, b: int) -> str:
    """The words of ``tokens`` lying within [a, b), joined."""
    return "".join([t[2] for t in within(tokens, a, b)])


@functools.lru_cache(maxsize=65536)
def is_stop_punct(w: str) -> bool:
    if len(w) == 1:
        return w in PUNCT or w.isspace()
    return all(c in PUNCT or c.isspace() for c in w)


@functools.lru_cache(maxsize=65536)
def has_digit(w: str) -> bool:
    """A number (2023, 一百) rather than a name written with digits (3D, 5G, H7N9)."""
    return any(c.isdigit() for c in w) and not any("a" <= c <= "z" or "A" <= c <= "Z" for c in w)


def name_spans(f: str, programme=None) -> SpanSet:
    """The insides of 《titles》 and 「quoted names」 (印发《国内旅游提升计划》, 推行「新資本投資者
    入境計劃」 plan nothing themselves); one left open runs to the end of its line. With
    ``programme``, the quoted names it finds too (“阳光家园计划”托养服务428人)."""
    spans = [mm.span() for mm in _NAME_SPAN.finditer(f)]
    if programme is not None:
        spans += [mm.span() for mm in programme.finditer(f)]
    return SpanSet(spans)


def cut_at_blocked(before, blocked: SpanSet):
    """Tokens after the last date, time or other amount (1-8月江苏外贸 → 江苏外贸)."""
    starts, max_end = blocked.starts, blocked.max_end  # SpanSet.overlaps, inlined: a call less a token
    for k in range(len(before) - 1, -1, -1):
        j = bisect.bisect_left(starts, before[k][1])
        if j > 0 and max_end[j - 1] > before[k][0]:
            return before[k + 1:]
    return before


def is_rank(text: str) -> bool:
    """南迳27.4毫米第三, 居全省第12名: an ordinal alone is a rank, which names nothing counted."""
    return _RANK.fullmatch(text) is not None
