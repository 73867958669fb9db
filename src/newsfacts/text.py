"""Page clean-up and sentence/clause spans, with offsets into the caller's text.

Nothing here copies or shifts the text: furniture lines are reported as spans to skip,
and folding (full-width, traditional script) maps one character to one, so every offset
computed on the folded string is an offset into the original.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .resources import Resources

SENTENCE_END = "。！？!?\n"
CLAUSE_END = SENTENCE_END + "；;，,：:"


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # without the newline
    furniture: bool


@dataclass
class Page:
    """The text cut into lines (furniture marked), sentences and clauses."""

    text: str
    folded: str
    lines: list[Line]
    sentences: list[tuple[int, int]]
    clauses: list[tuple[int, int]]
    warnings: list[str]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        return _containing(self.sentences, pos)

    def clause_at(self, pos: int) -> tuple[int, int]:
        return _containing(self.clauses, pos)


def _containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if pos < s:
            hi = mid - 1
        elif pos >= e:
            lo = mid + 1
        else:
            return s, e
    return pos, pos


def split_lines(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    n = len(text)
    while start <= n:
        nl = text.find("\n", start)
        if nl < 0:
            out.append((start, n))
            break
        out.append((start, nl))
        start = nl + 1
    return out


def _spans(text: str, start: int, end: int, stops: str) -> list[tuple[int, int]]:
    """Cut [start, end) after each stop character; trim spaces; drop empty pieces."""
    out = []
    s = start
    for i in range(start, end):
        if text[i] in stops:
            out.append((s, i + 1))
            s = i + 1
    if s < end:
        out.append((s, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def analyse(text: str, res: Resources) -> Page:
    folded = res.fold_text(text)
    lines: list[Line] = []
    warnings: list[str] = []
    in_tail = False
    skipped = 0
    for a, b in split_lines(text):
        stripped = folded[a:b].strip()
        furniture = in_tail
        if stripped and not in_tail:
            for kind, pattern in res.furniture:
                if pattern.match(stripped):
                    furniture = True
                    if kind == "tail":
                        in_tail = True
                    break
        if furniture and stripped:
            skipped += 1
        lines.append(Line(a, b, furniture))
    if skipped:
        warnings.append(f"page furniture skipped: {skipped} line(s)")
    sentences: list[tuple[int, int]] = []
    clauses: list[tuple[int, int]] = []
    for line in lines:
        if line.furniture or line.end <= line.start:
            continue
        for s, e in _spans(folded, line.start, line.end, SENTENCE_END):
            sentences.append((s, e))
            clauses.extend(_spans(folded, s, e, CLAUSE_END))
    return Page(text, folded, lines, sentences, clauses, warnings)


class SpanSet:
    """Sorted spans answering "does anything overlap [s, e)?" in O(log n)."""

    def __init__(self, spans) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_end: list[int] = []
        top = -1
        for _, b in spans:
            top = max(top, b)
            self.max_end.append(top)

    def overlaps(self, s: int, e: int) -> bool:
        k = bisect.bisect_left(self.starts, e)
        return k > 0 and self.max_end[k - 1] > s
