"""Discretion benchmarks (行政处罚裁量基准): strict loader, lookup and staleness check.

One YAML file per benchmark in ``rules/benchmarks/``. Schema (every key checked; an unknown key
or a wrong type raises ``BenchmarkError`` naming the file and the key)::

    id: BM-FOOD-122-1                 # stable id, never renumbered
    title: …                          # what the benchmark covers
    issuer: …                         # "casecheck (illustrative, 30/40/30 split)" when constructed
    sector: 市场监管
    source: https://…                 # or null for constructed benchmarks
    evidence: 3P                      # P | G | 3P | unverified | constructed
    complete: true                    # do the tiers cover the whole statutory range?
    notes: …                          # optional
    jurisdiction: [甘肃, 兰州, …]     # optional: words of the agency names it binds (omitted: unknown)
    basis: {law: 中华人民共和国食品安全法, version: 2021-04-29, article: 122, paragraph: 1, item: null}
    tiers:
      - name: 从轻                    # 轻微/一般/较重/严重 or 从轻/一般/从重/减轻
        conditions: …
        bands:
          - {when: "base < 10000", min_yuan: 50000, max_yuan: 65000}
          - {when: "base >= 10000", min_multiple: 10, max_multiple: 13}

``when`` is ``null`` or ``base <op> <number>`` with op in ``< <= > >= ==``; ``base`` is the
货值金额/违法所得 the statute's multiples refer to.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Collection
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from casecheck.resources import load_yaml

TIER_NAMES = ("不予处罚", "轻微", "一般", "较重", "严重", "从轻", "从重", "减轻")
EVIDENCE = ("P", "G", "3P", "unverified", "constructed")
_WHEN_RE = re.compile(r"^base\s*(<=|>=|==|<|>)\s*(\d+(?:\.\d+)?)$")
_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq}
_NUM = (int, float)


class BenchmarkError(ValueError):
    """A benchmark file is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Band:
    """A sub-range of one tier, optionally restricted to a range of the base amount."""

    when: str | None = None
    min_yuan: float | None = None
    max_yuan: float | None = None
    min_multiple: float | None = None
    max_multiple: float | None = None

    def matches(self, base: float | None) -> bool:
        """Whether this band applies to ``base`` (a band without ``when`` always applies)."""
        if self.when is None:
            return True
        if base is None:
            return False
        m = _WHEN_RE.match(self.when)
        assert m is not None  # validated on load
        return _OPS[m[1]](base, float(m[2]))

    def yuan_range(self, base: float | None = None) -> tuple[float | None, float | None]:
        """(min, max) in yuan; multiples need ``base`` (else ``(None, None)``)."""
        if self.min_multiple is not None or self.max_multiple is not None:
            if base is None:
                return None, None
            lo = self.min_multiple * base if self.min_multiple is not None else None
            hi = self.max_multiple * base if self.max_multiple is not None else None
            return lo, hi
        return self.min_yuan, self.max_yuan


@dataclass(frozen=True)
class Tier:
    """One tier (情节档次) with its conditions text and bands."""

    name: str
    conditions: str
    bands: tuple[Band, ...]


@dataclass(frozen=True)
class Basis:
    """The provision a benchmark implements, and the law version it was built on."""

    law: str
    version: date
    article: int
    paragraph: int | None = None
    item: int | None = None


@dataclass(frozen=True)
class Benchmark:
    """A discretion benchmark for one penalty provision."""

    id: str
    title: str
    issuer: str
    sector: str
    source: str | None
    evidence: str
    complete: bool
    basis: Basis
    tiers: tuple[Tier, ...]
    notes: str | None = None
    file: str | None = None
    jurisdiction: tuple[str, ...] | None = None  # agency-name words where it binds; None: not known

    def to_dict(self) -> dict[str, Any]:
        """Record form (dates as ISO strings)."""
        d = asdict(self)
        d["basis"]["version"] = self.basis.version.isoformat()
        return d

    def tier(self, name: str) -> Tier | None:
        """The tier called ``name``, or ``None``."""
        return next((t for t in self.tiers if t.name == name), None)

    def band_for(self, tier: str, base: float | None = None) -> Band | None:
        """The band of ``tier`` that applies to ``base`` (``None`` if the tier or band is missing).

        With ``base=None`` only a band without ``when`` qualifies, or the tier's single band.
        """
        t = self.tier(tier)
        if t is None:
            return None
        for band in t.bands:
            if band.matches(base):
                return band
        if base is None and len(t.bands) == 1:
            return t.bands[0]
        return None


_TOP = {
    "id": (str,),
    "title": (str,),
    "issuer": (str,),
    "sector": (str,),
    "source": (str, type(None)),
    "evidence": (str,),
    "complete": (bool,),
    "notes": (str, type(None)),
    "jurisdiction": (list, type(None)),
    "basis": (dict,),
    "tiers": (list,),
}
_REQUIRED = {"id", "title", "issuer", "sector", "source", "evidence", "complete", "basis", "tiers"}
_BASIS = {
    "law": (str,),
    "version": (date, str),
    "article": (int,),
    "paragraph": (int, type(None)),
    "item": (int, type(None)),
}
_TIER = {"name": (str,), "conditions": (str,), "bands": (list,)}
_BAND = {
    "when": (str, type(None)),
    "min_yuan": (*_NUM, type(None)),
    "max_yuan": (*_NUM, type(None)),
    "min_multiple": (*_NUM, type(None)),
    "max_multiple": (*_NUM, type(None)),
}


def _check(where: str, data: Any, schema: dict[str, tuple[type, ...]], required: set[str]) -> None:
    if not isinstance(data, dict):
        raise BenchmarkError(f"{where}: expected a mapping")
    for key in data:
        if key not in schema:
            raise BenchmarkError(f"{where}: unknown key {key!r}")
        value = data[key]
        if isinstance(value, bool) and bool not in schema[key]:
            raise BenchmarkError(f"{where}: {key!r} has wrong type bool")
        if not isinstance(value, schema[key]):
            names = "/".join(t.__name__ for t in schema[key])
            raise BenchmarkError(f"{where}: {key!r} must be {names}, got {type(value).__name__}")
    missing = required - set(data)
    if missing:
        raise BenchmarkError(f"{where}: missing key(s) {sorted(missing)}")


def parse_benchmark(data: Any, where: str) -> Benchmark:
    """Validate one benchmark document and build the record (``where`` names the file)."""
    _check(where, data, _TOP, _REQUIRED)
    if data["evidence"] not in EVIDENCE:
        raise BenchmarkError(f"{where}: 'evidence' must be one of {EVIDENCE}")
    if data["evidence"] == "constructed" and not data["issuer"].startswith("casecheck"):
        raise BenchmarkError(f"{where}: constructed benchmarks must name casecheck as 'issuer'")
    _check(f"{where}: basis", data["basis"], _BASIS, {"law", "version", "article"})
    b = data["basis"]
    version = b["version"] if isinstance(b["version"], date) else date.fromisoformat(b["version"])
    basis = Basis(b["law"], version, b["article"], b.get("paragraph"), b.get("item"))
    tiers = []
    for i, t in enumerate(data["tiers"]):
        tw = f"{where}: tiers[{i}]"
        _check(tw, t, _TIER, set(_TIER))
        if t["name"] not in TIER_NAMES:
            raise BenchmarkError(f"{tw}: 'name' must be one of {TIER_NAMES}")
        bands = []
        for j, band in enumerate(t["bands"]):
            bw = f"{tw}.bands[{j}]"
            _check(bw, band, _BAND, set())
            if band.get("when") is not None and not _WHEN_RE.match(band["when"]):
                raise BenchmarkError(f"{bw}: 'when' must look like 'base < 10000'")
            has_yuan = band.get("min_yuan") is not None or band.get("max_yuan") is not None
            has_mult = band.get("min_multiple") is not None or band.get("max_multiple") is not None
            if has_yuan == has_mult:
                raise BenchmarkError(f"{bw}: give either yuan bounds or multiple bounds")
            bands.append(Band(**band))
        if not bands:
            raise BenchmarkError(f"{tw}: at least one band")
        tiers.append(Tier(t["name"], t["conditions"], tuple(bands)))
    if not tiers:
        raise BenchmarkError(f"{where}: at least one tier")
    return Benchmark(
        id=data["id"],
        title=data["title"],
        issuer=data["issuer"],
        sector=data["sector"],
        source=data["source"],
        evidence=data["evidence"],
        complete=data["complete"],
        basis=basis,
        tiers=tuple(tiers),
        notes=data.get("notes"),
        file=where,
        jurisdiction=tuple(data["jurisdiction"]) if data.get("jurisdiction") is not None else None,
    )


def load_benchmark_dir(folder: Path) -> list[Benchmark]:
    """Load and validate every ``*.yaml`` in ``folder`` (sorted by file name); ids must be unique."""
    out: list[Benchmark] = []
    for path in sorted(folder.glob("*.yaml")):
        data = load_yaml(path.read_text(encoding="utf-8"))
        out.append(parse_benchmark(data, path.name))
    ids = [b.id for b in out]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise BenchmarkError(f"{folder}: duplicate benchmark id(s) {dupes}")
    return out


@cache
def _shipped() -> tuple[Benchmark, ...]:
    from casecheck.resources import rules_dir

    return tuple(load_benchmark_dir(rules_dir() / "benchmarks"))


def load_benchmarks() -> list[Benchmark]:
    """The shipped benchmarks (loaded and validated once per process)."""
    return list(_shipped())


def find_benchmark(
    law: str,
    article: int,
    paragraph: int | None = None,
    item: int | None = None,
    evidence: Collection[str] | None = None,
) -> Benchmark | None:
    """The benchmark for a cited penalty provision: exact 款/项 match first, then a benchmark
    for the whole article, then the article's only benchmark when the citation names no 款.

    ``evidence``: the evidence grades a profile accepts (``None``: every grade). A benchmark of
    another grade is not there at all, so a published benchmark for the same provision is found
    in place of a constructed one.
    """
    from casecheck.laws.catalog import resolve_title

    if evidence is not None:
        unknown = sorted(set(evidence) - set(EVIDENCE))
        if unknown:
            raise BenchmarkError(f"unknown benchmark evidence grade(s) {unknown} (known: {EVIDENCE})")
    title = resolve_title(law) or law
    cands = [
        b
        for b in _shipped()
        if (resolve_title(b.basis.law) or b.basis.law) == title
        and b.basis.article == article
        and (evidence is None or b.evidence in evidence)
    ]
    for b in cands:
        if (b.basis.paragraph, b.basis.item) == (paragraph, item):
            return b
    for b in cands:
        if b.basis.paragraph is None or (b.basis.paragraph == paragraph and b.basis.item is None and item):
            return b
    if paragraph is None and len(cands) == 1:
        return cands[0]
    return None


def benchmark_stale(bm: Benchmark, d: date) -> str | None:
    """Why ``bm`` may not fit the law in force on ``d``, or ``None`` if its basis still holds.

    Compares the basis provision in the version the benchmark was built on with the version in
    force on ``d``: same version → ``None``; the provision's parsed penalty (kinds and fine
    clauses) unchanged → ``None``; otherwise a message. A message is also returned when the
    comparison cannot be made (law or version not in the catalog) — never a silent pass.
    """
    from casecheck.laws.catalog import load_catalog

    cat = load_catalog()
    law = cat.law(bm.basis.law)
    if law is None or not law.has_text:
        return f"{bm.id}: 无法核对基准依据（{bm.basis.law} 不在法规库或无文本）"
    built = next((v for v in law.versions if v.version == bm.basis.version), None)
    now = cat.in_force(law.title, d)
    if built is None:
        return f"{bm.id}: 无法核对基准依据（法规库无 {bm.basis.version} 版本）"
    if now is None or not now.has_text:
        return f"{bm.id}: 无法核对基准依据（{d.isoformat()} 施行的版本不在法规库）"
    if now.version == built.version:
        return None
    b = bm.basis
    ref = f"《{law.short}》第{b.article}条" + (f"第{b.paragraph}款" if b.paragraph else "")
    if not now.has_article(b.article, b.paragraph, b.item):
        return f"{bm.id}: 基准依据{ref}在{now.version}版中不存在（基准依据{built.version}版制定）"
    old = cat.penalty_provisions(built, str(b.article), b.paragraph, b.item)[0]
    new = cat.penalty_provisions(now, str(b.article), b.paragraph, b.item)[0]

    def signature(provs: list[Any]) -> list[Any]:
        return sorted((p.kinds, tuple(c.to_dict().__repr__() for c in p.clauses)) for p in provs)

    if signature(old) == signature(new):
        return None
    return (
        f"{bm.id}: 基准依据{ref}的罚则已修改（基准依据{built.version}版制定，"
        f"{d.isoformat()} 施行的是{now.version}版），裁量档次可能已不适用"
    )
