"""Re-verify the heldout53 labels: check characters of IDs, that IDs occur in the case files, and working-day deadlines.
Run with the project venv: python check.py  (needs chinese_calendar; python-docx for the DOCX case)."""
import json, os, re, sys, datetime as dt
import chinese_calendar as cc
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import OUT, uscc, idno

# 陈述申辩 period (working days, counted from service of the 事先告知书) as printed in each 告知书
PERIOD = {"heldout53_01": 5, "heldout53_02": 3, "heldout53_03": 3, "heldout53_04": 3,
          "heldout53_05": 5, "heldout53_06": 5, "heldout53_07": 5}
NOTICE_SERVED_SAME_DAY = True  # every 告知书 in this corpus is served on its own date

def d(s): return dt.date.fromisoformat(s)
def add_wd(day, n):
    while n:
        day += dt.timedelta(1)
        if cc.is_workday(day): n -= 1
    return day
def wd_between(a, b):
    n, x = 0, a
    while x < b:
        x += dt.timedelta(1)
        if cc.is_workday(x): n += 1
    return n

def text_of(cid):
    p = os.path.join(OUT, cid)
    if os.path.isdir(p):
        return "\n".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
    if os.path.exists(p + ".docx"):
        import docx
        doc = docx.Document(p + ".docx")
        return "\n".join([x.text for x in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    for enc in ("utf-8", "gb18030"):
        if os.path.exists(p + ".txt"):
            try: return open(p + ".txt", encoding=enc).read()
            except UnicodeDecodeError: continue
    return None  # PDFs: IDs checked by check character only

def main():
    bad = 0
    for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"):
        L = json.loads(line); cid = L["case_id"]; f = L["fields"]; codes = set(L["codes"]); errs = []
        pa = f["party"]
        if pa.get("credit_code") and uscc(pa["credit_code"][:17]) != pa["credit_code"]: errs.append("credit code check char")
        if pa.get("id_number") and idno(pa["id_number"][:17]) != pa["id_number"]: errs.append("id check digit")
        t = text_of(cid)
        if t is not None:
            for k in ("credit_code", "id_number"):
                if pa.get(k) and pa[k] not in t: errs.append(f"{k} not in file")
            if cid.endswith("02") and L["encoding"] == "gb18030":
                try: open(os.path.join(OUT, cid + ".txt"), encoding="utf-8").read(); errs.append("02 should not be utf-8")
                except UnicodeDecodeError: pass
        ds = {k: (d(v) if v else None) for k, v in f["dates"].items()}
        served = wd_between(ds["decision"], ds["decision_served"])
        if (served > 7) != ("SERV-01" in codes): errs.append(f"service {served} wd vs label")
        days = (ds["decision"] - ds["filing"]).days
        if (days > 90) != ("PROC-03" in codes): errs.append(f"{days} days filing->decision vs label")
        end = add_wd(ds["notice"], PERIOD[cid])
        early = ds["decision"] <= end
        if early != ("PROC-05" in codes): errs.append(f"decision {ds['decision']} vs period end {end}")
        if not (ds["filing"] <= ds["notice"] < ds["decision"] <= ds["decision_served"]): errs.append("date order")
        print(cid, sorted(codes), f"served+{served}wd", f"{days}d", f"period end {end}", "OK" if not errs else errs)
        bad += bool(errs)
    sys.exit(1 if bad else 0)
if __name__ == "__main__":
    main()
