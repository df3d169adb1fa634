"""Check-digit helpers shared by build.py and check.py (GB 32100, GB 11714, GB 11643, 15-digit 注册号)."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def org_check(base8: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    total = 0
    for ch, w in zip(base8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55  # A=10 ... Z=35
        total += v * w
    c = 11 - total % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def org_valid(code9: str) -> bool:
    code9 = code9.replace("-", "")
    return len(code9) == 9 and org_check(code9[:8]) == code9[8]


def uscc_check(body17: str) -> str:
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_W))
    c = 31 - total % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_valid(code[8:17])


def make_uscc(kind2: str, region6: str, org8: str) -> str:
    org9 = org8 + org_check(org8)
    body = kind2 + region6 + org9
    assert all(ch in USCC_CHARS for ch in body), body
    return body + uscc_check(body)


def regno_check(body14: str) -> str:
    """ISO 7064 MOD 11,10 check digit used by the 15-digit 工商注册号."""
    p = 10
    for ch in body14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def regno_valid(no15: str) -> bool:
    return len(no15) == 15 and no15.isdigit() and regno_check(no15[:14]) == no15[14]


def id_valid(no18: str) -> bool:
    if len(no18) != 18 or not no18[:17].isdigit():
        return False
    total = sum(int(ch) * w for ch, w in zip(no18[:17], ID_W))
    return ID_CHECK[total % 11] == no18[17].upper()
