"""Which version of a law a citation's numbering belongs to (LAW-02/03/04 share this)."""

from __future__ import annotations

import re
from typing import Any

from casecheck.checks.util import event, iter_citations
from casecheck.laws.specificity import missing_detail


def ref(c: dict[str, Any]) -> str:
    """The article reference of citation ``c`` as the law catalogue takes it (``25``, ``25之1``)."""
    return f"{c['article']}之{c['sub']}" if c.get("sub") else str(c["article"])


def violated_articles(catalog: Any, facts: dict[str, Any]) -> dict[str | None, frozenset[int]]:
    """The articles the case cites as violated, by law title (read once for all its citations)."""
    out: dict[str | None, set[int]] = {}
    for b in iter_citations(facts, ("violated",)):
        if b.get("article"):
            title = catalog.resolve_title(b.get("law") or b.get("title_raw") or "")
            out.setdefault(title, set()).add(int(b["article"]))
    return {t: frozenset(a) for t, a in out.items()}


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


def numbering_ambiguous(c: dict[str, Any], old_art: Any, new_art: Any) -> bool:
    """Whether ``c`` is specific on one of two texts of its article and not on the other (which
    text a case in an old numbering means by an article both have cannot then be told)."""
    if old_art is None or new_art is None:
        return False
    verdicts = []
    for art in (old_art, new_art):
        if not art.has(c.get("paragraph"), c.get("item")):
            return False  # the citation's 款/项 exist in one text only: its numbering tells which
        gap = missing_detail(art, c.get("paragraph"), c.get("item"), c.get("role") == "violated")
        verdicts.append(gap is None)
    return verdicts[0] != verdicts[1]


def version_verdict(
    catalog: Any, title: str, c: dict[str, Any], day: Any, status: str, procedural: bool = False
) -> tuple[str, str] | None:
    """LAW-03/04 on citation ``c`` of ``title``: ``("hit", detail)``, ``("unknown", reason)`` or
    ``None`` (the version in force on ``day`` is the one cited)."""
    when = "作出决定日" if procedural else "违法行为发生日"
    if status == "ended":
        return "hit", f"《{title}》在{when} {day.isoformat()} 前已失效"
    if status != "in_force":
        if status in ("no_text", "before_coverage"):
            return "unknown", f"法规库无《{title}》{day.isoformat()} 施行版本的文本"
        return None
    current = catalog.in_force(title, day)
    year = named_year(c)
    law = catalog.get_law(title)
    if year is not None and law is not None:
        named = [v for v in law.versions if v.version.year == year]
        if named:
            superseded = current not in named and all(v.version < current.version for v in named)
        else:  # a version the catalog does not hold, older than the one in force: superseded all the same
            superseded = year < current.version.year
        if superseded:
            at = "作出决定时" if procedural else "违法行为发生时"
            return "hit", f"引用的是{year}年版本，{at}施行的是{current.version.isoformat()}版"
    if old_numbered(catalog, title, c, current):
        return "hit", "使用了已被修订的旧版条文编号"
    if procedural and c.get("measure"):
        return _measure_verdict(catalog, title, c, current)
    return None


def _measure_verdict(catalog: Any, title: str, c: dict[str, Any], current: Any) -> tuple[str, str] | None:
    """A procedural citation for measures (加处罚款; 告知、陈述、申辩) its article provides none of,
    which the same number of a superseded version did: the old numbering (LAW-04)."""
    art, phrases = current.article(ref(c)), c["measure"].split("、")
    if art is None or any(p in "".join(art.text().split()) for p in phrases):
        return None
    for phrase in phrases:
        olds = [v for v in catalog.versions_quoting(title, ref(c), phrase) if v.version < current.version]
        if olds:
            was, now = olds[-1].version.isoformat(), current.version.isoformat()
            return "hit", f"{was}版该条规定{phrase}，现行{now}版同号条文已非此内容（旧版条文编号）"
    return None


def named_day(catalog: Any, title: str, c: dict[str, Any], day: Any) -> Any:
    """A day the version citation ``c`` names was in force (《安全生产法》（2014年修正）: its effective
    date), when that version is held, has text and is older than the one in force on ``day``;
    else ``day``. A fine is judged against the provision as the decision cites it: the version
    itself is LAW-04's to judge."""
    year = named_year(c)
    law = catalog.get_law(title) if year is not None else None
    current = catalog.in_force(title, day) if law is not None else None
    if current is None:
        return day
    named = [v for v in law.versions if v.version.year == year and v.has_text]
    return named[-1].effective if named and named[-1].version < current.version else day


def named_year(c: dict[str, Any]) -> int | None:
    """The year of the version citation ``c``'s title names: its latest year (…（1992年通过，2002年
    修订，2017年修订）is of 2017), or ``None`` when the title names none."""
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})(?=年)", c.get("title_raw") or "")]
    return max(years) if years else None


def unknown_law(c: dict[str, Any], raw: str, mode: str, repeals: Any) -> str | None:
    """Why a citation of ``raw``, a title the catalog lacks, cannot be checked for ``mode``
    (``specific``, ``version``), or ``None`` when nothing is missing: a citation down to its 项 is
    as specific as can be asked, and a repealed law the repeal table knows (cited for an act
    before its repeal) is its version in force."""
    if not raw or not c.get("article") or mode not in ("specific", "version"):
        return None
    if mode == "version" and repeals.repeal_of(raw):
        return None
    if mode == "specific" and c.get("paragraph") and c.get("item"):
        return None
    what = "是否具体到款、项" if mode == "specific" else "所引版本是否适用"
    return f"法规库未收录《{raw}》，无法核对{what}"


def in_force_at_act(catalog: Any, facts: dict[str, Any], title: str, c: dict[str, Any]) -> bool:
    """The provision exists in the version in force on the violation date (an act done under the
    older text is judged by it: the citation is right, whatever the decision date's text says)."""
    day = event(facts, "violation")[0]
    if day is None or catalog.status(title, day) != "in_force":
        return False
    return catalog.in_force(title, day).has_article(ref(c), c.get("paragraph"), c.get("item")) is True
