# -*- coding: utf-8 -*-
"""Re-derive what can be derived from the built corpus and compare with labels.jsonl.

Run from anywhere: python3 check.py   -> prints ALL PASS or the failures.
Needs: pypdf, python-docx, chinese_calendar.
"""
import datetime as dt
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import credit_ok, id_ok  # noqa: E402

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


# codes of the contract (defects.yaml, version 1)
CODES = ["SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02", "LAW-03",
         "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07", "PROC-08",
         "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02", "DISC-03", "DOC-01", "DOC-02",
         "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09", "SERV-01", "SERV-02", "SERV-03",
         "EXEC-01", "EXEC-02", "ARCH-01"]


# ------------------------------------------------------------------ calendar
def workdays_between(a, b):
    """Working days after a up to and including b."""
    import chinese_calendar as cc
    x, y = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return sum(1 for i in range(1, (y - x).days + 1) if cc.is_workday(x + dt.timedelta(i)))


def nth_workday(a, n):
    import chinese_calendar as cc
    x = dt.date.fromisoformat(a)
    while n:
        x += dt.timedelta(1)
        if cc.is_workday(x):
            n -= 1
    return x.isoformat()


def days(a, b):
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


# ------------------------------------------------------------------ text extraction
def pdf_pages_text(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    for s in d.sections:
        parts.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(parts)


def docx_page_count(path):
    """Pages implied by section breaks and explicit page breaks (generator never lets Word overflow)."""
    with zipfile.ZipFile(path) as z:
        x = z.read("word/document.xml").decode("utf-8")
    return x.count("<w:sectPr") + x.count('w:type="page"')


def docx_toc_rows(path):
    import docx
    d = docx.Document(path)
    for t in d.tables:
        if t.rows and [c.text for c in t.rows[0].cells][:4] == ["序号", "文件名称", "日期", "页号"]:
            return [[c.text for c in r.cells] for r in t.rows[1:]]
    return None


def pdf_toc(page_text):
    body = page_text.split("页号", 1)[1]
    return [list(m.groups()) for m in re.finditer(r"\n(\d+)\n(.+?)\n(\d{4}年\d+月\d+日)\n(\d+(?:-\d+)?)(?=\n)", body, re.S)]


def rng(s):
    a, _, b = s.partition("-")
    return int(a), int(b or a)


def toc_consistent(rows, n_numbered, expect_ok, name):
    """Rows contiguous from page 1 and ending at the last numbered page."""
    pos, contiguous = 1, True
    for r in rows:
        a, b = rng(r[-1])
        if a != pos or b < a:
            contiguous = False
        pos = b + 1
    matches = contiguous and pos - 1 == n_numbered
    ok(matches == expect_ok, f"{name}: 目录 vs pages match={matches}, expected {expect_ok} (last listed {pos - 1}, numbered {n_numbered})")


# ------------------------------------------------------------------ per case
def texts_of(case_id):
    """(full text, number of physical pages) of a case."""
    p = os.path.join(ROOT, case_id)
    if os.path.isdir(p):
        txt, n = [], 0
        for f in sorted(os.listdir(p)):
            fp = os.path.join(p, f)
            if f.endswith(".pdf"):
                t = pdf_pages_text(fp); txt += t; n += len(t)
            elif f.endswith(".docx"):
                txt.append(docx_text(fp)); n += docx_page_count(fp)
            elif f.endswith(".jpg"):
                n += 1
        return "\n".join(txt), n
    for ext in (".pdf", ".docx", ".txt"):
        if os.path.exists(p + ext):
            fp = p + ext
            if ext == ".pdf":
                t = pdf_pages_text(fp); return "\n".join(t), len(t)
            if ext == ".docx":
                return docx_text(fp), docx_page_count(fp)
            raw = open(fp, "rb").read()
            enc = "gbk" if b"\x0c" in raw and not _is_utf8(raw) else "utf-8"
            return raw.decode(enc), None
    raise FileNotFoundError(case_id)


def _is_utf8(raw):
    try:
        raw.decode("utf-8"); return True
    except UnicodeDecodeError:
        return False


def check_pages_and_toc():
    # 01 text-layer PDF, footer 第N页; 目录 deliberately wrong (ARCH-01)
    pages = pdf_pages_text(os.path.join(ROOT, "dev15_01_hubei_product.pdf"))
    ok(len(pages) == 20, f"01 page count {len(pages)}")
    foot = [int(m.group(1)) for t in pages for m in [re.search(r"第(\d+)页\s*$", t.strip())] if m]
    ok(foot == list(range(1, len(foot) + 1)), "01 footers not sequential")
    rows = pdf_toc(pages[1])
    ok(len(rows) == 16, f"01 toc rows {len(rows)}")
    toc_consistent([list(r) for r in rows], len(foot), False, "01")
    listed = {r[1]: r[3] for r in rows}
    ok(listed.get("行政处罚决定书") == "12", "01 toc entry for 决定书 should read 12")
    dec = [i + 1 for i, t in enumerate(pages[2:]) if re.match(r"宜昌市西陵区市场监督管理局\s*行政处罚决定书\s*西陵市监处罚", t)]
    ok(dec == [12], f"01 决定书 starts on footer page {dec}")

    # 02 docx: sections + explicit breaks; numbering restarts at the first numbered section
    p2 = os.path.join(ROOT, "dev15_02_fujian_water.docx")
    rows = docx_toc_rows(p2)
    n = docx_page_count(p2)
    ok(n == 17, f"02 page count {n}")
    ok(rows is not None, "02 no 目录 table")
    if rows:
        toc_consistent(rows, n - 3, True, "02")

    # 03 GBK text with form feeds
    raw = open(os.path.join(ROOT, "dev15_03_heilongjiang_drivingschool.txt"), "rb").read()
    ok(not _is_utf8(raw), "03 should not be valid UTF-8")
    t = raw.decode("gbk")
    pg = t.split("\x0c")
    ok(len(pg) == 17, f"03 page count {len(pg)}")
    foot = [int(m.group(1)) for s in pg for m in [re.search(r"第(\d+)页\s*$", s)] if m]
    ok(foot == list(range(1, len(foot) + 1)), "03 footers")
    rows = [ln.split()[-1:] for ln in pg[1].splitlines() if re.match(r"^\d+\s", ln)]
    toc_consistent(rows, len(foot), True, "03")

    # 04 scanned: image-only pages
    pages = pdf_pages_text(os.path.join(ROOT, "dev15_04_hainan_publichealth.pdf"))
    ok(len(pages) == 13, f"04 page count {len(pages)}")
    ok(all(not s.strip() for s in pages), "04 should have no text layer")
    from pypdf import PdfReader
    r = PdfReader(os.path.join(ROOT, "dev15_04_hainan_publichealth.pdf"))
    im = r.pages[0].images[0].image
    ok(im.mode == "L", f"04 image mode {im.mode}")
    ok(1600 <= im.width <= 1700, f"04 width {im.width} (~200 dpi)")

    # 05 folder: footers 第N页 across files
    folder = os.path.join(ROOT, "dev15_05_neimenggu_land")
    foot = []
    for f in sorted(os.listdir(folder)):
        fp = os.path.join(folder, f)
        if f.endswith(".pdf"):
            for s in pdf_pages_text(fp):
                m = re.search(r"第(\d+)页\s*$", s.strip()); foot.append(int(m.group(1)) if m else None)
        elif f.endswith(".docx"):
            m = re.search(r"第(\d+)页", "\n".join(p.text for s in __import__("docx").Document(fp).sections for p in s.footer.paragraphs))
            if m:
                foot.append(int(m.group(1)))
    ok(foot == list(range(1, len(foot) + 1)), f"05 footers {foot}")
    rows = docx_toc_rows(os.path.join(folder, "01_卷内目录.docx"))
    toc_consistent(rows, len(foot), True, "05")
    ok(sum(f.endswith(".pdf") for f in os.listdir(folder)) >= 5 and sum(f.endswith(".docx") for f in os.listdir(folder)) >= 5, "05 mix")

    # 06 JPG photos
    from PIL import Image
    folder = os.path.join(ROOT, "dev15_06_shaanxi_cityclean")
    jp = sorted(f for f in os.listdir(folder))
    ok(len(jp) == 4 and all(f.endswith(".jpg") for f in jp), "06 files")
    for f in jp:
        im = Image.open(os.path.join(folder, f))
        ok(im.mode == "RGB", f"06 {f} not colour")
    im = Image.open(os.path.join(folder, jp[0])).convert("RGB")
    reds = sum(1 for px in im.tobytes and zip(*[iter(im.tobytes())] * 3) if px[0] > 150 and px[1] < 110 and px[2] < 110)
    ok(reds > 500, f"06 decision has no red seal pixels ({reds})")

    # 07 UTF-8 text with page markers
    t = open(os.path.join(ROOT, "dev15_07_ningxia_funeral.txt"), encoding="utf-8").read()
    foot = [int(x) for x in re.findall(r"—第(\d+)页—", t)]
    ok(foot == list(range(1, len(foot) + 1)), "07 footers")
    rows = [[x] for x in re.findall(r"页号：(\S+)", t)]
    toc_consistent(rows, len(foot), True, "07")
    ok("缴款凭证" not in "".join(re.findall(r"文件题名：(\S+)", t)), "07 目录 must not list a 缴款凭证 (EXEC-01)")
    ok("：" in t and ":" not in t.replace("http:", ""), "07 should use full-width colons")

    # 08 two-column PDF with header/footer
    pages = pdf_pages_text(os.path.join(ROOT, "dev15_08_xinjiang_pesticide.pdf"))
    ok(len(pages) == 18, f"08 page count {len(pages)}")
    foot = [int(m.group(1)) for s in pages for m in [re.search(r"第 (\d+) 页", s)] if m]
    ok(foot == list(range(1, len(foot) + 1)), "08 footers")
    ok(sum("玛纳斯县农业局　行政处罚案卷" in s for s in pages) == len(pages) - 1, "08 running header")
    rows = pdf_toc(pages[1])
    ok(len(rows) == 15, f"08 toc rows {len(rows)}")
    toc_consistent(rows, len(foot), True, "08")


def check_labels():
    labs = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    ok(len(labs) == 8, "8 labels")
    use = {}
    for lab in labs:
        cid = lab["case_id"]
        ok(set(lab) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid} keys")
        ok(any(os.path.exists(os.path.join(ROOT, cid + e)) for e in ("", ".pdf", ".docx", ".txt")), f"{cid} missing file")
        for c in lab["codes"]:
            ok(c in CODES and c not in ("SUBJ-04", "DISC-02"), f"{cid} bad code {c}")
            use[c] = use.get(c, 0) + 1
        ok(len(lab["codes"]) <= 3, f"{cid} too many codes")
        f = lab["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid} fields keys")
        ok(f["party"]["kind"] in ("单位", "个体工商户", "个人"), f"{cid} party kind")
        if f["party"]["credit_code"]:
            ok(credit_ok(f["party"]["credit_code"]), f"{cid} credit code check digit")
        if f["party"]["id_number"]:
            ok(id_ok(f["party"]["id_number"]), f"{cid} id check digit")
        ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{cid} procedure")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid} dates keys")
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty")
               and c["law"].startswith("《") and isinstance(c["article"], int), f"{cid} citation shape {c}")
        ok({c["role"] for c in f["citations"]} == {"violated", "penalty"}, f"{cid} needs both roles")
        # encoding
        if lab["encoding"]:
            raw = open(os.path.join(ROOT, cid + ".txt"), "rb").read()
            try:
                raw.decode(lab["encoding"]); good = True
            except UnicodeDecodeError:
                good = False
            ok(good, f"{cid} encoding {lab['encoding']}")
        # party identifiers appear in the text (where there is a text layer)
        text, _ = texts_of(cid)
        if text.strip():
            for key in ("credit_code", "id_number"):
                v = f["party"][key]
                if v:
                    ok(v in text, f"{cid} {key} {v} not found in text")
            ok(f["party"]["name"] in text, f"{cid} party name not in text")
            ok(f["agency"] in text, f"{cid} agency not in text")
            for m in re.finditer(r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY])(?![0-9A-Z])", text):
                s = m.group(1)
                if re.fullmatch(r"\d{17}[\dX]", s) and re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", s[6:14]):
                    ok(id_ok(s), f"{cid} bad ID check digit in text {s}")
                else:
                    ok(credit_ok(s), f"{cid} bad credit code in text {s}")
    ok(all(v <= 2 for v in use.values()), f"code used more than twice: {use}")
    ok(sum(1 for l in labs if not l["codes"]) >= 2, "need two clean cases")
    fams = {c.split("-")[0] for c in use}
    ok(len(fams) >= 6, f"families {fams}")
    ok(len({l['fields']['dates']['decision'][:4] for l in labs}) == 8, "years must differ")
    ok(sum(l['fields']['dates']['decision'] < "2021-07-15" for l in labs) >= 2, "two cases before 2021-07-15")
    return {l["case_id"]: l for l in labs}


def check_day_counts(L):
    D = lambda cid: L[cid]["fields"]["dates"]
    # 01: 60 days filing->decision; 5 wd period after notice served 05-27 ends 06-06; served 1 wd after decision
    d = D("dev15_01_hubei_product")
    ok(days(d["filing"], d["decision"]) == 60, "01 60 days")
    ok(nth_workday("2022-05-27", 5) == "2022-06-06", "01 period end")
    ok(workdays_between(d["decision"], d["decision_served"]) == 1, "01 served")
    # 02: served 2 days after decision; 3-day 陈述 period after 06-28 ended before decision
    d = D("dev15_02_fujian_water")
    ok(days(d["filing"], d["decision"]) == 49, "02 49 days")
    ok(nth_workday("2019-06-28", 3) < d["decision"], "02 period")
    ok(workdays_between(d["decision"], d["decision_served"]) == 2, "02 served")
    # 03: SERV-01 — 10 working days
    d = D("dev15_03_heilongjiang_drivingschool")
    ok(workdays_between(d["decision"], d["decision_served"]) == 10, "03 served after 10 wd")
    ok(days(d["filing"], d["decision"]) == 52, "03 52 days")
    ok(days(d["decision_served"], "2020-09-04") <= 15, "03 payment within 15 days")
    # 04: 5 wd after notice served 04-11 ends 04-18 < decision 04-22
    d = D("dev15_04_hainan_publichealth")
    ok(nth_workday("2024-04-11", 5) == "2024-04-18" and d["decision"] > "2024-04-18", "04 period")
    ok(d["decision"] >= "2024-01-01", "04 after 2024-01-01 (复议机关 rule)")
    # 05: 106 days with extension approved on day 84; 留置送达 5 wd; hearing request 2 wd; 7 wd between notice and hearing
    d = D("dev15_05_neimenggu_land")
    ok(days(d["filing"], d["decision"]) == 106, "05 106 days")
    ok(days(d["filing"], "2023-09-04") == 84, "05 extension approved on day 84")
    ok(days(d["filing"], "2023-10-10") == 120, "05 extended deadline = day 120")
    ok(days(d["decision"], d["decision_served"]) == 13, "05 13 calendar days")
    ok(workdays_between(d["decision"], d["decision_served"]) == 5, "05 5 working days")
    naive = sum(1 for i in range(1, 14) if (dt.date(2023, 9, 26) + dt.timedelta(i)).weekday() < 5)
    ok(naive == 9, "05 naive weekday count 9")
    ok(workdays_between("2023-09-06", "2023-09-08") == 2, "05 hearing request")
    ok(workdays_between("2023-09-11", "2023-09-20") == 7, "05 hearing notice lead")
    ok(days("2023-10-09", "2023-10-12") <= 15, "05 instalment applied within payment period")
    # 06: simple procedure, same day
    d = D("dev15_06_shaanxi_cityclean")
    ok(d["decision"] == d["decision_served"] and L["dev15_06_shaanxi_cityclean"]["fields"]["penalty"]["fine_yuan"] > 200, "06")
    # 07: 审核 (09-02) after decision; decision served next day
    d = D("dev15_07_ningxia_funeral")
    ok("2015-09-02" > d["decision"], "07 审核 after decision")
    ok(nth_workday("2015-08-14", 3) < d["decision"], "07 period")
    ok(1920 + 900 + 1500 == L["dev15_07_ningxia_funeral"]["fields"]["penalty"]["fine_yuan"], "07 sales sum")
    # 08: 先行登记保存 5 wd; 3 wd period ends 10-30
    d = D("dev15_08_xinjiang_pesticide")
    ok(workdays_between("2018-09-28", "2018-10-10") == 5, "08 登记保存 5 wd")
    ok(days("2018-09-28", "2018-10-10") == 12, "08 12 calendar days")
    ok(nth_workday("2018-10-25", 3) == "2018-10-30", "08 period end")
    ok(days(d["filing"], d["decision"]) == 41, "08 41 days")
    ok(3500 - 3250 == 250 and 200 * 25 == 5000, "08 arithmetic")


def check_text_facts():
    t = "\n".join(pdf_pages_text(os.path.join(ROOT, "dev15_01_hubei_product.pdf")))
    ok("共计62台" in t and "货值金额11718元" in t and "64台" in t, "01 EVID-03 text")
    ok(46 + 18 == 64 and 64 * 189 == 12096 and 62 * 189 == 11718, "01 arithmetic")
    t = docx_text(os.path.join(ROOT, "dev15_02_fujian_water.docx"))
    ok("贰拾万元整（￥20,000.00）" in t, "02 DOC-07 text")
    ok("听证" not in t.split("行政处罚事先告知书")[2].split("送达")[0], "02 notice lacks 听证")
    t = open(os.path.join(ROOT, "dev15_03_heilongjiang_drivingschool.txt"), "rb").read().decode("gbk")
    ok("王海峰（执法证号23020018031）、孙德胜" in t, "03 SUBJ-02 text")
    t = open(os.path.join(ROOT, "dev15_07_ningxia_funeral.txt"), encoding="utf-8").read().replace("\n", "")
    ok("依据《殡葬管理条例》第二十二条之规定" in t, "07 LAW-02 text")
    t = "\n".join(pdf_pages_text(os.path.join(ROOT, "dev15_08_xinjiang_pesticide.pdf")))
    ok("第二十七条第一款第（一）项" in t and "罚款人民币1500元" in t.replace("\n", ""), "08 减轻 text")


def check_paths_and_size():
    bad = ["/" + "tmp", "/" + "work", "/" + "root", "/" + "home"]
    total = 0
    for dp, _, fs in os.walk(ROOT):
        if "__pycache__" in dp:
            continue
        for f in fs:
            fp = os.path.join(dp, f)
            total += os.path.getsize(fp)
            blobs = [open(fp, "rb").read()]
            if f.endswith(".docx"):
                with zipfile.ZipFile(fp) as z:
                    blobs += [z.read(n) for n in z.namelist()]
            for b in blobs:
                for s in bad:
                    if s.encode() in b:
                        FAIL.append(f"machine path {s} in {os.path.relpath(fp, ROOT)}")
    ok(total < 3 * 1024 * 1024, f"corpus size {total}")


def main():
    check_paths_and_size()
    L = check_labels()
    check_day_counts(L)
    check_pages_and_toc()
    check_text_facts()
    if FAIL:
        print("FAILED:")
        for f in FAIL:
            print(" -", f)
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
