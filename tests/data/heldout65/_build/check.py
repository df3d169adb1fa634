# -*- coding: utf-8 -*-
"""Re-derive what can be derived from the heldout65 outputs and compare with labels.jsonl.
Run: python3 _build/check.py   (prints ALL PASS when every check holds)"""
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile

import chinese_calendar
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import credit_ok, id_ok, workdays_after, add_workdays, daxie  # noqa: E402

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


CODES = set("""SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05
PROC-01 PROC-02 PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13
DISC-01 DISC-02 DISC-03 DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02 SERV-03
EXEC-01 EXEC-02 ARCH-01""".split())
D = dt.date.fromisoformat


# ------------------------------------------------------------------ text extraction per page
def docx_pages(path):
    from docx import Document
    from docx.oxml.ns import qn
    d = Document(path)
    pages, cur = [], []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            t = "".join(x.text or "" for x in el.iter(qn("w:t")))
            cur.append(t)
            if any(br.get(qn("w:type")) == "page" for br in el.iter(qn("w:br"))):
                pages.append("\n".join(cur))
                cur = []
        elif el.tag == qn("w:tbl"):
            cur.append("\n".join("".join(x.text or "" for x in tc.iter(qn("w:t"))) for tc in el.iter(qn("w:tc"))))
    pages.append("\n".join(cur))
    return pages


def pdf_pages(path):
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def case_pages(entry):
    cid, fmt = entry["case_id"], entry["format"]
    if fmt in ("pdf-table", "pdf-header"):
        return pdf_pages(os.path.join(ROOT, cid + ".pdf"))
    if fmt == "docx":
        return docx_pages(os.path.join(ROOT, cid + ".docx"))
    if fmt == "txt-gb18030":
        raw = open(os.path.join(ROOT, cid + ".txt"), "rb").read()
        try:
            raw.decode("utf-8")
            ok(False, cid + ": gb18030 file also decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("gb18030").split("\f")
    if fmt == "txt-crlf":
        raw = open(os.path.join(ROOT, cid + ".txt"), "rb").read()
        ok(raw.count(b"\n") == raw.count(b"\r\n"), cid + ": bare LF found")
        ok("\u3000" in raw.decode("utf-8"), cid + ": no full-width spaces")
        txt = raw.decode("utf-8").replace("\r\n", "\n")
        return re.split(r"\n\u3000+－+　分页　－+\n", txt)
    if fmt == "folder":
        pages = []
        for f in entry["files"]:
            p = os.path.join(ROOT, f)
            got = pdf_pages(p) if f.endswith(".pdf") else docx_pages(p)
            ok(len(got) == entry["pages_per_file"][f], f"{f}: {len(got)} pages, expected {entry['pages_per_file'][f]}")
            pages.extend(got)
        return pages
    return None  # image formats


FOOT = {"pdf-table": r"第(\d+)页", "pdf-header": r"第 (\d+) 页", "docx": r"— 第(\d+)页 —",
        "txt-gb18030": r"－(\d+)－", "txt-crlf": r"第(\d+)页", "folder": r"第(\d+)页"}


def key_on_page(title, text):
    key = title.split("（")[0]
    text = text.replace("\n", "")
    for k in range(len(key), 1, -1):
        if key[-k:] in text or key[:k] in text:
            return True
    return False


def check_text_case(entry, pages, label):
    cid = entry["case_id"]
    ok(len(pages) == entry["pages_total"], f"{cid}: {len(pages)} pages, expected {entry['pages_total']}")
    foot = []
    for t in pages:
        m = re.findall(FOOT[entry["format"]], t.replace("\u3000", ""))
        foot.append(int(m[-1]) if m else None)
    nums = [n for n in foot if n is not None]
    ok(nums == list(range(1, len(nums) + 1)), f"{cid}: page footers not consecutive: {nums}")
    ok(foot == entry["page_numbers"], f"{cid}: footer sequence differs from the build manifest")
    # 目录
    toc_page = next((t for t in pages if ("卷内目录" in t or "卷内文件目录" in t) and "页号" in t), None)
    if entry["checks"].get("toc") is None:
        return
    ok(toc_page is not None, f"{cid}: no 卷内目录 found")
    if not toc_page:
        return
    rows = re.findall(r"(?m)^[ \t]*(\d+)[ \t]*\|[ \t]*([^\n|]*?[\u4e00-\u9fff][^\n|]*?)[ \t]*\|[ \t]*(\d+(?:-\d+)?)[ \t]*$", toc_page.replace("\u3000", ""))
    if not rows or len(rows) < 5:  # table cells one per line (docx / pdf), titles may wrap
        cells = [c.strip() for c in toc_page.replace("\u3000", "").split("\n") if c.strip()]
        rows, seq, i = [], 1, 0
        while i < len(cells):
            if cells[i] == str(seq):
                j = i + 1
                while j < len(cells) and not (re.fullmatch(r"\d+(-\d+)?", cells[j]) and j > i + 1
                                             and (j + 1 == len(cells) or cells[j + 1] == str(seq + 1))):
                    j += 1
                if j < len(cells):
                    rows.append((cells[i], "".join(cells[i + 1:j]), cells[j]))
                    seq += 1
                    i = j + 1
                    continue
            i += 1
    rows = [r for r in rows if r[1] not in ("文件材料名称",)]
    ok(len(rows) >= 8, f"{cid}: could not read the 目录 ({len(rows)} rows)")
    mism = entry["checks"].get("toc_mismatch", {})
    page_of = {n: t for n, t in zip(foot, pages) if n is not None}
    seen_mism = set()
    prev_end = 0
    for _, title, rng in rows:
        a, b = (int(x) for x in (rng.split("-") if "-" in rng else (rng, rng)))
        title = title.strip()
        if title in mism:
            listed, actual = mism[title]
            ok(rng == listed, f"{cid}: planted 目录 entry for {title} not as labelled")
            aa, bb = (int(x) for x in actual.split("-"))
            ok(key_on_page(title, page_of.get(aa, "")), f"{cid}: {title} not on page {aa}")
            ok(not key_on_page(title, page_of.get(bb + 1, "")), f"{cid}: {title} does extend to page {bb + 1}")
            seen_mism.add(title)
            prev_end = b
            continue
        ok(key_on_page(title, page_of.get(a, "")), f"{cid}: 目录 says {title} starts p{a}, not found there")
        if not mism or prev_end == a - 1:
            ok(a == prev_end + 1, f"{cid}: 目录 ranges not contiguous at {title}")
        prev_end = b
    ok(seen_mism == set(mism), f"{cid}: planted 目录 mismatch not found")
    ok(prev_end == max(nums), f"{cid}: 目录 last page {prev_end} vs last footer {max(nums)}")
    if mism:
        ok("ARCH-01" in label["codes"], f"{cid}: 目录 mismatch present but ARCH-01 not labelled")


# ------------------------------------------------------------------ main
def main():
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    ok(len(labels) == 8 and len(manifest) == 8, "expected 8 cases")
    by = {l["case_id"]: l for l in labels}
    # labels shape and code budget
    use = {}
    for l in labels:
        ok(set(l) == {"case_id", "codes", "encoding", "notes", "fields"}, l["case_id"] + ": label keys")
        f = l["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, l["case_id"] + ": fields keys")
        ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, l["case_id"] + ": party keys")
        ok(f["party"]["kind"] in ("单位", "个体工商户", "个人"), l["case_id"] + ": party kind")
        ok(f["penalty"]["procedure"] in ("普通", "简易"), l["case_id"] + ": procedure")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, l["case_id"] + ": dates keys")
        for v in f["dates"].values():
            ok(v is None or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)), l["case_id"] + ": date format")
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty")
               and c["law"].startswith("《") and isinstance(c["article"], int), l["case_id"] + ": citation shape")
        ok({c["role"] for c in f["citations"]} == {"violated", "penalty"}, l["case_id"] + ": citation roles")
        ok(l["encoding"] in ("utf-8", "gbk", "gb18030", None), l["case_id"] + ": encoding")
        ok(1 <= len(l["codes"]) <= 3 or l["codes"] == [], l["case_id"] + ": 0 or 1-3 codes")
        for c in l["codes"]:
            ok(c in CODES and c not in ("SUBJ-04", "DISC-02"), l["case_id"] + ": bad code " + c)
            use[c] = use.get(c, 0) + 1
        cc, idn = f["party"]["credit_code"], f["party"]["id_number"]
        ok(cc is None or credit_ok(cc), l["case_id"] + ": label credit code check digit")
        ok(idn is None or id_ok(idn), l["case_id"] + ": label ID check digit")
        ok(cc or idn, l["case_id"] + ": party has no identifier")
    ok(all(v <= 2 for v in use.values()), f"code used more than twice: {use}")
    ok(sum(1 for l in labels if not l["codes"]) >= 2, "fewer than two clean cases")
    fams = {c.split("-")[0] for c in use}
    ok(len(fams) >= 6, f"too few families: {fams}")
    ok(len({l["fields"]["dates"]["decision"][:4] for l in labels}) == 8, "years not all different")

    for e in manifest:
        cid = e["case_id"]
        l = by.get(cid)
        ok(l is not None, cid + ": no label")
        for f in e["files"]:
            ok(os.path.exists(os.path.join(ROOT, f)), f + " missing")
        ok(os.path.exists(os.path.join(ROOT, cid)) or os.path.exists(os.path.join(ROOT, e["files"][0])), cid + ": no file")
        pages = case_pages(e)
        alltext = "\n".join(pages) if pages else ""
        if pages is not None:
            check_text_case(e, pages, l)
            # identifiers in the text
            for m in re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", alltext):
                if re.fullmatch(r"\d{17}[\dX]", m):
                    ok(id_ok(m) or credit_ok(m), f"{cid}: bad id/credit {m}")
                else:
                    ok(credit_ok(m), f"{cid}: bad credit code {m}")
            cc = l["fields"]["party"]["credit_code"]
            idn = l["fields"]["party"]["id_number"]
            ok(cc is None or cc in alltext, cid + ": label credit code not in text")
            ok(idn is None or idn in alltext, cid + ": label id not in text")
            ok(l["fields"]["agency"] in alltext, cid + ": agency not in text")
            ok(l["fields"]["party"]["name"] in alltext, cid + ": party not in text")
        else:
            if e["format"] == "scan-pdf":
                r = PdfReader(os.path.join(ROOT, e["files"][0]))
                ok(len(r.pages) == e["pages_total"], cid + ": scan page count")
                for p in r.pages:
                    ok(not (p.extract_text() or "").strip(), cid + ": scan has a text layer")
                    ims = p.images
                    ok(len(ims) == 1 and ims[0].image.mode == "L" and abs(ims[0].image.size[0] - 1654) < 3,
                       cid + ": scan page is not a 200 dpi greyscale image")
            if e["format"] == "jpg":
                ok(len(e["files"]) == e["pages_total"], cid + ": jpg count")
                ok(sorted(os.listdir(os.path.join(ROOT, cid))) == [os.path.basename(f) for f in e["files"]], cid + ": jpg names")
        for x in e["checks"].get("ids", []):
            ok(id_ok(x), cid + ": id check digit " + x)
        for x in e["checks"].get("credits", []):
            ok(credit_ok(x), cid + ": credit check digit " + x)
        # timeline sanity from the labels
        ds = l["fields"]["dates"]
        if l["fields"]["penalty"]["procedure"] == "普通":
            ok(D(ds["filing"]) <= D(ds["notice"]) <= D(ds["decision"]) <= D(ds["decision_served"]), cid + ": date order")
            ok((D(ds["decision"]) - D(ds["filing"])).days <= 90, cid + ": more than 90 days")
            wd = workdays_after(D(ds["decision"]), D(ds["decision_served"]))
            ok((wd > 7) == ("SERV-01" in l["codes"]), f"{cid}: service {wd} workdays vs SERV-01 label")
        # day counts the labels rely on
        for c in e["checks"].get("daycounts", []):
            if "workday" in c:
                ok(chinese_calendar.is_workday(D(c["workday"])), cid + ": " + c["what"])
                continue
            a = D(c["from"])
            if "workdays" in c:
                end = add_workdays(a, c["workdays"])
                ok(end == D(c["expect_end"]), f"{cid}: {c['what']}: computed {end}")
                dec = D(c["decision"])
                if c["relation"] == "decision_before_end":
                    ok(dec < end and "PROC-05" in l["codes"], cid + ": PROC-05 not supported")
                else:
                    ok(dec > end and "PROC-05" not in l["codes"], cid + ": decision not after period")
                continue
            b = D(c["to"])
            wd, cd = workdays_after(a, b), (b - a).days
            if "max_workdays" in c:
                ok(wd <= c["max_workdays"], f"{cid}: {c['what']}: {wd} workdays")
            if "min_workdays" in c:
                ok(wd >= c["min_workdays"], f"{cid}: {c['what']}: {wd} workdays")
            if "expect_workdays" in c:
                ok(wd == c["expect_workdays"], f"{cid}: {c['what']}: {wd} workdays")
            if "max_calendar" in c:
                ok(cd <= c["max_calendar"], f"{cid}: {c['what']}: {cd} days")
            if "min_calendar" in c:
                ok(cd >= c["min_calendar"], f"{cid}: {c['what']}: {cd} days")
        ch = e["checks"]
        fine = l["fields"]["penalty"]["fine_yuan"]
        if "instalments" in ch:
            ok(sum(ch["instalments"]) == fine, cid + ": instalments do not add up")
        if "fine_check" in ch:
            n, per, tot = ch["fine_check"]
            ok(n * per == tot == fine and 100 * n <= fine <= 500 * n, cid + ": per-worker fine")
        if "items" in ch:
            s = sum(n * p for n, p in ch["items"])
            ok(abs(s - ch["stated_sum"]) > 0.5 and "EVID-03" in l["codes"], cid + ": EVID-03 sum not wrong")
            ok(abs(fine - ch["fine_multiple"] * ch["stated_sum"]) < 0.01, cid + ": fine multiple")
            ok(daxie(fine) in alltext, cid + ": 大写 of fine not in text")
        if "drug_value" in ch:
            ok(ch["drug_value"] < 10000 and fine < 100000 and "减轻" in alltext and "第三十二条第（一）项" in alltext,
               cid + ": 减轻 trap not as described")
            ok(daxie(fine) in alltext, cid + ": 大写 of fine")
        if "forest" in ch:
            vol, price, value, f5 = ch["forest"]
            ok(abs(vol * price - value) < 0.01 and abs(5 * value - fine) < 0.01 and "DISC-01" in l["codes"], cid + ": forest fine")
            ok(daxie(fine) in alltext, cid + ": 大写 of fine")
        if cid.startswith("gansu"):
            ok(fine > 100000 and "LAW-05" in l["codes"] and "二万元以上十万元以下" not in alltext, cid + ": LAW-05 setup")
    # machine paths anywhere in the folder
    bad = ["/" + w for w in ("tmp", "work", "root", "home")]
    for dp, dn, fn in os.walk(ROOT):
        if "__pycache__" in dp:
            continue
        for name in fn:
            p = os.path.join(dp, name)
            blobs = [open(p, "rb").read()]
            if name.endswith(".docx"):
                with zipfile.ZipFile(p) as z:
                    blobs += [z.read(n) for n in z.namelist()]
            if name.endswith(".pdf"):
                r = PdfReader(p)
                blobs.append(str(r.metadata).encode())
                blobs += [(pg.extract_text() or "").encode() for pg in r.pages]
            for b in blobs:
                for w in bad:
                    for enc in ("utf-8", "gb18030"):
                        ok(w.encode(enc) not in b, f"machine path {w} in {os.path.relpath(p, ROOT)}")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
    ok(size < 3 * 1024 * 1024, f"folder is {size} bytes")
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    ok("**Held-out corpus: nobody tuning the tool may open it.**" in readme, "README bold line")
    if FAIL:
        for m in FAIL:
            print("FAIL:", m)
        print(f"{len(FAIL)} FAILED")
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
