"""Fixes found on the session-15 development corpora, each on wording of its own."""

from __future__ import annotations

from pathlib import Path

import docx

from casecheck.extract.case import extract_case
from casecheck.ingest.case import load_case
from casecheck.ingest.text import numbered_in_order


def test_pages_ending_on_their_numbers_in_order() -> None:
    assert numbered_in_order(["立案审批表\n…\n第1页", "询问笔录\n…\n- 2 -\n", "决定书\n第3页 共3页"])
    assert numbered_in_order(["目录\n第 7 页", "笔录\n第 8 页"])  # a volume numbered on from an earlier file
    assert not numbered_in_order(["立案审批表\n第1页", "询问笔录\n第3页"])  # a number skipped
    assert not numbered_in_order(["立案审批表\n第1页", "询问笔录\n（以下空白）"])  # a page without one
    assert not numbered_in_order(["立案审批表\n第1页"])  # one page proves nothing


def _volume(path: Path, numbered: bool) -> Path:
    """A DOCX volume: a 卷内目录 and four forms, a page each, cut by hard page breaks."""
    pages = [
        ["卷内目录", "序号\t文书名称\t页码", "1\t立案审批表\t2", "2\t询问笔录\t3", "3\t调查终结报告\t4",
         "4\t行政处罚决定书\t6"],
        ["立案审批表", "案由：涉嫌销售不合格消防产品", "承办人意见：建议立案"],
        ["询问笔录", "询问时间：2023年3月2日", "被询问人：赵某"],
        ["调查终结报告", "经调查，当事人销售不合格灭火器12具。"],
        ["行政处罚决定书", "当事人：某某商行", "某县消防救援大队", "2023年4月6日"],
    ]  # fmt: skip
    doc = docx.Document()
    for n, lines in enumerate(pages, start=1):
        for line in lines:
            doc.add_paragraph(line)
        if numbered:
            doc.add_paragraph(f"第{n}页")
        if n < len(pages):
            doc.add_page_break()
    doc.save(str(path))
    return path


def test_docx_printing_its_page_numbers_is_paged(tmp_path: Path) -> None:
    for numbered in (True, False):
        folder = tmp_path / str(numbered)
        folder.mkdir()
        case = load_case(_volume(folder / "卷.docx", numbered), ocr=False)
        printed = {d["pages_printed"] for d in extract_case(case)["documents"]}
        assert printed == {numbered}


def test_a_speck_read_into_a_date() -> None:
    from casecheck.extract.fields.dates import find_dates

    assert [h.iso for h in find_dates("（印章）\n2025年4月,8日")] == ["2025-04-08"]
    assert [h.iso for h in find_dates("2019年.10月8号")] == ["2019-10-08"]
    assert find_dates("2023年5月，12名工人") == []  # a day must say 日 after a speck
    assert find_dates("自2021年。3月4日起") == []  # a full stop ends a sentence, it is no speck


def test_a_quoted_tier_before_its_circumstance() -> None:
    from casecheck.extract.fields.discretion import find_discretion

    hit = find_discretion("当事人逾期未改正，属于“一般”违法情形（对应罚款幅度为二千元以上），本局决定：")
    assert hit is not None and hit.level == "一般"
    hit = find_discretion('经审查，属"从重"情节，决定罚款八千元。')
    assert hit is not None and hit.level == "从重"
    assert find_discretion("当事人不属于“从轻”情形，本局决定罚款三千元。") is None
