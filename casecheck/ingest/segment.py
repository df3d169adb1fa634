"""Split a case's files into documents and classify each into a standard ``doc_type``.

A document starts at a *title line*: a line that is, as a whole, a catalogue title
(``rules/doctypes.yaml``), optionally with the agency name before it or on the line above.
On paged sources (PDF, scans, DOCX with page breaks, text with form feeds) documents normally
start near the top of a page, so a title deep inside a page is accepted only when the line
before it does not invite a value (``送达文书名称：`` followed by a title on the next line is a
table cell, not a new document). Pages without a title continue the previous document.

Text before the first title becomes ``其他`` unless a file holds no title at all, in which case
the file name and then the content decide (a folder case named ``03_询问笔录.docx``; a bare
decision body ending in ``决定如下``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from casecheck.ingest.doctypes import OTHER, classify_title, fuzzy_title
from casecheck.ingest.normalize import FOOTER
from casecheck.ingest.normalize import PAGE_NUMBER_ONLY as _PAGE_NUMBER_ONLY
from casecheck.model import Document, Page, SourceFile

_TOP_LINES = 6  # a title within the first lines of a page starts a document
_TITLE_TAIL = 6  # the longest wrapped-off end of a title we rejoin
_LOOSE_TOP_LINES = 2  # descriptive prefixes and unknown titles only in the page's first lines
_PAGE_NUMBER_LEAD = re.compile(r"^(?:第\s*)?\d{1,3}(?:\s*页)?\s{2,}|^[—-]\s*\d{1,3}\s*[—-]\s*")
_AGENCY_NAME = (
    r"[\u4e00-\u9fa5（）()]{4,30}"
    r"(?:局|委员会|委|厅|政府|支队|大队|中队|执法队|办公室|办事处|管理处|中心|署|所|站)"
)
_AGENCY_LINE = re.compile(rf"^{_AGENCY_NAME}$")
# 国家税务总局某市税务局第三稽查局 税务文书送达回证: the agency in the head row's first cell, the title
# in the next (a form whose title sits in a header table)
_AGENCY_CELL = re.compile(rf"^{_AGENCY_NAME}[ \t\u3000]+")
# the title's cell and at most its number's (编号：立〔2025〕41号 / 2024-003)
_HEAD_ROW = re.compile(r"\S+(?:[ \t\u3000]+(?:(?:编号|文号|案号)[:：]?[ \t\u3000]*)?(?:\S*号|[\w\-—]+))?")
# …询问（调查）笔录 第1页 共1页: the form's first page says so beside its title (a later page's 第2页
# continues the document)
_FIRST_PAGE_TAIL = re.compile(
    r"[ \t\u3000]+(?:第\s*1\s*页\s*[,，/]?\s*共\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页\s*第\s*1\s*页)$"
)
# Content cues for untitled text, strongest first: (doc_type, regex).
_CONTENT_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a volume's cover (its title misread: 行政处罚案耸): 全宗名称 / 保管期限 are the archive's labels
    (OTHER, re.compile(r"全宗(?:名称|号)\s*[:：]|保管期限\s*[:：]")),
    ("送达回证", re.compile(r"受送达人.{0,20}(签名|签收)|送达方式")),
    ("询问笔录", re.compile(r"询问(时间|地点|人)|被询问人")),
    ("现场检查笔录", re.compile(r"检查(时间|地点)|被检查(人|单位)")),
    # 决定：一、撤销《行政处罚决定书》(…): undoes a decision (the 文号 and fine it retells are that one's)
    (
        "撤销行政处罚决定书",
        re.compile(
            r"(?<!复议)(?<!判决)(?<!裁定)决定[:：]?\s*(?:一、)?撤销(?:原|本局|我局)?.{0,24}?《?(?:行政)?处罚决定"
            r"|^关于撤销.{0,40}处罚决定",
            re.M,
        ),
    ),
    ("不予行政处罚决定书", re.compile(r"不予(行政)?处罚")),
    # the party's waiver (本人…自愿放弃陈述、申辩和要求听证的权利) answers a notice: it is none itself
    (
        "陈述申辩笔录",
        re.compile(r"声明人[:：]|(?:本人|本单位|我单位|我公司|我司|我店|我方)[^。\n]{0,40}(?:自愿)?放弃"),
    ),
    ("行政处罚事先告知书", re.compile(r"拟(作出|对你|给予|处以)|陈述(、|和)?申辩.{0,10}权")),
    # (处罚决定书文号： on a cover or a 结案 form names the decision, it is none)
    (
        "行政处罚决定书",
        re.compile(
            r"决定(如下|给予|对当事人|处以)|处罚决定(?!书?(?:文号|编号))|处以罚款|作出.{0,10}行政处罚"
        ),
    ),
)


@dataclass
class _Start:
    """A document start found in one file: where (page index, line index) and what."""

    page_index: int
    line_index: int
    doc_type: str
    title: str | None


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _invites_value(line: str) -> bool:
    """A label line such as ``送达文书名称：`` whose value may be a title on the next line."""
    s = line.strip()
    if _SERIES_HEADER.match(s) or _QUOTED_WHOLE.search(s):
        # 卫生行政执法文书: a form series' header, the title follows; 文书内容如下：: a notice quoting a
        # whole document, its title next
        return False
    return bool(s) and (s.endswith(("：", ":")) or s.endswith(("名称", "文书", "文书名称", "文号")))


# (not 送达文书如下： over a receipt's row, nor 决定如下： over a decision's items)
_QUOTED_WHOLE = re.compile(r"(?:全文|内容|原文)[^：:]{0,4}如下[：:]$")
# (not 送达执法文书 / 送达的法律文书: a 送达回证's label over the title of what it served)
# 打印时间：2022-05-30 15:18 第2页 共12页: when a case system printed the page, not its content
PRINT_STAMP = re.compile(
    r"^(?:打印人\s*[:：]\s*\S{1,6}\s+)?(?:打印|制表|导出)(?:时间|日期)\s*[:：]"
    r"\s*[\d\-./年月日时分秒:： ]{8,24}"
    r"(?:\s*第\s*\d+\s*页\s*[，,/／]?\s*共\s*\d+\s*页)?$"
)
_SERIES_HEADER = re.compile(
    r"^(?![^\n]*(?:送达|所送|的|名称))[\u4e00-\u9fa5 \u3000]{0,16}(?:执法|法律)[ \u3000]*文[ \u3000]*书"
    r"(?:式样|格式)?$"
)


# 送达回执：受送达人 白宝山（签名） 2022年1月25日 送达方式：直接送达: one line holding a receipt's fields
# (the recipient and a date), printed under the document it serves
# (受送达人签收：郑某　签收日期：2014年4月4日 under a rule after the decision's 落款: the same)
INLINE_RECEIPT = re.compile(
    r"^(?=[^\n]*(?:受送达人|签收人|收件人))(?=[^\n]*(?:19|20)\d{2}\s*[年./\-])"
    r"(?P<label>(?:送达|签收)?回执|送达回证|签收栏|受送达人(?:签收|签名|签字))\s*[:：]\s*"
)
_FIRST_CELL = re.compile(r"^(\S+?)[\t \u3000]+\S")


def _label_cell_row(line: str) -> bool:
    """A form row whose first cell is a label inviting a title (``文书名称<tab>行政处罚决定书``)."""
    m = _FIRST_CELL.match(line)
    return bool(m) and len(m.group(1)) > 1 and _invites_value(m.group(1))


def _find_starts(source: SourceFile) -> list[_Start]:
    starts: list[_Start] = []
    paged = len(source.pages) > 1
    running = _running_headers(source)
    listed = _catalogue_rows(source)
    title_at = (-1, -1)  # (page, line) of the last title that started a document
    headed: dict[int, str] = {}  # start index → the head row (agency, title, number) that opened it
    for pi, page in enumerate(source.pages):
        lines = _lines(page.text)
        seen_content = 0
        prev = before = ""  # the last two non-empty lines
        for li, line in enumerate(lines):
            stripped = line.strip()
            # a page number, a rule or a form series' header (卫生行政执法文书 over 现场检查笔录) counts
            # only at the top: below it none of the patterns is tried
            top_mark = seen_content < _LOOSE_TOP_LINES and _is_mark(stripped)
            if not stripped or top_mark:
                if stripped:  # a rule (====) or a page number at the top is no content
                    prev, before = stripped, prev
                continue
            near_top = seen_content < _TOP_LINES
            stubbed = False
            loose = seen_content < _LOOSE_TOP_LINES  # the top of a page (or of an unpaged file)
            lead = _EXPORT_LEAD.match(stripped)  # 【文书05】证据材料登记: a heading, whatever it names
            hit = classify_title(
                _unframed(stripped) if _form_title_row(lines, li) else stripped[lead.end() if lead else 0 :],
                loose=loose or lead is not None,
            )
            if hit is None and not loose and _under_rule(prev, before):
                # ===== then 统计违法案件立案审批表 (or the agency's line, then it): a sector's title
                # under a rule, as at a page top
                ruled = classify_title(stripped, loose=True)
                hit = ruled if ruled and ruled[0] != OTHER else None
            if (
                hit is None
                and li + 1 < len(lines)
                and 0 < len(lines[li + 1].strip()) <= _TITLE_TAIL
                and (classify_title(lines[li + 1].strip(), loose=True) or (OTHER,))[0] == OTHER
            ):
                # A long merged title wrapped onto a short next line: …执法大队行政处罚决|定书 (a
                # short next line that is a title of its own has the agency's name above it).
                joined = classify_title(stripped + lines[li + 1].strip(), loose=loose)
                hit = joined if joined and joined[0] != OTHER else None
            after_end = _follows_document_end(prev) or _QUOTED_WHOLE.search(prev) is not None
            if hit is None and seen_content and not lines[li - 1].strip() and after_end:
                # …接待人：孙某 2024年3月18日⏎⏎劳动保障监察立案审批表: after a document's end and a blank
                # line a title may carry its form series' prefix, as at a page top
                after_end = classify_title(stripped, loose=True)
                hit = after_end if after_end and after_end[0] != OTHER else None
            if hit is None and stripped in listed and _alone(lines, li):
                # （五）立案审批表 set apart by blank lines, as the 目录 lists it: a volume copied with
                # its 目录's numbers (a report's own （二）证据材料 heading is listed nowhere)
                hit = classify_title(_ORDINAL_LEAD.sub("", stripped))
            if hit is None and loose and _PAGE_NUMBER_LEAD.match(stripped):
                # A page number printed before the title on the page's first line: "16    银行缴款回单".
                hit = classify_title(_PAGE_NUMBER_LEAD.sub("", stripped), loose=True)
            # ====⏎法制审核意见书⏎====⏎审核意见：…: the rule under a title underlines it; the label under
            # it is the document's first field, no title of its own
            ruled = hit is None and not loose and _RULE_LINE.match(prev)
            if ruled and title_at == (pi, _prev_nonempty(lines, _prev_nonempty(lines, li))):
                ruled = None  # the title's underline
            if hit is None and (loose or ruled):
                # 立案登记表 某立〔2024〕12号 / 某省非税收入一般缴款书  缴款人：… / 整改复查记录：…
                hit = _title_head(stripped, after_rule=not loose, first=seen_content == 0)
            if hit is None and loose and stripped not in running and (cell := _AGENCY_CELL.match(stripped)):
                rest = _FIRST_PAGE_TAIL.sub("", stripped[cell.end() :])  # the agency's cell, the title's
                # (a receipt row, 某局 行政处罚决定书 某罚〔…〕号 2024年5月6日 直接送达 张三, is no head row)
                hit = classify_title(rest, loose=True) or (
                    _title_head(rest, after_rule=False, first=True) if _HEAD_ROW.fullmatch(rest) else None
                )
                hit = hit if hit and hit[0] != OTHER else None
                if hit and starts and headed.get(len(starts) - 1) == _compact(stripped):
                    hit = None  # the same head row over a later page of the document it opened
            if hit is None and starts and _serves_stub(starts[-1].doc_type) and _follows_document_end(prev):
                # …（印章） 2022年1月24日⏎送达回执：受送达人 白宝山（签名）2022年1月25日 送达方式：…: the
                # receipt stub printed under the document it serves, a receipt of its own
                stub = INLINE_RECEIPT.match(stripped)
                hit = ("送达回证", stub.group("label")) if stub else None
                stubbed = stub is not None
            if hit is None and starts and _compact(stripped) == _compact(starts[-1].title or ""):
                hit = (starts[-1].doc_type, starts[-1].title or stripped)  # the open slip's title again
            if (hit is None or hit[0] == OTHER) and loose and page.method == "ocr":
                hit = fuzzy_title(stripped) or hit  # 行政处罚事先告和书: a title OCR misread
                if (hit is None or hit[0] == OTHER) and _catalog_header(lines, li):
                    hit = ("卷内目录", stripped)  # 众内目录 over 序号 文书名称 … 页号: a misread 卷内目录
            if (
                hit
                and not _invites_value(prev)
                and not (len(prev) <= 3 and _invites_value(before + prev))  # 送达文书名⏎称⏎行政处罚决定书
                # credible: near a page top, or after a document's end (its agency line between)
                and (
                    near_top
                    or not paged
                    or _follows_document_end(prev)
                    or _signed_record_end(prev, starts, hit, lines, li)
                    or _NUMBER_HEADER.match(prev)
                    or _RULE_LINE.match(prev)  # ===== between the documents of a text file
                    or (hit[0] != OTHER and _BARE_DASHES.match(prev) and _set_apart(lines, li))
                    # …第5页⏎海事行政处罚案件调查报告: a printed page's footer, then the next page's
                    # title (two pages a sheet, a 2-up print, read as one page)
                    or (FOOTER.match(prev) is not None and _next_document(starts, hit, lines, li))
                    or (
                        _AGENCY_LINE.match(_compact(prev))
                        and FOOTER.match(before) is not None
                        and _next_document(starts, hit, lines, li)
                    )
                    # …记录人：尹某⏎⏎行政处罚事先告知书: a record closed by its signers' names, a blank
                    # line, then a document's title (several documents on one page)
                    or (
                        _SIGNERS_LINE.search(prev) is not None
                        and not lines[li - 1].strip()
                        and _next_document(starts, hit, lines, li, signed=True)
                    )
                    or (
                        _AGENCY_LINE.match(_compact(prev))
                        and (
                            _RULE_LINE.match(before)
                            or _NUMBER_HEADER.match(before)
                            or _opens_paragraph(lines, _prev_nonempty(lines, li))
                        )
                    )
                    or _another_slip(starts, pi, hit)
                    or _after_catalogue(starts, pi, lines, li)
                )
                and (stubbed or not _label_cell_row(stripped))  # (送达回执：　受送达人 …: its label first)
            ):
                start_li = li
                # Pull an agency-name line just above the title into the document.
                if seen_content and _AGENCY_LINE.match(_compact(prev)):
                    start_li = _prev_nonempty(lines, li)
                # …and the case/document number block a case system prints over each document
                while start_li > 0 and _pulled_header(lines[_prev_nonempty(lines, start_li)].strip()):
                    start_li = _prev_nonempty(lines, start_li)
                if all(_is_mark(x.strip()) or x.strip() in running for x in lines[:start_li]):
                    # the page's own number, a rule or a running header read first: the page is the
                    # new document's
                    start_li = 0
                if _under_heading(starts, pi, li, lines) and not _ORDINAL_LEAD.match(stripped):
                    # the heading named the document (or a group: 告知书及送达回证); its own title decides
                    starts[-1] = _Start(pi, starts[-1].line_index, hit[0], hit[1])
                    title_at = (pi, li)
                elif not _part_of_combined(starts, pi, li, lines, hit):
                    starts.append(_Start(pi, start_li, hit[0], hit[1]))
                    title_at = (pi, li)
                    if _AGENCY_CELL.match(stripped):
                        headed[len(starts) - 1] = _compact(stripped)
            seen_content += 1
            prev, before = stripped, prev
    return _drop_adjacent_duplicates(starts, source)


def _under_rule(prev: str, before: str) -> bool:
    """The line after ``prev`` opens a part of the text set off by a rule or by a printed page's
    footer (第5页: two pages a sheet, read as one): ``prev`` is the rule, or the agency's name right
    under it."""
    return bool(_set_off(prev) or (_set_off(before) and _AGENCY_LINE.match(_compact(prev))))


def _set_off(line: str) -> bool:
    """A rule, or a footer that says it is one (第5页, — 5 —, 5/17: not a bare number, which may be a
    目录's cell)."""
    return bool(_RULE_LINE.match(line) or FOOTER.match(line))


def _running_headers(source: SourceFile) -> frozenset[str]:
    """Lines that open two or more pages of the file: a running header (an agency and 案由 a case
    system prints over every page) is page furniture, not the end of the document before it."""
    seen: set[str] = set()
    running: set[str] = set()
    for page in source.pages if len(source.pages) > 1 else ():
        first = next((x.strip() for x in _lines(page.text) if x.strip()), "")
        if first and not _is_mark(first):
            (running if first in seen else seen).add(first)
    return frozenset(running)


def _part_of_combined(starts: list[_Start], pi: int, li: int, lines: list[str], hit: tuple[str, str]) -> bool:
    """``hit`` is the first line under a title that names two documents, one of them ``hit``'s
    type (缴款凭证及结案报告 over 某省非税收入缴款书 缴款人：…): one document holding both."""
    last = starts[-1] if starts else None
    if last is None or last.page_index != pi or not last.title or last.title == hit[1]:
        return False
    parts = _COMBINED.split(_compact(last.title))
    if len(parts) < 2 or _prev_nonempty(lines, li) != _title_line(lines, last):
        return False
    return any((classify_title(p, loose=True) or (OTHER,))[0] == hit[0] for p in parts if len(p) >= 3)


def _title_line(lines: list[str], start: _Start) -> int:
    """The line of ``start``'s title (its start line, or the agency/number lines pulled above it)."""
    for j in range(start.line_index, len(lines)):
        if start.title and _compact(start.title) in _compact(lines[j]):
            return j
    return start.line_index


_COMBINED = re.compile(r"及|与|和|暨")


def _opens_paragraph(lines: list[str], li: int) -> bool:
    """Line ``li`` follows a blank line (卷内目录 … ⏎⏎某某局⏎立案审批表: a new document's agency line),
    or is the first row of a box table set off by one (⏎⏎┌──┬──┐⏎│某局立案审批表│: a form's title row)."""
    if li > 1 and _BOX_TOP.match(lines[li - 1].strip()):
        li -= 1
    return li > 0 and not lines[li - 1].strip()


# a box table's top border (┌────┬────┐) and a row framed as one cell (│  某局立案审批表  │)
_BOX_TOP = re.compile(r"^[┌╔┏][─━═┬╦┳]+[┐╗┓]$|^\+[-=+]{3,}\+$")  # box characters, or ASCII +---+
_FRAMED = re.compile(r"^[│┃║|]\s*([^│┃║|]+?)\s*[│┃║|](?:\s*[│┃║|])*$")  # | 送达回证 |  | : one cell filled


def _form_title_row(lines: list[str], li: int) -> bool:
    """Line ``li`` is a box table's first row, under its top border, the table set off by a blank line
    or opening the page: where a form drawn in a box prints its title (not a row inside a form)."""
    if li < 1 or lines[li].lstrip()[:1] not in "│┃║|" or not _BOX_TOP.match(lines[li - 1].strip()):
        return False
    return li < 2 or not lines[li - 2].strip()


def _unframed(line: str) -> str:
    """A one-cell box row's content (a form's title row in a text rendering), else the line."""
    m = _FRAMED.match(line) if line[:1] in "│┃║|" else None
    return m.group(1) if m else line


_GRID_CELL = re.compile(r"^[\d.\-/年月日\s—~～至]+$")  # a bare serial, page or date cell


def _after_catalogue(starts: list[_Start], pi: int, lines: list[str], li: int) -> bool:
    """A title opening a paragraph on the page where a 卷内目录 opened: the first document after
    the catalogue's rows (…13 结案审批表 13⏎⏎某局立案审批表)."""
    last = starts[-1] if starts else None
    same_page = bool(last and last.doc_type == "卷内目录" and last.page_index == pi)
    if not (same_page and _opens_paragraph(lines, li)):
        return False
    # a catalogue laid out one cell per paragraph (1⏎⏎立案审批表⏎⏎2023.5.4): its title cells are no title
    nxt = next((x.strip() for x in lines[li + 1 :] if x.strip()), "")
    return not (_GRID_CELL.match(lines[_prev_nonempty(lines, li)].strip()) or _GRID_CELL.match(nxt))


# small forms printed several to a page: each repeats its full title (两期缴款书, 两张送达回证)
_SLIP_TYPES = frozenset({"缴款凭证", "送达回证"})


def _another_slip(starts: list[_Start], pi: int, hit: tuple[str, str]) -> bool:
    """A slip's title repeated on the page where the same slip opened: the next slip."""
    last = starts[-1] if starts else None
    return bool(
        last and hit[0] in _SLIP_TYPES and last.page_index == pi and (last.doc_type, last.title) == hit
    )


# the header row of a 卷内目录's table (序号 文书名称 文号 日期 页号)
_CATALOG_HEADER = re.compile(r"(?:文书|文件)(?:名称|题名).*(?:页号|页次|页码)")
_SHORT_TITLE = 12  # a catalogue's title line is short


def _catalog_header(lines: list[str], li: int) -> bool:
    """Whether a short line ``li`` stands over a 卷内目录's header row (the next non-empty line)."""
    if len(lines[li].strip()) > _SHORT_TITLE:
        return False
    nxt = next((x for x in lines[li + 1 : li + 3] if x.strip()), "")
    return bool(_CATALOG_HEADER.search(nxt))


# …日 / （印章） / a form's last row dated 2022-09-26 (│审核日期│2022-09-26│): the line a record ends on
_DOCUMENT_END = re.compile(
    r"(日|印章|公章|盖章|以下空白|（章）|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s*\d{1,2}:\d{2})?\s*[│|]?)[）)]?$"
)
# the last line of a record or a receipt: its signers' names after their role (记录人：尹某, 送达人：
# 邹某 尹某)
_SIGNERS_LINE = re.compile(
    r"(?:^|(?<=[。；;\s]))(?:记录人|记录员|送达人|承办人|审核人|主持人|执法人员)\s*[:：]\s*[\u4e00-\u9fa5]{2,4}"
    r"(?:[ \u3000、，,]+[\u4e00-\u9fa5]{2,4})*$"
)
# …记录员：（签名）田欣 ⏎ 听 证 报 告: a record closed by its signers' signatures, another document's
# title next (the same title again is the record's next page; a receipt's rows name documents)
_SIGNED_END = re.compile(
    r"(?:被询问人|被检查人|被处罚人|询问人|检查人|记录人|记录员|主持人|听证员|当事人|参加人|审核人|执法人员"
    r"|办案人员|承办人|见证人|证人)[^\n]{0,12}?"
    r"(?:签名|签字|签章)[）)]?\s*[:：]?\s*[\u4e00-\u9fa5]{2,4}$"
)


def _signed_record_end(
    prev: str, starts: list[_Start], hit: tuple[str, str], lines: list[str], li: int
) -> bool:
    """``prev`` closes a record with its signers' names and ``hit`` opens another kind of document."""
    if not _SIGNED_END.search(prev) or (starts and starts[-1].doc_type in (hit[0], "送达回证")):
        return False
    nxt = next((x.strip() for x in lines[li + 1 :] if x.strip()), "")
    return not _DOCUMENT_END.search(nxt)  # a date right under the name: a row of a list, no title


# 案件编号：X市监立〔2022〕第1187号 文书编号：…: the header a case-handling system prints on a document
_NUMBER_HEADER = re.compile(r"^(?:案件编号|文书编号|案件编码|执法文书编号)\s*[:：]")
# the document's 文号 printed alone above its agency and title (滁环罚字〔2023〕12号): pulled into the
# document a credible title starts, never a reason to believe one (a 卷内目录 lists 文号 cell by cell)
_NUMBER_LINE = re.compile(r"^[^\s〔\[]{1,12}[〔\[]\s*(?:19|20)\d{2}\s*[〕\]]\s*第?\s*\d{1,6}\s*号$")
# A drawn rule between two records on one page (------, ————, ══════, －－－－).
# a rule: six or more dashes, dots, stars …; ===, the separator a text file puts between its
# documents, from three (a run of dashes or stars that short may set off a list inside a document)
_RULE_LINE = re.compile(r"^(?:[-—─━=＝═_＿~～*·.－]{6,}|[=＝═]{3,})$")
# a bare —— set apart by blank lines where a page without a number ends (a cover, a 目录; the
# numbered pages end —第3页—): a known document's title may follow; a form's empty cell (——) is
# followed by its next cell, which may name a document (送达文书 ⏎ —— ⏎ 行政处罚决定书)
_BARE_DASHES = re.compile(r"^[—－]{2,5}$")
# A title at the head of a line that goes on with the document: its 文号, or its first field.
_HEAD = re.compile(r"^(?P<head>[^\s：:，,。；;]{3,30}?)(?:(?P<gap>[ \t\u3000]+)|[：:])(?P<rest>\S.*)$")
_NUMBER_THEN_COLON = re.compile(r"^[^\s：:]{1,40}?号\s*[：:]")
_NUMBER_LEAD = re.compile(r"^[^\s〔\[]{1,14}[〔\[]\s*(?:19|20)\d{2}\s*[〕\]]")
_FIELD_LEAD = re.compile(r"^[\u4e00-\u9fa5（）()]{2,10}[：:]")
_MIN_COLON_TITLE = 6  # 行政处罚信息公示情况：… is a record; 公示情况：… on a form's second page is a field


def _title_head(line: str, after_rule: bool, first: bool) -> tuple[str, str] | None:
    """A title that opens a line holding more of the document (at a page top, or below a rule).

    ``title  文号`` and ``title  label：value`` take any catalogue title (a generic one only before a
    文号); ``title：value`` takes a full catalogue title on a page's first line, any title below a
    rule."""
    slip = _SLIP_HEAD.match(line)
    if slip and (hit := classify_title(slip.group(1), loose=True)) and hit[0] != OTHER:
        return hit  # 某省非税收入一般缴款书（收据联）汇总缴款人 金额…: a slip's title, its cells run on
    m = _HEAD.match(line)
    if not m:
        return None
    hit = classify_title(m.group("head"), loose=True)
    if hit is None:
        return None
    rest = m.group("rest")
    if after_rule:
        return hit
    if m.group("gap"):
        # (a generic head whose 文号 a colon follows is a form's row: 处罚决定  某罚〔2018〕9号：罚款…)
        number = bool(_NUMBER_LEAD.match(rest)) and not (hit[0] == OTHER and _NUMBER_THEN_COLON.match(rest))
        return hit if number or (hit[0] != OTHER and _FIELD_LEAD.match(rest)) else None
    strict = classify_title(m.group("head")) if first else None
    return strict if strict and strict[0] != OTHER and len(m.group("head")) >= _MIN_COLON_TITLE else None


_SLIP_HEAD = re.compile(
    r"((?:(?![持将凭及和])[^\s（(]){2,30}?(?:缴款书|缴款凭证|收据|回单)[（(][^）)\s]{1,6}联[）)])"
    r"(?![到至往向在的]|缴纳|缴至|缴入)"  # not a sentence going on (…缴款书（第一联）到某某银行缴纳)
)
_FRESH_HEADER = re.compile(r"(时间|地点|文号|〔\d{4}〕|\[\d{4}\]|当事人|被询问人|受送达人)")
_SPACE_RUN = re.compile(r"\s+")


def _pulled_header(line: str) -> bool:
    """A line printed over a document's title that belongs to it: a case system's number header or
    the document's own 文号."""
    return bool(_NUMBER_HEADER.match(line) or _NUMBER_LINE.match(line))


def _follows_document_end(prev: str) -> bool:
    """A previous line that closes a document (a date, a seal, 以下空白) makes a mid-page title credible."""
    return bool(_DOCUMENT_END.search(prev.strip()) or _RULE_LINE.match(prev.strip())) or not prev


def _next_document(
    starts: list[_Start], hit: tuple[str, str], lines: list[str], li: int, signed: bool = False
) -> bool:
    """A known title after a printed page's footer (or signers' names and a blank line) opens the
    next document — not a 卷内目录's row (a title with its page cell under it), not a record's
    own title again over its next page's questions (询问笔录⏎问：…), and after signers not a
    heading inside a form (法制审核意见⏎同意…) nor the document a 送达回证 lists (its rows under it)."""
    if hit[0] == OTHER:
        return False
    open_type = starts[-1].doc_type if starts else None
    nxt = next((x.strip() for x in lines[li + 1 :] if x.strip()), "")
    if open_type == "卷内目录" or (FOOTER.match(nxt) and not signed):
        return False
    if open_type == hit[0] and not (_OPENING.match(nxt) and not nxt.startswith(("问", "答"))):
        return False
    if not signed:
        return True
    if open_type == "送达回证" and hit[0] in _SERVED:
        # the document the receipt lists, its rows going on under it (…⏎受送达人签收：…), or
        # the next document after the receipt (…⏎当事人：…)
        ahead = [x.strip() for x in lines[li + 1 : li + 6] if x.strip()][:3]
        if any(_RECEIPT_ROW.search(x) for x in ahead):
            return False
    return not nxt or bool(FOOTER.match(nxt) or _OPENING.match(nxt) or _AGENCY_LINE.match(_compact(nxt)))


# what opens a document under its title: a labelled field (时间：, 案件名称：), its 文号, an addressee
_OPENING = re.compile(r"^(?:[\u4e00-\u9fa5（）()]{2,12}[：:]|[^\s〔\[]{1,14}[〔\[]\s*(?:19|20)\d{2})")
_RECEIPT_ROW = re.compile(r"签收|签名|受送达人|送达人|送达方式|送达地点|收件人")
# the documents a 送达回证 names as served (送达文书⏎行政处罚决定书): no new document after its signers
_SERVED = frozenset(
    {"行政处罚决定书", "行政处罚事先告知书", "听证告知书", "听证通知书", "不予行政处罚决定书"}
    | {"当场行政处罚决定书"}
)


_ORDINAL_LEAD = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）][ \u3000]*")


def _serves_stub(doc_type: str) -> bool:
    """A document a receipt stub may be printed under: one served on the party (a 决定书, 告知书,
    通知书), not a record or a form that ends in its own signature row (受送达人签名：…)."""
    return (doc_type.endswith("书") or "通知" in doc_type) and doc_type not in ("送达回证", "送达地址确认书")


# 【文书03】立案审批表 / 卷内文件12　不予行政处罚决定书: a case system's export numbers each document
# before its title (not 【证据1】 or 材料1、营业执照复印件: a list's items, whose names may be titles)
_EXPORT_LEAD = re.compile(
    r"^(?:【(?:卷内文件|文书)\s*\d{1,3}】|(?:卷内文件|文书)\s*(?:第\s*)?\d{1,3}\s*[号份]?[ \u3000]+)"
    r"[ \u3000]*(?=\S)"
)


def _catalogue_rows(source: SourceFile) -> frozenset[str]:
    """Numbered lines (（五）立案审批表) a 目录 lists (a run of three or more numbered rows, one under
    another): the headings over the documents that repeat them."""
    listed: set[str] = set()
    for page in source.pages:
        if "）" not in page.text and ")" not in page.text:
            continue
        run: list[str] = []
        for line in [*_lines(page.text), ""]:
            x = line.strip()
            if _ORDINAL_LEAD.match(x):
                run.append(x)
                continue
            if len(run) >= _CATALOGUE_RUN:
                listed.update(run)
            run = []
    return frozenset(listed)


_CATALOGUE_RUN = 3


def _under_heading(starts: list[_Start], pi: int, li: int, lines: list[str]) -> bool:
    """A document's own title a few lines under its volume heading (（十三）行政处罚决定书⏎⏎某局⏎
    行政处罚决定书, or a case system's export heading: 【文书11】行政处罚决定书⏎生成时间：…⏎====⏎某局⏎
    行政处罚决定书): the document began at the heading."""
    last = starts[-1] if starts else None
    heading = lines[last.line_index].strip() if last and last.page_index == pi else ""
    return bool(
        last
        and 0 < li - last.line_index <= _HEADING_REACH
        and (_ORDINAL_LEAD.match(heading) or _EXPORT_LEAD.match(heading))
    )


_HEADING_REACH = 4  # blank, agency line, blank, title


def _alone(lines: list[str], li: int) -> bool:
    """Line ``li`` has a blank line (or the text's edge) on either side."""
    return (li == 0 or not lines[li - 1].strip()) and (li + 1 >= len(lines) or not lines[li + 1].strip())


def _set_apart(lines: list[str], li: int) -> bool:
    """The rule line above line ``li`` stands alone: a blank line before it and after it (a page's
    end mark, not a form's empty cell with the next cell under it)."""
    j = _prev_nonempty(lines, li)
    return 0 < j < li - 1 and not lines[j - 1].strip()


def _prev_nonempty(lines: list[str], li: int) -> int:
    j = li - 1
    while j > 0 and not lines[j].strip():
        j -= 1
    return j


def _compact(s: str) -> str:
    return _SPACE_RUN.sub("", s)


# A title's note saying it heads a later page of its document: （第2页 共3页）, （第二页）, （续页）.
_LATER_PAGE = re.compile(
    r"[（(](?:第(?:[2-9]|\d{2,}|[二三四五六七八九十]+)页(?:[/，,]?共[\d一二三四五六七八九十]+页)?"
    r"|续页?|续[一二三四五六七八九十\d]+)[）)]$"
)


def _drop_adjacent_duplicates(starts: list[_Start], source: SourceFile) -> list[_Start]:
    """A title repeated on the next page top (running headers) continues the same document, and so
    does one whose note marks a later page of it (``询问笔录（第2页 共3页）``)."""
    out: list[_Start] = []
    for s in starts:
        if out and out[-1].doc_type == s.doc_type and _LATER_PAGE.search(_compact(s.title or "")):
            continue
        same_type_next_page = (
            out and out[-1].doc_type == s.doc_type and s.page_index == out[-1].page_index + 1
        )
        if same_type_next_page and (_continued(s.title) or _has_header_repeat(source, out[-1], s)):
            continue
        out.append(s)
    return out


# A title that says it is a later page of its record: 询问笔录（第2页 共3页）, （续页）, (续).
_CONTINUED_TITLE = re.compile(
    r"[（(]\s*(?:第\s*(?:[2-9]|\d{2,}|[二三四五六七八九十]+)\s*页(?:\s*[，,]?\s*共\s*\S{1,3}\s*页)?|续页?)\s*[)）]$"
)


def _continued(title: str | None) -> bool:
    """The title marks a continuation page (its record's signature lines are no fresh header)."""
    return bool(title and _CONTINUED_TITLE.search(title))


def _has_header_repeat(source: SourceFile, a: _Start, b: _Start) -> bool:
    """True when page b's text is a continuation: it does not begin with a fresh 文号/heading block."""
    # Continuation pages of forms often repeat the title; a new document of the same type
    # (a second 询问笔录) carries its own time/place header right below the title.
    # the header block is the few lines under the title: a short page's closing signatures
    # (被询问人：（签名）…) are no header
    head: list[str] = []
    for line in _lines(source.pages[b.page_index].text)[b.line_index :]:
        if _QA_LINE.match(line) or len(head) == _HEADER_LINES:
            break  # the questions have begun, or the header's lines are read: the header is over
        if line.strip():
            head.append(line)
    return not _FRESH_HEADER.search("\n".join(head)[:400])


_HEADER_LINES = 6
_QA_LINE = re.compile(r"\s*(?:问|答)\s*[:：]")


def segment_file(source: SourceFile) -> list[Document]:
    """Split one file into documents (refs are assigned later, per case)."""
    starts = _find_starts(source)
    if not starts:
        return [_untitled(source)] if any(p.text.strip() for p in source.pages) else []
    docs: list[Document] = []
    first = starts[0]
    if _has_text_before(source, first):
        docs.append(_build(source, _Start(0, 0, OTHER, None), first))
    for i, s in enumerate(starts):
        docs.append(_build(source, s, starts[i + 1] if i + 1 < len(starts) else None))
    return [d for d in docs if d.text.strip()]


def _has_text_before(source: SourceFile, first: _Start) -> bool:
    before = [p.text for p in source.pages[: first.page_index]]
    before.append("\n".join(_lines(source.pages[first.page_index].text)[: first.line_index]))
    return bool("".join(before).strip())


def _build(source: SourceFile, start: _Start, end: _Start | None) -> Document:
    """Assemble a document's text from ``start`` up to (not including) ``end``."""
    last_pi = end.page_index if end else len(source.pages) - 1
    parts: list[str] = []
    page_starts: list[int] = []
    offset = 0
    for pi in range(start.page_index, last_pi + 1):
        lines = _lines(source.pages[pi].text)
        lo = start.line_index if pi == start.page_index else 0
        hi = end.line_index if end and pi == end.page_index else len(lines)
        chunk = "\n".join(lines[lo:hi])
        if pi > start.page_index and end and pi == end.page_index and _only_marks(lines[lo:hi]):
            last_pi = pi - 1  # the next document starts at the top of this page (under a rule)
            break
        page_starts.append(offset)
        parts.append(chunk)
        offset += len(chunk) + 1
    text = "\n".join(parts)
    title_span = _title_span(text, start.title)
    first_page = source.pages[start.page_index].number
    last_page = source.pages[last_pi].number
    imaged, sealed, grey = _image_facts(source.pages[start.page_index : last_pi + 1])
    return Document(
        ref=start.doc_type,
        doc_type=start.doc_type,
        title=start.title,
        file=source.name,
        pages=(first_page, last_page),
        text=text,
        page_starts=tuple(page_starts),
        title_span=title_span,
        imaged_pages=imaged,
        seal_pages=sealed,
        grey_pages=grey,
    )


# a line of bars alone: a table's empty border row, or what OCR reads of a scan's edge (| |)
_BARS_ONLY = re.compile(r"^[|｜│┃丨\s]+$")


def _is_mark(line: str) -> bool:
    """A stripped line that is no content of a document: blank, a rule (``=====``), bars alone, a
    page number or a form series' header."""
    return not line or bool(
        _RULE_LINE.match(line)
        or _BARS_ONLY.match(line)
        or _PAGE_NUMBER_ONLY.match(line)
        or _SERIES_HEADER.match(line)
        or (line[:1] in "打制导" and PRINT_STAMP.match(line))
    )


def _only_marks(lines: list[str]) -> bool:
    """Marks only (``_is_mark``): the lines hold nothing of a document."""
    return all(_is_mark(ln.strip()) for ln in lines)


def _image_facts(pages: tuple[Page, ...] | list[Page]) -> tuple[tuple[int, ...], ...]:
    """Page numbers examined as images, those showing a red seal, and those without colour."""
    return (
        tuple(p.number for p in pages if p.imaged),
        tuple(p.number for p in pages if p.seal_box),
        tuple(p.number for p in pages if p.grey),
    )


def _title_span(text: str, title: str | None) -> tuple[int, int] | None:
    if not title:
        return None
    m = _spaced_title(title).search(text)
    return (m.start(), m.end()) if m else None


@functools.lru_cache(maxsize=1024)
def _spaced_title(title: str) -> re.Pattern[str]:
    """``title`` as a pattern that allows spaces between its characters (built once per title)."""
    return re.compile(r"\s*".join(re.escape(c) for c in title))


# the serial a case folder's file names open with: 03_, 3. , 第11件 , 第2份_
_FILE_SERIAL = re.compile(r"^(?:[\d_\-\s.、]+|第\s*[\d一二三四五六七八九十]+\s*[件份](?=[_\-\s.、]))+")


def name_title(name: str) -> str:
    """What a case folder's file name says its document is: its stem without the serial it opens
    with (``第11件 放弃陈述申辩和听证声明.txt`` → ``放弃陈述申辩和听证声明``)."""
    return _FILE_SERIAL.sub("", Path(name).stem).strip("_-－ ")


def _untitled(source: SourceFile) -> Document:
    """A file with no title line: classify by file name, then by content cues."""
    doc_type = OTHER
    hit = classify_title(name_title(source.name))
    if hit:
        doc_type = hit[0]
    else:
        sample = "\n".join(p.text for p in source.pages)[:6000]
        for cue_type, cue in _CONTENT_CUES:
            if cue.search(sample):
                doc_type = cue_type
                break
    text = "\n".join(p.text for p in source.pages)
    imaged, sealed, grey = _image_facts(source.pages)
    page_starts, offset = [], 0
    for p in source.pages:
        page_starts.append(offset)
        offset += len(p.text) + 1
    return Document(
        ref=doc_type,
        doc_type=doc_type,
        title=None,
        file=source.name,
        pages=(source.pages[0].number, source.pages[-1].number),
        text=text,
        page_starts=tuple(page_starts),
        imaged_pages=imaged,
        seal_pages=sealed,
        grey_pages=grey,
    )


_DECISION_TYPES = ("行政处罚决定书", "当场行政处罚决定书", "不予行政处罚决定书")
_COPY_NOTE = re.compile(r"[（(](?:复印件|复制件|影印件|复印)[）)]$")
_EVIDENCE = "证据材料"


def _copies_as_evidence(docs: list[Document]) -> list[Document]:
    """A decision filed as a photocopy beside the case's own decision is evidence (an earlier
    当场处罚 proving a repeat offence, another agency's decision), not a second decision of this case."""
    copy = [d.doc_type in _DECISION_TYPES and bool(_COPY_NOTE.search(d.title or "")) for d in docs]
    pairs = list(zip(docs, copy, strict=True))
    if not any(copy) or not any(d.doc_type in _DECISION_TYPES and not c for d, c in pairs):
        return docs
    from dataclasses import replace

    return [replace(d, doc_type=_EVIDENCE, ref=_EVIDENCE) if c else d for d, c in pairs]


def segment(files: list[SourceFile]) -> list[Document]:
    """All documents of a case in file order, with unique refs (``询问笔录``, ``询问笔录(2)``)."""
    docs = _copies_as_evidence([d for f in files for d in segment_file(f)])
    counts: Counter[str] = Counter()
    out = []
    for d in docs:
        counts[d.doc_type] += 1
        n = counts[d.doc_type]
        ref = d.doc_type if n == 1 else f"{d.doc_type}({n})"
        out.append(d if d.ref == ref else _with_ref(d, ref))  # built with ref = doc_type
    return out


def _with_ref(doc: Document, ref: str) -> Document:
    from dataclasses import replace

    return replace(doc, ref=ref)
