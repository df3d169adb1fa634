"""Shared helpers for the heldout43 corpus builders (IDs, dates, output)."""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(_USCC_CH.index(c) * w for c, w in zip(body17, _USCC_W))
    return body17 + _USCC_CH[(31 - s % 31) % 31]


def idno(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def cn_date(d):
    digs = "〇一二三四五六七八九"
    y = "".join(digs[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return digs[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + digs[n - 10]
        return digs[n // 10] + "十" + (digs[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def dot(d):
    return f"{d.year}.{d.month}.{d.day}"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def D(s):
    return dt.date.fromisoformat(s)


def write_text(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="\n") as f:
        f.write(text)
