"""Shared helpers for the heldout75 corpus (writer 113): check digits, dates, money, fonts."""
import datetime as _dt
import subprocess
from functools import lru_cache

# ---------------------------------------------------------------- check digits
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_check(body8):
    """GB 11714 check character for an 8-character organisation code body."""
    s = sum(_orgval(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(dept, kind, area6, body8):
    """Build a GB 32100 统一社会信用代码 whose 主体标识码 carries a valid GB 11714 check."""
    base = dept + kind + area6 + body8 + org_check(body8)
    assert len(base) == 17 and all(c in USCC_CHARS for c in base), base
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(base, USCC_W))
    c = 31 - s % 31
    return base + USCC_CHARS[0 if c == 31 else c]


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c] == code[17]


def idno(area6, birth, seq3):
    """GB 11643 公民身份号码 with ISO 7064 MOD 11-2 check digit."""
    base = area6 + birth.strftime("%Y%m%d") + seq3
    s = sum(int(c) * w for c, w in zip(base, ID_W))
    return base + "10X98765432"[s % 11]


def idno_ok(code):
    if len(code) != 18 or not code[:17].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(code[:17], ID_W))
    return "10X98765432"[s % 11] == code[17].upper()


def regno15(area6, seq8):
    """15-digit 营业执照注册号 (GS15-2006) with ISO 7064 MOD 11,10 check digit."""
    digits = [int(c) for c in area6 + seq8]
    p = 10
    for d in digits:
        s = p % 11 + d
        m = s % 10 or 10
        p = m * 2
    return area6 + seq8 + str((1 - p % 11) % 10)


def regno15_ok(code):
    if len(code) != 15 or not code.isdigit():
        return False
    p = 10
    for c in code[:14]:
        s = p % 11 + int(c)
        p = (s % 10 or 10) * 2
    return (p % 11 + int(code[14])) % 10 == 1


# ---------------------------------------------------------------- calendar
def D(s):
    return _dt.date.fromisoformat(s)


def is_workday(d):
    import chinese_calendar
    return chinese_calendar.is_workday(d)


def workdays_after(start, end):
    """Working days in (start, end]: the count used for '…日内' periods after service."""
    n, d = 0, start
    while d < end:
        d += _dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def nth_workday_after(start, n):
    d, k = start, 0
    while k < n:
        d += _dt.timedelta(days=1)
        if is_workday(d):
            k += 1
    return d


# ---------------------------------------------------------------- date styles
CN_DIG = "〇一二三四五六七八九"


def cn_int(n):
    """Chinese numeral for 1..99 (month/day/article style)."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def cn_num(n):
    """Chinese numeral up to 999 (article numbers: 一百二十四)."""
    if n < 100:
        return cn_int(n)
    h, r = divmod(n, 100)
    s = CN_DIG[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + CN_DIG[r]
    t, u = divmod(r, 10)
    return s + CN_DIG[t] + "十" + (CN_DIG[u] if u else "")


def d_cn(d, zero="〇"):
    y = "".join(CN_DIG[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{y}年{cn_int(d.month)}月{cn_int(d.day)}日"


def d_ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def d_ymd0(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def d_fw(d):
    return d_ymd(d).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def d_dot(d):
    return f"{d.year}.{d.month}.{d.day}"


def d_iso(d):
    return d.isoformat()


# ---------------------------------------------------------------- money
_DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount):
    """人民币大写 for an amount in yuan (up to 亿, with 角分)."""
    fen = round(amount * 100)
    yuan, rest = divmod(fen, 100)
    jiao, f = divmod(rest, 10)

    def four(n):
        units = ["", "拾", "佰", "仟"]
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _DX[d] + units[i]
        return s

    parts = []
    wan, low = divmod(yuan, 10000)
    yi, wan = divmod(wan, 10000)
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    if low:
        if out and low < 1000:
            out += "零"
        out += four(low)
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and f == 0:
        return out + "整"
    if jiao:
        out += _DX[jiao] + "角"
    elif f:
        out += "零"
    if f:
        out += _DX[f] + "分"
    return out


def money(amount, dec=2):
    return f"{amount:,.{dec}f}"


# ---------------------------------------------------------------- fonts
@lru_cache(None)
def font_file(family):
    """Locate a font file by family name through fontconfig (no hard-coded paths)."""
    out = subprocess.run(["fc-match", "-f", "%{file}|%{index}", family],
                         capture_output=True, text=True, check=True).stdout
    path, idx = out.split("|")
    return path, int(idx)


FONTS = {
    "song": "Noto Serif CJK SC",
    "hei": "WenQuanYi Zen Hei",
    "kai": "AR PL UKai CN",
    "gkai": "AR PL KaitiM GB",
    "ming": "AR PL UMing CN",
    "sans": "Noto Sans CJK SC",
}
