"""Helpers for building the documents: label constructor, PDF-style wrapping."""
import unicodedata

LABEL_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code",
              "cited_articles", "fine_yuan", "confiscation_yuan", "dates", "remedy_days",
              "discretion", "completeness", "notes", "defects_observed"]


def C(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def D(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


def R(review=60, litigation="6m"):
    return {"review": review, "litigation": litigation}


def label(file, doc_type, agency, doc_number, party, credit_code, cited, fine, conf,
          dates, remedy, discretion, completeness, notes, defects=(), **extra):
    d = dict(zip(LABEL_KEYS, [file, doc_type, agency, doc_number, party, credit_code,
                              list(cited), fine, conf, dates, remedy, discretion,
                              completeness, notes, list(defects)]))
    d.update(extra)
    return d


def _w(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


NO_START = "，。、；：？！）》」』”’〕】"


def wrap_fixed(para, width, indent="　　"):
    """Hard-wrap one paragraph at `width` display columns (CJK = 2), as a PDF text layer does."""
    out, cur, cw = [], indent, sum(_w(c) for c in indent)
    for ch in para:
        # line-start prohibition (禁则): closing punctuation hangs at the end of the line
        if cw + _w(ch) > width and ch not in NO_START:
            out.append(cur)
            cur, cw = "", 0
        cur += ch
        cw += _w(ch)
    if cur:
        out.append(cur)
    return out


def paginate(lines, per_page, header=None, footer="— {n} —", total_fmt=None):
    """Insert page furniture every `per_page` lines. footer may use {n} and {t}."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    t = len(pages)
    out = []
    for n, pg in enumerate(pages, 1):
        if header and n > 1:
            out.append(header)
            out.append("")
        out.extend(pg)
        out.append("")
        out.append(footer.format(n=n, t=t))
        if n < t:
            out.append("\f" if False else "")
    return out
