"""Campaign report, 通报 draft and the 评查表 workbook from review records."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from casecheck.api import ReviewOptions, review_path
from casecheck.report.campaign import campaign_summary, write_campaign


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Review records of a small generated corpus (txt)."""
    from casecheck.generate.api import generate

    out = tmp_path_factory.mktemp("corpus")
    generate(12, 5, out, ("txt",))
    opts = ReviewOptions(roster=out / "roster.csv", model=None)
    return [review_path(p, opts).to_dict() for p in sorted(out.glob("case_*.txt"))]


def test_summary_counts(records: list[dict[str, Any]]) -> None:
    s = campaign_summary(records)
    assert s.files == len(records) == sum(a.files for a in s.agencies)
    assert sum(s.grades.values()) == s.reviewed
    codes = {f["code"] for r in records for f in r["findings"]}
    assert {d.code for d in s.defects} == codes
    assert [d.files for d in s.defects] == sorted((d.files for d in s.defects), reverse=True)
    assert all(e["score"] is not None and e["findings"] >= 0 for e in s.excellent)


def test_campaign_files(records: list[dict[str, Any]], tmp_path: Path) -> None:
    written = write_campaign(records, tmp_path, title="2025年度行政处罚案卷评查")
    html = written["html"].read_text(encoding="utf-8")
    for part in ("各执法机关评查结果", "常见问题排名", "优秀案卷推荐", "<svg"):
        assert part in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<metadata>" not in html
    md = written["markdown"].read_text(encoding="utf-8")
    assert "通报" in md and "整改要求" in md
    from docx import Document

    body = "\n".join(p.text for p in Document(str(written["docx"])).paragraphs)
    assert "关于2025年度行政处罚案卷评查情况的通报" in body and "存在的主要问题" in body


def test_charts_draw_glyphs_as_paths(records: list[dict[str, Any]]) -> None:
    from casecheck.report.charts import campaign_charts

    for svg in campaign_charts(campaign_summary(records)).values():
        assert svg.startswith("<svg") and "<path" in svg
        assert "<text" not in svg  # glyphs are outlines: no font is needed to view the chart


def test_xlsx(records: list[dict[str, Any]], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from casecheck.report.xlsx import write_xlsx

    wb = load_workbook(write_xlsx(records, tmp_path / "t.xlsx"))
    assert wb.sheetnames[:2] == ["汇总", "案卷一览"]
    assert len(wb.sheetnames) == 2 + len(records)
    summary = wb["汇总"]
    assert summary["A1"].value == "执法机关" and summary.freeze_panes == "A2" and summary.auto_filter.ref
    case = wb[wb.sheetnames[2]]
    assert [c.value for c in case[5]][:6] == ["类别", "代码", "规则", "评查项目", "性质", "扣分"]
    assert case.freeze_panes == "A6"
    assert case.column_dimensions["G"].width >= 30
