"""Plain-text case files: pages separated by form feeds, UTF-8 or GB18030."""

from __future__ import annotations

from pathlib import Path

from casecheck.generate.case import GenCase
from casecheck.generate.layout import Laid, Page, footer


def page_text(page: Page, case: GenCase) -> str:
    """One page's text with its printed page number at the foot."""
    text = "\n".join(page.lines)
    if page.number is not None:
        text += "\n\n" + " " * 30 + footer(page.number, case)
    return text


def write_text(
    laid: Laid, case: GenCase, path: Path, encoding: str, pages: list[Page] | None = None, crlf: bool = False
) -> None:
    """Write the pages of ``laid`` (or just ``pages``) to ``path``; ``crlf`` for Windows line ends."""
    body = "\f".join(page_text(p, case) for p in (pages if pages is not None else laid.pages)) + "\n"
    if crlf:
        body = body.replace("\n", "\r\n")
    path.write_bytes(body.encode(encoding))
