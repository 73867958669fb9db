"""The walks that find a noun phrase next to an amount, as ordered lists of named rules:
backward from the amount (the subject before it, and the verb that governs it), forward
from it (what a counted amount counts) and through the opening of a sentence (its topic).

Each walk looks at one word at a time and asks its step rules, in the order of the list,
what to do with it; the first rule that answers decides. A step is a pair (:class:`Steps`):
a word test and the rule, which is asked only about the words its test passes. Which rules
may apply to a word is worked out once per word, so a plain noun meets one or two rules,
not fifteen. A rule answers :data:`NEXT` (it took the word, or stepped over it, and moved
the walk), :data:`STOP` (the phrase ends here) or :data:`FOUND` (the walk's answer is set);
it returns ``None`` when the rest of its condition does not hold. Each rule's docstring
opens with the sentence it was written for.

A mixin of :class:`newsfacts.claims.ClaimBuilder`, like :mod:`newsfacts.subjects`, whose
word tests (``self._share``, ``self._modifier_word`` …) the rules use.
"""

from __future__ import annotations

import bisect
from operator import itemgetter
from typing import Optional

import regex

from .lexicon import tag
from .numbers import is_chinese_numeral
from .phrases import (
    BACKWARD_STOP_TAGS,
    CLOSE_BRACKETS,
    FORWARD_STOP_TAGS,
    NP_JOINERS,
    OPEN_BRACKETS,
    OPEN_QUOTES,
    QUOTE_CHARS,
    has_digit,
    is_stop_punct,
    stop_tag,
    token_end,
    token_start,
    within,
    words_text,
)
from .scan import Mention, _is_cjk

# what a step rule answers (``None``: the rule has nothing to say about the word)
NEXT = "next"  # the rule took the word (or stepped over it) and moved the walk
STOP = "stop"  # the phrase ends here
FOUND = "found"  # the walk's answer is set: return it

ASCII_NAME = regex.compile(r"[A-Za-z0-9.]+")
token_word = itemgetter(2)  # the word of a token (start, end, word)

_SIGNS = frozenset(("+", "-", "−", "±"))


CLOSE_QUOTES = {close: opening for opening, close in OPEN_QUOTES.items()}


def closing_quote(toks, reach: int) -> Optional[int]:
    """The index of the quote mark that closes ``toks[0]`` within ``reach`` words; None when
    a stop comes first."""
    close = OPEN_QUOTES[toks[0][2]]
    for k in range(1, min(len(toks), reach)):
        if toks[k][2] == close:
            return k
        if is_stop_punct(toks[k][2]):
            return None
    return None


class Backward:
    """Where the backward walk stands: the words before the amount (``toks``), the index of
    the word it looks at (``i``), the phrase found so far [``start``, ``end``), the verb that
    governs it (``pred``), the activity taken as the head before the walk (``head``)."""

    __slots__ = ("toks", "m", "adjacent", "i", "start", "end", "pred", "head", "found")

    def __init__(self, toks, m: Mention, adjacent: bool, i: int):
        self.toks = toks
        self.m = m
        self.adjacent = adjacent
        self.i = i
        self.start: Optional[int] = None
        self.end: Optional[int] = None
        self.pred: Optional[tuple[int, int]] = None
        self.head: Optional[tuple[int, int]] = None
        self.found = None


class Steps:
    """An ordered list of steps, each a word test (None: every word) and a rule. On the
    class, the list (iterable); on a builder, a :class:`WordRules` that gives the rules that
    may apply to each word, made on first use and kept in the builder's own attributes."""

    def __init__(self, *steps):
        self.steps = steps

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __iter__(self):
        return iter(self.steps)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        rules = obj.__dict__[self.name] = WordRules(obj, self.steps)
        return rules


class WordRules(dict):
    """word → the rules of a walk's steps whose word test the word passes, in order (worked
    out when a word first comes; forgotten past 50,000 words)."""

    def __init__(self, owner, steps):
        super().__init__()
        self.owner = owner
        self.steps = steps

    def __missing__(self, w: str) -> tuple:
        if len(self) >= 50000:
            self.clear()
        got = self[w] = tuple(rule for test, rule in self.steps if test is None or test(self.owner, w))
        return got


class Forward:
    """Where a forward walk stands: the words after the amount or of the topic (``toks``), the amounts and
    dates among them (``blocked``), whether the amount counts things (``counted``), the index
    of the word it looks at (``i``), the phrase so far [``start``, ``end``) and its words."""

    __slots__ = ("toks", "blocked", "counted", "i", "start", "end", "words")

    def __init__(self, toks, blocked, counted: bool):
        self.toks = toks
        self.blocked = blocked
        self.counted = counted
        self.i = 0
        self.start: Optional[int] = None
        self.end: Optional[int] = None
        self.words = 0


class PhraseWalks:
    """The backward, forward and topic walks of :class:`~newsfacts.claims.ClaimBuilder`."""

    def _fire_span(self, field: str, rule: str, toks, span) -> None:
        """``self.fire`` with the words of ``span`` (offsets into ``toks``), read only when tracing."""
        if self.tracing:
            self.fire(field, rule, words_text(toks, *span) if span else None)

    def _walk(self, st, rules: WordRules):
        """Asks the step rules about each word from ``st.i`` on, in order, until one answers
        :data:`STOP` or :data:`FOUND` (that answer) or the words run out (None)."""
        toks = st.toks
        while 0 <= st.i < len(toks):
            s, e, w = toks[st.i]
            for step in rules[w]:
                outcome = step(self, st, s, e, w)
                if outcome is not None:
                    break
            if outcome is not NEXT:
                return outcome
        return None

    # word tests of the backward steps (and the head rules)
    def _closing_bracket(self, w: str) -> bool:
        return w in CLOSE_BRACKETS

    def _closing_quote(self, w: str) -> bool:
        return w in CLOSE_QUOTES

    def _opening_quote(self, w: str) -> bool:
        return w in OPEN_QUOTES

    def _numeric(self, w: str) -> bool:
        return has_digit(w)

    def _etc(self, w: str) -> bool:
        return w in ("等", "等等")

    def _partner_preposition(self, w: str) -> bool:
        return w in self.partner_prepositions

    def _adverb_tagged(self, w: str) -> bool:
        return tag(w) == "d"

    def _verb_or_activity(self, w: str) -> bool:
        return w in self.predicates or w in self.activities

    def _activity(self, w: str) -> bool:
        return w in self.activities

    def _activity_or_change(self, w: str) -> bool:
        return w in self.activities or (len(w) > 1 and (w in self.increase or w in self.decrease))

    def _predicate(self, w: str) -> bool:
        return w in self.predicates

    def _joining(self, w: str) -> bool:
        return w in NP_JOINERS

    def _average_word(self, w: str) -> bool:
        return w in self.averages

    def _linking(self, w: str) -> bool:
        return w in self.link

    def _rate_word(self, w: str) -> bool:
        return w in self.rates

    def _counted_activity(self, w: str) -> bool:
        return w in self.counted_activities

    # ------------------------------------------------------------------ backward
    def _np_backward(self, before, m: Mention, adjacent: bool = True):
        """Subject before the number, and the predicate that governs it. ``adjacent`` is false
        when ``before`` ends somewhere before the amount (a time or a reference between), so
        there is no link zone of verbs and adverbs to step over.

        In order: the words after 从/比 are left out, the link zone is stepped over, a share
        answers at once; then HEAD_RULES look at the word before the amount, the walk of
        BACKWARD_STEPS takes the phrase, and the first of BACKWARD_ENDINGS that answers
        makes it the subject (or none)."""
        before = self._before_from(before)
        i = self._skip_link_zone(before, len(before) - 1, m) if adjacent else len(before) - 1
        share = self._share(before, i, m)
        if share is not None:
            return share
        st = Backward(before, m, adjacent, i)
        for rule in self.HEAD_RULES[before[i][2]] if i >= 0 else ():
            if rule(self, st):
                break
        if self._walk(st, self.BACKWARD_STEPS) is FOUND:
            return st.found
        for ending in self.BACKWARD_ENDINGS:
            result = ending(self, st)
            if result is not None:
                return result
        raise AssertionError("the last ending always answers")

    def _before_from(self, before):
        """价格从每台3000-4000元, 市场占有率从推广前的5%, 价格比推广前下降了40%: the subject
        stands before 从/比; the words after it are left out."""
        for j in range(len(before) - 1, -1, -1):
            if before[j][2] in self.from_words:
                k = self._partner_start(before, j)
                if k < j:  # 与去年同期相比: the reference starts at 与
                    return before[:k]
                if j == 0 and before[0][2] in self.reference_closers:
                    return before[1:]  # 与2024年相比项目总数增加9个: the reference closed before the subject
                return before[:j] if j > 0 else before
        return before

    def _partner_start(self, before, j: int) -> int:
        """旅游收入29亿元，与去年同期相比增长23.1%: 相比 closes a reference that 与 opens."""
        if before[j][2] not in self.reference_closers:
            return j
        for k in range(j - 1, max(-1, j - 6), -1):
            if before[k][2] in self.reference_openers:
                return k
        return j

    def _skip_link_zone(self, before, i: int, m: Mention) -> int:
        """同比增长, 达到, 约, 高达, 面积达 5.6万公顷: the link zone right before the number is
        stepped over (not an activity that a measure measures: 出口20310.4亿元)."""
        while i >= 0:
            w = before[i][2]
            if w in self.basis_ends and (k := self._basis_start(before, i)) != i:
                i = k
                continue
            if w in self.activities and m.dimension != "count":
                break
            if not self._in_link_zone(before, i, w):
                break
            i -= 2 if self._glued_period(before, i) or self._split_level(before, i) else 1
        return i

    def _in_link_zone(self, before, i: int, w: str) -> bool:
        """达到, 约, 同比增长, a sign (家居設備及服務(+11.08%)), a time between the subject and
        its verb (失业率明年可降至3.2%)."""
        return (w in self.link or w in self.level or w in self.modifiers or w.isspace() or self._change_word(w)
                or w in _SIGNS or (w in self.time_words and i + 1 < len(before)))

    def _change_word(self, w: str) -> bool:
        return w in self.increase or w in self.decrease

    def _glued_period(self, before, i: int) -> bool:
        """月减0.14个百分点, 年增, 月人均450元: a period (cues.tsv change_period) glued to a
        one-character change word or to an average is part of it."""
        w = before[i][2]
        return i > 0 and before[i - 1][2] in self.change_periods and before[i - 1][1] == before[i][0] \
            and ((len(w) == 1 and self._change_word(w)) or w in self.averages)

    def _split_level(self, before, i: int) -> bool:
        """登记失业率控制在3.5%: a level verb the tokenizer cut in two (控制 + 在) is one."""
        return i > 0 and before[i - 1][1] == before[i][0] and before[i - 1][2] + before[i][2] in self.level

    def _basis_start(self, before, i: int) -> int:
        """按可比价计算增长8.5%: the index before the 按 (cues.tsv basis_start) that opens the
        basis ending at ``before[i]``; ``i`` itself when none opens it within five words."""
        for j in range(i - 1, max(-1, i - 6), -1):
            w = before[j][2]
            if is_stop_punct(w):
                break
            if w in self.basis_starts:
                return j - 1
        return i

    # the word right before the amount (after the link zone): a head of the phrase, or its verb
    def _activity_head(self, st: Backward) -> bool:
        """出口20310.4亿元, 年节电225亿千瓦时, 寄宿生补助21.46万元: the activity is what is
        measured; it heads the phrase."""
        if st.m.dimension != "count":
            return self._take_head(st, "activity_head")
        return False

    def _rate_head(self, st: Backward) -> bool:
        """两年平均增速较一季度提高: before a reference, the rate is the noun."""
        if not st.adjacent:
            return self._take_head(st, "rate_head")
        return False

    def _counted_activity_head(self, st: Backward) -> bool:
        """职业技能培训2.5万人次, 创业培训1599人: a counted activity with its kind heads the phrase."""
        i = st.i
        if i >= 1 and st.m.dimension == "count" and self._modifier_word(st.toks[i - 1][2]):
            return self._take_head(st, "counted_activity_head")
        return False

    def _object_noun(self, toks, i: int) -> bool:
        """发放租赁补贴1430户: a verb word glued to a modifier that a predicate governs is a
        noun, the predicate's object."""
        return (i >= 2 and toks[i - 1][1] == toks[i][0] and toks[i - 2][2] in self.predicates
                and toks[i - 1][2] not in self.predicates and not self._stop_or_unit_word(toks[i - 1][2])
                and _is_cjk(toks[i - 1][2][-1]))

    def _verb_before_amount(self, st: Backward) -> bool:
        """开工1116个: a verb right before the amount is the predicate; its subject stands
        before it (after any link words and adverbs)."""
        before, i = st.toks, st.i
        if self._object_noun(before, i):
            return False
        i = self._split_predicate(before, i)  # 提|质|改造: a predicate the tokenizer split
        st.pred = (before[i][0], before[st.i][1])
        self._fire_span("predicate", "verb_before_amount", before, st.pred)
        i -= 1
        while i >= 0 and (before[i][2] in self.link or before[i][2] in self.adverbs):
            i -= 1
        st.i = i
        return True

    def _split_predicate(self, before, i: int) -> int:
        """完成农村公路提质改造2399公里: the first of the words (at most three more) that
        the tokenizer split off a predicate ending with ``before[i]`` (提|质|改造), else ``i``."""
        verb, found = before[i][2], i
        for j in range(i - 1, max(-1, i - 4), -1):
            if before[j][1] != before[j + 1][0]:
                break
            verb = before[j][2] + verb
            if verb in self.predicates:
                found = j
        return found

    def _take_head(self, st: Backward, rule: str) -> bool:
        """分别出口…, 合计进口…: after a collective word the activity is the verb, the subject
        stands before it; otherwise the activity opens the phrase."""
        s, e, _ = st.toks[st.i]
        st.i -= 1
        if st.i >= 0 and st.toks[st.i][2] in self.collective:
            st.pred = (s, e)
            st.i -= 1
            self._fire_span("predicate", "collective_activity", st.toks, st.pred)
        else:
            st.start, st.end = st.head = (s, e)
            self._fire_span("subject", rule, st.toks, st.head)
        return True

    HEAD_RULES = Steps(
        (_activity, _activity_head),
        (_rate_word, _rate_head),
        (_counted_activity, _counted_activity_head),
        (_predicate, _verb_before_amount),
    )

    # the walk: one word at a time, from the amount back to the start of the clause
    def _short_note(self, st: Backward, s: int, e: int, w: str):
        """社区卫生服务中心(站)37177个, 执业(助理)医师: a short note in brackets belongs to the
        phrase (and closes it when it comes first)."""
        opening = self._bracket_inside(st.toks, st.i, -1)
        if opening is None:
            return None
        if st.end is None:
            st.end = e
        st.start = st.toks[opening][0]
        st.i = opening - 1
        return NEXT

    def _quote_opened_before(self, st: Backward, s: int, e: int, w: str):
        """“城镇棚户区改造27.76万套”项目: a quote that opens before the amount (and closes after
        it) ends the phrase; the quote is no part of it."""
        return STOP

    def _quoted_words(self, st: Backward, s: int, e: int, w: str):
        """“发展”出现67次, “倍增计划”企业20家: the words in quotes are a name, part of the
        phrase whatever they are (a verb, a plan word); the name opens the phrase."""
        opening, before = CLOSE_QUOTES[w], st.toks
        k = next((k for k in range(st.i - 1, max(-1, st.i - 16), -1)
                  if before[k][2] == opening or is_stop_punct(before[k][2])), None)
        if k is None or before[k][2] != opening:
            return None
        if st.end is None:
            st.end = e
        st.start = before[k][0]
        return STOP

    def _long_note(self, st: Backward, s: int, e: int, w: str):
        """过夜游客(仅限于住在宾馆和旅馆招待所)为1.14亿人次: a long note before the phrase has
        begun is stepped over."""
        if st.end is not None:
            return None
        before, i = st.toks, st.i
        opening = next((k for k in range(i - 1, max(-1, i - 30), -1)
                        if before[k][2] in OPEN_BRACKETS or has_digit(before[k][2])), None)
        if opening is None or before[opening][2] not in OPEN_BRACKETS:
            return None
        st.i = opening - 1
        return NEXT

    def _digits_in_name(self, st: Backward, s: int, e: int, w: str):
        """世界500强企业, PM2.5浓度: digits inside a name that is no amount belong to it
        (``before`` holds no amount or date: callers cut it after the last one)."""
        before, i = st.toks, st.i
        if st.end is None or i + 1 >= len(before):
            return None
        nxt = before[i + 1][2]
        if not _is_cjk(nxt[0]) or nxt in self.unit_words:
            return None
        st.start = s
        i -= 1
        while i >= 0 and before[i][1] == st.start and ASCII_NAME.fullmatch(before[i][2]):
            st.start = before[i][0]
            i -= 1
        st.i = i
        return NEXT

    def _listed_items(self, st: Backward, s: int, e: int, w: str):
        """集成电路、电工器材、汽车零配件等(合计)进口3494.1亿元: the items listed before 等 are
        the subject (the activity after them, if that is all so far, the predicate)."""
        only_activity = st.head is not None and (st.start, st.end) == st.head
        if st.end is not None and not only_activity:
            return None
        enum = self._enumeration(st.toks, st.i)
        if enum is None:
            return None
        if only_activity and st.pred is None:
            st.pred = st.head
            self._fire_span("predicate", "listed_items", st.toks, st.pred)
        self._fire_span("subject", "listed_items", st.toks, enum)
        st.found = enum, st.pred
        return FOUND

    def _trade_partner(self, st: Backward, s: int, e: int, w: str):
        """对欧盟进出口: the trading partner stays with the trade, and ends the phrase."""
        if st.head is not None and st.start is not None and st.start < st.head[0]:
            st.start = s
            return STOP
        return None

    def _adverb_gap(self, st: Backward, s: int, e: int, w: str):
        """額外開支亦逾700萬元: an adverb between subject and amount is stepped over."""
        if st.end is None and self._ends_backward(st, w):
            st.i -= 1
            return NEXT
        return None

    def _function_word(self, st: Backward, s: int, e: int, w: str):
        """其中的, 全市，, 在, 2019, 各: 的, punctuation, a preposition, scope or time word, a
        number, a bare quantifier or a function word ends the phrase."""
        return STOP if self._ends_backward(st, w) else None

    def _ends_backward(self, st: Backward, w: str) -> bool:
        """A word that ends the backward phrase: a stop word, or a unit or classifier that is
        not a suffix of a noun (能源类大宗商品 keeps 类)."""
        return self._stop_word(w) or (w in self.unit_words and not self._suffix_classifier(st.toks, st.i))

    def _glued_modifier(self, st: Backward, s: int, e: int, w: str):
        """超长期特别国债, 规上工业增加值: an adverb that is also an adjective (cues.tsv
        also_adjective) right before the noun is its adjective, and a localizer glued between
        a character and the phrase makes a word with that character (规上, 限上: cues.tsv
        glued_localizer)."""
        if st.end is None or st.start != e:
            return None
        if w in self.also_adjectives and tag(st.toks[st.i + 1][2]) not in ("v", "d"):
            st.start = s
            st.i -= 1
            return NEXT
        pw = self._glued_word_before(st, s)
        if w not in self.glued_localizers or pw is None or len(pw) != 1:
            return None
        st.start = s - 1
        st.i -= 2
        return NEXT

    def _scope_inside(self, st: Backward, s: int, e: int, w: str):
        """一般公共预算本级收入, 农业农村重大项目: a scope that names a category (cues.tsv
        scope_category), glued between two words of a phrase, is part of it; so is one that
        opens the phrase (农村低保7840户)."""
        if st.end is None or st.start != e:
            return None
        pw = self._glued_word_before(st, s)
        if pw is None or len(pw) < 2 or self._is_place(pw):
            if st.i == 0 or self._stop_word(st.toks[st.i - 1][2]) or st.toks[st.i - 1][1] != s:
                st.start = s  # 农村低保7840户: the category opens the phrase
            return STOP
        st.start = s
        st.i -= 1
        return NEXT

    def _glued_word_before(self, st: Backward, s: int) -> Optional[str]:
        """The word before the one at ``st.i`` when it touches it (ends at ``s``), ends in a
        Chinese character and is no stop, unit or classifier word."""
        if st.i == 0:
            return None
        _, pe, pw = st.toks[st.i - 1]
        return pw if pe == s and _is_cjk(pw[-1]) and not self._stop_or_unit_word(pw) else None

    def _gluable(self, w: str) -> bool:
        return self._stop_or_unit_word(w) and (w in self.also_adjectives or w in self.glued_localizers)

    def _scope_category(self, w: str) -> bool:
        return w in self.scope_categories and self._stop_or_unit_word(w)

    def _stop_word(self, w: str) -> bool:
        """的, punctuation, a preposition, scope or time word, a number, a bare quantifier or a
        word tagged as a function word (not a term)."""
        return (w == "的" or is_stop_punct(w) or w in self.stop_words or has_digit(w) or w in self.bare_quantifiers
                or (stop_tag(w, BACKWARD_STOP_TAGS) and w not in self.res.terms))

    def _stop_or_unit_word(self, w: str) -> bool:
        return self._stop_word(w) or w in self.unit_words

    def _measured_noun_verb(self, st: Backward, s: int, e: int, w: str):
        """资助人数, 帮扶金额, 销售数量: the verb belongs to the measured noun."""
        if st.start is None or st.end is None:
            return None
        noun = words_text(st.toks, st.start, st.end)
        if w in self.achieve_verbs:
            return None  # 实现产值2亿元: a verb of achieving is no part of what it achieves
        if noun in self.measure or (self._measured(noun) and w not in self.increase and w not in self.decrease):
            st.start = s
            st.i -= 1
            return NEXT
        return None

    def _activity_attribute(self, st: Backward, s: int, e: int, w: str):
        """高效节能空调价格, 人均补助水平: an activity after a modifier describes the noun."""
        if st.end is None or st.i == 0:
            return None
        prev = st.toks[st.i - 1][2]
        if self._modifier_word(prev) or prev in self.limits or prev in self.averages:
            st.start = s
            st.i -= 1
            return NEXT
        return None

    def _verb_object(self, st: Backward, s: int, e: int, w: str):
        """出口机电产品13380.2亿元: an activity (or a change) before its object is the predicate."""
        if st.end is not None:
            return self._predicate_found(st, "verb_before_object", s, e)
        return None

    def _verb_as_noun(self, st: Backward, s: int, e: int, w: str):
        """发放租赁补贴1430户: the verb word that opens the walk as a predicate's object is a noun."""
        if st.end is None and self._object_noun(st.toks, st.i):
            return self._noun_word(st, s, e, w)
        return None

    def _predicate_word(self, st: Backward, s: int, e: int, w: str):
        """全年完成投资3.5亿元: a predicate before the phrase ends it and governs it."""
        return self._predicate_found(st, "predicate_before_subject", s, e)

    def _verb_modifier(self, st: Backward, s: int, e: int, w: str):
        """新建项目共185个, 遷入人口數為11萬9679人, 未开工项目共5个: a verb (and its negation)
        that opens the clause, glued to a short phrase that a copula joins to the amount,
        names a kind of it (no predicate)."""
        if st.end is None or st.start != e or not any(t[2] in self.copulas for t in st.toks if t[0] >= st.end):
            return None
        i = st.i
        if i > 0 and st.toks[i - 1][2] in self.negations and st.toks[i - 1][1] == s:
            i -= 1
        if (i > 0 and not self._stop_word(st.toks[i - 1][2])) or len(within(st.toks, st.start, st.end)) > 2:
            return None
        st.start = st.toks[i][0]
        st.i = i - 1
        return NEXT

    def _suffixed_verb(self, st: Backward, s: int, e: int, w: str):
        """开展补贴性职业技能培训5585人次: a verb glued to a suffix that opens the phrase
        (性, 型, 式: cues.tsv bound_suffix) makes an attribute with it."""
        if st.end is None or st.start != e or st.toks[st.i + 1][2] not in self.bound_suffixes or w in self.achieve_verbs:
            return None  # 完成预算数: what was done against the budget
        st.start = s
        st.i -= 1
        return NEXT

    def _predicate_found(self, st: Backward, rule: str, s: int, e: int):
        """The word [s, e) is the predicate unless one was found already; the phrase ends."""
        if st.pred is None:
            st.pred = (s, e)
            self._fire_span("predicate", rule, st.toks, st.pred)
        return STOP

    def _joiner(self, st: Backward, s: int, e: int, w: str):
        """进口原油、铁矿砂和大豆: 和 (、, 及 …) joins the word before it to the phrase; it ends
        the phrase when nothing, or a stop or a verb, stands before it."""
        i = st.i
        if st.end is None or i == 0 or is_stop_punct(st.toks[i - 1][2]) or st.toks[i - 1][2] in self.predicates \
                or st.toks[i - 1][2] in self.rank_verbs:
            return STOP  # 教育支出6050亿元次之、经济发展支出5386亿元: a rank verb closes the item before
        st.i -= 1
        return NEXT

    def _average(self, st: Backward, s: int, e: int, w: str):
        """两年平均增速, 城镇居民人均可支配收入: the average belongs to the noun (城市平均优良
        天数比例 averages over cities: the cities are no part of it)."""
        if st.end is None:
            return None
        i = st.i
        if i > 0:
            prev = st.toks[i - 1][2]
            if not (is_stop_punct(prev) or self._modifier_word(prev) or ASCII_NAME.fullmatch(prev)):
                return None
        st.start = s
        if i == 0 or st.toks[i - 1][2] in self.not_places:
            return STOP
        st.i -= 1
        return NEXT

    def _link_word(self, st: Backward, s: int, e: int, w: str):
        """现有人口: a link word is no part of the subject; before the phrase it is stepped over.
        长照基金用途决算数: a dimension's word (cues.tsv dimension_link) glued to the phrase is part
        of it."""
        if st.end is None:
            st.i -= 1
            return NEXT
        if st.start == e and w in self.dimension_links:
            return self._noun_word(st, s, e, w)
        return STOP

    def _noun_word(self, st: Backward, s: int, e: int, w: str):
        """固原市开工率: any other word is part of the phrase."""
        if st.end is None:
            st.end = e
        st.start = s
        st.i -= 1
        return NEXT

    BACKWARD_STEPS = Steps(
        (_closing_bracket, _short_note),
        (_closing_bracket, _long_note),
        (_closing_quote, _quoted_words),
        (_opening_quote, _quote_opened_before),
        (_numeric, _digits_in_name),
        (_etc, _listed_items),
        (_partner_preposition, _trade_partner),
        (_adverb_tagged, _adverb_gap),
        (_gluable, _glued_modifier),
        (_scope_category, _scope_inside),
        (_joining, _joiner),
        (_stop_or_unit_word, _function_word),
        (_verb_or_activity, _suffixed_verb),
        (_verb_or_activity, _measured_noun_verb),
        (_activity, _activity_attribute),
        (_activity_or_change, _verb_object),
        (_predicate, _verb_modifier),
        (_predicate, _verb_as_noun),
        (_predicate, _predicate_word),
        (_average_word, _average),
        (_linking, _link_word),
        (None, _noun_word),
    )

    # after the walk: the phrase is the subject, or says that there is none
    def _no_phrase(self, st: Backward):
        """首次突破3000亿元: no noun before the amount, only (perhaps) its verb."""
        if st.start is None or st.end is None:
            self.fire("subject", "no_phrase_before", None)
            return None, st.pred
        return None

    def _predicate_phrase(self, st: Backward):
        """樓齡最年輕為3年, 「要有光」已經運作5年: the word before the amount says something
        about the subject, which stands before it (and any adverbs)."""
        before, i = st.toks, st.i
        if not self._predicate_like(before, i, st.start, st.end):
            return None
        k = i
        while k >= 0 and (before[k][2] in self.degree_words or self._adverbial(before[k][2]) or before[k][2] in self.link):
            k -= 1
        sub, _ = self._np_backward(before[:k + 1], st.m) if k >= 0 else (None, None)
        pred = st.pred or (st.start, st.end)
        self._fire_span("predicate", "predicate_phrase", before, pred)
        self._fire_span("subject", "predicate_phrase", before, sub)
        return sub, pred

    def _compared_reference(self, st: Backward):
        """高出美国200亿元, 高于去年投资时序进度3.8个百分点: after a comparison verb the noun
        is the reference, not the subject; so is a plan that a result falls short of."""
        if not self.compare_verbs.isdisjoint(map(token_word, within(st.toks, 0, st.start))) or self._short_of_plan(st):
            self.fire("subject", "compared_reference", None)
            return None, st.pred
        return self._rate_before_comparison(st)

    def _rate_before_comparison(self, st: Backward):
        """农村居民收入增速快于城镇1.7个百分点: a phrase that opens with a comparison verb is the
        reference; a rate right before the verb is what is compared, the subject."""
        k = next((j for j, t in enumerate(st.toks) if t[0] == st.start), None)
        if k is None or k < 1 or st.toks[k][2] not in self.compare_verbs or st.toks[k - 1][2] not in self.rates:
            return None
        self.fire("subject", "rate_before_comparison", None)
        return self._np_backward(st.toks[:k], st.m, adjacent=False)

    def _short_of_plan(self, st: Backward) -> bool:
        """增长6.9%,差计划目标3.1个百分点: a verb of falling short or passing (cues.tsv
        shortfall_verb) and plan words only: the plan is the reference."""
        words = [w for _, _, w in within(st.toks, st.start, st.end)]
        return len(words) >= 2 and words[0] in self.against_verbs and all(w in self.plan_references for w in words[1:])

    def _trimmed_phrase(self, st: Backward):
        """江苏外贸 → 外贸, 固原市开工率 → 开工率: the phrase without the words around it that
        are no part of the subject (SUBJECT_TRIMS); none when only a place or an adverb is left."""
        toks = within(st.toks, st.start, st.end)
        for trim in self.SUBJECT_TRIMS if len(toks) > 1 else ():  # each leaves one word at least
            toks = trim(self, st.toks, toks)
        if not toks or (len(toks) == 1 and (self._is_place(toks[0][2]) and not self._holds_share(st, toks[0])
                                            or toks[0][2] in self.adverbs)) or self._split_place(toks):
            self.fire("subject", "place_or_adverb_alone", None)
            return None, st.pred
        span = toks[0][0], toks[-1][1]
        self._fire_span("subject", "phrase_before", st.toks, span)
        return span, st.pred

    def _holds_share(self, st: Backward, tok) -> bool:
        """南昌市占比15.89%: a place right before a share verb (cues.tsv share) holds the share."""
        k = bisect.bisect_left(st.toks, tok[1], key=token_start)
        return k < len(st.toks) and st.toks[k][2] in self.share_verbs

    def _split_place(self, toks) -> bool:
        """镇宁|自治县: a name and a long place suffix the tokenizer split are a place together (not
        a one-character suffix: 服务|区, 负增长|县 are no places)."""
        return len(toks) == 2 and len(toks[1][2]) > 1 and toks[1][2] in self.place_suffixes \
            and len(toks[0][2]) >= 2 and toks[0][2] not in self.predicates

    BACKWARD_ENDINGS = (_no_phrase, _predicate_phrase, _compared_reference, _trimmed_phrase)

    def _trailing_adverb(self, before, toks):
        """总开支分别, 总额连续, 机电产品等: the adverb (or 等) after the noun is no part of the subject."""
        while len(toks) > 1 and (toks[-1][2] in ("等", "等等") or self._adverbial(toks[-1][2])):
            toks = toks[:-1]
        return toks

    def _leading_adverb(self, before, toks):
        """已完成, 基本建成, 基本有机化学品: a leading adverb (or link or time word) is no part of
        the subject; an adjective that is also an adverb (基本有机化学品) and an average stay."""
        while len(toks) > 1 and toks[0][2] not in self.averages and (
                (toks[0][2] in self.link and toks[0][2] not in self.dimension_links) or toks[0][2] in self.time_words or (
                toks[0][2] in self.adverbs and (toks[0][2] not in self.also_adjectives or tag(toks[1][2]) in ("v", "d")))):
            toks = toks[1:]
        return toks

    def _leading_place(self, before, toks):
        """江苏外贸, 固原市开工率, 一個建築面積: a leading place, scope or 一個 is no part of the
        subject (中国500强 is a name)."""
        while len(toks) > 1 and (((self._is_place(toks[0][2]) or (toks[0][2] in self.scope_words and toks[0][2] not in self.scope_categories))
                                  and not toks[1][2][0].isdigit())
                                 or self._numeral_classifier(toks[0][2])):
            toks = toks[1:]
        return toks

    def _denominator(self, before, toks):
        """每万人口全科医生3.99人: the denominator (万人口) is no part of the subject."""
        k = bisect.bisect_left(before, toks[0][0], key=token_end) if toks else len(before)
        if k < len(before) and before[k][1] == toks[0][0] and before[k][2] == "每":
            while len(toks) > 1 and (is_chinese_numeral(toks[0][2]) or toks[0][2] in self.per_whom):
                toks = toks[1:]
        return toks

    SUBJECT_TRIMS = (_trailing_adverb, _leading_adverb, _leading_place, _denominator)

    # ------------------------------------------------------------------ forward
    def _np_forward(self, seq, blocked, counted: bool = True) -> Optional[tuple[int, int]]:
        """The noun phrase that ``seq`` opens (what a counted amount counts when ``counted``;
        else a phrase that is no verb's object): its span, or None when it has no word."""
        if seq and seq[0][2] in CLOSE_QUOTES:
            return None  # “城镇棚户区改造27.76万套”项目: the quote closes a name, the amount counts nothing after
        st = Forward(seq, blocked, counted)
        if seq and seq[0][2] in OPEN_QUOTES:
            self._quoted_name_first(st)
        self._walk(st, self.FORWARD_STEPS)
        if st.start is None or st.end is None or not st.words:
            return None
        span = st.start, st.end
        self._fire_span("subject", "phrase_forward", seq, span)
        return span

    def _quoted_name_first(self, st: Forward) -> None:
        """「廣東院舍照顧服務計劃」: a quoted name is taken whole, then what follows it."""
        seq = st.toks
        k = closing_quote(seq, 12)
        if k is not None:
            st.start, st.end, st.words, st.i = seq[0][0], seq[k][1], 1, k + 1

    def _note_inside(self, st: Forward, s: int, e: int, w: str):
        """行政村(社区)前端, 执业(助理)医师: a short note in brackets inside the phrase is part of it."""
        if st.start is None:
            return None
        close = self._bracket_inside(st.toks, st.i, 1)
        if close is None:
            return None
        st.end = st.toks[close][1]
        st.i = close + 1
        return NEXT

    def _quote_mark(self, st: Forward, s: int, e: int, w: str):
        """“星级充分就业社区”: a quote mark is part of the phrase (and counts as no word)."""
        return self._extend(st, s, e)

    def _extend(self, st: Forward, s: int, e: int):
        """The word is part of the phrase (and not counted among its words)."""
        if st.start is None:
            st.start = s
        st.end = e
        st.i += 1
        return NEXT

    def _limit_inside(self, st: Forward, s: int, e: int, w: str):
        """100多万辆1.6升及以下节能乘用车, 1个农村千人以上饮用水源地: an amount with a limit
        describes the noun; it is kept inside a phrase, left out before one."""
        seq, blocked = st.toks, st.blocked
        if not st.counted or not blocked.overlaps(s, e):
            return None
        k = st.i
        while k < len(seq) and blocked.overlaps(seq[k][0], seq[k][1]):
            k += 1
        limit = seq[k - 1][2] in self.limits
        if not limit and k < len(seq) and seq[k][2] in self.limits:
            limit, k = True, k + 1
        if not limit or k >= len(seq) or is_stop_punct(seq[k][2]) or has_digit(seq[k][2]) \
                or seq[k][2] == "的" or blocked.overlaps(seq[k][0], seq[k][1]):
            return None
        if st.start is not None:
            st.end = seq[k - 1][1]
        st.i = k
        return NEXT

    def _place_kind(self, st: Forward, s: int, e: int, w: str):
        """1个农村饮用水源地, 城区学校: a place kind before a noun describes it."""
        if self._noun_follows(st):
            return self._extend(st, s, e)
        return None

    def _high_or_low(self, st: Forward, s: int, e: int, w: str):
        """3.6亿只低汞含量节能灯: 高 or 低 opening the phrase describes the noun after it."""
        if st.counted and not st.words and self._noun_follows(st):
            return self._extend(st, s, e)
        return None

    def _verb_attribute(self, st: Forward, s: int, e: int, w: str):
        """三批推广产品目录, 节能乘用车: a verb opening the phrase describes the noun after it."""
        if st.counted and not st.words and self._noun_follows(st):
            return self._extend(st, s, e)
        return None

    def _verb_in_name(self, st: Forward, s: int, e: int, w: str):
        """7个国省道改造项目全面复工: a verb between the noun and a name's head (cues name_head:
        项目, 工程) is part of the name."""
        if st.words and st.counted and st.i + 1 < len(st.toks) and st.toks[st.i + 1][2] in self.name_heads:
            return self._extend(st, s, e)
        return None

    def _noun_follows(self, st: Forward) -> bool:
        return st.i + 1 < len(st.toks) and self._noun_like(st.toks[st.i + 1][2])

    def _ending_word(self, st: Forward, s: int, e: int, w: str):
        """建成1个市级平台，: punctuation, a predicate, a preposition, scope or time word, 的,
        a number or a link word ends the phrase."""
        return STOP

    def _amount_or_date(self, st: Forward, s: int, e: int, w: str):
        """4个市2019年: another amount or a date ends the phrase."""
        return STOP if st.blocked.overlaps(s, e) else None

    def _verb_compound(self, st: Forward, s: int, e: int, w: str):
        """100户家庭适老化改造: a word ending in a predicate (适老化改造) after the noun ends
        the phrase; not inside quotes (“星级充分就业社区”)."""
        if st.words and st.counted and not sum(t[2] in QUOTE_CHARS for t in st.toks[:st.i]) % 2:
            return STOP
        return None

    def _change_at_end(self, st: Forward, s: int, e: int, w: str):
        """5个省区增长。: a change word that nothing noun-like follows ends the phrase."""
        return STOP if self._ends_phrase(st.toks, st.i) else None

    def _function_tagged(self, st: Forward, s: int, e: int, w: str):
        """3家企业都: an adverb, pronoun, preposition or particle after the first word ends the
        phrase (before it, only when nothing is counted)."""
        return STOP if st.words or not st.counted else None

    def _verb_at_end(self, st: Forward, s: int, e: int, w: str):
        """5个省区接壤。: a verb that nothing noun-like follows ends the phrase (高效节能空调
        keeps it); when nothing is counted, a verb opening it ends it."""
        if st.words or not st.counted:
            if not st.counted and not st.words:
                return STOP
            return STOP if self._ends_phrase(st.toks, st.i) else None
        return STOP if w in self.light_verbs else None

    def _forward_joiner(self, st: Forward, s: int, e: int, w: str):
        """集成电路、笔记本电脑: the phrase takes a joiner only with the word after it, not one that
        opens the next item of a list of amounts (北岗乡17个村屯、北山乡18个村屯)."""
        seq, i = st.toks, st.i
        nxt = seq[i + 1] if i + 1 < len(seq) else None
        if (st.start is None or nxt is None or is_stop_punct(nxt[2]) or nxt[2] in self.predicates
                or has_digit(nxt[2]) or st.blocked.overlaps(nxt[0], nxt[1]) or self._next_item(seq, i + 2)):
            return STOP
        st.i += 1
        return NEXT

    @staticmethod
    def _next_item(seq, k: int) -> bool:
        """An amount within two words of ``k``, before any punctuation."""
        for t in seq[k:k + 2]:
            if is_stop_punct(t[2]):
                return False
            if has_digit(t[2]):
                return True
        return False

    def _forward_noun(self, st: Forward, s: int, e: int, w: str):
        """1个市级平台: any other word is a word of the phrase."""
        if st.start is None:
            st.start = s
        st.end = e
        st.words += 1
        st.i += 1
        return NEXT

    # word tests of the forward steps
    def _opening_bracket(self, w: str) -> bool:
        return w in OPEN_BRACKETS

    def _quote_char(self, w: str) -> bool:
        return w in QUOTE_CHARS

    def _place_kind_word(self, w: str) -> bool:
        return w in self.scope_words and w[0] not in "全本我各该"

    def _high_low_word(self, w: str) -> bool:
        return w in ("高", "低")

    def _attribute_verb(self, w: str) -> bool:
        return (w in self.predicates or w in self.activities) and not (w in self.link or w in self.stop_words)

    def _ending(self, w: str) -> bool:
        return (is_stop_punct(w) or w in self.predicates or w in self.stop_words or w == "的"
                or has_digit(w) or w in self.link)

    def _predicate_ended(self, w: str) -> bool:
        return len(w) > 2 and w[-2:] in self.predicates

    def _change_word(self, w: str) -> bool:
        return w in self.increase or w in self.decrease or w in self.level

    def _function_tag(self, w: str) -> bool:
        return stop_tag(w, BACKWARD_STOP_TAGS) and w not in self.res.terms

    def _verb_tagged(self, w: str) -> bool:
        return tag(w) == "v"

    FORWARD_STEPS = Steps(
        (_opening_bracket, _note_inside),
        (_quote_char, _quote_mark),
        (None, _limit_inside),
        (_place_kind_word, _place_kind),
        (_high_low_word, _high_or_low),
        (_attribute_verb, _verb_attribute),
        (_attribute_verb, _verb_in_name),
        (_ending, _ending_word),
        (None, _amount_or_date),
        (_predicate_ended, _verb_compound),
        (_change_word, _change_at_end),
        (_function_tag, _function_tagged),
        (_verb_tagged, _verb_at_end),
        (_joining, _forward_joiner),
        (None, _forward_noun),
    )

    # ------------------------------------------------------------------ topic
    def _topic_phrase(self, toks, blocked) -> Optional[tuple[int, int]]:
        """The first noun phrase of ``toks`` (its head after the last 的)."""
        st = Forward(toks, blocked, counted=False)
        self._walk(st, self.TOPIC_STEPS)
        if st.start is None or st.end is None:
            return None
        return st.start, st.end

    def _topic_amount(self, st: Forward, s: int, e: int, w: str):
        """2020年全市…, 高校毕业生数量1158万人: an amount or date before the topic is stepped
        over; after it, it ends the topic."""
        if st.blocked.overlaps(s, e) or has_digit(w):
            return self._topic_bound(st)
        return None

    def _topic_bound(self, st: Forward):
        """The word ends the topic once it has begun; before, it is stepped over."""
        if st.start is not None:
            return STOP
        st.i += 1
        return NEXT

    def _topic_head(self, st: Forward, s: int, e: int, w: str):
        """农村居民的人均可支配收入: after 的 the topic starts again (its head follows)."""
        if st.start is None:
            return None
        st.start = st.end = None
        st.i += 1
        return NEXT

    def _topic_opener(self, st: Forward, s: int, e: int, w: str):
        """“十二五”时期…, 及…: a quote mark or 及 opens no topic."""
        if st.start is not None:
            return None
        st.i += 1
        return NEXT

    def _leading_places(self, st: Forward, s: int, e: int, w: str):
        """县（区）…, 地级市及宁东…: places (and what they are listed with) lead the sentence,
        the topic follows."""
        if st.start is not None:
            return None
        toks, i = st.toks, st.i
        st.i = i + 3 if i + 2 < len(toks) and toks[i + 1][2] in NP_JOINERS else i + 1
        return NEXT

    def _topic_boundary(self, st: Forward, s: int, e: int, w: str):
        """全市，同比增长, 在…: punctuation, a function word, a verb or adverb, a change, a
        place or scope word ends the topic (and is stepped over before it)."""
        return self._topic_bound(st)

    def _topic_word(self, st: Forward, s: int, e: int, w: str):
        """一边是高校毕业生数量: any other word is part of the topic."""
        return self._extend(st, s, e)

    # word tests of the topic steps
    def _the_de(self, w: str) -> bool:
        return w == "的"

    def _quote_or_joiner(self, w: str) -> bool:
        return w in QUOTE_CHARS or w in NP_JOINERS

    def _place_or_suffix(self, w: str) -> bool:
        return self._is_place(w) or (len(w) == 1 and w in self.place_suffixes)

    def _topic_boundary_word(self, w: str) -> bool:
        return (is_stop_punct(w) or w in self.stop_words or w in self.link or w in self.predicates
                or w in self.adverbs or w in self.increase or w in self.decrease or w == "的"
                or stop_tag(w, FORWARD_STOP_TAGS) or self._is_place(w) or w in self.scope_words)

    TOPIC_STEPS = Steps(
        (None, _topic_amount),
        (_the_de, _topic_head),
        (_quote_or_joiner, _topic_opener),
        (_place_or_suffix, _leading_places),
        (_topic_boundary_word, _topic_boundary),
        (None, _topic_word),
    )
