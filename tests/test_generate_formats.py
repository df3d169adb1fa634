"""Binary formats: text PDFs render and extract Chinese, scans OCR back, docx/OFD read back,
output is byte-identical for a seed, and the demo set stays small."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from casecheck.generate.api import build_case, generate, generate_demo_samples


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_text_pdf_extracts_chinese(tmp_path: Path) -> None:
    import pypdfium2

    from casecheck.generate.render_pdf import write_pdf

    for i in range(3):
        built = build_case(31, i, procedure="普通")
        path = tmp_path / f"{i}.pdf"
        write_pdf(built.laid, built.case, path)
        pdf = pypdfium2.PdfDocument(str(path))
        assert len(pdf) == len(built.laid.pages)
        text = "".join(pdf[k].get_textpage().get_text_range() for k in range(len(pdf)))
        assert built.case.party.name in text
        assert "行政处罚决定书" in text
        assert built.case.numbers["decision"].split("罚")[0][-2:] in text


def test_docx_reads_back_with_tables(tmp_path: Path) -> None:
    import docx

    from casecheck.generate.render_docx import write_docx

    built = build_case(32, 0, procedure="普通")
    write_docx(built.laid, built.case, tmp_path / "c.docx")
    d = docx.Document(str(tmp_path / "c.docx"))
    text = "\n".join(p.text for p in d.paragraphs) + "\n".join(
        c.text for t in d.tables for row in t.rows for c in row.cells
    )
    assert built.case.party.name in text and "送达回证" in text
    assert len(d.tables) >= 3


def test_ofd_reads_back(tmp_path: Path) -> None:
    from casecheck.generate.render_ofd import write_ofd_case
    from casecheck.ingest.ofd import read_ofd

    built = build_case(33, 0, procedure="普通")
    write_ofd_case(built.laid, built.case, tmp_path / "c.ofd")
    pages = read_ofd(tmp_path / "c.ofd", max_pages=500)
    assert len(pages) == len(built.laid.pages)
    assert any(built.case.party.name in p.raw for p in pages)


def test_binary_formats_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        generate(6, 77, tmp_path / name, formats=("docx", "pdf", "ofd"))
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "b")


@pytest.mark.slow
def test_scans_deterministic_and_images(tmp_path: Path) -> None:
    from casecheck.generate.render_scan import write_images, write_scan_pdf

    built = build_case(78, 0, procedure="简易")
    for name in ("a", "b"):
        write_scan_pdf(built.laid, built.case, tmp_path / f"{name}.pdf", random.Random(5), dpi=120)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    (tmp_path / "img").mkdir()
    names = write_images(built.laid, built.case, tmp_path / "img", random.Random(5), dpi=120)
    assert len(names) == len(built.laid.pages)
    assert all((tmp_path / "img" / n).stat().st_size > 10_000 for n in names)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_scanned_page_ocr_recovers_key_fields(tmp_path: Path) -> None:
    from casecheck.generate.render_scan import render_page

    built = build_case(34, 2, procedure="普通")
    idx = next(i for i, d in enumerate(built.laid.docs) if d.key == "decision")
    page = built.laid.pages[built.laid.ranges[idx][0] - 1]
    render_page(page, built.case, random.Random(1)).save(tmp_path / "p.png")
    out = subprocess.run(
        ["tesseract", str(tmp_path / "p.png"), "stdout", "-l", "chi_sim", "--psm", "6"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = re.sub(r"\s+", "", out)
    year_seq = re.findall(r"\d+", built.case.numbers["decision"])
    assert built.case.party.name in flat or all(x in flat for x in year_seq), flat[:300]


@pytest.mark.slow
def test_demo_samples_small_and_complete(tmp_path: Path) -> None:
    summary = generate_demo_samples(tmp_path, 2024)
    assert summary.bytes_total < 3_000_000
    assert set(summary.cases_by_format) == {"txt", "docx", "pdf", "scan", "images", "ofd"}
    labels = (tmp_path / "labels.jsonl").read_text(encoding="utf-8")
    assert '"gb18030"' in labels and '"utf-8"' in labels
