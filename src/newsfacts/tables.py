"""Tables that a page copy flattened to one cell a line: which row and column each amount
stands in.

    指标名称⏎属性⏎全年目标⏎全年完成⏎全市生产总值⏎预期性⏎增长5%左右⏎增长5.4%⏎地方一般公共预算收入⏎…

A run of short lines (cells) in which the same pattern repeats, some text cells (the row's
label, an attribute) and then some value cells (amounts, bare numbers), is read as rows;
the cells of one row's length just before the first row, all text, are the header. Each
amount in a value cell gets its row's label (the first cell of the row) and its column's
header. Nothing else is guessed: a run that does not repeat at least twice is no table.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

_CELL_MAX = 40  # characters: a longer line is prose, not a cell
_PROSE = regex.compile(r"[。；;！？!?，,]")
_BARE_NUMBER = regex.compile(r"[-+−]?\d[\d,.]*\s*[%‰]?")  # 0.5, -9.7: a value without a unit
_LABEL_LEAD = regex.compile(r"其中\s*[:：]?\s*")  # 其中:谷物 (a part under the row above)
_BARS = "|｜"  # a table written with bars opens each cell with one (|赤柱海濱小賣亭⏎|100%)
_MAX_LEAD = 4  # text cells at the start of a row: its label and a few attributes
_MIN_ROWS = 2
_AROUND = 3  # characters beside the amount in a value cell (增长5.4%, 约3万)


@dataclass(frozen=True, slots=True)
class Cell:
    """Where an amount stands in a flattened table: its row's label and its column's header."""

    label: tuple[int, int]  # offsets of the row's label in the text (after a leading 其中:)
    header: Optional[tuple[int, int]]  # offsets of the column's header; None without a header row


def cells(folded: str, mentions: list[tuple[int, int]]) -> dict[int, Cell]:
    """Each amount (by its start; ``mentions`` are the amounts' spans in order) that stands
    alone in a cell of a flattened table, with its row's label and its column's header."""
    mention_starts = [a for a, _ in mentions]
    lines = _cells(folded, mentions, mention_starts)
    out: dict[int, Cell] = {}
    k = 0
    while k < len(lines):
        if lines[k][2] != "amount":
            k += 1
            continue
        k = _table(folded, lines, k, mention_starts, out)
    return out


def _lines(folded: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line."""
    pos = 0
    for line in folded.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def _cells(folded: str, mentions: list[tuple[int, int]], mention_starts: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every non-empty line, without its edge spaces: kind "amount" (an
    amount and at most a word of change around it: 增长5.4%), "number" (a bare number), "text"
    (a short line) or "prose"."""
    out = []
    for start, end in _lines(folded):
        line = folded[start:end]
        a = start + len(line) - len(line.lstrip().lstrip(_BARS).lstrip())  # edge spaces and bars
        b = start + len(line.rstrip().rstrip(_BARS).rstrip())
        if a >= b:
            continue
        if b - a > _CELL_MAX or _PROSE.search(folded, a, b):
            kind = "prose"
        else:
            k = bisect.bisect_left(mention_starts, a)
            if _bare(mentions, k, a, b):
                kind = "amount"
            elif k < len(mentions) and mentions[k][0] < b:
                kind = "prose"  # 德城区:46毫米: a label with its own amount is no text cell
            else:
                kind = "number" if _BARE_NUMBER.fullmatch(folded, a, b) else "text"
        out.append((a, b, kind))
    return out


def _table(folded: str, lines: list[tuple[int, int, str]], first: int, mention_starts: list[int],
           out: dict[int, Cell]) -> int:
    """Read the table whose first value cell is ``lines[first]`` (an amount) into ``out``;
    the index to go on from."""
    span = _run(lines, first, ("amount", "number"))
    lead = _run(lines, first + span, ("text",))
    if not 1 <= lead <= _MAX_LEAD or first < lead:
        return first + max(span, 1)
    width, row = span + lead, first - lead
    if _run(lines, row, ("text",)) != lead:
        return first + span  # the row's leading cells are not all text
    rows = [row]
    while _is_row(lines, rows[-1] + width, lead, span):
        rows.append(rows[-1] + width)
    if len(rows) < _MIN_ROWS:
        return first + span
    top = row - width
    header = [lines[i][:2] for i in range(top, row)] if top >= 0 and all(
        lines[i][2] == "text" for i in range(top, row)) else None
    for r in rows:
        a, b, _ = lines[r]
        hit = _LABEL_LEAD.match(folded, a, b)
        label = (hit.end() if hit and hit.end() < b else a, b)
        for col in range(lead, width):
            a, b, kind = lines[r + col]
            if kind == "amount":
                m = mention_starts[bisect.bisect_left(mention_starts, a)]
                out[m] = Cell(label, header[col] if header else None)
    return rows[-1] + width


def _bare(mentions: list[tuple[int, int]], k: int, a: int, b: int) -> bool:
    """Whether the line [a, b) holds the amount ``mentions[k]`` and at most _AROUND other characters."""
    if k >= len(mentions) or mentions[k][0] >= b:
        return False
    s, e = mentions[k]
    return e <= b and (b - a) - (e - s) <= _AROUND


def _run(lines, k: int, kinds: tuple[str, ...]) -> int:
    n = 0
    while k + n < len(lines) and lines[k + n][2] in kinds:
        n += 1
    return n


def _is_row(lines, row: int, lead: int, span: int) -> bool:
    """Whether ``lead`` text cells and then ``span`` value cells (at least one an amount) start at ``row``."""
    if row + lead + span > len(lines):
        return False
    values = [lines[row + lead + j][2] for j in range(span)]
    return all(lines[row + j][2] == "text" for j in range(lead)) and \
        all(v in ("amount", "number") for v in values) and "amount" in values


def pipe_tasks(folded: str, mentions: list[tuple[int, int]], done_words: frozenset) -> frozenset[int]:
    """序号 | 实事项目名称 | 完成情况 | 占全年计划 |⏎1 | 新增4000张养老床位 | 4385 | 110% |: in a table
    written with | between cells, under a header that has a column of results (``done_words``:
    完成, 落实情况), an amount inside a longer cell (the task's name) of another column is the
    task's target; the starts of those amounts."""
    out: set[int] = set()
    starts = [a for a, _ in mentions]
    done_columns: frozenset[int] = frozenset()  # the columns of results under the last header
    for a, b in _lines(folded):
        line = folded[a:b]
        if line.count("|") < 2:
            done_columns = frozenset() if line.strip() else done_columns
            continue
        k, end = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        if k == end:  # a header row: no amounts
            done_columns = frozenset(i for i, cell in enumerate(line.split("|")) if any(w in cell for w in done_words))
            continue
        if done_columns:  # 1 | …增加义务教育学位5000个… | 毛晓青 | 县教体局 | …新增义务教育学位5500个… |
            out.update(mentions[i][0] for i in range(k, end) if _in_long_cell(folded, a, b, mentions[i])
                       and folded.count("|", a, mentions[i][0]) not in done_columns)
    return frozenset(out)


def _in_long_cell(f: str, a: int, b: int, mention: tuple[int, int]) -> bool:
    """Whether the cell (between |) holding ``mention`` has more than _AROUND other characters."""
    s, e = mention
    left = f.rfind("|", a, s) + 1 or a
    right = f.find("|", e, b)
    right = b if right < 0 else right
    return len(f[left:right].strip()) - (e - s) > _AROUND

