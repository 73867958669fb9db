"""Subject and predicate of a claim: the noun phrase that names what an amount counts or
measures (claims.md, subject rule), looked for after the amount, before it, before a time
or reference, in the sentence's topic, or inherited from the list it continues.

A mixin of :class:`newsfacts.claims.ClaimBuilder`: the word classes it reads (``self.link``,
``self.predicates``, …) are loaded from ``data/cues.tsv`` by the builder.
"""

from __future__ import annotations

import bisect
from typing import Optional

import regex

from .lexicon import tag
from .models import Phrase
from .numbers import CHINESE_NUMERAL_CHARS
from .phrases import (
    BACKWARD_STOP_TAGS,
    CLOSE_BRACKETS,
    DocContext,
    FORWARD_STOP_TAGS,
    NP_JOINERS,
    OPEN_BRACKETS,
    OPEN_QUOTES,
    QUOTE_CHARS,
    RATE_DIMENSIONS,
    cut_at_blocked,
    has_digit,
    is_rank,
    is_stop_punct,
    phrase,
    stop_tag,
    starting_from,
    token_start,
    within,
)
from .scan import Mention
from .subject_walks import PhraseWalks, closing_quote, token_word
from .text import Page


_ITEM_MARK = regex.compile(r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))\s*")
_OPENING = regex.compile(r"(?:在|随着|按照|根据|为了|经过|通过|围绕|对于|针对|据|数据显示|统计显示|公报显示|报告显示|从.{0,12}看|.{0,16}(?:显示|表示|介绍|指出)[,，:：])")


def _after_opening(f: str, a: int, b: int) -> int:
    """在政策推动下，…, 数据显示，…: an opening is no topic; the topic starts after its comma;
    (一)城市低保标准:…: nor is an item's number."""
    number = _ITEM_MARK.match(f, a, b)
    if number is not None:
        a = number.end()
    if _OPENING.match(f, a, b):
        comma = regex.search(r"[，,:：]", f[a:b])
        if comma:
            return a + comma.end()
    return a


class SubjectRules(PhraseWalks):
    """Subject and predicate rules of :class:`~newsfacts.claims.ClaimBuilder`."""

    # ------------------------------------------------------------------ subject and predicate
    def _subject(self, ctx: DocContext, m: Mention, clause, tokens) -> tuple[Optional[Phrase], Optional[Phrase]]:
        """The subject and predicate in the amount's own clause: those of the first of
        SUBJECT_RULES that finds any."""
        for rule in self.SUBJECT_RULES:
            found = rule(self, ctx, m, clause, tokens)
            if found is not None:
                text = ctx.page.text
                np, pred = found
                return (phrase(text, *np) if np else None), (phrase(text, *pred) if pred else None)
        return None, None

    def _before_brackets(self, ctx: DocContext, m: Mention, clause, tokens):
        """不過夜旅客(1,867,660人次), 印花稅(增加了59億港元), 非店面零售業(年增13.1%): an
        amount alone in brackets (after link or change words) right after a noun phrase is
        that phrase's (not after an amount or a time: 14174万吨(2835亿斤), 较上年同期(3.2%));
        right after a place, the place's alone (來自廣東省(74.1萬))."""
        if ctx.page.folded[m.end:m.end + 1] not in CLOSE_BRACKETS:
            return None
        toks = within(tokens, clause[0], m.start)
        k = self._skip_link_zone(toks, len(toks) - 1, m)
        if k < 1 or toks[k][2] not in OPEN_BRACKETS:
            return None
        s, e, w = toks[k - 1]
        if ctx.blocked.overlaps(s, e) or w in self.time_words or w[-1] in "季期" or is_stop_punct(w):
            return None
        if self._is_place(w):  # 主要來自廣東省(74.1萬)、湖南省(8.3萬): the place the part is of
            self._fire_span("subject", "before_brackets", toks, (s, e))
            return (s, e), None
        j = next((j for j in range(k - 1, -1, -1) if toks[j][2] in self.compare_verbs), -1)
        np, _ = self._np_backward(toks[j + 1:k], m, adjacent=False)  # 優於全體零售業(年增3.9%)
        if np is None or (j < 0 and self._after_preposition(toks, np[0])):
            return None  # 經海路(427,798人次): a way, not what is counted
        self._fire_span("subject", "before_brackets", toks, np)
        return np, None

    def _after_preposition(self, toks, start: int) -> bool:
        """True when the word before the one at ``start`` is a preposition (經海路)."""
        k = bisect.bisect_left(toks, start, key=token_start)
        return k > 0 and toks[k - 1][2] in self.prepositions

    def _bracketed_after(self, ctx: DocContext, m: Mention, clause, tokens):
        """力争建成1圈(兰州南北绕城高速圈)，…: a noun phrase in brackets right after a counted
        amount that ends its clause names what is counted."""
        after = starting_from(tokens, m.end)
        inner = self._parenthetical(ctx, after, counted=m.unit is None or m.unit.dimension == "count")
        if inner is None:
            return None
        self._fire_span("subject", "bracketed_after", after, inner)
        return inner, None

    def _phrase_after(self, ctx: DocContext, m: Mention, clause, tokens):
        """建成1个市级平台, 为672名残疾儿童, 12.57万家长, 1.2亿美元的先进生产设备: the subject
        after the number (after 的 the words name a thing even for money: 117億元的撥款)."""
        after = self._tokens_after(ctx, m, tokens)
        if not after or not self._names_after(m, after) or ctx.page.folded.startswith(self.says_of_it, m.end):
            return None  # 7,250,954人次是從關閘入境, 5,610伙最多: what follows says something of it
        seq = after[1:] if after[0][2] == "的" else after
        counted = m.unit is None or m.unit.dimension == "count"
        np = (self._relative_head(seq, ctx.blocked) if counted else None) or \
            self._np_forward(seq, ctx.blocked, counted=counted or after[0][2] == "的")
        if np is None or self._not_subject_after(ctx.page.folded[np[0]:np[1]]) or (not counted and self._changed_to(ctx, seq, np)):
            return None  # 超5000亿元大关, 经济发展支出5386亿元第三
        if self._flat_after(ctx, m, np):
            return None
        if counted:
            np = self._counted_places(ctx.page.folded, seq, np)
        self._fire_span("subject", "phrase_after", seq, np)
        return np, None

    def _not_subject_after(self, f: str) -> bool:
        """超5000亿元大关 (cues.tsv not_subject), 经济发展支出5386亿元第三 (a rank): words after the
        amount that are not what it counts."""
        return f in self.not_subject or is_rank(f)

    def _money_kind_after(self, ctx: DocContext, m: Mention, clause, tokens):
        """给予最高10万元奖励, 每人每月发放500元补贴: money right before the kind of payment it is
        (cues.tsv money_kind), which ends the clause, is that payment."""
        after = starting_from(tokens, m.end)
        if m.dimension != "money" or not after or after[0][2] not in self.money_kinds:
            return None
        if len(after) > 1 and not is_stop_punct(after[1][2]):
            return None
        self._fire_span("subject", "money_kind_after", after, (after[0][0], after[0][1]))
        return (after[0][0], after[0][1]), None

    @staticmethod
    def _tokens_after(ctx: DocContext, m: Mention, tokens):
        """The tokens after the amount; after a $ amount one space is passed over (發放 $10,000
        電子消費券), not after others (a headline's space ends a phrase: 云南旅游收入超百亿 自助游…)."""
        after = starting_from(tokens, m.end)
        if len(after) > 1 and after[0][2] in (" ", "\u3000") and ctx.page.folded[m.start:m.start + 1] == "$":
            return after[1:]
        return after

    def _flat_after(self, ctx: DocContext, m: Mention, np: tuple[int, int]) -> bool:
        """公营房屋建屋量约105 000个单位 (not 富蝶邨(6 776個單位)): in a Hong Kong or Macau release
        单位 after an amount is a flat; what is counted stands before the amount."""
        f = ctx.page.folded
        return ctx.region_currency in ("HKD", "MOP") and f[np[0]:np[1]] in self.flat_units and f[m.start - 1:m.start] not in ("(", "（")

    def _changed_from(self, whole, cut: int, m: Mention) -> bool:
        """由年初的76138万元调整为89138万元: the amount after 由/从 an amount, a verb and a level
        word is that amount's new level: it has the same subject (inherited)."""
        before = whole[cut:]
        if not (2 <= len(before) <= 3 and before[-1][2] in self.level and before[-1][1] == m.start):
            return False
        if any(is_stop_punct(w) or w in self.time_words for _, _, w in before):
            return False
        return any(w in self.from_words for _, _, w in whole[max(0, cut - 6):cut - 1])

    def _changed_to(self, ctx: DocContext, seq, np: tuple[int, int]) -> bool:
        """由年初的76138万元调整为89138万元: a phrase after the amount that a level word joins to
        another amount is the verb of a change, not what is counted."""
        k = next((j for j, t in enumerate(seq) if t[0] >= np[1]), None)
        if k is None or k + 1 >= len(seq) or seq[k][2] not in self.level:
            return False
        s, e, _ = seq[k + 1]
        return ctx.blocked.overlaps(s, e)

    def _names_after(self, m: Mention, after) -> bool:
        """1个市级平台, 3成企业, 5%的企业: the words after an amount can name what it counts,
        unless it is a rate (增长5%，…) with no 的 or quote after it."""
        return (m.unit is None or m.unit.dimension not in RATE_DIMENSIONS
                or m.unit_surface in ("成",) or after[0][2] in ("的", "「", "“", "『"))

    def _phrase_before(self, ctx: DocContext, m: Mention, clause, tokens):
        """零售总额增长3%: the subject before the amount (after the last date or amount), and
        its predicate; 較2009-10年度的修訂預算淨增加34億元: a noun after a compared date is the
        reference of a change (相較於110年新生兒15萬3820人 is the reference's own);
        淨產值在二零一九年第三季實質下跌1.7%, 零售总额前三季度增长3%: the subject
        stands before a time adverbial (with its 在/于)."""
        whole = within(tokens, clause[0], m.start)
        before = cut_at_blocked(whole, ctx.blocked)
        cut = len(whole) - len(before)
        if cut and self._changed_from(whole, cut, m):
            self.fire("subject", "changed_from", None)
            return None, None
        np, pred = self._np_backward(before, m)
        if np is not None and ctx.page.folded[np[1]:m.start] in self.total_suffixes:
            np = (np[0], m.start)  # 收入合计231838万元: the total is what is counted
        if np is not None and cut and self._compared_date(whole[:cut]) and any(map(self._change_word, map(token_word, before))):
            np = None
            self.fire("subject", "compared_date_reference", None)
        if np is None and cut:
            head = self._before_time(ctx, whole, cut - 1)
            if head:
                np, pred2 = self._np_backward(head, m, adjacent=False)
                pred = pred or pred2
                self._fire_span("subject", "phrase_before_time", head, np)
        if np is None:
            head = self._before_scope(before)
            if head:
                np, _ = self._np_backward(head, m, adjacent=False)
                self._fire_span("subject", "phrase_before_scope", head, np)
        return np, pred

    def _before_scope(self, before):
        """开工率在全国率先达到100%: the subject stands before 在 and a scope word (cues.tsv
        scope); the tokens before 在, or none."""
        for k in range(len(before) - 2, 0, -1):
            if before[k][2] in ("在", "于") and before[k + 1][2] in self.scope_words:
                return before[:k]
        return []

    def _compared_date(self, upto) -> bool:
        """較2009-10年度的修訂預算: the words before the subject end with a compared date (a
        compare verb, no change word after it); not 与2024年相比项目总数增加9个、概算总投资…,
        where the comparison belongs to the amount before."""
        words = [token_word(t) for t in upto]
        c = max((k for k, w in enumerate(words) if w in self.compare_verbs), default=-1)
        return c >= 0 and not any(map(self._change_word, words[c + 1:]))

    def _after_colon(self, ctx: DocContext, m: Mention, clause, tokens):
        """實際備用容量率依序為: 17.5%、14.7%, 占比分别为:39.3%: an amount that opens the clause
        after a colon has its subject before the colon (after any date there)."""
        f, a = ctx.page.folded, clause[0]
        if f[a:m.start].strip():
            return None
        while a > clause[0] - 3 and a > 0 and f[a - 1].isspace():
            a -= 1  # at most three spaces after the colon
        if a == 0 or f[a - 1] not in ":：":
            return None
        lead = ctx.page.clause_at(a - 1)
        np, pred = self._np_backward(cut_at_blocked(ctx.tokens(lead[0], a - 1), ctx.blocked), m)
        if np is None:
            return None
        self._fire_span("subject", "after_colon", tokens, np)
        return np, pred

    def _met_target(self, ctx: DocContext, m: Mention, clause, tokens):
        """地区生产总值…同比增长8%以上,完成区人代会批准增长8%以上目标: an amount right before a
        target noun (cues target_noun), after a verb of achieving (cues achieve_verb) in its
        clause, is the target the sentence's subject met: none in the clause (it is inherited),
        the verb is the predicate."""
        if not ctx.page.folded.startswith(self.target_nouns, m.end):
            return None
        before = within(tokens, clause[0], m.start)
        verb = next((t for t in before if t[2] in self.achieve_verbs), None)
        if verb is None:
            return None
        self._fire_span("predicate", "met_target", before, (verb[0], verb[1]))
        return None, (verb[0], verb[1])

    SUBJECT_RULES = (_before_brackets, _bracketed_after, _money_kind_after, _phrase_after, _after_colon, _met_target, _phrase_before)

    def _before_time(self, ctx: DocContext, toks, k: int):
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
        while k >= 0 and toks[k][2] in self.planned_ahead:
            k -= 1  # 長照基金來源將自115年度的1139億餘元: and before a plan's adverb
        if k < 0 or (tag(toks[k][2]) in FORWARD_STOP_TAGS and toks[k][2] not in self.rates):
            return []  # 繼二零一九年第二季 is no subject
        return cut_at_blocked(toks[:k + 1], ctx.blocked)

    def _parenthetical(self, ctx: DocContext, after, counted: bool) -> Optional[tuple[int, int]]:
        """力争建成1圈(兰州南北绕城高速圈)，…: a noun phrase in brackets right after a counted
        amount that ends its clause names what is counted."""
        if not counted or len(after) < 3 or after[0][2] not in ("(", "（"):
            return None
        for k in range(1, min(len(after), 12)):
            if after[k][2] in (")", "）"):
                break
        else:
            return None
        if k + 1 < len(after) and not is_stop_punct(after[k + 1][2]):
            return None
        inside = after[1:k]
        if after[k][0] - after[0][1] < 3 or any(has_digit(w) or is_stop_punct(w) for _, _, w in inside) \
                or ctx.page.folded.startswith(self.bracket_notes, after[0][1]):
            return None  # 7298套(含历年结转项目): a note to the reader, not what is counted
        if self._np_forward(inside, ctx.blocked) is None:
            return None
        return inside[0][0], inside[-1][1]

    def _is_place(self, w: str) -> bool:
        """固原市, 江苏: a place name (places.txt) or a word ending in a place suffix."""
        return w in self.places or (len(w) >= 2 and w[-1] in "省市县区州旗镇乡" and w not in self.not_places)

    def _counted_places(self, f: str, seq, np: tuple[int, int]) -> tuple[int, int]:
        """11个市州全社会用电量均实现增长, 4个市用电量下降: what is counted is the place kind;
        the measure after it is what the sentence says about those places."""
        k = bisect.bisect_left(seq, np[0], key=token_start)
        end = None
        while k < len(seq) and seq[k][1] <= np[1] and len(seq[k][2]) == 1 and seq[k][2] in self.place_suffixes:
            end = seq[k][1]
            k += 1
        if end is None or end >= np[1]:
            return np
        rest = f[end:np[1]]
        if rest.endswith("量") or any(rest.endswith(w) for w in self.measure):
            return np[0], end
        return np

    def _relative_head(self, seq, blocked) -> Optional[tuple[int, int]]:
        """两条部分路段建成通车的高速公路, 3个覆盖全市的服务平台: a clause with a verb, then 的,
        then the counted noun."""
        verb = False
        for k, (s, e, w) in enumerate(seq[:16]):
            if is_stop_punct(w) or has_digit(w) or blocked.overlaps(s, e) or w in QUOTE_CHARS:
                return None
            if w == "的":
                if not verb or k == 0:
                    return None
                return self._np_forward(seq[k + 1:], blocked)
            if w in self.predicates or tag(w) == "v":
                verb = True
        return None

    def _noun_like(self, w: str) -> bool:
        """A word that can go on a noun phrase: no stop, number, verb, function word or unit."""
        return not (is_stop_punct(w) or has_digit(w) or w in self.predicates or w in self.activities
                    or w in self.stop_words or w in self.link or w == "的" or w in QUOTE_CHARS
                    or stop_tag(w, FORWARD_STOP_TAGS) or w in self.unit_words)

    def _adverbial(self, w: str) -> bool:
        """已, 同比, 今年, 分别: a link, adverb or time word, or any word tagged as an adverb."""
        return w in self.link or w in self.adverbs or w in self.time_words or tag(w) == "d"

    def _ends_phrase(self, seq, i: int) -> bool:
        """A verb inside a forward noun phrase ends it when nothing noun-like follows
        (省区接壤。), not when a noun does (高效节能空调)."""
        if i + 1 >= len(seq):
            return True
        nxt = seq[i + 1][2]
        return is_stop_punct(nxt) or has_digit(nxt) or stop_tag(nxt, FORWARD_STOP_TAGS) or nxt in self.predicates

    def _measured(self, noun: str) -> bool:
        """A phrase ending in a measure noun (游客总数, 游客接待量): the verb before it belongs to
        it (接待游客总数), unless the verb is a change (节约税收成本)."""
        return noun.endswith(self.count_measures)

    def _predicate_like(self, before, i: int, a: int, b: int) -> bool:
        """A one-word phrase that is a predicate rather than a noun: an adjective after a
        degree word (最年輕), or a plain verb (運作) that is neither an activity nor a term."""
        words = list(map(token_word, within(before, a, b)))
        if len(words) == 1 and i >= 0 and before[i][2] in self.degree_words:
            return True
        if not words or len(words) > 2:
            return False
        for w in words:
            if tag(w) != "v" or w in self.activities or w in self.res.terms or w in self.measure:
                return False
        return True

    def _numeral_classifier(self, w: str) -> bool:
        """一个, 两座, 这个: a numeral or demonstrative with its classifier, as one token."""
        return len(w) == 2 and w[0] in "一两二三四五六七八九十几这那每该" and w[1] in self.res.classifiers

    def _modifier_word(self, w: str) -> bool:
        """A word that makes the activity after it an attribute (高效 in 高效节能空调), not a
        place, time, adverb, verb or function word before a verb and its object."""
        return not (is_stop_punct(w) or has_digit(w) or w in self.stop_words or w in self.predicates
                    or w in self.activities or self._is_place(w) or w in self.scope_words
                    or w in self.time_words or self._adverbial(w) or tag(w) in FORWARD_STOP_TAGS
                    or w in QUOTE_CHARS or w in NP_JOINERS)

    def _bracket_inside(self, toks, i: int, step: int) -> Optional[int]:
        """The index of the bracket that closes (step 1) or opens (step -1) ``toks[i]`` when the
        pair holds a short note inside a noun phrase (执业(助理)医师): at most four characters,
        no digits or punctuation, and a word on the far side."""
        closing = CLOSE_BRACKETS if step == 1 else OPEN_BRACKETS
        k = i + step
        while 0 <= k < len(toks) and abs(k - i) <= 4:
            w = toks[k][2]
            if w in closing:
                return k if self._note_in_phrase(toks, i, k, step) else None
            if has_digit(w) or is_stop_punct(w) or w in QUOTE_CHARS:
                return None
            k += step
        return None

    def _note_in_phrase(self, toks, i: int, k: int, step: int) -> bool:
        """执业(助理)医师, not 占出口总值的（下同）65.9% (a note to the reader) nor 中心(站)，: the
        brackets ``toks[i]``, ``toks[k]`` hold at most four characters with a word on the far side."""
        lo, hi = (toks[i][1], toks[k][0]) if step == 1 else (toks[k][1], toks[i][0])
        far = k + step
        if not 0 < hi - lo <= 4 or not 0 <= far < len(toks):
            return False
        nxt = toks[far][2]
        if (is_stop_punct(nxt) or has_digit(nxt) or nxt in self.predicates or nxt in self.stop_words
                or nxt in QUOTE_CHARS or self._is_place(nxt) or nxt in self.scope_words):
            return False
        inside = "".join(t[2] for t in toks[min(i, k) + 1:max(i, k)])
        return not inside.startswith(self.bracket_notes)

    def _suffix_classifier(self, before, i: int) -> bool:
        """能源类大宗商品, 入境旅客人次按年增长: a classifier or measure word after a noun rather
        than a number is part of the noun phrase."""
        if i == 0:
            return False
        w = before[i - 1][2]
        if w in CLOSE_BRACKETS and self._bracket_inside(before, i - 1, -1) is not None:
            return True  # 过境中欧(中亚)班列: after a short note inside the name
        return not (has_digit(w) or any(c in CHINESE_NUMERAL_CHARS or c in "几多" for c in w) or is_stop_punct(w) or w in self.stop_words
                    or tag(w) in BACKWARD_STOP_TAGS or w in self.unit_words)

    def _enumeration(self, before, i: int) -> Optional[tuple[int, int]]:
        """The list that ends with ``before[i]`` (等): back to the clause's start, at least two
        items separated by 、, leading places and adverbs left out."""
        k = i - 1
        while k >= 0 and not (is_stop_punct(before[k][2]) and before[k][2] != "、") \
                and before[k][2] not in self.predicates and not has_digit(before[k][2]):
            k -= 1
        toks = before[k + 1:i]
        while toks and (self._is_place(toks[0][2]) or toks[0][2] in self.scope_words or toks[0][2] in self.prepositions):
            toks = toks[1:]
        if len(toks) < 3 or not any(w == "、" for _, _, w in toks) or toks[0][2] == "、" or toks[-1][2] == "、":
            return None
        return toks[0][0], toks[-1][1]

    def _share(self, before, i: int, m: Mention):
        """A share or part of a whole (the holder and the share verb, or the whole and the verb
        that did part of it); None when the amount is neither."""
        k = i
        if k >= 0 and before[k][2] == "的":
            k -= 1
        whole_end = k
        k = self._share_verb_before_de(before, self._share_bound(before, k), whole_end)
        if k < 0 or k == whole_end:
            return None
        if before[k][2] in self.share_verbs:
            return self._share_holder(before, k, m)
        if i >= 0 and before[k][2] in self.predicates and (before[i][2] == "的" or (
                m.dimension == "percent" and before[whole_end][2] in self.target_wholes)):
            return self._part_of_whole(before, k, whole_end)  # 完成年计划102.2%: no 的 before a plan
        return None

    def _share_verb_before_de(self, before, k: int, whole_end: int) -> int:
        """三次产业增加值占生产总值的比重为13.2%: past 的 and a measure word (比重) stands the share
        verb, with the holder before it; ``k`` (where the whole's walk stopped) otherwise."""
        if k > 0 and before[k][2] == "的" and all(t[2] in self.measure for t in before[k + 1:whole_end + 1]):
            verb = self._share_bound(before, k - 1)
            if verb >= 0 and before[verb][2] in self.share_verbs:
                return verb
        return k

    def _share_bound(self, before, k: int) -> int:
        """The index of the word that ends the whole of a share, walking back from ``k``: a
        share verb, a predicate, a stop, 的, a function word or a number (-1: none)."""
        while k >= 0:
            w = before[k][2]
            if (w in self.share_verbs or w in self.predicates or is_stop_punct(w) or w == "的"
                    or stop_tag(w, BACKWARD_STOP_TAGS) or has_digit(w)):
                break
            k -= 1
        return k

    def _share_holder(self, before, k: int, m: Mention):
        """县域面积占国土面积的46.6%: the share belongs to the holder before 占 (none in the
        clause: inherited later); 占 is the predicate."""
        j = k - 1
        while j >= 0 and (before[j][2] in self.link or before[j][2] in self.collective or before[j][2] in self.adverbs):
            j -= 1
        np, _ = self._np_backward(before[:j + 1], m) if j >= 0 else (None, None)
        verb = before[k][0], before[k][1]
        self._fire_span("predicate", "share_verb", before, verb)
        self._fire_span("subject", "share_holder", before, np)
        return np, verb

    def _part_of_whole(self, before, k: int, whole_end: int):
        """完成全年目标任务的92%: a part of 全年目标任务, which is the subject (增加至入住半年後的62%:
        a time is no whole)."""
        toks = before[k + 1:whole_end + 1]
        if toks[-1][2] in self.time_words or toks[-1][2][-1] in "前后时期":
            return None
        while toks and (self._is_place(toks[0][2]) or toks[0][2] in self.scope_words):
            toks = toks[1:]
        if not toks:
            return None
        verb = before[k][0], before[k][1]
        if toks[-1][2] in self.target_wholes and not (k and before[k - 1][2] in self.collective):
            # 完成年度预算的57.8% (not 分别完成年计划的76.5%): a share of what was done
            self._fire_span("predicate", "part_of_target", before, verb)
            return None, verb
        np = toks[0][0], toks[-1][1]
        self._fire_span("predicate", "part_of_whole", before, verb)
        self._fire_span("subject", "part_of_whole", before, np)
        return np, verb

    def _topic(self, ctx: DocContext, sent: tuple[int, int], m: Mention) -> Optional[Phrase]:
        """The sentence's topic, for an amount whose subject is neither near it nor inherited:
        the first of TOPIC_RULES that finds one in the words that open the sentence."""
        if m.start <= sent[0]:
            return None
        first = _after_opening(ctx.page.folded, self._after_dateline(ctx.page.folded, sent[0], m.start), m.start)
        toks = ctx.tokens(first, m.start, around=first)  # the topic opens the sentence
        for rule in self.TOPIC_RULES:
            span = rule(self, ctx, toks)
            if span is not None:
                return phrase(ctx.page.text, *span)
        return None

    def _after_dateline(self, f: str, a: int, b: int) -> int:
        """新华社乌鲁木齐1月3日电(记者李志浩)2019年,新疆棉花产量…: where the sentence starts after
        a dateline that opens it (furniture.tsv lead)."""
        for pattern in self.datelines:
            mm = pattern.match(f, a, b)
            if mm is not None:
                return mm.end()
        return a

    def _lead_phrase(self, ctx: DocContext, toks) -> Optional[tuple[int, int]]:
        """「廣東院舍照顧服務計劃」本月起新增兩家: a sentence that opens with a quoted name is
        about it; else the head of an opening clause that is one 的 phrase."""
        if not toks:
            return None
        if toks[0][2] in OPEN_QUOTES and toks[0][2] != "《":
            k = closing_quote(toks, 24)
            if k is None:
                return None
            span = toks[0][0], toks[k][1]
            self._fire_span("subject", "quoted_lead", toks, span)
            return span
        return self._lead_clause_head(ctx, toks)

    def _lead_clause_head(self, ctx: DocContext, toks) -> Optional[tuple[int, int]]:
        """進出口貿易、批發及零售業的淨產值，繼…下跌3.7%: a sentence that opens with a clause that
        is one 的 phrase is about the head after the last 的."""
        k = self._lead_clause_end(ctx, toks)
        if k is None or k == len(toks):
            return None  # the amount's own clause: the usual search
        last = max((j for j in range(k) if toks[j][2] == "的"), default=None)
        if last is None:
            return None
        span = self._np_forward(toks[last + 1:k], ctx.blocked)
        self._fire_span("subject", "lead_clause_head", toks, span)
        return span

    def _lead_clause_end(self, ctx: DocContext, toks) -> Optional[int]:
        """住宿服務業(包括…機構單位)及膳食服務業的淨產值，: the index of the stop that ends the
        opening clause, brackets inside it stepped over; None when the clause holds an amount,
        a date or a predicate."""
        k = 0
        while k < len(toks) and not (is_stop_punct(toks[k][2]) and toks[k][2] != "、"):
            if ctx.blocked.overlaps(toks[k][0], toks[k][1]) or toks[k][2] in self.predicates:
                return None
            k += 1
            if k < len(toks) and toks[k][2] in OPEN_BRACKETS:
                close = next((j for j in range(k + 1, min(len(toks), k + 30)) if toks[j][2] in CLOSE_BRACKETS), None)
                if close is not None:
                    k = close + 1
        return k

    def _first_phrase(self, ctx: DocContext, toks) -> Optional[tuple[int, int]]:
        """一边是高校毕业生数量再创新高，达1158万人: the sentence's first noun phrase (its head
        after the last 的), found by the topic walk (TOPIC_STEPS)."""
        span = self._topic_phrase(toks, ctx.blocked)
        if span is not None and self._speaker(toks, span[1]):
            span = None  # 唐英年預計,該比例明年可降至20.2%: who speaks is no subject
        self._fire_span("subject", "first_phrase", toks, span)
        return span

    def _speaker(self, toks, end: int) -> bool:
        """The phrase ending at ``end`` is followed by a verb of saying (cues speech_verb)."""
        k = next((j for j, t in enumerate(toks) if t[0] >= end), None)
        return k is not None and toks[k][2] in self.speech_verbs

    TOPIC_RULES = (_lead_phrase, _first_phrase)

    def _predicate_near(self, ctx: DocContext, m: Mention, clause, tokens) -> Optional[Phrase]:
        """全市新增托位540个，增长12%: the predicate nearest the amount in its clause, before it
        (back to a stop) or else after it (up to a stop), for an amount the subject rules gave
        none (claims.py fires it as verb_nearby)."""
        text = ctx.page.text
        before = within(tokens, 0, m.start)
        for s, e, w in reversed(before):
            if w in self.predicates:
                return phrase(text, s, e)
            if is_stop_punct(w):
                break
        after = starting_from(tokens, m.end)
        for s, e, w in after:
            if is_stop_punct(w):
                break
            if w in self.predicates:
                return phrase(text, s, e)
        return None

    def _level_after(self, f: str, pm: Mention, m: Mention) -> bool:
        """第一产业增长9.1%达21.2亿元, 入境旅客人次按年增长8.2倍至828.2万: the level reached
        after a change (only a level word between) is the changed amount's, whatever its unit."""
        gap = f[pm.end:m.start].strip().lstrip("，,").strip()
        return gap in self.level

    @staticmethod
    def _whole_of_share(page: Page, pm: Mention) -> bool:
        """完成年初预算数60999万元的40.4%,比上年减收1070万元: an amount that is the whole of the
        share right after it (的 and a number) is what the claims after it are measured
        against, not what they continue."""
        f = page.folded
        return f.startswith("的", pm.end) and f[pm.end + 1:pm.end + 2].isdigit()

    def _inherit(self, m: Mention, earlier, last_by_unit, page: Page) -> Optional[Phrase]:
        """完成率200%；…新增托位540个, 门诊量12万人次，…住院1.2万人次: an amount with no subject
        continues the last subject of its sentence (a count does not continue a rate), else the
        last one in its unit less than 200 characters back in its paragraph (claims.py fires
        it as inherit_from_list)."""
        rate = m.dimension in RATE_DIMENSIONS
        if earlier and earlier[-1][1] is not None and self._level_after(page.folded, earlier[-1][0], m):
            return earlier[-1][1]
        for pm, subj in reversed(earlier[-8:]):
            if subj is not None and (rate or pm.dimension not in RATE_DIMENSIONS) and not self._whole_of_share(page, pm):
                return subj  # 完成率200%；…新增托位540个: a count does not continue a rate
        if m.unit is not None and m.unit.key in last_by_unit:
            subj = last_by_unit[m.unit.key]
            if 0 <= m.start - subj.end < 200 and "\n" not in page.folded[subj.end:m.start]:
                return subj
        return None
