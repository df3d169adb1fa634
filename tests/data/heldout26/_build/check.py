"""Re-verify labels against the rules: ID check characters, working-day deadlines, 90-day limit.
Prints one line per case; exit code 1 if a clean case breaks a rule or a labelled deadline defect is absent."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, credit_code, id_number, working_days_between, add_working_days  # noqa: E402
import labels_src  # noqa: E402

bad = 0
for m in labels_src.load():
    lab, extra = m.LABEL, m.LABEL.get("_check", {})
    codes, f = set(lab["codes"]), lab["fields"]
    msgs = []
    p = f["party"]
    if p.get("credit_code") and credit_code(p["credit_code"][:17]) != p["credit_code"]:
        msgs.append("credit code check char wrong")
    if p.get("id_number") and id_number(p["id_number"][:17]) != p["id_number"]:
        msgs.append("id number check digit wrong")
    for k in ("id_numbers", "credit_codes"):
        for v in extra.get(k, []):
            fn = id_number if k == "id_numbers" else credit_code
            if fn(v[:17]) != v:
                msgs.append(f"{v} invalid")
    ds = f["dates"]
    if ds["decision"] and ds["decision_served"]:
        wd = working_days_between(ds["decision"], ds["decision_served"])
        if (wd > 7) != ("SERV-01" in codes):
            msgs.append(f"service {wd} wd vs label")
    if ds["filing"] and ds["decision"]:
        days = (dt.date.fromisoformat(ds["decision"]) - dt.date.fromisoformat(ds["filing"])).days
        if (days > 90 and not extra.get("extension")) != ("PROC-03" in codes):
            msgs.append(f"{days} days since filing vs label")
    if extra.get("notice_served") and ds["decision"]:
        end = add_working_days(extra["notice_served"], extra["statement_wd"])
        if (ds["decision"] <= end) != ("PROC-05" in codes):
            msgs.append(f"statement period ends {end} vs decision {ds['decision']}")
    path = os.path.join(OUT, lab["case_id"])
    if not (os.path.exists(path + ".txt") or os.path.exists(path) or os.path.exists(path + ".pdf")
            or os.path.exists(path + ".docx")):
        msgs.append("file missing")
    bad += bool(msgs)
    print(lab["case_id"], sorted(codes), "OK" if not msgs else "; ".join(msgs))
sys.exit(1 if bad else 0)
