"""General fixes drawn from the retired decisions3/heldout7 sets, each in its own wording here."""

from __future__ import annotations

from pathlib import Path

import pytest

from casecheck.extract.devset import load_document
from casecheck.extract.document import extract_document
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.lawtitle import canonical_law_title, is_lawlike
from casecheck.ingest.doctypes import classify_title
from casecheck.model import Document


def _doc(text: str, doc_type: str = "行政处罚决定书") -> Document:
    return Document(ref=doc_type, doc_type=doc_type, title=doc_type, file="x.txt", pages=(1, 1),
                    text=text, page_starts=(0,))  # fmt: skip


def test_a_place_named_with_a_numeral_and_yuan_is_no_amount() -> None:
    text = "当事人住所：福建省三明市三元区城关街道。罚款缴至三元区财政局指定银行。罚款人民币五千元。"
    values = [a.value for a in find_amounts(text, "行政处罚决定书")]
    assert values == [5000.0]


def test_a_stated_total_of_two_fines_is_not_added_to_them() -> None:
    text = "一、罚款人民币8000元；二、没收违法所得后，再罚款人民币2000元。以上罚款合计人民币10000元。"
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 10000.0


def test_two_distinct_fines_are_still_added() -> None:
    text = "对第一项违法行为罚款人民币8000元；对第二项违法行为罚款人民币2000元。"
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 10000.0


def test_the_decision_fine_is_its_own_partys_when_it_also_fines_the_manager() -> None:
    text = (
        "当事人：安顺市宏泰建材有限公司\n"
        "依据《中华人民共和国安全生产法》第九十七条的规定，决定对安顺市宏泰建材有限公司处罚款人民币四万元；"
        "依据《中华人民共和国安全生产法》第九十四条第一款的规定，决定对其主要负责人罗某某处罚款人民币一万五千元。"
        "两项罚款共计人民币五万五千元。\n"
    )
    facts = extract_document(_doc(text))
    assert facts["party"]["name"]["value"] == "安顺市宏泰建材有限公司"
    assert facts["penalty"]["fine"]["value"] == 40000.0


def test_fines_addressed_to_the_act_not_a_party_all_count() -> None:
    text = "当事人：李某某\n决定对上述第一项违法行为处罚款三千元；对上述第二项违法行为处罚款二千元。\n"
    assert extract_document(_doc(text))["penalty"]["fine"]["value"] == 5000.0


@pytest.mark.parametrize(
    ("raw", "official"),
    [
        ("《反不当竞争法》", "中华人民共和国反不正当竞争法"),  # one character missing
        ("《中华人名共和国广告法》", "中华人民共和国广告法"),  # the prefix mistyped
        ("《城市市容环境卫生管理条例》", "城市市容和环境卫生管理条例"),
        ("《中华人民共和国食品品安全法》", "中华人民共和国食品安全法"),  # one character too many
        ("《中华人民共和国大气污染防冶法》", "中华人民共和国大气污染防治法"),  # changed, in a long name
        ("《水污染防冶法》", "中华人民共和国水污染防治法"),
    ],
)
def test_a_title_one_slip_from_a_known_law_resolves_to_it(raw: str, official: str) -> None:
    assert canonical_law_title(raw) == official


def test_a_title_one_changed_character_away_is_not_guessed() -> None:
    # 海商法 is a real law one character from 海关法: a substitution is never corrected
    assert canonical_law_title("《中华人民共和国海商法》") == "中华人民共和国海商法"


@pytest.mark.parametrize(
    ("title", "lawlike"),
    [
        ("《大气污染物综合排放标准》", False),
        ("《食品中污染物限量标准》", False),
        ("《四川省生态环境行政处罚裁量标准》", True),
        ("《国家税务总局关于发布〈税务行政处罚“首违不罚”事项清单〉的公告》", True),
        ("《行政处罚决定书送达公告》", False),
    ],
)
def test_which_titles_name_norms(title: str, lawlike: bool) -> None:
    assert is_lawlike(title) is lawlike


def test_a_quote_inside_a_title_is_part_of_the_title() -> None:
    text = "根据《国家税务总局关于发布〈税务行政处罚“首违不罚”事项清单〉的公告》的规定，决定不予行政处罚。"
    laws = [h.law for h in find_citations(text)]
    assert any("“首违不罚”" in law for law in laws)


def test_a_doc_number_on_the_line_under_its_label() -> None:
    text = "行政处罚信息公示\n行政相对人名称\n某某有限公司\n处罚决定书文号\n筑云气罚〔2022〕7号\n处罚类别\n"
    facts = extract_document(_doc(text, "行政处罚决定书"))
    assert facts["doc_number"]["value"] == "筑云气罚〔2022〕7号"


def test_a_notice_retelling_the_decision_dates_it() -> None:
    text = "本局于2021年3月9日决定按照每辆车2000元的标准对你公司处以罚款，共计人民币六千元。"
    assert event_dates(text)["decision"].iso == "2021-03-09"


def test_a_decision_that_opens_a_case_is_no_decision_date() -> None:
    text = "2021年3月9日，我局决定对该线索立案调查。"
    assert "decision" not in event_dates(text)


@pytest.mark.parametrize(
    "title", ["税务行政处罚决定书（简易）", "行政处罚决定书(简易)", "行政处罚决定书（简易程序）"]
)
def test_a_summary_procedure_decision_by_its_title(title: str) -> None:
    hit = classify_title(title) or classify_title(title, loose=True)
    assert hit is not None and hit[0] == "当场行政处罚决定书"


def test_devset_files_are_read_as_a_review_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "001_x.txt"
    path.write_text(
        "source: x\ndomain: x\ndoc_type: 行政处罚决定书\n---\n某罚决字〔２０２４〕第００１２号\n", "utf-8"
    )
    assert "〔2024〕第0012号" in load_document(path).text
