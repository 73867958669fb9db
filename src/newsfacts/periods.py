"""The calendar period of a claim's time (spec §2, ``Claim.period``).

A claim's ``time`` is kept as written (1-10月, 今年以来, “十四五”期间). Here the whole
time expression around it (2023年1-10月, 截至9月底, 2024至25年度) is read by one pattern
built from ``data/periods.tsv`` and resolved to inclusive ISO dates against what anchors
it: a year written in the expression (``text``), the article's date (``published``), or a
date stated elsewhere in the article, its title or its lead (``document``). Nothing is ever
resolved against today's clock: without a date to stand on, the period is null.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Optional

import regex

from .models import Period
from .numbers import parse_number
from .text import CLAUSE_END
from .resources import period_table
from .scan import alternation_source as _alternation, literal_alternation, roc_dated

_CN_DIGITS = "〇○零一二三四五六七八九"
_YEAR4 = rf"(?:19|20)\d\d|[{_CN_DIGITS}]{{4}}"
_SMALL = r"\d{1,2}|[一二三四五六七八九十两]{1,3}"
_DASH = r"\s*[-—–~～至到]\s*"
_DAY = r"\d{1,2}|[一二三四五六七八九十]{1,3}"


@dataclass(frozen=True)
class PeriodWords:
    """``data/periods.tsv``: the words of time expressions and what they mean."""

    years: dict[str, int]  # 今年 0, 去年 -1
    parts: dict[str, tuple[int, int]]  # 上半年 (1, 6)
    plans: dict[str, tuple[int, int]]  # 十四五 (2021, 2025)
    words: dict[str, tuple[str, ...]]  # the other kinds: word lists (until, since, compare …)
    festivals: dict[str, tuple[int, int]] = field(default_factory=dict)  # 春节 (-1, 5): days from the lunar new year
    lunar: dict[int, dt.date] = field(default_factory=dict)  # 2021: 2021-02-12, the lunar new year
    solar: dict[str, dict[Optional[int], tuple[int, int, int, int]]] = field(default_factory=dict)  # 五一 2025: (5, 1, 5, 5)
    dekads: dict[str, tuple[int, int]] = field(default_factory=dict)  # 上旬 (1, 10): days of a month's part

    @classmethod
    def from_rows(cls, rows) -> "PeriodWords":
        years, parts, plans, words, festivals, lunar, solar, dekads = {}, {}, {}, {}, {}, {}, {}, {}
        for kind, *cols in rows:
            if kind == "year":
                years[cols[0]] = int(cols[1])
            elif kind == "part":
                parts[cols[0]] = (int(cols[1]), int(cols[2]))
            elif kind == "plan":
                plans[cols[0]] = (int(cols[1]), int(cols[2]))
            elif kind == "festival":
                festivals[cols[0]] = (int(cols[1]), int(cols[2]))
            elif kind == "lunar_new_year":
                lunar[int(cols[0])] = dt.date(int(cols[0]), int(cols[1]), int(cols[2]))
            elif kind == "dekad":
                dekads[cols[0]] = (int(cols[1]), int(cols[2]))
            elif kind == "solar_festival":
                year = None if cols[1] == "*" else int(cols[1])
                solar.setdefault(cols[0], {})[year] = tuple(int(c) for c in cols[2:6])
            else:
                words[kind] = tuple(words.get(kind, ())) + tuple(cols)
        return cls(years, parts, plans, words, festivals, lunar, solar, dekads)


def expression_pattern(w: PeriodWords) -> regex.Pattern:
    """One pattern for a whole time expression: an opening word (截至), a year part (a year, a
    range of years, a plan period, 近N年, a relative year), a part of the year, months or a
    day, and a closing word (底, 以来)."""
    fests = _alternation([*w.festivals, *w.solar])
    year_part = (
        rf"(?P<now>{_alternation(w.words['now'])})"
        rf"|(?P<fa>{_YEAR4})\s*[-/]\s*\d\d\s*至\s*(?P<fb>{_YEAR4})\s*[-/]\s*(?P<fb2>\d\d)\s*年度"
        rf"|(?P<sa>{_YEAR4}|\d\d)\s*/\s*(?P<sb>{_YEAR4}|\d\d|[{_CN_DIGITS}]{{2}})\s*(?:年度|(?P<school>{_alternation(w.words['school_year'])}))|"
        rf"(?P<y1>{_YEAR4})\s*年?度?{_DASH}(?P<y2>{_YEAR4}|\d\d|[{_CN_DIGITS}]{{2}})\s*年(?P<fiscal>度)?"
        rf"|[“\"「]?(?P<plan>{_alternation(w.plans)})[”\"」]?(?:规划)?(?:时期|期间)?"
        rf"|(?P<recent>{_alternation(w.words['recent'])})(?P<n>{_SMALL})\s*个?年"
        rf"|(?P<future>{_alternation(w.words['future'])})(?P<k>{_SMALL})\s*个?年"
        rf"|(?P<back>{_SMALL})\s*个?年(?:以)?来"  # 10年以来, 近10年来: the last ten years
        rf"|(?P<year>{_YEAR4})\s*(?:年度?|(?=[“\"]?(?:{fests})))"  # 2019清明小长假
        rf"|(?P<era>{_alternation(w.words['era'])})?(?P<roc>\d{{2,3}}|[{_CN_DIGITS}]{{3}})\s*年度?"
        rf"|(?P<rel>{_alternation(w.years)})"
    )
    hour = r"(?:\s*\d{1,2}\s*[时点])?"
    months = (
        # 1月28日至2月4日, 2月15日0时至2月21日24时, 2月15日至21日: a range of days
        rf"(?P<dm1>{_SMALL})\s*月\s*(?P<dd1>{_DAY})\s*[日号]{hour}{_DASH}(?:(?P<dm2>{_SMALL})\s*月)?\s*(?P<dd2>{_DAY})\s*[日号]{hour}"
        rf"|(?P<m1>{_SMALL})\s*(?:月份?)?{_DASH}(?P<m2>{_SMALL})\s*月份?"
        rf"|[前首](?P<first>{_SMALL})\s*个?月"
        rf"|[前首](?P<quarters>[1-3一二三两])\s*个?季度?"
        rf"|(?P<m>{_SMALL})\s*月份?(?:(?P<d>{_DAY})\s*[日号])?"
    )
    return regex.compile(
        rf"(?P<until>{_alternation(w.words['until'])})?\s*(?:{year_part})?\s*"
        rf"(?:(?P<part>{_spaced_digits(_alternation(w.parts))})|[“\"]?(?P<fest>{fests})[”\"]?(?:{_alternation(w.words['festival_word'])})?)?"
        rf"\s*(?:{months})?\s*(?P<close>{_alternation(w.words['since'] + w.words['close'] + w.words['cumulative'])})?"
    )


_SPACES = regex.compile(r"\s+")


def _spaced_digits(source: str) -> str:
    """An alternation's source where a digit may stand between spaces, as Taiwan releases
    write it (110 年第 1 季底: the part 第1季)."""
    return regex.sub(r"(\d)", r"\\s*\1\\s*", source)


def _int(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(c in _CN_DIGITS for c in text):  # 二〇二四, 二○二四, 二零二四: digit by digit
        return int("".join(str(max(0, _CN_DIGITS.index(c) - 2)) for c in text))
    value = parse_number(text.replace("两", "二"))
    return int(value) if value is not None and value == value.to_integral_value() else None


def _days_in(d: dt.date) -> int:
    """The number of days of ``d``'s month (a whole month ends on it: 国庆 1-7日 does not)."""
    return calendar.monthrange(d.year, d.month)[1]


def _date(year: int, month: int, day: Optional[int] = None, last: bool = False) -> Optional[dt.date]:
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    days = calendar.monthrange(year, month)[1]
    if day is None:
        day = days if last else 1
    return dt.date(year, month, day) if 1 <= day <= days else None


def parse_published(published: Optional[str]) -> tuple[Optional[int], Optional[dt.date]]:
    """The year and, when it says the day, the date of a ``published`` value (2023-11-05,
    2023-11, 2023, 2023年11月5日)."""
    if not published:
        return None, None
    m = regex.match(r"\s*((?:19|20)\d\d)(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?", published)
    if not m:
        return None, None
    year = int(m.group(1))
    if m.group(3):
        try:
            return year, dt.date(year, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return year, None
    return year, None


@dataclass
class Base:
    """What relative expressions stand on: the article's year and date, and what it is."""

    year: Optional[int]
    date: Optional[dt.date]
    anchor: str  # published or document
    roc: bool  # the article writes ROC years bare (a Taiwan release)
    april: bool  # fiscal years run from April (Hong Kong)


Dates = tuple[dt.date, dt.date, str]  # first day, last day, anchor
_MONEY_AT = re.compile(r"[\d,.]+\s*[万亿]*元")  # 60999万元 (not 52.6%, a share of the budget)


class Periods:
    """The period patterns, built once per :class:`~newsfacts.claims.ClaimBuilder`."""

    def __init__(self) -> None:
        self.words = PeriodWords.from_rows(period_table())
        self.pattern = expression_pattern(self.words)
        # the same pattern in the standard `re` engine, which reads it alike on a text without
        # the characters where the engines differ (_ENGINES_DIFFER), and faster (groupdict 5×)
        self.pattern_re = re.compile(self.pattern.pattern)
        w = self.words.words
        # the word lists as tries in `re` (literal_alternation: the same matches as the
        # alternation longest first; every kind has words, periods.tsv is checked)
        self.compare = literal_alternation(w["compare"])
        self.two_year = literal_alternation(w["two_year_average"])
        self.speech = re.compile(rf"(?:{_alternation(w['speech'])})[,，:：]\s*")
        self.year_to_date = literal_alternation(w["year_to_date"])
        self.annual_words = tuple(w["annual_budget"])
        self.compare_other = literal_alternation(w["compare_year"] + w["compare_other"])
        self.change = literal_alternation(w["change"])
        self.nouns = tuple(w["noun"])
        self.compared_after = tuple(w["compared_after"])
        # the groups that say when (a match of only 截至 or 以来 says nothing), as indexes of groups()
        self.when_groups = tuple(self.pattern.groupindex[k] - 1 for k in _WHEN)
        self.compare_any = literal_alternation(w["compare_year"])
        self.compared_list = regex.compile(rf"(?:{_alternation(w['compare_year'])})(?:[^，,。；;：:\d]{{1,10}}[、和及])?\s*$")
        # the characters an expression can start with: what no pattern can match is not tried
        words = [*self.words.years, *self.words.parts, *self.words.plans, *self.words.festivals, *self.words.solar,
                 *(x for k in ("until", "recent", "future", "era", "now") for x in w[k])]
        self.starts = frozenset("0123456789“\"「前首十两" + _CN_DIGITS + "".join(x[0] for x in words))
        chars = "".join(sorted(self.starts)).replace("\\", "\\\\").replace("]", "\\]").replace("-", "\\-")
        self.start = re.compile(f"[{chars}]")  # where an expression may start
        self.timeless = literal_alternation(w["timeless"])
        self.festival = literal_alternation([*self.words.festivals, *self.words.solar])
        self.april_regions = frozenset(w["april_fiscal"])
        self.era = literal_alternation(w["era"])
        self.since = frozenset(w["since"])
        self.cumulative = frozenset(w["cumulative"])
        self.dekads = self.words.dekads
        self.before_words = tuple(w["before_word"])
        # ——2021 年 12 月 28 日在…第五届人民代表大会\n第一次会议上: spaces and one line break of a copied page
        self.spoken = regex.compile(rf"((?:19|20)\d\d) ?年 ?(\d{{1,2}}) ?月 ?(\d{{1,2}}) ?日\s*(?:在|于)[^。\n]{{0,40}}?\n?[^。\n]{{0,20}}?(?:{_alternation(w['spoken'])})")

    def document(self, page, published: Optional[str], lead_year: Optional[int], region: Optional[str]) -> "DocPeriods":
        """The article's date (``published``), else the year of the dates in its lead
        (``document``); its title's period; its headings' periods."""
        f = page.folded
        year, date = parse_published(published)
        anchor = "published"
        if year is None:
            year, anchor = lead_year, "document"
        roc = region == "TWD" or bool(self.era.search(f, 0, 20000)) or roc_dated(f)
        return DocPeriods(self, page, Base(year, date, anchor, roc, region in self.april_regions))

    def resolve(self, m: regex.Match, base: Base, context: tuple[Optional[Dates], ...] = ()) -> Optional[Dates]:
        """2023年1-10月 → 2023-01-01…2023-10-31 (text); 截至9月底 → the year's start to
        9-30; 今年以来 and 截至目前 → the year's start to the article's date; 十四五 → 2021…2025. Months
        without a year are in the year of ``context`` (the heading's or title's period)."""
        g = m.groupdict()
        if g["now"]:
            if not base.date:
                return None
            if g["until"]:  # 截至目前: the year to date, as 截至9月底
                return _date(base.date.year, 1, 1), base.date, base.anchor
            return base.date, base.date, base.anchor
        span = _multi_year(g, base, self.words)
        if span is None:
            year = _year(g, base, self.words, context)
            if year is None:
                return None
            span = _within(g, *year, self.words, g["close"] in self.cumulative)
        if span is not None and g["close"] in self.since:
            span = (span[0], base.date, span[2]) if base.date and base.date >= span[0] else None
        elif span is not None and g["close"] in self.dekads and not g["until"]:
            span = _dekad(span, self.dekads[g["close"]])
        return span


class DocPeriods:
    """The periods of one document: what its relative times stand on (``base``), the period
    its title or lead names (``frame``) and the periods its headings name."""

    def __init__(self, periods: Periods, page, base: Base) -> None:
        self.periods = periods
        self.base = base
        self.folded = page.folded
        same = _ENGINES_DIFFER.search(self.folded) is None
        self._match = (periods.pattern_re if same else periods.pattern).match
        self._to_time = (_DIGITS_TO_TIME_RE if same else _DIGITS_TO_TIME).match
        self.frame = self._frame(page) or self._sole_period()
        self.spoken = self._spoken(periods, page.folded)
        self._seen: dict = {}
        self._resolved: dict = {}
        f = self.folded
        # where the comparison words and the words of timeless amounts stand: found once a
        # document, looked up by bisection for each claim
        self._compares = [m.start() for m in periods.compare_any.finditer(f)]
        self._timeless = [m.end() for m in periods.timeless.finditer(f)]
        self.headings: list[tuple[int, Dates]] = []
        for line in page.lines:
            dates = self._heading(line, self.headings[-1][1] if self.headings else None)
            if dates is not None:
                self.headings.append((line.end, dates))
        self.heading_ends = [h[0] for h in self.headings]

    @staticmethod
    def _spoken(periods: Periods, f: str) -> Optional[dt.date]:
        """——2022年12月28日在淄博市第十六届人民代表大会第三次会议上: the day a report was given,
        from a date line in its first 300 characters (periods.tsv spoken), else None."""
        m = periods.spoken.search(f, 0, 300) if periods.spoken is not None else None
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None

    def at(self, s: int, end: int) -> Optional[regex.Match]:
        """The time expression starting at ``s`` (never inside a number: 2024年's 24年)."""
        f, p = self.folded, self.periods
        if s >= len(f) or f[s] not in p.starts or (s > 0 and f[s - 1] in _INSIDE):
            return None
        if f[s] == "前" and f.endswith(p.before_words, 0, s + 1):
            return None  # 與先前三個月比較: the months before, not the year's first three
        if f[s].isdigit() and not self._to_time(f, s, end):
            return None  # an amount (35万元), not a date: the whole pattern need not be tried
        m = self._match(f, s, end)
        if m is None or m.end() == s:
            return None
        groups = m.groups()
        return m if any(groups[i] for i in p.when_groups) else None

    def expression(self, a: int, b: int, floor: int) -> Optional[regex.Match]:
        """The whole time expression holding the time written at [a, b): the leftmost match
        starting at most 12 characters before it (not before ``floor``) that covers it."""
        f, starts = self.folded, self.periods.starts
        for s in range(max(floor, a - 12), a + 1):
            if f[s] not in starts:
                continue
            m = self.at(s, min(len(f), b + 8))
            if m and m.end() >= b:
                return m
        return None

    def _frame(self, page) -> Optional[Dates]:
        """2023年国民经济和社会发展统计公报 / 印发《…三年行动计划(2020-2022年)》 / 今年1-8月，全市…:
        the first period of the title, of a 《name》 in the lead, or of the first sentence
        (a date of the day, 9月18日, is when the news happened, not what it is about)."""
        f = self.folded
        for line in page.lines[:6]:
            text = f[line.start:line.end].strip()
            if line.furniture or not text or line.start > 400:
                continue
            title = _is_heading(text, 80)
            dates = self._first(line.start, line.end if title else page.sentence_at(line.start)[1])
            if dates is not None or not title:
                return dates  # a title without a period: the next line may be the real title
        return None

    def _sole_period(self, limit: int = 3000) -> Optional[Dates]:
        """实现地区生产总值744.94亿元⏎…初步统计,前三季度蔬菜产量增长4.5%…: a release whose title
        and lead name no period but whose text names one period of a year only (the months of
        the year to date: 前三季度, 1-9月, 上半年) is about it; None when it names another."""
        found = None
        for m in self._times(0, min(len(self.folded), limit)):
            dates = self.periods.resolve(m, self.base)
            if dates is None or dates[0].year != dates[1].year or dates[0].month != 1 or (found and found[:2] != dates[:2]):
                return None
            found = dates
        return (found[0], found[1], "document") if found else None

    def _first(self, a: int, b: int, before: Optional[int] = None, context: tuple[Optional[Dates], ...] = ()) -> Optional[Dates]:
        """The period of the first expression in [a, b) (starting before ``before``) that is
        not a day's date nor the base of a comparison (a time without a year in ``context``'s)."""
        m = next(self._times(a, b, before), None)
        return self.periods.resolve(m, self.base, context) if m is not None else None

    def _times(self, a: int, b: int, before: Optional[int] = None):
        """The expressions in [a, b) (starting before ``before``), in order, that are not a
        day's date nor the base of a comparison."""
        end = b if before is None else min(b, before)
        s = a
        while True:
            hit = self.periods.start.search(self.folded, s, end)
            if hit is None:
                return
            s = hit.start()
            m = self.at(s, b)
            if m is None:
                s += 1
                continue
            if not (m.group("d") or m.group("now") or self._after_compare(s)):
                yield m
            s = m.end()

    def _heading(self, line, above: Optional[Dates] = None) -> Optional[Dates]:
        """一、2024年工作回顾 / 二、今年主要预期目标 / 今后五年的重点目标: a short line without a
        sentence end that names a period governs the lines under it; 表一 2025年…完成情况⏎…全年目标:
        one that writes no year (全年) is in the year of the heading ``above`` it."""
        if line.furniture or line.end - line.start > 60:
            return None  # a body line: no need to copy it
        text = self.folded[line.start:line.end].strip()
        if not _is_heading(text, 40):
            return None
        lead = len(_NUMBERING.match(self.folded, line.start).group())
        return self._first(line.start, line.end, line.start + lead + 6, (above,))

    def context(self, at: int) -> Optional[Dates]:
        """The period of the last heading before ``at``, else the title's."""
        k = bisect.bisect_right(self.heading_ends, at) - 1
        return self.headings[k][1] if k >= 0 else self.frame

    def claim(self, when: Optional[tuple[int, int]], at: int) -> tuple[Optional[Dates], str]:
        """The claim's period and the rule that gave it: its own time (a paragraph's time from
        an earlier line only when its own line writes none before it), else the heading's or
        the title's."""
        if self._is_timeless(at):
            return None, "timeless"
        context = self.context(at)
        years = (context, self.frame)
        base = self._compared_amount(at)
        if base is not None:
            dates = self._resolve(base, years)
            if dates is not None:
                return dates, "comparison_base"
        line = _line_start(self.folded, at)
        if when is None:
            dates = self._earlier(at, line, years) or self._line_opening(line, at, years) or \
                self._quote_opening(line, at, years)
        elif when[1] <= line and (fresher := self._written_since(when[1], at, years)) is not None:
            dates = fresher  # a time carried from an earlier line gives way to one written since
        else:  # the claims of one sentence share its time: read it once
            key = (when, context)
            if key not in self._seen:
                self._seen[key] = self._own(when, years)
            dates = self._seen[key]
        if dates is not None:
            return self._widened(dates, when, at)
        if context is not None:
            return (context[0], context[1], "document"), "heading_or_title"
        return None, "no_period"

    def _widened(self, found: tuple[Dates, str], when: Optional[tuple[int, int]], at: int) -> tuple[Dates, str]:
        """4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%: a month's amount
        counted up (periods.tsv year_to_date between its time and it) runs from the year's
        start; a budget of the year (annual_budget right before it) is the whole year's."""
        (start, end, anchor), rule = found
        if start.year != end.year:
            return found
        f, p = self.folded, self.periods
        if f[max(0, at - 6):at].endswith(p.annual_words) and _MONEY_AT.match(f, at):
            return (dt.date(start.year, 1, 1), dt.date(start.year, 12, 31), anchor), "annual_budget"
        if when is not None and start.month == end.month > 1 and start.day == 1 and end.day == _days_in(end) and \
                p.year_to_date.search(f, when[1], at) is not None:
            return (dt.date(start.year, 1, 1), end, anchor), "year_to_date"
        return found

    def timing(self, dates: Optional[Dates], draft_years: frozenset = frozenset()) -> Optional[str]:
        """``later`` when the period ends in a later year than the article's publication date
        (a target's period), ``finished`` when it ended in an earlier year (an estimate of it
        is a result: months of the article's own year may be a forecast's reference),
        ``elapsed`` when it ended earlier in the article's own year (1-9月 in December: no plan
        cue of an earlier clause reaches it), ``current`` when it ends later in the article's
        own year, ``draft`` when it is a year whose draft the lead
        presents, else None (no date to compare with). A year guessed from the
        dates in the lead may be an event's, so it is not enough for later or finished. A
        report given (its date line) before its year ended is timed from that day."""
        if dates is not None and dates[0].year == dates[1].year in draft_years:
            return "draft"
        if dates is None:
            return None
        b = self._timing_base(dates)
        if b is None:
            return None
        if dates[1].year > b.year:
            return "later"
        if dates[1].year < b.year:
            return "finished"
        return "elapsed" if b.date is not None and dates[1] < b.date else "current"

    def _timing_base(self, dates: Dates) -> Optional[Base]:
        """The date amounts are timed from: the article's, or the day its report was given
        (its date line) when that came before the period ended or the article has no date."""
        b, spoken = self.base, self.spoken
        if spoken is not None and (b.anchor != "published" or b.year is None):
            return replace(b, year=spoken.year, date=spoken, anchor="published")
        if b.anchor != "published" or b.year is None:
            return None
        if spoken is not None and spoken.year < b.year and dates[1] >= spoken:
            return replace(b, year=spoken.year, date=spoken)  # 预计 in a report given before its year ended
        return b

    def reference(self, clause_start: int, at: int, dates: Optional[Dates], change: Optional[str],
                  rule: str) -> Optional[Dates]:
        """同比增长5.2%, 比上年同期增长, and a bare 增长8.2% of a year's figure: the same period
        a year earlier; 两年平均增长6%: two years earlier; 比2019年增长: that year's same months;
        比全省高: no period. The compared amount itself (较上年508794万元) has none."""
        if dates is None or rule == "comparison_base":
            return None
        p, f = self.periods, self.folded
        if p.two_year.search(f, max(clause_start, at - 8), at) is not None:
            return _earlier(p.words, dates, 2)
        compared = self._compared_period(clause_start, at, dates)
        if compared is None and change is not None:
            compared = self._from_period(clause_start, at, dates)
        if compared is not None:
            return compared
        if p.compare.search(f, clause_start, at) is None:
            other = p.compare_other.search(f, clause_start, at)
            if change is None or (other is not None and self.at(other.end(), at) is None):
                return None
        return _earlier(p.words, dates, 1)

    def _compared_period(self, clause_start: int, at: int, dates: Dates) -> Optional[Dates]:
        """较1-8月提高1.2个百分点 → 1-8月; 较上半年 → 上半年; 比2019年增长 → 2019's same months.
        比上年 and 较去年 are left to the year-earlier rule (比上年同期 means the same months)."""
        for k in reversed(self._compares[bisect.bisect_left(self._compares, clause_start):bisect.bisect_left(self._compares, at)]):
            m = self.at(k + 1, at)
            if m is None or (m.group("rel") and not (m.group("part") or m.group("m") or m.group("m1"))):
                continue
            if (m.group("year") or m.group("roc")) and not (m.group("part") or m.group("m") or m.group("m1") or m.group("first")):
                year = _written_year(m.groupdict(), self.base)
                return _earlier(self.periods.words, dates, dates[0].year - year[0]) if year else None
            return self._resolve(m, (self.context(at), self.frame))
        return None

    def _from_period(self, clause_start: int, at: int, dates: Dates) -> Optional[Dates]:
        """健保醫療支出從民國87年的2,520億點到105年的5,933億點,成長2.4倍: a change in the clause
        right after an amount followed from one year to a later one (from 从/由 to 到/至) is
        measured against the first year."""
        f = self.folded
        span = _FROM_TO.search(f, max(_line_start(f, clause_start), clause_start - _FROM_REACH), clause_start)
        if span is None:
            return None
        year = int(span.group(2))
        if year < 1000:
            if not (span.group(1) or self.base.roc):
                return None
            year += 1911
        return _earlier(self.periods.words, dates, dates[0].year - year) if year < dates[0].year else None

    def _own(self, when: tuple[int, int], years) -> Optional[tuple[Dates, str]]:
        """The period of the time written at ``when``; when that is no time of the amount (the
        base of a comparison, 完成全年任务's 全年, 同期), an earlier one in its line: 截至三季度末，
        24个事项已提前完成全年任务 is in 1-9月."""
        f = self.folded
        floor = _line_start(f, when[0])
        m = self.expression(when[0], when[1], floor)
        if m is not None and self._is_time(m):
            if _bare_part(m):
                years = (self._line_year(floor, when[0], years) or years[0], *years[1:])
            dates = self._resolve(m, years)
            return (dates, "time_expression") if dates else None
        return self._earlier(when[0], floor, years) if m is not None else None

    def _line_year(self, floor: int, at: int, years) -> Optional[Dates]:
        """剛剛過去的一年，…預計全年生產總值增長百分之十: a bare 全年 or 上半年 is in the year
        that the last time before it in its line names (2009年, 去年) at the start of a clause
        (not 回復至2019年逾八成水平), when one does."""
        f = self.folded
        for hit in reversed([*self.periods.start.finditer(f, floor, at)]):  # right to left
            h = hit.start()
            if h > floor and f[h - 1] not in CLAUSE_END and not f[h - 1].isspace():
                continue
            m = self.at(h, at)
            if m is not None and (m.group("year") or m.group("rel") or m.group("roc")) and self._is_time(m):
                dates = self._resolve(m, years)
                if dates is not None and dates[0].year == dates[1].year:
                    return dates
        return None

    def _line_opening(self, floor: int, at: int, years) -> Optional[tuple[Dates, str]]:
        """2024年，是民生情更暖的一年。我市开展……保障孤儿827人: a time that opens the
        paragraph (after its numbering) is the time of its amounts that write none."""
        key = ("opening", floor, years)  # the claims of a line share it: read it once
        if key not in self._seen:
            lead = _NUMBERING.match(self.folded, floor).end()
            m = self.at(lead, at)
            good = m is not None and not (m.group("d") or m.group("now")) and self._is_time(m)
            dates = self._resolve(m, years) if good else None
            self._seen[key] = (dates, "line_opening") if dates is not None else None
        return self._seen[key]

    def _quote_opening(self, floor: int, at: int, years) -> Optional[tuple[Dates, str]]:
        """胡衡华说,2014年,…经济社会持续健康发展。预计完成地区生产总值7810亿元: a time that opens
        what a speaker says (periods.tsv speech before a comma) earlier in the line is the
        time of the amounts after it that write none."""
        key = ("quote", floor, years)  # the claims of a line share its openings: read them once
        if key not in self._seen:
            f = self.folded
            end = f.find("\n", floor)
            end = len(f) if end < 0 else end
            openings = []
            for hit in self.periods.speech.finditer(f, floor, end):
                m = self.at(hit.end(), end)
                if m is not None and not (m.group("d") or m.group("now")) and self._is_time(m) \
                        and f[m.end():m.end() + 1] in ",，是":  # 指出:2013年是…的第一年。…生产总值实现8006.6亿元
                    dates = self._resolve(m, years)
                    openings.append((m.end(), (dates, "quote_opening") if dates is not None else None))
            self._seen[key] = openings
        return next((found for end, found in reversed(self._seen[key]) if end <= at), None)

    def _earlier(self, at: int, floor: int, years) -> Optional[tuple[Dates, str]]:
        """The nearest time expression before ``at`` on its line, within 60 characters."""
        f = self.folded
        for hit in reversed([*self.periods.start.finditer(f, max(floor, at - 60), at)]):  # right to left
            m = self.at(hit.start(), at)
            if m is not None and self._is_time(m):
                dates = self._resolve(m, years)
                if dates is not None:
                    return dates, "earlier_time"
        return None

    def _written_since(self, floor: int, at: int, years) -> Optional[tuple[Dates, str]]:
        """The last time expression that writes a year (2024年, 二零一九/二零年度, 十四五, 113年)
        or names a holiday (“五一”假期) between ``floor`` and ``at`` (what was read of the text after ``floor`` is
        remembered: the claims come in order)."""
        key = ("since", floor, years)
        lo, found = self._seen.get(key, (floor, None))
        if at < lo:
            lo, found = floor, None
        f = self.folded
        # a year is written with 年 (2024年, 113年度) or a plan's name (十四五), a holiday by its
        # name (今年“五一”期间): none, no scan
        fest = self.periods.festival
        hits = [*self.periods.start.finditer(f, lo, at)] if f.find("年", lo, at) >= 0 or f.find("五", lo, at) >= 0 \
            or fest.search(f, lo, at) is not None else ()
        for hit in reversed(hits):  # right to left
            h = hit.start()
            if f.find("年", h, h + 14) < 0 and f.find("五", h, h + 8) < 0 and fest.search(f, h, h + 8) is None:
                continue
            m = self.at(h, at)
            if m is not None and (any(m.group(k) for k in _WRITTEN_YEARS) or m.group("fest")) and self._is_time(m):
                dates = self._resolve(m, years)
                if dates is not None:
                    found = dates, "earlier_time"
                    break
        self._seen[key] = (at, found)
        return found

    def _is_time(self, m: regex.Match) -> bool:
        """Whether an expression is the amount's time: not the base of a comparison (较1-8月,
        去年同期), nor a bare 全年 or 上年 that is part of a noun (完成全年任务, 上年结转收入)."""
        f = self.folded
        bare_part = _bare_part(m)
        bare_rel = m.group("rel") and not any(m.group(k) for k in ("part", "m", "m1"))  # 上年结转收入: a name
        return not (self._after_compare(m.start()) or ((bare_part or bare_rel) and f.startswith(self.periods.nouns, m.end()))
                    or f.startswith(self.periods.compared_after, m.end()))

    def _resolve(self, m: regex.Match, years) -> Optional[Dates]:
        """``Periods.resolve`` of an expression of this document, remembered: the claims of a
        line meet the same expressions."""
        key = (m.start(), m.end(), years)
        if key not in self._resolved:
            self._resolved[key] = self.periods.resolve(m, self.base, years)
        return self._resolved[key]

    def _is_timeless(self, at: int) -> bool:
        """总投资5.88亿元, 年产1000万平方米: a timeless word ends at most three characters (达,
        为, 约 …) before the amount."""
        k = bisect.bisect_right(self._timeless, at) - 1
        return k >= 0 and at - self._timeless[k] <= 3 and _TIMELESS_GAP.fullmatch(self.folded, self._timeless[k], at) is not None

    def _after_compare(self, at: int) -> bool:
        """与2024年1月比较亦上升15.1%, 较上半年、1-8月分别提高: a time after 比, 较, 与 (or
        listed after one) is the base of a comparison."""
        return self.periods.compared_list.search(self.folded, max(0, at - 14), at) is not None

    def _compared_amount(self, at: int) -> Optional[regex.Match]:
        """较上年度预算数1172,1955,000元 / 较114年度法定预算数277.27亿元: the amount after a
        compared time and a short noun is that time's, the base of the comparison."""
        f, compares = self.folded, self._compares
        lo, hi = bisect.bisect_left(compares, at - 24), bisect.bisect_left(compares, at)
        for k in reversed(compares[lo:hi]):
            if _BASE_STOP.search(f, k, at):
                return None  # a stop or an amount between: no earlier comparison reaches it either
            m = self.at(k + 1, at)
            if m is not None and _BASE_GAP.fullmatch(f, m.end(), at) and not self.periods.change.search(f, m.end(), at):
                return m
        return None


def _bare_part(m: regex.Match) -> bool:
    """全年, 上半年: a part of a year with no year, month or relative year written."""
    return bool(m.group("part")) and not any(m.group(k) for k in ("year", "rel", "roc", "m", "m1"))


# the groups of a time expression that write a year (not 年度, 今年 or 9月 alone)
_WRITTEN_YEARS = ("year", "y1", "sa", "fa", "roc", "plan")
# digits that start a time expression reach a time unit across digits, dashes and spaces
# (2023年, 1-10月, 2024-25年度, 16/17年度, 2010/2011学年, 第3季 starts with 第)
_DIGITS_TO_TIME = regex.compile(r"[\d\s\-—–~～至到/]*(?:[年月季日号]|学年)")
_DIGITS_TO_TIME_RE = re.compile(_DIGITS_TO_TIME.pattern)
# where `re` reads \s and \d otherwise than `regex`: \s at U+001C-U+001F, \d at the digits
# Unicode added outside the BMP after Python's own tables (tests/test_period_engines.py)
_ENGINES_DIFFER = re.compile("[\x1c-\x1f\U00010000-\U0010ffff]")
_BASE_STOP = regex.compile(r"[，,。；;：:、\n\d]")
_TIMELESS_GAP = regex.compile(r"[达为约近共计是:：\s]{0,3}")
_NUMBERING = regex.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]|第[一二三四五六七八九十\d]+[章节部分条]|[表图][一二三四五六七八九十\d]{1,3}[:：]?)?\s*")
# 從民國87年的2,520億點到105年的5,933億點, (then the change): an amount followed over a span of years
_FROM_GAP = r"(?:[^，,。；;：:\n]|(?<=\d),(?=\d)){0,20}"  # (2,520億點: a comma between digits is no stop)
_FROM_TO = regex.compile(rf"[从由]\s*(民国)?(\d{{2,4}})\s*年(?:底|末)?的?{_FROM_GAP}?[到至]\s*(?:民国)?\d{{2,4}}\s*年(?:底|末)?"
                         rf"的?{_FROM_GAP}[，,]\s*$")
_FROM_REACH = 80  # characters before the change's clause where the span may start
_BASE_GAP = regex.compile(r"[^\d，,。；;：:、\s]{0,12}")


def _line_start(f: str, at: int) -> int:
    return f.rfind("\n", 0, at) + 1


def _is_heading(text: str, limit: int) -> bool:
    return len(text) <= limit and not text.endswith(("。", "！", "？", "；", "!", "?", ";"))


# a character after which no expression starts: it would be the tail of a number or a range
# (2024年's 24年, 1-9月's 9月)
_INSIDE = frozenset("0123456789-—–~～十" + _CN_DIGITS)  # 十一月: its 一月 is no time of its own
_WHEN = ("y1", "fa", "sa", "plan", "recent", "future", "back", "year", "roc", "rel", "part", "fest", "dm1", "m1", "first",
         "quarters", "m", "now")


def _multi_year(g: dict, base: Base, w: PeriodWords) -> Optional[Dates]:
    """十四五 → 2021-01-01…2025-12-31; 2023—2025年; 2024至25年度 (from April in Hong Kong);
    近五年, 3年来 → the years before the article's; 今后五年 → the article's and the next four."""
    if g["plan"]:
        first, last = w.plans[g["plan"]]
        return dt.date(first, 1, 1), dt.date(last, 12, 31), "text"
    if g["y1"] or g["fa"] or g["sa"]:
        return _written_years(g, base)
    n = _int(g["n"] or g["back"] or g["k"])
    if not (g["recent"] or g["back"] or g["future"]) or not n or n > 30 or base.year is None:
        return None
    if g["future"]:
        return dt.date(base.year, 1, 1), dt.date(base.year + n - 1, 12, 31), base.anchor
    return dt.date(base.year - n, 1, 1), dt.date(base.year - 1, 12, 31), base.anchor


def _written_years(g: dict, base: Base) -> Optional[Dates]:
    """2023—2025年; 2024至25年度 (from April in Hong Kong); 2023-24 至 2032-33 年度; 16/17年度;
    2010/2011學年 (a school year, September to August)."""
    if g["y1"]:
        return _year_range(_int(g["y1"]), _int(g["y2"]), bool(g["fiscal"]) and base.april)
    if g["fa"]:  # the first fiscal year's start to the last's end
        return _year_range(_int(g["fa"]), _int(g["fb"]) + 1, base.april)
    first = _int(g["sa"])
    years = _year_range(first + 2000 if first < 100 else first, _int(g["sb"]), base.april and not g["school"])
    if years is not None and g["school"]:  # 2010/2011學年: September to August
        return dt.date(years[0].year, 9, 1), dt.date(years[1].year, 8, 31), "text"
    return years


def _year_range(y1: Optional[int], y2: Optional[int], april: bool) -> Optional[Dates]:
    if y1 is None or y2 is None:
        return None
    if y2 < 100:
        y2 += y1 // 100 * 100 + (100 if y2 < y1 % 100 else 0)
    if not 0 < y2 - y1 <= 30:
        return None
    if april:
        return dt.date(y1, 4, 1), dt.date(y2, 3, 31), "text"
    return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "text"


def _year(g: dict, base: Base, w: PeriodWords, context: tuple[Optional[Dates], ...]) -> Optional[tuple[int, str]]:
    """The year the expression is in and what says so: written (2023年, 民国112年), relative
    to the article's (今年, 去年), or, when only months are written, the year of the heading
    or the title (``context``, the first that names one year), else the article's own."""
    if g["year"] or g["roc"]:
        return _written_year(g, base)
    if g["rel"]:
        if base.year is not None:
            return base.year + w.years[g["rel"]], base.anchor
        year = next((d[0].year for d in context if d is not None and d[0].year == d[1].year), None)
        return (year + w.years[g["rel"]], "document") if year is not None else None
    for dates in context:
        if dates is not None and dates[0].year == dates[1].year:
            return dates[0].year, "published" if dates[2] == "published" else "document"
    return (_bare_month_year(g, base), base.anchor) if base.year is not None else None


def _bare_month_year(g: dict, base: Base) -> int:
    """12月,陕西居民消费价格… in a release of 2024-01-16: a month without a year more than a month
    after the article's is the one gone by (2023); others are the article's year's."""
    month = g["m1"] or g["m"]
    if month and base.date is not None and base.date.year == base.year and _int(month) > base.date.month + 1:
        return base.year - 1
    return base.year


def _written_year(g: dict, base: Base) -> Optional[tuple[int, str]]:
    """2023年, 二〇二三年; 民国112年, and 112年 in a Taiwan release; 一一四年 (three Chinese digits,
    no year of ours) anywhere."""
    if g["year"]:
        y = _int(g["year"])
        return (y, "text") if y else None
    n = _int(g["roc"])
    spelled = not g["roc"].isdigit()
    return (1911 + n, "text") if n and (g["era"] or base.roc or spelled) and 1 <= n <= 200 else None


def _months(g: dict, w: PeriodWords) -> tuple[Optional[int], Optional[int], Optional[int]]:
    """(first month, last month, day): 1-10月, 前10个月, 11月5日, 上半年; the whole year."""
    if g["m1"]:
        return _int(g["m1"]), _int(g["m2"]), None
    if g["first"]:
        return 1, _int(g["first"]), None
    if g["quarters"]:
        return 1, 3 * _int(g["quarters"].replace("两", "二")), None
    if g["m"]:
        m = _int(g["m"])
        return m, m, _int(g["d"])
    if g["part"]:
        return (*w.parts[_SPACES.sub("", g["part"])], None)
    return 1, 12, None


def _within(g: dict, year: int, anchor: str, w: PeriodWords, cumulative: bool) -> Optional[Dates]:
    """The months (or the day) of the expression within ``year``; the whole year when it names
    none. After 截至, and at a month's end (3月末), the period runs from the year's start."""
    if g["fest"]:
        return _festival(w, g["fest"], year, anchor)
    if g["dm1"]:
        return _day_range(g, year, anchor)
    return _months_within(g, year, anchor, w, cumulative)


def _months_within(g: dict, year: int, anchor: str, w: PeriodWords, cumulative: bool) -> Optional[Dates]:
    """1-10月, 截至9月底 (from the year's start), 11月5日, 上半年 within ``year``."""
    first, last, day = _months(g, w)
    if first is None or last is None or not 1 <= first <= last <= 12:
        return None
    if (g["until"] or cumulative) and (g["m"] or g["m1"] or g["part"]):
        first = 1  # 截至9月底, 截至三季度末, 3月末: from the year's start
    start = _date(year, first) if not (day and not g["until"]) else _date(year, first, day)
    end = _date(year, last, day, last=True)
    return (start, end, anchor) if start and end and start <= end else None


def _dekad(span: Dates, days: tuple[int, int]) -> Dates:
    """3月上旬 → 3月1日至10日 (periods.tsv dekad): a part of one whole month; any other span
    as it is."""
    start, end, anchor = span
    if start.month != end.month or start.day != 1 or end.day != _days_in(end):
        return span
    return start.replace(day=days[0]), end.replace(day=min(days[1], end.day)), anchor


def _day_range(g: dict, year: int, anchor: str) -> Optional[Dates]:
    """春节假日(1月28日至2月4日) → 2025-01-28…2025-02-04; 12月30日至1月3日 ends in the next year."""
    m1, d1, d2 = _int(g["dm1"]), _int(g["dd1"]), _int(g["dd2"])
    m2 = _int(g["dm2"]) if g["dm2"] else m1
    if None in (m1, d1, m2, d2):
        return None
    start = _date(year, m1, d1)
    end = _date(year + 1 if (m2, d2) < (m1, d1) else year, m2, d2)
    return (start, end, anchor) if start and end and (end - start).days < 62 else None


def _festival(w: PeriodWords, name: str, year: int, anchor: str) -> Optional[Dates]:
    """2021年春节期间 → 2021-02-11…2021-02-17 (除夕 to 初六), 2025年“五一”假期 → 2025-05-01…2025-05-05,
    2019年清明小长假 → 2019-04-05…2019-04-07: the days the State Council set for the year
    (periods.tsv solar_festival), else a lunar holiday's days from the lunar new year, else the
    usual days (*); None for a year in neither table."""
    days = w.solar.get(name, {})
    fixed = days.get(year) or (days.get(None) if name not in w.festivals else None)
    if fixed is not None:
        m1, d1, m2, d2 = fixed
        return dt.date(year, m1, d1), dt.date(year, m2, d2), anchor
    new_year = w.lunar.get(year) if name in w.festivals else None
    if new_year is None:
        return None
    first, last = w.festivals[name]
    return new_year + dt.timedelta(days=first), new_year + dt.timedelta(days=last), anchor


def _earlier(w: PeriodWords, dates: Dates, years: int) -> Optional[Dates]:
    """The same period ``years`` earlier: a festival's days of that year (2021年春节 同比 →
    2020年春节, 2023年五一 → 2022年五一), else the same months and days."""
    if dates[0].year != dates[1].year or (dates[1] - dates[0]).days > 14:
        return _years_earlier(dates, years)  # no festival's days
    for name in (*w.festivals, *w.solar):
        span = _festival(w, name, dates[0].year, dates[2])
        if span == dates:
            return _festival(w, name, dates[0].year - years, dates[2])
    return _years_earlier(dates, years)


def _years_earlier(dates: Dates, years: int) -> Optional[Dates]:
    """The same months and days ``years`` earlier, both ends moved alike (a fiscal year stays a
    fiscal year; a 29 February becomes the 28th)."""
    try:
        return _shift(dates[0], dates[0].year - years), _shift(dates[1], dates[1].year - years), dates[2]
    except ValueError:
        return None


def _shift(day: dt.date, year: int) -> dt.date:
    last = calendar.monthrange(year, day.month)[1]
    return dt.date(year, day.month, min(day.day, last))


def as_period(dates: Optional[Dates]) -> Optional[Period]:
    if dates is None:
        return None
    return Period.trusted(start=dates[0].isoformat(), end=dates[1].isoformat(), anchor=dates[2])
