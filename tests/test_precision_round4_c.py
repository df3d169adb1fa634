"""Round-4 precision fixes (signatures, dates, seals, evidence codes), each in our own wording.

Every test reproduces a general way real files vary that the tool misread; none copies a
development or held-out file's text. Invented names, places and numbers throughout.
"""

from __future__ import annotations

import pytest

from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.segment import segment
from tests.conftest import text_source

# An opinion row whose signer's name follows a typed 签名 note: the note marks where the pen
# signed, the name is the signature (a text rendering of a signed form).
SIGNED_OPINION_ROWS = [
    "局长意见：同意立案。 （签名）牛建业 2023年3月9日",
    "负责人意见\t同意。（签字）沙丽丽　2022年11月2日",
    "负责人审批意见：同意结案。 [签名]邰晓明 2021.7.30",
    "负责人意见：拟同意。（签名） 麦　俊  2024年2月6日",
]


@pytest.mark.parametrize("row", SIGNED_OPINION_ROWS)
def test_an_opinion_row_signed_after_a_typed_sign_note_is_filled(row: str) -> None:
    hits = [h for h in find_signatures(row + "\n") if h.role == "approver"]
    assert [h.filled for h in hits] == [True]


UNSIGNED_OPINION_ROWS = [
    # the note with nothing after it but the date: the pen never signed
    "负责人意见：同意。（签名）      2024年6月5日",
    "负责人意见\t同意立案。签字：    2023年8月1日",
    # the opinion on one line, an empty 签名 line with only the date under it
    "负责人意见：同意。\n签名：                  日期：2022年4月19日",
    "审批意见：同意作出处罚决定。\n签字：＿＿＿＿  2020年12月3日",
]


@pytest.mark.parametrize("text", UNSIGNED_OPINION_ROWS)
def test_an_opinion_left_unsigned_is_an_empty_signature(text: str) -> None:
    hits = [h for h in find_signatures(text + "\n") if h.role == "approver"]
    assert [h.filled for h in hits] == [False]


def test_a_sign_line_under_an_opinion_is_the_opinions_signature() -> None:
    text = "负责人意见：同意。\n签名：窦家明          日期：2022年4月19日\n"
    assert [(h.role, h.filled) for h in find_signatures(text)] == [("approver", True)]
    # a 签名 line under an ordinary paragraph belongs to nobody
    assert find_signatures("经查，当事人已整改完毕。\n签名：          日期：2022年4月19日\n") == []


@pytest.mark.parametrize("number", ["第 4 页 共 11 页", "第4页", "- 4 -", "4", "4/11", "共11页 第4页"])
def test_a_page_number_printed_above_the_agency_line_keeps_the_title_at_the_page_top(number: str) -> None:
    # A PDF whose footer is extracted first: the page number, the agency, then a title with a
    # descriptive prefix; the title still opens a document of its own.
    pages = [
        "某某县交通运输局\n法制审核意见书\n审核意见：同意。\n审核人：甲某\n2022年9月1日",
        f"{number}\n某某县交通运输局\n较大数额罚款案件集体研究记录\n时间：2022年9月2日\n结论：同意处罚。",
    ]
    docs = segment([text_source(pages)])
    assert [d.doc_type for d in docs] == ["法制审核意见书", "集体讨论记录"]
