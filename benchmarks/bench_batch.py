"""Batch throughput and memory: docs/s with 1 and 2 workers, and peak RSS as the archive grows.

    .venv/bin/python benchmarks/bench_batch.py                      # defaults below
    .venv/bin/python benchmarks/bench_batch.py --sizes 2000 20000 --input both --work-ms 0 2

Builds synthetic archives of Chinese news articles (JSONL of text, or a WARC of HTML
pages that go through trafilatura in the workers), runs ``newsfacts batch`` on them in a
subprocess, and reports docs/s (from the summary line) and the peak resident memory of
the whole process tree (parent + workers, sampled every 20 ms with psutil when available,
else the largest single process from ``getrusage``).

``--work-ms N`` adds N ms of pure-Python CPU work per document on top of the real
Extractor (a stand-in for extraction cost while the extractor is still being written);
0 measures the real Extractor alone.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

PLACES = ["益阳市", "长沙市", "岳阳市", "全市", "中心城区", "各县市区", "赫山区", "资阳区"]
THINGS = ["普惠性托位", "社区养老服务中心", "农村公路", "高标准农田", "新能源汽车充电桩", "保障性住房", "5G基站", "义务教育学位"]
UNITS = ["个", "公里", "万亩", "亿元", "套", "所", "万人次", "%"]
VERBS = ["新增", "建成", "完成", "累计投资", "改造", "发放", "惠及", "增长"]


def article(rng: random.Random, i: int) -> tuple[str, str]:
    title = f"{rng.choice(PLACES)}{rng.choice(VERBS)}{rng.choice(THINGS)}{rng.randint(10, 9999)}{rng.choice(UNITS)}"
    paras = []
    for _ in range(rng.randint(6, 12)):
        sents = []
        for _ in range(rng.randint(2, 5)):
            sents.append(
                f"{rng.choice(['今年以来', '截至目前', '1-10月', '2023年', '去年'])}，{rng.choice(PLACES)}"
                f"{rng.choice(VERBS)}{rng.choice(THINGS)}{rng.randint(1, 99999) / rng.choice([1, 10, 100]):g}"
                f"{rng.choice(UNITS)}，比去年{rng.choice(['增长', '下降', '提高'])}{rng.randint(1, 300) / 10:g}%"
            )
        paras.append("，".join(sents) + "。")
    return title, "\n".join(paras)


def html_page(title: str, body: str, i: int) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}_新闻中心</title>"
        f"<meta property='article:published_time' content='2023-11-{1 + i % 28:02d}'>"
        f"<meta property='og:site_name' content='益阳日报'><script>var a={i};</script></head><body>"
        "<nav><ul><li><a href='/'>首页</a></li><li><a href='/n'>新闻</a></li><li><a href='/g'>政务</a></li></ul></nav>"
        f"<article><h1>{title}</h1>{paras}</article><!-- c -->"
        "<footer>版权所有 益阳日报社 | 网站地图 | 联系我们</footer></body></html>"
    ).encode("utf-8")


def build(path: str, n: int, kind: str) -> None:
    rng = random.Random(n)
    if kind == "jsonl":
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(n):
                title, body = article(rng, i)
                fh.write(json.dumps({"id": f"a{i}", "title": title, "content": body, "time": "2023-11-29"},
                                    ensure_ascii=False) + "\n")
        return
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(n):
            title, body = article(rng, i)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"http://news.example/{i}", "response", payload=io.BytesIO(html_page(title, body, i)),
                http_headers=headers))


class BurnExtractor:
    """The real Extractor plus ``NEWSFACTS_BENCH_WORK_MS`` of CPU work per document."""

    def __init__(self) -> None:
        from newsfacts.extractor import Extractor

        self.inner = Extractor()
        self.seconds = float(os.environ.get("NEWSFACTS_BENCH_WORK_MS", "0")) / 1000

    def preload(self) -> None:
        self.inner.preload()  # what batch does with the real Extractor before it forks workers

    def extract(self, text, doc_id=None, **meta):
        end = time.perf_counter() + self.seconds
        x = 0
        while time.perf_counter() < end:
            for ch in text[:200]:
                x += ord(ch)
        return self.inner.extract(text, doc_id, **meta)


SUMMARY = re.compile(r"read (\d+), ok (\d+), failed (\d+), claims (\d+), seconds ([\d.]+), docs/s ([\d.]+)")


def run(path: str, out: str, workers: int, work_ms: float) -> dict:
    env = dict(os.environ, PYTHONPATH=HERE + os.pathsep + os.environ.get("PYTHONPATH", ""),
               NEWSFACTS_BENCH_WORK_MS=str(work_ms))
    cmd = [sys.executable, "-m", "newsfacts.cli", "batch", path, "-o", out, "--workers", str(workers),
           "--quiet", "--extractor", "bench_batch:BurnExtractor"]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    peak = peak_pss = 0
    try:
        import psutil

        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                procs = [root] + root.children(recursive=True)
                peak = max(peak, sum(p.memory_info().rss for p in procs))
                # PSS shares pages that forked workers inherit; RSS counts them once per process
                peak_pss = max(peak_pss, sum(p.memory_full_info().pss for p in procs))
            except (psutil.Error, AttributeError):
                pass
            time.sleep(0.1)
    except ImportError:
        pass
    _, err = proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run, its workers included
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if peak == 0:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    m = SUMMARY.search(err)
    if not m:
        raise SystemExit(f"no summary line from newsfacts batch:\n{err}")
    read, ok, failed, claims = map(int, m.groups()[:4])
    result = {"read": read, "ok": ok, "failed": failed, "seconds": float(m.group(5)),
              "docs_s": float(m.group(6)), "peak_mib": peak / 2**20, "peak_pss_mib": peak_pss / 2**20,
              "load": (load + os.getloadavg()[0]) / 2, "cpu_ms": 1000 * cpu / max(read, 1)}
    print(f"      {os.path.basename(path)}, {workers} worker(s): {result['docs_s']:.1f} docs/s, "
          f"{result['seconds']:.1f} s, peak RSS {result['peak_mib']:.0f} MiB, peak PSS {result['peak_pss_mib']:.0f} MiB, "
          f"CPU {result['cpu_ms']:.1f} ms/doc, load average ~{result['load']:.1f}", flush=True)
    return result


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def control(n: int = 6_000_000) -> float:
    """The machine's own 2-process ceiling: the same pure-Python work twice in a row, then
    in a 2-process pool (1.9-2.0x on two free cores; less where the vCPUs share a core or
    other jobs run)."""
    import multiprocessing

    t = time.perf_counter()
    _spin(n)
    _spin(n)
    serial = time.perf_counter() - t
    with multiprocessing.get_context("fork").Pool(2) as pool:
        t = time.perf_counter()
        pool.map(_spin, [n, n])
        parallel = time.perf_counter() - t
    return serial / parallel


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs=2, default=[2000, 6000], metavar=("SMALL", "LARGE"))
    ap.add_argument("--input", choices=["jsonl", "warc", "both"], default="jsonl")
    ap.add_argument("--work-ms", type=float, nargs="+", default=[0.0],
                    help="simulated extraction cost per document, ms (several values: several runs)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per setting (the best is reported)")
    args = ap.parse_args()
    kinds = ["jsonl", "warc"] if args.input == "both" else [args.input]
    print(f"python {sys.version.split()[0]}, cores {len(os.sched_getaffinity(0))}, "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine lowers the 2-worker ratio)")
    ceiling = [control() for _ in range(2)]
    print(f"control: pure-Python work in 2 processes runs {min(ceiling):.2f}-{max(ceiling):.2f}x one process "
          "on this machine now (the best a 2-worker pool can reach)")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            paths = {}
            for n in args.sizes:
                paths[n] = os.path.join(tmp, f"a{n}.{'jsonl' if kind == 'jsonl' else 'warc.gz'}")
                build(paths[n], n, kind)
                print(f"\n{kind}: {n} articles, {os.path.getsize(paths[n]) / 2**20:.1f} MiB on disk")
            for work in args.work_ms:
                label = f"{kind}, +{work:g} ms/doc" if work else f"{kind}, real Extractor only"
                results = {}
                for n in args.sizes:
                    for workers in (1, 2):
                        best = None
                        for _ in range(args.repeat):
                            r = run(paths[n], os.path.join(tmp, "out.jsonl"), workers, work)
                            assert r["read"] == n and r["ok"] + r["failed"] == n, r
                            if best is None or r["docs_s"] > best["docs_s"]:
                                best = r
                        results[n, workers] = best
                small, large = args.sizes
                print(f"  [{label}]")
                for n in args.sizes:
                    one, two = results[n, 1], results[n, 2]
                    print(f"    {n:>7} docs: 1 worker {one['docs_s']:8.1f} docs/s, 2 workers {two['docs_s']:8.1f} docs/s, "
                          f"ratio {two['docs_s'] / one['docs_s']:.2f}x; peak RSS {one['peak_mib']:.0f} / "
                          f"{two['peak_mib']:.0f} MiB, PSS {one['peak_pss_mib']:.0f} / {two['peak_pss_mib']:.0f} MiB (1w / 2w)")
                    # On a shared machine the wall-clock ratio measures the CPU share we got;
                    # CPU time per document shows what the pool itself costs.
                    print(f"    {n:>7} docs: CPU {one['cpu_ms']:.1f} ms/doc (1w), {two['cpu_ms']:.1f} ms/doc (2w): "
                          f"on two idle cores the 2-worker ratio would be ~{2 * one['cpu_ms'] / two['cpu_ms']:.2f}x")
                print(f"    peak growth {small} -> {large} docs (2 workers): RSS "
                      f"{results[large, 2]['peak_mib'] - results[small, 2]['peak_mib']:+.1f} MiB, PSS "
                      f"{results[large, 2]['peak_pss_mib'] - results[small, 2]['peak_pss_mib']:+.1f} MiB")


if __name__ == "__main__":
    main()
