"""Text corpus: deterministic, labelled, realistic enough (valid ids, page breaks, roster)."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

from casecheck.generate.api import generate
from casecheck.generate.ids import credit_code_valid, id_number_valid


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    generate(40, 123, tmp_path / "a")
    generate(40, 123, tmp_path / "b")
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "b")
    generate(5, 124, tmp_path / "c")
    assert _hashes(tmp_path / "a") != _hashes(tmp_path / "c")


def test_labels_and_files(tmp_path: Path) -> None:
    summary = generate(80, 9, tmp_path)
    labels = [json.loads(x) for x in (tmp_path / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 80 == summary.n
    roster = {r["certificate"]: r for r in csv.DictReader((tmp_path / "roster.csv").open(encoding="utf-8"))}
    procedures, encodings, shapes = set(), set(), set()
    for lab in labels:
        path = tmp_path / lab["path"]
        assert path.exists()
        shapes.add(path.is_dir())
        procedures.add(lab["procedure"])
        encodings.add(lab["encoding"])
        f = lab["fields"]
        party = f["party"]
        assert party["credit_code"] is None or credit_code_valid(party["credit_code"])
        assert party["id_number"] is None or id_number_valid(party["id_number"])
        assert lab["codes"] == sorted(lab["codes"])
        assert {i["code"] for i in lab["injections"]} == set(lab["codes"])
        if "SUBJ-04" not in lab["codes"]:
            assert all(o["certificate"] in roster for o in f["officers"])
        text = (
            path.read_bytes().decode(lab["encoding"])
            if path.is_file()
            else "\f".join(p.read_bytes().decode(lab["encoding"]) for p in sorted(path.iterdir()))
        )
        assert party["name"] in text
        if path.is_file():
            pages = text.rstrip("\n").split("\f")
            assert lab["documents"][-1]["pages"][1] == len(pages)
            for doc in lab["documents"]:
                a, b = doc["pages"]
                assert 1 <= a <= b <= len(pages)
        if lab["procedure"] != "不予处罚":
            assert any(c["role"] == "penalty" for c in f["citations"]) or "LAW-03" in lab["codes"]
    assert procedures == {"普通", "简易", "不予处罚"}
    assert encodings == {"utf-8", "gb18030"}
    assert shapes == {True, False}


def test_phrasing_varies(tmp_path: Path) -> None:
    generate(60, 4, tmp_path)
    texts = [p.read_text(encoding="utf-8", errors="ignore") for p in tmp_path.glob("*.txt")]
    joined = "\n".join(texts)
    for variants in (("违反了", "之规定", "已违反"), ("依据", "根据", "依照", "按照"), ("(", "（")):
        assert sum(v in joined for v in variants) >= 2, variants


def test_150_text_cases_all_written_and_labelled(tmp_path: Path) -> None:
    """CI generates at least 150 cases per run (speed: benchmarks/bench_generate.py)."""
    summary = generate(150, 1, tmp_path)
    labels = (tmp_path / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert summary.n == 150 and len(labels) == 150
