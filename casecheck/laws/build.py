"""Import law texts (LawRefBook Markdown) into the compiled catalog ``rules/laws/catalog.json.gz``.

``import_laws(src_dir, out)`` parses every ``TITLE(YYYY-MM-DD).md`` file, dates each version
(effective date from the text where the law states it, else from the documented facts in
``DATE_FACTS`` with their source, else the version date marked ``assumed``), chains versions so a
version ends the day before the next one takes effect, parses the 罚则 provisions into fine clauses
and writes a deterministic gzip JSON (same input → same bytes).

The CLI command ``casecheck laws import DIR`` is a thin wrapper around ``import_laws``.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from casecheck.laws.markdown import ParsedArticle, ParsedLaw, parse_file_name, parse_path
from casecheck.laws.penalties import PARTY_PERSON, PARTY_UNIT, find_kinds, parse_penalty_text

FORMAT = 1
# 行为和处罚 / 行为及其处罚: 海关行政处罚实施条例's chapters (走私行为及其处罚, 违反海关监管规定的
# 行为及其处罚)
PENALTY_CHAPTER_WORDS = ("法律责任", "罚则", "行为和处罚", "行为及其处罚")
# Laws without a 罚则 chapter whose fines sit in other chapters (short title → chapter words).
# 商标法 puts 第五十一条 to 第五十三条 under 商标使用的管理 and 第六十条、第六十八条 under
# 注册商标专用权的保护.
EXTRA_PENALTY_CHAPTERS: dict[str, tuple[str, ...]] = {
    "商标法": ("商标使用的管理", "注册商标专用权的保护", "商标管理"),  # (商标管理: the 2026 text's)
}


@dataclass(frozen=True)
class DateFact:
    """A documented date fact for one version (``source`` is ``readme`` or ``assumed``)."""

    effective: str | None = None
    end: str | None = None
    source: str = "readme"
    note: str | None = None


# Facts from shared/laws/README.md and domain.md (source "readme"), or general knowledge that no
# file here states (source "assumed", with a note). Keyed by (short title, version date).
DATE_FACTS: dict[tuple[str, str], DateFact] = {
    ("行政处罚法", "2017-09-01"): DateFact("2018-01-01", "2021-07-14"),
    ("安全生产法", "2014-08-31"): DateFact("2014-12-01", "2021-08-31"),
    ("安全生产法", "2021-06-10"): DateFact("2021-09-01", note="README: 2014 text in force to 2021-08-31"),
    ("产品质量法", "2009-08-27"): DateFact(end="2018-12-28"),
    ("产品质量法", "2018-12-29"): DateFact("2018-12-29", note="README: 2009 text in force to 2018-12-28"),
    ("广告法", "2015-04-24"): DateFact(end="2018-10-25"),
    ("大气污染防治法", "2015-08-29"): DateFact(end="2018-10-25"),
    ("大气污染防治法", "2018-10-26"): DateFact(
        "2018-10-26", "2026-08-14", note="README: 2015 text in force to 2018-10-25"
    ),
    ("食品安全法", "2015-04-24"): DateFact(end="2018-12-28"),
    ("行政复议法", "2017-09-01"): DateFact(
        "2018-01-01", "2023-12-31", note="amended by the same 2017-09-01 decision as 行政处罚法 (README)"
    ),
    ("道路运输条例", "2019-03-02"): DateFact("2019-03-02", "2022-04-30"),
    ("道路运输条例", "2022-03-29"): DateFact("2022-05-01"),
    ("民事诉讼法", "2023-09-01"): DateFact(
        "2024-01-01", source="assumed", note="2023 amending decision in force 2024-01-01 (not in these files)"
    ),
    # 生态环境法典 第一千二百四十二条: 本法自2026年8月15日起施行, these laws 同时废止 (rules/laws/texts/
    # README.md); with 大气污染防治法 above. 海洋环境保护法, 放射性污染防治法 and 清洁生产促进法, repealed by
    # the same article, have no text here: ``repeals`` reads their repeal from that article.
    ("环境保护法", "2014-04-24"): DateFact(end="2026-08-14"),
    ("环境影响评价法", "2018-12-29"): DateFact(end="2026-08-14"),
    ("水污染防治法", "2017-06-27"): DateFact(end="2026-08-14"),
    ("土壤污染防治法", "2018-08-31"): DateFact(end="2026-08-14"),
    ("固体废物污染环境防治法", "2020-04-29"): DateFact(end="2026-08-14"),
    ("噪声污染防治法", "2021-12-24"): DateFact(end="2026-08-14"),
}


@dataclass(frozen=True)
class TextlessVersion:
    """A version known to exist (documented) whose text we do not have."""

    law: str
    version: str
    effective: str
    source: str
    note: str
    numbering_as: str | None = None


TEXTLESS_VERSIONS: tuple[TextlessVersion, ...] = (
    TextlessVersion(
        "行政处罚法",
        "1996-03-17",
        "1996-10-01",
        "text",
        "original law; effective date stated in the 2017 text; numbering as the 2017 text (README), "
        "but without 第三十八条第三款",
        "2017-09-01",
    ),
    TextlessVersion(
        "反不正当竞争法",
        "2025-06-27",
        "2025-10-15",
        "assumed",
        "2025 revision (41 articles, renumbered; 本法自2025年10月15日起施行); the 国家法律法规数据库 marks "
        "the 2019 text 已修改; dates from a copy of that database, text not held here",
    ),
    TextlessVersion(
        "治安管理处罚法",
        "2025-06-27",
        "2026-01-01",
        "readme",
        "2025 revision in force 2026-01-01 with different article numbers (README); adoption date "
        "2025-06-27 is general knowledge, not verified here",
    ),
)

_DATE = r"([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日"
_EFFECTIVE_RE = re.compile(rf"本(?:法|条例|规定|办法|细则)(?:自|从){_DATE}起(?:施行|生效)")
_HISTORY_EFFECTIVE_RE = re.compile(rf"^{_DATE}\s*施行")
_ON_PUBLICATION_RE = re.compile(r"本(?:法|条例|规定|办法|细则)自公布之日起施行")
_FW = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class ImportSummary:
    """What ``import_laws`` did: counts, the output path and size, and warnings."""

    out: Path
    laws: int = 0
    versions: int = 0
    textless_versions: int = 0
    articles: int = 0
    penalty_provisions: int = 0
    parsed_ranges: int = 0
    bytes: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Record form for the CLI's JSON output."""
        return {**self.__dict__, "out": str(self.out)}


def _mkdate(y: str, m: str, d: str) -> date:
    return date(int(y.translate(_FW)), int(m.translate(_FW)), int(d.translate(_FW)))


def effective_from_text(law: ParsedLaw, version: date) -> date | None:
    """The effective date this version's own text states, if it is not before the version date."""
    candidates: list[date] = []
    for line in law.history:
        m = _HISTORY_EFFECTIVE_RE.match(line.translate(_FW))
        if m:
            candidates.append(_mkdate(*m.groups()))
    for art in law.articles[-8:]:
        for para in art.paragraphs:
            candidates += [_mkdate(*m.groups()) for m in _EFFECTIVE_RE.finditer(para.text.translate(_FW))]
            if _ON_PUBLICATION_RE.search(para.text) and len(law.history) <= 2:
                candidates.append(version)
    later = [d for d in candidates if d >= version]
    return max(later) if later else None


def classify_kind(law: ParsedLaw) -> str:
    """法律 / 行政法规 / 部门规章 from the adopting body in the history lines."""
    history = " ".join(law.history)
    if "全国人民代表大会" in history:
        return "法律"
    if "国务院" in history:
        return "行政法规"
    return "部门规章"


def _in_penalty_scope(art: ParsedArticle, has_chapters: bool, words: tuple[str, ...]) -> bool:
    if not has_chapters:
        return True
    return bool(art.chapter) and any(w in art.chapter for w in words)


_SUBJECT_RE = re.compile(r"^(单位|个人|公民)(?:有|违反)")


def _penalty_entry(
    key: str, para: int, item: int | None, text: str, subject: str | None = None
) -> dict[str, Any] | None:
    parsed = parse_penalty_text(text, default_party=subject)
    if parsed.confidence == "none" and not (parsed.kinds and re.search(r"处|给予|吊销|责令停", text)):
        return None
    entry: dict[str, Any] = {"a": key, "p": para, "k": list(parsed.kinds), "c": parsed.confidence}
    if item is not None:
        entry["i"] = item
    if parsed.flags:
        entry["f"] = list(parsed.flags)
    if parsed.clauses:
        entry["cl"] = [c.to_dict() for c in parsed.clauses]
    return entry


def compile_penalties(law: ParsedLaw, short: str = "") -> list[dict[str, Any]]:
    """Penalty entries for every 款 (and every 项 with its own penalty) in 罚则 chapters
    (and the chapters ``EXTRA_PENALTY_CHAPTERS`` names for ``short``)."""
    has_chapters = any(a.chapter for a in law.articles)
    words = PENALTY_CHAPTER_WORDS + EXTRA_PENALTY_CHAPTERS.get(short, ())
    out: list[dict[str, Any]] = []
    for art in law.articles:
        if not _in_penalty_scope(art, has_chapters, words):
            continue
        for p, para in enumerate(art.paragraphs, 1):
            # 单位违反本法规定… / 个人有前款…行为的: the 款 addresses one kind of party only.
            m = _SUBJECT_RE.match(para.text)
            subject = {"单位": PARTY_UNIT, "个人": PARTY_PERSON, "公民": PARTY_PERSON}[m[1]] if m else None
            entry = _penalty_entry(art.key, p, None, para.text, subject)
            if entry:
                out.append(entry)
            for i, item in enumerate(para.items, 1):
                if "罚款" in item or find_kinds(item):
                    item_entry = _penalty_entry(art.key, p, i, item, subject)
                    if item_entry and (item_entry.get("cl") or "罚款" in item):
                        out.append(item_entry)
    return out


def _article_record(art: ParsedArticle, chapters: list[str]) -> list[Any]:
    """Compact article form: [key, chapter index or null, [[款 text, [项 texts]], ...]]."""
    chapter = chapters.index(art.chapter) if art.chapter else None
    return [art.key, chapter, [[p.text, list(p.items)] for p in art.paragraphs]]


def _version_record(law: ParsedLaw, short: str, version: date, file: str) -> dict[str, Any]:
    fact = DATE_FACTS.get((short, version.isoformat()))
    from_text = effective_from_text(law, version)
    if fact and fact.effective:
        effective, source, note = fact.effective, fact.source, fact.note
    elif from_text:
        effective, source, note = from_text.isoformat(), "text", None
    else:
        effective, source = version.isoformat(), "assumed"
        note = "effective date not stated; version date used"
    chapters = list(dict.fromkeys(a.chapter for a in law.articles if a.chapter))
    return {
        "version": version.isoformat(),
        "effective": effective,
        "effective_source": source,
        "end": fact.end if fact and fact.end else None,
        "end_source": "readme" if fact and fact.end else None,
        "note": note,
        "has_text": True,
        "file": file,
        "chapters": chapters,
        "articles": [_article_record(a, chapters) for a in law.articles],
        "penalties": compile_penalties(law, short),
    }


def _chain(versions: list[dict[str, Any]]) -> None:
    """Sort by effective date; a version ends the day before the next one takes effect."""
    versions.sort(key=lambda v: (v["effective"], v["version"]))
    for cur, nxt in itertools.pairwise(versions):
        derived = (date.fromisoformat(nxt["effective"]) - timedelta(days=1)).isoformat()
        if cur["end"] is None:
            cur["end"], cur["end_source"] = derived, nxt["effective_source"]


def texts_dir() -> Path:
    """Law texts kept with the rules (``rules/laws/texts``): instruments case files cite that
    shared/laws lacks, each copied from the 国家法律法规数据库 (its README names the sources)."""
    from casecheck.resources import rules_dir

    return rules_dir() / "laws" / "texts"


def build_catalog(src_dir: Path, extra_dir: Path | None = None) -> tuple[dict[str, Any], list[str]]:
    """The catalog document (JSON-ready) and warnings, from a folder of law files.

    The texts of ``extra_dir`` (default ``texts_dir()``) are read after those of ``src_dir``.
    """
    laws: dict[str, dict[str, Any]] = {}
    warnings: list[str] = []
    extra = extra_dir if extra_dir is not None else texts_dir()
    for path in sorted(src_dir.glob("*.md")) + sorted(extra.glob("*(*).md")):
        try:
            short, version = parse_file_name(path)
        except ValueError:
            continue
        parsed = parse_path(path)
        if not parsed.articles:
            warnings.append(f"{path.name}: no articles found")
        title = parsed.title
        rec = laws.setdefault(title, {"title": title, "short": short, "kind": classify_kind(parsed)})
        rec.setdefault("versions", [])
        rec["versions"].append(_version_record(parsed, short, version, path.name))
    by_short = {rec["short"]: rec for rec in laws.values()}
    for tv in TEXTLESS_VERSIONS:
        rec = by_short.get(tv.law)
        if rec is None:
            warnings.append(f"textless version of unknown law {tv.law}")
            continue
        if any(v["version"] == tv.version for v in rec["versions"]):
            continue  # its text is held now: the text's version stands
        rec["versions"].append(
            {
                "version": tv.version,
                "effective": tv.effective,
                "effective_source": tv.source,
                "end": None,
                "end_source": None,
                "note": tv.note,
                "has_text": False,
                "numbering_as": tv.numbering_as,
            }
        )
    for rec in laws.values():
        _chain(rec["versions"])
    doc = {"format": FORMAT, "laws": [laws[t] for t in sorted(laws)]}
    return doc, warnings


def dump_catalog(doc: dict[str, Any]) -> bytes:
    """Deterministic gzip JSON bytes (no timestamps, fixed key order)."""
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(raw)
    return buf.getvalue()


def import_laws(src_dir: Path, out: Path) -> ImportSummary:
    """Build the catalog from ``src_dir`` and write it to ``out``; returns what was done."""
    doc, warnings = build_catalog(Path(src_dir))
    data = dump_catalog(doc)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    summary = ImportSummary(out=out, bytes=len(data), warnings=warnings, laws=len(doc["laws"]))
    for law in doc["laws"]:
        for v in law["versions"]:
            if not v["has_text"]:
                summary.textless_versions += 1
                continue
            summary.versions += 1
            summary.articles += len(v["articles"])
            summary.penalty_provisions += len(v["penalties"])
            summary.parsed_ranges += sum(1 for p in v["penalties"] if p.get("cl"))
    return summary


__all__ = ["DATE_FACTS", "TEXTLESS_VERSIONS", "ImportSummary", "build_catalog", "import_laws", "texts_dir"]
