"""Cases drawn from the retired held-out sets 38 (华中 市场监管) and 39 (西南 环境/自然资源), each in new
wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.penalty import find_penalty_kinds


def test_the_fine_the_party_asked_for_is_no_fine() -> None:
    text = "你单位提出罚款过高、请求减至人民币三万元的意见，不予采纳。决定罚款人民币陆万元。"
    assert [(h.kind, h.value) for h in find_amounts(text, "行政处罚决定书")] == [
        ("other", 30000.0),
        ("fine", 60000.0),
    ]


def test_a_question_under_the_askers_label_names_no_officer() -> None:
    text = (
        "询问人：王某某（执法证号36110302115） 记录人：赵某（执法证号36110302208）\n"
        "询问人：门头招牌和宣传单是谁设计的？\n"
    )
    assert [o.name for o in find_officers(text)] == ["王某某", "赵某"]


def test_a_number_written_with_the_name_in_a_wrapped_cell() -> None:
    text = "检查人员 孙某某（执法证号43021202106\n）\n钱某某（执法证号43021202231\n）\n记录人 钱某某\n"
    assert {o.name: o.certificate for o in find_officers(text)}["钱某某"] == "43021202231"


def test_goods_confiscated_by_how_they_were_sold() -> None:
    text = "本局拟作出如下处罚：1.没收违法销售的电动车头盔；2.罚款5000元。"
    assert sorted(k for k, *_ in find_penalty_kinds(text)) == ["没收非法财物", "罚款"]
