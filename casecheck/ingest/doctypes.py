"""The document-type catalogue (``rules/doctypes.yaml``): title patterns and per-type properties.

Loaded once and validated strictly: an unknown key or a bad regular expression fails loudly,
naming the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from casecheck.resources import load_yaml, rules_dir

try:  # the regex parser of the standard library (``sre_parse`` before Python 3.11)
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

OTHER = "其他"
_KEYS = {"doc_type", "titles", "outward", "dated", "signatures"}
# A title line may carry the issuing agency before the title; it must end like an agency name.
_AGENCY_TAIL = r"(?:局|委员会|委|厅|院|所|队|站|中心|政府|办公室|办|署|处|部|会)"
# A short parenthetical after a title: （副本）, （第1次）, （电子）, (两张), （摘录）.
_SUFFIX = r"(?:[（(][^（()）：:]{1,12}[）)])?"
_TITLE_LINE = (
    "^(?P<prefix>.{{0,30}}?{tail})?(?P<title>{pattern})" + _SUFFIX.replace("{", "{{").replace("}", "}}") + "$"
)
# Near the top of a page a title may carry a descriptive prefix: 重大行政处罚案件集体讨论记录,
# 交通运输行政执法立案登记表, 广东省非税收入一般缴款书, 当事人陈述申辩记录. Words that make a
# line a sentence about a document (送达…决定书, …的决定书) rule the prefix out.
_LOOSE_PREFIX = re.compile(r"^[\u4e00-\u9fa5“”\"（）()·]{1,16}$")
_SENTENCE_WORDS = re.compile(
    r"的|送达|收到|签收|作出|出具|依据|根据|按照|现将|已|于|向|对|将|把|被|由|经|在|是|予以|拟|即|并|请|附"
)
_LOOSE_MIN_CORE = 4
_TRAILING_NOTE = re.compile(r"[（(][^（()）]*[）)]$")
# An unknown title at the top of a page still starts a document (其他) so that its text does not
# pollute the document before it: 检验结果告知书, 整改复查记录, 建设工程造价认定意见, a volume's
# cover (某某行政处罚案卷) and a statement the party writes (放弃陈述申辩和听证的声明, …的情况说明).
_STATEMENT_TITLE = re.compile(r"^[\u4e00-\u9fa5、]{2,20}的(?:声明|承诺书?|情况说明|说明|申请书?|确认书)$")
_GENERIC_TITLE = re.compile(
    r"^[\u4e00-\u9fa5“”\"（）()]{2,22}(?:书|表|单|笔录|记录|报告|通知|凭证|证明|意见|清单|材料|照片|台账|回执|函|决定|登记|告知|复印件|证据|图|附件|资料|说明|案卷|封面)"
    + _SUFFIX
    + "$"
)


# A period in a descriptive title (2024年5月延长工作时间统计表, 2023年度销售台账, 10月至11月出入库
# 明细表) is read like a word of it: the only digits a loose page-top title may hold.
_PERIOD = re.compile(
    r"(?:(?:19|20)\d{2}年度?)?(?:\d{1,2}月份?|第?[一二三四1-4]季度)?"
    r"(?:[至到—－~～、-](?:(?:19|20)\d{2}年)?\d{1,2}月份?)?"
)
_PERIOD_WORD = "期"


def _without_periods(compact: str) -> str:
    """``compact`` with each year/month period replaced by one CJK character (for the loose patterns)."""
    return _PERIOD.sub(lambda m: _PERIOD_WORD if m.group(0) else "", compact)


_WIDEST_SET = 64  # a wider class than this is left unknown (no use as a filter)


class _Unknown(Exception):
    """A title's last character cannot be listed."""


def title_ends(alternatives: str) -> frozenset[str] | None:
    """Every character a match of the title ``alternatives`` can end in, or ``None`` when that
    cannot be listed (``.*``, a negated or wide class, flags). A line whose last character (after
    a closing bracket of the optional note) is none of them cannot match the type's regex."""
    try:
        parsed = _sre.parse(alternatives)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        chars, nullable = _last_of(list(parsed))
    except (_Unknown, re.error):
        return None
    return None if nullable or not chars else frozenset(chars)


def _last_of(seq: list[Any]) -> tuple[set[str], bool]:
    """Characters a match of ``seq`` can end in, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in reversed(seq):
        chars, nullable = _last_of_op(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _last_of_op(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {chr(av)}, False
    if op is _sre.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _sre.LITERAL:
                chars.add(chr(a))
            elif o is _sre.RANGE and a[1] - a[0] <= _WIDEST_SET:
                chars |= {chr(c) for c in range(a[0], a[1] + 1)}
            else:
                raise _Unknown
        return chars, False
    if op is _sre.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unknown
        return _last_of(list(av[3]))
    if op is _sre.BRANCH:
        chars, nullable = set(), False
        for alt in av[1]:
            c, n = _last_of(list(alt))
            chars |= c
            nullable = nullable or n
        return chars, nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        c, n = _last_of(list(av[2]))
        return c, n or av[0] == 0
    raise _Unknown  # ., anchors, look-arounds, back-references …


@dataclass(frozen=True)
class DocType:
    """One standard document type and what the rules expect of it."""

    doc_type: str
    titles: tuple[str, ...]
    outward: bool
    dated: bool
    signatures: tuple[str, ...]
    regex: re.Pattern[str]
    core: re.Pattern[str]
    # the characters a title of the type can end in (``None``: not known, e.g. ``现场照片.*``)
    ends: frozenset[str] | None = None


@cache
def catalogue() -> tuple[DocType, ...]:
    """All document types in match order (first match wins)."""
    path = rules_dir() / "doctypes.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    out = []
    for i, entry in enumerate(data["doctypes"]):
        unknown = set(entry) - _KEYS
        if unknown:
            raise ValueError(f"{path}: doctypes[{i}] has unknown keys {sorted(unknown)}")
        alternatives = "|".join(f"(?:{t})" for t in entry["titles"])
        try:
            regex = re.compile(_TITLE_LINE.format(tail=_AGENCY_TAIL, pattern=alternatives))
        except re.error as exc:
            raise ValueError(f"{path}: bad title pattern in {entry['doc_type']}: {exc}") from exc
        core = re.compile(f"(?P<title>{alternatives}){_SUFFIX}$")
        out.append(
            DocType(
                doc_type=entry["doc_type"],
                titles=tuple(entry["titles"]),
                outward=bool(entry.get("outward", False)),
                dated=bool(entry.get("dated", False)),
                signatures=tuple(entry.get("signatures", ())),
                regex=regex,
                core=core,
                ends=title_ends(alternatives),
            )
        )
    return tuple(out)


def by_name(doc_type: str) -> DocType | None:
    """The catalogue entry of a standard ``doc_type`` (None for 其他 or unknown)."""
    return next((d for d in catalogue() if d.doc_type == doc_type), None)


_SPACES = re.compile(r"[\s\u3000]+")
# A form's own number after its title (现场检查笔录（编号：2023-017）) and an inner medium note
# (非税收入（电子）缴款书) are not part of the title.
_NUMBER_NOTE = re.compile(r"[（(](?:编号|编码|No\.?|NO\.?|文号|案号|票号)[:：]?[^（()）]{1,30}[）)]$")
# At a page top, a title may close with a long explanatory note (where the material comes from).
_LONG_NOTE = re.compile(r"(?<=[\u4e00-\u9fa5])[（(][^（()）]{13,40}[）)]$")
# 安全生产 文书's titles name the party's kind inside: 行政（当事人）处罚决定书, 行政（当事单位）处罚决定书
_INNER_NOTE = re.compile(r"[（(](?:电子|电子版|纸质|当事(?:单位|人)|单位|个人)[）)](?=[\u4e00-\u9fa5])")
# Sentence punctuation, quotation marks and label colons never occur in a title line.
# documents a file holds as copies (the original is the party's): a copy names the document itself
_KEPT_AS_COPIES = frozenset({"缴款凭证", "证据材料", "公示记录"})
_NOT_TITLE = re.compile(r"[：:，,。；;《》！？]")


# a page number printed on the title's line, apart from it: -11- / — 11 — (not 第2页, which may
# mark a later page of the document: 询问笔录 第2页)
_PAGE_MARK_TAIL = re.compile(r"(?<=\S)[ \t\u3000]+[-—－]\s*\d{1,4}\s*[-—－][ \t\u3000]*$")


def classify_title(line: str, loose: bool = False) -> tuple[str, str] | None:
    """``(doc_type, title)`` if ``line`` is, as a whole, a document title; else None.

    Spaces are ignored (``行 政 处 罚 决 定 书``). The title returned is the line without the
    agency prefix. ``loose`` (for lines at the top of a page, where titles stand) also accepts
    a descriptive prefix and, failing every catalogue title, a generic title (``其他``).
    """
    if line[-1:] in "-—－":
        line = _PAGE_MARK_TAIL.sub("", line)  # 行政处罚决定书 -11-: the page's number set beside its title
    if "（" not in line and "(" not in line and _NOT_TITLE.search(line):
        return None  # a field line (标签：值): without notes to strip, ``compact`` holds the same mark
    compact = _SPACES.sub("", line)
    if "（" in compact or "(" in compact:  # notes: most lines hold none
        compact = _NUMBER_NOTE.sub("", _INNER_NOTE.sub("", compact))
        if loose:
            compact = _LONG_NOTE.sub("", compact)  # 明细统计表（根据当事人提供的收款记录整理）
    if compact.endswith(("复印件", "影印件", "打印件")) and len(compact) > 3:
        # 一般缴款书（收据联）复印件 / 缴款书(电子) 打印件: the file keeps a copy of the payer's voucher;
        # a copy of a decision (行政处罚决定书复印件) is another file's document, not this file's decision
        hit = classify_title(compact[:-3], loose)
        if hit and hit[0] in _KEPT_AS_COPIES:
            return hit[0], hit[1] + compact[-3:]
    if not 3 <= len(compact) <= 40 or _NOT_TITLE.search(compact):
        return None
    types = catalogue()
    if _MEMO_OF[0] is not types:  # a reloaded catalogue: forget what the old one said
        _MEMO.clear()
        _MEMO_OF[0] = types
    key = (compact, loose)
    hit = _MEMO.get(key, _UNSEEN)
    if hit is _UNSEEN:
        hit = _classify(compact, loose, types)
        if len(_MEMO) < _MEMO_MAX:
            _MEMO[key] = hit
    return hit  # type: ignore[return-value]


# Lines repeat within a case and across a batch (form labels, headers): their verdicts are kept.
# The first lines seen are kept (the repeating ones among them); the bound keeps a worker's memory
# flat over a campaign — ~18 new lines a case (names, places) would fill 65,536 entries (~18 MB)
# only after ~3,500 cases, so peak memory rose from 100 to 5,000 cases; 8,192 (~2 MB) fill in ~450.
_MEMO: dict[tuple[str, bool], tuple[str, str] | None] = {}
_MEMO_OF: list[tuple[DocType, ...] | None] = [None]
_MEMO_MAX = 8192
_UNSEEN = object()


_NOTE_CLOSE = frozenset("）)")  # how _SUFFIX ends


def _classify(compact: str, loose: bool, types: tuple[DocType, ...]) -> tuple[str, str] | None:
    """``classify_title`` of a space-free candidate line, against the catalogue ``types``."""
    last = compact[-1:]
    note = last in _NOTE_CLOSE  # the optional note (（副本）) may close the line instead of a title
    for dt in types:
        if dt.ends is not None and not note and last not in dt.ends:
            continue  # no title of the type ends in this character: its regex cannot match
        m = dt.regex.match(compact)
        if m:
            return dt.doc_type, compact[m.start("title") :]
    if not loose:
        return None
    hit = _classify_loose(compact, types)
    if hit is None and any(c.isdigit() for c in compact):
        worded = _without_periods(compact)
        if worded != compact and not any(c.isdigit() for c in worded):
            found = _classify_loose(worded, types)
            hit = (found[0], compact) if found else None
    return hit


def _classify_loose(compact: str, types: tuple[DocType, ...]) -> tuple[str, str] | None:
    """A page-top title with a descriptive prefix, or a generic one (``其他``)."""
    last = compact[-1:]
    note = last in _NOTE_CLOSE
    for dt in types:
        if dt.ends is not None and not note and last not in dt.ends:
            continue  # ``core`` ends like ``regex``: no title of the type ends in this character
        m = dt.core.search(compact)
        # A bare generic core (告知书, 笔录) after an arbitrary prefix names some other document.
        if m and len(m.group("title")) >= _LOOSE_MIN_CORE:
            prefix = compact[: m.start()]
            # 责令停止违法行为通知书 / 责令改正决定书: an order, whatever document its core names
            order = prefix.startswith("责令")
            if _LOOSE_PREFIX.match(prefix) and not _SENTENCE_WORDS.search(prefix) and not order:
                return dt.doc_type, compact
    bare = _TRAILING_NOTE.sub("", compact)
    if _GENERIC_TITLE.match(compact) and not _SENTENCE_WORDS.search(bare[:-2]):
        return OTHER, compact
    if _STATEMENT_TITLE.match(compact) and not _SENTENCE_WORDS.search(
        compact.removeprefix("关于").rsplit("的", 1)[0]
    ):
        return OTHER, compact  # not 对当事人提出的申请 (a sentence wrapped onto a page top)
    return None


# spaces, and OCR's specks read as marks (，”行政处罚决定书)
_FUZZY_STRIP = re.compile(r"[\s\u3000·.,，、:：;；|“”‘’\"']")
_FUZZY_INNER_NOTE = re.compile(r"(?<=[\u4e00-\u9fa5])[（(][\u4e00-\u9fa5]{1,4}[）)](?=[\u4e00-\u9fa5])")


@cache
def _fuzzy_titles() -> tuple[tuple[str, str], ...]:
    """``(title, doc_type)`` a misread title is compared with: each type's name and its literal titles."""
    out: dict[str, str] = {}
    for dt in catalogue():
        out.setdefault(dt.doc_type, dt.doc_type)
        for title in dt.titles:
            if re.fullmatch(r"[\u4e00-\u9fa5]+", title):
                out.setdefault(title, dt.doc_type)
    return tuple(out.items())


def fuzzy_title(line: str) -> tuple[str, str] | None:
    """``(doc_type, line)`` for an OCR'd line one or two characters off a known title
    (行政处罚事先告和书, 陈述申辨笔录, 送达回讧), else ``None``.

    Only for a line at the top of an OCR page that no pattern took (the caller's part): a title of
    four to eight characters may be one character off, a longer one two; the nearest title must
    be the only one that near.
    """
    compact = _FUZZY_STRIP.sub("", line)
    if (inner := _FUZZY_INNER_NOTE.sub("", compact)) != compact:
        # 现场检查（癌罕）笔录: a misread note inside the title (勘验) — the title around it decides
        found = fuzzy_title(inner)
        return (found[0], line) if found else None
    if not 4 <= len(compact) <= 16 or not re.fullmatch(r"[\u4e00-\u9fa5（）()]+", compact):
        return None
    best: list[tuple[int, str]] = []
    for title, doc_type in _fuzzy_titles():
        limit = 1 if len(title) <= 8 else 2
        if abs(len(title) - len(compact)) > limit:
            continue
        if len(compact) < 6 and (len(title) != len(compact) or compact[:-1] != title[:-1]):
            continue  # a short title only by its last character (送达回讧): 检查报告 is no 调查报告
        d = _distance(compact, title, limit)
        if d <= limit:
            best.append((d, doc_type))
    if not best:
        return None
    top = min(d for d, _ in best)
    types = {t for d, t in best if d == top}
    return (types.pop(), line) if len(types) == 1 else None


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance of ``a`` and ``b``, or ``limit + 1`` once it is sure to exceed ``limit``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
