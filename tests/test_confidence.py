"""The confidence scorer: every claim has a score, the shipped weights are what training
gives (bit for bit), and users can drop claims below a threshold."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts import Extractor
from newsfacts import train
from newsfacts.confidence import CueWords, DocEvidence, features
from newsfacts.resources import data_path, default_resources

TEXT = "全市今年预计发放第三代社保卡12.67万张，去年新增普惠性托位1365个。全年完成投资3.5亿元。"


@pytest.fixture(scope="module")
def doc():
    return Extractor().extract(TEXT)


def test_every_claim_has_a_confidence(doc):
    assert len(doc.claims) == 3
    for c in doc.claims:
        assert 0.0 < c.confidence < 1.0
    assert "confidence" in json.loads(doc.to_json())["claims"][0]


def test_min_confidence_drops_the_less_sure_claims(doc):
    cut = sorted(c.confidence for c in doc.claims)[1]
    kept = Extractor(min_confidence=cut).extract(TEXT).claims
    assert [c.id for c in kept] == [c.id for c in doc.claims if c.confidence >= cut]
    assert 0 < len(kept) < len(doc.claims)
    with pytest.raises(ValueError):
        Extractor(min_confidence=1.5)


def test_cli_min_confidence():
    run = [sys.executable, "-c", "from newsfacts.cli import main; raise SystemExit(main())", "extract"]
    full = json.loads(subprocess.run(run + ["-"], input=TEXT.encode(), capture_output=True, check=True).stdout)
    top = max(c["confidence"] for c in full["claims"])
    some = json.loads(subprocess.run(run + ["--min-confidence", str(top), "-"], input=TEXT.encode(),
                                     capture_output=True, check=True).stdout)
    assert [c["confidence"] for c in some["claims"]] == [c["confidence"] for c in full["claims"] if c["confidence"] >= top]
    bad = subprocess.run(run + ["--min-confidence", "80", "-"], input=TEXT.encode(), capture_output=True)
    assert bad.returncode == 2 and b"between 0 and 1" in bad.stderr


def test_features_see_where_the_subject_stands(doc):
    res = default_resources()
    ev = DocEvidence(res.fold_text(TEXT), doc.claims, CueWords(res.cues, res.predicates), TEXT)
    first = features(doc.claims[0], ev)
    assert first["subject_before_gap<=0"] == 1.0  # 第三代社保卡 stands right before 12.67万张
    assert first["planned"] == 1.0 and "planned_no_cue" not in first  # 预计 is in its clause
    assert features(doc.claims[1], ev)["reported"] == 1.0


@pytest.mark.slow
def test_shipped_weights_repeat_bit_for_bit():
    fixtures = Path(__file__).resolve().parent / "fixtures"
    trained = train.dumps(train.model(train.examples(fixtures / "gold", fixtures / "unseen")))
    assert data_path("confidence.json").read_text(encoding="utf-8") == trained


def test_fit_learns_a_separable_feature():
    rows = [({"bias": 1.0, "good": 1.0}, True)] * 60 + [({"bias": 1.0}, False)] * 60 + \
           [({"bias": 1.0, "good": 1.0}, False)] * 2 + [({"bias": 1.0}, True)] * 2
    w = train.fit(rows)
    assert train.predict(w, {"bias": 1.0, "good": 1.0}) > 0.8 > 0.2 > train.predict(w, {"bias": 1.0})
    assert train.fit(rows) == w  # no randomness


@pytest.mark.parametrize("name", ["confidence.json", "subject_boundary.json", "subject_reach.json",
                                  "subject_trim.json", "subject_pick.json"])
def test_each_weights_file_stays_under_two_megabytes(name):
    # issue 14: the learned parts ship as small files; the ranker keeps only features seen with
    # at least train.PICK_MIN_COUNT subjects so that more gold does not grow it past the limit
    assert data_path(name).stat().st_size <= 2_000_000
