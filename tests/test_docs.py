"""The documentation a user is pointed to exists and says what the code does (issue 15)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from newsfacts.models import json_schema

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT / "docs" / "records.md"


def newsfacts(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "newsfacts.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_every_doc_the_readme_names_is_shipped_and_no_missing_spec_is_cited():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"docs/[\w.-]+\.(?:md|png)", readme))
    assert "docs/records.md" in named
    assert [n for n in sorted(named) if not (ROOT / n).is_file()] == []
    help_text = newsfacts("evaluate", "--help").stdout
    assert "docs/records.md" in help_text
    for text in (readme, help_text, newsfacts("--help").stdout):
        assert "spec/claims.md" not in text and "spec section" not in text


def test_records_doc_names_every_field_of_the_schema():
    schema = json_schema()
    fields = set()
    for model in [schema, *schema.get("$defs", {}).values()]:
        fields.update(model.get("properties", {}))
    doc = RECORDS.read_text(encoding="utf-8")
    assert sorted(f for f in fields if f"`{f}`" not in doc) == []


def test_the_gold_example_of_the_records_doc_scores_through_evaluate(tmp_path):
    doc = RECORDS.read_text(encoding="utf-8")
    gold = json.loads(re.search(r"```json\n(.*?)```", doc, re.S).group(1))
    g = gold["claims"][0]
    assert gold["text"][g["start"]:g["end"]] == g["surface"]
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    p = newsfacts("evaluate", "--json", "gold.json", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    scores = json.loads(p.stdout)
    assert (scores["f1"], scores["value_unit_f1"], scores["full_f1"], scores["nonclaim_errors"]) == (1.0, 1.0, 1.0, 0)
    for key in ("precision", "recall", "exact_span", "subject_strict", "status_mark_f1", "change_mark_f1"):
        assert f"`{key}`" in doc, key


def test_readme_and_render_doc_say_which_package_gives_cjk_fonts():
    for path in (ROOT / "README.md", ROOT / "docs" / "render.md"):
        text = path.read_text(encoding="utf-8")
        assert "fonts-noto-cjk" in text and "fonts-wqy-zenhei" in text, path
