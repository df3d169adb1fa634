"""Shared helpers for the heldout17 case builders (IDs, dates, money, renderers).

Markup used in the hand-written document texts:
  @C text      centred line (titles)
  @R text      right-aligned line (文号, 落款, dates)
  @S name      seal: rendered as a seal marker in text, a red round seal on scans
  |a|b|c       one table row (cells); consecutive rows form one table
  \f           page break inside a document
  other lines  body paragraphs
"""
import datetime as _dt
import os
import random

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- identifiers
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(_USCC.index(c) * w for c, w in zip(body17, _USCC_W))
    c = 31 - s % 31
    return body17 + _USCC[0 if c == 31 else c]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


def idcard(body17):
    s = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body17))
    return body17 + "10X98765432"[s % 11]


def idcard_ok(code):
    return len(code) == 18 and idcard(code[:17]) == code


# ---------------------------------------------------------------- dates
def D(s):
    return _dt.date.fromisoformat(s)


def is_wd(d):
    return chinese_calendar.is_workday(d)


def wd_after(start, end):
    """Working days counted after `start` up to and including `end`."""
    n, d = 0, start
    while d < end:
        d += _dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def wd_add(start, n):
    d = start
    while n:
        d += _dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


_CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1] if n else "〇"
    if n < 20:
        return "十" + ("" if n == 10 else _CN[n - 10])
    return _CN[n // 10] + "十" + ("" if n % 10 == 0 else _CN[n % 10])


def cn_date(d):
    d = D(d) if isinstance(d, str) else d
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def ar_date(d):
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------- money
def dx(n):
    """Amount in 大写, integer yuan."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    n = int(n)
    if n == 0:
        return "零元整"

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d:
                if zero:
                    s += "零"
                s += digits[d] + units[i]
                zero = False
            elif s:
                zero = True
        return s

    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


# ---------------------------------------------------------------- markup
def split_pages(text):
    return [p.strip("\n") for p in text.split("\f")]


def parse(page):
    """Yield blocks: ('C'|'R'|'S'|'P', text) or ('T', rows)."""
    blocks, rows = [], []
    for line in page.split("\n"):
        if line.startswith("|"):
            rows.append(line.strip()[1:].split("|"))  # "|label|" = label + empty cell
            continue
        if rows and line.strip() and not line.startswith("@"):
            rows[-1][-1] += "\n" + line  # continuation of the last cell
            continue
        if rows:
            blocks.append(("T", rows))
            rows = []
        if line.startswith("@C "):
            blocks.append(("C", line[3:]))
        elif line.startswith("@R "):
            blocks.append(("R", line[3:]))
        elif line.startswith("@S "):
            blocks.append(("S", line[3:]))
        else:
            blocks.append(("P", line))
    if rows:
        blocks.append(("T", rows))
    return blocks


def page_to_text(page, table="tab", seal="NAME（盖章）", width=38):
    out = []
    for kind, val in parse(page):
        if kind == "C":
            pad = max(0, (width - len(val)) // 2)
            out.append("　" * 0 + " " * (pad * 2) + val)
        elif kind == "R":
            pad = max(0, width - len(val))
            out.append(" " * (pad * 2) + val)
        elif kind == "S":
            out.append(" " * max(0, (width - len(val) - 4) * 2) + (seal.replace("NAME", val)))
        elif kind == "P":
            out.append(val)
        else:
            expanded = []
            for r in val:
                extra = r[-1].split("\n")
                expanded.append(r[:-1] + [extra[0]])
                for e in extra[1:]:
                    expanded.append([""] * (len(r) - 1) + [e] if table != "kv" else ["", e])
            for r in expanded:
                if table == "kv" and len(r) == 2 and not r[0]:
                    out.append("　　　　" + r[1].strip())
                    continue
                if table == "tab":
                    out.append("\t".join(c.strip() for c in r))
                elif table == "box":
                    out.append("│" + "│".join(c.strip() for c in r) + "│")
                elif table == "kv":
                    if len(r) == 2:
                        out.append(f"{r[0].strip()}：{r[1].strip()}")
                    else:
                        out.append("　".join(c.strip() for c in r))
    return "\n".join(out)


# ---------------------------------------------------------------- catalogue
def catalogue_text(agency, case_name, docs, page_counts, docno_col=True):
    """卷内目录 page as markup (not numbered itself)."""
    lines = ["@C 卷 内 目 录", f"案件名称：{case_name}", "|序号|文件名称|文号|日期|页号"]
    p = 1
    for i, (d, n) in enumerate(zip(docs, page_counts), 1):
        rng = f"{p}" if n == 1 else f"{p}-{p + n - 1}"
        lines.append(f"|{i}|{d['title']}|{d.get('docno') or '—'}|{d.get('date') or '—'}|{rng}")
        p += n
    lines.append("")
    lines.append(f"本卷共{len(docs)}件，{p - 1}页。立卷单位：{agency}")
    return "\n".join(lines)


def write_text_case(path, agency, case_name, docs, encoding="utf-8", sep="\f", footer=None,
                    table="tab", seal="NAME（盖章）", trailer=None):
    pages, counts = [], []
    for d in docs:
        ps = split_pages(d["text"])
        counts.append(len(ps))
        pages.extend(ps)
    cat = page_to_text(catalogue_text(agency, case_name, docs, counts), table=table, seal=seal)
    out = [cat]
    for i, p in enumerate(pages, 1):
        t = page_to_text(p, table=table, seal=seal)
        if footer:
            t += "\n\n" + " " * 34 + footer.format(n=i, total=len(pages))
        out.append(t)
    if trailer:
        out.append(page_to_text(trailer, table=table, seal=seal))
    data = (sep.join(out) + "\n").encode(encoding)
    with open(path, "wb") as f:
        f.write(data)
    return counts


def write_folder_case(folder, agency, case_name, docs, table="box", seal="NAME（公章）"):
    os.makedirs(folder, exist_ok=True)
    for fn in os.listdir(folder):
        os.remove(os.path.join(folder, fn))
    counts = [len(split_pages(d["text"])) for d in docs]
    cat = page_to_text(catalogue_text(agency, case_name, docs, counts), table=table, seal=seal)
    with open(os.path.join(folder, "00_卷内目录.txt"), "w", encoding="utf-8") as f:
        f.write(cat + "\n")
    p = 1
    for i, d in enumerate(docs, 1):
        ps = split_pages(d["text"])
        body = []
        for pg in ps:
            body.append(page_to_text(pg, table=table, seal=seal) + f"\n\n{' ' * 36}- {p} -")
            p += 1
        with open(os.path.join(folder, f"{i:02d}_{d['title']}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(body) + "\n")
    return counts


# ---------------------------------------------------------------- PDF (text layer)
def _font(env, family):
    """Font file from an environment variable, else from fontconfig (no machine paths in the repo)."""
    import subprocess
    if os.environ.get(env):
        return os.environ[env]
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True).stdout


FONT_WQY = _font("H17_FONT_TEXT", "WenQuanYi Zen Hei")      # wqy-zenhei.ttc, subfont 0
FONT_NOTO = _font("H17_FONT_SCAN", "Noto Serif CJK SC")     # NotoSerifCJK-Regular.ttc


_NOINDENT = ("（", "一、", "二、", "三、", "四、", "五、", "1.", "2.", "3.", "问：", "答：", "Q：", "A：")


_HANG = "，。；：、）》”！？"


def _tokens(text):
    """Characters, but ASCII number/word runs (dates, amounts, IDs) kept whole for line breaking."""
    import re
    return re.findall(r"[0-9A-Za-z.%¥\-]+|\n|.", text)


def _wrap(text, font, size, width, measure):
    lines, cur = [], ""
    for ch in _tokens(text):
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if measure(cur + ch, font, size) > width and ch not in _HANG:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def _layout_pdf(docs, measure, size=10.5, W=595.27, H=841.89, margin=62):
    """Return list of physical pages, each a list of draw ops, plus per-doc page counts."""
    lead = size * 1.75
    usable = W - 2 * margin
    pages, counts = [], []
    for d in docs:
        n0 = len(pages)
        for lp in split_pages(d["text"]):
            ops, y = [], H - margin

            def newpage():
                nonlocal ops, y
                pages.append(ops)
                ops, y = [], H - margin

            for kind, val in parse(lp):
                if kind == "T":
                    ncol = max(len(r) for r in val)
                    # first column narrower for 2-column forms
                    if ncol == 2:
                        cw = [usable * 0.24, usable * 0.76]
                    elif ncol == 5:
                        cw = [usable * f for f in (0.08, 0.34, 0.26, 0.18, 0.14)]
                    else:
                        cw = [usable / ncol] * ncol
                    for r in val:
                        cells = [_wrap(c.strip(), "F", size, (cw[i] if i < len(cw) else cw[-1]) - 8, measure)
                                 if i < len(r) - 1 or len(r) == ncol else None for i, c in enumerate(r)]
                        if len(r) < ncol:  # merge last cell across remaining columns
                            wlast = sum(cw[len(r) - 1:])
                            cells[-1] = _wrap(r[-1].strip(), "F", size, wlast - 8, measure)
                        h = max(len(c) for c in cells) * lead + 6
                        if y - h < margin + 20:
                            newpage()
                        x = margin
                        for i, c in enumerate(cells):
                            w = cw[i] if i < len(r) - 1 or len(r) == ncol else sum(cw[i:])
                            ops.append(("rect", x, y - h, w, h))
                            for k, ln in enumerate(c):
                                ops.append(("text", x + 4, y - size - 4 - k * lead, ln, size))
                            x += w
                        y -= h
                    y -= lead * 0.5
                    continue
                if kind == "P" and not val.strip():
                    y -= lead * 0.6
                    continue
                s = size + 5 if kind == "C" and any(x in val for x in "书表录证单告目") and len(val) < 30 else size
                if kind == "P" and not val.startswith(_NOINDENT):
                    val = "　　" + val
                wrapped = _wrap(val, "F", s, usable, measure)
                for k, ln in enumerate(wrapped):
                    if y - lead < margin + 20:
                        newpage()
                    if kind == "C":
                        ops.append(("ctext", W / 2, y - s, ln, s))
                    elif kind in ("R", "S"):
                        ops.append(("rtext", W - margin, y - s, ln if kind == "R" else ln + "（公章）", s))
                    else:
                        ops.append(("text", margin, y - s, ln, s))
                    y -= lead * (1.4 if kind == "C" and s > size else 1)
            pages.append(ops)
        counts.append(len(pages) - n0)
    return pages, counts


def write_text_pdf(path, agency, case_name, docs, footer="- {n} -", seal_word="（公章）"):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    if "F" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("F", FONT_WQY, subfontIndex=0))
    measure = pdfmetrics.stringWidth
    _, counts = _layout_pdf(docs, measure)
    cat = {"title": "卷内目录", "text": catalogue_text(agency, case_name, docs, counts)}
    catpages, _ = _layout_pdf([cat], measure)
    pages, counts2 = _layout_pdf(docs, measure)
    assert counts2 == counts
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(case_name)
    W, H = A4
    for pno, ops in enumerate(catpages + pages):
        for op in ops:
            if op[0] == "rect":
                c.setLineWidth(0.6)
                c.rect(*op[1:5])
                continue
            kind, x, y, t, s = op
            if kind == "text" or kind == "ctext" or kind == "rtext":
                t = t.replace("（公章）", seal_word)
            c.setFont("F", s)
            if kind == "text":
                c.drawString(x, y, t)
            elif kind == "ctext":
                c.drawCentredString(x, y, t)
            else:
                c.drawRightString(x, y, t)
        n = pno - len(catpages) + 1
        if n >= 1 and footer:
            c.setFont("F", 9)
            c.drawCentredString(W / 2, 30, footer.format(n=n, total=len(pages)))
        c.showPage()
    c.save()
    return counts


# ---------------------------------------------------------------- scanned PDF
def write_scan_pdf(path, agency, case_name, docs, seed=17, dpi=200):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    import io
    rnd = random.Random(seed)
    Wpx, Hpx = int(8.27 * dpi), int(11.69 * dpi)
    fsize = 34
    font = ImageFont.truetype(FONT_NOTO, fsize, index=2) if False else ImageFont.truetype(FONT_NOTO, fsize)
    big = ImageFont.truetype(FONT_NOTO, 50)
    small = ImageFont.truetype(FONT_NOTO, 26)
    margin = 150
    lead = int(fsize * 1.7)

    def tw(t, f):
        return f.getlength(t)

    def wrap(t, f, width):
        out, cur = [], ""
        for ch in _tokens(t):
            if ch == "\n":
                out.append(cur)
                cur = ""
                continue
            if tw(cur + ch, f) > width and ch not in _HANG:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
        return out

    def layout(docs_):
        pages, counts = [], []
        for d in docs_:
            n0 = len(pages)
            for lp in split_pages(d["text"]):
                ops, y = [], margin
                for kind, val in parse(lp):
                    if kind == "T":
                        ncol = max(len(r) for r in val)
                        usable = Wpx - 2 * margin
                        cw = [usable * 0.26, usable * 0.74] if ncol == 2 else [usable / ncol] * ncol
                        if ncol == 5:
                            cw = [usable * f for f in (0.08, 0.34, 0.26, 0.18, 0.14)]
                        for r in val:
                            widths = [cw[i] if (i < len(r) - 1 or len(r) == ncol) else sum(cw[i:]) for i in range(len(r))]
                            cells = [wrap(c.strip(), font, widths[i] - 16) for i, c in enumerate(r)]
                            h = max(len(c) for c in cells) * lead + 14
                            x = margin
                            for i, c in enumerate(cells):
                                ops.append(("rect", x, y, widths[i], h))
                                for k, ln in enumerate(c):
                                    ops.append(("text", x + 8, y + 8 + k * lead, ln, font))
                                x += widths[i]
                            y += h
                        y += lead // 2
                        continue
                    if kind == "P" and not val.strip():
                        y += lead // 2
                        continue
                    f = big if kind == "C" and len(val) < 30 and any(x in val for x in "书表录证单告目") else font
                    if kind == "P" and not val.startswith(_NOINDENT):
                        val = "　　" + val
                    for k, ln in enumerate(wrap(val, f, Wpx - 2 * margin)):
                        if kind == "C":
                            ops.append(("text", (Wpx - tw(ln, f)) / 2, y, ln, f))
                        elif kind in ("R", "S"):
                            ops.append(("text", Wpx - margin - tw(ln, f), y, ln, f))
                            if kind == "S":
                                ops.append(("seal", Wpx - margin - tw(ln, f) / 2, y + fsize // 2, ln))
                        else:
                            ops.append(("text", margin, y, ln, f))
                        y += int(f.size * 1.7)
                assert y < Hpx - margin, (d["title"], y)
                pages.append(ops)
            counts.append(len(pages) - n0)
        return pages, counts

    _, counts = layout(docs)
    catp, _ = layout([{"title": "目录", "text": catalogue_text(agency, case_name, docs, counts)}])
    pages, _ = layout(docs)
    c = canvas.Canvas(path, pagesize=A4)
    for pno, ops in enumerate(catp + pages):
        img = Image.new("L", (Wpx, Hpx), 246)
        dr = ImageDraw.Draw(img)
        seals = []
        for op in ops:
            if op[0] == "rect":
                _, x, y, w, h = op
                dr.rectangle([x, y, x + w, y + h], outline=40, width=2)
            elif op[0] == "text":
                _, x, y, t, f = op
                dr.text((x, y), t, font=f, fill=25)
            else:
                seals.append(op)
        n = pno - len(catp) + 1
        if n >= 1:
            t = f"- {n} -"
            dr.text(((Wpx - tw(t, small)) / 2, Hpx - 110), t, font=small, fill=40)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        rgb = Image.merge("RGB", (img, img, img))
        for _, cx, cy, name in seals:
            r = 150
            layer = Image.new("RGBA", (2 * r + 10, 2 * r + 10), (0, 0, 0, 0))
            ld = ImageDraw.Draw(layer)
            ld.ellipse([5, 5, 2 * r + 5, 2 * r + 5], outline=(205, 30, 35, 190), width=9)
            sf = ImageFont.truetype(FONT_NOTO, 30)
            star = "★"
            ld.text((r + 5 - tw(star, big) / 2, r - 30), star, font=big, fill=(205, 30, 35, 200))
            # agency name around the upper arc, approximated char by char
            import math
            chars = list(name)
            span = math.radians(220)
            for i, ch in enumerate(chars):
                ang = math.radians(-200) + span * (i + 0.5) / len(chars)
                x = r + 5 + (r - 40) * math.cos(ang) - 15
                y = r + 5 + (r - 40) * math.sin(ang) - 15
                ld.text((x, y), ch, font=sf, fill=(205, 30, 35, 200))
            rgb.paste(layer, (int(cx - r - 5), int(cy - r - 5)), layer)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        rgb = rgb.rotate(ang, resample=Image.BICUBIC, fillcolor=(246, 246, 246))
        px = rgb.load()
        for _ in range(9000):
            x, y = rnd.randrange(Wpx), rnd.randrange(Hpx)
            v = rnd.randint(120, 210)
            px[x, y] = (v, v, v)
        buf = io.BytesIO()
        rgb.save(buf, "JPEG", quality=45)
        buf.seek(0)
        W, H = A4
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()
    return counts


# ---------------------------------------------------------------- DOCX
def write_docx(path, agency, case_name, docs, seal_word="（印）"):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt
    from docx.oxml.ns import qn
    counts = [len(split_pages(d["text"])) for d in docs]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    allpages = [("cat", catalogue_text(agency, case_name, docs, counts))]
    for d in docs:
        for p in split_pages(d["text"]):
            allpages.append(("doc", p))
    pno = 0
    for idx, (kind, page) in enumerate(allpages):
        for bk, val in parse(page):
            if bk == "T":
                ncol = max(len(r) for r in val)
                t = doc.add_table(rows=0, cols=ncol)
                t.style = "Table Grid"
                for r in val:
                    cells = t.add_row().cells
                    for i, cv in enumerate(r):
                        cells[i].text = cv.strip()
                    if len(r) < ncol:
                        cells[len(r) - 1].merge(cells[ncol - 1])
                        cells[len(r) - 1].text = r[-1].strip()
                continue
            p = doc.add_paragraph()
            if bk == "C":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(val)
                run.bold = True
                run.font.size = Pt(16)
            elif bk == "R":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(val)
            elif bk == "S":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(val.replace("局", "局") + seal_word)
            else:
                p.add_run(val)
        if kind == "doc":
            pno += 1
            fp = doc.add_paragraph(f"第{pno}页")
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if idx < len(allpages) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)
    return counts
