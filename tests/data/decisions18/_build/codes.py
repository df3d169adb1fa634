"""Check-digit helpers shared by build.py and check.py.

GB 32100-2015 (统一社会信用代码), GB 11714-1997 (组织机构代码),
GB 11643-1999 (公民身份号码), GS15-2006 (15-digit 工商注册号, ISO 7064 MOD 11,10).
"""
import random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8):
    r = 11 - sum(_orgval(c) * w for c, w in zip(body8, ORG_W)) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def org_valid(code9):
    code9 = code9.replace("-", "")
    return len(code9) == 9 and org_check(code9[:8]) == code9[8]


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_valid(code[8:17])


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def id_valid(code):
    return len(code) == 18 and code[:17].isdigit() and id_check(code[:17]) == code[17]


def gs15_check(body14):
    p = 10
    for ch in body14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def gs15_valid(code):
    return len(code) == 15 and code.isdigit() and gs15_check(code[:14]) == code[14]


def make_org(rng, style="digits"):
    """8 body characters + check. 'digits': pre-2015 style (e.g. 79473092-8);
    'MA': code assigned with a new USCC after 2015 (e.g. MA5G7K2P-X)."""
    if style == "MA":
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWY") for _ in range(6))
    else:
        body = str(rng.randint(3, 7)) + "".join(rng.choice("0123456789") for _ in range(7))
    return body + org_check(body)


def make_uscc(rng, prefix2, region6, style="digits"):
    org = make_org(rng, style)
    body = prefix2 + region6 + org
    return body + uscc_check(body)


def make_id(rng, region6, birth8):
    body = region6 + birth8 + "%03d" % rng.randint(10, 998)
    return body + id_check(body)


def make_gs15(rng, region6):
    body = region6 + "".join(rng.choice("0123456789") for _ in range(8))
    return body + gs15_check(body)
