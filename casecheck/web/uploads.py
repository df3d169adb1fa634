"""POST forms with their files streamed to disk, each file held to its route's size limit.

``read_form(request, folder, limit)`` parses a ``multipart/form-data`` body as it arrives (with
python-multipart, the parser Starlette uses): fields are kept as text, and every file part is
written to a temporary ``*.part`` file in ``folder`` — a campaign's ``<storage>/uploads`` — never
held in memory. The moment a file passes ``limit`` bytes its partial file is deleted and the rest
of it is counted and dropped; the form then carries an :class:`Upload` marked ``too_large``, and
the route says so in its own words. A route that takes no files has ``limit`` 0: nothing is
written. A URL-encoded form is parsed by Starlette (it has no files).

The caller deletes what is left with :func:`discard` once the route is done (a route that keeps
an upload moves its file away first); files orphaned by a server stopped mid-request are swept
a day later, when the folder next takes a file. The whole body stays bounded by ``app.BodyLimit``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request

try:  # python-multipart's module name since 0.0.13; ``multipart`` before
    from python_multipart.exceptions import FormParserError
    from python_multipart.multipart import MultipartParser, parse_options_header
except ImportError:  # pragma: no cover - an older python-multipart
    from multipart.exceptions import FormParserError  # type: ignore[no-redef]
    from multipart.multipart import MultipartParser, parse_options_header  # type: ignore[no-redef]

MAX_FILES = 2
MAX_FIELDS = 50
MAX_FIELD = 1024 * 1024  # bytes of one text field
STALE_SECONDS = 24 * 3600  # a spooled file untouched this long is an orphan


@dataclass(frozen=True)
class Upload:
    """A file of a form as it arrived: spooled at ``path`` (``None`` when refused), ``size``
    bytes received, ``too_large`` when that passed the route's limit (nothing was kept)."""

    filename: str
    path: Path | None
    size: int
    too_large: bool = False


def limit_text(limit: int) -> str:
    """A size limit in words: ``50 MB``, ``256 KB`` or ``10 bytes``."""
    for unit, size in (("MB", 2**20), ("KB", 2**10)):
        if limit >= size:
            return f"{limit / size:g} {unit}"
    return f"{limit} bytes"


class _Part:
    """The part being read: a text field, or a file being spooled."""

    def __init__(self, name: str, filename: str | None, path: Path | None, handle: IO[bytes] | None) -> None:
        self.name, self.filename, self.path, self.handle = name, filename, path, handle
        self.data = bytearray()
        self.size = 0


class _Reader:
    """python-multipart's callbacks: headers of a part, its data, its end."""

    def __init__(self, folder: Path | None, limit: int, charset: str) -> None:
        self.folder, self.limit, self.charset = folder, limit, charset
        self.items: list[tuple[str, str | Upload]] = []
        self.spooled: list[Path] = []  # every file written, to delete if the body fails
        self.files = self.fields = 0
        self.header = self.value = b""
        self.disposition = b""
        self.part: _Part | None = None

    def callbacks(self) -> dict[str, Any]:
        """The callbacks python-multipart calls as it parses."""
        return {
            "on_part_begin": self.begin,
            "on_header_field": self.header_field,
            "on_header_value": self.header_value,
            "on_header_end": self.header_end,
            "on_headers_finished": self.headers_done,
            "on_part_data": self.part_data,
            "on_part_end": self.end,
        }

    def begin(self) -> None:
        self.disposition = b""

    def header_field(self, data: bytes, start: int, end: int) -> None:
        self.header += data[start:end]

    def header_value(self, data: bytes, start: int, end: int) -> None:
        self.value += data[start:end]

    def header_end(self) -> None:
        if self.header.lower() == b"content-disposition":
            self.disposition = self.value
        self.header = self.value = b""

    def headers_done(self) -> None:
        _, options = parse_options_header(self.disposition)
        if b"name" not in options:
            raise HTTPException(400, "a form part without a name")
        name = self._text(options[b"name"])
        if b"filename" not in options:
            self.fields += 1
            if self.fields > MAX_FIELDS:
                raise HTTPException(400, f"more than {MAX_FIELDS} form fields")
            self.part = _Part(name, None, None, None)
            return
        self.files += 1
        if self.files > MAX_FILES:
            raise HTTPException(400, f"more than {MAX_FILES} files")
        path, handle = None, None
        if self.limit > 0 and self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            sweep(self.folder)
            fd, spool = tempfile.mkstemp(suffix=".part", dir=self.folder)
            path, handle = Path(spool), os.fdopen(fd, "wb")
            self.spooled.append(path)
        self.part = _Part(name, self._text(options[b"filename"]), path, handle)

    def part_data(self, data: bytes, start: int, end: int) -> None:
        part = self.part
        assert part is not None
        part.size += end - start
        if part.filename is None:
            if part.size > MAX_FIELD:
                raise HTTPException(413, "a form field is too large")
            part.data += data[start:end]
        elif part.size > self.limit:
            self._drop(part)  # past the limit: what came is deleted, the rest is only counted
        elif part.handle is not None:
            part.handle.write(data[start:end])

    def end(self) -> None:
        part, self.part = self.part, None
        assert part is not None
        if part.filename is None:
            self.items.append((part.name, self._text(bytes(part.data))))
            return
        if part.handle is not None:
            part.handle.close()
        upload = Upload(part.filename, part.path, part.size, part.size > self.limit)
        self.items.append((part.name, upload))

    def fail(self) -> None:
        """Close and delete every file of a body that could not be read to its end."""
        if self.part is not None and self.part.handle is not None:
            self.part.handle.close()
        for path in self.spooled:
            path.unlink(missing_ok=True)

    def _drop(self, part: _Part) -> None:
        if part.handle is not None:
            part.handle.close()
            part.handle = None
        if part.path is not None:
            part.path.unlink(missing_ok=True)
            part.path = None

    def _text(self, raw: bytes) -> str:
        try:
            return raw.decode(self.charset)
        except (UnicodeDecodeError, LookupError):
            return raw.decode("latin-1")


async def read_form(request: Request, folder: Path | None, limit: int) -> FormData:
    """The request's form; its files spooled into ``folder``, each at most ``limit`` bytes (see
    the module docstring). Malformed bodies are refused with 400, nothing left on disk."""
    content_type, params = parse_options_header(request.headers.get("content-type"))
    if content_type != b"multipart/form-data":
        return await request.form(max_files=0, max_fields=MAX_FIELDS)
    boundary = params.get(b"boundary")
    if not boundary:
        raise HTTPException(400, "a multipart body without a boundary")
    charset = params.get(b"charset", b"utf-8").decode("latin-1")
    reader = _Reader(folder, limit, charset)
    parser = MultipartParser(boundary, reader.callbacks())
    try:
        async for chunk in request.stream():
            if chunk:  # parsed (and written) off the event loop, as Starlette does
                await run_in_threadpool(parser.write, chunk)
        parser.finalize()
        if reader.part is not None:  # the body ended inside a part (python-multipart lets it pass)
            raise FormParserError("the body ends inside a part")
    except BaseException as exc:  # a bad body, the body limit, a client gone: nothing is kept
        reader.fail()
        if isinstance(exc, FormParserError):
            raise HTTPException(400, "the form's body is malformed") from exc
        raise
    return FormData(reader.items)


def sweep(folder: Path) -> None:
    """Delete the spooled files in ``folder`` not written to for ``STALE_SECONDS``: left by a
    server stopped in the middle of a request (one being received is written to all along)."""
    cutoff = time.time() - STALE_SECONDS
    for path in folder.glob("*.part"):
        with contextlib.suppress(OSError):  # another request may have moved or deleted it
            if path.stat().st_mtime < cutoff:
                path.unlink()


def discard(data: FormData) -> None:
    """Delete the spooled files a route left behind (those it kept it has moved)."""
    for _, value in data.multi_items():
        if isinstance(value, Upload) and value.path is not None:
            value.path.unlink(missing_ok=True)
