"""Findings on OCR text that rested on misread characters (the generated scans of seed 21): a sum
with a term OCR garbled is not recomputed, a garbled capital numeral is no number, a decision's
fine read from figures alone that every other document contradicts is left unread, and a misread
消防救援大队 proves no internal unit. Each quote read by OCR carries its words' confidence."""

from __future__ import annotations

from casecheck.extract.case import extract_case
from casecheck.extract.fields.arithmetic import terms_before
from casecheck.ingest.normalize import normalize_text
from casecheck.model import Case, Document
from tests.conftest import text_document


def _facts(text: str, doc_type: str = "行政处罚决定书") -> dict:
    return extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))


def _total(sentence: str) -> list[list[float]] | None:
    return terms_before(sentence, sentence.index("合计") + 2, all_goods=True)


def test_a_factor_set_apart_from_its_times_sign_is_still_a_factor() -> None:
    assert _total("经核算，皮鞋8双X 120元+雨靴15双x40元，货值金额合计1560元。") == [[8, 120], [15, 40]]


def test_a_sum_with_a_term_that_cannot_be_read_is_not_recomputed() -> None:
    # OCR read × as Xx and 1 as I: the total must not be checked against the terms it could read
    assert _total("经核算，皮鞋8双Xx120元+雨靴15双x40元，货值金额合计1560元。") is None
    assert _total("经核算，皮鞋8双XI20元+雨靴15双x40元，货值金额合计1560元。") is None
    # a size in brackets between the terms is no term
    assert _total("经核算，奶粉（900g）3罐×210元+米粉（250g）4盒×35元，货值金额合计770元。") == [
        [3, 210],
        [4, 35],
    ]


def _ocr_case(fine_confidence: float) -> Case:
    """A decision page read by OCR whose fine figure was read with ``fine_confidence``."""
    from casecheck.model import Document, OcrWord, OcrWords, Page, SourceFile

    pieces = [("某县市场监督管理局", 93.0), ("行政处罚决定书", 95.0), ("当事人：某某商行", 91.0),
              ("决定罚款人民币", 92.0), ("3300元", fine_confidence), ("。", 90.0)]  # fmt: skip
    words = tuple(OcrWord(t, 10, 20 * i, 200, 18, c, i) for i, (t, c) in enumerate(pieces))
    text = "某县市场监督管理局\n行政处罚决定书\n当事人：某某商行\n决定罚款人民币3300元。"
    page = Page(1, text, text, tuple(range(len(text))), "ocr", 92.0, True, words=OcrWords(600, 800, words))
    doc = Document(
        "行政处罚决定书", "行政处罚决定书", "行政处罚决定书", "d.png", (1, 1), text, (0,), imaged_pages=(1,)
    )
    return Case("c", "d.png", (SourceFile("d.png", "d.png", "image", "0" * 64, (page,)),), (doc,))


def test_each_value_read_by_ocr_carries_the_confidence_of_its_own_words() -> None:
    facts = extract_case(_ocr_case(8.0))
    fines = [a for a in facts["documents"][0]["amounts"] if a["kind"] == "fine"]
    assert fines and fines[0]["evidence"]["ocr_confidence"] == 8.0
    party = facts["documents"][0]["party"]["name"]
    assert party["evidence"]["ocr_confidence"] == 91.0
    assert "ocr_confidence" not in _facts("当事人：某某商行")["documents"][0]["party"]["name"]["evidence"]


def test_a_capital_numeral_that_no_one_writes_is_no_number() -> None:
    from casecheck.extract.fields.numerals import cn_int

    assert cn_int("什壹佰") is None and cn_int("拾壹佰") is None and cn_int("佰仟") is None
    assert cn_int("陆什伍佰贰拾") == 6520 and cn_int("十五") == 15 and cn_int("一万零五百") == 10500
    assert cn_int("贰拾万") == 200000 and cn_int("一千万") == 10_000_000


def _scanned(doc_type: str, text: str, ref: str) -> Document:
    return Document(ref, doc_type, doc_type, "s.pdf", (1, 1), text, (0,), imaged_pages=(1,))


def test_a_scanned_decisions_lone_figures_every_other_document_contradicts_are_left_unread() -> None:
    from casecheck.model import Page, SourceFile

    decision = "某县消防救援大队\n行政处罚决定书\n决定：罚款人民币过万过什参佰元整（1300元）。"
    report = "某县消防救援大队\n行政处罚决定审批表\n审批意见：同意对当事人罚款11300元。"
    pages = (
        Page(1, decision, decision, (), "ocr", 91.0, True),
        Page(2, report, report, (), "ocr", 91.0, True),
    )
    docs = (
        _scanned("行政处罚决定书", decision, "行政处罚决定书"),
        Document(
            "审批表",
            "行政处罚决定审批表",
            "行政处罚决定审批表",
            "s.pdf",
            (2, 2),
            report,
            (0,),
            imaged_pages=(2,),
        ),
    )
    facts = extract_case(Case("c", "s.pdf", (SourceFile("s.pdf", "s.pdf", "pdf", "0" * 64, pages),), docs))
    assert facts["documents"][0]["penalty"]["fine"] is None
    typed = extract_case(Case("c", "t.txt", (), (text_document("行政处罚决定书", decision),)))
    assert typed["documents"][0]["penalty"]["fine"]["value"] == 1300  # typed text: the figures stand


def test_a_misread_fire_brigade_on_a_scan_is_no_internal_unit() -> None:
    from casecheck.checks.kinds import issuer_agency
    from casecheck.checks.util import Context, Hit, Unknown

    opts = {k: o.default for k, o in issuer_agency.OPTIONS.items()}

    def outcome(name: str, ocr: bool) -> list[type]:
        doc = {"ref": "行政处罚决定书", "doc_type": "行政处罚决定书",
               "issuer": {"value": name, "evidence": None},
               "ocr": {"pages": [1], "confidence": 90.0} if ocr else None}  # fmt: skip
        return [type(x) for x in issuer_agency.check({"documents": [doc]}, opts, Context())]

    assert outcome("某市某区消哇改援大队", ocr=True) == [Unknown]
    assert outcome("某市某区消哇改援大队", ocr=False) == [Hit]
    assert outcome("某市市场监督管理局执法稽查大队", ocr=True) == [Hit]
    assert outcome("某区消防救援大队", ocr=True) == []


def test_a_decision_lowering_the_notices_fine_keeps_its_own() -> None:
    from casecheck.model import Page, SourceFile

    notice = "某县市场监督管理局\n行政处罚告知书\n本局拟对你作出罚款人民币5000元的行政处罚。"
    decision = (
        "某县市场监督管理局\n行政处罚决定书\n经复核，采纳当事人申辩意见，决定对当事人罚款人民币3000元。"
    )
    pages = (
        Page(1, notice, notice, (), "ocr", 91.0, True),
        Page(2, decision, decision, (), "ocr", 91.0, True),
    )
    docs = (
        Document(
            "告知书", "行政处罚事先告知书", "行政处罚告知书", "s.pdf", (1, 1), notice, (0,), imaged_pages=(1,)
        ),
        Document(
            "决定书", "行政处罚决定书", "行政处罚决定书", "s.pdf", (2, 2), decision, (0,), imaged_pages=(2,)
        ),
    )
    facts = extract_case(Case("c", "s.pdf", (SourceFile("s.pdf", "s.pdf", "pdf", "0" * 64, pages),), docs))
    assert facts["documents"][1]["penalty"]["fine"]["value"] == 3000


def test_a_garbled_yuan_sign_before_the_figures_and_plus_signs_in_names() -> None:
    from casecheck.extract.fields.money import find_amounts
    from casecheck.extract.fields.numerals import cn_int

    assert cn_int("一百十") == 110  # 十 may stand without its digit
    text = normalize_text("罚款人民币过什伍佰元整（半1,500.00）。")
    assert [(a.kind, a.value) for a in find_amounts(text, "当场行政处罚决定书")] == [("fine", 1500.0)]
    assert terms_before("销售“5G+”智能手表3块×200元，货值金额600元", 20) == [[3, 200]]
    assert terms_before("农药（吡虫啉+阿维菌素）20瓶×15元，货值金额300元", 22) == [[20, 15]]


def test_a_decisions_figures_beside_garbled_words_yield_to_the_notice() -> None:
    from casecheck.model import Page, SourceFile

    notice = "某区市场监督管理局\n行政处罚告知书\n拟罚款人民币叁仟零壹拾元整（¥3010.00）。"
    decision = "某区市场监督管理局\n行政处罚决定书\n决定：罚款人民币参什零壹拾元整《83010元)。"
    pages = (
        Page(1, notice, notice, (), "ocr", 90.0, True),
        Page(2, decision, decision, (), "ocr", 90.0, True),
    )
    docs = (
        Document(
            "告知书", "行政处罚事先告知书", "行政处罚告知书", "s.pdf", (1, 1), notice, (0,), imaged_pages=(1,)
        ),
        Document(
            "决定书", "行政处罚决定书", "行政处罚决定书", "s.pdf", (2, 2), decision, (0,), imaged_pages=(2,)
        ),
    )
    facts = extract_case(Case("c", "s.pdf", (SourceFile("s.pdf", "s.pdf", "pdf", "0" * 64, pages),), docs))
    assert facts["documents"][1]["penalty"]["fine"] is None  # 83010 is no reading to accuse on
