"""CPU time of two source trees on the fixture articles, in alternating processes.

    .venv/bin/python benchmarks/bench_alternate.py OLD_SRC NEW_SRC            # e.g. ../main/src src
    .venv/bin/python benchmarks/bench_alternate.py OLD_SRC NEW_SRC --rounds 5 --tokenizer jieba

Each round runs one process per tree, old then new: it builds an ``Extractor``, extracts
every gold and dev fixture article once (warm-up: dictionary snapshot, memos, compiled
patterns), then ``--passes`` times more on fresh string copies, and reports the CPU time
(``time.process_time``) of its best pass. Taking turns, the trees meet the same load on a
shared machine; the best of the rounds is compared. Run on demand, not in the test suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

_CHILD = r"""
import glob, json, sys, time
sys.path.insert(0, sys.argv[1])
from newsfacts.extractor import Extractor
paths = sorted(glob.glob({gold!r}) + glob.glob({dev!r}))
texts = [json.load(open(p, encoding="utf-8"))["text"] for p in paths]
ex = Extractor(tokenizer=sys.argv[2])
for t in texts:
    ex.extract(t)
best = None
for _ in range(int(sys.argv[3])):
    copies = [(t + " ")[:-1] for t in texts]
    start = time.process_time()
    for t in copies:
        ex.extract(t)
    took = time.process_time() - start
    best = took if best is None else min(best, took)
print(len(texts), best)
"""


def one(src: str, tokenizer: str, passes: int) -> tuple[int, float]:
    code = _CHILD.format(gold=os.path.join(ROOT, "tests", "fixtures", "gold", "*.json"),
                         dev=os.path.join(ROOT, "tests", "fixtures", "dev", "*.json"))
    out = subprocess.run([sys.executable, "-c", code, os.path.abspath(src), tokenizer, str(passes)],
                         capture_output=True, text=True, check=True)
    docs, seconds = out.stdout.split()
    return int(docs), float(seconds)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old", help="the src directory of the old tree")
    ap.add_argument("new", help="the src directory of the new tree")
    ap.add_argument("--tokenizer", default="rjieba")
    ap.add_argument("--rounds", type=int, default=4, help="processes per tree (default 4)")
    ap.add_argument("--passes", type=int, default=3, help="timed passes a process (default 3)")
    args = ap.parse_args(argv)
    times: dict[str, list[float]] = {"old": [], "new": []}
    docs = 0
    for r in range(args.rounds):
        for name in ("old", "new"):
            docs, seconds = one(getattr(args, name), args.tokenizer, args.passes)
            times[name].append(seconds)
            print(f"round {r + 1} {name}: {seconds:.3f} s")
    old, new = min(times["old"]), min(times["new"])
    print(f"{docs} articles, tokenizer {args.tokenizer}, CPU seconds of the best pass, best of {args.rounds} processes:")
    print(f"  old {old:.3f} s ({1e3 * old / docs:.2f} ms a document), median {statistics.median(times['old']):.3f}")
    print(f"  new {new:.3f} s ({1e3 * new / docs:.2f} ms a document), median {statistics.median(times['new']):.3f}")
    print(f"  new / old {new / old:.3f} ({old / new:.2f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
