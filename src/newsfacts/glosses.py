"""Pinyin glosses: 營(yíng)業(yè)收入 read as 營業收入, with offsets into the text as given.

Some sites print a pinyin gloss after Han characters (生產(chǎn)總值比上年增長(zhǎng)6.0%). The
glosses cut words apart, so subjects, units and cue words are lost. Before the page is
analysed, every gloss (a tone-marked pinyin syllable in brackets right after a Han
character) is taken out of a working copy of the text; the claims found on the copy are
then mapped back, so that every span covers the same characters of the text as given, its
glosses included (``text[start:end] == surface`` holds on the original text).

Needs: the text. Sets: the working text and, afterwards, every offset of the claims.
"""

from __future__ import annotations

import re
from typing import Optional

from .models import Claim, Phrase, Quantity, Span

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# a syllable of up to six Latin letters with one tone-marked vowel, bracketed, after a Han character
_GLOSS = re.compile(f"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[(（][a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}[)）]")


class Glossless:
    """A text without its pinyin glosses and the way back to the text as given."""

    __slots__ = ("original", "text", "_index")

    def __init__(self, original: str, spans: list[tuple[int, int]]):
        self.original = original
        keep: list[int] = []  # position in the working text -> position in the original
        pieces: list[str] = []
        last = 0
        for a, b in [*spans, (len(original), len(original))]:
            keep.extend(range(last, a))
            pieces.append(original[last:a])
            last = b
        self._index = keep
        self.text = "".join(pieces)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the working span [start, end): from its first character up
        to the next character kept, so the glosses inside it and the gloss of its last
        character are in it (托位數(shù))."""
        index, n = self._index, len(self.original)
        a = index[start] if start < len(index) else n
        return a, (index[end] if end < len(index) else n) if end > start else a

    def restore(self, claim: Claim, new_id) -> Claim:
        """The claim with every span mapped back to the original text (``new_id(start, end)``
        gives the claim's id for its quantity's original span)."""
        q = claim.quantity
        s, e = self.span(q.start, q.end)
        claim.quantity = Quantity.trusted(**dict(q.__dict__, surface=self.original[s:e], start=s, end=e))
        claim.subject = self._phrase(claim.subject)
        claim.predicate = self._phrase(claim.predicate)
        a, b = self.span(claim.sentence.start, claim.sentence.end)
        claim.sentence = Span.trusted(start=a, end=b)
        claim.id = new_id(s, e)
        return claim

    def _phrase(self, p: Optional[Phrase]) -> Optional[Phrase]:
        if p is None:
            return None
        s, e = self.span(p.start, p.end)
        return Phrase.trusted(text=self.original[s:e], start=s, end=e)


def without_glosses(text: str) -> Optional[Glossless]:
    """The text without its pinyin glosses, or None when it has none."""
    spans = [m.span() for m in _GLOSS.finditer(text)]
    return Glossless(text, spans) if spans else None
