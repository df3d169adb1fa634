"""Re-derive what can be checked from the built heldout73 outputs; prints ALL PASS at the end.

Run from anywhere:  python3 _build/check.py
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from lib import uscc_ok, idno_ok, wd_between, days, daxie  # noqa: E402

CODES = set("""SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05
PROC-01 PROC-02 PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13
DISC-01 DISC-02 DISC-03 DOC-01 DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02 SERV-03
EXEC-01 EXEC-02 ARCH-01""".split())
FAIL = []


def ok(cond, msg):
    print(("  ok   " if cond else "  FAIL ") + msg)
    if not cond:
        FAIL.append(msg)


def pdf_pages(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return [p.extract_text() or "" for p in r.pages], r


def docx_text(path):
    import docx
    dd = docx.Document(path)
    out = [p.text for p in dd.paragraphs]
    for t in dd.tables:
        for row in t.rows:
            out.append("  ".join(c.text for c in row.cells))
    return "\n".join(out)


def case_path(cid):
    for ext in (".pdf", ".docx", ".txt", ""):
        p = os.path.join(ROOT, cid + ext)
        if os.path.exists(p):
            return p
    return None


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    dig = "〇一二三四五六七八九"

    def cn(n):
        if n < 10:
            return dig[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else dig[t]) + "十" + (dig[u] if u else "")
    return [f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}.{m}.{d}", f"{y}.{m:02d}.{d:02d}", iso,
            "".join(dig[int(c)] for c in str(y)) + "年" + cn(m) + "月" + cn(d) + "日"]


def norm(t):
    return re.sub(r"\s+", "", t)


def main():
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    print("labels")
    ok(len(labels) == 8, f"8 cases labelled ({len(labels)})")
    cnt = collections.Counter(c for l in labels for c in l["codes"])
    ok(all(c in CODES for c in cnt), "all codes exist in defects.yaml v1")
    ok(max(cnt.values()) <= 2, "each code used at most twice")
    ok(sum(1 for l in labels if not l["codes"]) == 2, "exactly two clean cases")
    fams = {c.split("-")[0] for c in cnt}
    print("  families covered:", len(fams))
    kinds = collections.Counter()
    for l in labels:
        cid = l["case_id"]
        f = l["fields"]
        print(cid)
        p = case_path(cid)
        ok(p is not None, "case exists")
        party = f["party"]
        if party["credit_code"]:
            ok(uscc_ok(party["credit_code"]), "统一社会信用代码 check digit valid")
        if party["id_number"]:
            ok(idno_ok(party["id_number"]), "身份证号 check digit valid")
        # text
        text, image_only = "", False
        if os.path.isdir(p):
            files = sorted(os.listdir(p))
            exts = {os.path.splitext(x)[1] for x in files}
            kinds["folder-mixed" if len(exts) > 1 else "photos"] += 1
            if exts == {".jpg"}:
                image_only = True
                from PIL import Image
                for x in files:
                    im = Image.open(os.path.join(p, x))
                    ok(max(im.size) <= 1600, f"{x} long side {max(im.size)} <= 1600")
            for x in files:
                fp = os.path.join(p, x)
                if x.endswith(".pdf"):
                    text += "\n".join(pdf_pages(fp)[0])
                elif x.endswith(".docx"):
                    text += docx_text(fp)
                elif x.endswith(".txt"):
                    text += open(fp, encoding="utf-8").read()
        elif p.endswith(".pdf"):
            pages, r = pdf_pages(p)
            text = "\n".join(pages)
            image_only = len(norm(text)) == 0
            kinds["scan-pdf" if image_only else "text-pdf"] += 1
            print(f"  pages: {len(pages)}")
            if image_only:
                ok(all(len(pg.images) == 1 for pg in r.pages), "scanned PDF: one image per page, no extractable text")
        elif p.endswith(".docx"):
            text = docx_text(p)
            kinds["docx"] += 1
        else:
            raw = open(p, "rb").read()
            enc = l["encoding"]
            kinds["txt-" + enc] += 1
            ok(enc in ("gbk", "gb18030", "utf-8"), "encoding labelled")
            try:
                raw.decode("utf-8")
                is_utf8 = True
            except UnicodeDecodeError:
                is_utf8 = False
            ok(is_utf8 == (enc == "utf-8"), f"bytes are {'' if enc == 'utf-8' else 'not '}valid UTF-8")
            text = raw.decode(enc)
            crlf = b"\r\n" in raw
            print(f"  newline: {'CRLF' if crlf else 'LF'}")
            if enc == "gbk":
                ok(crlf and raw.count(b"\n") == raw.count(b"\r\n"), "GBK file uses CRLF throughout")
        if not image_only:
            t = norm(text)
            ok(norm(party["name"]) in t, "party name occurs")
            ok(norm(f["agency"]) in t, "agency occurs")
            for k in ("credit_code", "id_number"):
                if party[k]:
                    ok(party[k] in t, f"{k} occurs")
            fine = f["penalty"]["fine_yuan"]
            if fine:
                forms = [str(fine), f"{fine:,}", daxie(fine).replace("元整", "")]
                ok(any(x in t for x in forms), f"fine {fine} occurs")
            for k, v in f["dates"].items():
                if v:
                    ok(any(x in t for x in date_forms(v)), f"date {k} {v} occurs")
            for c in f["citations"]:
                ok(c["law"].strip("《》") in t, f"law {c['law']} occurs")
        dts = f["dates"]
        if dts["filing"] and dts["decision"]:
            n = days(dts["filing"], dts["decision"])
            print(f"  filing->decision {n} days")
            if "PROC-03" in l["codes"]:
                ok(n > 90, "PROC-03 case exceeds 90 days")
            elif n > 90:
                ok("延长" in text and n <= 120, "over 90 days only with approved 30-day extension")
        if dts["decision"] and dts["decision_served"]:
            w = wd_between(dts["decision"], dts["decision_served"])
            print(f"  decision->served {w} working days ({days(dts['decision'], dts['decision_served'])} calendar)")
            ok(w <= 7, "决定书 served within 7 working days")
        if dts["notice"] and dts["decision"]:
            ok(dts["notice"] < dts["decision"], "notice before decision")
    # case-specific re-derivations
    print("specific")
    L = {l["case_id"]: l for l in labels}
    a = next(l for l in labels if "EVID-03" in l["codes"])
    ok(320 * 38 + 300 * 38 + 480 * 38 == 41800 and 41800 != 43800, "EVID-03: batch sum 41800 vs stated 43800")
    ok(daxie(43800) == "肆万叁仟捌佰元整" and daxie(67360) == "陆万柒仟叁佰陆拾元整" and daxie(27900) == "贰万柒仟玖佰元整", "大写 helper")
    f_ = next(l for l in labels if "PROC-05" in l["codes"])
    ok(wd_between("2021-09-06", "2021-09-09") < 5 and wd_between("2021-09-06", "2021-09-13") == 5, "PROC-05: 5 working days from 2021-09-06 end 2021-09-13")
    ok(wd_between("2022-04-01", "2022-04-11") == 5, "2022 告知 period ends 2022-04-11 (04-02 调休 workday)")
    ok(wd_between("2024-09-27", "2024-10-11") == 6, "2024 决定书 mailed, served after 6 working days over 国庆")
    ok(wd_between("2024-09-03", "2024-09-10") == 5, "2024 告知 period ends 2024-09-10")
    ok(days("2024-06-14", "2024-09-12") == 90 and days("2024-06-14", "2024-09-27") == 105, "2024 extension arithmetic")
    ok(9300 * 3 == 27900, "instalments sum to fine")
    e = next(l for l in labels if "DOC-06" in l["codes"])
    et = docx_text(case_path(e["case_id"]))
    ids = set(re.findall(r"\d{17}[\dX]", et))
    ok(len(ids) == 2 and sum(idno_ok(x) for x in ids) == 1, "DOC-06: two 身份证号 forms, one fails the check digit")
    ok(142800 * 0.10 < 30000, "LAW-05: 30000 above 10% of 142800")
    # 卷内目录 vs printed page numbers in the text PDFs
    for l in labels:
        p = case_path(l["case_id"])
        if not (p.endswith(".pdf")):
            continue
        pages, _ = pdf_pages(p)
        if not norm("".join(pages)):
            continue
        printed = []
        for pg in pages:
            m = re.search(r"(?:第(\d+)页|— (\d+) —)\s*$", pg.strip())
            printed.append(int(m.group(1) or m.group(2)) if m else None)
        nums = [x for x in printed if x]
        ok(nums == list(range(1, len(nums) + 1)), f"{l['case_id']}: printed page numbers continuous 1..{len(nums)}")
        toc = pages[1]
        entries = re.findall(r"\n(\d+)\n([^\n]+)\n(\d{4}[.-]\d\d[.-]\d\d)\n(\d+)(?:-(\d+))?", "\n" + toc)
        starts = {}
        for i, pg in enumerate(pages):
            if printed[i]:
                first = norm(pg.split("\n")[0])
        match = True
        for (_, title, _, a_, b_) in entries:
            pa = int(a_)
            idx = printed.index(pa) if pa in printed else None
            body = norm(pages[idx])[:60] if idx is not None else ""
            key = norm(title).split("（")[0]
            grams = {key[i:i + 2] for i in range(len(key) - 1)}
            if not any(g in body for g in grams):
                match = False
        n_docs_toc = len(entries)
        if "ARCH-01" in l["codes"]:
            ok(not match, f"{l['case_id']}: ARCH-01 目录 does not match pages ({n_docs_toc} entries)")
        else:
            ok(match and n_docs_toc > 5, f"{l['case_id']}: 目录 entries point at their documents ({n_docs_toc} entries)")
    print("format kinds:", dict(kinds))
    ok(max(kinds.values()) <= 2, "each format kind at most twice")
    # size and machine paths
    tot = 0
    bad = []
    for dp, dn, fn in os.walk(ROOT):
        if "__pycache__" in dp:
            continue
        for x in fn:
            fp = os.path.join(dp, x)
            tot += os.path.getsize(fp)
            b = open(fp, "rb").read()
            if any(("/" + w + "/").encode() in b for w in ("tmp", "work", "home", "root")):
                bad.append(os.path.relpath(fp, ROOT))
    ok(tot < 3 * 1024 * 1024, f"folder size {tot / 1024 / 1024:.2f} MB < 3 MB")
    ok(not bad, f"no machine paths in files {bad}")
    print("ALL PASS" if not FAIL else f"{len(FAIL)} FAILED")


if __name__ == "__main__":
    main()
