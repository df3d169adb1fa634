"""Shared helpers for the held-out corpus generator: ids, amounts, dates, layout, renderers."""
import datetime as dt
import io
import random
import subprocess

# ---------------------------------------------------------------- identifiers
_UCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = sum(_UCC.index(c) * w for c, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code(prefix2, area6, body8):
    """GB 32100 code: prefix(2) + area(6) + org code(8+check) + check."""
    org = body8 + org_check(body8)
    s17 = prefix2 + area6 + org
    s = sum(_UCC.index(c) * w for c, w in zip(s17, _UCC_W))
    c = 31 - s % 31
    return s17 + _UCC[0 if c == 31 else c]


def credit_ok(code):
    if len(code) != 18 or any(c not in _UCC for c in code):
        return False
    s = sum(_UCC.index(c) * w for c, w in zip(code[:17], _UCC_W))
    c = 31 - s % 31
    return code[17] == _UCC[0 if c == 31 else c]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(area6, birth, seq3):
    s17 = area6 + birth + seq3
    return s17 + "10X98765432"[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def id_ok(n):
    if len(n) != 18 or not n[:17].isdigit():
        return False
    return n[17] == "10X98765432"[sum(int(c) * w for c, w in zip(n[:17], _ID_W)) % 11]


# ---------------------------------------------------------------- amounts
_D = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Integer yuan -> 人民币大写 (…元整)."""
    n = int(n)
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _D[d] + units[i]
        return s
    parts = []
    yi, wan, ge = n // 10 ** 8, n // 10 ** 4 % 10 ** 4, n % 10 ** 4
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    elif out and ge:
        out += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not out.endswith("零"):
            out += "零"
        out += four(ge)
    return out + "元整"


def comma(n):
    return f"{int(n):,}"


# ---------------------------------------------------------------- dates
_CN = "〇一二三四五六七八九"


def _cn_small(n):
    if n < 10:
        return _CN[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + _CN[n % 10]
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def cn_date(d):
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + _cn_small(d.month) + "月" + _cn_small(d.day) + "日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def pad_date(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


def D(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- fonts
def font_file(pattern):
    out = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True).stdout.strip()
    return out


# ---------------------------------------------------------------- layout
# A document is {"title": str, "blocks": [...]}. Blocks:
#  ("title", text) ("sub", text) ("p", text) ("kv", [(label, value), ...], label_mm)
#  ("kv4", [(l1, v1, l2, v2), ...]) ("right", text) ("seal", agency) ("gap", mm) ("pagebreak",)
#  ("grid", [col_mm...], [[cell...], ...]) a ruled table with header row
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM, TM, BM = 22.0, 20.0, 28.0, 22.0
LINE = 6.2
FS = 10.5  # pt
EM = FS * 0.3528  # mm per CJK char


def text_w(s, size=FS):
    em = size * 0.3528
    return sum(em if ord(c) > 0x2000 else em * 0.52 for c in s)


def wrap(s, width, size=FS):
    lines, cur, w = [], "", 0.0
    em = size * 0.3528
    for ch in s:
        if ch == "\n":
            lines.append(cur); cur, w = "", 0.0; continue
        cw = em if ord(ch) > 0x2000 else em * 0.52
        if w + cw > width and cur:
            # keep closing punctuation on the line
            if ch in "，。、；：）」』”！？":
                cur += ch; lines.append(cur); cur, w = "", 0.0; continue
            lines.append(cur); cur, w = "", 0.0
        cur += ch; w += cw
    lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []  # (kind, ...)

    def text(self, x, y, s, size=FS, role="print", color=(0, 0, 0)):
        self.ops.append(("text", x, y, s, size, role, color))

    def line(self, x1, y1, x2, y2, w=0.3):
        self.ops.append(("line", x1, y1, x2, y2, w))

    def seal(self, cx, cy, name):
        self.ops.append(("seal", cx, cy, name))


def layout_doc(doc, value_role="print", p_role=None):
    """Lay a document out on pages. Returns list of Page."""
    if p_role is None:
        p_role = value_role if value_role != "hand" or any(w in doc.get("title", "") for w in ("笔录", "记录")) else "print"
    pages = [Page()]
    y = TM
    width = PAGE_W - LM - RM

    def need(h):
        nonlocal y
        if y + h > PAGE_H - BM:
            pages.append(Page()); y = TM
    for b in doc["blocks"]:
        k = b[0]
        if k == "pagebreak":
            pages.append(Page()); y = TM; continue
        if k == "gap":
            y += b[1]; continue
        if k == "title":
            need(12)
            s = b[1]; size = 17
            pages[-1].text((PAGE_W - text_w(s, size)) / 2, y + 6, s, size, "bold")
            y += 13; continue
        if k == "sub":
            need(LINE)
            s = b[1]
            pages[-1].text((PAGE_W - text_w(s)) / 2, y + 4.5, s, FS, value_role)
            y += LINE + 1; continue
        if k == "right":
            for ln in b[1].split("\n"):
                need(LINE)
                pages[-1].text(PAGE_W - RM - text_w(ln) - 4, y + 4.5, ln, FS, value_role)
                y += LINE
            continue
        if k == "seal":
            pages[-1].seal(PAGE_W - RM - 32, y - 9, b[1]); continue
        if k == "p":
            role = b[2] if len(b) > 2 else p_role
            for para in b[1].split("\n"):
                for ln in wrap("　　" + para if not para.startswith(("【", "（", "—", "附", "□", "■")) else para, width):
                    need(LINE)
                    pages[-1].text(LM, y + 4.5, ln, FS, role)
                    y += LINE
            continue
        if k in ("kv", "kv4", "grid"):
            if k == "kv":
                lw = b[2] if len(b) > 2 else 34
                rows = [[(r[0], lw, "print"), (r[1], width - lw, value_role)] for r in b[1]]
            elif k == "kv4":
                cw = [26, width / 2 - 26, 26, width / 2 - 26]
                rows = [[(r[0], cw[0], "print"), (r[1], cw[1], value_role), (r[2], cw[2], "print"), (r[3], cw[3], value_role)] for r in b[1]]
            else:
                cols = b[1]
                scale = width / sum(cols)
                cols = [c * scale for c in cols]
                rows = []
                for i, r in enumerate(b[2]):
                    rows.append([(c, cols[j], "print" if i == 0 else value_role) for j, c in enumerate(r)])
            for r in rows:
                wrapped = [wrap(c[0], c[1] - 3) for c in r]
                h = max(len(w) for w in wrapped) * LINE + 2
                need(h)
                pg = pages[-1]
                x = LM
                pg.line(LM, y, LM + width, y)
                for (c, wdt, role), wl in zip(r, wrapped):
                    pg.line(x, y, x, y + h)
                    for i, ln in enumerate(wl):
                        pg.text(x + 1.5, y + 1 + 4.5 + i * LINE, ln, FS, role)
                    x += wdt
                pg.line(LM + width, y, LM + width, y + h)
                pg.line(LM, y + h, LM + width, y + h)
                y += h
            y += 2
            continue
        raise ValueError(k)
    return pages


# ---------------------------------------------------------------- PDF renderer (text layer)
def pdf_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    try:
        pdfmetrics.getFont("UKai")
    except KeyError:
        pdfmetrics.registerFont(TTFont("UKai", font_file("AR PL UKai CN"), subfontIndex=0))


def draw_pdf_page(c, page, header=None, footer=None, hand_color=(0.1, 0.15, 0.45)):
    from reportlab.lib.units import mm
    H = PAGE_H
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, size, role, color = op
            if role == "hand":
                c.setFont("UKai", size); c.setFillColorRGB(*hand_color)
            else:
                c.setFont("STSong-Light", size); c.setFillColorRGB(*color)
            c.drawString(x * mm, (H - y) * mm, s)
        elif op[0] == "line":
            _, x1, y1, x2, y2, w = op
            c.setLineWidth(w); c.setStrokeColorRGB(0, 0, 0)
            c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
        elif op[0] == "seal":
            _, cx, cy, name = op
            c.setStrokeColorRGB(0.85, 0.1, 0.1); c.setFillColorRGB(0.85, 0.1, 0.1); c.setLineWidth(1.6)
            c.circle(cx * mm, (H - cy) * mm, 19 * mm, stroke=1, fill=0)
            c.setFont("STSong-Light", 7.5)
            c.drawCentredString(cx * mm, (H - cy) * mm + 4 * mm, name[:14])
            c.setFont("STSong-Light", 14)
            c.drawCentredString(cx * mm, (H - cy) * mm - 3 * mm, "★")
            c.setFillColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    if header:
        c.setFont("STSong-Light", 8.5)
        c.drawString(LM * mm, (H - 12) * mm, header[0])
        c.drawRightString((PAGE_W - RM) * mm, (H - 12) * mm, header[1])
        c.setLineWidth(0.6); c.line(LM * mm, (H - 14) * mm, (PAGE_W - RM) * mm, (H - 14) * mm)
    if footer:
        c.setFont("STSong-Light", 9)
        c.drawRightString((PAGE_W - RM) * mm, 11 * mm, footer)


# ---------------------------------------------------------------- raster renderer
_PIL_FONTS = {}


def pil_font(role, px):
    from PIL import ImageFont
    key = (role, px)
    if key not in _PIL_FONTS:
        if role == "hand":
            _PIL_FONTS[key] = ImageFont.truetype(font_file("AR PL UKai CN"), px, index=0)
        else:
            f = font_file("Noto Serif CJK SC:style=Regular")
            if "Serif" not in f:
                f = font_file("Noto Sans CJK SC")
            idx = 2 if f.endswith(".ttc") else 0
            try:
                _PIL_FONTS[key] = ImageFont.truetype(f, px, index=idx)
            except Exception:
                _PIL_FONTS[key] = ImageFont.truetype(f, px, index=0)
    return _PIL_FONTS[key]


def raster_page(page, dpi, header=None, footer=None, mode="L", seal_grey=True):
    from PIL import Image, ImageDraw
    k = dpi / 25.4
    W, H = int(PAGE_W * k), int(PAGE_H * k)
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, size, role, color = op
            px = int(size * 0.3528 * k)
            f = pil_font(role, px)
            col = (25, 38, 110) if role == "hand" else (0, 0, 0)
            d.text((x * k, y * k - px * 0.92), s, font=f, fill=col)
        elif op[0] == "line":
            _, x1, y1, x2, y2, w = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=(0, 0, 0), width=max(1, int(w * k * 0.9)))
        elif op[0] == "seal":
            _, cx, cy, name = op
            r = 19 * k
            red = (200, 30, 30)
            d.ellipse([cx * k - r, cy * k - r, cx * k + r, cy * k + r], outline=red, width=max(2, int(1.4 * k)))
            f = pil_font("print", int(2.6 * k))
            tw = d.textlength(name[:14], font=f)
            d.text((cx * k - tw / 2, cy * k - 6 * k), name[:14], font=f, fill=red)
            f2 = pil_font("print", int(5 * k))
            tw = d.textlength("★", font=f2)
            d.text((cx * k - tw / 2, cy * k - 1 * k), "★", font=f2, fill=red)
    if header:
        f = pil_font("print", int(3.0 * k))
        d.text((LM * k, 9 * k), header[0], font=f, fill=(0, 0, 0))
        tw = d.textlength(header[1], font=f)
        d.text(((PAGE_W - RM) * k - tw, 9 * k), header[1], font=f, fill=(0, 0, 0))
        d.line([(LM * k, 14 * k), ((PAGE_W - RM) * k, 14 * k)], fill=(0, 0, 0), width=max(1, int(0.5 * k)))
    if footer:
        f = pil_font("print", int(3.2 * k))
        tw = d.textlength(footer, font=f)
        d.text(((PAGE_W - RM) * k - tw, (PAGE_H - 14) * k), footer, font=f, fill=(0, 0, 0))
    return img


def scanify(img, rng, angle=None, noise=10, rot=0):
    """Greyscale, slight skew, speckle noise, optional 90/180 rotation."""
    import numpy as np
    from PIL import Image
    g = img.convert("L")
    a = angle if angle is not None else rng.uniform(-1.2, 1.2)
    g = g.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=250)
    arr = np.asarray(g).astype("int16")
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    arr = arr + nrng.normal(0, noise, arr.shape).astype("int16")
    arr = np.clip(arr, 0, 255).astype("uint8")
    g = Image.fromarray(arr, "L")
    if rot:
        g = g.rotate(rot, expand=True)
    return g


def jpeg_bytes(img, q=38):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=True)
    return b.getvalue()


def images_to_pdf(path, jpegs_with_size, dpi):
    """Image-only PDF: each JPEG on its own page, page size from pixel size and dpi."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path)
    c.setAuthor(""); c.setCreator(""); c.setProducer("")
    for data, (w, h) in jpegs_with_size:
        pw, ph = w / dpi * 72, h / dpi * 72
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- plain-text rendering of blocks
def doc_to_lines(doc, width=38, style="plain"):
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            out.append(" " * max(0, (width - len(b[1])) // 2 * 2 // 2) + b[1])
        elif k == "sub":
            out.append(" " * 8 + b[1])
        elif k == "p":
            for para in b[1].split("\n"):
                out.extend(wrap_plain(("　　" if not para.startswith(("【", "（", "—", "附", "□", "■")) else "") + para, width))
        elif k == "kv":
            for lab, val in b[1]:
                if style == "bracket":
                    out.extend(wrap_plain(f"【{lab}】{val}", width))
                else:
                    out.extend(wrap_plain(f"{lab}：{val}", width))
        elif k == "kv4":
            for l1, v1, l2, v2 in b[1]:
                if style == "bracket":
                    out.append(f"【{l1}】{v1}　　【{l2}】{v2}")
                else:
                    out.append(f"{l1}：{v1}　　{l2}：{v2}")
        elif k == "grid":
            for r in b[2]:
                out.append(" | ".join(r))
        elif k == "right":
            for ln in b[1].split("\n"):
                out.append(" " * 24 + ln)
        elif k == "seal":
            out.append(" " * 24 + "（印章）")
        elif k == "gap":
            out.append("")
        elif k == "pagebreak":
            out.append("\f")
    return out


def wrap_plain(s, width):
    res, cur = [], ""
    for ch in s:
        cur += ch
        if sum(2 if ord(c) > 0x2000 else 1 for c in cur) >= width * 2:
            res.append(cur); cur = ""
    if cur or not res:
        res.append(cur)
    return res
