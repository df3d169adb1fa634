"""A file hashed for the batch's cache key is not hashed again by the reader, unless it changed."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from casecheck.ingest import reader


def _sha(data: bytes) -> str:
    return hashlib.new("sha256", data).hexdigest()  # not the counted constructor


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the digests computed."""
    calls: list[int] = []
    real = hashlib.sha256
    monkeypatch.setattr(reader.hashlib, "sha256", lambda *a: calls.append(1) or real(*a))
    return calls


def test_an_unchanged_settled_file_is_hashed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: list[int]
) -> None:
    monkeypatch.setattr(reader, "RACY_NS", 0)  # the file counts as settled at once
    path = tmp_path / "a.txt"
    path.write_text("当事人：张三", encoding="utf-8")
    time.sleep(0.01)
    first = reader.read_bytes_sha256(path)
    assert reader.read_bytes_sha256(path) == first == _sha(path.read_bytes())
    assert reader.read_file(path, ocr=False).sha256 == first
    assert len(counted) == 1


def test_a_freshly_written_file_is_not_remembered(tmp_path: Path, counted: list[int]) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"one two")
    reader.read_bytes_sha256(path)
    reader.read_bytes_sha256(path)
    assert len(counted) == 2  # hashed each time: it was written just now
    path.write_bytes(b"two one")  # same size, maybe within the same timestamp tick
    assert reader.read_bytes_sha256(path) == _sha(b"two one")


def test_a_rewritten_file_is_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "RACY_NS", 0)
    path = tmp_path / "a.txt"
    path.write_bytes(b"one two")
    before = path.stat()
    time.sleep(0.05)  # past the file system's timestamp tick
    assert reader.read_bytes_sha256(path) == _sha(b"one two")
    time.sleep(0.05)
    path.write_bytes(b"two one")  # same size, and the old modification time put back
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert reader.read_bytes_sha256(path) == _sha(b"two one")


def test_a_replaced_file_is_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "RACY_NS", 0)
    path = tmp_path / "a.txt"
    path.write_bytes(b"one")
    time.sleep(0.05)
    assert reader.read_bytes_sha256(path) == _sha(b"one")
    other = tmp_path / "b.txt"
    other.write_bytes(b"two")
    os.replace(other, path)
    assert reader.read_bytes_sha256(path) == _sha(b"two")
