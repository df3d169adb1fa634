"""Fixes from the read-only review of this session's changes: each case below went wrong before."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from casecheck.extract.document import extract_document
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.lawtitle import is_lawlike
from casecheck.ingest.doctypes import fuzzy_title
from casecheck.ingest.seal_image import detect_red_seal
from casecheck.model import Document


def _decision(text: str) -> Document:
    return Document(ref="行政处罚决定书", doc_type="行政处罚决定书", title="行政处罚决定书", file="x.txt",
                    pages=(1, 1), text=text, page_starts=(0,))  # fmt: skip


def test_three_fines_that_happen_to_add_up_are_still_three() -> None:
    text = "一、对违法行为一处罚款2000元；二、对违法行为二处罚款3000元；三、对违法行为三处罚款5000元。"
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 10000.0


@pytest.mark.parametrize(
    ("text", "fine"),
    [
        ("当事人：某某建筑有限公司\n决定对某某建筑有限公司处罚款3万元；对其处以罚款1万元。\n", 40000.0),
        (
            "当事人：某某建筑有限公司\n决定对某某建筑有限公司处罚款2万元；对其主要负责人孙某某处罚款2万元。"
            "以上罚款合计4万元。\n",
            20000.0,
        ),
    ],
)
def test_the_partys_own_fines_by_pronoun_and_a_stated_total_of_equal_fines(text: str, fine: float) -> None:
    assert extract_document(_decision(text))["penalty"]["fine"]["value"] == fine


@pytest.mark.parametrize("text", ["当事人未能提供可以从轻处罚的证据。", "当事人未提出从轻处罚的理由。"])
def test_a_denied_mitigation_is_no_discretion(text: str) -> None:
    assert find_discretion(text) is None


def test_a_decision_not_to_open_a_case_dates_no_decision() -> None:
    assert "decision" not in event_dates("本局于2024年3月1日决定不予立案。")
    assert "decision" not in event_dates("当事人于2024年3月1日决定给予顾客优惠。")


@pytest.mark.parametrize("line", ["检查报告", "核查报告", "复查报告", "分期审批表", "听证公告"])
def test_a_real_short_title_is_not_taken_for_a_misread_one(line: str) -> None:
    assert fuzzy_title(line) is None


def test_a_case_notice_titled_guanyu_is_no_norm() -> None:
    assert not is_lawlike("《某某区城市管理局关于责令某某公司限期拆除违法建筑的通知》")


def test_a_skin_toned_oval_is_no_seal() -> None:
    page = Image.new("RGB", (1654, 2339), (250, 250, 250))
    ImageDraw.Draw(page).ellipse((500, 500, 700, 760), fill=(225, 180, 160))  # an ID photo's face
    assert not detect_red_seal(page)[0]
    assert np.asarray(page).shape == (2339, 1654, 3)
