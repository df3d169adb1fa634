"""Officers named on a record with their 执法证号.

An officer segment starts at a label (``执法人员``, ``询问人``, ``检查人``, ``记录人``, ``承办人`` …)
and runs to the end of the line. Inside it names and certificate numbers are read in order:
``张三（执法证号：川A02190301）、李四（证号：…）`` pairs each name with the number right after
it; ``张三、李四，执法证号分别为 123、456`` pairs them in order.

A label is followed by a separator (``：``, ``|`` or a tab of a form row); without one the text is
prose (``执法人员出示执法证件，说明来意``) unless a name and its number follow at once
(``执法人员张三（执法证号…）``). Lines right below that hold only names and numbers (an indented
second officer, whose indent normalisation removed) continue the list. Certificate labels may
carry a title (``消防监督员证号：浙消监33030017021``).
Every name must pass ``names.is_person_name`` (a surname, no prose words), unless its number
follows it at once (an OCR-misread surname: ``兽静勇（执法证号…）``); prose words never pass.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from casecheck.extract.fields.names import COMPOUND_SURNAMES, is_person_name
from casecheck.extract.fields.names import NOT_NAME as NOT_PERSON
from casecheck.extract.fields.officer_table import table_officers
from casecheck.extract.patterns import fast_compile

_SP = "[ \u3000]?"
_VERBS = "|".join(
    _SP.join(v)
    for v in ("执法", "询问", "检查", "勘验", "勘察", "勘测", "核查", "调查", "承办", "办案", "稽查", "复查")
)
LABEL = fast_compile(
    # the first characters up front let the scan skip every other position quickly
    r"(?=[执询检勘核调承办稽记劳卫消监民出主协复])(?<![被])(?<!被 )(?<!被\u3000)(?<!随同)(?<!陪同)"
    # a form may space a label out to the width of its column (询 问 人, 记 录 人): one space between
    rf"(?:(?:{_VERBS})(?:[(（][\u4e00-\u9fa5]{{1,4}}[)）])?{_SP}人{_SP}员?|记{_SP}录{_SP}[人员]"
    r"|(?:劳动保障|卫生|消防)?(?:监察|监督|稽查)员|(?:消防|安全|卫生)?监督检查员|(?:办案|执勤|出警)?民警|[主协]办人员?)(?:姓名)?"
    r"(?:(?:及(?:其)?|[/／])(?:执法)?证件?(?:编?号码?)?)?"  # 询问人及执法证号 / 询问人/执法证号
    r"(?:\s*[(（][^()（）\n]{1,8}[)）])?(?!意见|审批|审核|签名|签字)[ \u3000]*(?P<colon>[:：|│\t])?"
)
# 执法证号 / 证件号码 / 消防监督员证号 / 行政执法证编号
# the sector a certificate label may name first (税务执法证号, 海事检查证号, 劳动保障监察证号)
_SECTOR = (
    r"(?:消防|安全|质量|环境|卫生|交通|城管|综合|税务|海事|渔政|路政|运政|农业|林业|水政|劳动保障|文化市场"
    r"|统计|民政|教育|文旅|文化|旅游|市场监管|自然资源|国土|生态环境|应急|水利|水务|人防|气象|商务|粮食|能源"
    r"|住建|规划|医保|药监|烟草|测绘|地震|档案|城市管理)?"
)
_TITLE = rf"{_SECTOR}(?:监督检查|监督|监察|检查|稽查|督察)员?"  # 消防监督检查证号
CERT_LABEL = fast_compile(
    rf"(?:(?:行政)?{_SECTOR}执法证件?(?:编?号码?)?|{_TITLE}证件?编?号码?|证件编?号码?|证号|工作证号)"
    r"(?:分别)?(?:为|是)?\s*[:：]?"
)
# 川A02190301, 33010521047, 黔卫监520102-044 (a hyphenated unit serial), QX-0915 (letters, a hyphen
# and a short serial: unambiguous beside a name, so fewer digits are enough), 湘株价检0113 (a
# province's short name, the unit's, a four-digit serial)
CERT = re.compile(
    r"(?<![0-9A-Za-z-])(?:[A-Za-z\u4e00-\u9fa5]{0,4}?[A-Za-z]?\d{5,14}(?:-\d{1,6})?[A-Za-z0-9]{0,3}"
    r"|[\u4e00-\u9fa5]{0,3}[A-Za-z]{1,4}-\d{3,12}|[A-Za-z\u4e00-\u9fa5]{1,4}\d{2,8}-\d{3,8}"
    r"|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][\u4e00-\u9fa5]{1,4}\d{4})(?![0-9A-Za-z元米-])"
)
ORDINAL = "第"
# A rank written before an officer's name (询问人：民警张三（警号…）)
RANK = re.compile(r"(?:民警|辅警|警官|执法员|执法队员|队员|科员|监督员)")
# A telephone number beside a name is never its certificate (联系电话13905310427, 手机：139…).
PHONE = re.compile(r"(?:电话|手机|联系方式)(?:号码)?\s*[:：]?\s*[\d\-－ ]{7,16}")
# A two-character name padded to the width of three (吴  军, 郑　洁, 上官  婷): one name.
SPACED_NAME = re.compile(
    r"(?<![\u4e00-\u9fa5])([\u4e00-\u9fa5]{1,2})[ \u3000]{1,3}([\u4e00-\u9fa5]{1,2})(?![\u4e00-\u9fa5])"
)
NAME = re.compile(r"[\u4e00-\u9fa5]{1,3}[\u4e00-\u9fa5*＊某]{1,3}|[\u4e00-\u9fa5]{1,4}·[\u4e00-\u9fa5]{1,6}")
STOP = re.compile(
    r"(?:现场负责人|法定代表人|委托代理人)"  # the party's people, with or without a colon
    r"|(被(?:询问|检查|调查|检验|勘验|处罚)人|当事人|见证人|地点|时间|联系电话|工作单位|记录人|询问人|检查人|执法人员)\s*(?:[(（]签[名字][)）])?\s*[:：]"
)
# any other labelled field after a gap on the line (…（证号2）  当事人现场负责人：门店店长 黄某; 记录人：林某
# 陪同人：于某)
_GAP_FIELD = re.compile(
    r"[ \t\u3000]+(?![\u4e00-\u9fa5（）()]{0,10}(?:证|号|编码))"
    r"[\u4e00-\u9fa5]{2,12}[:：]"
)
CERT_LINE = fast_compile(rf"\s*[(（]?\s*(?:执法证件?编?号码?|执法证|{_TITLE}证件?编?号码?|证件编?号码?|证号)")
# 年/月/日 only as date words (二〇二〇年六月, 年　月　日 blanks, 当日): names hold them (乌日娜, 李月华)
NOT_NAME = fast_compile(
    r"执法|证|号|签|意见|规定|的|条|款|项|人员|时间|地点|分别|单位|部门|局|我们|出示|表明|身份|见证|记录|询问|检查"
    r"|[〇零一二三四五六七八九十廿两]\s*[年月日]|^[年月日]|年月|月日|日期|[今当次同每本]日|以上|笔录|无|同志"
    r"|录像|录音|全程"  # 执法记录仪\tMY-QX-02号，全程录像: the recorder device's cell, no name
)


# a line of names only, each perhaps with its certificate in brackets (周某（3301020105）、孙某（…）)
_NAMES_ONLY = re.compile(
    r"[ \u3000]*[\u4e00-\u9fa5·]{2,8}(?:[（(][^（）()\n]{0,30}[)）])?"
    r"(?:[、，,；; \u3000]+[\u4e00-\u9fa5·]{2,8}(?:[（(][^（）()\n]{0,30}[)）])?)*[ \u3000]*(?=\n|$)"
)


@dataclass(frozen=True)
class OfficerHit:
    """A named officer, the certificate number next to the name (if any), and the span."""

    name: str
    certificate: str | None
    start: int
    end: int
    role: str = "officer"  # officer | recorder (named only as 记录人/记录员)


_TOKEN = re.compile(r"[^\s、，,;；。()（）\[\]【】和及:：/|│]+")
_NEXT_FIELD = re.compile(r"[；;](?=\s*[\u4e00-\u9fa5]{1,10}[:：])")
_LIST_PUNCT = re.compile(r"[\s、，,;；()（）和及:：/|│┃║]")


_DIGIT = re.compile(r"\d")
_CERT_LEAD = 8  # the most characters before the first digit of a CERT match


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _tokens(seg: str, base: int) -> list[tuple[str, str, int, int]]:
    """``(kind, text, start, end)`` tokens (name / cert) of an officer segment."""
    # every phone label is one of these words, every certificate label holds 证, every number a
    # digit, every padded name a space: the scans below run only where they can match
    phone = "电话" in seg or "手机" in seg or "联系方式" in seg
    masked = PHONE.sub(_spaces, seg) if phone else seg
    masked = CERT_LABEL.sub(_spaces, masked) if "证" in masked else masked
    out: list[tuple[str, str, int, int]] = []
    digit = _DIGIT.search(masked)
    # a match's first digit is at most 8 characters in (汉字{0,3} letters{1,4} - digits): the scan
    # starts there (its look-behind still sees the text before)
    certs = list(CERT.finditer(masked, max(0, digit.start() - _CERT_LEAD))) if digit else []
    for m in certs:
        # 执法证号：第33010512号 / 鲁第1234567号: 第…号 frames the number, it is no part of it
        lead = 1 if m.group(0).startswith(ORDINAL) else 0
        out.append(("cert", m.group(0)[lead:].replace(ORDINAL, ""), base + m.start() + lead, base + m.end()))
    if certs:  # the numbers blanked (what CERT.sub would do: the same matches)
        parts, pos = [], 0
        for m in certs:
            parts += [masked[pos : m.start()], " " * (m.end() - m.start())]
            pos = m.end()
        masked = "".join(parts) + masked[pos:]
    for m in SPACED_NAME.finditer(masked) if " " in masked or "\u3000" in masked else ():
        joined = m.group(1) + m.group(2)
        if len(m.group(1)) == 2 and (m.group(1) not in COMPOUND_SURNAMES or len(m.group(2)) > 1):
            continue  # 张凌 普红 — two words; only a compound surname stands before a gap
        if is_person_name(joined) and not NOT_NAME.search(joined):
            out.append(("name", joined, base + m.start(), base + m.end()))
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    weak: set[int] = set()
    for m in _TOKEN.finditer(masked):
        tok, lead = m.group(0), 0
        rank = RANK.match(tok)
        if rank and len(tok) - rank.end() >= 2:  # 民警张三: the rank is no part of the name
            tok, lead = tok[rank.end() :], rank.end()
        if NAME.fullmatch(tok) and not NOT_NAME.search(tok) and not NOT_PERSON.search(tok):
            out.append(("name", tok, base + m.start() + lead, base + m.end()))
            if not is_person_name(tok):
                weak.add(base + m.start() + lead)
    out.sort(key=lambda t: t[2])
    # an unknown surname (an OCR misread 兽静勇) still names an officer when its number follows
    return [
        t for i, t in enumerate(out) if t[2] not in weak or (i + 1 < len(out) and out[i + 1][0] == "cert")
    ]


def find_officers(text: str) -> list[OfficerHit]:
    """Officers in ``text``; one entry per name (first mention), with its certificate."""
    found: dict[str, OfficerHit] = {}
    unnumbered: set[int] = set()  # lines where a name got no number
    for m in LABEL.finditer(text):
        if _wrapped_party_label(text, m.start()):
            continue  # 被⏎询问人：胡某 — the party's label wrapped after 被
        start = m.end()
        line_end = text.find("\n", start)
        # 检查人及执法证号⏎徐某（…）、吴某（…）: a label alone on its line, as a case system exports a
        # form (a label a line, its value the next), stands for one with its colon
        colon = m.group("colon") or (
            line_end >= 0
            and not text[start:line_end].strip()
            and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
            and _NAMES_ONLY.match(text, line_end + 1) is not None  # (执法人员⏎刘某、陈某到…: prose)
        )
        if (
            colon
            and line_end >= 0
            and not text[start:line_end].strip()
            and not _LABELLED_LINE.match(text, line_end + 1)  # 执法人员：⏎现场负责人：王某: another field
        ):
            start = line_end + 1  # 询问人：⏎冯某（执法证号…）: the list wrapped whole onto the next line
            line_end = text.find("\n", start)
        seg_end = len(text) if line_end < 0 else line_end
        seg = text[start : min(seg_end, start + 120)]
        # stop at the next field label on the same line (被询问人：, 地点： …)
        cut = STOP.search(seg) or _GAP_FIELD.search(seg)
        seg = seg[: cut.start()] if cut else seg
        seg = seg[: _next_label(seg)]
        # 张三（…）；测绘技术人员：… — another field; but 张三 123；李四 456 lists a second officer
        seg = _NEXT_FIELD.split(seg, maxsplit=1)[0]
        if ("？" in seg or "?" in seg) and _QUESTION_FIRST.match(seg):
            continue  # 询问人：门头喷绘和推文是谁发布的？ — a question asked in Q/A form, no list of names
        toks = _sentence(seg, _tokens(seg, start), start)
        if start + len(seg) == seg_end and line_end >= 0:
            toks += _wrapped_number(text, seg, start, line_end)
        row = not colon and _form_row(text, m, seg, toks)
        if not colon and not row and not _name_then_cert(seg, toks, start):
            # 执法人员现场提取 / 执法人员出示执法证件，说明来意: prose, not a list of officers
            continue
        # the rest of the line belongs to another officer label (记录人：…): the next line is its
        reaches_end = not LABEL.search(text, start + len(seg), seg_end)
        if (colon or row) and reaches_end:  # 询问人：某（证号1） 记录人：…⏎证号2: not 询问人's
            # the next line's digits joined to a cut number already are not a number of their own
            taken = max((t[3] for t in toks), default=0)
            toks += [t for t in _continuation(text, line_end) if t[2] >= taken]
        if not any(t[0] == "cert" for t in toks) and line_end >= 0:
            # 执法证号 on the next line: 询问人：张某、李某某 / 执法证号：130…01、130…02
            nxt_end = text.find("\n", line_end + 1)
            nxt = text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)]
            if CERT_LINE.match(nxt):
                toks += [t for t in _tokens(nxt, line_end + 1) if t[0] == "cert"]
        pairs = _pairs(toks)
        if any(cert is None for _, cert in pairs):
            unnumbered.add(text.rfind("\n", 0, m.start()) + 1)
        role = (
            "recorder" if m.group(0).replace(" ", "").replace("\u3000", "").startswith("记录") else "officer"
        )
        for (_, name, s, e), cert in pairs:
            old = found.get(name)
            if (
                old is None
                or (old.certificate is None and cert)
                or (old.role == "recorder" and role == "officer")
            ):
                found[name] = OfficerHit(name, cert or (old.certificate if old else None), s, e, role)
    for name, cert, s, e in table_officers(text):  # 执法人员 | 执法证号 header, a row per officer
        old = found.get(name)
        if old is None or old.certificate is None or old.role == "recorder":
            found[name] = OfficerHit(name, cert, s, e, "officer")  # the row holds the number too
    shared = _shared_numbers(text, sorted(unnumbered))
    for name, o in found.items():
        if o.certificate is None and (number := shared.get(name) or _own_number(text, name)):
            found[name] = OfficerHit(name, number, o.start, o.end, o.role)
    # 检查人员：马占 / 林 李娜 — a name cut by a PDF line wrap is the start of one already named
    cut = {n for n, o in found.items() if o.certificate is None and _cut_by_wrap(text, o, found)}
    # 测量：某测绘队 贺某 … 勘测人：刘某（证号） 张某（证号） 贺某 — a technician who signs with the
    # officers is none: the officers carry their numbers, he alone has none
    bare = [n for n, o in found.items() if o.certificate is None and n not in cut]
    if len(bare) < len(found) - len(cut):
        cut |= {n for n in bare if _in_other_role(text, n)}
    return sorted((o for n, o in found.items() if n not in cut), key=lambda o: o.start)


# the label of someone on a record who is no officer: a surveyor, an expert, a witness, an interpreter
_OTHER_ROLE = r"(?:测量|测绘|鉴定|检测|技术)(?:人员?|单位)?|见证人|翻译(?:人员)?|在场人|陪同人员?"


def _in_other_role(text: str, name: str) -> bool:
    """``name`` stands under a label of someone who is no officer (测量：满城区测绘队 贺某)."""
    if name not in text:
        return False
    alone = rf"(?<![\u4e00-\u9fa5]){re.escape(name)}(?![\u4e00-\u9fa5])"
    return re.search(rf"(?:{_OTHER_ROLE})\s*[:：][^\n:：]{{0,16}}?{alone}", text) is not None


_LABELLED_LINE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fa5]{2,12}[:：]")
_QUESTION_FIRST = re.compile(r"\s*[^，,、；;（(\s]{0,40}[？?]")  # the value opens with a question


def _own_number(text: str, name: str) -> str | None:
    """The number written with the name elsewhere in the record, off any officer label (a form cell
    wrapped onto its next line: 检查人员 罗某（执法证号…）⏎刘某（执法证号43021202231⏎）)."""
    i = text.find(name)
    while i != -1:  # each place the name is written (a pattern per name would be compiled per call)
        if m := _OWN_NUMBER.match(text, i + len(name)):
            return m.group(1)
        i = text.find(name, i + 1)
    return None


_OWN_NUMBER = re.compile(r"\s*[（(]\s*(?:执法证号|执法证件号|执法证|证号)\s*[:：]?\s*([A-Za-z0-9]{6,})")


def _wrapped_party_label(text: str, pos: int) -> bool:
    """The label at ``pos`` opens a line whose previous line ends in 被 (被⏎询问人：): the party's."""
    if pos == 0 or text[pos - 1] != "\n":
        return False
    i = pos - 2
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i >= 0 and text[i] == "被"


def _cut_by_wrap(text: str, o: OfficerHit, found: dict[str, OfficerHit]) -> bool:
    """Whether ``o``'s name ends its line and the next line opens with the rest of a longer name
    found (马占⏎林 李娜 beside 马占林): a PDF line wrap, not a second officer (王某 beside 王某某)."""
    if text[o.end : o.end + 1] != "\n":
        return False
    return any(
        k != o.name and k.startswith(o.name) and text.startswith(k[len(o.name) :], o.end + 1) for k in found
    )


def _sentence(seg: str, toks: list[tuple[str, str, int, int]], base: int) -> list[tuple[str, str, int, int]]:
    """Tokens up to the sentence end (``。``) that follows the first number: a list of officers
    with their numbers ends with its sentence (``…（证号2）。被询问人某丁，…``), unless the next
    sentence opens with another officer and number (``张三（证号1）。李四（证号2）``); a clause of
    prose after a number ends it earlier (``…（证号2），已向当事人出示证件…``)."""
    first = next((t for t in toks if t[0] == "cert"), None)
    if first is None:
        return toks
    # …（执法证号2），已向被检查人出示执法证件…（LSJT-021）: prose after a comma ends the list too
    for m in _CLAUSE_AFTER_NUMBER.finditer(seg, first[3] - base):
        if _NEXT_OFFICER.match(seg, m.end()) or not _PROSE_CLAUSE.match(seg, m.end()):
            continue
        clause_end = _CLAUSE_END.search(seg, m.end())
        stop = base + (clause_end.start() if clause_end else len(seg))
        if any(t[0] == "cert" and base + m.end() <= t[2] < stop for t in toks):
            continue  # 于海（浙A12346）: a surname like a preposition, a number right after
        return [t for t in toks if t[2] < base + m.start()]
    end = seg.find("。", first[3] - base)
    if end < 0 or _NEXT_OFFICER.match(seg, end + 1):
        return toks
    return [t for t in toks if t[2] < base + end]


_CLAUSE_AFTER_NUMBER = re.compile(r"(?<=[\d）)A-Za-z])\s*[，,]")
# a clause that goes on with what the officers did, not with another officer
_PROSE_CLAUSE = re.compile(
    r"\s*(?:已|并|均|向(?:当事人|被|你|其|该)|告知|出示|表明|经(?:检查|调查|询问|查)|依法|现场|全程"
    r"|在(?:现场|检查|场)|对(?:当事人|被|你|其|该)|于(?:\d|当日|现场))"
)
_CLAUSE_END = re.compile(r"[，,。；;]")


_NEXT_OFFICER = re.compile(r"\s*[\u4e00-\u9fa5]{2,4}\s*[（(]?\s*(?:执法证|证号|证件号|[A-Za-z]?\d{5})")


def _next_label(seg: str) -> int:
    """Where another officer label opens a clause of ``seg`` (``…（证号1），记录人李四（证号2）``):
    each label's list ends there, so two numbers in a row do not leave both names unpaired. A
    certificate label (``执法人员证号分别为…``) goes on with the same list."""
    for m in LABEL.finditer(seg, 1):
        if seg[m.start() - 1] in "，,。；; \u3000" and not CERT_LABEL.match(seg, m.end()):
            return m.start()
    return len(seg)


def _shared_numbers(text: str, line_starts: list[int]) -> dict[str, str]:
    """``询问人：张三  记录人：李四  执法证号：1、2``: one list of numbers after the names of several
    labels on a line pairs with those names in order (as many numbers as names, all after them)."""
    out: dict[str, str] = {}
    for ls in line_starts:
        le = text.find("\n", ls)
        line = text[ls : le if le >= 0 else len(text)]
        labels = [m for m in LABEL.finditer(line) if m.group("colon")]
        if len(labels) < 2:
            continue
        toks: list[tuple[str, str, int, int]] = []
        for i, m in enumerate(labels):
            toks += _tokens(
                line[m.end() : labels[i + 1].start() if i + 1 < len(labels) else len(line)], m.end()
            )
        names = [t for t in toks if t[0] == "name"]
        certs = [t for t in toks if t[0] == "cert"]
        if names and len(names) == len(certs) and names[-1][2] < certs[0][2]:
            out.update({n[1]: c[1] for n, c in zip(names, certs, strict=True)})
    return out


def _pairs(toks: list[tuple[str, str, int, int]]) -> list[tuple[tuple[str, str, int, int], str | None]]:
    """Names with their certificates: ``张三、李四 证号 1、2`` (all names first, as many numbers)
    pairs in order; otherwise each name takes the number right after it, if any."""
    names = [t for t in toks if t[0] == "name"]
    certs = [t for t in toks if t[0] == "cert"]
    if names and certs and names[-1][2] < certs[0][2] and len(names) == len(certs):
        return [(n, c[1]) for n, c in zip(names, certs, strict=True)]
    if any(a[0] == b[0] == "cert" for a, b in itertools.pairwise(toks)):
        return [(n, None) for n in names]  # numbers that follow no name: unpaired
    return [
        (t, toks[i + 1][1] if i + 1 < len(toks) and toks[i + 1][0] == "cert" else None)
        for i, t in enumerate(toks)
        if t[0] == "name"
    ]


def _name_then_cert(seg: str, toks: list[tuple[str, str, int, int]], base: int) -> bool:
    """A label without a separator heads a list only when a name opens ``seg`` at once and a
    certificate number follows (``执法人员张三、李四，执法证号分别为…``)."""
    lead = len(seg) - len(seg.lstrip(" \u3000"))
    return (
        bool(toks)
        and toks[0][0] == "name"
        and toks[0][2] == base + lead
        and any(t[0] == "cert" for t in toks)
    )


# 金美玲（执法证号：220⏎10023001588）: a number a PDF line wrap cut in two
_NUMBER_CUT = re.compile(r"(?:证号|证件号码?|编号)\s*[:：]?\s*(?P<head>[A-Za-z]{0,3}\d{1,13})$")
_NUMBER_REST = re.compile(r"\d{1,14}(?![\dA-Za-z年月日.\-/])")


def _wrapped_number(text: str, seg: str, base: int, line_end: int) -> list[tuple[str, str, int, int]]:
    """The certificate token of a number cut at the end of ``seg``'s line, joined with the digits
    that open the next line (none when the head alone is a number or the parts are too short)."""
    head = _NUMBER_CUT.search(seg)
    rest = _NUMBER_REST.match(text, line_end + 1) if head else None
    if head is None or rest is None or CERT.fullmatch(head.group("head")):
        return []
    number = head.group("head") + rest.group(0)
    if not CERT.fullmatch(number):
        return []
    return [("cert", number, base + head.start("head"), rest.end())]


_ROW_REST = re.compile(r"[\s、，,]*")


def _form_row(text: str, m: re.Match[str], seg: str, toks: list[tuple[str, str, int, int]]) -> bool:
    """A label opening its line, a gap, and nothing but names (and their numbers) after it is a
    form row without a separator (``记录人　冉光辉``; ``检查（勘验）人及证号　于某 22070123045`` with the
    second officer on the next line), not prose."""
    gap = m.group(0)[-1:].isspace() or seg[:1].isspace()
    if not gap or not toks or toks[0][0] != "name":
        return False
    if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
        return False
    rest = list(seg)
    for _, _, s, e in toks:
        rest[s - m.end() : e - m.end()] = [" "] * (e - s)
    # 杨某（执法证号：64030119008）: the numbers' labels and brackets are no prose either
    return bool(_ROW_REST.fullmatch(_LIST_PUNCT.sub(" ", CERT_LABEL.sub(" ", "".join(rest)))))


# The date an officer signs beside the names closing a form cell (毛某（证号）  2022年5月9日).
_SIGNING_DATE = re.compile(r"(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?")


_SIGN_FIELD = re.compile(r"(?:签名|签字|签章)\s*[:：]")


def _continuation(text: str, line_end: int) -> list[tuple[str, str, int, int]]:
    """Name/number tokens of the lines right after an officer line that hold nothing else (but the
    cell borders of a box-drawn form and a signing date)."""
    out: list[tuple[str, str, int, int]] = []
    pos = line_end
    while pos >= 0:
        nxt_end = text.find("\n", pos + 1)
        line = text[pos + 1 : nxt_end if nxt_end >= 0 else len(text)]
        if sign := _SIGN_FIELD.search(line):
            line = line[: sign.start()]  # …何嘉欣（44060421015）  签名：… — the cell's own signing field
        if not _DIGIT.search(line):
            break  # every certificate number holds a digit: no cert token, the loop below stops
        toks = _tokens(line, pos + 1)
        rest = line
        for t in toks:  # blank each token's span (a padded name 吴  军 is not its text 吴军)
            a, b = t[2] - pos - 1, t[3] - pos - 1
            rest = rest[:a] + " " * (b - a) + rest[b:]
        rest = _SIGNING_DATE.sub("", CERT_LABEL.sub("", rest))
        if not any(t[0] == "cert" for t in toks) or _LIST_PUNCT.sub("", rest):
            break
        out += toks
        pos = nxt_end
    return out
