"""Risk factors: which features moved a case's score, with a Chinese sentence for each.

The risk score is linear in the features before calibration, so a feature's contribution is exact:
``weight × (value − training mean)`` (numeric features are standardised, so their mean is 0). The
factors are the largest contributions by magnitude, ties broken by feature name, so a fixed model
and input always give the same factors.

``text`` says what the case shows for the feature (``调查终结报告未载明违法行为发生时间``); the report
appends whether it raised or lowered the risk.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

GAP_WORDS = {
    "violation": "违法行为",
    "filing": "立案",
    "investigation_end": "调查终结",
    "notice": "事先告知",
    "notice_served": "告知书送达",
    "decision": "作出决定",
    "decision_served": "决定书送达",
    "payment": "缴款",
    "closing": "结案",
}
LEVEL_WORDS = {"从轻": "从轻", "一般": "一般", "从重": "从重", "减轻": "减轻", "不予": "不予处罚"}
MARKER_WORDS = {
    "showed_certificate": "执法人员出示证件",
    "recusal_notice": "告知申请回避",
    "statement_waived": "当事人放弃陈述申辩",
    "hearing_requested": "当事人申请听证",
    "hearing_held": "举行听证",
    "extension_approved": "延长办案期限经批准",
    "av_record": "执法音像记录",
    "publication": "处罚信息公示",
    "referral": "涉嫌犯罪移送",
    "entrustment": "委托执法",
    "correction_ordered": "责令改正",
    "mitigation_ground": "法定从轻减轻情节",
    "mitigation_applied": "决定书适用从轻减轻",
    "on_spot_service": "当场送达",
    "left_service_record": "留置送达见证",
    "education": "批评教育",
    "first_offence": "初次违法",
}
# (above the training mean / present, below it / absent)
FIXED_WORDS = {
    "findings_other": ("规则发现其他类型的问题", "规则未发现其他类型的问题"),
    "findings_total": ("规则发现的问题较多", "规则发现的问题较少"),
    "points_total": ("规则扣分较多", "规则扣分较少"),
    "unreviewable_total": ("无法评查的项目较多", "无法评查的项目较少"),
    "documents_total": ("卷内文书较多", "卷内文书较少"),
    "pages_total": ("案卷页数较多", "案卷页数较少"),
    "doc_undated": ("未注明落款日期的文书较多", "文书大多注明落款日期"),
    "party_unit": ("当事人为单位", "当事人为个人"),
    "fine_log": ("罚款数额较大", "罚款数额较小"),
    "fine_missing": ("未处以罚款或未识别罚款数额", "处以罚款"),
    "fine_in_range": ("罚款在法定幅度中位置偏高", "罚款在法定幅度中位置偏低"),
    "fine_range_known": ("罚款的法定幅度可以确定", "罚款的法定幅度无法确定"),
    "fine_below_min": ("罚款低于法定最低限额", "罚款不低于法定最低限额"),
    "fine_at_min": ("罚款为法定最低限额", "罚款不是法定最低限额"),
    "fine_at_max": ("罚款为法定最高限额", "罚款不是法定最高限额"),
    "fine_vs_proposed": ("决定罚款高于告知书拟罚款", "决定罚款不高于告知书拟罚款"),
    "confiscation_log": ("没收数额较大", "没收数额较小或无没收"),
    "level_missing": ("决定书未写明裁量档次", "决定书写明了裁量档次"),
    "level_tier_only": ("决定书仅以档次措辞说明裁量", "决定书明确说明裁量情节"),
    "reason_chars": ("裁量理由较详细", "裁量理由较简略或缺失"),
    "mitigation_ground_not_decision": (
        "笔录等文书记载了法定从轻减轻情节",
        "笔录等文书未记载法定从轻减轻情节",
    ),
    "decision_dates_total": ("决定书载明的日期较多", "决定书载明的日期较少"),
    "report_dates_total": ("调查终结报告载明的日期较多", "调查终结报告载明的日期较少或无报告"),
    "decision_quotes_chars": ("决定书可识别的要素较多", "决定书可识别的要素较少"),
    "citations_total": ("引用法条较多", "引用法条较少"),
}
DATE_WORDS = {
    "violation": "违法行为发生时间",
    "violation_end": "违法行为终了时间",
    "discovered": "发现违法行为的时间",
    "investigation": "调查时间",
    "filing": "立案时间",
    "complaint": "投诉举报时间",
}
AMOUNT_WORDS = {
    "fine": "罚款",
    "confiscation": "没收金额",
    "illegal_gain": "违法所得",
    "goods_value": "货值金额",
    "business_volume": "违法经营额",
    "contract_fee": "约定报酬",
    "fund_loss": "医疗保障基金损失",
    "fund_fraud": "骗取医疗保障基金金额",
    "seized": "收缴金额",
    "late_fine": "加处罚款",
    "payment": "缴款金额",
    "proposed_fine": "拟罚款",
    "installment": "分期缴纳金额",
}


@cache
def _code_names() -> dict[str, str]:
    """Code → name from the contract's ``defects.yaml`` (libyaml's parser: the pure-Python one took
    ~13 ms, on the first case of every batch worker)."""
    from casecheck.resources import load_yaml, rules_dir

    data = load_yaml((rules_dir() / "contract" / "defects.yaml").read_text(encoding="utf-8"))
    return {c["code"]: c["name"] for c in data.get("codes", [])}


def code_name(code: str) -> str:
    """The contract's Chinese name of a defect code (the code itself when unknown)."""
    return _code_names().get(code, code)


def feature_text(name: str, present: bool = True) -> str:
    """A reviewer's phrase for feature ``name``; ``present`` says whether the case's value is above
    the training mean (for a 0/1 feature: the thing is there; for a text n-gram: it occurs)."""
    kind, _, key = name.partition(":")
    yes = present
    if kind == "finding":
        return f"规则{'发现' if yes else '未发现'}“{code_name(key)}”（{key}）"
    if kind == "severity":
        words = {"veto": "否决项", "deduct": "扣分项", "warn": "提示项", "info": "说明项"}[key]
        return f"{'存在' if yes else '不存在'}{words}"
    if kind == "unreviewable":
        return f"“{code_name(key)}”（{key}）{'无法评查' if yes else '可以评查'}"
    if kind == "doc":
        return f"卷内{'有' if yes else '无'}{key}"
    if kind == "procedure":
        label = "不予处罚" if key == "不予处罚" else f"{key}程序"
        return f"案件{'' if yes else '不'}属于{label}"
    if kind in ("gap", "gap_missing", "gap_negative"):
        a, _, b = key.partition(">")
        span = f"{GAP_WORDS.get(a, a)}至{GAP_WORDS.get(b, b)}"
        if kind == "gap":
            return f"{span}的间隔{'较长' if yes else '较短'}"
        if kind == "gap_missing":
            return f"{span}的日期{'不全' if yes else '齐全'}"
        return f"{span}的日期{'顺序倒置' if yes else '顺序正常'}"
    if kind == "level":
        return f"决定书{'' if yes else '未'}按{LEVEL_WORDS.get(key, key)}情节处罚"
    if kind in ("marker_any", "marker_decision"):
        where = "卷内" if kind == "marker_any" else "决定书"
        return f"{where}{'记载' if yes else '未记载'}{MARKER_WORDS.get(key, key)}"
    if kind in ("factdate_decision", "factdate_report"):
        doc = "决定书" if kind.endswith("decision") else "调查终结报告"
        return f"{doc}{'载明' if yes else '未载明'}{DATE_WORDS.get(key, key)}"
    if kind in ("amount_decision", "amount_report"):
        doc = "决定书" if kind.endswith("decision") else "调查终结报告"
        return f"{doc}{'载明' if yes else '未载明'}{AMOUNT_WORDS.get(key, key)}"
    if kind == "text":
        shown = key.replace("\n", "⏎").replace(" ", "␣")
        return f"文书{'出现' if yes else '未出现'}“{shown}”字样"
    pair = FIXED_WORDS.get(name)
    return (pair[0] if yes else pair[1]) if pair else name


def top_factors(
    weights: np.ndarray,
    values: np.ndarray,
    means: np.ndarray,
    names: Sequence[str],
    k: int = 5,
) -> list[dict[str, Any]]:
    """The ``k`` largest contributions ``weights × (values − means)`` as contract factors.

    Each factor is ``{"feature", "weight", "text"}``; ``weight`` is the signed contribution to the
    score's logit, rounded to 4 places; zero contributions are left out.
    """
    contrib = weights * (values - means)
    mag = np.round(np.abs(contrib), 9)
    nonzero = int(np.count_nonzero(mag))
    if nonzero == 0:
        return []
    kth = np.partition(mag, -min(k, nonzero))[-min(k, nonzero)]
    candidates = np.flatnonzero(mag >= max(kth, 1e-9))  # ties at the cut are kept, then named
    order = sorted(candidates.tolist(), key=lambda i: (-float(mag[i]), names[i]))
    out = []
    for i in order[:k]:
        name = names[i]
        out.append(
            {
                "feature": name,
                "weight": round(float(contrib[i]), 4),
                "text": feature_text(name, present=bool(values[i] > 0)),
            }
        )
    return out
