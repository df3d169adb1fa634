"""Profiles: shipped ones load; extends merges; strict validation names file, rule and option."""

from __future__ import annotations

from pathlib import Path

import pytest

from casecheck.checks.profiles import ProfileError, load_profile, shipped_profiles


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_profiles_load() -> None:
    assert {"default", "cehui", "xize", "gongan", "shichang"} <= set(shipped_profiles())
    for name in shipped_profiles():
        p = load_profile(name)
        assert p.source == name and p.rules


def test_sector_overrides() -> None:
    gongan = load_profile("gongan")
    assert gongan.parameters["hearing_threshold_yuan"] == {"个人": 2000, "单位": 10000}
    assert gongan.rule("PROC-003").params["limit"] == 30
    assert gongan.rule("PROC-002").params["thresholds"] == {"个人": 2000, "单位": 10000}
    assert load_profile("shichang").rule("PROC-012").params["working_days"] == 20
    assert gongan.chain == ("default", "gongan")


def test_file_profile_source_is_absolute_path(tmp_path: Path) -> None:
    path = write(tmp_path, "name: mine\nextends: default\nparameters: {case_limit_days: 60}\n")
    p = load_profile(str(path))
    assert p.source == str(path.resolve()) and p.name == "mine"
    assert p.rule("PROC-003").params["limit"] == 60
    assert load_profile(p.source).rule("PROC-003").params["limit"] == 60


def test_overrides_points_severity_and_selection(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
name: mine
extends: gongan
rules:
  exclude: [ARCH, SUBJ-004]
  overrides:
    PROC-003: {points: 12, severity: veto}
    DOC-008: {params: {exclude: [行政处罚事先告知书]}}
""",
    )
    p = load_profile(str(path))
    assert p.rule("ARCH-001") is None and p.rule("SUBJ-004") is None
    r = p.rule("PROC-003")
    assert (r.points, r.weight, r.severity, r.params["limit"]) == (12, 12, "veto", 30)
    assert p.rule("DOC-008").params["exclude"] == ["行政处罚事先告知书"]


def test_extends_relative_path(tmp_path: Path) -> None:
    write(tmp_path, "name: base\nextends: default\nparameters: {case_limit_days: 45}\n", "base.yaml")
    child = write(tmp_path, "name: child\nextends: base.yaml\n", "child.yaml")
    assert load_profile(str(child)).rule("PROC-003").params["limit"] == 45


BAD = [
    ("name: x\nextends: default\ncolour: red\n", "unknown key"),
    ("name: x\nextends: default\nparameters: {case_limit_dayz: 3}\n", "unknown parameter 'case_limit_dayz'"),
    ("name: x\nextends: default\nparameters: {case_limit_days: ninety}\n", "case_limit_days"),
    (
        "name: x\nextends: default\nparameters: {hearing_threshold_yuan: {法人: 3}}\n",
        "hearing_threshold_yuan",
    ),
    ("name: x\nextends: default\nrules: {overrides: {PROC-999: {points: 1}}}\n", "unknown rule 'PROC-999'"),
    (
        "name: x\nextends: default\nrules: {overrides: {PROC-003: {pointz: 1}}}\n",
        "rule PROC-003: unknown override key 'pointz'",
    ),
    (
        "name: x\nextends: default\nrules: {overrides: {PROC-003: {severity: fatal}}}\n",
        "rule PROC-003: severity",
    ),
    (
        "name: x\nextends: default\nrules: {overrides: {PROC-003: {params: {limt: 3}}}}\n",
        "rule PROC-003: unknown option 'limt'",
    ),
    (
        "name: x\nextends: default\nrules: {overrides: {PROC-003: {params: {unit: weeks}}}}\n",
        "rule PROC-003: option 'unit'",
    ),
    ("name: x\nextends: default\nrules: {include: [NOPE]}\n", "NOPE"),
    ("name: x\nextends: default\nscoring: {veto: maybe}\n", "scoring.veto"),
    ("name: x\nextends: default\nscoring: {grades: [{grade: A, min: 50}, {grade: B, min: 70}]}\n", "grades"),
    ("name: x\nextends: nosuch\n", "unknown profile 'nosuch'"),
    ('name: x\nextends: default\nparameters: {certificate_pattern: "([unclosed"}\n', "not a valid pattern"),
    ("name: x\nextends: default\nparameters: 5\n", "parameters must be a mapping"),
    ("name: x\nextends: default\nrules: [1, 2]\n", "rules must be a mapping"),
    ("name: x\nextends: default\nrules: {overrides: {SUBJ-004: 5}}\n", "rules.overrides"),
    ("name: x\nextends: default\nrules: {exclude: 5}\n", "rules.exclude"),
    ("name: x\nparameters: {}\n", "parameter $"),
]


@pytest.mark.parametrize(("text", "error"), BAD, ids=[f"bad-profile-{i}" for i in range(len(BAD))])
def test_strict_validation_names_file_rule_and_option(tmp_path: Path, text: str, error: str) -> None:
    path = write(tmp_path, text, "bad.yaml")
    with pytest.raises(ProfileError) as exc:
        load_profile(str(path))
    assert error in str(exc.value)
    if "nosuch" not in text:
        assert "bad.yaml" in str(exc.value)


def test_unknown_name_lists_shipped_profiles() -> None:
    with pytest.raises(ProfileError, match="default"):
        load_profile("nosuch")


def test_extends_cycle(tmp_path: Path) -> None:
    write(tmp_path, "name: a\nextends: b.yaml\n", "a.yaml")
    write(tmp_path, "name: b\nextends: a.yaml\n", "b.yaml")
    with pytest.raises(ProfileError, match="cycle"):
        load_profile(str(tmp_path / "a.yaml"))
