"""Part-of-speech tags of dictionary words (jieba's dictionary), looked up per token.

A lookup, not a tagger: the tag does not depend on how a clause was segmented, so every
tokenizer backend sees the same tags. Only the tags the claim step asks about are kept
(verbs, adverbs, pronouns, prepositions, conjunctions, particles, idioms). Built once, then read back
from a small cache file in the user cache directory.
"""

from __future__ import annotations

import functools
import importlib.util
import marshal
import os

from .cache import derived_path, write_marshal

KEPT = frozenset({"v", "d", "r", "p", "c", "u", "uj", "y"})


@functools.lru_cache(maxsize=1)
def pos_table() -> dict[str, str]:
    """jieba's tags (cached), corrected by ``data/tags.tsv``."""
    table = _jieba_table()
    for word, t in _corrections().items():
        if t in KEPT:
            table[word] = t
        else:
            table.pop(word, None)
    return table


def _jieba_table() -> dict[str, str]:
    # jieba's dictionary file, found without importing jieba (its import loads the HMM
    # tables, a fifth of a second that a cached table does not need)
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return {}
    src = os.path.join(os.path.dirname(spec.origin), "dict.txt")
    cache = derived_path(src, "postags3-" + "".join(sorted(KEPT)))
    if cache and os.path.exists(cache):
        # two strings (words, tags, one a line): unmarshalled and split seven times faster
        # than a marshalled dict of 38,000 entries
        try:
            with open(cache, "rb") as fh:
                words, tags = marshal.load(fh)
            table = dict(zip(words.split("\n"), tags.split("\n")))
            if len(table) == words.count("\n") + 1:
                return table
        except (OSError, EOFError, ValueError, TypeError):
            pass
    table: dict[str, str] = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            word, _, rest = line.rstrip("\n").partition(" ")
            t = rest.rpartition(" ")[2]
            if t in KEPT:
                table[word] = t
    if cache:
        write_marshal(cache, ("\n".join(table), "\n".join(table.values())), replaces="postags")
    return table


def _corrections() -> dict[str, str]:
    from .resources import tag_corrections  # the data layer; imported late, it needs pydantic

    return tag_corrections()


def tag(word: str) -> str:
    """The dictionary tag of ``word`` if it is one of :data:`KEPT`, else ''."""
    return pos_table().get(word, "")
