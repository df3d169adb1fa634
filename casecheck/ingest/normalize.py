"""Text normalisation with an exact map back to the raw text.

``normalize(raw)`` returns ``(text, offsets)`` where ``offsets[i]`` is the index in ``raw`` of
the character that became ``text[i]``. What it does, in order:

1. fold characters: full-width digits and ASCII letters (０-９, Ａ-Ｚ, ａ-ｚ) to ASCII, every
   non-newline space (U+3000, NBSP …) to ``" "``, CRLF/CR/FF/U+2028 to ``"\\n"``; drop
   zero-width and other format characters (soft hyphen, BOM) and control characters.
   Chinese punctuation（），：；、。〔〕《》 is kept as written: it carries meaning.
2. collapse runs of spaces to one (a run holding a tab becomes one tab: table cells), strip
   spaces at line ends, keep at most one blank line, drop newlines at the start and end.
3. join line wraps: a single ``"\\n"`` is removed when the line before it is full (as wide as
   the widest line of the text), both sides are CJK/digits (第三十\\n四条, 2024年3\\n月), the line
   does not end a sentence (。；：！？), the next line was not indented and looks like no
   heading (一、 （一） 1.), label (当事人：), title (…决定书), 文号, date or (公章) line.

Joining is deliberately conservative: a lost paragraph break harms segmentation more than a
kept wrap harms extraction.
"""

from __future__ import annotations

import re
import unicodedata

_TABLE_ROW = re.compile(r"\t|\S\s*[|｜]\s*\S")
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
    r"^(?![的了和与及或并而之于对向将被把从以其此该])[\u4e00-\u9fff（）()/、]{1,10}(?<![称下定为])[:：]"
)
_TITLE = re.compile(r"(?:书|表|笔录|回证|清单|通知|决定|报告|记录|意见|证明|单|函|目录)$")
_DOC_NUMBER = re.compile(r"[〔\[［(（]\d{4}[〕\]］)）].{0,8}号$")
_NOTE_LINE = re.compile(r"^[（(][^（()）]*[）)]$")  # (单位公章), （签字）
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
    if unicodedata.category(ch) in ("Cc", "Cf"):
        return ""
    return ch


# Per-character results, memoised: a page repeats a few hundred distinct characters.
_WIDTHS: dict[str, float] = {}
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


def _char_width(c: str) -> float:
    w = _WIDTHS.get(c)
    if w is None:
        w = 1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5
        if len(_WIDTHS) < _MEMO_MAX:
            _WIDTHS[c] = w
    return w


def _width(line: str) -> float:
    """Display width in CJK cells: wide characters count 1, narrow ones 0.5.

    East-Asian "ambiguous" characters (“”‘’…—①) are set full width in Chinese fonts.
    """
    return sum(map(_char_width, line))


def _fold_all(raw: str) -> tuple[list[str], list[int]]:
    """Fold every character (``fold_char``) with its offset in ``raw``; dropped ones go, and the
    ``\r`` of a CRLF too (its ``\n`` stands for both). ``str.translate`` keeps one character per
    raw character, so offsets are positions, and only texts with drops need a filtering pass."""
    src = raw.replace("\r\n", _DROPPED + "\n") if "\r\n" in raw else raw
    folded = src.translate(_FOLD_TABLE)
    if _DROPPED not in folded:
        return list(folded), list(range(len(folded)))
    offs = [i for i, ch in enumerate(folded) if ch != _DROPPED]
    return list(folded.replace(_DROPPED, "")), offs


def _squeeze(chars: list[str], offs: list[int]) -> tuple[list[str], list[int], set[int]]:
    """Collapse spaces, strip them at line ends, cap blank lines; note indented line starts."""
    out: list[str] = []
    out_offs: list[int] = []
    indented: set[int] = set()  # indices in ``out`` of "\n" followed by an indented line
    i, n = 0, len(chars)
    while i < n:
        ch = chars[i]
        if ch in " \t":
            j = i
            while j < n and chars[j] in " \t":
                j += 1
            at_start = not out or out[-1] == "\n"
            at_end = j == n or chars[j] == "\n"
            # One stray space is noise; two (a 全角 indent) or a tab start a paragraph.
            if at_start and out and not at_end and (j - i >= 2 or "\t" in chars[i:j]):
                indented.add(len(out) - 1)
            if not at_start and not at_end:
                run = chars[i:j]
                k = i + run.index("\t") if "\t" in run else i
                out.append(chars[k])
                out_offs.append(offs[k])
            i = j
            continue
        if ch == "\n" and len(out) >= 2 and out[-1] == "\n" and out[-2] == "\n":
            i += 1
            continue
        out.append(ch)
        out_offs.append(offs[i])
        i += 1
    return out, out_offs, indented


def _joinable(a: str, b: str, in_brackets: bool = False) -> bool:
    """Whether a wrap between ``a`` and ``b`` may be joined. Two Latin letters may be two words,
    except inside an unclosed bracket, where no paragraph can end (纯牛奶（250m|l）)."""
    left = is_cjk(a) or (a.isascii() and a.isalnum()) or a in _OPENERS or a in _CLOSERS
    right = is_cjk(b) or (b.isascii() and b.isalnum()) or b in _CONTINUATION or b in _OPENERS
    both_letters = a.isascii() and a.isalpha() and b.isascii() and b.isalpha()
    return left and right and (in_brackets or not both_letters)


def _open_bracket(line: str) -> bool:
    """The line ends inside a parenthesis it opened."""
    return line.count("（") + line.count("(") > line.count("）") + line.count(")")


def _keeps_break(prev: str, line: str) -> bool:
    """True when ``line`` starts something new after ``prev`` (heading, label, title …)."""
    if prev.rstrip(_CLOSERS)[-1:] in _SENTENCE_END:
        return True
    if len(prev) <= 30 and (_TITLE.search(prev) or _DOC_NUMBER.search(prev)):
        return True
    if _HEADING.match(line) or _LABEL.match(line) or _DATE_LINE.match(line) or _NOTE_LINE.match(line):
        return True
    return len(line) <= 30 and bool(_TITLE.search(line) or _DOC_NUMBER.search(line))


def _join_wraps(chars: list[str], indented: set[int]) -> set[int]:
    """Indices of "\\n" characters that are line wraps and should be removed."""
    text = "".join(chars)
    lines = text.split("\n")
    widths = [_width(line) for line in lines]
    full = max(widths, default=0.0)
    need = max(10.0, full - max(2.0, 0.12 * full))
    drop: set[int] = set()
    pos = 0
    for k in range(len(lines) - 1):
        prev, line = lines[k], lines[k + 1]
        nl = pos + len(prev)
        pos = nl + 1
        if not prev or not line or nl in indented or widths[k] < need:
            continue
        if _TABLE_ROW.search(prev) or _TABLE_ROW.search(line):  # each table row is a line, never a wrap
            continue
        if _joinable(prev[-1], line[0], _open_bracket(prev)) and not _keeps_break(prev, line):
            drop.add(nl)
    return drop


def normalize(raw: str, join_wraps: bool = True) -> tuple[str, tuple[int, ...]]:
    """Normalise ``raw`` and return ``(text, offsets)`` with ``raw[offsets[i]]`` → ``text[i]``.

    ``join_wraps=False`` for sources whose lines are logical paragraphs (DOCX), where a short
    line break is never a visual wrap.
    """
    chars, offs = _fold_all(raw)
    chars, offs, indented = _squeeze(chars, offs)
    drop = _join_wraps(chars, indented) if join_wraps else set()
    lo, hi = 0, len(chars)
    while lo < hi and chars[lo] == "\n":
        lo += 1
    while hi > lo and chars[hi - 1] == "\n":
        hi -= 1
    keep = [i for i in range(lo, hi) if i not in drop]
    return "".join(chars[i] for i in keep), tuple(offs[i] for i in keep)
