"""Shared model and helpers for the dev9 corpus generator.

A case is a list of documents; a document is a list of pages; a page is a list of
blocks.  Blocks are small tuples that every renderer (text, docx, pdf, scan) knows:

    ("title", text)          centred heading (agency line or document title)
    ("right", text)          right-aligned line (文号, 落款日期)
    ("p", text)              paragraph, first line indented
    ("line", text)           plain line, no indent
    ("kv", [(k, v), ...])    form rows: a ruled two-column table or "k：v" lines
    ("grid", header, rows, widths)   a general table (widths are relative)
    ("sig", [text, ...])     signature lines, right-aligned
    ("seal", agency, date)   落款 with the agency seal: "（印章）" in text, a ring in scans
    ("photo", caption)       a photograph frame with its caption lines
    ("blank", n)             n empty lines

Everything here is invented; only the naming pattern of agencies follows real places.
"""

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

import chinese_calendar

# --------------------------------------------------------------------------- model


@dataclass
class Doc:
    title: str                    # the title as the 卷内目录 lists it
    pages: list                   # list of pages, each a list of blocks
    docno: str = ""               # 文号 shown in the 目录
    date: str = ""                # date shown in the 目录
    anchor: str = ""              # text that must appear on the document's first page
    fname: str = ""               # file name inside a folder-format case
    toc: bool = True              # listed in the 卷内目录
    numbered: bool = True         # carries a printed page number (set by build.paginate)

    def __post_init__(self):
        if not self.anchor:
            self.anchor = self.title


@dataclass
class Case:
    case_id: str
    fmt: str                      # folder | gbk | utf8 | utf8box | docx | pdf-table | pdf-prose | pdf-image
    numbering: str                # "all": every page numbered; "docs": 目录/备考表 unnumbered
    agency: str
    docs: list
    toc_header: list = field(default_factory=lambda: ["序号", "文件材料名称", "文号", "日期", "页号", "备注"])
    toc_widths: list = field(default_factory=lambda: [6, 40, 22, 16, 10, 8])
    toc_title: str = "卷内目录"
    toc_extra: list = field(default_factory=list)   # blocks printed above the table
    toc_override: dict = field(default_factory=dict)  # planted 目录 errors, see build.make_toc
    page_sep: str = "range"       # how a page range is written: "range" 1-2, "dash" 1—2, "zhi" 1至2
    footer: str = "第{n}页"
    text_style: dict = field(default_factory=dict)
    author: str = ""
    label: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- blocks

def T(s):
    return ("title", s)


def R(s):
    return ("right", s)


def P(s):
    return ("p", s)


def L(s):
    return ("line", s)


def KV(*rows):
    return ("kv", list(rows))


def G(header, rows, widths=None):
    return ("grid", header, rows, widths or [1] * len(header))


def SIG(*lines):
    return ("sig", list(lines))


def SEAL(agency, date):
    return ("seal", agency, date)


def PHOTO(caption):
    return ("photo", caption)


def BL(n=1):
    return ("blank", n)


# --------------------------------------------------------------------------- dates

CN_DIGIT = "〇一二三四五六七八九"


def d(s):
    return dt.date.fromisoformat(s)


def cn_num(n):
    """1..31 as used in dates: 十, 十一, 二十, 二十一."""
    if n < 10:
        return CN_DIGIT[n]
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else CN_DIGIT[tens]) + "十"
    return s + (CN_DIGIT[ones] if ones else "")


def cn_date(s):
    x = d(s)
    year = "".join(CN_DIGIT[int(c)] for c in str(x.year))
    return f"{year}年{cn_num(x.month)}月{cn_num(x.day)}日"


def ar_date(s):
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def is_workday(x):
    return chinese_calendar.is_workday(x)


def workdays_after(start, end):
    """Working days in (start, end]: how many working days `end` lies after `start`."""
    a, b = d(start), d(end)
    n, cur = 0, a
    while cur < b:
        cur += dt.timedelta(days=1)
        if is_workday(cur):
            n += 1
    return n


def nth_workday_after(start, n):
    cur, k = d(start), 0
    while k < n:
        cur += dt.timedelta(days=1)
        if is_workday(cur):
            k += 1
    return cur.isoformat()


def days_between(a, b):
    return (d(b) - d(a)).days


# --------------------------------------------------------------------------- money

_UP = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]


def _four(n):
    """0 < n < 10000 -> capitals with internal zeros."""
    s, zero = "", False
    for i in range(3, -1, -1):
        q = (n // 10 ** i) % 10
        if q == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += _UP[q] + _UNITS[i]
    return s


def money_upper(amount):
    """Amount in yuan (int or float with at most 2 decimals) -> 大写."""
    fen_total = round(amount * 100)
    yuan, fen = divmod(fen_total, 100)
    jiao, fen = divmod(fen, 10)
    parts = []
    yi, rest = divmod(yuan, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ""
    if yi:
        out += _four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            out += "零"
        out += _four(wan) + "万"
    if ge:
        if (yi or wan) and ge < 1000:
            out += "零"
        out += _four(ge)
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += _UP[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += _UP[fen] + "分"
    return out


def money_small(amount, sign="¥"):
    return f"{sign}{amount:,.2f}"


# --------------------------------------------------------------------------- identifiers

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_check(body8):
    s = sum(_org_val(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code(prefix2, area6, org_body8):
    """GB 32100 统一社会信用代码 with a GB 11714 organisation code inside."""
    org = org_body8 + org_check(org_body8)
    body = prefix2 + area6 + org
    assert all(c in CC_CHARS for c in body), body
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body, CC_W))
    c = (31 - s % 31) % 31
    return body + CC_CHARS[c]


def credit_ok(code):
    if len(code) != 18 or any(c not in CC_CHARS for c in code):
        return False
    s = sum(CC_CHARS.index(c) * w for c, w in zip(code[:17], CC_W))
    if CC_CHARS[(31 - s % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    return org_check(org[:8]) == org[8]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(area6, birth8, seq3):
    body = area6 + birth8 + seq3
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    return body + "10X98765432"[s % 11]


def id_ok(code):
    if len(code) != 18 or not code[:17].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(code[:17], ID_W))
    return "10X98765432"[s % 11] == code[17]


# --------------------------------------------------------------------------- text width

def disp_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap_disp(s, width):
    """Wrap by display columns (CJK = 2); keeps closing punctuation on the line."""
    out, cur, w = [], "", 0
    closing = "，。、；：）」』”！？,.;:)%"
    for ch in s:
        cw = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if w + cw > width and cur and ch not in closing:
            out.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    if cur or not out:
        out.append(cur)
    return out
