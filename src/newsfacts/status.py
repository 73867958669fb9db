"""Status (planned or reported), change, modifiers, time and scope of a claim.

A mixin of :class:`newsfacts.claims.ClaimBuilder`: the cue words it reads (``self.planned``,
``self.increase``, …) are loaded from ``data/cues.tsv`` by the builder.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

import regex

from .lexicon import tag
from .models import Claim
from .phrases import (
    BREAKS,
    CLOSE_BRACKETS,
    RATE_DIMENSIONS,
    DocContext,
    first_within,
    has_digit,
    is_stop_punct,
    last_before,
    token_start,
    within,
)
from .scan import Mention, _is_cjk
from .text import Page


_CHANGING = frozenset(("percent", "percentage_point", "money", "count", "mass", "energy", "volume",
                       "area", "length", "multiple", "other", "power", "duration", "temperature", "speed"))
_CLAUSE_MARKS = ",，;；、"  # what ends a clause inside a sentence
_SKIP = object()  # a change word that says nothing about this amount: look further back
_TARGET_AFTER = regex.compile(r"(?:左右|以上|以内|以下)?的(?:预期)?目标")
# dimensions of things a verb acts on (增加学位, 提升干线): a change word before their noun is the verb
_OBJECT_COUNTED = frozenset(("count", "length", "area", "volume", "mass"))
_TASK_PERIOD = regex.compile(r"[(（]\s*(?:19|20)\d\d\s*[—–\-~－至到]{1,2}\s*(?:19|20)\d\d\s*年?\s*[)）]\s*[。.]?\s*$")
_SECTION_HEADING = regex.compile(r"[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]\D")
_ITEM_LABEL = regex.compile(r"\p{Han}{1,3}[一二三四五六七八九十]+[:：]")  # 实事二: an item of a list, labelled
_PROGRESS_OPENS = regex.compile(r"\s*(?:截至|截止)")  # a paragraph that says how far the work has come
_INTRODUCES = regex.compile(r"(?:[:：]|(?:是|为|如下)[,，:：]?)\s*$")
_COMPARED = regex.compile(r"[比较]|[大小高低多少]于|超[过出]")  # 较年初预算, 决算数大于预算数
_YEAR_AHEAD = regex.compile(r"(?:今年|明年|((?:19|20)\d\d)年)[,，]")  # a sentence that opens with its year
_DATE_WORDS = ("年", "月", "日", "号", "时", "点")  # what makes a number after 将 a date or a time
_SAME_PERIOD_BEFORE = regex.compile(r"同比|[比较][去上]年同期")
_COMPARED_LIST = regex.compile(r"[比较][^，,。；;：:]*、$")  # 较109年的12萬1702對、: a list of compared items
_LAST_DIGIT = regex.compile(r"[0-9]", flags=regex.REVERSE)  # the end of the amount before
_YEAR_WORD = regex.compile(r"(?:19|20)\d\d\s*年")
YEAR_IN = regex.compile(r"(?<![\d.])((?:19|20)\d\d)(?=\s*年)")
YEAR_TARGET = regex.compile(
    r"(?:(?<=^|[，,；;：:。！？!?\s])|(?<=力争|争取|预计|计划|目标|确保))到\s*(?:20\d\d|二〇[一二三四五][〇一二三四五六七八九])\s*年")


@dataclass(frozen=True, slots=True)
class StatusCase:
    """What the status rules look at for one amount: its sentence and clause, the clause's
    tokens and words (names blanked), and ``at``, the index of the amount's first token."""

    ctx: DocContext
    m: Mention
    sent: tuple[int, int]
    clause: tuple[int, int]
    own_tokens: list
    own: list[str]
    at: int
    timing: Optional[str] = None  # later / finished / elapsed / current / draft: the amount's period against the article's date


# the dimensions of a design capacity (100万吨, 150MW, 30公里), and how far after the amount a
# project's name may end
_CAPACITY = frozenset({"mass", "energy", "power", "length", "area", "volume"})
_NAME_REACH = 16
_LIST_JOINS = frozenset("、和及与")
_ITEM_OPENING = regex.compile(r"[；;][一二三四五六七八九十]+是", flags=regex.REVERSE)  # ；六是: the next item of a list (the last one found first)
_LINE_LEAD = 200  # characters: the lead of an article broken into short lines
_TARGET_LIST_REACH = 24  # characters: how far into a paragraph's first sentence 目标为: may stand
_GROUPING = frozenset(",，.")  # what may stand inside a written amount (7,598)
_LABEL_AFTER = frozenset(" \u3000\t。；;")  # what may stand before a label that opens a stretch of its line
_LONE_CUE = 6  # characters: a sentence's first clause that is a plan cue alone (预计到年末，)
_COLON_LINE = regex.compile(r"(?m)^[^\n]*[:：][ \t\u3000]*$")  # a line that ends with a colon (a lead)
_CLOSE_REACH = 12  # characters: how far before 的…目标 the last amount of a list of targets starts
_ESTIMATE_REACH = 3000  # characters: how far a lead that calls what follows an estimate reaches


def _reached(f: str, e: int, m: Mention) -> bool:
    """增加到, 提高至, 增加到了: the amount after the change word is the level reached; so is a
    ratio after 为 (由1.92:1缩小为1.89:1)."""
    nxt = f[e:e + 1]
    if nxt in ("到", "至") or f.startswith("到了", e):
        return True
    return nxt == "为" and m.unit is not None and m.unit.key == "times" and m.unit_surface is None


def _in_title(f: str, s: int, at: int) -> bool:
    """《湖北省…重點任務清單》正式印發: ``at`` is inside a document's title (after a 《 of its
    sentence that no 》 closes), which names the list; news of it lists no targets."""
    k = f.rfind("《", s, at)
    return k >= 0 and f.find("》", k, at) < 0


def _first_in_list(words: list[str], at: int) -> int:
    """达到治理计划的57%、37%和70%: the index of the first amount of the list of shares that
    the amount at ``at`` belongs to, when 的 opens the list; else ``at``."""
    k = at - 1
    while k >= 0 and (words[k] in _LIST_JOINS or words[k] in ("%", "‰") or has_digit(words[k])):
        k -= 1
    return k + 1 if k >= 0 and words[k] == "的" else at


def _last_item(f: str, a: int, b: int) -> int:
    """…今后,…均可申请应急性救助;六是改善老年活动场所条件,新建或改造153个…: where the last
    enumerated item (；六是) before ``b`` starts, else ``a``: no cue of an earlier item carries
    into it."""
    hit = _ITEM_OPENING.search(f, a, b)
    return hit.end() if hit is not None else a


def _date_at(words: list[str], i: int) -> bool:
    """The number at ``i`` is a date or a time (2025年, 8 点)."""
    return words[i].endswith(_DATE_WORDS) or (i + 1 < len(words) and words[i + 1] in _DATE_WORDS)


def _reaches(before) -> bool:
    """提高了每千人口托位数至4个: 至 or 到 right before the amount makes it the level a change
    reached, not the change."""
    return bool(before) and before[-1][2] in ("至", "到")


class StatusRules:
    """Status, change, modifier, time and scope rules of :class:`~newsfacts.claims.ClaimBuilder`."""

    status_rule: str = ""  # the name of the rule that decided the last status

    # ------------------------------------------------------------------ status, change, modifiers
    def _status(self, ctx: DocContext, m: Mention, sent, clause, tokens, timing: Optional[str] = None) -> str:
        """planned when a plan cue governs the amount, reported otherwise: the first rule of
        :data:`STATUS_RULES` that decides wins (each one's docstring is the sentence it handles).

        A cue governs an amount in its own clause; a cue in an earlier clause of the sentence
        carries over when it introduces a list or when its clause holds no amount of its own."""
        # the clause's tokens near the amount: what build passed, unless the amount runs
        # outside its clause (then the window passed is wider than the clause)
        own_tokens = tokens if clause[0] <= m.start and m.end <= clause[1] else \
            ctx.tokens(clause[0], clause[1], around=m.start)
        sc = StatusCase(ctx, m, sent, clause, own_tokens, self._words(ctx, own_tokens),
                        bisect.bisect_left(own_tokens, m.start, key=token_start), timing)
        for rule in STATUS_RULES:
            status = rule(self, sc)
            if status is not None:
                self.status_rule = rule.__name__
                self.fire("status", rule.__name__, status)
                return status
        self.status_rule = "no_plan_cue"
        self.fire("status", "no_plan_cue", "reported")
        return "reported"

    def finished_estimate(self, sc: "StatusCase") -> Optional[str]:
        """据统计预测，全县地区生产总值增长12.6%达92.9亿元 (a report of 2022-01-24 on 2021): an
        estimate (cues.tsv estimate) of a period that ended before the article's date, with no
        other plan cue before the amount in its sentence, reports it; so does a ceiling it was
        held within (城镇登记失业率3.47%,控制在4.0%以内: cues.tsv held_within). Without the
        article's date, a heading that reviews a year (一、2018年工作回顾⏎…预计全县地区生产总值突破
        200亿元) says the year is over."""
        ctx = sc.ctx
        if self.estimate_re is None or self.estimate_re.search(ctx.page.folded, sc.sent[0], sc.m.start) is None:
            return None
        if sc.timing != "finished" and not (sc.timing is None and self._section_kind(sc) == "review"):
            return None
        toks = ctx.tokens(sc.sent[0], sc.m.start)
        cues = [w for (a, _, _), w in zip(toks, self._words(ctx, toks))
                if w in self.plan_cues and not self._measured_against(ctx, w, a)]
        return "reported" if cues and all(w in self.estimates or w in self.held_within for w in cues) else None

    def from_baseline(self, sc: "StatusCase") -> Optional[str]:
        """65歲及以上老年人口比例將由2011年的8.5%增加至2016年的11.2% (a text of 2013): the level a
        change starts from, in a year that ended before the article's date, is a fact, reported,
        whatever plan the sentence states."""
        if sc.timing != "finished":
            return None
        return "reported" if _FROM_YEAR.search(sc.ctx.page.folded, max(0, sc.m.start - 12), sc.m.start) else None

    def ditto_estimate(self, sc: "StatusCase") -> Optional[str]:
        """2019年,地区生产总值增长8%左右(预计数,下同),固定资产投资增长10%以上 (given on
        2019-12-25): a note right after the amount says it is an estimate, and one with 下同
        earlier in the sentence makes the amounts after it estimates too (cues.tsv estimate,
        ditto): planned while their period runs, reported once it is over."""
        f = sc.ctx.page.folded
        if self.ditto_estimate_re is None or (self.ditto_estimate_re.search(f, sc.sent[0], sc.m.start) is None
                                              and self.estimate_note_re.match(f, sc.m.end) is None):
            return None
        return "reported" if sc.timing == "finished" else "planned"

    def estimate_list(self, sc: "StatusCase") -> Optional[str]:
        """全年一般公共预算预计执行情况与调整方案一致:⏎地方一般公共预算收入完成1,370,000万元…⏎
        1.一般公共服务支出95,771万元; (given on 2023-12-25): a line that ends with a colon and
        calls what follows an estimate (cues.tsv estimate), with no amount of its own, makes
        the lines after it estimates up to the next heading: planned while their period
        runs, reported once it is over."""
        ctx = sc.ctx
        leads = ctx.memo.get("estimate_leads")
        if leads is None:
            leads = ctx.memo["estimate_leads"] = self._estimate_leads(ctx)
        k = bisect.bisect_left(leads, sc.m.start) - 1
        if k < 0 or sc.m.start - leads[k] > _ESTIMATE_REACH:
            return None
        starts = ctx.headings[0]
        if bisect.bisect_left(starts, leads[k]) != bisect.bisect_left(starts, sc.m.start):
            return None  # a heading between: another part of the report
        return "reported" if sc.timing == "finished" else "planned"

    def _estimate_leads(self, ctx) -> list[int]:
        """The ends of the lines that end with a colon, name an estimate and hold no amount."""
        if self.estimate_re is None:
            return []
        f = ctx.page.folded
        return [hit.end() for hit in _COLON_LINE.finditer(f)
                if self.estimate_re.search(f, hit.start(), hit.end()) and not ctx.mention_between(hit.start(), hit.end())]

    def plan_list_context(self, sc: "StatusCase") -> Optional[str]:
        """今年政府工作报告的“目标清单”…: after such a lead every amount is a target unless its
        clause says it is past, or a progress label opens its line (项目进展:累计投资1455万元)."""
        if sc.ctx.plan_from is not None and sc.m.start >= sc.ctx.plan_from:
            if sc.timing == "finished":
                return None  # 2020年，…总投资3.82亿元: the year before's list is not this plan
            if self._progress_labelled(sc):
                return None
            return "planned" if self.past.isdisjoint(sc.own) and not self._review_row(sc) and not self._list_size(sc) \
                and not self._done_since(sc) else "reported"
        return None

    def _done_since(self, sc: "StatusCase") -> bool:
        """这家社区长者食堂2023年7月正式对外营业,目前,每天的客流已基本固定,早餐就餐人数在200人次左右
        (under a lead on the year's list): a word earlier in the sentence says it is done (已, 去年,
        截至: cues past) and no plan word (目标, 将, 预定) comes before the amount to take it back. 累计 does
        not say it: a plan counts up its targets too (累计开展招聘会不少于15场次,提供就业岗位1000个)."""
        words = self._words(sc.ctx, sc.ctx.tokens(sc.sent[0], sc.m.start))
        done = any(w in self.past and w != "累计" and not w.startswith("上年") for w in words)
        return done and self.plan_cues.isdisjoint(words) and self.planned_ahead.isdisjoint(words)

    def _list_size(self, sc: "StatusCase") -> bool:
        """票决了2025年城北区10项民生实事项目; 民生实事项目共7大类20项; 科教惠民工程(项目6个，其中
        基建工程类5个); 由231名代表投票表决: the count of a list's items (cues list_item after
        the amount, list_head before it past 共 and other counts) is the list's size, and a
        figure of the vote (cues list_vote) is the vote's: facts; not after a verb that does the items
        (将为民办好15件大事, cues list_doing)."""
        own, at, m, f = sc.own, sc.at, sc.m, sc.ctx.page.folded
        if m.dimension != "count" or self._doing_items(f, sc.clause[0], m.start):
            return False
        end = bisect.bisect_left(sc.own_tokens, m.end, key=token_start)
        if not self.list_items.isdisjoint(own[end:end + 3]) or (
                self.list_vote_re is not None and self.list_vote_re.search(f, *sc.clause)):
            return True
        k = at - 1
        while k >= 0 and (own[k] in self.collective or has_digit(own[k])):
            k -= 1
        return k >= 0 and own[k] in self.list_heads

    def _doing_items(self, f: str, a: int, b: int) -> bool:
        """将为民办好15件大事: a verb that does the items (cues list_doing) before the count, but
        not one that only describes the list (确定了…集中办理的10件为民实事)."""
        if self.list_doing_re is None:
            return False
        return any(not f.startswith("的", hit.end()) for hit in self.list_doing_re.finditer(f, a, b))

    def _review_row(self, sc: "StatusCase") -> bool:
        """完成情况:全市开展各类职业技能培训10万人次 (under the item's target): a line that opens
        with a review word and a colon (cues review) reports what was done."""
        f = sc.ctx.page.folded
        line = f.rfind("\n", 0, sc.m.start) + 1
        head = self.review_re.match(f, line) if self.review_re is not None else None
        return head is not None and f[head.end():head.end() + 1] in ":："

    def assigned_task(self, sc: "StatusCase") -> Optional[str]:
        """2012年州下达该县公租房建设任务573套: the size of a task handed down (cues task_assign
        earlier in the clause, task_noun right before the amount) is a target, planned."""
        f, start = sc.ctx.page.folded, sc.clause[0]
        if self.task_assign_re is None or not self.task_nouns or not f[start:sc.m.start].endswith(self.task_nouns):
            return None
        return "planned" if self.task_assign_re.search(f, start, sc.m.start) else None

    def table_column(self, sc: "StatusCase") -> Optional[str]:
        """指标名称⏎属性⏎全年目标⏎全年完成⏎全市生产总值⏎预期性⏎增长5%左右⏎增长5.4%: in a flattened
        table (:mod:`newsfacts.tables`) the column's header says whether its amounts are
        targets (目标: cues.tsv target_heading) or results (完成: cues.tsv achieve_verb)."""
        cell = sc.ctx.table_cells.get(sc.m.start)
        if cell is None or cell.header is None or self.target_heading_re is None:
            return None
        header = sc.ctx.page.folded[cell.header[0]:cell.header[1]]
        target = self.target_heading_re.search(header) is not None
        done = any(v in header for v in self.achieve_verbs)
        if target != done:
            return "planned" if target else "reported"
        return None

    def table_task(self, sc: "StatusCase") -> Optional[str]:
        """序号 | 实事项目名称 | 完成情况 | 占全年计划 |⏎1 | 新增4000张养老床位 | 4385 | 110% |: the
        amount in a task's name, in a table of results (:func:`newsfacts.tables.pipe_tasks`),
        is its target, planned."""
        return "planned" if sc.m.start in sc.ctx.table_tasks else None

    def task_heading(self, sc: "StatusCase") -> Optional[str]:
        """(二)新增养老床位250张⏎新增378张养老床位,超额完成年度任务。: a numbered heading whose
        paragraph under it says the task is done (cues.tsv task_done) states the task, planned."""
        f = sc.ctx.page.folded
        start = f.rfind("\n", 0, sc.m.start) + 1
        end = f.find("\n", sc.m.end)
        end = len(f) if end < 0 else end
        line = f[start:end].strip()
        if self.task_done_re is None or len(line) > 40 or not _SECTION_HEADING.match(line) \
                or any(ch in line for ch in "。；;，,"):
            return None
        body = f[end:].lstrip()
        body = body[:body.find("\n")] if "\n" in body else body
        if not body or _SECTION_HEADING.match(body):
            return None
        return "planned" if self.task_done_re.search(body) else None

    def task_item_done(self, sc: "StatusCase") -> Optional[str]:
        """1.减少农村扶贫对象6.76万人(责任单位:市扶贫办,各县区)⏎此项工作已完成。截至2019年12月底,
        全市完成…7.497万人; 实事二:新改扩建“四好农村路”300公里,加固改造危桥120座。⏎截至6月30日,完成…:
        the first sentence of a numbered or labelled item, followed on its line or in the next
        line's first sentence by one that says the task is done (cues.tsv task_done), or by a
        paragraph that says how far it has come by a date (截至…), states the task, planned,
        unless it reports itself (完成, 已)."""
        f, sent = sc.ctx.page.folded, sc.sent
        start = f.rfind("\n", 0, sc.m.start) + 1
        if self.task_done_re is None or "。" in f[start:sc.m.start] or sent[1] - sent[0] > 80 \
                or not (_SECTION_HEADING.match(f, start) or _ITEM_LABEL.match(f, start)) or self._sentence_says_done(sc):
            return None
        nxt = f.find("\n", sent[1])
        nxt = len(f) if nxt < 0 else nxt
        done = sc.ctx.page.sentence_at(nxt + 1)
        if self.task_done_re.search(f, sent[1], nxt) or self.task_done_re.search(f, nxt, max(nxt, done[1])) \
                or _PROGRESS_OPENS.match(f, nxt):
            return "planned"
        return None

    def _sentence_says_done(self, sc: "StatusCase") -> bool:
        """The amount's sentence says it is done: a report word (完成) or one opening with 已."""
        words = self._words(sc.ctx, sc.ctx.tokens(sc.sent[0], sc.sent[1]))
        return not self.reported.isdisjoint(words) or any(w.startswith("已") for w in words)

    def task_period(self, sc: "StatusCase") -> Optional[str]:
        """2606个撤并村通公路(2013—2017年)。: a short sentence naming a task over years heads
        its results, planned."""
        sent = sc.sent
        if sent[1] - sent[0] <= 60 and _TASK_PERIOD.search(sc.ctx.page.folded, sent[0], sent[1]) \
                and self.reported.isdisjoint(sc.own):
            return "planned"
        return None

    def budget_figure(self, sc: "StatusCase") -> Optional[str]:
        """年初预算为：一般公共预算收入76138万元 … 调整为89138万元，调增13000万元; 完成预算数
        31220万元的101.7%: an amount a budget word introduces (cues.tsv budget_figure) in its
        clause, with no other amount between them, is a budget: planned; so is the budget
        before a change (由年初的80000万元调整为50000万元)."""
        if self.budget_re is None:
            return None
        f, a, at = sc.ctx.page.folded, sc.clause[0], sc.m.start
        if f.startswith("调整为", sc.m.end) and "由" in f[a:at]:
            return "planned"  # 政府性基金预算由年初的80000万元调整为50000万元: the budget before
        lead = _LAST_DIGIT.search(f, a, at)
        start = lead.end() if lead else a
        word = self.budget_re.search(f, start, at)
        if word is None or at - word.end() > 10:
            return None
        if "预算" not in word.group() and "预算" not in f[sc.sent[0]:sc.sent[1]]:
            return None  # 最低工资标准调整为2500元/月: a standard adjusted, not a budget
        rate = sc.m.dimension in RATE_DIMENSIONS
        if f[word.end():at] == "的" and not rate:
            return "planned"  # 较2023年年初预算的1278万元减少40万元: the budget itself, compared with
        return None if self._measured_by_budget(f, word, start, at, rate) else "planned"

    def _measured_by_budget(self, f: str, word, start: int, at: int, rate: bool) -> bool:
        """完成调整预算的108.7%, 完成年初预算90%, 占年初预算91.38%, 为年初预算61.22%: a share of
        the budget; 较年初预算短收100.8亿元: a gap to it. Neither is the budget."""
        if "的" in f[word.end():at] or _COMPARED.search(f, start, word.start()):
            return True
        return rate and (f[max(0, word.start() - 2):word.start()] in self.achieve_verbs
                         or f[word.start() - 1:word.start()] in self.share_verbs or f[word.start() - 1:word.start()] == "为")

    def budget_list(self, sc: "StatusCase") -> Optional[str]:
        """我县2023年度预算为:一般公共预算收入60,000万元,支出373,660万元; 省级主要支出项目安排情况:
        农林水支出104.03亿元: a budget word (cues.tsv budget_figure) that opens a list with a
        colon makes the list's amounts budgets, planned, unless the clause reports them."""
        f = sc.ctx.page.folded
        if self.budget_re is None or (f.find(":", sc.sent[0], sc.m.start) < 0 and f.find("：", sc.sent[0], sc.m.start) < 0) \
                or not self.reported.isdisjoint(sc.own):
            return None
        for word in self.budget_re.finditer(f, sc.sent[0], sc.m.start):
            if f[word.end():word.end() + 1] in (":", "："):
                return "planned"
        return None

    def later_task(self, sc: "StatusCase") -> Optional[str]:
        """30件!2023年聊城重点民生事项 (2022-12-29) … 完成老年人家庭适老化改造1500户以上: in a
        period later than the article's date, 完成 and 建成 name the task, planned, unless its
        sentence says it is done (已, 去年, 累计: cues past) or compares it (同比)."""
        if sc.timing != "later":
            return None
        ctx = sc.ctx
        words = self._words(ctx, ctx.tokens(sc.sent[0], sc.sent[1]))
        return None if self._says_past(words, compared=True) else "planned"

    def once_built(self, sc: "StatusCase") -> Optional[str]:
        """项目建成投产后可形成年生产激光器封装0.5亿颗、模块产品2500万个能力，实现年产值10亿元以上:
        what a project yields once built (cues.tsv once_built) is a design figure, planned, for
        every amount after it in its sentence, unless the sentence says it is past (已, 累计)."""
        if self.once_built_re is None:
            return None
        f, ctx = sc.ctx.page.folded, sc.ctx
        if self.once_built_re.search(f, sc.sent[0], sc.m.start) is None:
            return None
        words = self._words(ctx, ctx.tokens(sc.sent[0], sc.m.start))
        return None if self._says_past(words) else "planned"

    def current_level(self, sc: "StatusCase") -> Optional[str]:
        """機構式住民補助將從現行每年12萬元提高至18萬元: the level a planned change starts from,
        said to be today's (从 or 由, then cues.tsv current_level), is reported."""
        return "reported" if self._from_current(sc) or self._level_changed_from(sc) else None

    def _level_changed_from(self, sc: "StatusCase") -> bool:
        """最低工资按月计算报酬,每月由7,072元调升至7,280元: the level a change written 由…调升至…
        starts from (由 or 从 at most six characters before, with no digit between) is today's; not
        a budget's, a ceiling's or an estimate's (一般综合预算的收入总额将由1,210.89亿元下调至, 预计…
        将由原先的6,300个增至: cues planned_level), which was a plan too."""
        f, e = sc.ctx.page.folded, sc.m.start
        k = _from_before(f, max(sc.clause[0], e - 6), e)
        if k < 0 or any(c.isdigit() for c in f[k:e]) or _DATE_WORD.search(f, k, e) \
                or self.changed_to_re is None or not self.changed_to_re.match(f, sc.m.end):
            return False
        return self.planned_level_re is None or self.planned_level_re.search(f, sc.sent[0], e) is None

    def takes_effect(self, sc: "StatusCase") -> Optional[str]:
        """將法定最低工資水平由現行每小時40元調升至42.1元。預計將於2025年5月1日生效: an amount whose
        sentence is followed by one that opens by saying when it will take effect (将 or 拟 于,
        then cues takes_effect) is planned (the level it starts from is current_level's)."""
        if self.takes_effect_re is None:
            return None
        page = sc.ctx.page
        end = page.sentence_at(sc.m.start)[1]
        nxt = page.sentence_at(end + 1) if end < len(page.folded) - 1 else None
        if nxt is None or nxt[0] > end + 3:
            return None
        return "planned" if self.takes_effect_re.match(page.folded, nxt[0], nxt[1]) is not None else None

    def _from_current(self, sc: "StatusCase") -> bool:
        """由現行每小時40元: the amount is the level a change starts from: 从 or 由, right
        after it a current word (cues current_level), then no number, 至 or estimate (由原來估算
        平均每月200億元 is an estimate) up to the amount, within ten characters."""
        f, e = sc.ctx.page.folded, sc.m.start
        k = _from_before(f, max(sc.clause[0], e - 10), e)
        word = next((w for w in self.current_levels if f.startswith(w, k + 1)), None) if k >= 0 else None
        if word is None:
            return False
        gap = f[k + 1 + len(word):e]
        return not (any(c.isdigit() or c in "至到" for c in gap) or (self.estimate_re is not None and self.estimate_re.search(gap)))

    def final_accounts_compared(self, sc: "StatusCase") -> Optional[str]:
        """“三公”经费决算数共计35.5万元,比上年预算数字下降35.45%: in a sentence of final accounts
        (决算), a change measured against a budget is a result, reported."""
        f = sc.ctx.page.folded
        if "决算" not in f[sc.sent[0]:sc.m.start] or not self.compare_verbs.intersection(sc.own[:sc.at]):
            return None
        return "reported" if sc.m.dimension in RATE_DIMENSIONS or "决算" in f[sc.clause[0]:sc.m.start] else None

    def target_value(self, sc: "StatusCase") -> Optional[str]:
        """城镇登记失业率3.56%,低于3.7%的控制目标: an amount right before a target noun, or before 的 and one
        (cues.tsv target_noun), in brackets right after one or a task noun, or after a plan word (cues.tsv target_whole: 占年度计划1500公里的
        139.5%), is the target's value, planned."""
        f, e = sc.ctx.page.folded, sc.m.end
        if not self.target_nouns:
            return None
        if f[sc.m.start - 1:sc.m.start] in ("(", "（") and f.endswith(self.target_or_task_nouns, 0, sc.m.start - 1):
            return "planned"  # 占全年筛查任务(6.6万人)的103.12%, 超出省定目标任务(60%): the target in brackets
        of = f[e:e + 1] == "的"
        if of and f.startswith(self.target_nouns, e + 1):
            return "planned"
        if f.startswith(self.target_nouns, e) or (  # 完成全年35万目标任务的62.6%, 完成区人代会批准增长8%以上目标
                sc.m.dimension != "percent" and of and sc.at > 0 and self._names_plan(sc.own[sc.at - 1])):
            return "planned"  # 占年度计划1500公里的139.5%, 完成年目标任务12500人的98.5%: the plan's own value
        return None

    def set_targets(self, sc: "StatusCase") -> Optional[str]:
        """镶黄旗今年确定了第一产业增加值达到3.4亿元,增长7.9%,牧民人均纯收入达到10489元,增长13%的预期
        目标: the amounts listed between a verb that sets targets (cues.tsv target_setting)
        and the 的…目标 that closes the list after its last amount are the targets' values."""
        f, sent = sc.ctx.page.folded, sc.sent
        if self.target_setting_re is None or self.target_setting_re.search(f, sent[0], sc.m.start) is None:
            return None
        close = _TARGET_AFTER.search(f, sc.m.end, sent[1])
        if close is None or not sc.ctx.mention_between(max(sc.m.end, close.start() - _CLOSE_REACH), close.start()):
            return None  # 的目标 with no amount of the list right before it
        return "planned"

    def _names_plan(self, word: str) -> bool:
        """A word that names a plan: 计划, 年度预算 (cues target_whole), 目标任务 (cues task_noun)."""
        return word in self.target_wholes or word in self.task_nouns

    def own_clause_cue(self, sc: "StatusCase") -> Optional[str]:
        """13条接头路将全部打通 (planned); 已全面完成 (reported); 预计全年完成营造林900万亩
        (planned: the plan cue stands before the report word)."""
        own, at, cues = sc.own, sc.at, self.plan_cues
        if cues.isdisjoint(own[:at]) and self.planned_ahead.isdisjoint(own[:12]):
            return "reported" if self._says_reported(own, at) else None
        own = self._without_counted_plans(self._without_references(own, at, sc.m.dimension == "percent"), at, sc.m)
        ahead = self._cue_at(own, self.planned_ahead, 12)
        if ahead > at and sc.ctx.mention_between(sc.own_tokens[ahead][1], sc.clause[1]):
            ahead = -1  # 續建項目532個、2025年預計完成投資6076.8億元: the cue leads the later amount
        plan = min((k for k in (self._cue_at(own, cues, at), ahead) if k >= 0), default=len(own))
        report = next((k for k, w in enumerate(own) if w in self.reported), len(own))
        if report < plan or (report < len(own) and any(w.startswith("已") for w in own)):
            return "reported"
        return "planned" if plan < len(own) else None

    def _says_reported(self, own: list[str], at: int) -> bool:
        """已全面完成, 累计; 全市已登记参保40.2万人: a report word in the clause, or 已 inside a word
        jieba keeps whole (已登记, 已建成) before the amount."""
        return not self.reported.isdisjoint(own) or any(w.startswith("已") for w in own[:at])

    def _without_references(self, own: list[str], at: int, share: bool = False) -> list[str]:
        """低于市计划的0.7个百分点, 占全年计划投资的56.6%, 目标任务完成率达110.59%, 为预算的102.8%:
        plan words after a compare verb or before a rate of achievement, and plan cues after a
        share verb or right before 的 and a share, name what the amount is measured against;
        they are blanked."""
        own = self._without_whole(own, at, share)
        rate = next((k for k in range(at - 1, -1, -1) if own[k] in self.achievement_rates), -1)
        if rate > 0:
            own = ["" if w in self.plan_references else w for w in own[:rate]] + own[rate:]
        return own

    def _without_counted_plans(self, own: list[str], at: int, m: Mention) -> list[str]:
        """制定实施经济发展规划8.1万余项: a plan noun right before a count, after a verb that
        makes plans (cues.tsv plan_document_verb), is what is counted; it is blanked."""
        if m.dimension == "count" and 0 < at and own[at - 1] in self.plan_references \
                and not self.plan_document_verbs.isdisjoint(own[:at - 1]):
            return own[:at - 1] + [""] + own[at:]
        return own

    def _without_whole(self, own: list[str], at: int, share: bool) -> list[str]:
        """为预算的102.8%, 占年初预算10065万元的43.2%, 比年计划高: what a share or a comparison is
        measured against, blanked."""
        if share:
            own = self._without_share_whole(own, _first_in_list(own, at))
        own = self._without_achieved(own, at)
        turn = next((k for k in range(at) if own[k] in self.against_verbs or own[k] in self.share_verbs), at)
        if turn < at:
            named = self.plan_cues if share and own[turn] in self.share_verbs else self.plan_references
            own = own[:turn] + ["" if w in named else w for w in own[turn:at]] + own[at:]
        return own

    def _without_achieved(self, own: list[str], at: int) -> list[str]:
        """全面完成全年目标任务的有46项: a plan word up to two words after a verb of achieving
        (完成, or one ending in it: 全面完成, 超额完成) names what was achieved, no cue; blanked.
        Not when the plan is named after the amount too (超额完成规划提出的增加8500张床位的目标任务:
        the amount is the plan's)."""
        if not self.plan_references.isdisjoint(own[at + 1:]):
            return own
        out = list(own)
        for k in range(at):
            w = own[k]
            if w in self.achieve_verbs or (len(w) > 2 and w[-2:] in self.achieve_verbs):
                for j in range(k + 1, min(k + 4, at)):
                    if out[j] in self.plan_references:
                        out[j] = ""
        return out

    def _without_share_whole(self, own: list[str], first: int) -> list[str]:
        """为目标任务的565.97%, 达到治理计划的57%、37%和70%, 为年度收入目标7,598万元的100%: the plan
        words before the 的 that opens a share (or a list of shares, whose first is at ``first``),
        and the plan's own amount after them, name the whole; blanked."""
        if first < 2 or own[first - 1] != "的":
            return own
        k = first - 2
        while k >= 0 and (has_digit(own[k]) or own[k] in _GROUPING or own[k].lstrip("十百千万亿") in self.res.units):
            k -= 1
        while k >= 0 and (own[k] in self.plan_cues or own[k] in self.plan_references):
            k -= 1
        return own[:k + 1] + [""] * (first - 2 - k) + own[first - 1:]

    def project_total(self, sc: "StatusCase") -> Optional[str]:
        """集中开工项目10个，总投资140.28亿元: a project's total investment (cues.tsv
        project_total, or project_cost opening the clause before 的: 投资84.6亿元的洪屏电站二期) is
        what it will cost when built, planned, unless its sentence counts up what was done (累计签约项目7个，协议总投资额达107.54亿元: cues.tsv cumulative)."""
        if self.project_total_re is None:
            return None
        f, at = sc.ctx.page.folded, sc.m.start
        word = self.project_total_re.search(f, max(sc.clause[0], at - 8), at)
        if word is None and f.startswith("的", sc.m.end):  # 投资84.6亿元的洪屏电站二期建设进展顺利
            word = self.project_cost_re.search(f, max(sc.clause[0], at - 4), at) if self.project_cost_re else None
            if word is not None and (word.start() > sc.clause[0] and _is_cjk(f[word.start() - 1])):
                word = None  # 完成投资100亿元的: what was spent
        if word is None or self.link_run.fullmatch(f, word.end(), at) is None \
                or self._counts_up(f, max(sc.sent[0], f.rfind(";", sc.sent[0], at) + 1, f.rfind("；", sc.sent[0], at) + 1), at):
            return None  # …累计完成投资235.8亿元;计划新开工项目157项,总投资506.08亿元: not across a ;
        return "planned"

    def project_spec(self, sc: "StatusCase") -> Optional[str]:
        """新开工的4条高速公路总里程265公里，其中岑溪至水汶高速全长30.11公里: the size of a
        project (cues.tsv project_spec, at most eight characters before the amount) that starts
        or is still to be built (project_start, or 预计…建成, in its line before the amount or in
        the title) is a design figure, planned, unless its sentence or the title says it is
        built (project_built) or its clause that it was done (完成, cues achieve_verb)."""
        if self.project_spec_re is None or self.project_start_re is None:
            return None
        f, at, sent = sc.ctx.page.folded, sc.m.start, sc.sent
        if self.project_spec_re.search(f, max(sc.clause[0], at - 8), at) is None or not self.achieve_verbs.isdisjoint(sc.own[:sc.at]):
            return None  # 完成公路建设里程300公里: what was done
        title_end = f.find("\n", 0, 200)
        if self._says_built(f, sent) or (title_end > 0 and self._says_built(f, (0, title_end))
                                         and not self.project_start_re.search(f, 0, title_end)):
            return None  # 同意该工程通过竣工验收 in the lead: a finished project's size is reported
        for a, b in ((f.rfind("\n", 0, at) + 1, at), (0, title_end)):
            if b > a and (self.project_start_re.search(f, a, b) or any(self._built_words(f, (a, b)))):
                return "planned"
        return None

    def _says_built(self, f: str, sent: tuple[int, int]) -> bool:
        """The sentence says the project is built (project_built), not that it will be."""
        return not all(self._built_words(f, sent))

    def _built_words(self, f: str, span: tuple[int, int]):
        """For each word of project_built in ``span``: whether it is a date to come (a plan
        cue, cues.tsv planned_ahead, before it in its clause: 预计2020年12月前建成; 建成后)."""
        if self.project_built_re is None:
            return
        for hit in self.project_built_re.finditer(f, span[0], span[1]):
            clause = f[max(span[0], *(f.rfind(p, span[0], hit.start()) + 1 for p in _CLAUSE_MARKS)):hit.start()]
            yield f.startswith("后", hit.end()) or any(w in clause for w in self.planned_ahead)

    def project_capacity(self, sc: "StatusCase") -> Optional[str]:
        """鄂尔多斯市君正能源化工有限公司100万吨PVC烧碱项目: a physical amount that opens a
        project's name (up to cues.tsv project_name, no punctuation between) is the project's
        design capacity, planned, unless its sentence says the project runs (capacity_running:
        10万吨聚乳酸项目投产) or its clause reports it done."""
        if sc.m.dimension not in _CAPACITY or self.project_name_re is None:
            return None
        f = sc.ctx.page.folded
        name = self.project_name_re.search(f, sc.m.end, min(sc.clause[1], sc.m.end + _NAME_REACH))
        if name is None or not BREAKS.isdisjoint(f[sc.m.end:name.start()]):
            return None
        running = self.capacity_running_re
        if (running is not None and running.search(f, sc.sent[0], sc.sent[1]) is not None) or not self.achieve_verbs.isdisjoint(sc.own[:sc.at]):
            return None
        return "planned"

    def _counts_up(self, f: str, a: int, b: int) -> bool:
        """A word in f[a:b] that counts up what was done (累计, 截至: cues.tsv cumulative)."""
        return self.cumulative_re is not None and self.cumulative_re.search(f, a, b) is not None

    def year_target(self, sc: "StatusCase") -> Optional[str]:
        """到2025年，…; 完成“十三五”下降18%的目标: a target year before the amount in its
        clause, or 的目标 right after it."""
        if last_before(sc.ctx.year_targets, sc.clause[0], sc.m.start) or _TARGET_AFTER.match(sc.ctx.page.folded, sc.m.end):
            return "planned"
        return None

    def heading_cue(self, sc: "StatusCase") -> Optional[str]:
        """全年计划新增⏎义务教育和高中学位2万个: a plan cue in a short line cut off just
        before the amount's sentence, unless the line says it is past (已超全年預算⏎…盈餘四百七十六‧六億元:
        the plan is what the amount is measured against)."""
        ctx = sc.ctx
        line = self._heading_before(ctx, sc.sent)
        if line is None:
            return None
        words = self._words(ctx, ctx.tokens(line[0], line[1]))
        return "planned" if self._cue(words, self.plan_cues) and not self._says_past(words) else None

    def labelled_target(self, sc: "StatusCase") -> Optional[str]:
        """目标任务:对8所中小学校进行校舍安全改造,总建筑面积9720平方米。⏎目前进度:…; 任务目标:对全市
        100个老旧小区的二次管网和换热站进行改造。 进展情况:…: a target label and its colon open
        a stretch of the line (cues.tsv target_label), up to a progress label (progress_label):
        its amounts are the targets."""
        f = sc.ctx.page.folded
        label = self._last_label(self.target_label_re, f, f.rfind("\n", 0, sc.m.start) + 1, sc.m.start)
        if label < 0 or self._progress_labelled(sc, label):
            return None
        return "planned"

    def _progress_labelled(self, sc: "StatusCase", a: Optional[int] = None) -> bool:
        """A progress label (cues.tsv progress_label) with its colon between ``a`` (by default
        the start of the amount's line) and the amount: 项目进展:累计投资1455万元."""
        f = sc.ctx.page.folded
        a = f.rfind("\n", 0, sc.m.start) + 1 if a is None else a
        return self._last_label(self.progress_label_re, f, a, sc.m.start) >= 0

    @staticmethod
    def _last_label(pattern, f: str, a: int, b: int) -> int:
        """The end of the last word of ``pattern`` in [a, b) that opens its line or sentence
        and that a colon follows (not 完成了…确定的目标任务:, an object), else -1."""
        end = -1
        if pattern is not None:
            for hit in pattern.finditer(f, a, b):
                if f[hit.end():hit.end() + 1] in (":", "：") and (hit.start() == a or f[hit.start() - 1] in _LABEL_AFTER):
                    end = hit.end()
        return end

    def target_section(self, sc: "StatusCase") -> Optional[str]:
        """一、全市经济社会发展主要预期目标⏎1.生产总值增长6%以上 …⏎责任单位：市发改委⏎2.规上工业增加值
        增长8%; 一、主要目标⏎…完成投资25亿元: under a heading that announces targets (past
        sub-headings, up to one that reviews) the amounts are targets, even where a verb of
        achieving (完成) states them, unless their sentence says they are past or compares them."""
        ctx, sent = sc.ctx, sc.sent
        if self._section_kind(sc) != "target" or (sc.timing == "finished" and _YEAR_WORD.search(ctx.page.folded, sent[0], sc.m.start)):
            return None  # 二、政府债券发行使用安排情况⏎2023年全年发行…11.31亿元 (2024-02-02): a year gone by
        if self._done_part(ctx.page.folded[sc.clause[0]:sc.m.start]) and self._progress_columns(sc):
            return "reported"  # 年度目标任务 完成进度⏎募集见习岗位325个 完成330个,完成率101.54%: the row's result
        start = self._after_baseline(ctx.page.folded, sent[0], sc.m.start)
        words = self._words(ctx, ctx.tokens(start, sent[1]))
        if self._says_past(words, compared=True) or self.review_re.search(ctx.page.folded, start, sent[1]):
            return None
        return "planned"

    def _progress_columns(self, sc: "StatusCase") -> bool:
        """The heading that makes the section a target one also names a column of results
        (县区 项目名称 年度目标任务 完成进度: cues table_done)."""
        j = self._section_heading(sc)
        if j is None:
            return False
        f, start = sc.ctx.page.folded, sc.ctx.headings[0][j]
        end = f.find("\n", start)
        return any(w in f[start:end if end >= 0 else len(f)] for w in self.table_done_words)

    def _done_part(self, lead: str) -> bool:
        """The words of a clause before its amount open or end with a completion verb or the
        rate done (cues completion: 完成330个, 已完成1个, 完成率)."""
        lead = lead.strip()
        return any(lead.startswith(w) or lead.endswith(w) for w in self.completions)

    def _after_baseline(self, f: str, a: int, b: int) -> int:
        """在近年来…已完成3619个行政村污水垃圾治理基础上,争取用5年时间,完成6500个以上: where
        the baseline a target builds on (cues.tsv baseline) ends before ``b``, else ``a``."""
        hit = None
        if self.baseline_re is not None:
            for hit in self.baseline_re.finditer(f, a, b):
                pass
        return hit.end() if hit is not None else a

    def _section_kind(self, sc: "StatusCase") -> Optional[str]:
        """"target" or "review": the kind of :meth:`_section_heading`; None under neither."""
        j = self._section_heading(sc)
        return None if j is None else sc.ctx.headings[1][j]

    def _section_heading(self, sc: "StatusCase") -> Optional[int]:
        """The index of the nearest of the last eight headings before the amount's sentence
        that announces targets or reviews results, else None."""
        starts, kinds = sc.ctx.headings
        k = bisect.bisect_right(starts, sc.sent[0]) - 1
        return next((j for j in range(k, max(-1, k - 8), -1) if kinds[j] in ("review", "target")), None)

    def sentence_cue(self, sc: "StatusCase") -> Optional[str]:
        """主要预期目标是：…，…; 力争到2015年，…突破5500公里; 2024年，全省计划投资1400亿元以上，
        …达到6000万吨以上: a cue earlier in the sentence that introduces a list, stands in a
        clause with no amount of its own, or leads the clauses after it."""
        ctx, f, sent, clause = sc.ctx, sc.ctx.page.folded, sc.sent, sc.clause
        if self.planned_sentence_re is None or not self.planned_sentence_re.search(f, sent[0], clause[0]) \
                or sc.timing == "elapsed":
            return None  # …，1-9月城乡居民人均可支配收入26659元 (in December): months gone by report
        earlier = ctx.tokens(_last_item(f, sent[0], clause[0]), clause[0])
        words = [w for _, _, w in earlier]
        # a plan does not carry past a turn (如果…，…，不过她选择…以低于市价一半)
        turn = max((k for k, w in enumerate(words) if w in self.contrast), default=-1)
        for k in range(max(turn, 0), len(words)):
            if words[k] not in self.planned_sentence or self._not_a_cue_here(ctx, words, k, earlier[k][0]):
                continue
            cue_clause = ctx.page.clause_at(earlier[k][0])
            if _INTRODUCES.search(f, cue_clause[0], cue_clause[1]) or not ctx.mention_between(cue_clause[0] - 1, cue_clause[1]):
                return "planned"
            if words[k] in self.planned_ahead and self._plan_leads(
                    ctx, sc.m, sent, cue_clause, words[k:], sc.own_tokens[:sc.at]):
                return "planned"
        return None

    def _not_a_cue_here(self, ctx: DocContext, words: list[str], k: int, s: int) -> bool:
        """将 as 把, a cue after 初步/据 (初步预计), a cue inside a name, a plan measured against,
        an estimate note in brackets (8%左右(预计数),…), or a plan's years so far (“十三五”规划实施以来)."""
        f = ctx.page.folded
        return self._jiang_as_ba(words, k) or (s >= 2 and f[s - 2:s] in self.not_planned) or (
            s >= 1 and f[s - 1:s] in self.not_planned) or ctx.names.overlaps(s, s + 1) or self._plan_named(words, k) \
            or (words[k] in self.within_period and self._compares_before(ctx, s)) or self._measured_against(ctx, words[k], s) \
            or (words[k] in self.estimates and f[s - 1:s] in ("(", "（")) \
            or (words[k] in self.plan_references and not self.plan_since.isdisjoint(words[k + 1:k + 4]))

    def _measured_against(self, ctx: DocContext, word: str, s: int) -> bool:
        """基本实现“增速不低于全州平均水平”的目标; 增长6.9%,差计划目标3.1个百分点: a plan noun
        (cues.tsv plan_reference) after a verb of achieving or comparing in its clause is what
        a result is measured against, no cue."""
        if word not in self.plan_references:
            return False
        before = self._words(ctx, ctx.tokens(ctx.page.clause_at(s)[0], s))
        return not (self.achieve_verbs.isdisjoint(before) and self.against_verbs.isdisjoint(before))

    def _compares_before(self, ctx: DocContext, s: int) -> bool:
        """年内，本集团铝合金产品销量达到约574.8万吨,较去年同期约547.3万吨增加约5.0%: the sentence
        from ``s`` on compares with the same period before (同比, 较去年同期: cues.tsv compare)."""
        sent = ctx.page.sentence_at(s)
        return _SAME_PERIOD_BEFORE.search(ctx.page.folded, s, sent[1]) is not None

    def _plan_named(self, words: list[str], k: int) -> bool:
        """新埔鎮區域排水規劃,總經費為255萬8,000元: a plan word (cues.tsv plan_reference) after a
        plain noun, ending its clause, names a plan (a study, a programme); no cue."""
        if not (0 < k and k + 1 < len(words) and words[k] in self.plan_references and is_stop_punct(words[k + 1])):
            return False
        before = words[k - 1]
        return len(before) >= 2 and tag(before) in ("", "v") and not has_digit(before) and before not in self.time_words \
            and before not in self.plan_cues

    def task_under_way(self, sc: "StatusCase") -> Optional[str]:
        """新建街镇级养老服务综合体1家,打造示范型老人家食堂2个。目前,加快推进北闸口镇养老服务综合体
        建设: a sentence that the next one follows with where the work stands now (cues.tsv
        progress_now), still under way in its first clause (cues.tsv under_way), states the task,
        planned, unless the words before the amount say it is past (已, 累计) or compare it (同比),
        or it stands under a heading that reviews results (一、“十一五”回顾)."""
        if self.progress_now_re is None or self.under_way_re is None or self._section_kind(sc) == "review":
            return None
        ctx, f = sc.ctx, sc.ctx.page.folded
        k = sc.sent[1]
        while k < len(f) and f[k] in " \u3000":
            k += 1
        hit = self.progress_now_re.match(f, k)
        if hit is None or f[hit.end():hit.end() + 1] not in ",，":
            return None
        after = ctx.page.clause_at(hit.end() + 1)  # 当前,已完成139个…,113个…正在编制中: done first
        if self.under_way_re.search(f, hit.end(), after[1]) is None or "已" in f[hit.end():after[1]]:
            return None
        words = self._words(ctx, ctx.tokens(sc.sent[0], sc.m.start))
        return None if self._says_past(words, compared=True) else "planned"

    def paragraph_lead(self, sc: "StatusCase") -> Optional[str]:
        """2026年，成都将围绕八大主要任务发力：…。其中，…培育专精特新“小巨人”企业80家以上: a
        paragraph whose first sentence, with no amount of its own, opens with a plan verb
        (cues.tsv planned_ahead), or opens a list of targets (2021年促进就业计划目标为:…, also
        in a later year), makes the amounts of its later sentences targets, unless
        the words before them in their sentence say they are past (已, 去年) or compare them
        (同比)."""
        ctx, f = sc.ctx, sc.ctx.page.folded
        line = f.rfind("\n", 0, sc.sent[0]) + 1
        key = ("plan_lead", line)
        if key not in ctx.memo:  # a list of targets (目标为:) holds also when its year is over
            plan = self._plan_lead(ctx, line)
            ctx.memo[key] = (plan, False) if plan else (self._target_list_lead(ctx, line), True)
        lead, targets = ctx.memo[key]
        if lead is None or lead[1] > sc.sent[0] or lead[0] == sc.sent[0] or (sc.timing == "finished" and not targets):
            return None
        words = self._words(ctx, ctx.tokens(sc.sent[0], sc.m.start))
        return None if self._says_past(words, compared=True) else "planned"

    def _says_past(self, words: list[str], compared: bool = False) -> bool:
        """The words say the amount is past (已…, 去年, 累计: cues.tsv past) or, when
        ``compared``, compare it (同比: cues.tsv compare)."""
        return not self.past.isdisjoint(words) or any(w.startswith("已") for w in words) or (
            compared and not self.compare.isdisjoint(words))

    def _plan_lead(self, ctx: DocContext, line: int) -> Optional[tuple[int, int]]:
        """The first sentence of the paragraph at ``line`` when it has no amount (or opens with
        the article's year: 今年,) and a plan verb (cues.tsv planned_ahead) in its first 16
        characters, else None."""
        f = ctx.page.folded
        while line < len(f) and f[line].isspace() and f[line] != "\n":
            line += 1
        lead = ctx.page.sentence_at(line)
        if lead[1] <= lead[0] or (ctx.mention_between(lead[0] - 1, lead[1]) and not self._year_ahead_opens(ctx, lead[0])):
            return None
        toks = ctx.tokens(lead[0], lead[1])
        words = self._words(ctx, toks)
        return lead if any(w in self.planned_ahead and toks[k][0] < lead[0] + 16 and not (w == "将" and self._ba_verb_after(words, k))
                           for k, w in enumerate(words)) else None  # not 将 as 把 (湖南将…纳入…)

    def _target_list_lead(self, ctx: DocContext, line: int) -> Optional[tuple[int, int]]:
        """2021年促进就业计划目标为:全省城镇新增就业60万人以上,…。农村劳动力转移就业70万人,…: the
        paragraph's first sentence opens a list of targets (a target noun, then 为 or 是 and a
        colon, in its first 24 characters); the list runs on through the paragraph."""
        f = ctx.page.folded
        lead = ctx.page.sentence_at(line)
        hit = self.target_list_re.search(f, lead[0], min(lead[1], lead[0] + _TARGET_LIST_REACH)) \
            if self.target_list_re is not None and lead[1] > lead[0] else None
        return lead if hit else None

    def _year_ahead_opens(self, ctx: DocContext, a: int) -> bool:
        """今年,兴庆区将加大…投资力度,…确保固定资产投资达到120亿元以上 (2025-01-09): the sentence
        opens with the article's year or a later one (今年, 明年, 2025年) and a comma."""
        f = ctx.page.folded
        mm = _YEAR_AHEAD.match(f, a)
        if mm is None or ctx.year is None:
            return False
        return mm.group(1) is None or int(mm.group(1)) >= ctx.year

    def task_deadline(self, sc: "StatusCase") -> Optional[str]:
        """粮食产量100亿斤以上。⏎|⏎市农技中心⏎|⏎卢伯瑛⏎|⏎2024年底前 (a task table's row): a deadline
        (cues.tsv deadline) in the amount's sentence before it, or within 40 characters after
        its sentence with no other amount between, makes it a task, planned, unless the
        sentence says it is past (已, 去年)."""
        if self.deadline_re is None:
            return None
        ctx, f, sent = sc.ctx, sc.ctx.page.folded, sc.sent
        after = min(len(f), sent[1] + 40)
        nxt = bisect.bisect_left(ctx.mention_starts, sent[1])
        if nxt < len(ctx.mention_starts):
            after = min(after, ctx.mention_starts[nxt])
        if self.deadline_re.search(f, sent[0], sc.m.start) is None and self.deadline_re.search(f, sent[1], after) is None:
            return None
        return None if self._says_past(self._words(ctx, ctx.tokens(sent[0], sent[1]))) else "planned"

    def year_end_ahead(self, sc: "StatusCase") -> Optional[str]:
        """为2017年底全面完成14.05万户采沉区棚改奠定了基础 (2017-01-20): the end of the article's
        own year (cues.tsv year_end), still to come, before the amount in its clause is a
        deadline: planned, unless the clause says it is past (已, 累计)."""
        if sc.timing != "current" or self.year_end_re is None \
                or self.year_end_re.search(sc.ctx.page.folded, sc.clause[0], sc.m.start) is None:
            return None
        return None if self._says_past(sc.own[:sc.at]) or self._counts_up(sc.ctx.page.folded, sc.clause[0], sc.m.start) \
            else "planned"

    def estimate_lead(self, sc: "StatusCase") -> Optional[str]:
        """预计,全年完成地区生产总值188亿元,同比增长1.0%;规上工业增加值14.2亿元: a sentence
        that opens with a plan cue alone in its first clause (预计，, 预计到年末，: a cue of
        planned_ahead or estimate, no amount, at most 6 characters) speaks of estimates through
        its later clauses, unless the amount's clause says it is done (已)."""
        ctx = sc.ctx
        first = ctx.page.clause_at(sc.sent[0])
        if first[1] > sc.clause[0] or first[1] - first[0] > _LONE_CUE or ctx.mention_between(first[0], first[1]):
            return None
        words = self._words(ctx, ctx.tokens(first[0], first[1]))
        if not words or (words[0] not in self.planned_ahead and words[0] not in self.estimates):
            return None
        return None if any(w.startswith("已") for w in sc.own) else "planned"

    def own_year_to_achieve(self, sc: "StatusCase") -> Optional[str]:
        """2024年完成综合交通固定资产投资1148亿元以上 (2024-01-09): the article's own year, not
        yet over, before a verb of achieving (cues.tsv achieve_verb) and the amount in its
        clause: what the year is to achieve, planned, unless the clause says it is past."""
        year, f = sc.ctx.year, sc.ctx.page.folded
        if sc.timing != "current" or year is None or self.achieve_verbs.isdisjoint(sc.own[:sc.at]):
            return None
        hit = f.find(f"{year}年", sc.clause[0], sc.m.start)
        if hit < 0 or self._says_past(sc.own[:sc.at]) or self._counts_up(f, sc.clause[0], sc.m.start):
            return None
        verb = next(k for k, w in enumerate(sc.own[:sc.at]) if w in self.achieve_verbs)
        return "planned" if sc.own_tokens[verb][0] > hit else None

    def quoted_task(self, sc: "StatusCase") -> Optional[str]:
        """“城镇棚户区改造27.76万套”项目,已完成17.18万套: an amount at the end of a quoted name
        that a task word follows (cues.tsv quoted_task_end) is the task's target, planned."""
        f, e = sc.ctx.page.folded, sc.m.end
        if self.quoted_task_re is None or f[e:e + 1] not in ("”", "」", "\""):
            return None
        opening = max(f.rfind("“", sc.clause[0], sc.m.start), f.rfind("「", sc.clause[0], sc.m.start))
        if opening < 0 or self.quoted_task_re.match(f, e + 1) is None:
            return None
        return "planned"

    def later_year(self, sc: "StatusCase") -> Optional[str]:
        """2027年，全省新增…: a year later than the article's own, before the amount in its
        clause and not the reference of a comparison, names a target."""
        year, f = sc.ctx.year, sc.ctx.page.folded
        if year is None:
            return None
        for mm in YEAR_IN.finditer(f, sc.clause[0], sc.m.start):
            if int(mm.group(1)) > year and not f[max(sc.clause[0], mm.start() - 1):mm.start()] in ("比", "较", "于"):
                return "planned"
        return None

    def later_period(self, sc: "StatusCase") -> Optional[str]:
        """辽宁省…“十二五”规划任务分工的通知 (2012) … 森林覆盖率42%: an amount whose period ends
        in a later year than the article's date is a target, unless its sentence reports (已,
        累计, 同比, 去年) or reviews."""
        return "planned" if sc.timing == "later" and not self._sentence_reports(sc) else None

    def draft_year(self, sc: "StatusCase") -> Optional[str]:
        """福建省2014年預算執行情況及2015年預算草案…2015年,福建省一般公共預算總收入4309億元: an
        amount of the year whose draft the lead presents is planned, unless its clause
        reports it (完成, 执行) or its sentence first says it is done."""
        if sc.timing != "draft" or not self.reported.isdisjoint(sc.own) or self._done_before(sc):
            return None
        return "planned"

    def _sentence_reports(self, sc: "StatusCase") -> bool:
        """The amount's sentence reports (已, 累计, 同比, 去年: cues reported, past, compare) or
        reviews (review)."""
        ctx, sent = sc.ctx, sc.sent
        words = self._words(ctx, ctx.tokens(sent[0], sent[1]))
        return not (self.reported.isdisjoint(words) and self.past.isdisjoint(words) and self.compare.isdisjoint(words)) \
            or self.review_re.search(ctx.page.folded, sent[0], sent[1]) is not None

    def plan_document(self, sc: "StatusCase") -> Optional[str]:
        """省政府印发《…实施方案》… 到2027年，…：新建养老床位2万张: in a document that issues a plan
        the amounts are its targets (同比 and 上年结转 of a draft budget too), unless their
        sentence says before them that they are done (已, 去年, 累计) or names an earlier year
        than the article's."""
        ctx, f, sent = sc.ctx, sc.ctx.page.folded, sc.sent
        if not ctx.plan_document or sc.timing == "finished" or self._done_before(sc):
            return None  # “十三五”时期…6567名贫困残疾人实现脱贫, in a 十四五 plan: a period over
        if self._list_size(sc):
            return "reported"  # 确定了2023年全县集中办理的10件为民实事: the list's size
        if ctx.year is not None and any(int(mm.group(1)) < ctx.year for mm in YEAR_IN.finditer(f, sent[0], sent[1])):
            return None
        return "planned"

    def _done_before(self, sc: "StatusCase") -> bool:
        """Before the amount in its sentence, a word that says it is done: 已, 去年, 过去 (cues
        past, but not 上年 of a budget's 上年结转 or 比上年) or one that counts up what was done
        (累计, 截至: cues cumulative)."""
        ctx, f = sc.ctx, sc.ctx.page.folded
        a = self._after_baseline(f, sc.sent[0], sc.m.start)
        if self._counts_up(f, a, sc.m.start):
            return True
        return any(w in self.past and not w.startswith("上年") for w in self._words(ctx, ctx.tokens(a, sc.m.start)))

    def later_year_lead(self, sc: "StatusCase") -> Optional[str]:
        """——城镇新增就业总量逐步增加。到2027年,累计实现城镇新增就业8000人以上 (a plan of 2025): a
        target year later than the article's, alone in an earlier clause of the sentence, makes
        a verb of achieving in the amount's clause part of the target, unless it says 已."""
        if sc.timing != "later" or any(w.startswith("已") for w in sc.own):
            return None
        return self.sentence_year_target(sc)

    def sentence_year_target(self, sc: "StatusCase") -> Optional[str]:
        """到2020年，全市…: a target year earlier in the sentence, in a clause with no amount of
        its own."""
        target = first_within(sc.ctx.year_targets, sc.sent[0], sc.m.start)
        if target and sc.timing != "finished":  # 到2018年年末…完成115亿元 (in 2019): a year's result
            target_clause = sc.ctx.page.clause_at(target[0])
            if not sc.ctx.mention_between(target_clause[0] - 1, target_clause[1]):
                return "planned"
        return None

    def _plan_leads(self, ctx: DocContext, m: Mention, sent, cue_clause, between: list[str], lead) -> bool:
        """A plan verb in the sentence's first clause (after a time alone: 2024年，), or opening a
        later clause (…体系，力争今年工业固定资产投资增长15%，规上工业增加值增长16%), governs the
        amounts of the clauses after it (not a cue that names a kind of thing: 计划开工项目100项),
        until a clause reports an achievement or the past (…已全面完成升级改造, 去年…) or the
        amount is the reference of a comparison (比2020年平均亩产185.8公斤)."""
        if not self._leading_clause(ctx, sent, cue_clause, between):
            return False
        words = between + [w for _, _, w in lead]
        if any(w in self.achieved or (w in self.past and not (k and words[k - 1] in self.compare_verbs))
               for k, w in enumerate(words)):
            return False  # …，去年新增托位1365个: the past is no plan
        compare = next((e for _, e, w in reversed(lead) if w in self.compare_verbs), None)
        return compare is None or ctx.mention_between(compare, m.start)

    def _leading_clause(self, ctx: DocContext, sent, cue_clause, between: list[str]) -> bool:
        """The cue's clause is the sentence's first (or comes right after short time clauses or
        a clause that names a source, with no amount: cues.tsv source_opener), or the cue opens it, after a coordinator (即力争建成1圈，打通2条…), and
        names no kind of thing (计划开工项目)."""
        f = ctx.page.folded
        first = ctx.page.clause_at(sent[0])
        opening = cue_clause[0] + next((len(c) for c in self.coordinators if f.startswith(c, cue_clause[0])), 0)
        if cue_clause[0] == first[0] or (f.startswith(between[0], opening) and self.name_heads.isdisjoint(between[1:4])):
            return True
        while first != cue_clause:  # 根据《2024年…政府工作报告》，2024年，内蒙古将改造…: a source and a time
            if (first[1] - first[0] > 8 and not f.startswith(self.source_openers, first[0])) \
                    or ctx.mention_between(first[0] - 1, first[1]) or f[first[1] - 1] not in ",，" \
                    or first[1] > cue_clause[0]:
                return False
            nxt = first[1]
            while nxt < cue_clause[0] and f[nxt].isspace():
                nxt += 1  # 截至九月底, 约254万个…: spaces between two clauses belong to neither
            if ctx.page.clause_at(nxt)[1] <= first[1]:
                return False
            first = ctx.page.clause_at(nxt)
        return True

    def _continues(self, f: str, clause: tuple[int, int], prev: Claim) -> bool:
        """The clause opens with a coordinator (以及, 并, 同时) and the previous amount stands in it
        or before it."""
        return prev.quantity.start < clause[1] and f.startswith(self.coordinators, clause[0])

    def _change_of_plan(self, ctx: DocContext, m: Mention, change: Optional[str], prev: Claim) -> bool:
        """The amount is a change (增长, 减少) that follows a planned amount of its sentence within
        20 characters, with no number between but years and no word of what was done (完成, 实现):
        it changes the plan. Not after a target in brackets (增长245.0%(目标11%))."""
        if change is None or (prev.quantity.dimension == "percent" and prev.change is None):
            return False  # 占预算的52.6%，同比增长18.6%: a share of a plan is no plan
        gap = ctx.page.folded[prev.quantity.end:m.start]
        if len(gap) > 20 or (gap and gap[0] in CLOSE_BRACKETS) or has_digit(_YEAR_WORD.sub("", gap)):
            return False
        return self.achieved.isdisjoint(self._words(ctx, ctx.tokens(prev.quantity.end, m.start)))

    def _share_of_plan(self, ctx: DocContext, m: Mention, clause, change: Optional[str], prev: Claim) -> bool:
        """收入预计完成64000万元，占调整预算的100%; 全年预计完成600亿元，完成年计划的97%: a share, in
        a clause that opens with a share verb (or with 完成 and the plan, after a forecast: cues
        estimate) right after a planned amount, is that amount's share: planned too."""
        f = ctx.page.folded
        if m.dimension != "percent" or change is not None or f[prev.quantity.end:clause[0]].strip(" ,，、"):
            return False
        words = self._clause_opening(ctx, m, clause, prev)
        if not words:
            return False
        opening = f[clause[0]:m.start].strip()  # 完成年计划的: an achieve verb, the plan, 的
        if words[0] in self.achieve_verbs and opening.endswith("的") and opening[len(words[0]):-1] in self.target_wholes:
            forecast = f[max(0, prev.quantity.start - 20):prev.quantity.start]
            return any(w in forecast for w in self.estimates)
        return words[0] in self.share_verbs

    def _plan_series(self, ctx: DocContext, m: Mention, clause, prev: Claim) -> bool:
        """西藏计划完成交通固定资产投资520亿元，新建改建国省干线公路5800公里: a clause that
        opens with a verb and has no cue of its own, right after the clause of a planned
        amount, continues the plan (续建项目130项, a verb before a name's head, names a kind)."""
        if self.status_rule != "no_plan_cue" or prev.quantity.end < clause[0] - 2:
            return False
        words = self._clause_opening(ctx, m, clause, prev)
        return bool(words) and words[0] in self.predicates and not (len(words) > 1 and words[1] in self.name_heads)

    def _clause_opening(self, ctx: DocContext, m: Mention, clause, prev: Claim) -> list[str]:
        """The words of the amount's clause before it, when the previous amount ends before the
        clause (what both continuation rules read); [] otherwise."""
        return [] if prev.quantity.end > clause[0] else self._words(ctx, ctx.tokens(clause[0], m.start))

    def _planned_breakdown(self, ctx: DocContext, m: Mention, sent, clause, tokens, claims: list[Claim]) -> bool:
        """The amount is a part of a planned total: a clause (or a bracket: 任务573套(其中…42套))
        opening with 其中 stands between the total and the amount, in the same sentence with no ；between (or opens the sentence
        right after the total's), and the amount's clause has no report cue of its own
        (其中已完成…)."""
        f = ctx.page.folded
        k = max(f.rfind(w, sent[0], m.start) for w in self.breakdowns) if self.breakdowns else -1
        if k < 0 or (k > sent[0] and f[k - 1] not in ",，;；:：\n(（"):
            return False
        if regex.search("[；;]", f[k:m.start]) and f[k + 2:k + 3] not in (":", "："):
            return False  # 其中:因公出国(境)费用0万元,…;公务接待费633万元: a list after a colon runs on
        total = next((c for c in reversed(claims) if c.quantity.end <= k), None)
        if total is None or total.status != "planned":
            return False
        if total.sentence.start != sent[0] and not (k == sent[0] and total.sentence.end >= sent[0] - 1):
            return False  # …达到25万台以上。其中，公共充换电站达到5000座左右
        return self.reported.isdisjoint(self._words(ctx, within(tokens, clause[0], clause[1])))

    def _heading_before(self, ctx: DocContext, sent: tuple[int, int]) -> Optional[tuple[int, int]]:
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
        if not text or len(text) > 20 or text[-1] in "。！？!?；;：:，,、）)」”』》" or ctx.mention_between(start - 1, end) \
                or _SECTION_HEADING.match(text):
            return None  # 二、全市政府性基金预算收支情况 is a section's title, not a cut-off sentence
        return start, end

    def _plan_context(self, page: Page, year: Optional[int] = None) -> Optional[int]:
        """Where a document turns into a list of targets: the end of the words in a lead
        sentence (one of the first six) that say so (今年政府工作报告的“目标清单”, 確定了為全省
        人民辦好10件實事:一是…: cues plan_context) or that say what the article's own year will
        bring (甘谷县政府2020年将为民办好15件大事, in May 2020); None for other articles."""
        own_year, voted = self._year_patterns(year) if year else (None, None)
        f = page.folded
        for k, (s, e) in enumerate(page.sentences[:6]):
            hit = (self.plan_context_re.search(f, s, e) if self.plan_context_re is not None else None) or \
                (own_year.search(f, s, e) if own_year is not None else None)
            if hit and not _in_title(f, s, hit.start()):
                return None if self._progress_lead(page, k) else hit.end()
        # 会议投票表决出了⏎20项2025年区级民生实事项目⏎…: a lead broken into short lines (a phone
        # page) that tells of the vote on the article's own year's list
        hit = voted.search(f, 0, min(len(f), _LINE_LEAD)) if voted is not None else None
        return hit.end() if hit else self._target_lead(page, year)

    def _progress_lead(self, page: Page, k: int) -> bool:
        """泰山区基本完成2019年为民办实事项目⏎…确定了2019年度为民办好的10件实事。…截至11月底,10件实事
        已基本完成: a title that says a list is done (cues done_title), or a sentence after the lead (its ``k``-th)
        that says how far it has come by a date, makes the lead's list a report's."""
        f = page.folded
        nl = f.find("\n", 0, 80)
        if nl > 0 and self.done_title_re is not None and self.done_title_re.search(f, 0, nl):
            return True
        if k + 1 >= len(page.sentences):
            return False
        s, e = page.sentences[k + 1]
        return f.startswith("截至", s) and "已" in f[s:e]

    def _year_patterns(self, year: int) -> tuple[regex.Pattern, Optional[regex.Pattern]]:
        """The own-year pattern of ``year`` (2020年将, or a decided list of it) and its decided
        list across line breaks (None without the cues), compiled once a year."""
        cached = self._year_cache.get(year)
        if cached is None:
            decided = self._decided_list(year)
            cached = (regex.compile(f"{year}年[^，,。；;\n]{{0,4}}?(?:将|要)" + (f"|{decided}" if decided else "")),
                      regex.compile(decided.replace("\n", "")) if decided else None)
            self._year_cache[year] = cached
        return cached

    def _target_lead(self, page: Page, year: Optional[int]) -> Optional[int]:
        """力争到2010年,生产总值…翻一番,…⏎产业优势更加突出:…工业增加值达到141亿元: a document
        whose first sentence opens with a target year (cues target_lead before a year later
        than the article's, or any year when its date is unknown) is a list of targets."""
        if self.target_lead_re is None:
            return None
        f = page.folded
        for s, e in page.sentences[:2]:
            while s < e and f[s].isspace():
                s += 1
            hit = self.target_lead_re.match(f, s, e)
            if hit and (year is None or int(hit.group(1)) > year):
                return hit.end()
        return None

    def _decided_list(self, year: int) -> str:
        """票决产生了2025年民生实事项目 / 2021年10项民生实事项目名单正式出炉: a vote or decision
        that fixes the list of the article's own year (cues list_decision, list_item): its
        pattern's source ("" without the cues)."""
        if not (self.list_decision and self.list_item_words):
            return ""
        verb, item = self.list_decision, self.list_item_words
        own = f"(?:{year}年度?|今年)"  # 经人大代表表决通过,今年该市将实施15件民生实事项目
        return (f"(?:{verb})[了出]?[^。；;\n]{{0,12}}?{own}[^，,。；;\n]{{0,8}}?(?:{item})"
                f"|{own}[^，,。；;\n]{{0,8}}?(?:{item})[^，,。；;\n]{{0,6}}?(?:{verb})"
                # 2025年重点民生实事新闻发布会上获悉,…经区人民代表大会票决产生了10件重点民生实事
                f"|{own}[^，,。；;\n]{{0,8}}?(?:{item})[^。；;\n]{{0,60}}?(?:{verb})[了出]?[^，,。；;\n]{{0,12}}?(?:{item})"
                # 2020年县政府民生实事项目共11项,项目情况如下: the own year's list set out (not its progress)
                f"|{own}[^，,。；;\n]{{0,8}}?(?:{item})(?:(?!进展|进度|完成|落实|推进)[^。；;\n]){{0,12}}?如下")

    def _cue(self, words: list[str], cues: set[str]) -> bool:
        return self._cue_at(words, cues) >= 0

    def _cue_at(self, words: list[str], cues: set[str], end: Optional[int] = None) -> int:
        """The index of the first plan cue in ``words`` (before ``end``), -1 when there is none."""
        for i, w in enumerate(words[:end]):
            if w in cues and not (i > 0 and words[i - 1] in self.not_planned) and not self._budget_account(words, i) \
                    and not self._jiang_as_ba(words, i) and not self._kind_name(words, i) and not self._nominal(words, i):
                return i
        return -1

    def _nominal(self, words: list[str], i: int) -> bool:
        """其他符合特定法律要求的澳門居民: a cue with 的 after it (cues.tsv nominal_cue) is a
        noun, no plan."""
        return words[i] in self.nominal_cues and i + 1 < len(words) and words[i + 1] == "的"

    def _kind_name(self, words: list[str], i: int) -> bool:
        """计划开工项目完成投资165.5亿元, 计划新开工项目157项: a plan word before a verb (新 before
        it aside) and a name's head (cues.tsv name_head) names a kind of project, no plan."""
        if words[i] not in self.plan_references:
            return False  # 力争签约项目开工率达到30%: a verb of striving names no kind
        if i + 1 < len(words) and words[i + 1] == "新":
            words = words[:i + 1] + words[i + 2:]
        if not i + 2 < len(words) or (i > 0 and words[i - 1] in self.time_words):
            return False  # 一季度计划新开工项目20个: after a time, 计划 is the verb
        verb = words[i + 1][1:] if words[i + 1].startswith("新") else words[i + 1]
        return tag(verb) == "v" and words[i + 2] in self.name_heads

    def _budget_account(self, words: list[str], i: int) -> bool:
        """一般公共预算本级收入, 公共财政预算收入: 预算 in the name of an account or of its
        revenue or spending line (cues.tsv budget_account, budget_line), no plan."""
        return words[i] == "预算" and ((i > 0 and words[i - 1] in self.budget_accounts)
                                      or (i + 1 < len(words) and words[i + 1] in self.budget_lines))

    def _jiang_as_ba(self, words: list[str], i: int) -> bool:
        """将 before a plain noun or an amount is the preposition 把 (将物业用作「光房」), no plan; so
        is 将 before a verb that only 把 takes (将老旧楼院改造列为为民兴办实事之一: cues.tsv ba_verb) in its clause."""
        if words[i] != "将" or i + 1 >= len(words):
            return False
        if self._ba_verb_after(words, i):
            return True
        nxt = words[i + 1]
        if has_digit(nxt):  # 将36个老旧小区串联成宜居社区: an amount after 将 is 把's object
            return not _date_at(words, i + 1)
        return self._plain_noun(nxt)

    def _plain_noun(self, w: str) -> bool:
        """物业 in 将物业用作: a word of two characters or more that no list knows as a verb, a link,
        a time, a term, an adverb or a preposition (not 努力实现, which ends in a verb)."""
        return (len(w) > 1 and tag(w) == "" and w not in self.predicates and w not in self.activities
                and w not in self.link and w not in self.time_words and w not in self.res.terms
                and w not in self.adverbs and w not in self.prepositions and w[-2:] not in self.achieve_verbs
                and not has_digit(w) and not is_stop_punct(w))

    def _ba_verb_after(self, words: list[str], i: int) -> bool:
        """A verb that takes 将 as 把 (列为, 纳入: cues.tsv ba_verb) after 将 at ``i``, in its clause."""
        for w in words[i + 2:i + 12]:
            if is_stop_punct(w):
                return False
            if w in self.ba_verbs:
                return True
        return False

    def _words(self, ctx: DocContext, toks) -> list[str]:
        """The words of ``toks``; a word inside a name (「新資本投資者入境計劃」, 《…规划》) is
        blanked, so a cue in a name cues nothing, and so is a verb of obtaining before a source of
        funds (争取中央资金, 争取上级资金: cues obtain_verb, funding_source), which reports."""
        names = ctx.names
        words = [w for _, _, w in toks] if not names.starts else ["" if names.overlaps(s, s + 1) else w for s, _, w in toks]
        if not self.obtain_verbs.isdisjoint(words):  # 2021年爭取中央資金13.4億元: funds obtained, no plan
            words = ["" if w in self.obtain_verbs and nxt in self.funding_sources else w
                     for w, nxt in zip(words, [*words[1:], ""])]
        return words

    def _change(self, ctx: DocContext, m: Mention, clause, tokens) -> Optional[str]:
        """增长5.2%, 下降12% (a change by the amount); 提高到65.2%, 提高了每千人口托位数至4个 (a
        level: none); 新增兩家至二十六家 (the first amount is the increase)."""
        if m.dimension not in _CHANGING:
            return None
        f = ctx.page.folded
        before = within(tokens, clause[0], m.start)
        if _reaches(before):
            return None
        for idx in range(len(before) - 1, -1, -1):
            s, e, w = before[idx]
            if self._out_of_reach(f, m, e, w):
                break
            if w in self.increase or w in self.decrease:
                verdict = self._change_verdict(f, before, idx, m)
                if verdict is not _SKIP:
                    self.fire("change", "change_word", verdict)
                    return verdict
            elif w in self.level and len(w) > 1:
                return None
        if f.startswith(("至", "到"), m.end) and ctx.mention_between(m.end, m.end + 2) and before and \
                before[-1][2] in self.additions:
            self.fire("change", "addition_to_total", "increase")
            return "increase"
        return None

    def _out_of_reach(self, f: str, m: Mention, e: int, w: str) -> bool:
        """Where the look back for a change word stops: over 12 characters back, at a number,
        or at a gap word that closes another item (請領年齡偏低、平均僅61.42歲)."""
        return m.start - e > 12 or has_digit(w) or (w in self.gap_words and f[e:e + 1] in "、，,")

    def _change_verdict(self, f: str, before, idx: int, m: Mention):
        """What one change word before the amount says: 增长5.2% increase; 增加到 / 提高至 a level
        (None); 增收 / 增加学位 / 增长的贡献率 nothing (``_SKIP``: look further back); 增速连续4个月
        居全省首位 None (a rate word before a duration)."""
        s, e, w = before[idx]
        nxt = f[e:e + 1]
        if _reached(f, e, m) or (len(w) == 1 and s > 0 and f[s - 1].isdigit()):
            return None  # 增加到 a level; 5升9降 a tally of those that rose and fell
        if w in ("增", "降", "减", "少", "涨", "跌") and nxt and _is_cjk(nxt) and nxt not in "了幅速":
            return _SKIP
        if idx + 1 < len(before) and self._change_word_bound(w, before[idx + 1][2], m):
            return _SKIP
        if w in self.rates and m.dimension not in RATE_DIMENSIONS:
            return None
        return "increase" if w in self.increase else "decrease"

    def _change_word_bound(self, w: str, nxt: str, m: Mention) -> bool:
        """The change word ``w`` is bound to the word after it, so it says nothing about the
        amount: it names a thing (对经济增长的贡献率), is part of a name (供水保障提升工程,
        垃圾压缩站) or of another verb (提升改造道路3条), or acts on an object counted by the
        amount (增加学位15700个, 提升普通国省干线34.06公里; 减排二氧化碳 still saves)."""
        if nxt == "的" or nxt in self.name_heads:
            return True
        if w in self.rates:
            return False
        if nxt in self.predicates and nxt not in self.link:
            return True
        return (m.dimension in _OBJECT_COUNTED and w in self.increase and self._noun_like(nxt)
                and not has_digit(nxt))

    def _modifiers(self, ctx: DocContext, m: Mention, sent, clause, tokens) -> list[str]:
        out: list[str] = []
        for s, e, w in within(tokens, clause[0], m.start):
            if (w in self.modifiers or w in self.compare) \
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
    def _time(self, ctx: DocContext, m: Mention, sent) -> Optional[tuple[int, int]]:
        """Where the nearest time before the amount in its sentence is written: a date the
        scanner set aside (2023年, 1-10月) or a time word (今年以来, 截至目前)."""
        f = ctx.page.folded
        best = None
        k = bisect.bisect_left(ctx.time_starts, sent[0])
        while k < len(ctx.times) and ctx.times[k].start < m.start:
            t = ctx.times[k]
            if t.end <= m.start and t.kind != "clock" and not self._compared_time(f, t.start):
                best = t
            k += 1
        word = self._time_word(ctx, sent[0], m.start)
        if word is not None and (best is None or word[0] > best.start):
            return word
        if best is not None:
            return best.start, best.end
        return None

    def _compared_time(self, f: str, s: int) -> bool:
        """比上年, 较2019年: the time at ``s`` follows a comparison word; 较去年同期: or a year
        word (cues.tsv reference_year) that follows one; 較109年的12萬1702對、110年的: or it goes on
        a list of compared times."""
        if self.compared_time_re.search(f, max(0, s - 6), s) is not None:
            return True
        return s > 0 and f[s - 1] == "、" and _COMPARED_LIST.search(f, max(0, s - 24), s) is not None

    def _time_word(self, ctx: DocContext, a: int, b: int) -> Optional[tuple[int, int]]:
        """The last time word in [a, b) that is not the reference of a comparison (比上年,
        较上年同期, 与去年相比 say what the amount is compared with, not when it is) nor the
        period of a plan the amount is measured against (:meth:`_plan_period`)."""
        ends, spans = ctx.time_words
        k = bisect.bisect_right(ends, b) - 1
        f = ctx.page.folded
        while k >= 0 and spans[k][0] >= a:
            s, e = spans[k]
            if not self._compared_time(f, s) and not self._plan_period(f, s, e) and not (
                    f.startswith(self.periods.nouns, e) and not has_digit(f[s:e])):
                return spans[k]  # (年初预算, 全年任务: a noun, no time)
            k -= 1
        return None

    def _plan_period(self, f: str, s: int, e: int) -> bool:
        """完成全年计划的101%, 占全年目标的: the time word at [s, e) names the period of a plan
        (cues.tsv period_plan) that a done or share verb measures the amount against (not
        年内计划投资246.5亿元, the amount's own period)."""
        return f.startswith(self.plan_reference_words, e) and (
            f[max(0, s - 2):s] in self.achieve_verbs or f[s - 1:s] in self.share_verbs)

    def _scope(self, ctx: DocContext, m: Mention, sent) -> Optional[str]:
        word = last_before(ctx.scope_words, sent[0], m.start)
        if word is None:
            return None
        a, b = word
        w = ctx.page.folded[a:b]
        if w in self.own_scopes and ctx.doc_place:
            if ctx.doc_place.endswith(w[-1]):
                return ctx.doc_place
        return ctx.page.text[a:b]


_DATE_WORD = regex.compile(r"年|月底|月末")


def _from_before(f: str, a: int, b: int) -> int:
    """Where the last 由 or 从 (the start of a change: 由現行每小時40元调升至) stands in f[a:b]; -1 if none."""
    return max(f.rfind("由", a, b), f.rfind("从", a, b))
_FROM_YEAR = regex.compile(r"[由从](?:19|20)\d\d年(?:底|末)?的?$")  # 由2011年的8.5%: the level a change starts from


# The status rules in the order they are asked; the first that decides wins, else reported.
STATUS_RULES = (
    StatusRules.table_column,
    StatusRules.table_task,
    StatusRules.quoted_task,
    StatusRules.finished_estimate,
    StatusRules.from_baseline,
    StatusRules.ditto_estimate,
    StatusRules.estimate_list,
    StatusRules.plan_list_context,
    StatusRules.budget_figure,
    StatusRules.budget_list,
    StatusRules.assigned_task,
    StatusRules.task_heading,
    StatusRules.labelled_target,
    StatusRules.task_item_done,
    StatusRules.task_period,
    StatusRules.current_level,
    StatusRules.later_task,
    StatusRules.once_built,
    StatusRules.target_section,
    StatusRules.takes_effect,
    StatusRules.final_accounts_compared,
    StatusRules.target_value,
    StatusRules.set_targets,
    StatusRules.own_year_to_achieve,
    StatusRules.estimate_lead,
    StatusRules.later_year_lead,
    StatusRules.own_clause_cue,
    StatusRules.project_total,
    StatusRules.project_spec,
    StatusRules.project_capacity,
    StatusRules.year_target,
    StatusRules.heading_cue,
    StatusRules.sentence_cue,
    StatusRules.sentence_year_target,
    StatusRules.task_under_way,
    StatusRules.paragraph_lead,
    StatusRules.task_deadline,
    StatusRules.year_end_ahead,
    StatusRules.later_year,
    StatusRules.plan_document,
    StatusRules.later_period,
    StatusRules.draft_year,
)
