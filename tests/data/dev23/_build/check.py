"""Re-derive what can be re-derived from the built dev23 corpus and print ALL PASS (or the failures).

Run from anywhere: python3 _build/check.py  (needs pypdf, python-docx, chinese_calendar, pillow)
"""
import sys
sys.dont_write_bytecode = True
import datetime as dt
import glob
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import uscc_ok, id_ok, workdays_between, daxie  # noqa: E402

CODES = """SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05
PROC-01 PROC-02 PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13
DISC-01 DISC-02 DISC-03 DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02
SERV-03 EXEC-01 EXEC-02 ARCH-01""".split()
FAIL = []
MPATHS = [b"/" + w + b"/" for w in (b"tmp", b"work", b"root", b"home")]


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


def D(s):
    return dt.date.fromisoformat(s)


# ------------------------------------------------------------------ text of each case
def pdf_text(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("｜".join(c.text for c in r.cells))
    with zipfile.ZipFile(path) as z:  # text boxes live outside python-docx's paragraph list
        xml = z.read("word/document.xml").decode("utf-8")
    out += re.findall(r"<w:t>([^<]*)</w:t>", xml[xml.find("txbxContent"):]) if "txbxContent" in xml else []
    return "\n".join(out)


def transcript(cid):
    with open(os.path.join(HERE, "transcripts", cid + ".txt"), encoding="utf-8") as fh:
        return fh.read()


def case_text(lab):
    cid = lab["case_id"]
    p = os.path.join(ROOT, cid)
    if os.path.exists(p + ".txt"):
        raw = open(p + ".txt", "rb").read()
        return raw.decode(lab["encoding"])
    if os.path.exists(p + ".pdf"):
        t = "\n".join(pdf_text(p + ".pdf"))
        return t if t.strip() else transcript(cid)
    if os.path.exists(p + ".docx"):
        return docx_text(p + ".docx")
    if os.path.isdir(p):
        parts = []
        for f in sorted(os.listdir(p)):
            fp = os.path.join(p, f)
            if f.endswith(".pdf"):
                parts.append("\n".join(pdf_text(fp)))
            elif f.endswith(".docx"):
                parts.append(docx_text(fp))
            elif f.endswith(".txt"):
                parts.append(open(fp, encoding="utf-8").read())
        t = "\n".join(parts)
        if os.path.exists(os.path.join(HERE, "transcripts", cid + ".txt")):
            t += "\n" + transcript(cid)
        return t
    raise FileNotFoundError(cid)


def squash(t):
    return re.sub(r"\s+", "", t)


CN = "〇一二三四五六七八九"


def date_forms(s):
    d = D(s)
    y = "".join(CN[int(c)] for c in str(d.year))

    def cn(n):
        if n < 10:
            return CN[n]
        a, b = divmod(n, 10)
        return ("" if a == 1 else CN[a]) + "十" + ("" if b == 0 else CN[b])
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    return {f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}.{d.month}.{d.day}",
            f"{d.year}.{d.month:02d}.{d.day:02d}", d.isoformat(), d.strftime("%Y%m%d"),
            f"{y}年{cn(d.month)}月{cn(d.day)}日", f"{y.replace('〇', '○')}年{cn(d.month)}月{cn(d.day)}日",
            f"{d.year}年{d.month}月{d.day}日".translate(fw)}


def money_forms(n):
    n = float(n)
    i = int(n)
    return {str(i), f"{i:,}", f"{n:.2f}", f"{n:,.2f}", daxie(n).replace("整", "")}


# ------------------------------------------------------------------ checks
def main():
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    ok(len(labels) == 8, "eight cases")
    ycodes = os.path.join(ROOT, "..", "..", "..", "..", "shared", "contract", "defects.yaml")
    if os.path.exists(ycodes):
        ycode_set = set(re.findall(r"code: ([A-Z]+-\d\d)", open(ycodes, encoding="utf-8").read()))
        ok(ycode_set == set(CODES), "embedded code list matches defects.yaml")
    counts = {}
    clean = 0
    kinds = {}
    for lab in labels:
        cid = lab["case_id"]
        ok(set(lab) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid}: label keys")
        f = lab["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: field keys")
        ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, f"{cid}: party keys")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: date keys")
        ok(f["party"]["kind"] in ("单位", "个人", "个体工商户"), f"{cid}: party kind")
        ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: procedure")
        for c in lab["codes"]:
            ok(c in CODES, f"{cid}: unknown code {c}")
            counts[c] = counts.get(c, 0) + 1
        clean += not lab["codes"]
        for cit in f["citations"]:
            ok(set(cit) == {"law", "article", "paragraph", "item", "role"} and cit["role"] in ("violated", "penalty"),
               f"{cid}: citation shape")
        # format kind
        p = os.path.join(ROOT, cid)
        if os.path.exists(p + ".txt"):
            k = "text"
        elif os.path.exists(p + ".docx"):
            k = "docx"
        elif os.path.exists(p + ".pdf"):
            k = "pdf-text" if "".join(pdf_text(p + ".pdf")).strip() else "pdf-scan"
        elif os.path.isdir(p):
            k = "photos" if all(x.endswith(".jpg") for x in os.listdir(p)) else "folder-mixed"
        kinds[k] = kinds.get(k, 0) + 1
        ok((lab["encoding"] is not None) == (k == "text"), f"{cid}: encoding given only for plain text")

        # identifiers
        cc, idn = f["party"]["credit_code"], f["party"]["id_number"]
        if cc:
            ok(uscc_ok(cc), f"{cid}: credit code check digit")
        if idn:
            ok(id_ok(idn), f"{cid}: id number check digit")

        # labelled values occur in the text
        text = case_text(lab)
        sq = squash(text)
        for v in (f["agency"], f["party"]["name"], cc, idn):
            if v:
                ok(squash(v) in sq, f"{cid}: '{v}' not found in text")
        if f["penalty"]["fine_yuan"] is not None:
            ok(any(m in sq for m in money_forms(f["penalty"]["fine_yuan"])), f"{cid}: fine not found")
        for key, v in f["dates"].items():
            if v:
                ok(any(x in sq for x in date_forms(v)), f"{cid}: date {key} {v} not found")
        for cit in f["citations"]:
            ok(cit["law"].strip("《》") in sq, f"{cid}: law {cit['law']} not in text")
        # order of the dated steps the labels carry
        ds = f["dates"]
        seq = [ds["filing"], ds["notice"], ds["decision"], ds["decision_served"]]
        seq = [D(x) for x in seq if x]
        ok(seq == sorted(seq), f"{cid}: labelled dates out of order")
        if ds["decision"] and ds["decision_served"]:
            ok(workdays_between(D(ds["decision"]), D(ds["decision_served"])) <= 7, f"{cid}: service beyond 7 workdays")
        span = (D(ds["decision"]) - D(ds["filing"])).days
        if "PROC-03" in lab["codes"]:
            ok(span > 90 and "延长" not in text.replace("延长工作时间", ""), f"{cid}: PROC-03 premise")
        elif cid == "dev23-03-samr":
            ok(90 < span <= 120 and "延长办案期限三十日" in sq, f"{cid}: extension premise ({span})")
        else:
            ok(span <= 90, f"{cid}: decision {span} days after filing")
        if k == "text":
            raw = open(p + ".txt", "rb").read()
            crlf = raw.count(b"\r\n")
            ok((crlf > 0) == (cid == "dev23-01-hrss"), f"{cid}: line endings")
            try:
                raw.decode("utf-8")
                ok(False, f"{cid}: should not be valid UTF-8")
            except UnicodeDecodeError:
                pass

    # corpus-level rules
    ok(all(v <= 2 for v in counts.values()), f"a code used more than twice: {counts}")
    ok(clean == 2, "exactly two clean cases")
    ok(all(v <= 2 for v in kinds.values()), f"a format used more than twice: {kinds}")
    fams = {c.split("-")[0] for c in counts}
    ok(len(fams) >= 8, f"families covered: {sorted(fams)}")

    # ---------------------------------------------------------- case-specific re-derivations
    # tax: working days of the hearing request and notice, 5-year limit, instalments
    ok(workdays_between(D("2025-09-28"), D("2025-10-10")) == 4, "tax: hearing request on 4th working day")
    ok(workdays_between(D("2025-10-14"), D("2025-10-23")) == 7, "tax: 7 working days before hearing")
    ok((D("2025-08-11") - D("2022-05-20")).days > 730 and D("2025-08-11") < D("2027-05-20"), "tax: 2y < gap < 5y")
    ok(10000 + 10000 + 11240 == 31240 == 62480 // 2, "tax: instalments add up to 50% of the tax")
    tax = pdf_text(os.path.join(ROOT, "dev23-02-tax.pdf"))
    jue = [i for i, t in enumerate(tax) if "税务行政处罚决定书" in t and "温税三稽罚〔2025〕41号" in t and "经我局" in t]
    ok(jue and "2025年11月6日" not in tax[jue[0]] and "2025年11月6日" in tax[jue[0] + 1], "tax: 落款 split over a page break")
    # samr: working days across 端午 2023, value arithmetic
    ok(workdays_between(D("2023-06-16"), D("2023-06-21")) == 3, "samr: request on 3rd working day")
    ok(workdays_between(D("2023-06-27"), D("2023-07-06")) == 7, "samr: hearing notice 7 working days ahead")
    ok(60 * 198 == 11880 and 22 * 198 == 4356 and round(11880 * 1.2) == 14256, "samr: arithmetic")
    # hrss: 大写 vs 小写
    t1 = open(os.path.join(ROOT, "dev23-01-hrss.txt"), "rb").read().decode("gbk")
    ok("计人民币10800元（大写：壹万零捌拾元整）" in t1 and daxie(10800) == "壹万零捌佰元整", "hrss: DOC-07 premise")
    ok("三个月内直接向" in t1, "hrss: DOC-02 premise")
    # fire: image-only, TOC pages verified at build time, 13 numbered pages + 3 unnumbered
    fire = pdf_text(os.path.join(ROOT, "dev23-04-fire.pdf"))
    ok(len(fire) == 16 and not "".join(fire).strip(), "fire: 16 image-only pages")
    ft = transcript("dev23-04-fire")
    ok("听证" not in ft.split("行政处罚告知书")[1].split("送达回证")[0], "fire: PROC-02 premise")
    # msa: SERV-03 and ARCH-01 premises
    msa = pdf_text(os.path.join(ROOT, "dev23-05-msa.pdf"))
    ms = squash("".join(msa))
    ok("张海罚〔2018〕37号" in ms and "张海罚〔2018〕73号" in ms, "msa: SERV-03 premise")
    toc = squash(msa[1])
    ok("补充询问笔录" not in toc, "msa: supplementary record missing from 目录")
    real = [i for i, t in enumerate(msa) if "海事行政处罚决定书" in t and "经查" in t][0] + 1 - 2
    lines = [x.strip() for x in msa[1].splitlines()]
    at = lines.index("海事行政处罚决定书")
    listed = int(lines[lines.index("页号", at) + 1])
    ok(listed == real - 1, f"msa: 目录 off by one for the decision ({listed} vs {real})")
    ok(len(msa) == 17, f"msa: page count {len(msa)}")
    # housing: transposed credit code
    h = os.path.join(ROOT, "dev23-06-housing")
    bad = re.search(r"统一社会信用代码：([0-9A-Z]{18})", squash("".join(pdf_text(os.path.join(h, "012.pdf")))).replace("：", "："))
    ok(bad and not uscc_ok(bad.group(1)), "housing: DOC-06 premise (bad code on 012.pdf)")
    ok(sorted(os.listdir(h)) == [f"{i:03d}.{e}" for i, e in zip(range(1, 18), "pdf docx pdf docx txt docx pdf pdf pdf docx txt pdf pdf docx pdf docx txt".split())],
       "housing: numbered file names")
    ok(not "".join(pdf_text(os.path.join(h, "003.pdf"))).strip(), "housing: 003 is a scan")
    ok((D("2021-11-26") - D("2021-08-16")).days == 102, "housing: 102 days")
    ok("集体讨论" not in case_text({"case_id": "dev23-06-housing", "encoding": None}), "housing: no 集体讨论 in the file")
    # eco: 14 photos, sizes
    eco = sorted(glob.glob(os.path.join(ROOT, "dev23-07-eco", "*.jpg")))
    from PIL import Image
    ok(len(eco) == 14, "eco: 14 photos")
    ok(all(max(Image.open(x).size) <= 1600 for x in eco), "eco: long side <= 1600")
    et = transcript("dev23-07-eco")
    ok(et.count("\t调查询问笔录") == 3, "eco: 询问笔录 spans three photos")
    # culture: sums
    t8 = open(os.path.join(ROOT, "dev23-08-culture.txt"), "rb").read().decode("gb18030")
    ok(8 + 12 + 6 + 10 + 9 == 45 and "违法所得50元" in squash(t8), "culture: EVID-03 premise")
    ok("罚款人民币叁仟元（3000元）" in t8 and "罚款人民币伍仟元（5000元）" in t8 and "¥3,000.00" in t8, "culture: PROC-08/EXEC-01 premise")

    # ---------------------------------------------------------- size and machine paths
    total = 0
    for dp, _, fs in os.walk(ROOT):
        for fn in fs:
            fp = os.path.join(dp, fn)
            total += os.path.getsize(fp)
            data = open(fp, "rb").read()
            blobs = [data]
            if fn.endswith(".docx"):
                with zipfile.ZipFile(fp) as z:
                    blobs = [z.read(n) for n in z.namelist()]
            for b in blobs:
                ok(not any(m in b for m in MPATHS), f"machine path in {fn}")
    ok(total < 3 * 1024 * 1024, f"size {total}")
    ok(not glob.glob(os.path.join(ROOT, "**", "__pycache__"), recursive=True), "no __pycache__")

    if FAIL:
        for m in FAIL:
            print("FAIL:", m)
        sys.exit(1)
    print(f"codes: {dict(sorted(counts.items()))}")
    print(f"formats: {kinds}   size: {total} bytes")
    print("ALL PASS")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
