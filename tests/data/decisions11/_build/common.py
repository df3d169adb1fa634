"""Shared helpers for the decisions11 generator (all content invented)."""

LABEL_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code",
              "cited_articles", "fine_yuan", "confiscation_yuan", "dates", "remedy_days",
              "discretion", "completeness", "notes", "defects_observed"]


def C(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def dates(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


def doc(file, source, domain, doc_type, text, label, extras=None):
    """One corpus document: header like the dev-set (source/domain/doc_type/---) + body."""
    lab = {"file": file}
    for k in LABEL_KEYS[1:]:
        lab[k] = label[k]
    for k, v in (extras or {}).items():
        lab[k] = v
    body = text.strip("\n") + "\n"
    header = f"source: {source}\ndomain: {domain}\ndoc_type: {doc_type}\n---\n"
    return {"file": file, "content": header + body, "label": lab}
