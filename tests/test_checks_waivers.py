"""Waivers (accepted exceptions) and the certificate roster."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from casecheck.checks.engine import evaluate
from casecheck.checks.profiles import load_profile
from casecheck.checks.roster import RosterError, load_roster, parse_roster
from casecheck.checks.waivers import WaiverError, load_waivers, parse_waivers

DATA = Path(__file__).parent / "data"


def broken_case() -> tuple[dict, object]:
    data = yaml.safe_load((DATA / "clean_case.yaml").read_text(encoding="utf-8"))
    roster = parse_roster(data.pop("roster"))
    for d in data["documents"]:
        if d["ref"] == "公示记录":
            d["date"] = {"value": "2024-06-20"}  # PROC-12: published long after the 20 working days
    return data, roster


def test_waived_findings_are_kept_apart_and_cost_nothing() -> None:
    facts, roster = broken_case()
    profile = load_profile("default")
    before = evaluate(facts, profile, roster)
    waivers = parse_waivers(
        {
            "waivers": [
                {
                    "rule": "PROC-012",
                    "case_id": "clean-001",
                    "reason": "已在信用网公示，截图另存",
                    "who": "王审核",
                    "when": "2025-03-02",
                },
                {
                    "rule": "ARCH-01",
                    "case_id": "clean-001",
                    "reason": "目录随公示截图一并调整",
                    "who": "王审核",
                    "when": "2025-03-02",
                },
                {
                    "rule": "DOC-03",
                    "case_id": "clean-001",
                    "reason": "stale",
                    "who": "王审核",
                    "when": "2025-03-02",
                },
                {
                    "rule": "DOC-03",
                    "case_id": "other-case",
                    "reason": "another case",
                    "who": "王审核",
                    "when": "2025-03-02",
                },
            ]
        }
    )
    after = evaluate(facts, profile, roster, waivers)
    assert before.score < after.score == 100
    assert {f.rule for f in after.waived} == {"PROC-012"} and not after.active
    assert after.waived[0].waived["who"] == "王审核"
    assert [w["rule"] for w in after.unmatched_waivers] == ["ARCH-01", "DOC-03"]
    record = after.to_dict()
    assert not record["findings"] and len(record["waived_findings"]) == 1


def test_quote_limits_a_waiver_to_one_occurrence() -> None:
    facts, roster = broken_case()
    waivers = parse_waivers(
        [
            {
                "rule": "ARCH-001",
                "case_id": "clean-001",
                "reason": "r",
                "who": "w",
                "when": "2025-01-01",
                "quote": "不存在的引文",
            }
        ]
    )
    out = evaluate(facts, load_profile("default"), roster, waivers)
    assert not out.waived and out.unmatched_waivers


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ([{"rule": "X", "case_id": "c", "reason": "r", "who": "w"}], "missing 'when'"),
        ([{"rule": "X", "case_id": "c", "reason": "r", "who": "w", "when": "d", "why": 1}], "unknown key"),
        ({"waiver": []}, "expected a list"),
    ],
)
def test_waiver_validation(data: object, error: str) -> None:
    with pytest.raises(WaiverError, match=error):
        parse_waivers(data)


def test_waiver_file(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "waivers:\n  - {rule: PROC-003, case_id: a, reason: r, who: w, when: 2025-01-02}\n", encoding="utf-8"
    )
    assert load_waivers(path)[0].when == "2025-01-02"


def test_roster_csv_with_chinese_headers_and_gbk(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(
        "证号,姓名,单位,有效期起,有效期止\n15010119001,张三,某局,2020-01-01,\n".encode("gb18030")
    )
    roster = load_roster(path)
    entry = roster.lookup(" 15010119001 ")[0]
    assert entry.name == "张三" and entry.valid_to is None


def test_roster_errors_name_the_line() -> None:
    with pytest.raises(RosterError, match=r"r\.csv:3"):
        parse_roster("certificate,name,valid_from\n1,a,2020-01-01\n2,b,yesterday\n", "r.csv")
    with pytest.raises(RosterError, match="header"):
        parse_roster("who,what\n", "r.csv")
