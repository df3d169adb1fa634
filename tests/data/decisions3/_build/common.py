"""Helpers shared by the decisions3 document modules (hand-written texts + labels)."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
SOURCE = "written for casecheck decisions3 (not a real publication)"


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55  # A=10 … Z=35 (GB 11714)


def org_check(body8):
    r = 11 - sum(_orgval(c) * w for c, w in zip(body8, ORG_W)) % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def uscc_check(first17):
    r = 31 - sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W)) % 31
    return USCC_CHARS[0 if r == 31 else r]


def uscc(prefix2, area6, org8):
    """Build a code with a valid GB 11714 organisation-code check and GB 32100 check char."""
    first17 = prefix2 + area6 + org8 + org_check(org8)
    return first17 + uscc_check(first17)


def uscc_valid(code):
    return (len(code) == 18 and all(c in USCC_CHARS for c in code)
            and uscc_check(code[:17]) == code[17])


def cite(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def dates(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


R60_6M = {"review": 60, "litigation": "6m"}
R60_3M = {"review": 60, "litigation": "3m"}

SPJ = "《中华人民共和国食品安全法》"
XZCF = "《中华人民共和国行政处罚法》"
