"""Shared helpers for the heldout60 generators: check digits, working days, money, case model."""
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

try:
    import chinese_calendar as cc
    HAVE_CC = True
except ImportError:  # pragma: no cover
    HAVE_CC = False

# ---------- check digits ----------
_G32100 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_W11714 = [3, 7, 9, 10, 5, 8, 4, 2]
_W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8: str) -> str:
    """GB 11714 check character for an 8-char organisation-code body."""
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, _W11714))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def credit_code(dept_kind: str, area6: str, org_body8: str) -> str:
    """GB 32100 unified social credit code with a valid GB 11714 organisation code inside."""
    base = dept_kind + area6 + org_body8 + org_check(org_body8)
    s = sum(_G32100.index(c) * w for c, w in zip(base, _W32100))
    return base + _G32100[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _G32100 for c in code):
        return False
    s = sum(_G32100.index(c) * w for c, w in zip(code[:17], _W32100))
    org = code[8:17]
    return _G32100[(31 - s % 31) % 31] == code[17] and org_check(org[:8]) == org[8]


def id_number(area6: str, birth: str, seq3: str) -> str:
    base = area6 + birth + seq3
    s = sum(int(c) * w for c, w in zip(base, _W11643))
    return base + "10X98765432"[s % 11]


def id_ok(n: str) -> bool:
    if len(n) != 18:
        return False
    s = sum(int(c) * w for c, w in zip(n[:17], _W11643))
    dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    return "10X98765432"[s % 11] == n[17]


# ---------- days ----------
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def is_workday(d: dt.date) -> bool:
    if HAVE_CC:
        return cc.is_workday(d)
    return d.weekday() < 5


def add_workdays(d: dt.date, n: int) -> dt.date:
    """The n-th working day after d (d itself not counted)."""
    while n > 0:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def workdays_between(a: dt.date, b: dt.date) -> int:
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_workday(d)
    return n


# ---------- money ----------
_DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(n: int) -> str:
    """Integer yuan -> 人民币大写 (…元整)."""
    def four(x):
        units = ["仟", "佰", "拾", ""]
        s, zero = "", False
        for i, u in enumerate(units):
            d = x // 10 ** (3 - i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _DIG[d] + u
        return s
    if n == 0:
        return "零元整"
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    s += four(rest)
    return s + "元整"


def cn_date(s: str) -> str:
    d = D(s)
    return f"{d.year}年{d.month}月{d.day}日"


# ---------- case model ----------
class Doc:
    """One document of a case volume. pages: list of pages, each a list of blocks.
    A block is a str (one paragraph / line) or ("table", rows) with rows = list of lists of str."""

    def __init__(self, title, number="", date="", pages=None, toc=True, numbered=True):
        self.title, self.number, self.date = title, number, date
        self.pages = pages or [[]]
        self.toc, self.numbered = toc, numbered
        self.first = self.last = None


def parse_blocks(text: str):
    """Small markup: lines; '|a|b|' rows form a table; a line '\\f' or '<<PAGE>>' starts a new page."""
    pages, blocks, table = [], [], None
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.strip() == "<<PAGE>>":
            if table:
                blocks.append(("table", table)); table = None
            pages.append(blocks); blocks = []
            continue
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            cells = [c.strip() for c in line[1:-1].split("|")]
            table = (table or []) + [cells]
            continue
        if table:
            blocks.append(("table", table)); table = None
        blocks.append(line)
    if table:
        blocks.append(("table", table))
    pages.append(blocks)
    return pages


def doc(title, text, number="", date="", toc=True, numbered=True):
    return Doc(title, number, date, parse_blocks(text), toc, numbered)


def assign_pages(docs):
    """Number the pages of numbered documents from 1 in file order; return total."""
    p = 0
    for d in docs:
        if d.numbered:
            d.first = p + 1
            p += len(d.pages)
            d.last = p
    return p


def toc_doc(case_title, docs, volume_no):
    rows = [["序号", "文件名称", "文号", "日期", "页次"]]
    i = 0
    for d in docs:
        if d.numbered and d.toc:
            i += 1
            pg = str(d.first) if d.first == d.last else f"{d.first}-{d.last}"
            rows.append([str(i), d.title, d.number or "", d.date or "", pg])
    blocks = ["卷内目录", f"案卷名称：{case_title}", f"档号：{volume_no}", ("table", rows),
              "（本目录、备考表不编页码）"]
    return Doc("卷内目录", pages=[blocks], numbered=False)


def flatten_txt(page_blocks):
    out = []
    for b in page_blocks:
        if isinstance(b, tuple):
            rows = b[1]
            for r in rows:
                out.append("  ".join(c if c else "　" for c in r))
        else:
            out.append(b)
    return out


def render_txt(docs, page_footer=True):
    """Whole volume as text with \\f between pages; numbered pages end with '第N页'."""
    pages = []
    for d in docs:
        for k, pb in enumerate(d.pages):
            lines = flatten_txt(pb)
            if d.numbered and page_footer:
                lines += ["", f"{' ' * 30}第{d.first + k}页"]
            pages.append("\n".join(lines).strip("\n") + "\n")
    return "\f".join(pages)
