#!/usr/bin/env python3
"""Verify decisions12: check digits, label values present in their files, no machine paths, size.

Run:  python3 _build/check.py        prints ALL PASS or the list of failures (exit 1).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from common import uscc_ok, org_ok, regno15_ok, daxie, cn_date  # noqa: E402

KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
        "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
        "notes", "defects_observed"]
CODES = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03", "LAW-01",
         "LAW-02", "LAW-03", "LAW-04", "LAW-05", "PROC-01", "PROC-02", "PROC-03", "PROC-04",
         "PROC-05", "PROC-06", "PROC-07", "PROC-08", "PROC-09", "PROC-10", "PROC-11", "PROC-12",
         "PROC-13", "DISC-01", "DISC-02", "DISC-03", "DOC-01", "DOC-02", "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08",
         "DOC-09", "SERV-01", "SERV-02", "SERV-03", "EXEC-01", "EXEC-02", "ARCH-01"}
FORBIDDEN = ["/" + "work", "/" + "tmp"]
USCC_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])")

failures = []


def fail(msg):
    failures.append(msg)


def squash(s):
    return re.sub(r"[\s\u3000]+", "", s)


def variants(text):
    """The text without whitespace, plus an OCR-repaired reading (O→0, l→1, 曰→日, 査→查)."""
    a = squash(text)
    b = a.replace("曰", "日").replace("査", "查").replace("O", "0").replace("l", "1")
    return a, b


def present(value, vs):
    v = squash(value)
    return any(v in t for t in vs)


def amount_forms(x):
    forms = set()
    if float(x).is_integer():
        n = int(x)
        forms |= {str(n), "{:,}".format(n), "{:.2f}".format(n), "{:,.2f}".format(n)}
    else:
        forms |= {"{:.2f}".format(x), "{:,.2f}".format(x), ("%s" % x)}
    forms.add(daxie(x))
    w = x / 10000
    forms.add(("%g" % w) + "万")
    return forms


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    forms = {iso, "%s年%d月%d日" % (y, mi, di), "%s年%s月%s日" % (y, m, d),
             "%s.%d.%d" % (y, mi, di), "%s/%d/%d" % (y, mi, di), "%s/%s/%s" % (y, m, d)}
    for z in ("〇", "○", "零", "0"):  # "0": OCR reading of 〇
        forms.add(cn_date(iso, z))
    return forms


def main():
    names = sorted(f for f in os.listdir(ROOT) if f.endswith(".txt"))
    if len(names) != 24:
        fail("expected 24 .txt files, found %d" % len(names))
    nums = [n[:4] for n in names]
    if nums != [str(i) for i in range(1201, 1225)]:
        fail("file numbers are not 1201..1224")
    sectors = {n[5:-4] for n in names}
    if len(sectors) < 12:
        fail("only %d sectors" % len(sectors))

    with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    if [l["file"] for l in labels] != names:
        fail("labels.jsonl does not list the 24 files in order")

    years, planted = set(), 0
    for lab in labels:
        fn = lab["file"]
        if list(lab.keys())[:len(KEYS)] != KEYS:
            fail("%s: keys not in dev-set order" % fn)
        path = os.path.join(ROOT, fn)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        head, sep, body = text.partition("\n---\n")
        if not sep or not head.startswith("source:"):
            fail("%s: missing header" % fn)
        vs = variants(body)

        for key in ("doc_number", "party", "agency"):
            if lab[key] and not present(lab[key], vs):
                fail("%s: %s %r not found in text" % (fn, key, lab[key]))
        for rel in lab.get("related_doc_numbers", []):
            if not present(rel, vs):
                fail("%s: related number %r not found" % (fn, rel))

        cc = lab["credit_code"]
        planted_bad = any(d.startswith("DOC-06") for d in lab["defects_observed"])
        if cc:
            if not present(cc, vs):
                fail("%s: credit code %s not found" % (fn, cc))
            if planted_bad:
                if uscc_ok(cc):
                    fail("%s: planted invalid code passes the check" % fn)
                if not org_ok(cc[8:17]):
                    fail("%s: planted code should keep a valid GB 11714 part" % fn)
            elif not uscc_ok(cc):
                fail("%s: credit code %s fails GB 32100/GB 11714" % (fn, cc))
        sq = squash(body)
        for m in USCC_RE.finditer(sq):
            tok = m.group(0)
            if sq[max(0, m.start() - 5):m.start()].endswith(("报关单号：", "报关单号:")):
                continue  # an 18-digit customs declaration number, not a credit code
            if not uscc_ok(tok) and not (planted_bad and tok == cc):
                fail("%s: code-like token %s in text fails the check" % (fn, tok))
        if "agency_credit_code" in lab and not uscc_ok(lab["agency_credit_code"]):
            fail("%s: agency credit code invalid" % fn)
        if "registration_number" in lab and not regno15_ok(lab["registration_number"]):
            fail("%s: 注册号 check digit invalid" % fn)
        if "org_code" in lab and not org_ok(lab["org_code"].replace("-", "")):
            fail("%s: 组织机构代码 invalid" % fn)

        for key in ("fine_yuan", "confiscation_yuan"):
            x = lab[key]
            if x is not None and not any(present(fm, vs) for fm in amount_forms(x)):
                fail("%s: %s %s not found in any written form" % (fn, key, x))
        sp = lab.get("second_party")
        if sp:
            if not present(sp["name"], vs) or not any(present(fm, vs) for fm in amount_forms(sp["fine_yuan"])):
                fail("%s: second party name/fine not found" % fn)

        for k, iso in lab["dates"].items():
            if iso and not any(present(fm, vs) for fm in date_forms(iso)):
                fail("%s: date %s=%s not found" % (fn, k, iso))
        dec = lab["dates"].get("decision")
        if dec:
            years.add(int(dec[:4]))

        for d in lab["defects_observed"]:
            code = d.split(":")[0]
            if code not in CODES:
                fail("%s: defect %r does not start with a contract code" % (fn, d))
        if any(c.get("note", "").startswith("PLANTED") for c in lab["cited_articles"]) or planted_bad \
                or any(d.startswith(("DOC-01", "DOC-02", "LAW-05")) for d in lab["defects_observed"]):
            planted += 1
        for c in lab["cited_articles"]:
            if not (c["law"].startswith("《") and c["law"].endswith("》")):
                fail("%s: law title without 书名号: %s" % (fn, c["law"]))
            if c["role"] not in ("violated", "penalty", "other", "discretion", "procedure"):
                fail("%s: bad role %s" % (fn, c["role"]))

    if min(years) > 2015 or max(years) < 2025:
        fail("decision years do not span 2015-2025: %s" % sorted(years))
    if planted < 5:
        fail("only %d documents with planted defects" % planted)

    total = 0
    for dirpath, _, files in os.walk(ROOT):
        for fn in files:
            p = os.path.join(dirpath, fn)
            total += os.path.getsize(p)
            if fn.endswith((".pyc",)):
                continue
            with open(p, encoding="utf-8", errors="replace") as f:
                content = f.read()
            for bad in FORBIDDEN:
                if bad in content:
                    fail("%s contains a machine path %r" % (os.path.relpath(p, ROOT), bad))
    if total >= 1024 * 1024:
        fail("folder is %d bytes (limit 1 MB)" % total)

    if failures:
        for m in failures:
            print("FAIL:", m)
        sys.exit(1)
    print("checked %d files, %d labels, %d planted-defect documents, years %d-%d, %d bytes"
          % (len(names), len(labels), planted, min(years), max(years), total))
    print("ALL PASS")


if __name__ == "__main__":
    main()
