"""Table tests for every field extractor: rows of text → expected value, including rows that
must not match. The tables live in ``tests/extract/*.yaml``; this module only runs them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from casecheck.extract.fields import closing, events, ids, notice, officers, party, seals, signatures
from casecheck.extract.fields.catalog import catalog_rows
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.dates import find_dates
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts, find_areas, total
from casecheck.extract.fields.numerals import cn_int
from casecheck.extract.fields.payment import payment_terms
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.extract.fields.remedy import find_remedy
from casecheck.extract.fields.served import served_block
from casecheck.extract.fields.table import table_pairs

TABLES = Path(__file__).parent / "extract"


def table(name: str, key: str | None = None) -> list[Any]:
    data = yaml.safe_load((TABLES / f"{name}.yaml").read_text(encoding="utf-8"))
    return data[key] if key else data


def ids_of(rows: list[Any]) -> list[str]:
    return [str(r["text"] if isinstance(r, dict) else r[0])[:30] for r in rows]


@pytest.mark.parametrize("row", table("dates"), ids=ids_of(table("dates")))
def test_dates(row: dict[str, Any]) -> None:
    got = find_dates(row["text"])
    assert len(got) == len(row["want"]), got
    for hit, want in zip(got, row["want"], strict=True):
        assert hit.iso == want["iso"]
        for key in ("form", "time", "end_time"):
            if key in want:
                assert getattr(hit, key) == want[key], (key, hit)
        assert row["text"][hit.start : hit.end] == hit.raw


@pytest.mark.parametrize("row", table("numerals"), ids=ids_of(table("numerals")))
def test_numerals(row: list[Any]) -> None:
    assert cn_int(str(row[0])) == row[1]


@pytest.mark.parametrize("row", table("money"), ids=ids_of(table("money")))
def test_money(row: dict[str, Any]) -> None:
    hits = find_amounts(row["text"], row.get("doc_type"))
    assert [[h.value, h.form, h.kind] for h in hits] == [[float(v), f, k] for v, f, k in row["want"]]
    if "total" in row:
        assert total(hits, "fine") == row["total"]
    if "terms" in row:
        want = row["terms"]
        assert hits[-1].terms == (None if want is None else [[float(q), float(p)] for q, p in want])


@pytest.mark.parametrize("row", table("areas"), ids=ids_of(table("areas")))
def test_areas(row: dict[str, Any]) -> None:
    hits = find_areas(row["text"])
    assert [[h.value, h.form] for h in hits] == [[float(v), f] for v, f in row["want"]]
    assert all(h.kind == "area" and row["text"][h.start : h.end] == h.raw for h in hits)
    # an area is never money: the amounts of the same text hold no area and no fine from it
    assert all(a.kind != "area" for a in find_amounts(row["text"]))


@pytest.mark.parametrize("row", table("citations"), ids=ids_of(table("citations")))
def test_citations(row: dict[str, Any]) -> None:
    hits = find_citations(row["text"])
    got = [[h.law, h.article, h.paragraph, h.item, h.sub, h.role] for h in hits]
    assert got == row["want"]
    if "version" in row:  # [version, title_raw] of each citation
        assert [[h.version, h.title_raw] for h in hits] == row["version"]


@pytest.mark.parametrize("row", table("ids", "doc_numbers"), ids=ids_of(table("ids", "doc_numbers")))
def test_doc_numbers(row: list[Any]) -> None:
    text, value, valid, issues = row
    got = ids.find_doc_numbers(text)
    if value is None:
        assert got == []
        return
    assert [(d.value, d.valid, list(d.issues)) for d in got] == [(value, valid, issues)]
    assert text[got[0].start : got[0].end] == value


@pytest.mark.parametrize("row", table("ids", "templates"), ids=ids_of(table("ids", "templates")))
def test_doc_number_templates(row: list[Any]) -> None:
    assert ids.find_doc_numbers(row[0]) == []
    got = ids.find_doc_numbers(row[0], templates=True)
    assert [(d.value, d.valid) for d in got] == [(row[1], row[2])]


@pytest.mark.parametrize("row", table("ids", "credit_codes"), ids=ids_of(table("ids", "credit_codes")))
def test_credit_codes(row: list[Any]) -> None:
    assert ids.credit_code_valid(row[0]) is row[1]
    found = ids.find_credit_codes(f"统一社会信用代码：{row[0]}。")
    assert [(c[0], c[3]) for c in found] == [(row[0], row[1])]


ID_ROWS = table("ids", "identity_numbers")


@pytest.mark.parametrize("row", ID_ROWS, ids=ids_of(ID_ROWS))
def test_identity_numbers(row: list[Any]) -> None:
    assert ids.id_number_valid(str(row[0])) is row[1]
    found = ids.find_id_numbers(f"身份证号：{row[0]}，")
    assert [(n[0], n[3]) for n in found] == [(str(row[0]), row[1])]


@pytest.mark.parametrize("row", table("party"), ids=ids_of(table("party")))
def test_party(row: dict[str, Any]) -> None:
    text, want = row["text"], row["want"]
    name = party.party_name(text, table_pairs(text))
    got: dict[str, Any] = {"name": name[0] if name else None}
    got["kind"] = party.party_kind(name[0], text) if name else None
    for key, hit in (
        ("address", party.address(text)),
        ("legal_rep", party.first_labelled_value(text, party.REP_LABELS)),
    ):
        got[key] = hit[0] if hit else None
    cc, idn = party.credit_code(text), party.id_number(text)
    got["credit_code"], got["id_number"] = (cc[0] if cc else None), (idn[0] if idn else None)
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("row", table("officers"), ids=ids_of(table("officers")))
def test_officers(row: dict[str, Any]) -> None:
    got = [[o.name, o.certificate] for o in officers.find_officers(row["text"])]
    assert got == row["want"]


@pytest.mark.parametrize("row", table("signatures"), ids=ids_of(table("signatures")))
def test_signatures(row: dict[str, Any]) -> None:
    assert [[s.role, s.filled] for s in signatures.find_signatures(row["text"])] == row["want"]


@pytest.mark.parametrize("row", table("remedy"), ids=ids_of(table("remedy")))
def test_remedy(row: dict[str, Any]) -> None:
    got = find_remedy(row["text"])
    if row["want"] is None:
        assert got is None
        return
    assert got is not None
    assert {k: getattr(got, k) for k in row["want"]} == row["want"]


@pytest.mark.parametrize("row", table("notice"), ids=ids_of(table("notice")))
def test_notice(row: dict[str, Any]) -> None:
    period = notice.statement_period(row["text"])
    assert (list(period[:2]) if period else None) == row["period"]
    assert (notice.hearing_right(row["text"]) is not None) is row["hearing"]


@pytest.mark.parametrize("row", table("discretion"), ids=ids_of(table("discretion")))
def test_discretion(row: dict[str, Any]) -> None:
    got = find_discretion(row["text"])
    if row["want"] is None:
        assert got is None
        return
    assert got is not None and got.level == row["want"][0] and row["want"][1] in got.reason


@pytest.mark.parametrize("row", table("markers"), ids=ids_of(table("markers")))
def test_markers(row: dict[str, Any]) -> None:
    got = find_markers(row["text"])
    assert set(row["want"]) <= set(got), got
    assert not set(row.get("not", [])) & set(got), got


@pytest.mark.parametrize("row", table("penalty"), ids=ids_of(table("penalty")))
def test_penalty_kinds(row: dict[str, Any]) -> None:
    assert [k for k, _, _ in find_penalty_kinds(row["text"])] == row["want"]


@pytest.mark.parametrize("row", table("events"), ids=ids_of(table("events")))
def test_events(row: dict[str, Any]) -> None:
    assert {k: h.iso for k, h in events.event_dates(row["text"]).items()} == row["want"]


@pytest.mark.parametrize("row", table("closing"), ids=ids_of(table("closing")))
def test_closing(row: dict[str, Any]) -> None:
    text, want = row["text"], row["want"]
    close = closing.closing_date(text, row["doc_type"])
    assert (close[0].iso if close else None) == want["date"]
    if "issuer" in want:
        assert close is not None
        iss = closing.issuer(text, close[1], close[0].start)
        assert iss is not None and iss[0] == want["issuer"][0]
        assert ("internal" if closing.INTERNAL_UNIT.search(iss[0]) else "agency") == want["issuer"][1]
    if "agency" in want:
        agency = closing.header_agency(text)
        assert (agency[0] if agency else None) == want["agency"]


@pytest.mark.parametrize("row", table("misc", "seal_markers"), ids=ids_of(table("misc", "seal_markers")))
def test_seal_markers(row: dict[str, Any]) -> None:
    assert len(seals.find_seal_markers(row["text"])) == row["want"]


@pytest.mark.parametrize("row", table("misc", "catalog"), ids=ids_of(table("misc", "catalog")))
def test_catalog(row: dict[str, Any]) -> None:
    got = catalog_rows(row["text"])
    assert [list(r[:4]) for r in got] == row["want"]
    if "extra" in row:
        assert [[r.doc_number, r.date] for r in got] == row["extra"]
    for r in got:
        assert row["text"][r.start : r.end].strip()


@pytest.mark.parametrize("row", table("misc", "served"), ids=ids_of(table("misc", "served")))
def test_served(row: dict[str, Any]) -> None:
    got = served_block(row["text"])
    got["date"] = got["date"].iso if got["date"] else None
    assert {k: got[k] for k in row["want"]} == row["want"]


@pytest.mark.parametrize("row", table("payment"), ids=ids_of(table("payment")))
def test_payment_terms(row: dict[str, Any]) -> None:
    got = payment_terms(row["text"])
    assert ([got.days, got.form, got.bank] if got else None) == row["want"]


def test_marker_vocabulary_is_the_facts_vocabulary() -> None:
    from casecheck.extract.fields.markers import MARKER_PATTERNS
    from casecheck.facts import MARKERS

    assert set(MARKER_PATTERNS) == set(MARKERS)
