"""Property-based tests of ``extract`` on hostile strings (issue 7).

For any string: extract never raises, every span round-trips (``Document.check_offsets``),
claims are in text order, their quantities do not overlap, ids are unique, and the result
is deterministic (the same on a second call, after other documents, and on a fresh
Extractor). The CI profile runs ~100 examples a test; ``HYPOTHESIS_PROFILE=fuzz`` (see
``conftest.py``) runs 200 times more.
"""

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsfacts import Extractor
from newsfacts.extractor import default_extractor


def _n(ci: int) -> int:
    """Examples for a test: ``ci`` in the ci profile, scaled with the loaded profile."""
    return max(1, ci * settings.default.max_examples // 100)


# Pieces of news text and of the things that break parsers, mixed at random.
NEWS = [
    "全市", "新增", "普惠性", "托位", "比去年", "增长", "下降", "投资", "累计", "同比", "预计", "力争", "到2025年",
    "截至", "目前", "其中", "约", "近", "超过", "逾", "多", "余", "左右", "以上", "以下", "不到", "至少", "达",
    "1365", "3.5", "12.57", "０", "１２３", "．", "0.5", "-", "—", "–", "~", "～", "至", "到", "、", "，", "。",
    "；", "：", "！", "？", "（", "）", "“", "”", "「", "」", "《", "》", "\n", "\r\n", "\u3000", " ", "\t",
    "一", "二", "两", "十", "百", "千", "万", "亿", "万亿", "零", "〇", "壹", "贰", "拾", "佰", "仟", "萬", "億",
    "个", "元", "亿元", "万元", "美元", "%", "％", "百分之", "个百分点", "倍", "公里", "平方米", "吨", "人次",
    "年", "月", "日", "时", "分", "第", "号", "GDP", "Ａ", "ｍ", "e", "E", "+", "±", "×", "/", "·", ".",
    "相关链接", "责任编辑：", "来源：", "当前位置:", "http://x.cn/a.html",
]
HOSTILE = [
    "\x00", "\ud800", "\udfff", "\udc80", "\ufeff", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
    "\u202a", "\u202e", "\u2066", "\u2069", "\u0301", "\ufffd", "\U0001F600", "\U00020000", "\x85",
    "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x7f", "İ", "ß", "ﬀ", "\u0660", "\u0966", "²", "½", "Ⅻ", "㈠",
]
piece = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(HOSTILE),
    st.text(max_size=4),  # anything, surrogates excluded
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=2),  # lone surrogates
    st.text(st.characters(categories=["Nd", "No", "Nl"]), max_size=6),  # every digit Unicode knows
)
news_like = st.lists(piece, max_size=60).map("".join)
any_text = st.text(st.characters(exclude_categories=[]), max_size=200)  # surrogates too
# large, cheap to generate: a unit repeated many times (claim-dense units fewer times, as
# every amount costs a claim's worth of work; see test_hostile.py for the timing)
big = st.one_of(
    st.builds(
        lambda unit, n: unit * n,
        st.sampled_from(["1", "１", "一", "9", "0", "万亿", "“", "约", "\u200b", "\x00", "\ud800", "百分之",
                         "全市新增托位", "十", "亿", "1.", "-", "\u202e1"]),
        st.integers(1, 20_000),
    ),
    st.builds(
        lambda unit, n: unit * n,
        st.sampled_from(["1个、", "1-", "1至", "１２％，", "3.5亿元", "超过1个", "一千万亿元"]),
        st.integers(1, 500),
    ),
)


def check(text: str) -> None:
    ex = default_extractor()
    doc = ex.extract(text)
    doc.check_offsets(text)
    keys = [(c.quantity.start, c.quantity.end) for c in doc.claims]
    assert keys == sorted(keys)
    for (s1, e1), (s2, e2) in zip(keys, keys[1:]):
        assert e1 <= s2, f"overlapping quantities [{s1}:{e1}] and [{s2}:{e2}]"
    assert all(e > s for s, e in keys)
    assert len({c.id for c in doc.claims}) == len(doc.claims)
    for c in doc.claims:
        assert 0 <= c.sentence.start <= c.quantity.start and c.quantity.end <= c.sentence.end <= len(text)
    # deterministic: again, after another document, and as JSON
    again = ex.extract(text)
    assert again.model_dump() == doc.model_dump()
    json.loads(doc.to_json())


@settings(max_examples=_n(300))
@given(news_like)
@example("")
@example("\x00" * 10 + "1365个\x00")
@example("\ud800全市新增托位1365个\udfff")
@example("全市\u200b新增\u200e托位\u202e1365\u200d个\ufeff，")
@example("１２３４５６７８９０万亿元，增长１２．５％")
def test_news_like_text(text):
    check(text)


@settings(max_examples=_n(300))
@given(any_text)
def test_any_string(text):
    check(text)


@settings(max_examples=_n(20))
@given(big)
def test_long_runs(text):
    check(text)


@settings(max_examples=_n(30))
@given(news_like, news_like)
def test_deterministic_across_history_and_instances(text, other):
    first = default_extractor().extract(text).model_dump()
    default_extractor().extract(other)
    assert default_extractor().extract(text).model_dump() == first
    assert _fresh().extract(text).model_dump() == first


_FRESH = []


def _fresh() -> Extractor:
    if not _FRESH:
        _FRESH.append(Extractor())
    return _FRESH[0]


@pytest.mark.parametrize(
    "text",
    [
        "1" * 10_000,
        "投资" + "9" * 10_000 + "亿元。",
        "一" * 10_000,
        "共" + "一" * 10_000 + "个。",
        "1" * 5_000 + "." + "1" * 5_000 + "万元",
        "１" * 10_000 + "％",
        "一千" * 5_000 + "万亿元",
    ],
    ids=["digits", "digits-amount", "yi", "yi-amount", "decimal", "fullwidth-pct", "cn-chain"],
)
def test_huge_numbers(text):
    check(text)


def test_one_megabyte_single_line():
    line = ("全市新增普惠性托位比去年增长惠及家长" * 60_000)[: 1 << 20]
    assert "\n" not in line and len(line) == 1 << 20
    doc = default_extractor().extract(line + "1365个")
    doc.check_offsets(line + "1365个")
    assert [c.quantity.surface for c in doc.claims] == ["1365个"]


_PLACE_TEXT = st.text(alphabet="省市县区州盟旗镇乡村自治特别行政区一二三城全，。a1 〇々", max_size=60)


@given(_PLACE_TEXT)
@settings(max_examples=500, deadline=None)
@example("广西壮族自治区南宁市")
@example("香港特别行政区区")
def test_place_names_are_the_pattern_matches(f):
    """The guided search for place names finds exactly the matches of the plain pattern."""
    from newsfacts.extractor import default_extractor

    places = default_extractor().claim_builder.place_names
    assert list(places.names(f)) == places.pattern.findall(f)
