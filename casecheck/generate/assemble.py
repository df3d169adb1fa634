"""Put a case's documents in file order (卷内目录 first, 备考表 last) for its procedure."""

from __future__ import annotations

from casecheck.generate import docs_decision as dd
from casecheck.generate import docs_forms as df
from casecheck.generate.case import GenCase
from casecheck.generate.docmodel import Doc
from casecheck.generate.phrasing import Phraser


def build_documents(case: GenCase, ph: Phraser) -> list[Doc]:
    """All documents except 卷内目录 (added after pagination), in file order."""
    if case.procedure == "简易":
        docs = [dd.summary_decision(case, ph)]
        photo = df.evidence_docs(case, ph)[2]
        docs.append(photo)
        if "av" in case.flags:
            docs.append(df.av_index(case, ph))
        if case.fine and "no_voucher" not in case.flags:
            docs.append(df.voucher(case, ph))
        return docs
    d = case.dates
    docs: list[Doc] = [df.filing_form(case, ph), df.site_record(case, ph)]
    if "av" in case.flags:
        docs.append(df.av_index(case, ph))
    docs += [df.inquiry_record(case, ph, i) for i in range(1, case.n_inquiries + 1)]
    docs += df.evidence_docs(case, ph)
    if d.get("extension"):
        docs.append(
            df.approval_form(
                case,
                ph,
                "extension",
                "延长办案期限审批表",
                "延期审批表",
                "extension",
                "本案案情复杂，需进一步调查取证，申请延长办案期限三十日。",
            )
        )
    if "no_report" not in case.flags:
        docs.append(dd.report(case, ph))
    if case.legal_review and not case.hearing_held and d.get("review"):
        docs.append(dd.legal_review(case, ph))
    if case.procedure == "普通" and d.get("notice"):
        docs.append(dd.notice(case, ph))
        method = "邮寄送达" if case.notice_by_post else "直接送达"
        docs.append(
            df.receipt(
                case,
                ph,
                "notice_receipt",
                "行政处罚事先告知书",
                case.numbers["notice"],
                "notice_served",
                method,
            )
        )
        if d.get("waiver"):
            docs.append(dd.waiver(case, ph))
        if case.statement_made and d.get("statement"):
            docs.append(dd.statement_record(case, ph))
        if case.hearing_held:
            hn, rec, rep = dd.hearing_docs(case, ph)
            docs += [
                hn,
                df.receipt(
                    case,
                    ph,
                    "hearing_receipt",
                    "行政处罚听证通知书",
                    case.numbers["hearing_notice"],
                    "hearing_notice",
                    "直接送达",
                ),
                rec,
                rep,
            ]
            if case.legal_review and d.get("review"):
                docs.append(dd.legal_review(case, ph))
    if case.collective and d.get("collective"):
        docs.append(dd.collective(case, ph))
    if case.procedure == "普通":
        opinion = f"建议对当事人{dd.penalty_summary(case, ph)}。"
        docs.append(
            df.approval_form(
                case, ph, "approval", "行政处罚决定审批表", "行政处罚决定审批表", "approval", opinion
            )
        )
        docs.append(dd.decision(case, ph))
        title, number = "行政处罚决定书", case.numbers["decision"]
    else:
        docs.append(dd.no_penalty_decision(case, ph))
        title, number = "不予行政处罚决定书", case.numbers["decision"]
    docs.append(
        df.receipt(case, ph, "decision_receipt", title, number, "decision_served", case.decision_service)
    )
    if case.procedure == "普通" and "no_voucher" not in case.flags:
        docs.append(df.voucher(case, ph))
    if d.get("publication") and "no_publication" not in case.flags:
        docs.append(df.publication(case, ph))
    docs.append(df.closing_form(case, ph))
    return docs
