"""Verify the dev12 corpus. Prints ALL PASS or the list of failures.

Checks: folder size; page counts of every output against the build manifest;
the printed 第N页 footer of every text-bearing page; the 卷内目录 page ranges
against the real pagination (only the planted ARCH-01 case may differ, and it
must); GB 32100 / GB 11714 / GB 11643 check digits of every code in the
labels and in the texts; every day count each case relies on (working days via
chinese_calendar); labels.jsonl shape; absence of machine paths.
"""
from __future__ import annotations

import importlib
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common as CM  # noqa: E402
from build import CASES  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


# ------------------------------------------------------------------ page texts
def page_texts(man):
    """List of per-physical-page texts, or None for the image-only PDF."""
    fmt, path = man["format"], os.path.join(ROOT, man["output"])
    if fmt in ("gbk", "utf-8"):
        raw = open(path, "rb").read()
        if fmt == "gbk":
            try:
                raw.decode("utf-8")
                fail(f"{man['case_id']}: GBK file also decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        return raw.decode(fmt).split("\f")
    if fmt == "folder":
        pages = []
        files = sorted(os.listdir(path))
        if len(files) != len(man["docs"]):
            fail(f"{man['case_id']}: {len(files)} files for {len(man['docs'])} documents")
        for f in files:
            pages += open(os.path.join(path, f), encoding="utf-8").read().split("\f")
        return pages
    if fmt == "docx":
        import docx
        from docx.oxml.ns import qn
        d = docx.Document(path)
        pages, cur = [], []
        for el in d.element.body.iterchildren():
            if el.tag == qn("w:tbl"):
                cells = ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in el.iter(qn("w:tc"))]
                cur.append("|".join(cells))
            elif el.tag == qn("w:p"):
                txt = ""
                brk = False
                for node in el.iter():
                    if node.tag == qn("w:t"):
                        txt += node.text or ""
                    elif node.tag == qn("w:br") and node.get(qn("w:type")) == "page":
                        brk = True
                cur.append(txt)
                if brk:
                    pages.append("\n".join(cur))
                    cur = []
        pages.append("\n".join(cur))
        return pages
    if fmt in ("pdf-ruled", "pdf-prose", "pdf-image"):
        import pypdf
        r = pypdf.PdfReader(path)
        texts = [p.extract_text() or "" for p in r.pages]
        if fmt == "pdf-image":
            if any(t.strip() for t in texts):
                fail(f"{man['case_id']}: scanned PDF has a text layer")
            for i, p in enumerate(r.pages):
                if not p.images:
                    fail(f"{man['case_id']}: scanned page {i + 1} has no image")
            return [None] * len(texts)
        return texts
    if fmt == "ofd":
        z = zipfile.ZipFile(path)
        names = set(z.namelist())
        for need in ("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml"):
            if need not in names:
                fail(f"{man['case_id']}: OFD lacks {need}")
        docxml = z.read("Doc_0/Document.xml").decode()
        n = len(re.findall(r"<ofd:Page ID=", docxml))
        if "PhysicalBox" not in docxml or "<ofd:Font " not in z.read("Doc_0/PublicRes.xml").decode():
            fail(f"{man['case_id']}: OFD CommonData/PublicRes incomplete")
        pages = []
        for i in range(n):
            x = z.read(f"Doc_0/Pages/Page_{i}/Content.xml").decode()
            if "<ofd:TextObject" not in x or "Boundary=" not in x:
                fail(f"{man['case_id']}: OFD page {i} has no TextObject")
            objs = re.findall(r"<ofd:TextObject[^>]*>(.*?)</ofd:TextObject>", x)
            pages.append("\n".join("　".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", o)) for o in objs))
        return pages
    raise ValueError(fmt)


def expected_pages(man):
    """(doc index, printed label or None) for every physical page."""
    out = []
    for k, d in enumerate(man["docs"]):
        for i in range(d["pages"]):
            out.append((k, d["first"] + i if d["numbered"] else None))
    return out


def check_pagination(man, texts):
    exp = expected_pages(man)
    cid = man["case_id"]
    if len(texts) != len(exp) or len(exp) != man["physical_pages"]:
        fail(f"{cid}: {len(texts)} pages in file, {len(exp)} expected")
        return
    # printed numbers are consecutive from 1 over numbered documents
    labels = [lab for _, lab in exp if lab is not None]
    if labels != list(range(1, len(labels) + 1)):
        fail(f"{cid}: printed page numbers not consecutive")
    if texts[0] is None:
        return
    for (k, lab), t in zip(exp, texts):
        found = re.findall(r"第(\d+)页", t)
        if lab is None:
            if found:
                fail(f"{cid}: unnumbered page of {man['docs'][k]['toc']} shows 第{found[-1]}页")
        elif not found or int(found[-1]) != lab:
            fail(f"{cid}: page labelled {found[-1:] } where 第{lab}页 expected ({man['docs'][k]['toc']})")


def check_toc(man, texts, planted):
    cid = man["case_id"]
    rows = man["toc_rows"]
    numbered = [d for d in man["docs"] if d["numbered"]]
    if len(rows) != len(numbered):
        fail(f"{cid}: 目录 has {len(rows)} rows for {len(numbered)} documents")
        return
    mism = []
    for row, d in zip(rows, numbered):
        real = f"{d['first']}" if d["first"] == d["last"] else f"{d['first']}-{d['last']}"
        if row[1] != d["toc"]:
            fail(f"{cid}: 目录 row {row[0]} names {row[1]} but document is {d['toc']}")
        if row[3] != real:
            mism.append(d["toc"])
    if planted and not mism:
        fail(f"{cid}: ARCH-01 planted but 目录 matches the pages")
    if not planted and mism:
        fail(f"{cid}: 目录 ranges differ from real pages: {mism}")
    if planted:
        k = [d["toc"] for d in numbered].index(planted)
        want = [d["toc"] for d in numbered[k:]]
        if mism != want:
            fail(f"{cid}: ARCH-01 mismatch set {mism} != {want}")
    # the printed 目录 shows the rows' page strings, in order
    if texts[0] is None:
        return
    toc_idx = [i for i, (k, _) in enumerate(expected_pages(man)) if man["docs"][k]["toc"] == "卷内目录"]
    txt = "\n".join(texts[i] for i in toc_idx)
    toks = re.findall(r"(?<![\d.\-])(\d+(?:-\d+)?)(?![\d.\-])", txt)
    pos = 0
    for row in rows:
        for want in (row[0], row[3]):
            try:
                pos = toks.index(want, pos) + 1
            except ValueError:
                fail(f"{cid}: 目录 text lacks '{want}' (row {row[0]}) in order")
                return


# ------------------------------------------------------------------ identifiers
USCC_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY](?![0-9A-Z])")
ID_RE = re.compile(r"(?<!\d)\d{17}[\dX](?!\d)")


def check_ids(cid, texts, label):
    party = label["fields"]["party"]
    if party["credit_code"] and not CM.uscc_ok(party["credit_code"]):
        fail(f"{cid}: label credit code fails GB 32100")
    if party["id_number"] and not CM.id_ok(party["id_number"]):
        fail(f"{cid}: label id number fails GB 11643")
    if texts[0] is None:
        return
    blob = "\n".join(texts)
    for code in set(USCC_RE.findall(blob)):
        if code[:2] in ("91", "92", "93", "11", "12", "51", "52") and not ID_RE.fullmatch(code):
            if not CM.uscc_ok(code):
                fail(f"{cid}: credit code {code} fails GB 32100/GB 11714")
    for idn in set(ID_RE.findall(blob)):
        if idn[6:8] in ("19", "20") and not CM.id_ok(idn):
            fail(f"{cid}: id number {idn} fails GB 11643")
    if party["credit_code"] and party["credit_code"] not in blob:
        fail(f"{cid}: credit code of the label not found in the file")
    if party["id_number"] and party["id_number"] not in blob:
        fail(f"{cid}: id number of the label not found in the file")
    if party["name"] not in blob:
        fail(f"{cid}: party name not found in the file")


# ------------------------------------------------------------------ day counts
OPS = {"<=": lambda a, b: a <= b, "<": lambda a, b: a < b, ">": lambda a, b: a > b,
       ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b}


def check_days(cid, checks):
    for label, kind, a, b, op, val in checks:
        if kind == "days":
            got = CM.days_between(a, b)
        elif kind == "wd":
            got = CM.workdays_after(a, b)
        elif kind == "isworkday":
            got = int(CM.is_workday(CM.D(a)))
        elif kind == "value":
            got = a
        elif kind == "wdend":  # the k-th working day after a is before b
            end = CM.add_workdays(a, val)
            got, op, val = CM.days_between(end, b), ">", 0
        else:
            raise ValueError(kind)
        if not OPS[op](got, val):
            fail(f"{cid}: {label}: {got} {op} {val} is false")


# ------------------------------------------------------------------ paths
def forbidden_hits():
    bad = ["/" + "work", "/" + "tmp", "/" + "home/", "/" + "root/", "/" + "Users/", "C:" + "\\"]
    hits = []
    for dp, dn, fn in os.walk(ROOT):
        dn[:] = [d for d in dn if d != "__pycache__"]
        for f in fn:
            p = os.path.join(dp, f)
            data = open(p, "rb").read()
            blobs = [data]
            if f.endswith((".docx", ".ofd")):
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    blobs += [z.read(n) for n in z.namelist()]
            if f.endswith(".pdf"):
                import pypdf
                r = pypdf.PdfReader(p)
                blobs.append(json.dumps({k: str(v) for k, v in (r.metadata or {}).items()}).encode())
                blobs += [(pg.extract_text() or "").encode() for pg in r.pages]
            for b in blobs:
                for s in bad:
                    if s.encode() in b:
                        hits.append(f"{os.path.relpath(p, ROOT)} contains {s}")
    return hits


# ------------------------------------------------------------------ labels
KEYS = ["case_id", "codes", "encoding", "notes", "fields"]


def check_labels(mods):
    path = os.path.join(ROOT, "labels.jsonl")
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != 8:
        fail(f"labels.jsonl has {len(lines)} lines")
    labels = [json.loads(x) for x in lines]
    valid = None
    contract = os.path.join(ROOT, *[".."] * 4, "..", "shared", "contract", "defects.yaml")
    if os.path.exists(contract):
        valid = set(re.findall(r"- code: ([A-Z]+-\d+)", open(contract, encoding="utf-8").read()))
    seen, clean, total = set(), 0, 0
    encs, provs, years, sectors = set(), set(), set(), set()
    for lab, mod in zip(labels, mods):
        cid = lab["case_id"]
        if list(lab) != KEYS:
            fail(f"{cid}: label keys {list(lab)}")
        if lab["codes"] != sorted(lab["codes"]):
            fail(f"{cid}: codes not sorted")
        if not lab["codes"]:
            clean += 1
        elif not 1 <= len(lab["codes"]) <= 3:
            fail(f"{cid}: {len(lab['codes'])} codes")
        for c in lab["codes"]:
            total += 1
            if c in seen:
                fail(f"code {c} used twice")
            seen.add(c)
            if c in ("SUBJ-04", "DISC-02"):
                fail(f"{cid}: profile-dependent code {c} labelled")
            if valid is not None and c not in valid:
                fail(f"{cid}: unknown code {c}")
            if c.split("-")[0] not in lab["notes"] and c not in lab["notes"]:
                fail(f"{cid}: notes do not mention {c}")
        encs.add(lab["encoding"])
        m = mod.META
        provs.add(m["province"])
        years.add(m["year"])
        sectors.add(m["sector"].split("（")[0])
        f = lab["fields"]
        ds = f["dates"]
        seq = [ds[k] for k in ("filing", "notice", "decision", "decision_served") if ds[k]]
        if seq != sorted(seq):
            fail(f"{cid}: label dates out of order {seq}")
        if f["party"]["kind"] not in ("单位", "个体工商户", "个人"):
            fail(f"{cid}: party kind")
        if f["penalty"]["procedure"] not in ("普通", "简易"):
            fail(f"{cid}: procedure")
        for c in f["citations"]:
            if list(c) != ["law", "article", "paragraph", "item", "role"] or not c["law"].startswith("《"):
                fail(f"{cid}: citation shape {c}")
    if clean != 2:
        fail(f"{clean} clean cases, 2 required")
    if not 11 <= total <= 15:
        fail(f"{total} codes in all")
    if len(provs) != 8 or len(years) != 8 or len(sectors) != 8:
        fail(f"provinces {len(provs)}, years {len(years)}, sectors {len(sectors)}")
    fams = {c.split("-")[0] for c in seen}
    if len(fams) < 8:
        fail(f"only {len(fams)} code families")
    return labels


def main():
    if CM._cc is None:
        fail("chinese_calendar not installed (pip install chinese_calendar)")
    size = 0
    for dp, dn, fn in os.walk(ROOT):
        dn[:] = [d for d in dn if d != "__pycache__"]
        size += sum(os.path.getsize(os.path.join(dp, f)) for f in fn)
    if size >= 3 * 1024 * 1024:
        fail(f"folder is {size} bytes (limit 3 MB)")
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    mods = [importlib.import_module(n) for n in CASES]
    labels = check_labels(mods)
    fmts = set()
    for name, mod, lab in zip(CASES, mods, labels):
        man = manifest[name]
        cid = man["case_id"]
        fmts.add(man["format"])
        if cid != lab["case_id"] or cid != mod.META["case_id"]:
            fail(f"{name}: case id mismatch")
        texts = page_texts(man)
        check_pagination(man, texts)
        planted = mod.META.get("toc_planted")
        if ("ARCH-01" in mod.META["codes"]) != bool(planted):
            fail(f"{cid}: ARCH-01 label and toc_planted disagree")
        check_toc(man, texts, planted)
        check_ids(cid, texts, lab)
        check_days(cid, mod.CHECKS)
        for k in ("filing", "notice", "decision", "decision_served"):
            v = lab["fields"]["dates"][k]
            if v and texts[0] is not None:
                d = CM.D(v)
                forms = [f"{d.year}年{d.month}月{d.day}日", CM.cn_date(v), v, f"{d.year}.{d.month}.{d.day}"]
                if not any(x in "\n".join(texts) for x in forms):
                    fail(f"{cid}: {k} date {v} not written in the file")
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    if not readme.startswith("# dev12 — eight Chinese administrative-penalty case volumes (development)\n"):
        fail("README first line")
    for lab in labels:
        if lab["case_id"] not in readme:
            fail(f"README lacks {lab['case_id']}")
        for c in lab["codes"]:
            if c not in readme:
                fail(f"README lacks {c}")
    if len(fmts) != 8:
        fail(f"{len(fmts)} distinct formats")
    for h in forbidden_hits():
        fail(h)
    if FAIL:
        print("FAILURES:")
        for f in FAIL:
            print(" -", f)
        sys.exit(1)
    print(f"{len(CASES)} cases, {size / 1024 / 1024:.2f} MB")
    print("ALL PASS")


if __name__ == "__main__":
    main()
