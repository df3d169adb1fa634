"""Instruments repealed by a law of the catalog: ``本规定自2022年7月1日起施行。…《X》同时废止。``

A law, regulation or rule that replaces an older one says so in its closing article, with the day
it takes effect. Those sentences are read from the catalog's texts, so a citation of the repealed
instrument (which the catalog holds no text for) can be dated: it lost force on the day its
successor took effect (LAW-04). A closing article that repeals an earlier text of its own title
(``2006年发布的《公安机关办理行政案件程序规定》同时废止``) is a version change the catalog's versions
already cover, and is skipped.

Example::

    from casecheck.laws import repeals
    repeals.repeal_of("《关于商品和服务实行明码标价的规定》")
    # Repeal(title='关于商品和服务实行明码标价的规定', effective=date(2022, 7, 1),
    #        by='明码标价和禁止价格欺诈规定')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from casecheck.laws.titles import normalize_title, short_title

_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_IN_FORCE = re.compile(r"自\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*起\s*施行")
_REPEALED = re.compile(r"(?P<list>(?:《[^《》\n]{2,60}》[^《》。\n]{0,40}?)+?)(?:同时|一并)?(?:予以)?废止")
_TITLE = re.compile(r"《(?P<t>[^《》\n]{2,60})》")
_CLOSING_ARTICLES = 3  # the closing article is among the last few


@dataclass(frozen=True)
class Repeal:
    """An instrument that lost force on ``effective``, the day the law ``by`` took effect."""

    title: str
    effective: date
    by: str


def _key(raw: str) -> str:
    return short_title(normalize_title(raw))


def repeals_in(catalog: Any) -> dict[str, Repeal]:
    """Repealed instruments named in the closing articles of ``catalog``'s laws, by title key."""
    out: dict[str, Repeal] = {}
    for law in catalog.laws.values():
        own = {_key(law.title), *(_key(a) for a in law.aliases)}
        for version in law.versions:
            keys = sorted(version.articles, key=_article_order)[-_CLOSING_ARTICLES:]
            for key in keys:
                text = version.articles[key].text().translate(_FULL_WIDTH)
                when = _IN_FORCE.search(text)
                if when is None:
                    continue
                day = date(int(when["y"]), int(when["m"]), int(when["d"]))
                for m in _REPEALED.finditer(text, when.end()):
                    for t in _TITLE.finditer(m["list"]):
                        k = _key(t["t"])
                        if k not in own and k not in out:
                            out[k] = Repeal(normalize_title(t["t"]), day, law.title)
    return out


def _article_order(key: str) -> tuple[int, int]:
    no, _, sub = key.partition("之")
    return int(no), int(sub or 0)


@cache
def _default() -> dict[str, Repeal]:
    from casecheck.laws import catalog

    return repeals_in(catalog.load_catalog())


def repeal_of(raw: str) -> Repeal | None:
    """The repeal of the instrument cited as ``raw`` (书名号 and version notes allowed), if any.

    Only instruments the catalog holds no text for are answered: a law with versions is dated by
    its versions."""
    from casecheck.laws import catalog

    rec = _default().get(_key(raw))
    if rec is None:
        return None
    law = catalog.get_law(raw)
    return None if law is not None and law.versions else rec


def judge(raw: str, day: date | None, procedural: bool = False) -> tuple[bool, str] | None:
    """LAW-04 on a citation of ``raw`` made for an act on ``day`` (the decision day when
    ``procedural``): ``(True, detail)`` when the instrument was repealed by then, ``(False,
    reason)`` when it was repealed but the day is unknown, ``None`` when its repeal is no matter
    (not repealed, or repealed after ``day``)."""
    rec = repeal_of(raw) if raw else None
    when = "作出决定日" if procedural else "违法行为发生日"
    if rec is None or (day is not None and day < rec.effective):
        return None
    if day is None:
        return False, f"缺少{when[:-1]}日期，无法核对《{rec.title}》是否已废止"
    detail = f"《{rec.title}》已于 {rec.effective.isoformat()} 被《{rec.by}》废止"
    return True, f"{detail}（{when} {day.isoformat()}）"
