"""Scoring: points per rule or per occurrence, caps, sections, 不计负分, veto semantics, grades."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casecheck.checks.profiles import Section, load_profile
from casecheck.checks.scoring import allocate, grade_for, score
from casecheck.model import Evidence, Finding


def finding(rule: str, code: str, severity: str = "deduct", n: int = 0) -> Finding:
    return Finding(
        code,
        rule,
        code.split("-")[0],
        severity,
        0.0,
        f"{rule} #{n}",
        None,
        (Evidence("行政处罚决定书", 1, "q"),),
    )


def test_flat_rule_deducts_once() -> None:
    p = load_profile("default")
    rule = p.rule("DISC-001")
    out = allocate([finding("DISC-001", "DISC-01", n=i) for i in range(3)], p)
    assert [f.points for f in out] == [rule.points, 0.0, 0.0]


def test_per_occurrence_rule_is_capped_at_its_weight() -> None:
    p = load_profile("default")
    rule = p.rule("SUBJ-002")
    assert rule.per_occurrence and rule.weight == 6 and rule.points == 2
    out = allocate([finding("SUBJ-002", "SUBJ-02", n=i) for i in range(5)], p)
    assert [f.points for f in out] == [2, 2, 2, 0, 0]
    assert score(out, p).score == 94


def test_warn_and_waived_findings_deduct_nothing() -> None:
    p = load_profile("default")
    waived = replace(finding("DOC-003", "DOC-03"), waived={"reason": "r"})
    out = allocate([finding("EVID-002", "EVID-02", "warn"), waived], p)
    assert [f.points for f in out] == [0.0, 0.0]
    assert score(out, p).score == 100


def test_score_never_below_zero() -> None:
    p = load_profile("xize")  # veto only blocks 优秀, so deductions run freely
    many = [finding(r.id, r.code, r.severity, i) for r in p.rules for i in range(4)]
    s = score(allocate(many, p), p)
    assert s.score == 0 and s.grade == "不合格"


def test_default_veto_fails_the_case_but_keeps_the_score() -> None:
    p = load_profile("default")
    s = score(allocate([finding("PROC-001", "PROC-01", "veto")], p), p)
    assert s.grade == "不合格" and s.score == 100 - p.rule("PROC-001").points
    assert s.vetoed_by == ("PROC-001",)


def test_cehui_veto_zeroes_the_score() -> None:
    p = load_profile("cehui")
    s = score(allocate([finding("SUBJ-001", "SUBJ-01", "veto")], p), p)
    assert (s.score, s.grade) == (0.0, "不合格")
    assert "评查总分为零" in s.explanation[-1]


def test_xize_veto_only_blocks_excellent() -> None:
    p = load_profile("xize")
    # DOC-009 is a veto in xize (主要对外文书未盖印章) and costs 5 points: 95 would be 优秀.
    s = score(allocate([finding("DOC-009", "DOC-09", "veto")], p), p)
    assert s.score == 95 and s.grade == "良好"


def test_cehui_sections_cap_deductions() -> None:
    p = load_profile("cehui")
    assert [s.name for s in p.sections] == ["卷面", "内容"]
    docs = [
        finding(r.id, r.code, "deduct", i) for r in p.rules if r.category in ("DOC", "ARCH") for i in range(6)
    ]
    s = score(allocate(docs, p), p)
    assert s.by_section["卷面"] == 20 and s.score == 80


def test_section_of_rule_follows_category() -> None:
    p = load_profile("cehui")
    assert p.section_of(p.rule("DOC-003")) == Section("卷面", 20, ("DOC", "ARCH"))
    assert p.section_of(p.rule("PROC-003")).name == "内容"


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        (100, "优秀"),
        (90, "优秀"),
        (89.5, "良好"),
        (80, "良好"),
        (60, "合格"),
        (59.9, "不合格"),
        (0, "不合格"),
    ],
)
def test_grade_bands(value: float, grade: str) -> None:
    assert grade_for(value, load_profile("default")) == grade
