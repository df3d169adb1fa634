"""Verify the built heldout63 corpus; prints ALL PASS or the failures.

Checks: folder size; page counts per file; 卷内目录 ranges against the real pagination (only
case 02 may differ, exactly as planted); 第N页 footers in text, DOCX and text-layer PDFs; no text
layer in the scan; GBK file is GBK; check digits of credit codes and 身份证号; label keys and codes;
day counts (calendar and working days via chinese_calendar); amounts; no machine paths.
"""
from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from build import CASES, paginate  # noqa: E402
from common import check_credit_code, check_id_number, daxie, d  # noqa: E402

import chinese_calendar as cc  # noqa: E402

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


def wd_after(start: str, end: str) -> int:
    """Working days after `start` up to and including `end`."""
    a, b = d(start), d(end)
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            n += 1
    return n


def wd_end(start: str, n: int) -> str:
    x, k = d(start), 0
    while k < n:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            k += 1
    return x.isoformat()


def pages_of(case):
    cid, fmt = case["case_id"], case["fmt"]
    if fmt == "folder":
        texts = []
        for f in sorted((OUT / cid).glob("*.txt")):
            texts += f.read_text(encoding="utf-8").split("\f")
        return texts
    if fmt in ("gbk", "utf-8"):
        return (OUT / f"{cid}.txt").read_bytes().decode(fmt).split("\f")
    if fmt == "docx":
        from docx import Document
        dx = Document(str(OUT / f"{cid}.docx"))
        pages, cur = [], []
        for p in dx.element.body.iter():
            if p.tag.endswith("}t") and p.text:
                cur.append(p.text)
            if p.tag.endswith("}br") and p.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == "page":
                pages.append("".join(cur))
                cur = []
        pages.append("".join(cur))
        return pages
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(OUT / f"{cid}.pdf"))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def main():
    # size and paths
    total = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    ok(total < 3 * 1024 * 1024, f"folder too large: {total}")
    bad = ["/" + "work", "/" + "tmp", "/" + "home", "/" + "root", "C:" + "\\Users"]
    for f in OUT.rglob("*"):
        if f.is_file() and "__pycache__" not in f.parts:
            raw = f.read_bytes()
            for enc in ("utf-8", "gbk"):
                try:
                    txt = raw.decode(enc)
                    break
                except UnicodeDecodeError:
                    txt = raw.decode("latin-1")
            for b in bad:
                ok(b not in txt, f"{f.name}: contains a machine path {b!r}")

    labels = [json.loads(x) for x in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    ok(len(labels) == 7, "need 7 labels")
    valid = set(re.findall(r"- code: (\S+)", (Path(__file__).resolve().parents[0] / "defects_codes.txt").read_text()))
    allcodes = []
    for lab in labels:
        ok(list(lab) == ["case_id", "codes", "encoding", "notes", "fields"], f"{lab['case_id']}: key order")
        ok(lab["codes"] == sorted(lab["codes"]), "codes sorted")
        for c in lab["codes"]:
            ok(c in valid, f"unknown code {c}")
            ok(c not in ("SUBJ-04", "DISC-02"), "profile-dependent code used")
        allcodes += lab["codes"]
        p = lab["fields"]["party"]
        if p["credit_code"]:
            ok(check_credit_code(p["credit_code"]), f"{lab['case_id']}: credit code check digit")
        if p["id_number"]:
            ok(check_id_number(p["id_number"]), f"{lab['case_id']}: id number check digit")
    ok(len(allcodes) == len(set(allcodes)), "a code is used twice")
    ok(sum(1 for lab in labels if not lab["codes"]) == 2, "exactly two clean cases")
    ok(all(1 <= len(lab["codes"]) <= 3 for lab in labels if lab["codes"]), "1-3 codes per defective case")

    for name in CASES:
        mod = importlib.import_module(name)
        case = mod.build()
        cid = case["case_id"]
        flat, rows = paginate(case)
        pages = pages_of(case)
        ok(len(pages) == len(flat), f"{cid}: page count {len(pages)} != {len(flat)}")
        if case["fmt"] != "pdf-image":
            for n, t in enumerate(pages, start=1):
                ok(f"第{n}页" in t, f"{cid}: footer 第{n}页 missing")
        else:
            ok(all(not t.strip() for t in pages), f"{cid}: scan has a text layer")
        # 目录 vs real pagination
        real, pg = [], 2
        for dc in case["docs"]:
            n = len(dc["pages"])
            real.append(str(pg) if n == 1 else f"{pg}-{pg + n - 1}")
            pg += n
        listed = [r[3] for r in rows]
        mism = [i for i, (a, b) in enumerate(zip(real, listed)) if a != b]
        if cid.startswith("hd63_02"):
            ok(len(mism) >= 2, f"{cid}: planted 目录 mismatch missing")
        else:
            ok(not mism, f"{cid}: 目录 mismatch at {mism}")
        # the 目录 page text lists the ranges
        if case["fmt"] != "pdf-image":
            for r in listed:
                ok(r in pages[0], f"{cid}: 目录 range {r} not on page 1")
        # all identifiers that appear in text pass their check digits
        joined = "".join(pages)
        for m in re.findall(r"(?<![0-9A-Z])[0-9]{2}[0-9]{6}[0-9A-Z]{10}(?![0-9A-Z])", joined):
            if m[:2] in ("91", "92", "52"):
                ok(check_credit_code(m), f"{cid}: bad credit code {m}")
            elif re.fullmatch(r"[0-9]{17}[0-9X]", m):
                ok(check_id_number(m), f"{cid}: bad id {m}")
        lab = next(x for x in labels if x["case_id"] == cid)
        if lab["fields"]["party"]["credit_code"]:
            ok(lab["fields"]["party"]["credit_code"] in joined or case["fmt"] == "pdf-image", f"{cid}: credit code not in text")

    # GBK file really is GBK
    g = (OUT / "hd63_02_南海民政_养老服务协议.txt").read_bytes()
    try:
        g.decode("utf-8")
        ok(False, "GBK file decodes as UTF-8")
    except UnicodeDecodeError:
        pass

    # day counts and amounts, case by case
    c1 = importlib.import_module("case01").DATES
    ok(d(c1["decision"]) < d(c1["notice_served"]) + dt.timedelta(days=3), "case01: decision should fall inside the 3-day period")
    c2 = importlib.import_module("case02").D
    ok(wd_end(c2["notice_served"], 5) == "2021-09-22", "case02: 5 wd end")
    ok(d(c2["decision"]) > d("2021-09-22") and (d(c2["decision"]) - d(c2["filing"])).days <= 90, "case02: timing")
    m3 = importlib.import_module("case03")
    c3 = m3.D
    ok((d(c3["decision"]) - d(c3["filing"])).days == 101, "case03: 101 days")
    ok(d(c3["extend"]) < d(c3["filing"]) + dt.timedelta(days=90), "case03: extension before expiry")
    ok(d(c3["decision"]) <= d("2022-10-18"), "case03: decision inside extension")
    ok(wd_end(c3["notice_served"], 5) == "2022-09-20", "case03: 5 wd end")
    ok(wd_after(c3["decision"], c3["decision_served"]) == 4, "case03: 4 working days to service")
    ok(abs(sum(a for *_, a in m3.QUARTERS) - m3.LOSS) < 0.005, "case03: quarters sum")
    ok(abs(round(m3.LOSS * 1.2, 2) - m3.FINE) < 0.005, "case03: 1.2x")
    ok(daxie(m3.FINE) == "贰万贰仟壹佰贰拾叁元捌角", "case03: daxie")
    c4 = importlib.import_module("case04").D
    ok((d(c4["decision"]) - d(c4["filing"])).days <= 90, "case04: 90 days")
    m5 = importlib.import_module("case05")
    c5 = m5.D
    ok(sum(n * u for _, n, u in m5.TICKETS) == 28650 and m5.ILLEGAL == 29650, "case05: planted sum mismatch")
    ok(wd_after(c5["decision"], c5["decision_served"]) == 10, "case05: 10 working days to service")
    ok(wd_end(c5["notice_served"], 5) == "2023-09-15" and d(c5["decision"]) > d("2023-09-15"), "case05: hearing period")
    ok(daxie(m5.ILLEGAL + m5.FINE) == "陆万玖仟陆佰伍拾元整", "case05: daxie")
    m6 = importlib.import_module("case06")
    c6 = m6.D
    ok(cc.is_workday(d(c6["notice"])) and d(c6["notice"]).weekday() == 6, "case06: notice on a 调休 Sunday")
    ok(wd_end(c6["notice_served"], 5) == "2024-05-11", "case06: 5 wd end (Saturday 调休)")
    ok(not cc.is_workday(d("2024-06-08")) and not cc.is_workday(d("2024-06-10")) and cc.is_workday(d("2024-06-11")), "case06: 端午")
    ok((d(c6["decision"]) - d(c6["filing"])).days == 71, "case06: 71 days")
    ok(28840 + 28000 == m6.ILLEGAL + m6.FINE, "case06: instalments")
    m7 = importlib.import_module("case07")
    ok(m7.FINE > 200, "case07: planted 简易 excess")
    c1_days = (d(c1["decision"]) - d(c1["filing"])).days
    ok(c1_days <= 90, "case01: 90 days")

    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
