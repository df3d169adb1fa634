"""Hostile input: a batch of broken, tricky and malicious files, generated here (no binaries in
git), must yield one record per case with a clear error kind — or a normal review — without a
crash or a hang, and the CLI must exit 3 with pure JSON on stdout.

The expensive-looking ones are refused cheaply: the 3,000-page PDF by its page count before any
page is read, the 20,000 × 20,000 image by its header before any pixel is decoded, the zip bombs
by their central directory before anything is inflated.
"""

from __future__ import annotations

import io
import json
import os
import random
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from casecheck.api import ReviewOptions
from casecheck.batch.runner import batch_children, run_review
from casecheck.generate.api import generate

# What each hostile case must become: a set of acceptable error kinds, or "reviewed".
REVIEWED = "reviewed"
ANY_ERROR = "error"


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width × height`` pixels, with a tiny (truncated) body."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def _zip_bomb(path: Path, members: dict[str, bytes], bomb_member: str) -> None:
    """A zip that holds ``members`` plus ``bomb_member``: 64 MiB of zeros deflated to ~64 KiB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        with zf.open(bomb_member, "w", force_zip64=True) as fh:
            block = b"\0" * 2**20
            for _ in range(64):
                fh.write(block)


def _text_pdf(path: Path, lines: list[str], encrypt: object = None, pages: int = 1) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), encrypt=encrypt)
    for _ in range(pages):
        c.setFont("STSong-Light", 12)
        y = 800
        for line in lines:
            c.drawString(50, y, line)
            y -= 16
        c.showPage()
    c.save()


def _many_pages_pdf(path: Path, pages: int) -> None:
    """A PDF of ``pages`` blank pages, written by pdfium (fast)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842).close()
    pdf.save(str(path))
    pdf.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The hostile batch and what each case must become (file name → kind(s) or "reviewed")."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    root = tmp_path_factory.mktemp("hostile")
    good = tmp_path_factory.mktemp("good")
    generate(5, 11, good, ("txt", "pdf", "docx", "ofd", "txt"))
    # a generated case is one file or a folder of documents: take the first file of each format
    src = {p.suffix: p for p in sorted(good.rglob("*"), reverse=True) if p.is_file() and p.suffix}
    txt = src[".txt"]
    text = txt.read_text(encoding="utf-8")
    pdf_bytes, docx_bytes, ofd_bytes = (src[s].read_bytes() for s in (".pdf", ".docx", ".ofd"))
    rng = random.Random(7)
    expect: dict[str, object] = {}

    def put(name: str, data: bytes, want: object) -> None:
        (root / name).write_bytes(data)
        expect[name] = want

    # good cases, in every encoding a case may arrive in
    put("good_utf8.txt", text.encode("utf-8"), REVIEWED)
    put("good_gbk.txt", text.encode("gbk", errors="replace"), REVIEWED)
    put("good_utf16_bom.txt", text.encode("utf-16"), REVIEWED)
    put("good_utf16le_nobom.txt", text.encode("utf-16-le"), REVIEWED)
    put("good.pdf", pdf_bytes, REVIEWED)
    put("good.docx", docx_bytes, REVIEWED)
    put("good.ofd", ofd_bytes, REVIEWED)
    # wrong extensions: read by content (with a warning)
    put("pdf_named.docx", pdf_bytes, REVIEWED)
    put("docx_named.pdf", docx_bytes, REVIEWED)
    put("text_named.pdf", text.encode("utf-8"), REVIEWED)
    # broken PDFs
    put("truncated.pdf", pdf_bytes[: len(pdf_bytes) // 3], {REVIEWED, "corrupt_pdf"})
    put("header_only.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", {"corrupt_pdf"})
    mangled = bytearray(pdf_bytes)
    for i in rng.sample(range(200, len(mangled)), 400):
        mangled[i] = rng.randrange(256)
    put("mangled.pdf", bytes(mangled), {REVIEWED, "corrupt_pdf", "no_text"})
    put("junk_after_header.pdf", b"%PDF-1.4\n" + rng.randbytes(20_000), {"corrupt_pdf"})
    lines = ["行政处罚决定书", "当事人：某某有限公司", "罚款人民币伍仟元整。"]
    _text_pdf(root / "encrypted_password.pdf", lines, StandardEncryption("secret", ownerPassword="owner"))
    expect["encrypted_password.pdf"] = {"encrypted_pdf"}
    _text_pdf(root / "encrypted_empty_password.pdf", lines, StandardEncryption("", ownerPassword="owner"))
    expect["encrypted_empty_password.pdf"] = REVIEWED
    _many_pages_pdf(root / "pages_3000.pdf", 3000)
    expect["pages_3000.pdf"] = {"too_large"}
    # empty, junk and unsupported
    put("zero_bytes.pdf", b"", {"empty_file"})
    put("zero_bytes.txt", b"", {"empty_file"})
    put("binary_junk.bin", rng.randbytes(50_000), {"unsupported_format"})
    put("binary_junk.txt", bytes(range(256)) * 200, {"unsupported_format"})
    put("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(4000), {"unsupported_format"})
    put("plain.zip", _zip_of({"a.txt": b"hello"}), {"unsupported_format"})
    put("broken.docx", b"PK\x03\x04" + rng.randbytes(3000), {"unreadable", "unsupported_format"})
    # bombs
    bomb = root / "bomb.docx"
    members = {n: d for n, d in members_of(docx_bytes).items() if n != "word/document.xml"}
    _zip_bomb(bomb, members, "word/document.xml")
    expect["bomb.docx"] = {"zip_bomb"}
    _zip_bomb(root / "bomb.ofd", members_of(ofd_bytes), "Doc_0/Pages/Page_0/Bomb.xml")
    expect["bomb.ofd"] = {"zip_bomb"}
    put("huge_20000x20000.png", _png_header_only(20_000, 20_000), {"too_large"})
    put("truncated.png", _png_header_only(800, 600)[:40], {"unreadable"})
    put("junk.jpg", b"\xff\xd8\xff\xe0" + rng.randbytes(5000), {"unreadable"})
    bad_xml = {**members_of(docx_bytes), "word/document.xml": b"<w:document><w:body><w:p>"}
    put("bad_xml.docx", _zip_of(bad_xml), {"unreadable", "no_text"})
    put("hollow.ofd", _zip_of({"OFD.xml": b"<ofd:OFD>broken"}), {"unreadable", "no_text"})
    # the file system's tricks
    os.symlink(root / "loop_b", root / "loop_a")
    os.symlink(root / "loop_a", root / "loop_b")
    expect["loop_a"] = expect["loop_b"] = {"unreadable", "not_found"}
    os.symlink(root / "nowhere.pdf", root / "dangling.pdf")
    expect["dangling.pdf"] = {"unreadable", "not_found"}
    os.mkfifo(root / "named_pipe.txt")  # reading it would block forever
    expect["named_pipe.txt"] = {"unsupported_format", "unreadable"}
    os.symlink("/dev/zero", root / "endless.txt")  # an endless stream of zeros
    expect["endless.txt"] = {"unsupported_format", "unreadable"}
    with (root / "sparse_600MB.pdf").open("wb") as fh:  # costs no disk, must cost no reading
        fh.write(pdf_bytes[:1024])
        fh.truncate(600 * 2**20)
    expect["sparse_600MB.pdf"] = {"too_large"}
    locked = root / "locked.txt"
    locked.write_bytes(text.encode("utf-8"))
    locked.chmod(0)
    # root reads a chmod-000 file anyway: then it is simply a good case
    try:
        locked.open("rb").close()
        expect["locked.txt"] = REVIEWED
    except PermissionError:
        expect["locked.txt"] = {"unreadable"}
    folder = root / "folder_case"
    folder.mkdir()
    (folder / "01_决定书.txt").write_text(text, encoding="utf-8")
    (folder / "02_junk.bin").write_bytes(rng.randbytes(1000))
    expect["folder_case"] = {"unsupported_format"}
    (root / "empty_folder").mkdir()
    expect["empty_folder"] = {"empty_case"}
    yield root, expect
    locked.chmod(0o600)


def members_of(data: bytes) -> dict[str, bytes]:
    """The members of a zip archive given as bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip_of(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _check(records: list[dict], expect: dict[str, object], root: Path) -> None:
    by_name = {Path(r["source"]).name: r for r in records}
    assert sorted(by_name) == sorted(expect), "one record per case, none lost, none extra"
    for name, want in expect.items():
        rec = by_name[name]
        if want == REVIEWED:
            assert rec["status"] == "reviewed", (name, rec["error"])
            assert rec["documents"], name
        elif rec["status"] == "reviewed":
            assert isinstance(want, set) and REVIEWED in want, (name, "reviewed but expected an error")
        else:
            assert rec["error"]["kind"] in want, (name, rec["error"])
            assert rec["error"]["message"], name


def test_hostile_corpus_is_large_enough(hostile: tuple[Path, dict[str, object]]) -> None:
    _root, expect = hostile
    assert len(expect) >= 25
    assert sum(1 for name in expect if not name.startswith("good")) >= 25


def test_every_hostile_case_becomes_a_record(hostile: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    root, expect = hostile
    options = ReviewOptions(cache_dir=tmp_path / "cache", model=None)
    started = time.monotonic()
    records = list(run_review(batch_children(root), options, workers=2, case_timeout=120))
    assert time.monotonic() - started < 240, "the hostile batch must not hang"
    _check(records, expect, root)
    # the same again from the extraction cache: the same outcome
    again = list(run_review(batch_children(root), options, workers=2, case_timeout=120))
    key = lambda r: r["source"]  # noqa: E731
    strip = lambda r: {k: v for k, v in r.items() if k != "error"} | {"kind": (r["error"] or {}).get("kind")}  # noqa: E731
    assert [strip(r) for r in sorted(again, key=key)] == [strip(r) for r in sorted(records, key=key)]


@pytest.mark.slow
def test_cli_exits_3_with_pure_json(hostile: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    root, expect = hostile
    env = {**os.environ, "CASECHECK_CACHE": str(tmp_path / "cache")}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "casecheck.cli",
            "review",
            "--batch",
            str(root),
            "--workers",
            "2",
            "--model",
            "none",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 3, proc.stderr[-2000:]
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    _check(records, expect, root)
