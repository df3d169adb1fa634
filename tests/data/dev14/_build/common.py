"""Shared helpers for the dev14 corpus: identifiers, dates, amounts, the document model."""
import datetime as dt

# ---------------------------------------------------------------- identifiers
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    """GB 11714 check character for an 8-character organisation code body."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(val(ch) * wi for ch, wi in zip(body8, w)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def cc_check(first17):
    s = sum(CC_CHARS.index(ch) * w for ch, w in zip(first17, CC_W))
    c = 31 - s % 31
    return CC_CHARS[0 if c == 31 else c]


def credit_code(kind2, region6, org8):
    """kind2: '91' company, '92' individual business. org8: 8 digits."""
    org9 = org8 + org_check(org8)
    first = kind2 + region6 + org9
    return first + cc_check(first)


def credit_ok(code):
    if len(code) != 18 or any(ch not in CC_CHARS for ch in code):
        return False
    return cc_check(code[:17]) == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, ID_W)) % 11]


def id_number(region6, birth, seq3):
    first = region6 + birth + seq3
    return first + id_check(first)


def id_ok(num):
    if len(num) != 18 or not num[:17].isdigit():
        return False
    return id_check(num[:17]) == num[17].upper()


# ---------------------------------------------------------------- dates
CN_DIG = "〇一二三四五六七八九"


def _cn_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + "一二三四五六七八九"[n - 11]
    t, u = divmod(n, 10)
    return "一二三四五六七八九"[t - 1] + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])


def D(s):
    return dt.date.fromisoformat(s)


def cn(s):
    d = D(s)
    return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + _cn_num(d.month) + "月" + _cn_num(d.day) + "日"


def ar(s):
    d = D(s)
    return f"{d.year}年{d.month}月{d.day}日"


def dot(s):
    d = D(s)
    return f"{d.year}.{d.month}.{d.day}"


# ---------------------------------------------------------------- amounts
DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Integer yuan to 大写 (…元整)."""
    n = int(n)
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DX[d] + units[i]
        return s
    wan, rest = divmod(n, 10000)
    out = ""
    if wan:
        out += four(wan) + "万"
        if rest and rest < 1000:
            out += "零"
    if rest:
        out += four(rest)
    return out + "元整"


# ---------------------------------------------------------------- document model
# A document is {"key","title","num","date","pages": [page, ...]} ; a page is a list of items:
#   ("h", text)          title line, centred
#   ("sub", text)        small centred line (文号 etc.)
#   ("p", text)          paragraph
#   ("kv", label, value) form row
#   ("r", text)          right-aligned line (落款, dates)
#   ("seal", text)       seal over the preceding 落款 (text = agency name)
#   ("sign", text)       handwritten-style signature/date text, right-aligned
#   ("gap",)             blank line


def doc(key, title, pages, num=None, date=None, numbered=True):
    return {"key": key, "title": title, "pages": pages, "num": num, "date": date,
            "numbered": numbered}


def paginate(docs):
    """Assign 1-based archive page numbers to numbered documents, in order."""
    n = 0
    for d in docs:
        if d["numbered"]:
            d["first"] = n + 1
            n += len(d["pages"])
            d["last"] = n
        else:
            d["first"] = d["last"] = None
    return n


def page_text(page):
    out = []
    for it in page:
        if it[0] == "kv":
            out.append(f"{it[1]}：{it[2]}")
        elif it[0] == "seal":
            out.append("（印章）")
        elif it[0] == "gap":
            out.append("")
        else:
            out.append(it[1])
    return out
