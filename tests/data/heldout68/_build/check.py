"""Re-derive what can be re-derived from the built corpus and print ALL PASS (or the failures)."""
import datetime as dt
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import credit_ok, id_ok, daxie  # noqa: E402

import chinese_calendar as cc  # noqa: E402
from pypdf import PdfReader  # noqa: E402

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


def D(s):
    return dt.date.fromisoformat(s)


def wd_after(start, n):
    """The n-th working day after `start` (the day of service is not counted)."""
    d, k = start, 0
    while k < n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            k += 1
    return d


def wd_between(a, b):
    """Working days after a up to and including b."""
    d, k = a, 0
    while d < b:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            k += 1
    return k


CODES = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02", "LAW-03",
         "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07", "PROC-08",
         "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02", "DISC-03", "DOC-01", "DOC-02",
         "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09", "SERV-01", "SERV-02", "SERV-03",
         "EXEC-01", "EXEC-02", "ARCH-01"}

# ------------------------------------------------------------ labels.jsonl shape
labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
ok(len(labels) == 8, "labels: 8 cases")
entries = {os.path.splitext(n)[0]: n for n in os.listdir(OUT) if n.startswith("ho68_")}
seen = {}
for L in labels:
    cid = L["case_id"]
    ok(set(L) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid}: top-level keys")
    ok(cid in entries, f"{cid}: file or folder exists")
    ok(L["encoding"] in ("utf-8", "gbk", "gb18030", None), f"{cid}: encoding value")
    for c in L["codes"]:
        ok(c in CODES and c not in ("SUBJ-04", "DISC-02"), f"{cid}: code {c} allowed")
        seen[c] = seen.get(c, 0) + 1
    f = L["fields"]
    ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: fields keys")
    p = f["party"]
    ok(p["kind"] in ("单位", "个体工商户", "个人"), f"{cid}: party kind")
    if p["credit_code"]:
        ok(credit_ok(p["credit_code"]), f"{cid}: credit code check digit")
    if p["id_number"]:
        ok(id_ok(p["id_number"]), f"{cid}: id number check digit")
    ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: procedure")
    for k in ("filing", "notice", "decision", "decision_served"):
        v = f["dates"][k]
        ok(v is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), f"{cid}: date {k}")
    for ct in f["citations"]:
        ok(set(ct) == {"law", "article", "paragraph", "item", "role"} and ct["role"] in ("violated", "penalty")
           and ct["law"].startswith("《"), f"{cid}: citation shape")
    ok(any(c["role"] == "violated" for c in f["citations"]) and any(c["role"] == "penalty" for c in f["citations"]),
       f"{cid}: violated+penalty cited")
    ok(bool(L["notes"]), f"{cid}: notes present")
ok(all(v <= 2 for v in seen.values()), f"codes used at most twice: {seen}")
fams = {c.split("-")[0] for c in seen}
ok(len(fams) >= 5, "codes spread over families")
clean = [L for L in labels if not L["codes"]]
ok(len(clean) >= 2, "at least two clean cases")
years = [int(L["fields"]["dates"]["decision"][:4]) for L in labels]
ok(len(set(years)) == 8, "distinct years")
ok(sum(1 for L in labels if L["fields"]["dates"]["decision"] < "2021-07-15") >= 2, "two pre-2021-07-15 cases")
lab = {L["case_id"]: L for L in labels}

# ------------------------------------------------------------ texts
def pdf_pages(path):
    return [p.extract_text() or "" for p in PdfReader(path).pages]


texts = {}
texts["ho68_01_tj_tzsb"] = pdf_pages(os.path.join(OUT, "ho68_01_tj_tzsb.pdf"))
texts["ho68_08_cq_zhatu"] = pdf_pages(os.path.join(OUT, "ho68_08_cq_zhatu.pdf"))
raw3 = open(os.path.join(OUT, "ho68_03_jl_chaoxian.txt"), "rb").read()
try:
    raw3.decode("utf-8"); ok(False, "case 3 must not be valid UTF-8")
except UnicodeDecodeError:
    pass
t3 = raw3.decode("gbk")
t7 = open(os.path.join(OUT, "ho68_07_fj_xiaofang.txt"), encoding="utf-8").read()
with zipfile.ZipFile(os.path.join(OUT, "ho68_02_hb_shuiwuran.docx")) as z:
    x2 = z.read("word/document.xml").decode("utf-8")
    hdrs = [n for n in z.namelist() if re.match(r"word/header\d+\.xml", n)]
t2 = re.sub(r"<[^>]+>", "", x2)
ok(len(hdrs) >= 16, f"docx: one header per section ({len(hdrs)})")
ok(x2.count("<w:sectPr") >= 16, "docx: ≥16 sections")
ok("w:gridSpan" in x2, "docx: merged cells present")
t5 = {}
for fn in sorted(os.listdir(os.path.join(OUT, "ho68_05_gz_tudi"))):
    t5[fn] = pdf_pages(os.path.join(OUT, "ho68_05_gz_tudi", fn))

alltext = "\n".join(texts["ho68_01_tj_tzsb"] + texts["ho68_08_cq_zhatu"]) + t3 + t7 + t2 + "\n".join(
    "\n".join(v) for v in t5.values())
for m in re.finditer(r"(?<![0-9A-Z])([0-9]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{9}[0-9A-HJ-NP-RTUW-Y])(?![0-9A-Z])", alltext):
    s = m.group(1)
    if s[:2] in ("91", "92", "93", "12", "11", "51", "52"):
        if not s.isdigit() or s[:2] in ("91", "92"):
            ok(credit_ok(s), f"credit code in text fails check: {s}")
for m in re.finditer(r"(?<![0-9])([1-6][0-9]{5}(19|20)[0-9]{9}[0-9X])(?![0-9])", alltext):
    ok(id_ok(m.group(1)), f"id number in text fails check: {m.group(1)}")
for cid in ("ho68_01_tj_tzsb", "ho68_08_cq_zhatu"):
    joined = "".join(texts[cid])
    P = lab[cid]["fields"]["party"]
    ok(P["credit_code"] in joined.replace(" ", ""), f"{cid}: credit code in text")
ok(lab["ho68_03_jl_chaoxian"]["fields"]["party"]["id_number"] in t3, "case 3: id in text")
ok(lab["ho68_07_fj_xiaofang"]["fields"]["party"]["credit_code"] in t7, "case 7: credit code in text")
ok(lab["ho68_02_hb_shuiwuran"]["fields"]["party"]["credit_code"] in t2, "case 2: credit code in text")

# ------------------------------------------------------------ page counts and 目录 vs numbering
man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))["cases"]


def rng(r):
    a, _, b = r.partition("-")
    return int(a), int(b or a)


for cid in ("ho68_01_tj_tzsb", "ho68_08_cq_zhatu"):
    pages = texts[cid]
    ok(len(pages) == man[cid]["pages"], f"{cid}: page count")
    foot = {}
    for i, t in enumerate(pages):
        m = re.search(r"(?:- (\d+) -|第(\d+)页)\s*$", t.strip())
        if m:
            foot[i] = int(m.group(1) or m.group(2))
    nums = [foot[i] for i in sorted(foot)]
    ok(nums == list(range(1, man[cid]["numbered"] + 1)), f"{cid}: footers consecutive")
    toc_text = pages[1]
    for title, r, head in man[cid]["toc"]:
        ok(title in toc_text and r in toc_text, f"{cid}: 目录 row {title} {r}")
        a, b = rng(r)
        phys = [i for i, n in foot.items() if n == a][0]
        ok(head.replace(" ", "") in pages[phys].replace(" ", ""), f"{cid}: {title} starts on page {a}")
    if cid == "ho68_01_tj_tzsb":
        ok(all(("津滨市监特立" in p) for p in pages), "case 1: header with case number on every page")

# case 3 (GBK): 目录 vs 〔第N页〕 markers; only the two labelled rows differ
blocks = re.split(r"=+ (.+?) =+", t3)
pages_of = {}
for i in range(1, len(blocks), 2):
    pages_of[blocks[i]] = [int(n) for n in re.findall(r"〔第(\d+)页〕", blocks[i + 1])]
toc3 = dict(re.findall(r"【\d\d】(.+?)　……　第([\d-]+)页", t3))
mism = []
for title, r in toc3.items():
    a, b = rng(r)
    if pages_of.get(title) != list(range(a, b + 1)):
        mism.append(title)
ok(sorted(mism) == sorted(["询问笔录", "证据材料（复印件）"]), f"case 3: 目录 mismatches {mism}")
ok("ARCH-01" in lab["ho68_03_jl_chaoxian"]["codes"], "case 3 labelled ARCH-01")
q = blocks[blocks.index("询问笔录") + 1]
ok(not re.search(r"出示|回避|表明身份|执法证件", q), "case 3: 询问笔录 has no 出示/回避 record")

# case 7 (UTF-8, shuffled): every page keeps its original number, 目录 matches
toc7 = dict(re.findall(r"^\d+　(.+?)　([\d-]+)$", t7, re.M))
parts = re.split(r"^【(.+?)】", t7, flags=re.M)
order = []
for i in range(1, len(parts), 2):
    title = parts[i]
    nums = [int(n) for n in re.findall(r"第(\d+)页", parts[i + 1])]
    if title in toc7:
        a, b = rng(toc7[title])
        ok(nums == list(range(a, b + 1)), f"case 7: {title} pages {nums} vs 目录 {toc7[title]}")
        order.append(a)
ok(len(order) == 16 and order != sorted(order), "case 7: 16 documents, out of procedural order")
allnums = sorted(int(n) for n in re.findall(r"第(\d+)页\s*$", t7, re.M))
ok(allnums == list(range(1, man["ho68_07_fj_xiaofang"]["numbered"] + 1)), "case 7: footers 1..N each once")

# case 4 scanned, case 5 folder, case 6 PNGs
r4 = PdfReader(os.path.join(OUT, "ho68_04_hlj_nongyao.pdf"))
ok(len(r4.pages) == man["ho68_04_hlj_nongyao"]["pages"], "case 4: page count")
ok(all(not (p.extract_text() or "").strip() for p in r4.pages), "case 4: image-only pages")
land = [i + 1 for i, p in enumerate(r4.pages) if float(p.mediabox.width) > float(p.mediabox.height)]
ok(land == [10], f"case 4: page 10 is landscape ({land})")
for fn, inf in man["ho68_05_gz_tudi"]["files"].items():
    pth = os.path.join(OUT, "ho68_05_gz_tudi", fn + ".pdf")
    ok(os.path.exists(pth), f"case 5: {fn} exists")
    pg = t5.get(fn + ".pdf", [])
    ok(len(pg) == inf["pages"], f"case 5: {fn} page count")
    has_text = any(t.strip() for t in pg)
    ok(has_text == (inf["kind"] == "text"), f"case 5: {fn} text layer matches kind")
toc5 = "".join(t5["01_卷内目录.pdf"])
for fn in man["ho68_05_gz_tudi"]["files"]:
    if fn != "01_卷内目录":
        ok(fn[:2] in toc5, f"case 5: 目录 lists {fn}")
from PIL import Image  # noqa: E402
for fn, title in man["ho68_06_sx_gonggongweisheng"]["files"]:
    im = Image.open(os.path.join(OUT, "ho68_06_sx_gonggongweisheng", fn))
    ok(im.mode == "1" and abs(im.info.get("dpi", (0, 0))[0] - 300) < 1, f"case 6: {fn} 1-bit 300 dpi")

# ------------------------------------------------------------ day counts the labels rely on
g = lambda cid, k: D(lab[cid]["fields"]["dates"][k])
# case 1: notice served 2024-05-10, 5 working days end 2024-05-16 > decision 2024-05-14
ok(wd_after(D("2024-05-10"), 5) == D("2024-05-16") and g("ho68_01_tj_tzsb", "decision") < D("2024-05-16"), "case 1: PROC-05 days")
ok(wd_between(g("ho68_01_tj_tzsb", "decision"), g("ho68_01_tj_tzsb", "decision_served")) <= 7, "case 1: service ≤7wd")
ok(wd_between(D("2024-05-14"), D("2024-05-24")) <= 20, "case 1: publication within 20 wd")
# case 2: 3-day window from 2019-06-18 ends 2019-06-21 < decision; service 2 wd
ok(wd_after(D("2019-06-18"), 3) < g("ho68_02_hb_shuiwuran", "decision"), "case 2: hearing window ended before decision")
ok(wd_between(g("ho68_02_hb_shuiwuran", "decision"), g("ho68_02_hb_shuiwuran", "decision_served")) == 2, "case 2: service 2 wd")
ok(daxie(100000) in t2 and "宜市环罚〔2019〕63号" in t2 and "宜市环罚〔2019〕36号" in t2, "case 2: SERV-03 numbers present")
# case 4: extension, holiday, service
f4, d4 = g("ho68_04_hlj_nongyao", "filing"), g("ho68_04_hlj_nongyao", "decision")
ok((d4 - f4).days == 106 and f4 + dt.timedelta(days=90) == D("2022-09-14") and D("2022-09-09") <= D("2022-09-14")
   and d4 <= D("2022-10-14"), "case 4: extension covers decision")
ok(wd_between(d4, g("ho68_04_hlj_nongyao", "decision_served")) == 3 and (g("ho68_04_hlj_nongyao", "decision_served") - d4).days == 10,
   "case 4: 3 working days / 10 calendar days")
ok(wd_after(D("2022-09-16"), 5) == D("2022-09-23") < d4, "case 4: statement window")
ok(wd_between(D("2022-06-14"), D("2022-06-22")) == 6, "case 4: 先行登记保存 decided on 6th working day")
# case 5: 120 days, no extension; windows
ok((g("ho68_05_gz_tudi", "decision") - g("ho68_05_gz_tudi", "filing")).days == 120, "case 5: 120 days")
ok(wd_after(D("2025-06-10"), 5) == D("2025-06-17"), "case 5: notice window")
ok(wd_between(g("ho68_05_gz_tudi", "decision"), g("ho68_05_gz_tudi", "decision_served")) == 2, "case 5: service")
ok(486.5 * 150 == 72975 == lab["ho68_05_gz_tudi"]["fields"]["penalty"]["fine_yuan"], "case 5: fine arithmetic")
ok(all("延期" not in "".join(v) and "延长" not in "".join(v) for v in t5.values()), "case 5: no extension document")
# case 6
ok(lab["ho68_06_sx_gonggongweisheng"]["fields"]["penalty"]["fine_yuan"] <= 1000 and
   g("ho68_06_sx_gonggongweisheng", "decision") < D("2021-07-15"), "case 6: 简易 amount lawful under 2017 law")
# case 7
ok(wd_after(D("2023-04-27"), 5) == D("2023-05-08") < g("ho68_07_fj_xiaofang", "decision"), "case 7: corrected window")
ok((g("ho68_07_fj_xiaofang", "decision") - g("ho68_07_fj_xiaofang", "filing")).days == 28, "case 7: 28 days")
ok(15000 + 15000 == lab["ho68_07_fj_xiaofang"]["fields"]["penalty"]["fine_yuan"], "case 7: instalments sum")
# case 8
due = g("ho68_08_cq_zhatu", "decision_served") + dt.timedelta(days=15)
days = (D("2026-03-20") - due).days
ok(due == D("2026-02-11") and days == 37 and 150000 * 3 * days // 100 == 166500 > 150000, "case 8: 加处罚款 arithmetic")
ok(wd_after(D("2026-01-12"), 5) == D("2026-01-19") < g("ho68_08_cq_zhatu", "decision"), "case 8: window")
# 90-day limit for the other 普通 cases
for cid in ("ho68_01_tj_tzsb", "ho68_02_hb_shuiwuran", "ho68_03_jl_chaoxian", "ho68_07_fj_xiaofang", "ho68_08_cq_zhatu"):
    ok((g(cid, "decision") - g(cid, "filing")).days <= 90, f"{cid}: within 90 days")
    ok(wd_between(g(cid, "decision"), g(cid, "decision_served")) <= 7, f"{cid}: decision served ≤7 wd")

# ------------------------------------------------------------ no machine paths, size
bad = ["/" + w + "/" for w in ("tmp", "work", "root", "home")]
total = 0
for root, dirs, files in os.walk(OUT):
    dirs[:] = [d for d in dirs if d != "__pycache__"]
    for fn in files:
        p = os.path.join(root, fn)
        total += os.path.getsize(p)
        data = open(p, "rb").read()
        blobs = [data]
        if fn.endswith(".docx"):
            with zipfile.ZipFile(p) as z:
                blobs += [z.read(n) for n in z.namelist()]
        for b in blobs:
            for w in bad:
                ok(w.encode() not in b, f"machine path {w} in {fn}")
ok(total < 3 * 1024 * 1024, f"size {total} < 3 MB")

if FAIL:
    print("\n".join("FAIL: " + f for f in FAIL))
    sys.exit(1)
print("ALL PASS")
