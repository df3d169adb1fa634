"""Re-derive what can be re-derived from the dev22 outputs and print ALL PASS.

Checks: labels shape and codes; check digits of every labelled 统一社会信用代码 / 身份证号; labelled
party, agency, fine and dates occur in each case's text (text layer, DOCX, OFD, TXT; the rendered
source text for image-only pages); day counts the labels rely on; page counts and 卷内目录 ranges;
encodings and line ends; OFD and DOCX structure; corpus size; no machine paths.
"""
from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build  # noqa: E402
from build import case02, case03, case04, case05, case06, case07, case08  # noqa: E402
from common import credit_ok, id_ok, workdays_between, days_between, is_workday, d, plain, Layout  # noqa: E402

CODES = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02", "LAW-03",
         "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07", "PROC-08",
         "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02", "DISC-03", "DOC-01", "DOC-02",
         "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09", "SERV-01", "SERV-02", "SERV-03",
         "EXEC-01", "EXEC-02", "ARCH-01"}
FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


def norm(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- text of each case
def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return [p.extract_text() or "" for p in r.pages]


def docx_text(path):
    from docx import Document
    doc = Document(path)
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    return "\n".join(out)


def ofd_text(path):
    from lxml import etree
    out = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        root = etree.fromstring(z.read("OFD.xml"))
        ns = {"ofd": "http://www.ofdspec.org/2016"}
        docroot = root.find(".//ofd:DocRoot", ns).text
        ok(docroot in names, f"OFD DocRoot {docroot} missing")
        doc = etree.fromstring(z.read(docroot))
        base = docroot.rsplit("/", 1)[0]
        pages = doc.findall(".//ofd:Pages/ofd:Page", ns)
        for p in pages:
            loc = base + "/" + p.get("BaseLoc")
            ok(loc in names, f"OFD page {loc} missing")
            pg = etree.fromstring(z.read(loc))
            out.append("".join(t.text or "" for t in pg.iter("{http://www.ofdspec.org/2016}TextCode")))
        for res in ("PublicRes", "DocumentRes"):
            el = doc.find(f".//ofd:{res}", ns)
            ok(el is not None and (base + "/" + el.text) in names, f"OFD {res} missing")
        dres = etree.fromstring(z.read(base + "/" + doc.find(".//ofd:DocumentRes", ns).text))
        for mf in dres.iter("{http://www.ofdspec.org/2016}MediaFile"):
            ok(base + "/Res/" + mf.text in names, f"OFD media {mf.text} missing")
        ids = [int(x) for n in names if n.endswith(".xml") for x in re.findall(rb' ID="(\d+)"', z.read(n))]
        ok(len(ids) == len(set(ids)), "OFD IDs not unique")
        maxid = int(doc.find(".//ofd:MaxUnitID", ns).text)
        ok(max(ids) <= maxid, "OFD MaxUnitID too small")
    return out


def source_text(mod):
    """Text of the source documents (what image-only pages show)."""
    from common import doc_to_text
    return "\n".join(doc_to_text(e[1]) for e in mod.docs())


def case_text(cid, mod, fmt):
    p = os.path.join(ROOT, cid)
    if fmt == "txt":
        raw = open(p + ".txt", "rb").read()
        try:
            raw.decode("utf-8")
            ok(False, f"{cid}: text file also decodes as UTF-8 (expected GB18030-only bytes)")
        except UnicodeDecodeError:
            pass
        ok(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{cid}: not pure CRLF")
        return raw.decode(mod.LABEL["encoding"]), raw.decode(mod.LABEL["encoding"])
    if fmt in ("pdf", "mixed"):
        pages = pdf_text(p + ".pdf")
        t = "\n".join(pages)
        if fmt == "mixed":
            empty = sum(1 for x in pages if not x.strip())
            ok(empty >= 5 and empty < len(pages) - 5, f"{cid}: mixed PDF should mix text and image pages ({empty})")
            return t, t + "\n" + source_text(mod)
        return t, t
    if fmt == "scan":
        pages = pdf_text(p + ".pdf")
        ok(all(not x.strip() for x in pages), f"{cid}: scanned PDF has a text layer")
        from pypdf import PdfReader
        r = PdfReader(p + ".pdf")
        rot = [float(pg.mediabox.width) > float(pg.mediabox.height) for pg in r.pages]
        ok(any(rot), f"{cid}: no landscape (90°) page")
        return "", source_text(mod)
    if fmt == "docx":
        t = docx_text(p + ".docx")
        return t, t
    if fmt == "ofd":
        t = "\n".join(ofd_text(p + ".ofd"))
        return t, t
    if fmt == "photos":
        files = sorted(os.listdir(p))
        ok(all(f.endswith(".jpg") for f in files) and len(files) >= 10, f"{cid}: photo folder")
        from PIL import Image
        for f in files:
            im = Image.open(os.path.join(p, f))
            ok(max(im.size) <= 1600, f"{cid}/{f}: too large")
        return "", source_text(mod)
    if fmt == "folder":
        parts = []
        exts = set()
        for f in sorted(os.listdir(p)):
            fp = os.path.join(p, f)
            exts.add(f.rsplit(".", 1)[1])
            if f.endswith(".pdf"):
                parts.append("\n".join(pdf_text(fp)))
            elif f.endswith(".docx"):
                parts.append(docx_text(fp))
            elif f.endswith(".txt"):
                parts.append(open(fp, encoding="utf-8").read())
        ok({"pdf", "docx", "txt", "jpg"} <= exts, f"{cid}: folder lacks a file type")
        t = "\n".join(parts)
        return t, t + "\n" + source_text(mod)
    raise ValueError(fmt)


def date_forms(iso):
    x = d(iso)
    from common import cn_date, ymd, ymd0, dots, ymd_fw
    return {ymd(x), ymd0(x), dots(x), cn_date(x), iso, ymd_fw(x), f"{x.year}.{x.month:02d}.{x.day:02d}",
            x.strftime("%Y%m%d")}


def money_forms(v):
    f = float(v)
    s = {f"{f:.2f}", f"{f:,.2f}", f"{int(f)}" if f == int(f) else f"{f:.2f}", f"{f:,.0f}" if f == int(f) else ""}
    return {x for x in s if x}


# ---------------------------------------------------------------- main
def main():
    labels = [json.loads(x) for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    ok(len(labels) == 8, "8 labels")
    counts = {}
    clean = 0
    fmts = {}
    for (cid, mod, fmt), lab in zip(build.CASES, labels):
        ok(lab["case_id"] == cid, f"label order {cid}")
        ok(set(lab) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid}: label keys")
        f = lab["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: field keys")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: date keys")
        for c in lab["codes"]:
            ok(c in CODES, f"{cid}: unknown code {c}")
            counts[c] = counts.get(c, 0) + 1
        clean += not lab["codes"]
        fmts[fmt] = fmts.get(fmt, 0) + 1
        exists = os.path.exists(os.path.join(ROOT, cid)) or any(
            os.path.exists(os.path.join(ROOT, cid + e)) for e in (".txt", ".pdf", ".docx", ".ofd"))
        ok(exists, f"{cid}: output missing")
        party = f["party"]
        if party["credit_code"]:
            ok(credit_ok(party["credit_code"]), f"{cid}: credit code check digit")
        if party["id_number"]:
            ok(id_ok(party["id_number"]), f"{cid}: id number check digit")
        ok((lab["encoding"] is not None) == (fmt == "txt"), f"{cid}: encoding only for text cases")
        layer, full = case_text(cid, mod, fmt)
        n_full = norm(full)
        for what in (f["agency"], party["name"], party["credit_code"], party["id_number"]):
            if what:
                ok(norm(what) in n_full, f"{cid}: '{what}' not in text")
        if layer:
            ok(norm(party["name"]) in norm(layer), f"{cid}: party not in text layer")
        fine = f["penalty"]["fine_yuan"]
        if fine is not None:
            ok(any(m in n_full for m in money_forms(fine)), f"{cid}: fine {fine} not in text")
        for k, v in f["dates"].items():
            if v:
                ok(any(norm(x) in n_full for x in date_forms(v)), f"{cid}: date {k}={v} not in text")
        for c in f["citations"]:
            ok(c["law"].strip("《》") in full, f"{cid}: law {c['law']} not cited")
        check_days(cid, lab)
        check_pages(cid, mod, fmt)
    for c, n in counts.items():
        ok(n <= 2, f"code {c} used {n} times")
    ok(clean == 3, f"clean cases = {clean}")
    ok(all(n <= 2 for n in fmts.values()), "format used more than twice")
    ok(len({c.split("-")[0] for c in counts}) >= 9, "families covered")
    # case-specific facts the notes rely on
    import case01, case06, case07, case03
    ok(mod11_10_ok(case01.REGNO) and case01.REGNO in source_text(case01), "case01 注册号 check digit")
    ok(org_ok(case01.ORG), "case01 组织机构代码 check char")
    for m in (case02, case03, case04, case05, case06, case07, case08):
        ok(org_ok(m.CC[8:17]), f"{m.__name__}: 主体标识码 check char")
    ok(not credit_ok(case06.CC_BAD), "case06 bad credit code must fail")
    ok(case06.CC_BAD in source_text(case06), "case06 bad credit code present")
    ok(round(sum(i[3] for i in case03.ITEMS), 2) == 12486.30 and case03.STATED == 12846.30, "case03 sums")
    ok(case07.SURCHARGE == 13680 and case07.SURCHARGE > case07.FINE, "case07 surcharge")
    ok(days_between("2023-06-22", "2023-08-18") == case07.LATE_DAYS, "case07 overdue days")
    for s in ("2025-04-27", "2019-09-29", "2022-04-02"):
        ok(is_workday(d(s)), f"{s} is a 调休 workday")
    for s in ("2025-05-01", "2025-05-05", "2019-10-07"):
        ok(not is_workday(d(s)), f"{s} is a holiday")
    check_size_and_paths()
    if FAIL:
        for m in FAIL:
            print("FAIL:", m)
        sys.exit(1)
    print("codes:", dict(sorted(counts.items())))
    print("ALL PASS")


def mod11_10_ok(num):
    p = 10
    for ch in num:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return s == 1


def org_ok(code9):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(ch, 36) * w[i] for i, ch in enumerate(code9[:8])) % 11
    return code9[8] == ("X" if c == 10 else "0" if c == 11 else str(c))


def check_days(cid, lab):
    dt_ = lab["fields"]["dates"]
    codes = set(lab["codes"])
    if dt_["filing"] and dt_["decision"]:
        n = days_between(dt_["filing"], dt_["decision"])
        if "PROC-03" in codes:
            ok(n > 90, f"{cid}: PROC-03 but {n} days")
        elif cid.endswith("renfang"):
            ok(n > 90 and days_between(dt_["filing"], "2019-10-08") == 120, f"{cid}: extension arithmetic")
        else:
            ok(n <= 90, f"{cid}: {n} days without label")
    if dt_["decision"] and dt_["decision_served"]:
        w = workdays_between(dt_["decision"], dt_["decision_served"])
        if "SERV-01" in codes:
            ok(w > 7, f"{cid}: SERV-01 but {w} wd")
        else:
            ok(w <= 7, f"{cid}: served after {w} wd")
    if dt_["notice"] and dt_["decision"]:
        ok(d(dt_["notice"]) < d(dt_["decision"]), f"{cid}: notice not before decision")
        if "PROC-05" in codes:
            ok(days_between(dt_["notice"], dt_["decision"]) <= 3, f"{cid}: PROC-05 arithmetic")
        elif cid.endswith("yaopin"):
            ok(workdays_between(dt_["notice"], dt_["decision"]) == 5, f"{cid}: waiver trap arithmetic")
        else:
            ok(workdays_between(dt_["notice"], dt_["decision"]) > 5, f"{cid}: decision inside 告知 period")


def check_pages(cid, mod, fmt):
    ents = build.entries_of(mod)
    if fmt in ("pdf", "mixed", "scan", "txt", "ofd", "photos"):
        lay = {"pdf": Layout(size=10.5, body="song", margins=(72, 62, 62, 70)),
               "mixed": Layout(size=10.5, body="song", margins=(72, 62, 62, 70)),
               "scan": Layout(size=11, body="song", margins=(70, 60, 60, 70)),
               "photos": Layout(size=11, body="song", margins=(70, 60, 60, 70)),
               "txt": Layout(size=10.5, body="song"),
               "ofd": Layout(size=10.5, body="song", margins=(72, 62, 62, 70))}[fmt]
        n = build.paginate(ents, lay)
        cat = build.catalog_doc(ents)
        total = sum(len(e["pages"]) for e in ents) + len(lay.run(cat))
        p = os.path.join(ROOT, cid)
        if fmt in ("pdf", "mixed", "scan"):
            from pypdf import PdfReader
            ok(len(PdfReader(p + ".pdf").pages) == total, f"{cid}: page count")
        elif fmt == "photos":
            ok(len(os.listdir(p)) == total, f"{cid}: photo count")
        elif fmt == "ofd":
            with zipfile.ZipFile(p + ".ofd") as z:
                ok(sum(1 for x in z.namelist() if x.endswith("Content.xml")) == total, f"{cid}: OFD pages")
        elif fmt == "txt":
            t = open(p + ".txt", "rb").read().decode("gb18030")
            ok(t.count("（第") == n, f"{cid}: page markers")
        # 卷内目录 ranges versus real numbering (ARCH-01 cases must disagree)
        rows = [b for b in cat.blocks if b[0] == "grid"][0][1][1:]
        real = [(e["first"], e["last"]) for e in ents if e["role"] == "doc"]
        shifted = build.catalog_doc(ents, shift_after="询问笔录")
        srows = [b for b in shifted.blocks if b[0] == "grid"][0][1][1:]
        ok(all(r[4] == (f"{a}" if a == b else f"{a}-{b}") for r, (a, b) in zip(rows, real)), f"{cid}: 目录 build")
        arch = "ARCH-01" in json.loads([x for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")
                                        if f'"{cid}"' in x][0])["codes"]
        if arch:
            ok(any(a[4] != b[4] for a, b in zip(rows, srows)), f"{cid}: ARCH-01 目录 not different")
    if fmt == "docx":
        from docx import Document
        doc = Document(os.path.join(ROOT, cid + ".docx"))
        ok(len(doc.sections) == 3, f"{cid}: docx sections")
        ok(len(doc.tables) >= 12, f"{cid}: docx tables {len(doc.tables)}")
        ok(b"txbxContent" in zipfile.ZipFile(os.path.join(ROOT, cid + ".docx")).read("word/document.xml"),
           f"{cid}: docx text box")


def check_size_and_paths():
    total = 0
    roots = [b"tmp", b"work", b"home", b"root", b"usr"]
    bad = re.compile(b"(" + b"|".join(b"/" + r + b"/" for r in roots) + rb"|[A-Z]:\\\\Users)")
    for dp, dn, fn in os.walk(ROOT):
        if "__pycache__" in dp:
            ok(False, "pycache present")
        for f in fn:
            fp = os.path.join(dp, f)
            total += os.path.getsize(fp)
            data = open(fp, "rb").read()
            blobs = [data]
            if f.endswith((".docx", ".ofd")):
                with zipfile.ZipFile(fp) as z:
                    blobs += [z.read(n) for n in z.namelist()]
            for b in blobs:
                ok(not bad.search(b), f"machine path in {os.path.relpath(fp, ROOT)}")
    ok(total < 3 * 1024 * 1024, f"corpus size {total}")


if __name__ == "__main__":
    main()
