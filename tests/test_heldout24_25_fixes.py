"""Cases drawn from the retired held-out sets 24 and 25, each in new wording (each failed before
its fix)."""

from __future__ import annotations

from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def _doc_types(*texts: str) -> list[str]:
    pages = tuple(Page(i, t, t, (), "text") for i, t in enumerate(texts, start=1))
    return [d.doc_type for d in segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])]


def test_an_electronic_signature_note_before_the_signers_name() -> None:
    (hit,) = find_signatures("负责人意见：同意立案。（电子签名）韩某 2024-03-05\n")
    assert hit.filled


def test_a_full_width_rule_parts_two_records_on_a_page() -> None:
    rows = "\n".join(f"│{i}│文书{i}│{i}│" for i in range(1, 12))
    page1 = f"卷内目录\n{rows}\n\n－－－－－－－－－－－－\n\n立 案 审 批 表\n│案由│某案│\n"
    assert _doc_types(page1, "询问笔录\n时间：2022年8月1日\n") == ["卷内目录", "立案审批表", "询问笔录"]


def test_a_record_after_a_form_whose_last_row_is_its_date() -> None:
    first = (
        "现场检查笔录\n" + "\n".join(f"│项目{i}│内容{i}│" for i in range(8)) + "\n│审核日期│2022-09-26│\n\n"
    )
    page = first + "案件集体讨论记录\n时间：2022年9月28日14时30分\n"
    assert _doc_types(page, "询问笔录\n时间：2022年8月1日\n") == ["现场检查笔录", "集体讨论记录", "询问笔录"]
