"""Re-verify the heldout19 corpus against its labels: IDs, working-day deadlines, 90-day limit,
陈述申辩 periods, file presence/size. Run: python check.py (exit 1 on any failure)."""
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import case_hd19_01 as c1  # noqa: E402
import case_hd19_02 as c2  # noqa: E402
import case_hd19_03 as c3  # noqa: E402
import case_hd19_04 as c4  # noqa: E402
import case_hd19_05 as c5  # noqa: E402
import case_hd19_06 as c6  # noqa: E402
import case_hd19_07 as c7  # noqa: E402
from common import D, OUT, add_workdays, idno_ok, uscc_ok, workdays_after  # noqa: E402

MODS = [c1, c2, c3, c4, c5, c6, c7]
fails = []


def ok(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        fails.append(msg)


labels = {json.loads(l)["case_id"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
ok(len(labels) == 7, "7 labelled cases")

for m in MODS:
    cid = m.CASE_ID
    lab = labels[cid]
    f = lab["fields"]
    # files present
    paths = [p for p in os.listdir(OUT) if os.path.splitext(p)[0] == cid]
    ok(len(paths) == 1, f"{cid}: one file or folder in corpus")
    # IDs in module constants and in the label
    for attr in ("CREDIT",):
        if hasattr(m, attr):
            ok(uscc_ok(getattr(m, attr)), f"{cid}: {attr} {getattr(m, attr)} passes GB 32100")
    for attr in ("ID", "LEGAL_ID", "MGR_ID", "WIT_ID"):
        if hasattr(m, attr):
            ok(idno_ok(getattr(m, attr)), f"{cid}: {attr} {getattr(m, attr)} passes GB 11643")
    p = f["party"]
    if p["credit_code"]:
        ok(uscc_ok(p["credit_code"]), f"{cid}: label credit_code valid")
    if p["id_number"]:
        ok(idno_ok(p["id_number"]), f"{cid}: label id_number valid")
    # every 18-char code in the text-bearing source is valid
    v = m.build()
    text = "\n".join(pg for d in v.docs for pg in d[3])
    for code in set(re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Z])", text)):
        good = uscc_ok(code) or idno_ok(code)
        ok(good, f"{cid}: code {code} in text has a valid check character")
    ok(p["name"] in text, f"{cid}: party name appears in the volume")
    # dates
    dd = f["dates"]
    dec = D(dd["decision"])
    if dd["decision_served"]:
        wd = workdays_after(dec, D(dd["decision_served"]))
        late = "SERV-01" in lab["codes"]
        ok((wd > 7) == late, f"{cid}: decision served after {wd} working days (SERV-01 labelled: {late})")
    if dd["filing"]:
        days = (dec - D(dd["filing"])).days
        ok(0 <= days <= 90, f"{cid}: decision {days} days after filing (<=90)")
    if dd["notice"]:
        ok(D(dd["notice"]) < dec, f"{cid}: notice before decision")

# 陈述申辩 periods (served date, length in working days under APL 2021 Art 85; 2019 case in calendar days)
periods = {
    c2.CASE_ID: ("2024-10-14", 5, True),
    c3.CASE_ID: ("2025-04-18", 5, False),
    c4.CASE_ID: ("2021-11-09", 5, False),
    c6.CASE_ID: ("2023-08-08", 5, False),
    c7.CASE_ID: ("2022-06-27", 5, False),
}
for cid, (served, n, expect_early) in periods.items():
    end = add_workdays(D(served), n)
    dec = D(labels[cid]["fields"]["dates"]["decision"])
    early = dec <= end
    ok(early == expect_early and (("PROC-05" in labels[cid]["codes"]) == expect_early),
       f"{cid}: period ends {end}, decision {dec} (PROC-05 expected: {expect_early})")
# 2019 tax case: 三日 (APL 2017 has no working-day rule): served 2019-04-11 -> ends 2019-04-14 (Sun) -> 04-15
ok(D("2019-04-22") > D("2019-04-16"), "hd19_05: decision after the 3-day period even counted in working days")

# hearing notice >= 7 working days before the hearing (hd19_03)
wd = workdays_after(D(c3.DATES["hearing_notice"]), D(c3.DATES["hearing"])) - 1
ok(wd >= 7, f"hd19_03: {wd} working days between hearing notice and hearing")
ok(workdays_after(D(c3.DATES["notice"]), D(c3.DATES["request"])) <= 5, "hd19_03: hearing requested within 5 working days")

# tax late fee arithmetic (EXEC-02)
overdue = (D(c5.DATES["paid"]) - D(c5.DATES["due"])).days
ok(overdue == c5.LATE_DAYS and c5.LATE_FEE == round(c5.FINE * 0.03 * overdue) and c5.LATE_FEE > c5.FINE,
   f"hd19_05: 加处罚款 {c5.LATE_FEE} for {overdue} days exceeds fine {c5.FINE}")
ok(D(c5.DATES["due"]) == D(c5.DATES["served"]) + dt.timedelta(days=15), "hd19_05: payment due 15 days after service")

# hd19_02 arithmetic and range
ok(c2.GAIN == 12600 and c2.GAIN <= labels[c2.CASE_ID]["fields"]["penalty"]["fine_yuan"] <= 5 * c2.GAIN, "hd19_02: fine within 1-5x gain")
# hd19_06 below statutory minimum (LAW-05)
ok(labels[c6.CASE_ID]["fields"]["penalty"]["fine_yuan"] < 50000, "hd19_06: fine below 50000 minimum")

# hd19_06 ARCH-01: the directory really is wrong; the others really are right
import case_hd19_06  # noqa: E402,F811
toc = open(os.path.join(OUT, c6.CASE_ID, "01_卷内目录.txt"), encoding="utf-8").read()
real = {t: (a, b) for t, _, _, a, b in c6.build().ranges()}
ok("3-4" in toc and real["调查询问笔录"] == (3, 5), "hd19_06: 目录 says 询问笔录 3-4, real 3-5")
for m, fname, enc in ((c7, c7.CASE_ID + ".txt", "utf-8"), (c5, c5.CASE_ID + ".txt", "gb18030")):
    body = open(os.path.join(OUT, fname), encoding=enc).read()
    for i, (t, _, _, a, b) in enumerate(m.build().ranges(), 1):
        rng = f"{a}" + (f"-{b}" if b != a else "")
        ok(f"{i}\t{t}\t{rng}" in body, f"{m.CASE_ID}: 目录 line {i} {t} {rng}")

# sizes
total = 0
for root, _, files in os.walk(OUT):
    if "_build" in root:
        continue
    total += sum(os.path.getsize(os.path.join(root, x)) for x in files)
ok(total < 2_000_000, f"corpus size {total} bytes < 2 MB")
ok(os.path.getsize(os.path.join(OUT, c1.CASE_ID + ".pdf")) < 1_200_000, "scanned PDF < 1.2 MB")
print("\n%d failure(s)" % len(fails))
sys.exit(1 if fails else 0)
