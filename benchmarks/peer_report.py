"""Pass rates of newsfacts on the other projects' test suites (tests/fixtures/peers/).

Runs the same mapping as tests/test_peers.py, without pytest:

    .venv/bin/python benchmarks/peer_report.py               # per-file table
    .venv/bin/python benchmarks/peer_report.py --failures    # plus every failing case
    .venv/bin/python benchmarks/peer_report.py --json        # machine-readable

In scope = all cases minus the 'skip' groups of tests/peer_scope.py; 'no_claim'
groups (ordinals) count as in scope; 'extra' groups (durations, ages, temperatures)
are outside the issue's acceptance list and reported on their own line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import peer_scope  # noqa: E402
import test_peers  # noqa: E402

# Recognizers-Text's own score on its suites (fixtures/peers/README.md), for comparison.
PEER_SELF = {
    "recognizers/Number_NumberModel.jsonl": "91.8 %",
    "recognizers/Number_PercentModel.jsonl": "91.4 %",
    "recognizers/NumberWithUnit_CurrencyModel.jsonl": "80.0 %",
    "recognizers/NumberWithUnit_DimensionModel.jsonl": "30.6 %",
    "recognizers/NumberWithUnit_AgeModel.jsonl": "100 %",
    "recognizers/NumberWithUnit_TemperatureModel.jsonl": "100 %",
    "recognizers/Number_NumberRangeModel.jsonl": "n/a",
    "recognizers/Number_NumberRangeModelExperimentalMode.jsonl": "n/a",
}


def evaluate():
    rows = []
    for case in test_peers.ALL_CASES:
        group = case.group
        action = group.action if group else "in_scope"
        if action == "skip":
            rows.append((case, group, "skipped", None))
            continue
        try:
            test_peers.run_case(case)
            rows.append((case, group, "pass", None))
        except AssertionError as exc:
            rows.append((case, group, "fail", str(exc)))
    return rows


def print_known(rows) -> None:
    failing = [c.id for c, g, s, m in rows if s == "fail"]
    groups = [(cause, [i for i in ids if i in failing]) for cause, ids in peer_scope.KNOWN_FAILURES]
    listed = {i for _, ids in groups for i in ids}
    new = [i for i in failing if i not in listed]
    if new:
        groups.append(("NEW: classify by cause", new))
    print("KNOWN_FAILURES: list[tuple[str, list[str]]] = [")
    for cause, ids in groups:
        if not ids:
            continue
        print(f"    (\n        {cause!r},\n        [")
        line = "           "
        for i in ids:
            item = f" {i!r},"
            if len(line) + len(item) > 100:
                print(line)
                line = "           "
            line += item
        print(line + "\n        ],\n    ),")
    print("]")


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    -  "


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failures", action="store_true", help="list every failing case (in scope and extra)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    ap.add_argument("--update-known", action="store_true",
                    help="print a KNOWN_FAILURES block for tests/peer_scope.py: the listed causes "
                         "keep their still-failing ids, new failures go to a group to classify")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    rows = evaluate()
    elapsed = time.perf_counter() - t0

    per_file = defaultdict(Counter)
    extra = defaultdict(Counter)
    groups = Counter()
    for case, group, status, _ in rows:
        per_file[case.file]["total"] += 1
        if group is not None:
            groups[group.name] += 1
        if status == "skipped":
            continue
        bucket = extra if group is not None and group.action == "extra" else per_file
        bucket[case.file]["scope"] += 1
        bucket[case.file]["pass"] += status == "pass"

    files = sorted(per_file)
    if args.update_known:
        print_known(rows)
        return 0
    if args.json:
        print(json.dumps({
            "files": {f: {"cases": per_file[f]["total"], "in_scope": per_file[f]["scope"],
                          "passed": per_file[f]["pass"]} for f in files},
            "extra": {f: dict(extra[f]) for f in extra},
            "groups": dict(groups),
            "failures": [{"id": c.id, "file": c.file, "input": c.input, "message": m,
                          "known": peer_scope.known_failure(c.id)}
                         for c, g, s, m in rows if s == "fail"],
        }, ensure_ascii=False, indent=2))
        return 0

    w = max(len(f) for f in files)
    print(f"{'peer file':<{w}}  cases  in scope  passed  rate     peer's own")
    tot_s = tot_p = 0
    for f in files:
        c = per_file[f]
        if not c["scope"]:
            continue
        tot_s += c["scope"]
        tot_p += c["pass"]
        print(f"{f:<{w}}  {c['total']:5d}  {c['scope']:8d}  {c['pass']:6d}  {pct(c['pass'], c['scope'])}  {PEER_SELF.get(f, '')}")
    print(f"{'OVERALL (acceptance scope)':<{w}}  {sum(per_file[f]['total'] for f in files):5d}  "
          f"{tot_s:8d}  {tot_p:6d}  {pct(tot_p, tot_s)}")
    if extra:
        print("\noutside the acceptance list (run, not counted above):")
        for f in sorted(extra):
            c = extra[f]
            print(f"  {f:<{w}}  {c['scope']:8d}  {c['pass']:6d}  {pct(c['pass'], c['scope'])}")

    print("\nexclusion groups (tests/peer_scope.py):")
    for g in peer_scope.GROUPS:
        print(f"  {g.name:<22} {g.action:<9} {groups[g.name]:4d}  {g.reason[:90]}")

    fails = [(c, m) for c, g, s, m in rows if s == "fail"]
    unknown = [c.id for c, _ in fails if not peer_scope.known_failure(c.id)]
    listed = {i for _, ids in peer_scope.KNOWN_FAILURES for i in ids}
    fixed = sorted(listed - {c.id for c, _ in fails})
    print(f"\nfailing: {len(fails)} ({len(unknown)} not in KNOWN_FAILURES); "
          f"KNOWN_FAILURES that now pass: {len(fixed)}")
    if unknown:
        print("  new failures: " + " ".join(unknown))
    if fixed:
        print("  now passing:  " + " ".join(fixed))
    if args.failures:
        by_cause = defaultdict(list)
        for c, m in fails:
            by_cause[peer_scope.known_failure(c.id) or "(not in KNOWN_FAILURES)"].append(m)
        for cause, msgs in by_cause.items():
            print(f"\n## {cause} ({len(msgs)})")
            for m in msgs:
                print("  " + m)
    print(f"\n({len(rows)} cases in {elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
