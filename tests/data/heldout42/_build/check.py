"""Re-verifies labels.jsonl: ID check characters, working-day deadlines (chinese_calendar), 90-day limit,
陈述申辩 period, and that the labelled codes agree with those facts. Run with the project venv."""
import datetime as dt
import json
import os
import sys
import chinese_calendar as cal
from common import OUT, credit_ok, id_ok

# 陈述申辩/听证 period (working days) printed on each 事先告知书; the notice was served on its own date in every case.
PERIOD = {"sz_c1_yangchen": 3, "dg_c2_weijian": 5, "sy_c3_shaokao_scan": 3, "gz_c4_jianzhulaji": 5,
          "hk_c6_youyan": 3, "fs_c7_xiaofang": 5}


def D(s):
    return dt.date.fromisoformat(s) if s else None


def wd_after(a, b):
    """working days in (a, b]"""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += cal.is_workday(d)
    return n


def add_wd(a, k):
    d = a
    while k:
        d += dt.timedelta(days=1)
        k -= cal.is_workday(d)
    return d


def main():
    bad = []
    for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        cid, codes, f = r["case_id"], set(r["codes"]), r["fields"]
        p = f["party"]
        if p["credit_code"] and not credit_ok(p["credit_code"]):
            bad.append((cid, "credit code check char"))
        if p["id_number"] and not id_ok(p["id_number"]):
            bad.append((cid, "id number check digit"))
        d = {k: D(v) for k, v in f["dates"].items()}
        if d["decision"] and d["decision_served"]:
            late = wd_after(d["decision"], d["decision_served"]) > 7
            if late != ("SERV-01" in codes):
                bad.append((cid, f"SERV-01 mismatch ({wd_after(d['decision'], d['decision_served'])} wd)"))
        if d["filing"] and (d["decision"] - d["filing"]).days > 90 and "PROC-03" not in codes:
            bad.append((cid, "over 90 days"))
        if cid in PERIOD:
            end = add_wd(d["notice"], PERIOD[cid])
            early = d["decision"] <= end
            if early != ("PROC-05" in codes):
                bad.append((cid, f"PROC-05 mismatch (period ends {end}, decision {d['decision']})"))
        order = [d[k] for k in ("filing", "notice", "decision", "decision_served") if d[k]]
        if order != sorted(order):
            bad.append((cid, "dates out of order"))
        if f["penalty"]["procedure"] == "简易":
            lim = 200 if p["kind"] == "个人" else 3000
            if (f["penalty"]["fine_yuan"] > lim) != ("PROC-10" in codes):
                bad.append((cid, "PROC-10 mismatch"))
        # the IDs must appear in the text-based volumes
        path = os.path.join(OUT, cid)
        texts = []
        if os.path.isdir(path):
            texts = [open(os.path.join(path, n), encoding="utf-8").read() for n in sorted(os.listdir(path))]
        elif os.path.exists(path + ".txt"):
            texts = [open(path + ".txt", encoding=r["encoding"]).read()]
        for t in texts[:1] if not os.path.isdir(path) else ["".join(texts)]:
            key = p["credit_code"] or p["id_number"]
            if key not in t:
                bad.append((cid, "party ID not in text"))
        print(cid, sorted(codes), "ok" if not [b for b in bad if b[0] == cid] else "FAIL")
    for b in bad:
        print("FAIL", *b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
