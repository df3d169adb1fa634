"""Re-verify IDs and deadlines in ../labels.jsonl (run with the project venv)."""
import json
import os
import re
import sys

from common import OUT, d, workdays_after, uscc_ok, idno_ok

# cases whose label says a deadline defect is intended
ok = True
for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
    row = json.loads(line)
    cid, codes, f = row["case_id"], set(row["codes"]), row["fields"]
    p = f["party"]
    if p.get("credit_code") and not uscc_ok(p["credit_code"]):
        print(cid, "bad USCC", p["credit_code"]); ok = False
    if p.get("id_number") and not idno_ok(p["id_number"]):
        print(cid, "bad ID", p["id_number"]); ok = False
    dt_ = f["dates"]
    msg = []
    if dt_.get("decision") and dt_.get("decision_served"):
        wd = workdays_after(d(dt_["decision"]), d(dt_["decision_served"]))
        late = wd > 7
        msg.append(f"service {wd} wd")
        if late != ("SERV-01" in codes):
            print(cid, "SERV-01 mismatch", wd); ok = False
    if dt_.get("filing") and dt_.get("decision"):
        days = (d(dt_["decision"]) - d(dt_["filing"])).days
        msg.append(f"filing->decision {days} d")
        if (days > 90) != ("PROC-03" in codes):
            print(cid, "PROC-03 mismatch (check extension)", days)
    if dt_.get("notice") and dt_.get("decision"):
        wd = workdays_after(d(dt_["notice"]), d(dt_["decision"]))
        msg.append(f"notice->decision {wd} wd")
        if (wd <= 5) != ("PROC-05" in codes):
            print(cid, "PROC-05 mismatch", wd); ok = False
    # every 18-char id in the volume must pass its check
    path = os.path.join(OUT, cid + ".txt")
    texts = []
    if os.path.isdir(os.path.join(OUT, cid)):
        for n in sorted(os.listdir(os.path.join(OUT, cid))):
            texts.append(open(os.path.join(OUT, cid, n), encoding="utf-8").read())
    elif os.path.exists(path):
        texts.append(open(path, encoding=row["encoding"]).read())
    for t in texts:
        for m in re.findall(r"(?<![0-9A-Z])([0-9]{17}[0-9X])(?![0-9A-Z])", t):
            if not idno_ok(m) and not uscc_ok(m) and "DOC-06" not in codes:
                print(cid, "bad id in text", m); ok = False
    print(cid, sorted(codes), "; ".join(msg))
print("OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
