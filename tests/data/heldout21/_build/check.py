"""Re-verify the heldout21 corpus against its labels: IDs (GB 32100 / GB 11643), working-day deadlines,
90-day limit, hearing windows, 加处罚款 arithmetic, 卷内目录 page ranges, presence of files.
Run:  python tests/data/heldout21/_build/check.py
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labels_src  # noqa: E402
from common import OUT, D, idno_ok, uscc_ok, wd_add, wd_between  # noqa: E402

fails = []


def ok(cond, msg):
    if not cond:
        fails.append(msg)


def case_text(cid):
    for ext, enc in ((".txt", None),):
        p = os.path.join(OUT, cid + ext)
        if os.path.exists(p):
            raw = open(p, "rb").read()
            for e in ("utf-8", "gb18030"):
                try:
                    return raw.decode(e)
                except UnicodeDecodeError:
                    pass
    p = os.path.join(OUT, cid)
    if os.path.isdir(p):
        return "\n".join(open(os.path.join(p, n), encoding="utf-8").read() for n in sorted(os.listdir(p)))
    p = os.path.join(OUT, cid + ".pdf")
    if os.path.exists(p):
        try:
            return subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout
        except FileNotFoundError:
            return None
    p = os.path.join(OUT, cid + ".docx")
    if os.path.exists(p):
        import docx
        dd = docx.Document(p)
        parts = [x.text for x in dd.paragraphs]
        for t in dd.tables:
            for r in t.rows:
                parts.append("\t".join(c.text for c in r.cells))
        return "\n".join(parts)
    return None


labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
by_id = {lab["case_id"]: lab for lab in labels}
for m in labels_src.CASES:
    cid = m.CASE_ID
    lab = by_id.get(cid)
    ok(lab is not None, f"{cid}: no label")
    if not lab:
        continue
    ok(any(os.path.exists(os.path.join(OUT, cid + e)) for e in (".txt", ".pdf", ".docx", "")), f"{cid}: no file")
    ck = m.CHECK
    codes = set(lab["codes"])
    for x in ck.get("ids", []):
        ok(uscc_ok(x) if x[0] in "9" and not x.isdigit() else idno_ok(x), f"{cid}: bad id {x}")
    p = lab["fields"]["party"]
    if p.get("credit_code"):
        ok(uscc_ok(p["credit_code"]), f"{cid}: credit code check char")
    if p.get("id_number"):
        ok(idno_ok(p["id_number"]), f"{cid}: id check digit")
    if "served_wd" in ck:
        a, b, n = ck["served_wd"]
        got = wd_between(a, b)
        ok(got == n, f"{cid}: service wd {got} != {n}")
        ok((got > 7) == ("SERV-01" in codes), f"{cid}: SERV-01 label vs {got} working days")
        ok(lab["fields"]["dates"]["decision"] == str(a) and lab["fields"]["dates"]["decision_served"] == str(b),
           f"{cid}: label dates differ from module")
    if "notice_period" in ck:
        nd, n, dec = ck["notice_period"]
        ok(dec > wd_add(nd, n), f"{cid}: decision inside 陈述申辩 period")
        ok("PROC-05" not in codes, f"{cid}: PROC-05 labelled but period respected")
    if "notice_period_violated" in ck:
        nd, n, dec = ck["notice_period_violated"]
        ok(dec <= wd_add(nd, n), f"{cid}: expected decision inside period")
        ok("PROC-05" in codes, f"{cid}: PROC-05 missing")
    if "limit90" in ck:
        a, b = ck["limit90"]
        ok((b - a).days <= 90, f"{cid}: over 90 days")
    if "hearing" in ck:
        notice, req, hn, hearing = ck["hearing"]
        ok(req <= wd_add(notice, 5), f"{cid}: hearing request late")
        ok(wd_between(hn, hearing) >= 7, f"{cid}: hearing notice < 7 wd before hearing")
    if "simple_limit" in ck:
        fine, kind = ck["simple_limit"]
        over = fine > (200 if kind == "个人" else 3000)
        ok(over == ("PROC-10" in codes), f"{cid}: PROC-10 vs amount")
    if "late" in ck:
        fine, due, urge, days, late = ck["late"]
        ok((urge - due).days == days, f"{cid}: overdue days")
        ok(late == fine * 3 * days // 100, f"{cid}: late arithmetic")
        ok((late > fine) == ("EXEC-02" in codes), f"{cid}: EXEC-02 vs cap")
    if "urge_wait" in ck:
        a, b = ck["urge_wait"]
        ok(wd_between(a, b) >= 10, f"{cid}: court application < 10 wd after 催告")
    # 卷内目录 vs real pages (text formats): every "n-m" / "n" row must match the document pages
    txt = case_text(cid)
    if txt is None:
        continue
    for x in re.findall(r"(?<!\d)\d{17}[\dX](?![\dX])", txt):
        if x[:2] in ("11", "13", "31", "33", "36", "43", "44", "45", "51"):
            ok(idno_ok(x), f"{cid}: id in text fails check {x}")
    for x in re.findall(r"9[123][0-9]{6}[0-9A-Z]{10}", txt):
        ok(uscc_ok(x), f"{cid}: uscc in text fails check {x}")
    from common import assemble
    vol, total, rows = assemble(m.docs)
    # the printed 卷内目录 must state the real range of every document (unless ARCH-01 is labelled)
    toc_ok = True
    lines = txt.split("\n")
    for seq, title, a, b in rows:
        want = {f"{a}-{b}", f"{a}—{b}"} if a != b else {str(a), f"{a}—{a}", f"{a}-{a}"}
        hit = [ln.rstrip(" │\t\r") for ln in lines if title in ln]
        hit = [ln for ln in hit if re.search(r"\d$", ln)]
        if not hit:
            toc_ok = False
            continue
        last = re.findall(r"\d+(?:[-—]\d+)?", hit[0])[-1]
        if last not in want:
            toc_ok = False
    if not txt.strip() or "jianyi" in cid:   # scanned PDF: no text layer, built by the same assemble()
        toc_ok = not getattr(m, "SKIP", None)
    ok(toc_ok == ("ARCH-01" not in codes), f"{cid}: 卷内目录 vs pages ({'match' if toc_ok else 'mismatch'}) disagrees with ARCH-01 label")
    if lab["encoding"] == "gb18030":
        raw = open(os.path.join(OUT, cid + ".txt"), "rb").read()
        try:
            raw.decode("utf-8")
            fails.append(f"{cid}: gb18030 file decodes as utf-8")
        except UnicodeDecodeError:
            pass

ok(len(labels) == 7, "expected 7 labels")
allc = set(c for lab in labels for c in lab["codes"])
ok(len(allc) >= 9, f"only {len(allc)} codes")
ok(sum(1 for lab in labels if not lab["codes"]) == 2, "expected 2 clean cases")
size = 0
for root, _, files in os.walk(OUT):
    if "_build" in root:
        continue
    size += sum(os.path.getsize(os.path.join(root, f)) for f in files)
ok(size < 2_000_000, f"corpus too big: {size}")
for f in os.listdir(OUT):
    if f.endswith(".pdf"):
        ok(os.path.getsize(os.path.join(OUT, f)) < 1_200_000, f"{f} too big")
print(f"{len(labels)} cases, codes: {sorted(allc)}, size {size} bytes")
if fails:
    print("FAIL:\n  " + "\n  ".join(fails))
    sys.exit(1)
print("OK")
