"""The 复议机关 a remedy clause names, wherever the clause puts it (DOC-02 reads it).

Clauses name the body in the ``向…申请行政复议`` phrase, but often in a note: ``向上一级主管部门
（复议机关：某市人民政府）申请``, ``向某市人民政府（复议机关）申请``, ``向复议机关（某市人民政府）申请``,
or outside the phrase: ``申请行政复议（复议机关：某县人民政府）``, ``…申请行政复议，复议机关为某县人民政府``,
``本案的行政复议机关为某县人民政府。如不服本决定…申请行政复议``.

``named_body`` turns the raw ``向…`` text into the body it names: the note's name when the note
labels it 复议机关 or the outer words are only a role (上一级主管部门, 复议机关); the outer name
when the note is only the label (``某市人民政府（复议机关）``) or a role
(``某市市场监督管理局（上一级主管部门）`` stays the 市场监督管理局, which DOC-02 judges). A body
outside the phrase is read by ``body_after``.
"""

from __future__ import annotations

import re

from casecheck.extract.patterns import fast_compile

_NOTE = re.compile(r"[（(](?P<inner>[^（()）]{2,40})[）)]")
_LABEL = fast_compile(r"^(?:行政)?复议机(?:关|构)\s*(?:[:：]|为|是)?\s*")
# words that say what the body is, not which one: the note or the outer text then names it
ROLE = fast_compile(r"^(?:本级|上一级|上级)?(?:行政)?(?:主管部门|复议机(?:关|构)|行政机关|机关)$")
_ORGAN = r"[^，,。；;（()）\s]{2,30}?(?:人民政府|政府|局|委员会|委|厅|署|部|办公室|总队|支队|机关)"
AFTER = fast_compile(
    rf"(?:[（(](?:行政)?复议机关\s*(?:[:：]|为|是)\s*(?P<a>{_ORGAN})(?=[）)，,；;\s]))"
    rf"|(?:(?:行政)?复议机关(?:为|是)\s*[:：]?\s*(?P<b>{_ORGAN})(?=[，,。；;）)\s]|$))"
)


def named_body(body: str) -> str:
    """The 复议机关 ``body`` (the raw ``向…`` text) names."""
    m = _NOTE.search(body)
    if not m:
        return body
    outer = (body[: m.start()] + body[m.end() :]).strip()
    inner = m.group("inner").strip()
    labelled = _LABEL.match(inner)
    name = inner[labelled.end() :].strip() if labelled else inner
    if labelled and not name:
        return outer or body  # 某市人民政府（复议机关）
    if labelled or ROLE.match(outer):
        return name  # 上一级主管部门（复议机关：某市人民政府） / 复议机关（某市人民政府）
    return outer or body  # 某市市场监督管理局（上一级主管部门）: the outer name is the body


def body_after(text: str, start: int, limit: int = 60) -> str | None:
    """A 复议机关 the clause states outside the ``向…`` phrase: right after the phrase ending at
    ``start`` (``（复议机关：某县人民政府）``), else anywhere in the document
    (``本案的行政复议机关为…。``)."""
    m = AFTER.search(text, start, min(len(text), start + limit)) or AFTER.search(text)
    if not m:
        return None
    return m.group("a") or m.group("b")
