# -*- coding: utf-8 -*-
"""Re-derives what it can from the dev13 outputs and prints ALL PASS (writer 80).
Run: python3 _build/check.py"""
import glob
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import lib
import case_a, case_b, case_c, case_d, case_e, case_f, case_g, case_h

CODES = ["SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02", "LAW-03",
         "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07", "PROC-08",
         "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02", "DISC-03", "DOC-01", "DOC-02",
         "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09", "SERV-01", "SERV-02", "SERV-03",
         "EXEC-01", "EXEC-02", "ARCH-01"]
FORBIDDEN_CODES = {"SUBJ-04", "DISC-02"}
MODS = {m.build()["case_id"]: m for m in (case_a, case_b, case_c, case_d, case_e, case_f, case_g, case_h)}

fails = []


def ok(cond, msg):
    if not cond:
        fails.append(msg)
    return cond


# ------------------------------------------------------------------ text extraction (pages)
def pdf_pages(path):
    import pypdf
    r = pypdf.PdfReader(path)
    out = []
    for p in r.pages:
        t = p.extract_text() or ""
        imgs = len(p.images) if hasattr(p, "images") else 0
        out.append((t, imgs))
    return out


def docx_paragraphs(path):
    from docx import Document
    d = Document(path)
    paras = []
    for block in d.element.body.iter():
        tag = block.tag.split("}")[-1]
        if tag == "p":
            txt = "".join((x.text or "") if x.tag.split("}")[-1] == "t" else "\t"
                          for x in block.iter() if x.tag.split("}")[-1] in ("t", "tab"))
            brk = any(x.tag.split("}")[-1] == "br" and x.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == "page"
                      for x in block.iter())
            paras.append((txt, brk))
    return paras


def case_pages(cid, fmt):
    """Return list of (page_label, text) for numbered document pages, plus the catalogue text and all text."""
    if fmt == "docx_folder":
        folder = os.path.join(OUT, cid)
        files = sorted(glob.glob(os.path.join(folder, "*.docx")))
        pages, alltext, cat = [], "", ""
        for f in files:
            paras = docx_paragraphs(f)
            text = "\n".join(t for t, _ in paras)
            alltext += text + "\n"
            if "卷内目录" in os.path.basename(f):
                from docx import Document
                d = Document(f)
                cat = "\n".join("\t".join(c.text for c in r.cells) for r in d.tables[0].rows)
                continue
            cur = []
            for t, brk in paras:
                if re.fullmatch(r"\d{1,3}", t.strip()):
                    pages.append((int(t), "\n".join(cur)))
                    cur = []
                else:
                    cur.append(t)
        return pages, cat, alltext
    if fmt == "docx_tabs":
        paras = docx_paragraphs(os.path.join(OUT, cid + ".docx"))
        pages, cur = [], []
        for t, brk in paras:
            cur.append(t)
            if brk:
                pages.append("\n".join(cur))
                cur = []
        pages.append("\n".join(cur))
        numbered = [(i + 1, p) for i, p in enumerate(pages)]
        return numbered[2:-1], numbered[1][1], "\n".join(pages)
    if fmt in ("txt_ascii", "txt_gbk"):
        path = os.path.join(OUT, cid + ".txt")
        raw = open(path, "rb").read()
        enc = "utf-8" if fmt == "txt_ascii" else "gbk"
        if fmt == "txt_gbk":
            try:
                raw.decode("utf-8")
                ok(False, f"{cid}: GBK file also decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        text = raw.decode(enc).replace("\r\n", "\n")
        mark = r"【第(\d+)页】" if fmt == "txt_ascii" else r"^\s*- (\d+) -\s*$"
        parts = re.split(mark, text, flags=re.M)
        head = parts[0]
        # the catalogue and the first document share parts[0]
        sep = "=" * 78 if fmt == "txt_ascii" else "====="
        chunks = head.split(sep)
        cat = chunks[1] if len(chunks) > 1 else ""
        first = sep.join(chunks[2:])
        pages = []
        body = [first] + parts[2::2]
        nums = [int(x) for x in parts[1::2]]
        for n, b in zip(nums, body):
            pages.append((n, b))
        return pages, cat, text
    if fmt in ("pdf_hf", "pdf_mixed", "pdf_titles"):
        pp = pdf_pages(os.path.join(OUT, cid + ".pdf"))
        return pp, pp[1][0], "\n".join(t for t, _ in pp)
    return [], "", ""


def parse_catalog(cat):
    """-> list of (title, start, end) in order."""
    if "\n序号\n" in cat or cat.startswith("序号\n") or "\n页号\n" in cat:
        rows = []
        for m in re.finditer(r"(?:^|\n)(\d{1,2})\n((?:(?!\d{4}年)[^\n]+\n){1,3}?)(\d{4}年\d{1,2}月\d{1,2}日)\n(\d{1,3})(?:-(\d{1,3}))?(?=\n)", cat):
            rows.append((m.group(1) + " " + m.group(2).replace("\n", ""), int(m.group(4)), int(m.group(5) or m.group(4))))
        return rows
    rows = []
    for ln in cat.splitlines():
        ln = ln.strip().strip("|")
        m = re.search(r"(?:^|\s|\t|　|\|)(\d{1,3})(?:-(\d{1,3}))?\s*\|?\s*$", ln)
        m0 = re.match(r"^\s*(\d{1,2})\s*(?:[．.\t　|]|\s)", ln)
        if m and m0 and not ln.startswith("序号"):
            s = int(m.group(1))
            e = int(m.group(2) or m.group(1))
            rows.append((ln, s, e))
    return rows


def first_line(doc):
    """Normalised opening text of a document (its first lines joined), used to find its first page."""
    acc = ""
    for ln in doc["lines"]:
        if ln == "[[PB]]":
            break
        t = re.sub(r"\[\[SIG:([^\]]+)\]\]", "", ln)
        if not t or t.startswith("[[") or t == doc.get("agency"):
            continue
        acc += norm(t)
        if len(acc) >= 40:
            break
    return acc[:40] or None


def norm(s):
    return re.sub(r"[\s\t|　+\-=]", "", s)


# ------------------------------------------------------------------ checks
def check_labels():
    path = os.path.join(OUT, "labels.jsonl")
    labels = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    ok(len(labels) == 8, "labels.jsonl: 8 lines expected")
    use = {}
    clean = 0
    sectors = set()
    for L in labels:
        ok(set(L) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{L.get('case_id')}: label keys")
        cid = L["case_id"]
        exists = any(os.path.exists(os.path.join(OUT, cid + e)) for e in ("", ".pdf", ".txt", ".docx"))
        ok(exists, f"{cid}: no file or folder of that name")
        ok(L["encoding"] in ("utf-8", "gbk", "gb18030", None), f"{cid}: encoding value")
        if os.path.exists(os.path.join(OUT, cid + ".txt")):
            ok(L["encoding"] in ("utf-8", "gbk", "gb18030"), f"{cid}: txt case needs encoding")
        else:
            ok(L["encoding"] is None, f"{cid}: non-txt case must have encoding null")
        ok(1 <= len(L["codes"]) <= 3 or not L["codes"], f"{cid}: 0 or 1-3 codes")
        for c in L["codes"]:
            ok(c in CODES, f"{cid}: unknown code {c}")
            ok(c not in FORBIDDEN_CODES, f"{cid}: profile-dependent code {c}")
            use[c] = use.get(c, 0) + 1
        clean += not L["codes"]
        F = L["fields"]
        ok(set(F) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: fields keys")
        ok(set(F["party"]) == {"name", "kind", "credit_code", "id_number"}, f"{cid}: party keys")
        ok(F["party"]["kind"] in ("单位", "个体工商户", "个人"), f"{cid}: party kind")
        if F["party"]["credit_code"]:
            ok(lib.credit_ok(F["party"]["credit_code"]), f"{cid}: label credit code check digit")
        if F["party"]["id_number"]:
            ok(lib.id_ok(F["party"]["id_number"]), f"{cid}: label ID check digit")
        ok(set(F["penalty"]) == {"fine_yuan", "procedure"} and F["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: penalty")
        ok(set(F["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: dates keys")
        for k, v in F["dates"].items():
            if v is not None:
                ok(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None, f"{cid}: date {k}")
        ds = [F["dates"][k] for k in ("filing", "notice", "decision") if F["dates"][k]]
        ok(ds == sorted(ds), f"{cid}: filing <= notice <= decision")
        for ct in F["citations"]:
            ok(set(ct) == {"law", "article", "paragraph", "item", "role"}, f"{cid}: citation keys")
            ok(ct["role"] in ("violated", "penalty"), f"{cid}: citation role")
            ok(ct["law"].startswith("《") and ct["law"].endswith("》"), f"{cid}: law in 书名号")
            ok(isinstance(ct["article"], int), f"{cid}: article int")
        ok({c["role"] for c in F["citations"]} == {"violated", "penalty"}, f"{cid}: both roles cited")
        sectors.add(cid.split("_")[2][:2])
    for c, n in use.items():
        ok(n <= 2, f"code {c} used {n} times")
    ok(clean >= 2, "at least two clean cases")
    fam = {c.split("-")[0] for c in use}
    ok(len(fam) >= 5, "codes spread over several families")
    ok(len(sectors) == 8, "eight different provinces in case ids")
    years = [int(re.search(r"(\d{4})", L["case_id"]).group(1)) for L in labels]
    ok(len(set(years)) == 8 and min(years) >= 2015 and max(years) <= 2026, "years distinct, 2015-2026")
    return labels


def check_case(L, facts):
    cid = L["case_id"]
    mod = MODS[cid]
    cs = mod.build()
    fmt = cs["fmt"]
    F = L["fields"]
    fine = F["penalty"]["fine_yuan"]
    if fmt == "png_folder":
        from PIL import Image
        files = sorted(glob.glob(os.path.join(OUT, cid, "*.png")))
        ok(len(files) == len(cs["pages"]), f"{cid}: PNG page count")
        for f in files:
            im = Image.open(f)
            ok(im.mode == "L", f"{cid}: {os.path.basename(f)} not greyscale")
            dpi = im.info.get("dpi", (0, 0))[0]
            ok(abs(dpi - 150) < 1, f"{cid}: {os.path.basename(f)} dpi {dpi}")
            ok(abs(im.size[0] - 1240) < 3 and abs(im.size[1] - 1753) < 3, f"{cid}: A4 at 150 dpi size")
        # simple-procedure limits re-derived from the generator data
        ok(F["penalty"]["procedure"] == "简易" and fine <= (3000 if F["party"]["kind"] == "单位" else 200), f"{cid}: 简易 limit")
        dec = "\n".join(cs["pages"][1]["lines"])
        ok("六十日内" in dec and "直接向人民法院提起行政诉讼" in dec and "先" not in dec.split("如不服")[1][:40],
           f"{cid}: planted DOC-02 text missing")
        ok(lib.credit_ok(F["party"]["credit_code"]), f"{cid}: credit code")
        ok(lib.daxie(fine) in dec, f"{cid}: 大写 amount in decision")
        return
    pages, cat, alltext = case_pages(cid, fmt)
    # ---- party codes / IDs found in the text
    for m in re.finditer(r"统一社会信用代码[：:\s]*([0-9A-Z]{18})", alltext):
        ok(lib.credit_ok(m.group(1)), f"{cid}: credit code {m.group(1)} fails GB 32100")
        ok(m.group(1) == F["party"]["credit_code"], f"{cid}: credit code differs from label")
    for m in re.finditer(r"(?:身份证号码|身份证号|身份证件号码|公民身份号码)[：:\s]*(\d{17}[\dX])", alltext):
        ok(lib.id_ok(m.group(1)), f"{cid}: ID {m.group(1)} fails GB 11643")
    ok(F["party"]["name"] in alltext, f"{cid}: party name not in text")
    ok(F["agency"] in alltext, f"{cid}: agency not in text")
    # ---- amounts
    if fmt not in ("pdf_mixed",) or True:
        ok(lib.daxie(fine) in alltext.replace("\n", ""), f"{cid}: 大写 fine {lib.daxie(fine)} missing")
        ok(f"￥{fine:,}.00" in alltext.replace("\n", ""), f"{cid}: 小写 fine missing")
        for m in re.finditer(r"([零壹贰叁肆伍陆柒捌玖拾佰仟万]+元整)（￥([\d,]+)\.00）", alltext.replace("\n", "")):
            ok(lib.daxie_parse(m.group(1)) == int(m.group(2).replace(",", "")), f"{cid}: 大写/小写 disagree {m.group(0)}")
    # ---- dates of the decision present in the text
    dd = lib.D(F["dates"]["decision"])
    flat = alltext.replace("\n", "")
    ok(any(f in flat for f in (lib.cn_date(dd), lib.ar_date(dd))), f"{cid}: decision date not in text")
    # ---- page numbering and catalogue
    checks = facts[cid]["checks"]
    if fmt == "pdf_hf":
        total = len(pages)
        for i, (t, _) in enumerate(pages):
            ok(f"共{total}页" in norm(t) and f"第{i + 1}页" in norm(t), f"{cid}: footer on physical page {i + 1}")
        numbered = [(i + 1, t) for i, (t, _) in enumerate(pages)][2:-1]
    elif fmt in ("pdf_mixed", "pdf_titles"):
        numbered = []
        expect = 1
        for i, (t, nimg) in enumerate(pages[2:]):
            if not t.strip():
                ok(nimg >= 1, f"{cid}: empty page without image")
                numbered.append((expect, None))
                expect += 1
                continue
            mm = re.search(r"-\s*(\d+)\s*-\s*$", t.strip()) if fmt == "pdf_titles" else re.search(r"(\d+)\s*$", t.strip())
            if mm is None:
                continue  # 备考表 (unnumbered)
            ok(int(mm.group(1)) == expect, f"{cid}: page number {mm.group(1)} != {expect}")
            numbered.append((expect, t))
            expect += 1
        if fmt == "pdf_mixed":
            scans = [n for n, t in numbered if t is None]
            ok(len(scans) >= 3, f"{cid}: expected scanned 询问笔录 and 送达回证 pages")
    else:
        numbered = pages
        nums = [n for n, _ in numbered]
        ok(nums == list(range(nums[0], nums[0] + len(nums))), f"{cid}: page numbers not consecutive")
    # actual start page of each document, found by its first content line
    actual = []
    for d in cs["docs"]:
        d = dict(d, agency=cs["agency"])
        fl = first_line(d)
        hit = None
        prev = max([a for a in actual if a is not None] or [0])
        if fl and not d.get("scanned"):
            for n, t in numbered:
                if n > prev and t is not None and fl in norm(t):
                    hit = n
                    break
            ok(hit is not None, f"{cid}: cannot find start of {d['title']}")
        actual.append(hit)
    # fill scanned starts: first image page after the previous document
    for i, d in enumerate(cs["docs"]):
        if actual[i] is None and i > 0 and actual[i - 1] is not None:
            nxt = next((a for a in actual[i + 1:] if a is not None), None)
            actual[i] = next(n for n, t in numbered if n > actual[i - 1] and t is None)
    ends = [(actual[i + 1] - 1 if i + 1 < len(actual) else max(n for n, _ in numbered)) for i in range(len(actual))]
    rows = parse_catalog(cat)
    ok(len(rows) == len(cs["docs"]), f"{cid}: catalogue rows {len(rows)} != documents {len(cs['docs'])}")
    mism = [(r[0][:20], (r[1], r[2]), (a, e)) for r, a, e in zip(rows, actual, ends) if (r[1], r[2]) != (a, e)]
    if "ARCH-01" in L["codes"]:
        ok(len(mism) > 0, f"{cid}: ARCH-01 labelled but catalogue matches")
        k = [d["title"] for d in cs["docs"]].index(cs["arch_defect_from"])
        ok(mism[0][0].find(str(k + 1)) == 0, f"{cid}: first catalogue mismatch should be at the 询问笔录 row")
        ok(str(actual[k]) in L["notes"] and f"{actual[k]}-{ends[k]}" in L["notes"], f"{cid}: notes state the actual 询问笔录 range")
    else:
        ok(not mism, f"{cid}: catalogue vs pages mismatch {mism[:3]}")
    # ---- day counts the labels rely on
    for name, (a, b, n) in checks.get("day_counts", {}).items():
        da, db = lib.D(a), lib.D(b)
        re_n = lib.workdays_after(da, db) if "workdays" in name else (db - da).days
        ok(re_n == n, f"{cid}: {name} stored {n} recomputed {re_n}")
    for name in ("decision_to_served_workdays",):
        if name in checks.get("day_counts", {}):
            n = checks["day_counts"][name][2]
            if "SERV-01" in L["codes"]:
                ok(n > 7, f"{cid}: SERV-01 labelled but served within 7 working days")
                ok(f"{n} working days" in L["notes"], f"{cid}: notes must state the working-day count")
            else:
                ok(n <= 7, f"{cid}: decision served after {n} working days but SERV-01 not labelled")
    fd = F["dates"]
    if fd["filing"] and fd["decision"] and lib.D(fd["decision"]) >= lib.D("2021-07-15"):
        days = (lib.D(fd["decision"]) - lib.D(fd["filing"])).days
        ok(days <= 90 or "延期" in alltext, f"{cid}: {days} days after 立案 without extension")
    # ---- case specific arithmetic
    if cid.startswith("dev13_a"):
        inv = [int(x) for x in re.findall(r"发票号码 No\.\d+　金额 (\d+)元", flat)]
        ok(sum(inv) == sum(checks["invoices"]) == 13000, f"{cid}: invoice sum {sum(inv)}")
        ok("广告费用共计人民币15,000元" in flat, f"{cid}: claimed ad fee missing")
        ok(3 * sum(inv) <= fine <= 5 * sum(inv), f"{cid}: fine must stay inside 3-5x true fee (no LAW-05)")
        ok(checks["decision_no"] in flat and checks["served_no"] in flat and checks["decision_no"] != checks["served_no"], f"{cid}: SERV-03 numbers")
    if cid.startswith("dev13_c"):
        ok(sum(checks["installments"]) == fine, f"{cid}: installments != fine")
        ok("留置送达" in flat and "见证人" in flat, f"{cid}: 留置送达 record")
    if cid.startswith("dev13_d"):
        ok(round((checks["reported"] - checks["verified"]) / checks["verified"] * 100, 1) == checks["rate"], f"{cid}: rate")
        ok("第四十一条的规定，本局决定" in flat, f"{cid}: LAW-02 citation text")
        ok(fine <= 50000, f"{cid}: fine inside 第四十一条第二款")
    if cid.startswith("dev13_e"):
        ok(fine < checks["floor"], f"{cid}: LAW-05 fine should be below floor")
        ok("减轻" not in flat, f"{cid}: a 减轻 ground would undo LAW-05")
    if cid.startswith("dev13_f"):
        ok("缴款" not in "".join(r[0] for r in rows), f"{cid}: EXEC-01 needs no voucher in catalogue")
        ok(not re.search(r"从轻|从重|一般情节|裁量", flat), f"{cid}: DISC-01 needs no discretion reasoning")
    if cid.startswith("dev13_h"):
        n = checks["day_counts"]["hearing_notice_to_hearing_workdays"][2]
        ok(n >= 7, f"{cid}: hearing notice {n} working days")
        ok(checks["day_counts"]["notice_served_to_hearing_request_workdays"][2] <= 5, f"{cid}: hearing request within 5 wd")
        ok(checks["day_counts"]["filing_to_extension_approval_days"][2] <= 90, f"{cid}: extension before day 90")


def check_paths_and_size():
    bad = ["/" + "tmp", "/" + "work", "/" + "root", "/" + "home"]
    total = 0
    for root, dirs, files in os.walk(OUT):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for fn in files:
            p = os.path.join(root, fn)
            total += os.path.getsize(p)
            blobs = []
            if fn.endswith(".docx"):
                with zipfile.ZipFile(p) as z:
                    blobs = [z.read(n) for n in z.namelist()]
            else:
                blobs = [open(p, "rb").read()]
                if fn.endswith(".pdf"):
                    blobs.append("\n".join(t for t, _ in pdf_pages(p)).encode("utf-8"))
            for b in blobs:
                for pat in bad:
                    for enc in ("utf-8", "utf-16-le", "gbk"):
                        ok(pat.encode(enc) not in b, f"machine path {pat!r} in {os.path.relpath(p, OUT)}")
    ok(total < 3 * 1024 * 1024, f"folder size {total} >= 3 MB")
    ok(os.path.exists(os.path.join(OUT, "README.md")), "README.md missing")


def main():
    facts = json.load(open(os.path.join(HERE, "facts.json"), encoding="utf-8"))
    labels = check_labels()
    for L in labels:
        n0 = len(fails)
        check_case(L, facts)
        print(f"{L['case_id']}: {'ok' if len(fails) == n0 else 'FAIL'}")
    check_paths_and_size()
    if fails:
        for f in fails:
            print("FAIL:", f)
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
