"""The language data: well formed, loaded, used; and user extensions without editing it."""

import os
from importlib import resources as importlib_resources

from pathlib import Path

import pytest

import newsfacts

from newsfacts import Extractor
from newsfacts.lexicon import KEPT, _corrections as _tag_corrections, tag
from newsfacts.resources import confidence_model, subject_boundary_model, subject_reach_model, subject_trim_model, subject_pick_model, DataError, Resources, default_resources, period_table

DATA = importlib_resources.files("newsfacts") / "data"


def test_every_data_file_is_loaded():
    res = default_resources()
    loaded = {
        "units.tsv": res.units, "classifiers.txt": res.classifiers, "bounds.tsv": res.bounds_before,
        "nonclaims.txt": res.nonclaims, "fold.tsv": res.fold, "furniture.tsv": res.furniture,
        "cues.tsv": res.cues, "numeric_words.tsv": res.numeric_words, "currency_prefixes.tsv": res.currency_prefixes,
        "terms.txt": res.terms, "jieba_del.txt": res.jieba_delete, "predicates.txt": res.predicates,
        "places.txt": res.places, "tags.tsv": _tag_corrections(), "confidence.json": confidence_model()[0],
        "periods.tsv": period_table(), "subject_boundary.json": subject_boundary_model()[0],
        "subject_reach.json": subject_reach_model()[0], "subject_trim.json": subject_trim_model()[0],
        "subject_pick.json": subject_pick_model()[0],
    }
    files = {p.name for p in DATA.iterdir() if p.is_file() and p.name != "example.txt"}
    assert files == set(loaded), "a data file is neither loaded nor listed here"
    assert all(loaded.values())


def test_unit_table_covers_the_spec():
    units = default_resources().units
    spec = {"米": "m", "公里": "km", "千米": "km", "平方米": "m2", "平方公里": "km2", "公顷": "ha", "亩": "mu",
            "立方米": "m3", "方": "m3", "升": "L", "吨": "t", "千克": "kg", "公斤": "kg", "斤": "jin", "元": "CNY",
            "美元": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR", "日元": "JPY", "澳门元": "MOP", "新台币": "TWD",
            "%": "%", "‰": "permille", "个百分点": "pp", "倍": "times", "千瓦时": "kWh", "度": "kWh", "兆瓦时": "MWh",
            "千瓦": "kW", "兆瓦": "MW", "吉瓦": "GW", "年": "year", "天": "day", "小时": "hour", "分钟": "min",
            "摄氏度": "degC", "℃": "degC", "公里/小时": "km/h", "吨标准煤": "tce", "载重吨": "dwt", "呎": "ft2",
            "毫克/立方米": "mg/m3", "微克/立方米": "ug/m3"}
    for surface, key in spec.items():
        assert units[surface].key == key, surface


def test_at_least_150_classifiers():
    assert len(default_resources().classifiers) >= 150


def test_fold_is_one_to_one():
    res = default_resources()
    text = "萬億兩個間項場輛條張１２３．４５％"
    assert len(res.fold_text(text)) == len(text)
    assert res.fold_text("萬億兩個") == "万亿两个"


def test_fold_covers_traditional_text_but_not_shared_characters():
    res = default_resources()
    # OpenCC's one-to-one entries widen our own table: 則 整體 佔 fold; the offsets cannot move
    text = "整體本地生產總值則上升0.4%，佔全港開支"
    folded = res.fold_text(text)
    assert folded == "整体本地生产总值则上升0.4%,占全港开支"
    assert len(folded) == len(text)
    # characters also written in simplified text are left alone (乾 of 乾隆, 著 of 著名)
    assert res.fold_text("乾隆著名") == "乾隆著名"


def test_changed_han_is_what_folding_changes():
    res = default_resources()
    text = "整體本地生產總值則上升0.4%，佔全港開支１２"
    folded = res.fold_text(text)
    expected = [a for a, b in zip(text, folded) if a != b and "\u4e00" <= a <= "\u9fff"]
    assert res.changed_han.findall(text) == expected == list("體產總則佔開")


def test_cue_kinds_present():
    cues = default_resources().cues
    for kind in ("planned", "planned_sentence", "reported", "increase", "decrease", "level", "modifier",
                 "scope", "time", "activity", "link", "measure", "money_context", "not_glued", "shared_head"):
        assert cues.get(kind), kind


def test_every_cue_kind_is_used():
    # a kind in cues.tsv that no module asks for is dead data
    src = Path(newsfacts.__file__).parent
    code = "".join(f.read_text(encoding="utf-8") for f in src.glob("*.py"))
    unused = [k for k in default_resources().cues if f'"{k}"' not in code]
    assert not unused, unused


def test_user_extensions():
    text = "累计投入3000人工时，三只松鼠开了三家店。"
    base = Extractor().extract(text)
    assert [(c.quantity.surface, c.quantity.unit) for c in base.claims] == [("3000", None), ("三只", "只")]
    ex = Extractor(units=[{"surface": "人工时", "key": "man_hour", "dimension": "duration", "factor": 3600,
                           "si_unit": "s"}], nonclaims=["三只松鼠", "三家店"], terms=["人工时"])
    doc = ex.extract(text)
    assert [(c.quantity.surface, c.quantity.unit, c.quantity.si_value) for c in doc.claims] == [
        ("3000人工时", "man_hour", 10800000)]


def test_extension_errors_are_clear():
    with pytest.raises(DataError, match="unknown dimension"):
        Resources.load(extra_units=[{"surface": "x", "key": "x", "dimension": "weight"}])
    with pytest.raises(DataError, match="non-empty"):
        Resources.load(extra_nonclaims=[""])


def test_tag_corrections_apply():
    fixes = _tag_corrections()
    assert fixes["超市"] == "n" and tag("超市") == ""  # jieba's dictionary says v
    for word, t in fixes.items():
        assert tag(word) == (t if t in KEPT else "")


def test_period_table_is_well_formed_and_every_kind_is_read(monkeypatch):
    from newsfacts import resources
    from newsfacts.periods import PeriodWords

    words = PeriodWords.from_rows(period_table())
    assert words.years["去年"] == -1 and words.parts["前三季度"] == (1, 9) and words.plans["十四五"] == (2021, 2025)
    assert set(words.words) == set(resources._PERIOD_KINDS)
    period_table.cache_clear()
    monkeypatch.setattr(resources, "_lines", lambda name: [(3, "part\t上半年\t1")])
    try:
        with pytest.raises(DataError, match="periods.tsv:3"):
            period_table()
    finally:
        period_table.cache_clear()


def test_weights_files_are_checked(monkeypatch, tmp_path):
    """A weights file that is not JSON, has no weights, or maps a feature to a string is a
    DataError naming the file; whole numbers are read as floats."""
    from newsfacts import resources

    (tmp_path / "data").mkdir()
    monkeypatch.setattr(resources.importlib_resources, "files", lambda _pkg: tmp_path)
    monkeypatch.setattr(resources, "derived_path", lambda *_a: None)  # no cache
    path = tmp_path / "data" / "w.json"
    for content in ("{", '{"margin": 0.1}', '{"weights": {"a": "1"}, "margin": 0.1}', '{"weights": [1], "margin": 0.1}'):
        path.write_text(content, encoding="utf-8")
        with pytest.raises(DataError, match="w.json"):
            resources._weights_file("w.json", lambda c: (c["margin"],))
    path.write_text('{"weights": {"a": 1, "b": -0.5}, "margin": 0.1}', encoding="utf-8")
    weights, margin = resources._weights_file("w.json", lambda c: (c["margin"],))
    assert weights == {"a": 1.0, "b": -0.5} and all(type(v) is float for v in weights.values()) and margin == 0.1
    assert all(type(v) is float for v in subject_pick_model()[0].values())


def test_weights_are_read_back_from_the_cache(monkeypatch, tmp_path):
    """The second read of a weights file comes from the user cache and gives the same
    floats; a changed file is read afresh, and a damaged cache file is ignored."""
    from newsfacts import resources

    (tmp_path / "data").mkdir()
    (tmp_path / "cache").mkdir()
    monkeypatch.setattr(resources.importlib_resources, "files", lambda _pkg: tmp_path)
    monkeypatch.setattr(resources, "derived_path", lambda src, stem: str(
        tmp_path / "cache" / f"{stem}-{os.stat(src).st_size}-{os.stat(src).st_mtime_ns}.marshal"))
    path = tmp_path / "data" / "w.json"
    path.write_text('{"weights": {"E=\u6570": 0.1, "b|\u4e2a": -2.25e-07}, "margin": 0.3}', encoding="utf-8")
    first = resources._weights_file("w.json", lambda c: (c["margin"],))
    (cached,) = os.listdir(tmp_path / "cache")
    assert cached.startswith("weights-w-")
    monkeypatch.setattr(resources.json, "loads", lambda *_a: pytest.fail("read the JSON again"))
    assert resources._weights_file("w.json", lambda c: (c["margin"],)) == first == ({"E=数": 0.1, "b|个": -2.25e-07}, 0.3)
    monkeypatch.undo()
    monkeypatch.setattr(resources.importlib_resources, "files", lambda _pkg: tmp_path)
    monkeypatch.setattr(resources, "derived_path", lambda src, stem: str(tmp_path / "cache" / cached))
    (tmp_path / "cache" / cached).write_bytes(b"damaged")
    assert resources._weights_file("w.json", lambda c: (c["margin"],)) == first
    from newsfacts.cache import derived_path

    if derived_path(str(path), "weights-w") is not None:  # (None: no writable user cache)
        before = derived_path(str(path), "weights-w")
        path.write_text('{"weights": {"a": 1.5}, "margin": 0.3}', encoding="utf-8")
        assert derived_path(str(path), "weights-w") != before
