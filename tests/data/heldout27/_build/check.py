"""Re-verify IDs and working-day deadlines of the heldout27 labels (run with a Python that has chinese_calendar)."""
import datetime as dt, json, os, sys
import chinese_calendar as cc
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import credit_code, id_number
import labels_src

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def wd_after(a, b):
    """working days in (a, b]"""
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        n += cc.is_workday(x)
    return n


def add_wd(a, k):
    x = a
    while k:
        x += dt.timedelta(days=1)
        k -= cc.is_workday(x)
    return x


bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
extra = {m.LABEL["case_id"]: m.LABEL.get("_check", {}) for m in labels_src.load()}
for lab in labels:
    cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
    p = f["party"]
    msgs = []
    if p.get("credit_code") and credit_code(p["credit_code"][:17]) != p["credit_code"]:
        msgs.append("bad credit code")
    if p.get("id_number") and id_number(p["id_number"][:17]) != p["id_number"] and "DOC-06" not in codes:
        msgs.append("bad id number")
    ds = {k: (dt.date.fromisoformat(v) if v else None) for k, v in f["dates"].items()}
    ex = extra.get(cid, {})
    if ds["decision"] and ds["decision_served"]:
        w = wd_after(ds["decision"], ds["decision_served"])
        if (w > 7) != ("SERV-01" in codes):
            msgs.append(f"service {w} wd vs labels")
    if ds["filing"] and ds["decision"] and f["penalty"]["procedure"] == "普通":
        days = (ds["decision"] - ds["filing"]).days
        if (days > 90) != ("PROC-03" in codes) and not ex.get("extension"):
            msgs.append(f"90-day: {days}")
    if ex.get("notice_served") and ds["decision"]:
        end = add_wd(dt.date.fromisoformat(ex["notice_served"]), ex["plea_wd"])
        if (ds["decision"] <= end) != ("PROC-05" in codes):
            msgs.append(f"plea period ends {end}, decision {ds['decision']}")
    print(cid, lab["codes"], "OK" if not msgs else msgs)
    bad += bool(msgs)
sys.exit(1 if bad else 0)
