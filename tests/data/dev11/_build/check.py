"""Verify the dev11 corpus: sizes, page counts, 目录 ranges, check digits, day counts, labels, no machine paths.
Run: python check.py  -> prints ALL PASS or the failures."""
import datetime as dt
import importlib
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from build import CASES

FAIL = []
CODES = set("""SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05 PROC-01 PROC-02
PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13 DISC-01 DISC-02 DISC-03 DOC-01
DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02 SERV-03 EXEC-01 EXEC-02 ARCH-01""".split())


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


def D(s):
    return dt.date.fromisoformat(s)


def page_texts(man):
    """text of each page of a volume, or None for the image-only scan"""
    p = os.path.join(lib.OUT, man["path"])
    fmt = man["fmt"]
    if fmt == "txt":
        return open(p, "rb").read().decode(man["encoding"]).split("\f")
    if fmt == "folder":
        pages = []
        for fn in sorted(os.listdir(p)):
            pages += open(os.path.join(p, fn), encoding="utf-8").read().split("\f")
        return pages
    if fmt == "docx":
        import docx
        d = docx.Document(p)
        pages, cur = [], []
        body = d.element.body
        for el in body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                txt = "".join(t.text or "" for t in el.iter() if t.tag.endswith("}t"))
                cur.append(txt)
                if any(b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == "page"
                       for b in el.iter() if b.tag.endswith("}br")):
                    pages.append("\n".join(cur)); cur = []
            elif tag == "tbl":
                cur.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        pages.append("\n".join(cur))
        return pages
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(p)
    if fmt == "pdf-image":
        ok(all(doc[i].get_textpage().count_chars() == 0 for i in range(len(doc))), f"{man['case_id']}: scan has a text layer")
        return [None] * len(doc)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_volume(man, case):
    cid = man["case_id"]
    pages = page_texts(man)
    ok(len(pages) == man["pages"], f"{cid}: {len(pages)} pages in file, {man['pages']} expected")
    foot = man["footer"]
    for i, t in enumerate(pages):
        if t is not None:
            ok(foot.format(n=i + 1) in t, f"{cid}: page {i + 1} lacks its number")
    # 目录 vs real ranges
    mism = []
    for row, d in zip(man["toc_rows"], man["docs"]):
        real = str(d["first"]) if d["first"] == d["last"] else f"{d['first']}-{d['last']}"
        if row[4] != real:
            mism.append((row[1], row[4], real))
        if pages[0] is not None:
            ok(any(norm(h) in norm(pages[d["first"] - 1]) for h in d["heads"][-1:]),
               f"{cid}: heading of '{d['title']}' not on its first page {d['first']}")
            if d["last"] < man["pages"]:
                ok(not any(norm(h) == norm(pages[d["last"]])[:len(norm(h))] for h in d["heads"][-1:]),
                   f"{cid}: '{d['title']}' heading repeated after its last page")
    if "ARCH-01" in case["label"]["codes"]:
        ok(len(mism) > 0, f"{cid}: planted ARCH-01 but 目录 matches")
    else:
        ok(not mism, f"{cid}: 目录 mismatch {mism}")
    if pages[0] is not None:
        toc = norm(pages[0])
        for row in man["toc_rows"]:
            ok(norm(row[1]) in toc, f"{cid}: 目录 entry {row[1]} not on page 1")
    return pages


def check_dates(case):
    cid = case["case_id"]
    f = case["facts"]
    dts = {k: D(v) for k, v in f["dates"].items()}
    codes = case["label"]["codes"]
    seq = [k for k in ("filing", "notice", "notice_served", "decision", "decision_served", "payment", "closing") if k in dts]
    for a, b in zip(seq, seq[1:]):
        ok(dts[a] <= dts[b], f"{cid}: {a} {dts[a]} after {b} {dts[b]}")
    for k in ("legal", "discuss", "report", "ask", "inspect"):
        if k in dts:
            ok(dts[k] <= dts["decision"], f"{cid}: {k} after decision")
            if "filing" in dts:
                ok(dts[k] >= dts["filing"], f"{cid}: {k} before filing")
    # 送达 within 7 working days
    wd = lib.workdays_between(dts["decision"], dts["decision_served"])
    ok((wd > 7) == ("SERV-01" in codes), f"{cid}: decision served after {wd} working days")
    # 90-day limit
    if "filing" in dts:
        days = (dts["decision"] - dts["filing"]).days
        post2021 = dts["decision"] >= D("2021-07-15")
        late = days > 90 and post2021
        ok(late == ("PROC-03" in codes), f"{cid}: decision {days} days after filing")
        if "extension_to" in f:
            ok(dts["decision"] <= D(f["extension_to"]), f"{cid}: decision after approved extension")
    # 陈述申辩 period
    if "notice_served" in dts:
        if f.get("plea_wd"):
            end = lib.add_workdays(dts["notice_served"], f["plea_wd"])
        else:
            end = dts["notice_served"] + dt.timedelta(days=f.get("plea_days_calendar", 3))
        early = dts["decision"] <= end and not f.get("waiver")
        ok(early == ("PROC-05" in codes), f"{cid}: plea period ends {end}, decision {dts['decision']}")
    # 加处罚款
    if "surcharge" in f:
        fine, days, sur = f["surcharge"]
        ok(sur == fine * 3 * days // 100, f"{cid}: surcharge arithmetic")
        ok((sur > fine) == ("EXEC-02" in codes), f"{cid}: surcharge vs fine")
    for name, parts, total in f.get("sums", []):
        ok(sum(parts) == total, f"{cid}: sum {name}")
    if "planted_value_mismatch" in f:
        a, b = f["planted_value_mismatch"]
        ok(a != b and "EVID-03" in codes, f"{cid}: EVID-03 plant")
    # simple procedure ceiling
    fine = case["label"]["fields"]["penalty"]["fine_yuan"]
    if case["label"]["fields"]["penalty"]["procedure"] == "简易":
        kind = case["label"]["fields"]["party"]["kind"]
        cap = 200 if kind == "个人" else 3000
        ok((fine > cap) == ("PROC-10" in codes), f"{cid}: simple-procedure fine {fine}")


def check_ids(case, pages):
    cid = case["case_id"]
    p = case["label"]["fields"]["party"]
    for c in case["facts"]["credit_codes"]:
        ok(lib.uscc_ok(c), f"{cid}: credit code {c} fails GB 32100")
    for n in case["facts"]["id_numbers"]:
        ok(lib.id_ok(n), f"{cid}: id {n} fails GB 11643")
    if p["credit_code"]:
        ok(lib.uscc_ok(p["credit_code"]), f"{cid}: label credit code")
    if p["id_number"]:
        ok(lib.id_ok(p["id_number"]), f"{cid}: label id")
    text = "\n".join(t for t in pages if t)
    for m in re.findall(r"(?<![0-9A-Z])[0-9]{6}(?:19|20)[0-9]{9}[0-9X](?![0-9A-Z])", text):
        ok(lib.id_ok(m), f"{cid}: id-like {m} in text fails")
    for m in re.findall(r"(?<![0-9A-Z])9[12][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text):
        ok(lib.uscc_ok(m), f"{cid}: credit code {m} in text fails")
        ok(m == p["credit_code"], f"{cid}: other credit code {m} in text")


def check_paths():
    bad = ["/" + "work", "/" + "tmp", "/" + "home/", "/" + "root/", "C:" + "\\Users"]
    total = 0
    for root, _, files in os.walk(lib.OUT):
        if "__pycache__" in root:
            continue
        for fn in files:
            p = os.path.join(root, fn)
            total += os.path.getsize(p)
            blobs = [open(p, "rb").read()]
            if fn.endswith(".docx"):
                with zipfile.ZipFile(p) as z:
                    blobs += [z.read(n) for n in z.namelist()]
            for b in blobs:
                for s in bad:
                    ok(s.encode() not in b, f"{fn}: contains {s}")
    ok(total < 3 * 1024 * 1024, f"folder is {total} bytes")


def check_labels(cases):
    recs = [json.loads(l) for l in open(os.path.join(lib.OUT, "labels.jsonl"), encoding="utf-8")]
    ok(len(recs) == 8, "labels: not 8 records")
    seen, clean = [], 0
    for r, c in zip(recs, cases):
        ok(list(r) == ["case_id", "codes", "encoding", "notes", "fields"], f"labels key order {r['case_id']}")
        ok(r["case_id"] == c["case_id"], "labels order")
        ok(r["codes"] == sorted(r["codes"]), "codes sorted")
        ok(set(r["codes"]) <= CODES, f"unknown code in {r['codes']}")
        ok(not ({"SUBJ-04", "DISC-02"} & set(r["codes"])), "profile-dependent code labelled")
        ok(len(r["codes"]) <= 3, "more than 3 codes")
        clean += not r["codes"]
        seen += r["codes"]
        ok(list(r["fields"]) == ["agency", "party", "penalty", "dates", "citations"], "fields order")
        ok(r["encoding"] in ("utf-8", "gbk", "gb18030", "docx", "pdf-text", "pdf-image", "folder"), "encoding value")
        path = os.path.join(lib.OUT, r["case_id"] + {"docx": ".docx", "folder": "", "pdf-text": ".pdf", "pdf-image": ".pdf"}.get(r["encoding"], ".txt"))
        ok(os.path.exists(path), f"missing {path}")
    ok(clean == 2, f"{clean} clean cases")
    ok(len(seen) == len(set(seen)), "a code is used twice")
    ok(10 <= len(seen) <= 14, f"{len(seen)} codes in all")
    fams = {c.split("-")[0] for c in seen}
    ok(len(fams) >= 7, f"only {len(fams)} families")


def main():
    mans = json.load(open(os.path.join(lib.HERE, "manifest.json"), encoding="utf-8"))
    cases = [importlib.import_module(n).build() for n in CASES]
    for man, case in zip(mans, cases):
        ok(man["case_id"] == case["case_id"], "manifest order")
        pages = check_volume(man, case)
        check_dates(case)
        check_ids(case, pages)
    # the holiday facts the notes rely on
    ok(lib.workday(D("2018-09-29")) and lib.workday(D("2018-09-30")) and not lib.workday(D("2018-10-08") - dt.timedelta(days=1)),
       "2018 National Day make-up days")
    ok(lib.add_workdays(D("2018-09-28"), 3) == D("2018-10-08"), "case 6 plea end")
    ok(lib.workday(D("2021-02-20")), "2021-02-20 make-up day")
    ok(lib.add_workdays(D("2025-05-30"), 5) == D("2025-06-09"), "case 7 plea end")
    ok(lib.add_workdays(D("2023-08-07"), 5) == D("2023-08-14"), "case 2 plea end")
    check_paths()
    check_labels(cases)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
