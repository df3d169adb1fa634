"""The document-type catalogue (``rules/doctypes.yaml``): title patterns and per-type properties.

Loaded once and validated strictly: an unknown key or a bad regular expression fails loudly,
naming the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from casecheck.resources import rules_dir

OTHER = "其他"
_KEYS = {"doc_type", "titles", "outward", "dated", "signatures"}
# A title line may carry the issuing agency before the title; it must end like an agency name.
_AGENCY_TAIL = r"(?:局|委员会|委|厅|院|所|队|站|中心|政府|办公室|办|署|处|部|会)"
_COPY_MARK = r"(?:[（(](?:正本|副本|存根|第[一二三四五六七八九十0-9]+联)[）)])?"
_TITLE_LINE = "^(?P<prefix>.{{0,30}}?{tail})?(?P<title>{pattern})" + _COPY_MARK + "$"


@dataclass(frozen=True)
class DocType:
    """One standard document type and what the rules expect of it."""

    doc_type: str
    titles: tuple[str, ...]
    outward: bool
    dated: bool
    signatures: tuple[str, ...]
    regex: re.Pattern[str]


@cache
def catalogue() -> tuple[DocType, ...]:
    """All document types in match order (first match wins)."""
    path = rules_dir() / "doctypes.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for i, entry in enumerate(data["doctypes"]):
        unknown = set(entry) - _KEYS
        if unknown:
            raise ValueError(f"{path}: doctypes[{i}] has unknown keys {sorted(unknown)}")
        alternatives = "|".join(f"(?:{t})" for t in entry["titles"])
        try:
            regex = re.compile(_TITLE_LINE.format(tail=_AGENCY_TAIL, pattern=alternatives))
        except re.error as exc:
            raise ValueError(f"{path}: bad title pattern in {entry['doc_type']}: {exc}") from exc
        out.append(
            DocType(
                doc_type=entry["doc_type"],
                titles=tuple(entry["titles"]),
                outward=bool(entry.get("outward", False)),
                dated=bool(entry.get("dated", False)),
                signatures=tuple(entry.get("signatures", ())),
                regex=regex,
            )
        )
    return tuple(out)


def by_name(doc_type: str) -> DocType | None:
    """The catalogue entry of a standard ``doc_type`` (None for 其他 or unknown)."""
    return next((d for d in catalogue() if d.doc_type == doc_type), None)


_SPACES = re.compile(r"[\s\u3000]+")
# Sentence punctuation, quotation marks and label colons never occur in a title line.
_NOT_TITLE = re.compile(r"[：:，,。；;《》“”\"！？]")


def classify_title(line: str) -> tuple[str, str] | None:
    """``(doc_type, title)`` if ``line`` is, as a whole, a document title; else None.

    Spaces are ignored (``行 政 处 罚 决 定 书``). The title returned is the matched title part,
    without the agency prefix.
    """
    compact = _SPACES.sub("", line)
    if not 3 <= len(compact) <= 40 or _NOT_TITLE.search(compact):
        return None
    for dt in catalogue():
        m = dt.regex.match(compact)
        if m:
            return dt.doc_type, m.group("title")
    return None
