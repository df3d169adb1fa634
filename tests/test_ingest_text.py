"""Plain-text files: encoding detection table, form-feed pages, decode errors."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from casecheck.ingest.reader import read_file
from casecheck.ingest.text import detect_and_decode, split_pages
from casecheck.model import CaseError

TEXT = "行政处罚决定书\n沪市监浦处〔2024〕12号\n当事人：上海某某贸易有限公司，罚款人民币5000元。\n"
PURE_CJK = "行政处罚决定书当事人上海某某贸易有限公司"  # no ASCII: UTF-16 without a single NUL


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb2312"), "gb18030"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (PURE_CJK.encode("utf-16-le"), "utf-16-le"),
        (PURE_CJK.encode("utf-16-be"), "utf-16-be"),
        (PURE_CJK.encode("gbk"), "gb18030"),
        (b"ASCII only: 2024-03-05\n", "utf-8"),
    ],
)
def test_encoding_detection(data: bytes, encoding: str) -> None:
    text, detected = detect_and_decode(data)
    assert detected == encoding
    assert text in (TEXT, PURE_CJK, "ASCII only: 2024-03-05\n")


def test_undecodable_bytes_are_a_decode_error() -> None:
    with pytest.raises(CaseError) as err:
        detect_and_decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd broken")
    assert err.value.kind == "decode_error"


def test_form_feed_splits_pages() -> None:
    assert split_pages("第一页\f第二页\f") == ["第一页", "第二页"]


def test_read_text_file_records_encoding_and_pages(tmp_path: Path) -> None:
    path = tmp_path / "case.txt"
    path.write_bytes(("第一页：当事人张三\f第二页：罚款５０００元").encode("gb18030"))
    sf = read_file(path, ocr=False)
    assert sf.kind == "text" and sf.encoding == "gb18030"
    assert [p.text for p in sf.pages] == ["第一页：当事人张三", "第二页：罚款5000元"]
    assert all(p.method == "text" for p in sf.pages)
