"""Re-verifies the heldout18 labels: IDs, working-day deadlines, 90-day limit, 陈述申辩 period,
卷内目录 page ranges, and that labels.jsonl matches the case modules.
Run: python tests/data/heldout18/_build/check.py (needs chinese_calendar)."""
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, D, add_workdays, credit_ok, id_ok, workdays_after  # noqa: E402
from labels_src import available  # noqa: E402

problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


labels = {}
for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines():
    obj = json.loads(line)
    labels[obj["case_id"]] = obj

for m in available():
    cid, lab, chk = m.CASE_ID, m.LABEL, m.CHECK
    codes = set(lab["codes"])
    if labels.get(cid) != lab:
        bad(cid, "labels.jsonl differs from the module LABEL (run labels_src.py)")
    if lab["codes"] != sorted(lab["codes"]):
        bad(cid, "codes not sorted")
    if not any(p.name.startswith(cid) for p in OUT.iterdir()):
        bad(cid, "case file missing")
    party = lab["fields"]["party"]
    if party.get("credit_code") and not credit_ok(party["credit_code"]):
        bad(cid, f"credit code {party['credit_code']} fails GB 32100")
    if party.get("id_number") and not id_ok(party["id_number"]):
        bad(cid, f"ID {party['id_number']} fails GB 11643")
    for c in chk.get("credit_codes", []):
        if not credit_ok(c):
            bad(cid, f"credit code {c} invalid")
    for c in chk.get("ids", []):
        if not id_ok(c):
            bad(cid, f"ID {c} invalid")
    for c in chk.get("bad_credit_codes", []):
        if credit_ok(c):
            bad(cid, f"intended-bad credit code {c} is valid")
    for c in chk.get("bad_ids", []):
        if id_ok(c):
            bad(cid, f"intended-bad ID {c} is valid")
    dates = {k: (D(v) if v else None) for k, v in lab["fields"]["dates"].items()}
    dec, srv, fil, note = dates["decision"], dates["decision_served"], dates["filing"], dates["notice"]
    if dec and srv and not chk.get("on_the_spot"):
        n = workdays_after(dec, srv)
        if ("SERV-01" in codes) != (n > 7):
            bad(cid, f"decision served after {n} working days, SERV-01 label {'SERV-01' in codes}")
    if dec and fil:
        days = (dec - fil).days - chk.get("excluded_days", 0)
        limit = 90 + chk.get("extension_days", 0)
        if ("PROC-03" in codes) != (days > limit):
            bad(cid, f"decision {days} days after filing (limit {limit})")
    if note and dec and chk.get("notice_served"):
        ns = D(chk["notice_served"])
        k = chk["statement_days"]
        end = add_workdays(ns, k) if chk.get("statement_working") else ns + dt.timedelta(days=k)
        early = dec <= end and not chk.get("waived")
        if ("PROC-05" in codes) != early:
            bad(cid, f"decision {dec} vs statement period ending {end}")
        if note > dec:
            bad(cid, "notice after decision")
    if chk.get("hearing"):
        h = chk["hearing"]
        req = workdays_after(D(chk["notice_served"]), D(h["request"]))
        gap = workdays_after(D(h["notice_served"]), D(h["held"]))
        if req > 5:
            bad(cid, f"hearing requested {req} wd after notice")
        if gap < 7:
            bad(cid, f"hearing notice only {gap} wd before hearing")
    if hasattr(m, "make_volume"):
        vol = m.make_volume()
        want = {}
        for i, d in enumerate(vol.docs):
            a, b = vol.ranges[i]
            want[d["title"]] = f"{a}" if a == b else f"{a}-{b}"
        mismatch = []
        for row in vol.dir_rows[1:]:
            cells = row[3:].split("|")
            if want.get(cells[1]) != cells[-1]:
                mismatch.append(cells[1])
        if ("ARCH-01" in codes) != bool(mismatch):
            bad(cid, f"卷内目录 mismatches {mismatch}, ARCH-01 label {'ARCH-01' in codes}")
    print(f"{cid}: checked ({', '.join(lab['codes']) or 'clean'})")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("all checks passed")
