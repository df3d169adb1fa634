"""signature_present — signature lines a document type requires are filled (DOC-04).

Options:
  required: doc type → roles whose signature line must be filled
    (officer/party/approver/recipient/witness/recorder/reviewer/chair/sender/participant).

Only a signature line the extractor found and saw empty (``filled: false``) is a defect; a line
that was not found at all proves nothing either way.

Example: a 询问笔录 whose ``party`` signature has ``filled: false`` yields one hit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    IMAGE_SIGNATURE,
    Context,
    Hit,
    Opt,
    Unknown,
    doc_evidence,
    docs,
    ev,
    on_image_page,
)

ID = "signature_present"
OPTIONS = {"required": Opt(dict)}
ROLE_NAMES = {
    "officer": "执法人员",
    "party": "当事人",
    "approver": "审批人",
    "recipient": "受送达人",
    "witness": "见证人",
    "recorder": "记录人",
    "reviewer": "审核人",
    "chair": "主持人",
    "sender": "送达人",
    "participant": "参加人",
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per (document, role) with an empty signature line."""
    for doc_type, roles in opts["required"].items():
        for doc in docs(facts, doc_type):
            seen: set[str] = set()
            for sig in doc.get("signatures") or []:
                role = sig.get("role")
                if role in roles and sig.get("filled") is False and role not in seen:
                    seen.add(role)
                    where = ev(sig.get("evidence")) or doc_evidence(doc)
                    label = sig.get("label") or ROLE_NAMES.get(role, role)
                    if on_image_page(doc, where):
                        yield Unknown(IMAGE_SIGNATURE.format(document=doc.get("ref"), role=label))
                        continue
                    yield Hit({"document": doc.get("ref"), "role": label}, (where,))
