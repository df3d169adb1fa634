"""Re-verify held-out corpus 5 against its labels: ``python check.py`` (exit 1 on any problem).

Checks: 统一社会信用代码 / 身份证号 check characters; the labels' fields against the case modules;
working-day deadlines (陈述申辩 period, 7-working-day service, 90-day limit, hearing windows) and the
amount rules each defect code hinges on — a deadline or amount that breaks a rule must carry its code
and a labelled code must really be broken; cited articles against the law texts in
``../shared/laws`` when that folder is present; the built files (pages, text layer of a mixed PDF).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import case01
import case02
import case03
import case04
import case05
import case06
import case07
import case08
from common import add_working_days, credit_code_ok, id_number_ok, working_days_between

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
LAWS = HERE.parents[4] / "shared" / "laws"  # ../shared/laws beside the repo, when present
MODULES = [case01, case02, case03, case04, case05, case06, case07, case08]

# 陈述申辩 period stated in each 事先告知书: (days, working?) — None where there is no 告知书
PLEA = {
    case01: (5, True),
    case02: (3, False),
    case03: (3, True),
    case04: None,
    case05: (5, True),
    case06: (5, True),
    case07: (5, True),
    case08: (3, True),
}

problems: list[str] = []


def expect(cond: bool, msg: str) -> None:
    if not cond:
        problems.append(msg)


def check_ids(mod) -> None:
    for name in ("CREDIT",):
        if hasattr(mod, name):
            expect(credit_code_ok(getattr(mod, name)), f"{mod.CASE_ID}: bad 统一社会信用代码 {name}")
    for name in ("PID", "LEGAL_ID", "AGENT_ID", "SAFETY_ID"):
        if hasattr(mod, name):
            expect(id_number_ok(getattr(mod, name)), f"{mod.CASE_ID}: bad 身份证号 {name}")


def check_deadlines(mod, label: dict) -> None:
    codes = set(label["codes"])
    dates = {k: dt.date.fromisoformat(v) if v else None for k, v in label["fields"]["dates"].items()}
    decision, served = dates["decision"], dates["decision_served"]
    # 7 working days for service of the decision
    late = working_days_between(decision, served) > 7
    expect(late == ("SERV-01" in codes), f"{mod.CASE_ID}: service {served} vs SERV-01 label")
    # 90 days from 立案
    if dates["filing"]:
        over = (decision - dates["filing"]).days > 90
        expect(over == ("PROC-03" in codes), f"{mod.CASE_ID}: 90-day limit vs PROC-03 label")
        expect(dates["filing"] <= decision, f"{mod.CASE_ID}: 立案 after decision")
    # 陈述申辩 period, counted from the 告知书's service (served the day it is dated in every case)
    plea = PLEA[mod]
    if plea:
        days, working = plea
        notice = dates["notice"]
        end = add_working_days(notice, days) if working else notice + dt.timedelta(days=days)
        early = decision <= end
        expect(early == ("PROC-05" in codes), f"{mod.CASE_ID}: plea period ends {end} vs PROC-05 label")
        expect(notice < decision, f"{mod.CASE_ID}: 告知 not before decision")
    # 听证 right in the 告知书 when the penalty is in a hearing class (generous thresholds)
    notice_docs = [d for d in mod.docs() if d.number and "告" in d.number]
    if notice_docs:
        notice_text = "".join(notice_docs[0].lines)
        unit = label["fields"]["party"]["kind"] == "单位"
        fine_ = label["fields"]["penalty"]["fine_yuan"]
        heavy = fine_ >= (50000 if unit else 5000) or "停产停业" in notice_text
        missing = heavy and "听证" not in notice_text
        expect(missing == ("PROC-02" in codes), f"{mod.CASE_ID}: 听证 right vs PROC-02 label")
    # 简易程序 limits
    fine, proc = label["fields"]["penalty"]["fine_yuan"], label["fields"]["penalty"]["procedure"]
    if proc == "简易":
        limit = 200 if label["fields"]["party"]["kind"] == "个人" else 3000
        expect((fine > limit) == ("PROC-10" in codes), f"{mod.CASE_ID}: 简易 limit vs PROC-10 label")
    # 复议前置 after 2024 for 当场处罚: the module's remedy text
    if proc == "简易" and decision >= dt.date(2024, 1, 1):
        text = "".join("".join(d.lines) for d in mod.docs())
        warns = "先申请行政复议" in text or "应当先" in text
        expect((not warns) == ("DOC-02" in codes), f"{mod.CASE_ID}: 复议前置 vs DOC-02 label")


def check_amounts(mod, label: dict) -> None:
    codes = set(label["codes"])
    if hasattr(mod, "SURCHARGE"):
        expect((mod.SURCHARGE > mod.FINE) == ("EXEC-02" in codes), f"{mod.CASE_ID}: 加处罚款 cap vs EXEC-02")
        overdue = (case02.D_PAY - case02.D_DUE).days
        expect(round(mod.FINE * 0.03 * overdue) == mod.SURCHARGE, f"{mod.CASE_ID}: 加处罚款 arithmetic")
    if hasattr(mod, "FINE_FIGURES"):
        figures = float(mod.FINE_FIGURES.replace(",", ""))
        expect((figures != mod.FINE) == ("DOC-07" in codes), f"{mod.CASE_ID}: 大写/小写 vs DOC-07")
    if mod is case03:
        items = 120 * 3 + 15 * 8 + 24 * 5
        expect((items != mod.GAIN) == ("EVID-03" in codes), "case03: 违法所得 items vs EVID-03")
    if mod is case06:
        expect(mod.GAIN == mod.ORDERS * mod.FEE and "EVID-03" not in codes, "case06: 违法所得")


def check_hearing() -> None:
    m = case05
    expect(
        add_working_days(m.D_NOTICE, 5) >= m.D_REQUEST, "case05: hearing request later than 5 working days"
    )
    expect(
        add_working_days(m.D_HNOTICE, 7) < m.D_HEARING,
        "case05: hearing less than 7 working days after notice",
    )
    expect(m.D_HREPORT <= m.D_LEGAL <= m.D_DISCUSS < m.D_DECIDE, "case05: 法制审核/集体讨论 order")
    expect(case01.D_REVIEW <= case01.D_DISCUSS < case01.D_DECIDE, "case01: 法制审核/集体讨论 order")


_CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn_int(text: str) -> int:
    """Chinese numeral (below 1000) to int."""
    total, num = 0, 0
    for ch in text:
        if ch in _CN:
            num = _CN[ch]
        elif ch == "十":
            total += (num or 1) * 10
            num = 0
        elif ch == "百":
            total += num * 100
            num = 0
    return total + num


def law_articles(title: str, when: dt.date) -> dict[int, list[str]] | None:
    """Articles of the version of ``title`` in force on ``when`` (paragraph lines), or None."""
    if not LAWS.is_dir():
        return None
    short = title.removeprefix("中华人民共和国")
    versions = sorted(LAWS.glob(f"{short}(*).md"))
    chosen = None
    for path in versions:
        date = dt.date.fromisoformat(path.stem.split("(")[1].rstrip(")"))
        if date <= when:
            chosen = path
    if chosen is None:
        return None
    arts: dict[int, list[str]] = {}
    current = None
    for line in chosen.read_text(encoding="utf-8").splitlines():
        m = re.match(r"第([零一二三四五六七八九十百]+)条", line)
        if m:
            current = cn_int(m.group(1))
            arts[current] = [line]
        elif current and line.strip() and not line.startswith("#"):
            arts[current].append(line)
    return arts


def check_citations(mod, label: dict) -> None:
    if not LAWS.is_dir():
        return  # main() says the citations went unchecked
    decision = dt.date.fromisoformat(label["fields"]["dates"]["decision"])
    for c in label["fields"]["citations"]:
        arts = law_articles(c["law"], decision)
        if arts is None:
            problems.append(f"{mod.CASE_ID}: no law text for {c['law']}")
            continue
        exists = c["article"] in arts
        if exists and c["paragraph"]:
            paras = [p for p in arts[c["article"]] if not p.startswith("（")]
            exists = c["paragraph"] <= len(paras)
        if exists and c["item"]:
            exists = sum(1 for p in arts[c["article"]] if p.startswith("（")) >= c["item"]
        expect(exists != ("LAW-03" in label["codes"] and c["article"] == 28), f"{mod.CASE_ID}: citation {c}")


def check_files(mod, codes: set[str]) -> None:
    if mod.FORMAT == "txt":
        files = sorted((DATA / mod.CASE_ID).glob("*.txt"))
        expect(len(files) == len(mod.docs()) + 1, f"{mod.CASE_ID}: text files missing")
        toc = files[0].read_text(encoding="utf-8")
        last = re.findall(r"\t(\d+)(?:-(\d+))?$", toc, flags=re.M)[-1]
        listed = int(last[1] or last[0])
        text = files[-2].read_text(encoding="utf-8")  # the last numbered document
        footers = re.findall(r"^\s*(?:第\s*(\d+)\s*页.*|-\s*(\d+)\s*-)\s*$", text, flags=re.M)
        actual = int(footers[-1][0] or footers[-1][1]) if footers else 0
        expect((listed != actual) == ("ARCH-01" in codes), f"{mod.CASE_ID}: 目录 {listed} vs pages {actual}")
        return
    if mod.FORMAT == "photos":
        pages = sorted((DATA / mod.CASE_ID).glob("*.jpg"))
        expect(len(pages) >= 5, f"{mod.CASE_ID}: photos missing")
        return
    path = DATA / f"{mod.CASE_ID}.pdf"
    expect(path.is_file(), f"{mod.CASE_ID}: pdf missing")
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return
    pdf = pdfium.PdfDocument(str(path))
    texts = [len(pdf[i].get_textpage().get_text_range().strip()) for i in range(len(pdf))]
    if mod.FORMAT == "scan-pdf":
        expect(not any(texts), f"{mod.CASE_ID}: a scanned PDF page has a text layer")
    else:
        expect(any(texts) and not all(texts), f"{mod.CASE_ID}: mixed PDF is not mixed")


def main() -> int:
    labels = {}
    for line in (DATA / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        labels[rec["case_id"]] = rec
    expect(len(labels) == len(MODULES), "labels.jsonl: wrong number of cases")
    for mod in MODULES:
        label = labels.get(mod.CASE_ID)
        if label is None:
            problems.append(f"{mod.CASE_ID}: no label")
            continue
        expect(label["codes"] == sorted(label["codes"]), f"{mod.CASE_ID}: codes not sorted")
        check_ids(mod)
        check_deadlines(mod, label)
        check_amounts(mod, label)
        check_citations(mod, label)
        check_files(mod, set(label["codes"]))
    check_hearing()
    if not LAWS.is_dir():
        print(f"note: {LAWS} not found, citations not checked against the law texts")
    codes = {c for rec in labels.values() for c in rec["codes"]}
    clean = sum(1 for rec in labels.values() if not rec["codes"])
    print(f"{len(labels)} cases, {clean} clean, {len(codes)} distinct codes: {sorted(codes)}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
