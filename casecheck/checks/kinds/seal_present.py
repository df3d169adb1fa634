"""seal_present — outward documents show the agency's seal (DOC-09).

Options:
  types: doc types that must be sealed.

A seal counts when the page shows a seal image or the text has a seal marker (（印章）…).
A document whose seal facts are absent (``seal`` missing) is 无法评查, and so is a document scanned
in grey (``seal.grey``) without a seal ring seen on it, unless some page of the case was scanned
in colour: a scanner in auto-colour mode saves pages without colour in grey, so then a grey page
had no red seal. A ring seen on another grey document proves no absence here: a faint or
unevenly inked stamp can show no ring the detector finds. A notice made as a record
(``行政处罚告知笔录``) is no outward letter and is skipped.

Example: ``{"doc_type": "行政处罚决定书", "seal": {"marker": false, "image": null}}`` → one hit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, all_docs, doc_evidence, docs, ev, notice_record

ID = "seal_present"
OPTIONS = {"types": Opt(list)}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per unsealed outward document."""
    visible = seals_visible(facts)
    for doc in docs(facts, *opts["types"]):
        if notice_record(doc):
            continue  # a 告知笔录 signed by the party is a record, not a sealed letter
        seal = doc.get("seal")
        if not isinstance(seal, dict):
            yield Unknown(f"{doc.get('ref')} 未能识别印章信息")
        elif not (seal.get("marker") or seal.get("image")) and seal.get("grey") and not visible:
            yield Unknown(f"{doc.get('ref')} 为灰度扫描件，无法从页面颜色识别印章")
        elif not (seal.get("marker") or seal.get("image")):
            yield Hit({"document": doc.get("ref")}, (ev(seal.get("evidence")) or doc_evidence(doc),))


def seals_visible(facts: dict[str, Any]) -> bool:
    """Some document of the case was looked at as a colour image (a red seal seen, or pages
    examined in colour): a grey page of the same scan had no red seal."""
    seals = [s for d in all_docs(facts) if isinstance(s := d.get("seal"), dict)]
    return any(s.get("image") is not None and not s.get("grey") for s in seals)
