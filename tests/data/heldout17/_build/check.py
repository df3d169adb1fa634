"""Re-verify the heldout17 corpus against its labels (python check.py; exit 1 on any failure).

Checks: every 统一社会信用代码 / 身份证号 in the hand-written texts passes its check character;
label codes exist in the contract (when the contract file is found next to the repo or given with
--defects); the built files exist; working-day and calendar deadlines agree with the labelled codes:
  - 决定书 service within 7 working days (SERV-01 iff not),
  - decision within 90 days of 立案 (PROC-03 iff not),
  - decision after the 陈述申辩 period counted from the 告知书's service (PROC-05 iff not),
  - hearing request within 5 working days and hearing notice at least 7 working days before the hearing,
  - payment within 15 days of service,
  - 加处罚款 not above 3%/day nor above the fine (EXEC-02 iff it is).
"""
import argparse
import datetime as dt
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import ALL  # noqa: E402
from common import OUT, D, idcard_ok, uscc_ok, wd_add, wd_after  # noqa: E402

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


def built_path(m):
    ext = {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "folder": "", "txt": ".txt"}[m.FORMAT]
    return os.path.join(OUT, m.CASE_ID + ext)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--defects", help="path to the contract's defects.yaml (optional)")
    a = ap.parse_args()
    known = None
    if a.defects and os.path.exists(a.defects):
        known = set(re.findall(r"- code: (\S+)", open(a.defects, encoding="utf-8").read()))

    labels = {}
    lp = os.path.join(OUT, "labels.jsonl")
    if ok(os.path.exists(lp), "labels.jsonl missing: run labels_src.py"):
        for line in open(lp, encoding="utf-8"):
            r = json.loads(line)
            labels[r["case_id"]] = r

    all_codes = set()
    for name in ALL:
        m = importlib.import_module(name)
        cid = m.CASE_ID
        lab = labels.get(cid)
        if not ok(lab is not None, f"{cid}: no label"):
            continue
        codes = set(lab["codes"])
        all_codes |= codes
        ok(lab["codes"] == sorted(lab["codes"]), f"{cid}: codes not sorted")
        if known is not None:
            ok(codes <= known, f"{cid}: unknown codes {codes - known}")
        ok(os.path.exists(built_path(m)), f"{cid}: built file missing")

        # identifiers
        text = "\n".join(d["text"] for d in m.DOCS)
        for code in set(re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text)):
            if re.fullmatch(r"\d{17}[\dX]", code):
                ok(idcard_ok(code) or "DOC-06" in codes, f"{cid}: bad 身份证号 {code}")
            else:
                ok(uscc_ok(code) or "DOC-06" in codes, f"{cid}: bad 统一社会信用代码 {code}")
        p = lab["fields"]["party"]
        if p.get("credit_code"):
            ok(uscc_ok(p["credit_code"]), f"{cid}: label credit code fails check")
            ok(p["credit_code"] in text, f"{cid}: label credit code not in text")
        if p.get("id_number"):
            ok(idcard_ok(p["id_number"]), f"{cid}: label id fails check")
            ok(p["id_number"] in text, f"{cid}: label id not in text")

        dates = lab["fields"]["dates"]
        chk = getattr(m, "CHECK", {})
        dec = D(dates["decision"]) if dates["decision"] else None
        # service of the decision
        if dec and dates["decision_served"]:
            n = wd_after(dec, D(dates["decision_served"]))
            ok((n > 7) == ("SERV-01" in codes), f"{cid}: service {n} working days vs labels")
        # 90 days
        if dec and dates["filing"]:
            days = (dec - D(dates["filing"])).days
            ok((days > 90) == ("PROC-03" in codes), f"{cid}: {days} days filing→decision vs labels")
            ok(D(dates["filing"]) <= dec, f"{cid}: decision before filing")
        # 陈述申辩 period
        if dec and chk.get("notice_served"):
            per = chk.get("notice_period_days", 5)
            end = wd_add(D(chk["notice_served"]), per)
            early = dec <= end and not chk.get("hearing")  # a held hearing ends the period
            ok(early == ("PROC-05" in codes), f"{cid}: decision {dec} vs period end {end}")
            ok(D(dates["notice"]) <= D(chk["notice_served"]), f"{cid}: notice served before it was dated")
        # hearing
        if chk.get("hearing"):
            ok(wd_after(D(chk["hearing_notice_served"]), D(chk["hearing"])) >= 7, f"{cid}: hearing notice < 7 wd")
        # payment within 15 days of service
        if chk.get("payment") and dates["decision_served"]:
            ok((D(chk["payment"]) - D(dates["decision_served"])).days <= 15 or "分期" in text,
               f"{cid}: payment later than 15 days")
        # surcharge
        s = chk.get("surcharge")
        if s:
            over = s["stated"] > s["fine"] or s["stated"] > s["fine"] * s["rate"] * s["days"] + 1e-6
            ok(over == ("EXEC-02" in codes), f"{cid}: surcharge {s} vs labels")
        # simple procedure limits
        pen = lab["fields"]["penalty"]
        if pen["procedure"] == "简易":
            lim = 200 if p["kind"] == "个人" else 3000
            ok((pen["fine_yuan"] > lim) == ("PROC-10" in codes), f"{cid}: simple-procedure amount vs labels")
        # ordering of the documents' dates in the volume (the builder lists them in volume order)
        ds = [d["date"] for d in m.DOCS if d.get("date")]
        ok(ds == sorted(ds) or "PROC-04" in codes, f"{cid}: documents out of date order {ds}")
        print(f"{cid:42s} {','.join(sorted(codes)) or 'clean'}")

    ok(len(all_codes) >= 9, f"only {len(all_codes)} distinct codes")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs)
    ok(size < 2_000_000, f"corpus is {size} bytes")
    print(f"{len(all_codes)} distinct codes; {size} bytes")
    if FAIL:
        print("FAILED:\n  " + "\n  ".join(FAIL))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
