"""Round-4 precision fixes (signatures, dates, seals, evidence codes), each in our own wording.

Every test reproduces a general way real files vary that the tool misread; none copies a
development or held-out file's text. Invented names, places and numbers throughout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casecheck.extract.fields.column_totals import column_totals
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.pdf import read_pdf
from casecheck.ingest.segment import segment
from tests.conftest import text_source

# An opinion row whose signer's name follows a typed 签名 note: the note marks where the pen
# signed, the name is the signature (a text rendering of a signed form).
SIGNED_OPINION_ROWS = [
    "局长意见：同意立案。 （签名）牛建业 2023年3月9日",
    "负责人意见\t同意。（签字）沙丽丽　2022年11月2日",
    "负责人审批意见：同意结案。 [签名]邰晓明 2021.7.30",
    "负责人意见：拟同意。（签名） 麦　俊  2024年2月6日",
    # the signer's post or certificate number in a long note after the name
    "法制审核意见：合法。（签名）柏云飞（法律职业资格证书编号A20190330112233） 2022年5月6日",
    "负责人意见\t同意。（签字）上官红（党组书记、局长）  2020年8月8日",
    "负责人审批：同意结案。（签名）佘立新    2023年12月1日",
]


@pytest.mark.parametrize("row", SIGNED_OPINION_ROWS)
def test_an_opinion_row_signed_after_a_typed_sign_note_is_filled(row: str) -> None:
    hits = [h for h in find_signatures(row + "\n") if h.role in ("approver", "reviewer")]
    assert [h.filled for h in hits] == [True]


UNSIGNED_OPINION_ROWS = [
    # the note with nothing after it but the date: the pen never signed
    "负责人意见：同意。（签名）      2024年6月5日",
    "负责人意见\t同意立案。签字：    2023年8月1日",
    # the opinion on one line, an empty 签名 line with only the date under it
    "负责人意见：同意。\n签名：                  日期：2022年4月19日",
    "审批意见：同意作出处罚决定。\n签字：＿＿＿＿  2020年12月3日",
    "负责人审批：同意结案。          2023年12月1日",
]


@pytest.mark.parametrize("text", UNSIGNED_OPINION_ROWS)
def test_an_opinion_left_unsigned_is_an_empty_signature(text: str) -> None:
    hits = [h for h in find_signatures(text + "\n") if h.role == "approver"]
    assert [h.filled for h in hits] == [False]


def test_a_sign_line_under_an_opinion_is_the_opinions_signature() -> None:
    text = "负责人意见：同意。\n签名：窦家明          日期：2022年4月19日\n"
    assert [(h.role, h.label, h.filled) for h in find_signatures(text)] == [("approver", "负责人意见", True)]
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


def _drawn_pdf(path: Path, seal: bool, red_heading: bool = False) -> Path:
    """A born-digital notice (text layer) whose seal is drawn as vector shapes, not an image."""
    from reportlab.lib.colors import black, red
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    if red_heading:  # a 红头 letterhead: red words and a red rule, but no seal
        c.setFillColor(red)
        c.setStrokeColor(red)
        c.setFont("STSong-Light", 22)
        c.drawString(120, 790, "某某县文化市场综合执法大队文件")
        c.setLineWidth(2)
        c.line(60, 775, 535, 775)
    c.setFillColor(black)
    c.setFont("STSong-Light", 12)
    lines = [
        "行政处罚事先告知书",
        "某文执告〔2023〕8号",
        "当事人：某某网吧",
        "本机关拟对你作出罚款的行政处罚。",
    ]
    for i, line in enumerate(lines):
        c.drawString(72, 740 - 20 * i, line)
    c.drawString(330, 560, "某某县文化市场综合执法大队")
    c.drawString(360, 540, "2023年6月2日")
    if seal:  # a ring, a star-like mark and the agency's name, all in red
        c.setStrokeColor(red)
        c.setFillColor(red)
        c.setLineWidth(3)
        c.circle(410, 560, 48, stroke=1, fill=0)
        c.circle(410, 560, 8, stroke=0, fill=1)
        c.setFont("STSong-Light", 9)
        c.drawCentredString(410, 585, "某某县文化市场综合执法大队")
    c.showPage()
    c.save()
    return path


def test_a_seal_drawn_as_vector_shapes_on_a_text_pdf_is_seen(tmp_path: Path) -> None:
    page = read_pdf(_drawn_pdf(tmp_path / "sealed.pdf", seal=True), ocr=None, max_pages=5)[0]
    assert page.method == "text" and page.imaged and page.seal_box is not None


def test_red_words_without_a_seal_are_no_seal(tmp_path: Path) -> None:
    page = read_pdf(_drawn_pdf(tmp_path / "red.pdf", seal=False, red_heading=True), ocr=None, max_pages=5)[0]
    assert page.seal_box is None
    plain = read_pdf(_drawn_pdf(tmp_path / "plain.pdf", seal=False), ocr=None, max_pages=5)[0]
    assert not plain.imaged and plain.seal_box is None  # nothing red to look at: not rendered


@pytest.mark.parametrize("note", ["（第2页 共3页）", "（第二页）", "（续页）", "(续)", "（第2页/共3页）"])
def test_a_title_marked_as_a_later_page_continues_the_record(note: str) -> None:
    # Each page of a 询问笔录 repeats its title with a page note and is signed by the party at the
    # bottom, so the next page's first lines hold 被询问人 — still the same record.
    pages = [
        "询问笔录（第1页 共3页）\n询问时间：2021年4月6日10时\n询问人：甲某 乙某\n被询问人：丙某\n"
        "问：我们是执法人员，这是证件。是否申请回避？\n答：不申请。\n被询问人：丙某",
        f"询问笔录{note}\n问：店里的酒从哪里进的？\n答：从批发市场。\n被询问人：丙某",
        f"询问笔录{note.replace('2', '3').replace('二', '三')}\n问：还有补充吗？\n答：没有。\n"
        "被询问人：丙某 2021年4月6日\n询问人：甲某 乙某",
    ]
    docs = segment([text_source(pages)])
    assert [(d.doc_type, d.pages) for d in docs] == [("询问笔录", (1, 3))]


def test_a_second_record_with_its_own_page_one_is_a_new_record() -> None:
    pages = [
        "询问笔录（第1页 共1页）\n询问时间：2021年4月6日10时\n被询问人：丙某\n答：不申请。",
        "询问笔录（第1页 共1页）\n询问时间：2021年4月7日9时\n被询问人：丁某\n答：不申请。",
    ]
    assert [d.doc_type for d in segment([text_source(pages)])] == ["询问笔录", "询问笔录"]


# A ruled table read from a PDF text layer: cells parted by single spaces, a header cell wrapped
# onto the next line inside its cell.
SPACED_TABLE = (
    "多收停车费计算表\n"
    "收费时段 公示价（元/次） 实收价（元/次） 每次多收（\n"
    "元） 收费次数 多收费用（元）\n"
    "白天 5.00 8.00 3.00 120 360.00\n"
    "夜间 2.00 4.00 2.00 75 150.00\n"
    "节假日 6.00 10.00 4.00 40 160.00\n"
    "合计 235 760.00\n"
    "数据来源：收费系统导出记录。\n"
)


def test_a_space_separated_table_total_is_checked_against_its_rows() -> None:
    [t] = column_totals(SPACED_TABLE)
    assert (t.kind, t.value, t.computed) == ("illegal_gain", 760.0, 670.0)
    assert SPACED_TABLE[t.start : t.end] == "760.00"
    fixed = SPACED_TABLE.replace("760.00", "670.00")
    assert [(t.value, t.computed) for t in column_totals(fixed)] == [(670.0, 670.0)]


@pytest.mark.parametrize(
    "change",
    [
        ("夜间 2.00 4.00 2.00 75 150.00", "夜间 2.00 4.00 2.00 75"),  # an empty cell: columns shift
        ("白天 5.00", "白天 工作日 5.00"),  # a name with a space: the row's cells cannot be told apart
        ("夜间 2.00 4.00 2.00 75 150.00", "夜间 2.00 4.00 2.00 75 约150元"),  # a note, not a figure
    ],
)
def test_a_space_separated_row_that_cannot_be_aligned_says_nothing(change: tuple[str, str]) -> None:
    assert column_totals(SPACED_TABLE.replace(*change)) == []


def test_spaces_inside_a_sentence_make_no_table() -> None:
    text = "经核算 多收费用（元） 如下\n第一次 多收 3.00\n第二次 多收 4.00\n合计 9.00\n"
    assert column_totals(text) == []


def test_a_page_number_above_a_title_belongs_to_the_document_that_starts_there() -> None:
    # The footer read first on each page must not carry the page into the document before.
    pages = [
        "第 1 页\n某某县市场监督管理局\n案件调查终结报告\n经查，事实清楚。\n承办人：甲某 乙某\n2022年9月1日",
        "第 2 页\n某某县市场监督管理局\n行政处罚事先告知书\n某市监告〔2022〕5号\n当事人：某某公司\n"
        "2022年9月2日",
    ]
    docs = segment([text_source(pages)])
    assert [(d.doc_type, d.pages) for d in docs] == [("调查终结报告", (1, 1)), ("行政处罚事先告知书", (2, 2))]


@pytest.mark.parametrize(
    ("seal", "red_heading"), [(True, False), (False, True), (False, False), (True, True)]
)
def test_one_object_walk_answers_image_or_red_ink(tmp_path: Path, seal: bool, red_heading: bool) -> None:
    import pypdfium2 as pdfium

    from casecheck.ingest import pdf as pdf_mod

    doc = pdfium.PdfDocument(_drawn_pdf(tmp_path / "p.pdf", seal=seal, red_heading=red_heading))
    try:
        page = doc[0]
        # the red rule of a letterhead is a red path too: it earns a look, and the look finds no seal
        assert pdf_mod._image_or_red_ink(page) is pdf_mod._has_red_ink(page) is (seal or red_heading)
        page.close()
    finally:
        doc.close()
