"""Confidence: how likely a claim is fully right (span, value, unit, subject, status).

A logistic scorer over evidence that the record and its text carry: where the subject
stands and how long it is, whether a plan cue stands in the clause of a planned amount,
how many amounts share the sentence, the share of planned claims in the document and the
paragraph, and so on. The weights (``data/confidence.json``) are trained by
:mod:`newsfacts.train` on the rules' output for gold articles the rules had not been tuned
on, so the scores are calibrated for unseen articles. Inference is pure Python.

Needs: the claims of a document (all fields but ``confidence``) and the text. Sets:
``Claim.confidence``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from typing import Iterable, Mapping, Sequence


from .models import Claim
from .scan import literal_alternation
from .text import CLAUSE_END, SENTENCE_END

_BRACKETS = "(（"
_TO_DATE = literal_alternation(("月", "季度", "截至", "截止", "上半年", "以来", "目前"))
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?=年)")
_LIST_PUNCT = frozenset("、，,；;")
_MULTIPLIERS = frozenset("万亿萬億")
_NEVER = re.compile("(?!)")
# characters found only in traditional script (a Hong Kong, Macau or Taiwan release)
_TRADITIONAL = re.compile("[個這們會來時為說與經區國發後過於萬億張條項實際應業務產]")


class _Bins:
    """Names for a number by the first of ascending ``edges`` it does not pass:
    ``name<=edge``, else ``name>last`` (written once, found by bisection)."""

    __slots__ = ("edges", "names")

    def __init__(self, name: str, edges: tuple[float, ...]):
        self.edges = edges
        self.names = (*(f"{name}<={e:g}" for e in edges), f"{name}>{edges[-1]:g}")

    def of(self, x: float) -> str:
        return self.names[bisect_left(self.edges, x)]


_SURFACE_LEN = _Bins("surface_len", (2, 4, 7))
_SENTENCE_AMOUNTS = _Bins("sentence_amounts", (1, 3, 6))
_SENTENCE_LEN = _Bins("sentence_len", (30, 80, 160))
_SUBJECT_LEN = _Bins("subject_len", (2, 4, 8))
_SUBJECT_AFTER_GAP = _Bins("subject_after_gap", (0, 3))
_SUBJECT_BEFORE_GAP = _Bins("subject_before_gap", (0, 3, 10))


def _alternation(words) -> "re.Pattern[str]":
    """Any of ``words``, longest first (a trie, so the engine follows one path a place)."""
    return literal_alternation([w for w in words if w]) or _NEVER


def sigmoid(z: float) -> float:
    """The logistic function, clipped so that exp never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_COUNT_IN_TITLE = re.compile(r"\d+(?![\d.年月日])")  # a number in a title that is no date


class PlanDocument:
    """Whether a document issues a plan: in its lead (the first 200 characters) one of the
    verbs comes up to 30 characters before one of the nouns (省政府印发《…实施方案》,
    提送115年度總預算案), or opens the brackets that hold it however long the name
    (關于印發《懷化市貫徹落實〈關于…的若干政策措施〉實施方案》), or one of the nouns comes first
    and then a verb of plan_document_after (《…若干政策(2025年版)》印發給你們), and no word reviews results (执行情况, 进展, 成效). The status
    rules and the confidence scorer ask the same question."""

    def __init__(self, cues: Mapping[str, Sequence[str]]):
        verbs, nouns = cues.get("plan_document_verb", ()), cues.get("plan_document", ())
        self.pattern = re.compile(
            f"(?:{_alternation(verbs).pattern})(?:[^。\n]{{0,30}}?|《[^》。\n]{{0,60}}?)(?:{_alternation(nouns).pattern})") \
            if verbs and nouns else None
        after = cues.get("plan_document_after", ())
        # 財政預算案繼續派糖, 預算案提出多項措施: the plan named first, then what it does
        self.after = re.compile(f"(?:{_alternation(nouns).pattern})[^。\n，,]{{0,10}}?(?:{_alternation(after).pattern})") \
            if after and nouns else None
        self.review = _alternation(cues.get("review", ()))
        drafts = cues.get("draft_document", ())
        self.draft = re.compile(f"((?:19|20)\\d\\d)年度?[^。\n，,、和及]{{0,12}}?(?:{_alternation(drafts).pattern})") if drafts else None
        # a title that ends with a plan's name, or with one and a part number: …分工方案(一)
        self.title = re.compile(f"(?:{_alternation(nouns).pattern})(?:[(（](?:[一二三四五六七八九十\\d]+|(?:19|20)\\d\\d年版)[)）])?\\s*$") if nouns else None

    def draft_years(self, folded: str) -> frozenset[int]:
        """The years whose draft the lead presents: 2024 in 关于2023年预算执行情况和2024年预算草案
        的报告 (cues.tsv draft_document, written up to 12 characters after the year)."""
        if self.draft is None:
            return frozenset()
        return frozenset(int(m.group(1)) for m in self.draft.finditer(folded, 0, 200))

    def issued_by(self, folded: str) -> bool:
        """省政府印发《…实施方案》 in the lead, or a title that names the plan itself
        (2023年本溪市预算说明, …重点工作分工方案(一)); never when the lead reviews results."""
        lead = folded[:200]
        if self.pattern is None or self.review.search(lead) is not None:
            return False
        nl = folded.find("\n", 0, 61)
        title = folded[:nl] if nl > 0 else ""
        if _COUNT_IN_TITLE.search(title):
            title = ""  # 人大代表票决确定2021年10项民生实事项目: news of the plan, not the plan
        return self.pattern.search(lead) is not None or (self.after is not None and self.after.search(lead) is not None) \
            or (self.title is not None and self.title.search(title) is not None)


_STOP_PATTERNS: dict[str, "re.Pattern[str]"] = {}


def _stops(text: str, stops: str) -> list[int]:
    """The positions of the characters of ``stops`` in ``text``, in order."""
    pattern = _STOP_PATTERNS.get(stops)
    if pattern is None:
        pattern = _STOP_PATTERNS[stops] = re.compile("[" + re.escape(stops) + "]")
    return [m.start() for m in pattern.finditer(text)]


def _span_within(ends: list[int], n: int, pos: int) -> tuple[int, int]:
    """The stretch around ``pos`` between two stops (``ends``: their positions in a text of
    length ``n``), at most 200 characters to either side."""
    k = bisect_left(ends, pos)
    a = ends[k - 1] + 1 if k else 0
    b = ends[k] if k < len(ends) else n
    return (a if a > pos - 200 else pos - 200), (b if b < pos + 200 else pos + 200)


class DocEvidence:
    """What the features of one document's claims share: the text, the cue words, the
    planned share of the document and of each paragraph, the number of amounts a sentence."""

    def __init__(self, text: str, claims: Sequence[Claim], cues: "CueWords", raw: str | None = None):
        self.text = text  # folded (simplified, half-width): the cue words' script, same offsets
        self.cues = cues
        self._plan: dict = {}
        self._report: dict = {}
        self._year: dict = {}
        self._lead: dict = {}
        # the clause stops hold the sentence stops, which hold the line breaks: one pass
        self._clause_ends = _stops(text, CLAUSE_END)
        self._sentence_ends = [i for i in self._clause_ends if text[i] in SENTENCE_END]
        self.breaks = [i for i in self._sentence_ends if text[i] == "\n"]
        n = len(claims) or 1
        self.doc_planned = sum(c.status == "planned" for c in claims) / n
        para: dict[int, list[int]] = {}
        sent: dict[int, int] = {}
        for c in claims:
            k = bisect_right(self.breaks, c.quantity.start)
            para.setdefault(k, []).append(c.status == "planned")
            sent[c.sentence.start] = sent.get(c.sentence.start, 0) + 1
        self.para_planned = {k: sum(v) / len(v) for k, v in para.items()}
        self.per_sentence = sent
        self.traditional = _TRADITIONAL.search(raw or text, 0, 2000) is not None
        self.title_end = text.find("\n") if "\n" in text else len(text)
        lead = text[:300]
        # a plan noun anywhere in the lead: wider evidence than the status rule's PlanDocument
        self.plan_words_in_lead = cues.plan_nouns.search(lead) is not None
        # the article's year: the latest year its lead names, else the latest it names at all
        lead_years = [int(y) for y in _YEAR.findall(lead)]
        self.year = max(lead_years or [int(y) for y in _YEAR.findall(text)] or [0])

    def clause(self, pos: int) -> tuple[int, int]:
        return _span_within(self._clause_ends, len(self.text), pos)

    def sentence(self, pos: int) -> tuple[int, int]:
        return _span_within(self._sentence_ends, len(self.text), pos)

    # plan_in, report_in, later_year_in, paragraph_lead: the amounts of a sentence share
    # its spans, so what each finds in a span is remembered (in a dict of its own)

    def plan_in(self, a: int, b: int) -> bool:
        """A plan cue in text[a:b]."""
        hit = self._plan.get((a, b))
        if hit is None:
            hit = self._plan[(a, b)] = self.cues.plan.search(self.text, a, b) is not None
        return hit

    def report_in(self, a: int, b: int) -> bool:
        """A report or past cue in text[a:b]."""
        hit = self._report.get((a, b))
        if hit is None:
            hit = self._report[(a, b)] = self.cues.report.search(self.text, a, b) is not None
        return hit

    def later_year_in(self, a: int, b: int) -> bool:
        """A year later than the article's in text[a:b]."""
        hit = self._year.get((a, b))
        if hit is None:
            hit = self._year[(a, b)] = self._later_year_in(a, b)
        return hit

    def _later_year_in(self, a: int, b: int) -> bool:
        return bool(self.year) and any(int(y) > self.year for y in _YEAR.findall(self.text, a, b))

    def paragraph_lead(self, start: int) -> tuple[int, bool, bool]:
        """(end of the paragraph's first clause, a plan cue in it, a plan cue in the heading
        above the paragraph) for the paragraph starting at ``start``."""
        hit = self._lead.get(start)
        if hit is None:
            hit = self._lead[start] = self._lead_of(start)
        return hit

    def _lead_of(self, start: int) -> tuple[int, bool, bool]:
        lead = self.clause(start)
        heading = self.heading_before(start)
        return lead[1], self.plan_in(lead[0], lead[1]), heading is not None and self.cues.any_in(self.cues.plan, heading)

    def paragraph(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line holding ``pos``."""
        k = bisect_right(self.breaks, pos)
        start = self.breaks[k - 1] + 1 if k else 0
        return start, self.breaks[k] if k < len(self.breaks) else len(self.text)

    def heading_before(self, start: int) -> str | None:
        """The nearest short line without a full stop before the line starting at ``start``."""
        k = bisect_right(self.breaks, start - 1)
        for back in range(k - 1, max(-1, k - 12), -1):
            a = self.breaks[back - 1] + 1 if back else 0
            line = self.text[a:self.breaks[back]].strip()
            if line and len(line) <= 30 and "。" not in line:
                return line
        return None

    def paragraph_share(self, pos: int) -> float:
        return self.para_planned.get(bisect_right(self.breaks, pos), 0.0)


class CueWords:
    """Plan and report cue words, as plain substrings (the features see text, not tokens)."""

    def __init__(self, cues: Mapping[str, Sequence[str]], predicates: Iterable[str] = ()):
        self.plan = _alternation({*cues.get("planned", ()), *cues.get("planned_sentence", ())})
        self.report = _alternation({*cues.get("reported", ()), *cues.get("past", ())})
        self.plan_nouns = _alternation(cues.get("plan_document", ()))
        self.predicates = frozenset(predicates)
        # the verbs a subject can hold: those of two to four characters
        self.predicate_re = _alternation(w for w in self.predicates if 2 <= len(w) <= 4) if self.predicates else None

    @staticmethod
    def any_in(pattern: "re.Pattern[str]", s: str, a: int = 0, b: int | None = None) -> bool:
        """Whether one of the words of ``pattern`` stands in ``s[a:b]``."""
        return pattern.search(s, a, len(s) if b is None else b) is not None


def features(c: Claim, ev: DocEvidence) -> dict[str, float]:
    """The named evidence about one claim that the scorer weighs (mostly 0/1)."""
    q, text = c.quantity, ev.text
    f: dict[str, float] = {"bias": 1.0, f"dim={q.dimension}": 1.0, f"bound={q.bound}": 1.0}
    if q.unit is None:
        f["unit_none"] = 1.0
    f[_SURFACE_LEN.of(len(q.surface))] = 1.0
    if not _MULTIPLIERS.isdisjoint(q.surface):
        f["multiplier"] = 1.0
    if q.start and text[q.start - 1] in _BRACKETS:
        f["after_bracket"] = 1.0
    if q.start <= ev.title_end:
        f["in_title"] = 1.0
    clause = ev.clause(q.start)
    f.update(_subject_features(c, ev, clause))
    f.update(_status_features(c, ev, clause))
    f[_SENTENCE_AMOUNTS.of(ev.per_sentence.get(c.sentence.start, 1))] = 1.0
    f[_SENTENCE_LEN.of(c.sentence.end - c.sentence.start)] = 1.0
    for name, missing in (("predicate_none", c.predicate is None), ("time_none", c.time is None),
                          ("scope_none", c.scope is None), ("change", c.change is not None),
                          ("group", c.group is not None), ("modifiers", bool(c.modifiers)),
                          ("traditional", ev.traditional)):
        if missing:
            f[name] = 1.0
    return f


def _subject_features(c: Claim, ev: "DocEvidence", clause: tuple[int, int]) -> dict[str, float]:
    """Where the subject stands against the amount (``clause``: the amount's), and what it
    looks like."""
    s, q = c.subject, c.quantity
    if s is None:
        return {"subject_none": 1.0}
    f = {_SUBJECT_LEN.of(len(s.text)): 1.0}
    if not (clause[0] <= s.start and s.end <= clause[1]):
        f["subject_other_clause"] = 1.0
    if s.start >= q.end:
        f[_SUBJECT_AFTER_GAP.of(s.start - q.end)] = 1.0
    else:
        f[_SUBJECT_BEFORE_GAP.of(max(0, q.start - s.end))] = 1.0
    if "的" in s.text:
        f["subject_de"] = 1.0
    if any(map(str.isdigit, s.text)):
        f["subject_digit"] = 1.0
    if not _LIST_PUNCT.isdisjoint(s.text):
        f["subject_list_punct"] = 1.0
    if s.text[0] in "的和与及、,，" or s.text[-1] in "的和与及、,，":
        f["subject_ragged_edge"] = 1.0
    if len(s.text) == 1:
        f["subject_one_char"] = 1.0
    if ev.cues.predicate_re is not None and ev.cues.predicate_re.search(s.text):
        f["subject_holds_verb"] = 1.0
    return f


def _status_features(c: Claim, ev: DocEvidence, clause: tuple[int, int]) -> dict[str, float]:
    """The status the rules chose against the cues around the amount (``clause``: the
    amount's) and the planned share of the document and the paragraph."""
    q = c.quantity
    sent = ev.sentence(q.start)
    key = "planned" if c.status == "planned" else "reported"
    f = {key: 1.0, f"{key}*doc_share": ev.doc_planned, f"{key}*para_share": ev.paragraph_share(q.start)}
    for name in _context_evidence(c, ev, clause, sent):
        f[f"{key}*{name}"] = 1.0
    f.update(_cue_agreement(c.status == "planned", ev, clause, sent))
    return f


def _context_evidence(c: Claim, ev: DocEvidence, clause: tuple[int, int], sent: tuple[int, int]) -> list[str]:
    """Names of what stands around the amount that bears on its status: a plan cue in the
    paragraph's lead or the heading above, 已 after it, a time to date or a target time,
    a done verb, a year later than the article's, a document that issues a plan."""
    q, text, cues = c.quantity, ev.text, ev.cues
    para = ev.paragraph(q.start)
    lead_end, lead_plan, heading_plan = ev.paragraph_lead(para[0])
    checks = (
        ("para_lead_plan", lead_end < clause[0] and lead_plan),
        ("heading_plan", heading_plan),
        ("done_after", text.find("已", q.end, clause[1]) >= 0),
        ("time_to_date", bool(c.time) and _TO_DATE.search(c.time) is not None),
        ("time_target", bool(c.time) and (c.time.startswith("到") or "前" in c.time)),
        ("predicate_done", c.predicate is not None and cues.any_in(cues.report, c.predicate.text)),
        ("later_year", ev.later_year_in(sent[0], sent[1])),
        ("plan_words_in_lead", ev.plan_words_in_lead),
    )
    return [name for name, hit in checks if hit]


def _cue_agreement(planned: bool, ev: DocEvidence, clause, sent) -> dict[str, float]:
    """Whether the plan and report cues of the clause and sentence agree with the status."""
    plan_clause = ev.plan_in(clause[0], clause[1])
    plan_sentence = plan_clause or ev.plan_in(sent[0], sent[1])
    if planned:
        f = {"planned_no_cue": 1.0} if not plan_sentence else {}
        if ev.report_in(clause[0], clause[1]):
            f["planned_report_cue"] = 1.0
        return f
    if plan_clause:
        return {"reported_plan_cue_clause": 1.0}
    return {"reported_plan_cue_sentence": 1.0} if plan_sentence else {}


class Scorer:
    """A logistic model: ``confidence = sigmoid(scale · Σ weight·feature + shift)``."""

    def __init__(self, weights: Mapping[str, float], cues: CueWords, scale: float = 1.0, shift: float = 0.0):
        self.weights = dict(weights)
        self.cues = cues
        self.scale, self.shift = scale, shift

    def score(self, folded: str, claims: Sequence[Claim], raw: str | None = None) -> None:
        """Set ``confidence`` on every claim of one document (``folded``: the page's folded
        text, ``raw``: the text as given)."""
        if not claims:
            return
        ev = DocEvidence(folded, claims, self.cues, raw)
        get = self.weights.get
        for c in claims:
            z = 0.0
            for k, v in features(c, ev).items():
                z += get(k, 0.0) * v
            z = self.scale * z + self.shift
            # (the attribute set as pydantic's __setattr__ sets a field, without its lookups)
            c.__dict__["confidence"] = round(sigmoid(z), 3)
            c.__pydantic_fields_set__.add("confidence")
