"""Main text and metadata of a news page, through trafilatura.

The page is decoded here (BOM, ``<meta charset>``, the HTTP header, else detection) and
handed to trafilatura as text. Before that, DOCTYPE internal subsets, ENTITY
declarations and processing instructions are removed, so no entity is ever expanded;
lxml's HTML parser is used with network access off (its default), and nothing is fetched.
"""

from __future__ import annotations

import logging
import re
from typing import Optional

from ..logs import relayed
from .encodings import decode_bytes, html_declared_charset
from .extras import import_problem, require  # noqa: F401 - import_problem is re-exported

# What defuse() removes, found by plain searches that never scan the same text twice (a
# lazy ".*?" regex rescans to the end of the page for every unclosed opener: quadratic).
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_DOCTYPE_NEXT = re.compile(r"[\[>]")  # the end of "<!DOCTYPE name", or its internal subset
_SUBSET_END = re.compile(r"\]\s*>")
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_GT = re.compile(">")
_PI = re.compile(r"<\?")
_PI_END = re.compile(r"\?>")

# the libraries under trafilatura, whose notes about a page are relayed to our logger
_CHATTY = ("trafilatura", "htmldate", "courlan", "justext")


class NoMainText(ValueError):
    """The page has no article text that the extractor could find."""


def _trafilatura():
    return require("trafilatura", "reading HTML")


_ready = False


def ready() -> None:
    """Import trafilatura and run it once on a tiny page, so that its imports and lazy
    loading happen here, outside any document's time limit (an import cut short by the
    limit leaves half-initialised modules behind, which fail every later page)."""
    global _ready
    if not _ready:
        trafilatura = _trafilatura()  # ImportError: the library is missing or broken
        try:
            trafilatura.bare_extraction("<html><body><p>正文。</p></body></html>", with_metadata=True)
        except Exception:  # noqa: BLE001 - only a warm-up; the pages report their own errors
            pass
        _ready = True


def _cut_all(markup: str, start: re.Pattern, end: re.Pattern) -> str:
    """``markup`` without each ``start`` ... first ``end`` after it (linear: an opener
    without an end means no later opener has one either)."""
    out, pos = [], 0
    while True:
        m = start.search(markup, pos)
        e = end.search(markup, m.end()) if m else None
        if e is None:
            break
        out.append(markup[pos:m.start()])
        pos = e.end()
    out.append(markup[pos:])
    return "".join(out)


def _doctype_span(markup: str) -> Optional[tuple[int, int]]:
    """The first ``<!DOCTYPE name>`` or ``<!DOCTYPE name [subset]>``, in linear time: the
    searches after one opener are reused for the next while they still lie ahead of it."""
    nxt = subset = None
    subset_from = len(markup) + 1
    pos = 0
    while (m := _DOCTYPE.search(markup, pos)) is not None:
        if nxt is None or nxt.start() < m.end():
            nxt = _DOCTYPE_NEXT.search(markup, m.end())
            if nxt is None:
                return None
        if nxt.group() == ">":
            return m.start(), nxt.end()
        if subset_from > nxt.end() or (subset is not None and subset.start() < nxt.end()):
            subset, subset_from = _SUBSET_END.search(markup, nxt.end()), nxt.end()
        if subset is not None:
            return m.start(), subset.end()
        pos = m.end()
    return None


def defuse(markup: str) -> str:
    """Markup without DOCTYPE subsets, entity declarations or processing instructions."""
    span = _doctype_span(markup)
    if span is not None:
        markup = markup[: span[0]] + markup[span[1]:]
    markup = _cut_all(markup, _ENTITY, _GT)
    return _cut_all(markup, _PI, _PI_END)


def html_to_text(
    page: bytes | str, *, url: Optional[str] = None, declared: Optional[str] = None
) -> tuple[str, dict, list[str]]:
    """(main text, metadata {title, published, source, url}, warnings) of one page."""
    warnings: list[str] = []
    if isinstance(page, bytes):
        markup, warnings = decode_bytes(page, declared or html_declared_charset(page))
    else:
        markup = page
    markup = defuse(markup)
    trafilatura = _trafilatura()
    with relayed(_CHATTY, "newsfacts.io.html", below=logging.CRITICAL):
        result = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
        )
    if result is None:
        raise NoMainText("no main text found in the page")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if not text.strip():
        raise NoMainText("no main text found in the page")
    title = data.get("title") or None
    if title and not text.startswith(title):
        # Keep the headline: the spec extracts claims from the title line too.
        text = title + "\n" + text
    meta = {
        "title": title,
        "published": data.get("date") or None,
        "source": data.get("sitename") or None,
        "url": url or data.get("url") or None,
    }
    return text, meta, warnings
