"""remedy_clause — the decision states the 复议/诉讼 route and periods correctly (DOC-02).

Options:
  review_days: the 复议 period (行政复议法 第二十条: 60).
  litigation_months: accepted 诉讼 periods (行政诉讼法 第四十六条: 6).
  old_litigation_months / litigation_reform_date: the periods accepted for a decision made before
    that date (行政诉讼法(1989) 第三十九条: 3 months, until the 2014 amendment took effect on
    2015-05-01); an undated decision may state either.
  reform_date: from this decision date the 本级人民政府 reviews (行政复议法(2023) 第二十四条).
  vertical_pattern: agencies still reviewed by the 上一级主管部门 (海关、税务、金融、外汇、国家安全、
    消防救援); for the others a 复议机关 that is not a 人民政府 is wrong from ``reform_date``.
  summary_types: on-the-spot decisions, which from ``reform_date`` must state 复议前置.
  types: the other decisions checked (a 不予行政处罚决定书 can be contested the same way).
  periods: judge the 复议 and 诉讼 periods.
  body: judge the 复议机关 (from ``reform_date``).
  review_first: which omissions of 复议前置 on a summary decision are hits — ``offered`` (the
    clause offers a suit beside the review: a period for it, 或者…提起行政诉讼; what it says shows
    the defect), ``silent`` (the clause names no suit either: the defect is what it leaves out),
    ``any``, or ``off``.

A decision without a remedy clause is DOC-01's matter (no hit here).

Example: ``{"review_days": 15}`` → ``{"detail": "复议期限写为15日，应为60日"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_date, docs, event, evs, to_date, value

ID = "remedy_clause"
OPTIONS = {
    "review_days": Opt(int, 60),
    "litigation_months": Opt(list, [6]),
    "old_litigation_months": Opt(list, [3]),
    "litigation_reform_date": Opt(str, "2015-05-01"),
    "reform_date": Opt(str, "2024-01-01"),
    "vertical_pattern": Opt(str, "海关|税务|金融|外汇|国家安全|证券|银行保险|消防救援"),
    "summary_types": Opt(list, ["当场行政处罚决定书"]),
    "types": Opt(list, ["行政处罚决定书", "不予行政处罚决定书"]),
    "periods": Opt(bool, True),
    "body": Opt(bool, True),
    "review_first": Opt(str, "any", ("any", "offered", "silent", "off")),
}


# events that happen before a decision: the latest known dates it from below when its own date is lost
_BEFORE_DECISION = ("violation", "violation_end", "discovered", "investigation", "filing", "notice")
# …and events after it: one before the reform dates it from above (served or paid in 2023)
_AFTER_DECISION = ("decision_served", "payment", "closing")


def _problems(
    doc: dict[str, Any], remedy: dict[str, Any], opts: dict[str, Any], amended: bool | None
) -> Iterator[str]:
    """What is wrong with the clause's periods; ``amended``: the decision was made under the 2014
    行政诉讼法 (from ``litigation_reform_date``), False before, None unknown (either period)."""
    days, months = remedy.get("review_days"), remedy.get("litigation_months")
    if days is not None and days != opts["review_days"]:
        yield f"复议期限写为{days}日，应为{opts['review_days']}日"
    if days is None and remedy.get("review_months") is not None:
        # 两个月 is not the 六十日 the law sets (行政复议法 第二十条)
        yield f"复议期限写为{remedy['review_months']}个月，应为{opts['review_days']}日"
    if amended is None:
        allowed = [*opts["litigation_months"], *opts["old_litigation_months"]]
    else:
        allowed = opts["litigation_months"] if amended else opts["old_litigation_months"]
    if months is not None and months not in allowed:
        yield f"诉讼期限写为{months}个月，应为{'或'.join(map(str, allowed))}个月"


def _reform_problems(doc: dict[str, Any], remedy: dict[str, Any], opts: dict[str, Any]) -> Iterator[str]:
    """What would be wrong with the clause under the 行政复议法 in force from ``reform_date``."""
    body = remedy.get("review_body")
    agency = str(value(doc.get("agency")) or value(doc.get("issuer")) or "")
    vertical = re.search(opts["vertical_pattern"], agency + str(body or ""))
    wrong_body = body and not vertical and (re.search("上一级|上级", body) or "人民政府" not in body)
    if opts["body"] and wrong_body:
        yield f"复议机关写为“{body}”，{opts['reform_date']}起应为本级人民政府"
    if opts["review_first"] != "off" and doc.get("doc_type") in opts["summary_types"]:
        yield from _review_first(remedy, opts["review_first"])


def _review_first(remedy: dict[str, Any], mode: str) -> Iterator[str]:
    """复议前置 left untold on a summary decision, as ``mode`` (the ``review_first`` option) takes it."""
    if remedy.get("review_first"):
        return
    offered = bool(remedy.get("direct_suit"))
    if mode == "offered" and offered:
        yield "当场处罚决定告知可直接提起行政诉讼，未告知应当先申请行政复议（复议前置）"
    elif mode == "any" or (mode == "silent" and not offered):
        yield "当场处罚决定未告知应当先申请行政复议（复议前置）"


def _decided_after_reform(facts: dict[str, Any], doc: dict[str, Any], reform: str) -> bool | None:
    """Whether the decision was made from ``reform`` on: by its own date, else by an earlier event
    of the case on or after that day (a 2024 violation is decided in 2024 or later); ``None``:
    unknown."""
    decided = doc_date(doc)[0] or event(facts, "decision")[0]
    if decided is not None:
        return decided.isoformat() >= reform
    timeline = facts.get("timeline") or {}
    before = [d for k in _BEFORE_DECISION if (d := to_date(timeline.get(k))) is not None]
    if before and max(before).isoformat() >= reform:
        return True
    after = [d for k in _AFTER_DECISION if (d := to_date(timeline.get(k))) is not None]
    return False if after and min(after).isoformat() < reform else None


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per wrong element of the remedy clause."""
    for doc in docs(facts, *opts["types"], *opts["summary_types"]):
        remedy = doc.get("remedy")
        if not remedy:
            continue
        amended = _decided_after_reform(facts, doc, opts["litigation_reform_date"])
        found = list(_problems(doc, remedy, opts, amended)) if opts["periods"] else []
        reform = list(_reform_problems(doc, remedy, opts))
        after = _decided_after_reform(facts, doc, opts["reform_date"]) if reform else False
        if after:
            found += reform
        elif after is None:
            yield Unknown(
                f"{doc.get('ref')} 未识别决定日期，无法判断是否适用{opts['reform_date']}起施行的行政复议法："
                + "；".join(reform)
            )
        for detail in found:
            yield Hit({"document": doc.get("ref"), "detail": detail}, evs(remedy.get("evidence")))
