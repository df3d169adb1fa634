"""Plain-text rendering of one review record, for terminals and logs."""

from __future__ import annotations

from typing import Any


def render_text(rec: dict[str, Any]) -> str:
    """A readable block: header, documents, findings with evidence, checks that could not run."""
    lines = [f"== {rec['case_id']}  ({rec['source']})"]
    if rec["status"] == "error":
        err = rec["error"] or {}
        lines.append(f"   无法评查本案卷 [{err.get('kind')}]: {err.get('message')}")
        return "\n".join(lines)
    f = rec.get("fields") or {}
    party = (f.get("party") or {}).get("name") or "—"
    pen = f.get("penalty") or {}
    lines.append(
        f"   机关 {f.get('agency') or '—'}  当事人 {party}  程序 {pen.get('procedure') or '—'}  "
        f"罚款 {_money(pen.get('fine_yuan'))}"
    )
    score = "—" if rec.get("score") is None else f"{rec['score']:.1f}"
    lines.append(f"   评分 {score}  等次 {rec.get('grade') or '—'}  标准 {rec.get('profile')}")
    risk = rec.get("risk")
    if risk:
        flag = "建议复核" if risk.get("flag") else "—"
        lines.append(f"   风险 {risk['probability']:.2f} {flag}")
    lines.append(f"   文书 {len(rec['documents'])} 份:")
    for d in rec["documents"]:
        num = f" {d['doc_number']}" if d.get("doc_number") else ""
        date = f" {d['date']}" if d.get("date") else ""
        lines.append(f"     - {d['doc_type']}{num}{date}  [{d['file']} 第{d['pages'][0]}-{d['pages'][1]}页]")
    lines.append(f"   问题 {len(rec['findings'])} 项:")
    for fd in rec["findings"]:
        lines.append(f"     ! {fd['code']} {fd['rule']} [{fd['severity']} -{fd['points']:g}] {fd['message']}")
        for ev in fd.get("evidence", [])[:2]:
            where = f"{ev.get('document') or '—'} 第{ev.get('page') or '?'}页"
            lines.append(f"         见 {where}: “{_clip(ev.get('quote', ''))}”")
    if rec.get("unreviewable"):
        lines.append(f"   无法评查 {len(rec['unreviewable'])} 项:")
        for u in rec["unreviewable"]:
            lines.append(f"     ? {u['code']} {u['rule']}: {u['reason']}")
    return "\n".join(lines)


def _money(v: float | None) -> str:
    return "—" if v is None else f"{v:,.2f}元"


def _clip(s: str, n: int = 60) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"
