"""Small text helpers shared by the extractors: lines, clauses, quote masking, CJK classes.

All helpers keep character offsets: masking replaces characters one for one, so spans found in a
masked text are spans of the original ``Document.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from casecheck.extract.patterns import fast_compile

CJK = "\u4e00-\u9fa5"
# Quotation pairs whose content is quoted law text or a quoted statement, not the document's voice.
_QUOTES = re.compile(r"“[^“”]{0,600}”|「[^「」]{0,600}」|\"[^\"\n]{0,600}\"")
CLAUSE_SEP = "，。；;,:：\n"
SENTENCE_SEP = "。；;\n"
# 本决定书已向我宣告并送交 / 已向本人宣读并交付: a police decision's own 宣告、送达 block, which the party
# signs and dates (公安机关办理行政案件程序规定: the decision is announced and handed over)
SPOT_ACK = r"(?:已|业已)向(?:我|本人)(?:宣告|宣读)(?:并|、|和)?(?:送达|送交|交付)"
# …and signed: a name after it (被处罚人：李某 / （签名）李某), not the printed blank (被处罚人：  年 月 日)
_SIGN_NOTE = r"[(（]签[名字章][)）]"
SPOT_ACK_SIGNED = (
    SPOT_ACK
    + rf"[。，,；;]?\s*(?:[\u4e00-\u9fa5]{{2,10}}(?:{_SIGN_NOTE})?[：:])?\s*(?:{_SIGN_NOTE})?\s*"
    # the name, then its date, a space, a cell border or the line's end (not 一式三份，被处罚人…)
    + r"(?!(?:被处罚|被告知|受送达|当事)(?:人|单位))"  # the label itself, no name written after it
    + r"[\u4e00-\u9fa5·]{2,30}(?:[(（](?:[捺按]?指印|[捺按]?手印|捺印)[)）])?(?=[\s\d│|]|[，,]\s*\d|$)"
)


def mask_quotes(text: str, fill: str = "＿", keep_short: int = 0) -> str:
    """``text`` with the content of quotation marks replaced by ``fill`` (same length); quotes of
    at most ``keep_short`` characters (a term: “一般”档次) are kept."""

    def repl(m: re.Match[str]) -> str:
        """The quote with its content replaced, quotation marks kept."""
        s = m.group(0)
        if len(s) - 2 <= keep_short:
            return s
        return s[0] + fill * (len(s) - 2) + s[-1]

    if "“" not in text and "「" not in text and '"' not in text:
        return text  # every quote _QUOTES masks opens with one of these
    return _QUOTES.sub(repl, text)


def lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, line)`` for every line of ``text`` (without the newline)."""
    pos = 0
    for raw in text.split("\n"):
        yield pos, pos + len(raw), raw
        pos += len(raw) + 1


def line_end(text: str, start: int) -> int:
    """Where the line holding ``start`` ends (its newline, or the end of the text)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def sentence_bounds(text: str, pos: int, seps: str = SENTENCE_SEP) -> tuple[int, int]:
    """Start and end offsets of the sentence holding ``pos``."""
    lo = max((text.rfind(c, 0, pos) for c in seps), default=-1) + 1
    his = [i for i in (text.find(c, pos) for c in seps) if i >= 0]
    return lo, min(his) if his else len(text)


# A line that ends a sentence, and a next line that starts a new item (一、 / （二） / 1. / 标签：).
_LINE_DONE = re.compile(r"[。；;：:！？!?）)]\s*$|^\s*$")
_NEW_ITEM = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|$)"
)
_LABEL = re.compile(r"^\s*\S{1,8}[:：]")


def wrapped_end(text: str, hi: int, max_lines: int = 2) -> int:
    """``hi`` (a sentence end at a line break) moved past lines the sentence wraps onto.

    Text laid out on a page breaks a sentence mid-way (``…的规定，当场作出如下行\n政处罚：…``); the
    sentence goes on when its line does not end in closing punctuation and the next line does not
    start a new item; a next line that opens with ``标签：`` (``政处罚：警告``) continues it only
    when the line is not itself a ``标签：值`` field line and is long enough to have wrapped (page
    widths are not compared: ingestion may have joined other lines, and Latin digits are narrow).
    """
    for _ in range(max_lines):
        if hi >= len(text) or text[hi] != "\n":
            break
        line_start = text.rfind("\n", 0, hi) + 1
        nxt_end = text.find("\n", hi + 1)
        nxt = text[hi + 1 : nxt_end if nxt_end >= 0 else len(text)]
        line = text[line_start:hi]
        if _LINE_DONE.search(line) or _NEW_ITEM.match(nxt):
            break
        if _LABEL.match(nxt) and (_LABEL.match(line) or len(line.strip()) < 20):
            break
        stops = [i for i in (text.find(c, hi + 1) for c in "。；;\n") if i >= 0]
        hi = min(stops) if stops else len(text)
    return hi


_INDENT = fast_compile(r"^[ \u3000]{2,}\S")


def wrapped_start(text: str, lo: int, max_lines: int = 2) -> int:
    """``lo`` (a sentence start at a line start) moved back over lines the sentence wrapped from.

    The mirror of ``wrapped_end``: ``…依据《某某法》\n第六十条的规定`` is one sentence when the line
    above does not end in closing punctuation and this line neither starts a new item, a
    ``标签：`` field nor an indented paragraph."""
    for _ in range(max_lines):
        if lo <= 0 or text[lo - 1] != "\n":
            break
        prev_start = text.rfind("\n", 0, lo - 1) + 1
        cur_end = text.find("\n", lo)
        cur = text[lo : cur_end if cur_end >= 0 else len(text)]
        if _LINE_DONE.search(text[prev_start : lo - 1]) or _NEW_ITEM.match(cur):
            break
        if _LABEL.match(cur) or _INDENT.match(cur):
            break
        stop = max(text.rfind(c, prev_start, lo - 1) for c in "。；;")
        lo = stop + 1 if stop >= 0 else prev_start
        if stop >= 0:
            break
    return lo


# A form cell's text wrapped onto the next row, whose label cell is blank: ``…第七│\n│    │十七条``
# (box-drawn), ``…建议立案，\n\t由张三办理`` (tab-separated).
_CELL_WRAP = fast_compile(
    r"[ \u3000]*[│┃|][ \u3000]*\n[ \u3000]*[│┃|][ \u3000]*[│┃|][ \u3000]*(?=\S)|\n\t+(?=\S)"
)
# a border (│┃|) or a tab is in every _CELL_WRAP match: one class scan, not the full pattern's
# try at every position of every document cited from
_MAY_WRAP_CELL = re.compile(r"[│┃|\t]")


def join_cell_wraps(text: str) -> tuple[str, list[int]] | None:
    """``text`` with the breaks of wrapped form cells removed, and for each kept character its
    offset in ``text``; ``None`` when nothing wraps (spans then need no mapping)."""
    if "\n" not in text or not _MAY_WRAP_CELL.search(text) or not _CELL_WRAP.search(text):
        return None
    keep: list[int] = []
    pos = 0
    for m in _CELL_WRAP.finditer(text):
        if m.group().startswith("\n") and "\t" not in text[text.rfind("\n", 0, m.start()) + 1 : m.start()]:
            continue  # a tab-indented paragraph, not the next row of a tab-separated form
        keep.extend(range(pos, m.start()))
        pos = m.end()
    keep.extend(range(pos, len(text)))
    return "".join(text[i] for i in keep), keep


def left_clause(text: str, pos: int, limit: int = 24, seps: str = CLAUSE_SEP) -> str:
    """Up to ``limit`` characters before ``pos``, stopping at a clause separator."""
    lo = max(0, pos - limit)
    chunk = text[lo:pos]
    cut = max(chunk.rfind(c) for c in seps)
    return chunk[cut + 1 :] if cut >= 0 else chunk


def right_clause(text: str, pos: int, limit: int = 12, seps: str = CLAUSE_SEP) -> str:
    """Up to ``limit`` characters after ``pos``, stopping at a clause separator."""
    chunk = text[pos : pos + limit]
    cuts = [i for i in (chunk.find(c) for c in seps) if i >= 0]
    return chunk[: min(cuts)] if cuts else chunk


_WHITESPACE = re.compile(r"\s+")
_BLANK_FILL = re.compile(r"[\s_＿/\\—\-.·…年月日时分（）()：:、]+")


def squeeze(s: str) -> str:
    """``s`` without any whitespace (labels are often letter-spaced: ``法 定 代 表 人``)."""
    return _WHITESPACE.sub("", s)


def is_blank_value(s: str) -> bool:
    """True for empty form fields: spaces, underscores, slashes and date placeholders."""
    return _BLANK_FILL.sub("", s) == ""


_CJKP = "\u4e00-\u9fa5《》（）、，。：；“”"
_SPACED = fast_compile(rf"(?<=[{_CJKP}]) (?=[{_CJKP}])")
_CJK_RUN = re.compile(r"[\u4e00-\u9fa5]+")


def letter_spaced(text: str) -> bool:
    """OCR output with a space between most Chinese characters (``违 反 了 《 食 品 …``)."""
    if text.count(" ") <= 6:
        return False  # each _SPACED match is one space: too few spaces for more than 6 of them
    spaced = len(_SPACED.findall(text))
    if spaced <= 6:  # at least 20 CJK characters are needed, so more than 0.3 × 20 spaces
        return False
    cjk = len(text) - len(_CJK_RUN.sub("", text))
    return cjk >= 20 and spaced > 0.3 * cjk


def squeeze_letter_spacing(text: str) -> tuple[str, list[int]]:
    """``text`` without the spaces between Chinese characters, and for each kept character its
    offset in ``text`` (so spans found in the squeezed text map back)."""
    keep = [i for i in range(len(text)) if not (text[i] == " " and _SPACED.match(text, i))]
    return "".join(text[i] for i in keep), keep
