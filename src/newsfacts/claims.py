"""From quantity mentions to claims: subject, predicate, scope, time, status, change,
modifiers and groups.

Needs: the :class:`~newsfacts.text.Page` (sentences, clauses, folded text), the scanner's
mentions and dates, and a tokenizer. Sets: every :class:`~newsfacts.models.Claim` field.
Only clauses that hold a quantity are tokenised.

The rules live in two mixins, one module each: :mod:`newsfacts.subjects` (subject and
predicate) and :mod:`newsfacts.status` (status, change, modifiers, time, scope);
:mod:`newsfacts.phrases` holds the per-document context and the word tests they share.
This module builds the records and runs the passes over a whole document (groups, lists,
restatements, headlines).
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from operator import itemgetter
import re
from typing import Iterator, Optional, Sequence

import regex

from .lexicon import tag
from .models import Claim, Period, Phrase, Quantity, Span
from .numbers import CHINESE_NUMERAL_CHARS, POINTS, scale
from .phrases import (
    CLOSE_BRACKETS,
    DocContext,
    FORWARD_STOP_TAGS,
    NAMING,
    OPEN_BRACKETS,
    RATE_DIMENSIONS,
    WINDOW,
    has_digit,
    is_rank,
    is_stop_punct,
    last_before,
    name_spans,
    occurrences,
    phrase,
    within,
)
from .confidence import CueWords, PlanDocument, Scorer
from .periods import DocPeriods, Periods, as_period, parse_published
from .resources import Resources, confidence_model, subject_boundary_model, subject_pick_model, subject_reach_model, subject_trim_model
from .scan import Mention, ScanResult, _is_cjk, alternation_source, literal_alternation
from .status import YEAR_IN, YEAR_TARGET, StatusRules
from .subject_pick import PhraseRanker
from .subject_score import BoundaryScorer, WordClasses, applies as boundary_applies, applies_after as boundary_after
from .subjects import SubjectRules
from . import tables
from .text import Page, SpanSet
from .tokens import Tokenizer


_CUE_TUPLES = {  # attribute of the builder: kind of data/cues.tsv (a tuple of words, in file order)
    "topic_suffixes": "topic_suffix",
    "task_nouns": "task_noun",
    "count_measures": "count_measure",
    "time_references": "time_reference",
    "plan_reference_words": "period_plan",
    "bracket_notes": "bracket_note",
    "trailing_notes": "trailing_note",
    "coordinators": "coordinator",
    "source_openers": "source_opener",
    "breakdowns": "breakdown",
    "respectively_words": "respectively",
}

_CUE_SETS = {  # attribute of the builder: kind of data/cues.tsv (a set of words)
    "planned": "planned",
    "planned_sentence": "planned_sentence",
    "not_planned": "not_planned",
    "within_period": "within_period",
    "nominal_cues": "nominal_cue",
    "budget_accounts": "budget_account",
    "budget_lines": "budget_line",
    "planned_ahead": "planned_ahead",
    "obtain_verbs": "obtain_verb",
    "funding_sources": "funding_source",
    "plan_references": "plan_reference",
    "plan_since": "plan_since",
    "plan_document_verbs": "plan_document_verb",
    "achievement_rates": "achievement_rate",
    "target_wholes": "target_whole",
    "bound_suffixes": "bound_suffix",
    "achieve_verbs": "achieve_verb",
    "basis_ends": "basis_end",
    "basis_starts": "basis_start",
    "past": "past",
    "reported": "reported",
    "increase": "increase",
    "decrease": "decrease",
    "level": "level",
    "modifiers": "modifier",
    "compare": "compare",
    "scope_words": "scope",
    "time_words": "time",
    "own_scopes": "own_scope",
    "name_heads": "name_head",
    "dimension_links": "dimension_link",
    "change_periods": "change_period",
    "total_suffixes": "total_suffix",
    "activities": "activity",
    "counted_activities": "counted_activity",
    "link": "link",
    "measure": "measure",
    "share_verbs": "share",
    "per_whom": "per_whom",
    "rates": "rate",
    "speech_verbs": "speech_verb",
    "completions": "completion",
    "additions": "addition",
    "not_subject": "not_subject",
    "flat_units": "flat_unit",
    "not_places": "not_place",
    "prepositions": "preposition",
    "adverbs": "adverb",
    "also_adjectives": "also_adjective",
    "glued_localizers": "glued_localizer",
    "copulas": "copula",
    "estimates": "estimate",
    "held_within": "held_within",
    "scope_categories": "scope_category",
    "negations": "negation",
    "time_prepositions": "time_preposition",
    "not_topical": "not_topical",
    "from_words": "from_word",
    "current_levels": "current_level",
    "reference_openers": "reference_opener",
    "reference_closers": "reference_closer",
    "collective": "collective",
    "bare_quantifiers": "bare_quantifier",
    "averages": "average",
    "limits": "limit",
    "degree_words": "degree",
    "contrast": "contrast",
    "partner_prepositions": "partner_preposition",
    "compare_verbs": "compare_verb",
    "list_items": "list_item",
    "list_heads": "list_head",
    "ba_verbs": "ba_verb",
    "no_subject_words": "no_subject",
    "money_kinds": "money_kind",
    "light_verbs": "light_verb",
    "gap_words": "gap_word",
    "rank_verbs": "rank_verb",
}


_CUE_PATTERNS = {  # attribute of the builder: kind of data/cues.tsv (its words as one pattern, None if none)
    "plan_context_re": "plan_context",
    "mainland": "region_mainland",
    "mainland_lead": "region_mainland_lead",
    "target_heading_re": "target_heading",
    "project_total_re": "project_total",
    "project_cost_re": "project_cost",
    "cumulative_re": "cumulative",
    "once_built_re": "once_built",
    "project_spec_re": "project_spec",
    "project_start_re": "project_start",
    "project_built_re": "project_built",
    "project_name_re": "project_name",
    "capacity_running_re": "capacity_running",
    "deadline_re": "deadline",
    "quoted_task_re": "quoted_task_end",
    "items_opener_re": "items_opener",
    "year_end_re": "year_end",
    "list_vote_re": "list_vote",
    "list_doing_re": "list_doing",
    "task_assign_re": "task_assign",
    "task_done_re": "task_done",
    "progress_now_re": "progress_now",
    "under_way_re": "under_way",
    "baseline_re": "baseline",
    "done_title_re": "done_title",
    "target_label_re": "target_label",
    "progress_label_re": "progress_label",
    "planned_level_re": "planned_level",
}


class ClaimBuilder(SubjectRules, StatusRules):
    def __init__(self, res: Resources, tokenizer: Tokenizer):
        self.res = res
        self.tok = tokenizer
        cues = res.cues
        for attr, kind in _CUE_SETS.items():
            setattr(self, attr, set(cues.get(kind, ())))
        for attr, kind in _CUE_PATTERNS.items():
            setattr(self, attr, literal_alternation(cues.get(kind, ())))
        for attr, kind in _CUE_TUPLES.items():  # what str.startswith / endswith take
            setattr(self, attr, tuple(cues.get(kind, ())))
        self.planned_sentence_re = literal_alternation(self.planned_sentence)
        self.plan_cues = self.planned | self.planned_sentence
        self.plan_documents = PlanDocument(cues)
        self.review_re = self.plan_documents.review
        self.budget_re = literal_alternation(cues["budget_figure"]) if cues.get("budget_figure") else None
        self.changed_to_re = _changed_to(cues.get("level_change", ()))
        self.achieved = self.reported - set(cues.get("compare", ()))
        self.achieved_or_past = self.achieved | self.past
        self.time_re = literal_alternation(self.time_words)
        self.scope_re = literal_alternation(self.scope_words)
        self.predicates = res.predicates
        # a time right after 比/较… or after 比去年… (cues time_reference, reference_year)
        self.compared_time_re = regex.compile(
            "(?:%s)(?:%s)?$" % (alternation_source(self.time_references), alternation_source(cues.get("reference_year", ()))))
        # what a result is measured against follows these (status): 低于计划, 差计划目标
        self.against_verbs = self.compare_verbs | frozenset(cues.get("shortfall_verb", ()))
        # 高于全市平均增速: a comparison verb of two characters or more (比 and 较 open words too)
        self.compare_verb_re = literal_alternation(w for w in self.compare_verbs if len(w) >= 2)
        self._plan_patterns(cues)
        self._region_patterns(res)
        # 分别上升5.3%和上升6.8%: a change word (cues increase, decrease) repeated after 和 joins one list
        self.and_change_re = regex.compile("[和及与](?:%s)" % alternation_source({*self.increase, *self.decrease}))
        self.shared_heads = sorted(cues.get("shared_head", ()), key=len, reverse=True)
        self.paired_modifiers = frozenset(cues.get("paired_modifier", ()))
        self.table_done_words = frozenset(cues.get("table_done", ()))
        self._target_patterns(cues)
        self.says_of_it = tuple(sorted(cues.get("says_of_it", ()), key=len, reverse=True))
        self._year_cache: dict = {}  # year -> its own-year and decided-list patterns (status._year_patterns)
        self.estimate_re = literal_alternation((*cues.get("estimate", ()), *cues.get("held_within", ())))
        self.target_setting_re = literal_alternation(cues.get("target_setting", ()))
        links = alternation_source({*cues.get("link", ()), *cues.get("compare", ())})
        self.link_run = regex.compile(rf"(?:{links}|\s)*")  # nothing but link words (达, 约, 同比)
        self.link_tail = regex.compile(rf"(?:{links})+$")  # link words that end a stretch (…分别)
        self.list_lead_re = regex.compile("(?:%s)[，,:：\\s]*" % "|".join(
            map(regex.escape, sorted({*cues.get("list_lead", ()), *self.scope_words, *self.time_words}, key=len, reverse=True))))
        self.places = res.places
        self.datelines = res.datelines
        place_suffixes = tuple(cues.get("place_suffix", ()))
        self.place_suffixes = frozenset(place_suffixes)
        self.place_names = PlaceNames(place_suffixes)
        self.unit_words = set(res.classifiers) | set(res.units)
        self.stop_words = self.prepositions | self.scope_words | self.time_words
        self.periods = Periods()
        self.tracing = False
        self._fired: Optional[dict[str, list[list]]] = None
        weights, scale, shift = confidence_model()
        self.scorer = Scorer(weights, CueWords(cues, res.predicates), scale, shift)
        self.boundary = BoundaryScorer(*subject_boundary_model(), WordClasses(res.places, res.classifiers), subject_reach_model(),
                                       subject_trim_model())
        self.ranker = PhraseRanker(*subject_pick_model(), res.places, place_suffixes)

    def _plan_patterns(self, cues) -> None:
        """The patterns of tasks, programmes, target leads and decided lists (data/cues.tsv)."""
        done = alternation_source(cues.get("completion", ()))
        # the gap between a task and its done part: the task's noun, or a comma, then the verb
        self.task_gap = regex.compile(rf"(?:[^，,。；;：:（(）)]{{0,20}}|\s*[，,]\s*)(?:{done})") if done else None
        ends = alternation_source(cues.get("programme_end", ()))
        # “阳光家园计划”: a quoted name that ends with a plan word names a programme
        self.programme_re = regex.compile(rf"(?<=“)[^“”\n]{{1,20}}(?:{ends})(?=”)") if ends else None
        lead = alternation_source(cues.get("target_lead", ()))
        # 力争到2010年, opening a document's first sentence: the rest is a list of targets
        self.target_lead_re = regex.compile(rf"(?:{lead})((?:19|20)\d\d)年(?:底|末)?[,，]") if lead else None
        self.list_decision = alternation_source(cues.get("list_decision", ()))
        estimate, ditto = alternation_source(cues.get("estimate", ())), alternation_source(cues.get("ditto", ()))
        # (预计数,下同): every amount after it in the sentence is an estimate too
        self.ditto_estimate_re = regex.compile(rf"(?:{estimate})[^,，。)）]{{0,2}}[,，、]\s*(?:{ditto})") \
            if estimate and ditto else None
        self.estimate_note_re = regex.compile(rf"\s*[(（](?:{estimate})") if estimate else None  # 8%左右(预计数
        self.list_item_words = alternation_source(cues.get("list_item", ()))
        effect = alternation_source(cues.get("takes_effect", ()))
        # (…调升至42.1元。)预计将于2025年5月1日生效: a sentence that opens by saying when a change takes effect
        self.takes_effect_re = regex.compile(
            rf"\s*[^。！？!?\n已]{{0,6}}?(?:将|拟)于[^。！？!?\n已]{{0,24}}?(?:{effect})") if effect else None

    # ------------------------------------------------------------------ trace
    def fire(self, field: str, rule: str, value=None) -> None:
        """Note, when tracing, that ``rule`` proposed ``value`` for ``field`` of the claim
        being built (spec §2.4). A no-op otherwise: rules may call it freely."""
        if self._fired is not None:
            self._fired.setdefault(field, []).append([rule, _plain(value)])

    def _pass(self, name: str, run, page: Page, claims: list[Claim]) -> None:
        """Run one whole-document pass; when tracing, note each field it changed."""
        if not self.tracing:
            run(page, claims)
            return
        before = [_traced_fields(c) for c in claims]
        run(page, claims)
        for c, old in zip(claims, before):
            for key, value in _traced_fields(c).items():
                if value != old[key]:
                    c.trace.setdefault(key, []).append([name, value])

    def _target_patterns(self, cues) -> None:
        """The target nouns (cues target_noun), with the task nouns (筛查任务(6.6万人): a
        target in brackets), and a target noun that opens a list (计划目标为:)."""
        self.target_nouns = tuple(sorted(cues.get("target_noun", ()), key=len, reverse=True))
        self.target_or_task_nouns = (*self.target_nouns, *self.task_nouns)
        self.target_list_re = regex.compile(f"(?:{alternation_source(self.target_nouns)})[为是][:：]") \
            if self.target_nouns else None

    def _region_patterns(self, res: Resources) -> None:
        """The words that place an article in Taiwan, Macau or Hong Kong (cues.tsv region_*), and
        a currency named in brackets after 元 (712.5億元(澳門元, 下同)): the article's own."""
        cues = res.cues
        self.regions = [(currency, literal_alternation(cues.get(kind, ())))
                        for currency, kind in (("TWD", "region_twd"), ("MOP", "region_mop")) if cues.get(kind)]
        self.hong_kong = literal_alternation(cues.get("region_hkd", ()))
        names = {u.surface: u.key for u in res.units.values() if u.dimension == "money" and u.surface != "元"}
        self.currency_gloss = regex.compile(r"元\s*[（(]\s*(?:以|单位[：:]?\s*)?(%s)" % alternation_source(names))
        self.currency_names = names

    # ------------------------------------------------------------------ public
    def build(self, page: Page, scan: ScanResult, doc_id: str, text_sha: str,
              published: Optional[str] = None) -> list[Claim]:
        """The claims of one document, in text order: each mention's fields by the rules,
        then the passes over the whole document, the groups and the confidence."""
        ctx = self._context(page, scan, published)
        walk = _Walk(published=published, and_change=self.and_change_re)
        for m in scan.mentions:
            walk.claims.append(self._claim(ctx, m, walk, doc_id, text_sha))
        self._fired = None
        self._finish(page, walk.claims, ctx.blocked)
        return walk.claims

    def _context(self, page: Page, scan: ScanResult, published: Optional[str]) -> DocContext:
        blocked = scan.blocked()
        year = article_year(page.folded, published)
        times = sorted(scan.times, key=lambda t: t.start)
        place = _doc_place(page, self.place_names)
        spans = [(x.start, x.end) for x in scan.mentions]
        return DocContext(page, self.res, self.tok, place, self._region_currency(page, place), blocked,
                          [x.start for x in scan.mentions], times, [t.start for t in times],
                          occurrences(self.time_re, page.folded), occurrences(self.scope_re, page.folded),
                          self._plan_context(page, year), name_spans(page.folded, self.programme_re), occurrences(_BREAKDOWN, page.folded),
                          occurrences(YEAR_TARGET, page.folded), year,
                          self.plan_documents.issued_by(page.folded), self._headings(page, scan.mentions),
                          self.plan_documents.draft_years(page.folded),
                          tables.cells(page.folded, spans),
                          tables.pipe_tasks(page.folded, spans, self.table_done_words))

    def _headings(self, page: Page, mentions) -> tuple[list[int], list[str]]:
        """The short lines of a page (at most 40 characters, no sentence end but a numbered
        item's (1. 镇人大批准的年初预算草案。), no amount): where
        each starts and whether it announces targets (一、全市经济社会发展主要预期目标: cues
        target_heading), reviews results (一、2024年工作回顾: cues review) or neither."""
        f, starts, kinds = page.folded, [], []
        amounts = [x.start for x in mentions]
        pos = 0
        for line in f.split("\n"):
            text = line.strip()
            end = pos + len(line)
            if 2 <= len(text) <= 40 and (text[-1] not in "。！？!?；;" or (text[-1] == "。" and _NUMBERED.match(text))) and \
                    bisect.bisect_left(amounts, pos) == bisect.bisect_left(amounts, end):
                starts.append(pos)
                kinds.append(self._heading_kind(text))
            pos = end + 1
        return starts, kinds

    def _heading_kind(self, text: str) -> str:
        """"review" (一、2024年工作回顾; 河南部分重点民生实事超额完成阶段目标: a target achieved, cues
        achieve_verb before it), "target" (主要预期目标: cues target_heading) or "other"."""
        if self.review_re.search(text):
            return "review"
        hit = self.target_heading_re.search(text) if self.target_heading_re is not None else None
        if hit is None:
            return "other"
        return "review" if any(v in text[:hit.start()] for v in self.achieve_verbs) else "target"

    def _claim(self, ctx: DocContext, m: Mention, walk: "_Walk", doc_id: str, text_sha: str) -> Claim:
        """One mention's claim; ``walk`` carries what earlier mentions left (list subjects,
        the paragraph's time, the open group)."""
        page = ctx.page
        true_sent = page.sentence_at(m.start)
        # every look-around is bounded, so a pathological sentence stays linear
        sent = (max(true_sent[0], m.start - WINDOW), min(true_sent[1], m.end + WINDOW))
        clause = page.clause_at(m.num_start)
        clause = (max(clause[0], m.start - WINDOW), min(clause[1], m.end + WINDOW))
        tokens = self._tokens(ctx, clause, m)
        self._fired = {} if self.tracing else None
        earlier = walk.prev_by_sentence.setdefault(true_sent, [])
        subject, predicate, topical = self._claim_subject(ctx, m, sent, clause, tokens, earlier, walk)
        when = self._claim_time(ctx, m, sent, walk)
        dates = self._claim_dates(ctx, m, when, walk)
        change = self._change(ctx, m, clause, tokens)
        status = self._claim_status(ctx, m, true_sent, sent, clause, tokens, walk.claims,
                                    walk.periods.timing(dates, ctx.draft_years), change)
        if self.status_rule == "once_built":
            dates = None  # 项目建成投产后可形成年产值10亿元: a design figure has no calendar period
        modifiers = self._modifiers(ctx, m, sent, clause, tokens)
        self.fire("modifiers", "modifier_words", modifiers)
        period, reference = self._claim_reference(ctx, m, clause, dates, change, walk)
        scope = self._scope(ctx, m, sent)
        self.fire("scope", "scope_word", scope)
        group = walk.group_of(page.folded, m, true_sent)
        if topical:
            earlier.append((m, subject))
            if subject is not None and m.unit is not None:
                walk.last_subject_by_unit[m.unit.key] = subject
        # records are built from slices of the text itself, so they are constructed
        # without re-validation; tests check every span with Document.check_offsets
        return Claim.trusted(
            id=claim_id(text_sha, m.start, m.end),
            doc_id=doc_id,
            quantity=self._quantity(ctx, m),
            subject=subject,
            predicate=predicate,
            scope=scope,
            time=page.text[when[0]:when[1]] if when else None,
            status=status,
            change=change,
            modifiers=modifiers,
            sentence=Span.trusted(start=true_sent[0], end=true_sent[1]),
            group=group,
            period=period,
            reference_period=reference,
            confidence=0.0,
            trace=self._fired,
        )

    def _topical(self, page: Page, m: Mention, clause, tokens, subject: Optional[Phrase],
                 predicate: Optional[Phrase]) -> bool:
        """Whether later elided amounts continue the clause's subject: not when it is the
        object of a verb (拉动进出口…), an aside in brackets (印花稅(增加了59億港元)) or the
        reference of a comparison (較114年度法定預算數279.61億元，增加24.81億元)."""
        if subject is not None:
            # 比上年增长44.25%、营业利润3.80亿元: a comparison before an earlier item of the list is not this one's
            a = max(clause[0], page.folded.rfind("、", clause[0], subject.start) + 1)
            if any(w in self.compare_verbs for w in map(itemgetter(2), within(tokens, a, subject.start))):
                return False
        return (subject is None or predicate is None or predicate.end > subject.start or
                page.folded[predicate.start:predicate.end] not in self.not_topical) and not _aside(page, subject, m, clause)

    def _tidy_subject(self, page: Page, subject: Phrase) -> Optional[Phrase]:
        """Without a topic marker (工业用电量方面), a list item's mark (②; None when the mark is
        all there is: 一、) or a unit in brackets at its end (覆盖率(%))."""
        if self._topic_suffixed(page, subject):
            subject = self._without_topic_suffix(page, subject)
            self.fire("subject", "drop_topic_suffix", subject)
        if _has_list_mark(subject.text):
            subject = _without_list_mark(page, subject)
            self.fire("subject", "drop_list_mark", subject)
            if subject is None:
                return None
        return self._without_unit_note(page, subject)

    def _without_unit_note(self, page: Page, subject: Phrase) -> Phrase:
        """测土配方施肥覆盖率(%), 農林牧漁業總產值(按可比價), 生产总值(GDP): a unit, a note on how
        the figure is measured (cues.tsv bracket_note) or a Latin abbreviation of the name in
        brackets at the end is no part of the subject; nor is such a note without brackets
        (规模工业增加值可比价增长5.1%: cues.tsv trailing_note)."""
        end = self._unit_note_start(page.folded, subject)
        if end is None:
            return subject
        self.fire("subject", "drop_unit_note", page.text[subject.start:end])
        return Phrase.trusted(text=page.text[subject.start:end], start=subject.start, end=end)

    def _unit_note_start(self, f: str, subject: Phrase) -> Optional[int]:
        """Where the note that ends ``subject`` starts, leaving two characters at least; None
        without one."""
        if subject.text[-1:] not in ")）":
            note = next((w for w in self.trailing_notes if f.endswith(w, subject.start, subject.end)), "")
            end = subject.end - len(note)
            return end if note and end - subject.start >= 2 else None
        open_at = max(f.rfind("(", subject.start, subject.end), f.rfind("（", subject.start, subject.end))
        inside = f[open_at + 1:subject.end - 1].strip()
        noted = inside == "%" or inside in self.res.units or inside.startswith(self.bracket_notes) \
            or _ABBREVIATION.fullmatch(inside) is not None
        return open_at if open_at - subject.start >= 2 and inside and noted else None

    def _no_subject(self, page: Page, subject: Phrase) -> bool:
        """到去年底累計補助買了18萬台 (到去年底), 较前年同期升33.5% (較前年), 2023/24 (/), 按季微跌0.1年
        (微: cues.tsv no_subject), 南迳27.4毫米第三 (an ordinal), 收购价是2元一斤 (a numeral and its
        unit): a time, a comparison with one, a sign, a rank, a measure or a word alone names
        nothing counted."""
        f = page.folded[subject.start:subject.end]
        if not NAMING.search(f) or f in self.no_subject_words or is_rank(f):
            return True
        k = 0
        while k < len(f) and (f[k].isdigit() or f[k] in _NUMERAL_CHARS):
            k += 1
        if k and self._unit_word(f[k:]):
            return True
        hit = self.time_re.search(f) if self.time_re is not None else None
        return hit is not None and _TIME_FRAME.fullmatch(f[:hit.start()]) is not None \
            and _TIME_END.fullmatch(f[hit.end():]) is not None

    def _table_subject(self, ctx: DocContext, m: Mention, clause, tokens, cell):
        """全年目标⏎全年完成⏎全市生产总值⏎预期性⏎增长5%左右⏎增长5.4%: an amount in a cell of a
        flattened table (:mod:`newsfacts.tables`) is said of its row's label; later amounts do
        not continue it."""
        subject = phrase(ctx.page.text, *cell.label)
        self.fire("subject", "table_row_label", subject)
        if subject is not None:
            subject = self._without_unit_note(ctx.page, subject)
        predicate = self._predicate_near(ctx, m, clause, tokens)
        self.fire("predicate", "verb_nearby", predicate)
        return subject, predicate, False

    def _claim_subject(self, ctx: DocContext, m: Mention, sent, clause, tokens, earlier, walk: "_Walk"):
        """(subject, predicate, topical): the clause's phrase, else a breakdown's label, the
        list's subject, the sentence's topic; topical when later elided amounts continue it."""
        page = ctx.page
        cell = ctx.table_cells.get(m.start)
        if cell is not None:
            return self._table_subject(ctx, m, clause, tokens, cell)
        subject, predicate = self._subject(ctx, m, clause, tokens)
        self.fire("subject", "clause_phrase", subject)
        if subject is not None and self._no_subject(page, subject):
            subject = None
            self.fire("subject", "time_or_sign_alone", None)
        self.fire("predicate", "clause_verb", predicate)
        topical = self._topical(page, m, clause, tokens, subject, predicate)
        label = self._breakdown(ctx, m, sent, subject, earlier)
        if label is not None:
            subject, topical = label, False
            self.fire("subject", "breakdown_label", subject)
        if subject is None:
            subject = self._inherit(m, earlier, walk.last_subject_by_unit, page)
            if subject is not None and subject.start < m.end and m.start < subject.end:
                subject = None  # 100多万辆1.6升及以下节能乘用车: no amount is its own subject
            self.fire("subject", "inherit_from_list", subject)
        if subject is None:
            subject = self._topic(ctx, sent, m)
            self.fire("subject", "sentence_topic", subject)
        if subject is None:
            subject = _label_line(page, m)
            self.fire("subject", "label_line", subject)
        if subject is not None:
            subject = self._tidy_subject(page, subject)
        if predicate is None:
            predicate = self._predicate_near(ctx, m, clause, tokens)
            self.fire("predicate", "verb_nearby", predicate)
        return subject, predicate, topical

    def _claim_status(self, ctx: DocContext, m: Mention, true_sent, sent, clause, tokens, claims: list[Claim],
                      timing: Optional[str] = None, change: Optional[str] = None) -> str:
        """The status rules; then …增加4000張至16000張，以及把…增加1000張 (one plan, two
        clauses), 支出预算78.7万元，比2023年预算减少7.3万元，下降8.49% (the change of a plan),
        收入预计完成64000万元，占调整预算的100% (the share of a plan) and 目标总任务为14622套，其中廉租住房1852套 (the parts of a planned total)."""
        status = self._status(ctx, m, sent, clause, tokens, timing)
        if status == "reported" and claims and claims[-1].status == "planned" and (
                (claims[-1].sentence.start == true_sent[0] and (self._continues(ctx.page.folded, clause, claims[-1])
                                                                or self._change_of_plan(ctx, m, change, claims[-1])
                                                                or self._share_of_plan(ctx, m, clause, change, claims[-1])
                                                                or self._plan_series(ctx, m, clause, claims[-1])))
                or self._planned_breakdown(ctx, m, true_sent, clause, tokens, claims)):
            status = "planned"
            self.fire("status", "continues_plan", status)
        return status

    def _claim_time(self, ctx: DocContext, m: Mention, sent, walk: "_Walk") -> Optional[tuple[int, int]]:
        """Where the sentence's time is written, else the paragraph's (1-10月，全市…。…): kept
        in ``walk``."""
        time = self._time(ctx, m, sent)
        self.fire("time", "sentence_time", _slice(ctx.page.text, time))
        if not time:
            time = walk.para_time if walk.last_sentence and _same_paragraph(ctx.page, walk.last_sentence, sent) else None
            if time:
                self.fire("time", "paragraph_time", _slice(ctx.page.text, time))
        if time:
            walk.para_time = time
        return time

    def _claim_dates(self, ctx: DocContext, m: Mention, when, walk: "_Walk"):
        """The period of the claim: 2023年1-10月 → 2023-01-01…2023-10-31; a claim with no time
        of its own is in the period of the heading above it (一、2024年工作回顾) or of the
        title (2023年…统计公报)."""
        if walk.periods is None:
            walk.periods = self.periods.document(ctx.page, walk.published, ctx.year, ctx.region_currency)
        dates, rule = walk.periods.claim(when, m.start)
        walk.period_rule = rule
        if self.tracing:
            self.fire("period", rule, as_period(dates))
        return dates

    def _claim_reference(self, ctx: DocContext, m: Mention, clause, dates, change, walk: "_Walk"):
        """(period, reference_period): 同比 → a year earlier; 较1-8月 → 1-8月."""
        if dates is None:
            self.fire("reference_period", "comparison", None)
            return None, None
        reference = as_period(walk.periods.reference(clause[0], m.start, dates, change, walk.period_rule))
        self.fire("reference_period", "comparison", reference)
        return as_period(dates), reference

    def _finish(self, page: Page, claims: list[Claim], blocked: SpanSet) -> None:
        """The passes over the whole document, the groups renumbered, the confidence."""
        own = [c.subject for c in claims]  # the rules' subjects, before the list passes
        self._pass("distribute", self._distribute, page, claims)
        self._pass("listed_subjects", self._listed_subjects, page, claims)
        self._pass("respectively", self._respectively, page, claims)
        self._pass("restatements", lambda p, cs: _restatements(p.folded, cs), page, claims)
        self._pass("task_sizes", self._task_sizes, page, claims)
        self._pass("headline_status", lambda p, cs: _headline_status(p.folded, cs), page, claims)
        ranked = [c.subject is not None and c.subject is rules for c, rules in zip(claims, own)]
        self._pass("boundary_scorer", lambda p, cs: self._subject_boundaries(p, cs, blocked, own), page, claims)
        self._pass("subject_ranker", lambda p, cs: self._ranked_subjects(p, cs, blocked, ranked), page, claims)
        self._pass("naming_subjects", _naming_subjects, page, claims)
        _renumber_groups(claims)
        self.scorer.score(page.folded, claims, page.text)
        if self.tracing:
            for c in claims:
                c.trace["confidence"] = [["scorer", c.confidence]]

    def _subject_boundaries(self, page: Page, claims: list[Claim], blocked: SpanSet, own: list) -> None:
        """新增專項債券支出7,954萬元, 累計發放小額擔保貸款186%: the trained scorer may move the
        start of a subject before its amount (新增 in, 發放 out; :mod:`subject_score`), unless
        a list pass gave the subject (集成电路、笔记本电脑分别出口…: the items are the list's).
        A list pass's copy of a moved subject moves with it (床位32.5万张…,分别增长9.8%), and so
        does a subject inherited from it within its clauses (实现进出口商品总额2163亿元,同比增长9.2%;)."""
        moved: dict[tuple[int, int], tuple[Phrase, int]] = {}
        for c, rules in zip(claims, own):
            subj = c.subject
            if subj is None or subj is not rules:
                continue
            scored = self._scored_subject(page, blocked, subj, c.quantity)
            if scored is not None:
                c.subject = scored
                moved.setdefault((subj.start, subj.end), (c.subject, c.quantity.end))
        for c, rules in zip(claims, own):
            if c.subject is None or (c.subject.start, c.subject.end) not in moved:
                continue
            phrase, end = moved[c.subject.start, c.subject.end]
            if c.subject is not rules or _SENTENCE_STOP.search(page.folded, end, c.quantity.start) is None:
                c.subject = phrase

    def _ranked_subjects(self, page: Page, claims: list[Claim], blocked: SpanSet, ranked: list[bool]) -> None:
        """全省规模以上工业企业研发经费支出占比重94.2%: the trained ranker may take another
        phrase around the amount as its subject (比重 for the rules' 规模以上工业企业研发经费;
        :mod:`subject_pick`), unless a list pass gave the subject (``ranked`` is False). An
        amount that took the same earlier subject in the same sentence follows the move: 其次是
        越南勞工,有26萬2,957人,較去年底減少306人 (both had 印尼勞工 from the sentence before)."""
        moved: dict[tuple[int, int], tuple[Phrase, tuple[int, int]]] = {}
        for c, rank in zip(claims, ranked):
            if not rank:
                continue
            q, subj = c.quantity, c.subject
            old = (subj.start, subj.end)
            span = self.ranker.choose(page, self.tok, blocked, (q.start, q.end), old)
            if span is None or self._compared_with(page, span, q):
                self._follow_move(page, c, moved.get(old))
                continue
            ranked_subject = Phrase.trusted(text=page.text[span[0]:span[1]], start=span[0], end=span[1])
            if not self._no_subject(page, ranked_subject) and not self._rate_unit(page, ranked_subject):
                c.subject = ranked_subject
                sent = page.sentence_at(q.start)
                if subj.end <= sent[0]:  # an earlier sentence's subject
                    moved[old] = (ranked_subject, sent)

    @staticmethod
    def _follow_move(page: Page, c: Claim, move: Optional[tuple[Phrase, tuple[int, int]]]) -> None:
        """Give ``c`` the subject the ranker moved to from the one ``c`` shares, when the move
        was made for an amount of ``c``'s sentence before it."""
        if move is not None and page.sentence_at(c.quantity.start) == move[1] and move[0].end <= c.quantity.start:
            c.subject = move[0]

    def _rate_unit(self, page: Page, phrase: Phrase) -> bool:
        """以每小时0.16米上涨: 每 and a unit (每小时, 每輛) is the unit of a rate; the ranker does not
        take it. The rules keep it: from their 每公斤 the ranker moves to 平均價格 in
        平均價格約每公斤三十元."""
        f = page.folded[phrase.start:phrase.end]
        return f.startswith("每") and self._unit_word(f[1:])

    def _unit_word(self, w: str) -> bool:
        """A unit or a classifier of the data (斤, 小时, 辆)."""
        return w in self.res.units or w in self.res.classifiers

    def _compared_with(self, page: Page, span: tuple[int, int], q: Quantity) -> bool:
        """工业投资增长2.7%,居全市第5位,高于全市平均增速13.2个百分点: a phrase after a comparison
        verb in the clause of a gap in percentage points is what the gap is measured against, not
        its subject (as the rules' compared_reference knows); the ranker does not take it. (In
        高於歲出成長17.4% the rate is the reference's own, said of it.)"""
        if self.compare_verb_re is None or span[1] > q.start or q.dimension != "percentage_point":
            return False
        a = page.clause_at(q.start)[0]
        return a <= span[0] and self.compare_verb_re.search(page.folded, a, span[0]) is not None

    def _scored_subject(self, page: Page, blocked: SpanSet, subj: Phrase, q) -> Optional[Phrase]:
        """The subject the trained scorer moves to, or None: the start of one before its
        amount (新增專項債券支出7,954萬元), the end of one after it (1个市级公共实训基地)."""
        if boundary_after(page, subj.start, subj.end, q.end):
            end = self.boundary.end(page, self.tok, blocked, subj.start, subj.end)
            return None if end is None else Phrase.trusted(text=page.text[subj.start:end], start=subj.start, end=end)
        if not boundary_applies(page, subj.start, subj.end, q.start):
            return None
        start = self.boundary.start(page, self.tok, blocked, subj.start, subj.end, q.start)
        end = self.boundary.trim_end(page, self.tok, blocked, subj.start, subj.end, q.start)
        if start is None and end is None:
            return None
        start, end = start if start is not None else subj.start, end if end is not None else subj.end
        if end <= start:
            return None
        moved = Phrase.trusted(text=page.text[start:end], start=start, end=end)
        return self._without_topic_suffix(page, moved) if self._topic_suffixed(page, moved) else moved  # 一般公共预算收入完成数

    def _region_currency(self, page: Page, place: Optional[str]) -> Optional[str]:
        """HKD/MOP/TWD for a bare 元 of the article. A traditional-script article is from Taiwan
        or Macau when it names them or their institutions in its first 4,000 characters
        (cues.tsv region_twd, region_mop), a mainland one when it speaks as a mainland
        government does (region_mainland), names a mainland province in its lead
        (region_mainland_lead) or is about a mainland province, city or county, and from Hong
        Kong otherwise; a simplified one is from Hong Kong when it says 香港 and 港元, or speaks
        as Hong Kong's government does (本港, 财政司司长: cues.tsv region_hkd) and names no
        mainland government word (region_mainland). A currency the article names in brackets
        after 元 (旅客總消費712.5億元(澳門元, 下同)) comes first; pinyin after characters
        (鎮(zhèn)江: a mainland site's conversion to traditional script) makes it mainland."""
        text = page.text[:20000]
        folded = page.folded[:20000]
        han = sum(map(len, _HAN_RUN.findall(text)))
        if not han:
            return None
        gloss = self.currency_gloss.search(folded)
        if gloss:
            key = self.currency_names[gloss.group(1)]
            return None if key == "CNY" else key
        changed = 0 if text == folded else len(self.res.changed_han.findall(text))
        traditional = changed / han > 0.04
        for currency, pattern in self.regions:
            if pattern.search(folded, 0, 4000):
                return currency if traditional else None
        if traditional:
            return self._traditional_currency(page, place, folded)
        return "HKD" if self._simplified_hong_kong(folded) else None

    def _traditional_currency(self, page: Page, place: Optional[str], folded: str) -> Optional[str]:
        """106年8月底…總薪資平均為46,368元: TWD by the Republic's calendar; 我市今年冬春水利建設計劃
        投資3.14億元, 梧州市…: a mainland text in traditional script; else Hong Kong."""
        if _ROC_YEAR.search(folded, 0, 4000):
            return "TWD"
        return None if self._speaks_mainland(folded) or (
            self.mainland_lead is not None and self.mainland_lead.search(folded, 0, 200)) or \
            _mainland_place(page, place) or page.glossed else "HKD"

    def _simplified_hong_kong(self, folded: str) -> bool:
        """香港 and 港元; or 二零一四/一五年度的政府经营开支…配合本港人力需求: a simplified text that
        speaks as Hong Kong's government does (cues.tsv region_hkd) and not as a mainland one."""
        if "香港" in folded[:2000] and "港元" in folded:
            return True
        return self.hong_kong is not None and self.hong_kong.search(folded, 0, 4000) is not None \
            and not self._speaks_mainland(folded)

    def _speaks_mainland(self, folded: str) -> bool:
        """我省, 县政府, 统计局 in the first 4,000 characters (cues.tsv region_mainland)."""
        return self.mainland is not None and self.mainland.search(folded, 0, 4000) is not None

    def _topic_suffixed(self, page: Page, subject: Phrase) -> bool:
        """The subject ends with a topic marker or the kind of figure (cues.tsv topic_suffix,
        read on the folded text: 完成數 is 完成数)."""
        return page.folded.endswith(self.topic_suffixes, subject.start, subject.end)

    def _without_topic_suffix(self, page: Page, subject: Phrase) -> Phrase:
        """工业用电量方面 → 工业用电量, 一般公共预算收入完成数 → 一般公共预算收入: the topic marker
        or the kind of figure is no part of the subject (其他方面 stays: 其他 names nothing)."""
        f = page.folded
        cut = subject.end - max(len(w) for w in self.topic_suffixes if f.endswith(w, subject.start, subject.end))
        if cut - subject.start < 2 or tag(page.folded[subject.start:cut]) == "r":
            return subject
        return Phrase.trusted(text=page.text[subject.start:cut], start=subject.start, end=cut)

    def _task_sizes(self, page: Page, claims: list[Claim]) -> None:
        """2个嵌入式养老机构建设已完成1个, 改厕任务38283座，完成38649座: an amount followed by
        the done part of it, in the same unit, after a completion verb, is the task: planned
        (unless its own clause reports it: 累计建成10所，已完成5所)."""
        if self.task_gap is None:
            return
        f = page.folded
        for a, b in zip(claims, claims[1:]):
            qa, qb = a.quantity, b.quantity
            if (a.status == "reported" and qa.unit is not None and qa.unit == qb.unit
                    and qa.dimension not in RATE_DIMENSIONS
                    and a.sentence.start == b.sentence.start
                    and self.task_gap.fullmatch(f, qa.end, qb.start)):
                start = page.clause_at(qa.start)[0]
                lead = f[max(start, f.rfind("、", start, qa.start) + 1):qa.start]  # its own list item
                if not any(w in lead for w in self.achieved_or_past):
                    a.status = "planned"

    def _distribute(self, page: Page, claims: list[Claim]) -> None:
        """Lists: 集成电路、笔记本电脑…分别出口1493.7亿元、1109.9亿元… gives each amount its own
        item; members of a list share the first member's change when they have no cue."""
        by_group: dict[int, list[Claim]] = {}
        for c in claims:
            by_group.setdefault(c.group or 0, []).append(c)
        for members in by_group.values():
            if len(members) < 2:
                continue
            first = members[0]
            for c in members[1:]:
                if c.change is None and first.change is not None:
                    c.change = first.change
            subj = first.subject
            if subj is None or any(c.subject is None or c.subject.start != subj.start for c in members):
                continue
            items = _split_items(page.folded, subj.start, subj.end)
            if len(items) == len(members):
                self._give_items(page, members, items)

    def _respectively(self, page: Page, claims: list[Claim]) -> None:
        """床位32.5万张、卫生人员101万人，分别比2020年末增长9.8%、8.8%: a list after 分别 with no
        subject of its own takes, in order, the subjects of the list just before it."""
        for idx, members in _groups_in_order(claims):
            prev = claims[max(0, idx - len(members)):idx]
            if len(members) >= 2 and self._respective_list(page, members, prev):
                for c, p in zip(members, prev):
                    c.subject = p.subject

    def _respective_list(self, page: Page, members: list[Claim], prev: list[Claim]) -> bool:
        """``members`` follow 分别 and name no items of their own (…产量分别增长), and ``prev``
        is a list of as many claims of the same sentence, each with a subject of its own."""
        f, first = page.folded, members[0]
        clause = page.clause_at(first.quantity.start)
        if clause[0] > 0 and f[clause[0] - 1] in ":：":  # 占比分别为:39.3%、19.0%、41.7%
            clause = (page.clause_at(clause[0] - 1)[0], clause[1])
        if "分别" not in f[clause[0]:first.quantity.start] and not _follows_respective(page, prev, clause):
            return False
        if any(c.subject is not None and (clause[0] <= c.subject.start < c.quantity.start) for c in members):
            return False
        if len(prev) != len(members) or any(c.sentence != first.sentence or c.subject is None for c in prev):
            return False
        return (_one_list(prev) or _one_per_clause(page, prev, first)) and len({c.subject.text for c in prev}) == len(prev)

    def _listed_subjects(self, page: Page, claims: list[Claim]) -> None:
        """城镇登记失业率、居民价格消费指数和人口自增率分别控制在4.2%、3%、2.5‰以内: the items
        listed in the clause before 分别 are, in order, the subjects of the amounts after it
        (where the walk gave them all one subject, or none)."""
        for _, members in _groups_in_order(claims):
            members = self._from_respectively(page, members)  # 家禽发展到196.8万羽,肉、蛋、奶总产量分别达…
            if len(members) < 2 or len({c.subject.start if c.subject else None for c in members}) > 1:
                continue
            items = self._items_before_respectively(page, members[0])
            if items is not None and len(items) < len(members):
                items = _items_over_clauses(page, items, len(members))
            elif items is not None and len(items) > len(members):
                items = _conjoined_items(page.folded, items, len(members))
            if items is None or len(items) != len(members) or _head_of_items(page.folded, items, members[0].subject):
                continue
            self._give_items(page, members, items)

    def _from_respectively(self, page: Page, members: list[Claim]) -> list[Claim]:
        """家禽发展到196.8万羽,肉、蛋、奶总产量分别达2.0万吨、0.55万吨、7.9万吨: a group that runs
        over the clauses of one list starts, for the items before 分别, at the first clause
        with 分别 (or 依次) before its amount; all of it when none has."""
        f = page.folded
        for k, c in enumerate(members):
            a = page.clause_at(c.quantity.start)[0]
            if any(f.find(w, a, c.quantity.start) >= 0 for w in self.respectively_words):
                return members[k:]
        return members

    def _give_items(self, page: Page, members: list[Claim], items: list[tuple[int, int]]) -> None:
        """Each member takes its item as its subject; 第一、二、三产业用电量分别为…: the items
        only number the one noun they share, which every member takes."""
        head = _elided_head(page.folded, items, self.paired_modifiers)
        if head is not None:
            items = [head] * len(items)
        else:
            items[-1] = self._without_shared_head(page.folded, items)
        for c, (a, b) in zip(members, items):
            c.subject = Phrase.trusted(text=page.text[a:b], start=a, end=b)

    def _items_before_respectively(self, page: Page, first: Claim) -> Optional[list[tuple[int, int]]]:
        """The items of 其中，亿元以上建设项目和新开工建设项目分别增长12.4%和18.9%: the words
        between the clause's start and 分别, without a lead word (其中, a scope, a time) and
        the link words before 分别 (同比, 均), split at 、 和 及 与; None unless every item is
        a short run of words."""
        f = page.folded
        a, _ = page.clause_at(first.quantity.start)
        cut = max(f.rfind(w, a, first.quantity.start) for w in self.respectively_words)
        if cut == a:
            return self._items_closing_clause_before(page, a) or _items_closed_by_etc(page, a)
        if cut < a:
            return None
        b = cut
        a0, a = a, self._after_words(f, a, b, self.list_lead_re)
        tail = self.link_tail.search(f, a, b)
        if tail is not None and tail.start() > a:
            b = tail.start()
        if tail is not None and tail.start() <= a:
            return _items_closed_by_etc(page, a0)  # …车险、企财险和工程险等业务快速增长,同比分别增长…
        items = _split_items(f, a, b)
        if len(items) < 2 or any(not 1 <= y - x <= 16 or _HAS_STOP.search(f, x, y) for x, y in items):
            return None
        return items

    def _items_closing_clause_before(self, page: Page, a: int) -> Optional[list[tuple[int, int]]]:
        """目的地主要為香港、中國大陸及中國台灣,分別佔59.7%、16.0%及11.7%: when 分别 opens the
        amounts' clause, the items are the list that closes the clause before, after its last
        verb that opens a list (cues.tsv items_opener); None unless every item is short."""
        f = page.folded
        p0, p1 = page.clause_at(a - 1)
        if p1 != a or p1 - p0 < 3 or f[p1 - 1] not in ",，" or self.items_opener_re is None:
            return None
        opener = None
        for opener in self.items_opener_re.finditer(f, p0, p1 - 1):
            pass
        if opener is None or f[opener.start() - 1:opener.start()] in _ITEM_NUMERALS:
            return None  # 五是里巷道路改造、…进展顺利: 五是 numbers an item
        items = _split_items(f, opener.end(), p1 - 1)
        if len(items) < 2 or any(not 1 <= y - x <= 16 or _HAS_STOP.search(f, x, y) for x, y in items):
            return None
        return items

    def _after_words(self, f: str, a: int, b: int, pattern) -> int:
        """The first position after the lead words (其中, 全市, 1-9月) that open [a, b)."""
        while a < b:
            mm = pattern.match(f, a, b)
            if mm is None or mm.end() == a:
                return a
            a = mm.end()
        return a

    def _without_shared_head(self, f: str, items: list[tuple[int, int]]) -> tuple[int, int]:
        """工业机器人、服务器、3D打印设备产量: the measure noun after the last item (产量)
        belongs to every item, so the last item is 3D打印设备 (肉、蛋、奶总产量: 奶)."""
        a, b = items[-1]
        shortest = min(2, *(y - x for x, y in items[:-1]))  # 肉、蛋、奶总产量: items of one character
        for head in self.shared_heads:
            if f.endswith(head, a, b) and b - a - len(head) >= shortest and not any(
                    f.endswith(head, x, y) for x, y in items[:-1]):
                return a, b - len(head)
        return a, b

    # ------------------------------------------------------------------ quantity record
    @staticmethod
    def _currency(ctx: DocContext, m: Mention) -> str:
        """The unit key, a bare 元 or $ of a Hong Kong, Macau or Taiwan article being its own
        money: 高額長生津下月起上調至$3815 (HKD); so is the 元 of a rate (14萬元／噸: TWD/t)."""
        key = m.unit.key
        if not ctx.region_currency:
            return key
        surface = m.unit_surface or ""
        bare = surface in ("元", "圆", "块", "") if key == "CNY" else key.startswith("CNY/") and surface.startswith(("元", "圆"))
        if bare and not _rmb_nearby(ctx.page.folded, m.start, m.end):
            return ctx.region_currency + key[3:]  # 46,368元: TWD; 最高14萬元／噸: TWD/t
        return ctx.region_currency if key == "USD" and surface == "$" else key

    def _quantity(self, ctx: DocContext, m: Mention) -> Quantity:
        text = ctx.page.text
        unit = m.unit
        key = self._currency(ctx, m) if unit else None
        dimension = unit.dimension if unit else m.dimension
        si_value = si_unit = None
        if unit is not None and dimension != "count" and m.value is not None:
            if dimension == "money":
                si_value, si_unit = m.value, key
            elif unit.factor is not None:
                si_value = scale(m.value, unit.factor)
                si_unit = unit.si_unit
        return Quantity.trusted(
            surface=text[m.start:m.end], start=m.start, end=m.end,
            value=m.value, low=m.low, high=m.high, bound=m.bound, unit=key,
            unit_surface=m.unit_surface, dimension=dimension, si_value=si_value, si_unit=si_unit,
        )

    # ------------------------------------------------------------------ tokens
    def _tokens(self, ctx: DocContext, clause: tuple[int, int], m: Mention) -> list[tuple[int, int, str]]:
        return ctx.tokens(min(clause[0], m.start), max(clause[1], m.end), around=m.start)

    def _breakdown(self, ctx: DocContext, m: Mention, sent, subject: Optional[Phrase], earlier) -> Optional[Phrase]:
        """未开工项目共5个，按责任单位划分分别是：银川市2个，…; 改造小区99个(经开区2个、港务区9个): after a
        breakdown lead (or a bracket of amounts right after a total), the word
        right before a counted amount is a category (银川市), not what is counted; the counted
        thing is the total's subject (未开工项目), else the lead's last noun (前九名项目 → 项目)."""
        f = ctx.page.folded
        if m.unit is None or m.unit.dimension != "count" or m.start == 0 or not _is_cjk(f[m.start - 1]) \
                or (subject is not None and subject.end != m.start):
            return None
        lead = self._breakdown_lead(ctx, sent, m, subject)
        if lead is None:
            return None
        total = next((subj for pm, subj in reversed(earlier[-8:]) if pm.end <= lead[0] and subj is not None
                      and pm.unit is not None and pm.unit.key == m.unit.key), None)
        if _kind_of_total(f, lead, subject, total):
            return None
        return total if total is not None else self._lead_noun(ctx, sent, lead)

    def _breakdown_lead(self, ctx: DocContext, sent, m: Mention, subject: Optional[Phrase]) -> Optional[tuple[int, int]]:
        """The breakdown lead before the amount in its sentence, if it governs it."""
        lead = last_before(ctx.breakdowns, sent[0], m.start)
        f = ctx.page.folded
        if lead is None or (f[lead[0]] in OPEN_BRACKETS and not self._place_item(f, lead, m, subject)):
            return None
        return lead

    def _place_item(self, f: str, lead: tuple[int, int], m: Mention, subject: Optional[Phrase]) -> bool:
        """小区99个(经开区2个、港务区9个): inside the bracket after a total, an amount after a place
        (a word with a place suffix) is a share of the total; 幼儿园83所(公办52所) names a kind, and
        after the bracket (…),惠及居民2.1万户) the breakdown is over."""
        label = f[subject.start:subject.end] if subject is not None else f[max(lead[1], m.start - 4):m.start]
        return CLOSE_BRACKETS.isdisjoint(f[lead[1]:m.start]) and len(label) >= 2 \
            and any(label.endswith(x) for x in self.place_suffixes)

    def _lead_noun(self, ctx: DocContext, sent, lead: tuple[int, int]) -> Optional[Phrase]:
        """前九名项目按…分别是：: the lead's last word, when a noun right before it."""
        last = next((t for t in reversed(ctx.tokens(sent[0], lead[0])) if not is_stop_punct(t[2])), None)
        if last is not None and last[1] >= lead[0] - 1 and not has_digit(last[2]) \
                and tag(last[2]) not in FORWARD_STOP_TAGS and last[2] not in self.stop_words:
            return phrase(ctx.page.text, last[0], last[1])
        return None


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NUMBERED = regex.compile(r"(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")
_LABEL = regex.compile(r"\s*(\p{Han}{2,16})\s*")  # a label line of an infographic


def _kind_of_total(f: str, lead: tuple[int, int], subject: Optional[Phrase], total: Optional[Phrase]) -> bool:
    """深度贫困村41个(其中贫困村28个): in a bracket after a total, a label that ends as the total
    does is a kind of it, not a place."""
    return total is not None and subject is not None and f[lead[0]] in OPEN_BRACKETS and \
        f[subject.end - 2:subject.end] == f[total.end - 2:total.end]


def _label_line(page: Page, m: Mention) -> Optional[Phrase]:
    """全省地方⏎一般公共预算收入⏎479.89亿元 同比增长45.8%: an amount on a line that opens with a
    figure, where the line above is a short label and nothing else, is said of that label."""
    f = page.folded
    start = f.rfind("\n", 0, m.start) + 1
    head = f[start:m.start].strip()
    if start < 2 or (head and not head[0].isdigit()):
        return None
    above = f.rfind("\n", 0, start - 1) + 1
    hit = _LABEL.fullmatch(f, above, start - 1)
    return phrase(page.text, hit.start(1), hit.end(1)) if hit else None


_NUMERAL_CHARS = (CHINESE_NUMERAL_CHARS - POINTS) | {"."}  # 一斤, 3.5万吨 (点位 is no numeral and a classifier)
_TIME_FRAME = regex.compile(r"(?:到|至|截至|截止|截止到|较|比|与|同)?")  # before a time word that is the whole subject
_TIME_END = regex.compile(r"(?:底|末|初|以来|同期)?")
_ROC_YEAR = re.compile(r"(?<![\d.,])1[0-3]\d\s*年\s*(?:1[0-2]|[1-9])\s*月")  # 106年8月, 113 年 1 月
_ITEM_NUMERALS = frozenset("一二三四五六七八九十")  # 五是: an item's number before 是
_LIST_CLOSE = regex.compile(r"等|[两二三四五六七八九十]个")  # what closes a list before its head: …等业务, …三个行业
_HAS_STOP = regex.compile(r"[\s\d，,。；;：:（）()“”\"《》]")
_SENTENCE_STOP = re.compile(r"[。；;！？]")
_TARGET_IN_BRACKETS = regex.compile(r"[(（](?:年度|全年)?(?:预期)?(?:目标|计划|任务)(?:值|数)?[:：为是]?")
# 按责任单位划分分别是：…; 改造小区99个(经开区2个、港务区9个…): a bracket right after an amount that opens with amounts of its own
_BREAKDOWN = regex.compile(r"按[^，,。；;：:]{1,16}?(?:划分|分类|来分|分)[^，,。；;：:]{0,4}[：:]"
                           r"|(?<=\d\p{Han}{0,2})[(（](?=[^)）\n]{0,12}?\d)")


def _restatements(f: str, claims: list[Claim]) -> None:
    """增加296.7万吨(59.3亿斤): an amount in brackets right after another restates it in other
    units, so it shares that amount's subject, status and change; 增长58.3%(目标10.5%) gives
    the target of the same indicator, a plan."""
    for a, b in zip(claims, claims[1:]):
        gap = f[a.quantity.end:b.quantity.start]
        if f[b.quantity.end:b.quantity.end + 1] not in (")", "）"):
            continue
        if gap in ("(", "（"):
            b.subject, b.status, b.change = a.subject, a.status, a.change
        elif _TARGET_IN_BRACKETS.fullmatch(gap):
            b.subject, b.status, b.change = a.subject, "planned", b.change or a.change


def _headline_status(f: str, claims: list[Claim]) -> None:
    """A headline (the first line, short and without a full stop) repeats amounts of the body
    and drops their cue words: 新改扩建50所中小学 is the plan 新改扩建中小学校50所以上 further
    down, so it is planned too (a headline with a cue of its own keeps it)."""
    line_end = f.find("\n")
    if line_end < 0 or line_end > 80 or "。" in f[:line_end]:
        return
    for c in claims:
        if c.quantity.start >= line_end:
            break
        if c.status == "planned":
            continue
        q = c.quantity
        for later in claims:
            lq = later.quantity
            if lq.start > line_end and lq.value is not None and lq.value == q.value and lq.unit == q.unit:
                c.status = later.status
                if later.status == "planned":
                    break


# ---------------------------------------------------------------------- helpers
_DATE = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:年\s*\d{1,2}\s*月|[-/.]\d{1,2}[-/.]\d{1,2})")
_TITLE_MAX = 60  # a first line at most this long is the headline
_YEAR_PART = re.compile(r"((?:19|20)\d\d)年(?=前[一二三]季度|[一二三四1-4]季度|上半年|下半年|全年|1[-—~至到]1?\d月)")


def article_year(f: str, published: Optional[str]) -> Optional[int]:
    """The year the article speaks from: its publication date, else the latest full date
    (2025年2月22日, 2025-02-22) in its first 300 characters, else the latest year of a
    part of a year there (2024年前三季度全县生产总值, in an undated release), or a year of the
    headline when it is later; None when none is there."""
    year, _ = parse_published(published)
    if year is not None:
        return year
    years = [int(m.group(1)) for m in _DATE.finditer(f, 0, 300)] or [int(m.group(1)) for m in _YEAR_PART.finditer(f, 0, 300)]
    if years:  # 2024年郑州机场新开国际货运航线19条 (a headline) … 2016年1月,郑州又获批…: the headline's year too
        title = f.find("\n", 0, _TITLE_MAX)
        years += [int(m.group(1)) for m in YEAR_IN.finditer(f, 0, max(title, 0))]
    return max(years) if years else None


@dataclass
class _Walk:
    """What the claims of a document pass on to the next mention."""

    claims: list[Claim] = field(default_factory=list)
    prev_by_sentence: dict = field(default_factory=dict)
    last_subject_by_unit: dict = field(default_factory=dict)
    group_id: int = 0
    last_group_end: Optional[int] = None
    last_sentence: Optional[tuple[int, int]] = None
    para_time: Optional[tuple[int, int]] = None
    published: Optional[str] = None
    periods: Optional[DocPeriods] = None  # what relative times stand on, the title's and headings' periods
    period_rule: str = ""  # the rule that gave the last claim its period
    and_change: Optional["regex.Pattern[str]"] = None  # 和上升: what else may join two amounts of a list

    def group_of(self, f: str, m: Mention, sent: tuple[int, int]) -> int:
        """建成1个…、8个…、106个…: members of one list under one predicate share a group."""
        if not (self.last_group_end is not None and sent == self.last_sentence
                and _listed(f[self.last_group_end:m.start], self.and_change)):
            self.group_id += 1
        self.last_group_end = m.end
        self.last_sentence = sent
        return self.group_id


def _changed_to(verbs) -> Optional[regex.Pattern]:
    """每月由7,072元调升至7,280元: right after an amount, a verb that changes a level (cues
    level_change), then 至, 到 or 为; None without the verbs."""
    if not verbs:
        return None
    return regex.compile(rf"[^，,。；;\d]{{0,2}}?(?:{alternation_source(verbs)})(?:至|到|为)")


def _follows_respective(page: Page, prev: list[Claim], clause: tuple[int, int]) -> bool:
    """保税物流、加工贸易、对外承包出口分别达104.7亿元、14.6亿元、8.3亿元,增长153.2%、41.9%、157.3%:
    the clause right after a list led by 分别 carries the 分别 on to its own list."""
    if not prev:
        return False
    f = page.folded
    a = page.clause_at(prev[0].quantity.start)[0]
    return "分别" in f[a:prev[0].quantity.start] and page.clause_at(prev[-1].quantity.start)[1] + 1 >= clause[0]


def _groups_in_order(claims: list[Claim]):
    """(index of the first, members) of each run of claims sharing a group, in text order; a
    claim with no group is a run of its own."""
    k = 0
    while k < len(claims):
        g = claims[k].group
        j = k
        while j < len(claims) and g is not None and claims[j].group == g:
            j += 1
        yield k, (claims[k:j] if j > k else [claims[k]])
        k = max(j, k + 1)


def _naming_subjects(page: Page, claims: list[Claim]) -> None:
    """– 20億人民幣的20年期債券, ↓7.26%: a subject that holds no character or letter (a dash or
    an arrow that opens the line) names nothing; the claim keeps none."""
    for c in claims:
        if c.subject is not None and not NAMING.search(page.folded, c.subject.start, c.subject.end):
            c.subject = None


def _renumber_groups(claims: list[Claim]) -> None:
    """A group of one is no group; the others are numbered 1, 2, … in text order."""
    counts: dict[int, int] = {}
    for c in claims:
        counts[c.group or 0] = counts.get(c.group or 0, 0) + 1
    renumber: dict[int, int] = {}
    for c in claims:
        if counts.get(c.group or 0, 0) < 2:
            c.group = None
        else:
            c.group = renumber.setdefault(c.group or 0, len(renumber) + 1)


def _plain(value):
    """A rule's value as trace JSON: a phrase by its text, a period as start…end, anything
    else as it is."""
    if isinstance(value, Phrase):
        return value.text
    if isinstance(value, Period):
        return f"{value.start}…{value.end} ({value.anchor})"
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _traced_fields(c: Claim) -> dict:
    return {"subject": _plain(c.subject), "predicate": _plain(c.predicate), "status": c.status,
            "change": c.change, "time": c.time, "scope": c.scope}


def claim_id(text_sha: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{text_sha}:{start}:{end}".encode()).hexdigest()[:16]


_ITEM = r"(?:第?[零〇一二三四五六七八九十百千\d]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩA-Za-z])"  # 第一, 二, Ⅲ, A
_ITEM_NUMBER = regex.compile(_ITEM)
_LEADING_NUMBER = regex.compile(_ITEM + "[类级]?")


def _elided_head(f: str, items: list[tuple[int, int]], modifiers: frozenset = frozenset()) -> Optional[tuple[int, int]]:
    """第一、二、三产业用电量, Ⅰ、Ⅱ、Ⅲ类水质断面: when every item but the last is only a
    number, the items number one noun, written once after the last number; its span. 城镇和农村
    居民人均可支配收入: so do paired modifiers (cues.tsv paired_modifier) that open every item."""
    if len(items) < 2:
        return None
    a, b = items[-1]
    if all(f[x:y] in modifiers for x, y in items[:-1]) and f[a:a + 2] in modifiers and b - a >= 6:
        return a + 2, b
    if not all(_ITEM_NUMBER.fullmatch(f, x, y) for x, y in items[:-1]):
        return None
    lead = _LEADING_NUMBER.match(f, a, b)
    if lead is None or b - lead.end() < 2:
        return None
    return lead.end(), b


def _head_of_items(f: str, items: list[tuple[int, int]], subject: Optional[Phrase]) -> bool:
    """住院和门诊每人次平均救助水平分别为1498.4元和153.2元: the walk's subject (3 characters
    or more) ends the last item only, which the first item does not share: a measure written
    once for every item, so it stays every amount's subject."""
    if subject is None or subject.end - subject.start < 3:
        return False
    (a0, b0), (a, b) = items[0], items[-1]
    return subject.end == b and subject.start > a and not f.endswith(f[b - 2:b], a0, b0)


def _conjoined_items(f: str, items: list[tuple[int, int]], n: int) -> Optional[list[tuple[int, int]]]:
    """在外住宿、旅行社收费、飞机票、景点门票、电影及演出票价格分别上涨8.3%、2.6%、2.0%、1.1%、0.5%:
    with more items than amounts, items joined by 和, 及 or 与 (not 、) are one item, when that
    leaves as many items as amounts; None otherwise."""
    joined = [k for k in range(1, len(items)) if f[items[k - 1][1]:items[k][0]] in ("和", "及", "与")]
    if len(items) - len(joined) != n:
        return None
    out = []
    for k, item in enumerate(items):
        out.append((out.pop()[0], item[1]) if k in joined else item)
    return out


def _items_closed_by_etc(page: Page, a: int) -> Optional[list[tuple[int, int]]]:
    """其中,与经济社会发展密切相关的车险、企财险、责任险和工程险等业务快速增长,同比分别增长11.1%、…:
    when only link words stand before 分别, the items are the list of the clause before, from
    after its last 的 before the first 、 to the 等 or the count that closes it (汽车制造业、
    食品制造业、燃气生产和供应业三个行业增加值增势较好); None unless there is one and every item
    is short."""
    f = page.folded
    p0, p1 = page.clause_at(a - 1)
    if p1 != a or p1 - p0 < 4:
        return None
    first, last = f.find("、", p0, p1), f.rfind("、", p0, p1)
    close = _LIST_CLOSE.search(f, last, p1) if last >= 0 else None
    if close is None:
        return None
    close = close.start()
    items = _split_items(f, max(p0, f.rfind("的", p0, first) + 1), close)
    if len(items) < 2 or any(not 1 <= y - x <= 16 or _HAS_STOP.search(f, x, y) for x, y in items):
        return None
    return items


def _split_items(f: str, a: int, b: int) -> list[tuple[int, int]]:
    """Items of 集成电路、笔记本电脑和太阳能电池 (separated by 、 和 及 与)."""
    out = []
    start = a
    for mm in regex.finditer(r"、|和|及|与|以及", f[a:b]):
        s, e = a + mm.start(), a + mm.end()
        if s > start:
            out.append((start, s))
        start = e
    if start < b:
        out.append((start, b))
    return out


def _items_over_clauses(page: Page, items: list[tuple[int, int]], n: int) -> Optional[list[tuple[int, int]]]:
    """学前教育毛入园率,小学净入学率,初中阶段、高中阶段、高等教育毛入学率分别为…(five amounts):
    fewer items than amounts before 分别; the short clauses before, each with no number, hold
    the first items. None unless the items then match the amounts one for one."""
    f = page.folded
    while len(items) < n:
        p0, p1 = page.clause_at(items[0][0] - 1)
        if p1 != items[0][0] and not (p1 < items[0][0] and not f[p1:items[0][0]].strip()):
            return None
        if f[p1 - 1] not in ",，" or not 2 <= p1 - p0 <= 17 or _HAS_STOP.search(f, p0, p1 - 1):
            return None
        items = _split_items(f, p0, p1 - 1) + items
    return items if len(items) == n else None


def _listed(gap: str, and_change: Optional["regex.Pattern[str]"] = None) -> bool:
    """The gap between two amounts of one list: 、, 和, or 和 and the change word repeated
    (分别上升5.3%和上升6.8%: ``and_change``)."""
    gap = gap.strip()
    return bool(gap) and len(gap) <= 12 and ("、" in gap or gap in ("和", "及", "与", "，", ",") or (
        and_change is not None and and_change.fullmatch(gap) is not None)) and not _SENTENCE_STOP.search(gap)


# a list item's mark at the head of a phrase, with the spaces after it: ⑵ ② ❸ ⒉ (Unicode's
# enclosed and parenthesised numbers), 一、, 2. (not 2.5, nor 一、二级 or 二、三产业: numerals
# listed), (一), （3）
_LIST_MARK = regex.compile(r"(?:[\u2460-\u249b\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]+|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])"
                           r"|\d{1,2}[、.．](?![\d一二三四五六七八九十])|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*")


def _one_list(claims: list[Claim]) -> bool:
    """One group (床位32.5万张、卫生人员101万人), or clauses of one dimension (第一产业51.55万人,
    第二产业24.94万人,第三产业54.79万人)."""
    return (claims[0].group is not None and all(c.group == claims[0].group for c in claims)) or \
        len({c.quantity.dimension for c in claims}) == 1


def _one_per_clause(page: Page, claims: list[Claim], first: Claim) -> bool:
    """全省接待游客4106.1万人次,旅游花费326.1亿元,按可比口径同比分别增长6.1%、6.5%: amounts of
    different kinds, each alone in its clause, the last in the clause right before the one of
    分别, are the items the amounts after it go to (not across a clause of items of its own:
    …,嘉泽镇、西太湖竣工率较高,分别为100%、65%)."""
    clauses = [page.clause_at(c.quantity.start) for c in claims]
    before = page.clause_at(page.clause_at(first.quantity.start)[0] - 1)
    return len(set(clauses)) == len(claims) and clauses[-1] == before


def _aside(page: Page, subject: Optional[Phrase], m: Mention, clause: tuple[int, int]) -> bool:
    """印花稅(增加了59億港元): an amount in brackets right after its subject, inside its
    clause, is an aside that later amounts do not continue."""
    f = page.folded
    return (subject is not None and m.end <= clause[1] and f[subject.end:subject.end + 1] in OPEN_BRACKETS
            and f[m.end:m.end + 1] in CLOSE_BRACKETS)


def _has_list_mark(text: str) -> bool:
    return _LIST_MARK.match(text) is not None


def _without_list_mark(page: Page, subject: Optional[Phrase]) -> Optional[Phrase]:
    """⑵耕地保有量 → 耕地保有量, 一、基隆港 → 基隆港: the item's mark is no part of what is counted."""
    cut = subject.start + _LIST_MARK.match(subject.text).end()
    if cut >= subject.end:
        return None
    return Phrase.trusted(text=page.text[cut:subject.end], start=cut, end=subject.end)


def _slice(text: str, span: Optional[tuple[int, int]]) -> Optional[str]:
    return text[span[0]:span[1]] if span else None


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{1,7}")  # GDP, CPI, PPI: a name's abbreviation in brackets


def _same_paragraph(page: Page, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return "\n" not in page.folded[a[1]:b[0]]


def _rmb_nearby(f: str, s: int, e: int) -> bool:
    return "人民币" in f[max(0, s - 6):e + 4]


class PlaceNames:
    """Place names (长沙市, 广西壮族自治区): one to six Han characters and a place suffix
    (data: place_suffix). ``names(f)`` gives what ``pattern.findall(f)`` gives, found faster:
    the search starts near the next character that can end a name (no name starts more than
    ``reach`` characters before it)."""

    def __init__(self, suffixes: Sequence[str]):
        self.pattern = self.last = None
        if suffixes:
            self.pattern = regex.compile(r"\p{Han}{1,6}?(?:" + "|".join(map(regex.escape, suffixes)) + ")")
            self.last = re.compile("[" + re.escape("".join(sorted({x[-1] for x in suffixes}))) + "]")
        self.reach = 6 + max(map(len, suffixes), default=0) - 1

    def names(self, f: str) -> Iterator[str]:
        pos = 0
        while self.pattern is not None and self.last is not None:
            last = self.last.search(f, pos + 1)
            m = self.pattern.search(f, max(pos, last.start() - self.reach)) if last else None
            if m is None:
                return
            pos = m.end()
            yield m.group()


def _doc_place(page: Page, places: PlaceNames) -> Optional[str]:
    """The place an article is about: the most frequent X市/X省/X县 name."""
    counts: dict[str, int] = {}
    for name in places.names(page.folded[:3000]):
        if name.startswith(("全", "本", "我", "各", "该", "城", "市", "县", "区")) or len(name) < 2:
            continue
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    name, n = max(counts.items(), key=lambda kv: (kv[1], -len(kv[0])))
    if n < 2:
        return None
    at = page.folded.find(name)
    return page.text[at:at + len(name)]


def _mainland_place(page: Page, place: Optional[str]) -> bool:
    """The article's own place is a province, city, county or prefecture (梧州市), which Hong
    Kong and Macau texts do not have (their districts end in 區)."""
    if not place:
        return False
    at = page.text.find(place)
    return at >= 0 and page.folded[at + len(place) - 1] in "省市县州"


