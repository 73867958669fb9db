"""Every optional dependency that is installed must also import.

A dependency can drift under us: lxml 6.2 dropped ``lxml.html.clean``, so trafilatura was
installed but could not import on a fresh machine, and HTML reading broke with a green CI
on an older machine. These tests read the extras from the installed project's metadata,
so a new extra is covered without editing this file.
"""

from __future__ import annotations

import importlib
import importlib.metadata as md
import re

import pytest

from newsfacts.io.html import html_to_text, import_problem

_NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")


def _extra_requirements() -> dict[str, set[str]]:
    """{distribution name: extras that ask for it} from newsfacts' own metadata."""
    wanted: dict[str, set[str]] = {}
    for req in md.requires("newsfacts") or []:
        extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", req)
        if not extra:
            continue
        name = _NAME.match(req).group(1)
        wanted.setdefault(name, set()).add(extra.group(1))
    return wanted


def _modules_of(dist: str) -> list[str]:
    norm = re.sub(r"[-_.]+", "-", dist).lower()
    mods = [
        mod
        for mod, dists in md.packages_distributions().items()
        if any(re.sub(r"[-_.]+", "-", d).lower() == norm for d in dists)
        and not mod.startswith("_")
        and mod.isidentifier()
    ]
    return sorted(mods)


def _installed(dist: str) -> bool:
    try:
        md.distribution(dist)
    except md.PackageNotFoundError:
        return False
    return True


EXTRAS = _extra_requirements()


def test_extras_are_declared():
    # The html cleaner that lxml no longer brings must be named by the io extra itself.
    assert "io" in EXTRAS.get("lxml_html_clean", set()) | EXTRAS.get("lxml-html-clean", set())
    assert "io" in EXTRAS["trafilatura"]


@pytest.mark.parametrize("dist", sorted(EXTRAS))
def test_installed_extra_imports(dist):
    if not _installed(dist):
        pytest.skip(f"{dist} is not installed here")
    modules = _modules_of(dist)
    assert modules, f"{dist} is installed but names no importable module"
    for mod in modules:
        importlib.import_module(mod)


def test_html_reading_works_when_trafilatura_is_installed():
    if not _installed("trafilatura"):
        pytest.skip("the io extra is not installed")
    page = (
        "<html><head><title>新增托位</title></head><body><article>"
        "<p>全市今年新增普惠性托位1365个，发放第三代社保卡12.67万张，惠及群众超过百万人。</p>"
        "<p>截至10月底，全市共建成社区食堂45个，完成适老化改造2580户。</p>"
        "</article></body></html>"
    )
    text, meta, _ = html_to_text(page)
    assert "1365个" in text
    assert meta["title"] == "新增托位"


def test_import_problem_tells_missing_from_broken():
    missing = ModuleNotFoundError("No module named 'trafilatura'", name="trafilatura")
    assert "trafilatura is missing" in import_problem("trafilatura", missing, "reading HTML")
    broken = ImportError("lxml.html.clean module is now a separate project lxml_html_clean")
    message = import_problem("trafilatura", broken, "reading HTML")
    assert "installed but cannot import" in message
    assert "lxml_html_clean" in message
    assert "is missing" not in message
