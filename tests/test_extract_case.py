"""Case-level extraction on a synthetic multi-document case (``tests/extract/case_food.yaml``):
contract fields, timeline rules, per-document facts, JSON round trip and the contract schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_documents, contract_fields
from casecheck.facts import CaseFacts, DocFacts
from casecheck.model import Case, Document, Page, SourceFile
from casecheck.resources import rules_dir

CASE = Path(__file__).parent / "extract" / "case_food.yaml"
SCHEMA = rules_dir() / "contract" / "review.schema.json"


def load_case(path: Path) -> tuple[Case, dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    docs, seen = [], {}
    for d in data["documents"]:
        seen[d["doc_type"]] = seen.get(d["doc_type"], 0) + 1
        n = seen[d["doc_type"]]
        ref = d["doc_type"] if n == 1 else f"{d['doc_type']}({n})"
        docs.append(Document(ref, d["doc_type"], d["doc_type"], "case.txt", (1, 1), d["text"], (0,)))
    return Case(data["case_id"], str(path), (), tuple(docs)), data["want"]


@pytest.fixture(scope="module")
def facts() -> tuple[CaseFacts, dict[str, Any]]:
    case, want = load_case(CASE)
    return extract_case(case), want


def doc(facts: CaseFacts, ref: str) -> DocFacts:
    return next(d for d in facts["documents"] if d["ref"] == ref)


def test_contract_fields(facts: tuple[CaseFacts, dict[str, Any]]) -> None:
    got, want = facts
    fields = contract_fields(got)
    w = want["fields"]
    assert fields["agency"] == w["agency"]
    assert {k: fields["party"][k] for k in w["party"]} == w["party"]
    # a 个体工商户: the 笔录 of its 经营者 (the decision's 经营者：王小明) gives the party's number
    assert fields["party"]["id_number"] == "11010519491231002X"
    assert [[o["name"], o["certificate"]] for o in fields["officers"]] == w["officers"]
    assert fields["dates"] == w["dates"]
    assert fields["penalty"] == w["penalty"]
    assert [[c["law"], c["article"], c["paragraph"], c["item"], c["role"]] for c in fields["citations"]] == w[
        "citations"
    ]
    assert all(c["document"] == "行政处罚决定书" and c["quote"] for c in fields["citations"])
    assert got["procedure"] == want["procedure"]


def test_timeline_rules_and_evidence(facts: tuple[CaseFacts, dict[str, Any]]) -> None:
    got, want = facts
    tl = got["timeline"]
    for event, iso in want["timeline"].items():
        assert tl[event]["value"] == iso
    assert tl["filing"]["rule"] == "立案审批表落款"
    assert tl["decision_served"]["evidence"]["document"] == "送达回证(2)"
    assert all(v["evidence"] and v["evidence"]["quote"] for v in tl.values())


def test_document_facts(facts: tuple[CaseFacts, dict[str, Any]]) -> None:
    got, _ = facts
    notice = doc(got, "行政处罚事先告知书")
    assert notice["statement_days"]["value"] == 5 and notice["statement_days"]["form"] == "working"
    assert notice["hearing_right"]["value"] is True
    assert notice["penalty"]["proposed_fine"]["value"] == 50000
    assert notice["seal"]["marker"] is True
    record = doc(got, "询问笔录")
    assert record["dates"]["start"]["value"] == "2024-03-06T14:00"
    assert record["dates"]["end"]["value"] == "2024-03-06T15:20"
    assert {"showed_certificate", "recusal_notice", "first_offence"} <= set(record["markers"])
    decision = doc(got, "行政处罚决定书")
    assert decision["doc_number"]["value"] == "锦市监罚〔2024〕31号" and decision["doc_number"]["valid"]
    assert decision["issuer"]["form"] == "agency"
    assert decision["discretion"]["level"] == "从轻"
    assert decision["remedy"]["review_days"] == 60 and decision["remedy"]["litigation_months"] == 6
    assert decision["payment_terms"]["value"] == 15 and decision["payment_terms"]["bank"] == "指定银行"
    upper_lower = [(a["form"], a["value"]) for a in decision["amounts"] if a["kind"] == "fine"]
    assert upper_lower == [("upper", 50000.0), ("lower", 50000.0)]
    served = doc(got, "送达回证(2)")["served"]
    assert served["method"] == "留置送达" and served["witness"] and not served["recipient_signed"]
    assert doc(got, "送达回证")["served"]["recipient_signed"]
    assert [r["pages"] for r in doc(got, "卷内目录")["catalog"]] == [[1, 1], [2, 3], [4, 6], [7, 8], [9, 11]]
    approval = doc(got, "立案审批表")
    assert [s["role"] for s in approval["signatures"]] == ["approver"]
    assert approval["officers"] and all(o["name"] in ("刘洋", "陈静") for o in approval["officers"])


def test_json_round_trip_and_schema(facts: tuple[CaseFacts, dict[str, Any]]) -> None:
    got, _ = facts
    assert json.loads(json.dumps(got, ensure_ascii=False)) == got
    if not SCHEMA.exists():
        pytest.skip("shared contract schema not available")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    sub = {**schema["properties"]["fields"], "$defs": schema.get("$defs", {})}
    jsonschema.validate(contract_fields(got), sub)
    docs = {**schema["properties"]["documents"], "$defs": schema.get("$defs", {})}
    jsonschema.validate(contract_documents(got), docs)


def test_evidence_spans_map_back(facts: tuple[CaseFacts, dict[str, Any]]) -> None:
    got, _ = facts
    case, _ = load_case(CASE)
    texts = {d.ref: d.text for d in case.documents}
    for d in got["documents"]:
        for c in d["citations"] + d["amounts"]:
            ev = c["evidence"]
            assert texts[ev["document"]][ev["start"] : ev["end"]] == ev["quote"]


def test_procedure_from_document_types() -> None:
    on_spot = Document("当场行政处罚决定书", "当场行政处罚决定书", None, "f", (1, 1), "决定给予警告。", (0,))
    assert extract_case(Case("c", "c", (), (on_spot,)))["procedure"] == "简易"
    none = Document("不予行政处罚决定书", "不予行政处罚决定书", None, "f", (1, 1), "决定不予行政处罚。", (0,))
    facts = extract_case(Case("c", "c", (), (none,)))
    assert facts["procedure"] == "不予处罚"
    assert contract_fields(facts)["penalty"]["procedure"] == "普通"


def _case(*docs: tuple[str, str]) -> CaseFacts:
    made, seen = [], {}
    for dt, text in docs:
        seen[dt] = seen.get(dt, 0) + 1
        ref = dt if seen[dt] == 1 else f"{dt}({seen[dt]})"
        made.append(Document(ref, dt, dt, "f.txt", (1, 1), text, (0,)))
    return extract_case(Case("c", "c", (), tuple(made)))


def test_receipt_matched_by_number_not_title() -> None:
    decision = (
        "某局\n行政处罚决定书\n某罚〔2024〕7号\n当事人：某公司\n决定罚款人民币5000元。\n某局\n2024年5月6日"
    )
    receipt = (
        "送达回证\n送达文书名称及文号：《行政处罚告知书》某罚〔2024〕7号\n"
        "受送达人（签名）：王某\n收到日期：2024年5月8日"
    )
    tl = _case(("行政处罚决定书", decision), ("送达回证", receipt))["timeline"]
    assert tl["decision_served"]["value"] == "2024-05-08" and "notice_served" not in tl


def test_on_the_spot_service_needs_the_party_signature() -> None:
    signed = "当场处罚决定书\n决定给予罚款贰佰元。\n被处罚人（签名）：赵某\n某交警大队\n2024年6月1日"
    blank = signed.replace("：赵某", "：")
    assert _case(("当场行政处罚决定书", signed))["timeline"]["decision_served"]["value"] == "2024-06-01"
    assert "decision_served" not in _case(("当场行政处罚决定书", blank))["timeline"]


def test_case_officers_are_the_certified_ones() -> None:
    record = "询问笔录\n询问人：张某 执法证号：11010001\n记录人：李某 执法证号：11010002"
    hearing = "听证笔录\n主持人：王某\n记录人：赵某"
    officers = _case(("询问笔录", record), ("听证笔录", hearing))["officers"]
    assert [(o["name"], o["certificate"]) for o in officers] == [("张某", "11010001"), ("李某", "11010002")]


def test_summary_procedure_from_the_title_when_segmentation_missed_it() -> None:
    text = (
        "某局\n行政处罚决定书(简易程序)\n被处罚人：吕某\n"
        "当场作出如下行政处罚：罚款人民币200元。\n某局\n2024年12月16日"
    )
    assert _case(("其他", text))["procedure"] == "简易"
    assert _case(("行政处罚决定书", text))["procedure"] == "简易"
    assert _case(("行政处罚决定书", text.replace("(简易程序)", "")))["procedure"] == "普通"


@pytest.mark.parametrize(
    ("issuer", "agency"),
    [
        ("某市市场监督管理局执法稽查大队", "某市市场监督管理局"),
        ("某区综合行政执法局城市管理执法中队", "某区综合行政执法局"),
        ("某市公安局某区分局交通警察大队", "某市公安局某区分局交通警察大队"),  # authorised by law
        ("某区消防救援大队", "某区消防救援大队"),
        ("某市生态环境局", "某市生态环境局"),
    ],
)
def test_case_agency_is_the_agency_behind_an_internal_unit(issuer: str, agency: str) -> None:
    text = f"{issuer}\n行政处罚决定书\n决定罚款人民币5000元。\n{issuer}\n2024年5月6日"
    facts = _case(("行政处罚决定书", text))
    assert facts["agency"]["value"] == agency
    assert facts["documents"][0]["issuer"]["value"] == issuer


def test_documents_say_which_pages_came_from_ocr() -> None:
    """``DocFacts.ocr`` lists a document's OCR pages and their mean confidence; text pages give None."""
    pages = (
        Page(1, "某局\n行政处罚决定书", "", (), "text"),
        Page(2, "决定罚款人民币5000元。", "", (), "ocr", confidence=80.0),
        Page(3, "某局\n2024年5月6日", "", (), "ocr", confidence=70.0),
        Page(4, "送达回证", "", (), "text"),
    )
    src = SourceFile("scan.pdf", "scan.pdf", "pdf", "0" * 64, pages)
    decision = Document("行政处罚决定书", "行政处罚决定书", "行政处罚决定书", "scan.pdf", (1, 3),
                        "\n".join(p.text for p in pages[:3]), (0, 11, 25))  # fmt: skip
    receipt = Document("送达回证", "送达回证", "送达回证", "scan.pdf", (4, 4), pages[3].text, (0,))
    facts = extract_case(Case("c", "c", (src,), (decision, receipt)))
    # the plain mean; weighing the pages as their text, 14 characters read at 80 and 12 at 70
    assert doc(facts, "行政处罚决定书")["ocr"] == {
        "pages": [2, 3],
        "confidence": 75.0,
        "text_confidence": 75.4,
        "page_confidence": [[2, 80.0], [3, 70.0]],
    }
    assert doc(facts, "送达回证")["ocr"] is None
