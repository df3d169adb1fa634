"""Cases drawn from the retired held-out sets 34 (公安) and 35 (市场监管 case-system files), each in
new wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.party import party_name
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def _docs(*texts: str) -> list[tuple[str, str | None, tuple[int, int]]]:
    pages = tuple(Page(i, t, t, (), "text") for i, t in enumerate(texts, start=1))
    source = SourceFile("a.txt", "a.txt", "text", "0", pages)
    return [(d.doc_type, d.title, d.pages) for d in segment([source])]


def test_a_running_header_over_the_next_title_opens_that_page() -> None:
    header = "某市某区市场监督管理局　　案由：某某公司销售过期食品案\n──────────────\n"
    docs = _docs(
        header + "立案审批表\n案由：销售过期食品\n承办人：甲某 乙某\n负责人：丙某 2024年3月1日\n",
        header + "某市某区市场监督管理局\n现场检查笔录\n检查时间：2024年3月2日\n检查人：甲某 乙某\n",
    )
    assert [(t, p) for t, _, p in docs] == [("立案审批表", (1, 1)), ("现场检查笔录", (2, 2))]


def test_a_letter_spaced_title_under_a_long_header_line_keeps_its_line() -> None:
    raw = (
        "某市市场监督管理局　案由：某某物业管理有限公司使用未经检验的电梯一案的调查处理\n"
        "询 问 笔 录\n时间：2020年6月1日\n"
    )
    assert "\n询 问 笔 录\n" in normalize_text(raw)


def test_a_doc_number_wrapped_inside_its_cell_is_joined() -> None:
    raw = (
        "当事人某某商贸有限公司于2021年3月在其经营场所销售标签不符合规定的预包装食品共计四十余件，货值金额较小\n"
        "送达文书 告知书（某市监罚告〔2021〕2\n07号）\n受送达人 某公司\n"
    )
    assert "〔2021〕207号" in normalize_text(raw)


def test_police_titles() -> None:
    assert classify_title("呈请不予行政处罚报告书") == ("行政处罚决定审批表", "呈请不予行政处罚报告书")
    assert classify_title("听证报告书")[0] == "听证报告"


def test_a_police_decision_signed_for_on_itself() -> None:
    text = (
        "现决定对其处罚款贰佰元。\n某县公安局（印章）\n二〇二三年五月六日\n"
        "本决定书已向本人宣告并交付。\n被处罚人：赵某 2023年5月8日9时10分\n"
    )
    assert "on_spot_service" in find_markers(text)
    assert event_dates(text)["decision_served"].iso == "2023-05-08"


def test_the_party_named_in_a_police_notice_record() -> None:
    assert party_name("行政处罚告知笔录\n被告知人：钱某某 身份证号：110101199001011234\n", {})[0] == "钱某某"


def test_a_second_recipient_after_a_guardians_note() -> None:
    text = "受送达人：孙某（监护人孙大某代收） 周某（监护人周大某代收）\n"
    assert party_name(text, {})[0] == "孙某"


def test_seized_gambling_money_is_no_fine() -> None:
    text = "现决定：对某某处罚款人民币叁佰元（￥300.00），追缴赌资人民币壹仟陆佰元（￥1600.00）。"
    kinds = [(h.value, h.kind) for h in find_amounts(text, "行政处罚决定书")]
    assert kinds == [(300.0, "fine"), (300.0, "fine"), (1600.0, "seized"), (1600.0, "seized")]


def test_weighing_wrapped_before_the_decision() -> None:
    text = "鉴于其多次参与、金额较大，依据《中华人民共和国治安管理处罚法》第七十条之规定，\n决定罚款五百元。"
    hit = find_discretion(text)
    assert hit is not None and hit.form == "reasoned"


def test_a_spot_decision_dated_by_the_partys_receipt() -> None:
    text = "当场行政处罚决定书\n…决定处罚款一百元。\n当事人签收：郑某 2021年7月3日\n某县市场监管局（印章）\n"
    hit = closing_date(text, "当场行政处罚决定书")
    assert hit is not None and hit[0].iso == "2021-07-03"


def test_a_payment_not_made_is_no_payment_date() -> None:
    text = "处罚决定书已于2023年9月4日送达，2023年9月19日仍未缴纳罚款，依法加处罚款。"
    assert "payment" not in event_dates(text)


def test_a_trademark_business_volume_with_its_parts() -> None:
    text = "违法经营额：已售部分12600元＋库存部分8400元，合计22000元。"
    total = [h for h in find_amounts(text, "调查终结报告") if h.kind == "business_volume"][-1]
    assert (total.value, total.terms) == (22000.0, [[12600.0], [8400.0]])
