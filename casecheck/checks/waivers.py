"""Waivers: exceptions a reviewer accepted (e.g. a 延期 approved orally and recorded elsewhere).

A YAML file with a list under ``waivers``; each entry names the rule (a rule id or a defect
code), the case, why, who and when, and optionally a ``quote`` the finding's evidence must
contain (to waive one occurrence, not all)::

    waivers:
      - {rule: PROC-003, case_id: 2024-017, reason: 延期经局长口头批准并补录, who: 王审核, when: 2025-03-02}

Waived findings stay in the outcome with ``waived`` set and are shown apart; they deduct no
points. A waiver for a case that matches none of its findings is reported as unmatched, so stale
waivers do not pile up. Validation is strict: unknown keys or missing fields fail with the entry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from casecheck.model import Finding

_KEYS = {"rule", "case_id", "reason", "who", "when", "quote"}
_REQUIRED = ("rule", "case_id", "reason", "who", "when")


class WaiverError(ValueError):
    """The waiver file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Waiver:
    """One accepted exception."""

    rule: str
    case_id: str
    reason: str
    who: str
    when: str
    quote: str | None = None

    def matches(self, f: Finding, case_id: str) -> bool:
        """Whether this waiver covers finding ``f`` of case ``case_id``."""
        if self.case_id != case_id or self.rule not in (f.rule, f.code):
            return False
        return (
            self.quote is None
            or any(self.quote in (e.quote or "") for e in f.evidence)
            or self.quote in f.message
        )

    def to_dict(self) -> dict[str, Any]:
        """Record form (what ``Finding.waived`` carries)."""
        out = {
            "rule": self.rule,
            "case_id": self.case_id,
            "reason": self.reason,
            "who": self.who,
            "when": self.when,
        }
        if self.quote:
            out["quote"] = self.quote
        return out


def parse_waivers(data: Any, name: str = "waivers.yaml") -> list[Waiver]:
    """Validate the loaded YAML of a waiver file."""
    if isinstance(data, dict) and set(data) == {"waivers"}:
        data = data["waivers"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise WaiverError(f"{name}: expected a list under 'waivers'")
    out = []
    for i, entry in enumerate(data, 1):
        where = f"{name}: waiver #{i}"
        if not isinstance(entry, dict):
            raise WaiverError(f"{where}: must be a mapping")
        unknown = set(entry) - _KEYS
        if unknown:
            raise WaiverError(f"{where}: unknown key(s) {sorted(unknown)} (allowed: {sorted(_KEYS)})")
        for key in _REQUIRED:
            if entry.get(key) in (None, ""):
                raise WaiverError(f"{where}: missing {key!r}")
        if entry.get("quote") is not None and not isinstance(entry["quote"], str):
            raise WaiverError(f"{where}: 'quote' must be text")
        when = entry["when"]
        if isinstance(when, date):
            when = when.isoformat()
        out.append(
            Waiver(
                str(entry["rule"]),
                str(entry["case_id"]),
                str(entry["reason"]),
                str(entry["who"]),
                str(when),
                entry.get("quote"),
            )
        )
    return out


@cache
def _load(path: str, mtime: float) -> tuple[Waiver, ...]:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise WaiverError(f"{p.name}: not UTF-8 text (save the waiver file as UTF-8)") from None
    except yaml.YAMLError as exc:
        raise WaiverError(f"{p.name}: not valid YAML: {exc}") from exc
    return tuple(parse_waivers(data, p.name))


def load_waivers(path: str | Path) -> list[Waiver]:
    """Load a waiver file (cached per path and modification time)."""
    p = Path(path)
    if not p.is_file():
        raise WaiverError(f"waiver file not found: {p}")
    return list(_load(str(p.resolve()), p.stat().st_mtime))


def apply_waivers(
    findings: list[Finding], waivers: list[Waiver], case_id: str
) -> tuple[list[Finding], list[Waiver]]:
    """Mark waived findings; return them with the case's waivers that matched nothing."""
    used: set[int] = set()
    out = []
    for f in findings:
        hit = next((i for i, w in enumerate(waivers) if w.matches(f, case_id)), None)
        if hit is None:
            out.append(f)
        else:
            used.add(hit)
            out.append(replace(f, waived=waivers[hit].to_dict(), points=0.0))
    unmatched = [w for i, w in enumerate(waivers) if w.case_id == case_id and i not in used]
    return out, unmatched
