"""Law titles: normalising raw citations and the hand-kept alias book ``rules/laws/aliases.yaml``.

A raw title from a case file may carry 书名号, spaces, a version suffix (``(2021修订)``,
``（2018年修正）``, ``〔2021年版〕``) or lack the ``中华人民共和国`` prefix. ``normalize_title``
removes the noise; ``TitleIndex.resolve`` maps the rest to one official title.

The alias book is validated strictly: an unknown key or a wrong type raises ``AliasError`` naming
the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

PRC = "中华人民共和国"
_QUOTES = str.maketrans("", "", "《》〈〉<>“”\"'「」『』 \u3000\t\r\n")
_PARENS = str.maketrans({"(": "（", ")": "）", "[": "〔", "]": "〕", "【": "〔", "】": "〕"})
_SUFFIX = re.compile(
    r"[（〔][^（）〔〕]*(?:\d|[〇一二三四五六七八九十]{4}|修订|修正|版|年)[^（）〔〕]*[）〕]$"
)
LAW_KINDS = ("法律", "行政法规", "部门规章", "地方性法规", "司法解释", "规范性文件")


class AliasError(ValueError):
    """The alias book is malformed; the message names the file and the entry."""


def normalize_title(raw: str) -> str:
    """Strip 书名号, whitespace and trailing version suffixes; unify bracket forms.

    >>> normalize_title(" 《中华人民共和国行政处罚法》(2021修订) ")
    '中华人民共和国行政处罚法'
    >>> normalize_title("网络预约出租汽车经营服务管理暂行办法（试行）")
    '网络预约出租汽车经营服务管理暂行办法（试行）'
    """
    text = raw.translate(_QUOTES).translate(_PARENS)
    while True:
        stripped = _SUFFIX.sub("", text)
        if stripped == text:
            return text
        text = stripped


def short_title(title: str) -> str:
    """Title without the ``中华人民共和国`` prefix (``中华人民共和国食品安全法`` → ``食品安全法``)."""
    return title.removeprefix(PRC) or title


@dataclass(frozen=True)
class AliasEntry:
    """One law in the alias book: official title, aliases, and facts for laws without text."""

    title: str
    aliases: tuple[str, ...] = ()
    has_text: bool = True
    kind: str | None = None
    issuer: str | None = None
    note: str | None = None


_ENTRY_KEYS = {"title": str, "aliases": list, "has_text": bool, "kind": str, "issuer": str, "note": str}


def load_aliases(path: Path) -> list[AliasEntry]:
    """Read and validate ``aliases.yaml`` (top-level key ``laws``: a list of entries)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict) or set(data) != {"laws"} or not isinstance(data["laws"], list):
        raise AliasError(f"{path}: expected a mapping with the single key 'laws' (a list)")
    out: list[AliasEntry] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["laws"]):
        where = f"{path}: laws[{i}]"
        if not isinstance(raw, dict) or "title" not in raw:
            raise AliasError(f"{where}: entry must be a mapping with 'title'")
        for key, value in raw.items():
            if key not in _ENTRY_KEYS:
                raise AliasError(f"{where} ({raw.get('title')}): unknown key {key!r}")
            if not isinstance(value, _ENTRY_KEYS[key]):
                raise AliasError(f"{where} ({raw.get('title')}): {key!r} must be {_ENTRY_KEYS[key].__name__}")
        aliases = raw.get("aliases", [])
        if not all(isinstance(a, str) for a in aliases):
            raise AliasError(f"{where} ({raw['title']}): aliases must be strings")
        if raw.get("kind") is not None and raw["kind"] not in LAW_KINDS:
            raise AliasError(f"{where} ({raw['title']}): kind must be one of {LAW_KINDS}")
        if raw["title"] in seen:
            raise AliasError(f"{where}: duplicate title {raw['title']!r}")
        seen.add(raw["title"])
        out.append(
            AliasEntry(
                title=raw["title"],
                aliases=tuple(aliases),
                has_text=raw.get("has_text", True),
                kind=raw.get("kind"),
                issuer=raw.get("issuer"),
                note=raw.get("note"),
            )
        )
    return out


_UNSEEN = object()
# characters typed or read for one another (a slip of the pen, a homophone, an OCR look-alike):
# only these may be changed, never any character (兽药管理条例 and 农药管理条例 are both real)
CONFUSABLE_PAIRS = (
    "治冶", "例列", "理里", "规现", "办力", "辩辨", "账帐", "象像", "已己", "未末", "坏环", "侵浸",
    # OCR look-alikes (a radical misread, a frame read as another): 道路运揄条例, 城市房地产菅理法,
    # 环镜保护法, 道路交逋安全法, 国体废物污染环境防治法
    "输揄", "管菅", "护扩", "境镜", "污汚", "药葯", "通逋", "防妨", "全金", "固国",
)  # fmt: skip
_CONFUSABLE: dict[str, str] = {}
for _a, _b in CONFUSABLE_PAIRS:
    _CONFUSABLE[_a] = _CONFUSABLE.get(_a, "") + _b
    _CONFUSABLE[_b] = _CONFUSABLE.get(_b, "") + _a


RESOLVED_MAX = 8192  # a campaign's distinct cited titles are a few hundred; the bound keeps memory flat


class TitleIndex:
    """Maps normalised titles, short titles and aliases to official titles."""

    def __init__(self) -> None:
        self._map: dict[str, str] = {}
        self._ambiguous: set[str] = set()
        self._near: dict[str, str | None] | None = None  # a name with one slip: see ``_typo``
        self._resolved: dict[str, str | None] = {}  # raw title → answer (see ``resolve``)

    def add(self, official: str, *names: str) -> None:
        """Register ``official`` under itself, its short title and ``names``."""
        self._resolved.clear()
        for name in (official, short_title(official), *names):
            key = normalize_title(name)
            if self._map.get(key, official) != official:
                self._ambiguous.add(key)
            self._map.setdefault(key, official)
        self._near = None

    def resolve(self, raw: str) -> str | None:
        """Official title for a raw citation title, or ``None`` when unknown or ambiguous.

        A title typed with one character missing, one extra, or a mistyped ``中华人民共和国`` prefix
        (``反不当竞争法``, ``中华人名共和国广告法``) resolves to the one name it is that close to.

        Answers are remembered by raw title (at most ``RESOLVED_MAX``, the first asked): the
        citation checks resolve each cited title ~13 times a case (status, version in force,
        article …), and ``normalize_title``'s two ``translate`` calls cost more than the lookup.
        """
        known = self._resolved.get(raw, _UNSEEN)
        if known is not _UNSEEN:
            return known  # type: ignore[return-value]
        key = normalize_title(raw)
        found = next(
            (
                self._map[c]
                for c in (key, PRC + key, short_title(key))
                if c in self._map and c not in self._ambiguous
            ),
            None,
        )
        if found is None:
            found = self._typo(key)
        if len(self._resolved) < RESOLVED_MAX:
            self._resolved[raw] = found
        return found

    def _typo(self, key: str) -> str | None:
        """The official title ``key`` is one slip away from, if exactly one (see ``resolve``).

        Only names of six characters or more, and only a missing or an extra character (and a
        mistyped prefix): a changed character can make another real title (海关法/海商法,
        兽药/农药管理条例). A changed character is a slip only between look-alikes and homophones
        (``CONFUSABLE_PAIRS``: 大气污染防冶法).
        """
        head = key[: len(PRC)]
        if len(key) > len(PRC) and sum(a != b for a, b in zip(head, PRC, strict=True)) == 1:
            fixed = PRC + key[len(PRC) :]
            if fixed in self._map and fixed not in self._ambiguous:
                return self._map[fixed]
        if len(key) < 6:
            return None
        if self._near is None:
            near: dict[str, str | None] = {}
            for name, official in self._map.items():
                if len(name) < 6 or name in self._ambiguous:
                    continue
                slips = [name[:i] + name[i + 1 :] for i in range(len(name))]
                slips += [
                    name[:i] + alt + name[i + 1 :]
                    for i, c in enumerate(name)
                    for alt in _CONFUSABLE.get(c, "")
                ]
                for slip in slips:
                    near[slip] = official if near.get(slip, official) == official else None
            self._near = near
        found = {self._near.get(key)} | {
            self._map.get(key[:i] + key[i + 1 :])
            for i in range(len(key))
            if key[:i] + key[i + 1 :] not in self._ambiguous
        }
        found.discard(None)
        if len(found) == 1 and key not in self._map:
            return found.pop()
        return None

    def to_dict(self) -> dict[str, Any]:
        """All known names (for debugging and reports)."""
        return dict(sorted(self._map.items()))
