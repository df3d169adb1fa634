"""Amounts a payment voucher states without the word 元 (缴款凭证 only).

Non-tax receipts, 罚没收据, bank e-receipts and payment screenshots print the money as a bare
figure beside a label or in a table column, where ``money.find_amounts`` (which needs 元, ￥ or a
大写 numeral) reads nothing:

- a labelled figure: ``罚款：2500.00　加处罚款：3000.00``, ``交易金额：CNY30,000.00``,
  ``金额（小写）：30000.00``, ``罚没款 | 30000.00``;
- a table column headed 金额: ``项目名称 | 数量 | 金额`` then ``罚没收入 | 1 | 30000.00``;
- a payment screenshot's amount alone on its line: ``-30,000.00`` (read only when the voucher
  states no other payment or fine).

The kind follows the label or the row's name cell: 加处罚款/滞纳金 → ``late_fine`` (a separate
amount, never part of the fine), a bare 罚款 → ``fine``, anything else (罚没款, 金额, 合计, 小写,
交易金额) → ``payment``. A figure without decimals or thousands separators is read only after a
money label (金额/罚款/罚没), so a 数量 or a 项目编码 is never taken for an amount.
"""

from __future__ import annotations

import re

from casecheck.extract.fields.money import AmountHit
from casecheck.extract.patterns import fast_compile

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{1,2}|\d+)"
_LABEL = (
    r"(?P<label>加处罚款|滞纳金|罚没款(?:合计|金额)?|罚没收入|罚款(?:金额|合计)?"
    r"|(?:交易|缴款|实缴|付款|支付|收款|转账|汇款|缴纳|应缴|实收|到账|本次缴款)?金额(?:合计)?"
    r"|合计(?:金额)?|总计|小写)"
)
_SP = r"[ \t\u3000]*"  # a label and its figure share a line
LABELLED = fast_compile(
    _LABEL
    + rf"{_SP}(?:[（(](?:小写|元|人民币|￥|¥)[)）])?{_SP}[)）]?{_SP}(?P<sep>[:：|])?{_SP}"
    + r"(?:人民币|CNY|RMB|[￥¥])?"
    + _SP
    + _NUM
    + r"(?![\d.,]|\s*[万千]?\s*元|\s*[%％])"
)
# a screenshot's amount on its own line (微信/支付宝 show the payment as ``-30,000.00``)
ALONE = re.compile(r"(?m)^[ \t]*[-－]?\s*[￥¥]?\s*(?P<num>\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})[ \t]*$")
_MONEY_LABEL = re.compile(r"金额|罚款|罚没")
_LATE = re.compile(r"加处罚款|滞纳金")
_CELL_SPLIT = fast_compile(r"\s*[|｜│]\s*")
_AMOUNT_HEAD = fast_compile(r"^(?:缴款|实缴|收款)?金额(?:[（(](?:元|小写)[)）])?$")
_TABLE_NUM = fast_compile(r"^(?:[￥¥]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)$")


def _kind(label: str) -> str:
    """``late_fine`` / ``fine`` / ``payment`` from the label or the row's name."""
    if _LATE.search(label):
        return "late_fine"
    if "罚款" in label and "罚没" not in label and "合计" not in label:
        return "fine"
    return "payment"


def _hit(text: str, s: int, e: int, num: str, kind: str) -> AmountHit | None:
    value = float(num.replace(",", ""))
    if value <= 0:
        return None
    return AmountHit(value, "lower", kind, s, e, text[s:e])


def _labelled(text: str) -> list[AmountHit]:
    out = []
    for m in LABELLED.finditer(text):
        num = m.group("num")
        bare = "." not in num and "," not in num
        if bare and (not _MONEY_LABEL.search(m.group("label")) or m.group("sep") not in ("：", ":")):
            continue  # 合计：3 / 罚没收入 | 1 (数量): a bare integer only after 金额：/罚款：
        h = _hit(text, m.start("num"), m.end("num"), num, _kind(m.group("label")))
        if h:
            out.append(h)
    return out


def _table(text: str) -> list[AmountHit]:
    """Cells under a 金额 column header, kind from the row's other cells."""
    out: list[AmountHit] = []
    column: int | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if "|" not in line and "｜" not in line and "│" not in line:
            column = None
            continue
        cells = [c for c in _CELL_SPLIT.split(line.strip()) if c != ""]
        heads = [i for i, c in enumerate(cells) if _AMOUNT_HEAD.match(c)]
        if heads:
            column = heads[-1]
            continue
        if column is None or len(cells) <= column:
            continue
        m = _TABLE_NUM.match(cells[column])
        if not m:
            continue
        s = start + line.find(cells[column])
        name = "".join(c for i, c in enumerate(cells) if i != column)
        h = _hit(text, s, s + len(cells[column]), m.group(1), _kind(name))
        if h:
            out.append(h)
    return out


def voucher_amounts(text: str, taken: list[AmountHit]) -> list[AmountHit]:
    """Bare-figure amounts of a voucher that no hit in ``taken`` (``find_amounts``) overlaps."""
    spans = [(h.start, h.end) for h in taken]
    out: list[AmountHit] = []
    for h in _labelled(text) + _table(text):
        if any(h.start < e and s < h.end for s, e in spans):
            continue
        spans.append((h.start, h.end))
        out.append(h)
    if not out and not any(h.kind in ("payment", "fine") for h in taken):
        # a screenshot states the payment alone on its line; elsewhere such a line is a guess
        out = [h for m in ALONE.finditer(text) if (h := _alone(text, m))]
    return sorted(out, key=lambda h: h.start)


def _alone(text: str, m: re.Match[str]) -> AmountHit | None:
    return _hit(text, m.start("num"), m.end("num"), m.group("num"), "payment")
