"""Re-verifies labels.jsonl: IDs (GB 32100 / GB 11643), working-day service deadline, 90-day limit,
陈述申辩 period, and that every labelled case exists. Run with a Python that has chinese_calendar."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, credit_ok, id_ok, workdays_after  # noqa: E402

# 陈述申辩/听证 period in days stated in each 事先告知书 and the date the notice was served.
STATEMENT = {
    "hd54_01_沧州交通_无证货运": (3, "2019-06-10"),
    "hd54_02_沈阳交通_客车维护": (3, "2020-09-08"),
    "hd54_04_大连交通_维修改装": (5, "2022-07-25"),
    "hd54_05_临沂交通_从旧兼从轻": (5, "2023-08-09"),
    "hd54_06_石家庄交通_无证包车听证": (5, "2024-05-20"),
    "hd54_07_淄博交通_货车维护_扫描": (5, "2025-04-08"),
}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def main():
    bad = 0
    names = set(os.listdir(OUT))
    for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
        lab = json.loads(line)
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        msgs = []
        if not any(n == cid or n.startswith(cid + ".") for n in names):
            msgs.append("case file missing")
        p = f["party"]
        if p.get("credit_code") and not credit_ok(p["credit_code"]):
            msgs.append("bad credit code")
        if p.get("id_number") and not id_ok(p["id_number"]):
            msgs.append("bad id number")
        ds = {k: d(v) for k, v in f["dates"].items()}
        if ds["decision"] and ds["decision_served"] and f["penalty"]["procedure"] == "普通":
            late = workdays_after(ds["decision"], ds["decision_served"]) > 7
            if late != ("SERV-01" in codes):
                msgs.append(f"SERV-01 mismatch ({workdays_after(ds['decision'], ds['decision_served'])} working days)")
        if ds["filing"] and ds["decision"]:
            over = (ds["decision"] - ds["filing"]).days > 90
            if over != ("PROC-03" in codes):
                msgs.append("PROC-03 mismatch")
        if cid in STATEMENT:
            days, served = STATEMENT[cid]
            end = d(served) + dt.timedelta(days=days)
            early = ds["decision"] <= end  # decision must come after the last day of the period
            if early != ("PROC-05" in codes):
                msgs.append(f"PROC-05 mismatch (period ends {end})")
            if ds["notice"] and ds["notice"] > ds["decision"]:
                msgs.append("notice after decision")
        print(cid, sorted(codes), "OK" if not msgs else "; ".join(msgs))
        bad += bool(msgs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
