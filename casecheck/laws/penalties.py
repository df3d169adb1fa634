"""Parse the 罚则 text of one 款 (or 项) into structured penalty clauses.

A clause is one ``处…罚款`` phrase with what it depends on: the party it is addressed to
(``单位``/``个人``/``责任人员`` for 直接负责的主管人员和其他直接责任人员, or ``None``), the
conditions in force where it stands (``货值金额不足一万元的``, ``情节严重的``, ``拒不改正的``) and
either fixed bounds in yuan or multiples of a base amount (货值金额, 违法所得, 广告费用 …).

The parser is deliberately strict: every amount and every ``罚款`` in the text must be explained by
a clause or a condition, otherwise the result has ``confidence="low"`` and no clauses — a range is
never guessed. Penalty kinds (警告, 没收违法所得, 吊销许可证件 …) are found by keywords either way.

>>> p = parse_penalty_text("处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款")
>>> [(c.base, c.max_multiple, c.min_yuan, c.max_yuan) for c in p.clauses]
[('违法所得', 5, None, None), (None, None, 50000, 500000)]
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from casecheck.laws.fine_units import FINE_UNIT_ALIASES, FINE_UNITS
from casecheck.laws.numerals import to_decimal

PARTY_UNIT, PARTY_PERSON, PARTY_RESPONSIBLE = "单位", "个人", "责任人员"

_NUM = r"[0-9０-９.零〇一二两三四五六七八九十百千万亿]+"
_AMT = rf"(?:{_NUM})元"
_MULT = rf"(?:{_NUM}倍|百分之{_NUM}|{_NUM}[%％]|[一二三四五六七八九十]分之[一二三四五六七八九十]+|等值|等额)"
_BOUND = rf"(?:{_AMT}|{_MULT}|{_NUM})"
FINE_RE = re.compile(
    rf"处(?:以|或者并处)?(?P<base>(?:[^，；。处]|处(?=[置理])){{0,40}}?)"
    rf"(?:(?P<lo>{_BOUND})(?:以上|至)(?P<hi>{_BOUND})以下|(?P<lo2>{_BOUND})至(?P<hi2>{_BOUND})"
    rf"|(?P<max>{_BOUND})以下|(?P<min>{_BOUND})以上|(?P<exact>{_BOUND}))的?罚款"
)
BARE_FINE_RE = re.compile(r"罚款")
AMOUNT_TOKEN_RE = re.compile(
    rf"{_NUM}(?:元|倍|[%％])|百分之{_NUM}|[一二三四五六七八九十]分之[一二三四五六七八九十]+"
)
_BASES = ("货值金额", "违法所得", "违法收入", "广告费用", "税款", "工程合同价款", "建设工程造价", "销售金额")
_BASE_WORD = r"(?:金额|所得|收入|费用|经营额|价款|造价|税款|开垦费)"
COND_RE = re.compile(
    rf"(?P<none>没有|无)?(?P<base>[^，；。]*?{_BASE_WORD})(?:或者[^，；。]*?)?"
    rf"(?:(?P<lt>不足|不满|低于|少于|未达到)(?P<a1>{_AMT})|(?P<gt>超过|高于)(?P<a2>{_AMT})|在?(?P<a3>{_AMT})以上)的"
)
NONE_COND_RE = re.compile(
    r"(没有|无)(违法所得|违法收入)的|([^，；。]*?(?:金额|所得|收入|费用|经营额))(?:无法计算|难以计算)(?:或者明显偏低)?的"
)
SOME_COND_RE = re.compile(r"有(违法所得|违法收入)的")
SERIOUS_RE = re.compile(r"情节(?:特别)?(?:严重|较重)的|造成严重后果的|严重情节的")
MINOR_RE = re.compile(r"情节(较轻|轻微)的")
TEXT_COND_RE = re.compile(
    r"(拒不改正|逾期(未|不)改正|逾期不(改正|缴纳|补办)|再次|多次|[^，；。]{2,25}后果)的"
)
PARTY_RES = (
    (
        PARTY_RESPONSIBLE,
        re.compile(
            r"对(?:其|该单位|单位|违法单位)?[^，；。]{0,20}?(?:直接负责的主管人员|直接责任人员|主要负责人|有关责任人员)"
        ),
    ),
    # 对单位处… / 单位有前款第一项行为的，处…: the party the clause opens with
    (
        PARTY_UNIT,
        re.compile(
            r"对(?:违法的?)?(?:单位|法人或者其他组织|法人|生产经营单位|企业)|^(?:单位|法人或者其他组织)有"
        ),
    ),
    (PARTY_PERSON, re.compile(r"对(?:违法的)?(?:个人|公民|自然人|违法行为人|驾驶人)|^(?:个人|公民)有")),
)
KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("警告", re.compile(r"警告")),
    ("通报批评", re.compile(r"通报批评")),
    ("罚款", re.compile(r"罚款")),
    ("没收违法所得", re.compile(r"没收(?:[^，；。]{0,6}、)?违法所得|没收[^，；。]{0,8}?(?:收入|费用)")),
    (
        "没收非法财物",
        re.compile(
            r"没收[^，；。]{0,40}?(?:食品|产品|药品|物品|工具|设备|原料|财物|车辆|实物|商品|建筑物|设施|广告)"
        ),
    ),
    ("暂扣许可证件", re.compile(r"暂扣[^，；。]{0,20}?(?:许可证|执照|驾驶证|证件|证书)")),
    ("降低资质等级", re.compile(r"降低资质等级")),
    ("吊销许可证件", re.compile(r"吊销[^，；。]{0,30}?(?:许可证|执照|驾驶证|证件|证书|资格)")),
    ("限制开展生产经营活动", re.compile(r"限制开展生产经营活动")),
    (
        "责令停产停业",
        re.compile(r"责令停产停业|停产停业|停业整顿|责令停止(?:生产|营业|施工)|停产整治|责令停业"),
    ),
    ("责令关闭", re.compile(r"责令关闭|关闭")),
    ("限制从业", re.compile(r"不得(?:从事|担任)[^，；。]{0,30}?(?:工作|职务|负责人)|限制从业|终身禁止")),
    ("行政拘留", re.compile(r"拘留")),
)


@dataclass(frozen=True)
class Clause:
    """One fine with its party, conditions and bounds (yuan, or multiples of ``base``)."""

    party: str | None = None
    conditions: tuple[dict[str, Any], ...] = ()
    min_yuan: int | None = None
    max_yuan: int | None = None
    min_multiple: float | None = None
    max_multiple: float | None = None
    base: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Compact dict (``None`` values dropped) for the catalog file."""
        d = asdict(self)
        d["conditions"] = list(self.conditions)
        return {k: v for k, v in d.items() if v not in (None, [])}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Clause:
        """Inverse of ``to_dict``."""
        return cls(**{**d, "conditions": tuple(d.get("conditions", ()))})


@dataclass(frozen=True)
class ParsedPenalty:
    """Penalty content of one 款/项: kinds, fine clauses, confidence and flags."""

    kinds: tuple[str, ...]
    clauses: tuple[Clause, ...] = ()
    confidence: str = "high"  # high | low | none (no fine in the text)
    flags: tuple[str, ...] = field(default=())


def _num(text: str) -> Decimal:
    return to_decimal(text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def _bound(text: str, default_unit: str | None) -> tuple[str, Decimal]:
    """Classify one bound as ``('yuan', value)`` or ``('multiple', value)``."""
    if text in ("等值", "等额"):
        return "multiple", Decimal(1)
    if text.endswith("元"):
        return "yuan", _num(text[:-1])
    if text.endswith("倍"):
        return "multiple", _num(text[:-1])
    if text[-1] in "%％":
        return "multiple", _num(text[:-1]) / 100
    if text.startswith("百分之"):
        return "multiple", _num(text[3:]) / 100
    if "分之" in text:
        den, numer = text.split("分之")
        return "multiple", _num(numer) / _num(den)
    if default_unit is None:
        raise ValueError(f"bound without unit: {text}")
    kind, value = _bound(text + default_unit, None)
    return kind, value


def _as_number(v: Decimal) -> int | float:
    return int(v) if v == v.to_integral_value() else float(v)


def _base_kind(prefix: str) -> str | None:
    """Canonical name of the base amount a multiple refers to (``货值金额``, ``认证费用`` …)."""
    prefix = _PREFIX_NOISE.sub("", prefix.replace(_MASK, "")).strip("，、 （）")
    prefix = re.sub(r"^(?:没有|无)", "", prefix)
    for b in _BASES:
        if b in prefix:
            return b
    m = re.search(r"[^、，的]*$", prefix)
    return (m[0] if m else prefix) or None


_PREFIX_NOISE = re.compile(r"^(?:.*(?:拘留|警告|通报批评))?(?:或者|、|，|可以|并处)*")
_MASK = "\u25a1"


def _fine_clause(m: re.Match[str], party: str | None, conds: list[dict[str, Any]]) -> Clause:
    lo, hi = m["lo"] or m["lo2"], m["hi"] or m["hi2"]
    if lo:
        unit = "元" if hi.endswith("元") else ("倍" if hi.endswith("倍") else None)
        lo_b, hi_b = _bound(lo, unit), _bound(hi, None)
    elif m["max"]:
        hi_b = _bound(m["max"], None)
        lo_b = (hi_b[0], Decimal(0))
    elif m["min"]:
        lo_b, hi_b = _bound(m["min"], None), None
    else:
        lo_b = hi_b = _bound(m["exact"], None)
    kinds = {lo_b[0]} | ({hi_b[0]} if hi_b else set())
    base = _base_kind(m["base"] or "")
    if kinds == {"yuan"}:
        if base:
            raise ValueError(f"per-unit or qualified fixed fine: {m[0]}")
        # 有违法所得的，没收违法所得，并处X元…: the condition governs the confiscation; a fixed fine
        # keeps applying without 违法所得, so drop it (a wider range, never a false violation).
        conds = [c for c in conds if c.get("op") != "some"]
        return Clause(party, tuple(conds), _as_number(lo_b[1]), _as_number(hi_b[1]) if hi_b else None)
    if kinds == {"multiple"} and base:
        return Clause(
            party,
            tuple(conds),
            min_multiple=_as_number(lo_b[1]),
            max_multiple=_as_number(hi_b[1]) if hi_b else None,
            base=base,
        )
    raise ValueError(f"mixed or baseless bounds: {m[0]}")


def _conditions(sub: str, generic: bool) -> list[dict[str, Any]]:
    """Conditions stated in one comma-separated sub-clause (ends with 的).

    ``generic``: keep an unrecognised sub-clause as a text condition (not in the first segment,
    where 的-clauses describe the violation itself).
    """
    out: list[dict[str, Any]] = []
    m = COND_RE.search(sub)
    if m:
        base = _base_kind(m["base"]) or m["base"]
        if m["lt"]:
            out.append({"base": base, "op": "<", "yuan": _as_number(_num(m["a1"][:-1]))})
        elif m["gt"]:
            out.append({"base": base, "op": ">", "yuan": _as_number(_num(m["a2"][:-1]))})
        else:
            out.append({"base": base, "op": ">=", "yuan": _as_number(_num(m["a3"][:-1]))})
    elif NONE_COND_RE.search(sub):
        out.append({"base": _base_kind(NONE_COND_RE.search(sub)[0]), "op": "none"})
    elif SOME_COND_RE.search(sub):
        out.append({"base": _base_kind(SOME_COND_RE.search(sub)[0]), "op": "some"})
    if SERIOUS_RE.search(sub):
        out.append({"serious": True})
    if MINOR_RE.search(sub):
        out.append({"minor": True})
    t = TEXT_COND_RE.search(sub)
    if t and not SERIOUS_RE.search(sub):
        out.append({"text": t[0].rstrip("的")})
    elif generic and not out and not sub.startswith("对"):
        out.append({"text": sub.rstrip("，；。：:").removesuffix("的")})
    return out


def _merge_conditions(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``new`` conditions; a new condition on the base amount replaces the previous one.

    (``违法所得五万元以上的，处…，违法所得不足五万元的，处…`` — the second alternative does not
    inherit the first one's condition, while ``…不足1万元的，处…，情节严重的，处…`` and
    ``无法采取改正措施…的，…，不能拆除的，…`` accumulate.)
    """
    if not any("op" in c for c in new):
        return old + new
    return [c for c in old if "op" not in c] + new


def find_kinds(text: str) -> tuple[str, ...]:
    """Penalty kinds the text allows, in the order of 行政处罚法 第九条."""
    return tuple(k for k, rx in KIND_PATTERNS if rx.search(text))


def _party(sub: str) -> str | None:
    for name, rx in PARTY_RES:
        if rx.search(sub):
            return name
    return None


def parse_penalty_text(text: str, default_party: str | None = None) -> ParsedPenalty:
    """Parse one 款 or 项 of a 罚则 provision (see module docstring)."""
    kinds = find_kinds(text)
    if "罚款" not in text:
        return ParsedPenalty(kinds, (), "none")
    # Parenthetical remarks (（包括已售出和未售出的产品，下同）) keep their length but not their commas.
    text = re.sub(r"（[^（）]*）", lambda m: "（" + _MASK * (len(m[0]) - 2) + "）", text)
    clauses: list[Clause] = []
    flags: set[str] = set()
    covered: list[tuple[int, int]] = []
    offset = 0
    try:
        for seg in re.split(r"(?<=[；。：:])", text):
            conds: list[dict[str, Any]] = []
            party = default_party
            pos = offset
            for sub in re.split(r"(?<=，)", seg):
                p = _party(sub)
                if p:
                    party = p
                fines = list(FINE_RE.finditer(sub))
                # A condition ends with 的, either as its own sub-clause or right before the fine
                # without a comma (情节较重的处100万元以上…).
                head = sub[: fines[0].start()] if fines else sub
                if head.rstrip("，；。：:").endswith("的"):
                    new = _conditions(head.rstrip("，；。：:"), generic=offset > 0)
                    if new:
                        covered.append((pos, pos + len(head)))
                    conds = _merge_conditions(conds, new)
                for m in fines:
                    if _per_unit_rate(sub, m):
                        continue  # 按照每招用一名未成年人每月处5000元罚款的标准: a rate, not a range
                    clauses.append(_fine_clause(m, party, conds))
                    covered.append((pos + m.start(), pos + m.end()))
                pos += len(sub)
            offset += len(seg)
    except ValueError:
        return ParsedPenalty(kinds, (), "low", ("unparsed_fine",))

    # Every 罚款 and every amount token must lie inside something we understood.
    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in covered)

    for rx in (BARE_FINE_RE, AMOUNT_TOKEN_RE):
        for m in rx.finditer(text):
            if not inside(m.start(), m.end()) and not _benign(text, m):
                if rx is BARE_FINE_RE and not clauses:
                    flags.add("amount_not_stated")
                return ParsedPenalty(kinds, (), "low", tuple(sorted(flags | {"unexplained_text"})))
    if not clauses:
        return ParsedPenalty(kinds, (), "low", ("no_fine_clause",))
    if any(c.max_yuan is None and c.max_multiple is None for c in clauses):
        flags.add("no_upper_bound")
    return ParsedPenalty(kinds, tuple(clauses), "high", tuple(sorted(flags)))


def _per_unit_rate(sub: str, m: re.Match[str]) -> bool:
    """A fine set per person or per month as a 标准 to multiply (``每招用一名…每月处5000元罚款的标准``):
    no range of its own, read by ``parse_unit_rate``."""
    return "每" in (m["base"] or "") + sub[max(0, m.start() - 12) : m.start()] and sub[m.end() :].startswith(
        "的标准"
    )


@dataclass(frozen=True)
class UnitRate:
    """A fine set per unit: ``units`` counted (人, 辆, 吨, 日, 次; two for 每人每月), ``per`` units
    a rate covers (每超限1吨 → 1), what is counted (``noun``: 受侵害的劳动者, 未成年人, 机动车) and
    the bounds per unit in yuan — ``None`` for 按日连续处罚, whose daily amount is 原处罚数额.
    The fine a case may get is the bounds times the number of each unit, at most ``cap_yuan``
    (每超限1吨罚款500元，最高不超过3万元)."""

    units: tuple[str, ...]
    noun: str
    min_yuan: float | None
    max_yuan: float | None
    per: float = 1.0
    cap_yuan: float | None = None

    def label(self) -> str:
        """How the rate is written in a message: ``每人``, ``每人每月``, ``每1吨``."""
        head = "" if self.per == 1 else _plain(self.per)
        return "".join(f"每{head if i == 0 else ''}{u}" for i, u in enumerate(self.units))


_RATE_AMT = rf"{_NUM}元"
RATE_RE = re.compile(
    rf"(?P<noun0>[^，；。每按照处对]{{0,10}})每(?P<pre>[^，；。每\d元]{{0,4}}?)(?P<n>[\d.]+|[一两])?\s*"
    rf"(?P<unit>{FINE_UNITS})(?P<noun>[^，；。每元\d]{{0,8}}?)(?:每(?P<unit2>{FINE_UNITS}))?(?:处以?|罚款|罚)?"
    rf"(?:(?P<lo>{_RATE_AMT})(?:以上|至)(?P<hi>{_RATE_AMT})(?:以下)?|(?P<max>{_RATE_AMT})以下|(?P<exact>{_RATE_AMT}))"
    r"(?P<tail>的?(?:罚款|标准)|[，、]?计算|(?=[，。；]|$))"
)
DAILY_RE = re.compile(r"按日连续处罚")
CAP_RE = re.compile(rf"(?:最高|最多|总额|合计|累计)?(?:不得?超过|不高于)(?P<cap>{_RATE_AMT})")


_RATE_ALTERNATIVES = re.compile(r"情节(?:特别)?(?:严重|较重)|对(?:违法的)?(?:单位|个人)")
_UPTO = re.compile(r"不得?超过|不高于|最高")


def _plain(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def _rate_yuan(text: str) -> float:
    """``5千元`` / ``五千元`` / ``2万元`` / ``100元`` in yuan."""
    t = text.removesuffix("元").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if re.fullmatch(r"[\d.]+千", t):
        return float(Decimal(t[:-1]) * 1000)
    return float(_num(t))


def parse_unit_rate(text: str) -> UnitRate | None:
    """The per-unit fine a provision sets, or ``None`` when it sets none.

    ``按照受侵害的劳动者每人100元以上500元以下的标准计算`` → 每人 100–500;
    ``按照每招用一名未成年人每月处5000元罚款的标准`` → 每人每月 5000;
    ``处每辆机动车五千元的罚款`` → 每辆 5000;
    ``每超限1吨罚款500元，最高不超过3万元`` → per 1 吨 500, at most 30000 in all;
    ``按照原处罚数额按日连续处罚`` → 每日, no bounds of its own.
    A 加处罚款 (每日按罚款数额的百分之三) is a late fine, never a rate.
    """
    if _RATE_ALTERNATIVES.search(text):
        return None  # 情节严重的… / 对单位…对个人…: alternative rates this reading does not carry
    for seg in re.split(r"[；。]", text):
        if "加处罚款" in seg or "罚" not in seg:
            continue
        for m in RATE_RE.finditer(seg):
            if not ("罚" in m[0] or "罚款" in seg[m.end() : m.end() + 12]):
                continue
            lo = m["lo"] or m["max"] or m["exact"]
            hi = m["hi"] or m["max"] or m["exact"]
            try:
                # 每日罚款不超过1万元: a bound written before the amount is a maximum
                lo_v = 0.0 if m["max"] or _UPTO.search(m["noun"] or "") else _rate_yuan(lo)
                hi_v = _rate_yuan(hi)
            except ValueError:
                continue
            units = tuple(FINE_UNIT_ALIASES.get(u, u) for u in (m["unit"], m["unit2"]) if u)
            noun = (m["noun"] or m["pre"] or m["noun0"] or "").strip("的")
            per = float(m["n"].replace("一", "1").replace("两", "2")) if m["n"] else 1.0
            cap = CAP_RE.search(seg, m.end())
            return UnitRate(units, noun, lo_v, hi_v, per, _rate_yuan(cap["cap"]) if cap else None)
        if DAILY_RE.search(seg):
            return UnitRate(("日",), "原处罚数额", None, None)
    return None


_BENIGN_RE = re.compile(
    r"罚款(?:数额|决定|的决定|收据|收缴|、没收)|加处罚款|缴纳罚款|(?:罚款|没收)[^，；。]{0,4}(?:依法|由)"
)


def _benign(text: str, m: re.Match[str]) -> bool:
    """A 罚款 mention that is not a fine (e.g. 罚款决定, 加处罚款)."""
    window = text[max(0, m.start() - 2) : m.end() + 6]
    return m[0] == "罚款" and bool(_BENIGN_RE.search(window))
