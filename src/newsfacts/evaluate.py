"""Scoring against gold files, as ``docs/records.md`` (Scoring) describes it.

A predicted quantity matches a gold claim when their spans overlap (one to one, greedy by
overlap size); optional gold claims are removed from both sides first. Scores are summed
over documents. ``newsfacts evaluate GOLD...`` prints :func:`format_line`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Optional

from .extractor import Extractor
from .models import Claim, Document
from .text import CLAUSE_END

_STRIP = str.maketrans("", "", "“”「」『』‘’\"' 　")


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named: a directory stands for its ``*.json`` and ``*.jsonl`` files
    (recursively, sorted)."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.suffix in (".json", ".jsonl") and f.is_file())
            if not found:
                raise ValueError(f"{path}: no .json or .jsonl gold files in this directory")
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise ValueError(f"{path}: no such file or directory")
    return out


def load_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Gold documents from files or directories (see :func:`gold_files`); a file that is
    not gold JSON raises ``ValueError`` naming the file (and line, for JSONL)."""
    docs: list[dict[str, Any]] = []
    for path in gold_files(paths):
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ValueError(f"{path}: cannot read gold file: {e}") from None
        if path.suffix == ".jsonl":
            for no, line in enumerate(raw.splitlines(), 1):
                if line.strip():
                    docs.append(_check_gold(_json(line, f"{path}:{no}"), f"{path}:{no}"))
        else:
            data = _json(raw, str(path))
            for d in data if isinstance(data, list) else [data]:
                docs.append(_check_gold(d, str(path)))
    return docs


def _json(raw: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise ValueError(f"{where}: not valid JSON ({e})") from None


def _check_gold(doc: Any, where: str) -> dict[str, Any]:
    if not isinstance(doc, dict) or "text" not in doc or "claims" not in doc:
        raise ValueError(f"{where}: a gold document needs 'text' and 'claims'")
    doc.setdefault("doc_id", Path(where).stem)
    return doc


def _same_value(a: Optional[Decimal | float | int], b: Optional[Decimal | float | int]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    x, y = Decimal(str(a)), Decimal(str(b))
    if x == y:
        return True
    if x == 0 or y == 0:
        return abs(x - y) < Decimal("1e-9")
    return f"{x:.8e}" == f"{y:.8e}"


def _norm(s: Optional[str]) -> str:
    return (s or "").translate(_STRIP)


def _clause_of(text: str, pos: int) -> tuple[int, int]:
    a = pos
    while a > 0 and text[a - 1] not in CLAUSE_END:
        a -= 1
    b = pos
    while b < len(text) and text[b] not in CLAUSE_END:
        b += 1
    return a, b


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _match(pred: list[Claim], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = _overlap(p.quantity.start, p.quantity.end, g["start"], g["end"])
            if ov > 0:
                pairs.append((ov, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


@dataclass
class Counts:
    pred: int = 0
    gold: int = 0
    matched: int = 0
    exact_span: int = 0
    value: int = 0
    unit: int = 0
    dimension: int = 0
    bound: int = 0
    status: int = 0
    change: int = 0
    subject_total: int = 0
    subject_strict: int = 0
    subject_lenient: int = 0
    value_unit: int = 0
    full: int = 0
    planned_pred: int = 0
    planned_gold: int = 0
    planned_hit: int = 0
    change_pred: int = 0
    change_gold: int = 0
    change_hit: int = 0
    nonclaim_errors: int = 0
    confident: int = 0
    confident_right: int = 0
    # periods, over matched claims whose gold is annotated with them
    period_gold: int = 0  # gold names a period
    period_hit: int = 0  # … and ours has its first and last day
    period_null: int = 0  # gold says none resolves
    period_invented: int = 0  # … and ours names one
    reference_gold: int = 0
    reference_pred: int = 0
    reference_hit: int = 0

    def add(self, other: "Counts") -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class DocReport:
    doc_id: str
    counts: Counts
    errors: list[str] = field(default_factory=list)


@dataclass
class Report:
    docs: list[DocReport]

    @property
    def total(self) -> Counts:
        c = Counts()
        for d in self.docs:
            c.add(d.counts)
        return c

    def summary(self) -> dict[str, Any]:
        c = self.total
        return scores(c) | {"documents": len(self.docs), "per_document": {d.doc_id: scores(d.counts) for d in self.docs}}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _f1(hits: int, pred: int, gold: int) -> float:
    p = hits / pred if pred else 0.0
    r = hits / gold if gold else 0.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def scores(c: Counts) -> dict[str, Any]:
    return {
        "precision": _ratio(c.matched, c.pred),
        "recall": _ratio(c.matched, c.gold),
        "f1": _f1(c.matched, c.pred, c.gold),
        "exact_span": _f1(c.exact_span, c.pred, c.gold),
        "value": _ratio(c.value, c.matched),
        "unit": _ratio(c.unit, c.matched),
        "dimension": _ratio(c.dimension, c.matched),
        "bound": _ratio(c.bound, c.matched),
        "status": _ratio(c.status, c.matched),
        "change": _ratio(c.change, c.matched),
        "subject_strict": _ratio(c.subject_strict, c.subject_total),
        "subject_lenient": _ratio(c.subject_lenient, c.subject_total),
        "value_unit_f1": _f1(c.value_unit, c.pred, c.gold),
        "full_f1": _f1(c.full, c.pred, c.gold),
        "status_mark_f1": _f1(c.planned_hit, c.planned_pred, c.planned_gold) if c.planned_gold or c.planned_pred else 1.0,
        "change_mark_f1": _f1(c.change_hit, c.change_pred, c.change_gold) if c.change_gold or c.change_pred else 1.0,
        "nonclaim_errors": c.nonclaim_errors,
        "confident": c.confident,
        "confident_right": _ratio(c.confident_right, c.confident),
        # null when no matched gold claim is annotated with periods (older gold has none)
        "period": _ratio(c.period_hit, c.period_gold) if c.period_gold + c.period_null else None,
        "period_invented": _ratio(c.period_invented, c.period_null) if c.period_gold + c.period_null else None,
        "reference_f1": None if not c.period_gold + c.period_null else
        _f1(c.reference_hit, c.reference_pred, c.reference_gold) if c.reference_gold or c.reference_pred else 1.0,
        "pred": c.pred,
        "gold": c.gold,
        "matched": c.matched,
    }


CONFIDENT = 0.8  # claims at or above this confidence should be fully right 90 % of the time


@dataclass(frozen=True)
class Verdict:
    """Which fields of one predicted claim agree with the gold claim it matched."""

    span: bool
    value: bool
    unit: bool
    dimension: bool
    bound: bool
    status: bool
    change: bool
    subject_strict: bool
    subject_lenient: bool
    period: Optional[bool] = None  # None where the gold claim has no period annotation
    reference: Optional[bool] = None

    @property
    def fully_right(self) -> bool:
        """Right in span, value, unit, subject (lenient) and status: what confidence predicts."""
        return self.span and self.value and self.unit and self.subject_lenient and self.status


def judge(p: Claim, g: dict[str, Any], text: str) -> Verdict:
    """Compare a predicted claim with the gold claim it matched (claims.md §3)."""
    q = p.quantity
    if g.get("bound") == "range" or g.get("value") is None:
        ok_value = _same_value(q.low, g.get("low")) and _same_value(q.high, g.get("high"))
    else:
        ok_value = _same_value(q.value, g.get("value"))
    strict, lenient = _subject_verdict(p, g, text)
    return Verdict(
        span=q.start == g["start"] and q.end == g["end"],
        value=ok_value,
        unit=(q.unit or None) == (g.get("unit") or None),
        dimension=q.dimension == g.get("dimension"),
        bound=q.bound == g.get("bound", "exact"),
        status=p.status == g.get("status", "reported"),
        change=(p.change or None) == (g.get("change") or None),
        subject_strict=strict,
        subject_lenient=lenient,
        period=_same_period(p.period, g["period"]) if "period" in g else None,
        reference=_same_period(p.reference_period, g.get("reference_period")) if "period" in g else None,
    )


def _same_period(p, g: Optional[dict[str, Any]]) -> bool:
    """First and last day agree (the anchor is not scored), or both are null."""
    if p is None or g is None:
        return p is None and g is None
    return p.start == g.get("start") and p.end == g.get("end")


def _count_period(c: "Counts", p: Claim, g: dict[str, Any], v: Verdict) -> None:
    if v.period is None:
        return
    if g.get("period") is None:
        c.period_null += 1
        c.period_invented += p.period is not None
    else:
        c.period_gold += 1
        c.period_hit += v.period
    c.reference_gold += g.get("reference_period") is not None
    c.reference_pred += p.reference_period is not None
    c.reference_hit += p.reference_period is not None and bool(v.reference)


def _subject_verdict(p: Claim, g: dict[str, Any], text: str) -> tuple[bool, bool]:
    """(strict, lenient): the subject equals the gold or an alternative; or contains one and
    lies in the amount's clause. True, True where gold names no subject."""
    gold_subj = g.get("subject")
    if not gold_subj:
        return True, True
    names = {_norm(gold_subj), *(_norm(a) for a in g.get("subject_alt") or [])}
    got = _norm(p.subject.text) if p.subject else ""
    strict = bool(got) and got in names
    if strict or p.subject is None:
        return strict, strict
    a, b = _clause_of(text, p.quantity.start)
    inside = a <= p.subject.start and p.subject.end <= b
    return False, inside and any(n and n in got for n in names)


def verdicts(gold: dict[str, Any], doc: Document) -> list[tuple[Claim, Optional[bool]]]:
    """Each predicted claim with whether it is fully right: False when it matches no gold
    claim, None when it matches an optional one (neither right nor wrong)."""
    optional = [g for g in gold["claims"] if g.get("optional")]
    required = [g for g in gold["claims"] if not g.get("optional")]
    preds = list(doc.claims)
    skip = {i for i, _ in _match(preds, optional)}
    kept = [p for i, p in enumerate(preds) if i not in skip]
    right = {id(kept[i]): judge(kept[i], required[j], gold["text"]).fully_right for i, j in _match(kept, required)}
    return [(p, None if i in skip else right.get(id(p), False)) for i, p in enumerate(preds)]


def subject_key(s: Optional[str]) -> str:
    """A subject as the strict score compares it (quotes and spaces stripped)."""
    return _norm(s)


def gold_subjects(gold: dict[str, Any], doc: Document) -> list[tuple[Claim, frozenset[str]]]:
    """Each predicted claim that matches a required gold claim with a subject, with the
    subjects that gold claim accepts (as :func:`subject_key` gives them)."""
    required = [g for g in gold["claims"] if not g.get("optional")]
    preds = list(doc.claims)
    return [(preds[i], frozenset(_norm(s) for s in (required[j]["subject"], *(required[j].get("subject_alt") or []))))
            for i, j in _match(preds, required) if required[j].get("subject")]


def evaluate_document(gold: dict[str, Any], doc: Document) -> DocReport:
    text = gold["text"]
    preds = list(doc.claims)
    optional = [g for g in gold["claims"] if g.get("optional")]
    required = [g for g in gold["claims"] if not g.get("optional")]
    # optional gold claims take their overlapping predictions out of the count
    for i, _ in sorted(_match(preds, optional), reverse=True):
        preds.pop(i)
    pairs = _match(preds, required)
    c = Counts(pred=len(preds), gold=len(required), matched=len(pairs))
    report = DocReport(gold.get("doc_id", doc.doc_id), c)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    right: dict[int, bool] = {}
    for i, j in pairs:
        p, g = preds[i], required[j]
        v = judge(p, g, text)
        right[i] = v.fully_right
        c.exact_span += v.span
        c.value += v.value
        c.unit += v.unit
        c.dimension += v.dimension
        c.bound += v.bound
        c.status += v.status
        c.change += v.change
        c.planned_pred += p.status == "planned"
        c.planned_gold += g.get("status") == "planned"
        c.planned_hit += p.status == "planned" and g.get("status") == "planned"
        c.change_pred += p.change is not None
        c.change_gold += g.get("change") is not None
        c.change_hit += p.change is not None and p.change == g.get("change")
        if g.get("subject"):
            c.subject_total += 1
            c.subject_strict += v.subject_strict
            c.subject_lenient += v.subject_lenient
        c.value_unit += v.value and v.unit
        c.full += v.value and v.unit and v.subject_lenient
        _count_period(c, p, g, v)
        problems = [name for name, ok in (("span", v.span), ("value", v.value), ("unit", v.unit),
                                          ("dimension", v.dimension), ("bound", v.bound), ("status", v.status),
                                          ("change", v.change), ("subject", v.subject_strict),
                                          ("period", v.period is not False), ("reference_period", v.reference is not False)) if not ok]
        if problems:
            report.errors.append(
                f"{report.doc_id} [{g['start']}:{g['end']}] {g['surface']!r}: "
                + "; ".join(_describe(k, p, g) for k in problems)
            )
    for i, p in enumerate(preds):
        if p.confidence >= CONFIDENT:
            c.confident += 1
            c.confident_right += right.get(i, False)
    for j, g in enumerate(required):
        if j not in matched_g:
            report.errors.append(f"{report.doc_id} MISSED [{g['start']}:{g['end']}] {g['surface']!r} ({_context(text, g['start'], g['end'])})")
    non_claims = gold.get("non_claims") or []
    for i, p in enumerate(preds):
        if i in matched_p:
            continue
        q = p.quantity
        hit = next((nc for nc in non_claims if nc and _occurs_over(text, nc, q.start, q.end)), None)
        if hit is not None:
            c.nonclaim_errors += 1
            report.errors.append(f"{report.doc_id} NON-CLAIM EMITTED [{q.start}:{q.end}] {q.surface!r} (gold non_claim {hit!r})")
        else:
            report.errors.append(f"{report.doc_id} SPURIOUS [{q.start}:{q.end}] {q.surface!r} ({_context(text, q.start, q.end)})")
    return report


def _occurs_over(text: str, needle: str, s: int, e: int) -> bool:
    start = max(0, s - len(needle))
    while True:
        k = text.find(needle, start, e + len(needle))
        if k < 0:
            return False
        if k < e and s < k + len(needle):
            return True
        start = k + 1


def _context(text: str, s: int, e: int) -> str:
    return (text[max(0, s - 12):s] + "⟦" + text[s:e] + "⟧" + text[e:e + 10]).replace("\n", "⏎")


def _describe(kind: str, p: Claim, g: dict[str, Any]) -> str:
    q = p.quantity
    got: Any
    if kind == "span":
        return f"span {q.surface!r}"
    if kind == "value":
        got = (q.value, q.low, q.high)
        want = (g.get("value"), g.get("low"), g.get("high"))
        return f"value {tuple(str(x) if x is not None else None for x in got)} want {want}"
    if kind == "subject":
        return f"subject {p.subject.text if p.subject else None!r} want {g.get('subject')!r}"
    if kind in ("period", "reference_period"):
        got, want = getattr(p, kind), g.get(kind)
        show = (lambda x: f"{x.start}…{x.end}" if x else None)(got)
        return f"{kind} {show!r} want {(want['start'] + '…' + want['end']) if want else None!r}"
    mapping = {"unit": q.unit, "dimension": q.dimension, "bound": q.bound, "status": p.status, "change": p.change}
    return f"{kind} {mapping[kind]!r} want {g.get(kind)!r}"


def evaluate(gold_docs: list[dict[str, Any]], extractor: Optional[Extractor] = None) -> Report:
    ex = extractor or Extractor()
    reports = []
    for g in gold_docs:
        # the gold's date stands for the date a batch is given with its articles
        doc = ex.extract(g["text"], doc_id=g.get("doc_id"), published=g.get("published"))
        reports.append(evaluate_document(g, doc))
    return Report(reports)


def evaluate_files(paths: Iterable[str | Path], extractor: Optional[Extractor] = None) -> Report:
    return evaluate(load_gold(paths), extractor)


LINE_KEYS = ("precision", "recall", "f1", "exact_span", "value", "unit", "dimension", "bound", "status",
             "change", "subject_strict", "subject_lenient", "value_unit_f1", "full_f1", "status_mark_f1",
             "change_mark_f1", "nonclaim_errors", "pred", "gold", "matched", "confident", "confident_right",
             "period", "period_invented", "reference_f1")


def format_line(report: Report) -> str:
    s = scores(report.total)
    return f"documents={len(report.docs)} " + " ".join(f"{k}={'n/a' if s[k] is None else s[k]}" for k in LINE_KEYS)


def format_errors(report: Report, limit: int) -> str:
    lines = [e for d in report.docs for e in d.errors][:limit]
    return "".join(line + "\n" for line in lines)
