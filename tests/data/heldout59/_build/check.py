"""Verify the built heldout59 corpus.

Checks: folder size < 3 MB; no absolute machine paths; every case file exists; page counts
of every rendering match the case data; page footers run 1..N without gaps; 统一社会信用代码
(GB 32100 with the GB 11714 code inside) and 身份证号 (GB 11643) check digits; working-day and
calendar-day counts stated in the case data (recomputed with chinese_calendar); label fields
agree with the documents (dates, fine, citations); codes exist in defects.yaml, none used twice.

Run:  python3 _build/check.py        Exit status 0 when everything passes.
"""
from __future__ import annotations

import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (OUT, D, workdays_between, valid_credit_code, valid_id, pdf_page_count,  # noqa: E402
                    rmb_upper, render_page_text, cn_num)
from build_all import PLAN  # noqa: E402

FAILS: list = []


def check(cond: bool, msg: str) -> None:
    if not cond:
        FAILS.append(msg)


def all_text(case) -> str:
    out = []
    for d in case.docs:
        for p in d.pages:
            out += render_page_text(p)
    return "\n".join(out)


def doc_text(doc) -> str:
    return "\n".join("\n".join(render_page_text(p)) for p in doc.pages)


def cn_article(n: int) -> str:
    if n < 100:
        return cn_num(n)
    h, r = divmod(n, 100)
    s = "〇一二三四五六七八九"[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + cn_num(r)
    return s + ("一十" + cn_num(r)[1:] if r < 20 else cn_num(r))


def main() -> int:
    # size and paths
    total = 0
    roots = [b"/" + w + b"/" for w in (b"work", b"home", b"tmp", b"root", b"Users")]
    abs_pat = re.compile(b"(" + b"|".join(re.escape(r) for r in roots) + rb"|(?<![A-Za-z])[A-Z]:\\[A-Za-z])")
    for root, _, files in os.walk(OUT):
        if "__pycache__" in root:
            continue
        for f in files:
            p = os.path.join(root, f)
            total += os.path.getsize(p)
            data = open(p, "rb").read()
            if f.endswith((".txt", ".md", ".jsonl", ".py", ".docx")):
                blob = data
                if f.endswith(".docx"):
                    with zipfile.ZipFile(p) as z:
                        blob = b"".join(z.read(n) for n in z.namelist())
                check(not abs_pat.search(blob), f"absolute path found in {os.path.relpath(p, OUT)}")
    check(total < 3 * 1024 * 1024, f"folder too large: {total} bytes")
    print(f"size: {total} bytes")

    labels = {}
    lab_path = os.path.join(OUT, "labels.jsonl")
    check(os.path.exists(lab_path), "labels.jsonl missing")
    for line in open(lab_path, encoding="utf-8"):
        rec = json.loads(line)
        labels[rec["case_id"]] = rec

    # known codes
    shared = os.path.normpath(os.path.join(OUT, "..", "..", "..", "..", "shared", "contract", "defects.yaml"))
    known = set(re.findall(r"code:\s*([A-Z]+-\d{2})", open(shared, encoding="utf-8").read())) \
        if os.path.exists(shared) else None

    used: dict = {}
    for mod, name, how in PLAN:
        case = mod.build()
        cid = case.case_id
        path = os.path.join(OUT, name)
        check(os.path.exists(path), f"{cid}: {name} missing")
        n_pages = sum(len(d.pages) for d in case.docs)
        n_numbered = sum(len(d.pages) for d in case.docs if d.numbered)

        # page counts per rendering
        if how == "txt_ff_utf8":
            t = open(path, encoding="utf-8").read()
            got = len(t.rstrip("\n").split("\f"))
            labels_found = re.findall(r"— (\d+) —", t)
        elif how in ("txt_gb18030", "txt_gbk_crlf"):
            raw = open(path, "rb").read()
            enc = "gb18030" if how == "txt_gb18030" else "gbk"
            t = raw.decode(enc)
            sep = "＝" * 30 if enc == "gb18030" else "-" * 60
            got = t.count(sep) + 1
            labels_found = re.findall(r"^\s*(?:第(\d+)页|- (\d+) -)\s*$", t, re.M)
            labels_found = [a or b for a, b in labels_found]
            if enc == "gb18030":
                try:
                    raw.decode("gbk")
                    check(False, f"{cid}: expected bytes that GBK cannot decode")
                except UnicodeDecodeError:
                    pass
            else:
                check(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{cid}: expected CRLF")
        elif how == "docx":
            with zipfile.ZipFile(path) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            got = xml.count('w:type="page"') + 1
            labels_found = re.findall(r"<w:t[^>]*>第 (\d+) 页</w:t>", xml)
        elif how.startswith("pdf"):
            got = pdf_page_count(path)
            labels_found = [str(i) for i in range(1, n_numbered + 1)]  # drawn by the renderer
        elif how == "folder":
            files = sorted(os.listdir(path))
            check(len(files) == len(case.docs), f"{cid}: {len(files)} files for {len(case.docs)} documents")
            got = sum(len(open(os.path.join(path, f), encoding="utf-8").read().rstrip("\n").split("\f"))
                      for f in files)
            labels_found = []
            for f in files:
                body = open(os.path.join(path, f), encoding="utf-8").read().replace("\f", "\n")
                labels_found += re.findall(r"^\s*第(\d+)页\s*$", body, re.M)
        check(got == n_pages, f"{cid}: rendered {got} pages, case data has {n_pages}")
        check([int(x) for x in labels_found] == list(range(1, n_numbered + 1)),
              f"{cid}: page footers not 1..{n_numbered}: {labels_found[:5]}…")

        # check digits everywhere in the case text
        text = all_text(case)
        for cc in set(re.findall(r"(?<![0-9A-Z])[0-9]{2}[0-9]{6}[0-9A-Z]{9}[0-9A-Z](?![0-9A-Z])", text)):
            if cc[:2] in ("91", "92", "93", "12", "11", "52", "51", "53") and not cc.isdigit():
                check(valid_credit_code(cc), f"{cid}: credit code {cc} fails GB 32100/GB 11714")
        for idn in set(re.findall(r"(?<!\d)\d{17}[\dX](?![\dA-Z])", text)):
            if idn[6:8] in ("19", "20"):
                check(valid_id(idn), f"{cid}: id {idn} fails GB 11643")

        # day counts
        chk = case.meta.get("checks", {})
        for a, b, n, what in chk.get("workday_pairs", []):
            got_n = workdays_between(D(a), D(b))
            check(got_n == n, f"{cid}: {what}: {a}→{b} is {got_n} working days, case data says {n}")
        for a, b, n, what in chk.get("day_pairs", []):
            got_n = (D(b) - D(a)).days
            check(got_n == n, f"{cid}: {what}: {a}→{b} is {got_n} days, case data says {n}")
        for x, y in chk.get("sums", []):
            check(abs(x - y) < 1e-6, f"{cid}: sum {x} != {y}")

        # labels agree with documents
        rec = labels.get(cid)
        check(rec is not None, f"{cid}: no label")
        if not rec:
            continue
        f = rec["fields"]
        party = f["party"]
        if party["credit_code"]:
            check(valid_credit_code(party["credit_code"]), f"{cid}: label credit code invalid")
            check(party["credit_code"] in text, f"{cid}: label credit code not in text")
        if party["id_number"]:
            check(valid_id(party["id_number"]), f"{cid}: label id invalid")
            check(party["id_number"] in text, f"{cid}: label id not in text")
        check(party["name"] in text, f"{cid}: party name not in text")
        check(f["agency"] in text, f"{cid}: agency not in text")
        bytitle = {d.title: d for d in case.docs}
        dec = next(d for d in case.docs if d.title == "行政处罚决定书")
        dtext = doc_text(dec)
        check(dec.date == f["dates"]["decision"], f"{cid}: decision date {dec.date} vs label")
        filing = next(d for d in case.docs if d.title == "立案审批表")
        check(filing.date == f["dates"]["filing"], f"{cid}: filing date {filing.date} vs label")
        notice = next(d for d in case.docs if d.title.startswith("行政处罚事先"))
        check(notice.date == f["dates"]["notice"], f"{cid}: notice date {notice.date} vs label")
        served = next(d for d in case.docs if d.title == "送达回证（行政处罚决定书）")
        check(served.date == f["dates"]["decision_served"], f"{cid}: decision served {served.date} vs label")
        fine = f["penalty"]["fine_yuan"]
        check(rmb_upper(fine) in dtext, f"{cid}: fine {fine} not in 决定书 as 大写")
        for c in f["citations"]:
            s = f"《{c['law']}》第{cn_article(c['article'])}条"
            if c["paragraph"]:
                s += f"第{cn_num(c['paragraph'])}款"
            if c["item"]:
                s += f"第（{cn_num(c['item'])}）项"
            check(s in dtext, f"{cid}: citation {s} not in 决定书")
        check(rec["encoding"] in ("utf-8", "gbk", "gb18030", None), f"{cid}: encoding label")
        for code in rec["codes"]:
            if known is not None:
                check(code in known, f"{cid}: unknown code {code}")
            check(code not in used, f"{cid}: code {code} also used in {used.get(code)}")
            used[code] = cid
        check(code_ok(rec), f"{cid}: profile-dependent code labelled")
        print(f"{cid}: {name:12s} pages={n_pages} numbered={n_numbered} codes={rec['codes']}")

    fams = {c.split("-")[0] for c in used}
    check(len(fams) >= 6, f"only {len(fams)} defect families")
    clean = [k for k, v in labels.items() if not v["codes"]]
    check(len(clean) == 2, f"expected 2 clean cases, got {clean}")
    print(f"codes: {len(used)} from {len(fams)} families; clean: {clean}")

    if FAILS:
        print("\nFAILED:")
        for m in FAILS:
            print("  -", m)
        return 1
    print("\nall checks passed")
    return 0


def code_ok(rec) -> bool:
    return not ({"SUBJ-04", "DISC-02"} & set(rec["codes"]))


if __name__ == "__main__":
    sys.exit(main())
