"""Profiles: a scoring standard (评查标准) — parameters, which rules apply, points and veto semantics.

A profile is a YAML file in ``rules/profiles/`` (or any path). It may ``extends:`` another; the
child's parameters replace the parent's one by one, rule overrides merge per rule, scoring keys
replace. Everything is validated on load and an error names the file, the rule and the option:
an unknown parameter, rule id, override key or kind option, or a wrong type, fails loudly —
nothing falls back to a default silently.

Schema::

    name: gongan
    title: …
    extends: default                    # optional: a profile name or a path
    parameters: {hearing_threshold_yuan: {个人: 2000, 单位: 10000}}
    scoring:
      total: 100
      veto: zero | fail | no_excellent | none
      veto_grade: 不合格                # the grade a veto forces (zero, fail)
      sections: [{name: 卷面, cap: 20, categories: [DOC, ARCH]}, …]   # optional
      grades: [{grade: 优秀, min: 90}, …]                            # highest first
    rules:
      include: [all]                    # rule ids, codes or categories; default all
      exclude: [ARCH-001]
      overrides:
        PROC-003: {points: 10, severity: veto, weight: 10, per_occurrence: false, params: {…}}

Rule parameters written ``$name`` are taken from the profile's ``parameters``.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from casecheck.checks.rulepack import SEVERITIES, Rule, RuleError, check_params, load_rules
from casecheck.resources import load_yaml

VETO_MODES = ("zero", "fail", "no_excellent", "none")
_TOP = {"name", "title", "extends", "description", "parameters", "scoring", "rules"}
_SCORING = {"total", "veto", "veto_grade", "sections", "grades"}
_RULES = {"include", "exclude", "overrides"}
_OVERRIDE = {
    "severity": str,
    "points": (int, float),
    "weight": (int, float),
    "per_occurrence": bool,
    "params": dict,
    "section": str,
}


class ProfileError(ValueError):
    """A profile is malformed or unknown; the message names the file, the rule and the option."""


@dataclass(frozen=True)
class Section:
    """A scoring section (e.g. 卷面 20 / 内容 80): deductions of its categories are capped at ``cap``."""

    name: str
    cap: float
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    """A resolved profile: its rules with overrides and parameters applied, and its scoring."""

    name: str
    title: str
    source: str
    parameters: dict[str, Any]
    rules: tuple[Rule, ...]
    total: float = 100.0
    veto: str = "fail"
    veto_grade: str = "不合格"
    sections: tuple[Section, ...] = ()
    grades: tuple[tuple[str, float], ...] = (("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", 0))
    rule_sections: dict[str, str] = field(default_factory=dict)
    chain: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> Rule | None:
        """The resolved rule with this id, if the profile applies it."""
        return next((r for r in self.rules if r.id == rule_id), None)

    def section_of(self, rule: Rule) -> Section | None:
        """The scoring section a rule's deductions count in (``None`` without sections)."""
        name = self.rule_sections.get(rule.id)
        for s in self.sections:
            if s.name == name or (name is None and rule.category in s.categories):
                return s
        return None


def _profiles_dir() -> Path:
    from casecheck.resources import rules_dir

    return rules_dir() / "profiles"


def locate(name_or_file: str | os.PathLike[str]) -> tuple[Path, str]:
    """The profile file and the ``source`` to hand to workers (shipped name, or absolute path)."""
    text = str(name_or_file)
    shipped = _profiles_dir() / f"{text}.yaml"
    if "/" not in text and "\\" not in text and not text.endswith((".yaml", ".yml")):
        if shipped.is_file():
            return shipped, text
        names = ", ".join(sorted(p.stem for p in _profiles_dir().glob("*.yaml")))
        raise ProfileError(f"unknown profile {text!r} (shipped: {names}; or give a YAML file)")
    path = Path(text).expanduser().resolve()
    if not path.is_file():
        raise ProfileError(f"profile file not found: {text}")
    return path, str(path)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ProfileError(f"{path.name}: not UTF-8 text (save the profile as UTF-8)") from None
    except yaml.YAMLError as exc:
        raise ProfileError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ProfileError(f"{path.name}: a profile is a mapping")
    unknown = set(data) - _TOP
    if unknown:
        raise ProfileError(f"{path.name}: unknown key(s) {sorted(unknown)} (allowed: {sorted(_TOP)})")
    _check_shape(data, path.name)
    return data


def _check_shape(data: dict[str, Any], name: str) -> None:
    """The sections a profile may hold have the types the loader reads them as, and every
    ``*_pattern`` parameter is a regular expression that compiles."""
    for key in ("parameters", "scoring", "rules"):
        if data.get(key) is not None and not isinstance(data[key], dict):
            raise ProfileError(f"{name}: {key} must be a mapping")
    rules = data.get("rules") or {}
    for key in ("include", "exclude"):
        value = rules.get(key)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ProfileError(f"{name}: rules.{key} must be a list of rule ids or codes")
    overrides = rules.get("overrides")
    if overrides is not None and not (
        isinstance(overrides, dict) and all(isinstance(v, dict | None) for v in overrides.values())
    ):
        raise ProfileError(f"{name}: rules.overrides must map rule ids to mappings")
    for key, value in (data.get("parameters") or {}).items():
        if str(key).endswith("_pattern") and isinstance(value, str):
            try:
                re.compile(value)
            except re.error as exc:
                raise ProfileError(f"{name}: parameter {key!r} is not a valid pattern ({exc})") from exc


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(parent)
    out["name"] = child.get("name", parent.get("name"))
    out["title"] = child.get("title", parent.get("title"))
    out.setdefault("parameters", {}).update(copy.deepcopy(child.get("parameters") or {}))
    out.setdefault("scoring", {}).update(copy.deepcopy(child.get("scoring") or {}))
    rules = out.setdefault("rules", {})
    crules = child.get("rules") or {}
    if "include" in crules:
        rules["include"] = crules["include"]
    rules["exclude"] = list(rules.get("exclude") or []) + list(crules.get("exclude") or [])
    overrides = rules.setdefault("overrides", {})
    for rid, ov in (crules.get("overrides") or {}).items():
        merged = overrides.setdefault(rid, {})
        params = {**(merged.get("params") or {}), **((ov or {}).get("params") or {})}
        merged.update(ov or {})
        if params:
            merged["params"] = params
    return out


def _raw(path: Path, seen: tuple[str, ...] = ()) -> tuple[dict[str, Any], tuple[str, ...], dict[str, Any]]:
    """The merged raw profile, its extends chain, and the root's parameters (the vocabulary)."""
    if str(path) in seen:
        raise ProfileError(f"{path.name}: extends cycle through {' → '.join(seen)}")
    data = _read(path)
    parent_ref = data.get("extends")
    if parent_ref is None:
        return data, (path.stem,), dict(data.get("parameters") or {})
    if not isinstance(parent_ref, str):
        raise ProfileError(f"{path.name}: extends must be a profile name or a path")
    parent_path = Path(parent_ref)
    if not parent_path.is_absolute() and ("/" in parent_ref or parent_ref.endswith((".yaml", ".yml"))):
        parent_path = (path.parent / parent_ref).resolve()
    else:
        parent_path = locate(parent_ref)[0]
    parent, chain, vocabulary = _raw(parent_path, (*seen, str(path)))
    for key, v in (data.get("parameters") or {}).items():
        if key not in vocabulary:
            raise ProfileError(
                f"{path.name}: unknown parameter {key!r} (known: {', '.join(sorted(vocabulary))})"
            )
        if not _same_shape(vocabulary[key], v):
            raise ProfileError(
                f"{path.name}: parameter {key!r} must look like {vocabulary[key]!r}, got {v!r}"
            )
    return _merge(parent, data), (*chain, path.stem), vocabulary


def _same_shape(ref: Any, v: Any) -> bool:
    if isinstance(ref, bool) or isinstance(v, bool):
        return isinstance(ref, bool) and isinstance(v, bool)
    if isinstance(ref, int | float):
        return isinstance(v, int | float)
    if isinstance(ref, dict):
        return isinstance(v, dict) and set(v) <= set(ref) and all(_same_shape(ref[k], v[k]) for k in v)
    return isinstance(v, type(ref))


def _resolve_refs(value: Any, params: dict[str, Any], where: str) -> Any:
    if isinstance(value, str) and value.startswith("$"):
        name = value[1:]
        if name not in params:
            raise ProfileError(f"{where}: parameter ${name} is not defined by the profile")
        return copy.deepcopy(params[name])
    if isinstance(value, dict):
        return {k: _resolve_refs(v, params, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve_refs(v, params, where) for v in value]
    return value


def _selected(rule: Rule, keys: list[str]) -> bool:
    return any(k in ("all", rule.id, rule.code, rule.category) for k in keys)


def _build(path: Path, source: str) -> Profile:
    raw, chain, _ = _raw(path)
    name = raw.get("name") or path.stem
    here = path.name
    params = raw.get("parameters") or {}
    scoring = raw.get("scoring") or {}
    unknown = set(scoring) - _SCORING
    if unknown:
        raise ProfileError(f"{here}: unknown scoring key(s) {sorted(unknown)}")
    rules_cfg = raw.get("rules") or {}
    if set(rules_cfg) - _RULES:
        raise ProfileError(f"{here}: unknown rules key(s) {sorted(set(rules_cfg) - _RULES)}")
    all_rules = load_rules()
    known = (
        {r.id for r in all_rules} | {r.code for r in all_rules} | {r.category for r in all_rules} | {"all"}
    )
    robust = params.get("ocr_robust_codes") or []
    for key in robust if isinstance(robust, list) else [robust]:
        if key not in known or key in ("all", *{r.category for r in all_rules}):
            raise ProfileError(f"{here}: parameters.ocr_robust_codes names unknown code or rule {key!r}")
    include = rules_cfg.get("include") or ["all"]
    exclude = rules_cfg.get("exclude") or []
    for key in [*include, *exclude]:
        if key not in known:
            raise ProfileError(f"{here}: rules include/exclude names unknown rule, code or category {key!r}")
    overrides = rules_cfg.get("overrides") or {}
    ids = {r.id for r in all_rules}
    for rid, ov in overrides.items():
        if rid not in ids:
            raise ProfileError(f"{here}: override for unknown rule {rid!r}")
        if not isinstance(ov, dict):
            raise ProfileError(f"{here}: override of {rid} must be a mapping")
        for key, v in ov.items():
            if key not in _OVERRIDE:
                raise ProfileError(
                    f"{here}: rule {rid}: unknown override key {key!r} (allowed: {sorted(_OVERRIDE)})"
                )
            t = _OVERRIDE[key]
            if (isinstance(v, bool) and t is not bool) or not isinstance(v, t):
                raise ProfileError(f"{here}: rule {rid}: override {key!r} has the wrong type ({v!r})")
        if "severity" in ov and ov["severity"] not in SEVERITIES:
            raise ProfileError(f"{here}: rule {rid}: severity must be one of {SEVERITIES}")
    resolved: list[Rule] = []
    rule_sections: dict[str, str] = {}
    for rule in all_rules:
        if not _selected(rule, include) or _selected(rule, exclude):
            continue
        ov = overrides.get(rule.id, {})
        where = f"{here}: rule {rule.id}"
        merged = {**rule.params, **(ov.get("params") or {})}
        try:
            opts = check_params(rule.check, _resolve_refs(merged, params, where), where)
        except RuleError as exc:
            raise ProfileError(str(exc)) from exc
        points = float(ov.get("points", rule.points))
        weight = float(ov.get("weight", max(rule.weight, points) if "points" in ov else rule.weight))
        resolved.append(
            replace(
                rule,
                severity=ov.get("severity", rule.severity),
                points=points,
                weight=weight,
                per_occurrence=ov.get("per_occurrence", rule.per_occurrence),
                params=opts,
            )
        )
        if "section" in ov:
            rule_sections[rule.id] = ov["section"]
    total = scoring.get("total", 100)
    veto = scoring.get("veto", "fail")
    if veto not in VETO_MODES:
        raise ProfileError(f"{here}: scoring.veto must be one of {VETO_MODES}, got {veto!r}")
    if not isinstance(total, int | float) or total <= 0:
        raise ProfileError(f"{here}: scoring.total must be a positive number")
    grades = scoring.get("grades") or [{"grade": g, "min": m} for g, m in Profile.grades]
    bands = []
    for g in grades:
        if not isinstance(g, dict) or set(g) != {"grade", "min"} or not isinstance(g["min"], int | float):
            raise ProfileError(f"{here}: scoring.grades entries are {{grade: 名称, min: 分数}}, got {g!r}")
        bands.append((str(g["grade"]), float(g["min"])))
    if [m for _, m in bands] != sorted((m for _, m in bands), reverse=True) or bands[-1][1] > 0:
        raise ProfileError(f"{here}: scoring.grades must run from the highest minimum down to 0")
    sections = []
    for s in scoring.get("sections") or []:
        if not isinstance(s, dict) or set(s) != {"name", "cap", "categories"}:
            raise ProfileError(f"{here}: scoring.sections entries are {{name, cap, categories}}, got {s!r}")
        sections.append(Section(s["name"], float(s["cap"]), tuple(s["categories"])))
    names = {s.name for s in sections}
    for rid, sec in rule_sections.items():
        if sec not in names:
            raise ProfileError(f"{here}: rule {rid}: section {sec!r} is not a scoring section")
    veto_grade = scoring.get("veto_grade", bands[-1][0])
    if veto_grade not in {g for g, _ in bands}:
        raise ProfileError(f"{here}: scoring.veto_grade {veto_grade!r} is not one of the grades")
    return Profile(
        name=name,
        title=raw.get("title") or name,
        source=source,
        parameters=params,
        rules=tuple(resolved),
        total=float(total),
        veto=veto,
        veto_grade=veto_grade,
        sections=tuple(sections),
        grades=tuple(bands),
        rule_sections=rule_sections,
        chain=chain,
    )


@cache
def _cached(path: str, source: str, mtime: float) -> Profile:
    return _build(Path(path), source)


def load_profile(name_or_file: str | os.PathLike[str] = "default") -> Profile:
    """Load and validate a profile by shipped name (``default``, ``cehui`` …) or YAML path."""
    path, source = locate(name_or_file)
    try:
        return _cached(str(path), source, path.stat().st_mtime)
    except RuleError as exc:
        raise ProfileError(str(exc)) from exc


def shipped_profiles() -> list[str]:
    """Names of the profiles that ship with casecheck."""
    return sorted(p.stem for p in _profiles_dir().glob("*.yaml"))
