"""Re-verify the heldout30 corpus against its labels: check characters, working-day deadlines, 90-day limit,
statement periods, catalogue page ranges, and the arithmetic behind the planted defects.
Run: python tests/data/heldout30/_build/check.py (needs chinese_calendar). Exit code 1 on any mismatch."""
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, D, add_wd, credit_ok, id_ok, page_ranges, wd_after  # noqa: E402
import labels_src  # noqa: E402

errors = []


def expect(cond, msg):
    if not cond:
        errors.append(msg)


labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
by_id = {x["case_id"]: x for x in labels}
expect(len(labels) == 7, "expected 7 labelled cases")

for mod in labels_src.MODULES:
    cid = mod.CASE_ID
    lab = by_id[cid]
    codes = set(lab["codes"])
    f = lab["fields"]
    expect(codes == set(sorted(codes)) and lab["codes"] == sorted(lab["codes"]), f"{cid}: codes not sorted")
    # the case file exists
    exists = any(os.path.exists(os.path.join(OUT, cid + ext)) for ext in (".txt", ".pdf", ".docx", ""))
    expect(exists, f"{cid}: case file missing")
    # every ID written in the source text has valid check characters
    text = json.dumps(mod.docs(), ensure_ascii=False)
    for m in re.findall(r"(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])", text):
        if m[6:8] in ("19", "20"):
            expect(id_ok(m), f"{cid}: bad 身份证号 {m}")
    for m in re.findall(r"(?<![0-9A-Z])[0-9][0-9A-Z]{17}(?![0-9A-Z])", text):
        if m[:2] in ("91", "92", "93", "12", "52") and not m.isdigit():
            expect(credit_ok(m), f"{cid}: bad 统一社会信用代码 {m}")
    p = f["party"]
    if p.get("credit_code"):
        expect(credit_ok(p["credit_code"]), f"{cid}: label credit code")
    if p.get("id_number"):
        expect(id_ok(p["id_number"]), f"{cid}: label id number")
    dd = f["dates"]
    dec, srv = D(dd["decision"]), D(dd["decision_served"])
    # SERV-01: service more than 7 working days after the decision
    late = wd_after(dec, srv) > 7
    expect(late == ("SERV-01" in codes), f"{cid}: service {wd_after(dec, srv)} wd vs SERV-01 label")
    # PROC-03: 90 days from filing
    if dd["filing"]:
        over = (dec - D(dd["filing"])).days > 90
        expect(over == ("PROC-03" in codes), f"{cid}: 90-day limit vs PROC-03 label")
        expect(D(dd["filing"]) <= dec, f"{cid}: filing after decision")
    # PROC-05: decision before the statement period ended
    if cid in labels_src.PERIODS:
        served, n, kind = labels_src.PERIODS[cid]
        end = add_wd(served, n) if kind == "working" else served + dt.timedelta(days=n)
        early = dec <= end
        expect(early == ("PROC-05" in codes), f"{cid}: period ends {end}, decision {dec} vs PROC-05 label")
        expect(D(dd["notice"]) <= dec, f"{cid}: notice after decision")
    # ARCH-01: catalogue ranges equal the real ranges unless the defect is planted
    body = mod.docs()
    if cid == "h30_01_tax_onsite":
        body = body[:-1]  # 备考表 is not listed
    real = page_ranges(body)
    expect(len(real) == len(body), f"{cid}: page ranges")

# planted arithmetic
import c05_travel_unlicensed as c5  # noqa: E402
import c07_hrss_overtime_scan as c7  # noqa: E402
import c04_netbar_hearing as c4  # noqa: E402

expect(sum(n * p for _, _, n, p in c5.GROUPS) != c5.ILLEGAL_STATED, "c05: EVID-03 arithmetic not planted")
expect(c7.FINE > 12 * 500, "c07: LAW-05 fine inside the range")
r = page_ranges(c4.docs())
hi = [x["title"] for x in c4.docs()].index("听证笔录")
expect(r[hi][1] - r[hi][0] == 1, "c04: 听证笔录 should span two pages (ARCH-01)")
import c06_tax_nondeclare as c6  # noqa: E402
expect(round(c6.TOTAL * 0.3) == c6.FINE and c6.FINE < c6.TOTAL * 0.5, "c06: 减轻 arithmetic")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"ok: {len(labels)} cases verified")
