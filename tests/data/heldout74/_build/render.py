"""Renderers: text-layer PDF (reportlab), page images (PIL) for scans and phone photos,
OFD (hand-written XML package), DOCX (python-docx) and plain text."""
from __future__ import annotations

import io
import math
import random
import zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from common import font_file, font_index
from layout import PT, parse, plain

FAMILIES = {
    # key: (fontconfig family for PDF/OFD-compatible TrueType, family for raster)
    "song": ("AR PL UMing CN", "Noto Serif CJK SC"),
    "hei": ("WenQuanYi Zen Hei", "Noto Sans CJK SC"),
    "kai": ("AR PL UKai CN", "AR PL UKai CN"),
    "kai2": ("AR PL KaitiM GB", "AR PL KaitiM GB"),
}
OFD_NAMES = {"song": "宋体", "hei": "黑体", "kai": "楷体", "kai2": "楷体"}

# ------------------------------------------------------------------ fonts / measures
_PIL_CACHE: dict = {}


def pil_font(key: str, px: int):
    key = _a(key)
    k = (key, px)
    if k not in _PIL_CACHE:
        fam = FAMILIES[key][1]
        _PIL_CACHE[k] = ImageFont.truetype(font_file(fam), px, index=font_index(fam))
    return _PIL_CACHE[k]


SCALE = {"kai": 1.14, "kai2": 1.12}
ALIAS: dict = {}  # per-case font substitution, e.g. {"kai": "hei"}


def _a(key):
    return ALIAS.get(key, key)


def pil_measure(text, font, size_pt):
    f = pil_font(font, 100)
    return f.getlength(text) / 100.0 * size_pt * SCALE.get(_a(font), 1.0) * PT


def approx_measure(text, font, size_pt):
    w = 0.0
    for ch in text:
        w += 0.5 if ord(ch) < 0x2E80 and ch not in "¥￥" else 1.0
    return w * size_pt * SCALE.get(font, 1.0) * PT


_RL_DONE = set()


def rl_register(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    key = _a(key)
    name = "F_" + key
    if key not in _RL_DONE:
        fam = FAMILIES[key][0]
        pdfmetrics.registerFont(TTFont(name, font_file(fam), subfontIndex=font_index(fam)))
        _RL_DONE.add(key)
    return name


def rl_measure(text, font, size_pt):
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, rl_register(font), size_pt * SCALE.get(_a(font), 1.0)) / 72 * 25.4


# ------------------------------------------------------------------ seal
def seal_image(name: str, px: int, seed: int, color=(200, 30, 35), sub: str = "") -> Image.Image:
    """Round official seal: ring, five-pointed star, name along the upper arc."""
    rnd = random.Random(seed)
    S = px * 2
    im = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(im)
    c = S / 2
    ring = S * 0.035
    d.ellipse([ring / 2, ring / 2, S - ring / 2, S - ring / 2], outline=255, width=int(ring))
    # star
    R, r = S * 0.16, S * 0.065
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=255)
    # name along the arc
    n = len(name)
    fs = int(S * (0.13 if n <= 10 else 0.11 if n <= 14 else 0.092))
    font = pil_font("song", fs)
    span = min(250, 17 * n + 40)
    start = -90 - span / 2
    rad = S / 2 - ring - fs * 0.75
    for i, ch in enumerate(name):
        ang = start + span * (i + 0.5) / n
        a = math.radians(ang)
        gx, gy = c + rad * math.cos(a), c + rad * math.sin(a)
        g = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(g).text((fs * 0.5, fs * 0.35), ch, font=font, fill=255)
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.paste(255, (int(gx - fs), int(gy - fs)), g)
    if sub:
        f2 = pil_font("song", int(S * 0.07))
        w = f2.getlength(sub)
        d.text((c - w / 2, c + S * 0.2), sub, font=f2, fill=255)
    # ink texture
    arr = np.asarray(im, dtype=np.float32) / 255.0
    noise = np.asarray(Image.effect_noise((S, S), 60).filter(ImageFilter.GaussianBlur(2)), dtype=np.float32) / 255.0
    rng = np.random.default_rng(seed)
    speck = rng.random((S, S)) > 0.06
    arr = arr * (0.55 + 0.45 * noise) * speck
    alpha = Image.fromarray((np.clip(arr, 0, 1) * 235).astype(np.uint8)).resize((px, px), Image.LANCZOS)
    alpha = alpha.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
    out = Image.new("RGBA", (px, px), color + (0,))
    out.putalpha(alpha)
    return out


def synthetic_photo(w: int, h: int, seed: int) -> Image.Image:
    """A plausible blurry evidence photo (walls, shelves, objects) — purely synthetic."""
    rnd = random.Random(seed)
    base = np.zeros((h, w, 3), dtype=np.float32)
    top = np.array([rnd.randint(120, 200) for _ in range(3)], dtype=np.float32)
    bot = np.array([rnd.randint(60, 140) for _ in range(3)], dtype=np.float32)
    t = np.linspace(0, 1, h)[:, None, None]
    base[:] = top * (1 - t) + bot * t
    im = Image.fromarray(base.astype(np.uint8))
    d = ImageDraw.Draw(im)
    for _ in range(rnd.randint(6, 12)):
        x0, y0 = rnd.randint(0, w - 10), rnd.randint(0, h - 10)
        x1, y1 = min(w, x0 + rnd.randint(20, w // 2)), min(h, y0 + rnd.randint(15, h // 2))
        col = tuple(rnd.randint(30, 230) for _ in range(3))
        if rnd.random() < 0.7:
            d.rectangle([x0, y0, x1, y1], fill=col)
        else:
            d.ellipse([x0, y0, x1, y1], fill=col)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def seal_png(name: str, px: int = 220, color=(200, 30, 35)) -> bytes:
    """Small palette PNG of a seal; the same stamp (same bytes) for the same name."""
    seed = sum(ord(ch) * (i + 1) for i, ch in enumerate(name)) % 9973
    im = seal_image(name, px, seed, color=color)
    q = im.quantize(colors=12, method=Image.Quantize.FASTOCTREE)
    buf = io.BytesIO()
    q.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# ------------------------------------------------------------------ text-layer PDF
def render_pdf(pages, style, path, title="", seal_seed=1, photo_seed=1):
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    rl_config.useA85 = 0
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), pagesize=(style.page_w * mm, style.page_h * mm), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    H = style.page_h
    k = 0
    for items in pages:
        for it in items:
            if it[0] == "text":
                _, x, y, s, f, size, color, _w = it
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(rl_register(f), size * SCALE.get(_a(f), 1.0))
                c.drawString(x * mm, (H - y) * mm, s)
            elif it[0] == "rect":
                _, x, y, w, h = it
                c.setLineWidth(0.6)
                c.rect(x * mm, (H - y - h) * mm, w * mm, h * mm, stroke=1, fill=0)
            elif it[0] == "line":
                _, x1, y1, x2, y2, lw = it
                c.setLineWidth(lw)
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            elif it[0] == "seal":
                _, cx, cy, r, name = it
                buf = io.BytesIO(seal_png(name))
                c.drawImage(ImageReader(buf), (cx - r) * mm, (H - cy - r) * mm, 2 * r * mm, 2 * r * mm, mask="auto")
            elif it[0] == "photo":
                _, x, y, w, h, cap = it
                k += 1
                im = synthetic_photo(int(w * 3), int(h * 3), photo_seed * 100 + k)
                buf = io.BytesIO()
                im.save(buf, "JPEG", quality=55)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * mm, (H - y - h) * mm, w * mm, h * mm)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ raster pages
def render_page_image(items, style, px_per_mm, ink=(20, 20, 20), hw_ink=(25, 35, 90), seal_color=(205, 35, 40),
                      seed=0, grey=False):
    W, H = int(style.page_w * px_per_mm), int(style.page_h * px_per_mm)
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    rnd = random.Random(seed)
    seals = []
    for it in items:
        if it[0] == "text":
            _, x, y, s, f, size, color, _w = it
            px = max(6, int(round(size * SCALE.get(f, 1.0) * PT * px_per_mm)))
            font = pil_font(f, px)
            col = hw_ink if f in ("kai", "kai2") else ink
            jx = rnd.uniform(-0.6, 0.6) if f in ("kai", "kai2") else 0
            d.text((x * px_per_mm + jx, y * px_per_mm), s, font=font, fill=col, anchor="ls")
        elif it[0] == "rect":
            _, x, y, w, h = it
            d.rectangle([x * px_per_mm, y * px_per_mm, (x + w) * px_per_mm, (y + h) * px_per_mm], outline=ink, width=max(1, int(px_per_mm * 0.22)))
        elif it[0] == "line":
            _, x1, y1, x2, y2, lw = it
            d.line([x1 * px_per_mm, y1 * px_per_mm, x2 * px_per_mm, y2 * px_per_mm], fill=ink, width=max(1, int(lw * px_per_mm * 0.4)))
        elif it[0] == "seal":
            seals.append(it)
        elif it[0] == "photo":
            _, x, y, w, h, cap = it
            ph = synthetic_photo(int(w * px_per_mm), int(h * px_per_mm), seed * 31 + int(y))
            im.paste(ph, (int(x * px_per_mm), int(y * px_per_mm)))
    for k, (_, cx, cy, r, name) in enumerate(seals):
        px = int(2 * r * px_per_mm)
        st = seal_image(name, px, seed * 17 + k, color=seal_color)
        # multiply-like blend: darken page by seal colour where alpha
        region = im.crop((int((cx - r) * px_per_mm), int((cy - r) * px_per_mm), int((cx - r) * px_per_mm) + px, int((cy - r) * px_per_mm) + px))
        a = np.asarray(st.split()[3], dtype=np.float32)[..., None] / 255.0
        reg = np.asarray(region, dtype=np.float32)
        col = np.array(seal_color, dtype=np.float32)
        blended = reg * (1 - a) + (reg * col / 255.0) * a
        im.paste(Image.fromarray(np.clip(blended, 0, 255).astype(np.uint8)), (int((cx - r) * px_per_mm), int((cy - r) * px_per_mm)))
    if grey:
        im = im.convert("L")
    return im


def scan_effect(im: Image.Image, seed: int, skew: float, noise: float = 0.8, grey=True) -> Image.Image:
    rnd = random.Random(seed)
    fill = 245 if grey else (244, 243, 238)
    im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    arr = np.asarray(im, dtype=np.float32)
    rng = np.random.default_rng(seed)
    arr = arr * 0.93 + 10  # paper not pure white, ink not pure black
    arr = arr + rng.normal(0, noise, arr.shape)
    # occasional specks
    h, w = arr.shape[:2]
    for _ in range(rnd.randint(20, 60)):
        y, x = rng.integers(0, h), rng.integers(0, w)
        arr[max(0, y - 1):y + 2, max(0, x - 1):x + 2] -= rnd.uniform(40, 120)
    # darker scanner edge on one side
    edge = np.linspace(1.0, 0.0, 18)
    if arr.ndim == 2:
        arr[:, :18] -= 60 * edge[None, :]
    else:
        arr[:, :18, :] -= 60 * edge[None, :, None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.45))


def photo_effect(page: Image.Image, seed: int, out_long: int = 1400) -> Image.Image:
    """Put a page on a desk, photographed by a phone: perspective, shading, colour cast."""
    rnd = random.Random(seed)
    pw, ph = page.size
    W, H = int(pw * 1.16), int(ph * 1.12)
    desk = np.zeros((H, W, 3), dtype=np.float32)
    base = np.array([rnd.randint(90, 150), rnd.randint(70, 120), rnd.randint(40, 90)], dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    grain = (np.sin(xx / rnd.uniform(7, 13) + np.sin(yy / 40.0) * 2) * 10)[..., None]
    desk[:] = base + grain
    desk_im = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8))
    # perspective: map page corners to a slightly skewed quad
    m = lambda a: rnd.uniform(-a, a)
    ox, oy = (W - pw) / 2, (H - ph) / 2
    quad = [(ox + m(40), oy + m(30)), (ox + pw + m(40), oy + m(30)), (ox + pw + m(30), oy + ph + m(30)), (ox + m(30), oy + ph + m(30))]
    mask = Image.new("L", page.size, 255)
    # compute coefficients for Image.transform (output -> input mapping)
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _persp_coeffs(quad, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    wmask = mask.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # shadow under page
    shadow = wmask.filter(ImageFilter.GaussianBlur(12)).point(lambda v: int(v * 0.45))
    desk_im.paste((30, 25, 20), (6, 10), shadow)
    desk_im.paste(warped, (0, 0), wmask)
    arr = np.asarray(desk_im, dtype=np.float32)
    # lighting gradient + warm cast
    gx = rnd.uniform(-0.25, 0.25)
    gy = rnd.uniform(-0.2, 0.2)
    light = 1.0 + gx * (xx / W - 0.5) * 2 + gy * (yy / H - 0.5) * 2
    cx, cy = rnd.uniform(0.3, 0.7) * W, rnd.uniform(0.3, 0.7) * H
    vign = 1.0 - 0.18 * (((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2) * 2
    arr = arr * (light * vign)[..., None]
    cast = np.array([1.0 + rnd.uniform(0, 0.04), 1.0, 1.0 - rnd.uniform(0.02, 0.08)])
    arr = arr * cast
    rng = np.random.default_rng(seed)
    arr += rng.normal(0, 3.5, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    scale = out_long / max(out.size)
    out = out.resize((int(out.size[0] * scale), int(out.size[1] * scale)), Image.LANCZOS)
    return out


def _persp_coeffs(dst, src):
    """Coefficients mapping output (dst quad) coordinates back to input (src) coordinates."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    res = np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64))
    return tuple(res.tolist())


def images_to_pdf(images, path, page_w_mm=210, page_h_mm=297, quality=55):
    """Image-only PDF (no text layer)."""
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    rl_config.useA85 = 0
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), pagesize=(page_w_mm * mm, page_h_mm * mm), invariant=1)
    c.setCreator("")
    c.setAuthor("")
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=True, progressive=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, page_w_mm * mm, page_h_mm * mm)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ OFD
def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_ofd(pages, style, path, title, doc_id, created, seal_seed=7):
    """A GB/T 33190 package: OFD.xml, Document.xml, PublicRes.xml, DocumentRes.xml, pages, seal images."""
    NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    files: dict[str, bytes] = {}
    font_ids = {"song": 2, "hei": 3, "kai": 4, "kai2": 5}
    uid = 100
    media = []
    page_entries = []
    for pi, items in enumerate(pages):
        objs = []
        for it in items:
            uid += 1
            if it[0] == "text":
                _, x, y, s, f, size, color, w = it
                fs = size * PT * SCALE.get(_a(f), 1.0)
                f = _a(f)
                deltas = []
                for ch in s[:-1]:
                    deltas.append(approx_measure(ch, f, size))
                dx = " ".join(f"{v:.3f}" for v in deltas)
                bx, by = x, y - fs * 0.88
                objs.append(
                    f'<ofd:TextObject ID="{uid}" Boundary="{bx:.3f} {by:.3f} {max(w, 1):.3f} {fs * 1.2:.3f}" Font="{font_ids[f]}" Size="{fs:.3f}">'
                    f'<ofd:FillColor Value="{color[0]} {color[1]} {color[2]}"/>'
                    f'<ofd:TextCode X="0" Y="{fs * 0.88:.3f}"' + (f' DeltaX="{dx}"' if dx else "") + f'>{_x(s)}</ofd:TextCode></ofd:TextObject>'
                )
            elif it[0] == "rect":
                _, x, y, w, h = it
                objs.append(
                    f'<ofd:PathObject ID="{uid}" Boundary="{x:.3f} {y:.3f} {w:.3f} {h:.3f}" LineWidth="0.25">'
                    f'<ofd:AbbreviatedData>M 0 0 L {w:.3f} 0 L {w:.3f} {h:.3f} L 0 {h:.3f} C</ofd:AbbreviatedData></ofd:PathObject>'
                )
            elif it[0] == "line":
                _, x1, y1, x2, y2, lw = it
                objs.append(
                    f'<ofd:PathObject ID="{uid}" Boundary="{min(x1, x2):.3f} {min(y1, y2) - 0.5:.3f} {abs(x2 - x1) + 0.1:.3f} 1" LineWidth="{lw * 0.5:.2f}">'
                    f'<ofd:AbbreviatedData>M 0 0.5 L {abs(x2 - x1):.3f} 0.5</ofd:AbbreviatedData></ofd:PathObject>'
                )
            elif it[0] == "seal":
                _, cx, cy, r, name = it
                known = [m for m in media if m[3] == name]
                if known:
                    mid = known[0][0]
                else:
                    mid = 90000 + len(media)
                    media.append((mid, f"seal_{len(media)}.png", seal_png(name, 240), name))
                objs.append(
                    f'<ofd:ImageObject ID="{uid}" Boundary="{cx - r:.3f} {cy - r:.3f} {2 * r:.3f} {2 * r:.3f}" CTM="{2 * r:.3f} 0 0 {2 * r:.3f} 0 0" ResourceID="{mid}"/>'
                )
        content = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Content><ofd:Layer ID="{uid + 1}" Type="Body">'
            + "".join(objs)
            + "</ofd:Layer></ofd:Content></ofd:Page>"
        )
        uid += 2
        files[f"Doc_0/Pages/Page_{pi}/Content.xml"] = content.encode("utf-8")
        page_entries.append(f'<ofd:Page ID="{uid}" BaseLoc="Pages/Page_{pi}/Content.xml"/>')
    fonts = "".join(
        f'<ofd:Font ID="{i}" FontName="{OFD_NAMES[k]}" FamilyName="{OFD_NAMES[k]}"/>' for k, i in font_ids.items()
    )
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>{fonts}</ofd:Fonts></ofd:Res>'
    ).encode("utf-8")
    mm_entries = "".join(
        f'<ofd:MultiMedia ID="{mid}" Type="Image" Format="PNG"><ofd:MediaFile>{fn}</ofd:MediaFile></ofd:MultiMedia>' for mid, fn, _, _n in media
    )
    files["Doc_0/DocumentRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:MultiMedias>{mm_entries}</ofd:MultiMedias></ofd:Res>'
    ).encode("utf-8")
    for mid, fn, data, _n in media:
        files[f"Doc_0/Res/{fn}"] = data
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>{max(uid + 10, 90000 + len(media))}</ofd:MaxUnitID>'
        f'<ofd:PageArea><ofd:PhysicalBox>0 0 {style.page_w:.0f} {style.page_h:.0f}</ofd:PhysicalBox></ofd:PageArea>'
        f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>'
        f'<ofd:Pages>{"".join(page_entries)}</ofd:Pages></ofd:Document>'
    ).encode("utf-8")
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        f'<ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{_x(title)}</ofd:Title><ofd:CreationDate>{created}</ofd:CreationDate>'
        f'</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'
    ).encode("utf-8")
    write_zip(path, files)


def write_zip(path, files: dict[str, bytes], order=None):
    """Deterministic zip (fixed timestamps)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order or files:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, files[name])


def normalise_zip(path, drop=()):
    """Rewrite a zip with fixed timestamps, optionally dropping optional parts (and their references)."""
    import re as _re

    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n not in drop]
        data = {n: z.read(n) for n in names}
    for n in names:
        if n.endswith(".rels") or n == "[Content_Types].xml":
            txt = data[n].decode("utf-8")
            for d in drop:
                base = d.split("/")[-1]
                txt = _re.sub(r"<Relationship [^>]*Target=\"[^\"]*" + _re.escape(base) + r"\"[^>]*/>", "", txt)
                txt = _re.sub(r"<Override [^>]*PartName=\"/" + _re.escape(d) + r"\"[^>]*/>", "", txt)
            data[n] = txt.encode("utf-8")
    write_zip(path, data, names)


# ------------------------------------------------------------------ plain text
def render_text(docs, width=36, sep="\n\n", table_sep="  "):
    """Plain-text rendition of documents (used for TXT cases)."""
    out = []
    for d in docs:
        lines = []
        for b in parse(d.markup):
            k = b[0]
            if k in ("#T",):
                lines.append(" " * max(0, (width - len(plain(b[1]))) // 2) + plain(b[1]))
            elif k in ("#S", "#C"):
                lines.append(" " * max(0, (width - len(plain(b[1]))) // 2) + plain(b[1]))
            elif k == "#R":
                t = plain(b[1])
                lines.append(" " * max(0, width - len(t)) + t)
            elif k in ("#L", "#N"):
                lines.append(plain(b[1]))
            elif k == "P":
                lines.append("　　" + plain(b[1]))
            elif k == "table":
                for row in b[1]:
                    cells = [plain(c).replace("\n", " ") for c in row]
                    lines.append(table_sep.join(cells))
            elif k == "seal":
                lines.append(" " * max(0, width - 6) + "（印章）")
            elif k == "photo":
                lines.append("［照片］" + plain(b[2]))
            elif k in ("sp", "blank"):
                lines.append("")
            elif k == "hr":
                lines.append("-" * width)
            elif k == "pb":
                lines.append("")
        out.append("\n".join(lines))
    return sep.join(out)
