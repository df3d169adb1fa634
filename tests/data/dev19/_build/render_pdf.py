"""PDF backends: a text-layer PDF (reportlab, embedded TrueType subsets) and an image-only PDF."""
from __future__ import annotations

import io
import random
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from layout import FAMILIES, H, W, fit_page, font_file
from render_img import draw_seal

rl_config.invariant = 1  # no creation date / random id: byte-stable output


@lru_cache(maxsize=None)
def rl_font(key: str) -> str:
    name = "F_" + key
    f, idx = font_file(FAMILIES[key][1])
    pdfmetrics.registerFont(TTFont(name, f, subfontIndex=idx))
    return name


def rl_measure(text, key, size):
    return pdfmetrics.stringWidth(text, rl_font(key), size)


def _rgb(c):
    if isinstance(c, str):
        return (0, 0, 0)
    return tuple(v / 255 for v in c)


def text_pdf(pages, out_path, title="", seed=0, header=None, footer=None, base=10.5, fontmap=None):
    """pages: list of (blocks, archive_page_no_or_None, seal_seed). header/footer: callables
    (index, total) -> str or None, drawn in small grey type."""
    rng = random.Random(seed)
    fm = fontmap or {}
    measure = lambda t, k, s: rl_measure(t, fm.get(k, k), s)  # noqa: E731
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    c.setSubject("")
    total = len(pages)
    for i, (blocks, pno) in enumerate(pages):
        ops, _ = fit_page(blocks, measure, base=base, rng=None)
        for op in ops:
            if op[0] == "text":
                _, x, y, t, key, size, colour, _j = op
                c.setFillColorRGB(*_rgb(colour))
                c.setFont(rl_font(fm.get(key, key)), size)
                c.drawString(x, H - y, t)
            elif op[0] == "line":
                _, x0, y0, x1, y1, w = op
                c.setLineWidth(w)
                c.setStrokeColorRGB(0.15, 0.15, 0.15)
                c.line(x0, H - y0, x1, H - y1)
        for op in ops:
            if op[0] == "seal":
                _, cx, cy, org = op
                im = draw_seal(240, org, rng)
                b = io.BytesIO()
                im.save(b, "PNG")
                b.seek(0)
                d = 118
                c.drawImage(ImageReader(b), cx - d / 2, H - cy - d / 2, d, d, mask="auto")
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.setFont(rl_font(fm.get("song", "song")), 8)
        if header:
            h = header(i, total)
            if h:
                c.drawString(62, H - 34, h)
                c.setLineWidth(0.4)
                c.line(62, H - 38, W - 58, H - 38)
        if footer:
            f = footer(i, total)
            if f:
                tw = measure(f, "song", 8)
                c.drawString((W - tw) / 2, 30, f)
        if pno is not None:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(rl_font(fm.get("hei", "hei")), 11)
            t = str(pno)
            c.drawString(W - 64 - measure(t, "hei", 11), 40, t)
        c.showPage()
    c.save()
    data = buf.getvalue()
    with open(out_path, "wb") as fh:
        fh.write(data)
    return len(pages)


def image_pdf(jpeg_pages, out_path, title=""):
    """An image-only PDF, one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for jp in jpeg_pages:
        c.drawImage(ImageReader(io.BytesIO(jp)), 0, 0, W, H)
        c.showPage()
    c.save()
    with open(out_path, "wb") as fh:
        fh.write(buf.getvalue())
