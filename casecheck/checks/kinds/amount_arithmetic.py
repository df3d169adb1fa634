"""amount_arithmetic — an amount stated as 违法所得/货值金额 equals what its own figures give (EVID-03).

The extractor reads the arithmetic sentence (``A 2袋×9元+B 3盒×28元，货值金额合计102元``) and gives
the stated amount either ``computed`` (what the figures add up to) or ``terms`` (``[[qty, price],
…]`` to be summed as products, or ``[a, b, …]`` to be summed). An amount with neither is not
checked.

Options:
  kinds: amount kinds checked.
  types: documents where the amount is 认定 (an evidence list's partial figures are not).
  support_types: documents whose arithmetic counts only for an amount a ``types`` document 认定s
    (the same kind and value): a 证据提取单 giving 多收费用12次×5元，违法所得合计70元 for the 70元 the
    decision confiscates is checked; a partial sum in an evidence list is not.
  tolerance: yuan of rounding accepted.

Example: ``{"kind": "goods_value", "value": 120, "terms": [[2, 9], [3, 28]]}`` → 102 ≠ 120, one hit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, amounts, docs, evs, yuan

ID = "amount_arithmetic"
# fund_*: 医疗保障基金 losses and sums obtained by fraud
KINDS = (
    "goods_value", "illegal_gain", "business_volume", "contract_fee", "ad_fee", "fund_loss", "fund_fraud",
)  # fmt: skip
OPTIONS = {
    "kinds": Opt(list, list(KINDS)),
    "types": Opt(
        list, ["调查终结报告", "行政处罚事先告知书", "行政处罚决定书", "行政处罚决定审批表", "法制审核意见书"]
    ),
    # 其他: a 货值计算表 page whose title the splitter did not know
    "support_types": Opt(list, ["证据材料", "询问笔录", "现场检查笔录", "其他"]),
    "tolerance": Opt((int, float), 0.01),
}
NAMES = {
    "goods_value": "货值金额",
    "illegal_gain": "违法所得",
    "business_volume": "违法经营额",
    "contract_fee": "约定报酬",
    "ad_fee": "广告费用",
    "fund_loss": "医疗保障基金损失",
    "fund_fraud": "骗取医疗保障基金金额",
}


def _computed(a: dict[str, Any]) -> float | None:
    if isinstance(a.get("computed"), int | float):
        return float(a["computed"])
    terms = a.get("terms")
    if not terms:
        return None
    total = 0.0
    for t in terms:
        if isinstance(t, list | tuple):
            prod = 1.0
            for x in t:
                prod *= float(x)
            total += prod
        else:
            total += float(t)
    return round(total, 2)


def _column_sums(doc: dict[str, Any], held: set[tuple[str, Any]]) -> list[dict[str, Any]]:
    """A money column's total that names no kind (收款记录统计表 金额（元） 合计), read as the held
    amount it equals (the 违法所得 a deciding document states from it)."""
    out = []
    for a in amounts(doc, "column_sum"):
        kind = next((k for k, v in sorted(held, key=str) if v == a.get("value")), None)
        if kind is not None:
            out.append({**a, "kind": kind})
    return out


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per stated amount that its figures do not give."""
    seen: set[tuple[str, float]] = set()
    found = docs(facts, *opts["types"])
    held = {(a["kind"], a.get("value")) for d in found for a in amounts(d, *opts["kinds"])}
    for doc in [*found, *docs(facts, *opts["support_types"])]:
        for a in [*amounts(doc, *opts["kinds"]), *_column_sums(doc, held)]:
            if doc not in found and (a["kind"], a.get("value")) not in held:
                continue
            want, stated = _computed(a), a.get("value")
            if want is None or not isinstance(stated, int | float) or (a["kind"], stated) in seen:
                continue
            if abs(want - stated) > opts["tolerance"]:
                seen.add((a["kind"], stated))
                yield Hit(
                    {
                        "what": NAMES.get(a["kind"], a["kind"]),
                        "stated": yuan(stated),
                        "computed": yuan(want),
                        "document": doc.get("ref"),
                    },
                    evs(a.get("evidence")),
                )
