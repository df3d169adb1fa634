"""Mask personal data in case text consistently: the same person or number, the same mask.

What is masked (each a small recognizer: a named pattern plus, where needed, a validate hook):
names of natural persons, 身份证号, phone numbers, addresses, vehicle plates, bank accounts and
the 统一社会信用代码 of sole traders (个体工商户, codes beginning ``92``). Agency and company
names stay: they are not persons. Person names come from the record's fields (party when a
person, officers) when a record is given, and from labelled lines (姓名：, 被询问人：, 执法人员：,
经营者：, 法定代表人： …) checked against the surname list of ``casecheck.extract.fields.names``.

Masks are stable within one call: ``张三`` becomes ``张某甲`` wherever it appears and ``张四``
``张某乙``; an ID number becomes ``〔身份证号1〕`` and so on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casecheck.extract.fields.names import is_person_name

ORDINALS = "甲乙丙丁戊己庚辛壬癸"
# labels whose value is (a list of) person names
NAME_LABELS = (
    r"姓\s*名|被询问人|询问人|被检查人|执法人员|检查人员|办案人员|承办人|记录人|经营者|法定代表人|负责人|"
    r"现场负责人|委托代理人|代理人|见证人|送达人|受送达人|签收人|收件人|联系人|审核人|审批人|负责人签名|"
    r"当事人|陈述人|申辩人|主持人|听证员|记录员|翻译人员|投资人|业主|户主|驾驶人|驾驶员|被处罚人|缴款人|交款人|"
    r"付款人|申请人|被申请人|举报人|投诉人|证人|车主|持证人|监护人|提供人|拍摄人|提取人|检验人|送达人员"
)
_GAP = r"[ \t\u3000]*"  # blanks within a line: a label's value never starts on the next line
LABEL_RE = re.compile(
    rf"(?:{NAME_LABELS})(?:{_GAP}[(（][^)）\n]{{0,8}}[)）])?{_GAP}[:：]{_GAP}(?P<val>[^\n]{{1,60}})"
)
NAME_IN_PROSE = re.compile(r"(?:我叫|本人|我是|名叫|姓名为)(?P<val>[\u4e00-\u9fa5·]{2,5})")
SPLIT = re.compile(r"[、,，;；\s/()（）:：]+|及|和")
ADDRESS_RE = re.compile(
    r"(?:住\s*所|住\s*址|地\s*址|家庭住址|户籍地|居住地|经营场所|经营地址|送达地址|联系地址|[检询拍]\S{0,2}地点)"
    r"[ \t　]*[:：][ \t　]*(?P<val>[^\n,，;；]{4,60})"
)
# validate hook of an address: it names a place (a blank form line or boilerplate does not)
PLACE = re.compile(r"[省市区县镇乡街路村号道巷弄栋楼室组]")


@dataclass(frozen=True)
class Recognizer:
    """A named pattern for one kind of personal number; ``group`` is the part to mask."""

    kind: str
    pattern: re.Pattern[str]
    group: str | int = 0


RECOGNIZERS: tuple[Recognizer, ...] = (
    # 身份证号: 18 characters (last may be X), also partly starred copies (510902********8198)
    Recognizer(
        "身份证号",
        re.compile(r"(?<![0-9A-Za-z])[1-9]\d{5}(?:\d{8}|\*{8}|[*＊]{4}\d{4})\d{3}[\dXx](?![0-9A-Za-z])"),
    ),
    Recognizer("身份证号", re.compile(r"(?<![0-9A-Za-z])[1-9]\d{14}(?![0-9A-Za-z])")),
    Recognizer("统一社会信用代码", re.compile(r"(?<![0-9A-Z])92\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")),
    Recognizer(
        "银行账号", re.compile(r"(?:账\s*号|卡\s*号|银行账户|账户)\s*[:：]?\s*(?P<n>\d[\d ]{10,28}\d)"), "n"
    ),
    Recognizer("电话", re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    Recognizer("电话", re.compile(r"(?<![\d-])0\d{2,3}[-－ ]?\d{7,8}(?![\d-])")),
    Recognizer(
        "车牌",
        re.compile(
            r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]\s?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]"
        ),
    ),
)


@dataclass
class Anonymized:
    """The masked text and what was masked (original → mask)."""

    text: str
    mapping: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)


def _clean_name(s: str) -> str:
    s = re.sub(r"[（(][^)）]*[)）]?", "", s)
    return s.strip(" \t:：。.　*")


def find_person_names(text: str, known: Iterable[str] = ()) -> set[str]:
    """Person names in ``text``: the ``known`` ones plus labelled values that pass the name check."""
    names = {n for n in (_clean_name(k) for k in known if k) if len(n) >= 2 and is_person_name(n)}
    for m in LABEL_RE.finditer(text):
        val = re.sub(r"[（(][^)）\n]*[)）]", " ", m["val"])  # (执法证号:…) between names
        val = re.split(r"(?:执法证|证件|证号|身份证|联系电话|电话|与本案|职务|性别|年龄|时间|日期|\d)", val)[
            0
        ]
        for part in SPLIT.split(val):
            part = _clean_name(part)
            if 2 <= len(part) <= 4 and is_person_name(part):
                names.add(part)
    for m in NAME_IN_PROSE.finditer(text):
        for n in range(len(m["val"]), 1, -1):
            if is_person_name(m["val"][:n]):
                names.add(m["val"][:n])
                break
    return names


def known_names_from_record(rec: dict[str, Any]) -> list[str]:
    """The person names a review record's fields give: the party when a person, the officers."""
    f = rec.get("fields") or {}
    party = f.get("party") or {}
    out = [o.get("name") for o in f.get("officers", []) if o.get("name")]
    if party.get("name") and (party.get("kind") == "个人" or is_person_name(_clean_name(party["name"]))):
        out.append(party["name"])
    return out


class Anonymizer:
    """Masks for one document (or one training page): consistent across calls on the same instance."""

    def __init__(self, known_names: Iterable[str] = ()) -> None:
        self.known = list(known_names)
        self.mapping: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def _mask_name(self, name: str) -> str:
        if name not in self.mapping:
            surname = name[:2] if len(name) > 3 else name[:1]
            key = f"name:{surname}"
            i = self._counts.get(key, 0)
            self._counts[key] = i + 1
            ordinal = ORDINALS[i] if i < len(ORDINALS) else str(i + 1)
            self.mapping[name] = f"{surname}某{ordinal}"
            self.kinds[name] = "姓名"
        return self.mapping[name]

    def _mask_value(self, kind: str, value: str) -> str:
        norm = re.sub(r"[\s-]", "", value)
        if norm not in self.mapping:
            i = self._counts.get(kind, 0) + 1
            self._counts[kind] = i
            self.mapping[norm] = f"〔{kind}{i}〕"
            self.kinds[norm] = kind
        return self.mapping[norm]

    def __call__(self, text: str) -> str:
        """Mask ``text``; the masks stay consistent with earlier calls on this instance."""
        spans: list[tuple[int, int, str]] = []
        for r in RECOGNIZERS:
            for m in r.pattern.finditer(text):
                spans.append((m.start(r.group), m.end(r.group), self._mask_value(r.kind, m.group(r.group))))
        for m in ADDRESS_RE.finditer(text):
            if not PLACE.search(m["val"]):
                continue
            spans.append((m.start("val"), m.end("val"), self._mask_value("地址", m["val"].strip())))
        text = _apply(text, spans)
        # a value seen once under a label is masked wherever it recurs (an address in prose)
        for value, mask in sorted(self.mapping.items(), key=lambda kv: -len(kv[0])):
            if self.kinds.get(value) == "地址" and value in text:
                text = text.replace(value, mask)
        names = find_person_names(text, self.known) | {n for n in self.mapping if self.kinds.get(n) == "姓名"}
        for name in sorted(names, key=lambda n: (text.find(n) % (len(text) + 1), n)):
            self._mask_name(name)  # ordinals in order of first appearance: 甲 is met first
        # longest first, so 欧阳明明 is masked before 欧阳明
        for name in sorted(names, key=len, reverse=True):
            text = text.replace(name, self._mask_name(name))
        return text


def _apply(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace non-overlapping spans (earliest, then longest, wins)."""
    out, pos = [], 0
    for start, end, mask in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start < pos:
            continue
        out += [text[pos:start], mask]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def anonymize(text: str, known_names: Iterable[str] = ()) -> Anonymized:
    """Mask one document's text; ``known_names`` are person names known from its record."""
    a = Anonymizer(known_names)
    masked = a(text)
    return Anonymized(masked, dict(a.mapping), dict(a.kinds))


def case_text(path: Path) -> str:
    """The text of a case file or folder (any format ingest reads), documents joined."""
    if path.is_file() and path.suffix.lower() in (".txt", ".md"):
        from casecheck.ingest.text import detect_and_decode

        return detect_and_decode(path.read_bytes())[0]
    from casecheck.ingest.case import load_case

    return "\n\n".join(d.text for d in load_case(path).documents)
