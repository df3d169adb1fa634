"""Page layout shared by the image and PDF renderers.

A page (list of blocks, see common.py) is laid out on an A4 sheet measured in points
(595 x 842, y downwards) into draw operations:
  ("text", x, y_baseline, text, font_key, size, colour, jitter)
  ("line", x0, y0, x1, y1, width)
  ("seal", cx, cy, org)
  ("pageno", n)
Backends (render_img, render_pdf) turn the operations into pixels or PDF objects.
Fonts are found with fc-list at run time, so no machine path is written in the sources.
"""
from __future__ import annotations

import subprocess
from functools import lru_cache

W, H = 595.0, 842.0

FAMILIES = {
    # key: (family for PIL, index hint, family for reportlab (TrueType only))
    "song": ("Noto Serif CJK SC", "AR PL UMing CN"),
    "hei": ("Noto Sans CJK SC", "WenQuanYi Zen Hei"),
    "heib": ("Noto Sans CJK SC:style=Bold", "WenQuanYi Zen Hei"),
    "kai": ("AR PL UKai CN", "AR PL UKai CN"),
    "kai2": ("AR PL KaitiM GB", "AR PL KaitiM GB"),
    "fs": ("AR PL UMing CN", "AR PL UMing CN"),
}


@lru_cache(maxsize=None)
def font_file(pattern: str) -> tuple[str, int]:
    """(file, index) of the first font matching an fc pattern such as 'Noto Serif CJK SC'."""
    out = subprocess.run(["fc-match", "-f", "%{file}|%{index}|%{family}", pattern],
                         capture_output=True, text=True, check=True).stdout
    f, idx, fam = out.split("|", 2)
    want = pattern.split(":")[0]
    if want.split()[0] not in fam:
        raise RuntimeError(f"font {pattern!r} not installed (fc-match gave {fam!r})")
    return f, int(idx)


def wrap(text: str, width: float, measure, font: str, size: float, indent: float = 0.0):
    """Greedy character wrap (CJK has no spaces); keeps closing punctuation off line starts."""
    import re
    lines, cur, cur_w, first = [], "", indent, True
    no_start = "，。、；：？！）》」』”’%"
    # runs of ASCII letters/digits (ids, amounts, codes) move to the next line whole, as in Word
    for tok in re.findall(r"[0-9A-Za-z.,¥/×²\-:]+|.", text):
        w = measure(tok, font, size)
        if len(tok) > 1 and w > width * 0.6:
            chars = list(tok)
        else:
            chars = [tok]
        for ch in chars:
            w = measure(ch, font, size)
            if cur and cur_w + w > width and ch[0] not in no_start:
                lines.append((cur, first))
                cur, cur_w, first = "", 0.0, False
            cur += ch
            cur_w += w
    lines.append((cur, first))
    return lines


def layout_page(blocks, measure, scale=1.0, margins=(62, 58, 60, 70), ink="black",
                hand_ink=(20, 35, 110), base=10.5, rng=None):
    """Lay out one page; returns (ops, overflow_bool). `scale` shrinks fonts to fit."""
    left, top, right, bottom = margins
    width = W - left - right
    fs = base * scale
    lh = fs * 1.62
    y = top
    ops = []
    last_r_y = None

    def jit():
        return (rng.uniform(-1.2, 1.2), rng.uniform(-0.8, 0.8)) if rng else (0, 0)

    for b in blocks:
        k = b[0]
        if k == "title":
            size = fs * 1.75
            tw = measure(b[1], "heib", size)
            y += size * 1.1
            ops.append(("text", left + (width - tw) / 2, y, b[1], "heib", size, ink, None))
            y += size * 0.75
        elif k in ("sub", "c"):
            size = fs * (1.0 if k == "sub" else 0.92)
            tw = measure(b[1], "song", size)
            y += lh
            ops.append(("text", left + (width - tw) / 2, y, b[1], "song", size, ink, None))
        elif k in ("p", "l"):
            ind = 2 * fs if k == "p" else 0
            for txt, first in wrap(b[1], width, measure, "song", fs, ind):
                y += lh
                ops.append(("text", left + (ind if first else 0), y, txt, "song", fs, ink, None))
        elif k == "hand":
            size = fs * 1.15
            for txt, first in wrap(b[1], width - 2 * fs, measure, "kai", size):
                y += lh * 1.05
                ops.append(("text", left + fs, y, txt, "kai", size, hand_ink, jit()))
        elif k == "r":
            tw = measure(b[1], "song", fs)
            y += lh
            ops.append(("text", left + width - tw - 2 * fs, y, b[1], "song", fs, ink, None))
            last_r_y = y
        elif k == "gap":
            y += lh * b[1]
        elif k == "sig":
            pre, _, hand = b[1].partition("｜")
            y += lh * 1.15
            x = left
            ops.append(("text", x, y, pre, "song", fs, ink, None))
            x += measure(pre, "song", fs) + fs * 0.4
            if hand:
                ops.append(("text", x, y + 1, hand, "kai", fs * 1.25, hand_ink, jit()))
        elif k == "kv":
            y += lh * 1.1
            x = left
            n = len(b[1])
            cell = width / n
            for i, item in enumerate(b[1]):
                lab, val = item[0], item[1]
                hand = item[2] if len(item) > 2 else False
                cx = left + i * cell
                ops.append(("text", cx, y, lab, "song", fs, ink, None))
                vx = cx + measure(lab, "song", fs) + 2
                if hand:
                    ops.append(("text", vx, y + 1, val, "kai", fs * 1.15, hand_ink, jit()))
                else:
                    ops.append(("text", vx, y, val, "song", fs, ink, None))
                ops.append(("line", vx - 1, y + 3, cx + cell - 6, y + 3, 0.5))
        elif k == "table":
            rows, widths = b[1], b[2]
            tot = float(sum(widths))
            colw = [width * w / tot for w in widths]
            tsize = fs * 0.95
            tlh = tsize * 1.5
            y += lh * 0.4
            ops.append(("line", left, y, left + width, y, 0.8))
            for row in rows:
                cells = []
                for cw, cell in zip(colw, row):
                    hand = cell.startswith("✍")
                    txt = cell[1:] if hand else cell
                    fkey = "kai" if hand else "song"
                    sz = tsize * (1.12 if hand else 1.0)
                    parts = []
                    for seg in txt.split("\n"):
                        parts += [t for t, _ in wrap(seg, cw - 8, measure, fkey, sz)]
                    cells.append((parts, fkey, sz, hand))
                nlines = max(len(c[0]) for c in cells)
                rh = nlines * tlh + tsize * 0.6
                x = left
                for cw, (parts, fkey, sz, hand) in zip(colw, cells):
                    yy = y + tsize * 0.3
                    for t in parts:
                        yy += tlh
                        ops.append(("text", x + 4, yy - tsize * 0.25, t, fkey, sz,
                                    hand_ink if hand else ink, jit() if hand else None))
                    x += cw
                x = left
                for cw in colw:
                    ops.append(("line", x, y, x, y + rh, 0.8))
                    x += cw
                ops.append(("line", left + width, y, left + width, y + rh, 0.8))
                y += rh
                ops.append(("line", left, y, left + width, y, 0.8))
        elif k == "cols":
            # two columns: ("cols", [left paragraphs], [right paragraphs], left_fraction)
            frac = b[3] if len(b) > 3 else 0.5
            gut = fs * 1.5
            wl = (width - gut) * frac
            wr = width - gut - wl
            y0 = y
            heights = []
            for col, cx, cwid in ((b[1], left, wl), (b[2], left + wl + gut, wr)):
                yy = y0
                for para in col:
                    box = para.startswith("□")
                    txt = para[1:] if box else para
                    if box:
                        # a photo placeholder: a framed box with a caption inside
                        h = fs * 7
                        ops.append(("line", cx, yy + 4, cx + cwid, yy + 4, 0.6))
                        ops.append(("line", cx, yy + 4 + h, cx + cwid, yy + 4 + h, 0.6))
                        ops.append(("line", cx, yy + 4, cx, yy + 4 + h, 0.6))
                        ops.append(("line", cx + cwid, yy + 4, cx + cwid, yy + 4 + h, 0.6))
                        ops.append(("text", cx + 6, yy + 4 + h / 2, txt, "song", fs * 0.85, (110, 110, 110), None))
                        yy += h + lh * 0.6
                        continue
                    for t, first in wrap(txt, cwid, measure, "song", fs * 0.95):
                        yy += lh * 0.95
                        ops.append(("text", cx, yy, t, "song", fs * 0.95, ink, None))
                    yy += lh * 0.3
                heights.append(yy)
            y = max(heights)
        elif k == "seal":
            sy = (last_r_y if last_r_y is not None else y) - fs * 0.8
            ops.append(("seal", left + width * 0.70, sy, b[1]))
            y = max(y, sy + 50)  # what follows the 落款 starts below the seal
        else:
            raise ValueError(k)
    overflow = y > H - bottom
    return ops, overflow


def fit_page(blocks, measure, **kw):
    """Lay out with the largest scale (<= 1) that fits the page."""
    scale = kw.pop("scale", 1.0)
    while True:
        ops, over = layout_page(blocks, measure, scale=scale, **kw)
        if not over or scale < 0.6:
            if over:
                raise RuntimeError("page does not fit even at 60%: " + str(blocks[:2]))
            return ops, scale
        scale -= 0.03
