#!/usr/bin/env python3
"""Verify the decisions13 corpus. Prints ALL PASS or the list of failures.

Checks: file headers; labels.jsonl shape; every labelled value occurs in its file (OCR files are
compared after undoing the usual OCR confusions O/0, l/1, 曰/日); credit codes (GB 32100), organisation
codes (GB 11714), 15-digit 注册号 (GB/T 17710) and the generator's natural-person ID numbers (GB 11643);
no unmasked ID numbers; no machine paths; folder size < 1 MB.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


# ---------------------------------------------------------------- validators
def uscc_ok(code):
    if len(code) != 18 or any(ch not in build.USCC_CHARS for ch in code):
        return False
    total = sum(build.USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], build.USCC_W))
    c = 31 - total % 31
    if build.USCC_CHARS[0 if c == 31 else c] != code[17]:
        return False
    return build.org_check(code[8:16]) == code[16]


def id_ok(num):
    if not re.fullmatch(r"\d{17}[\dX]", num):
        return False
    return "10X98765432"[sum(int(a) * w for a, w in zip(num[:17], build.ID_W)) % 11] == num[17]


def regno_ok(num):
    return len(num) == 15 and num.isdigit() and build.regno15(num[:14]) == num


def org_ok(code):
    m = re.fullmatch(r"([0-9A-Z]{8})-([0-9X])", code)
    return bool(m) and build.org_check(m.group(1)) == m.group(2)


# ---------------------------------------------------------------- normalisation
DATE_CTX = "年月日号第条〔〕[]()（）"


def norm(s, ocr=False):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    if ocr:
        s = s.replace("曰", "日").replace("〉", "》")

        def fix(m):
            run = m.group(0)
            before = s[m.start() - 1] if m.start() > 0 else ""
            after = s[m.end()] if m.end() < len(s) else ""
            if any(ch.isdigit() for ch in run) or before in DATE_CTX or after in DATE_CTX:
                return run.translate(str.maketrans("OolI", "0011"))
            return run
        s = re.sub(r"[0-9OolI]+", fix, s)
    return s


CN = "〇一二三四五六七八九"


def cn_num(n):
    """Chinese numeral as used in article numbers (1..999)."""
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = CN[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + CN[r]
    return s + CN[r // 10] + "十" + (CN[r % 10] if r % 10 else "")


def year_cn(y, zero):
    return "".join(zero if ch == "0" else CN[int(ch)] for ch in str(y))


def day_cn(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    forms = {f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}",
             f"{y}.{m}.{d}", f"{y}.{m:02d}.{d:02d}"}
    for z in ("〇", "○", "零", "O"):
        forms.add(f"{year_cn(y, z)}年{day_cn(m)}月{day_cn(d)}日")
    return forms


DIGIT = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def parse_capital(s):
    s = s.replace("人民币", "").replace("元整", "").replace("元", "").replace("整", "")
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in DIGIT:
            num = DIGIT[ch]
        elif ch in UNIT:
            section += (num or 1) * UNIT[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
        else:
            raise ValueError(f"unexpected {ch!r} in capital amount {s!r}")
    return total + section + num


def parse_amount(s):
    t = unicodedata.normalize("NFKC", s).replace(",", "").replace("¥", "").replace("￥", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)万元?", t)
    if m:
        return round(float(m.group(1)) * 10000, 2)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)元?", t)
    if m:
        return float(m.group(1))
    return float(parse_capital(t))


# ---------------------------------------------------------------- checks
REQUIRED = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles", "fine_yuan",
            "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness", "notes", "defects_observed"]
OPTIONAL = {"related_doc_numbers"}
ROLES = {"violated", "penalty", "other"}
DISCRETION = {None, "从轻", "减轻", "从重", "一般", "不予处罚"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template", "summary"}
OCR_FILES = {c["file"] for c in build.CASES if c.get("ocr")}
CASE_BY_FILE = {c["file"]: c for c in build.CASES}


def check_label(row):
    f = row.get("file")
    path = ROOT / f
    if not path.exists():
        fail(f"{f}: file missing")
        return
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    if not (lines[0].startswith("source: ") and lines[1].startswith("domain: ") and lines[2].startswith("doc_type: ")
            and lines[3] == "---"):
        fail(f"{f}: header must be source:/domain:/doc_type:/---")
    body = "\n".join(lines[4:])
    ocr = f in OCR_FILES
    nb = norm(body, ocr)

    keys = list(row.keys())
    if keys[:len(REQUIRED)] != REQUIRED:
        fail(f"{f}: keys/order differ from the dev-set: {keys}")
    extra = set(keys) - set(REQUIRED) - OPTIONAL
    if extra:
        fail(f"{f}: unexpected keys {extra}")

    def occurs(label, value):
        if value is None:
            return
        if norm(value, ocr) not in nb:
            fail(f"{f}: {label} {value!r} not found in text")

    for k in ("agency", "doc_number", "party", "credit_code"):
        occurs(k, row[k])
    for rd in row.get("related_doc_numbers", []):
        occurs("related_doc_number", rd)
    if row["credit_code"] is not None and not uscc_ok(row["credit_code"]):
        fail(f"{f}: labelled credit_code fails GB 32100")

    for ca in row["cited_articles"]:
        if set(ca) - {"law", "article", "paragraph", "item", "role", "note"} or not {"law", "article", "paragraph", "item", "role"} <= set(ca):
            fail(f"{f}: citation keys {sorted(ca)}")
            continue
        law = ca["law"]
        if not (law.startswith("《") and law.endswith("》")):
            fail(f"{f}: law title not in 书名号: {law}")
        inner = law[1:-1]
        short = inner.replace("中华人民共和国", "")
        if norm(inner, ocr) not in nb and norm(short, ocr) not in nb:
            fail(f"{f}: law {law} not in text")
        if ca["role"] not in ROLES:
            fail(f"{f}: bad role {ca['role']}")
        for key, unit in (("article", "条"), ("paragraph", "款")):
            n = ca[key]
            if n is not None and not any(x in nb for x in (f"第{cn_num(n)}{unit}", f"第{n}{unit}")):
                fail(f"{f}: {law} {key} {n} not in text")
        n = ca["item"]
        if n is not None and not any(x in nb for x in (f"({cn_num(n)})项", f"第{cn_num(n)}项", f"第({cn_num(n)})项",
                                                      f"第{n}项", f"({n})项")):
            fail(f"{f}: {law} item {n} not in text")

    case = CASE_BY_FILE.get(f, {})
    for key, ev_key in (("fine_yuan", "fine_ev"), ("confiscation_yuan", "conf_ev")):
        val, ev = row[key], case.get(ev_key, [])
        alt = case.get(ev_key.replace("_ev", "_alt"), [])
        if val is not None and not isinstance(val, (int, float)):
            fail(f"{f}: {key} not a number")
        for e in ev + alt:
            if norm(e, ocr) not in nb:
                fail(f"{f}: {key} evidence {e!r} not in text")
        total = round(sum(parse_amount(e) for e in ev), 2) if ev else None
        if (val is None) != (total is None) or (val is not None and abs(val - total) > 0.001):
            fail(f"{f}: {key}={val} but evidence sums to {total}")
        for e in alt:
            if val is None or abs(parse_amount(e) - val) > 0.001:
                fail(f"{f}: {key} alternative form {e!r} != {val}")

    d = row["dates"]
    for k in ("filing", "notice", "decision", "service"):
        if k not in d:
            fail(f"{f}: dates lacks {k}")
    for k, v in d.items():
        if v is None:
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            fail(f"{f}: date {k} not ISO")
            continue
        if not any(norm(x, ocr) in nb for x in date_forms(v)):
            fail(f"{f}: date {k}={v} not in text")

    r = row["remedy_days"]
    if r is not None:
        if set(r) != {"review", "litigation"}:
            fail(f"{f}: remedy_days keys")
        else:
            if r["review"] == 60 and not ("六十日" in nb or "60日" in nb):
                fail(f"{f}: review 60 days not in text")
            lit = {"6m": ("六个月", "6个月"), "3m": ("三个月", "3个月")}.get(r["litigation"])
            if lit is None or not any(x in nb for x in lit):
                fail(f"{f}: litigation {r['litigation']} not in text")
    if row["discretion"] not in DISCRETION:
        fail(f"{f}: discretion value")
    elif row["discretion"]:
        word = "不予行政处罚" if row["discretion"] == "不予处罚" else row["discretion"]
        if word not in nb:
            fail(f"{f}: discretion {row['discretion']} not in text")
    if row["completeness"] not in COMPLETENESS:
        fail(f"{f}: completeness value")
    if not isinstance(row["notes"], str) or not row["notes"]:
        fail(f"{f}: notes empty")
    if not isinstance(row["defects_observed"], list):
        fail(f"{f}: defects_observed must be a list")

    # codes printed in the file
    for m in re.finditer(r"(?<![0-9A-Z])[0-9][0-9A-Z]{17}(?![0-9A-Z])", nb):
        tok = m.group(0)
        if "身份证" in nb[max(0, m.start() - 12):m.start()]:
            continue  # a masked ID such as 513029XXXXXXXX1234 (masking letters), not a credit code
        if re.search(r"[A-Z]", tok) and not uscc_ok(tok) and tok not in build.EXPECT_INVALID:
            fail(f"{f}: code {tok} fails GB 32100")
    for m in re.finditer(r"(统一社会信用代码|纳税人识别号|行政相对人代码|索引号)[^0-9]{0,20}?(\d{18})(?!\d)", nb):
        if not uscc_ok(m.group(2)):
            fail(f"{f}: all-digit code {m.group(2)} after {m.group(1)} fails GB 32100")
    for m in re.finditer(r"注册号[:]?(\d{15})(?!\d)", nb):
        if not regno_ok(m.group(1)):
            fail(f"{f}: 注册号 {m.group(1)} fails GB/T 17710")
    for m in re.finditer(r"组织机构代码[:]?([0-9A-Z]{8}-[0-9X])", nb):
        if not org_ok(m.group(1)):
            fail(f"{f}: 组织机构代码 {m.group(1)} fails GB 11714")
    for m in re.finditer(r"身份证[^0-9]{0,8}?(\d{17}[\dX])(?![0-9A-Z])", nb):
        fail(f"{f}: unmasked ID number {m.group(1)}")
    return raw


def main():
    files = sorted(p.name for p in ROOT.glob("*.txt"))
    if len(files) != 24:
        fail(f"expected 24 .txt files, found {len(files)}")
    rows = [json.loads(line) for line in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    if sorted(r["file"] for r in rows) != files:
        fail("labels.jsonl files differ from the .txt files")
    texts = {}
    for r in rows:
        texts[r["file"]] = check_label(r) or ""
    alltext = "".join(texts.values())
    for k, full in build.IDS.items():
        if not id_ok(full):
            fail(f"generator ID {k} fails GB 11643")
        if build.M[k] not in alltext:
            fail(f"masked ID {k} not used in any file")
    for k in build.C:
        if build.C[k] and not uscc_ok(build.C[k]):
            fail(f"generator code {k} fails GB 32100")
    for bad in build.EXPECT_INVALID:
        if uscc_ok(bad):
            fail(f"expected-invalid code {bad} passes")
    pat = re.compile(r"(?<![A-Za-z0-9_.~-])/(" + "|".join(["tmp", "work", "root", "home"]) + r")(?![A-Za-z0-9_])")
    size = 0
    for p in ROOT.rglob("*"):
        if p.is_file():
            size += p.stat().st_size
            if p.suffix in {".txt", ".jsonl", ".md", ".py"}:
                hit = pat.search(p.read_text(encoding="utf-8"))
                if hit:
                    fail(f"{p.relative_to(ROOT)}: machine path {hit.group(0)!r}")
    if size >= 1_000_000:
        fail(f"folder is {size} bytes (>= 1 MB)")
    if not (ROOT / "README.md").exists():
        fail("README.md missing")
    if FAIL:
        print("\n".join("FAIL " + x for x in FAIL))
        print(f"{len(FAIL)} failure(s)")
        sys.exit(1)
    print(f"{len(rows)} files, {size} bytes")
    print("ALL PASS")


if __name__ == "__main__":
    main()
