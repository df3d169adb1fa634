"""Risk factors: which features moved a case's score, with a Chinese sentence for each.

The risk score is linear in the features before calibration, so a feature's contribution is exact:
``weight × (value − training mean)`` (numeric features are standardised, so their mean is 0). The
factors are the largest contributions by magnitude, ties broken by feature name, so a fixed model
and input always give the same factors.

``text`` says what the feature is about; the report appends whether it raised or lowered the risk.
"""

from __future__ import annotations

from collections.abc import Sequence
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
FIXED_WORDS = {
    "findings_other": "规则发现其他类型的问题",
    "findings_total": "规则发现的问题数量",
    "points_total": "规则扣分",
    "unreviewable_total": "无法评查的项目数量",
    "documents_total": "卷内文书数量",
    "pages_total": "案卷页数",
    "doc_undated": "未注明落款日期的文书数量",
    "party_unit": "当事人为单位",
    "fine_log": "罚款数额",
    "fine_missing": "未处以罚款或未识别罚款数额",
    "fine_in_range": "罚款在法定幅度内所处的位置",
    "fine_range_known": "罚款的法定幅度可以确定",
    "fine_below_min": "罚款低于法定最低限额",
    "fine_at_min": "罚款为法定最低限额",
    "fine_at_max": "罚款为法定最高限额",
    "fine_vs_proposed": "决定罚款与告知书拟罚款的差异",
    "confiscation_log": "没收数额",
    "level_missing": "决定书未写明裁量档次",
    "level_tier_only": "决定书仅以档次措辞说明裁量",
    "reason_chars": "裁量理由的篇幅",
    "mitigation_ground_not_decision": "笔录等文书记载了法定从轻减轻情节",
    "decision_dates_total": "决定书载明的日期数量",
    "report_dates_total": "调查终结报告载明的日期数量",
    "decision_quotes_chars": "决定书可识别要素的篇幅",
    "citations_total": "引用法条数量",
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
    "late_fine": "加处罚款",
    "payment": "缴款金额",
    "proposed_fine": "拟罚款",
}


def feature_text(name: str, value: float | None = None, present: bool | None = None) -> str:
    """A reviewer's sentence for feature ``name`` (``present`` says whether a text n-gram occurs)."""
    kind, _, key = name.partition(":")
    if kind == "finding":
        return f"规则发现 {key} 问题"
    if kind == "severity":
        return {"veto": "存在否决项", "deduct": "存在扣分项", "warn": "存在提示项", "info": "存在说明项"}[key]
    if kind == "unreviewable":
        return f"{key} 无法评查"
    if kind == "doc":
        return f"卷内{key}的数量"
    if kind == "procedure":
        return f"案件适用{key}程序" if key != "不予处罚" else "案件为不予处罚"
    if kind in ("gap", "gap_missing", "gap_negative"):
        a, _, b = key.partition(">")
        span = f"{GAP_WORDS.get(a, a)}至{GAP_WORDS.get(b, b)}"
        return {
            "gap": f"{span}的间隔天数",
            "gap_missing": f"{span}的日期不全",
            "gap_negative": f"{span}的日期顺序倒置",
        }[kind]
    if kind == "level":
        return f"决定书按{LEVEL_WORDS.get(key, key)}情节处罚"
    if kind == "marker_any":
        return f"卷内记载{MARKER_WORDS.get(key, key)}"
    if kind == "marker_decision":
        return f"决定书记载{MARKER_WORDS.get(key, key)}"
    if kind in ("factdate_decision", "factdate_report"):
        doc = "决定书" if kind.endswith("decision") else "调查终结报告"
        return f"{doc}载明{DATE_WORDS.get(key, key)}"
    if kind in ("amount_decision", "amount_report"):
        doc = "决定书" if kind.endswith("decision") else "调查终结报告"
        return f"{doc}载明{AMOUNT_WORDS.get(key, key)}"
    if kind == "text":
        shown = key.replace("\n", "⏎").replace(" ", "␣")
        return f"文书{'出现' if present else '未出现'}“{shown}”字样"
    return FIXED_WORDS.get(name, name)


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
                "text": feature_text(name, float(values[i]), present=bool(values[i] > 0)),
            }
        )
    return out
