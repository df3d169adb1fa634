"""Shared helpers for the decisions10 generator: label builder and text transforms."""

KEY_ORDER = ["file", "doc_type", "agency", "doc_number", "party", "credit_code",
             "cited_articles", "fine_yuan", "confiscation_yuan", "dates", "remedy_days",
             "discretion", "completeness", "notes", "defects_observed"]


def A(law, article, paragraph=None, item=None, role="other", note=None):
    """One cited_articles entry, in the dev-set key order."""
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def D(filing=None, notice=None, decision=None, service=None, **extra):
    """dates object: the four dev-set keys first, then any extras."""
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


R6 = {"review": 60, "litigation": "6m"}


def label(file, doc_type, agency, doc_number, party, credit_code, cited_articles,
          fine_yuan, confiscation_yuan, dates, remedy_days, discretion, completeness,
          notes, defects_observed, **extras):
    d = {"file": file, "doc_type": doc_type, "agency": agency, "doc_number": doc_number,
         "party": party, "credit_code": credit_code, "cited_articles": cited_articles,
         "fine_yuan": fine_yuan, "confiscation_yuan": confiscation_yuan, "dates": dates,
         "remedy_days": remedy_days, "discretion": discretion, "completeness": completeness,
         "notes": notes, "defects_observed": defects_observed}
    assert list(d) == KEY_ORDER
    d.update(extras)
    return d


def header(domain, doc_type, form):
    return ("source: invented for decisions10 (writer 70); imitates %s\n"
            "domain: %s\ndoc_type: %s\n---\n" % (form, domain, doc_type))


def pdfify(body, width=36, lines_per_page=26, running_header=None, total_pages=None):
    """Imitate a PDF-to-text copy: hard wraps every `width` characters (no hyphen,
    inside numbers and names too), a running header on every page after the first,
    and a page footer that lands wherever the page breaks, mid-sentence."""
    out_lines = []
    for para in body.split("\n"):
        if not para:
            out_lines.append("")
            continue
        while len(para) > width:
            out_lines.append(para[:width])
            para = para[width:]
        out_lines.append(para)
    pages = [out_lines[i:i + lines_per_page] for i in range(0, len(out_lines), lines_per_page)]
    n = total_pages or len(pages)
    res = []
    for i, pg in enumerate(pages, 1):
        if i > 1 and running_header:
            res.append(running_header)
        res.extend(pg)
        res.append("")
        res.append("第 %d 页 共 %d 页" % (i, n))
        if i < len(pages):
            res.append("")  # blank line where the form feed was
    return "\n".join(res) + "\n"
