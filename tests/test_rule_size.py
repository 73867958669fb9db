"""Rules you can see (issue 14): every function of the rule modules is short and simple,
and every rule of their ordered rule lists says the sentence it was written for.

Size: at most MAX_LINES lines and a cyclomatic complexity of at most MAX_COMPLEXITY
(radon's measure, as ``radon cc -s -n C src/newsfacts/subjects.py`` prints it) for each
function and method of the modules in RULE_MODULES.
"""

import re
from pathlib import Path

import pytest
from radon.complexity import cc_visit

from newsfacts.subject_walks import PhraseWalks
from newsfacts.subjects import SubjectRules

# the modules held to the limits (paths below src/newsfacts)
RULE_MODULES = ("subjects.py", "subject_walks.py", "subject_score.py", "subject_pick.py", "status.py", "confidence.py", "claims.py", "periods.py")
MAX_COMPLEXITY = 15
MAX_LINES = 60

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsfacts"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _functions(blocks):
    """Every function of radon's blocks (which list methods beside their classes), with the
    functions defined inside them."""
    for block in blocks:
        if not hasattr(block, "methods"):  # classes are passed over: their methods are blocks too
            yield block
            yield from _functions(block.closures)


@pytest.mark.parametrize("module", RULE_MODULES)
def test_every_function_is_short_and_simple(module):
    source = (PACKAGE / module).read_text(encoding="utf-8")
    functions = list(_functions(cc_visit(source)))
    assert functions
    too_complex = [f"{f.fullname} (line {f.lineno}): complexity {f.complexity}"
                   for f in functions if f.complexity > MAX_COMPLEXITY]
    too_long = [f"{f.fullname} (line {f.lineno}): {f.endline - f.lineno + 1} lines"
                for f in functions if f.endline - f.lineno + 1 > MAX_LINES]
    assert not too_complex, f"more than {MAX_COMPLEXITY} paths: split these into named rules: {too_complex}"
    assert not too_long, f"more than {MAX_LINES} lines: {too_long}"


RULE_LISTS = {
    "SubjectRules.SUBJECT_RULES": SubjectRules.SUBJECT_RULES,
    "SubjectRules.TOPIC_RULES": SubjectRules.TOPIC_RULES,
    "PhraseWalks.HEAD_RULES": PhraseWalks.HEAD_RULES,
    "PhraseWalks.BACKWARD_STEPS": PhraseWalks.BACKWARD_STEPS,
    "PhraseWalks.BACKWARD_ENDINGS": PhraseWalks.BACKWARD_ENDINGS,
    "PhraseWalks.SUBJECT_TRIMS": PhraseWalks.SUBJECT_TRIMS,
    "PhraseWalks.FORWARD_STEPS": PhraseWalks.FORWARD_STEPS,
    "PhraseWalks.TOPIC_STEPS": PhraseWalks.TOPIC_STEPS,
}


@pytest.mark.parametrize("name", RULE_LISTS)
def test_every_listed_rule_shows_its_sentence(name):
    rules = [r[1] if isinstance(r, tuple) else r for r in RULE_LISTS[name]]
    assert len({r.__name__ for r in rules}) == len(rules), "a rule stands twice in the list"
    for rule in rules:
        doc = rule.__doc__ or ""
        first = doc.split(":")[0]
        assert HAN.search(first), f"{name}: {rule.__name__} does not open its docstring with the sentence it handles"
        assert ":" in doc, f"{name}: {rule.__name__} does not say what it does after the sentence"
