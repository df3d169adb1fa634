"""Precision leftovers: imprecise violation times, titles with digits, remedy wording, 第…号 numbers.

Every text here is written for these tests (no development file's names, figures or dates).
"""

from __future__ import annotations

from casecheck.extract.fields.events import event_dates
from casecheck.extract.timeline import build_timeline


def _kinds(text: str) -> dict[str, str]:
    return {k: h.iso for k, h in event_dates(text).items()}


# ---- EVID-02: the violation time ------------------------------------------------------------


def test_month_level_violation_time_is_read() -> None:
    text = "经查，你单位于2023年10月、11月安排包装班组职工连续加班，每月超过法定上限。"
    assert _kinds(text)["violation_month"] == "2023-10-01"


def test_month_range_violation_time_is_read() -> None:
    text = "经调查，该公司2023年10月至11月安排包装班组职工每月延长工作时间六十小时。"
    assert _kinds(text)["violation_month"] == "2023-10-01"


def test_month_of_a_full_date_or_a_period_to_a_day_is_no_month_time() -> None:
    assert "violation_month" not in _kinds("当事人于2023年10月9日销售过期食品。")
    assert "violation_month" not in _kinds("本局于2023年10月收到举报材料。")
    # a period to a day is the existing violation_end, not a month-level time
    out = _kinds("2022年6月至2023年2月17日，你单位未设置安全警示标志。")
    assert "violation_month" not in out and out["violation_end"] == "2023-02-17"


def test_a_day_followed_by_an_omission_dates_the_violation() -> None:
    text = "经查，你单位在城东路工地施工中，2023年9月14日未对堆放的渣土进行苫盖，未设置冲洗设施。"
    assert _kinds(text)["violation"] == "2023-09-14"


def test_an_omission_since_a_day_is_kept_apart_from_the_violation_date() -> None:
    out = _kinds("经查，2021年5月6日起，当事人一直未按规定建立进货查验记录。")
    assert out["violation_since"] == "2021-05-06" and "violation" not in out


def test_a_deadline_missed_is_no_violation_time() -> None:
    out = _kinds("责令于2023年9月20日前改正，逾期未改正的依法处理。")
    assert "violation" not in out and "violation_since" not in out


def test_imprecise_times_do_not_date_the_timeline() -> None:
    """PROC-09 (limitation) and LAW-04 (law version) read the timeline's violation date."""
    docs = [
        {
            "doc_type": "行政处罚决定书",
            "dates": {
                "violation_month": {"value": "2019-10-01", "evidence": None},
                "violation_since": {"value": "2019-05-06", "evidence": None},
            },
        }
    ]
    tl = build_timeline(docs)  # type: ignore[arg-type]
    assert not {"violation", "violation_month", "violation_since"} & set(tl)


# ---- accuracy gate: generated labels a review can reach -------------------------------------


def test_no_fine_defect_beside_law02_on_the_penalty_provision() -> None:
    """LAW-02 dropping the penalty provision's 款/项 hides the range a LAW-05 fine is judged by
    (gate seed 900007, case 00225: 第一百一十二条 whose 第二款 sets fines by 项)."""
    import random

    from casecheck.generate.api import draw_base
    from casecheck.generate.defects import INJECTORS, _detail_role, choose_codes

    clashes = []
    for index in range(400):
        rng = random.Random(f"leftovers-{index}")
        case = draw_base(rng, f"case_{index}", "普通", None)
        codes = choose_codes(case, rng, 3)
        fine = [c for c in codes if INJECTORS[c].group == "fine"]
        if "LAW-02" in codes and fine and _detail_role(case) == "penalty":
            clashes.append((index, case.scenario.key, codes))
    assert not clashes


# ---- page-top titles that name a period ------------------------------------------------------


def _segment_types(pages: list[str]) -> list[str]:
    from casecheck.ingest.segment import segment
    from tests.conftest import text_source

    return [d.doc_type for d in segment([text_source(pages)])]


def test_page_top_title_naming_a_month_starts_a_document() -> None:
    pages = [
        "询问笔录\n询问时间：2023年12月4日\n被询问人：乙",
        "包装车间2023年10月加班工时统计表（由考勤机导出，当事人签字确认）\n姓名\t加班小时\n丙\t62",
    ]
    assert _segment_types(pages) == ["询问笔录", "其他"]


def test_period_titles_and_what_stays_no_title() -> None:
    from casecheck.ingest.doctypes import classify_title

    assert classify_title("2022年度原料出入库台账", loose=True) == ("其他", "2022年度原料出入库台账")
    assert classify_title("仓库2022年7月至9月销售明细表", loose=True) is not None
    # a date, a bare month, other digits, and any line deep inside a page stay no title
    for line in ("2022年7月9日", "2022年7月", "第3页", "80436统计表"):
        assert classify_title(line, loose=True) is None
    assert classify_title("仓库2022年7月至9月销售明细表") is None


def test_serv03_receipt_never_names_the_decision_by_an_unreadable_number() -> None:
    """A receipt titled 告知书 that carries the decision's malformed 文号 (DOC-03: 罚2023-254) ties
    to no document, so the labelled SERV-03 could not be found (gate seed 900011, case 00262)."""
    from casecheck.generate.api import build_case
    from casecheck.generate.defects import WELL_FORMED_NUMBER

    wrong = []
    for index in range(60):
        try:
            built = build_case(4242, index, procedure="普通", codes=["DOC-03", "SERV-03"])
        except ValueError:
            continue
        number = built.case.numbers["decision"]
        text = repr([doc.blocks for doc in built.docs])  # every paragraph and table cell
        if f"《行政处罚告知书》（{number}）" in text and not WELL_FORMED_NUMBER.search(number or ""):
            wrong.append((index, number))
    assert not wrong


# ---- DOC-02: the remedy clause as written -----------------------------------------------------


def test_review_period_in_months_is_the_review_period_not_the_suit_period() -> None:
    from casecheck.extract.fields.remedy import find_remedy

    r = find_remedy(
        "如不服本决定，可在接到本决定书之日起两个月内向某县人民政府申请复议，也可在六个月内向某县人民法院起诉。"
    )
    assert r is not None
    assert (r.review_days, r.review_months, r.litigation_months) == (None, 2, 6)
    r = find_remedy("如不服，可于两个月内依法申请行政复议，或者三个月内向某县人民法院提起诉讼。")
    assert r is not None and (r.review_months, r.litigation_months) == (2, 3)


def test_sixty_days_with_the_2023_wording_is_read() -> None:
    from casecheck.extract.fields.remedy import find_remedy

    r = find_remedy(
        "如不服本决定，可在收到本决定书之日起60日内向某县人民政府提出行政复议申请，或者在6个月内向某县人民法院提起行政诉讼。"
    )
    assert r is not None and (r.review_days, r.review_body, r.litigation_months) == (60, "某县人民政府", 6)
    r = find_remedy("如不服，可以在六十日以内提出复议申请。")
    assert r is not None and r.review_days == 60


def test_a_case_never_has_two_officers_of_one_name() -> None:
    """Namesakes read as one officer, a SUBJ-01 the label does not hold (gate seed 900021, 00081)."""
    from casecheck.generate.api import build_case

    names = [o.name for o in build_case(900021, 81).case.officers]
    assert len(set(names)) == len(names) == 2


# ---- officers: 第…号 frames a certificate number ------------------------------------------------


def test_certificate_written_with_di_hao_keeps_only_the_number() -> None:
    from casecheck.extract.fields.officers import find_officers

    text = "执法人员：钱文博（执法证号：第52031877号）、孙可欣（执法证号：黔第52031878号）"
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("钱文博", "52031877"),
        ("孙可欣", "黔52031878"),
    ]
