"""PDF reading: text layer, OCR routing, garbled text, corrupt and encrypted files, char boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_builders import DECISION_LINES, make_image_pdf, make_text_pdf, render_lines

from casecheck.ingest import reader
from casecheck.ingest.layout import char_boxes
from casecheck.ingest.ocr import OcrResult
from casecheck.ingest.quality import garbled_reason
from casecheck.model import CaseError


@pytest.fixture
def fake_ocr(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Replace tesseract with a stub that records the size of each page image it gets."""
    seen: list[tuple[int, int]] = []

    def stub(image, *, cache=None, timeout=0):  # type: ignore[no-untyped-def]
        seen.append(image.size)
        return OcrResult("行政处罚决定书\n罚款人民币５０００元", 91.5)

    monkeypatch.setattr(reader, "ocr_image", stub)
    return seen


def test_text_layer_is_extracted(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "d.pdf", [DECISION_LINES, ["送达回证", "受送达人：张三"]])
    sf = reader.read_file(path, ocr=False)
    assert sf.kind == "pdf" and len(sf.pages) == 2
    first = sf.pages[0]
    assert first.method == "text" and first.confidence is None
    assert "行政处罚决定书" in first.text and "沪市监浦处〔2024〕12号" in first.text
    assert "\r" in first.raw and "\r" not in first.text
    assert sf.pages[1].text.startswith("送达回证")


def test_page_without_text_layer_goes_to_ocr(tmp_path: Path, fake_ocr: list) -> None:
    path = make_image_pdf(tmp_path / "scan.pdf", render_lines(["行政处罚决定书"], width=800))
    sf = reader.read_file(path, cache_dir=tmp_path / "cache")
    page = sf.pages[0]
    assert page.method == "ocr" and page.confidence == 91.5
    assert page.text == "行政处罚决定书\n罚款人民币5000元"
    assert len(fake_ocr) == 1 and fake_ocr[0][0] == pytest.approx(800, abs=2)  # rendered at 300 dpi


def test_scan_without_ocr_is_no_text(tmp_path: Path) -> None:
    path = make_image_pdf(tmp_path / "scan.pdf", render_lines(["行政处罚决定书"], width=800))
    with pytest.raises(CaseError) as err:
        reader.read_file(path, ocr=False)
    assert err.value.kind == "no_text"


def test_blank_page_is_not_ocred(tmp_path: Path, fake_ocr: list) -> None:
    path = make_text_pdf(tmp_path / "b.pdf", [["行政处罚决定书，当事人张三"], []])
    sf = reader.read_file(path, cache_dir=tmp_path / "cache")
    assert [p.method for p in sf.pages] == ["text", "text"] and sf.pages[1].text == ""
    assert fake_ocr == []


def test_garbled_text_layer_goes_to_ocr(tmp_path: Path, fake_ocr: list) -> None:
    path = make_text_pdf(tmp_path / "g.pdf", [["ÐÐÕþ´¦·£¾ö¶¨Êé ÐÐÕþ´¦·£¾ö¶¨Êé ÐÐÕþ"]])
    page = reader.read_file(path, cache_dir=tmp_path / "cache").pages[0]
    assert page.method == "ocr" and "行政处罚决定书" in page.text


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        ("行政处罚决定书\n当事人：张三，罚款人民币5000元。", False),
        ("罚款 5000 元 2024-03-05 No. 12", False),
        ("当事人\ufffd\ufffd\ufffd张三", True),
        ("(cid:1234)(cid:5678)(cid:42)", True),
        ("\ue001\ue002\ue003\ue004行政处罚", True),
        ("ÐÐÕþ´¦·£¾ö¶¨Êé ÐÐÕþ´¦·£¾ö¶¨Êé", True),
        ("!#$%&*+<=>@^|~!#$%&*+<=>@^|~ab", True),
        ("The decision was served on the party by registered mail. " * 5, True),
        ("1234567890 " * 40, False),
    ],
)
def test_garbled_detector(text: str, garbled: bool) -> None:
    assert (garbled_reason(text) is not None) == garbled


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "ok.pdf", [["行政处罚决定书"]])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(path.read_bytes()[:300])
    with pytest.raises(CaseError) as err:
        reader.read_file(broken, ocr=False)
    assert err.value.kind == "corrupt_pdf"


def test_encrypted_pdf_with_user_password(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = make_text_pdf(tmp_path / "e.pdf", [["行政处罚决定书"]], StandardEncryption("secret", "owner"))
    with pytest.raises(CaseError) as err:
        reader.read_file(path, ocr=False)
    assert err.value.kind == "encrypted_pdf"


def test_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = make_text_pdf(tmp_path / "o.pdf", [["行政处罚决定书"]], StandardEncryption("", "owner"))
    assert "行政处罚决定书" in reader.read_file(path, ocr=False).pages[0].text


def test_too_many_pages(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "p.pdf", [["第一页内容"], ["第二页内容"], ["第三页内容"]])
    with pytest.raises(CaseError) as err:
        reader.read_file(path, ocr=False, max_pages=2)
    assert err.value.kind == "too_large" and "3 pages" in err.value.message


def test_char_boxes(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "c.pdf", [["行政处罚决定书", "当事人"]])
    boxes = char_boxes(path, 1)
    assert "".join(b.text for b in boxes).startswith("行政处罚决定书")
    first, below = boxes[0], boxes[7]
    assert first.x1 > first.x0 and below.top > first.top and first.size == pytest.approx(12)
    with pytest.raises(ValueError):
        char_boxes(path, 2)


def test_char_boxes_on_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4\nnot really")
    with pytest.raises(CaseError) as err:
        char_boxes(path, 1)
    assert err.value.kind == "corrupt_pdf"
