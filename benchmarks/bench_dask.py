"""Dask throughput: docs/s on a LocalCluster of 1 and 2 worker processes against the local
process pool of ``newsfacts batch`` on the same corpus, and the overhead of Dask.

    .venv/bin/python benchmarks/bench_dask.py                  # 2000 articles, 1 and 2 workers
    .venv/bin/python benchmarks/bench_dask.py --docs 10000 --workers 1 2 4 --partition-size 250

Both engines run the whole batch command path (read a JSONL archive, extract, write
Parquet): :func:`newsfacts.batch.run_batch` (a process pool started for the run; its
workers load the extractor when they start, inside the timed run) and
:func:`newsfacts.dask.run_batch` on a cluster that is already running (the extractors
are loaded by a warm-up run before timing, as they would be on a long-lived cluster; the
cluster start and the warm-up are reported separately). The two engines take turns,
``--repeat`` times each, and the best run of each counts (other load on the machine
slows both). CPU seconds (this process, the pool's workers, the Dask workers; the
local cluster's scheduler runs in this process) give the overhead independently of
other load on the machine. Overhead is ``pool docs/s / dask docs/s - 1``
at the same number of worker processes, with the pool's start (forking, loading the
extractors; measured on one chunk per worker) left out of its time ("warm"), and
end to end with the cluster start and extractor loading included ("cold").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time

PLACES = ["益阳市", "长沙市", "全市", "中心城区", "各县市区", "赫山区"]
THINGS = ["普惠性托位", "社区养老服务中心", "农村公路", "高标准农田", "充电桩", "保障性住房", "义务教育学位"]
UNITS = ["个", "公里", "万亩", "亿元", "套", "所", "万人次"]
VERBS = ["新增", "建成", "完成", "累计投资", "改造", "惠及"]
WHEN = ["今年以来", "截至目前", "1-10月", "2023年", "去年"]


def make_article(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(8, 20)):
        sentences.append(
            f"{rng.choice(WHEN)}，{rng.choice(PLACES)}{rng.choice(VERBS)}{rng.choice(THINGS)}"
            f"{rng.randint(1, 9999)}{rng.choice(UNITS)}，同比增长{rng.randint(1, 300) / 10:g}%。"
        )
    return "".join(sentences)


def write_corpus(path: str, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "title": f"第{i}篇", "content": make_article(rng)},
                                ensure_ascii=False) + "\n")


def fresh(path: str) -> str:
    shutil.rmtree(path, ignore_errors=True)
    for extra in (path, path + ".errors.jsonl", path + ".journal", path + ".part"):
        if os.path.isfile(extra):
            os.remove(extra)
    return path


def own_cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the pool's workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def worker_cpu(client) -> float:
    """CPU seconds used so far by the worker processes of ``client``'s cluster."""
    return sum(client.run(lambda: time.process_time()).values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--partition-size", type=int, default=250)
    ap.add_argument("--chunk-size", type=int, default=16, help="the process pool's chunk size")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()

    from distributed import Client, LocalCluster

    from newsfacts import dask as nd
    from newsfacts.batch import run_batch

    tmp = tempfile.mkdtemp(prefix="bench_dask_")
    corpus = os.path.join(tmp, "corpus.jsonl")
    write_corpus(corpus, args.docs)
    size = os.path.getsize(corpus)
    print(f"corpus: {args.docs} articles, {size / 1e6:.1f} MB JSONL; {os.cpu_count()} CPUs", flush=True)
    results = []
    try:
        for k in args.workers:
            # the pool's start (fork, one extractor per worker) measured on one chunk per worker
            small = os.path.join(tmp, "small.jsonl")
            write_corpus(small, args.chunk_size * k)
            pool_start = min(run_batch([small], fresh(os.path.join(tmp, "small.parquet")), fmt="parquet",
                                       workers=k, chunk_size=args.chunk_size).seconds for _ in range(args.repeat))
            t = time.monotonic()
            cluster = LocalCluster(n_workers=k, threads_per_worker=1, processes=True, dashboard_address=":0")
            client = Client(cluster)
            started = time.monotonic() - t
            t = time.monotonic()  # the first run: each worker loads its extractor
            nd.run_batch([corpus], fresh(os.path.join(tmp, "warm.parquet")), fmt="parquet", client=client,
                         partition_size=args.partition_size)
            warm = time.monotonic() - t
            # interleaved, so that a change in the machine's load hits both engines alike
            pool, pool_steady, dask_rates, pool_cpu, dask_cpu = [], [], [], [], []
            for _ in range(args.repeat):
                c0 = own_cpu()
                stats = run_batch([corpus], fresh(os.path.join(tmp, "pool.parquet")), fmt="parquet",
                                  workers=k, chunk_size=args.chunk_size)
                pool_cpu.append(own_cpu() - c0)
                pool.append(stats.read / stats.seconds)
                pool_steady.append((stats.read - args.chunk_size * k) / max(stats.seconds - pool_start, 1e-9))
                c0, w0 = own_cpu(), worker_cpu(client)
                stats = nd.run_batch([corpus], fresh(os.path.join(tmp, "dask.parquet")), fmt="parquet",
                                     client=client, partition_size=args.partition_size)
                dask_cpu.append(own_cpu() - c0 + worker_cpu(client) - w0)
                assert stats.read == args.docs and stats.failed == 0
                dask_rates.append(stats.read / stats.seconds)
            client.close()
            cluster.close()
            cold = args.docs / (started + warm)
            row = {"workers": k, "pool_docs_s": max(pool), "pool_steady_docs_s": max(pool_steady),
                   "pool_start_s": pool_start, "dask_docs_s": max(dask_rates), "dask_cold_docs_s": cold,
                   "overhead_pct": 100 * (max(pool_steady) / max(dask_rates) - 1),
                   "cold_overhead_pct": 100 * (max(pool) / cold - 1),
                   "cluster_start_s": started, "warm_up_s": warm,
                   "pool_cpu_s": min(pool_cpu), "dask_cpu_s": min(dask_cpu),
                   "cpu_overhead_pct": 100 * (min(dask_cpu) / min(pool_cpu) - 1),
                   "load_average": os.getloadavg()[0]}
            results.append(row)
            print(f"{k} worker(s): process pool {row['pool_docs_s']:.1f} docs/s end to end "
                  f"({row['pool_steady_docs_s']:.1f} without its {pool_start:.1f} s start); "
                  f"dask {row['dask_docs_s']:.1f} docs/s on a warm cluster, {cold:.1f} docs/s cold "
                  f"(cluster start {started:.1f} s + first run {warm:.1f} s); overhead warm "
                  f"{row['overhead_pct']:+.1f}%, cold {row['cold_overhead_pct']:+.1f}%; CPU seconds pool "
                  f"{row['pool_cpu_s']:.1f}, dask {row['dask_cpu_s']:.1f} (client, scheduler and workers): "
                  f"{row['cpu_overhead_pct']:+.1f}%; load average {row['load_average']:.1f}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if len(results) > 1:
        base = results[0]["dask_docs_s"]
        for row in results[1:]:
            print(f"dask speed-up {row['workers']} vs {results[0]['workers']} worker(s): "
                  f"{row['dask_docs_s'] / base:.2f}x")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"docs": args.docs, "partition_size": args.partition_size, "results": results}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
