"""The case timeline as an inline SVG chart (no script, no external font or file).

Steps sit on a date axis with their labels stacked in lanes so none overlap; each deadline is a
bar from the step that starts it to the day it falls due, with a dot where the file's own step
lies (red when the period was missed). A deadline that ends far outside the case's span (the
two-year 追诉时效) is drawn to the edge with an arrow and its due date written out.
"""

from __future__ import annotations

from datetime import date, timedelta
from xml.sax.saxutils import escape

from casecheck.report.timeline import Timeline

W, LEFT, RIGHT = 900, 170, 24
LANE_H, BAR_H, ROW_H = 34, 12, 26
CHAR_W = 13.5  # width of one CJK character at font-size 13 (labels are measured, not rendered)
OK, BAD, OPEN, INK, GRID = "#2e7d32", "#b71c1c", "#9e9e9e", "#263238", "#cfd8dc"


def _label_width(text: str) -> float:
    return sum(CHAR_W if ord(ch) > 0x2E80 else CHAR_W * 0.55 for ch in text) + 8


def timeline_svg(tl: Timeline) -> str:
    """The chart as an ``<svg>`` element (empty string when the file dates no step)."""
    if not tl.steps:
        return ""
    first = min(s.date for s in tl.steps)
    last = max(s.date for s in tl.steps)
    span_end = max([last] + [d.due for d in tl.deadlines if (d.due - last).days <= 120])
    lo, hi = first - timedelta(days=2), span_end + timedelta(days=3)
    total = max((hi - lo).days, 1)

    def x(d: date) -> float:
        d = min(max(d, lo), hi)
        return LEFT + (W - LEFT - RIGHT) * (d - lo).days / total

    # lanes: greedy, a label goes to the lowest lane where it does not overlap its left neighbour
    lanes_end: list[float] = []
    placed = []
    for s in tl.steps:
        text = f"{s.label} {s.date:%m-%d}"
        x0, w = x(s.date) + 3, _label_width(text)
        lane = next((i for i, end in enumerate(lanes_end) if x0 > end), len(lanes_end))
        if lane == len(lanes_end):
            lanes_end.append(0.0)
        lanes_end[lane] = x0 + w
        placed.append((s, text, lane))
    n_lanes = len(lanes_end)
    axis_y = 20 + n_lanes * LANE_H
    rows_y = axis_y + 48
    height = rows_y + len(tl.deadlines) * ROW_H + 12
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {W} {height}" '
        f'width="100%" role="img" aria-label="案件办理时间轴" font-size="13">',
        f'<line x1="{LEFT}" y1="{axis_y}" x2="{W - RIGHT}" y2="{axis_y}" stroke="{INK}" stroke-width="1.5"/>',
    ]
    out += _month_ticks(lo, hi, x, axis_y, height)
    # leader lines first, then each label on a white ground, so no line runs through a label
    for s, _, lane in placed:
        cx = x(s.date)
        ly = axis_y - 12 - lane * LANE_H
        out.append(f'<line x1="{cx:.1f}" y1="{ly - 12}" x2="{cx:.1f}" y2="{axis_y}" stroke="{GRID}"/>')
    for s, text, lane in placed:
        cx = x(s.date)
        ly = axis_y - 12 - lane * LANE_H
        out.append(
            f'<rect x="{cx + 1:.1f}" y="{ly - 13}" width="{_label_width(text) - 2:.1f}" '
            'height="17" fill="#fff"/>'
        )
        out.append(
            f'<text x="{cx + 3:.1f}" y="{ly}" fill="{INK}"><title>{escape(s.label)} '
            f"{s.date:%Y-%m-%d}</title>{escape(text)}</text>"
        )
    for s, _, _ in placed:
        out.append(
            f'<circle cx="{x(s.date):.1f}" cy="{axis_y}" r="4.5" fill="#fff" '
            f'stroke="{INK}" stroke-width="1.5"/>'
        )
    out.append(f'<text x="8" y="{axis_y + 4}" fill="{INK}" font-weight="bold">办理步骤</text>')
    if tl.deadlines:
        out.append(f'<text x="8" y="{rows_y - 12}" fill="{INK}" font-weight="bold">法定期限</text>')
    for i, d in enumerate(tl.deadlines):
        y = rows_y + i * ROW_H
        color = OPEN if d.met is None else (OK if d.met else BAD)
        x1, x2 = x(d.start), x(d.due)
        out.append(f'<text x="8" y="{y + BAR_H - 2}" fill="{INK}">{escape(d.label)}</text>')
        out.append(
            f'<rect x="{x1:.1f}" y="{y}" width="{max(x2 - x1, 2):.1f}" height="{BAR_H}" rx="3" '
            f'fill="{color}" fill-opacity="0.18" stroke="{color}"><title>{escape(d.label)}：'
            f"{escape(d.requirement)}；{escape(d.outcome)}</title></rect>"
        )
        if d.due > hi:
            out.append(
                f'<text x="{x2 - 4:.1f}" y="{y + BAR_H - 2}" text-anchor="end" fill="{INK}">'
                f"→ {d.due:%Y-%m-%d}</text>"
            )
        else:
            out.append(
                f'<line x1="{x2:.1f}" y1="{y - 3}" x2="{x2:.1f}" y2="{y + BAR_H + 3}" '
                f'stroke="{color}" stroke-width="2"/>'
            )
        if d.end is not None:
            ex = x(d.end)
            shape = f"M{ex:.1f} {y + BAR_H / 2 - 5} l5 5 l-5 5 l-5 -5z"
            out.append(f'<path d="{shape}" fill="{color if d.met is False else INK}"/>')
    out.append("</svg>")
    return "\n".join(out)


def _month_ticks(lo: date, hi: date, x, axis_y: float, height: float) -> list[str]:
    """Grid lines and labels at month starts (at weeks when the case spans under six weeks)."""
    out = []
    short = (hi - lo).days < 42
    d = lo + timedelta(days=(7 - lo.weekday()) % 7) if short else date(lo.year, lo.month, 1)
    first = True
    while d <= hi:
        if d >= lo:
            tx = x(d)
            if short:
                label = f"{d.month}月{d.day}日"
            else:
                label = f"{d.year}年{d.month}月" if first or d.month == 1 else f"{d.month}月"
            first = False
            out.append(
                f'<line x1="{tx:.1f}" y1="{axis_y}" x2="{tx:.1f}" y2="{height - 6}" stroke="{GRID}" '
                f'stroke-dasharray="2 3"/>'
            )
            out.append(
                f'<text x="{tx:.1f}" y="{axis_y + 16}" fill="#607d8b" font-size="11" '
                f'text-anchor="middle">{label}</text>'
            )
        if short:
            d += timedelta(days=7)
        else:
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out
