"""Quantity mentions in running text: number, multiplier, unit, bounds and ranges.

The scan runs over the folded text (full-width and traditional folded one character for
one, so offsets are shared with the original) and returns :class:`Mention` objects plus the
dates and clock times it recognised and set aside (they feed a claim's ``time``).

Rules, in the order they apply to a candidate number:
1. candidates are runs of Arabic digits (with separators, decimals, 万/亿 multipliers) or
   Chinese numerals, and the fraction forms 百分之…, X分之Y;
2. the longest unit or classifier after the number is taken, letting a multiplier yield to a
   unit that begins with one (``3万千瓦`` is 3万 kW);
3. the candidate is dropped when it is a date or clock time, an ordinal, a label (期, 届, 号),
   an identifier (letters around it, long digit strings, URLs), inside a non-claim phrase or
   a short quoted label, or a Chinese numeral that a dictionary word swallows (idioms);
4. bound words before and after, ranges (至, 到, -, ~), and unit sharing in lists complete it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Optional

import regex

from .numbers import (
    BIG_UNITS,
    CHINESE_NUMERAL_CHARS,
    DIGITS,
    normalize,
    parse_number,
)
from .resources import Resources, Unit, period_table
from .text import Page, SpanSet

# 一成三, 9成8: a tenth and three, nine tenths and eight
_ONE_DIGIT = {**{c: k for k, c in enumerate("一二三四五六七八九", 1)}, **{c: k for k, c in enumerate("123456789", 1)}}
_CN = "零〇○一二两三四五六七八九十百千万亿壹贰叁参肆伍陆柒捌玖拾佰仟廿卅"
_CN_DIGITS = "零〇○一二三四五六七八九壹贰叁肆伍陆柒捌玖"
_MULT_ALL = "十百千万亿拾佰仟"
_MULT_SET = frozenset(_MULT_ALL)
_BIG_SET = frozenset(BIG_UNITS)
# 兆 multiplies an amount (1兆485億元, 2兆元) where 兆瓦 and 兆焦 are units of their own
_TRILLION = "兆(?=\\d|亿|元|美元|日元|日圆|港元|欧元)"
_CN_TRILLION = f"兆(?=[{_CN_DIGITS}亿元])"  # 一兆五二二億元 (spoken: 1兆0522億)
# 中國大陸三二三萬人次, 队伍五个: a capital numeral that ends common words (陆, 伍) right before
# a plain one is that word's, not the start of the number (叁十一日 is a date, 拾六万 sixteen)
_CAPITAL = "陆伍"
_PLAIN = "零〇○一二两三四五六七八九十"

# A candidate number: Arabic (with separators, decimals and multipliers) or Chinese. (The
# lookahead states what every branch starts with: the engine then skips other characters.)
# Thousands are grouped by commas (2,200萬, also after a multiplier: 28億7,300萬) or, in Hong
# Kong and Macau releases, by a space (64 000個); a text laid out with spaces writes the
# multiplier between them (1,664 萬 4,684 人次: what follows is the part under ten thousand;
# 1 兆 5,742.22 億元: the 億 that follows counts what comes after 兆).
_NUMBER_BRANCHES = rf"""
    (?P<frac>(?:[{_CN}]+|\d+(?:\.\d+)?)分之(?:[{_CN}]+(?:点[{_CN_DIGITS}]+)?|\d+(?:,\d{{3}})*(?:\.\d+)?))
  | (?P<ar>(?:\d{{1,3}}(?:[ \u00a0\u2009\u202f]\d{{3}})+(?!\d)|\d+(?:,\d{{3}})*)(?:\.\d+)?
             (?:(?:[{_MULT_ALL}]|{_TRILLION})+零?\d+(?:,\d{{3}})*(?:\.\d+)?
                |\ [萬万億亿]\ (?:\d,\d{{3}}|\d{{1,4}})(?![\d,.])(?!\s*[年月日号號])
                |\ 兆\ (?:\d,\d{{3}}|\d{{1,4}})(?:\.\d+)?(?=\ ?[億亿]))*(?:[{_MULT_ALL}]|{_TRILLION})*)
  | (?P<cn>(?![{_CAPITAL}][{_PLAIN}])(?:[{_CN}]|{_CN_TRILLION})+(?:[点.．‧][{_CN_DIGITS}]+[{_CN}]*)?)
"""
NUMBER = re.compile(rf"(?=[\d{_CN}])(?:{_NUMBER_BRANCHES})", re.VERBOSE)
# The scan's pattern: NUMBER, and first the dates that are nothing else wherever they are
# read as a number (a year 2023年, a month 5月, a day after its month 17日): the Arabic
# number that NUMBER would match there, followed by what _date_or_time keeps as a date
# whatever its unit. Only the words before it can still make it no date
# (_prefix_excluded); it is set aside without being weighed as an amount. (Not ranges,
# 1-10月: when the words before make the first number none, the second is still a date.)
_MONTH = r"(?:1[0-2]|0?[1-9])"
SCAN = re.compile(
    rf"""
    (?=[\d{_CN}])(?:
    (?P<date>[12]\d{{3}}\ ?年 | {_MONTH}月 | (?<=月)(?:[12]\d|3[01]|0?[1-9])[日号])
  | {_NUMBER_BRANCHES})""",
    re.VERBOSE,
)
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LETTERS_BEFORE = regex.compile(r"[A-Za-z]+$")
_URL = regex.compile(r"(?:https?://|www\.)[\x21-\x7e]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.-]{2,63}")
# 0571-87654321-123, 13912345678, 400-123-4567, (02)2720-8889, 02-2720-8889, and an
# extension after any of them: (02) 2960-3456转 3694, (02)2720-8889)转分机1877
_PHONE = regex.compile(r"(?<!\d)(?:\(0\d{1,3}\)\s?\d{3,4}-?\d{4}|0\d{1,3}-\d{3,4}-\d{3,4}|0\d{2,3}-\d{7,8}(?:-\d{1,4})?"
                       r"|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?:\)?\s?转\s?(?:分机)?\s?\d{1,5})?(?!\d)")
_QUOTES = {"“": "”", "「": "」", "『": "』", "\"": "\"", "‘": "’", "《": "》", "【": "】"}
_QUOTED_LABEL = re.compile("|".join(
    f"{re.escape(a)}[^{re.escape(a + b)}\\n，。；,;]{{0,12}}{re.escape(b)}" for a, b in _QUOTES.items()))
_RANGE_SEP = regex.compile(r"\s*(?:至|到|--|-|~|——|—|–|－|～|―|−)\s*")
_RANGE_FIRST = "至到-~—–－～―−"  # what _RANGE_SEP can start with, after its spaces
_RANGE_NEXT = frozenset("(（与和及" + _RANGE_FIRST)  # what _range reads after an amount, after spaces
# the characters after a number that _date_or_time reads (and spaces before a range)
_DATE_NEXT = frozenset("年世月日号季时点:./-学" + _RANGE_FIRST)
_LIST_SEP = regex.compile(r"\s*(?:、|和|及|与|或)\s*")
_TIME_OF_DAY = ("上午", "下午", "晚上", "凌晨", "清晨", "早上", "中午", "傍晚", "晚", "早", "夜间", "夜里", "当晚", "当天", "次日")
_SPEED_BEFORE = re.compile(r"时速(?:[为是达约近超过最高不低于到]{0,4})$")
_RISE_FALL = re.compile(r"[0-9零〇一二三四五六七八九十两]+[降跌]")
_BETWEEN = regex.compile(r"\s*(?:与|和|及|至|到)\s*")
_BETWEEN_END = regex.compile(r"\s*(?:之间|间)")
_SIGNS = ("零下", "负", "−", "-")  # a minus before a number, longest first
_SIGN_LAST = frozenset(w[-1] for w in _SIGNS)
_SIGN_BEFORE = regex.compile(r"(?:[<>] ?=|[<>≤≥])$")
_INCLUSIVE = regex.compile(r"\s*[(（]含[)）]")
_BOUND_JOIN = regex.compile(r"\s*(?:的同时|同时|且|并且|而|，|,|、)?\s*")
# a wind force (西北风3~4级) and the 风 of one in a forecast's words before 度 (西风3~4级,14~5度)
_WIND_BEFORE = regex.compile(r"风[力速]?[^\d，,。;；\n]{0,2}(?:\d+[~～-])?$")
_WIND_DIGIT = regex.compile(r"风\d")
_TEMPERATURE_BEFORE = regex.compile(r"(?:摄氏|华氏)(?:温度)?$|温度|气温|体温|水温|室温|恒温|温|摄氏|华氏")
# characters after / before a bare number that may still make it an amount
_LIVE_AFTER = frozenset(" \t%‰-~—–―−－～/:：.,，、()（）°℃℉㎡³²μ")
_LIVE_BEFORE = frozenset(" \t$¥￥£€<>=≤≥-−－~(（")
_SESSION = regex.compile(r"(?:全体)?(?:会议|全会|党代会|代表大会|会)")


def _grouped_tail(f: str, start: int) -> bool:
    """22 萬 4,,274 人次: the number at ``start`` ends a number grouped by commas (a digit and
    commas right before it), so it is no amount of its own."""
    k = start
    while k > 0 and f[k - 1] in ",，":
        k -= 1
    return k < start and k > 0 and f[k - 1].isdigit()


def _inside_numeral(f: str, s: int) -> bool:
    """The text at ``s`` continues a Chinese numeral that starts before it (五|万一千)."""
    return s > 0 and (f[s - 1] in DIGITS or f[s - 1] in _MULT_SET) and (f[s] in DIGITS or f[s] in _MULT_SET)


def _by_first(words) -> dict[str, list[str]]:
    """Words grouped by their first character, for a lookup at one position."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[0], []).append(w)
    return out


# 1.98∶1, 14.93:1, 7:3: two numbers and a colon, no third part (3.9：59.5：36.6 is three amounts)
_RATIO = regex.compile(r"(?<![\d.:∶：])(\d+(?:\.\d+)?) ?[:∶：] ?(\d+(?:\.\d+)?)(?![\d.:∶：])")
_SLASH_FRACTION = regex.compile(r"(?<=[占比约近超过逾达为的是仅])(\d{1,2})/(\d{1,2})(?![\d/.])")
_AFTER_LABEL = frozenset("和的与及或")  # what follows a name's number rather than a counted noun
_AFTER_YEAR = frozenset("将拟起")  # 内蒙古2024将改造…: what follows a year written without 年
_ORDINAL_RANGE = regex.compile(r"第[\d零〇一二三四五六七八九十]+\s*(?:至|到|-|—|–|－|~|～)\s*$")
_HOUR_MINUTES = regex.compile(r"[零〇一二三四五六七八九十\d]{1,3}分(?!之)")
_CLOCK_MINUTES = regex.compile(r"点[零〇一二三四五六七八九十\d]+分")
_CLOCK_COLON = regex.compile(r":[0-5]\d(?!\d)")
# 2020—2022 年 (laid out with spaces), 二○○四至二○○五財政年度 (a fiscal year: read as 年)
_DATE_END = regex.compile(r"(\d{1,4}|[零〇○一二三四五六七八九十]{1,4}) ?(年|月|日|号|财政年|财年)")
_TWO_DIGITS = regex.compile(r"\d{2}(?!\d)")
_YMD = regex.compile(r"[./-]\d{1,2}[./-]\d{1,2}")
_DMY = regex.compile(r"[./]\d{1,2}[./]\d{2,4}")
_SPACED_UNIT = regex.compile(r" {1,2}([十百千万亿]*) ?")
_MONEY_TAIL = regex.compile(
    r"(?:零?(?P<jiao>[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d])[角毛])?"
    r"(?:零?(?P<fen>[一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d]{1,2})分)?(?:钱)?(?:整|正)?")
_D = "一二两三四五六七八九壹贰叁肆伍陆柒捌玖1-9"
_SPOKEN_TAIL = regex.compile(rf"(?:零(?P<skip>[{_D}])|(?P<next>[{_D}]))(?![\p{{Han}}\d]|(?<=.)[至到])|(?:零(?P<skip2>[{_D}])|(?P<next2>[{_D}]))(?=[至到])")
_LIANG_AFTER_JIN = regex.compile(rf"([{_D}])两")
_SPOKEN_NEXT = {"块": Decimal("0.1"), "元": Decimal("0.1"), "毛": Decimal("0.01"), "角": Decimal("0.01"),
                "米": Decimal("0.1"), "斤": Decimal("0.1")}
# after a year of two or three digits: a month or a part of that year, so the year is an
# ROC year of a Taiwan release (113年1至9月, 112年同期, 111年底), never a duration
# a year of the ROC era dated to a month (較114年5月), a date written with one (建檔日期:109-06-16) or
# the year before named by one (較上(107)年): the text writes ROC years bare
_ROC_DATED = regex.compile(r"(?<![\d.])1[0-4]\d(?:年\s*(?:1[0-2]|0?[1-9])\s*月|[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12]\d|0?[1-9])(?![\d.]))"
                           r"|[上去前]\s*[(（]\s*1[0-4]\d\s*[)）]\s*年")


_DATE_UNITS = frozenset("年月日号")  # what may follow a number written with a leading zero that is a date


def roc_dated(f: str) -> bool:
    """Whether the (folded) text dates something by a bare year of the ROC era (_ROC_DATED)."""
    return _ROC_DATED.search(f) is not None
_ROC_YEAR_AFTER = regex.compile(r"年\s*(?:\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月|同期|全年|上半年|下半年|第\s*[一二三四1-4]\s*季|[底初末])")
_YEAR_PAIR = regex.compile(r"(?:19|20)\d\d/(?:(?:19|20)\d\d|\d\d)\s*(?:学年|年度)")  # 2010/2011學年
_ROC_RANGE = regex.compile(r"\s*[至到~－—-]\s*\d{3}(?=\s*年)")  # 106至115年: the first year's range to the second
_YEAR_SPAN = regex.compile(r"年[半多]?(?:以来|来|前|后|以后|之前|之后|内|(?:分别)?平均|间|期间|期)")
_LABEL_YEAR = regex.compile(r"\d{1,2}\.(?:19|20)\d\d")  # 1.2025年: a list number glued to a year
_CHANGE_BEFORE = regex.compile(r"(?:增加|增长|提高|提升|上升|上调|调高|调升|减少|下降|降低|扩大|缩小|缩短|延长|新增|增|加|降|减)了?$")
_PER = regex.compile(r"/|每| / ")  # 元/月, 元每月, 728 元 / 人 / 月 (a text laid out with spaces)
_PER_SCALE = {"百": "100", "千": "1000", "万": "10000"}  # 元/百斤, 公里/百平方公里: per a hundred units
_PER_KEYS = {"day": "d", "year": "year", "hour": "h", "month": "mo", "人": "person", "人次": "person-time", "户": "household"}
# a period after a per-person rate: 元/人·月, 元/人/年, 元/人·次
_PER_PERIOD = regex.compile(r"(?:[·•・/]| / )(月|年|日|天|次)")
_PERIOD_KEYS = {"月": "/month", "年": "/year", "日": "/day", "天": "/day", "小时": "/hour", "次": "-time"}
_MONTH_DOT = regex.compile(r"(?<!\d)(?:1[0-2]|0?[1-9])·$")  # 3·5, 10·8: a month and a dot before a day
_ALT_CLASSIFIER = regex.compile(r"[（(]([\p{Han}]{1,2})[）)]")
_HALF = regex.compile(r"(?<![上下前后多过大一近另两这那每])半(?![年月天日导岛径场身边夜])")
_NUMERAL_SPECIAL = regex.compile(r"翻(?:了)?([一两二三四])番")


@dataclass(slots=True)
class Mention:
    """One quantity found in the text (offsets into the original)."""

    start: int
    end: int
    value: Optional[Decimal]
    low: Optional[Decimal] = None
    high: Optional[Decimal] = None
    bound: str = "exact"
    unit: Optional[Unit] = None
    unit_surface: Optional[str] = None
    dimension: str = "count"
    num_start: int = 0
    num_end: int = 0
    unit_start: int = 0
    unit_end: int = 0
    chinese: bool = False
    multiplier: bool = False
    bridged: bool = False  # the bound word stood apart (最高达…): not in the surface
    list_pending: bool = False  # a bare number before 、: takes the unit of the list's last member


@dataclass(slots=True)
class TimeMention:
    start: int
    end: int
    kind: str  # date, clock, span


@dataclass
class ScanResult:
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    aside: list[tuple[int, int]] = field(default_factory=list)  # numerals read as no amount and no time (2元一斤)

    def blocked(self) -> SpanSet:
        """The spans of the amounts, the dates and the numerals set aside: no phrase of the
        claim rules crosses one."""
        return SpanSet([(t.start, t.end) for t in self.times] + [(x.start, x.end) for x in self.mentions] + self.aside)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class Scanner:
    """Compiled once per :class:`Resources`; ``scan(page)`` is re-entrant."""

    def __init__(self, res: Resources, word_check: Optional[Callable[..., bool]] = None):
        self.res = res
        units: dict[str, Unit] = dict(res.units)
        for c in res.classifiers:
            units.setdefault(c, Unit(c, c, "count", None, None))
        self.units = units
        self.wind_level = Unit("级", "级", "other", None, None)  # 西北风3~4级: a wind force, no label
        self.forecast_re = literal_alternation(res.cues.get("forecast_word", ()))
        self.duration_before = frozenset(res.cues.get("duration_before", ()))
        self.unit_by_key: dict[str, Unit] = {}
        for u in units.values():
            if u.factor in (None, Decimal(1)):
                self.unit_by_key.setdefault(u.key, u)
        # the units of two or more characters by their first two, longest first
        self.by_first_two: dict[str, list[str]] = {}
        for s in sorted(units, key=len, reverse=True):
            if len(s) >= 2:
                self.by_first_two.setdefault(s[:2], []).append(s)
        self.currency_last_chars = frozenset(w[-1] for w, _ in res.currency_prefixes)
        # the characters just before a number that a currency word or a sign can end with
        self.prefix_last = self.currency_last_chars | _SIGN_LAST | {" "}
        self.before = res.bounds_before
        self.after = res.bounds_after
        self.max_before = max(len(w) for w in self.before)
        self.max_after = max(len(w) for w in self.after)
        self.after_first = frozenset(w[0] for w in self.after if w not in ("余", "多"))
        self.after_first_all = frozenset(w[0] for w in self.after)
        self.before_last = frozenset(w[-1] for w in self.before)
        # bridge words (最高达, 约降) by their last character, longest first
        self.bridges_by_last: dict[str, list[str]] = {}
        for b in sorted(res.bridges, key=len, reverse=True):
            self.bridges_by_last.setdefault(b[-1], []).append(b)
        # a bound before a share verb whose whole comes between (约占全国新增里程的10%)
        bounds = alternation_source(self.before)
        self.bound_share = regex.compile(rf"(?P<bound>{bounds})占[^，,。；;：:\d]{{1,24}}的$")
        self.after_by_first = _by_first(self.after)
        self.not_glued = frozenset(res.cues.get("not_glued", ()))
        self.roc_era_re = literal_alternation([w for kind, *words in period_table() if kind == "era" for w in words])
        self._roc_text: tuple[Optional[str], bool] = (None, False)  # the last text asked about, and whether it names the era
        self._traditional: tuple[Optional[str], bool] = (None, False)  # the last text asked about, and whether it is in traditional script
        self.taiwan_re = literal_alternation(res.cues.get("region_twd", ()))
        self.labels_by_first = _by_first(res.cues.get("label_after", ()))
        self.labels_over_unit = _by_first(res.cues.get("label_over_unit", ()))
        self.nonclaim_re = literal_alternation(res.nonclaims)
        self.leads = res.datelines
        measures = alternation_source(res.cues.get("unitless_measure", ()))
        # 综合指数范围为2.39~3.43: a measure that takes no unit, then (范围)为/达/是, right before the number
        self.unitless_before = regex.compile(rf"(?:{measures})(?:范围)?(?:为|是|达|达到|在)?$") if measures else None
        numeric_words = res.numeric_words
        self.numeric_words = numeric_words
        self.numeric_re = literal_alternation(numeric_words)
        # word_check(folded, start, end, window_end) -> True when a dictionary word runs
        # across the edges of [start, end) (idiom, name): set by the extractor (jieba).
        self.word_check = word_check

    # ------------------------------------------------------------------ units
    def unit_at(self, f: str, pos: int) -> Optional[tuple[str, Unit]]:
        """The longest unit that starts at ``pos``."""
        for s in self.by_first_two.get(f[pos:pos + 2], ()):
            if f.startswith(s, pos):
                return s, self.units[s]
        s = f[pos:pos + 1]
        unit = self.units.get(s)
        if unit is None or (s == "点" and f[pos + 1:pos + 2].isdigit()):
            return None  # 零點77: a decimal point before digits, no points
        return s, unit

    # ------------------------------------------------------------------ scanning
    def scan(self, page: Page) -> ScanResult:
        f = page.folded
        result = ScanResult()
        blocked = self._blocked(page)
        claimed_until = -1
        # the passes after the numbers, only where the text holds what they look for
        numeric_re = self.numeric_re if self.numeric_re is not None and self.numeric_re.search(f) else None
        half = "半" in f
        doubling = "番" in f
        slash = "/" in f
        for sent_start, sent_end in page.sentences:
            first = len(result.mentions)
            for m in SCAN.finditer(f, sent_start, sent_end):
                start = m.start()
                if start < claimed_until or start in blocked:
                    continue  # inside a quoted label, URL or set phrase: no candidate
                if m.lastgroup == "date":
                    end = m.end()
                    # (what follows its digits, 年 月 日 号 - — 至 到, is never the "." the test reads)
                    if not _prefix_excluded(f, start, f[start - 1] if start > 0 else "", ""):
                        result.times.append(TimeMention(start, end, "date"))
                        claimed_until = max(claimed_until, end)
                    continue
                if numeric_re is not None and m.lastgroup == "cn" and numeric_re.match(f, start):
                    continue  # 超过一半: the word 一半 (50 %) is read below, not the numeral 一
                n_times = len(result.times)
                mention = self._candidate(page, m, start, sent_start, sent_end, result)
                if mention is None:
                    if len(result.times) > n_times:  # a date or time: skip past all of it
                        claimed_until = max(claimed_until, result.times[-1].end)
                    continue
                if not blocked.isdisjoint(range(start, mention.num_end if m.lastgroup != "frac" else start + 1)):
                    continue  # (a fraction's 之一 is no 之一 of a set phrase)
                result.mentions.append(mention)
                claimed_until = mention.end
            if numeric_re is None and not half and not doubling and not slash:
                continue
            taken = SpanSet((x.start, x.end) for x in result.mentions[first:])
            if numeric_re is not None:
                for m in numeric_re.finditer(f, sent_start, sent_end):
                    if not blocked.isdisjoint(range(m.start(), m.end())) or taken.overlaps(m.start(), m.end()):
                        continue
                    result.mentions.append(self._numeric_word(page, m))
            for m in _SLASH_FRACTION.finditer(f, sent_start, sent_end) if slash else ():
                if not blocked.isdisjoint(range(m.start(), m.end())) or taken.overlaps(m.start(), m.end()):
                    continue
                mention = self._slash_fraction(page, m)
                if mention is not None:
                    result.mentions.append(mention)
            for m in _HALF.finditer(f, sent_start, sent_end) if half else ():
                hit = self.unit_at(f, m.end())
                if hit is None or taken.overlaps(m.start(), m.end() + len(hit[0])) or hit[1].dimension in ("percent", "money"):
                    continue
                end = m.end() + len(hit[0])
                if not blocked.isdisjoint(range(m.start(), end)):
                    continue
                result.mentions.append(Mention(m.start(), end, Decimal("0.5"), unit=hit[1],
                                               unit_surface=page.text[m.end():end], dimension=hit[1].dimension,
                                               num_start=m.start(), num_end=m.end(), unit_start=m.end(),
                                               unit_end=end, chinese=True))
            for m in _NUMERAL_SPECIAL.finditer(f, sent_start, sent_end) if doubling else ():
                if taken.overlaps(m.start(), m.end()):
                    continue
                n = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}[m.group(1)]
                unit = self.units["倍"]
                result.mentions.append(
                    Mention(m.start(), m.end(), Decimal(2**n), unit=unit, unit_surface=None,
                            dimension="multiple", num_start=m.start(), num_end=m.end(),
                            unit_start=m.end(), unit_end=m.end(), chinese=True)
                )
        for m in _RATIO.finditer(f):  # (one pass a text: a ratio never spans a sentence's end)
            if blocked.isdisjoint(range(m.start(), m.end())):
                mention = self._ratio(page, m)
                if mention is not None:
                    result.mentions.append(mention)
        result.mentions.sort(key=lambda x: (x.start, x.end))
        result.mentions = _merge_neighbours(page.folded, _drop_overlaps(result.mentions))
        self._share_units(page, result.mentions)
        return result

    def _slash_fraction(self, page: Page, m: "re.Match[str]") -> Optional[Mention]:
        """占比近1/3: a share written with a slash, as percent; only after a word of share,
        bound or level (a date or a score written 3/5 is none)."""
        num, den = int(m.group(1)), int(m.group(2))
        if not 0 < num < den:
            return None
        value = parse_number(f"{den}分之{num}")
        if value is None:
            return None
        return self._written_whole(page, m, normalize(value * 100), self.units["%"])

    def _written_whole(self, page: Page, m: "re.Match[str]", value: Decimal, unit: Unit) -> Mention:
        """The amount ``m`` spans whole, its unit written in it (1/3 as percent, 7:3 in times),
        with the bound words around it."""
        mention = Mention(m.start(), m.end(), value, unit=unit, unit_surface=None, dimension=unit.dimension,
                          num_start=m.start(), num_end=m.end(), unit_start=m.end(), unit_end=m.end(), chinese=False)
        sent_start, sent_end = page.sentence_at(m.start())
        self._bounds(page, mention, sent_start, sent_end)
        self._finish(mention)
        return mention

    def _ratio(self, page: Page, m: "re.Match[str]") -> Optional[Mention]:
        """城乡收入比为1.98∶1, 生师比14.93:1, 负担比例为7:3: a ratio written with a colon is one
        amount, the first number over the second in times (spec: 5：1 → 5 times), when one side
        is 1 or 比 stands shortly before it; a clock time (9:30) is none (a score with a 1 in it,
        以2:1获胜, is read as a ratio: government texts hardly print scores)."""
        a_text, b_text = m.group(1), m.group(2)
        a, b = Decimal(a_text), Decimal(b_text)
        f = page.folded
        told = "比" in f[max(0, m.start() - 8):m.start()]
        if b == 0 or not (told or a == 1 or b == 1) or (b == 100 and a > 1) or f[m.start() - 1:m.start()] in ("图", "表"):
            return None  # 性别比为105.23:100 (the number per hundred), 图1:2011-2015年 (a figure's label)
        if not told and "." not in a_text + b_text and a <= 24 and len(b_text) == 2:
            return None  # 9:30, 1:10 with no 比 before: a time of day
        return self._written_whole(page, m, normalize(Decimal(format(a / b, ".9g"))), self.units["倍"])

    def _numeric_word(self, page: Page, m: "re.Match[str]") -> Mention:
        value, unit_key, bound = self.numeric_words[m.group()]
        unit = self.unit_by_key.get(unit_key)
        dim = unit.dimension if unit else "count"
        mention = Mention(m.start(), m.end(), value, None, None, bound, unit, None, dim,
                          m.start(), m.end(), m.end(), m.end(), chinese=True)
        sent_start, sent_end = page.sentence_at(m.start())
        self._bounds(page, mention, sent_start, sent_end)
        self._finish(mention)
        return mention

    def _blocked(self, page: Page) -> frozenset[int]:
        """The offsets of the characters in a URL, e-mail address, phone number, set phrase,
        short quoted label (“两癌”, 「光房」, not long quotations) or dateline."""
        f = page.folded
        patterns = [_PHONE, _QUOTED_LABEL]
        if "http" in f or "www." in f or "@" in f:  # what each _URL alternative needs
            patterns.append(_URL)
        out = {i for p in patterns for m in p.finditer(f) for i in range(*m.span())}
        out.update(self._datelines(page))
        if self.nonclaim_re is not None:  # not a set phrase inside a numeral: 五万一千元 (万一)
            out.update(i for m in self.nonclaim_re.finditer(f) if not _inside_numeral(f, m.start()) for i in range(*m.span()))
        return frozenset(out)

    def _datelines(self, page: Page) -> list[int]:
        """The offsets of a dateline that opens a line (新华社乌鲁木齐1月3日电(记者李志浩), 本报讯):
        no amount and no subject."""
        f, out = page.folded, []
        for line in page.lines:
            a = line.start
            while a < line.end and f[a] in " \t\u3000":
                a += 1
            for pattern in self.leads:
                m = pattern.match(f, a, line.end)
                if m is not None:
                    out.extend(range(a, m.end()))
                    break
        return out

    # ------------------------------------------------------------------ one candidate
    def _candidate(
        self, page: Page, m: "re.Match[str]", start: int, sent_start: int, sent_end: int, result: ScanResult
    ) -> Optional[Mention]:
        f = page.folded
        kind = m.lastgroup
        if kind == "frac":
            return self._fraction(page, m)
        chinese = kind == "cn"
        if not chinese and f.startswith("0", start) and f[start + 1:start + 2].isdigit() \
                and not (f[m.end():m.end() + 1] in _DATE_UNITS and (m.end() - start >= 4 or not f.startswith("年", m.end()))):
            return None  # 0728豪雨, 編號05, 00年: written with a leading zero, a code or a short year (05月 goes on to be a date)
        # choose where the number ends: a multiplier may yield to a unit that starts with it
        num_end, unit_hit = self._split_number(f, start, m.end(), chinese)
        num_text = f[start:num_end]
        # 余/多 between the number and its multiplier or unit: 500余万, 40余个, 3.6亿多只
        bound_inner = None
        pos = num_end
        if pos < sent_end and f[pos] in "余多":
            k = pos + 1
            while k < sent_end and f[k] in _MULT_ALL:
                k += 1
            unit_after = self.unit_at(f, k)
            if k > pos + 1 or unit_after is not None or not (k < sent_end and _is_cjk(f[k])):
                bound_inner = "more_than"
                mult_text = f[pos + 1 : k]
                num_text_full = num_text + mult_text
                pos = k
                unit_hit = unit_after
            else:
                num_text_full = num_text
        else:
            num_text_full = num_text
        value = self._value(num_text_full, chinese)
        if value is None and unit_hit is not None and unit_hit[0] == "折" and chinese and len(num_text) == 2 \
                and all(c in DIGITS and DIGITS[c] for c in num_text):
            value = Decimal(DIGITS[num_text[0]] * 10 + DIGITS[num_text[1]])  # 五五折 = 55 %
        if value is None:
            rng = self._two_digit_range(num_text, chinese)
            if rng is None:
                return None
        before_space = pos
        if unit_hit is None and not bound_inner and f[pos:pos + 1] == " ":
            spaced = _SPACED_UNIT.match(f, pos)
            if spaced:
                hit = self.unit_at(f, spaced.end())
                big = spaced.group(1) and spaced.group(1)[-1] in "万亿"
                if (hit is not None and (spaced.group(1) or hit[1].dimension != "count" or "," in num_text_full
                                         or (len(spaced.group()) == 1 and not _grouped_tail(f, start)))) or big:
                    scaled = self._value(num_text_full + spaced.group(1), chinese) if spaced.group(1) else value
                    if scaled is not None:
                        value, num_text_full, unit_hit = scaled, num_text_full + spaced.group(1), hit
                        pos = spaced.end() if hit is not None else spaced.end(1)
        half = False
        if unit_hit is not None and unit_hit[0] == "个":
            if f[pos + 1:pos + 2] in ("亿", "万") and value is not None and not self._size_class(f, pos + 2):
                value = value * (10**8 if f[pos + 1] == "亿" else 10**4)  # 两个亿 (spoken) = 2亿
                num_text_full += f[pos + 1]
                pos += 2
                unit_hit = self.unit_at(f, pos)
            if unit_hit is not None and unit_hit[0] == "个":
                measure = self.unit_at(f, pos + 1)
                if measure is not None and measure[1].dimension in ("volume", "length", "mass", "area", "money") and \
                        not measure[0].startswith("半") and not self._word_start(f, pos + 1, measure[0]):
                    unit_hit = (f[pos:pos + 1 + len(measure[0])], measure[1])  # 六个加仑
                elif f.startswith("半", pos + 1):
                    after_half = self.unit_at(f, pos + 2) or (
                        ("月", self.units["个月"]) if f.startswith("月", pos + 2) else None)
                    if after_half is not None and after_half[1].dimension != "count":
                        half = True  # 一个半小时, 两个半月
                        unit_hit = (f[pos:pos + 2 + len(after_half[0])], after_half[1])
        if unit_hit is None and value is not None and f.startswith("月", pos) and value != value.to_integral_value():
            unit_hit = ("月", self.units["个月"])  # 平均輪候6.6月: months with a fraction are a duration, no date
        if unit_hit is None and not bound_inner and not chinese and self._dead_end(f, start, pos, num_text_full):
            return None  # a bare number with nothing around it that could make it an amount
        if not chinese and self._glued(f, pos, unit_hit):
            unit_hit = None
            if num_text_full == f[start:before_space]:
                pos = before_space  # 增加 8,000 人居第三: no unit after the space, and the space is not the amount's
        # exclusions that look at the context
        if self._excluded(page, start, num_end, pos, chinese, num_text, value, unit_hit, result):
            return None
        if value is None:
            # 两三个: a range read from adjacent digits
            low, high = self._two_digit_range(num_text, chinese)  # type: ignore[misc]
            if unit_hit is None:
                return None
            us, unit = unit_hit
            return Mention(start, pos + len(us), None, low, high, "range", unit, page.text[pos:pos + len(us)],
                           unit.dimension, start, num_end, pos, pos + len(us), chinese=True)
        unit: Optional[Unit] = None
        unit_surface = None
        unit_start = unit_end = pos
        if unit_hit is not None:
            us, unit = unit_hit
            unit_start, unit_end = pos, pos + len(us)
            unit_surface = page.text[unit_start:unit_end]
            alt = _ALT_CLASSIFIER.match(f, unit_end) if f[unit_end:unit_end + 1] in ("(", "（") else None
            if alt and unit.dimension == "count" and alt.group(1) in self.units:
                unit_end = alt.end()
                if alt.group(1) == "次" and unit_surface + "次" in self.units:
                    unit = self.units[unit_surface + "次"]  # 16.19万人(次): person-times
            if unit.key == "CNY" and unit_surface in ("元", "圆"):
                other = self.unit_at(f, unit_end)
                if other is not None and other[1].dimension == "money" and other[1].key != "CNY":
                    unit, unit_end = other[1], unit_end + len(other[0])  # 三万元欧元
            per = self._per_unit(f, unit_end, unit)
            if per is not None:
                unit, unit_end = per
                unit_surface = page.text[unit_start:unit_end]
        mention = Mention(
            start, unit_end, value, bound="exact", unit=unit, unit_surface=unit_surface,
            dimension=unit.dimension if unit else "count", num_start=start, num_end=num_end,
            unit_start=unit_start, unit_end=unit_end, chinese=chinese,
            multiplier=(not chinese and not _MULT_SET.isdisjoint(num_text_full)) or not _BIG_SET.isdisjoint(num_text_full),
        )
        if half and mention.value is not None:
            mention.value += Decimal("0.5")
        self._apply_scale(mention, f)
        if bound_inner:
            mention.bound = bound_inner
        if mention.start > 0 and f[mention.start - 1] in self.prefix_last:
            self._currency_prefix(page, mention)
            self._negative(page, mention)
        self._bounds(page, mention, sent_start, sent_end)
        if self._range(page, mention, sent_end):
            return None
        if mention.unit is not None and mention.unit.key == "km" and \
                _SPEED_BEFORE.search(f, max(sent_start, mention.start - 8), mention.start):
            mention.unit = self.units["公里/小时"]  # 设计时速350公里: a speed
            mention.dimension = "speed"
        self._finish(mention)
        if mention.unit is None and not self._bare_ok(page, mention, sent_end):
            return None
        if mention.unit is None and mention.multiplier and self._money_context(page, mention):
            mention.unit = self.units["元"]
            mention.dimension = "money"
        return mention

    def _size_class(self, f: str, pos: int) -> bool:
        """4个万亩梯田示范点, 3个万人小区: a measure after 万 makes 万亩 a size class and 个
        counts; the spoken 两个亿 (元) is 2亿."""
        hit = self.unit_at(f, pos)
        return hit is not None and hit[1].dimension != "money"

    def _money_context(self, page: Page, mention: Mention) -> bool:
        """133億 with 撥款 or 资金 in its clause is money with 元 left out."""
        a, b = page.clause_at(mention.start)
        clause = page.folded[max(a, mention.start - 40):min(b, mention.end + 40)]
        return any(w in clause for w in self.res.cues.get("money_context", ()))

    def _split_number(self, f: str, start: int, end: int, chinese: bool):
        """Where the number ends and which unit follows (see module doc, rule 2)."""
        last = f[end - 1]
        if last in _MULT_SET and end - 1 > start:
            # candidate ends: every point after which only multipliers remain, shortest
            # number first (for Arabic runs the digits must stay: never cut into them)
            k = end - 1
            while k - 1 > start and f[k - 1] in _MULT_SET:
                k -= 1
            for e in range(k, end):
                hit = self.unit_at(f, e)
                if hit is not None and e + len(hit[0]) > end and self._value(f[start:e], chinese) is not None:
                    return e, hit
        elif last == "两" and chinese and end - start >= 2 and f[end - 2] in _MULT_ALL + _CN_DIGITS \
                and self._value(f[start:end - 1], True) is not None and (
                    f[end - 2] in _MULT_ALL or self._value(f[start:end], True) is None):
            return end - 1, self.unit_at(f, end - 1)  # 二两, 两万两: 两 is the unit liang
        hit = self.unit_at(f, end)
        if hit is None and f.startswith("级", end) and _WIND_BEFORE.search(f, max(0, start - 8), start):
            return end, ("级", self.wind_level)  # 西北风3~4级, 阵风7级以上
        return end, hit

    def _per_unit(self, f: str, pos: int, unit: Unit) -> Optional[tuple[Unit, int]]:
        """A rate written unit/unit or unit每unit: 公斤/公顷 → kg/ha, 万吨/日 → t/d."""
        m = _PER.match(f, pos) if f[pos:pos + 1] in ("/", "每") or f.startswith(" / ", pos) else None
        if not m:
            return None
        period = "小时" if f.startswith("小时", m.end()) else f[m.end():m.end() + 1]
        if unit.dimension == "money" and period in ("月", "年", "日", "天", "小时") and not f.startswith(("月份", "年度"), m.end()):
            # 2175元/月, 23.7元/小时: money per period, a rate
            end = m.end() + len(period)
            return Unit(f[pos - len(unit.surface):end], unit.key + _PERIOD_KEYS[period], "other", None, None), end
        scale = _PER_SCALE.get(f[m.end():m.end() + 1], "") if f[m.end():m.end() + 1] != "/" else ""
        hit = self.unit_at(f, m.end() + bool(scale))
        if hit is None or hit[1].dimension not in ("area", "duration", "mass", "volume", "length", "count"):
            return None
        if unit.dimension == "count" and unit.key not in self.res.units and (hit[1].dimension != "duration" or scale):
            return None  # 4000万人/年: a classifier only per a period
        end = m.end() + bool(scale) + len(hit[0])
        and_period = _PER_PERIOD.match(f, end) if hit[1].key in ("人", "户") else None
        if f.startswith("/", end) and and_period is None:
            return None  # 元/吨/公里: no rate of a rate (6188元/人/年 is per person and year)
        per_key = f"{unit.key}/{scale}{_PER_KEYS.get(hit[1].key, hit[1].key)}"
        if and_period:  # 540.6元/人·月: a rate per person and month
            per_key += _PERIOD_KEYS[and_period.group(1)]
            end = and_period.end()
        known = self.unit_by_key.get(per_key)
        # a rate is dimension other (claims.md: rates 万吨/日 → t/d), money per unit included
        dim = known.dimension if known else "other"
        return Unit(f[pos - len(unit.surface):end], per_key, dim, None, None), end

    @staticmethod
    def _value(num_text: str, chinese: bool) -> Optional[Decimal]:
        if not num_text:
            return None
        if num_text[-1] in "点.":
            return None
        return parse_number(num_text)

    @staticmethod
    def _two_digit_range(num_text: str, chinese: bool):
        """两三, 三四, 七八, 三五: a vague range of two adjacent digits."""
        if not chinese or len(num_text) < 2:
            return None
        a, b, mult = num_text[0], num_text[1], num_text[2:]
        if a in DIGITS and b in DIGITS and all(c in _MULT_ALL for c in mult):
            x, y = DIGITS[a], DIGITS[b]
            if x and y and (y == x + 1 or (x, y) == (3, 5)):
                scale = parse_number("一" + mult) if mult else Decimal(1)
                if scale is not None:
                    return Decimal(x) * scale, Decimal(y) * scale  # 八九亿: 8亿 to 9亿
        return None

    def _fraction(self, page: Page, m: "re.Match[str]") -> Optional[Mention]:
        f = page.folded
        text = m.group()
        value = parse_number(text)
        end = m.end()
        while value is None and len(text) > text.find("分之") + 3 and text[-1] in _MULT_ALL:
            text, end = text[:-1], end - 1  # 百分之七十百分位: the numerator is 七十
            value = parse_number(text)
        if value is None:
            return None
        den_text = text.partition("分之")[0]
        if den_text == "千":
            key = "permille"
            value = normalize(value * 1000)
        else:
            key = "%"
            value = normalize(value * 100)
        unit = self.units.get("‰" if key == "permille" else "%")
        measure = self.unit_at(f, end)
        if measure is not None and measure[1].dimension not in ("count", "percent", "percentage_point"):
            fraction = parse_number(text)
            mention = Mention(m.start(), end + len(measure[0]), fraction, unit=measure[1],
                              unit_surface=page.text[end:end + len(measure[0])], dimension=measure[1].dimension,
                              num_start=m.start(), num_end=end, unit_start=end, unit_end=end + len(measure[0]),
                              chinese=True)  # 四分之一公升 = 0.25 L
            self._finish(mention)
            return mention
        mention = Mention(m.start(), end, value, unit=unit, unit_surface=None, dimension="percent",
                          num_start=m.start(), num_end=end, unit_start=end, unit_end=end,
                          chinese=True)
        sent_start, sent_end = page.sentence_at(m.start())
        self._bounds(page, mention, sent_start, sent_end)
        self._range(page, mention, sent_end)
        self._finish(mention)
        return mention

    def _apply_scale(self, mention: Mention, f: str) -> None:
        """成 and 折 read as percent; ‰ as permille; 个百分点 etc. come from the unit table."""
        if mention.unit is None or mention.value is None:
            return
        key = mention.unit.surface
        if mention.unit.key == "kWh" and key == "度" or mention.unit.key == "degC" and key in ("°", "度"):
            scale = _TEMPERATURE_BEFORE.search(f, max(0, mention.start - 8), mention.start)
            if scale is None and key == "度" and self._forecast_words(f, mention.start):
                mention.unit, mention.dimension = self.unit_by_key["degC"], "temperature"  # 多云,西风3~4级,14~5度
            elif scale:
                fahrenheit = "华氏" in scale.group()
                mention.unit = self.unit_by_key["degF" if fahrenheit else "degC"]
                mention.dimension = "temperature"
                if scale.end() == mention.start and scale.group().startswith(("摄氏", "华氏")):
                    mention.start = scale.start()
            elif key == "°":
                mention.unit = self.unit_by_key["degC"]
                mention.dimension = "temperature"
        if key in ("成", "折"):
            two_digit = key == "折" and 10 <= mention.value < 100
            mention.value = normalize(mention.value if two_digit else mention.value * 10)
            mention.unit = self.units["%"]
            mention.dimension = "percent"
            if f.startswith("半", mention.end):  # 三成半 = 35 %
                mention.value += 5
                mention.end += 1
                mention.unit_end += 1
            elif key == "成":
                self._tenth_tail(mention, f)
        elif mention.unit.dimension == "money" and mention.unit.factor not in (None, Decimal(1)) \
                and "/" not in mention.unit.key:
            mention.value = normalize(mention.value * mention.unit.factor)  # 五毛 = 0.5元
            mention.unit = self.unit_by_key.get(mention.unit.key, mention.unit)
        elif f.startswith("半", mention.end) and mention.unit.dimension in ("length", "mass", "volume", "duration", "area"):
            mention.value += Decimal("0.5")  # 两米半 = 2.5 m
            mention.end += 1
            mention.unit_end += 1
        if mention.dimension == "money":
            self._money_tail(mention, f)
        self._spoken_tail(mention, f)

    @staticmethod
    def _tenth_tail(mention: Mention, f: str) -> None:
        """较去年同期增加一成三 = 13 %, 近一成二 = 12 %, 滿意度9成8 = 98 %: one digit after 成
        that ends the amount (before punctuation, 左右, 以上, 多 or 的, not 一成三百 or 9成85)."""
        e = mention.end
        digit = _ONE_DIGIT.get(f[e:e + 1])
        nxt = f[e + 1:e + 2]
        if digit is None or (nxt and _is_cjk(nxt) and nxt not in "左以多的") or nxt.isdigit() or nxt == "%" \
                or (nxt == "." and f[e + 2:e + 3].isdigit()):
            return  # (按年上升兩成九. : a full stop, not a decimal point)
        mention.value += digit
        mention.end += 1
        mention.unit_end += 1

    def _spoken_tail(self, mention: Mention, f: str) -> None:
        """一块二 = 1.2元, 三块零四 = 3.04元, 两毛五 = 0.25元, 三米九 = 3.9米, 3斤5两 = 3.5斤."""
        last = f[mention.end - 1:mention.end]
        step = _SPOKEN_NEXT.get(last if last in ("毛", "角") else (mention.unit_surface or ""))
        if step is None or mention.value is None or mention.end != mention.unit_end:
            return
        if mention.unit_surface == "斤":
            two = _LIANG_AFTER_JIN.match(f[mention.end:mention.end + 2])
            if two:
                mention.value = normalize(mention.value + parse_number(two.group(1)) * step)
                mention.end = mention.unit_end = mention.end + 2
            return
        m = _SPOKEN_TAIL.match(f, mention.end)
        if not m:
            return
        skip = m.group("skip") or m.group("skip2")
        digit = parse_number(skip or m.group("next") or m.group("next2"))
        if digit is None:
            return
        factor = step / 10 if skip else step
        mention.value = normalize(mention.value + digit * factor)
        mention.end = mention.unit_end = m.end()

    def _money_tail(self, mention: Mention, f: str) -> None:
        """五元三毛, 壹拾壹元壹角壹分, 壹佰万元整: 角/毛/分 after 元, and 整/正."""
        if mention.unit is None or mention.unit.key not in ("CNY",) or mention.value is None:
            return
        m = _MONEY_TAIL.match(f, mention.end)
        if not m or m.end() == mention.end:
            return
        extra = Decimal(0)
        for group, factor in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
            if m.group(group):
                v = parse_number(m.group(group))
                if v is None:
                    return
                extra += v * factor
        mention.value = normalize(mention.value + extra)
        mention.end = m.end()
        mention.unit_end = m.end()

    def _negative(self, page: Page, mention: Mention) -> None:
        f = page.folded
        s = mention.start
        if s == 0 or f[s - 1] not in _SIGN_LAST:
            return
        for sign in _SIGNS:
            b = s - len(sign)
            if b >= 0 and f.startswith(sign, b):
                if sign in ("-", "−") and b > 0 and ((f[b - 1].isascii() and f[b - 1].isalnum()) or f[b - 1] in "%)）"
                                                      or (self.unit_at(f, b - 1) is not None
                                                          and any(c.isdigit() or c in CHINESE_NUMERAL_CHARS
                                                                  for c in f[max(0, b - 5):b - 1]))):
                    return  # 1-7, 10%-15%, 3吨-5吨: a range, not a sign (涨幅-0.9%: 幅 ends no amount)
                if mention.value is not None:
                    mention.value = -mention.value
                mention.start = b
                return

    def _currency_prefix(self, page: Page, mention: Mention) -> None:
        f = page.folded
        s = mention.start
        if s > 0 and f[s - 1] == " ":
            s -= 1
        if s == 0 or f[s - 1] not in self.currency_last_chars:
            return
        for word, key in self.res.currency_prefixes:
            if f.startswith(word, s - len(word)) and s - len(word) >= 0:
                if mention.unit is None or mention.unit.dimension == "money":
                    unit = self.units.get(key) or Unit(word, key, "money", Decimal(1), key)
                    if mention.unit is None or mention.unit.key == "CNY":
                        mention.unit = Unit(unit.surface, unit.key, "money", Decimal(1), unit.key)
                        mention.dimension = "money"
                        if mention.unit_surface is None or mention.unit_surface in ("元", "圆"):
                            mention.unit_surface = page.text[s - len(word): s] if mention.unit_surface is None else mention.unit_surface
                        mention.start = s - len(word)
                return

    def _bound_word_before(self, f: str, s: int, sent_start: int):
        """(start, bound, bridged) of the bound word that ends at ``s`` (约, 不少于), else None."""
        for n in range(min(self.max_before, s - sent_start), 0, -1):
            w = f[s - n : s]
            if w in self.before:
                if n == 1 and w in ("近", "超", "逾") and s - 2 >= sent_start and _joins_word(f, s - 2, w):
                    continue
                if s - n > sent_start and self.word_check is not None and self.word_check(f, s - n, s, s, 2):
                    continue  # 最大约: 大 belongs to 最大, the bound word is 约
                return s - n, self.before[w], False
        return None

    def _bounds(self, page: Page, mention: Mention, sent_start: int, sent_end: int) -> None:
        f = page.folded
        # before: directly touching, or across one bridge word (最高达, 约降)
        s = mention.start
        best = None
        prev = f[s - 1] if s > sent_start else ""
        if prev == " " and s - 2 >= sent_start and f[s - 2] in "<>=≤≥":
            sign = _SIGN_BEFORE.search(f, max(sent_start, s - 6), s - 1)
            if sign and sign.group().replace(" ", "") in self.before:
                best = (sign.start(), self.before[sign.group().replace(" ", "")], False)
        if best is None and prev in self.before_last:
            best = self._bound_word_before(f, s, sent_start)
        elif best is None and prev == " " and s - 2 >= sent_start and f[s - 2] in self.before_last:
            best = self._bound_word_before(f, s - 1, sent_start)  # 約 3,300 公頃, 不少於 72,000 個
        if best is None:
            for br in self.bridges_by_last.get(prev, ()):
                b0 = s - len(br)
                if b0 > sent_start and f.startswith(br, b0):
                    for n in range(min(self.max_before, b0 - sent_start), 0, -1):
                        w = f[b0 - n : b0]
                        if w in self.before:
                            best = (b0 - n, self.before[w], True)
                            break
                    if best:
                        break
        if best is None and prev == "的" and mention.dimension in ("percent", None):
            share = self.bound_share.search(f, max(sent_start, s - 30), s)
            if share:
                best = (share.start(), self.before[share.group("bound")], True)
        # after: 以上, 左右 … following the unit
        e = mention.end
        after = None
        nxt = f[e] if e < sent_end else ""
        gap = 1 if nxt == " " and e + 1 < sent_end and f[e + 1] in self.after_first else 0
        if (f[e + 1] if gap else nxt) in self.after_first_all:
            for n in range(min(self.max_after, sent_end - e - gap), 0, -1):
                w = f[e + gap : e + gap + n]
                if w in self.after and w not in ("余", "多"):
                    c = f[e + n] if e + n < sent_end else ""
                    if w in ("上下", "前后") and c and _is_cjk(c) and c not in "的":
                        continue
                    after = (e + gap + n, self.after[w])
                    break
        if nxt and nxt in "余多":
            # 3年多, 1公里余: only when nothing wordlike follows
            c = f[e + 1] if e + 1 < sent_end else ""
            if mention.unit is not None:
                if after is None and (not c or not _is_cjk(c) or c in "的"):
                    after = (e + 1, "more_than")
            elif mention.bound == "exact" and (not c or not _is_cjk(c) or c in "的万亿"):
                after = (e + 1, "more_than")
        if best is None and after is None:
            cmp_ = self._comparison(f, s, e, sent_start, sent_end)
            if cmp_ is not None:
                best, after = (cmp_[0], cmp_[2], False), (cmp_[1], cmp_[2])
        if best is not None and after is not None and best[2]:
            best = None  # 最低降至1000元左右: the adjacent word speaks
        if best is not None:
            b_start, bound, bridged = best
            if not bridged:
                mention.start = b_start
            mention.bridged = bridged
            if mention.bound == "exact" or bound == mention.bound:
                mention.bound = bound
        if after is not None:
            a_end, bound = after
            mention.end = a_end
            if mention.bound == "exact" or best is None or best[2]:
                mention.bound = bound

    @staticmethod
    def _comparison(f: str, s: int, e: int, lo: int, hi: int):
        """比三十大 (more than 30), 比 170 低 (less than 170): (start, end, bound) or None."""
        b = s - 1
        if b > lo and f[b] == " ":
            b -= 1
        if b < lo or f[b] != "比":
            return None
        a = e + 1 if e < hi and f[e] == " " else e
        if a < hi and f[a] in "大高多":
            return b, a + 1, "more_than"
        if a < hi and f[a] in "小低少":
            return b, a + 1, "less_than"
        return None

    def _range(self, page: Page, mention: Mention, sent_end: int) -> bool:
        """3至5年, 10%-15%, 1万-2万元, 800-1000亿千瓦时, 2折至7折; True when the range is a
        range of labels (七至九年级), which is no amount."""
        f = page.folded
        e = mention.end if mention.bound == "exact" else mention.unit_end
        if mention.bound not in ("exact", "approx") and not mention.bridged:
            return False
        if e >= sent_end or not (f[e] in _RANGE_NEXT or f[e].isspace()):
            return False  # no range can start here
        inclusive = _INCLUSIVE.match(f, e, sent_end) if _may_start(f, e, sent_end, "(（") else None
        if inclusive:
            e = inclusive.end()  # 1万(含)-5万元
        m = _RANGE_SEP.match(f, e, sent_end) if _may_start(f, e, sent_end, _RANGE_FIRST) else None
        between_end = None
        if not m:
            m = _BETWEEN.match(f, e, sent_end) if _may_start(f, e, sent_end, "与和及至到") else None  # 10000与20000之间
            n_end = NUMBER.match(f, m.end(), sent_end) if m else None
            if not (m and n_end):
                return False
            between_end = _BETWEEN_END.match(f, self._end_of(f, n_end)) or _BETWEEN_END.match(f, n_end.end())
            if not between_end:
                return False
        change_before = m.group().strip() in ("至", "到") and _CHANGE_BEFORE.search(f[max(0, mention.start - 4):mention.start])
        n2 = NUMBER.match(f, m.end(), sent_end)
        if not n2 or n2.lastgroup == "frac":
            return False
        chinese2 = n2.lastgroup == "cn"
        end2, hit2 = self._split_number(f, n2.start(), n2.end(), chinese2)
        num2 = f[n2.start():end2]
        if hit2 is None and f[end2:end2 + 1] == " ":
            spaced = _SPACED_UNIT.match(f, end2)  # 5 万元
            if spaced and self.unit_at(f, spaced.end()) is not None:
                num2, hit2, end2 = num2 + spaced.group(1), self.unit_at(f, spaced.end()), spaced.end()
        if between_end is not None and hit2 is not None and hit2[0] == "间" and between_end.start() <= end2:
            hit2 = None  # 10000与20000间: 间 ends the range, it counts nothing
        if self._label_at(f, end2, hit2):
            return True  # 七至九年级, 3至5号线
        v2 = self._value(num2, chinese2)
        if v2 is None:
            return False
        low = mention.value
        assert low is not None
        if hit2 is None and mention.unit is None and m.group().strip() not in ("到", "至", "与", "和", "及") \
                and not self._index_value(f, mention.start):
            return False  # 1-2 without a unit may be anything; 一千到一千五百 is a range, so is 指数范围为2.39~3.43
        if hit2 is not None and mention.unit is not None and hit2[1].key != mention.unit.key:
            return False
        # 800-1000亿: the second number's multiplier applies to the first when it has none
        mult2 = num2
        first = f[mention.num_start:mention.num_end]
        if mention.chinese or chinese2:
            # 十八至三十万: 万 applies to both ends; 两到三仟: a bare digit takes the whole multiplier
            if not any(c in _MULT_ALL for c in first):
                tail = mult2[len(mult2.rstrip(_MULT_ALL)):]
            elif not any(c in BIG_UNITS for c in first):
                tail = mult2[len(mult2.rstrip("万亿")):]
            else:
                tail = ""
            scaled = parse_number(first + tail) if tail else None
            if scaled is not None and scaled <= v2:
                low = scaled  # 两到三万: 两万 to 三万
        elif not any(c in _MULT_ALL for c in first) and any(c in _MULT_ALL for c in mult2):
            tail = mult2.lstrip("0123456789.,")
            scaled = parse_number(first + tail)
            if scaled is not None and scaled <= v2:
                low = scaled
        if hit2 is not None and hit2[0] in ("成", "折"):
            v2 = v2 * 10
        if low > v2 and hit2 is not None and self._forecast_range(f, mention.start, hit2):
            low, v2 = v2, low  # 14~5度: a day's highest, then its lowest
        if low >= v2:
            return False
        if change_before and v2 >= 2 * low:
            return False  # 增加4000张至16000张: by 4000, to 16000 (新增5万至6万户 is a range)
        unit_end = end2 + (len(hit2[0]) if hit2 else 0)
        if hit2 is not None and mention.unit is None:
            us, unit = hit2
            mention.unit = unit if us not in ("成", "折") else self.units["%"]
            if us == "度" and self._forecast_range(f, mention.start, hit2):
                mention.unit = self.unit_by_key["degC"]  # 多云,西风3~4级,14~5度
            mention.unit_surface = page.text[end2:unit_end]
            mention.dimension = mention.unit.dimension
        mention.low, mention.high, mention.value = normalize(low), normalize(v2), None
        mention.bound = "range"
        if m.group().strip() in ("到", "至") and mention.start > 0 and f[mention.start - 1] in "从由":
            mention.start -= 1  # 从8500到3万港元
        mention.end = unit_end
        mention.unit_end = unit_end
        return False

    def _forecast_range(self, f: str, start: int, hit) -> bool:
        """25℃~18℃, or 14~5度 after 多云,西风3~4级: a day's temperatures, written high to low."""
        return hit[1].dimension == "temperature" or (hit[0] == "度" and self._forecast_words(f, start))

    def _forecast_words(self, f: str, start: int) -> bool:
        """A forecast's words (cues.tsv forecast_word) or a wind force in the 16 characters
        before ``start`` (阵雨转多云,西风3~4级,14~5度)."""
        a = max(0, start - 16)
        return (self.forecast_re is not None and self.forecast_re.search(f, a, start) is not None) \
            or _WIND_DIGIT.search(f, a, start) is not None

    def _end_of(self, f: str, n: "re.Match[str]") -> int:
        end, hit = self._split_number(f, n.start(), n.end(), n.lastgroup == "cn")
        return end + (len(hit[0]) if hit else 0)

    def _finish(self, mention: Mention) -> None:
        v = mention.value
        if mention.bound in ("at_least", "more_than") and v is not None:
            mention.low = v
        elif mention.bound in ("at_most", "less_than") and v is not None:
            mention.high = v

    # ------------------------------------------------------------------ exclusions
    def _excluded(self, page: Page, start: int, num_end: int, pos: int, chinese: bool, num_text: str,
                  value: Optional[Decimal], unit_hit, result: ScanResult) -> bool:
        f = page.folded
        n = len(f)
        prev = f[start - 1] if start > 0 else ""
        nxt = f[pos] if pos < n else ""
        unit_s = unit_hit[0] if unit_hit else ""
        if prev == "第" and nxt == "季" and value is not None and 1 <= value <= 4:
            _add_quarter(result.times, start - 1, pos + (2 if f.startswith("季度", pos) else 1))
            return True  # 2023年第3季: a quarter (an ordinal, but a time)
        if _prefix_excluded(f, start, prev, nxt):
            return True
        if nxt.isascii():
            if nxt in _ASCII_LETTERS and not (unit_hit and unit_s[0].isascii()):
                return True
            if nxt and nxt in "._/" and pos + 1 < n and f[pos + 1].isalnum() and not unit_hit:
                pair = _YEAR_PAIR.match(f, start) if nxt == "/" else None
                if pair:  # 2010/2011學年, 2023/24年度: a school or fiscal year
                    result.times.append(TimeMention(start, pair.end(), "date"))
                return True
        if prev and prev in "前后" and unit_s in ("名", "位"):
            return True  # 前三名
        if unit_s == "两" and f[pos + 1:pos + 2] in self.res.classifiers:
            return True  # 体育场地2两个分区: 两 counts the 个 after it, no liang
        if unit_s == "升" and _RISE_FALL.match(f, pos + 1):
            return True  # 5升9降: five rose and nine fell, no litres
        if unit_s == "个月" and (((prev == "前" or prev == "首") and f[start - 2:start] != "提前") or prev == "止"
                                or f.startswith("期间", pos + 2) or f[start - 2:start] == "过去"):
            back = 2 if f[start - 2:start] == "过去" else int(prev in "前首止")
            result.times.append(TimeMention(start - back, pos + len(unit_s), "span"))
            return True  # 2023年前11个月, 首7個月, 过去12个月, 截至6月30日止6個月, 三個月期間: months of a period (提前3个月 is an amount)
        if chinese and num_text == "一" and prev and prev in "这那哪某该本此其首头":
            return True  # 这一天, 那一年: a demonstrative, not an amount
        # dates and clock times (only a few characters can follow one)
        if nxt and (nxt in _DATE_NEXT or nxt.isspace()) \
                and self._date_or_time(page, start, num_end, pos, chinese, num_text, value, unit_s, result):
            return True
        # section numbers: 1．  2、  (一), not an amount in brackets (广东省(74.1萬))
        if (prev and nxt and prev in "(（" and nxt in ")）" and (chinese or num_text.isdigit())) or (
                nxt and nxt in "．.、" and _line_start(f, start) and not unit_hit):
            return True
        if self._label_at(f, pos, unit_hit):
            return True
        if prev == "·" and not unit_hit and value is not None and value <= 31 and _MONTH_DOT.search(f, max(0, start - 3), start):
            return True  # 有效应对3·5上城疫情, 10·8钱塘疫情: an event named by its month and day
        # long bare digit strings are identifiers
        if not chinese and not unit_hit and num_text.isdigit() and len(num_text) >= 7:
            return True
        # Chinese numerals: the indefinite 一 + classifier (一个贫困家庭), no unit, or idioms
        if chinese:
            if num_text in ("一", "壹") and unit_hit and not unit_s.startswith("个半") and (
                    unit_hit[1].dimension == "count" or (unit_hit[1].dimension == "duration" and prev and prev in "键要新的")):
                return True  # 一个贫困家庭, 关键一年: indefinite, not an amount
            if num_text == "一" and unit_hit and prev and prev in "元块钱":
                result.aside.append((start, pos + len(unit_s)))
                return True  # 收购价是2元一斤: the unit a price is for, not an amount
            if unit_s == "折" and num_text in ("十", "拾"):
                return True  # 十折 is the full price, no discount
            if not unit_hit and all(c in _MULT_ALL for c in num_text) and not (
                    any(c in "万亿" for c in num_text) and self._bounded(f, start, pos)):
                return True  # 百万学位建设计划: a size word, not an amount (收入超百亿 is one)
            if unit_s == "次" and _SESSION.match(f[pos + 1:pos + 6]):
                return True  # 七届人大六次会议: a session label
            if not unit_hit and not any(c in BIG_UNITS for c in f[start:pos]) and not self._bounded(f, start, pos):
                return True
            if self.word_check is not None and len(num_text) <= 2 and not self._comparison(
                    f, start, pos, max(0, start - 3), min(n, pos + 3)):
                end = pos + len(unit_s)
                if f.startswith("半", end) and unit_s != "成":
                    end += 1  # 一吨半 (九成半個案: jieba's 半個 is no word across 九成)
                if self.word_check(f, start, end, min(n, end + 4)) and self._crosses_past_bound(f, start, end):
                    return True
        return False

    def _crosses_past_bound(self, f: str, start: int, end: int) -> bool:
        """A word crosses the numeral even with the bound word right before it: 近千人 and
        超过八成 are words to jieba, the bound word's and not an idiom's."""
        bound = self._bound_word_before(f, start, 0)
        return bound is None or self.word_check(f, bound[0], end, min(len(f), end + 4))

    def _label_at(self, f: str, pos: int, unit_hit) -> bool:
        """A label word starts at ``pos``, right after a number: 3期, 2018届, 7号线, 20世纪;
        one that begins with the unit read there overrides it (100周年 is no 100 weeks, 3人制
        no 3 people); not when 于 follows (…高于: a comparison)."""
        unit_s = unit_hit[0] if unit_hit else ""
        for w in (self.labels_over_unit if unit_hit else self.labels_by_first).get(f[pos:pos + 1], ()):
            if len(w) > len(unit_s) and f.startswith(w, pos) and not f.startswith(w + "于", pos):
                return True
        return False

    def _word_start(self, f: str, pos: int, unit: str) -> bool:
        """10个方面: a one-character measure after 个 that is the first character of a word."""
        return len(unit) == 1 and self.word_check is not None and self.word_check(f, pos, pos + 1, min(len(f), pos + 5), 0)

    def _glued(self, f: str, pos: int, unit_hit) -> bool:
        """12.57万家长, 6.8985折算: a one-character classifier (or 折) that is the first
        character of a word."""
        if unit_hit is None or len(unit_hit[0]) != 1 or unit_hit[1].dimension not in ("count", "percent") \
                or self.word_check is None:
            return False
        n = len(f)
        if pos + 1 >= n or not _is_cjk(f[pos + 1]):
            return False
        if self._after_word_at(f, pos + 1):
            return False  # 50所以上: 以上 is the bound, not 所以
        if f[pos:pos + 2] in self.not_glued:
            return False  # 100个人: 个 counts 人
        return self.word_check(f, pos, pos + 1, min(n, pos + 5), 0)

    def _after_word_at(self, f: str, pos: int) -> bool:
        """A bound word that follows its amount (以上, 左右 …) starts at ``pos``."""
        return any(f.startswith(w, pos) for w in self.after_by_first.get(f[pos:pos + 1], ()))

    def _dead_end(self, f: str, start: int, pos: int, num_text: str) -> bool:
        """Cheap test that a unitless Arabic number can become nothing: no multiplier, no
        bound word, sign, currency or comparison before it, nothing after it that a unit,
        bound, range, list or date could start with."""
        if not _MULT_SET.isdisjoint(num_text):
            return False
        nxt = f[pos:pos + 1]
        if nxt and (_is_cjk(nxt) or nxt in _LIVE_AFTER or nxt.isascii() and nxt.isalpha()):
            return False
        prev = f[start - 1:start]
        return not (prev and (_is_cjk(prev) or prev in _LIVE_BEFORE))

    def _bounded(self, f: str, start: int, pos: int) -> bool:
        """A bound word after (五百以上) or before (超过了一千), or a range (一千到一千五百)."""
        if self._after_word_at(f, pos):
            return True
        if self._comparison(f, start, pos, max(0, start - 3), min(len(f), pos + 3)):
            return True  # 比三十大
        if f.startswith("又", pos) and NUMBER.match(f, pos + 1) and NUMBER.match(f, pos + 1).lastgroup == "frac":
            return True  # 三百五十又3分之1
        before = self.before
        for br in ("", *self.bridges_by_last.get(f[start - 1:start], ())):
            b = start - len(br)
            if b >= 0 and f.startswith(br, b) and any(f[b - k:b] in before for k in range(1, min(self.max_before, b) + 1)):
                return True
        m = _RANGE_SEP.match(f, pos) if _may_start(f, pos, len(f), _RANGE_FIRST) else None
        return bool(m and m.end() > pos and NUMBER.match(f, m.end()))

    def _roc_year(self, page: Page, iv: int, num_text: str, pos: int) -> bool:
        """113年, 109年的 in a text that names the ROC era (民國115年至124年度: periods.tsv era),
        dates a month by it (較114年5月預測數) or is a Taiwan release in traditional script
        (107 年國人出國共計…新臺幣: cues region_twd): a three-digit year from 100 on, when no
        duration word follows (十年間)."""
        f = page.folded
        if not (len(num_text) == 3 and 100 <= iv <= 150 and f.startswith("年", pos) and not _YEAR_SPAN.match(f, pos)):
            return False
        seen = self._roc_text
        if seen[0] is not f:  # searched once a text, not once a year
            named = (self.roc_era_re is not None and self.roc_era_re.search(f) is not None) or roc_dated(f) \
                or (self.taiwan_re is not None and self._in_traditional(page) and self.taiwan_re.search(f) is not None)
            seen = self._roc_text = (f, bool(named))
        return seen[1]

    def _roc_two_digit_year(self, page: Page, iv: int, num_text: str, start: int, pos: int) -> bool:
        """自97年4月開辦, 97年及98年長照服務, 較99年增加4萬 (a Taiwan text in traditional script): a
        year of the ROC era from 60 to 99, unless a word of size stands before it (約60年樓齡, 最老則有
        63年: cues.tsv duration_before, one or two characters) or a word of duration after it (十年間)."""
        f = page.folded
        if not (len(num_text) == 2 and 60 <= iv <= 99 and not _YEAR_SPAN.match(f, pos)
                and f[start - 1:start] not in self.duration_before and f[start - 2:start] not in self.duration_before):
            return False
        return self._in_traditional(page)

    def _in_traditional(self, page: Page) -> bool:
        """Whether the page is written in traditional script (asked once a text)."""
        seen = self._traditional
        if seen[0] is not page.folded:
            seen = self._traditional = (page.folded, self.res.changed_han.search(page.text) is not None)
        return seen[1]

    def _date_or_time(self, page: Page, start: int, num_end: int, pos: int, chinese: bool, num_text: str,
                      value: Optional[Decimal], unit_s: str, result: ScanResult) -> bool:
        f = page.folded
        n = len(f)
        rest = f[pos : pos + 3]
        is_int = value is not None and value == value.to_integral_value() and "." not in num_text
        iv = int(value) if is_int and value is not None else None

        def keep(end: int, kind: str = "date") -> bool:
            result.times.append(TimeMention(start, end, kind))
            return True

        # school years: 114學年, 2023学年度 (not 3学年, three years of study)
        if rest.startswith("学年") and is_int and iv is not None and iv >= 80:
            return keep(pos + (3 if rest.startswith("学年度") else 2))
        # years: 2023年, 二〇二三年, 1998年度
        if rest.startswith("年"):
            if iv is not None and 1000 <= iv <= 2999 and (chinese or len(num_text) == 4):
                return keep(pos + 1)
            if chinese and len(num_text) == 4 and all(c in DIGITS for c in num_text):
                return keep(pos + 1)
            if rest.startswith("年代"):
                return keep(pos + 2)
            if rest.startswith("年度") and is_int:
                return keep(pos + 2)  # 2010年度, 101年度 (a fiscal or ROC year), never a duration
            if iv is not None and not chinese and 2 <= len(num_text) <= 3 and (
                    _ROC_YEAR_AFTER.match(f, pos) or self._roc_year(page, iv, num_text, pos)
                    or self._roc_two_digit_year(page, iv, num_text, start, pos)):
                return keep(pos + 1)
            if chinese and len(num_text) == 3 and all(c in DIGITS and DIGITS[c] < 10 for c in num_text):
                return keep(pos + 1)  # 一一四年: a year of the ROC era written digit by digit, never 114 years
            if iv is not None and f.endswith("民国", 0, start):
                return keep(pos + 1)  # 從民國87年的2,520億點: a year of the ROC era it names
            span = _YEAR_SPAN.match(f, pos)
            if span:  # 5年前, 两年来, 一年半来, 两年平均, 三年以来
                return keep(span.end(), "span")
            s0 = start - 1 if f[start - 1:start] == " " else start  # 近 5 年 (laid out with spaces)
            if iv is not None and iv < 100 and (f[s0 - 1:s0] in ("近", "这", "前", "后", "首") or f[s0 - 2:s0] in ("过去", "未来", "今后")):
                return keep(pos + 1, "span")  # 近三年, 首5年, 未来五年
            if _LABEL_YEAR.fullmatch(num_text):
                return keep(pos + 1)  # 附件:1.2025年县《政府工作报告》任务清单: a list number and a year
        roc_range = _ROC_RANGE.match(f, pos) if iv is not None and len(num_text) == 3 else None
        if roc_range and self._roc_year(page, iv, num_text, roc_range.end()):
            return keep(roc_range.end() + 1)  # 106至115年
        if f.startswith("世纪", pos):
            return keep(pos + 2)
        # months: 5月, 11月底 (个月 is a duration and never reaches here)
        if rest.startswith("月") and iv is not None and 1 <= iv <= 12 and not f.startswith("个", num_end):
            return keep(pos + 1)
        if rest.startswith("月份") and iv is not None and 1 <= iv <= 12:
            return keep(pos + 2)
        if (rest.startswith("日") or rest.startswith("号")) and iv is not None and _packed_date(num_text, f[start - 1:start]):
            return keep(pos + 1)  # 自即日起至1031日, 於530日正式實施, 在20201223日: a month and day written together
        # days: 17日, 5号 after a month or alone (10日元 is money)
        if (rest.startswith("日") or rest.startswith("号")) and iv is not None and 1 <= iv <= 31 and (len(unit_s) < 2 or f[start - 1:start] == "月"):
            return keep(pos + 1)
        # quarters: 一季度, 前三季度
        if rest.startswith("季度"):
            return keep(pos + 2)
        if rest.startswith("季"):
            return keep(pos + 1)  # 第3季 (Hong Kong, Macau): the next character is no part of it
        # clock: 9时, 9时30分, 两点半, 9:30
        if rest.startswith("时") and iv is not None and 0 <= iv <= 24:
            minutes = _HOUR_MINUTES.match(f, pos + 1)
            return keep(minutes.end() if minutes else pos + 1, "clock")  # 下午2时30分
        if rest.startswith("点") and iv is not None and 0 <= iv <= 24:
            before = f[max(0, start - 2):start]
            if any(before.endswith(w) for w in _TIME_OF_DAY) or f.startswith("点半", pos) or _CLOCK_MINUTES.match(f[pos:pos + 6]):
                return keep(pos + 1, "clock")
        if not chinese and pos < n and f[pos] == ":" and iv is not None and 0 <= iv <= 24:
            m = _CLOCK_COLON.match(f[pos : pos + 4])
            if m:
                return keep(pos + 3, "clock")
        # date ranges: 1-10月, 1—7月, 1至10月, 2023-2025年
        m = _RANGE_SEP.match(f, pos) if _may_start(f, pos, len(f), _RANGE_FIRST) else None
        if m and iv is not None:
            m2 = _DATE_END.match(f[m.end(): m.end() + 7])
            if m2:
                v2 = parse_number(m2.group(1))
                u = "年" if m2.group(2) in ("财政年", "财年") else m2.group(2)
                if v2 is None and u == "年" and 1000 <= iv <= 2999 and all(c in DIGITS for c in m2.group(1)):
                    v2 = Decimal(iv)  # 二〇二四至二五年度: the later year written with its last digits
                if v2 is not None and (
                    (u == "月" and 1 <= iv <= 12 and 1 <= v2 <= 12)
                    or (u in "日号" and 1 <= iv <= 31 and 1 <= v2 <= 31)
                    or (u == "年" and (1000 <= iv <= 2999 or f.startswith("度", m.end() + m2.end())))
                ):
                    end = m.end() + m2.end()
                    return keep(end + 1 if f.startswith("年度", end - 1) else end)  # 98至101年度
            if not chinese and len(num_text) == 4 and 1900 <= iv <= 2100:
                m3 = _TWO_DIGITS.match(f[m.end(): m.end() + 3])
                if m3:  # 2012-13 season
                    return keep(m.end() + 2)
        # date written with dots or slashes: 2023.5.1, 2023/05/01, 2023-05-01
        if not chinese and len(num_text) == 4 and pos < n and f[pos] in "./-" and _YMD.match(f[pos:pos + 6]):
            return True
        if not chinese and iv is not None and pos < n and f[pos] in "./" and _DMY.match(f[pos:pos + 8]):
            return True
        return False

    def _index_value(self, f: str, s: int) -> bool:
        """综合指数为2.34, 基尼系数0.46: the number at ``s`` follows a measure that takes no unit
        (cues.tsv unitless_measure) and perhaps 范围, 为 or 达."""
        return self.unitless_before is not None and self.unitless_before.search(f, max(0, s - 10), s) is not None

    def _bare_ok(self, page: Page, mention: Mention, sent_end: int) -> bool:
        """A number without unit is a claim when a noun follows it (6省区, 12.57万家长)
        or it carries 万/亿 (总诊疗人次95.5亿)."""
        f = page.folded
        if mention.bound != "exact" or mention.start < mention.num_start and f[mention.start] != "-":
            return True  # 五百以上, 超过了80, 等于一百七: a bound makes a bare number an amount
        if f.startswith("又", mention.end) and NUMBER.match(f, mention.end + 1) \
                and NUMBER.match(f, mention.end + 1).lastgroup == "frac":
            return True  # 三百五十又3分之1: joined with its fraction later
        if mention.chinese and not mention.multiplier:
            return False
        if mention.multiplier:
            return True
        if self._index_value(f, mention.start):
            return True  # 环境空气质量综合指数为2.34: an index's value
        e = mention.end
        nxt = f[e] if e < len(f) else ""
        s = mention.start
        if s > 0 and _is_cjk(f[s - 1]) and (nxt in _AFTER_LABEL or f[e:e + 2] in self.res.predicates):
            return False  # 体育场地1和体育场地2, 体育场地1新建有: a number glued to a name is its label
        if nxt in _AFTER_YEAR and e - s == 4 and 1900 <= (mention.value or 0) <= 2100:
            return False  # 内蒙古2024将改造城镇老旧管网2220公里: a year without 年
        sep = _LIST_SEP.match(f, e)
        if sep and NUMBER.match(f, sep.end() + (f[sep.end():sep.end() + 1] in _SIGN_LAST)):
            mention.list_pending = True  # 0.15、-5.64、1.34个百分点: the list's last unit comes later
            return True
        return bool(nxt) and _is_cjk(nxt)

    # ------------------------------------------------------------------ lists
    def _share_units(self, page: Page, mentions: list[Mention]) -> None:
        """10.6万、3.8万、3.3万平方公里: earlier members of a list take the last one's unit;
        later members take the first one's bound word (分别约23亿和19.7亿元)."""
        f = page.folded
        for a, b in zip(mentions, mentions[1:]):
            if (a.bound in ("approx", "at_least", "at_most", "more_than", "less_than") and b.bound == "exact"
                    and a.start < a.num_start and _LIST_SEP.fullmatch(f[a.end:b.start])):
                b.bound = a.bound
                self._finish(b)
        for i in range(len(mentions) - 2, -1, -1):
            a, b = mentions[i], mentions[i + 1]
            if a.unit is not None or b.unit is None or a.bound == "range":
                continue
            gap = f[a.end:b.start]
            if not _LIST_SEP.fullmatch(gap):
                continue
            # 60、70万元: two round neighbours form a range
            if gap.strip() == "、" and i + 2 <= len(mentions) and self._is_pair_range(a, b, mentions, i, f):
                first_v = parse_number(f[a.num_start:a.num_end] + f[b.num_start:b.num_end].lstrip("0123456789.,"))
                if first_v is not None and b.value is not None and first_v < b.value:
                    b.low, b.high, b.value, b.bound = first_v, b.value, None, "range"
                    b.start = a.start
                    a.value = None  # dropped below
                    continue
            a.unit = b.unit
            a.dimension = b.dimension
            a.unit_surface = b.unit_surface
            if b.multiplier and not a.multiplier:
                tail = f[b.num_start:b.num_end].lstrip("0123456789.,")
                scaled = parse_number(f[a.num_start:a.num_end] + tail)
                if scaled is not None:
                    a.value = scaled
            if a.bound == "exact" and b.bound in ("at_least", "at_most", "more_than", "less_than", "approx"):
                a.bound = b.bound
                self._finish(a)
        mentions[:] = [m for m in mentions
                       if not (m.value is None and m.bound != "range") and not (m.list_pending and m.unit is None)]

    @staticmethod
    def _is_pair_range(a: Mention, b: Mention, mentions: list[Mention], i: int, f: str) -> bool:
        if i > 0 and f[mentions[i - 1].end:a.start].strip() in ("、", "和"):
            return False
        if i + 2 < len(mentions) and f[b.end:mentions[i + 2].start].strip() in ("、", "和"):
            return False
        av = parse_number(f[a.num_start:a.num_end])
        bv = parse_number(f[b.num_start:b.num_end].rstrip("十百千万亿"))
        if av is None or bv is None or av != av.to_integral_value() or bv != bv.to_integral_value():
            return False
        av_i, bv_i = int(av), int(bv)
        if av_i <= 0 or bv_i <= av_i:
            return False
        step = 10 ** (len(str(av_i)) - 1)
        return av_i % step == 0 and bv_i - av_i == step and len(str(av_i)) == len(str(bv_i))


_DATE_BEFORE = frozenset("于至到自从在")  # what dates the day after it (於 is folded to 于)


def _packed_date(digits: str, before: str) -> bool:
    """20201223日 (a year, month and day in eight digits), or 1031日 and 530日 after a word
    that dates it (至, 於): a date written without separators, no count of days."""
    if not digits.isdigit():
        return False
    if len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        return 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31
    if len(digits) in (3, 4) and before in _DATE_BEFORE:
        month, day = int(digits[:-2]), int(digits[-2:])
        return 1 <= month <= 12 and 1 <= day <= 31
    return False


def alternation_source(words) -> str:
    """The words as one alternation, longest first, for a larger `regex` pattern ("" for none)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def literal_alternation(words) -> Optional["re.Pattern[str]"]:
    """A pattern for any of ``words``, the longest one where several start at a place (as
    the alternation of the words sorted longest first), written as a trie: one branch per
    character, so the engine follows a single path instead of trying every word."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    if not trie:
        return None

    def branch(node: dict) -> str:
        alts = [re.escape(c) + branch(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # a word ends here: longer ones first, then this one
            return (f"(?:{body})" if len(alts) == 1 else body) + "?"
        return body

    return re.compile(branch(trie))


def _may_start(f: str, pos: int, endpos: int, first: str) -> bool:
    """False when a pattern of optional spaces (``\\s*``) and then one of the characters
    ``first`` cannot match at ``pos`` (before ``endpos``): a cheap test before the match."""
    if pos >= endpos or pos >= len(f):
        return False
    c = f[pos]
    return c in first or c.isspace()


def _add_quarter(times: list[TimeMention], start: int, end: int) -> None:
    """第3季 as a time, one with the year written right before it (2022年第4季)."""
    if times and times[-1].end == start:
        times[-1] = TimeMention(times[-1].start, end, times[-1].kind)
    else:
        times.append(TimeMention(start, end, "date"))


def _prefix_excluded(f: str, start: int, prev: str, nxt: str) -> bool:
    """What comes before a number makes it neither an amount nor a date: letters glued to it
    (G60, PM2.5, v1.2, COVID-19; not an abbreviation of three letters or more, GDP9602.72亿元),
    an ordinal (第三代, 第1至12个月) or 每 (每5年)."""
    # letters glued to the number: 5G, G60, PM2.5, COVID-19 (ASCII units such as GW pass)
    if prev.isascii():
        if prev.isalpha():
            letters = _LETTERS_BEFORE.search(f, max(0, start - 6), start)
            if letters and len(letters.group()) >= 3 and not (nxt and nxt in "."):
                prev = " "  # GDP9602.72亿元, CPI2.1%: an abbreviation, not a model number
        if prev and (prev in _ASCII_LETTERS or prev in "_/#."):
            return True  # G60, PM2.5, v1.2
        if prev == "-" and start >= 2 and f[start - 2].isascii() and f[start - 2].isalpha():
            return True  # COVID-19
    # ordinals: 第三代, 第5名, 第1至12个月
    if prev == "第" or (prev and prev in _RANGE_FIRST and _ORDINAL_RANGE.search(f, max(0, start - 8), start)):
        return True
    return prev == "每" or f[max(0, start - 2):start] in ("每个", "每一")


def _joins_word(f: str, i: int, w: str) -> bool:
    """True when the character before a one-character bound word makes a word with it
    (接近 is a bound word itself; 最近, 附近, 赶超, 高超 are not bounds)."""
    if f[i] + w == "年逾":  # 年逾七十 (aged over seventy), but 去年逾 7,700 宗 (last year, over)
        return i == 0 or f[i - 1] not in "去今前明上本当"
    return f[i] + w in ("最近", "附近", "靠近", "临近", "邻近", "就近", "亲近", "走近", "贴近", "赶超", "高超", "追超", "反超")


def _line_start(f: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and f[i] in " \t\u3000":
        i -= 1
    return i < 0 or f[i] == "\n"


_MONEY_SUBUNITS = frozenset({"美分", "銭", "日本銭", "角", "毛", "分钱", "毛钱", "仙"})


def _merge_neighbours(f: str, mentions: list[Mention]) -> list[Mention]:
    """One pass over the mentions in text order: a mention that one of the joins below
    absorbs into the one before it disappears."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            a = out[-1]
            if a.value is not None and m.value is not None and _JOIN_GAP.fullmatch(f, a.end, m.start) \
                    and any(join(f, a, m) for join in _JOINS):
                continue
        out.append(m)
    return out


def _join_fraction(f: str, a: Mention, m: Mention) -> bool:
    """3又一千分之23 = 3.023, 负一又二分之一 = -1.5: a whole number, 又, and a fraction."""
    if not (m.unit is not None and m.unit.key in ("%", "permille") and a.unit is None
            and m.start == a.end + 1 and f[a.end] == "又"):
        return False
    part = m.value / (1000 if m.unit.key == "permille" else 100)
    a.value = normalize(a.value - part if a.value < 0 else a.value + part)
    a.end = a.unit_end = m.end
    return True


def _join_money_part(f: str, a: Mention, m: Mention) -> bool:
    """两美元又三美分 = 2.03 USD, 10日元5日本銭 = 10.05 JPY: a currency and its sub-unit."""
    if not (a.dimension == "money" == m.dimension and a.unit is not None and m.unit is not None
            and a.unit.key == m.unit.key and f[a.end:m.start] in ("", "又", "零")
            and m.unit_surface in _MONEY_SUBUNITS and a.unit_surface not in _MONEY_SUBUNITS
            and a.bound == "exact" == m.bound):
        return False
    a.value = normalize(a.value + m.value)
    a.end = a.unit_end = m.end
    return True


def _join_bounds(f: str, a: Mention, m: Mention) -> bool:
    """大于10小于20, 大于二十的同时小于等于三十五: a lower and an upper bound are one range."""
    if not (a.bound in ("more_than", "at_least") and m.bound in ("less_than", "at_most")
            and (a.unit is None or m.unit is None or a.unit.key == m.unit.key)
            and _BOUND_JOIN.fullmatch(f[a.end:m.start]) and a.value < m.value):
        return False
    a.low, a.high, a.value, a.bound = a.value, m.value, None, "range"
    a.end = m.end
    a.unit = a.unit or m.unit
    a.unit_surface = a.unit_surface or m.unit_surface
    a.dimension = a.unit.dimension if a.unit else a.dimension
    return True


def _join_whole_amounts(f: str, a: Mention, m: Mention) -> bool:
    """五块六到五块七毛八: two whole amounts on either side of 到 are one range (not after a
    change verb: 增加4000张至16000张 is a change and a level)."""
    gap = f[a.end:m.start]
    if not (a.bound == "exact" == m.bound and a.unit is not None and m.unit is not None
            and a.unit.key == m.unit.key and _RANGE_SEP.fullmatch(gap) and a.value < m.value
            and not (gap.strip() in ("至", "到") and _CHANGE_BEFORE.search(f[max(0, a.start - 4):a.start]))):
        return False
    a.low, a.high, a.value, a.bound = a.value, m.value, None, "range"
    a.end = m.end
    return True


_JOINS = (_join_fraction, _join_money_part, _join_bounds, _join_whole_amounts)
# every text between two mentions that one of the joins accepts: a cheap test before them
_JOIN_GAP = regex.compile("又|零|" + "|".join(f"(?:{p.pattern})" for p in (_BOUND_JOIN, _RANGE_SEP)))


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out
