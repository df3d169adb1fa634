"""Verify the dev10 corpus: sizes, pagination, 目录 ranges, check digits, day counts, labels, no machine paths.

Prints ALL PASS (exit 0) or the list of failures (exit 1). Paths are relative to this file.
"""
import datetime as dt
import io
import json
import operator
import os
import re
import sys

sys.dont_write_bytecode = True  # keep __pycache__ (which records absolute paths) out of the corpus
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chinese_calendar as cc  # noqa: E402

from cases import load  # noqa: E402
from common import HERE, OUT, credit_ok, id_ok, output_path  # noqa: E402

FAIL = []
OPS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, ">": operator.gt, ">=": operator.ge}
# built by concatenation so that this file does not itself contain the strings it forbids
FORBIDDEN = [b"/" + w for w in (b"work", b"tmp", b"home", b"root")] + [b"C:" + b"\\Users"]
DEFECTS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "contract", "defects.yaml"))


def fail(msg):
    FAIL.append(msg)


def d(s):
    return dt.date.fromisoformat(s)


def workdays_between(a, b):
    """Working days in (a, b]."""
    n, x = 0, d(a)
    while x < d(b):
        x += dt.timedelta(days=1)
        n += cc.is_workday(x)
    return n


def nth_workday_after(a, k):
    x = d(a)
    while k:
        x += dt.timedelta(days=1)
        k -= cc.is_workday(x)
    return x.isoformat()


# ------------------------------------------------------------------ page texts
def docx_pages(path):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(path)
    pages, cur = [], []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            cur.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
            if any(br.get(qn("w:type")) == "page" for br in el.iter(qn("w:br"))):
                pages.append("\n".join(cur))
                cur = []
        elif el.tag == qn("w:tbl"):
            cur.append("\n".join("".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in el.iter(qn("w:tc"))))
    if cur:
        pages.append("\n".join(cur))
    return pages


def pdf_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out


def case_pages(case):
    path = output_path(case)
    if case.fmt == "folder":
        pages = []
        for fn in sorted(os.listdir(path)):
            with open(os.path.join(path, fn), encoding="utf-8") as f:
                pages += f.read().split("\f")
        return pages
    if case.fmt in ("gbk", "utf8", "utf8-pipe"):
        raw = open(path, "rb").read()
        if case.fmt == "gbk":
            try:
                raw.decode("utf-8")
                fail(f"{case.case_id}: GBK file also decodes as UTF-8")
            except UnicodeDecodeError:
                pass
            return raw.decode("gbk").split("\f")
        return raw.decode("utf-8").split("\f")
    if case.fmt == "docx":
        return docx_pages(path)
    return pdf_pages(path)


def all_bytes(path):
    """Raw bytes of every file belonging to a case (docx members unzipped, pdf streams decoded)."""
    paths = [os.path.join(path, f) for f in sorted(os.listdir(path))] if os.path.isdir(path) else [path]
    for p in paths:
        raw = open(p, "rb").read()
        yield p, raw
        if p.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                for n in z.namelist():
                    yield p + ":" + n, z.read(n)
        if p.endswith(".pdf"):
            import zlib
            for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
                try:
                    yield p + ":stream", zlib.decompress(m.group(1))
                except zlib.error:
                    pass


# ------------------------------------------------------------------ checks
def check_case(mod, manifest, label):
    case = mod.build()
    cid = case.case_id
    path = output_path(case)
    if not os.path.exists(path):
        fail(f"{cid}: output missing")
        return
    m = manifest[cid]
    pages = case_pages(case)
    if case.fmt != "pdf-image" and pages and not pages[-1].strip():
        pages = pages[:-1]
    if len(pages) != m["pages"]:
        fail(f"{cid}: {len(pages)} pages in file, manifest says {m['pages']}")
    if case.fmt == "pdf-image":
        if any(p.strip() for p in pages):
            fail(f"{cid}: image PDF has a text layer")
    else:
        for i, p in enumerate(pages, 1):
            nums = re.findall(r"第(\d+)页", p)
            if not nums or int(nums[-1]) != i:
                fail(f"{cid}: page {i} carries page number {nums[-1:] or 'none'}")
        # 目录 page shows every listed title and range; each document starts where the real range says
        toc = re.sub(r"\s+", "", pages[0])
        for e in m["toc_shown"]:
            if re.sub(r"\s+", "", e["title"]) not in toc or e["range"] not in toc:
                fail(f"{cid}: 目录 page lacks {e['title']} {e['range']}")
        for e in m["toc_real"]:
            first = re.sub(r"\s+", "", pages[e["first"] - 1])
            if re.sub(r"\s+", "", e["page_title"]) not in first:
                fail(f"{cid}: page {e['first']} does not start {e['page_title']}")
    mism = [(s["title"], s["range"], r["range"]) for s, r in zip(m["toc_shown"], m["toc_real"]) if s["range"] != r["range"]]
    if "ARCH-01" in label["codes"]:
        if not mism:
            fail(f"{cid}: ARCH-01 labelled but 目录 matches the pages")
    elif mism:
        fail(f"{cid}: 目录 mismatch not labelled: {mism[:3]}")

    # check digits of every credit code / ID number in the text (text formats) and in the labels
    text = "\n".join(pages)
    for code in re.findall(r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])", text):
        if not code.isdigit() and not credit_ok(code):
            fail(f"{cid}: bad credit code {code}")
    for num in re.findall(r"(?<![0-9A-Z])(\d{17}[\dX])(?![0-9A-Z])", text):
        if not id_ok(num):
            fail(f"{cid}: 18-char number fails GB 11643: {num}")
    party = label["fields"]["party"]
    if party["credit_code"] and not credit_ok(party["credit_code"]):
        fail(f"{cid}: label credit code fails GB 32100")
    if party["id_number"] and not id_ok(party["id_number"]):
        fail(f"{cid}: label id number fails GB 11643")
    if case.fmt != "pdf-image":
        for key in ("credit_code", "id_number"):
            if party[key] and party[key] not in text:
                fail(f"{cid}: label {key} not found in the volume")

    # day counts and arithmetic declared by the case module
    for c in mod.CHECKS:
        k = c[0]
        if k == "cal_days":
            v = (d(c[2]) - d(c[1])).days
            ok = OPS[c[3]](v, c[4])
        elif k == "wd_count":
            v = workdays_between(c[1], c[2])
            ok = OPS[c[3]](v, c[4])
        elif k == "wd_deadline":
            v = nth_workday_after(c[1], c[2])
            ok = v == c[3]
        elif k == "is_workday":
            v = cc.is_workday(d(c[1]))
            ok = v == c[2]
        else:
            v = c[1]
            ok = {"eq": operator.eq, "ne": operator.ne, "gt": operator.gt, "ge": operator.ge,
                  "le": operator.le}[k](c[1], c[2])
        if not ok:
            fail(f"{cid}: check {c} failed (got {v})")

    # generic timing rules against the labels
    dates = label["fields"]["dates"]
    if dates["decision"] and dates["decision_served"]:
        wd = workdays_between(dates["decision"], dates["decision_served"])
        if ("SERV-01" in label["codes"]) != (wd > 7):
            fail(f"{cid}: decision served after {wd} working days vs SERV-01 label")
    if dates["filing"] and dates["decision"]:
        days = (d(dates["decision"]) - d(dates["filing"])).days
        extended = "延期审批表" in text or "延长办案期限" in text
        if ("PROC-03" in label["codes"]) != (days > 90 and not extended):
            fail(f"{cid}: {days} days filing→decision vs PROC-03 label")
    if dates["notice"] and dates["decision"] and not d(dates["notice"]) < d(dates["decision"]):
        fail(f"{cid}: notice not before decision")

    for p, raw in all_bytes(path):
        for bad in FORBIDDEN:
            if bad in raw:
                fail(f"{cid}: {os.path.basename(p)} contains {bad!r}")


def main():
    mpath = os.path.join(HERE, "manifest.json")
    manifest = {m["case_id"]: m for m in json.load(open(mpath, encoding="utf-8"))}
    labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") if x.strip()]
    by_id = {x["case_id"]: x for x in labels}
    mods = load()
    if len(mods) != 8 or len(labels) != 8:
        fail(f"expected 8 cases, have {len(mods)} modules and {len(labels)} labels")

    # labels: key order, codes, encodings
    keys = ["case_id", "codes", "encoding", "notes", "fields"]
    used = []
    known = None
    if os.path.exists(DEFECTS):
        known = set(re.findall(r"^\s*- code: ([A-Z]+-\d\d)", open(DEFECTS, encoding="utf-8").read(), re.M))
    for x in labels:
        if list(x) != keys:
            fail(f"{x.get('case_id')}: label keys {list(x)}")
        if x["codes"] != sorted(x["codes"]):
            fail(f"{x['case_id']}: codes not sorted")
        if not 0 <= len(x["codes"]) <= 3:
            fail(f"{x['case_id']}: {len(x['codes'])} codes")
        for c in x["codes"]:
            if c in ("SUBJ-04", "DISC-02"):
                fail(f"{x['case_id']}: profile-dependent code {c}")
            if known is not None and c not in known:
                fail(f"{x['case_id']}: unknown code {c}")
        used += x["codes"]
        if x["encoding"] not in ("utf-8", "gbk", "gb18030", "docx", "pdf-text", "pdf-image", "folder"):
            fail(f"{x['case_id']}: encoding {x['encoding']}")
        f = x["fields"]
        if list(f) != ["agency", "party", "penalty", "dates", "citations"]:
            fail(f"{x['case_id']}: fields keys {list(f)}")
        if list(f["dates"]) != ["filing", "notice", "decision", "decision_served"]:
            fail(f"{x['case_id']}: dates keys")
        for cit in f["citations"]:
            if list(cit) != ["law", "article", "paragraph", "item", "role"] or not cit["law"].startswith("《"):
                fail(f"{x['case_id']}: citation {cit}")
    if len(used) != len(set(used)):
        fail(f"a code is used twice: {sorted(used)}")
    if sum(1 for x in labels if not x["codes"]) != 2:
        fail("exactly two clean cases expected")
    families = {c.split("-")[0] for c in used}
    print(f"codes: {len(used)} over {len(families)} families: {', '.join(sorted(families))}")

    for mod in mods:
        case = mod.build()
        if case.case_id not in manifest or case.case_id not in by_id:
            fail(f"{case.case_id}: not built or not labelled")
            continue
        check_case(mod, manifest, by_id[case.case_id])

    # size of the whole folder and stray paths in the sources and README
    total = 0
    for root, _, files in os.walk(OUT):
        for fn in files:
            p = os.path.join(root, fn)
            total += os.path.getsize(p)
            if fn.endswith((".pyc", ".pyo")):
                fail(f"{fn}: bytecode in the corpus")
            raw = open(p, "rb").read()
            for bad in FORBIDDEN:
                if bad in raw:
                    fail(f"{fn} contains {bad!r}")
    print(f"total size: {total / 1e6:.2f} MB")
    if total >= 3_000_000:
        fail(f"folder is {total} bytes (limit 3 MB)")
    if not os.path.exists(os.path.join(OUT, "README.md")):
        fail("README.md missing")
    else:
        first = open(os.path.join(OUT, "README.md"), encoding="utf-8").readline().strip()
        if first != "# dev10 — eight Chinese administrative-penalty case volumes (development)":
            fail("README first line")

    if FAIL:
        print("\n".join("FAIL " + f for f in FAIL))
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
