"""Fuzz tests (hypothesis) for what hostile text reaches first: the normaliser, the decoder, the
date, number and money parsers and the citation parser.

Two kinds of property: on arbitrary input nothing raises and every span lies inside the text
and quotes it; on generated well-formed input embedded in arbitrary noise the parser finds
exactly what was written. The round trips of ``test_extract_properties.py`` (numerals, dates,
capital amounts) are not repeated here.
"""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.dates import find_dates, parse_date
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.numerals import cn_int, to_int, to_number
from casecheck.ingest.normalize import normalize
from casecheck.ingest.text import detect_and_decode, split_pages
from casecheck.model import CaseError

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters parsers care about, plus anything at all.
_DOMAIN = (
    "0123456789０１２３４５６７８９零〇一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟两"
    "年月日时分号第条款项目之《》〈〉（）()〔〕[]、，。：；.,-/ \t\n\u3000"
    "元角整人民币罚款没收违法所得依据根据违反规定中华人民共和国行政处罚法食品安全"
)
domain_text = st.text(alphabet=st.sampled_from(_DOMAIN), max_size=200)
any_text = st.one_of(st.text(max_size=200), domain_text)
# Noise that holds no digit, numeral or date/citation keyword: what surrounds a planted value.
_NOISE = "当事人经营场所检查发现现场记录如下我局认为情况属实，。；：、\n "
noise = st.text(alphabet=st.sampled_from(_NOISE), max_size=30)


def _in_bounds(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


@FUZZ
@given(any_text)
def test_normalize_never_raises_and_maps_back(raw: str) -> None:
    for wraps in (True, False):
        text, offsets = normalize(raw, join_wraps=wraps)
        assert len(offsets) == len(text)
        assert all(0 <= o < len(raw) for o in offsets)
        assert list(offsets) == sorted(set(offsets))


@FUZZ
@given(any_text)
def test_normalize_is_idempotent_on_its_output(raw: str) -> None:
    """Everything but wrap joining is idempotent; a second pass may only join lines.

    Joining judges a wrap by line width, and the first pass's output has no visual lines left: its
    widest line is a joined paragraph, which a second pass takes for a full line and joins to what
    follows (``000…ᄀ0⏎0⏎㐀``: the first pass joins the full line to its one-character tail and
    keeps the tail's break; the second sees one wide line before ``㐀``). No reader normalises twice,
    so the second pass is held to keeping every character, in order, and removing only breaks.
    """
    plain, _ = normalize(raw, join_wraps=False)
    assert normalize(plain, join_wraps=False)[0] == plain
    text, _ = normalize(raw)
    again = normalize(text)[0]
    assert again.replace("\n", "") == text.replace("\n", "")
    assert again.count("\n") <= text.count("\n")


def test_normalize_second_pass_only_joins_lines() -> None:
    """The input the fuzzer found (a full line, its one-character tail, one more line)."""
    raw = "000¤®Ð\u0ce4\u0d45\u0e5c\u0e5cᄀ0\r0\r㐀"
    text, _ = normalize(raw)
    assert text == "000¤®Ð\u0ce4\u0d45\u0e5c\u0e5cᄀ00\n㐀"
    assert normalize(text)[0].replace("\n", "") == text.replace("\n", "")


@FUZZ
@given(st.binary(max_size=600))
def test_decoder_takes_any_bytes(data: bytes) -> None:
    try:
        text, encoding = detect_and_decode(data)
    except CaseError as exc:
        assert exc.kind and exc.message
        return
    assert isinstance(text, str) and encoding
    assert split_pages(text) is not None


@FUZZ
@given(
    st.text(
        alphabet=st.sampled_from("行政处罚决定书当事人经营食品违法所得罚款人民币元整第条款，。：\n"),
        min_size=12,
    ),
    st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]),
)
def test_decoder_round_trips_chinese(text: str, encoding: str) -> None:
    decoded, _ = detect_and_decode(text.encode(encoding))
    assert decoded.replace("\r\n", "\n") == text


@FUZZ
@given(any_text)
def test_dates_on_arbitrary_text(text: str) -> None:
    for hit in find_dates(text):
        _in_bounds(text, hit.start, hit.end)
        dt.date.fromisoformat(hit.iso)  # a real calendar date, never 2月30日
        if hit.time:
            hh, mm = map(int, hit.time.split(":"))
            assert 0 <= hh < 24 and 0 <= mm < 60
    parse_date(text)


@FUZZ
@given(noise, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)), noise)
def test_a_planted_date_is_found_in_noise(before: str, day: dt.date, after: str) -> None:
    text = f"{before}{day.year}年{day.month}月{day.day}日{after}"
    hits = find_dates(text)
    assert [h.iso for h in hits] == [day.isoformat()]
    assert text[hits[0].start : hits[0].end] == f"{day.year}年{day.month}月{day.day}日"


@FUZZ
@given(
    st.text(
        alphabet=st.sampled_from("零〇一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟两"), max_size=20
    )
)
def test_numerals_never_raise(s: str) -> None:
    value = cn_int(s)
    assert value is None or value >= 0
    assert to_int(s) == value


@FUZZ
@given(any_text)
def test_numbers_and_amounts_on_arbitrary_text(text: str) -> None:
    to_int(text)
    value = to_number(text)
    assert value is None or (math.isfinite(value) and value >= 0)
    for hit in find_amounts(text):
        _in_bounds(text, hit.start, hit.end)
        assert math.isfinite(hit.value) and hit.value >= 0


@FUZZ
@given(noise, st.integers(min_value=1, max_value=9_999_999), st.integers(min_value=0, max_value=99), noise)
def test_a_planted_fine_is_found(before: str, yuan: int, fen: int, after: str) -> None:
    figure = f"{yuan:,}" + (f".{fen:02d}" if fen else "")
    hits = find_amounts(f"{before}罚款人民币{figure}元{after}")
    assert [h.value for h in hits if h.kind == "fine"] == [round(yuan + fen / 100, 2)]  # 1.39, not 1 + 0.39


@FUZZ
@given(any_text)
def test_citations_on_arbitrary_text(text: str) -> None:
    for hit in find_citations(text):
        _in_bounds(text, hit.start, hit.end)
        assert hit.law
        for n in (hit.article, hit.paragraph, hit.item):
            assert n is None or n >= 1
        assert hit.role in ("violated", "penalty", "procedure", "other")


_LAWS = ["中华人民共和国行政处罚法", "中华人民共和国食品安全法", "中华人民共和国安全生产法"]
_CN = "零一二三四五六七八九"


def _cn(n: int) -> str:
    """一 … 九十九 (the way articles are numbered)."""
    tens, ones = divmod(n, 10)
    return (
        ("" if tens == 1 else _CN[tens] if tens else "")
        + ("十" if tens else "")
        + (_CN[ones] if ones else "")
    )


@FUZZ
@given(
    noise,
    st.sampled_from(_LAWS),
    st.integers(min_value=1, max_value=99),
    st.one_of(st.none(), st.integers(min_value=1, max_value=9)),
    st.booleans(),
)
def test_a_planted_citation_is_parsed(
    before: str, law: str, article: int, paragraph: int | None, cn: bool
) -> None:
    assume(not before.endswith(("《",)))
    ref = f"第{_cn(article) if cn else article}条" + (
        f"第{_cn(paragraph) if cn else paragraph}款" if paragraph else ""
    )
    text = f"{before}依据《{law}》{ref}的规定，"
    hits = find_citations(text)
    assert [(h.law, h.article, h.paragraph) for h in hits] == [(law, article, paragraph)]
    assert text[hits[0].start : hits[0].end].endswith(ref)
