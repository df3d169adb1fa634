#!/usr/bin/env python3
"""Check decisions23: headers, label shape, check digits, labelled values present,
masked IDs only, no machine paths, folder size, and that build.py reproduces the files.

    python3 _build/check.py        -> prints every failure, then ALL PASS or FAILED (n)

The check-digit algorithms are written again here (not imported from codes.py) so that
a slip in the generator is caught.
"""
import datetime
import json
import os
import re
import sys
sys.dont_write_bytecode = True
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FAIL = []


def fail(where, msg):
    FAIL.append(f"{where}: {msg}")


KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code",
        "cited_articles", "fine_yuan", "confiscation_yuan", "dates", "remedy_days",
        "discretion", "completeness", "notes", "defects_observed"]
ART_KEYS = ["law", "article", "paragraph", "item", "role"]
ROLES = {"violated", "penalty", "other"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
DISCRETION = {None, "从轻", "减轻", "从重", "不予处罚"}

# ------------------------------------------------------------------ check digits
U_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_ok(code9):
    if not re.fullmatch(r"[0-9A-Z]{8}[0-9X]", code9):
        return False
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * k for c, k in zip(code9[:8], w))
    c = 11 - s % 11
    return code9[8] == ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", code):
        return False
    s = sum(U_CH.index(c) * w for c, w in zip(code[:17], U_W))
    c = (31 - s % 31) % 31
    if code[17] != U_CH[c]:
        return False
    return org_ok(code[8:17])          # body of these codes is a valid 组织机构代码


def regno_ok(r):
    if not re.fullmatch(r"\d{15}", r):
        return False
    p = 10
    for ch in r[:14]:
        p = ((p % 11 + int(ch)) % 10 or 10) * 2
    return (p % 11 + int(r[14])) % 10 == 1


def id_check_char(s17):
    return "10X98765432"[sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(s17)) % 11]


def valid_birth(s8):
    try:
        d = datetime.date(int(s8[:4]), int(s8[4:6]), int(s8[6:8]))
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= d <= datetime.date(2026, 12, 31)


def full_id_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and valid_birth(s[6:14]) and id_check_char(s[:17]) == s[17]


def masked_id_consistent(m):
    """Is there a completion of the '*' positions giving a valid GB 11643 number?"""
    if len(m) != 18:
        return False
    stars = [i for i, c in enumerate(m) if c == "*"]
    birth_masked = [i for i in stars if 6 <= i < 14]
    other = [i for i in stars if not 6 <= i < 14]
    if len(other) > 5:
        return False
    births = []
    if birth_masked:
        d = datetime.date(1930, 1, 1)
        while d <= datetime.date(2008, 12, 31):
            b = d.strftime("%Y%m%d")
            if all(m[6 + k] in ("*", b[k]) for k in range(8)):
                births.append(b)
            d += datetime.timedelta(days=1)
    else:
        births = [m[6:14]] if valid_birth(m[6:14]) else []
    for b in births:
        base = list(m[:6] + b + m[14:])
        for n in range(10 ** len(other)):
            digs = str(n).zfill(len(other)) if other else ""
            cand = base[:]
            for pos, dg in zip(other, digs):
                cand[pos] = dg if pos < 17 else ("X" if dg == "0" and False else dg)
            s = "".join(cand)
            if re.fullmatch(r"\d{17}[\dX]", s) and id_check_char(s[:17]) == s[17]:
                return True
    return False


# ------------------------------------------------------------------ written forms
CN = "零一二三四五六七八九"


def cn_int(n):
    if n == 0:
        return "零"
    out, zero, ds = "", False, str(n)
    for i, ch in enumerate(ds):
        d, pos = int(ch), len(ds) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += CN[d] + ["", "十", "百", "千"][pos]
    return out[1:] if out.startswith("一十") else out


CAP = "零壹贰叁肆伍陆柒捌玖"


def cap4(g):
    s, zero, ds = "", False, str(g)
    for i, ch in enumerate(ds):
        d, pos = int(ch), len(ds) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and s:
            s += "零"
        zero = False
        s += CAP[d] + ["", "拾", "佰", "仟"][pos]
    return s


def cap_int(n):
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, need = "", False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need = bool(out)
            continue
        if out and (g < 1000 or need):
            out += "零"
        need = False
        out += cap4(g) + ["", "万", "亿"][idx]
    return out or "零"


def amount_forms(x):
    x = Decimal(str(x))
    forms = set()
    yuan = int(x)
    cents = int((x - yuan) * 100)
    c = cap_int(yuan) + "元"
    variants = {c, c.replace("壹拾", "拾", 1) if c.startswith("壹拾") else c}
    for v in variants:
        if cents == 0:
            forms |= {v + "整", v}
        else:
            j, f = divmod(cents, 10)
            tail = (CAP[j] + "角" if j else "零") + (CAP[f] + "分" if f else "")
            forms.add(v + tail)
    if cents == 0:
        forms |= {f"{yuan}元", f"{yuan:,}元", f"{yuan}.00元", f"{yuan:,}.00元", f"{yuan}.00", f"{yuan:,}.00"}
        forms.add(str(yuan))
    else:
        forms |= {f"{x:.2f}元", f"{x:.2f}", f"{x:,.2f}"}
    if yuan % 100 == 0 and cents == 0:
        w = (x / 10000).normalize()
        forms |= {f"{w:f}万元", f"{w:f}万"}
    return forms


def date_forms(iso):
    y, m, d = (int(p) for p in iso.split("-"))
    f = {f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}",
         f"{y}/{m:02d}/{d:02d}", f"{y}/{m}/{d}"}
    for z in "〇○O零":
        f.add("".join(CN[int(c)] for c in str(y)).replace("零", z) + f"年{cn_int(m)}月{cn_int(d)}日")
    return f


def law_forms(law):
    t = law.strip("《》")
    f = {t}
    if t.startswith("中华人民共和国"):
        f.add(t[len("中华人民共和国"):])
    return f


PUNCT = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "　": "", " ": "",
                       "\t": "", "\u00a0": ""})


def normalize(text, forms):
    lines = text.split("\n")
    strip = [re.compile(p) for p in forms.get("strip", [])]
    lines = [ln for ln in lines if not any(p.match(ln) for p in strip)]
    out = []
    for sep in ("", "\n"):     # joined (PDF wraps undone) and line-preserving (cell boundaries kept)
        s = sep.join(ln.translate(PUNCT) for ln in lines)
        if forms.get("ocr"):
            s = s.replace("笫", "第").replace("曰", "日")
            s = re.sub(r"(?<=\d)[Ol]|[Ol](?=\d)", lambda mo: "0" if mo.group() == "O" else "1", s)
            s = re.sub(r"(?<=[一二三四五六七八九〇])O|O(?=[一二三四五六七八九〇])", "〇", s)
        out.append(s)
    return tuple(out)


def has(s, needle):
    joined, by_line = s
    needle = needle.translate(PUNCT)
    if not needle:
        return False
    if re.fullmatch(r"[\d.,]+", needle):        # bare number: not part of a longer number
        return re.search(r"(?<![\d.,])" + re.escape(needle) + r"(?![\d]|\.\d)", by_line) is not None
    return needle in joined


# ------------------------------------------------------------------ checks
def check_header(fn, text):
    lines = text.split("\n")
    if len(lines) < 5 or not lines[0].startswith("source: ") or not lines[1].startswith("domain: ") \
            or not lines[2].startswith("doc_type: ") or lines[3] != "---":
        fail(fn, "header must be source:/domain:/doc_type:/---")
        return None
    if lines[0].startswith("source: http"):
        fail(fn, "source must describe the imitated form, not a URL")
    dom = fn.split("_", 1)[1].rsplit(".", 1)[0]
    if lines[1] != f"domain: {dom}":
        fail(fn, f"domain line should be '{dom}'")
    return lines[2][len("doc_type: "):], "\n".join(lines[4:])


def check_label_shape(lab):
    fn = lab.get("file", "?")
    keys = list(lab.keys())
    if keys[:len(KEYS)] != KEYS:
        fail(fn, f"label keys/order wrong: {keys[:len(KEYS)]}")
    for a in lab.get("cited_articles", []):
        if list(a.keys())[:5] != ART_KEYS:
            fail(fn, f"cited_articles key order: {list(a.keys())}")
        if not (a["law"].startswith("《") and a["law"].endswith("》")):
            fail(fn, f"law not in 书名号: {a['law']}")
        if a["role"] not in ROLES:
            fail(fn, f"bad role {a['role']}")
        for k in ("article", "paragraph", "item"):
            if a[k] is not None and not (isinstance(a[k], int) and a[k] > 0):
                fail(fn, f"{k} must be a positive int or null")
    d = lab["dates"]
    if list(d.keys())[:4] != ["filing", "notice", "decision", "service"]:
        fail(fn, "dates must start with filing, notice, decision, service")
    for k, v in d.items():
        if v is not None:
            try:
                datetime.date.fromisoformat(v)
            except (TypeError, ValueError):
                fail(fn, f"date {k} not ISO: {v}")
    r = lab["remedy_days"]
    if r is not None:
        if list(r.keys()) != ["review", "litigation"] or r["litigation"] not in ("6m", "3m", None) \
                or r["review"] not in (60, None):
            fail(fn, f"remedy_days shape: {r}")
    if lab["discretion"] not in DISCRETION:
        fail(fn, f"discretion value {lab['discretion']}")
    if lab["completeness"] not in COMPLETENESS:
        fail(fn, f"completeness value {lab['completeness']}")
    for k in ("fine_yuan", "confiscation_yuan"):
        if lab[k] is not None and not isinstance(lab[k], (int, float)):
            fail(fn, f"{k} must be a number or null")
    if not isinstance(lab["defects_observed"], list):
        fail(fn, "defects_observed must be a list")


def check_codes(fn, body, lab):
    if lab["credit_code"] is not None and not uscc_ok(lab["credit_code"]):
        fail(fn, f"labelled credit_code fails GB 32100: {lab['credit_code']}")
    for k, v in (lab.get("other_codes") or {}).items():
        ok = regno_ok(v) if k == "注册号" else org_ok(v.replace("-", ""))
        if not ok:
            fail(fn, f"other_codes {k} fails its check digit: {v}")
    flat = body.replace("\n", "")
    for mo in re.finditer(r"(?:信用代码[^:：]{0,3}[:：]|纳税人识别号[:：]|\[索引号\]\s*)\s*([0-9A-Z]{18})", flat):
        if not uscc_ok(mo.group(1)):
            fail(fn, f"USCC in text fails GB 32100: {mo.group(1)}")
    for mo in re.finditer(r"注册号[:：]\s*(\d{15})", flat):
        if not regno_ok(mo.group(1)):
            fail(fn, f"注册号 fails MOD 11,10: {mo.group(1)}")
    for mo in re.finditer(r"组织机构代码[:：]\s*([0-9A-Z]{8})-?([0-9X])", flat):
        if not org_ok(mo.group(1) + mo.group(2)):
            fail(fn, f"组织机构代码 fails GB 11714: {mo.group(0)}")
    for mo in re.finditer(r"(?<![0-9A-Z*])(\d[\d*]{16}[\dX*])(?![0-9A-Z*])", flat):
        tok = mo.group(1)
        if "*" in tok and tok.count("*") >= 6 and re.fullmatch(r"\d{4,6}\*+[\dX]{0,4}", tok):
            if not masked_id_consistent(tok):
                fail(fn, f"masked ID has no valid GB 11643 completion: {tok}")


def check_values(fn, body, lab, forms):
    s = normalize(body, forms)
    sd = normalize(body, {"strip": forms.get("strip", [])}) if forms.get("ocr") else s

    def present(label_value, aliases=()):
        return has(s, label_value) or any(has(sd, a) or has(s, a) for a in aliases)

    for key in ("agency", "doc_number", "party", "credit_code"):
        v = lab[key]
        if v is not None and not present(v, forms.get(key, [])):
            fail(fn, f"{key} '{v}' not found in text")
    for a in lab["cited_articles"]:
        if not any(has(s, f) for f in law_forms(a["law"])):
            fail(fn, f"law {a['law']} not found")
        if a["article"] and not (has(s, f"第{cn_int(a['article'])}条") or has(s, f"第{a['article']}条")):
            fail(fn, f"article {a['article']} of {a['law']} not found")
        if a["paragraph"] and not (has(s, f"第{cn_int(a['paragraph'])}款") or has(s, f"第{a['paragraph']}款")):
            fail(fn, f"paragraph {a['paragraph']} not found")
        if a["item"]:
            c = cn_int(a["item"])
            if not (has(s, f"({c})") or has(s, f"第{c}项")):
                fail(fn, f"item {a['item']} not found")
    for key, parts_key in (("fine_yuan", "fine_parts"), ("confiscation_yuan", None)):
        v = lab[key]
        if v is None:
            continue
        aliases = forms.get("fine", []) if key == "fine_yuan" else forms.get("confiscation", [])
        if any(has(s, f) for f in amount_forms(v)) or any(has(s, a) for a in aliases):
            continue
        parts = forms.get(parts_key) if parts_key else None
        if parts:
            if abs(sum(Decimal(str(p)) for p in parts) - Decimal(str(v))) > Decimal("0.001"):
                fail(fn, f"{key} {v} != sum of parts {parts}")
            for p in parts:
                if not (any(has(s, f) for f in amount_forms(p))
                        or any(has(s, a) for a in forms.get("fine_part_forms", []))):
                    fail(fn, f"{key} part {p} not found")
            continue
        fail(fn, f"{key} {v} not found in any written form")
    for k, v in lab["dates"].items():
        if v and not any(has(s, f) for f in date_forms(v)):
            fail(fn, f"date {k} {v} not found")
    r = lab["remedy_days"]
    if r:
        if r["review"] == 60 and not any(has(s, f) for f in ("六十日", "60日", "六十天", "60天")):
            fail(fn, "review 60 days not written")
        lit = {"6m": ("六个月", "6个月"), "3m": ("三个月", "3个月")}.get(r["litigation"], ())
        if lit and not any(has(s, f) for f in lit):
            fail(fn, f"litigation {r['litigation']} not written")
        if r["litigation"] == "3m" and lab["dates"]["decision"] >= "2015-05-01":
            fail(fn, "三个月 litigation after 2015-05-01")
    disc = lab["discretion"]
    if disc and not has(s, {"不予处罚": "不予行政处罚"}.get(disc, disc)):
        fail(fn, f"discretion {disc} not written")


def check_machine_paths_and_ids(path, text):
    rel = os.path.relpath(path, ROOT)
    pats = ["/" + "work/", "/" + "tmp/", "/" + "home/", "/" + "Users/", "/" + "root/", r"[A-Za-z]:" + r"\\"]
    for p in pats:
        if re.search(p, text):
            fail(rel, f"machine path pattern {p!r} found")
    for mo in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])", text):
        tok = mo.group(1)
        if full_id_ok(tok) or valid_birth(tok[6:14]):   # valid check digit, or merely a real birth date
            fail(rel, f"unmasked natural-person ID {tok[:6]}…")


def main():
    labels_path = os.path.join(ROOT, "labels.jsonl")
    labels = [json.loads(ln) for ln in open(labels_path, encoding="utf-8") if ln.strip()]
    forms_all = json.load(open(os.path.join(HERE, "forms.json"), encoding="utf-8"))
    txts = sorted(f for f in os.listdir(ROOT) if f.endswith(".txt"))
    if len(txts) != 24:
        fail("folder", f"expected 24 .txt files, found {len(txts)}")
    for f in txts:
        if not re.fullmatch(r"\d\d_[^_/]+\.txt", f):
            fail(f, "file name must be NN_部门.txt")
    if [lab["file"] for lab in labels] != txts:
        fail("labels.jsonl", "one label per file, in file order")
    sectors, years = set(), set()
    for lab in labels:
        fn = lab["file"]
        check_label_shape(lab)
        path = os.path.join(ROOT, fn)
        if not os.path.exists(path):
            fail(fn, "file missing")
            continue
        text = open(path, encoding="utf-8").read()
        hdr = check_header(fn, text)
        if not hdr:
            continue
        doc_type, body = hdr
        if doc_type != lab["doc_type"]:
            fail(fn, "header doc_type differs from label")
        check_codes(fn, body, lab)
        check_values(fn, body, lab, forms_all.get(fn, {}))
        sectors.add(fn.split("_", 1)[1])
        if lab["dates"]["decision"]:
            years.add(lab["dates"]["decision"][:4])
    if len(sectors) < 14:
        fail("corpus", f"only {len(sectors)} sectors")
    # every file in the folder: paths, IDs, size
    total = 0
    for dp, _, fs in os.walk(ROOT):
        for f in fs:
            p = os.path.join(dp, f)
            total += os.path.getsize(p)
            if f.endswith((".txt", ".jsonl", ".json", ".md", ".py")):
                check_machine_paths_and_ids(p, open(p, encoding="utf-8").read())
    if total >= 1_000_000:
        fail("folder", f"size {total} bytes >= 1 MB")
    # determinism: build.generate() reproduces the files byte for byte
    sys.path.insert(0, HERE)
    import build  # noqa: E402
    for d in build.generate():
        p = os.path.join(ROOT, d["file"])
        if not os.path.exists(p) or open(p, encoding="utf-8").read() != d["text"]:
            fail(d["file"], "differs from what build.py generates (rebuild)")
    gen_labels = [d["label"] for d in build.DOCS]
    if gen_labels != labels:
        fail("labels.jsonl", "differs from what build.py generates (rebuild)")
    print(f"files: {len(txts)}  sectors: {len(sectors)}  decision years: {', '.join(sorted(years))}  "
          f"folder bytes: {total}")
    for f in FAIL:
        print("FAIL", f)
    print("ALL PASS" if not FAIL else f"FAILED ({len(FAIL)})")
    return 0 if not FAIL else 1


if __name__ == "__main__":
    sys.exit(main())
