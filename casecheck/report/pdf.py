"""PDF case reports through WeasyPrint, with CJK fonts that cannot silently go missing.

Before rendering, every character of the page is checked against the installed fonts
(:func:`casecheck.report.fonts.require_coverage`); a character no font can draw raises
:class:`~casecheck.report.fonts.FontMissing` instead of printing a box. WeasyPrint fetches
nothing from the network: the page is self-contained and the URL fetcher refuses any ``http``.
"""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path
from typing import Any

from casecheck.report.fonts import css_font_faces, require_coverage


def _no_network(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    from weasyprint import default_url_fetcher

    if not url.startswith(("file:", "data:")):
        raise ValueError(f"report PDF refuses to fetch {url}")
    return default_url_fetcher(url, *args, **kwargs)


def visible_text(html: str) -> str:
    """The text a page shows (tags, styles and entities resolved), for the glyph check."""
    html = re.sub(r"<(style|script)\b.*?</\1>", "", html, flags=re.S)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", html))


def html_to_pdf(html: str, out: Path) -> Path:
    """Write ``html`` as a PDF at ``out`` (A4, page numbers); raises ``FontMissing``."""
    from weasyprint import CSS, HTML

    require_coverage(visible_text(html))
    out.parent.mkdir(parents=True, exist_ok=True)
    HTML(string=html, url_fetcher=_no_network).write_pdf(out, stylesheets=[CSS(string=css_font_faces())])
    return out


def write_case_pdf(rec: dict[str, Any], out: Path) -> Path:
    """The case report of one record as a PDF."""
    from casecheck.report.html import render_case

    return html_to_pdf(render_case(rec), out)
