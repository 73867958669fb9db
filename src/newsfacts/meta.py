"""Document metadata read from the article text: title, source, authors, editors, url,
published date. Uses the furniture lines that :mod:`text` set aside."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from .text import Page

_FIELD = regex.compile(r"^\s*(来源|来 源|文章来源|稿源|作者|编辑|责任编辑|责编|本文链接|原文链接|记者|通讯员|发布时间|发布日期|时间|日期)\s*[:：]\s*(.*?)\s*$")
_REPORTERS = regex.compile(r"(记者|通讯员)\s*((?:[\p{Han}]{2,4}(?:\s+|、|，|$)){1,4})")
_DATE = regex.compile(r"(20\d\d|19\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_URL = regex.compile(r"https?://\S+")
_NAME_SPLIT = regex.compile(r"[\s、，,；;]+")


@dataclass
class Metadata:
    title: Optional[str] = None
    source: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    url: Optional[str] = None
    published: Optional[str] = None


def _names(value: str) -> list[str]:
    out = []
    for n in _NAME_SPLIT.split(value):
        n = n.strip("　 ()（）")
        if n.endswith(("报道", "报导", "讯", "摄", "电")):
            continue  # 南京报道: a dateline, not a name
        if 1 < len(n) <= 12 and n not in out:
            out.append(n)
    return out


def read_metadata(page: Page) -> Metadata:
    meta = Metadata()
    text = page.text
    first_content: Optional[str] = None
    for line in page.lines:
        raw = text[line.start:line.end]
        folded = page.folded[line.start:line.end]
        stripped = raw.strip()
        if not stripped:
            continue
        m = _FIELD.match(folded)
        if m:
            key = m.group(1)
            value = raw[m.start(2):m.end(2)].strip() if m.end(2) > m.start(2) else ""
            if key in ("来源", "来 源", "文章来源", "稿源") and not meta.source:
                meta.source = value or None
            elif key in ("作者", "记者", "通讯员"):
                meta.authors.extend(n for n in _names(value) if n not in meta.authors)
            elif key in ("编辑", "责任编辑", "责编"):
                meta.editors.extend(n for n in _names(value) if n not in meta.editors)
            elif key in ("本文链接", "原文链接"):
                u = _URL.search(value)
                meta.url = meta.url or (u.group() if u else value or None)
            elif key in ("发布时间", "发布日期", "时间", "日期") and not meta.published:
                d = _DATE.search(folded)
                if d:
                    meta.published = f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"
            continue
        if line.furniture:
            continue
        if first_content is None:
            first_content = stripped
        for rm in _REPORTERS.finditer(folded[:200]):
            meta.authors.extend(n for n in _names(raw[rm.start(2):rm.end(2)]) if n not in meta.authors)
    if first_content and len(first_content) <= 80 and not first_content.endswith(("。", "！", "？")):
        meta.title = first_content
    return meta
