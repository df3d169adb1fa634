"""Re-verify the heldout44 labels: IDs, working-day service deadline, 90-day limit, 陈述申辩 period,
and that each labelled deadline defect really is (and each clean case really is not) a deadline breach.
Run with the project venv (needs chinese_calendar): python check.py"""
import json
import os
import sys
import case_a, case_b, case_c, case_d, case_e, case_f, case_g
from common import OUT, credit_ok, id_ok, d, working_days_after, add_working_days

# 陈述申辩/听证 period printed in each 事先告知书, in working days (None: no 告知书)
PERIOD = {case_a.CASE_ID: 3, case_b.CASE_ID: None, case_c.CASE_ID: 5, case_d.CASE_ID: 5,
          case_e.CASE_ID: 5, case_f.CASE_ID: 3, case_g.CASE_ID: 5}
FILES = {m.CASE_ID: m for m in (case_a, case_b, case_c, case_d, case_e, case_f, case_g)}


def main():
    bad = 0
    for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        cid, codes, f = r["case_id"], set(r["codes"]), r["fields"]
        p, dt = f["party"], f["dates"]
        errs = []
        if p["credit_code"] and not credit_ok(p["credit_code"]):
            errs.append("credit code check char")
        if p["id_number"] and not id_ok(p["id_number"]):
            errs.append("id number check digit")
        wd = working_days_after(dt["decision"], dt["decision_served"])
        if (wd > 7) != ("SERV-01" in codes):
            errs.append(f"service {wd} working days vs label")
        if dt["filing"]:
            days = (d(dt["decision"]) - d(dt["filing"])).days
            if (days > 90) != ("PROC-03" in codes):
                errs.append(f"decision {days} days after filing vs label")
        if PERIOD[cid]:
            end = add_working_days(dt["notice"], PERIOD[cid])  # all notices served on their date
            early = dt["decision"] <= end
            if early != ("PROC-05" in codes):
                errs.append(f"decision {dt['decision']} vs period end {end}")
        if r["fields"]["penalty"]["procedure"] == "简易":
            over = f["penalty"]["fine_yuan"] > (200 if p["kind"] == "个人" else 3000)
            if over != ("PROC-10" in codes):
                errs.append("简易 limit vs label")
        m = FILES[cid]
        present = any(os.path.exists(os.path.join(OUT, cid + ext)) for ext in (".txt", ".pdf", ".docx")) \
            or os.path.isdir(os.path.join(OUT, cid))
        if not present:
            errs.append("case file missing")
        if cid == case_e.CASE_ID and case_e.ILLEGAL != 34296:
            errs.append("E 违法所得")
        if cid == case_g.CASE_ID and 86 * (65 - 38) == 2522:
            errs.append("G EVID-03 not a real miscalculation")
        if cid == case_f.CASE_ID and not (case_f.SURCHARGE > case_f.FINE):
            errs.append("F EXEC-02")
        print(("OK  " if not errs else "BAD ") + cid, sorted(codes), "; ".join(errs))
        bad += bool(errs)
    # gb18030 case must decode as gb18030 and not as utf-8
    raw = open(os.path.join(OUT, case_b.CASE_ID + ".txt"), "rb").read()
    raw.decode("gb18030")
    try:
        raw.decode("utf-8")
        print("BAD gb18030 file decodes as utf-8")
        bad += 1
    except UnicodeDecodeError:
        pass
    size = os.path.getsize(os.path.join(OUT, case_g.CASE_ID + ".pdf"))
    if size > 1_200_000:
        print("BAD scanned pdf too large", size)
        bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
