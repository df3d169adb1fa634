"""Shared helpers for the heldout6 build scripts (writer 7)."""
import datetime as dt
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(body17: str) -> str:
    """GB 32100: append the check character to a 17-char body."""
    w = [pow(3, i, 31) for i in range(17)]
    s = sum(CC_CHARS.index(c) * w[i] for i, c in enumerate(body17))
    return body17 + CC_CHARS[(31 - s % 31) % 31]


def id_number(body17: str) -> str:
    """GB 11643: append the check digit to a 17-digit body."""
    w = [pow(2, 17 - i, 11) for i in range(17)]
    s = sum(int(c) * w[i] for i, c in enumerate(body17))
    return body17 + "10X98765432"[s % 11]


def cn_date(d: dt.date) -> str:
    digits = "〇一二三四五六七八九"
    y = "".join(digits[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return digits[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + digits[n - 10]
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def paginate(docs, footer):
    """docs: list of (title, [page texts]). Returns (pages, ranges) where ranges[i] = (first,last)."""
    pages, ranges = [], []
    for title, ps in docs:
        first = len(pages) + 1
        pages.extend(ps)
        ranges.append((first, len(pages)))
    total = len(pages)
    out = []
    for i, p in enumerate(pages, 1):
        f = footer(i, total)
        out.append(p.rstrip("\n") + ("\n\n" + f + "\n" if f else "\n"))
    return out, ranges


def with_catalog(docs, catalog_fn, footer, catalog_pages=1):
    """Prepend a 卷内目录 whose page ranges are computed from the real pagination."""
    # first pass with a placeholder catalog of the right page count
    placeholder = [("卷内目录", [""] * catalog_pages)] + docs
    _, ranges = paginate(placeholder, footer)
    cat_pages = catalog_fn([d[0] for d in placeholder], ranges)
    assert len(cat_pages) == catalog_pages
    return paginate([("卷内目录", cat_pages)] + docs, footer)
