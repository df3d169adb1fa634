"""Shared test helpers: paths to the shared folder and small builders of model objects."""

from __future__ import annotations

from pathlib import Path

import pytest

from casecheck.model import Page, SourceFile

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


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


@pytest.fixture
def shared() -> Path:
    """The shared folder beside the project (skips the test when absent)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
