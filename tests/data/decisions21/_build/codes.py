"""Check-digit helpers for the identifiers used in decisions21 (standard library only).

GB 32100-2015  统一社会信用代码 (18 chars, last one a mod-31 check character)
GB 11714-1997  组织机构代码 (8 chars + check, mod 11, 10 -> 'X')
GB 11643-1999  公民身份号码 (17 digits + check, ISO 7064 MOD 11-2)
GS 15-2006     15位 工商注册号 (14 digits + check, ISO 7064 MOD 11,10)
"""

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _org_value(ch):
    if ch.isdigit():
        return int(ch)
    return ord(ch) - 55  # A=10 ... Z=35


def org_check(body8):
    total = sum(_org_value(c) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - total % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def org_code(body8):
    """8-char body -> 9-char 组织机构代码 without the hyphen."""
    return body8 + org_check(body8)


def org_valid(code):
    code = code.replace("-", "")
    return len(code) == 9 and org_check(code[:8]) == code[8]


def uscc_check(s17):
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(s17, USCC_WEIGHTS))
    c = 31 - total % 31
    return USCC_ALPHABET[0 if c == 31 else c]


def uscc(dept_type, region6, org_body8):
    """dept_type e.g. '91' (企业), '92' (个体), '11' (机关); org_body8 -> check added per GB 11714."""
    s17 = dept_type + region6 + org_code(org_body8)
    assert len(s17) == 17 and all(c in USCC_ALPHABET for c in s17), s17
    return s17 + uscc_check(s17)


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_valid(code[8:17])


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_WEIGHTS)) % 11]


def id_number(region6, birth8, seq3):
    s17 = region6 + birth8 + seq3
    return s17 + id_check(s17)


def id_valid(code):
    return (len(code) == 18 and code[:17].isdigit()
            and code[17] in "0123456789X" and id_check(code[:17]) == code[17])


def id_masked(full, keep_head=6, keep_tail=4):
    stars = len(full) - keep_head - keep_tail
    return full[:keep_head] + "*" * stars + full[-keep_tail:]


def regno_check(s14):
    p = 10
    for ch in s14:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def regno(s14):
    return s14 + regno_check(s14)


def regno_valid(code):
    return len(code) == 15 and code.isdigit() and regno_check(code[:14]) == code[14]
