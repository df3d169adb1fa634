"""Generic documents shared by several volumes: 卷内目录, 送达回证, 备考表, 缴款书, 结案审批表.

Each function returns a list of pages (a page is a list of blocks, see common.py)."""
from __future__ import annotations

from common import Case, d_cn, d_upper, rmb_lower, rmb_upper, toc_doc


def toc_pages(case: Case, heading: str, case_name: str, number: str, override=None, keep="永久",
              per_page=26):
    rows = toc_doc(case, heading, override)
    head = [("T", "卷 内 目 录"), ("C", heading),
            ("P", f"案件名称：{case_name}"), ("P", f"决定书文号：{number}　　保管期限：{keep}")]
    body = rows[1:]
    pages = []
    for k in range(0, len(body), per_page):
        pages.append(head + [("TB", [rows[0]] + body[k:k + per_page])])
    return pages


def songda(agency, doc_name, number, recipient, place, method, when, signer, servers, *,
           note="", witness="", upper=False, sign_date=None):
    """送达回证. when: ISO datetime 'YYYY-MM-DD HH:MM'. servers: list of names."""
    day, hm = when.split(" ")
    hh, mm = hm.split(":")
    shown = (d_upper(day) if upper else d_cn(day)) + f"{int(hh)}时{mm}分"
    rows = [
        ["送达文书名称及文号", f"{doc_name}（{number}）" if number else doc_name],
        ["受送达人", recipient],
        ["送达地点", place],
        ["送达方式", method],
        ["送达时间", shown],
        ["受送达人签名或盖章", f"{signer}　　{d_cn(sign_date or day)}" if signer else "（拒绝签收）"],
        ["代收人及代收理由", "/"],
        ["送达人", "、".join(servers)],
        ["见证人", witness or "/"],
        ["备注", note or "/"],
    ]
    return [[("T", "送 达 回 证"), ("C", agency), ("TB", rows), ("B", ""),
             ("R", f"{agency}（印章）")]]


def beikao(lines, maker, checker, when):
    return [[("T", "卷 内 备 考 表"), ("B", ""),
             ("P", "本卷情况说明："), *[("P", ln) for ln in lines], ("B", ""),
             ("P", f"立卷人：{maker}"), ("P", f"检查人：{checker}"),
             ("P", f"立卷时间：{d_cn(when)}")]]


def voucher(title, rows, note=""):
    return [[("T", title), ("TB", rows)] + ([("P", note)] if note else [])]


def fine_text(amount):
    return f"人民币{rmb_upper(amount)}（{rmb_lower(amount)}）"
