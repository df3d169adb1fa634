"""Session 21: general fixes found on the development sets, each on a fixture in its own wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casecheck.extract.case import extract_case
from casecheck.ingest.case import load_case
from casecheck.ingest.pageorder import in_printed_order, printed_number
from casecheck.model import Page, SourceFile

# ---- 1. page photos named by the camera's clock, put in the volume's printed order -------------


def _photo(name: str, text: str, kind: str = "image") -> SourceFile:
    page = Page(1, text, text, (), "ocr", confidence=80.0, imaged=True)
    return SourceFile(name, name, kind, name, (page,))


# a volume photographed page by page: cover, numbered pages 1–6, 备考表; pages 3–4 retaken at the
# end and the 卷内目录 photographed last
VOLUME = [
    ("IMG_101022.jpg", "交通运输行政处罚案卷\n案由：未取得从业资格证驾驶营运车辆"),
    ("IMG_101045.jpg", "立案审批表\n案由：……\n同意立案。 2019.6.11\n1"),
    ("IMG_101103.jpg", "现场检查笔录\n检查时间：2019年6月11日\n2"),
    ("IMG_101231.jpg", "行政处罚决定书\n叙运罚〔2019〕47号\n……\n5"),
    ("IMG_101250.jpg", "如不服本决定，可以在六十日内申请行政复议。\n2019年6月25日\n6"),
    ("IMG_101530.jpg", "卷内备考表\n本卷共4件6页。\n立卷人：杨某 2019.7.5"),
    ("IMG_103358.jpg", "询问笔录\n第1页共2页\n问：你叫什么名字？\n－ 3 －"),
    ("IMG_103412.jpg", "询问笔录（续）\n答：罗某。\n第4页"),
    ("IMG_104415.jpg", "卷内目录\n序号 文书名称 页号\n1 立案审批表 1"),
]


def test_photos_are_put_in_the_printed_page_order() -> None:
    files = [_photo(n, t) for n, t in VOLUME]
    names = [sf.name for sf in in_printed_order(files)]
    assert names == [
        "IMG_101022.jpg",  # the cover, before the first number, stays first
        "IMG_104415.jpg",  # the 卷内目录 joins it
        "IMG_101045.jpg", "IMG_101103.jpg", "IMG_103358.jpg", "IMG_103412.jpg",
        "IMG_101231.jpg", "IMG_101250.jpg",
        "IMG_101530.jpg",  # the 备考表 goes last
    ]  # fmt: skip


def test_one_misread_number_beyond_the_folder_leaves_its_page_unnumbered() -> None:
    texts = ["封面", "立案表\n第1页", "询问笔录\n第3页", "检查笔录\n第2页", "缴款书\n第32页", "结案\n第4页"]
    files = [_photo(f"IMG_{i}.jpg", t) for i, t in enumerate(texts)]
    names = [sf.name for sf in in_printed_order(files)]
    # the misread page follows the page it followed by name (第2页)
    assert names == ["IMG_0.jpg", "IMG_1.jpg", "IMG_3.jpg", "IMG_4.jpg", "IMG_2.jpg", "IMG_5.jpg"]


def test_an_unnumbered_page_follows_the_page_it_followed() -> None:
    files = [
        _photo("a.jpg", "询问笔录\n问：……\n2"),
        _photo("b.jpg", "问：……\n答：……"),  # no number: stays after page 2
        _photo("c.jpg", "立案审批表\n1"),
        _photo("d.jpg", "调查终结报告\n3"),
    ]
    assert [sf.name for sf in in_printed_order(files)] == ["c.jpg", "a.jpg", "b.jpg", "d.jpg"]


@pytest.mark.parametrize(
    "texts",
    [
        # each document numbered on its own: numbers repeat
        ["询问笔录\n第1页 共2页", "决定书\n第1页 共2页", "告知书\n第2页 共2页", "送达回证\n第1页 共1页"],
        ["a\n2", "b\n1"],  # too few numbers to trust
        ["a\n1", "b\n40", "c\n200", "d\n3"],  # numbers beyond the folder: amounts or counts
        ["a\n1", "b\n2", "c", "d\n3"],  # already in order
    ],
)
def test_no_reorder_when_the_numbers_cannot_be_trusted(texts: list[str]) -> None:
    files = [_photo(f"IMG_{i}.jpg", t) for i, t in enumerate(texts)]
    assert in_printed_order(files) == files


def test_only_folders_of_one_page_images_are_reordered() -> None:
    files = [_photo(f"IMG_{i}.jpg", t) for i, t in enumerate(["a\n3", "b\n1", "c\n2"])]
    mixed = [*files[:2], _photo("IMG_2.pdf", "c\n2", kind="pdf")]
    assert in_printed_order(mixed) == mixed
    # each folder on its own: the images of one subfolder are ordered, the other's stay
    sub = [_photo(f"照片/IMG_{i}.jpg", t) for i, t in enumerate(["a\n3", "b\n1", "c\n2"])]
    out = in_printed_order([_photo("01_决定书.pdf", "x", kind="pdf"), *sub])
    assert [sf.name for sf in out] == ["01_决定书.pdf", "照片/IMG_1.jpg", "照片/IMG_2.jpg", "照片/IMG_0.jpg"]


@pytest.mark.parametrize(
    ("last", "number"),
    [("12", 12), ("- 12 -", 12), ("第12页", 12), ("第 12 页 共 20 页", 12), ("罚款500元", None), ("", None)],
)
def test_printed_number(last: str, number: int | None) -> None:
    assert printed_number("某页\n" + last) == number


# ---- 2. a later page titled as such (询问笔录（续）) continues the record filed before it ---------

RECORD = "询问笔录\n询问时间：2019年6月11日\n被询问人：罗某\n问：你叫什么？\n答：罗某。\n被询问人签名：罗某\n"
MORE = "询问笔录（续）\n问：车辆是谁的？\n答：我自己的。\n被询问人签名：罗某\n询问人签名：李某 杨某"


def _folder_case(tmp_path: Path, files: dict[str, str]) -> Any:
    folder = tmp_path / "case"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return extract_case(load_case(folder, ocr=False))


def test_a_titled_later_page_continues_its_record(tmp_path: Path) -> None:
    facts = _folder_case(tmp_path, {"IMG_1.txt": RECORD, "IMG_2.txt": MORE, "IMG_3.txt": MORE})
    first, second, third = facts["documents"]
    assert second.get("continues") == first["ref"] and third.get("continues") == first["ref"]


@pytest.mark.parametrize(
    "files",
    [
        # a second record of its own under a 续 title: it opens with a record's head
        {"IMG_1.txt": RECORD, "IMG_2.txt": "询问笔录（续）\n被询问人：张某\n问：……"},
        # a titled page of another type
        {"IMG_1.txt": RECORD, "IMG_2.txt": "现场笔录（续）\n检查情况：……"},
        # a titled page without a note of continuation: a second record
        {"IMG_1.txt": RECORD, "IMG_2.txt": "询问笔录\n问：……"},
    ],
)
def test_a_titled_page_continues_nothing(tmp_path: Path, files: dict[str, str]) -> None:
    facts = _folder_case(tmp_path, files)
    assert not any(d.get("continues") for d in facts["documents"])


# ---- 3. a person's next label glued to the name by OCR (罗某某性别：男) ---------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("当事人：罗志勇性别：男 “出生日期：1976年4月12日", "罗志勇"),
        ("被处罚人：张三丰出生日期：1976年4月12日", "张三丰"),
        ("当事人：李四民族：汉族", "李四"),
        ("当事人：某某商贸有限公司住所：某市某路8号", "某某商贸有限公司"),
        ("当事人：性别鉴定服务中心", "性别鉴定服务中心"),  # no colon: part of the name
    ],
)
def test_a_glued_label_ends_the_name(line: str, name: str) -> None:
    from casecheck.extract.fields.party import party_name

    hit = party_name("行政处罚决定书\n" + line + "\n", {})
    assert hit is not None and hit[0] == name


# ---- 4. 行政处罚法 cited for the 告知 or the 陈述申辩 right: what for, in any numbering -----------


@pytest.mark.parametrize(
    ("sentence", "article", "measure"),
    [
        (
            "根据《中华人民共和国行政处罚法》第三十一条的规定，现将拟作出行政处罚的事实、理由、依据告知你单位。",
            31,
            "告知",
        ),
        ("依据《中华人民共和国行政处罚法》第三十二条之规定，你享有陈述、申辩的权利。", 32, "陈述、申辩"),
        (
            "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你有权进行陈述和申辩。",
            45,
            "陈述、申辩",
        ),
    ],
)
def test_a_procedural_citation_says_what_it_is_cited_for(sentence: str, article: int, measure: str) -> None:
    from casecheck.extract.fields.citations import find_citations

    hit = next(c for c in find_citations(sentence) if c.article == article)
    assert hit.role == "procedure" and hit.measure == measure


def test_a_ground_of_the_penalty_is_cited_for_no_measure() -> None:
    from casecheck.extract.fields.citations import find_citations

    text = "依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，决定从轻处罚。"
    hit = find_citations(text)[0]
    assert hit.measure is None and hit.role != "procedure"


# ---- 5. officers: a province's short certificate number; a technician who signs with them ------


def test_a_short_provincial_certificate_number_is_read() -> None:
    from casecheck.extract.fields.officers import find_officers

    text = "检查人员：谭某宇（执法证号湘株价检0113）、易某兰（执法证号湘株价检0127）"
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("谭某宇", "湘株价检0113"),
        ("易某兰", "湘株价检0127"),
    ]


def test_a_short_figure_beside_a_name_is_no_certificate() -> None:
    from casecheck.extract.fields.officers import find_officers

    assert all(o.certificate is None for o in find_officers("检查人员：张某、李某 罚款2000元"))


def test_a_technician_signing_with_the_officers_is_no_officer() -> None:
    from casecheck.extract.fields.officers import find_officers

    text = (
        "勘测人员：刘某涛（13060700521）、张某梅（13060700536） 测量：某区测绘队 贺某\n"
        "勘测情况：……\n见证人：李某庆 勘测人：刘某涛 张某梅 贺某"
    )
    assert [o.name for o in find_officers(text)] == ["刘某涛", "张某梅"]
    # an officer without a number named under no other role stays, so SUBJ-02 can tell
    unnamed = text.replace(" 测量：某区测绘队 贺某", "")
    assert [o.name for o in find_officers(unnamed)] == ["刘某涛", "张某梅", "贺某"]


# ---- 6. a seal pasted into a DOCX as a picture -----------------------------------------------


def _seal_png(path: Path, colour: tuple[int, int, int, int]) -> None:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (220, 220), (0, 0, 0, 0))  # transparent, as e-seal pictures are
    draw = ImageDraw.Draw(im)
    draw.ellipse((8, 8, 212, 212), outline=colour, width=9)
    draw.regular_polygon((110, 110, 36), 5, fill=colour)
    im.save(path)


@pytest.mark.parametrize(("colour", "sealed"), [((220, 30, 30, 255), True), ((20, 20, 20, 255), False)])
def test_a_seal_picture_in_a_docx_seals_its_page(tmp_path: Path, colour: Any, sealed: bool) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    from casecheck.ingest.docx import read_docx

    png = tmp_path / "seal.png"
    _seal_png(png, colour)
    d = docx.Document()
    d.add_paragraph("询问笔录")
    d.add_paragraph("问：……").add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("行政处罚决定书")
    d.add_paragraph("某市某区城市管理局")
    d.add_paragraph().add_run().add_picture(str(png))
    d.add_paragraph("2021年11月5日")
    d.save(str(tmp_path / "case.docx"))
    first, second = read_docx(tmp_path / "case.docx")
    assert not first.imaged and first.seal_box is None
    assert (second.seal_box is not None) is sealed
    assert second.imaged is sealed  # a picture that is no seal says nothing about the page


# ---- 7. published records: wide 公示 rows, a merged total, 当日立案, a 告知笔录 ---------------------

WIDE_HEADS = [
    "行政相对人名称", "行政相对人类别", "统一社会信用代码", "行政处罚决定书文号", "违法事实",
    "罚款金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚机关",
    "处罚机关统一社会信用代码", "备注",
]  # fmt: skip
WIDE_VALUES = [
    "某市某区某某大药房有限公司", "法人及非法人组织", "91520303MA6HL2W58J", "某医保罚字〔2023〕第021号",
    "当事人将保健食品串换为医保目录内药品进行结算，造成基金损失8426.40元。", "1.263960", "",
    "2023-08-14", "某市某区医疗保障局", "11520303MB1A826090", "",
]  # fmt: skip


@pytest.mark.parametrize("sep", ["\t", "|"])
def test_a_wide_record_row_under_its_header_row(sep: str) -> None:
    from casecheck.extract.fields.table import table_pairs

    if sep == "\t":
        text = "\t".join(WIDE_HEADS) + "\n" + "\t".join(WIDE_VALUES).rstrip("\t")  # the last empty cell lost
    else:
        text = "|行政处罚信息|\n|" + "|".join(WIDE_HEADS) + "|\n|" + "|".join(WIDE_VALUES) + "|\n"
    got = {k: v[0] for k, v in table_pairs(text).items()}
    assert got["行政相对人名称"] == "某市某区某某大药房有限公司"
    assert got["行政处罚决定书文号"] == "某医保罚字〔2023〕第021号"
    assert got["处罚决定日期"] == "2023-08-14"
    assert got["处罚机关"] == "某市某区医疗保障局"
    assert got.get("处罚机关统一社会信用代码", "11520303MB1A826090") == "11520303MB1A826090"


def test_two_fines_merged_into_one_stated_total(tmp_path: Path) -> None:
    text = "某县应急管理局\n行政处罚决定书\n某应急罚〔2022〕5号\n当事人：某某化工有限公司\n" + (
        "依据《中华人民共和国安全生产法》第九十七条第（三）项的规定，对你单位未按照规定对从业人员进行安全生产教育和培训的"
        "行为处人民币叁万元罚款；依据该法第九十七条第（五）项的规定，对你单位未将事故隐患排查治理情况如实记录的行为处人民币"
        "壹万伍仟元罚款。\n以上两项合并，决定给予你单位罚款人民币肆万伍仟元整（￥45,000.00）的行政处罚。"
    )
    path = tmp_path / "决定书.txt"
    path.write_text(text, encoding="utf-8")
    decision = extract_case(load_case(path, ocr=False))["documents"][0]
    assert decision["penalty"]["fine"]["value"] == 45000


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        (
            "2014年7月3日，我局执法人员在某区某工地检查时发现，你单位未对裸露土方采取覆盖措施。当日，我局依法立案调查。",
            "filing",
            "2014-07-03",
        ),
        (
            "该单位的行为违反了《中华人民共和国消防法》第二十八条的规定。2021年7月28日，我大队向该单位送达了《行政处罚告知笔录》。",
            "notice",
            "2021-07-28",
        ),
    ],
)
def test_events_told_in_other_words(text: str, kind: str, iso: str) -> None:
    from casecheck.extract.fields.events import event_dates

    assert event_dates(text)[kind].iso == iso


# ---- 8. the officers' names written on the line under their signature labels ------------------


def test_names_on_the_line_under_empty_signature_labels_sign_them() -> None:
    from casecheck.extract.fields.signatures import find_signatures

    text = "以上笔录我已看过，与我说的一致。陈某栋 2017.3.15\n询问人：\n周某群\n记录人：\n沈某懿\n4"
    hits = [(h.role, h.filled) for h in find_signatures(text) if h.role in ("officer", "recorder")]
    assert hits == [("officer", True), ("recorder", True)]


@pytest.mark.parametrize(
    "under",
    [
        "问：你叫什么名字？",  # the record goes on: the label was left blank
        "盖章",  # a form's next cell label, no name
        "代收人 盖章",
        "代收理由",
        "代收关系",
        "盖章处",
    ],
)
def test_a_line_under_an_empty_label_that_is_no_signature(under: str) -> None:
    from casecheck.extract.fields.signatures import find_signatures

    text = f"以上笔录我已看过，与我说的一致。陈某栋 2017.3.15\n询问人：\n{under}\n"
    assert [h.filled for h in find_signatures(text) if h.role == "officer"] == [False]


# ---- 9. a 卷内目录 of a case folder with a column of file names --------------------------------


@pytest.mark.parametrize(
    ("row", "title"),
    [
        (
            "14\t14_行政处罚决定书补正通知书.docx\t行政处罚决定书补正通知书\t2024-10-15\t14",
            "行政处罚决定书补正通知书",
        ),
        ("3\t03_现场检查笔录（复查）.txt\t2024-08-06\t3", "现场检查笔录（复查）"),
        ("2\t立案审批表\t2024-08-06\t2", "立案审批表"),
    ],
)
def test_a_catalog_row_naming_its_file(row: str, title: str) -> None:
    from casecheck.extract.fields.catalog import catalog_rows

    rows = catalog_rows("卷内目录\n序号\t文件名\t文书名称\t日期\t页号\n" + row + "\n")
    assert [r.title for r in rows] == [title]


# ---- 10. a page number printed on the title's own line ----------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [("行政处罚决定书 -11-", "行政处罚决定书"), ("询问笔录 — 4 —", "询问笔录"), ("询问笔录 第2页", None)],
)
def test_a_title_with_its_page_number_beside_it(line: str, kind: str | None) -> None:
    from casecheck.ingest.doctypes import classify_title

    hit = classify_title(line)
    assert (hit[0] if hit else None) == kind


# ---- 11. a document's OCR confidence weighs each page by the text it holds ----------------------


def test_a_sparse_page_read_badly_does_not_make_the_document_doubtful() -> None:
    from casecheck.extract.document import ocr_facts
    from casecheck.model import Document

    body = "经查，你公司的上述行为违反了《中华人民共和国水污染防治法》第十条的规定。" * 10
    seal_and_date = Page(14, "ni 态球\n上 019年3月3", "", (), "ocr", confidence=44.0)
    pages = (Page(13, body, body, (), "ocr", confidence=89.0), seal_and_date)
    doc = Document("行政处罚决定书", "行政处罚决定书", "行政处罚决定书", "scan.pdf", (13, 14), body, (0,))
    facts = ocr_facts(doc, pages)
    assert facts is not None and facts["text_confidence"] > 85.0 and facts["confidence"] == 66.5


@pytest.mark.parametrize(
    "sentence",
    [
        "当事人主动消除违法行为危害后果，符合《中华人民共和国行政处罚法》第三十二条第（一）项规定的情形，本局对其陈述申辩意见予以部分采纳。",
        "依据《中华人民共和国行政处罚法》第三十二条之规定，对其陈述、申辩意见予以采纳。",
        "根据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，经审查其陈述申辩理由，予以从轻处罚。",
        "执法人员依据《中华人民共和国行政处罚法》第四十二条、第五十五条的规定出示执法证件，并告知当事人有申请回避的权利。",
    ],
)
def test_a_citation_for_another_purpose_is_no_old_numbered_procedure(sentence: str) -> None:
    from casecheck.extract.fields.citations import find_citations

    for hit in find_citations(sentence):
        if hit.article in (32, 42):
            assert hit.measure is None and hit.role != "procedure", sentence


@pytest.mark.parametrize(
    "text",
    [
        "检查人员：王某芳、张某伟\n检查情况：……\n检测人员：王某芳",  # the officers tested it themselves
        "勘验人：刘某洋、陈某晨\n技术人员：刘某洋",
    ],
)
def test_an_officer_also_named_in_another_role_stays(text: str) -> None:
    from casecheck.extract.fields.officers import find_officers

    assert len(find_officers(text)) == 2


def test_label_value_cells_in_a_bar_table_are_no_header_row() -> None:
    from casecheck.extract.fields.table import table_pairs

    text = (
        "|当事人名称|株洲市芦淞区某某日用品商行|法定代表人|刘某华|\n"
        "|统一社会信用代码|92430203MA4L0XXY1B|住所|株洲市芦淞区建设中路8号|\n"
    )
    got = {k: v[0] for k, v in table_pairs(text).items()}
    assert got["当事人名称"] == "株洲市芦淞区某某日用品商行"
    assert got.get("法定代表人", "刘某华") == "刘某华"


def test_a_merged_list_of_fines_is_summed(tmp_path: Path) -> None:
    text = (
        "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2023〕9号\n当事人：某某商贸有限公司\n"
        "经查，当事人有三项违法行为。本局决定合并处罚如下：一、罚款人民币5000元；二、罚款人民币2000元；"
        "三、罚款人民币3000元。\n"
    )
    path = tmp_path / "决定书.txt"
    path.write_text(text, encoding="utf-8")
    decision = extract_case(load_case(path, ocr=False))["documents"][0]
    assert decision["penalty"]["fine"]["value"] == 10000


@pytest.mark.parametrize("scene", ["disc", "ring_in_a_photo"])
def test_a_red_round_shape_that_is_no_seal_picture(scene: str) -> None:
    from PIL import Image, ImageDraw

    from casecheck.ingest.seal_image import seal_picture

    if scene == "disc":  # a traffic light, a filled logo
        im = Image.new("RGB", (220, 220), "white")
        ImageDraw.Draw(im).ellipse((8, 8, 212, 212), fill=(220, 30, 30))
    else:  # a photo of a red ring sign in its scene
        im = Image.new("RGB", (400, 300), (90, 90, 100))
        ImageDraw.Draw(im).ellipse((100, 50, 300, 250), outline=(220, 30, 30), width=14)
    assert seal_picture(im) is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("第11件 放弃陈述申辩和听证声明.txt", "放弃陈述申辩和听证声明"),
        ("第2份_立案审批表.pdf", "立案审批表"),
        ("03_询问笔录.docx", "询问笔录"),
        ("IMG_12.jpg", "IMG_12"),
    ],
)
def test_a_folder_files_serial_is_no_part_of_its_title(name: str, title: str) -> None:
    from casecheck.ingest.segment import name_title

    assert name_title(name) == title


def test_an_untitled_waiver_filed_as_its_own_file_is_no_notice(tmp_path: Path) -> None:
    waiver = (
        "声明\n本合作社已收到某农罚告〔2024〕12号行政处罚事先告知书，对违法事实和拟处罚内容无异议，"
        "放弃陈述、申辩和听证的权利。\n某某果蔬专业合作社（盖章） 马某军 2024年8月7日\n"
    )
    facts = _folder_case(tmp_path, {"第11件 放弃陈述申辩和听证声明.txt": waiver})
    assert [d["doc_type"] for d in facts["documents"]] == ["陈述申辩笔录"]


def test_a_spaced_table_totalled_in_the_sentence_under_it() -> None:
    from casecheck.extract.fields.column_totals import column_totals

    text = (
        "涉案苹果情况如下：\n日期 品名 数量 单价 金额 状态\n"
        "2024年2月18日 苹果（花牛） 480千克 6.50元/千克 3120元 已售\n"
        "2024年3月2日 苹果（花牛） 300千克 7.00元/千克 2100元 已售\n"
        "2024年3月20日 苹果（花牛） 150千克 6.80元/千克 1020元 库存\n"
        "合计货值金额6420元，其中已售780千克，违法所得5220.0元。\n"
    )
    [total] = column_totals(text)
    assert (total.kind, total.value, total.computed) == ("goods_value", 6420.0, 6240.0)
    # a sentence that names no kind, or rows that stop short, prove nothing
    assert column_totals(text.replace("合计货值金额", "合计金额")) == []
    assert column_totals(text.replace(" 1020元 库存", " 库存")) == []


@pytest.mark.parametrize("title", ["行政（当事单位）处罚决定书", "行政（当事人）处罚决定书"])
def test_a_safety_agency_title_naming_the_partys_kind(title: str) -> None:
    from casecheck.ingest.doctypes import classify_title

    hit = classify_title(title)
    assert hit is not None and hit[0] == "行政处罚决定书"
