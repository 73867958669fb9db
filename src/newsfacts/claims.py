"""From quantity mentions to claims: subject, predicate, scope, time, status, change,
modifiers and groups.

Needs: the :class:`~newsfacts.text.Page` (sentences, clauses, folded text), the scanner's
mentions and dates, and a tokenizer. Sets: every :class:`~newsfacts.models.Claim` field.
Only clauses that hold a quantity are tokenised.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
from dataclasses import dataclass, field
from typing import Optional

import regex

from .models import Claim, Phrase, Quantity, Span
from .numbers import scale
from .resources import Resources
from .scan import Mention, ScanResult, TimeMention, _is_cjk, literal_alternation
from .text import Page, SpanSet
from .lexicon import tag
from .tokens import Tokenizer

_PUNCT = set("，,。；;：:！？!?（）()【】[]《》<>…—\n\t .．")
_QUOTE_CHARS = set("“”「」『』‘’\"'")
_OPEN_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》"}
_HAN = regex.compile(r"[\u4e00-\u9fff]")
_ASCII_NAME = regex.compile(r"[A-Za-z0-9.]+")
_TARGET_IN_BRACKETS = regex.compile(r"[(（](?:年度|全年)?(?:预期)?(?:目标|计划|任务)(?:值|数)?[:：为是]?")
_TARGET_AFTER = regex.compile(r"(?:左右|以上|以内|以下)?的(?:预期)?目标")
_BREAKDOWN = regex.compile(r"按[^，,。；;：:]{1,16}?(?:划分|分类|来分|分)[^，,。；;：:]{0,4}[：:]")
_NAME_SPAN = regex.compile(r"《[^《》\n]*(?:》|$)|「[^「」\n]*(?:」|$)|『[^『』\n]*(?:』|$)", regex.M)
_OPEN_BRACKETS = {"(", "（"}
_CLOSE_BRACKETS = {")", "）"}
_NP_JOINERS = {"、", "和", "及", "与", "以及", "或"}
_NUMERAL_CHAR = regex.compile(r"[零〇一二两三四五六七八九十百千万亿几多]")
_PLACE_SUFFIXES = "省市县区州旗镇乡村"
_FORWARD_STOP_TAGS = frozenset({"v", "d", "r", "p", "c", "u", "uj", "y"})
_BACKWARD_STOP_TAGS = frozenset({"d", "r", "p", "c", "u", "uj", "y"})


def _stop_tag(w: str, tags: frozenset) -> bool:
    """A word whose tag ends a noun phrase; conjunctions that join nouns (和, 及) do not."""
    t = tag(w)
    return t in tags and not (t == "c" and w in _NP_JOINERS)
# characters looked at around an amount (sentence and clause cues, tokens), and tokens on
# either side of it in a run-on clause
WINDOW = 300
RADIUS = 48
_OPENING = regex.compile(r"(?:在|随着|按照|根据|为了|经过|通过|围绕|对于|针对|据|数据显示|统计显示|公报显示|报告显示|从.{0,12}看|.{0,16}(?:显示|表示|介绍|指出)[,，:：])")
_INTRODUCES = regex.compile(r"(?:[:：]|(?:是|为|如下)[,，:：]?)\s*$")
_YEAR_TARGET = regex.compile(
    r"(?:(?<=^|[，,；;：:\s])|(?<=力争|争取|预计|计划|目标|确保))到\s*(?:20\d\d|二〇[一二三四五][〇一二三四五六七八九])\s*年")
_PLACE = regex.compile(r"[\p{Han}]{1,6}?(?:省|市|县|区|州|盟|旗|镇|乡|村|自治区|特别行政区)")


@dataclass
class _Ctx:
    page: Page
    res: Resources
    tok: Tokenizer
    doc_place: Optional[str]
    region_currency: Optional[str]
    blocked: SpanSet
    mention_starts: list[int]
    times: list[TimeMention]
    time_starts: list[int]
    time_words: tuple[list[int], list[tuple[int, int]]]
    scope_words: tuple[list[int], list[tuple[int, int]]]
    plan_from: Optional[int]
    names: SpanSet  # inside 《titles》 and 「quoted names」

    _sentence_tokens: dict = field(default_factory=dict)

    def tokens(self, a: int, b: int, around: Optional[int] = None) -> list[tuple[int, int, str]]:
        """Tokens lying within [a, b): each sentence is tokenised once, then sliced. With
        ``around``, at most RADIUS tokens on either side of that offset, so the look-around
        of one amount stays small in a run-on clause."""
        if b <= a:
            return []
        sent = self.page.sentence_at(a)
        if not (sent[0] <= a and b <= sent[1]):
            toks = self._split_at_mentions(self.tok.spans(self.page.folded, a, b))
            if around is not None:
                k = bisect.bisect_left([t[0] for t in toks], around)
                toks = toks[max(0, k - RADIUS):k + RADIUS]
            return toks
        cached = self._sentence_tokens.get(sent)
        if cached is None:
            toks = self._split_at_mentions(self.tok.spans(self.page.folded, sent[0], sent[1]))
            cached = ([t[0] for t in toks], toks)
            self._sentence_tokens[sent] = cached
        starts, toks = cached
        i = bisect.bisect_left(starts, a)
        j = bisect.bisect_left(starts, b)
        while j > i and toks[j - 1][1] > b:
            j -= 1
        if around is not None:
            k = bisect.bisect_left(starts, around)
            i, j = max(i, k - RADIUS), min(j, k + RADIUS)
        return toks[i:j]

    def _split_at_mentions(self, spans) -> list[tuple[int, int, str]]:
        """Tokens as (start, end, word), cut where an amount starts inside one: jieba keeps
        letters and digits together (GDP9602), the amount stands alone (GDP, 9602.72亿元)."""
        f = self.page.folded
        starts = self.mention_starts
        out = []
        for s, e in spans:
            k = bisect.bisect_right(starts, s)
            while k < len(starts) and starts[k] < e:
                out.append((s, starts[k], f[s:starts[k]]))
                s = starts[k]
                k += 1
            out.append((s, e, f[s:e]))
        return out

    def is_time(self, a: int, b: int) -> bool:
        """[a, b) overlaps a date or time the scanner set aside."""
        k = bisect.bisect_right(self.time_starts, b - 1) - 1
        return k >= 0 and self.times[k].end > a

    def mention_between(self, a: int, b: int) -> bool:
        k = bisect.bisect_right(self.mention_starts, a)
        return k < len(self.mention_starts) and self.mention_starts[k] < b


class ClaimBuilder:
    """Turns mentions into claims; holds the cue sets loaded from data."""

    def __init__(self, res: Resources, tokenizer: Tokenizer):
        self.res = res
        self.tok = tokenizer
        cues = res.cues
        self.planned = set(cues.get("planned", ()))
        self.planned_sentence = set(cues.get("planned_sentence", ()))
        self.not_planned = set(cues.get("not_planned", ()))
        self.past = set(cues.get("past", ()))
        self.plan_context_re = literal_alternation(cues.get("plan_context", ()))
        self.reported = set(cues.get("reported", ()))
        self.increase = set(cues.get("increase", ()))
        self.decrease = set(cues.get("decrease", ()))
        self.level = set(cues.get("level", ()))
        self.modifiers = set(cues.get("modifier", ()))
        self.compare = set(cues.get("compare", ()))
        self.scope_words = set(cues.get("scope", ()))
        self.time_words = set(cues.get("time", ()))
        self.time_re = literal_alternation(self.time_words)
        self.scope_re = literal_alternation(self.scope_words)
        self.predicates = res.predicates
        self.activities = set(cues.get("activity", ()))
        self.link = set(cues.get("link", ()))
        self.measure = set(cues.get("measure", ()))
        self.share_verbs = set(cues.get("share", ()))
        self.bracket_notes = tuple(cues.get("bracket_note", ()))
        self.coordinators = tuple(cues.get("coordinator", ()))
        self.rates = set(cues.get("rate", ()))
        self.additions = set(cues.get("addition", ()))
        self.not_subject = set(cues.get("not_subject", ()))
        self.shared_heads = sorted(cues.get("shared_head", ()), key=len, reverse=True)
        self.places = res.places
        self.not_places = set(cues.get("not_place", ()))
        self.prepositions = set(cues.get("preposition", ()))
        self.adverbs = set(cues.get("adverb", ()))
        self.also_adjectives = set(cues.get("also_adjective", ()))
        self.time_prepositions = set(cues.get("time_preposition", ()))
        self.not_topical = set(cues.get("not_topical", ()))
        self.from_words = set(cues.get("from_word", ()))
        self.collective = set(cues.get("collective", ()))
        self.bare_quantifiers = set(cues.get("bare_quantifier", ()))
        self.averages = set(cues.get("average", ()))
        self.limits = set(cues.get("limit", ()))
        self.degree_words = set(cues.get("degree", ()))
        self.contrast = set(cues.get("contrast", ()))
        self.partner_prepositions = set(cues.get("partner_preposition", ()))
        self.unit_words = set(res.classifiers) | set(res.units)
        self.compare_verbs = set(cues.get("compare_verb", ()))
        self.stop_words = self.prepositions | self.scope_words | self.time_words

    # ------------------------------------------------------------------ public
    def build(self, page: Page, scan: ScanResult, doc_id: str, text_sha: str) -> list[Claim]:
        blocked = SpanSet([(t.start, t.end) for t in scan.times] + [(x.start, x.end) for x in scan.mentions])
        times = sorted(scan.times, key=lambda t: t.start)
        ctx = _Ctx(page, self.res, self.tok, _doc_place(page), _region_currency(page), blocked,
                   [x.start for x in scan.mentions], times, [t.start for t in times],
                   _occurrences(self.time_re, page.folded), _occurrences(self.scope_re, page.folded),
                   self._plan_context(page), _names(page.folded))
        claims: list[Claim] = []
        prev_by_sentence: dict[tuple[int, int], list[tuple[Mention, Optional[Phrase]]]] = {}
        last_subject_by_unit: dict[str, Phrase] = {}
        group_id = 0
        last_group_end: Optional[int] = None
        last_sentence: Optional[tuple[int, int]] = None
        para_time: Optional[str] = None
        for m in scan.mentions:
            true_sent = page.sentence_at(m.start)
            # every look-around is bounded, so a pathological sentence stays linear
            sent = (max(true_sent[0], m.start - WINDOW), min(true_sent[1], m.end + WINDOW))
            clause = page.clause_at(m.num_start)
            clause = (max(clause[0], m.start - WINDOW), min(clause[1], m.end + WINDOW))
            tokens = self._tokens(ctx, clause, m)
            subject, predicate = self._subject(ctx, m, clause, tokens)
            earlier = prev_by_sentence.setdefault(true_sent, [])
            # a subject that is the object of a verb (拉动进出口…) is not the topic that
            # later elided amounts continue
            topical = subject is None or predicate is None or predicate.end > subject.start or \
                page.folded[predicate.start:predicate.end] not in self.not_topical
            label = self._breakdown(ctx, m, sent, subject, earlier)
            if label is not None:
                subject, topical = label, False
            if subject is None:
                subject = self._inherit(m, earlier, last_subject_by_unit, page)
                if subject is not None and subject.start < m.end and m.start < subject.end:
                    subject = None  # 100多万辆1.6升及以下节能乘用车: no amount is its own subject
            if subject is None:
                subject = self._topic(ctx, sent, m)
            if predicate is None:
                predicate = self._predicate_near(ctx, m, clause, tokens)
            status = self._status(ctx, m, sent, clause, tokens)
            if status == "reported" and claims and claims[-1].status == "planned" and \
                    claims[-1].sentence.start == true_sent[0] and self._continues(page.folded, clause, claims[-1]):
                status = "planned"  # …增加4000張至16000張，以及把…增加1000張: one plan, two clauses
            change = self._change(ctx, m, clause, tokens)
            modifiers = self._modifiers(ctx, m, sent, clause, tokens)
            time = self._time(ctx, m, sent) or (para_time if last_sentence and _same_paragraph(page, last_sentence, sent) else None)
            if time:
                para_time = time
            scope = self._scope(ctx, m, sent)
            # groups: members of one list under one predicate (建成1个…、8个…、106个…)
            if last_group_end is not None and true_sent == last_sentence and _listed(page.folded[last_group_end:m.start]):
                pass
            else:
                group_id += 1
            last_group_end = m.end
            last_sentence = true_sent
            if topical:
                earlier.append((m, subject))
                if subject is not None and m.unit is not None:
                    last_subject_by_unit[m.unit.key] = subject
            # records are built from slices of the text itself, so they are constructed
            # without re-validation; tests check every span with Document.check_offsets
            claims.append(Claim.trusted(
                id=_claim_id(text_sha, m.start, m.end),
                doc_id=doc_id,
                quantity=self._quantity(ctx, m),
                subject=subject,
                predicate=predicate,
                scope=scope,
                time=time,
                status=status,
                change=change,
                modifiers=modifiers,
                sentence=Span.trusted(start=true_sent[0], end=true_sent[1]),
                group=group_id,
            ))
        self._distribute(page, claims)
        self._respectively(page, claims)
        _restatements(page.folded, claims)
        _headline_status(page.folded, claims)
        # a group of one is no group
        counts: dict[int, int] = {}
        for c in claims:
            counts[c.group or 0] = counts.get(c.group or 0, 0) + 1
        renumber: dict[int, int] = {}
        for c in claims:
            if counts.get(c.group or 0, 0) < 2:
                c.group = None
            else:
                c.group = renumber.setdefault(c.group or 0, len(renumber) + 1)
        return claims

    def _distribute(self, page: Page, claims: list[Claim]) -> None:
        """Lists: 集成电路、笔记本电脑…分别出口1493.7亿元、1109.9亿元… gives each amount its own
        item; members of a list share the first member's change when they have no cue."""
        by_group: dict[int, list[Claim]] = {}
        for c in claims:
            by_group.setdefault(c.group or 0, []).append(c)
        text = page.text
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
                items[-1] = self._without_shared_head(page.folded, items)
                for c, (a, b) in zip(members, items):
                    c.subject = Phrase.trusted(text=text[a:b], start=a, end=b)

    def _respectively(self, page: Page, claims: list[Claim]) -> None:
        """床位32.5万张、卫生人员101万人，分别比2020年末增长9.8%、8.8%: a list after 分别 with no
        subject of its own takes, in order, the subjects of the list just before it."""
        f = page.folded
        k = 0
        while k < len(claims):
            g = claims[k].group
            j = k
            while j < len(claims) and g is not None and claims[j].group == g:
                j += 1
            members = claims[k:j] if j > k else [claims[k]]
            idx = k
            k = max(j, k + 1)
            if len(members) < 2:
                continue
            first = members[0]
            clause = page.clause_at(first.quantity.start)
            if "分别" not in f[clause[0]:first.quantity.start]:
                continue
            if any(c.subject is not None and (clause[0] <= c.subject.start < c.quantity.start) for c in members):
                continue  # the list names its own items (…产量分别增长)
            prev = claims[max(0, idx - len(members)):idx]
            if len(prev) != len(members) or any(c.sentence != first.sentence or c.subject is None for c in prev):
                continue
            if prev[0].group is None or any(c.group != prev[0].group for c in prev) or \
                    len({c.subject.text for c in prev}) != len(prev):
                continue
            for c, p in zip(members, prev):
                c.subject = p.subject

    def _without_shared_head(self, f: str, items: list[tuple[int, int]]) -> tuple[int, int]:
        """工业机器人、服务器、3D打印设备产量: the measure noun after the last item (产量)
        belongs to every item, so the last item is 3D打印设备."""
        a, b = items[-1]
        for head in self.shared_heads:
            if f.endswith(head, a, b) and b - a - len(head) >= 2 and not any(
                    f.endswith(head, x, y) for x, y in items[:-1]):
                return a, b - len(head)
        return a, b

    # ------------------------------------------------------------------ quantity record
    def _quantity(self, ctx: _Ctx, m: Mention) -> Quantity:
        text = ctx.page.text
        unit = m.unit
        key = unit.key if unit else None
        dimension = unit.dimension if unit else m.dimension
        if unit is not None and key == "CNY" and ctx.region_currency and (m.unit_surface or "") in ("元", "圆", "块", "") \
                and not _rmb_nearby(ctx.page.folded, m.start, m.end):
            key = ctx.region_currency
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
    def _tokens(self, ctx: _Ctx, clause: tuple[int, int], m: Mention) -> list[tuple[int, int, str]]:
        return ctx.tokens(min(clause[0], m.start), max(clause[1], m.end), around=m.start)

    # ------------------------------------------------------------------ subject and predicate
    def _subject(self, ctx: _Ctx, m: Mention, clause, tokens) -> tuple[Optional[Phrase], Optional[Phrase]]:
        text = ctx.page.text
        blocked = ctx.blocked
        after = [t for t in tokens if t[0] >= m.end]
        whole = [t for t in tokens if t[1] <= m.start and t[0] >= clause[0]]
        before = _cut_at_blocked(whole, blocked)
        inner = self._parenthetical(ctx, after, counted=m.unit is None or m.unit.dimension == "count")
        if inner is not None:
            return _phrase(text, *inner), None
        # subject after the number: 建成1个市级平台, 为672名残疾儿童, 12.57万家长, 1.2亿美元的先进生产设备
        if after and (m.unit is None or m.unit.dimension not in ("percent", "percentage_point", "multiple")
                      or m.unit_surface in ("成",) or after[0][2] in ("的", "「", "“", "『")):
            seq = after[1:] if after[0][2] == "的" else after
            counted = m.unit is None or m.unit.dimension == "count"
            np = (self._relative_head(seq, blocked) if counted else None) or \
                self._np_forward(seq, blocked, counted=counted)
            if np is not None and ctx.page.folded[np[0]:np[1]] in self.not_subject:
                np = None  # 超5000亿元大关
            if np is not None:
                return _phrase(text, *np), None
        np, pred = self._np_backward(before, m)
        if np is not None and len(before) < len(whole) and any(
                t[2] in self.compare_verbs for t in whole[:len(whole) - len(before)]):
            np = None  # 較2009-10年度的修訂預算淨增加34億元: the noun after the date is the reference
        if np is None and len(before) < len(whole):
            # 淨產值在二零一九年第三季實質下跌1.7%, 零售总额前三季度增长3%: the subject stands
            # before a time adverbial (with its 在/于)
            head = self._before_time(ctx, whole, len(whole) - len(before) - 1)
            if head:
                np, pred2 = self._np_backward(head, m, adjacent=False)
                pred = pred or pred2
        return (_phrase(text, *np) if np else None), (_phrase(text, *pred) if pred else None)

    def _before_time(self, ctx: _Ctx, toks, k: int):
        """The tokens before the time that ``toks[k]`` belongs to, without the preposition
        that introduces it; empty when ``toks[k]`` is an amount rather than a time."""
        s, e, _ = toks[k]
        if not ctx.is_time(s, e):
            return []
        while k >= 0 and ctx.blocked.overlaps(toks[k][0], toks[k][1]):
            if not ctx.is_time(toks[k][0], toks[k][1]):
                return []
            k -= 1
        while k >= 0 and (toks[k][2] in self.time_prepositions or toks[k][2] in self.from_words):
            k -= 1  # 在…, 比2019年…: the subject stands before the preposition
        if k < 0 or (tag(toks[k][2]) in _FORWARD_STOP_TAGS and toks[k][2] not in self.rates):
            return []  # 繼二零一九年第二季 is no subject
        return _cut_at_blocked(toks[:k + 1], ctx.blocked)

    def _parenthetical(self, ctx: _Ctx, after, counted: bool) -> Optional[tuple[int, int]]:
        """力争建成1圈(兰州南北绕城高速圈)，…: a noun phrase in brackets right after a counted
        amount that ends its clause names what is counted."""
        if not counted or len(after) < 3 or after[0][2] not in ("(", "（"):
            return None
        for k in range(1, min(len(after), 12)):
            if after[k][2] in (")", "）"):
                break
        else:
            return None
        if k + 1 < len(after) and not _is_stop_punct(after[k + 1][2]):
            return None
        inside = after[1:k]
        if after[k][0] - after[0][1] < 3 or any(_has_digit(w) or _is_stop_punct(w) for _, _, w in inside):
            return None
        if self._np_forward(inside, ctx.blocked) is None:
            return None
        return inside[0][0], inside[-1][1]

    def _is_place(self, w: str) -> bool:
        return w in self.places or (len(w) >= 2 and w[-1] in "省市县区州旗镇乡" and w not in self.not_places)

    def _np_forward(self, seq, blocked, counted: bool = True) -> Optional[tuple[int, int]]:
        start = end = None
        words = 0
        first = 0
        if seq and seq[0][2] in _OPEN_QUOTES:
            # a quoted name is taken whole (「廣東院舍照顧服務計劃」), then what follows it
            close = _OPEN_QUOTES[seq[0][2]]
            for k in range(1, min(len(seq), 12)):
                if seq[k][2] == close:
                    start, end, words, first = seq[0][0], seq[k][1], 1, k + 1
                    break
                if _is_stop_punct(seq[k][2]):
                    break
        for i, (s, e, w) in enumerate(seq):
            if i < first:
                continue
            if w in _OPEN_BRACKETS and start is not None:
                close = self._bracket_inside(seq, i, 1)
                if close is not None:
                    end = seq[close][1]  # 行政村(社区)前端, 执业(助理)医师
                    first = close + 1
                    continue
            if w in _QUOTE_CHARS:
                if start is None:
                    start = s
                end = e
                continue
            if counted and blocked.overlaps(s, e):
                k = i
                while k < len(seq) and blocked.overlaps(seq[k][0], seq[k][1]):
                    k += 1
                limit = seq[k - 1][2] in self.limits
                if not limit and k < len(seq) and seq[k][2] in self.limits:
                    limit, k = True, k + 1
                if limit and k < len(seq) and not (_is_stop_punct(seq[k][2]) or _has_digit(seq[k][2])
                                                   or seq[k][2] == "的" or blocked.overlaps(seq[k][0], seq[k][1])):
                    # 100多万辆1.6升及以下节能乘用车, 1个农村千人以上饮用水源地: a limit describes the
                    # noun; it is kept inside a phrase, left out before one
                    if start is not None:
                        end = seq[k - 1][1]
                    first = k
                    continue
            if (w in self.scope_words and w[0] not in "全本我各该" and i + 1 < len(seq)
                    and self._noun_like(seq[i + 1][2])):
                # 1个农村饮用水源地, 城区学校: a place kind describing the noun
                if start is None:
                    start = s
                end = e
                continue
            if counted and not words and w in ("高", "低") and i + 1 < len(seq) and self._noun_like(seq[i + 1][2]):
                if start is None:
                    start = s  # 3.6亿只低汞含量节能灯
                end = e
                continue
            if (counted and not words and (w in self.predicates or w in self.activities) and i + 1 < len(seq)
                    and self._noun_like(seq[i + 1][2]) and not (w in self.link or w in self.stop_words)):
                # 三批推广产品目录, 节能乘用车: a verb before a noun describes it
                if start is None:
                    start = s
                end = e
                continue
            if (_is_stop_punct(w) or w in self.predicates or w in self.stop_words or w == "的"
                    or _has_digit(w) or w in self.link or blocked.overlaps(s, e)
                    or ((w in self.increase or w in self.decrease or w in self.level) and self._ends_phrase(seq, i))
                    or ((words or not counted) and _stop_tag(w, _BACKWARD_STOP_TAGS) and w not in self.res.terms)
                    or ((words or not counted) and tag(w) == "v" and self._ends_phrase(seq, i))
                    or (not counted and not words and tag(w) == "v")):
                break
            if w in _NP_JOINERS:
                nxt = seq[i + 1] if i + 1 < len(seq) else None
                if (start is None or nxt is None or _is_stop_punct(nxt[2]) or nxt[2] in self.predicates
                        or _has_digit(nxt[2]) or blocked.overlaps(nxt[0], nxt[1])):
                    break
                end = e
                continue
            if start is None:
                start = s
            end = e
            words += 1
        if start is None or end is None or not words:
            return None
        return start, end

    def _relative_head(self, seq, blocked) -> Optional[tuple[int, int]]:
        """两条部分路段建成通车的高速公路, 3个覆盖全市的服务平台: a clause with a verb, then 的,
        then the counted noun."""
        verb = False
        for k, (s, e, w) in enumerate(seq[:16]):
            if _is_stop_punct(w) or _has_digit(w) or blocked.overlaps(s, e) or w in _QUOTE_CHARS:
                return None
            if w == "的":
                if not verb or k == 0:
                    return None
                return self._np_forward(seq[k + 1:], blocked)
            if w in self.predicates or tag(w) == "v":
                verb = True
        return None

    def _noun_like(self, w: str) -> bool:
        return not (_is_stop_punct(w) or _has_digit(w) or w in self.predicates or w in self.activities
                    or w in self.stop_words or w in self.link or w == "的" or w in _QUOTE_CHARS
                    or _stop_tag(w, _FORWARD_STOP_TAGS) or w in self.unit_words)

    def _adverbial(self, w: str) -> bool:
        return w in self.link or w in self.adverbs or w in self.time_words or tag(w) == "d"

    def _ends_phrase(self, seq, i: int) -> bool:
        """A verb inside a forward noun phrase ends it when nothing noun-like follows
        (省区接壤。), not when a noun does (高效节能空调)."""
        if i + 1 >= len(seq):
            return True
        nxt = seq[i + 1][2]
        return _is_stop_punct(nxt) or _has_digit(nxt) or _stop_tag(nxt, _FORWARD_STOP_TAGS) or nxt in self.predicates

    def _np_backward(self, before, m: Mention, adjacent: bool = True):
        """Subject before the number, and the predicate that governs it. ``adjacent`` is false
        when ``before`` ends somewhere before the amount (a time or a reference between), so
        there is no link zone of verbs and adverbs to step over."""
        # 价格从每台3000-4000元, 市场占有率从推广前的5%, 价格比推广前下降了40%: the
        # subject stands before 从/比
        for j in range(len(before) - 1, -1, -1):
            if before[j][2] in self.from_words:
                if j > 0:
                    before = before[:j]
                break
        i = len(before) - 1
        pred: Optional[tuple[int, int]] = None
        # the link zone right before the number: 同比增长, 达到, 约, 高达
        while i >= 0 and adjacent:
            w = before[i][2]
            if w in self.activities and m.dimension != "count":
                break
            if w in self.link or w in self.increase or w in self.decrease or w in self.level or w in self.modifiers:
                i -= 1
                continue
            break
        share = self._share(before, i, m)
        if share is not None:
            return share
        head_end: Optional[int] = None
        if i >= 0 and before[i][2] in self.activities and m.dimension != "count":
            # 出口20310.4亿元, 年节电225亿千瓦时, 寄宿生补助21.46万元: the activity is what is measured
            head_end = before[i][1]
        elif i >= 0 and not adjacent and before[i][2] in self.rates:
            head_end = before[i][1]  # 两年平均增速较一季度提高: the rate is the noun
        elif i >= 0 and before[i][2] in self.predicates:
            # 开工1116个: a verb right before the amount; its subject stands before it
            pred = (before[i][0], before[i][1])
            i -= 1
            while i >= 0 and (before[i][2] in self.link or before[i][2] in self.adverbs):
                i -= 1
        np_start = before[i][0] if head_end is not None else None
        np_end = head_end
        if head_end is not None:
            i -= 1
            if i >= 0 and before[i][2] in self.collective:
                # 分别出口…, 合计进口…: the activity is the verb, the subject stands before it
                pred = (np_start, head_end)  # type: ignore[assignment]
                np_start = np_end = None
                i -= 1
        head = (np_start, np_end) if head_end is not None and np_start is not None else None
        while i >= 0:
            s, e, w = before[i]
            if w in _CLOSE_BRACKETS:
                opening = self._bracket_inside(before, i, -1)
                if opening is not None:
                    if np_end is None:
                        np_end = e  # 社区卫生服务中心(站)37177个: the note closes the phrase
                    np_start = before[opening][0]
                    i = opening - 1
                    continue
            # (``before`` holds no amount or date: callers cut it after the last one)
            if np_end is not None and _has_digit(w) and i + 1 < len(before) \
                    and _is_cjk(before[i + 1][2][0]) and before[i + 1][2] not in self.unit_words:
                np_start = s  # 世界500强企业, PM2.5浓度: digits inside a name that is no amount
                i -= 1
                while i >= 0 and before[i][1] == np_start and _ASCII_NAME.fullmatch(before[i][2]):
                    np_start = before[i][0]
                    i -= 1
                continue
            only_activity = head is not None and (np_start, np_end) == head
            if w in ("等", "等等") and (np_end is None or only_activity):
                # 集成电路、电工器材、汽车零配件等(合计)进口3494.1亿元: the listed goods
                enum = self._enumeration(before, i)
                if enum is not None:
                    if only_activity and pred is None:
                        pred = (np_start, np_end)  # type: ignore[assignment]
                    return enum, pred
            if w in self.partner_prepositions and head is not None and np_start is not None and np_start < head[0]:
                np_start = s  # 对欧盟进出口: the trading partner stays with the trade
                break
            if (w == "的" or _is_stop_punct(w) or w in self.stop_words or _has_digit(w) or w in self.bare_quantifiers
                    or (w in self.unit_words and not self._suffix_classifier(before, i, np_end))
                    or (_stop_tag(w, _BACKWARD_STOP_TAGS) and w not in self.res.terms)):
                if np_end is None and tag(w) == "d":
                    i -= 1  # 額外開支亦逾700萬元: an adverb between subject and amount
                    continue
                break
            verb = w in self.predicates or w in self.activities
            if verb and np_start is not None and np_end is not None and ctx_text(before, np_start, np_end) in self.measure:
                # 资助人数, 帮扶金额, 销售数量: the verb belongs to the measured noun
                np_start = s
                i -= 1
                continue
            if np_end is not None and w in self.activities and i > 0 and (
                    self._modifier_word(before[i - 1][2]) or before[i - 1][2] in self.limits):
                np_start = s  # 高效节能空调价格: the activity describes the noun
                i -= 1
                continue
            if np_end is not None and (w in self.activities or (len(w) > 1 and (w in self.increase or w in self.decrease))):
                # 出口机电产品13380.2亿元: a verb before its object
                if pred is None:
                    pred = (s, e)
                break
            if w in self.predicates:
                if pred is None:
                    pred = (s, e)
                break
            if w in _NP_JOINERS:
                if np_end is None or i == 0 or _is_stop_punct(before[i - 1][2]) or before[i - 1][2] in self.predicates:
                    break
                i -= 1
                continue
            if w in self.averages and np_end is not None and i > 0 and (
                    self._modifier_word(before[i - 1][2]) or _ASCII_NAME.fullmatch(before[i - 1][2])):
                # 两年平均增速, 城镇居民人均可支配收入: the average belongs to the noun (城市平均优良
                # 天数比例 averages over cities: the cities are no part of it)
                np_start = s
                if before[i - 1][2] in self.not_places:
                    break
                i -= 1
                continue
            if w in self.link:
                if np_end is None:
                    i -= 1
                    continue
                break  # 现有人口: 现有 is no part of the subject
            if np_end is None:
                np_end = e
            np_start = s
            i -= 1
        if np_start is None or np_end is None:
            return None, pred
        if self._predicate_like(before, i, np_start, np_end):
            # 樓齡最年輕為3年, 「要有光」已經運作5年: the word before the amount says something
            # about the subject, which stands before it
            k = i
            while k >= 0 and (before[k][2] in self.degree_words or self._adverbial(before[k][2]) or before[k][2] in self.link):
                k -= 1
            sub, _ = self._np_backward(before[:k + 1], m) if k >= 0 else (None, None)
            return sub, pred or (np_start, np_end)
        if any(t[2] in self.compare_verbs for t in before if t[1] <= np_start):
            # 高出美国200亿元, 高于去年投资时序进度3.8个百分点: the noun is the reference
            return None, pred
        # a leading place is scope, not subject: 江苏外贸 → 外贸, 固原市开工率 → 开工率
        toks = [t for t in before if np_start <= t[0] and t[1] <= np_end]
        while len(toks) > 1 and (toks[-1][2] in ("等", "等等") or self._adverbial(toks[-1][2])):
            toks = toks[:-1]  # 总开支分别, 总额连续: the adverb is no part of the subject
        while len(toks) > 1 and toks[0][2] not in self.averages and (
                toks[0][2] in self.link or toks[0][2] in self.time_words or (
                toks[0][2] in self.adverbs and (toks[0][2] not in self.also_adjectives or tag(toks[1][2]) in ("v", "d")))):
            toks = toks[1:]  # 已完成, 基本建成 lose the adverb; 基本有机化学品 keeps its adjective
        while len(toks) > 1 and (((self._is_place(toks[0][2]) or toks[0][2] in self.scope_words)
                                  and not toks[1][2][0].isdigit())  # 中国500强 is a name
                                 or self._numeral_classifier(toks[0][2])):
            toks = toks[1:]  # 固原市开工率, 一個建築面積: place and 一個 are no part of the subject
        if not toks or (len(toks) == 1 and self._is_place(toks[0][2])):
            return None, pred
        return (toks[0][0], toks[-1][1]), pred

    def _predicate_like(self, before, i: int, a: int, b: int) -> bool:
        """A one-word phrase that is a predicate rather than a noun: an adjective after a
        degree word (最年輕), or a plain verb (運作) that is neither an activity nor a term."""
        words = [t[2] for t in before if a <= t[0] and t[1] <= b]
        if len(words) == 1 and i >= 0 and before[i][2] in self.degree_words:
            return True
        return bool(words) and len(words) <= 2 and all(
            tag(w) == "v" and w not in self.activities and w not in self.res.terms and w not in self.measure
            for w in words)

    def _numeral_classifier(self, w: str) -> bool:
        """一个, 两座, 这个: a numeral or demonstrative with its classifier, as one token."""
        return len(w) == 2 and w[0] in "一两二三四五六七八九十几这那每该" and w[1] in self.res.classifiers

    def _modifier_word(self, w: str) -> bool:
        """A word that makes the activity after it an attribute (高效 in 高效节能空调), not a
        place, time, adverb, verb or function word before a verb and its object."""
        return not (_is_stop_punct(w) or _has_digit(w) or w in self.stop_words or w in self.predicates
                    or w in self.activities or self._is_place(w) or w in self.scope_words
                    or w in self.time_words or self._adverbial(w) or tag(w) in _FORWARD_STOP_TAGS
                    or w in _QUOTE_CHARS or w in _NP_JOINERS)

    def _bracket_inside(self, toks, i: int, step: int) -> Optional[int]:
        """The index of the bracket that closes (step 1) or opens (step -1) ``toks[i]`` when the
        pair holds a short note inside a noun phrase (执业(助理)医师): at most four characters,
        no digits or punctuation, and a word on the far side."""
        closing = _CLOSE_BRACKETS if step == 1 else _OPEN_BRACKETS
        k = i + step
        while 0 <= k < len(toks) and abs(k - i) <= 4:
            w = toks[k][2]
            if w in closing:
                lo, hi = (toks[i][1], toks[k][0]) if step == 1 else (toks[k][1], toks[i][0])
                far = k + step
                if not 0 < hi - lo <= 4 or not 0 <= far < len(toks):
                    return None
                nxt = toks[far][2]
                if (_is_stop_punct(nxt) or _has_digit(nxt) or nxt in self.predicates or nxt in self.stop_words
                        or nxt in _QUOTE_CHARS or self._is_place(nxt) or nxt in self.scope_words):
                    return None
                inside = "".join(t[2] for t in toks[min(i, k) + 1:max(i, k)])
                if inside.startswith(self.bracket_notes):
                    return None  # 占出口总值的（下同）65.9%: a note to the reader
                return k
            if _has_digit(w) or _is_stop_punct(w) or w in _QUOTE_CHARS:
                return None
            k += step
        return None

    def _suffix_classifier(self, before, i: int, np_end) -> bool:
        """能源类大宗商品: a classifier inside a noun phrase, after a noun rather than a number."""
        if np_end is None or i == 0:
            return False
        w = before[i - 1][2]
        return not (_has_digit(w) or _NUMERAL_CHAR.search(w) or _is_stop_punct(w) or w in self.stop_words
                    or tag(w) in _BACKWARD_STOP_TAGS or w in self.unit_words)

    def _enumeration(self, before, i: int) -> Optional[tuple[int, int]]:
        """The list that ends with ``before[i]`` (等): back to the clause's start, at least two
        items separated by 、, leading places and adverbs left out."""
        k = i - 1
        while k >= 0 and not (_is_stop_punct(before[k][2]) and before[k][2] != "、") \
                and before[k][2] not in self.predicates and not _has_digit(before[k][2]):
            k -= 1
        toks = before[k + 1:i]
        while toks and (self._is_place(toks[0][2]) or toks[0][2] in self.scope_words or toks[0][2] in self.prepositions):
            toks = toks[1:]
        if len(toks) < 3 or not any(w == "、" for _, _, w in toks) or toks[0][2] == "、" or toks[-1][2] == "、":
            return None
        return toks[0][0], toks[-1][1]

    def _share(self, before, i: int, m: Mention):
        """A share or part of a whole: 县域面积占国土面积的46.6% belongs to the holder before 占
        (none in the clause: inherited later); 完成全年目标任务的92% is a part of 全年目标任务.
        None when the amount is neither."""
        k = i
        if k >= 0 and before[k][2] == "的":
            k -= 1
        whole_end = k
        while k >= 0 and not (before[k][2] in self.share_verbs or before[k][2] in self.predicates
                              or _is_stop_punct(before[k][2]) or before[k][2] == "的"
                              or _stop_tag(before[k][2], _BACKWARD_STOP_TAGS) or _has_digit(before[k][2])):
            k -= 1
        if k < 0 or k == whole_end:
            return None
        verb = before[k]
        if verb[2] in self.share_verbs:
            j = k - 1
            while j >= 0 and (before[j][2] in self.link or before[j][2] in self.collective or before[j][2] in self.adverbs):
                j -= 1
            np, _ = self._np_backward(before[:j + 1], m) if j >= 0 else (None, None)
            return np, (verb[0], verb[1])
        if i >= 0 and before[i][2] == "的" and verb[2] in self.predicates:
            toks = before[k + 1:whole_end + 1]
            if toks[-1][2] in self.time_words or toks[-1][2][-1] in "前后时期":
                return None  # 增加至入住半年後的62%: a time, not a whole
            while toks and (self._is_place(toks[0][2]) or toks[0][2] in self.scope_words):
                toks = toks[1:]
            if toks:
                return (toks[0][0], toks[-1][1]), (verb[0], verb[1])
        return None

    def _topic(self, ctx: _Ctx, sent: tuple[int, int], m: Mention) -> Optional[Phrase]:
        """The sentence's first noun phrase (its head after the last 的), for an amount whose
        subject is neither near it nor inherited: 一边是高校毕业生数量再创新高，达1158万人."""
        f = ctx.page.folded
        if m.start <= sent[0]:
            return None
        start = end = None
        first = sent[0]
        if _OPENING.match(f, first, m.start):
            comma = regex.search(r"[，,:：]", f[first:m.start])
            if comma:
                first += comma.end()  # 在政策推动下，… 数据显示，…: the opening is no topic
        toks = ctx.tokens(first, m.start, around=first)  # the topic opens the sentence
        lead = self._lead_phrase(ctx, toks)
        if lead is not None:
            return _phrase(ctx.page.text, *lead)
        skip_to = -1
        for idx, (s, e, w) in enumerate(toks):
            if idx <= skip_to:
                continue
            if ctx.blocked.overlaps(s, e) or _has_digit(w):
                if start is not None:
                    break
                continue
            if w == "的" and start is not None:
                start = end = None
                continue
            if start is None and (w in _QUOTE_CHARS or w in _NP_JOINERS):
                continue  # “十二五”时期…: a quote mark or 及 opens no topic
            if start is None and (self._is_place(w) or (len(w) == 1 and w in _PLACE_SUFFIXES)):
                # 县（区）…, 地级市及宁东…: places (and what they are listed with) lead the
                # sentence, the topic follows
                if idx + 2 < len(toks) and toks[idx + 1][2] in _NP_JOINERS:
                    skip_to = idx + 2
                continue
            stop = (_is_stop_punct(w) or w in self.stop_words or w in self.link or w in self.predicates
                    or w in self.adverbs or w in self.increase or w in self.decrease or w == "的"
                    or _stop_tag(w, _FORWARD_STOP_TAGS))
            if stop:
                if start is not None:
                    break
                continue
            if self._is_place(w) or w in self.scope_words:
                if start is not None:
                    break
                continue
            if start is None:
                start = s
            end = e
        if start is None or end is None:
            return None
        return _phrase(ctx.page.text, start, end)

    def _lead_phrase(self, ctx: _Ctx, toks) -> Optional[tuple[int, int]]:
        """A sentence that opens with a quoted name (「廣東院舍照顧服務計劃」本月起新增兩家) or with a
        clause that is one 的 phrase (進出口貿易、批發及零售業的淨產值，繼…下跌3.7%): that name, or
        the head after the last 的."""
        if not toks:
            return None
        if toks[0][2] in _OPEN_QUOTES and toks[0][2] != "《":
            close = _OPEN_QUOTES[toks[0][2]]
            for k in range(1, min(len(toks), 24)):
                if toks[k][2] == close:
                    return toks[0][0], toks[k][1]
                if _is_stop_punct(toks[k][2]):
                    break
            return None
        k = 0
        while k < len(toks) and not (_is_stop_punct(toks[k][2]) and toks[k][2] != "、"):
            if ctx.blocked.overlaps(toks[k][0], toks[k][1]) or toks[k][2] in self.predicates:
                return None
            k += 1
            if k < len(toks) and toks[k][2] in _OPEN_BRACKETS:
                # 住宿服務業(包括…機構單位)及膳食服務業的淨產值: a bracket inside the phrase
                close = next((j for j in range(k + 1, min(len(toks), k + 30)) if toks[j][2] in _CLOSE_BRACKETS), None)
                if close is not None:
                    k = close + 1
        if k == len(toks):
            return None  # the amount's own clause: the usual search
        last = max((j for j in range(k) if toks[j][2] == "的"), default=None)
        if last is None:
            return None
        return self._np_forward(toks[last + 1:k], ctx.blocked)

    def _predicate_near(self, ctx: _Ctx, m: Mention, clause, tokens) -> Optional[Phrase]:
        text = ctx.page.text
        before = [t for t in tokens if t[1] <= m.start]
        for s, e, w in reversed(before):
            if w in self.predicates:
                return _phrase(text, s, e)
            if _is_stop_punct(w):
                break
        after = [t for t in tokens if t[0] >= m.end]
        for s, e, w in after:
            if _is_stop_punct(w):
                break
            if w in self.predicates:
                return _phrase(text, s, e)
        return None

    def _inherit(self, m: Mention, earlier, last_by_unit, page: Page) -> Optional[Phrase]:
        for pm, subj in reversed(earlier[-8:]):
            if subj is not None:
                return subj
        if m.unit is not None and m.unit.key in last_by_unit:
            subj = last_by_unit[m.unit.key]
            if 0 <= m.start - subj.end < 200 and "\n" not in page.folded[subj.end:m.start]:
                return subj
        return None

    # ------------------------------------------------------------------ status, change, modifiers
    def _status(self, ctx: _Ctx, m: Mention, sent, clause, tokens) -> str:
        """planned when a plan cue governs the amount, reported otherwise.

        A cue governs an amount in its own clause; a cue in an earlier clause of the sentence
        carries over when it introduces a list (预期目标是：…；…) or when its clause holds no
        amount of its own and no other amount stands between (力争到2015年，…突破5500公里).
        A report cue anywhere in the amount's clause (已全面完成) keeps it reported, and an
        estimate of the past (初步预计) is no plan."""
        f = ctx.page.folded
        own = self._words_in(ctx, clause[0], clause[1], around=m.start)
        if ctx.plan_from is not None and m.start > ctx.plan_from:
            # after 今年政府工作报告的“目标清单” every amount is a target unless it says it is done
            return "reported" if any(w in self.past for w in own) else "planned"
        if any(w in self.reported for w in own):
            return "reported"
        cues = self.planned | self.planned_sentence
        # the amount's own clause, before and after it (13条接头路将全部打通)
        if self._cue(self._words_in(ctx, clause[0], m.start, around=m.start), cues) or self._cue(
                [w for w in own[:12]], {"将", "将要", "拟", "计划", "预计", "力争", "争取"}):
            return "planned"
        if _YEAR_TARGET.search(f, clause[0], m.start) or _TARGET_AFTER.match(f, m.end):
            return "planned"  # 到2025年…; 完成“十三五”下降18%的目标
        line = self._heading_before(ctx, sent)
        if line is not None and self._cue(self._words_in(ctx, line[0], line[1]), cues):
            return "planned"  # 全年计划新增\n义务教育和高中学位2万个
        # a cue earlier in the sentence, in a clause with no amount of its own
        earlier = ctx.tokens(sent[0], clause[0])
        words = [w for _, _, w in earlier]
        # a plan does not carry past a turn (如果…，…，不过她选择…以低于市价一半)
        turn = max((k for k, w in enumerate(words) if w in self.contrast), default=-1)
        for k, (s, e, w) in enumerate(earlier):
            if k < turn:
                continue
            if w not in self.planned_sentence or self._jiang_as_ba(words, k) or (s >= 2 and f[s - 2:s] in self.not_planned) or (
                    s >= 1 and f[s - 1:s] in self.not_planned) or ctx.names.overlaps(s, s + 1):
                continue
            cue_clause = ctx.page.clause_at(s)
            if _INTRODUCES.search(f, cue_clause[0], cue_clause[1]):
                return "planned"  # 主要预期目标是：…，…
            if not ctx.mention_between(cue_clause[0] - 1, cue_clause[1]):
                return "planned"  # 力争到2015年，…突破5500公里，其中…3600公里以上
        target = _YEAR_TARGET.search(f, sent[0], m.start)
        if target and not ctx.mention_between(ctx.page.clause_at(target.start())[0] - 1, ctx.page.clause_at(target.start())[1]):
            return "planned"
        return "reported"

    def _breakdown(self, ctx: _Ctx, m: Mention, sent, subject: Optional[Phrase], earlier) -> Optional[Phrase]:
        """未开工项目共5个，按责任单位划分分别是：银川市2个，…: after a breakdown lead, the word
        right before a counted amount is a category (银川市), not what is counted; the counted
        thing is the total's subject (未开工项目), else the lead's last noun (前九名项目 → 项目)."""
        f = ctx.page.folded
        if m.unit is None or m.unit.dimension != "count" or m.start == 0 or not _is_cjk(f[m.start - 1]) \
                or (subject is not None and subject.end != m.start):
            return None
        lead = None
        for hit in _BREAKDOWN.finditer(f, sent[0], m.start):
            lead = hit
        if lead is None:
            return None
        for pm, subj in reversed(earlier[-8:]):
            if pm.end <= lead.start() and subj is not None and pm.unit is not None and pm.unit.key == m.unit.key:
                return subj
        toks = [t for t in ctx.tokens(sent[0], lead.start()) if not _is_stop_punct(t[2])]
        if toks and toks[-1][1] >= lead.start() - 1 and not _has_digit(toks[-1][2]) \
                and tag(toks[-1][2]) not in _FORWARD_STOP_TAGS and toks[-1][2] not in self.stop_words:
            return _phrase(ctx.page.text, toks[-1][0], toks[-1][1])
        return None

    def _continues(self, f: str, clause: tuple[int, int], prev: Claim) -> bool:
        """The clause opens with a coordinator (以及, 并, 同时) and the previous amount stands in it
        or before it."""
        if prev.quantity.start >= clause[1]:
            return False
        head = f[clause[0]:clause[0] + 3]
        return any(head.startswith(w) for w in self.coordinators)

    def _heading_before(self, ctx: _Ctx, sent: tuple[int, int]) -> Optional[tuple[int, int]]:
        """The line before the amount's sentence when it is a short heading cut off without
        punctuation (全年计划新增⏎义务教育和高中学位2万个), else None."""
        f = ctx.page.folded
        if sent[0] < 2 or f[sent[0] - 1] != "\n":
            return None
        end = sent[0] - 1
        start = f.rfind("\n", max(0, end - 24), end) + 1
        if start == 0 and end > 24:
            return None
        text = f[start:end].strip()
        if not text or len(text) > 20 or text[-1] in "。！？!?；;：:，,、）)」”』》" or ctx.mention_between(start - 1, end):
            return None
        return start, end

    def _plan_context(self, page: Page) -> Optional[int]:
        """Where a document turns into a list of targets: the end of a lead sentence (one of
        the first six) that says so (今年政府工作报告的“目标清单”); None for other articles."""
        if self.plan_context_re is None:
            return None
        for s, e in page.sentences[:6]:
            if self.plan_context_re.search(page.folded, s, e):
                return e
        return None

    def _cue(self, words: list[str], cues: set[str]) -> bool:
        for i, w in enumerate(words):
            if w in cues and not (i > 0 and words[i - 1] in self.not_planned) and not self._jiang_as_ba(words, i):
                return True
        return False

    def _jiang_as_ba(self, words: list[str], i: int) -> bool:
        """将 before a plain noun is the preposition 把 (将物业用作「光房」), no plan."""
        if words[i] != "将" or i + 1 >= len(words):
            return False
        nxt = words[i + 1]
        return (len(nxt) > 1 and tag(nxt) == "" and nxt not in self.predicates and nxt not in self.activities
                and nxt not in self.link and nxt not in self.time_words and nxt not in self.res.terms
                and nxt not in self.adverbs and nxt not in self.prepositions
                and not _has_digit(nxt) and not _is_stop_punct(nxt))

    def _words_in(self, ctx: _Ctx, a: int, b: int, around: Optional[int] = None) -> list[str]:
        """The words in [a, b) (near ``around``); a word inside a name (「新資本投資者入境計劃」,
        《…规划》) is blanked, so a cue in a name cues nothing."""
        names = ctx.names
        toks = ctx.tokens(a, b, around)
        if not names.starts:
            return [w for _, _, w in toks]
        return ["" if names.overlaps(s, s + 1) else w for s, _, w in toks]

    def _change(self, ctx: _Ctx, m: Mention, clause, tokens) -> Optional[str]:
        if m.dimension not in ("percent", "percentage_point", "money", "count", "mass", "energy", "volume",
                               "area", "length", "multiple", "other", "power", "duration"):
            return None
        f = ctx.page.folded
        before = [t for t in tokens if t[1] <= m.start and t[0] >= clause[0]]
        for idx in range(len(before) - 1, -1, -1):
            s, e, w = before[idx]
            if m.start - e > 12 or _has_digit(w):
                break
            if w in self.increase or w in self.decrease:
                nxt = f[e:e + 1]
                if nxt in ("到", "至") or f[e:e + 2] in ("到了",):
                    return None
                if w in ("增", "降", "减", "少", "涨", "跌") and nxt and _is_cjk(nxt) and nxt not in "了幅速":
                    continue
                if w in self.rates and m.dimension not in ("percent", "percentage_point", "multiple"):
                    return None  # 投资增速连续4个月居全省首位: a duration, not the rate
                return "increase" if w in self.increase else "decrease"
            if w in self.level and len(w) > 1:
                return None
        if f.startswith(("至", "到"), m.end) and ctx.mention_between(m.end, m.end + 2) and before and \
                before[-1][2] in self.additions:
            return "increase"  # 新增兩家至二十六家: the first amount is the increase
        return None

    def _modifiers(self, ctx: _Ctx, m: Mention, sent, clause, tokens) -> list[str]:
        out: list[str] = []
        for s, e, w in tokens:
            if e <= m.start and s >= clause[0] and (w in self.modifiers or w in self.compare) \
                    and not ctx.blocked.overlaps(s, e):  # the 年 of 2018年 is no modifier
                if w not in out:
                    out.append(w)
        f = ctx.page.folded
        if f[max(sent[0], m.start - 2):m.start].startswith("每"):
            w = f[m.start - 2:m.start]
            if w not in out:
                out.append(w)
        return out

    # ------------------------------------------------------------------ time and scope
    def _time(self, ctx: _Ctx, m: Mention, sent) -> Optional[str]:
        """The nearest time before the amount in its sentence: a date the scanner set aside
        (2023年, 1-10月) or a time word (今年以来, 截至目前)."""
        text = ctx.page.text
        best = None
        k = bisect.bisect_left(ctx.time_starts, sent[0])
        while k < len(ctx.times) and ctx.times[k].start < m.start:
            t = ctx.times[k]
            if t.end <= m.start and t.kind != "clock":
                best = t
            k += 1
        word = _last_before(ctx.time_words, sent[0], m.start)
        if word is not None and (best is None or word[0] > best.start):
            return text[word[0]:word[1]]
        if best is not None:
            return text[best.start:best.end]
        return None

    def _scope(self, ctx: _Ctx, m: Mention, sent) -> Optional[str]:
        word = _last_before(ctx.scope_words, sent[0], m.start)
        if word is None:
            return None
        a, b = word
        w = ctx.page.folded[a:b]
        if w in ("全市", "本市", "我市", "全省", "本省", "我省", "全区", "全县") and ctx.doc_place:
            if ctx.doc_place.endswith(w[-1]):
                return ctx.doc_place
        return ctx.page.text[a:b]


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


def _occurrences(pattern, f: str) -> tuple[list[int], list[tuple[int, int]]]:
    spans = [mm.span() for mm in pattern.finditer(f)] if pattern is not None else []
    return [e for _, e in spans], spans


def _last_before(occ: tuple[list[int], list[tuple[int, int]]], a: int, b: int) -> Optional[tuple[int, int]]:
    """The last occurrence lying within [a, b)."""
    ends, spans = occ
    k = bisect.bisect_right(ends, b) - 1
    if k >= 0 and spans[k][0] >= a:
        return spans[k]
    return None


# ---------------------------------------------------------------------- helpers
def _claim_id(text_sha: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{text_sha}:{start}:{end}".encode()).hexdigest()[:16]


def _phrase(text: str, s: int, e: int) -> Optional[Phrase]:
    if e <= s:
        return None
    return Phrase.trusted(text=text[s:e], start=s, end=e)


def ctx_text(tokens, a: int, b: int) -> str:
    """The words of ``tokens`` lying within [a, b), joined."""
    return "".join(w for s, e, w in tokens if a <= s and e <= b)


@functools.lru_cache(maxsize=65536)
def _is_stop_punct(w: str) -> bool:
    if len(w) == 1:
        return w in _PUNCT or w.isspace()
    return all(c in _PUNCT or c.isspace() for c in w)


@functools.lru_cache(maxsize=65536)
def _has_digit(w: str) -> bool:
    """A number (2023, 一百) rather than a name written with digits (3D, 5G, H7N9)."""
    return any(c.isdigit() for c in w) and not any("a" <= c <= "z" or "A" <= c <= "Z" for c in w)


def _names(f: str) -> SpanSet:
    """The insides of 《titles》 and 「quoted names」 (印发《国内旅游提升计划》, 推行「新資本投資者
    入境計劃」 plan nothing themselves); one left open runs to the end of its line."""
    return SpanSet([mm.span() for mm in _NAME_SPAN.finditer(f)])


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


def _cut_at_blocked(before, blocked):
    """Tokens after the last date, time or other amount (1-8月江苏外贸 → 江苏外贸)."""
    for k in range(len(before) - 1, -1, -1):
        if blocked.overlaps(before[k][0], before[k][1]):
            return before[k + 1:]
    return before


def _listed(gap: str) -> bool:
    gap = gap.strip()
    return bool(gap) and len(gap) <= 12 and ("、" in gap or gap in ("和", "及", "与", "，", ",")) and not regex.search(r"[。；;！？]", gap)


def _same_paragraph(page: Page, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return "\n" not in page.folded[a[1]:b[0]]


def _rmb_nearby(f: str, s: int, e: int) -> bool:
    return "人民币" in f[max(0, s - 6):e + 4]


def _doc_place(page: Page) -> Optional[str]:
    """The place an article is about: the most frequent X市/X省/X县 name."""
    counts: dict[str, int] = {}
    for m in _PLACE.finditer(page.folded[:3000]):
        name = m.group()
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


def _region_currency(page: Page) -> Optional[str]:
    """HKD/MOP/TWD when the article is from Hong Kong, Macau or Taiwan."""
    text = page.text[:20000]
    folded = page.folded[:20000]
    han = len(_HAN.findall(text))
    if not han:
        return None
    changed = 0 if text == folded else sum(1 for a, b in zip(text, folded) if a != b and "\u4e00" <= a <= "\u9fff")
    traditional = changed / han > 0.04
    if "台湾" in folded[:4000] or "新台币" in folded or "台北" in folded[:4000]:
        return "TWD" if traditional else None
    if "澳门" in folded[:4000] and traditional:
        return "MOP"
    if traditional or "香港" in folded[:2000] and "港元" in folded:
        return "HKD"
    return None
