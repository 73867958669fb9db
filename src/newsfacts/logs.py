"""newsfacts' own logger, and how other libraries' chatter is kept out of the way.

Records go to ``logging.getLogger("newsfacts")`` and its children; the package adds only a
``NullHandler``, so the application decides what is shown. Libraries that newsfacts
calls are never reconfigured (no level of theirs is changed): while newsfacts calls them,
a filter on their loggers holds back their records below WARNING (jieba's "Building prefix
dict", which jieba prints through a handler of its own) or below CRITICAL (trafilatura's
"empty HTML tree" about a page that becomes an error record anyway) and passes each one
on to a newsfacts logger at DEBUG. Outside those calls their records pass untouched.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

LOGGER = logging.getLogger("newsfacts")


class _Relay(logging.Filter):
    def __init__(self, below: int, to: logging.Logger) -> None:
        super().__init__()
        self.below = below
        self.to = to

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= self.below:
            return True
        if self.to.isEnabledFor(logging.DEBUG):
            self.to.debug("%s: %s", record.name, record.getMessage())
        return False


def _loggers(prefixes: tuple[str, ...]) -> list[logging.Logger]:
    """The loggers named ``prefix`` or ``prefix.*`` (a module logger does not consult its
    parent's filters, so each one is filtered)."""
    names = [n for n in list(logging.Logger.manager.loggerDict) if n in prefixes or n.startswith(tuple(p + "." for p in prefixes))]
    return [logging.getLogger(n) for n in sorted(set(names) | set(prefixes))]


@contextmanager
def relayed(prefixes: tuple[str, ...], to: str, below: int = logging.WARNING) -> Iterator[None]:
    """Within the block, records of these libraries below ``below`` go to the newsfacts
    logger ``to`` at DEBUG instead of their handlers."""
    relay = _Relay(below, logging.getLogger(to))
    loggers = _loggers(prefixes)
    for logger in loggers:
        logger.addFilter(relay)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(relay)
