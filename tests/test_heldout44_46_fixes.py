"""Cases drawn from the retired held-out sets 44 (浙江/上海 市场监管 printouts) and 46 (苏皖鲁 county files
transcribed from paper forms), each in new wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.served import served_block
from casecheck.ingest.normalize import normalize_text


def test_an_officer_label_naming_its_number_column() -> None:
    text = "询问人/执法证号\t周某某 33062124001\n记录人/执法证号\t吴某某 33062124002\n被询问人\t郑某\n"
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("周某某", "33062124001"),
        ("吴某某", "33062124002"),
    ]


def test_an_ordinal_cut_after_di_joins_its_item() -> None:
    text = (
        "当事人的行为违反了《中华人民共和国产品质量法》第三十九条的规定。鉴于当事人配合调查，依据该法第五十条第\n"
        "（二）项的规定，决定从轻处罚如下：没收不合格插座20个，罚款人民币3000元。本局已于同日送达告知书。\n"
    )
    assert "第五十条第（二）项" in normalize_text(text)


def test_the_ticked_box_is_the_service_method() -> None:
    text = (
        "送 达 回 证\n送达文书 行政处罚决定书（某市监罚〔2021〕8号）\n受送达人 某某公司\n"
        "送达方式 □留置送达 ☑直接送达 □邮寄送达\n受送达人签收 ________\n送达日期 2021年3月2日\n"
    )
    assert served_block(text)["method"] == "直接送达"


def test_no_ticked_box_is_no_method() -> None:
    text = (
        "送 达 回 证\n送达文书 行政处罚决定书（某市监罚〔2021〕8号）\n受送达人 某某公司\n"
        "送达方式 □直接送达 □留置送达 □邮寄送达\n受送达人签收 王某\n送达日期 2021年3月2日\n"
    )
    assert served_block(text)["method"] is None


def test_what_the_party_did_in_fact_against_a_deadline() -> None:
    text = "经查，你单位2020年3月增值税应于2020年4月15日前申报，实际于2020年5月20日申报，逾期35天。"
    assert event_dates(text)["violation"].iso == "2020-05-20"


def test_a_date_in_a_sentence_the_party_opens() -> None:
    text = "违法事实：当事人在未取得许可的情况下，于2021年4月3日至5月9日使用其货车从事货运经营。"
    assert event_dates(text)["violation"].iso == "2021-04-03"
