"""Throughput of newsfacts against jieba.lcut over the full text and Recognizers-Text.

    .venv/bin/python benchmarks/bench_throughput.py                 # everything, ≥ 5 MB
    .venv/bin/python benchmarks/bench_throughput.py --mb 1 --json out.json
    .venv/bin/python benchmarks/bench_throughput.py --recognizers-python /tmp/rt-venv/bin/python

Run on demand, not in the test suite. One run prints, on the same texts:

* the corpus: the gold and dev fixtures (``tests/fixtures/{dev,gold}/*.json``, key
  ``text``) and the bundled example article, repeated until it holds ``--mb`` MB of UTF-8;
  each repetition is a fresh string object, so nothing remembered for one document
  (the tokenizer's per-document memo) is reused for its copy;
* newsfacts end-to-end (``Extractor().extract``, default settings, all fields) with the
  ``rjieba`` tokenizer (what a default install uses where rjieba has a wheel) and the
  pure-Python ``jieba`` backend (the fallback elsewhere): docs/s and MB/s;
* ``jieba.lcut(text)`` over the full text (jieba's defaults, HMM on) as the baseline;
* Microsoft Recognizers-Text, Chinese number model plus the number-with-unit models, when
  a Python that has it is found (``--recognizers-python``, ``$NEWSFACTS_RT_PYTHON``,
  ``/tmp/rt-venv/bin/python`` or this interpreter); it is slow, so it runs on the distinct
  articles (warmed up on the first, then up to three passes within a time budget, the
  median pass reported) and its rate is extrapolated to the corpus (said so);
* the ratios between them;
* a per-stage profile (text, scan, claims, tokenizer, metadata, records) and the top
  functions by own time;
* peak resident memory of one worker (a fresh process extracting the whole corpus);
* cold start of ``newsfacts extract`` on one article (a new process, caches and bytecode
  on disk, as after ``pip install``) with each tokenizer and with the default one, next
  to ``python -c "import jieba, pydantic"`` with and without ``jieba.initialize()``.

The machine may be shared: newsfacts and jieba are measured in interleaved chunks of the
corpus (each chunk through every contender in turn), and ratios are taken on CPU time of
this process (``time.process_time``), which another process's load disturbs less than
wall time; both are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PY = sys.executable


# ---------------------------------------------------------------------- corpus
def articles() -> list[str]:
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "gold", "*.json"))
                       + glob.glob(os.path.join(ROOT, "tests", "fixtures", "dev", "*.json"))):
        with open(path, encoding="utf-8") as fh:
            texts.append(json.load(fh)["text"])
    example = os.path.join(ROOT, "src", "newsfacts", "data", "example.txt")
    if os.path.exists(example):
        with open(example, encoding="utf-8") as fh:
            texts.append(fh.read())
    return texts


def corpus(mb: float) -> tuple[list[str], int, int]:
    """Articles repeated (fresh string objects) until ``mb`` MB; also the number of unique
    articles and of repetitions."""
    base = articles()
    target = int(mb * 1_000_000)
    out: list[str] = []
    size = reps = 0
    while size < target:
        reps += 1
        for t in base:
            copy = (t + " ")[:-1]  # a new object with the same text
            out.append(copy)
            size += len(copy.encode("utf-8"))
    return out, len(base), reps


def nbytes(texts) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


# ---------------------------------------------------------------------- throughput
def throughput(texts: list[str], backends: list[str], chunks: int) -> dict[str, dict[str, float]]:
    import jieba
    import logging

    from newsfacts.extractor import Extractor

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    runners = {"jieba.lcut": jieba.lcut}
    for b in backends:
        ex = Extractor(tokenizer=b)
        ex.extract(texts[0])  # warm
        runners[f"newsfacts[{b}]"] = ex.extract
    jieba.lcut(texts[0])
    wall = {k: 0.0 for k in runners}
    cpu = {k: 0.0 for k in runners}
    size = max(1, len(texts) // chunks)
    for i in range(0, len(texts), size):
        part = texts[i:i + size]
        for name, fn in runners.items():
            w0, c0 = time.perf_counter(), time.process_time()
            for t in part:
                fn(t)
            wall[name] += time.perf_counter() - w0
            cpu[name] += time.process_time() - c0
    n, mb = len(texts), nbytes(texts) / 1e6
    return {k: {"docs": n, "mb": mb, "wall": wall[k], "cpu": cpu[k], "docs_s": n / cpu[k], "mb_s": mb / cpu[k],
                "docs_s_wall": n / wall[k], "mb_s_wall": mb / wall[k]} for k in runners}


# ---------------------------------------------------------------------- recognizers
def recognizers_python(arg: str | None) -> str | None:
    cands = [arg, os.environ.get("NEWSFACTS_RT_PYTHON"), "/tmp/rt-venv/bin/python", PY]
    for c in cands:
        if not c or not os.path.exists(c):
            continue
        ok = subprocess.run([c, "-c", "import recognizers_number, recognizers_number_with_unit"],
                            capture_output=True).returncode == 0
        if ok:
            return c
    return None


def recognizers(texts: list[str], python: str | None, budget: float) -> dict | None:
    if python is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(texts, fh, ensure_ascii=False)
        path = fh.name
    try:
        proc = subprocess.run([python, os.path.join(HERE, "_recognizers_child.py"), path, str(budget)],
                              capture_output=True, text=True)
    finally:
        os.unlink(path)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:]}
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    r["python"] = python
    r["mb_s"] = r["bytes"] / 1e6 / r["cpu"]
    r["docs_s"] = r["docs"] / r["cpu"]
    r["mb_s_wall"] = r["bytes"] / 1e6 / r["wall"]
    return r


# ---------------------------------------------------------------------- profile
def stage_profile(texts: list[str], backend: str) -> tuple[dict[str, float], str]:
    """Seconds per stage (tokenizer time taken out of the stage that asked for it)."""
    import newsfacts.extractor as E

    ex = E.Extractor(tokenizer=backend)
    ex.extract(texts[0])
    acc: dict[str, float] = {}
    current: list[str] = []

    def timed(name, fn):
        def run(*a, **k):
            current.append(name)
            t0 = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                acc[name] = acc.get(name, 0.0) + time.process_time() - t0
                current.pop()
        return run

    tok_time = {"t": 0.0}
    cut = ex.tokenizer._cut

    def tok_cut(*a, **k):
        t0 = time.process_time()
        try:
            return cut(*a, **k)
        finally:
            dt = time.process_time() - t0
            tok_time["t"] += dt
            if current:
                acc[current[-1] + " (tokenizer)"] = acc.get(current[-1] + " (tokenizer)", 0.0) + dt

    saved = (E.analyse, E.read_metadata, E.Document, ex.scanner.scan, ex.claim_builder.build, ex.tokenizer._cut)
    E.analyse = timed("text (furniture, sentences, clauses)", E.analyse)
    E.read_metadata = timed("metadata", E.read_metadata)
    E.Document = timed("records (pydantic Document)", E.Document)
    ex.scanner.scan = timed("scan (quantities)", ex.scanner.scan)
    ex.claim_builder.build = timed("claims (incl. pydantic Claim)", ex.claim_builder.build)
    ex.tokenizer._cut = tok_cut
    try:
        t0 = time.process_time()
        for t in texts:
            ex.extract(t)
        total = time.process_time() - t0
    finally:
        (E.analyse, E.read_metadata, E.Document, ex.scanner.scan, ex.claim_builder.build,
         ex.tokenizer._cut) = saved
    for stage in ("scan (quantities)", "claims (incl. pydantic Claim)"):
        if stage + " (tokenizer)" in acc:
            acc[stage] -= acc[stage + " (tokenizer)"]
    acc["total"] = total
    acc["other (hash, glue)"] = total - sum(v for k, v in acc.items() if k != "total")
    # top functions by own time on the same texts
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        ex.extract(t)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(12)
    lines = [ln for ln in out.getvalue().splitlines() if ln.strip()]
    start = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls")), 0)
    return acc, "\n".join(lines[start:start + 13]).replace(ROOT + "/", "")


# ---------------------------------------------------------------------- memory, cold start
_WORKER = r"""
import json, resource, sys
sys.path.insert(0, {here!r})
from bench_throughput import articles
from newsfacts.extractor import Extractor
base = articles()
target = int({mb} * 1_000_000)
ex = Extractor(tokenizer={backend!r})
size = docs = 0
while size < target:
    for t in base:
        t = (t + " ")[:-1]
        ex.extract(t)
        size += len(t.encode("utf-8")); docs += 1
def hwm():
    # VmHWM: this process's own peak; ru_maxrss would also count the parent's image
    # that fork copied before exec
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"docs": docs, "maxrss_mb": hwm()}}))
"""


def peak_memory(backend: str, mb: float) -> dict:
    proc = subprocess.run([PY, "-c", _WORKER.format(here=HERE, mb=mb, backend=backend)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _timed_run(cmd: list[str], env: dict, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _installed_env(**extra) -> dict[str, str]:
    """The environment of a cold run: bytecode written and read (a machine that sets
    PYTHONDONTWRITEBYTECODE would compile an editable install's sources on every start,
    which an installed package, compiled by pip, never does), caches on disk."""
    env = dict(os.environ, **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def cold_start(runs: int, backends: list[str]) -> dict[str, float]:
    exe = os.path.join(os.path.dirname(PY), "newsfacts")
    cli = [exe] if os.path.exists(exe) else [PY, "-m", "newsfacts.cli"]
    article = os.path.join(ROOT, "tests", "fixtures", "dev", sorted(os.listdir(os.path.join(ROOT, "tests", "fixtures", "dev")))[0])
    with open(article, encoding="utf-8") as fh:
        text = json.load(fh)["text"]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
        path = fh.name
    out = {}
    try:
        # "default": no $NEWSFACTS_TOKENIZER, what a plain install runs (rjieba picked by
        # ``auto`` is loaded only after a few articles, so one article is cut by jieba)
        for b in backends + ["default"]:
            env = _installed_env(NEWSFACTS_TOKENIZER=b)
            if b == "default":
                env.pop("NEWSFACTS_TOKENIZER")
            subprocess.run(cli + ["extract", path], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)  # caches on disk
            out[f"newsfacts extract [{b}]"] = _timed_run(cli + ["extract", path], env, runs)
        env = _installed_env()
        out["python: import jieba, pydantic"] = _timed_run([PY, "-c", "import jieba, pydantic"], env, runs)
        out["python: import jieba, pydantic; jieba.initialize()"] = _timed_run(
            [PY, "-c", "import jieba, pydantic, logging; jieba.setLogLevel(logging.WARNING); jieba.initialize()"],
            env, runs)
        out["python: (interpreter only)"] = _timed_run([PY, "-c", "pass"], env, runs)
    finally:
        os.unlink(path)
    return out


# ---------------------------------------------------------------------- main
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of UTF-8 (default 5)")
    ap.add_argument("--chunks", type=int, default=20, help="interleaved chunks (default 20)")
    ap.add_argument("--recognizers-python", help="a Python with recognizers-text-number(-with-unit)")
    ap.add_argument("--recognizers-budget", type=float, default=60.0, help="seconds of Recognizers work (default 60)")
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args(argv)

    from newsfacts.tokens import rjieba_available

    backends = ["jieba"] + (["rjieba"] if rjieba_available() else [])
    texts, unique, reps = corpus(args.mb)
    mb = nbytes(texts) / 1e6
    result: dict = {"corpus": {"docs": len(texts), "mb": mb, "unique_articles": unique, "repetitions": reps}}
    print(f"corpus: {unique} articles (tests/fixtures/gold + dev, bundled example), repeated {reps}x "
          f"to {len(texts)} docs, {mb:.2f} MB UTF-8 (each copy a fresh string)")
    if not rjieba_available():
        print("rjieba not installed (no wheel for this platform?): only the pure-Python jieba backend is measured")

    tp = throughput(texts, backends, args.chunks)
    result["throughput"] = tp
    print("\nthroughput (CPU time of this process; wall time in brackets), same texts, interleaved chunks:")
    for name, r in tp.items():
        print(f"  {name:20s} {r['docs_s']:8.1f} docs/s {r['mb_s']:7.3f} MB/s   "
              f"[wall {r['docs_s_wall']:7.1f} docs/s {r['mb_s_wall']:7.3f} MB/s]")

    rt_py = recognizers_python(args.recognizers_python)
    rt = None
    if rt_py is None:
        print("  Recognizers-Text: skipped (no Python with recognizers-text-number and "
              "recognizers-text-number-with-unit; install them in a venv and pass --recognizers-python)")
    else:
        rt = recognizers(texts[:unique], rt_py, args.recognizers_budget)
        result["recognizers"] = rt
        if "error" in rt:
            print(f"  Recognizers-Text: failed: {rt['error']}")
            rt = None
        else:
            sub = "the whole corpus" if rt["docs"] >= len(texts) else (
                f"a subset: the first {rt['docs']} articles, {rt['bytes'] / 1e6:.3f} MB "
                f"(its rate is extrapolated to the corpus)")
            print(f"  {'Recognizers-Text':20s} {rt['docs_s']:8.2f} docs/s {rt['mb_s']:7.4f} MB/s   "
                  f"[wall {rt['docs'] / rt['wall']:7.2f} docs/s {rt['mb_s_wall']:7.4f} MB/s]  "
                  f"({rt['models']} Chinese models, built once in {rt['load']:.2f} s, warmed up; median of "
                  f"{rt.get('passes', 1)} passes on {sub}; "
                  f"whole corpus would take ~{mb / rt['mb_s'] / 60:.1f} min)")

    base = tp["jieba.lcut"]["mb_s"]
    print("\nratios (MB/s over MB/s, CPU time):")
    ratios = {}
    for b in backends:
        r = tp[f"newsfacts[{b}]"]["mb_s"]
        ratios[f"newsfacts[{b}] / jieba.lcut"] = r / base
        if rt:
            ratios[f"newsfacts[{b}] / Recognizers-Text"] = r / rt["mb_s"]
    if rt:
        ratios["jieba.lcut / Recognizers-Text"] = base / rt["mb_s"]
    for k, v in ratios.items():
        print(f"  {k:40s} {v:7.2f}x")
    result["ratios"] = ratios

    prof_texts = [(t + " ")[:-1] for t in texts[: unique * 3]]
    for b in backends:
        stages, top = stage_profile(prof_texts, b)
        result.setdefault("stages", {})[b] = stages
        total = stages["total"]
        print(f"\nper-stage profile, newsfacts[{b}], {len(prof_texts)} docs (CPU ms per doc, share):")
        for k, v in sorted(stages.items(), key=lambda kv: -kv[1]):
            if k == "total":
                continue
            print(f"  {k:45s} {1000 * v / len(prof_texts):7.2f} ms {100 * v / total:5.1f} %")
        print(f"  {'total':45s} {1000 * total / len(prof_texts):7.2f} ms")
        print("  top functions by own time (cProfile, same docs):\n    " + top.replace("\n", "\n    "))

    if not args.skip_memory:
        print("\npeak resident memory of one worker (fresh process, Extractor over the whole corpus):")
        for b in backends:
            m = peak_memory(b, args.mb)
            result.setdefault("memory", {})[b] = m
            if "error" in m:
                print(f"  newsfacts[{b}]: failed: {m['error']}")
            else:
                print(f"  newsfacts[{b}] {m['maxrss_mb']:7.1f} MB peak RSS ({m['docs']} docs)")

    cs = cold_start(args.cold_runs, backends)
    result["cold_start"] = cs
    print(f"\ncold start (new process, caches on disk, median of {args.cold_runs}), one article:")
    for k, v in cs.items():
        print(f"  {k:55s} {v:6.3f} s")
    ref = cs["python: import jieba, pydantic; jieba.initialize()"]
    ref0 = cs["python: import jieba, pydantic"]
    for b in backends + ["default"]:
        v = cs[f"newsfacts extract [{b}]"]
        print(f"  newsfacts extract [{b}] - (import jieba, pydantic + initialize): {v - ref:+.3f} s; "
              f"- (import jieba, pydantic): {v - ref0:+.3f} s")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
