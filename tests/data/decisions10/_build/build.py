#!/usr/bin/env python3
"""Generate decisions10: 24 invented decision copies, labels.jsonl and README.md.

Run from anywhere:  python3 tests/data/decisions10/_build/build.py
Paths are relative to this script; the corpus folder is the script's parent.
"""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402

DOCS = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS

README_HEAD = """\
# decisions10: invented administrative penalty decisions in published-copy forms

**Independent development corpus: the tool may be fixed on what it shows, but each fix must be general and carry its own fixture.**

## Who wrote it and how

Written by "writer 70", a helper session started by the project, without opening the tool, its rules, models,
samples, benchmarks, scripts or any other corpus under `tests/data`. The label format follows
the shared `dev-set` (its README and `labels.jsonl`): same keys in the same order, then optional extras
(`related_doc_numbers`, `procedure`, and a few self-explaining ones such as `co_parties`, `fine_by_party`,
`operator`, `credit_code_valid`). Defect entries are `CODE: 说明`, the code taken from
the shared `contract/defects.yaml`.

Every party, person, address, 文号, credit code, amount and date is invented; agencies carry real
administrative-division names. Natural persons are masked the way agencies mask them (某某, `**`, ID numbers
with `*`). Credit codes are computed to pass GB 32100 with a valid GB 11714 organization code inside,
except the one planted in `1011` (noted in its label, `credit_code_valid: false`).

The texts and labels are data in `_build/docs_a.py`, `docs_b.py`, `docs_c.py`; `_build/build.py` writes the
`.txt` files, `labels.jsonl` and this README; `_build/check.py` verifies check digits, that every labelled
文号 / party / credit code / amount / date occurs in its file in some written form (大写, 万元, Chinese-numeral
and OCR-damaged dates included), that no machine path appears, and the coverage the brief asked for; it prints
`ALL PASS`. Each `.txt` starts with the dev-set style header (`source`, `domain`, `doc_type`, `---`); the
`source` line says the copy is invented and which published form it imitates.

Planted defects (7 files): `1009` repealed 森林法 numbering and a fine below the current range (LAW-04, LAW-05),
`1011` credit code failing its check digit (DOC-06), `1015` fine above the statutory maximum (LAW-05),
`1017` 起诉期限 “三个月” (DOC-02), `1020` no 复议/诉讼 clause at all (DOC-01), `1022` 上一级主管部门 named as
复议机关 after 2024-01-01 (DOC-02), `1023` pre-2021 行政处罚法 numbering in a 2025 decision (LAW-04).
Deliberate non-defects that look like defects: `1010` and `1019` name the next-level 税务局 / 海关 after 2024
(vertically led: correct); `1018` fines below the statutory floor with a stated 减轻 ground; `1013` names only the
government as 复议机关 (Zhejiang concentrated 复议 early); `1008`/`1011` are records without remedy clauses.

## Files

| file | agency type | province | year | form imitated |
| --- | --- | --- | --- | --- |
"""

README_TAIL = """
## Law texts used beyond the shared `laws` folder

Read from the LawRefBook/Laws copy in the code index (and one mirror) to check article numbers and ranges:
互联网上网服务营业场所管理条例 (2016 text, arts. 21, 31), 建设工程质量管理条例 (art. 57), 建筑法 (arts. 7, 64),
医疗机构管理条例 (2016 text, arts. 28, 48), 城市市容和环境卫生管理条例 (2017 text, arts. 14, 36),
海关法 (arts. 24, 86), 海关行政处罚实施条例 (art. 15, Theonefkguy/Chinese-Laws copy of the 2022 text; art. 15 unchanged since 2004),
水法 (2016 text, arts. 48, 69), 森林法 (2019 text, arts. 56, 76), 嘉兴市生活垃圾分类管理条例 (2021 text, arts. 10, 11, 26),
烟草专卖法 (read, not used). The 1998 森林法 arts. 32 and 39 (for the planted defect) were checked against a public
copy found with the `search` tool. Everything else comes from the shared `laws` folder.

The discretion benchmarks named in the decisions (江苏、山东、宁夏、贵州、嘉兴 …) are cited by title only, as decisions
do; their titles are plausible but were not verified and their content is not relied on, except the band the
`1013` decision itself states.

## Certainty

- Article numbers, 款/项 and fine ranges cited as correct: checked against the texts above; high confidence.
- Remedy rules (60 days / 6 months, 复议机关 before and after 2024-01-01, vertical agencies, 复议前置 for 当场处罚):
  from the shared `domain.md` and the 2017/2023 行政复议法 texts; high confidence. `1013` relies on Zhejiang's
  pre-2024 相对集中复议 pilot (medium confidence that a reviewer would accept a government-only clause in 2023).
- Agency names for the year: mostly confident; less sure of the exact 2018 name of the 石家庄 housing bureau, of
  合肥市道路运输管理处 still deciding in August 2019, and of the 2020 name of the 西安 雁塔 城管 bureau.
- 文号 shapes, 索引号, page furniture and the 信用中国 / 公示系统 field sets imitate what those sites show, from
  memory and the brief; field names are close to the real ones but not guaranteed verbatim.
- `defects_observed` lists what I would flag as a reviewer; files without an entry are meant to be clean, but a
  strict profile might still raise judgement items (for example DISC-01 where a benchmark is cited without a tier).
"""


def main():
    names = set()
    for d in DOCS:
        assert d["file"] not in names, d["file"]
        names.add(d["file"])
        assert d["label"]["file"] == d["file"]
        with open(os.path.join(OUT, d["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(d["text"])
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in DOCS:
            f.write(json.dumps(d["label"], ensure_ascii=False) + "\n")
    cell = lambda s: s.replace("|", "\\|")  # noqa: E731  (markdown table cells)
    rows = "".join("| %s | %s | %s | %d | %s |\n" % (d["file"], cell(d["agency_type"]), d["province"], d["year"],
                                                     cell(d["form"]))
                   for d in DOCS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD + rows + README_TAIL)
    print("wrote %d files, labels.jsonl and README.md to %s" % (len(DOCS), os.path.basename(OUT)))


if __name__ == "__main__":
    main()
