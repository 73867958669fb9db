"""The records of every fixture text are those stored in fixtures/records.sha1.json.

A refactoring must leave this green. A change of behaviour regenerates the hashes with
``python benchmarks/records_snapshot.py --write`` in the same commit, so every change of
records is a visible change of that file.
"""

import importlib.util
import json
from pathlib import Path

import pytest

from newsfacts.extractor import default_extractor

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("records_snapshot", ROOT / "benchmarks" / "records_snapshot.py")
snapshot = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(snapshot)


@pytest.mark.slow
def test_records_are_unchanged():
    stored = json.loads(snapshot.SNAPSHOT.read_text(encoding="utf-8"))
    now = snapshot.digests(default_extractor())
    assert len(now) > 1000
    assert snapshot.changed(stored, now) == []
