"""Check-character helpers for credit codes (GB 32100-2015), organisation codes (GB 11714) and
15-digit 工商注册号 (GB/T 17710 MOD 11,10)."""
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = 0
    for ch, w in zip(body8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_W))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def make_uscc(prefix2, region6, org8):
    body = prefix2 + region6 + org8 + org_check(org8)
    return body + uscc_check(body)


def uscc_ok(code):
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return code[17] == uscc_check(code[:17])


def org_ok(code9):
    return code9[8] == org_check(code9[:8])


def regno_check(first14):
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    return str((11 - p) % 10)


def regno_ok(code15):
    return len(code15) == 15 and code15.isdigit() and code15[14] == regno_check(code15[:14])
