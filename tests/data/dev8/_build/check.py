"""Verify the dev8 corpus as written on disk: sizes, page counts and page numbers, 卷内目录 ranges,
check digits, day counts behind the labels, label shape, no machine paths.

Run: python3 _build/check.py   (exit status 0 = all checks passed)
Needs chinese_calendar for working days; uses pypdf and python-docx when installed."""
from __future__ import annotations

import json
import os
import re
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, credit_code_ok, days_between, id_ok, workdays_between  # noqa: E402

CODES = {
    "SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02",
    "LAW-03", "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06",
    "PROC-07", "PROC-08", "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02",
    "DISC-03", "DOC-01", "DOC-02", "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09",
    "SERV-01", "SERV-02", "SERV-03", "EXEC-01", "EXEC-02", "ARCH-01",
}
EXPECTED_PAGES = {"dev8_01": 7, "dev8_02": 23, "dev8_03": 22, "dev8_04": 28, "dev8_05": 20,
                  "dev8_06": 16, "dev8_07": 27, "dev8_08": 18}
# deliberate bad identifiers (the DOC-06 defect of dev8_06)
EXPECTED_BAD_IDS = {"dev8_06": 1}

errors: list[str] = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


# ------------------------------------------------------------------ reading cases as pages

def txt_pages(path, enc):
    with open(path, "rb") as f:
        return f.read().decode(enc).replace("\r\n", "\n").split("\f")


def docx_pages(path):
    from docx import Document

    d = Document(path)
    body = d.element.body
    pages, cur = [], []
    for el in body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            if el.xpath('.//w:br[@w:type="page"]'):
                pages.append("\n".join(cur))
                cur = []
                continue
            cur.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in el.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for tc in row:
                        if tc.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                    cur.append(" | ".join(cells))
    pages.append("\n".join(cur))
    return pages


def pdf_pages(path):
    try:
        from pypdf import PdfReader
    except ImportError:
        with open(path, "rb") as f:
            n = len(re.findall(rb"/Type\s*/Page[^s]", f.read()))
        return [None] * n
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def case_pages(cid):
    base = os.path.join(OUT, cid)
    if os.path.isdir(base):
        pages = []
        for name in sorted(os.listdir(base)):
            pages += txt_pages(os.path.join(base, name), "utf-8")
        return pages
    for ext in (".txt", ".docx", ".pdf"):
        if os.path.exists(base + ext):
            if ext == ".txt":
                with open(base + ext, "rb") as f:
                    raw = f.read()
                try:
                    raw.decode("utf-8")
                    enc = "utf-8"
                except UnicodeDecodeError:
                    enc = "gbk"
                return txt_pages(base + ext, enc)
            if ext == ".docx":
                return docx_pages(base + ext)
            return pdf_pages(base + ext)
    raise FileNotFoundError(cid)


PAGENO = [re.compile(r"卷页号\s*(\d+)\s*$"), re.compile(r"—\s*(\d+)\s*—\s*$"), re.compile(r"^\s*(\d+)\s*$")]


def page_number(text):
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    for ln in reversed(lines[-4:]):
        for rx in PAGENO:
            m = rx.search(ln)
            if m:
                return int(m.group(1))
    return None


def toc_ranges(pages):
    """Page ranges listed in the 卷内目录 (the unnumbered first pages)."""
    rng = []
    for t in pages:
        if "卷 内 目 录" not in t:
            continue
        for m in re.finditer(r"\|\s*(\d+)(?:-(\d+))?\s*\|\s*$", t, re.M):
            rng.append((int(m.group(1)), int(m.group(2) or m.group(1))))
        if not rng:  # pdf text: numbers on their own lines after the date cell
            for m in re.finditer(r"日\s*\n(\d+)(?:-(\d+))?\s*\n", t):
                rng.append((int(m.group(1)), int(m.group(2) or m.group(1))))
    return rng


# ------------------------------------------------------------------ checks

def main():
    total = 0
    for root, _, files in os.walk(OUT):
        for f in files:
            p = os.path.join(root, f)
            total += os.path.getsize(p)
            if f.endswith((".py", ".md", ".jsonl", ".txt")):
                with open(p, "rb") as fh:
                    raw = fh.read()
                for bad in [b"/" + w + b"/" for w in (b"work", b"tmp", b"home", b"root", b"Users")] + [b"C:" + b"\\"]:
                    check(bad not in raw, f"machine path {bad!r} in {f}")
    check(total < 3 * 1024 * 1024, f"folder is {total} bytes, not under 3 MB")

    with open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(ln) for ln in f if ln.strip()]
    check([x["case_id"] for x in labels] == [f"dev8_0{i}" for i in range(1, 9)], "labels: case ids")
    seen = {}
    defect_cases = clean_cases = 0
    for lab in labels:
        cid = lab["case_id"]
        for k in ("codes", "encoding", "notes", "fields"):
            check(k in lab, f"{cid}: label lacks {k}")
        for code in lab["codes"]:
            check(code in CODES, f"{cid}: unknown code {code}")
            check(code not in seen, f"{cid}: code {code} also used in {seen.get(code)}")
            check(code not in ("SUBJ-04", "DISC-02"), f"{cid}: profile-dependent code {code}")
            seen[code] = cid
        defect_cases += bool(lab["codes"])
        clean_cases += not lab["codes"]
        fl = lab["fields"]
        party = fl["party"]
        check(party["kind"] in ("单位", "个人", "个体工商户"), f"{cid}: party kind")
        if party.get("credit_code"):
            check(credit_code_ok(party["credit_code"]), f"{cid}: credit code check digit")
        if party.get("id_number"):
            check(id_ok(party["id_number"]), f"{cid}: id number check digit")
        check(fl["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: procedure")
        for c in fl["citations"]:
            check(c["role"] in ("violated", "penalty"), f"{cid}: citation role")

        pages = case_pages(cid)
        numbered = [page_number(t) for t in pages if t is not None and "卷 内 目 录" not in t
                    and "卷 内 备 考 表" not in t]
        if all(t is None for t in pages):
            check(len(pages) >= EXPECTED_PAGES[cid], f"{cid}: pdf page count")
            continue
        check(numbered == list(range(1, EXPECTED_PAGES[cid] + 1)),
              f"{cid}: page numbers {numbered} are not 1..{EXPECTED_PAGES[cid]}")
        rng = toc_ranges(pages)
        if os.environ.get("VERBOSE"):
            print(cid, len(pages), rng)
        check(len(rng) > 0, f"{cid}: no 目录 ranges found")
        last = rng[-1][1] if rng else None
        if "ARCH-01" in lab["codes"]:
            check(last != EXPECTED_PAGES[cid], f"{cid}: ARCH-01 目录 should not match the pages")
        else:
            check(last == EXPECTED_PAGES[cid], f"{cid}: 目录 ends at {last}, volume has {EXPECTED_PAGES[cid]}")
            check(rng[0][0] == 1 and all(rng[i + 1][0] == rng[i][1] + 1 for i in range(len(rng) - 1)),
                  f"{cid}: 目录 ranges not contiguous {rng}")
        # identifiers printed anywhere in the volume
        text = "\n".join(pages)
        bad = 0
        for m in re.finditer(r"(?<![0-9A-Z])([0-9]{17}[0-9X])(?![0-9A-Z])", text):
            bad += not id_ok(m.group(1))
        for m in re.finditer(r"(?<![0-9A-Z])(9[12][0-9A-Z]{16})(?![0-9A-Z])", text):
            check(credit_code_ok(m.group(1)), f"{cid}: bad credit code {m.group(1)}")
        check(bad == EXPECTED_BAD_IDS.get(cid, 0), f"{cid}: {bad} identity numbers fail GB 11643")
        if party.get("credit_code"):
            check(party["credit_code"] in text, f"{cid}: label credit code not in the volume")
        if party.get("id_number"):
            check(party["id_number"] in text, f"{cid}: label id number not in the volume")
    check(defect_cases in (5, 6) and clean_cases == 2, "5 or 6 defect cases and 2 clean ones")
    fams = {c.split("-")[0] for c in seen}
    check(len(fams) >= 6, f"only {len(fams)} defect families")

    # day counts behind the labels
    L = {x["case_id"]: x["fields"]["dates"] for x in labels}
    for cid, d in L.items():
        if d["filing"]:
            n = days_between(d["filing"], d["decision"])
            if cid == "dev8_04":
                check(n > 90 and days_between(d["filing"], "2024-01-10") < 90,
                      "dev8_04: decision beyond 90 days with extension approved inside 90")
            else:
                check(n <= 90, f"{cid}: {n} days from 立案 to decision")
        wd = workdays_between(d["decision"], d["decision_served"])
        if cid == "dev8_02":
            check(wd == 8, f"dev8_02: service after {wd} working days, expected 8 (SERV-01)")
        else:
            check(wd <= 7, f"{cid}: decision served after {wd} working days")
    check(days_between("2023-09-27", "2023-10-12") == 15 and workdays_between("2023-09-27", "2023-10-12") == 7,
          "dev8_07: 15 calendar days = 7 working days")
    check(workdays_between("2023-03-08", "2023-03-13") == 3 and workdays_between("2023-03-08", "2023-03-15") == 5,
          "dev8_05: decision on working day 3 of 5 (PROC-05)")
    check(workdays_between("2023-09-21", "2023-09-28") == 5, "dev8_07: waiver inside the 5 working days")
    check(workdays_between("2023-12-06", "2023-12-11") <= 5, "dev8_04: hearing requested within 5 working days")
    check(workdays_between("2023-12-14", "2023-12-26") >= 7, "dev8_04: hearing notice 7 working days ahead")
    import chinese_calendar as cc
    import datetime as dt
    check(cc.is_workday(dt.date(2024, 2, 4)), "dev8_04: 2024-02-04 is a 调休 workday")
    # arithmetic in the files
    check(sum([60, 40, 180, 120, 200, 160, 240, 200, 220, 260, 280, 380]) == 2340, "dev8_02 fares sum")
    check(abs((356.40 + 218.75 + 47.10) * 150 - 93337.50) < 0.01, "dev8_05 area x rate")
    check((18 + 14 + 16 + 14) * 120 == 7440, "dev8_07 illegal income")

    if errors:
        print("FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: 8 cases, {total} bytes, codes {sorted(seen)}")


if __name__ == "__main__":
    main()
