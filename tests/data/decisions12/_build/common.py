"""Shared helpers for the decisions12 generator: check digits, amounts, dates."""
import hashlib

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I O S V Z


def org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8):
    s = sum(org_val(c) * w for c, w in zip(body8, ORG_W))
    c9 = 11 - s % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def org_ok(code9):
    return len(code9) == 9 and org_check(code9[:8]) == code9[8]


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_ok(code[8:17])


def org_body(seed, prefix="MA", digits=False):
    h = hashlib.sha256(seed.encode()).digest()
    n = 8 - len(prefix)
    chars = "0123456789" if digits else ORG_BODY_CHARS
    return prefix + "".join(chars[b % len(chars)] for b in h[:n])


def org_code(seed, prefix="7", digits=True):
    """A GB 11714 organisation code (9 chars) as printed before 2015, e.g. 70128459-3."""
    body = org_body(seed, prefix, digits)
    return body + org_check(body)


def uscc(kind, division, seed, prefix="MA", digits=False):
    """kind: '91' company, '92' 个体工商户, '93' 农民专业合作社, '11' 机关."""
    body = org_body(seed, prefix, digits)
    org = body + org_check(body)
    first = kind + division + org
    return first + uscc_check(first)


def uscc_bad(kind, division, seed, prefix="MA", digits=False):
    good = uscc(kind, division, seed, prefix, digits)
    i = (USCC_CHARS.index(good[-1]) + 7) % 31
    return good[:-1] + USCC_CHARS[i]


DIG = "零壹贰叁肆伍陆柒捌玖"
UNIT = ["", "拾", "佰", "仟"]


def _four(n):
    out, zero = "", False
    for i in range(3, -1, -1):
        d = n // (10 ** i) % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += DIG[d] + UNIT[i]
    return out


def daxie(amount):
    """Chinese capital amount, e.g. 30920 -> 叁万零玖佰贰拾元."""
    yuan = int(round(amount * 100)) // 100
    fen = int(round(amount * 100)) % 100
    wan, rest = divmod(yuan, 10000)
    s = ""
    if wan:
        s += _four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += _four(rest)
    if not s:
        s = "零"
    s += "元"
    if fen:
        j, f = divmod(fen, 10)
        if j:
            s += DIG[j] + "角"
        elif f:
            s += "零"
        if f:
            s += DIG[f] + "分"
    return s


CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ("十" if t == 1 else CN[t] + "十") + (CN[u] if u else "")


def cn_date(iso, zero="〇"):
    y, m, d = iso.split("-")
    return "".join(CN[int(c)] for c in y).replace("〇", zero) + "年" + cn_num(int(m)) + "月" + cn_num(int(d)) + "日"


def regno15(first14):
    """15-digit 营业执照注册号 with its ISO 7064 MOD 11,10 check digit (GS15-2006)."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return first14 + str((11 - p) % 10)


def regno15_ok(r):
    return len(r) == 15 and r.isdigit() and regno15(r[:14]) == r
