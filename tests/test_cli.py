"""The CLI contract: pure JSON Lines on stdout, exit codes, error records for bad cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from casecheck.resources import rules_dir

CASE_TEXT = """某市市场监督管理局
行政处罚决定书
某市监罚〔2024〕12号
当事人：某某超市有限公司
统一社会信用代码：91110105MA01ABCD1X
住所：某市某区某路1号
2024年3月5日，我局执法人员检查发现当事人经营超过保质期的食品。
上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。
依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，决定处以罚款人民币伍万元整（50000元）。
当事人应当自收到本决定书之日起十五日内缴纳罚款。
如不服本决定，可以在收到本决定书之日起六十日内向某市人民政府申请行政复议，或者在六个月内向某区人民法院提起行政诉讼。
某市市场监督管理局（印章）
2024年4月10日
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casecheck.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def schema() -> dict:
    return json.loads((rules_dir() / "contract" / "review.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(CASE_TEXT, encoding="utf-8")
    (d / "gbk.txt").write_bytes(CASE_TEXT.encode("gb18030"))
    (d / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj<<>>\nthis is not a pdf")
    (d / "empty.txt").write_bytes(b"")
    return d


def test_batch_json_is_pure_and_errors_exit_3(batch: Path) -> None:
    res = run("review", "--batch", str(batch), "--format", "json", "--workers", "2")
    assert res.returncode == 3, res.stderr
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(records) == 4
    by_id = {r["case_id"]: r for r in records}
    for r in records:
        jsonschema.validate(r, schema())
    assert by_id["good"]["status"] == "reviewed"
    assert by_id["gbk"]["status"] == "reviewed"
    assert by_id["good"]["fields"] == by_id["gbk"]["fields"]
    assert by_id["corrupt"]["status"] == "error" and by_id["corrupt"]["error"]["kind"]
    assert by_id["empty"]["status"] == "error" and by_id["empty"]["error"]["kind"] == "empty_file"
    decision = [d for d in by_id["good"]["documents"] if d["doc_type"] == "行政处罚决定书"]
    assert decision and decision[0]["pages"] == [1, 1]


def test_all_good_exits_0_and_text_format(tmp_path: Path) -> None:
    case = tmp_path / "one.txt"
    case.write_text(CASE_TEXT, encoding="utf-8")
    res = run("review", str(case), "--format", "text", "--workers", "1")
    assert res.returncode == 0, res.stderr
    assert "行政处罚决定书" in res.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("review",),
        ("review", "x.txt", "--batch", "."),
        ("review", "--batch", "/no/such/dir"),
        ("review", "x.txt", "--format", "xml"),
        ("review", "x.txt", "--profile", "no-such-profile"),
        ("review", "x.txt", "--format", "html"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    assert run(*args).returncode == 2


def test_out_is_checked_before_any_work_and_its_folder_made(tmp_path: Path) -> None:
    case = tmp_path / "one.txt"
    case.write_text(CASE_TEXT, encoding="utf-8")
    res = run("review", str(case), "--out", str(tmp_path))
    assert res.returncode == 2 and "--out must be a file" in res.stderr, res.stderr
    assert "Traceback" not in res.stderr
    res = run("review", str(case), "--format", "html", "--out", str(case))
    assert res.returncode == 2 and "--out must be a folder" in res.stderr, res.stderr
    res = run("review", str(case), "--out", str(case))  # would empty the case before reading it
    assert res.returncode == 2 and "outside the cases" in res.stderr, res.stderr
    assert case.read_text(encoding="utf-8") == CASE_TEXT
    res = run("review", "--batch", str(tmp_path), "--out", str(tmp_path / "r.jsonl"))  # a case next run
    assert res.returncode == 2 and not (tmp_path / "r.jsonl").exists()
    hidden = tmp_path / ".casecheck" / "r.jsonl"  # a hidden folder in the batch is no case
    assert run("review", "--batch", str(tmp_path), "--out", str(hidden), "--model", "none").returncode == 0
    out = tmp_path / "results" / "2024" / "out.jsonl"
    assert run("review", str(case), "--out", str(out), "--model", "none").returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["case_id"] == "one"


def test_html_index_links_every_case(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    res = run("review", "--batch", str(batch), "--format", "html", "--out", str(out), "--workers", "1")
    assert res.returncode == 3
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in ("good", "gbk", "corrupt", "empty"):
        assert f'href="{name}.html"' in index
        assert (out / f"{name}.html").is_file()


def test_waivers_move_findings_apart_and_report_unmatched(tmp_path: Path) -> None:
    case = tmp_path / "w1.txt"
    case.write_text(CASE_TEXT, encoding="utf-8")
    first = json.loads(run("review", str(case), "--workers", "1", "--model", "none").stdout)
    code = first["findings"][0]["code"]
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(
        "waivers:\n"
        f"  - {{rule: {code}, case_id: w1, reason: 已补正, who: 王审核, when: 2025-03-02}}\n"
        "  - {rule: EXEC-01, case_id: w1, reason: 不适用, who: 王审核, when: 2025-03-02}\n",
        encoding="utf-8",
    )
    res = run("review", str(case), "--workers", "1", "--model", "none", "--waivers", str(waivers))
    rec = json.loads(res.stdout)
    jsonschema.validate(rec, schema())
    assert all(f["code"] != code for f in rec["findings"])
    assert {f["code"] for f in rec["waived_findings"]} == {code}
    assert [w["rule"] for w in rec["unmatched_waivers"]] == ["EXEC-01"]


def test_evaluate_refuses_bad_inputs_and_exits_3_on_unreviewed_cases(batch: Path, tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(f'{{"case_id": "{n}", "codes": []}}\n' for n in ("good", "corrupt")), "utf-8")
    res = run("evaluate", "--labels", str(labels), "--batch", str(batch), "--workers", "1")
    assert res.returncode == 3, res.stderr  # "corrupt" could not be reviewed: not measured
    bad = tmp_path / "bad.jsonl"
    for text in ("[1, 2]\n", '{"codes": []}\n', "not json\n"):
        bad.write_text(text, encoding="utf-8")
        res = run("evaluate", "--labels", str(bad), "--batch", str(batch))
        assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    res = run("evaluate", "--labels", str(labels), "--batch", str(batch), "--profile", "no-such-profile")
    assert res.returncode == 2 and "unknown profile" in res.stderr


def test_a_store_or_output_that_cannot_be_used_is_one_line(tmp_path: Path) -> None:
    case = tmp_path / "one.txt"
    case.write_text(CASE_TEXT, encoding="utf-8")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01 this is no database " * 64)
    res = run("review", str(case), "--campaign", "c", "--db", str(junk), "--model", "none")
    assert res.returncode == 2 and "campaign store" in res.stderr and "Traceback" not in res.stderr
    res = run("rules", "docs", "--out", str(tmp_path / "missing" / "RULES.md"))
    assert res.returncode == 2 and res.stderr.startswith("error:"), res.stderr
    assert run("review", str(case), "--memory-limit", "-1G").returncode == 2


def test_scheduler_addresses() -> None:
    from casecheck.cli import _SCHEDULER

    good_ones = ("tcp://10.0.0.5:8786", "tcp://[::1]:8786", "tls://sched.example:8786", "ucx://h:1", "h:8786")
    for good in good_ones:
        assert _SCHEDULER.fullmatch(good), good
    for bad in ("garbage", "tcp://host", "http://h:80/x", ""):
        assert not _SCHEDULER.fullmatch(bad), bad


def test_python_dash_m_casecheck_is_the_command() -> None:
    res = subprocess.run([sys.executable, "-m", "casecheck", "rules", "list"], capture_output=True, text=True)
    assert res.returncode == 0 and "DOC-09" in res.stdout
