"""The 评查表 workbook (openpyxl): a summary sheet per agency and one sheet per case.

What a reviewer expects of a spreadsheet: Chinese headers, the header row frozen, filters on,
columns wide enough to read, long text wrapped, numbers as numbers.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from casecheck.report.campaign import GRADES, campaign_summary, is_failed
from casecheck.report.catalog import SEVERITY_NAMES, category_name, code_name

HEADER_FILL = "DCE3E8"
# characters a worksheet cannot hold (openpyxl refuses the whole workbook over one)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _put(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write ``value`` into a cell as what it is: text from a case file stays text, even when it
    opens with ``=`` (a file named =cmd|' calc'!A1 must not become a formula), and control
    characters a workbook cannot hold are dropped."""
    c = ws.cell(row=row, column=column)
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        c.value = value
        if value.startswith("="):
            c.data_type = "s"
    else:
        c.value = value
    return c


def _sheet_title(name: str, taken: set[str]) -> str:
    """A legal, unique sheet title (≤31 chars, no ``[]:*?/\\``)."""
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:28] or "sheet"
    title, i = base, 2
    while title in taken:
        title, i = f"{base[:26]}~{i}", i + 1
    taken.add(title)
    return title


def _table(ws: Any, headers: list[str], rows: list[list[Any]], widths: list[int], start_row: int = 1) -> None:
    """Write a header row and rows; freeze below the header, filter, size and wrap."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="B0BEC5")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(headers, 1):
        c = _put(ws, start_row, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=HEADER_FILL)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border
    for i, row in enumerate(rows, start_row + 1):
        for j, v in enumerate(row, 1):
            c = _put(ws, i, j, v)
            c.alignment = Alignment(vertical="top", wrap_text=isinstance(v, str) and len(v) > 12)
            c.border = border
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    last = get_column_letter(len(headers))
    ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    ws.auto_filter.ref = f"A{start_row}:{last}{start_row + max(len(rows), 1)}"


def _case_sheet(ws: Any, rec: dict[str, Any]) -> None:
    """One case's 评查表: a header block, then one line per finding / unreviewable / waived item."""
    from openpyxl.styles import Font

    f = rec.get("fields") or {}
    party = (f.get("party") or {}).get("name") or "—"
    _put(ws, 1, 1, f"行政处罚案卷评查表　案卷 {rec['case_id']}").font = Font(bold=True, size=13)
    _put(ws, 2, 1, f"执法机关：{f.get('agency') or '—'}　当事人：{party}")
    score = "—" if rec.get("score") is None else f"{rec['score']:.1f}"
    _put(ws, 3, 1, f"得分：{score}　等次：{rec.get('grade') or '—'}　评查标准：{rec.get('profile')}")
    if rec.get("status") == "error":
        err = rec.get("error") or {}
        _put(ws, 4, 1, f"无法评查：{err.get('kind')} {err.get('message')}")
    rows = []
    for x in rec.get("findings", []):
        ev = "\n".join(
            f"{e.get('document') or '—'} 第{e.get('page') or '?'}页：{e.get('quote', '')}"
            for e in x.get("evidence", [])
        )
        rows.append(
            [
                category_name(x["code"].split("-")[0]),
                x["code"],
                x["rule"],
                code_name(x["code"]),
                SEVERITY_NAMES.get(x["severity"], x["severity"]),
                x.get("points") or 0,
                x["message"],
                x.get("basis") or "",
                x.get("remediation") or "",
                ev,
                "问题",
            ]
        )
    for u in rec.get("unreviewable", []):
        rows.append(
            [
                category_name(u["code"].split("-")[0]),
                u["code"],
                u["rule"],
                code_name(u["code"]),
                "—",
                0,
                u["reason"],
                "",
                "人工核查",
                "",
                "无法评查",
            ]
        )
    for x in rec.get("waived_findings", []) or []:
        w = x.get("waived") or {}
        rows.append(
            [
                category_name(x["code"].split("-")[0]),
                x["code"],
                x["rule"],
                code_name(x["code"]),
                SEVERITY_NAMES.get(x["severity"], x["severity"]),
                0,
                x["message"],
                x.get("basis") or "",
                f"已豁免：{w.get('reason', '')}（{w.get('who', '')} {w.get('when', '')}）",
                "",
                "已豁免",
            ]
        )
    headers = [
        "类别",
        "代码",
        "规则",
        "评查项目",
        "性质",
        "扣分",
        "问题描述",
        "法律依据",
        "整改建议",
        "证据",
        "状态",
    ]
    _table(ws, headers, rows, [10, 9, 10, 20, 6, 6, 40, 24, 32, 40, 9], start_row=5)
    total = 5 + len(rows) + 1
    ws.cell(row=total, column=5, value="合计扣分").font = Font(bold=True)
    ws.cell(
        row=total, column=6, value=sum(x.get("points") or 0 for x in rec.get("findings", []))
    ).font = Font(bold=True)


def write_xlsx(records: list[dict[str, Any]], out: Path) -> Path:
    """Write the workbook: 汇总 (per agency), 案卷一览 (per case), then one 评查表 per case."""
    from openpyxl import Workbook

    wb = Workbook()
    s = campaign_summary(records)
    ws = wb.active
    ws.title = "汇总"
    rows = [
        [
            a.agency,
            a.files,
            a.mean,
            a.median,
            *[a.grades.get(g, 0) for g in GRADES],
            a.failed,
            a.errors,
            a.findings,
        ]
        for a in s.agencies
    ]
    _table(
        ws,
        ["执法机关", "案卷数", "平均分", "中位数", *GRADES, "不合格/否决", "未能评查", "问题数"],
        rows,
        [34, 8, 8, 8, 7, 7, 7, 8, 11, 9, 8],
    )
    taken = {"汇总", "案卷一览"}
    titles = [_sheet_title(str(r["case_id"]), taken) for r in records]  # one each, ids repeated too
    ws = wb.create_sheet("案卷一览")
    rows = []
    for r, title in zip(records, titles, strict=True):
        f = r.get("fields") or {}
        rows.append(
            [
                r["case_id"],
                f.get("agency"),
                (f.get("party") or {}).get("name"),
                r.get("score"),
                r.get("grade"),
                "是" if is_failed(r) else "",
                len(r.get("findings", [])),
                len(r.get("unreviewable", [])),
                "; ".join(sorted({x["code"] for x in r.get("findings", [])})),
                title,
            ]
        )
    _table(
        ws,
        [
            "案卷",
            "执法机关",
            "当事人",
            "得分",
            "等次",
            "不合格/否决",
            "问题数",
            "无法评查",
            "问题代码",
            "评查表",
        ],
        rows,
        [20, 30, 26, 7, 7, 10, 7, 8, 30, 20],
    )
    for i, title in enumerate(titles, 2):
        c = ws.cell(row=i, column=10)
        c.hyperlink = f"#'{title}'!A1"
        c.style = "Hyperlink"
    for r, title in zip(records, titles, strict=True):
        _case_sheet(wb.create_sheet(title), r)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
