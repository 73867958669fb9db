"""The flat claim row: one claim, its quantity and subject flattened, with document metadata.

Defined once here and used by the CSV, flat-JSONL and Parquet writers, by
:func:`to_pandas`, and by the Dask module. :data:`FLAT_COLUMNS` is the ordered mapping
column -> pyarrow type *name* (so this module imports without pyarrow);
:func:`arrow_schema` turns it into a ``pyarrow.Schema``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable, Optional

from ..models import Document
from .extras import require

# column -> pyarrow type name ("float64", "int64", "string", "list<string>")
FLAT_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "claim_id": "string",
    "title": "string",
    "source": "string",
    "url": "string",
    "published": "string",
    "surface": "string",
    "start": "int64",
    "end": "int64",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "bound": "string",
    "unit": "string",
    "unit_surface": "string",
    "dimension": "string",
    "si_value": "float64",
    "si_unit": "string",
    "subject": "string",
    "subject_start": "int64",
    "subject_end": "int64",
    "predicate": "string",
    "predicate_start": "int64",
    "predicate_end": "int64",
    "scope": "string",
    "time": "string",
    "status": "string",
    "change": "string",
    "modifiers": "list<string>",
    "sentence_start": "int64",
    "sentence_end": "int64",
    "group": "int64",
    "period_start": "string",
    "period_end": "string",
    "period_anchor": "string",
    "reference_start": "string",
    "reference_end": "string",
    "confidence": "float64",
}

COLUMNS: tuple[str, ...] = tuple(FLAT_COLUMNS)

# pandas dtypes of the same columns (nullable integers and strings)
PANDAS_DTYPES: dict[str, str] = {
    name: {"string": "string", "int64": "Int64", "float64": "float64", "list<string>": "object"}[kind]
    for name, kind in FLAT_COLUMNS.items()
}

CSV_LIST_SEPARATOR = "|"


def _num(value: Optional[Decimal]) -> Optional[float]:
    if value is None or not value.is_finite():
        return None
    return float(value)


def flatten_document(doc: Document) -> list[dict[str, Any]]:
    """One flat row (a dict in :data:`COLUMNS` order) for each claim of ``doc``."""
    rows = []
    for claim in doc.claims:
        q = claim.quantity
        s = claim.subject
        p = claim.predicate
        period, ref = claim.period, claim.reference_period
        rows.append(
            {
                "doc_id": doc.doc_id,
                "claim_id": claim.id,
                "title": doc.title,
                "source": doc.source,
                "url": doc.url,
                "published": doc.published,
                "surface": q.surface,
                "start": q.start,
                "end": q.end,
                "value": _num(q.value),
                "low": _num(q.low),
                "high": _num(q.high),
                "bound": q.bound,
                "unit": q.unit,
                "unit_surface": q.unit_surface,
                "dimension": q.dimension,
                "si_value": _num(q.si_value),
                "si_unit": q.si_unit,
                "subject": s.text if s else None,
                "subject_start": s.start if s else None,
                "subject_end": s.end if s else None,
                "predicate": p.text if p else None,
                "predicate_start": p.start if p else None,
                "predicate_end": p.end if p else None,
                "scope": claim.scope,
                "time": claim.time,
                "status": claim.status,
                "change": claim.change,
                "modifiers": list(claim.modifiers),
                "sentence_start": claim.sentence.start,
                "sentence_end": claim.sentence.end,
                "group": claim.group,
                "period_start": period.start if period else None,
                "period_end": period.end if period else None,
                "period_anchor": period.anchor if period else None,
                "reference_start": ref.start if ref else None,
                "reference_end": ref.end if ref else None,
                "confidence": claim.confidence,
            }
        )
    return rows


def csv_row(row: dict[str, Any]) -> list[Any]:
    """A flat row as CSV cells: modifiers joined with ``|``, None as the empty string."""
    out = []
    for name in COLUMNS:
        value = row[name]
        if name == "modifiers":
            value = CSV_LIST_SEPARATOR.join(value or [])
        elif value is None:
            value = ""
        elif isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        out.append(value)
    return out


def _pyarrow():
    return require("pyarrow", "Parquet and pandas output", "parquet")


def arrow_schema():
    """The flat claim row as a ``pyarrow.Schema``."""
    pa = _pyarrow()
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(name, types[kind], nullable=True) for name, kind in FLAT_COLUMNS.items()])


def rows_to_table(rows: list[dict[str, Any]]):
    """A ``pyarrow.Table`` of flat rows with :func:`arrow_schema`."""
    pa = _pyarrow()
    return pa.Table.from_pylist(rows, schema=arrow_schema())


def to_pandas(docs: Iterable[Any]):
    """A flat claims ``pandas.DataFrame`` (one row a claim) of Documents.

    Anything that is not a :class:`Document` (e.g. the error items of
    :func:`newsfacts.batch.extract_many`) is skipped. Numbers are float64, offsets and
    groups nullable Int64, text columns pandas ``string``, modifiers a list of str.
    """
    pd = require("pandas", "to_pandas", "pandas")
    rows: list[dict[str, Any]] = []
    for doc in docs:
        if isinstance(doc, Document):
            rows.extend(flatten_document(doc))
    frame = pd.DataFrame({name: pd.Series([r[name] for r in rows], dtype=PANDAS_DTYPES[name] if name != "modifiers" else object) for name in COLUMNS})
    return frame
