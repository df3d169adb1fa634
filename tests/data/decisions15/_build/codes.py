"""Check-digit helpers shared by build.py and check.py.

GB 32100-2015 (统一社会信用代码), GB 11714-1997 (组织机构代码),
GB 11643-1999 (公民身份号码), GS15001 / ISO 7064 MOD 11,10 (旧工商注册号),
and amount/date/numeral renderings used to look labelled values up in text.
"""

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def org_check(body8: str) -> str:
    """Check character of an 8-character 组织机构代码 body (GB 11714)."""
    total = 0
    for ch, w in zip(body8, ORG_WEIGHTS):
        val = int(ch) if ch.isdigit() else ord(ch) - 55
        total += val * w
    c = 11 - total % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def cc_check(first17: str) -> str:
    """Check character of a 统一社会信用代码 (GB 32100)."""
    total = sum(CC_CHARS.index(ch) * w for ch, w in zip(first17, CC_WEIGHTS))
    return CC_CHARS[(31 - total % 31) % 31]


def make_cc(kind2: str, region6: str, org8: str) -> str:
    """Build a full credit code from 登记管理部门+机构类别, 区划 and an org-code body."""
    body = kind2 + region6 + org8 + org_check(org8)
    return body + cc_check(body)


def valid_cc(code: str) -> bool:
    if len(code) != 18 or any(ch not in CC_CHARS for ch in code):
        return False
    return cc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


def valid_org(code: str) -> bool:
    """'XXXXXXXX-X' or 9 characters."""
    code = code.replace("-", "")
    return len(code) == 9 and org_check(code[:8]) == code[8]


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def make_id(region6: str, birth8: str, seq3: str) -> str:
    body = region6 + birth8 + seq3
    return body + id_check(body)


def valid_id(code: str) -> bool:
    return len(code) == 18 and code[:17].isdigit() and id_check(code[:17]) == code[17]


def mod11_10(digits: str) -> int:
    p = 10
    for d in digits:
        s = (p + int(d)) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    return (11 - p) % 10


def make_regno(first14: str) -> str:
    return first14 + str(mod11_10(first14))


def valid_regno(code: str) -> bool:
    return len(code) == 15 and code.isdigit() and mod11_10(code[:14]) == int(code[14])


CN_DIGITS = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    """Chinese numeral as used in article numbers: 13 -> 十三, 111 -> 一百一十一, 108 -> 一百零八."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    h, rest = divmod(n, 100)
    if rest == 0:
        return CN_DIGITS[h] + "百"
    if rest < 10:
        return CN_DIGITS[h] + "百零" + CN_DIGITS[rest]
    tail = cn_num(rest)
    if rest < 20:
        tail = "一" + tail
    return CN_DIGITS[h] + "百" + tail


CAP = "零壹贰叁肆伍陆柒捌玖"
CAP_UNITS = ["", "拾", "佰", "仟"]


def _cap4(n: int) -> str:
    out, zero = "", False
    for i in range(3, -1, -1):
        d = (n // 10 ** i) % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += CAP[d] + CAP_UNITS[i]
    return out


def capital(amount: float) -> str:
    """人民币大写 without 整: 62400 -> 陆万贰仟肆佰元, 1067.5 -> 壹仟零陆拾柒元伍角."""
    fen_total = round(amount * 100)
    yuan, fen = divmod(fen_total, 100)
    wan, low = divmod(yuan, 10000)
    s = ""
    if wan:
        s += _cap4(wan) + "万"
        if low and low < 1000:
            s += "零"
    if low:
        s += _cap4(low)
    s = (s or "零") + "元"
    jiao, f = divmod(fen, 10)
    if jiao:
        s += CAP[jiao] + "角"
    if f:
        s += ("零" if not jiao else "") + CAP[f] + "分"
    return s


def amount_forms(v: float) -> list:
    """Written forms in which a yuan amount may appear."""
    forms = set()
    if float(v).is_integer():
        i = int(v)
        forms |= {str(i), f"{i:,}", f"{i}.00", f"{i:,}.00"}
    else:
        forms |= {f"{v:.2f}", f"{v:,.2f}", f"{v:g}"}
    for div, unit in ((10000, "万"), (1000, "千")):
        q = round(v / div, 6)
        forms.add(f"{q:g}" + unit)
    forms.add(capital(v))
    return sorted(forms)


def wan_forms(v: float) -> list:
    """Bare numbers in a 万元 column (no unit next to the number)."""
    q = round(v / 10000, 6)
    return [f"{q:g}", f"{q:.2f}", f"{q:.4f}"]


ZEROS = ["〇", "○", "零", "0"]


def cn_year(y: int, zero: str) -> str:
    return "".join(zero if c == "0" else CN_DIGITS[int(c)] for c in str(y))


def date_forms(iso: str) -> list:
    y, m, d = (int(x) for x in iso.split("-"))
    forms = {
        f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}年{m}月{d:02d}日", f"{y}年{m:02d}月{d}日",
        f"{y}.{m}.{d}", f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}/{m:02d}/{d:02d}",
    }
    for z in ZEROS:
        forms.add(f"{cn_year(y, z)}年{cn_num(m)}月{cn_num(d)}日")
    return sorted(forms)
