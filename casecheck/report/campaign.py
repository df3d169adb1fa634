"""A campaign (专项评查) over many review records: tables, rankings, charts and the 通报 draft.

``campaign_summary`` aggregates records into plain data; ``write_campaign`` writes the HTML page
(charts inline as SVG), the 通报 draft as DOCX and Markdown, and the summary as JSON.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from markupsafe import Markup

from casecheck.report.catalog import CATEGORY_ORDER, category_name, code_basis, code_name

GRADES = ("优秀", "良好", "合格", "不合格")
FAILED_GRADES = ("不合格",)


@dataclass
class AgencyRow:
    """One agency's line of the campaign table."""

    agency: str
    files: int = 0
    reviewed: int = 0
    mean: float | None = None
    median: float | None = None
    grades: dict[str, int] = field(default_factory=dict)
    failed: int = 0
    errors: int = 0
    findings: int = 0


@dataclass
class DefectRow:
    """One defect code's line of the ranking, with typical examples."""

    code: str
    name: str
    category: str
    findings: int
    files: int
    share: float
    basis: str
    remediation: str
    examples: list[dict[str, Any]]


@dataclass
class CampaignSummary:
    """What the campaign report, the 通报 and the spreadsheet summary show."""

    title: str
    files: int
    reviewed: int
    errors: int
    mean: float | None
    median: float | None
    grades: dict[str, int]
    agencies: list[AgencyRow]
    defects: list[DefectRow]
    categories: list[dict[str, Any]]
    excellent: list[dict[str, Any]]
    scores: list[float]
    date: str

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON-ready)."""
        return asdict(self)


def _mean(xs: list[float]) -> float | None:
    return round(statistics.fmean(xs), 1) if xs else None


def _median(xs: list[float]) -> float | None:
    return round(statistics.median(xs), 1) if xs else None


def is_failed(rec: dict[str, Any]) -> bool:
    """Failed: graded 不合格, or carrying a veto finding."""
    return rec.get("grade") in FAILED_GRADES or any(f["severity"] == "veto" for f in rec.get("findings", []))


def campaign_summary(
    records: list[dict[str, Any]], title: str = "行政执法案卷评查", excellent_limit: int = 10
) -> CampaignSummary:
    """Aggregate review records into a campaign summary."""
    reviewed = [r for r in records if r.get("status") == "reviewed"]
    scores = [r["score"] for r in reviewed if r.get("score") is not None]
    by_agency: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_agency[((r.get("fields") or {}).get("agency")) or "（未识别机关）"].append(r)
    agencies = []
    for name, recs in by_agency.items():
        ok = [r for r in recs if r.get("status") == "reviewed"]
        sc = [r["score"] for r in ok if r.get("score") is not None]
        agencies.append(
            AgencyRow(
                agency=name,
                files=len(recs),
                reviewed=len(ok),
                mean=_mean(sc),
                median=_median(sc),
                grades={g: sum(r.get("grade") == g for r in ok) for g in GRADES},
                failed=sum(is_failed(r) for r in ok),
                errors=len(recs) - len(ok),
                findings=sum(len(r.get("findings", [])) for r in ok),
            )
        )
    agencies.sort(key=lambda a: (-(a.mean if a.mean is not None else -1), a.agency))
    return CampaignSummary(
        title=title,
        files=len(records),
        reviewed=len(reviewed),
        errors=len(records) - len(reviewed),
        mean=_mean(scores),
        median=_median(scores),
        grades={g: sum(r.get("grade") == g for r in reviewed) for g in GRADES},
        agencies=agencies,
        defects=_defects(reviewed),
        categories=_categories(reviewed),
        excellent=_excellent(reviewed, excellent_limit),
        scores=scores,
        date=date.today().isoformat(),
    )


def _defects(reviewed: list[dict[str, Any]]) -> list[DefectRow]:
    """Defect codes ranked by how many files show them, each with up to three examples."""
    per_code: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for r in reviewed:
        for f in r.get("findings", []):
            per_code[f["code"]].append((r, f))
    rows = []
    for code, items in per_code.items():
        files = {r["case_id"] for r, _ in items}
        seen: set[str] = set()
        examples = []
        for r, f in items:
            if r["case_id"] in seen or len(examples) >= 3:
                continue
            seen.add(r["case_id"])
            ev = next((e for e in f.get("evidence", []) if e.get("start") is not None), None)
            examples.append(
                {
                    "case_id": r["case_id"],
                    "agency": (r.get("fields") or {}).get("agency"),
                    "message": f["message"],
                    "quote": ev["quote"] if ev else None,
                    "document": ev["document"] if ev else None,
                }
            )
        remediation = Counter(f.get("remediation") for _, f in items if f.get("remediation"))
        rows.append(
            DefectRow(
                code=code,
                name=code_name(code),
                category=code.split("-")[0],
                findings=len(items),
                files=len(files),
                share=round(len(files) / max(len(reviewed), 1), 3),
                basis=code_basis(code) or items[0][1].get("basis") or "",
                remediation=remediation.most_common(1)[0][0] if remediation else "",
                examples=examples,
            )
        )
    rows.sort(key=lambda d: (-d.files, -d.findings, d.code))
    return rows


def _categories(reviewed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings and affected files per category, in the contract's order."""
    findings: Counter[str] = Counter()
    files: dict[str, set[str]] = defaultdict(set)
    for r in reviewed:
        for f in r.get("findings", []):
            c = f["code"].split("-")[0]
            findings[c] += 1
            files[c].add(r["case_id"])
    return [
        {"category": c, "name": category_name(c), "findings": findings[c], "files": len(files[c])}
        for c in CATEGORY_ORDER
        if findings[c]
    ]


def _excellent(reviewed: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """优秀案卷 to recommend: graded 优秀, no veto, no deduction and nothing left unreviewed first."""
    cands = [r for r in reviewed if r.get("grade") == "优秀" and not is_failed(r)]
    cands.sort(
        key=lambda r: (
            -(r.get("score") or 0),
            len(r.get("findings", [])),
            len(r.get("unreviewable", [])),
            r["case_id"],
        )
    )
    return [
        {
            "case_id": r["case_id"],
            "agency": (r.get("fields") or {}).get("agency"),
            "party": ((r.get("fields") or {}).get("party") or {}).get("name"),
            "score": r.get("score"),
            "findings": len(r.get("findings", [])),
            "unreviewable": len(r.get("unreviewable", [])),
            "procedure": ((r.get("fields") or {}).get("penalty") or {}).get("procedure"),
        }
        for r in cands[:limit]
    ]


def render_campaign(summary: CampaignSummary, charts: dict[str, str]) -> str:
    """The campaign report page (self-contained HTML)."""
    from casecheck.report.html import env

    return (
        env()
        .get_template("campaign.html")
        .render(s=summary, charts={k: Markup(v) for k, v in charts.items()}, grades=GRADES)
    )


def write_campaign(
    records: list[dict[str, Any]], out: Path, title: str = "行政执法案卷评查", docx: bool = True
) -> dict[str, Path]:
    """Write ``campaign.html``, ``通报.md``, ``通报.docx``, the chart SVGs and ``summary.json``."""
    from casecheck.report.charts import campaign_charts
    from casecheck.report.tongbao import render_tongbao_markdown, write_tongbao_docx

    out.mkdir(parents=True, exist_ok=True)
    summary = campaign_summary(records, title)
    charts = campaign_charts(summary)
    written: dict[str, Path] = {}
    for name, svg in charts.items():
        p = out / f"chart_{name}.svg"
        p.write_text(svg, encoding="utf-8")
        written[f"chart_{name}"] = p
    written["html"] = out / "campaign.html"
    written["html"].write_text(render_campaign(summary, charts), encoding="utf-8")
    written["markdown"] = out / "通报.md"
    written["markdown"].write_text(render_tongbao_markdown(summary), encoding="utf-8")
    if docx:
        written["docx"] = write_tongbao_docx(summary, out / "通报.docx")
    written["json"] = out / "summary.json"
    written["json"].write_text(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return written
