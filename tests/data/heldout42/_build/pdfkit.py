"""Text-layer PDF rendering with reportlab: centred titles, right-aligned 文号/dates, ruled tables, page numbers."""
import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))
W, H = A4
L, R = 70, W - 70


def _wrap(text, size, width):
    out, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, "WQY", size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def render(path, case_no, printed, docs, toc_title="卷 内 目 录"):
    """docs: list of (title, [page_parts]); page_parts as in case modules. 卷内目录 unnumbered first page."""
    c = canvas.Canvas(path, pagesize=A4)
    rows, n = [], 1
    for title, pages in docs:
        rows.append((title, n, n + len(pages) - 1))
        n += len(pages)
    toc = [("c2", toc_title), ("t", [["序号", "文书名称", "页码"]] +
           [[str(i), f"【{t}】", f"{a}" if a == b else f"{a}-{b}"] for i, (t, a, b) in enumerate(rows, 1)])]
    allp = [(None, toc)] + [(None, pg) for _, pages in docs for pg in pages]
    for idx, (_, parts) in enumerate(allp):
        c.setFont("WQY", 8)
        c.drawString(L, H - 40, f"案件编号：{case_no}")
        c.line(L, H - 44, R, H - 44)
        c.drawString(L, 40, f"打印时间：{printed}")
        if idx:
            c.drawRightString(R, 40, f"第{idx}页 共{len(allp) - 1}页")
        y = H - 80
        for kind, val in parts:
            if kind in ("c", "c2"):
                sz = 16 if kind == "c2" else 12
                c.setFont("WQY", sz)
                c.drawCentredString(W / 2, y, val)
                y -= sz + 10
            elif kind == "r":
                c.setFont("WQY", 11)
                c.drawRightString(R, y, val)
                y -= 20
            elif kind == "p":
                c.setFont("WQY", 11)
                for ln in _wrap(val, 11, R - L):
                    c.drawString(L, y, ln)
                    y -= 17
                y -= 3
            elif kind == "t":
                ncol = len(val[0])
                widths = [40, R - L - 100, 60] if ncol == 3 else [110, R - L - 110]
                c.setFont("WQY", 10)
                for row in val:
                    cells = [_wrap(txt, 10, w - 8) for txt, w in zip(row, widths)]
                    h = max(len(x) for x in cells) * 14 + 8
                    x = L
                    for lines, w in zip(cells, widths):
                        c.rect(x, y - h + 10, w, h)
                        yy = y - 2
                        for ln in lines:
                            c.drawString(x + 4, yy, ln)
                            yy -= 14
                        x += w
                    y -= h
                y -= 10
        c.showPage()
    c.save()
