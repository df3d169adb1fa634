"""Self-contained HTML case reports and a batch index (jinja2, autoescaped)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

CATEGORY_NAMES = {
    "SUBJ": "主体",
    "EVID": "事实与证据",
    "LAW": "法律适用",
    "PROC": "程序",
    "DISC": "裁量",
    "DOC": "文书制作",
    "SERV": "送达",
    "EXEC": "执行与结案",
    "ARCH": "立卷归档",
}


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("casecheck.report", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["money"] = lambda v: "—" if v is None else f"{v:,.2f} 元"
    return env


def safe_name(case_id: str) -> str:
    """A file name for a case report that cannot escape the output folder."""
    name = re.sub(r"[^\w\u4e00-\u9fff.-]+", "_", case_id).strip("._") or "case"
    return name[:120] + ".html"


def group_findings(rec: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Findings grouped by category, in the contract's category order."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in rec.get("findings", []):
        groups[f["code"].split("-")[0]].append(f)
    return [(CATEGORY_NAMES.get(c, c), groups[c]) for c in CATEGORY_NAMES if c in groups]


def render_case(rec: dict[str, Any]) -> str:
    """One case report as a self-contained HTML page."""
    return _env().get_template("case.html").render(rec=rec, groups=group_findings(rec))


def render_index(records: list[dict[str, Any]]) -> str:
    """The batch index page linking every case report."""
    rows = [{"rec": r, "href": safe_name(r["case_id"])} for r in records]
    return _env().get_template("index.html").render(rows=rows)


def write_html_reports(records: list[dict[str, Any]], out: Path) -> None:
    """Write one page per case and ``index.html`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for rec in records:
        (out / safe_name(rec["case_id"])).write_text(render_case(rec), encoding="utf-8")
    (out / "index.html").write_text(render_index(records), encoding="utf-8")
