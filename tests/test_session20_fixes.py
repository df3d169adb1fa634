"""Session 20: general fixes found on the development sets, each on a fixture in its own wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rule_harness import run_fixture

from casecheck.extract.case import extract_case
from casecheck.extract.fields.remedy import find_remedy
from casecheck.ingest.case import load_case

# ---- 1. a summary decision of 2024 or later that offers a suit beside the review (DOC-102) ------


@pytest.mark.parametrize(
    "clause",
    [
        "如不服本决定，可以在收到本决定书之日起六十日内向某市人民政府申请行政复议，"
        "或者在六个月内直接向某区人民法院提起行政诉讼。",
        "当事人对本决定不服的，可以申请行政复议，或者提起行政诉讼。",
        "可于60日内向某县人民政府申请复议，也可以依法向某县人民法院起诉。",
    ],
)
def test_a_suit_offered_beside_the_review_is_read(clause: str) -> None:
    hit = find_remedy("罚款人民币贰佰元。\n" + clause)
    assert hit is not None
    assert hit.direct_suit and not hit.review_first
    assert "诉" in ("罚款人民币贰佰元。\n" + clause)[hit.start : hit.end]  # the quote shows the suit


@pytest.mark.parametrize(
    "clause",
    [
        # 复议前置 told: the suit comes after the review, within 15 days of its decision
        "如不服本决定，应当自收到本决定书之日起六十日内先向某区人民政府申请行政复议；对复议决定不服的，"
        "可以自收到复议决定书之日起十五日内向人民法院提起行政诉讼。",
        # no suit named; the sentence on execution names one only as what does not stop it
        "如不服本决定，可以在六十日内向某区人民政府申请行政复议。当事人申请行政复议或者提起行政诉讼的，"
        "行政处罚不停止执行。",
        "可以在六十日内向某区人民政府申请行政复议。申请行政复议或者提起行政诉讼期间，本决定不停止执行。",
    ],
)
def test_no_suit_offered(clause: str) -> None:
    hit = find_remedy(clause)
    assert hit is not None
    assert not hit.direct_suit


def test_review_first_told_in_other_words() -> None:
    for told in (
        "应在六十日内向某区人民政府申请行政复议，不得直接向某区人民法院提起行政诉讼。",
        "可在六十日内向某区人民政府申请行政复议，不能直接提起行政诉讼。",
        "可在六十日内向某区人民政府申请行政复议；对行政复议决定仍不服的，也可以依法向人民法院提起行政诉讼。",
        "可在六十日内向某区人民政府申请行政复议，经复议后仍不服的，可以依法提起行政诉讼。",
    ):
        hit = find_remedy(told)
        assert hit is not None and hit.review_first and not hit.direct_suit, told


@pytest.mark.parametrize(
    "execution",
    [
        "申请行政复议或者提起行政诉讼，不停止本决定的执行。",
        "申请行政复议或者提起行政诉讼后，本决定不停止执行。",
        "逾期不申请行政复议或者不提起行政诉讼，又不履行的，本局将依法申请强制执行。",
        "逾期不申请复议也不起诉又不履行的，依法强制执行。",
    ],
)
def test_the_sentence_on_execution_offers_no_suit(execution: str) -> None:
    hit = find_remedy("可以在六十日内向某区人民政府申请行政复议。" + execution)
    assert hit is not None and not hit.direct_suit


def _summary(confidence: float, **remedy: Any) -> dict[str, Any]:
    """Facts of one 2024 on-the-spot decision read by OCR at ``confidence``."""
    quote = "可以申请行政复议，或者在六个月内直接向人民法院提起行政诉讼"
    return {
        "documents": [
            {
                "ref": "当场行政处罚决定书",
                "doc_type": "当场行政处罚决定书",
                "pages": [1, 1],
                "date": {"value": "2024-06-03"},
                "ocr": {"confidence": confidence},
                "remedy": {
                    "review_days": 60,
                    "review_first": False,
                    **remedy,
                    "evidence": {"document": "当场行政处罚决定书", "page": 1, "quote": quote},
                },
            }
        ]
    }


def test_offered_suit_stands_on_a_clean_scan() -> None:
    """A phrase that is there (the default profile counts DOC-102 among ocr_robust_codes): it stands
    on a page OCR read at 86, where DOC-002's exact and absent readings stay 无法评查."""
    findings, unknown = run_fixture("DOC-102", {"facts": _summary(86, litigation_months=6, direct_suit=True)})
    assert [f.code for f in findings] == ["DOC-02"] and not unknown
    findings, unknown = run_fixture("DOC-002", {"facts": _summary(86, direct_suit=False)})
    assert not findings and unknown and "低于" in unknown[0].reason


def test_offered_suit_on_a_garbled_scan_is_unreviewable() -> None:
    findings, unknown = run_fixture("DOC-102", {"facts": _summary(70, litigation_months=6, direct_suit=True)})
    assert not findings and unknown and "低于 80" in unknown[0].reason


# ---- 2. a decision photographed a page a file (casecheck.extract.continued) ----------------------

PAGE_1 = """某县交通运输局
行政处罚决定书
某县交罚〔2023〕17号
当事人：某县锐达汽车维修有限公司
统一社会信用代码：91430121MA4L0XXY1B
地址：某县星沙街道开元路8号
经查，你单位未按规定建立维修档案，违反了《机动车维修管理规定》第三十六条的规定。
"""
PAGE_2 = """依据《机动车维修管理规定》第五十二条的规定，本局决定：罚款人民币伍仟元整（¥5000.00）。
你单位应当自收到本决定书之日起十五日内缴纳罚款。
如不服本决定，可以在收到本决定书之日起六十日内向某县人民政府申请行政复议，也可以在六个月内向某县人民法院提起行政诉讼。
某县交通运输局
（印章）
2023年5月29日
"""


def _folder_case(tmp_path: Path, files: dict[str, str]) -> Any:
    folder = tmp_path / "case"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return extract_case(load_case(folder, ocr=False))


def test_a_later_page_filed_apart_completes_its_decision(tmp_path: Path) -> None:
    files = {"03_行政处罚决定书_第1页.txt": PAGE_1, "04_行政处罚决定书_第2页.txt": PAGE_2}
    facts = _folder_case(tmp_path, files)
    first, more = facts["documents"]
    assert first["doc_type"] == "行政处罚决定书" and more.get("continues") == first["ref"]
    assert first["date"]["value"] == "2023-05-29" and first["seal"]["marker"]
    assert first["remedy"] and first["penalty"]["fine"]["value"] == 5000
    assert first["date"]["evidence"]["document"] == more["ref"]  # the evidence stays on its own file
    for rule in ("DOC-009", "DOC-005", "DOC-001"):
        findings, _unknown = run_fixture(rule, {"facts": facts})
        assert not findings, [f.message for f in findings]


def test_a_nameless_page_completes_a_decision_without_its_end(tmp_path: Path) -> None:
    """No name to go by: the page brings the 落款 the decision lacks, under the decision's agency."""
    facts = _folder_case(tmp_path, {"IMG_0412.txt": PAGE_1, "IMG_0413.txt": PAGE_2})
    first, more = facts["documents"]
    assert more.get("continues") == first["ref"] and first["date"]["value"] == "2023-05-29"
    assert not more["amounts"] and first["amounts"]  # moved, not copied


RECEIPT = "送达回证\n受送达人：某县锐达汽车维修有限公司\n2023年5月30日"
PHOTO = "照片说明：现场\n2023年5月3日"
END = "某县交通运输局\n2023年5月29日"
# a bank's receipt photographed after the decision: no title, a date, the treasury's seal
BANK = "交款人：某县锐达汽车维修有限公司\n罚没收入 金额：5000.00\n收款单位（印章）：某县财政局\n2023年6月2日"
RECHECK = "卸载后复检，车货总质量符合规定。\n复检人：张某 李某\n某县超限检测站\n2023年6月1日"
RECORD_2 = "询问时间：2023年5月10日\n被询问人：赵某\n问：你在公司做什么？\n答：维修工。"


@pytest.mark.parametrize(
    "files",
    [
        # the next file is another document with a title of its own
        {"03_决定书.txt": PAGE_1, "04_送达回证.txt": RECEIPT},
        # an untitled evidence photo after a record: a record has no 落款 to complete, the name says nothing
        {"02_询问笔录.txt": "询问笔录\n问：你叫什么名字？\n答：王某。", "03_现场照片.txt": PHOTO},
        # the later page of another document (its name says so)
        {"03_行政处罚决定书.txt": PAGE_1 + END, "04_送达回证_第2页.txt": "2023年5月30日"},
        # a photo named by number after a whole decision, an undated decision, an unsealed one
        {"IMG_11.txt": PAGE_1 + PAGE_2, "IMG_12.txt": BANK},
        {"10_决定书.txt": PAGE_1 + PAGE_2.replace("（印章）\n2023年5月29日\n", ""), "11_复检.txt": RECHECK},
        {"IMG_11.txt": PAGE_1 + PAGE_2.replace("（印章）\n", ""), "IMG_12.txt": BANK},
        # a second record filed as a later page: it opens with a record's own head
        {"03_询问笔录.txt": "询问笔录\n问：你叫什么名字？\n答：王某。", "03_询问笔录_第2页.txt": RECORD_2},
    ],
)
def test_no_continuation(tmp_path: Path, files: dict[str, str]) -> None:
    facts = _folder_case(tmp_path, files)
    assert not any(d.get("continues") for d in facts["documents"])


# ---- 3. a seal photographed under dim or warm light (casecheck.ingest.seal_image) ----------------


def _stamped(ring: tuple[int, int, int], paper: tuple[int, int, int] = (200, 195, 185)) -> Any:
    """A 900 × 1200 page of ``paper`` with a 1.2 mm-wide ring stamp of colour ``ring`` over a line of
    dark text, its colour washed towards the paper at its edges as a soft photo shows it."""
    from PIL import Image, ImageDraw, ImageFilter

    page = Image.new("RGB", (900, 1200), paper)
    draw = ImageDraw.Draw(page)
    draw.ellipse((500, 700, 700, 900), outline=ring, width=7)
    for x in range(470, 760, 24):  # the 落款's characters under the stamp: thin dark strokes
        draw.rectangle((x, 792, x + 16, 795), fill=(60, 60, 60))
        draw.rectangle((x + 7, 784, x + 9, 806), fill=(60, 60, 60))
    return page.filter(ImageFilter.GaussianBlur(1.5))


def test_a_dull_red_stamp_is_a_seal() -> None:
    from casecheck.ingest.seal_image import red_mask, seal_boxes

    page = _stamped((150, 105, 100))
    import numpy as np

    assert red_mask(np.asarray(page)).sum() < 50  # too little strict red to look at
    box, _blobs = seal_boxes(page)
    assert box is not None and 480 <= box[0] <= 520 and 680 <= box[1] <= 720


def test_a_filled_dull_red_disc_is_no_seal() -> None:
    """A maroon logo filled in: round and dull red, but no ring."""
    from PIL import Image, ImageDraw

    from casecheck.ingest.seal_image import seal_boxes

    page = Image.new("RGB", (900, 1200), (200, 195, 185))
    ImageDraw.Draw(page).ellipse((500, 700, 700, 900), fill=(135, 72, 70))
    assert seal_boxes(page)[0] is None


@pytest.mark.parametrize("ring", [(176, 128, 80), (150, 140, 135), (120, 100, 95), (172, 122, 100)])
def test_orange_grey_or_brown_rings_are_no_seal(ring: tuple[int, int, int]) -> None:
    """Skin, wood or a coffee ring (green well above blue), a grey ring, a dark brown one."""
    from casecheck.ingest.seal_image import seal_boxes

    assert seal_boxes(_stamped(ring))[0] is None


# ---- 4. published records: tables copied a cell a line, with empty cells, numbered rows ---------


def _published(tmp_path: Path, body: str, doc_type: str = "行政处罚信息公示") -> dict[str, Any]:
    """The facts of one published record (the dev-set's file form: a header, then the text)."""
    from casecheck.extract.devset import load_document
    from casecheck.model import Case

    path = tmp_path / "record.txt"
    path.write_text(f"source: test\ndomain: test\ndoc_type: {doc_type}\n---\n{body}", encoding="utf-8")
    doc = load_document(path)
    return extract_case(Case(case_id="x", source="x", files=(), documents=(doc,)))["documents"][0]


HEADS = ["行政相对人名称", "行政相对人代码_1(统一社会信用代码)", "法定代表人", "处罚决定书文号", "处罚内容"]
HEADS += ["罚款金额(万元)", "处罚决定日期", "处罚机关"]
VALUES = ["某市某某五金制品厂", "91440605MA52L7UX28", "", "某综罚决字〔2025〕第0213号", "罚款人民币23184元。"]
VALUES += ["2.3184", "2025/03/18", "某市某街道办事处"]


def test_a_header_row_then_its_values_a_cell_a_line(tmp_path: Path) -> None:
    lines = ["行政处罚信息 |", "|", *(f"{h} |" for h in HEADS), "|", *(f"{v} |" for v in VALUES)]
    lines += ["|", "共1条"]
    d = _published(tmp_path, "\n".join(lines))
    assert d["doc_number"]["value"] == "某综罚决字〔2025〕第0213号"
    assert d["date"]["value"] == "2025-03-18"


def test_rows_that_do_not_line_up_are_not_read() -> None:
    from casecheck.extract.fields.cell_rows import cell_row_pairs

    lines = ["|", *(f"{h} |" for h in HEADS), "|", *(f"{v} |" for v in VALUES), "多出一格 |", "|"]
    assert cell_row_pairs("\n".join(lines)) == {}


def test_empty_cells_of_a_tab_table_keep_their_columns(tmp_path: Path) -> None:
    heads = ["行政处罚决定书文号", "处罚类别1", "处罚类别2", "行政相对人名称"]
    heads += ["行政相对人代码_1(统一社会信用代码)", "行政相对人代码_5(居民身份证号)", "处罚决定日期"]
    heads += ["处罚机关", "地方编码", "备注"]
    values = ["京某卫医罚〔2018〕114号", "罚款", "", "王*明", "", "130223********2418", "2018/4/17"]
    values += ["北京市某区卫生健康委员会", "110112", ""]
    d = _published(tmp_path, "\t".join(heads) + "\n" + "\t".join(values) + "\n导出Excel")
    assert d["doc_number"]["value"] == "京某卫医罚〔2018〕114号"
    assert d["party"]["name"]["value"] == "王*明"
    assert d["party"]["credit_code"] is None  # the masked ID under 居民身份证号 is no credit code
    assert d["date"]["value"] == "2018-04-17"


def test_numbered_item_rows(tmp_path: Path) -> None:
    body = (
        "序号\t项目\t内容\n1\t行政处罚决定书文号\t某金罚决字〔2023〕18号\n"
        "2\t被处罚当事人姓名或名称\t单位：某某农村商业银行股份有限公司\t法定代表人（主要负责人）：沈某某\n"
        "3\t行政处罚依据\t《中华人民共和国银行业监督管理法》第二十一条\n4\t行政处罚决定\t罚款50万元\n"
        "5\t作出处罚决定的机关名称\t国家金融监督管理总局某监管分局\n6\t作出处罚决定的日期\t2023年12月8日"
    )
    d = _published(tmp_path, body)
    assert d["party"]["name"]["value"] == "某某农村商业银行股份有限公司"
    assert d["doc_number"]["value"] == "某金罚决字〔2023〕18号"


# ---- 5. OCR look-alikes in a credit code and a 文号's year; a site's page title over the title ---


def test_a_misread_credit_code_is_read_when_its_check_character_holds() -> None:
    from casecheck.extract.fields.ids import find_credit_codes

    assert [c[0] for c in find_credit_codes("统一社会信用代码：913713O2MA3C8K2N2H")] == ["91371302MA3C8K2N2H"]
    assert find_credit_codes("统一社会信用代码：913713O2MA3C8K2N2J") == []  # no code reads so


def test_a_bracketed_year_read_with_o() -> None:
    from casecheck.ingest.normalize import normalize

    assert normalize("(兰)应急罚〔2O2O〕47号")[0] == "(兰)应急罚〔2020〕47号"
    assert normalize("H2O 〔O2O〕")[0] == "H2O 〔O2O〕"


def test_the_number_under_the_title_below_a_site_page_title(tmp_path: Path) -> None:
    body = (
        "某区教育发布　2026-01-23 17:30　湖北\n【执法公示】某市某区教育局行政处罚决定书\n原创 某区教育\n"
        "为进一步规范校外培训秩序，现将我局查处的一起案件处罚决定予以公示。\n\n"
        "某市某区教育局\n行政处罚决定书\n某教罚〔2026〕1号\n\n当事人：刘某某\n"
    )
    assert _published(tmp_path, body, "行政处罚决定书")["doc_number"]["value"] == "某教罚〔2026〕1号"


# ---- 6. the new options and ocr_robust_codes are checked when a profile loads --------------------


def test_a_misspelt_robust_rule_or_option_fails_loudly(tmp_path: Path) -> None:
    from casecheck.checks.profiles import ProfileError, load_profile
    from casecheck.checks.rulepack import RuleError

    bad = tmp_path / "typo.yaml"
    bad.write_text(
        "name: typo\nextends: default\nparameters:\n  ocr_robust_codes: [DOC-1O2]\n", encoding="utf-8"
    )
    with pytest.raises(ProfileError, match="DOC-1O2"):
        load_profile(bad)
    bad.write_text(
        "name: typo\nextends: default\nrules:\n  overrides:\n    DOC-102: {params: {review_first: offerd}}\n",
        encoding="utf-8",
    )
    with pytest.raises((ProfileError, RuleError), match="offerd"):
        load_profile(bad)


# ---- 7. a fixed-width copy's wrap inside a title; 项 read as 顼 ---------------------------------


def test_a_notice_date_before_a_title_wrapped_at_its_bracket() -> None:
    from casecheck.extract.fields.events import event_dates

    text = "我局于2016年4月15日立案调查，于2016年5月6日以《\n行政处罚事先（听证）告知书》告知你公司陈述申辩。"
    assert event_dates(text)["notice"].iso == "2016-05-06"


def test_an_item_read_as_xu() -> None:
    from casecheck.extract.fields.citations import find_citations
    from casecheck.ingest.normalize import normalize

    text = normalize("依据《中华人民共和国安全生产法》第九十四条第(四)顼、第(七)项的规定")[0]
    assert {c.item for c in find_citations(text)} >= {4, 7}


def test_the_next_numbered_page_bringing_the_remedy_clause_completes_its_decision(tmp_path: Path) -> None:
    """Photos of a numbered volume (12, 13) under camera names; the 落款's date unreadable."""
    tail = PAGE_2.replace("2023年5月29日", "项3年5月29昌")  # OCR lost the date
    facts = _folder_case(tmp_path, {"IMG_101359.txt": PAGE_1 + "\n12", "IMG_101418.txt": tail + "\n13"})
    first, more = facts["documents"]
    assert more.get("continues") == first["ref"] and first["remedy"] and first["seal"]["marker"]


def test_the_next_numbered_page_without_the_missing_part_continues_nothing(tmp_path: Path) -> None:
    whole = PAGE_1 + PAGE_2.replace("（印章）\n2023年5月29日\n", "")  # remedy there, no 落款
    facts = _folder_case(tmp_path, {"IMG_101359.txt": whole + "\n12", "IMG_101418.txt": BANK + "\n13"})
    assert not any(d.get("continues") for d in facts["documents"])


# ---- 8. the review of the published-record change: what must still read as before -------------

LIST = (
    "行政处罚公示\n序号\t行政相对人名称\t处罚决定书文号\t处罚机关\t处罚决定日期\n"
    "1\t某某商贸有限公司\t某市监罚〔2023〕12号\t某市市场监督管理局\t2023年5月6日\n"
    "2\t某某食品店\t某市监罚〔2023〕13号\t某市市场监督管理局\t2023年5月7日\n"
    "3\t某某超市\t某市监罚〔2023〕14号\t某市市场监督管理局\t2023年5月8日\n"
)


def test_a_numbered_list_of_records_is_no_item_table(tmp_path: Path) -> None:
    d = _published(tmp_path, LIST)
    assert d["party"]["name"]["value"] == "某某商贸有限公司"
    assert d["doc_number"]["value"] == "某市监罚〔2023〕12号"


def test_a_value_row_one_cell_short_is_not_read(tmp_path: Path) -> None:
    heads = ["行政相对人名称", "统一社会信用代码", "法定代表人", "处罚决定书文号", "处罚机关", "处罚决定日期"]
    values = [
        "某某商贸有限公司",
        "91330106MA2H2NXJ5G",
        "某罚〔2023〕12号",
        "某市市场监督管理局",
        "2023年5月6日",
    ]
    body = "\n".join(["行政处罚信息", "|", *(f"{h} |" for h in heads), "|", *(f"{v} |" for v in values), "|"])
    d = _published(tmp_path, body)
    assert d["agency"] is None or d["agency"]["value"] != "2023年5月6日"


@pytest.mark.parametrize(
    "row",
    [
        "证件类型\t统一社会信用代码\n证件号码\t91330106MA2H2NXJ5G",  # 证件号码 holds the credit code
        "身份证号码\t330106197801011234，统一社会信用代码：91330106MA2H2NXJ5G",  # labelled in the ID's cell
    ],
)
def test_a_credit_code_in_an_id_row_stays(tmp_path: Path, row: str) -> None:
    body = (
        "某市市场监督管理局\n行政处罚决定书\n某市监罚〔2023〕12号\n当事人名称\t某某商贸有限公司\n"
        f"{row}\n法定代表人\t张三\n经查，当事人销售不合格产品。\n某市市场监督管理局\n2023年5月6日"
    )
    d = _published(tmp_path, body, "行政处罚决定书")
    assert d["party"]["credit_code"]["value"] == "91330106MA2H2NXJ5G"


def test_a_blank_heading_keeps_the_header_row(tmp_path: Path) -> None:
    body = (
        "行政处罚信息公示\n行政相对人名称\t处罚决定书文号\t\t处罚机关\t处罚决定日期\n"
        "某某商贸有限公司\t某市监罚〔2023〕12号\t\t某市市场监督管理局\t2023年5月6日\n"
    )
    assert _published(tmp_path, body)["doc_number"]["value"] == "某市监罚〔2023〕12号"


def test_a_row_of_labels_and_values_is_no_header_row() -> None:
    from casecheck.extract.fields.table import table_pairs

    text = (
        "现场检查笔录\n单位名称\t某某商贸有限公司\t住所\t某市某路1号\t法定代表人\t张三\n"
        "检查时间\t2023年5月1日9时至10时\t检查地点\t某市某路1号\t检查人员\t李四、王五\n"
    )
    assert "检查时间" not in [v[0] for v in table_pairs(text).values()]


def test_an_id_misread_with_o_is_no_credit_code() -> None:
    from casecheck.extract.fields.ids import find_credit_codes

    assert find_credit_codes("当事人：张三，男，汉族，3301061978112O304X，住某市") == []


def test_a_quoted_notice_number_under_a_low_title_is_not_the_decisions(tmp_path: Path) -> None:
    body = (
        "【执法公示】某市市场监督管理局行政处罚决定书\n某市市场监督管理局\n2023-05-10\n阅读 120\n"
        "某市市场监督管理局\n行政处罚决定书\n当事人：某某商贸有限公司\n住所：某市某路1号\n（某市监罚告〔2023〕10号）\n"
        "经查，当事人销售过期食品。\n某市市场监督管理局\n2023年5月6日"
    )
    assert _published(tmp_path, body, "行政处罚决定书")["doc_number"] is None


# ---- 9. a 落款 date beside an e-seal's text box; a report signed off by its handlers --------------


@pytest.mark.parametrize(
    ("tail", "doc_type", "day"),
    [
        ("东莞市某局\n2016年6月13日东莞市某局\n（印章）", "行政处罚决定书", "2016-06-13"),
        ("承办人： 徐某峰 陆某 2022.4.12\n某局 行政处罚案卷", "调查终结报告", "2022-04-12"),
        ("东莞市某局\n2016年6月13日某某公司", "行政处罚决定书", None),  # another name: no 落款
    ],
)
def test_closing_dates_with_a_name_beside_them(tail: str, doc_type: str, day: str | None) -> None:
    from casecheck.extract.fields.closing import closing_date

    found = closing_date("经查，当事人违法事实清楚。\n" * 5 + tail, doc_type)
    assert (found[0].iso if found else None) == day


def test_an_approval_form_is_dated_by_its_approval() -> None:
    from casecheck.extract.fields.closing import closing_date

    form = (
        "立案审批表\n案由：某某。\n" * 3
        + "承办人：杜某、陈某 2025年5月5日\n负责人签名：黎某\n审批日期：2025年5月6日"
    )
    found = closing_date(form, "立案审批表")
    assert found is None or found[0].iso != "2025-05-05"
