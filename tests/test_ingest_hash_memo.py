"""A file hashed for the batch's cache key is not hashed again by the reader, unless it changed."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from casecheck.ingest import reader


def test_an_unchanged_file_is_hashed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("当事人：张三", encoding="utf-8")
    first = reader.read_bytes_sha256(path)
    calls = []
    real = hashlib.sha256
    monkeypatch.setattr(reader.hashlib, "sha256", lambda *a: calls.append(1) or real(*a))
    assert reader.read_bytes_sha256(path) == first == real(path.read_bytes()).hexdigest()
    assert reader.read_file(path, ocr=False).sha256 == first
    assert calls == []


def test_a_rewritten_file_is_hashed_again(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"one two")
    before = path.stat()
    assert reader.read_bytes_sha256(path) == hashlib.sha256(b"one two").hexdigest()
    time.sleep(0.05)  # past the file system's timestamp tick
    path.write_bytes(b"two one")  # same size, and the old modification time put back
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert reader.read_bytes_sha256(path) == hashlib.sha256(b"two one").hexdigest()


def test_a_replaced_file_is_hashed_again(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"one")
    assert reader.read_bytes_sha256(path) == hashlib.sha256(b"one").hexdigest()
    other = tmp_path / "b.txt"
    other.write_bytes(b"two")
    os.replace(other, path)
    assert reader.read_bytes_sha256(path) == hashlib.sha256(b"two").hexdigest()
