"""Dates read by the scanning pattern (issue 17) are the dates the candidate rules kept.

``scan.SCAN`` matches a year (2023年), a month (5月) or a day after its month (17日) in one
go and sets it aside, where ``scan.NUMBER`` gave the number to the candidate rules, which
weighed it as an amount and then kept it as a date. Scanning with ``NUMBER`` in place of
``SCAN`` must give the same mentions and the same dates, on the fixture articles and on
strings mixed from date pieces and the words before a number that make it none.
"""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import scan as scan_module
from newsfacts.extractor import default_extractor
from newsfacts.text import analyse

FIXTURES = Path(__file__).resolve().parent / "fixtures"

PIECES = [
    "2023年", "1999年", "3000年", "0999年", "12023年", "5月", "12月", "13月", "0月", "05月", "17日", "3号", "32日",
    "31日", "09日", "月", "年", "日", "号", "个", "个月", "日元", "年度", "月份", "1-10月", "2021-2025年", "5至8月",
    "第", "每", "每个", "每一", "前", "后", "G", "PM", "GDP", "COVID-", "-", "—", "至", ".", "/", " ", "，", "。",
    "\n", "一", "两", "万", "亿", "元", "人", "%", "约", "同比增长", "1", "20", "1,000", "1 000",
]


def _scan(ex, text: str, pattern):
    saved = scan_module.SCAN
    scan_module.SCAN = pattern
    try:
        r = ex.scanner.scan(analyse(text, ex.resources))
    finally:
        scan_module.SCAN = saved
    return [repr(m) for m in r.mentions], [(t.start, t.end, t.kind) for t in r.times]


def test_fixture_articles_scan_alike():
    ex = default_extractor()
    paths = sorted((FIXTURES / "gold").glob("*.json")) + sorted((FIXTURES / "dev").glob("*.json"))
    assert paths
    dates = 0
    for path in paths:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        fast = _scan(ex, text, scan_module.SCAN)
        assert fast == _scan(ex, text, scan_module.NUMBER), path.name
        dates += len(fast[1])
    assert dates > 500


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=24))
def test_date_pieces_scan_alike(pieces):
    ex = default_extractor()
    text = "".join(pieces)
    assert _scan(ex, text, scan_module.SCAN) == _scan(ex, text, scan_module.NUMBER)
