"""Tesseract kept running: one ``tess_server`` process per worker thread, fed page after page.

A ``tesseract`` command per page loads the language model again each time: ~0.2 s of CPU, a
fifth of a typical scanned page's OCR. The server (``casecheck.ingest.tess_server``) loads it
once through libtesseract and returns, for the same pixels, the command line's text and TSV.
It is a separate process, as the command was, so a page that crashes or hangs tesseract costs
that page only: on a timeout the server is killed (the page is left empty, as before) and the
next page starts a new one; when it dies on a page, the caller reads that page with the command
line. ``CASECHECK_OCR_ENGINE=cli`` keeps the command per page; where libtesseract cannot be
loaded the command line is used too.

Servers belong to the process and thread that started them: a forked worker starts its own. A
server ends when its input closes (its worker exits) or at interpreter exit.
"""

from __future__ import annotations

import atexit
import os
import select
import struct
import subprocess
import sys
import threading
import time
from multiprocessing.util import Finalize
from pathlib import Path

from PIL import Image

SERVER = Path(__file__).with_name("tess_server.py")
START_TIMEOUT = 60.0  # seconds for the server to load the language model
ENGINE_ENV = "CASECHECK_OCR_ENGINE"


class ServerUnavailable(Exception):
    """The server cannot run here (no libtesseract, no language data): use the command line."""


class ServerDied(Exception):
    """The server stopped while reading a page."""


class Server:
    """One running ``tess_server``: ``read(image, timeout)`` gives tesseract's text and TSV rows."""

    def __init__(self, lang: str, psm: int) -> None:
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # tesseract's threads only fight the workers
        cmd = [sys.executable, "-I", "-S", str(SERVER), lang, str(psm), str(os.getpid())]
        self.owner = (os.getpid(), threading.get_ident())
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0, env=env
        )
        try:
            status, (message,) = self._reply(1, time.monotonic() + START_TIMEOUT)
        except (TimeoutError, ServerDied) as exc:
            self.close()
            raise ServerUnavailable(f"the tesseract server did not start ({type(exc).__name__})") from exc
        if status != 0:
            self.close()
            raise ServerUnavailable(message.decode("utf-8", "replace"))
        self.version = message.decode("utf-8", "replace")

    def read(self, image: Image.Image, timeout: float) -> tuple[str, str] | None:
        """``(text, tsv rows)`` for greyscale ``image``; ``None`` when tesseract failed on it.

        Raises ``TimeoutError`` after ``timeout`` seconds (the server is then closed) and
        ``ServerDied`` when the server stops. Any other exception on the way (a ``MemoryError``
        under the worker's limit) closes the server too: its reply may still be in the pipe, and
        the next page must never read it as its own.
        """
        deadline = time.monotonic() + timeout
        try:
            self._write(struct.pack("<II", image.width, image.height), image.tobytes())
            status, (text, tsv) = self._reply(2, deadline)
        except BaseException:
            self.close()
            raise
        if status != 0:
            return None
        return text.decode("utf-8", "replace"), tsv.decode("utf-8", "replace")

    def _write(self, *parts: bytes) -> None:
        fd = self.proc.stdin.fileno()  # type: ignore[union-attr]
        try:
            for part in parts:
                view = memoryview(part)
                while view:
                    view = view[os.write(fd, view) :]
        except OSError as exc:  # BrokenPipeError: the server is gone
            raise ServerDied(str(exc)) from exc

    def _reply(self, n_parts: int, deadline: float) -> tuple[int, list[bytes]]:
        head = self._read(4 + 4 * n_parts, deadline)
        status, *sizes = struct.unpack(f"<i{n_parts}I", head)
        return status, [self._read(size, deadline) for size in sizes]

    def _read(self, n: int, deadline: float) -> bytes:
        fd = self.proc.stdout.fileno()  # type: ignore[union-attr]
        buf = bytearray()
        while len(buf) < n:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, n - len(buf))
            if not chunk:
                raise ServerDied("the tesseract server stopped")
            buf += chunk
        return bytes(buf)

    def alive(self) -> bool:
        """Whether the server still runs and belongs to this process and thread."""
        return self.owner == (os.getpid(), threading.get_ident()) and self.proc.poll() is None

    def close(self) -> None:
        """Stop the server: its input closed, then killed if it does not end at once."""
        if self.owner[0] != os.getpid():
            return  # another process's server (inherited over a fork): not ours to stop
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


_LOCAL = threading.local()
_SERVERS: list[Server] = []
_LOCK = threading.Lock()
_UNAVAILABLE: list[str] = []  # why the server cannot run in this process, once known


def server(lang: str, psm: int, command_version: str = "") -> Server:
    """This thread's running server (started on first use); raises ``ServerUnavailable``.

    ``command_version``: the ``tesseract --version`` line the OCR cache key names; a library of
    another version (a tesseract built elsewhere first on ``PATH``) is not used.
    """
    if os.environ.get(ENGINE_ENV, "").lower() == "cli":
        raise ServerUnavailable(f"{ENGINE_ENV}=cli")
    if _UNAVAILABLE:
        raise ServerUnavailable(_UNAVAILABLE[0])
    current: Server | None = getattr(_LOCAL, "server", None)
    if current is not None and current.alive():
        return current
    try:
        current = Server(lang, psm)
        if command_version and current.version not in command_version.split():
            current.close()
            raise ServerUnavailable(f"libtesseract {current.version} is not the {command_version!r} command")
    except ServerUnavailable as exc:
        _UNAVAILABLE.append(str(exc))
        raise
    except OSError as exc:  # the interpreter could not be started
        _UNAVAILABLE.append(str(exc))
        raise ServerUnavailable(str(exc)) from exc
    _LOCAL.server = current
    with _LOCK:
        _SERVERS[:] = [s for s in _SERVERS if s.owner[0] == os.getpid() and s.proc.poll() is None]
        _SERVERS.append(current)
        if _EXIT_HOOK[0] != os.getpid():
            # A multiprocessing worker leaves with os._exit, past atexit; its finalizers still
            # run. Waiting for the server there also counts its CPU time with the worker's.
            _EXIT_HOOK[0] = os.getpid()
            Finalize(None, _close_all, exitpriority=10)
    return current


_EXIT_HOOK = [0]  # the process that registered the exit hook


@atexit.register
def _close_all() -> None:
    with _LOCK:
        for s in _SERVERS:
            s.close()
        _SERVERS.clear()
