"""The tokenizer backends give the same tokens and the same records.

``jieba-ref`` is jieba's own ``cut(..., HMM=False)``; ``jieba`` is our one-pass version of
it over jieba's dictionary; ``rjieba`` is the Rust port given our dictionary (skipped when
``newsfacts[fast]`` is not installed).
"""

from __future__ import annotations

import glob
import itertools
import json
import os
import random

import pytest

from newsfacts.extractor import Extractor
from newsfacts.resources import Resources
from newsfacts import tokens
from newsfacts.tokens import Tokenizer, rjieba_available, resolve_backend

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = sorted(glob.glob(os.path.join(HERE, "fixtures", "dev", "*.json"))
                  + glob.glob(os.path.join(HERE, "fixtures", "gold", "*.json")))
BACKENDS = ["jieba"] + (["rjieba"] if rjieba_available() else [])

# characters where jieba and its Rust port disagree on what is Han (extension A,
# compatibility ideographs, plane 2), line breaks, emoji, full-width digits, deleted words
ODD = ("䶯䶰讥𦡦兀﨑鿯a\r\n\r\r\nAT&T c++ 3.5% ５０亿元 🎉 辆车台车 1212辆车 ok\u3000\t"
       "适老化改造保障性租赁住房 架飞机艘船 一-二_三.四#五")


def _texts() -> list[tuple[str, str]]:
    out = []
    for path in FIXTURES:
        with open(path, encoding="utf-8") as fh:
            out.append((os.path.basename(path), json.load(fh)["text"]))
    return out


@pytest.fixture(scope="module")
def res():
    return Resources.load()


@pytest.fixture(scope="module")
def reference(res):
    return Tokenizer(res.terms, res.jieba_delete, backend="jieba-ref")


@pytest.mark.parametrize("backend", BACKENDS)
def test_tokens_identical_on_windows(res, reference, backend):
    tok = Tokenizer(res.terms, res.jieba_delete, backend=backend)
    rng = random.Random(6)
    every = [t for _, t in _texts()]
    # at most 200 fixture texts, evenly spread (the windows of each cost a reference tokenisation;
    # the records of every fixture are compared below)
    texts = every[::-(-len(every) // 200)] + [ODD, ODD * 3]
    checked = 0
    for text in texts:
        n = len(text)
        windows = [(0, n)] + [tuple(sorted((rng.randrange(n + 1), rng.randrange(n + 1)))) for _ in range(150)]
        # windows that end at the same place, in any order (they share routes)
        for _ in range(20):
            e = rng.randrange(n + 1)
            windows += [(max(0, e - rng.randrange(1, 80)), e) for _ in range(4)]
        for a, b in windows:
            assert tok.spans(text, a, b) == reference.spans(text, a, b), (backend, text[a:b])
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize("backend", BACKENDS)
def test_records_identical_on_every_fixture(backend):
    ref = Extractor(tokenizer="jieba-ref")
    other = Extractor(tokenizer=backend)
    for name, text in _texts():
        a = ref.extract(text).model_dump()
        b = other.extract(text).model_dump()
        assert a.keys() == b.keys()
        for field in a:
            if field == "claims":
                assert len(a["claims"]) == len(b["claims"]), (name, backend)
                for i, (ca, cb) in enumerate(zip(a["claims"], b["claims"])):
                    for key in ca:
                        assert ca[key] == cb[key], (name, backend, i, key)
            else:
                assert a[field] == b[field], (name, backend, field)


def test_auto_backend():
    assert resolve_backend("auto") == (os.environ.get("NEWSFACTS_TOKENIZER") or ("rjieba" if rjieba_available() else "jieba"))
    with pytest.raises(ValueError):
        resolve_backend("nope")


@pytest.mark.skipif(not rjieba_available(), reason="rjieba not installed")
def test_auto_loads_rjieba_after_a_few_articles(res, reference, monkeypatch):
    """Picked by ``auto``, rjieba waits until RJIEBA_AFTER characters have been cut by the
    jieba backend (a one-article run never loads it); named, it is loaded at once. The
    tokens are the reference's before and after the switch."""
    monkeypatch.delenv("NEWSFACTS_TOKENIZER", raising=False)
    monkeypatch.setattr(tokens, "RJIEBA_AFTER", 50)
    tok = Tokenizer(res.terms, res.jieba_delete, backend="auto")
    text = "全市新增普惠性托位3200个，改造适老化住房1.2万户，发放第三代社保卡12.67万张。"
    assert tok.backend == "rjieba" and tok._rs is None
    assert tok.spans(text, 0, 30) == reference.spans(text, 0, 30)
    assert tok._rs is None  # 30 characters cut, 20 to go
    assert tok.spans(text, 10, 40) == reference.spans(text, 10, 40)
    assert tok._rs is not None  # loaded by the cut that passed 50
    assert tok.spans(text, 0, len(text)) == reference.spans(text, 0, len(text))
    assert Tokenizer(res.terms, res.jieba_delete, backend="rjieba")._rs is not None
    later = Tokenizer(res.terms, res.jieba_delete, backend="auto")
    later.preload()  # what the switch does
    assert later._rs is not None and later.spans(text, 0, 30) == reference.spans(text, 0, 30)
    monkeypatch.setenv("NEWSFACTS_TOKENIZER", "rjieba")
    assert Tokenizer(res.terms, res.jieba_delete, backend="auto")._rs is not None


def test_memo_is_per_text(res):
    tok = Tokenizer(res.terms, res.jieba_delete, backend="jieba")
    a = "全市新增普惠性托位3200个"
    first = tok.spans(a, 0, 9)
    assert tok.spans(a, 0, 9) is first  # the same window of the same text: remembered
    c = "一二三四五六七八九十"
    tok.spans(c, 0, 6)
    assert tok._memo[0] is c and (0, 9) not in tok._memo[1]  # another text: memo dropped


def test_snapshot_equals_jiebas_dictionary(res, reference):
    """The dictionary a later process reads from the user cache is jieba's, term for term."""
    from newsfacts import tokens

    key = (tuple(sorted(res.terms)), tuple(sorted(res.jieba_delete)))
    path = tokens._snapshot_path(*key)
    if path is None:
        pytest.skip("no user cache directory")
    built = reference._dict
    if not os.path.exists(path):
        tokens._write_snapshot(path, built)
    snap = tokens._read_snapshot(path)
    assert snap is not None
    assert snap.total == built.jieba_tk.total
    assert snap.freq == built.jieba_tk.FREQ
    assert os.path.dirname(path) != "/tmp"


def test_snapshot_lookups_by_bisection_equal_the_dictionary(res, reference):
    """Before its dict is built, a snapshot answers lookups by bisecting its sorted words:
    the same frequency, 0 for a prefix, None for anything else."""
    from newsfacts import tokens

    key = (tuple(sorted(res.terms)), tuple(sorted(res.jieba_delete)))
    path = tokens._snapshot_path(*key)
    if path is None:
        pytest.skip("no user cache directory")
    if not os.path.exists(path):
        tokens._write_snapshot(path, reference._dict)
    snap = tokens._read_snapshot(path)
    freq = reference._dict.jieba_tk.FREQ
    probes = list(itertools.islice(freq, 0, None, 997)) + ["普惠性托位", "zzz不是词", "", "全市", "适老化改造"]
    assert [snap.lookup(w) for w in probes] == [freq.get(w) for w in probes]
    assert snap._freq is None  # answered without building the dict
