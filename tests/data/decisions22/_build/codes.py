"""Code generators and number writers shared by build.py and check.py (stdlib only)."""
from decimal import Decimal

# ---------------------------------------------------------------- GB 32100 (统一社会信用代码)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(code17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    return (len(code) == 18 and all(c in USCC_CHARS for c in code)
            and uscc_check(code[:17]) == code[17])


# ---------------------------------------------------------------- GB 11714 (组织机构代码)
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55  # A=10 ... Z=35


def org_check(code8):
    s = sum(_org_val(c) * w for c, w in zip(code8, ORG_W))
    r = 11 - s % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def org_valid(code9):
    code9 = code9.replace("-", "")
    return len(code9) == 9 and org_check(code9[:8]) == code9[8]


def uscc(kind2, region6, org8):
    """kind2 e.g. '91' (企业), '92' (个体户), '11' (机关), '12' (事业单位)."""
    body = kind2 + region6 + org8 + org_check(org8)
    return body + uscc_check(body)


# ---------------------------------------------------------------- 注册号 (15 digits, ISO 7064 MOD 11,10)
def reg15_check(d14):
    p = 10
    for ch in d14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def reg15(region6, seq8):
    d14 = region6 + seq8
    return d14 + reg15_check(d14)


def reg15_valid(code):
    return len(code) == 15 and code.isdigit() and reg15_check(code[:14]) == code[14]


# ---------------------------------------------------------------- GB 11643 (公民身份号码)
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(d17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(d17, ID_W)) % 11]


def id18(region6, birth8, seq3):
    d = region6 + birth8 + seq3
    return d + id_check(d)


def id_valid(code):
    return (len(code) == 18 and code[:17].isdigit()
            and id_check(code[:17]) == code[17].upper())


def mask_id(full, keep_head=6, keep_tail=4):
    return full[:keep_head] + "*" * (18 - keep_head - keep_tail) + full[18 - keep_tail:]


# ---------------------------------------------------------------- Chinese numerals
CN_DIG = "零一二三四五六七八九"


def cn_int(n):
    """1..9999 in the style of 条文序号: 十一, 二十八, 一百零八, 一百二十四."""
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 1000:
        h, r = divmod(n, 100)
        s = CN_DIG[h] + "百"
        if r == 0:
            return s
        if r < 10:
            return s + "零" + CN_DIG[r]
        return s + (CN_DIG[r // 10] + "十" + (CN_DIG[r % 10] if r % 10 else ""))
    raise ValueError(n)


def cn_year(y, zero="〇"):
    return "".join(zero if c == "0" else CN_DIG[int(c)] for c in str(y))


def cn_date(iso, zero="〇"):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{cn_year(y, zero)}年{cn_int(m)}月{cn_int(d)}日"


CAP_DIG = "零壹贰叁肆伍陆柒捌玖"
CAP_UNIT = ["", "拾", "佰", "仟"]


def _cap4(n):
    s, zero = "", False
    for i, u in zip(range(3, -1, -1), ["仟", "佰", "拾", ""]):
        d = (n // 10 ** i) % 10
        if d == 0:
            zero = bool(s)
        else:
            if zero:
                s += "零"
                zero = False
            s += CAP_DIG[d] + u
    return s


def cap_money(amount):
    """Decimal/float/int yuan -> 人民币大写 without the 人民币 prefix, e.g. 伍万元整 / 壹万贰仟玖佰陆拾叁元陆角."""
    a = Decimal(str(amount)).quantize(Decimal("0.01"))
    yuan = int(a)
    jiao = int(a * 10) % 10
    fen = int(a * 100) % 10
    parts = ""
    wan, low = divmod(yuan, 10000)
    yi, wan = divmod(wan, 10000)
    if yi:
        parts += _cap4(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            parts += "零"
        parts += _cap4(wan) + "万"
    if low:
        if (yi or wan) and low < 1000:
            parts += "零"
        parts += _cap4(low)
    if not parts:
        parts = "零"
    parts += "元"
    if jiao == 0 and fen == 0:
        return parts + "整"
    if jiao:
        parts += CAP_DIG[jiao] + "角"
    elif fen:
        parts += "零"
    if fen:
        parts += CAP_DIG[fen] + "分"
    return parts
