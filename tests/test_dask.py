"""newsfacts on Dask: a LocalCluster of 2 worker processes gives the single-process records
(documents and error records) for the fixture archive, through the Bag API, the DataFrame
API and ``newsfacts batch --engine dask --scheduler``; one extractor per worker process;
time limits and crashed workers become error records."""

import json
import os
import re

import pytest

pytest.importorskip("dask", reason="the Dask tests need `pip install newsfacts[dask]` (dask is missing)")
pytest.importorskip("distributed", reason="the Dask tests need `pip install newsfacts[dask]` (distributed is missing)")
pytest.importorskip("pandas", reason="the Dask tests need pandas")
pytest.importorskip("pyarrow", reason="the Dask tests need pyarrow")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from newsfacts import dask as nd  # noqa: E402
from newsfacts.batch import extract_many  # noqa: E402
from newsfacts.cli import main  # noqa: E402
from newsfacts.io import arrow_schema, read_inputs, to_pandas  # noqa: E402
from newsfacts.models import Document  # noqa: E402

from test_batch import SUMMARY, A, B, C, build_archive, corpus, read_jsonl  # noqa: E402


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    # A dead worker fails its task at once (no retries on other workers), which keeps the
    # crash test short; newsfacts redoes the partition one document at a time anyway.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None)
        c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def record(result):
    return result.model_dump(mode="json") if isinstance(result, Document) else result.record()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("dask") / "in"
    build_archive(root)
    return root


# ------------------------------------------------------------------ Bags


def test_bag_equals_single_process_on_the_fixture_archive(client, archive):
    items = list(read_inputs([str(archive)]))
    want = [record(r) for r in extract_many(items, workers=1)]
    bag = nd.extract_bag(db.from_sequence(items, npartitions=4))
    got = [record(r) for r in bag.compute()]
    assert got == want
    assert [g["error"]["type"] for g in got if "error" in g] == ["EmptyInput", "BinaryInput", "JSONDecodeError", "EOFError"]
    assert sum(len(g.get("claims", [])) for g in got) > 0
    # errors="drop": the documents only
    docs = nd.extract_bag(db.from_sequence(items, npartitions=3), errors="drop").compute()
    assert [record(d) for d in docs] == [w for w in want if "error" not in w]


def test_bag_of_texts_dicts_and_pairs(client):
    items = ["甲" + A, {"content": B, "id": "b1", "title": "T", "url": "http://u"}, (C, "c1"), {"no": "text"}, 42, "  "]
    got = nd.extract_bag(db.from_sequence(items, npartitions=2)).compute()
    assert [type(g).__name__ for g in got] == ["Document", "Document", "Document", "DocError", "DocError", "DocError"]
    assert (got[1].doc_id, got[1].title, got[1].url) == ("b1", "T", "http://u") and got[2].doc_id == "c1"
    assert [g.type for g in got[3:]] == ["MissingText", "TypeError", "EmptyInput"]
    assert all(set(g.record()) == {"source", "doc_id", "error"} for g in got[3:])
    single = list(extract_many(["甲" + A, (C, "c1")], workers=1))
    assert record(got[0]) == record(single[0]) and record(got[2]) == record(single[1])


def test_one_extractor_per_worker_process_not_in_the_graph(client):
    import cloudpickle

    bag = nd.extract_bag(db.from_sequence(corpus(40), npartitions=8))
    assert len(cloudpickle.dumps(dict(bag.__dask_graph__()))) < 200_000  # no loaded extractor in it
    assert len(bag.compute()) == 40
    built = client.run(nd._built)  # what each worker process has built so far
    assert len(built) == 2
    counts = [keys.count("newsfacts.extractor:Extractor") for keys in built.values()]
    assert max(counts) == 1 and sum(counts) >= 1  # 8 tasks (and the earlier tests), at most one load each


def test_doc_timeout_in_worker_threads(client):
    texts = corpus(6)
    texts[2] = "HANG " + texts[2]
    bag = nd.extract_bag(db.from_sequence(texts, npartitions=2), doc_timeout=0.5,
                         extractor_factory="test_batch:HangExtractor")
    got = bag.compute()
    assert [type(g).__name__ for g in got] == ["Document"] * 2 + ["DocError"] + ["Document"] * 3
    assert got[2].type == "DocTimeout" and got[2].message == "document took longer than 0.5 s"
    want = list(extract_many([t for i, t in enumerate(texts) if i != 2], workers=1, extractor_factory=__import__(
        "test_batch").ToyExtractor))
    assert [record(g) for i, g in enumerate(got) if i != 2] == [record(w) for w in want]


# ------------------------------------------------------------------ DataFrames


def test_claims_frame_meta_and_equality(client):
    texts = corpus(24)
    rows = [{"body": t, "key": f"d{i}", "headline": f"T{i}", "when": "2023-11-29"} for i, t in enumerate(texts)]
    rows[5]["body"] = None
    rows[9]["body"] = "<html><body><article><p>" + B * 3 + "</p></article></body></html>"
    pdf = pd.DataFrame(rows)
    ddf = dd.from_pandas(pdf, npartitions=3)
    claims, errors = nd.extract_frame(ddf, text="body", id="key", title="headline", published="when")
    meta = nd.claims_meta()
    assert list(claims.columns) == list(meta.columns)
    assert claims.dtypes.to_dict() == meta.dtypes.to_dict()
    got, errs = dask.compute(claims, errors)
    assert got.dtypes.to_dict() == meta.dtypes.to_dict()
    # the same articles as JSON records through the single-process path
    records = [{"content": r["body"], "id": r["key"], "title": r["headline"], "time": r["when"]} for r in rows]
    from newsfacts.io.readers import Fields, _Ctx, _record_doc
    from newsfacts.io.limits import DEFAULT_LIMITS

    ctx = _Ctx(limits=DEFAULT_LIMITS, fields=Fields(), glob=None, format=None)
    items = [_record_doc(r, "x", ctx, None, "utf-8") for r in records]
    want = to_pandas(extract_many(items, workers=1))
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))
    assert len(got) > 24
    assert nd.error_records(errs) == [{"source": "<partition 0 row 5>", "doc_id": "d5",
                                       "error": {"type": "MissingText", "message": "no text field (tried body)"}}]
    assert claims_only_equals(ddf, got)


def claims_only_equals(ddf, got):
    alone = nd.claims_frame(ddf, text="body", id="key", title="headline", published="when").compute()
    pd.testing.assert_frame_equal(alone.reset_index(drop=True), got.reset_index(drop=True))
    return True


# ------------------------------------------------------------------ the CLI


def run_cli(args, capsys):
    code = main(["batch", *map(str, args)])
    return code, capsys.readouterr().err


def parts(directory, ext):
    names = sorted(n for n in os.listdir(directory) if n.startswith("part-"))
    assert names and all(n.endswith("." + ext) for n in names)
    return [os.path.join(directory, n) for n in names]


def test_cli_dask_scheduler_equals_the_local_engine(client, archive, tmp_path, capsys):
    address = client.scheduler.address
    code, err_local = run_cli([archive, "-o", tmp_path / "local.jsonl", "--workers", 1], capsys)
    assert code == 1
    code, err = run_cli([archive, "-o", tmp_path / "d.jsonl", "--engine", "dask", "--scheduler", address,
                         "--partition-size", 3], capsys)
    assert code == 1  # some inputs are broken on purpose, as with the local engine
    local_docs = read_jsonl(tmp_path / "local.jsonl")
    dask_docs = [d for p in parts(tmp_path / "d.jsonl", "jsonl") for d in read_jsonl(p)]
    assert dask_docs == local_docs and len(parts(tmp_path / "d.jsonl", "jsonl")) == 7  # 20 documents / 3
    assert read_jsonl(tmp_path / "d.jsonl.errors.jsonl") == read_jsonl(tmp_path / "local.jsonl.errors.jsonl")
    assert os.path.exists(tmp_path / "d.jsonl" / "_SUCCESS")
    assert SUMMARY.search(err).groups()[:4] == SUMMARY.search(err_local).groups()[:4]

    # Parquet: the batch writer's schema and rows, split into parts
    assert run_cli([archive, "-o", tmp_path / "local.parquet", "--workers", 1], capsys)[0] == 1
    assert run_cli([archive, "-o", tmp_path / "d.parquet", "--engine", "dask", "--scheduler", address,
                    "--partition-size", 4], capsys)[0] == 1
    tables = [pq.read_table(p) for p in parts(tmp_path / "d.parquet", "parquet")]
    assert all(t.schema.equals(arrow_schema()) for t in tables)
    assert [r for t in tables for r in t.to_pylist()] == pq.read_table(tmp_path / "local.parquet").to_pylist()
    frame = dd.read_parquet(str(tmp_path / "d.parquet")).compute()
    assert len(frame) == pq.read_table(tmp_path / "local.parquet").num_rows

    # an fsspec URL as OUT (object storage works the same way, with its filesystem installed)
    url = "file://" + str(tmp_path / "u.jsonl")
    assert run_cli([archive, "-o", url, "--engine", "dask", "--scheduler", address, "--records", "claims"], capsys)[0] == 1
    rows = [r for p in parts(tmp_path / "u.jsonl", "jsonl") for r in read_jsonl(p)]
    assert [r["claim_id"] for r in rows] == [c["id"] for d in local_docs for c in d["claims"]]
    assert read_jsonl(tmp_path / "u.jsonl.errors.jsonl") == read_jsonl(tmp_path / "local.jsonl.errors.jsonl")

    # usage errors
    assert run_cli([archive, "-o", tmp_path / "d.jsonl", "--engine", "dask", "--scheduler", address], capsys)[0] == 2
    code, err = run_cli([archive, "-o", tmp_path / "r.jsonl", "--engine", "dask", "--resume"], capsys)
    assert code == 2 and "--resume" in err


def test_a_document_that_kills_its_worker_is_one_error_record(client, tmp_path, capsys):
    src = tmp_path / "n.jsonl"
    texts = corpus(6)
    texts[3] = "CRASH " + texts[3]
    src.write_text("".join(json.dumps({"id": f"d{i}", "content": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    code, err = run_cli([src, "-o", out, "--engine", "dask", "--scheduler", client.scheduler.address,
                         "--partition-size", 3, "--extractor", "test_batch:CrashExtractor"], capsys)
    assert code == 1
    docs = [d for p in parts(out, "jsonl") for d in read_jsonl(p)]
    assert [d["doc_id"] for d in docs] == ["d0", "d1", "d2", "d4", "d5"]
    (error,) = read_jsonl(str(out) + ".errors.jsonl")
    assert error["doc_id"] == "d3" and error["error"]["type"] == "WorkerCrashed"
    assert error["source"].endswith("n.jsonl:4")
    assert re.search(r"read 6, ok 5, failed 1", err)
