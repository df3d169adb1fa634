"""Compute valid Chinese identifiers for the hand-written test corpus.

- 统一社会信用代码 (GB 32100-2015): 18 chars; the 9-char organisation code inside it
  also gets its GB 11714 check character; the last char is the GB 32100 check character.
- 公民身份号码 (GB 11643-1999): 17 digits + ISO 7064 MOD 11-2 check digit.

Usage:  python3 make_ids.py uscc 91 440111 MA5D3K7R   -> full 18-char code
        python3 make_ids.py id 440106 19850317 021     -> full 18-char ID number
        python3 make_ids.py check CODE...               -> validate codes
"""
import sys

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_check(first8: str) -> str:
    """GB 11714 check character for the first 8 chars of an organisation code."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(dept_type: str, region: str, org8: str) -> str:
    body = dept_type + region + org8 + org_check(org8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def id_number(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W)) % 11]


def id_ok(code: str) -> bool:
    return len(code) == 18 and code[:17].isdigit() and id_number(code[:6], code[6:14], code[14:17]) == code


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "uscc":
        print(uscc(*args))
    elif cmd == "id":
        print(id_number(*args))
    else:
        for a in args:
            print(a, uscc_ok(a) if len(a) == 18 and not a[:17].isdigit() else id_ok(a))
