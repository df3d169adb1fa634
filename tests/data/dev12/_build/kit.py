"""Builders for documents that recur in every volume (目录, 送达回证, 备考表)."""
from __future__ import annotations

from common import Doc, Page, H, C, P, L, R, T, SEAL, GAP, SIG


def toc_doc(title, date_fmt, head=("序号", "文件材料题名", "日期", "页号", "备注"),
            override=None, top=None, per_page=24, widths=(0.08, 0.52, 0.18, 0.12, 0.10), fname=None):
    """A 卷内目录 whose rows are filled after pagination.

    ``override`` maps a 目录 name to the page string to print instead of the
    real range (used only where a defect is planted).
    """
    d = Doc(toc="卷内目录", date=None, pages=[], numbered=False, fname=fname or "卷内目录")

    def make(docs):
        rows, n = [], 0
        for x in docs:
            if not x.numbered:
                continue
            n += 1
            pg = f"{x.first}" if x.first == x.last else f"{x.first}-{x.last}"
            ov = getattr(d, "override", None) or override
            if ov and x.toc in ov:
                pg = ov[x.toc]
            rows.append([str(n), x.toc, date_fmt(x.date) if x.date else "", pg, ""])
        d.rows = rows
        pages = []
        for i in range(0, len(rows), per_page):
            blocks = [H(title)]
            if top:
                blocks.append(L(top))
            blocks.append(T([list(head)] + rows[i:i + per_page], list(widths), head=True))
            pages.append(Page(blocks))
        d.pages = pages
    d.make = make
    return d


def huizheng(title, agency, doc_name, doc_no, recipient, place, method, served_at,
             receiver, servers, note="", witness=None, extra=None, style="table"):
    """送达回证 page. ``receiver`` = (签名, 日期文字) or None for an empty line."""
    rec_sig = f"{receiver[0]}　　{receiver[1]}" if receiver else ""
    rows = [
        ["送达文书名称及文号", f"{doc_name}（{doc_no}）" if doc_no else doc_name],
        ["受送达人", recipient],
        ["送达地点", place],
        ["送达方式", method],
        ["送达时间", served_at],
        ["受送达人签名或盖章", rec_sig],
        ["送达人签名", servers],
    ]
    if witness:
        rows.append(["见证人签名", witness])
    rows.append(["备注", note])
    blocks = [H(title), C(agency) if agency else GAP(0)]
    if style == "table":
        blocks.append(T(rows, [0.3, 0.7]))
    else:
        blocks += [L(f"{k}：{v}") for k, v in rows]
    if extra:
        blocks += extra
    return Page(blocks)


def beikao(title, lines, who, checker, date_text, fname="备考表"):
    d = Doc(toc="备考表", date=None, pages=[Page([H(title)] + [P(x) for x in lines] + [
        GAP(2), L(f"立卷人：{who}"), L(f"检查人：{checker}"), L(f"立卷时间：{date_text}")])],
        numbered=False, fname=fname)
    return d
