"""Re-derive what can be re-derived from the built dev19 corpus and print ALL PASS (or the failures).

Checks: labels.jsonl shape and codes; code counts (each code at most twice, exactly two clean
cases); every case exists; encodings and line endings of text cases; text layers (text PDF,
DOCX incl. text boxes, TXT) contain the labelled party, ids, agency, fine, dates and citations
(image-only cases are checked against the page sources the build rendered); GB 32100 / GB 11643
check digits of every code in the texts; the day counts the labels rely on (90-day limit, 7
working-day service, 5-working-day notice period) with the holiday calendar; page counts of PDFs
and image folders; 卷内目录 against the real page ranges; file-name order vs page order of the
photo and scan folders; total size under 3 MB; no machine paths in any file.
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

import common as C  # noqa: E402

FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)


FALLBACK_CODES = """SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05
PROC-01 PROC-02 PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13
DISC-01 DISC-02 DISC-03 DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02
SERV-03 EXEC-01 EXEC-02 ARCH-01""".split()


def known_codes():
    """Codes from the shared contract when it is reachable (../shared from the project root)."""
    proj = os.path.dirname(os.path.dirname(os.path.dirname(ROOT)))
    p = os.path.join(proj, "..", "shared", "contract", "defects.yaml")
    if os.path.exists(p):
        return re.findall(r"code:\s*([A-Z]+-\d\d)", open(p, encoding="utf-8").read())
    return FALLBACK_CODES


# ---------------------------------------------------------------- text extraction

def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return [p.extract_text() or "" for p in r.pages]


def docx_text(path_or_bytes):
    z = zipfile.ZipFile(path_or_bytes)
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def case_text(case_id, fmt, mod, case):
    """(text, source_only) for a case: the real text layer where one exists, else page sources."""
    src = "\n".join(C.page_text(p) for d in case.docs for p in d.pages)
    base = os.path.join(ROOT, case_id)
    if fmt.startswith("text"):
        return None, src  # decoded separately (encoding checks)
    if fmt == "pdf":
        return "\n".join(pdf_text(base + ".pdf")), src
    if fmt == "docx":
        return docx_text(base + ".docx"), src
    if fmt == "mixed":
        parts = []
        for d in case.docs:
            p = os.path.join(base, d.fname)
            ext = d.fname.rsplit(".", 1)[1]
            if ext == "pdf":
                parts += pdf_text(p)
            elif ext == "docx":
                parts.append(docx_text(p))
            elif ext == "txt":
                enc = getattr(d, "opts", {}).get("enc", "utf-8")
                parts.append(open(p, "rb").read().decode(enc))
            else:  # the JPG: its page source
                parts.append("\n".join(C.page_text(pg) for pg in d.pages))
        return "\n".join(parts), src
    return None, src  # image-only formats


# ---------------------------------------------------------------- value patterns

CN_DIG = "零一二三四五六七八九"


def cn_int(n: int) -> str:
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = CN_DIG[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + CN_DIG[r]
    return s + (CN_DIG[r // 10] + "十") + (CN_DIG[r % 10] if r % 10 else "")


def norm(t: str) -> str:
    t = t.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return re.sub(r"[ \u3000\t\r\n]", "", t)


def date_forms(iso):
    d = C.D(iso)
    return {C.cn(d), C.cn0(d), C.cn_upper(d), C.dot(d), iso, f"{d.year}.{d.month:02d}.{d.day:02d}"}


def fine_forms(v):
    return {str(v), f"{v:,}", C.rmb_upper(v)}


def cite_form(c):
    s = f"第{cn_int(c['article'])}条"
    if c["paragraph"]:
        s += f"第{cn_int(c['paragraph'])}款"
    if c["item"]:
        s += f"第（{cn_int(c['item'])}）项"
    return s


def cite_present(text, c):
    law = c["law"].strip("《》")
    if law not in text:
        return False
    s = cite_form(c)
    alt = s.replace("（", "").replace("）", "")
    return s in text or alt in text


USCC_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
ID_RE = re.compile(r"(?<!\d)\d{17}[\dX](?!\d)")

# ---------------------------------------------------------------- per-case derived facts


def derived_day_checks(lab, mod):
    d = mod.DATES
    codes = set(lab["codes"])
    cid = lab["case_id"]
    days = C.days_between(d["filing"], d["decision"])
    extension = False  # no case in this corpus has an approved extension
    check((days > 90 and not extension) == ("PROC-03" in codes), f"{cid}: PROC-03 vs {days} days")
    srv = d.get("decision_served")
    if srv:
        wd = C.workdays_between(d["decision"], srv)
        check((wd > 7) == ("SERV-01" in codes), f"{cid}: SERV-01 vs {wd} working days")
    # notice period: 5 working days (2021 law) / 3 days (old law) from the served date
    if d.get("notice_served") and cid not in ("jx_xinfeng_jiading_2025_0312",):
        if C.D(d["decision"]) >= C.D("2021-07-15"):
            end = C.add_workdays(d["notice_served"], 5)
        else:
            end = C.D(d["notice_served"]) + C.dt.timedelta(days=3)
        waived = cid == "浏阳自然资源局2024第19号卷"
        early = C.D(d["decision"]) <= end and not waived
        check(early == ("PROC-05" in codes), f"{cid}: PROC-05 vs period end {end}")
    # order of dated steps (PROC-04)
    order = ["filing", "notice", "decision", "decision_served", "closing"]
    seq = [C.D(d[k]) for k in order if d.get(k)]
    inverted = any(b < a for a, b in zip(seq, seq[1:]))
    legal_after = d.get("legal") and C.D(d["legal"]) > C.D(d["decision"])
    disc_after = d.get("discussion") and C.D(d["discussion"]) > C.D(d["decision"])
    check((inverted or bool(legal_after) or bool(disc_after)) == ("PROC-04" in codes),
          f"{cid}: PROC-04 vs dated order")
    # limitation: 2 years from the violation to 立案 (none of these cases comes close)
    check("PROC-09" not in codes, f"{cid}: unexpected PROC-09")


def main():
    import importlib
    labels = [json.loads(line) for line in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    check(len(labels) == 8, "labels.jsonl must hold 8 cases")
    valid = set(known_codes())
    counts = {}
    keys = {"case_id", "codes", "encoding", "notes", "fields"}
    for lab in labels:
        check(set(lab) == keys, f"{lab.get('case_id')}: label keys {sorted(lab)}")
        f = lab["fields"]
        check(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{lab['case_id']}: fields keys")
        check(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, f"{lab['case_id']}: party keys")
        check(f["party"]["kind"] in ("单位", "个人", "个体工商户"), f"{lab['case_id']}: party kind")
        check(set(f["penalty"]) == {"fine_yuan", "procedure"}, f"{lab['case_id']}: penalty keys")
        check(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{lab['case_id']}: dates keys")
        for c in f["citations"]:
            check(set(c) == {"law", "article", "paragraph", "item", "role"}, f"{lab['case_id']}: citation keys")
            check(c["role"] in ("violated", "penalty"), f"{lab['case_id']}: citation role")
        for code in lab["codes"]:
            check(code in valid, f"{lab['case_id']}: unknown code {code}")
            counts[code] = counts.get(code, 0) + 1
    check(all(v <= 2 for v in counts.values()), f"a code used more than twice: {counts}")
    check(sum(1 for lab in labels if not lab["codes"]) == 2, "exactly two clean cases")
    fams = {c.split("-")[0] for c in counts}
    check(fams >= {"SUBJ", "EVID", "LAW", "PROC", "DISC", "DOC", "SERV", "EXEC", "ARCH"}, f"families {fams}")

    names = {}
    for modname in ["c1_ningjin", "c2_dongguan", "c3_xuzhou", "c4_wujin", "c5_liuyang", "c6_putuo",
                    "c7_xinfeng", "c8_shouguang"]:
        mod = importlib.import_module("cases." + modname)
        case, lab_built, ranges = mod.build()
        names[case.case_id] = (mod, case, ranges)
    check(set(names) == {lab["case_id"] for lab in labels}, "label ids vs built ids")

    formats = {}
    for lab in labels:
        cid = lab["case_id"]
        mod, case, ranges = names[cid]
        fmt = case.fmt
        formats[fmt.split("-")[0] if not fmt.startswith("text") else "text"] = \
            formats.get(fmt.split("-")[0] if not fmt.startswith("text") else "text", 0) + 1
        f = lab["fields"]
        # ---- existence, encodings, page counts
        if fmt.startswith("text"):
            path = os.path.join(ROOT, cid + ".txt")
            check(os.path.isfile(path), f"{cid}: missing file")
            raw = open(path, "rb").read()
            enc = lab["encoding"]
            check(enc in ("utf-8", "gbk", "gb18030"), f"{cid}: encoding label {enc}")
            text = raw.decode(enc)
            if enc == "gb18030":
                for other in ("utf-8", "gbk"):
                    try:
                        raw.decode(other)
                        FAIL.append(f"{cid}: also decodes as {other}; the gb18030 label would be moot")
                    except UnicodeDecodeError:
                        pass
            crlf = fmt.endswith("crlf")
            check((b"\r\n" in raw) == crlf, f"{cid}: line endings")
            if crlf:
                check(raw.count(b"\n") == raw.count(b"\r\n"), f"{cid}: bare LF in a CRLF file")
            else:
                check(b"\r" not in raw, f"{cid}: CR in an LF file")
            check(not raw.startswith(b"\xef\xbb\xbf"), f"{cid}: unexpected BOM")
            real = text
        else:
            check(lab["encoding"] is None, f"{cid}: encoding must be null for non-text cases")
            real, _ = case_text(cid, fmt, mod, case)
        _, src = case_text(cid, fmt, mod, case)
        n_pages = sum(len(d.pages) for d in case.docs)
        if fmt == "pdf":
            pages = pdf_text(os.path.join(ROOT, cid + ".pdf"))
            check(len(pages) == n_pages, f"{cid}: pdf pages {len(pages)} != {n_pages}")
            check(all(len(p.strip()) > 20 for p in pages), f"{cid}: a text-PDF page without text")
        if fmt == "scanpdf":
            pages = pdf_text(os.path.join(ROOT, cid + ".pdf"))
            check(len(pages) == n_pages, f"{cid}: scanned pdf pages {len(pages)} != {n_pages}")
            check(all(not p.strip() for p in pages), f"{cid}: scanned PDF must have no text layer")
        if fmt in ("photos", "scans"):
            folder = os.path.join(ROOT, cid)
            files = sorted(os.listdir(folder))
            ext = ".jpg" if fmt == "photos" else ".png"
            check(len(files) == n_pages and all(x.endswith(ext) for x in files), f"{cid}: image files")
            if fmt == "photos":
                order = [n for _, n in mod.photo_names(None)]
            else:
                order = mod.scan_names(ranges, n_pages)
            check(sorted(order) == files, f"{cid}: file names vs page list")
            check(order != sorted(order, key=lambda s: [int(x) if x.isdigit() else x
                                                        for x in re.split(r"(\d+)", s)]),
                  f"{cid}: file names should not already be in page order")
            from PIL import Image
            for x in files:
                im = Image.open(os.path.join(folder, x))
                check(max(im.size) <= 1600, f"{cid}: {x} larger than 1600 px")
                if fmt == "scans":
                    check(im.mode in ("L", "P"), f"{cid}: scan {x} not greyscale")
        if fmt == "mixed":
            folder = os.path.join(ROOT, cid)
            exts = {x.rsplit(".", 1)[1] for x in os.listdir(folder)}
            check({"pdf", "docx", "txt"} <= exts, f"{cid}: mixed folder lacks a kind: {exts}")
        # ---- labelled values in the text
        hay = norm(real if real is not None else src)
        label_src = "text layer" if real is not None else "page sources"
        p = f["party"]
        check(norm(p["name"]) in hay, f"{cid}: party name not in {label_src}")
        check(norm(f["agency"]) in hay, f"{cid}: agency not in {label_src}")
        if p["credit_code"]:
            check(C.uscc_ok(p["credit_code"]), f"{cid}: labelled USCC fails GB 32100")
            check(p["credit_code"] in hay, f"{cid}: USCC not in {label_src}")
        if p["id_number"]:
            check(C.id_ok(p["id_number"]), f"{cid}: labelled id fails GB 11643")
            check(p["id_number"] in hay, f"{cid}: id number not in {label_src}")
        fine = f["penalty"]["fine_yuan"]
        if fine is not None:
            check(any(norm(x) in hay for x in fine_forms(fine)), f"{cid}: fine {fine} not in {label_src}")
        for k, v in f["dates"].items():
            if v:
                check(any(norm(x) in hay for x in date_forms(v)), f"{cid}: date {k}={v} not in {label_src}")
        dec = [d for d in case.docs if d.key == "decision"][0]
        dec_text = norm("\n".join(C.page_text(pg) for pg in dec.pages))
        for c in f["citations"]:
            check(cite_present(dec_text, c), f"{cid}: citation {cite_form(c)} not in the 决定书")
        # ---- check digits of every code in the texts
        for code in set(USCC_RE.findall(hay)):
            if not code.isdigit() and code.startswith(("91", "92", "93", "11", "12", "51", "52", "53")):
                ok = C.uscc_ok(code)
                check(ok or "DOC-06" in lab["codes"], f"{cid}: USCC {code} fails GB 32100")
        for code in set(ID_RE.findall(hay)):
            check(C.id_ok(code), f"{cid}: id {code} fails GB 11643")
        if cid.startswith("hb-ningjin"):
            check(C.regno15_ok(mod.REGNO), f"{cid}: 注册号 check digit")
        # ---- day counts and date order
        derived_day_checks(lab, mod)
        # ---- 卷内目录 vs real ranges
        toc_pages = [d for d in case.docs if d.key in ("toc", "front")]
        if toc_pages:
            toc_txt = "\n".join(C.page_text(pg) for pg in toc_pages[0].pages)
            mismatch = False
            for d in case.docs:
                if d.numbered and fmt != "mixed":
                    a, b = ranges[d.key]
                    rng = [f"{a}-{b}", f"{a}—{b}"] if a != b else [str(a)]
                    line = [ln for ln in toc_txt.splitlines()
                            if d.title in [c.strip() for c in re.split(r" \| |\u3000", ln)]]
                    if not line or not any(re.search(r"(?<![\d])" + re.escape(r) + r"(?![\d])", line[0])
                                           for r in rng):
                        mismatch = True
            check(mismatch == ("ARCH-01" in lab["codes"]), f"{cid}: 卷内目录 vs ranges (mismatch={mismatch})")

    # ---- per-case derived facts the notes rely on
    def L(cid):
        return [x for x in labels if x["case_id"] == cid][0]
    m1 = names["hb-ningjin-zhijian-2013-017"][0]
    check(m1.TRUE_VALUE == 26880 and m1.STATED_VALUE != m1.TRUE_VALUE, "c1: 货值 arithmetic")
    check(m1.TRUE_VALUE <= m1.FINE <= 3 * m1.TRUE_VALUE, "c1: fine inside 1–3× true 货值 (no LAW-05)")
    m4 = names["js-wujin-yjj-2022-031"][0]
    check(m4.SURCHARGE > m4.FINE and m4.PAID == m4.FINE + m4.SURCHARGE, "c4: 加处罚款 exceeds fine")
    check(C.days_between("2022-05-14", "2022-06-23") == m4.LATE_DAYS, "c4: overdue days")
    m5 = names["浏阳自然资源局2024第19号卷"][0]
    check(m5.FINE == 123600 and "126,300" in m5.WRONG_SMALL, "c5: 大写/小写")
    check(C.rmb_upper(m5.FINE) == "壹拾贰万叁仟陆佰元整", "c5: 大写 form")
    m6 = names["zs-putuo-scjg-2025-0088"][0]
    check(m6.USCC_BAD != m6.USCC and not C.uscc_ok(m6.USCC_BAD), "c6: transposed USCC must fail")
    check(m6.FINE > m6.FINE_NOTICE and m6.PAID != m6.ILLEGAL + m6.FINE, "c6: heavier fine / voucher short")
    check(m6.ILLEGAL == 705 * 6 == 2988 + 1242, "c6: 违法所得 arithmetic")
    m8 = names["sd-shouguang-nyj-2026-054"][0]
    check(C.workdays_between("2026-09-29", "2026-10-12") == 5 and
          C.days_between("2026-09-29", "2026-10-12") == 13, "c8: 13 calendar / 5 working days")
    check(str(C.add_workdays("2026-09-18", 5)) == "2026-09-24", "c8: notice period end")
    check(C.workdays_between("2026-09-29", "2026-10-09") <= 7, "c8: publication within 7 working days")
    m6d = m6.DATES
    check(C.workdays_between(m6d["decision"], m6d["publicity"]) <= 20, "c6: publication within 20 wd")
    check(C.workdays_between(m6d["inspection"], m6d["filing"]) <= 15, "c6: 立案 within 15 wd of 核查")
    m7 = names["jx_xinfeng_jiading_2025_0312"][0]
    check(C.days_between(m7.DATES["filing"], m7.DATES["decision"]) <= 30, "c7: 30-day 治安 limit")
    check(m7.FINE <= 500, "c7: 派出所 may decide fines up to 500")
    # each format kind at most twice
    check(all(v <= 2 for v in formats.values()), f"format kinds used more than twice: {formats}")

    # ---- size and machine paths
    total = 0
    bad = [("/" + "tmp" + "/").encode(), ("/" + "work" + "/").encode(), ("/" + "home" + "/").encode(),
           ("/" + "root" + "/").encode(), ("/" + "usr" + "/").encode()]
    win = ("C:" + "\\").encode()  # only meaningful in text files: binary image data hits it by chance
    for dp, dn, fn in os.walk(ROOT):
        dn[:] = [x for x in dn if x != "__pycache__"]
        for x in fn:
            p = os.path.join(dp, x)
            data = open(p, "rb").read()
            total += len(data)
            blobs = [data]
            if x.endswith(".docx"):
                z = zipfile.ZipFile(io.BytesIO(data))
                blobs += [z.read(n) for n in z.namelist()]
            for b in blobs:
                for pat in bad:
                    check(pat not in b, f"machine path {pat!r} in {os.path.relpath(p, ROOT)}")
            if x.endswith((".txt", ".py", ".md", ".jsonl")):
                check(win not in data, f"machine path in {os.path.relpath(p, ROOT)}")
    check(total < 3 * 1024 * 1024, f"corpus too large: {total} bytes")

    if FAIL:
        print("FAILED:")
        for m in FAIL:
            print(" -", m)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(counts.values())} defect labels over {len(counts)} codes, "
          f"{total / 1024 / 1024:.2f} MB")
    print("ALL PASS")


if __name__ == "__main__":
    main()
