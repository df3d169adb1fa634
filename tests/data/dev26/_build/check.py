"""Re-derive what can be re-derived from the built corpus and compare it with labels.jsonl.

Checks: label shape and codes; check digits (GB 32100 / GB 11643 / 注册号 MOD 11,10 / GB 11714); that the labelled
party name, codes and dates occur in the text layer (PDF text, DOCX XML incl. content controls and text boxes, OFD
TextCode, TXT); page counts; image-only pages carry no text; photo sizes; TXT encoding, CRLF, 38-character wraps and
repeated headers; the day counts the labels rely on (working days with statutory holidays and 调休); corpus size; no
machine paths.  Prints ALL PASS or the failures.

Run:  python _build/check.py
"""
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import chinese_calendar as cc  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from lib import credit_ok, d_cn, d_dot, d_pad, d_std, id_ok, org_check  # noqa: E402

CODES = """SUBJ-01 SUBJ-02 SUBJ-03 SUBJ-04 EVID-01 EVID-02 EVID-03 LAW-01 LAW-02 LAW-03 LAW-04 LAW-05 PROC-01 PROC-02
PROC-03 PROC-04 PROC-05 PROC-06 PROC-07 PROC-08 PROC-09 PROC-10 PROC-11 PROC-12 PROC-13 DISC-01 DISC-02 DISC-03 DOC-01
DOC-02 DOC-03 DOC-04 DOC-05 DOC-06 DOC-07 DOC-08 DOC-09 SERV-01 SERV-02 SERV-03 EXEC-01 EXEC-02 ARCH-01""".split()

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


def D(s):
    return dt.date.fromisoformat(s)


def wd_between(a, b):
    x, e, k = D(a), D(b), 0
    while x < e:
        x += dt.timedelta(1)
        if cc.is_workday(x):
            k += 1
    return k


def norm(s):
    return re.sub(r"\s+", "", s)


def pdf_text(path):
    r = PdfReader(path)
    return [p.extract_text() or "" for p in r.pages]


def docx_text(path_or_bytes):
    z = zipfile.ZipFile(path_or_bytes)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            xml = z.read(n).decode("utf-8")
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))
    return "\n".join(out)


def ofd_text(path):
    z = zipfile.ZipFile(path)
    pages = sorted((n for n in z.namelist() if n.endswith("Content.xml")),
                   key=lambda n: int(re.search(r"Page_(\d+)", n).group(1)))
    texts = []
    for n in pages:
        xml = z.read(n).decode("utf-8")
        texts.append("".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", xml)))
    return texts, z


def date_forms(iso):
    return {d_std(iso), d_cn(iso), d_pad(iso), d_dot(iso), iso}


def main():
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    expect = {e["case_id"]: e for e in json.load(open(os.path.join(HERE, "expect.json"), encoding="utf-8"))}
    ok(len(labels) == 8, "8 cases")
    counts = {}
    clean = 0
    for lb in labels:
        cid = lb["case_id"]
        ok(set(lb) == {"case_id", "codes", "encoding", "notes", "fields"}, f"{cid}: label keys")
        for c in lb["codes"]:
            ok(c in CODES, f"{cid}: unknown code {c}")
            counts[c] = counts.get(c, 0) + 1
        clean += not lb["codes"]
        fl = lb["fields"]
        p = fl["party"]
        ok(p["kind"] in ("单位", "个人", "个体工商户"), f"{cid}: party kind")
        if p["credit_code"]:
            ok(credit_ok(p["credit_code"]), f"{cid}: credit code check digit")
        if p["id_number"]:
            ok(id_ok(p["id_number"]), f"{cid}: id number check digit")
        ok(fl["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: procedure")
        for k in ("filing", "notice", "decision", "decision_served"):
            v = fl["dates"][k]
            ok(v is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), f"{cid}: date {k}")
        dd = fl["dates"]
        ok(dd["filing"] <= dd["notice"] <= dd["decision"] <= dd["decision_served"], f"{cid}: date order in labels")
        for c in fl["citations"]:
            ok(c["role"] in ("violated", "penalty") and c["law"].startswith("《"), f"{cid}: citation shape")
        ex = expect[cid]
        # ---- text per kind
        kind = ex["kind"]
        text = ""
        path = os.path.join(ROOT, ex["file"])
        if kind == "pdf_text":
            pages = pdf_text(path)
            ok(len(pages) == ex["pages"], f"{cid}: pdf pages {len(pages)} != {ex['pages']}")
            text = "".join(pages)
        elif kind == "pdf_image":
            r = PdfReader(path)
            ok(len(r.pages) == ex["pages"], f"{cid}: scan pages")
            ok(all(not (pg.extract_text() or "").strip() for pg in r.pages), f"{cid}: scan has a text layer")
            ok(all(len(pg.images) == 1 for pg in r.pages), f"{cid}: one image per scanned page")
            ok(len(ex["reg_no"]) == 15, f"{cid}: 注册号 length")
            p_ = 10
            for ch in ex["reg_no"][:14]:
                s_ = (p_ + int(ch)) % 10 or 10
                p_ = s_ * 2 % 11
            ok((p_ + int(ex["reg_no"][14])) % 10 == 1, f"{cid}: 注册号 check digit")
            ok(org_check(ex["org_code"][:8]) == ex["org_code"][8], f"{cid}: 组织机构代码 check")
        elif kind == "docx":
            text = docx_text(path)
            ok(not credit_ok(ex["bad_code"]), f"{cid}: the transposed code must fail its check digit")
        elif kind == "txt":
            raw = open(path, "rb").read()
            ok(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{cid}: CRLF")
            for enc in ("utf-8", "gbk"):
                try:
                    raw.decode(enc)
                    ok(False, f"{cid}: decodes as {enc}; expected GB18030 only")
                except UnicodeDecodeError:
                    pass
            t = raw.decode("gb18030")
            lines = t.split("\r\n")
            ok(max(len(l) for l in lines) <= ex["width"] + 1, f"{cid}: wrap width")
            ok(sum(l == ex["header"] for l in lines) == ex["pages"], f"{cid}: header repeated per page")
            body = [l for l in lines if l != ex["header"] and not re.fullmatch(r"— \d+ —", l)]
            text = "".join(body)
            ok(lb["encoding"] == "gb18030", f"{cid}: encoding label")
        elif kind == "ofd":
            texts, z = ofd_text(path)
            ok(len(texts) == ex["pages"], f"{cid}: ofd pages")
            ok(z.namelist()[0] == "OFD.xml", f"{cid}: OFD.xml first")
            for n in z.namelist():
                if n.endswith(".xml"):
                    import xml.dom.minidom
                    xml.dom.minidom.parseString(z.read(n))
            text = "".join(texts)
        elif kind == "folder":
            files = sorted(os.listdir(path))
            ok(files == ex["files"], f"{cid}: folder files")
            for fn in files:
                fp = os.path.join(path, fn)
                if fn.endswith(".pdf"):
                    text += "".join(pdf_text(fp))
                elif fn.endswith(".docx"):
                    text += docx_text(fp)
                elif fn.endswith(".txt"):
                    text += open(fp, encoding="utf-8").read()
            ok({f.rsplit(".", 1)[1] for f in files} == {"pdf", "docx", "txt"}, f"{cid}: mixed formats")
        elif kind == "photos":
            from PIL import Image
            files = sorted(os.listdir(path))
            ok(files == ex["files"], f"{cid}: photo files")
            for fn in files:
                im = Image.open(os.path.join(path, fn))
                ok(im.format == "JPEG" and max(im.size) <= 1600, f"{cid}: {fn} jpeg/size")
            ok(sum(1 for x in ex["page_map"] if x[3]) >= 2 and sum(1 for x in ex["page_map"] if x[4]) >= 2,
               f"{cid}: upside-down and angled photos present")
        if text:
            nt = norm(text)
            ok(norm(p["name"]) in nt, f"{cid}: party name not in text")
            for key in ("credit_code", "id_number"):
                if p[key]:
                    ok(p[key] in nt, f"{cid}: {key} not in text")
            for k in ("filing", "notice", "decision", "decision_served"):
                if dd[k]:
                    ok(any(norm(f) in nt for f in date_forms(dd[k])), f"{cid}: date {k} {dd[k]} not in text")
            for s in ex.get("must_contain", []):
                ok(norm(s) in nt, f"{cid}: missing {s!r}")
            for c in fl["citations"]:
                art = c["article"]
                ok(cn_num(art) in nt, f"{cid}: article {art} not cited in text")
        for chk in ex.get("day_checks", []):
            kind_, a, b = chk[0], chk[1], chk[2]
            if kind_ == "wd_between":
                ok(wd_between(a, b) == chk[3], f"{cid}: working days {a}->{b} = {wd_between(a, b)} != {chk[3]}")
            elif kind_ == "wd_end":
                x, k = D(a), 0
                while k < chk[2]:
                    x += dt.timedelta(1)
                    k += cc.is_workday(x)
                ok(x.isoformat() == chk[3], f"{cid}: period end {x} != {chk[3]}")
            elif kind_ == "before":
                ok(D(a) < D(b), f"{cid}: {a} not before {b}")
            elif kind_ == "days_le":
                ok((D(b) - D(a)).days <= chk[3], f"{cid}: {a}->{b} > {chk[3]} days")
            elif kind_ == "days_gt":
                ok((D(b) - D(a)).days > chk[3], f"{cid}: {a}->{b} not > {chk[3]} days")
            elif kind_ == "days_eq":
                ok((D(b) - D(a)).days == chk[3], f"{cid}: {a}->{b} != {chk[3]} days")
    ok(all(v <= 2 for v in counts.values()), f"a code used more than twice: {counts}")
    ok(clean == 2, "exactly two clean cases")
    # ---- corpus-wide
    total = 0
    for dp, dn, fns in os.walk(ROOT):
        ok("__pycache__" not in dp, "__pycache__ present")
        for fn in fns:
            fp = os.path.join(dp, fn)
            total += os.path.getsize(fp)
            data = open(fp, "rb").read()
            blobs = [data]
            if fn.endswith((".docx", ".ofd")):
                z = zipfile.ZipFile(fp)
                blobs += [z.read(n) for n in z.namelist()]
            for bl in blobs:
                for bad in (b"/tmp/", b"/work/", b"/root/", b"/home/", b"/usr/share/"):
                    allowed = fn == "check.py" or (fn == "lib.py" and bad == b"/usr/share/")
                    ok(bad not in bl or allowed, f"machine path {bad!r} in {fn}")
    ok(total < 3 * 1024 * 1024, f"corpus size {total} >= 3 MB")
    print(f"cases: {len(labels)}  clean: {clean}  codes: {sum(counts.values())} ({len(counts)} distinct)  size: {total} bytes")
    for c in sorted(counts):
        print(f"  {c}: {counts[c]}")
    if FAIL:
        print("FAILURES:")
        for f in FAIL:
            print("  -", f)
        sys.exit(1)
    print("ALL PASS")


def cn_num(n):
    digits = "零一二三四五六七八九"
    if n < 10:
        s = digits[n]
    elif n < 100:
        s = (digits[n // 10] if n // 10 > 1 else "") + "十" + (digits[n % 10] if n % 10 else "")
    else:
        h, r = divmod(n, 100)
        s = digits[h] + "百"
        if r == 0:
            pass
        elif r < 10:
            s += "零" + digits[r]
        else:
            s += (digits[r // 10] if r // 10 else "一") + "十" + (digits[r % 10] if r % 10 else "")
    return "第" + s + "条"


if __name__ == "__main__":
    main()
