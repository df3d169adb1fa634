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
