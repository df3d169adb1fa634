"""Which version of a law a citation's numbering belongs to (LAW-02/03/04 share this)."""

from __future__ import annotations

from typing import Any

from casecheck.checks.util import iter_citations


def ref(c: dict[str, Any]) -> str:
    """The article reference of citation ``c`` as the law catalogue takes it (``25``, ``25之1``)."""
    return f"{c['article']}之{c['sub']}" if c.get("sub") else str(c["article"])


def older(catalog: Any, title: str, c: dict[str, Any], current: Any) -> bool:
    """Whether only a superseded version has this numbering (LAW-04's matter, not LAW-03's)."""
    found = catalog.versions_with_article(title, ref(c), c.get("paragraph"), c.get("item"))
    return any(v.version < current.version for v in found)


def old_numbered(catalog: Any, title: str, c: dict[str, Any], current: Any) -> bool:
    """Whether ``c`` cites a provision ``current`` lacks and only a superseded version has (LAW-04)."""
    return current.has_article(ref(c), c.get("paragraph"), c.get("item")) is False and older(
        catalog, title, c, current
    )


def old_numbering(catalog: Any, facts: dict[str, Any], roles: tuple[str, ...], day: Any) -> set[str]:
    """Laws of which the case cites a provision only a superseded version has: its 第二十五条第一款
    is then the old text's too, and how specific it is cannot be judged on the current one."""
    out: set[str] = set()
    if day is None:
        return out
    for c in iter_citations(facts, roles):
        raw = c.get("law") or c.get("title_raw") or ""
        title = catalog.resolve_title(raw) if raw and c.get("article") else None
        if title is None or title in out or catalog.status(title, day) != "in_force":
            continue
        if old_numbered(catalog, title, c, catalog.in_force(title, day)):
            out.add(title)
    return out
