"""A text-layer batch loads only what it uses: the parent's preload and the review of text-PDF
cases import neither Pillow nor the OCR modules (~30 ms of CPU a run), and never run tesseract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from casecheck.generate.api import generate

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, sys, tempfile
from pathlib import Path
import casecheck.cli
from casecheck.api import ReviewOptions
from casecheck.batch.runner import TaskContext, batch_children, preload, review_task
HEAVY = ("PIL", "casecheck.ingest.ocr", "casecheck.ingest.images")
ctx = TaskContext(ReviewOptions(cache_dir=Path(tempfile.mkdtemp()), model="default"))
preload(ctx)
after_preload = sorted(m for m in HEAVY if m in sys.modules)
cases = [c for c in batch_children(Path(sys.argv[1])) if c.suffix == ".pdf"]
statuses = [review_task(c, ctx)["status"] for c in cases]
after_cases = sorted(m for m in HEAVY if m in sys.modules)
print(json.dumps({"preload": after_preload, "cases": after_cases, "statuses": statuses}))
"""


def test_a_text_pdf_batch_imports_no_image_or_ocr_module(tmp_path: Path) -> None:
    generate(2, 31, tmp_path / "batch", ("pdf",))
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "batch")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "", "PYTHONPATH": str(ROOT)},  # no tesseract on the PATH either
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["statuses"] == ["reviewed", "reviewed"]
    assert seen["preload"] == [] and seen["cases"] == []


RERUN = """
import json, sys
from pathlib import Path
from casecheck.api import ReviewOptions
from casecheck.batch.runner import batch_children, run_review
options = ReviewOptions(cache_dir=Path(sys.argv[2]), model="default")
records = list(run_review(batch_children(Path(sys.argv[1])), options, workers=2))
records.sort(key=lambda r: r["case_id"])
print(json.dumps({"extract_loaded": "casecheck.extract.case" in sys.modules, "records": records}))
"""


def _rerun(batch: Path, cache: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", RERUN, str(batch), str(cache)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "", "PYTHONPATH": str(ROOT)},
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_rerun_the_record_cache_answers_loads_no_extraction(tmp_path: Path) -> None:
    generate(3, 32, tmp_path / "batch", ("txt",))
    first = _rerun(tmp_path / "batch", tmp_path / "cache")
    assert first["extract_loaded"]  # a fresh run preloads the pipeline before forking
    again = _rerun(tmp_path / "batch", tmp_path / "cache")
    assert not again["extract_loaded"] and again["records"] == first["records"]
    # one changed case: preloaded again, and its record is fresh
    case = next(p for p in sorted((tmp_path / "batch").iterdir()) if p.name.startswith("case_"))
    target = case if case.is_file() else sorted(case.iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n附：补充说明。\n", encoding="utf-8")
    changed = _rerun(tmp_path / "batch", tmp_path / "cache")
    assert changed["extract_loaded"]
    assert [r["status"] for r in changed["records"]] == ["reviewed"] * 3
