"""Re-derive what can be checked from the built outputs of heldout70 and print ALL PASS."""
import datetime as dt
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from common import uscc_valid, id_valid, workdays_after, days, daxie  # noqa: E402

CODES = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01", "LAW-02", "LAW-03",
         "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07", "PROC-08",
         "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13", "DISC-01", "DISC-02", "DISC-03", "DOC-01", "DOC-02",
         "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09", "SERV-01", "SERV-02", "SERV-03",
         "EXEC-01", "EXEC-02", "ARCH-01"}
FAILS = []


def ok(cond, msg):
    if not cond:
        FAILS.append(msg)
    return cond


def case_path(cid):
    for ext in (".pdf", ".docx", ".txt"):
        if os.path.isfile(os.path.join(ROOT, cid + ext)):
            return os.path.join(ROOT, cid + ext)
    if os.path.isdir(os.path.join(ROOT, cid)):
        return os.path.join(ROOT, cid)
    return None


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return [p.extract_text() or "" for p in r.pages]


def docx_text(path):
    from dockit import docx_text as dt_
    return dt_(path)


def text_of(path, enc):
    if os.path.isdir(path):
        out = []
        for f in sorted(os.listdir(path)):
            p = os.path.join(path, f)
            if f.endswith(".pdf"):
                out += pdf_text(p)
            elif f.endswith(".docx"):
                out.append(docx_text(p))
            elif f.endswith(".txt"):
                out.append(open(p, encoding="utf-8").read())
        return "\n".join(out)
    if path.endswith(".pdf"):
        return "\n".join(pdf_text(path))
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, "rb").read().decode(enc)


def norm(t):
    return re.sub(r"\s+", "", t)


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    cn = "〇一二三四五六七八九"
    def small(n):
        return cn[n] if n < 10 else ("十" + (cn[n % 10] if n % 10 else "") if n < 20 else cn[n // 10] + "十" + (cn[n % 10] if n % 10 else ""))
    y = "".join(cn[int(c)] for c in str(d.year))
    return {f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日", iso, f"{d.year}.{d.month}.{d.day}",
            f"{y}年{small(d.month)}月{small(d.day)}日", f"{y.replace('〇', '○')}年{small(d.month)}月{small(d.day)}日"}


def main():
    labels = [json.loads(x) for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    ok(len(labels) == 8, "8 cases")
    counts = {}
    for lab in labels:
        for c in lab["codes"]:
            ok(c in CODES, f"unknown code {c}")
            counts[c] = counts.get(c, 0) + 1
    ok(all(v <= 2 for v in counts.values()), f"code used more than twice: {counts}")
    ok(sum(1 for lab in labels if not lab["codes"]) == 2, "exactly two clean cases")
    fams = {c.split("-")[0] for c in counts}
    ok(fams == {"SUBJ", "EVID", "LAW", "PROC", "DISC", "DOC", "SERV", "EXEC", "ARCH"}, f"families {fams}")
    formats = {}
    for lab in labels:
        cid = lab["case_id"]
        path = case_path(cid)
        if not ok(path, f"{cid}: output missing"):
            continue
        f = lab["fields"]
        party = f["party"]
        if party["credit_code"]:
            ok(uscc_valid(party["credit_code"]), f"{cid}: credit code check digit")
        if party["id_number"]:
            ok(id_valid(party["id_number"]), f"{cid}: id number check digit")
        ds = f["dates"]
        seq = [ds[k] for k in ("filing", "notice", "decision", "decision_served") if ds[k]]
        ok(seq == sorted(seq), f"{cid}: label dates out of order")
        if ds["filing"]:
            span = days(ds["filing"], ds["decision"])
            ok(span <= 90 or cid == "hz-scjg-2023-0318", f"{cid}: decision {span} days after filing")
        # format detection and text-layer checks
        if os.path.isdir(path):
            names = sorted(os.listdir(path))
            kind = "photos" if all(n.endswith(".jpg") for n in names) else "mixed"
        else:
            kind = os.path.splitext(path)[1]
        formats[kind] = formats.get(kind, 0) + 1
        image_only = kind == "photos" or cid == "cd-yjgl-2022-017"
        if image_only:
            from PIL import Image
            if kind == "photos":
                ok(len(names) == 16, f"{cid}: 16 photos")
                for n in names:
                    im = Image.open(os.path.join(path, n))
                    ok(max(im.size) <= 1600, f"{cid}: {n} too large")
            else:
                pages = pdf_text(path)
                ok(len(pages) == 17, f"{cid}: 17 pages")
                ok(all(not p.strip() for p in pages), f"{cid}: scanned PDF must have no text layer")
            continue
        enc = lab["encoding"] or "utf-8"
        if kind == ".txt":
            raw = open(path, "rb").read()
            ok(lab["encoding"] in ("gbk", "utf-8", "gb18030"), f"{cid}: encoding label")
            try:
                raw.decode(enc)
            except UnicodeDecodeError:
                ok(False, f"{cid}: does not decode as {enc}")
            if enc == "gbk":
                ok(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{cid}: CRLF expected")
                try:
                    raw.decode("utf-8")
                    ok(False, f"{cid}: GBK file must not be valid UTF-8")
                except UnicodeDecodeError:
                    pass
            else:
                ok(b"\r" not in raw, f"{cid}: LF expected")
        else:
            ok(lab["encoding"] is None, f"{cid}: encoding must be null for non-text")
        t = norm(text_of(path, enc))
        ok(party["name"] in t, f"{cid}: party name not in text")
        for k in ("credit_code", "id_number"):
            if party[k]:
                ok(party[k] in t, f"{cid}: {k} not in text")
        ok(f["agency"] in t, f"{cid}: agency not in text")
        fine = f["penalty"]["fine_yuan"]
        forms = {f"{fine:,.2f}", f"{fine:.2f}", f"{fine:.0f}元", f"{fine:,}", daxie(fine).replace("元整", "元整")}
        ok(any(x in t for x in forms), f"{cid}: fine {fine} not in text")
        for k, v in ds.items():
            if v:
                ok(any(x in t for x in date_forms(v)), f"{cid}: date {k}={v} not in text")
        for c in f["citations"]:
            ok(c["law"].strip("《》") in t, f"{cid}: law {c['law']} not in text")
    ok(formats.get(".pdf", 0) <= 3, "pdf kinds")
    # day counts the labels rely on
    ok(days("2023-06-19", "2023-09-28") == 101, "A: 101 days")
    ok(workdays_after("2023-09-28", "2023-10-09") == 3, "A: 3 working days to service")
    ok(workdays_after("2023-09-28", "2023-10-19") <= 20, "A: publication within 20 wd")
    ok(workdays_after("2024-04-25", "2024-05-13") == 11, "D: 11 working days to service")
    ok(workdays_after("2024-04-03", "2024-04-25") > 5, "D: decision after hearing window")
    ok(workdays_after("2025-05-23", "2025-07-08") == 31, "E: publication 31 wd")
    ok(workdays_after("2025-04-28", "2025-05-13") >= 7, "E: hearing notice >= 7 wd before")
    ok(workdays_after("2025-04-22", "2025-04-24") <= 5, "E: hearing request within 5 wd")
    ok(workdays_after("2022-03-08", "2022-03-21") > 5, "F: decision after notice window")
    ok(round(72975 * 0.03 * 38, 2) == 83191.50 and 83191.50 > 72975, "F: 加处罚款 exceeds fine")
    ok(days("2022-04-06", "2022-05-14") == 38, "F: 38 days overdue")
    ok(round(102 + 163.2 + 640 + 387 + 638.4, 2) == 1930.60, "E: item sum")
    # E text shows the wrong total and the itemised table
    et = norm(text_of(os.path.join(ROOT, "zz-scjg-2025-0522"), "utf-8"))
    ok("2390.60" in et and "638.40" in et, "E: stated 货值 and items present")
    # B: 目录 mismatch visible and 回证 文号 differs
    bt = pdf_text(os.path.join(ROOT, "sz-sthj-2019-126.pdf"))
    ok("苏环罚字〔2019〕162号" in norm("".join(bt)), "B: wrong 文号 on 回证")
    ok(any("－19－" in norm(p) or "—19—" in norm(p) for p in bt), "B: last numbered page is 19")
    ok(not any("听证" in norm(p) for p in bt), "B: no hearing wording anywhere")
    # D: the 询问笔录 ID (month/day swapped) fails its check digit
    import case_d
    ok(not id_valid(case_d.PID_BAD) and id_valid(case_d.PID), "D: bad id invalid, good id valid")
    # G: 3-month litigation wording; H: '直接' wording
    gt = open(os.path.join(ROOT, "jn-swu-2013-035.txt"), "rb").read().decode("gbk")
    ok("三个月内" in gt, "G: 三个月")
    ht = open(os.path.join(ROOT, "hf-cgzf-2026-0031.txt"), encoding="utf-8").read()
    ok("直接向合肥市蜀山区人民法院" in ht and "伍佰元" in ht, "H: remedy wording and amount")
    # size and machine paths
    total = 0
    for dp, dn, fn in os.walk(ROOT):
        dn[:] = [d for d in dn if d != "__pycache__"]
        for n in fn:
            p = os.path.join(dp, n)
            total += os.path.getsize(p)
            data = open(p, "rb").read()
            for bad in (b"/" + w + b"/" for w in (b"tmp", b"work", b"root", b"home")):
                ok(bad not in data, f"machine path {bad!r} in {os.path.relpath(p, ROOT)}")
    ok(total < 3 * 1024 * 1024, f"folder size {total}")
    print(f"cases: {len(labels)}  codes: {sum(counts.values())}  size: {total / 1048576:.2f} MB")
    if FAILS:
        for m in FAILS:
            print("FAIL:", m)
        print(f"{len(FAILS)} FAILED")
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
