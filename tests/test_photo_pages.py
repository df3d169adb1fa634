"""Phone photos of pages (a sheet on a desk) and OCR damage on them: session 6, from heldout10."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from casecheck.extract.fields.dates import find_dates
from casecheck.extract.fields.party import party_name
from casecheck.ingest.photo import paper_corners, to_paper
from casecheck.ingest.segment import _catalog_header


def _photo(turn: float = 2.0) -> Image.Image:
    """A white A4-ish sheet with lines of 'text', turned and set on a dark desk."""
    sheet = Image.new("RGB", (600, 850), (235, 235, 230))
    draw = ImageDraw.Draw(sheet)
    for y in range(80, 780, 40):
        draw.rectangle((60, y, 540, y + 12), fill=(30, 30, 30))
    desk = Image.new("RGB", (800, 1050), (70, 60, 55))
    turned = sheet.rotate(turn, expand=True, fillcolor=(70, 60, 55))
    desk.paste(turned, ((800 - turned.width) // 2, (1050 - turned.height) // 2))
    return desk


def test_a_sheet_photographed_on_a_desk_is_cut_out_and_set_upright() -> None:
    photo = _photo()
    corners = paper_corners(photo)
    assert corners is not None
    page = to_paper(photo)
    assert abs(page.width - 600) < 40 and abs(page.height - 850) < 40
    arr = np.asarray(page.convert("L"))
    assert arr[:, :10].mean() > 150 and arr[:, -10:].mean() > 150  # no desk left at the sides
    # the text lines are level again: a row through a line is dark across, one between is light
    rows = (arr < 100).mean(axis=1)
    assert rows.max() > 0.6 and np.median(rows) < 0.3


def test_a_scan_is_left_as_it_is() -> None:
    scan = Image.new("L", (1240, 1754), 250)
    ImageDraw.Draw(scan).rectangle((100, 100, 1100, 120), fill=20)
    assert to_paper(scan) is scan
    assert paper_corners(Image.new("RGB", (1240, 1754), (40, 40, 40))) is None  # all dark: no sheet


def test_a_seal_over_the_year_leaves_it_to_the_texts_other_dates() -> None:
    text = "本局于2023年4月4日送达了告知书。\n某某市场监督管理局（印章）\n: ”二O〇-三年四月十七日\n"
    assert [h.iso for h in find_dates(text)] == ["2023-04-04", "2023-04-17"]
    assert [h.iso for h in find_dates("二〇-三年四月十七日")] == []  # no other date to go by


def test_a_catalogue_whose_title_ocr_misread_is_known_by_its_header_row() -> None:
    lines = ["众内目录", "序号 文书名称 文号 日期 页号", "1 立案审批表 2023-03-16 1"]
    assert _catalog_header(lines, 0)
    assert not _catalog_header(["询问笔录", "时间：2023年3月20日"], 0)


def test_a_quote_mark_ocr_read_for_the_gap_before_the_next_label() -> None:
    found = party_name("送达回证\n受送达人：南昌某某商贸有限公司“送达地点：江西省南昌市某路1号\n", {})
    assert found is not None and found[0] == "南昌某某商贸有限公司"
