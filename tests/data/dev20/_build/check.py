"""Re-derive what can be checked from the built dev20 outputs and print ALL PASS (or the failures).

    python3 _build/check.py

Needs pypdf, python-docx, pillow and chinese_calendar.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from lib import credit_ok, id_ok, daxie  # noqa: E402

import chinese_calendar as cc  # noqa: E402
from pypdf import PdfReader  # noqa: E402

CODES = set("""SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05
PROC-01 PROC-02 PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13
DISC-01 DISC-02 DISC-03 DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02
SERV-03 EXEC-01 EXEC-02 ARCH-01""".split())

fails: list[str] = []


def ok(cond, msg):
    if not cond:
        fails.append(msg)


def D(s):
    return dt.date.fromisoformat(s) if s else None


def wd_between(a, b):
    """Working days after a up to and including b."""
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        n += cc.is_workday(x)
    return n


def text_of(path: Path, enc=None) -> tuple[str, int]:
    """Text and page/image count of a case (file or folder)."""
    if path.is_dir():
        texts, pages = [], 0
        for f in sorted(path.iterdir()):
            t, n = text_of(f, enc)
            texts.append(t)
            pages += n
        return "\n".join(texts), pages
    suf = path.suffix.lower()
    if suf == ".pdf":
        r = PdfReader(str(path))
        return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)
    if suf == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        with zipfile.ZipFile(path) as z:  # text boxes
            parts.extend(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", z.read("word/document.xml").decode("utf-8")))
        return "\n".join(parts), 1
    if suf == ".txt":
        return path.read_bytes().decode(enc or "utf-8"), 1
    if suf in (".jpg", ".jpeg", ".png"):
        return "", 1
    raise ValueError(path)


def find_case(cid):
    for cand in [ROOT / cid] + [ROOT / f"{cid}{s}" for s in (".pdf", ".docx", ".txt", ".ofd")]:
        if cand.exists():
            return cand
    return None


def money_variants(n):
    return {str(n), f"{n:,}", f"{n:.2f}", f"{n:,.2f}", daxie(n).replace("元整", ""), f"{n // 10000}万"}


def date_variants(d):
    from lib import d_cn, d_std, d_pad, d_dot
    return {d_std(d), d_pad(d), d_dot(d), d.isoformat(), d_cn(d), d_cn(d).replace("〇", "○")}


labels = [json.loads(l) for l in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ok(len(labels) == 8, f"expected 8 cases, got {len(labels)}")
code_count = Counter(c for lab in labels for c in lab["codes"])
for c, n in code_count.items():
    ok(c in CODES, f"unknown code {c}")
    ok(n <= 2, f"code {c} used {n} times")
ok(sum(1 for lab in labels if not lab["codes"]) == 3, "expected three clean cases")
families = {c.split("-")[0] for c in code_count}
ok(len(families) == 9, f"families covered: {sorted(families)}")

kinds = Counter()
for lab in labels:
    cid = lab["case_id"]
    p = find_case(cid)
    ok(p is not None, f"{cid}: case not found")
    if p is None:
        continue
    f = lab["fields"]
    party = f["party"]
    if party["credit_code"]:
        ok(credit_ok(party["credit_code"]), f"{cid}: credit code check digit")
    if party["id_number"]:
        ok(id_ok(party["id_number"]), f"{cid}: id number check digit")
    enc = lab["encoding"]
    if p.suffix == ".txt":
        raw = p.read_bytes()
        ok(enc in ("gbk", "gb18030", "utf-8"), f"{cid}: encoding label")
        try:
            raw.decode(enc)
        except UnicodeDecodeError:
            fails.append(f"{cid}: does not decode as {enc}")
        if enc == "gb18030":
            try:
                raw.decode("gbk")
                fails.append(f"{cid}: gb18030 file decodes as plain GBK (no GB18030-only character)")
            except UnicodeDecodeError:
                pass
        if enc == "gbk":
            ok(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{cid}: GBK case should be CRLF")
        if enc == "gb18030":
            ok(b"\r\n" not in raw, f"{cid}: GB18030 case should be LF")
    else:
        ok(enc is None, f"{cid}: encoding must be null for non-text cases")
    text, npages = text_of(p, enc)
    # which format kind
    if p.is_dir():
        files = list(p.iterdir())
        if all(x.suffix == ".jpg" for x in files):
            kinds["photos"] += 1
            from PIL import Image
            names = sorted(x.name for x in files)
            ok(all(re.fullmatch(r"IMG_\d{8}_\d{6}\.jpg", n) for n in names), f"{cid}: camera-time names")
            for x in files:
                with Image.open(x) as im:
                    ok(max(im.size) <= 1600, f"{cid}: {x.name} larger than 1600 px")
            ok(len(files) >= 10, f"{cid}: too few photos")
        else:
            kinds["folder"] += 1
            ok(len({x.suffix for x in files}) >= 3, f"{cid}: folder should mix PDF/DOCX/TXT")
    elif p.suffix == ".pdf":
        r = PdfReader(str(p))
        has_text = any((pg.extract_text() or "").strip() for pg in r.pages)
        kinds["pdf-text" if has_text else "pdf-scan"] += 1
        ok(len(r.pages) >= 10, f"{cid}: PDF has only {len(r.pages)} pages")
    else:
        kinds[p.suffix] += 1
    # labelled values occur in the text (not checkable for image-only cases)
    if text.strip():
        flat = re.sub(r"\s+", "", text)
        ok(party["name"] in flat, f"{cid}: party name not in text")
        for key in ("credit_code", "id_number"):
            if party[key]:
                ok(party[key] in flat, f"{cid}: {key} not in text")
        fine = f["penalty"]["fine_yuan"]
        if fine:
            ok(any(v in flat for v in money_variants(fine)), f"{cid}: fine {fine} not in text")
        for k, v in f["dates"].items():
            if v:
                ok(any(x in flat for x in date_variants(D(v))), f"{cid}: date {k}={v} not in text")
        ok(f["agency"] in flat, f"{cid}: agency not in text")
        for c in f["citations"]:
            ok(c["law"].strip("《》") in flat, f"{cid}: law {c['law']} not in text")
    # day counts the labels rely on
    ds = {k: D(v) for k, v in f["dates"].items()}
    codes = set(lab["codes"])
    if ds["filing"] and ds["decision"]:
        days = (ds["decision"] - ds["filing"]).days
        ok(days >= 0, f"{cid}: decision before filing")
        if "PROC-03" in codes:
            ok(days > 90, f"{cid}: PROC-03 needs >90 days, has {days}")
        elif days > 90:
            ok("延长" in text, f"{cid}: {days} days without an extension on file")
    if ds["decision"] and ds["decision_served"]:
        w = wd_between(ds["decision"], ds["decision_served"])
        if "SERV-01" in codes:
            ok(w > 7, f"{cid}: SERV-01 needs >7 working days, has {w}")
        else:
            ok(w <= 7, f"{cid}: decision served after {w} working days")
    if ds["notice"] and ds["decision"]:
        ok(ds["notice"] < ds["decision"], f"{cid}: notice not before decision")
    # law-version conventions by decision date
    dec = ds["decision"]
    if text.strip() and dec:
        if dec < dt.date(2015, 5, 1):
            ok("三个月" in text, f"{cid}: pre-2015 decision should say 三个月")
        else:
            ok("三个月" not in text, f"{cid}: post-2015 decision says 三个月")
        if dec >= dt.date(2021, 7, 15) and "LAW-04" not in codes:
            ok("第五十一条第（一）项" not in text, f"{cid}: old 加处罚款 numbering after 2021-07-15")
        if dec < dt.date(2021, 7, 15):
            ok("第七十二条" not in text, f"{cid}: new numbering before 2021-07-15")

# specific re-derivations
lab = {l["case_id"]: l for l in labels}
t7 = (ROOT / "hn_zz_2013_jiage.txt").read_bytes().decode("gbk")
ok(32 * 15 + 12 * 20 == 720 and "合计           44       --           780" in t7, "C7: 违法所得 arithmetic defect missing")
ok("3000元（大写：叁仟伍佰元整）" in t7, "C7: 大写/小写 mismatch missing")
ok("缴款书" not in t7 and "缴款凭证" not in t7, "C7: a voucher is present")
ok("收到日期：　　年　　月　　日" in t7, "C7: blank receipt date missing")
t5, _ = text_of(ROOT / "ha_ly_2021_guihua.docx")
bad = re.findall(r"统一社会信用代码([0-9A-Z]{18})", re.sub(r"\s", "", t5))
ok(any(not credit_ok(b) for b in bad), "C5: the transposed credit code is missing")
ok(round(862400 * 0.06) == 51744, "C5: fine arithmetic")
t8, _ = text_of(ROOT / "he_bd_2023_tudi.pdf")
ok(11400 == 380 * 30 and 11400 < 380 * 100, "C8: fine vs floor")
ok(round(11400 * 0.03 * 45) == 15390 > 11400, "C8: 加处罚款 exceeds the fine")
ok((D("2023-09-11") - D("2023-07-28")).days == 45, "C8: overdue day count")
ok(wd_between(D("2019-08-02"), D("2019-08-16")) == 10, "C2: service working days")
ok(wd_between(D("2022-05-18"), D("2022-05-23")) == 3 and wd_between(D("2022-05-18"), D("2022-05-25")) == 5,
   "C3: 陈述申辩 window")
ok(wd_between(D("2024-09-13"), D("2024-09-23")) == 5, "C4: 陈述申辩 on the 5th working day")
ok(cc.is_workday(D("2024-09-29")) and D("2024-09-29").weekday() == 6, "C4: decision on a Sunday 调休 workday")
ok(wd_between(D("2024-09-29"), D("2024-10-12")) == 6, "C4: 留置送达 within 7 working days")
ok(wd_between(D("2023-06-21"), D("2023-06-29")) == 5, "C8: notice window")
ok((D("2017-06-07") - D("2017-03-09")).days == 90 and D("2017-06-01") < D("2017-06-07"), "C1: extension approved in time")
# expected format kinds
ok(kinds["pdf-text"] == 2 and kinds["pdf-scan"] == 1 and kinds["photos"] == 1 and kinds["folder"] == 1
   and kinds[".docx"] == 1 and kinds[".txt"] == 2, f"format mix: {dict(kinds)}")
# size and machine paths
total = sum(x.stat().st_size for x in ROOT.rglob("*") if x.is_file())
ok(total < 3_000_000, f"folder is {total} bytes")
pat = re.compile(rb"/(tmp|work|home|root|usr)/")
for x in ROOT.rglob("*"):
    if not x.is_file() or x.name == "check.py":
        continue
    data = x.read_bytes()
    blobs = [data]
    if x.suffix == ".docx":
        with zipfile.ZipFile(x) as z:
            blobs = [z.read(n) for n in z.namelist()]
    ok(not any(pat.search(b) for b in blobs), f"machine path in {x.relative_to(ROOT)}")

if fails:
    print("\n".join("FAIL " + f for f in fails))
    sys.exit(1)
print(f"{len(labels)} cases, codes {dict(sorted(code_count.items()))}, {total} bytes")
print("ALL PASS")
