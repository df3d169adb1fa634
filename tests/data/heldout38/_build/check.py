"""Re-verifies the heldout38 labels against the case sources: IDs, working-day deadlines, files, encodings.
Run with the project venv from this folder: python check.py"""
import datetime as dt
import json
import os
import re
import sys

from common import OUT, D, add_wd, idnum_ok, uscc_ok, wd_between
import labels_src

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


# defect codes from the shared contract, found relative to this file
codes_ok = None
here = os.path.dirname(os.path.abspath(__file__))
for up in range(2, 8):
    cand = os.path.normpath(os.path.join(here, *([".."] * up), "shared", "contract", "defects.yaml"))
    if os.path.exists(cand):
        codes_ok = set(re.findall(r"- code: (\S+)", open(cand, encoding="utf-8").read()))
        break

labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
check(len(labels) == 7, "expected 7 labels")
check([l["case_id"] for l in labels] == [c["m"].CASE_ID for c in labels_src.CASES], "labels out of date: rerun labels_src.py")

APL2021 = D("2021-07-15")
for lab, c in zip(labels, labels_src.CASES):
    m, cid, codes = c["m"], lab["case_id"], set(lab["codes"])
    f = lab["fields"]
    # files
    present = [n for n in os.listdir(OUT) if os.path.splitext(n)[0] == cid]
    check(len(present) == 1, f"{cid}: file/folder missing or duplicated: {present}")
    if codes_ok is not None:
        check(codes <= codes_ok, f"{cid}: unknown codes {codes - codes_ok}")
    check(lab["codes"] == sorted(lab["codes"]), f"{cid}: codes not sorted")
    # IDs
    for attr in ("CC",):
        if hasattr(m, attr):
            check(uscc_ok(getattr(m, attr)), f"{cid}: bad 统一社会信用代码 {getattr(m, attr)}")
    for attr in ("LEGAL_ID", "PID"):
        if hasattr(m, attr):
            check(idnum_ok(getattr(m, attr)), f"{cid}: bad 身份证号 {getattr(m, attr)}")
    p = f["party"]
    if p["credit_code"]:
        check(uscc_ok(p["credit_code"]), f"{cid}: label credit code invalid")
    if p["id_number"]:
        check(idnum_ok(p["id_number"]), f"{cid}: label id number invalid")
    # encoding
    if present and present[0].endswith(".txt"):
        raw = open(os.path.join(OUT, present[0]), "rb").read()
        raw.decode(lab["encoding"])
        if lab["encoding"] == "gb18030":
            try:
                raw.decode("utf-8")
                errors.append(f"{cid}: gb18030 file also decodes as utf-8")
            except UnicodeDecodeError:
                pass
    dd = {k: (D(v) if v else None) for k, v in f["dates"].items()}
    dec, srv, fil, notice = dd["decision"], dd["decision_served"], dd["filing"], dd["notice"]
    # service within 7 working days
    n = wd_between(dec, srv)
    check((n > 7) == ("SERV-01" in codes), f"{cid}: decision served after {n} working days vs labels")
    # 90-day limit
    if fil:
        days = (dec - fil).days
        check((days > 90) == ("PROC-03" in codes), f"{cid}: decision {days} days after filing vs labels")
        check(fil <= dec, f"{cid}: filing after decision")
    # 陈述申辩 period
    if notice:
        end = add_wd(notice, 5) if dec >= APL2021 else notice + dt.timedelta(days=3)
        check((dec <= end) == ("PROC-05" in codes), f"{cid}: decision {dec} vs period end {end} vs labels")
    # simple procedure limits
    if f["penalty"]["procedure"] == "简易":
        lim = 200 if p["kind"] == "个人" else 3000
        check((f["penalty"]["fine_yuan"] > lim) == ("PROC-10" in codes), f"{cid}: simple-procedure limit vs labels")

# case-specific deadlines
c1 = labels_src.case01
check(c1.d_req <= add_wd(c1.d_notice, 5), "case01: hearing request later than 5 working days")
check(wd_between(c1.d_hn, c1.d_hear) >= 7, "case01: hearing notice less than 7 working days before hearing")
check(c1.d_fz <= c1.d_jt <= c1.d_dec, "case01: 法制审核/集体讨论 order")
c7 = labels_src.case07
check(c7.d_hs <= c7.d_jt <= c7.d_dec, "case07: 核审/集体讨论 order")
c5 = labels_src.case05
check(c5.d_fz > add_wd(c5.d_notice, 5), "case05: 法制审核 says period has ended but it has not")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("ok: 7 cases checked")
