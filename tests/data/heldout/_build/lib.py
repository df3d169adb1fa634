"""Helpers for the hand-written held-out corpus: check digits, working days, volume assembly."""
import datetime as dt
import os

import chinese_calendar as cc

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8: str) -> str:
    """GB 11714 organisation code: 8 body chars + check char."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(val(c) * k for c, k in zip(body8, w)) % 11
    return body8 + ("X" if r == 10 else "0" if r == 11 else str(r))


def uscc(prefix2: str, region6: str, body8: str) -> str:
    """GB 32100 统一社会信用代码 with a valid check character."""
    s = prefix2 + region6 + org_code(body8)
    tot = sum(USCC_CHARS.index(c) * w for c, w in zip(s, USCC_W))
    c = 31 - tot % 31
    return s + USCC_CHARS[0 if c == 31 else c]


def uscc_ok(code: str) -> bool:
    tot = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    c = 31 - tot % 31
    return USCC_CHARS[0 if c == 31 else c] == code[17]


def idno(region6: str, birth: str, seq3: str) -> str:
    """GB 11643 身份证号 with a valid check digit."""
    s = region6 + birth + seq3
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def wd_after(start: str, end: str) -> int:
    """Working days after `start` up to and including `end`."""
    a, b = d(start), d(end)
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            n += 1
    return n


def add_wd(start: str, n: int) -> str:
    x = d(start)
    while n:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            n -= 1
    return x.isoformat()


def days(a: str, b: str) -> int:
    return (d(b) - d(a)).days


FOOTERS = {
    "di": lambda n: f"第{n}页",
    "dash": lambda n: f"— {n} —",
    "plain": lambda n: f"- {n} -",
    "paren": lambda n: f"（本卷第{n}页）",
}


def paginate(docs, footer="di", start=1):
    """docs: list of dicts {title, pages:[str], numbered:bool}. Adds footers; returns ranges."""
    n = start - 1
    out = []
    for doc in docs:
        pages = []
        first = None
        for p in doc["pages"]:
            p = p.rstrip("\n")
            if doc.get("numbered", True):
                n += 1
                first = first or n
                p = p + "\n\n" + " " * 30 + FOOTERS[footer](n)
            pages.append(p + "\n")
        rng = (first, n) if doc.get("numbered", True) else None
        out.append({**doc, "pages": pages, "range": rng})
    return out


def toc_rows(docs):
    rows = []
    for i, doc in enumerate(docs, 1):
        if doc.get("range"):
            a, b = doc["range"]
            rows.append((i, doc.get("toc_title", doc["title"]), doc.get("toc_date", ""), f"{a}-{b}" if a != b else f"{a}"))
    return rows


def write_single(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(text)


def write_folder(folder, docs, namefmt, encoding="utf-8"):
    os.makedirs(folder, exist_ok=True)
    for i, doc in enumerate(docs, 1):
        name = namefmt(i, doc["file_title"] if "file_title" in doc else doc["title"])
        with open(os.path.join(folder, name), "w", encoding=encoding, newline="\n") as f:
            f.write("\f".join(doc["pages"]))
