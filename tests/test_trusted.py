"""``_Model.trusted``: the same records as ``model_construct``, built faster."""

import copy
import pickle
from decimal import Decimal

import pytest
from pydantic import ValidationError

from newsfacts.models import Claim, Document, Phrase, Quantity, Span

TEXT = "全市累计投资3.5亿元。"


def _records(how: str):
    quantity = getattr(Quantity, how)(
        surface="3.5亿元", start=6, end=11, value=Decimal("350000000"), low=None, high=None, bound="exact",
        unit="CNY", unit_surface="元", dimension="money", si_value=Decimal("350000000"), si_unit="CNY")
    subject = getattr(Phrase, how)(text="全市", start=0, end=2)
    sentence = getattr(Span, how)(start=0, end=12)
    claim = getattr(Claim, how)(
        id="0123456789abcdef", doc_id="d1", quantity=quantity, subject=subject, predicate=None, scope=None,
        time=None, status="reported", change=None, modifiers=["累计"], sentence=sentence, group=None)
    return [claim, quantity, subject, sentence]


def _state(record):
    return (type(record), list(record.__dict__.items()), record.model_fields_set, record.__pydantic_extra__,
            record.__pydantic_private__)


def test_trusted_records_are_model_construct_records():
    for fast, slow in zip(_records("trusted"), _records("model_construct")):
        assert _state(fast) == _state(slow)
        assert fast == slow
        assert repr(fast) == repr(slow)
        assert fast.model_dump_json() == slow.model_dump_json()
        assert pickle.loads(pickle.dumps(fast)) == slow
        assert copy.deepcopy(fast) == slow


def test_trusted_records_take_assignment_like_model_construct_records():
    fast, slow = _records("trusted")[0], _records("model_construct")[0]
    fast.group = slow.group = 2
    fast.modifiers.append("新增")
    slow.modifiers.append("新增")
    assert _state(fast) == _state(slow)
    assert fast.model_fields_set is not _records("trusted")[0].model_fields_set  # never shared


def test_trusted_falls_back_to_model_construct_unless_every_field_is_given_in_order():
    assert _state(Span.trusted(end=3, start=1)) == _state(Span.model_construct(end=3, start=1))
    partial = Claim.trusted(id="x", doc_id="d", quantity=_records("trusted")[1], sentence=Span.trusted(start=0, end=1))
    assert _state(partial) == _state(
        Claim.model_construct(id="x", doc_id="d", quantity=_records("trusted")[1], sentence=Span.trusted(start=0, end=1)))
    assert partial.modifiers == [] and partial.status == "reported"


def test_documents_of_trusted_records_check_their_offsets():
    claim = _records("trusted")[0]
    Document(doc_id="d1", claims=[claim]).check_offsets(TEXT)
    bad = claim.model_copy(update={"subject": Phrase.trusted(text="全市", start=1, end=3)})
    with pytest.raises(ValidationError):
        Document(doc_id="d1", claims=[bad]).check_offsets(TEXT)
