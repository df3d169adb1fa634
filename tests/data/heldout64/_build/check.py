"""Verify the heldout64 corpus and print ALL PASS.

Checks, from the built files themselves wherever they carry text:
  - folder size < 3 MB; no machine paths in any file;
  - page counts and printed page numbers (第N页) per volume;
  - the 卷内目录 as printed in each file against the real printed pages
    (the one planted 目录 error must be there, and only there);
  - check digits of every 统一社会信用代码 / 身份证号 found in the files and labels;
  - day counts behind the labels (working days with chinese_calendar);
  - labels.jsonl shape, codes against the contract's defects.yaml, README head.
Usage: python3 tests/data/heldout64/_build/check.py [--no-office]
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import (ROOT, d, days_between, id_ok, nth_workday_after, uscc_ok,  # noqa: E402
                    workdays_after)

REPO = ROOT.parents[2]
DEFECTS = REPO.parent / "shared" / "contract" / "defects.yaml"
ERRORS: list = []
NOTES: list = []


def check(cond, msg):
    if not cond:
        ERRORS.append(msg)
    return cond


PAGE_RE = re.compile(r"第\s*(\d+)\s*页")


def footer_no(text):
    lines = [x for x in text.splitlines() if x.strip()]
    if not lines:
        return None
    m = PAGE_RE.search(lines[-1])
    return int(m.group(1)) if m else None


# ------------------------------------------------------------ readers

def pages_text(case_id, info):
    """Return (list of page texts or None, list of printed numbers)."""
    path = ROOT / info["path"]
    fmt = info["fmt"]
    if fmt in ("utf8", "gbk"):
        raw = path.read_bytes()
        if fmt == "gbk":
            try:
                raw.decode("utf-8")
                check(False, f"{case_id}: GBK file also decodes as UTF-8")
            except UnicodeDecodeError:
                pass
            text = raw.decode("gbk").replace("\r\n", "\n")
        else:
            text = raw.decode("utf-8")
        pages = text.split("\f")
        return pages, [footer_no(p) for p in pages]
    if fmt == "folder":
        pages = []
        names = sorted(x.name for x in path.iterdir())
        want = [f"{doc['fname']}.txt" for doc in info["docs"]]
        check(names == want, f"{case_id}: folder files {names} != {want}")
        for n in want:
            pages += (path / n).read_text(encoding="utf-8").split("\f")
        return pages, [footer_no(p) for p in pages]
    if fmt == "docx":
        import docx
        doc = docx.Document(str(path))
        nums = []
        for s in doc.sections:
            t = "\n".join(p.text for p in s.footer.paragraphs)
            m = PAGE_RE.search(t)
            nums.append(int(m.group(1)) if m else None)
        return None, nums
    if fmt in ("pdf-table", "pdf-prose", "pdf-image"):
        import pymupdf
        doc = pymupdf.open(str(path))
        texts, nums = [], []
        for page in doc:
            t = page.get_text()
            texts.append(t)
            blocks = [b for b in page.get_text("blocks") if b[4].strip()]
            if blocks:
                low = max(blocks, key=lambda b: b[3])
                m = PAGE_RE.search(low[4]) if low[3] > page.rect.height * 0.85 else None
                nums.append(int(m.group(1)) if m else None)
            else:
                nums.append(None)
        if fmt == "pdf-image":
            check(all(not t.strip() for t in texts), f"{case_id}: scanned PDF has a text layer")
            imgs = sum(len(p.get_images()) for p in doc)
            check(imgs == len(doc), f"{case_id}: expected one image per page, got {imgs}")
            nums = ocr_footers(path, len(doc), case_id)
            return None, nums
        return texts, nums
    raise ValueError(fmt)


def ocr_footers(path, n, case_id):
    """Read 第N页 from the bottom strip of each scanned page with tesseract, when present."""
    from shutil import which
    if not which("tesseract") or not which("pdftoppm"):
        NOTES.append(f"{case_id}: tesseract/pdftoppm missing, scanned page numbers taken from the manifest")
        return None
    nums = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", str(path), f"{tmp}/p"], check=True)
        files = sorted(Path(tmp).glob("p-*.pgm"))
        from PIL import Image
        for f in files:
            im = Image.open(f)
            w, h = im.size
            strip = im.crop((int(w * 0.3), int(h * 0.91), int(w * 0.7), int(h * 0.965)))
            sp = Path(tmp) / "strip.png"
            strip.save(sp)
            out = subprocess.run(["tesseract", str(sp), "-", "-l", "chi_sim", "--psm", "7"],
                                 capture_output=True, text=True).stdout
            m = re.search(r"(\d+)", out.replace(" ", ""))
            nums.append(int(m.group(1)) if m and "页" in out else None)
    return nums


# ------------------------------------------------------------ 目录 parsers

def parse_box(text):
    rows, cur = [], None
    for ln in text.splitlines():
        if ln.startswith(("┌", "├", "└")):
            if cur:
                rows.append(["".join(c).strip() for c in cur])
            cur = None
            continue
        if ln.startswith("│"):
            cells = ln.strip().strip("│").split("│")
            if cur is None:
                cur = [[] for _ in cells]
            for i, cell in enumerate(cells):
                cur[i].append(cell.strip())
    return rows


def parse_pipe(text):
    return [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in text.splitlines() if ln.startswith("|")]


def parse_tab(text):
    return [ln.split("　") for ln in text.splitlines() if re.match(r"^\d+　", ln)]


def toc_from_file(case_id, info, texts):
    fmt = info["fmt"]
    titles = [doc["title"] for doc in info["docs"] if doc["numbered"]]
    rows = []
    if fmt == "gbk":
        rows = [r for r in parse_box(texts[0]) if r and r[0].isdigit()]
    elif fmt == "folder":
        rows = [r for r in parse_pipe(texts[0]) if r and r[0].isdigit()]
    elif fmt == "utf8":
        rows = parse_tab(texts[0])
    elif fmt == "docx":
        import docx
        doc = docx.Document(str(ROOT / info["path"]))
        rows = [[c.text for c in row.cells] for row in doc.tables[0].rows][1:]
    elif fmt == "pdf-table":
        import pymupdf
        page = pymupdf.open(str(ROOT / info["path"]))[0]
        rows = [[(c or "").replace("\n", "") for c in r] for r in page.find_tables().tables[0].extract()][1:]
    elif fmt == "pdf-prose":
        for ln in texts[0].splitlines():
            toks = ln.split()
            if toks and toks[0].isdigit() and len(toks) >= 3:
                title = next((t for t in toks if t in titles), None)
                rows.append([toks[0], "", "", title or "", "", toks[-1], ""])
    else:
        return None
    out = []
    for r in rows:
        rng = r[5].strip() if len(r) > 5 else ""
        out.append((r[0].strip(), r[3].strip(), rng))
    return out


def rng(a, b):
    return f"{a}" if a == b else f"{a}-{b}"


# ------------------------------------------------------------ per-case logic

def check_case(case_id, info, label):
    texts, nums = pages_text(case_id, info)
    plan = [(doc, i) for doc in info["docs"] for i in range(doc["pages"])]
    check(len(plan) == len(info["pages"]), f"{case_id}: manifest page plan mismatch")
    if nums is not None:
        check(len(nums) == len(plan), f"{case_id}: {len(nums)} physical pages, expected {len(plan)}")
    else:
        nums = [p["printed"] for p in info["pages"]]
    # printed numbers: unnumbered docs have none, numbered run 1..N
    want = [(doc["first"] + i) if doc["numbered"] else None for doc, i in plan]
    check(nums == want, f"{case_id}: printed page numbers {nums} != {want}")
    actual = {}
    for (doc, i), n in zip(plan, nums):
        if doc["numbered"] and n is not None:
            a, b = actual.get(doc["title"] + f"#{doc['first']}", (n, n))
            actual[doc["title"] + f"#{doc['first']}"] = (min(a, n), max(b, n))
    real_rows = [(doc["title"], rng(*actual[doc["title"] + f"#{doc['first']}"]))
                 for doc in info["docs"] if doc["numbered"]]
    rendered = [(r[0], r[3], r[5]) for r in info["toc_rendered"]]
    if texts is not None or info["fmt"] == "docx":
        parsed = toc_from_file(case_id, info, texts)
        check(parsed == rendered, f"{case_id}: 目录 in file {parsed} != rendered {rendered}")
    mism = [(t, want_r, got) for (t, want_r), (_, _, got) in zip(real_rows, rendered) if want_r != got]
    expect_from = info["checks"].get("toc_mismatch_from")
    if expect_from:
        titles = [t for t, _ in real_rows]
        k = titles.index(expect_from)
        check([m[0] for m in mism] == titles[k:], f"{case_id}: planted 目录 error not where expected: {mism}")
        check(len(rendered) == len(real_rows), f"{case_id}: 目录 row count")
    else:
        check(not mism and len(rendered) == len(real_rows), f"{case_id}: 目录 does not match pages: {mism}")
    # check digits in the text and in the label
    ids = set(info["checks"].get("ids", []))
    blob = "\n".join(texts) if texts else ""
    if info["fmt"] == "docx":
        blob = docx_text(ROOT / info["path"])
    for tok in set(re.findall(r"(?<![0-9A-Z])[0-9A-Z]{17}[0-9A-Z](?![0-9A-Z])", blob)):
        if re.fullmatch(r"\d{17}[\dX]", tok) and tok[6:8] in ("19", "20"):
            check(id_ok(tok), f"{case_id}: bad 身份证号 {tok}")
            ids.discard(tok)
        elif tok[:2] in ("91", "92", "93", "11", "12", "51", "52"):
            check(uscc_ok(tok), f"{case_id}: bad 统一社会信用代码 {tok}")
            ids.discard(tok)
    if texts is not None or info["fmt"] == "docx":
        check(not ids, f"{case_id}: codes not found in the text: {ids}")
    for code in info["checks"].get("ids", []):
        check(id_ok(code) or uscc_ok(code), f"{case_id}: invalid code {code}")
    party = label["fields"]["party"]
    if party["credit_code"]:
        check(uscc_ok(party["credit_code"]), f"{case_id}: label credit code fails GB 32100")
    if party["id_number"]:
        check(id_ok(party["id_number"]), f"{case_id}: label id number fails GB 11643")
    if blob:
        for key in ("credit_code", "id_number", "name"):
            if party[key]:
                check(party[key] in blob, f"{case_id}: label {key} not in the file")
        fine = label["fields"]["penalty"]["fine_yuan"]
        check(f"{fine:g}" in blob.replace(",", "") or f"{fine:.2f}" in blob.replace(",", ""),
              f"{case_id}: fine {fine} not in the file")
    dates = label["fields"]["dates"]
    seq = [dates[k] for k in ("filing", "notice", "decision", "decision_served") if dates[k]]
    check(seq == sorted(seq), f"{case_id}: label dates out of order {seq}")
    day_checks(case_id, info["checks"], label)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n"))


def day_checks(cid, ck, label):
    dt = label["fields"]["dates"]
    if cid == "h64-01-tongji-2017":
        check(workdays_after(dt["decision"], dt["decision_served"]) <= 7, f"{cid}: service")
        check(days_between(ck["payment"][0], ck["payment"][1]) <= 15, f"{cid}: payment")
    elif cid == "h64-02-yancao-2018":
        wd = workdays_after(dt["decision"], dt["decision_served"])
        check(wd == 10 and wd > 7, f"{cid}: service working days {wd}")
        a = ck["amounts"]
        check(sum(q * u for _, q, u, _ in a["items"]) == a["true_total"] == 10690, f"{cid}: true total")
        check(sum(s for *_, s in a["items"]) == a["stated_total"] == 11290, f"{cid}: stated total")
        check(a["stated_total"] != a["true_total"], f"{cid}: planted arithmetic error missing")
        check(abs(a["fine"] - 0.08 * a["stated_total"]) < 0.005, f"{cid}: fine")
        lo, hi = a["rate"]
        check(lo * a["true_total"] <= a["fine"] <= hi * a["true_total"], f"{cid}: fine outside 5-10% of true total")
    elif cid == "h64-03-wangba-2019":
        r = ck["reply_days"]
        check(days_between(r["notice_served"], r["decision"]) > r["days"], f"{cid}: reply period")
        check(days_between(r["fix_served"], r["decision"]) > r["days"], f"{cid}: reply period after correction")
        a, b, lim = ck["serve_calendar_max"]
        check(days_between(a, b) <= lim, f"{cid}: service (old law 7 days)")
        check(days_between(*ck["max_days_filing_decision"][:2]) <= 90, f"{cid}: duration")
        ins = ck["instalments"]
        check(sum(x for _, x in ins["paid"]) == ins["total"], f"{cid}: instalments sum")
        check(all(p <= due for (p, _), due in zip(ins["paid"], ins["due"])), f"{cid}: instalment late")
        check(days_between(ins["paid"][1][0], dt["decision_served"]) < -15, f"{cid}: second instalment should be after day 15")
    elif cid == "h64-04-jianzhulaji-2021":
        check(d(ck["violation"]) > d(ck["law_revision_in_force"]), f"{cid}: violation before 2020 revision")
        check(d(dt["decision"]) >= d("2021-07-15"), f"{cid}: new 行政处罚法 numbering expected")
        a, b, lim = ck["serve_wd_max"]
        check(workdays_after(a, b) <= lim, f"{cid}: service")
        check(days_between(*ck["max_days_filing_decision"][:2]) <= 90, f"{cid}: duration")
        np_ = ck["notice_period"]
        check(nth_workday_after(np_["served"], np_["wd"]) < np_["decision"], f"{cid}: notice period")
        check(days_between(*ck["payment"][:2]) <= 15, f"{cid}: payment")
    elif cid == "h64-05-laowupaiqian-2022":
        end = nth_workday_after(ck["notice_served"], ck["reply_wd"])
        check(end == "2022-06-09", f"{cid}: reply period end {end}")
        check(ck["decision"] < end, f"{cid}: planted early decision missing")
        check(ck["notice_served"] < ck["decision"], f"{cid}: decision before service of the notice")
        check(ck["fine"] == ck["illegal"] * ck["multiple"][0], f"{cid}: fine should be the 1x minimum")
        check(ck["illegal"] == 15 * 5 * 120 + 8 * 4 * 120, f"{cid}: 违法所得")
        check(days_between(*ck["max_days_filing_decision"][:2]) <= 90, f"{cid}: duration")
        check(workdays_after(dt["decision"], dt["decision_served"]) <= 7, f"{cid}: service")
    elif cid == "h64-06-qixie-2023":
        n = days_between(ck["filing"], ck["decision"])
        check(90 < n <= 90 + ck["extension_days"], f"{cid}: duration {n}")
        check(days_between(ck["filing"], ck["extension_approved"]) <= 90, f"{cid}: extension approved late")
        a, b, lim = ck["serve"]
        check(days_between(a, b) > 7 and workdays_after(a, b) <= lim, f"{cid}: holiday service")
        check(ck["notice_served"] < ck["waiver"] < ck["decision"], f"{cid}: waiver")
        check(ck["fine"] < ck["statutory_min"], f"{cid}: 减轻 below minimum expected")
        check(days_between(*ck["payment"][:2]) <= 15, f"{cid}: payment")
    elif cid == "h64-07-xiaofang-2025":
        check(ck["simple_cap_person"] < ck["fine"] <= ck["statutory_max_person"], f"{cid}: fine")
        check(d(ck["decision"]) >= d(ck["review_law_in_force"]), f"{cid}: 复议前置 date")


# ------------------------------------------------------------ corpus-wide

def corpus_checks(manifest, labels, office=True):
    size = sum(p.stat().st_size for p in ROOT.rglob("*") if p.is_file())
    check(size < 3 * 1024 * 1024, f"folder is {size} bytes (>= 3 MB)")
    bad = [b"/" + b"work", b"/" + b"tmp", b"/" + b"root", b"/" + b"home/"]
    for f in ROOT.rglob("*"):
        if not f.is_file():
            continue
        check("__pycache__" not in f.parts, f"cache file {f.name} present")
        blobs = [f.read_bytes()]
        if f.suffix == ".docx":
            with zipfile.ZipFile(f) as z:
                blobs += [z.read(n) for n in z.namelist()]
        if f.suffix == ".pdf":
            import pymupdf
            blobs += [pg.get_text().encode() for pg in pymupdf.open(str(f))]
        for blob in blobs:
            for b in bad:
                check(b not in blob, f"{f.relative_to(ROOT)} contains a machine path {b!r}")
    # labels
    raw = (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    check(len(raw) == 7, "labels.jsonl must have 7 lines")
    contract = DEFECTS.read_text(encoding="utf-8")
    known = set(re.findall(r"- code: ([A-Z]+-\d+)", contract))
    check(len(known) > 20, "defects.yaml not readable")
    used = []
    for line in raw:
        obj = json.loads(line)
        check(list(obj) == ["case_id", "codes", "encoding", "notes", "fields"], f"key order {list(obj)}")
        check(list(obj["fields"]) == ["agency", "party", "penalty", "dates", "citations"], "fields key order")
        check(obj["codes"] == sorted(obj["codes"]), f"{obj['case_id']}: codes not sorted")
        for c in obj["codes"]:
            check(c in known, f"unknown code {c}")
            check(c not in ("SUBJ-04", "DISC-02"), f"profile-dependent code {c} labelled")
        used += obj["codes"]
        check(obj["case_id"] in manifest, f"label for unknown case {obj['case_id']}")
        for cit in obj["fields"]["citations"]:
            check(cit["law"].startswith("《") and cit["law"].endswith("》"), f"citation law {cit['law']}")
            check(cit["role"] in ("violated", "penalty"), f"citation role {cit['role']}")
        path = ROOT / manifest[obj["case_id"]]["path"]
        check(path.exists(), f"missing output {path.name}")
        check(path.stem == obj["case_id"] or path.name == obj["case_id"], f"case_id/file name {path.name}")
    check(len(used) == len(set(used)), f"a code is used twice: {used}")
    clean = [json.loads(x)["case_id"] for x in raw if not json.loads(x)["codes"]]
    check(len(clean) == 2, f"exactly two clean cases expected, got {clean}")
    for x in raw:
        n = len(json.loads(x)["codes"])
        check(n == 0 or 1 <= n <= 3, "1-3 codes per defective case")
    check(9 <= len(used) <= 12, f"about ten codes expected, got {len(used)}")
    fams = {c.split("-")[0] for c in used}
    check(len(fams) >= 8, f"codes spread over only {len(fams)} families")
    encs = [json.loads(x)["encoding"] for x in raw]
    check(sorted(encs) == sorted(["docx", "pdf-image", "gbk", "folder", "pdf-text", "pdf-text", "utf-8"]),
          f"encodings {encs}")
    procs = [json.loads(x)["fields"]["penalty"]["procedure"] for x in raw]
    check(procs.count("简易") == 1, "exactly one 简易 case")
    kinds = {json.loads(x)["fields"]["party"]["kind"] for x in raw}
    check(kinds == {"单位", "个体工商户", "个人"}, f"party kinds {kinds}")
    provs = [json.loads(x)["fields"]["agency"][:2] for x in raw]
    check(len(set(provs)) == 7, f"agencies should be in 7 places: {provs}")
    # README
    rd = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    check(rd[0] == "# heldout64 — seven Chinese administrative-penalty case volumes (held-out)", "README first line")
    bold = ("**Held-out corpus: nobody tuning the tool may open it; it is only measured "
            "(`casecheck evaluate --labels tests/data/heldout64/labels.jsonl --batch tests/data/heldout64`).**")
    check(bold in rd[:4], "README bold line")
    # docx rendering
    from shutil import which
    if office and which("soffice"):
        info = manifest["h64-01-tongji-2017"]
        with tempfile.TemporaryDirectory() as tmp:
            r = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/u",
                                "--convert-to", "pdf", "--outdir", tmp, str(ROOT / info["path"])],
                               capture_output=True, timeout=240)
            pdfs = list(Path(tmp).glob("*.pdf"))
            if pdfs:
                import pymupdf
                n = len(pymupdf.open(str(pdfs[0])))
                check(n == len(info["pages"]), f"docx renders to {n} pages, expected {len(info['pages'])}")
            else:
                NOTES.append("soffice produced no PDF; docx page rendering not checked")
    return size


def main():
    office = "--no-office" not in sys.argv
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    labels = {json.loads(x)["case_id"]: json.loads(x)
              for x in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines()}
    check(set(manifest) == set(labels), "manifest and labels cover different cases")
    outputs = sorted(p.name for p in ROOT.iterdir() if p.name not in ("_build", "README.md", "labels.jsonl"))
    check(outputs == sorted(m["path"] for m in manifest.values()), f"unexpected files in the folder: {outputs}")
    for cid in sorted(manifest):
        try:
            check_case(cid, manifest[cid], labels[cid])
        except Exception as exc:  # report and go on
            check(False, f"{cid}: check crashed: {exc!r}")
    size = corpus_checks(manifest, labels, office)
    for n in NOTES:
        print("note:", n)
    for e in ERRORS:
        print("FAIL:", e)
    print(f"folder size: {size / 1024 / 1024:.2f} MB")
    if ERRORS:
        print(f"{len(ERRORS)} FAILED")
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
