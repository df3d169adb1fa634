"""Session 24: a receipt stub printed under the document it serves, and typed copies that mark a
signature after the signer's name. Each fixture is in its own wording."""

from __future__ import annotations

from casecheck.extract.case import extract_case
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.segment import segment
from casecheck.model import Case
from tests.conftest import text_source

_NOTICE = (
    "========\n行政处罚事先告知书\n========\n锡林应急告〔2023〕7号\n某某煤业有限公司：\n"
    "经查，你单位……本局拟对你单位处以罚款人民币叁万元。你单位可在收到本告知书之日起五个工作日内"
    "提出陈述、申辩或要求听证。\n锡林浩特市应急管理局（印章）　2023年6月2日\n"
)
_DECISION = (
    "========\n行政处罚决定书\n========\n锡林应急罚〔2023〕7号\n被处罚单位：某某煤业有限公司\n"
    "……本局决定对你单位处以罚款人民币叁万元整。\n如不服本决定，可以在收到本决定书之日起六十日内"
    "申请行政复议，或者在六个月内依法提起行政诉讼。\n锡林浩特市应急管理局（印章）　2023年6月20日\n"
)


def _case(text: str) -> dict:
    files = [text_source([text], "case.txt")]
    return extract_case(Case(case_id="t", source="t", files=tuple(files), documents=tuple(segment(files))))


def test_a_receipt_stub_under_a_document_is_that_documents_receipt() -> None:
    text = (
        _NOTICE + "签收回执：受送达人　刘海军（签名）　2023年6月5日　送达方式：直接送达　送达人：何某 吴某\n"
        + _DECISION + "送达回执：受送达人 刘海军（签字） 2023年6月21日 送达方式：邮寄送达\n"
    )  # fmt: skip
    facts = _case(text)
    docs = facts["documents"]
    assert [d["doc_type"] for d in docs] == ["行政处罚事先告知书", "送达回证", "行政处罚决定书", "送达回证"]
    first, second = docs[1]["served"], docs[3]["served"]
    assert (first["title"], first["doc_number"], first["under"]) == (
        "行政处罚事先告知书", "锡林应急告〔2023〕7号", docs[0]["ref"],
    )  # fmt: skip
    assert (second["title"], second["doc_number"], second["method"]) == (
        "行政处罚决定书", "锡林应急罚〔2023〕7号", "邮寄送达",
    )  # fmt: skip
    assert first["recipient_signed"] and second["recipient_signed"]
    assert facts["timeline"]["notice_served"]["value"] == "2023-06-05"
    assert facts["timeline"]["decision_served"]["value"] == "2023-06-21"


def test_a_stub_without_a_recipient_or_a_date_is_no_receipt() -> None:
    """回执：请于三日内寄回 is an instruction, and a 卷内目录's 送达回执 row names a receipt only."""
    text = _DECISION + "回执：请受送达人签收后三日内寄回本局。\n"
    assert [d["doc_type"] for d in _case(text)["documents"]] == ["行政处罚决定书"]


def test_a_stub_inside_a_document_is_no_receipt_of_its_own() -> None:
    """Not after a document's end (its 落款): a line of the body that quotes a receipt."""
    text = _DECISION.replace(
        "如不服本决定", "送达回执：受送达人 刘海军 2023年6月5日签收的告知书已送达。\n如不服本决定"
    )
    assert [d["doc_type"] for d in _case(text)["documents"]] == ["行政处罚决定书"]


def test_a_name_marked_as_signed_after_it_is_a_signature() -> None:
    """受送达人 刘海军（签名）: a typed copy of a signed form notes the hand signature after the name."""
    hits = find_signatures("受送达人 刘海军（签名）2023年6月21日　送达人：何某")
    assert [(h.role, h.filled) for h in hits][:1] == [("recipient", True)]
    assert not [h for h in find_signatures("受送达人 （签名）") if h.filled]


def test_a_boxed_character_misread_in_a_law_title() -> None:
    """OCR reads 固 as 国 (the same frame): 国体废物污染环境防治法 is the 固体废物 law; 国 stays 国
    where the title is one (中华人民共和国 is never touched)."""
    from casecheck.laws.catalog import resolve_title

    assert resolve_title("中华人民共和国国体废物污染环境防治法") == "中华人民共和国固体废物污染环境防治法"
    assert resolve_title("国体废物污染环境防治法") == "中华人民共和国固体废物污染环境防治法"
    assert resolve_title("中华人民共和国国境卫生检疫法") in (None, "中华人民共和国国境卫生检疫法")


def test_the_one_who_signed_a_stub_and_the_day() -> None:
    """Stubs in other words: 签收人韩某 with no colon, 收件人 彭某 收到日期 …, the recipient's own
    sentence (本人于…收到本通知书); 受送达人 naming a unit is the party, no signature."""
    from casecheck.extract.fields.served import served_block, stub_signed

    stubs = {
        "送达回证：收件人 彭卫东 收到日期 2023年10月11日 送达方式 直接送达 送达人 谭某 曾某": "2023-10-11",
        "送达回证：受送达人丰禾农资有限公司 签收人韩建新 2018年10月25日 直接送达": "2018-10-25",
        "送达回执：本人于2024年6月11日收到本通知书。 受送达人（签名）：赵德顺": "2024-06-11",
    }
    for text, day in stubs.items():
        block = served_block(text)
        assert stub_signed(text) and block["date"] is not None and block["date"].iso == day, text
    assert not stub_signed("送达回执：受送达人：丰禾农资有限公司 2019年9月6日")


def test_a_stub_signed_by_the_recipient_needs_no_method() -> None:
    """本通知书已于…收到。签收人：陶某: handed over on the document itself, so no 送达方式 to state;
    a stub nobody signed still has to say how it was served."""
    from casecheck.checks.engine import check_case

    def _serv02(facts: dict) -> list:
        return [f for f in check_case(facts).findings if f.code == "SERV-02"]

    signed = "送达回执：本决定书已于2023年6月21日收到。 签收人：刘海军 送达人：何某 吴某\n"
    unsigned = "送达回执：受送达人 2023年6月21日 送达人：何某 吴某\n"
    for stub, missing in ((signed, False), (unsigned, True)):
        facts = _case(_DECISION + stub)
        found = [f.message for f in _serv02(facts)]
        assert any("送达方式" in m for m in found) is missing, found
