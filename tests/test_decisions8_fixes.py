"""Layouts drawn from the development set decisions8 (published copies of decisions by rarely seen
agencies: OCR copies, PDF-to-text copies with page furniture, pre-printed forms), each in new
wording; each failed before its fix."""

from __future__ import annotations

from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.money import find_amounts
from casecheck.ingest.normalize import normalize, normalize_text


def test_ocr_digit_lookalikes_inside_numbers_are_read_as_digits() -> None:
    assert (
        normalize_text("于2O21年3月1O日立案，罚款人民币5OOO元。") == "于2021年3月10日立案，罚款人民币5000元。"
    )
    assert normalize_text("二〇二一年三月十五曰") == "二〇二一年三月十五日"
    assert normalize_text("自收到本决定书之曰起") == "自收到本决定书之日起"
    assert normalize_text("2021年12月l日") == "2021年12月1日"
    # words, codes and units keep their letters; 子曰 is no date
    assert normalize_text("罚款1OOO.00元，2O19-05-06") == "罚款1000.00元，2019-05-06"
    kept = ("ISO14001", "No.0032", "ICP备12004521号-l", "250ml", "子曰", "91330106MA2KXL0Q1B", "H2O")
    # nor O2O, ozone, litres or a time whose look-alike has no unit after it (review of session 13)
    kept += ("O2O模式", "www.o2o.com", "臭氧（O3）", "5l装", "18.9l", "10l/桶", "1O:3O")
    for word in kept:
        assert normalize_text(word) == word
    # the same length: every character still maps back to the raw text
    text, offsets = normalize("罚款1OOO元")
    assert text == "罚款1000元" and offsets == tuple(range(7))


def test_ocr_misread_title_marks_and_item_one() -> None:
    text = normalize_text("违反了《计量法实施细则)第二十条，依据<中华人民共和国计量法》第二十六条第(—)项")
    cites = find_citations(text)
    assert [(c.law, c.article, c.item) for c in cites] == [
        ("中华人民共和国计量法实施细则", 20, None),
        ("中华人民共和国计量法", 26, 1),
    ]
    # a title with a bracket of its own keeps it
    assert normalize_text("《行政处罚法》（2017年修正）第八条") == "《行政处罚法》（2017年修正）第八条"


def test_a_page_footer_and_running_header_inside_a_sentence() -> None:
    line = "逾期不缴纳罚款的，本局依据《中华人民共和国行政处罚法》第七"
    raw = (
        "某市气象局\n行政处罚决定书\n某气罚〔2021〕5号\n" + line + "\n\n— 2 —\n\n某气罚〔2021〕5号\n"
        "十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。\n"
    )
    text = normalize_text(raw)
    assert "第七十二条第一款" in text
    assert text.count("某气罚〔2021〕5号") == 1
    # a footer after a finished sentence stays where it is
    done = normalize_text("某市气象局\n" + line + "。\n\n— 2 —\n\n十二条\n")
    assert "— 2 —" in done
    # a number on a line of its own is content, not a footer; a table's rows stay rows
    number = normalize_text("某市气象局\n" + line + "为人民币\n\n1500\n\n元，上述事实有证据为证。\n")
    assert "1500" in number
    rows = "序号 | 日期 | 金额\n2 | 2023-05-09 | 乙某某 | 210\n\n第1页\n\n3 | 2023-05-16 | 丙某某 | 300\n"
    assert "210\n" in normalize_text(rows)


def test_a_fine_with_a_stray_space_inside_its_word() -> None:
    text = "本局决定：\n罚 款人民币叁万元整（¥30000.00）。"
    kinds = {a.kind for a in find_amounts(text, "行政处罚决定书")}
    assert kinds == {"fine"}
    assert {a.kind for a in find_amounts("罚　　款：5000元", "行政处罚决定书")} == {"fine"}


def test_a_pre_printed_forms_serial_after_no() -> None:
    hits = find_doc_numbers("编号：某城管当罚〔2023〕No.0012345")
    assert hits and hits[0].value == "某城管当罚〔2023〕No.0012345"


def test_the_laws_two_options_named_together_are_not_the_level() -> None:
    text = (
        "当事人的行为符合《中华人民共和国行政处罚法》第二十七条第一款第（四）项规定的应当依法从轻或者减轻行政处罚的情形，"
        "本局决定对当事人减轻处罚。"
    )
    hit = find_discretion(text)
    assert hit is not None and hit.level == "减轻"
