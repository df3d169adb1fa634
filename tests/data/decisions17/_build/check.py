"""Verify the decisions17 corpus. Prints ALL PASS or the list of failures.

Usage (from any directory):  python3 _build/check.py
Checks: file headers; labels shape (dev-set keys); check digits of every credit code (GB 32100, with the
embedded GB 11714 organisation code), 组织机构代码 (GB 11714), 15-digit 注册号 (ISO 7064 MOD 11,10) and
ID numbers (GB 11643; masked ones must be masked consistently); every labelled value occurs in its file
in some written form; no machine paths; folder size < 1 MB.
"""
import sys
sys.dont_write_bytecode = True
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from codes import uscc_valid, org_valid, regno_valid, id_valid  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles", "fine_yuan",
        "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness", "notes", "defects_observed"]
CITE_KEYS = {"law", "article", "paragraph", "item", "role"}
ROLES = {"violated", "penalty", "other"}
DISCRETION = {None, "从轻", "减轻", "从重", "一般", "不予处罚"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9}
CAP_DIGIT = {"零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
CAP_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def cn_num(n):
    """Chinese numeral for 1..999 as written in citations (十五, 一百零一, 一百一十七)."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = d[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + d[r]
    return s + d[r // 10] + "十" + (d[r % 10] if r % 10 else "")


def cn_small(s):
    """Parse 一..九十九 (month/day) numerals."""
    if s == "十":
        return 10
    if "十" in s:
        a, b = s.split("十")
        return (CN_DIGIT[a] if a else 1) * 10 + (CN_DIGIT[b] if b else 0)
    return CN_DIGIT[s]


def squash(text):
    return re.sub(r"\s+", "", text)


def ocr_fix(t):
    """Undo the OCR confusions used in the corpus, only inside digit runs."""
    t = re.sub(r"(?<=\d)[曰](?!\w*[a-z])", "日", t)
    for _ in range(2):
        t = re.sub(r"(?<=[\d.年月])[Oo](?=[\d.年月日曰])", "0", t)
        t = re.sub(r"(?<=[\d.年月])[Oo]", "0", t)
        t = re.sub(r"[Oo](?=\d{2,}[.年])", "0", t)
        t = re.sub(r"(?<=[\d年月])[lI](?=[\d日月])", "1", t)
        t = re.sub(r"(?<=[年月])[lI]", "1", t)
    return t


def dates_in(text):
    t = ocr_fix(squash(text))
    found = set()

    def add(y, m, d):
        try:
            y, m, d = int(y), int(m), int(d)
        except ValueError:
            return
        if 1 <= m <= 12 and 1 <= d <= 31:
            found.add("%04d-%02d-%02d" % (y, m, d))

    for y, m, d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", t):
        add(y, m, d)
    for y, m, d in re.findall(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", t):
        add(y, m, d)
    for y, m, d in re.findall(r"([零〇○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日", t):
        add("".join(str(CN_DIGIT[c]) for c in y), cn_small(m), cn_small(d))
    return found


def cap_amount(s):
    """Parse 大写 amounts such as 壹拾肆万元整, 贰万零陆佰肆拾元, 壹万壹仟壹佰伍拾肆元叁角."""
    total = 0.0
    m = re.match(r"^(.*?)元(?:(.)角)?(?:(.)分)?整?$", s)
    if not m:
        return None
    yuan, jiao, fen = m.groups()

    def section(x):
        val, num = 0, 0
        for ch in x:
            if ch in CAP_DIGIT:
                num = CAP_DIGIT[ch]
            elif ch in CAP_UNIT:
                val += (num or 1) * CAP_UNIT[ch]
                num = 0
            else:
                return None
        return val + num

    parts = yuan.split("万")
    if len(parts) > 2:
        return None
    if len(parts) == 2:
        hi, lo = section(parts[0]), section(parts[1])
        if hi is None or lo is None:
            return None
        total = hi * 10000 + lo
    else:
        v = section(parts[0])
        if v is None:
            return None
        total = v
    if jiao:
        total += CAP_DIGIT.get(jiao, 0) / 10
    if fen:
        total += CAP_DIGIT.get(fen, 0) / 100
    return round(total, 2)


def amounts_in(text):
    t = squash(text)
    found = set()
    for num, unit in re.findall(r"[¥￥]?(\d[\d,]*(?:\.\d+)?)(万元|元)", t):
        v = float(num.replace(",", ""))
        found.add(round(v * (10000 if unit == "万元" else 1), 2))
    for num in re.findall(r"[¥￥](\d[\d,]*(?:\.\d+)?)", t):
        found.add(round(float(num.replace(",", "")), 2))
    for num in re.findall(r"（万元）[:：](\d+(?:\.\d+)?)", t):
        found.add(round(float(num) * 10000, 2))
    for cap in re.findall(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万]+元(?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?整?", t):
        v = cap_amount(cap)
        if v is not None:
            found.add(v)
    return found


def has_article(t, n):
    return ("第%s条" % cn_num(n)) in t or ("第%d条" % n) in t


def has_paragraph(t, n):
    return ("第%s款" % cn_num(n)) in t or ("第%d款" % n) in t


def has_item(t, n):
    c = cn_num(n)
    forms = ["第（%s）项" % c, "第(%s)项" % c, "第%s项" % c, "第%d项" % n, "第（%d）项" % n, "（%s）" % c, "(%s)" % c]
    return any(f in t for f in forms)


def check_codes(name, text):
    t = text
    for m in re.finditer(r"(?:统一社会信用代码|信用代码|纳税人识别号)[^：:\n]{0,12}[：:]?\s*([0-9A-Z]{18})(?![0-9A-Z])", t):
        code = m.group(1)
        if not uscc_valid(code):
            fail("%s: credit code %s fails GB 32100 / GB 11714" % (name, code))
    for m in re.finditer(r"组织机构代码[：:]\s*([0-9A-Z]{8}-[0-9A-Z])", t):
        if not org_valid(m.group(1)):
            fail("%s: 组织机构代码 %s fails GB 11714" % (name, m.group(1)))
    for m in re.finditer(r"注册号[：:]\s*(\d{15})", t):
        if not regno_valid(m.group(1)):
            fail("%s: 注册号 %s fails MOD 11,10" % (name, m.group(1)))
    for m in re.finditer(r"(?:身份证|证件号码|身份证件号码|身份证号码|身份证号|纳税人识别号)[^\n]{0,8}?([0-9][0-9*]{16}[0-9Xx*])", t):
        idn = m.group(1)
        if "*" in idn:
            if not re.match(r"^\d{4,}\*+\d{0,4}[0-9X*]?$", idn) or not idn[:4].isdigit() or len(idn) != 18:
                fail("%s: badly masked ID %s" % (name, idn))
        elif not id_valid(idn):
            fail("%s: ID number %s fails GB 11643" % (name, idn))
    # every 18-char token that looks like a USCC (starts 9x/1x) anywhere must be valid
    for m in re.finditer(r"(?<![0-9A-Z])([19][1-3][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])", t):
        if re.search(r"[A-Z]", m.group(1)) and not uscc_valid(m.group(1)):
            fail("%s: code-like token %s fails GB 32100" % (name, m.group(1)))


def main():
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".txt"))
    if len(files) != 24:
        fail("expected 24 .txt files, found %d" % len(files))
    texts = {}
    for f in files:
        raw = open(os.path.join(ROOT, f), encoding="utf-8").read()
        lines = raw.split("\n")
        if not (lines[0].startswith("source: ") and lines[1].startswith("domain: ")
                and lines[2].startswith("doc_type: ") and lines[3] == "---"):
            fail("%s: bad header" % f)
        texts[f] = (lines[2][len("doc_type: "):], "\n".join(lines[4:]))
        check_codes(f, raw)

    rows = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if sorted(r.get("file") for r in rows) != files:
        fail("labels.jsonl files do not match the .txt files")
    for r in rows:
        f = r.get("file")
        if list(r.keys()) != KEYS:
            fail("%s: label keys %s" % (f, list(r.keys())))
            continue
        if f not in texts:
            continue
        header_type, body = texts[f]
        t = squash(body)
        tf = ocr_fix(t)
        if r["doc_type"] != header_type:
            fail("%s: doc_type differs from header" % f)
        for k in ("doc_type", "agency", "doc_number", "party", "credit_code"):
            v = r[k]
            if v is None:
                continue
            if not isinstance(v, str) or squash(v) not in t:
                fail("%s: %s %r not found in text" % (f, k, v))
        if r["credit_code"] is not None and not uscc_valid(r["credit_code"]):
            fail("%s: labelled credit code invalid" % f)
        if not isinstance(r["cited_articles"], list):
            fail("%s: cited_articles not a list" % f)
        for c in r["cited_articles"]:
            ks = set(c.keys())
            if not (CITE_KEYS <= ks <= CITE_KEYS | {"note"}):
                fail("%s: citation keys %s" % (f, sorted(ks)))
                continue
            if c["role"] not in ROLES:
                fail("%s: bad role %s" % (f, c["role"]))
            law = c["law"]
            if not (law.startswith("《") and law.endswith("》")) or squash(law) not in t:
                fail("%s: law %s not in text" % (f, law))
            for key, fn in (("article", has_article), ("paragraph", has_paragraph), ("item", has_item)):
                v = c[key]
                if v is None:
                    continue
                if not isinstance(v, int) or not fn(t, v):
                    fail("%s: %s %s=%r not written in text" % (f, law, key, v))
        amts = amounts_in(body)
        for k in ("fine_yuan", "confiscation_yuan"):
            v = r[k]
            if v is None:
                continue
            if not isinstance(v, (int, float)) or round(float(v), 2) not in amts:
                fail("%s: %s %r not found among amounts" % (f, k, v))
        ds = dates_in(body)
        d = r["dates"]
        if not isinstance(d, dict) or not {"filing", "notice", "decision", "service"} <= set(d):
            fail("%s: dates lacks the four base keys" % f)
        else:
            for k, v in d.items():
                if v is None:
                    continue
                if not ISO.match(v):
                    fail("%s: date %s=%r not ISO" % (f, k, v))
                elif v not in ds:
                    fail("%s: date %s=%s not written in text" % (f, k, v))
        rd = r["remedy_days"]
        if rd is not None:
            if set(rd) != {"review", "litigation"}:
                fail("%s: remedy_days keys" % f)
            else:
                if rd["review"] is not None:
                    n = rd["review"]
                    if not (("%s日" % cn_num(n)) in t or ("%d日" % n) in t):
                        fail("%s: review period %s not in text" % (f, n))
                lit = rd["litigation"]
                if lit is not None:
                    m = re.match(r"^(\d+)m$", lit)
                    if not m or not (("%s个月" % cn_num(int(m.group(1)))) in t or ("%s个月" % m.group(1)) in t):
                        fail("%s: litigation period %s not in text" % (f, lit))
        disc = r["discretion"]
        if disc not in DISCRETION:
            fail("%s: discretion %r" % (f, disc))
        elif disc == "不予处罚":
            if "不予行政处罚" not in t and "不予处罚" not in t:
                fail("%s: 不予处罚 not in text" % f)
        elif disc is not None and disc not in t:
            fail("%s: discretion %s not in text" % (f, disc))
        if r["completeness"] not in COMPLETENESS:
            fail("%s: completeness %r" % (f, r["completeness"]))
        if not isinstance(r["notes"], str) or len(r["notes"]) < 40:
            fail("%s: notes too short" % f)
        if not isinstance(r["defects_observed"], list):
            fail("%s: defects_observed not a list" % f)

    # no machine paths anywhere in the folder; size limit
    bad = re.compile("(?<![A-Za-z0-9])/(?:" + "|".join(["t" + "mp", "w" + "ork", "r" + "oot", "h" + "ome"]) + ")(?![A-Za-z0-9])")
    size = 0
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [x for x in dirnames if x != "__pycache__"]
        for fn in filenames:
            p = os.path.join(dirpath, fn)
            size += os.path.getsize(p)
            try:
                content = open(p, encoding="utf-8").read()
            except UnicodeDecodeError:
                fail("%s: not UTF-8" % fn)
                continue
            if bad.search(content):
                fail("%s: contains a machine path" % os.path.relpath(p, ROOT))
    if size >= 1024 * 1024:
        fail("folder size %d bytes >= 1 MB" % size)

    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        print("%d FAILURES" % len(FAIL))
        sys.exit(1)
    print("ALL PASS (%d files, %d labels, %d bytes)" % (len(files), len(rows), size))


if __name__ == "__main__":
    main()
