"""The records of ``spec/claims.md``: Span, Phrase, Quantity, Claim, Document.

Amounts are :class:`decimal.Decimal` in Python and plain JSON numbers on the wire
(integers stay integers, fractions are written with the shortest float repr of an
exactly computed decimal, so ``251.01万`` is ``2510100`` and never ``2510100.0000000005``).

Offsets are Python string indices into the caller's text. A :class:`Document` built with
``model_validate(data, context={"text": text})`` (or through :meth:`Document.check_offsets`)
rejects any span whose slice is not its surface.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any, Literal, Optional, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

SCHEMA_VERSION = "1.2"

Dimension = Literal[
    "count",
    "money",
    "percent",
    "percentage_point",
    "multiple",
    "length",
    "area",
    "volume",
    "mass",
    "energy",
    "power",
    "duration",
    "speed",
    "temperature",
    "other",
]
DIMENSIONS: tuple[str, ...] = Dimension.__args__  # type: ignore[attr-defined]

Bound = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"]
BOUNDS: tuple[str, ...] = Bound.__args__  # type: ignore[attr-defined]

Status = Literal["reported", "planned"]
Change = Literal["increase", "decrease"]


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number a reader expects: int when integral, else float."""
    if value is None:
        return None
    if not value.is_finite():
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Number = Annotated[
    Decimal,
    PlainSerializer(decimal_to_json, when_used="json"),
    WithJsonSchema({"type": "number"}),
]


# the instance slots model_construct fills, set through their descriptors
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_new = object.__new__
# per record class: its field names in order (None when it has a post-init hook) and the
# fields set every instance gets a copy of (kept out of the class: pydantic would take it
# for a private attribute)
_TRUSTED: dict[type, tuple[Optional[tuple[str, ...]], set[str]]] = {}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)

    @classmethod
    def trusted(cls, **values: Any) -> Self:
        """``model_construct`` for already valid values given for every field, in the order
        the fields are declared: the same instance (``__dict__`` in field order, every field
        in the fields set, no extra, no private attributes) without model_construct's
        per-field alias and default handling. Other calls go through ``model_construct``.
        No validation: the caller vouches for the values (``Document.check_offsets`` checks
        the spans)."""
        spec = _TRUSTED.get(cls)
        if spec is None:
            order = tuple(cls.__pydantic_fields__)
            # a class with a post-init hook always goes through model_construct
            spec = _TRUSTED[cls] = (order if cls.__pydantic_post_init__ is None else None, set(order))
        if tuple(values) != spec[0]:
            return cls.model_construct(**values)
        m = _new(cls)  # BaseModel has no __new__ of its own
        _set_dict(m, values)
        _set_fields_set(m, spec[1].copy())
        _set_extra(m, None)
        _set_private(m, None)
        return m


def _check_slice(info: ValidationInfo, start: int, end: int, surface: str, what: str) -> None:
    text = (info.context or {}).get("text") if info.context else None
    if text is None:
        return
    if text[start:end] != surface:
        raise ValueError(
            f"{what} offsets [{start}:{end}] give {text[start:end]!r}, not {surface!r}"
        )


class Span(_Model):
    """A stretch of the document text, end exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Phrase(_Model):
    """A piece of text with its offsets: ``text == document[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _round_trip(self, info: ValidationInfo) -> "Phrase":
        if self.end - self.start != len(self.text):
            raise ValueError(f"phrase {self.text!r} does not fit [{self.start}:{self.end}]")
        _check_slice(info, self.start, self.end, self.text, "phrase")
        return self


class Quantity(_Model):
    """An amount as written and as normalised (spec §2, Quantity)."""

    surface: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: Optional[Number] = None
    low: Optional[Number] = None
    high: Optional[Number] = None
    bound: Bound = "exact"
    unit: Optional[str] = None
    unit_surface: Optional[str] = None
    dimension: Dimension = "count"
    si_value: Optional[Number] = None
    si_unit: Optional[str] = None

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> "Quantity":
        if self.end - self.start != len(self.surface):
            raise ValueError(f"surface {self.surface!r} does not fit [{self.start}:{self.end}]")
        if self.value is None and self.bound != "range":
            raise ValueError("value may be null only for a range")
        if self.bound == "range" and (self.low is None or self.high is None):
            raise ValueError("a range needs low and high")
        _check_slice(info, self.start, self.end, self.surface, "quantity")
        return self


Anchor = Literal["published", "text", "document"]


class Period(_Model):
    """A calendar period, first and last day inclusive (ISO dates), and what it was resolved
    against: the article's date (``published``), a date written in the claim's own time
    (``text``), or a date stated elsewhere in the article (``document``)."""

    start: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    end: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    anchor: Anchor

    @model_validator(mode="after")
    def _ordered(self) -> "Period":
        if self.end < self.start:
            raise ValueError(f"period end {self.end} before start {self.start}")
        return self


class Claim(_Model):
    """One quantitative claim (spec §2, Claim)."""

    id: str
    doc_id: str
    quantity: Quantity
    subject: Optional[Phrase] = None
    predicate: Optional[Phrase] = None
    scope: Optional[str] = None
    time: Optional[str] = None
    status: Status = "reported"
    change: Optional[Change] = None
    modifiers: list[str] = Field(default_factory=list)
    sentence: Span
    group: Optional[int] = None
    # the calendar period ``time`` resolves to, and the base of a comparison (同比)
    period: Optional[Period] = None
    reference_period: Optional[Period] = None
    # how likely the whole claim is right (span, value, unit, subject, status): the trained
    # scorer over the rules' evidence, calibrated on unseen gold (spec §2.4)
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    # which rules fired for each field, in order: {field: [[rule, value], …]}; filled only
    # by an Extractor(trace=True), never part of the stable record (spec §2.4)
    trace: Optional[dict[str, list[list[Any]]]] = Field(default=None, exclude=True)


class Document(_Model):
    """An article and its claims (spec §2, Document)."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str
    title: Optional[str] = None
    source: Optional[str] = None
    authors: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)
    url: Optional[str] = None
    published: Optional[str] = None
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @field_validator("claims")
    @classmethod
    def _in_text_order(cls, claims: list[Claim]) -> list[Claim]:
        keys = [(c.quantity.start, c.quantity.end) for c in claims]
        if keys != sorted(keys):
            raise ValueError("claims must be in text order")
        return claims

    def check_offsets(self, text: str) -> None:
        """Raise ``pydantic.ValidationError`` unless every span round-trips in ``text``."""
        type(self).model_validate(self.model_dump(), context={"text": text})

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record, with each claim's ``trace`` where tracing was on."""
        data = self.model_dump(mode="json")
        for claim, out in zip(self.claims, data["claims"]):
            if claim.trace is not None:
                out["trace"] = claim.trace
        return data


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Document` (what ``newsfacts schema`` prints)."""
    # the serialised form: what the output holds (``trace`` is left out, as it is of the record)
    schema = Document.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"newsfacts Document (schema_version {SCHEMA_VERSION})"
    return schema
