"""Rule packs: the YAML records in ``rules/packs/*.yaml`` that say what is checked and how.

A rule is data: id, name, defect ``code`` (from the contract's ``defects.yaml``), category,
severity, points, the cap it may deduct in total (``weight``, 扣完为止), whether points count per
occurrence, legal basis, message template, remediation, the *check kind* and its parameters, the
procedure types it applies to, and how its findings meet OCR-read documents (``ocr_safe``: a seal
found missing on the page image does not depend on OCR; ``absence``: the rule finds something
missing — a field, date, signature, marker or document — which OCR may have lost; ``exact``: the
finding rests on the exact characters read — two readings that differ, a digit, a 文号's form —
which OCR noise produces by itself. Both need a higher OCR confidence than a rule that reads a
value). The logic lives in
``casecheck.checks.kinds``; a rule only names a kind and configures it. Packs are validated
strictly on load: an unknown key, kind or option, a wrong type or a code not in the contract fails
loudly, naming the file and the rule.

Rule ids are ``CAT-NNN``: the last two digits are the defect code's number and the first digit
tells rules of one code apart (``PROC-004`` and ``PROC-104`` both implement PROC-04). Ids are
never renumbered.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from casecheck.checks.util import REQUIRED, Opt
from casecheck.resources import load_yaml

SEVERITIES = ("veto", "deduct", "warn", "info")
PROCEDURES = ("普通", "简易", "不予处罚")
CATEGORY_ORDER = ("SUBJ", "EVID", "LAW", "PROC", "DISC", "DOC", "SERV", "EXEC", "ARCH")
ID_RE = re.compile(r"^(SUBJ|EVID|LAW|PROC|DISC|DOC|SERV|EXEC|ARCH)-\d{3}$")

_FIELDS: dict[str, tuple[type | tuple[type, ...], bool]] = {
    "id": (str, True),
    "name": (str, True),
    "code": (str, True),
    "severity": (str, True),
    "points": ((int, float), True),
    "weight": ((int, float), False),
    "per_occurrence": (bool, False),
    "basis": (str, True),
    "message": (str, True),
    "remediation": (str, True),
    "check": (str, True),
    "params": (dict, False),
    "applies_to": (list, False),
    "ocr_safe": (bool, False),
    "absence": (bool, False),
    "exact": (bool, False),
}


class RuleError(ValueError):
    """A rule pack is malformed; the message names the file, the rule and the key."""


@dataclass(frozen=True)
class Rule:
    """One rule as written in its pack (a profile may override severity, points and params)."""

    id: str
    name: str
    code: str
    category: str
    severity: str
    points: float
    weight: float
    per_occurrence: bool
    basis: str
    message: str
    remediation: str
    check: str
    params: dict[str, Any] = field(default_factory=dict)
    applies_to: tuple[str, ...] | None = None
    ocr_safe: bool = False
    absence: bool = False
    exact: bool = False
    source: str = ""

    @property
    def cap(self) -> float:
        """Most points this rule may deduct from one case (扣完为止)."""
        return self.weight

    def to_dict(self) -> dict[str, Any]:
        """Record form (docs, ``rules list --json``)."""
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "points": self.points,
            "weight": self.weight,
            "per_occurrence": self.per_occurrence,
            "basis": self.basis,
            "message": self.message,
            "remediation": self.remediation,
            "check": self.check,
            "params": self.params,
            "applies_to": list(self.applies_to) if self.applies_to else None,
            "ocr_safe": self.ocr_safe,
            "absence": self.absence,
            "exact": self.exact,
        }


@cache
def kinds() -> dict[str, ModuleType]:
    """Every check kind by its ``ID`` (one module per kind in ``casecheck.checks.kinds``)."""
    import casecheck.checks.kinds as pkg

    out: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
        if hasattr(mod, "ID") and hasattr(mod, "check"):
            out[mod.ID] = mod
    return out


@cache
def defect_codes() -> dict[str, dict[str, Any]]:
    """The contract's defect codes (``rules/contract/defects.yaml``), retired ones left out."""
    from casecheck.resources import rules_dir

    data = load_yaml((rules_dir() / "contract" / "defects.yaml").read_text(encoding="utf-8"))
    return {c["code"]: c for c in data["codes"] if not c.get("retired")}


def _type_ok(v: Any, t: type | tuple[type, ...]) -> bool:
    types = t if isinstance(t, tuple) else (t,)
    if isinstance(v, bool) and bool not in types:
        return False
    if float in types and isinstance(v, int):
        return True
    return isinstance(v, types)


def _tname(t: type | tuple[type, ...]) -> str:
    types = t if isinstance(t, tuple) else (t,)
    return "|".join("null" if x is type(None) else x.__name__ for x in types)


def check_params(kind: str, params: dict[str, Any], where: str) -> dict[str, Any]:
    """Validate a kind's options and fill defaults; ``$name`` references must be resolved first."""
    mod = kinds().get(kind)
    if mod is None:
        raise RuleError(f"{where}: unknown check kind {kind!r} (known: {', '.join(sorted(kinds()))})")
    options: dict[str, Opt] = mod.OPTIONS
    for key in params:
        if key not in options:
            raise RuleError(
                f"{where}: unknown option {key!r} for kind {kind} (options: {', '.join(options)})"
            )
    out: dict[str, Any] = {}
    for key, opt in options.items():
        if key not in params:
            if opt.default is REQUIRED:
                raise RuleError(f"{where}: kind {kind} needs option {key!r}")
            out[key] = opt.default
            continue
        v = params[key]
        if not _type_ok(v, opt.type):
            raise RuleError(
                f"{where}: option {key!r} must be {_tname(opt.type)}, got {type(v).__name__} {v!r}"
            )
        if opt.choices and v not in opt.choices:
            raise RuleError(f"{where}: option {key!r} must be one of {opt.choices}, got {v!r}")
        out[key] = v
    return out


def has_refs(value: Any) -> bool:
    """Whether a parameter value holds ``$name`` references to profile parameters."""
    if isinstance(value, str):
        return value.startswith("$")
    if isinstance(value, dict):
        return any(has_refs(v) for v in value.values())
    if isinstance(value, list):
        return any(has_refs(v) for v in value)
    return False


def parse_rule(data: Any, where: str) -> Rule:
    """One rule record → ``Rule``, validated; ``where`` names the file for messages."""
    if not isinstance(data, dict):
        raise RuleError(f"{where}: a rule must be a mapping, got {type(data).__name__}")
    rid = data.get("id", "?")
    here = f"{where}: rule {rid}"
    for key in data:
        if key not in _FIELDS:
            raise RuleError(f"{here}: unknown key {key!r}")
    for key, (t, required) in _FIELDS.items():
        if key not in data:
            if required:
                raise RuleError(f"{here}: missing key {key!r}")
            continue
        if not _type_ok(data[key], t):
            raise RuleError(f"{here}: {key!r} must be {_tname(t)}, got {type(data[key]).__name__}")
    if not ID_RE.match(rid):
        raise RuleError(f"{here}: id must look like PROC-003")
    code = data["code"]
    if code not in defect_codes():
        raise RuleError(f"{here}: code {code!r} is not in defects.yaml")
    category = code.split("-")[0]
    if not rid.startswith(category + "-"):
        raise RuleError(f"{here}: id category differs from code {code}")
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"{here}: severity must be one of {SEVERITIES}")
    applies = data.get("applies_to")
    if applies is not None and any(p not in PROCEDURES for p in applies):
        raise RuleError(f"{here}: applies_to must list procedures of {PROCEDURES}")
    params = data.get("params") or {}
    if data["check"] not in kinds():
        raise RuleError(f"{here}: unknown check kind {data['check']!r}")
    if not has_refs(params):
        check_params(data["check"], params, here)
    else:  # option names can be checked now; values once the profile resolves the references
        for key in params:
            if key not in kinds()[data["check"]].OPTIONS:
                raise RuleError(f"{here}: unknown option {key!r} for kind {data['check']}")
    points = float(data["points"])
    return Rule(
        id=rid,
        name=data["name"],
        code=code,
        category=category,
        severity=data["severity"],
        points=points,
        weight=float(data.get("weight", points)),
        per_occurrence=bool(data.get("per_occurrence", False)),
        basis=data["basis"],
        message=data["message"],
        remediation=data["remediation"],
        check=data["check"],
        params=params,
        applies_to=tuple(applies) if applies else None,
        ocr_safe=bool(data.get("ocr_safe", False)),
        absence=bool(data.get("absence", False)),
        exact=bool(data.get("exact", False)),
        source=where,
    )


def load_pack(path: Path) -> list[Rule]:
    """Rules of one pack file (``{rules: [...]}``)."""
    data = load_yaml(path.read_text(encoding="utf-8"))
    where = path.name
    if not isinstance(data, dict) or set(data) - {"category", "title", "rules"} or "rules" not in data:
        raise RuleError(f"{where}: a pack is a mapping with 'rules' (and optional 'category', 'title')")
    return [parse_rule(r, where) for r in data["rules"]]


@cache
def _load(folder: str) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in sorted(Path(folder).glob("*.yaml")):
        for r in load_pack(path):
            if r.id in seen:
                raise RuleError(f"{path.name}: rule {r.id} already defined in {seen[r.id]}")
            seen[r.id] = path.name
            rules.append(r)
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    return tuple(sorted(rules, key=lambda r: (order[r.category], r.id)))


def load_rules(folder: Path | None = None) -> list[Rule]:
    """All rules of the shipped packs (or of ``folder``), validated, in category order."""
    if folder is None:
        from casecheck.resources import rules_dir

        folder = rules_dir() / "packs"
    return list(_load(str(folder)))


def get_rule(rule_id: str) -> Rule | None:
    """The shipped rule with this id."""
    return next((r for r in load_rules() if r.id == rule_id), None)
