"""Re-derive what can be re-derived from the built heldout69 corpus and print ALL PASS.

Checks: labels shape and code budget; files exist in the declared format; encodings and line endings;
labelled values (agency, party, identifiers, fine, dates, cited articles) occur in the text layer
(or, for the image-only cases, in the strings the pages were drawn from); GB 32100 / GB 11643 check
digits; the day counts and sums the notes rely on; page counts and the 卷内目录 of the text PDF;
image sizes; total size < 3 MB; no machine paths in any file."""
import datetime as dt
import io
import json
import pathlib
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import chinese_calendar  # noqa: E402
import docx  # noqa: E402
from lxml import etree  # noqa: E402
from PIL import Image  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from common import (cn_small, date_cn, d, idno_ok, regno15_ok, rmb_upper, uscc_ok,  # noqa: E402
                    workdays_between)

CODES = """SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05
PROC-01 PROC-02 PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13
DISC-01 DISC-02 DISC-03 DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02
SERV-03 EXEC-01 EXEC-02 ARCH-01""".split()

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


def cn_num(n):
    """Chinese numeral as in article numbers: 第二十条, 第一百零八条, 第一百一十七条."""
    dg = "零一二三四五六七八九"
    if n < 100:
        return cn_small(n)
    h, r = divmod(n, 100)
    s = dg[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + dg[r]
    if r < 20:
        return s + "一十" + (dg[r - 10] if r > 10 else "")
    return s + cn_small(r)


def pdf_text(p):
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def docx_text(p):
    z = zipfile.ZipFile(p)
    root = etree.fromstring(z.read("word/document.xml"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    paras = []
    for para in root.iter("{%s}p" % ns["w"]):
        paras.append("".join(t.text or "" for t in para.iter("{%s}t" % ns["w"])))
    return "\n".join(paras)


def ofd_pages(p):
    z = zipfile.ZipFile(p)
    root = etree.fromstring(z.read("OFD.xml"))
    ns = {"ofd": "http://www.ofdspec.org/2016"}
    doc_root = root.find(".//ofd:DocRoot", ns).text
    doc = etree.fromstring(z.read(doc_root))
    base = doc_root.rsplit("/", 1)[0]
    pages = []
    for pg in doc.findall(".//ofd:Pages/ofd:Page", ns):
        c = etree.fromstring(z.read(base + "/" + pg.get("BaseLoc")))
        pages.append("\n".join(t.text or "" for t in c.iter("{%s}TextCode" % ns["ofd"])))
        for im in c.iter("{%s}ImageObject" % ns["ofd"]):
            ok(im.get("ResourceID"), "ofd image without resource")
    # every referenced MultiMedia file exists
    res = etree.fromstring(z.read(base + "/" + doc.find(".//ofd:DocumentRes", ns).text))
    for mf in res.iter("{%s}MediaFile" % ns["ofd"]):
        ok(f"{base}/Res/{mf.text}" in z.namelist(), f"ofd media missing {mf.text}")
    return pages


def date_forms(iso):
    x = d(iso)
    return {iso, f"{x.year}年{x.month}月{x.day}日", f"{x.year}年{x.month:02d}月{x.day:02d}日", date_cn(x),
            f"{x.year}年{x.month}月{x.day}日".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
            f"{x.year}.{x.month}.{x.day}", f"{x.year}-{x.month}-{x.day}", f"{x.year}.{x.month:02d}.{x.day:02d}"}


def norm(s):
    return re.sub(r"[ \t\r\n\u3000]", "", s)


def check_values(lab, text):
    t = norm(text)
    f = lab["fields"]
    cid = lab["case_id"]
    ok(norm(f["agency"]) in t, f"{cid}: agency not found")
    ok(norm(f["party"]["name"]) in t, f"{cid}: party name not found")
    for k in ("credit_code", "id_number"):
        v = f["party"][k]
        if v:
            ok(v in t, f"{cid}: {k} {v} not found")
    fine = f["penalty"]["fine_yuan"]
    if fine:
        forms = {str(fine), f"{fine:,}", f"{fine:.2f}", f"{fine:,.2f}", rmb_upper(fine), rmb_upper(fine)[:-1]}
        ok(any(x in t for x in forms), f"{cid}: fine {fine} not found")
    for k, v in f["dates"].items():
        if v:
            ok(any(norm(x) in t for x in date_forms(v)), f"{cid}: date {k} {v} not found")
    for c in f["citations"]:
        law = c["law"].strip("《》")
        ok(law in t, f"{cid}: law {law} not found")
        art = "第" + cn_num(c["article"]) + "条"
        ok(art in t, f"{cid}: article {art} not found")
        if c["item"]:
            ok(f"第（{cn_small(c['item'])}）项" in t or f"第({cn_small(c['item'])})项" in t,
               f"{cid}: item {c['item']} not found")


def main():
    labels = [json.loads(x) for x in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    ok(len(labels) == 8, "expected 8 cases")
    counts = {}
    for lab in labels:
        ok(set(lab) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{lab['case_id']}: keys")
        ok(set(lab["fields"]) == {"agency", "party", "penalty", "dates", "citations"}, f"{lab['case_id']}: fields")
        ok(set(lab["fields"]["dates"]) == {"filing", "notice", "decision", "decision_served"}, "dates keys")
        ok(lab["fields"]["party"]["kind"] in ("单位", "个人", "个体工商户"), "party kind")
        ok(lab["fields"]["penalty"]["procedure"] in ("普通", "简易"), "procedure")
        for c in lab["fields"]["citations"]:
            ok(c["role"] in ("violated", "penalty") and c["law"].startswith("《"), "citation shape")
        for c in lab["codes"]:
            ok(c in CODES, f"unknown code {c}")
            counts[c] = counts.get(c, 0) + 1
        cc, idn = lab["fields"]["party"]["credit_code"], lab["fields"]["party"]["id_number"]
        ok(cc is None or uscc_ok(cc), f"{lab['case_id']}: credit code check digit")
        ok(idn is None or idno_ok(idn), f"{lab['case_id']}: id check digit")
        ds = [lab["fields"]["dates"][k] for k in ("filing", "notice", "decision", "decision_served")]
        ok(ds == sorted(ds), f"{lab['case_id']}: label dates out of order")
    ok(all(v <= 2 for v in counts.values()), f"code used more than twice: {counts}")
    ok(sum(1 for lab in labels if not lab["codes"]) == 2, "need exactly two clean cases")
    fams = {c.split("-")[0] for c in counts}
    ok(fams == {"SUBJ", "EVID", "LAW", "PROC", "DISC", "DOC", "SERV", "EXEC", "ARCH"}, f"families {fams}")
    L = {lab["case_id"]: lab for lab in labels}

    import c1_jiujiang_price_2013 as c1
    import c2_cangzhou_env_2016 as c2
    import c4_mianyang_transport_2020 as c4
    import c5_huzhou_food_2021 as c5
    import c6_wuxi_planning_2023 as c6
    import c7_changsha_promo_2024 as c7
    import c8_jinan_tax_2025 as c8

    # ---- c1: image-only scanned PDF
    p = OUT / f"{c1.CASE_ID}.pdf"
    r = PdfReader(str(p))
    ok(len(r.pages) == 20, "c1 page count")
    ok(all(not (pg.extract_text() or "").strip() for pg in r.pages), "c1 must have no text layer")
    ok(all(len(pg.images) == 1 and max(pg.images[0].image.size) <= 1600 for pg in r.pages), "c1 images")
    src = c1.source_text()
    check_values(L[c1.CASE_ID], src)
    ok(regno15_ok(c1.REGNO) and idno_ok(c1.MGR_ID), "c1 identifiers")
    due = d(c1.D["decision_served"]) + dt.timedelta(days=15)
    late = (d(c1.D["payment"]) - due).days
    ok(late == 45 and c1.FINE * 3 // 100 * late == c1.SURCH == 4050 > c1.FINE, "c1 surcharge arithmetic")
    ok(c1.DEC_NO_WRONG in src and c1.DEC_NO in src, "c1 文号 mismatch present")

    # ---- c2: text-layer PDF with 卷内目录
    p = OUT / f"{c2.CASE_ID}.pdf"
    r = PdfReader(str(p))
    pages = [pg.extract_text() or "" for pg in r.pages]
    txt = "\n".join(pages)
    check_values(L[c2.CASE_ID], txt)
    nnum = len(pages) - 3  # cover, 目录 and 备考表 unnumbered
    for i in range(2, 2 + nnum):
        lines = [x.strip() for x in pages[i].splitlines() if x.strip()]
        ok(str(i - 1) in lines, f"c2 page number {i - 1} missing")
    toc = pages[1]
    rows = re.findall(r"(\S+?)\n(?:\S+〔2016〕\n\S+号\n)?2016\.\d+\.\d+\n(\d+(?:-\d+)?)", toc)
    ok(len(rows) == 14, f"c2 toc rows {len(rows)}")
    expect = 1
    for name, rg in rows:
        a, _, b = rg.partition("-")
        a, b = int(a), int(b or a)
        ok(a == expect, f"c2 toc range {name} starts {a}, expected {expect}")
        core = re.sub(r"（.*?）", "", name)
        ok(core[:4] in norm(pages[a + 1]), f"c2 toc: {name} not on page {a}")
        expect = b + 1
    ok(expect - 1 == nnum, "c2 toc does not cover all numbered pages")
    ok("伍仟元（5000元）" in norm(txt) and "伍万元" in txt, "c2 DOC-07 amounts")
    ok("第一百零八条的规定" in txt, "c2 LAW-02 citation without 项")
    ok(uscc_ok(c2.CODE), "c2 code")

    # ---- c3: DOCX
    t3 = docx_text(OUT / "c03_foshan_safety_2022.docx")
    check_values(L["c03_foshan_safety_2022"], t3)
    ok("被询问人（签名）：\n" in t3 + "\n", "c3 empty signature line")
    ok("归档号" in t3, "c3 text box")
    dz = zipfile.ZipFile(OUT / "c03_foshan_safety_2022.docx")
    ok(sum(1 for n in dz.namelist() if n.startswith("word/media/")) >= 1, "c3 seal pictures")
    ok(b"PAGE" in dz.read("word/footer1.xml"), "c3 page field")

    # ---- c4: phone photos
    folder = OUT / c4.CASE_ID
    jpgs = sorted(folder.glob("*.jpg"))
    ok(len(jpgs) == 18, f"c4 photo count {len(jpgs)}")
    for j in jpgs:
        with Image.open(j) as im:
            ok(im.format == "JPEG" and max(im.size) <= 1600, f"c4 {j.name} size")
    src = c4.source_text()
    check_values(L[c4.CASE_ID], src)
    ok(idno_ok(c4.PID) and not idno_ok(c4.PID_BAD) and c4.PID_BAD in src, "c4 DOC-06 ids")
    ok(workdays_between(c4.D["decision"], c4.D["decision_served"]) > 7, "c4 SERV-01 working days")
    ok(src.count(c4.DOCNO) >= 3, "c4 shared 文号")

    # ---- c5: mixed folder
    folder = OUT / c5.CASE_ID
    kinds = {x.suffix for x in folder.iterdir()}
    ok(kinds == {".pdf", ".docx", ".txt"}, f"c5 kinds {kinds}")
    parts = []
    for x in sorted(folder.iterdir()):
        if x.suffix == ".pdf":
            parts.append(pdf_text(x))
        elif x.suffix == ".docx":
            parts.append(docx_text(x))
        else:
            parts.append(x.read_text(encoding="utf-8"))
    t5 = "\n".join(parts)
    check_values(L[c5.CASE_ID], t5)
    ok(c5.VALUE_TRUE == 450 and f"{c5.VALUE_STATED}元" in t5, "c5 EVID-03 arithmetic")
    ok("20000" in t5 and "25000" in t5, "c5 notice/decision amounts")
    ask = docx_text(folder / "03_询问笔录.docx")
    ok("出示" not in ask and "回避" not in ask and "证件" not in ask, "c5 EVID-01")
    ok(workdays_between(c5.D["notice_served"], c5.D["statement"]) <= 5, "c5 statement in time")

    # ---- c6: UTF-8 LF text
    raw = (OUT / f"{c6.CASE_ID}.txt").read_bytes()
    ok(not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw, "c6 must be UTF-8 LF without BOM")
    t6 = raw.decode("utf-8")
    check_values(L[c6.CASE_ID], t6)
    notice = t6[t6.index("行政处罚事先告知书\n梁综执广告"):t6.index("送达回证（告知书）") if "送达回证（告知书）" in t6 else None]
    ok("听证" not in notice.split("送达回证")[0], "c6 告知书 must not mention 听证")
    end = d(c6.D["notice_served"])
    n = 0
    while n < 5:
        end += dt.timedelta(days=1)
        n += chinese_calendar.is_workday(end)
    ok(d(c6.D["decision"]) < end, "c6 PROC-05 timing")
    ok(c6.FINE == c6.COST * 6 // 100, "c6 fine arithmetic")
    ok("缴款" not in t6.replace("缴款平台", ""), "c6 no voucher")

    # ---- c7: GB18030 CRLF text
    raw = (OUT / f"{c7.CASE_ID}.txt").read_bytes()
    try:
        raw.decode("utf-8")
        ok(False, "c7 must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    t7 = raw.decode("gb18030")
    ok("\r\n" in t7 and "\n" not in t7.replace("\r\n", ""), "c7 CRLF")
    check_values(L[c7.CASE_ID], t7)
    ok((d(c7.D["decision"]) - d(c7.D["filing"])).days == 95 and c7.D["extension"] < "2024-06-02", "c7 extension")
    ok(workdays_between(c7.D["notice_served"], c7.D["hearing_req"]) == 5
       and (d(c7.D["hearing_req"]) - d(c7.D["notice_served"])).days == 6, "c7 hearing request")
    ok(workdays_between(c7.D["hearing_notice"], c7.D["hearing"]) - 1 == 7, "c7 hearing notice 7 wd")
    ok(chinese_calendar.is_workday(d("2024-04-28")) and chinese_calendar.is_workday(d("2024-05-11")), "c7 调休")
    ok(sum(a for _d, a, _p in c7.INST) == c7.FINE and all(p <= due for due, _a, p in c7.INST), "c7 instalments")
    ok(workdays_between(c7.D["decision"], c7.D["publish"]) <= 20, "c7 publication")

    # ---- c8: OFD
    pages = ofd_pages(OUT / f"{c8.CASE_ID}.ofd")
    ok(len(pages) >= 8, "c8 pages")
    t8 = "\n".join(pages)
    check_values(L[c8.CASE_ID], t8)
    ok(workdays_between(c8.D["decision"], c8.D["decision_served"]) == 4
       and (d(c8.D["decision_served"]) - d(c8.D["decision"])).days == 12, "c8 service counts")
    ok(d(c8.D["decision"]).weekday() == 6 and chinese_calendar.is_workday(d(c8.D["decision"])), "c8 Sunday workday")
    ok("国家税务总局济南市税务局申请行政复议" in norm(t8) and "听证" not in t8, "c8 remedy / no hearing")

    # ---- whole folder: size and machine paths
    total = 0
    bad = re.compile(rb"/(tmp|work|root|home)/")
    for x in OUT.rglob("*"):
        if x.is_file():
            total += x.stat().st_size
            data = x.read_bytes()
            blobs = [data]
            if x.suffix in (".docx", ".ofd"):
                z = zipfile.ZipFile(io.BytesIO(data))
                blobs += [z.read(n) for n in z.namelist()]
            ok(not any(bad.search(b) for b in blobs), f"machine path in {x.relative_to(OUT)}")
    ok(total < 3 * 1024 * 1024, f"folder size {total}")

    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print(f"cases: {len(labels)}; codes: {dict(sorted(counts.items()))}; size: {total} bytes")
    print("ALL PASS")


if __name__ == "__main__":
    main()
