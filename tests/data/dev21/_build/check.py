"""Re-derive what can be checked from the built dev21 outputs and print ALL PASS (or the failures).

Checks: labels.jsonl shape and codes; check digits (GB 32100 / GB 11643) of every identifier in labels and texts;
that labelled names, codes, fines, dates and cited articles occur in each case's text layer; the day counts the
labels rely on (calendar and 工作日 with the 国务院 holiday calendar); PDF page counts, printed page numbers and the
卷内目录 ranges; text encodings and line ends; the scan is image-only at 200 dpi greyscale; total size; no machine paths.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, add_workdays, cn_num, d_cn, d_dot, d_fw, d_pad, d_std, daxie, id_valid, uscc_valid, workdays_between  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02", "LAW-03", "LAW-04",
         "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07", "PROC-08", "PROC-09", "PROC-10",
         "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02", "DISC-03", "DOC-01", "DOC-02", "DOC-03", "DOC-04", "DOC-05",
         "DOC-06", "DOC-07", "DOC-08", "DOC-09", "SERV-01", "SERV-02", "SERV-03", "EXEC-01", "EXEC-02", "ARCH-01"}
FAIL: list[str] = []


def ok(cond: bool, msg: str) -> None:
    if not cond:
        FAIL.append(msg)


def pdf_pages(path: str) -> list[str]:
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def docx_text(path: str) -> str:
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text for c in r.cells))
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs]
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    parts += re.findall(r"<w:txbxContent>.*?<w:t>([^<]*)</w:t>", xml)
    return "\n".join(parts)


def case_text(cid: str, fmt: str, label: dict) -> str:
    p = os.path.join(OUT, cid)
    if fmt == "folder":
        out = []
        for fn in sorted(os.listdir(p)):
            fp = os.path.join(p, fn)
            if fn.endswith(".pdf"):
                out.append("\n".join(pdf_pages(fp)))
            elif fn.endswith(".docx"):
                out.append(docx_text(fp))
            else:
                raw = open(fp, "rb").read()
                out.append(raw.decode("utf-8"))
        return "\n".join(out)
    if fmt == "txt":
        raw = open(p + ".txt", "rb").read()
        enc = label["encoding"]
        if enc == "gbk":
            try:
                raw.decode("utf-8")
                ok(False, f"{cid}: GBK file also decodes as UTF-8")
            except UnicodeDecodeError:
                pass
            ok(raw.count(b"\r\n") == raw.count(b"\n"), f"{cid}: not CRLF throughout")
        else:
            ok(b"\r" not in raw, f"{cid}: UTF-8 case should be LF only")
            ok(not raw.startswith(b"\xef\xbb\xbf"), f"{cid}: unexpected BOM")
        return raw.decode(enc)
    if fmt == "docx":
        return docx_text(p + ".docx")
    return "\n".join(pdf_pages(p + ".pdf"))


def date_forms(iso: str) -> list[str]:
    d = D(iso)
    return [d_std(d), d_pad(d), d_cn(d), d_fw(d), d_dot(d), iso]


def main() -> None:
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    ok(len(labels) == 8, "expected 8 labels")
    counts: dict[str, int] = {}
    clean = 0
    for lb in labels:
        ok(set(lb) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{lb['case_id']}: label keys")
        f = lb["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{lb['case_id']}: fields keys")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{lb['case_id']}: dates keys")
        for c in lb["codes"]:
            ok(c in CODES, f"{lb['case_id']}: unknown code {c}")
            counts[c] = counts.get(c, 0) + 1
        clean += not lb["codes"]
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty"),
               f"{lb['case_id']}: citation shape")
    ok(clean == 4, f"expected 4 clean cases, got {clean}")
    ok(all(v <= 2 for v in counts.values()), f"a code used more than twice: {counts}")

    for lb in labels:
        cid = lb["case_id"]
        info = manifest[cid]
        fmt = info["format"]
        f = lb["fields"]
        party = f["party"]
        if party["credit_code"]:
            ok(uscc_valid(party["credit_code"]), f"{cid}: credit code check digit")
        if party["id_number"]:
            ok(id_valid(party["id_number"]), f"{cid}: id number check digit")
        ok(fmt in ("txt", "pdf", "docx", "folder", "scan"), f"{cid}: format")
        ok((lb["encoding"] is not None) == (fmt == "txt"), f"{cid}: encoding given iff plain text")
        if fmt == "scan":
            check_scan(cid, info)
            src = scan_source(cid)
        else:
            src = case_text(cid, fmt, lb)
        flat = re.sub(r"\s+", "", src)
        # identifiers in the text
        for m in re.findall(r"(?<![0-9A-Z])([0-9]{2}[0-9]{6}[0-9A-Z]{10})(?![0-9A-Z])", flat):
            if m[:2] in ("91", "92", "93") and re.search(r"[A-Z]", m[8:17]):
                ok(uscc_valid(m), f"{cid}: invalid USCC in text {m}")
        for m in re.findall(r"(?<![0-9])([1-6][0-9]{5}(?:19|20)[0-9]{2}[01][0-9][0-3][0-9]{4}[0-9X])(?![0-9])", flat):
            ok(id_valid(m) or uscc_valid(m), f"{cid}: invalid 身份证号 in text {m}")
        ok(f["agency"] in flat, f"{cid}: agency not in text")
        ok(party["name"] in flat, f"{cid}: party name not in text")
        for k in ("credit_code", "id_number"):
            if party[k]:
                ok(party[k] in flat, f"{cid}: {k} not in text")
        fine = f["penalty"]["fine_yuan"]
        forms = [str(fine), f"{fine:,}", daxie(fine), f"{fine // 10000}万元" if fine % 10000 == 0 else "@@"]
        ok(any(x in flat for x in forms), f"{cid}: fine {fine} not in text")
        for k, v in f["dates"].items():
            if v:
                ok(any(x in flat for x in date_forms(v)), f"{cid}: date {k}={v} not in text")
        for c in f["citations"]:
            art = "第" + cn_art(c["article"]) + "条"
            ok(c["law"] in flat and art in flat, f"{cid}: citation {c['law']}{art} not in text")
        for bad in ("/tmp/", "/work/", "/home/", "C:\\"):
            ok(bad not in src, f"{cid}: machine path in text")
    check_days(labels)
    check_pdfs(manifest)
    check_c07(manifest)
    total = 0
    for root, _, files in os.walk(OUT):
        if "__pycache__" in root:
            continue
        for fn in files:
            fp = os.path.join(root, fn)
            total += os.path.getsize(fp)
            raw = open(fp, "rb").read()
            blobs = [raw]
            if fn.endswith(".docx"):
                with zipfile.ZipFile(fp) as z:
                    blobs += [z.read(n) for n in z.namelist()]
            for b in blobs:
                for bad in (b"/tmp/", b"/work/", b"/home/", b"/usr/share"):
                    if bad in b and fn not in ("check.py", "common.py", "README.md", "build.py"):
                        ok(False, f"machine path {bad!r} in {fp[len(OUT) + 1:]}")
    ok(total < 2.5 * 1024 * 1024, f"corpus too large: {total} bytes")
    print(f"cases: {len(labels)}  clean: {clean}  codes: {dict(sorted(counts.items()))}  size: {total} bytes")
    if FAIL:
        print("FAILURES:")
        for x in FAIL:
            print("  -", x)
        sys.exit(1)
    print("ALL PASS")


def cn_art(n: int) -> str:
    if n < 100:
        return cn_num(n)
    h, r = divmod(n, 100)
    s = "一二三四五六七八九"[h - 1] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + cn_num(r)
    return s + ("一十" + cn_num(r)[1:] if r < 20 else cn_num(r))


def scan_source(cid: str) -> str:
    """The scan has no text layer; labelled values are checked against the build model it was rasterised from."""
    import importlib
    mod = importlib.import_module({"dev21_c08_xianxian_tudi_2025": "case08"}[cid])
    docs, _, _ = mod.build()
    out = []
    for d in docs:
        for b in d["blocks"]:
            if b[0] == "kv":
                out += [f"{x}：{y}" for x, y in b[1]]
            elif len(b) > 1 and isinstance(b[1], str):
                out.append(b[1])
    return "\n".join(out)


def check_scan(cid: str, info: dict) -> None:
    from pypdf import PdfReader
    r = PdfReader(os.path.join(OUT, cid + ".pdf"))
    ok(len(r.pages) == info["pages"], f"{cid}: page count")
    for i, p in enumerate(r.pages):
        ok(not (p.extract_text() or "").strip(), f"{cid}: page {i + 1} has a text layer")
        xo = p["/Resources"]["/XObject"]
        for _, x in xo.items():
            o = x.get_object()
            ok(o["/ColorSpace"] == "/DeviceGray", f"{cid}: not greyscale")
            dpi = o["/Width"] / (float(p.mediabox.width) / 72)
            ok(abs(dpi - 200) < 2, f"{cid}: page {i + 1} dpi {dpi:.1f}")


def check_days(labels: list[dict]) -> None:
    L = {lb["case_id"]: lb for lb in labels}

    def dates(cid):
        return {k: (D(v) if v else None) for k, v in L[cid]["fields"]["dates"].items()}

    for cid, lb in L.items():
        d = dates(cid)
        codes = lb["codes"]
        if d["filing"] and d["decision"]:
            days = (d["decision"] - d["filing"]).days
            ok((days > 90) == ("PROC-03" in codes), f"{cid}: 90-day rule vs label ({days} days)")
        if d["decision"] and d["decision_served"]:
            late = d["decision_served"] > add_workdays(d["decision"], 7)
            ok(late == ("SERV-01" in codes), f"{cid}: 7-working-day service vs label")
        if d["notice"] and d["decision"]:
            ok(d["notice"] < d["decision"], f"{cid}: notice before decision")
    # c04: five working days from service 2021-09-24 end on 09-30 (09-26 is a 调休 Sunday); decision 09-28 is early
    ok(add_workdays(D("2021-09-24"), 5) == D("2021-09-30") and D("2021-09-28") < D("2021-09-30"), "c04 PROC-05 arithmetic")
    ok(workdays_between(D("2021-09-28"), D("2021-10-20")) == 12, "c04 SERV-01: 12 working days")
    # c06: hearing request on the 5th working day after service over 中秋国庆 2023; notice >= 7 wd before the hearing
    ok(add_workdays(D("2023-09-27"), 5) == D("2023-10-10"), "c06 hearing request = 5th working day")
    ok(workdays_between(D("2023-10-11"), D("2023-10-23")) >= 7, "c06 hearing notice lead time")
    # c08: decision 2025-09-29 served 10-10 = 3rd working day
    ok(workdays_between(D("2025-09-29"), D("2025-10-10")) == 3, "c08 service working days")
    # c07: 133 days
    ok((D("2024-08-19") - D("2024-04-08")).days == 133, "c07 day count")
    # c01: postal receipt 2 days after decision; c03 decision after 3-day 申辩 period
    ok((D("2013-10-11") - D("2013-10-09")).days == 2, "c01 postal service")


def check_pdfs(manifest: dict) -> None:
    for cid, info in manifest.items():
        if info["format"] != "pdf":
            continue
        pages = pdf_pages(os.path.join(OUT, cid + ".pdf"))
        ok(len(pages) == info["pages"], f"{cid}: page count {len(pages)} != {info['pages']}")
        printed = []
        for t, n in zip(pages, info["pn"]):
            m = re.search(r"(?:第\s*)?(\d+)(?:\s*页)?\s*$", t.strip())
            printed.append(int(m.group(1)) if (m and n is not None) else None)
            if n is not None:
                ok(m is not None and int(m.group(1)) == n, f"{cid}: printed page number {m and m.group(1)} != {n}")
        true = {}
        for title, (a, b) in zip(info["docs"], info["spans"]):
            nums = [info["pn"][i] for i in range(a, b + 1) if info["pn"][i] is not None]
            if nums:
                true[title] = (nums[0], nums[-1])
        toc = next(b for b in info["toc"] if b[0] == "grid")[2]
        listed = {r[1]: tuple(int(x) for x in str(r[2]).split("-")) for r in toc}
        listed = {k: (v[0], v[-1]) for k, v in listed.items()}
        mism = [k for k in true if listed.get(k) != true[k]]
        tocpage = pages[info["docs"].index("卷内目录")]
        for r in toc:
            ok(str(r[2]) in tocpage, f"{cid}: 目录 row {r[1]} not in PDF text")
        if cid.startswith("dev21_c02"):
            ok(len(mism) >= 3, f"{cid}: ARCH-01 expected mismatching 目录 rows, got {mism}")
        else:
            ok(not mism, f"{cid}: 目录 mismatch {mism}")


def check_c07(manifest: dict) -> None:
    chk = manifest["dev21_c07_qinzhou_nongchanpin_2024"]["check"]
    txt = open(os.path.join(OUT, "dev21_c07_qinzhou_nongchanpin_2024", "第06件 案件调查终结报告.txt"), encoding="utf-8").read()
    rows = re.findall(r"(\d+)千克\s+([\d.]+)元/千克\s+(\d+)元", txt)
    s = sum(int(q) * float(p) for q, p, _ in rows)
    ok(len(rows) == 3 and abs(s - chk["value_true"]) < 0.01, f"c07: table sum {s}")
    ok(f"合计货值金额{chk['value_stated']}元" in txt and chk["value_stated"] != chk["value_true"], "c07: stated 货值 differs (EVID-03)")


if __name__ == "__main__":
    main()
