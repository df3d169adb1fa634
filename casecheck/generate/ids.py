"""Identifiers and numerals the generator writes: check digits, Chinese numerals, 大写 amounts.

- 统一社会信用代码 (GB 32100-2015): 18 characters; the 9-character 主体标识码 carries its own
  GB 11714 check character, and the last character is a mod-31 check over the first 17.
- 公民身份号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.

>>> credit_code_valid(make_credit_code("91", "511403", "MA64NC2C"))
True
>>> id_number_valid(make_id_number("511403", "19800101", "123"))
True
>>> upper_amount(52120)
'伍万贰仟壹佰贰拾元整'
"""

from __future__ import annotations

import datetime as dt

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ID_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_ID_CHECK = "10X98765432"


def org_check_char(body8: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    total = sum(_ORG_CHARS.index(c) * w for c, w in zip(body8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def credit_check_char(body17: str) -> str:
    """GB 32100 check character of the first 17 characters of a credit code."""
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(body17, _CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def make_credit_code(prefix: str, region: str, body8: str) -> str:
    """A valid code: registry/kind ``prefix`` (``91`` company, ``92`` 个体工商户), region, org body."""
    org = body8 + org_check_char(body8)
    if org[-1] not in CREDIT_CHARS:  # 'X' is fine; 'I'/'O' etc. cannot occur for digits/'X'
        raise ValueError(org)
    body = prefix + region + org
    return body + credit_check_char(body)


def credit_code_valid(code: str) -> bool:
    """True when ``code`` is 18 characters from the GB 32100 set with a correct check character."""
    if len(code) != 18 or any(c not in CREDIT_CHARS for c in code):
        return False
    return credit_check_char(code[:17]) == code[17]


def make_id_number(region: str, birth: str, seq3: str) -> str:
    """A valid 18-character 身份证号 from region (6), birth date YYYYMMDD and sequence (3)."""
    body = region + birth + seq3
    return body + id_check_char(body)


def id_check_char(body17: str) -> str:
    """GB 11643 check character of a 17-digit body."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(body17, _ID_WEIGHTS, strict=True)) % 11]


def id_number_valid(number: str) -> bool:
    """True when ``number`` is 17 digits plus a correct check character."""
    return len(number) == 18 and number[:17].isdigit() and id_check_char(number[:17]) == number[17]


def break_check(code: str) -> str:
    """Same code with a wrong last character (for DOC-06 injections)."""
    alphabet = CREDIT_CHARS if not code[:17].isdigit() or len(code) != 18 else "0123456789"
    last = code[-1]
    for c in alphabet:
        if c != last:
            candidate = code[:-1] + c
            if not (credit_code_valid(candidate) or id_number_valid(candidate)):
                return candidate
    raise ValueError(code)


# ---- Chinese numerals -------------------------------------------------------------------

_CN = "零一二三四五六七八九"


def cn_int(n: int) -> str:
    """Chinese numeral as laws write article numbers (``124`` → ``一百二十四``, ``10`` → ``十``)."""
    if n < 0:
        raise ValueError(n)
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        head = _CN[n // 100] + "百"
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + _CN[rest]
        return head + (_CN[rest // 10] + "十" + (_CN[rest % 10] if rest % 10 else ""))
    raise ValueError(n)


def cn_digits(n: int, zero: str = "〇") -> str:
    """Digit-by-digit Chinese (years: ``2024`` → ``二〇二四``)."""
    return "".join(zero if c == "0" else _CN[int(c)] for c in str(n))


def cn_date(d: dt.date, zero: str = "〇") -> str:
    """``二〇二四年三月五日`` (day/month as counted numerals)."""
    return f"{cn_digits(d.year, zero)}年{cn_int(d.month)}月{cn_int(d.day)}日"


_UP_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UP_UNITS = ("", "拾", "佰", "仟")


def _upper_4(n: int) -> str:
    """大写 of 0 < n < 10000 with inner zeros (``1005`` → ``壹仟零伍``)."""
    out, zero = "", False
    for pos in range(3, -1, -1):
        digit = n // 10**pos % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _UP_DIGITS[digit] + _UP_UNITS[pos]
    return out


def upper_amount(yuan: float) -> str:
    """大写 amount in yuan as financial documents write it (``伍万元整``, ``壹佰元伍角``)."""
    cents = round(yuan * 100)
    whole, frac = divmod(cents, 100)
    parts = []
    yi, rest = divmod(whole, 100_000_000)
    wan, ge = divmod(rest, 10_000)
    if yi:
        parts.append(_upper_4(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(_upper_4(wan) + "万")
    if ge:
        if (yi or wan) and ge < 1000:
            parts.append("零")
        parts.append(_upper_4(ge))
    text = "".join(parts) or "零"
    text += "元"
    jiao, fen = divmod(frac, 10)
    if not frac:
        return text + "整"
    if jiao:
        text += _UP_DIGITS[jiao] + "角"
    if fen:
        text += ("零" if not jiao else "") + _UP_DIGITS[fen] + "分"
    return text


def money(yuan: float) -> str:
    """Arabic amount without trailing zeros (``5000``, ``152.5``)."""
    return f"{yuan:.2f}".rstrip("0").rstrip(".")
