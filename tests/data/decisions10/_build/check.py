#!/usr/bin/env python3
"""Verify decisions10: check digits, labelled values present in their files, no machine paths,
coverage of the brief. Prints ALL PASS or the list of failures (exit status 1)."""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

KEY_ORDER = ["file", "doc_type", "agency", "doc_number", "party", "credit_code",
             "cited_articles", "fine_yuan", "confiscation_yuan", "dates", "remedy_days",
             "discretion", "completeness", "notes", "defects_observed"]
CITE_KEYS = ["law", "article", "paragraph", "item", "role"]
DEFECT_CODES = {"SUBJ-01", "SUBJ-02", "SUBJ-03", "SUBJ-04", "EVID-01", "EVID-02", "EVID-03",
                "LAW-01", "LAW-02", "LAW-03", "LAW-04", "LAW-05",
                "PROC-01", "PROC-02", "PROC-03", "PROC-04", "PROC-05", "PROC-06", "PROC-07",
                "PROC-08", "PROC-09", "PROC-10", "PROC-11", "PROC-12", "PROC-13",
                "DISC-01", "DISC-02", "DISC-03",
                "DOC-01", "DOC-02", "DOC-03", "DOC-04", "DOC-05", "DOC-06", "DOC-07", "DOC-08", "DOC-09",
                "SERV-01", "SERV-02", "SERV-03", "EXEC-01", "EXEC-02", "ARCH-01"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
FORBIDDEN = ["/wo" + "rk", "/tm" + "p"]

FAIL = []


def fail(msg):
    FAIL.append(msg)


# ------------------------------------------------------------------ check digits
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_ok(code9):
    body, chk = code9[:8], code9[8]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, W9))
    c = 11 - s % 11
    return chk == ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC for c in code):
        return False
    s = sum(USCC.index(c) * w for c, w in zip(code[:17], W18))
    c = 31 - s % 31
    return code[17] == USCC[0 if c == 31 else c] and org_ok(code[8:17])


USCC_RE = re.compile(r"(?<![0-9A-Z])([1-9ANY][0-9A-HJ-NPQRTUWXY]\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])")

# ------------------------------------------------------------------ text normalisation
FURNITURE = re.compile(r"^\s*(第\s*\d+\s*页\s*共\s*\d+\s*页|—\s*\d+\s*—)\s*$")


def drop_furniture(text):
    lines = [ln for ln in text.split("\n") if not FURNITURE.match(ln)]
    # a running header is a line repeated verbatim on several pages and containing the agency name
    counts = {}
    for ln in lines:
        counts[ln] = counts.get(ln, 0) + 1
    out = [ln for ln in lines if not (counts[ln] > 1 and ln.strip() and "行政处罚决定书" in ln and "〔" in ln)]
    return "".join(out)


def ocr_fix(text):
    t = text.replace("曰", "日").replace("査", "查")
    t = re.sub(r"(?<=[\d年月])O|O(?=[\d日月])", "0", t)
    t = re.sub(r"(?<=[\d年月])l|l(?=[\d日月时])", "1", t)
    return t


def variants(text):
    j = drop_furniture(text)
    return [text, j, ocr_fix(text), ocr_fix(j), re.sub(r"\s+", "", ocr_fix(j))]


def present(value, text):
    return any(value in v for v in variants(text))


# ------------------------------------------------------------------ amounts
CN_DIG = {"零": 0, "〇": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
          "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}


def cn_to_int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (num or 1) * CN_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
        elif ch == "亿":
            total += (section + num) * 100000000
            section, num = 0, 0
    return total + section + num


DAXIE_RE = re.compile(r"([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)[元圆]")


def amounts(text):
    vals = set()
    for t in variants(text):
        for line in t.split("\n"):
            wan_line = "（万元）" in line or "(万元)" in line
            for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(万?)", line):
                try:
                    v = float(m.group(1).replace(",", ""))
                except ValueError:
                    continue
                vals.add(v)
                if m.group(2) or wan_line:
                    vals.add(round(v * 10000, 2))
        for m in DAXIE_RE.finditer(t):
            vals.add(float(cn_to_int(m.group(1))))
    return vals


# ------------------------------------------------------------------ dates
CN_Y = {"〇": "0", "○": "0", "零": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
        "六": "6", "七": "7", "八": "8", "九": "9"}


def cn_small(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIG[s[1]]
    if s.endswith("十"):
        return CN_DIG[s[0]] * 10
    if "十" in s:
        a, b = s.split("十")
        return CN_DIG[a] * 10 + CN_DIG[b]
    return CN_DIG[s]


def dates(text):
    found = set()
    months = set()
    for t in variants(text):
        t = re.sub(r"[ \u3000]", "", t)
        for m in re.finditer(r"(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})", t):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                found.add("%04d-%02d-%02d" % (y, mo, d))
        for m in re.finditer(r"(\d{4})年(\d{1,2})月", t):
            months.add("%s-%02d" % (m.group(1), int(m.group(2))))
        for m in re.finditer(r"([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日", t):
            y = "".join(CN_Y[c] for c in m.group(1))
            found.add("%s-%02d-%02d" % (y, cn_small(m.group(2)), cn_small(m.group(3))))
    return found, months


# ------------------------------------------------------------------ main
def main():
    with open(os.path.join(CORPUS, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    txts = sorted(n for n in os.listdir(CORPUS) if n.endswith(".txt"))
    if len(txts) != 24 or len(labels) != 24:
        fail("expected 24 .txt files and 24 labels, got %d / %d" % (len(txts), len(labels)))
    if [lb["file"] for lb in labels] != txts:
        fail("labels.jsonl order/names differ from the .txt files")
    for i, n in enumerate(txts):
        if not re.fullmatch(r"10(0[1-9]|1\d|2[0-4])_[^_/]+\.txt", n) or int(n[:4]) != 1001 + i:
            fail("bad file name %s" % n)

    sectors = {n[5:-4] for n in txts}
    if len(sectors) < 12:
        fail("only %d sectors" % len(sectors))

    sys.path.insert(0, HERE)
    import docs_a, docs_b, docs_c  # noqa: E401
    meta = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
    provinces = {d["province"] for d in meta}
    years = {d["year"] for d in meta}
    if len(provinces) < 15:
        fail("only %d provinces" % len(provinces))
    if min(years) < 2015 or max(years) > 2025:
        fail("years outside 2015-2025: %s" % sorted(years))

    planted = 0
    for lb in labels:
        name = lb["file"]
        keys = list(lb)
        if keys[:15] != KEY_ORDER:
            fail("%s: keys out of dev-set order: %s" % (name, keys[:15]))
        for c in lb["cited_articles"]:
            if list(c)[:5] != CITE_KEYS or not (c["law"].startswith("《") and c["law"].endswith("》")):
                fail("%s: bad citation %s" % (name, c))
        if lb["completeness"] not in COMPLETENESS:
            fail("%s: completeness %s" % (name, lb["completeness"]))
        if list(lb["dates"])[:4] != ["filing", "notice", "decision", "service"]:
            fail("%s: dates keys" % name)
        for d in lb["defects_observed"]:
            code = d.split(":")[0]
            if code not in DEFECT_CODES:
                fail("%s: unknown defect code %s" % (name, code))
        if lb["defects_observed"]:
            planted += 1

        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            text = f.read()
        if not text.startswith("source: ") or "\n---\n" not in text:
            fail("%s: missing dev-set style header" % name)
        body = text.split("\n---\n", 1)[1]

        # credit codes: every code-shaped string must pass, except the labelled invalid one
        invalid_ok = lb.get("credit_code_valid") is False
        seen = set()
        for v in (body, drop_furniture(body)):
            seen.update(USCC_RE.findall(v))
        for code in seen:
            if not uscc_ok(code) and not (invalid_ok and code == lb["credit_code"]):
                fail("%s: credit code %s fails GB 32100 / GB 11714" % (name, code))
        if lb["credit_code"]:
            if not present(lb["credit_code"], body):
                fail("%s: credit code not in text" % name)
            if uscc_ok(lb["credit_code"]) == invalid_ok:
                fail("%s: credit_code validity does not match the label" % name)
            if invalid_ok and lb["credit_code"] not in seen:
                fail("%s: the invalid code is not found as a code-shaped string" % name)

        for key in ("doc_number", "party", "agency"):
            if lb[key] and not present(lb[key], body):
                fail("%s: %s %r not in text" % (name, key, lb[key]))
        for p in lb.get("co_parties", []):
            if not present(p, body):
                fail("%s: co-party %s not in text" % (name, p))

        amts = amounts(body)
        for key in ("fine_yuan", "confiscation_yuan"):
            if lb[key] is not None and float(lb[key]) not in amts:
                fail("%s: %s %s not written in text" % (name, key, lb[key]))
        if "fine_by_party" in lb:
            parts = lb["fine_by_party"]
            if sum(parts.values()) != lb["fine_yuan"]:
                fail("%s: fine_by_party does not sum to fine_yuan" % name)
            for v in parts.values():
                if float(v) not in amts:
                    fail("%s: per-party fine %s not in text" % (name, v))

        found, months = dates(body)
        for k, v in lb["dates"].items():
            if v is None:
                continue
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                if v not in found:
                    fail("%s: date %s=%s not in text" % (name, k, v))
            elif re.fullmatch(r"\d{4}-\d{2}", v):
                if v not in months:
                    fail("%s: month %s=%s not in text" % (name, k, v))
            else:
                fail("%s: bad date format %s" % (name, v))

    if not 5 <= planted <= 8:
        fail("planted-defect files: %d (want about 6)" % planted)

    # machine paths and size, over every file in the corpus folder
    total = 0
    for root, dirs, files in os.walk(CORPUS):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for fn in files:
            p = os.path.join(root, fn)
            total += os.path.getsize(p)
            with open(p, encoding="utf-8", errors="replace") as f:
                content = f.read()
            for bad in FORBIDDEN:
                if bad in content:
                    fail("%s contains %s" % (os.path.relpath(p, CORPUS), bad))
    if total >= 1024 * 1024:
        fail("folder is %d bytes (>= 1 MB)" % total)

    if FAIL:
        print("\n".join("FAIL " + m for m in FAIL))
        sys.exit(1)
    print("checked %d files, %d sectors, %d provinces, years %d-%d, %d with planted/observed defects, %d bytes"
          % (len(txts), len(sectors), len(provinces), min(years), max(years), planted, total))
    print("ALL PASS")


if __name__ == "__main__":
    main()
