"""Shared helpers for the heldout63 generator: identifiers, dates, money, blocks.

A case module returns a dict with `case_id`, `fmt`, `docs` (list of documents) and
optionally `toc_fix` (a function that edits the generated 卷内目录 rows, used to plant a
目录 defect). A document is a dict: `title` (as listed in the 目录), `date` (ISO or ""),
`pages` (list of pages, each a list of blocks), optional `file` (folder format only).

Blocks: ("h", text) title; ("c", text) centred line; ("p", text) paragraph;
("kv", [(k, v), ...]) two-column form; ("grid", header, rows) ruled table;
("r", text) right-aligned line; ("seal",) the agency seal; ("sp",) blank line.
"""
from __future__ import annotations

import datetime as _dt

CN_DIGITS = "〇一二三四五六七八九"


# ---------------------------------------------------------------- identifiers
def _org_code(body8: str) -> str:
    """GB 11714 organisation code: 8 body chars + check char."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    s = sum(alnum.index(c) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return body8 + ("0" if c == 11 else "X" if c == 10 else str(c))


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(prefix2: str, area6: str, body8: str) -> str:
    """GB 32100 统一社会信用代码 with a valid GB 11714 code inside."""
    base = prefix2 + area6 + _org_code(body8)
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(CC_CHARS.index(c) * wi for c, wi in zip(base, w))
    return base + CC_CHARS[(31 - s % 31) % 31]


def check_credit_code(code: str) -> bool:
    if len(code) != 18 or any(c not in CC_CHARS for c in code):
        return False
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(CC_CHARS.index(c) * wi for c, wi in zip(code[:17], w))
    if CC_CHARS[(31 - s % 31) % 31] != code[17]:
        return False
    org = code[8:17]
    return _org_code(org[:8]) == org


def id_number(area6: str, birth: str, seq3: str) -> str:
    """GB 11643 居民身份证号码."""
    base = area6 + birth + seq3
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * wi for c, wi in zip(base, w))
    return base + "10X98765432"[s % 11]


def check_id_number(n: str) -> bool:
    if len(n) != 18 or not n[:17].isdigit():
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * wi for c, wi in zip(n[:17], w))
    return "10X98765432"[s % 11] == n[17]


# ---------------------------------------------------------------- dates
def d(iso: str) -> _dt.date:
    return _dt.date.fromisoformat(iso)


def cn_num(n: int) -> str:
    """1..31 -> 一..三十一 (dates)."""
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def cn_date(iso: str, zero: str = "〇") -> str:
    """2021-09-27 -> 二〇二一年九月二十七日."""
    x = d(iso)
    y = "".join(CN_DIGITS[int(c)] for c in str(x.year)).replace("〇", zero)
    return f"{y}年{cn_num(x.month)}月{cn_num(x.day)}日"


def ar_date(iso: str) -> str:
    x = d(iso)
    return f"{x.year}年{x.month}月{x.day}日"


# ---------------------------------------------------------------- money
def daxie(amount: float) -> str:
    """Amount in 大写, e.g. 22123.8 -> 贰万贰仟壹佰贰拾叁元捌角."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    fen_total = round(amount * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)

    def four(n: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            q = (n // 10 ** i) % 10
            if q == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += digits[q] + units[i]
        return out

    parts = []
    wan, ge = divmod(yuan, 10000)
    if wan:
        parts.append(four(wan) + "万")
        if ge and ge < 1000:
            parts.append("零")
    if ge:
        parts.append(four(ge))
    s = "".join(parts) + "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += digits[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += digits[fen] + "分"
    return s


def money(amount: float) -> str:
    if round(amount) == amount:
        return f"{int(amount):,}"
    return f"{amount:,.2f}"


# ---------------------------------------------------------------- blocks
def H(t):
    return ("h", t)


def C(t):
    return ("c", t)


def P(t):
    return ("p", t)


def KV(rows):
    return ("kv", rows)


def G(header, rows):
    return ("grid", header, rows)


def R(t):
    return ("r", t)


SEAL = ("seal",)
SP = ("sp",)


def doc(title, date, pages, file=None):
    return {"title": title, "date": date, "pages": pages, "file": file}


def service_receipt(agency, doc_name, doc_no, recipient, place, method, served, signer,
                    officers, note="", title="送达回证", signed=True):
    """One 送达回证 page."""
    rows = [
        ("送达文书名称", doc_name),
        ("送达文书文号", doc_no or "/"),
        ("受送达人", recipient),
        ("送达地点", place),
        ("送达方式", method),
        ("收件人签名（盖章）", signer if signed else ""),
        ("收到日期", ar_date(served) if signed else ""),
        ("送达人", officers),
        ("备注", note or "/"),
    ]
    return [H(agency), H(title), KV(rows)]
