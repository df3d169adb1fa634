"""Re-verify heldout16 labels: IDs, working-day deadlines and that key facts appear in the case files.
Run: python tests/data/heldout16/_build/check.py (needs chinese_calendar, python-docx; pdftotext for PDFs)."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, D, idn_ok, ucc_ok, wd_between  # noqa: E402

# Service of the 事先告知书 and the 陈述申辩/听证 period it states (working days, or calendar days for 2017-law "三日").
NOTICE = {
    "hx16_02_长春市监劣药听证": ("2023-04-18", 5, "wd"),
    "hx16_03_鞍山应急双罚": ("2022-05-17", 5, "wd"),
    "hx16_04_赛罕城管规划违建": ("2019-08-12", 3, "cal"),  # 2017 law: 三日 (no working-day rule)
    "hx16_05_西宁消防封闭出口": ("2023-07-28", 5, "wd"),
    "hx16_06_兰州生态环境扬尘": ("2022-09-21", 5, "wd"),
    "hx16_07_麒麟自然资源非法占地": ("2025-05-12", 5, "wd"),
}


def text_of(case_id):
    p = os.path.join(OUT, case_id)
    if os.path.isdir(p):
        return "\n".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
    for ext in (".txt", ".pdf", ".docx"):
        if os.path.exists(p + ext):
            p += ext
            break
    if p.endswith(".txt"):
        raw = open(p, "rb").read()
        for enc in ("utf-8", "gb18030"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                pass
    if p.endswith(".docx"):
        import docx
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if p.endswith(".pdf"):
        return subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
    raise SystemExit(f"no file for {case_id}")


def main():
    bad = 0
    recs = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    for r in recs:
        cid, f, codes = r["case_id"], r["fields"], set(r["codes"])
        msgs = []
        p = f["party"]
        if p["credit_code"] and not ucc_ok(p["credit_code"]):
            msgs.append("bad 统一社会信用代码")
        if p["id_number"] and not idn_ok(p["id_number"]):
            msgs.append("bad 身份证号")
        txt = text_of(cid)
        scanned = len(txt.strip()) < 50
        if not scanned:
            for k in ("credit_code", "id_number", "name"):
                if p[k] and p[k] not in txt:
                    msgs.append(f"{k} not in text")
        dd = f["dates"]
        if dd["decision"] and dd["decision_served"] and f["penalty"]["procedure"] == "普通":
            n = wd_between(dd["decision"], dd["decision_served"])
            if (n > 7) != ("SERV-01" in codes):
                msgs.append(f"service {n} wd vs SERV-01 label")
        if dd["filing"] and dd["decision"]:
            n = (D(dd["decision"]) - D(dd["filing"])).days
            if (n > 90) != ("PROC-03" in codes):
                msgs.append(f"{n} days filing->decision vs PROC-03 label")
        if cid in NOTICE:
            served, days, kind = NOTICE[cid]
            n = wd_between(served, dd["decision"]) if kind == "wd" else (D(dd["decision"]) - D(served)).days
            early = n <= days  # decision inside the period (the period's last day included)
            if early != ("PROC-05" in codes):
                msgs.append(f"decision {n} wd after notice service (period {days}) vs PROC-05 label")
            if dd["notice"] and D(dd["notice"]) > D(dd["decision"]):
                msgs.append("notice after decision")
        if f["penalty"]["procedure"] == "简易":
            over = f["penalty"]["fine_yuan"] > (200 if p["kind"] == "个人" else 3000)
            if over != ("PROC-10" in codes):
                msgs.append("简易 amount vs PROC-10 label")
        status = "OK " if not msgs else "BAD"
        bad += bool(msgs)
        print(f"{status} {cid} {sorted(codes)} {'; '.join(msgs)}" + (" (scanned: text checks skipped)" if scanned else ""))
    size = sum(os.path.getsize(os.path.join(dp, x)) for dp, _, fs in os.walk(OUT) for x in fs)
    print(f"{len(recs)} cases, {size / 1e6:.2f} MB")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
