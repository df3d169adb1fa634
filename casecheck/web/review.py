"""A reviewer's work on one case: decisions, added findings, judgement items, sign-off.

Decisions are written twice: per finding in ``web_decisions`` (what the case view and the
score use; a finding is named by its stable identity, ``finding_keys``, never by its position,
so a case reviewed again from the command line cannot hand an old decision to another finding —
a decision whose finding is gone is *stale*, shown as such and not counted) and per rule into
the store's ``decisions`` table (``confirm`` → ``accept``,
``dismiss`` → ``reject``; an added finding or a judgement item under its defect code), which
is what ``casecheck campaign export-feedback`` and ``casecheck train --feedback`` read.

The reviewed score uses the profile's points: confirmed and undecided findings count as the
program scored them, dismissed ones do not, added ones deduct their rule's points, and a
judgement item found defective deducts the points the reviewer gave it (at most
``JUDGEMENT_MAX_POINTS``).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from casecheck.batch.store import CampaignStore
from casecheck.web import db
from casecheck.web.audit import log
from casecheck.web.auth import User

JUDGEMENT_MAX_POINTS = 10.0
VERDICTS = ("ok", "defect")


def _identity(f: dict[str, Any]) -> str:
    """A finding's identity: rule, and its first evidence's document, page and quote (Unicode
    NFKC, whitespace removed), hashed."""
    ev = (f.get("evidence") or [{}])[0] or {}
    quote = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(ev.get("quote") or "")))
    raw = json.dumps([f.get("rule"), ev.get("document"), ev.get("page"), quote], ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def finding_keys(findings: list[dict[str, Any]]) -> list[str]:
    """Stable keys of a record's findings, in order; the n-th finding with one identity gets ``.n``."""
    seen: Counter = Counter()
    out = []
    for f in findings:
        key = _identity(f)
        seen[key] += 1
        out.append(key if seen[key] == 1 else f"{key}.{seen[key]}")
    return out


@dataclass
class CaseWork:
    """Everything reviewers recorded on one version of a case (decisions by finding key)."""

    decisions: dict[str, dict[str, Any]] = field(default_factory=dict)
    added: list[dict[str, Any]] = field(default_factory=list)
    judgements: dict[str, dict[str, Any]] = field(default_factory=dict)
    signoff: dict[str, Any] | None = None


def load_work(engine: sa.Engine, case_row: int, version: int) -> CaseWork:
    """The latest decision per finding, the added findings, judgements and the last sign-off."""
    work = CaseWork()
    with engine.connect() as conn:
        for t, attr in ((db.decisions, "decisions"), (db.judgements, "judgements")):
            rows = conn.execute(
                t.select().where(t.c.case_row == case_row, t.c.version == version).order_by(t.c.id)
            )
            for r in rows:
                key = r.finding_key if attr == "decisions" else r.code
                getattr(work, attr)[key] = dict(r._mapping)
        work.added = [
            dict(r._mapping)
            for r in conn.execute(
                db.added.select()
                .where(db.added.c.case_row == case_row, db.added.c.version == version)
                .order_by(db.added.c.id)
            )
        ]
        last = conn.execute(
            db.signoffs.select()
            .where(db.signoffs.c.case_row == case_row, db.signoffs.c.version == version)
            .order_by(db.signoffs.c.id.desc())
        ).first()
        work.signoff = dict(last._mapping) if last else None
    return work


def stale_decisions(record: dict[str, Any], work: CaseWork) -> list[dict[str, Any]]:
    """Decisions whose finding the record no longer has (the case was reviewed again)."""
    keys = set(finding_keys(record.get("findings") or []))
    return [d for k, d in work.decisions.items() if k not in keys]


def rule_code() -> Any:
    """Map a store decision's ``rule`` (a rule id, or a defect code for added findings and
    judgement items) to its defect code, as ``casecheck campaign export-feedback`` does."""
    from casecheck.checks.rulepack import load_rules

    codes = {r.id: r.code for r in load_rules()}
    known = set(codes.values())
    return lambda k: k if k in known else codes.get(k)


def reset_feedback(
    store: CampaignStore, user: User, campaign: str, case_id: str, record: dict[str, Any]
) -> list[str]:
    """After a re-review (整改) the case is a new file: bring every code reviewers decided on the
    old one back to the new record's finding (``accept`` when the new record has it, ``reject``
    when not), so the feedback export labels the new file by the program until reviewers decide
    again — not by decisions about findings the correction removed. Returns the codes reset."""
    code_of = rule_code()
    decided = {code_of(d["rule"]) for d in store.decisions(campaign) if d["case_id"] == case_id}
    found = {f["code"] for f in record.get("findings") or []}
    reset = sorted(c for c in decided if c)
    for code in reset:
        verdict = "accept" if code in found else "reject"
        store.decide(
            campaign, case_id, code, verdict, "整改后重新评查：以新版本的程序结论为准", user.username
        )
    return reset


def judgement_codes(profile: Any) -> list[str]:
    """Codes of the profile's rules that defects.yaml marks ``kind: judgement`` (left to people)."""
    from casecheck.report.catalog import codes

    catalog = codes()
    return sorted({r.code for r in profile.rules if catalog.get(r.code, {}).get("kind") == "judgement"})


def decide(
    store: CampaignStore,
    user: User,
    campaign: str,
    case: dict[str, Any],
    key: str,
    decision: str,
    reason: str,
) -> int:
    """Confirm or dismiss the finding with stable ``key`` in the case's record (a dismissal needs
    a reason); returns its position. A key the record no longer has is refused."""
    findings = case["record"].get("findings") or []
    if decision not in ("confirm", "dismiss"):
        raise ValueError("decision must be confirm or dismiss")
    keys = finding_keys(findings)
    if key not in keys:
        raise ValueError("该问题已不在当前评查结果中（案卷已重新评查），请刷新页面")
    index = keys.index(key)
    if decision == "dismiss" and not reason.strip():
        raise ValueError("a dismissal needs a reason")
    f = findings[index]
    with store.engine.begin() as conn:
        conn.execute(
            db.decisions.insert().values(
                case_row=case["row"],
                version=case["version"],
                finding=index,
                finding_key=key,
                rule=f["rule"],
                code=f["code"],
                decision=decision,
                reason=reason.strip(),
                username=user.username,
                at=db.now(),
            )
        )
        log(
            conn, user, decision, campaign, case["case_id"], f"{f['rule']} #{index + 1}", f["message"], reason
        )
    store.decide(
        campaign,
        case["case_id"],
        f["rule"],
        "accept" if decision == "confirm" else "reject",
        reason,
        user.username,
    )
    return index


def add_finding(
    store: CampaignStore, user: User, campaign: str, case: dict[str, Any], code: str, where: dict[str, Any]
) -> None:
    """Add a finding the program missed (a known defect code, a reason, optional evidence)."""
    from casecheck.report.catalog import codes

    reason = str(where.get("reason") or "").strip()
    if code not in codes():
        raise ValueError(f"unknown defect code {code!r}")
    if not reason:
        raise ValueError("an added finding needs a reason")
    page = where.get("page")
    with store.engine.begin() as conn:
        conn.execute(
            db.added.insert().values(
                case_row=case["row"],
                version=case["version"],
                code=code,
                document=str(where.get("document") or "")[:200],
                page=int(page) if str(page or "").isdigit() else None,
                quote=str(where.get("quote") or "")[:2000],
                reason=reason,
                username=user.username,
                at=db.now(),
            )
        )
        log(conn, user, "add", campaign, case["case_id"], code, str(where.get("quote") or ""), reason)
    store.decide(campaign, case["case_id"], code, "accept", reason, user.username)


def judge(
    store: CampaignStore,
    user: User,
    campaign: str,
    case: dict[str, Any],
    code: str,
    verdict: str,
    points: float,
    note: str,
) -> None:
    """Score a judgement item: ``ok``, or ``defect`` deducting ``points`` (0–``JUDGEMENT_MAX_POINTS``)."""
    if verdict not in VERDICTS:
        raise ValueError("verdict must be ok or defect")
    if not 0 <= points <= JUDGEMENT_MAX_POINTS:
        raise ValueError(f"points must be between 0 and {JUDGEMENT_MAX_POINTS:g}")
    points = points if verdict == "defect" else 0.0
    with store.engine.begin() as conn:
        conn.execute(
            db.judgements.insert().values(
                case_row=case["row"],
                version=case["version"],
                code=code,
                verdict=verdict,
                points=points,
                note=note.strip(),
                username=user.username,
                at=db.now(),
            )
        )
        log(conn, user, "judge", campaign, case["case_id"], code, f"{verdict} -{points:g}", note)
    store.decide(
        campaign, case["case_id"], code, "accept" if verdict == "defect" else "reject", note, user.username
    )


def reviewed_record(record: dict[str, Any], work: CaseWork, profile: Any) -> dict[str, Any]:
    """The record as the reviewers left it: dismissed findings out, added ones in, score redone."""
    from casecheck.checks.scoring import allocate, grade_for, score
    from casecheck.model import Evidence, Finding

    rec = copy.deepcopy(record)
    if rec.get("status") != "reviewed":
        return rec
    kept: list[Finding] = []
    dismissed = []
    keys = finding_keys(record.get("findings") or [])
    for i, f in enumerate(record.get("findings") or []):
        d = work.decisions.get(keys[i])
        if d and d["decision"] == "dismiss":
            dismissed.append({**f, "dismissed": {"reason": d["reason"], "by": d["username"], "at": d["at"]}})
            continue
        kept.append(
            Finding(
                code=f["code"],
                rule=f["rule"],
                category=f.get("category") or f["code"].split("-")[0],
                severity=f.get("severity") or "info",
                points=0.0,
                message=f.get("message") or "",
                basis=f.get("basis"),
                evidence=tuple(Evidence.from_dict(e) for e in f.get("evidence") or []),
                remediation=f.get("remediation"),
                waived=f.get("waived"),
            )
        )
    for a in work.added:
        rule = next((r for r in profile.rules if r.code == a["code"]), None)
        ev = (Evidence(a["document"] or None, a["page"], a["quote"] or ""),) if a["quote"] else ()
        kept.append(
            Finding(
                code=a["code"],
                rule=rule.id if rule else a["code"],
                category=rule.category if rule else a["code"].split("-")[0],
                severity=rule.severity if rule else "deduct",
                points=0.0,
                message=f"评查人员补充：{a['reason']}",
                basis=rule.basis if rule else None,
                evidence=ev,
                remediation=rule.remediation if rule else None,
            )
        )
    stamped = allocate(kept, profile)
    result = score(stamped, profile)
    value, grade = result.score, result.grade
    extra = sum(j["points"] for j in work.judgements.values() if j["verdict"] == "defect")
    forced = bool(result.vetoed_by) and profile.veto in ("zero", "fail")
    if extra and not (result.vetoed_by and profile.veto == "zero"):
        value = max(0.0, value - extra)
        if not forced:
            grade = grade_for(value, profile)
            if result.vetoed_by and profile.veto == "no_excellent" and grade == profile.grades[0][0]:
                grade = profile.grades[1][0]
    rec["findings"] = [f.to_dict() for f in stamped]
    rec["score"], rec["grade"] = round(value, 2), grade
    rec["review"] = {
        "dismissed": dismissed,
        "judgements": {
            c: {"verdict": j["verdict"], "points": j["points"]} for c, j in work.judgements.items()
        },
        "signed_off": work.signoff,
    }
    return rec


def sign_off(
    store: CampaignStore, user: User, campaign: str, case: dict[str, Any], profile: Any, note: str = ""
) -> dict[str, Any]:
    """Sign the case off with the score and grade computed from the decisions; returns the row."""
    work = load_work(store.engine, case["row"], case["version"])
    rec = reviewed_record(case["record"], work, profile)
    row = {
        "case_row": case["row"],
        "version": case["version"],
        "username": user.username,
        "at": db.now(),
        "score": rec.get("score"),
        "grade": rec.get("grade"),
        "note": note.strip(),
    }
    with store.engine.begin() as conn:
        conn.execute(db.signoffs.insert().values(**row))
        log(conn, user, "sign_off", campaign, case["case_id"], "", f"{row['score']} {row['grade']}", note)
    return row
