"""Session 22: general fixes found on the development sets, each on a fixture in its own wording."""

from __future__ import annotations

from typing import Any

import pytest

from casecheck.extract.fields.approvals import opinion_role
from casecheck.extract.fields.signatures import find_signatures

# ---- 1. approval rows with an opinion or a date but no one signing them (DOC-04) ---------------


def _unsigned_approvers(text: str) -> list[str]:
    return [h.label for h in find_signatures(text) if h.role == "approver" and not h.filled]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # cells parted by spaces in a text layer: the opinion typed, no name; the next row only dated
        ("承办科室意见 建议立案查处。赵立军 2023.3.13\n主管局长意见 同意立案\n局长审批 2023年3月14日\n",
         ["主管局长意见", "局长审批"]),
        ("局领导审批意见 同意立案。签名：2025年8月11日\n2\n", ["局领导审批意见"]),
        ("分管领导意见：同意。 二〇一九年五月二十七日\n— 3 —\n", ["分管领导意见"]),
        ("局负责人审批意见\t同意结案。\n承办人意见\t建议结案。王某 2024.1.2\n", ["局负责人审批意见"]),
        ("分管负责人意见 同意。\n朱敏 2023年8月14日\n局负责人意见 同意。\n2023.8.14\n12\n", ["局负责人意见"]),
    ],
)  # fmt: skip
def test_an_approval_row_nobody_signed(text: str, labels: list[str]) -> None:
    assert _unsigned_approvers(text) == labels


@pytest.mark.parametrize(
    "text",
    [
        "负责人审批意见：同意。\n郑海燕（副局长） 2023.3.16\n",  # the name on the line under it
        "负责人意见：同意。\n签名：马振东（副局长） 2024.6.27\n",
        "负责人审批意见：同意结案。\n负责人签名：曹超丹\n审批日期：2024年6月20日\n",
        "负责人审批\n同意立案。张建明 2024年03月20日\n页码\n",  # the cell on the next line, signed
        "局领导意见 同意。雪建生 20p2.47 ee\n是全\n",  # OCR's remains of a date after the name
        "局领导意见 .，| 同意引案。胡建平 2022.4,20 |\n",
        "局领导审批 同意立案。刘春生 ”2016年4月11日\n1\n",  # a pen stroke read as a quote mark
        "审批意见 同意立案。杨光华”2022年\n4月12日\n",
        "局领导审批 | 同意。地红 2024-01-15 | |\n",
        "负责人审批意见 同恋立案 李卫国 2023年4月4日 MA\n",
        "负责人意见：同意立案。王建华 二○一五年七月十七日\n",
        "局负责人审批意见 同意立案，由周立群、沈嘉懿\n承办。王建明 2017年3月9日\n",  # a wrapped cell
        "负责人意见：同意立案\n王五\n",
        "法制审核意见书\n审核意见：事实清楚，同意。\n审核人：李某 2024年1月2日\n",  # not an approver's row
        "局长审批\n\n承办人意见：建议立案。\n",  # a heading with no cell
        # the signer elsewhere in the form (second review's cases)
        "局负责人意见\t同意立案。\n审批人\t王五\n日期\t2024年3月14日\n",
        "负责人意见\t同意。\n\n王五 2024年3月14日\n",
        "负责人意见\t同意。\n王 五 2024年3月14日\n",
        "负责人意见\t同意。\n|王五 2024年3月14日|\n",
        "负责人意见\t同意。\n副局长 王五 2024年3月14日\n",
        "负责人意见\t同意。\n局长：王五 2024年3月14日\n",
        "负责人意见\t同意。\n日期：2024年3月14日\n签名：王五\n",
        "负责人意见\t同意。\n第3页\n王五 2024年3月14日\n",
        "负责人意见\t同意。\n\n\n签名：王五\n",
        "负责人意见\t王五 同意立案 2024年3月14日\n",
        "局长意见 同意 王五 日期：2024年3月14日\n",
        "局负责人意见 同意立案。 审批人 王五 日期 2024年3月14日\n",
        "局长审批 同意 王五（电子签名） 2024年3月14日\n",
        "负责人意见\t同意 王五【电子签章】 2024.03.14\n",
        "负责人意见\t同意 （已电子签名）\n",
        "负责人意见\t同意。（王五） 2024年3月14日\n",
        "局负责人意见 同意。 王五 2024年3月14日 法制审核意见 同意 李四 2024年3月13日\n",
        # the third review's cases
        "负责人意见：同意立案 邹\u3000涛 2023年3月14日\n",
        "负责人意见：同意立案。\n邹\u3000\u3000涛 2023年3月14日\n",
        "局长审批 同意。\n热合曼·艾力 2023年3月14日\n",
        "主管局长意见 同意立案。\n共2页 第1页\n王建国 2023年3月14日\n",
        "主管局长意见 同意立案。\nPage 1 of 2\n王建国 2023年3月14日\n",
        "主管局长意见 同意立案。\n市监处罚 〔2023〕 12号\n王建国 2023年3月14日\n",
        "负责人意见：同意。（章）\n案件来源：举报\n",
        "负责人意见 同意 张XX\n",
        "负责人意见：同意。张○○  2023年3月14日\n",
        "局长审批 同意。\n彐建囯 2023年3月14日\n",
        "局长审批 同意。王建国~ 2023年3月14日\n",
        "主管局长意见 同意立案。 2023年3月14日\n王建国\n",
    ],
)
def test_an_approval_row_that_is_signed_or_no_approval(text: str) -> None:
    assert _unsigned_approvers(text) == []


def test_who_writes_an_opinion() -> None:
    assert [opinion_role(w) for w in ("主管局长", "局领导", "审批", "法制审核", "承办科室")] == [
        "approver", "approver", "approver", "reviewer", "officer",
    ]  # fmt: skip


# ---- 2. a letter-spaced agency heading (a scan's OCR, a centred title) names the agency --------


def test_a_letter_spaced_heading_names_the_agency() -> None:
    from casecheck.extract.fields.closing import header_agency

    text = "湄 潭 县 烟 草 专 卖 局\n烟草专卖行政处罚决定书\n湄烟处〔2019〕第46号\n"
    value, start, end = header_agency(text)  # type: ignore[misc]
    assert value == "湄潭县烟草专卖局" and text[start:end] == "湄 潭 县 烟 草 专 卖 局"
    assert header_agency("行 政 处 罚 决 定 书\n当事人：某某\n") is None  # a spaced title is no agency


# ---- 3. a 《title》 cut by a short line's wrap is joined ----------------------------------------


def test_a_title_cut_by_the_wrap_is_joined() -> None:
    from casecheck.ingest.normalize import normalize_text

    text = (
        "经查，当事人未经批准占用集体土地建设厂房，属非法占用土地行为。\n"
        "2017年5月8日，我局向当事人送达了《国土资源行政处罚告\n"
        "知书》，当事人在规定期限内未提出陈述、申辩。\n"
    )
    assert "《国土资源行政处罚告知书》" in normalize_text(text)
    table = "| 依据 | 《中华人民共和国 |\n| 安全生产法》 | 第九十七条 |\n"
    assert "《中华人民共和国 |\n" in normalize_text(table)  # a table's cell, not a wrap


def test_a_date_in_its_own_cell_after_the_signer() -> None:
    assert _unsigned_approvers("局长审批\t同意 管建军\t日期\t2023年6月2日\n") == []
    assert _unsigned_approvers("局长审批\t同意\t日期\t2023年6月2日\n") == ["局长审批"]


# ---- 4. DOCX: pictures in a form's cells; a name stamp's picture may sign a blank line ---------


def _stamp_png(path: Any, colour: tuple[int, int, int, int]) -> None:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (220, 220), (0, 0, 0, 0))  # transparent, as pasted stamps are
    draw = ImageDraw.Draw(im)
    draw.ellipse((8, 8, 212, 212), outline=colour, width=9)
    draw.regular_polygon((110, 110, 36), 5, fill=colour)
    im.save(path)


@pytest.mark.parametrize(("cm", "picture"), [(1.1, True), (4.2, False)])
def test_a_name_stamp_in_a_form_cell_may_sign_the_page(tmp_path: Any, cm: float, picture: bool) -> None:
    import docx
    from docx.shared import Cm

    from casecheck.ingest.docx import read_docx

    png = tmp_path / "stamp.png"
    _stamp_png(png, (20, 20, 20, 255))  # black: no red seal
    d = docx.Document()
    d.add_paragraph("立案审批表")
    row = d.add_table(rows=1, cols=2).rows[0]
    row.cells[0].text = "负责人审批意见"
    row.cells[1].paragraphs[0].add_run("同意立案。 2019年6月10日")
    row.cells[1].paragraphs[0].add_run().add_picture(str(png), width=Cm(cm), height=Cm(cm))
    d.save(str(tmp_path / "case.docx"))
    (page,) = read_docx(tmp_path / "case.docx")
    assert page.picture is picture  # a name stamp's size; a seal's size is no signature
    assert not page.imaged  # a picture that is no red seal says nothing about the seal


def test_a_red_seal_in_a_form_cell_seals_its_page(tmp_path: Any) -> None:
    import docx
    from docx.shared import Cm

    from casecheck.ingest.docx import read_docx

    png = tmp_path / "seal.png"
    _stamp_png(png, (220, 30, 30, 255))
    d = docx.Document()
    d.add_paragraph("行政处罚决定书")
    row = d.add_table(rows=1, cols=2).rows[0]
    row.cells[0].text = "某市某局"
    row.cells[1].paragraphs[0].add_run().add_picture(str(png), width=Cm(4), height=Cm(4))
    d.save(str(tmp_path / "case.docx"))
    (page,) = read_docx(tmp_path / "case.docx")
    assert page.imaged and page.seal_box is not None


# ---- 5. the fine moved for the reasons the decision gives is a reasoned discretion (DISC-01) ----


@pytest.mark.parametrize(
    ("text", "reasoned"),
    [
        ("经听证，你公司主观过错相对较轻，且已主动申请补缴，本办予以采纳，对罚款数额予以调整。", True),
        ("当事人提出的意见不成立，罚款数额不予调整。", False),
        ("当事人请求对罚款数额予以调整。", False),  # the party asks; the agency places nothing
        ("当事人申请罚款数额予以调整，本局不予采纳。", False),
    ],
)
def test_a_fine_adjusted_for_reasons_given(text: str, reasoned: bool) -> None:
    from casecheck.extract.fields.discretion import find_discretion

    hit = find_discretion(text)
    assert (hit is not None and hit.form == "reasoned") is reasoned


# ---- 6. a company's branch is the party, a note after it ------------------------------------


def test_a_branch_named_after_its_company_is_the_party() -> None:
    from casecheck.extract.fields.party import party_name
    from casecheck.extract.fields.table import table_pairs

    text = "立案审批表\n案由 涉嫌销售劣药\n当事人 温州康健大药房连锁有限公司鹿城五马分店（负责人：潘晓丽）\n"
    found = party_name(text, table_pairs(text))
    assert found is not None and found[0] == "温州康健大药房连锁有限公司鹿城五马分店"
    text = "当事人 某某科技有限公司（法定代表人：潘某）\n"
    found = party_name(text, table_pairs(text))
    assert found is not None and found[0] == "某某科技有限公司"
    for prose in (
        "经查，当事人温州某某有限公司擅自设立分店。",
        "当事人温州某某有限公司在其门店，销售过期食品。",
        "当事人温州某某有限公司一楼门店（地址：某路1号）",
    ):
        found = party_name(prose, table_pairs(prose))  # a sentence goes on: no branch
        assert found is not None and found[0] == "温州某某有限公司", prose


# ---- 7. an 电子送达凭证 is a receipt ----------------------------------------------------------------


@pytest.mark.parametrize("title", ["电子送达凭证", "送达凭证", "邮寄送达回执"])
def test_service_records_by_other_names_are_receipts(title: str) -> None:
    from casecheck.ingest.doctypes import classify_title

    assert classify_title(title)[0] == "送达回证"
    assert (classify_title("送达地址确认书") or ("",))[0] != "送达回证"


# ---- 9. a decision's next photographed page that brings its fine continues it ----------------

DECISION_P1 = (
    "桂林市临桂区气象局\n行政处罚决定书\n临气罚〔2020〕2号\n当事人：桂林市临桂区某某加油站有限公司\n"
    "经查明：你单位新建加油站的雷电防护装置未经竣工验收即投入使用。\n"
    "本局于2020年10月19日向你单位送达《行政处罚事先告知书》，你单位在规定期限内未提出陈述、申辩。\n9\n"
)
# the next page: the fine, and a remedy clause OCR garbled past reading
DECISION_P2 = (
    "本局认为，你单位的行为违反了《气象灾害防御条例》第二十三条第三款的规定。依据《气象灾害防御条例》"
    "第四十五条第（三）项的规定，本局决定：\n一、责令你单位停止违法行为；\n二、罚款人民币陆万元整（¥60000.00）。\n"
    "如不腿本决定，可在收到本决定书之日起六十日内向桂林市气象局申请行下复议。\n10\n"
)


def test_the_next_printed_page_with_the_decisions_fine_continues_it(tmp_path: Any) -> None:
    from pathlib import Path

    from casecheck.extract.case import extract_case
    from casecheck.ingest.case import load_case

    folder = Path(tmp_path) / "case"
    folder.mkdir()
    (folder / "IMG_093622.txt").write_text(DECISION_P1, encoding="utf-8")
    (folder / "IMG_093659.txt").write_text(DECISION_P2, encoding="utf-8")
    first, second = extract_case(load_case(folder, ocr=False))["documents"]
    assert second.get("continues") == first["ref"]
    assert first["penalty"]["fine"]["value"] == 60000
    (folder / "IMG_093659.txt").write_text(DECISION_P2.replace("10\n", "12\n"), encoding="utf-8")
    _, second = extract_case(load_case(folder, ocr=False))["documents"]
    assert not second.get("continues")  # not the next page by the numbers printed


# ---- 10. an OFD's seal pasted as a picture seals its page ---------------------------------------


def _ofd_with_picture(tmp_path: Any, colour: tuple[int, int, int, int]) -> Any:
    import zipfile
    from pathlib import Path

    from casecheck.ingest.ofd import write_ofd

    plain = Path(tmp_path) / "plain.ofd"
    write_ofd([["当场行政处罚决定书", "南充市顺庆区市场监督管理局", "2024年11月14日"]], plain)
    png = Path(tmp_path) / "seal.png"
    _stamp_png(png, colour)
    out = Path(tmp_path) / "sealed.ofd"
    image = '<ofd:ImageObject ID="9001" Boundary="140 160 40 40" CTM="40 0 0 40 0 0" ResourceID="9000"/>'
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name).decode()
            if name == "Doc_0/Document.xml":
                data = data.replace(
                    "</ofd:CommonData>", "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>"
                )
            if name == "Doc_0/Pages/Page_0/Content.xml":
                data = data.replace("</ofd:Layer>", image + "</ofd:Layer>")
            dst.writestr(name, data)
        dst.writestr(
            "Doc_0/DocumentRes.xml",
            '<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:MultiMedias>'
            '<ofd:MultiMedia ID="9000" Type="Image" Format="PNG"><ofd:MediaFile>seal.png</ofd:MediaFile>'
            "</ofd:MultiMedia></ofd:MultiMedias></ofd:Res>",
        )
        dst.write(png, "Doc_0/Res/seal.png")
    return out


@pytest.mark.parametrize(("colour", "sealed"), [((220, 30, 30, 255), True), ((20, 20, 20, 255), False)])
def test_a_seal_picture_in_an_ofd_seals_its_page(tmp_path: Any, colour: Any, sealed: bool) -> None:
    from casecheck.ingest.ofd import read_ofd

    (page,) = read_ofd(_ofd_with_picture(tmp_path, colour), max_pages=10)
    assert "南充市顺庆区市场监督管理局" in page.raw
    assert (page.seal_box is not None) is sealed and page.imaged is sealed


def test_a_signature_picture_in_the_row_under_the_opinion_signs_it(tmp_path: Any) -> None:
    """[负责人意见 | 同意。] then [ | picture, date]; a logo beside a 审批表's title signs nothing."""
    import docx
    from docx.shared import Cm

    from casecheck.ingest.docx import read_docx

    png = tmp_path / "sign.png"
    _stamp_png(png, (20, 20, 20, 255))
    d = docx.Document()
    title = d.add_table(rows=1, cols=2).rows[0]
    title.cells[0].paragraphs[0].add_run().add_picture(str(png), width=Cm(2), height=Cm(2))
    title.cells[1].text = "立案审批表"
    d.save(str(tmp_path / "case.docx"))
    (page,) = read_docx(tmp_path / "case.docx")
    assert not page.picture
    rows = d.add_table(rows=2, cols=2).rows
    rows[0].cells[0].text, rows[0].cells[1].text = "负责人意见", "同意。"
    rows[1].cells[1].paragraphs[0].add_run().add_picture(str(png), width=Cm(3), height=Cm(1))
    rows[1].cells[1].paragraphs[0].add_run("2023年3月14日")
    d.save(str(tmp_path / "case.docx"))
    (page,) = read_docx(tmp_path / "case.docx")
    assert page.picture


def test_a_small_picture_in_a_header_cell_signs_nothing(tmp_path: Any) -> None:
    """A logo or a QR code of a signature's size in a row where nobody signs leaves the page's blank
    signature lines blank (second review's case)."""
    import docx
    from docx.shared import Cm

    from casecheck.ingest.docx import read_docx

    png = tmp_path / "logo.png"
    _stamp_png(png, (20, 20, 20, 255))
    d = docx.Document()
    row = d.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].add_run().add_picture(str(png), width=Cm(2), height=Cm(2))
    row.cells[1].text = "某某市场监督管理局"
    d.add_paragraph("询问笔录")
    d.add_paragraph("被询问人（签名）：")
    d.add_paragraph("询问人（签名）：")
    d.save(str(tmp_path / "case.docx"))
    (page,) = read_docx(tmp_path / "case.docx")
    assert not page.picture
    d.add_paragraph().add_run().add_picture(str(png), width=Cm(1.2), height=Cm(1.2))  # under 询问人（签名）：
    d.save(str(tmp_path / "case.docx"))
    (page,) = read_docx(tmp_path / "case.docx")
    assert page.picture


def test_a_damaged_picture_leaves_the_ofds_text_readable(tmp_path: Any) -> None:
    """A picture member whose bytes fail their CRC (second review's case): no seal, text kept."""
    import zipfile
    from pathlib import Path

    from casecheck.ingest.ofd import read_ofd

    good = _ofd_with_picture(tmp_path, (220, 30, 30, 255))
    bad = Path(tmp_path) / "bad.ofd"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            kind = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
            dst.writestr(name, src.read(name), compress_type=kind)
    raw = bytearray(bad.read_bytes())
    at = raw.find(b"IDAT")  # inside the stored picture: its CRC no longer holds
    raw[at + 12] ^= 0xFF
    bad.write_bytes(bytes(raw))
    (page,) = read_ofd(bad, max_pages=10)
    assert "南充市顺庆区市场监督管理局" in page.raw and page.seal_box is None


def test_an_ofd_picture_under_absolute_locations(tmp_path: Any) -> None:
    """BaseLoc ``/Doc_0/Res`` and MediaFile ``/Doc_0/Res/seal.png``: absolute package paths."""
    import zipfile
    from pathlib import Path

    from casecheck.ingest.ofd import read_ofd

    good = _ofd_with_picture(tmp_path, (220, 30, 30, 255))
    moved = Path(tmp_path) / "absolute.ofd"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(moved, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "Doc_0/DocumentRes.xml":
                text = data.decode().replace('BaseLoc="Res"', 'BaseLoc="/Doc_0/Res"')
                data = text.replace("<ofd:MediaFile>seal.png", "<ofd:MediaFile>/Doc_0/Res/seal.png").encode()
            dst.writestr(name, data)
    (page,) = read_ofd(moved, max_pages=10)
    assert page.seal_box is not None
