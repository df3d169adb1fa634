"""Re-verify the heldout32 labels against the rules they rely on.

Checks: every code exists in ../shared/contract/defects.yaml; party IDs pass GB 32100 / GB 11643;
IDs written in the text cases are valid except where DOC-06 is labelled; the decision is served
within 7 working days unless SERV-01 is labelled; the decision is within 90 days of 立案 unless
PROC-03 is labelled; the 陈述申辩 period stated in the 事先告知书 had ended before the decision
unless PROC-05 is labelled.  Run: python check.py (from anywhere)."""
import datetime as dt
import json
import re
import sys
from pathlib import Path

import yaml

from common import OUT, add_workdays, idcard_ok, uscc_ok, workdays_after

SHARED = Path(__file__).resolve().parents[4].parent / "shared"

# notice served date, period stated in the 事先告知书 (n, "日" calendar or "工作日")
NOTICE = {
    "h32_01_yubei_illegal_passenger": ("2020-07-01", 3, "日"),
    "h32_02_nanzheng_unqualified_driver": ("2020-11-10", 3, "日"),
    "h32_03_guanshanhu_charter_bus": ("2024-05-14", 5, "工作日"),
    "h32_05_maiji_unlicensed_freight": ("2025-04-01", 5, "日"),
    "h32_06_huichuan_spill_late_fine": ("2019-05-29", 3, "日"),
    "h32_07_shunqing_overload_instalments": ("2025-09-26", 5, "工作日"),
}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def text_of(case_id):
    p = OUT / f"{case_id}.txt"
    if p.exists():
        enc = "gb18030" if "nanzheng" in case_id else "utf-8"
        return p.read_text(encoding=enc)
    if (OUT / case_id).is_dir():
        return "\n".join(f.read_text(encoding="utf-8") for f in sorted((OUT / case_id).glob("*.txt")))
    if (OUT / f"{case_id}.docx").exists():
        import docx
        doc = docx.Document(OUT / f"{case_id}.docx")
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    pdf = OUT / f"{case_id}.pdf"
    if pdf.exists():
        import pdfplumber
        with pdfplumber.open(pdf) as doc:
            t = "\n".join(pg.extract_text() or "" for pg in doc.pages)
        return t or None  # a scanned PDF has no text layer
    return None


def main():
    codes = {c["code"] for c in yaml.safe_load((SHARED / "contract/defects.yaml").read_text(encoding="utf-8"))["codes"]}
    labels = [json.loads(x) for x in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    errs = []
    used = set()
    for lab in labels:
        cid, cs, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        used |= cs
        if lab["codes"] != sorted(lab["codes"]) or not cs <= codes:
            errs.append(f"{cid}: codes unsorted or unknown {cs - codes}")
        if not any((OUT / n).exists() for n in (cid, cid + ".txt", cid + ".pdf", cid + ".docx")):
            errs.append(f"{cid}: no file")
        p = f["party"]
        if p["credit_code"] and not uscc_ok(p["credit_code"]):
            errs.append(f"{cid}: bad credit code")
        if p["id_number"] and not idcard_ok(p["id_number"]):
            errs.append(f"{cid}: bad id number")
        t = text_of(cid)
        if t is not None:
            bad = [x for x in set(re.findall(r"(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])", t)) if not idcard_ok(x)]
            bad += [x for x in set(re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", t)) if not uscc_ok(x)]
            if bool(bad) != ("DOC-06" in cs):
                errs.append(f"{cid}: invalid IDs in text {bad} vs DOC-06 label")
        ds = f["dates"]
        dec, srv, fil = d(ds["decision"]), d(ds["decision_served"]), d(ds["filing"])
        if srv and (workdays_after(dec, srv) > 7) != ("SERV-01" in cs):
            errs.append(f"{cid}: service {workdays_after(dec, srv)} wd vs SERV-01 label")
        if fil and ((dec - fil).days > 90) != ("PROC-03" in cs):
            errs.append(f"{cid}: {(dec - fil).days} days filing→decision vs PROC-03 label")
        if cid in NOTICE:
            ns, n, unit = NOTICE[cid]
            ns = d(ns)
            end = add_workdays(ns, n) if unit == "工作日" else ns + dt.timedelta(days=n)
            if (dec <= end) != ("PROC-05" in cs):
                errs.append(f"{cid}: period ends {end}, decision {dec} vs PROC-05 label")
            if d(ds["notice"]) > dec:
                errs.append(f"{cid}: notice after decision")
        print(f"{cid:40s} {','.join(lab['codes']) or 'clean'}")
    print(f"{len(labels)} cases, {len(used)} distinct codes: {sorted(used)}")
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file() and "_build" not in p.parts)
    print(f"corpus size {size / 1e6:.2f} MB")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
