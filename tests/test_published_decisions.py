"""Published-style decisions: 文号 forms, 公示 tables, template blanks, 清单 and mistyped titles.

Every text here is written for these tests (no development file's names, figures or dates).
"""

from __future__ import annotations

from casecheck.extract.document import extract_document
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.party import clean_name, party_name
from casecheck.extract.fields.table import table_pairs
from casecheck.extract.lawtitle import canonical_law_title, is_lawlike
from casecheck.model import Document


def _doc(text: str, doc_type: str = "行政处罚决定书") -> Document:
    return Document(ref=doc_type, doc_type=doc_type, title=doc_type, file="t.txt", pages=(1, 1),
                    text=text, page_starts=(0,))  # fmt: skip


# ---- 文号 ----------------------------------------------------------------------------------


def test_district_code_before_di_stays_in_the_number() -> None:
    # a provincial office numbers each district's cases: 〔年份〕<district>第<serial>号
    [n] = find_doc_numbers("浙环行罚字〔2020〕11第305号")
    assert n.value == "浙环行罚字〔2020〕11第305号"
    assert "seq_office" in n.issues and "di" in n.issues


def test_office_name_and_space_before_the_code_on_a_header_line() -> None:
    [n] = find_doc_numbers("东城地税 简罚〔2016〕2207号")
    assert n.value == "东城地税 简罚〔2016〕2207号"
    # in a sentence the word before a space is not part of the number
    [m] = find_doc_numbers("依据 东环罚〔2016〕17号决定书")
    assert m.value == "东环罚〔2016〕17号"


# ---- 公示 tables ------------------------------------------------------------------------------

_TABBED = (
    "行政处罚信息\n"
    "行政相对人名称\t西山区红枫小吃店\n"
    "行政相对人类别\t个体工商户\n"
    "处罚决定书文号\t西市监处【2021】4410号\n"
    "处罚内容\t罚款800元\n"
    "处罚决定日期\t2021/05/06\n"
    "处罚机关\t西山区市场监督管理局\n"
    "处罚机关统一社会信用代码\t11530112MB0P5521XK\n"
)


def test_tab_separated_form_is_read_as_label_value_rows() -> None:
    t = table_pairs(_TABBED)
    assert t["处罚决定书文号"][0] == "西市监处【2021】4410号"
    assert t["处罚机关"][0] == "西山区市场监督管理局"
    assert table_pairs("第一段\t缩进的正文\n") == {}  # one tabbed line is no form


def test_tab_separated_form_gives_number_agency_and_party() -> None:
    f = extract_document(_doc(_TABBED, "公示记录"))
    assert f["doc_number"]["value"] == "西市监处【2021】4410号"
    assert f["agency"]["value"] == "西山区市场监督管理局"
    assert f["party"]["name"]["value"] == "西山区红枫小吃店"


_PIPED = (
    "某市生态环境局行政处罚结果公开 |\n|\n序号 |\n处罚决定书文号 |\n被处罚单位名称 |\n统一社会信用代码 |\n"
    "罚款金额(万元) |\n|\n1 |\n某环罚字〔2022〕东7号 |\n某市北岭机械有限公司 |\n"
    "913201001349787011 |\n1.2 |\n|\n"
)


def test_table_column_names_the_decision_number_and_the_party_code() -> None:
    f = extract_document(_doc(_PIPED, "公示记录"))
    assert f["doc_number"]["value"] == "某环罚字〔2022〕东7号"
    # an all-digit code in its column, far from the header: still the party's code
    assert f["party"]["credit_code"]["value"] == "913201001349787011"


# ---- party --------------------------------------------------------------------------------


def test_template_placeholder_is_no_party() -> None:
    assert clean_name("××××有限公司") is None
    assert clean_name("XX建材有限公司") is None
    assert clean_name("张××") == "张××"  # a masked person keeps the surname
    text = "某市交通运输局\n行政处罚决定书\n\n××××有限公司：\n地址：××××××\n"
    assert party_name(text, {}) is None


def test_a_concluding_sentence_ending_in_a_colon_is_no_addressee() -> None:
    text = (
        "本局认为，当事人的行为违反了《中华人民共和国产品质量法》第四十九条的规定。\n"
        "据此，根据上述规定，本局决定对当事人作出如下处罚：\n"
        "罚款5000元。\n"
    )
    assert party_name(text, {}) is None


# ---- citations ----------------------------------------------------------------------------


def test_leniency_lists_are_normative_titles() -> None:
    assert is_lawlike("《浙江省生态环境轻微违法行为免罚清单（2021年版）》")
    assert is_lawlike("《某省市场监管领域从轻减轻处罚清单》")
    assert not is_lawlike("《先行登记保存物品清单》")
    text = "根据《某省交通运输轻微违法行为不予处罚清单（2023年版）》第5项的规定，决定不予行政处罚。"
    laws = {(h.law, h.article) for h in find_citations(text)}
    assert ("某省交通运输轻微违法行为不予处罚清单", None) in laws


def test_mistyped_type_word_at_a_title_end_is_corrected() -> None:
    assert canonical_law_title("《城镇排水与污水处理条列》") == "城镇排水与污水处理条例"
    assert canonical_law_title("《中华人民共和国食品安全发》") == "中华人民共和国食品安全法"
    text = "违反了《中华人民共和国食品安全发》第三十四条第（十）项的规定。"
    [h] = find_citations(text)
    assert (h.law, h.article, h.item) == ("中华人民共和国食品安全法", 34, 10)
