"""A text layer that lists a form's labels before its values (absolutely placed text) is read by
position; ordinary pages, blank forms and pages in two columns keep pdfium's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from casecheck.ingest.pdforder import labels_first
from casecheck.ingest.reader import read_file

ROWS = [
    ("登记日期：", "2024年6月3日"),
    ("违法行为人：", "周某某"),
    ("身份证号码：", "350102198802145631"),
    ("违法地点：", "鼓楼区东街口人行道"),
    ("简要案情：", "在人行道上摆摊经营水果，占用公共通道约6平方米。"),
    ("承办人：", "林一鸣、陈思远"),
]
PROSE = [
    "经查，当事人于2024年5月28日起在鼓楼区东街口人行道摆摊销售水果，",
    "占用人行道约6平方米，影响行人通行。执法人员现场责令其改正，",
    "当事人于次日仍在原处经营，有现场照片和询问笔录为证。",
]


def _canvas(path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    return c


def _labels_first_pdf(path: Path) -> Path:
    """Page 1: the title, every label top-down, then the values bottom-up. Page 2: a paragraph
    written bottom-up."""
    c = _canvas(path)
    c.drawString(200, 780, "城市管理综合执法案件立案登记表")
    for i, (label, _value) in enumerate(ROWS):
        c.drawString(72, 740 - 24 * i, label)
    for i, (_label, value) in reversed(list(enumerate(ROWS))):
        c.drawString(160, 740 - 24 * i, value)
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.drawString(72, 780, "调查终结报告")
    for i, line in reversed(list(enumerate(PROSE))):
        c.drawString(72, 740 - 20 * i, line)
    c.showPage()
    c.save()
    return path


def test_a_labels_first_form_is_read_by_position(tmp_path: Path) -> None:
    pages = read_file(_labels_first_pdf(tmp_path / "labels_first.pdf")).pages
    form = [line.strip() for line in pages[0].raw.splitlines()]
    assert form[0] == "城市管理综合执法案件立案登记表"
    for label, value in ROWS:
        assert f"{label} {value}" in form
    # the other page of the same file, written bottom-up, is put top-down too
    report = [line.strip() for line in pages[1].raw.splitlines() if line.strip()]
    assert report == ["调查终结报告", *PROSE]


def test_the_positional_page_is_what_the_review_reads(tmp_path: Path) -> None:
    source = read_file(_labels_first_pdf(tmp_path / "labels_first.pdf"))
    assert "违法行为人：周某某" in source.pages[0].text.replace(" ", "")


def test_two_columns_of_prose_keep_their_text(tmp_path: Path) -> None:
    """A page in two columns, each written top-down: read by position the columns would be
    joined line by line; no bare labels, so pdfium's text stays."""
    path = tmp_path / "two_columns.pdf"
    c = _canvas(path)
    left = ["问：你在此经营多久了？", "答：一个多月。", "问：是否办理许可？", "答：没有办理。"]
    right = ["问：执法人员是否责令改正？", "答：责令过，我没有改。", "问：还有补充吗？", "答：没有。"]
    for i, line in enumerate(left):
        c.drawString(60, 760 - 20 * i, line)
    for i, line in enumerate(right):
        c.drawString(320, 760 - 20 * i, line)
    c.showPage()
    c.save()
    assert read_file(path).pages[0].raw == _pdfium_text(path)


def _pdfium_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()


def test_a_blank_form_keeps_its_text(tmp_path: Path) -> None:
    """Labels and no values: reading by position pairs nothing, pdfium's text stays."""
    path = tmp_path / "blank.pdf"
    c = _canvas(path)
    for i, (label, _value) in enumerate(ROWS):
        c.drawString(72, 740 - 24 * i, label)
    c.showPage()
    c.save()
    assert read_file(path).pages[0].raw == _pdfium_text(path)


def test_an_ordinary_form_is_not_touched(tmp_path: Path) -> None:
    """Label and value drawn together, row by row: pdfium's text, character for character."""
    path = tmp_path / "ordinary.pdf"
    c = _canvas(path)
    for i, (label, value) in enumerate(ROWS):
        c.drawString(72, 740 - 24 * i, label)
        c.drawString(160, 740 - 24 * i, value)
    c.showPage()
    c.save()
    assert read_file(path).pages[0].raw == _pdfium_text(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("案件来源：\n当事人：\n地址：\n案情简介：\n", True),
        ("案件来源：\n当事人：\n地址：\n", False),  # three: not enough
        ("当事人：某公司\n地址：某路1号\n案情：略\n承办人：张三\n", False),  # values on the lines
        ("问：\n答：\n问：\n答：\n", True),
        ("本局认为：\n一、\n经查：\n", False),
    ],
)
def test_labels_first_needs_a_run_of_bare_labels(text: str, expected: bool) -> None:
    assert labels_first(text) is expected


def test_evidence_boxes_follow_the_positional_text(tmp_path: Path) -> None:
    """The workbench draws a quote of a positional page where its characters are."""
    from casecheck.web.pdfmarks import overlays

    path = _labels_first_pdf(tmp_path / "labels_first.pdf")
    page = read_file(path).pages[0]
    start = page.raw.index("周某某")
    boxes = overlays(path, {1: [(start, start + 3, "e1", "#f1", "违法行为人")]}, [page])[1].boxes
    assert len(boxes) == 1
    box = boxes[0]
    # 周某某 is drawn at x=160 on the row of 违法行为人 (y = 740 - 24 from the bottom)
    assert 155 <= box.x <= 162
    assert abs((box.y + box.height / 2) - (842 - 716 - 4)) < 8


def _form_with_signature_block(c, y0: int = 760) -> None:
    """A form in order: a label centred beside a cell of three lines, then a blank signature block
    in two cells (four bare labels in a row in pdfium's text)."""
    c.drawString(60, y0, "当事人：某某电器经营部")
    c.drawString(60, y0 - 70, "检查情况：")
    cell = ["经现场检查，当事人经营场所内存放", "标称某某牌插座共计80个，当事人", "无法提供票据及合格证明。"]
    for k, line in enumerate(cell):
        c.drawString(160, y0 - 50 - 20 * k, line)
    c.drawString(60, y0 - 140, "被检查人签名：")
    c.drawString(60, y0 - 160, "日期：")
    c.drawString(320, y0 - 140, "检查人员签名：")
    c.drawString(320, y0 - 160, "日期：")


def test_a_blank_signature_block_beside_an_ordinary_form_keeps_the_text(tmp_path: Path) -> None:
    path = tmp_path / "signature_block.pdf"
    c = _canvas(path)
    _form_with_signature_block(c)
    c.showPage()
    c.save()
    assert read_file(path).pages[0].raw == _pdfium_text(path)


def test_pages_in_order_beside_a_labels_first_page_keep_their_text(tmp_path: Path) -> None:
    """Page 1 lists its labels first; page 2 is in order with a label beside a cell of several
    lines, page 3 is drawn turned by 90 degrees: neither is read by position."""
    path = tmp_path / "mixed.pdf"
    c = _canvas(path)
    for i, (label, _value) in enumerate(ROWS):
        c.drawString(72, 740 - 24 * i, label)
    for i, (_label, value) in reversed(list(enumerate(ROWS))):
        c.drawString(160, 740 - 24 * i, value)
    c.showPage()
    c.setFont("STSong-Light", 12)
    _form_with_signature_block(c)
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.saveState()
    c.translate(300, 200)
    c.rotate(90)
    c.drawString(0, 0, "当事人：")
    c.drawString(0, -20, "某某电器经营部销售不合格插座，货值金额人民币3000元。")
    c.restoreState()
    c.showPage()
    c.save()
    pages = read_file(path).pages
    assert "违法行为人： 周某某" in pages[0].raw
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for k in (1, 2):
            assert pages[k].raw == pdf[k].get_textpage().get_text_range()
    finally:
        pdf.close()


def test_a_superscript_stays_on_its_line_when_read_by_position(tmp_path: Path) -> None:
    path = tmp_path / "superscript.pdf"
    c = _canvas(path)
    for i, (label, _value) in enumerate(ROWS):
        c.drawString(72, 740 - 24 * i, label)
    for i, (_label, value) in reversed(list(enumerate(ROWS))):
        c.drawString(160, 740 - 24 * i, value)
    c.drawString(72, 560, "违法建设面积120m")
    c.setFont("STSong-Light", 7)
    c.drawString(170, 566, "2")
    c.setFont("STSong-Light", 12)
    c.drawString(175, 560, "，处罚款人民币6000元。")
    c.showPage()
    c.save()
    raw = read_file(path).pages[0].raw
    assert "违法行为人： 周某某" in raw
    assert "违法建设面积120m2，处罚款人民币6000元。" in raw.replace(" ", "")


def test_a_table_written_column_by_column_without_colons(tmp_path: Path) -> None:
    """Label cells without colons first (a column), then the value cells top-down: read by position."""
    path = tmp_path / "columns.pdf"
    c = _canvas(path)
    c.drawString(200, 790, "询问笔录")
    cells = [
        ("时间", "2024年3月5日9时至10时"),
        ("地点", "某区市场监管局询问室"),
        ("询问人", "钱某 执法证号：11010523017"),
        ("记录人", "孙某"),
        ("被询问人", "李某某"),
        ("身份证号", "110105198001011236"),
        ("联系电话", "13900001111"),
    ]
    for i, (label, _value) in enumerate(cells):
        c.drawString(72, 750 - 24 * i, label)
    for i, (_label, value) in enumerate(cells):
        c.drawString(180, 750 - 24 * i, value)
    c.showPage()
    c.save()
    raw = read_file(path).pages[0].raw
    assert "记录人 孙某" in raw and "被询问人 李某某" in raw
