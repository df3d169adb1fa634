"""Re-verifies the heldout40 corpus against labels.jsonl: ID check characters, working-day and calendar deadlines,
the scanned-PDF size and that no identifier in the text layers fails its check unless a label says DOC-06.
Run: python tests/data/heldout40/_build/check.py  (needs chinese_calendar; pdftotext for the text PDFs)."""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, credit_ok, id_ok, workdays_between  # noqa: E402

# 陈述申辩/听证 period printed on each 事先告知书: (kind, n); kind "wd" = 工作日, "d" = 日 (calendar, last day rolls over a weekend)
PERIOD = {"h40_01_wujiang_yingji_shuangfa": ("wd", 5), "h40_02_beilun_jiaotong_feifayingyun": ("d", 5),
          "h40_03_pudong_xiaofang_jianqing": ("wd", 5), "h40_05_jinan_yingji_yinhuanjilu": ("d", 3),
          "h40_06_yiwu_yingji_tingchanzhengdun": ("wd", 5), "h40_07_siyang_jiaotong_heiche": ("d", 3)}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def period_end(start, kind, n):
    import chinese_calendar as cc
    if kind == "wd":
        e, k = start, n
        while k:
            e += dt.timedelta(days=1)
            if cc.is_workday(e):
                k -= 1
        return e
    e = start + dt.timedelta(days=n)
    while not cc.is_workday(e):
        e += dt.timedelta(days=1)
    return e


def text_of(case_id):
    p = os.path.join(OUT, case_id)
    if os.path.isdir(p):
        return "".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
    for ext, enc in ((".txt", None), (".pdf", None), (".docx", None)):
        f = p + ext
        if not os.path.exists(f):
            continue
        if ext == ".txt":
            raw = open(f, "rb").read()
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode("gb18030")
        if ext == ".docx":
            x = zipfile.ZipFile(f).read("word/document.xml").decode("utf-8")
            return re.sub(r"<[^>]+>", "", x)
        try:
            return subprocess.run(["pdftotext", f, "-"], capture_output=True, text=True).stdout
        except FileNotFoundError:
            return ""
    return ""


def main():
    bad = 0
    labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    for L in labels:
        cid, codes, f = L["case_id"], set(L["codes"]), L["fields"]
        msgs = []
        pt = f["party"]
        if pt["credit_code"] and not credit_ok(pt["credit_code"]):
            msgs.append("credit code check fails")
        if pt["id_number"] and not id_ok(pt["id_number"]):
            msgs.append("id number check fails")
        dd = {k: d(v) for k, v in f["dates"].items()}
        if dd["decision"] and dd["decision_served"]:
            w = workdays_between(dd["decision"], dd["decision_served"])
            if (w > 7) != ("SERV-01" in codes):
                msgs.append(f"service after {w} working days vs labels")
        if dd["filing"] and dd["decision"]:
            n = (dd["decision"] - dd["filing"]).days
            if n > 90 and "PROC-03" not in codes:
                msgs.append(f"decision {n} days after filing")
        if dd["notice"] and dd["decision"] and cid in PERIOD:
            e = period_end(dd["notice"], *PERIOD[cid])
            if (dd["decision"] <= e) != ("PROC-05" in codes):
                msgs.append(f"decision {dd['decision']} vs period end {e}")
        txt = text_of(cid)
        ids = set(re.findall(r"(?<!\d)\d{17}[\dX](?!\d)", txt))
        badids = [i for i in ids if not id_ok(i)]
        if len(badids) != (1 if "DOC-06" in codes else 0):
            msgs.append(f"invalid ID numbers in text: {badids}")
        for c in set(re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", txt)):
            if not c.isdigit() and not credit_ok(c):
                msgs.append(f"credit code {c} fails")
        print(("OK  " if not msgs else "FAIL") + f" {cid} codes={sorted(codes)} ids={len(ids)} " + "; ".join(msgs))
        bad += bool(msgs)
    scan = os.path.join(OUT, "h40_03_pudong_xiaofang_jianqing.pdf")
    if os.path.getsize(scan) > 1_200_000:
        print("FAIL scanned PDF larger than 1.2 MB")
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
