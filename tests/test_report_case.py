"""Case report: HTML sections, evidence marking, timeline, index links, PDF with Chinese text."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from casecheck.api import ReviewOptions, review_path
from casecheck.report.html import marked_quote, render_case, safe_name, write_html_reports
from casecheck.report.timeline import build_timeline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Review records of a small generated corpus (txt)."""
    from casecheck.generate.api import generate

    out = tmp_path_factory.mktemp("corpus")
    generate(10, 3, out, ("txt",))
    opts = ReviewOptions(roster=out / "roster.csv", model=None)
    return [review_path(p, opts).to_dict() for p in sorted(out.glob("case_*.txt"))]


def _with_findings(records: list[dict[str, Any]]) -> dict[str, Any]:
    return max(records, key=lambda r: len(r["findings"]))


def test_case_report_has_every_section(records: list[dict[str, Any]]) -> None:
    rec = _with_findings(records)
    html = render_case(rec)
    for heading in (
        "办案时间轴与法定期限",
        "问题清单",
        "无法评查的项目",
        "风险评分",
        "评查意见及签字",
        "卷内文书",
    ):
        assert heading in html
    assert rec["fields"]["agency"] in html
    assert "<svg" in html and "办理步骤" in html
    for f in rec["findings"]:
        assert f["message"].replace('"', "&#34;") in html or f["message"] in html
        if f.get("remediation"):
            assert "整改建议" in html


def test_case_report_is_self_contained(records: list[dict[str, Any]]) -> None:
    html = render_case(_with_findings(records))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<script" not in html and "@import" not in html


def test_quote_marked_whole_or_part() -> None:
    ev = {"document": "决定书", "page": 1, "quote": "罚款5000元", "start": 10, "end": 17}
    assert marked_quote(ev) == "<mark>罚款5000元</mark>"
    wider = {**ev, "quote": "处以罚款5000元整", "start": 12, "end": 19, "quote_start": 10}
    assert marked_quote(wider) == "处以<mark>罚款5000元</mark>整"
    assert "<mark>" not in marked_quote({**ev, "start": None, "end": None})
    assert "&lt;b&gt;" in marked_quote({**ev, "quote": "<b>", "end": 13})


def test_waived_findings_shown_apart(records: list[dict[str, Any]]) -> None:
    rec = copy.deepcopy(_with_findings(records))
    moved = rec["findings"].pop()
    moved["waived"] = {
        "rule": moved["rule"],
        "case_id": rec["case_id"],
        "reason": "延期经负责人批准并补录",
        "who": "王审核",
        "when": "2025-03-02",
    }
    rec["waived_findings"] = [moved]
    rec["warnings"] = ["第3页为扫描件，经文字识别读取"]
    html = render_case(rec)
    assert "已豁免的问题" in html and "延期经负责人批准并补录" in html and "王审核" in html
    assert "第3页为扫描件" in html


def test_veto_and_error_records() -> None:
    rec = {
        "case_id": "x",
        "source": "x.pdf",
        "status": "error",
        "error": {"kind": "unreadable", "message": "加密"},
        "documents": [],
        "fields": {},
        "findings": [],
        "unreviewable": [],
        "score": None,
        "grade": None,
        "profile": "default",
        "risk": None,
    }
    assert "本案卷无法评查" in render_case(rec)


def test_timeline_deadlines(records: list[dict[str, Any]]) -> None:
    rec = next(r for r in records if r["fields"]["dates"]["filing"] and r["fields"]["dates"]["decision"])
    tl = build_timeline(rec)
    dates = [s.date for s in tl.steps]
    assert dates == sorted(dates)
    labels = [d.label for d in tl.deadlines]
    assert any(lbl.startswith("办案期限") for lbl in labels)
    late = copy.deepcopy(rec)
    late["fields"]["dates"]["decision"] = "2099-01-01"
    case_limit = next(d for d in build_timeline(late).deadlines if d.label.startswith("办案期限"))
    assert case_limit.met is False and "超期" in case_limit.outcome


def test_index_links_every_case(records: list[dict[str, Any]], tmp_path: Path) -> None:
    write_html_reports(records, tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for r in records:
        assert f'href="{safe_name(r["case_id"])}"' in index
        assert (tmp_path / safe_name(r["case_id"])).is_file()


def test_cases_whose_ids_make_one_file_name_keep_a_page_each(
    records: list[dict[str, Any]], tmp_path: Path
) -> None:
    base = records[0]
    same = [{**base, "case_id": cid} for cid in ("x", "x", "y#1", "y?1", "案" * 120)]
    write_html_reports(same, tmp_path)
    pages = sorted(p.name for p in tmp_path.glob("*.html") if p.name != "index.html")
    assert len(pages) == 5 and all(len(p.encode("utf-8")) <= 210 for p in pages)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{p}"' in index for p in pages)


def test_pdf_carries_the_chinese_text(records: list[dict[str, Any]], tmp_path: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    pytest.importorskip("weasyprint")
    from casecheck.report.pdf import write_case_pdf

    rec = _with_findings(records)
    out = write_case_pdf(rec, tmp_path / "case.pdf")
    pdf = pdfium.PdfDocument(str(out))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    for expected in ("行政处罚案卷评查报告", "问题清单", "评查意见及签字", rec["fields"]["agency"]):
        assert expected in text.replace("\n", "").replace("\r", "")


def test_missing_cjk_font_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from casecheck.report import fonts

    fonts.cjk_fonts.cache_clear()
    monkeypatch.setattr(fonts, "CANDIDATES", (fonts.Font("Nope", Path("/nonexistent/font.ttc")),))
    try:
        with pytest.raises(fonts.FontMissing):
            fonts.require_coverage("行政处罚")
    finally:
        fonts.cjk_fonts.cache_clear()


def test_glyph_gap_is_reported() -> None:
    from casecheck.report.fonts import FontMissing, cjk_fonts, require_coverage

    try:
        cjk_fonts()
    except FontMissing:
        pytest.skip("no CJK font installed")
    require_coverage("行政处罚决定书 罚款5,000元（大写：伍仟元整）〔2024〕")
    with pytest.raises(FontMissing):
        require_coverage("\U000f0000")  # a private-use character no font draws
