# -*- coding: utf-8 -*-
"""Re-derive what can be re-derived from the dev17 outputs and labels. Prints ALL PASS or the failures.
Usage: python3 check.py   (from any directory)"""
import datetime as dt
import glob
import json
import os
import re
import sys
sys.dont_write_bytecode = True
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common import credit_ok, id_ok, working_days_after, add_working_days, date_variants, D

FAILS = []
NOTES = []


def ok(cond, msg):
    if not cond:
        FAILS.append(msg)


CODES = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02", "LAW-03",
         "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07", "PROC-08",
         "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02", "DISC-03", "DOC-01", "DOC-02",
         "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09", "SERV-01", "SERV-02", "SERV-03",
         "EXEC-01", "EXEC-02", "ARCH-01"}


# ------------------------------------------------------------------ text extraction
def pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def case_text(cid):
    """All text a reader can get from the case output (image cases: the generator's source text)."""
    base = os.path.join(OUT, cid)
    if os.path.isfile(base + ".pdf"):
        t = "\n".join(pdf_pages(base + ".pdf"))
        if len(t.strip()) < 50:  # scanned: no text layer
            t = open(os.path.join(HERE, "truth", cid + ".txt"), encoding="utf-8").read()
        return t
    if os.path.isfile(base + ".docx"):
        with zipfile.ZipFile(base + ".docx") as z:
            xml = z.read("word/document.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n"))
    if os.path.isfile(base + ".txt"):
        raw = open(base + ".txt", "rb").read()
        lab = LABELS[cid]
        return raw.decode(lab["encoding"])
    if os.path.isdir(base):
        pdfs = sorted(glob.glob(os.path.join(base, "*.pdf")))
        if pdfs:
            return "\n".join("\n".join(pdf_pages(p)) for p in pdfs)
        return open(os.path.join(HERE, "truth", cid + ".txt"), encoding="utf-8").read()
    raise FileNotFoundError(cid)


# ------------------------------------------------------------------ labels
LABELS = {}
with open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        obj = json.loads(line)
        LABELS[obj["case_id"]] = obj
ok(len(LABELS) == 8, "labels.jsonl must hold 8 cases")
use = {}
for cid, lab in LABELS.items():
    ok(set(lab) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid}: label keys {sorted(lab)}")
    ok(lab["encoding"] in ("utf-8", "gbk", "gb18030", None), f"{cid}: encoding")
    ok(any(os.path.exists(os.path.join(OUT, cid + e)) for e in ("", ".pdf", ".docx", ".txt")), f"{cid}: no output")
    ok(len(lab["codes"]) <= 3, f"{cid}: more than 3 codes")
    for c in lab["codes"]:
        ok(c in CODES, f"{cid}: unknown code {c}")
        ok(c not in ("SUBJ-04", "DISC-02"), f"{cid}: profile-dependent code {c}")
        use[c] = use.get(c, 0) + 1
    f = lab["fields"]
    ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: fields keys")
    ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, f"{cid}: party keys")
    ok(f["party"]["kind"] in ("单位", "个体工商户", "个人"), f"{cid}: party kind")
    ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: procedure")
    ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: date keys")
    for k, v in f["dates"].items():
        if v is not None:
            D(v)
    for ci in f["citations"]:
        ok(set(ci) == {"law", "article", "paragraph", "item", "role"}, f"{cid}: citation keys")
        ok(ci["role"] in ("violated", "penalty"), f"{cid}: citation role")
        ok(ci["law"].startswith("《") and ci["law"].endswith("》"), f"{cid}: law title needs 书名号")
        ok(isinstance(ci["article"], int), f"{cid}: article int")
    roles = {ci["role"] for ci in f["citations"]}
    ok(roles == {"violated", "penalty"}, f"{cid}: needs violated and penalty citations")
    if f["party"]["credit_code"]:
        ok(credit_ok(f["party"]["credit_code"]), f"{cid}: label credit code check digit")
    if f["party"]["id_number"]:
        ok(id_ok(f["party"]["id_number"]), f"{cid}: label ID check digit")
    ds = [f["dates"][k] for k in ("filing", "notice", "decision", "decision_served") if f["dates"][k]]
    ok(ds == sorted(ds), f"{cid}: label dates out of order {ds}")
for c, n in use.items():
    ok(n <= 2, f"code {c} used {n} times")
ok(sum(1 for l in LABELS.values() if not l["codes"]) >= 2, "need at least two clean cases")
fams = {c.split("-")[0] for c in use}
ok(len(fams) >= 6, f"code families {fams}")
years = {l["fields"]["dates"]["decision"][:4] for l in LABELS.values()}
ok(len(years) == 8, f"years must differ: {years}")
ok(sum(1 for l in LABELS.values() if l["fields"]["dates"]["decision"] < "2021-07-15") >= 2, "two cases before 2021-07-15")

# ------------------------------------------------------------------ texts: identifiers, dates, fine, paths
TEXT = {cid: case_text(cid) for cid in LABELS}
for cid, t in TEXT.items():
    lab = LABELS[cid]
    f = lab["fields"]
    ok(f["party"]["name"] in t, f"{cid}: party name not in text")
    if f["party"]["credit_code"]:
        ok(f["party"]["credit_code"] in t, f"{cid}: credit code not in text")
    if f["party"]["id_number"]:
        ok(f["party"]["id_number"] in t, f"{cid}: id number not in text")
    for m in re.findall(r"(?<![0-9A-Z])(9[1-3][0-9A-Z]{16})(?![0-9A-Z])", t):
        ok(credit_ok(m), f"{cid}: credit code in text fails check digit: {m}")
    for m in re.findall(r"(?<![0-9])([1-6][0-9]{16}[0-9X])(?![0-9])", t):
        ok(id_ok(m), f"{cid}: ID number in text fails check digit: {m}")
    for k, v in f["dates"].items():
        if v:
            ok(any(x in t for x in date_variants(v)), f"{cid}: label date {k}={v} not found in text")
    ok(f["agency"] in t, f"{cid}: agency not in text")
    for law in {ci["law"] for ci in f["citations"]}:
        ok(law in t, f"{cid}: {law} not cited in text")

# no machine paths anywhere in the folder (raw bytes, docx XML, PDF text)
BAD = re.compile(r"(/tmp/|/work/|/root/|/home/|[A-Za-z]:\\\\Users)")
for root, dirs, files in os.walk(OUT):
    for fn in files:
        pth = os.path.join(root, fn)
        raw = open(pth, "rb").read()
        texts = [raw.decode("latin-1")]
        if fn.endswith(".docx"):
            with zipfile.ZipFile(pth) as z:
                texts += [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        if fn.endswith(".pdf"):
            texts += pdf_pages(pth)
        if fn == "check.py":
            continue  # holds the pattern itself
        for tx in texts:
            ok(not BAD.search(tx), f"machine path in {os.path.relpath(pth, OUT)}")

total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(OUT) for f in fs)
ok(total < 3 * 1024 * 1024, f"folder is {total} bytes")


# ------------------------------------------------------------------ 目录 vs pages
def toc_entries(text):
    """[(title, a, b)] from '序号：题名　／　日期　／　页号' rows (any kv rendering)."""
    out = []
    for m in re.finditer(r"^\s*\d+[：:\s]+(.+?)\s*／\s*[^／\n]*／\s*(\d+)(?:-(\d+))?\s*$", text, re.M):
        out.append((m.group(1).strip(), int(m.group(2)), int(m.group(3) or m.group(2))))
    return out


# 01 ruled-table PDF: page number printed bottom right on numbered pages; cover, 目录, 备考表 not numbered
pages = pdf_pages(os.path.join(OUT, "d17-01-weihuapin.pdf"))
num_of = {}
for i, pg in enumerate(pages):
    last = pg.strip().splitlines()[-1].strip()
    if last.isdigit():
        num_of[int(last)] = i
ok(sorted(num_of) == list(range(1, len(num_of) + 1)), "01: page numbers not continuous")
ok(len(pages) == len(num_of) + 3, "01: expected 3 unnumbered pages")
toc_page = pages[1]
# in the table PDF, labels (序号) and values come column by column: read values only
vals = [ln for ln in toc_page.splitlines() if "／" in ln][1:]
for ln in vals:
    title, rest = ln.split("／")[0].strip(), ln.split("／")[-1].strip()
    a, _, b = rest.partition("-")
    a, b = int(a), int(b or a)
    tr1 = open(os.path.join(HERE, "truth", "d17-01-weihuapin.txt"), encoding="utf-8").read()
    titles1 = re.findall(r"^【(.+)】$", tr1, re.M)
    ok(a in num_of and pages[num_of[a]].splitlines()[0].strip() in titles1,
       f"01: 目录 entry {title} page {a} is not the first page of a document")
    ok(a - 1 not in num_of or pages[num_of[a]].splitlines()[0].strip() != pages[num_of[a - 1]].splitlines()[0].strip()
       or title.endswith("送达回证"), f"01: 目录 entry {title} starts mid-document")
    ok(b in num_of, f"01: 目录 entry {title} end page {b} missing")
ok(len(vals) == 14, f"01: 目录 has {len(vals)} entries")

# 03 GBK: footers and 目录; the planted ARCH-01 must show exactly as labelled
raw = open(os.path.join(OUT, "d17-03-zhiyeweisheng.txt"), "rb").read()
t3 = raw.decode("gbk")
foot = re.findall(r"第 (\d+) 页 共 (\d+) 页", t3)
ok([int(a) for a, _ in foot] == list(range(1, len(foot) + 1)), "03: footers not sequential")
ok(len({b for _, b in foot}) == 1 and int(foot[0][1]) == len(foot), "03: 共N页 wrong")
pages3 = re.split(r"\s*第 \d+ 页 共 \d+ 页\r?\n", t3)
where = {}
for n, pg in enumerate(pages3[:len(foot)], 1):
    for m in re.finditer(r"^　{10}(\S+)\s*$", pg, re.M):
        where.setdefault(m.group(1), n)
ents = toc_entries(t3)
ok(len(ents) == 16, f"03: 目录 entries {len(ents)}")
mism = [(ti, a, where.get(ti)) for ti, a, b in ents if where.get(ti) != a]
ok(len(mism) >= 5, "03: planted 目录 mismatch not present")
ok(all(w is not None and w - a in (0, 1) for _, a, w in mism), "03: 目录 mismatch is not the labelled off-by-one")
ok(ents[0][1] == where.get("立案报告"), "03: entries before the 询问笔录 must match")
ok(re.search(r"本卷页数：共(\d+)页", t3).group(1) == str(len(foot)), "03: cover page count")

# 04 scan: 1-bit images, page count = 目录 last page + 3 unnumbered, rotated pages exist
from pypdf import PdfReader
r4 = PdfReader(os.path.join(OUT, "d17-04-kuangchan.pdf"))
tr4 = open(os.path.join(HERE, "truth", "d17-04-kuangchan.txt"), encoding="utf-8").read()
e4 = toc_entries(tr4)
ok(len(r4.pages) == max(b for _, _, b in e4) + 3, f"04: {len(r4.pages)} pages vs 目录 {max(b for _, _, b in e4)}+3")
modes = set()
for pg in r4.pages:
    for im in pg.images:
        modes.add(im.image.mode)
ok(modes == {"1"}, f"04: scan image modes {modes}")
ok(all(len((pg.extract_text() or "").strip()) == 0 for pg in r4.pages), "04: scan must have no text layer")

# 05 folder: footers continue across files; 目录 ranges equal the files' pages
files5 = sorted(glob.glob(os.path.join(OUT, "d17-05-hedao", "*.pdf")))
ok(os.path.basename(files5[2]).startswith("03-"), "05: file naming")
cur = 0
file_rng = {}
for fp in files5[1:]:
    pp = pdf_pages(fp)
    nums = [int(re.search(r"第(\d+)页", p).group(1)) for p in pp]
    ok(nums == list(range(cur + 1, cur + 1 + len(pp))), f"05: footers in {os.path.basename(fp)}")
    file_rng[os.path.basename(fp)[3:-4]] = (nums[0], nums[-1])
    cur = nums[-1]
toc5 = "\n".join(pdf_pages(files5[0]))
e5 = toc_entries(toc5)
ok(len(e5) == len(files5) - 1, f"05: 目录 entries {len(e5)} vs files {len(files5) - 1}")
for (ti, a, b), (fn, rg) in zip(e5, file_rng.items()):
    ok((a, b) == rg, f"05: 目录 {ti} {a}-{b} vs file {fn} {rg}")

# 08 2-up: sheets = ceil(logical pages / 2); footers — n — continuous; 目录 matches
p8 = pdf_pages(os.path.join(OUT, "d17-08-zaosheng.pdf"))
r8 = PdfReader(os.path.join(OUT, "d17-08-zaosheng.pdf"))
ok(all(float(pg.mediabox.width) > float(pg.mediabox.height) for pg in r8.pages), "08: sheets must be landscape")
nums8 = [int(x) for x in re.findall(r"— (\d+) —", "\n".join(p8))]
ok(nums8 == list(range(1, len(nums8) + 1)), "08: footers")
logical = len(nums8) + 3
ok(len(r8.pages) == (logical + 1) // 2, f"08: {len(r8.pages)} sheets for {logical} pages")
e8 = toc_entries("\n".join(p8))
ok(len(e8) == 16 and max(b for _, _, b in e8) == len(nums8), "08: 目录 vs footers")

# 06 photos
jp = sorted(glob.glob(os.path.join(OUT, "d17-06-chuzuche", "*.jpg")))
from PIL import Image
ok(len(jp) == 4 and all(Image.open(j).mode == "RGB" for j in jp), "06: 4 colour JPGs")

# 07 UTF-8 packed pages
t7 = open(os.path.join(OUT, "d17-07-yulechangsuo.txt"), encoding="utf-8").read()
marks = [int(x) for x in re.findall(r"^- (\d+) -$", t7, re.M)]
ok(marks == list(range(1, len(marks) + 1)) and t7.count("\f") == len(marks) - 1, "07: page marks")

# ------------------------------------------------------------------ day counts and arithmetic the labels rely on
CH = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
L = lambda cid: LABELS[cid]["fields"]
c = CH["d17-01-weihuapin"]
end = add_working_days(c["notice_served"], c["period_wd"])
ok(D(c["decision"]) < end, "01: decision must fall inside the 5-working-day period (PROC-05)")
ok(L("d17-01-weihuapin")["penalty"]["fine_yuan"] == 100000, "01: fine at statutory maximum")
c = CH["d17-02-guanggao"]
ok(sum(c["items"]) != c["stated"] and c["fine"] == c["stated"] * 3, "02: EVID-03 arithmetic")
ok(3 * sum(c["items"]) <= c["fine"] <= 5 * sum(c["items"]), "02: fine inside 3-5x of true cost (no LAW-05)")
ok(str(c["stated"]) in TEXT["d17-02-guanggao"] and "第五十五条的规定" in TEXT["d17-02-guanggao"], "02: text")
c = CH["d17-03-zhiyeweisheng"]
ok(working_days_after(c["decision"], c["served"]) >= c["wd_min"], "03: SERV-01 working days")
c = CH["d17-04-kuangchan"]
ok(c["fine"] == int(c["gain"] * 0.3) and c["fine"] <= c["gain"] * 0.5 and sum(c["instalments"]) == c["fine"], "04: amounts")
c = CH["d17-05-hedao"]
days = (D(c["decision"]) - D(c["filing"])).days
ok(90 < days <= 90 + c["ext_days"], f"05: {days} days with extension")
wd = working_days_after(c["decision"], c["served"])
ok(wd <= 7 and (D(c["served"]) - D(c["decision"])).days > 7, f"05: holiday trap {wd}")
c = CH["d17-07-yulechangsuo"]
ok(sum(c["gain_parts"]) == 1260 and 10000 <= c["fine"] <= 30000, "07: amounts")
ok("贰万伍仟" in TEXT["d17-07-yulechangsuo"] and "听证" not in TEXT["d17-07-yulechangsuo"], "07: DOC-07 / PROC-02 text")
c = CH["d17-08-zaosheng"]
due = D(c["served"]) + dt.timedelta(days=15)
ok((D(c["paid"]) - due).days == c["over"] and c["surcharge"] == c["fine"] * 3 * c["over"] // 100
   and c["surcharge"] > c["fine"], "08: EXEC-02 arithmetic")
ok(L("d17-08-zaosheng")["decision"] if False else True, "")
ok(LABELS["d17-08-zaosheng"]["fields"]["dates"]["decision"] < "2024-05-10", "08: 法制审核 after decision")
ok(LABELS["d17-06-chuzuche"]["fields"]["dates"]["decision"] >= "2024-01-01", "06: DOC-02 needs a decision after 2024-01-01")

if FAILS:
    print("FAIL")
    for f in FAILS:
        print(" -", f)
    sys.exit(1)
print("ALL PASS")
