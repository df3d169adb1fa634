"""Backends: pages -> text-layer PDF (reportlab), raster images (PIL), OFD (GB/T 33190 XML in a ZIP)."""
import io
import math
import random
import zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from layout import FONTS, H, W, pil_font, seal_image, text_width

_registered = set()
rl_config.useA85 = 0   # store JPEG/Flate streams as binary, not ASCII85 (smaller files)


def _reg(key):
    if key not in _registered:
        path, idx = FONTS[key]
        pdfmetrics.registerFont(TTFont("F_" + key, path, subfontIndex=idx))
        _registered.add(key)


def add_page_numbers(pages, style="plain", font="song", size=10.5):
    """Print each numbered page's number at the bottom right (or centred for 'dash')."""
    for p in pages:
        if not p.number:
            continue
        if style == "plain":
            s = str(p.number)
            p.ops.append(("T", W - 60 - text_width(s, font, size), H - 40, s, font, size, (0, 0, 0), False))
        elif style == "dash":
            s = f"— {p.number} —"
            p.ops.append(("T", (W - text_width(s, font, size)) / 2, H - 38, s, font, size, (0, 0, 0), False))
        elif style == "page":
            s = f"第 {p.number} 页"
            p.ops.append(("T", W - 64 - text_width(s, font, size), H - 38, s, font, size, (0, 0, 0), False))
        elif style == "hand":
            s = str(p.number)
            p.ops.append(("T", W - 58, H - 36, s, "kai", 13, (25, 25, 25), True))


def add_running(pages, header=None, footer=None, font="song", size=8.5, skip_unnumbered=True):
    for p in pages:
        if skip_unnumbered and not p.number:
            continue
        if header:
            p.ops.append(("T", 70, 40, header, font, size, (90, 90, 90), False))
            p.ops.append(("L", 70, 45, W - 64, 45, 0.4, (120, 120, 120)))
        if footer:
            p.ops.append(("T", 70, H - 40, footer, font, size, (90, 90, 90), False))


# ------------------------------------------------------------------ PDF with text layer
def to_pdf(pages, path, title="", author="", subject="", creator="", when=None):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator(creator)
    c.setProducer(creator)
    for p in pages:
        for op in p.ops:
            kind = op[0]
            if kind == "T":
                _, x, y, s, font, size, color, hand = op
                _reg(font)
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont("F_" + font, size)
                c.drawString(x, H - y, s)
            elif kind == "L":
                _, x1, y1, x2, y2, lw, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif kind == "S":
                _, cx, cy, r, ag, sub, color = op
                img = seal_image(ag, sub, color=color)
                c.drawImage(ImageReader(img), cx - r, H - cy - r, 2 * r, 2 * r, mask="auto")
        c.showPage()
    c.save()


# ------------------------------------------------------------------ raster
def rasterize(page, dpi=110, paper=(255, 255, 255), seed=0, hand_jitter=1.0):
    rnd = random.Random(seed)
    s = dpi / 72.0
    img = Image.new("RGB", (int(W * s), int(H * s)), paper)
    d = ImageDraw.Draw(img)
    seals = []
    for op in page.ops:
        kind = op[0]
        if kind == "T":
            _, x, y, text, font, size, color, hand = op
            if hand:
                f = pil_font(font, size * s * 1.06)
                cx = x * s
                for ch in text:
                    dy = rnd.uniform(-1.2, 1.2) * s * hand_jitter
                    ink = tuple(max(0, min(255, v + rnd.randint(-18, 18))) for v in color)
                    d.text((cx + rnd.uniform(-0.6, 0.6) * s, y * s + dy), ch, font=f, fill=ink, anchor="ls")
                    cx += f.getlength(ch) * rnd.uniform(0.96, 1.08)
            else:
                f = pil_font(font, size * s)
                d.text((x * s, y * s), text, font=f, fill=color, anchor="ls")
        elif kind == "L":
            _, x1, y1, x2, y2, lw, color = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=color, width=max(1, int(round(lw * s))))
        elif kind == "S":
            seals.append(op)
    for _, cx, cy, r, ag, sub, color in seals:
        si = seal_image(ag, sub, color=color).rotate(rnd.uniform(-25, 25), resample=Image.BICUBIC)
        px = int(2 * r * s)
        si = si.resize((px, px), Image.LANCZOS)
        # multiply-blend the seal over the print
        region = img.crop((int((cx - r) * s), int((cy - r) * s), int((cx - r) * s) + px, int((cy - r) * s) + px))
        a = np.asarray(si).astype(np.float32) / 255.0
        base = np.asarray(region).astype(np.float32) / 255.0
        alpha = a[..., 3:4] * rnd.uniform(0.75, 0.95)
        out = base * (1 - alpha) + (base * a[..., :3]) * alpha
        img.paste(Image.fromarray((out * 255).astype(np.uint8)), (int((cx - r) * s), int((cy - r) * s)))
    return img


def scan_effect(img, seed=0, grey=True, skew=0.6, noise=6.0, dark=0.0):
    rnd = random.Random(seed)
    if grey:
        img = img.convert("L")
    ang = rnd.uniform(-skew, skew)
    fill = 255 if grey else (255, 255, 255)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    arr = np.asarray(img).astype(np.float32)
    g = np.random.default_rng(seed)
    arr = arr * (1 - dark) + g.normal(0, noise, arr.shape)
    # a faint scanner shadow on the left edge
    h, w = arr.shape[:2]
    ramp = np.clip(np.linspace(-40, 0, 60), -40, 0)
    if arr.ndim == 2:
        arr[:, :60] += ramp
    else:
        arr[:, :60, :] += ramp[None, :, None]
    # speckles
    for _ in range(rnd.randint(20, 60)):
        y, x = rnd.randrange(h), rnd.randrange(w)
        arr[y:y + 2, x:x + 2] = 60
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(0.35))


def photo_effect(img, seed=0, out_long=1400):
    """Phone photo of a sheet lying on a desk: perspective, light falloff, colour cast, blur."""
    rnd = random.Random(seed)
    g = np.random.default_rng(seed)
    pw, ph = img.size
    bgw, bgh = int(pw * 1.22), int(ph * 1.16)
    desk = np.zeros((bgh, bgw, 3), np.float32)
    base = np.array(rnd.choice([(120, 92, 64), (88, 86, 82), (150, 140, 124), (70, 60, 52)]), np.float32)
    desk[:] = base
    desk += g.normal(0, 7, desk.shape)
    bg = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8))
    # paper onto the desk with a perspective warp
    ox, oy = (bgw - pw) // 2, (bgh - ph) // 2
    j = lambda a: rnd.uniform(-a, a)
    quad_dst = [(ox + j(40), oy + j(30)), (ox + pw + j(40), oy + j(30)),
                (ox + pw + j(40), oy + ph + j(30)), (ox + j(40), oy + ph + j(30))]
    coeffs = _persp_coeffs(quad_dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = img.transform((bgw, bgh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", img.size, 255).transform((bgw, bgh), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    bg.paste(warped, (0, 0), mask)
    arr = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:bgh, 0:bgw]
    cx, cy = rnd.uniform(0.2, 0.8) * bgw, rnd.uniform(0.1, 0.6) * bgh
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(bgw, bgh)
    light = 1.06 - 0.30 * dist
    arr *= light[..., None]
    arr *= np.array([1.0, rnd.uniform(0.95, 1.0), rnd.uniform(0.82, 0.93)], np.float32)
    # a soft shadow of the phone across one corner
    if rnd.random() < 0.6:
        edge = rnd.uniform(1.45, 1.7)
        sh = 1.0 / (1.0 + np.exp(-((xx / bgw + yy / bgh) - edge) * 25.0))
        arr *= (1 - 0.15 * sh)[..., None]
    arr += g.normal(0, 3.0, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.rotate(rnd.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=tuple(int(v) for v in base))
    out = out.filter(ImageFilter.GaussianBlur(rnd.uniform(0.3, 0.6)))
    sc = out_long / max(out.size)
    return out.resize((int(out.size[0] * sc), int(out.size[1] * sc)), Image.LANCZOS)


def _persp_coeffs(src, dst):
    """Coefficients mapping output (src quad) back to input (dst quad) for Image.transform."""
    m = []
    for (x, y), (u, v) in zip(src, dst):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, np.float64)
    b = np.array([c for p in dst for c in p], np.float64)
    return np.linalg.solve(a, b).tolist()


def images_to_pdf(images, path, quality=55, dpi=110, title="", creator=""):
    """Image-only PDF: each page one JPEG, no text layer."""
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(title)
    c.setCreator(creator)
    c.setProducer(creator)
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ OFD
_OFD_FONT = {"song": "宋体", "kai": "楷体", "hei": "黑体", "fs": "仿宋"}


def _mm(v):
    return round(v * 25.4 / 72.0, 3)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def to_ofd(pages, path, title="", author="", creation="2025-10-24", doc_id="0"):
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    uid = [0]

    def nid():
        uid[0] += 1
        return uid[0]

    font_ids = {k: nid() for k in _OFD_FONT}
    seal_keys, page_xml = {}, []
    page_ids = []
    for p in pages:
        pid = nid()
        page_ids.append(pid)
        objs = []
        layer = nid()
        for op in p.ops:
            kind = op[0]
            if kind == "T":
                _, x, y, s, font, size, color, hand = op
                if not s.strip():
                    continue
                w = text_width(s, font, size)
                deltas = [_mm(text_width(ch, font, size)) for ch in s[:-1]]
                dx = (' DeltaX="' + " ".join(f"{v:g}" for v in deltas) + '"') if deltas else ""
                objs.append(
                    f'<ofd:TextObject ID="{nid()}" Boundary="{_mm(x)} {_mm(y - size)} {_mm(w) + 1} {_mm(size * 1.4)}" '
                    f'Font="{font_ids[font]}" Size="{_mm(size)}">'
                    f'<ofd:FillColor Value="{color[0]} {color[1]} {color[2]}"/>'
                    f'<ofd:TextCode X="0" Y="{_mm(size)}"{dx}>{_esc(s)}</ofd:TextCode></ofd:TextObject>')
            elif kind == "L":
                _, x1, y1, x2, y2, lw, color = op
                bx, by = min(x1, x2), min(y1, y2)
                bw, bh = max(abs(x2 - x1), 0.5), max(abs(y2 - y1), 0.5)
                objs.append(
                    f'<ofd:PathObject ID="{nid()}" Boundary="{_mm(bx)} {_mm(by)} {_mm(bw)} {_mm(bh)}" '
                    f'LineWidth="{_mm(lw)}"><ofd:StrokeColor Value="{color[0]} {color[1]} {color[2]}"/>'
                    f'<ofd:AbbreviatedData>M {_mm(x1 - bx)} {_mm(y1 - by)} L {_mm(x2 - bx)} {_mm(y2 - by)}'
                    f'</ofd:AbbreviatedData></ofd:PathObject>')
            elif kind == "S":
                _, cx, cy, r, ag, sub, color = op
                k = (ag, sub)
                if k not in seal_keys:
                    seal_keys[k] = (nid(), f"seal{len(seal_keys) + 1}.png")
                rid = seal_keys[k][0]
                wmm = _mm(2 * r)
                objs.append(
                    f'<ofd:ImageObject ID="{nid()}" Boundary="{_mm(cx - r)} {_mm(cy - r)} {wmm} {wmm}" '
                    f'CTM="{wmm} 0 0 {wmm} 0 0" ResourceID="{rid}"/>')
        page_xml.append(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {ns}><ofd:Content><ofd:Layer ID="{layer}">'
            + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>")
    maxid = uid[0]
    ofd_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {ns} Version="1.1" DocType="OFD"><ofd:DocBody>'
               f'<ofd:DocInfo><ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{_esc(title)}</ofd:Title>'
               f'<ofd:Author>{_esc(author)}</ofd:Author><ofd:CreationDate>{creation}</ofd:CreationDate>'
               f'</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    pages_list = "".join(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i, pid in enumerate(page_ids))
    doc_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {ns}><ofd:CommonData>'
               f'<ofd:MaxUnitID>{maxid}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
               f'</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>'
               f'</ofd:CommonData><ofd:Pages>{pages_list}</ofd:Pages></ofd:Document>')
    fonts = "".join(f'<ofd:Font ID="{fid}" FontName="{_OFD_FONT[k]}" FamilyName="{_OFD_FONT[k]}"/>'
                    for k, fid in font_ids.items())
    pub = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>{fonts}</ofd:Fonts></ofd:Res>')
    mm = "".join(f'<ofd:MultiMedia ID="{rid}" Type="Image" Format="PNG"><ofd:MediaFile>{fn}</ofd:MediaFile></ofd:MultiMedia>'
                 for (rid, fn) in seal_keys.values())
    docres = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {ns} BaseLoc="Res"><ofd:MultiMedias>{mm}'
              f'</ofd:MultiMedias></ofd:Res>')
    def zi(name):
        info = zipfile.ZipInfo(name, date_time=(2025, 10, 24, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        return info
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zi("OFD.xml"), ofd_xml)
        z.writestr(zi("Doc_0/Document.xml"), doc_xml)
        z.writestr(zi("Doc_0/PublicRes.xml"), pub)
        z.writestr(zi("Doc_0/DocumentRes.xml"), docres)
        for i, px in enumerate(page_xml):
            z.writestr(zi(f"Doc_0/Pages/Page_{i}/Content.xml"), px)
        for (ag, sub), (rid, fn) in seal_keys.items():
            buf = io.BytesIO()
            seal_image(ag, sub, px=240).save(buf, "PNG", optimize=True)
            z.writestr(zi(f"Doc_0/Res/{fn}"), buf.getvalue())
