"""The law catalog: versions, articles (款/项), penalty ranges and title resolution.

Loaded lazily, once per process, from ``rules/laws/catalog.json.gz`` (built by
``casecheck.laws.build.import_laws``) and ``rules/laws/aliases.yaml``. Typical use::

    from casecheck.laws import catalog
    title = catalog.resolve_title("《食品安全法》")          # 中华人民共和国食品安全法
    v = catalog.in_force(title, date(2024, 5, 1))           # Version 2021-04-29
    v.has_article(124, paragraph=1, item=13)               # True / False / None (no text)
    catalog.penalty_range(title, date(2024, 5, 1), 124, 1, base=8000)

Conventions: article references are ints (``51``) or strings (``"51"``, ``"第五十一条"``,
``"第五十一条之一"``); 款 (``paragraph``) and 项 (``item``) are 1-based ints. A version without text
(``has_text=False``) answers ``None`` to existence questions: unreviewable, never a defect.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from casecheck.laws.markdown import Paragraph, article_key
from casecheck.laws.numerals import cn_to_int, int_to_cn
from casecheck.laws.penalties import PARTY_PERSON, PARTY_RESPONSIBLE, PARTY_UNIT, Clause
from casecheck.laws.titles import AliasEntry, TitleIndex, load_aliases, normalize_title, short_title

ArticleRef = int | str
_REF_RE = re.compile(
    r"^第?(?P<no>[0-9零〇一二两三四五六七八九十百千]+)(?:条)?(?:之(?P<sub>[0-9一二三四五六七八九十]+))?$"
)
_PARTY_ALIASES = {
    "单位": PARTY_UNIT,
    "organisation": PARTY_UNIT,
    "organization": PARTY_UNIT,
    "法人": PARTY_UNIT,
    "个人": PARTY_PERSON,
    "person": PARTY_PERSON,
    "公民": PARTY_PERSON,
    "责任人员": PARTY_RESPONSIBLE,
    "responsible_person": PARTY_RESPONSIBLE,
}


def parse_article_ref(ref: ArticleRef) -> str:
    """Canonical article key: ``51``, ``"第五十一条"`` → ``"51"``; ``"第五十一条之一"`` → ``"51之1"``."""
    if isinstance(ref, int):
        return str(ref)
    m = _REF_RE.match(str(ref).strip())
    if not m:
        raise ValueError(f"not an article reference: {ref!r}")
    sub = cn_to_int(m["sub"]) if m["sub"] else 0
    return article_key(cn_to_int(m["no"]), sub)


def article_label(key: str) -> str:
    """``"51"`` → ``第五十一条``; ``"51之1"`` → ``第五十一条之一``."""
    no, _, sub = key.partition("之")
    return f"第{int_to_cn(int(no))}条" + (f"之{int_to_cn(int(sub))}" if sub else "")


@dataclass(frozen=True)
class Article:
    """One article of one version: key, chapter and its 款 (each with its 项)."""

    key: str
    chapter: str | None
    paragraphs: tuple[Paragraph, ...]

    @property
    def label(self) -> str:
        """Chinese label, e.g. ``第七十二条``."""
        return article_label(self.key)

    @property
    def paragraph_count(self) -> int:
        """Number of 款."""
        return len(self.paragraphs)

    def item_count(self, paragraph: int = 1) -> int:
        """Number of 项 in 款 ``paragraph`` (0 when the 款 does not exist or has none)."""
        return len(self.paragraphs[paragraph - 1].items) if 1 <= paragraph <= len(self.paragraphs) else 0

    def has(self, paragraph: int | None = None, item: int | None = None) -> bool:
        """Whether 款 ``paragraph`` / 项 ``item`` exist (an item without paragraph means 款1)."""
        p = paragraph or 1
        if not 1 <= p <= len(self.paragraphs):
            return False
        return item is None or 1 <= item <= len(self.paragraphs[p - 1].items)

    def text(self, paragraph: int | None = None, item: int | None = None) -> str:
        """Full text of the article, of one 款, or of one 项."""
        if paragraph is None and item is None:
            return "\n".join("\n".join((p.text, *p.items)) for p in self.paragraphs)
        para = self.paragraphs[(paragraph or 1) - 1]
        if item is None:
            return "\n".join((para.text, *para.items))
        return para.items[item - 1]

    def quote(self, paragraph: int | None = None, item: int | None = None, limit: int = 300) -> str:
        """A citation-style quote: ``第X条第Y款第（Z）项：text`` (text cut to ``limit`` chars)."""
        head = self.label + (f"第{int_to_cn(paragraph)}款" if paragraph else "")
        head += f"第{int_to_cn(item)}项" if item else ""
        body = self.text(paragraph, item) if self.has(paragraph, item) else ""
        return f"{head}：{body[:limit]}"


@dataclass(frozen=True)
class PenaltyProvision:
    """Parsed penalty content of one 款 (``item`` is None) or one 项 of one version."""

    article: str
    paragraph: int
    item: int | None
    kinds: tuple[str, ...]
    confidence: str
    flags: tuple[str, ...]
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Version:
    """One version of a law: dates with their sources, articles and penalty provisions.

    ``effective``/``end`` are inclusive; ``end`` is ``None`` while in force. ``*_source`` is
    ``text`` (stated in the law), ``readme`` (documented in shared/laws/README.md or domain.md) or
    ``assumed``. ``has_text=False`` marks a documented version we have no text for;
    ``numbering_as`` then names the version whose numbering it is documented to share.
    """

    law: str
    version: date
    effective: date
    effective_source: str
    end: date | None
    end_source: str | None
    has_text: bool
    note: str | None = None
    numbering_as: date | None = None
    file: str | None = None
    articles: Mapping[str, Article] = field(default_factory=dict, repr=False, compare=False)
    penalties: Mapping[tuple[str, int, int | None], PenaltyProvision] = field(
        default_factory=dict, repr=False, compare=False
    )

    def in_force_on(self, d: date) -> bool:
        """Whether ``d`` lies within ``[effective, end]``."""
        return self.effective <= d and (self.end is None or d <= self.end)

    def article(self, ref: ArticleRef) -> Article | None:
        """The article, or ``None`` if it does not exist here (or there is no text)."""
        return self.articles.get(parse_article_ref(ref))

    def has_article(
        self, ref: ArticleRef, paragraph: int | None = None, item: int | None = None
    ) -> bool | None:
        """True/False whether 条(/款/项) exist in this version; ``None`` when it has no text."""
        if not self.has_text:
            return None
        art = self.article(ref)
        return art is not None and art.has(paragraph, item)

    def to_dict(self) -> dict[str, Any]:
        """Metadata record (no articles)."""
        return {
            "law": self.law,
            "version": self.version.isoformat(),
            "effective": self.effective.isoformat(),
            "effective_source": self.effective_source,
            "end": self.end.isoformat() if self.end else None,
            "end_source": self.end_source,
            "has_text": self.has_text,
            "note": self.note,
            "numbering_as": self.numbering_as.isoformat() if self.numbering_as else None,
            "articles": len(self.articles),
        }


@dataclass(frozen=True)
class Law:
    """A law, regulation or rule: official title, kind and versions (empty if ``has_text`` is False)."""

    title: str
    short: str
    kind: str | None
    has_text: bool
    versions: tuple[Version, ...] = ()
    aliases: tuple[str, ...] = ()
    issuer: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Record form with version metadata (no article texts)."""
        return {
            "title": self.title,
            "short": self.short,
            "kind": self.kind,
            "has_text": self.has_text,
            "aliases": list(self.aliases),
            "issuer": self.issuer,
            "note": self.note,
            "versions": [v.to_dict() for v in self.versions],
        }


@dataclass(frozen=True)
class PenaltyRange:
    """What a penalty provision allows for one case.

    ``min_yuan``/``max_yuan`` are ``None`` when they cannot be known (multiples without ``base``,
    unparsed text, no upper bound). ``flags`` explain every widening or gap, e.g.
    ``needs_base``, ``depends_on_base``, ``includes_serious``, ``conditional``,
    ``union_of_paragraphs``, ``union_of_items``, ``from_paragraph``, ``unparsed``,
    ``no_upper_bound``, ``excludes_responsible_persons``.
    """

    law: str
    version: date
    article: str
    paragraph: int | None
    item: int | None
    min_yuan: float | None
    max_yuan: float | None
    min_multiple: float | None
    max_multiple: float | None
    base_kind: str | None
    kinds: tuple[str, ...]
    quote: str
    confidence: str
    flags: tuple[str, ...] = ()
    clauses: tuple[Clause, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Record form."""
        return {
            "law": self.law,
            "version": self.version.isoformat(),
            "article": self.article,
            "paragraph": self.paragraph,
            "item": self.item,
            "min_yuan": self.min_yuan,
            "max_yuan": self.max_yuan,
            "min_multiple": self.min_multiple,
            "max_multiple": self.max_multiple,
            "base_kind": self.base_kind,
            "kinds": list(self.kinds),
            "quote": self.quote,
            "confidence": self.confidence,
            "flags": list(self.flags),
            "clauses": [c.to_dict() for c in self.clauses],
        }


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _num(v: Decimal) -> float | int:
    v = v.quantize(Decimal("0.01"))
    return int(v) if v == v.to_integral_value() else float(v)


def _build_version(title: str, rec: dict[str, Any]) -> Version:
    chapters = rec.get("chapters", [])
    articles = {
        key: Article(
            key, chapters[ch] if ch is not None else None, tuple(Paragraph(t, tuple(i)) for t, i in paras)
        )
        for key, ch, paras in rec.get("articles", [])
    }
    penalties = {
        (p["a"], p["p"], p.get("i")): PenaltyProvision(
            p["a"],
            p["p"],
            p.get("i"),
            tuple(p["k"]),
            p["c"],
            tuple(p.get("f", ())),
            tuple(Clause.from_dict(c) for c in p.get("cl", ())),
        )
        for p in rec.get("penalties", [])
    }
    return Version(
        law=title,
        version=date.fromisoformat(rec["version"]),
        effective=date.fromisoformat(rec["effective"]),
        effective_source=rec["effective_source"],
        end=_date(rec.get("end")),
        end_source=rec.get("end_source"),
        has_text=rec["has_text"],
        note=rec.get("note"),
        numbering_as=_date(rec.get("numbering_as")),
        file=rec.get("file"),
        articles=articles,
        penalties=penalties,
    )


def _clause_applies(c: Clause, base: float | None, serious: bool | None) -> bool:
    """Whether a clause can govern a case with this ``base`` and seriousness."""
    if c.base and base == 0:
        return False  # a multiple of nothing: the 没有违法所得 alternative governs
    for cond in c.conditions:
        if cond.get("serious") and serious is False:
            return False
        if cond.get("minor") and serious is True:
            return False
        op = cond.get("op")
        if op is None or base is None:
            continue
        limit = cond.get("yuan", 0)
        ok = {
            "<": base < limit,
            ">": base > limit,
            ">=": base >= limit,
            "none": base == 0,
            "some": base > 0,
        }[op]
        if not ok:
            return False
    return True


def _specific(clauses: list[Clause], base: float | None) -> list[Clause]:
    """Of the clauses that apply, the one a threshold sets governs over a mere ``有违法所得的``: in
    ``有违法所得的，处违法所得2倍以上10倍以下的罚款；没有违法所得或者违法所得不足2万元的，处3万元以上
    10万元以下的罚款`` a gain of 320 元 is fined 3万–10万 (the threshold is the exception to the multiple)."""
    if base is None:
        return clauses
    cut = {d.get("base") for c in clauses for d in c.conditions if d.get("op") in ("<", ">", ">=")}
    if not cut:
        return clauses
    return [
        c for c in clauses if not any(d.get("op") == "some" and d.get("base") in cut for d in c.conditions)
    ]


class Catalog:
    """All laws: texts from the compiled catalog plus titles from the alias book."""

    def __init__(self, doc: dict[str, Any], aliases: list[AliasEntry]) -> None:
        if doc.get("format") != 1:
            raise ValueError(f"unsupported catalog format {doc.get('format')!r}")
        self.laws: dict[str, Law] = {}
        self.index = TitleIndex()
        alias_by_title = {a.title: a for a in aliases}
        for rec in doc["laws"]:
            title = rec["title"]
            entry = alias_by_title.get(title)
            versions = tuple(_build_version(title, v) for v in rec["versions"])
            self.laws[title] = Law(
                title,
                rec["short"],
                rec.get("kind"),
                True,
                versions,
                entry.aliases if entry else (),
                entry.issuer if entry else None,
                entry.note if entry else None,
            )
        for a in aliases:
            if a.title in self.laws:
                continue
            if a.has_text:
                raise ValueError(f"aliases.yaml: {a.title} is marked has_text but is not in the catalog")
            self.laws[a.title] = Law(
                a.title, short_title(a.title), a.kind, False, (), a.aliases, a.issuer, a.note
            )
        for law in self.laws.values():
            self.index.add(law.title, *law.aliases)

    # -- titles ---------------------------------------------------------------------------
    def resolve_title(self, raw: str) -> str | None:
        """Official title for a raw cited title (书名号, version suffix, prefix-less forms)."""
        return self.index.resolve(raw)

    def law(self, title: str) -> Law | None:
        """The law for an official or raw title, or ``None`` if unknown."""
        official = self.resolve_title(title)
        return self.laws.get(official) if official else None

    # -- versions -------------------------------------------------------------------------
    def in_force(self, law: str, d: date) -> Version | None:
        """The version in force on ``d`` (may have ``has_text=False``), or ``None``.

        ``None`` means the law is unknown, has no dated versions, or ``d`` lies outside every
        catalogued version (before our earliest text, or after the last version ended).
        Use ``status`` to tell those apart.
        """
        rec = self.law(law)
        if rec is None:
            return None
        return next((v for v in rec.versions if v.in_force_on(d)), None)

    def text_version(self, law: str, d: date) -> tuple[Version, bool] | None:
        """The text to check a citation against on ``d``, and whether it is a stand-in.

        Normally the version in force (``False``). When that version has no text but is
        documented to share the numbering of one we hold (``numbering_as``, e.g. 行政处罚法 2009
        → the 2017 text), that text is returned with ``True``: callers should say the check
        relied on the documented numbering. ``None`` when no text can stand in.
        """
        v = self.in_force(law, d)
        if v is None:
            return None
        if v.has_text:
            return v, False
        if v.numbering_as is None:
            return None
        rec = self.law(law)
        proxy = (
            next((x for x in rec.versions if x.version == v.numbering_as and x.has_text), None)
            if rec
            else None
        )
        return (proxy, True) if proxy else None

    def status(self, law: str, d: date) -> str:
        """``in_force`` | ``no_text`` | ``before_coverage`` | ``ended`` | ``unknown_law``.

        ``ended`` means the last catalogued version ended before ``d`` (repealed or replaced by a
        version we hold no text for); ``before_coverage`` means our earliest version is later.
        """
        rec = self.law(law)
        if rec is None:
            return "unknown_law"
        if not rec.versions:
            return "no_text"
        v = self.in_force(law, d)
        if v is not None:
            return "in_force" if v.has_text else "no_text"
        return "before_coverage" if d < rec.versions[0].effective else "ended"

    def versions_with_article(
        self, law: str, article: ArticleRef, paragraph: int | None = None, item: int | None = None
    ) -> list[Version]:
        """Versions (with text) in which the article (and 款/项) exist, oldest first."""
        rec = self.law(law)
        if rec is None:
            return []
        return [v for v in rec.versions if v.has_article(article, paragraph, item)]

    def versions_quoting(self, law: str, article: ArticleRef, phrase: str) -> list[Version]:
        """Versions (with text) whose article contains ``phrase`` (whitespace ignored).

        Tells old from new numbering by content: 《行政处罚法》第五十一条 quoted with 加处罚款
        matches only the pre-2021 text.
        """
        rec = self.law(law)
        needle = "".join(phrase.split())
        if rec is None or not needle:
            return []
        out = []
        for v in rec.versions:
            art = v.article(article) if v.has_text else None
            if art is not None and needle in "".join(art.text().split()):
                out.append(v)
        return out

    # -- penalties ------------------------------------------------------------------------
    def penalty_provisions(
        self, version: Version, key: str, paragraph: int | None, item: int | None
    ) -> tuple[list[PenaltyProvision], set[str]]:
        """The stored provisions that answer a query, with flags saying how they were chosen."""
        flags: set[str] = set()
        pens = version.penalties
        if paragraph is None and item is not None:
            # 第六十三条第（一）项 cited without its 款: the one paragraph that holds that item
            holders = {pp for (a, pp, i) in pens if a == key and i == item}
            paragraph = holders.pop() if len(holders) == 1 else None
        if paragraph is not None and item is not None:
            if (key, paragraph, item) in pens:
                return [pens[(key, paragraph, item)]], flags
            flags.add("from_paragraph")
            item = None
        if paragraph is not None:
            base = [pens[(key, paragraph, None)]] if (key, paragraph, None) in pens else []
        else:
            base = [p for (a, _, i), p in pens.items() if a == key and i is None]
            if len([p for p in base if p.clauses]) > 1:
                flags.add("union_of_paragraphs")
        if any("amount_not_stated" in p.flags for p in base) or not base:
            items = [
                p
                for (a, pp, i), p in pens.items()
                if a == key and i is not None and (paragraph is None or pp == paragraph)
            ]
            if items:
                flags.add("union_of_items")
                kinds = tuple(k for p in base for k in p.kinds)
                base = [p for p in base if "amount_not_stated" not in p.flags] + [
                    replace(p, kinds=tuple(dict.fromkeys((*kinds, *p.kinds)))) for p in items
                ]
        return base, flags

    def penalty_range(
        self,
        law: str,
        d: date,
        article: ArticleRef,
        paragraph: int | None = None,
        item: int | None = None,
        party_kind: str | None = None,
        base: float | None = None,
        serious: bool | None = None,
        allow_proxy: bool = False,
    ) -> PenaltyRange | None:
        """The statutory penalty range of a provision for a case decided under the law of ``d``.

        ``party_kind``: 单位/个人/责任人员 (or organisation/person/responsible_person); when
        ``None``, fines addressed only to 直接负责的主管人员 are left out. ``base``: the 货值金额 /
        违法所得 (yuan) that multiples and base conditions refer to. ``serious``: whether 情节严重
        applies (``None`` = include those alternatives, flagged). ``allow_proxy``: when the version
        in force has no text, use the text documented to share its numbering (flag
        ``numbering_proxy``; see ``text_version``). Returns ``None`` when the law, a usable text,
        the article or a penalty provision is missing.
        """
        found = self.text_version(law, d)
        if found is None or (found[1] and not allow_proxy):
            return None
        version, proxied = found
        key = parse_article_ref(article)
        art = version.articles.get(key)
        if art is None or not art.has(paragraph, item):
            return None
        provs, flags = self.penalty_provisions(version, key, paragraph, item)
        if not provs:
            return None
        if proxied:
            flags.add("numbering_proxy")
        kinds = tuple(k for k in dict.fromkeys(k for p in provs for k in p.kinds))
        quote = art.quote(paragraph, item)
        common = dict(
            law=version.law,
            version=version.version,
            article=key,
            paragraph=paragraph,
            item=item,
            kinds=kinds,
            quote=quote,
        )
        if any(p.confidence == "low" for p in provs) or not any(p.clauses for p in provs):
            flags.add("unparsed")
            return PenaltyRange(
                **common,
                min_yuan=None,
                max_yuan=None,
                min_multiple=None,
                max_multiple=None,
                base_kind=None,
                confidence="low",
                flags=tuple(sorted(flags)),
            )
        pk = _PARTY_ALIASES.get(party_kind or "")
        if party_kind and pk is None:
            raise ValueError(f"unknown party kind {party_kind!r}")
        clauses = [c for p in provs for c in p.clauses]
        if pk is None and any(c.party == PARTY_RESPONSIBLE for c in clauses):
            flags.add("excludes_responsible_persons")
        if pk is None:
            clauses = [c for c in clauses if c.party != PARTY_RESPONSIBLE]
        else:
            clauses = [c for c in clauses if c.party in (None, pk)]
        clauses = _specific([c for c in clauses if _clause_applies(c, base, serious)], base)
        for c in clauses:
            for cond in c.conditions:
                if cond.get("serious"):
                    flags.add("includes_serious")
                elif "text" in cond or cond.get("minor"):
                    flags.add("conditional")
                elif "op" in cond and base is None:
                    flags.add("depends_on_base")
        return self._range(common, clauses, base, flags)

    @staticmethod
    def _range(
        common: dict[str, Any], clauses: list[Clause], base: float | None, flags: set[str]
    ) -> PenaltyRange:
        lows: list[Decimal] = []
        highs: list[Decimal | None] = []
        mults = [c for c in clauses if c.base]
        for c in clauses:
            if c.base:
                if base is None:
                    continue
                b = Decimal(str(base))
                lows.append(Decimal(str(c.min_multiple or 0)) * b)
                highs.append(Decimal(str(c.max_multiple)) * b if c.max_multiple is not None else None)
            else:
                lows.append(Decimal(str(c.min_yuan or 0)))
                highs.append(Decimal(str(c.max_yuan)) if c.max_yuan is not None else None)
        mult_highs = [c.max_multiple for c in mults]
        base_kinds = sorted({c.base for c in mults if c.base})
        if len(base_kinds) > 1:
            flags.add("mixed_bases")
        if mults and base is None:
            flags.add("needs_base")
        known = bool(clauses) and not (mults and base is None)
        if not clauses:
            flags.add("no_applicable_clause")
        if known and any(h is None for h in highs):
            flags.add("no_upper_bound")
        return PenaltyRange(
            **common,
            min_yuan=_num(min(lows)) if known else None,
            max_yuan=_num(max(h for h in highs if h is not None)) if known and None not in highs else None,
            min_multiple=min((c.min_multiple or 0) for c in mults) if mults else None,
            max_multiple=max(m for m in mult_highs if m is not None)
            if mults and None not in mult_highs
            else None,
            base_kind=base_kinds[0] if base_kinds else None,
            confidence="high",
            flags=tuple(sorted(flags)),
            clauses=tuple(clauses),
        )

    # -- statistics -----------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Counts for reports and the CLI."""
        versions = [v for law in self.laws.values() for v in law.versions]
        text = [v for v in versions if v.has_text]
        return {
            "laws": len(self.laws),
            "laws_with_text": sum(1 for law in self.laws.values() if law.has_text),
            "versions_with_text": len(text),
            "versions_without_text": len(versions) - len(text),
            "articles": sum(len(v.articles) for v in text),
            "penalty_provisions": sum(len(v.penalties) for v in text),
            "parsed_ranges": sum(1 for v in text for p in v.penalties.values() if p.clauses),
        }


def read_catalog_file(path: Path) -> dict[str, Any]:
    """Decode a ``catalog.json.gz`` file."""
    with gzip.open(path, "rb") as fh:
        return json.loads(fh.read())


def load_catalog(path: Path | None = None, aliases: Path | None = None) -> Catalog:
    """Load a catalog; without arguments, the shipped one (cached, once per process)."""
    if path is None and aliases is None:
        return _default()
    from casecheck.resources import rules_dir

    folder = rules_dir() / "laws"
    return Catalog(
        read_catalog_file(path or folder / "catalog.json.gz"),
        load_aliases(aliases or folder / "aliases.yaml"),
    )


@cache
def _default() -> Catalog:
    from casecheck.resources import rules_dir

    folder = rules_dir() / "laws"
    return Catalog(read_catalog_file(folder / "catalog.json.gz"), load_aliases(folder / "aliases.yaml"))


# Module-level shortcuts over the shipped catalog -------------------------------------------
def resolve_title(raw: str) -> str | None:
    """See ``Catalog.resolve_title``."""
    return _default().resolve_title(raw)


def get_law(title: str) -> Law | None:
    """See ``Catalog.law``."""
    return _default().law(title)


def in_force(law: str, d: date) -> Version | None:
    """See ``Catalog.in_force``."""
    return _default().in_force(law, d)


def status(law: str, d: date) -> str:
    """See ``Catalog.status``."""
    return _default().status(law, d)


def versions_with_article(
    law: str, article: ArticleRef, paragraph: int | None = None, item: int | None = None
) -> list[Version]:
    """See ``Catalog.versions_with_article``."""
    return _default().versions_with_article(law, article, paragraph, item)


def versions_quoting(law: str, article: ArticleRef, phrase: str) -> list[Version]:
    """See ``Catalog.versions_quoting``."""
    return _default().versions_quoting(law, article, phrase)


def penalty_range(
    law: str,
    d: date,
    article: ArticleRef,
    paragraph: int | None = None,
    item: int | None = None,
    party_kind: str | None = None,
    base: float | None = None,
    serious: bool | None = None,
    allow_proxy: bool = False,
) -> PenaltyRange | None:
    """See ``Catalog.penalty_range``."""
    return _default().penalty_range(law, d, article, paragraph, item, party_kind, base, serious, allow_proxy)


def text_version(law: str, d: date) -> tuple[Version, bool] | None:
    """See ``Catalog.text_version``."""
    return _default().text_version(law, d)


__all__ = [
    "Article",
    "Catalog",
    "Law",
    "PenaltyProvision",
    "PenaltyRange",
    "Version",
    "article_label",
    "get_law",
    "in_force",
    "load_catalog",
    "normalize_title",
    "parse_article_ref",
    "penalty_range",
    "resolve_title",
    "status",
    "text_version",
    "versions_quoting",
    "versions_with_article",
]
