"""Re-derive what can be re-derived from the built corpus and compare it with labels.jsonl.

Run:  python3 _build/check.py        (prints one line per check, then ALL PASS or FAILED: n)
"""
from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from common import D, credit_ok, daxie, days_between, id_ok, workdays_between  # noqa: E402

FAILS: list[str] = []


def ok(cond: bool, msg: str):
    print(("PASS  " if cond else "FAIL  ") + msg)
    if not cond:
        FAILS.append(msg)


CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_num(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = digits[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + digits[r]
    return s + digits[r // 10] + "十" + (digits[r % 10] if r % 10 else "")


# ------------------------------------------------------------------ text extraction
def pdf_text(path: Path) -> tuple[str, int]:
    from pypdf import PdfReader

    r = PdfReader(str(path))
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


def docx_text(path: Path) -> str:
    """All w:t text in document order (body, tables, text boxes)."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    return "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paras)


def ofd_text(path: Path) -> tuple[str, int]:
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert "OFD.xml" in names
        doc = z.read("Doc_0/Document.xml").decode("utf-8")
        pages = re.findall(r'BaseLoc="(Pages/Page_\d+/Content.xml)"', doc)
        out = []
        for p in pages:
            xml = z.read("Doc_0/" + p).decode("utf-8")
            out.append("".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", xml)))
        for n in names:
            if n.endswith(".xml"):
                import xml.dom.minidom as md

                md.parseString(z.read(n))  # well-formed
        return "\n".join(out), len(pages)


def unescape(s: str) -> str:
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ------------------------------------------------------------------ helpers
def amount_forms(n: float) -> list[str]:
    i = int(n)
    forms = [str(i), f"{i:,}", f"{n:,.2f}", f"{n:.2f}", daxie(n)]
    if i % 10000 == 0:
        forms.append(f"{i // 10000}万")
    return forms


def date_forms(s: str) -> list[str]:
    d = D(s)
    digits = "〇一二三四五六七八九"
    from common import _cn_small

    cn = "".join(digits[int(c)] for c in str(d.year)) + "年" + _cn_small(d.month) + "月" + _cn_small(d.day) + "日"
    fw = f"{d.year}年{d.month}月{d.day}日".translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return [f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}.{d.month}.{d.day}",
            f"{d.year}.{d.month:02d}.{d.day:02d}", d.isoformat(), cn, fw, f"{d.year}{d.month:02d}{d.day:02d}"]


def machine_path_scan(data: bytes) -> list[str]:
    pats = [b"/" + x for x in (b"tmp/", b"work/", b"root/", b"home/", b"usr/share")] + [b"C:" + b"\\Users"]
    blobs = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, flags=re.S):
        try:
            blobs.append(zlib.decompress(m.group(1)))
        except Exception:
            pass
    if data[:2] == b"PK":
        import io

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for n in z.namelist():
                blobs.append(n.encode())
                blobs.append(z.read(n))
    hits = []
    for b in blobs:
        for p in pats:
            if p in b:
                hits.append(p.decode())
    return sorted(set(hits))


# ------------------------------------------------------------------ main
def main():
    labels = [json.loads(line) for line in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    defects = re.findall(r"code: ([A-Z]+-\d+)", (HERE / "defect_codes.txt").read_text(encoding="utf-8"))
    ok(len(labels) == 8, f"labels.jsonl has 8 cases ({len(labels)})")
    meta = json.loads((HERE / "layout_meta.json").read_text(encoding="utf-8"))

    # ---- label shape and corpus-wide rules
    all_codes = []
    clean = 0
    for lab in labels:
        ok(set(lab) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{lab['case_id']}: top-level keys")
        f = lab["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{lab['case_id']}: fields keys")
        ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"} and f["party"]["kind"] in ("单位", "个人", "个体工商户"),
           f"{lab['case_id']}: party shape")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{lab['case_id']}: dates keys")
        ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{lab['case_id']}: procedure")
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty")
               and c["law"].startswith("《"), f"{lab['case_id']}: citation shape {c['law']} {c['article']}")
        for code in lab["codes"]:
            ok(code in defects, f"{lab['case_id']}: code {code} is a contract code")
        all_codes += lab["codes"]
        clean += not lab["codes"]
    ok(clean == 2, f"exactly two clean cases ({clean})")
    ok(all(all_codes.count(c) <= 2 for c in set(all_codes)), "each defect code used at most twice")
    fams = {c.split("-")[0] for c in all_codes}
    ok(len(fams) == 9, f"defect families covered: {sorted(fams)}")

    formats = {}
    for lab in labels:
        cid = lab["case_id"]
        f = lab["fields"]
        mod = importlib.import_module("cases.c0" + cid[-1])
        case = mod.make()
        src_text = "\n".join(d.markup for d in case["docs"]).replace("⟦", "").replace("⟧", "")
        # ---- locate and extract
        paths = [p for p in ROOT.iterdir() if p.name == cid or p.stem == cid]
        ok(len(paths) == 1, f"{cid}: one file or folder")
        p = paths[0]
        text = None
        kind = case["kind"]
        formats.setdefault(kind, []).append(cid)
        if kind == "pdf_text":
            text, n = pdf_text(p)
            ok(n == meta[cid]["npages"], f"{cid}: PDF page count {n} = layout {meta[cid]['npages']}")
        elif kind == "pdf_scan":
            t, n = pdf_text(p)
            ok(norm(t) == "", f"{cid}: scanned PDF has no text layer")
            ok(n == meta[cid]["npages"], f"{cid}: scanned page count {n} = layout {meta[cid]['npages']}")
            from pypdf import PdfReader

            r = PdfReader(str(p))
            for i, pg in enumerate(r.pages):
                xo = pg["/Resources"]["/XObject"]
                for k in xo:
                    o = xo[k].get_object()
                    if o["/ColorSpace"] != "/DeviceGray" or max(o["/Width"], o["/Height"]) > 1600:
                        ok(False, f"{cid}: page {i + 1} image greyscale and <=1600px")
            ok(True, f"{cid}: page images greyscale, <=1600 px")
        elif kind == "photos":
            from PIL import Image

            files = sorted(p.glob("*.jpg"))
            ok(len(files) == meta[cid]["npages"], f"{cid}: {len(files)} photos = layout pages {meta[cid]['npages']}")
            ok(all(max(Image.open(x).size) <= 1600 for x in files), f"{cid}: photos <=1600 px long side")
        elif kind == "folder":
            parts = []
            exts = set()
            for x in sorted(p.iterdir()):
                exts.add(x.suffix)
                if x.suffix == ".pdf":
                    parts.append(pdf_text(x)[0])
                elif x.suffix == ".docx":
                    parts.append(docx_text(x))
                elif x.suffix == ".txt":
                    raw = x.read_bytes()
                    ok(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{cid}: {x.name} CRLF")
                    parts.append(raw.decode(case.get("txt_enc", "utf-8")))
            ok(exts == {".pdf", ".docx", ".txt"}, f"{cid}: mixed PDF/DOCX/TXT")
            text = "\n".join(parts)
        elif kind == "docx":
            text = docx_text(p)
            with zipfile.ZipFile(p) as z:
                doc_xml = z.read("word/document.xml").decode("utf-8")
            ok("<w:sectPr" in doc_xml and doc_xml.count("<w:sectPr") >= 2, f"{cid}: DOCX has 2+ sections")
            ok("v:textbox" in doc_xml and "wp:anchor" in doc_xml and "<w:tbl>" in doc_xml, f"{cid}: DOCX has text box, floating seal, tables")
        elif kind == "txt":
            raw = p.read_bytes()
            enc = lab["encoding"]
            ok(enc == case["encoding"], f"{cid}: labelled encoding {enc}")
            text = raw.decode(enc)
            try:
                raw.decode("gbk")
                gbk = True
            except UnicodeDecodeError:
                gbk = False
            try:
                raw.decode("utf-8")
                u8 = True
            except UnicodeDecodeError:
                u8 = False
            ok(not u8 and (enc != "gb18030" or not gbk), f"{cid}: not UTF-8; needs {enc} (GBK decodable: {gbk})")
            ok(raw.count(b"\n") == raw.count(b"\r\n") > 0, f"{cid}: CRLF line ends")
        elif kind == "ofd":
            text, n = ofd_text(p)
            text = unescape(text)
            ok(n == meta[cid]["npages"], f"{cid}: OFD pages {n} = layout {meta[cid]['npages']}")
        if kind != "txt":
            ok(lab["encoding"] is None, f"{cid}: encoding null for non-text case")

        # ---- labelled values occur in the text (or, for image-only cases, in the source the pages were drawn from)
        hay = norm(text if text is not None else src_text)
        where = "text" if text is not None else "page source"
        ok(norm(f["agency"]) in hay, f"{cid}: agency in {where}")
        ok(norm(f["party"]["name"]) in hay, f"{cid}: party name in {where}")
        for key in ("credit_code", "id_number"):
            v = f["party"][key]
            if v:
                ok(v in hay, f"{cid}: {key} {v} in {where}")
                ok(credit_ok(v) if key == "credit_code" else id_ok(v), f"{cid}: {key} check digit valid")
        fine = f["penalty"]["fine_yuan"]
        ok(any(norm(x) in hay for x in amount_forms(fine)), f"{cid}: fine {fine} in {where}")
        for k, v in f["dates"].items():
            if v:
                ok(any(x in hay for x in date_forms(v)), f"{cid}: {k} date {v} in {where}")
        for c in f["citations"]:
            art = "第" + cn_num(c["article"]) + "条"
            law = c["law"].strip("《》")
            ok(norm(law) in hay and art in hay, f"{cid}: citation {law}{art} in {where}")
        # every 18-character id in the text passes its check digit
        for m in set(re.findall(r"(?<![0-9A-Z])([0-9]{17}[0-9X]|[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])", hay)):
            valid = id_ok(m) if m[:17].isdigit() and m[6:8] in ("19", "20") else credit_ok(m)
            ok(valid, f"{cid}: identifier {m} passes its check digit")

        # ---- date arithmetic the labels rely on
        ds = {k: D(v) for k, v in f["dates"].items() if v}
        ok(ds["filing"] <= ds["notice"] <= ds["decision"] <= ds["decision_served"], f"{cid}: filing<=notice<=decision<=served")
        wd = workdays_between(ds["decision"], ds["decision_served"])
        cd = days_between(ds["filing"], ds["decision"])
        print(f"      {cid}: filing->decision {cd} calendar days; decision->served {wd} working days")
        if "SERV-01" in lab["codes"]:
            ok(wd > 7, f"{cid}: SERV-01 service {wd} working days > 7")
        else:
            ok(wd <= 7, f"{cid}: service within 7 working days ({wd})")
        yr = ds["decision"]
        ok(("三个月内" in hay) == (yr < D("2015-05-01")), f"{cid}: litigation period wording fits the date")
        if yr >= D("2021-07-15"):
            ok("第五十一条第（一）项" not in hay, f"{cid}: no pre-2021 加处罚款 article after 2021-07-15")
        else:
            ok("第七十二条" not in hay, f"{cid}: no 2021 numbering before 2021-07-15")

    ok(set(map(len, formats.values())) <= {1, 2}, f"each format used at most twice: { {k: len(v) for k, v in formats.items()} }")

    # ---- case-specific re-derivations
    lab = {x["case_id"]: x for x in labels}
    # h74-01 ARCH-01: 目录 ranges differ from real ones after the first 询问笔录
    m1 = meta["h74-01"]["ranges"]
    c01 = importlib.import_module("cases.c01")
    from layout import Doc  # noqa

    ents = []
    docs = c01.make()["docs"]
    for d in docs:
        if d.numbered:
            ents.append((d, m1[d.key]))
    toc_md = c01.toc(ents, 0)
    listed = re.findall(r"\|\^(\d+(?:-\d+)?)\|\|$", toc_md, flags=re.M)
    real = [m1[d.key] for d in docs if d.numbered and d.key != "bk"]
    diff = [i for i, (a, b) in enumerate(zip(listed, real)) if a != b]
    ok(len(listed) == len(real) and diff and diff[0] == [d.key for d in docs if d.numbered].index("xw1"),
       f"h74-01: 卷内目录 page ranges wrong from the first 询问笔录 on ({len(diff)} rows)")
    # other cases with a paginated 目录: ranges right
    for cid, modname in (("h74-02", "c02"), ("h74-07", "c07"), ("h74-08", "c08"), ("h74-03", "c03")):
        mm = meta[cid]["ranges"]
        mod = importlib.import_module("cases." + modname)
        dd = mod.make()["docs"]
        toc_fn = mod.make()["toc"][1]
        md = toc_fn([(d, mm[d.key]) for d in dd if d.numbered], 0)
        got = re.findall(r"\|\^(\d+(?:-\d+)?)\|$", md, flags=re.M)
        ok(got == [mm[d.key] for d in dd if d.numbered], f"{cid}: 卷内目录 page ranges match the pages")
    # h74-02: 128 days; 26 excluded; extension 30 → limit 2020-11-09
    ok(days_between(D("2020-06-16"), D("2020-10-22")) - days_between(D("2020-06-17"), D("2020-07-13")) <= 120
       and D("2020-09-08") <= D("2020-06-16") + dt.timedelta(days=90), "h74-02: counted days <= 90+30, extension approved in time")
    # h74-03: fine below 3000 minimum; 13 working days
    ok(lab["h74-03"]["fields"]["penalty"]["fine_yuan"] < 3000, "h74-03: LAW-05 fine below 第六十三条第（一）项 minimum 3000")
    # h74-04: 412*3 + 158*3 != 1770 ; decision before the 5-working-day window ended
    ok(412 * 3 + 158 * 3 == 1710 != 1770, "h74-04: EVID-03 570 人次 × 3 = 1710 ≠ 1770")
    ok(workdays_between(D("2023-05-31"), D("2023-06-05")) == 3 < 5, "h74-04: PROC-05 decision on working day 3 of 5")
    # h74-05: 加处罚款 38 days × 3% × 4000 = 4560 > 4000
    ok(days_between(D("2016-04-22"), D("2016-05-30")) == 38 and 4000 * 0.03 * 38 == 4560 > 4000, "h74-05: EXEC-02 加处罚款 4560 > fine 4000")
    # h74-07: 6 working days over the National Day holiday; 5-wd hearing window ended 09-28
    ok(workdays_between(D("2022-09-29"), D("2022-10-12")) == 6 and workdays_between(D("2022-09-21"), D("2022-09-28")) == 5,
       "h74-07: service 6 working days; hearing window closed before the decision")
    # h74-08: 大写 vs 小写
    t8, _ = pdf_text(ROOT / "h74-08.pdf")
    ok("壹拾贰万元整（¥102,000.00）" in norm(t8), "h74-08: DOC-07 大写/小写 disagree in the 决定书")

    # ---- size and machine paths
    total = sum(x.stat().st_size for x in ROOT.rglob("*") if x.is_file())
    ok(total < 3_000_000, f"whole folder {total} bytes < 3,000,000")
    bad = []
    for x in ROOT.rglob("*"):
        if x.is_file() and "_build" not in x.parts:
            hits = machine_path_scan(x.read_bytes())
            if hits:
                bad.append(f"{x.name}: {hits}")
    ok(not bad, f"no machine paths in outputs {bad}")

    print("ALL PASS" if not FAILS else f"FAILED: {len(FAILS)}")


if __name__ == "__main__":
    main()
