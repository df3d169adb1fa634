# -*- coding: utf-8 -*-
"""Re-derive what can be re-derived from the built corpus and print ALL PASS.
Run: python3 _build/check.py"""
import datetime as dt, io, json, os, re, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import *
import cases_a, cases_b
from pypdf import PdfReader
import docx

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


CODES_ALLOWED = """SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05
PROC-01 PROC-02 PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13
DISC-01 DISC-02 DISC-03 DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02 SERV-03
EXEC-01 EXEC-02 ARCH-01""".split()
PROFILE_DEP = {"SUBJ-04", "DISC-02"}

CASEFUN = {
    "ho66-01-tianjin-jiliang": cases_a.case01, "ho66-02-shanxi-yanhua": cases_a.case02,
    "ho66-03-guizhou-cehui": cases_a.case03, "ho66-04-hubei-yangchen": cases_a.case04,
    "ho66-05-shanghai-zhiye": cases_b.case05, "ho66-06-fujian-zhatu": cases_b.case06,
    "ho66-07-chongqing-wangyueche": cases_b.case07, "ho66-08-heilongjiang-zhongzi": cases_b.case08,
}
FMT = {"ho66-01-tianjin-jiliang": "txt", "ho66-02-shanxi-yanhua": "scan", "ho66-03-guizhou-cehui": "pdf",
       "ho66-04-hubei-yangchen": "pdf", "ho66-05-shanghai-zhiye": "docx", "ho66-06-fujian-zhatu": "jpg",
       "ho66-07-chongqing-wangyueche": "txt", "ho66-08-heilongjiang-zhongzi": "folder"}
FOOT = {"ho66-01-tianjin-jiliang": r"^\s*第(\d+)页\s*$", "ho66-03-guizhou-cehui": r"^\s*— (\d+) —\s*$",
        "ho66-04-hubei-yangchen": r"^\s*第 (\d+) 页\s*$", "ho66-05-shanghai-zhiye": r"^\s*第 (\d+) 页\s*$",
        "ho66-07-chongqing-wangyueche": r"卷内页码：(\d+)"}

# ------------------------------------------------------------------ labels shape
labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if l.strip()]
ok(len(labels) == 8, "8 label lines")
ok(len({l["case_id"] for l in labels}) == 8, "unique case ids")
use = {}
for L in labels:
    cid = L["case_id"]
    ok(set(L) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid}: top-level keys")
    ok(cid in CASEFUN, f"{cid}: known case")
    ok(os.path.exists(os.path.join(ROOT, cid)) or any(os.path.exists(os.path.join(ROOT, cid + e)) for e in (".txt", ".pdf", ".docx")),
       f"{cid}: file or folder exists")
    ok(L["encoding"] in ("utf-8", "gbk", "gb18030", None), f"{cid}: encoding value")
    ok(isinstance(L["codes"], list) and len(L["codes"]) <= 3, f"{cid}: codes list")
    for c in L["codes"]:
        ok(c in CODES_ALLOWED and c not in PROFILE_DEP, f"{cid}: code {c} allowed")
        use[c] = use.get(c, 0) + 1
    F = L["fields"]
    ok(set(F) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: fields keys")
    P = F["party"]
    ok(set(P) == {"name", "kind", "credit_code", "id_number"} and P["kind"] in ("单位", "个体工商户", "个人"), f"{cid}: party")
    if P["credit_code"]:
        ok(credit_ok(P["credit_code"]), f"{cid}: label credit code check digit")
    if P["id_number"]:
        ok(id_ok(P["id_number"]), f"{cid}: label ID check digit")
    ok(set(F["penalty"]) == {"fine_yuan", "procedure"} and F["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: penalty")
    ok(set(F["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: dates keys")
    for v in F["dates"].values():
        ok(v is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), f"{cid}: date format")
    for c in F["citations"]:
        ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty")
           and c["law"].startswith("《") and isinstance(c["article"], int), f"{cid}: citation shape")
    ok({c["role"] for c in F["citations"]} == {"violated", "penalty"}, f"{cid}: both roles cited")
    ok(not re.search(r"\{[a-z_0-9]+\}", L["notes"]), f"{cid}: notes placeholders filled")
ok(all(v <= 2 for v in use.values()), "each code at most twice")
ok(sum(1 for L in labels if not L["codes"]) >= 2, "at least two clean cases")
fam = {c.split("-")[0] for c in use}
ok(len(fam) >= 6, "codes spread over families")
LB = {L["case_id"]: L for L in labels}

# ------------------------------------------------------------------ text extraction


def txt_pages(path, enc):
    raw = open(path, "rb").read()
    t = raw.decode(enc)
    return [p.replace("\r\n", "\n") for p in t.split("\f")]


def pdf_pages(path):
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def docx_pages_text(path):
    d = docx.Document(path)
    pages, cur = [], []
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            txt = "".join(t.text or "" for t in el.iter() if t.tag.endswith("}t"))
            brk = any(b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == "page"
                      for b in el.iter() if b.tag.endswith("}br"))
            if txt:
                cur.append(txt)
            if brk:
                pages.append("\n".join(cur)); cur = []
        elif tag == "tbl":
            for tr in el.iter():
                if tr.tag.endswith("}tr"):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                    cur.append("\t".join(cells))
    pages.append("\n".join(cur))
    return pages


def norm(s):
    return re.sub(r"\s+", "", s)


def heading(doc, agency):
    for b in doc["blocks"]:
        if b[0] == "title" and b[1] != agency:
            return norm(b[1])
    return None

# ------------------------------------------------------------------ per case
IDRE = re.compile(r"(?<![0-9A-Za-z])([0-9A-Z]{18})(?![0-9A-Za-z])")


def check_ids(cid, text, label):
    seen = set(IDRE.findall(text))
    for s in seen:
        if re.fullmatch(r"\d{17}[\dX]", s):
            ok(id_ok(s), f"{cid}: ID {s} check digit")
        elif re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", s) and not s.isdigit():
            ok(credit_ok(s), f"{cid}: credit code {s} check digit")
    P = label["fields"]["party"]
    for k in ("credit_code", "id_number"):
        if P[k]:
            ok(P[k] in text, f"{cid}: label {k} appears in the text")
    ok(P["name"] in text, f"{cid}: party name in text")
    ok(label["fields"]["agency"] in text, f"{cid}: agency in text")


def parse_toc_lines(lines):
    rows = []
    for ln in lines:
        m = re.match(r"^\s*(\d+)\s+(\S+)\s+(.*?)\s*(\d+(?:-\d+)?|—)\s*$", ln)
        if m and m.group(2) not in ("序号",):
            rows.append((int(m.group(1)), m.group(2), m.group(4)))
    return rows


def rng(s):
    if s == "—":
        return None
    a, _, b = s.partition("-")
    return int(a), int(b or a)


def actual_ranges(docs, agency, pages_numbered):
    """pages_numbered: list of (number, text). Find doc starts by heading near the top of a page."""
    starts = []
    idx = 0
    for d in docs:
        if not d.get("numbered", True):
            continue
        h = heading(d, agency)
        found = None
        for j in range(idx, len(pages_numbered)):
            n, t = pages_numbered[j]
            lines_ = [norm(x) for x in t.split("\n") if x.strip()]
            top = lines_[:12] + ["".join(lines_[:8])]
            if any(h in x for x in top):
                found = j
                break
        ok(found is not None, f"heading {h} found")
        if found is None:
            return {}
        starts.append((d["title"], found))
        idx = found + 1
    out = []
    for i, (title, j) in enumerate(starts):
        end = starts[i + 1][1] - 1 if i + 1 < len(starts) else len(pages_numbered) - 1
        out.append((title, pages_numbered[j][0], pages_numbered[end][0]))
    return out


def compare_toc(cid, toc, actual, expect_mismatch=False):
    pairs = [(r[1], rng(r[2])) for r in toc if r[2] != "—"]
    act = [(t, (a, b)) for t, a, b in actual]
    ok(len(pairs) == len(act), f"{cid}: TOC rows {len(pairs)} vs documents {len(act)}")
    mism = [(p, a) for p, a in zip(pairs, act) if p[0] != a[0] or p[1] != a[1]]
    if expect_mismatch:
        ok(len(mism) > 0, f"{cid}: planted TOC mismatch present")
    else:
        ok(not mism, f"{cid}: TOC matches pages {mism[:3]}")
    return mism


ALLTEXT = {}
for cid, fn in CASEFUN.items():
    meta, docs = fn()
    L = LB[cid]
    ag = meta["agency"]
    f = FMT[cid]
    text = ""
    if f == "txt":
        enc = L["encoding"]
        path = os.path.join(ROOT, cid + ".txt")
        raw = open(path, "rb").read()
        if enc == "gbk":
            ok(raw.decode("gbk") is not None, f"{cid}: decodes as GBK")
            try:
                raw.decode("utf-8"); ok(False, f"{cid}: must not be valid UTF-8")
            except UnicodeDecodeError:
                pass
        pages = txt_pages(path, enc)
        text = "\n".join(pages)
        fre = re.compile(FOOT[cid], re.M)
        nums = []
        for p in pages:
            m = fre.findall(p)
            nums.append(int(m[-1]) if m else None)
        seq = [n for n in nums if n]
        ok(seq == list(range(1, len(seq) + 1)), f"{cid}: page numbers run 1..N")
        ok(nums[0] is None and nums[1] is None and nums[-1] is None, f"{cid}: cover, 目录, 备考表 unnumbered")
        pn = [(n, p) for n, p in zip(nums, pages) if n]
        toc = parse_toc_lines(pages[1].split("\n"))
        act = actual_ranges(docs, ag, pn)
        compare_toc(cid, toc, act, expect_mismatch="ARCH-01" in L["codes"])
        if "ARCH-01" in L["codes"]:
            t = dict((r[1], r[2]) for r in toc)
            a = dict((x[0], (x[1], x[2])) for x in act)
            ok(rng(t["询问笔录"]) != a["询问笔录"], f"{cid}: 询问笔录 range differs in TOC")
        if cid.endswith("wangyueche"):
            ok(all(p.lstrip().startswith("━") for p in pages), f"{cid}: header block on every page")
    elif f in ("pdf", "scan"):
        path = os.path.join(ROOT, cid + ".pdf")
        R = PdfReader(path)
        man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))[cid]
        ok(len(R.pages) == man["pages"], f"{cid}: page count {len(R.pages)}")
        if f == "scan":
            ok(all(not (p.extract_text() or "").strip() for p in R.pages), f"{cid}: image-only pages")
            ok(len(R.pages) == man["total"] + 3, f"{cid}: numbered pages + cover/目录/备考表")
            text = "\n".join((" ".join(b[1]) if b[0] == "sign" else str(b[1])) if b[0] != "kv" else " ".join(a + " " + v for a, v in b[1])
                             for d in docs for b in d["blocks"] if b[0] in ("p", "title", "sub", "kv", "sign"))
            text += "\n" + "\n".join(" ".join(" ".join(r) for r in b[2]) for d in docs for b in d["blocks"] if b[0] == "table")
        else:
            pages = pdf_pages(path)
            text = "\n".join(pages)
            fre = re.compile(FOOT[cid], re.M)
            nums = []
            for p in pages:
                m = fre.findall(p)
                nums.append(int(m[-1]) if m else None)
            seq = [n for n in nums if n]
            ok(seq == list(range(1, len(seq) + 1)), f"{cid}: footers 1..N")
            ok(nums[0] is None and nums[-1] is None, f"{cid}: cover and 备考表 unnumbered")
            pn = [(n, p) for n, p in zip(nums, pages) if n]
            # TOC: tokens after 页号 header
            tl = [x.strip() for x in pages[1].split("\n") if x.strip()]
            k = tl.index("页号") + 1 if "页号" in tl else 0
            toks = tl[k:]
            rows, i, want = [], 0, 1
            while i < len(toks):
                if toks[i] == str(want):
                    title = toks[i + 1]
                    if i + 2 < len(toks) and re.fullmatch(r"\d+(-\d+)?|—", toks[i + 2]) and (i + 3 >= len(toks) or toks[i + 3] == str(want + 1)):
                        rows.append((want, title, toks[i + 2])); i += 3
                    else:
                        rows.append((want, title, toks[i + 3])); i += 4
                    want += 1
                else:
                    i += 1
            act = actual_ranges(docs, ag, pn)
            compare_toc(cid, rows, act)
            if cid.endswith("cehui"):
                ok(all("匀自然资罚〔2020〕12号" in p for p in pages), f"{cid}: running header on every page")
    elif f == "docx":
        path = os.path.join(ROOT, cid + ".docx")
        pages = docx_pages_text(path)
        text = "\n".join(pages)
        fre = re.compile(FOOT[cid], re.M)
        nums = [(int(fre.findall(p)[-1]) if fre.findall(p) else None) for p in pages]
        seq = [n for n in nums if n]
        ok(seq == list(range(1, len(seq) + 1)), f"{cid}: typed page numbers 1..N")
        pn = [(n, p) for n, p in zip(nums, pages) if n]
        d0 = docx.Document(path)
        toc = [(int(r.cells[0].text), r.cells[1].text, r.cells[3].text) for r in d0.tables[1].rows[1:]]
        ok(d0.tables[1].rows[0].cells[3].text == "页号", f"{cid}: TOC table found")
        compare_toc(cid, toc, actual_ranges(docs, ag, pn))
        ok(sum(1 for p in d0.paragraphs if p.text.startswith("问：")) >= 3, f"{cid}: plain-paragraph 询问笔录")
    elif f == "jpg":
        folder = os.path.join(ROOT, cid)
        jp = sorted(x for x in os.listdir(folder) if x.lower().endswith(".jpg"))
        ok(len(jp) == len(docs), f"{cid}: one photo per page")
        from PIL import Image
        for x in jp:
            im = Image.open(os.path.join(folder, x))
            ok(im.mode == "RGB" and im.format == "JPEG", f"{cid}: colour JPEG {x}")
        text = "\n".join((" ".join(b[1]) if b[0] == "sign" else str(b[1])) if b[0] != "kv" else " ".join(a + " " + v for a, v in b[1])
                         for d in docs for b in d["blocks"] if b[0] in ("p", "title", "sub", "kv", "sign"))
    elif f == "folder":
        folder = os.path.join(ROOT, cid)
        files = sorted(os.listdir(folder))
        ok(len(files) == len(docs), f"{cid}: one file per document")
        ok({os.path.splitext(x)[1] for x in files} == {".txt", ".docx", ".pdf"}, f"{cid}: mixed formats")
        allp = []
        for x, d in zip(files, docs):
            p = os.path.join(folder, x)
            if x.endswith(".txt"):
                pgs = txt_pages(p, "utf-8")
            elif x.endswith(".pdf"):
                pgs = pdf_pages(p)
            else:
                pgs = docx_pages_text(p)
            for pg in pgs:
                m = re.findall(r"^\s*第\s?(\d+)\s?页\s*$", pg, re.M)
                allp.append((int(m[-1]) if m else None, pg, x))
            text += "\n".join(pgs) + "\n"
        seq = [n for n, _, _ in allp if n]
        ok(seq == list(range(1, len(seq) + 1)), f"{cid}: page numbers across files 1..N")
        d0 = docx.Document(os.path.join(folder, files[1]))
        toc = [(int(r.cells[0].text), r.cells[1].text, r.cells[3].text) for r in d0.tables[0].rows[1:]]
        pn = [(n, p) for n, p, _ in allp if n]
        compare_toc(cid, toc, actual_ranges(docs, ag, pn))
    ALLTEXT[cid] = text
    check_ids(cid, text, L)
    # fine in the text, in figures and in capitals
    fine = L["fields"]["penalty"]["fine_yuan"]
    ok(rmb_upper(fine) in text or rmb_upper(fine).replace("元整", "元") in text, f"{cid}: fine in capitals")
    # label dates appear in the text in some form
    for k, v in L["fields"]["dates"].items():
        if v:
            d_ = D(v)
            forms = [cn_date(d_), cn_date(d_, "○"), ar_date(d_), dot_date(d_), v]
            ok(any(x in text for x in forms), f"{cid}: date {k} {v} in text")
    # citations appear in the text
    for c in L["fields"]["citations"]:
        ok(c["law"] in text, f"{cid}: law {c['law']} cited in text")

# ------------------------------------------------------------------ statutory ranges and day counts
RANGE = {  # cid: (min, max) of the cited penalty provision
    "ho66-01-tianjin-jiliang": (0, 1000), "ho66-02-shanxi-yanhua": (20000, 100000),
    "ho66-04-hubei-yangchen": (10000, 100000), "ho66-05-shanghai-zhiye": (50000, 100000),
    "ho66-06-fujian-zhatu": (0, 200), "ho66-07-chongqing-wangyueche": (3000, 10000),
    "ho66-08-heilongjiang-zhongzi": (2000, 20000)}
for cid, (lo, hi) in RANGE.items():
    fine = LB[cid]["fields"]["penalty"]["fine_yuan"]
    inside = lo <= fine <= hi
    ok(inside == ("LAW-05" not in LB[cid]["codes"]), f"{cid}: fine {fine} vs range {lo}-{hi}")
ok(LB["ho66-03-guizhou-cehui"]["fields"]["penalty"]["fine_yuan"] == 86400, "case 3 fine = 1x agreed fee")
ok(30000 + 25600 == 55600 and "65600" in ALLTEXT["ho66-03-guizhou-cehui"].replace(",", ""), "case 3 stated gain differs from its sum")
ok(LB["ho66-06-fujian-zhatu"]["fields"]["penalty"]["fine_yuan"] <= 200, "case 6 within 简易 limit")

wd = working_days_after
cal = lambda a, b: (D(b) - D(a)).days
DAYS = [  # (description, computed, expected)
    ("c1 filing->decision", cal("2015-10-21", "2015-11-12"), 22),
    ("c2 notice served->decision", cal("2019-01-14", "2019-01-15"), 1),
    ("c2 保存->处理 working days", wd(D("2018-12-27"), D("2019-01-03")), 4),
    ("c4 filing->decision", cal("2022-06-17", "2022-09-29"), 104),
    ("c4 90-day end", (D("2022-06-17") + dt.timedelta(days=90)).isoformat(), "2022-09-15"),
    ("c4 extension end", (D("2022-09-15") + dt.timedelta(days=30)).isoformat(), "2022-10-15"),
    ("c4 notice period end", add_working_days(D("2022-09-05"), 5).isoformat(), "2022-09-13"),
    ("c4 decision served wd", wd(D("2022-09-29"), D("2022-10-10")), 4),
    ("c4 decision served cal", cal("2022-09-29", "2022-10-10"), 11),
    ("c5 notice period end", add_working_days(D("2023-04-18"), 5).isoformat(), "2023-04-24"),
    ("c5 approval after decision", cal("2023-05-08", "2023-05-09"), 1),
    ("c7 notice period end", add_working_days(D("2024-12-31"), 5).isoformat(), "2025-01-08"),
    ("c7 decision served wd", wd(D("2025-01-24"), D("2025-02-06")), 4),
    ("c7 decision served cal", cal("2025-01-24", "2025-02-06"), 13),
    ("c8 notice period end", add_working_days(D("2026-03-25"), 5).isoformat(), "2026-04-01"),
]
for desc, got, exp in DAYS:
    ok(got == exp, f"day count {desc}: {got} != {exp}")
NOTE_NUMS = {"ho66-01-tianjin-jiliang": ["22 days"], "ho66-02-shanxi-yanhua": ["one day later", "4 working days"],
             "ho66-04-hubei-yangchen": ["104 days", "2022-09-15", "2022-10-15", "2022-09-13", "11 calendar days", "4 working days"],
             "ho66-05-shanghai-zhiye": ["2023-04-24", "one day after"],
             "ho66-07-chongqing-wangyueche": ["13 calendar days", "4 working days", "2025-01-08"],
             "ho66-08-heilongjiang-zhongzi": ["2026-04-01"]}
for cid, needles in NOTE_NUMS.items():
    for n in needles:
        ok(n in LB[cid]["notes"], f"{cid}: notes state '{n}'")
# the notes' days must also sit in the right order in the case content
m7, d7 = cases_b.case07()
ok(m7["dates"]["decision"] < m7["dates"]["decision_served"], "c7 order")

# ------------------------------------------------------------------ no machine paths, size
BAD = [("/" + w).encode() for w in ("tmp", "work", "root", "home")]
total = 0
for dp, dn, fnames in os.walk(ROOT):
    dn[:] = [x for x in dn if x != "__pycache__"]
    for fn_ in fnames:
        p = os.path.join(dp, fn_)
        total += os.path.getsize(p)
        blobs = [open(p, "rb").read()]
        if fn_.endswith(".docx"):
            z = zipfile.ZipFile(p)
            blobs += [z.read(n) for n in z.namelist()]
        if fn_.endswith(".pdf"):
            R = PdfReader(p)
            blobs.append(json.dumps({k: str(v) for k, v in (R.metadata or {}).items()}).encode())
            blobs += [(pg.extract_text() or "").encode() for pg in R.pages]
        for b in blobs:
            for bad in BAD:
                ok(bad not in b, f"machine path {bad!r} in {os.path.relpath(p, ROOT)}")
ok(total < 3 * 1024 * 1024, f"folder size {total} < 3 MB")
ok(os.path.exists(os.path.join(ROOT, "README.md")), "README.md present")
if os.path.exists(os.path.join(ROOT, "README.md")):
    rd = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    ok("**Held-out corpus: nobody tuning the tool may open it.**" in rd, "README bold line")

if FAIL:
    for m in FAIL:
        print("FAIL:", m)
    print(f"{len(FAIL)} FAILED")
    sys.exit(1)
print(f"checked {len(labels)} cases, {total} bytes")
print("ALL PASS")
