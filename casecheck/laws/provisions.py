"""Violated-provision / penalty-provision pairs for the sample generator (``rules/laws/provisions.yaml``).

Each entry names a typical violation (案由), the provision it violates, the 罚则 that punishes
it, the fine alternatives and penalty kinds as the catalog parses that 罚则, and who may be the
party. ``fine_alternatives`` derives the ``fine``/``kinds`` fields from the catalog, so a test
can check the file against the catalog and the shared law texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from casecheck.laws.benchmarks import Basis as Ref  # a provision: law, version date, 条/款/项
from casecheck.laws.catalog import Catalog, load_catalog, parse_article_ref
from casecheck.laws.penalties import PARTY_RESPONSIBLE, Clause
from casecheck.resources import load_yaml


@dataclass(frozen=True)
class ProvisionPair:
    """One entry of ``provisions.yaml``."""

    id: str
    sector: str
    cause: str
    violated: Ref
    penalty: Ref
    parties: tuple[str, ...]
    kinds: tuple[str, ...]
    fine: tuple[dict[str, Any], ...]


def _when(c: Clause) -> str | None:
    parts = []
    for cond in c.conditions:
        op = cond.get("op")
        if op in ("<", ">", ">="):
            parts.append(f"base {op} {cond['yuan']}")
        elif op == "none":
            parts.append("base == 0")
        elif op == "some":
            parts.append("base > 0")
        elif cond.get("serious"):
            parts.append("情节严重")
        elif cond.get("minor"):
            parts.append("情节较轻")
        elif "text" in cond:
            parts.append(cond["text"])
    return " 且 ".join(parts) or None


def fine_alternatives(cat: Catalog, ref: Ref) -> tuple[tuple[str, ...], tuple[dict[str, Any], ...]]:
    """Penalty kinds and fine alternatives (``when`` + yuan or multiple bounds) of a 罚则.

    Fines addressed only to 直接负责的主管人员 are left out. An unparsed provision yields no
    alternatives (the generator must then not invent an amount).
    """
    law = cat.law(ref.law)
    if law is None:
        raise KeyError(ref.law)
    version = next(v for v in law.versions if v.version == ref.version)
    provs, _ = cat.penalty_provisions(version, parse_article_ref(ref.article), ref.paragraph, ref.item)
    kinds = tuple(dict.fromkeys(k for p in provs for k in p.kinds))
    if any(p.confidence == "low" for p in provs):
        return kinds, ()
    out = []
    for p in provs:
        for c in p.clauses:
            if c.party == PARTY_RESPONSIBLE:
                continue
            alt: dict[str, Any] = {"when": _when(c)}
            if c.base:
                alt.update(min_multiple=c.min_multiple, max_multiple=c.max_multiple, base=c.base)
            else:
                alt.update(min_yuan=c.min_yuan, max_yuan=c.max_yuan)
            if alt not in out:  # the same fine for several addressees is listed once
                out.append(alt)
    return kinds, tuple(out)


def _ref(d: dict[str, Any]) -> Ref:
    v = d["version"]
    return Ref(
        d["law"],
        v if isinstance(v, date) else date.fromisoformat(v),
        d["article"],
        d.get("paragraph"),
        d.get("item"),
    )


@cache
def load_provisions() -> tuple[ProvisionPair, ...]:
    """The shipped pairs from ``rules/laws/provisions.yaml``."""
    from casecheck.resources import rules_dir

    data = load_yaml((rules_dir() / "laws" / "provisions.yaml").read_text(encoding="utf-8"))
    return tuple(
        ProvisionPair(
            id=e["id"],
            sector=e["sector"],
            cause=e["cause"],
            violated=_ref(e["violated"]),
            penalty=_ref(e["penalty"]),
            parties=tuple(e["parties"]),
            kinds=tuple(e["kinds"]),
            fine=tuple(e["fine"]),
        )
        for e in data["pairs"]
    )


__all__ = ["ProvisionPair", "Ref", "fine_alternatives", "load_catalog", "load_provisions"]
