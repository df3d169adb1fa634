"""Shared helpers for the heldout27 corpus builders (check characters, dates, paging)."""
import datetime as dt
import os
import subprocess


def font_file(family):
    """Locate a system font through fontconfig (no machine paths in the sources)."""
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True).stdout

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    """GB 32100: append the check character to a 17-character body."""
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CW))
    return body17 + _CC[(31 - s % 31) % 31]


def id_number(body17):
    """GB 11643: append the check digit to a 17-digit body."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


_D = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(_D[int(c)] for c in str(d.year))

    def n(k):
        if k < 10:
            return _D[k]
        if k == 10:
            return "十"
        if k < 20:
            return "十" + _D[k - 10]
        return _D[k // 10] + "十" + (_D[k % 10] if k % 10 else "")
    return f"{y}年{n(d.month)}月{n(d.day)}日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def D(s):
    return dt.date.fromisoformat(s)
