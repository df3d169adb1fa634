"""Re-derive what can be checked from the built dev24 corpus; prints ALL PASS or the failures."""
import datetime as dt
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import uscc_ok, id_ok, wd_add, wd_between  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CODES = """SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05 PROC-01 PROC-02
PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13 DISC-01 DISC-02 DISC-03 DOC-01
DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02 SERV-03 EXEC-01 EXEC-02 ARCH-01""".split()
FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


def D(s):
    return dt.date.fromisoformat(s)


def pdf_text(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return [p.extract_text() or "" for p in r.pages]


def docx_text(path):
    from docx import Document
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def case_text(path):
    if path.endswith(".pdf"):
        return "\n".join(pdf_text(path))
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".txt"):
        raw = open(path, "rb").read()
        for enc in ("utf-8", "gb18030"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                pass
    if os.path.isdir(path):
        return "\n".join(case_text(os.path.join(path, f)) for f in sorted(os.listdir(path)))
    return ""


def norm(s):
    return re.sub(r"\s+", "", s)


labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
ok(len(labels) == 8, "8 cases")
entries = sorted(x for x in os.listdir(ROOT) if x not in ("_build", "labels.jsonl", "README.md"))
ids = {os.path.splitext(x)[0] if not os.path.isdir(os.path.join(ROOT, x)) else x: x for x in entries}
ok(sorted(ids) == sorted(l["case_id"] for l in labels), f"case ids match outputs: {sorted(ids)}")

# ---- codes
from collections import Counter
cnt = Counter(c for l in labels for c in l["codes"])
ok(all(c in CODES for c in cnt), "all codes known")
ok(max(cnt.values()) <= 2, "each code at most twice")
ok(sum(1 for l in labels if not l["codes"]) == 2, "two clean cases")

# ---- labels vs outputs
TEXT = {}
for l in labels:
    cid = l["case_id"]
    path = os.path.join(ROOT, ids[cid])
    f = l["fields"]
    p = f["party"]
    if p["credit_code"]:
        ok(uscc_ok(p["credit_code"]), f"{cid}: credit code check digit")
    if p["id_number"]:
        ok(id_ok(p["id_number"]), f"{cid}: id number check digit")
    if cid.startswith(("c03", "c04")):
        continue  # image-only: no text layer by design
    t = norm(case_text(path))
    TEXT[cid] = t
    ok(norm(f["agency"]) in t, f"{cid}: agency in text")
    ok(norm(p["name"]) in t, f"{cid}: party name in text")
    if p["credit_code"]:
        ok(p["credit_code"] in t, f"{cid}: credit code in text")
    if p["id_number"]:
        ok(p["id_number"] in t, f"{cid}: id number in text")
    fine = f["penalty"]["fine_yuan"]
    ok(any(v in t for v in (f"{fine:,}", str(fine))), f"{cid}: fine {fine} in text")
    for c in f["citations"]:
        ok(norm(c["law"]) in t, f"{cid}: law {c['law']} in text")

# ---- image-only cases really have no text layer, and have pages
import pypdf
r = pypdf.PdfReader(os.path.join(ROOT, "c03_xn_hazwaste_2024.pdf"))
ok(all(not (p.extract_text() or "").strip() for p in r.pages), "c03 image-only")
ok(len(r.pages) == man["c03_xn_hazwaste_2024"]["pages"], "c03 page count")
imgs = sorted(os.listdir(os.path.join(ROOT, "c04_sy_socket_2014")))
ok(len(imgs) == man["c04_sy_socket_2014"]["pages"] and all(x.endswith(".jpg") for x in imgs), "c04 photos")
from PIL import Image
for x in imgs:
    ok(max(Image.open(os.path.join(ROOT, "c04_sy_socket_2014", x)).size) <= 1600, f"c04 {x} size")

# ---- case 01: 30+ pages, system header/footer on every page, 卷内目录 wrong exactly from 听证笔录 on
pages = pdf_text(os.path.join(ROOT, "c01_hrb_daoli_elevator_2023.pdf"))
ok(len(pages) >= 30, f"c01 has {len(pages)} pages")
for i, pg in enumerate(pages, 1):
    ok(f"第 {i} 页 共 {len(pages)} 页" in pg and "黑龙江省市场监管综合执法办案系统" in pg, f"c01 header/footer p{i}")
real = man["c01_hrb_daoli_elevator_2023"]["toc_real"]
lines = [x.strip() for x in (pages[1] + "\n" + pages[2]).split("\n") if x.strip()]
wrong = []
for title, s, e in real:
    shown = f"{s}-{e}" if e > s else str(s)
    idx = next((i for i, x in enumerate(lines) if x == title or (len(x) >= 6 and title.startswith(x))), None)
    ok(idx is not None, f"c01 toc row {title}")
    if idx is None:
        continue
    j = next(j for j in range(idx, len(lines)) if re.fullmatch(r"2023\.\d{2}\.\d{2}", lines[j]))
    if lines[j + 1] != shown:
        wrong.append(title)
keys = [x[0] for x in real]
ok(wrong == keys[keys.index("听证笔录"):], f"c01 ARCH-01 rows wrong from 听证笔录 on: {wrong}")
real = {x[0]: (x[1], x[2]) for x in real}
ok(real["听证笔录"][1] > real["听证笔录"][0], "c01 听证笔录 spans 2+ pages")
ok("送达文书名称及文号行政处罚决定书（哈道市监罚告〔2023〕37号）" in TEXT["c01_hrb_daoli_elevator_2023"], "c01 SERV-03 present")
ok(wd_between(D("2023-04-20"), D("2023-05-05")) >= 7, "c01 hearing notice 7 wd")
ok(wd_between(D("2023-04-14"), D("2023-04-18")) <= 5, "c01 hearing request in time")
ok((D("2023-05-15") - D("2023-03-14")).days <= 90, "c01 90 days")
ok(wd_between(D("2023-05-15"), D("2023-05-17")) <= 7, "c01 service 7 wd")

# ---- case 02: PROC-05 arithmetic and DOC-06 typo
end = wd_add(D("2023-09-27"), 5)
ok(end == D("2023-10-10") and D("2023-10-09") < end, f"c02 period ends {end}, decision 10-09 before it")
t2 = TEXT["c02_xa_changan_freight_2023"]
pid = labels[1]["fields"]["party"]["id_number"]
bad = pid[:10] + "0216" + pid[14:]
ok(bad in t2 and not id_ok(bad), "c02 DOC-06 wrong id present and invalid")
for pg in pdf_text(os.path.join(ROOT, "c02_xa_changan_freight_2023.pdf")):
    ok("陕西省交通运输综合执法信息系统" in pg and "打印时间" in pg and re.search(r"第 \d+ 页 共 \d+ 页", pg), "c02 header/footer")

# ---- case 04: EVID-03 arithmetic
ok(800 * 18.5 + 400 * 19.5 == 22600 and 22600 != 22800, "c04 货值 sum 22600 vs stated 22800")
ok(22600 <= 22800 <= 3 * 22600, "c04 fine still inside 1-3x of the true base")

# ---- case 05 (clean): extension, working days over 国庆 2025, e-service
ok((D("2025-10-11") - D("2025-06-20")).days == 113, "c05 113 days")
ok(D("2025-09-12") <= D("2025-06-20") + dt.timedelta(days=90), "c05 extension approved before day 90")
ok(D("2025-10-11") <= D("2025-06-20") + dt.timedelta(days=120), "c05 within extended limit")
ok(wd_add(D("2025-09-26"), 5) == D("2025-10-10"), "c05 notice period ends 10-10")
ok(wd_between(D("2025-10-11"), D("2025-10-13")) <= 7, "c05 service within 7 wd")
ok((D("2025-10-27") - D("2025-10-13")).days <= 15, "c05 paid within 15 days")
ok(wd_between(D("2025-10-11"), D("2025-10-29")) <= 20, "c05 published within 20 wd")
kinds = {os.path.splitext(x)[1] for x in man["c05_nn_qingxiu_ecommerce_2025"]["files"]}
ok(kinds == {".pdf", ".docx", ".txt"}, "c05 mixed formats")

# ---- case 06 docx: sections, header, tables
z = zipfile.ZipFile(os.path.join(ROOT, "c06_gy_yunyan_advert_2019.docx"))
ok(sum(1 for n in z.namelist() if n.startswith("word/header")) >= 5, "c06 several section headers")
t6 = TEXT["c06_gy_yunyan_advert_2019"]
ok("执法证号：＿＿＿＿＿＿" in t6 and "集体讨论记录" not in t6, "c06 SUBJ-02 / PROC-07 as labelled")

# ---- case 07/08: encodings, line ends
raw7 = open(os.path.join(ROOT, "c07_bt_kundulun_safety_2022.txt"), "rb").read()
ok(raw7.count(b"\r\n") == raw7.count(b"\n"), "c07 CRLF")
try:
    raw7.decode("utf-8"); ok(False, "c07 must not be valid UTF-8")
except UnicodeDecodeError:
    pass
raw7.decode("gb18030")
t7 = TEXT["c07_bt_kundulun_safety_2022"]
ok("¥50,000.00" in t7 and "¥10,000" not in t7, "c07 EXEC-01: only the unit's voucher")
ok((D("2022-02-09") - D("2022-01-25")).days <= 15, "c07 unit paid in time")
ok(wd_add(D("2022-01-12"), 5) < D("2022-01-24"), "c07 period ended before decision")
raw8 = open(os.path.join(ROOT, "c08_wlmq_tianshan_price_onspot_2024.txt"), "rb").read()
raw8.decode("utf-8")
ok(b"\r\n" not in raw8, "c08 LF")
t8 = TEXT["c08_wlmq_tianshan_price_onspot_2024"]
ok(labels[7]["fields"]["penalty"]["fine_yuan"] <= 3000 and "行政复议决定书之日起十五日内" in t8, "c08 simple-procedure limits and 复议前置")
for l in labels:
    enc = l["encoding"]
    ok((enc is not None) == l["case_id"].startswith(("c07", "c08")), f"{l['case_id']} encoding label only for text cases")

# ---- date order per case (labels)
for l in labels:
    ds = l["fields"]["dates"]
    seq = [ds[k] for k in ("filing", "notice", "decision", "decision_served") if ds[k]]
    ok(seq == sorted(seq), f"{l['case_id']} dates ordered")

# ---- size and machine paths
total = 0
for dp, dn, fn in os.walk(ROOT):
    for f in fn:
        p = os.path.join(dp, f)
        total += os.path.getsize(p)
        if "__pycache__" in p:
            continue
        data = open(p, "rb").read()
        for bad_path in (b"/" + b"tmp/", b"/" + b"work/", b"/" + b"home/"):
            ok(bad_path not in data, f"machine path in {os.path.relpath(p, ROOT)}")
        if p.endswith(".docx"):
            for n in zipfile.ZipFile(p).namelist():
                ok(b"/" + b"tmp/" not in zipfile.ZipFile(p).read(n), f"machine path in {p}:{n}")
ok(total < 3 * 1024 * 1024, f"size {total} < 3 MB")

if FAIL:
    print("FAILED:")
    for f in FAIL:
        print(" -", f)
    sys.exit(1)
print(f"{len(labels)} cases, codes {dict(sorted(cnt.items()))}, total {total} bytes")
print("ALL PASS")
