"""Fuzz the readers through the batch runner (issue 7), driven by hypothesis.

Each example writes one file of a reader format (txt, md, html, json, jsonl, csv, tsv,
warc, warc.gz, zip, tar, tar.gz, X.gz, and the issue 16 shapes: a deeply nested JSON
line, a CSV field over the line limit, tar hard links, tar pax headers over the header
limit, zips nested past the depth limit) into an empty directory: a valid file built from
generated news text, the same file mutated (cut, bytes flipped, bytes inserted, a slice
repeated), or random bytes. ``run_batch`` then reads and extracts it, and the target checks

* no exception escapes and the run completes (output renamed, journal removed);
* one record per input document: output documents + error records == documents read ==
  the items the reader yields; for an unmutated file, == the documents it was built with;
  a one-document format (txt, md, html and their .gz) gives exactly one record;
* nothing is written outside the output files (no zip-slip, no temp files left);
* one example in ten first runs while another writer holds the output's journal lock:
  that run is refused and writes nothing (concurrent writers);
* no document takes longer than the time limit (a hang would be a ``DocTimeout`` record,
  counted and reported; the example itself must finish within ``--hang-seconds``).

    .venv/bin/python benchmarks/fuzz_readers.py --examples 2000
    .venv/bin/python benchmarks/fuzz_readers.py --seconds 600 --seed 7

On a failure hypothesis shrinks the input and prints the smallest one it found.
"""

from __future__ import annotations

from typing import Optional

import argparse
import collections
import csv
import gzip
import io
import json
import os
import random
import sys
import tarfile
import tempfile
import time
import zipfile

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from newsfacts.batch import run_batch
from newsfacts.extractor import default_extractor
from newsfacts.io.limits import Limits
from newsfacts.io.readers import read_inputs

SENTENCES = [
    "今年以来，全市新增普惠性托位1365个，比去年增长百分之十二。",
    "全市累计投资3.5亿元，建成40个社区养老服务中心。",
    "香港政府今年共興建一千二百五十間學校，投資3.5億元。",
    "预计到2025年，新增托位2000个以上，惠及12.57万家长。",
    "1—7月，全区1133个重大项目完成投资1,234.5万元，同比增长17.1%。",
    "出口钢材578.3亿元，增长56.6%；进口下降约3成。",
]
JUNK = ["\x00", "\ufeff", "\u200b", "\u202e", "\ud800", "１２３", "万亿" * 20, "9" * 300, "<", "&", '"', ",", "\n"]

FORMATS = ["txt", "md", "html", "json", "jsonl", "csv", "tsv", "warc", "warc.gz", "zip", "tar", "tar.gz",
           "txt.gz", "jsonl.gz", "html.gz",
           # issue 16 shapes: a deeply nested JSON line, a CSV field over the line limit, tar
           # hard links, tar pax headers (some over the header limit), archives nested past
           # the depth limit
           "jsonl-deep", "csv-huge", "tar-links", "tar-pax", "zip-deep"]
SHAPE_EXT = {"jsonl-deep": "jsonl", "csv-huge": "csv", "tar-links": "tar", "tar-pax": "tar", "zip-deep": "zip"}
SINGLE = {"txt", "md", "html", "txt.gz", "html.gz"}
LIMITS = Limits(max_member_bytes=2_000_000, max_archive_bytes=8_000_000, max_members=200,
                max_line_bytes=200_000, max_doc_chars=500_000, doc_timeout=10, max_header_bytes=50_000)

counts: collections.Counter = collections.Counter()
errors_by_type: collections.Counter = collections.Counter()


# ---------------------------------------------------------------- valid files


def _text(draw) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(JUNK), st.text(max_size=8)),
                          min_size=1, max_size=8))
    return "".join(parts)


def _enc(draw, text: str) -> bytes:
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16"]))
    try:
        return text.encode(encoding)
    except UnicodeError:
        return text.encode("utf-8", "surrogatepass")


def _page(text: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<html><head><title>标题</title></head><body><article>{paras}</article></body></html>"


def _tar_bytes(entries) -> bytes:
    """A tar of (name, data, link, pax headers) entries."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for name, data, link, pax in entries:
            info = tarfile.TarInfo(name)
            info.pax_headers = pax
            if link:
                info.type, info.linkname = tarfile.LNKTYPE, link
                tf.addfile(info)
            else:
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
    return out.getvalue()


def build_shape(draw, fmt: str) -> tuple[bytes, int]:
    """(bytes, documents) of the issue 16 input shapes."""
    if fmt == "jsonl-deep":
        data, n = build(draw, "jsonl")
        lines = data.splitlines(keepends=True)
        depth = draw(st.sampled_from([1_000, 100_000]))
        lines.insert(draw(st.integers(0, len(lines))), b"[" * depth + b"]" * depth + b"\n")
        return b"".join(lines), n + 1
    if fmt == "csv-huge":
        rows = draw(st.integers(1, 4))
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["id", "content"])
        for i in range(rows):
            writer.writerow([f"r{i}", SENTENCES[i % len(SENTENCES)]])
        huge = draw(st.sampled_from(["第1行,假的\n", "长", '引"号']))
        writer.writerow(["big", huge * (LIMITS.max_line_bytes // len(huge) + 1)])
        writer.writerow(["last", SENTENCES[0]])
        return buf.getvalue().encode("utf-8"), rows + 2
    if fmt in ("tar-links", "tar-pax"):
        entries, expected, cut = [], 0, False
        for i in range(draw(st.integers(1, 5))):
            data = _text(draw).encode("utf-8", "surrogatepass")
            link = f"m{i - 1}.txt" if fmt == "tar-links" and i and draw(st.booleans()) else None
            big = fmt == "tar-pax" and draw(st.integers(0, 3)) == 0
            pax = {"comment": "注" * (LIMITS.max_header_bytes // 3 + 10)} if big else {"comment": "短"}
            entries.append((f"m{i}.txt", data, link, pax))
            if not cut:
                expected += 1
                cut = big  # the rest of the tar is one error record with this one
        return _tar_bytes(entries), expected
    if fmt == "zip-deep":  # zips in zips past max_depth: one error record for the innermost
        data = _zip_bytes([("a.txt", SENTENCES[0].encode())])
        for level in range(LIMITS.max_depth + 2):
            data = _zip_bytes([(f"l{level}.zip", data)])
        return data, 1
    raise ValueError(fmt)


def _zip_bytes(members) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 29, 0, 0, 0)), data)
    return out.getvalue()


def build(draw, fmt: str, depth: int = 0) -> tuple[bytes, int]:
    """(bytes of a valid file of ``fmt``, documents in it)."""
    if fmt in SHAPE_EXT:
        return build_shape(draw, fmt)
    if fmt in ("txt", "md"):
        return _enc(draw, _text(draw)), 1
    if fmt == "html":
        return _enc(draw, _page(_text(draw))), 1
    if fmt.endswith(".gz") and fmt not in ("tar.gz", "warc.gz"):
        inner, n = build(draw, fmt[:-3], depth)
        return gzip.compress(inner, mtime=0), n
    if fmt in ("jsonl", "json"):
        records = [{"id": f"r{i}", "content": _text(draw), "title": draw(st.text(max_size=5))}
                   for i in range(draw(st.integers(1, 5)))]
        if fmt == "json":
            return json.dumps(records, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass"), len(records)
        return b"".join(json.dumps(r, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass") + b"\n"
                        for r in records), len(records)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t")
        writer.writerow(["id", "content"])
        rows = draw(st.integers(1, 5))
        for i in range(rows):
            writer.writerow([f"r{i}", _text(draw).replace("\x00", "")])
        return buf.getvalue().encode("utf-8", "surrogatepass"), rows
    if fmt in ("warc", "warc.gz"):
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        out = io.BytesIO()
        writer = WARCWriter(out, gzip=fmt == "warc.gz")
        pages = draw(st.integers(1, 4))
        for i in range(pages):
            body = _page(_text(draw)).encode("utf-8", "surrogatepass")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{i:012d}>",
                     "WARC-Date": "2026-11-29T00:00:00Z"}  # deterministic bytes for hypothesis
            writer.write_record(writer.create_warc_record(f"http://example.cn/{i}.html", "response",
                                                          payload=io.BytesIO(body), http_headers=headers,
                                                          warc_headers_dict=fixed))
        return out.getvalue(), pages
    if fmt in ("zip", "tar", "tar.gz"):
        return build_archive(draw, fmt, depth)
    raise ValueError(fmt)


def build_archive(draw, fmt: str, depth: int) -> tuple[bytes, int]:
    """(bytes, documents) of a zip, tar or tar.gz of generated members."""
    kinds = ["txt", "html", "jsonl", "csv"] + (["zip", "txt.gz"] if depth < 1 else [])
    members = []
    total = 0
    for i in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(kinds))
        data, n = build(draw, kind, depth + 1)
        name = draw(st.sampled_from(["", "../../", "/abs/", "a/../../", "dir/"])) + f"m{i}.{kind}"
        members.append((name, data))
        total += n
    if fmt != "zip":
        data = _tar_bytes([(name, data, None, {}) for name, data in members])
        return (gzip.compress(data, mtime=0) if fmt == "tar.gz" else data), total
    out = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 29, 0, 0, 0)), data, compress_type=method)
    return out.getvalue(), total


def mutate(draw, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["cut", "flip", "insert", "repeat", "zero"]))
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        if op == "cut":
            del data[i:]
        elif op == "flip":
            for k in range(i, min(len(data), i + draw(st.integers(1, 16)))):
                data[k] ^= draw(st.integers(1, 255))
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=64))
        elif op == "repeat":
            j = draw(st.integers(i, min(len(data), i + 256)))
            data[i:i] = data[i:j] * draw(st.integers(1, 50))
        else:
            data[i:i + draw(st.integers(1, 64))] = b"\x00" * 8
    return bytes(data)


@st.composite
def hostile_file(draw, formats=FORMATS, hows=("valid", "mutated", "mutated", "mutated", "random")):
    fmt = draw(st.sampled_from(formats))
    how = draw(st.sampled_from(hows))
    locked = draw(st.integers(0, 9)) == 0  # another writer holds the output: this run is refused
    if how == "random":
        return fmt, how, draw(st.binary(max_size=4096)), None, locked
    data, n = build(draw, fmt)
    if how == "mutated":
        return fmt, how, mutate(draw, data), None, locked
    return fmt, how, data, n, locked


# ---------------------------------------------------------------- the check


def _tree(root: str) -> set[str]:
    out = set()
    for base, dirs, files in os.walk(root):
        for name in dirs + files:
            out.add(os.path.relpath(os.path.join(base, name), root))
    return out


def refused_while_locked(path: str, out: str) -> None:
    """A run while another writer holds ``out``'s journal is refused and writes nothing."""
    import fcntl

    from newsfacts.batch import UsageError

    with open(out + ".journal", "wb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        try:
            run_batch([path], out, workers=1, limits=LIMITS, extractor_factory=default_extractor)
        except UsageError:
            counts["concurrent_refused"] += 1
        else:
            counts["concurrent_accepted"] += 1
            raise AssertionError("a second writer of the same output was accepted")
        left = sorted(os.listdir(os.path.dirname(out)))
        assert left == ["o.jsonl.journal"], f"the refused run wrote {left}"
    os.remove(out + ".journal")


def check(fmt: str, how: str, data: bytes, expected, locked: bool, hang_seconds: float) -> None:
    counts["examples"] += 1
    counts[f"{how}"] += 1
    if fmt in SHAPE_EXT:
        counts[f"shape:{fmt}"] += 1
    with tempfile.TemporaryDirectory(prefix="nf-fuzz-") as root:
        inp = os.path.join(root, "in")
        os.mkdir(inp)
        path = os.path.join(inp, f"f.{SHAPE_EXT.get(fmt, fmt)}")
        with open(path, "wb") as fh:
            fh.write(data)
        out = os.path.join(root, "out", "o.jsonl")
        os.mkdir(os.path.dirname(out))
        before = _tree(root)
        if locked:
            refused_while_locked(path, out)
        t0 = time.monotonic()
        try:
            items = sum(1 for _ in read_inputs([path], limits=LIMITS))
            stats = run_batch([path], out, workers=1, limits=LIMITS, extractor_factory=default_extractor)
        except BaseException:
            counts["crashes"] += 1
            raise
        spent = time.monotonic() - t0
        counts["inputs"] += 1
        if spent > hang_seconds:
            counts["hangs"] += 1
            raise AssertionError(f"{fmt} ({how}): the run took {spent:.1f} s")
        assert stats.complete, "run did not complete"
        with open(out, "rb") as fh:
            docs = [json.loads(x) for x in fh]
        with open(out + ".errors.jsonl", "rb") as fh:
            errs = [json.loads(x) for x in fh]
        records = len(docs) + len(errs)
        counts["documents"] += len(docs)
        counts["error_records"] += len(errs)
        for e in errs:
            errors_by_type[e["error"]["type"]] += 1
            if e["error"]["type"] == "DocTimeout":
                counts["doc_timeouts"] += 1
        lost = records != stats.read or stats.read != stats.ok + stats.failed or records != items
        # a file or member whose record stream is judged binary as a whole is one record
        # (a documented edge), so the count built in no longer holds
        whole_binary = any(e["error"]["type"] == "BinaryInput" for e in errs)
        if expected is not None and records != expected and not whole_binary:
            lost = True
        if fmt in SINGLE and records != 1:
            lost = True
        if lost:
            counts["lost"] += 1
            raise AssertionError(f"{fmt} ({how}): {records} records, read {stats.read}, reader items {items}, "
                                 f"expected {expected}")
        after = _tree(root)
        extra = after - before - {"out/o.jsonl", "out/o.jsonl.errors.jsonl"}
        if extra:
            counts["escapes"] += 1
            raise AssertionError(f"{fmt} ({how}): files written outside the output: {sorted(extra)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=500, help="generated inputs to try (default 500)")
    ap.add_argument("--seconds", type=float, default=None, help="stop after about this many seconds")
    ap.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    ap.add_argument("--formats", default=None, help="comma-separated formats to try (default: all)")
    ap.add_argument("--how", default=None, help="comma-separated: valid, mutated, random (default: all)")
    ap.add_argument("--hang-seconds", type=float, default=60.0, help="an input taking longer is a hang")
    args = ap.parse_args(argv)
    default_extractor().extract(SENTENCES[0])
    start = time.monotonic()
    cwd_before = set(os.listdir("."))

    def batch(n: int, batch_seed: Optional[int]):
        @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(hostile_file(args.formats.split(",") if args.formats else FORMATS,
                            args.how.split(",") if args.how else ["valid", "mutated", "mutated", "mutated", "random"]))
        def target(case):
            check(*case, hang_seconds=args.hang_seconds)

        return seed(batch_seed)(target) if batch_seed is not None else target

    failed = False
    try:
        # batches of at most 500 examples, so that --seconds is honoured between them
        k = 0
        while counts["examples"] < args.examples:
            if args.seconds is not None and time.monotonic() - start > args.seconds:
                break
            batch(min(500, args.examples - counts["examples"]), None if args.seed is None else args.seed + k)()
            k += 1
    except Exception as exc:  # noqa: BLE001 - reported with the shrunk input
        failed = True
        print(f"FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        for note in getattr(exc, "__notes__", ()):  # hypothesis puts the shrunk input here
            print(note, file=sys.stderr)
    finally:
        counts["cwd_changed"] = int(set(os.listdir(".")) != cwd_before)
        elapsed = time.monotonic() - start
        print(json.dumps({"seconds": round(elapsed, 1), **counts, "error_types": dict(errors_by_type)},
                         ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    random.seed(0)
    sys.exit(main())
