"""Assemble the usual document order of a 普通程序 volume from a case dict."""

from __future__ import annotations

import docs


def standard_docs(c: dict) -> list[tuple[str, list[str]]]:
    """Documents in volume order; optional steps appear when the case dict holds them."""
    out: list[tuple[str, list[str]]] = []
    if c.get("inspection"):
        out.append(("现场检查笔录", docs.xianchang(c)))
    out.append(("立案审批表", docs.lian(c)))
    for q in c["inquiries"]:
        out.append((f"询问笔录（{q['who']}）", docs.xunwen(c, q)))
    for title, pages in c.get("extra_evidence", []):
        out.append((title, pages))
    out.append(("证据清单", docs.evidence_list(c)))
    out.append(("案件调查终结报告", docs.report(c)))
    if c["dates"].get("fazhi") and not c.get("fazhi_after_notice"):
        out.append(("法制审核意见书", docs.fazhi(c)))
    n = c["notice"]
    ntitle = "行政处罚听证告知书" if n.get("hearing") and n.get("title_hearing") else "行政处罚事先告知书"
    out.append((ntitle, docs.gaozhi(c)))
    out.append((f"送达回证（{ntitle[4:]}）", docs.huizheng(c, c["notice_service"])))
    if c.get("chenshu"):
        out.append(("陈述申辩笔录及复核意见", docs.chenshu(c)))
    for title, pages in c.get("hearing_docs", []):
        out.append((title, pages))
    if c["dates"].get("fazhi") and c.get("fazhi_after_notice"):
        out.append(("法制审核意见书", docs.fazhi(c)))
    if c["dates"].get("jiti"):
        out.append(("集体讨论记录", docs.jiti(c)))
    out.append(("行政处罚案件处理审批表", docs.shenpi(c)))
    out.append(("行政处罚决定书", docs.jueding(c)))
    out.append(("送达回证（决定书）", docs.huizheng(c, c["decision_service"])))
    for title, pages in c.get("after_decision", []):
        out.append((title, pages))
    for r in c.get("receipts", []):
        out.append(("罚没款缴款凭证", docs.receipt(c, r)))
    if c["dates"].get("closed"):
        out.append(("结案报告", docs.jiean(c)))
    return out
