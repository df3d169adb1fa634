"""issuer_agency — the decision is made in the name of the administrative agency (SUBJ-03).

Options:
  types: decision doc types checked.
  internal_pattern: regular expression naming an internal unit (科、室、大队、中队、所 …).
  allowed_pattern: names that end like an internal unit but are agencies authorised by law
    (派出所、税务所、消防救援大队、公安局交通警察大队、街道办事处 …).

A 委托书 in the file, or an ``entrustment`` marker, excuses the decision. No issuer and no agency
on the decision is 无法评查.

Example: issuer 某某市市场监督管理局执法稽查科 → ``{"issuer": "某某市市场监督管理局执法稽查科"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, any_marker, docs, evs, fact_ev, value

ID = "issuer_agency"
OPTIONS = {
    "types": Opt(list, ["行政处罚决定书", "当场行政处罚决定书"]),
    "internal_pattern": Opt(str, "(科|股|室|处|大队|中队|支队|分队|稽查所|监管所|监督管理所|执法所)$"),
    "allowed_pattern": Opt(
        str,
        "(派出所|税务所|税务分局|消防救援(大队|支队|站)|交通警察(大队|支队)|交警(大队|支队)|街道办事处"
        "|人民防空办公室|人防办公室)$"  # 人民防空法 第四十八、四十九条: the 人民防空主管部门 is an 办公室
        "|公安(分)?局交[^局队]{1,4}(大队|支队)$",  # a traffic police unit as OCR read it (交远其察支队)
    ),
    # on a decision read by OCR, names an allowed unit may be misread into (消哇改援大队 for 消防救援大队):
    # such a name proves no internal unit, it is 无法评查
    "ocr_allowed_pattern": Opt(
        str, "(消[^局队]{2,3}|[^局队]{1,2}救援|[^局队]{0,2}[防援]救援?)(大队|支队|站)$"
    ),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per decision issued or sealed by an internal unit."""
    if docs(facts, "委托书") or any_marker(facts, "entrustment"):
        return
    internal, allowed = re.compile(opts["internal_pattern"]), re.compile(opts["allowed_pattern"])
    misread = re.compile(opts["ocr_allowed_pattern"])
    for doc in docs(facts, *opts["types"]):
        fact = doc.get("issuer") or doc.get("agency")
        name = (value(fact) or "").strip()
        if not name:
            yield Unknown(f"{doc.get('ref')} 未能识别作出机关")
        elif internal.search(name) and not allowed.search(name):
            if doc.get("ocr") and misread.search(name):
                yield Unknown(
                    f"{doc.get('ref')} 的作出机关“{name}”为扫描识别文字，"
                    "可能是被误识的消防救援机构，须人工核对"
                )
                continue
            yield Hit({"document": doc.get("ref"), "issuer": name}, evs(fact_ev(fact)))
