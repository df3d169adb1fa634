"""Re-derive what can be derived from the dev14 outputs and compare with labels.jsonl / manifest.json.

python3 tests/data/dev14/_build/check.py      -> prints ALL PASS or the failures.
"""
import datetime as dt
import io
import json
import sys as _s
_s.dont_write_bytecode = True
import re
import sys
import zipfile
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from common import credit_ok, id_ok, org_check  # noqa: E402

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


CODES = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02",
         "LAW-03", "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06",
         "PROC-07", "PROC-08", "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02",
         "DISC-03", "DOC-01", "DOC-02", "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09",
         "SERV-01", "SERV-02", "SERV-03", "EXEC-01", "EXEC-02", "ARCH-01"}
PROFILE_DEPENDENT = {"SUBJ-04", "DISC-02"}
CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}


# ------------------------------------------------------------------ calendars
def workdays_between(a, b):
    """Working days after a up to and including b (行政处罚法 第八十五条: holidays excluded, 调休 included)."""
    import chinese_calendar as cc
    d, n = a, 0
    while d < b:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(a, n):
    import chinese_calendar as cc
    d = a
    while n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n -= 1
    return d


D = dt.date.fromisoformat


# ------------------------------------------------------------------ text extraction per physical page
def pdf_pages_text(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def docx_pages_text(path):
    z = zipfile.ZipFile(path)
    xml = z.read("word/document.xml").decode("utf-8")
    pages = re.split(r'<w:br w:type="page"/>', xml)
    return ["\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in pages], xml, z


def txt_pages_text(path):
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    return raw.decode("gb18030").split("\f"), utf8


def ofd_pages_text(path):
    z = zipfile.ZipFile(path)
    docxml = z.read("Doc_0/Document.xml").decode("utf-8")
    locs = re.findall(r'BaseLoc="(Pages/Page_\d+/Content.xml)"', docxml)
    pages = []
    for loc in locs:
        x = z.read("Doc_0/" + loc).decode("utf-8")
        objs = re.findall(r"<ofd:TextObject .*?</ofd:TextObject>", x, re.S)
        for o in objs:
            ok(len(re.findall(r"<ofd:TextCode", o)) == 1, f"{path.name}: TextObject with != 1 TextCode")
        texts = [re.sub(r"&amp;", "&", t) for t in re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", x)]
        pages.append("\n".join(texts))
    import xml.dom.minidom as md
    for n in z.namelist():
        md.parseString(z.read(n))
    return pages


def footers_in(text):
    return [int(x) for x in re.findall(r"第\s*(\d+)\s*页", text)]


def toc_from_text(text):
    rows = re.findall(r"([\u4e00-\u9fff（）、]+?)[　 ]{2,}(\d+(?:-\d+)?)", text)
    out = []
    for name, rng in rows:
        a, _, b = rng.partition("-")
        out.append((name.strip(), int(a), int(b or a)))
    return out


# ------------------------------------------------------------------ main
def main():
    manifest = json.load(open(HERE / "manifest.json", encoding="utf-8"))
    labels = [json.loads(l) for l in open(OUT / "labels.jsonl", encoding="utf-8")]
    ok(len(labels) == 8, "labels.jsonl must have 8 lines")
    ok(len(manifest) == 8, "manifest must list 8 cases")
    byid = {l["case_id"]: l for l in labels}

    # ---- labels shape and code budget
    use = Counter()
    for l in labels:
        ok(set(l) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{l.get('case_id')}: label keys")
        ok(l["encoding"] in ("utf-8", "gbk", "gb18030", None), f"{l['case_id']}: encoding value")
        for c in l["codes"]:
            ok(c in CODES, f"{l['case_id']}: unknown code {c}")
            ok(c not in PROFILE_DEPENDENT, f"{l['case_id']}: profile-dependent code {c}")
        ok(len(l["codes"]) <= 3, f"{l['case_id']}: more than 3 codes")
        use.update(l["codes"])
        f = l["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{l['case_id']}: fields keys")
        ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, f"{l['case_id']}: party keys")
        ok(f["party"]["kind"] in ("单位", "个体工商户", "个人"), f"{l['case_id']}: party kind")
        ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{l['case_id']}: procedure")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{l['case_id']}: date keys")
        for k, v in f["dates"].items():
            if v is not None:
                D(v)
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"}, f"{l['case_id']}: citation keys")
            ok(c["law"].startswith("《") and c["law"].endswith("》"), f"{l['case_id']}: law title form")
            ok(c["role"] in ("violated", "penalty"), f"{l['case_id']}: citation role")
        roles = {c["role"] for c in f["citations"]}
        ok(roles == {"violated", "penalty"}, f"{l['case_id']}: needs violated and penalty citations")
        cc = f["party"]["credit_code"]
        ok(cc is None or credit_ok(cc), f"{l['case_id']}: label credit code check digit")
        idn = f["party"]["id_number"]
        ok(idn is None or id_ok(idn), f"{l['case_id']}: label id number check digit")
        ds = f["dates"]
        seq = [ds["filing"], ds["notice"], ds["decision"], ds["decision_served"]]
        seq = [D(x) for x in seq if x]
        ok(seq == sorted(seq), f"{l['case_id']}: label dates out of order")
    ok(max(use.values()) <= 2, f"a code is used more than twice: {use.most_common(3)}")
    fams = {c.split("-")[0] for c in use}
    ok(len(fams) >= 6, f"codes spread over too few families: {fams}")
    clean = [l for l in labels if not l["codes"]]
    ok(len(clean) >= 2, "need at least two clean cases")
    ok(5 <= len(labels) - len(clean) <= 6, "about two thirds of the cases should carry defects")

    # ---- variety: years, pre-2021 cases
    years = [D(l["fields"]["dates"]["decision"]).year for l in labels]
    ok(len(set(years)) == 8, f"years must differ: {years}")
    ok(sum(1 for l in labels if D(l["fields"]["dates"]["decision"]) < D("2021-07-15")) >= 2, "need 2 cases before 2021-07-15")

    all_text = {}
    for m in manifest:
        cid = m["case_id"]
        ok(cid in byid, f"{cid}: no label")
        lab = byid.get(cid, {"fields": {}})
        # case id == file or folder name
        first = m["files"][0]["name"]
        ok(first.split("/")[0].rsplit(".", 1)[0] == cid, f"{cid}: case_id != file/folder name")
        texts = []   # text per physical page, only where a text layer exists
        derived_footers = []
        for f in m["files"]:
            p = OUT / f["name"]
            ok(p.exists(), f"{cid}: missing {f['name']}")
            kind = f["kind"]
            if kind in ("pdf-text", "pdf-2up"):
                pt = pdf_pages_text(p)
                ok(len(pt) == f["pages"], f"{cid}: {f['name']} page count {len(pt)} != {f['pages']}")
                texts += pt
                derived_footers += [footers_in(t) for t in pt]
            elif kind in ("pdf-scan", "pdf-scan-colour"):
                from pypdf import PdfReader
                r = PdfReader(str(p))
                ok(len(r.pages) == f["pages"], f"{cid}: scan page count")
                ok(all(not (pg.extract_text() or "").strip() for pg in r.pages), f"{cid}: scan has a text layer")
                for i, pg in enumerate(r.pages, 1):
                    w, h = float(pg.mediabox.width), float(pg.mediabox.height)
                    imgs = list(pg.images)
                    ok(len(imgs) == 1, f"{cid}: scan page {i} should hold one image")
                    im = imgs[0].image
                    if kind == "pdf-scan":
                        rot = f["rotated"].get(str(i))
                        ok((w > h) == (rot in (90, 270)), f"{cid}: page {i} orientation does not match rotation")
                        ok(im.mode == "L", f"{cid}: page {i} not greyscale")
                        dpi = max(im.size) / (max(w, h) / 72)
                        ok(140 <= dpi <= 160, f"{cid}: page {i} dpi {dpi:.0f}")
                    else:
                        ok(im.mode in ("RGB", "YCbCr"), f"{cid}: page {i} not colour")
                        dpi = max(im.size) / (max(w, h) / 72)
                        ok(290 <= dpi <= 310, f"{cid}: page {i} dpi {dpi:.0f}")
                derived_footers += [None] * len(r.pages)
                texts += [None] * len(r.pages)
            elif kind == "docx":
                pt, xml, z = docx_pages_text(p)
                ok(len(pt) == f["pages"], f"{cid}: {f['name']} page count {len(pt)} != {f['pages']}")
                texts += pt
                derived_footers += [footers_in(t) for t in pt]
                for n in z.namelist():
                    if n.startswith("word/header"):
                        hx = z.read(n).decode("utf-8")
                        if lab["fields"].get("agency", "") in hx and cid.startswith("d14_01"):
                            break
                else:
                    ok(not cid.startswith("d14_01"), f"{cid}: agency name not in page header")
                if cid.startswith("d14_01"):
                    ok(xml.count("<w:txbxContent>") >= 3, f"{cid}: expected several text boxes")
            elif kind == "txt-gb18030":
                pt, utf8 = txt_pages_text(p)
                ok(not utf8, f"{cid}: txt decodes as UTF-8, expected GB18030-only bytes")
                ok(len(pt) == f["pages"], f"{cid}: txt page count")
                ok(sum(t.count("｜") for t in pt) > 50, f"{cid}: expected vertical-bar forms")
                ok(all(ch not in "".join(pt) for ch in ":;"), f"{cid}: half-width punctuation in txt")
                texts += pt
                derived_footers += [footers_in(t) for t in pt]
            elif kind == "ofd":
                pt = ofd_pages_text(p)
                ok(len(pt) == f["pages"], f"{cid}: OFD page count")
                texts += pt
                derived_footers += [footers_in(t) for t in pt]
            elif kind == "jpg":
                from PIL import Image
                im = Image.open(p)
                ok(im.format == "JPEG", f"{cid}: jpg format")
                derived_footers.append(None)
                texts.append(None)
        # footers vs manifest
        man_footers = [x for f in m["files"] for x in f["footers"]]
        ok(len(man_footers) == len(derived_footers), f"{cid}: footer/page count mismatch")
        for i, (a, b) in enumerate(zip(man_footers, derived_footers), 1):
            if b is not None:
                ok(a == b, f"{cid}: physical page {i} footers {b} != expected {a}")
        nums = sorted(n for f in man_footers for n in f)
        ok(nums == list(range(1, m["numbered_pages"] + 1)), f"{cid}: archive page numbers not continuous")
        # doc page ranges from manifest agree with footer sequence
        for title, a, b in m["actual"]:
            ok(a <= b, f"{cid}: {title} range")
        # 目录 vs actual
        if m["toc"] is not None:
            cands = [t for t in texts if t and ("卷内目录" in t or "卷 内 目 录" in t or "卷内文件目录" in t)]
            toc_text = max(cands, key=lambda t: len(toc_from_text(t)), default=None)
            if toc_text is not None:
                parsed = toc_from_text(toc_text)
                ok(sorted((a, b) for _, a, b in parsed) == sorted((a, b) for _, a, b in m["toc"]),
                   f"{cid}: 目录 in file != manifest toc")
            mismatch = [(t, a, b) for (t, a, b), (_, x, y) in zip(m["toc"], m["actual"]) if (a, b) != (x, y)]
            has_arch = "ARCH-01" in byid[cid]["codes"]
            ok(bool(mismatch) == has_arch, f"{cid}: 目录 mismatch {mismatch[:2]} vs ARCH-01 label {has_arch}")
        # identifiers in texts
        joined = "\n".join(t for t in texts if t)
        all_text[cid] = joined
        for code in m["ids"].get("credit", []):
            ok(credit_ok(code), f"{cid}: credit code {code} check digit")
        for code in m["ids"].get("org", []):
            ok(code[-1] == org_check(code[:8]), f"{cid}: org code {code} check digit")
        for num in m["ids"].get("id", []):
            ok(id_ok(num), f"{cid}: id {num} check digit")
        for num in m["ids"].get("bad_id", []):
            ok(not id_ok(num), f"{cid}: planted bad id {num} passes check digit")
            ok("DOC-06" in byid[cid]["codes"], f"{cid}: bad id without DOC-06 label")
        if joined:
            for cand in set(re.findall(r"(?<![0-9A-Z])(9[12]\d{6}[0-9A-Z]{10})(?![0-9A-Z])", joined)):
                ok(credit_ok(cand), f"{cid}: credit code in text fails check: {cand}")
            bad = [c for c in set(re.findall(r"(?<!\d)(\d{17}[\dX])(?!\d)", joined)) if not id_ok(c)]
            ok(sorted(bad) == sorted(m["ids"].get("bad_id", [])), f"{cid}: id numbers failing check in text: {bad}")
            lp = lab["fields"]["party"]
            ok(lp["name"] in joined, f"{cid}: party name not in text")
            if lp["credit_code"]:
                ok(lp["credit_code"] in joined, f"{cid}: label credit code not in text")
            if lp["id_number"]:
                ok(lp["id_number"] in joined, f"{cid}: label id number not in text")
            ok(lab["fields"]["agency"] in joined, f"{cid}: agency not in text")
            fine = lab["fields"]["penalty"]["fine_yuan"]
            ok(any(s in joined for s in (f"{fine:,}", str(fine), f"{fine:,.2f}")), f"{cid}: fine {fine} not in text")
        # label dates match dated documents
        ddates = {d["key"]: d["date"] for d in m["docs"]}
        ld = lab["fields"]["dates"]
        ok(ld["decision"] == ddates.get("decision"), f"{cid}: decision date label != document")
        if ld["filing"]:
            ok(ld["filing"] == ddates.get("filing"), f"{cid}: filing date label != document")
        if ld["notice"]:
            ok(ld["notice"] == ddates.get("notice"), f"{cid}: notice date label != document")
        if ld["decision_served"] and "srv2" in ddates:
            ok(ld["decision_served"] == ddates["srv2"], f"{cid}: served date label != 送达回证")
        # 文号 uniqueness and form
        nums = [d["num"] for d in m["docs"] if d["num"]]
        ok(len(nums) == len(set(nums)), f"{cid}: duplicate 文号")
        for n in nums:
            ok(re.fullmatch(r"[\u4e00-\u9fff]+〔\d{4}〕\d+号", n) is not None, f"{cid}: 文号 form {n}")
        # arithmetic sums the labels rely on
        for s in m["sums"]:
            ok(sum(s["parts"]) == s["total"], f"{cid}: sum {s['what']}")
        # day counts the labels rely on
        for c in m["day_checks"]:
            if "working_days" in c:
                end = add_workdays(D(c["start"]), c["working_days"])
                ok(end.isoformat() == c["expect_end"], f"{cid}: {c['what']} end {end} != {c['expect_end']}")
                cmp = D(c["compare"])
                ok((cmp < end) if c["expect"] == "before" else (cmp > end), f"{cid}: {c['what']} comparison")
            if "count_to" in c:
                n = workdays_between(D(c["start"]), D(c["count_to"]))
                ok(n == c["expect_working_days"], f"{cid}: {c['what']} = {n} working days, expected {c['expect_working_days']}")
                if c["expect"] == "over":
                    ok(n > c["limit"], f"{cid}: {c['what']} not over limit")
                elif c["expect"] == "within":
                    ok(n <= c["limit"], f"{cid}: {c['what']} over limit")
                elif c["expect"] == "at_least":
                    ok(n >= c["limit"], f"{cid}: {c['what']} below minimum")
            if "calendar_to" in c:
                n = (D(c["calendar_to"]) - D(c["start"])).days
                ok(n == c["expect_days"] and n <= c["limit"], f"{cid}: {c['what']} = {n} days")

    # ---- specific re-derivations for labelled defects / traps
    t4 = all_text.get("d14_04_shouyao_sichuan", "")
    ok("8,960" in t4 and "9,860" in t4, "case 04: both the true and the stated 货值 should be in the text")
    ok(9860 * 2 == byid["d14_04_shouyao_sichuan"]["fields"]["penalty"]["fine_yuan"], "case 04: fine = 2 x stated value")
    pg = pdf_pages_text(OUT / "d14_04_shouyao_sichuan.pdf")
    filing = next(t for t in pg if "立案审批表" in t and "案件来源" in t)
    ok(filing.index("机关负责人意见") < filing.index("投诉举报"), "case 04: labels are not emitted before values")
    t6 = all_text.get("d14_06_jiaoyu_shandong", "")
    srv_pages = [p for p in t6.split("送达回证") if "2021年11月25日" in p]
    ok(any("历城教体罚告〔2021〕9号" in p for p in srv_pages), "case 06: SERV-03 receipt text not found")
    t3 = all_text.get("d14_03_haishi_hunan", "")
    ok("邮寄送达" in t3 and "2019年8月30日" in t3, "case 03: EMS service record missing")
    t5 = all_text.get("d14_05_ranqi_guangdong", "")
    ok("留置送达" in t5 and "见证人" in t5, "case 05: lawful 留置送达 trap missing")
    t8 = all_text.get("d14_08_dizhen_shaanxi", "")
    ok("三个月内" in t8 and "分期" in t8 and "更正" in t8, "case 08: traps missing")
    ok(D(byid["d14_08_dizhen_shaanxi"]["fields"]["dates"]["decision"]) < D("2015-05-01"),
       "case 08: 三个月 clause only lawful before 2015-05-01")
    t1 = all_text.get("d14_01_qixiang_jiangsu", "")
    ok(re.search(r"陆晓峰　执法证号：(?!\d)", t1) is not None and "陆晓峰（执法证号32060022031）" in t1,
       "case 01: SUBJ-02 blank certificate not found")
    ok(8500 == 2800 + 3200 + 2500, "case 01 arithmetic")
    # fines inside the statutory range unless LAW-05 is labelled
    ranges = {"d14_01_qixiang_jiangsu": (50000, 100000), "d14_02_renfang_henan": (10000, 50000),
              "d14_03_haishi_hunan": (20000, 100000), "d14_04_shouyao_sichuan": (2 * 8960, 5 * 8960),
              "d14_05_ranqi_guangdong": (50000, 500000), "d14_06_jiaoyu_shandong": (36400, 5 * 36400),
              "d14_07_guangdian_neimenggu": (0, 5000), "d14_08_dizhen_shaanxi": (30000, 300000)}
    for cid, (lo, hi) in ranges.items():
        fine = byid[cid]["fields"]["penalty"]["fine_yuan"]
        inside = lo <= fine <= hi
        ok(inside != ("LAW-05" in byid[cid]["codes"]), f"{cid}: fine {fine} range {lo}-{hi} vs LAW-05 label")

    # ---- no machine paths anywhere, folder size
    roots = [b"/t" + b"mp/", b"/wo" + b"rk/", b"/ro" + b"ot/", b"/ho" + b"me/", b"Users" + b"\\"]
    bad_paths = re.compile(b"|".join(re.escape(r) for r in roots))
    total = 0
    for p in OUT.rglob("*"):
        if not p.is_file() or "__pycache__" in p.parts:
            continue
        raw = p.read_bytes()
        total += len(raw)
        blobs = [raw]
        if raw[:2] == b"PK":
            z = zipfile.ZipFile(io.BytesIO(raw))
            blobs += [z.read(n) for n in z.namelist()]
        if p.suffix == ".pdf":
            for mm in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
                try:
                    blobs.append(zlib.decompress(mm.group(1)))
                except Exception:
                    pass
        for b in blobs:
            ok(bad_paths.search(b) is None, f"machine path in {p.relative_to(OUT)}")
    ok(total < 3 * 1024 * 1024, f"folder is {total} bytes (limit 3 MB)")

    if FAIL:
        print("FAILURES:")
        for f in FAIL:
            print(" -", f)
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
