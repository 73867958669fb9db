"""The schema: span round-trips, JSON numbers without noise, the JSON Schema."""

import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from newsfacts import Document, Quantity, extract, json_schema
from newsfacts.models import Phrase, SCHEMA_VERSION


def test_quantity_rejects_span_that_does_not_round_trip():
    text = "新增托位1365个。"
    ok = {"surface": "1365个", "start": 4, "end": 9, "value": 1365, "unit": "个"}
    Quantity.model_validate(ok, context={"text": text})
    with pytest.raises(ValidationError, match="offsets"):
        Quantity.model_validate({**ok, "start": 3, "end": 8}, context={"text": text})


def test_phrase_length_must_fit():
    with pytest.raises(ValidationError):
        Phrase(text="托位", start=2, end=5)


def test_value_null_only_for_range():
    with pytest.raises(ValidationError):
        Quantity(surface="3", start=0, end=1, value=None, bound="exact")
    q = Quantity(surface="3至5年", start=0, end=4, value=None, low=3, high=5, bound="range")
    assert q.low == 3


def test_json_numbers_are_exact_and_plain():
    doc = extract("新增蓄水能力251.01万方，总形象进度81.25%。")
    data = json.loads(doc.to_json())
    values = [c["quantity"]["value"] for c in data["claims"]]
    assert values == [2510100, 81.25]
    assert isinstance(values[0], int)
    assert data["schema_version"] == SCHEMA_VERSION


def test_document_check_offsets_and_order():
    text = "建成1个市级平台、8个县市区平台。"
    doc = extract(text)
    doc.check_offsets(text)
    with pytest.raises(ValidationError):
        doc.check_offsets("x" + text)
    claims = list(reversed(doc.claims))
    with pytest.raises(ValidationError, match="text order"):
        Document(doc_id="d", claims=claims)


def test_json_schema_describes_numbers():
    schema = json_schema()
    assert schema["title"].startswith("newsfacts Document")
    q = schema["$defs"]["Quantity"]["properties"]
    assert {"type": "number"} in q["value"]["anyOf"]
    assert set(q["bound"]["enum"]) == {"exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"}
    assert Decimal  # the models use Decimal internally


def test_a_doc_id_with_a_lone_surrogate_still_serialises():
    from newsfacts import Extractor

    doc = Extractor().extract("新增托位1365个。", "bad\udc80name")
    assert doc.doc_id == "bad\\udc80name"
    assert '"bad\\\\udc80name"' in doc.model_dump_json()
