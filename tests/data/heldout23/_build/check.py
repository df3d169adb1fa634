"""Re-verifies the heldout23 corpus against labels.jsonl: ID check characters, date order, working-day
service deadline (7 working days), 90-day limit, 陈述申辩 period, 加处罚款 cap, amounts, page footers, sizes.
Run (project venv): python tests/data/heldout23/_build/check.py"""
import datetime as dt
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, D, credit_ok, id_ok, workdays_after, add_workdays  # noqa: E402

errors = []


def expect(cond, msg):
    if not cond:
        errors.append(msg)


labels = {}
with open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") as f:
    for line in f:
        lab = json.loads(line)
        labels[lab["case_id"]] = lab
expect(len(labels) == 7, f"expected 7 labels, got {len(labels)}")
allcodes = set()
for i in range(1, 8):
    mod = importlib.import_module(f"case{i:02d}")
    lab = labels.get(mod.CASE)
    expect(lab is not None, f"{mod.CASE}: no label")
    if lab is None:
        continue
    codes = set(lab["codes"])
    allcodes |= codes
    expect(lab["codes"] == sorted(lab["codes"]), f"{mod.CASE}: codes not sorted")
    chk = mod.CHECK
    cid = mod.CASE
    # identifiers (all valid; the deliberately wrong one in case07 is separate)
    for kind, val in chk.get("ids", []):
        expect(credit_ok(val) if kind == "cc" else id_ok(val), f"{cid}: bad {kind} {val}")
    p = lab["fields"]["party"]
    if p["credit_code"]:
        expect(credit_ok(p["credit_code"]), f"{cid}: label credit code invalid")
    if p["id_number"]:
        expect(id_ok(p["id_number"]), f"{cid}: label id number invalid")
    ld = lab["fields"]["dates"]
    cd = chk["dates"]
    # label dates equal the module's dates
    for k, mk in (("filing", "filing"), ("notice", "notice"), ("decision", "decision"), ("decision_served", "served")):
        if ld[k] is not None:
            expect(ld[k] == cd.get(mk), f"{cid}: label {k} {ld[k]} != {cd.get(mk)}")
    # order
    seq = [ld[k] for k in ("filing", "notice", "decision", "decision_served") if ld[k]]
    expect(seq == sorted(seq), f"{cid}: dates out of order {seq}")
    # service within 7 working days
    if ld["decision"] and ld["decision_served"]:
        wd = workdays_after(ld["decision"], ld["decision_served"])
        expect((wd > 7) == ("SERV-01" in codes), f"{cid}: service after {wd} working days vs codes")
    # 90 days
    if ld["filing"] and ld["decision"]:
        days = (D(ld["decision"]) - D(ld["filing"])).days
        expect((days > 90) == ("PROC-03" in codes), f"{cid}: decision {days} days after filing vs codes")
    # statement period (notice served on its date in every case here)
    sp = chk.get("statement_period")
    if sp:
        end = add_workdays(sp[0], sp[1])
        early = D(sp[2]) <= end
        expect(early == ("PROC-05" in codes), f"{cid}: decision {sp[2]} vs statement period end {end}")
    # 加处罚款
    od = chk.get("overdue")
    if od:
        due = D(od[0]) + dt.timedelta(days=15)
        n = (D(od[1]) - due).days
        expect(n == od[2], f"{cid}: overdue days {n} != {od[2]}")
        fine = lab["fields"]["penalty"]["fine_yuan"]
        expect((fine * 0.03 * n > fine) == ("EXEC-02" in codes), f"{cid}: surcharge cap vs codes")
    for a, b in chk.get("amounts", []):
        expect(abs(a - b) < 0.005, f"{cid}: amount {a} != {b}")

# case-specific arithmetic
c2 = importlib.import_module("case02")
expect(abs(c2.TRUE_VALUE - float(c2.STATED)) > 0.005 and "EVID-03" in labels[c2.CASE]["codes"], "case02 EVID-03 arithmetic")
c5 = importlib.import_module("case05")
expect(c5.FINE < c5.AREA * 100 and "LAW-05" in labels[c5.CASE]["codes"], "case05 LAW-05 arithmetic")
c7 = importlib.import_module("case07")
expect(not credit_ok(c7.CC_BAD) and c7.CC_BAD != c7.CC, "case07 DOC-06 credit code")
c3 = importlib.import_module("case03")
expect(c3.FINE <= 200, "case03 simple-procedure limit")

# page footers of the text cases run 1..N in order and match the 目录
def footers(text, pat):
    return [int(m) for m in re.findall(pat, text)]

t5 = open(os.path.join(OUT, "heldout23_05.txt"), "rb").read().decode("gb18030")
f5 = footers(t5, r"\n\s+第(\d+)页\r?\n")
expect(f5 == list(range(1, len(f5) + 1)) and len(f5) == 14, f"case05 footers {f5}")
t7 = open(os.path.join(OUT, "heldout23_07.txt"), encoding="utf-8").read()
f7 = footers(t7, r"\n第(\d+)页\n")
expect(f7 == list(range(1, 12)), f"case07 footers {f7}")
expect(t7.count("\f") == 11, "case07 form feeds")
folder = os.path.join(OUT, "heldout23_06")
t6 = "".join(open(os.path.join(folder, fn), encoding="utf-8").read() for fn in sorted(os.listdir(folder)))
f6 = footers(t6, r"(\d+)/16\n")
expect(f6 == list(range(1, 17)), f"case06 footers {f6}")

# sizes
total = 0
for root, _, files in os.walk(OUT):
    if "_build" in root:
        continue
    for fn in files:
        total += os.path.getsize(os.path.join(root, fn))
expect(total < 2_000_000, f"corpus size {total}")
expect(os.path.getsize(os.path.join(OUT, "heldout23_03.pdf")) < 1_200_000, "scanned PDF too big")
expect(len(allcodes) >= 9, f"only {len(allcodes)} codes")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: 7 cases, {len(allcodes)} distinct codes: {sorted(allcodes)}; corpus {total} bytes")
