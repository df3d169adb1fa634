"""Named regex patterns with small validate hooks (presidio style).

A :class:`Pattern` is data: a name, a regular expression and a prior score. Semantics live in an
optional ``validate`` hook that receives the match and returns ``True`` (keep), ``False`` (drop)
or ``None`` (keep, but the value cannot be validated, e.g. a masked ID number).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

try:  # the regex parser of the standard library (``sre_parse`` before Python 3.11)
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

Validator = Callable[[re.Match[str]], bool | None]


def required_literal(rx: re.Pattern[str]) -> str:
    """The longest run of characters every match of ``rx`` contains (``""`` when none is sure).

    Read from the pattern's top-level sequence: consecutive literal characters (also inside a
    plain group) that no quantifier, alternation or flag makes optional or case-blind. A text
    without that run cannot match, so ``run in text`` is a free test before a slow scan (a
    pattern opening with an optional group, ``(?:予以|依法)?公示``, is tried at every position).
    """
    if rx.flags & re.IGNORECASE:
        return ""
    best = cur = ""
    for op, av in _sre.parse(rx.pattern, rx.flags):
        chars: str | None = None
        if op is _sre.LITERAL:
            chars = chr(av)
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:  # a group without scoped flags
            items = list(av[3])
            if items and all(o is _sre.LITERAL for o, _ in items):
                chars = "".join(chr(a) for _, a in items)
        if chars is None:
            cur = ""
            continue
        cur += chars
        if len(cur) > len(best):
            best = cur
    return best


def required_chars(rx: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of ``rx`` contains: its ``required_literal`` when it has
    one, else the smallest top-level character set of plain characters (``[元圆]``: a match holds
    元 or 圆); ``()`` when nothing is sure."""
    literal = required_literal(rx)
    if literal or rx.flags & re.IGNORECASE:
        return (literal,) if literal else ()
    best: tuple[str, ...] = ()
    for op, av in _sre.parse(rx.pattern, rx.flags):
        if op is _sre.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
            op, av = next(iter(av[3]))  # a group holding one character set: (?P<sep>[-./])
        if op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
            chars = tuple(sorted({chr(a) for _, a in av}))
            if not best or len(chars) < len(best):
                best = chars
    return best


@functools.lru_cache(maxsize=1024)
def guarded(regex: str, flags: int = 0) -> tuple[re.Pattern[str], str]:
    """``regex`` compiled, with its ``required_literal`` (both made once per pattern)."""
    rx = re.compile(regex, flags)
    return rx, required_literal(rx)


@functools.lru_cache(maxsize=1024)
def literal_of(rx: re.Pattern[str]) -> str:
    """``required_literal(rx)``, worked out once per pattern."""
    return required_literal(rx)


def search(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``rx.search(text)``, skipped when ``text`` lacks the run every match contains."""
    literal = literal_of(rx)
    return rx.search(text) if not literal or literal in text else None


def may_match(literal: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False when ``text[pos:endpos]`` lacks ``literal`` (see ``required_literal``): no match there."""
    return not literal or text.find(literal, pos, len(text) if endpos is None else endpos) >= 0


@dataclass(frozen=True)
class Pattern:
    """A named regex with a prior ``score`` and an optional ``validate`` hook."""

    name: str
    regex: str
    score: float = 0.5
    validate: Validator | None = None
    flags: int = 0
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    needs: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.regex, self.flags))
        object.__setattr__(self, "needs", required_chars(self.compiled))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Matches the validate hook does not reject."""
        end = len(text) if endpos is None else endpos
        if self.needs and all(text.find(s, pos, end) < 0 for s in self.needs):
            return iter(())  # none of what every match contains is there
        if self.validate is None:  # no hook: the regex's own iterator, no generator frame per match
            return self.compiled.finditer(text, pos, end)
        return self._validated(text, pos, end)

    def _validated(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        validate = self.validate
        for m in self.compiled.finditer(text, pos, end):
            if validate(m) is not False:  # type: ignore[misc]
                yield m


def first_match(patterns: Iterable[Pattern], text: str) -> tuple[Pattern, re.Match[str]] | None:
    """The earliest match of any pattern (ties broken by higher score)."""
    best: tuple[int, float, Pattern, re.Match[str]] | None = None
    for p in patterns:
        for m in p.finditer(text):
            key = (m.start(), -p.score)
            if best is None or key < (best[0], best[1]):
                best = (m.start(), -p.score, p, m)
            break
    return (best[2], best[3]) if best else None
