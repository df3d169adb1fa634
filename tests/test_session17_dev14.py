"""Fixes of session 17 on dev14's volumes, each on wording of its own: a sum typed with a
full-width thousands comma, the pre-2015 three-month 起诉期限, a seal drawn as a red ring in an
OFD."""

from __future__ import annotations

import zipfile
from pathlib import Path

from casecheck.checks.engine import check_case
from casecheck.extract.case import extract_case
from casecheck.ingest.normalize import normalize_text
from casecheck.model import Case
from tests.conftest import text_document


def _codes(text: str, doc_type: str = "行政处罚决定书") -> set[str]:
    facts = extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))
    return {f.code for f in check_case(facts).findings}


def test_a_sum_typed_with_a_full_width_thousands_comma() -> None:
    assert normalize_text("处罚款36，400元；罚款人民币叁万陆仟肆佰元整（￥36，400.00）") == (
        "处罚款36,400元；罚款人民币叁万陆仟肆佰元整（￥36,400.00）"
    )
    assert normalize_text("分别于3月1日，200人次参加") == "分别于3月1日，200人次参加"


DECISION = (
    "某市地震局\n行政处罚决定书\n某震罚〔{y}〕2号\n当事人：某某储运有限公司\n"
    "你单位的行为违反了《中华人民共和国防震减灾法》第三十五条第二款的规定。依据《中华人民共和国防震减灾法》"
    "第八十七条的规定，本局于{y}年11月4日向你单位送达了行政处罚告知书，你单位未提出陈述申辩。本局决定：罚款人民币十万元。\n"
    "如不服本决定，可在收到本决定书之日起六十日内向某市人民政府申请行政复议，也可以在三个月内直接向某区人民法院提起行政诉讼。\n"
    "某市地震局\n{y}年11月19日\n"
)


def test_three_months_to_sue_was_right_before_may_2015() -> None:
    assert "DOC-02" not in _codes(DECISION.format(y=2014))
    assert "DOC-02" in _codes(DECISION.format(y=2016))


def test_an_undated_decision_is_dated_by_the_case_for_its_period_to_sue() -> None:
    undated = DECISION.format(y=2016).replace("某市地震局\n2016年11月19日\n", "某市地震局\n")
    assert "DOC-02" in _codes(undated)  # 2016 by its other dates: three months is wrong


def test_sums_listed_with_full_width_commas_stay_apart() -> None:
    assert normalize_text("对甲、乙二人分别处以罚款500，800元") == "对甲、乙二人分别处以罚款500，800元"


def _ofd(path: Path, colour: str) -> Path:
    content = (
        '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>'
        '<ofd:TextObject ID="1" Boundary="20 20 150 6" Size="4">'
        '<ofd:TextCode X="0" Y="4">行政处罚决定书</ofd:TextCode></ofd:TextObject>'
        f'<ofd:PathObject ID="2" Boundary="150 80 40 40" Stroke="true"><ofd:StrokeColor Value="{colour}"/>'
        "<ofd:AbbreviatedData>M 0 20 A 20 20 0 1 1 40 20 A 20 20 0 1 1 0 20</ofd:AbbreviatedData>"
        "</ofd:PathObject>"
        "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody>'
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")  # fmt: skip
        z.writestr("Doc_0/Document.xml", '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">'
                   '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
                   "</ofd:Document>")  # fmt: skip
        z.writestr("Doc_0/Pages/Page_0/Content.xml", content)
    return path


def test_a_red_ring_drawn_in_an_ofd_is_a_seal(tmp_path: Path) -> None:
    from casecheck.ingest.ofd import read_ofd

    red = read_ofd(_ofd(tmp_path / "r.ofd", "220 30 30"), max_pages=10)[0]
    assert red.imaged and red.seal_box == (1500, 800, 1900, 1200)
    black = read_ofd(_ofd(tmp_path / "b.ofd", "0 0 0"), max_pages=10)[0]
    assert not black.imaged and black.seal_box is None
