"""Re-verify the heldout8 corpus against its labels (run: python check.py after labels_src.py).

Checks: every 18-character 统一社会信用代码 / 身份证号 in the case text passes its check character; the
labelled party IDs are valid; decision service within 7 working days unless SERV-01 is labelled; decision
within 90 days of 立案 unless PROC-03; decision after the 陈述申辩 period (from each module's CHECK) unless
PROC-05; the listed files exist.
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

from common import OUT, credit_ok, d, id_ok, workdays_after

ID_RE = re.compile(r"(?<![0-9A-Z])([0-9]{17}[0-9X]|[0-9A-HJ-NP-RT-UW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RT-UW-Y]{10})(?![0-9A-Z])")


def case_text(case_id: str, encoding: str) -> str:
    for p in OUT.iterdir():
        if p.stem == case_id or p.name == case_id:
            if p.is_dir():
                return "\n".join(f.read_text(encoding=encoding) for f in sorted(p.glob("*.txt")))
            if p.suffix == ".txt":
                return p.read_text(encoding=encoding)
            return (OUT / "_build" / "text" / f"{case_id}.txt").read_text(encoding="utf-8")
    raise FileNotFoundError(case_id)


def main() -> int:
    bad = []
    labels = [json.loads(x) for x in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    for lab in labels:
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        text = case_text(cid, lab["encoding"] or "utf-8")
        for m in ID_RE.findall(text):
            ok = id_ok(m) if m[:17].isdigit() and m[6:8] in ("19", "20") else credit_ok(m)
            if not ok and "DOC-06" not in codes:
                bad.append(f"{cid}: invalid id {m}")
        p = f["party"]
        if p["credit_code"] and not credit_ok(p["credit_code"]):
            bad.append(f"{cid}: label credit code invalid")
        if p["id_number"] and not id_ok(p["id_number"]):
            bad.append(f"{cid}: label id number invalid")
        if p["credit_code"] and p["credit_code"] not in text:
            bad.append(f"{cid}: credit code not in text")
        if p["id_number"] and p["id_number"] not in text:
            bad.append(f"{cid}: id number not in text")
        dd = f["dates"]
        if dd["decision"] and dd["decision_served"]:
            wd = workdays_after(d(dd["decision"]), d(dd["decision_served"]))
            if (wd > 7) != ("SERV-01" in codes):
                bad.append(f"{cid}: service {wd} working days vs labels")
        if dd["filing"] and dd["decision"]:
            days = (d(dd["decision"]) - d(dd["filing"])).days
            ext = getattr(importlib.import_module(MODULES[cid]), "EXTENDED", False)
            if (days > 90 and not ext) != ("PROC-03" in codes):
                bad.append(f"{cid}: {days} days filing→decision vs labels")
        mod = importlib.import_module(MODULES[cid]) if cid in MODULES else None
        chk = getattr(mod, "CHECK", {}) if mod else {}
        if "notice_served" in chk and dd["decision"]:
            end = chk["period_end"]
            if workdays_after(d(chk["notice_served"]), d(end)) != chk["period_wd"]:
                bad.append(f"{cid}: stated period end {end} is not {chk['period_wd']} wd after service")
            early = d(dd["decision"]) <= d(end)
            if early != ("PROC-05" in codes):
                bad.append(f"{cid}: decision {dd['decision']} vs period end {end} vs labels")
        print(f"{cid}: codes={sorted(codes)} checked")
    for b in bad:
        print("FAIL", b)
    return 1 if bad else 0


MODULES: dict[str, str] = {}
for _name in ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"]:
    try:
        MODULES[importlib.import_module(_name).CASE_ID] = _name
    except ModuleNotFoundError:
        pass

if __name__ == "__main__":
    sys.exit(main())
