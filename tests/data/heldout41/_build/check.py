"""Re-verifies the heldout41 labels: check characters, working-day deadlines, 90-day limit, 陈述申辩 period,
and (for text formats) that the labelled IDs and dates occur in the case text. Run with the project venv."""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys

from common import OUT, cc_ok, id_ok, workdays_after

# 告知书 service date and period (working days) as written in each file: case -> (served, days)
NOTICE = {
    "hz41_a_baoji_guoqi_shiqima": ("2019-06-12", 3),
    "hz41_b_lanzhou_chazuo": ("2022-05-12", 5),
    "hz41_c_yinchuan_xujia_guanggao": ("2023-04-26", 5),
    "hz41_d_shenyang_shushi": ("2024-08-16", 5),
    "hz41_f_xining_niurougan": ("2025-03-28", 5),
    "hz41_g_haerbin_fentiao_scan": ("2020-09-07", 3),
}


def D(s):
    return dt.date.fromisoformat(s) if s else None


def text_of(case_id, enc):
    for name in os.listdir(OUT):
        p = os.path.join(OUT, name)
        if os.path.splitext(name)[0] != case_id and name != case_id:
            continue
        if os.path.isdir(p):
            return "\n".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
        if name.endswith(".txt"):
            return open(p, encoding=enc).read()
        if name.endswith(".docx"):
            import docx
            d = docx.Document(p)
            parts = [x.text for x in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    parts += [c.text for c in r.cells]
            return "\n".join(parts)
        if name.endswith(".pdf") and "scan" not in name and shutil.which("pdftotext"):
            return subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
        return None
    raise SystemExit(f"missing case file for {case_id}")


def main():
    bad = 0
    def fail(cid, msg):
        nonlocal bad
        bad += 1
        print(f"FAIL {cid}: {msg}")
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    for L in labels:
        cid, codes, f = L["case_id"], set(L["codes"]), L["fields"]
        p = f["party"]
        if p["credit_code"] and not cc_ok(p["credit_code"]):
            fail(cid, "credit code check character")
        if p["id_number"] and not id_ok(p["id_number"]):
            fail(cid, "id number check digit")
        d = {k: D(v) for k, v in f["dates"].items()}
        if d["decision"] and d["decision_served"]:
            n = workdays_after(d["decision"], d["decision_served"])
            if (n > 7) != ("SERV-01" in codes):
                fail(cid, f"decision served after {n} working days vs SERV-01 label")
        if d["filing"] and d["decision"]:
            n = (d["decision"] - d["filing"]).days
            if (n > 90) != ("PROC-03" in codes):
                fail(cid, f"{n} days filing->decision vs PROC-03 label")
        if cid in NOTICE and d["decision"]:
            served, days = NOTICE[cid]
            early = workdays_after(D(served), d["decision"]) < days
            if early != ("PROC-05" in codes):
                fail(cid, "陈述申辩 period vs PROC-05 label")
        if d["notice"] and d["decision"] and d["notice"] > d["decision"]:
            fail(cid, "notice after decision")
        t = text_of(cid, L.get("encoding") or "utf-8")
        if t is not None:
            flat = re.sub(r"\s", "", t)
            for v in (p["name"], p["credit_code"], p["id_number"]):
                if v and v not in flat:
                    fail(cid, f"{v} not in text")
            for k, v in f["dates"].items():
                if v:
                    y, m, dd = v.split("-")
                    forms = [f"{int(y)}年{int(m)}月{int(dd)}日", f"{int(y)}.{int(m)}.{int(dd)}"]
                    if not any(x in flat for x in forms) and "〇" not in flat:
                        fail(cid, f"{k} date {v} not in text")
        print(f"ok   {cid} {sorted(codes)}" if not bad else f"..   {cid}")
    print("ALL OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
