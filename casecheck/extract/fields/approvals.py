"""Approval forms' opinion rows (负责人意见, 局长审批, 承办机构意见 …): who writes them, and the
approving heads' rows nobody signed.

A row opens a line with its label (``负责人审批意见``, ``主管局长意见``, ``局长审批``) and ends the
label at a colon, a tab, or spaces (a form's cells as a PDF's text layer gives them). The signed
rows are read in ``signatures`` (``_opinion_rows``: a name before the date); ``unsigned_approvals``
reads the approving heads' rows that hold an opinion or a date but no signer at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from casecheck.extract.fields.names import is_person_name
from casecheck.extract.patterns import fast_compile
from casecheck.extract.text import line_end

# who writes an opinion on an approval form: the approving heads (局负责人, 主管局长, 局领导, 审批人),
# the handling unit (承办科室, 执法监察大队) and the legal office
OPINION_WHO = (
    r"(?:主要|分管|主管|机关|局|部门|单位)?负责人|(?:局|分管|主管|单位)?领导|(?:主管|分管|副)?局长|审批人?"
    r"|承办人|承办(?:机构|部门|科室|单位)|办案(?:机构|部门|科室)|执法(?:机构|部门|科室|监察大队|大队)"
    r"|法制机构|法制审核|审核"
)
# an opinion row's label: who, then 意见 / 审批意见 / 审核意见, or 审批 after a head (局长审批)
OPINION_LABEL = rf"(?P<who>{OPINION_WHO})(?:(?:审批|审核)?意见|(?:(?<=负责人)|(?<=领导)|(?<=局长))审批)"
# the label ends at a colon or a tab, or — where a form's cells became spaces in the text layer
# (``主管局长意见 同意立案``) — at spaces before the cell's text
OPINION_HEAD = rf"^[ \t\u3000]*(?P<label>{OPINION_LABEL})(?:[ \u3000]*[\t:：]|[ \u3000]+(?=\S))"
OPINION_ROW_HEAD = fast_compile(OPINION_HEAD, re.M)
_APPROVER_WHO = re.compile(r"负责人|领导|局长|审批")
_REVIEWER_WHO = frozenset({"法制机构", "法制审核", "审核"})


def opinion_role(who: str) -> str:
    """The role of an opinion row's writer: an approving head, the legal office, or the handling
    officers and unit (``officer``)."""
    if _APPROVER_WHO.search(who):
        return "approver"
    return "reviewer" if who in _REVIEWER_WHO else "officer"


# OCR reads a pen stroke between a name and its date as a quote mark: 杨光华”2022年…
STROKES = " \u3000\"'“”‘’~～"
ROW_MAX = 600  # characters: an opinion row longer than this is no form's row
# a date at a row's end in any written form (2023年3月14日, 2023.3.14, 二〇二三年三月十四日, 5.23), or
# its first half where OCR broke the date over two lines (杨光华”2022年⏎4月12日)
_ROW_DATE_END = re.compile(
    r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年(?:\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?)?"
    r"|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|\d{1,2}\s*[.月]\s*\d{1,2}\s*日?)[\s、。.”“\"]*$"
)
_CELL_JUNK = re.compile(r"^[\s|│┃]+|[\sA-Za-z|│┃_]+$")
DATE_LABEL = re.compile(r"[\s|│┃]*(?:签名|签字|审批|批准)?(?:日期|时间)[\s:：|│┃]*$")
_DATE_REMNANT = re.compile(r"[\s\dA-Za-z.,，/\-]+$")
_CLAUSES = re.compile(r"[。；;，,\s]+")
_NAME_AT_END = re.compile(r"[\u4e00-\u9fa5]{2,4}$")
_OPINION_TEXT = re.compile(r"同意|批准|准予|建议|拟|立案|结案|延长|处罚|执行")
# a cell's words: split at blanks, stops, brackets and table rules (王五、 / （王五） / |王五|)
_WORDS = re.compile(r"[\s,，。；;:：、|│┃()（）【】\[\]『』「」《》“”\"'‘’/~～]+")
# a name set out a character at a time: 王 五, 邹\u3000\u3000涛 (a two-character name padded to three)
_ONE_BY_ONE = re.compile(
    r"(?<![\u4e00-\u9fa5])([\u4e00-\u9fa5])[ \u3000]{1,3}(?=[\u4e00-\u9fa5](?![\u4e00-\u9fa5]))"
)
# a masked name: 张XX, 张××, 张○○ (是某, 张* are names to ``is_person_name`` already)
_MASKED = re.compile(r"[\u4e00-\u9fa5][XxＸｘ×○〇]{1,2}")
_POST = re.compile(
    r"^(?:副?(?:局长|主任|队长|科长|所长|站长)|(?:局|主要|分管)?负责人|审批人|批准人|签发人|领导)"
)
# a signature other than an empty slot: a 签名 note or a stamp, an e-signature, an approver's label
SIGN_MARK = re.compile(r"签名|签字|签章|盖章|印章|签发|审批人|批准人|电子签|[（(](?:章|印)[)）]")
_DATE_CELL = re.compile(r"(?:签名|签字|审批|批准|签发)?(?:日期|时间)\s*[:：\t ]")  # 日期：… under the row
EMPTY_SLOT = re.compile(r"(?:签名|签字|签章)\s*[:：]\s*$")
_PAGE_MARK = re.compile(
    r"[-—－\s]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页"
    r"|(?:Page|page|P)\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,4}(?:\s*/\s*\d{1,4})?|[=*＊_—\-]{4,})[-—－\s]*"
)
# the next row of the form: its label and a colon or a tab (a line of words apart by spaces may be a
# running header, a 文号 or a name with its post: not taken for a row)
_NEXT_LABEL = re.compile(r"[\u4e00-\u9fa5（）()]{2,12}\s*[:：\t]")
# a line under the row opening with a word where a name goes, then the date (彐建囯 2023年3月14日:
# a signer OCR garbled)
_WORD_THEN_DATE = re.compile(r"[\u4e00-\u9fa5·]{2,6}[\s~～”“\"]*(?:\d{4}|[〇○零一二])")


def names_a_person(cell: str) -> bool:
    """Some word of ``cell`` is a person's name (王五, 王 五, 副局长王五, （王五））."""
    for word in _WORDS.split(_ONE_BY_ONE.sub(r"\1", cell)):
        word = _POST.sub("", word)
        if 2 <= len(word) <= (12 if "·" in word else 4) and is_person_name(word):
            return True  # (热合曼·艾力: a dotted name)
        if _MASKED.fullmatch(word):
            return True
    return False


def named_below(text: str, end: int) -> bool:
    """A line under the row ending at ``end`` (two at most, blank lines and page marks passed over)
    opens with a name or a signing mark: ``…同意立案。 2023年3月14日⏎王建国``."""
    for _start, line in _lines_under(text, end, 2):
        if line is None:
            return False
        first = _WORDS.split(_ONE_BY_ONE.sub(r"\1", line), maxsplit=1)[0]
        return bool(SIGN_MARK.search(line) or names_a_person(first) or _WORD_THEN_DATE.match(line))
    return False


def _lines_under(text: str, end: int, count: int) -> Iterator[tuple[int, str | None]]:
    """``(start, line)`` of the lines after ``end`` that hold text, ``count`` of them at most (page
    marks count but are passed over, blank lines neither), then ``(len(text), None)`` if the text
    ends first."""
    pos, seen = end, 0
    while seen < count:
        if pos >= len(text):
            yield len(text), None
            return
        start, pos = pos + 1, line_end(text, pos + 1)
        line = text[start:pos].strip(" \t\u3000|│┃")
        if not line:
            continue
        seen += 1
        if not _PAGE_MARK.fullmatch(line):
            yield start, line


def unsigned_approvals(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Approving heads' rows that hold an opinion or a date but nobody signing them:
    ``主管局长意见 同意立案`` with the next row right under it, ``局长审批 2023年3月14日``,
    ``审批意见：同意。签名：`` with the date after the empty slot.

    The rows ``_opinion_rows`` reads need a date in figures after a name; these are the ones where
    no signer stands at all. Anything that may sign the row leaves it alone: a person's name in the
    cell or a short word where the name goes (OCR garbles names), a 签名 note, a stamp or an
    e-signature, or, on the lines under it (blank lines and page marks passed over), a name, a
    signing label (审批人：, 签名：, 日期：) or text the cell may run on into. The row is unsigned
    only when the next row's label or the end of the text follows. Rows starting inside the spans
    ``taken`` (read already) are left out; each row found is ``(label, start, end)``."""
    out = []
    for head in OPINION_ROW_HEAD.finditer(text) if "意见" in text or "审批" in text else ():
        if opinion_role(head.group("who")) != "approver":
            continue
        if any(lo <= head.start("who") < hi for lo, hi in taken):
            continue
        end = line_end(text, head.end())
        if end - head.start() > ROW_MAX:
            continue  # no form's row: a run-on paragraph (and no quadratic scan through it)
        raw = text[head.end() : end].strip()
        if names_a_person(raw):
            continue  # (before OCR's stray letters go: 张XX is a masked name)
        cell = _CELL_JUNK.sub("", raw)
        if not cell:  # 负责人审批⏎同意立案。张某 2024年…: the cell is the next line
            if end >= len(text) or _next_row(text, end + 1):
                continue  # a heading with no cell, or an empty row: not read as an approval
            end = line_end(text, end + 1)
            if end - head.start() > ROW_MAX:
                continue
            cell = _CELL_JUNK.sub("", text[text.rfind("\n", 0, end) + 1 : end].strip())
        dated = _ROW_DATE_END.search(cell)
        body = (cell[: dated.start()] if dated else cell).strip(STROKES + "。，,")
        slot = EMPTY_SLOT.search(body)
        if slot:
            body = body[: slot.start()]
        if SIGN_MARK.search(body) or names_a_person(body):
            continue  # signed, or something this reader cannot tell from a signature
        body = _DATE_REMNANT.sub("", DATE_LABEL.sub("", body))  # 同意 管某⏵日期⏵…: the date's own cell
        last = _CLAUSES.split(body.strip(STROKES + "。，,"))[-1].strip(STROKES)
        if last and _NAME_AT_END.search(last) and not _OPINION_TEXT.search(last):
            continue  # 同意。雪建生 20p2.47: a word where the name goes, however OCR read it
        if not (slot or dated or _OPINION_TEXT.search(body)):
            continue  # not an opinion: something this reader does not know
        under = _under(text, end)
        if under is None:
            continue
        if under == "date":  # 局负责人意见 同意。⏎2023年8月14日: the date under it, then the next row
            end = line_end(text, end + 1)
        out.append((head.group("label"), head.start("who"), end))
    return out


def _next_row(text: str, start: int) -> bool:
    """The line at ``start`` opens another row of the form (a label and its cell) or is empty."""
    line = text[start : line_end(text, start)]
    return not line.strip() or bool(OPINION_ROW_HEAD.match(line) or _NEXT_LABEL.match(line.strip()))


def _under(text: str, end: int) -> str | None:
    """What follows an approval row ending at ``end``, up to three lines on (blank lines and page
    marks passed over): ``"row"`` (the next row's label, or the end of the text), ``"date"`` (a
    line holding only a date, then the next row), or ``None`` (a name, a signing label, text the
    cell may go on into: the row may be signed there)."""
    dated = False
    for start, line in _lines_under(text, end, 3):
        if line is None:
            return "date" if dated else "row"
        if OPINION_ROW_HEAD.match(text, start):  # the next opinion row (承办人意见 …王某 2024.1.2)
            return "date" if dated else "row"
        if SIGN_MARK.search(line) or _DATE_CELL.match(line) or names_a_person(line):
            return None
        if _WORD_THEN_DATE.match(line):
            return None  # 彐建囯 2023年3月14日: a signer OCR garbled
        if _ROW_DATE_END.fullmatch(line) and not dated:
            dated = True
            continue
        return ("date" if dated else "row") if _NEXT_LABEL.match(line) else None
    return None
