"""Anonymisation: no ID number, phone number or person name from the truth labels survives.

Checked on a generated corpus (its labels name officers and parties) and on the shared dev-set
of real published documents (labels name parties; texts hold 经营者/法定代表人 names).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from casecheck.api import ReviewOptions, review_path
from casecheck.extract.fields.names import is_person_name
from casecheck.report.anonymize import anonymize, case_text, known_names_from_record
from casecheck.report.teach import build_lessons, render_teach_html

ID_RE = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])")
PHONE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "被询问人:张伟\n身份证号码:110101199003077715\n联系电话:13812345678",
            ["张伟", "110101199003077715", "13812345678"],
            ["被询问人"],
        ),
        (
            "执法人员:李强(执法证号:123456)、王芳\n当事人:杭州某某科技有限公司",
            ["李强", "王芳"],
            ["杭州某某科技有限公司", "123456"],
        ),
        ("经营者:范勇\n统一社会信用代码:92330100MA2AAAAA1X", ["范勇", "92330100MA2AAAAA1X"], []),
        ("统一社会信用代码:91330100MA2AAAAA1X", [], ["91330100MA2AAAAA1X"]),
        ("车牌号:浙A12345 开户银行账号:6222021234567890123", ["浙A12345", "6222021234567890123"], []),
        ("住所:杭州市西湖区文三路90号\n检查地点:杭州市西湖区文三路90号", ["文三路90号"], ["住所"]),
        ("问:请介绍基本情况。答:我叫赵敏,是公司经理。", ["赵敏"], ["公司经理"]),
    ],
)
def test_table(text: str, gone: list[str], kept: list[str]) -> None:
    out = anonymize(text).text
    for g in gone:
        assert g not in out, out
    for k in kept:
        assert k in out, out


def test_same_person_same_mask() -> None:
    out = anonymize("被询问人:张伟\n询问人:张强\n被询问人(签名):张伟").text
    assert out.count("张某甲") == 2 and "张某乙" in out


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, list[dict[str, Any]], list[dict[str, Any]]]:
    from casecheck.generate.api import generate

    out = tmp_path_factory.mktemp("corpus")
    generate(12, 7, out, ("txt",))
    labels = [
        json.loads(x) for x in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    opts = ReviewOptions(roster=out / "roster.csv", model=None)
    records = [review_path(out / lab["path"], opts).to_dict() for lab in labels]
    return out, labels, records


def _truth_secrets(label: dict[str, Any]) -> set[str]:
    f = label["fields"]
    secrets = {o["name"] for o in f.get("officers", []) if o.get("name")}
    party = f.get("party") or {}
    if party.get("kind") == "个人" and party.get("name"):
        secrets.add(party["name"])
    if party.get("id_number"):
        secrets.add(party["id_number"])
    return secrets


def _assert_clean(text: str, secrets: set[str], where: str) -> None:
    assert not ID_RE.search(text), f"{where}: ID number {ID_RE.search(text)[0]}"
    assert not PHONE_RE.search(text), f"{where}: phone {PHONE_RE.search(text)[0]}"
    for s in secrets:
        assert s not in text, f"{where}: {s!r} survived"


def test_generated_corpus_anonymize(corpus) -> None:
    out, labels, records = corpus
    for lab, rec in zip(labels, records, strict=True):
        masked = anonymize(case_text(out / lab["path"]), known_names_from_record(rec)).text
        _assert_clean(masked, _truth_secrets(lab), lab["path"])


def test_generated_corpus_teach(corpus) -> None:
    _, labels, records = corpus
    html = render_teach_html(build_lessons(records))
    secrets = set().union(*(_truth_secrets(lab) for lab in labels))
    _assert_clean(html, secrets, "teach.html")


def test_dev_set(shared: Path) -> None:
    dev = shared / "dev-set"
    labels = [
        json.loads(x) for x in (dev / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    for lab in labels:
        text = (dev / lab["file"]).read_text(encoding="utf-8").split("---", 1)[-1]
        secrets = set()
        party = (lab.get("party") or "").strip()
        if party and is_person_name(party):
            secrets.add(party)
        # 经营者:范勇 and the like, as the labels' notes state them
        for m in re.finditer(
            r"(?:经营者|法定代表人|负责人)[:：]\s*([\u4e00-\u9fa5]{2,4})", lab.get("notes") or ""
        ):
            if is_person_name(m[1]):
                secrets.add(m[1])
        # names the publisher already masked (林某某, 王**) are no longer personal data
        secrets = {x for x in secrets if not re.search(r"[某*＊]", x)}
        _assert_clean(anonymize(text).text, secrets, lab["file"])
