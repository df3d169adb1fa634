"""Re-verifies labels.jsonl: check characters of IDs, presence of IDs in the case text,
working-day service deadline (7 工作日), 90-day 办案期限, and the 陈述申辩 period, against the labelled codes."""
import datetime as dt
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import OUT, check_credit, check_id, workdays_after  # noqa: E402


def D(s):
    return dt.date.fromisoformat(s) if s else None


def main():
    bad = 0
    for line in open(OUT / "labels.jsonl", encoding="utf-8"):
        lab = json.loads(line)
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        mod = importlib.import_module([m.stem for m in HERE.glob("case*.py")
                                       if importlib.import_module(m.stem).CASE_ID == cid][0])
        p = f["party"]
        msgs = []
        if p.get("credit_code") and not check_credit(p["credit_code"]) and "DOC-06" not in codes:
            msgs.append("bad credit code")
        if p.get("id_number") and not check_id(p["id_number"]) and "DOC-06" not in codes:
            msgs.append("bad id number")
        for extra in getattr(mod, "EXTRA_IDS", []):
            if not check_id(extra):
                msgs.append(f"bad extra id {extra}")
        d = {k: D(v) for k, v in f["dates"].items()}
        if d["decision"] and d["decision_served"]:
            wd = workdays_after(d["decision"], d["decision_served"])
            if (wd > 7) != ("SERV-01" in codes):
                msgs.append(f"service {wd} working days vs label")
        if d["filing"] and d["decision"]:
            days = (d["decision"] - d["filing"]).days
            if days > 90 and "PROC-03" not in codes and not getattr(mod, "EXTENDED", False):
                msgs.append(f"decision {days} days after filing")
        ns = getattr(mod, "NOTICE_SERVED", d["notice"])
        ns = D(ns) if isinstance(ns, str) else ns
        period = getattr(mod, "PERIOD_WD", None)
        if ns and period and d["decision"]:
            elapsed = workdays_after(ns, d["decision"]) - 1  # working days fully elapsed before decision day
            early = elapsed < period
            if early != ("PROC-05" in codes):
                msgs.append(f"statement period: {elapsed} wd elapsed before decision, period {period}")
        print(cid, "OK" if not msgs else msgs)
        bad += bool(msgs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
