"""The CJK fonts every report renderer (WeasyPrint PDF, matplotlib charts) must use.

A Chinese report with a missing font does not fail by itself: it prints boxes (tofu) or
nothing. So fonts are found explicitly, from the files ``scripts/setup.sh`` installs
(``fonts-noto-cjk``, ``fonts-wqy-zenhei``), and a renderer asks :func:`require_coverage` before
it writes: any character that no font of the stack can draw raises :class:`FontMissing`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path


class FontMissing(RuntimeError):
    """No CJK font is installed, or the text holds characters no installed font can draw."""


@dataclass(frozen=True)
class Font:
    """One font file of the stack: its family name, file and index inside a collection."""

    family: str
    path: Path
    index: int = 0


# In order of preference. Index 2 of the Noto CJK collections is the SC (simplified) face.
CANDIDATES: tuple[Font, ...] = (
    Font("Noto Sans CJK SC", Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
    Font("Noto Serif CJK SC", Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"), 2),
    Font("WenQuanYi Zen Hei", Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
    Font("WenQuanYi Micro Hei", Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
)
LATIN = Font("DejaVu Sans", Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), 0)
HINT = "install fonts-noto-cjk or fonts-wqy-zenhei (scripts/setup.sh)"


@cache
def cjk_fonts() -> tuple[Font, ...]:
    """The installed CJK fonts, best first; raises :class:`FontMissing` when there is none."""
    found = tuple(f for f in CANDIDATES if f.path.is_file())
    if not found:
        raise FontMissing(f"no CJK font found for reports; {HINT}")
    return found


@cache
def _cmap(font: Font) -> frozenset[int]:
    from fontTools.ttLib import TTCollection, TTFont

    if font.path.suffix.lower() in (".ttc", ".otc"):
        tt = TTCollection(str(font.path), lazy=True).fonts[font.index]
    else:
        tt = TTFont(str(font.path), lazy=True)
    return frozenset(tt.getBestCmap() or {})


def coverage_gaps(text: str) -> set[str]:
    """Characters of ``text`` that no font of the stack (CJK fonts plus DejaVu) can draw."""
    fonts = [*cjk_fonts(), *([LATIN] if LATIN.path.is_file() else [])]
    drawable = frozenset().union(*(_cmap(f) for f in fonts))
    return {ch for ch in set(text) if ord(ch) > 0x20 and ch not in "\u00a0\u200b" and ord(ch) not in drawable}


def require_coverage(text: str) -> None:
    """Raise :class:`FontMissing` naming the characters no installed font has (never tofu)."""
    gaps = coverage_gaps(text)
    if gaps:
        shown = "".join(sorted(gaps))[:40]
        raise FontMissing(f"{len(gaps)} character(s) have no glyph in the installed fonts: {shown!r}; {HINT}")


def css_font_faces() -> str:
    """``@font-face`` rules pinning the report families to the installed font files."""
    out = []
    for f in cjk_fonts():
        out.append(f'@font-face{{font-family:"{f.family}";src:local("{f.family}"),url("{f.path.as_uri()}")}}')
    return "\n".join(out)


def css_stack() -> str:
    """The CSS ``font-family`` value: the installed CJK families, then generic sans-serif."""
    return ", ".join(f'"{f.family}"' for f in cjk_fonts()) + ", sans-serif"


def matplotlib_setup() -> str:
    """Register the CJK fonts with matplotlib and make the first one the default; its name."""
    from matplotlib import font_manager, rcParams

    families = []
    for f in cjk_fonts():
        font_manager.fontManager.addfont(str(f.path))
        families.append(f.family)
    names = {e.name for e in font_manager.fontManager.ttflist}
    usable = [fam for fam in families if fam in names]
    if not usable:
        raise FontMissing(f"matplotlib cannot load a CJK font from {[str(f.path) for f in cjk_fonts()]}")
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [*usable, "DejaVu Sans"]
    rcParams["axes.unicode_minus"] = False
    rcParams["svg.fonttype"] = "path"  # glyphs become paths: the SVG needs no font to display
    return usable[0]
