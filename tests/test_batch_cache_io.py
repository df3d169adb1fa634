"""The extraction cache's storage: what a put writes, and that a get survives a tampered folder."""

from __future__ import annotations

import json
import os
import shutil
import zlib
from pathlib import Path

from casecheck.batch import cache as cache_mod
from casecheck.batch.cache import FactsCache, encode_json, write_atomic

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
