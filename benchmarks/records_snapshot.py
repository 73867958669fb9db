"""Records of every fixture text, as one hash a text: proof that a refactoring changed nothing.

    python benchmarks/records_snapshot.py            # compare with tests/fixtures/records.sha1.json
    python benchmarks/records_snapshot.py --write    # after an intended change of behaviour
    python benchmarks/records_snapshot.py --diff ID  # the records of one text, for a diff

The texts: the example article, every gold and dev fixture article, and every input of the
peers' test suites. ``tests/test_records_snapshot.py`` runs the comparison.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SNAPSHOT = FIXTURES / "records.sha1.json"


def texts() -> dict[str, str]:
    """{id: text} of every fixture text, in a stable order."""
    out: dict[str, str] = {}
    out["example"] = (ROOT / "src" / "newsfacts" / "data" / "example.txt").read_text(encoding="utf-8")
    for folder in ("dev", "gold"):
        for path in sorted((FIXTURES / folder).glob("*.json")):
            out[f"{folder}/{path.stem}"] = json.loads(path.read_text(encoding="utf-8"))["text"]
    for path in sorted((FIXTURES / "peers").rglob("*.jsonl")):
        rel = path.relative_to(FIXTURES / "peers").as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                out[f"peers/{rel}:{n}"] = json.loads(line)["input"]
    return out


def digests(ex=None) -> dict[str, str]:
    from newsfacts import Extractor

    ex = ex or Extractor()
    return {key: hashlib.sha1(ex.extract(t, doc_id="d").model_dump_json().encode()).hexdigest()
            for key, t in texts().items()}


def changed(old: dict[str, str], new: dict[str, str]) -> list[str]:
    return sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="store the current records' hashes")
    ap.add_argument("--diff", metavar="ID", help="print the records of one text as JSON")
    args = ap.parse_args(argv)
    if args.diff:
        from newsfacts import Extractor

        print(Extractor().extract(texts()[args.diff], doc_id="d").to_json(indent=1))
        return 0
    now = digests()
    if args.write:
        SNAPSHOT.write_text(json.dumps(now, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(now)} hashes to {SNAPSHOT.relative_to(ROOT)}")
        return 0
    diff = changed(json.loads(SNAPSHOT.read_text(encoding="utf-8")), now)
    print(f"{len(now)} texts, {len(diff)} changed")
    for key in diff[:50]:
        print("  ", key)
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
