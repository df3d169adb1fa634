"""The rules engine: run a profile's rules over a case's facts, stamp, waive and score.

The kind finds, the engine stamps: a kind yields raw hits (message variables + evidence) or
无法评查; the engine turns hits into ``Finding``s carrying the rule id, code, category, severity,
points and the rule's message with its placeholders filled, applies the reviewer's waivers and
scores the case under the profile. Rules read facts only (``casecheck.facts``), never raw text.

A rule whose precondition is absent (no fine, a 简易 case for a 普通程序 rule) yields nothing; a rule
that lacks its input yields ``Unreviewable`` — never a silent pass, never a guessed finding.

OCR (profile ``ocr_policy: unknown``): a finding that rests on a document read by OCR stands when
the document's mean OCR confidence (``DocFacts.ocr["confidence"]``, the lowest of the evidence's
documents) reaches ``ocr_min_confidence``; below it, or with no confidence, it is 无法评查 with the
finding's message in the reason, so the reviewer knows what to look at. A rule that finds
something *missing* (``absence``) needs ``ocr_absence_min_confidence``: OCR loses a faint date or
a signature more easily than it invents a wrong value. A rule whose finding rests on the exact
characters read (``exact``: two readings that differ, a digit, a 文号's form) needs
``ocr_exact_min_confidence``: a misread character makes exactly such a finding. The profile's
``ocr_robust_codes`` (codes, or single rules by id: findings computed from dates, amounts and the
file's structure, measured to stay right on OCR text) need only ``ocr_robust_min_confidence``, of
the page their evidence points at (else of the document's text, each page weighing as the text it
holds). Any finding whose quoted evidence OCR read at a word confidence below
``ocr_quote_min_confidence`` is 无法评查 whatever its page's confidence. ``ocr_safe``
rules (the seal, looked for on the page image) are exempt; ``ocr_policy: report`` reports every
finding.
"""

from __future__ import annotations

import logging
import string
from dataclasses import dataclass, field
from typing import Any

from casecheck.checks.profiles import Profile, load_profile
from casecheck.checks.rulepack import CATEGORY_ORDER, Rule, kinds
from casecheck.checks.scoring import Score, allocate, score
from casecheck.checks.util import (
    Context,
    Hit,
    Unknown,
    fallback_evidence,
    ocr_documents,
    procedure,
    reading,
)
from casecheck.checks.waivers import Waiver, apply_waivers, load_waivers
from casecheck.model import Finding, Unreviewable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What the rules made of one case."""

    findings: list[Finding]
    unreviewable: list[Unreviewable]
    score: float
    grade: str
    profile: str
    unmatched_waivers: list[dict[str, Any]] = field(default_factory=list)
    breakdown: Score | None = None

    @property
    def active(self) -> list[Finding]:
        """Findings that were not waived."""
        return [f for f in self.findings if f.waived is None]

    @property
    def waived(self) -> list[Finding]:
        """Findings a reviewer waived (shown apart)."""
        return [f for f in self.findings if f.waived is not None]

    def to_dict(self) -> dict[str, Any]:
        """Record form."""
        return {
            "findings": [f.to_dict() for f in self.active],
            "waived_findings": [f.to_dict() for f in self.waived],
            "unreviewable": [u.to_dict() for u in self.unreviewable],
            "score": self.score,
            "grade": self.grade,
            "profile": self.profile,
            "unmatched_waivers": self.unmatched_waivers,
            "scoring": self.breakdown.to_dict() if self.breakdown else None,
        }


class _Vars(dict):
    """Message variables; a placeholder the hit does not fill stays visible as ``{name}``."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, values: dict[str, Any]) -> str:
    """Fill a rule's message template from a hit's variables."""
    return string.Formatter().vformat(template, (), _Vars(values))


def applies(rule: Rule, facts: dict[str, Any]) -> bool:
    """Whether the rule applies to the case's procedure type (unknown procedure: it runs)."""
    proc = procedure(facts)
    return rule.applies_to is None or proc is None or proc in rule.applies_to


def run_rule(
    rule: Rule, facts: dict[str, Any], ctx: Context, strict: bool = False
) -> tuple[list[Finding], list[Unreviewable]]:
    """Run one resolved rule; ``strict`` re-raises a kind's exception (tests) instead of
    reporting it as 无法评查 (a bug must cost one check, not the case)."""
    if not applies(rule, facts):
        return [], []
    kind = kinds()[rule.check]
    findings: list[Finding] = []
    unknown: list[Unreviewable] = []
    try:
        for item in kind.check(facts, rule.params, ctx):
            if isinstance(item, Unknown):
                u = Unreviewable(rule.id, rule.code, item.reason)
                if u not in unknown:
                    unknown.append(u)
            elif isinstance(item, Hit):
                f = Finding(
                    code=rule.code,
                    rule=rule.id,
                    category=rule.category,
                    severity=rule.severity,
                    points=0.0,
                    message=render(rule.message, item.vars),
                    basis=rule.basis,
                    evidence=tuple(item.evidence) or fallback_evidence(facts, item.vars),
                    remediation=rule.remediation,
                )
                doubt = ocr_doubt(rule, facts, f, ctx.params)
                if doubt:  # OCR may have lost or misread exactly what the finding rests on
                    u = Unreviewable(rule.id, rule.code, f"{doubt}：{f.message}")
                    if u not in unknown:
                        unknown.append(u)
                elif f not in findings:
                    findings.append(f)
    except Exception as exc:
        if strict:
            raise
        log.exception("rule %s failed on case %s", rule.id, ctx.case_id)
        return [], [Unreviewable(rule.id, rule.code, f"检查出错（{type(exc).__name__}），无法评查")]
    return findings, unknown


def ocr_doubt(rule: Rule, facts: dict[str, Any], f: Finding, params: dict[str, Any]) -> str | None:
    """Why ``f`` cannot be confirmed on OCR text (the 无法评查 reason), or ``None`` if it stands."""
    if params.get("ocr_policy") != "unknown" or rule.ocr_safe:
        return None
    scanned = ocr_documents(facts, f.evidence, whole=rule.absence)
    if not scanned:
        return None
    robust_codes = params.get("ocr_robust_codes") or []
    robust = rule.code in robust_codes or rule.id in robust_codes
    if robust:
        need = float(params.get("ocr_robust_min_confidence", 100))  # measured robust to misreads
    else:
        keys = ["ocr_min_confidence"]
        keys += ["ocr_absence_min_confidence"] if rule.absence else []
        keys += ["ocr_exact_min_confidence"] if rule.exact else []
        need = max(float(params.get(k, 100)) for k in keys)
    quoted = [e.ocr_confidence for e in f.evidence if e.document in scanned and e.ocr_confidence is not None]
    floor = float(params.get("ocr_quote_min_confidence", 0))
    if quoted and min(quoted) < floor:
        return f"{'、'.join(scanned)} 中所引文字的 OCR 置信度 {min(quoted):.0f} 低于 {floor:.0f}，无法确认"
    docs = {d.get("ref"): d for d in facts.get("documents") or []}
    confs = [_confidence(docs[r].get("ocr") or {}, f.evidence, r, robust) for r in scanned]
    if any(not isinstance(c, int | float) for c in confs):
        return f"{'、'.join(scanned)} 为扫描识别文本且无识别置信度，无法确认"
    low = min(float(c) for c in confs)
    if low >= need:
        return None
    return f"{'、'.join(scanned)} 的 OCR 文本置信度 {low:.0f} 低于 {need:.0f}，无法确认"


def _confidence(ocr: dict[str, Any], evidence: Any, ref: str, robust: bool) -> float | None:
    """How sure OCR was of what a finding on document ``ref`` rests on: the document's mean over its
    pages; for a code measured robust to misreads, the page its evidence points at when that page's
    confidence is known, else the document's text-weighted confidence (a second page holding only
    a seal and a date, read badly, does not make a page of text doubtful). A finding of something
    missing that is not robust keeps the plain mean: what is missing (a date, a signature) stands on
    just such a sparse last page."""
    plain = ocr.get("confidence")
    if not robust:
        return plain
    by_page = {int(p): c for p, c in ocr.get("page_confidence") or ()}
    pages = [by_page[e.page] for e in evidence if e.document == ref and e.page in by_page]
    return min(pages) if pages else ocr.get("text_confidence", plain)


def _sort_key(f: Finding) -> tuple[Any, ...]:
    e = f.evidence[0] if f.evidence else None
    return (
        CATEGORY_ORDER.index(f.category),
        f.rule,
        (e.document or "") if e else "",
        (e.page or 0) if e else 0,
        f.message,
    )


def evaluate(
    facts: dict[str, Any],
    profile: Profile,
    roster: Any = None,
    waivers: list[Waiver] | None = None,
    strict: bool = False,
) -> Outcome:
    """Run every rule of ``profile`` over ``facts`` and score the case."""
    case_id = str(facts.get("case_id") or "")
    ctx = Context(params=profile.parameters, roster=roster, case_id=case_id)
    findings: list[Finding] = []
    unreviewable: list[Unreviewable] = []
    with reading(facts):
        for rule in profile.rules:
            f, u = run_rule(rule, facts, ctx, strict)
            findings.extend(f)
            unreviewable.extend(u)
    findings.sort(key=_sort_key)
    unmatched: list[Waiver] = []
    if waivers:
        findings, unmatched = apply_waivers(findings, waivers, case_id)
    findings = allocate(findings, profile)
    result = score(findings, profile)
    unreviewable.sort(key=lambda u: (CATEGORY_ORDER.index(u.code.split("-")[0]), u.rule, u.reason))
    return Outcome(
        findings=findings,
        unreviewable=unreviewable,
        score=result.score,
        grade=result.grade,
        profile=profile.name,
        unmatched_waivers=[w.to_dict() for w in unmatched],
        breakdown=result,
    )


def check_case(facts: dict[str, Any], options: Any = None) -> Outcome:
    """The pipeline's entry point: ``options`` is a ``ReviewOptions`` (profile, roster, waivers)."""
    profile = load_profile(getattr(options, "profile", None) or "default")
    roster_path = getattr(options, "roster", None)
    waivers_path = getattr(options, "waivers", None)
    roster = None
    if roster_path:
        from casecheck.checks.roster import load_roster

        roster = load_roster(roster_path)
    waivers = load_waivers(waivers_path) if waivers_path else None
    return evaluate(facts, profile, roster, waivers)
