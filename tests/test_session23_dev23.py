"""Session 23, from dev23 (writer 106): forms whose title sits in a header table beside the agency,
a running header over a page-top page number, tables of figures, wrapped receipt grids, and a
photographed decision page whose 落款 OCR lost under the seal. Each fixture is in its own wording."""

from __future__ import annotations

from dataclasses import replace

from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.served import served_rows
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.segment import segment
from tests.conftest import text_source


def test_a_page_top_footer_under_the_running_header_joins_nothing() -> None:
    """某局 某案卷 某公司 (running header) ⏎ 第 9 页 共 9 页 ⏎ title: the header is no sentence the
    footer interrupts, so the title keeps its own line."""
    page = (
        "国家税务总局丽水市税务局稽查局　税务稽查案卷　丽水某某竹木制品有限公司\n第 9 页 共 9 页\n"
        "国家税务总局丽水市税务局稽查局 税务稽查结案审批表 编号：结〔2024〕11号\n"
        "被查对象 丽水某某竹木制品有限公司\n"
        "执行情况\n税款及滞纳金已于2024年6月3日缴清；罚款15,000.00元经批准分\n"
        "两期缴纳，已于2024年8月10日全部缴清。处罚信息已按规定在国家\n税务总局浙江省税务局网站公示。\n"
    )
    lines = normalize_text(page).split("\n")
    assert lines[2] == "国家税务总局丽水市税务局稽查局 税务稽查结案审批表 编号：结〔2024〕11号"
    assert lines[3] == "被查对象 丽水某某竹木制品有限公司"


def test_rows_of_figures_are_not_joined_as_wrapped_lines() -> None:
    page = (
        "凭证号 缴款日期 税（费）种 金额（元）\n"
        "332025240610000123 2024-06-10 罚没收入—税务罚款 8,500.00\n"
        "332025240710000456 2024-07-10 罚没收入—税务罚款 8,500.00\n"
        "合计 17,000.00\n"
    )
    lines = normalize_text(page).split("\n")
    assert lines[1].endswith("8,500.00") and lines[2].startswith("3320252407")
    assert lines[3] == "合计 17,000.00"


def test_a_title_in_a_header_table_beside_the_agency_starts_its_document() -> None:
    pages = [
        "国家税务总局丽水市税务局稽查局 税务稽查立案审批表 编号：立〔2024〕7号\n"
        "纳税人名称 丽水某某竹木制品有限公司\n"
        "局领导审批意见 同意立案。 周某 2024年3月4日",
        "国家税务总局丽水市税务局稽查局 询问（调查）笔录 第1页 共2页\n时间 2024年3月12日9时至10时\n"
        "问：你公司是否通过个人账户收款？\n答：是的。",
        "国家税务总局丽水市税务局稽查局 税务文书送达回证\n"
        "送达文书名称 税务行政处罚决定书\n受送达人 丽水某某竹木制品有限公司",
    ]
    found = [d.doc_type for d in segment([text_source(pages, "case.pdf")])]
    assert found == ["立案审批表", "询问笔录", "送达回证"]


def test_a_later_page_beside_the_agency_does_not_open_a_new_record() -> None:
    """第2页 beside the title marks the record's second page: no new document."""
    pages = [
        "国家税务总局丽水市税务局稽查局 询问（调查）笔录 第1页 共2页\n"
        "时间 2024年3月12日9时至10时\n问：是否收款？",
        "国家税务总局丽水市税务局稽查局 询问（调查）笔录 第2页 共2页\n答：是的。\n被询问人：周某",
    ]
    assert [d.doc_type for d in segment([text_source(pages, "case.pdf")])] == ["询问笔录"]


def test_a_spaced_row_ends_the_name_at_the_next_fields_label() -> None:
    text = (
        "纳税人名称 丽水某某竹木制品有限公司 纳税人识别号 91331100MA2A0B1C2D\n"
        "法定代表人 周某 登记注册类型 有限责任公司\n"
    )
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "丽水某某竹木制品有限公司"


def test_a_receipt_grid_whose_cells_wrap_in_their_rows() -> None:
    text = (
        "送 达 回 证\n受送达人：某某物流有限公司\n送达文书名称 文号 送达方式 受送达人签收 收到日期 送达人\n"
        "交通运输行政处罚告知\n书\n某交罚告〔2020〕15号 邮寄送达 李某（法定代表\n"
        "人）\n2020.9.3\n王某 赵\n某\n"
        "交通运输行政处罚决定\n书\n某交罚〔2020〕15号 直接送达 \n2020.9.21\n王某 赵\n某\n"
    )
    rows = served_rows(text)
    assert [(r["title"], r["doc_number"], r["method"]) for r in rows] == [
        ("交通运输行政处罚告知书", "某交罚告〔2020〕15号", "邮寄送达"),
        ("交通运输行政处罚决定书", "某交罚〔2020〕15号", "直接送达"),
    ]
    assert [r["date"].iso for r in rows] == ["2020-09-03", "2020-09-21"]  # type: ignore[union-attr]
    assert [r["recipient_signed"] for r in rows] == [True, False]


def test_a_voucher_tables_total_is_what_was_paid() -> None:
    from casecheck.extract.document import extract_document
    from tests.conftest import text_document

    text = (
        "电子缴税付款凭证\n凭证号 缴款日期 税（费）种 金额（元）\n"
        "332025240610000123 2024-06-10 罚没收入—税务罚款 8,500.00\n"
        "332025240710000456 2024-07-10 罚没收入—税务罚款 8,500.00\n合计 17,000.00\n"
    )
    facts = extract_document(text_document("缴款凭证", text, "电子缴税付款凭证"))
    kinds = {(a["kind"], a["value"]) for a in facts["amounts"]}
    assert ("payment", 17000.0) in kinds and not any(k == "column_sum" for k, _ in kinds)


def test_a_photographed_last_page_with_the_decisions_remedy_clause_continues_it() -> None:
    """The decision's second photo: no title, its 落款 lost under the seal by OCR, but the decision's
    own remedy clause (如不服本决定…) says whose page it is."""
    from casecheck.extract.case import extract_case
    from casecheck.model import Case

    first = text_source(
        ["某市生态环境局\n不予行政处罚决定书\n某环不罚〔2024〕3号\n当事人：某某五金厂\n经查，你单位……"],
        "IMG_0011.jpg",
    )
    second = text_source(
        ["鉴于你单位系初次违法……本局决定对你单位不予行政处罚。\n如不服本决定，可以在收到本决定书之日起六十日内"
         "向某省生态环境厅申请行政复议\n俯山市生态环境局\n区"],
        "IMG_0012.jpg",
    )  # fmt: skip
    files = [replace(f, pages=tuple(replace(p, method="ocr") for p in f.pages)) for f in (first, second)]
    case = Case(case_id="t", source="t", files=tuple(files), documents=tuple(segment(files)))
    docs = extract_case(case)["documents"]
    assert [d.get("continues") for d in docs] == [None, docs[0]["ref"]]


# ---- dev24 (writer 109): case-system printouts, a discussion's signers, 双罚 in two decisions ----


def _closing(text: str, doc_type: str) -> str | None:
    from casecheck.extract.fields import closing
    from casecheck.extract.fields.dates import find_dates

    hit = closing.closing_date(text, doc_type, find_dates(text))
    return hit[0].iso if hit else None


def test_a_form_signed_by_an_e_signature_is_dated_by_it() -> None:
    """Printed from a case system: the page's number and the system's footer follow the signature."""
    form = (
        "行政处罚案件审核表\n案件名称 兰州某某物业管理有限公司使用未经定期检验的特种设备案\n审核机构 法制科\n"
        "审核人 马某（法律职业资格证书编号：A20190611××××）\n审核内容 主体 事实 证据 定性 依据 程序 裁量\n"
        "审核意见 执法主体适格，事实清楚，证据确实充分，定性准确，适用依据正确，程序合法，"
        "裁量适当（从轻档次）。同意办案机构处理意见，可以进入事先告知程序。\n"
        "审核日期 （电子签名）马某 2023-04-12 16:30\n13\n"
        "甘肃省市场监管综合执法办案系统（V3.2） 案号：哈道市监立〔2023〕0215号\n"
        "打印时间：2023-06-05 09:18:44 第 15 页 共 33 页\n"
    )
    assert _closing(form, "法制审核意见书") == "2023-04-12"


def test_an_opinion_signed_off_by_its_reviewer_is_dated_by_that_line() -> None:
    text = "审核意见：事实清楚，同意。\n审核人：孙某某 2021年3月2日\n"
    assert _closing(text, "法制审核意见书") == "2021-03-02"


def test_a_clock_time_ends_its_line() -> None:
    page = (
        "询问人：（电子签名）吴某 2022-06-02 10:27 记录人：（电子签名）郑某某 2022-06-02 10:27\n"
        "甘肃省交通运输综合执法信息系统 案号：某交执立〔2022〕第0112号\n"
    )
    assert normalize_text(page).split("\n")[1].startswith("甘肃省交通运输综合执法信息系统")


def test_signatures_written_under_their_labels_with_the_signers_own_words() -> None:
    from casecheck.extract.fields.signatures import find_signatures

    text = "被询问人签名：\n以上记录我已看过，与我所说相符。马某某 2022年6月2日\n询问人：吴某"
    assert next((s.label, s.filled) for s in find_signatures(text)) == ("被询问人签名", True)
    text = "参加人员签名：\n钱某 孙某某 李某 周某 吴某某 郑某\n记录人签名：\n王某 2022.6.9"
    assert all(s.filled for s in find_signatures(text))


def test_the_person_fined_in_a_decision_of_their_own_is_no_other_party() -> None:
    from casecheck.checks.kinds import field_consistent

    def doc(ref: str, doc_type: str, name: str) -> dict:
        return {"ref": ref, "doc_type": doc_type, "pages": [1, 1], "party": {"name": {"value": name}}}

    facts = {
        "documents": [
            doc("行政处罚事先告知书", "行政处罚事先告知书", "某某机械制造有限公司"),
            doc("行政处罚事先告知书(2)", "行政处罚事先告知书", "孙某某"),
            doc("行政处罚决定书", "行政处罚决定书", "某某机械制造有限公司"),
            doc("行政处罚决定书(2)", "行政处罚决定书", "孙某某"),
            doc("结案审批表", "结案审批表", "某某机械制造有限公司"),
        ]
    }
    opts = {k: o.default for k, o in field_consistent.OPTIONS.items()}
    hits = list(field_consistent.check(facts, opts, None))  # type: ignore[arg-type]
    assert hits == []
    facts["documents"][4]["party"]["name"]["value"] = "某某机械制造公司"
    assert len(list(field_consistent.check(facts, opts, None))) == 1  # type: ignore[arg-type]


def test_a_label_under_a_titles_underline_is_no_title() -> None:
    page = (
        "========\n法制审核意见书\n========\n审核意见：事实清楚，同意。\n审核人：孙某某 2021年3月2日\n\n"
        "========\n集体讨论记录\n========\n时间：2021年3月4日\n"
    )
    found = [d.doc_type for d in segment([text_source([page], "case.txt")])]
    assert found == ["法制审核意见书", "集体讨论记录"]


# ---- the second reviewer's cases ---------------------------------------------------------------


def test_a_head_row_repeated_over_each_page_opens_one_document() -> None:
    head = "某市市场监督管理局 行政处罚决定书 文号：某市监罚〔2024〕3号"
    pages = [
        f"{head}\n当事人：某公司\n经查……",
        f"{head}\n依据……罚款5000元。",
        f"{head}\n某市市场监督管理局\n2024年5月6日",
    ]
    assert [(d.doc_type, d.pages) for d in segment([text_source(pages, "case.pdf")])] == [
        ("行政处罚决定书", (1, 3))
    ]
    once = [pages[0], f"{head}\n依据……罚款5000元。", "某市市场监督管理局\n2024年5月6日"]
    assert [d.pages for d in segment([text_source(once, "case.pdf")])] == [(1, 3)]


def test_a_receipt_row_on_the_next_page_opens_no_document() -> None:
    pages = [
        "送达回证\n受送达人：某公司\n送达文书 文号 送达时间 送达方式 签收人\n"
        "行政处罚事先告知书 某市监罚告〔2024〕3号 2024年5月1日 直接送达 张三",
        "某市市场监督管理局 行政处罚决定书 某市监罚〔2024〕3号 2024年5月6日 直接送达 张三\n送达人：李四 王五",
    ]
    found = [(d.doc_type, d.pages) for d in segment([text_source(pages, "case.pdf")])]
    assert found == [("送达回证", (1, 2))]


def test_fund_payments_are_no_parts_beside_losses_listed_item_by_item() -> None:
    from casecheck.extract.fields.money import find_amounts

    text = (
        "（一）…涉及医保基金支付2,000.00元，造成医保基金损失2,000.00元；（二）…涉及医保基金支付1,000.00元，"
        "造成医保基金损失1,000.00元。以上共计造成医保基金损失3,000.00元。"
    )
    total = [a for a in find_amounts(text) if a.kind == "fund_loss"][-1]
    assert total.value == 3000 and total.terms == [[2000.0], [1000.0]]
    text = (
        "当事人2023年度医保基金支付1,200,000.00元，其中违规结算3,000.00元、2,000.00元，"
        "共计造成医保基金损失5,000.00元。"
    )
    assert [a.terms for a in find_amounts(text) if a.kind == "fund_loss"] == [None]


def test_a_time_in_a_sentence_or_a_number_before_a_comma_still_wraps() -> None:
    text = (
        "经查，当事人于二〇二三年九月二十日在其经营场所内销售过期食品，执法人员于2023年9月20日10:30\n"
        "对其经营场所进行了现场检查，发现货架上陈列有超过保质期的食品。\n"
    )
    assert "10:30对其" in normalize_text(text)
    text = (
        "本局于2023年10月8日向当事人直接送达了行政处罚事先告知书，文号：某市监罚告〔2023〕12号\n"
        "，当事人在法定期限内未提出陈述、申辩意见，本局依法作出如下处罚决定。\n"
    )
    assert "12号，当事人" in normalize_text(text)


def test_a_partys_e_signed_receipt_under_the_closing_does_not_date_a_notice() -> None:
    text = (
        "你单位可在收到本告知书之日起五个工作日内提出陈述、申辩。\n某市市场监督管理局\n2023年10月8日\n"
        "当事人签收：（电子签名）张某 2023-10-12 09:00\n"
    )
    assert _closing(text, "行政处罚事先告知书") == "2023-10-08"


def test_a_handlers_line_does_not_date_the_legal_review() -> None:
    text = (
        "承办人：张某 李某 2021年3月1日\n法制审核意见：事实清楚，同意。\n"
        "审核人签名：王某 审核时间：2021年3月8日 10时\n"
    )
    assert _closing(text, "法制审核意见书") == "2021-03-08"


def test_a_forms_question_whether_to_discuss_is_no_requirement() -> None:
    from casecheck.extract.fields.markers import find_markers

    said = "审核意见：同意。本案属于应当提交负责人集体讨论决定的案件。"
    assert find_markers(said).get("discussion_required")
    assert not find_markers("是否需集体讨论：□是 ■否").get("discussion_required")
    assert not find_markers("本案事实简单，无需集体讨论。").get("discussion_required")
