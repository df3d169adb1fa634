"""Helpers shared by the decisions5 build scripts (hand-written texts and labels)."""

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
SOURCE = "written for casecheck decisions5 (not a real publication)"


def uscc_check(first17):
    """GB 32100 check character for the first 17 characters."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31]


def org_check(org8):
    """GB 11714 check character of an organisation code body (8 chars)."""
    def val(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10
    c = 11 - sum(val(ch) * w for ch, w in zip(org8, ORG_WEIGHTS)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def cc(first16):
    """Full 18-char code from registrant type + region + 8-char org body."""
    assert len(first16) == 16, first16
    body17 = first16 + org_check(first16[8:16])
    return body17 + uscc_check(body17)


def art(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def dates(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


def header(domain, doc_type):
    return "source: %s\ndomain: %s\ndoc_type: %s\n---\n" % (SOURCE, domain, doc_type)


KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
        "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
        "notes", "defects_observed"]


def label(**kw):
    out = {k: kw.pop(k) for k in KEYS}
    out.update(kw)
    return out
