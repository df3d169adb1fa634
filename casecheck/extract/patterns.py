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
from typing import Any

try:  # the regex parser of the standard library (``sre_parse`` before Python 3.11)
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]
try:  # the regex compiler and engine of the standard library, for ``skipping_compile``
    import _sre as _engine
    from re import _compiler as _sre_compiler
except ImportError:  # pragma: no cover
    _engine = _sre_compiler = None  # type: ignore[assignment]

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
    return _literal_of_seq(_sre.parse(_source(rx), rx.flags))


def _literal_of_seq(seq: Any) -> str:
    """``required_literal`` of a parsed sequence: the first of its longest literal runs."""
    best = ""
    for run in _literal_runs(seq):
        if len(run) > len(best):
            best = run
    return best


def _literal_runs(seq: Any) -> list[str]:
    """Every maximal run of consecutive literal characters a match of ``seq`` must contain."""
    runs: list[str] = []
    cur = ""
    for op, av in seq:
        chars: str | None = None
        if op is _sre.LITERAL:
            chars = chr(av)
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:  # a group without scoped flags
            items = list(av[3])
            if items and all(o is _sre.LITERAL for o, _ in items):
                chars = "".join(chr(a) for _, a in items)
        if chars is None:
            if cur:
                runs.append(cur)
            cur = ""
            continue
        cur += chars
    if cur:
        runs.append(cur)
    return runs


def required_chars(rx: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of ``rx`` contains: its ``required_literal`` when it has
    one, else the smallest top-level character set of plain characters (``[元圆]``: a match holds
    元 or 圆); ``()`` when nothing is sure."""
    literal = required_literal(rx)
    if literal or rx.flags & re.IGNORECASE:
        return (literal,) if literal else ()
    best: tuple[str, ...] = ()
    for op, av in _sre.parse(_source(rx), rx.flags):
        if op is _sre.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
            op, av = next(iter(av[3]))  # a group holding one character set: (?P<sep>[-./])
        if op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
            chars = tuple(sorted({chr(a) for _, a in av}))
            if not best or len(chars) < len(best):
                best = chars
    return best


class _Unknown(Exception):
    """The first character of a match cannot be bounded (``.``, ``[^…]``, a back-reference)."""


_CATEGORY_CLASS = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}


def _first_of(seq: Any) -> tuple[set[str], bool]:
    """Class items (escaped characters, ranges, ``\\d``…) a match of ``seq`` can start with, and
    whether ``seq`` can match the empty string (then what follows it can start the match too)."""
    items: set[str] = set()
    for op, av in seq:
        first, nullable = _first_of_op(op, av)
        items |= first
        if not nullable:
            return items, False
    return items, True


def _first_of_op(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _sre.IN:
        items: set[str] = set()
        for o, a in av:
            if o is _sre.LITERAL:
                items.add(re.escape(chr(a)))
            elif o is _sre.RANGE and a[1] - a[0] <= _WIDEST_RANGE:
                items.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            elif o is _sre.CATEGORY and a in _CATEGORY_CLASS:
                items.add(_CATEGORY_CLASS[a])
            else:  # NEGATE, an unusual category, a range as wide as all CJK (it would pass
                raise _Unknown  # nearly every position of a Chinese text, and costs a big table)
        return items, False
    if op is _sre.SUBPATTERN:
        if av[1] or av[2]:  # scoped flags (?i:…)
            raise _Unknown
        return _first_of(av[3])
    if op is _sre.ATOMIC_GROUP:
        return _first_of(av)
    if op is _sre.BRANCH:
        items, nullable = set(), False
        for alt in av[1]:
            first, n = _first_of(alt)
            items |= first
            nullable = nullable or n
        return items, nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        first, n = _first_of(av[2])
        return first, n or av[0] == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # zero width: the next item starts the match
    raise _Unknown


def _scans_fast(parsed: Any) -> bool:
    """Does the engine itself skip to where a match can start (a literal or a character set
    opens the pattern, or a branch of literals), or fail at once where none can (a required
    run of one class, ``\\s+``)? Then a look-ahead would only add a test."""
    data = list(parsed)
    while data and data[0][0] is _sre.SUBPATTERN and not data[0][1][1] and not data[0][1][2]:
        data = list(data[0][1][3])
    if not data:
        return False
    op, av = data[0]
    if op in (_sre.LITERAL, _sre.IN):
        return True
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        body = list(av[2])
        return av[0] >= 1 and len(body) == 1 and body[0][0] in (_sre.LITERAL, _sre.IN)
    return op is _sre.BRANCH and all(alt and alt[0][0] is _sre.LITERAL for alt in av[1])


def first_char_guard(regex: str, flags: int = 0) -> str:
    """``(?=[…])`` naming every character a match of ``regex`` can start with, or ``""``.

    A pattern opening with an optional part (``(?:人民币)?\\s*(?P<num>…)``, ``(?<![0-9])…``) gives
    the regex engine nothing to skip ahead with: it runs the whole opening at every position of
    the text. The guard rejects most positions with one class test, and changes no match: every
    match's first character is in it. ``""`` when that set cannot be bounded, the pattern can
    match the empty string, or the engine already scans for its opening literal or class."""
    try:
        parsed = _sre.parse(regex, flags)
    except re.error:
        return ""
    if (flags | parsed.state.flags) & (re.IGNORECASE | re.VERBOSE) or _scans_fast(parsed):
        return ""
    try:
        items, nullable = _first_of(parsed)
    except _Unknown:
        return ""
    if nullable or not items:
        return ""
    return "(?=[" + "".join(sorted(items)) + "])"


_WIDEST_RANGE = 64  # a wider range (all CJK) makes runs of the alphabet the whole text: no use


def _alphabet_of(seq: Any, items: set[str]) -> None:
    """Add to ``items`` every character ``seq`` can consume or look at; raise ``_Unknown`` when
    that cannot be listed (``.``, ``[^…]``, anchors, ``\\w``) or is too wide to help."""
    for op, av in seq:
        if op is _sre.LITERAL:
            items.add(re.escape(chr(av)))
        elif op is _sre.IN:
            items |= _first_of_op(op, av)[0]  # the same listing; NEGATE raises
            for o, a in av:
                if (o is _sre.RANGE and a[1] - a[0] > _WIDEST_RANGE) or (
                    o is _sre.CATEGORY and a not in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_SPACE)
                ):
                    raise _Unknown
        elif op is _sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown
            _alphabet_of(av[3], items)
        elif op is _sre.ATOMIC_GROUP:
            _alphabet_of(av, items)
        elif op is _sre.BRANCH:
            for alt in av[1]:
                _alphabet_of(alt, items)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            _alphabet_of(av[2], items)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            _alphabet_of(av[1], items)
        elif op is _sre.GROUPREF:
            continue  # what the group matched: characters listed already
        else:  # AT (^ $ \b), ANY, NOT_LITERAL, conditional groups …
            raise _Unknown


def match_alphabet(regex: str, flags: int = 0) -> str | None:
    """A class body (``[…]`` without brackets) holding every character a match of ``regex``
    consumes or its look-arounds inspect, or ``None`` when there is no short such list.

    A match then lies inside one maximal run of these characters, and the pattern finds the same
    matches scanning each run (``finditer(text, lo, hi)``) as scanning the whole text: look-behinds
    still see the text before ``lo``, and nothing a look-ahead could match lies past ``hi``."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _sre.parse(regex, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        items: set[str] = set()
        _alphabet_of(parsed, items)
    except (_Unknown, re.error):
        return None
    return "".join(sorted(items)) or None


# guarded pattern → the plain one (``required_literal`` reads the plain pattern's structure)
_PLAIN: dict[re.Pattern[str], str] = {}


def _source(rx: re.Pattern[str]) -> str:
    """The pattern as written (without a ``fast_compile`` guard)."""
    return _PLAIN.get(rx, rx.pattern)


def fast_compile(regex: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(regex, flags)`` with its ``first_char_guard`` in front (same matches, same
    groups; ``.pattern`` shows the guard, so never splice it into another pattern)."""
    guard = first_char_guard(regex, flags)
    if not guard:
        return re.compile(regex, flags)
    rx = skipping_compile(f"{guard}(?:{regex})", flags)
    _PLAIN[rx] = regex
    return rx


def skipping_compile(guarded: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(guarded, flags)`` for a pattern opening with a class look-ahead ``(?=[…])`` (a
    ``first_char_guard``, or one written for a pattern it cannot bound), with that class also put
    in the compiled pattern's info block as the set a match starts with.

    The engine skips positions outside that set in a tight loop (what it does by itself for a
    pattern that opens with a character set), instead of entering the pattern at every position
    to test the look-ahead (~30-40 ns a position: most of a scan of a short document). The code
    of the pattern itself is the one ``re`` makes, so the matches are the same (the engine only
    starts fewer attempts, none where the guard fails); the engine validates the block. Falls
    back to ``re.compile`` when the compiler's internals are not as expected."""
    try:
        parsed = _sre.parse(guarded, flags)
        op, av = parsed.data[0]
        body = list(av[1])
        code = _sre_compiler._code(parsed, flags)
        info, skip, mask, lo, hi = code[:5]
        if op is not _sre.ASSERT or av[0] != 1 or len(body) != 1 or body[0][0] is not _sre.IN:
            raise ValueError("no guard")
        if info != _sre_compiler.INFO or mask != 0 or lo == 0:
            raise ValueError("an info block with a prefix already, or an empty match")
        charset: list[int] = []
        # the pattern's own flags (re.UNICODE for a str pattern): ``\s`` in the set is then Unicode
        # space (\u3000 too), as in the code the engine runs after the skip
        state_flags = flags | parsed.state.flags
        _sre_compiler._compile_charset(_sre_compiler._optimize_charset(body[0][1])[0], state_flags, charset)
        head = [info, 0, _sre_compiler.SRE_INFO_CHARSET, lo, hi, *charset]
        head[1] = len(head) - 1
        code = head + code[1 + skip :]
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, i in state.groupdict.items():
            indexgroup[i] = name
        return _engine.compile(  # type: ignore[no-any-return]
            guarded, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup)
        )
    except Exception:  # another Python's internals: the plain compile is correct
        return re.compile(guarded, flags)


@functools.lru_cache(maxsize=1024)
def guarded(regex: str, flags: int = 0) -> tuple[re.Pattern[str], str]:
    """``regex`` compiled, with its ``required_literal`` (both made once per pattern)."""
    rx = fast_compile(regex, flags)
    return rx, shared_literal(rx)


@functools.lru_cache(maxsize=1024)
def literal_of(rx: re.Pattern[str]) -> str:
    """``shared_literal(rx)``, worked out once per pattern."""
    return shared_literal(rx)


def shared_literal(rx: re.Pattern[str]) -> str:
    """``required_literal``, or for a pattern that is one alternation at the top the longest run
    that the required literal of every alternative holds (``从轻处罚|…|(?:予以|依法)从轻`` → 从轻):
    every match holds one alternative's match, so it holds that run too."""
    literal = required_literal(rx)
    if literal or rx.flags & re.IGNORECASE:
        return literal
    data = list(_sre.parse(_source(rx), rx.flags))
    if len(data) != 1 or data[0][0] is not _sre.BRANCH:
        return ""
    alts = [_literal_runs(alt) for alt in data[0][1][1]]
    candidates = {r[i:j] for r in alts[0] for i in range(len(r)) for j in range(i + 1, len(r) + 1)}
    shared = [c for c in candidates if all(any(c in r for r in runs) for runs in alts[1:])]
    return max(shared, key=lambda c: (len(c), c), default="")


def search(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``rx.search(text)``, skipped when ``text`` lacks the run every match contains."""
    literal = literal_of(rx)
    return rx.search(text) if not literal or literal in text else None


class LiteralScan:
    """Which of a fixed set of literals a text holds, from one scan.

    ``literal in text`` runs through the whole text when the literal is absent (most are): for
    the dozens of pattern literals an extractor tests per document, one scan for their
    alternation is cheaper. It is tried at every offset where one starts and finds there the
    first listed, the longest; any other literal matching at that offset is a prefix of it and is
    added with it, so the set is exactly ``{lit for lit in literals if lit in text}``."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = sorted({lit for lit in literals if lit}, key=lambda s: (-len(s), s))
        self._any = re.compile("|".join(map(re.escape, self.literals))) if self.literals else None
        self._prefixes = {
            lit: tuple(p for p in self.literals if p != lit and lit.startswith(p)) for lit in self.literals
        }

    def __call__(self, text: str) -> set[str]:
        found: set[str] = set()
        if self._any is None:
            return found
        search, pos = self._any.search, 0
        while (m := search(text, pos)) is not None:
            lit = m.group()
            if lit not in found:
                found.add(lit)
                found.update(self._prefixes[lit])
            pos = m.start() + 1
        return found


def may_match(literal: str, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False when ``text[pos:endpos]`` lacks ``literal`` (see ``required_literal``): no match there."""
    return not literal or text.find(literal, pos, len(text) if endpos is None else endpos) >= 0


# Scanning runs pays off on a document; on a short string (a table cell, a header line) finding
# them (a reversed copy, the ``needs`` offsets, a generator) costs more than the plain scan.
_RUNS_MIN_TEXT = 64


@dataclass(frozen=True)
class Pattern:
    """A named regex with a prior ``score`` and an optional ``validate`` hook."""

    name: str
    regex: str
    score: float = 0.5
    validate: Validator | None = None
    flags: int = 0
    # a regex for a part every match holds (tested to be so), led by a literal the engine skips
    # ahead to: no such part in the text, no scan of the full pattern
    anchor: str | None = None
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    anchor_rx: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    needs: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # a character outside the alphabet, when matches are runs of a short alphabet
    runs: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", fast_compile(self.regex, self.flags))
        object.__setattr__(self, "needs", required_chars(self.compiled))
        alphabet = match_alphabet(self.regex, self.flags) if self.needs else None
        object.__setattr__(self, "runs", re.compile(f"[^{alphabet}]", self.flags) if alphabet else None)
        object.__setattr__(self, "anchor_rx", re.compile(self.anchor, self.flags) if self.anchor else None)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, validate: bool = True
    ) -> Iterator[re.Match[str]]:
        """Matches the validate hook does not reject (all matches with ``validate=False``: for a
        caller that computes what the hook does anyway and drops the same matches itself)."""
        end = len(text) if endpos is None else endpos
        hook = self.validate if validate else None
        if self.needs:
            for s in self.needs:
                if text.find(s, pos, end) >= 0:
                    break
            else:
                return iter(())  # none of what every match contains is there
        if self.anchor_rx is not None and not self.anchor_rx.search(text, pos, end):
            return iter(())  # nor the part every match holds
        if self.runs is not None and pos == 0 and end > _RUNS_MIN_TEXT and end == len(text):
            return self._in_runs(text, hook)  # (``runs`` is set only for a pattern with ``needs``)
        if hook is None:  # no hook: the regex's own iterator, no generator frame per match
            return self.compiled.finditer(text, pos, end)
        return self._validated(text, pos, end)

    def _validated(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        validate = self.validate
        for m in self.compiled.finditer(text, pos, end):
            if validate(m) is not False:  # type: ignore[misc]
                yield m

    def _in_runs(self, text: str, validate: Validator | None) -> Iterator[re.Match[str]]:
        """``finditer`` over each maximal run of the pattern's alphabet that holds one of its
        ``needs`` (see ``match_alphabet``): the same matches, without trying every position of
        the text (a pattern opening with an optional part gives the engine nothing to skip by)."""
        outside = self.runs
        assert outside is not None
        hits = sorted(i for s in self.needs for i in _occurrences(text, s))
        n = len(text)
        backwards = text[::-1]  # the run's start: the first character outside it, looking back
        hi = -1
        for i in hits:
            if i < hi:
                continue  # in the run just scanned
            before = outside.search(backwards, n - i)
            lo = n - before.start() if before else 0
            out = outside.search(text, i)
            hi = out.start() if out else len(text)
            for m in self.compiled.finditer(text, lo, hi):
                if validate is None or validate(m) is not False:
                    yield m


def _occurrences(text: str, s: str) -> Iterator[int]:
    """Every offset where ``s`` occurs in ``text``."""
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)


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
