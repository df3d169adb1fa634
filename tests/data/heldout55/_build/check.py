"""Re-verifies the heldout55 labels: ID check characters, working-day and calendar deadlines, and that
the date-driven codes in labels.jsonl (SERV-01, PROC-03, PROC-05) agree with the arithmetic.
Run: python check.py  (needs chinese_calendar)."""
import json
import os
import sys

from common import OUT, d, idno_ok, uscc_ok, workdays_after, add_workdays

# notice service date and stated 陈述申辩/听证申请 period (working days unless noted) per case
NOTICE = {
    "h55_01": ("2022-10-12", 5, "wd"),
    "h55_02": ("2020-07-22", 3, "cal"),
    "h55_03": ("2023-04-12", 5, "wd"),
    "h55_04": ("2024-06-19", 5, "wd"),
    "h55_06": ("2021-11-29", 5, "wd"),
    "h55_07": ("2022-04-22", 5, "wd"),
}
# on-the-spot handover (no SERV-01 possible)
ON_SPOT = {"h55_05"}


def text_of(case_id):
    for ext in (".txt",):
        p = os.path.join(OUT, case_id + ext)
        if os.path.exists(p):
            raw = open(p, "rb").read()
            for enc in ("utf-8", "gb18030"):
                try:
                    return raw.decode(enc)
                except UnicodeDecodeError:
                    pass
    p = os.path.join(OUT, case_id)
    if os.path.isdir(p):
        return "\n".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
    return None


def main():
    bad = 0
    for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
        lab = json.loads(line)
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        pt, dt = f["party"], f["dates"]
        msgs = []
        if pt["credit_code"] and not uscc_ok(pt["credit_code"]):
            msgs.append("credit code check char wrong")
        if pt["id_number"] and not idno_ok(pt["id_number"]):
            msgs.append("id number check digit wrong")
        txt = text_of(cid)
        if txt is not None:
            key = pt["credit_code"] or pt["id_number"]
            if key not in txt:
                msgs.append("party id not found in text")
            if lab["encoding"] == "gb18030":
                open(os.path.join(OUT, cid + ".txt"), encoding="gb18030").read()
        # SERV-01
        if dt["decision"] and dt["decision_served"] and cid not in ON_SPOT:
            late = workdays_after(dt["decision"], dt["decision_served"]) > 7
            if late != ("SERV-01" in codes):
                msgs.append(f"SERV-01 mismatch ({workdays_after(dt['decision'], dt['decision_served'])} wd)")
        # PROC-03
        if dt["filing"] and dt["decision"]:
            over = (d(dt["decision"]) - d(dt["filing"])).days > 90
            if over != ("PROC-03" in codes):
                msgs.append("PROC-03 mismatch")
        # PROC-05
        if cid in NOTICE and dt["decision"]:
            served, n, unit = NOTICE[cid]
            if unit == "wd":
                end = add_workdays(served, n)
            else:
                end = (d(served).toordinal() + n)
                import datetime
                end = datetime.date.fromordinal(end).isoformat()
            early = d(dt["decision"]) <= d(end)
            if early != ("PROC-05" in codes):
                msgs.append(f"PROC-05 mismatch (period ends {end})")
            if dt["notice"] and d(dt["notice"]) > d(dt["decision"]):
                msgs.append("notice after decision")
        print(cid, sorted(codes), "OK" if not msgs else "; ".join(msgs))
        bad += bool(msgs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
