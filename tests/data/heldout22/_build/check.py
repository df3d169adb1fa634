"""Re-verify the corpus against labels.jsonl: IDs (GB 32100 / GB 11643), dates, working-day deadlines.

Run: .venv/bin/python tests/data/heldout22/_build/check.py   (exit 1 on any failure)
"""
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, d, idno_ok, uscc_ok, workdays_after  # noqa: E402
import labels_src  # noqa: E402

fails = []


def ok(cond, msg):
    print(("  ok   " if cond else "  FAIL ") + msg)
    if not cond:
        fails.append(msg)


def main():
    labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    mods = {}
    for m in labels_src.CASES:
        try:
            mod = importlib.import_module(m)
            mods[mod.CASE_ID] = mod
        except ModuleNotFoundError:
            pass
    for lab in labels:
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        print(cid, sorted(codes))
        mod = mods[cid]
        path = [p for p in os.listdir(OUT) if p.startswith(cid)]
        ok(len(path) == 1, f"output present: {path}")
        p = f["party"]
        if p.get("credit_code"):
            ok(uscc_ok(p["credit_code"]), f"统一社会信用代码 {p['credit_code']}")
        if p.get("id_number"):
            ok(idno_ok(p["id_number"]), f"身份证号 {p['id_number']}")
        # every 18-character ID written anywhere in the module text must be valid
        src = open(mod.__file__, encoding="utf-8").read()
        for x in getattr(mod, "ALL_IDS", []):
            ok(uscc_ok(x) or idno_ok(x), f"ID in text {x}")
        dt = f["dates"]
        if dt["filing"] and dt["decision"]:
            days = (d(dt["decision"]) - d(dt["filing"])).days
            ok((days > 90) == ("PROC-03" in codes), f"立案→决定 {days} 天 (limit 90)")
        if dt["notice"] and dt["decision"]:
            ok(d(dt["notice"]) < d(dt["decision"]), "告知 before 决定")
        if dt["decision"] and dt["decision_served"] and f["penalty"]["procedure"] == "普通":
            wd = workdays_after(dt["decision"], dt["decision_served"])
            ok((wd > 7) == ("SERV-01" in codes), f"决定→送达 {wd} 个工作日 (limit 7)")
        for desc, cond in getattr(mod, "extra_checks", lambda: [])():
            ok(cond, desc)
    print("FAILURES:", len(fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
