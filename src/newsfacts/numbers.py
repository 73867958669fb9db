"""Numeral strings to exact :class:`~decimal.Decimal` values.

Handles Arabic digits with ``,``/``，`` thousands separators and decimals, full-width digits,
Chinese numerals (零〇一二两三四五六七八九十百千万亿, 大写 壹贰叁…, 廿卅, traditional 萬億兩),
mixtures (``1.2万``, ``3千万``, ``三万五``, ``12万5千``), ``点`` decimals (``五点八``),
fractions (``百分之八十``, ``千分之五``, ``三分之二``) and negatives (``负``, ``零下``).

Every function returns ``None`` for a string it cannot read; none of them raises.
"""

from __future__ import annotations

import decimal
import functools
import re
from decimal import Decimal
from typing import Optional

# Exact arithmetic with room for long numerals; fractions are rounded at 28 digits.
CONTEXT = decimal.Context(prec=40, Emax=999999, Emin=-999999)

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2,
    "三": 3, "叁": 3, "參": 3, "参": 3, "仨": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
TENS = {"廿": 20, "卅": 30, "卌": 40}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
MULTIPLIERS = {**SMALL_UNITS, **BIG_UNITS}
POINTS = {"点", "點", ".", "．", "‧"}  # 一一一三.二億元, 四百七十六‧六億元: Taiwan and Macau papers write a decimal point after Chinese digits

CHINESE_NUMERAL_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(TENS) | frozenset(
    BIG_UNITS
) | POINTS

_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"}
_FULLWIDTH.update({ord("．"): ord("."), ord("，"): ord(","), ord("－"): ord("-"), ord("＋"): ord("+")})


def _dec(value: int | str) -> Decimal:
    return Decimal(value)


def normalize(value: Decimal) -> Decimal:
    """``Decimal`` without trailing zeros or exponent noise (``2510100``, ``81.25``)."""
    if not value.is_finite():
        return value
    if value == value.to_integral_value():
        return value.quantize(Decimal(1), context=CONTEXT)
    return value.normalize(context=CONTEXT)


def parse_arabic(text: str) -> Optional[Decimal]:
    """``12,345.6`` / ``１２３`` / ``1，000`` → Decimal; None if not such a number."""
    s = text.translate(_FULLWIDTH).strip()
    if not s:
        return None
    sign = 1
    if s[0] in "+-":
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "," in s:
        head, *groups = s.split(",")
        last = groups[-1]
        if "." in last:
            last, frac = last.split(".", 1)
            groups[-1] = last
        else:
            frac = None
        if not head.isdigit() or len(head) > 3 or any(len(g) != 3 or not g.isdigit() for g in groups):
            return None
        s = head + "".join(groups) + ("." + frac if frac is not None else "")
    if s.count(".") > 1:
        return None
    whole, _, frac = s.partition(".")
    if whole == "" and frac:
        whole, s = "0", "0" + s  # .5
    if not whole.isascii() or not whole.isdigit() or (frac and not (frac.isascii() and frac.isdigit())):
        return None
    if "." in s and not frac:
        return None
    try:
        return Decimal(s) * sign
    except decimal.InvalidOperation:
        return None


def _parse_small(text: str) -> Optional[int]:
    """A Chinese numeral below 万: 三千五百零二, 十五, 廿三, 五 (digits only: read as a digit string)."""
    if not text:
        return None
    if text in SMALL_UNITS:
        return SMALL_UNITS[text]  # 百万, 千人, 十亿: a bare unit counts one of it
    if len(text) == 2 and text[0] in "千百仟佰" and text[1] in DIGITS and DIGITS[text[1]]:
        unit = SMALL_UNITS[text[0]]
        return unit + DIGITS[text[1]] * unit // 10  # 百二 = 120, 千三 = 1300
    if all(c in DIGITS for c in text):
        if len(text) == 1:
            return DIGITS[text]
        # 二〇二三 / 一九九八: a digit string (years, codes); 两 is never a digit of one,
        # and two digits without a zero (一一) are a mistake rather than eleven.
        if any(c in "两兩俩倆仨" for c in text) or (len(text) < 3 and text[-1] not in "零〇○"):
            return None
        return int("".join(str(DIGITS[c]) for c in text))
    total = 0
    digit: Optional[int] = None
    last_unit = 10**5
    zero_seen = False
    for i, c in enumerate(text):
        if c in DIGITS:
            if digit is not None and not (DIGITS[c] == 0 or zero_seen):
                return None
            if DIGITS[c] == 0:
                zero_seen = True
                digit = None if digit is None else digit
                continue
            digit = DIGITS[c]
        elif c in TENS:
            if digit is not None or last_unit <= 10:
                return None
            total += TENS[c]  # 廿三, 五百卅四
            last_unit = 10
        elif c in SMALL_UNITS:
            unit = SMALL_UNITS[c]
            if unit >= last_unit:
                return None
            if digit is None:
                if unit == 10:
                    digit = 1  # 十五 = 15, 一百十一 = 111
                else:
                    return None
            total += digit * unit
            digit = None
            last_unit = unit
            zero_seen = False
        else:
            return None
    if digit is not None:
        # 三万五 handled by the caller; here 三百五 = 350 (abbreviated next unit)
        prev = text[-2] if len(text) >= 2 else ""
        if prev in SMALL_UNITS and not zero_seen and SMALL_UNITS[prev] >= 100:
            total += digit * SMALL_UNITS[prev] // 10
        else:
            total += digit
    return total


def parse_chinese(text: str) -> Optional[Decimal]:
    """A whole Chinese numeral (with 万/亿 sections, and 点 decimals before a multiplier) → Decimal."""
    if not text:
        return None
    for p in POINTS:
        if p in text:
            whole, _, frac = text.partition(p)
            w = parse_chinese(whole) if whole else None
            factor = 1
            while frac and frac[-1] in BIG_UNITS:  # 三点五亿, 十四.九七億: the multiplier after the decimals
                factor *= BIG_UNITS[frac[-1]]
                frac = frac[:-1]
            if w is None or not frac or any(c not in DIGITS and not (c.isascii() and c.isdigit()) for c in frac):
                return None
            digits = "".join(c if c.isascii() else str(DIGITS[c]) for c in frac)  # 零点77, 一百点123
            return (w + Decimal("0." + digits)) * factor
    return _parse_sections(text)


def _parse_sections(text: str) -> Optional[Decimal]:
    # Split on the largest big unit: 三亿五千万 = 三 * 1e8 + 五千万
    for unit_char, factor in (("兆", 10**12), ("亿", 10**8), ("億", 10**8), ("万", 10**4), ("萬", 10**4)):
        if unit_char in text:
            idx = text.find(unit_char)
            head, tail = text[:idx], text[idx + 1 :]
            if head == "":
                return None
            else:
                head_value = _parse_sections(head)
                if head_value is None:
                    return None
            if not tail:
                return head_value * factor
            # 三万五 = 35000: a single trailing digit is the next unit down
            if len(tail) == 1 and tail in DIGITS and DIGITS[tail] != 0:
                return head_value * factor + DIGITS[tail] * factor // 10
            tail_value = _parse_sections(tail.lstrip("零〇"))
            if tail_value is None or tail_value >= factor:
                return None
            return head_value * factor + tail_value
    small = _parse_small(text)
    return None if small is None else Decimal(small)


def is_chinese_numeral(text: str) -> bool:
    return bool(text) and all(c in CHINESE_NUMERAL_CHARS for c in text)


def parse_mixed(text: str) -> Optional[Decimal]:
    """Arabic digits mixed with Chinese multipliers: 1.2万, 3千万, 12万5千, 2.5亿, 1万亿."""
    s = text.translate(_FULLWIDTH)
    if not s:
        return None
    # Tokenise into numbers and multiplier characters.
    parts: list[tuple[str, str]] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit() or c in ".,":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] in ".,"):
                j += 1
            parts.append(("num", s[i:j]))
            i = j
        elif c in MULTIPLIERS:
            parts.append(("mul", c))
            i += 1
        elif c in "零〇" and parts and parts[-1][0] == "mul":
            parts.append(("zero", c))  # 1千零1: a place skipped
            i += 1
        elif c in DIGITS or c in TENS:
            # a Chinese digit after an Arabic section: 12万五千 (rare) -> read the rest as Chinese
            j = i
            while j < len(s) and s[j] in CHINESE_NUMERAL_CHARS:
                j += 1
            v = parse_chinese(s[i:j])
            if v is None:
                return None
            parts.append(("val", str(v)))
            i = j
        else:
            return None
    if not parts or parts[0][0] == "mul" and parts[0][1] not in SMALL_UNITS:
        return None
    decimals = [i for i, (k, t) in enumerate(parts) if k == "num" and "." in t]
    if decimals and any(k in ("num", "val") for k, _ in parts[decimals[0] + 1:]):
        return None  # 10.1万零100: a decimal section ends the numeral
    total = Decimal(0)
    section = Decimal(0)  # below the current big unit
    current: Optional[Decimal] = None
    last_big = None
    zero_seen = False
    last = len(parts) - 1
    for i, (kind, tok) in enumerate(parts):
        if kind == "zero":
            zero_seen = True
            continue
        if kind in ("num", "val"):
            if current is not None:
                return None
            current = parse_arabic(tok) if kind == "num" else Decimal(tok)
            if current is None:
                return None
        else:
            factor = MULTIPLIERS[tok]
            if current is None:
                if section == 0 and total == 0 and tok in SMALL_UNITS:
                    current = Decimal(1)
                elif tok in BIG_UNITS and (section or total):
                    # 3千万: the section so far is multiplied by 万
                    pass
                else:
                    return None
            if tok in BIG_UNITS:
                block = section + (current or 0)
                if last_big is not None and factor >= last_big:
                    # 千万 then 亿 -> (total + block) * 亿 (e.g. 1千万亿 rare); multiply all
                    total = (total + block) * factor
                else:
                    total += block * factor
                section = Decimal(0)
                last_big = factor
            elif total and current >= 10 and i == last:
                # 4萬4,509.05千 (瓩): a thousand of the whole, 44,509.05 thousand
                total = (total + section + current) * factor
                section = Decimal(0)
            else:
                section += current * factor
            current = None
    if current is not None:
        # trailing bare number after a multiplier: 12万5千 handled above; 3万5 -> 3.5万
        last_num = parts[-1][1]
        if not zero_seen and len(parts) >= 2 and parts[-2][0] == "mul" and not last_num.startswith("0"):
            prev = parts[-2][1]
            factor = MULTIPLIERS[prev]
            if current == current.to_integral_value() and 0 < current < 10:
                section += current * factor / 10
            else:
                section += current
        else:
            section += current
    return total + section


FRACTION_DENOMINATORS = {"万万分之": Decimal(10**8), "亿分之": Decimal(10**8), "百分之": Decimal(100), "千分之": Decimal(1000), "万分之": Decimal(10000), "萬分之": Decimal(10000)}


def parse_number(text: str) -> Optional[Decimal]:
    """Any single numeral string → Decimal, or None.

    Fractions ``X分之Y`` give ``Y/X`` (``百分之八十`` → 0.8); callers that want percent
    multiply by 100. ``负`` / ``零下`` / ``-`` make the value negative.
    """
    if not isinstance(text, str):
        return None
    return _parse_cached(text)


_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)")
_SPACED_MULTIPLIER = re.compile(r"(?<=\d) ([萬万億亿兆]) (?=\d)")
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3})")


@functools.lru_cache(maxsize=8192)
def _parse_cached(text: str) -> Optional[Decimal]:
    s = text.strip().translate(_FULLWIDTH)
    if not s or len(s) > MAX_NUMERAL:
        return None
    if _SPACE_GROUPED.match(s):
        s = _GROUP_SPACE.sub("", s)  # 64 000: thousands grouped by spaces
    if " " in s:
        s = _SPACED_MULTIPLIER.sub(r"\1", s)  # 1,664 萬 4,684: a multiplier between spaces
    try:
        return _parse(s)
    except (ValueError, ArithmeticError):
        return None


# Longer numeral strings are digit noise, not amounts.
MAX_NUMERAL = 64


def _parse(s: str) -> Optional[Decimal]:
    s = s.replace("万万", "亿").replace("萬萬", "億")
    if len(s) >= 3 and s[-1] in MULTIPLIERS and s[-2] in "多余餘" and s[:-2]:
        return _parse(s[:-2] + s[-1])  # 一千多万, 500余万: the base of a vague amount
    if len(s) == 2 and s[0] in "千百万萬仟佰" and s[1] in DIGITS and DIGITS[s[1]]:
        unit = MULTIPLIERS.get(s[0]) or SMALL_UNITS.get(s[0])
        return Decimal(unit + DIGITS[s[1]] * unit // 10)  # 千三 = 1300, 万五 = 15000
    for neg in ("负", "負", "零下", "-", "−"):
        if s.startswith(neg) and len(s) > len(neg):
            v = parse_number(s[len(neg) :])
            return None if v is None else -v
    if s.startswith("+") and len(s) > 1:
        return parse_number(s[1:])
    if "分之" in s:
        den_text, _, num_text = s.partition("分之")
        den = FRACTION_DENOMINATORS.get(den_text + "分之") or parse_number(den_text)
        num = parse_number(num_text)
        if den is None or num is None or den == 0:
            return None
        return normalize(CONTEXT.divide(num, den).quantize(Decimal("1e-24"), context=CONTEXT))
    if s.isascii():
        v = parse_arabic(s)
        return None if v is None else normalize(v)
    s = s.replace("點", "点")
    if is_chinese_numeral(s) or ("点" in s and is_chinese_numeral(s.partition("点")[0])):
        v = parse_chinese(s)
        return None if v is None else normalize(v)
    v = parse_mixed(s)
    return None if v is None else normalize(v)


def scale(value: Decimal, factor: Decimal, digits: int = 15) -> Decimal:
    """``value * factor`` rounded to ``digits`` significant digits (unit conversions such as
    亩 → m², whose factor is a repeating decimal): ``33万亩`` → ``2.2E+8`` exactly."""
    product = CONTEXT.multiply(value, factor)
    if not product:
        return Decimal(0)
    return normalize(_rounding(digits).plus(product))


@functools.lru_cache(maxsize=None)
def _rounding(digits: int) -> decimal.Context:
    return decimal.Context(prec=digits)
