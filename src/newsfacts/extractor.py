"""Runs the extraction steps in order. One :class:`Extractor` per process."""

from __future__ import annotations

import hashlib
from typing import Optional

from .models import Document


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


class Extractor:
    """Holds loaded resources; safe to reuse for any number of documents."""

    def __init__(self) -> None:
        pass

    def extract(
        self,
        text: str,
        doc_id: Optional[str] = None,
        *,
        title: Optional[str] = None,
        source: Optional[str] = None,
        url: Optional[str] = None,
        published: Optional[str] = None,
    ) -> Document:
        if not isinstance(text, str):
            raise TypeError(f"extract() needs a str, got {type(text).__name__}")
        doc_id = doc_id or text_hash(text)[:16]
        return Document(doc_id=doc_id, title=title, source=source, url=url, published=published)


_default: Optional[Extractor] = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: str, doc_id: Optional[str] = None) -> Document:
    """Extract the claims of one article with the process-wide default :class:`Extractor`."""
    return default_extractor().extract(text, doc_id)
