"""Instructions per document of newsfacts and of ``jieba.lcut``, counted by valgrind.

    .venv/bin/python benchmarks/bench_instructions.py            # both, jieba tokenizer
    .venv/bin/python benchmarks/bench_instructions.py --tokenizer rjieba --passes 3
    .venv/bin/python benchmarks/bench_instructions.py --tokenizer rjieba --no-baseline  # newsfacts only

Run on demand, not in the test suite; needs ``valgrind`` on PATH (about 3 minutes). On a
shared machine CPU time moves by ±10 % between runs; an instruction count does not (the
same total to 0.1 % with another process loading the machine), so this is the figure to
compare one change with the next. For each contender, two runs under
``valgrind --tool=callgrind`` over the fixture articles (the gold and dev fixtures, fresh
string copies each pass): one with ``--passes`` passes and one with none; the difference,
divided by the documents, is the work of a document without start-up and warm-up. It
prints M instructions per document and the ratio (``jieba.lcut`` / newsfacts: above 1
means newsfacts does less work than tokenising the whole text).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

_CHILD = r"""
import glob, json, os, sys
sys.path.insert(0, {src!r})
paths = sorted(glob.glob({gold!r}) + glob.glob({dev!r}))
texts = [json.load(open(p, encoding="utf-8"))["text"] for p in paths]
passes = int(sys.argv[1])
if {who!r} == "jieba.lcut":
    import logging, jieba
    jieba.setLogLevel(logging.WARNING)
    jieba.lcut("预热")
    run = jieba.lcut
else:
    from newsfacts.extractor import Extractor
    ex = Extractor(tokenizer={who!r})
    for t in texts:  # warm-up: dictionary snapshot, memos, compiled patterns
        ex.extract(t)
    run = ex.extract
for _ in range(passes):
    for t in [(t + " ")[:-1] for t in texts]:
        run(t)
print(len(texts))
"""


def instructions(who: str, passes: int) -> tuple[float, int]:
    """Instructions of one document (and the number of documents a pass)."""
    code = _CHILD.format(src=os.path.join(ROOT, "src"), who=who,
                         gold=os.path.join(ROOT, "tests", "fixtures", "gold", "*.json"),
                         dev=os.path.join(ROOT, "tests", "fixtures", "dev", "*.json"))
    totals = []
    docs = 0
    for n in (0, passes):
        # one hash seed for every run: with a random one, dict and set layouts (and so the
        # count) moved by up to ±0.3 % between runs of the same code
        out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                              sys.executable, "-c", code, str(n)], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": "0"})
        m = re.search(r"Collected : (\d+)", out.stderr)
        if m is None:
            raise RuntimeError(f"no instruction count from valgrind for {who}:\n{out.stderr[-2000:]}")
        totals.append(int(m.group(1)))
        docs = int(out.stdout.strip().splitlines()[-1])
    return (totals[1] - totals[0]) / (passes * docs), docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tokenizer", default="jieba", help="newsfacts tokenizer (default jieba: a default install)")
    ap.add_argument("--passes", type=int, default=2, help="passes over the articles (default 2)")
    ap.add_argument("--no-baseline", action="store_true",
                    help="count newsfacts only (half the time), to compare one change with the next")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    base, docs = (None, 0) if args.no_baseline else instructions("jieba.lcut", args.passes)
    ours, docs = instructions(args.tokenizer, args.passes)
    print(f"{docs} articles, {args.passes} passes, instructions per document (callgrind):")
    if base is not None:
        print(f"  jieba.lcut (full text)      {base / 1e6:8.2f} M")
    print(f"  newsfacts[{args.tokenizer}]{' ' * max(1, 17 - len(args.tokenizer))}{ours / 1e6:8.2f} M")
    if base is not None:
        print(f"  jieba.lcut / newsfacts      {base / ours:8.2f}x  (issue 6 asks for 1.5x with jieba, 6x with rjieba)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
