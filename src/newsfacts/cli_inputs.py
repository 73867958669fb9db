"""What the commands read, decided the same way everywhere.

``extract`` and ``render`` read their inputs with the readers ``batch`` uses (format
from the extension, ``--format`` to override; encodings detected; HTML through its main
text), and every command checks before it starts what its inputs need (an optional
dependency, a readable file) so that a run does not stop half-way.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING, Any, Iterator, Optional

if TYPE_CHECKING:
    from .io.readers import SourceDoc
    from .models import Document

EXAMPLE = "example"
STDIN_FORMATS = ("txt", "md", "html")


def add_format_option(p: argparse.ArgumentParser) -> None:
    from .io.formats import FORMATS

    p.add_argument("--format", choices=FORMATS, help="read every input as this format "
                   "(default: from the file extension; standard input: txt)")


@dataclass
class InputPlan:
    """What the inputs hold, found before anything is read or written."""

    formats: Counter = field(default_factory=Counter)  # files (and zip members) by format
    skipped: dict[str, str] = field(default_factory=dict)  # path -> why it is not read
    total: Optional[int] = 0  # documents, when that is known without reading them
    problems: list[str] = field(default_factory=list)  # optional dependencies that fail

    @property
    def files(self) -> int:
        return sum(self.formats.values())


def _zip_formats(path: str, selected) -> Optional[Counter]:
    """Formats of the members a reader takes from zip ``path`` (None: not readable here)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return Counter(f for f in (selected(i.filename) for i in zf.infolist() if not i.is_dir()) if f)
    except (OSError, zipfile.BadZipFile, ValueError, NotImplementedError):
        return None


def _records(path: str, fmt: str) -> Optional[int]:
    """Lines of a plain JSONL file, rows of a CSV/TSV one (less its header): the documents
    it holds, about (a CSV field may span lines). Read at disk speed."""
    if fmt not in ("jsonl", "csv", "tsv"):
        return None
    lines, last = 0, b"\n"
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 22):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return None
    lines += last != b"\n"
    return max(lines - (fmt != "jsonl"), 0)


def _documents(path: str, f: str, plan: InputPlan, selected, count_records: bool) -> Optional[int]:
    """Documents in one input file when known without reading it (formats noted in ``plan``)."""
    from .io.readers import SINGLE

    if f in SINGLE:
        return 1
    members = _zip_formats(path, selected) if f == "zip" else None
    if members is not None:
        plan.formats.update(members)
        return sum(members.values()) if all(m in SINGLE for m in members) else None
    return _records(path, f) if count_records else None


def plan_inputs(paths: list[str], fmt: Optional[str] = None, glob: Optional[str] = None,
                count_records: bool = False) -> InputPlan:
    """The formats, skipped files, document count and missing dependencies of ``paths``
    (``count_records``: count the lines of JSONL and CSV files too, for a progress ETA)."""
    from .io.extras import problems_for
    from .io.readers import Reader

    reader = Reader([p for p in paths if p not in ("-", EXAMPLE)], format=fmt, glob=glob)
    plan = InputPlan()
    for path, f in reader.files():
        plan.formats[f] += 1
        n = _documents(path, f, plan, reader._selected, count_records)
        plan.total = None if n is None or plan.total is None else plan.total + n
    if plan.total is not None:
        plan.total += sum(p in ("-", EXAMPLE) for p in paths)
    plan.skipped = dict(reader.skipped)
    plan.problems = problems_for(plan.formats)
    return plan


def skipped_note(skipped: dict[str, str]) -> Optional[str]:
    """One line saying which files a directory walk passed over, and why."""
    if not skipped:
        return None
    reasons = Counter(skipped.values())
    exts = Counter(
        os.path.splitext(p)[1].lower() or "no extension" for p, why in skipped.items() if why == "no known extension"
    )
    parts = []
    for why, n in reasons.most_common():
        part = f"{n} {why}"
        if why == "no known extension":
            part += " (" + ", ".join(f"{e} ×{k}" if k > 1 else e for e, k in exts.most_common(6)) + ")"
        parts.append(part)
    example = next(iter(skipped))
    return (
        f"skipped {len(skipped)} file(s): {'; '.join(parts)}; e.g. {example}. "
        "--format FORMAT reads every file as FORMAT; --glob PATTERN selects files"
    )


def _stdin_item(fmt: Optional[str]) -> "SourceDoc":
    import sys

    from .io.readers import SourceDoc

    data = sys.stdin.buffer.read()
    return SourceDoc(origin="stdin", data=data, kind="html" if fmt == "html" else "text", doc_id="stdin")


@dataclass
class _Unread:
    origin: str
    message: str


def input_items(paths: list[str], fmt: Optional[str] = None, unique: Any = None) -> Iterator[Any]:
    """The documents of the command-line inputs in order (a missing file: an item without
    ``materialize``), their doc_ids made unique by ``unique`` (a :class:`UniqueIds`)."""
    from .io.ids import UniqueIds

    def each() -> Iterator[Any]:
        for path in paths:
            if path in ("-", EXAMPLE) or os.path.exists(path):
                yield from _items_of(path, fmt)
            else:
                yield _Unread(path, "no such file or directory")

    return (unique or UniqueIds())(each())


def _items_of(path: str, fmt: Optional[str]) -> Iterator[Any]:
    if path == EXAMPLE:
        yield _Example()
    elif path == "-":
        yield _stdin_item(fmt)
    else:
        from .io.readers import Reader

        yield from Reader([path], format=fmt)


class _Example:
    """The bundled article (UTF-8 text), read without loading the archive readers."""

    origin = EXAMPLE

    def materialize(self) -> tuple[str, dict[str, Any], list[str]]:
        ref = importlib_resources.files("newsfacts") / "data" / "example.txt"
        return ref.read_text(encoding="utf-8"), {"doc_id": EXAMPLE}, []


def extract_item(extractor: Any, item: Any, published: Optional[str] = None) -> tuple[str, "Document"]:
    """(text, Document) of one input document (``published``, when given, is its date);
    raises ValueError (or what reading it raises: OSError, ImportError) when it cannot be
    read."""
    if not hasattr(item, "materialize"):  # a ReadError: the reader could not take it
        raise ValueError(item.message)
    text, meta, warnings = item.materialize()
    if published:
        meta["published"] = published
    doc = extractor.extract(text, meta.pop("doc_id"), **meta)
    doc.warnings[:0] = [w for w in warnings if w not in doc.warnings]
    return text, doc


def check_inputs(paths: list[str], fmt: Optional[str], command: str) -> Optional[str]:
    """A usage problem with ``paths`` (the format of stdin, a dependency that fails); the
    files a folder walk skips are said on stderr."""
    if "-" in paths and fmt not in (None, *STDIN_FORMATS):
        return f"standard input is read as {', '.join(STDIN_FORMATS)}, not {fmt}"
    # a missing file is reported in its turn, as a read failure
    files = [p for p in paths if p not in ("-", EXAMPLE) and os.path.exists(p)]
    if not files:
        return check_formats([fmt]) if fmt else None
    plan = plan_inputs(files, fmt)
    note = skipped_note(plan.skipped)
    if note:
        import sys

        print(f"newsfacts {command}: {note}", file=sys.stderr)
    return "; ".join(plan.problems) or None


def check_formats(formats: list[str]) -> Optional[str]:
    from .io.extras import problems_for

    return "; ".join(problems_for(formats)) or None
