"""Re-verifies the labels against the calendar and the ID check characters.
Run: python tests/data/heldout11/_build/check.py  (needs chinese_calendar)."""
import datetime as dt, json, os, re, sys, importlib
import chinese_calendar as cc
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import uscc_ok, idcard_ok  # noqa: E402

D = dt.date.fromisoformat


def wd_after(a, b):
    """working days from a (exclusive) to b (inclusive)"""
    n, d = 0, D(a)
    while d < D(b):
        d += dt.timedelta(1)
        n += cc.is_workday(d)
    return n


def add_wd(a, k):
    d = D(a)
    while k:
        d += dt.timedelta(1)
        k -= cc.is_workday(d)
    return d


bad = 0


def ok(cond, msg):
    global bad
    if not cond:
        bad += 1
        print("FAIL", msg)


labels = [json.loads(x) for x in open(os.path.join(os.path.dirname(HERE), "labels.jsonl"), encoding="utf-8")]
for lab in labels:
    cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
    party, dates = f["party"], f["dates"]
    if party["credit_code"]:
        ok(uscc_ok(party["credit_code"]) != ("DOC-06" in codes and "credit" in lab["notes"]), f"{cid} credit code")
    if party["id_number"]:
        ok(idcard_ok(party["id_number"]), f"{cid} id number")
    # every 18-char ID written in the case module must be valid unless DOC-06 is labelled
    mod = importlib.import_module("case" + cid.split("_")[1])
    for k in dir(mod):
        v = getattr(mod, k)
        if k == "CC" or k.endswith("_CC"):
            ok(uscc_ok(v) or "DOC-06" in codes, f"{cid} {k}={v} credit-code check character")
        elif k == "ID" or k.endswith("_ID"):
            ok(idcard_ok(v) or "DOC-06" in codes, f"{cid} {k}={v} ID check digit")
    dec, srv, fil, notice = dates["decision"], dates["decision_served"], dates["filing"], dates["notice"]
    for k, v in dates.items():
        if v:
            ok(cc.is_workday(D(v)) or k == "decision_served", f"{cid} {k} {v} is not a working day")
    if dec and srv and f["penalty"]["procedure"] == "普通":
        late = wd_after(dec, srv) > 7
        ok(late == ("SERV-01" in codes), f"{cid} service {dec}->{srv} = {wd_after(dec, srv)} wd vs labels")
    if dec and fil:
        days = (D(dec) - D(fil)).days
        ok((days > 90) == ("PROC-03" in codes), f"{cid} filing->decision {days} d vs labels")
    if notice and dec:
        ok(D(notice) <= D(dec), f"{cid} notice after decision")
    # case-specific period checks declared by the module
    per = getattr(mod, "PERIOD", None)
    if per:
        end = add_wd(per["served"], per["wd"]) if per.get("working", True) else D(per["served"]) + dt.timedelta(per["wd"])
        early = D(dec) <= end and not per.get("waived")
        ok(early == ("PROC-05" in codes), f"{cid} 陈述申辩 period ends {end}, decision {dec} vs labels")
    hr = getattr(mod, "HEARING", None)
    if hr:
        ok(wd_after(hr["notice_served"], hr["request"]) <= 5, f"{cid} hearing request later than 5 wd")
        ok(wd_after(hr["hn_served"], hr["hearing"]) >= 7,
           f"{cid} hearing less than 7 wd after its notice")
    for step in getattr(mod, "ORDER", []):
        a, b = step
        ok(D(a) <= D(b), f"{cid} order {a} !<= {b}")
    print(cid, sorted(codes), "checked")

print("FAILURES:", bad)
sys.exit(1 if bad else 0)
