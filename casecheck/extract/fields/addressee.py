"""Whose fine an amount is, when one decision fines several parties.

Under 双罚制 a decision fines the company and its 主要负责人 in one text (安全生产法 第九十四条,
建设工程质量管理条例 第七十三条): ``决定对某某有限公司处罚款三万元；对孙某某处罚款二万二千元``. The
document's fine is the one imposed on its own party, so a fine whose clause addresses another named
party (``对孙某某处…``) is set aside, and so is a stated total of all of them (``以上罚款合计…``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from casecheck.extract.fields.party import ORG_NAME, PERSON_NAME
from casecheck.extract.text import sentence_bounds

# 对<whom>处/给予/作出…: the addressee of a deciding clause
_TO = re.compile(r"对(?P<who>[^，,。；;：:、\s]{1,40}?)(?:处以?|给予|罚款|作出|并处|予以)")
# the party itself, by a pronoun or its role
_SELF = frozenset(
    {"你", "你单位", "你公司", "你（单位）", "当事人", "其", "该公司", "该单位", "被处罚人", "违法行为人"}
)
# words of a clause about the act, not a party: 对上述违法行为处…, 对第二项违法事实给予…
_NOT_PARTY = re.compile(r"行为|违法|上述|以上|事实|情形|情节|第|项|案件|问题")
# a role before a name: 对其法定代表人孙某某处…
_ROLE = re.compile(
    r"^(?:其|你单位|你公司|该公司|该单位)?的?(?:法定代表人|主要负责人|负责人|直接负责的主管人员|其他直接责任人员|经营者)"
)


class _Hit(Protocol):
    kind: str
    value: float
    start: int
    stated_total: bool


def foreign_fines(text: str, hits: Sequence[_Hit], party: str | None) -> set[int]:
    """Start offsets of the fine hits that are not the fine of ``party`` (the document's party):
    imposed fines, and the proposed ones of a 事先告知书 (拟对你单位处…，对你单位主要负责人某某处…).

    Empty for a kind unless at least one of its clauses names ``party`` (or addresses it as
    你/当事人) and another names someone else: a decision whose clauses name no addressee keeps all
    its fines.
    """
    return _foreign(text, hits, party, "fine") | _foreign(text, hits, party, "proposed_fine")


def _foreign(text: str, hits: Sequence[_Hit], party: str | None, kind: str) -> set[int]:
    fines = [h for h in hits if h.kind == kind]
    if not party or len(fines) < 2:
        return set()
    own: list[_Hit] = []
    other: list[_Hit] = []
    for h in fines:
        who = _addressee(text, h.start)
        if who is None:
            continue
        if who in _SELF or party in who or who in party:
            own.append(h)
        else:
            other.append(h)
    if not own or not other:
        return set()
    drop = {h.start for h in other}
    return drop | {h.start for h in fines if h.stated_total}  # 以上罚款合计…


def _addressee(text: str, pos: int) -> str | None:
    """The party named by the 对…处 of the clause that holds ``pos``, if it names one."""
    lo, _ = sentence_bounds(text, pos, "。；;\n")
    found = list(_TO.finditer(text, lo, pos))
    if not found:
        return None
    who = found[-1].group("who")
    if who in _SELF:
        return who
    if _NOT_PARTY.search(who):
        return None
    name = _ROLE.sub("", who)
    if name != who and PERSON_NAME.fullmatch(name):
        return name  # 对其法定代表人孙某某: the person, not the party
    if PERSON_NAME.fullmatch(who) or ORG_NAME.fullmatch(who):
        return who
    return None  # 对上述违法行为处…: no party named
