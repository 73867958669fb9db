"""Pinyin glosses (營(yíng)業(yè)收入): read without them, offsets into the text as given (glosses)."""

import pytest

from newsfacts import Extractor
from newsfacts.glosses import without_glosses


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def _claims(ex, text):
    doc = ex.extract(text)
    for c in doc.claims:  # every span is a slice of the text as given
        assert text[c.quantity.start:c.quantity.end] == c.quantity.surface
        if c.subject is not None:
            assert text[c.subject.start:c.subject.end] == c.subject.text
        assert 0 <= c.sentence.start <= c.quantity.start < c.quantity.end <= c.sentence.end <= len(text)
    return {c.quantity.surface: c for c in doc.claims}


def test_a_glossed_subject_is_whole_with_its_last_gloss(ex):
    # sentences of a statistics release printed with pinyin after the characters (gold g326, g333)
    text = "初步核算,全年全市生產(chǎn)總值402.99億元,比上年增長6.0 %。全年新增托位數(shù)達(dá)到了6250個。"
    cs = _claims(ex, text)
    assert cs["402.99億元"].subject.text == "生產(chǎn)總值"
    assert cs["402.99億元"].quantity.value == 40299000000
    assert cs["6.0 %"].change == "increase"
    assert cs["6250個"].subject.text == "托位數(shù)"  # the gloss of its last character is in it


def test_a_gloss_inside_an_amount_stays_in_its_surface(ex):
    cs = _claims(ex, "临沂市每年安排2500萬(wàn)元。")
    q = cs["2500萬(wàn)元"].quantity
    assert (q.value, q.dimension, q.unit_surface) == (25000000, "money", "元")


def test_ids_follow_the_original_offsets(ex):
    plain = ex.extract("全年新增托位數達到了6250個。").claims[0]
    glossed = ex.extract("全年新增托位數(shù)達(dá)到了6250個。").claims[0]
    assert glossed.quantity.start == plain.quantity.start + 9  # (shù) and (dá) before it
    assert glossed.id != plain.id


def test_only_tone_marked_syllables_after_han_are_glosses():
    assert without_glosses("地区生产总值(GDP)增长5.2%,产量(zhen)和(2023)") is None
    g = without_glosses("城鎮(zhèn)化率（lǜ）")
    assert g.text == "城鎮化率"
    assert g.span(0, 2) == (0, 8) and g.span(2, 4) == (8, 14)  # 鎮 carries its gloss
    assert g.span(4, 4) == (14, 14)


def test_a_text_without_glosses_is_read_as_before(ex):
    text = "全市生产总值402.99亿元,比上年增长6.0%。"
    assert without_glosses(text) is None
    assert [c.quantity.surface for c in ex.extract(text).claims] == ["402.99亿元", "6.0%"]
