"""Verify the heldout61 corpus as built: sizes, pages, 目录 ranges, identifiers, day counts, labels, no paths.

Usage: python check.py    (after build.py and labels.py); prints ALL PASS or the list of failures.

The checks read the rendered files themselves (text, GBK text, .docx, text-layer PDFs), not only the
manifest; only the scanned PDF, which has no text layer by design, is checked through the manifest.
Working days come from ``chinese_calendar`` (statutory holidays and 调休 workdays).
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import sys
import zipfile
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from build import CASES  # noqa: E402
from common import id_valid, range_text, uscc_valid, workdays_after  # noqa: E402

FAILS: list[str] = []
MAX_BYTES = 3 * 1024 * 1024
FORBIDDEN = ["/" + "work", "/" + "tmp", "/" + "root", "/" + "home", "C:" + "\\Users", "/" + "Users/"]
ENCODINGS = {"folder", "gbk", "utf-8", "docx", "pdf-text", "pdf-image"}


def fail(msg: str) -> None:
    FAILS.append(msg)


def norm(s: str) -> str:
    return re.sub(r"[\s|　]", "", s)


# --------------------------------------------------------------------------- page extraction


def pages_folder(m: dict) -> list[str]:
    out = []
    for f in m["files"]:
        out.extend((OUT / f).read_text(encoding="utf-8").split("\f"))
    return out


def pages_gbk(m: dict) -> list[str]:
    raw = (OUT / m["files"][0]).read_bytes()
    try:
        raw.decode("utf-8")
        fail(f"{m['case_id']}: GBK file also decodes as UTF-8 (is it really GBK?)")
    except UnicodeDecodeError:
        pass
    if b"\f" in raw:
        fail(f"{m['case_id']}: GBK file should carry no form feeds")
    text = raw.decode("gbk").replace("\r\n", "\n")
    return text.split("=" * 60 + "\n")


def pages_utf8(m: dict) -> list[str]:
    return (OUT / m["files"][0]).read_text(encoding="utf-8").split("\f")


def pages_docx(m: dict) -> tuple[list[str], list[list[list[str]]]]:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(OUT / m["files"][0]))
    pages, tables, cur, cur_tables = [], [], [], []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            cur.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
            if any(br.get(qn("w:type")) == "page" for br in el.iter(qn("w:br"))):
                pages.append("\n".join(cur))
                tables.append(cur_tables)
                cur, cur_tables = [], []
        elif el.tag == qn("w:tbl"):
            rows = []
            for tr in el.iter(qn("w:tr")):
                rows.append(["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.iter(qn("w:tc"))])
            cur_tables.append(rows)
            cur.extend(" | ".join(r) for r in rows)
    pages.append("\n".join(cur))
    tables.append(cur_tables)
    return pages, tables


def pdf_doc(m: dict):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import fitz  # PyMuPDF
    return fitz.open(str(OUT / m["files"][0]))


# --------------------------------------------------------------------------- 目录 parsing


def toc_text_rows(page: str, pattern: str) -> list[tuple[str, str]]:
    rows = []
    for line in page.splitlines():
        mm = re.match(pattern, line)
        if mm:
            rows.append((mm.group("title").strip(), mm.group("rng")))
    return rows


def toc_pdf_table(page) -> list[tuple[str, str]]:
    words = page.get_text("words")
    lines: dict[int, list] = {}
    for w in words:
        key = round((w[1] + w[3]) / 2 / 4)
        lines.setdefault(key, []).append(w)
    rows = []
    for key in sorted(lines):
        ws = sorted(lines[key], key=lambda w: w[0])
        toks = [w[4] for w in ws]
        if len(toks) >= 3 and toks[0].isdigit() and re.fullmatch(r"\d+(-\d+)?", toks[-1]):
            rows.append(("".join(toks[1:-2]), toks[-1]))
    return rows


# --------------------------------------------------------------------------- per-case checks


def check_case(cid: str, m: dict, mod) -> None:
    enc = m["encoding"]
    n = m["pages"]
    docs = m["docs"]
    expect_toc = [(d["title"], range_text(*d["toc"])) for d in docs[1:]]
    texts: list[str] | None = None

    if enc in ("folder", "gbk", "utf-8"):
        texts = {"folder": pages_folder, "gbk": pages_gbk, "utf-8": pages_utf8}[enc](m)
        if len(texts) != n:
            fail(f"{cid}: {len(texts)} pages in file, manifest says {n}")
        for i, t in enumerate(texts, 1):
            last = [ln.strip() for ln in t.strip().splitlines() if ln.strip()][-1]
            if last != f"第{i}页":
                fail(f"{cid}: page {i} footer reads {last!r}")
        pat = {
            "folder": r"^\s*(?P<no>\d+)\s+(?P<title>\S+)\s+(?P<date>\S+)\s+(?P<rng>\d+(?:-\d+)?)\s*$",
            "gbk": r"^(?P<no>\d+) \| (?P<title>.+?) \| (?P<date>\d{8}) \| (?P<rng>\d+(?:-\d+)?)$",
            "utf-8": r"^\s*(?P<no>\d+)　(?P<title>.+?)　(?P<date>\S+)　(?P<rng>\d+(?:-\d+)?)$",
        }[enc]
        got_toc = toc_text_rows(texts[0], pat)
    elif enc == "docx":
        texts, tables = pages_docx(m)
        if len(texts) != n:
            fail(f"{cid}: {len(texts)} pages in docx, manifest says {n}")
        for i, t in enumerate(texts, 1):
            last = [ln.strip() for ln in t.splitlines() if ln.strip()][-1]
            if last != f"第{i}页":
                fail(f"{cid}: docx page {i} footer reads {last!r}")
        if not tables[0]:
            fail(f"{cid}: docx 目录 has no table")
        got_toc = [(r[1], r[3]) for r in tables[0][0][1:]]
        if sum(len(t) for t in tables) < n // 2:
            fail(f"{cid}: docx has too few Word tables")
    elif enc == "pdf-text":
        pdf = pdf_doc(m)
        if pdf.page_count != n:
            fail(f"{cid}: {pdf.page_count} PDF pages, manifest says {n}")
        texts = [p.get_text() for p in pdf]
        prose = m.get("prose", False) or "共" in texts[0]
        for i, t in enumerate(texts, 1):
            if prose:
                found = re.findall(r"第(\d+)页\s*共(\d+)页", t)
                if found != [(str(i), str(n))]:
                    fail(f"{cid}: page {i} footer {found}")
            else:
                found = re.findall(r"第(\d+)页", t)
                if found != [str(i)]:
                    fail(f"{cid}: page {i} footer {found}")
            if len(norm(t)) < 20:
                fail(f"{cid}: page {i} has almost no text layer")
        if prose:
            got_toc = [(mm.group(1), mm.group(2)) for mm in
                       re.finditer(r"^\d+．(.+?)（[^）]*）\s*第(\d+(?:-\d+)?)页$", texts[0], re.M)]
        else:
            got_toc = toc_pdf_table(pdf[0])
            # table rows: compare titles without the internal line breaks of wrapped cells
            got_toc = [(t, r) for t, r in got_toc]
        if not prose and not any(d.get_drawings() for d in pdf):
            fail(f"{cid}: no ruled lines found in the table PDF")
    elif enc == "pdf-image":
        pdf = pdf_doc(m)
        if pdf.page_count != n:
            fail(f"{cid}: {pdf.page_count} PDF pages, manifest says {n}")
        for i, p in enumerate(pdf, 1):
            if p.get_text().strip():
                fail(f"{cid}: scanned page {i} has a text layer")
            if p.get_fonts():
                fail(f"{cid}: scanned page {i} uses fonts")
            imgs = p.get_images()
            if len(imgs) != 1:
                fail(f"{cid}: scanned page {i} has {len(imgs)} images")
            else:
                info = pdf.extract_image(imgs[0][0])
                if info["colorspace"] != 1:
                    fail(f"{cid}: scanned page {i} is not greyscale")
                if abs(info["width"] - 1654) > 2 or abs(info["height"] - 2339) > 2:
                    fail(f"{cid}: scanned page {i} is not A4 at 200 dpi")
        texts = None
        got_toc = None  # no text layer: the manifest is the only source
    else:
        fail(f"{cid}: unknown encoding {enc}")
        return

    if got_toc is not None:
        if [r for _, r in got_toc] != [r for _, r in expect_toc]:
            fail(f"{cid}: 目录 ranges in the file {[r for _, r in got_toc]} != expected {[r for _, r in expect_toc]}")
        for (gt, _), (et, _) in zip(got_toc, expect_toc):
            if norm(gt) != norm(et):
                fail(f"{cid}: 目录 title {gt!r} != {et!r}")

    # 目录 against the real pagination: only planted ARCH-01 errors may differ
    wrong = [d["key"] for d in docs[1:] if d["toc"] != [d["first"], d["last"]]]
    if ("ARCH-01" in mod_meta(mod)["codes"]) != bool(wrong):
        fail(f"{cid}: 目录 mismatches {wrong} do not agree with the ARCH-01 label")

    # each document starts where the manifest says it starts
    mtexts = m["page_texts"]
    if texts is not None:
        for d in docs[1:]:
            want = norm(mtexts[d["first"] - 1])[:14]
            if want and want not in norm(texts[d["first"] - 1]):
                fail(f"{cid}: page {d['first']} does not start {d['title']} ({want})")
    full = "\n".join(texts if texts is not None else mtexts)

    # identifiers: every 身份证号 / 统一社会信用代码 in the text is valid and belongs to the case
    meta = mod_meta(mod)
    ids = set(meta["ids"]["id_numbers"])
    codes = set(meta["ids"]["credit_codes"])
    for s in re.findall(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])", full):
        try:
            dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
        except ValueError:
            continue
        if not (1900 < int(s[6:10]) < 2010):
            continue
        if not id_valid(s):
            fail(f"{cid}: 身份证号 {s} fails GB 11643")
        if s not in ids:
            fail(f"{cid}: unexpected 身份证号 {s}")
    for s in re.findall(r"(?<![0-9A-Z])(?:91|92|93|12|52)\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", full):
        if not uscc_valid(s):
            fail(f"{cid}: 统一社会信用代码 {s} fails GB 32100/GB 11714")
        if s not in codes:
            fail(f"{cid}: unexpected 统一社会信用代码 {s}")
    for s in ids | codes:
        if s not in full:
            fail(f"{cid}: {s} missing from the text")
        if not (id_valid(s) if len(s) == 18 and s[:17].isdigit() and s not in codes else uscc_valid(s)):
            fail(f"{cid}: identifier {s} invalid")

    # 文号: outward documents carry 机关代字〔年份〕序号号, all distinct
    nums = [d["number"] for d in docs if d["number"]]
    if len(nums) != len(set(nums)):
        fail(f"{cid}: duplicate 文号 {nums}")
    for num in nums:
        if not re.fullmatch(r"\S+〔\d{4}〕\d+号", num):
            fail(f"{cid}: 文号 {num} malformed")
        if num not in full:
            fail(f"{cid}: 文号 {num} not in the text")
    if texts is not None and "（印章）" not in full:
        fail(f"{cid}: no seal markers")

    # day counts and arithmetic, recomputed
    for a in meta["assert"]:
        if not evaluate(a):
            fail(f"{cid}: assertion failed {a}")


def evaluate(a) -> bool:
    kind = a[0]
    if kind == "days_le":
        return (a[2] - a[1]).days <= a[3]
    if kind == "days_eq":
        return (a[2] - a[1]).days == a[3]
    if kind == "cal_gt":
        return (a[2] - a[1]).days > a[3]
    if kind == "wd_le":
        return workdays_after(a[1], a[2]) <= a[3]
    if kind == "wd_ge":
        return workdays_after(a[1], a[2]) >= a[3]
    if kind == "wd_gt":
        return workdays_after(a[1], a[2]) > a[3]
    if kind == "order":
        return all(x <= y for x, y in zip(a[1], a[1][1:]))
    if kind == "ge":
        return a[1] >= a[2]
    if kind == "gt":
        return a[1] > a[2]
    if kind == "lt":
        return a[1] < a[2]
    if kind == "ne":
        return a[1] != a[2]
    if kind == "sum":
        return sum(a[1]) == a[2]
    if kind == "range":
        return a[2] <= a[1] <= a[3]
    raise ValueError(kind)


_META: dict = {}


def mod_meta(mod) -> dict:
    if mod.__name__ not in _META:
        _META[mod.__name__] = mod.build()[1]
    return _META[mod.__name__]


# --------------------------------------------------------------------------- corpus-wide checks


def known_codes() -> set[str] | None:
    f = OUT.parents[2].parent / "shared" / "contract" / "defects.yaml"
    if not f.exists():
        return None
    return set(re.findall(r"^\s*- code: ([A-Z]+-\d+)", f.read_text(encoding="utf-8"), re.M))


def check_labels(manifest: dict) -> None:
    lines = (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    if len(lines) != 7:
        fail(f"labels.jsonl has {len(lines)} lines")
    seen_codes: list[str] = []
    encs = []
    clean = 0
    allowed = known_codes()
    for line in lines:
        r = json.loads(line)
        cid = r["case_id"]
        if list(r) != ["case_id", "codes", "encoding", "notes", "fields"]:
            fail(f"{cid}: label keys {list(r)}")
        if list(r["fields"]) != ["agency", "party", "penalty", "dates", "citations"]:
            fail(f"{cid}: field keys {list(r['fields'])}")
        if cid not in manifest:
            fail(f"{cid}: label without a case")
            continue
        if r["codes"] != sorted(r["codes"]):
            fail(f"{cid}: codes not sorted")
        if {"SUBJ-04", "DISC-02"} & set(r["codes"]):
            fail(f"{cid}: profile-dependent code labelled")
        if allowed is not None and not set(r["codes"]) <= allowed:
            fail(f"{cid}: unknown codes {set(r['codes']) - allowed}")
        if not r["codes"]:
            clean += 1
        elif not 1 <= len(r["codes"]) <= 3:
            fail(f"{cid}: {len(r['codes'])} codes")
        seen_codes += r["codes"]
        encs.append(r["encoding"])
        if r["encoding"] not in ENCODINGS or r["encoding"] != manifest[cid]["encoding"]:
            fail(f"{cid}: encoding {r['encoding']}")
        p = r["fields"]["party"]
        if p["kind"] not in ("单位", "个体工商户", "个人"):
            fail(f"{cid}: party kind {p['kind']}")
        if p["credit_code"] and not uscc_valid(p["credit_code"]):
            fail(f"{cid}: label credit code invalid")
        if p["id_number"] and not id_valid(p["id_number"]):
            fail(f"{cid}: label id number invalid")
        if re.search(r"\{[a-z_0-9]+\}", r["notes"]):
            fail(f"{cid}: unfilled placeholder in notes")
        for c in r["fields"]["citations"]:
            if list(c) != ["law", "article", "paragraph", "item", "role"] or c["role"] not in ("violated", "penalty"):
                fail(f"{cid}: citation {c}")
            if not (c["law"].startswith("《") and c["law"].endswith("》")):
                fail(f"{cid}: law title without 书名号 {c['law']}")
        dates = r["fields"]["dates"]
        for k, val in dates.items():
            if val is not None:
                dt.date.fromisoformat(val)
        if dates["decision"] and dates["filing"] and (
                dt.date.fromisoformat(dates["decision"]) < dt.date.fromisoformat(dates["filing"])):
            fail(f"{cid}: decision before filing")
    if clean != 2:
        fail(f"{clean} clean cases, want 2")
    if len(seen_codes) != len(set(seen_codes)):
        fail(f"a code is used twice: {sorted(seen_codes)}")
    if not 9 <= len(seen_codes) <= 12:
        fail(f"{len(seen_codes)} codes in all, want about 10")
    if sorted(encs) != sorted(["folder", "gbk", "utf-8", "docx", "pdf-text", "pdf-text", "pdf-image"]):
        fail(f"formats {sorted(encs)}")
    families = {c.split("-")[0] for c in seen_codes}
    if len(families) < 7:
        fail(f"only {len(families)} code families")


def check_files() -> None:
    total = 0
    for f in OUT.rglob("*"):
        if not f.is_file():
            continue
        if "__pycache__" in f.parts or f.suffix == ".pyc":
            fail(f"stray bytecode {f.relative_to(OUT)}")
            continue
        data = f.read_bytes()
        total += len(data)
        blobs = [data]
        if f.suffix == ".docx":
            with zipfile.ZipFile(f) as z:
                blobs += [z.read(n) for n in z.namelist()]
        if f.suffix == ".pdf":
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                import fitz
            d = fitz.open(str(f))
            blobs.append(json.dumps(d.metadata, ensure_ascii=False).encode())
            blobs += [p.get_text().encode() for p in d]
        for b in blobs:
            for pat in FORBIDDEN:
                if pat.encode() in b:
                    fail(f"{f.relative_to(OUT)} contains {pat!r}")
    if total >= MAX_BYTES:
        fail(f"corpus is {total} bytes, limit {MAX_BYTES}")
    print(f"corpus size {total:,} bytes")


def main() -> None:
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    for name in CASES:
        mod = importlib.import_module(name)
        cid = mod.CASE_ID
        if cid not in manifest:
            fail(f"{cid}: not built")
            continue
        check_case(cid, manifest[cid], mod)
        meta = mod_meta(mod)
        ds = meta["dates"]
        info = []
        if ds["filing"] and ds["decision"]:
            info.append(f"立案→决定 {(ds['decision'] - ds['filing']).days} d")
        if ds["decision"] and ds["decision_served"]:
            info.append(f"决定→送达 {workdays_after(ds['decision'], ds['decision_served'])} wd")
        print(f"{cid:18} {manifest[cid]['pages']:3d} pages  {meta['codes'] or 'clean'}  " + ", ".join(info))
    check_labels(manifest)
    check_files()
    readme = OUT / "README.md"
    if not readme.exists() or not readme.read_text(encoding="utf-8").startswith(
            "# heldout61 — seven Chinese administrative-penalty case volumes (held-out)\n"):
        fail("README.md missing or first line wrong")
    if FAILS:
        print("FAILED:")
        for f in FAILS:
            print("  -", f)
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
