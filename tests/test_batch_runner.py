"""The batch layer: the worker pool's limits, the extraction cache, progress, and the campaign
store's resume after a real ``kill -9``."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from casecheck.api import ReviewOptions, review_path
from casecheck.batch.cache import FactsCache, RecordCache
from casecheck.batch.limits import Limits, parse_size
from casecheck.batch.pipeline import review_case
from casecheck.batch.pool import WorkerPool
from casecheck.batch.runner import Progress, batch_children, run_review
from casecheck.batch.store import CampaignStore
from casecheck.generate.api import generate


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve small generated text cases."""
    out = tmp_path_factory.mktemp("batch")
    generate(12, 21, out, ("txt",))
    return out


def _task(path: Path, _ctx: Any) -> dict[str, Any]:
    """A stand-in review whose behaviour the file name chooses: sleep, crash, eat memory."""
    name = path.name
    if name.startswith("hang"):
        time.sleep(60)
    if name.startswith("crash"):
        os.kill(os.getpid(), signal.SIGKILL)
    if name.startswith("oom"):
        hog = bytearray(8 * 2**30)  # past the 1 GiB limit: MemoryError
        del hog
    return {"case_id": name, "source": str(path), "status": "reviewed", "error": None}


def test_pool_isolates_timeouts_crashes_and_memory(tmp_path: Path) -> None:
    names = ["a", "hang1", "b", "crash1", "c", "oom1", "d", "e"]
    pool = WorkerPool(_task, None, workers=2, limits=Limits(case_timeout=2, memory_bytes=2**30))
    started = time.monotonic()
    records = {Path(r["source"]).name: r for r in pool.map(tmp_path / n for n in names)}
    assert time.monotonic() - started < 30
    assert sorted(records) == sorted(names)
    assert records["hang1"]["error"]["kind"] == "timeout"
    assert records["crash1"]["error"]["kind"] == "worker_crashed"
    assert records["oom1"]["error"]["kind"] == "out_of_memory"
    assert all(records[n]["status"] == "reviewed" for n in "abcde")
    assert pool.replaced == 2  # the hung and the crashed worker


def test_parse_size() -> None:
    assert parse_size("4G") == 4 * 2**30
    assert parse_size("512m") == 512 * 2**20
    assert parse_size("1000") == 1000
    for bad in ("lots", "-1G", "nan", "99999999T"):  # negative, not a number, past setrlimit
        with pytest.raises(ValueError):
            parse_size(bad)


def test_progress_off_a_terminal_writes_a_line_now_and_then() -> None:
    stream = io.StringIO()
    progress = Progress(stream=stream, interval=3600)
    for i in range(1, 101):
        progress(i, 100, i // 50)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2  # the first and the last, not a hundred
    assert lines[-1].startswith("100/100") and "错误 2" in lines[-1]
    assert "\r" not in stream.getvalue()


def test_cached_review_equals_fresh_review(batch: Path, tmp_path: Path) -> None:
    options = ReviewOptions(roster=batch / "roster.csv", model=None)
    cache = FactsCache(tmp_path / "facts")
    for case in batch_children(batch)[:3]:
        fresh = review_path(case, options).to_dict()
        first = review_case(case, options, cache)
        assert list((tmp_path / "facts").rglob("*.json.z")), "the facts were stored"
        second = review_case(case, options, cache)
        assert json.loads(json.dumps(fresh)) == json.loads(json.dumps(first)) == second


def test_cache_hit_skips_ingestion(batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    options = ReviewOptions(model=None)
    cache = FactsCache(tmp_path / "facts")
    case = next(c for c in batch_children(batch) if c.is_file())
    review_case(case, options, cache)

    def boom(*_a: Any, **_k: Any) -> None:
        raise AssertionError("ingestion ran on a cache hit")

    monkeypatch.setattr("casecheck.ingest.case.load_case", boom)
    assert review_case(case, options, cache)["status"] == "reviewed"
    # a changed file is a miss: ingestion runs (and here fails loudly, as an internal error)
    changed = tmp_path / case.name
    changed.write_text(case.read_text(encoding="utf-8") + "\n附：补充说明。\n", encoding="utf-8")
    assert review_case(changed, options, cache)["error"]["kind"] == "internal_error"


def test_a_case_out_of_memory_is_tried_again_next_run(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casecheck.model import CaseError

    options = ReviewOptions(model=None)
    cache = FactsCache(tmp_path / "facts")
    case = next(c for c in batch_children(batch) if c.is_file())

    def out_of_memory(*_a: Any, **_k: Any) -> None:
        raise CaseError("out_of_memory", f"{case.name}: out of memory while reading")

    with monkeypatch.context() as m:  # a run under a low memory limit
        m.setattr("casecheck.ingest.case.load_case", out_of_memory)
        assert review_case(case, options, cache)["error"]["kind"] == "out_of_memory"
    assert review_case(case, options, cache)["status"] == "reviewed"  # a raised limit: read again


def test_record_cache_until_a_rule_input_changes(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casecheck.checks.engine as engine

    options = ReviewOptions(model=None)
    facts, records = FactsCache(tmp_path / "facts"), RecordCache(tmp_path / "records")
    case = next(c for c in batch_children(batch) if c.is_file())
    first = review_case(case, options, facts, records)
    checks: list[str] = []
    real = engine.check_case
    monkeypatch.setattr(engine, "check_case", lambda f, o: checks.append(f["case_id"]) or real(f, o))

    def boom(*_a: Any, **_k: Any) -> None:
        raise AssertionError("ingestion ran on a cache hit")

    monkeypatch.setattr("casecheck.ingest.case.load_case", boom)
    assert review_case(case, options, facts, records) == first
    assert checks == []  # nothing re-ran
    roster = tmp_path / "roster.csv"
    roster.write_bytes((batch / "roster.csv").read_bytes())
    with_roster = review_case(case, ReviewOptions(model=None, roster=roster), facts, records)
    assert checks == [case.stem]  # a new roster: the checks re-run over the cached facts
    roster.write_bytes((batch / "roster.csv").read_bytes()[:-40])
    review_case(case, ReviewOptions(model=None, roster=roster), facts, records)
    assert checks == [case.stem, case.stem]  # an edited roster too
    assert with_roster["status"] == "reviewed"


def test_campaign_store_resumes_without_duplicates(batch: Path, tmp_path: Path) -> None:
    options = ReviewOptions(roster=batch / "roster.csv", model=None, cache_dir=tmp_path / "cache")
    db = str(tmp_path / "c.sqlite")
    cases = batch_children(batch)
    first = []
    for rec in run_review(cases, options, workers=2, campaign="t", db_url=db):
        first.append(rec)
        if len(first) == 5:
            break  # the consumer walks away: the run is interrupted
    store = CampaignStore(db)
    assert sum(store.counts("t").values()) >= 5
    assert store.runs("t")[0]["status"] == "interrupted"
    again = list(run_review(cases, options, workers=2, campaign="t", db_url=db))
    assert sorted(r["case_id"] for r in again) == sorted(c.stem for c in cases)
    assert sum(store.counts("t").values()) == len(cases)
    runs = store.runs("t")
    assert runs[-1]["status"] == "finished" and runs[-1]["cases_done"] == len(cases)
    store.decide("t", cases[0].stem, "PROC-01", "waive", "补正材料已归档", "张三")
    assert store.decisions("t")[0]["reviewer"] == "张三"
    store.close()


def test_a_campaign_resumed_under_another_profile_reviews_its_cases_again(
    batch: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "c.sqlite")
    cases = batch_children(batch)[:3]
    first = list(run_review(cases, ReviewOptions(model=None), workers=1, campaign="t", db_url=db))
    assert {r["profile"] for r in first} == {"default"}
    again = list(run_review(cases, ReviewOptions(model=None, profile="shichang"), campaign="t", db_url=db))
    assert sorted(r["case_id"] for r in again) == sorted(c.stem for c in cases)
    assert {r["profile"] for r in again} == {"shichang"}  # not the stored default-profile records


def test_a_campaign_under_a_profile_file_resumes(
    batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casecheck.batch.runner as runner

    profile = tmp_path / "mine.yaml"
    profile.write_text("name: mine\nextends: default\nparameters: {}\n", encoding="utf-8")
    options = ReviewOptions(model=None, profile=str(profile))
    db, cases = str(tmp_path / "c.sqlite"), batch_children(batch)[:2]
    assert {r["profile"] for r in run_review(cases, options, workers=1, campaign="t", db_url=db)} == {"mine"}

    def no_review(*_a: Any, **_k: Any) -> None:
        raise AssertionError("a finished case was reviewed again")

    monkeypatch.setattr(runner, "preload", no_review)  # runs only when some case is left to review
    assert len(list(run_review(cases, options, workers=1, campaign="t", db_url=db))) == 2


def _done(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("select count(*) from records").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_9_mid_batch_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    generate(40, 5, batch, ("txt",))
    db = tmp_path / "campaign.sqlite"
    env = {**os.environ, "CASECHECK_CACHE": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "casecheck.cli", "review", "--batch", str(batch), "--campaign", "k"]
    cmd += ["--db", str(db), "--workers", "1", "--model", "none"]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while _done(db) < 5 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)  # the parent only: its workers must die with it
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    with sqlite3.connect(db) as conn:
        before = dict(
            conn.execute("select c.source_key, r.record from records r join cases c on c.id = r.case_row")
        )
    assert 5 <= len(before) < 40
    resumed = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    out = [json.loads(line) for line in resumed.stdout.splitlines()]
    assert sorted(r["case_id"] for r in out) == sorted(p.stem for p in batch_children(batch))
    with sqlite3.connect(db) as conn:
        after = dict(
            conn.execute("select c.source_key, r.record from records r join cases c on c.id = r.case_row")
        )
        dupes = conn.execute("select count(*) - count(distinct case_row) from records").fetchone()[0]
        runs = conn.execute("select status, cases_total, cases_done from runs order by id").fetchall()
    assert len(after) == 40 and dupes == 0
    assert all(after[k] == v for k, v in before.items()), "a finished record was rewritten"
    assert runs[0][0] == "running"  # the killed run never closed
    assert runs[1] == ("finished", 40, 40)


def test_a_broken_link_inside_a_case_folder_is_an_unreadable_case(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "a.txt").write_text("某局\n行政处罚决定书\n当事人：某某商行\n", encoding="utf-8")
    (case / "b.txt").symlink_to(tmp_path / "gone.txt")
    rec = review_case(case, ReviewOptions(model=None), FactsCache(tmp_path / "facts"))
    assert rec["error"]["kind"] == "unreadable" and "b.txt" in rec["error"]["message"]
