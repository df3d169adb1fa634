"""Code and number helpers shared by build.py and check.py (stdlib only).

GB 32100-2015  unified social credit code (18 chars, mod-31 check)
GB 11714-1997  organisation code (8 chars + check, shown as XXXXXXXX-C)
GB 11643-1999  citizen ID number (17 digits + mod-11 check)
GB/T 17710     ISO 7064 MOD 11,10 check of the 15-digit business registration number
"""
from decimal import Decimal

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]
_W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(s17):
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, _W_USCC))
    return USCC_CHARS[(31 - total % 31) % 31]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(s8):
    c9 = 11 - sum(_orgval(c) * w for c, w in zip(s8, _W_ORG)) % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def make_org(s8):
    return s8 + "-" + org_check(s8)


def make_uscc(prefix2, region6, org8):
    s17 = prefix2 + region6 + org8 + org_check(org8)
    return s17 + uscc_check(s17)


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def org_valid(code):
    body, _, chk = code.partition("-")
    return len(body) == 8 and len(chk) == 1 and org_check(body) == chk


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, _W_ID)) % 11]


def make_id(region6, birth8, seq3):
    s17 = region6 + birth8 + seq3
    return s17 + id_check(s17)


def id_valid(code):
    return len(code) == 18 and code[:17].isdigit() and id_check(code[:17]) == code[17]


def mask_id(full, front=6, back=4):
    return full[:front] + "*" * (18 - front - back) + full[18 - back:]


def _mod1110_run(digits):
    p = 10
    s = 0
    for ch in digits:
        s = p % 11 + int(ch)
        r = s % 10
        p = (r if r else 10) * 2
    return s, p


def regno_check(s14):
    _, p = _mod1110_run(s14)
    for d in range(10):
        if (p % 11 + d) % 10 == 1:
            return str(d)
    raise ValueError(s14)


def make_regno(s14):
    return s14 + regno_check(s14)


def regno_valid(code):
    if len(code) != 15 or not code.isdigit():
        return False
    s, _ = _mod1110_run(code)
    return s % 10 == 1


# ---------------------------------------------------------------- numerals
_CN = "零一二三四五六七八九"


def cn_int(n):
    """Lower-case Chinese numeral as used for article numbers: 十五, 一百零八, 一百二十四."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return _CN[h] + "百"
        if r < 10:
            return _CN[h] + "百零" + _CN[r]
        t, u = divmod(r, 10)
        return _CN[h] + "百" + _CN[t] + "十" + (_CN[u] if u else "")
    raise ValueError(n)


def cn_year(y, zero="〇"):
    return "".join(zero if c == "0" else _CN[int(c)] for c in str(y))


def cn_date(iso, zero="〇"):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{cn_year(y, zero)}年{cn_int(m)}月{cn_int(d)}日"


_CAP = "零壹贰叁肆伍陆柒捌玖"
_UNIT4 = ["", "拾", "佰", "仟"]


def _cap4(n):
    """0 < n < 10000, financial capitals, no leading zero handling."""
    s = ""
    digits = f"{n:04d}"
    zero = False
    started = False
    for i, ch in enumerate(digits):
        d = int(ch)
        unit = _UNIT4[3 - i]
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            s += "零"
            zero = False
        s += _CAP[d] + unit
        started = True
    return s


def cn_capital(amount):
    """Financial capital amount: 21456 -> 贰万壹仟肆佰伍拾陆元, 1014.4 -> 壹仟零壹拾肆元肆角."""
    a = Decimal(str(amount)).quantize(Decimal("0.01"))
    yuan = int(a)
    jiao = int((a * 10) % 10)
    fen = int((a * 100) % 10)
    parts = []
    if yuan == 0:
        s = ""
    else:
        yi, rest = divmod(yuan, 10 ** 8)
        wan, ge = divmod(rest, 10 ** 4)
        s = ""
        if yi:
            s += _cap4(yi) + "亿"
        if wan:
            if yi and wan < 1000:
                s += "零"
            s += _cap4(wan) + "万"
        if ge:
            if (yi or wan) and ge < 1000:
                s += "零"
            s += _cap4(ge)
        s += "元"
    parts.append(s)
    if jiao:
        parts.append(_CAP[jiao] + "角")
    elif fen and yuan:
        parts.append("零")
    if fen:
        parts.append(_CAP[fen] + "分")
    return "".join(parts)


def fmt_plain(amount):
    a = Decimal(str(amount))
    if a == a.to_integral():
        return str(int(a))
    return format(a.normalize(), "f")


def amount_forms(amount):
    """Every written form the checker accepts for an amount in yuan."""
    a = Decimal(str(amount))
    forms = set()
    q2 = a.quantize(Decimal("0.01"))
    forms.add(format(q2, "f"))
    forms.add(f"{q2:,.2f}")
    forms.add(fmt_plain(a))
    if a == a.to_integral():
        forms.add(f"{int(a):,}")
    if a >= 1000:
        forms.add(fmt_plain(a / 10000) + "万")
        forms.add(fmt_plain(a / 1000) + "千")
    cap = cn_capital(a)
    forms.add(cap)
    if cap.startswith("壹拾"):
        forms.add(cap[1:])
    return forms


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    forms = {
        f"{y}年{mi}月{di}日", f"{y}年{m}月{d}日", f"{y}年{m}月{di}日", f"{y}年{mi}月{d}日",
        f"{y}-{m}-{d}", f"{y}/{m}/{d}", f"{y}/{mi}/{di}", f"{y}.{mi}.{di}", f"{y}.{m}.{d}",
        f"{y}{m}{d}",
    }
    for z in ("〇", "○", "O", "0", "零"):
        forms.add(cn_date(iso, z))
    return forms
