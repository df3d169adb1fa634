"""General fixes drawn from the retired heldout9 set, each in its own wording here."""

from __future__ import annotations

import pytest

from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.extract.fields.served import served_block
from casecheck.ingest.normalize import normalize


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        (
            "依据《消防法》第五十八条，决定给予以下处罚：一、责令停止营业（停产停业），至取得许可后方可恢复营业；",
            True,
        ),
        ("本大队拟对你单位作出责令停止营业（停产停业），并处罚款人民币二万元整的处罚。", True),
        # 道路运输条例 第六十三条: the unlicensed business is ordered to stop, no penalty of that class
        ("依据《道路运输条例》第六十三条，决定对你责令停止经营，并处罚款人民币五千元。", False),
    ],
)
def test_an_order_to_stop_business_that_says_it_is_one(text: str, closed: bool) -> None:
    kinds = [k for k, _, _ in find_penalty_kinds(text)]
    assert ("责令停产停业" in kinds) is closed


def test_a_legal_form_alone_on_a_line_is_no_party() -> None:
    # a form's cell wrapped the name: 当事人 某某家具制造⏎有限公司
    text = "立 案 审 批 表\n当事人 重庆市某某区鑫达家具制造\n有限公司\n法定代表人 王某\n"
    hit = party_name(text, {})
    assert hit is None or hit[0] != "有限公司"


def test_labels_in_lenticular_brackets_read_as_labels() -> None:
    raw = "【送达文书名称、文号】行政处罚告知书 某市监价告【2023】9号\n【受送达人】某某超市\n（【公章】）"
    text, offsets = normalize(raw)
    assert text.startswith("送达文书名称、文号：行政处罚告知书")
    assert "受送达人：某某超市" in text and "【2023】" in text and "【公章】" in text
    assert all(raw[o] == text[i] or text[i] in " ：" for i, o in enumerate(offsets))


def test_the_served_documents_title_after_a_label_naming_its_number_too() -> None:
    block = served_block(
        "送达回证\n送达文书名称、文号：行政处罚告知书 某市监价告〔2023〕9号\n受送达人：某某公司\n"
    )
    assert block["title"] == "行政处罚告知书"
