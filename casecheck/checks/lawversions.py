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


def old_numbering(catalog: Any, facts: dict[str, Any], roles: tuple[str, ...], day: Any) -> dict[str, Any]:
    """Laws of which the case cites a provision only a superseded version has, each with the
    version the case's numbering is read by (``None`` when no one version has all it cites).

    Its 第二十五条第一款 is then the old text's too: how specific a citation of that law is can
    only be judged on the version whose numbering the case uses (``numbering_version``)."""
    out: dict[str, Any] = {}
    if day is None:
        return out
    cited: dict[str, list[dict[str, Any]]] = {}
    for c in iter_citations(facts, roles):
        raw = c.get("law") or c.get("title_raw") or ""
        title = catalog.resolve_title(raw) if raw and c.get("article") else None
        if title is not None:
            cited.setdefault(title, []).append(c)
    for title, cites in cited.items():
        if catalog.status(title, day) != "in_force":
            continue
        current = catalog.in_force(title, day)
        if any(old_numbered(catalog, title, c, current) for c in cites):
            out[title] = numbering_version(catalog, title, cites, current)
    return out


def numbering_version(catalog: Any, title: str, cites: list[dict[str, Any]], current: Any) -> Any:
    """The newest version of ``title`` older than ``current`` that has every provision ``cites``
    names, or ``None``."""
    law = catalog.get_law(title)
    older_versions = sorted(
        (v for v in (law.versions if law is not None else ()) if v.version < current.version),
        key=lambda v: v.version,
        reverse=True,
    )
    for v in older_versions:
        if all(v.has_article(ref(c), c.get("paragraph"), c.get("item")) is True for c in cites):
            return v
    return None
