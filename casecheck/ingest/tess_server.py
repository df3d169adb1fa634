"""A long-lived tesseract for one worker: libtesseract through ctypes, page images over a pipe.

Started by ``casecheck.ingest.tesslib`` as ``python -I -S tess_server.py LANG PSM`` (standard
library only, so it starts without site-packages). The language model is loaded once and serves
every page the worker OCRs: a ``tesseract`` process per page spends ~0.2 s of CPU loading it
again, a fifth of a typical page's time.

Protocol on stdin/stdout, little-endian. On start the server writes ``<i status><I n>`` and ``n``
bytes: status 0 and the library's version, or -1 and why it cannot serve (no library, no
language data). Then, per page, it reads ``<I width><I height>`` and ``width * height`` bytes of
8-bit greyscale pixels, and writes ``<i status><I n_text><I n_tsv>``, the UTF-8 text and the TSV
rows (status 0; -1 when recognition failed). It exits at the end of its input.

Tesseract is given exactly what the command line ``tesseract page.pgm out -l LANG --psm PSM txt
tsv`` gives it: the same pixels, no resolution (it estimates one the same way), and it returns
the same text and TSV rows (the command line adds the TSV header line).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from typing import BinaryIO

_LIBRARIES = ("libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib")


def _load() -> ctypes.CDLL:
    """libtesseract with the C API's signatures declared (raises ``OSError`` when absent)."""
    names = [*_LIBRARIES, ctypes.util.find_library("tesseract")]
    lib = None
    for name in names:
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError:
            continue
    if lib is None:
        raise OSError("libtesseract not found")
    vp, i, cp = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    sig = {
        "TessVersion": (cp, []),
        "TessBaseAPICreate": (vp, []),
        "TessBaseAPIInit3": (i, [vp, cp, cp]),
        "TessBaseAPISetPageSegMode": (None, [vp, i]),
        "TessBaseAPISetImage": (None, [vp, cp, i, i, i, i]),
        "TessBaseAPIRecognize": (i, [vp, vp]),
        "TessBaseAPIGetUTF8Text": (vp, [vp]),
        "TessBaseAPIGetTsvText": (vp, [vp, i]),
        "TessBaseAPIClear": (None, [vp]),
        "TessBaseAPIEnd": (None, [vp]),
        "TessBaseAPIDelete": (None, [vp]),
        "TessDeleteText": (None, [vp]),
    }
    for name, (restype, argtypes) in sig.items():
        fn = getattr(lib, name)  # AttributeError: not a usable libtesseract
        fn.restype, fn.argtypes = restype, argtypes
    return lib


def _read_exact(stream: BinaryIO, n: int) -> bytes | None:
    """``n`` bytes from ``stream`` (a buffered reader reads until it has them), ``None`` at its end."""
    data = stream.read(n)
    return data if len(data) == n else None


def _take(lib: ctypes.CDLL, ptr: int | None) -> bytes:
    """The C string at ``ptr`` (freed with ``TessDeleteText``)."""
    if not ptr:
        return b""
    try:
        return ctypes.string_at(ptr)
    finally:
        lib.TessDeleteText(ptr)


def _reply(out: BinaryIO, status: int, *parts: bytes) -> None:
    out.write(struct.pack(f"<i{len(parts)}I", status, *(len(p) for p in parts)))
    for part in parts:
        out.write(part)
    out.flush()


def _die_with_parent(parent: int | None = None) -> None:
    """Linux: be killed when the worker that started us dies (a killed worker's server would
    otherwise finish its page first, on a core the batch needs). ``parent`` is the worker's pid
    as it passed it: a worker that died before this process ran is noticed too."""
    if not sys.platform.startswith("linux"):
        return
    parent = parent or os.getppid()
    try:
        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it died before the call
        sys.exit(0)


def _private_stdout() -> BinaryIO:
    """The reply channel on a descriptor of its own; descriptor 1 then points at stderr, so
    nothing the native libraries print to stdout can break the framing."""
    fd = os.dup(1)
    os.dup2(2, 1)
    return os.fdopen(fd, "wb")


def serve(lang: str, psm: int, inp: BinaryIO, out: BinaryIO, parent: int | None = None) -> None:
    """Answer pages from ``inp`` on ``out`` until ``inp`` ends (see the module docstring)."""
    _die_with_parent(parent)
    try:
        lib = _load()
        api = lib.TessBaseAPICreate()
        if lib.TessBaseAPIInit3(api, None, lang.encode()) != 0:
            raise OSError(f"tesseract cannot load the {lang} language data")
        lib.TessBaseAPISetPageSegMode(api, psm)
    except (OSError, AttributeError) as exc:
        _reply(out, -1, str(exc).encode("utf-8", "replace"))
        return
    _reply(out, 0, lib.TessVersion() or b"")
    try:
        while (head := _read_exact(inp, 8)) is not None:
            width, height = struct.unpack("<II", head)
            pixels = _read_exact(inp, width * height)
            if pixels is None:
                break
            lib.TessBaseAPISetImage(api, pixels, width, height, 1, width)
            if lib.TessBaseAPIRecognize(api, None) != 0:
                _reply(out, -1, b"", b"")
            else:
                text = _take(lib, lib.TessBaseAPIGetUTF8Text(api))
                _reply(out, 0, text, _take(lib, lib.TessBaseAPIGetTsvText(api, 0)))
            lib.TessBaseAPIClear(api)
    finally:
        lib.TessBaseAPIEnd(api)  # frees the model: no "LEAK!" warnings from tesseract at exit
        lib.TessBaseAPIDelete(api)


if __name__ == "__main__":
    worker = int(sys.argv[3]) if len(sys.argv) > 3 else None
    serve(sys.argv[1], int(sys.argv[2]), sys.stdin.buffer, _private_stdout(), worker)
