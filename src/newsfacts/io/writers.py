"""Writers: JSONL of documents, flat JSONL of claims, CSV of claims, Parquet of claims.

Every writer writes to ``PATH.part`` and renames it to ``PATH`` in :meth:`Writer.finish`,
so a complete file never looks like a partial one. :meth:`Writer.checkpoint` flushes and
returns the byte offset of the part file; :meth:`Writer.open` with that offset truncates
a part file left by a killed run back to it, which is how ``--resume`` avoids duplicates.
Parquet is spooled as flat JSON lines in the part file and converted when finished.
"""

from __future__ import annotations

import csv
import io
import json
import os
from typing import Any, Iterable, Optional

from pydantic_core import PydanticSerializationError

from ..models import Document
from .encodings import clean
from .flat import COLUMNS, csv_row, flatten_document
from .formats import WRITE_FORMATS

PARQUET_BATCH_ROWS = 20_000


def format_for_output(path: str, to: Optional[str] = None, records: Optional[str] = None) -> str:
    """Writer name for ``-o PATH``, ``--to`` and ``--records``."""
    if to:
        fmt = to.lower()
    else:
        low = path.lower()
        if low.endswith(".parquet") or low.endswith(".pq"):
            fmt = "parquet"
        elif low.endswith(".csv"):
            fmt = "csv"
        else:
            fmt = "jsonl"
    if fmt == "jsonl" and records == "claims":
        fmt = "claims"
    if fmt not in WRITE_FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; choose from {', '.join(WRITE_FORMATS)}")
    return fmt


def _json_line(obj: Any) -> bytes:
    try:
        return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: written as text, never as broken UTF-8
        return (json.dumps(clean(obj), ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


class Writer:
    """Appends documents to ``path.part`` in one of :data:`WRITE_FORMATS`."""

    def __init__(self, path: str, fmt: str = "jsonl") -> None:
        if fmt not in WRITE_FORMATS:
            raise ValueError(f"unknown output format {fmt!r}")
        self.path = path
        self.fmt = fmt
        self.part = path + ".part"
        self.fh: Optional[io.BufferedRandom] = None

    def __getstate__(self) -> dict:
        # Workers receive a writer only to encode documents; the open file stays here.
        state = dict(self.__dict__)
        state["fh"] = None
        return state

    def open(self, offset: Optional[int] = None) -> "Writer":
        """Start a new part file, or continue one at ``offset`` (truncating what follows)."""
        if offset is not None and os.path.exists(self.part):
            self.fh = open(self.part, "r+b")
            self.fh.truncate(offset)
            self.fh.seek(offset)
        else:
            self.fh = open(self.part, "wb")
            if self.fmt == "csv":
                self.fh.write(self._csv_bytes([list(COLUMNS)]))
        return self

    @staticmethod
    def _csv_bytes(rows: list[list[Any]]) -> bytes:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        try:
            return buf.getvalue().encode("utf-8")
        except UnicodeEncodeError:
            return Writer._csv_bytes(clean(rows))

    def encode(self, doc: Document) -> bytes:
        if self.fmt == "jsonl":
            # pydantic's own serializer, compact like _json_line (three times faster than
            # json.dumps over model_dump); text it cannot encode (lone surrogates) is cleaned
            try:
                return doc.model_dump_json().encode("utf-8") + b"\n"
            except (PydanticSerializationError, UnicodeEncodeError):
                return _json_line(clean(doc.model_dump(mode="json")))
        rows = flatten_document(doc)
        if self.fmt == "csv":
            return self._csv_bytes([csv_row(r) for r in rows])
        return b"".join(_json_line(r) for r in rows)  # claims, and the parquet spool

    def write(self, doc: Document) -> None:
        assert self.fh is not None, "open() first"
        self.fh.write(self.encode(doc))

    def write_bytes(self, data: bytes) -> None:
        assert self.fh is not None, "open() first"
        self.fh.write(data)

    def checkpoint(self) -> int:
        assert self.fh is not None
        self.fh.flush()
        return self.fh.tell()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None

    def finish(self) -> None:
        """Close and give the output its final name (converting the Parquet spool)."""
        self.close()
        if self.fmt == "parquet":
            tmp = self.path + ".tmp"
            try:
                spool_to_parquet(self.part, tmp)
            except BaseException:  # a full disk: no half file left beside the previous output
                if os.path.exists(tmp):
                    os.remove(tmp)
                raise
            os.replace(tmp, self.path)
            os.remove(self.part)
        else:
            os.replace(self.part, self.path)


class ErrorWriter(Writer):
    """``OUT.errors.jsonl``: one ``{source, doc_id, error: {type, message}}`` a line."""

    def __init__(self, path: str) -> None:
        super().__init__(path, "jsonl")

    def write_record(self, record: dict[str, Any]) -> None:
        self.write_bytes(_json_line(record))


def spool_to_parquet(spool: str, path: str) -> None:
    """Convert flat JSON lines to Parquet in batches (memory stays bounded)."""
    from .flat import _pyarrow, arrow_schema, rows_to_table

    _pyarrow()
    import pyarrow.parquet as pq

    schema = arrow_schema()
    with pq.ParquetWriter(path, schema) as out, open(spool, "rb") as fh:
        batch: list[dict[str, Any]] = []
        written = False
        for line in fh:
            if line.strip():
                batch.append(json.loads(line))
            if len(batch) >= PARQUET_BATCH_ROWS:
                out.write_table(rows_to_table(batch))
                batch, written = [], True
        if batch or not written:
            out.write_table(rows_to_table(batch))


def write_documents(docs: Iterable[Any], path: str, to: Optional[str] = None, records: Optional[str] = None) -> int:
    """Write Documents to ``path`` (format from the extension or ``to``); returns how many.

    Items that are not Documents (batch error items) are skipped.
    """
    writer = Writer(path, format_for_output(path, to, records)).open()
    n = 0
    try:
        for doc in docs:
            if isinstance(doc, Document):
                writer.write(doc)
                n += 1
    except BaseException:
        writer.close()
        raise
    writer.finish()
    return n
