"""Parse one law file in LawRefBook Markdown format into articles, 款 and 项.

Format (see ``shared/laws/README.md``): ``# TITLE`` first, history lines (通过/修正/修订/施行), the
marker ``<!-- INFO END -->``, then ``## 第X章`` / ``### 第X节`` headings and one paragraph per 款.
``第X条 `` (or ``第X条之一 ``) starts an article; the paragraphs after it, up to the next article
or heading, are its further 款; lines starting with ``（一）`` (or ``(一)``) are 项 of the preceding
款; lines starting with ``1.`` are 目 and stay inside the text of the preceding 项.

>>> law = parse_text("# 某法\\n<!-- INFO END -->\\n第一条 总则。\\n第二条 有下列情形：\\n（一）甲；\\n")
>>> [(a.key, [len(p.items) for p in a.paragraphs]) for a in law.articles]
[('1', [0]), ('2', [1])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from casecheck.laws.numerals import cn_to_int

INFO_END = "<!-- INFO END -->"
ARTICLE_RE = re.compile(
    r"^第(?P<no>[零〇一二两三四五六七八九十百千]+)条(?:之(?P<sub>[一二三四五六七八九十]+))?[ \u3000]+"
)
ITEM_RE = re.compile(r"^[（(](?P<no>[一二三四五六七八九十]+)[）)]")
SUBITEM_RE = re.compile(r"^[0-9０-９]+[.．、]")
FILE_RE = re.compile(r"^(?P<title>.+)\((?P<date>\d{4}-\d{2}-\d{2})\)\.md$")
_INVISIBLE = str.maketrans("", "", "\u200b\ufeff\u200c\u200d")


@dataclass(frozen=True)
class Paragraph:
    """One 款: its own text (without its 项) and the texts of its 项 in order."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedArticle:
    """One article (条) as written: canonical key (``"51"`` or ``"51之一"``) and its 款."""

    key: str
    paragraphs: tuple[Paragraph, ...]
    chapter: str | None = None


@dataclass
class ParsedLaw:
    """A parsed file: official title (the ``# `` heading), history lines and articles in order."""

    title: str
    history: list[str] = field(default_factory=list)
    articles: list[ParsedArticle] = field(default_factory=list)


def article_key(number: int, sub: int = 0) -> str:
    """Canonical article key: ``51`` for 第五十一条, ``51之1`` for 第五十一条之一."""
    return f"{number}之{sub}" if sub else str(number)


def parse_file_name(path: Path) -> tuple[str, date]:
    """``行政处罚法(2021-01-22).md`` → (``行政处罚法``, 2021-01-22); raises ``ValueError`` otherwise."""
    m = FILE_RE.match(path.name)
    if not m:
        raise ValueError(f"{path.name}: not a TITLE(YYYY-MM-DD).md law file")
    return m["title"], date.fromisoformat(m["date"])


def parse_text(text: str) -> ParsedLaw:
    """Parse the Markdown text of one law version."""
    lines = [ln.translate(_INVISIBLE).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines or not lines[0].startswith("# "):
        raise ValueError("law file must start with '# TITLE'")
    law = ParsedLaw(title=lines[0][2:].strip())
    try:
        end = lines.index(INFO_END)
    except ValueError as exc:
        raise ValueError(f"{law.title}: missing {INFO_END}") from exc
    law.history = lines[1:end]
    chapter: str | None = None
    current: tuple[str, list[list]] | None = None  # (key, [[para_text, [items]], ...])
    current_chapter: str | None = None

    def flush() -> None:
        if current is not None:
            paras = tuple(Paragraph(t, tuple(items)) for t, items in current[1])
            law.articles.append(ParsedArticle(current[0], paras, current_chapter))

    for line in lines[end + 1 :]:
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            if line.startswith("## "):
                chapter = heading
            continue
        m = ARTICLE_RE.match(line)
        if m:
            flush()
            sub = cn_to_int(m["sub"]) if m["sub"] else 0
            current = (article_key(cn_to_int(m["no"]), sub), [[line[m.end() :].strip(), []]])
            current_chapter = chapter
            continue
        if current is None:
            continue  # preamble text before the first article (rare)
        paras = current[1]
        if ITEM_RE.match(line):
            paras[-1][1].append(line)
        elif SUBITEM_RE.match(line) and paras[-1][1]:
            paras[-1][1][-1] += "\n" + line
        else:
            paras.append([line, []])
    flush()
    return law


def parse_path(path: Path) -> ParsedLaw:
    """Parse a law file from disk (UTF-8)."""
    return parse_text(path.read_text(encoding="utf-8"))
