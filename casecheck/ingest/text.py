"""Plain-text files: detect the encoding, decode, split pages at form feeds.

Detection order, most reliable first: a BOM; strict UTF-8 (when it yields no NUL); UTF-16
without BOM, recognised by where the NUL bytes of ASCII characters fall or, for pure Chinese
text that has none, by decoding to plausible Chinese; strict GB18030 (a superset of GBK and
GB2312); charset-normalizer as the last resort. Anything else is a ``decode_error``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from itertools import pairwise

from casecheck.model import CaseError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_PLAUSIBLE = 0.9


# Characters usual in Chinese documents; anything else counts against a decoding.
_UNUSUAL = re.compile(
    "[^\n\r\t\f·×÷"
    "\x20-\x7e"  # ASCII
    "\u2010-\u22ff"  # general punctuation, ℃, roman numerals, arrows, √
    "\u2460-\u25ff"  # ①, box drawing, □ ○ ■
    "\u3000-\u303f"  # CJK punctuation
    "\u3200-\u33ff"  # ㈠, ㎡
    "\u3400-\u4dbf\u4e00-\u9fff"  # CJK
    "\uff00-\uffef]"  # full-width forms
)


def plausibility(text: str) -> float:
    """Share of characters usual in Chinese documents (CJK, ASCII, CJK punctuation, spaces)."""
    if not text:
        return 0.0
    return 1.0 - len(_UNUSUAL.findall(text)) / len(text)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def guess_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``data`` (of even length) looks like BOM-less UTF-16."""
    if len(data) < 2 or len(data) % 2:
        return None
    sample = data[:8192]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 2 * even and odd >= len(sample) // 40:
        return "utf-16-le"
    if even > 2 * odd and even >= len(sample) // 40:
        return "utf-16-be"
    if even or odd:
        return None
    # No NUL at all: only pure CJK text; accept the byte order that reads as Chinese.
    for enc in ("utf-16-le", "utf-16-be"):
        text = _strict(sample, enc)
        if text and plausibility(text) >= 0.97:
            return enc
    return None


def detect_and_decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes; return ``(text, encoding)``. Raises ``CaseError('decode_error')``."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data, enc)
            if text is None:
                raise CaseError("decode_error", f"text starts with a {enc} BOM but does not decode as {enc}")
            return text.lstrip("\ufeff"), enc
    text = _strict(data, "utf-8")
    if text is not None and "\x00" not in text:
        if plausibility(text) >= _PLAUSIBLE or (wide := _utf16_of(data)) is None:
            return text, "utf-8"
        return wide  # 。。。 as UTF-16 without a BOM: 02 30 02 30 … is valid, implausible UTF-8
    enc16 = guess_utf16(data)
    if enc16 and (text := _strict(data, enc16)) is not None:
        return text, enc16
    text = _strict(data, "gb18030")
    if text is not None and plausibility(text) >= _PLAUSIBLE:
        return text, "gb18030"
    return _last_resort(data)


def _utf16_of(data: bytes) -> tuple[str, str] | None:
    """The BOM-less UTF-16 reading of ``data`` that is plausible Chinese text, if one is."""
    for enc in ("utf-16-le", "utf-16-be"):
        text = _strict(data, enc) if len(data) % 2 == 0 else None
        if text and plausibility(text) >= _PLAUSIBLE:
            return text, enc
    return None


def _last_resort(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception as exc:  # charset-normalizer has no narrow error type
        raise CaseError("decode_error", f"could not detect the text encoding: {exc}") from exc
    if best is None or best.encoding is None:
        raise CaseError("decode_error", "could not detect the text encoding (not UTF-8, UTF-16 or GB18030)")
    text = str(best)
    if plausibility(text) < _PLAUSIBLE:
        raise CaseError("decode_error", f"text decodes as {best.encoding} only to implausible characters")
    return text, best.encoding


def split_pages(text: str) -> list[str]:
    """Split decoded text into pages at form feeds (``\\f``); a trailing empty page is dropped.

    Without form feeds, a text whose pages are numbered by footer lines of their own (``第6页 共12页``,
    ``- 6 -``, ``— 第6页 —``, ``6/12``), one number up from the last each time, is split after each footer: a
    volume typed or exported as one text keeps its pages (page numbers in evidence, titles at the
    tops of pages)."""
    if "\f" not in text:
        return _footer_pages(text)
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


_FOOTER = re.compile(
    r"^[ \t\u3000]*(?:第\s*(?P<a>\d{1,4})\s*页\s*[/,，]?\s*共\s*\d{1,4}\s*页"
    r"|共\s*\d{1,4}\s*页\s*第\s*(?P<b>\d{1,4})\s*页|[-—－]\s*(?:第\s*)?(?P<c>\d{1,4})\s*(?:页\s*)?[-—－]"
    r"|(?P<d>\d{1,4})\s*/\s*\d{1,4})[ \t\u3000\r]*$",
    re.M,
)
_MIN_FOOTERS = 2


def _in_step(run: list[re.Match[str]]) -> bool:
    """Each number is one up from the last or starts again at 1 (a table's page column is not)."""
    numbers = [int(next(g for g in m.groups() if g)) for m in run]
    return all(n in (last + 1, 1) for last, n in pairwise(numbers))


_BARE_FOOTER = re.compile(r"^[ \t\u3000]*第\s*(\d{1,4})\s*页[ \t\u3000\r]*$")


_UNNUMBERED_LEAD = 2  # a 封面 and a 卷内目录, which volumes leave unnumbered


def numbered_in_order(pages: Sequence[str]) -> bool:
    """Every page ends on a page number of its own (``第3页``, ``第3页 共28页``, ``- 3 -``, ``3/28``),
    each one up from the last, after at most a 封面 and a 卷内目录 left unnumbered: the pages are
    the volume's, as printed. A DOCX split at its page breaks is then as fixed as a PDF; without
    the numbers its pages depend on who renders it."""
    numbers: list[int | None] = []
    for page in pages:
        last = page.rstrip().rsplit("\n", 1)[-1]  # the page's last line that holds anything
        m = (_FOOTER.match(last) or _BARE_FOOTER.match(last)) if last else None
        numbers.append(int(next(g for g in m.groups() if g)) if m else None)
    lead = next((i for i, n in enumerate(numbers) if n is not None), len(numbers))
    run = numbers[lead:]
    if lead > _UNNUMBERED_LEAD or len(run) < _MIN_FOOTERS or None in run:
        return False
    return all(n == last + 1 for last, n in pairwise(run))  # type: ignore[operator]


def _footer_pages(text: str) -> list[str]:
    """``text`` split after its footer lines, when each is numbered one up from the last or
    starts again at 1 (a document numbered on its own: 第1页 共2页); else one page. The first may
    be any number: a file of a volume kept one file per document goes on with the volume's
    numbers (- 6 -, - 7 -)."""
    styles: dict[str | None, list[re.Match[str]]] = {}
    for m in _FOOTER.finditer(text):
        styles.setdefault(m.lastgroup, []).append(m)
    # 第1页 共2页 under a record's title and 4/16 at the foot of the volume's page: each style of
    # number is a run of its own; of those in step, the longest (at a tie, the one reaching
    # furthest: the footers) paginates
    runs = [r for r in styles.values() if len(r) >= _MIN_FOOTERS and _in_step(r)]
    if not runs:
        return [text]
    run = max(runs, key=lambda r: (len(r), r[-1].end()))
    if not text[: run[0].start()].strip():  # 第1页 共2页 heads each page: split before each number
        cuts = [m.start() for m in run[1:]]
    else:  # a footer ends each page: split after it
        cuts = [m.end() + 1 if text[m.end() : m.end() + 1] == "\n" else m.end() for m in run]
    pages, pos = [], 0
    for cut in cuts:
        pages.append(text[pos:cut])
        pos = cut
    if text[pos:].strip():
        pages.append(text[pos:])
    return pages
