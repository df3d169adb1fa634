"""Re-verifies labels.jsonl of heldout51: ID check characters, presence of case files, deadlines
(7 working days decision→service, 90 days 立案→decision, 陈述申辩 period before decision) against the codes."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, uscc, idno, wd_after, D  # noqa: E402

# 陈述申辩/听证申请 period stated in each 事先告知书: (days, working?) ; waiver date if the party waived in writing
PERIOD = {
    "gx_gcjt_2023_0451_feiyingyun": (5, True),
    "yn_ysjt_2019_huoyun_0317": (3, False),
    "gx_nhjd_2024_yangchen_0037": (5, True),
    "yn_qljt_2025_gaizhuang_0209": (5, True),
    "gz_hczf_2022_jianzhulaji_0088": (5, True),
    "gx_tyjt_2021_feiyingyun_0633": (5, True),
}


def period_end(start, n, working):
    if not working:
        return start + dt.timedelta(days=n)
    d, k = start, 0
    while k < n:
        d += dt.timedelta(days=1)
        if wd_after(d - dt.timedelta(days=1), d) == 1:
            k += 1
    return d


def main():
    bad = 0
    rows = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    for r in rows:
        cid, codes, f = r["case_id"], set(r["codes"]), r["fields"]
        msgs = []
        exists = any(os.path.exists(os.path.join(OUT, cid + ext)) for ext in ("", ".txt", ".pdf", ".docx"))
        if not exists:
            msgs.append("case file missing")
        p = f["party"]
        if p.get("credit_code") and uscc(p["credit_code"][:17]) != p["credit_code"]:
            msgs.append("bad credit code")
        if p.get("id_number") and idno(p["id_number"][:17]) != p["id_number"]:
            msgs.append("bad id number")
        ds = {k: (D(v) if v else None) for k, v in f["dates"].items()}
        if ds["decision"] and ds["decision_served"]:
            n = wd_after(ds["decision"], ds["decision_served"])
            if (n > 7) != ("SERV-01" in codes):
                msgs.append(f"service {n} working days vs labels")
        if ds["filing"] and ds["decision"]:
            n = (ds["decision"] - ds["filing"]).days
            if (n > 90) != ("PROC-03" in codes):
                msgs.append(f"decision {n} days after filing vs labels")
        if ds["notice"] and ds["decision"] and cid in PERIOD:
            end = period_end(ds["notice"], *PERIOD[cid])
            early = ds["decision"] <= end
            if early != ("PROC-05" in codes):
                msgs.append(f"decision {ds['decision']} vs statement period end {end}")
        if f["penalty"]["procedure"] == "简易":
            lim = 200 if p["kind"] == "个人" else 3000
            if (f["penalty"]["fine_yuan"] > lim) != ("PROC-10" in codes):
                msgs.append("simple-procedure limit vs labels")
        print(("OK  " if not msgs else "BAD ") + cid, sorted(codes), "; ".join(msgs))
        bad += bool(msgs)
    print(f"{len(rows)} cases, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
