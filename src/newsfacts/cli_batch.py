"""``newsfacts batch``: many articles in, one output file (and its error records) out.

Exit status: 0 every document read and extracted, 1 some failed (or ``--fail-fast``
stopped the run), 2 usage error, 3 disk full.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from typing import TYPE_CHECKING, Any, Callable, Optional

from .io.formats import FORMATS, WRITE_FORMATS
from .io.limits import DEFAULT_LIMITS, Limits, MiB

if TYPE_CHECKING:
    from .io.readers import Fields

DISK_FULL = 3  # exit status when the disk (or quota) is full

EPILOG = """\
examples:
  newsfacts batch articles/ -o claims.jsonl
  newsfacts batch dump.jsonl.gz --text-field body -o claims.parquet
  newsfacts batch crawl.warc.gz -o claims.csv --workers 4
  newsfacts batch news.zip --glob '*.html' -o out.jsonl --records claims
  newsfacts batch big.jsonl -o out.jsonl --resume      # continue a killed run
"""


def _mib(value: str) -> int:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of MiB: {value!r}")
    if n <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return int(n * MiB)


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}")
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _seconds(value: str) -> Optional[float]:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}")
    return n if n > 0 else None


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "batch",
        help="extract many articles (files, directories, JSONL/CSV, WARC, zip/tar) in parallel",
        description="Extract the claims of many articles. Every input document gives one "
        "document record in OUT or one error record in OUT.errors.jsonl.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or archives")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output file")
    p.add_argument("--to", choices=WRITE_FORMATS, help="output format (default: from OUT's extension, else jsonl)")
    p.add_argument("--records", choices=("documents", "claims"), default="documents",
                   help="JSONL output: one document a line (default) or one flat claim a line")
    p.add_argument("--format", choices=FORMATS, dest="read_format",
                   help="read every INPUT file as this format (default: from the extension)")
    p.add_argument("--glob", help="select files in directories and archive members (e.g. '*.html')")
    p.add_argument("--text-field", help="JSON/CSV text field (default: content, text, body, ...)")
    p.add_argument("--id-field", help="JSON/CSV id field (default: id, doc_id, ...)")
    p.add_argument("--title-field", help="JSON/CSV title field (default: title)")
    p.add_argument("--date-field", help="JSON/CSV date field (default: time, date, published, ...)")
    p.add_argument("--workers", type=_positive_int, help="worker processes (default: number of cores)")
    p.add_argument("--chunk-size", type=_positive_int, default=16, help="documents sent to a worker at a time")
    p.add_argument("--resume", action="store_true", help="continue a killed run of the same command")
    p.add_argument("--fail-fast", action="store_true", help="stop at the first failed document")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    shown.add_argument("--progress", action="store_true",
                       help="show progress even when stderr is not a terminal (a plain line every "
                       "10 s; default: a live line on a terminal, nothing otherwise)")
    p.add_argument("--extractor", metavar="MODULE:CALLABLE",
                   help="build each worker's extractor with this factory instead of newsfacts.Extractor")
    e = p.add_argument_group("Dask (pip install newsfacts[dask]; see docs/scale.md)")
    e.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: a process pool on this machine (default); dask: a Dask cluster, "
                   "OUT becomes a directory of part files")
    e.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://10.0.0.5:8786, or a --scheduler-file JSON "
                   "(default: a local cluster of --workers processes)")
    e.add_argument("--partition-size", type=_positive_int, metavar="N",
                   help="documents in one Dask task and one part file (default 500)")
    g = p.add_argument_group("limits (reader safety)")
    d = DEFAULT_LIMITS
    g.add_argument("--doc-timeout", type=_seconds, default=d.doc_timeout, metavar="SECONDS",
                   help=f"time for one document; 0 for none (default {d.doc_timeout:g})")
    g.add_argument("--max-doc-mib", type=_mib, default=d.max_member_bytes, metavar="MIB",
                   help=f"bytes of one file, member or record (default {d.max_member_bytes // MiB})")
    g.add_argument("--max-archive-mib", type=_mib, default=d.max_archive_bytes, metavar="MIB",
                   help=f"decompressed bytes of one archive (default {d.max_archive_bytes // MiB})")
    g.add_argument("--max-members", type=_positive_int, default=d.max_members, metavar="N",
                   help=f"members read from one archive (default {d.max_members})")
    g.add_argument("--max-page-mib", type=_mib, default=d.max_page_bytes, metavar="MIB",
                   help=f"bytes of one HTML page (default {d.max_page_bytes // MiB})")
    g.add_argument("--max-worker-mib", type=_mib, default=d.max_worker_bytes, metavar="MIB",
                   help="memory a worker may take for a document beyond its start; past it the document "
                   f"is a MemoryError record (default {(d.max_worker_bytes or 0) // MiB})")
    g.add_argument("--max-line-mib", type=_mib, default=d.max_line_bytes, metavar="MIB",
                   help=f"one JSONL line or CSV row (default {d.max_line_bytes // MiB})")
    g.add_argument("--max-doc-chars", type=_positive_int, default=d.max_doc_chars, metavar="N",
                   help=f"characters of text in one document (default {d.max_doc_chars})")
    p.set_defaults(func=run)


def _factory(spec: str) -> Callable[[], Any]:
    module, _, name = spec.partition(":")
    if not module or not name:
        raise ValueError("--extractor needs MODULE:CALLABLE")
    return getattr(importlib.import_module(module), name)


def reading_options(args: argparse.Namespace) -> tuple[Limits, Fields]:
    from .io.readers import Fields

    """The reader limits and record fields the batch options ask for (both engines)."""
    limits = Limits(
        max_member_bytes=args.max_doc_mib,
        max_archive_bytes=args.max_archive_mib,
        max_members=args.max_members,
        max_line_bytes=args.max_line_mib,
        max_page_bytes=args.max_page_mib,
        max_worker_bytes=args.max_worker_mib,
        max_doc_chars=args.max_doc_chars,
        doc_timeout=args.doc_timeout,
    )
    fields = Fields.from_options(text=args.text_field, id=args.id_field, title=args.title_field, date=args.date_field)
    return limits, fields


def _usage(message: str) -> int:
    print(f"newsfacts batch: {message}", file=sys.stderr)
    return 2


def _already_complete(out: str) -> int:
    """``--resume`` of a finished run: nothing to do; the exit status it had."""
    print(f"newsfacts batch: {out} is already complete; nothing to resume", file=sys.stderr)
    failed = os.path.exists(out + ".errors.jsonl") and os.path.getsize(out + ".errors.jsonl") > 0
    return 1 if failed else 0


def _progress_wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "progress", False)) or (not args.quiet and sys.stderr.isatty())


def _plan(args: argparse.Namespace) -> tuple[Optional[int], Optional[int]]:
    """(exit status when the run must not start, documents when known), from what the
    inputs hold: checked before any output is created."""
    from .cli_inputs import plan_inputs, skipped_note

    missing = [p for p in args.inputs if not os.path.exists(p)]
    if missing:
        return _usage(f"no such file or directory: {', '.join(missing)}"), None
    plan = plan_inputs(args.inputs, args.read_format, args.glob, count_records=_progress_wanted(args))
    note = skipped_note(plan.skipped)
    if note:
        print(f"newsfacts batch: {note}", file=sys.stderr)
    if plan.problems:
        return _usage("; ".join(plan.problems) + "; nothing was written"), None
    if not plan.files:
        print("newsfacts batch: no document read: the inputs hold no file to read; nothing was written",
              file=sys.stderr)
        return 1, None
    return None, plan.total


def run(args: argparse.Namespace) -> int:
    status, total = _plan(args)
    if status is not None:
        return status
    if getattr(args, "engine", "local") == "dask":
        try:
            from .dask import run_cli
        except ImportError as exc:
            from .io.extras import import_problem

            return _usage(import_problem(getattr(exc, "name", None) or "dask", exc, "--engine dask", "dask"))
        return run_cli(args)
    from .batch import Progress, UsageError, run_batch
    from .io.writers import format_for_output

    out = args.output
    if os.path.isdir(out):
        return _usage(f"output {out} is a directory")
    parent = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(parent):
        return _usage(f"output directory {parent} does not exist")
    try:
        fmt = format_for_output(out, args.to, args.records)
        factory = _factory(args.extractor) if args.extractor else None
    except (ValueError, ImportError, AttributeError) as exc:
        return _usage(str(exc))
    limits, fields = reading_options(args)
    if args.resume and os.path.exists(out) and not os.path.exists(out + ".journal"):
        return _already_complete(out)
    progress = Progress(enabled=_progress_wanted(args), total=total)
    try:
        stats = run_batch(
            args.inputs,
            out,
            fmt=fmt,
            workers=args.workers,
            read_format=args.read_format,
            glob=args.glob,
            fields=fields,
            limits=limits,
            resume=args.resume,
            fail_fast=args.fail_fast,
            chunk_size=args.chunk_size,
            extractor_factory=factory,
            progress=progress,
            fingerprint_extra={"extractor": args.extractor} if args.extractor else None,
        )
    except UsageError as exc:
        return _usage(str(exc))
    except ImportError as exc:  # an optional dependency an input needs (HTML in a JSONL record)
        return _usage(f"{exc}; once it is installed, `--resume` continues into {out}")
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        print(f"newsfacts batch: disk full while writing {out} ({exc.strerror}); a previous {out} is left as it "
              "was; free some space and run the same command with --resume to continue", file=sys.stderr)
        return DISK_FULL
    return _report(stats, out)


def _report(stats: Any, out: str) -> int:
    """The summary on stderr, and the exit status of a run that went to its end."""
    print(stats.line(), file=sys.stderr)
    if stats.id_note:
        print(f"newsfacts batch: {stats.id_note}", file=sys.stderr)
    if not stats.read:
        print("newsfacts batch: no document read: the inputs hold no document in a format it reads "
              "(see --format and --glob)", file=sys.stderr)
        return 1
    if not stats.complete:
        print(f"newsfacts batch: stopped at the first failure; `--resume` continues into {out}", file=sys.stderr)
        return 1
    return 1 if stats.failed else 0
