"""field_consistent — the party is named and numbered the same way throughout the file (DOC-06).

Options:
  fields: party fields compared across documents (``name``, ``credit_code``, ``id_number``).
  types: documents whose ``party`` is the case's party, for the comparison (笔录 name the person
    questioned, so they are left out by default).
  check_digits: validate 统一社会信用代码 (GB 32100) and 身份证号 (GB 11643) check digits, in every
    document (a licence copy included, and a 笔录's number for the party or the person acting for
    it), with the extractor's validators.

The reference value is the decision's (else the most common one); each document that differs is
one hit. Masked numbers (``*``, ``XXXX``) are skipped. A 单位's name given as the person who
acts for it — its 法定代表人/负责人 as any document names them (a 受送达人 who signs for the
company) — is that person, not a different party, and is not compared; nor is a decision of
that person's own beside the unit's (双罚). A 个体工商户 (credit code 92…) may be named by its 字号 or
by its 经营者 when the document giving that code pairs the two; a notice addressed to the unit and its
manager (某公司、江某) names the unit. A value a correction notice in the file puts right (误写为“A”，
现更正为“B”) is not one.

Example: decision names 某某商贸有限公司, 结案审批表 names 某某商务有限公司 → one hit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from casecheck.checks.parties import LIST_SPLIT, norm, party_interviewed, representatives, seen, trade_names
from casecheck.checks.util import DECISION_TYPES, Context, Hit, Opt, Unknown, all_docs, doc_date, evs, fact_ev
from casecheck.extract.fields.ids import credit_code_valid, id_number_valid
from casecheck.extract.fields.names import is_person_name

ID = "field_consistent"
PARTY_DOCS = [
    "立案审批表",
    "调查终结报告",
    "法制审核意见书",
    "集体讨论记录",
    "行政处罚事先告知书",
    "听证告知书",
]
PARTY_DOCS += ["行政处罚决定审批表", "行政处罚决定书", "当场行政处罚决定书", "结案审批表", "送达回证"]
OPTIONS = {
    "fields": Opt(list, ["name", "credit_code", "id_number"]),
    "types": Opt(list, PARTY_DOCS),
    "check_digits": Opt(bool, True),
}
LABELS = {"name": "当事人名称", "credit_code": "统一社会信用代码", "id_number": "身份证号码"}
_CORRECTION_TITLE = re.compile(r"更正|补正")


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per document whose party field differs, one per number failing its check digit."""
    reps = representatives(facts)
    trade = trade_names(facts)
    # a value a 更正/补正 notice puts right (误写为“A”，现更正为“B”) in documents made before it
    notices = [d for d in all_docs(facts) if _CORRECTION_TITLE.search(str(d.get("title") or ""))]
    fixed = {
        (norm("name", str(c.get("wrong"))), norm("name", str(c.get("right")))): doc_date(d)[0]
        for d in notices
        for c in d.get("corrections") or []
    }
    for field in opts["fields"]:
        label = LABELS[field]
        found = seen(facts, field, opts["types"])
        if found:
            decisions = [s for s in found if s[0].get("doc_type") in DECISION_TYPES]
            ref = [s for s in decisions if s[2] not in reps] or decisions  # the unit's, not its rep's
            # 双罚 in decisions of their own: the unit's, and a person's (直接负责的主管人员)
            people = {s[2] for s in decisions if is_person_name(s[2])}
            fined = people if len(people) < len({s[2] for s in decisions}) else set()
            expected = ref[0][2] if ref else Counter(s[2] for s in found).most_common(1)[0][0]
            base = ref[0] if ref else next(s for s in found if s[2] == expected)
            for doc, fact, v in found:
                if (
                    field == "name"
                    and v in reps
                    and (doc.get("doc_type") not in DECISION_TYPES or len(decisions) > 1)
                ):
                    # the person acting for the party (a receipt signed by the 法定代表人), or fined
                    # in a decision of their own beside the unit's (双罚: 对直接负责的主管人员…)
                    continue
                if field == "name" and v in fined and v != expected:
                    continue  # the person fined beside the unit, in the notice and decision to them
                if field == "name" and expected in LIST_SPLIT.split(v):
                    continue  # 某公司、江某: a document addressed to the unit and its manager (双罚)
                if (day := fixed.get((v, expected))) and (made := doc_date(doc)[0]) and made <= day:
                    continue
                if v != expected and not (field == "name" and frozenset((v, expected)) in trade):
                    detail = f"{doc.get('ref')} 记载{label}为“{v}”，与“{expected}”不一致"
                    yield Hit(
                        {"document": doc.get("ref"), "detail": detail}, evs(fact_ev(fact), fact_ev(base[1]))
                    )
        if opts["check_digits"] and field in ("credit_code", "id_number"):
            ok = credit_code_valid if field == "credit_code" else id_number_valid
            everywhere = seen(facts, field, None)
            if field == "id_number":
                everywhere += party_interviewed(facts, reps)
            for v in dict.fromkeys(s[2] for s in everywhere):
                doc, fact, _ = next(s for s in everywhere if s[2] == v)
                if ok(v) is False:  # None: masked, nothing to check
                    detail = f"{doc.get('ref')} 记载的{label} {v} 校验位错误"
                    yield Hit({"document": doc.get("ref"), "detail": detail}, evs(fact_ev(fact)))
