"""Re-verifies the labels against the built files: IDs (GB 32100 / GB 11643), working-day deadlines,
90-day limit, 陈述申辩 period, presence of IDs in the text, defect codes known to the contract."""
import datetime as dt
import json
import os
import re
import subprocess
import sys

from common import OUT, credit_ok, id_ok, workdays_between, add_workdays

D = dt.date.fromisoformat
# notice served date and the period (working days) stated in the 事先告知书, for the 陈述申辩 check
NOTICE_SERVED = {
    "hz24_a_permit_exceed_hearing": ("2023-04-21", 5),
    "hz24_b_hazchem_dual": ("2022-05-13", 5),
    "hz24_d_food_unlicensed_scan": ("2023-07-14", 5),
    "hz24_e_price_nopenalty": ("2025-04-03", 5),
    "hz24_f_planning_installment": ("2024-05-09", 5),
    "hz24_g_dust_2020": ("2020-09-08", 3),
}


def known_codes():
    # ../shared beside the repository root (tests/data/heldout24/_build → five levels up)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 5, "shared", "contract", "defects.yaml")
    if not os.path.exists(path):
        return None
    return set(re.findall(r"code: ([A-Z]+-\d+)", open(path, encoding="utf-8").read()))


def case_text(cid, enc):
    for ext in (".txt", ".pdf", ".docx"):
        p = os.path.join(OUT, cid + ext)
        if os.path.exists(p):
            if ext == ".txt":
                return open(p, encoding=enc).read()
            if ext == ".pdf":
                try:
                    return subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
                except FileNotFoundError:
                    return None
            import docx
            d = docx.Document(p)
            parts = [x.text for x in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    parts.extend(c.text for c in r.cells)
            return "\n".join(parts)
    p = os.path.join(OUT, cid)
    if os.path.isdir(p):
        return "\n".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
    raise SystemExit(f"{cid}: no case file")


def main():
    errs = []
    codes = known_codes()
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    for lab in labels:
        cid, f = lab["case_id"], lab["fields"]
        e = lambda m: errs.append(f"{cid}: {m}")
        if codes is not None:
            for c in lab["codes"]:
                if c not in codes:
                    e(f"unknown code {c}")
        if lab["codes"] != sorted(lab["codes"]):
            e("codes not sorted")
        p = f["party"]
        if p.get("credit_code") and not credit_ok(p["credit_code"]):
            e("bad credit code")
        if p.get("id_number") and not id_ok(p["id_number"]):
            e("bad id number")
        txt = case_text(cid, lab.get("encoding") or "utf-8")
        if txt and txt.strip():  # scanned PDF has no text layer
            for k in ("credit_code", "id_number"):
                if p.get(k) and p[k] not in txt:
                    e(f"{k} not found in text")
            for m in re.findall(r"\d{17}[\dX]", txt):
                if re.match(r"\d{6}(19|20)\d{6}\d{3}[\dX]", m) and not id_ok(m):
                    e(f"invalid id in text {m}")
            for m in re.findall(r"[159][123]\d{6}[0-9A-Z]{10}", txt):
                if not credit_ok(m) and not id_ok(m):
                    e(f"invalid credit code in text {m}")
        ds = f["dates"]
        dec, served = D(ds["decision"]), D(ds["decision_served"])
        wd = workdays_between(dec, served)
        if ("SERV-01" in lab["codes"]) != (wd > 7):
            e(f"service {wd} working days vs SERV-01 label")
        if ds.get("filing"):
            days = (dec - D(ds["filing"])).days
            if ("PROC-03" in lab["codes"]) != (days > 90):
                e(f"{days} days filing->decision vs PROC-03 label")
        if ds.get("notice"):
            if not D(ds["notice"]) < dec:
                e("notice not before decision")
            ns, n = NOTICE_SERVED[cid]
            end = add_workdays(D(ns), n)
            if ("PROC-05" in lab["codes"]) != (dec <= end):
                e(f"decision {dec} vs statement period end {end} vs PROC-05 label")
        if f["penalty"]["procedure"] == "简易":
            lim = 200 if p["kind"] == "个人" else 3000
            if ("PROC-10" in lab["codes"]) != (f["penalty"]["fine_yuan"] > lim):
                e("simple procedure limit vs PROC-10 label")
        print(f"{cid}: codes={lab['codes']} service={wd}wd"
              + (f" filing->decision={(dec - D(ds['filing'])).days}d" if ds.get('filing') else ""))
    size = 0
    for root, _, files in os.walk(OUT):
        size += sum(os.path.getsize(os.path.join(root, x)) for x in files)
    print(f"corpus size {size / 1e6:.2f} MB")
    if size > 2.1e6:
        errs.append("corpus too large")
    if errs:
        print("\n".join("ERROR " + x for x in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
