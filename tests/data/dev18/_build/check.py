"""Re-derive what can be re-derived from the dev18 outputs and compare with labels.jsonl.

python3 check.py   -> prints each failure, then ALL PASS or N FAILURES."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pypdf
import yaml

from common import (OUT, ar_date, cn_date, credit_code_ok, d, days_between, dot_date, id_ok,
                    working_days_after)

HERE = Path(__file__).resolve().parent
FAILS: list[str] = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL", msg)


def ok(cond, msg):
    if not cond:
        fail(msg)
    return cond


# ---------------------------------------------------------------- text extraction
def docx_text(p: Path) -> str:
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def pdf_pages(p: Path) -> list[str]:
    return [pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages]


def case_text(path: Path, enc) -> str:
    if path.is_dir():
        parts = []
        for f in sorted(path.iterdir()):
            if f.suffix == ".docx":
                parts.append(docx_text(f))
            elif f.suffix == ".pdf":
                parts.append("\n".join(pdf_pages(f)))
        return "\n".join(parts)
    if path.suffix == ".txt":
        return path.read_bytes().decode(enc)
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return "\n".join(pdf_pages(path))
    return ""


def find_case_path(cid: str) -> Path | None:
    for cand in [OUT / cid] + [OUT / f"{cid}{ext}" for ext in (".txt", ".pdf", ".docx")]:
        if cand.exists():
            return cand
    return None


# ---------------------------------------------------------------- labels shape
def check_labels():
    codes_yaml = Path(__file__).resolve().parents[5] / "shared" / "contract" / "defects.yaml"
    known = None
    if codes_yaml.exists():
        known = {c["code"] for c in yaml.safe_load(codes_yaml.read_text(encoding="utf-8"))["codes"]}
    labels = [json.loads(line) for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    ok(len(labels) == 8, f"8 labels expected, got {len(labels)}")
    keys = {"case_id", "codes", "encoding", "notes", "fields"}
    use: dict[str, int] = {}
    years, provinces = set(), set()
    for lab in labels:
        cid = lab.get("case_id", "?")
        ok(set(lab) == keys, f"{cid}: label keys {sorted(lab)}")
        ok(find_case_path(cid) is not None, f"{cid}: no file or folder with that name")
        ok(lab["encoding"] in ("utf-8", "gbk", "gb18030", None), f"{cid}: encoding")
        for c in lab["codes"]:
            use[c] = use.get(c, 0) + 1
            ok(c not in ("SUBJ-04", "DISC-02"), f"{cid}: profile-dependent code {c}")
            if known is not None:
                ok(c in known, f"{cid}: unknown code {c}")
        ok(len(lab["codes"]) <= 3, f"{cid}: more than 3 codes")
        f = lab["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: fields keys")
        ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, f"{cid}: party keys")
        ok(f["party"]["kind"] in ("单位", "个体工商户", "个人"), f"{cid}: party kind")
        if f["party"]["credit_code"]:
            ok(credit_code_ok(f["party"]["credit_code"]), f"{cid}: credit code check digit")
        if f["party"]["id_number"]:
            ok(id_ok(f["party"]["id_number"]), f"{cid}: id number check digit")
        ok(set(f["penalty"]) == {"fine_yuan", "procedure"} and f["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: penalty")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: dates keys")
        for k, v in f["dates"].items():
            if v:
                d(v)
        ds = f["dates"]
        if all(ds.values()):
            ok(ds["filing"] <= ds["notice"] <= ds["decision"] <= ds["decision_served"], f"{cid}: date order")
        years.add(ds["decision"][:4])
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"}, f"{cid}: citation keys")
            ok(c["law"].startswith("《") and c["law"].endswith("》"), f"{cid}: law title in 书名号")
            ok(c["role"] in ("violated", "penalty"), f"{cid}: citation role")
            ok(isinstance(c["article"], int), f"{cid}: article int")
        ok({"violated", "penalty"} <= {c["role"] for c in f["citations"]}, f"{cid}: needs violated+penalty citations")
    ok(all(n <= 2 for n in use.values()), f"a code used more than twice: {use}")
    fam = {c.split("-")[0] for c in use}
    ok(len(fam) >= 6, f"defect families: {sorted(fam)}")
    ok(sum(1 for lab in labels if not lab["codes"]) >= 2, "need at least two clean cases")
    ok(len(years) == 8, f"decision years must differ: {sorted(years)}")
    ok(sum(1 for y in years if y < "2021") >= 2, "at least two cases before 2021-07-15")
    return labels


# ---------------------------------------------------------------- per-case checks
def run_check(cid, chk, text):
    kind = chk[0]
    a = chk[1:]
    if kind == "working_days_max":
        n = working_days_after(a[0], a[1])
        ok(n <= a[2], f"{cid}: working days {a[0]}→{a[1]} = {n} > {a[2]}")
    elif kind == "working_days_min":
        n = working_days_after(a[0], a[1])
        ok(n >= a[2], f"{cid}: working days {a[0]}→{a[1]} = {n} < {a[2]}")
    elif kind == "working_days_eq":
        n = working_days_after(a[0], a[1])
        ok(n == a[2], f"{cid}: working days {a[0]}→{a[1]} = {n} != {a[2]}")
    elif kind == "working_days_between_min":
        n = working_days_after(a[0], a[1]) - (1 if _is_work(a[1]) else 0)
        ok(n >= a[2], f"{cid}: working days strictly between {a[0]} and {a[1]} = {n} < {a[2]}")
    elif kind == "days_max":
        n = days_between(a[0], a[1])
        ok(n <= a[2], f"{cid}: days {a[0]}→{a[1]} = {n} > {a[2]}")
    elif kind == "days_eq":
        n = days_between(a[0], a[1])
        ok(n == a[2], f"{cid}: days {a[0]}→{a[1]} = {n} != {a[2]}")
    elif kind == "before":
        ok(d(a[0]) < d(a[1]), f"{cid}: {a[0]} not before {a[1]}")
    elif kind == "after":
        ok(d(a[0]) > d(a[1]), f"{cid}: {a[0]} not after {a[1]}")
    elif kind == "eq":
        ok(abs(a[0] - a[1]) < 0.005, f"{cid}: {a[0]} != {a[1]}")
    elif kind == "ne":
        ok(abs(a[0] - a[1]) >= 0.005, f"{cid}: {a[0]} == {a[1]}")
    elif kind == "lt":
        ok(a[0] < a[1], f"{cid}: {a[0]} !< {a[1]}")
    elif kind == "text_has":
        ok(a[0] in text, f"{cid}: text lacks {a[0]!r}")
    elif kind == "pdf_toc":
        check_pdf_toc(cid, OUT / a[0], a[1], a[2])
    elif kind == "docx_toc":
        check_docx_toc(cid, OUT / a[0])
    elif kind == "images":
        files = sorted((OUT / a[0]).glob("*.jpg"))
        ok(len(files) == a[1], f"{cid}: {len(files)} photos, expected {a[1]}")
    elif kind == "scan_pdf":
        r = pypdf.PdfReader(str(OUT / a[0]))
        ok(len(r.pages) == a[1], f"{cid}: scan has {len(r.pages)} pages, expected {a[1]}")
        ok(all(not (pg.extract_text() or "").strip() for pg in r.pages), f"{cid}: scan should be image-only")
        for pg in r.pages:
            xo = pg["/Resources"]["/XObject"]
            img = xo[list(xo)[0]].get_object()
            ok(img["/Filter"] == "/DCTDecode" and img["/ColorSpace"] == "/DeviceGray", f"{cid}: scan page not grey JPEG")
            dpi = float(img["/Width"]) / (float(pg.mediabox.width) / 72)
            ok(190 <= dpi <= 210, f"{cid}: scan dpi {dpi:.0f}")
    else:
        fail(f"{cid}: unknown check {kind}")


def _is_work(s):
    import chinese_calendar
    return chinese_calendar.is_workday(d(s))


def parse_range(s):
    a, _, b = s.partition("-")
    return int(a), int(b or a)


def toc_rows(page_text):
    """Rows of a 目录 page as (title, first, last); pypdf gives one cell per line."""
    lines = [x.strip() for x in page_text.splitlines() if x.strip()]
    rows, i = [], 0
    while i < len(lines) - 2:
        if re.fullmatch(r"\d{1,2}", lines[i]) and not re.fullmatch(r"[\d.\-]+", lines[i + 1]):
            j = i + 2
            if re.fullmatch(r"\d{4}\.\d{1,2}\.\d{1,2}", lines[j]):
                j += 1
            if j < len(lines) and re.fullmatch(r"\d+(-\d+)?", lines[j]):
                rows.append((lines[i + 1], *parse_range(lines[j])))
                i = j + 1
                continue
        i += 1
    return rows


def check_pdf_toc(cid, path, fmt, where):
    pages = pdf_pages(path)
    rows = toc_rows(pages[1])
    ok(len(rows) >= 10, f"{cid}: could not read 目录 rows ({len(rows)})")
    numbered = len(pages) - 2
    # footers: every page after cover and 目录 carries its number
    for phys in range(3, len(pages) + 1):
        n = phys - 2
        lines = [x.strip() for x in pages[phys - 1].splitlines() if x.strip()]
        want = fmt.format(n=n)
        ok(want in lines[:2] or want in lines[-2:], f"{cid}: page {phys} lacks footer {want!r}")
    ok("第" not in (pages[0] + pages[1])[-6:], f"{cid}: cover/目录 should be unnumbered")
    last = 0
    for title, a, b in rows:
        ok(a >= last and b >= a, f"{cid}: 目录 ranges not in order at {title}")
        last = a
        key = re.sub(r"（.*", "", title)[:4]
        head = "".join(pages[a + 1].split())
        ok(key in head, f"{cid}: 目录 says {title} starts on page {a}, page text starts {head[:30]!r}")
        ok(b <= numbered, f"{cid}: 目录 range {a}-{b} beyond {numbered}")
    ok(rows[-1][2] == numbered - 1, f"{cid}: last 目录 entry ends {rows[-1][2]}, 备考表 should be page {numbered}")


def check_docx_toc(cid, path):
    if not shutil.which("soffice"):
        print(f"note: {cid}: LibreOffice not found, docx pagination not re-derived")
        return
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(path)], check=True,
                       capture_output=True)
        pages = pdf_pages(Path(td) / (path.stem + ".pdf"))
    total = len(pages)
    for i, t in enumerate(pages, 1):
        ok(f"第{i}页，共{total}页" in t.replace(" ", ""), f"{cid}: page {i} footer")
    lines = [x.strip() for x in pages[1].splitlines() if x.strip()]
    rows = []
    for ln in lines:
        m = re.fullmatch(r"(\d{1,2})(\D+?)(\d+(?:-\d+)?)", ln.replace(" ", ""))
        if m:
            rows.append((m.group(2), *parse_range(m.group(3))))
    ok(len(rows) >= 10, f"{cid}: could not read docx 目录 ({len(rows)})")
    for title, a, b in rows:
        key = re.sub(r"（.*", "", title)[:4]
        ok(key in pages[a - 1].replace(" ", "")[:80], f"{cid}: 目录 {title} → page {a} mismatch")
    ok("备考表" in pages[-1][:20], f"{cid}: last page should be 备考表")


def check_text_ids(cid, text, lab):
    cc_re = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
    for m in cc_re.finditer(text):
        s = m.group(0)
        if re.fullmatch(r"\d{17}[\dX]", s):
            ok(id_ok(s), f"{cid}: ID number {s} fails GB 11643 check")
        else:
            ok(credit_code_ok(s), f"{cid}: credit code {s} fails GB 32100 check")
    p = lab["fields"]["party"]
    for k in ("credit_code", "id_number"):
        if p[k]:
            ok(p[k] in text, f"{cid}: labelled {k} {p[k]} not in text")
    ok(p["name"] in text, f"{cid}: party name not in text")
    ok(lab["fields"]["agency"] in text, f"{cid}: agency not in text")
    for k, v in lab["fields"]["dates"].items():
        if v:
            forms = {ar_date(v), cn_date(v), dot_date(v), cn_date(v, "○"), v}
            ok(any(f in text for f in forms), f"{cid}: date {k}={v} not found in text")
    fine = lab["fields"]["penalty"]["fine_yuan"]
    if fine:
        forms = {f"{fine:,.2f}", f"{fine:.2f}", f"{int(fine)}" if fine == int(fine) else "", f"{fine:,.0f}"} - {""}
        ok(any(f in text for f in forms), f"{cid}: fine {fine} not in text")


MACHINE = ["/" + w + "/" for w in ("tmp", "work", "root", "home")]


def check_paths():
    for f in OUT.rglob("*"):
        if f.is_dir() or "__pycache__" in f.parts:
            continue
        blobs = [f.read_bytes()]
        if f.suffix == ".docx":
            with zipfile.ZipFile(f) as z:
                blobs += [z.read(n) for n in z.namelist()]
        for b in blobs:
            for enc in ("utf-8", "gb18030", "latin-1"):
                try:
                    s = b.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            for m in MACHINE:
                ok(m not in s, f"machine path {m!r} in {f.relative_to(OUT)}")


def main():
    labels = check_labels()
    expect = json.loads((HERE / "expect.json").read_text(encoding="utf-8"))
    for lab in labels:
        cid = lab["case_id"]
        path = find_case_path(cid)
        if path is None:
            continue
        text = case_text(path, lab["encoding"])
        if path.suffix == ".txt":
            raw = path.read_bytes()
            ok(raw.count(b"\r\n") == raw.count(b"\n") if lab["encoding"] == "gb18030" else b"\r\n" not in raw,
               f"{cid}: line endings")
            if lab["encoding"] == "gb18030":
                ok(raw.decode("gb18030").count("=" * 40) >= 10, f"{cid}: ==== separators")
                try:
                    raw.decode("utf-8")
                    fail(f"{cid}: GB18030 file also decodes as UTF-8")
                except UnicodeDecodeError:
                    pass
        if text.strip():
            check_text_ids(cid, text, lab)
        for chk in expect[cid]["_checks"]:
            run_check(cid, chk, text)
        if "_toc_written" in expect[cid]:
            w, a = expect[cid]["_toc_written"], expect[cid]["_toc_actual"]
            wd = dict(w)
            mism = [t for t, pg in a if t in wd and wd[t] != pg]
            missing = [t for t, _ in a if t not in wd]
            ok(("ARCH-01" in lab["codes"]) == bool(mism or missing), f"{cid}: ARCH-01 label vs 目录 ({mism}, {missing})")
            last = max(parse_range(pg)[1] for _, pg in a)
            pages = len(pypdf.PdfReader(str(path)).pages)
            ok(last == pages - 3, f"{cid}: numbered pages {last} vs {pages} physical")
    size = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
    ok(size < 3 * 1024 * 1024, f"folder size {size} bytes")
    check_paths()
    if FAILS:
        print(f"{len(FAILS)} FAILURES")
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
