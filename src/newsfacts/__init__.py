"""newsfacts: quantitative claims from Chinese news articles.

>>> import newsfacts
>>> doc = newsfacts.extract("全市新增普惠性托位1365个。")
>>> [(c.quantity.surface, int(c.quantity.value), c.quantity.unit) for c in doc.claims]
[('1365个', 1365, '个')]
"""

import logging

from .models import SCHEMA_VERSION, Claim, Document, Phrase, Quantity, Span, json_schema
from .extractor import Extractor, extract
from .render import render

__version__ = "0.1.0"

# the library's own logger: records go where the application sends them, nowhere by default
logging.getLogger("newsfacts").addHandler(logging.NullHandler())


def __getattr__(name: str):
    # to_pandas lives with the readers and writers, which a plain extract never needs
    if name == "to_pandas":
        from .io.flat import to_pandas

        return to_pandas
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")

__all__ = [
    "SCHEMA_VERSION",
    "Claim",
    "Document",
    "Extractor",
    "Phrase",
    "Quantity",
    "Span",
    "__version__",
    "extract",
    "json_schema",
    "render",
    "to_pandas",
]
