"""numbers.parse_number: numeral strings to exact Decimals (tables of real forms)."""

from decimal import Decimal

import pytest

from newsfacts.numbers import parse_number, scale

PARSES = [
    # Arabic, separators, full width
    ("12", "12"), ("1,234", "1234"), ("1,234.56", "1234.56"), ("1，234", "1234"), ("１２３", "123"),
    ("３．５", "3.5"), ("0.5", "0.5"),
    # Chinese numerals
    ("零", "0"), ("〇", "0"), ("十", "10"), ("十五", "15"), ("二十", "20"), ("一百零一", "101"),
    ("一千零一十", "1010"), ("三千五百", "3500"), ("一百十一", "111"), ("两千", "2000"), ("廿三", "23"),
    ("二〇二三", "2023"), ("十万", "100000"), ("一亿二千万", "120000000"), ("二十万零五", "200005"),
    ("百万", "1000000"), ("百亿", "10000000000"),
    # 大写 and traditional
    ("壹佰贰拾叁", "123"), ("玖仟陆佰陆拾伍", "9665"), ("兩萬", "20000"), ("一億", "100000000"),
    # mixtures
    ("1.2万", "12000"), ("3千万", "30000000"), ("三万五", "35000"), ("12万5千", "125000"),
    ("12.67万", "126700"), ("251.01万", "2510100"), ("3.6亿", "360000000"), ("1万亿", "1000000000000"),
    # decimals with 点, fractions, negatives
    ("五点八", "5.8"), ("百分之八十", "0.8"), ("千分之五", "0.005"), ("百分之三十五点五", "0.355"),
    ("负五", "-5"), ("零下五", "-5"), ("-3.2", "-3.2"),
    # decimals before a multiplier, and a decimal point after Chinese digits (Taiwan papers)
    ("三点五亿", "350000000"), ("一一一三.二亿", "111320000000"), ("三十三.六七亿", "3367000000"),
    ("廿五.六億", "2560000000"), ("七.○一億", "701000000"), ("四百七十六‧六億", "47660000000"),
]


@pytest.mark.parametrize("text,expected", PARSES)
def test_parses(text, expected):
    assert parse_number(text) == Decimal(expected)


def test_no_binary_noise():
    value = parse_number("251.01万")
    assert str(value) == "2510100"
    assert str(parse_number("12.67万")) == "126700"


def test_fraction_is_exact_enough():
    v = parse_number("三分之二")
    assert abs(v - Decimal(2) / Decimal(3)) < Decimal("1e-20")


MUST_NOT_PARSE = ["", "万", "百十一", "十一十二", "一一", "点一", "零点", "10..1万", "abc", "1,23", "两三", "元整"]


@pytest.mark.parametrize("text", MUST_NOT_PARSE)
def test_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("junk", [None, 5, b"12", "\x00", "１２\ud800", "一" * 5000])
def test_never_raises(junk):
    parse_number(junk)  # returns a value or None, never an exception


def test_scale_rounds_repeating_factors():
    mu = Decimal("666.6666666666666666666666667")
    assert scale(Decimal(330000), mu) == Decimal("2.2E+8")
