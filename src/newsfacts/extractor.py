"""Runs the extraction steps in order. One :class:`Extractor` per process.

text → :mod:`text` (furniture, sentences, clauses) → :mod:`scan` (quantities) →
:mod:`claims` (subject, predicate, status …, with :mod:`tokens` on the clauses that need it)
→ :mod:`meta` (title, source, authors …) → :class:`~newsfacts.models.Document`.
"""

from __future__ import annotations

import hashlib
from importlib import resources as importlib_resources
from typing import Iterable, Mapping, Optional

from .claims import ClaimBuilder, claim_id
from .glosses import without_glosses
from .meta import read_metadata
from .models import Document
from .resources import Resources, Unit
from .scan import Scanner
from .text import analyse
from .tokens import Tokenizer


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


class Extractor:
    """Holds loaded resources (data files, jieba, compiled patterns); reuse it.

    Extend the language data without editing the package::

        Extractor(units=[{"surface": "标箱", "key": "TEU", "dimension": "count"}],
                  classifiers=["剂次"], nonclaims=["三只松鼠"], terms=["一网通办"])

    ``min_confidence`` drops the claims the scorer is less sure of (``confidence``: how
    likely the whole claim is right). ``rank_subjects=False`` keeps the subjects the rules
    and the boundary scorers give, without the phrase ranker (about a third less CPU time on
    claim-dense articles, about 2.5 points less strict subject accuracy on unseen ones).
    With ``trace=True`` every claim carries ``trace``: for each field, the rules that fired
    and the value each proposed, in order (the rule debugger; off by default).
    """

    def __init__(
        self,
        *,
        units: Iterable[Mapping[str, object] | Unit] = (),
        classifiers: Iterable[str] = (),
        nonclaims: Iterable[str] = (),
        terms: Iterable[str] = (),
        tokenizer: str = "auto",
        trace: bool = False,
        min_confidence: float = 0.0,
        rank_subjects: bool = True,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, got {min_confidence!r}")
        self.min_confidence = min_confidence
        self.resources = Resources.load(
            extra_units=units, extra_classifiers=classifiers, extra_nonclaims=nonclaims, extra_terms=terms
        )
        res = self.resources
        self.tokenizer = Tokenizer(terms=res.terms, delete=res.jieba_delete, backend=tokenizer)
        self.scanner = Scanner(res, word_check=self.tokenizer.word_crosses)
        self.claim_builder = ClaimBuilder(res, self.tokenizer)
        self.claim_builder.tracing = trace
        if not rank_subjects:
            self.claim_builder.ranker.weights = {}

    def preload(self) -> None:
        """Load now what the first articles would load lazily (rjieba, the scorers' weights,
        the word lists): a parent about to fork workers calls it, so the workers share
        those pages instead of each building its own copy."""
        self.tokenizer.preload()
        text = (importlib_resources.files("newsfacts") / "data" / "example.txt").read_text(encoding="utf-8")
        self.extract(text)

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
        """The claims of one article. Metadata given here wins over what the text says."""
        if not isinstance(text, str):
            raise TypeError(f"extract() needs a str, got {type(text).__name__}")
        sha = text_hash(text)
        doc_id = _printable_id(doc_id) if doc_id else sha[:16]
        glossless = without_glosses(text)  # 營(yíng)業(yè)收入: read without the pinyin, offsets kept
        page = analyse(text if glossless is None else glossless.text, self.resources)
        page.glossed = glossless is not None
        scan = self.scanner.scan(page)
        meta = read_metadata(page)
        claims = self.claim_builder.build(page, scan, doc_id, sha, published or meta.published)
        if glossless is not None:
            claims = [glossless.restore(c, lambda s, e: claim_id(sha, s, e)) for c in claims]
        if self.min_confidence:
            claims = [c for c in claims if c.confidence >= self.min_confidence]
        return Document(
            doc_id=doc_id,
            title=title or meta.title,
            source=source or meta.source,
            authors=meta.authors,
            editors=meta.editors,
            url=url or meta.url,
            published=published or meta.published,
            claims=claims,
            warnings=page.warnings,
        )


def _printable_id(doc_id: str) -> str:
    """The id as given, with a lone surrogate (from a file name read with surrogateescape)
    written as its escape (``\\udc80``), so the record can always be written as UTF-8."""
    try:
        doc_id.encode("utf-8")
        return doc_id
    except UnicodeEncodeError:
        return doc_id.encode("utf-8", "backslashreplace").decode("utf-8")


_default: Optional[Extractor] = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: str, doc_id: Optional[str] = None, **meta: Optional[str]) -> Document:
    """Extract the claims of one article with the process-wide default :class:`Extractor`;
    ``meta`` (``title``, ``source``, ``url``, ``published``) wins over what the text says:
    ``extract(text, published="2023-11-05")`` resolves 今年 to 2023."""
    return default_extractor().extract(text, doc_id, **meta)
