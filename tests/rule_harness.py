"""Helpers for rule tests: resolve one rule under a profile with fixture overrides, run it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from casecheck.checks.engine import run_rule
from casecheck.checks.profiles import _resolve_refs, load_profile
from casecheck.checks.roster import Roster, RosterEntry
from casecheck.checks.rulepack import Rule, check_params, get_rule
from casecheck.checks.util import Context, to_date
from casecheck.model import Finding, Unreviewable


def resolve(
    rule_id: str,
    profile: str = "default",
    parameters: dict[str, Any] | None = None,
    options: dict[str, Any] | None = None,
) -> tuple[Rule, dict[str, Any]]:
    """The rule as the profile resolves it, with fixture parameter/option overrides applied."""
    prof = load_profile(profile)
    params = {**prof.parameters, **(parameters or {})}
    raw = get_rule(rule_id)
    assert raw is not None, f"no rule {rule_id}"
    resolved = prof.rule(rule_id) or raw
    merged = {**raw.params, **(options or {})}
    opts = check_params(raw.check, _resolve_refs(merged, params, rule_id), rule_id)
    return replace(resolved, params=opts), params


def roster_from(rows: list[dict[str, Any]] | None) -> Roster | None:
    """A roster from fixture rows (``certificate``, ``name``, ``agency``, ``valid_from``, ``valid_to``)."""
    if rows is None:
        return None
    return Roster(
        [
            RosterEntry(
                str(r["certificate"]),
                r.get("name", ""),
                r.get("agency", ""),
                to_date(str(r["valid_from"])) if r.get("valid_from") else None,
                to_date(str(r["valid_to"])) if r.get("valid_to") else None,
            )
            for r in rows
        ]
    )


def run_fixture(rule_id: str, case: dict[str, Any]) -> tuple[list[Finding], list[Unreviewable]]:
    """Run one fixture case of one rule."""
    rule, params = resolve(
        rule_id, case.get("profile", "default"), case.get("parameters"), case.get("options")
    )
    ctx = Context(params=params, roster=roster_from(case.get("roster")), case_id="fixture")
    return run_rule(rule, case["facts"], ctx, strict=True)
