"""Builders of the sections of ``DocFacts``: 文号, party, dates, penalty, remedy, 送达.

Each builder takes a :class:`Ctx` (the document plus helpers that attach evidence) and returns the
JSON-able section; ``casecheck.extract.document`` assembles them.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace
from typing import Any

from casecheck.extract.fields import closing, events, ids, party, signatures
from casecheck.extract.fields.addressee import foreign_fines
from casecheck.extract.fields.cell_rows import Cell
from casecheck.extract.fields.dates import DateHit, find_dates, parse_date
from casecheck.extract.fields.money import total, words_apart
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.extract.fields.per_unit import per_unit_facts
from casecheck.extract.fields.remedy import RemedyHit
from casecheck.extract.fields.served import served_block, served_rows, stub_receipt, stub_signed
from casecheck.extract.fields.signatures import SignatureHit
from casecheck.extract.patterns import fast_compile
from casecheck.extract.text import letter_spaced, lines, squeeze_letter_spacing
from casecheck.extract.timeline import REVOCATION
from casecheck.ingest.doctypes import classify_title
from casecheck.model import Document

# (not 打印时间：… — when a case system printed the page)
RECORD_TIME = fast_compile(
    r"(?:询问|检查|勘验|调查|听证|讨论|会议)?(?<!打印)(?<!制表)(?<!导出)(?<!生成)时间\s*[:：]?\s*$"
)
HEADER_NOISE = re.compile(r"[\s_:：]|案件名称|案号|文号|编号|^.*?(?:书|表|公告|通知)")
FORM_NUMBERED = ("当场行政处罚决定书",)
# the printed serial of a pre-numbered form: 编号：3301061902417356, No.0012345, or in groups as
# the press numbers them (No. 1301002019 004127: a region-and-year block, then the form's number)
FORM_SERIAL = fast_compile(
    r"(?:(?:决定书)?编\s*号\s*[:：]?|№|NO\.?|No\.?)[ \t\u3000]*"
    r"(?P<n>[A-Z]{0,3}\d{6,20}(?:[ \u3000]\d{4,10})?)(?![\d\u4e00-\u9fff])"
)
SERIAL_LINE = re.compile(
    r"[ \u3000]*(?:决定书|文书)?编\s*号\s*[:：][ \u3000]*(?P<n>[A-Z]{0,3}\d{8,20})[ \u3000]*"
)
TABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "doc_number": ("处罚文号", "决定书文号", "文号", "行政处罚决定书文号", "案号"),
    "agency": (
        "单位名称",
        "处罚机关",
        "执法机关",
        "作出处罚决定的机关",
        "处罚机关名称",
        "作出处罚的机关名称",
        "决定机关名称",  # a 公示系统 list's column
        "处罚决定机关",
    ),
}
# the label of the case's own number in a case system's header (not a document's 文号)
CASE_NUMBER_LABEL = re.compile(r"(?:案件编号|立案编号|案件编码)\s*[:：]\s*$")
_CITED_NUMBER = re.compile(r"》\s*[（(]\s*$")  # 《行政处罚决定书》（…号）: that document's number
TABLE_NUMBER_ENDS = ("决定书文号", "决定文书号", "处罚文书号", "处罚决定文号")
# a line holding a 文号 alone, bracketed or not, near the end of a decision (under its 落款)
_NUMBER_UNDER_CLOSING = re.compile(r"^[ \u3000]*[（(]?(?P<v>[^\s（()）]{4,40}号)[)）]?[ \u3000]*$", re.M)
_CLOSING_REACH = 400
_DATE_LINE = re.compile(r"^[\d〇○零一二三四五六七八九OＯ]{4}\s*年.{1,4}月.{1,4}日$")
_NUMBER_LABEL_LINE = fast_compile(
    r"^[ \u3000]*(?:行政)?(?:处罚)?决定(?:书)?文(?:书)?号[ \u3000]*\n[ \u3000]*", re.M
)
TABLE_DATES: dict[str, tuple[str, ...]] = {
    "decision": (
        "决定书时间",
        "处罚决定日期",
        "决定日期",
        "处罚日期",
        "作出处罚决定日期",
        "决定时间",
        "作出处罚决定的日期",
    ),
    "filing": ("立案时间", "立案日期"),
    "violation": ("违法时间", "违法行为发生时间", "案发时间"),
}


class Ctx:
    """The document and helpers to build facts with evidence."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.offsets: list[int] | None = None
        if letter_spaced(doc.text):
            # extract from the squeezed text; evidence still points into Document.text
            self.text, self.offsets = squeeze_letter_spacing(doc.text)
        # what every evidence dict reads (a document is one page, mostly: no page lookup then)
        self._ref, self._source, self._size = doc.ref, doc.text, len(doc.text)
        self._page: int | None = doc.pages[0] if len(doc.page_starts) < 2 else None

    def ev(self, start: int, end: int) -> dict[str, Any]:
        """Evidence dict for ``text[start:end]`` (mapped back to ``Document.text``).

        The same dict as ``doc.evidence(start, end).to_dict()``, built directly (one per value:
        the Evidence object and its page scan were a measurable part of extraction)."""
        if self.offsets:
            last = len(self.offsets) - 1
            start, end = self.offsets[min(start, last)], self.offsets[min(max(end - 1, 0), last)] + 1
        page = self._page
        return {
            "document": self._ref,
            "page": self.doc.page_at(start) if page is None else page,
            "quote": self._source[max(0, start) : min(self._size, end)],
            "start": start,
            "end": end,
        }

    @functools.cached_property
    def top(self) -> _Top:
        """The document's first lines and where its title stands (``_Top``), worked out once."""
        return _Top(self)

    def fact(self, value: Any, start: int, end: int, **extra: Any) -> dict[str, Any]:
        """A ``Fact``: the value, its evidence and extras (``valid``, ``form``, ``issues``)."""
        return {"value": value, "evidence": self.ev(start, end), **extra}


_TITLE_SEARCH_LINES = 40  # how far down a document's own title is looked for


class _Top:
    """A document's first non-empty lines and where its own title stands among them (worked out
    once a document: the 文号 and the agency both read it)."""

    def __init__(self, c: Ctx) -> None:
        self.lines = list(
            itertools.islice((ln for ln in lines(c.text) if ln[2].strip()), _TITLE_SEARCH_LINES)
        )
        head = self.lines[:6]
        title = _SPACES.sub("", c.doc.title or "")
        # the segmenter's own title line, compared as text first (a title test per line is dearer)
        # (the segmenter's own line first: a site's page title above it, 【执法公示】某局行政处罚决定书,
        # is a title of the same type too)
        self.title = next((i for i, ln in enumerate(head) if _SPACES.sub("", ln[2]) == title), None)
        if self.title is None:
            self.title = next((i for i, ln in enumerate(head) if _own_title(c, ln[2])), None)
        # a title lower down: none among the top lines (a site's breadcrumbs, an index block, an
        # editor's note), or the page opens with a site's furniture (its page title comes first)
        self.lower: int | None = None
        if self.title is None or any(closing.WEB_FURNITURE.search(ln[2]) for ln in head[:3]):
            self.lower = next(
                (i for i in range(len(self.lines) - 1, 1, -1) if _own_title(c, self.lines[i][2])), None
            )


_SPACES = re.compile(r"[ \t\u3000]+")


def _head_lines(c: Ctx) -> list[tuple[int, int, str]]:
    """The lines to look for the document's 文号 on, in order: the first six non-empty lines (those
    under the document's title first when it is among them — the 文号 is printed under the title,
    and a line above it may be a case system's running header, …行政处罚案卷 案号：某罚（2024）12号,
    over every document of the case), then, when the title stands lower (``_Top.lower``: the last
    such line, as a page title XX局行政处罚决定书（…号） may come first), the five lines under it."""
    first, low, at = c.top.lines, c.top.lower, c.top.title
    size = 6 if at is None else max(6, at + 4)  # a title among the six: the lines under it too
    head = first[:size] if low is None or low + 5 <= size else first[:size] + first[max(size, low) : low + 6]
    return head if not at else head[at + 1 :] + head[: at + 1]


def agency_over_title(c: Ctx) -> tuple[str, int, int] | None:
    """The agency over a title that stands lower (``_Top.lower``): the first of the two lines above
    it that names one (某市公安局⏎某某分局⏎行政处罚决定书 gives 某市公安局, as a header at the top does)."""
    top = c.top
    at = top.lower
    if at is None:
        return None
    hit = closing.header_agency(c.text, top.lines[at - 2][0])
    return hit if hit and hit[1] < top.lines[at][0] else None


def _own_title(c: Ctx, line: str) -> bool:
    """``line`` is, as a whole, a title of the document's type (水行政处罚决定书 too)."""
    hit = classify_title(line.strip(), loose=True)
    return hit is not None and hit[0] == c.doc.doc_type


_ALONE_REACH = 16  # lines of a decision's head a 文号 standing alone is looked for in
# the 机关代字 of a case number or of the other document: a notice's (罚告) or a filing's (立) in a
# decision, a decision's (罚决, 罚字) in a notice
_TAIL_BLOCK = re.compile(r"\s*(?:附件|抄送|抄报|附：)")
_OTHER_DOC_CODE = {True: re.compile(r"告|立|案"), False: re.compile(r"罚决|决字|罚字|立|案")}


def doc_number(c: Ctx, table: dict[str, tuple[str, int, int]]) -> dict[str, Any] | None:
    """The document's own 文号: a header line, a table column, or a labelled 文号."""
    head_lines = _head_lines(c)
    lower = {ln[0] for ln in c.top.lines[6:]}  # lines under a title standing low among the first six
    other = _OTHER_DOC_CODE["决定书" in c.doc.doc_type]
    for s, _e, line in head_lines:
        if "号" not in line and not ids.YEAR_ANCHOR.search(line):
            continue  # find_doc_numbers' own first test: most head lines hold no 文号 part
        for n in ids.find_doc_numbers(line, templates=True):
            if CASE_NUMBER_LABEL.search(line, 0, n.start):
                continue  # 案件编号：…立字第0412号 文书编号：…: the case's number, not the document's
            if s in lower and other.search(n.value):
                continue  # further down, a notice's number the decision quotes (（某罚告〔2023〕10号）)
            if c.doc.doc_type == REVOCATION and _CITED_NUMBER.search(line, 0, n.start):
                continue  # 关于撤销《行政处罚决定书》（某罚〔2020〕第0213号）的决定: the undone one's
            # the number must stand alone on its line (beside a title or 案号：), not in a sentence
            rest = HEADER_NOISE.sub("", line.replace(n.value, ""))
            if len(rest) <= 14:
                return c.fact(n.value, s + n.start, s + n.end, valid=n.valid, issues=list(n.issues))
    if "决定书" in c.doc.doc_type or "告知书" in c.doc.doc_type:
        # a party block in a table over the 文号 (行政处罚决定书⏎基本信息⏎被处罚人 张某⏎…⏎某罚〔2023〕6号):
        # a line that is a 文号 and nothing else, a few lines further down
        # (not a case number, not the number of another document quoted on a line of its own)
        for k, (s, _e, line) in enumerate(c.top.lines[:_ALONE_REACH]):
            if "。" in line or _TAIL_BLOCK.match(line):
                break  # the body has begun (a 附件/抄送 line's number is another document's)
            if k < len(head_lines) or "号" not in line:
                continue
            for n in ids.find_doc_numbers(line, templates=True):
                if line.strip() == n.value and not other.search(n.value):
                    return c.fact(n.value, s + n.start, s + n.end, valid=n.valid, issues=list(n.issues))
    keys = [k for k in TABLE_FIELDS["doc_number"] if k in table]
    # 处罚决定书文号 / 行政处罚决定文书号: column names vary; the decision's 文号 column ends so
    keys += [k for k in table if k.endswith(TABLE_NUMBER_ENDS) and k not in keys]
    for key in keys:
        if key in table:
            val, vs, _ve = table[key]
            for n in ids.find_doc_numbers(val, templates=True):
                return c.fact(n.value, vs + n.start, vs + n.end, valid=n.valid, issues=list(n.issues))
    # 案号：… / 文号为：… / a footer's 文书编号：…, or a form flattened one cell a line (处罚决定书文号⏎
    # 兰气罚字〔2021〕第3号)
    lab = re.search(
        r"(?:文书号|文书编号|文号|决定书编号|案号)(?:为|是)?\s*[:：]\s*", c.text
    ) or _NUMBER_LABEL_LINE.search(c.text)
    if lab:
        for n in ids.find_doc_numbers(c.text[lab.end() : lab.end() + 60], templates=True):
            if lab.group().startswith("文书编号") and not n.value.rstrip().endswith("号"):
                break  # a case system's 文书编号 of a form (…〔2022〕0037) may be another document's
            if n.start <= 2:
                s = lab.end() + n.start
                return c.fact(n.value, s, s + len(n.value), valid=n.valid, issues=list(n.issues))
    if c.doc.doc_type in FORM_NUMBERED:
        # 行政处罚法 第五十二条: a pre-printed, numbered form (编号：3301…, No.0012345) has no 〔年份〕
        m = FORM_SERIAL.search(c.text, 0, max(ln[1] for ln in head_lines)) if head_lines else None
        if m:
            return c.fact(m.group("n"), m.start("n"), m.end("n"), valid=True, issues=["form_serial"])
    elif "决定书" in c.doc.doc_type:
        # 海事 numbers its decisions by a serial alone (编号：2102032600018), a head line of its
        # own: read, but no 机关代字〔年份〕序号号 (DOC-03 still reports its form)
        for s, _e, line in head_lines:
            if m := SERIAL_LINE.fullmatch(line):
                at = s + m.start("n")
                return c.fact(m.group("n"), at, at + len(m.group("n")), valid=False, issues=["form_serial"])
        # …肥西县统计局⏎2021年11月2日⏎（肥统罚决〔2021〕3号）: the number set alone right under the
        # 落款 date (not a 附件/抄送 line's, nor one labelled as the case's)
        for m in _NUMBER_UNDER_CLOSING.finditer(c.text, max(0, len(c.text) - _CLOSING_REACH)):
            above = c.text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
            if c.doc.doc_type == REVOCATION or len(above) > 16 or not _DATE_LINE.search(above):
                continue
            for n in ids.find_doc_numbers(m.group("v"), templates=True):
                s = m.start("v") + n.start
                return c.fact(n.value, s, s + len(n.value), valid=n.valid, issues=list(n.issues))
    return None


def party_facts(c: Ctx, table: dict[str, tuple[str, int, int]]) -> dict[str, Any]:
    """Party name, kind, address, representative, credit code and ID (a 单位's ID is legal_rep_id)."""
    text = c.text
    out: dict[str, Any] = {
        k: None for k in ("name", "kind", "credit_code", "id_number", "address", "legal_rep")
    }
    name = party.party_name(text, table)
    if name:
        out["name"] = c.fact(name[0], name[1], name[2])
        out["kind"] = c.fact(party.party_kind(name[0], text), name[1], name[2])
    for key, hit in (
        ("address", party.address(text)),
        ("legal_rep", party.first_labelled_value(text, party.REP_LABELS) or party.operator_note(text)),
    ):
        if hit:
            out[key] = c.fact(hit[0], hit[1], hit[2])
    cc = party.credit_code(text)
    if cc is None or _in_id_column(table, cc[1], masked=cc[3] is None):  # a 公示表's ID column
        cc = party.table_credit_code(table)
    if cc:
        out["credit_code"] = c.fact(cc[0], cc[1], cc[2], valid=cc[3])
    idn = party.id_number(text) if name else None
    if idn:
        unit = out["kind"] is not None and out["kind"]["value"] == "单位"
        out["legal_rep_id" if unit else "id_number"] = c.fact(idn[0], idn[1], idn[2], valid=idn[3])
    if name is None and out["credit_code"] is None and "决定书" in c.doc.doc_type:
        out["kind"] = _person_by_id(c)
    return out


def _in_id_column(table: dict[str, tuple[str, int, int]], at: int, masked: bool) -> bool:
    """Offset ``at`` starts a table cell that holds nothing else, under a 身份证 heading, or, for a
    ``masked`` code, under 证件号码 (6501**********0417 of a 自然人; a whole code there may be a
    credit code, its 证件类型 统一社会信用代码). Not a credit code labelled in the cell after an ID."""
    heading = _ID_HEAD if masked else _PERSON_ID_HEAD
    return any(
        start == at and heading.search(key) and not _SPACE_OR_LABEL.search(value)
        for key, (value, start, _end) in table.items()
    )


_PERSON_ID_HEAD = re.compile(r"身份证")
_ID_HEAD = re.compile(r"身份证|证件号")
_SPACE_OR_LABEL = re.compile(r"[\s，,；;:：]")
_SEX = re.compile(r"性\s*别\s*[:：]?\s*[男女]")
_PERSON_HEAD = 600  # characters of a decision's head where its party block stands
_UNIT_WORDS = re.compile(r"法定代表人|负责人|经营者|单位|公司|企业|厂|店|合作社|中心|商行|学校|医院|诊所")


def _person_by_id(c: Ctx) -> dict[str, Any] | None:
    """``个人`` for a decision whose party's name was not read (a photo's OCR lost the label) but
    whose head gives a 性别 and a valid 身份证号: a person's block; none of a 单位 has both."""
    head = c.text[:_PERSON_HEAD]
    idn = party.id_number(head) if _SEX.search(head) else None
    if idn is None or not idn[3] or party.CREDIT_LABEL.search(head) or _UNIT_WORDS.search(head):
        return None  # (主要负责人：王某，性别：男… is a unit's representative, not the party)
    return c.fact("个人", idn[1], idn[2], inferred="id_number")


def interviewee(c: Ctx) -> dict[str, Any] | None:
    """The person a 笔录 questions (被询问人/被检查人) with the 身份证号 given for them."""
    hit = party.labelled(c.text, party.INTERVIEWEE_LABELS, 2000)
    name = party.clean_name(hit[0]) if hit else None
    if not hit or not name or not party.PERSON_NAME.fullmatch(name):
        return None
    out: dict[str, Any] = {"name": c.fact(name, hit[1], hit[1] + len(name)), "id_number": None}
    idn = party.id_number(c.text)
    if idn:
        out["id_number"] = c.fact(idn[0], idn[1], idn[2], valid=idn[3])
    return out


# 作出处罚决定的机关名称和日期 | 西安市住房和城乡建设局 2025年7月2日: one column of a 公开表 for both
_AGENCY_DATE_KEY = re.compile(
    r"机关(?:名称)?(?:和|及|与|、|/)(?:作出)?(?:处罚)?(?:决定)?(?:的)?(?:日期|时间)$"
)


def agency_and_date(table: dict[str, Cell]) -> tuple[Cell | None, DateHit | None]:
    """The agency (the cell's text before its date) and the decision date (offsets in the text) of
    a table column that holds both; ``(None, None)`` without one."""
    key = next((k for k in table if _AGENCY_DATE_KEY.search(k)), None)
    if key is None:
        return None, None
    value, vs, _ve = table[key]
    hit = next(iter(find_dates(value)), None)
    name = (value[: hit.start] if hit else value).strip(" \u3000，,、")
    agency = (name, vs + value.index(name), vs + value.index(name) + len(name)) if name else None
    return agency, replace(hit, start=vs + hit.start, end=vs + hit.end) if hit else None


def dates(c: Ctx, hits: list[DateHit], table: dict[str, tuple[str, int, int]]) -> dict[str, Any]:
    """笔录 start/end times, event dates the text states, and dated table columns."""
    out: dict[str, Any] = {}
    for h in hits if "时间" in c.text else ():  # RECORD_TIME's label ends in 时间
        if RECORD_TIME.search(c.text, max(0, h.start - 8), h.start) and "start" not in out:
            out["start"] = c.fact(h.datetime, h.start, h.end)
            if h.end_time:
                out["end"] = c.fact(f"{h.iso}T{h.end_time}", h.start, h.end)
    for kind, h in events.event_dates(c.text, hits).items():
        out.setdefault(kind, c.fact(h.iso, h.start, h.end))
    for kind, keys in TABLE_DATES.items():
        for key in keys:
            if key in table and (iso := parse_date(table[key][0])):
                out[kind] = c.fact(iso, table[key][1], table[key][2])
                break
    if "decision" not in out and table and (decided := agency_and_date(table)[1]):
        out["decision"] = c.fact(decided.iso, decided.start, decided.end)
    if "decision" not in out and "决定书" in c.doc.doc_type and (written := _written_on(c.text, hits)):
        out["decision"] = c.fact(written.iso, written.start, written.end)
    return out


# a 政府信息公开 page's box over the decision: 成文日期：2022-09-26 (the date the document was made)
_WRITTEN_ON = re.compile(r"(?:成文日期|成文时间|发文日期)\s*[:：]\s*$")


def _written_on(text: str, hits: list[DateHit]) -> DateHit | None:
    """The date a web page's 信息公开 box says the published decision was made on (its 成文日期)."""
    if "成文" not in text and "发文日期" not in text:
        return None
    return next((h for h in hits if _WRITTEN_ON.search(text, max(0, h.start - 10), h.start)), None)


# figures in the bracket right after an amount's words (…元整（¥3010.00）)
_AFTER_WORDS = re.compile(r"元整\s*[（(《〈]?\s*[¥￥Y]?\s*$")


def penalty(c: Ctx, amounts: list[Any], dt: str, party: str | None = None) -> dict[str, Any]:
    """Penalty kinds and the fine/confiscation/proposed amounts the document states.

    ``party`` is the document's party: where the decision also fines another named party (双罚制),
    only the party's own fine counts (``addressee.foreign_fines``).
    """
    out: dict[str, Any] = {"kinds": [], "fine": None, "confiscation": None, "proposed_fine": None}
    kinds = find_penalty_kinds(c.text)
    out["kinds"] = [k for k, _, _ in kinds]
    drop = foreign_fines(c.text, amounts, party)
    own = [a for a in amounts if a.start not in drop] if drop else amounts
    for key, kind in (("fine", "fine"), ("confiscation", "confiscation"), ("proposed_fine", "proposed_fine")):
        value = total(own, kind)
        if value is not None:
            first = next(a for a in own if a.kind == kind)
            # 贰万壹仟陆佰叁拾元整（￥2163.00）: the case's other documents decide (extract.case)
            words = words_apart(own, kind)
            extra: dict[str, Any] = {"words": words} if words is not None else {}
            forms = {a.form for a in own if a.kind == kind}
            if forms == {"noted"}:
                extra["noted"] = True  # bare figures after garbled words: the case's other documents decide
            elif forms <= {"lower", "noted"} and c.doc.imaged_pages:
                extra["figures_only"] = True  # no words beside the figures confirm them (extract.case)
                if any(
                    _AFTER_WORDS.search(c.text, max(0, a.start - 6), a.start) for a in own if a.kind == kind
                ):
                    extra["words_unread"] = True  # 参什零壹拾元整《83010元): the words before were garbled
            out[key] = c.fact(value, first.start, first.end, **extra)
    out.update(per_unit_facts(c.fact, c.text, amounts, dt, out))  # 每辆车罚款五千元，三辆车
    if out["fine"] is None and out["proposed_fine"] is not None and "告知" in dt:
        # a notice's penalty is the proposed one: rules compare it with the decision's fine
        out["fine"] = out["proposed_fine"]
    if out["fine"] and "罚款" not in out["kinds"]:
        out["kinds"].append("罚款")
    return out


def remedy(c: Ctx, rem: RemedyHit | None) -> dict[str, Any] | None:
    """The remedy clause as a ``Remedy`` dict, or ``None``."""
    if rem is None:
        return None
    return {
        "review_days": rem.review_days,
        "review_months": rem.review_months,
        "review_body": rem.review_body,
        "litigation_months": rem.litigation_months,
        "court": rem.court,
        "review_first": rem.review_first,
        "direct_suit": rem.direct_suit,
        "evidence": c.ev(rem.start, rem.end),
    }


def served(
    c: Ctx, sigs: list[SignatureHit] | None = None, hits: list[DateHit] | None = None
) -> dict[str, Any]:
    """The ``Served`` block of a 送达回证 (title, 文号, method, signatures, date); ``sigs`` and
    ``hits`` are the document's signatures and dates when the caller has them already."""
    block = served_block(c.text, hits)
    sigs = signatures.find_signatures(c.text) if sigs is None else sigs
    rows = served_rows(c.text)  # one receipt for several documents, a row each
    if rows:  # the first row is the receipt's own fields where the block read a header
        first = {k: rows[0][k] for k in ("title", "doc_number", "span")}  # a header's 案号 is no row's
        if rows[0]["date"] is not None:  # a row without a date keeps the receipt's (送达日期：… below)
            first["date"] = rows[0]["date"]
        block = {**block, **first}
        block["method"] = block["method"] or rows[0]["method"]
    date: DateHit | None = block["date"]  # type: ignore[assignment]
    span = block["span"] or (0, min(len(c.text), 20))
    out = {
        "title": block["title"],
        "doc_number": block["doc_number"],
        "method": block["method"],
        "recipient_signed": any(s.role == "recipient" and s.filled for s in sigs) or stub_signed(c.text),
        "witness": any(s.role == "witness" and s.filled for s in sigs),
        "date": c.fact(date.iso, date.start, date.end) if date else None,
        "evidence": c.ev(*span),  # type: ignore[misc]
    }
    if rows:
        out["rows"] = [_served_row(c, row) for row in rows]
    if stub_receipt(c.text):
        out["stub"] = True
    return out


def _served_row(c: Ctx, row: dict[str, Any]) -> dict[str, Any]:
    """One document a multi-row 送达回证 serves, as the ``Served`` block's fields."""
    date: DateHit | None = row["date"]
    return {
        "title": row["title"],
        "doc_number": row["doc_number"],
        "method": row["method"],
        "recipient_signed": row["recipient_signed"],
        "date": c.fact(date.iso, date.start, date.end) if date else None,
        "evidence": c.ev(*row["span"]),
    }
