"""Peak memory of the whole process tree on three archive bombs (issue 16).

    .venv/bin/python benchmarks/bench_bombs.py                 # all three, 2 workers
    .venv/bin/python benchmarks/bench_bombs.py --only pax --workers 4 --keep /tmp/bombs
    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/bench_bombs.py --timeout 300   # another version

Builds the bombs of the red-team report in a temporary directory, runs
``newsfacts batch BOMB -o OUT --workers N`` on each with the default limits, and prints
one line per bomb: peak RSS summed over the run's process and all its descendants
(sampled every 20 ms; psutil when installed, else /proc), wall time, the summary
counts and the error record types.

* ``zip``: a high-ratio zip of 48 members of 64 MiB - 1 of zeros (.txt, .html and .jsonl
  without a line end, 3 GiB decompressed, ~3 MB on disk) plus 4 HTML pages of
  paragraphs just under the page limit, which really are parsed.
* ``nested``: a zip holding 3 copies of a zip of 60 members of 64 MiB - 1 of zeros
  (.jsonl): 11.25 GiB decompressed if every level had its own 4 GiB budget.
* ``pax``: a tar.gz whose second member carries a 4.7 GB pax extended header (which
  tarfile would read whole), between two small articles.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile

MEMBER = 64 * 2**20 - 1
ARTICLE = "今年以来，全市新增普惠性托位1365个，比去年增长百分之十二。"
SUMMARY = re.compile(r"read (\d+), ok (\d+), failed (\d+)")


def _zip_of(path: str, members) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in members:
            zf.writestr(name, data)


def build_zip(root: str) -> str:
    """48 members of 64 MiB - 1 of zeros, and 4 pages of paragraphs under the page limit."""
    from newsfacts.io.limits import DEFAULT_LIMITS

    zeros = b"0" * MEMBER
    unit = f"<p>{ARTICLE}</p>\n".encode()
    page = b"<html><body>" + unit * ((DEFAULT_LIMITS.max_page_bytes - 100) // len(unit)) + b"</body></html>"
    members = [(f"z{i:02d}.{('txt', 'html', 'jsonl')[i % 3]}", zeros) for i in range(48)]
    members += [(f"page{i}.html", page) for i in range(4)]
    path = os.path.join(root, "high-ratio.zip")
    _zip_of(path, members)
    return path


def build_nested(root: str) -> str:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zeros = b"0" * MEMBER
        for i in range(60):
            zf.writestr(f"z{i:02d}.jsonl", zeros)
    path = os.path.join(root, "nested.zip")
    _zip_of(path, [(f"inner{i}.zip", inner.getvalue()) for i in range(3)])
    return path


def _ustar(name: str, size: int, kind: bytes) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.type = size, kind
    return info.tobuf(format=tarfile.USTAR_FORMAT)


def build_pax(root: str, header_bytes: int = 4_700_000_000) -> str:
    """a.txt, then a member with a pax header of ``header_bytes``, then b.txt."""
    path = os.path.join(root, "pax-header.tar.gz")
    body = ARTICLE.encode()
    with gzip.open(path, "wb", compresslevel=9) as out:
        for name in ("a.txt",):
            out.write(_ustar(name, len(body), tarfile.REGTYPE) + body.ljust(512, b"\0"))
        key = b" comment="
        digits = len(str(header_bytes))
        value = header_bytes - digits - len(key) - 1  # "LEN comment=VALUE\n" is header_bytes long
        out.write(_ustar("././@PaxHeader", header_bytes, tarfile.XHDTYPE))
        out.write(str(header_bytes).encode() + key)
        block = b"x" * (1 << 20)
        for _ in range(value // len(block)):
            out.write(block)
        out.write(b"x" * (value % len(block)) + b"\n")
        out.write(b"\0" * (-header_bytes % 512))
        out.write(_ustar("b.txt", len(body), tarfile.REGTYPE) + body.ljust(512, b"\0"))
        out.write(b"\0" * 1024)
    return path


def _tree_rss(pid: int) -> int:
    """RSS of ``pid`` and all its descendants, in bytes (0 once it is gone)."""
    try:
        import psutil

        try:
            root = psutil.Process(pid)
            return sum(p.memory_info().rss for p in [root] + root.children(recursive=True))
        except psutil.Error:
            return 0
    except ImportError:
        parents = {}
        for name in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{name}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                parents[int(name)] = (int(fields[1]), int(fields[21]) * os.sysconf("SC_PAGE_SIZE"))
            except (OSError, IndexError, ValueError):
                pass
        tree, grew = {pid}, True
        while grew:
            more = {p for p, (pp, _) in parents.items() if pp in tree} - tree
            tree |= more
            grew = bool(more)
        return sum(parents[p][1] for p in tree if p in parents)


def run(path: str, workers: int, out_dir: str, timeout: float = 0) -> dict:
    out = os.path.join(out_dir, os.path.basename(path) + ".out.jsonl")
    cmd = [sys.executable, "-m", "newsfacts.cli", "batch", path, "-o", out, "--workers", str(workers), "--quiet"]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        if timeout and time.monotonic() - t0 > timeout:
            os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers
            proc.wait()
        time.sleep(0.02)
    err = proc.stderr.read()
    seconds = time.monotonic() - t0
    m = SUMMARY.search(err)
    types: collections.Counter = collections.Counter()
    if os.path.exists(out + ".errors.jsonl"):
        with open(out + ".errors.jsonl", encoding="utf-8") as fh:
            types.update(json.loads(line)["error"]["type"] for line in fh)
    return {"bomb": os.path.basename(path), "bytes": os.path.getsize(path), "exit": proc.returncode,
            "peak_rss_mib": round(peak / 2**20), "seconds": round(seconds, 1),
            "read_ok_failed": [int(x) for x in m.groups()] if m else err[-300:], "errors": dict(types)}


BOMBS = {"zip": build_zip, "nested": build_nested, "pax": build_pax}
KEPT = {"zip": "high-ratio.zip", "nested": "nested.zip", "pax": "pax-header.tar.gz"}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", default=",".join(BOMBS), help="comma-separated: " + ", ".join(BOMBS))
    ap.add_argument("--keep", metavar="DIR", help="build (or reuse) the bombs in DIR and keep them")
    ap.add_argument("--timeout", type=float, default=0, metavar="SECONDS",
                    help="kill a run (and its workers) after this long; exit -9 in its line")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nf-bombs-") as tmp:
        root = args.keep or tmp
        os.makedirs(root, exist_ok=True)
        for name in args.only.split(","):
            t0 = time.monotonic()
            kept = [f for f in os.listdir(root) if f.startswith(KEPT[name])] if args.keep else []
            path = os.path.join(root, kept[0]) if kept else BOMBS[name](root)
            built = time.monotonic() - t0
            result = run(path, args.workers, tmp, args.timeout)
            print(json.dumps({**result, "build_seconds": round(built, 1), "workers": args.workers}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
