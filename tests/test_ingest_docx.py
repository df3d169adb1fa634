"""DOCX reading: tables in document order, page breaks, the zip-bomb guard."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from ingest_builders import make_docx, make_zip_bomb

from casecheck.ingest.reader import read_file
from casecheck.model import CaseError

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with_body(tmp_path: Path, body: str) -> Path:
    """Replace the body of a python-docx document with raw WordprocessingML."""
    src = make_docx(tmp_path / "base.docx")
    out = tmp_path / "raw.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/document.xml":
                data = f"<w:document {W}><w:body>{body}</w:body></w:document>".encode()
            zout.writestr(item, data)
    return out


def p(text: str, extra: str = "") -> str:
    return f"<w:p><w:r>{extra}<w:t>{text}</w:t></w:r></w:p>"


def test_table_and_page_break(tmp_path: Path) -> None:
    sf = read_file(make_docx(tmp_path / "a.docx"))
    assert sf.kind == "docx" and [pg.method for pg in sf.pages] == ["docx", "docx"]
    first, second = sf.pages
    assert first.text.split("\n")[:4] == [
        "送达回证",
        "受送达人\t上海某某贸易有限公司",
        "送达文书\t行政处罚决定书",
        "以上文书已送达。",
    ]
    assert second.text.startswith("行政处罚决定书\n当事人：张三")


def test_rendered_break_after_hard_break_makes_no_empty_page(tmp_path: Path) -> None:
    body = p("第一页") + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    body += p("第二页", "<w:lastRenderedPageBreak/>") + p("第三页", "<w:lastRenderedPageBreak/>")
    sf = read_file(docx_with_body(tmp_path, body))
    assert [pg.text.strip() for pg in sf.pages] == ["第一页", "第二页", "第三页"]


def test_section_breaks(tmp_path: Path) -> None:
    sect = '<w:p><w:pPr><w:sectPr><w:type w:val="{}"/></w:sectPr></w:pPr></w:p>'
    body = p("甲") + sect.format("continuous") + p("乙") + sect.format("nextPage") + p("丙")
    body += '<w:sectPr><w:type w:val="continuous"/></w:sectPr>'
    sf = read_file(docx_with_body(tmp_path, body))
    # a section's w:type says how it starts: 乙's section starts a page, 丙's runs on
    assert [pg.text.split() for pg in sf.pages] == [["甲"], ["乙", "丙"]]


def test_deleted_text_and_field_codes_are_skipped(tmp_path: Path) -> None:
    body = "<w:p><w:r><w:t>罚款</w:t></w:r><w:del><w:r><w:delText>一万</w:delText></w:r></w:del>"
    body += "<w:r><w:instrText>PAGE</w:instrText></w:r><w:ins><w:r><w:t>五千元</w:t></w:r></w:ins></w:p>"
    assert read_file(docx_with_body(tmp_path, body)).pages[0].text == "罚款五千元"


def test_text_box_is_read_once(tmp_path: Path) -> None:
    box = "<w:txbxContent>" + p("（公章）") + "</w:txbxContent>"
    alt = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="urn:wps"><wps:txbx>{box}</wps:txbx>'
        f"</wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent>"
    )
    body = f"<w:p><w:r><w:t>落款</w:t></w:r><w:r>{alt}</w:r></w:p>"
    assert read_file(docx_with_body(tmp_path, body)).pages[0].text.count("（公章）") == 1


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseError) as err:
        read_file(make_zip_bomb(tmp_path / "bomb.docx", "word/document.xml"))
    assert err.value.kind == "zip_bomb"


def test_too_many_entries_is_a_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
        for i in range(5001):
            zf.writestr(f"word/media/{i}.bin", b"")
    with pytest.raises(CaseError) as err:
        read_file(path)
    assert err.value.kind == "zip_bomb"


def test_broken_document_xml_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document")
    with pytest.raises(CaseError) as err:
        read_file(path)
    assert err.value.kind == "unreadable"
