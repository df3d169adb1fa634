"""OFD reading with our own reader, checked against our own minimal writer."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from ingest_builders import make_zip_bomb

from casecheck.ingest.ofd import read_ofd, write_ofd
from casecheck.ingest.reader import read_file
from casecheck.model import CaseError


def test_round_trip_two_pages(tmp_path: Path) -> None:
    path = tmp_path / "case.ofd"
    write_ofd(
        [["行政处罚决定书", "当事人：张三", "罚款人民币５０００元。"], ["送达回证", "受送达人：张三"]], path
    )
    sf = read_file(path)
    assert sf.kind == "ofd" and [p.method for p in sf.pages] == ["ofd", "ofd"]
    assert sf.pages[0].text == "行政处罚决定书\n当事人：张三\n罚款人民币5000元。"
    assert sf.pages[1].text == "送达回证\n受送达人：张三"


def content_zip(path: Path, content: str, *, ns: str = "") -> Path:
    """An OFD package without namespace prefixes and with absolute locations."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("OFD.xml", f"<OFD{ns}><DocBody><DocRoot>/Doc_0/Document.xml</DocRoot></DocBody></OFD>")
        zf.writestr(
            "Doc_0/Document.xml",
            f'<Document{ns}><Pages><Page ID="1" BaseLoc="/Doc_0/Pages/Page_0/Content.xml"/>'
            "</Pages></Document>",
        )
        zf.writestr(
            "Doc_0/Pages/Page_0/Content.xml", f"<Page{ns}><Content><Layer>{content}</Layer></Content></Page>"
        )
    return path


def obj(x: float, y: float, text: str, size: float = 5) -> str:
    code = f'<TextCode X="0" Y="{size}">{text}</TextCode>'
    return f'<TextObject Boundary="{x} {y} 100 {size}" Size="{size}">{code}</TextObject>'


@pytest.mark.parametrize("ns", ["", ' xmlns="http://www.ofdspec.org/2016"'])
def test_reading_order_by_baseline_then_x(tmp_path: Path, ns: str) -> None:
    # written out of order: second line first, and a line split into two objects
    content = (
        obj(20, 40, "当事人：") + obj(45, 40.3, "张三") + obj(20, 20, "行政处罚决定书") + obj(20, 60, "地址")
    )
    pages = read_ofd(content_zip(tmp_path / "x.ofd", content, ns=ns), max_pages=10)
    assert pages[0].raw == "行政处罚决定书\n当事人：张三\n地址"


def test_gap_on_a_line_becomes_a_space(tmp_path: Path) -> None:
    content = obj(20, 20, "姓名") + obj(100, 20, "张三")
    assert read_ofd(content_zip(tmp_path / "x.ofd", content), max_pages=10)[0].raw == "姓名 张三"


def test_missing_page_part_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "x.ofd"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("OFD.xml", "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>")
    with pytest.raises(CaseError) as err:
        read_file(path)
    assert err.value.kind == "unreadable"


def test_too_many_pages(tmp_path: Path) -> None:
    path = tmp_path / "x.ofd"
    write_ofd([["一"], ["二"], ["三"]], path)
    with pytest.raises(CaseError) as err:
        read_file(path, max_pages=2)
    assert err.value.kind == "too_large"


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseError) as err:
        read_file(make_zip_bomb(tmp_path / "bomb.ofd", "OFD.xml"))
    assert err.value.kind == "zip_bomb"
