"""Campaign charts drawn by matplotlib to SVG strings (CJK glyphs as paths; no font needed to view)."""

from __future__ import annotations

import io
import re
from typing import Any

from casecheck.report.campaign import GRADES, CampaignSummary
from casecheck.report.fonts import matplotlib_setup

ACCENT, MUTED = "#8b1a1a", "#90a4ae"
GRADE_COLORS = {"优秀": "#2e7d32", "良好": "#7cb342", "合格": "#f9a825", "不合格": "#8b1a1a"}


def _svg(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and DOCTYPE: the SVG is inlined
    return re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)  # RDF names no one needs


def _fig(w: float, h: float):
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    matplotlib_setup()
    fig, ax = plt.subplots(figsize=(w, h), dpi=100)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def _integer_axis(axis: Any) -> None:
    """Counts of files are whole numbers: no 0.2 ticks."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def score_histogram(s: CampaignSummary) -> str:
    """Histogram of case scores, 5-point bins, with the grade cut-offs marked."""
    fig, ax = _fig(6.4, 3.2)
    bins = list(range(0, 105, 5))
    ax.hist(s.scores or [0], bins=bins, color=ACCENT, edgecolor="white", alpha=0.85 if s.scores else 0)
    for cut, label in ((90, "优秀"), (80, "良好"), (60, "合格")):
        ax.axvline(cut, color=MUTED, linestyle="--", linewidth=1)
        ax.text(cut + 0.5, ax.get_ylim()[1] * 0.95, label, color="#546e7a", fontsize=9, va="top")
    ax.set_xlabel("评查得分")
    ax.set_ylabel("案卷数")
    _integer_axis(ax.yaxis)
    ax.set_title(f"案卷得分分布（{len(s.scores)} 卷）", fontsize=11)
    return _svg(fig)


def defects_by_category(s: CampaignSummary) -> str:
    """Horizontal bars: files with at least one finding per category."""
    cats = list(reversed(s.categories))
    fig, ax = _fig(6.4, 0.42 * max(len(cats), 2) + 0.9)
    names = [c["name"] for c in cats]
    ax.barh(names, [c["files"] for c in cats], color=ACCENT, alpha=0.85)
    for i, c in enumerate(cats):
        ax.text(c["files"], i, f" {c['files']} 卷 / {c['findings']} 处", va="center", fontsize=9)
    ax.set_xlabel("存在问题的案卷数")
    _integer_axis(ax.xaxis)
    ax.set_title("问题分类分布", fontsize=11)
    ax.margins(x=0.25)
    return _svg(fig)


def agencies_compared(s: CampaignSummary, limit: int = 15) -> str:
    """Stacked bars of grades per agency (the ``limit`` agencies with most files)."""
    rows = sorted(s.agencies, key=lambda a: (-a.files, a.agency))[:limit]
    rows = sorted(rows, key=lambda a: a.mean if a.mean is not None else -1)
    fig, ax = _fig(7.2, 0.36 * max(len(rows), 2) + 1.1)
    names = [a.agency if len(a.agency) <= 16 else a.agency[:15] + "…" for a in rows]
    left = [0] * len(rows)
    for g in GRADES:
        vals = [a.grades.get(g, 0) for a in rows]
        ax.barh(names, vals, left=left, color=GRADE_COLORS[g], label=g)
        left = [x + v for x, v in zip(left, vals, strict=True)]
    for i, a in enumerate(rows):
        mean = "—" if a.mean is None else f"{a.mean:.1f}"
        ax.text(left[i], i, f"  均分 {mean}", va="center", fontsize=8.5, color="#37474f")
    ax.set_xlabel("案卷数")
    _integer_axis(ax.xaxis)
    ax.set_title("各执法机关评查等次", fontsize=11)
    ax.legend(ncol=4, fontsize=8.5, frameon=False, loc="lower right", bbox_to_anchor=(1, 1.0))
    ax.margins(x=0.2)
    ax.tick_params(axis="y", labelsize=8.5)
    return _svg(fig)


def campaign_charts(s: CampaignSummary) -> dict[str, str]:
    """All campaign charts by name (``scores``, ``categories``, ``agencies``)."""
    return {
        "scores": score_histogram(s),
        "categories": defects_by_category(s),
        "agencies": agencies_compared(s),
    }
