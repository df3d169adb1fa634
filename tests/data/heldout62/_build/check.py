"""Verify the heldout62 corpus: sizes, page counts, 目录 ranges vs real pages, check digits, day counts, labels, leaks.
Prints ALL PASS or the list of failures. Run: python _build/check.py"""
from __future__ import annotations

import sys
sys.dont_write_bytecode = True

import importlib
import json
import re
import zipfile
from pathlib import Path

from build import CASES
from common import id_ok, uscc_ok

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FAIL: list[str] = []
VALID = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02", "LAW-03", "LAW-04",
         "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07", "PROC-08", "PROC-09",
         "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-03", "DOC-01", "DOC-02", "DOC-03", "DOC-04",
         "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09", "SERV-01", "SERV-02", "SERV-03", "EXEC-01", "EXEC-02",
         "ARCH-01"}
ENC = {"utf8": "utf-8", "gbk": "gbk", "folder": "folder", "docx": "docx", "pdf-table": "pdf-text",
       "pdf-prose": "pdf-text", "pdf-image": "pdf-image"}


def fail(msg):
    FAIL.append(msg)


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s.replace("\u3000", ""))


def pages_of(man) -> list[str] | None:
    path = ROOT / man["file"]
    fmt = man["fmt"]
    if fmt in ("utf8", "gbk"):
        return path.read_bytes().decode("utf-8" if fmt == "utf8" else "gbk").split("\f")
    if fmt == "folder":
        out = []
        for f in sorted(path.iterdir()):
            out += f.read_text(encoding="utf-8").split("\f")
        return out
    if fmt == "docx":
        from docx import Document
        from docx.oxml.ns import qn
        body = Document(path).element.body
        pages, cur = [], []
        for el in body.iterchildren():
            if el.tag == qn("w:p"):
                if any(br.get(qn("w:type")) == "page" for br in el.iter(qn("w:br"))):
                    pages.append("\n".join(cur))
                    cur = []
                    continue
                cur.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
            elif el.tag == qn("w:tbl"):
                for tr in el.iter(qn("w:tr")):
                    cells = []
                    for tc in tr.iter(qn("w:tc")):
                        cells.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
                    cur.append("　".join(cells))
        pages.append("\n".join(cur))
        return pages
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    if fmt == "pdf-image":
        if any(t.strip() for t in texts):
            fail(f"{man['id']}: scanned PDF has a text layer")
        return [None] * len(texts)
    return texts


def check_case(man):
    cid = man["id"]
    pages = pages_of(man)
    if len(pages) != man["physical_pages"]:
        fail(f"{cid}: {len(pages)} pages in file, manifest says {man['physical_pages']}")
        return
    # page-number footers and document starts
    expected = []
    starts = {}
    for doc in man["docs"]:
        starts[len(expected)] = doc
        expected += doc["page_no"]
    nums = [n for n in expected if n is not None]
    if nums != list(range(1, len(nums) + 1)):
        fail(f"{cid}: page numbers not continuous")
    if pages[0] is not None:
        for i, (txt, no) in enumerate(zip(pages, expected)):
            foot = re.findall(r"第(\d+)页", txt)
            if no is None and foot and foot[-1] and txt.rstrip().endswith("页"):
                fail(f"{cid}: unnumbered page {i + 1} carries a page number")
            if no is not None and (not foot or int(foot[-1]) != no):
                fail(f"{cid}: physical page {i + 1} should show 第{no}页, found {foot[-1:] }")
        for i, doc in starts.items():
            if norm(doc["first_line"])[:20] not in norm(pages[i]):
                fail(f"{cid}: document '{doc['title']}' does not start on physical page {i + 1}")
        toc_text = norm(pages[0])
    else:
        toc_text = None
    # 目录 ranges against the real pagination
    actual = {d_["title"]: (d_["page_no"][0], d_["page_no"][-1]) for d_ in man["docs"] if d_["numbered"]}
    planted = man["toc_planted_mismatch"]
    mism = []
    for e in man["toc"]:
        stated = (e["start"], e["end"])
        rng = f"{stated[0]}" if stated[0] == stated[1] else f"{stated[0]}-{stated[1]}"
        if toc_text is not None and norm(e["title"]) not in toc_text:
            fail(f"{cid}: 目录 lacks '{e['title']}'")
        if toc_text is not None:
            found = None
            for line in pages[0].splitlines():
                toks = [t for t in re.split(r"[｜|\u3000\s]+", line.strip()) if t]
                if e["title"] in toks and toks[-1] != e["title"]:
                    found = toks[-1]
            if found != rng:
                fail(f"{cid}: 目录 entry '{e['title']}' range in file {found} != {rng}")
        if stated != actual[e["title"]]:
            mism.append(e["title"])
    want = [planted["title"]] if planted else []
    if mism != want:
        fail(f"{cid}: 目录 mismatches {mism}, planted {want}")
    if set(actual) != {e["title"] for e in man["toc"]}:
        fail(f"{cid}: 目录 does not list every numbered document")
    return pages


def check_ids(cid, pages, label):
    party = label["fields"]["party"]
    if party["credit_code"] and not uscc_ok(party["credit_code"]):
        fail(f"{cid}: label credit code fails GB 32100")
    if party["id_number"] and not id_ok(party["id_number"]):
        fail(f"{cid}: label id number fails GB 11643")
    if pages and pages[0] is not None:
        text = "\n".join(pages)
        for code in re.findall(r"(?<![0-9A-Z])[0-9][0-9A-Z]\d{6}[0-9A-Z]{10}(?![0-9A-Z])", text):
            if code[:2] in ("91", "92", "93") and not uscc_ok(code):
                fail(f"{cid}: credit code {code} fails check")
        for idn in re.findall(r"(?<!\d)\d{17}[\dX](?!\d)", text):
            if not id_ok(idn):
                fail(f"{cid}: id number {idn} fails check")
        for v in (party["credit_code"], party["id_number"], party["name"]):
            if v and v not in text:
                fail(f"{cid}: party value {v} not found in the volume")


def check_leaks():
    needles = [b"/" + b"work", b"/" + b"tmp", b"/" + b"home/", b"/" + b"root/", b"/" + b"Users/"]
    for f in ROOT.rglob("*"):
        if not f.is_file():
            continue
        if "__pycache__" in f.parts:
            fail(f"bytecode cache present: {f.relative_to(ROOT)}")
            continue
        blobs = [f.read_bytes()]
        if f.suffix == ".docx":
            with zipfile.ZipFile(f) as z:
                blobs += [z.read(n) for n in z.namelist()]
        for b in blobs:
            for n in needles:
                if n in b:
                    fail(f"{f.relative_to(ROOT)} contains a machine path ({n.decode()}...)")


def check_labels(mods):
    lines = (ROOT / "labels.jsonl").read_text(encoding="utf-8").strip().split("\n")
    if len(lines) != 7:
        fail("labels.jsonl must have 7 lines")
    seen, clean = [], 0
    order = ["case_id", "codes", "encoding", "notes", "fields"]
    for ln, man in zip(lines, mods):
        rec = json.loads(ln)
        if list(rec) != order:
            fail(f"label key order {list(rec)}")
        if rec["case_id"] != man["id"]:
            fail(f"label case_id {rec['case_id']} != {man['id']}")
        target = ROOT / man["file"]
        if target.stem != rec["case_id"] and target.name != rec["case_id"]:
            fail(f"case_id {rec['case_id']} does not match file {man['file']}")
        if rec["codes"] != sorted(rec["codes"]):
            fail(f"{rec['case_id']}: codes not sorted")
        if rec["encoding"] != ENC[man["fmt"]]:
            fail(f"{rec['case_id']}: encoding label {rec['encoding']}")
        for c in rec["codes"]:
            if c not in VALID or c in ("SUBJ-04", "DISC-02"):
                fail(f"{rec['case_id']}: code {c} not allowed")
        seen += rec["codes"]
        clean += not rec["codes"]
        if not 0 <= len(rec["codes"]) <= 3:
            fail(f"{rec['case_id']}: 1-3 codes expected")
        f = rec["fields"]
        if list(f) != ["agency", "party", "penalty", "dates", "citations"]:
            fail("fields key order")
        if list(f["party"]) != ["name", "kind", "credit_code", "id_number"] or f["party"]["kind"] not in ("单位", "个体工商户", "个人"):
            fail(f"{rec['case_id']}: party fields")
        if f["penalty"]["procedure"] not in ("普通", "简易"):
            fail("procedure")
        for c in f["citations"]:
            if list(c) != ["law", "article", "paragraph", "item", "role"] or c["role"] not in ("violated", "penalty"):
                fail(f"{rec['case_id']}: citation keys")
            if not (c["law"].startswith("《") and c["law"].endswith("》")):
                fail(f"{rec['case_id']}: law title needs 书名号")
    if clean != 2:
        fail(f"{clean} clean cases, expected 2")
    if len(seen) != len(set(seen)):
        fail("a defect code is used twice")
    if not 9 <= len(seen) <= 12:
        fail(f"{len(seen)} codes in all, expected about 10")
    return [json.loads(x) for x in lines]


def main():
    total = sum(f.stat().st_size for f in ROOT.rglob("*") if f.is_file())
    if total >= 3 * 1024 * 1024:
        fail(f"folder is {total} bytes (>= 3 MB)")
    mans = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    if [m["id"] for m in mans] != [importlib.import_module(m).make()["id"] for m in CASES]:
        fail("manifest out of date: run build.py")
    labels = check_labels(mans)
    fmts = [m["fmt"] for m in mans]
    if len(set(fmts)) != 7:
        fail("formats must all differ")
    for man, lab, modname in zip(mans, labels, CASES):
        pages = check_case(man)
        check_ids(man["id"], pages, lab)
        case = importlib.import_module(modname).make()      # recompute day counts and arithmetic
        for name, ok in case["checks"]:
            if not ok:
                fail(f"{man['id']}: check failed: {name}")
        for k, v in lab["fields"]["dates"].items():
            if v and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                fail(f"{man['id']}: date {k} not ISO")
        print(f"{man['id']:32s} {man['fmt']:10s} {man['physical_pages']:3d} pages  codes={lab['codes']}")
    check_leaks()
    if FAIL:
        print("\n".join("FAIL: " + x for x in FAIL))
        sys.exit(1)
    print(f"total size {total} bytes")
    print("ALL PASS")


if __name__ == "__main__":
    main()
