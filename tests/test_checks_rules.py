"""Rule packs against the contract: every fact code has a rule, every rule a fixture with a fail case."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from casecheck.checks.rulepack import RuleError, defect_codes, kinds, load_rules, parse_rule

FIXTURES = Path(__file__).parent / "rules"


def test_every_fact_code_has_a_rule_and_every_rule_code_is_in_the_contract() -> None:
    codes = defect_codes()
    ruled = {r.code for r in load_rules()}
    fact_codes = {c for c, d in codes.items() if d.get("kind") != "judgement"}
    assert fact_codes - ruled == set()
    assert ruled - set(codes) == set()


def test_rule_codes_match_the_shared_contract() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "contract" / "defects.yaml"
    if not shared.is_file():
        pytest.skip("shared contract not present")
    data = yaml.safe_load(shared.read_text(encoding="utf-8"))
    assert {c["code"] for c in data["codes"]} == set(defect_codes())


def test_every_rule_has_a_fixture_with_a_fail_case() -> None:
    for rule in load_rules():
        path = FIXTURES / f"{rule.id}.yaml"
        assert path.is_file(), f"{rule.id}: no fixture {path.name}"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        assert any(k.startswith("test_fail") for k in data), f"{rule.id}: fixture has no test_fail_* case"
        assert any(k.startswith("test_pass") for k in data), f"{rule.id}: fixture has no test_pass_* case"


def test_fixture_files_name_existing_rules() -> None:
    ids = {r.id for r in load_rules()}
    assert {p.stem for p in FIXTURES.glob("*.yaml")} <= ids


def test_judgement_codes_are_warnings_only() -> None:
    codes = defect_codes()
    for rule in load_rules():
        if codes[rule.code].get("kind") == "judgement":
            assert rule.severity == "warn" and rule.points == 0, rule.id


def test_every_kind_documents_itself() -> None:
    for name, mod in kinds().items():
        assert mod.__doc__ and name in mod.__doc__.split("\n", 1)[0], name
        assert "Example" in mod.__doc__, name
        lines = len(Path(mod.__file__).read_text(encoding="utf-8").splitlines())
        assert lines <= 140, f"{name}: {lines} lines"


def test_every_kind_is_used_by_a_rule() -> None:
    assert set(kinds()) == {r.check for r in load_rules()}


BASE = {
    "id": "PROC-903",
    "name": "x",
    "code": "PROC-03",
    "severity": "deduct",
    "points": 1,
    "basis": "b",
    "message": "m",
    "remediation": "r",
    "check": "deadline",
    "params": {"start": "filing", "end": "decision", "limit": 90},
}
BAD = [
    ({"id": "PROC-999", "code": "PROC-99"}, "not in defects.yaml"),
    ({"severity": "fatal"}, "severity"),
    ({"check": "nope"}, "unknown check kind"),
    ({"params": {"start": "filing", "end": "decision", "limit": 90, "colour": 1}}, "colour"),
    ({"params": {"start": "filing", "end": "decision", "limit": "ninety"}}, "limit"),
    ({"params": {"start": "filing"}}, "needs option"),
    ({"id": "DOC-903"}, "category"),
    ({"colour": "red"}, "unknown key 'colour'"),
    ({"points": "five"}, "points"),
]


@pytest.mark.parametrize(("record", "error"), BAD, ids=[f"bad-rule-{i}" for i in range(len(BAD))])
def test_malformed_rules_fail_loudly_naming_file_rule_and_key(record: dict, error: str) -> None:
    with pytest.raises(RuleError) as exc:
        parse_rule(BASE | record, "bad.yaml")
    assert "bad.yaml" in str(exc.value) and error in str(exc.value)
