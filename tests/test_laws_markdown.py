"""LawRefBook Markdown parsing: articles, 款, 项, 之一 articles, file names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casecheck.laws.markdown import parse_file_name, parse_text

SAMPLE = """# 中华人民共和国示例法

2020年1月1日 第十三届全国人民代表大会常务委员会第一次会议通过

<!-- INFO END -->

## 第一章 总则

第一条 为了示例，制定本法。

第二条 有下列情形之一的，适用本法：

（一）甲；

(二)乙；

本法所称示例，是指示例。

## 第二章 法律责任

第二条之一 第二条之一的内容。

第三条 行政复议决定：

（一）撤销：

1.主要事实不清的；

2.适用依据错误的。

\u200b
"""


def test_structure() -> None:
    law = parse_text(SAMPLE)
    assert law.title == "中华人民共和国示例法"
    assert law.history == ["2020年1月1日 第十三届全国人民代表大会常务委员会第一次会议通过"]
    keys = [a.key for a in law.articles]
    assert keys == ["1", "2", "2之1", "3"]
    second = law.articles[1]
    assert [len(p.items) for p in second.paragraphs] == [2, 0]
    assert second.paragraphs[0].items[1] == "(二)乙；"
    assert law.articles[2].chapter == "第二章 法律责任"
    third = law.articles[3]
    assert len(third.paragraphs) == 1 and len(third.paragraphs[0].items) == 1
    assert third.paragraphs[0].items[0].endswith("2.适用依据错误的。")


@pytest.mark.parametrize(
    ("name", "title", "version"),
    [
        ("行政处罚法(2021-01-22).md", "行政处罚法", date(2021, 1, 22)),
        ("道路运输条例(2019-03-02).md", "道路运输条例", date(2019, 3, 2)),
    ],
)
def test_file_names(name: str, title: str, version: date) -> None:
    assert parse_file_name(Path(name)) == (title, version)


@pytest.mark.parametrize("name", ["README.md", "行政处罚法.md", "行政处罚法(2021).md"])
def test_bad_file_names(name: str) -> None:
    with pytest.raises(ValueError):
        parse_file_name(Path(name))


@pytest.mark.parametrize("text", ["no heading\n<!-- INFO END -->\n", "# 某法\n第一条 没有信息结束标记。\n"])
def test_malformed_files(text: str) -> None:
    with pytest.raises(ValueError):
        parse_text(text)
