"""Shared helpers for the heldout69 corpus: identifiers, dates, amounts, a small
document model, and renderers (plain text, image pages, PDF, DOCX, OFD).

Everything is deterministic: random choices use random.Random(seed)."""
import datetime as dt
import io
import math
import random
import subprocess

import chinese_calendar

def _font(pattern):
    """(file, index) of an installed font, found through fontconfig (no fixed paths)."""
    out = subprocess.run(["fc-match", "-f", "%{file}|%{index}", pattern], capture_output=True,
                         text=True, check=True).stdout
    f, i = out.rsplit("|", 1)
    return f, int(i or 0)


SERIF = _font("Noto Serif CJK SC:style=Regular")
SERIF_B = _font("Noto Serif CJK SC:style=Bold")
SANS = _font("Noto Sans CJK SC:style=Regular")
SANS_B = _font("Noto Sans CJK SC:style=Bold")
HAND = _font("WenQuanYi Zen Hei")
FONT_WQY = HAND[0]

# ---------------------------------------------------------------- identifiers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    """GB 11714 check character for an 8-character organisation code body."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wi in zip(body8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * wi
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(kind2, region6, body8):
    """统一社会信用代码 (GB 32100): kind2 e.g. '91' (企业) or '92' (个体工商户)."""
    org = body8 + _org_check(body8)
    s17 = kind2 + region6 + org
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    c = 31 - total % 31
    c = 0 if c == 31 else c
    return s17 + USCC_CHARS[c]


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    c = 31 - total % 31
    c = 0 if c == 31 else c
    return USCC_CHARS[c] == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(region6, birth8, seq3):
    """居民身份证号码 (GB 11643) with its check character."""
    s17 = region6 + birth8 + seq3
    s = sum(int(a) * w for a, w in zip(s17, ID_W))
    return s17 + "10X98765432"[s % 11]


def idno_ok(code):
    if len(code) != 18 or not code[:17].isdigit():
        return False
    s = sum(int(a) * w for a, w in zip(code[:17], ID_W))
    return "10X98765432"[s % 11] == code[17].upper()


def regno15(first14):
    """15-digit 工商注册号 (pre-2015) with ISO 7064 MOD 11,10 check digit."""
    p = 10
    for ch in first14:
        s = p % 11 + int(ch)
        p = (s % 10 or 10) * 2
    for c in range(10):
        if (p % 11 + c) % 10 == 1:
            return first14 + str(c)
    raise ValueError


def regno15_ok(code):
    if len(code) != 15 or not code.isdigit():
        return False
    return regno15(code[:14]) == code


# ---------------------------------------------------------------- dates
CN_DIGITS = "〇一二三四五六七八九"


def d(s):
    return dt.date.fromisoformat(s)


def cn_year(y, zero="〇"):
    return "".join(zero if c == "0" else CN_DIGITS[int(c)] for c in str(y))


def cn_small(n):
    if n < 10:
        return CN_DIGITS[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIGITS[n - 10]
    t, u = divmod(n, 10)
    return CN_DIGITS[t] + "十" + (CN_DIGITS[u] if u else "")


def date_cn(x, zero="〇"):
    x = d(x) if isinstance(x, str) else x
    return f"{cn_year(x.year, zero)}年{cn_small(x.month)}月{cn_small(x.day)}日"


def date_ar(x):
    x = d(x) if isinstance(x, str) else x
    return f"{x.year}年{x.month}月{x.day}日"


def date_ar0(x):
    x = d(x) if isinstance(x, str) else x
    return f"{x.year}年{x.month:02d}月{x.day:02d}日"


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def date_fw(x):
    return date_ar(x).translate(FW)


def date_dot(x):
    x = d(x) if isinstance(x, str) else x
    return f"{x.year}.{x.month}.{x.day}"


def workdays_between(a, b):
    """Working days after a up to and including b (APL art. 85 style counting)."""
    a, b = (d(a) if isinstance(a, str) else a), (d(b) if isinstance(b, str) else b)
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def add_workdays(a, n):
    x = d(a) if isinstance(a, str) else a
    while n:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n -= 1
    return x


def days_between(a, b):
    a, b = (d(a) if isinstance(a, str) else a), (d(b) if isinstance(b, str) else b)
    return (b - a).days


# ---------------------------------------------------------------- amounts
_NUM = "零壹贰叁肆伍陆柒捌玖"
_UNIT = ["", "拾", "佰", "仟"]


def _four(n):
    s, zero = "", False
    for i in range(3, -1, -1):
        v = n // 10 ** i % 10
        if v:
            if zero:
                s += "零"
                zero = False
            s += _NUM[v] + _UNIT[i]
        elif s:
            zero = True
    return s


def rmb_upper(amount):
    """Integer or .xx yuan -> 大写, e.g. 34800 -> 叁万肆仟捌佰元整."""
    yuan = int(amount)
    jiao_fen = round((amount - yuan) * 100)
    parts = []
    wan, ge = divmod(yuan, 10000)
    if wan:
        parts.append(_four(wan) + "万")
    if ge:
        if wan and ge < 1000:
            parts.append("零")
        parts.append(_four(ge))
    s = "".join(parts) or "零"
    s += "元"
    if jiao_fen:
        j, f = divmod(jiao_fen, 10)
        if j:
            s += _NUM[j] + "角"
        if f:
            s += ("零" if not j else "") + _NUM[f] + "分"
    else:
        s += "整"
    return s


def money(n, dec=True):
    return f"{n:,.2f}" if dec else f"{n:,}"


# ---------------------------------------------------------------- document model
# A document is dict(title=..., blocks=[...], meta...). Block kinds:
#  ("title", text)           big centred title
#  ("sub", text)             centred line (文号, agency line)
#  ("p", text)               paragraph with first-line indent
#  ("pl", text)              paragraph without indent
#  ("right", text)           right-aligned line
#  ("kv", [(label, value, hand_bool), ...])  label/value lines in a 2-col box
#  ("table", rows, widths)   rows: list of list of cells; a cell is str or ("h", str) for handwriting
#  ("sign", [(label, value_or_None, hand_bool)])  signature row(s); None = empty line
#  ("seal", agency_text, bottom_text)  seal on the previous line area
#  ("gap", n)                vertical space in lines
#  ("hand", text)            handwritten paragraph
#  ("rule",)                 horizontal line
#  ("photo", caption)        evidence photo placeholder box


def text_render(doc, seal_marker="（印章）", width=None):
    """Plain-text rendering of a document (for .txt cases and DOCX bodies)."""
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            out.append(b[1])
        elif k == "sub":
            out.append(b[1])
        elif k in ("p", "hand"):
            out.append(("　　" if k == "p" else "") + b[1])
        elif k == "pl":
            out.append(b[1])
        elif k == "right":
            out.append(b[1])
        elif k == "kv":
            for lab, val, _h in b[1]:
                out.append(f"{lab}：{val}")
        elif k == "table":
            for row in b[1]:
                cells = [c[1] if isinstance(c, tuple) else c for c in row]
                out.append("｜".join(cells))
        elif k == "sign":
            for lab, val, _h in b[1]:
                out.append(f"{lab}：{val if val else ''}")
        elif k == "seal":
            if seal_marker:
                out.append(seal_marker)
        elif k == "gap":
            out.append("")
        elif k == "rule":
            out.append("—" * 20)
        elif k == "photo":
            out.append(f"[照片] {b[1]}")
    return out


def flatten(ds):
    """All strings of a list of (title, blocks) documents, for check.py."""
    out = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)

    for _t, blocks in ds:
        for b in blocks:
            walk(list(b[1:]))
    return "\n".join(out)
