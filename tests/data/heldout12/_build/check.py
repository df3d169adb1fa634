"""Re-verify the heldout12 labels: IDs, working-day deadlines, 90-day limit, 陈述申辩 period, ranges.
Prints one line per case; exit 1 when a label contradicts what the case module says."""
import datetime as dt
import importlib
import json
import os
import sys

from common import OUT, add_workdays, credit_ok, id_ok, workdays_between

D = dt.date.fromisoformat


def main():
    rows = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    mods = {importlib.import_module(m).CASE_ID: importlib.import_module(m)
            for m in ["case01_chengguan", "case02_fire", "case03_transport", "case04_dust",
                      "case05_tax", "case06_price", "case07_permit"]}
    bad = 0

    def expect(cond, msg):
        nonlocal bad
        if not cond:
            bad += 1
            print("   FAIL:", msg)

    for r in rows:
        cid, codes, f = r["case_id"], set(r["codes"]), r["fields"]
        m = mods[cid]
        ck = m.CHECK
        print(f"{cid}: {sorted(codes) or 'clean'}")
        expect(os.path.exists(os.path.join(OUT, cid)) or any(
            os.path.exists(os.path.join(OUT, cid + e)) for e in (".txt", ".pdf", ".docx")), "case file exists")
        pty = f["party"]
        if pty["credit_code"]:
            expect(credit_ok(pty["credit_code"]), "credit code check character")
        if pty["id_number"]:
            expect(id_ok(pty["id_number"]), "身份证 check digit")
        if ck.get("bad_credit_code"):
            expect(not credit_ok(ck["bad_credit_code"]) and "DOC-06" in codes, "DOC-06 bad code planted")
        ds = f["dates"]
        dec, srv = D(ds["decision"]), D(ds["decision_served"])
        wd = workdays_between(dec, srv)
        print(f"   decision {dec} served {srv}: {wd} working days")
        expect((wd > 7) == ("SERV-01" in codes), "SERV-01 iff service > 7 working days")
        if ds["filing"]:
            days = (dec - D(ds["filing"])).days
            print(f"   filing {ds['filing']} -> decision: {days} days")
            expect((days > 90) == ("PROC-03" in codes), "PROC-03 iff > 90 days")
            expect(D(ds["filing"]) <= D(ds["notice"]) <= dec, "filing <= notice <= decision")
        if ck.get("period"):
            n, unit = ck["period"]
            ns = D(ck["notice_served"])
            end = add_workdays(ns, n) if unit == "wd" else ns + dt.timedelta(days=n)
            print(f"   notice served {ns}, {n}{unit} period ends {end}")
            expect((dec <= end) == ("PROC-05" in codes), "PROC-05 iff decision before period ended")
        h = ck.get("hearing")
        if h:
            a = workdays_between(D(ck["notice_served"]), D(h["requested"]))
            b = workdays_between(D(h["notice_served"]), D(h["held"]))
            print(f"   hearing request after {a} wd; hearing {b} wd after its notice")
            expect(a <= 5 and b >= 7, "hearing windows")
        lo, hi = ck["fine_range"]
        fine = f["penalty"]["fine_yuan"]
        inside = lo <= fine <= hi
        print(f"   fine {fine} in [{lo}, {hi}]: {inside}" + (" (减轻, ground stated)" if ck.get("mitigated") else ""))
        expect(inside or ck.get("mitigated") or "LAW-05" in codes, "fine range")
        if f["penalty"]["procedure"] == "简易":
            expect((fine > 200) == ("PROC-10" in codes), "PROC-10 iff 简易 fine > 200 for a person")
        if "true_illegal_income" in ck:
            expect((ck["true_illegal_income"] != ck["stated_illegal_income"]) == ("EVID-03" in codes), "EVID-03")
        if "surcharge" in ck:
            expect((ck["surcharge"] > fine) == ("EXEC-02" in codes), "EXEC-02 iff 加处罚款 > fine")
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
