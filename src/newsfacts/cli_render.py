"""``newsfacts render INPUT -o report.html``: an HTML view of extractions.

INPUT is an article (UTF-8 text file, ``-`` for standard input, ``example`` for the
bundled article: extracted, then rendered), or a batch output (``OUT.jsonl`` of
Documents or ``OUT.parquet`` of claim rows, with ``OUT.errors.jsonl`` beside it when
present, or ``OUT.jsonl.errors.jsonl`` as ``newsfacts batch`` names it: rendered as a
summary page).
"""

from __future__ import annotations

import argparse
import sys

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
        help="article text file, '-', 'example', or a batch output (.jsonl, .parquet)",
    )
    p.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="FILE",
        help="HTML file to write (atomically); '-' or absent: standard output",
    )
    p.add_argument("--title", default=None, help="page title (default: the article's or the batch's)")
    p.set_defaults(func=_cmd_render)


def _cmd_render(args: argparse.Namespace) -> int:
    import importlib

    r = importlib.import_module("newsfacts.render")  # the module: the package re-exports render() under the same name

    source = args.input
    try:
        if r.is_batch(source):
            batch = r.load_batch(source)
            page = r.render_summary(
                batch.documents, batch.errors, title=args.title or f"newsfacts: {source}",
                notes=batch.notes,
            )
        else:
            from .cli import _read_input
            from .extractor import Extractor

            text, doc_id = _read_input(source)
            doc = Extractor().extract(text, doc_id=doc_id)
            if "\ufffd" in text:
                doc.warnings.append(
                    "input was not valid UTF-8: undecodable bytes replaced by U+FFFD"
                )
            page = r.render(doc, text, title=args.title)
    except OSError as exc:
        print(f"newsfacts: cannot read {source}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except RuntimeError as exc:  # e.g. pyarrow missing for a Parquet input
        print(f"newsfacts: {exc}", file=sys.stderr)
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
