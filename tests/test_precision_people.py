"""People and fields as independently written files print them (SUBJ-01/02, DOC-06).

Each row is worded for this module; none is copied from a development file. The rows that must
not change guard the readings the fixes could disturb.
"""

from __future__ import annotations

import pytest

from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import clean_name, credit_code, party_name
from casecheck.extract.fields.seals import find_seal_markers
from casecheck.extract.fields.table import table_pairs

OFFICERS = [
    # a two-character name padded to the width of three (one or more spaces, or an ideographic one)
    (
        "执法人员：吴  军（执法证号：黔交执52010311）  欧阳明辉（执法证号：黔交执52010328）",
        [("吴军", "黔交执52010311"), ("欧阳明辉", "黔交执52010328")],
    ),
    (
        "检查人：郑\u3000洁、林国栋 执法证号：32050112001、32050112017",
        [("郑洁", "32050112001"), ("林国栋", "32050112017")],
    ),
    # a hyphenated unit serial, and letters with a hyphen and a short serial
    (
        "执法人员：冯海（证号：黔卫监520102-044）、周丽（证号：黔卫监520102-051）",
        [("冯海", "黔卫监520102-044"), ("周丽", "黔卫监520102-051")],
    ),
    (
        "执法人员：罗  平（执法证号：QX-0915）、宋佳（执法证号：QX-0933）",
        [("罗平", "QX-0915"), ("宋佳", "QX-0933")],
    ),
    # surnames of the western provinces
    (
        "承办人：者永华、矣春兰 执法证号：53042110011、53042110026",
        [("者永华", "53042110011"), ("矣春兰", "53042110026")],
    ),
    # one list of numbers after the names of two labels on the line
    (
        "询问人：邓建   记录人：韦小红   执法证号：GZ-1102、GZ-1137",
        [("邓建", "GZ-1102"), ("韦小红", "GZ-1137")],
    ),
    # a box-drawn form row: │ separates the label from the names
    ("│ 办案人员 │ 冶国强  喇文静         │", [("冶国强", None), ("喇文静", None)]),
    # titles as labels: 劳动保障监察员, 卫生监督员; a short city code before a hyphenated serial
    (
        "监察员：洪  亮（执法证号：36010200517）  顾晓梅（执法证号：36010200533）",
        [("洪亮", "36010200517"), ("顾晓梅", "36010200533")],
    ),
    (
        "卫生监督员：陶某（证号：赣卫监3601-0042）、饶某某（证号：赣卫监3601-0057）",
        [("陶某", "赣卫监3601-0042"), ("饶某某", "赣卫监3601-0057")],
    ),
    ("监察员出示劳动保障监察证，说明来意。", []),
    # 公安: 办案民警 with 警号; 主办人/协办人 on one line
    ("办案民警：韩某（警号：036215）、梁某某（警号：036248）", [("韩某", "036215"), ("梁某某", "036248")]),
    (
        "主办人：韩某（执法证号：44010012345）协办人：梁某某（执法证号：44010012346）",
        [("韩某", "44010012345"), ("梁某某", "44010012346")],
    ),
    ("民警出示工作证件，告知当事人权利。", []),
    ("监察员签名：洪亮  顾晓梅  2025.5.16", []),
    # a compound surname padded before a one-character name; a province prefix before letters and
    # a hyphen; numbers in square brackets
    (
        "执法人员：上官  婷（执法证号：36010200517）、诸葛  亮（执法证号：36010200533）",
        [("上官婷", "36010200517"), ("诸葛亮", "36010200533")],
    ),
    (
        "执法人员：陶某（证件编号：赣B-004417）、饶某某（证件编号：赣B-004425）",
        [("陶某", "赣B-004417"), ("饶某某", "赣B-004425")],
    ),
    (
        "执法人员：陶某[执法证号：36010200517]、饶某某[执法证号：36010200533]",
        [("陶某", "36010200517"), ("饶某某", "36010200533")],
    ),
    # unchanged: a name without a number stays without one; a prose line names nobody
    ("执法人员：何建（执法证号：44011119012）、苏  敏", [("何建", "44011119012"), ("苏敏", None)]),
    ("执法人员向当事人出示执法证件，说明来意。", []),
]


@pytest.mark.parametrize(("text", "want"), OFFICERS)
def test_officers_as_printed(text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.certificate) for o in find_officers(text)] == want


# DOC-06: a form heading alone on its line (审核意见：, 处理意见：) is no addressee, so no party name
PARTY_HEADS = [
    (
        "某市某局\n法制审核意见书\n送审机构：法规科\n案件名称：某公司违法案\n\n审核意见：\n一、主体合法。\n",
        None,
    ),
    ("某区某局\n集体讨论记录\n讨论内容：\n对某案的处理\n", None),
    # unchanged: an addressee line before the body still names the party
    ("某区某局\n行政处罚决定书\n莆田某某贸易有限公司：\n  经查，你单位……\n", "莆田某某贸易有限公司"),
]


@pytest.mark.parametrize(("text", "want"), PARTY_HEADS)
def test_form_heading_is_no_addressee(text: str, want: str | None) -> None:
    hit = party_name(text, {})
    assert (hit[0] if hit else None) == want


# DOC-06: a credit code after a generic licence label (证照号码) is the party's, even with a bad check
# character (the defect DOC-06 must see); a person's all-digit number there is no credit code.
CREDIT = [
    ("当事人：杭州某某商贸有限公司\n证照号码：91330106MA2H7K3L0Q\n", ("91330106MA2H7K3L0Q", False)),
    ("当事人：杭州某某商贸有限公司\n营业执照号码：91330106MA2H7K3L0G\n", ("91330106MA2H7K3L0G", True)),
    ("当事人：王某\n证照号码：330106198803120019\n", None),
]


@pytest.mark.parametrize(("text", "want"), CREDIT)
def test_credit_code_after_licence_label(text: str, want: tuple[str, bool] | None) -> None:
    hit = credit_code(text)
    assert ((hit[0], hit[3]) if hit else None) == want


# DOC-03: a sub-office's code heading the 序号 is still the document's 文号 (not a missing one)
DOC_NUMBERS = [
    ("            莞环罚〔2024〕虎0063号", "莞环罚〔2024〕虎0063号", True),
    ("某局〔2024〕于12日到场", None, None),  # a year in brackets followed by prose is no number
    ("某市监罚〔2024〕第12号", "某市监罚〔2024〕第12号", True),
]


@pytest.mark.parametrize(("text", "value", "valid"), DOC_NUMBERS)
def test_serial_with_office_code(text: str, value: str | None, valid: bool | None) -> None:
    found = find_doc_numbers(text, templates=True)
    assert ((found[0].value, found[0].valid) if found else (None, None)) == (value, valid)


# DOC-09: seal markers in the brackets and short forms files use; a copy note is no seal
SEALS = [
    ("某县某局〔印章〕\n2024年5月6日", True),
    ("某县某局（印）\n2024年5月6日", True),
    ("营业执照（复印）", False),
    ("（印发）某县某局办公室", False),
    ("被询问人（签名或盖章）：", False),
]


@pytest.mark.parametrize(("text", "sealed"), SEALS)
def test_seal_markers_as_printed(text: str, sealed: bool) -> None:
    assert bool(find_seal_markers(text)) is sealed


def test_box_drawn_form_rows_are_label_value_pairs() -> None:
    form = "│案件来源│巡查发现│\n│当 事 人│邱某某  男  1980年2月3日生│\n│立案时间│2023年4月5日│"
    pairs = table_pairs(form)
    assert pairs["立案时间"][0] == "2023年4月5日"
    assert clean_name(pairs["当事人"][0]) == "邱某某"


@pytest.mark.parametrize(
    ("raw", "name"),
    [("邱某某 男 1980年2月3日生", "邱某某"), ("邱某某  女，汉族", "邱某某"), ("某某女装店", "某某女装店")],
)
def test_name_cell_ends_before_the_sex(raw: str, name: str) -> None:
    assert clean_name(raw) == name


# citations: 行政处罚法 第二十八条第二款 (没收违法所得) and 第三十二条 (从轻/减轻) cited as a ground of the
# decision are penalty provisions; 第二十八条第一款 (责令改正) and a mere mention are not
APL_GROUNDS_ROWS = [
    (
        "依据《某某条例》第四十条和《中华人民共和国行政处罚法》第二十八条第二款的规定，决定没收违法所得600元。",
        (28, "penalty"),
    ),
    (
        "依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，决定减轻处罚，罚款1500元。",
        (32, "penalty"),
    ),
    (
        "根据《某某法》第九条、《中华人民共和国行政处罚法》第二十八条第一款的规定，决定罚款三千元。",
        (28, "other"),
    ),
    ("《中华人民共和国行政处罚法》第三十二条列明了从轻情形。", (32, "other")),
]


@pytest.mark.parametrize(("text", "want"), APL_GROUNDS_ROWS)
def test_penalty_grounds_in_the_penalty_law(text: str, want: tuple[int, str]) -> None:
    roles = {h.article: h.role for h in find_citations(text) if h.law == "中华人民共和国行政处罚法"}
    assert (want[0], roles.get(want[0])) == want
