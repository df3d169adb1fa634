"""Re-verifies the labels: ID check characters, working-day service, 办案期限, 陈述申辩 periods.
Each case module may declare CHECK = {...} with the expectations the label implies."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, OUT, idno_ok, uscc_ok, wd_after, add_wd  # noqa: E402

bad = 0


def ok(cond, msg):
    global bad
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        bad += 1


labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
for lab in labels:
    cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
    mod = importlib.import_module("case" + str(int(cid.split("_")[1])))
    p = f["party"]
    if p.get("id_number"):
        ok(idno_ok(p["id_number"]), f"{cid} 身份证号校验位 {p['id_number']}")
    if p.get("credit_code"):
        ok(uscc_ok(p["credit_code"]), f"{cid} 统一社会信用代码校验位 {p['credit_code']}")
    d = {k: (D(v) if v else None) for k, v in f["dates"].items()}
    if d["decision"] and d["decision_served"]:
        n = wd_after(d["decision"], d["decision_served"])
        ok((n > 7) == ("SERV-01" in codes), f"{cid} 决定书送达 {n} 个工作日 (SERV-01 {'SERV-01' in codes})")
    if d["filing"] and d["decision"]:
        days = (d["decision"] - d["filing"]).days
        lim = getattr(mod, "LIMIT_DAYS", 90)
        ok((days > lim) == ("PROC-03" in codes), f"{cid} 立案/受案至决定 {days} 日 (期限 {lim})")
    chk = getattr(mod, "CHECK", {})
    if "notice_served" in chk and d["decision"]:
        srv = D(chk["notice_served"])
        end = add_wd(srv, chk["period_wd"]) if chk.get("working") else None
        if end is None:
            import datetime as dt
            end = srv + dt.timedelta(days=chk["period_wd"])
        early = d["decision"] <= end and not chk.get("waived")
        ok(early == ("PROC-05" in codes), f"{cid} 陈述申辩期届满 {end}, 决定 {d['decision']} (PROC-05 {'PROC-05' in codes})")
    for extra in chk.get("ids", []):
        good = uscc_ok(extra) if len(extra) == 18 and not extra[:17].isdigit() else idno_ok(extra)
        ok(good == (extra not in chk.get("bad_ids", [])), f"{cid} 卷内号码 {extra} 校验 {'通过' if good else '不通过'}")
    for name, (start, days, fine, stated) in chk.get("surcharge", {}).items():
        cap = min(fine * 0.03 * days, fine)
        ok((stated > cap) == ("EXEC-02" in codes), f"{cid} 加处罚款 {stated} (上限 {cap})")
print("FAILURES:", bad)
sys.exit(1 if bad else 0)
