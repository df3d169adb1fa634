"""The faster forms of the batch path's helpers give exactly what the plain forms gave."""

from __future__ import annotations

import copy
import random

import numpy as np

from casecheck.checks import util
from casecheck.score.model import _first_occurrences


def test_first_occurrences_are_dict_fromkeys_order_and_counts() -> None:
    rng = random.Random(7)
    for size in (1, 5, 300, 8000):
        for n in (1, 2, 17, 2500):
            found = np.array([rng.randrange(size) for _ in range(n)], dtype=np.intp)
            idx, counts = _first_occurrences(found, size)
            plain = list(dict.fromkeys(found.tolist()))
            assert idx.tolist() == plain
            assert idx.dtype == np.intp
            assert counts.tolist() == [found.tolist().count(v) for v in plain]


def _facts() -> dict:
    docs = [
        {"doc_type": "行政处罚决定书", "title": ""},  # an untitled fragment beside a titled decision
        {"doc_type": "立案审批表", "title": "立案审批表"},
        {"doc_type": "行政处罚决定书", "title": "行政处罚决定书"},
        {"doc_type": "询问笔录", "title": "询问笔录"},
        {"doc_type": "询问笔录", "title": ""},
        {"doc_type": "当场行政处罚决定书", "title": ""},
    ]
    return {"documents": docs}


QUESTIONS = [
    (),
    ("行政处罚决定书",),
    ("行政处罚决定书", "当场行政处罚决定书"),
    ("询问笔录",),
    ("询问笔录", "立案审批表"),
    ("不存在",),
]


def test_docs_while_reading_answers_as_outside() -> None:
    facts = _facts()
    plain = {types: util.docs(facts, *types) for types in QUESTIONS}
    with util.reading(facts):
        for _ in range(2):  # asked again: the remembered answer
            for types in QUESTIONS:
                got = util.docs(facts, *types)
                assert got == plain[types]
                assert [id(d) for d in got] == [id(d) for d in plain[types]]
                got.append({})  # a caller's list is its own
        other = copy.deepcopy(facts)  # another case's facts are not answered from the memo
        other["documents"].pop(0)
        assert util.docs(other, "行政处罚决定书") == [other["documents"][1]]


def test_docs_after_reading_sees_changed_facts() -> None:
    facts = _facts()
    with util.reading(facts):
        assert len(util.docs(facts, "询问笔录")) == 2
    facts["documents"].append({"doc_type": "询问笔录", "title": "询问笔录"})
    assert len(util.docs(facts, "询问笔录")) == 3
    with util.reading(facts), util.reading(_facts()):  # nested: the outer case is back after
        pass
    assert util._MEMO.facts is None


def test_char_counts_many_are_each_texts_char_counts() -> None:
    from casecheck.ingest import quality

    rnd = random.Random(5)
    pool = [chr(c) for c in range(0x20, 0x250)] + [chr(c) for c in range(0x4E00, 0x4E30)]
    pool += ["\ufffd", "\ue001", "\u3000", "\U00020001", "\ud800", "\n", " ", "\U0010fffd"]
    assert quality.char_counts_many([]) == []
    for _ in range(200):
        texts = ["".join(rnd.choices(pool, k=rnd.randint(0, 120))) for _ in range(rnd.randint(1, 6))]
        if rnd.random() < 0.3:  # code points no text has shown yet: classified on the way
            quality._TABLE = None
        many = quality.char_counts_many(texts)
        assert many == [quality.char_counts(t) for t in texts], texts


def test_to_date_remembered_is_the_plain_reading() -> None:
    import re
    from datetime import date

    def plain(v: object) -> date | None:
        v = util.value(v)
        if isinstance(v, date):
            return v
        if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}", v):
            try:
                return date.fromisoformat(v[:10])
            except ValueError:
                return None
        return None

    values = ["2024-02-29", "2023-02-29", "2024-13-01", "2024-01-05T10:00", "x2024-01-05", "", "2024-1-5"]
    values += [{"value": "2021-07-15", "evidence": {}}, date(2020, 1, 2), None, 20240101, {"value": None}]
    for _ in range(2):  # the second time from the memo
        for v in values:
            assert util.to_date(v) == plain(v), v


def test_roster_reloaded_when_its_file_changes(tmp_path) -> None:
    import os

    import pytest

    from casecheck.checks.roster import RosterError, load_roster

    path = tmp_path / "roster.csv"
    path.write_text("certificate,name\nA1,张三\n", encoding="utf-8")
    first = load_roster(path)
    assert load_roster(str(path)) is first  # the same file: the same object
    path.write_text("certificate,name\nA1,张三\nB2,李四\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))  # another modification time
    assert len(load_roster(path).entries) == 2
    with pytest.raises(RosterError):
        load_roster(tmp_path)  # a folder is no roster
    with pytest.raises(RosterError):
        load_roster(tmp_path / "missing.csv")


def test_strings_walk_is_the_plain_walk() -> None:
    from collections import OrderedDict

    from casecheck.checks.ranges import strings

    class Text(str):
        pass

    def plain(node: object) -> list[str]:
        out: list[str] = []
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, str):
                out.append(n)
            elif isinstance(n, dict):
                stack.extend(reversed(n.values()))
            elif isinstance(n, list | tuple):
                stack.extend(reversed(n))
        return out

    tree = {
        "a": ["x", 1, 2.5, None, True, ("t", ["u", {"q": "v"}])],
        "b": OrderedDict([("k", Text("sub")), ("n", [Text("s2"), 3])]),
        "c": {"d": {"e": "deep", "f": [[], {}, ""]}},
        "g": {1, 2},  # neither a string nor a container the walk opens
    }
    assert list(strings(tree)) == plain(tree) == ["x", "t", "u", "v", "sub", "s2", "deep", ""]
    assert list(strings("only")) == ["only"] and list(strings(7)) == []


def test_preload_leaves_the_collector_as_it_found_it(tmp_path, monkeypatch) -> None:
    import gc

    from casecheck.api import ReviewOptions
    from casecheck.batch import runner

    seen: list[bool] = []

    def step(_ctx: object) -> None:
        seen.append(gc.isenabled())
        raise RuntimeError("a step that fails is left to the workers")

    monkeypatch.setattr(runner, "_preload_code", step)
    monkeypatch.setattr(runner, "_preload_fingerprints", step)
    ctx = runner.TaskContext(ReviewOptions(cache_dir=tmp_path, model=None))
    assert gc.isenabled()
    runner.preload(ctx)
    assert gc.isenabled() and seen == [False, False]
    gc.disable()
    try:
        runner.preload(ctx)
        assert not gc.isenabled()
    finally:
        gc.enable()
