"""Shared helpers for the dev19 corpus builder: identifiers, money, dates, calendar, pages.

Everything here is deterministic. Case content lives in cases/*.py; renderers in render_*.py.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import chinese_calendar

# ---------------------------------------------------------------- identifiers

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code_check(code8: str) -> str:
    """GB 11714 check character for an 8-character organisation code body."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * wi for c, wi in zip(code8, w))
    c9 = 11 - s % 11
    return {10: "X", 11: "0"}.get(c9, str(c9))


def uscc(prefix2: str, area6: str, org8: str) -> str:
    """Build a GB 32100 统一社会信用代码 whose 主体标识码 also passes GB 11714."""
    body = prefix2 + area6 + org8 + org_code_check(org8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(area6: str, birth: str, seq3: str) -> str:
    """GB 11643 公民身份号码 with a valid check digit (birth as YYYYMMDD)."""
    body = area6 + birth + seq3
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    return body + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    if len(code) != 18 or not code[:17].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(code[:17], ID_W))
    return "10X98765432"[s % 11] == code[17]


def regno15(body14: str) -> str:
    """Old 15-digit 营业执照注册号 (GS 15-2006, ISO 7064 MOD 11,10 check digit)."""
    p = 10
    for c in body14:
        s = (p + int(c)) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    return body14 + str((11 - p) % 10)


def regno15_ok(code: str) -> bool:
    return len(code) == 15 and code.isdigit() and regno15(code[:14]) == code

# ---------------------------------------------------------------- money

_DIG = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(amount: float) -> str:
    """人民币大写, e.g. 27880 -> 贰万柒仟捌佰捌拾元整."""
    fen = round(amount * 100)
    yuan, jf = divmod(fen, 100)
    jiao, f = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _DIG[d] + units[i]
        return s
    parts, out = [], ""
    yi, rest = divmod(yuan, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    if yi:
        out += four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    if ge:
        if out and ge < 1000:
            out += "零"
        out += four(ge)
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and f == 0:
        return out + "整"
    if jiao:
        out += _DIG[jiao] + "角"
    elif f:
        out += "零"
    if f:
        out += _DIG[f] + "分"
    return out


def yuan_comma(a: float, dec: bool = True) -> str:
    return f"{a:,.2f}" if dec else f"{a:,.0f}"

# ---------------------------------------------------------------- dates

CN_NUM = "〇一二三四五六七八九"


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def cn(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month}月{d.day}日"


def cn0(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def _cn_small(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n]
    t, u = divmod(n, 10)
    s = ("" if t == 1 else "〇一二三四五六七八九"[t]) + "十"
    return s + ("" if u == 0 else "〇一二三四五六七八九"[u])


def cn_upper(d) -> str:
    """二〇一三年五月七日."""
    d = D(d) if isinstance(d, str) else d
    y = "".join(CN_NUM[int(c)] for c in str(d.year))
    return f"{y}年{_cn_small(d.month)}月{_cn_small(d.day)}日"


def fw(s: str) -> str:
    """ASCII digits to full-width digits."""
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def dot(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}.{d.month}.{d.day}"


def is_workday(d: dt.date) -> bool:
    return chinese_calendar.is_workday(d)


def add_workdays(start, n: int) -> dt.date:
    """The date on which an n-working-day period that starts the day after `start` ends."""
    d = D(start) if isinstance(start, str) else start
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            k += 1
    return d


def workdays_between(a, b) -> int:
    """Working days in (a, b]: how many working days after `a` up to and including `b`."""
    a = D(a) if isinstance(a, str) else a
    b = D(b) if isinstance(b, str) else b
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def days_between(a, b) -> int:
    a = D(a) if isinstance(a, str) else a
    b = D(b) if isinstance(b, str) else b
    return (b - a).days

# ---------------------------------------------------------------- document model
# A case is a list of Doc. A Doc is a list of pages; a page is a list of blocks.
# Block kinds (tuples):
#   ("title", text)           large centred heading
#   ("sub", text)             centred line (文号, sub-heading)
#   ("p", text)               paragraph, first-line indent two characters
#   ("l", text)               line, no indent
#   ("r", text)               right-aligned line (落款, date)
#   ("c", text)               centred small line
#   ("kv", [(label, value, hand?) ...])  a row of label/value pairs (form fields)
#   ("table", rows, widths)   grid; rows are lists of cell strings; widths are relative
#   ("sig", text)             a signature line: text before "｜" printed, after it handwritten
#   ("seal", org)             the agency seal (image / marker depending on renderer)
#   ("hand", text)            a handwritten line (image renderers use a brush font)
#   ("gap", n)                n blank lines


@dataclass
class Doc:
    key: str
    title: str              # title as written (for 目录 and README)
    pages: list             # list of pages (lists of blocks)
    numbered: bool = True   # carries an archive page number (cover/目录/备考表 do not)
    date: str | None = None  # ISO 落款 date, for checks
    doc_number: str | None = None
    fname: str | None = None  # for folder cases: the file name


@dataclass
class Case:
    case_id: str
    fmt: str
    docs: list = field(default_factory=list)

    def number_pages(self):
        """Assign archive page numbers; returns {doc.key: (first, last)}."""
        n, ranges = 0, {}
        for d in self.docs:
            if d.numbered:
                first = n + 1
                n += len(d.pages)
                ranges[d.key] = (first, n)
        return ranges


def page_text(page) -> str:
    """Plain text of one page (used by text renderers and checks)."""
    out = []
    for b in page:
        k = b[0]
        if k in ("title", "sub", "p", "l", "r", "c", "hand"):
            out.append(b[1])
        elif k == "sig":
            out.append(b[1].replace("｜", ""))
        elif k == "kv":
            out.append("  ".join(f"{lab}{val}" for lab, val, *_ in b[1]))
        elif k == "table":
            for row in b[1]:
                out.append(" | ".join(c for c in row))
        elif k == "seal":
            pass
        elif k == "gap":
            out.extend([""] * b[1])
    return "\n".join(out)
