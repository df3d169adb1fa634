"""Session 21: general fixes found on the development sets, each on a fixture in its own wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casecheck.extract.case import extract_case
from casecheck.ingest.case import load_case
from casecheck.ingest.pageorder import in_printed_order, printed_number
from casecheck.model import Page, SourceFile

# ---- 1. page photos named by the camera's clock, put in the volume's printed order -------------


def _photo(name: str, text: str, kind: str = "image") -> SourceFile:
    page = Page(1, text, text, (), "ocr", confidence=80.0, imaged=True)
    return SourceFile(name, name, kind, name, (page,))


# a volume photographed page by page: cover, numbered pages 1–6, 备考表; pages 3–4 retaken at the
# end and the 卷内目录 photographed last
VOLUME = [
    ("IMG_101022.jpg", "交通运输行政处罚案卷\n案由：未取得从业资格证驾驶营运车辆"),
    ("IMG_101045.jpg", "立案审批表\n案由：……\n同意立案。 2019.6.11\n1"),
    ("IMG_101103.jpg", "现场检查笔录\n检查时间：2019年6月11日\n2"),
    ("IMG_101231.jpg", "行政处罚决定书\n叙运罚〔2019〕47号\n……\n5"),
    ("IMG_101250.jpg", "如不服本决定，可以在六十日内申请行政复议。\n2019年6月25日\n6"),
    ("IMG_101530.jpg", "卷内备考表\n本卷共4件6页。\n立卷人：杨某 2019.7.5"),
    ("IMG_103358.jpg", "询问笔录\n第1页共2页\n问：你叫什么名字？\n－ 3 －"),
    ("IMG_103412.jpg", "询问笔录（续）\n答：罗某。\n第4页"),
    ("IMG_104415.jpg", "卷内目录\n序号 文书名称 页号\n1 立案审批表 1"),
]


def test_photos_are_put_in_the_printed_page_order() -> None:
    files = [_photo(n, t) for n, t in VOLUME]
    names = [sf.name for sf in in_printed_order(files)]
    assert names == [
        "IMG_101022.jpg",  # the cover, before the first number, stays first
        "IMG_104415.jpg",  # the 卷内目录 joins it
        "IMG_101045.jpg", "IMG_101103.jpg", "IMG_103358.jpg", "IMG_103412.jpg",
        "IMG_101231.jpg", "IMG_101250.jpg",
        "IMG_101530.jpg",  # the 备考表 goes last
    ]  # fmt: skip


def test_an_unnumbered_page_follows_the_page_it_followed() -> None:
    files = [
        _photo("a.jpg", "询问笔录\n问：……\n2"),
        _photo("b.jpg", "问：……\n答：……"),  # no number: stays after page 2
        _photo("c.jpg", "立案审批表\n1"),
        _photo("d.jpg", "调查终结报告\n3"),
    ]
    assert [sf.name for sf in in_printed_order(files)] == ["c.jpg", "a.jpg", "b.jpg", "d.jpg"]


@pytest.mark.parametrize(
    "texts",
    [
        # each document numbered on its own: numbers repeat
        ["询问笔录\n第1页 共2页", "决定书\n第1页 共2页", "告知书\n第2页 共2页", "送达回证\n第1页 共1页"],
        ["a\n2", "b\n1"],  # too few numbers to trust
        ["a\n1", "b\n40", "c\n2", "d\n3"],  # a number beyond the folder: an amount or a count
        ["a\n1", "b\n2", "c", "d\n3"],  # already in order
    ],
)
def test_no_reorder_when_the_numbers_cannot_be_trusted(texts: list[str]) -> None:
    files = [_photo(f"IMG_{i}.jpg", t) for i, t in enumerate(texts)]
    assert in_printed_order(files) == files


def test_only_folders_of_one_page_images_are_reordered() -> None:
    files = [_photo(f"IMG_{i}.jpg", t) for i, t in enumerate(["a\n3", "b\n1", "c\n2"])]
    mixed = [*files[:2], _photo("IMG_2.pdf", "c\n2", kind="pdf")]
    assert in_printed_order(mixed) == mixed
    # each folder on its own: the images of one subfolder are ordered, the other's stay
    sub = [_photo(f"照片/IMG_{i}.jpg", t) for i, t in enumerate(["a\n3", "b\n1", "c\n2"])]
    out = in_printed_order([_photo("01_决定书.pdf", "x", kind="pdf"), *sub])
    assert [sf.name for sf in out] == ["01_决定书.pdf", "照片/IMG_1.jpg", "照片/IMG_2.jpg", "照片/IMG_0.jpg"]


@pytest.mark.parametrize(
    ("last", "number"),
    [("12", 12), ("- 12 -", 12), ("第12页", 12), ("第 12 页 共 20 页", 12), ("罚款500元", None), ("", None)],
)
def test_printed_number(last: str, number: int | None) -> None:
    assert printed_number("某页\n" + last) == number


# ---- 2. a later page titled as such (询问笔录（续）) continues the record filed before it ---------

RECORD = "询问笔录\n询问时间：2019年6月11日\n被询问人：罗某\n问：你叫什么？\n答：罗某。\n被询问人签名：罗某\n"
MORE = "询问笔录（续）\n问：车辆是谁的？\n答：我自己的。\n被询问人签名：罗某\n询问人签名：李某 杨某"


def _folder_case(tmp_path: Path, files: dict[str, str]) -> Any:
    folder = tmp_path / "case"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return extract_case(load_case(folder, ocr=False))


def test_a_titled_later_page_continues_its_record(tmp_path: Path) -> None:
    facts = _folder_case(tmp_path, {"IMG_1.txt": RECORD, "IMG_2.txt": MORE, "IMG_3.txt": MORE})
    first, second, third = facts["documents"]
    assert second.get("continues") == first["ref"] and third.get("continues") == first["ref"]


@pytest.mark.parametrize(
    "files",
    [
        # a second record of its own under a 续 title: it opens with a record's head
        {"IMG_1.txt": RECORD, "IMG_2.txt": "询问笔录（续）\n被询问人：张某\n问：……"},
        # a titled page of another type
        {"IMG_1.txt": RECORD, "IMG_2.txt": "现场笔录（续）\n检查情况：……"},
        # a titled page without a note of continuation: a second record
        {"IMG_1.txt": RECORD, "IMG_2.txt": "询问笔录\n问：……"},
    ],
)
def test_a_titled_page_continues_nothing(tmp_path: Path, files: dict[str, str]) -> None:
    facts = _folder_case(tmp_path, files)
    assert not any(d.get("continues") for d in facts["documents"])


# ---- 3. a person's next label glued to the name by OCR (罗某某性别：男) ---------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("当事人：罗志勇性别：男 “出生日期：1976年4月12日", "罗志勇"),
        ("被处罚人：张三丰出生日期：1976年4月12日", "张三丰"),
        ("当事人：李四民族：汉族", "李四"),
        ("当事人：某某商贸有限公司住所：某市某路8号", "某某商贸有限公司"),
        ("当事人：性别鉴定服务中心", "性别鉴定服务中心"),  # no colon: part of the name
    ],
)
def test_a_glued_label_ends_the_name(line: str, name: str) -> None:
    from casecheck.extract.fields.party import party_name

    hit = party_name("行政处罚决定书\n" + line + "\n", {})
    assert hit is not None and hit[0] == name


# ---- 4. 行政处罚法 cited for the 告知 or the 陈述申辩 right: what for, in any numbering -----------


@pytest.mark.parametrize(
    ("sentence", "article", "measure"),
    [
        (
            "根据《中华人民共和国行政处罚法》第三十一条的规定，现将拟作出行政处罚的事实、理由、依据告知你单位。",
            31,
            "告知",
        ),
        ("依据《中华人民共和国行政处罚法》第三十二条之规定，你享有陈述、申辩的权利。", 32, "陈述、申辩"),
        (
            "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你有权进行陈述和申辩。",
            45,
            "陈述、申辩",
        ),
    ],
)
def test_a_procedural_citation_says_what_it_is_cited_for(sentence: str, article: int, measure: str) -> None:
    from casecheck.extract.fields.citations import find_citations

    hit = next(c for c in find_citations(sentence) if c.article == article)
    assert hit.role == "procedure" and hit.measure == measure


def test_a_ground_of_the_penalty_is_cited_for_no_measure() -> None:
    from casecheck.extract.fields.citations import find_citations

    text = "依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，决定从轻处罚。"
    hit = find_citations(text)[0]
    assert hit.measure is None and hit.role != "procedure"
