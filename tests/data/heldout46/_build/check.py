"""Re-verify IDs, working-day deadlines and label consistency for heldout46 (run after labels_src.py)."""
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, credit_ok, id_ok, d, workdays_after, add_workdays  # noqa: E402

SHARED = os.path.normpath(os.path.join(OUT, "..", "..", "..", "..", "shared"))
# 陈述申辩 period stated in each 事先告知书 (working days, counted from service = notice date), and written waiver
PERIOD = {"hd46_a_sihong_heiche_2024": 5, "hd46_b_tancheng_xiaocanyin_2022": 5, "hd46_c_sixian_shuiwu_yuqi_2019": 5,
          "hd46_d_linshu_wuzheng_2023": 5, "hd46_e_lingbi_huoyun_tingzheng_2020": 3,
          "hd46_f_siyang_guoqi_shipin_2019": 3}


def main():
    ok = True
    known = set()
    yml = os.path.join(SHARED, "contract", "defects.yaml")
    if os.path.exists(yml):
        known = set(re.findall(r"code: ([A-Z]+-\d+)", open(yml, encoding="utf-8").read()))
    rows = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    codes_all = set()
    for r in rows:
        cid, f = r["case_id"], r["fields"]
        msgs = []
        p = f["party"]
        if p["credit_code"] and not credit_ok(p["credit_code"]):
            msgs.append("bad credit code")
        if p["id_number"] and not id_ok(p["id_number"]):
            msgs.append("bad id number")
        for c in r["codes"]:
            codes_all.add(c)
            if known and c not in known:
                msgs.append("unknown code " + c)
        if r["codes"] != sorted(r["codes"]):
            msgs.append("codes not sorted")
        ds = f["dates"]
        dec = d(ds["decision"])
        served = d(ds["decision_served"]) if ds["decision_served"] else None
        if served:
            wd = workdays_after(dec, served)
            late = wd > 7
            if late != ("SERV-01" in r["codes"]):
                msgs.append(f"service {wd} wd vs label")
        if ds["filing"]:
            days = (dec - d(ds["filing"])).days
            late = days > 90
            if late != ("PROC-03" in r["codes"]):
                msgs.append(f"filing->decision {days} d vs label")
        if ds["notice"]:
            end = add_workdays(d(ds["notice"]), PERIOD[cid])
            early = dec <= end
            if early != ("PROC-05" in r["codes"]):
                msgs.append(f"statement period ends {end}, decision {dec} vs label")
            if dec < d(ds["notice"]):
                msgs.append("decision before notice")
        # search the case's files for every ID-like string and check them
        path = os.path.join(OUT, cid)
        texts = []
        for ext, enc in ((".txt", r.get("encoding") if r.get("encoding") in ("utf-8", "gb18030") else "utf-8"),):
            if os.path.exists(path + ext):
                texts.append(open(path + ext, encoding=enc).read())
        if os.path.isdir(path):
            for fn in sorted(os.listdir(path)):
                texts.append(open(os.path.join(path, fn), encoding="utf-8").read())
        for t in texts:
            for n in re.findall(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])", t):
                if not id_ok(n):
                    msgs.append("bad id in text " + n)
            for n in re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", t):
                if not n.isdigit() and not credit_ok(n):
                    msgs.append("bad credit code in text " + n)
        print(("OK  " if not msgs else "ERR ") + cid, r["codes"], "; ".join(msgs))
        ok = ok and not msgs
    print("codes covered:", len(codes_all), sorted(codes_all))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
