"""The ``newsfacts`` command: parses arguments and calls the library.

Exit status: 0 success, 1 some documents failed or a check failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Optional, Sequence

from . import __version__
from .cli_inputs import add_format_option
from .models import json_schema

def _usage(command: str, message: str) -> int:
    print(f"newsfacts {command}: {message}", file=sys.stderr)
    return 2


def _cannot_read(origin: str, message: str) -> None:
    print(f"newsfacts: cannot read {origin}: {message}", file=sys.stderr)


def _share(value: str) -> float:
    """A number from 0 to 1, for argparse."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return x


def _date(value: str) -> str:
    """An article date for argparse: 2023-11-05, 2023-11 or 2023."""
    import datetime as dt

    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            dt.datetime.strptime(value, fmt)
            return value
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}")


def _cmd_extract(args: argparse.Namespace) -> int:
    from .cli_inputs import check_inputs, extract_item, input_items
    from .extractor import Extractor
    from .io.ids import UniqueIds

    problem = check_inputs(args.files, args.format, "extract")
    if problem:
        return _usage("extract", problem)
    # a few articles: the pure-Python tokenizer starts faster than rjieba (same records)
    extractor = Extractor(tokenizer=os.environ.get("NEWSFACTS_TOKENIZER") or ("jieba" if len(args.files) < 50 else "auto"),
                          trace=args.trace, min_confidence=args.min_confidence)
    status = seen = 0
    unique = UniqueIds()
    for seen, item in enumerate(input_items(args.files, args.format, unique), 1):
        try:
            _, doc = extract_item(extractor, item, published=args.published)
        except ImportError as exc:
            return _usage("extract", str(exc))
        except Exception as exc:  # noqa: BLE001 - one input fails alone, with its reason
            _cannot_read(item.origin, str(exc) or type(exc).__name__)
            status = 1
            continue
        sys.stdout.write(doc.to_json(indent=None if args.jsonl else 2) + "\n")
    if unique.renamed:
        print(f"newsfacts extract: {unique.note()}", file=sys.stderr)
    if not seen:
        print("newsfacts extract: no document read (see --format)", file=sys.stderr)
        return 1
    return status


def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_files, format_errors, format_line

    try:
        report = evaluate_files(args.gold)
    except ValueError as e:
        sys.stderr.write(f"newsfacts evaluate: error: {e}\n")
        return 2
    if args.errors:
        sys.stdout.write(format_errors(report, args.errors))
    if args.json:
        sys.stdout.write(json.dumps(report.summary(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_line(report) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Quantitative claims from Chinese news articles.",
    )
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract the claims of one or more articles (any format batch reads)")
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article file (text in any encoding, HTML, ...), a folder, a JSONL/CSV/WARC/zip/tar "
        "file of articles, '-' for standard input, or 'example' for the bundled article",
    )
    p.add_argument("--jsonl", action="store_true", help="one compact JSON document a line")
    p.add_argument("--min-confidence", type=_share, default=0.0, metavar="P",
                   help="leave out claims whose confidence is below P (0-1; default 0: keep all)")
    p.add_argument("--trace", action="store_true",
                   help="give each claim a 'trace': the rules that fired for each field and what they proposed")
    p.add_argument("--published", type=_date, metavar="DATE",
                   help="the articles' date (YYYY-MM-DD): 今年, 上半年, 截至9月底 resolve against it "
                   "(default: the date the article or its record gives; without one, relative times stay unresolved)")
    add_format_option(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("schema", help="print the JSON Schema of the output")
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser("evaluate", help="score against gold files (docs/records.md)",
                       description="Extract the text of each gold document and score the claims against "
                       "its gold claims. The gold format and the scores are described in docs/records.md "
                       "(sections 'Gold data' and 'Scoring').")
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json or .jsonl files, or directories holding them")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N misses")
    p.set_defaults(func=_cmd_evaluate)

    for register in _plugins():
        register(sub)
    return parser


def _plugins():
    """Subcommands that live beside their library module (batch, render)."""
    found = []
    for name in ("cli_batch", "cli_render"):
        try:
            module = __import__(f"newsfacts.{name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"newsfacts.{name}":
                raise
            continue
        found.append(module.register)
    return found


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
