"""read_file(): format sniffing, limits and the errors every bad input must become."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_builders import make_docx, make_text_pdf, png_header_only

from casecheck.ingest.reader import read_bytes_sha256, read_file
from casecheck.model import CaseError


def kind_of_error(path: Path, **kwargs: object) -> str:
    with pytest.raises(CaseError) as err:
        read_file(path, ocr=False, **kwargs)  # type: ignore[arg-type]
    assert err.value.message
    return err.value.kind


def test_zero_byte_file(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert kind_of_error(tmp_path / "empty.pdf") == "empty_file"


def test_missing_file(tmp_path: Path) -> None:
    assert kind_of_error(tmp_path / "nope.txt") == "not_found"


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    assert kind_of_error(tmp_path) == "unreadable"


def test_file_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("当事人" * 100, encoding="utf-8")
    assert kind_of_error(path, max_bytes=100) == "too_large"


def test_huge_image_is_refused_without_decoding(tmp_path: Path) -> None:
    path = png_header_only(tmp_path / "bomb.png", 20000, 20000)
    with pytest.raises(CaseError) as err:
        read_file(path, ocr=True, cache_dir=tmp_path / "cache")
    assert err.value.kind == "too_large"


def test_pdf_named_docx_is_read_as_pdf(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "decision.docx", [["行政处罚决定书", "当事人：张三"]])
    sf = read_file(path, ocr=False)
    assert sf.kind == "pdf"
    assert "行政处罚决定书" in sf.pages[0].text
    assert any("read as pdf" in w for w in sf.warnings)


def test_docx_named_pdf_is_read_as_docx(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "receipt.pdf")
    sf = read_file(path, ocr=False)
    assert sf.kind == "docx"
    assert any(".pdf" in w and "DOCX" in w for w in sf.warnings)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "unsupported_format"),
        (b"{\\rtf1\\ansi hello}", "unsupported_format"),
        (b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4, "unsupported_format"),
        (b"PK\x03\x04garbage that is not a zip", "unreadable"),
        (b"%PDF-1.7\n%garbage\n", "corrupt_pdf"),
        (b"\x89PNG\r\n\x1a\n truncated", "unreadable"),
    ],
)
def test_bad_inputs_become_case_errors(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(content)
    assert kind_of_error(path) == kind


def test_zip_that_is_neither_docx_nor_ofd(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello")
    assert kind_of_error(path) == "unsupported_format"


def test_sha256_is_the_file_content_hash(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("当事人：张三", encoding="utf-8")
    expected = hashlib.sha256(path.read_bytes()).hexdigest()
    assert read_bytes_sha256(path) == expected
    assert read_file(path).sha256 == expected


def test_pages_map_back_to_raw(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("　　当事人：张三\r\n罚款５０００元", encoding="utf-8")
    page = read_file(path).pages[0]
    start = page.text.index("5000")
    lo, hi = page.raw_span(start, start + 4)
    assert page.raw[lo:hi] == "５０００"


_PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"II*\x00",
    b"\xef\xbb\xbf",
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(_PREFIXES), body=st.binary(min_size=0, max_size=400))
def test_random_bytes_never_escape_as_library_errors(tmp_path: Path, prefix: bytes, body: bytes) -> None:
    path = tmp_path / "fuzz.bin"
    path.write_bytes(prefix + body)
    try:
        sf = read_file(path, ocr=False)
    except CaseError as exc:
        assert exc.kind and exc.message
    else:
        assert len(sf.sha256) == 64


@pytest.fixture(scope="module")
def valid_files(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """One valid file of each binary format, to be damaged by the fuzz test."""
    from casecheck.ingest.ofd import write_ofd

    d = tmp_path_factory.mktemp("valid")
    write_ofd([["行政处罚决定书", "当事人：张三"]], d / "a.ofd")
    make_text_pdf(d / "a.pdf", [["行政处罚决定书", "当事人：张三"]])
    make_docx(d / "a.docx")
    return [(d / n).read_bytes() for n in ("a.ofd", "a.pdf", "a.docx")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    which=st.integers(0, 2),
    cut=st.floats(0.05, 1.0),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
)
def test_damaged_files_fail_as_case_errors(
    tmp_path: Path, valid_files: list[bytes], which: int, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(valid_files[which][: max(8, int(len(valid_files[which]) * cut))])
    for where, value in flips:
        data[min(len(data) - 1, int(where * len(data)))] = value
    path = tmp_path / "damaged.bin"
    path.write_bytes(bytes(data))
    try:
        read_file(path, ocr=False)
    except CaseError as exc:
        assert exc.kind and exc.message
