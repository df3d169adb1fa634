"""Re-verifies heldout45 labels: ID check characters, working-day deadlines, 90-day limit,
陈述申辩 periods, and that the expected fact codes agree with the dates (writer 47).
Run: <venv>/bin/python check.py   (from this folder)"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess

import _common as C

D = dt.date.fromisoformat
# per case: date the 事先告知书 was served, and the period it states (n, "wd" working days | "d" days)
NOTICE = {
    "h45_01_yunxi_shuiwuran": ("2023-06-13", 5, "d"),
    "h45_02_hechuan_feifazhandi": ("2022-04-12", 5, "d"),
    "h45_03_suiling_anguan": ("2019-09-10", 3, "d"),
    "h45_04_diannan_wuzhengpaiwu": ("2024-05-21", 5, "wd"),
    "h45_05_mianjiang_gufei_taizhang": ("2021-03-02", 3, "d"),
    "h45_06_nanping_guolu_daqi": ("2025-09-16", 5, "wd"),
    "h45_07_qingyi_zhandi_scan": ("2024-04-23", 5, "d"),
}
INTENDED_BAD_IDS = set()


def main():
    import case3_anguan_gb as c3
    INTENDED_BAD_IDS.add(c3.UCC_BAD)
    bad = 0
    labels = [json.loads(l) for l in open(os.path.join(C.OUT, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 7
    for lab in labels:
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        p = f["party"]
        errs = []
        if p["credit_code"] and C.ucc(p["credit_code"][:17]) != p["credit_code"]:
            errs.append("credit code check char")
        if p["id_number"] and C.idno(p["id_number"][:17]) != p["id_number"]:
            errs.append("id check digit")
        # every ID printed in the case's text files
        text = ""
        for fn in os.listdir(C.OUT):
            path = os.path.join(C.OUT, fn)
            if fn.startswith(cid) and fn.endswith(".txt"):
                text += open(path, encoding=lab["encoding"] or "utf-8").read()
            if fn == cid + ".docx":
                import docx
                dd_ = docx.Document(path)
                text += "\n".join(p.text for p in dd_.paragraphs)
                text += "\n".join(c.text for t in dd_.tables for r in t.rows for c in r.cells)
            if fn == cid + ".pdf" and "scan" not in cid and shutil.which("pdftotext"):
                text += subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if fn == cid and os.path.isdir(path):
                text += "".join(open(os.path.join(path, x), encoding="utf-8").read() for x in sorted(os.listdir(path)))
        uccs = re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", text)
        ids = re.findall(r"(?<!\d)\d{17}[\dX](?!\d)", text)
        if text and not (uccs or ids):
            errs.append("no IDs found in text")
        for m in uccs:
            if C.ucc(m[:17]) != m and m not in INTENDED_BAD_IDS:
                errs.append("bad UCC in text " + m)
        for m in ids:
            if C.idno(m[:17]) != m:
                errs.append("bad ID in text " + m)
        dd = f["dates"]
        fil, dec, srv = D(dd["filing"]), D(dd["decision"]), D(dd["decision_served"])
        late = C.wd_between(dec, srv)
        if (late > 7) != ("SERV-01" in codes):
            errs.append(f"SERV-01 mismatch ({late} wd)")
        if ((dec - fil).days > 90) != ("PROC-03" in codes):
            errs.append(f"PROC-03 mismatch ({(dec - fil).days} d)")
        ns, n, unit = NOTICE[cid]
        ns = D(ns)
        end = C.wd_add(ns, n) if unit == "wd" else ns + dt.timedelta(days=n)
        if (dec <= end) != ("PROC-05" in codes):
            errs.append(f"PROC-05 mismatch (period ends {end}, decision {dec})")
        if not (fil <= D(dd["notice"]) <= dec <= srv):
            errs.append("order filing<=notice<=decision<=served")
        print(f"{cid:36s} {'OK' if not errs else 'FAIL'}  ids {len(uccs) if text else '-'}/{len(ids) if text else '-'}  served +{late}wd, {(dec - fil).days}d, period ends {end}  {sorted(codes)}")
        for e in errs:
            print("   !", e)
        bad += bool(errs)
    raise SystemExit(1 if bad else 0)


if __name__ == "__main__":
    main()
