"""Dates and times: 2024年3月5日, 二〇二四年三月五日, 2024-03-05, 2024.3.5, 2024/3/5, times to the minute.

Spaces inside a date are tolerated (``2021年 9月 27日``). A date missing 月 (``2024年3 12日``)
is read only when exactly one month/day split is a real date. Impossible dates (2月30日, 13月)
are rejected by the ``_valid`` hook. ``find_dates`` returns hits in text order, each with an
optional time (``9时30分``, ``9:30``) and a time range end (``至10时15分``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from casecheck.extract.fields.numerals import to_int
from casecheck.extract.patterns import Pattern

_CNY = "[0-9〇○零OＯ一二三四五六七八九]"
_CNMD = "[0-9一二三四五六七八九十〇○零]{1,3}"
_YEAR = rf"(?P<y>(?<![0-9])(?:19|20)\d{{2}}|{_CNY}{{4}})"
_TIME = (
    rf"(?:\s*(?P<ap>上午|下午|晚上|中午|凌晨)?\s*(?P<h>{_CNMD})\s*(?:时|點|点)\s*(?:(?P<mi>{_CNMD}|半)\s*分?)?"
    r"|\s*(?P<h2>[0-2]?\d)\s*[:：]\s*(?P<mi2>[0-5]\d))"
)
_RANGE_END = (
    rf"\s*(?:至|到|—|－|-|~|～)\s*(?:(?:{_YEAR.replace('?P<y>', '?P<y3>')}\s*年\s*)?"
    rf"(?:{_CNMD}\s*月\s*)?(?:{_CNMD}\s*[日号])?)?"
    rf"\s*(?:(?P<h3>{_CNMD})\s*(?:时|點|点)\s*(?:(?P<mi3>{_CNMD}|半)\s*分?)?"
    r"|(?P<h4>[0-2]?\d)\s*[:：]\s*(?P<mi4>[0-5]\d))"
)
TIME = re.compile(_TIME)
RANGE_END = re.compile(_RANGE_END)


@dataclass(frozen=True)
class DateHit:
    """A date found in text: ISO date, optional ``HH:MM`` time and range end time, span, form."""

    iso: str
    start: int
    end: int
    raw: str
    form: str  # cn | arabic | numeric | missing_month | damaged_year
    time: str | None = None
    end_time: str | None = None

    @property
    def datetime(self) -> str:
        """``YYYY-MM-DDTHH:MM`` when a time is known, else the ISO date."""
        return f"{self.iso}T{self.time}" if self.time else self.iso


def make_date(y: int | None, m: int | None, d: int | None) -> str | None:
    """ISO date or ``None`` for impossible ones (2月30日, 13月) and implausible years."""
    if y is None or m is None or d is None or not 1900 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _ymd(m: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    g = m.groupdict()
    if g.get("md") is not None:
        return to_int(g["y"]), *_split_md(g["md"])
    return to_int(g["y"]), to_int(g["m"]), to_int(g["d"])


def _split_md(md: str) -> tuple[int | None, int | None]:
    """``3 12`` → (3, 12); ``312`` → (3, 12) since 31/2 is impossible; ``112`` is ambiguous."""
    parts = md.split()
    if len(parts) == 2:
        return to_int(parts[0]), to_int(parts[1])
    digits = md.strip()
    splits = [(int(digits[:i]), int(digits[i:])) for i in range(1, len(digits))]
    ok = [(mo, d) for mo, d in splits if make_date(2000, mo, d)]
    return ok[0] if len(ok) == 1 else (None, None)


def _valid(m: re.Match[str]) -> bool:
    y, mo, d = _ymd(m)
    return make_date(y, mo, d) is not None


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "cn", rf"{_YEAR}\s*年\s*(?P<m>{_CNMD})\s*月\s*(?P<d>{_CNMD})\s*(?:[日号]|(?![0-9]))", 0.9, _valid
    ),
    Pattern(
        "numeric",
        r"(?<![0-9.])(?P<y>(?:19|20)\d{2})\s*(?P<sep>[-./])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?![0-9])",
        0.8,
        _valid,
    ),
    Pattern(
        "missing_month",
        rf"{_YEAR}\s*年\s*(?P<md>\d{{1,2}}\s+\d{{1,2}}|\d{{3,4}})\s*日",
        0.4,
        _valid,
        anchor=r"年\s*(?:\d{1,2}\s+\d{1,2}|\d{3,4})\s*日",  # most texts have 年 and 日, few this
    ),
)


def _hm(h: str | None, mi: str | None) -> str | None:
    if h is None:
        return None
    hh = to_int(h)
    mm = 30 if mi == "半" else (to_int(mi) if mi else 0)
    if hh is None or mm is None or not (0 <= hh <= 24 and 0 <= mm < 60):
        return None
    return f"{hh:02d}:{mm:02d}"


def find_dates(text: str) -> list[DateHit]:
    """All dates in ``text`` in order, non-overlapping, with times where stated."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for p in PATTERNS:
        # unvalidated: ``_valid`` is ``make_date(*_ymd(m)) is not None``, which the loop works out
        # anyway (the hook made each date's parse run twice); the same matches are dropped
        for m in p.finditer(text, validate=False):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            y, mo, d = _ymd(m)
            iso = make_date(y, mo, d)
            if iso is None:
                continue
            end, time, end_time = m.end(), None, None
            tm = TIME.match(text, end)
            if tm and (tm.group("h") or tm.group("h2")):
                time = _hm(tm.group("h"), tm.group("mi")) or _hm(tm.group("h2"), tm.group("mi2"))
                if time and tm.group("ap") in ("下午", "晚上") and int(time[:2]) < 12:
                    time = f"{int(time[:2]) + 12:02d}{time[2:]}"
                if time:
                    end = tm.end()
                    rm = RANGE_END.match(text, end)
                    if rm:
                        end_time = _hm(rm.group("h3"), rm.group("mi3")) or _hm(
                            rm.group("h4"), rm.group("mi4")
                        )
                        end = rm.end() if end_time else end
                        if end_time and time and end_time < time and int(end_time[:2]) < 12:
                            # 下午3时至4时: the end inherits the afternoon
                            end_time = f"{int(end_time[:2]) + 12:02d}{end_time[2:]}"
            form = p.name if p.name != "cn" or not m.group("y")[0].isdecimal() else "arabic"
            hits.append(DateHit(iso, m.start(), end, text[m.start() : end], form, time, end_time))
            taken.append((m.start(), end))
    if "年" in text and _DAMAGE_MARK.search(text):
        hits += _damaged(text, hits, taken)
    return sorted(hits, key=lambda h: h.start)


# 二O〇-三年四月十七日: a seal over the 落款 date left its year garbled (a digit read as a dash,
# or as two marks), the month and day in Chinese numerals intact. The year is one the text's other
# dates have: the one sharing most digits with what is left of it (the latest on a tie).
_DAMAGE = "-—–_·?？~|/\\"
_DAMAGE_MARK = re.compile(f"[{re.escape(_DAMAGE)}]")
_CN_YEAR_CHARS = "〇○零OＯ一二三四五六七八九"
DAMAGED_YEAR = re.compile(
    rf"(?<![0-9{_CN_YEAR_CHARS}])(?P<y>[{_CN_YEAR_CHARS}{re.escape(_DAMAGE)}]{{3,6}})"
    r"\s*年\s*(?P<m>[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"
)
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
_CN_DIGIT |= {"○": "0", "零": "0", "O": "0", "Ｏ": "0"}


def _shared(digits: list[str], year: str) -> int:
    """How many of ``digits`` (as a multiset) ``year`` holds."""
    pool = list(year)
    count = 0
    for d in digits:
        if d in pool:
            pool.remove(d)
            count += 1
    return count


def _damaged(text: str, hits: list[DateHit], taken: list[tuple[int, int]]) -> list[DateHit]:
    """Dates whose Chinese-numeral year is garbled (``DAMAGED_YEAR``), dated by the year of the
    text's other dates that shares most digits with the readable rest of it; none without one."""
    years = {h.iso[:4] for h in hits}
    out: list[DateHit] = []
    for m in DAMAGED_YEAR.finditer(text):
        raw = m.group("y")
        left = [_CN_DIGIT[c] for c in raw if c in _CN_DIGIT]
        if len(left) < 3 or (not _DAMAGE_MARK.search(raw) and len(raw) == 4):
            continue
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        best = max(sorted(years), key=lambda y: (_shared(left, y), y), default=None)
        if best is None or _shared(left, best) < 3:
            continue
        iso = make_date(int(best), to_int(m.group("m")), to_int(m.group("d")))
        if iso is not None:
            out.append(DateHit(iso, m.start(), m.end(), m.group(0), "damaged_year"))
    return out


def parse_date(s: str) -> str | None:
    """ISO date of the first date in ``s``, or ``None``."""
    hits = find_dates(s)
    return hits[0].iso if hits else None
