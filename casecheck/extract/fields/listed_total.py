"""A 货值金额/违法所得/广告费用 total over amounts listed before it: its parts are its terms (EVID-03).

``货值金额：酸奶60.5元、面包48.0元，共计108.5元`` and ``…（货值60.5元）；…（货值48.0元）。以上货值金额合计
108.5元`` state the parts as amounts of the same kind, then their total. The total's terms are the
parts, so EVID-03 can add them up. Only a total the text marks as one (合计/共计/总计, right before
it) takes parts, and only parts of the same kind in the same paragraph after the previous total of
that kind; one part alone, or a part equal to the total (the total restated), says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casecheck.extract.fields.money import AmountHit

_FUND_KINDS = ("fund_loss", "fund_fraud")
KINDS = ("goods_value", "illegal_gain", "business_volume", "contract_fee", "ad_fee", *_FUND_KINDS)
# …共计造成医疗保障基金损失12846.30元 / 合计骗取医保基金…元: a fund's loss or the sum taken from it
_FUND = (
    r"(?:造成|致使)?(?:医疗保障|医保)?(?:统筹)?基金(?:的)?损失(?:金额)?"
    r"|骗取(?:医疗保障|医保)?(?:统筹)?基金(?:支出)?"
)
# the total word right before the amount: 共计338.1元 / 合计：人民币108.5元 / 以上货值金额总计为… /
# 合计广告费用13600元
TOTAL_BEFORE = re.compile(
    rf"(?:合计|共计|总计)\s*(?:违法所得|货值金额|货值|违法经营额|广告费用?|金额|{_FUND})?\s*(?:为|是)?\s*[:：]?\s*"
    r"(?:人民币)?"
    r"\s*[￥¥]?\s*$"
)
_WINDOW = 24  # how far before the amount its total word may stand
# 销售额145,848元；…销售额32,340元。违法所得合计186,188元: sales listed one by one are the parts of
# an illegal gain totalled over them (违法所得 as the sales income), unless costs are taken off;
# so are fees a paragraph says were collected (收取输液费…元、药品费…元，违法所得共计…元)
_SALES_BEFORE = re.compile(
    r"(?:销售额|销售收入|销售金额|营业额|营业收入|经营收入)\s*(?:为|是|计)?\s*[:：]?\s*(?:人民币)?\s*$"
)
# 收取输液费2460元、药品费1180元、诊查费220元，违法所得共计3680元: fees collected, the same way
_FEE_BEFORE = re.compile(r"[\u4e00-\u9fa5]{1,6}费(?:用)?\s*(?:分别)?(?:为|是|计)?\s*[:：]?\s*(?:人民币)?\s*$")
_LIST_GAP = re.compile(r"\s*[、，,和及]\s*(?:人民币)?\s*")  # 28000元、36500元: the list going on
_COLLECTED = re.compile(r"收取|收费|收款|收入")
_TAKEN_OFF = r"扣除|减去|减除|退还|已退"
_DEDUCTION = re.compile(
    rf"{_TAKEN_OFF}|利润|毛利|支付|支出|成本|付出"
)  # a total after a deduction sums no list
_DEDUCTION_OF_PAID = re.compile(_TAKEN_OFF)  # a fee total: paying (支付) is what its fees are


def _labelled_parts(
    text: str, hits: list[AmountHit], para: int, labelled: Callable[[str], object], reach: int
) -> set[int]:
    """Indices of the ``other`` amounts of the paragraph whose ``reach`` characters before them are
    ``labelled``, or that are listed right after one that is (分别为28000元、36500元)."""
    out: set[int] = set()
    for j, p in enumerate(hits):
        if p.start < para or p.kind != "other":
            continue
        if labelled(text[max(0, p.start - reach) : p.start]) or (
            j - 1 in out and _LIST_GAP.fullmatch(text, hits[j - 1].end, p.start)
        ):
            out.add(j)
    return out


def _sales_parts(text: str, hits: list[AmountHit], para: int, end: int, paid: bool = False) -> set[int]:
    """Indices of the ``other`` amounts of the paragraph that are sales or fees collected: labelled
    so (销售额…元, 收取输液费…元), or listed right after one that is. ``paid``: the fees a 广告费用
    totals (推文代写及排版费3800元；投放费6500元，合计广告费用…), collected or not."""
    # …均已收取，合计违法所得…: up to the total
    collected = paid or bool(_COLLECTED.search(text, para, end))

    def labelled(lead: str) -> bool:
        return bool((_SALES_BEFORE.search(lead) and not paid) or (collected and _FEE_BEFORE.search(lead)))

    return _labelled_parts(text, hits, para, labelled, 12)


# …以“复方氨基酸胶囊”名义结算86人次，医保基金支付5418.60元；…: what the fund paid out on each count is a
# part of the loss the paragraph then totals (共计造成医疗保障基金损失…元), or of the sum taken from it
_FUND_PAID_BEFORE = re.compile(
    r"(?:(?:医疗保障|医保)?(?:统筹)?基金|统筹)(?:支付|支出|报销|结算)(?:金额|费用)?\s*(?:为|是|计)?\s*[:：]?\s*"
    r"(?:人民币)?\s*$"
)


def with_listed_parts(text: str, hits: list[AmountHit]) -> list[AmountHit]:
    """``hits`` with each unexplained total of listed same-kind amounts given those amounts as terms."""
    out = list(hits)
    for i, h in enumerate(out):
        if h.kind not in KINDS or h.terms is not None or h.twin:
            continue
        if not TOTAL_BEFORE.search(text, max(0, h.start - _WINDOW), h.start):
            continue
        para = text.rfind("\n", 0, h.start) + 1
        if h.kind == "ad_fee":  # the fees listed in the total's own sentence (not a 检测费 before it)
            para = max(para, text.rfind("。", 0, h.start) + 1)
        parts: list[float] = []
        sales = (
            _sales_parts(text, out[:i], para, h.start, paid=h.kind == "ad_fee")
            if h.kind in ("illegal_gain", "ad_fee")
            else _labelled_parts(text, out[:i], para, _FUND_PAID_BEFORE.search, 16)
            if h.kind in _FUND_KINDS and not any(p.kind == h.kind for p in out[:i] if p.start >= para)
            else set()
        )
        for j in range(i - 1, -1, -1):
            p = out[j]
            if p.start < para:
                break
            if (p.kind != h.kind and j not in sales) or p.twin:
                continue
            if TOTAL_BEFORE.search(text, max(0, p.start - _WINDOW), p.start):
                break  # an earlier total closes the list before it
            parts.append(p.value)
        para_end = text.find("\n", h.end)
        # fees and a fund's payments are paid: only what is taken off them makes a difference
        deduction = _DEDUCTION_OF_PAID if h.kind == "ad_fee" or h.kind in _FUND_KINDS else _DEDUCTION
        if deduction.search(text, para, len(text) if para_end < 0 else para_end):
            parts = []  # 违法所得3000元，扣除已退还的1000元，合计2000元: a difference, not a sum
        if h.kind in _FUND_KINDS and any(v > h.value for v in parts):
            parts = []  # 2023年度医保基金支付1,200,000元，…: a figure above the total is none of its parts
        if len(parts) >= 2 and all(abs(v - h.value) > 0.005 for v in parts):
            out[i] = replace(h, terms=[[v] for v in reversed(parts)])
    return out
