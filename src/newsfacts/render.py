"""HTML views of extractions, for checking them by eye (issue 8).

* :func:`render` — one article: the text with every quantity, subject and predicate
  highlighted (planned claims marked apart from reported ones), a click on a highlight
  shows the full claim record, and a sortable claims table follows the text.
* :func:`render_summary` — a batch (``OUT.jsonl`` of Documents or a Parquet file of
  flat claim rows): counts, claims by dimension and status, the most frequent subjects
  with their totals per unit, and an inline-SVG chart of the top subjects over time.

Every page is one self-contained HTML file: inline CSS and JavaScript, no network.
All text is escaped; offsets are Python ``str`` indices (code points), so the markup is
built here, never from offsets in JavaScript (which counts UTF-16 units).

Opening a page with ``?selftest`` runs a small in-page check (highlights on screen,
table sorting) and writes its findings as JSON into ``<pre id="nf-selftest">``; the
browser test reads it with ``chromium --headless --dump-dom``.
"""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Optional, Sequence

from .models import Claim, Document

__all__ = [
    "render",
    "render_summary",
    "load_batch",
    "is_batch",
    "read_errors",
    "write_atomic",
    "Batch",
]

# page furniture, quantity, subject, predicate: the outer-to-inner order at ties
KINDS = ("f", "q", "s", "p")
KIND_NAMES = {"f": "furniture", "q": "quantity", "s": "subject", "p": "predicate"}

# CJK first among the fallbacks, so that Chinese text never falls to a font without it
# (tofu boxes); on Debian, `fonts-noto-cjk` or `fonts-wqy-zenhei` provide one.
CJK_FONTS = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", '
             '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Zen Hei", '
             '"WenQuanYi Micro Hei", "Noto Sans CJK TC", "Microsoft JhengHei", "Droid Sans Fallback"')
SANS = f'system-ui, -apple-system, "Segoe UI", {CJK_FONTS}, sans-serif'
MONO = f'ui-monospace, Menlo, Consolas, "Noto Sans Mono CJK SC", "Sarasa Mono SC", {CJK_FONTS}, monospace'

# Characters that cannot appear in an HTML document (or in UTF-8 at all): lone
# surrogates, C0 controls other than tab/newline/carriage return, DEL..C1 controls.
# They are replaced one for one, so offsets of everything else stay put.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _clean(s: str) -> str:
    return _BAD_CHARS.sub("\ufffd", s)


def _esc(s: Any) -> str:
    """Escape for element content and double-quoted attributes."""
    if s is None:
        return ""
    return html.escape(_clean(str(s)), quote=True)


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``."""
    s = json.dumps(data, ensure_ascii=False, default=str)
    s = _clean(s)
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _fmt_number(value: Optional[Decimal]) -> str:
    if value is None:
        return ""
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return str(value)
    if not d.is_finite():
        return str(d)
    if d == d.to_integral_value():
        return f"{d.to_integral_value():,f}"
    return f"{d.normalize():,f}"


def _sort_number(value: Optional[Decimal]) -> str:
    """A sort key JavaScript's ``parseFloat`` reads; empty for none."""
    if value is None:
        return ""
    return format(Decimal(value), "f")


# --------------------------------------------------------------------------- spans


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    claims: list[int] = field(default_factory=list)
    planned: bool = False

    @property
    def order(self) -> tuple[int, int, int]:
        return (self.start, -self.end, KINDS.index(self.kind))


def _collect_spans(
    claims: Sequence[Claim], text: str
) -> tuple[list[_Span], list[str]]:
    """The highlight spans of ``claims`` (same kind and offsets merged) and problems."""
    by_key: dict[tuple[int, int, str], _Span] = {}
    problems: list[str] = []
    n = len(text)
    for i, c in enumerate(claims):
        parts = [("q", c.quantity.start, c.quantity.end, c.quantity.surface)]
        if c.subject is not None:
            parts.append(("s", c.subject.start, c.subject.end, c.subject.text))
        if c.predicate is not None:
            parts.append(("p", c.predicate.start, c.predicate.end, c.predicate.text))
        for kind, start, end, surface in parts:
            if not (0 <= start < end <= n) or text[start:end] != surface:
                problems.append(
                    f"claim {c.id}: {KIND_NAMES[kind]} {surface!r} at [{start}:{end}] "
                    "does not match the text; not highlighted"
                )
                continue
            span = by_key.setdefault((start, end, kind), _Span(start, end, kind))
            span.claims.append(i)
            span.planned = span.planned or c.status == "planned"
    return sorted(by_key.values(), key=lambda s: s.order), problems


def _with_skipped(spans: list[_Span], skipped: Sequence[tuple[int, int]], n: int) -> list[_Span]:
    """``spans`` and the skipped spans that lie in the text and cross no claim's span."""
    extra = [_Span(a, b, "f") for a, b in skipped
             if 0 <= a < b <= n and not any(s.start < b and a < s.end for s in spans)]
    return sorted(spans + extra, key=lambda s: s.order) if extra else spans


def _mark_open(span: _Span, claims: Sequence[Claim], frag: int) -> str:
    if span.kind == "f":
        return (f'<mark class="nf-skip" data-kind="furniture" data-start="{span.start}" data-end="{span.end}" '
                'title="page furniture: skipped by the extractor, not article text">')
    classes = ["nf", f"nf-{span.kind}"]
    if span.kind == "q":
        classes.append("nf-planned" if span.planned else "nf-reported")
    elif span.planned:
        classes.append("nf-planned")
    if frag:
        classes.append("nf-cont")
    tips = []
    for i in span.claims:
        c = claims[i]
        q = c.quantity
        tip = f"{q.surface} = {_fmt_number(q.value if q.value is not None else q.low)}"
        if q.bound == "range":
            tip = f"{q.surface} = {_fmt_number(q.low)}–{_fmt_number(q.high)}"
        tip += f" {q.unit or ''} ({q.dimension}, {q.bound}) · {c.status}"
        if c.subject is not None:
            tip += f" · subject {c.subject.text}"
        if c.predicate is not None:
            tip += f" · predicate {c.predicate.text}"
        if span.kind != "q":
            tip = f"{KIND_NAMES[span.kind]} of {tip}"
        tips.append(tip)
    ids = " ".join(str(i) for i in span.claims)
    return (
        f'<mark class="{" ".join(classes)}" data-kind="{KIND_NAMES[span.kind]}" '
        f'data-c="{ids}" data-start="{span.start}" data-end="{span.end}" '
        f'tabindex="0" title="{_esc(chr(10).join(tips))}">'
    )


def _highlight(text: str, claims: Sequence[Claim], spans: list[_Span]) -> str:
    """The escaped text with properly nested ``<mark>`` elements.

    Spans are opened longest first; where two spans cross, the inner one is closed at
    the outer one's end and reopened right after (a continuation fragment carrying the
    same ``data-start``/``data-end``), so the markup always nests.
    """
    events: dict[int, list[_Span]] = defaultdict(list)
    bounds = {0, len(text)}
    for s in spans:
        events[s.start].append(s)
        bounds.update((s.start, s.end))
    out: list[str] = []
    stack: list[_Span] = []
    frags: Counter[int] = Counter()
    prev = 0
    for pos in sorted(bounds):
        if pos > prev:
            out.append(_esc(text[prev:pos]))
        prev = pos
        # Close what ends here, and whatever sits above it on the stack.
        lowest = next((k for k, s in enumerate(stack) if s.end == pos), None)
        if lowest is not None:
            popped = stack[lowest:]
            del stack[lowest:]
            out.append("</mark>" * len(popped))
            for s in popped:
                if s.end > pos:
                    frags[id(s)] += 1
                    out.append(_mark_open(s, claims, frags[id(s)]))
                    stack.append(s)
        for s in sorted(events.get(pos, ()), key=lambda s: s.order):
            out.append(_mark_open(s, claims, 0))
            stack.append(s)
    out.append("</mark>" * len(stack))
    return "".join(out)


# --------------------------------------------------------------------------- page


_CSS = """
:root { --q-rep: #cfe3ff; --q-rep-b: #2f6fd6; --q-plan: #ffe2b8; --q-plan-b: #c46a00;
  --s: #1a8a4a; --p: #8e3bb5; --ink: #1d1d1f; --muted: #666; --line: #ddd;
  --sans: @SANS@; --mono: @MONO@; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 var(--sans); color: var(--ink); background: #fafafa; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 20px; }
header h1 { font-size: 20px; margin: 18px 0 4px; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 13px; margin: 6px 0 12px; }
.warn { background: #fff4f4; border: 1px solid #e4b4b4; padding: 6px 10px; font-size: 13px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 18px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
#nf-text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line);
  padding: 16px 18px; font-size: 16px; line-height: 2.1; }
mark.nf, .legend mark { background: transparent; color: inherit; cursor: pointer; border-radius: 2px; }
mark.nf-q { padding: 1px 1px; font-weight: 600; }
mark.nf-q.nf-reported { background: var(--q-rep); box-shadow: inset 0 0 0 1px var(--q-rep-b); }
mark.nf-q.nf-planned { background: var(--q-plan); box-shadow: inset 0 0 0 1px var(--q-plan-b);
  outline: 1px dashed var(--q-plan-b); outline-offset: 1px; }
mark.nf-s { text-decoration: underline 2px var(--s); text-underline-offset: 4px; color: #0d5c30; }
mark.nf-p { text-decoration: underline wavy 1px var(--p); text-underline-offset: 4px;
  color: #6a2489; font-style: italic; }
mark.nf-hot { background: #fff36b !important; }
mark.nf:focus { outline: 2px solid #000; }
.sw { display: inline-block; padding: 0 6px; border-radius: 2px; }
aside { position: sticky; top: 10px; align-self: start; background: #fff; border: 1px solid var(--line);
  padding: 10px 12px; font-size: 13px; max-height: 90vh; overflow: auto; }
aside h2 { font-size: 14px; margin: 0 0 6px; }
#nf-record { white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/1.45 var(--mono); margin: 0; }
mark.nf-skip { background: transparent; color: #8a8a8a; font-size: 13px; text-decoration: line-through 1px #bbb; }
svg text { font-family: var(--sans); }
h2.sec { font-size: 16px; margin: 22px 0 8px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; position: sticky; top: 0; }
th button { all: unset; cursor: pointer; display: block; width: 100%; font-weight: 600; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.planned td:first-child { border-left: 3px solid var(--q-plan-b); }
tr.reported td:first-child { border-left: 3px solid var(--q-rep-b); }
tr.nf-sel td { background: #fff8c4; }
tbody tr { cursor: pointer; }
.bar { display: inline-block; height: 10px; background: var(--q-rep-b); vertical-align: middle; }
.cards { display: flex; gap: 14px; flex-wrap: wrap; margin: 10px 0; }
.card { background: #fff; border: 1px solid var(--line); padding: 8px 16px; min-width: 120px; }
.card b { display: block; font-size: 24px; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; padding-bottom: 24px; }
"""

# Sorting, click-to-inspect, and the ?selftest check. Plain ES2015, no dependencies.
_JS = r"""
(function () {
  "use strict";
  function cellKey(td, numeric) {
    var v = td.getAttribute("data-sort");
    if (v === null) v = td.textContent;
    if (numeric) { var f = parseFloat(v); return isNaN(f) ? null : f; }
    return v === "" ? null : v;
  }
  function sortTable(th) {
    var table = th.closest("table"), tbody = table.tBodies[0];
    var idx = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.getAttribute("data-type") === "num";
    var asc = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(tbody.rows).map(function (r, i) {
      return { r: r, k: cellKey(r.cells[idx], numeric), i: i };
    });
    rows.sort(function (a, b) {
      if (a.k === null || b.k === null) return (a.k === null) - (b.k === null) || a.i - b.i;
      var c = numeric ? a.k - b.k : (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
      return (asc ? c : -c) || a.i - b.i;
    });
    rows.forEach(function (x) { tbody.appendChild(x.r); });
  }
  document.querySelectorAll("th[data-type] button").forEach(function (b) {
    b.addEventListener("click", function () { sortTable(b.parentNode); });
  });

  var dataEl = document.getElementById("nf-data");
  var claims = dataEl ? JSON.parse(dataEl.textContent) : [];
  var record = document.getElementById("nf-record");
  function marksOf(i) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.nf"), function (m) {
      return (" " + m.getAttribute("data-c") + " ").indexOf(" " + i + " ") >= 0;
    });
  }
  function show(i, scroll) {
    document.querySelectorAll(".nf-hot").forEach(function (m) { m.classList.remove("nf-hot"); });
    document.querySelectorAll("tr.nf-sel").forEach(function (r) { r.classList.remove("nf-sel"); });
    var ms = marksOf(i);
    ms.forEach(function (m) { if (m.classList.contains("nf-q")) m.classList.add("nf-hot"); });
    var row = document.getElementById("nf-row-" + i);
    if (row) row.classList.add("nf-sel");
    if (record && claims[i]) record.textContent = JSON.stringify(claims[i], null, 2);
    if (scroll && ms.length) ms[0].scrollIntoView({ block: "center" });
  }
  document.querySelectorAll("mark.nf").forEach(function (m) {
    function act(ev) {
      ev.stopPropagation();
      var ids = m.getAttribute("data-c").split(" ");
      var cur = m.getAttribute("data-next") || 0;
      m.setAttribute("data-next", (+cur + 1) % ids.length);
      show(+ids[cur], false);
    }
    m.addEventListener("click", act);
    m.addEventListener("keydown", function (ev) { if (ev.key === "Enter") act(ev); });
  });
  document.querySelectorAll("tr[data-c]").forEach(function (r) {
    r.addEventListener("click", function () { show(+r.getAttribute("data-c"), true); });
  });

  var sel = /^#claim-(\d+)$/.exec(location.hash);
  if (sel && claims[+sel[1]]) show(+sel[1], false);

  if (!/[?&]selftest\b/.test(location.search)) return;
  var out = { marks: [], sorts: {} };
  document.querySelectorAll("mark.nf").forEach(function (m) {
    m.scrollIntoView({ block: "center" });
    var rects = m.getClientRects(), r = rects[0], st = getComputedStyle(m);
    var hit = null, onScreen = false;
    if (r) {
      hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 4), r.top + r.height / 2);
      onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
        r.top < innerHeight && r.left < innerWidth;
    }
    out.marks.push({
      kind: m.getAttribute("data-kind"), start: +m.getAttribute("data-start"),
      end: +m.getAttribute("data-end"), cls: m.className, text: m.textContent,
      on_screen: onScreen, hit: !!hit && (hit === m || m.contains(hit)),
      visible: st.visibility === "visible" && st.display !== "none" && +st.opacity > 0,
      background: st.backgroundColor, decoration: st.textDecorationLine
    });
  });
  window.scrollTo(0, 0);
  document.querySelectorAll("th[data-type]").forEach(function (th) {
    var name = th.getAttribute("data-col"), idx = th.cellIndex, b = th.querySelector("button");
    var read = function () {
      return Array.prototype.map.call(th.closest("table").tBodies[0].rows, function (r) {
        return r.cells[idx].textContent;
      });
    };
    b.click(); var asc = read(), a1 = th.getAttribute("aria-sort");
    b.click(); var desc = read(), a2 = th.getAttribute("aria-sort");
    out.sorts[name] = { asc: asc, desc: desc, aria: [a1, a2] };
  });
  var first = document.querySelector("mark.nf.nf-q");
  if (first) {
    first.click();
    out.record = record ? record.textContent : null;
    out.clicked = +first.getAttribute("data-c").split(" ")[0];
  }
  var pre = document.createElement("pre");
  pre.id = "nf-selftest";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
"""


def _page(title: str, body: str, data: Any = None) -> str:
    data_tag = (
        f'<script type="application/json" id="nf-data">{_json_for_script(data)}</script>\n'
        if data is not None
        else ""
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{_esc(title)}</title>\n<style>{_CSS.replace('@SANS@', SANS).replace('@MONO@', MONO)}</style>\n</head>\n<body>\n"
        f"{body}\n{data_tag}<script>{_JS}</script>\n</body>\n</html>\n"
    )


_COLUMNS = [
    # (key, header, numeric)
    ("n", "#", True),
    ("surface", "quantity", False),
    ("value", "value", True),
    ("unit", "unit", False),
    ("dimension", "dimension", False),
    ("bound", "bound", False),
    ("subject", "subject", False),
    ("predicate", "predicate", False),
    ("scope", "scope", False),
    ("time", "time", False),
    ("status", "status", False),
    ("change", "change", False),
    ("modifiers", "modifiers", False),
    ("group", "group", True),
]


def _header_row(columns: Sequence[tuple[str, str, bool]]) -> str:
    cells = "".join(
        f'<th scope="col" data-col="{_esc(k)}" data-type="{"num" if num else "text"}">'
        f'<button type="button">{_esc(h)}</button></th>'
        for k, h, num in columns
    )
    return f"<thead><tr>{cells}</tr></thead>"


def _claim_row(i: int, c: Claim) -> str:
    q = c.quantity
    if q.bound == "range":
        value_text = f"{_fmt_number(q.low)}–{_fmt_number(q.high)}"
        value_key = _sort_number(q.low)
    else:
        value_text = _fmt_number(q.value)
        value_key = _sort_number(q.value)
    cells = [
        f'<td class="num" data-sort="{i + 1}">{i + 1}</td>',
        f"<td>{_esc(q.surface)}</td>",
        f'<td class="num" data-sort="{_esc(value_key)}">{_esc(value_text)}</td>',
        f"<td>{_esc(q.unit)}</td>",
        f"<td>{_esc(q.dimension)}</td>",
        f"<td>{_esc(q.bound)}</td>",
        f"<td>{_esc(c.subject.text if c.subject else '')}</td>",
        f"<td>{_esc(c.predicate.text if c.predicate else '')}</td>",
        f"<td>{_esc(c.scope)}</td>",
        f"<td>{_esc(c.time)}</td>",
        f"<td>{_esc(c.status)}</td>",
        f"<td>{_esc(c.change)}</td>",
        f"<td>{_esc(' '.join(c.modifiers))}</td>",
        f'<td class="num" data-sort="{"" if c.group is None else c.group}">'
        f"{'' if c.group is None else c.group}</td>",
    ]
    return (
        f'<tr id="nf-row-{i}" class="{_esc(c.status)}" data-c="{i}">' + "".join(cells) + "</tr>"
    )


def _meta_line(document: Document) -> str:
    parts = []
    for label, value in (
        ("doc_id", document.doc_id),
        ("source", document.source),
        ("published", document.published),
        ("authors", "、".join(document.authors)),
        ("editors", "、".join(document.editors)),
    ):
        if value:
            parts.append(f"{label}: {_esc(value)}")
    if document.url:
        # Shown as text, not as a link: the page makes no requests and a javascript:
        # URL from the article must not become clickable.
        parts.append(f"url: {_esc(document.url)}")
    return " · ".join(parts)


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the lines the extractor skips as page furniture (当前位置, image
    file names, menus), found by the same rules."""
    from .resources import default_resources
    from .text import analyse

    return [(ln.start, ln.end) for ln in analyse(text, default_resources()).lines if ln.furniture and ln.end > ln.start]


def render(document: Document, text: str, *, title: Optional[str] = None,
           skipped: Optional[Sequence[tuple[int, int]]] = None) -> str:
    """One self-contained HTML page showing ``document``'s claims on ``text``.

    ``text`` is the article exactly as given to the extractor (claim offsets index it).
    A claim part whose offsets do not match the text is not highlighted and is listed
    in a warning at the top of the page. The spans in ``skipped`` (default: the page
    furniture the extractor skips, :func:`furniture_lines`) are shown greyed out, struck
    through, apart from the article text.
    """
    if not isinstance(text, str):
        raise TypeError(f"render() needs the article text as str, got {type(text).__name__}")
    claims = list(document.claims)
    spans, problems = _collect_spans(claims, text)
    spans = _with_skipped(spans, furniture_lines(text) if skipped is None else skipped, len(text))
    page_title = title or document.title or f"newsfacts: {document.doc_id}"
    n_planned = sum(c.status == "planned" for c in claims)
    records = []
    for c in claims:
        rec = c.model_dump(mode="json")
        s, e = c.sentence.start, c.sentence.end
        rec["sentence_text"] = text[s:e] if 0 <= s <= e <= len(text) else None
        if c.trace is not None:  # the rule debugger: which rules set each field
            rec["trace"] = c.trace
        records.append(rec)
    warnings = list(document.warnings) + problems
    warn_html = (
        '<div class="warn"><b>Warnings</b><ul>'
        + "".join(f"<li>{_esc(w)}</li>" for w in warnings)
        + "</ul></div>"
        if warnings
        else ""
    )
    body = f"""<header>
<h1>{_esc(page_title)}</h1>
<p class="meta">{_meta_line(document)}</p>
<p class="meta">{len(claims)} claims: {len(claims) - n_planned} reported, {n_planned} planned</p>
<div class="legend">
<span><mark class="nf-q nf-reported sw">3.5亿元</mark> quantity, reported</span>
<span><mark class="nf-q nf-planned sw">200个</mark> quantity, planned</span>
<span><mark class="nf-s">托位</mark> subject</span>
<span><mark class="nf-p">新增</mark> predicate</span>
<span><mark class="nf-skip">当前位置：首页</mark> page furniture, skipped</span>
<span>hover for a summary, click for the full record</span>
</div>
{warn_html}
</header>
<main>
<div class="layout">
<article id="nf-text">{_highlight(text, claims, spans)}</article>
<aside><h2>Claim record</h2><pre id="nf-record">Click a highlighted quantity, subject or predicate, or a table row.</pre></aside>
</div>
<h2 class="sec">Claims</h2>
<table id="nf-claims">{_header_row(_COLUMNS)}
<tbody>
{chr(10).join(_claim_row(i, c) for i, c in enumerate(claims))}
</tbody></table>
</main>
<footer>newsfacts · schema {_esc(document.schema_version)} · click a column header to sort</footer>"""
    # The legend's sample marks lack the ``nf`` class: the scripts and the selftest
    # only look at ``mark.nf``, the highlights of the text.
    return _page(page_title, body, records)


# --------------------------------------------------------------------------- batches


PARQUET_SUFFIXES = (".parquet", ".pq")
BATCH_SUFFIXES = (".jsonl",) + PARQUET_SUFFIXES


def is_batch(path: str) -> bool:
    """Whether ``path`` names a batch output (rendered as a summary page)."""
    return path.lower().endswith(BATCH_SUFFIXES)


@dataclass
class Batch:
    """What a batch output holds: its documents and its error records."""

    documents: list[Document] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_errors(path: str) -> list[dict[str, Any]]:
    """Error records ``{source, doc_id, error: {type, message}}`` of ``path`` (JSONL)."""
    errors: list[dict[str, Any]] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                rec = {"source": path, "doc_id": None,
                       "error": {"type": "UnreadableErrorRecord", "message": f"line {n}: {exc}"}}
            if not isinstance(rec, dict):
                rec = {"source": path, "doc_id": None,
                       "error": {"type": "UnreadableErrorRecord", "message": f"line {n}"}}
            errors.append(rec)
    return errors


def errors_paths(path: str) -> list[str]:
    """Where the error records of batch output ``path`` may be: ``OUT.jsonl.errors.jsonl``
    (what ``newsfacts batch`` writes) or ``OUT.errors.jsonl``."""
    paths = [path + ".errors.jsonl"]
    stem, ext = os.path.splitext(path)
    if ext.lower() in BATCH_SUFFIXES:
        paths.append(stem + ".errors.jsonl")
    return paths


def load_batch(path: str) -> Batch:
    """Documents of ``OUT.jsonl`` or ``OUT.parquet`` and the records of ``OUT.errors.jsonl``.

    A line or row that is not a valid record is counted as an error of the batch.
    """
    batch = Batch()
    if path.lower().endswith(PARQUET_SUFFIXES):
        _load_parquet(path, batch)
    else:
        rows: list[dict[str, Any]] = []
        with open(path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    if isinstance(rec, dict) and "claim_id" in rec and "claims" not in rec:
                        rows.append(rec)  # a flat claim row (``newsfacts batch --to claims``)
                        continue
                    batch.documents.append(Document.model_validate(rec))
                except ValueError as exc:
                    batch.errors.append({
                        "source": f"{path}:{n}", "doc_id": None,
                        "error": {"type": "InvalidRecord", "message": str(exc).splitlines()[0]},
                    })
        if rows:
            _documents_from_rows(rows, path, batch)
    for errors_path in errors_paths(path):
        if os.path.exists(errors_path):
            batch.errors.extend(read_errors(errors_path))
            break
    return batch


def _phrase(text: Any, start: Any, end: Any) -> Optional[dict[str, Any]]:
    if text is None or start is None or end is None:
        return None
    return {"text": text, "start": int(start), "end": int(end)}


def _modifiers(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            return [m for m in re.split(r"[\s,;|]+", value) if m]
        return [str(m) for m in parsed] if isinstance(parsed, list) else [str(parsed)]
    return [str(m) for m in value]


def _load_parquet(path: str, batch: Batch) -> None:
    from .io.extras import require

    try:
        pq = require("pyarrow.parquet", "reading Parquet", "parquet")
    except ImportError as exc:
        raise RuntimeError(str(exc)) from exc
    _documents_from_rows(pq.read_table(path).to_pylist(), path, batch)


def _documents_from_rows(rows: list[dict[str, Any]], path: str, batch: Batch) -> None:
    """Documents from flat claim rows (the columns of ``newsfacts.io.flat``)."""
    batch.notes.append(
        "The batch holds one row per claim: documents without claims are not counted."
    )
    docs: dict[str, dict[str, Any]] = {}
    for n, row in enumerate(rows):
        doc_id = row.get("doc_id")
        if doc_id is None:
            batch.errors.append({"source": f"{path}:row {n}", "doc_id": None,
                                 "error": {"type": "InvalidRecord", "message": "no doc_id"}})
            continue
        doc = docs.setdefault(str(doc_id), {
            "doc_id": str(doc_id),
            **{k: row.get(k) for k in ("title", "source", "url", "published")},
            "claims": [],
        })
        if row.get("claim_id") is None and row.get("surface") is None:
            continue  # a document with no claims
        quantity = {k: row.get(k) for k in (
            "surface", "start", "end", "value", "low", "high", "bound", "unit",
            "unit_surface", "dimension", "si_value", "si_unit")}
        for k in ("value", "low", "high", "si_value"):
            if quantity[k] is not None:
                quantity[k] = Decimal(str(quantity[k]))
        quantity = {k: v for k, v in quantity.items() if v is not None}
        doc["claims"].append({
            "id": str(row.get("claim_id") or f"{doc_id}:{n}"),
            "doc_id": str(doc_id),
            "quantity": quantity,
            "subject": _phrase(row.get("subject"), row.get("subject_start"), row.get("subject_end")),
            "predicate": _phrase(row.get("predicate"), row.get("predicate_start"),
                                 row.get("predicate_end")),
            "scope": row.get("scope"),
            "time": row.get("time"),
            "status": row.get("status") or "reported",
            "change": row.get("change"),
            "modifiers": _modifiers(row.get("modifiers")),
            "sentence": {"start": row.get("sentence_start") or 0,
                         "end": row.get("sentence_end") or 0},
            "group": row.get("group"),
        })
    for doc_id, data in docs.items():
        data["claims"].sort(key=lambda c: (c["quantity"].get("start", 0), c["quantity"].get("end", 0)))
        try:
            batch.documents.append(Document.model_validate(data))
        except ValueError as exc:
            batch.errors.append({"source": path, "doc_id": doc_id,
                                 "error": {"type": "InvalidRecord",
                                           "message": str(exc).splitlines()[0]}})


# --------------------------------------------------------------------------- summary

# Amounts that add up across articles; percentages, multiples and rates do not.
ADDITIVE = {"count", "money", "length", "area", "volume", "mass", "energy", "duration"}

_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?")


def parse_date(value: Optional[str]) -> Optional[tuple[int, int, int]]:
    """(year, month, day) of a ``published`` string (ISO, 2023/11/29, 2023年11月29日)."""
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return (y, mo, d)


def _subject_key(c: Claim) -> Optional[str]:
    if c.subject is None:
        return None
    key = re.sub(r"[\s\"'“”‘’「」『』]", "", c.subject.text)
    return key or None


_PALETTE = ["#2f6fd6", "#c46a00", "#1a8a4a", "#8e3bb5", "#c0392b", "#16808c"]


def _chart(documents: Sequence[Document], subjects: Sequence[str]) -> str:
    """Inline SVG: claims per period for each of ``subjects`` (empty when no dates)."""
    dated = [(parse_date(d.published), d) for d in documents]
    dated = [(dt, d) for dt, d in dated if dt is not None]
    if not dated or not subjects:
        return ""
    days = sorted({dt for dt, _ in dated})
    first, last = days[0], days[-1]
    span_days = (last[0] - first[0]) * 372 + (last[1] - first[1]) * 31 + (last[2] - first[2])
    by_month = span_days > 62

    def period(dt: tuple[int, int, int]) -> str:
        return f"{dt[0]:04d}-{dt[1]:02d}" if by_month else f"{dt[0]:04d}-{dt[1]:02d}-{dt[2]:02d}"

    periods = sorted({period(dt) for dt, _ in dated})
    counts: dict[str, Counter[str]] = {s: Counter() for s in subjects}
    for dt, d in dated:
        for c in d.claims:
            k = _subject_key(c)
            if k in counts:
                counts[k][period(dt)] += 1
    top = max((max(cn.values(), default=0) for cn in counts.values()), default=0) or 1
    W, H, L, R, T, B = 640, 240, 40, 170, 14, 36
    pw, ph = W - L - R, H - T - B

    def x(i: int) -> float:
        return L + (pw / 2 if len(periods) == 1 else pw * i / (len(periods) - 1))

    def y(v: int) -> float:
        return T + ph - ph * v / top

    parts = [
        f'<svg id="nf-chart" xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
        f'viewBox="0 0 {W} {H}" role="img" aria-label="claims per '
        f'{"month" if by_month else "day"} for the top subjects" font-size="11" '
        'font-family="system-ui, sans-serif">',
        f'<line x1="{L}" y1="{T + ph}" x2="{L + pw}" y2="{T + ph}" stroke="#999"/>',
        f'<line x1="{L}" y1="{T}" x2="{L}" y2="{T + ph}" stroke="#999"/>',
        f'<text x="{L - 6}" y="{T + 4}" text-anchor="end">{top}</text>',
        f'<text x="{L - 6}" y="{T + ph + 4}" text-anchor="end">0</text>',
        f'<text x="{x(0):.1f}" y="{H - 18}" text-anchor="middle">{_esc(periods[0])}</text>',
    ]
    if len(periods) > 1:
        parts.append(
            f'<text x="{x(len(periods) - 1):.1f}" y="{H - 18}" text-anchor="middle">'
            f"{_esc(periods[-1])}</text>"
        )
    parts.append(
        f'<text x="{L + pw / 2:.1f}" y="{H - 3}" text-anchor="middle" fill="#666">'
        f'claims per {"month" if by_month else "day"}</text>'
    )
    for si, subject in enumerate(subjects):
        color = _PALETTE[si % len(_PALETTE)]
        pts = [(x(i), y(counts[subject][p]), p, counts[subject][p]) for i, p in enumerate(periods)]
        if len(pts) > 1:
            parts.append(
                f'<polyline fill="none" stroke="{color}" stroke-width="2" points="'
                + " ".join(f"{px:.1f},{py:.1f}" for px, py, _, _ in pts)
                + '"/>'
            )
        for px, py, p, v in pts:
            parts.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{color}">'
                f"<title>{_esc(subject)} · {_esc(p)}: {v}</title></circle>"
            )
        ly = T + 6 + si * 18
        parts.append(
            f'<rect x="{L + pw + 14}" y="{ly - 8}" width="10" height="10" fill="{color}"/>'
            f'<text x="{L + pw + 30}" y="{ly + 1}">{_esc(subject[:14])}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_summary(
    documents: Iterable[Document],
    errors: Iterable[dict[str, Any]] = (),
    *,
    title: str = "newsfacts batch summary",
    notes: Sequence[str] = (),
    top_subjects: int = 20,
    chart_subjects: int = 5,
) -> str:
    """A self-contained HTML summary of a batch of documents and its error records."""
    documents = list(documents)
    errors = list(errors)
    claims = [c for d in documents for c in d.claims]
    n_planned = sum(c.status == "planned" for c in claims)

    # Claims by dimension and status.
    by_dim: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        by_dim[c.quantity.dimension][c.status] += 1
    dim_rows = "".join(
        f'<tr><td>{_esc(dim)}</td><td class="num" data-sort="{cn["reported"]}">{cn["reported"]}</td>'
        f'<td class="num" data-sort="{cn["planned"]}">{cn["planned"]}</td>'
        f'<td class="num" data-sort="{sum(cn.values())}">{sum(cn.values())}</td></tr>'
        for dim, cn in sorted(by_dim.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    )

    # Most frequent subjects, with totals per unit of their reported additive amounts.
    freq: Counter[str] = Counter()
    docs_of: dict[str, set[str]] = defaultdict(set)
    totals: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for d in documents:
        for c in d.claims:
            k = _subject_key(c)
            if k is None:
                continue
            freq[k] += 1
            docs_of[k].add(d.doc_id)
            q = c.quantity
            if c.status == "reported" and q.dimension in ADDITIVE and q.value is not None:
                totals[k][q.unit or "(no unit)"] += q.value
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:top_subjects]
    max_n = top[0][1] if top else 1
    subj_rows = []
    for k, n in top:
        tot = "; ".join(
            f"{_fmt_number(v)} {_esc(u)}" for u, v in sorted(totals[k].items(), key=lambda kv: kv[0])
        )
        subj_rows.append(
            f'<tr><td>{_esc(k)}</td><td class="num" data-sort="{n}">{n} '
            f'<span class="bar" style="width:{int(60 * n / max_n)}px"></span></td>'
            f'<td class="num" data-sort="{len(docs_of[k])}">{len(docs_of[k])}</td>'
            f"<td>{tot}</td></tr>"
        )

    err_rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            _esc(e.get("source")), _esc(e.get("doc_id")),
            _esc((e.get("error") or {}).get("type") if isinstance(e.get("error"), dict) else e.get("error")),
            _esc((e.get("error") or {}).get("message") if isinstance(e.get("error"), dict) else ""),
        )
        for e in errors
    )
    error_counts = Counter(
        (e.get("error") or {}).get("type", "error") if isinstance(e.get("error"), dict) else "error"
        for e in errors
    )

    chart = _chart(documents, [k for k, _ in top[:chart_subjects]])
    n_dated = sum(parse_date(d.published) is not None for d in documents)
    doc_rows = "".join(
        f'<tr><td>{_esc(d.doc_id)}</td><td>{_esc(d.title)}</td><td>{_esc(d.source)}</td>'
        f'<td data-sort="{_esc(d.published or "")}">{_esc(d.published)}</td>'
        f'<td class="num" data-sort="{len(d.claims)}">{len(d.claims)}</td>'
        f'<td class="num" data-sort="{sum(c.status == "planned" for c in d.claims)}">'
        f'{sum(c.status == "planned" for c in d.claims)}</td></tr>'
        for d in documents
    )

    def table(tid: str, cols: Sequence[tuple[str, str, bool]], rows: str) -> str:
        return f'<table id="{tid}">{_header_row(cols)}<tbody>{rows}</tbody></table>'

    notes_html = "".join(f'<p class="meta">{_esc(n)}</p>' for n in notes)
    body = f"""<header><h1>{_esc(title)}</h1>{notes_html}</header>
<main>
<div class="cards">
<div class="card" id="nf-n-docs"><b>{len(documents)}</b>documents</div>
<div class="card" id="nf-n-claims"><b>{len(claims)}</b>claims ({len(claims) - n_planned} reported, {n_planned} planned)</div>
<div class="card" id="nf-n-errors"><b>{len(errors)}</b>errors{
        "" if not errors else " (" + ", ".join(f"{_esc(t)} {n}" for t, n in error_counts.most_common()) + ")"}</div>
</div>
<h2 class="sec">Claims by dimension and status</h2>
{table("nf-dims", [("dimension", "dimension", False), ("reported", "reported", True),
                   ("planned", "planned", True), ("total", "total", True)], dim_rows)}
<h2 class="sec">Most frequent subjects</h2>
<p class="meta">Totals add up reported amounts per unit; percentages, multiples and rates are not summed.</p>
{table("nf-subjects", [("subject", "subject", False), ("claims", "claims", True),
                       ("documents", "documents", True), ("totals", "totals per unit", False)],
       "".join(subj_rows))}
{f'<h2 class="sec">Top subjects over time</h2><p class="meta">{n_dated} of {len(documents)} documents carry a date.</p>{chart}' if chart else ""}
<h2 class="sec">Documents</h2>
{table("nf-docs", [("doc_id", "doc_id", False), ("title", "title", False), ("source", "source", False),
                   ("published", "published", False), ("claims", "claims", True),
                   ("planned", "planned", True)], doc_rows)}
{f'<h2 class="sec">Errors</h2>' + table("nf-errors", [("source", "source", False), ("doc_id", "doc_id", False),
    ("type", "type", False), ("message", "message", False)], err_rows) if errors else ""}
</main>
<footer>newsfacts batch summary · click a column header to sort</footer>"""
    return _page(title, body)


# --------------------------------------------------------------------------- output


def write_atomic(path: str, content: str) -> None:
    """Write ``content`` (UTF-8) to ``path`` through a temporary file and a rename."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(_clean(content))
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
