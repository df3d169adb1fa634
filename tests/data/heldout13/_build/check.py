"""Re-verifies the heldout13 corpus against its labels: IDs, working-day deadlines, files present.
Run: python tests/data/heldout13/_build/check.py  (needs chinese_calendar)."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, credit_ok, id_ok, workdays_after, add_workdays  # noqa: E402
import labels_src  # noqa: E402

problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


file_labels = {}
with open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") as f:
    for line in f:
        lab = json.loads(line)
        file_labels[lab["case_id"]] = lab

for mod, lab in labels_src.labels():
    cid = lab["case_id"]
    chk = mod.LABEL["checks"]
    codes = set(lab["codes"])
    if file_labels.get(cid) != lab:
        bad(cid, "labels.jsonl is stale (run labels_src.py)")
    names = [n for n in os.listdir(OUT) if os.path.splitext(n)[0] == cid or n == cid]
    if not names:
        bad(cid, "case file/folder missing")
    # IDs
    for kind, val in chk["ids"]:
        ok = credit_ok(val) if kind == "credit" else id_ok(val)
        if not ok:
            bad(cid, f"invalid {kind} {val}")
    p = lab["fields"]["party"]
    if p["credit_code"] and not credit_ok(p["credit_code"]):
        bad(cid, "label credit code invalid")
    if p["id_number"] and not id_ok(p["id_number"]):
        bad(cid, "label id number invalid")
    dec, served = chk["decision"], chk["served"]
    # service of the decision: 7 working days
    wd = workdays_after(dec, served)
    late = wd > 7
    if late != ("SERV-01" in codes):
        bad(cid, f"decision served after {wd} working days but SERV-01 label is {'SERV-01' in codes}")
    if chk["procedure"] == "普通":
        filing = chk["filing"]
        days = (dec - filing).days
        if (days > 90) != ("PROC-03" in codes):
            bad(cid, f"filing->decision {days} days vs PROC-03 label")
        if "plead_workdays" in chk:
            end = add_workdays(chk["notice_served"], chk["plead_workdays"])
        else:
            end = chk["notice_served"] + dt.timedelta(days=chk["plead_days"])
        early = dec <= end and not chk.get("waived")
        if early != ("PROC-05" in codes):
            bad(cid, f"plead period ends {end}, decision {dec}, PROC-05 label mismatch")
        if not (filing <= chk["notice_served"] <= dec):
            bad(cid, "filing/notice/decision out of order")
    fd = lab["fields"]["dates"]
    if fd["decision"] != dec.isoformat() or fd["decision_served"] != served.isoformat():
        bad(cid, "label dates differ from builder dates")
    print(f"{cid}: codes={sorted(codes)} served+{wd}wd")

# case-specific arithmetic
import case06  # noqa: E402
if (case06.SOLD + case06.STOCK) * case06.PRICE == case06.VALUE_WRONG:
    bad("case06", "EVID-03 intended but the value is right")
import case02  # noqa: E402
assert 100000 <= case02.FINE <= 200000 and 10000 <= case02.FINE_P <= 20000

print("\n".join(problems) if problems else "all checks passed")
sys.exit(1 if problems else 0)
