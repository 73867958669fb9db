"""Run Microsoft Recognizers-Text (Chinese: number model plus the number-with-unit models)
over articles, in whatever Python has it installed. Called by bench_throughput.py:

    python _recognizers_child.py ARTICLES.json BUDGET_SECONDS

ARTICLES.json is a list of strings. Models are built once, then every article goes through
each model's ``parse`` until the list ends or the time budget is spent. Prints one JSON
line: docs, bytes, wall and CPU seconds, results, load seconds.
"""

from __future__ import annotations

import json
import sys
import time


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
    docs = nbytes = results = 0
    w0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        for model in models:
            results += len(model.parse(text))
        docs += 1
        nbytes += len(text.encode("utf-8"))
        if time.perf_counter() - w0 > budget:
            break
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(json.dumps({"docs": docs, "bytes": nbytes, "wall": wall, "cpu": cpu, "results": results,
                      "load": load, "models": len(models)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
