"""Builders for documents every volume has: 卷内目录, 备考表, 送达回证."""
from __future__ import annotations

from common import Doc, B, h1, h2, p, r, c, gap, table, toc_rows, fmt_range

TOC_HEAD = ["序号", "文号", "责任者", "题名", "日期", "页号", "备注"]


def toc_doc(case, *, title="卷内目录", head_note="", rows_per_page=22, date_style="compact"):
    """Build the 卷内目录 from the paginated documents (or a planted distortion)."""
    rows = toc_rows(case)
    if case.toc_distort:
        rows = case.toc_distort(rows)
    if date_style == "dotted":
        for row in rows:
            if row[4]:
                row[4] = f"{row[4][:4]}.{int(row[4][4:6])}.{int(row[4][6:])}"
    case.toc_rendered = [list(x) for x in rows]
    pages = []
    for i in range(0, len(rows), rows_per_page):
        blocks = [h1(title)]
        if head_note:
            blocks.append(c(head_note))
        blocks.append(table([TOC_HEAD] + rows[i:i + rows_per_page], [2.5, 8, 7, 17, 6.5, 4.5, 2.5]))
        pages.append(blocks)
    return Doc(title=title, author="", date="", pages=pages, numbered=False, fname="00_卷内目录")


def beikao_doc(case, *, total, lines, maker, checker, date_text, title="备考表"):
    blocks = [h1(title), gap(),
              p(f"本卷情况说明：本卷共有文件材料{len([x for x in case.docs if x.numbered])}件，共{total}页。"),
              ]
    for ln in lines:
        blocks.append(p(ln))
    blocks += [gap(2),
               p(f"立卷人：{{s:{maker}}}"),
               p(f"检查人：{{s:{checker}}}"),
               p(f"立卷时间：{date_text}")]
    return Doc(title=title, author="", date="", pages=[blocks], numbered=False, fname="99_备考表")


def sdhz_table(*, agency, doc_title, doc_no, recipient, place, method, signer_line,
               served_text, servers, note="", title="送达回证", rows_extra=None):
    """Table-form 送达回证 (most agencies' template)."""
    rows = [["送达文书名称及文号", f"{doc_title}（{doc_no}）" if doc_no else doc_title],
            ["受送达人", recipient],
            ["送达地点", place],
            ["送达方式", method],
            ["受送达人签名或盖章", signer_line],
            ["送达时间", served_text],
            ["送达人", servers]]
    if rows_extra:
        rows += rows_extra
    rows.append(["备注", note or "/"])
    return [h1(agency), h2(title), table(rows, [5, 13])]
