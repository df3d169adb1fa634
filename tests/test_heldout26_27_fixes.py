"""Cases drawn from the retired held-out sets 26 and 27, each in new wording (each failed before
its fix)."""

from __future__ import annotations

import re

from casecheck.extract.fields.arithmetic import terms_before
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.doctypes import fuzzy_title


def _terms(sentence: str) -> list[list[float]] | None:
    """The figures of the last amount of ``sentence``."""
    last = re.search(r"\d+元$", sentence)
    assert last is not None
    return terms_before(sentence, last.start())


def test_a_product_worked_out_to_another_amount_is_not_this_ones() -> None:
    # the goods' value is computed; the gain is stated bare: nothing to recompute it from
    assert _terms("涉案饮料的货值金额为150瓶×4元＝600元，违法所得96元") is None
    # a product of its own still counts, and so does a total over the sentence's products
    assert _terms("货值金额150瓶×4元＝600元，违法所得24瓶×4元＝96元") == [[24.0, 4.0]]
    assert _terms("甲10瓶×4元＝40元，乙5盒×8元＝40元，货值金额合计80元") == [[10.0, 4.0], [5.0, 8.0]]


def test_a_lone_character_in_a_signature_cell_is_no_signature() -> None:
    (hit,) = find_signatures("送达方式 邮寄送达\n受送达人签名 口\n")
    assert not hit.filled
    (hit,) = find_signatures("受送达人签名 周立\n")
    assert hit.filled


def test_a_typed_note_after_the_colon_marks_a_signature() -> None:
    (hit,) = find_signatures("检查人：（签字）孙明 （签字）韦华\n")
    assert (hit.role, hit.filled) == ("officer", True)


def test_a_bare_label_under_the_closing_statement_is_where_the_party_signs() -> None:
    text = (
        "被询问人：钱某  性别：男\n问：你是否申请回避？\n答：不申请。\n"
        "以上记录经本人阅读无误。\n被询问人：\n询问人：（签名）孙明 （签名）韦华\n"
    )
    hits = find_signatures(text)
    assert [(h.role, h.filled) for h in hits] == [("party", False), ("officer", True)]
    # the header's 被询问人 names the party; it is no signature line
    assert all(h.start > text.index("以上") for h in hits)


def test_circumstances_said_to_be_weighed_are_a_discretion_reason() -> None:
    hit = find_discretion("你单位提出的积极整改情况已在处罚裁量时予以考虑，减免请求不予采纳。")
    assert hit is not None and hit.form == "reasoned"
    hit = find_discretion("拟罚款8万元已充分考虑当事人主动停产的情节。")
    assert hit is not None and hit.form == "reasoned"
    assert find_discretion("当事人未考虑周边居民的感受。依据第三十条，决定罚款8万元。") is None


def test_a_misread_note_inside_an_ocr_title_does_not_hide_the_title() -> None:
    assert fuzzy_title("现场检查（勘骀）笔录") == ("现场检查笔录", "现场检查（勘骀）笔录")
    assert fuzzy_title("询问（调查）笔求") == ("询问笔录", "询问（调查）笔求")
    assert fuzzy_title("某某（某某）某某") is None
