"""The scan-twin benchmark's renderer and bookkeeping (``benchmarks/scan_twin*.py``), without OCR."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from casecheck.model import CaseError

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


render = _load("scan_twin_render")
twin = _load("scan_twin")

DECISION = (
    "    行政处罚决定书\n"
    "某市监罚〔2024〕12号\n"
    "当事人：某某贸易有限公司\n" + "    经查，" + "当事人销售不合格产品，" * 12 + "事实清楚。\n"
    "序号\t名称\t数量\n1\t插座\t20\n"
    "收款单位（章）：某市财政局\n"
    "收件人（签名或盖章）：\n"
    "                              某市市场监督管理局（印章）\n"
    "                              2024年3月5日\n"
)
LONG_PAGE = "\n".join(f"第{i}行 询问内容" for i in range(1, 46)) + "\n"


def test_page_splitting_form_feeds_wrapping_and_forty_lines() -> None:
    pages = render.layout_case([DECISION, LONG_PAGE], 12.5)
    # the decision fits on one page; 45 lines are cut after 40
    assert len(pages) == 3
    assert [len(p.rows) for p in pages[1:]] == [40, 5]
    first = pages[0].text.splitlines()
    assert first[0] == "行政处罚决定书"  # a title, centred
    assert pages[0].rows[0].scale > 1 and pages[0].rows[0].runs[0][0] > 300
    long_rows = [r for r in first if "不合格产品" in r]
    assert len(long_rows) >= 2  # the long paragraph was wrapped at the page width
    assert all(not r.startswith(("，", "。")) for r in first)
    assert "第41行 询问内容" in pages[2].text and "第40行 询问内容" in pages[1].text
    # tab cells laid out as columns: the same column starts at the same x on every row
    table = [r for r in pages[0].rows if len(r.runs) == 3]
    assert len(table) == 2 and table[0].runs[1][0] == table[1].runs[1][0] > table[0].runs[0][0]


def test_seal_marker_becomes_a_seal_and_labels_stay_text() -> None:
    page = render.layout_case([DECISION], 12.5, render.SealNames("某市某局", "某某贸易有限公司"))[0]
    assert "（印章）" not in page.text and "某市市场监督管理局" in page.text
    assert "收款单位（章）：某市财政局" in page.text  # a form's label, not a seal
    assert "收件人（签名或盖章）：" in page.text
    assert [s.name for s in page.seals] == ["某市市场监督管理局"]
    seal = page.seals[0]
    geo = render.Geometry(12.5)
    image = render.draw_page(page, geo, render.case_rng("x"))
    assert image.mode == "RGB"
    px = np.asarray(image, dtype=np.int16)
    red = (px[..., 0] > 150) & (px[..., 1] < 110) & (px[..., 2] < 110)
    near = red[seal.y - seal.r - 40 : seal.y + seal.r + 40, seal.x - seal.r - 40 : seal.x + seal.r + 40]
    assert near.sum() > 2000 and red.sum() - near.sum() < 50  # red only where the seal was stamped
    plain = render.layout_case([LONG_PAGE], 12.5)[0]
    assert not plain.seals and render.draw_page(plain, geo, render.case_rng("x")).mode == "L"
    assert render.find_seals("宁川县市场监督管理局  [公章]")
    assert render.find_seals("东岭县税务局（章）")
    assert not render.find_seals("收款单位（章）：非税收入")


BOX = (
    "    送达回证\n"
    "┌──────┬──────────┐\n"
    "│送达文书│行政处罚决定书│\n"
    "├──────┼──────────┤\n"
    "│受送达人签名│陈国栋（公司公章）  2023年4月13日│\n"
    "└──────┴──────────┘\n"
)


def test_box_tables_become_ruled_columns_and_a_party_seal_carries_the_party() -> None:
    page = render.layout_case([BOX], 12.5, render.SealNames("某市某局", "某某贸易有限公司"))[0]
    assert "│" not in page.text and "─" not in page.text and "（公司公章）" not in page.text
    rules = [r for r in page.rows if r.hlines]
    cells = [r for r in page.rows if len(r.runs) == 2]
    assert len(rules) == 3 and all(r.scale == 0.5 and not r.runs for r in rules)
    assert len(cells) == 2 and cells[0].runs[1][0] == cells[1].runs[1][0] and cells[0].vlines
    assert [s.name for s in page.seals] == ["某某贸易有限公司"]
    assert render.pipe_cells("1  |  立案审批表  |  2023.6.8") == ["1  ", "  立案审批表  ", "  2023.6.8"]
    assert render.pipe_cells("单价|元") is None and render.is_rule("+----+----+")


def test_render_is_deterministic_and_image_only(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    assert render.render_case("case_1", [DECISION], a) == [1]
    render.render_case("case_1", [DECISION], b)
    render.render_case("case_2", [DECISION], c)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()  # seeded by the case id
    from casecheck.ingest.reader import read_file

    with pytest.raises(CaseError) as err:
        read_file(a, ocr=False)
    assert err.value.kind == "no_text"


def _small_set(root: Path) -> Path:
    src = root / "set1"
    src.mkdir()
    (src / "c1.txt").write_bytes(("    立案审批表\n内容\f" + DECISION).encode("gb18030"))
    folder = src / "c2"
    folder.mkdir()
    (folder / "2_决定书.txt").write_text(DECISION, encoding="utf-8")
    (folder / "10_送达回证.txt").write_text("    送达回证\n受送达人：某某\n", encoding="utf-8")
    (src / "c3.docx").write_bytes(b"PK\x03\x04 not really")
    (src / "README.md").write_text("# set\n", encoding="utf-8")
    labels = [
        {"case_id": c, "codes": [], "encoding": e, "fields": {"agency": "某市市场监督管理局"}}
        for c, e in (("c1", "gb18030"), ("c2", "utf-8"), ("c3", "docx"))
    ]
    (src / "labels.jsonl").write_text("".join(json.dumps(x) + "\n" for x in labels), encoding="utf-8")
    return src


def test_prepare_set_links_renders_once_and_skips_other_formats(tmp_path: Path) -> None:
    src = _small_set(tmp_path)
    work = tmp_path / "work"
    info = twin.prepare_set(src, work, workers=1)
    assert info["cases"] == ["c1", "c2"] and info["skipped"] == {"c3.docx": ".docx file"}
    assert info["rendered"] == 2 and info["pages"] == 2 + 2  # c2: one page per file
    assert sorted(p.name for p in (work / "scan").glob("*.pdf")) == ["c1.pdf", "c2.pdf"]
    assert (work / "text" / "c1.txt").is_symlink() and (work / "text" / "c2" / "10_送达回证.txt").is_symlink()
    for side in ("text", "scan"):
        ids = [json.loads(x)["case_id"] for x in (work / side / "labels.jsonl").read_text().splitlines()]
        assert ids == ["c1", "c2"]
    again = twin.prepare_set(src, work, workers=1)
    assert again["rendered"] == 0
    (src / "c2" / "2_决定书.txt").write_text(DECISION + "补充\n", encoding="utf-8")
    assert twin.prepare_set(src, work, workers=1)["rendered"] == 1


def test_case_diffs_names_codes_and_fields_that_differ() -> None:
    labels = [{"case_id": "k", "codes": ["PROC-05"], "fields": {"party": {"name": "甲公司"}}}]

    def record(codes: list[str], name: str, number: str) -> dict:
        return {
            "case_id": "k",
            "status": "ok",
            "findings": [{"code": c} for c in codes],
            "fields": {"party": {"name": name}, "dates": {"decision": "2024-03-05"}},
            "documents": [{"doc_type": "行政处罚决定书", "doc_number": number}],
        }

    text = [record(["PROC-05", "DOC-01"], "甲公司", "某罚〔2024〕12号")]
    scan = [record(["SERV-01"], "甲公司", "某罚〔2024〕I2号")]
    scan[0]["unreviewable"] = [{"code": "PROC-05", "reason": "OCR 置信度低"}]
    ungated = [record(["PROC-05", "SERV-01", "DOC-07"], "甲公司", "某罚〔2024〕I2号")]
    (diff,) = twin.case_diffs(labels, text, scan, ungated)
    assert diff["text_only"] == [
        {"code": "DOC-01", "labelled": False, "scan_unreviewable": None, "ungated": False},
        {"code": "PROC-05", "labelled": True, "scan_unreviewable": "OCR 置信度低", "ungated": True},
    ]
    assert diff["scan_only"] == [{"code": "SERV-01", "labelled": False}]
    assert diff["ungated_only"] == [{"code": "DOC-07", "labelled": False}]
    assert set(diff["fields"]) == {"decision.doc_number"}
    assert diff["fields"]["decision.doc_number"] == {
        "text": "某罚〔2024〕12号",
        "scan": "某罚〔2024〕I2号",
        "label": None,
    }
    assert twin.case_diffs(labels, text, scan)[0]["text_only"][0]["ungated"] is None
    assert twin.case_diffs(labels, text, text) == []
