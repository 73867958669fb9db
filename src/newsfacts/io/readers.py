"""Readers: files, directories and archives to a stream of :class:`SourceDoc` / :class:`ReadError`.

Everything is streamed in a fixed order (arguments, then sorted directory walk, then
archive members, then lines), and nothing from an archive is ever written to disk.
Each input document gives exactly one item: a :class:`SourceDoc` to extract or a
:class:`ReadError`. Heavy work (decoding, HTML main-text extraction) is deferred to
:meth:`SourceDoc.materialize`, which runs in the batch worker.
"""

from __future__ import annotations

import bz2
import csv
import dataclasses
import fnmatch
import gzip
import io
import json
import lzma
import math
import os
import tarfile
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Union

from .encodings import BinaryInput, decode_bytes, detect_encoding, fix_surrogates, looks_binary, printable
from .extras import require
from .formats import FORMATS
from .limits import (
    DEFAULT_LIMITS,
    DecompressedTooLarge,
    DocumentTooLarge,
    HeaderTooLarge,
    Limits,
    TooManyMembers,
)

SINGLE = ("txt", "md", "html")
_EXT = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".warc": "warc",
    ".zip": "zip",
    ".tar": "tar",
    ".tgz": "tar",
    ".tbz2": "tar",
    ".txz": "tar",
}


class EmptyInput(ValueError):
    """The file, member, record or field holds no text."""


class MissingText(ValueError):
    """A JSON/CSV record without the text field."""


class UnsupportedInput(ValueError):
    """A member or file of a kind we do not read."""


@dataclass
class Fields:
    """Column / key names tried in turn for JSON and CSV records (dotted paths allowed)."""

    text: tuple[str, ...] = ("content", "text", "body", "article", "正文", "内容")
    id: tuple[str, ...] = ("id", "doc_id", "_id", "uuid", "docid")
    title: tuple[str, ...] = ("title", "headline", "标题")
    date: tuple[str, ...] = ("time", "date", "published", "pub_time", "publish_time", "pubdate", "datetime")
    url: tuple[str, ...] = ("url", "link", "href")
    source: tuple[str, ...] = ("source", "media", "site", "sitename", "来源")

    @classmethod
    def from_options(cls, text=None, id=None, title=None, date=None, url=None, source=None) -> "Fields":
        base = cls()
        pick = lambda v, d: (v,) if v else d  # noqa: E731
        return cls(
            text=pick(text, base.text),
            id=pick(id, base.id),
            title=pick(title, base.title),
            date=pick(date, base.date),
            url=pick(url, base.url),
            source=pick(source, base.source),
        )


@dataclass
class SourceDoc:
    """One input document before extraction."""

    origin: str
    text: Optional[str] = None
    data: Optional[bytes] = None
    kind: str = "text"  # "text" or "html"
    doc_id: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    declared_charset: Optional[str] = None
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # names from the file system or a tar header may hold undecodable bytes (surrogates)
        self.origin = printable(self.origin)
        self.doc_id = printable(self.doc_id) if self.doc_id is not None else None

    def materialize(self, limits: Limits = DEFAULT_LIMITS) -> tuple[str, dict[str, Any], list[str]]:
        """(text, extract() keyword arguments, warnings); raises on unreadable input."""
        warnings = list(self.warnings)
        meta = {"title": self.title, "source": self.source, "url": self.url, "published": self.published}
        if self.kind == "html":
            from .html import html_to_text

            page = self.data if self.data is not None else (self.text or "")
            if not page or not page.strip():
                raise EmptyInput("empty page")
            if len(page) > limits.max_page_bytes:
                raise DocumentTooLarge(_page_too_large(limits))
            text, found, more = html_to_text(page, url=self.url, declared=self.declared_charset)
            warnings.extend(more)
            for key, value in found.items():
                if not meta.get(key) and value:
                    meta[key] = value
        elif self.text is not None:
            text = self.text
        else:
            if not self.data:
                raise EmptyInput("empty file")
            text, more = decode_bytes(self.data)
            warnings.extend(more)
        if not text.strip():
            raise EmptyInput("no text")
        if len(text) > limits.max_doc_chars:
            raise DocumentTooLarge(
                f"document has {len(text)} characters, more than the limit of {limits.max_doc_chars}"
            )
        meta = {k: (printable(str(v)) if v is not None else None) for k, v in meta.items()}
        meta["doc_id"] = self.doc_id
        return text, meta, warnings


def _page_too_large(limits: Limits) -> str:
    return (f"page larger than the limit of {limits.max_page_bytes} bytes "
            "(parsing takes about 50 times a page's size in memory)")


@dataclass
class ReadError:
    """An input document (or the unread rest of a container) that could not be read."""

    origin: str
    type: str
    message: str
    doc_id: Optional[str] = None

    def __post_init__(self) -> None:
        self.origin = printable(self.origin)
        self.message = printable(self.message)
        self.doc_id = printable(self.doc_id) if self.doc_id is not None else None

    @classmethod
    def of(cls, origin: str, exc: BaseException, doc_id: Optional[str] = None) -> "ReadError":
        return cls(origin=origin, type=type(exc).__name__, message=str(exc) or type(exc).__name__, doc_id=doc_id)

    def record(self) -> dict[str, Any]:
        return {"source": self.origin, "doc_id": self.doc_id, "error": {"type": self.type, "message": self.message}}


Item = Union[SourceDoc, ReadError]


# ---------------------------------------------------------------- formats and sizes


def format_of(name: str) -> Optional[str]:
    """Reader name for a file or member name, from its extension (None: unknown)."""
    low = name.lower()
    if low.endswith((".tar.gz", ".tar.bz2", ".tar.xz")):
        return "tar"
    if low.endswith(".warc.gz"):
        return "warc"
    if low.endswith(".gz"):
        return "gz"
    return _EXT.get(os.path.splitext(low)[1])


def _stem(name: str) -> str:
    base = name.replace("\\", "/").replace("!", "/").rstrip("/").rsplit("/", 1)[-1]
    low = base.lower()
    for ext in (".tar.gz", ".tar.bz2", ".tar.xz", ".warc.gz", ".jsonl.gz", ".json.gz", ".csv.gz", ".txt.gz", ".html.gz"):
        if low.endswith(ext):
            return base[: -len(ext)]
    return os.path.splitext(base)[0]


def _strip_ext(path: str) -> str:
    low = path.lower()
    for ext in (".tar.gz", ".warc.gz"):
        if low.endswith(ext):
            return path[: -len(ext)]
    return os.path.splitext(path)[0]


class _Budget:
    """Decompressed bytes left for one archive (shared by its members)."""

    def __init__(self, limit: int) -> None:
        self.left = limit
        self.limit = limit


class LimitedReader(io.RawIOBase):
    """A read-only stream that raises :class:`DecompressedTooLarge` past ``limit`` bytes."""

    def __init__(self, raw: IO[bytes], limit: int, budget: Optional[_Budget] = None, what: str = "input") -> None:
        self.raw = raw
        self.left = limit
        self.limit = limit
        self.budget = budget
        self.what = what

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        want = min(len(buffer), self.left + 1)
        if self.budget is not None:
            want = min(want, self.budget.left + 1)
        data = self.raw.read(max(want, 1))
        n = len(data)
        self.left -= n
        if self.left < 0:
            raise DecompressedTooLarge(f"{self.what} decompresses to more than {self.limit} bytes")
        if self.budget is not None:
            self.budget.left -= n
            if self.budget.left < 0:
                raise DecompressedTooLarge(
                    f"archive decompresses to more than {self.budget.limit} bytes in total"
                )
        buffer[:n] = data
        return n


class _GzipTail(io.RawIOBase):
    """A gzip stream that ends at bytes which are no further gzip member (``junk``), as
    gzip(1) does, instead of failing the data read before them."""

    def __init__(self, gz: gzip.GzipFile) -> None:
        self.gz = gz
        self.started = self.junk = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.junk:
            return 0
        try:
            data = self.gz.read1(len(buffer))
        except gzip.BadGzipFile as exc:
            if not self.started or not str(exc).startswith("Not a gzipped file"):
                raise
            self.junk = True
            return 0
        self.started = self.started or bool(data)
        buffer[: len(data)] = data
        return len(data)


def read_all(stream: IO[bytes], limit: int, what: str = "document") -> bytes:
    """All bytes of ``stream``, at most ``limit`` (else :class:`DocumentTooLarge`)."""
    chunks = []
    total = 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise DocumentTooLarge(f"{what} is larger than the limit of {limit} bytes")
    return b"".join(chunks)


# ---------------------------------------------------------------- the reader


@dataclass
class _Ctx:
    limits: Limits
    fields: Fields
    glob: Optional[str]
    format: Optional[str]
    budget: Optional["_Budget"] = None  # of the outermost archive, shared by the archives inside it


class Reader:
    """Streams the documents of INPUT paths (files, directories, archives).

    ``format`` forces one reader for every file given and every file in a directory
    given (not for archive members); ``glob`` selects files in directories and archive
    members (default: every known extension). The files a directory walk passes over
    are kept in ``skipped`` (path -> reason).
    """

    def __init__(
        self,
        paths: Iterable[str],
        *,
        format: Optional[str] = None,
        glob: Optional[str] = None,
        fields: Optional[Fields] = None,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        if format is not None and format not in FORMATS:
            raise ValueError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
        self.paths = list(paths)
        self.ctx = _Ctx(limits=limits, fields=fields or Fields(), glob=glob, format=format)
        self.skipped: dict[str, str] = {}
        self.reading: Optional[tuple[str, IO[bytes]]] = None  # the file being read (progress in bytes)

    def __iter__(self) -> Iterator[Item]:
        for path in self.paths:
            if os.path.isdir(path):
                yield from self._walk(path)
            else:
                yield from self._file(path, self.ctx.format or format_of(path) or "txt")

    def files(self) -> Iterator[tuple[str, str]]:
        """(path, format) of the files given and of the files in the directories given."""
        for path in self.paths:
            if os.path.isdir(path):
                yield from self._walk_files(path)
            else:
                yield path, self.ctx.format or format_of(path) or "txt"

    def total(self) -> Optional[int]:
        """Number of documents when every input is one-document files, else None."""
        n = 0
        for _, fmt in self.files():
            if fmt not in SINGLE:
                return None
            n += 1
        return n

    # -- files and directories

    def _selected(self, rel: str) -> Optional[str]:
        fmt = format_of(rel)
        if self.ctx.glob:
            if fnmatch.fnmatch(rel, self.ctx.glob) or fnmatch.fnmatch(rel.rsplit("/", 1)[-1], self.ctx.glob):
                return fmt or "txt"
            return None
        return fmt

    def _walk_files(self, root: str, top: Optional[str] = None) -> Iterator[tuple[str, str]]:
        """Files under ``root`` in sorted path order; hidden entries and symlinks skipped."""
        top = top or root
        try:
            entries = sorted(os.scandir(root), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.is_symlink():
                self.skipped[entry.path] = "hidden" if entry.name.startswith(".") else "a symbolic link"
                continue
            if entry.is_dir():
                yield from self._walk_files(entry.path, top)
            elif entry.is_file():
                rel = os.path.relpath(entry.path, top).replace(os.sep, "/")
                fmt = self._selected(rel)
                if self.ctx.format and (fmt or not self.ctx.glob):
                    fmt = self.ctx.format
                if fmt:
                    yield entry.path, fmt
                else:
                    self.skipped[entry.path] = "not matching --glob" if self.ctx.glob else "no known extension"

    def _walk(self, root: str) -> Iterator[Item]:
        for full, fmt in self._walk_files(root):
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            yield from self._file(full, fmt, doc_id=_strip_ext(rel))

    def _file(self, path: str, fmt: str, doc_id: Optional[str] = None) -> Iterator[Item]:
        if fmt == "zip":
            try:
                zf = zipfile.ZipFile(path)
            except ImportError:
                raise
            except (Exception, RecursionError) as exc:  # noqa: BLE001 - a damaged central directory
                # raises more than BadZipFile (NotImplementedError for a bad version field, ...)
                yield ReadError.of(path, exc)
                return
            with zf:
                yield from _guard(_zip_members(zf, path, self.ctx, 0, self._selected), path)
            return
        try:
            fh = open(path, "rb")
        except (OSError, ValueError) as exc:
            yield ReadError.of(path, exc)
            return
        with fh:
            self.reading = (path, fh)
            yield from _guard(
                _dispatch(fh, fmt, path, self.ctx, 0, doc_id or _stem(path), self._selected), path
            )


def read_inputs(paths: Iterable[str], **options) -> Iterator[Item]:
    """Documents of files, directories and archives; see :class:`Reader`."""
    return iter(Reader(paths, **options))


def _guard(items: Iterator[Item], origin: str) -> Iterator[Item]:
    """Pass items through; an exception ends the container with one error record."""
    n = 0
    try:
        for item in items:
            n += 1
            yield item
    except ImportError:
        raise
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - every failure becomes a record
        err = ReadError.of(origin, exc)
        if n:
            err.message = f"{err.message} (after {n} item(s); the rest of this input is lost)"
        yield err


def _dispatch(
    stream: IO[bytes],
    fmt: str,
    origin: str,
    ctx: _Ctx,
    depth: int,
    doc_id: Optional[str],
    selected: Callable[[str], Optional[str]],
) -> Iterator[Item]:
    limits = ctx.limits
    if fmt in ("txt", "md"):
        # no encoding takes more than 4 bytes a character: a longer file is over max_doc_chars
        data = read_all(stream, min(limits.max_member_bytes, 4 * limits.max_doc_chars))
        if not data.strip():
            yield ReadError.of(origin, EmptyInput("empty file"), doc_id)
        else:
            yield SourceDoc(origin=origin, data=data, doc_id=doc_id)
    elif fmt == "html":
        data = read_all(stream, min(limits.max_member_bytes, limits.max_page_bytes), "page")
        if not data.strip():
            yield ReadError.of(origin, EmptyInput("empty file"), doc_id)
        else:
            yield SourceDoc(origin=origin, data=data, kind="html", doc_id=doc_id)
    elif fmt == "jsonl":
        yield from _jsonl(stream, origin, ctx, _stem(origin))
    elif fmt == "json":
        yield from _json(stream, origin, ctx, _stem(origin))
    elif fmt in ("csv", "tsv"):
        yield from _csv(stream, origin, ctx, _stem(origin), "\t" if fmt == "tsv" else ",")
    elif fmt == "warc":
        yield from _warc(stream, origin, ctx)
    elif fmt == "gz":
        inner_name = origin[:-3]
        inner = format_of(inner_name) or "txt"
        if depth >= limits.max_depth and inner in ("zip", "tar", "gz"):
            raise UnsupportedInput(f"archives nested deeper than {limits.max_depth} levels")
        gz = _GzipTail(gzip.GzipFile(fileobj=stream, mode="rb"))
        limited = io.BufferedReader(LimitedReader(gz, limits.max_archive_bytes, ctx.budget, what="gzip stream"))
        for item in _dispatch(limited, inner, inner_name, ctx, depth + 1, doc_id, selected):
            if gz.junk and isinstance(item, SourceDoc):
                item.warnings.append("bytes after the end of the gzip data were ignored")
            yield item
    elif fmt == "tar":
        if depth > limits.max_depth:
            raise UnsupportedInput(f"archives nested deeper than {limits.max_depth} levels")
        yield from _tar_members(stream, origin, ctx, depth, selected)
    elif fmt == "zip":
        if depth > limits.max_depth:
            raise UnsupportedInput(f"archives nested deeper than {limits.max_depth} levels")
        data = read_all(stream, limits.max_member_bytes, "nested zip")
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            yield from _zip_members(zf, origin, ctx, depth, selected)
    else:
        raise UnsupportedInput(f"unknown format {fmt!r}")


# ---------------------------------------------------------------- archives


def _member_limit_error(origin: str, limits: Limits) -> ReadError:
    return ReadError.of(
        origin,
        TooManyMembers(f"more than {limits.max_members} members; the rest were not read"),
    )


def _selected_members(entries, is_file, name_of, selected, origin: str, limits) -> Iterator[tuple[Any, Any]]:
    """(member, format) for the file members a reader takes, in archive order; past
    ``limits.max_members`` one (None, error record) and nothing more."""
    n = 0
    for entry in entries:
        if not is_file(entry):
            continue
        fmt = selected(name_of(entry))
        if not fmt:
            continue
        n += 1
        if n > limits.max_members:
            yield None, _member_limit_error(origin, limits)
            return
        yield entry, fmt


def _zip_name(info: zipfile.ZipInfo) -> str:
    """A member's name: zipfile reads names without the UTF-8 flag as cp437, but such names
    are mostly UTF-8 or GBK (Chinese Windows) bytes."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    return info.filename


def _zip_members(zf: zipfile.ZipFile, origin: str, ctx: _Ctx, depth: int, selected) -> Iterator[Item]:
    limits = ctx.limits
    budget = ctx.budget or _Budget(limits.max_archive_bytes)
    ctx = dataclasses.replace(ctx, budget=budget)
    for info, fmt in _selected_members(zf.infolist(), lambda i: not i.is_dir(), _zip_name,
                                       selected, origin, limits):
        if info is None:
            yield fmt  # the member-count limit's error record
            return
        name = _zip_name(info)
        where = f"{origin}!{name}"
        doc_id = _strip_ext(name)
        if budget.left <= 0:
            yield ReadError.of(where, DecompressedTooLarge(
                f"archive decompresses to more than {budget.limit} bytes in total"), doc_id)
            continue
        try:
            if info.flag_bits & 0x1:
                raise UnsupportedInput("encrypted member")
            with zf.open(info) as raw:
                limited = io.BufferedReader(
                    LimitedReader(raw, limits.max_member_bytes, budget, what="zip member")
                )
                # Whole-member formats are read here so that a bad CRC fails this member only.
                yield from _guard(
                    _dispatch(limited, fmt, where, ctx, depth + 1, doc_id, selected), where
                )
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
            yield ReadError.of(where, exc, doc_id)


def _bounded_tarinfo(limit: int) -> type:
    """A TarInfo that refuses a header record (pax, GNU long name) over ``limit`` bytes,
    which tarfile would otherwise read whole into memory."""

    def check(info: tarfile.TarInfo) -> None:
        if info.size > limit:
            raise HeaderTooLarge(f"tar header record of {info.size} bytes, more than the limit of {limit}; "
                                 "the rest of the archive is not read")

    class BoundedTarInfo(tarfile.TarInfo):
        def _proc_pax(self, tf):
            check(self)
            return super()._proc_pax(tf)

        def _proc_gnulong(self, tf):
            check(self)
            return super()._proc_gnulong(tf)

    return BoundedTarInfo


def _decompressed(stream: IO[bytes]) -> IO[bytes]:
    """A tar stream without its gzip, bzip2 or xz compression (whose output the archive
    budget counts)."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(6)[:6]
    if head.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=buffered, mode="rb")  # type: ignore[return-value]
    if head.startswith(b"BZh"):
        return bz2.BZ2File(buffered)  # type: ignore[return-value]
    if head.startswith(b"\xfd7zXZ\x00"):
        return lzma.LZMAFile(buffered)  # type: ignore[return-value]
    return buffered


def _tar_members(stream: IO[bytes], origin: str, ctx: _Ctx, depth: int, selected) -> Iterator[Item]:
    limits = ctx.limits
    budget = ctx.budget or _Budget(limits.max_archive_bytes)
    ctx = dataclasses.replace(ctx, budget=budget)
    limited_outer = io.BufferedReader(LimitedReader(_decompressed(stream), 1 << 62, budget, what="tar"))
    with tarfile.open(fileobj=limited_outer, mode="r|", tarinfo=_bounded_tarinfo(limits.max_header_bytes)) as tf:
        for member, fmt in _selected_members(tf, lambda m: m.isfile() or m.islnk(), lambda m: m.name,
                                             selected, origin, limits):
            if member is None:
                yield fmt  # the member-count limit's error record
                return
            where = f"{origin}!{member.name}"
            doc_id = _strip_ext(member.name)
            raw = None if member.islnk() else tf.extractfile(member)
            if raw is None:  # a stream cannot go back to the member a hard link names
                yield ReadError.of(where, UnsupportedInput(
                    f"hard link to {member.linkname!r}: that member's document, not read twice"), doc_id)
                continue
            limited = io.BufferedReader(LimitedReader(raw, limits.max_member_bytes, what="tar member"))
            yield from _guard(_dispatch(limited, fmt, where, ctx, depth + 1, doc_id, selected), where)


# ---------------------------------------------------------------- records


def _text_stream(stream: IO[bytes], origin: str) -> tuple[io.TextIOWrapper, str]:
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(64 * 1024)[: 64 * 1024]
    try:
        enc = detect_encoding(head) if head else "utf-8"
    except BinaryInput:
        if looks_binary(head):
            raise
        # Text that no encoding fits well (a few damaged bytes in a short file): read the
        # lines as UTF-8, so each damaged line fails alone (or keeps U+FFFD) and no good
        # line is lost with it.
        enc = "utf-8"
    return io.TextIOWrapper(buffered, encoding=enc, errors="surrogateescape", newline=None), enc


def _get(record: dict, names: tuple[str, ...]) -> Any:
    for name in names:
        cur: Any = record
        for part in name.split("."):
            if isinstance(cur, dict) and part in cur:
                cur = cur[part]
            else:
                cur = None
                break
        if cur not in (None, ""):
            return cur
    return None


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") and any(tag in head for tag in ("<p", "<div", "<html", "<br", "<body"))


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float) and not math.isfinite(value):
        return f"number ({value})"
    return {dict: "object", list: "array", int: "number", float: "number"}.get(type(value), type(value).__name__)


def _record_id(raw: Any, enc: str, default_id: str) -> tuple[str, list[str]]:
    """(doc id, warnings) of a record's id field: a string or a finite number, else the default."""
    if raw is None:
        return default_id, []
    if isinstance(raw, str) or (isinstance(raw, (int, float)) and not isinstance(raw, bool)
                                and math.isfinite(raw)):
        return fix_surrogates(str(raw), enc)[0], []
    return default_id, [f"id field holds a JSON {_json_kind(raw)}, not a string or number; the id is {default_id}"]


def _record_doc(record: Any, origin: str, ctx: _Ctx, default_id: str, enc: str) -> Item:
    f = ctx.fields
    if not isinstance(record, dict):
        return ReadError.of(origin, MissingText(f"record is a JSON {type(record).__name__}, not an object"), default_id)
    raw_id = _get(record, f.id)
    doc_id, id_warnings = _record_id(raw_id, enc, default_id)
    text = _get(record, f.text)
    if text is None:
        return ReadError.of(origin, MissingText(f"no text field (tried {', '.join(f.text)})"), doc_id)
    if not isinstance(text, str):
        return ReadError.of(origin, UnsupportedInput(
            f"text field holds a JSON {_json_kind(text)}, not a string"), doc_id)
    text, warnings = fix_surrogates(text, enc)
    warnings[:0] = id_warnings
    if not text.strip():
        return ReadError.of(origin, EmptyInput("empty text field"), doc_id)
    meta = {}
    for key, names in (("title", f.title), ("published", f.date), ("url", f.url), ("source", f.source)):
        value = _get(record, names)
        meta[key] = fix_surrogates(str(value), enc)[0] if value is not None else None
    kind = "html" if _looks_html(text) else "text"
    return SourceDoc(origin=origin, text=text, kind=kind, doc_id=doc_id, warnings=warnings, **meta)


def _jsonl(stream: IO[bytes], origin: str, ctx: _Ctx, stem: str) -> Iterator[Item]:
    text_stream, enc = _text_stream(stream, origin)
    limit = ctx.limits.max_line_bytes
    lineno = 0
    while True:
        line = text_stream.readline(limit)
        if not line:
            break
        lineno += 1
        where = f"{origin}:{lineno}"
        default_id = f"{stem}:{lineno}"
        if len(line) >= limit and not line.endswith("\n"):
            while True:  # skip the rest of the over-long line
                rest = text_stream.readline(limit)
                if not rest or rest.endswith("\n"):
                    break
            yield ReadError.of(where, DocumentTooLarge(f"line longer than {limit} characters"), default_id)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deeply
            message = str(exc) if isinstance(exc, ValueError) else "JSON nested too deeply"
            yield ReadError(origin=where, type="JSONDecodeError", message=message, doc_id=default_id)
            continue
        yield _record_doc(record, where, ctx, default_id, enc)


def _json(stream: IO[bytes], origin: str, ctx: _Ctx, stem: str) -> Iterator[Item]:
    data = read_all(stream, ctx.limits.max_member_bytes, "JSON file")
    if not data.strip():
        yield ReadError.of(origin, EmptyInput("empty file"), stem)
        return
    text, _ = decode_bytes(data)
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        # Many ".json" dumps are really JSON lines.
        yield from _jsonl(io.BufferedReader(io.BytesIO(data)), origin, ctx, stem)  # type: ignore[arg-type]
        return
    if isinstance(value, dict):
        for key in ("data", "articles", "items", "docs", "documents", "records"):
            if isinstance(value.get(key), list) and _get(value, ctx.fields.text) is None:
                value = value[key]
                break
    if isinstance(value, list):
        for i, record in enumerate(value, 1):
            yield _record_doc(record, f"{origin}[{i - 1}]", ctx, f"{stem}:{i}", "utf-8")
    else:
        yield _record_doc(value, origin, ctx, stem, "utf-8")


class _CsvLines:
    """The physical lines of a CSV stream for ``csv.reader``, at most ``limit`` characters a
    record: past it the lines stop (``over``) until :meth:`skip_record` passes the rest of
    that record, so that a field over the limit is never parsed again as rows."""

    def __init__(self, stream: IO[str], limit: int) -> None:
        self.stream, self.limit = stream, limit
        self.over = self.eof = False
        self.new_record()

    def new_record(self) -> None:
        self.size = self.quotes = self.lines = 0
        self.ended = True  # the last line read ended with a line break

    def _read(self) -> str:
        line = self.stream.readline(self.limit + 1)
        self.quotes += line.count('"')
        self.ended = line.endswith(("\n", "\r"))
        return line

    def __iter__(self) -> "_CsvLines":
        return self

    def __next__(self) -> str:
        if self.over:
            raise StopIteration
        line = self._read()
        if not line:
            self.eof = True
            raise StopIteration
        self.size += len(line)
        self.lines += 1
        if self.size > self.limit:
            self.over = True
            raise StopIteration
        return line

    def in_quotes(self) -> bool:
        return self.quotes % 2 == 1

    def skip_record(self) -> None:
        """Read on to a line end outside quotes (the end of the over-long record)."""
        while self.in_quotes() or not self.ended:
            if not self._read():
                break
        self.over = False
        self.new_record()


def _csv(stream: IO[bytes], origin: str, ctx: _Ctx, stem: str, delimiter: str) -> Iterator[Item]:
    text_stream, enc = _text_stream(stream, origin)
    text_stream = io.TextIOWrapper(text_stream.detach(), encoding=enc, errors="surrogateescape", newline="")
    limit = ctx.limits.max_line_bytes
    csv.field_size_limit(max(limit, 1 << 17))
    lines = _CsvLines(text_stream, limit)
    reader = csv.reader(lines, delimiter=delimiter)
    header = next(reader, None)
    if lines.over:
        raise DocumentTooLarge(f"CSV header longer than {limit} characters")
    row = 0
    while header is not None:
        lines.new_record()
        try:
            values = next(reader)
        except StopIteration:
            values = None
        except csv.Error as exc:
            values = exc
        if values is None and not lines.over:
            break
        if values == []:
            continue
        row += 1
        where, doc_id = f"{origin}:{row + 1}", f"{stem}:{row}"
        if lines.over:
            lines.skip_record()
            reader = csv.reader(lines, delimiter=delimiter)
            yield ReadError.of(where, DocumentTooLarge(f"CSV row longer than {limit} characters"), doc_id)
        elif isinstance(values, csv.Error):
            yield ReadError(origin=where, type="CSVError", message=str(values), doc_id=doc_id)
        elif lines.eof and lines.in_quotes() and lines.lines > 1:
            yield ReadError(origin=where, type="CSVError", doc_id=doc_id, message=(
                f"unclosed quote: {lines.lines} lines to the end of the file were merged into one row"))
        else:
            yield _record_doc(dict(zip(header, values)), where, ctx, doc_id, enc)


class CorruptArchive(ValueError):
    """A WARC (or other container) that ends early or holds damaged records."""


def _warc(stream: IO[bytes], origin: str, ctx: _Ctx) -> Iterator[Item]:
    ArchiveIterator = require("warcio.archiveiterator", "reading WARC").ArchiveIterator
    limit = min(ctx.limits.max_member_bytes, ctx.limits.max_page_bytes)
    n = 0
    records = ArchiveIterator(stream)
    end = 0
    it = iter(records)
    while True:
        try:
            record = next(it)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on damaged input
            raise CorruptArchive(f"damaged or truncated WARC after {n} page(s): {type(exc).__name__}: {exc}") from exc
        length = record.rec_headers.get_header("Content-Length")
        if record.rec_type is None or not (length or "").strip().isdigit():
            # the stream ended inside a record's header (warcio may then report an empty
            # Content-Length rather than none)
            raise CorruptArchive(f"truncated WARC: a record header cut short after {n} page(s)")
        item = _warc_record(record, origin, limit)
        try:
            records.read_to_end(record)
            end = records.get_record_offset() + records.get_record_length()
        except Exception as exc:  # noqa: BLE001
            raise CorruptArchive(f"damaged or truncated WARC after {n} page(s): {type(exc).__name__}: {exc}") from exc
        if item is None:
            if getattr(record.raw_stream, "limit", 0):
                # the stream ended inside a record that is no page (a page cut short is an
                # error record of its own, see _warc_record)
                raise CorruptArchive(f"truncated WARC: a record cut short after {n} page(s)")
            continue
        n += 1
        if n > ctx.limits.max_members:
            yield _member_limit_error(origin, ctx.limits)
            return
        yield item
    try:
        consumed = stream.tell()
    except (OSError, AttributeError, ValueError):
        return
    if consumed <= end:
        return
    # more than the record separator is left, or bytes other than its line ends (the first
    # bytes of another record, a gzip member's magic): a record cut short
    cut = consumed - end > 4
    if not cut:
        try:
            stream.seek(end)
            cut = bool(stream.read(consumed - end).strip(b"\r\n"))
        except (OSError, AttributeError, ValueError):
            return
    if cut:
        raise CorruptArchive(f"truncated WARC: {consumed - end} bytes after the last whole record")


def _warc_record(record: Any, origin: str, limit: int) -> Optional[Item]:
    """The page of one WARC record, an error for a damaged one, None when not a page."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    ctype = (headers.get_header("Content-Type") if headers else None) or record.rec_headers.get_header(
        "Content-Type"
    ) or ""
    if "html" not in ctype.lower():
        return None
    if headers is not None:
        status = headers.get_statuscode()
        if status and not status.startswith("2"):
            return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    rid = rid[len("urn:uuid:"):] if rid.startswith("urn:uuid:") else rid
    where = f"{origin}#{uri or rid}"
    try:
        body = read_all(record.content_stream(), limit, "WARC record")
    except (DocumentTooLarge, DecompressedTooLarge) as exc:
        return ReadError.of(where, exc, rid or None)
    except Exception as exc:  # noqa: BLE001 - chunked/gzip decoding errors of one record
        return ReadError.of(where, exc, rid or None)
    if getattr(record.raw_stream, "limit", 0):
        return ReadError.of(where, CorruptArchive("WARC record cut short"), rid or None)
    if not body.strip():
        return ReadError.of(where, EmptyInput("empty response body"), rid or None)
    charset = None
    if "charset=" in ctype.lower():
        charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
    return SourceDoc(origin=where, data=body, kind="html", doc_id=rid or None, url=uri, declared_charset=charset)


__all__ = [
    "BinaryInput",
    "EmptyInput",
    "Fields",
    "FORMATS",
    "Item",
    "LimitedReader",
    "MissingText",
    "ReadError",
    "Reader",
    "SourceDoc",
    "UnsupportedInput",
    "format_of",
    "read_inputs",
]
