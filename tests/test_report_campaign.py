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
    import warnings

    from casecheck.report.charts import campaign_charts

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        charts = campaign_charts(campaign_summary(records))
    assert not [w for w in caught if "missing from font" in str(w.message) or "Glyph" in str(w.message)]
    for svg in charts.values():
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


def test_xlsx_keeps_hostile_names_as_text(records: list[dict[str, Any]], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from casecheck.report.xlsx import write_xlsx

    evil = {**records[0], "case_id": "=cmd|' /C calc'!A1"}
    evil["fields"] = {**(records[0].get("fields") or {}), "agency": "某局\x07\x1b"}
    wb = load_workbook(write_xlsx([evil, evil], tmp_path / "t.xlsx"))
    cell = wb["案卷一览"]["A2"]
    assert cell.value == "=cmd|' /C calc'!A1" and cell.data_type == "s"  # text, not a formula
    assert len(wb.sheetnames) == 4  # a sheet for each of the two records of one id


def test_a_hand_edited_record_is_named_not_crashed_on(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from casecheck.report.cli import report_app

    app = typer.Typer()
    app.add_typer(report_app, name="report")
    bad = tmp_path / "r.jsonl"
    bad.write_text('{"case_id": "a", "findings": null}\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["report", "xlsx", str(bad), "--out", str(tmp_path / "t.xlsx")])
    assert res.exit_code == 2 and "findings must be a list" in res.output


def test_cli_commands(records: list[dict[str, Any]], tmp_path: Path) -> None:
    """The sub-app and plain commands as casecheck/cli.py registers them."""
    import json

    import typer
    from typer.testing import CliRunner

    from casecheck.report.cli import anonymize, report_app, teach

    app = typer.Typer()
    app.add_typer(report_app, name="report")
    app.command()(teach)
    app.command()(anonymize)
    results = tmp_path / "r.jsonl"
    results.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    run = CliRunner().invoke
    assert run(app, ["report", "campaign", str(results), "--out", str(tmp_path / "c")]).exit_code == 0
    assert (tmp_path / "c" / "campaign.html").is_file() and (tmp_path / "c" / "通报.docx").is_file()
    assert run(app, ["report", "xlsx", str(results), "--out", str(tmp_path / "t.xlsx")]).exit_code == 0
    cid = records[0]["case_id"]
    out = tmp_path / "one.html"
    assert run(app, ["report", "case", str(results), "--case", cid, "--out", str(out)]).exit_code == 0
    assert cid in out.read_text(encoding="utf-8")
    assert run(app, ["report", "case", str(results), "--out", str(out)]).exit_code == 2  # several records
    assert run(app, ["teach", str(results), "--out", str(tmp_path / "teach")]).exit_code == 0
    assert (tmp_path / "teach" / "teach.docx").is_file()
    masked = run(app, ["anonymize", records[0]["source"], "--record", str(results)])
    assert masked.exit_code == 0 and "某" in masked.output
