"""Shared test helpers: paths to the shared folder and small builders of model objects."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casecheck.model import Document, Page, SourceFile

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def scan_with_text_layer(path: Path, image: Any) -> Path:
    """A one-page A4 PDF of ``image`` under an invisible Chinese text layer, as a scanner with
    OCR writes it (the page reads as text, and is examined as an image)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.drawImage(ImageReader(image), 0, 0, width=595, height=842)
    text = c.beginText(60, 760)
    text.setTextRenderMode(3)  # invisible: the scanner's OCR layer
    text.setFont("STSong-Light", 12)
    for _ in range(12):
        text.textLine("某市市场监督管理局行政处罚决定书，当事人某某商行，经查违法事实清楚。")
    c.drawText(text)
    c.showPage()
    c.save()
    return path


def text_page(number: int, text: str) -> Page:
    """A page whose raw and normalised text are the same."""
    return Page(number=number, text=text, raw=text, raw_offsets=tuple(range(len(text))), method="text")


def text_source(pages: list[str], name: str = "case.txt") -> SourceFile:
    """A source file built from page texts."""
    return SourceFile(
        path=name,
        name=name,
        kind="text",
        sha256="0" * 64,
        pages=tuple(text_page(i + 1, t) for i, t in enumerate(pages)),
    )


def text_document(
    doc_type: str, text: str, title: str | None = None, pages: tuple[int, int] = (1, 1), file: str = "t.txt"
) -> Document:
    """A document of ``doc_type`` cut from a text file: ``text`` over ``pages`` (one start a page)."""
    starts = tuple(range(pages[1] - pages[0] + 1))
    return Document(doc_type, doc_type, title, file, pages, text, starts)


@pytest.fixture
def shared() -> Path:
    """The shared folder beside the project (skips the test when absent)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """Debian's chromium (installed by scripts/setup.sh), wherever it is on this machine."""
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium (through Playwright) for every browser test of the run.

    Skipped, with the reason, only when chromium or Playwright is absent.
    """
    executable = chromium_path()
    if executable is None:
        pytest.skip("chromium is not installed (scripts/setup.sh installs it)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install .[dev])"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()
