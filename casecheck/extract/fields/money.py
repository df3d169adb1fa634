"""Amounts in yuan with their kind: 人民币壹万伍仟元整, 1.5万元, 15,000.00元, 一万五千元, ￥15000.

Each amount records its ``form`` (``upper`` 大写, ``lower`` Arabic/小写, ``mixed`` 1.5万) and a
``kind`` read from the clause around it (see ``KIND_CUES``). Where one amount is written both ways
(``罚款人民币贰仟元整（¥2000.00）``) both are reported, the second inheriting the first's kind, so a
check can compare them. Bounds of a statutory range (``二万元以上十万元以下``) and rates
(``每平方米500元``) are kept as kind ``range``/``rate`` so they never count as a fine; a 建设工程造价
is ``construction_cost`` (the base of a 城乡规划法 第六十四条 fine).

``find_areas`` reads land/building areas (``非法占用土地面积共计1481平方米``, ``占地680平方米（约1.02亩）``)
as kind ``area`` with the value in m² (1亩 = 666.67 m², 1公顷 = 10000 m²): the base of a fine set per
square metre (土地管理法实施条例 第五十七条). An area is never an amount of money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from casecheck.extract.fields.arithmetic import terms_before
from casecheck.extract.fields.listed_total import with_listed_parts
from casecheck.extract.fields.note_terms import note_terms
from casecheck.extract.fields.numerals import to_number
from casecheck.extract.fields.table_total import table_terms
from casecheck.extract.patterns import Pattern, fast_compile
from casecheck.extract.text import left_clause, right_clause
from casecheck.laws.fine_units import FINE_UNITS

_UP = "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟什万萬亿億〇"
_LOW_CN = "零〇一二两三四五六七八九十百千万亿"

# Capital numerals that cannot open or sit inside ordinary words (万/零/什 can: 万家, 零售, 什么).
_UP_STRONG = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟什"


_YUAN_BRACKET = re.compile(r"(?<![0-9])元\s*整?\s*[（(《〈]\s*$")


def _after_yuan(m: re.Match[str]) -> bool:
    """The bracket holding ``m`` opens right after the 元 (or 元整) of an amount in words (5000元（3）
    has its figures already: a bare number in its bracket is something else)."""
    return bool(_YUAN_BRACKET.search(m.string, max(0, m.start() - 6), m.start()))


def _upper_at_boundary(m: re.Match[str]) -> bool:
    """A 大写 amount starts at a boundary: not right after a garbled numeral run.

    ``贰什拥佰玖拾元整`` is an OCR-garbled 贰仟捌佰玖拾元整: ``佰玖拾元`` alone would read 190. The
    run is rejected when a capital numeral stands in the three characters before it with only
    CJK characters between (人民币/大写/（/：/a non-CJK character end the look-back, and so does a
    word like 罚款 that holds no numeral).
    """
    start = m.start("num")
    left = m.string[max(0, start - 3) : start]
    left = re.split(r"人民币|大写|[^\u4e00-\u9fa5]", left)[-1]
    return not any(ch in _UP_STRONG for ch in left)


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "upper",
        rf"(?:人民币)?\s*(?P<num>[{_UP}]*[壹贰貳叁參肆伍陆陸柒捌玖拾][{_UP}]*)\s*[元圆]"
        rf"(?:\s*(?P<jiao>[{_UP}])角)?(?:\s*(?P<fen>[{_UP}])分)?\s*整?",
        0.9,
        validate=_upper_at_boundary,
    ),
    Pattern(
        "lower",
        r"(?:人民币|[￥¥])?\s*(?P<num>(?<![0-9.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![0-9.])\d+(?:\.\d+)?)"
        r"\s*(?P<unit>[万千])?\s*元",
        0.9,
    ),
    Pattern("symbol", r"[￥¥]\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\s*[万千]?\s*元)", 0.8),
    # 罚款人民币起什元 (2000): the figures in the bracket after the words are the amount's other form
    # without ¥ or 元 — the amount itself when OCR garbled the words
    Pattern(
        "noted",
        r"(?<=[（(《〈])\s*(?P<num>[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?|[1-9]\d*(?:\.\d{1,2})?)(?=\s*[)）])",
        0.6,
        validate=_after_yuan,
    ),
    # 三元区, 元氏县: a numeral before 元 that opens a place name is no amount
    Pattern(
        "lower_cn",
        rf"(?:人民币)?(?P<num>[{_LOW_CN}]*[一二两三四五六七八九十][{_LOW_CN}]*)\s*元(?![区县镇乡村里坊]|街道)",
        0.7,
    ),
)

CONSTRUCTION_COST = r"工程(?:总)?造价(?!咨询)"
# what a fine may be set per besides FINE_UNITS, right after 每 (每平方米, 每株): 每层加建的120平方米…并处罚款
# is a lump sum
MEASURE_UNITS = r"平方米|立方米|亩|公顷|株|棵"
# (kind, regex on the clause before the amount, regex on the clause after it); first match wins.
KIND_CUES: tuple[tuple[str, str, str], ...] = (
    (
        "range",
        r"(不超过|不足|最高|最低|不低于|不高于|以上|以下)$|^$",
        r"^\s*(?:[（(][^（）()]{0,10}[）)])?\s*(以上|以下|以内|至|到|-|—|~)",  # 1万元（含1万元）以上
    ),
    # 每辆超限车辆处以罚款人民币五千元 / 每平方米处以罚款人民币10元: a fine per unit (of a count or of an
    # area, volume, tree), the 罚 word between the unit and the amount
    (
        "rate",
        rf"(每|按每|/)[^，。=＝]{{0,6}}$|每[^，。；\d]{{0,4}}?[\d.]*(?:{FINE_UNITS})[^，。；\d元]{{0,8}}罚[^，。；\d]{{0,6}}$"
        rf"|每[\d.]*(?:{MEASURE_UNITS})[^，。；\d元]{{0,8}}罚[^，。；\d]{{0,6}}$"
        r"|每处[^，。；\d元]{0,8}罚[^，。；\d]{0,6}$",  # 按每处安全出口罚款三万元: per place, no count read
        r"^\s*/|^\s*每",
    ),
    ("late_fine", r"加处罚款|滞纳金", ""),
    # 罚没款 (fine and confiscation together) is neither: it stays ``other`` outside vouchers
    (
        "confiscation",
        r"没收(?:其|你(?:单位|公司|厂|店)?|当事人|该(?:公司|单位|企业))?的?(违法|非法)所得|没收[^，。]{0,10}(款|财物|价值)",
        # …元予以没收; not the next item of a list (罚款300元 没收违法所得186元: its own amount follows)
        r"^[^，。；]{0,6}(?:予以|并予|一并|依法)?没收(?![^，。；\d并]{1,10}[\d壹贰叁肆伍陆柒捌玖拾佰仟])",
    ),
    # 收缴赌资人民币2200元 / 追缴…: what the police take away (治安管理处罚法 第十一条): no penalty, so no
    # part of the fine or of a hearing's 罚没 amount; a voucher may collect it with the fine
    ("seized", r"(?:收缴|追缴)(?![^，。；]{0,10}罚)[^，。；]{0,10}$", ""),
    ("illegal_gain", r"违法所得", ""),
    # 滥伐林木价值5680元 (森林法 第七十六条: fines are multiples of the trees' value, as of a 货值)
    ("goods_value", r"货值(金额)?|货值|(?:滥伐|盗伐)林木(?:的)?价值(?:为|是|计)?$", ""),
    # 商标法 第六十条: fines are multiples of the 违法经营额 (已售…元＋库存…元，违法经营额合计…元)
    ("business_volume", r"(?:违法|非法)经营(?:额|数额|金额)", ""),
    # 测绘法 第五十五条 …: fines are multiples of the 约定报酬 (约定报酬分别为…元、…元，合计…元)
    ("contract_fee", r"约定(?:的)?[\u4e00-\u9fa5]{0,4}?报酬", ""),
    # 城乡规划法 第六十四条: fines are a percentage of the 建设工程造价 (not a 造价咨询 firm or fee)
    ("construction_cost", rf"{CONSTRUCTION_COST}[^，。；×xX*＊=＝%]{{0,10}}$", ""),
    # 广告法 第五十五条 …: fines are multiples of the 广告费用 (没收广告费用 stays a confiscation)
    ("ad_fee", r"(?<!没收)广告(?:发布)?费用?(?:（[^（）]{1,8}）)?(?:为|是|共计|合计|计)?$", ""),
    # 医疗保障基金使用监督管理条例 第三十八条: fines are multiples of the 造成损失金额 (…共计造成医疗保障基金
    # 损失12846.30元); 第四十条: of the 骗取金额 (骗取医保基金支出…元); not 退回 (a refund, below)
    (
        "fund_loss",
        r"(?:(?:造成|致使)(?:医疗保障|医保)?|医疗保障|医保)(?:统筹)?基金(?:的)?损失(?:金额|数额)?(?:共计|合计|为|计|是)?$",
        "",
    ),
    (
        "fund_fraud",
        r"骗取(?:了)?(?:医疗保障|医保)(?:统筹)?基金(?:支出|支付)?(?:金额|数额)?(?:共计|合计|为|计|是)?$"
        r"|骗取(?:金额|数额)(?:共计|合计|为|计|是)?$",
        "",
    ),
    # 责令退回医疗保障基金21,637.40元 / 退还多收的价款: money returned to a fund or to those it was
    # taken from, no penalty (before 拟…处 of a notice's list: the nearer cue decides)
    ("refund", r"(?:退回|退还|退赔|返还)(?!罚)[^，。；\d罚处]{0,14}$", ""),  # not …退还价款并处罚款5000元
    ("proposed_fine", r"拟[^，。]{0,12}罚款|拟[^，。]{0,12}处", ""),
    # 第一期罚款¥30,000.00 / 首期缴纳罚款…: one instalment of an approved 分期缴纳, not the fine (分期缴纳罚款
    # 人民币5万元 names the whole fine)
    (
        "installment",
        r"(?:第[一二三四五六七八九十\d]{1,2}期|首期|末期)(?:缴纳|应缴|缴)?(?:罚款|罚没款)?(?:为|是)?$",
        "",
    ),
    # 罚 款人民币…/罚　　款：… (a copy's stray space, a form's spaced label)
    ("fine", r"罚[ \u3000]*款|罚金|处以?$|处以?人民币$", r"^\s*(整)?\s*(的)?罚款"),
    ("payment", r"(实缴|已缴|缴款|缴纳|缴讫|收款|付款)[^，。]{0,10}$", ""),
)


# KIND_CUES compiled once (None for an empty cue); the clause regexes ``classify`` uses
_KIND_RX = tuple(
    (k, re.compile(lc) if lc else None, re.compile(rc) if rc else None) for k, lc, rc in KIND_CUES
)
_COST_LEFT = re.compile(rf"{CONSTRUCTION_COST}[^，。；]{{0,8}}$")
# …二万元至四万元 / 在五万至二十万元幅度内: the upper bound right after the lower one
_RANGE_LEFT = re.compile(
    r"(不超过|不足|最高|最低|不低于|不高于|未达到?|不满|低于|少于|超过|高于)$|[\d一二两三四五六七八九十百千万]\s*元?\s*(至|到|~|～|—|－)\s*$"
)
_SLIP_CELL_LEFT = re.compile(
    r"(?<![\u4e00-\u9fa5])(?:大写|小写|金额|合计)(?:金额)?[ \u3000]*[│┃|\t:：]"
    r"[ \u3000│┃|\t]*(?:人民币)?[ \u3000]*[¥￥]?$"
)
_UPPER_LABEL_LEFT = re.compile(
    r"大写(?:金额)?[ \u3000]*[│┃|\t:：][ \u3000]*$"
)  # a slip copied into a 结案 form
_PAYMENT_LEFT = re.compile(r"缴|金额合计|合计")
_LATE_JUST_BEFORE = re.compile(
    r"(?:加处罚款|滞纳金)(?:金额|数额)?\s*(?:为|计)?\s*(?:人民币)?\s*[:：]?\s*[￥¥]?\s*$"
)
# 罚款10000元及加处罚款8000元，合计18000元 / 滞纳金：0.00元　合计：100.00元: a total right after
# the listed amounts sums them; it is no single part (the 加处罚款 named before it)
_TOTAL_AFTER_PARTS = re.compile(
    r"元\s*整?\s*[，,、；;]?\s*(?:以上)?(?:合计|共计|总计|总额|共)\s*(?:为|是)?\s*[:：]?\s*(?:人民币)?\s*[￥¥]?\s*$"
)
# 以上罚款合计人民币… / 两项共计罚款… / 合并执行罚款… / 合并处罚款…: a total word right before the amount
# (its clause's own)
# 合并执行：责令停产停业整顿，罚款人民币… / 以上合并处罚：警告，罚款…: the merged penalties list may name
# other kinds first
# (合并执行：警告、罚款… is one; 合并执行，决定：一、… or 合并执行如下…: a list follows, its first item is
# no total)
_TOTAL_WORD = re.compile(
    r"(?:合计|共计|总计|总额)[^，,。；;\n\d]{0,8}$"
    r"|合并(?:处以?|给予|决定)?罚款[^，,。；;\n\d]{0,4}$"  # …的行为处罚款…；…，合并处罚款人民币贰万元整
    # 以上两项合并，决定给予你单位罚款人民币肆万伍仟元整
    # (not 合并处罚如下：一、罚款…: a list follows, its first item is no total)
    r"|合并[，,]?(?:决定)?(?:给予|处以?)?(?:(?!如下)[^，,。；;：:、\n\d]){0,8}罚款[^，,。；;：:、\n\d]{0,4}$"
    # (分别裁量、合并处罚：（一）…: the list the merged penalty opens, its first item no total)
    r"|(?:合并执行|(?<!、)合并处罚)(?:(?!如下|决定\s*[：:]\s*[一二三四五六七八九十1-9（(]|[：:]\s*[（(]?[一二三四五六七八九十1-9])"
    r"(?:(?<![一二三四五六七八九十\d])、|[^。；;\n\d、])){0,24}$"
)
# an earlier penalty the facts recall (曾因同类行为被处罚款…, 此前已被罚款…): no amount of this case
_PRIOR_PENALTY = re.compile(
    r"(?:曾(?:于|因|经)?|此前|前次|上次|以往)[^。；;]{0,40}?(?:被|受到)[^。；;]{0,20}$"
)
# 基础罚款金额为30万元, then 修正因子…最终罚款金额为28.5万元: a step of the discretion's sum
_BASE_AMOUNT = re.compile(
    r"(?:(?:基础|基准|初始)(?:罚款)?(?:金额|数额)|(?:基础|基准)罚款额)\s*(?:为|是)?\s*[:：]?\s*(?:人民币)?\s*$"
)
_PLEA = re.compile(
    r"(?:请求|要求|申请|希望|恳请|建议)[^。；;，,]{0,6}?(?:降至|减至|降低至|降为|减为|减少至|调整为)\s*(?:人民币)?\s*$"
)
# … unless a later clause of the sentence is this decision's own (…，本局决定给予…：罚款…)
_DECIDES = re.compile(
    r"[，,：:]\s*(?:经[^，,。；]{0,12}[，,]\s*)?(?:本局|我局|本机关|本厅|现|依法)?(?:决定|对(?:当事人|其|你))"
    r"|本次|现对|现处|现决定"
)
# the bases a fine is computed from: their figures (terms) are read, and the one finally settled on
_BASE_KINDS = ("goods_value", "illegal_gain", "business_volume", "contract_fee", "fund_loss", "fund_fraud")
# 认定无证经营食品货值金额为8700元 / 违法所得调整为…: the figure the agency settled on, over earlier ones
_SETTLED = re.compile(
    r"(?:认定|核定|调整|更正|变更|重新计算)[^，,。；;]{0,24}?(?:为|是|至)\s*(?:人民币)?\s*$"
)
# 滞纳金 of a tax (税款和滞纳金, 补缴税款及滞纳金) is the tax law's surcharge, not a fine's 加处罚款
_TAX_SURCHARGE = re.compile(r"税(?:款|费)?(?:[\d.,]+元)?[^，。；;罚]{0,6}滞纳金")
# …×（29元-18元）: the second term of a bracketed difference (or sum) is a factor too
FACTOR_BEFORE = re.compile(r"[×xX*＊]\s*[(（]?\s*$|[×xX*＊]\s*[(（]\s*\d+(?:\.\d+)?\s*元?\s*[-－−+＋]\s*$")
FACTOR_AFTER = fast_compile(r"\s*[×xX*＊]")


@dataclass(frozen=True)
class AmountHit:
    """An amount: value in yuan, form, kind, span and the pattern that found it."""

    value: float
    form: str
    kind: str
    start: int
    end: int
    raw: str
    twin: bool = False  # the bracketed other form of the amount just before it
    terms: list[list[float]] | None = None  # figures an illegal_gain/goods_value is computed from
    stated_total: bool = False  # 以上罚款合计…: the amount a total word introduces
    settled: bool = False  # 认定…货值金额为8700元: the value the agency finally found (after a hearing …)
    corrected: bool = False  # the value a correction in the document puts right (extract.fields.corrections)


_UNIT_FIRST = frozenset("万亿仟佰什千百")  # no written amount starts with a unit (拾伍元 does: 15)


def _value(m: re.Match[str], name: str) -> tuple[float | None, str]:
    num = m.group("num")
    if name == "upper":
        if num[:1] in _UNIT_FIRST:
            return None, "upper"  # 万伍什元: OCR lost the figure before the unit (叁万伍仟元)
        v = to_number(num)
        if v is not None:
            v += (to_number(m.group("jiao") or "零") or 0) / 10 + (
                to_number(m.group("fen") or "零") or 0
            ) / 100
        return v, "upper"
    unit = m.groupdict().get("unit") or ""
    v = to_number(num + unit)
    if name == "noted":
        return v, "noted"
    return v, ("mixed" if unit or (name == "lower_cn" and "万" in num) else "lower")


# 违法所得1225元（7天×5人×35元，含3月18日175元）: an amount inside the note that explains another
# amount is a part or a factor of it, not a second 违法所得. The other form of the same amount
# (…贰仟元整（¥2000.00）, （小写：2000元）) opens the note at once and stays a twin.
_NOTE_OPEN = re.compile(r"元\s*整?\s*[（(](?P<inner>[^（()）]*)$")
_TWIN_LEAD = re.compile(r"\s*(?:人民币|大写|小写|即|计|合计)?\s*[:：]?\s*[￥¥]?\s*")


def _inside_note(left: str) -> bool:
    """Does the amount stand inside an open bracket that follows another amount, after other text?"""
    m = _NOTE_OPEN.search(left)
    return bool(m) and not _TWIN_LEAD.fullmatch(m.group("inner"))


# an earlier amount and the comma that ends its clause (…按一万元计算，); ``own``: what stands between
# them (empty or 整 before the other written form: 叁仟元整，￥3000元). ``classify`` says when it cuts.
# …元整（￥1,253），即进货总额17,900元的7%: the amount's other form in brackets before the comma
_AMOUNT_CLAUSE_END = re.compile(
    r"元(?P<own>[^，,。；\d元（）()]{0,12})(?:[（(][^（）()，。；]{1,20}[)）])?[，,]"
)
_TOTAL_IN = re.compile(r"合计|共计|总计")
_OTHER_FORM_NOTE = re.compile(
    r"\s*[（(]\s*(?:大写|小写)?[:：]?\s*(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]{2,24}\s*[)）]"
)
_OTHER_FORM = re.compile(
    r"\s*(?:(?:大写|小写)(?:金额)?(?:为|是)?|即|人民币)?\s*[:：]?\s*(?:人民币)?\s*[￥¥]?\s*"
)
_LIST_HEAD = re.compile(r"\s*(?:为|是)?\s*[:：]")  # 货值金额：… heads the list after it
# 收取车费12笔，共计人民币2430元，为违法所得: the kind named after the amount, past its comma
_NAMED_AFTER = re.compile(
    r"\s*整?\s*[，,]?\s*(?:为|系|即为|属于?|均为|均属|作为)(?:其|当事人|你)?(?:的)?(?:本案)?"
    r"(?P<k>违法所得|非法所得|货值)"
)
# …，共计2430元 / …，即人民币8000元 sum up the clause before; not 即进货总额17,900元的7% (another amount)
_SUMS_UP = re.compile(r"^\s*(?:共计|合计|总计|计|共|即(?=\s*(?:为|是)?\s*(?:人民币)?\s*[￥¥]?\s*$))")


def classify(text: str, start: int, end: int, doc_type: str | None = None) -> str:
    """Kind of the amount at ``text[start:end]`` from its clause (and the document type).

    A factor of a product (``158个×25元``) is ``other``; ranges and rates are decided next;
    otherwise the cue nearest to the amount wins
    (``处货值金额二倍的罚款，即罚款8000元`` is a fine), ties going to the earlier ``KIND_CUES`` row.
    """
    left = left_clause(text, start, 28, "，。；;,:：\n、")
    if FACTOR_BEFORE.search(text, max(0, start - 16), start) or FACTOR_AFTER.match(text, end):
        # 158个×25元＝3950元: a factor of a computation, whatever the heading says; but the 工程造价
        # a fine is a percentage of (造价150000元×6%) stays the base a rule computes the range from
        if FACTOR_AFTER.match(text, end) and _COST_LEFT.search(left):
            return "construction_cost"
        return "other"
    left_wide = left_clause(text, start, 40, "。；;\n")
    if _inside_note(left_wide) or (_PRIOR_PENALTY.search(left_wide) and not _DECIDES.search(left_wide)):
        return "other"  # 当事人曾于…被本局给予警告并罚款5000元: an earlier case's penalty
    if _BASE_AMOUNT.search(left):
        return "other"
    if _PLEA.search(left_wide):
        return "other"  # 你公司提出罚款偏高、请求降至五万元: the amount the party asked for
    # 7667元（柒仟陆佰陆拾柒元整）的罚款: the amount's other form in brackets, then its cue
    note = _OTHER_FORM_NOTE.match(text, end)
    right = right_clause(text, note.end() if note else end, 10)
    for kind, lrx, rrx in _KIND_RX[:2]:
        if kind == "range" and _RANGE_LEFT.search(left):
            return kind
        if (kind == "rate" and lrx and lrx.search(left)) or (rrx and rrx.search(right)):
            return kind
    best: tuple[int, int, str] | None = None
    # a cue before an earlier amount and the comma that ends its clause is that amount's, not this
    # one's (货值不足一万元按一万元计算，十万元已是… / 违法所得1200元，扣除成本400元), unless it heads a
    # list (货值金额：酸奶60.5元，面包48.0元 / 其中2023年1000元，…), this clause totals it (…合计50元) or
    # is the other form (叁仟元整，￥3000元 / 大写金额为…); …每平方米10元，计人民币…: the rate's sum
    done = 0
    other_form = _OTHER_FORM.fullmatch(left)
    if not (_SUMS_UP.search(left) or _TOTAL_IN.search(left) or "其中" in left_wide):
        done = max(
            (
                m.start() + 1
                for m in _AMOUNT_CLAUSE_END.finditer(left_wide)
                if "每" not in left_wide[: m.start()][-10:]
                and not (other_form and m.group("own") in ("", "整"))  # 叁仟元整，￥3000元
            ),
            default=0,
        )
    for order, (kind, lrx, rrx) in enumerate(_KIND_RX[2:]):
        cues = lrx.finditer(left_wide) if lrx else ()
        ends = [m.end() for m in cues if m.end() > done or _LIST_HEAD.match(left_wide, m.end())]
        if rrx and rrx.search(right):
            ends.append(len(left_wide) + 1)  # 壹佰元的罚款: the cue right after the amount
        if ends and (best is None or (max(ends), -order) > (best[0], best[1])):
            best = (max(ends), -order, kind)
    kind = best[2] if best else "other"
    if kind == "other" and (named := _NAMED_AFTER.match(text, end)):
        kind = "goods_value" if named.group("k") == "货值" else "illegal_gain"  # …共计2430元，为违法所得
    # │ 大写 │ 伍万…元整: the slip's own 金额/大写 cell, whatever item is listed before it
    if (doc_type == "缴款凭证" and _SLIP_CELL_LEFT.search(text, max(0, start - 12), start)) or (
        doc_type == "结案审批表" and _UPPER_LABEL_LEFT.search(text, max(0, start - 8), start)
    ):
        return "late_fine" if _LATE_JUST_BEFORE.search(text, max(0, start - 16), start) else "payment"
    if doc_type in ("缴款凭证", "结案审批表") and _PAYMENT_LEFT.search(left_wide):
        # 缴纳罚款5000元及加处罚款1500元: the amount right after 加处罚款 is that part of the payment
        late = _LATE_JUST_BEFORE.search(text, max(0, start - 16), start)
        if not late or not _tax_surcharge(text, left_wide):
            return "late_fine" if late else "payment"
    if kind == "late_fine" and (_TOTAL_AFTER_PARTS.search(left_wide) or _tax_surcharge(text, left_wide)):
        return "other"  # a sum of parts; 税款和滞纳金: a tax's late-payment surcharge, no 加处罚款
    if kind == "fine" and doc_type and "告知书" in doc_type:
        return "proposed_fine"
    if kind == "other" and doc_type == "缴款凭证":
        return "payment"
    return kind


def _tax_surcharge(text: str, left: str) -> bool:
    """The 滞纳金 is a tax's (补缴税款…、滞纳金…元; a 完税证明's items), not a 加处罚款."""
    return "加处罚款" not in left and (bool(_TAX_SURCHARGE.search(left)) or "完税" in text)


def find_amounts(text: str, doc_type: str | None = None) -> list[AmountHit]:
    """All amounts in ``text`` in order; a bracketed second form inherits the first's kind."""
    hits: list[AmountHit] = []
    taken: list[tuple[int, int]] = []
    for p in PATTERNS:
        for m in p.finditer(text):
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            if any(s < te and ts < e for ts, te in taken):
                continue
            value, form = _value(m, p.name)
            if value is None:
                continue
            kind = classify(text, s, e, doc_type)
            # 违法所得3200元（40件×80元）: the agency's own computation in the note comes first
            terms = None
            if kind in _BASE_KINDS:
                terms = (
                    note_terms(text, e)
                    or terms_before(text, s, all_goods=kind == "goods_value", stated=value)
                    or table_terms(text, s, value)
                )
            stated = bool(_TOTAL_WORD.search(text, max(0, s - 32), s))
            settled = kind in _BASE_KINDS and bool(_SETTLED.search(text, max(0, s - 30), s))
            hits.append(
                AmountHit(
                    value, form, kind, s, e, text[s:e], terms=terms, stated_total=stated, settled=settled
                )
            )
            taken.append((s, e))
    hits.sort(key=lambda h: h.start)
    for i in range(1, len(hits)):
        prev, cur = hits[i - 1], hits[i]
        gap = text[prev.end : cur.start]
        # the other form in brackets right after (OCR may read （ as 《 or 〈)
        if (
            re.fullmatch(r"\s*整?\s*[（(《〈\[［]\s*(?:人民币|大写|小写)?[:：]?\s*", gap)
            and cur.form != prev.form
        ):
            hits[i] = AmountHit(cur.value, cur.form, prev.kind, cur.start, cur.end, cur.raw, twin=True)
    # a bare bracketed figure stands for the amount only where the words before it were not read
    # (伍佰元 (8500): OCR took ¥ for 8; the words, read, are the amount)
    hits = [h for h in hits if not (h.form == "noted" and h.twin)]
    return _penalty_totals(with_listed_parts(text, hits))  # 货值金额：…81.6元、…90.0元，共计171.6元


def _penalty_totals(hits: list[AmountHit]) -> list[AmountHit]:
    """Re-kind as ``penalty_total`` a stated total that adds the fines and the confiscations
    (没收违法所得2580元，并处罚款30000元，合计32580元; 罚款300元 没收违法所得186元 合计486元, whose
    nearest cue is the confiscation's): the 罚没款, no fine or confiscation of its own."""
    if not any(h.kind == "confiscation" for h in hits):
        return hits
    out = list(hits)
    for i, h in enumerate(hits):
        if h.kind not in ("fine", "confiscation") or not h.stated_total:
            continue
        twin = i + 1 if i + 1 < len(hits) and hits[i + 1].twin and hits[i + 1].kind == h.kind else None
        others = [f for j, f in enumerate(hits) if j not in (i, twin)]
        fines = {round(f.value, 2) for f in others if f.kind == "fine"}
        taken = {round(f.value, 2) for f in others if f.kind == "confiscation"}
        if fines and taken and abs(sum(fines) + sum(taken) - h.value) < 0.005:
            for j in (i, twin):
                if j is not None:
                    out[j] = replace(hits[j], kind="penalty_total")
    return out


def total(hits: list[AmountHit], kind: str) -> float | None:
    """The amount of ``kind`` a document imposes: the sum of its distinct values.

    Upper/lower twins count once, by their Arabic (小写) value when the two disagree (DOC-07 reports
    the disagreement) unless the words are a stated total that adds up the amounts before it and the
    figures do not (``_upper_sums_up``); several distinct fines (one per violation) are added up,
    except that a value a total word introduces and that equals the sum of the others is their
    stated total (罚款3万元…罚款2.2万元…以上罚款合计5.2万元).
    """
    vals: list[AmountHit] = []
    for h in hits:
        if h.kind != kind:
            continue
        if h.twin and vals and vals[-1].end <= h.start:
            if h.form == "lower" and vals[-1].form != "lower" and not _upper_sums_up(vals, h):
                # 合计罚款人民币肆万元整（¥40000.00）: the figures stand for the stated total too
                vals[-1] = replace(h, stated_total=h.stated_total or vals[-1].stated_total)
            continue
        vals.append(h)
    if not vals:
        return None
    distinct: list[float] = []
    for h in vals:
        if not any(abs(h.value - v) < 0.005 for v in distinct):
            distinct.append(h.value)
    top = max(distinct)
    stated = any(h.stated_total and abs(h.value - top) < 0.005 for h in vals)
    if stated and len(distinct) > 2 and abs(sum(distinct) - 2 * top) < 0.005:
        return round(top, 2)  # 以上罚款合计人民币伍万贰仟元: a stated total of the others
    return round(sum(distinct), 2)


def words_apart(hits: list[AmountHit], kind: str) -> float | None:
    """The value in words of the one amount of ``kind`` whose words and figures disagree
    (罚款人民币贰万壹仟陆佰叁拾元整（￥2163.00）: 21630), when that pair is all the document states
    of ``kind`` and ``total`` took its figures; else ``None``."""
    own = [h for h in hits if h.kind == kind]
    if len(own) != 2:
        return None
    upper, lower = own
    pair = lower.twin and upper.end <= lower.start and upper.form != "lower" and lower.form == "lower"
    if not pair or upper.stated_total or abs(upper.value - lower.value) < 0.005:
        return None
    return upper.value


def _upper_sums_up(vals: list[AmountHit], lower: AmountHit) -> bool:
    """The stated total in words (``vals[-1]``) adds up the amounts before it and its figures
    (``lower``) do not: 以上合并执行罚款人民币壹万柒仟元整（1700元） after 12000元 and 5000元 — the
    figures dropped a digit (DOC-07 reports the pair), the words are the total."""
    upper = vals[-1]
    if not upper.stated_total or abs(upper.value - lower.value) < 0.005:
        return False
    before = {round(v.value, 2) for v in vals[:-1] if abs(v.value - upper.value) >= 0.005}
    return len(before) > 1 and abs(sum(before) - upper.value) < 0.005


# 土地/占地/面积/建筑面积 … 平方米/㎡/m²/亩: only an area the clause says is one of land or a building
_AREA_NUM = (
    r"(?<![0-9.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![0-9.,])\d+(?:\.\d+)?"
    rf"|[{_LOW_CN}]*[一二两三四五六七八九十][{_LOW_CN}]*"
)
AREA = fast_compile(
    rf"(?P<num>{_AREA_NUM})\s*(?P<wan>万)?\s*(?:多|余)?\s*"
    r"(?P<unit>平方米|平米|平方公尺|㎡|[mM](?:²|2(?![0-9]))|亩|公顷)(?![0-9A-Za-z])"
)
AREA_UNIT = re.compile(r"平方米|平米|平方公尺|㎡|[mM](?:²|2(?![0-9]))|亩|公顷")  # AREA's unit group
_AREA_UNIT_SCAN = fast_compile(AREA_UNIT.pattern)  # the same test, without a full try per position
AREA_UNITS = {"亩": 666.67, "公顷": 10000.0}
AREA_CUE = re.compile(r"土地|占地|用地|面积|宅基地|耕地|林地|草地|农用地|建设用地")
# bounds of a range (五亩以上, 不超过200平方米) and rates (每100平方米) are not an area of the case
AREA_RANGE_LEFT = re.compile(r"(?:不超过|不足|最高|最低|不低于|不高于|每|/|至|到|-|—|~)\s*$")
# 面积在1亩至3亩之间: both ends of a benchmark's band
AREA_RANGE_RIGHT = fast_compile(r"^\s*(?:以上|以下|以内|至|到|-|—|~|之间)")


def find_areas(text: str) -> list[AmountHit]:
    """Land/building areas in ``text``: kind ``area``, value in m², form as for amounts."""
    out: list[AmountHit] = []
    if not _AREA_UNIT_SCAN.search(text):
        return out  # every area states its unit: without one the scan can find nothing
    for m in AREA.finditer(text):
        s, e = m.span()
        window = re.sub(r"(?<=\d),(?=\d{3})", "_", text[max(0, s - 24) : s])  # 1,481 is one figure
        left = left_clause(window, len(window), 24, "，。；;,\n、")
        if not AREA_CUE.search(left) or AREA_RANGE_LEFT.search(left):
            continue
        if AREA_RANGE_RIGHT.match(right_clause(text, e, 6)):
            continue
        num, wan = m.group("num"), m.group("wan") or ""
        v = to_number(num + wan)
        if v is None or v <= 0:
            continue
        arabic = num[0].isdigit()
        form = "mixed" if wan or (not arabic and "万" in num) else "lower"
        v = round(v * AREA_UNITS.get(m.group("unit"), 1.0), 2)
        out.append(AmountHit(v, form, "area", s, e, text[s:e]))
    return out
