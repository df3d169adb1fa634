"""Identifiers: 文号, 统一社会信用代码 (GB 32100 check character), 身份证号 (GB 11643 check digit).

A 文号 is ``机关代字〔年份〕序号号``. Variants are still extracted (``[2024]``, ``(2024)``,
``〔2024〕第12号``, ``〔2024〕第（015）号``, ``(津保)应急罚[2023]k-39号``, ``〔2024 〕133 号``, a lost
``〕`` or ``号``; a 序号 may be a long serial: 市场监管 numbers its cases ``〔2023〕122023000587号``)
with ``valid`` False when the bracket is not 〔〕 or a part is missing, and the departures listed
in ``issues``. A number whose year is written but whose 序号 is not (``涡消罚〔2023〕号``,
``〔2023〕 号``) is kept by ``NO_SERIAL``, invalid with issue ``no_serial``. Blank template numbers
(``市监听通〔 〕 号``) are found only by ``TEMPLATE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casecheck.extract.fields.dates import make_date
from casecheck.extract.patterns import Pattern, fast_compile

# 机关代字: an optional bracketed region (津保), a code (0482), CJK, an optional inner bracket 湘(岳)文…
# The runs are possessive (``{1,14}+``): what follows each run (a bracket, a space, a digit of the
# year) is never a character of the run, so giving characters back cannot make a match; it only
# cost the engine a retry per character at every position the window is scanned from.
_ORG = (
    r"(?:[(（][\u4e00-\u9fa5]{1,5}+[)）])?[0-9A-Za-z]{0,6}+[\u4e00-\u9fa5]{1,14}+"
    r"(?:[(（][\u4e00-\u9fa5]{1,5}+[)）][\u4e00-\u9fa5]{1,12}+)?"
)
# 深福国税 简罚〔2017〕1029号: an issuing office's short name, a space, then the 代字 — one 机关代字
# when the number opens its line (a header); in a sentence the word before a space is no part of it
_ORG_SPACED = (
    r"(?:(?<![^\n])(?!根据|依据|依照|按照|送达|抄送|附)[\u4e00-\u9fa5]{2,6}+[ \u3000]"
    r"(?=[\u4e00-\u9fa5]{1,8}+\s*[〔\[(（【［〖]))?" + _ORG
)
# 天城管当罚〔2024〕No.0004172: a pre-printed form's serial after No.
DOC_NUMBER = Pattern(
    "doc_number",
    rf"(?P<org>{_ORG_SPACED})\s*(?P<lb>[〔\[(（【［〖])\s*(?P<year>(?:19|20)\d{{2}})\s*(?P<rb>[〕\]）)】］〗])?"
    r"\s*(?P<sub>\d{1,4}(?=\s*第\s*\d))?\s*(?P<di>第)?\s*(?P<paren>[(（](?=\d{1,6}[)）]\s*号))?"
    r"\s*(?P<seq>(?:[\u4e00-\u9fa5]{1,3}(?=\d{1,15}\s*号))?(?:N[Oo]\.\s?|[A-Za-z]{0,3}-?)\d{1,15}(?:-\d{1,4})?)"
    r"(?(paren)[)）])\s*(?P<hao>号)?",
    0.8,
)
# （2024）浦城管公告第 0093 号 / （2019）某交执罚第3号: the year first, as courts number their cases
YEAR_FIRST = Pattern(
    "doc_number_year_first",
    r"(?P<lb>[〔\[(（【［])\s*(?P<year>(?:19|20)\d{2})\s*(?P<rb>[〕\]）)】］])\s*"
    r"(?P<org>(?!年)(?:(?![的了于在对向是为和及与])[\u4e00-\u9fa5]){2,14}?)\s*(?P<di>第)?\s*(?P<seq>\d{1,15})\s*(?P<hao>号)",
    0.6,
)
SEQ_OFFICE = re.compile(r"^[\u4e00-\u9fa5]{1,3}")
YEAR_ANCHOR = re.compile(r"[〔\[(（【［〖]\s*(?:19|20)\d{2}")
# 环罚决 2023] 071号: the left bracket lost (OCR, typing); 号 is then required
NO_LB = Pattern(
    "doc_number_no_left_bracket",
    rf"(?P<org>{_ORG})\s*(?P<year>(?:19|20)\d{{2}})\s*(?P<rb>[〕\]）)】］〗])\s*(?P<di>第)?\s*(?P<seq>\d{{1,15}})\s*(?P<hao>号)",
    0.5,
)
# 涡消罚〔2023〕号: the year is written, the 序号 left out (or blank: 〔2023〕第　号, 〔2023〕（ ）号)
_GAP = r"[ \t\u3000_＿]*"
NO_SERIAL = Pattern(
    "doc_number_no_serial",
    rf"(?P<org>{_ORG})\s*(?P<lb>[〔\[(（【［〖])\s*(?P<year>(?:19|20)\d{{2}})\s*(?P<rb>[〕\]）)】］〗])"
    rf"{_GAP}(?P<di>第)?{_GAP}(?:[(（]{_GAP}[)）])?{_GAP}(?P<hao>号)(?![码楼院室])",
    0.4,
)
TEMPLATE = Pattern(
    "doc_number_template",
    rf"(?P<org>{_ORG})\s*[〔\[(（【［]\s*[)）〕\]】］]\s*第?\s*(?:[(（]\s*[)）])?\s*号",
    0.3,
)

# What every NO_LB match holds (its year and right bracket) and every TEMPLATE match (its blank
# brackets): a scan that skips ahead to them, before the full patterns, whose 机关代字 run is tried
# at every position (most header lines hold a 号 — 编号, 证号 — and no such part)
NO_LB_ANCHOR = re.compile(r"(?:19|20)\d{2}\s*[〕\]）)】］〗]")
TEMPLATE_ANCHOR = re.compile(r"[〔\[(（【［]\s*[)）〕\]】］]")

# 书 ends a title (决定书湘(岳)…) unless a 代字 goes on (敦林罚书字〔2021〕), and so does a 和 after it
# (告知书和…); a 和 in the first two characters of a 代字 is a place's (沈和市监罚告〔2024〕187号:
# 沈阳市和平区), no conjunction
# 许可证和某环罚〔2023〕41号: a 和 cuts after a thing named (证/单/通知 …), never inside a place's
# name (清新税太和所罚〔2024〕36号, 沈和环罚)
_PREFIX = re.compile(
    r"^.*(书(?!字)和?|表和?|回证和?|笔录和?|了|为|的|是|对|向|及|(?<=..)(?<=[证照单函件料知定])和|号|即)(?=.)"
)

# 武卫计医罚字第0012号 / 肥西农（农产品）罚字2024年第9号: a 罚…字 number without the bracketed
# year (an older or a rural office's form); found from its 罚…字第N号 tail, its 代字 read back
_UNBRACKETED_TAIL = fast_compile(
    r"罚[\u4e00-\u9fa5]{0,2}字[ \u3000]*(?:(?P<year>(?:19|20)\d{2})[ \u3000]*年)?"
    r"[ \u3000]*第[ \u3000]*\d{1,8}[ \u3000]*号"
)
_UNBRACKETED_ORG = re.compile(r"(?:[\u4e00-\u9fa5]|[(（][\u4e00-\u9fa5]{1,5}[)）]){1,14}$")


def _unbracketed(text: str, found: list[DocNumber]) -> list[DocNumber]:
    """The ``_UNBRACKETED_TAIL`` numbers of ``text`` no bracketed number covers: invalid, the
    bracket (and perhaps the year) missing."""
    out = []
    for m in _UNBRACKETED_TAIL.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        org = _UNBRACKETED_ORG.search(text, max(line_start, m.start() - 24), m.start())
        start = org.start() if org else m.start()
        raw = text[start : m.end()]
        if cut := _PREFIX.match(raw[: m.start() - start]):
            raw, start = raw[cut.end() :], start + cut.end()
        issues = ("missing_bracket", "di") + (() if m.group("year") else ("no_year",))
        out.append(DocNumber(raw, start, m.end(), False, issues))
    return out


CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# the check character may be any letter: a code whose last character GB 32100 never uses (…7R2V)
# is still the party's code, written wrong (DOC-06), not something else
CREDIT_CODE = fast_compile(
    r"(?<![0-9A-Za-z*])([0-9A-HJ-NP-RTUWXY]{2}[\d*＊]{6}[0-9A-HJ-NP-RTUWXY*＊]{9}[0-9A-Z*＊])(?![0-9A-Za-z*])"
)
ID_NUMBER = fast_compile(r"(?<![0-9A-Za-z])(\d{6}[0-9Xx*＊]{11}[0-9Xx*＊]|\d{15})(?![0-9A-Za-z])")
ID_WEIGHTS = tuple(2 ** (17 - i) % 11 for i in range(17))


@dataclass(frozen=True)
class DocNumber:
    """A 文号 as written, whether it has the canonical form, and what departs from it."""

    value: str
    start: int
    end: int
    valid: bool
    issues: tuple[str, ...] = field(default=())


def doc_number_from(m: re.Match[str]) -> DocNumber:
    """Judge a ``DOC_NUMBER`` / ``TEMPLATE`` match against 机关代字〔年份〕序号号."""
    g = m.groupdict()
    issues: list[str] = []
    if "year" not in g:
        issues.append("blank")
    else:
        if (g.get("lb") != "〔" and g.get("lb") is not None) or g["rb"] not in ("〕", None):
            issues.append("bracket")
        if g["rb"] is None or g.get("lb") is None:
            issues.append("missing_bracket")
        if not g["hao"]:
            issues.append("missing_hao")
        if g["di"]:
            issues.append("di")
        if g.get("paren"):
            issues.append("seq_bracket")  # 乌医保罚〔2024〕第（015）号: the 序号 in brackets
        seq = g.get("seq")
        if g.get("sub"):
            issues.append("seq_office")  # 苏环行罚字〔2021〕06第128号: a district's code before 第
        if seq is not None and SEQ_OFFICE.match(seq):
            # 莞环罚〔2024〕虎0063号: a sub-office's code heads the 序号 (a variant, not an error)
            issues.append("seq_office")
            seq = SEQ_OFFICE.sub("", seq)
        if seq is None:
            issues.append("no_serial")
        elif seq.startswith("0"):
            issues.append("leading_zero")
        if seq is not None and not seq.isdigit():
            issues.append("seq_not_numeric")
    if g.get("org") is not None and g.get("year") is not None and m.start("org") > m.start("year"):
        issues.append("year_first")
    raw, start = m.group(0), m.start()
    # the org part may have swallowed a title or a verb before it (决定书湘(岳)…, 送达了…)
    cut = _PREFIX.match(raw[: m.end("org") - m.start()])
    if cut:
        raw, start = raw[cut.end() :], start + cut.end()
    if raw[:1].isspace():  # 审批表 某立〔2024〕4号: what the cut leaves after the title's space
        start += len(raw) - len(raw.lstrip())
        raw = raw.lstrip()
    if re.search(r"\s", raw):
        issues.append("spaces")
    blocking = {"blank", "bracket", "missing_bracket", "missing_hao", "no_serial"}
    return DocNumber(raw, start, m.end(), not blocking & set(issues), tuple(issues))


def find_doc_numbers(text: str, templates: bool = False) -> list[DocNumber]:
    """All 文号 in ``text`` (template blanks only when ``templates``)."""
    out: list[DocNumber] = []
    anchors = list(YEAR_ANCHOR.finditer(text))
    if not anchors and "号" not in text:
        return out  # DOC_NUMBER/NO_SERIAL need an anchor, NO_LB and TEMPLATE a 号
    # cheap anchor first (a bracketed year); the full pattern runs only in a window around it
    for a in anchors:
        lo = max(0, a.start() - 32, out[-1].end if out else 0)
        hi = min(len(text), a.end() + 16)
        for p in (DOC_NUMBER, NO_SERIAL):
            m = next((m for m in p.finditer(text, lo, hi) if m.start() <= a.start() < m.end()), None)
            if m:
                out.append(doc_number_from(m))
                break
        else:
            if m := YEAR_FIRST.compiled.match(text, a.start(), min(len(text), a.end() + 40)):
                out.append(doc_number_from(m))
    for m in NO_LB.finditer(text) if NO_LB_ANCHOR.search(text) else ():
        if not any(d.start <= m.start("year") < d.end for d in out):
            out.append(doc_number_from(m))
    if templates and TEMPLATE_ANCHOR.search(text):
        out += [doc_number_from(m) for m in TEMPLATE.finditer(text)]
    if "字" in text:
        out += _unbracketed(text, out)
    return sorted(out, key=lambda d: d.start)


def credit_code_valid(code: str) -> bool | None:
    """GB 32100 check character; ``None`` when the code is masked."""
    code = code.upper()
    if any(c in "*＊" for c in code) or "XXXX" in code:  # a run of X is masking, not a code
        return None
    if len(code) != 18 or any(c not in CREDIT_CHARS for c in code):
        return False
    s = sum(CREDIT_CHARS.index(c) * w for c, w in zip(code[:17], CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARS[(31 - s % 31) % 31] == code[17]


def id_number_valid(number: str) -> bool | None:
    """GB 11643 check digit for 18-digit numbers; ``None`` for masked numbers; 15-digit: date only."""
    n = number.upper()
    if "*" in n or "＊" in n or "X" in n[:17]:
        return None
    if len(n) == 15:
        return n.isdigit()
    if len(n) != 18 or not n[:17].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(n[:17], ID_WEIGHTS, strict=True))
    return "10X98765432"[s % 11] == n[17]


def _born(number: str) -> bool:
    """An 18-digit ID number's birth date (digits 7–14) is a real day (``dates.make_date``)."""
    return make_date(int(number[6:10]), int(number[10:12]), int(number[12:14])) is not None


def find_credit_codes(text: str) -> list[tuple[str, int, int, bool | None]]:
    """``(code, start, end, valid)``; an all-digit run counts only when it is not an ID number (its
    check digit and its birth date both hold: 923713023058214679 has an ID's check digit by chance,
    but no one was born in year 0230)."""
    out = []
    for m in CREDIT_CODE.finditer(text):
        code = m.group(1)
        if code.isdigit() and _person_id(code):
            continue
        out.append((code, m.start(1), m.end(1), credit_code_valid(code)))
    if "O" in text or "I" in text or "l" in text:
        found = {s for _c, s, _e, _v in out}
        out += [c for c in _misread_credit_codes(text) if c[1] not in found]
        out.sort(key=lambda c: c[1])
    return out


# a code OCR read with O for 0 or I/l for 1 (913713O2MA3C8K2N2H): no code holds O, I or l
_MISREAD_CREDIT_CODE = fast_compile(
    r"(?<![0-9A-Za-z*])([0-9A-HJ-NP-RTUWXYOIl]{2}[\dOIl]{6}[0-9A-HJ-NP-RTUWXYOIl]{9}[0-9A-Z])(?![0-9A-Za-z*])"
)
_CODE_LOOKALIKES = str.maketrans("OIl", "011")


def _person_id(code: str) -> bool:
    """An 18-character number that is a person's ID: its check character and birth date hold."""
    return bool(id_number_valid(code)) and _born(code)


def _misread_credit_codes(text: str) -> list[tuple[str, int, int, bool | None]]:
    """Codes holding an OCR look-alike that read right as digits: kept only when the code so read
    passes its check character (GB 32100), so a misread is put right, never made up."""
    out: list[tuple[str, int, int, bool | None]] = []
    for m in _MISREAD_CREDIT_CODE.finditer(text):
        raw = m.group(1)
        code = raw.translate(_CODE_LOOKALIKES)
        if code != raw and credit_code_valid(code) and not (code[:17].isdigit() and _person_id(code)):
            out.append((code, m.start(1), m.end(1), True))  # (3301061978112O304X is an ID misread)
    return out


def find_id_numbers(text: str) -> list[tuple[str, int, int, bool | None]]:
    """``(number, start, end, valid)`` for 身份证号, masked ones with ``valid`` None."""
    return [(m.group(1), m.start(1), m.end(1), id_number_valid(m.group(1))) for m in ID_NUMBER.finditer(text)]
