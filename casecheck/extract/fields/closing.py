"""The 落款: date, issuing name and position; the agency from the header or the 落款.

The 落款 date is a line that holds only a date (optionally after the issuer's name or beside a
seal marker) near the end of the document. Approval forms, records and receipts, whose last date
is the signer's, fall back to the last date of the text; reports and opinions only when that date
stands in the closing position (it ends its line after a label or name, and only short lines
follow): a date in the narrative is never a 落款, so a report without one has none. ``issuer`` is
the name on the line(s) just above the 落款 date: an agency or an internal unit (大队, 科, 所 …),
which is what SUBJ-03 compares.
"""

from __future__ import annotations

import bisect
import re

from casecheck.extract.fields.dates import DateHit, find_dates
from casecheck.extract.patterns import fast_compile
from casecheck.extract.text import lines

AGENCY_SUFFIX = (
    r"(?:人民政府|管理委员会|委员会|办公室|办事处|执法局|分局|总队|支队|大队|中队|局|厅|署|所|海关|管理处)"
)
AGENCY = re.compile(rf"[\u4e00-\u9fa5（）()]{{2,40}}?{AGENCY_SUFFIX}")
# the longest name ending in an agency suffix (南京市公安局玄武分局, not 南京市公安局)
AGENCY_LONG = re.compile(rf"[\u4e00-\u9fa5（）()]{{2,40}}{AGENCY_SUFFIX}")
# the most characters of a 落款 name wrapped onto a line of their own
WRAP_TAIL = 4
INTERNAL_UNIT = re.compile(r"(?:大队|中队|科|室|股|所|站|组)$")
SEAL_NOISE = re.compile(r"[（(\[【]?[^（）()\[\]【】\n]{0,16}(?:印章|公章|盖章|章)[)）\]】]?|盖章处")
# Words that put a date inside a sentence (当事人于…, 截至…, 自…): such a date is no 落款.
NARRATIVE_END = re.compile(r"(?:于|在|自|至|从|到|截至|为|是|的|经|及|和|与|或)\s*$")
# Narrative documents: their last date is a 落款 only in the closing position (``_in_closing_position``).
NARRATIVE_TYPES = ("报告", "意见书")
RULE_LINE = fast_compile(r"^[-—─━=＝═_＿~～*·.]{6,}$")
# a box table's bottom border (└────┴────┘, ┗━━┻━━┛, ╘══╧══╛, +----+----+): it closes the form
BOX_BOTTOM = re.compile(r"^[└┗╘╙╚╰+][─━═┴┻╧╨╩\-+]{4,}[┘┛╛╜╝╯+]$")
# A field that holds the document's own date (not 立案日期, 违法时间 …): 审核日期：, 报告日期：, 日期：
OWN_DATE_LABEL = fast_compile(
    r"(?:^|[ \t\u3000。；;，,])\s*(?:(?:审核|审查|审批|报告|出具|签发|落款)?日期|(?:审核|审查|审批|签发)时间)"
    r"(?:\s*[:：]\s*|[ \t\u3000]+)$",
    re.M,
)  # 审核机构：法制科 审核人：某某 审核日期：2022年5月9日 — the field may close a row of fields; a
# form printed from a case system sets the value off by spaces alone (审核日期    2020.5.8); a header
# line of fields may run as sentences (审核人：刘某（…）。审核日期：2025年4月21日。)
# a case system's stamp of when the step was done (not 打印时间: when it was printed)
SYSTEM_DATE_LABEL = re.compile(r"(?:^|[\s│|])(?:办理|填报|制作|制表)(?:时间|日期)\s*[:：]\s*$")
PRINTED = re.compile(r"(?:打印|导出)(?:时间|日期)\s*[:：]\s*$")
DECISION_DATE_LABEL = re.compile(r"(?:处罚|决定|作出决定)(?:时间|日期)\s*[:：]\s*$")
# Documents whose last date is their date even when it is not alone on a line.
LAST_DATE_TYPES = (
    "审批表",
    "送达回证",
    "缴款凭证",
    "记录",
    "笔录",
    "报告",
    "意见书",
    "目录",
    "备考表",
    "委托书",
)


# …提起行政诉讼。 无锡市某区城市管理局 2021年5月20日: a copy that ran the 落款 onto the body's last
# line keeps a space after the sentence's end
_MERGED_CLOSING = re.compile(r"[。；;][ \t\u3000]+")
_DATE_LABEL_ONLY = re.compile(r"(日期|落款日期)[:：]?")
_SPACE_RUN = re.compile(r"\s+")
_CLOSING_ROW = re.compile(r"^(?:\d{1,2}\s*)?落\s*款\s*[:：]?\s*")
_OCR_MARKS = " \t:：”“\"'.,，、|·"
# one character before a date that makes it part of a sentence (于2023年…, 至2023年…), not a stray mark
_LEAD_WORDS = frozenset("于至在从自到前后及和与或截止即起为是系迄期经已的距")
_AGENCY_END = re.compile(r"(?:局|委员会|政府|大队|支队|中心|办公室|厅|委|所)\W{0,3}$")


def _under_agency(text: str, line_start: int) -> bool:
    """The line before ``line_start`` ends on an agency's name (the 落款's first line)."""
    above = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1].strip()
    return 0 < len(above) <= 30 and bool(_AGENCY_END.search(above))


SIGNED = re.compile(r"签\s*[名字章收]")  # 当事人签收：某某 2022年8月16日 too
_CLAUSE_PUNCT = re.compile(r"[，,。；;]")
_SENTENCE_END = re.compile(r"[。；;]")
_SIGNER_NOTE = re.compile(r"[（(][^（()）\n]{0,40}[)）]")
_COMMA = re.compile(r"[，,]")
_COLON = re.compile(r"[:：]")
# a further labelled field after a signer's date on the same line, set off by spaces
_FIELD_AFTER = re.compile(r"[ \t\u3000]+[\u4e00-\u9fa5]{1,6}[:：]")


def _unseal(s: str) -> str:
    """``s`` without seal notes (``SEAL_NOISE``; every one holds 章, so most lines skip the scan)."""
    return SEAL_NOISE.sub("", s) if "章" in s else s


_BIRTHDAY = re.compile(r"[ \t\u3000]*[（(]?[ \t\u3000]*(?:出生|生)(?=[，,。；;、）)\s]|$)")
_BORN_LABEL = re.compile(r"(?:出生(?:日期|年月日?|时间)?|生日)\s*[:：]?\s*$")


def _born_label(text: str, start: int) -> bool:
    """The date at ``start`` follows a birth-date label (出生日期：…)."""
    return _BORN_LABEL.search(text, max(0, start - 10), start) is not None


# 特此公告。 under a quoted decision's 落款: the notice that quotes it ends, with a 落款 of its own
_NOTICE_END = re.compile(r"^[ \t\u3000]*特此(?:公告|通告)[。.]?[ \t\u3000]*$", re.M)


def closing_date(text: str, doc_type: str, hits: list[DateHit] | None = None) -> tuple[DateHit, int] | None:
    """The 落款 date and the offset of its line, or ``None``; ``hits`` are ``find_dates(text)``
    when the caller has them already."""
    tail_from = int(len(text) * 0.5)
    all_hits = find_dates(text) if hits is None else hits
    if "生" in text:  # 陈某，男，1966年10月9日出生 / 出生日期：…: a person's birthday dates no document
        all_hits = [h for h in all_hits if not (_BIRTHDAY.match(text, h.end) or _born_label(text, h.start))]
    ends = _NOTICE_END.search(text, tail_from) if "决定书" in doc_type and "特此" in text else None
    if ends:  # a 送达公告 quoting the decision: the decision's own 落款 comes before 特此公告
        inner = closing_date(text[: ends.start()], doc_type, [h for h in all_hits if h.end <= ends.start()])
        if inner:
            return inner
    if doc_type != "缴款凭证" and ("打印" in text or "导出" in text):  # a print stamp dates no step
        # (a bank's e-voucher printed on the day it was paid keeps it: that is its date)
        all_hits = [h for h in all_hits if not PRINTED.search(text, max(0, h.start - 8), h.start)]
    by_start = sorted(all_hits, key=lambda h: h.start)  # find_dates' order already
    starts = [h.start for h in by_start]
    # The last line of the text's second half that holds exactly one date, standing alone (or
    # after an agency or a date label): found from the last date back, so only dated lines are
    # read (every line was, to keep the last that passed).
    seen = -1
    for h in reversed(by_start):
        s = text.rfind("\n", 0, h.start) + 1
        e = text.find("\n", h.start)
        e = len(text) if e < 0 else e
        if e < tail_from:
            break  # the lines of earlier dates end earlier still
        if s == seen:
            continue
        seen = s
        first = bisect.bisect_left(starts, s)
        dated = bisect.bisect_left(starts, e, first) - first
        signed = "电子签" in text[s:e] and not _OUTWARD.search(doc_type)
        if signed and _e_signed(text, s, e, by_start[first : first + dated]):
            return h, s  # 承办人：（电子签名）韩某 2023-09-20 16:40 （电子签名）雷某 2023-09-20 16:41
        before = _unseal(text[s : h.start]).strip(_OCR_MARKS)  # OCR adds stray marks either side
        after = text[h.end : e].strip(" \t，,。.、")
        if (
            _unseal(after).strip()
            and not _seal_text_after(text, h.end)
            and not _seal_box_after(text, s, after)
        ):
            continue
        lead = _CLOSING_ROW.sub("", before.strip())  # 3 落款 某局（印章） 2020年10月16日: a form's row
        # 某局⏎上 ”2023年4月18日: a seal's character OCR read, on the line under the agency's name
        stray = len(lead) == 1 and not lead.isdigit() and lead not in _LEAD_WORDS and _under_agency(text, s)
        if dated == 1 and (
            not lead
            or stray
            or AGENCY.fullmatch(lead)
            or _DATE_LABEL_ONLY.fullmatch(lead)
            or (doc_type in _SIGNED_OFF and _SIGNED_OFF[doc_type].fullmatch(lead))
        ):
            return h, s  # the line holds this date alone (after an agency, a date label or the signers)
        merged = _MERGED_CLOSING.split(before)
        if len(merged) > 1 and AGENCY.fullmatch(merged[-1].strip()):
            tail = text.rfind(merged[-1].strip(), s, h.start)  # the body's line ran on into it
            return h, tail if tail >= 0 else s
    if "决定书" in doc_type:
        # a pre-printed 当场处罚 form dates itself in a field: 处罚时间：2024年6月11日9时20分
        for h in all_hits:
            if DECISION_DATE_LABEL.search(text, max(0, h.start - 12), h.start):
                return h, text.rfind("\n", 0, h.start) + 1
        if doc_type.startswith("当场") and all_hits and all_hits[-1].start >= tail_from:
            # made, signed and handed over on the spot: the signers' date (当事人（签名）：刘某 2017年3月2日)
            h = all_hits[-1]
            s = text.rfind("\n", 0, h.start) + 1
            if SIGNED.search(text, s, h.start):
                return h, s
    if not all_hits or not any(k in doc_type for k in LAST_DATE_TYPES):
        return None
    h = all_hits[-1]
    if (head := _head_time(text, all_hits)) is not None and _in_sentence(text, h):
        # 时间 2023年5月22日15时00分 heads a record whose last date is one its text sets (…于8月31日前补办)
        return head, text.rfind("\n", 0, head.start) + 1
    if any(k in doc_type for k in NARRATIVE_TYPES) and not _in_closing_position(text, h):
        # a form-style opinion dates itself in a labelled field at its head: 审核日期：2024年…
        # or, printed from a case system, in the 办理时间 its header stamps (流程节点：调查终结 办理时间：…)
        for f in all_hits:
            line_start = text.rfind("\n", 0, f.start) + 1
            if OWN_DATE_LABEL.search(text, line_start, f.start) or SYSTEM_DATE_LABEL.search(
                text, max(line_start, f.start - 12), f.start
            ):
                return f, line_start
        return None  # a report without a 落款 has none: its last date is one of the narrative's
    return h, text.rfind("\n", 0, h.start) + 1


# a line of e-signatures, each with its date and time, once the dates are set aside (D)
_E_SIGNED_LINE = re.compile(
    r"(?:[^:：（(]{1,10}[:：\s])?\s*(?:[（(]电子签[名章][)）]\s*[\u4e00-\u9fa5·]{2,4}(?:[（(][^（）()]{0,30}[)）])?"
    r"\s*D\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)+"
)


def _e_signed(text: str, s: int, e: int, hits: list[DateHit]) -> bool:
    """The line ``text[s:e]`` holds e-signatures only, each dated (a case system's signing stamps)."""
    parts, at = [], s
    for h in hits:
        parts += [text[at : h.start], "D"]
        at = h.end
    return bool(_E_SIGNED_LINE.fullmatch("".join([*parts, text[at:e]]).strip()))


_SEAL_TEXT_REACH = 120
_SEAL_TEXT_LINE = 8  # characters a line of a seal's text holds at most (one, or a flat arc's few)


# 承办人： 徐海峰 陆佳 2022.4.12: a report signed off by its handlers, with the day (not a form an
# approval dates: a 立案审批表's 承办人 line proposes, its 审批日期 files the case)
# (法制审核意见书: 审核人：刘某 2022年1月7日, the opinion signed off by its reviewer, not its handlers)
_SIGNERS = r"\s*[:：]?\s*(?:[\u4e00-\u9fa5]{2,4}[\s、，,]*){1,4}"
_SIGNED_OFF = {
    "调查终结报告": re.compile(rf"(?:承办人|办案人员?|经办人|调查人员?){_SIGNERS}"),
    "法制审核意见书": re.compile(rf"审核人员?{_SIGNERS}"),
}
# documents the agency issues, dated by their 落款 (a party's e-signed receipt under it is not their date)
_OUTWARD = re.compile(r"决定书|告知书|通知书")


def _seal_box_after(text: str, line_start: int, after: str) -> bool:
    """What follows the date is the agency's name once more, as the line above has it: an e-seal's
    text box set beside the date (东莞市环境保护局⏎2016年6月13日东莞市环境保护局)."""
    name = after.strip()
    if not AGENCY.fullmatch(name):
        return False
    above = text[: max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1].strip()
    return above == name


def _seal_text_after(text: str, pos: int) -> bool:
    """A seal drawn in text follows the date at ``pos``: its characters spill one or a few a line
    (二〇二四年七月二日 哈⏎尔⏎滨⏎市 香 坊 区 市 场 监 督⏎管⏎理⏎局), spelling an agency's name."""
    run = []
    for line in text[pos : pos + _SEAL_TEXT_REACH].split("\n"):
        chars = line.replace(" ", "").replace("\u3000", "")
        if len(chars) > _SEAL_TEXT_LINE:
            break
        run.append(chars)
    joined = "".join(run)
    m = AGENCY_LONG.match(joined)
    return bool(m) and len(run) >= 3 and not joined[m.end() :].strip("0123456789-—－第页 ")


HEAD_TIME_LABEL = re.compile(
    r"(?:^|[\s|│])(?:会议|讨论|记录|检查|询问|听证)?(?:时间|日期)\s*[:：|│\t ]?\s*$", re.M
)
_HEAD_LINES = 3
SENTENCE_AFTER = re.compile(r"\s*(?:\d{1,2}\s*[时点](?:\d{1,2}\s*分)?)?\s*(?:前|以前|之前|起|以内|内|止)")


def _head_time(text: str, hits: list[DateHit]) -> DateHit | None:
    """The date a record's head gives in its 时间/日期 field (within its first lines), if any."""
    limit = 0
    for _ in range(_HEAD_LINES + 1):
        nxt = text.find("\n", limit + 1)
        limit = len(text) if nxt < 0 else nxt
    for h in hits:
        if h.start > limit:
            return None
        if HEAD_TIME_LABEL.search(text, text.rfind("\n", 0, h.start) + 1, h.start):
            return h
    return None


_QA_LEAD = re.compile(r"^\s*[问答][:：]")


def _in_sentence(text: str, h: DateHit) -> bool:
    """Whether date ``h`` sits inside a sentence (于…前, 自…起), not on a signing line."""
    line_start = text.rfind("\n", 0, h.start) + 1
    # 答：她们是2020年8月20日经…: a question or an answer is no signing line
    line = text[line_start : h.start]
    before = _QA_LEAD.sub("", line)
    if len(before) < len(line) and "签" not in before:
        return True  # 答：2012年11月20号左右开始…: what the answer tells, never a signing line
    signing = "签" in before or "：" in before or ":" in before  # 受送达人签收：张三 于2023年5月6日
    return bool(SENTENCE_AFTER.match(text, h.end) or (not signing and NARRATIVE_END.search(before)))


def _in_closing_position(text: str, h: DateHit) -> bool:
    """Is the last date of a report its 落款 (not a date in the narrative)?

    It must close its line (only a seal marker or punctuation after it) after a label, a name or
    nothing (``审批日期：…`` / ``负责人：王五　2024年…``), not inside a sentence (``…于2024年6月28日被
    查获``), and only short lines — names, signatures, page numbers — may follow it.
    """
    s = text.rfind("\n", 0, h.start) + 1
    e = text.find("\n", h.end)
    e = len(text) if e < 0 else e
    before = _unseal(text[s : h.start]).strip()
    after = _unseal(text[h.end : e]).strip(" \t，,。.、")
    if _FIELD_AFTER.match(text, h.end, e):
        after = ""  # a form row's next field: 审核人：（签名）王五　2024年…　意见：同意。
    if after and (len(after) > 8 or _CLAUSE_PUNCT.search(after)):
        return False
    before = _SENTENCE_END.split(before)[-1].strip()  # 处理意见：同意。 签名：王五 2024年…
    # a signer's note is no narrative: 审核人：吴某（法律职业资格证书A2012…）　负责人：李某 2024年…
    before = _SIGNER_NOTE.sub("", before).strip()
    labelled = not before or before.endswith((":", "："))
    if not labelled and (_COMMA.search(before) or NARRATIVE_END.search(before) or len(before) > 30):
        return False
    # a drawn rule (------) closing the record is no narrative after the date
    tail = [ln.strip() for ln in text[e:].split("\n") if ln.strip() and not RULE_LINE.match(ln.strip())]
    tail = [ln for ln in tail if not BOX_BOTTOM.match(ln)]  # a table's bottom (not a border between rows)
    return len(tail) <= 4 and all(len(ln) <= 40 and "。" not in ln for ln in tail)


def _last_lines(text: str, end: int, n: int) -> list[tuple[int, int, str]]:
    """The last ``n`` non-blank lines of ``text[:end]`` as ``lines`` gives them, read backwards
    from ``end`` (not by splitting everything above it)."""
    out: list[tuple[int, int, str]] = []
    hi = end
    while len(out) < n:
        lo = text.rfind("\n", 0, hi) + 1
        if text[lo:hi].strip():
            out.append((lo, hi, text[lo:hi]))
        if lo == 0:
            break
        hi = lo - 1
    return out[::-1]


def issuer(text: str, line_start: int, date_start: int | None = None) -> tuple[str, int, int] | None:
    """The name written just above (or before, on the same line) the 落款 date."""
    head = text[line_start : date_start if date_start is not None else line_start]
    row = _CLOSING_ROW.match(head.lstrip())  # 3 落款 某局（印章） 2020年10月16日: after the row's label
    if row:
        line_start += len(head) - len(head.lstrip()) + row.end()
        head = head.lstrip()[row.end() :]
    lead = len(head) - len(head.lstrip())
    same = AGENCY_LONG.fullmatch(_unseal(head).strip())
    if same:
        s = line_start + lead
        return same.group(0), s, s + len(same.group(0))
    prev_lines = _last_lines(text, line_start, 3)
    names = [_unseal(line).strip() for _s, _e, line in prev_lines]
    for i in reversed(range(len(prev_lines))):
        s, _e, line = prev_lines[i]
        name = names[i]
        off = line.find(name)
        if AGENCY.fullmatch(name):
            return name, s + off, s + off + len(name)
        first, _, rest = name.partition(" ")
        if rest and AGENCY.fullmatch(first) and _SPACE_RUN.sub("", rest) in first:
            # 某市某区文化和旅游局 文化和旅游局: a seal drawn across the name, its ring's words in the
            # text layer after it
            return first, s + off, s + off + len(first)
        # an indented 落款 that filled the line wraps its last characters onto the next
        # (…综合行政执法局城市管理执法中 / 队): the name ends on that short line
        tail = names[i + 1] if i + 1 < len(names) else ""
        if name and 0 < len(tail) <= WRAP_TAIL and AGENCY.fullmatch(name + tail):
            s2, _e2, line2 = prev_lines[i + 1]
            end = s2 + line2.find(tail) + len(tail)
            return name + tail, s + off, end
    return None


# 处罚机关：某市生态环境局 — a 公示 record's labelled row (信用中国, 国家企业信用信息公示系统)
_AGENCY_ROW = re.compile(
    r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．][ \u3000]*)?"  # 三、处罚部门⏎某局: a numbered 公示 row
    # (行政机关：某局（印章）: a 当场 form's own last row, the seal noted after the name)
    r"(?:处罚机关|作出处罚决定的?机关|处罚决定机关|执法机关|实施机关|处罚部门|处罚单位|(?:作出决定的)?行政机关)"
    r"(?:名称)?[ \u3000]*(?:[:：][ \u3000]*|\n[ \u3000]*)"
    rf"(?P<a>[\u4e00-\u9fa5（）()]{{2,40}}{AGENCY_SUFFIX})[ \u3000]*"
    r"(?:[（(](?:印章|公章|盖章|章)[)）])?[ \u3000]*$",
    re.M,
)


def labelled_agency(text: str) -> tuple[str, int, int] | None:
    """The agency a 公示 record names on a labelled row (``处罚机关：某市生态环境局``)."""
    m = _AGENCY_ROW.search(text)
    return (m.group("a"), m.start("a"), m.end("a")) if m else None


# a site's breadcrumbs and banner lines (首页 > 政务公开 > …, 您当前的位置：…, …门户网站)
# …and the labelled rows of a 政府信息公开 page's box (索引号：…　主题分类：…, 发布机构：…　成文日期：…)
WEB_FURNITURE = re.compile(
    r"[>＞»]|首页|门户网站|当前(?:的)?位置|网站\s*$"
    r"|^\s*(?:索\s*引\s*号|主题分类|发布机构|成文日期|发布日期|有\s*效\s*性|标\s*题|信息来源)\s*[:：]"
)


def header_agency(text: str, start: int = 0) -> tuple[str, int, int] | None:
    """The agency named on the first lines from offset ``start`` (``XX局`` or ``XX局行政处罚决定书``);
    a web page's furniture copied above them (``XX县人民政府 > 政务公开 > …``, ``XX区人民政府门户网站``)
    is passed over: it names the site, not the issuer."""
    i = 0
    for s, _e, line in lines(text):
        if s < start:
            continue
        if i > 3:
            break
        if WEB_FURNITURE.search(line):
            continue
        i += 1
        spaced = _spaced_agency(line, s)
        if spaced:
            return spaced
        m = AGENCY_LONG.match(line.strip())
        rest = line.strip()[m.end() :] if m else ""
        if m and (rest == "案" or rest.startswith(("涉嫌", "违法"))):
            m = None  # 某某网吧允许未成年人进入营业场所案: a case's name, not its agency
        if m and not _COLON.search(line[: m.end()]):
            off = line.find(m.group(0))
            return m.group(0), s + off, s + off + len(m.group(0))
    return None


# a heading set with a space between its characters (湄 潭 县 烟 草 专 卖 局): a scan's OCR, a
# centred title typed out
_SPACED_LINE = re.compile(r"[ \u3000]*[\u4e00-\u9fa5](?:[ \u3000]{1,3}[\u4e00-\u9fa5]){3,40}[ \u3000]*")


def _spaced_agency(line: str, s: int) -> tuple[str, int, int] | None:
    """The agency a letter-spaced heading line names, all of the line, with the line's span."""
    if not _SPACED_LINE.fullmatch(line):
        return None
    compact = re.sub(r"[ \u3000]", "", line)
    m = AGENCY_LONG.fullmatch(compact)
    if m is None:
        return None
    first = len(line) - len(line.lstrip(" \u3000"))
    return compact, s + first, s + len(line.rstrip(" \u3000"))
