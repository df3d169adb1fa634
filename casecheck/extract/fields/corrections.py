"""What a correction notice (更正通知书, 补正决定) puts right: the value written wrongly and the right one.

``本局…送达你单位的《行政处罚事先告知书》中，当事人名称误写为“某康铭门诊部”，现更正为“某康明门诊部”`` →
``("某康铭门诊部", "某康明门诊部")``. A value a document of the file corrects is no inconsistency of
the file (DOC-06): the agency put it right, lawfully, by a notice served on the party.
"""

from __future__ import annotations

from casecheck.extract.patterns import fast_compile

# …误写为“A”，现更正为“B” / 错写为A，应更正为B / 将“A”更正为“B”
CORRECTION = fast_compile(
    r"(?:(?:误写|误记|错写|错记|笔误)为|将)\s*[“\"「]?(?P<wrong>[^”\"」，,。；;（(\n]{2,40}?)[”\"」]?\s*[，,]?\s*"
    r"(?:现|应|予以|依法)?\s*(?:更正|改正|补正|更改)为\s*[“\"「]?(?P<right>[^”\"」，,。；;（(\n]{2,40}?)[”\"」]?(?=[（(，,。；;\s]|$)"
)


def find_corrections(text: str) -> list[tuple[str, str, int, int]]:
    """``(wrong, right, start, end)`` for each value the text says it corrects."""
    if "更正" not in text and "改正为" not in text and "补正" not in text and "更改为" not in text:
        return []
    return [
        (m.group("wrong").strip(), m.group("right").strip(), m.start(), m.end())
        for m in CORRECTION.finditer(text)
        if m.group("wrong").strip() != m.group("right").strip()
    ]
