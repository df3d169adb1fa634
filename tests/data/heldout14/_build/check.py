"""Re-verify IDs, working-day deadlines and ranges against labels.jsonl. Prints OK/!! lines."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, D, credit_ok, id_ok, workdays_between

# extra per-case facts the labels do not carry: notice service date, stated statement period
# (days, calendar), extension flag, fine ranges, and intended-bad IDs
EXTRA = {
    "hd14_01_food_tingzheng": {"notice_served": "2023-06-07", "period": 5, "range": (50000, 100000)},
    "hd14_02_safety_shuangfa": {"notice_served": "2019-04-10", "period": 3, "range": (50000, 100000)},
    "hd14_03_dust_scan": {"notice_served": "2022-07-12", "period": 5, "range": (10000, 100000)},
    "hd14_04_fire_docx": {"notice_served": "2022-08-31", "period": 5, "range": (5000, 50000)},
    "hd14_05_price_dangchang": {"range": (0, 5000)},
    "hd14_06_tax_buyu": {},
    "hd14_07_guihua_jiachu": {"notice_served": "2025-04-10", "period": 3, "range": (230000, 460000)},
}

bad = 0
def rep(ok, msg):
    global bad
    bad += not ok
    print("OK" if ok else "!!", msg)

for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
    L = json.loads(line)
    cid, codes, f = L["case_id"], set(L["codes"]), L["fields"]
    x = EXTRA.get(cid, {})
    p = f["party"]
    if p["credit_code"]:
        rep(credit_ok(p["credit_code"]) or "DOC-06" in codes, f"{cid} credit code {p['credit_code']}")
    if p["id_number"]:
        rep(id_ok(p["id_number"]) or "DOC-06" in codes, f"{cid} id number {p['id_number']}")
    dd = f["dates"]
    if dd["decision"] and dd["decision_served"]:
        n = workdays_between(D(dd["decision"]), D(dd["decision_served"]))
        rep((n <= 7) != ("SERV-01" in codes), f"{cid} decision served after {n} working days")
    if dd["filing"] and dd["decision"]:
        n = (D(dd["decision"]) - D(dd["filing"])).days
        rep((n <= 90) != ("PROC-03" in codes), f"{cid} decision {n} days after filing")
    if x.get("notice_served") and dd["decision"]:
        gap = (D(dd["decision"]) - D(x["notice_served"])).days
        rep((gap > x["period"]) != ("PROC-05" in codes), f"{cid} decision {gap} days after notice served (period {x['period']})")
    if "range" in x and f["penalty"]["fine_yuan"]:
        lo, hi = x["range"]
        fine = f["penalty"]["fine_yuan"]
        rep((lo <= fine <= hi) != ("LAW-05" in codes), f"{cid} fine {fine} in [{lo},{hi}]")
    if dd["filing"] and dd["notice"]:
        rep(D(dd["filing"]) <= D(dd["notice"]) <= D(dd["decision"]), f"{cid} order filing<=notice<=decision")
    path = os.path.join(OUT, cid)
    rep(any(os.path.exists(path + e) for e in ("", ".txt", ".pdf", ".docx")), f"{cid} file present")

# module-level facts the labels do not carry
import re, glob
import c01_food, c07_plan
rep(c01_food.GAIN == c01_food.PRICE * c01_food.SOLD, "hd14_01 违法所得 = 单价 x 售出数")
rep((c07_plan.EXTRA > c07_plan.FINE) == True, f"hd14_07 加处罚款 {c07_plan.EXTRA} exceeds fine {c07_plan.FINE} (EXEC-02 intended)")
rep(c07_plan.EXTRA == c07_plan.FINE * 3 * c07_plan.LATE_DAYS // 100, "hd14_07 加处罚款 = 3% x days")
rep((D("2025-06-20") - D("2025-05-06")).days == c07_plan.LATE_DAYS, "hd14_07 overdue days 2025-05-07..06-20")

# 卷内目录 vs actual pages in the folder case (ARCH-01 intended) and the form-feed case (must match)
def toc_rows(text):
    return [(m.group(2), m.group(3)) for m in re.finditer(r"^(\d+)\t(.+?)\t([\d-]+)$", text, re.M)]
folder = os.path.join(OUT, "hd14_07_guihua_jiachu")
actual = {}
for fn in sorted(glob.glob(os.path.join(folder, "[0-9][0-9]_*.txt")))[1:]:
    nums = [int(x) for x in re.findall(r"^- (\d+) -$", open(fn, encoding="utf-8").read(), re.M)]
    actual[os.path.basename(fn)[3:-4]] = f"{nums[0]}" if len(nums) == 1 else f"{nums[0]}-{nums[-1]}"
listed = dict(toc_rows(open(os.path.join(folder, "00_卷内目录.txt"), encoding="utf-8").read()))
rep(listed != actual, f"hd14_07 toc differs from pages (ARCH-01): {[k for k in actual if listed.get(k) != actual[k]][:3]}")
ff = open(os.path.join(OUT, "hd14_06_tax_buyu.txt"), encoding="utf-8").read().split("\f")
rows = toc_rows(ff[0])
ok = all(ff[int(r.split("-")[0]) - 1].lstrip().split("\n")[1 if t != "立案审批表" else 1].find(t[:2]) >= 0 or t[:2] in ff[int(r.split("-")[0]) - 1] for t, r in rows)
rep(ok, "hd14_06 toc titles found on their listed pages")

print("problems:", bad)
sys.exit(1 if bad else 0)
