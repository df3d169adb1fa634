"""Build the decisions8 corpus: 24 .txt files, labels.jsonl and README.md, next to this folder.

Run: python3 build.py   (from any directory; paths are relative to this script)
"""
from __future__ import annotations

import re
import sys

sys.dont_write_bytecode = True
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import KEY_ORDER, ROOT, uscc_valid, write_all  # noqa: E402
from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402
from docs_c import DOCS as C  # noqa: E402

DOCS = A + B + C

FORMS = {
    "801": "烟草专卖局 — 政务公开 web page (breadcrumbs, 发布时间, 浏览次数, 字号, 打印/关闭, 上一篇/下一篇); 个体工商户 with 字号 and 经营者; 没收违法所得 + 罚款",
    "802": "气象局 — PDF-to-text (fixed-width lines, running header, '第 n 页 共 m 页', stray spaces inside words)",
    "803": "地震局 — 信用中国 双公示 key/value record (2016-era keys, 罚款金额（万元）)",
    "804": "海事局 — DOCX-to-text with the 文号 only in an ASCII header table",
    "805": "医疗保障局 — 政务公开 web page (字体 大中小, 浏览次数 split over two lines, 附件, 上一篇/下一篇)",
    "806": "通信管理局 — OCR copy (笫/第, O/0, l/1, 曰/日, broken 《》)",
    "807": "邮政管理局 — 国家企业信用信息公示系统 block (tab-separated 行政处罚信息 row) + 详情",
    "808": "人民防空办公室 — DOCX attachment; fine only in 大写; dates with 〇",
    "809": "粮食和物资储备局 — 不予行政处罚决定书 (首违不罚, 2021 art.33)",
    "810": "档案局 — agency name only in the signature above the date; 从轻 under 2021 art.32",
    "811": "民族宗教事务局 — 政务公开 web page; 警告 + 没收违法所得",
    "812": "体育局 — PDF-to-text ('- n -' page numbers, 文号 as running header); 没收违法所得 + 罚款",
    "813": "教育局 — OCR copy; natural-person party (masked ID)",
    "814": "商务局 — web page with ASCII punctuation and [2017] brackets; truncated in the remedy clause",
    "815": "市场监管 (广告) — PDF-to-text; 减轻 below the statutory floor under 2017 行政处罚法 art.27",
    "816": "市场监管 (特种设备) — DOCX 附件; fine written in 万元 (3.5万元); 从轻",
    "817": "市场监管 (商标/知识产权) — confiscates goods and 违法所得 with a fine",
    "818": "公安 (治安) — 公安 template; 行政拘留 + 罚款; natural person",
    "819": "城市管理 — 简易程序 当场行政处罚决定书 filled form (☑/□, officers and certificate numbers, 复议前置)",
    "820": "交通运输 — PDF-to-text ('第n页/共m页'); natural person; 2022 道路运输条例 art.63",
    "821": "应急管理局 — 政务公开 web page; 双罚 (unit and its principal in one decision)",
    "822": "生态环境局 — OCR copy (table borders as '|', 第(—)项)",
    "823": "自然资源局 — 信用中国 record in the later 代码_1…代码_6 standard; fine in 万元",
    "824": "税务 (地税稽查局, 2016) — PDF-to-text ('第 n 页 / 共 m 页', 文号 as running header)",
}

README_HEAD = """# decisions8 — 24 invented administrative penalty decisions in the forms reviewers receive

**Independent development corpus: the tool may be fixed on what it shows, but each fix must be general and carry its own fixture.**

## Who wrote it and how

Written by writer 65, a helper session started by the casecheck project, without reading casecheck's code, rules,
tests or samples. Inputs were only the shared dev-set (its file format and label keys), the domain brief, the
defect-code contract and the shared law texts; articles of laws not in the shared folder (烟草专卖法实施条例,
气象灾害防御条例, 防震减灾法, 海上交通安全法 2021, 医疗保障基金使用监督管理条例, 互联网信息服务管理办法, 快递暂行条例,
人民防空法, 粮食流通管理条例 2021, 档案法 2020, 宗教事务条例 2017, 全民健身条例, 民办教育促进法 2018,
商业特许经营管理条例, 商标法 2019, 城市市容和环境卫生管理条例) were checked against the LawRefBook/Laws texts; 特种设备安全法
第四十条/第八十四条 against public copies of the law.

Every document is an invented imitation, not a real publication, and every file's `source:` line says so. Parties,
people, addresses, facts, 文号, 统一社会信用代码 (valid GB 32100 check character, and a valid GB 11714 check character in
the organisation-code part), amounts and dates are invented; agencies carry names of real administrative divisions.
Natural persons are masked as agencies do (张某某, 4304**********3527). Citations follow the law version in force on
the decision date: decisions before 2021-07-15 cite the 2017 (1996/2009) 行政处罚法 numbering (第二十七条, 第五十一条),
later ones the 2021 numbering (第三十二条, 第三十三条, 第七十二条); remedy clauses follow 行政复议法 as it stood (dual
channel before 2024-01-01; after it 本级人民政府, or the higher authority for vertically led agencies; 复议前置 for an
on-the-spot decision).

The texts and labels are data in `_build/` (Python); `python3 _build/build.py` writes the files (paths are relative to
the script) and checks every credit code.

## Format

Same as the shared dev-set: header lines `source:`, `domain:`, `doc_type:`, then `---`, then the text. `labels.jsonl`
has one object per file in file order with the dev-set keys in the dev-set order (`file`, `doc_type`, `agency`,
`doc_number`, `party`, `credit_code`, `cited_articles[]` {`law`, `article`, `paragraph`, `item`, `role`}, `fine_yuan`,
`confiscation_yuan`, `dates`, `remedy_days`, `discretion`, `completeness`, `notes`, `defects_observed`), plus the
dev-set's optional keys where they apply (`related_doc_numbers`, `procedure`, `refund_yuan`) and `other_parties` for
the 双罚 decision.

Conventions worth knowing before scoring:
- OCR copies (806, 813, 822): labels give the true values (文号, dates, articles); `notes` records how the OCR text reads.
- `fine_yuan` is the total of all fines in the document (821: unit 60000 + principal 12000). `confiscation_yuan` counts
  confiscated 违法所得 with a stated amount; confiscated goods or buildings without a value are only in `notes`.
- `dates` always has `filing`, `notice`, `decision`, `service`; extra keys (`inspection`, `violation`, `publication`,
  `rectification_deadline`, …) appear when the text gives them. A web page's publication date is never the decision date.
- `remedy_days.litigation` is null on the 当场 form (819) because litigation comes only after review (复议前置).
- `discretion` is one of 从轻 / 减轻 / 一般 / 不予处罚 when the text states a tier or grounds, else null.
- 814 is truncated: a null there means the copy stopped, not that the decision lacks the part.

Things the writer was unsure of: whether 邮政管理 counts as vertically led for review after 2024-01-01 (807 sends review
to the provincial 邮政管理局); the exact 款 division of 特种设备安全法 第四十条 (816 cites 第三款 for the 'not to be used
without periodic inspection' sentence); local discretion benchmarks are named generically or invented.

## Files
"""


def check(docs: list[dict]) -> None:
    files = [d["file"] for d in docs]
    assert len(files) == 24 and len(set(files)) == 24, files
    for d in docs:
        lab = d["label"]
        assert list(lab)[:len(KEY_ORDER)] == KEY_ORDER, d["file"]
        assert lab["file"] == d["file"]
        assert "invented imitation" in d["source"], d["file"]
        for code in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", d["text"]):
            if code[:2] in {"91", "92", "11", "12", "51", "52"}:
                assert uscc_valid(code), (d["file"], code)
        if lab["credit_code"]:
            assert uscc_valid(lab["credit_code"]), d["file"]
            if lab["credit_code"] not in d["text"]:
                assert lab["credit_code"] in d["text"].replace("\n", ""), d["file"]
                print("note: credit code broken across lines in", d["file"])
        if lab["doc_number"] and d["file"] not in {"806_通信管理.txt", "813_教育.txt"}:
            flat = d["text"].replace("\n", "")
            assert lab["doc_number"] in flat, (d["file"], lab["doc_number"])
        for c in lab["cited_articles"]:
            assert c["law"].startswith("《") and c["law"].endswith("》"), (d["file"], c)


def main() -> None:
    check(DOCS)
    write_all(DOCS)
    lines = [README_HEAD]
    for d in sorted(DOCS, key=lambda x: x["file"]):
        n = d["file"][:3]
        lines.append(f"- `{d['file']}` — {FORMS[n]}\n")
    (ROOT / "README.md").write_text("".join(lines), encoding="utf-8", newline="\n")
    total = sum(p.stat().st_size for p in ROOT.rglob("*") if p.is_file())
    print(f"wrote {len(DOCS)} documents, labels.jsonl, README.md; folder size {total} bytes")


if __name__ == "__main__":
    main()
