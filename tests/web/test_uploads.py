"""Uploads streamed to disk: a 整改 file is spooled into ``<storage>/uploads`` as it arrives and
cut off (its partial file deleted) the moment it passes ``rectify.MAX_UPLOAD``; a file sent
where none is taken, a form with a wrong CSRF token or a broken body leave nothing behind; the
content checks read the file in chunks.

The over-limit body (50 MB and one more) is generated chunk by chunk as the app reads it, never
committed and never held whole.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient
from web_helpers import Site, login

from casecheck.web import rectify
from casecheck.web.app import create_app
from casecheck.web.campaigns import Campaign

MB = 2**20
BOUNDARY = "casecheck-upload-test"


@dataclass(frozen=True)
class Spot:
    """This module's own campaign: one case, worked by ``reviewer``."""

    camp: Campaign
    row: int
    source: Path

    @property
    def url(self) -> str:
        return f"/c/{self.camp.id}/case/{self.row}"

    @property
    def spool(self) -> Path:
        return self.camp.storage / "uploads"


@pytest.fixture(scope="module")
def spot(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Spot:
    import sqlalchemy as sa

    from casecheck.batch.store import cases
    from casecheck.generate.api import generate
    from casecheck.web import campaigns
    from casecheck.web.context import Workbench

    folder = tmp_path_factory.mktemp("uploads-src")
    generate(1, 21, folder, ("txt",), defect_rate=1.0)
    engine = Workbench(site.url, site.data).engine
    camp = campaigns.create_campaign(engine, site.data, "uploads", "上传评查", "default")
    campaigns.review_into_store(site.url, camp, campaigns.copy_cases(folder, camp), workers=1)
    with engine.connect() as conn:
        reviewer = conn.execute(sa.text("select id from web_users where username = 'reviewer'")).scalar_one()
        row = conn.execute(sa.select(cases.c.id, cases.c.source).where(cases.c.campaign == "uploads")).one()
    campaigns.add_member(engine, camp.id, reviewer)
    return Spot(camp, row.id, Path(row.source))


def _client(site: Site) -> tuple[TestClient, str]:
    c = TestClient(create_app(site.url, site.data), follow_redirects=False)
    return c, login(c, "reviewer", site.passwords["reviewer"])


def _parts(spool: Path) -> list[Path]:
    return sorted(spool.glob("*")) if spool.exists() else []


def _head(token: str, filename: str) -> bytes:
    return (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{token}\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()


MULTIPART = {"content-type": f"multipart/form-data; boundary={BOUNDARY}"}


def _stream(site: Site, path: str, cookie: str, chunks: Iterator[bytes]) -> tuple[int, dict[str, str]]:
    """POST ``chunks`` to the app one ASGI message each, as a server hands on a chunked body (the
    TestClient reads a body whole before the app sees any of it); returns status and headers."""
    import anyio

    app = create_app(site.url, site.data)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"testserver"),
            (b"cookie", f"cc_session={cookie}".encode()),
            (b"content-type", MULTIPART["content-type"].encode()),
            (b"transfer-encoding", b"chunked"),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    answer: dict[str, object] = {}

    async def receive() -> dict[str, object]:
        chunk = next(chunks, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, object]) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
            answer["headers"] = {k.decode(): v.decode() for k, v in message["headers"]}  # type: ignore[attr-defined]

    with ThreadPoolExecutor(1) as pool:  # a thread of its own: the browser tests keep a loop in this one
        pool.submit(anyio.run, app, scope, receive, send).result()
    return answer["status"], answer["headers"]  # type: ignore[return-value]


def test_an_upload_past_the_limit_is_cut_off_as_it_streams(site: Site, spot: Spot) -> None:
    c, token = _client(site)
    c.post(spot.url + "/return", data={"csrf": token, "note": "更正决定书"})
    seen: list[tuple[int, list[int]]] = []  # (bytes sent, sizes of the spooled files) per chunk

    def body() -> Iterator[bytes]:
        yield _head(token, "case.txt")
        sent = 0
        while sent <= rectify.MAX_UPLOAD:
            yield b"x" * MB
            sent += MB
            # asked for the next chunk: the app has handled this one
            seen.append((sent, [p.stat().st_size for p in _parts(spot.spool)]))
        yield f"\r\n--{BOUNDARY}--\r\n".encode()

    cookie = c.cookies.get("cc_session") or ""
    status, headers = _stream(site, spot.url + "/upload", cookie, body())
    assert status == 303 and headers["location"] == spot.url
    shown = c.get(spot.url).text
    assert "未接收" in shown and "50 MB" in shown
    assert 'id="returned"' in shown  # the round still waits for its corrected file
    within = [(sent, sizes) for sent, sizes in seen if sent <= rectify.MAX_UPLOAD]
    assert len(within) == rectify.MAX_UPLOAD // MB
    for sent, sizes in within:  # on disk in the storage as it arrives, one file
        assert len(sizes) == 1 and sent - MB < sizes[0] <= sent
    assert seen[-1] == (rectify.MAX_UPLOAD + MB, [])  # past the limit: deleted at once
    assert _parts(spot.spool) == []
    assert not (spot.camp.storage / "versions").exists()
    # the same round takes a file within the limit: moved out of the spool into its version
    doc = spot.source if spot.source.is_file() else sorted(spot.source.glob("*.txt"))[0]
    body = doc.read_bytes()
    resp = c.post(spot.url + "/upload", data={"csrf": token}, files={"file": (doc.name, body, "text/plain")})
    assert resp.status_code == 303 and resp.headers["location"].endswith("/diff/1")
    assert _parts(spot.spool) == []
    kept = [p for p in (spot.camp.storage / "versions").rglob("*") if p.is_file() and p.read_bytes() == body]
    assert len(kept) == 1


def test_nothing_is_left_behind_by_a_refused_form(site: Site, spot: Spot) -> None:
    c, token = _client(site)
    file = {"file": ("case.txt", b"x" * 5000, "text/plain")}
    resp = c.post(spot.url + "/upload", data={"csrf": "wrong"}, files=file)
    assert resp.status_code == 403
    # a route that takes no file writes none, and still does its work
    resp = c.post(spot.url + "/add", data={"csrf": token, "code": "DOC-04", "reason": "x"}, files=file)
    assert resp.status_code == 303
    # a body that ends inside the file
    truncated = _head(token, "case.txt") + b"x" * 5000
    assert c.post(spot.url + "/upload", content=truncated, headers=MULTIPART).status_code == 400
    # no file field at all
    resp = c.post(spot.url + "/upload", data={"csrf": token, "file": "not a file"})
    assert "请选择整改后的文件" in c.get(resp.headers["location"]).text
    assert _parts(spot.spool) == []


def test_files_orphaned_by_a_stopped_server_are_swept(site: Site, spot: Spot) -> None:
    import os
    import time

    from casecheck.web import uploads

    spot.spool.mkdir(parents=True, exist_ok=True)
    old, recent = spot.spool / "old.part", spot.spool / "recent.part"
    for path in (old, recent):
        path.write_bytes(b"x")
    gone = time.time() - uploads.STALE_SECONDS - 60
    os.utime(old, (gone, gone))
    c, token = _client(site)  # the case's round is closed: the upload is refused, the spool swept
    c.post(spot.url + "/upload", data={"csrf": token}, files={"file": ("case.txt", b"x", "text/plain")})
    assert _parts(spot.spool) == [recent]
    recent.unlink()


def test_a_profile_past_its_limit_is_refused(site: Site) -> None:
    from casecheck.web.admin import MAX_PROFILE

    c = TestClient(create_app(site.url, site.data), follow_redirects=False)
    token = login(c, "admin", site.passwords["admin"])
    big = b"name: big\nextends: default\n" + b"#" * MAX_PROFILE
    resp = c.post("/admin/profiles", data={"csrf": token, "name": "big"}, files={"file": ("big.yaml", big)})
    assert "文件过大" in c.get(resp.headers["location"]).text
    assert not (site.data / "profiles" / "big.yaml").exists()
    assert _parts(site.data / "uploads") == []


def test_content_checks_read_a_file_in_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rectify, "CHUNK", 5)  # every multi-byte character ends up split
    path = tmp_path / "upload.part"
    for text, encoding in (("行政处罚决定书" * 3, "utf-8"), ("行政处罚决定书" * 3, "gb18030")):
        path.write_bytes(text.encode(encoding))
        rectify.check_content(".txt", path)
    refused = [
        ("行政处罚决定书".encode() + b"\x00", ".txt"),  # a NUL far past the first chunk
        ("行政处罚决定书".encode() + b"\xff", ".txt"),  # neither UTF-8 nor GB 18030, far in
        (b"MZ\x90\x00" + b"%PDF-", ".png"),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<x/>")
        zf.writestr("bomb.xml", b"\0" * (8 * MB))
    refused.append((buf.getvalue(), ".docx"))
    for body, suffix in refused:
        path.write_bytes(body)
        with pytest.raises(ValueError):
            rectify.check_content(suffix, path)
