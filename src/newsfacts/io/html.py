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

_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"<!ENTITY[^>]*>", re.IGNORECASE | re.DOTALL)
_PI = re.compile(r"<\?.*?\?>", re.DOTALL)

# the libraries under trafilatura, whose notes about a page are relayed to our logger
_CHATTY = ("trafilatura", "htmldate", "courlan", "justext")


class NoMainText(ValueError):
    """The page has no article text that the extractor could find."""


def _trafilatura():
    return require("trafilatura", "reading HTML")


def defuse(markup: str) -> str:
    """Markup without DOCTYPE subsets, entity declarations or processing instructions."""
    markup = _DOCTYPE.sub("", markup, count=1)
    markup = _ENTITY.sub("", markup)
    return _PI.sub("", markup)


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
