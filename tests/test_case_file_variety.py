"""General fixes drawn from the retired heldout10 case files (session 6), each in its own wording."""

from __future__ import annotations

from casecheck.extract.document import extract_document
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import id_number
from casecheck.extract.fields.table import box_rows
from casecheck.model import Document


def test_an_officer_list_ends_where_prose_goes_on_after_a_comma() -> None:
    text = (
        "执法人员：韦立军（执法证号4512033018）、潘小梅（执法证号4512033027），已向当事人出示执法证件，"
        "执法记录仪（NN-0307）全程录像。"
    )
    found = {o.name: o.certificate for o in find_officers(text)}
    assert found == {"韦立军": "4512033018", "潘小梅": "4512033027"}


def test_officers_listed_across_commas_keep_their_numbers() -> None:
    found = {
        o.name: o.certificate
        for o in find_officers("检查人员：林一帆（证号35010001），陈小雨（证号35010002）。")
    }
    assert found == {"林一帆": "35010001", "陈小雨": "35010002"}


def test_a_total_of_the_fine_and_the_confiscation_is_no_fine() -> None:
    text = (
        "没收违法所得人民币壹仟贰佰元（￥1200元），并处罚款人民币伍万元（￥50000元），"
        "合计人民币伍万壹仟贰佰元。"
    )
    hits = find_amounts(text, "行政处罚决定书")
    assert total(hits, "fine") == 50000.0
    assert [h.kind for h in hits if h.value == 51200.0] == ["penalty_total"]


def test_a_vouchers_serial_is_no_identity_number() -> None:
    text = "纳税人名称\t某某副食店\n实缴金额\t￥200.00\n电子凭证号\t365010240700240118\n"
    assert id_number(text) is None
    assert id_number("居民身份证号码：365010240700240118\n") is not None  # labelled: checked as an ID


def test_a_basis_whose_sentence_goes_on_past_a_semicolon_to_the_penalty() -> None:
    text = (
        "依据《中华人民共和国税收征收管理法》第六十二条的规定，你户上年曾因同一事由被责令改正，不属于首次违法；"
        "考虑到逾期天数较短，决定处以罚款叁佰元。"
    )
    (hit,) = find_citations(text)
    assert hit.role == "penalty"


RECEIPT = """送 达 回 证
受送达人：韦某某 送达地点：某市某区某路8号
┌──────────────┬────────┬──────────┬──────────┐
│送达文书及文号│送达方式│收到日期 │受送达人签│
│ │ │ │名 │
├──────────────┼────────┼──────────┼──────────┤
│行政处罚告知书│直接送达│2021年3月2│韦某某 │
│（某交罚告〔 │ │日 │ │
│2021〕15号） │ │ │ │
├──────────────┼────────┼──────────┼──────────┤
│行政处罚决定书│邮寄送达│2021年3月1│ │
│（某交罚决〔 │ │9日 │ │
│2021〕15号） │ │ │ │
└──────────────┴────────┴──────────┴──────────┘
"""


def test_a_box_drawn_rows_wrapped_cells_are_joined() -> None:
    rows = box_rows(RECEIPT)
    assert [c[0] if c else None for c in rows[2]] == [
        "行政处罚决定书（某交罚决〔2021〕15号）", "邮寄送达", "2021年3月19日", None,
    ]  # fmt: skip


def test_a_receipt_for_two_documents_has_a_row_each() -> None:
    doc = Document(ref="送达回证", doc_type="送达回证", title="送达回证", file="x.txt", pages=(1, 1),
                   text=RECEIPT, page_starts=(0,))  # fmt: skip
    served = extract_document(doc)["served"]
    rows = served["rows"]
    assert [(r["title"], r["doc_number"], r["method"], r["recipient_signed"]) for r in rows] == [
        ("行政处罚告知书", "某交罚告〔2021〕15号", "直接送达", True),
        ("行政处罚决定书", "某交罚决〔2021〕15号", "邮寄送达", False),
    ]
    assert rows[1]["date"]["value"] == "2021-03-19"
    assert served["title"] == "行政处罚告知书"  # the receipt's own fields are its first row's
