"""Fixes of session 17 on case volumes (dev13): documents apart by rules and ASCII boxes, a seal
drawn in text after the 落款 date, signatures drawn as pictures; each on wording of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casecheck.checks.engine import check_case
from casecheck.extract.case import extract_case
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.reader import read_file
from casecheck.ingest.segment import segment
from casecheck.model import Case
from tests.conftest import text_document


def _facts(text: str, doc_type: str = "行政处罚决定书") -> dict:
    return extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))


def test_a_closing_date_followed_by_a_seal_drawn_in_text() -> None:
    text = (
        "某市应急管理局\n行政处罚决定书\n某应急罚〔2024〕9号\n当事人：某某化工有限公司\n决定罚款人民币叁万元整。\n"
        "某市应急管理局（印章）\n二〇二四年五月六日 某\n市\n应 急 管\n理\n局\n"
    )
    doc = _facts(text)["documents"][0]
    assert doc["date"]["value"] == "2024-05-06"


def test_a_receipt_titled_with_its_postal_slip() -> None:
    assert classify_title("送达回证（处罚决定书）及邮寄凭证") == (
        "送达回证",
        "送达回证（处罚决定书）及邮寄凭证",
    )


def test_documents_apart_by_a_short_rule_and_a_sector_title(tmp_path: Path) -> None:
    text = (
        "卷内目录\n1 立案审批表 1\n2 询问笔录 2\n\n=====\n\n"
        "城管违法案件立案审批表\n案由：某某占道经营\n承办人：张某 2023年3月1日\n\n=====\n\n"
        "某区城市管理局\n城管行政处罚决定书\n某城罚〔2023〕4号\n当事人：某某\n"
    )
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    types = [d.doc_type for d in segment([read_file(path)])]
    assert types == ["卷内目录", "立案审批表", "行政处罚决定书"]


def test_an_ascii_box_form_titled_in_its_first_row(tmp_path: Path) -> None:
    rule = "+----------+--------------------+\n"
    text = (
        "某区商务局\n行政处罚事先告知书\n某商罚告〔2019〕2号\n某某公司：\n拟罚款五千元。\n某区商务局\n二〇一九年三月四日\n\n"
        f"{rule}| 送达回证 |                    |\n{rule}"
        f"| 送达文书 | 行政处罚事先告知书 |\n| 受送达人 | 某某公司 2019年3月5日 |\n{rule}"
    )
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    docs = segment([read_file(path)])
    assert [d.doc_type for d in docs] == ["行政处罚事先告知书", "送达回证"]


def _signed_in_picture(blank_on_image: bool) -> dict:
    receipt = {
        "ref": "送达回证", "doc_type": "送达回证", "title": "送达回证", "pages": [3, 3],
        "image_pages": [3] if blank_on_image else [],
        "served": {"title": "行政处罚决定书", "method": "直接送达", "recipient_signed": False,
                   "date": "2024-05-08"},
        "signatures": [
            {"role": "recipient", "label": "受送达人", "filled": False,
             "evidence": {"document": "送达回证", "page": 3, "quote": "受送达人签名：", "start": 0,
                          "end": 7}},
            {"role": "sender", "label": "送达人", "filled": False,
             "evidence": {"document": "送达回证", "page": 3, "quote": "送达人：", "start": 20, "end": 24}},
        ],
    }  # fmt: skip
    decision = {
        "ref": "行政处罚决定书",
        "doc_type": "行政处罚决定书",
        "title": "行政处罚决定书",
        "pages": [1, 2],
    }
    return {"case_id": "c", "documents": [decision, receipt]}


def test_a_blank_signature_line_on_a_page_with_a_picture_is_not_proven_blank() -> None:
    from casecheck.checks.kinds import service_receipt, signature_present
    from casecheck.checks.util import Context, Hit, Unknown

    for blank_on_image, kind in ((True, Unknown), (False, Hit)):
        facts = _signed_in_picture(blank_on_image)
        sig = list(signature_present.check(facts, {"required": {"送达回证": ["sender"]}}, Context()))
        assert [type(x) for x in sig] == [kind]
        opts = {"served_types": ["行政处罚决定书"], "missing_types": ["行政处罚决定书"],
                "spot_marker_ok": True, "require": ["signature"]}  # fmt: skip
        receipt = list(service_receipt.check(facts, opts, Context()))
        assert [type(x) for x in receipt] == [kind]
    assert "图片" in sig[0].reason if isinstance(sig[0], Unknown) else True


def _receipt_pdf(
    path: Path, picture: Any, size: tuple[int, int] = (90, 30), at: tuple[int, int] = (160, 585)
) -> Path:
    """A one-page text-layer 送达回证 with blank signature lines and ``picture`` beside them."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 12)
    lines = (
        "某市市场监督管理局", "送达回证", "送达文书：行政处罚决定书（某市监罚〔2024〕12号）",
        "受送达人：某某商贸有限公司", "送达地点：某市某区某路18号", "送达方式：直接送达",
        "收到日期：2024年5月8日", "受送达人签名：", "送达人：", "备注：受送达人当场签收，执法人员二名在场。",
    )  # fmt: skip
    for i, line in enumerate(lines):
        c.drawString(60, 760 - 24 * i, line)
    c.drawImage(ImageReader(picture), at[0], at[1], width=size[0], height=size[1])
    c.showPage()
    c.save()
    return path


def test_a_text_page_carrying_a_picture_is_listed_as_such(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    from casecheck.ingest.case import load_case

    signature = Image.new("L", (180, 60), 255)
    ImageDraw.Draw(signature).line((10, 40, 60, 15, 170, 35), fill=20, width=5)  # a name signed on a tablet
    facts = extract_case(load_case(_receipt_pdf(tmp_path / "s.pdf", signature)))
    assert facts["documents"][0]["image_pages"] == [1]
    outcome = check_case(facts)
    assert not any(f.code in ("DOC-04", "SERV-02") and "签名" in f.message for f in outcome.findings)

    code = Image.new("L", (60, 60), 255)  # a square code or emblem in a corner: no signature
    ImageDraw.Draw(code).rectangle((5, 5, 55, 55), outline=0, width=6)
    facts = extract_case(load_case(_receipt_pdf(tmp_path / "q.pdf", code, (40, 40))))
    assert facts["documents"][0]["image_pages"] == []
    assert any(f.code == "DOC-04" for f in check_case(facts).findings)

    seal = Image.new("RGB", (120, 120), "white")  # an e-seal: a red ring, no signature
    ImageDraw.Draw(seal).ellipse((8, 8, 112, 112), outline=(220, 20, 30), width=8)
    facts = extract_case(load_case(_receipt_pdf(tmp_path / "e.pdf", seal, (90, 90))))
    assert facts["documents"][0]["image_pages"] == []
    assert any(f.code == "DOC-04" for f in check_case(facts).findings)


def test_a_short_run_of_dashes_or_stars_inside_a_document_is_no_rule(tmp_path: Path) -> None:
    text = (
        "某区市场监督管理局\n案件调查终结报告\n主要证据：\n———\n现场检查笔录 1份\n询问笔录 1份\n———\n"
        "调查人员：张某 李某\n2023年3月1日\n\f某区市场监督管理局\n询问笔录\n"
        "问：你是否申请回避？\n答：不申请。\n***\n"
        "行政处罚决定书送达地址确认书 须当事人填写\n被询问人：王某 2023年3月2日\n"
    )
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    assert [d.doc_type for d in segment([read_file(path)])] == ["调查终结报告", "询问笔录"]


def test_a_scan_under_its_text_layer_and_a_barcode_beside_a_seal(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    from casecheck.ingest.case import load_case

    scan = Image.new("L", (300, 420), 235)  # the whole page scanned, its text layer over it
    facts = extract_case(load_case(_receipt_pdf(tmp_path / "s.pdf", scan, (595, 842), (0, 0))))
    assert facts["documents"][0]["image_pages"] == [1]
    barcode = Image.new("L", (400, 60), 255)
    for x in range(0, 400, 9):
        ImageDraw.Draw(barcode).rectangle((x, 0, x + 3, 60), fill=0)
    facts = extract_case(load_case(_receipt_pdf(tmp_path / "b.pdf", barcode, (150, 20))))
    assert facts["documents"][0]["image_pages"] == []  # a barcode is wider than a signature
