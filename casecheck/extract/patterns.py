"""Named regex patterns with small validate hooks (presidio style).

A :class:`Pattern` is data: a name, a regular expression and a prior score. Semantics live in an
optional ``validate`` hook that receives the match and returns ``True`` (keep), ``False`` (drop)
or ``None`` (keep, but the value cannot be validated, e.g. a masked ID number).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

Validator = Callable[[re.Match[str]], bool | None]


@dataclass(frozen=True)
class Pattern:
    """A named regex with a prior ``score`` and an optional ``validate`` hook."""

    name: str
    regex: str
    score: float = 0.5
    validate: Validator | None = None
    flags: int = 0
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.regex, self.flags))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Matches the validate hook does not reject."""
        end = len(text) if endpos is None else endpos
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
