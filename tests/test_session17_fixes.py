"""Fixes of session 17, each with an input in its own wording."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from casecheck.batch.runner import shared_ids

CASE = "某市市场监督管理局\n行政处罚决定书\n当事人：某某商行\n决定：罚款人民币五千元。\n"


def test_cases_sharing_an_id_are_named_before_the_batch_runs(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in ("a.txt", "a.pdf", "b.txt"):
        (batch / name).write_text(CASE, encoding="utf-8")
    (batch / "c").mkdir()
    (batch / "c.txt").write_text(CASE, encoding="utf-8")
    shared = shared_ids(sorted(batch.iterdir()))
    assert {k: sorted(p.name for p in v) for k, v in shared.items()} == {
        "a": ["a.pdf", "a.txt"],
        "c": ["c", "c.txt"],
    }
    out = tmp_path / "out.jsonl"
    res = subprocess.run(
        [sys.executable, "-m", "casecheck", "review", "--batch", str(batch), "--model", "none",
         "--workers", "1", "--out", str(out)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert res.returncode in (0, 3), res.stderr
    assert "a.pdf, a.txt share the case id 'a'" in res.stderr
    assert "b.txt" not in res.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    names = sorted(r["source"].rsplit("/", 1)[-1] for r in records)
    assert names == ["a.pdf", "a.txt", "b.txt", "c", "c.txt"]


def _generate(out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casecheck", "samples", "generate", "--out", str(out), *extra],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip


def test_generating_into_a_used_folder_leaves_no_old_case(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    assert _generate(out, "--n", "3", "--seed", "4").returncode == 0
    (out / "README.md").write_text("说明", encoding="utf-8")  # the user's own file
    again = _generate(out, "--n", "2", "--seed", "5")
    assert again.returncode == 2 and "--replace" in again.stderr
    assert len(list(out.glob("case_4_*"))) == 3  # refused: nothing removed
    assert _generate(out, "--n", "2", "--seed", "5", "--formats", "txt,nosuch", "--replace").returncode == 2
    assert len(list(out.glob("case_4_*"))) == 3  # a bad format is refused before anything is removed
    assert _generate(out, "--n", "2", "--seed", "5", "--replace").returncode == 0
    labels = [json.loads(x) for x in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    cases = sorted(p.name for p in out.iterdir() if p.name.startswith("case_"))
    assert cases == sorted(x["path"] for x in labels)
    assert [c[:12] for c in cases] == ["case_5_00000", "case_5_00001"]
    assert (out / "README.md").read_text(encoding="utf-8") == "说明"


def test_generating_into_a_folder_of_other_files_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "real_case.pdf").write_bytes(b"%PDF-1.4")
    res = _generate(out, "--n", "1", "--replace")
    assert res.returncode == 2 and "holds other files" in res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["real_case.pdf"]
