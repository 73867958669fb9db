"""Run Microsoft Recognizers-Text (Chinese: number model plus the number-with-unit models)
over articles, in whatever Python has it installed. Called by bench_throughput.py:

    python _recognizers_child.py ARTICLES.json BUDGET_SECONDS

ARTICLES.json is a list of strings. Models are built once and warmed up on the first
article (untimed), then every article goes through each model's ``parse``, in up to three
passes until the time budget is spent. Prints one JSON line for the median pass by rate:
docs, bytes, wall and CPU seconds, results; and load seconds, models, passes.
"""

from __future__ import annotations

import json
import sys
import time

PASSES = 3


def main() -> int:
    path, budget = sys.argv[1], float(sys.argv[2])
    with open(path, encoding="utf-8") as fh:
        texts = json.load(fh)
    t0 = time.perf_counter()
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    culture = Culture.Chinese
    num = NumberRecognizer(culture)
    unit = NumberWithUnitRecognizer(culture)
    models = [num.get_number_model(), unit.get_currency_model(), unit.get_dimension_model(),
              unit.get_age_model(), unit.get_temperature_model()]
    try:  # not every release has a Chinese percentage model
        models.append(num.get_percentage_model())
    except Exception:
        pass
    load = time.perf_counter() - t0
    for model in models:  # warm-up, untimed, as newsfacts is measured after its first article
        model.parse(texts[0])
    passes = []
    started = time.perf_counter()
    for _ in range(PASSES):
        docs = nbytes = results = 0
        w0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            for model in models:
                results += len(model.parse(text))
            docs += 1
            nbytes += len(text.encode("utf-8"))
            if time.perf_counter() - started > budget:
                break
        passes.append({"docs": docs, "bytes": nbytes, "wall": time.perf_counter() - w0,
                       "cpu": time.process_time() - c0, "results": results})
        if time.perf_counter() - started > budget:
            break
    # the median pass by CPU rate (a pass cut short by the budget counts with its own rate)
    best = sorted(passes, key=lambda r: r["bytes"] / r["cpu"])[len(passes) // 2]
    print(json.dumps({**best, "load": load, "models": len(models), "passes": len(passes)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
