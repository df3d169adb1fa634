"""Exports, by the existing report generators: case report (HTML/PDF), campaign report (HTML, 通报
DOCX), the spreadsheet, and reviewers' decisions as ``casecheck train --feedback`` input.

Reports are made from the *reviewed* records (dismissed findings out, added ones in, score
redone), so what is exported is what the reviewers decided.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from casecheck.web import review
from casecheck.web.auth import User
from casecheck.web.campaigns import Campaign
from casecheck.web.context import bench, case_or_404, page
from casecheck.web.queue import case_in_campaign, queue

# The report HTML carries its own <style>: allow it there, and still no script.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _profile(camp: Campaign) -> Any:
    from casecheck.checks.profiles import load_profile

    return load_profile(camp.profile)


def reviewed(engine: Any, camp: Campaign, case: dict[str, Any]) -> dict[str, Any]:
    """One case's record with its reviewers' work applied."""
    work = review.load_work(engine, case["row"], case["version"])
    return review.reviewed_record(case["record"], work, _profile(camp))


def all_reviewed(engine: Any, camp: Campaign) -> list[dict[str, Any]]:
    """Every case of the campaign, reviewed, in case order."""
    out = []
    for row in sorted(queue(engine, camp), key=lambda r: r.case_id):
        case = case_in_campaign(engine, camp, row.case_row)
        if case is not None:
            out.append(reviewed(engine, camp, case))
    return out


def _download(body: bytes, media: str, name: str) -> Response:
    disposition = f"attachment; filename=\"download{Path(name).suffix}\"; filename*=UTF-8''{quote(name)}"
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})


@page(campaign=True)
async def case_report(request: Request, user: User, camp: Campaign) -> Response:
    """The case report as HTML (inline) or PDF (download)."""
    from casecheck.report.html import render_case, safe_name

    case = case_or_404(request, camp)
    rec = reviewed(bench(request).engine, camp, case)
    if request.path_params["fmt"] == "pdf":
        from casecheck.report.pdf import write_case_pdf

        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "case.pdf"
            await run_in_threadpool(write_case_pdf, rec, out)
            return _download(
                out.read_bytes(), "application/pdf", safe_name(case["case_id"]).removesuffix(".html") + ".pdf"
            )
    html = render_case(rec)
    return Response(html, media_type="text/html", headers={"Content-Security-Policy": REPORT_CSP})


@page(campaign=True)
async def campaign_report(request: Request, user: User, camp: Campaign) -> Response:
    """The campaign report (HTML) or its 通报 draft (DOCX)."""
    from casecheck.report.campaign import write_campaign

    records = all_reviewed(bench(request).engine, camp)
    fmt = request.path_params["fmt"]
    with tempfile.TemporaryDirectory() as tmp:
        written = await run_in_threadpool(write_campaign, records, Path(tmp), camp.title, fmt == "docx")
        if fmt == "docx":
            return _download(written["docx"].read_bytes(), DOCX, "通报.docx")
        html = written["html"].read_text(encoding="utf-8")
    return Response(html, media_type="text/html", headers={"Content-Security-Policy": REPORT_CSP})


@page(campaign=True)
async def spreadsheet(request: Request, user: User, camp: Campaign) -> Response:
    """The 评查表 workbook."""
    from casecheck.report.xlsx import write_xlsx

    records = all_reviewed(bench(request).engine, camp)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cases.xlsx"
        await run_in_threadpool(write_xlsx, records, out)
        return _download(out.read_bytes(), XLSX, "cases.xlsx")


def feedback_lines(store: Any, campaign: str) -> str:
    """The decisions as ``casecheck campaign export-feedback`` writes them (JSON Lines)."""
    from casecheck.batch.store import feedback_rows

    rows = feedback_rows(store.decisions(campaign), review.rule_code())
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


@page(campaign=True)
async def feedback(request: Request, user: User, camp: Campaign) -> Response:
    """Reviewers' decisions for ``casecheck train --feedback``."""
    body = feedback_lines(bench(request).store, camp.name).encode()
    return _download(body, "application/x-ndjson", "feedback.jsonl")
