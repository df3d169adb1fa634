"""Re-verifies the heldout6 corpus against labels.jsonl: IDs, working-day deadlines, 90-day limit, amounts.
Run: .venv/bin/python tests/data/heldout6/_build/check.py"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

import chinese_calendar as cc
from docx import Document

sys.path.insert(0, str(Path(__file__).parent))
from common import OUT, credit_code, id_number  # noqa: E402

D = dt.date.fromisoformat
fails = []


def ok(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        fails.append(msg)


def wd_after(a, b):
    """working days in (a, b]"""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += cc.is_workday(d)
    return n


def add_wd(a, k):
    d = a
    while k:
        d += dt.timedelta(days=1)
        k -= cc.is_workday(d)
    return d


def case_text(cid):
    p = OUT / cid
    if p.is_dir():
        return "\f".join(f.read_text("utf-8") for f in sorted(p.glob("*.txt")))
    for ext, enc in ((".txt", None), (".docx", None)):
        f = OUT / (cid + ext)
        if f.exists():
            if ext == ".docx":
                doc = Document(f)
                parts = [x.text for x in doc.paragraphs]
                for t in doc.tables:
                    parts += [c.text for r in t.rows for c in r.cells]
                return "\n".join(parts)
            raw = f.read_bytes()
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode("gb18030")
    raise FileNotFoundError(cid)


labels = [json.loads(l) for l in (OUT / "labels.jsonl").read_text("utf-8").splitlines()]
EXPECTED_BAD_CC = {"h6_03_应急管理_停产整顿"}
for L in labels:
    cid, codes, f = L["case_id"], set(L["codes"]), L["fields"]
    print("==", cid, sorted(codes))
    text = case_text(cid)
    if L["encoding"] == "gb18030":
        raw = (OUT / (cid + ".txt")).read_bytes()
        ok(not raw.startswith(b"\xef\xbb\xbf"), "gb18030 file has no BOM")
        try:
            raw.decode("utf-8")
            ok(False, "gb18030 file must not decode as utf-8")
        except UnicodeDecodeError:
            ok(True, "gb18030 file is not utf-8")
    p = f["party"]
    if p["credit_code"]:
        ok(credit_code(p["credit_code"][:17]) == p["credit_code"], f"credit code {p['credit_code']} valid")
    if p["id_number"]:
        ok(id_number(p["id_number"][:17]) == p["id_number"], f"id number {p['id_number']} valid")
    # every credit code / id number written in the file
    bad = []
    for m in set(re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text)):
        if re.fullmatch(r"\d{17}[\dX]", m):
            if id_number(m[:17]) != m:
                bad.append(m)
        elif credit_code(m[:17]) != m:
            bad.append(m)
    if cid in EXPECTED_BAD_CC:
        ok(len(bad) == 1 and "DOC-06" in codes, f"exactly one invalid credit code (DOC-06): {bad}")
    else:
        ok(not bad, f"all IDs in file valid {bad}")
    dd = f["dates"]
    if dd["decision"] and dd["decision_served"]:
        n = wd_after(D(dd["decision"]), D(dd["decision_served"]))
        ok((n > 7) == ("SERV-01" in codes), f"decision→served {n} working days; SERV-01 labelled={'SERV-01' in codes}")
    if dd["filing"] and dd["decision"]:
        n = (D(dd["decision"]) - D(dd["filing"])).days
        ok((n > 90) == ("PROC-03" in codes), f"filing→decision {n} days")
    if dd["notice"] and dd["decision"]:
        end = add_wd(D(dd["notice"]), 5)  # notices in this corpus are served on their date, 5 working days
        early = D(dd["decision"]) <= end
        ok(early == ("PROC-05" in codes), f"陈述申辩 period ends {end}, decision {dd['decision']}, PROC-05 labelled={'PROC-05' in codes}")
        ok(D(dd["notice"]) < D(dd["decision"]), "notice before decision")
    if f["penalty"]["procedure"] == "简易":
        limit = 200 if p["kind"] == "个人" else 3000
        ok((f["penalty"]["fine_yuan"] > limit) == ("PROC-10" in codes), "简易 fine limit")

# case-specific arithmetic
t5 = case_text("h6_05_市场监管_食品标签减轻")
days = (dt.date(2022, 10, 20) - dt.date(2022, 8, 28)).days + 1
ok(days == 54 and "3000元 × 3% × 54天 ＝ 4860元" in t5 and 4860 > 3000, "case05 加处罚款 4860 (>3000, EXEC-02)")
ok(wd_after(dt.date(2022, 8, 12), dt.date(2022, 8, 27)) >= 0, "case05 payment due 15 calendar days after 8-12")
t1 = case_text("h6_01_市场监管_明码标价")
ok(20 * 85 + 9 * 12 + 3 * 36.5 == 1917.5 and "1917.50" in t1 and "3417.50" in t1, "case01 违法所得 1917.50, total 3417.50")
# case03 hearing: request within 5 wd of notice; notice 7 wd before hearing
ok(wd_after(dt.date(2022, 5, 20), dt.date(2022, 5, 24)) <= 5, "case03 hearing request within 5 working days")
ok(wd_after(dt.date(2022, 5, 27), dt.date(2022, 6, 10)) - 1 >= 7, "case03 hearing notice ≥7 working days before hearing")
# catalog page counts (txt cases)
for cid in ("h6_01_市场监管_明码标价", "h6_02_交通运输_无证货运", "h6_03_应急管理_停产整顿", "h6_06_税务_简易程序"):
    t = case_text(cid)
    pages = t.split("\f")
    nums = re.findall(r"(?:^|\t| \| |　　)(\d+)(?:[-—](\d+))?\s*$", pages[0], re.M)
    lastpg = max(int(b or a) for a, b in nums)
    ok(lastpg == len(pages), f"{cid}: catalog last page {lastpg} == {len(pages)} pages")

print("\nFAILURES:", len(fails)) if fails else print("\nall checks passed")
sys.exit(1 if fails else 0)
