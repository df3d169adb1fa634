"""Reading order for a PDF page whose text layer lists a form's labels before its values.

A form filled by placing each piece of text absolutely (reporting tools, flattened PDF forms)
may write every label first and the values afterwards, in any order: pdfium's text range then
gives ``当事人：`` on one line and the party's name ten lines further down. Such a page shows
itself in its text: a run of lines that are bare labels (``案件来源：``, ``当事人：`` …). Only then
the page is read again by position: characters grouped into lines by their vertical extent,
each line left to right. The positional text is taken when it pairs the labels with values that
the text layer gives further down (``_pairings``); a blank form (nothing to pair), a blank
signature block and a label beside a cell of several lines keep pdfium's text.

``reading_order`` also gives, for each character of the text it returns, pdfium's index of that
character (-1 for the spaces and line breaks it inserts), so evidence boxes can be drawn on the
page (``casecheck.web.pdfmarks``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

import pypdfium2.raw as pdfium_c

# a line that is a label and nothing else: a short run without spaces, then a colon
_LABEL_BODY = r"[^\S\n]*[^\s：:。，；]{1,14}[：:]"
_BARE_LABEL = rf"{_LABEL_BODY}[^\S\n]*\n"
# a table's label cells written column by column carry no colon: a run of short lines of words alone
# (时间⏎地点⏎询问人⏎记录人⏎被询问人⏎…), as long as a form's column of labels
_WORD_BODY = r"[^\S\n]*[\u4e00-\u9fa5]{2,10}"
_WORD_CELL = rf"{_WORD_BODY}[^\S\n]*\n"
_LABEL_RUN = re.compile(rf"(?m)^{_BARE_LABEL}(?:{_BARE_LABEL}){{2}}|^(?:{_WORD_CELL}){{6}}")
_BARE_LINE = re.compile(rf"(?m)^{_BARE_LABEL}")
_MIN_BARE = 4  # bare label lines on the page before it is read by position
_GAP = 1.0  # a gap wider than a character's height between two characters: a space (a title
# spaced out as 行 政 处 罚 决 定 书 has narrower gaps; table cells wider ones)


def labels_first(text: str) -> bool:
    """Whether the page text shows three bare label lines in a row (four or more in all), or six
    lines of words alone in a row, most of them labels (a column of label cells)."""
    m = _LABEL_RUN.search(text)
    if m is None:
        return False
    if m.group(0).count("\n") >= 6:
        return _label_column(m.group(0))
    return len(_BARE_LINE.findall(text)) >= _MIN_BARE


# a label cell's word: what a form asks for (询问人, 时间, 身份证号, 联系电话 …), not a name (张某某)
_LABEL_WORD = re.compile(
    r"^\s*[\u4e00-\u9fa5]{0,8}(?:人|时间|地点|日期|号|码|电话|名称|地址|住所|住址|职务|单位|来源|案由|方式"
    r"|情况|意见|依据|结果|签名|种类|内容|事项|期限|类别|性别|年龄|民族|代表|经过|事实|证据|理由|建议|结论"
    r"|金额|数量|场所|类型|资本|范围)\s*$"
)


def _label_column(run: str) -> bool:
    """Half the lines of a run of words alone or more are labels (a list of names is no column of
    label cells: 参加人员签名⏎张某某⏎李某某…)."""
    words = [line for line in run.split("\n") if line.strip()]
    return 2 * sum(bool(_LABEL_WORD.match(w)) for w in words) >= len(words)


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
    extent holds its middle; a few small characters raised over a line (m², a footnote mark)
    join the line they overlap."""
    lines: list[list[Any]] = []  # [bottom, top, chars]
    for ch in sorted(chars, key=lambda c: -(c[2] + c[3])):
        middle = (ch[2] + ch[3]) / 2
        for line in reversed(lines[-3:]):
            if line[0] <= middle <= line[1]:
                line[2].append(ch)
                break
        else:
            lines.append([ch[2], ch[3], [ch]])
    merged: list[list[Any]] = []
    for line in lines:
        above = merged[-1] if merged else None
        if above is not None and len(above[2]) <= _RAISED_MAX and _raised(above, line):
            merged[-1] = [line[0], line[1], above[2] + line[2]]
        else:
            merged.append(line)
    return merged


_RAISED_MAX = 3  # characters of a superscript run


def _raised(small: list[Any], line: list[Any]) -> bool:
    """``small`` (a line of a few characters) is set over ``line``: shorter, and half of it or
    more within ``line``'s extent."""
    height = small[1] - small[0]
    overlap = min(small[1], line[1]) - max(small[0], line[0])
    return height < 0.8 * (line[1] - line[0]) and overlap >= 0.5 * height


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
    pairs at least two bare labels (and half of them) with their values (``_pairings``); else
    ``None``."""
    if not labels_first(text):
        return None
    positional, index = reading_order(textpage)
    paired, bare = _pairings(textpage, text, positional, index)
    return (positional, index) if paired >= 2 and 2 * paired >= bare else None


def restacked(textpage: Any, text: str) -> tuple[str, list[int]] | None:
    """Another page of a file that lists labels first (``reordered`` took one of its pages): its
    positional text when that pairs half its bare labels with their values, or holds the very
    same lines in another order (the tool wrote the lines bottom-up); else ``None``. A page in two
    columns keeps its text: read by position its lines would join the columns, so they are not
    the same; so does a page of rotated text (read by position, a character a line).
    """
    positional, index = reading_order(textpage)
    if _BARE_LINE.search(text):
        paired, bare = _pairings(textpage, text, positional, index)
        if paired and 2 * paired >= bare:
            return positional, index
    before, after = _squashed_lines(text), _squashed_lines(positional)
    if before != after and sorted(before) == sorted(after):
        return positional, index
    return None


def _pairings(textpage: Any, text: str, positional: str, index: list[int]) -> tuple[int, int]:
    """How many bare label lines of ``text`` reading by position pairs with a value, and how many
    bare label lines ``text`` has.

    A label is paired when its positional line goes on with a line of ``text`` that stands further
    down than the next line, and every line of ``text`` between the two is read by position below
    the pair or is the value of a pair above: the labels listed first, the values after them
    (bottom-up or top-down). A label beside a cell of several
    lines (its middle line on the label's row, its first line above) or beside another label (a
    blank signature block in two cells) is not paired: that page's text was in order already.
    """
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    split = text.split("\n")
    bare = {k for k, line in enumerate(split) if _BARE_COLON.match(line)}
    run = _LABEL_RUN.search(text)
    if run and run.group(0).count("\n") >= 6 and _label_column(run.group(0)):
        # a column of label cells: its label words (not the values after it, nor a title in it)
        k = text.count("\n", 0, run.start())
        while k < len(split) and _WORD_ONLY.match(split[k]):
            if _LABEL_WORD.match(split[k]):
                bare.add(k)
            k += 1
    if not bare:
        return 0, 0
    line_of: dict[int, int] = {}  # pdfium character index → line of ``text``
    to_text = pdfium_c.FPDFText_GetTextIndexFromCharIndex
    rows: list[list[int]] = [[]]  # positional lines as the lines of ``text`` their characters are on
    for ch, k in zip(positional, index, strict=True):
        if ch == "\n":
            rows.append([])
            continue
        if k < 0:
            continue
        line = line_of.get(k)
        if line is None:
            at = to_text(textpage, k)
            line = line_of[k] = bisect_right(starts, at) - 1 if at >= 0 else -1
        if line >= 0 and (not rows[-1] or rows[-1][-1] != line):
            rows[-1].append(line)
    first_row: dict[int, int] = {}
    for r, row in enumerate(rows):
        for line in row:
            first_row.setdefault(line, r)
    paired = 0
    values: set[int] = set()  # lines of ``text`` already read as the value of a pair above
    for r, row in enumerate(rows):
        if len(row) < 2 or row[0] not in bare or row[1] in bare or row[1] <= row[0] + 1:
            continue
        if all(first_row.get(m, r + 1) > r or m in values for m in range(row[0] + 1, row[1])):
            paired += 1
            values.update(row[1:])
    return paired, len(bare)


_NEWLINE = re.compile(r"\n")
# the same lines one at a time (a line of ``text.split("\n")``, its ``\r`` kept)
_BARE_COLON = re.compile(rf"^{_LABEL_BODY}\s*$")
_WORD_ONLY = re.compile(rf"^{_WORD_BODY}\s*$")


def _squashed_lines(text: str) -> list[str]:
    return [squashed for line in text.splitlines() if (squashed := "".join(line.split()))]
