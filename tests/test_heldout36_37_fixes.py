"""Cases drawn from the retired held-out sets 36 (公安) and 37 (北方 county files), each in new
wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.ids import find_credit_codes
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.party import address, party_name
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def _filled(text: str) -> list[bool]:
    return [s.filled for s in find_signatures(text)]


def test_a_post_and_its_sign_note_before_the_signer() -> None:
    assert _filled("审批意见\t同意立案。治安大队大队长（签名）苗某某 2020年4月2日\n") == [True]
    assert _filled("审批意见\t同意立案。治安大队大队长（签名）　　 2020年4月2日\n") == [False]


def test_a_credit_code_ending_in_a_letter_the_standard_never_uses() -> None:
    codes = find_credit_codes("当事人\t某某物流有限公司\t统一社会信用代码\t91410102MA9F3C8K1V\n")
    assert [(c, valid) for c, _s, _e, valid in codes] == [("91410102MA9F3C8K1V", False)]


def test_a_police_forms_one_field_for_domicile_and_residence() -> None:
    text = "违法行为人：邹某，男，居民身份证号码（略），户籍所在地及现住址：湖北省某市某区某路8号，无业。\n"
    assert address(text)[0] == "湖北省某市某区某路8号"


def test_the_sign_note_before_the_name_in_a_notice_record() -> None:
    assert party_name("被告知人：（签名）魏某某 2019年4月2日\n", {})[0] == "魏某某"


def test_circumstances_weighed_and_no_lighter_fine() -> None:
    text = "你单位主动整改的情节已予考虑，但违法持续时间长、涉及数量多，不宜从轻，决定罚款四万元。"
    hit = find_discretion(text)
    assert hit is not None and hit.form == "reasoned"


def test_a_page_footer_under_a_full_line_keeps_its_line() -> None:
    raw = "审核人 钟某某（法律职业资格证书号A20152101230××） 审核部门 法制科 2021年8月3日\n第7页 共15页\n"
    assert normalize_text(raw).endswith("2021年8月3日\n第7页 共15页")


def test_the_first_document_under_the_catalogue_rows() -> None:
    page = (
        "卷内目录\n序号\t文件材料名称\t页号\n1\t立案审批表\t1\n2\t询问笔录\t2\n3\t调查终结报告\t3\n"
        "4\t行政处罚决定书\t4\n5\t送达回证\t5\n\n\n"
        "某县生态环境局立案审批表\n案由：某某案\n"
    )
    pages = (Page(1, page, page, (), "text"), Page(2, "询问笔录\n时间：2020年1月2日\n", "", (), "text"))
    docs = segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])
    assert [d.doc_type for d in docs] == ["卷内目录", "立案审批表", "询问笔录"]


def test_a_list_of_penalties_under_its_heading() -> None:
    kinds = [
        k
        for k, *_ in find_penalty_kinds("本局拟对你从轻处罚：1.没收违法所得人民币860元；2.罚款人民币3000元。")
    ]
    assert sorted(kinds) == ["没收违法所得", "罚款"]


def test_a_decision_served_by_public_notice() -> None:
    assert "public_notice_service" in find_markers(
        "现依法向你公司公告送达本局某环罚〔2021〕7号行政处罚决定书。"
    )
    assert "public_notice_service" not in find_markers("受送达人下落不明的，可以公告送达。")
