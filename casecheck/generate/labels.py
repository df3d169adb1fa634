"""The truth record of one generated case (one line of ``labels.jsonl``)."""

from __future__ import annotations

import datetime as dt

from casecheck.generate import citations as cz
from casecheck.generate.case import GenCase
from casecheck.generate.scenarios import APL_NO_PENALTY

VERSION = "1"


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def fields(case: GenCase, decision_text: str, all_text: str = "") -> dict:
    """Contract fields as a perfect reader of the file would extract them."""
    p, d = case.party, case.dates
    kinds: list[str] = []
    if case.warning:
        kinds.append("警告")
    if case.fine:
        kinds.append("罚款")
    if case.confiscation:
        kinds.append("没收违法所得")
    if case.facts.seized and case.procedure == "普通":
        kinds.append("没收非法财物")
    cites = []
    written = list(cz.violated(case)) + list(cz.violated(case, first=False))
    if case.procedure == "不予处罚":
        written.append(cz.write(case, APL_NO_PENALTY, "other"))
    written += list(cz.penalty(case)) + list(cz.penalty(case, first=False)) + [cz.late_fine(case)]
    for w in written:
        if w.text in decision_text and w.label not in cites:
            cites.append(w.label)
    notice_ok = "no_notice" not in case.flags and case.procedure == "普通"
    return {
        "agency": case.agency.name,
        "party": {
            "name": p.name,
            "kind": p.kind,
            # an identifier counts only where the file shows it (a driver's 个体户 code is not on the ticket)
            "credit_code": p.credit_code
            if p.credit_code and (not all_text or p.credit_code in all_text)
            else None,
            "id_number": p.id_number if p.id_number and (not all_text or p.id_number in all_text) else None,
            "address": p.address,
        },
        "officers": [{"name": o.name, "certificate": o.certificate} for o in case.officers],
        "dates": {
            "violation": _iso(d.get("violation")),
            "filing": _iso(d.get("filing")),
            "notice": _iso(d.get("notice")) if notice_ok else None,
            "notice_served": _iso(d.get("notice_served"))
            if notice_ok and "notice_receipt_removed" not in case.flags
            else None,
            "decision": _iso(d.get("decision")),
            "decision_served": _iso(d.get("decision_served")),
            "payment": _iso(d.get("payment")) if case.paid else None,
            "closing": _iso(d.get("closing")),
        },
        "penalty": {
            "kinds": kinds if case.procedure != "不予处罚" else [],
            "fine_yuan": case.fine if case.procedure != "不予处罚" else None,
            "confiscation_yuan": case.confiscation if case.procedure != "不予处罚" else None,
            "procedure": "简易" if case.procedure == "简易" else "普通",
        },
        "citations": cites,
    }


def record(
    case: GenCase,
    *,
    decision_text: str,
    all_text: str = "",
    path: str,
    fmt: str,
    encoding: str | None,
    documents: list[dict],
    seed: int,
) -> dict:
    """One ``labels.jsonl`` object."""
    extra = {
        "tier": case.tier,
        "proposed_fine_yuan": case.proposed_fine,
        "late_fine_yuan": case.late_fine or None,
        "goods_value_yuan": case.facts.goods_value,
        "illegal_gain_yuan": case.facts.illegal_gain,
        "hearing_class": case.hearing_class,
        "hearing_held": case.hearing_held,
        "numbers": dict(case.numbers),
        "publication": _iso(case.dates.get("publication")) if "no_publication" not in case.flags else None,
    }
    return {
        "case_id": case.case_id,
        "path": path,
        "format": fmt,
        "encoding": encoding,
        "domain": case.scenario.domain,
        "sector": case.scenario.sector,
        "scenario": case.scenario.key,
        "procedure": case.procedure,
        "codes": sorted(case.codes),
        "injections": case.injections,
        "fields": fields(case, decision_text, all_text),
        "truth": extra,
        "documents": documents,
        "generator": {"seed": seed, "version": VERSION},
    }
