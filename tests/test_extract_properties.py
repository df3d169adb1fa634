"""Property tests: normalisers invert what a writer produces, and validators agree with the
check-digit algorithms for generated identifiers."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from casecheck.extract.fields.dates import find_dates
from casecheck.extract.fields.ids import (
    CREDIT_CHARS,
    CREDIT_WEIGHTS,
    ID_WEIGHTS,
    credit_code_valid,
    id_number_valid,
)
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.numerals import cn_int

DIG = "零一二三四五六七八九"
UP = "零壹贰叁肆伍陆柒捌玖"


def to_cn(n: int, digits: str = DIG, units: str = "十百千") -> str:
    """A plain writer for 1..99999999 (用于测试): 一万零五, 三千零二十."""
    if n >= 10_000:
        hi, lo = divmod(n, 10_000)
        rest = to_cn(lo, digits, units) if lo else ""
        return to_cn(hi, digits, units) + "万" + (digits[0] + rest if 0 < lo < 1000 else rest)
    out, zero = "", False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d, n = divmod(n, power)
        if d:
            out += (digits[0] if zero and out else "") + digits[d] + unit
            zero = False
        elif out:
            zero = True
    return out


@given(st.integers(min_value=1, max_value=99_999_999))
def test_cn_numerals_round_trip(n: int) -> None:
    assert cn_int(to_cn(n)) == n
    assert cn_int(to_cn(n, UP, "拾佰仟")) == n


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_round_trip(d: dt.date) -> None:
    year_cn = "".join("〇一二三四五六七八九"[int(c)] for c in str(d.year))
    for text in (
        f"{d.year}年{d.month}月{d.day}日",
        f"{year_cn}年{to_cn(d.month)}月{to_cn(d.day)}日",
        f"{d.year}.{d.month}.{d.day}",
        f"{d:%Y-%m-%d}",
        f"{d.year}年 {d.month}月 {d.day}日",
    ):
        hits = find_dates(f"于{text}检查")
        assert [h.iso for h in hits] == [d.isoformat()], text


@given(st.integers(min_value=1, max_value=99_999_999))
def test_upper_amounts_round_trip(n: int) -> None:
    hits = find_amounts(f"罚款人民币{to_cn(n, UP, '拾佰仟')}元整")
    assert [(h.value, h.kind) for h in hits] == [(float(n), "fine")]


@given(st.text(alphabet=CREDIT_CHARS, min_size=17, max_size=17))
def test_credit_code_check_character(body: str) -> None:
    s = sum(CREDIT_CHARS.index(c) * w for c, w in zip(body, CREDIT_WEIGHTS, strict=True))
    good = CREDIT_CHARS[(31 - s % 31) % 31]
    assert credit_code_valid(body + good) is True
    bad = CREDIT_CHARS[(CREDIT_CHARS.index(good) + 1) % 31]
    assert credit_code_valid(body + bad) is False


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_id_number_check_digit(body: str) -> None:
    good = "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True)) % 11]
    assert id_number_valid(body + good) is True
    bad = "10X98765432"[("10X98765432".index(good) + 1) % 11]
    assert id_number_valid(body + bad) is False
