"""How precisely a citation must name a provision (LAW-02): 款 and 项 a citation leaves out.

An article with several 款, or a 款 with several 项, must say which one the facts fall under. For a
*violated* provision two shapes are exceptions:

- only one 款 binds a party (the others address the authority: 依照前款规定收到申请的交通运输主管部门，
  应当…), so naming the article names that 款;
- the 项 are the parts of one duty — the contents of one record or label (如实记载下列事项,
  标签应当标明下列事项), the routes of one application (按照下列规定提出申请), the conditions of one
  licence (从事燃气经营活动的企业，应当具备下列条件) — so whether the
  facts breach the duty as a whole or one part of it is a reviewer's call, not a defect the text
  shows.

Separate duties (应当履行下列职责) and prohibited acts (禁止…下列 / 有下列行为之一) always need their 项 —
unless the 款 names the case's violated article before its list as an alternative of its own
(违反本条例第二十七条规定，或者有下列行为之一的，…): a *penalty* citation of it for that violation
needs no 项. Nor does a *penalty* citation of a 款 that states its own penalty before a list of the
circumstances of a heavier one (…处三千元以下的罚款；有下列情形之一的，处三千元以上…): whether the fine
is the ordinary one is a reviewer's call (无法评查), not a defect the citation shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from casecheck.laws.numerals import cn_to_int

# an authority's name before 应当 (机关、团体、企业… is a party: only an authority's name counts)
_AUTHORITY = re.compile(r"(?:主管|管理|行政|有关)部门|人民政府|(?:行政|审批|登记|发证|公安)机关")
# 违反本条例第二十七条规定，或者有下列行为之一的: the articles a list's lead-in names before it
_LEAD_ARTICLE = re.compile(r"违反本(?:法|条例|规定|办法|细则)第([一二三四五六七八九十百零]+)条")
_ONE_DUTY = re.compile(
    r"(?:记载|载明|注明|标明|标注|包括|列明)下列(?:事项|内容)|按照下列规定|(?:具备|符合)下列条件"
)


# …并处以三千元以下的罚款；有下列情形之一的，…处以三千元以上一万元以下的罚款：(一)…: the 项 are the
# circumstances of a heavier range after the 款's own penalty (医疗机构管理条例实施细则 第七十七条)
_ESCALATING_LIST = re.compile(
    r"(?:罚款|警告|处罚)[^；;。：:]{0,10}[；;]\s*有下列(?:情形|行为|情节)之一的[，,][^：:]{0,60}?(?:处以?|罚款)"
)


@dataclass(frozen=True)
class Gap:
    """What a citation leaves out: ``certain`` (a defect) or a reviewer's call (无法评查)."""

    certain: bool
    detail: str


def party_paragraphs(article: Any) -> list[int]:
    """The 款 (1-based) a party can breach: those not addressed to an authority before 应当."""
    out = []
    for i, p in enumerate(article.paragraphs, 1):
        head = p.text.split("应当", 1)[0] if "应当" in p.text else ""
        if not _AUTHORITY.search(head):
            out.append(i)
    return out


def lead_articles(text: str) -> set[int]:
    """Articles of the same act a 款 names as a violation of their own before its list (``下列``)."""
    head, sep, _ = text.partition("下列")
    if not sep or "或者" not in head:
        return set()
    return {cn_to_int(m.group(1)) for m in _LEAD_ARTICLE.finditer(head)}


def missing_detail(
    article: Any,
    paragraph: int | None,
    item: int | None,
    violated: bool,
    breached: frozenset[int] = frozenset(),
) -> Gap | None:
    """The 款/项 a citation of an existing provision leaves out, or ``None`` when it is precise.

    ``breached``: for a penalty citation, the articles of the same act the case cites as violated."""
    if paragraph is None and article.paragraph_count > 1 and not item:
        party = party_paragraphs(article) if violated else []
        if len(party) != 1:
            return Gap(True, f"该条有 {article.paragraph_count} 款，未明确引用到款")
        paragraph = party[0]
    items = article.item_count(paragraph or 1)
    if item is not None or items <= 1:
        return None
    text = article.paragraphs[(paragraph or 1) - 1].text
    if breached and not violated and lead_articles(text) & breached:
        return None  # 违反本条例第二十七条规定，或者有下列行为之一的: the case's violation is in the lead
    if violated and _ONE_DUTY.search(text):
        return Gap(False, "该款各项同属一项义务，违法事实是整体未履行还是违反其中一项，需人工判断")
    if not violated and _ESCALATING_LIST.search(text):
        return Gap(False, "该款先定一般罚则，所列各项为加重情形：未引用到项即按一般罚则，需结合罚款幅度判断")
    return Gap(True, f"该款有 {items} 项，未明确引用到项")
