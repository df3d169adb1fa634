"""Re-derive what can be checked from the built heldout71 corpus and print ALL PASS.

Usage: python3 _build/check.py   (needs pypdf, pillow, lxml, chinese_calendar)
"""
import datetime as dt
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

from common import (D, days_between, fmt_date, id_ok, org_code, regno15_ok, rmb_upper,  # noqa: E402
                    uscc_ok, workdays_after)

VALID = """SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05
PROC-01 PROC-02 PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13
DISC-01 DISC-02 DISC-03 DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02 SERV-03
EXEC-01 EXEC-02 ARCH-01""".split()

FAIL = []


def ok(cond, msg):
    print(("  ok   " if cond else "  FAIL ") + msg)
    if not cond:
        FAIL.append(msg)


def norm(s):
    return re.sub(r"\s+", "", s)


# ------------------------------------------------------------------ extraction
def pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def docx_text(path):
    x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    x = x.replace('<w:br w:type="page"/>', "\f").replace("</w:p>", "\n").replace("</w:tc>", " ")
    return re.sub(r"<[^>]+>", "", x)


def ofd_pages(path):
    from lxml import etree
    z = zipfile.ZipFile(path)
    ns = {"ofd": "http://www.ofdspec.org/2016"}
    for n in z.namelist():
        if n.endswith(".xml"):
            etree.fromstring(z.read(n))          # well-formed
    root = etree.fromstring(z.read("OFD.xml"))
    docroot = root.find(".//ofd:DocRoot", ns).text
    base = os.path.dirname(docroot)
    doc = etree.fromstring(z.read(docroot))
    out = []
    for pg in doc.findall(".//ofd:Pages/ofd:Page", ns):
        x = etree.fromstring(z.read(base + "/" + pg.get("BaseLoc")))
        out.append("\n".join(t.text or "" for t in x.findall(".//ofd:TextCode", ns)))
    res = etree.fromstring(z.read(base + "/DocumentRes.xml"))
    for m in res.findall(".//ofd:MediaFile", ns):
        ok(base + "/Res/" + m.text in z.namelist(), f"OFD media {m.text} present")
    return out


def title_on_page(title, page):
    """The page opens with (a variant of) the document title: some 2-character piece of the title
    occurs in the first 100 characters of the page."""
    t = norm(re.sub(r"（.*?）", "", title))
    head = norm(page)[:100]
    return any(t[i:i + 2] in head for i in range(len(t) - 1))


def any_date_style(text, iso):
    return any(norm(fmt_date(iso, s)) in text for s in ("std", "pad", "cn", "cno", "fw", "dot", "iso"))


def any_money(text, n):
    forms = {f"{n}", f"{n:,}", f"{n:.2f}", f"{n:,.2f}", rmb_upper(n)}
    return any(f in text for f in forms)


# ------------------------------------------------------------------ main
def main():
    labels = [json.loads(ln) for ln in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    expect = json.load(open(os.path.join(HERE, "expect.json"), encoding="utf-8"))
    print("labels")
    ok(len(labels) == 8, "8 cases labelled")
    counts = {}
    for lab in labels:
        ok(set(lab) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{lab['case_id']}: label keys")
        f = lab["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{lab['case_id']}: fields keys")
        ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, f"{lab['case_id']}: party keys")
        ok(f["party"]["kind"] in ("单位", "个人", "个体工商户"), f"{lab['case_id']}: party kind")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{lab['case_id']}: date keys")
        ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{lab['case_id']}: procedure")
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty")
               and c["law"].startswith("《") and isinstance(c["article"], int), f"{lab['case_id']}: citation shape {c['law']}{c['article']}")
        for c in lab["codes"]:
            ok(c in VALID, f"{lab['case_id']}: code {c} is a contract code")
            counts[c] = counts.get(c, 0) + 1
        entries = [e for e in os.listdir(ROOT) if os.path.splitext(e)[0] == lab["case_id"] or e == lab["case_id"]]
        ok(len(entries) == 1, f"{lab['case_id']}: exactly one file or folder ({entries})")
        is_txt = entries and entries[0].endswith(".txt")
        ok((lab["encoding"] is not None) == bool(is_txt), f"{lab['case_id']}: encoding given only for plain text")
    ok(all(v <= 2 for v in counts.values()), f"each code at most twice ({max(counts.values())} max)")
    ok(sum(1 for lab in labels if not lab["codes"]) == 2, "exactly two clean cases")
    fams = {c.split("-")[0] for c in counts}
    ok(len(fams) == 9, f"families covered: {sorted(fams)}")

    for lab in labels:
        cid, f = lab["case_id"], lab["fields"]
        e = expect[cid]
        print(cid, e["kind"])
        party = f["party"]
        if party["credit_code"]:
            ok(uscc_ok(party["credit_code"]), f"credit code {party['credit_code']} passes GB 32100")
        if party["id_number"]:
            ok(id_ok(party["id_number"]), f"id number {party['id_number']} passes GB 11643")
        for i in e.get("ids", []):
            ok(id_ok(i), f"id in file {i} passes GB 11643")
        if e.get("regno"):
            ok(regno15_ok(e["regno"]), f"15-digit registration number {e['regno']} check digit")
        if e.get("org"):
            ok(org_code(e["org"][:8]) == e["org"], f"organisation code {e['org']} check digit")
        ds = f["dates"]
        seq = [ds[k] for k in ("filing", "notice", "decision", "decision_served") if ds[k]]
        ok(seq == sorted(seq), "label dates in procedural order")
        print(f"       filing→decision {days_between(ds['filing'], ds['decision'])} d; "
              f"decision→served {workdays_after(ds['decision'], ds['decision_served'])} working days "
              f"({days_between(ds['decision'], ds['decision_served'])} calendar)")

        path = os.path.join(ROOT, e["path"])
        text, pages = "", None
        kind = e["kind"]
        if kind == "pdf":
            pages = pdf_pages(path)
            ok(len(pages) == e["pages"], f"PDF has {e['pages']} pages")
            ok(all(p.strip() for p in pages), "every page has a text layer")
            text = norm("".join(pages))
        elif kind == "scan":
            from pypdf import PdfReader
            r = PdfReader(path)
            ok(len(r.pages) == e["pages"], f"scanned PDF has {e['pages']} pages")
            ok(all(not (p.extract_text() or "").strip() for p in r.pages), "no text layer on any page")
            dct = 0
            for p in r.pages:
                xo = p["/Resources"]["/XObject"]
                for v in xo.values():
                    dct += v.get_object().get("/Filter") in ("/DCTDecode", ["/DCTDecode"])
            ok(dct == len(r.pages), "one JPEG image per page")
        elif kind == "photos":
            from PIL import Image
            names = sorted(os.listdir(path))
            ok(names == sorted(e["files"]) and names == e["files"], f"{len(names)} photos, names in page order")
            sizes = []
            for n in names:
                im = Image.open(os.path.join(path, n))
                im.verify()
                im = Image.open(os.path.join(path, n))
                sizes.append(max(im.size))
                ok(im.format == "JPEG" and im.mode == "RGB", f"{n} is a colour JPEG") if n == names[0] else None
            ok(max(sizes) <= 1600, f"long side ≤ 1600 px (max {max(sizes)})")
        elif kind == "folder":
            names = sorted(os.listdir(path))
            ok(names == sorted(e["files"]), f"{len(names)} files, one per document")
            ok({n.rsplit('.', 1)[1] for n in names} == {"pdf", "docx", "txt"}, "mixed PDF/DOCX/TXT")
            parts = []
            for n in names:
                p = os.path.join(path, n)
                if n.endswith(".pdf"):
                    t = "".join(pdf_pages(p))
                elif n.endswith(".docx"):
                    t = docx_text(p)
                else:
                    raw = open(p, "rb").read()
                    t = raw.decode("utf-8-sig")
                for s in e["must"].get(n, []):
                    ok(norm(s) in norm(t), f"{n} contains {s}")
                parts.append(t)
            text = norm("".join(parts))
            ok(not uscc_ok(e["bad_code"]), f"decision's credit code {e['bad_code']} fails GB 32100 (DOC-06)")
            ok(e["bad_code"] in text and party["credit_code"] in text, "both codes occur in the folder")
        elif kind == "docx":
            raw = docx_text(path)
            text = norm(raw)
            z = zipfile.ZipFile(path)
            xml = z.read("word/document.xml").decode()
            ok(xml.count("<w:sectPr") == 3, "three sections")
            ok("txbxContent" in xml and "<w:tbl>" in xml and "PAGE" in "".join(
                z.read(n).decode() for n in z.namelist() if n.startswith("word/footer")), "text boxes, tables, PAGE field")
            body = raw.split("\f")
            npages = e["pages"][-1][2]
            ok(xml.count('w:type="page"') == npages, f"explicit page breaks give {npages}+1 body pages")
        elif kind == "text":
            raw = open(path, "rb").read()
            enc = lab["encoding"]
            ok(enc == e["encoding"], f"labelled encoding {enc}")
            t = raw.decode(enc)
            if enc == "gb18030":
                try:
                    raw.decode("gbk")
                    ok(False, "file needs GB18030 (not decodable as GBK)")
                except UnicodeDecodeError:
                    ok(True, "file needs GB18030 (not decodable as GBK)")
            if e["eol"] == "CRLF":
                ok(raw.count(b"\r\n") == raw.count(b"\n") > 0, "CRLF line ends only")
            else:
                ok(b"\r" not in raw, "LF line ends only")
            text = norm(t)
        elif kind == "ofd":
            pages = ofd_pages(path)
            ok(len(pages) == e["pages"], f"OFD has {e['pages']} pages")
            text = norm("".join(pages))

        if text:
            for s in e.get("must", []) if isinstance(e.get("must"), list) else []:
                ok(norm(s) in text, f"text contains {s}")
            ok(norm(f["agency"]) in text, "agency in text")
            ok(norm(party["name"]) in text, "party name in text")
            if party["credit_code"] and kind != "folder":
                ok(party["credit_code"] in text, "credit code in text")
            if party["id_number"]:
                ok(party["id_number"] in text, "id number in text")
            ok(any_money(text, f["penalty"]["fine_yuan"]), "fine amount in text")
            for k, v in ds.items():
                if v:
                    ok(any_date_style(text, v), f"{k} date {v} in text")
            for c in f["citations"]:
                ok(norm(c["law"]) in text, f"{c['law']} cited in text")

        # page ranges of the 卷内目录 against the pages themselves
        if kind in ("pdf", "ofd") and pages:
            numbered = {}
            for p in pages:
                m = re.findall(r"(?:^|\n)\s*(?:第\s*)?(\d{1,2})\s*(?:页)?\s*(?:\n|$)", p)
                if m:
                    numbered[int(m[-1])] = norm(p)
            miss = [(t, a) for t, a, b in e["ranges"] if not (a in numbered and title_on_page(t, numbered[a]))]
            ok(not miss, f"each 卷内目录 item starts on the page the 目录 gives {miss}")
            toc = norm(pages[1])
            pos, inorder = 0, True
            for t, a, b in e["ranges"]:
                r = f"{a}-{b}" if a != b else str(a)
                i = toc.find(r, pos)
                inorder &= i >= 0
                pos = max(pos, i)
            ok(inorder, "目录 page ranges appear in order")
        if kind == "scan":
            ok([tuple(x) for x in e["listed"]] != [tuple(x) for x in e["ranges"]], "卷内目录 ranges differ from the pages (ARCH-01)")
            diff = [(a, b) for a, b in zip(e["listed"], e["ranges"]) if a != b]
            print(f"       目录 vs actual, first difference: {diff[0]}")
        if kind == "docx":
            rows = re.findall(r"(\d+)\s+(\S+?)\s+(\d{4}年\d{1,2}月\d{1,2}日)\s+(\d+(?:-\d+)?)", raw.split("\f")[1])
            got = [(t, r) for _, t, _, r in rows]
            want = [(t, f"{a}-{b}" if a != b else str(a)) for t, a, b in e["pages"]]
            ok(got == want, "卷内目录 rows match the page breaks")
        if kind == "text":
            sep = "\f" if e["eol"] == "LF" else "=" * 38
            tpages = t.split(sep)
            nums = {}
            for p in tpages:
                m = re.findall(r"(?:－|第 )(\d+)(?:－| 页)", p)
                if m:
                    nums[int(m[-1])] = norm(p)
            miss = [(tt, a) for tt, a, b in e["ranges"] if not (a in nums and title_on_page(tt, nums[a]))]
            ok(not miss, f"each 卷内目录 item starts on the page the 目录 gives {miss}")

    # ---------------------------------------------------------- case arithmetic the labels rely on
    print("arithmetic and day counts")
    L = {lab["case_id"]: lab for lab in labels}
    E = expect
    s = E["h71-04"]["sums"]
    raw = open(os.path.join(ROOT, "h71-04.txt"), "rb").read().decode("gbk")
    table = [int(x) for x in re.findall(r"\n2012年[^\n]*?\s(\d{3})\s+3\s+\d+", raw)]
    ok(table == s["persons"], f"h71-04 statistics table rows {table}")
    ok(sum(table) * s["fee"] != s["stated"] and f"{s['stated']}元" in raw,
       f"h71-04 stated 违法所得 {s['stated']} ≠ {sum(table)}×{s['fee']}={sum(table) * s['fee']} (EVID-03)")
    late_days = (D("2012-06-08") - D("2012-05-03")).days + 1
    ok(late_days == s["late_days"] and s["late"] == s["fine"] * 3 * late_days // 100 > s["fine"],
       f"h71-04 加处罚款 {s['late']} = {s['fine']}×3%×{late_days} exceeds the fine (EXEC-02)")
    ok("第十三条的规定" in norm(raw) and "第十三条第（三）项" not in norm(raw), "h71-04 处罚规定第十三条 cited without 项 (LAW-02)")

    s = E["h71-02"]["sums"]
    ok(s["qty"] * s["price"] == s["value"] and s["fine"] < s["value"], "h71-02 货值 and 减轻 below 等值")
    ok(sum(s["inst"]) == s["fine"], "h71-02 instalments add up to the fine")
    d2 = L["h71-02"]["fields"]["dates"]
    seventh = D(d2["decision"]) + dt.timedelta(7)
    import chinese_calendar as cc
    ok(cc.is_holiday(seventh) and D(d2["decision_served"]) > seventh and
       all(cc.is_holiday(D(d2["decision"]) + dt.timedelta(k)) or k < 5 for k in range(7, 12)),
       f"h71-02 7th calendar day {seventh} is a holiday; served on the first day after the holiday")
    ok(workdays_after(d2["decision"], d2["decision_served"]) <= 7, "h71-02 service within 7 working days")

    d5 = L["h71-01"]["fields"]["dates"]
    ok(days_between(d5["filing"], d5["decision"]) > 90, "h71-01 decision more than 90 days after 立案 (PROC-03)")
    wd = workdays_after(d5["decision"], d5["decision_served"])
    no_tiaoxiu = sum(1 for k in range(1, days_between(d5["decision"], d5["decision_served"]) + 1)
                     if (D(d5["decision"]) + dt.timedelta(k)).weekday() < 5 and
                     not cc.is_holiday(D(d5["decision"]) + dt.timedelta(k)))
    ok(wd == 8 and no_tiaoxiu == 7, f"h71-01 service on working day {wd} (7 if 调休 ignored) (SERV-01)")

    d1 = L["h71-05"]["fields"]["dates"]
    ok(workdays_after("2021-11-17", d1["decision"]) < 5, "h71-05 decision inside the 5-working-day period (PROC-05)")
    d6 = L["h71-06"]["fields"]["dates"]
    ok(workdays_after(d6["decision"], d6["decision_served"]) == 4 and days_between(d6["decision"], d6["decision_served"]) == 13,
       "h71-06 served on working day 4 (13 calendar days)")
    d3 = L["h71-03"]["fields"]["dates"]
    ok(d3["decision"] >= "2024-01-01", "h71-03 decision after 2024-01-01 (复议 channel rule applies)")
    d7 = L["h71-07"]["fields"]
    ok(d7["penalty"]["fine_yuan"] == 30000 and d7["party"]["kind"] == "个人", "h71-07 fine and party kind")
    d8 = E["h71-08"]
    ok(round(312.6 + 188.4, 1) == 501.0 and int(501.0 * 200) == L["h71-08"]["fields"]["penalty"]["fine_yuan"],
       "h71-08 area and fine arithmetic")

    # ---------------------------------------------------------- size, paths, leftovers
    print("folder")
    total, bad = 0, []
    pats = [b"/" + p + b"/" for p in (b"tmp", b"work", b"root", b"home")]
    for dp, dn, fn in os.walk(ROOT):
        for n in fn:
            p = os.path.join(dp, n)
            total += os.path.getsize(p)
            data = open(p, "rb").read()
            blobs = [data]
            if n.endswith((".docx", ".ofd")):
                z = zipfile.ZipFile(io.BytesIO(data))
                blobs += [z.read(i) for i in z.namelist()]
            in_build = os.path.basename(dp) == "_build"
            for b in blobs:
                for pat in pats + ([] if in_build else [b"/" + b"usr/"]):
                    if pat in b:
                        bad.append((os.path.relpath(p, ROOT), pat.decode()))
    ok(total < 3_000_000, f"folder size {total} bytes < 3 MB")
    ok(not bad, f"no machine paths in outputs {bad}")
    ok(not os.path.exists(os.path.join(HERE, "__pycache__")), "no __pycache__")
    print(f"{len(FAIL)} failure(s)" if FAIL else "ALL PASS")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
