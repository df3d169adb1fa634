"""The one runner for rule fixtures: ``tests/rules/<RULE-ID>.yaml``.

Each fixture file holds cases over already-extracted facts (minimal ``CaseFacts`` dicts):

- ``test_pass_*``: the rule yields no finding and no 无法评查;
- ``test_fail_*``: at least one finding, every one with the rule's code, evidence (unless the case
  says ``expect: {evidence: false}``), a fully rendered message; ``expect.count`` and
  ``expect.message_contains`` are checked when given;
- ``test_unreviewable_*``: no finding, at least one 无法评查 with the rule's code.

A case may set ``profile``, ``parameters`` (profile parameter overrides), ``options`` (kind option
overrides) and ``roster`` (rows). ``pytest -k PROC-003`` runs exactly that rule's cases.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rule_harness import run_fixture

FIXTURES = Path(__file__).parent / "rules"
PREFIXES = ("test_pass", "test_fail", "test_unreviewable")


def _cases() -> list[Any]:
    out = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, case in data.items():
            if name.startswith(PREFIXES):
                out.append(pytest.param(path.stem, name, case, id=f"{path.stem}::{name}"))
    return out


@pytest.mark.parametrize(("rule_id", "name", "case"), _cases())
def test_rule_fixture(rule_id: str, name: str, case: dict[str, Any]) -> None:
    findings, unknown = run_fixture(rule_id, case)
    expect = case.get("expect") or {}
    shown = [f.message for f in findings] + [u.reason for u in unknown]
    if name.startswith("test_pass"):
        assert not findings and not unknown, shown
        return
    if name.startswith("test_unreviewable"):
        assert not findings, shown
        assert unknown and all(u.rule == rule_id for u in unknown), shown
        if "reason_contains" in expect:
            assert any(expect["reason_contains"] in u.reason for u in unknown), shown
        return
    assert findings, f"expected a finding; got 无法评查 {[u.reason for u in unknown]}"
    code = findings[0].code
    assert all(f.rule == rule_id and f.code == code for f in findings)
    for f in findings:
        assert "{" not in f.message and "}" not in f.message, f.message
        if expect.get("evidence", True):
            assert f.evidence, f"{f.message}: no evidence"
    if "count" in expect:
        assert len(findings) == expect["count"], shown
    if "message_contains" in expect:
        assert any(expect["message_contains"] in f.message for f in findings), shown
