"""Round-4 precision fixes (officers, segmentation of continuation pages, law citations), each in
our own wording.

Every test reproduces a general way real files vary that the tool misread; none copies a
development or held-out file's text. Invented names, places and numbers throughout.
"""

from __future__ import annotations

import pytest

from casecheck.extract.fields.names import is_person_name
from casecheck.extract.fields.officers import find_officers
from casecheck.ingest.segment import segment
from tests.conftest import text_source

# Mongolian and Tibetan names are written without a Han surname and often without a middle dot.
MINORITY_NAMES = ["斯琴高娃", "额尔敦巴雅尔", "巴特尔", "格桑卓玛", "乌云其木格"]


@pytest.mark.parametrize("name", MINORITY_NAMES)
def test_undotted_minority_names_are_names(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize("word", ["申辩人员", "现场检查", "执法人员", "以上情况", "呼和浩特"])
def test_prose_is_still_no_name(word: str) -> None:
    assert not is_person_name(word)


def test_signature_line_with_a_minority_name_names_two_officers() -> None:
    text = "办案人员：（签名）韩立新  （签名）斯琴高娃    2023年8月2日\n"
    assert [o.name for o in find_officers(text)] == ["韩立新", "斯琴高娃"]


def test_handlers_list_with_a_long_minority_name() -> None:
    text = "检查人员：额尔敦巴雅尔（执法证号：15010223001）、郝明（执法证号：15010223002）\n"
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("额尔敦巴雅尔", "15010223001"),
        ("郝明", "15010223002"),
    ]


RECORD_P1 = (
    "某某县农业农村局\n询问笔录（第1页 共2页）\n询问时间：2023年3月2日9时\n"
    "询问人：韩立新  执法证号：15010223001\n询问人：郝明  执法证号：15010223002\n"
    "被询问人：祁某\n问：你知道我们为什么找你吗？\n答：知道。"
)
# The second page of the same record ends with the signature block (被询问人：…), which is no
# fresh header of a new record.
RECORD_P2 = (
    "询问笔录（第2页 共2页）\n问：还有补充吗？\n答：没有。\n"
    "被询问人：（签名）祁某  2023年3月2日\n询问人：（签名）韩立新  （签名）郝明"
)


@pytest.mark.parametrize("marker", ["（第2页 共2页）", "（续页）", "(续)"])
def test_a_continuation_page_title_continues_the_record(marker: str) -> None:
    p2 = RECORD_P2.replace("（第2页 共2页）", marker)
    docs = segment([text_source([RECORD_P1, p2], name="06_询问笔录.txt")])
    assert [(d.doc_type, d.pages) for d in docs] == [("询问笔录", (1, 2))]


def test_a_second_record_of_the_same_kind_is_still_a_new_document() -> None:
    second = RECORD_P1.replace("（第1页 共2页）", "").replace("祁某", "毛某")
    docs = segment([text_source([RECORD_P1, second])])
    assert [(d.doc_type, d.pages) for d in docs] == [("询问笔录", (1, 1)), ("询问笔录", (2, 2))]


def _cites(text: str) -> list[tuple[str, int | None, int | None, str]]:
    from casecheck.extract.fields.citations import find_citations

    return [(h.law, h.article, h.paragraph, h.role) for h in find_citations(text)]


WATER = "中华人民共和国水污染防治法"


def test_a_title_ending_a_hard_wrapped_line_takes_the_article_below() -> None:
    text = (
        "    经查，你公司违反了《中华人民共和国水污染防治法》第三十九条的规定。考虑到你公司\n"
        "已停止排放并清理现场，根据《中华人民共和国水污染防治法》\n"
        "第八十三条第三项的规定，决定对你公司处以罚款人民币贰拾万元。\n"
    )
    assert (WATER, 83, None, "penalty") in _cites(text)


def test_an_indented_paragraph_does_not_borrow_the_title_above() -> None:
    text = "依据《中华人民共和国水污染防治法》\n    第八十三条的规定另行处理。\n"
    assert all(c[1] != 83 for c in _cites(text))


def test_an_article_numeral_wrapped_inside_a_box_drawn_cell() -> None:
    text = (
        "│认定依据│你单位上述行为违反了《中华人民共和国水污染防治法》第三│\n"
        "│        │十九条的规定，依照《中华人民共和国水污染防治法》第八十 │\n"
        "│        │三条第三项的规定，按裁量基准一般情节处罚。            │\n"
        "├────────┼──────────────────────────────┤\n"
        "│处罚内容│罚款人民币贰拾万元。                                  │\n"
    )
    found = _cites(text)
    assert (WATER, 39, None, "violated") in found
    assert (WATER, 83, None, "penalty") in found


def test_a_wrapped_cell_keeps_evidence_in_the_original_text() -> None:
    from casecheck.extract.fields.citations import find_citations

    text = "│依据│违反了《中华人民共和国水污染防治法》第三│\n│    │十九条的规定。│\n"
    hit = find_citations(text)[0]
    assert text[hit.start : hit.end].startswith("《中华人民共和国水污染防治法》第三")
    assert text[hit.start : hit.end].endswith("十九条")


def test_a_tab_form_row_continues_onto_a_row_with_a_blank_label() -> None:
    text = "处理意见\t当事人行为违反了《中华人民共和国水污染防治法》第三\n\t十九条的规定。\n"
    assert (WATER, 39, None, "violated") in _cites(text)


@pytest.mark.parametrize(
    ("cited", "day", "by"),
    [
        ("《城市规划法》", "2008-01-01", "中华人民共和国城乡规划法"),
        ("关于商品和服务实行明码标价的规定", "2022-07-01", "明码标价和禁止价格欺诈规定"),
        ("《欺诈消费者行为处罚办法》", "2015-03-15", "侵害消费者权益行为处罚办法"),
    ],
)
def test_repeals_are_read_from_the_successors_closing_article(cited: str, day: str, by: str) -> None:
    from casecheck.laws.repeals import repeal_of

    rec = repeal_of(cited)
    assert rec is not None and (rec.effective.isoformat(), rec.by) == (day, by)


@pytest.mark.parametrize("cited", ["公安机关办理行政案件程序规定", "中华人民共和国行政处罚法", "某市容办法"])
def test_a_law_with_versions_or_an_unknown_title_has_no_repeal(cited: str) -> None:
    from casecheck.laws.repeals import repeal_of

    assert repeal_of(cited) is None
