"""Helpers shared by the batch modules: credit codes, label constructors."""

CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
SOURCE = "written for casecheck decisions4 (not a real publication)"


def check_char(first17):
    total = sum(CHARS.index(c) * w for c, w in zip(first17, WEIGHTS))
    return CHARS[(31 - total % 31) % 31]


def cc(first17):
    """A GB 32100 code: the 17 given characters plus the computed check character."""
    assert len(first17) == 17 and all(c in CHARS for c in first17), first17
    return first17 + check_char(first17)


def A(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def D(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


R60 = {"review": 60, "litigation": "6m"}

SPF = "《中华人民共和国食品安全法》"
XZCF = "《中华人民共和国行政处罚法》"


def doc(file, domain, doc_type, text, *, agency, doc_number, party, credit_code, cited, fine,
        confiscation, dates, remedy, discretion, completeness, notes, defects, **extra):
    label = {
        "file": file, "doc_type": doc_type, "agency": agency, "doc_number": doc_number,
        "party": party, "credit_code": credit_code, "cited_articles": cited,
        "fine_yuan": fine, "confiscation_yuan": confiscation, "dates": dates,
        "remedy_days": remedy, "discretion": discretion, "completeness": completeness,
        "notes": notes, "defects_observed": defects,
    }
    label.update(extra)
    return {"file": file, "domain": domain, "doc_type": doc_type, "text": text, "label": label}
