"""Seal markers in text: （印章）, [公章], 盖章处 … (red seals on page images are found during
ingestion, where the image exists: ``casecheck.ingest.seal_image``, carried on
``Document.seal_pages``).
"""

from __future__ import annotations

import re

from casecheck.extract.patterns import fast_compile

MARKER = fast_compile(
    r"[（(\[【［《〈〔]\s*(?:[\u4e00-\u9fa5]{0,16}?)(?:印章|公章|盖章|专用章|章)\s*[)）\]】］》〉〕]|盖章处"
    r"|[（(\[【〔]\s*印\s*[)）\]】〕]"
    r"|(?<![签名或])盖\s*章\s*$"
    r"|(?<![未无没不])(?<![未无没不]加盖)电子(?:签章|印章)",  # （电子签章）, 本决定书已加盖电子签章
    re.M,
)
NOT_SEAL = fast_compile(r"签名|签字|(?<!电子)签章")


def find_seal_markers(text: str) -> list[tuple[int, int]]:
    """Spans of seal markers, leaving out signature notes such as （签名或盖章）."""
    if "章" not in text and "印" not in text:
        return []  # every marker holds 章 or 印
    return [(m.start(), m.end()) for m in MARKER.finditer(text) if not NOT_SEAL.search(m.group(0))]
