"""``newsfacts render INPUT -o report.html``: an HTML view of extractions.

INPUT is an article (a file in any format ``batch`` reads and holding one document,
``-`` for standard input, ``example`` for the bundled article: read as ``extract`` reads
it, extracted, then rendered), or a batch output (``OUT.jsonl`` of
Documents or ``OUT.parquet`` of claim rows, with ``OUT.errors.jsonl`` beside it when
present, or ``OUT.jsonl.errors.jsonl`` as ``newsfacts batch`` names it: rendered as a
summary page).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import sys
from typing import Any, Optional

from .cli_inputs import add_format_option

def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "render",
        help="write a self-contained HTML view of an article's claims or a batch summary",
        description=(
            "Render an article (text file, '-' or 'example': extracted, then highlighted) "
            "or a batch output (.jsonl of Documents or .parquet of claim rows: a summary "
            "page) as one self-contained HTML file."
        ),
    )
    p.add_argument(
        "input",
        metavar="INPUT",
        help="an article in any format batch reads (text, HTML, ...), '-', 'example', or a batch "
        "output (.jsonl of Documents, .parquet; with --format, read as articles instead)",
    )
    p.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="FILE",
        help="HTML file to write (atomically); '-' or absent: standard output",
    )
    p.add_argument("--title", default=None, help="page title (default: the article's or the batch's)")
    add_format_option(p)
    p.set_defaults(func=_cmd_render)


class _Usage(Exception):
    """A usage problem (exit status 2)."""


class _Unreadable(Exception):
    """The input holds no article the readers can take (exit status 1)."""


def _article(source: str, fmt: Optional[str]) -> tuple[str, Any]:
    """The one article of ``source``, read as ``extract`` reads it, and its Document."""
    from .cli_inputs import check_inputs, extract_item, input_items
    from .extractor import Extractor

    problem = check_inputs([source], fmt, "render")
    if problem:
        raise _Usage(problem)
    items = list(itertools.islice(input_items([source], fmt), 2))
    if not items:
        raise _Unreadable("no document in it")
    if len(items) > 1:
        raise _Usage(f"{source} holds more than one document and render shows one article; "
                     "`newsfacts batch` them to OUT.jsonl and render that for a summary page")
    try:
        return extract_item(Extractor(trace=True), items[0])  # a click shows the rules that fired
    except ImportError as exc:
        raise _Usage(str(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - as extract and batch: the reason, not a traceback
        raise _Unreadable(str(exc) or type(exc).__name__) from exc


def _page(r: Any, args: argparse.Namespace) -> str:
    source = args.input
    if args.format is None and r.is_batch(source):
        batch = r.load_batch(source)
        return r.render_summary(batch.documents, batch.errors, title=args.title or f"newsfacts: {source}",
                                notes=batch.notes)
    text, doc = _article(source, args.format)
    return r.render(doc, text, title=args.title)


def _cmd_render(args: argparse.Namespace) -> int:
    r = importlib.import_module("newsfacts.render")  # the module: the package re-exports render() under the same name

    source = args.input
    try:
        page = _page(r, args)
    except _Usage as exc:
        print(f"newsfacts render: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"newsfacts: cannot read {source}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except RuntimeError as exc:  # e.g. pyarrow missing for a Parquet input
        print(f"newsfacts: {exc}", file=sys.stderr)
        return 1
    except _Unreadable as exc:
        print(f"newsfacts: cannot read {source}: {exc}", file=sys.stderr)
        return 1

    if args.output == "-":
        sys.stdout.write(page)
        return 0
    try:
        r.write_atomic(args.output, page)
    except OSError as exc:
        print(f"newsfacts: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0
