"""Self-contained HTML case reports and a batch index (jinja2, autoescaped).

A case report is one file: CSS inline, the timeline an inline SVG, no script and nothing fetched,
so it opens offline, prints on A4 and converts to PDF (``casecheck.report.pdf``).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from casecheck.report.catalog import CATEGORY_ORDER, SEVERITY_NAMES, category_name, code_name
from casecheck.report.svg import timeline_svg
from casecheck.report.timeline import build_timeline

DATA = Path(__file__).resolve().parent / "data"
# kept for callers of the first version
CATEGORY_NAMES = {c: category_name(c) for c in CATEGORY_ORDER}


@cache
def env() -> Environment:
    """The shared jinja2 environment of all HTML renderers (autoescaped, filters registered)."""
    e = Environment(
        loader=PackageLoader("casecheck.report", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.do"],
    )
    e.filters["money"] = money
    e.filters["score"] = lambda v: "—" if v is None else f"{v:.1f}"
    e.filters["pts"] = lambda v: f"{v:g}"
    e.filters["cat"] = category_name
    e.filters["codename"] = code_name
    e.filters["sev"] = lambda s: SEVERITY_NAMES.get(s, s)
    e.filters["marked"] = marked_quote
    e.filters["cn_date"] = cn_date
    return e


def money(v: float | None) -> str:
    """``716000.0`` → ``716,000.00 元``; ``—`` when unknown."""
    return "—" if v is None else f"{v:,.2f} 元"


def cn_date(v: str | date | None) -> str:
    """``2025-05-14`` → ``2025年5月14日``; ``—`` when unknown."""
    if not v:
        return "—"
    d = v if isinstance(v, date) else date.fromisoformat(str(v)[:10])
    return f"{d.year}年{d.month}月{d.day}日"


_NAME_BYTES = 200  # file systems allow 255 bytes a name; a CJK character takes three


def safe_name(case_id: str) -> str:
    """A file name for a case report that cannot escape the output folder, at most
    ``_NAME_BYTES`` bytes (a longer id is cut and told apart by a hash of the whole)."""
    name = re.sub(r"[^\w\u4e00-\u9fff.-]+", "_", case_id).strip("._") or "case"
    raw = name.encode("utf-8")
    if len(raw) > _NAME_BYTES:
        digest = hashlib.sha1(case_id.encode("utf-8")).hexdigest()[:10]
        name = raw[: _NAME_BYTES - 11].decode("utf-8", "ignore") + "-" + digest
    return name + ".html"


def report_names(records: list[dict[str, Any]]) -> list[str]:
    """Each record's report file name, distinct within the batch: two cases with one id (x.txt
    in two folders) or ids that differ only in characters a name cannot hold (y#1, y?1) get -2,
    -3 … rather than overwrite each other."""
    used: set[str] = set()
    out = []
    for rec in records:
        name = safe_name(str(rec.get("case_id") or "case"))
        stem, n = name.removesuffix(".html"), 2
        while name.lower() in used:
            name, n = f"{stem}-{n}.html", n + 1
        used.add(name.lower())
        out.append(name)
    return out


def marked_quote(ev: dict[str, Any]) -> Markup:
    """The evidence quote with the offending part in ``<mark>``.

    ``start``/``end`` are offsets into the document text. When the quote is wider than that span
    and the evidence says where the quote begins (``quote_start``, a proposed additive key), only
    the span is marked; otherwise the whole quote is the offending text and all of it is marked.
    Evidence without a span points at a whole document or page: nothing is marked.
    """
    quote = ev.get("quote") or ""
    start, end, qs = ev.get("start"), ev.get("end"), ev.get("quote_start")
    if start is None or end is None:
        return escape(quote)
    if qs is not None and len(quote) > end - start and 0 <= start - qs <= end - qs <= len(quote):
        a, b = start - qs, end - qs
        return (
            escape(quote[:a]) + Markup("<mark>") + escape(quote[a:b]) + Markup("</mark>") + escape(quote[b:])
        )
    return Markup("<mark>") + escape(quote) + Markup("</mark>")


def group_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings grouped by category in the contract's order, with each group's points."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in findings:
        groups[f["code"].split("-")[0]].append(f)
    order = list(CATEGORY_ORDER) + sorted(set(groups) - set(CATEGORY_ORDER))
    return [
        {
            "code": c,
            "name": category_name(c),
            "items": sorted(groups[c], key=lambda f: (f["severity"] != "veto", f["code"], f["rule"])),
            "points": sum(f.get("points") or 0 for f in groups[c]),
        }
        for c in order
        if c in groups
    ]


@cache
def _risk_words() -> dict[str, str]:
    return yaml.safe_load((DATA / "risk_factors.yaml").read_text(encoding="utf-8")) or {}


def risk_factor_words(factor: dict[str, Any]) -> str:
    """A risk factor in words: ``决定书未说明裁量理由，使风险升高``."""
    feature = str(factor.get("feature", ""))
    words = factor.get("text") or _risk_words().get(feature)
    if not words:
        code = re.search(r"(SUBJ|EVID|LAW|PROC|DISC|DOC|SERV|EXEC|ARCH)-\d{2}", feature)
        words = f"存在“{code_name(code.group(0))}”问题" if code else feature
    weight = float(factor.get("weight") or 0)
    return f"{words}，使风险{'升高' if weight >= 0 else '降低'}"


def case_context(rec: dict[str, Any]) -> dict[str, Any]:
    """Everything the case template shows, computed from the record alone."""
    fields = rec.get("fields") or {}
    findings = rec.get("findings") or []
    decision = next(
        (
            d
            for d in rec.get("documents", [])
            if "决定书" in d["doc_type"] and d["doc_type"] != "责令改正通知书"
        ),
        None,
    )
    tl = build_timeline(rec) if rec.get("status") != "error" else None
    return {
        "rec": rec,
        "f": fields,
        "party": fields.get("party") or {},
        "pen": fields.get("penalty") or {},
        "decision": decision,
        "groups": group_findings(findings),
        "vetoes": [f for f in findings if f["severity"] == "veto"],
        "deducted": sum(f.get("points") or 0 for f in findings),
        "waived": rec.get("waived_findings") or [],
        "warnings": rec.get("warnings") or [],
        "timeline": tl,
        "timeline_svg": Markup(timeline_svg(tl)) if tl else "",
        "risk_words": [risk_factor_words(x) for x in ((rec.get("risk") or {}).get("factors") or [])],
        "today": date.today(),
    }


def render_case(rec: dict[str, Any]) -> str:
    """One case report as a self-contained HTML page."""
    return env().get_template("case.html").render(**case_context(rec))


def render_index(records: list[dict[str, Any]], names: list[str] | None = None) -> str:
    """The batch index page linking every case report (``names``: their files, as
    ``report_names`` gives them)."""
    hrefs = names if names is not None else report_names(records)
    rows = [{"rec": r, "href": n} for r, n in zip(records, hrefs, strict=True)]
    return env().get_template("index.html").render(rows=rows, today=date.today())


def write_html_reports(records: list[dict[str, Any]], out: Path) -> None:
    """Write one page per case and ``index.html`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    names = report_names(records)
    for rec, name in zip(records, names, strict=True):
        (out / name).write_text(render_case(rec), encoding="utf-8")
    (out / "index.html").write_text(render_index(records, names), encoding="utf-8")
