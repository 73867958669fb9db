"""The HTML renderer: highlights at the claims' offsets, valid nesting, escaping,
the batch summary and the ``newsfacts render`` command.

Documents are built by hand from the gold fixtures (texts and claim offsets), so these
tests do not depend on what the extraction engine returns today.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Optional

import pytest

from newsfacts.cli import main
from newsfacts.models import Claim, Document, Phrase, Quantity, Span
from newsfacts.render import load_batch, parse_date, render, render_summary, write_atomic

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.json"))
VOID = {"meta", "br", "img", "input", "hr", "link", "col", "wbr", "area", "base", "source"}


# --------------------------------------------------------------------------- helpers


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = start
    while s > 0 and text[s - 1] not in "。！？!?\n":
        s -= 1
    e = end
    while e < len(text) and text[e - 1] not in "。！？!?\n":
        e += 1
    return s, e


def _nearest(text: str, needle: Optional[str], start: int, end: int) -> Optional[Phrase]:
    """The occurrence of ``needle`` nearest to [start:end] that does not overlap it."""
    if not needle:
        return None
    best = None
    for m in re.finditer(re.escape(needle), text):
        if m.start() < end and start < m.end():
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            best = (dist, m.start())
    if best is None:
        return None
    return Phrase(text=needle, start=best[1], end=best[1] + len(needle))


def fixture_document(path: Path) -> tuple[Document, str]:
    """A Document with one claim per gold claim of ``path``, at the gold offsets."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["text"]
    claims = []
    for i, g in enumerate(sorted(data["claims"], key=lambda g: (g["start"], g["end"]))):
        q = Quantity(
            surface=g["surface"], start=g["start"], end=g["end"],
            value=g.get("value"), low=g.get("low"), high=g.get("high"),
            bound=g.get("bound") or "exact", unit=g.get("unit"),
            dimension=g.get("dimension") or "count",
        )
        s, e = _sentence(text, g["start"], g["end"])
        claims.append(Claim(
            id=f"{data['doc_id']}-{i}", doc_id=data["doc_id"], quantity=q,
            subject=_nearest(text, g.get("subject"), g["start"], g["end"]),
            predicate=_nearest(text, g.get("predicate"), g["start"], g["end"]),
            status=g.get("status") or "reported", change=g.get("change"),
            sentence=Span(start=s, end=e),
        ))
    doc = Document(doc_id=data["doc_id"], claims=claims)
    doc.check_offsets(text)
    return doc, text


def make_claim(text: str, cid: str, q: tuple[int, int], value: Any, unit: Optional[str] = None,
               subject: Optional[tuple[int, int]] = None,
               predicate: Optional[tuple[int, int]] = None,
               status: str = "reported", dimension: str = "count", doc_id: str = "t") -> Claim:
    def phrase(se):
        return None if se is None else Phrase(text=text[se[0]:se[1]], start=se[0], end=se[1])

    return Claim(
        id=cid, doc_id=doc_id,
        quantity=Quantity(surface=text[q[0]:q[1]], start=q[0], end=q[1], value=value, unit=unit,
                          dimension=dimension),
        subject=phrase(subject), predicate=phrase(predicate), status=status,
        sentence=Span(start=0, end=len(text)),
    )


class Marks(HTMLParser):
    """Reads ``<article id="nf-text">``: its text and every ``<mark>`` with the offsets
    it covers in that text, checking that every end tag closes the innermost element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.depth: Optional[int] = None  # stack depth of the article while inside it
        self.text: list[str] = []
        self.pos = 0
        self.open: list[dict[str, Any]] = []
        self.marks: list[dict[str, Any]] = []
        self.scripts: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "script":
            self.in_script = True
            self.scripts.append("")
        if tag == "article" and a.get("id") == "nf-text":
            self.depth = len(self.stack)
        elif self.depth is not None and tag == "mark":
            self.open.append({**a, "from": self.pos})
        elif self.depth is not None:
            raise AssertionError(f"unexpected <{tag}> inside the article text")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        if tag == "script":
            self.in_script = False
        if self.depth is not None and tag == "mark":
            m = self.open.pop()
            m["to"] = self.pos
            self.marks.append(m)
        if self.depth is not None and len(self.stack) == self.depth:
            self.depth = None
        self.stack.pop()

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1] += data
        if self.depth is not None:
            self.text.append(data)
            self.pos += len(data)


def parse(page: str) -> Marks:
    p = Marks()
    p.feed(page)
    p.close()
    assert p.stack == ["html"] or p.stack == [], p.stack  # </html> closes the document
    return p


def coverage(p: Marks) -> dict[tuple[str, int, int], list[tuple[int, int, set[int], str]]]:
    """(kind, data-start, data-end) -> the fragments (from, to, claim indexes, class)."""
    out: dict[tuple[str, int, int], list] = defaultdict(list)
    for m in p.marks:
        if m["data-kind"] == "furniture":  # page furniture, not a claim's part
            continue
        key = (m["data-kind"], int(m["data-start"]), int(m["data-end"]))
        out[key].append((m["from"], m["to"], {int(c) for c in m["data-c"].split()}, m["class"]))
    return out


def assert_highlighted(doc: Document, text: str, page: str) -> Marks:
    p = parse(page)
    assert "".join(p.text) == text
    cov = coverage(p)
    expected = set()
    for i, c in enumerate(doc.claims):
        parts = [("quantity", c.quantity.start, c.quantity.end)]
        if c.subject:
            parts.append(("subject", c.subject.start, c.subject.end))
        if c.predicate:
            parts.append(("predicate", c.predicate.start, c.predicate.end))
        for key in parts:
            expected.add(key)
            frags = sorted(cov.get(key, []))
            assert frags, f"claim {i}: {key} not highlighted"
            # The fragments tile the span exactly and all name this claim.
            assert frags[0][0] == key[1] and frags[-1][1] == key[2], (key, frags)
            for a, b in zip(frags, frags[1:]):
                assert a[1] == b[0], (key, frags)
            assert all(i in f[2] for f in frags)
            assert "".join(text[f[0]:f[1]] for f in frags) == text[key[1]:key[2]]
            if key[0] == "quantity":
                want = "nf-planned" if c.status == "planned" else "nf-reported"
                assert all(want in f[3].split() for f in frags), (key, frags)
    assert set(cov) == expected  # nothing else is highlighted
    return p


# --------------------------------------------------------------------------- article page


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_articles_highlight_every_claim_at_its_offsets(path):
    doc, text = fixture_document(path)
    assert doc.claims
    page = render(doc, text)
    p = assert_highlighted(doc, text, page)
    assert page.count('<tr id="nf-row-') == len(doc.claims)
    # The embedded records are the claims, with their sentence text.
    data = json.loads(p.scripts[0])
    assert [r["id"] for r in data] == [c.id for c in doc.claims]
    assert data[0]["sentence_text"] == text[doc.claims[0].sentence.start:doc.claims[0].sentence.end]


def test_planned_claims_are_marked_apart():
    text = "今年已建成公园12个，预计明年新建公园20个。"
    c1 = make_claim(text, "a", (7, 10), 12, "个", subject=(5, 7), predicate=(3, 5))
    c2 = make_claim(text, "b", (18, 21), 20, "个", subject=(16, 18), predicate=(14, 16),
                    status="planned")
    doc = Document(doc_id="t", claims=[c1, c2])
    page = render(doc, text)
    p = assert_highlighted(doc, text, page)
    q = {m["data-start"]: m["class"].split() for m in p.marks if m["data-kind"] == "quantity"}
    assert "nf-reported" in q["7"] and "nf-planned" not in q["7"]
    assert "nf-planned" in q["18"] and "nf-reported" not in q["18"]
    s = [m["class"].split() for m in p.marks if m["data-kind"] == "subject"]
    assert ["nf", "nf-s"] in s and ["nf", "nf-s", "nf-planned"] in s
    assert '<tr id="nf-row-1" class="planned"' in page


def test_crossing_and_shared_spans_nest_validly():
    text = "全市24项重点民生实事,5项已完成年度任务,19项超序时进度"
    # Claim 0's subject [4:10] crosses its quantity [2:5]; claims 1 and 2 share the
    # subject 重点民生实事 [5:10].
    c0 = make_claim(text, "a", (2, 5), 24, "项", subject=(4, 10))  # crosses the quantity
    c1 = make_claim(text, "b", (11, 13), 5, "项", subject=(5, 10), predicate=(14, 16))
    c2 = make_claim(text, "c", (22, 25), 19, "项", subject=(5, 10), predicate=(25, 26))
    doc = Document(doc_id="t", claims=[c0, c1, c2])
    p = assert_highlighted(doc, text, render(doc, text))
    cov = coverage(p)
    # The crossing subject [4:10] is split where the quantity [2:5] closes.
    assert len(cov[("subject", 4, 10)]) == 2
    # The shared subject is one mark naming both claims.
    frags = cov[("subject", 5, 10)]
    assert len(frags) == 1 and frags[0][2] == {1, 2}


def test_astral_characters_and_object_replacement_keep_offsets():
    text = "😀\ufffc👍🏽 全市新增托位1365个，🚗电动车充电桩2万个。"
    i = text.index("1365个")
    j = text.index("2万个")
    c0 = make_claim(text, "a", (i, i + 5), 1365, "个", subject=(i - 2, i),
                    predicate=(i - 4, i - 2))
    k = text.index("电动车充电桩")
    c1 = make_claim(text, "b", (j, j + 3), 20000, "个", subject=(k, k + 6))
    doc = Document(doc_id="t", claims=[c0, c1])
    page = render(doc, text)
    assert_highlighted(doc, text, page)
    assert '<mark class="nf nf-q nf-reported" data-kind="quantity" data-c="1"' in page
    assert ">2万个</mark>" in page
    page.encode("utf-8")


def test_unencodable_characters_are_replaced_one_for_one():
    text = "a\x00b\udcff 增加3个。"
    i = text.index("3个")
    doc = Document(doc_id="t", claims=[make_claim(text, "a", (i, i + 2), 3, "个")])
    page = render(doc, text)
    page.encode("utf-8")  # lone surrogates would raise here
    p = parse(page)
    assert "".join(p.text) == "a\ufffdb\ufffd 增加3个。"
    assert [(m["from"], m["to"]) for m in p.marks] == [(i, i + 2)]


def test_text_is_escaped():
    text = ('<script>alert("x")</script> 投资3.5亿元 & <b>建成</b> <img src=x onerror=alert(1)>'
            " 新增</script>托位40个")
    i = text.index("3.5亿元")
    j = text.index("40个")
    nasty = text.index("</script>托位")
    c0 = make_claim(text, "a", (i, i + 5), Decimal("350000000"), "CNY", dimension="money",
                    predicate=(text.index("<b>"), text.index("<b>") + 11))
    c1 = make_claim(text, "b", (j, j + 3), 40, "个", subject=(nasty, nasty + 11))
    doc = Document(doc_id="t", title="</title><script>alert(2)</script>", url="javascript:alert(3)",
                   claims=[c0, c1])
    page = render(doc, text)
    p = assert_highlighted(doc, text, page)
    # Exactly the page's own scripts: the JSON records and the behaviour.
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<title>&lt;/title&gt;&lt;script&gt;" in page
    assert 'href="javascript' not in page
    # The records survive the trip through the JSON script block unchanged.
    data = json.loads(p.scripts[0])
    assert data[1]["subject"]["text"] == "</script>托位"


def test_offsets_that_do_not_match_the_text_are_reported_not_highlighted():
    text = "全市新增托位1365个。"
    good = make_claim(text, "a", (6, 11), 1365, "个")
    bad = good.model_copy(update={"id": "b", "quantity": good.quantity.model_copy(
        update={"start": 7, "end": 12})})
    doc = Document(doc_id="t", claims=[good, bad])
    page = render(doc, text)
    p = parse(page)
    assert [(m["from"], m["to"]) for m in p.marks] == [(6, 11)]
    assert "claim b: quantity &#x27;1365个&#x27; at [7:12] does not match the text" in page


def test_render_requires_the_text():
    with pytest.raises(TypeError):
        render(Document(doc_id="t"), None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- batch summary


def _batch_documents() -> list[Document]:
    docs = []
    dates = ["2023-11-29", "2023年12月3日", None, "2024/03/15 08:00"]
    for n, path in enumerate(FIXTURES[:4]):
        doc, _ = fixture_document(path)
        docs.append(doc.model_copy(update={"published": dates[n], "title": f"<i>{path.stem}</i>"}))
    text = "新增托位100个，新增托位20个，预计新增托位500个，托位增长5%"
    claims = [
        make_claim(text, "x1", (4, 8), 100, "个", subject=(2, 4), doc_id="tuowei"),
        make_claim(text, "x2", (13, 16), 20, "个", subject=(11, 13), doc_id="tuowei"),
        make_claim(text, "x3", (23, 27), 500, "个", subject=(21, 23), status="planned", doc_id="tuowei"),
        make_claim(text, "x4", (32, 34), 5, "%", subject=(28, 30), dimension="percent", doc_id="tuowei"),
    ]
    docs.append(Document(doc_id="tuowei", published="2023-12-01", claims=claims))
    docs.append(Document(doc_id="empty"))
    return docs


def _cell_rows(page: str, table_id: str) -> list[list[str]]:
    body = re.search(rf'<table id="{table_id}">.*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        rows.append([re.sub(r"<[^>]+>", "", td).strip()
                     for td in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)])
    return rows


def _check_summary(page: str, docs: list[Document], n_errors: int) -> None:
    claims = [c for d in docs for c in d.claims]
    assert re.search(r'id="nf-n-docs"><b>(\d+)</b>', page).group(1) == str(len(docs))
    assert re.search(r'id="nf-n-claims"><b>(\d+)</b>', page).group(1) == str(len(claims))
    assert re.search(r'id="nf-n-errors"><b>(\d+)</b>', page).group(1) == str(n_errors)
    dims = {r[0]: r[1:] for r in _cell_rows(page, "nf-dims")}
    for dim in {c.quantity.dimension for c in claims}:
        rep = sum(c.quantity.dimension == dim and c.status == "reported" for c in claims)
        plan = sum(c.quantity.dimension == dim and c.status == "planned" for c in claims)
        assert dims[dim] == [str(rep), str(plan), str(rep + plan)]
    subjects = {r[0]: r[1:] for r in _cell_rows(page, "nf-subjects")}
    # 托位: 4 claims in one document; reported counts 100 + 20 = 120 个 (the planned 500
    # and the 5 % are not summed).
    assert subjects["托位"][0] == "4" and subjects["托位"][1] == "1"
    assert subjects["托位"][2] == "120 个"
    assert page.count("<script") == 1  # escaping: titles with markup stay text
    assert "&lt;i&gt;a003&lt;/i&gt;" in page


def test_summary_counts_subject_totals_and_chart():
    docs = _batch_documents()
    errors = [{"source": "bad.txt", "doc_id": "bad", "error": {"type": "DecodeError",
                                                                "message": "<boom>"}}]
    page = render_summary(docs, errors)
    _check_summary(page, docs, 1)
    assert "&lt;boom&gt;" in page
    svg = re.search(r'<svg id="nf-chart".*?</svg>', page, re.S).group(0)
    assert "claims per month" in svg  # 2023-11 .. 2024-03 spans more than two months
    for label in ("2023-11", "2024-03"):
        assert label in svg
    # The top subject's points count its claims per month, computed here independently.
    top = _cell_rows(page, "nf-subjects")[0][0]
    per_month: dict[str, int] = defaultdict(int)
    for d in docs:
        if d.published:
            y, m = re.match(r"(\d{4})\D(\d{1,2})", d.published).groups()
            per_month[f"{y}-{int(m):02d}"] += sum(c.subject is not None and c.subject.text == top
                                                  for c in d.claims)
    for month in ("2023-11", "2023-12", "2024-03"):
        assert f"<title>{top} · {month}: {per_month[month]}</title>" in svg
    assert max(per_month.values()) > 0
    assert svg.count("<polyline") == 5


def test_summary_without_dates_has_no_chart():
    docs = [d.model_copy(update={"published": None}) for d in _batch_documents()]
    assert "<svg" not in render_summary(docs)


@pytest.mark.parametrize("value, expected", [
    ("2023-11-29", (2023, 11, 29)), ("2023年11月29日 10:02", (2023, 11, 29)),
    ("2023/1/5", (2023, 1, 5)), ("2023-11", (2023, 11, 1)), ("昨天", None), (None, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_cli_renders_a_jsonl_batch_with_its_error_file(tmp_path):
    docs = _batch_documents()
    out = tmp_path / "OUT.jsonl"
    out.write_text("".join(json.dumps(d.model_dump(mode="json"), ensure_ascii=False) + "\n"
                           for d in docs) + "{not json\n", encoding="utf-8")
    (tmp_path / "OUT.errors.jsonl").write_text(
        json.dumps({"source": "x.txt", "doc_id": "x", "error": {"type": "OSError",
                                                                "message": "gone"}}) + "\n",
        encoding="utf-8")
    report = tmp_path / "summary.html"
    assert main(["render", str(out), "-o", str(report)]) == 0
    _check_summary(report.read_text(encoding="utf-8"), docs, 2)  # bad line + error record
    assert sorted(os.listdir(tmp_path)) == ["OUT.errors.jsonl", "OUT.jsonl", "summary.html"]


def test_cli_renders_a_parquet_batch(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsfacts.io.flat import arrow_schema, flatten_document

    docs = _batch_documents()
    rows = [row for d in docs for row in flatten_document(d)]
    path = tmp_path / "OUT.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema()), path)
    (tmp_path / "OUT.parquet.errors.jsonl").write_text(
        json.dumps({"source": "y.html", "doc_id": None, "error": {"type": "TooLarge",
                                                                  "message": "cut"}}) + "\n",
        encoding="utf-8")
    batch = load_batch(str(path))
    assert [e["error"]["type"] for e in batch.errors] == ["TooLarge"]
    # Documents without claims leave no rows in a claims table.
    with_claims = [d for d in docs if d.claims]
    assert [d.doc_id for d in batch.documents] == [d.doc_id for d in with_claims]
    for got, want in zip(batch.documents, with_claims):
        assert got.claims == want.claims
    report = tmp_path / "r.html"
    assert main(["render", str(path), "-o", str(report)]) == 0
    page = report.read_text(encoding="utf-8")
    _check_summary(page, with_claims, 1)
    assert "documents without claims are not counted" in page


def test_flat_claim_rows_in_jsonl_are_read_as_documents(tmp_path):
    from newsfacts.io.flat import flatten_document

    docs = [d for d in _batch_documents() if d.claims]
    path = tmp_path / "OUT.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n"
                            for d in docs for row in flatten_document(d)), encoding="utf-8")
    batch = load_batch(str(path))
    assert batch.errors == []
    assert [d.doc_id for d in batch.documents] == [d.doc_id for d in docs]
    assert [len(d.claims) for d in batch.documents] == [len(d.claims) for d in docs]
    _check_summary(render_summary(batch.documents, notes=batch.notes), docs, 0)


# --------------------------------------------------------------------------- command line


def test_cli_renders_an_article_file(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("\ufeff<script>x</script>全市新增托位1365个。", encoding="utf-8")
    report = tmp_path / "a.html"
    report.write_text("old", encoding="utf-8")
    assert main(["render", str(src), "-o", str(report)]) == 0
    page = report.read_text(encoding="utf-8")
    assert "".join(parse(page).text) == "<script>x</script>全市新增托位1365个。"
    assert sorted(os.listdir(tmp_path)) == ["a.html", "a.txt"]  # no temp file left
    assert main(["render", str(src)]) == 0  # no -o: standard output
    assert "全市新增托位1365个" in capsys.readouterr().out


def test_cli_renders_the_bundled_example(tmp_path):
    report = tmp_path / "ex.html"
    assert main(["render", "example", "-o", str(report)]) == 0
    from importlib import resources

    text = (resources.files("newsfacts") / "data" / "example.txt").read_text(encoding="utf-8")
    assert "".join(parse(report.read_text(encoding="utf-8")).text) == text


def test_cli_errors(tmp_path, capsys):
    assert main(["render", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.html")]) == 1
    assert "cannot read" in capsys.readouterr().err
    src = tmp_path / "a.txt"
    src.write_text("一", encoding="utf-8")
    assert main(["render", str(src), "-o", str(tmp_path / "no" / "dir.html")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_write_atomic_leaves_no_temp_file_on_failure(tmp_path):
    target = tmp_path / "r.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        write_atomic(str(target), 42)  # type: ignore[arg-type]
    assert sorted(os.listdir(tmp_path)) == ["r.html"]
    assert target.read_text(encoding="utf-8") == "old"
    write_atomic(str(target), "new 😀")
    assert target.read_text(encoding="utf-8") == "new 😀"


def test_cli_report_has_a_cjk_font_stack_and_shows_furniture_apart(tmp_path):
    """Without a CJK font the page was tofu: every text style names CJK fonts before the
    generic family; the lines the extractor skips (当前位置, image file names) are marked
    as page furniture, not shown as article text."""
    report = tmp_path / "ex.html"
    assert main(["render", "example", "-o", str(report)]) == 0
    page = report.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    sans = re.search(r"--sans: ([^;]+);", style).group(1)
    mono = re.search(r"--mono: ([^;]+);", style).group(1)
    for stack, generic in ((sans, "sans-serif"), (mono, "monospace")):
        fonts = [f.strip().strip('"') for f in stack.split(",")]
        assert fonts[-1] == generic
        for cjk in ("Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC"):
            assert cjk in fonts[:-1], (cjk, stack)
    assert "font: 15px/1.6 var(--sans)" in style and "var(--mono)" in style
    p = parse(page)
    skipped = [("".join(p.text)[m["from"]:m["to"]]) for m in p.marks if m["data-kind"] == "furniture"]
    assert "当前位置:" in skipped and "11.marked.jpg" in skipped
    assert all(m["class"] == "nf-skip" for m in p.marks if m["data-kind"] == "furniture")
    claim_marks = [m for m in p.marks if m["data-kind"] != "furniture"]
    assert claim_marks
    for f in (m for m in p.marks if m["data-kind"] == "furniture"):
        assert not any(m["from"] < f["to"] and f["from"] < m["to"] for m in claim_marks)
