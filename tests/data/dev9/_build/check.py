"""Verify the built dev9 corpus against its own model and against the law arithmetic.

    python3 check.py        # prints one line per check group and ALL PASS at the end

Checks: folder size; page counts per file; printed page numbers; every document found on the page
the model puts it; 卷内目录 ranges against the real pages (the planted ARCH-01 must be the only
mismatch); credit-code and ID check digits; 大写/小写 amount pairs; day counts (working days with
chinese_calendar); no machine path in any file; labels.jsonl shape and code distribution.
"""

import io
import json
import os
import re
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build  # noqa: E402
import render  # noqa: E402
from common import (credit_ok, d, days_between, id_ok, is_workday, money_upper, nth_workday_after,  # noqa: E402
                    workdays_after)

FAILS = []
RANGE = re.compile(r"^\d+(?:[-—至]\d+)?$")


def ok(cond, msg):
    if not cond:
        FAILS.append(msg)
    return cond


def norm(s):
    return re.sub(r"[\s　│─┼├┤┌┐└┘┬┴]", "", s)


def footer_re(case):
    pat = re.escape(case.footer).replace(re.escape("{n}"), r"(\d+)")
    return re.compile(r"^\s*" + pat + r"\s*$", re.M)


# ----------------------------------------------------------------------------- reading files

def docx_pages(path):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(path)
    pages, cur = [], []
    body = doc.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            txt = "".join(t.text or "" for t in child.iter(qn("w:t")))
            cur.append(txt)
            if any(br.get(qn("w:type")) == "page" for br in child.iter(qn("w:br"))):
                pages.append("\n".join(cur))
                cur = []
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    cells.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
                cur.append("│".join(cells))
    if any(x.strip() for x in cur):
        pages.append("\n".join(cur))
    return pages


def read_pages(case, docs):
    """Physical page texts as the file holds them (the scan: the model's text)."""
    path = build.out_path(case)
    fmt = case.fmt
    if fmt == "folder":
        files = sorted(os.listdir(path))
        ok(len(files) == len(docs), f"{case.case_id}: {len(files)} files for {len(docs)} documents")
        pages = []
        for f, doc in zip(files, docs):
            t = open(os.path.join(path, f), encoding="utf-8").read()
            ps = t.split("\f")
            ok(len(ps) == len(doc.pages), f"{case.case_id}/{f}: {len(ps)} pages, model {len(doc.pages)}")
            pages += ps
        return pages
    if fmt in ("utf8", "utf8box"):
        return open(path, encoding="utf-8").read().split("\f")
    if fmt == "gbk":
        raw = open(path, "rb").read()
        try:
            raw.decode("utf-8")
            ok(False, f"{case.case_id}: GBK file also decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("gbk").replace("\r\n", "\n")
        ok("\f" not in text, f"{case.case_id}: GBK file should have no form feeds")
        fr = footer_re(case)
        pages, cur = [], []
        for line in text.split("\n"):
            cur.append(line)
            if fr.match(line):
                pages.append("\n".join(cur))
                cur = []
        ok(not "".join(cur).strip(), f"{case.case_id}: text after the last footer")
        return pages
    if fmt == "docx":
        return docx_pages(path)
    if fmt in ("pdf-table", "pdf-prose"):
        import pypdf
        return [p.extract_text() for p in pypdf.PdfReader(path).pages]
    if fmt == "pdf-image":
        import pypdf
        r = pypdf.PdfReader(path)
        ok(all(not (p.extract_text() or "").strip() for p in r.pages), f"{case.case_id}: scan has a text layer")
        ok(all(len(p.images) == 1 for p in r.pages), f"{case.case_id}: scan pages should hold one image each")
        model = render.render_text_pages(case, build.page_list(docs), {})
        ok(len(r.pages) == len(model), f"{case.case_id}: scan has {len(r.pages)} pages, model {len(model)}")
        return model
    raise ValueError(fmt)


# ----------------------------------------------------------------------------- 目录 rows

def toc_rows(case, docs, pages):
    """seq -> (title cell, range cell) as written in the 卷内目录."""
    rows = {}

    def take(cells):
        cells = [c.strip() for c in cells]
        if len(cells) >= 3 and cells[0].isdigit():
            rng = [c for c in cells[2:] if RANGE.match(c)]
            if rng:
                rows[cells[0]] = (cells[1], rng[-1])

    if case.fmt in ("pdf-table",):
        import pymupdf
        page = pymupdf.open(build.out_path(case))[0]
        lines = {}
        for x0, y0, x1, y1, w, *_ in page.get_text("words"):
            lines.setdefault(round(y1), []).append((x0, w))
        for y in sorted(lines):
            take([w for _, w in sorted(lines[y])])
        return rows
    if case.fmt == "pdf-prose":
        for line in pages[0].split("\n"):
            take(line.split("　"))
        return rows
    for line in pages[0].split("\n"):
        s = line.strip()
        if "│" in s:
            take(s.strip("│").split("│"))
        else:
            take(re.split(r"\s{2,}", s))
    return rows


# ----------------------------------------------------------------------------- per case

def check_case(case):
    docs = build.paginate(case)
    pages = read_pages(case, docs)
    nphys = sum(len(x.pages) for x in docs)
    ok(len(pages) == nphys, f"{case.case_id}: {len(pages)} pages read, model {nphys}")
    fr = footer_re(case)
    printed = []
    for i, t in enumerate(pages):
        m = fr.search(t)
        printed.append(int(m.group(1)) if m else None)
    expected = [doc.printed[k] for doc in docs for k in range(len(doc.pages))]
    ok(printed == expected, f"{case.case_id}: printed numbers {printed} != {expected}")

    # every document starts on the page the model says (anchor in the page head)
    starts = []
    ptr = 0
    for doc in docs:
        anchors = [doc.anchor, doc.title.split("（")[0]]
        found = None
        for i in range(ptr, len(pages)):
            head = norm(pages[i])[:160]
            if any(norm(a) in head for a in anchors):
                found = i
                break
        ok(found == doc.phys[0] - 1, f"{case.case_id}: '{doc.title}' found on page {None if found is None else found + 1}, "
                                      f"model {doc.phys[0]}")
        starts.append(found if found is not None else doc.phys[0] - 1)
        ptr = starts[-1] + 1
    starts.append(len(pages))

    # actual printed range of each document, from the files
    actual = {}
    for k, doc in enumerate(docs):
        a, b = printed[starts[k]], printed[starts[k + 1] - 1]
        actual[doc.title] = (a, b)

    # 卷内目录 as written vs the real pages
    rows = toc_rows(case, docs, pages)
    entries = build.toc_entries(case, docs)
    ok(len(rows) == len(entries), f"{case.case_id}: 目录 has {len(rows)} rows, model {len(entries)}")
    mismatches = []
    for i, (doc, a, b) in enumerate(entries, 1):
        row = rows.get(str(i))
        if not ok(row is not None, f"{case.case_id}: 目录 row {i} not found"):
            continue
        title, rng = row
        ok(norm(title)[:4] == norm(doc.title)[:4], f"{case.case_id}: 目录 row {i} is '{title}', expected '{doc.title}'")
        ok(rng == build.fmt_range(case, a, b), f"{case.case_id}: 目录 row {i} range {rng} != model")
        if actual[doc.title] != (a, b):
            mismatches.append(doc.title)
    omitted = case.toc_override.get("omit", [])
    if omitted:
        listed = {e[0].title for e in entries}
        ok(all(t not in listed for t in omitted), f"{case.case_id}: omitted document listed")
        ok(len(mismatches) > 0, f"{case.case_id}: planted 目录 error not visible")
        ok("ARCH-01" in case.label["codes"], f"{case.case_id}: 目录 error without ARCH-01 label")
    else:
        ok(not mismatches, f"{case.case_id}: 目录 ranges wrong for {mismatches}")
        ok("ARCH-01" not in case.label["codes"], f"{case.case_id}: ARCH-01 labelled but 目录 matches")

    text = "\n".join(pages)
    # identifiers
    for tok in set(re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY](?![0-9A-Z])", text)):
        if tok[:2] in ("91", "92", "93"):
            ok(credit_ok(tok), f"{case.case_id}: credit code {tok} fails GB 32100/GB 11714")
    ids = set(re.findall(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])", text))
    for tok in ids:
        if tok[:2] not in ("91", "92", "93"):
            ok(id_ok(tok), f"{case.case_id}: ID number {tok} fails GB 11643")
    party = case.label["fields"]["party"]
    if party["credit_code"]:
        ok(credit_ok(party["credit_code"]) and party["credit_code"] in text, f"{case.case_id}: label credit code")
    if party["id_number"]:
        ok(id_ok(party["id_number"]) and party["id_number"] in text, f"{case.case_id}: label id number")
    ok(party["name"] in text, f"{case.case_id}: party name not in text")

    # 大写/小写 pairs
    for up, small in re.findall(r"([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]{3,})[（(][¥￥]([\d,]+\.\d{2})[）)]", text):
        ok(money_upper(float(small.replace(",", ""))) == up, f"{case.case_id}: {up} != {small}")
    fine = case.label["fields"]["penalty"]["fine_yuan"]
    ok(money_upper(fine) in text, f"{case.case_id}: fine {fine} not written in capitals")
    return len(pages)


# ----------------------------------------------------------------------------- day counts

def check_days(cases):
    by = {c.case_id[:7]: c for c in cases}
    out = []
    for c in cases:
        D = c.label["dates_all"]
        order = [k for k in ("filing", "inspection", "report", "legal_review", "collective", "notice", "notice_served",
                             "statement", "decision", "decision_served", "payment", "closing") if k in D]
        for a, b in zip(order, order[1:]):
            ok(D[a] <= D[b], f"{c.case_id}: {a} {D[a]} after {b} {D[b]}")
        if "filing" in D:
            dd = days_between(D["filing"], D["decision"])
            if c.case_id.startswith("dev9_04"):
                ok(dd > 90, "case04: planted PROC-03 needs > 90 days")
            elif "extension" in D:
                ok(dd <= 120 and days_between(D["filing"], D["extension"]) <= 90, f"{c.case_id}: extension")
            else:
                ok(dd <= 90, f"{c.case_id}: decision {dd} days after filing")
            out.append(f"{c.case_id[:7]} filing→decision {dd} d")
        if "decision_served" in D:
            wd = workdays_after(D["decision"], D["decision_served"])
            if c.case_id.startswith("dev9_01"):
                ok(wd > 7, "case01: planted SERV-01 needs > 7 working days")
            else:
                ok(wd <= 7, f"{c.case_id}: decision served after {wd} working days")
            out.append(f"{c.case_id[:7]} decision→served {wd} wd / {days_between(D['decision'], D['decision_served'])} d")
    # statement/hearing period stated in each 告知书, counted from service
    periods = {"dev9_01": ("cal", 3), "dev9_02": ("wd", 5), "dev9_03": ("cal", 3), "dev9_04": ("wd", 5),
               "dev9_05": ("wd", 3), "dev9_06": ("wd", 5), "dev9_08": ("wd", 5)}
    for key, (kind, n) in periods.items():
        D = by[key].label["dates_all"]
        end = nth_workday_after(D["notice_served"], n) if kind == "wd" else \
            (d(D["notice_served"]).toordinal() + n)
        end = end if isinstance(end, str) else d(D["notice_served"]).fromordinal(end).isoformat()
        ok(D["decision"] > end, f"{key}: decision {D['decision']} not after period end {end}")
        out.append(f"{key} period ends {end}, decision {D['decision']}")
    # payments within 15 days of receipt (instalments: by the approved dates)
    for c in cases:
        D = c.label["dates_all"]
        if "payment" in D:
            ok(days_between(D["decision_served"], D["payment"]) <= 15, f"{c.case_id}: payment late")
    D8 = by["dev9_08"].label["dates_all"]
    ok(D8["payment1"] <= "2023-10-24" and D8["payment2"] <= "2023-12-25", "case08 instalments late")
    # publication within 7 working days (市场监管: 20)
    for c in cases:
        D = c.label["dates_all"]
        if "publication" in D:
            lim = 20 if c.case_id.startswith("dev9_03") else 7
            ok(workdays_after(D["decision"], D["publication"]) <= lim, f"{c.case_id}: publication late")
    # the holiday traps in the clean cases
    D5 = by["dev9_05"].label["dates_all"]
    ok(is_workday(d("2017-09-30")) and d("2017-09-30").weekday() == 5, "2017-09-30 should be a 调休 Saturday")
    naive = nth_workday_after_naive(D5["notice_served"], 3)
    ok(naive == D5["decision"], "case05 trap: naive count should end on the decision day")
    ok(is_workday(d("2023-06-25")) and is_workday(d("2025-04-27")), "调休 Sundays")
    ok(workdays_after(D8["decision"], D8["decision_served"]) == 5 and
       days_between(D8["decision"], D8["decision_served"]) == 13, "case08 service 5 wd / 13 d")
    ok(nth_workday_after(by["dev9_06"].label["dates_all"]["notice_served"], 5) == "2025-05-06", "case06 period")
    ok(workdays_after(by["dev9_01"].label["dates_all"]["decision"], by["dev9_01"].label["dates_all"]["decision_served"]) == 16,
       "case01 16 working days")
    return out


def nth_workday_after_naive(start, n):
    """Working days counted as Monday–Friday minus nothing: the mistake a calendar without 调休 makes."""
    import datetime as dt
    cur, k = d(start), 0
    while k < n:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5 and not (dt.date(2017, 10, 2) <= cur <= dt.date(2017, 10, 6)):
            k += 1
    return cur.isoformat()


# ----------------------------------------------------------------------------- arithmetic in labels

def check_amounts(cases):
    import case03
    import case04
    import case06
    import case08
    ok(abs(case03.TRUE_VALUE - 394.20) < 1e-6 and case03.STATED_VALUE != case03.TRUE_VALUE, "case03 EVID-03 arithmetic")
    ok(case04.AREA == 560 and case04.FINE == 112000 and 100 <= case04.RATE <= 1000, "case04 area × rate")
    ok(case06.FINE == 23790 and case06.FINE > case06.COST * 0.10, "case06 LAW-05 above 10%")
    ok(case08.INST1 + case08.INST2 == case08.FINE and case08.GAIN == 2678.0, "case08 instalments")
    c7 = [c for c in cases if c.case_id.startswith("dev9_07")][0]
    ok(c7.label["fields"]["penalty"]["fine_yuan"] > 200 and c7.label["fields"]["penalty"]["procedure"] == "简易",
       "case07 PROC-10 needs > 200 on the spot")


# ----------------------------------------------------------------------------- files

def check_files():
    total = 0
    roots = [b"/" + w for w in (b"work", b"tmp", b"home/", b"root/", b"Users/")]
    bad = re.compile(b"|".join(re.escape(r) for r in roots))
    for root, dirs, files in os.walk(OUT):
        if "__pycache__" in root:
            continue
        for f in files:
            p = os.path.join(root, f)
            total += os.path.getsize(p)
            if os.path.relpath(p, OUT).startswith("_build"):
                continue
            blobs = [open(p, "rb").read()]
            if f.endswith(".docx"):
                z = zipfile.ZipFile(p)
                blobs += [z.read(n) for n in z.namelist()]
            if f.endswith(".pdf"):
                for m in re.finditer(rb"stream\r?\n(.*?)endstream", blobs[0], re.S):
                    try:
                        blobs.append(zlib.decompress(m.group(1)))
                    except zlib.error:
                        pass
            for b in blobs:
                m = bad.search(b)
                ok(m is None, f"{f}: contains a machine path {m.group(0) if m else ''}")
    # sources too: no absolute path may be written into the generators either
    for f in os.listdir(HERE):
        if f.endswith(".py"):
            src = open(os.path.join(HERE, f), encoding="utf-8").read()
            ok(not any(("/" + w) in src for w in ("work", "tmp", "home")), f"_build/{f}: absolute path")
    ok(total < 3 * 1024 * 1024, f"folder is {total} bytes, limit 3 MB")
    return total


def check_labels(cases):
    path = os.path.join(OUT, "labels.jsonl")
    recs = [json.loads(x) for x in open(path, encoding="utf-8") if x.strip()]
    ok(len(recs) == 8, "labels.jsonl must have 8 records")
    keys = ["case_id", "codes", "encoding", "notes", "fields"]
    allcodes = []
    known = None
    ddir = os.path.join(OUT, "..", "..", "..", "..", "shared", "contract", "defects.yaml")
    if os.path.exists(ddir):
        known = set(re.findall(r"- code: ([A-Z]+-\d+)", open(ddir, encoding="utf-8").read()))
    ids = {c.case_id for c in cases}
    for r in recs:
        ok(list(r) == keys, f"{r.get('case_id')}: key order {list(r)}")
        ok(list(r["fields"]) == ["agency", "party", "penalty", "dates", "citations"], "fields key order")
        ok(list(r["fields"]["party"]) == ["name", "kind", "credit_code", "id_number"], "party key order")
        ok(r["case_id"] in ids, f"unknown case {r['case_id']}")
        ok(r["codes"] == sorted(r["codes"]), f"{r['case_id']}: codes not sorted")
        ok(len(r["codes"]) <= 3, f"{r['case_id']}: more than 3 codes")
        ok(not {"SUBJ-04", "DISC-02"} & set(r["codes"]), f"{r['case_id']}: profile-dependent code labelled")
        if known:
            ok(set(r["codes"]) <= known, f"{r['case_id']}: unknown code")
        ok(r["fields"]["party"]["kind"] in ("单位", "个体工商户", "个人"), "party kind")
        for c in r["fields"]["citations"]:
            ok(c["law"].startswith("《") and c["role"] in ("violated", "penalty"), "citation shape")
        allcodes += r["codes"]
    ok(len(allcodes) == len(set(allcodes)), "a code is used twice")
    ok(sum(1 for r in recs if not r["codes"]) == 2, "exactly two clean cases")
    ok(11 <= len(allcodes) <= 14, f"{len(allcodes)} codes in all")
    fams = {c.split("-")[0] for c in allcodes}
    return len(allcodes), sorted(fams)


def main():
    cases = build.load_cases()
    for c in cases:
        n = check_case(c)
        print(f"{c.case_id:26s} {c.fmt:10s} {n:3d} pages  codes={c.label['codes']}")
    for line in check_days(cases):
        print("  " + line)
    check_amounts(cases)
    total = check_files()
    ncodes, fams = check_labels(cases)
    print(f"size {total / 1024:.0f} KiB; {ncodes} codes over families {fams}")
    if FAILS:
        for f in FAILS:
            print("FAIL:", f)
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
