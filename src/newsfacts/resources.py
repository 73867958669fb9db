"""Loads and checks the language knowledge under ``data/``, once per process.

Only this module opens files under ``data/``. Users extend the data without editing the
package: ``Resources.load(extra_units=..., extra_classifiers=..., extra_nonclaims=...,
extra_terms=...)`` or the same keywords on :class:`newsfacts.Extractor`.
"""

from __future__ import annotations

import array
import functools
import json
import marshal
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Iterable, Mapping, Optional

import regex

from .cache import derived_path, write_marshal
from .models import DIMENSIONS, BOUNDS


class DataError(ValueError):
    """A data file (or user extension) is malformed."""


@dataclass(frozen=True)
class Unit:
    surface: str
    key: str
    dimension: str
    factor: Optional[Decimal]  # to si_unit; None for counts
    si_unit: Optional[str]


def _lines(name: str) -> list[tuple[int, str]]:
    ref = importlib_resources.files("newsfacts") / "data" / name
    out = []
    for no, line in enumerate(ref.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            out.append((no, line.rstrip("\n")))
    return out


def data_path(name: str) -> Path:
    """The file ``name`` of the package's data folder on disk (what ``newsfacts.train`` writes)."""
    return Path(str(importlib_resources.files("newsfacts") / "data" / name))


def _weights_file(name: str, read):
    """``read(content)`` of the JSON weights file ``data/name`` (written by ``python -m
    newsfacts.train``), with its ``weights`` as a dict of floats first; DataError when the
    file cannot be read or does not hold what ``read`` asks for. What was read is kept in
    the user cache (:func:`newsfacts.cache.derived_path`) and read from there next time."""
    ref = importlib_resources.files("newsfacts") / "data" / name
    stem = "weights-" + name.partition(".")[0] + "-"
    cache = derived_path(str(ref), stem[:-1]) if isinstance(ref, Path) else None
    got = _cached_weights(cache) if cache and os.path.exists(cache) else None
    if got is not None:
        return got
    try:
        content = json.loads(ref.read_text(encoding="utf-8"))
        weights, rest = content["weights"], tuple(read(content))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{name}: cannot read the scorer ({exc})") from exc
    kinds = set(map(type, weights.values())) if isinstance(weights, dict) else {None}
    if not kinds <= {float, int}:
        raise DataError(f"{name}: weights must map feature names to numbers")
    # JSON keys are strings already; the written weights are floats (no copy then)
    weights = weights if kinds <= {float} else {k: float(v) for k, v in weights.items()}
    if cache and all(type(v) is float for v in rest) and not any("\0" in k for k in weights):
        values = array.array("d", weights.values()).tobytes()
        write_marshal(cache, (_WEIGHTS_CACHE, "\0".join(weights), values, rest), replaces=stem)
    return weights, *rest


_WEIGHTS_CACHE = 1  # the layout of a cached weights file: (this number, names, values, rest)


def _cached_weights(path: str) -> Optional[tuple]:
    """(weights, *rest) from a cached weights file, or None when it cannot be read: the
    feature names in one string, the weights as doubles (exactly the floats of the JSON)."""
    try:
        with open(path, "rb") as fh:
            layout, names, raw, rest = marshal.load(fh)
        values = array.array("d")
        values.frombytes(raw)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    keys = names.split("\0") if names else []
    if layout != _WEIGHTS_CACHE or len(keys) != len(values) or not isinstance(rest, tuple):
        return None
    return dict(zip(keys, values)), *rest


@functools.lru_cache(maxsize=1)
def confidence_model() -> tuple[dict[str, float], float, float]:
    """The confidence scorer's (weights, scale, shift) from ``data/confidence.json``."""
    return _weights_file("confidence.json", lambda c: (float(c["calibration"]["scale"]), float(c["calibration"]["shift"])))


@functools.lru_cache(maxsize=1)
def subject_boundary_model() -> tuple[dict[str, float], float]:
    """The subject-boundary scorer's (weights, margin) from ``data/subject_boundary.json``."""
    return _weights_file("subject_boundary.json", lambda c: (float(c["margin"]),))


def subject_reach_model() -> tuple[dict[str, float], float]:
    """The (weights, margin) that say where a subject after its amount ends, from
    ``data/subject_reach.json``."""
    return _weights_file("subject_reach.json", lambda c: (float(c["margin"]),))


def subject_trim_model() -> tuple[dict[str, float], float]:
    """The (weights, margin) that say where a subject before its amount ends, from
    ``data/subject_trim.json``."""
    return _weights_file("subject_trim.json", lambda c: (float(c["margin"]),))


@functools.lru_cache(maxsize=1)
def subject_pick_model() -> tuple[dict[str, float], float]:
    """The (weights, margin) of the ranker that says which phrase around an amount is its
    subject, from ``data/subject_pick.json``."""
    return _weights_file("subject_pick.json", lambda c: (float(c["margin"]),))


_PERIOD_COLUMNS = {"year": 2, "part": 3, "plan": 3, "festival": 3, "lunar_new_year": 3, "solar_festival": 6, "dekad": 3}
_PERIOD_KINDS = ("until", "since", "close", "cumulative", "now", "recent", "future", "era", "april_fiscal", "school_year", "compare",
                 "compare_year", "compare_other", "change", "noun", "timeless", "compared_after", "festival_word",
                 "spoken", "two_year_average",
                 "year_to_date", "annual_budget", "speech", "before_word")


@functools.lru_cache(maxsize=1)
def period_table() -> tuple[tuple[str, ...], ...]:
    """``data/periods.tsv``: rows ``kind, word, values…`` of the time expressions that
    :mod:`newsfacts.periods` resolves (year offsets, months of a part of the year, plan
    years) and its word lists."""
    rows = []
    for no, line in _lines("periods.tsv"):
        cols = tuple(c.strip() for c in line.split("\t"))
        kind = cols[0]
        if kind in _PERIOD_COLUMNS:
            numbers = cols[3:] if kind == "solar_festival" and cols[2] == "*" else cols[2:]  # (*: any other year)
            ok = len(cols) == _PERIOD_COLUMNS[kind] + 1 and all(regex.fullmatch(r"-?\d+", c) for c in numbers)
        else:
            ok = kind in _PERIOD_KINDS and len(cols) > 1
        if not ok or not all(cols):
            raise DataError(f"periods.tsv:{no}: expected year<TAB>word<TAB>offset, part<TAB>word<TAB>first<TAB>last "
                            f"month, plan<TAB>word<TAB>first<TAB>last year, festival<TAB>word<TAB>first<TAB>last day "
                            f"from the lunar new year, lunar_new_year<TAB>year<TAB>month<TAB>day, solar_festival<TAB>"
                            f"word<TAB>year or *<TAB>month<TAB>day<TAB>month<TAB>day, dekad<TAB>word<TAB>first<TAB>last day, or one of "
                            f"{', '.join(_PERIOD_KINDS)} and words")
        rows.append(cols)
    missing = set(_PERIOD_KINDS) - {r[0] for r in rows}
    if missing:
        raise DataError(f"periods.tsv: no {', '.join(sorted(missing))} row")
    return tuple(rows)


def tag_corrections() -> dict[str, str]:
    """``data/tags.tsv``: corrections to the part-of-speech tags of jieba's dictionary, word
    to tag (read by :mod:`newsfacts.lexicon`)."""
    out: dict[str, str] = {}
    for no, line in _lines("tags.tsv"):
        cols = line.split("\t")
        if len(cols) != 2 or not cols[0].strip() or not cols[1].strip():
            raise DataError(f"tags.tsv:{no}: expected word<TAB>tag")
        out[cols[0].strip()] = cols[1].strip()
    return out


def _words(name: str) -> list[str]:
    words: list[str] = []
    for _, line in _lines(name):
        words.extend(line.split())
    return words


def _read_units() -> list[Unit]:
    units = []
    for no, line in _lines("units.tsv"):
        cols = line.split("\t")
        if len(cols) != 5:
            raise DataError(f"units.tsv:{no}: expected 5 tab-separated columns, got {len(cols)}")
        surface, key, dim, factor, si_unit = cols
        units.append(make_unit(surface, key, dim, factor, si_unit, where=f"units.tsv:{no}"))
    return units


def make_unit(
    surface: str, key: str, dimension: str, factor: object = None, si_unit: Optional[str] = None,
    where: str = "unit",
) -> Unit:
    if not isinstance(surface, str) or not surface.strip() or not isinstance(key, str) or not key.strip():
        raise DataError(f"{where}: the surface and key must be non-empty strings, got {surface!r} and {key!r}")
    if dimension not in DIMENSIONS:
        raise DataError(f"{where}: unknown dimension {dimension!r}")
    fac: Optional[Decimal] = None
    if factor not in (None, ""):
        try:
            fac = Decimal(str(factor))
        except Exception as exc:  # decimal raises several types
            raise DataError(f"{where}: bad factor {factor!r}") from exc
        if not fac.is_finite() or fac <= 0:
            raise DataError(f"{where}: the factor must be a finite positive number, got {factor!r}")
    return Unit(surface, key, dimension, fac, si_unit or None)


def _read_bounds() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    bridges: set[str] = set()
    for no, line in _lines("bounds.tsv"):
        cols = line.split("\t")
        if len(cols) != 3:
            raise DataError(f"bounds.tsv:{no}: expected 3 tab-separated columns")
        pos, bound, words = cols
        if pos == "bridge":
            bridges.update(words.split())
            continue
        if bound not in BOUNDS or pos not in ("before", "after"):
            raise DataError(f"bounds.tsv:{no}: bad position/bound {pos!r}/{bound!r}")
        target = before if pos == "before" else after
        for w in words.split():
            target[w] = bound
    return before, after, frozenset(bridges)


def _opencc_fold() -> dict[int, int]:
    """OpenCC's traditional-to-simplified character table (the ``opencc-python-reimplemented``
    package), keeping only unambiguous one-to-one entries: 則→则 is kept, 乾 (干 or 乾) and
    於 (于 or 於) are not, since the character is also written in simplified text."""
    try:
        from importlib import resources as ir

        raw = (ir.files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    except (ImportError, OSError, ValueError):
        return {}
    table: dict[int, int] = {}
    for line in raw.splitlines():
        src, _, cands = line.partition("\t")
        options = cands.split()
        if len(src) == 1 and options and len(options[0]) == 1 and src not in options:
            table[ord(src)] = ord(options[0])
    return table


def _read_fold() -> dict[int, int]:
    """fold.tsv (ours, checked first) over OpenCC's unambiguous character table."""
    table: dict[int, int] = _opencc_fold()
    for no, line in _lines("fold.tsv"):
        cols = line.split("\t")
        if len(cols) != 2 or len(cols[0]) != 1 or len(cols[1]) != 1:
            raise DataError(f"fold.tsv:{no}: expected one character to one character")
        table[ord(cols[0])] = ord(cols[1])
    return table


def _read_cues() -> dict[str, tuple[str, ...]]:
    cues: dict[str, list[str]] = {}
    for no, line in _lines("cues.tsv"):
        cols = line.split("\t")
        if len(cols) != 2:
            raise DataError(f"cues.tsv:{no}: expected 2 tab-separated columns")
        cues.setdefault(cols[0], []).extend(cols[1].split())
    return {k: tuple(v) for k, v in cues.items()}


def _read_numeric_words() -> dict[str, tuple[Decimal, str, str]]:
    out = {}
    for no, line in _lines("numeric_words.tsv"):
        cols = line.split("\t")
        if len(cols) != 4 or cols[3] not in BOUNDS:
            raise DataError(f"numeric_words.tsv:{no}: expected surface, value, unit, bound")
        out[cols[0]] = (Decimal(cols[1]), cols[2], cols[3])
    return out


def _read_currency_prefixes() -> tuple[tuple[str, str], ...]:
    out = []
    for no, line in _lines("currency_prefixes.tsv"):
        cols = line.split("\t")
        if len(cols) != 2:
            raise DataError(f"currency_prefixes.tsv:{no}: expected surface, currency key")
        out.append((cols[0], cols[1]))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def _read_furniture() -> list[tuple[str, "regex.Pattern[str]"]]:
    out = []
    for no, line in _lines("furniture.tsv"):
        kind, _, pattern = line.partition("\t")
        if kind not in ("line", "tail", "lead"):
            raise DataError(f"furniture.tsv:{no}: kind must be line, tail or lead")
        try:
            out.append((kind, regex.compile(pattern)))
        except regex.error as exc:
            raise DataError(f"furniture.tsv:{no}: {exc}") from exc
    return out


@dataclass
class Resources:
    """Everything the extraction steps read from data files."""

    units: dict[str, Unit]
    classifiers: frozenset[str]
    bounds_before: dict[str, str]
    bounds_after: dict[str, str]
    bridges: frozenset[str]
    nonclaims: frozenset[str]
    fold: dict[int, int]
    furniture: list
    cues: dict[str, tuple[str, ...]]
    numeric_words: dict[str, tuple[Decimal, str, str]]
    currency_prefixes: tuple[tuple[str, str], ...]
    terms: frozenset[str] = field(default_factory=frozenset)
    jieba_delete: frozenset[str] = field(default_factory=frozenset)
    predicates: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)

    @property
    def datelines(self) -> list:
        """The dateline patterns (furniture.tsv kind lead: 新华社…电(记者…), 本报讯) that open a line."""
        return [p for kind, p in self.furniture if kind == "lead"]

    @classmethod
    def load(
        cls,
        extra_units: Iterable[Mapping[str, object] | Unit] = (),
        extra_classifiers: Iterable[str] = (),
        extra_nonclaims: Iterable[str] = (),
        extra_terms: Iterable[str] = (),
    ) -> "Resources":
        base = _base()
        units = dict(base.units)
        for u in extra_units:
            unit = u if isinstance(u, Unit) else make_unit(
                u.get("surface"), u.get("key"), str(u.get("dimension")), u.get("factor"),  # type: ignore[arg-type]
                u.get("si_unit"), where=f"extra unit {u.get('surface')!r}")  # type: ignore[arg-type]
            units[unit.surface] = unit
        extra_classifiers = tuple(extra_classifiers)
        extra_nonclaims = tuple(extra_nonclaims)
        extra_terms = tuple(extra_terms)
        for w in (*extra_classifiers, *extra_nonclaims, *extra_terms):
            if not isinstance(w, str) or not w.strip():
                raise DataError(f"extension words must be non-empty strings, got {w!r}")
        return cls(
            units=units,
            classifiers=base.classifiers | frozenset(extra_classifiers),
            bounds_before=base.bounds_before,
            bounds_after=base.bounds_after,
            bridges=base.bridges,
            nonclaims=base.nonclaims | frozenset(extra_nonclaims),
            fold=base.fold,
            furniture=base.furniture,
            cues=base.cues,
            numeric_words=base.numeric_words,
            currency_prefixes=base.currency_prefixes,
            terms=base.terms | frozenset(extra_terms),
            jieba_delete=base.jieba_delete,
            predicates=base.predicates,
            places=base.places,
        )

    def fold_text(self, text: str) -> str:
        """Full-width to ASCII and traditional to simplified, one character for one."""
        return text.translate(self._fold_table)

    @functools.cached_property
    def changed_han(self) -> "re.Pattern[str]":
        """A CJK ideograph (U+4E00–U+9FFF) that folding changes: a traditional character."""
        chars = "".join(sorted(chr(cp) for cp, to in self.fold.items() if cp != to and 0x4E00 <= cp <= 0x9FFF))
        return re.compile(f"[{chars}]" if chars else "(?!)")

    @functools.cached_property
    def _fold_table(self) -> list[int]:
        # a list indexed by code point translates faster than the dict; code points past
        # its end are left as they are (str.translate ignores the IndexError)
        table = list(range(max(self.fold, default=0) + 1))
        for cp, to in self.fold.items():
            table[cp] = to
        return table


@functools.lru_cache(maxsize=1)
def _base() -> Resources:
    before, after, bridges = _read_bounds()
    fold = _read_fold()
    # full-width ASCII (！ to ～) and the ideographic space fold to ASCII, one for one
    for cp in range(0xFF01, 0xFF5F):
        fold.setdefault(cp, cp - 0xFEE0)
    fold[0x3000] = 0x20
    units = {u.surface: u for u in _read_units()}
    return Resources(
        units=units,
        classifiers=frozenset(_words("classifiers.txt")),
        bounds_before=before,
        bounds_after=after,
        bridges=bridges,
        nonclaims=frozenset(_words("nonclaims.txt")),
        fold=fold,
        furniture=_read_furniture(),
        cues=_read_cues(),
        numeric_words=_read_numeric_words(),
        currency_prefixes=_read_currency_prefixes(),
        terms=frozenset(_words("terms.txt")),
        jieba_delete=frozenset(_words("jieba_del.txt")),
        predicates=frozenset(_words("predicates.txt")),
        places=frozenset(_words("places.txt")),
    )


def default_resources() -> Resources:
    return _base()
