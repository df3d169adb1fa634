# -*- coding: utf-8 -*-
"""Shared helpers for the heldout65 generator: identifiers, amounts, dates, renderers.

A case is a list of documents. A document is a dict:
  {"title": str, "numbered": bool, "pages": [[block, ...], ...], "file": optional name stem}
Blocks:
  ("title", text) ("no", text) ("p", text) ("kv", [(label, value), ...])
  ("table", header_or_None, rows) ("qa", [(q, a), ...]) ("sig", text) ("seal", agency)
  ("photo", caption) ("sp",)
Numbered pages get a footer 第N页 (N counted over numbered pages of the whole case).
"""
import datetime as dt
import os
import random

import chinese_calendar

# ---------------------------------------------------------------- identifiers
_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    """Append the GB 32100 check character to a 17-character body."""
    assert len(body17) == 17, body17
    s = sum(_CC_CHARS.index(c) * w for c, w in zip(body17, _CC_W))
    return body17 + _CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and all(c in _CC_CHARS for c in code) and credit_code(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17):
    assert len(body17) == 17
    s = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return body17 + "10X98765432"[s % 11]


def id_ok(code):
    return len(code) == 18 and code[:17].isdigit() and id_number(code[:17]) == code


# ---------------------------------------------------------------- amounts
_D = "零壹贰叁肆伍陆柒捌玖"


def _four(n):
    units = ["", "拾", "佰", "仟"]
    s, zero = "", False
    digits = [int(c) for c in f"{n:04d}"]
    for i, d in enumerate(digits):
        u = units[3 - i]
        if d == 0:
            zero = True
        else:
            if zero and s:
                s += "零"
            s += _D[d] + u
            zero = False
    return s


def daxie(amount):
    """人民币大写 of a non-negative amount in yuan (up to 亿)."""
    fen = int(round(amount * 100))
    yuan, jf = divmod(fen, 100)
    jiao, f = divmod(jf, 10)
    wan, low = divmod(yuan, 10000)
    s = ""
    if wan:
        s += _four(wan) + "万"
        if low and low < 1000:
            s += "零"
    if low:
        s += _four(low)
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and f == 0:
        return s + "整"
    if jiao:
        s += _D[jiao] + "角"
    elif f:
        s += "零"
    if f:
        s += _D[f] + "分"
    return s


# ---------------------------------------------------------------- dates
_CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    t, o = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + (_CN[o] if o else "")


def d_cn(d):
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def d_ar(d):
    return f"{d.year}年{d.month}月{d.day}日"


def d_dot(d):
    return f"{d.year}.{d.month}.{d.day}"


def D(s):
    return dt.date.fromisoformat(s)


def workdays_after(start, end):
    """Number of working days in (start, end]."""
    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def add_workdays(start, k):
    d, n = start, 0
    while n < k:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return d


# ---------------------------------------------------------------- pagination
def paginate(docs):
    """Return list of (doc_index, page_index, page_no_or_None) and the 目录 rows."""
    out, n, toc = [], 0, []
    for di, doc in enumerate(docs):
        first = None
        for pi, _ in enumerate(doc["pages"]):
            if doc.get("numbered", True):
                n += 1
                first = first or n
                out.append((di, pi, n))
            else:
                out.append((di, pi, None))
        if doc.get("numbered", True):
            toc.append((doc["title"], first, n))
    return out, toc


def toc_rows(toc, override=None):
    rows = []
    for i, (t, a, b) in enumerate(toc, 1):
        rng = str(a) if a == b else f"{a}-{b}"
        if override and t in override:
            rng = override[t]
        rows.append([str(i), t, rng])
    return rows


# ---------------------------------------------------------------- plain text rendering
FW = "\u3000"


def block_lines(b, fullwidth=False, width=36):
    k = b[0]
    if k == "title":
        pad = max(0, (width - len(b[1])) // 2)
        return [(FW if fullwidth else "  ") * (pad // (1 if fullwidth else 1)) + b[1], ""]
    if k == "no":
        return [(FW * 10 if fullwidth else " " * 20) + b[1]]
    if k == "p":
        return [(FW * 2) + b[1]]
    if k == "kv":
        if fullwidth:
            w = max(len(l) for l, _ in b[1])
            return [l + FW * (w - len(l)) + "：" + v for l, v in b[1]]
        return [f"{l}：{v}" for l, v in b[1]]
    if k == "table":
        head, rows = b[1], b[2]
        lines = []
        if head:
            lines.append(" | ".join(head))
            lines.append("-" * 30)
        for r in rows:
            lines.append(" | ".join(r))
        return lines
    if k == "qa":
        out = []
        for q, a in b[1]:
            out.append("问：" + q)
            out.append("答：" + a)
        return out
    if k == "sig":
        return [(FW * 12 if fullwidth else " " * 24) + b[1]]
    if k == "seal":
        return [(FW * 12 if fullwidth else " " * 24) + f"（印章：{b[1]}）"]
    if k == "photo":
        return [f"［照片］{b[1]}"]
    if k == "sp":
        return [""]
    raise ValueError(k)


def render_text(docs, footer_fmt="第{n}页", fullwidth=False, sep="\f", newline="\n"):
    pages, _ = paginate(docs)
    chunks = []
    for di, pi, n in pages:
        lines = []
        for b in docs[di]["pages"][pi]:
            lines.extend(block_lines(b, fullwidth))
        if n is not None:
            lines.append("")
            lines.append((FW * 14 if fullwidth else " " * 28) + footer_fmt.format(n=n))
        chunks.append(newline.join(lines))
    return (newline + sep + newline if sep != "\f" else newline + "\f").join(chunks) + newline


# ---------------------------------------------------------------- image rendering (scans / photos)
FONT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_KAI_CANDIDATES = ["/usr/share/fonts/truetype/arphic/ukai.ttc",
                       "/usr/share/fonts/truetype/arphic-ukai/ukai.ttc",
                       "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"]


def kai_font_path():
    for p in FONT_KAI_CANDIDATES:
        if os.path.exists(p):
            return p
    return FONT_SANS


def _wrap(draw, text, font, maxw):
    lines, cur = [], ""
    for ch in text:
        if draw.textlength(cur + ch, font=font) > maxw and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def render_page_image(blocks, page_no, dpi, colour, hand_names=(), footer_fmt="第{n}页", seed=0):
    """Draw one A4 page; returns a PIL image (RGB)."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("RGB", (W, H), (250, 248, 240) if colour else (245, 245, 245))
    dr = ImageDraw.Draw(img)
    s = dpi / 72.0
    f_body = ImageFont.truetype(FONT_SERIF, int(10.5 * s), index=2)
    f_title = ImageFont.truetype(FONT_SANS, int(16 * s), index=2)
    f_small = ImageFont.truetype(FONT_SERIF, int(9 * s), index=2)
    f_hand = ImageFont.truetype(kai_font_path(), int(12 * s))
    ink = (20, 20, 30)
    x0, x1 = int(60 * s), W - int(60 * s)
    y = int(60 * s)
    lh = int(16 * s)

    def text_line(x, yy, t, font=f_body):
        # names written by hand in another font
        parts = [t]
        for nm in hand_names:
            new = []
            for p in parts:
                if isinstance(p, tuple):
                    new.append(p)
                    continue
                segs = p.split(nm)
                for i, sg in enumerate(segs):
                    if sg:
                        new.append(sg)
                    if i < len(segs) - 1:
                        new.append((nm,))
            parts = new
        cx = x
        for p in parts:
            if isinstance(p, tuple):
                dr.text((cx, yy - int(2 * s)), p[0], font=f_hand, fill=(30, 40, 120) if colour else (40, 40, 40))
                cx += dr.textlength(p[0], font=f_hand)
            else:
                dr.text((cx, yy), p, font=font, fill=ink)
                cx += dr.textlength(p, font=font)

    seals = []
    for b in blocks:
        k = b[0]
        if k == "title":
            tw = dr.textlength(b[1], font=f_title)
            dr.text(((W - tw) / 2, y), b[1], font=f_title, fill=ink)
            y += int(28 * s)
        elif k == "no":
            tw = dr.textlength(b[1], font=f_body)
            dr.text(((W - tw) / 2, y), b[1], font=f_body, fill=ink)
            y += lh + int(4 * s)
        elif k in ("p",):
            for ln in _wrap(dr, "　　" + b[1], f_body, x1 - x0):
                text_line(x0, y, ln)
                y += lh
            y += int(3 * s)
        elif k == "kv":
            lw = int(110 * s)
            for lab, val in b[1]:
                vl = _wrap(dr, val, f_body, x1 - x0 - lw - int(8 * s))
                hgt = lh * len(vl) + int(6 * s)
                dr.rectangle([x0, y, x0 + lw, y + hgt], outline=ink, width=max(1, int(s * 0.8)))
                dr.rectangle([x0 + lw, y, x1, y + hgt], outline=ink, width=max(1, int(s * 0.8)))
                dr.text((x0 + int(4 * s), y + int(3 * s)), lab, font=f_body, fill=ink)
                yy = y + int(3 * s)
                for ln in vl:
                    text_line(x0 + lw + int(5 * s), yy, ln)
                    yy += lh
                y += hgt
            y += int(6 * s)
        elif k == "table":
            head, rows = b[1], b[2]
            allrows = ([head] if head else []) + rows
            ncol = len(allrows[0])
            cw = (x1 - x0) / ncol
            for r in allrows:
                cells = [_wrap(dr, c, f_small, cw - int(6 * s)) for c in r]
                hgt = max(len(c) for c in cells) * int(13 * s) + int(6 * s)
                for i, c in enumerate(cells):
                    dr.rectangle([x0 + i * cw, y, x0 + (i + 1) * cw, y + hgt], outline=ink, width=max(1, int(s * 0.8)))
                    yy = y + int(3 * s)
                    for ln in c:
                        dr.text((x0 + i * cw + int(3 * s), yy), ln, font=f_small, fill=ink)
                        yy += int(13 * s)
                y += hgt
            y += int(6 * s)
        elif k == "qa":
            for q, a in b[1]:
                for pre, t in (("问：", q), ("答：", a)):
                    for ln in _wrap(dr, pre + t, f_body, x1 - x0):
                        text_line(x0, y, ln)
                        y += lh
            y += int(3 * s)
        elif k == "sig":
            tw = dr.textlength(b[1], font=f_body)
            text_line(x1 - tw - int(20 * s), y, b[1])
            y += lh + int(4 * s)
        elif k == "seal":
            seals.append((x1 - int(110 * s), y - int(70 * s), b[1]))
        elif k == "photo":
            ph = int(150 * s)
            rnd = random.Random(seed + y)
            box = [x0 + int(40 * s), y, x1 - int(40 * s), y + ph]
            dr.rectangle(box, fill=(170, 175, 165) if colour else (175, 175, 175), outline=ink)
            for _ in range(25):
                xa = rnd.randint(box[0], box[2] - 40)
                ya = rnd.randint(box[1], box[3] - 20)
                c = rnd.randint(90, 200)
                dr.rectangle([xa, ya, xa + rnd.randint(20, 120), ya + rnd.randint(10, 60)],
                             fill=(c, c - 10, c - 25) if colour else (c, c, c))
            y += ph + int(4 * s)
            for ln in _wrap(dr, b[1], f_small, x1 - x0):
                dr.text((x0 + int(40 * s), y), ln, font=f_small, fill=ink)
                y += int(13 * s)
            y += int(6 * s)
        elif k == "sp":
            y += lh
    for (sx, sy, name) in seals:
        r = int(52 * s)
        colr = (215, 30, 35) if colour else (120, 120, 120)
        cx, cy = sx + r, sy + r
        dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=colr, width=int(3.2 * s))
        dr.text((cx - int(8 * s), cy - int(10 * s)), "★", font=f_title, fill=colr)
        fs = ImageFont.truetype(FONT_SANS, int(7 * s), index=2)
        short = name if len(name) <= 14 else name[:14]
        tw = dr.textlength(short, font=fs)
        dr.text((cx - tw / 2, cy + int(14 * s)), short, font=fs, fill=colr)
    if y > H - int(55 * s):
        raise ValueError('page overflow: ' + str(blocks[0]))
    if page_no is not None:
        t = footer_fmt.format(n=page_no)
        tw = dr.textlength(t, font=f_small)
        dr.text((x1 - tw, H - int(45 * s)), t, font=f_small, fill=ink)
    return img


def degrade(img, angle, grey, seed, persp=False, sigma=6):
    from PIL import Image, ImageFilter
    import numpy as np
    rnd = np.random.default_rng(seed)
    if grey:
        img = img.convert("L")
    fill = 235 if grey else (236, 233, 225)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if persp:
        w, h = img.size
        d = int(w * 0.025)
        coeffs = _persp_coeffs([(0, 0), (w, 0), (w, h), (0, h)],
                               [(d, int(d * 0.6)), (w - int(d * 0.3), 0), (w, h), (int(d * 0.5), h - int(d * 0.4))])
        img = img.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=fill)
    arr = np.asarray(img).astype("int16")
    noise = rnd.normal(0, sigma, arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype("uint8")
    img = Image.fromarray(arr)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return img


def _persp_coeffs(src, dst):
    import numpy as np
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array([c for p in src for c in p], dtype=float)
    return list(np.linalg.solve(A, B))
