"""The report in a real browser: headless Chromium (Debian's ``chromium`` package).

The page carries a check that runs only when it is opened with ``?selftest``: it scrolls
to every highlight and records whether it is on screen and hit-testable, then clicks each
column header of the claims table twice and records the cell texts. Chromium's
``--dump-dom`` prints the resulting DOM; the assertions below compare it with what the
Document says, computed here in Python.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

from newsfacts.render import render, write_atomic
from test_render import FIXTURES, fixture_document, parse

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,900",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium not installed (Debian package 'chromium'; .ci/run installs it)",
)


def selftest(page_path: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="nf-chromium-") as profile:
        proc = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom",
             page_path.resolve().as_uri() + "?selftest=1"],
            capture_output=True, text=True, timeout=90,
        )
    m = re.search(r'<pre id="nf-selftest">(.*?)</pre>', proc.stdout, re.S)
    assert m, f"no selftest output (exit {proc.returncode}): {proc.stderr[-2000:]}"
    return json.loads(html.unescape(m.group(1)))


def _number(cell: str):
    cell = cell.split("–")[0].replace(",", "")
    return Decimal(cell) if cell else None


def test_highlights_on_screen_and_table_sorts(tmp_path):
    path = next(p for p in FIXTURES if p.stem == "yiyang-minsheng")
    doc, text = fixture_document(path)
    # Make some claims planned so both quantity styles are on the page.
    for c in doc.claims[::3]:
        c.status = "planned"
    page = render(doc, text)
    report = tmp_path / "report.html"
    write_atomic(str(report), page)
    out = selftest(report)

    # Every highlight the markup holds is on screen, visible and hit-testable in turn.
    # (skipped page furniture is greyed text, not a highlight: the self-test leaves it out)
    expected = sorted((m["data-kind"], int(m["data-start"]), int(m["data-end"]))
                      for m in parse(page).marks if m["data-kind"] != "furniture")
    got = sorted((m["kind"], m["start"], m["end"]) for m in out["marks"])
    assert got == expected and len(got) >= len(doc.claims)
    bad = [m for m in out["marks"] if not (m["on_screen"] and m["hit"] and m["visible"])]
    assert not bad, bad[:3]
    # Distinct styles: quantities filled (planned ones in another colour), subjects and
    # predicates underlined.
    bg = {("planned" if "nf-planned" in m["cls"] else "reported"): m["background"]
          for m in out["marks"] if m["kind"] == "quantity"}
    transparent = {"rgba(0, 0, 0, 0)", "transparent"}
    assert bg["reported"] not in transparent and bg["planned"] not in transparent
    assert bg["reported"] != bg["planned"]
    for m in out["marks"]:
        if m["kind"] in ("subject", "predicate"):
            assert "underline" in m["decoration"], m
            assert m["background"] in transparent, m

    # Clicking the value header sorts by value, ascending then descending, blanks last.
    values = [c.quantity.value if c.quantity.bound != "range" else c.quantity.low
              for c in doc.claims]
    present = sorted(v for v in values if v is not None)
    blanks = [None] * (len(values) - len(present))
    sort = out["sorts"]["value"]
    assert sort["aria"] == ["ascending", "descending"]
    assert [_number(v) for v in sort["asc"]] == present + blanks
    assert [_number(v) for v in sort["desc"]] == present[::-1] + blanks
    assert present != present[::-1]  # the check can tell the two orders apart

    # Text columns sort as strings; the row number column restores text order.
    subjects = [c.subject.text if c.subject else "" for c in doc.claims]
    filled = sorted(s for s in subjects if s)
    assert out["sorts"]["subject"]["asc"] == filled + [""] * (len(subjects) - len(filled))
    assert out["sorts"]["n"]["asc"] == [str(i + 1) for i in range(len(doc.claims))]
    assert out["sorts"]["n"]["desc"] == [str(i) for i in range(len(doc.claims), 0, -1)]

    # Clicking a quantity shows its full record.
    record = json.loads(out["record"])
    clicked = doc.claims[out["clicked"]]
    assert record["id"] == clicked.id
    assert record["quantity"]["surface"] == clicked.quantity.surface
    assert record["sentence_text"] == text[clicked.sentence.start:clicked.sentence.end]
