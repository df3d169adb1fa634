"""Re-verify heldout10 against its labels: check characters, working-day deadlines, amounts, page counts, sizes.
Run:  python tests/data/heldout10/_build/check.py   (needs chinese_calendar)"""
import datetime as dt
import glob
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import render  # noqa: E402
from common import add_workdays, d, idno_ok, uscc_ok, workdays_between  # noqa: E402

# notice served date, period length, unit ("wd" working days / "cd" calendar days) as printed in each 告知书
PLEA = {
    "hx10_a_莆田消防_星海娱乐": ("2023-06-02", 5, "wd"),
    "hx10_b_汇川应急_黔兴金属": ("2025-04-25", 5, "wd"),
    "hx10_c_青山湖市监_惠邻商贸": ("2023-04-04", 5, "wd"),
    "hx10_d_东坡自然资源_鑫磊建材": ("2024-04-16", 5, "wd"),
    "hx10_f_莲都交通_非法客运": ("2022-09-28", 5, "wd"),
    "hx10_g_小店住建_扬尘": ("2019-05-07", 3, "cd"),
}
MODULES = {
    "hx10_a_莆田消防_星海娱乐": "case_a_xiaofang", "hx10_b_汇川应急_黔兴金属": "case_b_yingji",
    "hx10_c_青山湖市监_惠邻商贸": "case_c_jiage", "hx10_d_东坡自然资源_鑫磊建材": "case_d_tudi",
    "hx10_e_天山税务_干果店简易": "case_e_shuiwu", "hx10_f_莲都交通_非法客运": "case_f_yunshu",
    "hx10_g_小店住建_扬尘": "case_g_yangchen",
}
errors = []


def ok(cond, msg):
    if not cond:
        errors.append(msg)


def count_pages(mod):
    """Pages in the built artefact vs. pages the builder laid out."""
    import importlib
    m = importlib.import_module(mod)
    docs = m.docs()
    render.assemble(docs)
    laid = sum(len(doc.pages) for doc in docs)
    base = os.path.join(ROOT, m.CASE_ID)
    if m.FORMAT == "pdf":
        got = len(re.findall(rb"/Type\s*/Page[^s]", open(base + ".pdf", "rb").read()))
    elif m.FORMAT == "photos":
        got = len(glob.glob(os.path.join(base, "p*.jpg")))
    elif m.FORMAT == "docx":
        xml = zipfile.ZipFile(base + ".docx").read("word/document.xml").decode("utf-8")
        got = xml.count('w:type="page"') + 1
    elif m.FORMAT == "txt-folder":
        got = sum(open(f, encoding="utf-8").read().count("\n\n\n") * 0 + 1 for f in glob.glob(base + "/*.txt"))
        laid = len(docs)       # one file per document
    else:
        enc = "gb18030" if m.FORMAT == "txt-gb18030" else "utf-8"
        got = open(base + ".txt", encoding=enc).read().count("\f") + 1
    ok(got == laid, f"{m.CASE_ID}: artefact has {got} pages/files, builder laid out {laid}")
    # 卷内目录 page ranges cover every numbered page exactly once
    rows = render.toc_rows(docs)
    pages = []
    for r in rows:
        a, _, b = r[4].partition("-")
        pages += list(range(int(a), int(b or a) + 1))
    ok(pages == list(range(1, len(pages) + 1)), f"{m.CASE_ID}: 卷内目录 page ranges not contiguous")
    return m


def main():
    labels = [json.loads(x) for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    ok(len(labels) == 7, "expected 7 cases")
    allcodes = set()
    for lab in labels:
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        allcodes |= codes
        m = count_pages(MODULES[cid])
        p = f["party"]
        if p["credit_code"]:
            ok(uscc_ok(p["credit_code"]), f"{cid}: credit code check character")
        if p["id_number"]:
            ok(idno_ok(p["id_number"]), f"{cid}: id number check digit")
        dd = f["dates"]
        dec, srv = d(dd["decision"]), d(dd["decision_served"])
        wd = workdays_between(dec, srv)
        if "SERV-01" in codes:
            ok(wd > 7, f"{cid}: SERV-01 labelled but served after {wd} working days")
        else:
            ok(wd <= 7, f"{cid}: decision served after {wd} working days")
        if dd["filing"]:
            days = (dec - d(dd["filing"])).days
            ok(days <= 90 or "PROC-03" in codes, f"{cid}: {days} days from 立案 to decision")
            ok(d(dd["filing"]) <= d(dd["notice"]) <= dec, f"{cid}: 立案/告知/决定 out of order")
        if cid in PLEA:
            served, n, unit = PLEA[cid]
            end = add_workdays(d(served), n) if unit == "wd" else d(served) + dt.timedelta(days=n)
            if "PROC-05" in codes:
                ok(dec <= end, f"{cid}: PROC-05 labelled but decision {dec} after period end {end}")
            else:
                ok(dec > end, f"{cid}: decision {dec} not after 陈述申辩 period end {end}")
        if f["penalty"]["procedure"] == "简易":
            lim = 200 if p["kind"] == "个人" else 3000
            ok((f["penalty"]["fine_yuan"] > lim) == ("PROC-10" in codes), f"{cid}: 简易 limit vs PROC-10")
        # specific planted facts
        if cid.startswith("hx10_d"):
            ok(not uscc_ok(m.BAD) and "DOC-06" in codes, "D: swapped credit code must fail its check")
            ok(add_workdays(d("2024-04-16"), 5) >= d(m.D["request"]), "D: hearing request late")
            ok(workdays_between(d(m.D["hnotice"]), d(m.D["hearing"])) >= 7, "D: hearing notice < 7 working days")
            ok(100 * m.AREA <= m.FINE <= 1000 * m.AREA, "D: fine outside 100-1000元/㎡")
        if cid.startswith("hx10_f"):
            ok(m.TRUE_GAIN != m.GAIN and "EVID-03" in codes, "F: 违法所得 mismatch must be planted")
            ok(30000 <= m.FINE <= 100000, "F: fine outside 3万-10万")
        if cid.startswith("hx10_g"):
            ok(m.SURCHARGE > m.FINE and "EXEC-02" in codes, "G: 加处罚款 must exceed the fine")
            ok(m.SURCHARGE == m.FINE * 3 // 100 * m.LATE_DAYS, "G: surcharge arithmetic")
            ok((d("2019-07-15") - d("2019-05-31")).days == m.LATE_DAYS, "G: overdue days")
        if cid.startswith("hx10_a"):
            ok(5000 <= m.FINE <= 50000, "A: fine outside 5000-50000")
        if cid.startswith("hx10_b"):
            ok(100000 <= m.FINE <= 200000, "B: fine outside 10万-20万")
            ok(d(m.D["review"]) <= dec and d(m.D["discuss"]) <= dec, "B: 法制审核/集体讨论 after decision")
    ok(len(allcodes) >= 9, f"only {len(allcodes)} distinct codes")
    # sizes and hygiene
    total = 0
    for path in glob.glob(os.path.join(ROOT, "**", "*"), recursive=True):
        if os.path.isfile(path) and "__pycache__" not in path:
            total += os.path.getsize(path)
            if path.endswith(".jpg"):
                ok(os.path.getsize(path) < 400_000, f"{path}: photo over 400 KB")
            if path.endswith((".txt", ".md", ".jsonl", ".py")) and not path.endswith("check.py"):
                text = open(path, "rb").read().decode("utf-8", "ignore")
                ok(not re.search("/(work|tmp|home)/", text), f"{path}: machine path")
    ok(total < 2_000_000, f"corpus is {total} bytes")
    for e in errors:
        print("FAIL", e)
    print(f"{len(labels)} cases, {len(allcodes)} codes: {sorted(allcodes)}; {total} bytes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
