"""Page clean-up and sentence/clause spans, with offsets into the caller's text.

Nothing here copies or shifts the text: furniture lines are reported as spans to skip,
and folding (full-width, traditional script) maps one character to one, so every offset
computed on the folded string is an offset into the original.
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings as pywarnings
from dataclasses import dataclass, field

import regex

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
    glossed: bool = False  # the text as given had pinyin glosses (glosses.py), taken out here
    # the starts of the sentences and of the clauses, for bisection
    sentence_starts: list[int] = field(init=False, repr=False, compare=False)
    clause_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.sentence_starts = [s for s, _ in self.sentences]
        self.clause_starts = [s for s, _ in self.clauses]

    # sentence_at and clause_at bisect the starts of sorted, disjoint spans (written out in
    # each: the rules ask some 85 times a document)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``, else ``(pos, pos)``."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k][1]:
            return self.sentences[k]
        return pos, pos

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos``, else ``(pos, pos)``."""
        k = bisect.bisect_right(self.clause_starts, pos) - 1
        if k >= 0 and pos < self.clauses[k][1]:
            return self.clauses[k]
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


@functools.lru_cache(maxsize=None)
def _piece_pattern(stops: str) -> "re.Pattern[str]":
    """A piece up to and with the next stop character, or the rest without one."""
    cls = re.escape(stops)
    return re.compile(f"[^{cls}]*[{cls}]|[^{cls}]+")


def _spans(text: str, start: int, end: int, stops: str) -> list[tuple[int, int]]:
    """Cut [start, end) after each stop character; trim spaces; drop empty pieces."""
    out = []
    for m in _piece_pattern(stops).finditer(text, start, end):
        a, b = m.span()
        if text[a].isspace() or text[b - 1].isspace():
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b == a:
                continue
        out.append((a, b))
    return out


# The furniture patterns are written for the `regex` module, whose backtracking is
# quadratic on some of them (``^\S+\.(jpg|…)$`` over one long line of "1.1.1.…"). A
# pattern written only with syntax that means the same in the standard `re` engine runs
# there instead. The engines disagree on \s and \S for U+001C-U+001F only: a text holding
# one of those keeps the `regex` patterns.
_ENGINES_DIFFER = re.compile("[\x1c-\x1f]")
_NOT_A_QUANTIFIER = re.compile(r"\{(?!\d*(?:,\d*)?\})")
_POSIX_CLASS = re.compile(r"\[:\^?\w+:\]")
_DEFAULT_FLAGS = regex.compile("").flags


def _same_in_re(pattern: "regex.Pattern[str]") -> "re.Pattern[str] | None":
    r"""``pattern`` compiled by `re` when it is written with literals, groups, alternation,
    sets, quantifiers, anchors, ``.``, ``\s``, ``\S`` and escaped punctuation only."""
    src = pattern.pattern
    if (pattern.flags != _DEFAULT_FLAGS or "(?" in src or _POSIX_CLASS.search(src)
            or _NOT_A_QUANTIFIER.search(src)):
        return None
    i = src.find("\\")
    while i >= 0:
        nxt = src[i + 1:i + 2]
        if not nxt or not (nxt in "sS" or (nxt.isascii() and not nxt.isalnum() and not nxt.isspace() and nxt != "_")):
            return None
        i = src.find("\\", i + 2)
    try:
        with pywarnings.catch_warnings():
            pywarnings.simplefilter("error")
            return re.compile(src)
    except (re.error, Warning):
        return None


@functools.lru_cache(maxsize=8)
def _furniture_in_re(furniture: tuple) -> tuple:
    return tuple((kind, _same_in_re(p) or p) for kind, p in furniture)


# 上涨2·9%: a middle dot between digits as the decimal point of a rate (3·15 stays a date);
# 七四三七·三億美元, 卅七·九%, 廿五・五萬人 (a Taiwan agency's Chinese digits): a middle dot (or a
# katakana one) between Chinese digits before a multiplier or a percent sign is one too
_DOT_DECIMAL = re.compile(r"(?<=\d)·(?=\d+(?:%|‰|个百分点))"
                          r"|(?<=[〇○零一二三四五六七八九十廿卅])[·・](?=[〇○零一二三四五六七八九]+(?:[万亿]|%|‰|个百分点))")
_ZERO_AMONG_HAN = re.compile(r"(?<![0-9.,])(?:(?<=[一二三四五六七八九〇零])0+|0+(?=[一二三四五六七八九〇零]))(?![0-9.,%])")
_FOOTNOTE = re.compile(r"(?<=[^\s\d\[〔])(?:\[\d{1,2}\]|〔\d{1,2}〕)")  # a footnote mark after a word: 地区生产总值[2], 〔2〕


def analyse(text: str, res: Resources) -> Page:
    folded = res.fold_text(text)
    if "·" in folded or "・" in folded:
        folded = _DOT_DECIMAL.sub(".", folded)
    if "0" in folded:  # 二0二三年, 四八三億一六0五萬, 七六三萬四０００元: Arabic zeros among Chinese digits are 〇
        folded = _ZERO_AMONG_HAN.sub(lambda m: "〇" * len(m.group()), folded)
    if "[" in folded or "〔" in folded:  # 地区生产总值[2]753.95亿元: a footnote mark reads as blank, offsets kept
        folded = _FOOTNOTE.sub(lambda m: " " * len(m.group()), folded)
    lines: list[Line] = []
    warnings: list[str] = []
    in_tail = False
    skipped = 0
    furniture_patterns = res.furniture if _ENGINES_DIFFER.search(folded) else _furniture_in_re(tuple(res.furniture))
    for a, b in split_lines(text):
        stripped = folded[a:b].strip()
        furniture = in_tail
        if stripped and not in_tail:
            for kind, pattern in furniture_patterns:
                if kind != "lead" and pattern.match(stripped):  # a dateline is blocked by the scan
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
    leads = [p for kind, p in furniture_patterns if kind == "lead"]
    for start, end, wrapped in _blocks(folded, lines, leads):
        stops = _WRAPPED_STOPS if wrapped else SENTENCE_END
        for s, e in _spans(folded, start, end, stops):
            sentences.append((s, e))
            clauses.extend(_grouped(folded, _spans(folded, s, e, CLAUSE_END if not wrapped else _WRAPPED_CLAUSE_STOPS)))
    return Page(text, folded, lines, sentences, clauses, warnings)


_GROUP_COMMA = re.compile(r"\d,\d{3}(?!\d)")


def _grouped(folded: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of a sentence, the pieces cut at a comma that groups a number's thousands
    (约1,500个食物样本) joined again."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if out and out[-1][1] == a and _GROUP_COMMA.match(folded, a - 2):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_WRAPPED_STOPS = SENTENCE_END.replace("\n", "")
_WRAPPED_CLAUSE_STOPS = CLAUSE_END.replace("\n", "")
_WRAP_MIN = 30  # characters: a line this long that stops mid-sentence was wrapped by a PDF or a page
_WRAP_END = regex.compile(r"[\p{Han}\d]$")
_WRAP_NEXT = regex.compile(r"[\p{Han}\d](?![、.．])")
_WRAP_ITEM = regex.compile(r"[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]|[(（]|\d+[、.．)）]")


def _blocks(folded: str, lines: list[Line], leads: list) -> list[tuple[int, int, bool]]:
    """The text lines to cut into sentences, a line a block, except that a line a page
    wrapped mid-sentence runs on into the next (县本级新增一般债券2.54亿元,…病险水⏎库除险加固7件:
    a long line with a comma inside that ends on a character or a digit, followed at once by
    a line that goes on with one and opens no item or dateline): those make one block, wrapped."""
    out: list[tuple[int, int, bool]] = []
    joined = False
    for k, line in enumerate(lines):
        if line.furniture or line.end <= line.start:
            joined = False
            continue
        if joined:
            out[-1] = (out[-1][0], line.end, True)
        else:
            out.append((line.start, line.end, False))
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        joined = nxt is not None and not nxt.furniture and _wraps(folded, line, nxt) \
            and not any(p.match(folded[nxt.start:nxt.end].strip()) for p in leads)
    return out


def _wraps(folded: str, line: Line, nxt: Line) -> bool:
    text = folded[line.start:line.end].rstrip()
    if len(text.strip()) < _WRAP_MIN or not _WRAP_END.search(text) or not any(c in "，,：:；;" for c in text):
        return False
    return bool(_WRAP_NEXT.match(folded, nxt.start, nxt.end)) and not _WRAP_ITEM.match(folded, nxt.start, nxt.end)


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

    def end_before(self, pos: int) -> int:
        """The furthest end of the spans that start before ``pos`` (0 when none does)."""
        k = bisect.bisect_left(self.starts, pos)
        return self.max_end[k - 1] if k > 0 else 0
