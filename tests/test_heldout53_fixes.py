"""Cases drawn from the retired held-out set 53 (渝湘赣 城管/市场监管, a case system's two-column
forms printed as ``字段名 值`` lines), each in new wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.party import NAME_LABELS, address, labelled, party_name
from casecheck.ingest.normalize import normalize_text


def test_an_address_set_off_by_spaces_on_a_form_line() -> None:
    text = (
        "行政处罚决定书\n某城管罚〔2021〕77号\n当事人 某某食品有限公司\n统一社会信用代码 91430100MA4L0000X1\n"
        "法定代表人 周某\n住所 湖南省长沙市某区某路12号\n经查，当事人于2021年3月在住所外占道经营。\n"
    )
    hit = address(text)
    assert hit is not None and hit[0] == "湖南省长沙市某区某路12号"
    assert text[hit[1] : hit[2]] == hit[0]
    name = party_name(text, {})
    assert name is not None and name[0] == "某某食品有限公司"


def test_a_prose_line_that_opens_with_a_label_word_is_no_field() -> None:
    # a sentence (its commas) after a label word, not a spaced form value
    assert address("地址 变更后，当事人称：仍在原处经营。\n") is None


def test_an_opinions_date_field_without_a_colon() -> None:
    for field in ("审核日期    2020.5.8", "审核时间 2019.4.4 （扫码核验）"):
        text = f"法制审核意见书\n{field}\n审核人 某某（法制科）\n审核意见 事实清楚，证据充分，同意。\n"
        hit = closing_date(text, "法制审核意见书")
        assert hit is not None, field
        assert hit[0].iso in ("2020-05-08", "2019-04-04")


def test_form_rows_printed_as_name_and_value_lines_stay_apart() -> None:
    # the widest row looks like a wrapped line: the next row is a field of its own all the same
    raw = (
        "送达回证\n送达文书 行政处罚决定书（某市监处罚〔2021〕12号）\n受送达人 某某贸易有限公司\n"
        "送达方式 直接送达\n送达时间 2021年5月21日\n"
    )
    assert "\n受送达人 某某贸易有限公司\n" in normalize_text(raw)


def test_a_spaced_form_value_is_one_cell_and_a_wrapped_cell_is_not_read() -> None:
    row = "送达回证\n受送达人 某某农业开发有限公司 送达地点 某县工业园区6号 送达方式 直接送达\n"
    hit = party_name(row, {})
    assert hit is not None and hit[0] == "某某农业开发有限公司"
    # a ruled table's cell wrapped onto the next line: the name is not cut short
    wrapped = "立案审批表\n当事人 某某市恒锐机械制造有\n限公司\n统一社会信用代码\n91510703MA62T9LW8P\n"
    hit = party_name(wrapped, {})
    assert hit is None or hit[0] == "某某市恒锐机械制造有限公司"
    boxed = "立案审批表\n│当事人 │邢某某 │\n"
    hit = party_name(boxed, {})
    assert hit is None or "│" not in hit[0]


def test_an_empty_spaced_cell_followed_by_the_next_fields_name() -> None:
    assert address("送达回证\n住所 联系电话 13800000000\n") is None


def test_a_spaced_row_never_hides_a_labelled_field_and_is_no_sentence() -> None:
    for text, want in (
        ("当事人 陈述申辩笔录\n当事人：某某有限公司\n", "某某有限公司"),
        ("行政处罚决定书\n当事人 于2021年3月在某路占道经营。\n被处罚人：某某有限公司\n", "某某有限公司"),
        ("受送达人 签名或盖章\n受送达人：某某公司\n", "某某公司"),
        ("告知书\n当事人 单位名称 某某有限公司\n", None),
    ):
        hit = party_name(text, {})
        assert (hit[0] if hit else None) == want, text
    assert address("地址 见附件\n") is None
    hit = address("住所 湖南省长沙市某区某路12号\n第2页\n")
    assert hit is not None and hit[0] == "湖南省长沙市某区某路12号"


def test_wrapped_prose_with_spaces_is_still_joined() -> None:
    raw = (
        "决定书\n本局认为 当事人于2021年3月在其经营场所内销售超过保质期的食品，其行为违反了食品安全\n"
        "法律 法规的规定，依法应当给予行政处罚。\n"
    )
    assert "食品安全法律 法规" in normalize_text(raw)


def test_the_cells_of_a_spaced_row() -> None:
    for text, want in (
        ("当事人 某某有限公司 统一社会信用代码 91430100MA4L0000X1\n", "某某有限公司"),
        ("受送达人 蔡某某 蔡某某\n", "蔡某某"),
        ("当事人 某县恒盛农机销售有限公司 统一社会信\n用代码\n", "某县恒盛农机销售有限公司"),
    ):
        hit = labelled(text, NAME_LABELS)
        assert hit is not None and hit[0] == want, text
    hit = address("住所 湖南省长沙市 某区某路12号\n")
    assert hit is not None and hit[0] == "湖南省长沙市 某区某路12号"
    # a wrapped cell whose tail completes an organisation's name is joined (heldout57)
    hit = labelled("当事人 某某土石方运输有限\n公司\n", NAME_LABELS)
    assert hit is not None and hit[0] == "某某土石方运输有限公司" and (hit[1], hit[2]) == (4, 16)
