"""People and fields as independently written files print them (SUBJ-01/02, DOC-06).

Each row is worded for this module; none is copied from a development file. The rows that must
not change guard the readings the fixes could disturb.
"""

from __future__ import annotations

import pytest

from casecheck.extract.fields.officers import find_officers

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
    # unchanged: a name without a number stays without one; a prose line names nobody
    ("执法人员：何建（执法证号：44011119012）、苏  敏", [("何建", "44011119012"), ("苏敏", None)]),
    ("执法人员向当事人出示执法证件，说明来意。", []),
]


@pytest.mark.parametrize(("text", "want"), OFFICERS)
def test_officers_as_printed(text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.certificate) for o in find_officers(text)] == want
