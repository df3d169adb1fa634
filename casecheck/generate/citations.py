"""The citations a case's documents write, with the contract-form labels of what they say.

Injectors change citations through ``case.mods``: ``drop_detail`` (LAW-02: role whose 款/项 are
omitted), ``bad_article`` (LAW-03: role → nonexistent article), ``bad_item`` (LAW-03: role →
nonexistent 项), ``old_late`` (LAW-04: 行政处罚法 old 第五十一条), ``old_version`` (LAW-04: the
penalty law named in a version repealed before the violation), ``no_violated`` (LAW-01).
"""

from __future__ import annotations

from dataclasses import dataclass

from casecheck.generate.case import GenCase
from casecheck.generate.docmodel import cite
from casecheck.generate.scenarios import APL_LATE_FINE, APL_LATE_FINE_OLD, Provision


@dataclass
class Written:
    """A citation as written: text and the contract label (law, article, paragraph, item, role)."""

    text: str
    label: dict


def write(case: GenCase, p: Provision, role: str, *, first: bool = True) -> Written:
    """Text and label of ``p`` for ``role`` after the case's citation mods."""
    mods = case.mods
    drop = mods.get("drop_detail") == role and (p.paragraph or p.item)
    article = mods.get("bad_article") if mods.get("bad_article_role") == role else None
    item = mods.get("bad_item") if mods.get("bad_item_role") == role else None
    version = ""
    if role == "penalty" and mods.get("old_version"):
        version = str(mods["old_version"])
    short = case.style.short_law_titles and not first
    text = cite(
        p, case.style, short=short, drop_detail=bool(drop), article=article, item=item, version_label=version
    )
    label = {
        "law": p.law,
        "article": article or p.article,
        "paragraph": None if drop else p.paragraph,
        "item": None if drop else (item or p.item),
        "role": role,
    }
    if version:
        label["version"] = version
    return Written(text, label)


def violated(case: GenCase, first: bool = True) -> list[Written]:
    """The violated provisions (empty under LAW-01's ``no_violated`` in the decision)."""
    return [write(case, p, "violated", first=first) for p in case.scenario.violated]


def penalty(case: GenCase, first: bool = True) -> list[Written]:
    """The penalty provisions."""
    return [write(case, p, "penalty", first=first) for p in case.scenario.penalty]


def late_fine(case: GenCase) -> Written:
    """行政处罚法 第七十二条第一款第（一）项, or the old 第五十一条 under LAW-04."""
    p = APL_LATE_FINE_OLD if case.mods.get("old_late") else APL_LATE_FINE
    w = write(case, p, "procedure")
    if case.mods.get("old_late"):
        w.text = w.text.replace("第五十一条第", "第五十一条第", 1)
    return w


def joined(items: list[Written]) -> str:
    """``《A》第一条、《B》第二条``."""
    return "、".join(w.text for w in items)
