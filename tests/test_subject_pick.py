"""The subject ranker: which phrase around an amount is its subject (subject_pick)."""

import json
from pathlib import Path

import pytest

from newsfacts import Extractor, subject_score, train
from newsfacts.resources import data_path, default_resources
from newsfacts.subject_pick import MAX_WORDS, PhraseRanker
from newsfacts.text import analyse

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def ex():
    return Extractor(trace=True)


def _claim(ex, text, amount):
    return next(c for c in ex.extract(text).claims if c.quantity.surface == amount)


# sentences of real releases (the gold's), the amount, and the phrase the ranker takes instead of
# the rules' subject: its words, or (as the gold's lenient match scores it) words inside it
RANKED = [
    # the rules take the word after the amount (单位, a unit the scan does not know), the ranker the goods
    ("外省调入血液23.8万单位,同比增长5.7%;外省调出血液50单位,同比减少89.7%。", "50", "外省调出血液"),
    # a reporting verb's noun (數據指) against what the vehicles are
    ("去年數據指，在快速公路上的意外仍然以私家車為主，佔 1,995 輛，較 2023 年增加近 500 輛。", "1,995 輛", "私家車"),
    # the previous clause counts accidents; this one counts deaths
    ("2021年,全縣發生各類生產安全事故6起,同比增加2起,上升50%;死亡6人,同比增加2人,上升50%。", "6人", "死亡"),
]


@pytest.mark.parametrize("text, amount, ranked", RANKED)
def test_ranker_takes_another_phrase(ex, text, amount, ranked):
    claim = _claim(ex, text, amount)
    got = claim.subject.text
    assert got in ranked and len(got) >= 2
    assert text[claim.subject.start:claim.subject.end] == got
    steps = [rule for rule, _ in claim.trace["subject"]]
    assert steps[-1] == "subject_ranker" and claim.trace["subject"][-1][1] == got
    assert claim.trace["subject"][-2][1] not in ranked  # the rules' own choice was elsewhere


def test_ranker_can_be_switched_off():
    text, amount, _ = RANKED[2]
    claim = _claim(Extractor(rank_subjects=False, trace=True), text, amount)
    assert claim.subject is not None and claim.subject.text != "死亡"
    assert "subject_ranker" not in [rule for rule, _ in claim.trace["subject"]]


def test_rules_subject_stays_when_the_ranker_agrees(ex):
    claim = _claim(ex, "全市地区生产总值达到1200亿元。", "1200亿元")
    assert claim.subject.text == "地区生产总值"
    assert "subject_ranker" not in [rule for rule, _ in claim.trace["subject"]]


def _page_and_words(text):
    ex = Extractor()
    page = analyse(text, default_resources())
    return ex, page, ex.scanner.scan(page).blocked()


def test_candidates_are_short_phrases_clear_of_the_amount():
    text = "全省规模以上工业企业营业收入增长5.2%,利润总额增长3.1%。"
    ex, page, blocked = _page_and_words(text)
    ranker = ex.claim_builder.ranker
    q0 = text.index("3.1%")
    rule = (text.index("利润总额"), text.index("利润总额") + 4)
    spans, feats, r = ranker.features(page, ex.tokenizer, blocked, (q0, q0 + 4), rule)
    assert spans[r] == rule and len(spans) == len(feats)
    texts = {text[s:e] for s, e in spans}
    assert "营业收入" in texts  # the previous clause's phrases are candidates
    for s, e in spans:
        assert e <= q0 or s >= q0 + 4  # none overlaps the amount
        assert not any(ch in text[s:e] for ch in ",。%")
        assert len(ex.tokenizer.words(page.folded, s, e)) <= MAX_WORDS


def test_fast_scores_equal_the_weights_of_the_features():
    """The claim builder sums the weights of a word's features once for all the phrases
    sharing it; the sums must be those of the features the training learns from."""
    ex = Extractor()
    ranker = ex.claim_builder.ranker
    checked = 0
    for path in sorted((FIXTURES / "gold").glob("g12[0-9]*.json"))[:12]:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        page = analyse(text, default_resources())
        blocked = ex.scanner.scan(page).blocked()
        for c in ex.extract(text).claims:
            if c.subject is None:
                continue
            amount, rule = (c.quantity.start, c.quantity.end), (c.subject.start, c.subject.end)
            spans, feats, r = ranker.features(page, ex.tokenizer, blocked, amount, rule)
            cands, ws, r2, _ = ranker.candidates(page, ex.tokenizer, blocked, amount, rule)
            if r is None or len(spans) < 2:
                continue
            slow = [sum(ranker.weights.get(n, 0.0) for n in f) for f in feats]
            fast = ranker._scores(page, ws, cands, r2, rule)
            if fast is None:  # no phrase can beat the rules' one: the slow scores agree
                best = subject_score.choose(ranker.weights, feats, r, ranker.margin)
                assert best == r
            else:
                assert fast == pytest.approx(slow, abs=1e-9)
            checked += 1
    assert checked > 100


def _eager(margin=0.0):
    """A ranker that prefers any phrase to the rules' one."""
    res = default_resources()
    return PhraseRanker({"R": -50.0, "Rno": 5.0, "rep": 1.0}, margin, res.places, ("市", "县", "区", "省"))


def test_list_and_preposition_subjects_are_left_to_the_rules():
    text = "集成电路、汽车零配件进口3494.1亿元。对欧盟进出口4905.2亿元。"
    ex, page, blocked = _page_and_words(text)
    ranker = _eager()
    q = text.index("3494.1亿元")
    assert ranker.choose(page, ex.tokenizer, blocked, (q, q + 8), (0, text.index("进口"))) is None
    q = text.index("4905.2亿元")
    s = text.index("对欧盟")
    assert ranker.choose(page, ex.tokenizer, blocked, (q, q + 8), (s, q)) is None
    # a plain phrase is the ranker's to replace
    assert ranker.choose(page, ex.tokenizer, blocked, (q, q + 8), (s + 1, q)) is not None


def test_ranker_never_moves_to_a_place():
    text = "地级市1—7月投资增速前二名：中卫市增长36.4%，吴忠市增长7.5%。"
    ex, page, blocked = _page_and_words(text)
    ranker = _eager()
    q = text.index("36.4%")
    rule = (text.index("投资"), text.index("投资") + 2)
    got = ranker.choose(page, ex.tokenizer, blocked, (q, q + 5), rule)
    assert got is None or not text[got[0]:got[1]].startswith("中卫")


def test_ranker_never_moves_to_a_sign():
    text = "一般公共预算收入\n479.89亿元 同比增长45.8%⬆\n"
    ex, page, blocked = _page_and_words(text)
    ranker = PhraseRanker({"R": -50.0, "F=⬆": 50.0}, 0.0, default_resources().places)
    q = text.index("45.8%")
    rule = (0, text.index("\n"))
    assert ranker.choose(page, ex.tokenizer, blocked, (q, q + 5), rule) is None
    # the same ranker moves to a phrase that names something when it prefers one
    ranker = PhraseRanker({"R": -50.0, "F=同比": 50.0}, 0.0, default_resources().places)
    got = ranker.choose(page, ex.tokenizer, blocked, (q, q + 5), rule)
    assert got is not None and text[got[0]:got[1]].startswith("同比")


def test_ranker_never_takes_what_a_gap_is_measured_against(ex):
    """高于全市平均增速13.2个百分点 (gold g1682): the average the gap is measured against is no
    subject; the list's subject stays. A rate said of the reference itself (高於歲出成長17.4%)
    keeps its phrase."""
    text = "分领域看,工业投资增长2.7%,居全市第5位,高于全市平均增速13.2个百分点;房地产开发投资下降9.8%。"
    claim = _claim(ex, text, "13.2个百分点")
    assert claim.subject is not None and claim.subject.text == "工业投资"
    assert "subject_ranker" not in [rule for rule, _ in claim.trace["subject"]]
    claim = _claim(ex, "同時區公所預算成長22.3%，高於歲出成長17.4%。", "17.4%")
    assert claim.subject is not None and "歲出" in claim.subject.text


def test_ranker_never_takes_a_phrase_that_names_nothing(ex):
    """以每小时0.16米上涨 (gold g1704): 每 and a unit is a rate's unit, no subject, for the
    ranker as for the rules."""
    claim = _claim(ex, "西江江口水位19.19米,超警戒线2.19米,并以每小时0.16米上涨。", "0.16米")
    assert claim.subject is None or claim.subject.text != "每小时"


def test_margin_keeps_the_rules_phrase_on_a_close_call():
    text = "其中,第一产业增加值2.9亿元,增长3.7%。"
    ex, page, blocked = _page_and_words(text)
    q = text.index("2.9亿元")
    rule = (text.index("第一产业增加值"), q)
    assert PhraseRanker({}, 0.2, frozenset()).choose(page, ex.tokenizer, blocked, (q, q + 5), rule) is None
    assert _eager(margin=1.0).choose(page, ex.tokenizer, blocked, (q, q + 5), rule) is None


def test_frequent_drops_rare_features():
    rows = [("a", [["x", "rare"], ["y"]], 0, frozenset({0}))] + [("b", [["x"], ["y"]], 0, frozenset({0}))] * 4
    kept = train.frequent(rows, min_count=2)
    assert kept[0][1] == [["x"], ["y"]] and kept[1][1] == [["x"], ["y"]]
