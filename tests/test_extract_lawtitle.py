"""Law-title normalisation (catalog first, built-in fallback) and the lazy spaCy pipeline."""

from __future__ import annotations

import pytest

from casecheck.extract import lawtitle
from casecheck.extract.lawtitle import canonical_law_title, fallback_title, is_lawlike
from casecheck.extract.nlp import char_span, get_nlp, parse

FALLBACK = [
    ("《食品安全法》", "中华人民共和国食品安全法"),
    ("行政处罚法", "中华人民共和国行政处罚法"),
    ("《中华人民共和国道路运输条例》", "中华人民共和国道路运输条例"),
    ("道路运输条例", "中华人民共和国道路运输条例"),
    ("《土地管理法》（2019修正）", "中华人民共和国土地管理法"),
    ("民法典", "中华人民共和国民法典"),
    # must not gain the prefix: local rules, 办法, benchmarks
    ("《莆田市城市道路挖掘管理办法》", "莆田市城市道路挖掘管理办法"),
    ("罚款决定与罚款收缴分离实施办法", "罚款决定与罚款收缴分离实施办法"),
    (
        "《重庆市医疗保障基金使用监督管理行政处罚裁量基准(暂行)》",
        "重庆市医疗保障基金使用监督管理行政处罚裁量基准(暂行)",
    ),
    ("广东省食品安全条例", "广东省食品安全条例"),
]


@pytest.mark.parametrize(("raw", "want"), FALLBACK)
def test_fallback_title(raw: str, want: str) -> None:
    assert fallback_title(raw) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [("食品安全法", True), ("市场监督管理行政处罚程序规定", True), ("某某裁量基准(暂行)", True),
     ("行政处罚事先告知书", False), ("调查询问笔录", False), ("营业执照", False), ("某某编制导则", False)],
)  # fmt: skip
def test_is_lawlike(title: str, want: bool) -> None:
    assert is_lawlike(title) is want


def test_catalog_first_then_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        lawtitle, "_resolver", lambda: lambda raw: "中华人民共和国食品安全法" if "食品" in raw else None
    )
    assert canonical_law_title("《食品安全法法》") == "中华人民共和国食品安全法"
    assert canonical_law_title("《行政处罚法》") == "中华人民共和国行政处罚法"
    monkeypatch.setattr(lawtitle, "_resolver", lambda: None)
    assert canonical_law_title("《食品安全法法》") == "中华人民共和国食品安全法法"


def test_nlp_is_loaded_once_and_spans_map_back() -> None:
    assert get_nlp() is get_nlp()
    text = "当事人违反了《食品安全法》第三十四条。依据第一百二十四条处罚。"
    doc = parse(text)
    assert parse(text) is doc
    assert len(doc) == len(text)  # one token per character
    span = char_span(text, 6, 13)
    assert span.text == text[6:13]
    assert next(s.text for s in doc.sents).endswith("。")
