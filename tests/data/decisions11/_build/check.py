"""Self-check for decisions11. Prints ALL PASS or the list of failures.

Checks: file set and names, label keys/order, GB 32100 + GB 11714 check digits (every labelled code and
every 18-character code-looking string in the texts, except the deliberately invalid ones), that each
labelled 文号 / party / credit code / amount / full date occurs in its file in some written form
(whitespace, OCR misreads and Chinese numerals normalised), coverage counts, no machine paths, size.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

DEV_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
            "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
            "notes", "defects_observed"]
EXTRA_KEYS = {"related_doc_numbers", "procedure", "other_fines", "party_kind", "operator",
              "ordered_payment_yuan", "refund_yuan"}
DELIBERATELY_INVALID = {"91150602MA0N7Q3KXA"}
DEFECT_CODES = {"SUBJ", "EVID", "LAW", "PROC", "DISC", "DOC", "SERV", "EXEC", "ARCH"}

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]

fails = []


def fail(msg):
    fails.append(msg)


def org_ok(code9):
    if not re.fullmatch(r"[0-9A-Z]{8}[0-9X]", code9):
        return False
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55  # noqa: E731
    s = sum(val(c) * w for c, w in zip(code9[:8], ORG_W))
    r = 11 - s % 11
    exp = {10: "X", 11: "0"}.get(r, str(r))
    return code9[8] == exp


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    exp = USCC_CHARS[(31 - s % 31) % 31]
    return code[17] == exp and org_ok(code[8:17])


# ------------------------------------------------------------ normalisation
def norm(text):
    t = re.sub(r"\s+", "", text)
    t = t.replace("\u3000", "")
    t = t.replace("曰", "日").replace("査", "查")
    t = t.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    for _ in range(6):  # OCR letter/digit confusions next to digits
        t2 = re.sub(r"(?<=\d)[Oo]|[Oo](?=\d)", "0", t)
        t2 = re.sub(r"(?<=\d)[lI]|[lI](?=\d)", "1", t2)
        if t2 == t:
            break
        t = t2
    return t


CN_DIG = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CAP = {"零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
       "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNIT = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}


def cn_small(s):
    """Chinese numeral below 10000 (e.g. 肆仟伍佰陆拾, 十二)."""
    total, num = 0, 0
    for ch in s:
        if ch in CAP:
            num = CAP[ch]
        elif ch in UNIT:
            total += (num or 1) * UNIT[ch]
            num = 0
    return total + num


def cn_amount(s):
    total = 0
    if "亿" in s:
        a, s = s.split("亿", 1)
        total += cn_small(a) * 10 ** 8
    if "万" in s:
        a, s = s.split("万", 1)
        total += cn_small(a) * 10 ** 4
    return total + cn_small(s)


def cn_day(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIG[s[1]]
    if "十" in s:
        a, b = s.split("十")
        return CN_DIG[a] * 10 + (CN_DIG[b] if b else 0)
    return CN_DIG[s]


def extract_dates(t):
    out = set()
    for y, m, d in re.findall(r"(\d{4})[年./\-](\d{1,2})[月./\-](\d{1,2})", t):
        out.add(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    for y, m, d in re.findall(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日", t):
        yy = int("".join(str(CN_DIG[c]) for c in y))
        out.add(f"{yy:04d}-{cn_day(m):02d}-{cn_day(d):02d}")
    return out


def extract_amounts(t):
    out = set()
    for num, wan in re.findall(r"(\d[\d,]*(?:\.\d+)?)(万)?元", t):
        v = float(num.replace(",", ""))
        out.add(round(v * (10000 if wan else 1), 2))
    for num in re.findall(r"[¥￥](\d[\d,]*(?:\.\d+)?)", t):
        out.add(round(float(num.replace(",", "")), 2))
    for num in re.findall(r"[（(]万元[）)][：:](\d+(?:\.\d+)?)", t):
        out.add(round(float(num) * 10000, 2))
    for num in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
        out.add(round(float(num.replace(",", "")), 2))
    for cap in re.findall(r"([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)[元圆]", t):
        out.add(float(cn_amount(cap)))
    return out


# ------------------------------------------------------------ checks
def main():
    slash = "/"
    bad_strings = [slash + "work", slash + "tmp"]

    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    txts = sorted(f for f in os.listdir(ROOT) if f.endswith(".txt"))
    if len(txts) != 24 or len(labels) != 24:
        fail(f"expected 24 files/labels, got {len(txts)}/{len(labels)}")
    expected_nums = [str(n) for n in range(1101, 1125)]
    if [f[:4] for f in txts] != expected_nums:
        fail("file numbers are not 1101..1124")
    for f in txts:
        if not re.fullmatch(r"\d{4}_[\u4e00-\u9fff]+\.txt", f):
            fail(f"bad file name {f}")
    if [l["file"] for l in labels] != txts:
        fail("labels.jsonl order/file names do not match the .txt files")

    sectors, years = set(), set()
    for lab in labels:
        f = lab["file"]
        keys = list(lab.keys())
        if keys[:len(DEV_KEYS)] != DEV_KEYS:
            fail(f"{f}: keys not in dev-set order: {keys}")
        for k in keys[len(DEV_KEYS):]:
            if k not in EXTRA_KEYS:
                fail(f"{f}: unexpected extra key {k}")
        raw = open(os.path.join(ROOT, f), encoding="utf-8").read()
        head, _, body = raw.partition("\n---\n")
        if not head.startswith("source: ") or "\ndomain: " not in head or "\ndoc_type: " not in head:
            fail(f"{f}: header not in dev-set form")
        t = norm(body)
        sectors.add(f.split("_", 1)[1][:-4])

        for key in ("doc_number", "party", "agency", "credit_code"):
            v = lab[key]
            if v and norm(v) not in t:
                fail(f"{f}: {key} {v!r} not found in text")

        cc = lab["credit_code"]
        if cc:
            if cc in DELIBERATELY_INVALID:
                if uscc_ok(cc):
                    fail(f"{f}: code {cc} should be invalid but passes")
                if not org_ok(cc[8:17]):
                    fail(f"{f}: deliberately invalid code should still hold a valid org code")
                if not any(cc in d for d in lab["defects_observed"]):
                    fail(f"{f}: invalid code not noted in defects_observed")
            elif not uscc_ok(cc):
                fail(f"{f}: credit code {cc} fails GB 32100/GB 11714")
        for code in re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-Z]{9}[0-9A-Z](?![0-9A-Z])", body):
            if code not in DELIBERATELY_INVALID and not uscc_ok(code):
                fail(f"{f}: code-like string {code} in text fails check")

        amounts = extract_amounts(t)
        for key in ("fine_yuan", "confiscation_yuan"):
            v = lab[key]
            if v:  # 0 and None need no textual amount
                if round(float(v), 2) not in amounts:
                    fail(f"{f}: {key}={v} not found among amounts {sorted(amounts)}")
        for of in lab.get("other_fines", []):
            if round(float(of["fine_yuan"]), 2) not in amounts:
                fail(f"{f}: other fine {of} not found")

        found = extract_dates(t)
        for k, v in lab["dates"].items():
            if v and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                if v not in found:
                    fail(f"{f}: date {k}={v} not found among {sorted(found)}")
            elif v and not re.fullmatch(r"\d{4}-\d{2}", v):
                fail(f"{f}: date {k}={v!r} is not ISO")
        dec = lab["dates"].get("decision")
        if dec:
            years.add(int(dec[:4]))
            if not 2015 <= int(dec[:4]) <= 2025:
                fail(f"{f}: decision year out of range")

        for rn in lab.get("related_doc_numbers", []):
            if norm(rn) not in t:
                fail(f"{f}: related doc number {rn} not in text")
        for d in lab["defects_observed"]:
            m = re.match(r"([A-Z]+)-\d{2}: ", d)
            if not m or m.group(1) not in DEFECT_CODES:
                fail(f"{f}: defect entry without a defects.yaml code: {d}")
        for c in lab["cited_articles"]:
            if list(c.keys())[:5] != ["law", "article", "paragraph", "item", "role"]:
                fail(f"{f}: citation keys {list(c.keys())}")
            if c["role"] not in {"violated", "penalty", "discretion", "other"}:
                fail(f"{f}: bad role {c['role']}")
            if not (c["law"].startswith("《") and c["law"].endswith("》")):
                fail(f"{f}: law without 书名号 {c['law']}")

    planted = sum(1 for l in labels if any("【人为植入】" in d for d in l["defects_observed"]))
    if not 5 <= planted <= 8:
        fail(f"planted-defect documents: {planted}")
    if len(sectors) < 12:
        fail(f"only {len(sectors)} sectors")

    total = 0
    for dirpath, _, files in os.walk(ROOT):
        if "__pycache__" in dirpath:
            continue
        for fn in files:
            p = os.path.join(dirpath, fn)
            total += os.path.getsize(p)
            if fn.endswith((".txt", ".jsonl", ".md", ".py")):
                s = open(p, encoding="utf-8").read()
                for b in bad_strings:
                    if b in s:
                        fail(f"{fn}: contains a machine path {b}")
    if total >= 1_000_000:
        fail(f"folder is {total} bytes")

    if fails:
        for m in fails:
            print("FAIL:", m)
        sys.exit(1)
    print(f"{len(labels)} documents, {len(sectors)} sectors, years {min(years)}-{max(years)}, "
          f"{planted} with planted defects, {total} bytes")
    print("ALL PASS")


if __name__ == "__main__":
    main()
