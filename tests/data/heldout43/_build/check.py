"""Re-verifies the heldout43 labels: ID check characters, working-day and calendar deadlines.

Run with the project venv (needs chinese_calendar):  python tests/data/heldout43/_build/check.py
"""
import datetime as dt
import json
import os
import sys

import chinese_calendar as cc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import uscc, idno, OUT  # noqa: E402
import labels_src  # noqa: E402


def D(s):
    return dt.date.fromisoformat(s) if s else None


def workdays_after(a, b):
    """Working days in (a, b]."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def main():
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    mods = {m.CASE_ID: m for m in labels_src.load()}
    bad = 0
    for lab in labels:
        cid, codes = lab["case_id"], set(lab["codes"])
        m = mods[cid]
        extra = m.LABEL.get("_check", {})
        p = lab["fields"]["party"]
        msgs = []
        if p["credit_code"] and uscc(p["credit_code"][:17]) != p["credit_code"]:
            msgs.append("bad 统一社会信用代码")
        if p["id_number"] and idno(p["id_number"][:17]) != p["id_number"]:
            msgs.append("bad 身份证号")
        dd = {k: D(v) for k, v in lab["fields"]["dates"].items()}
        # SERV-01: decision served > 7 working days after the decision
        if dd["decision"] and dd["decision_served"]:
            wd = workdays_after(dd["decision"], dd["decision_served"])
            if (wd > 7) != ("SERV-01" in codes):
                msgs.append(f"SERV-01 mismatch ({wd} working days)")
        # PROC-03: more than 90 days without approved extension
        if dd["filing"] and dd["decision"]:
            days = (dd["decision"] - dd["filing"]).days
            limit = dd["filing"] + dt.timedelta(days=90)
            if extra.get("extension_to"):
                limit = D(extra["extension_to"])
            if (dd["decision"] > limit) != ("PROC-03" in codes):
                msgs.append(f"PROC-03 mismatch ({days} days)")
        # PROC-05: decision before the 陈述申辩/听证 period (from service of the notice) ended
        if extra.get("notice_served") and dd["decision"]:
            served = D(extra["notice_served"])
            if "statement_workdays" in extra:
                end, n = served, 0
                while n < extra["statement_workdays"]:
                    end += dt.timedelta(days=1)
                    n += cc.is_workday(end)
            else:
                days = max(extra.get("statement_days", 0), extra.get("hearing_days", 0))
                end = served + dt.timedelta(days=days)
            if (dd["decision"] <= end) != ("PROC-05" in codes):
                msgs.append(f"PROC-05 mismatch (period ends {end})")
            if dd["notice"] and dd["notice"] > served:
                msgs.append("notice served before it was dated")
        # order: filing <= notice <= decision <= served
        seq = [dd[k] for k in ("filing", "notice", "decision", "decision_served") if dd[k]]
        if seq != sorted(seq):
            msgs.append("dates out of order")
        if extra.get("hearing"):
            gap = (D(extra["hearing"]) - D(extra["hearing_notice_served"])).days
            print(f"  note {cid}: 听证通知送达至听证 {gap} 日 (< 7: uncoded, see notes)")
        # the party's IDs must appear in the volume (text formats)
        path = os.path.join(OUT, cid + ".txt")
        if os.path.exists(path):
            txt = open(path, encoding=lab["encoding"]).read()
            for v in (p["credit_code"], p["id_number"]):
                if v and v not in txt:
                    msgs.append(f"{v} not in text")
        print(("FAIL " if msgs else "ok   ") + cid, sorted(codes), "; ".join(msgs))
        bad += bool(msgs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
