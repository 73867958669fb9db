"""Bytes to text: BOMs, strict UTF-8, then charset-normalizer (GB18030/GBK, Big5, UTF-16...).

Bytes that do not decode are replaced by U+FFFD and the replacement is reported as a
warning, so a document never silently changes.
"""

from __future__ import annotations

import codecs
import re
from typing import Optional

from .extras import import_problem, is_missing
from .limits import LimitExceeded

SAMPLE_BYTES = 256 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Encodings worth considering for Chinese news; charset-normalizer picks among them.
CANDIDATES = ["utf_8", "gb18030", "big5", "big5hkscs", "cp1252", "latin_1"]

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,32})""", re.IGNORECASE
)


class BinaryInput(ValueError):
    """The bytes are not text in any encoding we read."""


def bom_encoding(data: bytes) -> tuple[Optional[str], int]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None, 0


def _utf16_without_bom(sample: bytes) -> Optional[str]:
    """UTF-16 text without a BOM: mostly ASCII or CJK, NULs on one side of the pairs."""
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    nul_even = even.count(0) / len(even)
    nul_odd = odd.count(0) / max(1, len(odd))
    if nul_odd > 0.2 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.2 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 100)


def _mostly_utf8(sample: bytes) -> bool:
    """UTF-8 with a few damaged bytes: many valid multi-byte characters, few bad ones."""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return wide >= 4 and bad * 3 <= wide


def _unprintable_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0xE000 <= ord(ch) <= 0xF8FF or ch == "\x7f"
    )
    return bad / len(sample)


def normalise_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def detect_encoding(sample: bytes, declared: Optional[str] = None) -> str:
    """The encoding of ``sample`` (the head of a file). Raises :class:`BinaryInput`."""
    enc, _ = bom_encoding(sample)
    if enc:
        return "utf-8-sig" if enc == "utf-8" else enc
    utf16 = _utf16_without_bom(sample[: 64 * 1024])
    if utf16:
        return utf16
    if looks_binary(sample):
        raise BinaryInput("binary data, not text")
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the end of the sample is still UTF-8.
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    if _mostly_utf8(sample):
        return "utf-8"
    if declared:
        name = normalise_name(declared)
        if name in ("gbk", "gb2312", "gb18030"):
            name = "gb18030"  # a superset: GBK pages often use GB18030 characters
        try:
            sample.decode(name)
            return name
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        from charset_normalizer import from_bytes
    except ImportError as exc:
        if not is_missing("charset_normalizer", exc):  # installed, but broken
            raise ImportError(import_problem("charset_normalizer", exc, "reading text that is not UTF-8")) from exc
        return _least_damaged(sample)  # the core install: UTF-8, GB18030 or Big5, the best fit
    best = from_bytes(sample, cp_isolation=CANDIDATES).best()
    if best is None:
        return _least_damaged(sample)
    name = normalise_name(best.encoding)
    if name in ("gbk", "gb2312"):
        name = "gb18030"
    return name


def _least_damaged(sample: bytes) -> str:
    """The encoding that needs the fewest replacements, if they are few (damaged text)."""
    scored = []
    for enc in ("utf-8", "gb18030", "big5"):
        text = sample.decode(enc, errors="replace")
        scored.append((text.count("\ufffd"), enc, len(text)))
    bad, enc, n = min(scored)
    if bad > max(2, n // 50):
        raise BinaryInput("no text encoding fits these bytes")
    return enc


def html_declared_charset(data: bytes) -> Optional[str]:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def decode_bytes(data: bytes, declared: Optional[str] = None) -> tuple[str, list[str]]:
    """Text of ``data`` and the warnings about it (encoding guessed, bytes replaced)."""
    warnings: list[str] = []
    enc, skip = bom_encoding(data)
    if enc:
        body = data[skip:]
    else:
        enc = detect_encoding(data[:SAMPLE_BYTES], declared)
        body = data
        if enc == "utf-8-sig":
            enc = "utf-8"
    try:
        text = body.decode(enc)
    except UnicodeDecodeError:
        text = body.decode(enc, errors="replace")
        count = text.count("\ufffd") - body.decode(enc, errors="ignore").count("\ufffd")
        warnings.append(
            f"input was not valid {enc}: {count} undecodable byte sequence(s) replaced by U+FFFD"
        )
    if _unprintable_share(text) > 0.05:
        raise BinaryInput(f"binary data, not text (decoded as {enc}, mostly control characters)")
    if enc not in ("utf-8", "ascii"):
        warnings.append(f"encoding detected as {enc}")
    return text, warnings


_SURROGATE = re.compile("[\udc80-\udcff]+")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def fix_surrogates(text: str, enc: str) -> tuple[str, list[str]]:
    """Replace ``surrogateescape`` leftovers of a streamed decode by U+FFFD, with a warning.

    Other lone surrogates (a JSON ``"\\ud800"`` escape) cannot be written as UTF-8 and are
    replaced by U+FFFD too, one for one."""
    if not _LONE_SURROGATE.search(text):
        return text, []
    warnings = []
    count = len(_SURROGATE.findall(text))
    if count:
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append(f"input was not valid {enc}: {count} undecodable byte sequence(s) replaced by U+FFFD")
    lone = len(_LONE_SURROGATE.findall(text))
    if lone:
        text = _LONE_SURROGATE.sub("\ufffd", text)
        warnings.append(f"{lone} lone surrogate code point(s) replaced by U+FFFD")
    return text, warnings


def printable(name: str) -> str:
    """``name`` without lone surrogates, which UTF-8 output cannot hold: a byte that was not
    UTF-8 in a file or member name (``surrogateescape``) becomes the text ``\\xNN``, any
    other lone surrogate ``\\uNNNN``."""
    if not _LONE_SURROGATE.search(name):
        return name
    return _LONE_SURROGATE.sub(
        lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if 0xDC80 <= ord(m.group()) <= 0xDCFF else f"\\u{ord(m.group()):04x}",
        name,
    )


def clean(value):
    """``value`` (str, list, tuple, dict, else left alone) with :func:`printable` strings."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def check_size(n: int, limit: int, what: str) -> None:
    if n > limit:
        raise LimitExceeded(f"{what} is larger than the limit of {limit} bytes")
