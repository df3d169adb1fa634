"""Render README.md for the dev7 corpus from the case labels."""
from __future__ import annotations

FILES = {"utf-8": ".txt", "gbk": ".txt", "gb18030": ".txt", "pdf": ".pdf", "docx": ".docx", "folder": "/"}


def render(labels: list[dict]) -> str:
    rows = []
    for lab in labels:
        m = lab["_meta"]
        party = lab["fields"]["party"]
        codes = ", ".join(lab["codes"]) or "— (clean)"
        fmt = m["format"].replace("|", "\\|")
        rows.append(f"| {lab['case_id']}{FILES[lab['encoding']]} | {fmt} | {m['sector']} | "
                    f"{party['name']}（{party['kind']}） | {m['province']} {m['year']} | {codes} |")
    table = "\n".join(rows)
    return f"""# dev7 — independent development corpus (writer 60)

**Independent development corpus: the tool may be fixed on what it shows, but each fix must be general and carry its own fixture.**

## Who wrote it and how

Written by "writer 60", playing a 法制审核员 of a county-level 综合行政执法局 / 市场监督管理局 who has prepared
and reviewed many 行政处罚案卷. The eight volumes were written without looking at casecheck's code, rules, tests,
samples or other corpora. They were written from the project's shared material only (`shared/domain.md`,
`shared/contract/defects.yaml`, `shared/laws/`, `shared/dev-set/` for phrasing). For laws that `shared/laws/` does not hold
(公路法, 超限运输车辆行驶公路管理规定, 矿产资源法 and its 实施细则, 森林法 2019), the article, 款 and 项 numbers and the
fine ranges follow the official texts in force on the act and decision dates. The 矿产资源法 case (2020) uses the
2009 text, replaced on 2025-07-01. The 森林法 case (2021) uses the 2019 revision, in force since 2020-07-01.

Every party, company, officer, address, 文号 and county is invented. The counties (清溪县, 湘溪县, 岚溪县, 淮川市,
滨河县, 弥水县, 云溪县, 涪川县) do not exist. 统一社会信用代码 are valid under GB 32100 (their organisation-code part
is valid under GB 11714 too), and 身份证号 are valid under GB 11643 (sex digit and birth date match the text).
Working-day deadlines were counted with `chinese_calendar` (statutory holidays and 调休 workdays).

Each volume is a whole 案卷: 卷内目录 on page 1 with page ranges, 立案审批表/登记表, 现场检查（勘验）笔录, 询问笔录 with officers
and 执法证号, evidence (described photos, licence copies, 证据清单), 调查终结报告, 法制审核意见, 集体讨论 where the fine is large,
事先告知/听证告知, 陈述申辩/听证 papers where relevant, 送达回证 or 送达地址确认书 + EMS, 决定书, payment vouchers
(or 分期 and 催告 papers), 结案 and 备考表. Six volumes carry one or two deliberate defects. Two are clean but include
lawful features that look suspicious.

## Cases

| case | format | sector / law | party | province, year | codes |
|---|---|---|---|---|---|
{table}

`labels.jsonl` notes (in Chinese) say where each defect sits (document and page) and why the suspicious parts of
the clean volumes are lawful.

## Conventions

- `case_id` is the file or folder name without its extension. `encoding` is `utf-8`, `gbk`, `gb18030`, `pdf`, `docx` or
  `folder` (a folder of UTF-8 `.txt` files, one per document, `00_卷内目录.txt` first, pages numbered across files).
- Text volumes separate pages with form feed `\\f`. Each page ends in a footer (`第 N 页`, `- N -`, `-N-`, `第N页`).
  The 目录 is page 1 and is numbered; the 备考表 is the last numbered page.
- `codes` are codes from `shared/contract/defects.yaml` (version 1), sorted, `[]` for clean. A code is given only
  when its trigger is met on the file's own text. Profile-dependent codes (PROC-02/06/07/11/12/13, DISC-02,
  SUBJ-04) are avoided by construction: every volume offers hearing rights, has a 法制审核 dated before the decision,
  has a 集体讨论 where the fine is large, mentions the 执法记录仪, and stays below criminal-referral thresholds.
- `fields.dates`: `filing` = 立案 date, `notice` = the date written on the 事先告知书/听证告知书, `decision` = 决定书 date,
  `decision_served` = date on the 决定书's 送达回证 (the EMS 签收 date for mail service). All are ISO dates.
- `fields.citations`: the violated provision(s) and the provision(s) the 决定书 gives as the basis of the decision,
  as they are written there (`paragraph`/`item` null when the 决定书 gives none). This includes 行政处罚法 articles
  cited as a basis (第二十三条 in 2019, 第三十二条第（一）项 for 减轻). `law` is the full title without 书名号.
- `fields.penalty.fine_yuan` is the 罚款 only (no confiscation, no 加处罚款).
- 文号 vary on purpose (〔〕, [], with and without 第). These are style variants of the form 机关代字＋年份＋序号＋号,
  not DOC-03 defects. Decisions before 2021-07-15 cite 2017 行政处罚法 numbers (第三十一条, 第三十二条, 第四十二条,
  第五十一条).
- Rights clauses in 告知书 cite 行政处罚法 articles without 款 (e.g. 第四十四条、第四十五条、第六十三条、第六十四条), as
  agencies do. No fact falls under them, so they are not labelled LAW-02. LAW-02 is used only where the violated or
  penalty provision lacks the 款/项 the facts fall under.
- Except in dev7_04, no 现场检查/勘验/询问笔录 is dated before the 立案 date: a routine inspection that discovers the violation
  is filed the same day. In dev7_04 the night inspection is one day before 立案, and that case carries PROC-04 anyway.
- 执法证号 formats are invented per province. All officers on investigation records have a number, except the one
  deliberate SUBJ-02.
- No file holds a machine-specific path. The build scripts find paths relative to their own location.

## Rebuild and check

```
python tests/data/dev7/_build/build_all.py     # rewrites the 8 cases, labels.jsonl and README.md
python tests/data/dev7/_build/check.py         # sizes, label schema, check digits, day counts, 目录 totals
```

Needs python-docx, reportlab (CID font STSong-Light, not embedded), Pillow, pypdfium2 (check only) and
chinese_calendar. Every run gives the same output, except for the zip timestamps inside the .docx
container (PDFs are built with reportlab's invariant mode). `_build/cases/c0N.py` holds each volume's text and
timeline. `common.py` holds the check digits, dates, money and page assembly, and `pdfkit.py` and `docxkit.py` hold
the renderers.
"""
