"""Text normalisation with an exact map back to the raw text.

``normalize(raw)`` returns ``(text, offsets)`` where ``offsets[i]`` is the index in ``raw`` of
the character that became ``text[i]``. What it does, in order:

1. fold characters: full-width digits and ASCII letters (０-９, Ａ-Ｚ, ａ-ｚ) to ASCII, every
   non-newline space (U+3000, NBSP …) to ``" "``, CRLF/CR/FF/U+2028 to ``"\\n"``; drop
   zero-width and other format characters (soft hyphen, BOM) and control characters.
   Chinese punctuation（），：；、。〔〕《》 is kept as written: it carries meaning.
   Then OCR look-alikes are read in place (``_ocr_lookalikes``: 2O18年, 4月2O日, 曰 for 日, 第(—)项,
   a misread 书名号), each a character for a character.
2. collapse runs of spaces to one (a run holding a tab becomes one tab: table cells), strip
   spaces at line ends, keep at most one blank line, drop newlines at the start and end.
3. join line wraps: a single ``"\\n"`` is removed when the line before it is full (as wide as
   the widest line of the text), both sides are CJK/digits (第三十\\n四条, 2024年3\\n月), the line
   does not end a sentence (。；：！？), the next line was not indented and looks like no
   heading (一、 （一） 1.), label (当事人：), title (…决定书), 文号, date or (公章) line. A page's
   footer (第2页/共3页, — 2 —) and running header that a copy of a PDF left inside a sentence are
   dropped with the wrap.

Joining is deliberately conservative: a lost paragraph break harms segmentation more than a
kept wrap harms extraction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any, overload

_TABLE_ROW = re.compile(r"\t|\S\s*[|｜]\s*\S")
# a row of a numbered list laid out in columns (a 卷内目录 from a PDF's text layer): serial, space, text
_SERIAL_ROW = re.compile(r"[ \u3000]*\d{1,3}[ \u3000]+[^\s\d]")
_NEWLINES = frozenset("\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029")
_SENTENCE_END = frozenset("。；：！？;:!?")
_CLOSERS = "”’）》〕】」』)"
_OPENERS = frozenset("，、（《〔“‘【「『(,")
_CONTINUATION = frozenset("，、。；：）》〕”’】！？」』,)%％")

_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}[、．.](?!\d)"
    r"|第[一二三四五六七八九十百零〇\d]+[章节条款项](?:\s|$)"
    r"|[①-⑳])"
)
# 当事人： 法定代表人(负责人):, but not a wrapped "的笔录中辩称：" or "依照下列规定："
_LABEL = re.compile(
    r"^(?![的了和与及或并而之于对向将被把从以其此该]|称[:：])(?:(?:[\u4e00-\u9fff/、]|[（(][\u4e00-\u9fff/、]{1,8}[）)]){1,10}"
    r"|[\u4e00-\u9fff]{0,6}(?:电话|人|者|名称|地址|住所|代码|号码|方式|日期|时间)[（(][\u4e00-\u9fff/、]{1,8})"
    r"(?<![下定为])(?<![^名]称)[:：]"
)  # 当事人称： / 规定为： go on a sentence; 行政相对人名称： opens a field; 纳罚款（收款单位： a note's
# a title's last word, maybe with a short note (某省非税收入统一票据（电子）, 决定书（副本）)
_TITLE = re.compile(
    r"(?:书|表|笔录|回证|清单|通知|决定|报告|记录|意见|证明|单|函|目录|票据|收据)(?:[（(][^（）()]{1,6}[)）])?$"
)
_DOC_NUMBER = re.compile(r"[〔\[［(（]\d{4}[〕\]］)）].{0,8}号$")
# A page number on a line of its own (a footer; a PDF may give it first): no content of the page.
PAGE_NUMBER_ONLY = re.compile(
    r"^(?:第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页"
    r"|[—\-－]?\s*\d{1,4}\s*[—\-－]?|\d{1,4}\s*/\s*\d{1,4})$"
)
_NUMBER_CUT = re.compile(r"[〔\[［]\d{4}[〕\]］]第?\d{0,5}$")  # a 文号 cut before its 号
_NUMBER_REST = re.compile(r"(?:第\s*)?\d{0,5}号")  # …罚字〔2020〕⏎第0089号 too
_CERT_CUT = re.compile(r"(?:执法证|证件|证)号(?:码)?\s*[:：]?$")
_CERT_REST = re.compile(r"[A-Z]{0,2}\d{5,}(?:[-－]\d+)?(?![\d年月日.])")
# a company's name cut inside its form of organisation: 某建材有限⏎公司 / 某科技有限公⏎司
_ORG_CUT = re.compile(r"[\u4e00-\u9fa5]{2}(?:有限|有限责任|股份有限|有限公)$")

# a 统一社会信用代码 or 身份证号 cut by a wrap (both 18 characters)
_CODE_CUT = re.compile(r"(?:信用代码|身份证号码?|身份号码)\s*[:：]?\s*([0-9A-Z]{1,17})$")
_CODE_REST = re.compile(r"[0-9A-Z]{1,17}(?![0-9A-Za-z])")
# a figure cut by a wrap: the line ends in a run of digits after a CJK word or a ￥, the next goes on
# with the rest of the figure and its unit (人民币47136⏎0元, 于2022⏎年10月8日, 叁万元（￥3⏎0000）)
_FIGURE_CUT = re.compile(r"(?:[\u4e00-\u9fff]|(?P<sign>[￥¥]\s?))[\d.,]*\d$")
_FIGURE_REST = re.compile(r"[\d.,]{0,8}(?:万?元|年|月|日|平方米|亩|吨|公斤|千克|%|％)")
_BRACKETED_CODE = re.compile(r"[0-9A-Za-z]{4,24}[)）]")  # a number closing the bracket the line above opened
_SIGNED_REST = re.compile(r"[\d.,]{0,10}\d\s*(?:元|[）)，,。；;])")  # the rest of a ￥ figure
_NOTE_LINE = re.compile(r"^[（(][^（()）]*[）)]$")  # (单位公章), （签字）
# a form's row printed without its rules: a short field name, a space, the value
_SPACED_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}[ \u3000]+[^\s\u4e00-\u9fff]?[\u4e00-\u9fff\d（(]")
_PROSE = re.compile(r"[，,。；;]")  # a sentence's marks: no form row holds them
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九○Ｏ]{4})年.{1,3}月.{1,3}日$")


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph (including 〇), the characters Chinese text is made of."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FFFF
        or o == 0x3007
    )


# Look-alikes OCR (and old typesetting) put for two characters every citation and fine turns on:
# 笫 (a bed mat) for 第, the archaic 欵 for 款. Neither has another use in an enforcement file.
OCR_VARIANTS = {"笫": "第", "欵": "款"}


def fold_char(ch: str) -> str:
    """The normalised form of one raw character: ``""`` when it is dropped."""
    o = ord(ch)
    if ch in _NEWLINES:
        return "\n"
    if ch == "\t":
        return "\t"
    if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
        return chr(o - 0xFEE0)
    if ch.isspace():
        return " "
    if ch in OCR_VARIANTS:
        return OCR_VARIANTS[ch]
    if unicodedata.category(ch) in ("Cc", "Cf"):
        return ""
    return ch


# Per-character results, memoised: a page repeats a few hundred distinct characters.
_MEMO_MAX = 65536  # hostile text may hold any character: bound the memos
_DROPPED = "\0"  # what a dropped character becomes in the translated text (NUL is dropped itself)


class _FoldTable(dict):
    """``str.translate`` table of ``fold_char``, filled on first sight of each character."""

    def __missing__(self, key: int) -> str:
        folded = fold_char(chr(key)) or _DROPPED
        if len(self) < _MEMO_MAX:
            self[key] = folded
        return folded


_FOLD_TABLE = _FoldTable()


class _WidthTable(dict):
    """Display width of each character seen (1 wide, 0.5 narrow), filled on first sight."""

    def __missing__(self, c: str) -> float:
        w = 1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5
        if len(self) < _MEMO_MAX:
            self[c] = w
        return w


_WIDTHS = _WidthTable()


def _width(line: str) -> float:
    """Display width in CJK cells: wide characters count 1, narrow ones 0.5.

    East-Asian "ambiguous" characters (“”‘’…—①) are set full width in Chinese fonts.
    """
    return sum(map(_WIDTHS.__getitem__, line))  # halves and wholes: the float sum is exact


# Characters ``fold_char`` leaves as they are (checked by the tests): a text made of them only
# needs no folding pass. ASCII, CJK, CJK and full-width punctuation, Latin-1, general punctuation.
_UNFOLDED = re.compile(
    "[^\n\t\x20-\x7e\u00a1-\u00ac\u00ae-\u00ff\u2010-\u2027\u2030-\u205e\u2460-\u24ff"
    "\u25a0-\u25ff\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20"
    "\uff3b-\uff40\uff5b-\uff65\uffe0-\uffe6]|[" + "".join(OCR_VARIANTS) + "]"
)


def _crlf_offsets(raw: str) -> list[int]:
    """Offsets in ``raw`` of the characters of ``raw.replace("\\r\\n", "\\n")``."""
    offs: list[int] = []
    base = 0
    for part in raw.split("\r\n"):
        offs.extend(range(base, base + len(part)))
        offs.append(base + len(part) + 1)  # the "\n" of the CRLF
        base += len(part) + 2
    offs.pop()  # no CRLF after the last part
    return offs


def _fold_all(raw: str, offsets: bool = True) -> tuple[str, list[int] | None]:
    """Fold every character (``fold_char``); dropped ones go, and the ``\r`` of a CRLF too (its
    ``\n`` stands for both). Returns the folded text and the offset in ``raw`` of each of its
    characters, ``None`` when they are the same positions (nothing was dropped) or when
    ``offsets`` is false (the text alone is wanted)."""
    if not _UNFOLDED.search(raw):
        return raw, None  # every character folds to itself
    if "\r\n" in raw:  # text layers end their lines with CRLF
        plain = raw.replace("\r\n", "\n")
        if not _UNFOLDED.search(plain):
            return plain, _crlf_offsets(raw) if offsets else None
    src = raw.replace("\r\n", _DROPPED + "\n") if "\r\n" in raw else raw
    folded = src.translate(_FOLD_TABLE)
    if _DROPPED not in folded:
        return folded, None
    offs = [i for i, ch in enumerate(folded) if ch != _DROPPED] if offsets else None
    return folded.replace(_DROPPED, ""), offs


# 【受送达人】某某公司 / 【送达文书名称、文号】…: a form's labels in lenticular brackets are labels
# (read as " 受送达人：", the same length); a seal or signature mark (【公章】) and a year (【2021】) are not
_BRACKET_LABEL = re.compile(
    r"【(?!(?:印章|公章|盖章|签章|章|签名|签字|指印|手印)】)([\u4e00-\u9fa5、（）()/]{2,16})】"
)


def _as_label(m: re.Match[str]) -> str:
    """【当事人】 → ` 当事人：`."""
    return " " + m.group(1) + "："


def _as_title(m: re.Match[str]) -> str:
    """【询问笔录】 on a line of its own, a document's title, → ` 询问笔录 ` (a case system's export
    heads each document so); any other bracket a label (``_as_label``)."""
    text = m.string
    alone = (m.start() == 0 or text[m.start() - 1] == "\n") and text[m.end() : m.end() + 1] in ("\n", "")
    return " " + m.group(1) + " " if alone and _is_title(m.group(1)) else _as_label(m)


# 【当事人】某公司: a bracket label with its value on its line — the text labels its fields in
# brackets, so a bracket alone on a line (【证据材料】⏎…) is a section of the document, not a title
_INLINE_BRACKET = re.compile(r"】[ \u3000]*[^\s【]")


def _is_title(words: str) -> bool:
    from casecheck.ingest.doctypes import OTHER, classify_title  # (rules data, loaded on first use)

    hit = classify_title(words)
    return hit is not None and hit[0] != OTHER


# A case system's web export writes each field as its label on a line and the value on the next
# (询问人⏎杨某（执法证号：…）、李某): the line break after a bare label becomes its colon (same length,
# so offsets hold) where a page has three or more such labels; not before another label's line.
_FIELD_WORDS = (
    "当事人|被处罚人|被处罚单位|被检查人|被检查单位|被询问人|询问人|记录人|询问时间|询问地点|检查时间|检查地点"
    "|执法人员|检查人员|承办人|承办人员|调查人员|卫生监督员|监督员|统一社会信用代码|法定代表人|经营者"
    "|身份证号码?|住所|地址|住址|联系电话|案由|案件来源|立案日期|受送达人|送达地点|送达方式|送达人|送达文书"
    "|送达时间|送达日期|文号|决定书文号|处罚决定书文号|受送达人签收|受送达人签名|签收人|签收时间"
)
_SIGN_LABEL = r"[^\s：:]{0,10}(?:签名|签字|签章|签收)"
# a date alone (执法人员⏎2023年5月6日: a blank signature block's date line, no officer's name)
_DATE_ONLY = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*[年.\-/]\s*\S{1,3}\s*[月.\-/]\s*\S{1,3}\s*日?"
# not before a line that is a label itself: another field's word, a label and its colon, a signature
_LABEL_LINE = re.compile(
    rf"(?m)^([ \u3000]*(?:{_FIELD_WORDS}))\n(?=[ \u3000]*\S)"
    rf"(?![ \u3000]*(?:(?:{_FIELD_WORDS})|{_SIGN_LABEL})[ \u3000]*$)"
    rf"(?<!时间\n)(?<!日期\n)(?![ \u3000]*{_DATE_ONLY}[ \u3000]*$)"  # a date: only a time field's value
    r"(?![ \u3000]*[\u4e00-\u9fa5]{1,10}[：:])"  # 当事人⏎名称：某公司: a heading over labelled rows
)
_LABEL_LINES_MIN = 3


def _labels_on_lines(text: str) -> str:
    """``text`` with each bare field label's line break made its colon (see ``_LABEL_LINE``)."""
    joined, found = _LABEL_LINE.subn(lambda m: m.group(1) + "：", text)
    return joined if found >= _LABEL_LINES_MIN else text


_BLANKS = re.compile(r"[ \t]+")
_EXTRA_NEWLINES = re.compile(r"(?<=\n\n)\n+")  # the third and later newlines of a run


def _slices_index(slices: list[tuple[int, int]]) -> list[int]:
    """The positions the concatenated ``text[a:b]`` slices come from."""
    out: list[int] = []
    for a, b in slices:
        out.extend(range(a, b))
    return out


def _nothing_to_squeeze(text: str) -> bool:
    """Whether ``_squeeze`` would give ``text`` back as it is: no tab, no run of spaces, no space
    at a line's start or end, no third newline in a row (most text-layer pages: a few substring
    scans instead of a Python loop over every single space)."""
    return not (
        "\t" in text
        or "  " in text
        or "\n " in text
        or " \n" in text
        or "\n\n\n" in text
        or text.startswith(" ")
        or text.endswith(" ")
    )


_TABLE_ROW_TABS = 4  # tabs on a line that make it a table's row (a 公示表 copied from a sheet)


def _cell_gaps(text: str, i: int, j: int, rows: dict[int, bool]) -> bool:
    """``text[i:j]`` is a run of two or more tabs on a row of a tab-separated table: the empty
    cells between two filled ones (one tab per cell boundary), which a single tab would lose.
    ``rows`` keeps the answer per line start (a line's tabs are counted once)."""
    if j - i < 2 or text.count("\t", i, j) != j - i:
        return False
    start = text.rfind("\n", 0, i) + 1
    if start not in rows:
        end = text.find("\n", j)
        rows[start] = text.count("\t", start, len(text) if end < 0 else end) >= _TABLE_ROW_TABS
    return rows[start]


def _squeeze(text: str, offsets: bool = True) -> tuple[str, list[int] | None, set[int]]:
    """Collapse spaces, strip them at line ends, cap blank lines; note indented line starts.

    Returns the squeezed text, the position in ``text`` of each of its characters (``None``: the
    same positions, or ``offsets`` is false) and the indices in the squeezed text of the "\n"
    before an indented line.
    """
    if _nothing_to_squeeze(text):
        return text, None, set()
    n = len(text)
    kept: list[tuple[int, int]] = []  # slices of ``text`` that stay
    indent_at: list[int] = []  # positions in the spaced text of the "\n" before an indented line
    table_rows: dict[int, bool] = {}  # line start → a table's row (``_cell_gaps``)
    pos = size = 0  # ``size``: length of the spaced text so far (the kept slices)
    for m in _BLANKS.finditer(text):
        i, j = m.span()
        at_start = i == 0 or text[i - 1] == "\n"
        at_end = j == n or text[j] == "\n"
        # One stray space is noise; two (a 全角 indent) or a tab start a paragraph.
        if at_start and i > 0 and not at_end and (j - i >= 2 or "\t" in m.group()):
            indent_at.append(size + i - 1 - pos)  # the "\n" ends the slice kept next
        kept.append((pos, i))
        size += i - pos
        if not at_start and not at_end and _cell_gaps(text, i, j, table_rows):
            kept.append((i, j))  # empty cells of a tab-separated table row: each tab stays
            size += j - i
        elif not at_start and not at_end:  # one space stays (a tab if the run holds one)
            k = text.find("\t", i, j)
            k = i if k < 0 else k
            kept.append((k, k + 1))
            size += 1
        pos = j
    if pos == 0 and not kept:
        spaced, index = text, None
    else:
        kept.append((pos, n))
        spaced = "".join(text[a:b] for a, b in kept)
        index = _slices_index(kept) if offsets else None
    if "\n\n\n" not in spaced:
        return spaced, index, set(indent_at)
    kept2: list[tuple[int, int]] = []
    pos = 0
    for m in _EXTRA_NEWLINES.finditer(spaced):
        kept2.append((pos, m.start()))
        pos = m.end()
    kept2.append((pos, len(spaced)))
    out = "".join(spaced[a:b] for a, b in kept2)
    index2 = _slices_index(kept2)  # positions in ``spaced``
    # an indent after a dropped newline belongs to the last kept one before it
    final = {p: q for q, p in enumerate(index2)}
    indented = set()
    for p in indent_at:
        while p not in final:
            p -= 1
        indented.add(final[p])
    if not offsets:
        return out, None, indented
    return out, [index[i] for i in index2] if index is not None else index2, indented


def _joinable(a: str, b: str, in_brackets: bool = False) -> bool:
    """Whether a wrap between ``a`` and ``b`` may be joined. Two Latin letters may be two words,
    except inside an unclosed bracket, where no paragraph can end (纯牛奶（250m|l）)."""
    left = is_cjk(a) or (a.isascii() and a.isalnum()) or a in _OPENERS or a in _CLOSERS
    right = is_cjk(b) or (b.isascii() and b.isalnum()) or b in _CONTINUATION or b in _OPENERS
    both_letters = a.isascii() and a.isalpha() and b.isascii() and b.isalpha()
    decimal = a.isdigit() and b in ".．"  # 计人民币21,816⏎.00元: a number wrapped at its point
    return decimal or (left and right and (in_brackets or not both_letters))


def open_bracket(line: str) -> bool:
    """The line ends inside a parenthesis it opened."""
    return line.count("（") + line.count("(") > line.count("）") + line.count(")")


# A line opening a heading, a label, a date or a note: the four patterns in one match.
_FRESH_LINE = re.compile("|".join(f"(?:{p.pattern})" for p in (_HEADING, _LABEL, _DATE_LINE, _NOTE_LINE)))


# a complete amount (…10,000.00) and a labelled number (编号：结〔2026〕6号) end their line
_AMOUNT_END = re.compile(r"\d\.\d{2}$")
_GOES_ON = frozenset("，,。；;、)）至到～~")  # what no new line starts with
_TIME_END = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?$")
# (not （…号⏎）: a bracket left open goes on)
_NUMBERED_END = re.compile(r"(?:编号|文号|案号)\s*[:：]\s*[^\s（(《]{1,30}号$")


def _keeps_break(prev: str, line: str) -> bool:
    """True when ``line`` starts something new after ``prev`` (heading, label, title …)."""
    if prev.rstrip(_CLOSERS)[-1:] in _SENTENCE_END:
        return True
    if (line[:1].isdigit() or line.startswith(("合计", "总计", "小计"))) and _AMOUNT_END.search(prev):
        return True  # a table's rows of figures: …罚没收入 10,000.00⏎333045251219001264 2025-12-19 …
    goes_on = line[:1] in _GOES_ON  # …12号⏎，当事人… / …14:30⏎至15:20: the line runs on
    stamped = "电子签" in prev or "时间" in prev
    if not goes_on and stamped and prev[-1:].isdigit() and _TIME_END.search(prev):
        return True  # an e-signature's or a print stamp's time ends its line: （电子签名）某 2023-09-20 16:40
    if not goes_on and _NUMBERED_END.search(prev) and not open_bracket(prev):
        return True  # a form's head row closed by its number: …结案审批表 编号：结〔2026〕6号⏎被查对象 …
    spaced = _SPACED_FIELD.match(line) and _SPACED_FIELD.match(prev)
    if spaced and not (_PROSE.search(prev) or _PROSE.search(line)):
        return True  # two rows of a form printed as 字段名 值 lines (送达文书 某决定书⏎受送达人 某公司)
    if len(prev) <= 30 and (_TITLE.search(prev) or _DOC_NUMBER.search(prev)):
        return True
    if _FRESH_LINE.match(line):
        return True
    # a title may be letter-spaced (现 场 检 查 笔 录)
    return len(line) <= 30 and bool(_TITLE.search(line.replace(" ", "")) or _DOC_NUMBER.search(line))


STAND_OUT = 1.25  # a line this much wider than the third widest stands out of the column …
COLUMN_LINES = 6  # … when this many lines of prose fill the column (reach 88% of the third widest)
LABEL_HEAD = re.compile(r"[^：:，。；]{1,24}[：:]")  # 处罚名称：… — a form's row, not wrapped prose


def _prose_line(line: str) -> bool:
    """A line of running text: no form row's label (处罚名称：…) and no spaces between fields
    (缴款人 某公司 执收单位 某局)."""
    body = line.strip()
    return not LABEL_HEAD.match(body) and " " not in body and "\t" not in body


def _full_width(lines: list[str], lengths: list[int], widths: list[float | None]) -> float:
    """The width of a full line of ``lines``: the widest line's, unless one or two lines stand
    out past a column that six or more lines of prose fill (a running header over a narrow OCR
    column, a line written in without re-wrapping): then the column's, so its wraps are still
    joined. Rows of a form (标签：值, fields apart) fill no column: their ends are no wraps.
    Fills ``widths`` for the lines it measures."""
    order = sorted(range(len(lines)), key=lengths.__getitem__, reverse=True)
    top: list[float] = []  # the three greatest widths so far
    for k in order:
        if len(top) == 3 and lengths[k] <= top[2]:
            break
        w = widths[k] = _width(lines[k])
        top = sorted([*top, w], reverse=True)[:3]
    if len(top) < 3 or top[0] <= STAND_OUT * top[2]:
        return top[0] if top else 0.0
    floor, filled = 0.88 * top[2], 0
    for k in order:
        if lengths[k] < floor:
            break
        w = widths[k] if widths[k] is not None else _width(lines[k])
        widths[k] = w
        filled += w >= floor and _prose_line(lines[k])
    return top[2] if filled >= COLUMN_LINES else top[0]


# a line that ends inside a 《title》 it opened, and a line that goes on to close it first thing
_TITLE_CUT = re.compile(r"《[^《》\n]{1,40}$")
_TITLE_REST = re.compile(r"[^《》\n\s]{1,30}》")


def _join_wraps(text: str, indented: set[int]) -> set[int]:
    """Indices of "\\n" characters that are line wraps and should be removed."""
    lines = text.split("\n")
    # A line's width lies between half its length and its length: the widest are found measuring
    # the longest lines only, and a line is measured only when its length leaves open whether it
    # reaches ``need`` (most lines of a form are far shorter than its widest).
    widths: list[float | None] = [None] * len(lines)
    lengths = list(map(len, lines))
    full = _full_width(lines, lengths, widths)
    need = max(10.0, full - max(2.0, 0.12 * full))
    # a text cut every N characters (a fixed-column export): three or more lines of the greatest
    # length, and one of them, digits and all, is full though narrower (…每趟车费1800元计，违法所⏎得…)
    longest = max(lengths)
    by_count = lengths.count(longest) >= 3
    drop: set[int] = set()
    pos = 0
    row_at, row = -1, False  # whether line ``row_at`` is a table row (asked as ``line``, kept as ``prev``)
    seen: dict[str, int] | None = None  # ``_first_lines``, built at the first possible page break
    for k in range(len(lines) - 1):
        prev, line = lines[k], lines[k + 1]
        nl = pos + len(prev)
        pos = nl + 1
        # …违反了《中华人⏎第 1 页 共 3 页⏎某局行政处罚决定书⏎民共和国安全生产法》: a line of any width
        # that breaks off inside a 《title》 goes on after the page break too
        cut_off = len(prev) >= need or prev.count("《") > prev.count("》")
        # (not the text's first line: a footer under it is printed at the page's top, under a running
        # header — 某局 税务稽查案卷 某公司⏎第 23 页 共 23 页⏎某局 结案审批表 — no sentence goes on there)
        footer_next = not line or FOOTER.match(line.strip())
        if k and prev and cut_off and footer_next and not _TABLE_ROW.search(prev):
            # …依据《中华人民共和国行政处罚法》第七⏎⏎第2页/共3页⏎⏎某局行政处罚决定书⏎十二条…: a copy of a
            # PDF keeps each page's footer and running header inside a sentence
            seen = seen if seen is not None else _first_lines(lines)
            nxt = _after_page_break(lines, k, seen)
            if nxt is not None and not _TABLE_ROW.search(lines[nxt]) and _wraps(prev, lines[nxt]):
                drop.update(range(nl, nl + 1 + sum(len(x) + 1 for x in lines[k + 1 : nxt])))
            continue
        if not prev or not line or nl in indented:
            continue
        if (line[0].isdigit() or line[0] in "号第") and _NUMBER_CUT.search(prev) and _NUMBER_REST.match(line):
            drop.add(nl)  # a 文号 wrapped inside its cell: 海口市监听告〔2019〕1⏎39号
            continue
        if (
            line[0] in "公司"
            and line.startswith("司" if prev[-1] == "公" else "公司")
            and _ORG_CUT.search(prev)
        ):
            drop.add(nl)  # a company's name wrapped in a narrow cell or column: …建材有限⏎公司
            continue
        ascii_cut = prev[-1].isascii() and prev[-1].isalnum() and line[0].isascii() and line[0].isalnum()
        cut = _CODE_CUT.search(prev) if ascii_cut else None
        rest = _CODE_REST.match(line) if cut else None
        if cut and rest and len(cut.group(1)) + len(rest.group(0)) == 18:
            drop.add(nl)  # an 18-character code cut by the wrap: 统一社会信用代码:91450103M⏎A5NQ2C86M
            continue
        if prev[-1] in "号：:" and line[0].isalnum() and _CERT_CUT.search(prev) and _CERT_REST.match(line):
            drop.add(nl)  # 陈静 证号⏎12011118211: a certificate's number wrapped away from its label
            continue
        if prev[-1] in "（(" and _BRACKETED_CODE.match(line):
            drop.add(nl)  # 刘晓彤（⏎3703050120126）: a cell cut right after the bracket it opened
            continue
        if _TITLE_CUT.search(prev) and _TITLE_REST.match(line) and not _TABLE_ROW.search(prev):
            drop.add(nl)  # a 《title》 cut by the wrap, however short the line: …送达了《某某告⏎知书》
            continue
        figure = _FIGURE_CUT.search(prev) if line[0].isdigit() and prev[-1].isdigit() else None
        # a ￥ figure in a bracket left open whose rest closes it is cut however short the line
        noted = figure and figure.group("sign") and open_bracket(prev) and _SIGNED_REST.match(line)
        if (
            figure
            and (_SIGNED_REST if figure.group("sign") else _FIGURE_REST).match(line)
            and (noted or len(prev) >= 0.6 * need)
            and not _TABLE_ROW.search(prev)
        ):
            drop.add(nl)  # a figure cut by the wrap, narrow digits and all: 处以罚款人民币47136⏎0元(…
            continue
        if len(prev) < need:
            continue
        w = widths[k]
        if w is None and len(prev) * 0.5 < need:
            w = _width(prev)
        if w is not None and w < need and not (by_count and len(prev) == longest):
            continue
        if row if row_at == k else _TABLE_ROW.search(prev):  # a table row is a line, never a wrap
            continue
        row_at, row = k + 1, bool(_TABLE_ROW.search(line))
        if row:
            continue
        if _SERIAL_ROW.match(prev) and _SERIAL_ROW.match(line):  # 7 …审核意见书 2019.11.13 7⏎8 案件…
            continue
        if (k + 2 == len(lines) or "页" in line) and PAGE_NUMBER_ONLY.match(line.strip()):
            continue  # the page's footer (…2022年5月19日⏎第12页 共18页) is no wrapped text
        if _wraps(prev, line):
            drop.add(nl)
    return drop


_PAGE_BREAK_REACH = 5  # blank, footer, blank, running header, blank
# a footer that says it is one (第2页/共3页, — 2 —, 2/3): a bare number line may be content
FOOTER = re.compile(
    r"^(?:第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页"
    r"|[—\-－]\s*\d{1,4}\s*[—\-－]|\d{1,4}\s*/\s*\d{1,4})$"
)


def _after_page_break(lines: list[str], k: int, seen: dict[str, int]) -> int | None:
    """The line that goes on after a page break between ``lines[k]`` and it: blank lines, one
    footer (``FOOTER``) and at most one running header (a short line without a sentence mark
    that stands earlier in the text: the title, the 文号); ``None`` when what follows
    ``lines[k]`` is no such break. ``seen``: each line's first index (``_first_lines``)."""
    footer = header = False
    for j in range(k + 1, min(len(lines), k + 1 + _PAGE_BREAK_REACH + 1)):
        line = lines[j].strip()
        if not line:
            continue
        if not footer and FOOTER.match(line):
            footer = True
        elif footer and not header and len(line) <= 40 and not _PROSE.search(line):
            if seen.get(_header_key(line), k + 1) > k:
                return j  # a line of the next page's own
            header = True
        else:
            return j if footer else None
    return None


_HEADER_NOISE = str.maketrans("", "", " （）()")


def _header_key(line: str) -> str:
    """``line`` as a running header is compared: without spaces (U+3000 is a space by now) and
    round brackets (某局行政处罚决定书（某罚〔2022〕68号） repeats the head's title and 文号)."""
    return line.translate(_HEADER_NOISE)


def _first_lines(lines: list[str]) -> dict[str, int]:
    """Where each line (as ``_header_key`` has it) first stands, and each pair or three of lines
    run together (a title set on lines of its own at the top: 某市自然资源局⏎行政处罚决定书⏎
    某罚字〔2022〕068号, a running header 某市自然资源局行政处罚决定书 某罚字〔2022〕068号)."""
    compact = [_header_key(x) for x in lines]
    seen: dict[str, int] = {}
    for i, line in enumerate(compact):
        if line:
            seen.setdefault(line, i)
            if i and compact[i - 1]:
                seen.setdefault(compact[i - 1] + line, i)
                if i > 1 and compact[i - 2]:
                    seen.setdefault(compact[i - 2] + compact[i - 1] + line, i)
    return seen


# …如下行政处罚：1.责令停止销售；2.没收…；3.⏎没收违法所得7800元: a list item's number left at a line end
_ITEM_NUMBER_END = re.compile(r"[；;：:，,。]\s*\d{1,2}[.．、]$")


_ORDINAL_START = re.compile(r"[（(]?[一二三四五六七八九十百零〇\d]+[)）]?\s*[条款项目章节]")


def _wraps(prev: str, line: str) -> bool:
    """Whether the break between full-width ``prev`` and ``line`` is a visual wrap (by their characters)."""
    if _ITEM_NUMBER_END.search(prev) and is_cjk(line[0]):
        return True
    if prev[-1] == "第" and _ORDINAL_START.match(line):
        return True  # …第一百二十四条第一款第⏎（五）项: an ordinal cut after 第, not a （五） heading
    return _joinable(prev[-1], line[0], open_bracket(prev)) and not _keeps_break(prev, line)


def normalize(raw: str, join_wraps: bool = True) -> tuple[str, tuple[int, ...]]:
    """Normalise ``raw`` and return ``(text, offsets)`` with ``raw[offsets[i]]`` → ``text[i]``.

    ``join_wraps=False`` for sources whose lines are logical paragraphs (DOCX), where a short
    line break is never a visual wrap.
    """
    text, where = _normalize(raw, join_wraps, offsets=True)
    assert where is not None
    return text, tuple(where)


def normalize_text(raw: str, join_wraps: bool = True) -> str:
    """``normalize(raw, join_wraps)[0]``: the text alone, without building the offset map.

    A batch review never maps a span back to the raw text (the workbench does, through
    ``Page.raw_offsets``, which ``LazyOffsets`` computes on first use): the map's lists cost
    about a third of normalising a text-layer page.
    """
    return _normalize(raw, join_wraps, offsets=False)[0]


# What OCR misreads in a case file's text, put right in place (same length: offsets hold).
# Digits inside a number (2O18年, 1OOOO元, 第l0条): a run of digits and O/o/I/l holding a digit, no
# letter, digit or point beside it (a credit code holds no O or I; ISO9001, No.12, H2O are words),
# read as digits when a unit follows (年月日号元条款项 …) or when every look-alike stands between
# digits of a run holding two or more (2O18-05-06); not O3, O2O, 5l装, 10l/桶.
_DIGIT_LOOKALIKE = re.compile(
    r"(?<![0-9A-Za-z.,])(?=[0-9OoIl,]*[0-9])(?=[0-9OoIl,]*[OoIl])"
    r"(?:[0-9OoIl]{1,3}(?:,[0-9OoIl]{3})+|[0-9OoIl]{2,})"  # l2,860元: thousands apart by commas too
    r"(?![0-9A-Za-z]|\.[A-Za-z])"
)
_DECIMALS = re.compile(r"(?:\.[0-9]+)?")
_NUMBER_UNIT = frozenset("年月日号元万时分秒条款项页笔件次")
_INTERIOR = re.compile(r"^[0-9][0-9OoIl]*[0-9]$")
_LOOKALIKE_DIGITS = str.maketrans("OoIl", "0011")
_NEAR_DIGIT = re.compile(r"[0-9年月][OoIl]|[OoIl][0-9月日号]")  # where either could match (a quick scan)
_LONE_LOOKALIKE = re.compile(r"(?<=[年月])[OoIl]{1,2}(?=[月日号])")  # 2019年11月l日, 7月ll日
# 曰 for 日 after a day's numeral or in 之曰/当曰 (no case file quotes 子曰)
# (2O24年5月2O曰: a digit read as O before it too)
_DAY_LOOKALIKE = re.compile(r"(?<=[0-9一二三四五六七八九十〇之当次同翌])曰|(?<=[0-9][OoIl])曰")
# a date that ends its line with a misread 日 (2018年6月22唱, …22目: the 落款 under a seal's ink)
_LINE_END_DAY = re.compile(r"(\d{4}年\d{1,2}月\d{1,2})[目臼唱口白旧](?=[ \t\u3000]*(?:\n|$))")
_ITEM_ONE_LOOKALIKE = re.compile(r"(?<=第[（(])[—－-](?=[)）]\s*项)")  # 第(—)项
_ITEM_LOOKALIKE = re.compile(
    r"(?<=[)）])顼"
)  # 第(四)顼: 项 read as 顼 (no case file writes 顼 after a bracket)
# a title's 书名号 (<互联网信息服务管理办法》, 《互联网信息服务管理办法)第十二条)
# ¥ read as Y in a fine's figures after its words: …万元整〈(Y120000) / 罚款人民币叁佰元 (Y300)
# (半 and 羊 are how tesseract reads ¥ in a 宋体 line: …元整（半1,500.00）)
_YUAN_SIGN_LOOKALIKE = re.compile(
    r"(?:(?<=元整[（(])|(?<=元整〈[（(])|(?<=元[（(])|(?<=元 [（(])|(?<=元整 [（(]))[Y半羊](?=\d[\d,.]*[)）])"
)
# the figures after a yuan sign are a sum, decimals too: ¥5OOOO.OO (the point keeps the general rule
# above from reading it, lest No.l2 turn into a number)
_MONEY_LOOKALIKE = re.compile(
    r"(?<=[¥￥])(?=[0-9OoIl,]*[0-9])[0-9OoIl][0-9OoIl,]*(?:\.[0-9OoIl]{1,2})?(?![0-9A-Za-z])"
)
_TITLE_OPEN_LOOKALIKE = re.compile(r"<(?=[\u4e00-\u9fff]{2,40}》)")
_TITLE_CLOSE_LOOKALIKE = re.compile(r"(?<=《)([\u4e00-\u9fff]{2,40})[)）>](?=第)")


def _lone_digit(m: re.Match[str]) -> str:
    return m.group(0).translate(_LOOKALIKE_DIGITS)


def _digits(m: re.Match[str]) -> str:
    """The run read as digits where ``_DIGIT_LOOKALIKE``'s conditions hold, else as written."""
    run = m.group(0)
    tail = _DECIMALS.match(m.string, m.end())  # 1OOOO.00元: the unit after the decimals
    unit = m.string[tail.end() : tail.end() + 1] in _NUMBER_UNIT
    digits = sum(c.isdigit() for c in run)
    if unit or (digits >= 2 and _INTERIOR.match(run)):
        return run.translate(_LOOKALIKE_DIGITS)
    if _bracketed_year(m.string, m.start(), m.end(), run.translate(_LOOKALIKE_DIGITS)):
        return run.translate(_LOOKALIKE_DIGITS)  # a 文号's year: 〔2O2O〕
    return run


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _bracketed_year(text: str, start: int, end: int, read: str) -> bool:
    """``text[start:end]`` read as ``read`` is a year in a 文号's brackets (〔2O2O〕, [2O2O])."""
    return (
        bool(_YEAR.fullmatch(read))
        and text[start - 1 : start] in ("〔", "[", "（", "(", "【", "［")
        and text[end : end + 1] in ("〕", "]", "）", ")", "】", "］")
    )


def _ocr_lookalikes(text: str) -> str:
    """``text`` with the OCR look-alikes above read as the digits, 日, 一 and 书名号 they stand for."""
    if "曰" in text:
        text = _DAY_LOOKALIKE.sub("日", text)
    if "年" in text and "月" in text:
        text = _LINE_END_DAY.sub(r"\1日", text)
    if ("O" in text or "l" in text or "I" in text or "o" in text) and _NEAR_DIGIT.search(text):
        text = _DIGIT_LOOKALIKE.sub(_digits, _LONE_LOOKALIKE.sub(_lone_digit, text))
    if "—)" in text or "—）" in text or "-)" in text or "－)" in text or "－）" in text or "-）" in text:
        text = _ITEM_ONE_LOOKALIKE.sub("一", text)
    if "顼" in text:
        text = _ITEM_LOOKALIKE.sub("项", text)
    if ("Y" in text or "半" in text or "羊" in text) and "元" in text:
        text = _YUAN_SIGN_LOOKALIKE.sub("¥", text)
    if "¥" in text or "￥" in text:
        text = _MONEY_LOOKALIKE.sub(_lone_digit, text)
    if "<" in text:
        text = _TITLE_OPEN_LOOKALIKE.sub("《", text)
    if "《" in text and (")" in text or "）" in text or ">" in text):
        text = _TITLE_CLOSE_LOOKALIKE.sub(r"\1》", text)
    return text


# 36，400元 / ￥36，400.00: a sum typed with the full-width comma as its thousands separator (a
# figure of groups of three, an amount by its yuan sign, 元 or decimals)
_FULL_WIDTH_THOUSANDS = re.compile(
    r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?=\.\d|\s*万?元)"
    r"|(?<=[￥¥])\d{1,3}(?:，\d{3})+(?!\d)"
)


_LIST_BEFORE = re.compile(r"分别|各|依次")


def _thousands(m: re.Match[str]) -> str:
    """The run with its commas made ASCII, unless it lists sums (分别罚款500，800元)."""
    if _LIST_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return m.group(0)
    return m.group(0).replace("，", ",")


def _normalize(raw: str, join_wraps: bool, offsets: bool) -> tuple[str, list[int] | None]:
    """The normalised text and, if ``offsets``, the position in ``raw`` of each character."""
    folded, offs = _fold_all(raw, offsets)
    if "【" in folded:
        titles = _INLINE_BRACKET.search(folded) is None
        folded = _BRACKET_LABEL.sub(_as_title if titles else _as_label, folded)  # same length
    folded = _ocr_lookalikes(folded)
    if "人\n" in folded or "址\n" in folded or "码\n" in folded:
        folded = _labels_on_lines(folded)  # same length: offsets hold
    if "，" in folded:
        folded = _FULL_WIDTH_THOUSANDS.sub(_thousands, folded)  # same length: offsets hold
    text, index, indented = _squeeze(folded, offsets)
    drop = _join_wraps(text, indented) if join_wraps else set()
    lo, hi = 0, len(text)
    while lo < hi and text[lo] == "\n":
        lo += 1
    while hi > lo and text[hi - 1] == "\n":
        hi -= 1
    cuts = sorted(i for i in drop if lo <= i < hi)
    slices = [(a + 1, b) for a, b in zip([lo - 1, *cuts], [*cuts, hi], strict=True)]
    out = "".join(text[a:b] for a, b in slices)
    if not offsets:
        return out, None
    where = _slices_index(slices)  # positions in ``text``
    if index is not None:
        where = [index[i] for i in where]  # positions in ``folded``
    if offs is not None:
        where = [offs[i] for i in where]  # positions in ``raw``
    return out, where


class LazyOffsets(Sequence[int]):
    """``normalize(raw, join_wraps)[1]``, computed on first use: a page's ``raw_offsets`` that
    nothing in a batch review reads. Equal to (and hashes as) the tuple it stands for."""

    __slots__ = ("_join", "_raw", "_tuple")

    def __init__(self, raw: str, join_wraps: bool = True) -> None:
        self._raw, self._join = raw, join_wraps
        self._tuple: tuple[int, ...] | None = None

    def _offsets(self) -> tuple[int, ...]:
        if self._tuple is None:
            self._tuple = normalize(self._raw, self._join)[1]
        return self._tuple

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[int, ...]: ...

    def __getitem__(self, i: int | slice) -> int | tuple[int, ...]:
        return self._offsets()[i]

    def __len__(self) -> int:
        return len(self._offsets())

    def __iter__(self) -> Iterator[int]:
        return iter(self._offsets())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyOffsets):
            other = other._offsets()
        return self._offsets() == other

    def __hash__(self) -> int:
        return hash(self._offsets())

    def __repr__(self) -> str:
        return repr(self._offsets())

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyOffsets, (self._raw, self._join))
