"""Published-style decisions: 文号 forms, 公示 tables, template blanks, 清单 and mistyped titles.

Every text here is written for these tests (no development file's names, figures or dates).
"""

from __future__ import annotations

from casecheck.extract.devset import _predict, standard_doc_type
from casecheck.extract.document import extract_document
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
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


# ---- dates, discretion --------------------------------------------------------------------


def test_filing_after_a_tip_is_dated_by_the_sentence() -> None:
    out = {k: h.iso for k, h in event_dates("2024年2月19日，本局接到群众投诉后对当事人立案调查。").items()}
    assert out["filing"] == "2024-02-19" and out["complaint"] == "2024-02-19"
    # a tip and an inspection on a day, no filing: still the complaint
    assert "filing" not in event_dates("2024年2月19日，本局接到举报，对当事人进行了检查。")


def test_notice_served_under_another_title_is_a_notice() -> None:
    text = "本局于2020年9月8日向当事人送达《违法行为通知书》，告知其拟作出的处罚及陈述、申辩的权利。"
    assert event_dates(text)["notice"].iso == "2020-09-08"
    served = "2020年9月8日向当事人送达了《行政处罚决定书》，告知其可以申请行政复议。"
    assert "notice" not in event_dates(served)


def test_level_as_an_adverb_before_the_imposing_verb() -> None:
    hit = find_discretion("鉴于当事人主动退还多收的费用，决定从轻给予当事人以下行政处罚：罚款一千元。")
    assert hit is not None and hit.level == "从轻" and hit.form == "explicit"
    hit = find_discretion("当事人拒不改正，本局决定从重处以罚款三万元。")
    assert hit is not None and hit.level == "从重"


def test_no_penalty_ground_first_offence_or_minor() -> None:
    first = "当事人系首次违法，危害后果轻微且已改正，本局决定不予行政处罚。"
    minor = "当事人的违法行为轻微并及时改正，没有造成危害后果，本局决定不予行政处罚。"
    quoted = (
        "符合《中华人民共和国行政处罚法》第三十三条第一款“违法行为轻微并及时改正，没有造成危害后果的，"
        "不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，本局决定不予行政处罚。"
    )
    assert (find_discretion(first).level, find_discretion(first).ground) == ("不予", "首违不罚")  # type: ignore[union-attr]
    assert find_discretion(minor).ground == "不予处罚"  # type: ignore[union-attr]
    assert find_discretion(quoted).ground == "不予处罚"  # type: ignore[union-attr]  # the quote names no ground


# ---- the dev-set harness's translations ---------------------------------------------------


def test_order_to_rectify_is_read_as_a_decision() -> None:
    assert standard_doc_type("责令限期整改指令书") == "行政处罚决定书"
    assert standard_doc_type("责令改正通知书（存根）") == "行政处罚决定书"


def test_no_penalty_decision_states_no_fine_for_the_dev_set() -> None:
    text = (
        "某县市场监督管理局\n不予行政处罚决定书\n某市监不罚〔2024〕3号\n当事人：某县青禾文具店\n"
        "当事人的违法行为轻微并及时改正，没有造成危害后果，根据《中华人民共和国行政处罚法》第三十三条"
        "第一款的规定，本局决定不予行政处罚。\n某县市场监督管理局\n2024年5月6日\n"
    )
    got = _predict(_doc(text, "不予行政处罚决定书"))
    assert got["fine_yuan"] is None  # the contract's fields say 0; the document states no fine
    assert got["discretion"] == "不予处罚"


# ---- citation roles -----------------------------------------------------------------------


def test_table_column_header_names_the_role() -> None:
    text = (
        "序号 |\n违法条款 |\n处罚依据 |\n罚款金额(万元) |\n|\n1 |\n"
        "《城镇排水与污水处理条例》第二十一条第一款 |\n《城镇排水与污水处理条例》第五十条第二项 |\n0.8 |\n|\n"
    )
    f = extract_document(_doc(text, "公示记录"))
    roles = {(c["article"], c["role"]) for c in f["citations"]}
    assert roles == {(21, "violated"), (50, "penalty")}


def test_a_cell_that_names_both_roles_keeps_them() -> None:
    # an on-the-spot form's 处罚依据 row carries the violated article too, with its own 违反
    text = (
        "│案    由│在禁烧区焚烧垃圾                                  │\n"
        "│处罚依据│该行为违反了《中华人民共和国大气污染防治法》第七十七条│\n"
        "│        │的规定，依据该法第一百一十九条第一款，处罚款二百元。    │\n"
    )
    f = extract_document(_doc(text, "当场行政处罚决定书"))
    roles = {(c["article"], c["role"]) for c in f["citations"]}
    assert (77, "violated") in roles


def test_provision_that_would_apply_in_a_no_penalty_decision() -> None:
    text = "依据《中华人民共和国产品质量法》第五十条的规定应予处罚。鉴于当事人系初次违法，决定不予行政处罚。"
    [h] = find_citations(text)
    assert h.role == "penalty"


def test_leniency_list_is_a_discretion_instrument() -> None:
    text = "根据《某省生态环境轻微违法行为不予处罚清单》第3项的规定，本局决定对当事人不予行政处罚。"
    [h] = find_citations(text)
    assert h.role == "other"  # as a 裁量基准 is
