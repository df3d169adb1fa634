"""The extraction cache's storage: what a put writes, and that a get survives a tampered folder."""

from __future__ import annotations

import json
import os
import shutil
import zlib
from pathlib import Path

import pytest

from casecheck.batch import cache as cache_mod
from casecheck.batch.cache import FactsCache, RecordCache, encode_json, write_atomic

KEY = "ab" + "0" * 62


def test_encode_json_decodes_to_what_the_standard_encoder_gives() -> None:
    value = {
        "facts": {"当事人": "某某公司", "fine": 5000.0, "ratio": 0.1 + 0.2, "big": 2**40, "none": None},
        "list": [("tuple", 1), [True, False], '引号"与\\斜杠\n换行', "\u2028"],
    }
    assert json.loads(encode_json(value)) == json.loads(json.dumps(value, ensure_ascii=False))


def test_encode_json_falls_back_for_what_orjson_refuses() -> None:
    value = {"pages": {1: "一", 2: "二"}, "huge": 2**80}
    assert json.loads(encode_json(value)) == {"pages": {"1": "一", "2": "二"}, "huge": 2**80}


def test_what_the_standard_encoder_refuses_is_not_stored(tmp_path: Path) -> None:
    import dataclasses
    import datetime
    import enum

    @dataclasses.dataclass
    class Fact:
        value: str

    class Kind(enum.StrEnum):
        FINE = "罚款"

    cache = FactsCache(tmp_path)
    for value in ({"d": datetime.date(2024, 3, 5)}, {"f": Fact("x")}):
        cache.put(KEY, value)
        assert cache.get(KEY) is None
    cache.put(KEY, {"kind": Kind.FINE, Kind.FINE: 1})
    assert cache.get(KEY) == {"kind": "罚款", "罚款": 1}


def test_put_then_get_round_trip_leaves_no_temporary_file(tmp_path: Path) -> None:
    cache = FactsCache(tmp_path)
    value = {"facts": {"documents": [{"doc_type": "立案审批表", "pages": [1, 2]}]}, "warnings": ["w"]}
    cache.put(KEY, value)
    assert cache.get(KEY) == value
    entry = tmp_path / KEY[:1] / f"{KEY}.json.z"
    assert entry.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]


def test_put_makes_a_removed_folder_again(tmp_path: Path) -> None:
    cache = FactsCache(tmp_path / "facts")
    cache.put(KEY, {"n": 1})
    shutil.rmtree(tmp_path / "facts")  # the process remembers the folder; it is gone
    cache.put(KEY, {"n": 2})
    assert cache.get(KEY) == {"n": 2}


def test_put_survives_a_leftover_temporary_name(tmp_path: Path) -> None:
    folder = tmp_path / KEY[:1]
    folder.mkdir()
    nxt = next(cache_mod._TMP_IDS)
    for i in range(nxt + 1, nxt + 3):  # what the next puts would pick
        (folder / f".tmp-{os.getpid()}-{i}.z").write_bytes(b"stale")
    FactsCache(tmp_path).put(KEY, {"n": 3})
    assert FactsCache(tmp_path).get(KEY) == {"n": 3}


def test_write_atomic_replaces_an_entry(tmp_path: Path) -> None:
    path = tmp_path / "x" / "entry.z"
    write_atomic(path, b"one")
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two"


def test_get_of_a_tampered_entry_is_a_miss(tmp_path: Path) -> None:
    cache = FactsCache(tmp_path)
    entry = tmp_path / KEY[:1] / f"{KEY}.json.z"
    entry.parent.mkdir()
    for blob in (b"not zlib", zlib.compress(b"\x80\x04not json"), zlib.compress(b"[1, 2]")):
        entry.write_bytes(blob)
        assert cache.get(KEY) is None
    entry.write_bytes(zlib.compress(b'{"x": NaN}'))  # the standard decoder still reads it
    value = cache.get(KEY)
    assert value is not None and value["x"] != value["x"]


def test_the_calendar_version_is_the_distributions() -> None:
    """The review fingerprint reads ``chinese_calendar.__version__`` instead of the package
    metadata (cheaper at start-up): both must name the same release."""
    from importlib.metadata import version

    assert cache_mod._calendar_version() == version("chinese-calendar")


RKEY = "cd" + "1" * 62


def test_a_record_and_its_facts_are_one_file(tmp_path: Path) -> None:
    """``put_with_facts``: the record's file holds both, the facts entry is a hard link to it."""
    facts, records = FactsCache(tmp_path / "facts"), RecordCache(tmp_path / "records")
    entry = {"facts": {"documents": [{"doc_type": "立案审批表"}]}, "warnings": []}
    record = {"case_id": "c1", "status": "reviewed", "findings": []}
    records.put_with_facts(RKEY, record, facts, KEY, entry)
    assert records.get(RKEY) == record and facts.get(KEY) == entry
    rec_file = tmp_path / "records" / RKEY[:1] / f"{RKEY}.json.z"
    facts_file = tmp_path / "facts" / KEY[:1] / f"{KEY}.json.z"
    assert rec_file.stat().st_ino == facts_file.stat().st_ino and rec_file.stat().st_nlink == 2
    # the facts read again by another engine: a new record's file, the facts link replaced
    other = {**entry, "ocr_engine": "tesseract 5.4.1"}
    records.put_with_facts(KEY, {"case_id": "c1", "status": "reviewed"}, facts, KEY, other)
    assert facts.get(KEY) == other and records.get(RKEY) == record
    assert not [p for p in (tmp_path / "facts").rglob(".tmp-*")]


def test_facts_get_a_file_of_their_own_where_links_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(*_a: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(cache_mod.os, "link", no_link)
    facts, records = FactsCache(tmp_path / "facts"), RecordCache(tmp_path / "records")
    entry = {"facts": {"n": 1}, "warnings": ["w"]}
    records.put_with_facts(RKEY, {"case_id": "c1"}, facts, KEY, entry)
    assert facts.get(KEY) == entry and records.get(RKEY) == {"case_id": "c1"}


def test_a_cut_two_stream_entry_is_a_miss_for_the_facts(tmp_path: Path) -> None:
    facts, records = FactsCache(tmp_path / "facts"), RecordCache(tmp_path / "records")
    records.put_with_facts(RKEY, {"case_id": "c1"}, facts, KEY, {"facts": {"text": "当事人" * 300}})
    path = tmp_path / "records" / RKEY[:1] / f"{RKEY}.json.z"
    whole = path.read_bytes()
    alone = tmp_path / "facts" / KEY[:1] / f"{KEY}.json.z"
    alone.unlink()  # a file of its own to cut (not the record's)
    for cut in range(len(whole)):  # a cut right after the record's stream too
        alone.write_bytes(whole[:cut])
        assert facts.get(KEY) is None, cut
    alone.write_bytes(whole + zlib.compress(b"{}"))  # a third stream: not an entry
    assert facts.get(KEY) is None
    alone.write_bytes(whole)
    assert facts.get(KEY) == {"facts": {"text": "当事人" * 300}}
