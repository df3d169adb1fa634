"""Features of one case for the risk scorer, built from its review record and its ``CaseFacts``.

Two parts, both fixed by ``SCHEMA`` (a model trained on one schema refuses another):

* ``numeric`` — a dict with exactly the names of ``NUMERIC_FEATURES``: rule outcomes (findings per
  defect code, by severity, unreviewable checks), structure (documents by type, counts, pages),
  timeline gaps in days (filing → decision, decision → service …), amounts (the fine, its place in
  the statutory range of the cited penalty provision, the proposed fine), and what the decision,
  the 调查终结报告 and the 笔录 state (discretion level, markers, which event dates the fact
  statement carries).
* ``text`` — the text the facts keep of the fact and reasoning sections: every evidence quote of
  the decision, the 调查终结报告 and the 询问/现场/陈述申辩 笔录 (dates as written, amounts, the
  discretion reason, marker phrases such as a 主动消除 in a 笔录), one line per document, each
  prefixed with the document type. The model reads it with character 1–3-grams.

``CaseFacts`` carry no full document text, so ``text`` is what extraction quoted. Numbers and
Latin letters are folded (``0``/``A``) so that names of amounts and ids do not become n-grams.

Layering: reads records and facts only (and the law catalog for statutory ranges).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

FEATURE_VERSION = 1

# The defect codes the schema counts (../shared/contract/defects.yaml, version 1); codes are
# never renumbered, so a finding with a code added later is counted in ``findings_other``.
CODES: tuple[str, ...] = (
    "SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04",
    "EVID-01", "EVID-02", "EVID-03",
    "LAW-01", "LAW-02", "LAW-03", "LAW-04", "LAW-05",
    "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07",
    "PROC-08", "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13",
    "DISC-01", "DISC-02", "DISC-03",
    "DOC-01", "DOC-02", "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09",
    "SERV-01", "SERV-02", "SERV-03",
    "EXEC-01", "EXEC-02",
    "ARCH-01",
)  # fmt: skip
DOC_TYPES: tuple[str, ...] = (
    "卷内目录", "案件来源登记表", "立案审批表", "现场检查笔录", "询问笔录", "证据材料", "调查终结报告",
    "法制审核意见书", "集体讨论记录", "听证告知书", "行政处罚事先告知书", "陈述申辩笔录", "听证通知书",
    "听证笔录", "听证报告", "行政处罚决定审批表", "当场行政处罚决定书", "不予行政处罚决定书",
    "行政处罚决定书", "送达回证", "缴款凭证", "延期审批表", "结案审批表", "公示记录", "音像记录",
    "涉嫌犯罪案件移送书", "委托书", "备考表", "其他",
)  # fmt: skip
SEVERITIES = ("veto", "deduct", "warn", "info")
PROCEDURES = ("普通", "简易", "不予处罚")
LEVELS = ("从轻", "一般", "从重", "减轻", "不予")
MARKER_NAMES = (
    "showed_certificate", "recusal_notice", "statement_waived", "hearing_requested", "hearing_held",
    "extension_approved", "av_record", "publication", "referral", "entrustment", "correction_ordered",
    "mitigation_ground", "mitigation_applied", "on_spot_service", "left_service_record", "education",
    "first_offence",
)  # fmt: skip
# Timeline gaps (from, to) in days; a missing end point gives 0 and a ``missing`` flag.
GAPS: tuple[tuple[str, str], ...] = (
    ("violation", "filing"),
    ("filing", "investigation_end"),
    ("filing", "notice"),
    ("notice", "notice_served"),
    ("notice_served", "decision"),
    ("filing", "decision"),
    ("decision", "decision_served"),
    ("decision", "payment"),
    ("decision", "closing"),
)
# Event dates a fact statement may carry (the time element of EVID-02).
FACT_DATE_KEYS = ("violation", "violation_end", "discovered", "investigation", "filing", "complaint")
AMOUNT_KINDS = (
    "fine",
    "confiscation",
    "illegal_gain",
    "goods_value",
    "late_fine",
    "payment",
    "proposed_fine",
)
FACT_DOCS = ("行政处罚决定书", "调查终结报告")
DECISION_TYPES = ("行政处罚决定书", "当场行政处罚决定书", "不予行政处罚决定书")
TEXT_DOCS = (*DECISION_TYPES, "调查终结报告", "询问笔录", "现场检查笔录", "陈述申辩笔录", "听证笔录")


def _numeric_names() -> tuple[str, ...]:
    names: list[str] = [f"finding:{c}" for c in CODES]
    names += ["findings_other", "findings_total", "points_total"]
    names += [f"severity:{s}" for s in SEVERITIES]
    names += [f"unreviewable:{c}" for c in CODES] + ["unreviewable_total"]
    names += [f"doc:{t}" for t in DOC_TYPES] + ["documents_total", "pages_total", "doc_undated"]
    names += [f"procedure:{p}" for p in PROCEDURES] + ["party_unit"]
    for a, b in GAPS:
        names += [f"gap:{a}>{b}", f"gap_missing:{a}>{b}", f"gap_negative:{a}>{b}"]
    names += ["fine_log", "fine_missing", "fine_in_range", "fine_range_known", "fine_below_min"]
    names += ["fine_at_min", "fine_at_max", "fine_vs_proposed", "confiscation_log"]
    names += [f"level:{lv}" for lv in LEVELS] + ["level_missing", "level_tier_only", "reason_chars"]
    names += [f"marker_any:{m}" for m in MARKER_NAMES]
    names += [f"marker_decision:{m}" for m in MARKER_NAMES]
    names += ["mitigation_ground_not_decision"]
    for key in FACT_DATE_KEYS:
        names += [f"factdate_decision:{key}", f"factdate_report:{key}"]
    names += [f"amount_decision:{k}" for k in AMOUNT_KINDS]
    names += [f"amount_report:{k}" for k in AMOUNT_KINDS]
    names += ["decision_dates_total", "report_dates_total", "decision_quotes_chars", "citations_total"]
    return tuple(names)


NUMERIC_FEATURES: tuple[str, ...] = _numeric_names()
TEXT_CONFIG = {"analyzer": "char", "ngram_range": [1, 3], "source": "evidence_quotes_v1"}


def schema() -> dict[str, Any]:
    """The feature schema a model is trained on: version, numeric names and the text config."""
    return {"version": FEATURE_VERSION, "numeric": list(NUMERIC_FEATURES), "text": TEXT_CONFIG}


def schema_hash() -> str:
    """A short digest of ``schema()``; stored with a model and compared on load."""
    blob = json.dumps(schema(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


def _value(fact: Any) -> Any:
    return fact.get("value") if isinstance(fact, Mapping) else fact


def _date(fact: Any) -> date | None:
    v = _value(fact)
    if not isinstance(v, str) or len(v) < 10:
        return None
    try:
        return date.fromisoformat(v[:10])
    except ValueError:
        return None


def _docs(facts: Mapping[str, Any], *types: str) -> list[Mapping[str, Any]]:
    return [d for d in facts.get("documents") or [] if d.get("doc_type") in types]


def _record_dict(record: Any) -> Mapping[str, Any]:
    """A record object (``ReviewRecord``) or its dict form, as a dict."""
    return record.to_dict() if hasattr(record, "to_dict") else record


def _rule_features(rec: Mapping[str, Any], out: dict[str, float]) -> None:
    for f in rec.get("findings") or []:
        code = f.get("code")
        if f"finding:{code}" in out:
            out[f"finding:{code}"] += 1
        else:
            out["findings_other"] += 1
        out["findings_total"] += 1
        out["points_total"] += float(f.get("points") or 0)
        sev = f.get("severity")
        if f"severity:{sev}" in out:
            out[f"severity:{sev}"] += 1
    for u in rec.get("unreviewable") or []:
        key = f"unreviewable:{u.get('code')}"
        if key in out:
            out[key] = 1.0
        out["unreviewable_total"] += 1


def _structure(facts: Mapping[str, Any], out: dict[str, float]) -> None:
    docs = facts.get("documents") or []
    for d in docs:
        key = f"doc:{d.get('doc_type')}"
        out[key if key in out else "doc:其他"] += 1
        out["doc_undated"] += _date(d.get("date")) is None
    out["documents_total"] = len(docs)
    out["pages_total"] = float(facts.get("page_count") or 0)
    proc = facts.get("procedure")
    if f"procedure:{proc}" in out:
        out[f"procedure:{proc}"] = 1.0
    out["party_unit"] = float(_value((facts.get("party") or {}).get("kind")) == "单位")


def _timeline(facts: Mapping[str, Any], out: dict[str, float]) -> None:
    tl = facts.get("timeline") or {}
    for a, b in GAPS:
        da, db = _date(tl.get(a)), _date(tl.get(b))
        if da is None or db is None:
            out[f"gap_missing:{a}>{b}"] = 1.0
            continue
        days = (db - da).days
        out[f"gap:{a}>{b}"] = math.copysign(math.log1p(abs(days)), days)
        out[f"gap_negative:{a}>{b}"] = float(days < 0)


def _fine_range(facts: Mapping[str, Any], fine: float) -> tuple[float, float] | None:
    """(min, max) of the first cited penalty provision the catalog can bound, or None."""
    from casecheck.laws import catalog

    day = _date((facts.get("timeline") or {}).get("decision")) or _date(
        (facts.get("timeline") or {}).get("violation")
    )
    if day is None:
        return None
    kind = _value((facts.get("party") or {}).get("kind"))
    for c in facts.get("citations") or []:
        if c.get("role") != "penalty" or not c.get("article"):
            continue
        title = catalog.resolve_title(c.get("law") or "")
        if title is None:
            continue
        ref = f"{c['article']}之{c['sub']}" if c.get("sub") else c["article"]
        try:
            r = catalog.penalty_range(title, day, ref, c.get("paragraph"), c.get("item"), kind)
        except (KeyError, ValueError):
            continue
        if r is not None and r.min_yuan is not None and r.max_yuan is not None and r.confidence != "low":
            return float(r.min_yuan), float(r.max_yuan)
    return None


def _amounts(facts: Mapping[str, Any], out: dict[str, float]) -> None:
    pen = facts.get("penalty") or {}
    fine = _value(pen.get("fine"))
    conf = _value(pen.get("confiscation"))
    if isinstance(conf, int | float):
        out["confiscation_log"] = math.log1p(max(conf, 0))
    if not isinstance(fine, int | float) or fine <= 0:
        out["fine_missing"] = 1.0
        return
    out["fine_log"] = math.log1p(fine)
    rng = _fine_range(facts, float(fine))
    if rng:
        lo, hi = rng
        out["fine_range_known"] = 1.0
        out["fine_in_range"] = (fine - lo) / (hi - lo) if hi > lo else 0.5
        out["fine_below_min"] = float(fine < lo - 0.005)
        out["fine_at_min"] = float(abs(fine - lo) < 0.005)
        out["fine_at_max"] = float(abs(fine - hi) < 0.005)
    proposed = [
        _value((d.get("penalty") or {}).get("proposed_fine"))
        for d in _docs(facts, "行政处罚事先告知书", "听证告知书")
    ]
    proposed = [p for p in proposed if isinstance(p, int | float) and p > 0]
    if proposed:
        out["fine_vs_proposed"] = math.log(fine / proposed[0])


def _statements(facts: Mapping[str, Any], out: dict[str, float], memo: _Memo | None = None) -> None:
    dec = next(iter(_docs(facts, *DECISION_TYPES)), None) or {}
    reports = _docs(facts, "调查终结报告")
    disc = dec.get("discretion") or {}
    level = disc.get("level")
    if level == "不予处罚":
        level = "不予"
    if f"level:{level}" in out:
        out[f"level:{level}"] = 1.0
    else:
        out["level_missing"] = 1.0
    out["level_tier_only"] = float(disc.get("form") == "tier")
    out["reason_chars"] = math.log1p(len(disc.get("reason") or ""))
    for d in facts.get("documents") or []:
        for m in d.get("markers") or {}:
            if f"marker_any:{m}" in out:
                out[f"marker_any:{m}"] = 1.0
                if d.get("doc_type") in DECISION_TYPES:
                    out[f"marker_decision:{m}"] = 1.0
                elif m == "mitigation_ground":
                    out["mitigation_ground_not_decision"] = 1.0
    for prefix, docs in (("decision", [dec] if dec else []), ("report", reports)):
        for d in docs:
            dates = d.get("dates") or {}
            for key in FACT_DATE_KEYS:
                if _date(dates.get(key)) is not None:
                    out[f"factdate_{prefix}:{key}"] = 1.0
            out[f"{prefix}_dates_total"] += len(dates)
            for a in d.get("amounts") or []:
                if f"amount_{prefix}:{a.get('kind')}" in out:
                    out[f"amount_{prefix}:{a.get('kind')}"] = 1.0
    out["decision_quotes_chars"] = math.log1p(sum(len(q) for q in _quotes_of(dec, memo)))
    out["citations_total"] = float(len(facts.get("citations") or []))


def _quotes(obj: Any) -> list[str]:
    """Every evidence quote inside ``obj``, in document order (sorted by start offset)."""
    found: list[tuple[int, str]] = []

    def walk(o: Any) -> None:
        # exact type checks: facts are plain JSON-like dicts and lists, and ABC checks cost time
        if type(o) is dict:
            q = o.get("quote")
            if type(q) is str and q:
                start = o.get("start")
                found.append((start if type(start) is int else 1 << 30, q))
            for v in o.values():
                if type(v) is dict or type(v) is list:
                    walk(v)
        elif type(o) is list:
            for v in o:
                if type(v) is dict or type(v) is list:
                    walk(v)

    walk(obj)
    seen: set[str] = set()
    out = []
    for _, q in sorted(found, key=lambda x: x[0]):
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out


_Memo = dict[int, list[str]]  # a document's ``_quotes`` by its id, within one ``case_features``


def _quotes_of(doc: Mapping[str, Any], memo: _Memo | None) -> list[str]:
    """``_quotes(doc)``, walked once per case: the decision's are read for its feature and its
    text. The list is shared: callers only read it."""
    if memo is None or not doc:  # (an empty stand-in for a missing decision has no quotes)
        return _quotes(doc)
    found = memo.get(id(doc))
    if found is None:
        found = memo[id(doc)] = _quotes(doc)
    return found


_DIGITS = re.compile(r"[0-9０-９]")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


def case_text(facts: Mapping[str, Any], memo: _Memo | None = None) -> str:
    """The text the scorer reads: evidence quotes of the fact-bearing documents, one line each
    (``memo``: quotes already collected, see ``_quotes_of``)."""
    lines = []
    for d in facts.get("documents") or []:
        if d.get("doc_type") in TEXT_DOCS:
            body = " ".join(_quotes_of(d, memo))
            lines.append(f"{d['doc_type']}：{body}")
    return _LATIN.sub("A", _DIGITS.sub("0", "\n".join(lines)))


def case_features(facts: Mapping[str, Any], record: Any) -> tuple[dict[str, float], str]:
    """``(numeric, text)`` for one case; ``numeric`` has exactly the names of ``NUMERIC_FEATURES``."""
    out = dict.fromkeys(NUMERIC_FEATURES, 0.0)
    memo: _Memo = {}  # the facts are not changed meanwhile: ids stay the documents'
    _rule_features(_record_dict(record), out)
    _structure(facts, out)
    _timeline(facts, out)
    _amounts(facts, out)
    _statements(facts, out, memo)
    return out, case_text(facts, memo)


def vector(numeric: Mapping[str, float]) -> list[float]:
    """``numeric`` as a list in ``NUMERIC_FEATURES`` order."""
    return [float(numeric[n]) for n in NUMERIC_FEATURES]
