"""Shared page renderer for the heldout11 scans (Pillow + reportlab).

Page markup (one string per line):
  '#C text'  centred title (large)      '#c text'  centred normal
  '#R text'  right aligned               '#G n'     n blank lines
  '#S name'  red round seal over the last two lines (right side)
  '#T 0.2,0.3,0.5'  ruled table with those column fractions; rows '|a|b|c', end with '#E'
             ('\\n' inside a cell breaks the line; a cell '>' merges into the cell on its left)
  ⟨...⟩      hand-filled segment (sans font, ink colour)
"""
import io, math, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_fc = {}


def font(path, px):
    k = (path, px)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, px, index=0)
    return _fc[k]


def _segments(text):
    out, hand, buf = [], False, ""
    for ch in text:
        if ch == "⟨":
            if buf: out.append((buf, hand))
            buf, hand = "", True
        elif ch == "⟩":
            if buf: out.append((buf, hand))
            buf, hand = "", False
        else:
            buf += ch
    if buf: out.append((buf, hand))
    return out


def _wrap(text, width, f, fh):
    """wrap a line with hand segments; returns list of segment lists"""
    lines, cur, w = [], [], 0
    for seg, hand in _segments(text):
        ff = fh if hand else f
        buf = ""
        for ch in seg:
            cw = ff.getlength(ch)
            if w + cw > width and (buf or cur):
                if buf: cur.append((buf, hand))
                lines.append(cur); cur, buf, w = [], "", 0
            buf += ch; w += cw
        if buf: cur.append((buf, hand))
    lines.append(cur)
    return lines


class Page:
    def __init__(self, dpi=300, seed=1):
        self.dpi = dpi
        self.W, self.H = int(8.27 * dpi), int(11.69 * dpi)
        self.img = Image.new("RGB", (self.W, self.H), "white")
        self.d = ImageDraw.Draw(self.img)
        self.px = int(10.5 / 72 * dpi)
        self.lh = int(self.px * 1.75)
        self.f = font(SERIF, self.px)
        self.fh = font(SANS, int(self.px * 1.05))
        self.ft = font(SERIF, int(self.px * 1.6))
        self.ml = int(0.95 * dpi); self.mr = self.W - int(0.9 * dpi)
        self.y = int(0.9 * dpi)
        self.has_seal = False
        self.rnd = random.Random(seed)
        self.ink = (25, 35, 90)

    def _draw_segs(self, x, y, segs, f=None):
        f = f or self.f
        for s, hand in segs:
            ff = self.fh if hand else f
            col = self.ink if hand else (20, 20, 20)
            yy = y + (self.rnd.randint(-2, 2) if hand else 0)
            self.d.text((x, yy), s, font=ff, fill=col)
            x += ff.getlength(s)
        return x

    def _len(self, segs, f=None):
        f = f or self.f
        return sum((self.fh if h else f).getlength(s) for s, h in segs)

    def line(self, text):
        tw = self.mr - self.ml
        if text.startswith("#C "):
            t = text[3:]; w = self.ft.getlength(t)
            self.y += self.lh // 3
            self.d.text(((self.W - w) / 2, self.y), t, font=self.ft, fill=(10, 10, 10))
            self.y += int(self.lh * 1.5); return
        if text.startswith("#c ") or text.startswith("#R "):
            segs = _segments(text[3:]); w = self._len(segs)
            x = (self.W - w) / 2 if text[1] == "c" else self.mr - w
            self._draw_segs(x, self.y, segs); self.y += self.lh; return
        if text.startswith("#G"):
            self.y += self.lh * int(text[2:].strip() or 1); return
        if text.startswith("#S"):
            self.seal(text[3:].strip()); return
        for segs in _wrap(text, tw, self.f, self.fh):
            self._draw_segs(self.ml, self.y, segs); self.y += self.lh

    def table(self, fracs, rows):
        tw = self.mr - self.ml
        xs = [self.ml]
        for fr in fracs: xs.append(xs[-1] + fr * tw)
        pad = self.px * 0.35
        for row in rows:
            cells = row.strip("|").split("|")
            spans = []  # (start_col, end_col, text)
            for i, c in enumerate(cells):
                if c.strip() == ">" and spans:
                    s0, _, t = spans[-1]; spans[-1] = (s0, i, t)
                else:
                    spans.append((i, i, c))
            laid, hmax = [], 1
            for s0, s1, t in spans:
                cw = xs[s1 + 1] - xs[s0] - 2 * pad
                ls = []
                for part in t.replace("\\n", "\n").split("\n"):
                    ls += _wrap(part.strip(), cw, self.f, self.fh)
                laid.append((s0, s1, ls)); hmax = max(hmax, len(ls))
            h = int(hmax * self.lh * 0.92 + pad * 1.6)
            for s0, s1, ls in laid:
                x0, x1 = xs[s0], xs[s1 + 1]
                self.d.rectangle([x0, self.y, x1, self.y + h], outline=(30, 30, 30), width=max(2, self.dpi // 110))
                yy = self.y + pad
                for segs in ls:
                    self._draw_segs(x0 + pad, yy, segs); yy += self.lh * 0.92
            self.y += h

    def seal(self, name):
        self.has_seal = True
        r = int(0.8 * self.dpi)  # 42 mm seal ~ 1.6 in
        cx = self.mr - int(1.35 * self.dpi) + self.rnd.randint(-20, 20)
        cy = self.y - int(self.lh * 1.3)
        lay = Image.new("RGBA", (2 * r + 10, 2 * r + 10), (0, 0, 0, 0))
        ld = ImageDraw.Draw(lay)
        red = (205, 35, 40, 170)
        c = r + 5
        ld.ellipse([5, 5, 2 * r + 5, 2 * r + 5], outline=red, width=max(4, r // 14))
        # star
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r * 0.24 if k % 2 == 0 else r * 0.095
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        ld.polygon(pts, fill=red)
        fs = font(SERIF, int(r * 0.22))
        n = len(name); span = min(250, 22 * n)
        for i, ch in enumerate(name):
            a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            rr = r * 0.72
            x, y = c + rr * math.cos(a), c + rr * math.sin(a)
            g = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((r * 0.04, 0), ch, font=fs, fill=red)
            g = g.rotate(-math.degrees(a) - 90, expand=True, resample=Image.BICUBIC)
            lay.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
        lay = lay.rotate(self.rnd.uniform(-12, 12), resample=Image.BICUBIC)
        self.img.paste(lay, (cx - c, cy - c), lay)

    def footer(self, text):
        if not text: return
        w = self.f.getlength(text)
        self.d.text(((self.W - w) / 2, self.H - int(0.6 * self.dpi)), text, font=self.f, fill=(40, 40, 40))


def build_page(lines, dpi=300, footer=None, seed=1):
    p = Page(dpi, seed)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("#T "):
            fr = [float(x) for x in ln[3:].split(",")]
            rows = []
            i += 1
            while not lines[i].startswith("#E"):
                rows.append(lines[i]); i += 1
            p.table(fr, rows)
        else:
            p.line(ln)
        i += 1
    p.footer(footer)
    return p


def scan(p, mode="gray", seed=1, skew=None, blur=None):
    """office scanner: skew, speckle; mode gray (colour kept only if the page has a seal) or bilevel"""
    rnd = random.Random(seed)
    img = p.img
    ang = skew if skew is not None else rnd.choice([-1, 1]) * rnd.uniform(0.3, 1.4)
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor="white")
    d = ImageDraw.Draw(img)
    for _ in range(int(p.W * p.H / 400000)):
        x, y = rnd.randrange(p.W), rnd.randrange(p.H)
        s = rnd.choice([1, 1, 2, 3])
        g = rnd.randint(60, 170)
        d.ellipse([x, y, x + s, y + s], fill=(g, g, g))
    img = img.filter(ImageFilter.GaussianBlur(blur or (0.6 if mode == "bilevel" else 0.95)))
    if mode == "bilevel":
        g = img.convert("L").point(lambda v: 255 if v > 150 else 0)
        return g.convert("1")
    if not p.has_seal:
        img = img.convert("L")
    return img


def photo(p, seed=1, width=1500):
    """phone photo of a page: desk border, rotation, perspective, uneven light, shadow band"""
    rnd = random.Random(seed)
    page = p.img.resize((width, int(width * p.H / p.W)), Image.LANCZOS)
    bw = int(width * 0.06)
    W, H = page.width + 2 * bw, page.height + 2 * bw
    canvas = Image.new("RGB", (W, H), (118, 96, 74))
    canvas.paste(page, (bw, bw))
    canvas = canvas.rotate(rnd.choice([-1, 1]) * rnd.uniform(1, 3), resample=Image.BICUBIC, fillcolor=(110, 90, 70))
    j = lambda: rnd.uniform(-0.035, 0.035) * W
    quad = (j(), j(), j(), H + j(), W + j(), H + j(), W + j(), j())
    from PIL import ImageTransform  # noqa
    canvas = canvas.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(110, 90, 70))
    # lighting: gradient + soft shadow band
    big = Image.linear_gradient("L").resize((2 * W, 2 * H)).rotate(rnd.uniform(20, 160), expand=False)
    grad = big.crop((W // 2, H // 2, W // 2 + W, H // 2 + H))
    grad = grad.point(lambda v: int(175 + v * 80 / 255))
    shade = Image.new("L", (W, H), 255)
    sd = ImageDraw.Draw(shade)
    x0 = rnd.randint(int(W * 0.15), int(W * 0.7))
    sd.polygon([(x0, 0), (x0 + W * 0.18, 0), (x0 + W * 0.05, H), (x0 - W * 0.12, H)], fill=195)
    shade = shade.filter(ImageFilter.GaussianBlur(W / 25))
    light = Image.composite(grad, Image.new("L", (W, H), 0), Image.new("L", (W, H), 255))
    from PIL import ImageChops
    light = ImageChops.multiply(light, shade)
    out = ImageChops.multiply(canvas, Image.merge("RGB", (light, light, light)))
    out = ImageChops.multiply(out, Image.new("RGB", (W, H), (255, 246, 228)))
    out = out.filter(ImageFilter.GaussianBlur(0.7))
    if out.width > width:
        out = out.resize((width, int(out.height * width / out.width)), Image.LANCZOS)
    return out


def save_jpeg(img, path, q=55, limit=400_000):
    while True:
        b = io.BytesIO(); img.save(b, "JPEG", quality=q, optimize=True)
        if b.tell() < limit or q < 30: break
        q -= 5
    open(path, "wb").write(b.getvalue())


def pdf_from_images(items, path, q_gray=45, q_rgb=50):
    """items: PIL images (scans) or callables(canvas) for typed pages"""
    from reportlab.pdfgen import canvas as rc
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    c = rc.Canvas(path, pagesize=A4, pageCompression=1)
    for it in items:
        if callable(it):
            it(c)
        else:
            b = io.BytesIO()
            if it.mode == "1":
                it.convert("L").save(b, "PNG", optimize=True)
            else:
                it.save(b, "JPEG", quality=q_gray if it.mode == "L" else q_rgb, optimize=True)
            b.seek(0)
            c.drawImage(ImageReader(b), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ---------- ID check characters ----------
_UCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(_UCC.index(ch) * w for ch, w in zip(body17, _UW))
    return body17 + _UCC[(31 - s % 31) % 31]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


def idcard(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def idcard_ok(n):
    return len(n) == 18 and idcard(n[:17]) == n


def volume(docs, footer=None, catalog_title="卷 内 目 录", catalog_head=None, catalog_override=None):
    """docs: list of (title, date_str, pages[list of line lists]).
    Returns list of (lines, footer_text). The 卷内目录 is unnumbered and lists real page ranges
    (unless catalog_override gives the rows)."""
    total = sum(len(d[2]) for d in docs)
    rows, n = [], 1
    for i, (t, dt, pgs) in enumerate(docs, 1):
        rng = str(n) if len(pgs) == 1 else f"{n}-{n + len(pgs) - 1}"
        rows.append((i, t, dt, rng)); n += len(pgs)
    if catalog_override: rows = catalog_override
    cat = ["#C " + catalog_title] + (catalog_head or []) + ["#T 0.08,0.56,0.2,0.16", "|序号|文件名称|日期|页号|"]
    cat += [f"|{a}|{b}|{c}|{d}|" for a, b, c, d in rows] + ["#E"]
    out, n = [(cat, None)], 1
    for t, dt, pgs in docs:
        for pg in pgs:
            out.append((pg, footer(n, total) if footer else None)); n += 1
    return out


def typed_page(lines, footer=None, fname="WQY"):
    """a page with a real text layer (reportlab + WenQuanYi Zen Hei); same markup as build_page,
    tables are rendered as ruled grids too."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    if fname not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(fname, WQY, subfontIndex=0))
    sw = lambda t, s: pdfmetrics.stringWidth(t, fname, s)
    W, H = A4
    ml, mr, fs = 68, W - 65, 11.5
    lh = fs * 1.8

    def wrap(t, width, s=fs):
        out, cur = [], ""
        for ch in t:
            if sw(cur + ch, s) > width and cur:
                out.append(cur); cur = ""
            cur += ch
        out.append(cur)
        return out

    def draw(c):
        y = H - 70
        i = 0
        while i < len(lines):
            ln = lines[i].replace("⟨", "").replace("⟩", "")
            if ln.startswith("#C "):
                c.setFont(fname, 17); t = ln[3:]
                y -= 6; c.drawString((W - sw(t, 17)) / 2, y, t); y -= lh * 1.4
            elif ln.startswith("#c "):
                c.setFont(fname, fs); t = ln[3:]; c.drawString((W - sw(t, fs)) / 2, y, t); y -= lh
            elif ln.startswith("#R "):
                c.setFont(fname, fs); t = ln[3:]; c.drawString(mr - sw(t, fs), y, t); y -= lh
            elif ln.startswith("#G"):
                y -= lh * int(ln[2:].strip() or 1)
            elif ln.startswith("#S"):
                pass
            elif ln.startswith("#T "):
                fr = [float(x) for x in ln[3:].split(",")]
                xs = [ml]
                for f in fr: xs.append(xs[-1] + f * (mr - ml))
                i += 1
                c.setFont(fname, fs - 0.5)
                while not lines[i].startswith("#E"):
                    cells = lines[i].replace("⟨", "").replace("⟩", "").strip("|").split("|")
                    spans = []
                    for k, t in enumerate(cells):
                        if t.strip() == ">" and spans:
                            spans[-1][1] = k
                        else:
                            spans.append([k, k, t])
                    laid = []
                    for s0, s1, t in spans:
                        ls = []
                        for part in t.split("\\n"):
                            ls += wrap(part, xs[s1 + 1] - xs[s0] - 8, fs - 0.5)
                        laid.append((s0, s1, ls))
                    h = max(len(l) for _, _, l in laid) * (fs * 1.45) + 8
                    for s0, s1, ls in laid:
                        c.rect(xs[s0], y - h + fs, xs[s1 + 1] - xs[s0], h)
                        yy = y - 3
                        for t in ls:
                            c.drawString(xs[s0] + 4, yy, t); yy -= fs * 1.45
                    y -= h
                    i += 1
                y -= 6
            else:
                c.setFont(fname, fs)
                for t in wrap(ln, mr - ml):
                    c.drawString(ml, y, t); y -= lh
            i += 1
        if footer:
            c.setFont(fname, 10); c.drawString((W - sw(footer, 10)) / 2, 36, footer)
    return draw
