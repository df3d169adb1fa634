"""Reading order for a PDF page whose text layer lists a form's labels before its values.

A form filled by placing each piece of text absolutely (reporting tools, flattened PDF forms)
may write every label first and the values afterwards, in any order: pdfium's text range then
gives ``当事人：`` on one line and the party's name ten lines further down. Such a page shows
itself in its text: a run of lines that are bare labels (``案件来源：``, ``当事人：`` …). Only then
the page is read again by position: characters grouped into lines by their vertical extent,
each line left to right. The positional text is taken when it pairs the labels with their values
(far fewer bare label lines); a page with a blank form (nothing to pair) keeps its text.

``reading_order`` also gives, for each character of the text it returns, pdfium's index of that
character (-1 for the spaces and line breaks it inserts), so evidence boxes can be drawn on the
page (``casecheck.web.pdfmarks``).
"""

from __future__ import annotations

import re
from typing import Any

import pypdfium2.raw as pdfium_c

# a line that is a label and nothing else: a short run without spaces, then a colon
_BARE_LABEL = r"[^\S\n]*[^\s：:。，；]{1,14}[：:][^\S\n]*\n"
_LABEL_RUN = re.compile(rf"(?m)^{_BARE_LABEL}(?:{_BARE_LABEL}){{2}}")
_BARE_LINE = re.compile(rf"(?m)^{_BARE_LABEL}")
_MIN_BARE = 4  # bare label lines on the page before it is read by position
_GAP = 0.6  # a gap wider than this many character heights between two characters: a space


def labels_first(text: str) -> bool:
    """Whether the page text shows three bare label lines in a row, four or more in all."""
    return _LABEL_RUN.search(text) is not None and len(_BARE_LINE.findall(text)) >= _MIN_BARE


def _chars(textpage: Any) -> list[tuple[float, float, float, float, str, int]]:
    """(left, right, bottom, top, character, index) of each drawn character on the page, from
    its loose box (the font's advance and line height, not the ink: a ``一`` or a ``：`` has the
    height and width of its neighbours)."""
    n = pdfium_c.FPDFText_CountChars(textpage)
    rect = pdfium_c.FS_RECTF()
    out = []
    for i in range(max(n, 0)):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if code in (0, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF or code in (10, 13):
            continue
        if pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect) or rect.top <= rect.bottom:
            continue
        out.append((rect.left, rect.right, rect.bottom, rect.top, chr(code), i))
    return out


def _lines(chars: list[tuple[float, float, float, float, str, int]]) -> list[list[Any]]:
    """Characters grouped into lines, top to bottom: a character joins the line whose vertical
    extent holds its middle."""
    lines: list[list[Any]] = []  # [bottom, top, chars]
    for ch in sorted(chars, key=lambda c: -(c[2] + c[3])):
        middle = (ch[2] + ch[3]) / 2
        for line in reversed(lines[-3:]):
            if line[0] <= middle <= line[1]:
                line[2].append(ch)
                break
        else:
            lines.append([ch[2], ch[3], [ch]])
    return lines


def reading_order(textpage: Any) -> tuple[str, list[int]]:
    """The page's text by position and pdfium's character index of each character of it."""
    text: list[str] = []
    index: list[int] = []
    for _bottom, _top, chars in _lines(_chars(textpage)):
        chars.sort(key=lambda c: c[0])
        previous = None
        for ch in chars:
            if previous is not None and ch[0] - previous[1] > _GAP * (ch[3] - ch[2]):
                text.append(" ")
                index.append(-1)
            text.append(ch[4])
            index.append(ch[5])
            previous = ch
        text.append("\n")
        index.append(-1)
    return "".join(text), index


def reordered(textpage: Any, text: str) -> tuple[str, list[int]] | None:
    """The positional text of a page whose ``text`` lists labels first, when reading by position
    pairs the labels with values (half as many bare label lines or fewer); else ``None``."""
    if not labels_first(text):
        return None
    positional, index = reading_order(textpage)
    if 2 * len(_BARE_LINE.findall(positional)) > len(_BARE_LINE.findall(text)):
        return None
    return positional, index


def restacked(textpage: Any, text: str) -> tuple[str, list[int]] | None:
    """Another page of a file that lists labels first (``reordered`` took one of its pages): its
    positional text when that pairs bare labels with values, or holds the very same lines in
    another order (the tool wrote the lines bottom-up); else ``None``. A page in two columns
    keeps its text: read by position its lines would join the columns, so they are not the same.
    """
    positional, index = reading_order(textpage)
    bare = len(_BARE_LINE.findall(text))
    if bare and 2 * len(_BARE_LINE.findall(positional)) <= bare:
        return positional, index
    before, after = _squashed_lines(text), _squashed_lines(positional)
    if before != after and sorted(before) == sorted(after):
        return positional, index
    return None


def _squashed_lines(text: str) -> list[str]:
    return [squashed for line in text.splitlines() if (squashed := "".join(line.split()))]
