"""Field and citation scoring in ``casecheck evaluate``."""

from __future__ import annotations

from casecheck.evaluate import _FieldScores

LAW = "中华人民共和国食品安全法"
PROC = "中华人民共和国行政处罚法"


def _cite(law: str, article: int, role: str) -> dict:
    return {"law": law, "article": article, "paragraph": None, "item": None, "role": role}


def test_decision_only_labels_ignore_predicted_procedure_citations() -> None:
    scores = _FieldScores()
    truth = [_cite(LAW, 34, "violated"), _cite(LAW, 124, "penalty")]
    got = [*truth, _cite(PROC, 44, "procedure"), _cite(PROC, 72, "other")]
    scores.add({"citations": truth}, {"citations": got})
    assert scores.citation_scores()["f1_law_article_paragraph_item"] == 1.0


def test_decision_only_labels_still_count_a_wrong_violated_article() -> None:
    scores = _FieldScores()
    truth = [_cite(LAW, 34, "violated"), _cite(LAW, 124, "penalty")]
    got = [_cite(LAW, 35, "violated"), _cite(LAW, 124, "penalty")]
    scores.add({"citations": truth}, {"citations": got})
    assert scores.citation_scores()["f1_law_article_paragraph_item"] == 0.5


def test_labels_with_other_roles_compare_every_citation() -> None:
    scores = _FieldScores()
    truth = [_cite(LAW, 34, "violated"), _cite(PROC, 72, "other")]
    got = [*truth, _cite(PROC, 44, "procedure")]
    scores.add({"citations": truth}, {"citations": got})
    assert scores.citation_scores()["f1_law_article_paragraph_item"] == 0.8


def test_a_labelled_self_employed_party_is_the_contracts_person() -> None:
    scores = _FieldScores()
    scores.add({"party": {"kind": "个体工商户"}}, {"party": {"kind": "个人"}})
    scores.add({"party": {"kind": "个体工商户"}}, {"party": {"kind": "单位"}})
    assert (scores.correct["party.kind"], scores.total["party.kind"]) == (1, 2)


def test_titles_in_book_marks_and_repeats_in_other_documents_match_the_decision() -> None:
    scores = _FieldScores()
    truth = [_cite(f"《{LAW}》", 34, "violated"), _cite("《食品安全法》", 124, "penalty")]
    decision = [{**_cite(LAW, 34, "violated"), "document": "行政处罚决定书"}]
    decision.append({**_cite(LAW, 124, "penalty"), "document": "行政处罚决定书"})
    notice = [{**c, "document": "行政处罚事先告知书"} for c in decision]
    report = [{**_cite(LAW, 33, "violated"), "document": "案件调查终结报告"}]  # not the labels' scope
    scores.add({"citations": truth}, {"citations": [*notice, *decision, *report]})
    assert scores.citation_scores() == {"f1_law_article_paragraph_item": 1.0, "f1_law": 1.0}
