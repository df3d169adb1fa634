"""Re-verify the hand-written facts against the labels: IDs, working-day and calendar deadlines.

Run: python check.py  (from this folder, with chinese_calendar installed). Exit 1 on any mismatch.
"""
from __future__ import annotations

import datetime as dt
import json
import sys

from common import OUT, idno_ok, uscc_ok, workdays_between
from labels_src import case_modules


def iso(s):
    return dt.date.fromisoformat(s) if s else None


def check_case(m, lab: dict) -> list:
    errs = []
    codes = set(lab["codes"])
    p = lab["fields"]["party"]
    if p["credit_code"] and not uscc_ok(p["credit_code"]):
        errs.append(f"bad USCC {p['credit_code']}")
    if p["id_number"] and not idno_ok(p["id_number"]) and "DOC-06" not in codes:
        errs.append(f"bad ID {p['id_number']}")
    d = {k: iso(v) for k, v in lab["fields"]["dates"].items()}
    if d["decision"] and d["decision_served"]:
        wd = workdays_between(d["decision"], d["decision_served"])
        if (wd > 7) != ("SERV-01" in codes):
            errs.append(f"service {wd} working days vs codes {sorted(codes)}")
    if d["filing"] and d["decision"]:
        days = (d["decision"] - d["filing"]).days
        if (days > 90) != ("PROC-03" in codes) and not getattr(m, "EXTENSION", False):
            errs.append(f"decision {days} days after filing")
        if d["decision"] < d["filing"]:
            errs.append("decision before filing")
    if d["notice"] and d["decision"] and d["decision"] <= d["notice"]:
        errs.append("decision not after notice")
    # per-case statements: (description, expected_true)
    for desc, ok in getattr(m, "extra_checks", lambda: [])():
        if not ok:
            errs.append(f"extra check failed: {desc}")
    for f in getattr(m, "OUTPUTS", []):
        if not (OUT / f).exists():
            errs.append(f"missing output {f}")
    return errs


def main() -> int:
    labels = {}
    for ln in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        lab = json.loads(ln)
        labels[lab["case_id"]] = lab
    bad = 0
    for m in case_modules():
        lab = labels.get(m.CASE_ID)
        if lab is None:
            print(f"{m.CASE_ID}: no label line")
            bad += 1
            continue
        if lab != json.loads(json.dumps({**m.LABEL, "codes": sorted(m.LABEL["codes"])}, ensure_ascii=False)):
            print(f"{m.CASE_ID}: labels.jsonl out of date (run labels_src.py)")
            bad += 1
        errs = check_case(m, lab)
        print(f"{m.CASE_ID}: {'OK' if not errs else errs}  codes={lab['codes']}")
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
