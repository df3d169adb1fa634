"""A computation table's 合计 against the rows above it (EVID-03 reads ``computed``)."""

from __future__ import annotations

from casecheck.extract.fields.column_totals import column_totals

TABS = (
    "涉案商品货值计算表\n"
    "序号\t商品名称\t数量\t单价（元）\t货值（元）\n"
    "1\t电热水壶\t10\t45.00\t450.00\n"
    "2\t电吹风\t6\t80.00\t480.00\n"
    "合计\t\t16\t\t980.00\n"
)
BOX = "│序号│项目│违法所得（元）│\n│1│代驾服务费│1,200.00│\n│2│信息费│300│\n│合计│  │1,500.00│\n"


def test_tab_table_total_and_its_rows() -> None:
    [t] = column_totals(TABS)
    assert (t.kind, t.value, t.computed) == ("goods_value", 980.0, 930.0)
    assert TABS[t.start : t.end] == "980.00"


def test_box_table_that_adds_up() -> None:
    [t] = column_totals(BOX)
    assert (t.kind, t.value, t.computed) == ("illegal_gain", 1500.0, 1500.0)


def test_a_note_in_the_column_says_nothing_certain() -> None:
    text = TABS.replace("480.00", "约480元")
    assert column_totals(text) == []


def test_no_total_row_no_total() -> None:
    assert column_totals("\n".join(TABS.splitlines()[:-1])) == []


def test_a_single_row_is_no_computation() -> None:
    text = "品名\t数量\t货值金额\n白酒\t3\t1200\n合计\t3\t1200\n"
    assert column_totals(text) == []
