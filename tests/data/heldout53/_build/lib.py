"""Shared assembly helpers for the heldout53 corpus (hand-written cases, platform-printout style)."""
import os, re, io, random, math
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_U = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc(base17):
    w = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
    s = sum(_U.index(c)*w[i] for i, c in enumerate(base17))
    return base17 + _U[(31 - s % 31) % 31]
def idno(base17):
    w = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    s = sum(int(c)*w[i] for i, c in enumerate(base17))
    return base17 + "10X98765432"[s % 11]

def kv(*pairs):
    """Flatten a two-column platform table to `字段名    值` lines."""
    out = []
    for k, v in pairs:
        out.append(f"{k}    {v}")
    return out

def assemble(case_title, docs, foot="none", catalogue=True, wrong_pages=None):
    """docs: list of (title, wenhao_or_None, lines). One document = one page.
    Returns list of page strings, 卷内目录 first, 备考表 last."""
    n = len(docs) + (2 if catalogue else 1)
    pages = []
    if catalogue:
        cat = ["卷 内 目 录", "", f"案卷题名    {case_title}", "", "序号    文书名称    页码"]
        for i, (t, wh, _) in enumerate(docs, 1):
            p = i + 1
            rng = (wrong_pages or {}).get(i, f"{p}")
            cat.append(f"{i}    {t.replace(' ', '')}{('（'+wh+'）') if wh else ''}    {rng}")
        cat.append(f"{len(docs)+1}    备考表    {n}")
        pages.append(cat)
    for t, wh, lines in docs:
        body = [t, "（扫码核验）"]
        if wh:
            body.append(" " * 40 + wh)
        body.append("")
        body += lines
        pages.append(body)
    pages.append(["备 考 表", "", f"本卷共{len(docs)}件，{n}页。", "立卷人    （签名）", "检查人    （签名）"])
    out = []
    for i, p in enumerate(pages, 1):
        f = {"none": "", "dash": f"- {i} -", "frac": f"{i}/{n}", "cn": f"第{i}页 共{n}页"}[foot]
        out.append("\n".join(p + ([""] + [f] if f else [])))
    return out

def write_txt_ff(name, pages, enc="utf-8"):
    with open(os.path.join(OUT, name + ".txt"), "w", encoding=enc, newline="\n") as fh:
        fh.write("\n\f".join(pages) + "\n")

def write_folder(name, pages, docnames):
    d = os.path.join(OUT, name); os.makedirs(d, exist_ok=True)
    for i, (p, dn) in enumerate(zip(pages, docnames), 1):
        with open(os.path.join(d, f"{i:02d}_{dn}.txt"), "w", encoding="utf-8") as fh:
            fh.write(p + "\n")

def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("ZH")
    except KeyError:
        pdfmetrics.registerFont(TTFont("ZH", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    return "ZH"

def write_pdf_text(name, pages):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    f = _font(); W, H = A4
    c = canvas.Canvas(os.path.join(OUT, name + ".pdf"), pagesize=A4)
    for p in pages:
        lines = p.split("\n"); y = H - 70
        first = True
        for ln in lines:
            s = ln.strip()
            if first and s:
                c.setFont(f, 18); c.drawCentredString(W/2, y, s); y -= 28; first = False; continue
            if re.fullmatch(r"- \d+ -|\d+/\d+|第\d+页 共\d+页", s):
                c.setFont(f, 9); c.drawCentredString(W/2, 30, s); continue
            if ln.startswith(" " * 20):
                c.setFont(f, 10.5); c.drawRightString(W - 60, y, s); y -= 18; continue
            if s == "（扫码核验）":
                c.setFont(f, 8); c.rect(W - 110, H - 110, 40, 40); c.drawString(W - 115, H - 120, s); continue
            parts = re.split(r" {4,}", s)
            c.setFont(f, 10.5)
            if len(parts) >= 2 and s:
                # draw a ruled table row
                c.line(60, y + 13, W - 60, y + 13); c.line(60, y - 5, W - 60, y - 5)
                c.line(60, y - 5, 60, y + 13); c.line(W - 60, y - 5, W - 60, y + 13); c.line(175, y - 5, 175, y + 13)
                c.drawString(64, y, parts[0]); txt = "　".join(parts[1:])
                chunk = 34
                c.drawString(180, y, txt[:chunk]); rest = txt[chunk:]
                while rest:
                    y -= 18; c.line(60, y - 5, 60, y + 13); c.line(W - 60, y - 5, W - 60, y + 13); c.line(175, y - 5, 175, y + 13)
                    c.line(175, y - 5, W - 60, y - 5)
                    c.drawString(180, y, rest[:chunk]); rest = rest[chunk:]
                y -= 18
            else:
                while len(s) > 44:
                    c.drawString(60, y, s[:44]); s = s[44:]; y -= 18
                c.drawString(60, y, s); y -= 18
        c.showPage()
    c.save()

def write_docx(name, pages):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    for pi, p in enumerate(pages):
        lines = p.split("\n"); table = None; first = True
        for ln in lines:
            s = ln.strip()
            if first and s:
                para = d.add_paragraph(s); para.alignment = WD_ALIGN_PARAGRAPH.CENTER; first = False; continue
            if ln.startswith(" " * 20):
                para = d.add_paragraph(s); para.alignment = WD_ALIGN_PARAGRAPH.RIGHT; table = None; continue
            parts = re.split(r" {4,}", s)
            if len(parts) >= 2:
                if table is None or len(table.columns) != len(parts):
                    table = d.add_table(rows=0, cols=len(parts)); table.style = "Table Grid"
                row = table.add_row().cells
                for i, x in enumerate(parts): row[i].text = x
            else:
                table = None
                if s: d.add_paragraph(s)
        if pi < len(pages) - 1:
            d.add_page_break()
    d.save(os.path.join(OUT, name + ".docx"))

def write_pdf_scan(name, pages, seal_text, seal_pages):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(53)
    W, H = 1654, 2339
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 30)
    tfont = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 46)
    sfont = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 28)
    c = canvas.Canvas(os.path.join(OUT, name + ".pdf"), pagesize=A4)
    for pi, p in enumerate(pages):
        img = Image.new("RGB", (W, H), "white"); dr = ImageDraw.Draw(img)
        y = 150; first = True; seal_y = None
        for ln in p.split("\n"):
            s = ln.strip()
            if first and s:
                w = dr.textlength(s, font=tfont); dr.text(((W - w)/2, y), s, font=tfont, fill=(20, 20, 20)); y += 80; first = False; continue
            if ln.startswith(" " * 20):
                w = dr.textlength(s, font=font); dr.text((W - 160 - w, y), s, font=font, fill=(20, 20, 20)); y += 48
                if s[:1] in "二〇" or "年" in s: seal_y = y - 60
                continue
            if re.fullmatch(r"- \d+ -|\d+/\d+|第\d+页 共\d+页", s):
                w = dr.textlength(s, font=font); dr.text(((W - w)/2, H - 120), s, font=font, fill=(40, 40, 40)); continue
            s = re.sub(r" {4,}", "　　", s)
            while len(s) > 42:
                dr.text((160, y), s[:42], font=font, fill=(20, 20, 20)); s = s[42:]; y += 48
            dr.text((160, y), s, font=font, fill=(20, 20, 20)); y += 48
        if pi in seal_pages:
            cx, cy, r = W - 400, (seal_y or y - 150), 150
            seal = Image.new("RGBA", (W, H), (0, 0, 0, 0)); sd = ImageDraw.Draw(seal)
            red = (210, 30, 30, 170)
            sd.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=8)
            # star
            pts = []
            for k in range(10):
                a = -math.pi/2 + k*math.pi/5; rr = 38 if k % 2 == 0 else 15
                pts.append((cx + rr*math.cos(a), cy + rr*math.sin(a)))
            sd.polygon(pts, fill=red)
            n = len(seal_text)
            for k, ch in enumerate(seal_text):
                a = math.radians(-210 + 240 * k / max(n - 1, 1))
                x = cx + (r - 40)*math.cos(a); yy = cy + (r - 40)*math.sin(a)
                sd.text((x - 14, yy - 16), ch, font=sfont, fill=red)
            img = Image.alpha_composite(img.convert("RGBA"), seal).convert("RGB")
        # greyscale page, red seal kept in colour
        r_, g_, b_ = img.split()
        import PIL.ImageChops as IC
        redmask = IC.subtract(r_, g_).point(lambda v: 255 if v > 60 else 0)
        grey = img.convert("L")
        out = Image.merge("RGB", (grey, grey, grey))
        out.paste(Image.new("RGB", (W, H), (200, 45, 45)), (0, 0), redmask)
        out = out.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), fillcolor=(255, 255, 255), resample=Image.BICUBIC)
        out = out.filter(ImageFilter.GaussianBlur(0.8))
        px = out.load()
        for _ in range(300):
            x, yy = rnd.randrange(W), rnd.randrange(H); v = rnd.randrange(90, 200); px[x, yy] = (v, v, v)
        g = out if pi in seal_pages else out.convert("L")
        buf = io.BytesIO(); g.save(buf, "JPEG", quality=45, dpi=(200, 200)); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1]); c.showPage()
    c.save()
