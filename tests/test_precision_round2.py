"""Precision round 2: title variants and layouts seen in independently written case files."""

from __future__ import annotations

import pytest

from casecheck.ingest.doctypes import classify_title


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("询问（调查）笔录", "询问笔录"),
        ("询问(调查)笔录", "询问笔录"),
        ("调查询问笔录", "询问笔录"),
        ("电子缴税付款凭证", "缴款凭证"),
        ("缴款付款凭证", "缴款凭证"),
        ("缴费回单", "缴款凭证"),
    ],
)
def test_title_variants_classify(title: str, want: str) -> None:
    got = classify_title(title)
    assert got is not None and got[0] == want
