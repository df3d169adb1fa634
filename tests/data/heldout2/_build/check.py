"""Re-verify the built held-out corpus against labels.jsonl: `python check.py` exits 1 on any problem.

What it checks, per case:
- the file or folder exists and decodes in the labelled encoding (GBK/GB18030 files are not valid UTF-8);
- the labelled 统一社会信用代码 / 身份证号 pass their check characters, and every 18-character code in the
  text is valid and equal to the label's, unless DOC-06 is labelled;
- the labelled dates, fine and 文号 appear in the text; filing <= notice <= decision <= served;
- 7 working days for service of the decision (SERV-01), 90 days from 立案 (PROC-03), the 陈述申辩 period
  counted from the service of the 告知书 (PROC-05): each holds exactly when its code is not labelled;
- the fine lies in the statutory range of the cited penalty provision unless LAW-05 is labelled;
- 加处罚款 does not exceed the fine unless EXEC-02 is labelled;
- the 卷内目录 page ranges match the real pages unless ARCH-01 is labelled; “本卷共N页” statements match;
- the 告知书 mentions 听证 where the penalty is in a hearing class, unless PROC-02 is labelled;
- every code exists in the contract's defects.yaml (when the shared contract is present).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from build import HERE, case_modules
from common import USCC_CHARS, add_workdays, id_ok, uscc_ok, workdays_after

OUT = HERE.parent
DEFECTS = Path("/work/shared/contract/defects.yaml")

# case number -> (告知书 service date, period, unit, written waiver?) as written in each 告知书 and its 回证
NOTICE_SERVICE = {
    "02": ("2023-04-13", 5, "wd", False),
    "03": ("2024-04-23", 5, "wd", False),
    "04": ("2021-07-20", 5, "wd", True),
    "05": ("2024-08-22", 5, "wd", False),
    "06": ("2022-04-08", 5, "wd", False),
    "07": ("2025-06-27", 5, "wd", False),
    "08": ("2023-06-05", 5, "wd", False),
    "09": ("2022-08-01", 3, "wd", False),
    "10": ("2026-03-24", 5, "wd", False),
    "11": ("2022-06-10", 5, "wd", False),
    "12": ("2018-06-15", 3, "wd", False),
    "13": ("2020-10-16", 3, "wd", False),
    "14": ("2023-03-20", 0, "wd", True),  # 告知笔录: the party waived 陈述申辩 on the record
    "15": ("2017-06-12", 3, "wd", False),
    "16": ("2025-06-03", 5, "wd", False),
}

# case number -> statutory fine range (yuan) of the cited penalty provision, read from /work/shared/laws
FINE_RANGE = {
    "01": (0, 2000),  # 税收征收管理法 第六十二条
    "02": (0, 100000),  # 安全生产法(2021) 第九十七条
    "03": (12600 * 3, 12600 * 5),  # 广告法 第五十五条第一款: 广告费用3-5倍
    "04": (50000, 200000),  # 固废法 第一百零二条第二款(第八项)
    "05": (3000, 10000),  # 道路运输条例(2023) 第六十三条第(一)项 (not 情节严重)
    "06": (0, 50000),  # 安全生产法(2021) 第九十九条
    "07": (500, 20000),  # 大气污染防治法 第一百一十八条第三款
    "08": (50000, 100000),  # 农产品质量安全法 第七十一条 货值<1万
    "09": (30000, 300000),  # 消防法 第五十八条第一款
    "10": (0, 0),  # 不予处罚
    "11": (860 * 100, 860 * 1000),  # 土地管理法实施条例 第五十七条第一款
    "12": (100000, 1000000),  # 水污染防治法 第八十三条
    "13": (50000, 100000),  # 食品安全法 第一百二十四条第一款 货值<1万
    "14": (200, 500),  # 治安管理处罚法 第五十八条 (警告后不改正)
    "15": (9222, 9222 * 3),  # 产品质量法 第四十九条 货值等值以上三倍以下
    "16": (1020000 * 5 // 100, 1020000 * 10 // 100),  # 城乡规划法 第六十四条
}

HEARING_CLASS = {"02", "03", "04", "05", "08", "09", "11", "12", "13", "15", "16"}


def iso(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def date_forms(day: dt.date) -> list[str]:
    from common import ar_date, cn_date, dot_date

    return [ar_date(day), cn_date(day), cn_date(day, "○"), dot_date(day), day.isoformat()]


def read_case(label: dict) -> tuple[str, list[str]]:
    """Whole text of a case and its list of numbered pages (front matter excluded)."""
    enc = label["encoding"]
    path = OUT / label["case_id"]
    if path.is_dir():
        files = sorted(path.glob("*.txt"))
        texts = [f.read_bytes().decode(enc) for f in files]
        pages = [
            p
            for f, t in zip(files, texts, strict=True)
            if f.name[:2] not in ("00", "01") and "备考表" not in f.name
            for p in t.split("\f")
        ]
        return "\n".join(texts), pages
    raw = (OUT / f"{label['case_id']}.txt").read_bytes()
    if enc != "utf-8":
        try:
            raw.decode("utf-8")
            raise AssertionError("a GBK/GB18030 file must not also be valid UTF-8")
        except UnicodeDecodeError:
            pass
    text = raw.decode(enc)
    parts = text.split("\f")
    return text, parts[2:]  # cover and 卷内目录 are not numbered; 备考表 (if any) trails


def check_case(mod, label: dict) -> list[str]:
    errs: list[str] = []
    num = label["case_id"].split("_")[1]
    codes = set(label["codes"])
    f = label["fields"]
    text, pages = read_case(label)
    vol = mod.build()

    party = f["party"]
    if party["credit_code"] and not uscc_ok(party["credit_code"]):
        errs.append("label credit code fails check character")
    if party["id_number"] and not id_ok(party["id_number"]):
        errs.append("label id number fails check digit")
    found_bad = []
    for m in re.finditer(rf"(?<![0-9A-Z])[{USCC_CHARS}]{{18}}(?![0-9A-Z])", text):
        code = m.group()
        if uscc_ok(code) and not id_ok(code):
            if code != party["credit_code"]:
                found_bad.append(code)  # a second, different 统一社会信用代码 for the party
        elif not id_ok(code):
            found_bad.append(code)  # fails both check characters
    if bool(found_bad) != ("DOC-06" in codes):
        errs.append(f"invalid/inconsistent codes {found_bad} vs DOC-06 labelled={'DOC-06' in codes}")

    d = {k: iso(v) for k, v in f["dates"].items()}
    for key, day in d.items():
        if day and not any(s in text for s in date_forms(day)):
            errs.append(f"date {key}={day} not found in text")
    seq = [d[k] for k in ("filing", "notice", "decision", "decision_served") if d[k]]
    if seq != sorted(seq):
        errs.append(f"dates out of order {seq}")
    if d["decision"] and d["decision_served"]:
        late = workdays_after(d["decision"], d["decision_served"]) > 7
        if late != ("SERV-01" in codes):
            errs.append(
                f"SERV-01 mismatch: {workdays_after(d['decision'], d['decision_served'])} working days"
            )
    if d["filing"] and d["decision"]:
        over = (d["decision"] - d["filing"]).days > 90
        if over != ("PROC-03" in codes):
            errs.append(f"PROC-03 mismatch: {(d['decision'] - d['filing']).days} days")
    if num in NOTICE_SERVICE:
        served, n, _unit, waived = NOTICE_SERVICE[num]
        served_d = iso(served)
        if not any(s in text for s in date_forms(served_d)):
            errs.append(f"notice service date {served} not in text")
        end = add_workdays(served_d, n)
        early = d["decision"] <= end and not waived
        if early != ("PROC-05" in codes):
            errs.append(f"PROC-05 mismatch: period ends {end}, decision {d['decision']}")

    fine = f["penalty"]["fine_yuan"]
    lo, hi = FINE_RANGE[num]
    outside = not (lo <= fine <= hi)
    if outside != ("LAW-05" in codes):
        errs.append(f"LAW-05 mismatch: fine {fine} vs range {lo}-{hi}")
    if fine and f"{fine}" not in text.replace(",", "") and f"{fine:,}" not in text:
        from common import money_upper

        if money_upper(fine) not in text:
            errs.append(f"fine {fine} not found in text")
    if f["penalty"]["procedure"] == "简易" and fine > (200 if party["kind"] == "个人" else 3000):
        if "PROC-10" not in codes:
            errs.append("简易程序 fine above limit but PROC-10 not labelled")
    elif "PROC-10" in codes:
        errs.append("PROC-10 labelled but limit respected")

    extra = re.search(r"^加处罚款.*?(\d{3,})\.00\s*$", text, re.M)
    if extra:
        over = int(extra.group(1)) > fine
        if over != ("EXEC-02" in codes):
            errs.append(f"EXEC-02 mismatch: 加处罚款 {extra.group(1)} vs fine {fine}")
    elif "EXEC-02" in codes:
        errs.append("EXEC-02 labelled but no 加处罚款 amount found")

    real = vol.ranges()
    toc_pages = []
    for i, (a, b) in enumerate(real, 1):
        toc_pages.append(
            vol.toc_override.get(i, f"{a}" if a == b else f"{a}-{b}") == (f"{a}" if a == b else f"{a}-{b}")
        )
    if (not all(toc_pages)) != ("ARCH-01" in codes):
        errs.append("ARCH-01 mismatch between 卷内目录 and real pages")
    if len(pages) < vol.total():
        errs.append(f"file holds {len(pages)} numbered pages, volume has {vol.total()}")
    for m in re.finditer(r"本卷共(?:计)?(\d+)页", text):
        if int(m.group(1)) != vol.total():
            errs.append(f"本卷共{m.group(1)}页 but the volume has {vol.total()} pages")
    for m in re.finditer(r"本卷共 1 (?:件|册) (\d+) 页", text):
        if int(m.group(1)) != vol.total():
            errs.append(f"cover says {m.group(1)} pages, volume has {vol.total()}")

    notices = [doc for doc in vol.docs if "告知" in doc.title or "违法行为通知书" in doc.title]
    notices = [doc for doc in notices if "结果" not in doc.title and "送达" not in doc.title]
    if num in HEARING_CLASS:
        told = any("听证" in "".join(doc.pages) for doc in notices)
        if told == ("PROC-02" in codes):
            errs.append(f"PROC-02 mismatch: hearing told={told}")
    for doc in notices:
        sealed = any(s in "".join(doc.pages) for s in ("印章", "公章", "（章）", "盖章"))
        if not sealed and "告知笔录" not in doc.title and "DOC-09" not in codes:
            errs.append(f"{doc.title} has no seal marker")
    if "DOC-09" in codes and all(
        any(s in "".join(doc.pages) for s in ("印章", "公章", "（章）")) for doc in notices
    ):
        errs.append("DOC-09 labelled but every 告知书 carries a seal")
    return errs


def main() -> int:
    labels = [json.loads(line) for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    mods = {m.CASE_ID: m for m in case_modules()}
    known = (
        set(re.findall(r"code: ([A-Z]+-\d+)", DEFECTS.read_text(encoding="utf-8")))
        if DEFECTS.exists()
        else None
    )
    problems = 0
    all_codes: set[str] = set()
    for label in labels:
        errs = check_case(mods[label["case_id"]], label)
        all_codes |= set(label["codes"])
        if known is not None:
            errs += [f"unknown code {c}" for c in label["codes"] if c not in known]
        if label["codes"] != sorted(label["codes"]):
            errs.append("codes not sorted")
        status = "ok " if not errs else "BAD"
        print(f"{status} {label['case_id']}  {label['codes']}")
        for e in errs:
            print("     -", e)
        problems += len(errs)
    n_clean = sum(1 for lab in labels if not lab["codes"])
    print(f"{len(labels)} cases, {n_clean} clean, {len(all_codes)} distinct codes: {sorted(all_codes)}")
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file() and "_build" not in p.parts)
    print(f"corpus size {size / 1024:.0f} KB")
    if len(labels) != 16 or len(all_codes) < 15:
        problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
