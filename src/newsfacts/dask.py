"""newsfacts on a Dask cluster (``pip install newsfacts[dask]``).

Three faces:

* :func:`extract_bag`: a Dask Bag of texts, dicts (JSON records), ``(text, doc_id)``
  pairs or reader items -> a Bag of :class:`~newsfacts.models.Document` and
  :class:`~newsfacts.batch.DocError` items, one for each input, in order.
* :func:`claims_frame` / :func:`extract_frame`: a Dask DataFrame of articles -> a Dask
  DataFrame of flat claim rows (the columns and dtypes of :func:`newsfacts.io.to_pandas`,
  declared as ``meta``) and, from the same pass, a DataFrame of error records.
* :func:`run_batch`: what ``newsfacts batch --engine dask`` calls. The inputs are read
  with the batch readers on the submitting machine; partitions of documents go to the
  workers, which decode, extract and write their own part of the output (a local path
  or an fsspec URL such as ``s3://bucket/claims.parquet``).

Each worker process builds one extractor, lazily, the first time a task needs it, and
keeps it in a module-level cache (:data:`_EXTRACTORS`); the task graph only carries a
reference to the factory (a class or a top-level function), never a loaded extractor.

A bad document is an error record (``{source, doc_id, error: {type, message}}``, the
batch path's), never a failed task. The per-document time limit works in the worker
threads of a Dask worker (where ``SIGALRM`` cannot be used) by raising ``DocTimeout``
asynchronously in the thread running the document.
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import json
import sys
import threading
import time
from typing import Any, Callable, Iterable, Iterator, Optional, Union

import dask.bag as db
import dask.dataframe as dd

from newsfacts.batch import DocError, Progress, Result, Stats, default_workers, process_one
from newsfacts.extractor import Extractor
from newsfacts.io.flat import COLUMNS, rows_to_table, to_pandas
from newsfacts.io.limits import DEFAULT_LIMITS, DocTimeout, Limits
from newsfacts.io.readers import Fields, ReadError, Reader, SourceDoc, _Ctx, _record_doc
from newsfacts.io.writers import Writer
from newsfacts.models import Document

__all__ = [
    "DEFAULT_PARTITION",
    "ERROR_COLUMNS",
    "claims_frame",
    "claims_meta",
    "error_records",
    "extract_bag",
    "extract_frame",
    "run_batch",
    "warm_up",
]

DEFAULT_PARTITION = 500  # documents in one task of ``newsfacts batch --engine dask``
ERROR_COLUMNS: dict[str, str] = {"source": "string", "doc_id": "string", "type": "string", "message": "string"}

Factory = Union[Callable[[], Any], str, None]


# ---------------------------------------------------------------- one extractor per worker process

_EXTRACTORS: dict[Any, Any] = {}
_EXTRACTORS_LOCK = threading.Lock()
_BUILT: list[Any] = []  # keys built in this process, in order (for tests and diagnostics)


def _resolve(factory: Factory) -> Callable[[], Any]:
    if factory is None:
        return Extractor
    if isinstance(factory, str):
        import importlib

        module, _, name = factory.partition(":")
        if not module or not name:
            raise ValueError("an extractor factory string needs MODULE:CALLABLE")
        return getattr(importlib.import_module(module), name)
    return factory


def _key(factory: Factory) -> Any:
    if factory is None or isinstance(factory, str):
        return factory or "newsfacts.extractor:Extractor"
    module, qual = getattr(factory, "__module__", None), getattr(factory, "__qualname__", None)
    if module and qual and "<" not in qual:
        return f"{module}:{qual}"
    return factory  # a lambda or closure: cached for as long as this very object lives


class _Serialised:
    """One extractor shared by the threads of a worker process, one document at a time."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.lock = threading.Lock()

    def extract(self, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return self.inner.extract(*args, **kwargs)


def _extractor(factory: Factory) -> Any:
    """This process's extractor for ``factory``, built on first use."""
    key = _key(factory)
    found = _EXTRACTORS.get(key)
    if found is not None:
        return found
    with _EXTRACTORS_LOCK:
        found = _EXTRACTORS.get(key)
        if found is None:
            found = _EXTRACTORS[key] = _Serialised(_resolve(factory)())
            _BUILT.append(key)
    return found


def _built() -> list[Any]:
    return [k if isinstance(k, str) else repr(k) for k in _BUILT]


def warm_up(client: Any, extractor_factory: Factory = None) -> dict[str, Any]:
    """Build the extractor on every worker of ``client`` now (optional; otherwise the first
    task on each worker does it). Returns ``client.run``'s answer per worker."""
    return client.run(lambda: (_extractor(extractor_factory), None)[1])


# ---------------------------------------------------------------- one document, in any thread


def _timeout_class(seconds: float) -> type:
    message = f"document took longer than {seconds:g} s"

    def __init__(self, *args: Any) -> None:
        DocTimeout.__init__(self, *(args or (message,)))

    return type("DocTimeout", (DocTimeout,), {"__init__": __init__, "__module__": DocTimeout.__module__})


@contextlib.contextmanager
def _thread_time_limit(seconds: Optional[float]) -> Iterator[None]:
    """Raise DocTimeout in this (non-main) thread after ``seconds``.

    Dask runs tasks in worker threads, where the batch path's SIGALRM cannot be used; the
    exception is raised asynchronously at the next Python bytecode of this thread (a long
    call into C code is interrupted when it returns).
    """
    if not seconds or threading.current_thread() is threading.main_thread():
        yield  # the main thread: process_one's own SIGALRM limit applies
        return
    tid = ctypes.c_ulong(threading.get_ident())
    exc = ctypes.py_object(_timeout_class(seconds))
    lock = threading.Lock()
    state = {"armed": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["armed"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(tid, exc)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
            if state["fired"]:  # clear it if it is still pending
                ctypes.pythonapi.PyThreadState_SetAsyncExc(tid, None)
        timer.cancel()


def _process(extractor: Any, item: Union[SourceDoc, ReadError], limits: Limits) -> Result:
    try:
        with _thread_time_limit(limits.doc_timeout):
            return process_one(extractor, item, limits)
    except DocTimeout as exc:  # raised just outside process_one's own handler
        return DocError(item.origin, item.doc_id, "DocTimeout", str(exc))


def _extract_items(items: list, factory: Factory, limits: Limits) -> list[Result]:
    extractor = _extractor(factory)
    return [_process(extractor, item, limits) for item in items]


# ---------------------------------------------------------------- Bags


def _bag_item(item: Any, origin: str, ctx: _Ctx) -> Union[SourceDoc, ReadError]:
    if isinstance(item, (SourceDoc, ReadError)):
        return item
    if isinstance(item, str):
        return SourceDoc(origin=origin, text=item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        return SourceDoc(origin=origin, text=item[0], doc_id=None if item[1] is None else str(item[1]))
    if isinstance(item, dict):
        where = str(item.get("source_path") or origin)
        return _record_doc(item, where, ctx, None, "utf-8")  # exactly as a JSONL record
    return ReadError(origin=origin, type="TypeError", message=f"cannot extract from a {type(item).__name__}")


def _bag_partition(items: Iterable[Any], number: list, factory: Factory, limits: Limits,
                   fields: Fields, errors: str) -> list[Result]:
    (n,) = number
    ctx = _Ctx(limits=limits, fields=fields, glob=None, format=None)
    coerced = [_bag_item(item, f"<partition {n} item {i}>", ctx) for i, item in enumerate(items)]
    results = _extract_items(coerced, factory, limits)
    if errors == "drop":
        results = [r for r in results if isinstance(r, Document)]
    return results


def extract_bag(
    bag: db.Bag,
    *,
    extractor_factory: Factory = None,
    limits: Optional[Limits] = None,
    doc_timeout: Optional[float] = None,
    fields: Optional[Fields] = None,
    errors: str = "keep",
) -> db.Bag:
    """A Bag of one :class:`Document` or :class:`~newsfacts.batch.DocError` per item of ``bag``.

    Items may be texts, ``(text, doc_id)`` pairs, dicts (read like the records of a JSONL
    file: the text, id, title, date, url and source keys of ``fields``, default
    :class:`~newsfacts.io.Fields`), or the items of :func:`newsfacts.io.read_inputs`.
    ``errors="drop"`` leaves the DocErrors out; ``DocError.record()`` gives the batch
    path's error record. ``extractor_factory`` (a class, a top-level function or
    ``"module:callable"``) is called once per worker process.
    """
    if errors not in ("keep", "drop"):
        raise ValueError("errors must be 'keep' or 'drop'")
    limits = (limits or DEFAULT_LIMITS).with_(doc_timeout=doc_timeout)
    numbers = db.range(bag.npartitions, npartitions=bag.npartitions)
    return bag.map_partitions(_bag_partition, numbers, extractor_factory, limits, fields or Fields(), errors)


# ---------------------------------------------------------------- DataFrames

def claims_meta():
    """The empty pandas frame of flat claim rows (columns and dtypes of ``to_pandas``)."""
    return to_pandas([])


def _errors_meta():
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype=kind) for name, kind in ERROR_COLUMNS.items()})


def _combined_meta():
    import pandas as pd

    claims = claims_meta()
    errs = _errors_meta().add_prefix("error_")
    return pd.concat([claims, errs], axis=1)


def _value(value: Any) -> Any:
    import pandas as pd

    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # lists, arrays
        pass
    return value


def _frame_partition(part, columns: dict[str, Optional[str]], origin: Optional[str], factory: Factory,
                     limits: Limits, partition_info: Optional[dict] = None):
    import pandas as pd

    n = (partition_info or {}).get("number", "?")
    # the records use the column names (so that error messages name them), dots made safe
    # for the readers' dotted-path lookup
    keys = {key: col.replace(".", "_") for key, col in columns.items() if col is not None}
    names = {("date" if key == "published" else key): (name,) for key, name in keys.items()}
    fields = Fields(**{f: names.get(f, ()) for f in ("text", "id", "title", "date", "url", "source")})
    ctx = _Ctx(limits=limits, fields=fields, glob=None, format=None)
    items = []
    series = {keys[key]: part[col].tolist() for key, col in columns.items() if col is not None}
    origins = part[origin].tolist() if origin else None
    for pos, label in enumerate(part.index):
        record = {key: _value(values[pos]) for key, values in series.items()}
        where = str(origins[pos]) if origins and _value(origins[pos]) is not None else f"<partition {n} row {label}>"
        items.append(_record_doc(record, where, ctx, None, "utf-8"))
    results = _extract_items(items, factory, limits)
    claims = to_pandas(results)
    errs = [r for r in results if isinstance(r, DocError)]
    meta = _combined_meta()
    for name in ERROR_COLUMNS:
        claims["error_" + name] = pd.Series([None] * len(claims), dtype="string", index=claims.index)
    if not errs:
        return claims[list(meta.columns)]
    bad = pd.DataFrame({name: pd.Series([None] * len(errs), dtype=meta[name].dtype) for name in meta.columns})
    bad["doc_id"] = pd.Series([e.doc_id for e in errs], dtype="string")
    for name in ERROR_COLUMNS:
        value = {"source": [e.source for e in errs], "doc_id": [e.doc_id for e in errs],
                 "type": [e.type for e in errs], "message": [e.message for e in errs]}[name]
        bad["error_" + name] = pd.Series(value, dtype="string")
    return pd.concat([claims, bad], ignore_index=True)[list(meta.columns)]


def extract_frame(
    ddf: dd.DataFrame,
    text: str = "text",
    id: Optional[str] = None,
    title: Optional[str] = None,
    source: Optional[str] = None,
    url: Optional[str] = None,
    published: Optional[str] = None,
    *,
    origin: Optional[str] = None,
    extractor_factory: Factory = None,
    limits: Optional[Limits] = None,
    doc_timeout: Optional[float] = None,
) -> tuple[dd.DataFrame, dd.DataFrame]:
    """(claims, errors) of a Dask DataFrame of articles, from one pass over the articles.

    ``text``, ``id``, ``title``, ``source``, ``url`` and ``published`` name the columns to
    read (each one a row's value is read like the same field of a JSONL record: HTML is
    reduced to its main text, an empty text is an error). ``claims`` has the flat claim
    row's columns and dtypes (see :func:`claims_meta`); ``errors`` has ``source`` (the
    ``origin`` column, else ``<partition P row LABEL>``), ``doc_id``, ``type``, ``message``;
    :func:`error_records` turns it into the batch path's records. Compute both together
    (``dask.compute(claims, errors)``) to extract each article once.
    """
    limits = (limits or DEFAULT_LIMITS).with_(doc_timeout=doc_timeout)
    columns = {"text": text, "id": id, "title": title, "source": source, "url": url, "published": published}
    missing = [c for c in [*columns.values(), origin] if c is not None and c not in ddf.columns]
    if missing:
        raise KeyError(f"no column {', '.join(map(repr, missing))} in the DataFrame")
    combined = ddf.map_partitions(_frame_partition, columns, origin, extractor_factory, limits,
                                  meta=_combined_meta())
    is_error = combined["error_type"].notnull()
    claims = combined[~is_error][list(COLUMNS)]
    errors = combined[is_error][["error_" + c for c in ERROR_COLUMNS]]
    errors = errors.rename(columns={"error_" + c: c for c in ERROR_COLUMNS})
    return claims, errors


def claims_frame(ddf: dd.DataFrame, text: str = "text", id: Optional[str] = None, title: Optional[str] = None,
                 source: Optional[str] = None, url: Optional[str] = None, published: Optional[str] = None,
                 **options: Any) -> dd.DataFrame:
    """The flat claims of a Dask DataFrame of articles (see :func:`extract_frame`)."""
    return extract_frame(ddf, text, id, title, source, url, published, **options)[0]


def error_records(errors: Any) -> list[dict[str, Any]]:
    """The batch path's error records of an errors frame (pandas, or Dask: computed)."""
    if hasattr(errors, "compute"):
        errors = errors.compute()
    out = []
    for row in errors.itertuples(index=False):
        d = {k: _value(v) for k, v in row._asdict().items()}
        out.append({"source": d["source"], "doc_id": d["doc_id"], "error": {"type": d["type"], "message": d["message"]}})
    return out


# ---------------------------------------------------------------- newsfacts batch --engine dask

PART_EXT = {"jsonl": "jsonl", "claims": "jsonl", "csv": "csv", "parquet": "parquet"}


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:06d}.{PART_EXT[fmt]}"


def _write_part(items: list, results: list[Result], index: int, out: str, fmt: str) -> tuple[int, int, int, int, list[dict]]:
    """Write one part of OUT; (read, ok, failed, claims, error records in input order).

    Each document is encoded with the local engine's :class:`Writer` (for Parquet its
    flat JSON spool lines, read back as rows exactly as the local Parquet writer does), so
    a document the writer cannot take is the same error record as with the local engine.
    """
    import fsspec

    fs, root = fsspec.core.url_to_fs(out)
    writer = Writer(out, fmt)
    chunks: list[bytes] = []
    errs: list[dict] = []
    ok = claims = 0
    for item, result in zip(items, results):
        if isinstance(result, Document):
            try:
                data = writer.encode(result)
            except Exception as exc:  # noqa: BLE001 - a document the writer cannot take
                result = DocError(getattr(item, "origin", "?"), result.doc_id, type(exc).__name__, str(exc))
            else:
                chunks.append(data)
                ok += 1
                claims += len(result.claims)
                continue
        errs.append(result.record())
    path = f"{root.rstrip('/')}/{part_name(index, fmt)}"
    tmp = f"{root.rstrip('/')}/_tmp.{part_name(index, fmt)}"
    local = "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))
    target = tmp if local else path
    if fmt == "parquet":
        import pyarrow.parquet as pq

        rows = [json.loads(line) for data in chunks for line in data.splitlines() if line.strip()]
        with fs.open(target, "wb") as fh:
            pq.write_table(rows_to_table(rows), fh)
    else:
        with fs.open(target, "wb") as fh:
            if fmt == "csv":
                fh.write(Writer._csv_bytes([list(COLUMNS)]))
            for data in chunks:
                fh.write(data)
    if local:
        fs.mv(tmp, path)
    return len(results), ok, len(errs), claims, errs


def _partition_task(items: list, index: int, out: str, fmt: str, factory: Factory, limits: Limits):
    return _write_part(items, _extract_items(items, factory, limits), index, out, fmt)


def _connect(scheduler: Optional[str], workers: Optional[int]):
    from distributed import Client, LocalCluster

    if scheduler:
        import os

        if scheduler.endswith(".json") and os.path.isfile(scheduler):  # dask scheduler --scheduler-file
            return Client(scheduler_file=scheduler), None
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                           dashboard_address=":0")
    return Client(cluster), cluster


def _prepare_output(out: str) -> tuple[Any, str]:
    import fsspec

    fs, root = fsspec.core.url_to_fs(out)
    if fs.exists(root):
        if not fs.isdir(root) or fs.ls(root, detail=False):
            raise FileExistsError(f"output {out} exists; with --engine dask OUT is a directory of parts "
                                  "and must not exist or be empty")
    fs.makedirs(root, exist_ok=True)
    return fs, root


def run_batch(
    inputs: list[str],
    out: str,
    *,
    fmt: str = "jsonl",
    scheduler: Optional[str] = None,
    client: Any = None,
    workers: Optional[int] = None,
    read_format: Optional[str] = None,
    glob: Optional[str] = None,
    fields: Optional[Fields] = None,
    limits: Optional[Limits] = None,
    partition_size: int = DEFAULT_PARTITION,
    extractor_factory: Factory = None,
    progress: Optional[Progress] = None,
    in_flight: Optional[int] = None,
) -> Stats:
    """``newsfacts batch --engine dask``: read INPUTS here, extract and write parts on the cluster.

    OUT becomes a directory of ``part-NNNNNN.{jsonl,csv,parquet}`` files in input order
    (an fsspec URL writes to object storage), with ``_SUCCESS`` when complete; the error
    records go to ``OUT.errors.jsonl`` in input order. ``scheduler`` is a Dask scheduler
    address (or the JSON file of ``dask scheduler --scheduler-file``); without it (and
    without ``client``) a local cluster of ``workers`` processes (default: one per core)
    is started and stopped. Workers write the parts, so with a remote cluster OUT must be
    on a filesystem they share or in object storage. A partition whose worker dies
    (``KilledWorker``) is redone one document at a time, so only the document that kills
    its worker becomes a ``WorkerCrashed`` error record; any other task failure (the
    output cannot be written, the cluster went away) stops the run.
    """
    import fsspec
    from distributed import KilledWorker, wait

    limits = limits or DEFAULT_LIMITS
    reader = Reader(inputs, format=read_format, glob=glob, fields=fields or Fields(), limits=limits)
    fs, root = _prepare_output(out)
    own_client = own_cluster = None
    if client is None:
        client, own_cluster = _connect(scheduler, workers)
        own_client = client
    stats = Stats()
    errors_out = fsspec.open(out.rstrip("/") + ".errors.jsonl", "wb").open()
    try:
        def room() -> int:  # two partitions per worker thread (workers may come and go)
            return in_flight if in_flight is not None else 2 * max(1, sum(client.nthreads().values()))

        if progress is not None and progress.total is None and progress.enabled:
            progress.total = reader.total()
        start = time.monotonic()
        chunks = iter(lambda it=iter(reader): list(itertools.islice(it, partition_size)), [])
        pending: dict[Any, tuple[int, list]] = {}
        done: dict[int, tuple] = {}
        next_index = 0  # the next partition to report, in order
        submitted = 0

        def submit() -> bool:
            nonlocal submitted
            chunk = next(chunks, None)
            if chunk is None:
                return False
            future = client.submit(_partition_task, chunk, submitted, out, fmt, extractor_factory, limits,
                                   pure=False, key=f"newsfacts-part-{submitted}-{time.time_ns()}")
            pending[future] = (submitted, chunk)
            submitted += 1
            return True

        more = True
        limit = room()
        while more and len(pending) < limit:
            more = submit()
        while pending:
            finished, _ = wait(list(pending), return_when="FIRST_COMPLETED")
            for future in finished:
                index, chunk = pending.pop(future)
                try:
                    done[index] = future.result()
                except KilledWorker:  # a document killed its worker: find it
                    done[index] = _redo(client, chunk, index, out, fmt, extractor_factory, limits)
                future.release()
                limit = room()
                while more and len(pending) < limit:
                    more = submit()
            while next_index in done:
                read, ok, failed, claims, errs = done.pop(next_index)
                stats.read += read
                stats.ok += ok
                stats.failed += failed
                stats.claims += claims
                for record in errs:
                    errors_out.write((json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode())
                next_index += 1
                if progress is not None:
                    progress.update(stats)
        stats.seconds = time.monotonic() - start
        with fs.open(f"{root.rstrip('/')}/_SUCCESS", "wb"):
            pass
        stats.complete = True
    finally:
        errors_out.close()
        if progress is not None:
            progress.update(stats, force=True)
            progress.close()
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()
    return stats


def _redo(client: Any, chunk: list, index: int, out: str, fmt: str, factory: Factory, limits: Limits):
    """Extract a failed partition one document at a time; the part is written here.

    A worker that dies also fails the tasks queued on it, so a document whose own task
    fails is tried once more, alone; only when that fails too (its worker died again) does
    it become a ``WorkerCrashed`` record.
    """
    from distributed import KilledWorker

    futures = [client.submit(_extract_items, [item], factory, limits, pure=False) for item in chunk]
    results: list[Result] = []
    for item, future in zip(chunk, futures):
        try:
            (result,) = future.result()
        except KilledWorker:  # perhaps only queued on the worker that died: again, alone
            try:
                (result,) = client.submit(_extract_items, [item], factory, limits, pure=False).result()
            except KilledWorker:
                result = DocError(getattr(item, "origin", "?"), getattr(item, "doc_id", None), "WorkerCrashed",
                                  "the worker process died while extracting this document")
        results.append(result)
    return _write_part(chunk, results, index, out, fmt)


def run_cli(args: Any) -> int:
    """``newsfacts batch --engine dask`` (called by :mod:`newsfacts.cli_batch`)."""
    import os

    from newsfacts.cli_batch import _factory, _usage, reading_options
    from newsfacts.io.writers import format_for_output

    missing = [p for p in args.inputs if not os.path.exists(p)]
    if missing:
        return _usage(f"no such file or directory: {', '.join(missing)}")
    for flag in ("resume", "fail_fast"):
        if getattr(args, flag, False):
            return _usage(f"--{flag.replace('_', '-')} is not supported with --engine dask")
    out = args.output
    try:
        fmt = format_for_output(out, args.to, args.records)
        factory = args.extractor or None
        if factory:
            _factory(factory)  # fail early, here, on a bad MODULE:CALLABLE
    except (ValueError, ImportError, AttributeError) as exc:
        return _usage(str(exc))
    limits, fields = reading_options(args)
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    try:
        stats = run_batch(args.inputs, out, fmt=fmt, scheduler=args.scheduler, workers=args.workers,
                          read_format=args.read_format, glob=args.glob, fields=fields, limits=limits,
                          partition_size=args.partition_size or DEFAULT_PARTITION,
                          extractor_factory=factory, progress=progress)
    except FileExistsError as exc:
        return _usage(str(exc))
    except (OSError, TimeoutError) as exc:
        if not args.scheduler or "connect" not in f"{type(exc).__name__} {exc}".lower():
            raise
        return _usage(f"cannot reach the Dask scheduler at {args.scheduler}: {exc}")
    print(stats.line(), file=sys.stderr)
    return 1 if stats.failed else 0
