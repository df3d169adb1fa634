"""Session 24, from dev26 (writer 114): a receipt form whose labels wrap in their cells, and a
folder's table of contents titled 卷宗目录. Each fixture is in its own wording."""

from __future__ import annotations

from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from tests.conftest import text_source


def test_a_receipts_label_wrapped_before_the_title_it_names() -> None:
    """送达文书名称⏎及文号⏎行政处罚决定书⏎（…号）: the served document's title is a cell of the receipt."""
    page = (
        "送 达 回 证\n送达文书名称\n及文号\n行政处罚决定书\n（某市监罚处〔2023〕0112号）\n受送达人 某某商行\n"
        "送达方式 邮寄送达\n"
    )
    pages = ["某市市场监督管理局\n行政处罚决定书\n某市监罚处〔2023〕0112号\n……", page]
    assert [d.doc_type for d in segment([text_source(pages, "case.pdf")])] == ["行政处罚决定书", "送达回证"]


def test_a_signature_under_its_label_wrapped_in_the_cell() -> None:
    text = "送达方式 直接送达\n受送达人签名\n或盖章 林某燕 2023年9月5日\n送达人 陈某远 潘某怡\n"
    assert [(h.role, h.filled) for h in find_signatures(text)][:1] == [("recipient", True)]
    assert not find_signatures("受送达人签名\n或盖章\n送达人 陈某\n")[0].filled


def test_a_table_of_contents_titled_juanzong() -> None:
    assert classify_title("卷宗目录") == ("卷内目录", "卷宗目录")
    assert classify_title("案卷目录") == ("卷内目录", "案卷目录")
