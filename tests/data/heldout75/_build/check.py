"""Re-derive what can be re-derived from the built heldout75 corpus and compare with labels.jsonl.

Run with the build environment's python:  python3 _build/check.py
Prints one line per check group and ALL PASS at the end (exit status 1 on any failure).
"""
import datetime as dt
import hashlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from common import (D, d_cn, d_dot, d_fw, d_ymd, d_ymd0, daxie, idno_ok, nth_workday_after,  # noqa: E402
                    regno15_ok, uscc_ok, workdays_after)

CODES = """SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05 PROC-01 PROC-02
PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13 DISC-01 DISC-02 DISC-03
DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02 SERV-03 EXEC-01 EXEC-02 ARCH-01""".split()

FAILS = []


def ok(cond, msg):
    if not cond:
        FAILS.append(msg)
    return cond


# ------------------------------------------------------------------ text extraction
def pdf_pages(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


def docx_text(path):
    z = zipfile.ZipFile(path)
    xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    out = []
    for p in paras:
        out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return "\n".join(out)


def ofd_pages(path):
    from lxml import etree
    z = zipfile.ZipFile(path)
    ns = "{http://www.ofdspec.org/2016}"
    root = etree.fromstring(z.read("OFD.xml"))
    doc_root = root.find(f"{ns}DocBody/{ns}DocRoot").text
    base = doc_root.rsplit("/", 1)[0]
    doc = etree.fromstring(z.read(doc_root))
    pages = []
    for pg in doc.find(f"{ns}Pages"):
        loc = base + "/" + pg.get("BaseLoc")
        content = etree.fromstring(z.read(loc))
        pages.append("\n".join(t.text or "" for t in content.iter(f"{ns}TextCode")))
    # every resource referenced by an ImageObject must exist
    res = etree.fromstring(z.read(base + "/" + doc.find(f"{ns}CommonData/{ns}DocumentRes").text))
    media = {m.get("ID"): base + "/" + res.get("BaseLoc") + "/" + m.find(f"{ns}MediaFile").text
             for m in res.iter(f"{ns}MultiMedia")}
    for n in z.namelist():
        if n.endswith("Content.xml"):
            for im in etree.fromstring(z.read(n)).iter(f"{ns}ImageObject"):
                ok(media.get(im.get("ResourceID")) in z.namelist(), f"OFD image resource missing in {n}")
    for n in z.namelist():
        if n.endswith(".xml"):
            etree.fromstring(z.read(n))
    return pages


def case_text(path):
    """Whole text of a case, plus a per-page list where pages are meaningful."""
    if path.is_dir():
        parts = []
        for f in sorted(path.iterdir()):
            if f.suffix == ".pdf":
                parts.append("\n".join(pdf_pages(f)[0]))
            elif f.suffix == ".docx":
                parts.append(docx_text(f))
            elif f.suffix == ".txt":
                raw = f.read_bytes()
                parts.append(raw.decode("utf-8-sig"))
        return "\n".join(parts), None
    if path.suffix == ".pdf":
        pages, _ = pdf_pages(path)
        return "\n".join(pages), pages
    if path.suffix == ".docx":
        return docx_text(path), None
    if path.suffix == ".ofd":
        pages = ofd_pages(path)
        return "\n".join(pages), pages
    if path.suffix == ".txt":
        return path.read_bytes().decode("gb18030"), None
    return "", None


def norm(s):
    return re.sub(r"\s+", "", s)


def date_forms(iso):
    d = D(iso)
    return {d_ymd(d), d_ymd0(d), d_cn(d), d_cn(d, "○"), d_fw(d), iso, d_dot(d), f"{d.year}-{d.month}-{d.day}"}


def money_forms(v):
    forms = {str(v), f"{v:,}", f"{v:.2f}", f"{v:,.2f}", daxie(v)}
    return forms


# ------------------------------------------------------------------ main
def main():
    labels = [json.loads(l) for l in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    meta = json.loads((HERE / "meta.json").read_text(encoding="utf-8"))
    print(f"cases: {len(labels)}")
    ok(len(labels) == 8, "expected 8 cases")

    # ---- manifest: outputs are exactly what build.py wrote
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    for rel, h in manifest.items():
        p = ROOT / rel
        ok(p.exists() and hashlib.sha256(p.read_bytes()).hexdigest() == h, f"manifest mismatch: {rel}")
    print("manifest: %d files match build output" % len(manifest))

    # ---- label shape and code budget
    counts = {}
    clean = 0
    for lab in labels:
        cid = lab["case_id"]
        ok(set(lab) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid}: label keys")
        f = lab["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: fields keys")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: dates keys")
        ok(f["party"]["kind"] in ("单位", "个人", "个体工商户"), f"{cid}: party kind")
        ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: procedure")
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty")
               and c["law"].startswith("《"), f"{cid}: citation shape {c}")
        for c in lab["codes"]:
            ok(c in CODES, f"{cid}: unknown code {c}")
            counts[c] = counts.get(c, 0) + 1
        clean += not lab["codes"]
    ok(all(v <= 2 for v in counts.values()), f"a code used more than twice: {counts}")
    ok(clean == 2, f"expected exactly two clean cases, got {clean}")
    fams = {c.split("-")[0] for c in counts}
    print(f"codes: {len(counts)} distinct, families {sorted(fams)}, clean cases {clean}")

    total = 0
    for p in ROOT.rglob("*"):
        if p.is_file():
            total += p.stat().st_size
    ok(total < 3 * 1024 * 1024, f"folder too large: {total}")
    print(f"size: {total / 1024 / 1024:.2f} MB")

    # ---- no machine paths anywhere (built files, scripts, labels, README)
    pat = re.compile(("/" + "tmp/|/" + "work/|/" + "root/|/" + "home/|/" + "usr/share").encode())
    bad = []
    for p in ROOT.rglob("*"):
        if not p.is_file():
            continue
        blobs = [p.read_bytes()]
        if p.suffix in (".docx", ".ofd"):
            z = zipfile.ZipFile(p)
            blobs += [z.read(n) for n in z.namelist()]
        if p.suffix == ".pdf":
            import zlib
            for m in re.finditer(rb"stream\r?\n(.*?)endstream", blobs[0], flags=re.S):
                try:
                    blobs.append(zlib.decompress(m.group(1)))
                except Exception:
                    pass
        if any(pat.search(b) for b in blobs):
            bad.append(str(p.relative_to(ROOT)))
    ok(not bad, f"machine paths in {bad}")
    print("machine paths: none")

    for lab in labels:
        cid = lab["case_id"]
        f = lab["fields"]
        m = meta[cid]
        cands = [p for p in ROOT.iterdir() if p.name == cid or p.stem == cid]
        ok(len(cands) == 1, f"{cid}: case file not found")
        path = cands[0]
        party = f["party"]

        # check digits of labelled identifiers
        if party["credit_code"]:
            ok(uscc_ok(party["credit_code"]), f"{cid}: credit code check digit")
        if party["id_number"]:
            ok(idno_ok(party["id_number"]), f"{cid}: id number check digit")

        # date arithmetic the labels rely on
        dd = {k: D(v) for k, v in f["dates"].items() if v}
        ok(dd["filing"] < dd["notice"] < dd["decision"] <= dd["decision_served"], f"{cid}: date order")
        days = (dd["decision"] - dd["filing"]).days
        wds = workdays_after(dd["decision"], dd["decision_served"])
        if "PROC-03" in lab["codes"]:
            ok(days > 90, f"{cid}: PROC-03 needs >90 days")
        elif days > 90:
            ok("延长" in case_text(path)[0], f"{cid}: >90 days without extension")
        ok(wds <= 7 or "SERV-01" in lab["codes"], f"{cid}: service {wds} working days")
        print(f"{cid}: {m['format'][:38]:38s} filing->decision {days:3d} d, decision->served {wds} wd, codes {lab['codes']}")

        if cid == "w113-01":
            end = nth_workday_after(D("2026-05-12"), 5)
            ok(dd["decision"] < end, "w113-01: PROC-05 decision must precede the end of the 5-working-day period")
        if cid == "w113-04":
            ok(dd["decision"] < nth_workday_after(D("2024-09-23"), 5), "w113-04: trap needs decision before period end")
            ok(wds <= 7 and (dd["decision_served"] - dd["decision"]).days > 7, "w113-04: holiday service trap")
            ok(workdays_after(D("2024-09-13"), D("2024-09-14")) == 1, "w113-04: 2024-09-14 must be a working Saturday")

        # image-only cases: no text layer, pages/images sane
        if cid == "w113-05":
            pages, r = pdf_pages(path)
            ok(all(not p.strip() for p in pages), "w113-05: scanned PDF must have no text layer")
            ok(len(pages) == m["pages"], "w113-05: page count")
            for pg in r.pages:
                for im in pg.images:
                    from PIL import Image
                    w, h = Image.open(io.BytesIO(im.data)).size
                    ok(max(w, h) <= 1600, "w113-05: image too large")
            ok(regno15_ok(m["reg_no"]) and idno_ok(m["rep_id"]), "w113-05: 注册号/身份证号 check digits")
            continue
        if cid == "w113-03":
            from PIL import Image
            jpgs = sorted(path.glob("*.jpg"))
            ok(len(jpgs) == m["pages"] and len(jpgs) == len(list(path.iterdir())), "w113-03: one JPEG per page")
            for j in jpgs:
                im = Image.open(j)
                ok(im.format == "JPEG" and max(im.size) <= 1600, f"{j.name}: format/size")
            ok(abs(m["huozhi"] - (6 * 4.50 + 4 * 6.80 + 3 * 9.90)) < 1e-6, "w113-03: 货值")
            continue

        text, pages = case_text(path)
        flat = norm(text)
        ok(norm(f["agency"]) in flat, f"{cid}: agency not in text")
        ok(norm(party["name"]) in flat, f"{cid}: party not in text")
        for k in ("credit_code", "id_number"):
            if party[k]:
                ok(party[k] in flat, f"{cid}: {k} not in text")
        fine = f["penalty"]["fine_yuan"]
        ok(any(norm(x) in flat for x in money_forms(fine)), f"{cid}: fine {fine} not in text")
        for k, v in f["dates"].items():
            if v:
                ok(any(norm(x) in flat for x in date_forms(v)), f"{cid}: date {k}={v} not in text")
        for c in f["citations"]:
            from common import cn_num
            ok("第" + cn_num(c["article"]) + "条" in flat, f"{cid}: article {c['article']} not cited in text")
        # every 18-character credit code / id number printed in the text must validate (except the labelled DOC-06 typo)
        for tok in set(re.findall(r"(?<![0-9A-Z])[0-9]{2}[0-9]{6}[0-9A-Z]{9}[0-9A-Z](?![0-9A-Z])", flat)):
            if re.fullmatch(r"\d{17}[\dX]", tok) and tok[6:8] in ("19", "20"):
                ok(idno_ok(tok), f"{cid}: bad id number {tok}")
            elif tok[:2] in ("91", "92", "93"):
                ok(uscc_ok(tok) or ("DOC-06" in lab["codes"] and tok == m.get("code_typo")), f"{cid}: bad credit code {tok}")
        if "DOC-06" in lab["codes"]:
            ok(m["code_typo"] in flat and not uscc_ok(m["code_typo"]), f"{cid}: DOC-06 typo missing")

        # printed page numbers and 卷内目录 ranges (paginated formats)
        if pages is not None:
            ok(len(pages) == m["pages"], f"{cid}: page count {len(pages)} != {m['pages']}")
            nums = []
            for pg in pages:
                mm = re.search(r"(?:第\s*(\d+)\s*页|—\s*(\d+)\s*—|-\s*(\d+)\s*-)\s*$", pg.strip())
                nums.append(int(next(g for g in mm.groups() if g)) if mm else None)
            printed = [n for n in nums if n is not None]
            ok(printed == list(range(1, len(printed) + 1)), f"{cid}: printed page numbers not consecutive")
            starts = [i for i, pg in enumerate(pages) if norm(pg).startswith(("卷内目录", "卷内文件目录"))]
            ok(len(starts) == 1, f"{cid}: one 卷内目录 expected")
            toc_text, i = "", starts[0]
            while i < len(pages) and nums[i] is None and (i == starts[0] or not norm(pages[i]).startswith(("备考", "卷内备考"))):
                toc_text += pages[i] + "\n"
                i += 1
            rngs = [tuple(int(x) for x in r.split("-")) if "-" in r else (int(r), int(r))
                    for r in re.findall(r"日\s*\n?\s*(\d+(?:-\d+)?)\s*(?:\n|$)", toc_text)]
            cover = all(rngs[i + 1][0] == rngs[i][-1] + 1 for i in range(len(rngs) - 1)) and rngs[0][0] == 1 \
                and rngs[-1][-1] == len(printed)
            if "ARCH-01" in lab["codes"]:
                ok(not cover, f"{cid}: ARCH-01 labelled but 目录 matches the pages")
                r_actual = m["ranges"]
                ok(r_actual["decision"] != tuple(m["stale_toc"]["decision"]) and
                   list(r_actual["decision"]) != list(m["stale_toc"]["decision"]), f"{cid}: stale 目录 not stale")
            else:
                ok(cover, f"{cid}: 目录 ranges {rngs} do not cover pages 1..{len(printed)}")
            print(f"    {len(pages)} pages, printed 1..{len(printed)}, 目录 rows {len(rngs)}, 目录 consistent: {cover}")

        if cid == "w113-04":
            raw = path.read_bytes()
            ok(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), "w113-04: CRLF only")
            try:
                raw.decode("gbk")
                ok(False, "w113-04: should not decode as GBK")
            except UnicodeDecodeError:
                pass
            try:
                raw.decode("utf-8")
                ok(False, "w113-04: should not decode as UTF-8")
            except UnicodeDecodeError:
                pass
            rows = m["rows"]
            ok(abs(sum(r[5] for r in rows) - m["tax"]) < 0.005 and abs(m["tax"] * 0.5 - fine) < 0.005, "w113-04: tax arithmetic")
            ok("放弃陈述、申辩的权利" in text, "w113-04: written waiver missing")
        if cid == "w113-02":
            ok(m["huozhi"] == 182 * 196 and m["illegal"] == 23912 - 19276 and fine * 2 == m["proposed"], "w113-02: arithmetic")
            ok(text.count("罚款（分期第") == 2 and "同意分期缴纳罚款通知书" in text, "w113-02: instalment trap")
            ok(f"{m['instalment']:,.2f}" in flat, "w113-02: instalment voucher")
        if cid == "w113-01":
            ok("捌仟伍佰元整" in flat and "¥8,050.00" in flat, "w113-01: DOC-07 mismatch present")
        if cid == "w113-06":
            ok(m["wd_hearing_request"] <= 5 and m["wd_hearing_notice"] >= 7, "w113-06: hearing day counts")
            ok("法制审核" not in text, "w113-06: PROC-06 case must hold no 法制审核")
            for f_ in path.glob("*.txt"):
                f_.read_bytes().decode("utf-8-sig")
        if cid == "w113-07":
            ok(text.count("吉交执通〔2021〕17号") >= 3, "w113-07: SERV-03 number reuse")

    if FAILS:
        for x in FAILS:
            print("FAIL:", x)
        print(f"{len(FAILS)} FAILED")
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
