"""Code and numeral helpers shared by build.py and check.py (standard library only)."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    """GB 11714 check character for an 8-character organisation-code body."""
    s = 0
    for ch, w in zip(body8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def orgcode_ok(code9):
    code9 = code9.replace("-", "")
    return len(code9) == 9 and org_check(code9[:8]) == code9[8]


def uscc_check(first17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc(prefix2, region6, body8):
    first17 = prefix2 + region6 + body8 + org_check(body8)
    assert all(c in USCC_CHARS for c in first17), first17
    return first17 + uscc_check(first17)


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def regno_check(first14):
    """GB/T 17710 (ISO 7064 MOD 11,10) check digit of a 15-digit 工商注册号."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def regno(first14):
    return first14 + regno_check(first14)


def regno_ok(code):
    return len(code) == 15 and code.isdigit() and regno_check(code[:14]) == code[14]


def id_check(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return "10X98765432"[s % 11]


def idnum(region6, birth8, seq3):
    first17 = region6 + birth8 + seq3
    return first17 + id_check(first17)


def id_ok(code):
    code = code.upper()
    return (len(code) == 18 and code[:17].isdigit()
            and id_check(code[:17]) == code[17])


def mask_id(code, keep_head=6, keep_tail=4):
    return code[:keep_head] + "*" * (18 - keep_head - keep_tail) + code[18 - keep_tail:]


DIG = "零一二三四五六七八九"


def cn_int(n):
    """Chinese numeral as used in article numbers: 21 -> 二十一, 108 -> 一百零八."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n % 10] if n % 10 else "")
    if n < 100:
        return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    if r == 0:
        return DIG[h] + "百"
    if r < 10:
        return DIG[h] + "百零" + DIG[r]
    return DIG[h] + "百" + (DIG[r // 10] + "十" + (DIG[r % 10] if r % 10 else ""))


def cn_date(iso, zero="〇"):
    y, m, d = iso.split("-")
    ys = "".join(DIG[int(c)] for c in y).replace("零", zero)
    return f"{ys}年{cn_int(int(m))}月{cn_int(int(d))}日"


CAP = "零壹贰叁肆伍陆柒捌玖"


def _cap4(n):
    units = ["仟", "佰", "拾", ""]
    s = ""
    digits = f"{n:04d}"
    zero = False
    for i, ch in enumerate(digits):
        d = int(ch)
        if d == 0:
            zero = True
        else:
            if zero and s:
                s += "零"
            zero = False
            s += CAP[d] + units[i]
    return s


def cap_amount(amount):
    """Capital amount: 38400 -> 叁万捌仟肆佰元整; 12639.6 -> 壹万贰仟陆佰叁拾玖元陆角."""
    cents = round(amount * 100)
    yuan, frac = divmod(cents, 100)
    parts = []
    yi, rest = divmod(yuan, 100000000)
    wan, ge = divmod(rest, 10000)
    s = ""
    if yi:
        s += _cap4(yi) + "亿"
    if wan:
        if s and wan < 1000:
            s += "零"
        s += _cap4(wan) + "万"
    if ge:
        if s and ge < 1000:
            s += "零"
        s += _cap4(ge)
    if not s:
        s = "零"
    s += "元"
    jiao, fen = divmod(frac, 10)
    if not frac:
        return s + "整"
    if jiao:
        s += CAP[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += CAP[fen] + "分"
    return s
