"""Sanity checks for heldout58: size, page counts, check digits, day counts behind the labels.

    python tests/data/heldout58/_build/check.py     (exit 1 on any failure)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import case01, case02, case03, case04, case05, case06  # noqa: E402
from common import OUT, credit_ok, id_ok, wd_between  # noqa: E402

MODS = {"h58_01": case01, "h58_02": case02, "h58_03": case03, "h58_04": case04, "h58_05": case05,
        "h58_06": case06}
fails = []


def ok(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        fails.append(msg)


total = 0
for root, _, files in os.walk(OUT):
    total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
ok(total < 3 * 1024 * 1024, f"corpus size {total} bytes < 3 MB")

labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
ok(len(labels) == 6, "6 label lines")
allcodes = [c for r in labels for c in r["codes"]]
ok(len(allcodes) == len(set(allcodes)), "no code used twice")

for rec in labels:
    cid = rec["case_id"]
    docs, fields, _, dates = MODS[cid].build()
    npages = sum(len(d.pages) for d in docs)
    ok(8 <= npages <= 14, f"{cid}: {npages} pages in 8-14")
    p = fields["party"]
    if p["credit_code"]:
        ok(credit_ok(p["credit_code"]), f"{cid}: credit code {p['credit_code']} check char")
    if p["id_number"]:
        ok(id_ok(p["id_number"]), f"{cid}: id number {p['id_number']} check digit")
    for name in dir(MODS[cid]):
        v = getattr(MODS[cid], name)
        if isinstance(v, str) and len(v) == 18 and name.endswith("_ID"):
            ok(id_ok(v), f"{cid}: {name} {v} check digit")
    days = (dates["decision"] - dates["filing"]).days
    ok(days <= 90, f"{cid}: decision {days} days after filing")
    sd = wd_between(dates["decision"], dates["served"])
    want_late = "SERV-01" in rec["codes"]
    ok((sd > 7) == want_late, f"{cid}: decision served after {sd} working days (SERV-01 labelled: {want_late})")
    gap = wd_between(dates["notice_served"], dates["decision"])
    want_early = "PROC-05" in rec["codes"]
    # period is 五个工作日 (3 days under the 2017 law for h58_04); decision must come after the last day
    period = 3 if cid == "h58_04" else 5
    ok((gap <= period) == want_early, f"{cid}: decision {gap} working days after notice served (PROC-05: {want_early})")
    path = os.path.join(OUT, cid + {"utf-8": ".txt", "gbk": ".txt", "docx": ".docx", "pdf": ".pdf", "folder": ""}[rec["encoding"]])
    ok(os.path.exists(path), f"{cid}: output exists")
    if rec["encoding"] == "pdf":
        import pypdfium2
        n = len(pypdfium2.PdfDocument(path))
        ok(n == npages, f"{cid}: PDF has {n} pages, model {npages}")
    if rec["encoding"] in ("utf-8", "gbk"):
        txt = open(path, encoding=rec["encoding"]).read()
        ok(txt.count("\f") + 1 == npages, f"{cid}: {txt.count(chr(12)) + 1} form-feed pages")

# EVID-03 arithmetic in h58_01
ok(case01.N * case01.UNIT != case01.GAIN, "h58_01: stated 违法所得 differs from 人次×单价 (EVID-03)")
ok(abs(case02.VALUE - 12950) < 0.01 and abs(case02.GAIN - 11470) < 0.01, "h58_02: 货值/违法所得 arithmetic")
ok(abs(case03.VALUE - 5920) < 0.01, "h58_03: 货值 arithmetic")
sys.exit(1 if fails else 0)
