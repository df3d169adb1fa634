"""Code generators used by build.py (deterministic, no randomness).

GB 32100 统一社会信用代码, GB 11714 组织机构代码, GB 11643 公民身份号码,
15-digit 工商注册号 (ISO 7064 MOD 11,10), plus Chinese numerals / capital amounts.
Natural-person ID numbers are only assembled in memory and written masked.
"""
from decimal import Decimal, ROUND_HALF_UP

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def orgcode(body8):
    """8 chars -> 9-char 组织机构代码 (no hyphen)."""
    assert len(body8) == 8
    s = sum(_orgval(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    ch = "X" if c == 10 else ("0" if c == 11 else str(c))
    return body8 + ch


def orgcode_h(body8):
    oc = orgcode(body8)
    return oc[:8] + "-" + oc[8]


def uscc(prefix2, region6, body8):
    """登记管理部门码+机构类别码, 行政区划码, 8-char org body -> 18-char USCC."""
    s17 = prefix2 + region6 + orgcode(body8)
    assert all(c in USCC_CHARS for c in s17), s17
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    c = 31 - total % 31
    return s17 + USCC_CHARS[0 if c == 31 else c]


def regno15(prefix14):
    """15-digit 工商注册号 with ISO 7064 MOD 11,10 check digit."""
    assert len(prefix14) == 14 and prefix14.isdigit()
    p = 10
    for ch in prefix14:
        s = p % 11 + int(ch)
        p = (s % 10 or 10) * 2
    return prefix14 + str((11 - p % 11) % 10)


def idnum(region6, birth8, seq3):
    s17 = region6 + birth8 + seq3
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(s17))
    return s17 + "10X98765432"[total % 11]


def mask(s, head, tail, star="*"):
    return s[:head] + star * (len(s) - head - tail) + s[len(s) - tail:]


CN_D = "零一二三四五六七八九"


def cn_int(n):
    """123 -> 一百二十三, 10 -> 十, 110 -> 一百一十, 108 -> 一百零八."""
    if n == 0:
        return "零"
    units = ["", "十", "百", "千"]
    ds = str(n)
    out, zero = "", False
    for i, ch in enumerate(ds):
        d = int(ch)
        pos = len(ds) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += CN_D[d] + units[pos]
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_date(iso, zero="〇"):
    y, m, d = iso.split("-")
    ys = "".join(CN_D[int(c)] for c in y).replace("零", zero)
    return f"{ys}年{cn_int(int(m))}月{cn_int(int(d))}日"


CAP_D = "零壹贰叁肆伍陆柒捌玖"
CAP_U = ["", "拾", "佰", "仟"]


def _cap4(g):
    s, zero = "", False
    ds = str(g)
    for i, ch in enumerate(ds):
        d = int(ch)
        pos = len(ds) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and s:
            s += "零"
        zero = False
        s += CAP_D[d] + CAP_U[pos]
    return s


def cap_int(n):
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (g < 1000 or need_zero):
            out += "零"
        need_zero = False
        out += _cap4(g) + ["", "万", "亿"][idx]
    return out


def cap_amount(x, zheng=True):
    """Decimal/number of yuan -> 叁万贰仟壹佰玖拾柒元伍角 (整 when no 角分)."""
    x = Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    yuan = int(x)
    cents = int((x - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    s = cap_int(yuan) + "元"
    if jiao == 0 and fen == 0:
        return s + ("整" if zheng else "")
    if jiao:
        s += CAP_D[jiao] + "角"
    elif yuan:
        s += "零"
    if fen:
        s += CAP_D[fen] + "分"
    return s
