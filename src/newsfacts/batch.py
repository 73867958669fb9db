"""Batch extraction: streaming, a process pool, error records, resume, progress.

:func:`extract_many` is the library face: it takes texts (or :class:`SourceDoc` items
from :mod:`newsfacts.io.readers`) and yields, in input order, one
:class:`~newsfacts.models.Document` or one :class:`DocError` for each. :func:`run_batch`
is what ``newsfacts batch`` calls: readers -> pool -> writers, with a journal that lets a
killed run be resumed without duplicates or gaps.

Memory is bounded: at most ``2 * workers`` chunks of ``chunk_size`` documents are in
flight, and nothing holds the archive.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import itertools
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional, Union

try:
    import fcntl
except ImportError:  # pragma: no cover - not Unix: no lock on the output
    fcntl = None  # type: ignore[assignment]

from .extractor import Extractor
from .io.encodings import printable
from .io.ids import UniqueIds
from .io.limits import DEFAULT_LIMITS, DocTimeout, Limits
from .io.readers import Fields, ReadError, Reader, SourceDoc
from .io.writers import ErrorWriter, Writer
from .models import Document

DEFAULT_CHUNK = 16
HARD_TIMEOUT_GRACE = 30.0  # seconds past the soft limit before a stuck worker is killed


@dataclass
class DocError:
    """An input document that gave no Document (the error record of the batch output)."""

    source: str
    doc_id: Optional[str]
    type: str
    message: str

    def __post_init__(self) -> None:
        self.source, self.message = printable(self.source), printable(self.message)
        self.doc_id = printable(self.doc_id) if self.doc_id is not None else None

    def record(self) -> dict[str, Any]:
        return {"source": self.source, "doc_id": self.doc_id, "error": {"type": self.type, "message": self.message}}


Result = Union[Document, DocError]


# ---------------------------------------------------------------- one document


@contextmanager
def _time_limit(seconds: Optional[float]):
    """Raise :class:`DocTimeout` in this thread after ``seconds`` (SIGALRM; main thread only)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    # An exception raised by a signal handler is lost when the signal lands in a garbage
    # collector callback or a __del__ (Python reports it as unraisable and goes on), so the
    # alarm repeats every 50 ms until the limit's block is left, and the block checks on
    # its way out that no alarm went unheard.
    state = {"fired": False, "done": False}

    def _alarm(signum, frame):
        if state["done"]:
            return
        state["fired"] = True
        raise DocTimeout(f"document took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
        if state["fired"]:
            raise DocTimeout(f"document took longer than {seconds:g} s")
    finally:
        state["done"] = True
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _coerce(item: Any, index: int) -> Union[SourceDoc, ReadError]:
    if isinstance(item, (SourceDoc, ReadError)):
        return item
    if isinstance(item, str):
        return SourceDoc(origin=f"<input {index}>", text=item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        return SourceDoc(origin=f"<input {index}>", text=item[0], doc_id=item[1])
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return SourceDoc(
            origin=str(item.get("source_path") or f"<input {index}>"),
            text=item["text"],
            doc_id=item.get("doc_id") or item.get("id"),
            title=item.get("title"),
            source=item.get("source"),
            url=item.get("url"),
            published=item.get("published"),
        )
    return ReadError(origin=f"<input {index}>", type="TypeError",
                     message=f"cannot extract from a {type(item).__name__}")


def process_one(extractor: Any, item: Union[SourceDoc, ReadError], limits: Limits = DEFAULT_LIMITS) -> Result:
    """Read (decode, HTML main text) and extract one item; every failure becomes a DocError."""
    if isinstance(item, ReadError):
        return DocError(item.origin, item.doc_id, item.type, item.message)
    if item.kind == "html":
        from .io.html import ready

        ready()  # the HTML library is loaded before the clock starts
    try:
        with _time_limit(limits.doc_timeout):
            text, meta, warnings = item.materialize(limits)
            doc_id = meta.pop("doc_id")
            doc = extractor.extract(text, doc_id, **meta)
    except ImportError:
        raise
    except MemoryError:
        return DocError(item.origin, item.doc_id, "MemoryError", "the document needs more memory than a worker "
                        f"may take ({(limits.max_worker_bytes or 0) >> 20} MiB, --max-worker-mib)")
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - the record keeps the type
        return DocError(item.origin, item.doc_id, type(exc).__name__, str(exc) or type(exc).__name__)
    if warnings:
        doc.warnings[:0] = [w for w in warnings if w not in doc.warnings]
    return doc


# ---------------------------------------------------------------- workers

_worker: dict[str, Any] = {}


_PARENT_ONLY_FDS: set[int] = set()  # the locked journal: a forked worker must not keep its lock


def _init_worker(factory: Callable[[], Any], limits: Limits, encoder: Optional[Writer], built: Any = None,
                 slots: Any = None, claimed: Any = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    _die_with_parent(os.getppid())
    _cap_memory(limits.max_worker_bytes)
    if claimed is not None:  # this worker's slot, where it notes the document it is on
        with claimed.get_lock():
            _worker["slot"], claimed.value = claimed.value, claimed.value + 1
        _worker["slots"] = slots if 3 * _worker["slot"] < len(slots) else None
    for fd in list(_PARENT_ONLY_FDS):
        try:
            os.close(fd)
        except OSError:
            pass
    # With fork, the parent's freshly built extractor is this worker's own copy (its
    # resources are loaded once, pages shared until written); otherwise build one here.
    _worker["extractor"] = built if built is not None else factory()
    _worker["limits"] = limits
    _worker["encoder"] = encoder


def _preloaded(extractor: Any) -> Any:
    """The parent's extractor with its lazy resources loaded, so forked workers share them."""
    preload = getattr(extractor, "preload", None)  # a factory may build something else
    if callable(preload):
        preload()
    return extractor


def _cap_memory(extra: Optional[int]) -> None:
    """Limit this process's data (heap and private mappings) to what it holds now plus
    ``extra`` bytes: past it allocations raise MemoryError (Linux RLIMIT_DATA)."""
    if not extra:
        return
    try:
        import resource

        with open("/proc/self/status") as fh:
            held = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmData:"))
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        soft = held + extra if hard == resource.RLIM_INFINITY else min(held + extra, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))
    except (ImportError, OSError, ValueError, StopIteration):  # not Linux
        pass


def _die_with_parent(parent: int) -> None:
    """End this worker when the parent process dies (kill -9 included): the kernel's
    parent-death signal on Linux, and a thread that watches the parent id everywhere."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux
        pass

    def watch() -> None:
        if hasattr(signal, "pthread_sigmask"):  # the time limit's alarm is for the main thread only
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="newsfacts-parent-watch", daemon=True).start()


def _encode(result: Result, encoder: Optional[Writer], item: Any = None) -> Any:
    if encoder is None or isinstance(result, DocError):
        return result
    try:
        return Encoded(encoder.encode(result), len(result.claims))
    except Exception as exc:  # noqa: BLE001 - a document the writer cannot take
        return DocError(getattr(item, "origin", "?"), result.doc_id, type(exc).__name__, str(exc))


@dataclass
class Encoded:
    """A Document already serialised by the worker for the writer (the CLI path)."""

    data: bytes
    claims: int


def _work(chunk: list[Union[SourceDoc, ReadError]], chunk_id: int = 0) -> list[Any]:
    extractor, limits, encoder = _worker["extractor"], _worker["limits"], _worker["encoder"]
    slots, at = _worker.get("slots"), 3 * _worker.get("slot", 0)
    out = []
    for i, item in enumerate(chunk):
        if slots is not None:
            slots[at + 2], slots[at + 1], slots[at] = time.monotonic(), i, chunk_id
        out.append(_encode(process_one(extractor, item, limits), encoder, item))
    if slots is not None:
        slots[at] = -1
    return out


def _mp_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    for proc in list(getattr(pool, "_processes", {}).values()):
        try:
            proc.kill()
        except Exception:  # noqa: BLE001
            pass
    pool.shutdown(wait=False, cancel_futures=True)


def _weight(item: Any) -> int:
    """About the bytes an input item holds (its page or file bytes, or its text)."""
    if isinstance(item, SourceDoc):
        return len(item.data) if item.data is not None else 2 * len(item.text or "")
    return 0


def _chunks(items: Iterator[Any], size: int, max_bytes: int) -> Iterator[tuple[list[Any], int]]:
    """(chunk, bytes) of at most ``size`` items, cut early once they hold ``max_bytes``."""
    chunk: list[Any] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += _weight(item)
        if len(chunk) >= size or total >= max_bytes:
            yield chunk, total
            chunk, total = [], 0
    if chunk:
        yield chunk, total


class _Stuck(Exception):
    """The document at ``index`` of a chunk ran past the hard time limit."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


class _Pool:
    """Worker processes that note the document each one is on, so that a document running
    past the hard time limit is known (and not run again)."""

    def __init__(self, workers: int, initargs: tuple) -> None:
        self.ctx = _mp_context()
        self.workers, self.initargs = workers, initargs
        self.next_id = 0
        self._start()

    def _start(self) -> None:
        self.slots = self.ctx.RawArray("d", [-1.0, 0.0, 0.0] * self.workers)  # chunk id, index, start
        claimed = self.ctx.Value("i", 0)
        self.executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=self.ctx, initializer=_init_worker,
                                            initargs=(*self.initargs, self.slots, claimed))

    def submit(self, chunk: list) -> tuple[int, Any]:
        self.next_id += 1
        return self.next_id, self.executor.submit(_work, chunk, self.next_id)

    def result(self, chunk_id: int, future: Any, hard: Optional[float]) -> list:
        """The chunk's results; :class:`_Stuck` when one document has run past ``hard`` seconds."""
        while True:
            try:
                return future.result(timeout=0.25 if hard else None)
            except FutureTimeout:
                for at in range(0, len(self.slots), 3):
                    if self.slots[at] == chunk_id and time.monotonic() - self.slots[at + 2] > hard:
                        raise _Stuck(int(self.slots[at + 1])) from None

    def one(self, item: Any, hard: Optional[float]) -> Any:
        """The result of one document run alone; a crash or a hang is its error record."""
        chunk_id, future = self.submit([item])
        try:
            return self.result(chunk_id, future, hard)[0]
        except (BrokenProcessPool, _Stuck) as exc:
            self.restart()
            return _lost(item, "DocTimeout" if isinstance(exc, _Stuck) else "WorkerCrashed")

    def restart(self) -> None:
        _kill_pool(self.executor)
        self._start()


def _lost(item: Any, kind: str) -> DocError:
    what = "hung past the time limit" if kind == "DocTimeout" else "the worker process died"
    return DocError(getattr(item, "origin", "?"), getattr(item, "doc_id", None), kind,
                    f"{what} while extracting this document")


def _recover(pool: _Pool, chunks: list[list[Any]], stuck: Optional[int], hard: Optional[float]) -> Iterator[list]:
    """After a crash or a hang, the chunks that were in flight, redone one document at a time
    in a fresh pool; the document that hung (index ``stuck`` of the first chunk) is a
    ``DocTimeout`` record without a second try."""
    pool.restart()
    for n, chunk in enumerate(chunks):
        yield [(item, _lost(item, "DocTimeout") if (n, i) == (0, stuck) else pool.one(item, hard))
               for i, item in enumerate(chunk)]


def _run(
    items: Iterable[Any],
    *,
    workers: int,
    factory: Callable[[], Any],
    limits: Limits,
    chunk_size: int,
    encoder: Optional[Writer] = None,
) -> Iterator[list[tuple[Union[SourceDoc, ReadError], Any]]]:
    """Chunks of (input item, result) in input order."""
    coerced = (_coerce(item, i) for i, item in enumerate(items))
    if workers <= 1:
        extractor = factory()
        for chunk, _ in _chunks(coerced, chunk_size, limits.max_inflight_bytes):
            yield [(item, _encode(process_one(extractor, item, limits), encoder, item)) for item in chunk]
        return
    built = _preloaded(factory()) if _mp_context().get_start_method() == "fork" else None
    pool = _Pool(workers, (factory, limits, encoder, built))
    hard = (limits.doc_timeout + HARD_TIMEOUT_GRACE) if limits.doc_timeout else None
    pending: collections.deque = collections.deque()  # (chunk, its bytes, chunk id, future)
    source = _chunks(coerced, chunk_size, max(1, limits.max_inflight_bytes // (2 * workers)))
    inflight = 0
    try:
        while True:
            while len(pending) < 2 * workers and (not pending or inflight < limits.max_inflight_bytes):
                chunk, weight = next(source, (None, 0))
                if chunk is None:
                    break
                pending.append((chunk, weight, *pool.submit(chunk)))
                inflight += weight
            if not pending:
                return
            chunk, weight, chunk_id, future = pending[0]
            try:
                results = pool.result(chunk_id, future, hard)
            except (BrokenProcessPool, _Stuck) as exc:
                # A worker died, or hangs where the soft limit cannot reach it
                yield from _recover(pool, [p[0] for p in pending], getattr(exc, "index", None), hard)
                pending.clear()
                inflight = 0
                continue
            pending.popleft()
            inflight -= weight
            yield list(zip(chunk, results))
    finally:
        if pending:
            _kill_pool(pool.executor)
        else:
            pool.executor.shutdown(wait=True)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def extract_many(
    docs: Iterable[Any],
    workers: Optional[int] = None,
    *,
    chunk_size: int = DEFAULT_CHUNK,
    limits: Optional[Limits] = None,
    doc_timeout: Optional[float] = None,
    extractor_factory: Optional[Callable[[], Any]] = None,
) -> Iterator[Result]:
    """Extract many documents; yields one Document or :class:`DocError` per input, in order.

    ``docs`` items may be texts, ``(text, doc_id)`` pairs, dicts with ``text`` (and
    ``doc_id``, ``title``, ``source``, ``url``, ``published``), or the items of
    :func:`newsfacts.io.read_inputs`. ``workers`` defaults to the number of cores; with
    one worker everything runs in this process. Each worker process holds one
    ``Extractor`` (or ``extractor_factory()``).
    """
    limits = limits or DEFAULT_LIMITS
    if doc_timeout is not None:
        limits = limits.with_(doc_timeout=doc_timeout)
    for chunk in _run(
        docs,
        workers=workers or default_workers(),
        factory=extractor_factory or Extractor,
        limits=limits,
        chunk_size=chunk_size,
    ):
        for _, result in chunk:
            yield result


# ---------------------------------------------------------------- the batch command


class UsageError(ValueError):
    """Bad arguments (exit status 2)."""


@dataclass
class Stats:
    read: int = 0
    ok: int = 0
    failed: int = 0
    claims: int = 0
    resumed: int = 0
    seconds: float = 0.0
    complete: bool = False
    id_note: str = ""  # doc_ids repeated in the inputs and renamed (see newsfacts.io.ids)

    def rate(self) -> float:
        done = self.read - self.resumed
        return done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        text = (
            f"read {self.read}, ok {self.ok}, failed {self.failed}, claims {self.claims}, "
            f"seconds {self.seconds:.2f}, docs/s {self.rate():.1f}"
        )
        if self.resumed:
            text += f" (resumed after {self.resumed})"
        return text


class Progress:
    """Progress on stderr: a live line on a terminal; elsewhere (a log file, CI), when
    asked for, a plain line every ``every`` seconds. With a known total: percent and ETA."""

    def __init__(self, enabled: bool, total: Optional[int] = None, stream=None, every: Optional[float] = None,
                 live: Optional[bool] = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        isatty = getattr(self.stream, "isatty", None)
        self.live = bool(isatty and isatty()) if live is None else live
        self.every = every if every is not None else (0.2 if self.live else 10.0)
        self.reader: Any = None
        self.sizes: dict[str, int] = {}

    def follow(self, reader: Reader) -> None:
        """Measure progress in input bytes (documents that cannot be counted ahead: WARC,
        tar, gzip): the sizes of the input files and the position in the one being read."""
        self.reader = reader
        for path, _ in reader.files():
            try:
                self.sizes[path] = os.path.getsize(path)
            except OSError:
                pass

    def fraction(self) -> Optional[float]:
        """The share of the input bytes read so far, when it can be told."""
        reading = getattr(self.reader, "reading", None)
        total = sum(self.sizes.values())
        if not reading or not total or reading[0] not in self.sizes:
            return None
        path, fh = reading
        done = 0
        for p, size in self.sizes.items():
            if p == path:
                break
            done += size
        try:
            done += fh.tell()
        except (OSError, ValueError):  # closed: that file is done
            done += self.sizes[path]
        return min(done / total, 1.0)

    def update(self, stats: Stats, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < self.every:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = (stats.read - stats.resumed) / elapsed
        share = min(stats.read / self.total, 1.0) if self.total else self.fraction()
        done = f"{stats.read}/{self.total} docs" if self.total else f"{stats.read} docs"
        if share is not None:
            done += f" ({share:.0%})" if self.total else f" ({share:.0%} of the input bytes)"
        parts = [done, f"{rate:.1f} docs/s", f"{stats.claims} claims", f"{stats.failed} failed"]
        left = None
        if self.total and rate > 0:
            left = max(self.total - stats.read, 0) / rate
        elif share:
            left = elapsed * (1 - share) / share
        if left is not None:
            parts.append(f"ETA {int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d}")
        line = "  ".join(parts)
        self.stream.write("\r" + line + "\x1b[K" if self.live else line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.live:
            self.stream.write("\n")
            self.stream.flush()


def errors_path(out: str) -> str:
    return out + ".errors.jsonl"


def journal_path(out: str) -> str:
    return out + ".journal"


def _read_journal(path: str) -> tuple[Optional[dict], Optional[dict], int]:
    """(header, last complete checkpoint, bytes of the good prefix) of a journal.

    A torn last line (the run was killed while writing it) is ignored.
    """
    header = last = None
    good = 0
    try:
        with open(path, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                try:
                    entry = json.loads(raw)
                except ValueError:
                    break
                good += len(raw)
                if header is None:
                    header = entry
                else:
                    last = entry
    except FileNotFoundError:
        pass
    return header, last, good


def check_output(inputs: list[str], out: str) -> None:
    """Refuse (:class:`UsageError`) an output that is an input file, or that lies inside an
    input folder (the next run would read it, or its ``.part`` and journal, as input)."""
    own = {os.path.realpath(p) for p in (out, out + ".part", out + ".tmp", errors_path(out),
                                          errors_path(out) + ".part", journal_path(out))}
    where = os.path.realpath(os.path.dirname(os.path.abspath(out)))
    for path in inputs:
        real = os.path.realpath(path)
        if os.path.isdir(path):
            if where == real or where.startswith(real.rstrip(os.sep) + os.sep):
                raise UsageError(f"output {out} is inside the input folder {path}; "
                                 "it would be read back as input (write it elsewhere)")
        elif real in own:
            raise UsageError(f"output {out} is an input ({path}); it would be overwritten")


def _lock_journal(out: str):
    """``OUT.journal``, open and locked for this run alone (a second writer is refused)."""
    jpath = journal_path(out)
    journal = os.fdopen(os.open(jpath, os.O_RDWR | os.O_CREAT, 0o644), "r+b")
    if fcntl is not None:
        try:
            fcntl.flock(journal.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            journal.close()
            raise UsageError(f"another run is writing {out} (its journal {jpath} is locked)") from None
    return journal


@contextmanager
def _locked_journal(out: str):
    journal = _lock_journal(out)
    _PARENT_ONLY_FDS.add(journal.fileno())
    try:
        yield journal
    finally:
        _PARENT_ONLY_FDS.discard(journal.fileno())
        journal.close()


def _changed(header: dict, fingerprint: dict) -> list[str]:
    """What differs between a journal's header and this run (limits by name)."""
    keys = sorted((set(header) | set(fingerprint)) - {"started", "limits"})
    changed = [k for k in keys if header.get(k) != fingerprint.get(k)]
    old, new = header.get("limits") or {}, fingerprint.get("limits") or {}
    return changed + [f"limits.{k}" for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]


def _start(journal, fingerprint: dict, resume: bool, writer: Writer, errors: Writer, stats: "Stats") -> int:
    """Open the part files (continued from the journal's last checkpoint with ``resume``)
    and write the journal's header; returns how many input documents are already done."""
    skip, good = 0, 0
    offsets: tuple[Optional[int], Optional[int]] = (None, None)
    if resume:
        header, last, good = _read_journal(journal_path(writer.path))
        if header is not None:
            changed = _changed(header, fingerprint)
            if changed:
                raise UsageError(f"--resume: {journal_path(writer.path)} was written for other inputs or options "
                                 f"({', '.join(changed)} differ)")
            if last is not None and os.path.exists(writer.part) and os.path.exists(errors.part):
                skip = last["n"]
                offsets = (last["out"], last["err"])
                stats.read, stats.ok, stats.failed, stats.claims = last["n"], last["ok"], last["failed"], last["claims"]
                stats.resumed = skip
    writer.open(offsets[0])
    errors.open(offsets[1])
    journal.truncate(good if skip else 0)
    journal.seek(good if skip else 0)
    if not skip:
        journal.write((json.dumps({**fingerprint, "started": time.time()}) + "\n").encode())
        journal.flush()
    return skip


def run_batch(
    inputs: list[str],
    out: str,
    *,
    fmt: str = "jsonl",
    workers: Optional[int] = None,
    read_format: Optional[str] = None,
    glob: Optional[str] = None,
    fields: Optional[Fields] = None,
    limits: Optional[Limits] = None,
    resume: bool = False,
    fail_fast: bool = False,
    chunk_size: int = DEFAULT_CHUNK,
    extractor_factory: Optional[Callable[[], Any]] = None,
    progress: Optional[Progress] = None,
    fingerprint_extra: Optional[dict] = None,
) -> Stats:
    """Read INPUTS, extract, write OUT (and OUT.errors.jsonl); see ``newsfacts batch``."""
    limits = limits or DEFAULT_LIMITS
    fields = fields or Fields()
    check_output(inputs, out)
    reader = Reader(inputs, format=read_format, glob=glob, fields=fields, limits=limits)
    fingerprint = {
        "version": 1,
        "inputs": [os.path.abspath(p) for p in inputs],
        "format": read_format,
        "glob": glob,
        "fields": {k: list(v) for k, v in vars(fields).items()},
        "output": fmt,
        "limits": dataclasses.asdict(limits),
        **(fingerprint_extra or {}),
    }
    writer = Writer(out, fmt)
    errors = ErrorWriter(errors_path(out))
    stats = Stats()
    with _locked_journal(out) as journal:
        skip = _start(journal, fingerprint, resume, writer, errors, stats)
        if progress is not None and progress.total is None and progress.enabled:
            progress.total = reader.total()
            if progress.total is None:
                progress.follow(reader)
        unique = UniqueIds()
        items = itertools.islice(unique(reader), skip, None)
        run = functools.partial(_run, workers=workers or default_workers(), factory=extractor_factory or Extractor,
                                limits=limits, chunk_size=chunk_size, encoder=writer)
        try:
            stopped = _write_all(run(items), writer, errors, journal, stats, fail_fast, progress)
        finally:
            stats.id_note = unique.note()
        if stopped:
            writer.close()
            errors.close()
            return stats
        writer.finish()
        errors.finish()
        os.remove(journal_path(out))
    stats.complete = True
    return stats


def _write_all(chunks, writer: Writer, errors: ErrorWriter, journal, stats: Stats, fail_fast: bool,
               progress: Optional[Progress]) -> bool:
    """Write the results, a journal checkpoint after each chunk; True when ``fail_fast`` stopped."""
    start = time.monotonic()
    stopped = False
    try:
        for chunk in chunks:
            for item, result in chunk:
                stats.read += 1
                if isinstance(result, DocError):
                    stats.failed += 1
                    errors.write_record(result.record())
                    if fail_fast:
                        stopped = True
                        break
                else:
                    stats.ok += 1
                    stats.claims += result.claims
                    writer.write_bytes(result.data)
            entry = {"n": stats.read, "ok": stats.ok, "failed": stats.failed, "claims": stats.claims,
                     "out": writer.checkpoint(), "err": errors.checkpoint()}
            journal.write((json.dumps(entry) + "\n").encode())
            journal.flush()
            if progress is not None:
                progress.update(stats)
            if stopped:
                break
    finally:
        stats.seconds = time.monotonic() - start
        if progress is not None:
            progress.update(stats, force=True)
            progress.close()
    return stopped
