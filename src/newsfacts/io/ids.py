"""One doc_id, one document: a doc_id that an earlier document of the same run already
has (the same file loose and inside a zip, two ``x.txt`` in two folders given, a
repeated JSONL id) is replaced by the document's source path, with a warning, and
counted."""

from __future__ import annotations

from typing import Any, Iterable, Iterator


class UniqueIds:
    """Renames repeated doc_ids in a stream of reader items, in input order."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.renamed = 0
        self.example = ""

    def __call__(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            doc_id = getattr(item, "doc_id", None)
            if doc_id is not None and hasattr(item, "materialize"):
                if doc_id in self.seen:
                    item.doc_id = self._fresh(item.origin)
                    item.warnings.append(
                        f"doc_id {doc_id!r} was already given to an earlier document; this one is {item.doc_id!r}"
                    )
                    self.renamed += 1
                    self.example = self.example or f"{doc_id!r} again at {item.origin}"
                self.seen.add(item.doc_id)
            yield item

    def _fresh(self, origin: str) -> str:
        new, n = origin, 1
        while new in self.seen:
            n += 1
            new = f"{origin}#{n}"
        return new

    def note(self) -> str:
        """What was renamed, for the end of a run ('' when nothing was)."""
        if not self.renamed:
            return ""
        return (
            f"{self.renamed} document(s) had a doc_id an earlier one has (e.g. {self.example}); "
            "they are identified by their source path instead, with a warning in the record"
        )
