"""Scoring: points per finding, caps (扣完为止, 不计负分), veto semantics and grade bands.

Each finding of a ``veto``/``deduct`` rule deducts the rule's points — once per rule, or per
occurrence when the rule says so — and a rule never deducts more than its ``weight``. With
sections (测绘 style: 卷面 20 + 内容 80) a section never loses more than its cap. The score never
falls below 0. ``warn``/``info`` findings and waived findings deduct nothing.

Veto semantics are the profile's (domain.md §4.8):

- ``zero``: any veto finding sets the score to 0 and the grade to ``veto_grade`` (测绘, 河南).
- ``fail``: any veto finding sets the grade to ``veto_grade``; the score stands (环境 实体评查).
- ``no_excellent``: a veto finding only keeps the case out of the top grade (评分细则（试行）).
- ``none``: veto findings count like deductions.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from casecheck.checks.profiles import Profile
from casecheck.model import Finding

COUNTED = ("veto", "deduct")


@dataclass(frozen=True)
class Score:
    """A case's score under a profile and how it was reached."""

    score: float
    grade: str
    deducted: float
    by_rule: dict[str, float] = field(default_factory=dict)
    by_section: dict[str, float] = field(default_factory=dict)
    vetoed_by: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Record form."""
        return {
            "score": self.score,
            "grade": self.grade,
            "deducted": self.deducted,
            "by_rule": self.by_rule,
            "by_section": self.by_section,
            "vetoed_by": list(self.vetoed_by),
            "explanation": list(self.explanation),
        }


def allocate(findings: list[Finding], profile: Profile) -> list[Finding]:
    """Stamp each finding with the points it deducts, respecting flat/per-occurrence and the cap."""
    spent: dict[str, float] = {}
    out = []
    for f in findings:
        rule = profile.rule(f.rule)
        if rule is None or f.waived is not None or f.severity not in COUNTED:
            out.append(replace(f, points=0.0))
            continue
        used = spent.get(rule.id, 0.0)
        want = rule.points if (rule.per_occurrence or used == 0.0) else 0.0
        pts = max(0.0, min(want, rule.weight - used))
        spent[rule.id] = used + pts
        out.append(replace(f, points=round(pts, 2)))
    return out


def grade_for(score: float, profile: Profile) -> str:
    """The grade band ``score`` falls in."""
    for name, minimum in profile.grades:
        if score >= minimum:
            return name
    return profile.grades[-1][0]


def score(findings: list[Finding], profile: Profile) -> Score:
    """Score stamped findings (see ``allocate``) under ``profile``."""
    by_rule: dict[str, float] = {}
    by_section: dict[str, float] = {}
    loose = 0.0
    notes: list[str] = []
    for f in findings:
        if not f.points:
            continue
        by_rule[f.rule] = by_rule.get(f.rule, 0.0) + f.points
        rule = profile.rule(f.rule)
        section = profile.section_of(rule) if rule else None
        if section is None:
            loose += f.points
        else:
            by_section[section.name] = by_section.get(section.name, 0.0) + f.points
    deducted = loose
    for s in profile.sections:
        raw = by_section.get(s.name, 0.0)
        capped = min(raw, s.cap)
        if raw > s.cap:
            notes.append(f"{s.name}扣分 {raw:g} 超过该部分分值 {s.cap:g}，按 {s.cap:g} 计")
        by_section[s.name] = capped
        deducted += capped
    value = max(0.0, profile.total - deducted)
    grade = grade_for(value, profile)
    vetoes = tuple(dict.fromkeys(f.rule for f in findings if f.severity == "veto" and f.waived is None))
    if vetoes and profile.veto == "zero":
        value, grade = 0.0, profile.veto_grade
        notes.append(f"基本标准项 {', '.join(vetoes)} 不符合，评查总分为零")
    elif vetoes and profile.veto == "fail":
        grade = profile.veto_grade
        notes.append(f"否决项 {', '.join(vetoes)} 不符合，评为{profile.veto_grade}")
    elif (
        vetoes
        and profile.veto == "no_excellent"
        and grade == profile.grades[0][0]
        and len(profile.grades) > 1
    ):
        grade = profile.grades[1][0]
        notes.append(f"存在基本要素问题 {', '.join(vetoes)}，不能评为{profile.grades[0][0]}")
    return Score(round(value, 2), grade, round(deducted, 2), by_rule, by_section, vetoes, tuple(notes))
