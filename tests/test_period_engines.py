"""The period pattern runs in the standard `re` engine on a text without the characters
where `re` and `regex` read ``\\s`` and ``\\d`` otherwise (periods._ENGINES_DIFFER); the two
engines must then find the same expressions."""

import json
import random
import re
import sys
from pathlib import Path

import regex

from newsfacts import Extractor
from newsfacts import periods as P
from newsfacts.text import analyse

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_engines_differ_only_where_the_guard_says():
    for cls in (r"\s", r"\d"):
        a, b = re.compile(cls), regex.compile(cls)
        differ = [i for i in range(sys.maxunicode + 1) if bool(a.match(chr(i))) != bool(b.match(chr(i)))]
        assert all(P._ENGINES_DIFFER.match(chr(i)) for i in differ), (cls, [hex(i) for i in differ[:10]])


def _both(doc: P.DocPeriods, s: int, end: int):
    out = []
    for match, to_time in ((doc.periods.pattern.match, P._DIGITS_TO_TIME.match),
                           (doc.periods.pattern_re.match, P._DIGITS_TO_TIME_RE.match)):
        doc._match, doc._to_time = match, to_time
        m = doc.at(s, end)
        out.append(None if m is None else (m.span(), m.groups(), m.groupdict()))
    return out


def test_re_and_regex_find_the_same_expressions():
    ex = Extractor()
    builder = ex.claim_builder
    rng = random.Random(17)
    tried = found = 0
    for path in sorted((FIXTURES / "gold").glob("*.json")) + sorted((FIXTURES / "dev").glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        page = analyse(text, ex.resources)
        doc = builder.periods.document(page, None, None, None)
        f = page.folded
        for s in range(len(f)):
            if f[s] not in builder.periods.starts:
                continue
            for end in (len(f), min(len(f), s + rng.randint(1, 12))):
                a, b = _both(doc, s, end)
                assert a == b, (path.name, s, end, f[s:end])
                tried += 1
                found += a is not None
    assert tried > 10000 and found > 1000
