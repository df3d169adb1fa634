"""Re-verify labels.jsonl: IDs, working-day service deadline, case time limits, 陈述申辩 period."""
import datetime as dt
import json
import os
import sys
from common import OUT, credit_ok, id_ok, workdays_after

# 陈述申辩 period in days stated on the notice, and whether the party waived it in writing
PERIOD = {"h49_01_tianhe_ouda": (3, True), "h49_02_siming_dubo": (3, True), "h49_04_gulou_zhangbu": (3, False),
          "h49_05_fengze_shenbao": (3, False), "h49_06_zhangzhou_jiujia": (3, True), "h49_07_haizhu_zaosheng": (3, False)}
LIMIT = {"公安": 30}  # 治安/交通 cases: 30 days from 受案 (no extension in these files); others 90


def D(s):
    return dt.date.fromisoformat(s) if s else None


def main():
    bad = 0
    for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        cid, codes, f = c["case_id"], set(c["codes"]), c["fields"]
        p = f["party"]
        if p.get("credit_code") and not credit_ok(p["credit_code"]):
            print(cid, "bad credit code"); bad += 1
        if p.get("id_number") and not id_ok(p["id_number"]):
            print(cid, "bad id"); bad += 1
        d = {k: D(v) for k, v in f["dates"].items()}
        if d["decision"] and d["decision_served"]:
            late = workdays_after(d["decision"], d["decision_served"]) > 7
            if late != ("SERV-01" in codes):
                print(cid, "SERV-01 mismatch", workdays_after(d["decision"], d["decision_served"])); bad += 1
        if d["filing"] and d["decision"]:
            lim = LIMIT["公安"] if "公安" in f["agency"] else 90
            over = (d["decision"] - d["filing"]).days > lim
            if over != ("PROC-03" in codes):
                print(cid, "PROC-03 mismatch"); bad += 1
        if d["notice"] and d["decision"] and cid in PERIOD:
            days, waived = PERIOD[cid]
            early = (not waived) and d["decision"] <= d["notice"] + dt.timedelta(days=days)
            if early != ("PROC-05" in codes):
                print(cid, "PROC-05 mismatch"); bad += 1
        if d["notice"] and d["decision"] and d["notice"] > d["decision"]:
            print(cid, "notice after decision"); bad += 1
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
