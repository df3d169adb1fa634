"""Facts of one document (``casecheck.facts.DocFacts``) with evidence for every value.

``extract_document`` runs each field extractor once over the document's normalised text and
assembles a JSON-able dict (the section builders live in ``sections``). Values that are not found
are ``None`` (never guessed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from casecheck.extract import ocr_evidence, sections
from casecheck.extract.fields import closing, officers, seals, signatures
from casecheck.extract.fields.catalog import catalog_rows
from casecheck.extract.fields.citations import find_citations, table_roles
from casecheck.extract.fields.column_totals import column_totals
from casecheck.extract.fields.corrections import corrected, find_corrections, yuan_of
from casecheck.extract.fields.dates import find_dates
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts, find_areas
from casecheck.extract.fields.notice import hearing_right, statement_period
from casecheck.extract.fields.payment import payment_terms
from casecheck.extract.fields.remedy import find_remedy
from casecheck.extract.fields.table import fine_column, later_records_blanked, table_pairs
from casecheck.extract.fields.voucher import voucher_amounts
from casecheck.facts import DocFacts
from casecheck.model import Document, Page


def extract_document(doc: Document, source_pages: Sequence[Page] | None = None) -> DocFacts:
    """All facts of ``doc`` (see ``casecheck.facts.DocFacts``).

    ``source_pages`` are the pages of the file the document was cut from (``SourceFile.pages``);
    with them the facts say which of its pages came from OCR (``ocr``), so rules can refuse to
    accuse on uncertain text.
    """
    c = sections.Ctx(doc)
    text, dt = c.text, doc.doc_type
    table = table_pairs(text)
    hits = find_dates(text)
    first_case = later_records_blanked(text)  # a published list of decisions: its first case's
    amounts = find_amounts(first_case, dt)
    if dt == "缴款凭证":  # 罚款：2500.00 / 交易金额：CNY30,000.00 / a 金额 column: figures without 元
        amounts = sorted(amounts + voucher_amounts(text, amounts), key=lambda a: a.start)
    fixed = find_corrections(text)
    fixed_yuan = yuan_of(fixed)
    amounts = corrected(text, amounts, fixed, fixed_yuan)  # 小写“¥201,000.00”有误，现更正为“¥210,000.00”
    facts: dict[str, Any] = {
        "ref": doc.ref,
        "doc_type": dt,
        "title": doc.title,
        "file": doc.file,
        "pages": list(doc.pages),
        "page_count": doc.pages[1] - doc.pages[0] + 1,
        "doc_number": sections.doc_number(c, table),
    }
    close = closing.closing_date(text, dt, hits)
    facts["date"] = c.fact(close[0].iso, close[0].start, close[0].end, form="closing") if close else None
    iss = closing.issuer(text, close[1], close[0].start) if close else None
    facts["issuer"] = (
        c.fact(iss[0], iss[1], iss[2], form="internal" if closing.INTERNAL_UNIT.search(iss[0]) else "agency")
        if iss
        else None
    )
    agency = sections.agency_over_title(c) or closing.header_agency(text)
    named = next((table[k] for k in sections.TABLE_FIELDS["agency"] if k in table and k != "单位名称"), None)
    if named and agency and not iss:
        agency = named  # a 公示 page's 处罚机关 column, not the portal's name over the page
    if agency is None and iss:
        agency = iss  # an internal unit too: issuer.form says so, for SUBJ-03
    if agency is None:
        key = next((k for k in sections.TABLE_FIELDS["agency"] if k in table), None)
        agency = table[key] if key else (sections.agency_and_date(table)[0] or closing.labelled_agency(text))
    facts["agency"] = c.fact(agency[0], agency[1], agency[2]) if agency else None
    facts["party"] = sections.party_facts(c, table)
    facts["interviewee"] = sections.interviewee(c) if facts["party"]["name"] is None else None
    facts["officers"] = [
        {"name": o.name, "certificate": o.certificate, "role": o.role, "evidence": c.ev(o.start, o.end)}
        for o in officers.find_officers(text)
    ]
    sigs = signatures.find_signatures(text)
    facts["signatures"] = [
        {"role": s.role, "label": s.label, "filled": s.filled, "evidence": c.ev(s.start, s.end)} for s in sigs
    ]
    facts["seal"] = _seal(c, doc, seals.find_seal_markers(text))
    facts["dates"] = sections.dates(c, hits, table)
    facts["amounts"] = [
        {"kind": a.kind, "value": a.value, "form": a.form, "evidence": c.ev(a.start, a.end)}
        | ({"terms": a.terms} if a.terms else {})
        | ({"settled": True} if a.settled else {})
        | ({"stated_total": True} if a.stated_total else {})
        | ({"corrected": True} if a.corrected else {})
        for a in sorted(amounts + find_areas(text), key=lambda a: a.start)
    ]  # areas (kind ``area``, m²) among the amounts, never in ``penalty``
    totals = column_totals(text)  # a 货值计算表's 合计 with what its rows add up to (EVID-03)
    if dt == "缴款凭证":  # a voucher's own 金额 column: its 合计 is what was paid (voucher_amounts)
        totals = [t for t in totals if t.kind != "column_sum"]
    if totals:
        spans = {c.ev(t.start, t.end).get("start") for t in totals}
        facts["amounts"] = [a for a in facts["amounts"] if a["evidence"].get("start") not in spans] + [
            {"kind": t.kind, "value": t.value, "form": "lower", "computed": t.computed,
             "evidence": c.ev(t.start, t.end)}
            for t in totals
        ]  # fmt: skip
    cites = find_citations(first_case)
    if table:
        table_roles(cites, table)
    facts["citations"] = [
        {"law": h.law, "article": h.article, "paragraph": h.paragraph, "item": h.item, "sub": h.sub,
         "role": h.role, "title_raw": h.title_raw, "version": h.version, "evidence": c.ev(h.start, h.end)}
        | ({"measure": h.measure} if h.measure else {})
        for h in cites
    ]  # fmt: skip
    name = facts["party"]["name"]
    facts["penalty"] = sections.penalty(c, amounts, dt, name["value"] if name else None)
    column = fine_column(table, first_case) if facts["penalty"]["fine"] is None else None
    if column and column[0] > 0:  # a 公示 list's 罚款金额（万元） column, the text saying no figure
        facts["penalty"]["fine"] = c.fact(column[0], column[1], column[2], form="table")
        if "罚款" not in facts["penalty"]["kinds"]:
            facts["penalty"]["kinds"].append("罚款")
    facts["remedy"] = sections.remedy(c, find_remedy(text))
    terms = payment_terms(text)
    facts["payment_terms"] = (
        c.fact(terms.days or terms.due, terms.start, terms.end, form=terms.form, bank=terms.bank)
        if terms
        else None
    )
    period = statement_period(text)
    facts["statement_days"] = c.fact(period[0], period[2], period[3], form=period[1]) if period else None
    hr = hearing_right(text)
    facts["hearing_right"] = c.fact(True, *hr) if hr and ("告知" in dt or "通知" in dt) else None
    disc = find_discretion(text)
    facts["discretion"] = (
        {
            "level": disc.level,
            "reason": disc.reason,
            "form": disc.form,
            "evidence": c.ev(disc.start, disc.end),
            **({"ground": disc.ground} if disc.ground else {}),
        }
        if disc
        else None
    )
    facts["markers"] = {k: c.fact(True, s, e) for k, (s, e) in find_markers(text).items()}
    facts["corrections"] = []
    for (w, r, s, e), (wy, ry) in zip(fixed, fixed_yuan, strict=True):
        money = {"wrong_yuan": wy, "right_yuan": ry} if wy is not None and ry is not None else {}
        facts["corrections"].append({"wrong": w, "right": r, "evidence": c.ev(s, e)} | money)
    facts["served"] = sections.served(c, sigs, hits) if dt == "送达回证" else None
    facts["catalog"] = (
        [
            {
                "number": r.number,
                "title": r.title,
                "doc_number": r.doc_number,
                "date": r.date,
                "pages": [r.first, r.last],
                "evidence": c.ev(r.start, r.end),
            }
            for r in catalog_rows(text)
        ]
        if dt == "卷内目录"
        else []
    )
    facts["ocr"] = ocr_facts(doc, source_pages)
    facts["image_pages"] = image_pages(doc, source_pages)
    if facts["ocr"] and source_pages:
        ocr_evidence.annotate(facts, doc, source_pages)  # how sure OCR was of each value's characters
    facts["pages_printed"] = None  # set per file by ``extract.case`` (a DOCX's printed page numbers)
    return facts  # type: ignore[return-value]


def ocr_facts(doc: Document, source_pages: Sequence[Page] | None) -> dict[str, Any] | None:
    """``{"pages", "confidence", "text_confidence", "page_confidence"}`` for the document's pages
    read by OCR, else ``None``.

    ``confidence`` is the mean OCR confidence (0–100) of those pages that report one, or ``None``;
    ``text_confidence`` weighs each page as the text it holds (a second page holding only the seal
    and the date, read at 44, does not make a page of text read at 89 doubtful);
    ``page_confidence`` gives each page's own, ``[[page, confidence], …]``: what a finding that
    points at one page rests on.
    """
    if not source_pages:
        return None
    first, last = doc.pages
    ocr = [p for p in source_pages if first <= p.number <= last and p.method == "ocr"]
    if not ocr:
        return None
    scored = [(p.confidence, max(1, len(p.text) - p.text.count(" ") - p.text.count("\n"))) for p in ocr]
    scores = [c for c, _ in scored if c is not None]
    weight = sum(n for c, n in scored if c is not None)
    return {
        "pages": [p.number for p in ocr],
        "confidence": round(sum(scores) / len(scores), 1) if scores else None,
        "text_confidence": round(sum(c * n for c, n in scored if c is not None) / weight, 1)
        if weight
        else None,
        "page_confidence": [[p.number, p.confidence] for p in ocr if p.confidence is not None],
    }


def image_pages(doc: Document, source_pages: Sequence[Page] | None) -> list[int]:
    """The document's pages read from a text layer that carry a picture a signature may be in
    (``Page.picture``: a name signed on a tablet, or a scan under its text layer); an e-seal, an
    emblem, a QR code, a barcode or a photo on the page shows no signature."""
    if not source_pages:
        return []
    first, last = doc.pages
    return [p.number for p in source_pages if first <= p.number <= last and p.method != "ocr" and p.picture]


def _seal(c: Any, doc: Document, marks: list[tuple[int, int]]) -> dict[str, Any]:
    """Seal facts: a text marker, and what ingestion saw on the page images.

    ``image`` is True when a seal was found on one of the document's pages (a red seal, or on a
    page without colour a seal's ring), False when its pages were examined as images and none
    showed one, None when no page was an image. ``grey`` is True when every page examined was
    without colour (where a seal shows no red).
    """
    if doc.seal_pages:
        image: bool | None = True
    else:
        image = False if doc.imaged_pages else None
    evidence = c.ev(*marks[-1]) if marks else None
    if evidence is None and doc.seal_pages:
        page = doc.seal_pages[-1]
        evidence = {
            "document": doc.ref,
            "page": page,
            "quote": "（灰度扫描页面上的圆形印章）" if page in doc.grey_pages else "（页面图像上的红色印章）",
            "start": None,
            "end": None,
        }
    grey = bool(doc.imaged_pages) and set(doc.imaged_pages) <= set(doc.grey_pages)
    pages = list(doc.seal_pages)
    return {"marker": bool(marks), "image": image, "evidence": evidence, "pages": pages, "grey": grey}
