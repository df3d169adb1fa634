"""Rule documentation generated from the packs, the contract and the fixtures."""

from __future__ import annotations

from casecheck.checks.docs import explain, rules_markdown
from casecheck.checks.rulepack import load_rules


def test_explain_rule_and_code() -> None:
    text = explain("PROC-003")
    assert text and "行政处罚法 第六十条" in text and "test_fail_" in text
    by_code = explain("doc-01")
    assert by_code and "DOC-001" in by_code and "DOC-101" in by_code
    assert explain("NOPE-1") is None


def test_markdown_lists_every_rule_with_basis_and_example() -> None:
    page = rules_markdown()
    for rule in load_rules():
        assert f"## {rule.id}" in page and rule.basis in page
    assert page.count("Example (`test_fail_") == len(load_rules())
