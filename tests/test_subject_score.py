"""The subject-boundary scorers: where a subject before its amount starts, and where one after
it ends (subject_score)."""

from pathlib import Path

import pytest

from newsfacts import Extractor, subject_score, train
from newsfacts.resources import data_path, default_resources
from newsfacts.text import analyse


@pytest.fixture(scope="module")
def ex():
    return Extractor(trace=True)


def _subjects(ex, text):
    return {c.quantity.surface: c for c in ex.extract(text).claims}


# sentences of real releases (the gold's), the amount, the subject the rules gave, and the
# subject with the scorer's start (or end)
MOVED = [
    ("全市建有護理院10家，床位2000張。", "10家", "建有護理院", "護理院"),
    ("截至年底，全省累计招引亿元以上制造业项目100个。", "100个", "招引亿元以上制造业项目", "亿元以上制造业项目"),
    ("全年確保糧食產量145萬噸以上。", "145萬噸以上", "確保糧食產量", "糧食產量"),
    # a subject after its amount that the rules cut short: the end scorer moves its end
    ("全市530个市重大项目投资完成率达到103%。", "530个", "市", "市重大项目"),
    ("新建3座高架站。", "3座", "高架", "高架站"),
    ("年内启动创建2至4个美丽乡村试点。", "2至4个", "美丽乡村", "美丽乡村试点"),
]


@pytest.mark.parametrize("text, amount, rules, scored", MOVED)
def test_scorer_moves_the_start_or_end(ex, text, amount, rules, scored):
    claim = _subjects(ex, text)[amount]
    assert claim.subject.text == scored
    assert text[claim.subject.start:claim.subject.end] == scored
    steps = dict(claim.trace["subject"])
    assert steps["boundary_scorer"] == scored and steps["clause_phrase"] == rules


def test_reach_stops_at_punctuation_and_amounts():
    res = default_resources()
    ex = Extractor()
    text = "建设1个市级、7个县级公共实训基地。"
    page = analyse(text, res)
    blocked = ex.scanner.scan(page).blocked()
    s = text.index("市级")
    ends, feats, r = subject_score.reach(page, ex.tokenizer, blocked, s, s + 2)
    assert [text[s:e] for e in ends] == ["市级"] and r == 0 and len(feats) == 1
    assert subject_score.reach(page, ex.tokenizer, blocked, s, s + 1) is None  # the rules' end is no word end


def test_an_inherited_subject_moves_with_its_source_within_its_clauses(ex):
    # gold g362: the change of 9.2% is the change of the moved subject; the next clause keeps its own
    text = "实现进出口商品总额2163亿元,同比增长9.2%;完成固定资产投资500亿元,同比增长6%。"
    cs = _subjects(ex, text)
    assert cs["2163亿元"].subject.text == "进出口商品总额"
    assert cs["9.2%"].subject.text == "进出口商品总额"
    assert dict(cs["9.2%"].trace["subject"])["inherit_from_list"] == "商品总额"
    assert cs["6%"].subject.text == "固定资产投资"


def test_scorer_off_keeps_the_rules_start():
    plain = Extractor()
    plain.claim_builder.boundary.weights = {}  # no weights: the step keeps every start
    plain.claim_builder.ranker.weights = {}  # (the phrase ranker would take 護理院 itself)
    claim = _subjects(plain, MOVED[0][0])["10家"]
    assert claim.subject.text == "建有護理院"


def test_only_a_subject_in_the_amounts_clause_is_weighed():
    page = analyse("投资完成率前九名项目，按责任单位划分分别是：指挥部1个。", default_resources())
    f = page.folded
    amount = f.index("1个")
    assert not subject_score.applies(page, f.index("项目"), f.index("项目") + 2, amount)
    assert subject_score.applies(page, f.index("指挥部"), f.index("指挥部") + 3, amount)


def test_a_count_or_an_amount_never_joins_the_subject():
    res = default_resources()
    words = subject_score.WordClasses(res.places, res.classifiers)
    text = "投资完成率前九名项目1个"
    tokens = [(0, 5, "投资完成率"), (5, 6, "前"), (6, 8, "九名"), (8, 10, "项目")]
    starts, feats, r = subject_score.candidates(text, tokens, 8, 10, 10, words)
    assert starts[r] == 8 and 6 not in starts  # 九名项目 is no candidate
    assert len(starts) == len(feats) and {0, 5} <= set(starts)
    starts, _, r = subject_score.candidates(text, tokens, 8, 10, 10, words, floor=6)
    assert starts == [8]  # nothing before the end of an amount or a date


def test_fit_prefers_the_starts_the_gold_accepts():
    good = [["good"], ["d=0"]]
    rows = [("a", good, 1, frozenset({0}))] * 20 + [("b", [["d=0"], ["other"]], 0, frozenset({0}))] * 20
    w = train.fit_boundary(rows)
    assert train.boundary_choice(w, good, 1) == 0
    assert train.fit_boundary(rows) == w  # no randomness


@pytest.mark.slow
def test_shipped_boundary_and_ranker_weights_repeat_bit_for_bit():
    fixtures = Path(__file__).resolve().parent / "fixtures"
    starts, ends, trims, picks = train.boundary_examples(fixtures / "gold", fixtures / "unseen")
    assert data_path("subject_boundary.json").read_text(encoding="utf-8") == train.dumps(train.boundary_model(starts))
    assert data_path("subject_reach.json").read_text(encoding="utf-8") == train.dumps(train.boundary_model(ends, "ends"))
    assert data_path("subject_trim.json").read_text(encoding="utf-8") == train.dumps(train.boundary_model(trims, "trimmed ends"))
    assert data_path("subject_pick.json").read_text(encoding="utf-8") == train.dumps(train.pick_model(picks))


def test_trim_candidates_are_the_word_ends_before_the_amount(ex):
    """地区生产总值预期增长7.5%: the subject may end after 地区生产总值 or after 预期; nothing
    past the amount is a candidate."""
    page = analyse("地区生产总值预期增长7.5%。", default_resources())
    cb = ex.claim_builder
    blocked = ex.scanner.scan(page).blocked()
    ends, feats, r = subject_score.trim(page, cb.tok, blocked, 0, 8, 10)
    assert ends[r] == 8 and 6 in ends and max(ends) <= 10 and len(feats) == len(ends)
    assert subject_score.trim(page, cb.tok, blocked, 0, 7, 10) is None  # 7 is no word end


def test_a_list_pass_copy_moves_with_its_subject(ex):
    # 分别 gives the later amounts the items' subjects: whatever start the scorer takes, the two
    # amounts of one item keep one subject
    cs = ex.extract("年末,全国共有专业公共卫生机构床位32.5万张、卫生人员101万人,分别比2020年末增长9.8%、8.8%。").claims
    assert [c.quantity.surface for c in cs] == ["32.5万张", "101万人", "9.8%", "8.8%"]
    assert cs[0].subject == cs[2].subject and cs[1].subject == cs[3].subject
    assert cs[0].subject.text.endswith("床位") and cs[1].subject.text == "卫生人员"
