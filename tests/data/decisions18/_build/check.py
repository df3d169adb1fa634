"""Verify the decisions18 corpus. Prints ALL PASS or the list of failures.

Checks: file headers; labels.jsonl shape; check digits of every 统一社会信用代码 (GB 32100),
组织机构代码 (GB 11714), 15-digit 注册号 (GS15) and unmasked 身份证号 (GB 11643) found in the
files or labels; masked IDs have the right shape and no natural person's ID is left unmasked;
each labelled value occurs in its file in some written form; no machine paths; folder < 1 MB.
"""
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import codes as C  # noqa: E402

ROOT = os.path.dirname(HERE)
FAIL = []


def fail(msg):
    FAIL.append(msg)


# ------------------------------------------------------------------ helpers
CN_D = "零一二三四五六七八九"


def cn_int(n):
    """Chinese numerals as used in article numbers: 10→十, 12→十二, 110→一百一十."""
    if n < 10:
        return CN_D[n]
    if n < 20:
        return "十" + (CN_D[n % 10] if n % 10 else "")
    if n < 100:
        return CN_D[n // 10] + "十" + (CN_D[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = CN_D[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + CN_D[r]
    return s + CN_D[r // 10] + "十" + (CN_D[r % 10] if r % 10 else "")


CAP = {"零": 0, "〇": 0, "壹": 1, "一": 1, "贰": 2, "二": 2, "两": 2, "叁": 3, "三": 3, "肆": 4, "四": 4,
       "伍": 5, "五": 5, "陆": 6, "六": 6, "柒": 7, "七": 7, "捌": 8, "八": 8, "玖": 9, "九": 9}
UNIT = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
BIG = {"万": 10000, "亿": 100000000}


def cn_money(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CAP:
            num = CAP[ch]
        elif ch in UNIT:
            section += (num or (1 if UNIT[ch] == 10 else 0)) * UNIT[ch]
            num = 0
        elif ch in BIG:
            total += (section + num) * BIG[ch]
            section, num = 0, 0
    return total + section + num


def amounts(text):
    """Every money amount written in text, in yuan."""
    out = set()
    for m in re.finditer(r"[¥￥]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?", text):
        v = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        after = text[m.end():m.end() + 2]
        before = text[max(0, m.start() - 14):m.start()]
        out.add(v)
        if after.startswith("万") or "万元）" in before or "万元)" in before:
            out.add(round(v * 10000, 2))
        if after.startswith("千") or "千元）" in before or "千元)" in before:
            out.add(round(v * 1000, 2))
    chars = "零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿一二两三四五六七八九十百千"
    for m in re.finditer("([%s]+)元(?:([%s])角)?(?:([%s])分)?" % (chars, chars, chars), text):
        v = cn_money(m.group(1))
        if m.group(2):
            v += CAP.get(m.group(2), 0) / 10
        if m.group(3):
            v += CAP.get(m.group(3), 0) / 100
        out.add(round(v, 2))
    return out


def has_amount(text, v):
    return any(abs(a - v) < 0.005 for a in amounts(text))


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    forms = {f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}年{m:02d}月{d}日", f"{y}年{m}月{d:02d}日",
             f"{y}.{m}.{d}", f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}/{m}/{d}"}

    def cn_day(n):
        return cn_int(n) if n >= 10 else CN_D[n]
    for zero in "〇○零0":
        ys = "".join(CN_D[int(c)] for c in str(y)).replace("零", zero)
        forms.add(f"{ys}年{cn_day(m)}月{cn_day(d)}日")
    return forms


def norm(text, ocr):
    t = re.sub(r"\s+", "", text.replace("\u3000", " "))
    if ocr:
        t = t.replace("曰", "日")
        t = re.sub(r"(?<=[\d〔〕（）\(\)第¥.,])[OoＯ]|[OoＯ](?=[\d〕）\)号,.])", "0", t)
        t = re.sub(r"(?<=[\d〔〕\-第路])l|l(?=[\d号〕\-])", "1", t)
        t = re.sub(r"(?<=[一二三四五六七八九〇])[OoＯ○0]|[OoＯ○0](?=[一二三四五六七八九])", "〇", t)
    return t


# ------------------------------------------------------------------ labels shape
DEV_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
            "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
            "notes", "defects_observed"]
EXTRA_OK = {"fine_parts", "co_parties", "parent", "parent_credit_code", "other_ids", "procedure",
            "related_doc_numbers", "refund_yuan"}
ROLES = {"violated", "penalty", "other"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
DISCRETION = {None, "从轻", "减轻", "从重", "一般", "不予处罚"}

with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as f:
    labels = [json.loads(line) for line in f if line.strip()]
txts = sorted(x for x in os.listdir(ROOT) if x.endswith(".txt"))
if len(txts) != 24:
    fail("expected 24 .txt files, found %d" % len(txts))
if sorted(l["file"] for l in labels) != txts:
    fail("labels.jsonl files do not match the .txt files")


def is_iso(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


for lab in labels:
    fn = lab.get("file")
    keys = list(lab.keys())
    if keys[:len(DEV_KEYS)] != DEV_KEYS:
        fail("%s: keys/order differ from dev-set: %s" % (fn, keys))
    for k in keys[len(DEV_KEYS):]:
        if k not in EXTRA_OK:
            fail("%s: unexpected key %s" % (fn, k))
    for k in ("doc_type", "notes", "completeness"):
        if not isinstance(lab[k], str) or not lab[k]:
            fail("%s: %s must be a non-empty string" % (fn, k))
    for k in ("agency", "doc_number", "party", "credit_code"):
        if lab[k] is not None and not isinstance(lab[k], str):
            fail("%s: %s must be string or null" % (fn, k))
    for k in ("fine_yuan", "confiscation_yuan"):
        if lab[k] is not None and (not isinstance(lab[k], (int, float)) or lab[k] <= 0):
            fail("%s: %s must be a positive number or null" % (fn, k))
    if lab["completeness"] not in COMPLETENESS:
        fail("%s: completeness %r" % (fn, lab["completeness"]))
    if lab["discretion"] not in DISCRETION:
        fail("%s: discretion %r" % (fn, lab["discretion"]))
    if not isinstance(lab["defects_observed"], list):
        fail("%s: defects_observed must be a list" % fn)
    d = lab["dates"]
    if not isinstance(d, dict) or any(k not in d for k in ("filing", "notice", "decision", "service")):
        fail("%s: dates must hold filing/notice/decision/service" % fn)
    else:
        for k, v in d.items():
            if v is not None and not is_iso(v):
                fail("%s: dates.%s not ISO: %r" % (fn, k, v))
    r = lab["remedy_days"]
    if r is not None:
        if set(r) != {"review", "litigation"}:
            fail("%s: remedy_days keys" % fn)
        if r.get("review") is not None and not isinstance(r["review"], int):
            fail("%s: remedy_days.review must be int" % fn)
        if r.get("litigation") not in (None, "6m", "3m") and not isinstance(r.get("litigation"), int):
            fail("%s: remedy_days.litigation %r" % (fn, r.get("litigation")))
    for c in lab["cited_articles"]:
        if set(c) - {"law", "article", "paragraph", "item", "role", "note"} or \
                any(k not in c for k in ("law", "article", "paragraph", "item", "role")):
            fail("%s: citation keys %s" % (fn, list(c)))
        if not (c["law"].startswith("《") and c["law"].endswith("》")):
            fail("%s: law not in 书名号: %s" % (fn, c["law"]))
        if c["role"] not in ROLES:
            fail("%s: role %r" % (fn, c["role"]))
        for k in ("article", "paragraph", "item"):
            if c[k] is not None and not isinstance(c[k], int):
                fail("%s: citation %s must be int or null" % (fn, k))
    if "fine_parts" in lab and abs(sum(lab["fine_parts"]) - (lab["fine_yuan"] or 0)) > 0.005:
        fail("%s: fine_parts do not add up to fine_yuan" % fn)


# ------------------------------------------------------------------ per-file checks
def check_codes(fn, raw):
    flat = re.sub(r"\s+", "", raw)
    for m in re.finditer(r"(?:统一社会信用代码|纳税人识别号|代码_1（统一社会信用代码）)[^0-9A-Z]{0,14}([0-9A-Z]{18})(?![0-9A-Z])", flat):
        if not C.uscc_valid(m.group(1)):
            fail("%s: bad USCC %s" % (fn, m.group(1)))
    for m in re.finditer(r"索引号[:：]([0-9A-Z]{18})/", flat):
        if not C.uscc_valid(m.group(1)):
            fail("%s: bad agency USCC in 索引号 %s" % (fn, m.group(1)))
    for m in re.finditer(r"组织机构代码[:：]?([0-9A-Z]{8}-?[0-9X])(?![0-9A-Z])", flat):
        if not C.org_valid(m.group(1)):
            fail("%s: bad 组织机构代码 %s" % (fn, m.group(1)))
    for m in re.finditer(r"注册号[:：](\d{15})(?!\d)", flat):
        if not C.gs15_valid(m.group(1)):
            fail("%s: bad 注册号 %s" % (fn, m.group(1)))
    for m in re.finditer(r"身份证[^0-9*]{0,8}([0-9*]{17}[0-9X*])", flat):
        v = m.group(1)
        if "*" not in v:
            if not C.id_valid(v):
                fail("%s: bad ID check digit %s" % (fn, v))
            fail("%s: unmasked natural-person ID %s" % (fn, v))
        elif not (re.fullmatch(r"\d{3,10}\*{4,12}\d{3}[\dX]", v)):
            fail("%s: odd masked ID shape %s" % (fn, v))
    for m in re.finditer(r"(?<!\d)(\d{17}[\dX])(?!\d)", flat):
        v = m.group(1)
        try:
            datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
            born = 1900 < int(v[6:10]) < 2015
        except ValueError:
            born = False
        if born and C.id_valid(v):
            fail("%s: looks like an unmasked ID %s" % (fn, v))


def check_values(fn, lab, body, ocr):
    t = norm(body, ocr)
    tn = norm(body, False)

    def present(s):
        s2 = norm(s, False)
        return s2 in t or s2 in tn

    for k in ("agency", "doc_number", "party", "credit_code", "doc_type"):
        if lab[k] and not present(lab[k]):
            fail("%s: %s %r not in text" % (fn, k, lab[k]))
    for k in ("parent", "parent_credit_code"):
        if lab.get(k) and not present(lab[k]):
            fail("%s: %s %r not in text" % (fn, k, lab[k]))
    for v in (lab.get("other_ids") or {}).values():
        if not present(v):
            fail("%s: other id %r not in text" % (fn, v))
        if re.fullmatch(r"[0-9A-Z]{8}-[0-9X]", v) and not C.org_valid(v):
            fail("%s: bad 组织机构代码 label %s" % (fn, v))
        if re.fullmatch(r"\d{15}", v) and not C.gs15_valid(v):
            fail("%s: bad 注册号 label %s" % (fn, v))
    for k in ("credit_code", "parent_credit_code"):
        if lab.get(k) and not C.uscc_valid(lab[k]):
            fail("%s: labelled %s fails GB 32100: %s" % (fn, k, lab[k]))
    for cp in lab.get("co_parties", []):
        if not present(cp["name"]):
            fail("%s: co-party %r not in text" % (fn, cp["name"]))
        if cp.get("id_number") and not present(cp["id_number"]):
            fail("%s: co-party id not in text" % fn)
        if cp.get("fine_yuan") and not has_amount(t, cp["fine_yuan"]):
            fail("%s: co-party fine %s not in text" % (fn, cp["fine_yuan"]))
    for c in lab["cited_articles"]:
        law = c["law"][1:-1]
        cands = {law}
        if law.startswith("中华人民共和国"):
            cands.add(law[7:])
        if not any(present(x) for x in cands):
            fail("%s: law %s not in text" % (fn, c["law"]))
        a = c["article"]
        if a is not None and not any(x in t for x in ("第%s条" % cn_int(a), "第%d条" % a)):
            fail("%s: article %s of %s not in text" % (fn, a, c["law"]))
        p = c["paragraph"]
        if p is not None and not any(x in t for x in ("第%s款" % cn_int(p), "第%d款" % p, "第（%s）款" % cn_int(p), "第(%s)款" % cn_int(p))):
            fail("%s: paragraph %s of %s art %s not in text" % (fn, p, c["law"], a))
        i = c["item"]
        if i is not None and not any(x in t for x in ("（%s）项" % cn_int(i), "(%s)项" % cn_int(i), "第%s项" % cn_int(i),
                                                       "第%d项" % i, "（%d）项" % i, "(%d)项" % i)):
            fail("%s: item %s of %s art %s not in text" % (fn, i, c["law"], a))
    if "fine_parts" in lab:
        for v in lab["fine_parts"]:
            if not has_amount(t, v):
                fail("%s: fine part %s not in text" % (fn, v))
    elif lab["fine_yuan"] is not None and not has_amount(t, lab["fine_yuan"]):
        fail("%s: fine_yuan %s not in text" % (fn, lab["fine_yuan"]))
    if lab["confiscation_yuan"] is not None and not has_amount(t, lab["confiscation_yuan"]):
        fail("%s: confiscation_yuan %s not in text" % (fn, lab["confiscation_yuan"]))
    for k, v in lab["dates"].items():
        if v and not any(f in t for f in date_forms(v)):
            fail("%s: date %s=%s not in text" % (fn, k, v))
    r = lab["remedy_days"]
    if r:
        n = r.get("review")
        if n is not None and not any(x in t for x in ("%d日" % n, cn_int(n) + "日", "%d天" % n)):
            fail("%s: review %s days not in text" % (fn, n))
        lit = r.get("litigation")
        if lit in ("6m", "3m"):
            k = int(lit[0])
            if not any(x in t for x in ("%s个月" % CN_D[k], "%d个月" % k)):
                fail("%s: litigation %s not in text" % (fn, lit))
    disc = lab["discretion"]
    if disc == "不予处罚":
        if "不予行政处罚" not in t and "不予处罚" not in t:
            fail("%s: 不予处罚 not in text" % fn)
    elif disc and disc not in t:
        fail("%s: discretion %s not in text" % (fn, disc))


for lab in labels:
    fn = lab["file"]
    path = os.path.join(ROOT, fn)
    if not os.path.exists(path):
        continue
    raw = open(path, encoding="utf-8").read()
    head, sep, body = raw.partition("\n---\n")
    hl = head.split("\n")
    if not sep or len(hl) != 3 or not (hl[0].startswith("source: ") and hl[1].startswith("domain: ")
                                        and hl[2].startswith("doc_type: ")):
        fail("%s: header must be source:/domain:/doc_type: then ---" % fn)
        continue
    ocr = "OCR" in hl[2]
    check_codes(fn, body)
    check_values(fn, lab, body, ocr)

# ------------------------------------------------------------------ machine paths and size
BAD = ["/" + x for x in ("tmp", "work", "root", "home")]
total = 0
for dp, dn, fns in os.walk(ROOT):
    dn[:] = [d for d in dn if d != "__pycache__"]
    for name in fns:
        p = os.path.join(dp, name)
        total += os.path.getsize(p)
        try:
            s = open(p, encoding="utf-8").read()
        except UnicodeDecodeError:
            fail("%s: not UTF-8" % name)
            continue
        for b in BAD:
            if re.search(re.escape(b) + r"(?![A-Za-z])", s):
                fail("%s: contains machine path %s" % (name, b))
if total >= 1024 * 1024:
    fail("folder is %d bytes (>= 1 MB)" % total)

if FAIL:
    print("\n".join("FAIL " + x for x in FAIL))
    print("%d failure(s)" % len(FAIL))
    sys.exit(1)
print("ALL PASS (%d files, %d labels, %d bytes)" % (len(txts), len(labels), total))
