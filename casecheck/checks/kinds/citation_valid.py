"""citation_valid — cited provisions exist, are specific and are of the version in force.

Options:
  check: ``exists`` (LAW-03: the 条/款/项 exists in the version in force on the decision date; a
    basis cited in a superseded numbering the current text lacks is LAW-03 too, besides LAW-04),
    ``specific`` (LAW-02: an article with several 款, or a 款 with several 项, names which one;
    see ``casecheck.laws.specificity`` for what a violated provision may leave out),
    ``version`` (LAW-04: the law was in force on the violation date, the citation does not name a
    superseded version, and does not use a numbering only a superseded version has). A procedural
    citation (role ``procedure``) is judged on the decision date (程序从新), also for what it is cited
    for: 《行政处罚法》第五十一条 for 加处罚款 in a 2022 decision is the old numbering.
  roles: citation roles checked.
  uncertain_roles: roles whose citations are not shown to apply to the facts (``other``: a provision
    named for a measure, 采取…第四十条规定的强制执行措施); a ``specific`` gap of theirs is 无法评查.
  unknown_law: ``finding`` — a title the catalog does not know is LAW-03; ``unknown`` — 无法评查
    (for catalogs that do not list every law).

A law without text (unless ``laws.repeals`` dates its repeal), an unknown title (once) or a
missing date is 无法评查. Example
(exists): 《中华人民共和国食品安全法》第三百条 → ``{"citation": "…第300条", "detail": "该条不存在"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from casecheck.checks import lawversions
from casecheck.checks.lawversions import numbering_ambiguous, old_numbering, older, ref, version_verdict
from casecheck.checks.util import Context, Hit, Opt, Unknown, cite_text, event, evs, iter_citations
from casecheck.laws.specificity import missing_detail

ID = "citation_valid"
OPTIONS = {
    "check": Opt(str, choices=("exists", "specific", "version")),
    "roles": Opt(list, ["violated", "penalty"]),
    "uncertain_roles": Opt(list, []),
    "unknown_law": Opt(str, "finding", ("finding", "unknown")),
}


def _hit(c: dict[str, Any], detail: str) -> Hit:
    """The finding for ``c``: its text and evidence are built for a finding only (~10% of the check)."""
    return Hit({"citation": cite_text(c), "detail": detail}, evs(c.get("evidence")))


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per defective citation."""
    try:
        from casecheck.laws import catalog, repeals
    except ImportError:
        yield Unknown("法规库不可用")
        return
    mode = opts["check"]
    decided, _ = event(facts, "decision")
    violated = event(facts, "violation")[0] if mode == "version" else decided
    old = old_numbering(catalog, facts, tuple(opts["roles"]), decided) if mode == "specific" else {}
    violated_by_law = lawversions.violated_articles(catalog, facts) if mode == "specific" else {}
    undated = False
    unknown: set[str] = set()  # titles the catalog lacks, said once each
    for c in iter_citations(facts, tuple(opts["roles"])):
        procedural = mode == "version" and c.get("role") == "procedure" and decided is not None
        day = decided if procedural else violated
        raw = c.get("law") or c.get("title_raw") or ""
        title = catalog.resolve_title(raw) if raw else None
        if mode == "version" and (gone := repeals.judge(raw, day, procedural)):  # 《X》同时废止
            yield _hit(c, gone[1]) if gone[0] else Unknown(gone[1])
            continue
        if title is None:
            if mode == "exists" and raw:
                if opts["unknown_law"] == "finding":
                    yield _hit(c, f"《{raw}》不是已知的法律、法规或规章")
                else:
                    yield Unknown(f"法规库未收录《{raw}》")
            elif raw not in unknown and (why := lawversions.unknown_law(c, raw, mode, repeals)):
                unknown.add(raw)
                yield Unknown(why)
            continue
        if not c.get("article") or (day is None and undated):
            continue
        if day is None:  # said once; a procedural citation, dated by the decision, is still judged
            why = "违法行为日期，无法核对法律版本" if mode == "version" else "决定日期，无法核对引用条文"
            yield Unknown(f"缺少{why}")
            undated = True
            continue
        status = catalog.status(title, day)
        if mode == "version":
            verdict = version_verdict(catalog, title, c, day, status, procedural)
            if verdict is not None:
                yield _hit(c, verdict[1]) if verdict[0] == "hit" else Unknown(verdict[1])
            continue
        if status != "in_force":
            if status in ("no_text", "before_coverage"):
                yield Unknown(f"法规库无《{title}》{day.isoformat()} 施行版本的文本")
            continue
        v = current = catalog.in_force(title, day)
        note = ""
        if title in old and old[title] is not None:
            # the case numbers this law as a superseded version does (LAW-04): judged on that text
            v, note = old[title], f"（本案按{old[title].version.isoformat()}版条文编号引用，依该版判断）"
        art = v.article(ref(c))
        if note and mode == "specific" and numbering_ambiguous(c, art, current.article(ref(c))):
            # an article both texts have, specific in one and not in the other: which is meant?
            why = f"该条在{v.version.isoformat()}版与现行版中款/项不同，本案编号属何版无从确定"
            yield Unknown(f"{cite_text(c)}：{why}")
            continue
        if mode == "exists":
            # the decision's basis (violated/penalty) is judged on the version in force on the decision
            # date, whatever numbering the case uses: an old number the current text lacks is also
            # LAW-04's; a procedural reference in an old numbering is LAW-04's alone
            # — unless the act itself fell under the older text that has it (行政处罚法 第三十七条)
            basis = c.get("role") in ("violated", "penalty") and not lawversions.in_force_at_act(
                catalog, facts, title, c
            )
            if current.has_article(ref(c), c.get("paragraph"), c.get("item")) is False and (
                basis or not older(catalog, title, c, current)
            ):
                yield _hit(c, f"{current.version.isoformat()} 版中不存在该条款")
        elif title in old and old[title] is None:
            why = (
                f"本案所引《{title}》为旧版条文编号（LAW-04），"
                "且没有一个旧版本含其所引全部条款，无从判断是否具体"
            )
            yield Unknown(f"{cite_text(c)}：{why}")
        elif art is not None and art.has(c.get("paragraph"), c.get("item")):
            held = violated_by_law.get(title, frozenset())
            gap = missing_detail(art, c.get("paragraph"), c.get("item"), c.get("role") == "violated", held)
            if gap is not None and note:
                gap = replace(gap, detail=gap.detail + note)
            if gap is not None and c.get("role") in opts["uncertain_roles"]:
                yield Unknown(f"{cite_text(c)} 未引用到款/项，但该引用未载明为认定或处罚依据：{gap.detail}")
            elif gap is not None and gap.certain:
                yield _hit(c, gap.detail)
            elif gap is not None:
                yield Unknown(f"{cite_text(c)} 未引用到项：{gap.detail}")
