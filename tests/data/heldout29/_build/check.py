"""Re-verifies the labels: check characters, working-day service, 90-day limit, 陈述申辩 period,
and that each case file exists. Run: python check.py (needs chinese_calendar)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, credit_ok, id_ok, workdays_between, d  # noqa: E402

# per-case facts the labels do not carry: date the 告知书 was served and its period (working days
# for the 2021 law's 五日/三日, as stated in the 告知书), and whether the party waived in writing.
EXTRA = {}
try:
    from extra import EXTRA  # noqa: F401,E402
except ImportError:
    pass


def main():
    bad = 0
    rows = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    for r in rows:
        cid, codes, f = r["case_id"], set(r["codes"]), r["fields"]
        p = f["party"]
        exists = any(os.path.exists(os.path.join(OUT, cid + ext)) for ext in ("", ".txt", ".pdf", ".docx"))
        msgs = []
        if not exists:
            msgs.append("file missing")
        if p.get("credit_code") and not credit_ok(p["credit_code"]):
            msgs.append("credit code check char")
        if p.get("id_number") and not id_ok(p["id_number"]):
            msgs.append("id check digit")
        dt_ = f["dates"]
        if dt_.get("decision") and dt_.get("decision_served"):
            w = workdays_between(dt_["decision"], dt_["decision_served"]) if dt_["decision_served"] > dt_["decision"] else 0
            if (w > 7) != ("SERV-01" in codes):
                msgs.append(f"SERV-01 mismatch ({w} working days)")
        if dt_.get("filing") and dt_.get("decision"):
            days = (d(dt_["decision"]) - d(dt_["filing"])).days
            if (days > 90) != ("PROC-03" in codes):
                msgs.append(f"PROC-03 mismatch ({days} days)")
        ex = EXTRA.get(cid)
        if ex and ex.get("notice_served") and dt_.get("decision"):
            end = ex["period_end"]
            early = d(dt_["decision"]) <= d(end) and not ex.get("waived")
            if early != ("PROC-05" in codes):
                msgs.append(f"PROC-05 mismatch (period ends {end})")
        print(cid, sorted(codes), "OK" if not msgs else "; ".join(msgs))
        bad += bool(msgs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
