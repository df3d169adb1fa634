"""Property tests: normalisers invert what a writer produces, and validators agree with the
check-digit algorithms for generated identifiers."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import assume, given
from hypothesis import strategies as st

from casecheck.extract.document import extract_document
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
from casecheck.model import Document

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
    assume("XXXX" not in body + good)  # read as a masked code
    assert credit_code_valid(body + good) is True
    bad = CREDIT_CHARS[(CREDIT_CHARS.index(good) + 1) % 31]
    assert credit_code_valid(body + bad) is False


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_id_number_check_digit(body: str) -> None:
    good = "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True)) % 11]
    assert id_number_valid(body + good) is True
    bad = "10X98765432"[("10X98765432".index(good) + 1) % 11]
    assert id_number_valid(body + bad) is False


SNIPPETS = st.sampled_from(
    [
        "当事人：",
        "某某有限公司",
        "\n",
        "违反了《食品安全法》第三十四条",
        "第（十）项",
        "、",
        "罚款",
        "人民币",
        "贰万元整",
        "（¥20000）",
        "2024年3月5日",
        "〔2024〕",
        "12号",
        "执法人员：张三",
        "执法证号：",
        "川A0219",
        "签名：",
        "____年__月__日",
        "|",
        "（印章）",
        "六十日内",
        "申请行政复议",
        "送达回证",
        "本法第五条",
        "“引用的条文第三条”",
        "之一",
        "第二章第一条",
        "某局",
        "：",
        "。",
        " ",
        "至",
        "9时30分",
        "×",
    ]
)


@given(
    st.lists(st.one_of(SNIPPETS, st.text(max_size=8)), max_size=60),
    st.sampled_from(["行政处罚决定书", "送达回证", "询问笔录", "卷内目录", "缴款凭证"]),
)
def test_extract_document_never_crashes_and_spans_map_back(parts: list[str], doc_type: str) -> None:
    text = "".join(parts)
    doc = Document(doc_type, doc_type, None, "f.txt", (1, 1), text, (0,))
    facts = extract_document(doc)
    json.dumps(facts, ensure_ascii=False)
    for c in facts["citations"] + facts["amounts"]:
        ev = c["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
