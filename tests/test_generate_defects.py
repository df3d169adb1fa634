"""Defect injection: each code's injector makes its trigger true and nothing else.

``casecheck.generate.oracle.triggered`` re-evaluates every trigger of defects.yaml on the case
truth and the document text; a labelled case must trigger exactly its labelled codes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from casecheck.generate.api import build_case
from casecheck.generate.case import PROFILE
from casecheck.generate.defects import INJECTORS
from casecheck.generate.oracle import triggered
from casecheck.generate.timeline import add_wd

CODES = sorted(INJECTORS)


def _forced(code: str, start: int = 0):
    inj = INJECTORS[code]
    for i in range(start, start + 400):
        for proc in inj.procedures:
            try:
                return build_case(901, i, procedure=proc, codes=[code])
            except ValueError:
                continue
    raise AssertionError(f"no case fits {code}")


def test_every_contract_code_has_an_injector() -> None:
    from pathlib import Path

    import yaml

    path = Path(__file__).resolve().parents[2] / "shared" / "contract" / "defects.yaml"
    if not path.exists():
        pytest.skip("shared contract not available")
    codes = {
        c["code"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["codes"] if not c.get("retired")
    }
    assert codes == set(INJECTORS)


@pytest.mark.parametrize("code", CODES)
def test_injector_triggers_exactly_its_code(code: str) -> None:
    for start in (0, 37):
        built = _forced(code, start)
        got = triggered(built)
        assert code in got, (built.case.case_id, built.case.injections)
        assert got == set(built.case.codes), (built.case.case_id, got, built.case.codes)
        assert built.case.injections[0]["change"]


def test_random_cases_match_their_labels() -> None:
    for i in range(300):
        built = build_case(5, i)
        assert triggered(built) == set(built.case.codes), (i, built.case.codes)


def test_clean_cases_obey_deadlines() -> None:
    n = 0
    for i in range(200):
        built = build_case(8, i, defect_rate=0.0)
        c, d = built.case, built.case.dates
        assert not c.codes
        if c.procedure == "简易":
            assert c.fine is None or c.fine <= PROFILE["summary_max_yuan"][c.party.kind]
            continue
        n += 1
        assert (d["decision"] - d["filing"]).days <= 90 or d.get("extension")
        assert d["decision_served"] <= add_wd(d["decision"], 7)
        if d.get("notice_served") and "waiver" not in c.flags:
            assert d["decision"] > add_wd(d["notice_served"], c.statement_wd)
        assert d["filing"] - d["violation"] < dt.timedelta(days=2 * 365)
        assert d["closing"] >= d["decision"]
    assert n > 100


def test_proc03_moves_decision_beyond_limit_keeping_other_deadlines() -> None:
    built = _forced("PROC-03")
    d = built.case.dates
    assert (d["decision"] - d["filing"]).days > 90
    assert d["decision_served"] <= add_wd(d["decision"], 7)
    assert d["payment"] >= d["decision_served"]


def test_serv01_serves_late_not_on_the_spot() -> None:
    built = _forced("SERV-01")
    d = built.case.dates
    assert d["decision_served"] > add_wd(d["decision"], 7)
    assert built.case.decision_service != "直接送达" or d["decision_served"] != d["decision"]


def test_law05_fine_outside_range_without_reduction_ground() -> None:
    from casecheck.generate.case import fine_bounds

    built = _forced("LAW-05")
    lo, hi = fine_bounds(built.case.scenario, built.case.facts)
    assert not lo <= built.case.fine <= hi
    assert "减轻" not in "\n".join(d.text() for d in built.docs if d.key == "decision")


def test_subj04_certificate_missing_from_roster_or_expired() -> None:
    built = _forced("SUBJ-04")
    o = built.case.officers[1]
    assert not o.in_roster or o.valid_to < built.case.dates["filing"]


def test_defect_rate_controls_clean_share() -> None:
    clean = sum(not build_case(3, i, defect_rate=0.7).case.codes for i in range(200))
    assert 40 <= clean <= 90
    assert all(build_case(3, i, defect_rate=0.0).case.codes == [] for i in range(30))


def test_discretion_ground_fits_the_stated_tier() -> None:
    from casecheck.generate.phrasing import HEAVY_GROUNDS, LIGHT_GROUNDS, SOFT_GROUNDS

    for i in range(300):
        c = build_case(6, i).case
        if c.procedure != "普通" or "no_discretion" in c.flags:
            continue
        stated = c.mods.get("stated_tier", c.tier)
        if stated == "从重":
            assert c.ground in HEAVY_GROUNDS, (i, c.ground)
        elif stated == "从轻":
            assert c.ground in SOFT_GROUNDS + LIGHT_GROUNDS, (i, c.ground)
            assert not c.facts.mitigation or c.ground in LIGHT_GROUNDS


def test_cited_versions_apply_on_the_violation_date() -> None:
    for i in range(300):
        c = build_case(12, i).case
        if "PROC-09" in c.codes:
            continue
        for p in (*c.scenario.violated, *c.scenario.penalty):
            assert c.dates["violation"] >= dt.date.fromisoformat(p.in_force), (i, p.law)


def test_law05_above_maximum_never_states_an_escalation_condition() -> None:
    """A stated 逾期未改正 opens a provision's escalated range (安全生产法 第九十九条: 五万元以下；
    逾期未改正的，处五万元以上二十万元以下), so a fine above the base range would be lawful, not LAW-05."""
    from casecheck.generate.case import fine_bounds
    from casecheck.generate.phrasing import CONDITION_GROUNDS, HEAVY_GROUNDS

    above = 0
    for start in range(0, 1600, 40):
        c = _forced("LAW-05", start).case
        if c.fine > fine_bounds(c.scenario, c.facts)[1]:
            above += 1
            assert c.ground in HEAVY_GROUNDS and c.ground not in CONDITION_GROUNDS, (c.case_id, c.ground)
    assert above > 5


def test_generator_profile_matches_the_profile_its_corpus_is_reviewed_with() -> None:
    # the oracle labels what the synthetic profile requires: its copy of the parameters must agree
    from casecheck.checks.profiles import load_profile

    params = load_profile("synthetic").parameters
    shared = {k: v for k, v in PROFILE.items() if k in params}
    assert shared == {k: params[k] for k in shared}
    assert "av_record_required_for" in shared
