"""Reviewers' decisions recorded in the store are exported in the scorer's feedback format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casecheck.cli", *args], capture_output=True, text=True, timeout=120
    )


CASE = "某市市场监督管理局\n行政处罚决定书\n当事人：某某商行\n决定：罚款人民币五千元。\n"


def test_decisions_round_trip_to_feedback(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    for name in ("c1", "c2"):  # the campaign's cases, reviewed into the store
        (tmp_path / f"{name}.txt").write_text(CASE, encoding="utf-8")
    paths = [str(tmp_path / "c1.txt"), str(tmp_path / "c2.txt")]
    res = cli("review", *paths, "--campaign", "camp", "--db", db, "--model", "none", "--workers", "1")
    assert res.returncode in (0, 3), res.stderr
    assert cli("campaign", "decide", "camp", "c9", "PROC-003", "accept", "--db", db).returncode == 2
    assert cli("campaign", "decide", "nosuch", "c1", "PROC-003", "accept", "--db", db).returncode == 2
    for args in (
        ("c1", "PROC-003", "accept"),
        ("c1", "DOC-03", "reject", "--reason", "文号为旧格式，经核实无误"),
        ("c1", "EVID-02", "accept"),
        ("c2", "DISC-03", "reject", "--reason", "决定书已说明不予从轻的理由"),
        ("c2", "SERV-01", "waive", "--reason", "当事人下落不明，公告送达"),
    ):
        res = cli("campaign", "decide", "camp", *args, "--reviewer", "王审核", "--db", db)
        assert res.returncode == 0, res.stderr
    assert cli("campaign", "decide", "camp", "c1", "DOC-03", "reject", "--db", db).returncode == 2
    out = tmp_path / "feedback.jsonl"
    assert cli("campaign", "export-feedback", "camp", "--out", str(out), "--db", db).returncode == 0
    rows = {r["case_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert rows["c1"]["confirmed"] == ["PROC-03", "EVID-02"] and rows["c1"]["dismissed"] == ["DOC-03"]
    assert rows["c1"]["judgement"] == {"EVID-02": True}
    assert rows["c2"]["judgement"] == {"DISC-03": False} and rows["c2"]["confirmed"] == ["SERV-01"]
    assert rows["c2"]["reviewer"] == "王审核"
