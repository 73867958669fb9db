"""The flat claim row and the writers (JSONL, flat JSONL, CSV, Parquet, pandas)."""

import csv
import json
import os

import pytest

from newsfacts.io.flat import COLUMNS, FLAT_COLUMNS, arrow_schema, csv_row, flatten_document, to_pandas
from newsfacts.io.writers import Writer, format_for_output, write_documents
from newsfacts.models import Document

from test_batch import ToyExtractor, corpus

EXPECTED_COLUMNS = [
    "doc_id", "claim_id", "title", "source", "url", "published", "surface", "start", "end", "value", "low",
    "high", "bound", "unit", "unit_surface", "dimension", "si_value", "si_unit", "subject", "subject_start",
    "subject_end", "predicate", "predicate_start", "predicate_end", "scope", "time", "status", "change",
    "modifiers", "sentence_start", "sentence_end", "group", "period_start", "period_end", "period_anchor",
    "reference_start", "reference_end", "confidence",
]


@pytest.fixture(scope="module")
def docs():
    toy = ToyExtractor()
    return [toy.extract(t, f"d{i}", title=f"T{i}", source="益阳日报", url=f"http://n/{i}", published="2023-11-29")
            for i, t in enumerate(corpus(12))] + [Document(doc_id="empty")]


def test_columns_in_order():
    assert list(FLAT_COLUMNS) == EXPECTED_COLUMNS == list(COLUMNS)


def test_flatten_document_follows_the_document(docs):
    for doc in docs:
        rows = flatten_document(doc)
        assert len(rows) == len(doc.claims)
        for row, claim in zip(rows, doc.claims):
            assert list(row) == EXPECTED_COLUMNS
            q = claim.quantity
            assert (row["doc_id"], row["claim_id"], row["title"], row["url"]) == (doc.doc_id, claim.id, doc.title, doc.url)
            assert (row["surface"], row["start"], row["end"]) == (q.surface, q.start, q.end)
            assert row["value"] == float(q.value) and isinstance(row["value"], float)
            assert row["si_value"] == (float(q.si_value) if q.si_value is not None else None)
            assert row["subject"] == (claim.subject.text if claim.subject else None)
            assert row["subject_start"] == (claim.subject.start if claim.subject else None)
            assert row["modifiers"] == claim.modifiers and row["group"] == claim.group
            assert (row["sentence_start"], row["sentence_end"]) == (claim.sentence.start, claim.sentence.end)


def test_csv_row_joins_modifiers_and_blanks_nulls(docs):
    rows = [r for d in docs for r in flatten_document(d)]
    with_mods = next(r for r in rows if len(r["modifiers"]) == 2)
    cells = csv_row(with_mods)
    assert cells[COLUMNS.index("modifiers")] == "累计|同比"
    no_group = next(r for r in rows if r["group"] is None)
    assert csv_row(no_group)[COLUMNS.index("group")] == ""
    assert csv_row(no_group)[COLUMNS.index("value")] == int(no_group["value"])


def test_format_for_output():
    assert format_for_output("a.jsonl") == "jsonl"
    assert format_for_output("a.jsonl", records="claims") == "claims"
    assert format_for_output("a.CSV") == "csv"
    assert format_for_output("a.parquet") == "parquet"
    assert format_for_output("a.txt", to="csv") == "csv"
    with pytest.raises(ValueError):
        format_for_output("a.x", to="xlsx")


def test_writers_round_trip(tmp_path, docs):
    rows = [r for d in docs for r in flatten_document(d)]
    assert write_documents(docs + ["not a doc"], str(tmp_path / "d.jsonl")) == len(docs)
    with open(tmp_path / "d.jsonl", encoding="utf-8") as fh:
        assert [Document.model_validate(json.loads(line)) for line in fh] == docs
    write_documents(docs, str(tmp_path / "c.jsonl"), records="claims")
    with open(tmp_path / "c.jsonl", encoding="utf-8") as fh:
        assert [json.loads(line) for line in fh] == rows
    write_documents(docs, str(tmp_path / "c.csv"))
    with open(tmp_path / "c.csv", encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert [r["claim_id"] for r in table] == [r["claim_id"] for r in rows]
    assert [float(r["value"]) for r in table] == [r["value"] for r in rows]
    write_documents(docs, str(tmp_path / "c.parquet"))
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "c.parquet")
    assert table.schema.equals(arrow_schema())
    assert table.to_pylist() == rows
    assert not [p for p in os.listdir(tmp_path) if p.endswith((".part", ".tmp"))]


def test_parquet_types():
    import pyarrow as pa

    schema = arrow_schema()
    assert schema.field("value").type == pa.float64() and schema.field("si_value").type == pa.float64()
    assert schema.field("start").type == pa.int64() and schema.field("group").type == pa.int64()
    assert schema.field("modifiers").type == pa.list_(pa.string())
    assert schema.names == EXPECTED_COLUMNS


def test_empty_parquet_has_the_schema(tmp_path):
    write_documents([Document(doc_id="x")], str(tmp_path / "e.parquet"))
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 0 and table.schema.names == EXPECTED_COLUMNS


def test_to_pandas(docs):
    frame = to_pandas(docs + [object()])
    rows = [r for d in docs for r in flatten_document(d)]
    assert list(frame.columns) == EXPECTED_COLUMNS and len(frame) == len(rows)
    assert str(frame["value"].dtype) == "float64" and str(frame["si_value"].dtype) == "float64"
    assert str(frame["start"].dtype) == "Int64" and str(frame["group"].dtype) == "Int64"
    assert frame["group"].isna().sum() == sum(r["group"] is None for r in rows)
    assert frame["claim_id"].tolist() == [r["claim_id"] for r in rows]
    assert frame["modifiers"].tolist() == [r["modifiers"] for r in rows]
    assert len(to_pandas([])) == 0 and list(to_pandas([]).columns) == EXPECTED_COLUMNS


def test_writer_resume_offset_truncates(tmp_path, docs):
    w = Writer(str(tmp_path / "o.jsonl")).open()
    w.write(docs[0])
    mark = w.checkpoint()
    w.write(docs[1])
    w.close()
    w = Writer(str(tmp_path / "o.jsonl")).open(mark)
    w.write(docs[2])
    w.finish()
    with open(tmp_path / "o.jsonl", encoding="utf-8") as fh:
        assert [json.loads(line)["doc_id"] for line in fh] == [docs[0].doc_id, docs[2].doc_id]


def test_writer_pickles_without_its_file(tmp_path, docs):
    import pickle

    w = Writer(str(tmp_path / "o.csv"), "csv").open()
    copy = pickle.loads(pickle.dumps(w))
    assert copy.fh is None and copy.encode(docs[0]) == w.encode(docs[0])
    w.close()


def test_jsonl_lines_are_compact_and_survive_lone_surrogates(tmp_path):
    """A document line is compact JSON that reads back to the same document; text UTF-8
    cannot hold (a lone surrogate from a broken source) is cleaned, not a crash."""
    from newsfacts import extract

    good = extract("全市新增普惠性托位1365个。", doc_id="good")
    bad = extract("新增托位1365个\ud800。", doc_id="bad")
    path = tmp_path / "d.jsonl"
    assert write_documents([good, bad], str(path)) == 2
    lines = path.read_bytes().decode("utf-8").splitlines()
    assert len(lines) == 2 and ", " not in lines[0] and '":' in lines[0]
    assert Document.model_validate(json.loads(lines[0])) == good
    back = json.loads(lines[1])
    assert back["doc_id"] == "bad" and back["claims"][0]["quantity"]["surface"] == "1365个"
    assert "\ud800" not in lines[1]
