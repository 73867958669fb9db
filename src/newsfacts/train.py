"""Train the scorers: ``python -m newsfacts.train`` regenerates ``data/confidence.json``
(the confidence of a claim), ``data/subject_boundary.json`` (where a subject starts),
``data/subject_reach.json`` (where one after its amount ends), ``data/subject_trim.json``
(where one before its amount ends) and ``data/subject_pick.json`` (which phrase around an
amount is its subject) bit for bit from the repository's gold.

The scorer must be calibrated for articles the rules were not tuned on, so it learns from
the rules' output on gold sets *before* the rules were tuned on them: for each gold set,
``tests/fixtures/unseen/<set>.jsonl`` holds the records that the code of the commit before
the set arrived gave for its articles (``benchmarks/unseen_records.py`` rebuilds them from
the git history). Each predicted claim is labelled fully right or not against the gold
(:func:`newsfacts.evaluate.verdicts`); a claim matching an optional gold claim is left out.

The model is an L2-regularised logistic regression fitted by Newton's method in plain
Python, in a fixed order: no randomness, so the weights repeat exactly.

The subject-boundary scorer (:mod:`newsfacts.subject_score`) learns from the same unseen
records: for each predicted subject standing before its amount, the candidate starts
around the rules' start, those the gold accepts being the right ones. It is a conditional
logit fitted by AdaGrad in a fixed order (no randomness either). ``--cv`` also reports, set
by set, how many subjects it would have fixed and broken on each held-out set. The subject
ranker (:mod:`subject_pick`) is a conditional logit of the same kind over the phrases
around each amount; ``--cv`` reports it over five folds of sets.

    python -m newsfacts.train            # write src/newsfacts/data/confidence.json (from a checkout)
    python -m newsfacts.train --check    # exit 1 unless the shipped weights are what training gives
    python -m newsfacts.train --cv       # leave-one-set-out: calibration and subject fixes per held-out set
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Optional

from . import subject_pick, subject_score
from .confidence import CueWords, DocEvidence, features, sigmoid
from .evaluate import CONFIDENT, gold_subjects, load_gold, subject_key, verdicts
from .models import Claim, Document
from .resources import Resources, data_path
from .scan import Scanner
from .text import analyse
from .tokens import Tokenizer

# run from a checkout of the repository (the gold is not installed with the package)
GOLD = Path("tests") / "fixtures" / "gold"
UNSEEN = Path("tests") / "fixtures" / "unseen"
L2 = 1.0
# the calibration's held-out logits: sets dealt round into this many folds, each fitted without
# its own (leave-one-set-out cost a fit for every set, and the sets keep coming)
CALIBRATION_FOLDS = 10
ITERATIONS = 25  # at most; the fit stops once no step moves a weight by CONVERGED
CONVERGED = 1e-10
# the subject-boundary scorer: AdaGrad epochs, step and L2, and the margin (in probability) by
# which it must prefer another start over the rules'. Chosen by leave-one-set-out over sets
# C–AE (eleventh session): 286 subjects fixed and 57 broken on the held-out sets (rate 0.3:
# 299 and 73; L2 1e-2: 233 and 38; margins 0.3–0.5 alike)
BOUNDARY_EPOCHS = 30
BOUNDARY_RATE = 0.1
BOUNDARY_L2 = 1e-3
BOUNDARY_MARGIN = 0.4
# the subject ranker (:mod:`subject_pick`): AdaGrad epochs, the number of subjects a feature
# must be seen with to be kept, the margin, and the digits its weights keep. Chosen by
# five-fold cross-validation over sets (twenty-second session, 23,837 subjects of sets A–DZ,
# phrases of up to five words): margin 0.2 fixes 1,993 and breaks 315 (0.0: 2,387 and 604;
# 0.4: 1,496 and 145); features seen at least 5 times (56,428) beat dropping the word-pair
# features (3 times: 1,806 and 306). With phrases of up to four words (the shipped ranker,
# a tenth cheaper, and a window of at most 160 characters before the amount) and sets A–EE:
# 1,846 fixed and 312 broken of 24,769 (`--cv`). Twenty-eighth session: trained on sets A–HC
# (every set's first records), features seen with at least 8 subjects keep the weights file under
# 2 MB (5 gave 2.1 MB); trained on A–GF, 5, 6 and 8 fixed 64, 65 and 66 subjects of the later sets
# GI–GW and broke 34, 35 and 35 against the weights trained on A–EE.
PICK_EPOCHS = 8
PICK_MIN_COUNT = 8
PICK_MARGIN = 0.2
PICK_DIGITS = 4
PICK_FOLDS = 5
_CLAIM_FIELDS = set(Claim.model_fields)


def _claim(rec: dict) -> Claim:
    return Claim.model_validate({k: v for k, v in rec.items() if k in _CLAIM_FIELDS and k != "confidence"})


def _records(gold_dir: Path, unseen_dir: Path):
    """(set name, gold article, rules' claims) for every record of every unseen file."""
    golds = {g["doc_id"]: g for g in load_gold([gold_dir])}
    for path in sorted(unseen_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            yield path.stem, golds[rec["doc_id"]], [_claim(c) for c in rec["claims"]]


def examples(gold_dir: Path = GOLD, unseen_dir: Path = UNSEEN) -> list[tuple[str, dict[str, float], bool]]:
    """(set name, features, fully right) for every predicted claim of every unseen record file."""
    res = Resources.load()
    cues = CueWords(res.cues, res.predicates)
    out: list[tuple[str, dict[str, float], bool]] = []
    for name, gold, claims in _records(gold_dir, unseen_dir):
        doc = Document.model_construct(doc_id=gold["doc_id"], claims=claims)
        ev = DocEvidence(res.fold_text(gold["text"]), claims, cues, gold["text"])
        for claim, right in verdicts(gold, doc):
            if right is not None:
                out.append((name, features(claim, ev), right))
    return out


# (set name, candidate features, index of the rules' start, indices the gold accepts)
BoundaryExample = tuple[str, list[list[str]], int, frozenset[int]]


# (set name, candidate features, index of the rules' end, indices the gold accepts)
ReachExample = BoundaryExample


def boundary_examples(gold_dir: Path = GOLD, unseen_dir: Path = UNSEEN) -> tuple[list[BoundaryExample], list[ReachExample], list[ReachExample], list[BoundaryExample]]:
    """The subject scorers' examples, from every predicted claim matched to a gold claim
    with a subject: for the start scorer, the subjects before their amount in its clause
    with their candidate starts; for the end scorer, those after it with their candidate
    ends; for the trim scorer, those before it with their candidate ends; for the ranker,
    every claim with the phrases around its amount."""
    res = Resources.load()
    tok = Tokenizer(terms=res.terms, delete=res.jieba_delete)
    scanner = Scanner(res, word_check=tok.word_crosses)
    words = subject_score.WordClasses(res.places, res.classifiers)
    starts_out: list[BoundaryExample] = []
    ends_out: list[ReachExample] = []
    trims_out: list[ReachExample] = []
    picks_out: list[BoundaryExample] = []
    ranker = subject_pick.PhraseRanker({}, PICK_MARGIN, res.places)
    for name, gold, claims in _records(gold_dir, unseen_dir):
        page = analyse(gold["text"], res)
        blocked = scanner.scan(page).blocked()
        doc = Document.model_construct(doc_id=gold["doc_id"], claims=claims)
        text = gold["text"]
        for claim, names in gold_subjects(gold, doc):
            subj, q = claim.subject, claim.quantity
            spans, feats, r = ranker.features(page, tok, blocked, (q.start, q.end), subj and (subj.start, subj.end))
            if spans:
                picks_out.append((name, feats, r, frozenset(k for k, (a, b) in enumerate(spans) if subject_key(text[a:b]) in names)))
            if subj is None:
                continue
            if subject_score.applies(page, subj.start, subj.end, q.start):
                starts, feats, r = subject_score.weigh(page, tok, blocked, subj.start, subj.end, q.start, words)
                starts_out.append((name, feats, r, frozenset(k for k, c in enumerate(starts) if subject_key(text[c:subj.end]) in names)))
                got = subject_score.trim(page, tok, blocked, subj.start, subj.end, q.start, single=True)
                if got is not None:
                    ends, feats, r = got
                    trims_out.append((name, feats, r, frozenset(k for k, b in enumerate(ends) if subject_key(text[subj.start:b]) in names)))
            elif subject_score.applies_after(page, subj.start, subj.end, q.end):
                got = subject_score.reach(page, tok, blocked, subj.start, subj.end)
                if got is not None:
                    ends, feats, r = got
                    ends_out.append((name, feats, r, frozenset(k for k, b in enumerate(ends) if subject_key(text[subj.start:b]) in names)))
    return starts_out, ends_out, trims_out, picks_out


def fit_boundary(rows: Iterable[BoundaryExample], epochs: int = BOUNDARY_EPOCHS, rate: float = BOUNDARY_RATE,
                 l2: float = BOUNDARY_L2, digits: int = 6) -> dict[str, float]:
    """Weights of the conditional logit over candidates (AdaGrad, fixed order, rounded to
    ``digits``); an example whose right candidates are none of its candidates teaches
    nothing. Feature names are numbered first, so the epochs run over lists."""
    index: dict[str, int] = {}
    coded = [([[index.setdefault(n, len(index)) for n in f] for f in feats], right)
             for _, feats, _, right in rows if right]
    w, g2 = [0.0] * len(index), [0.0] * len(index)
    for _ in range(epochs):
        for feats, right in coded:
            ps = subject_score.softmax([sum([w[n] for n in f]) for f in feats])
            p_right = sum(ps[k] for k in right)
            grad: dict[int, float] = {}
            for k, f in enumerate(feats):
                coef = ps[k] - (ps[k] / p_right if k in right else 0.0)
                for n in f:
                    grad[n] = grad.get(n, 0.0) + coef
            for n, gv in grad.items():
                gv += l2 * w[n]
                g2[n] += gv * gv
                w[n] -= rate * gv / math.sqrt(g2[n] + 1e-8)
    names = sorted(index)
    return {n: round(w[index[n]], digits) for n in names if round(w[index[n]], digits)}


def boundary_choice(weights: dict[str, float], feats: list[list[str]], r: int, margin: float = BOUNDARY_MARGIN) -> int:
    """The candidate the scorer takes (the rules' ``r`` unless another leads by ``margin``)."""
    return subject_score.choose(weights, feats, r, margin)


def boundary_model(ex: list[BoundaryExample], what: str = "starts") -> dict:
    """A subject scorer's weights file content (``what``: the candidates it weighs)."""
    return {
        "margin": BOUNDARY_MARGIN,
        "model": "conditional logit over candidate %s, AdaGrad %d epochs, rate %g, L2 %g" % (what, BOUNDARY_EPOCHS, BOUNDARY_RATE, BOUNDARY_L2),
        "trained_on": sorted({s for s, *_ in ex}),
        "subjects": len(ex),
        "weights": fit_boundary(ex),
    }


def boundary_cross_validate(ex: list[BoundaryExample], what: str = "starts") -> list[dict]:
    """Leave one gold set out: subjects the scorer fixes and breaks on the held-out set."""
    out = []
    for held in sorted({s for s, *_ in ex}):
        w = fit_boundary(e for e in ex if e[0] != held)
        test = [e for e in ex if e[0] == held]
        picks = [(boundary_choice(w, feats, r), r, right) for _, feats, r, right in test]
        out.append({"scorer": what, "set": held, "subjects": len(test),
                    "fixed": sum(k in right and r not in right for k, r, right in picks),
                    "broken": sum(r in right and k not in right for k, r, right in picks)})
    out.append({"scorer": what, "set": "pooled", **{k: sum(row[k] for row in out) for k in ("subjects", "fixed", "broken")}})
    return out


def frequent(ex: list[BoundaryExample], min_count: int = PICK_MIN_COUNT) -> list[BoundaryExample]:
    """The examples with only the features seen with at least ``min_count`` of them."""
    seen: dict[str, int] = {}
    for _, feats, _, _ in ex:
        for n in set().union(*feats):
            seen[n] = seen.get(n, 0) + 1
    return [(s, [[n for n in f if seen[n] >= min_count] for f in feats], r, right) for s, feats, r, right in ex]


def fit_pick(ex: list[BoundaryExample]) -> dict[str, float]:
    """The subject ranker's weights."""
    return fit_boundary(frequent(ex), epochs=PICK_EPOCHS, digits=PICK_DIGITS)


def pick_model(ex: list[BoundaryExample]) -> dict:
    """The subject ranker's weights file content."""
    return {
        "margin": PICK_MARGIN,
        "model": "conditional logit over the phrases around an amount, AdaGrad %d epochs, rate %g, L2 %g, "
                 "features seen with at least %d subjects" % (PICK_EPOCHS, BOUNDARY_RATE, BOUNDARY_L2, PICK_MIN_COUNT),
        "trained_on": sorted({s for s, *_ in ex}),
        "subjects": len(ex),
        "weights": fit_pick(ex),
    }


def pick_cross_validate(ex: list[BoundaryExample], folds: int = PICK_FOLDS) -> list[dict]:
    """Sets dealt round into ``folds`` folds; each fold held out in turn: subjects the
    rules got right, and those the ranker fixes and breaks."""
    sets = sorted({s for s, *_ in ex})
    fold_of = {s: k % folds for k, s in enumerate(sets)}
    out = []
    for k in range(folds):
        w = fit_pick([e for e in ex if fold_of[e[0]] != k])
        test = [e for e in ex if fold_of[e[0]] == k]
        picks = [(r if r is None else subject_score.choose(w, feats, r, PICK_MARGIN), r, right) for _, feats, r, right in test]
        out.append({"scorer": "ranker", "set": f"fold{k + 1}", "subjects": len(test),
                    "rules_right": sum(r in right for _, r, right in picks),
                    "fixed": sum(p in right and r not in right for p, r, right in picks),
                    "broken": sum(r in right and p not in right for p, r, right in picks)})
    out.append({"scorer": "ranker", "set": "pooled", **{key: sum(row[key] for row in out) for key in ("subjects", "rules_right", "fixed", "broken")}})
    return out


def fit(rows: list[tuple[dict[str, float], bool]], l2: float = L2, iterations: int = ITERATIONS,
        start: Optional[dict[str, float]] = None) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression (Newton's method, fixed order, until
    converged or ``iterations`` steps), from ``start`` (a nearby fit's weights) or zero."""
    names = sorted({k for f, _ in rows for k in f})
    index = {k: i for i, k in enumerate(names)}
    data = [(sorted((index[k], v) for k, v in f.items()), 1.0 if y else 0.0) for f, y in rows]
    w = [(start or {}).get(k, 0.0) for k in names]
    for _ in range(iterations):
        grad = [l2 * w[i] if names[i] != "bias" else 0.0 for i in range(len(names))]
        hess = [[0.0] * len(names) for _ in names]
        for i in range(len(names)):
            hess[i][i] = l2 if names[i] != "bias" else 1e-6
        for x, y in data:
            z = sum(w[i] * v for i, v in x)
            p = sigmoid(z)
            r = p * (1.0 - p)
            for i, v in x:
                grad[i] += (p - y) * v
                row = hess[i]
                for j, u in x:
                    row[j] += r * v * u
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(map(abs, step), default=0.0) < CONVERGED:
            break  # Newton has converged: more steps move no weight at the 6 decimals kept
    return {k: round(w[i], 6) for k, i in index.items()}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b (Gaussian elimination with partial pivoting; a is positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            if factor:
                m[r] = [x - factor * y for x, y in zip(m[r], m[col])]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def predict(weights: dict[str, float], f: dict[str, float], scale: float = 1.0, shift: float = 0.0) -> float:
    z = scale * _logit(weights, f) + shift
    return sigmoid(z)


_FOLDS: tuple = ((), None)  # (examples with their fold, start weights) that forked fold workers read


def _fold(held: int) -> list[tuple[str, float, bool]]:
    """(set, logit, fully right) of the claims of fold ``held``, from a model fitted without them."""
    ex, start = _FOLDS
    w = fit([(f, y) for k, (s, f, y) in ex if k != held], start=start)
    return [(s, _logit(w, f), y) for k, (s, f, y) in ex if k == held]


def out_of_fold(ex: list, start: Optional[dict[str, float]] = None, folds: int = CALIBRATION_FOLDS) -> list[tuple[str, float, bool]]:
    """(set, logit, fully right) of every claim, from a model trained without its set: the
    sets, sorted, are dealt round into ``folds`` folds and each fold is fitted without its own
    sets (Newton started from ``start``, the weights of all of ``ex``: a few steps away). The
    folds are fitted in two forked processes where the platform forks (the same numbers as
    one process: each fold is fitted alone, in a fixed order of its own)."""
    global _FOLDS
    sets = sorted({s for s, _, _ in ex})
    fold_of = {s: k % folds for k, s in enumerate(sets)}
    _FOLDS = ([(fold_of[e[0]], e) for e in ex], start)
    held = range(min(folds, len(sets)))
    try:
        if (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods():
            with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
                parts = list(pool.map(_fold, held))
        else:
            parts = [_fold(k) for k in held]
    finally:
        _FOLDS = ((), None)
    return [row for part in parts for row in part]


def platt(scored: list[tuple[float, bool]]) -> tuple[float, float]:
    """(a, b) of ``sigmoid(a·z + b)`` fitted on held-out logits: the scores' calibration."""
    w = fit([({"z": z, "bias": 1.0}, y) for z, y in scored], l2=0.0)
    return w["z"], w["bias"]


def _logit(weights: dict[str, float], f: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in f.items())


def model(ex: Optional[list] = None) -> dict:
    """The weights file's content: weights, their calibration and how they were trained."""
    ex = ex if ex is not None else examples()
    weights = fit([(f, y) for _, f, y in ex])
    a, b = platt([(z, y) for _, z, y in out_of_fold(ex, weights)])
    return {
        "calibration": {"scale": round(a, 6), "shift": round(b, 6)},
        "model": "logistic regression, L2 %g, Newton %d steps; Platt scaling on held-out logits, %d folds of sets" % (L2, ITERATIONS, CALIBRATION_FOLDS),
        "trained_on": sorted({s for s, _, _ in ex}),
        "claims": len(ex),
        "fully_right": sum(y for _, _, y in ex),
        "weights": dict(sorted(weights.items())),
    }


def dumps(content: dict) -> str:
    return json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def cross_validate(ex: list) -> list[dict]:
    """Leave one gold set out: train on the others, score the held-out set's claims."""
    out = []
    for held in sorted({s for s, _, _ in ex}):
        rest = [e for e in ex if e[0] != held]
        w = fit([(f, y) for _, f, y in rest])
        a, b = platt([(z, y) for _, z, y in out_of_fold(rest, w)])
        test = [(predict(w, f, a, b), y) for s, f, y in ex if s == held]
        out.append(calibration(held, test))
    pooled = [(p, y) for row in out for p, y in row.pop("scored")]
    out.append(calibration("pooled", pooled))
    out[-1].pop("scored")
    return out


def calibration(name: str, scored: Iterable[tuple[float, bool]]) -> dict:
    """Share fully right among claims at ≥ CONFIDENT, and overall, for one set."""
    scored = list(scored)
    hi = [y for p, y in scored if p >= CONFIDENT]
    return {
        "scored": scored,
        "set": name,
        "claims": len(scored),
        "right": round(sum(y for _, y in scored) / len(scored), 3) if scored else 0.0,
        "confident": len(hi),
        "confident_right": round(sum(hi) / len(hi), 3) if hi else 0.0,
        "mean_confidence": round(sum(p for p, _ in scored) / len(scored), 3) if scored else 0.0,
    }


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsfacts.train", description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 unless the shipped weights repeat")
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out calibration report")
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold folder (default: %(default)s)")
    ap.add_argument("--unseen", type=Path, default=UNSEEN, help="unseen records folder (default: %(default)s)")
    args = ap.parse_args(argv)
    if not args.unseen.is_dir():
        ap.error(f"{args.unseen} is not a folder: run from a checkout of the repository")
    ex = examples(args.gold, args.unseen)
    bex, rex, tex, pex = boundary_examples(args.gold, args.unseen)
    if args.cv:
        for row in cross_validate(ex) + boundary_cross_validate(bex) + boundary_cross_validate(rex, "ends") \
                + boundary_cross_validate(tex, "trimmed ends") + pick_cross_validate(pex):
            print(" ".join(f"{k}={v}" for k, v in row.items()))
        return 0
    outputs = [("confidence.json", dumps(model(ex)), f"{len(ex)} claims"),
               ("subject_boundary.json", dumps(boundary_model(bex)), f"{len(bex)} subjects"),
               ("subject_reach.json", dumps(boundary_model(rex, "ends")), f"{len(rex)} subjects"),
               ("subject_trim.json", dumps(boundary_model(tex, "trimmed ends")), f"{len(tex)} subjects"),
               ("subject_pick.json", dumps(pick_model(pex)), f"{len(pex)} subjects")]
    if args.check:
        failed = 0
        for name, text, _ in outputs:
            target = data_path(name)
            same = target.exists() and target.read_text(encoding="utf-8") == text
            print(f"{name} repeats" if same else f"{name} differs from what training gives")
            failed += not same
        return 1 if failed else 0
    for name, text, count in outputs:
        target = data_path(name)
        write_atomic(target, text)
        print(f"wrote {target} from {count}")
    return 0


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``target``, then rename it over."""
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)


if __name__ == "__main__":
    sys.exit(main())
