"""Reader safety limits, in one place (issue 7).

Every reader takes a :class:`Limits`; the CLI builds one from its flags. A limit that is
hit turns the document, member or archive concerned into an error record: it never
crashes the run, fills the disk or hangs it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Optional

MiB = 1024 * 1024


class LimitExceeded(ValueError):
    """A size, count or time limit was hit (the error record type is the subclass name)."""


class DecompressedTooLarge(LimitExceeded):
    pass


class TooManyMembers(LimitExceeded):
    pass


class DocumentTooLarge(LimitExceeded):
    pass


class DocTimeout(LimitExceeded):
    pass


class HeaderTooLarge(LimitExceeded):
    """A tar header record (pax, GNU long name) over ``max_header_bytes``."""


@dataclass(frozen=True)
class Limits:
    """Ceilings applied while reading and extracting.

    ``max_member_bytes``: bytes of one file, archive member or decompressed ``.gz``
    stream that is read whole (a text, HTML or JSON document; a WARC record body).
    ``max_archive_bytes``: decompressed bytes read from one archive in total (zip, tar,
    gzip), which catches overlapping-member and nested bombs.
    ``max_members``: members read from one archive; the rest become one error record.
    ``max_line_bytes``: one JSONL line or CSV row.
    ``max_doc_chars``: characters of text handed to the extractor for one document.
    ``max_depth``: archives inside archives, read in memory, at most this deep.
    ``doc_timeout``: seconds for reading and extracting one document (None: no limit).
    ``max_page_bytes``: one HTML page (a file, member, WARC record or HTML text field);
    parsing and main-text extraction take about 50 times a page's size in memory.
    ``max_header_bytes``: one tar header record (pax extended header, GNU long name), which
    tarfile would read whole into memory.
    ``max_worker_bytes``: memory a worker process may allocate beyond what it holds when
    it starts (``RLIMIT_DATA``, Linux); a document that needs more is a ``MemoryError``
    record. None: no limit. Only worker processes are limited, not a one-worker run.
    ``max_inflight_bytes``: bytes of documents read ahead of the writer and sent to the
    workers (chunks are cut at a share of it too), so memory does not scale with
    ``chunk_size`` times the document size.
    """

    max_member_bytes: int = 64 * MiB
    max_archive_bytes: int = 4096 * MiB
    max_members: int = 1_000_000
    max_line_bytes: int = 16 * MiB
    max_doc_chars: int = 2_000_000
    max_depth: int = 2
    doc_timeout: Optional[float] = 60.0
    max_header_bytes: int = 1 * MiB
    max_page_bytes: int = 4 * MiB
    max_inflight_bytes: int = 128 * MiB
    max_worker_bytes: Optional[int] = 256 * MiB

    def with_(self, **changes) -> "Limits":
        """A copy with the given fields changed; ``None`` values are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT_LIMITS = Limits()

LIMIT_FIELDS = tuple(f.name for f in fields(Limits))
