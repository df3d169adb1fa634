#!/usr/bin/env python3
"""Check the decisions20 corpus: headers, label shape, check digits, labelled values present in the text,
no unmasked natural-person ID, no machine path, folder size. Prints ALL PASS or the failures."""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from codes import uscc_ok, id_ok, regno_ok, orgcode_ok, cap_amount, cn_date, cn_int  # noqa: E402

LABEL_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code",
              "cited_articles", "fine_yuan", "confiscation_yuan", "dates", "remedy_days",
              "discretion", "completeness", "notes", "defects_observed"]
DATE_KEYS = ["filing", "notice", "decision", "service"]
ROLES = {"violated", "penalty", "other"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
FAILS = []


def fail(where, msg):
    FAILS.append(f"{where}: {msg}")


def squash(text, ocr):
    t = re.sub(r"[\s\u3000\f]+", "", text)
    if ocr:
        t = t.replace("O", "0").replace("l", "1").replace("曰", "日")
    return t


def amount_forms(v):
    forms = set()
    if v is None:
        return forms
    if float(v).is_integer():
        i = int(v)
        forms |= {str(i), f"{i:,}", f"{i}.00", f"{i:,}.00"}
    forms |= {f"{v:.2f}", f"{v:,.2f}", cap_amount(v), cap_amount(v).rstrip("整")}
    for unit, div in (("万", 10000), ("千", 1000)):
        x = v / div
        for nd in range(0, 7):
            s = f"{x:.{nd}f}"
            if abs(float(s) - x) < 1e-9:
                forms.add(s + (unit if unit == "万" else ""))
                if unit == "千":
                    forms.add(s)
    return {f for f in forms if f}


def amount_present(v, text):
    for f in amount_forms(v):
        if f in text and (len(f) > 2 or f.endswith("万")):
            return True
    return False


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    return {f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日", f"{y}年{m}月{dd:02d}日", f"{y}年{m:02d}月{dd}日",
            f"{y}-{m:02d}-{dd:02d}", f"{y}/{m:02d}/{dd:02d}", f"{y}.{m}.{dd}", f"{y}/{m}/{dd}",
            cn_date(iso, "〇"), cn_date(iso, "○"), cn_date(iso, "零")}


def check_codes_in_text(name, text):
    for m in re.finditer(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", text):
        tok = m.group(0)
        if re.fullmatch(r"\d{17}[\dX]", tok):
            try:
                datetime.date(int(tok[6:10]), int(tok[10:12]), int(tok[12:14]))
                if 1900 <= int(tok[6:10]) <= 2026 and not uscc_ok(tok):
                    fail(name, f"unmasked natural-person ID number {tok}")
                    continue
            except ValueError:
                pass
        if re.fullmatch(r"(1[1-9]|5[1-9]|9[1-3]|[2-8][1-9])\d{6}[0-9A-HJ-NPQRTUWXY]{10}", tok) and not tok.isdigit():
            if not uscc_ok(tok):
                fail(name, f"USCC-like token fails GB 32100 check: {tok}")
        elif re.fullmatch(r"[1-9]\d{7}[0-9A-Z]{10}", tok) and "信用代码" in text[max(0, m.start() - 40):m.start()]:
            if not uscc_ok(tok):
                fail(name, f"credit code fails GB 32100 check: {tok}")


def main():
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".txt"))
    labels = [json.loads(line) for line in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    if len(files) != 24:
        fail("corpus", f"expected 24 files, found {len(files)}")
    if [lab["file"] for lab in labels] != files:
        fail("labels.jsonl", "label files do not match the .txt files one-to-one in order")
    by_file = {lab["file"]: lab for lab in labels}
    domains, years = set(), set()
    for name in files:
        raw = open(os.path.join(OUT, name), encoding="utf-8").read()
        lines = raw.split("\n")
        if not (lines[0].startswith("source: ") and lines[1].startswith("domain: ")
                and lines[2].startswith("doc_type: ") and lines[3] == "---"):
            fail(name, "header must be source:/domain:/doc_type:/---")
            continue
        domain = lines[1][len("domain: "):]
        domains.add(domain)
        if not re.fullmatch(r"\d\d_" + re.escape(domain) + r"\.txt", name):
            fail(name, "file name must be NN_<domain>.txt")
        if re.search(r"https?://|/work/|/tmp/|/home/|[A-Za-z]:\\", raw):
            fail(name, "machine path or URL in file")
        body = "\n".join(lines[4:])
        ocr = "OCR" in lines[0]
        text = squash(body, ocr)
        check_codes_in_text(name, squash(body, ocr) if ocr else body)
        lab = by_file.get(name)
        if lab is None:
            continue
        keys = list(lab.keys())
        if keys[:len(LABEL_KEYS)] != LABEL_KEYS:
            fail(name, f"label keys/order differ from the dev-set: {keys[:len(LABEL_KEYS)]}")
        if lab["doc_type"] != lines[2][len("doc_type: "):]:
            fail(name, "label doc_type differs from header")
        if lab["completeness"] not in COMPLETENESS:
            fail(name, f"bad completeness {lab['completeness']}")
        if not isinstance(lab["defects_observed"], list):
            fail(name, "defects_observed must be a list")
        for key in ("agency", "doc_number", "party"):
            v = lab[key]
            if v is not None and squash(v, False) not in text:
                fail(name, f"{key} {v!r} not found in text")
        for p in lab.get("other_parties", []):
            if squash(p, False) not in text:
                fail(name, f"other party {p!r} not found")
        cc = lab["credit_code"]
        if cc is not None:
            if not uscc_ok(cc):
                fail(name, f"credit_code {cc} fails GB 32100")
            if cc not in text:
                fail(name, f"credit_code {cc} not in text")
        for kind, code in lab.get("other_codes", {}).items():
            ok = regno_ok(code) if kind == "注册号" else orgcode_ok(code)
            if not ok:
                fail(name, f"{kind} {code} fails its check digit")
            if squash(code, False) not in text:
                fail(name, f"{kind} {code} not in text")
        for i, c in enumerate(lab["cited_articles"]):
            if set(c) - {"law", "article", "paragraph", "item", "role", "note"} or \
                    list(c)[:5] != ["law", "article", "paragraph", "item", "role"]:
                fail(name, f"citation {i} keys {list(c)}")
            if c["role"] not in ROLES:
                fail(name, f"citation {i} role {c['role']}")
            if not (c["law"].startswith("《") and c["law"].endswith("》")):
                fail(name, f"citation {i} law not in 书名号")
            if c["law"].strip("《》") not in text:
                fail(name, f"citation {i} law {c['law']} not in text")
            if c["article"] is not None and f"第{cn_int(c['article'])}条" not in text \
                    and f"第{c['article']}条" not in text:
                fail(name, f"citation {i} article {c['article']} not in text")
        brk = lab.get("fines_breakdown")
        if brk:
            if abs(sum(brk) - (lab["fine_yuan"] or 0)) > 0.001:
                fail(name, "fines_breakdown does not add up to fine_yuan")
            for part in brk:
                if part and not amount_present(part, text):
                    fail(name, f"fine part {part} not found in any written form")
        elif lab["fine_yuan"] is not None and not amount_present(lab["fine_yuan"], text):
            fail(name, f"fine_yuan {lab['fine_yuan']} not found in any written form")
        if lab["confiscation_yuan"] is not None and not amount_present(lab["confiscation_yuan"], text):
            fail(name, f"confiscation_yuan {lab['confiscation_yuan']} not found")
        ds = lab["dates"]
        if list(ds)[:4] != DATE_KEYS:
            fail(name, "dates must start with filing, notice, decision, service")
        for k, v in ds.items():
            if v is None:
                continue
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                fail(name, f"date {k} not ISO: {v}")
                continue
            if not any(squash(f, False) in text for f in date_forms(v)):
                fail(name, f"date {k}={v} not found in any written form")
            if k == "decision":
                years.add(int(v[:4]))
        seq = [ds[k] for k in DATE_KEYS if ds[k]]
        if seq != sorted(seq):
            fail(name, f"filing/notice/decision/service out of order: {seq}")
        rd = lab["remedy_days"]
        if rd is not None:
            if set(rd) != {"review", "litigation"}:
                fail(name, "remedy_days keys")
            if rd["review"] is not None and not any(f in text for f in (f"{cn_int(rd['review'])}日", f"{rd['review']}日", f"{rd['review']}天")):
                fail(name, "review period not in text")
            lit = rd["litigation"]
            if lit is not None:
                n = int(lit[:-1])
                if lit[-1] != "m" or not any(f in text for f in (f"{cn_int(n)}个月", f"{n}个月")):
                    fail(name, f"litigation {lit} not in text")
                dec = ds.get("decision")
                if dec:
                    want = "3m" if dec < "2015-05-01" else "6m"
                    if lit != want:
                        fail(name, f"litigation {lit} inconsistent with decision date {dec}")
        disc = lab["discretion"]
        if disc is not None:
            word = {"不予处罚": "不予行政处罚"}.get(disc, disc)
            if word not in text:
                fail(name, f"discretion {disc} not stated in text")
    if len(domains) < 14:
        fail("corpus", f"only {len(domains)} domains")
    if len(years) < 10:
        fail("corpus", f"decision years too narrow: {sorted(years)}")
    size = 0
    for root, _, fs in os.walk(OUT):
        if "__pycache__" in root:
            continue
        size += sum(os.path.getsize(os.path.join(root, f)) for f in fs)
    if size >= 1_000_000:
        fail("corpus", f"folder is {size} bytes (must be < 1 MB)")
    if FAILS:
        print("\n".join(FAILS))
        print(f"{len(FAILS)} FAILED")
        return 1
    print(f"{len(files)} files, {len(labels)} labels, {len(domains)} domains, decision years {min(years)}–{max(years)}, "
          f"{size} bytes")
    print("ALL PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
