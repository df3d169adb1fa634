"""Renderers: layout of the document model onto pages, and writers for each output format."""
import io
import math
import random
import subprocess
import zipfile

from common import page_text


def font_file(family):
    """Locate a system font by family name (fc-match), so no machine path is written in the sources."""
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True).stdout.strip()


def cw(ch):
    return 0.55 if ord(ch) < 0x2E80 else 1.0


def swidth(s, size):
    return sum(cw(c) for c in s) * size


def wrap(s, size, width):
    lines, cur, w = [], "", 0.0
    for ch in s:
        c = cw(ch) * size
        if w + c > width and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += c
    if cur or not lines:
        lines.append(cur)
    return lines


def flatten(page):
    out = []
    for it in page:
        if it[0] == "box":
            out.append(("boxstart",))
            out.extend(it[1])
            out.append(("boxend",))
        else:
            out.append(it)
    return out


def layout(page, W, H, margin=18.0, size=3.7, footer=None, label_w=None):
    """Lay a page out on a W x H (mm) sheet. Returns list of ops:
    ("text", x, y_top, s, size, role) role in title/label/value/body/hand ; ("seal", cx, cy, r) ; ("rect", x, y, w, h)."""
    ops = []
    y = margin
    lh = size * 1.75
    inner = W - 2 * margin
    lw = label_w or size * 7
    last_r = None
    box_top = None
    first_h = True
    for it in flatten(page):
        k = it[0]
        if k == "h":
            s = size * (1.45 if first_h else 1.3)
            first_h = False
            ops.append(("text", (W - swidth(it[1], s)) / 2, y, it[1], s, "title"))
            y += s * 1.8
        elif k == "sub":
            ops.append(("text", (W - swidth(it[1], size)) / 2, y, it[1], size, "title"))
            y += lh * 1.2
        elif k == "p":
            for i, ln in enumerate(wrap("　　" + it[1] if not it[1].endswith("：") else it[1], size, inner)):
                ops.append(("text", margin, y, ln, size, "body"))
                y += lh
        elif k == "kv":
            lab = it[1] + "："
            ls = size if swidth(lab, size) <= lw else lw / max(1, swidth(lab, 1))
            ops.append(("text", margin, y, lab, min(size, ls), "label"))
            vl = wrap(it[2], size, inner - lw - 2)
            for j, ln in enumerate(vl):
                ops.append(("text", margin + lw + 2, y, ln, size, "value"))
                y += lh
        elif k == "r":
            x = W - margin - swidth(it[1], size) - 8
            ops.append(("text", x, y, it[1], size, "body"))
            last_r = (x, y)
            y += lh
        elif k in ("sign", "hand"):
            x = W - margin - swidth(it[1], size * 1.15) - 8
            ops.append(("text", x, y, it[1], size * 1.15, "hand"))
            if k == "hand":
                last_r = (x, y)
            y += lh * 1.1
        elif k == "seal":
            if last_r:
                ops.append(("seal", last_r[0] + 18, last_r[1] + size * 1.2, 19.0, it[1]))
        elif k == "gap":
            y += lh * 0.8
        elif k == "boxstart":
            box_top = y - 2
        elif k == "boxend":
            ops.append(("rect", margin - 2, box_top, inner + 4, y - box_top + 1))
            y += 2
    if footer:
        ops.append(("text", (W - swidth(footer, size * 0.9)) / 2, H - margin * 0.75, footer, size * 0.9, "footer"))
    if y > H - margin * 0.9:
        raise ValueError(f"page overflow ({y:.0f}mm > {H}): {page_text(page)[:2]}")
    # a seal over the final 落款 in pages with hand dates: keep
    return ops


def footer_for(d, i, style="第{n}页"):
    if not d["numbered"]:
        return None
    return style.format(n=d["first"] + i)


# ------------------------------------------------------------------ reportlab PDFs
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    try:
        pdfmetrics.registerFont(TTFont("UKai", font_file("AR PL UKai CN"), subfontIndex=0))
        hand = "UKai"
    except Exception:
        hand = "STSong-Light"
    return "STSong-Light", hand


def _rl_draw(c, ops, ox, oy, H, fonts, order=None, seal_color=(0.85, 0.1, 0.1)):
    from reportlab.lib.units import mm
    body, hand = fonts
    seq = ops if order is None else order(ops)
    for op in seq:
        if op[0] == "text":
            _, x, y, s, size, role = op
            c.setFont(hand if role == "hand" else body, size * mm / 0.3528 * 0.3528)
            c.setFillColorRGB(0.1, 0.1, 0.35) if role == "hand" else c.setFillColorRGB(0, 0, 0)
            c.drawString(ox + x * mm, oy + (H - y - size * 0.85) * mm, s)
        elif op[0] == "rect":
            _, x, y, w, h = op
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.6)
            c.rect(ox + x * mm, oy + (H - y - h) * mm, w * mm, h * mm)
        elif op[0] == "seal":
            cx, cy, r = op[1:4]
            c.setStrokeColorRGB(*seal_color)
            c.setFillColorRGB(*seal_color)
            c.setLineWidth(1.6)
            c.circle(ox + cx * mm, oy + (H - cy) * mm, r * mm, stroke=1, fill=0)
            _star(c, ox + cx * mm, oy + (H - cy) * mm, r * 0.32 * mm)
            c.setFillColorRGB(0, 0, 0)


def _star(c, x, y, r):
    p = c.beginPath()
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.4
        (p.moveTo if i == 0 else p.lineTo)(x + rr * math.cos(a), y + rr * math.sin(a))
    p.close()
    c.drawPath(p, fill=1, stroke=0)


def pdf_text(path, pages, title, author, order=None):
    """pages: list of ops lists for A4 portrait pages."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    fonts = _rl_fonts()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author)
    for ops in pages:
        _rl_draw(c, ops, 0, 0, 297, fonts, order=order)
        c.showPage()
    c.save()


def pdf_2up(path, a5pages, title, author):
    """Two A5 pages side by side on landscape A4."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    fonts = _rl_fonts()
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author)
    for i in range(0, len(a5pages), 2):
        for j, ops in enumerate(a5pages[i:i + 2]):
            _rl_draw(c, ops, j * 148.5 * mm, 0, 210, fonts)
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.setDash(2, 3)
        c.line(148.5 * mm, 5 * mm, 148.5 * mm, 205 * mm)
        c.setDash()
        c.showPage()
    c.save()


def labels_first(ops):
    """Content-stream order: titles and form labels first, then every value and paragraph."""
    first = [o for o in ops if o[0] == "text" and o[5] in ("title", "label")]
    rest = [o for o in ops if not (o[0] == "text" and o[5] in ("title", "label"))]
    # values sorted bottom-up, as some form generators emit them
    rest_text = sorted([o for o in rest if o[0] == "text"], key=lambda o: -o[2])
    return first + rest_text + [o for o in rest if o[0] != "text"]


# ------------------------------------------------------------------ raster pages (scans)
def raster(ops, W, H, dpi, mode="L", seed=0, seal_rgb=(200, 30, 30), tint=None, ink=(25, 25, 90)):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    k = dpi / 25.4
    bg = tint or ((248, 246, 240) if mode == "RGB" else 246)
    img = Image.new(mode, (int(W * k), int(H * k)), bg)
    dr = ImageDraw.Draw(img)
    cache = {}
    body_f = font_file("Noto Serif CJK SC")
    hand_f = font_file("AR PL UKai CN")

    def F(size, hand=False):
        key = (round(size * k), hand)
        if key not in cache:
            cache[key] = ImageFont.truetype(hand_f if hand else body_f, key[0], index=0)
        return cache[key]
    black = (20, 20, 20) if mode == "RGB" else 25
    seals = []
    for op in ops:
        if op[0] == "text":
            _, x, y, s, size, role = op
            hand = role == "hand"
            col = (ink if mode == "RGB" else 60) if hand else black
            jx = rnd.uniform(-0.3, 0.3) if hand else 0
            dr.text(((x + jx) * k, (y - size * 0.15) * k), s, font=F(size, hand), fill=col)
        elif op[0] == "rect":
            _, x, y, w, h = op
            dr.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=black, width=max(1, int(k * 0.25)))
        elif op[0] == "seal":
            seals.append(op)
    for sop in seals:
        cx, cy, r, seal_name = sop[1:5]
        if mode == "RGB":
            ov = Image.new("RGBA", img.size, (0, 0, 0, 0))
            od = ImageDraw.Draw(ov)
            col = seal_rgb + (170,)
            rr = r * k
            od.ellipse([cx * k - rr, cy * k - rr, cx * k + rr, cy * k + rr], outline=col, width=int(k * 1.1))
            pts = []
            for i in range(10):
                a = -math.pi / 2 + i * math.pi / 5
                q = rr * (0.3 if i % 2 == 0 else 0.12)
                pts.append((cx * k + q * math.cos(a), cy * k + q * math.sin(a)))
            od.polygon(pts, fill=col)
            f = F(3.2)
            name = seal_name
            for i, ch in enumerate(name):
                a = math.pi + (i + 0.5) * math.pi / len(name)
                od.text((cx * k + rr * 0.72 * math.cos(a) - f.size / 2, cy * k + rr * 0.72 * math.sin(a) - f.size / 2),
                        ch, font=f, fill=col)
            img = Image.alpha_composite(img.convert("RGBA"), ov).convert("RGB")
            dr = ImageDraw.Draw(img)
        else:
            rr = r * k
            dr.ellipse([cx * k - rr, cy * k - rr, cx * k + rr, cy * k + rr], outline=120, width=int(k * 1.0))
    # scan artefacts: a few specks, slight skew
    for _ in range(40):
        px, py = rnd.randrange(img.size[0]), rnd.randrange(img.size[1])
        dr.point((px, py), fill=(120, 120, 120) if mode == "RGB" else 120)
    img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, expand=False,
                     fillcolor=bg)
    return img


def images_to_pdf(path, images, dpi, quality):
    """Image-only PDF; every page a JPEG (DCT) stream."""
    from PIL import Image
    conv = []
    for im in images:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality, optimize=True)
        b.seek(0)
        conv.append(Image.open(b))
    conv[0].save(str(path), "PDF", save_all=True, append_images=conv[1:], resolution=dpi,
                 title="", author="", creator="", producer="")


# ------------------------------------------------------------------ DOCX
def _box_xml(items, n):
    from xml.sax.saxutils import escape
    paras = []
    for it in items:
        if it[0] == "kv":
            t = f"{it[1]}：{it[2]}"
        else:
            t = it[1]
        paras.append('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:sz w:val="21"/></w:rPr>'
                     f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>')
    h = 24 + 30 * len(items) + sum(14 * (len(it[2]) // 34) for it in items if it[0] == "kv")
    return ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            f'<w:pict><v:shape id="TextBox{n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
            f'style="width:425pt;height:{h}pt" strokeweight="0.75pt" stroked="t" strokecolor="#000000">'
            '<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>' + "".join(paras) +
            '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def docx_write(path, pages, header_text, author, use_boxes=True, footers=None):
    """pages: list of page item lists; footers: list of footer strings (or None) per page."""
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    dc = Document()
    sec = dc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.3)
    sec.left_margin = sec.right_margin = Cm(2.4)
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st = dc.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(2)
    cp = dc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = "行政处罚案卷"
    cp.comments = ""
    nbox = 0
    for pi, page in enumerate(pages):
        first_h = True
        for it in page:
            k = it[0]
            if k == "box" and use_boxes:
                nbox += 1
                p = dc.add_paragraph()
                p._p.append(parse_xml(_box_xml(it[1], nbox)))
                continue
            items = it[1] if k == "box" else [it]
            for it2 in items:
                k2 = it2[0]
                if k2 == "seal":
                    p = dc.add_paragraph("（印章）")
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    continue
                if k2 == "gap":
                    dc.add_paragraph("")
                    continue
                txt = f"{it2[1]}：{it2[2]}" if k2 == "kv" else it2[1]
                p = dc.add_paragraph()
                r = p.add_run(txt)
                if k2 == "h":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r.bold = True
                    r.font.size = Pt(16 if first_h else 14)
                    first_h = False
                elif k2 == "sub":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif k2 in ("r", "sign", "hand"):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif k2 == "p":
                    p.paragraph_format.first_line_indent = Pt(21)
        if footers and footers[pi]:
            p = dc.add_paragraph(footers[pi])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if pi < len(pages) - 1:
            dc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    dc.save(str(path))


# ------------------------------------------------------------------ TXT (GB18030, vertical-bar forms)
FW = str.maketrans({":": "：", ",": "，", "(": "（", ")": "）", ";": "；", "“": "「", "”": "」", "‘": "『", "’": "』"})


def txt_page(page, footer, width=36):
    out = []
    rows = []

    def flush():
        if not rows:
            return
        lw = max(len(r[0]) for r in rows)
        out.append("┌" + "─" * (lw + 1) + "┬" + "─" * (width - lw) + "┐")
        for i, (a, b) in enumerate(rows):
            chunks = [b[j:j + width - lw - 1] for j in range(0, max(1, len(b)), width - lw - 1)] or [""]
            for ci, ch in enumerate(chunks):
                out.append("｜" + (a if ci == 0 else "").ljust(lw, "　") + "｜" + ch.ljust(width - lw - 1, "　") + "｜")
            if i < len(rows) - 1:
                out.append("├" + "─" * (lw + 1) + "┼" + "─" * (width - lw) + "┤")
        out.append("└" + "─" * (lw + 1) + "┴" + "─" * (width - lw) + "┘")
        rows.clear()
    for it in flatten(page):
        k = it[0]
        if k == "kv":
            rows.append((it[1].translate(FW), it[2].translate(FW)))
            continue
        flush()
        if k in ("boxstart", "boxend"):
            continue
        if k == "h":
            out.append("　" * max(0, (width - len(it[1])) // 2) + it[1])
        elif k == "sub":
            out.append("　" * max(0, (width - len(it[1])) // 2) + it[1])
        elif k == "p":
            t = ("　　" + it[1]).translate(FW)
            out.extend(t[j:j + width] for j in range(0, len(t), width))
        elif k in ("r", "sign", "hand"):
            out.append("　" * max(0, width - len(it[1])) + it[1].translate(FW))
        elif k == "seal":
            out.append("　" * (width - 6) + "（印章）")
        elif k == "gap":
            out.append("")
    flush()
    if footer:
        out.append("")
        out.append("　" * (width // 2 - 2) + footer)
    return "\r\n".join(out)


# ------------------------------------------------------------------ OFD (GB/T 33190)
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _delta(s, size):
    ds = [round(cw(c) * size, 2) for c in s[:-1]]
    if not ds:
        return None
    out, i = [], 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        n = j - i
        out.append(f"g {n} {ds[i]}" if n > 1 else f"{ds[i]}")
        i = j
    return " ".join(out)


def ofd_write(path, pages_ops, title, doc_id, created, W=210, H=297):
    from xml.sax.saxutils import escape
    uid = [0]

    def nid():
        uid[0] += 1
        return uid[0]
    z = zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED)
    z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {NS} Version="1.0" DocType="OFD">'
               f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>'
               f'<ofd:CreationDate>{created}</ofd:CreationDate></ofd:DocInfo>'
               '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    f_body, f_hand = nid(), nid()
    z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
               f'<ofd:Font ID="{f_body}" FontName="宋体" FamilyName="宋体"/>'
               f'<ofd:Font ID="{f_hand}" FontName="楷体" FamilyName="楷体"/></ofd:Fonts></ofd:Res>')
    page_refs = []
    for pi, ops in enumerate(pages_ops):
        layer = nid()
        objs = []
        for op in ops:
            if op[0] == "text":
                _, x, y, s, size, role = op
                w = swidth(s, size) + 1
                dx = _delta(s, size)
                dxa = f' DeltaX="{dx}"' if dx else ""
                objs.append(f'<ofd:TextObject ID="{nid()}" Boundary="{x:.2f} {y:.2f} {w:.2f} {size * 1.4:.2f}" '
                            f'Font="{f_hand if role == "hand" else f_body}" Size="{size:.2f}">'
                            + ('<ofd:FillColor Value="30 30 110"/>' if role == "hand" else "") +
                            f'<ofd:TextCode X="0" Y="{size:.2f}"{dxa}>{escape(s)}</ofd:TextCode></ofd:TextObject>')
            elif op[0] == "rect":
                _, x, y, w, h = op
                objs.append(f'<ofd:PathObject ID="{nid()}" Boundary="{x:.2f} {y:.2f} {w:.2f} {h:.2f}" LineWidth="0.25">'
                            f'<ofd:AbbreviatedData>M 0 0 L {w:.2f} 0 L {w:.2f} {h:.2f} L 0 {h:.2f} C</ofd:AbbreviatedData></ofd:PathObject>')
            elif op[0] == "seal":
                cx, cy, r = op[1:4]
                kk = 0.5523 * r
                d = (f"M 0 {r} B 0 {r - kk:.2f} {r - kk:.2f} 0 {r} 0 B {r + kk:.2f} 0 {2 * r} {r - kk:.2f} {2 * r} {r} "
                     f"B {2 * r} {r + kk:.2f} {r + kk:.2f} {2 * r} {r} {2 * r} B {r - kk:.2f} {2 * r} 0 {r + kk:.2f} 0 {r} C")
                objs.append(f'<ofd:PathObject ID="{nid()}" Boundary="{cx - r:.2f} {cy - r:.2f} {2 * r:.2f} {2 * r:.2f}" '
                            f'LineWidth="0.9" Stroke="true" Fill="false"><ofd:StrokeColor Value="220 30 30"/>'
                            f'<ofd:AbbreviatedData>{d}</ofd:AbbreviatedData></ofd:PathObject>')
        pid = nid()
        page_refs.append((pid, f"Pages/Page_{pi}/Content.xml"))
        z.writestr(f"Doc_0/Pages/Page_{pi}/Content.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Content><ofd:Layer ID="{layer}">'
                   + "\n".join(objs) + '</ofd:Layer></ofd:Content></ofd:Page>')
    pages_xml = "".join(f'<ofd:Page ID="{i}" BaseLoc="{loc}"/>' for i, loc in page_refs)
    z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {NS}><ofd:CommonData>'
               f'<ofd:MaxUnitID>{uid[0]}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {W} {H}</ofd:PhysicalBox>'
               '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
               f'<ofd:Pages>{pages_xml}</ofd:Pages></ofd:Document>')
    z.close()
