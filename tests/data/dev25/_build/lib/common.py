"""Shared helpers: check digits, dates, working days, amounts, fonts, fixed zips."""
import datetime as dt
import io
import os
import zipfile

import chinese_calendar

# ---------------------------------------------------------------- check digits
_GB32100 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_GB32100_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code_check(body8: str) -> str:
    """GB 11714 check character for the 9-digit organisation code."""
    s = sum(int(c, 36) * w for c, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def credit_code(region6: str, body8: str, dept: str = "9", kind: str = "1") -> str:
    """A GB 32100 统一社会信用代码 whose embedded org code and last char are valid."""
    org = body8 + org_code_check(body8)
    head = dept + kind + region6 + org
    s = sum(_GB32100.index(c) * w for c, w in zip(head, _GB32100_W))
    c = (31 - s % 31) % 31
    return head + _GB32100[c]


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _GB32100 for c in code):
        return False
    s = sum(_GB32100.index(c) * w for c, w in zip(code[:17], _GB32100_W))
    return _GB32100[(31 - s % 31) % 31] == code[17]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(region6: str, birth: str, seq3: str) -> str:
    """GB 11643 citizen id number with a valid check character."""
    head = region6 + birth + seq3
    s = sum(int(c) * w for c, w in zip(head, _ID_W))
    return head + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    if len(code) != 18 or not code[:17].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(code[:17], _ID_W))
    return "10X98765432"[s % 11] == code[17].upper()


def reg15(region6: str, seq8: str) -> str:
    """15-digit 营业执照注册号 (pre-2015) with ISO 7064 MOD 11,10 check digit."""
    body = region6 + seq8
    p = 10
    for ch in body:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    for c in range(10):
        if (p + c) % 10 == 1:
            return body + str(c)
    raise ValueError(body)


def reg15_ok(code: str) -> bool:
    if len(code) != 15 or not code.isdigit():
        return False
    p = 10
    for ch in code[:14]:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return (p + int(code[14])) % 10 == 1


# ---------------------------------------------------------------- dates
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def is_workday(d: dt.date) -> bool:
    return chinese_calendar.is_workday(d)


def add_workdays(d: dt.date, n: int) -> dt.date:
    """The n-th working day after d (d itself not counted)."""
    cur = d
    while n > 0:
        cur += dt.timedelta(days=1)
        if is_workday(cur):
            n -= 1
    return cur


def workdays_after(d1: dt.date, d2: dt.date) -> int:
    """Working days in (d1, d2]."""
    n, cur = 0, d1
    while cur < d2:
        cur += dt.timedelta(days=1)
        if is_workday(cur):
            n += 1
    return n


_CN_DIG = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return _CN_DIG[n]
    if n < 20:
        return "十" + (_CN_DIG[n % 10] if n % 10 else "")
    return _CN_DIG[n // 10] + "十" + (_CN_DIG[n % 10] if n % 10 else "")


def cdate(d, style: str = "cn") -> str:
    """Format a date: cn 2014年3月26日, cap 二〇一四年三月二十六日, full ２０１４年３月２６日,
    dot 2014.3.26, iso 2014-03-26, pad 2014年03月26日."""
    if isinstance(d, str):
        d = D(d)
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cap":
        return "".join(_CN_DIG[int(c)] for c in str(d.year)) + f"年{_cn_num(d.month)}月{_cn_num(d.day)}日"
    if style == "full":
        t = f"{d.year}年{d.month}月{d.day}日"
        return t.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


WEEK = "一二三四五六日"


def weekday_cn(d) -> str:
    if isinstance(d, str):
        d = D(d)
    return "星期" + WEEK[d.weekday()]


# ---------------------------------------------------------------- amounts
_UP = "零壹贰叁肆伍陆柒捌玖"
_UNIT = ["", "拾", "佰", "仟"]


def _four(n: int) -> str:
    out, zero = "", False
    for i in range(3, -1, -1):
        d = n // 10 ** i % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _UP[d] + _UNIT[i]
    return out


def money_upper(amount) -> str:
    """人民币大写, e.g. 8628 -> 捌仟陆佰贰拾捌元整, 10353.6 -> 壹万零叁佰伍拾叁元陆角整."""
    cents = round(float(amount) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    parts = []
    wan, rest = divmod(yuan, 10000)
    if wan:
        parts.append(_four(wan) + "万")
        if rest and rest < 1000:
            parts.append("零")
    if rest:
        parts.append(_four(rest))
    s = "".join(parts) or "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += _UP[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += _UP[fen] + "分"
    else:
        s += "整"
    return s


def yuan(amount, comma=True) -> str:
    a = float(amount)
    return f"{a:,.2f}" if comma else f"{a:.2f}"


# ---------------------------------------------------------------- fonts
FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts")]
FONTS = {
    "song": ("uming.ttc", 0),        # AR PL UMing CN
    "kai": ("ukai.ttc", 0),          # AR PL UKai CN
    "gkai": ("gkai00mp.ttf", None),  # AR PL KaitiM GB
    "hei": ("wqy-zenhei.ttc", 0),
    "nserif": ("NotoSerifCJK-Regular.ttc", 2),  # Noto Serif CJK SC
    "nserifb": ("NotoSerifCJK-Bold.ttc", 2),
    "nsans": ("NotoSansCJK-Regular.ttc", 2),    # Noto Sans CJK SC
}
_found = {}


def font_path(key: str):
    name, idx = FONTS[key]
    if name not in _found:
        for base in FONT_DIRS:
            for root, _dirs, files in os.walk(base):
                if name in files:
                    _found[name] = os.path.join(root, name)
                    break
            if name in _found:
                break
        else:
            raise SystemExit(f"font {name} not found (needed for '{key}'); install fonts-arphic-*, fonts-wqy-zenhei, fonts-noto-cjk")
    return _found[name], idx


# ---------------------------------------------------------------- deterministic zips
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def rezip_fixed(data: bytes, first: str = None) -> bytes:
    """Rewrite a zip archive with fixed timestamps and sorted entries (first entry kept first)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    order = sorted(names)
    if first and first in order:
        order.remove(first)
        order.insert(0, first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            zi = zipfile.ZipInfo(n, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(n))
    return out.getvalue()
