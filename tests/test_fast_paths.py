"""Faster forms of extraction helpers give what the plain forms gave (equivalence tests)."""

from __future__ import annotations

import random

from casecheck.extract.fields import names


def _is_person_name_plain(s: str) -> bool:
    """``names.is_person_name`` as first written: one ``startswith`` per compound surname."""
    if names._DOTTED.fullmatch(s):
        return True
    if names.NOT_NAME.search(s):
        return False
    if 3 <= len(s) <= 6 and all(c in names.TRANSLITERATED for c in s):
        return True
    for sur in names.COMPOUND_SURNAMES:
        if s.startswith(sur) and names._GIVEN_2.fullmatch(s[len(sur) :]):
            return True
    return s[:1] in names.SINGLE_SURNAMES and names._GIVEN_3.fullmatch(s[1:]) is not None


def test_is_person_name_surname_lookup() -> None:
    """Compound surnames looked up by prefix: the same verdicts on names, near-names and prose."""
    rnd = random.Random(3)
    pieces = [*names.COMPOUND_SURNAMES, "张", "欧", "阳", "明", "某", "*", "·", "巴特尔", "执法", "的"]
    pieces += ["司", "马"]
    words = ["欧阳明", "司马某某", "上官婷", "欧阳", "张三", "阿依·买买提", "乌云其木格", "执法人员", ""]
    words += ["".join(rnd.choices(pieces, k=rnd.randint(1, 4))) for _ in range(5000)]
    assert sum(map(names.is_person_name, words)) > 500
    for w in words:
        assert names.is_person_name(w) == _is_person_name_plain(w), w
