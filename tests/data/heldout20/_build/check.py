"""Re-verifies the heldout20 corpus against its labels: IDs, working-day deadlines, ranges, files.
Run: python tests/data/heldout20/_build/check.py   (exit 1 on any failure)."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, D, wd_after, wd_between, cc_valid, id_valid
import case_a, case_b, case_c, case_d, case_e, case_f, case_g

fails = []


def ok(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        fails.append(msg)


labels = {json.loads(l)["case_id"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
mods = {m.CASE_ID: m for m in (case_a, case_b, case_c, case_d, case_e, case_f, case_g)}
ok(set(labels) == set(mods), "one label per case module")


def case_text(cid):
    p = os.path.join(OUT, cid)
    if os.path.isdir(p):
        return "\n".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
    for ext, enc in ((".txt", labels[cid]["encoding"]), (".pdf", None), (".docx", None)):
        if os.path.exists(p + ext):
            if ext == ".txt":
                return open(p + ext, encoding=enc).read()
            if ext == ".pdf":
                return subprocess.run(["pdftotext", "-layout", p + ext, "-"], capture_output=True, text=True).stdout
            import docx
            doc = docx.Document(p + ext)
            parts = [x.text for x in doc.paragraphs]
            for t in doc.tables:
                for r in t.rows:
                    parts.append("\t".join(c.text for c in r.cells))
            return "\n".join(parts)
    raise FileNotFoundError(cid)


for cid, lab in sorted(labels.items()):
    m = mods[cid]
    f = lab["fields"]
    codes = set(lab["codes"])
    print(f"--- {cid} {sorted(codes)}")
    ok(lab["codes"] == sorted(lab["codes"]), "codes sorted")
    p = f["party"]
    if p["credit_code"]:
        ok(cc_valid(p["credit_code"]), f"credit code {p['credit_code']} passes GB 32100")
    if p["id_number"]:
        ok(id_valid(p["id_number"]), f"id {p['id_number']} passes GB 11643")
    for name in ("LR_ID",):
        if hasattr(m, name):
            ok(id_valid(getattr(m, name)), f"{name} valid")
    dd = {k: (D(v) if v else None) for k, v in f["dates"].items()}
    if dd["filing"]:
        ok((dd["decision"] - dd["filing"]).days <= 90, f"decision within 90 days of filing ({(dd['decision'] - dd['filing']).days})")
        ok(dd["filing"] <= (dd["notice"] or dd["filing"]) <= dd["decision"] <= dd["decision_served"], "date order filing<=notice<=decision<=served")
    wds = wd_between(dd["decision"], dd["decision_served"])
    ok((wds > 7) == ("SERV-01" in codes), f"decision served after {wds} working days (SERV-01 labelled: {'SERV-01' in codes})")
    if dd["notice"]:
        served = m.d["notice_served"]
        days = 3 if m in (case_b, case_d) else 5
        end = wd_after(served, days)
        ok((dd["decision"] <= end) == ("PROC-05" in codes),
           f"陈述申辩 {days} 工作日 from {served} ends {end}; decision {dd['decision']} (PROC-05 labelled: {'PROC-05' in codes})")
    if m is case_c:   # scanned: no text layer; check the source text instead
        txt = repr(case_c.docs)
    else:
        txt = case_text(cid)
    ok(p["name"] in txt, "party name in text")
    for k in ("credit_code", "id_number"):
        if p[k]:
            ok(p[k] in txt, f"{k} in text")
    ok(f["agency"] in txt, "agency in text")

# case-specific facts
a = case_a.d
ok(wd_between(a["notice_served"], a["hearing_req"]) <= 5, "A: hearing requested within 5 working days")
ok(wd_between(a["hearing_notice"], a["hearing"]) >= 7, f"A: hearing notice {wd_between(a['hearing_notice'], a['hearing'])} working days before hearing")
ok(10000 <= case_a.FINE <= case_a.PROPOSED <= 100000, "A: fine within 大气法117 1万-10万 and not above proposal")
ok(a["legal"] <= a["collective"] <= a["decision"], "A: 法制审核 and 集体讨论 before decision")
ok(case_b.FINE_UNIT <= 50000 and 50000 <= case_b.FINE_PERSON <= 100000, "B: 安全生产法102 ranges")
ok("听证" not in case_b.docs[7][1][5] + case_b.docs[7][1][6], "B: 告知书 silent on 听证 (PROC-02)")
ok("执法证号" not in case_b.docs[2][1][6].split("、")[0], "B: recheck record officer 1 without certificate (SUBJ-02)")
ok(case_c.TRUE_SUM != case_c.STATED, f"C: listed trips sum {case_c.TRUE_SUM} != stated {case_c.STATED} (EVID-03)")
ok(case_c.TRUE_SUM < 20000 and 30000 <= case_c.FINE <= 100000, "C: 道路运输条例63 range for 违法所得不足2万")
ok(case_d.FINE <= 2000, "D: 征管法62 range")
ok(case_f.FINE > 200 and case_f.FINE <= 5000, "F: fine within 价格规定13 but above 简易 limit for a natural person (PROC-10)")
ok(D("2024-01-01") <= case_f.d["decision"], "F: on-the-spot decision after 2024-01-01 (复议前置 applies, DOC-02)")
ok(100 * case_g.AREA <= case_g.FINE <= 1000 * case_g.AREA, "G: 条例57 100-1000元/平方米")
ok(case_g.SURCHARGE > case_g.FINE and case_g.SURCHARGE == case_g.FINE * 3 // 100 * case_g.OVERDUE, "G: 加处罚款 exceeds the fine (EXEC-02)")
ok(not cc_valid(case_g.CC_BAD), "G: 决定书 credit code fails check (DOC-06)")
ok(case_g.CC_BAD in case_text(case_g.CASE_ID), "G: bad credit code printed")
real, listed = case_g.build()
ok([r[2:] for r in real] != [l[2:] for l in listed] and len(real) == len(listed) + 1, "G: 目录 misses one document (ARCH-01)")

# formats and sizes
scan = os.path.join(OUT, case_c.CASE_ID + ".pdf")
ok(os.path.getsize(scan) < 1_200_000, f"scanned PDF {os.path.getsize(scan)} bytes < 1.2 MB")
ok(subprocess.run(["pdftotext", scan, "-"], capture_output=True, text=True).stdout.strip() == "", "scanned PDF has no text layer")
tot = sum(os.path.getsize(os.path.join(r, x)) for r, _, fs in os.walk(OUT) for x in fs)
ok(tot < 2_000_000, f"corpus {tot} bytes < 2 MB")
for cid in (case_a.CASE_ID, case_b.CASE_ID):
    t = case_text(cid)
    ok("卷内目录" in t.replace(" ", "") and "（印章）" in t, f"{cid}: text layer with 目录 and seal marker")
raw = open(os.path.join(OUT, case_e.CASE_ID + ".txt"), encoding="utf-8").read()
ok(raw.count("\f") >= 8, "E: pages separated by form feeds")
try:
    open(os.path.join(OUT, case_f.CASE_ID + ".txt"), encoding="utf-8").read()
    ok(False, "F: not valid UTF-8 (GB18030)")
except UnicodeDecodeError:
    ok(True, "F: not valid UTF-8 (GB18030)")

print("FAILURES:", len(fails))
sys.exit(1 if fails else 0)
