"""The tesseract server (``tesslib``/``tess_server``): the command line's results from one
long-lived process, and what happens when it cannot start, dies on a page, hangs, or its worker
process exits."""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from pathlib import Path

import pytest
from ingest_builders import DECISION_LINES, render_lines
from PIL import Image

from casecheck.ingest import ocr, tesslib
from casecheck.ingest.ocr import OcrResult

# Stand-in servers (standard library only), for the failure paths.
NO_LIBRARY = "import struct, sys\nsys.stdout.buffer.write(struct.pack('<iI', -1, 5) + b'nolib')\n"
DIES_ON_A_PAGE = (
    "import struct, sys\n"
    "sys.stdout.buffer.write(struct.pack('<iI', 0, 1) + b'5'); sys.stdout.buffer.flush()\n"
    "sys.stdin.buffer.read(8)\n"
)
IDLE = (
    "import struct, sys\n"
    "sys.stdout.buffer.write(struct.pack('<iI', 0, 1) + b'5'); sys.stdout.buffer.flush()\n"
    "sys.stdin.buffer.read()\n"
)


@pytest.fixture
def fake_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Point ``tesslib`` at a stand-in server script; this thread's server and the
    'unavailable' verdict are reset before and after."""

    def use(code: str) -> None:
        script = tmp_path / "server.py"
        script.write_text(code, encoding="utf-8")
        monkeypatch.setattr(tesslib, "SERVER", script)

    monkeypatch.delenv(tesslib.ENGINE_ENV, raising=False)
    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")  # the stand-ins say "5"
    monkeypatch.setattr(tesslib, "_UNAVAILABLE", [])
    monkeypatch.setattr(tesslib, "_LOCAL", type(tesslib._LOCAL)())
    yield use
    tesslib._close_all()


def test_without_the_library_the_command_line_reads(fake_server, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_server(NO_LIBRARY)
    calls: list[Image.Image] = []
    monkeypatch.setattr(
        ocr, "_run_cli", lambda image, timeout: calls.append(image) or OcrResult("决定", 90.0)
    )
    assert ocr._run(Image.new("L", (40, 20), 255), 5) == OcrResult("决定", 90.0)
    assert ocr._run(Image.new("L", (40, 20), 255), 5) == OcrResult("决定", 90.0)
    assert len(calls) == 2 and tesslib._UNAVAILABLE == ["nolib"]  # asked once, remembered


def test_a_page_the_server_dies_on_is_read_by_the_command_line(
    fake_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_server(DIES_ON_A_PAGE)
    monkeypatch.setattr(ocr, "_run_cli", lambda image, timeout: OcrResult(f"宽{image.width}", 80.0))
    assert ocr._run(Image.new("L", (40, 20), 255), 5) == OcrResult("宽40", 80.0)
    assert not tesslib._UNAVAILABLE  # a crash on one page is no verdict on the server


def test_cli_engine_setting_skips_the_server(fake_server, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_server(IDLE)
    monkeypatch.setenv(tesslib.ENGINE_ENV, "cli")
    with pytest.raises(tesslib.ServerUnavailable):
        tesslib.server("chi_sim", 6)


def _server_pid(queue: mp.Queue) -> None:  # type: ignore[type-arg]
    queue.put(tesslib.server("chi_sim", 6).proc.pid)


def test_a_worker_process_stops_and_reaps_its_server(fake_server) -> None:  # type: ignore[no-untyped-def]
    fake_server(IDLE)
    if "fork" not in mp.get_all_start_methods():
        pytest.skip("needs fork")
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    worker = ctx.Process(target=_server_pid, args=(queue,))
    worker.start()
    pid = queue.get(timeout=30)
    worker.join(timeout=30)
    assert worker.exitcode == 0
    with pytest.raises(ProcessLookupError):  # gone, not a zombie nor an orphan
        os.kill(pid, 0)


def _page() -> Image.Image:
    return render_lines(DECISION_LINES)


@pytest.mark.slow
def test_server_reads_a_page_as_the_command_line_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(tesslib.ENGINE_ENV, raising=False)
    page = _page()
    served = ocr._run(page, 60)
    assert tesslib.server(ocr.LANG, ocr.PSM).alive()  # the server read it, not the command
    assert served == ocr._run_cli(page, 60)
    assert served.words is not None and len(served.words.words) > 20
    assert "行政处罚决定书" in served.text.replace(" ", "")


@pytest.mark.slow
def test_server_timeout_leaves_the_page_empty_and_the_next_page_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(tesslib.ENGINE_ENV, raising=False)
    page = _page()
    first = tesslib.server(ocr.LANG, ocr.PSM)
    result = ocr._run(page, 0.01)
    assert result.text == "" and "timed out" in (result.warning or "")
    assert not first.alive()  # killed: a hung tesseract must not keep its core
    again = ocr._run(page, 60)
    assert "行政处罚决定书" in again.text.replace(" ", "") and tesslib.server(ocr.LANG, ocr.PSM) is not first


def test_server_script_runs_without_site_packages() -> None:
    # started with -I -S: it may import the standard library only
    source = Path(tesslib.SERVER).read_text(encoding="utf-8")
    imports = {
        line.split()[1].split(".")[0] for line in source.splitlines() if line.startswith(("import ", "from "))
    }
    assert imports <= set(sys.stdlib_module_names) | {"__future__"}


def test_a_library_of_another_version_than_the_command_is_not_used(fake_server) -> None:  # type: ignore[no-untyped-def]
    fake_server(IDLE)  # says it is version "5"
    with pytest.raises(tesslib.ServerUnavailable, match="not the"):
        tesslib.server("chi_sim", 6, "tesseract 5.3.0")
    assert tesslib._UNAVAILABLE  # remembered: the command line reads from now on


@pytest.mark.slow
def test_an_error_between_a_page_and_its_reply_retires_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """A MemoryError (the worker's limit) while a reply is in the pipe: the server is closed, so
    the next page never reads the previous page's text as its own."""
    monkeypatch.delenv(tesslib.ENGINE_ENV, raising=False)
    first = tesslib.server(ocr.LANG, ocr.PSM)
    real = first._read
    calls = {"n": 0}

    def flaky(*args):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            raise MemoryError
        return real(*args)

    monkeypatch.setattr(first, "_read", flaky)
    with pytest.raises(MemoryError):
        first.read(_page(), 60)
    assert not first.alive()
    blank = Image.new("L", (400, 300), 255)
    after = ocr._run(blank, 60)
    assert "行政处罚" not in after.text.replace(" ", "")


def test_native_writes_to_stdout_cannot_reach_the_reply_channel() -> None:
    """libtesseract or leptonica printing to descriptor 1 must not break the framing."""
    import subprocess

    code = (
        "import os, sys; sys.path.insert(0, sys.argv[1]); import tess_server as t; "
        "out = t._private_stdout(); os.write(1, b'native noise'); out.write(b'reply'); out.flush()"
    )
    folder = str(Path(tesslib.SERVER).parent)
    proc = subprocess.run([sys.executable, "-I", "-S", "-c", code, folder], capture_output=True, check=True)
    assert proc.stdout == b"reply" and b"native noise" in proc.stderr
