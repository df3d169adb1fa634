"""Re-verify the heldout48 corpus: IDs, label dates vs. case sources, working-day deadlines, intended deadline defects,
files present, no machine paths. Run with the project venv: python tests/data/heldout48/_build/check.py"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import case01, case02, case03, case04, case05, case06, case07  # noqa: E402
from common import OUT, uscc_ok, idno_ok, d, wd_between, wd_after  # noqa: E402

MODS = [case01, case02, case03, case04, case05, case06, case07]
errors = []


def err(msg):
    errors.append(msg)


labels = {j["case_id"]: j for j in map(json.loads, open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
for m in MODS:
    lab = labels.get(m.CASE_ID)
    if not lab:
        err(f"{m.CASE_ID}: no label")
        continue
    codes = set(lab["codes"])
    party = lab["fields"]["party"]
    if party["credit_code"] and not uscc_ok(party["credit_code"]):
        err(f"{m.CASE_ID}: bad USCC {party['credit_code']}")
    if party["id_number"] and not idno_ok(party["id_number"]):
        err(f"{m.CASE_ID}: bad ID {party['id_number']}")
    for name in ("LID", "LEGAL_ID", "PID"):
        if hasattr(m, name) and not idno_ok(getattr(m, name)):
            err(f"{m.CASE_ID}: bad {name}")
    ld = lab["fields"]["dates"]
    D = m.D
    if ld["decision"] != D["decision"] or ld["decision_served"] != D["served"]:
        err(f"{m.CASE_ID}: label dates differ from source")
    # file present
    found = [f for f in os.listdir(OUT) if f.startswith(m.CASE_ID)]
    if not found:
        err(f"{m.CASE_ID}: output missing")
    # service within 7 working days
    sw = wd_between(D["decision"], D["served"])
    if (sw > 7) != ("SERV-01" in codes):
        err(f"{m.CASE_ID}: service {sw} wd vs label")
    # 90-day limit
    if D.get("filing"):
        days = (d(D["decision"]) - d(D["filing"])).days
        if (days > 90) != ("PROC-03" in codes):
            err(f"{m.CASE_ID}: {days} days filing->decision vs label")
        if d(D["filing"]) > d(D["decision"]):
            err(f"{m.CASE_ID}: filing after decision")
    # 陈述申辩 period (5 working days under the 2021 law; 3 days under the 2017 law)
    if D.get("notice"):
        if d(D["decision"]) >= d("2021-07-15"):
            end = wd_after(D["notice"], 5)
        else:
            end = d(D["notice"]).fromordinal(d(D["notice"]).toordinal() + 3)
        early = d(D["decision"]) <= end
        if early != ("PROC-05" in codes):
            err(f"{m.CASE_ID}: decision {D['decision']} vs period end {end} vs label")
    print(f"{m.CASE_ID}: codes={sorted(codes)} service_wd={sw} files={found}")

# case-specific: hearing timing (case01), 先行登记保存 7 wd (case04), payment within 15 days of service
D = case01.D
if wd_between(D["notice"], D["req"]) > 5:
    err("case01 hearing request late")
if wd_between(D["hnotice"], D["hearing"]) < 7:
    err("case01 hearing notice < 7 wd")
if not (d(D["hearing"]) < d(D["legal"]) <= d(D["collective"]) <= d(D["decision"])):
    err("case01 order of hearing/legal review/collective discussion")
if wd_between(case04.D["check"], case04.D["keep_decision"]) > 7:
    err("case04 先行登记保存 > 7 wd")
for m in MODS:
    if "paid" in m.D and (d(m.D["paid"]) - d(m.D["served"])).days > 15:
        err(f"{m.CASE_ID}: paid later than 15 days")

# no machine paths in committed text files
for root, _, files in os.walk(OUT):
    for fn in files:
        if fn.endswith((".py", ".md", ".jsonl", ".txt")):
            p = os.path.join(root, fn)
            enc = "gb18030" if "gb18030" in fn else "utf-8"
            txt = open(p, encoding=enc).read()
            if re.search(r"/(work|tmp|home)/", txt) and fn != "check.py":
                err(f"machine path in {fn}")
size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(OUT) for f in fs)
print("total size", size)
if size > 2_100_000:
    err("corpus larger than ~2 MB")
print("ERRORS:" if errors else "OK", *errors, sep="\n")
sys.exit(1 if errors else 0)
