"""Shared helpers for the decisions2 corpus builder: check characters and label records."""

from __future__ import annotations

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
SOURCE = "written for casecheck decisions2 (not a real publication)"


def uscc_check_char(first17: str) -> str:
    """Return the GB 32100-2015 check character for the first 17 characters of a credit code."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def org_check_char(first8: str) -> str:
    """Return the GB 11714 check character for an 8-character organisation code body."""
    total = sum(int(c, 36) * w for c, w in zip(first8, ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def uscc(kind: str, region: str, org8: str) -> str:
    """Build a full credit code: 2-char kind ('91' company, '92' 个体), 6-digit region, 8-char org body."""
    first17 = kind + region + org8 + org_check_char(org8)
    return first17 + uscc_check_char(first17)


def uscc_valid(code: str) -> bool:
    """True when an 18-character code has the right GB 32100 check character."""
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def cite(
    law: str,
    article: int | None,
    paragraph: int | None = None,
    item: int | None = None,
    role: str = "violated",
    note: str | None = None,
) -> dict:
    """One cited_articles entry in the dev-set schema."""
    rec = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        rec["note"] = note
    return rec


def dates(
    filing: str | None = None,
    notice: str | None = None,
    decision: str | None = None,
    service: str | None = None,
    **extra: str | None,
) -> dict:
    """The dates record: the four keys every dev-set label has, plus optional extra events."""
    rec = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    rec.update(extra)
    return rec


REMEDY_FULL = {"review": 60, "litigation": "6m"}
