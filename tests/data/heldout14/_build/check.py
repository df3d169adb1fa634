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
    "hd14_07_guihua_jiachu": {"notice_served": "2025-04-10", "period": 3, "range": (31000, 62000)},
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

print("problems:", bad)
sys.exit(1 if bad else 0)
