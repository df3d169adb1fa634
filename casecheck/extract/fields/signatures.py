"""Signature lines: ``被询问人（签名）：``, ``受送达人（签名或盖章）：张三``, ``见证人：`` …

A line (or a part of a line, up to the next label) is a signature line when a role label is
followed by a 签名/签字/盖章 note, or when the label is one that only appears as a signature
(``受送达人``, ``送达人``, ``见证人``, ``审核人``, ``记录人``, ``主持人``). ``当事人签收：`` signs for a
document handed over. A tab may stand for the colon (form rows: ``受送达人签名\t张三``), and so may
a space after a 签名/盖章 note (``受送达人签名或盖章 张三``: cells parted by spaces); such a label
alone on its line is an empty row. DOCX forms also give a ``签名`` row whose cell holds labelled
signatures (``签名\t被检查人：赵永刚 执法人员：刘倩``) and opinion rows signed by the name before
their date (``负责人意见\t同意。何敏 2024年7月16日``, also after a typed note: ``同意。（签名）何敏 …``;
no name: unsigned), or by a ``签名：`` line right under the opinion. ``filled`` is True when
something other than blanks, underscores and date placeholders follows the label.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from casecheck.extract.fields.approvals import (
    DATE_LABEL,
    OPINION_HEAD,
    OPINION_LABEL,
    OPINION_ROW_HEAD,
    ROW_MAX,
    STROKES,
    named_below,
    names_a_person,
    opinion_role,
    unsigned_approvals,
)
from casecheck.extract.fields.names import is_person_name
from casecheck.extract.patterns import fast_compile
from casecheck.extract.text import is_blank_value, line_end

ROLES: tuple[tuple[str, str], ...] = (
    ("受送达人|签收人|签收|代收人|收件人|接收人", "recipient"),
    ("送达人", "sender"),
    ("见证人", "witness"),
    ("被询问人|被检查人|被调查人|当事人|被处罚人|被告知人|陈述人|申辩人|听证申请人", "party"),
    ("执法人员|询问人|检查人|调查人|承办人|办案人员|经办人|勘验人", "officer"),
    ("记录人|记录员", "recorder"),
    ("审核人|审查人|核审人|法制审核人员?", "reviewer"),
    ("主持人|听证主持人", "chair"),
    ("参加人员?|出席人员?|参会人员?|讨论人员?", "participant"),
    ("负责人|审批人|批准人|签发人|分管领导|局长|主要负责人|机关负责人", "approver"),
)
SIGN_NOTE = (
    r"[(（]?\s*(?:签名|签字|签章|盖章|签收人|签收|签名或盖章|签名或者盖章|签名并捺印"
    r"|签名\s*[/、]\s*盖章|签字\s*[/、]\s*盖章)\s*[)）]?"
    r"(?:\s*[(（]\s*(?:盖章|签章|捺印|指印|签收)\s*[)）])?"  # 签名（盖章）, 当事人签名（签收）
)
# ``受送达人：`` alone names the recipient; only 受送达人（签名）： is its signature.
SIGN_ONLY = frozenset({"sender", "witness", "recorder", "reviewer", "chair"})
# labels that only ever head a signature (unlike 负责人, which also names the party's manager)
SIGN_ONLY_LABELS = frozenset({"审批人", "批准人", "签发人"})
_ALL = "|".join(lbl for lbl, _ in ROLES)
# The rest of the line is looked at, not consumed: a second label on the line (受送达人：某公司
# 签收人：张三) is a line of its own.
LINE = re.compile(
    rf"(?P<label>(?P<who>{_ALL})\s*(?P<note>{SIGN_NOTE})?(?:\s*[及和、/]\s*(?:日期|时间|职务|身份))?)"
    r"(?:\s*[:：|│┃]|[ \u3000]*\t|(?P<eol>[ \t\u3000]*(?=\n|$))|(?<=[名字章收）)期间])[ \u3000]+(?=\S)"
    # 受送达人 白宝山（签名）: a typed copy marking the name as signed by hand
    r"|(?P<named>[ \u3000]+)(?=[\u4e00-\u9fa5·]{2,6}\s*[（(]\s*(?:签名|签字|签章|盖章)\s*[)）]))"
    rf"(?=(?P<rest>[^\n]*))"
)
# 负责人审批意见：同意。签名：王五 — the signature sits after the opinion on the same line.
APPROVAL = re.compile(
    r"(?P<label>(?P<who>负责人|审批人|分管领导|局长|主要负责人|机关负责人|审核人|法制审核人员?)(?:审批|审核|审查)?意见)"
    r"\s*[:：][^\n]{0,80}?(?:签\s*[名字章])\s*[:：](?P<rest>[^\n]*)"
)
# 签名\t被检查人：赵永刚 执法人员：刘倩 杨帆 — a 签名 row whose cell holds labelled signatures.
SIGN_ROW = fast_compile(
    r"^[ \t\u3000]*(?:签名|签字|签章|签名栏|签名或盖章)[ \u3000]*[\t:：](?P<rest>[^\n]*)", re.M
)
ROW_LABEL = re.compile(rf"(?P<who>{_ALL})\s*(?:{SIGN_NOTE})?\s*[:：]")
# 负责人意见\t同意。何敏 2024年7月16日 — a form row: the opinion, then the signer's name and date.
_DATE = (
    r"(?:\d{4}|_+|\s)\s*年\s*(?:\d{1,2}|_+|\s)\s*月\s*(?:\d{1,2}|_+|\s)\s*日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}"
)
OPINION_ROW = fast_compile(
    OPINION_HEAD + r"(?P<opinion>[^\n]*?)(?P<name>[^。；;，,\n\t:：]*?)"
    # a form row's cells: 同意\t签名\t王五\t2024年…; or one line of fields: 同意立案，王志强，2024年…
    rf"(?P<sep>[，,])?[ \t\u3000]*(?:{_DATE})[ \t\u3000]*$",
    re.M,
)
# What an OPINION_ROW match opens with (``approvals.OPINION_ROW_HEAD``), and what its line ends in:
# the full pattern's two lazy runs try the date at every split of the row (a few dozen
# microseconds on a row that ends otherwise)
_ENDS_IN_DATE = re.compile(rf"(?:{_DATE})[ \t\u3000]*$", re.M)
# 同意。（签名）王五 2024年… — a typed note marking where the pen signed, before the name
_TYPED_NOTE = r"\s*(?:电子)?(?:签名|签字|签章|签名或盖章)\s*"
TYPED_SIGN_NOTE = fast_compile(rf"^[(（\[【]?{_TYPED_NOTE}[)）\]】]?\s*")
# 大队长（签名）: a post printed, no one signed (whole post words: 李德长 is a name)
_POST_END = re.compile(r"(?:[局队所科股站院处厅镇乡县区市部组庭行]长|主任|负责人|书记|领导)$")
_SIGN_NOTE_INSIDE = re.compile(rf"[(（\[【]{_TYPED_NOTE}[)）\]】]")  # the same note, bracketed, anywhere
# 负责人意见：同意。 — an opinion row with no signature on it (the 签名 line may follow)
UNSIGNED_OPINION_LINE = fast_compile(rf"^[ \t\u3000]*{OPINION_LABEL}[ \u3000]*[\t:：][^\n]*\n\Z")
# a record's closing statement, after which its signatures follow
CLOSING = re.compile(
    r"以上(?:笔录|记录|内容)|笔录[^\n]{0,12}(?:宣读|阅读|核对|看过|阅看)"
    r"|(?:看过|核对|宣读|阅读)[^\n]{0,10}(?:无误|相符|属实|一致)"
    r"|以下(?:无正文|空白)"  # （以下无正文）: the record's body ends, the signature lines follow
)
# a form cell that labels the next one (签收日期, 送达人 …), no value
CELL_LABEL = re.compile(rf"(?:{_ALL})?\s*(?:签名|签字|签收|签章|盖章|送达|收到|收件)?(?:日期|时间|人)?")
REFUSED = fast_compile(r"\s*(?:当事人|受送达人|本人)?\s*(?:拒签|拒收|拒绝|拒不)")
_BARE_SIGN = re.compile(r"[ \t\u3000]*(?:签名|签字|签章)\s*[:：]")
NEXT_LABEL = re.compile(rf"(?:{_ALL}|日期|时间|签名|签字)\s*(?:{SIGN_NOTE})?\s*[:：]")


@dataclass(frozen=True)
class SignatureHit:
    """A signature line: role, label as written, whether filled, and the span."""

    role: str
    label: str
    filled: bool
    start: int
    end: int


# 受送达人 白某（签名）2022年…: the name a typed copy marks as signed by hand (not 法定代表人（签字）：, a
# label of the form's next cell)
_NAMED_SIGNER = re.compile(
    r"(?P<n>[\u4e00-\u9fa5·]{2,6})\s*[（(]\s*(?:签名|签字|签章|盖章)\s*[)）](?!\s*[:：])"
)
_NAME_AT_END = re.compile(r"[\u4e00-\u9fa5]{2,4}$")
_NOT_SIGNER = frozenset({"年月日", "局长", "负责人", "审核人", "承办人", "盖章", "本人"})
_LABELLED_SIGNER = re.compile(
    r"(?:签名|签字|签章)\s*[:：]\s*(?P<n>[\u4e00-\u9fa5·]{2,6})(?:\s*[（(][^（）()\n]{1,20}[）)])?\s*(?:日期\s*[:：]?)?\s*$"
)
_OPINION_WORD = re.compile(r"同意|意见|建议|签名|签字|签章|日期")
_LONE_MARK = re.compile(r"[\s_]*[^\s_][\s_]*")
_DATE_OR_BLANK = fast_compile(r"(?:\d{4}|_+|\s)\s*年\s*(?:\d{1,2}|_+|\s)\s*月\s*(?:\d{1,2}|_+|\s)\s*日")


@functools.lru_cache(maxsize=512)
def _role(who: str) -> str:
    return next(role for lbl, role in ROLES if re.fullmatch(lbl, who))


def find_signatures(text: str) -> list[SignatureHit]:
    """Signature lines in ``text`` in order."""
    out: list[SignatureHit] = []
    for m in APPROVAL.finditer(text) if "意见" in text else ():  # every APPROVAL match holds 意见
        value = _strip_dates(m.group("rest"))
        out.append(SignatureHit(_role(m.group("who")), m.group("label"), _filled(value), m.start(), m.end()))
    out += _opinion_rows(text, out)
    read = [(h.start, h.end) for h in out]
    out += [
        SignatureHit("approver", label, False, lo, hi) for label, lo, hi in unsigned_approvals(text, read)
    ]
    out += _sign_rows(text, out)
    for m in LINE.finditer(text):
        if any(h.start <= m.start() < h.end for h in out):
            continue
        role = _role(m.group("who"))
        line_start = text.rfind("\n", 0, m.start()) + 1
        at_line_start = not text[line_start : m.start("who")].strip(" \t|│┃") or bool(m.group("note"))
        sign_only = role in SIGN_ONLY or m.group("who") in SIGN_ONLY_LABELS
        if not (
            m.group("note")
            or (
                m.group("named")
                and _NAMED_SIGNER.match(m.group("rest")) is not None
                and is_person_name(_NAMED_SIGNER.match(m.group("rest")).group("n"))
            )
            or (sign_only and at_line_start)
            or "签" in m.group("label")
            or TYPED_SIGN_NOTE.match(m.group("rest").lstrip(" \t\u3000"))  # 询问人：（签名）李永强
            or (at_line_start and role in _RECORD_SIGNERS and _after_closing(text, line_start))
        ):
            continue
        if m.group("eol") is not None and not text[line_start : m.start("who")].strip(" \t|│┃"):
            pass  # 受送达人签名 alone on its line: a form row left empty
        elif m.group("eol") is not None:
            continue
        rest = m.group("rest")
        nxt = NEXT_LABEL.search(rest)
        if nxt and _BARE_SIGN.fullmatch(rest[: nxt.end()]):  # 法制审核人员：签字：金秀兰: the note repeated
            rest = rest[nxt.end() :].rjust(len(rest))
            nxt = NEXT_LABEL.search(rest, len(rest) - len(rest.lstrip()))
        value = re.split(r"[|│┃]", rest[: nxt.start()] if nxt else rest, maxsplit=1)[0]
        if "\t" in value.strip("\t"):  # a tab row's cells (见证人\t/\t送达人\t赵某): the label's own cell
            value = value.lstrip("\t").split("\t", 1)[0]
        if CELL_LABEL.fullmatch(value.strip()):
            value = ""  # 受送达人签名或盖章\t签收日期: the next cell's label, the signature cell left out
        # 拒绝签收 / 拒签 written in the row records a refusal, not a signature
        filled = _filled(value) and not REFUSED.match(value)
        end = m.start("rest") + len(value)
        if not rest.strip() and (under := _signed_under(text, m.end("rest"))):
            # 受送达人签名及日期：⏎周某某 2025年5月12日 (or 被检查人签名⏎郑某 2014.3.26, a label a line and
            # its value the next, as a case system exports its forms): the name on the line under it
            filled, end = True, under
        out.append(SignatureHit(role, m.group("label").strip(), filled, m.start(), end))
    return sorted(out, key=lambda h: h.start)


# a line holding only a signer's name and the date signed (a name alone may be a cell's label:
# 代收人, 经办人, 盖章)
_NAME_LINE = re.compile(
    # (受送达人签名⏎或盖章 林某 2023年9月5日: the label's wrapped end before the name)
    r"\n[ \t\u3000]*(?:[或及](?:盖章|签章|捺印|日期)[ \t\u3000]+)?(?P<n>[\u4e00-\u9fa5·]{2,4})"
    r"[ \t\u3000]+(?:(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})[^\n:：]*"
    r"[ \t\u3000]*(?=\n|$)"
)


# a line holding only the signers' names (询问人：⏎周某 李某⏎记录人：…; a discussion's 参加人员签名：⏎ its
# members), the date left out
_NAMES_LINE = re.compile(
    r"\n[ \t\u3000]*(?P<n>[\u4e00-\u9fa5·]{1,4}(?:[ \u3000]+[\u4e00-\u9fa5·]{1,4}){0,11})[ \t\u3000]*"
)
# what may follow such a line: the next label, a bare page number, a blank line or the end
# (or the next signature's label alone on its line: 询问人签名⏎徐某⏎记录人签名⏎吴某, a form exported a
# label a line)
_AFTER_NAMES = re.compile(
    r"(?:\n[ \t\u3000]*(?:[^\n：:]{1,12}[:：]|\d{1,4}[ \t\u3000]*(?=\n|$)|(?=\n)"
    r"|[^\n：:]{1,10}(?:签名|签字|签章|盖章)[ \t\u3000]*(?=\n|$))|$)"
)
# a word that ends as a form's labels do (经办人, 盖章, 签字, 日期), or holds a form's word
# (代收理由, 代收关系, 盖章处, 送达方式, 文书名称): no name
_LABEL_END = re.compile(
    r"[人员章字名期见意处]$|理由|关系|方式|名称|地址|地点|时间|情况|备注|单位|文书|事由|原因|说明|签"
)


# the signer's own words before the name: 以上笔录我看过，和我说的一样。刘某 2023年9月14日 /
# 情况属实 刘某 9.12
_CONFIRMED_LINE = re.compile(
    r"\n[ \t\u3000]*[^\n:：]{0,30}?(?:看过|属实|无误|一致|一样|相符)[。，,！!]?[ \t\u3000]*"
    r"(?P<n>[\u4e00-\u9fa5·]{2,4})[ \t\u3000]+(?:(?:19|20)\d{2}[^\n:：]*|\d{1,2}[.．/]\d{1,2})"
    r"[ \t\u3000]*(?=\n|$)"
)


def _signed_under(text: str, eol: int) -> int | None:
    """Where the signature written on the line under an empty ``label：`` ends (a person's name
    and the date, perhaps after the signer's own 以上笔录我看过…, or the names alone before the next
    label), or ``None``."""
    m = _NAME_LINE.match(text, eol) or _CONFIRMED_LINE.match(text, eol)
    if m and is_person_name(m.group("n")):
        return m.end()
    m = _NAMES_LINE.match(text, eol)
    if m is None or not _AFTER_NAMES.match(text, m.end()):
        return None
    names = _spaced_names(m.group("n").split())
    return m.end() if all(is_person_name(n) and not _LABEL_END.search(n) for n in names) else None


def _spaced_names(tokens: list[str]) -> list[str]:
    """Names from a line's tokens: a two-character name spaced out to the width of three (杨　峰) is
    one name."""
    out: list[str] = []
    for tok in tokens:
        if len(tok) == 1 and out and len(out[-1]) == 1:
            out[-1] += tok
        else:
            out.append(tok)
    return out


_E_SIGNED = re.compile(r"电子签")  # an e-signature noted in the cell (a typed 签名 note is no signature)


def _opinion_rows(text: str, taken: list[SignatureHit]) -> list[SignatureHit]:
    """Form rows ``负责人意见\t同意。何敏 2024年7月16日`` (or ``同意立案，王志强，2024年…``): filled when a
    name stands before the date."""
    out = []
    # every row's label holds 意见, or is 负责人审批
    for m in _opinion_row_matches(text) if "意见" in text or "审批" in text else ():
        opinion, name = m.group("opinion"), m.group("name")
        if m.group("sep") and not opinion.strip():
            opinion, name = name + m.group("sep"), ""  # 准予立案，2024年…: the comma ends the opinion
        if any(h.start <= m.start("who") < h.end for h in taken) or not opinion.strip():
            continue
        # the signer's post or certificate number in a note after the name: 钱某（副局长）
        # OCR reads a pen stroke between the name and the date as a quote mark: 杨光华”2022年…
        name = TYPED_SIGN_NOTE.sub("", name.strip().strip(STROKES))
        if DATE_LABEL.fullmatch(name) and opinion.split():  # 同意 管某⏵日期⏵2023…: the date's own cell
            name = opinion.split()[-1]
        if note := _SIGN_NOTE_INSIDE.search(name):  # 大队长（签名）朱某 / 龙某某（签名）
            before, after = name[: note.start()].strip(), name[note.end() :].strip()
            name = after or ("" if _POST_END.search(before) else before)
        name = re.sub(r"[（(][^（）()\n]{1,40}[）)]$", "", name).strip()
        parts = name.split()
        if len(parts) >= 2 and len(parts[-2]) == 1 and len(parts[-1]) <= 2:
            name = parts[-2] + parts[-1]  # a two-character name padded to three: 邹 涛
        filled = bool(_NAME_AT_END.search(name)) and not _OPINION_WORD.search(name)
        if not name:  # 同意立案。 签名：孙建国（副局长） 日期：2022年…: the name in labelled fields
            signer = _LABELLED_SIGNER.search(opinion)
            filled = (
                signer is not None
                and not _OPINION_WORD.search(signer.group("n"))
                and signer.group("n") not in _NOT_SIGNER
            )
        if not filled:  # 同意 王五 日期：… / 同意。（王五） … / （已电子签名） / the name under the row
            cell = m.group("opinion") + m.group("name")
            filled = bool(_E_SIGNED.search(cell) or names_a_person(cell) or named_below(text, m.end()))
        role = opinion_role(m.group("who"))
        out.append(SignatureHit(role, m.group("label"), filled, m.start("who"), m.end()))
    return out


def _opinion_row_matches(text: str) -> list[re.Match[str]]:
    """``OPINION_ROW.finditer(text)``, the full pattern tried only where it can match: at a line
    start that opens with its label (``^``: a match starts there and nowhere else on the line),
    with a date that ends a line starting on that line (the opinion and name hold no newline; a
    blank date's space class may go on to the next line). A match ends at the end of its date, so the
    next line start after it is where ``finditer`` would go on too."""
    out = []
    date: re.Match[str] | None = None
    searched = -1  # where ``date`` was searched from: the first date-ended run at or after it
    for head in OPINION_ROW_HEAD.finditer(text):
        if out and head.start() < out[-1].end():
            continue  # inside the last match (a blank date that ran onto the next lines)
        eol = line_end(text, head.end())
        if eol - head.start() > ROW_MAX:
            continue  # no form's row: a run-on paragraph (and no quadratic search through it)
        # the first date-ended run from here: the one found from an earlier row if it starts here
        # or later (none then, none now), else searched again — one pass over rows without dates
        if searched < 0 or (date is not None and date.start() < head.start()):
            date, searched = _ENDS_IN_DATE.search(text, head.start()), head.start()
        if date is None or date.start() > eol:
            continue
        m = OPINION_ROW.match(text, head.start())
        if m:
            out.append(m)
    return out


def _sign_rows(text: str, taken: list[SignatureHit]) -> list[SignatureHit]:
    """Labelled signatures inside a 签名 row (``签名\t被检查人：赵永刚 执法人员：刘倩``)."""
    out = []
    for row in SIGN_ROW.finditer(text) if "签" in text else ():  # 签名/签字/签章 heads the row
        base = row.start("rest")
        labels = list(ROW_LABEL.finditer(row.group("rest")))
        if not labels:
            out += _opinion_sign_line(text, row, taken)
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(row.group("rest"))
            value = row.group("rest")[m.end() : end]
            if any(h.start <= base + m.start() < h.end for h in taken):
                continue
            filled = _filled(value)
            out.append(SignatureHit(_role(m.group("who")), m.group(0).rstrip(":： "), filled,
                                    base + m.start(), base + end))  # fmt: skip
    return out


def _opinion_sign_line(text: str, row: re.Match[str], taken: list[SignatureHit]) -> list[SignatureHit]:
    """A ``签名：`` line right under an unsigned opinion row (``负责人意见：同意。``) signs it."""
    prev_start = text.rfind("\n", 0, max(row.start() - 1, 0)) + 1
    head = UNSIGNED_OPINION_LINE.match(text[prev_start : row.start()])
    if not head or any(h.start <= prev_start + head.start("who") < h.end for h in taken):
        return []
    rest = row.group("rest")
    nxt = NEXT_LABEL.search(rest)
    value = rest[: nxt.start()] if nxt else rest
    role = opinion_role(head.group("who"))
    label = re.split(r"[ \u3000]*[\t:：]", text[prev_start + head.start("who") : row.start()], maxsplit=1)[0]
    filled = _filled(value)
    return [SignatureHit(role, label, filled, prev_start + head.start("who"), row.end())]


_RECORD_SIGNERS = frozenset({"party", "officer", "recorder"})  # who signs a record under its closing


def _after_closing(text: str, line_start: int) -> bool:
    """The line at ``line_start`` is among the three after a record's closing statement
    (``以上笔录共1页，已向被询问人宣读。``), where a bare ``被询问人：`` is where the party signs."""
    lo = line_start
    for _ in range(3):
        if lo == 0:
            return False
        lo = text.rfind("\n", 0, lo - 1) + 1
        if CLOSING.search(text, lo, line_start):
            return True
    return False


def _filled(value: str) -> bool:
    """Something signs the cell: not blanks or a date placeholder, and more than one mark (a lone
    ``四`` or ``加`` in an empty cell is OCR reading the cell's rules; no name is one character)."""
    value = _strip_dates(value)
    return not is_blank_value(value) and not _LONE_MARK.fullmatch(value)


def _strip_dates(value: str) -> str:
    """``value`` without dates and date placeholders (``____年__月__日``)."""
    if "年" not in value:
        return value  # every date or placeholder the pattern removes holds 年
    return _DATE_OR_BLANK.sub("", value)
