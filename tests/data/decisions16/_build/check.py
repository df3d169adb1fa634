#!/usr/bin/env python3
"""Verify the decisions16 corpus.  Run: python3 _build/check.py   (prints ALL PASS or the failures)

Checks
1. every .txt has the dev-set header (source/domain/doc_type/---) and one label line; labels.jsonl has one line per file
2. label shape: the dev-set keys in order, types, ISO dates, roles, discretion / completeness vocabularies
3. code check characters: 统一社会信用代码 (GB 32100, with the embedded GB 11714 organisation code), 组织机构代码 (GB 11714),
   15-digit 注册号 (ISO 7064 MOD 11,10), unmasked 身份证号 (GB 11643); masked IDs are counted and their visible prefix checked
4. every labelled value occurs in its file in some written form (after whitespace removal, NFKC and common OCR confusions)
5. procedure dates in order; no machine paths in any file of the folder; folder size < 1 MB
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles", "fine_yuan",
        "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness", "notes", "defects_observed"]
EXTRA_OK = {"related_doc_numbers", "procedure", "refund_yuan", "fine_formula", "registration_no", "org_code"}
ROLES = {"violated", "penalty", "other"}
DISCRETION = {None, "从轻", "减轻", "从重", "一般", "不予处罚"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
DATE_KEYS = {"filing", "notice", "decision", "service"}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


# ------------------------------------------------------------------ check characters
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_ok(code9: str) -> bool:
    body, chk = code9[:8], code9[8]
    if not re.fullmatch(r"[0-9A-Z]{8}", body):
        return False
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return chk == ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return code[17] == USCC_CHARS[(31 - s % 31) % 31] and org_ok(code[8:17])


def regno_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{15}", code):
        return False
    p = 10
    for ch in code[:14]:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return (p + int(code[14])) % 10 == 1


def id_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", code):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    try:
        dt.date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        return False
    return code[17] == "10X98765432"[sum(int(a) * b for a, b in zip(code[:17], w)) % 11]


PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
             61, 62, 63, 64, 65, 71, 81, 82}

# ------------------------------------------------------------------ normalisation and renderings
OCR = str.maketrans({"曰": "日", "O": "0", "o": "0", "○": "0", "〇": "0", "l": "1", "《": "", "》": ""})


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s.translate(OCR)


CN = "零一二三四五六七八九"


def cn(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    if r == 0:
        return CN[h] + "百"
    if r < 10:
        return CN[h] + "百零" + CN[r]
    return CN[h] + "百" + CN[r // 10] + "十" + (CN[r % 10] if r % 10 else "")


DX = "零壹贰叁肆伍陆柒捌玖"


def daxie_int(n: int) -> str:
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    res, pending_zero = "", False
    for gi in reversed(range(len(groups))):
        g = groups[gi]
        if g == 0:
            pending_zero = bool(res)
            continue
        if res and (g < 1000 or pending_zero):
            res += "零"
        s, zero = "", False
        for pos in (3, 2, 1, 0):
            d = g // 10 ** pos % 10
            if d == 0:
                zero = bool(s)
                continue
            if zero:
                s += "零"
                zero = False
            s += DX[d] + ["", "拾", "佰", "仟"][pos]
        res += s + ["", "万", "亿"][gi]
        pending_zero = False
    return res


def money_forms(v: float) -> list[str]:
    cents = round(v * 100)
    yuan, frac = divmod(cents, 100)
    forms = []
    arabic = [str(yuan), f"{yuan:,}"] if frac == 0 else []
    arabic += [f"{yuan}.{frac:02d}", f"{yuan:,}.{frac:02d}"]
    forms += [a + "元" for a in arabic]
    w = v / 10000
    forms += [f"{w:g}万元", f"{w:g}万", f"罚款金额(万元):{w:g}"]
    if yuan % 1000 == 0 and frac == 0:
        forms.append(f"{yuan // 1000}千元")
    dx = daxie_int(yuan) + "元"
    if frac:
        j, f = divmod(frac, 10)
        dx += (DX[j] + "角" if j else "") + (DX[f] + "分" if f else "")
    forms += [dx, dx.replace("壹拾", "拾", 1) if dx.startswith("壹拾") else dx]
    return [norm(x) for x in forms]


def date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    cy = "".join(CN[int(c)] for c in str(y)).replace("零", "〇")
    forms = [f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}",
             f"{y}/{m:02d}/{d:02d}", f"{cy}年{cn(m)}月{cn(d)}日"]
    return [norm(x) for x in forms]


def law_found(law: str, t: str) -> bool:
    title = norm(law)
    return title in t or title.replace("中华人民共和国", "") in t


def number_forms(kind: str, n: int) -> list[str]:
    unit = {"article": "条", "paragraph": "款", "item": "项"}[kind]
    f = [f"第{cn(n)}{unit}", f"第{n}{unit}"]
    if kind == "item":
        f += [f"第({cn(n)}){unit}", f"({cn(n)})", f"({n})", f"第({n}){unit}", f"{cn(n)}项"]
    return [norm(x) for x in f]


# ------------------------------------------------------------------ per-file checks
def check_codes(name: str, raw: str, counts: dict) -> None:
    text = unicodedata.normalize("NFKC", raw)
    for m in re.finditer(r"(?:信用代码|纳税人识别号|信用代码\)|注册号)[^0-9A-Z\n]{0,4}([0-9A-Z]{18})(?![0-9A-Z])", text):
        counts["uscc"] += 1
        if not uscc_ok(m.group(1)):
            err(f"{name}: credit code {m.group(1)} fails GB 32100/GB 11714")
    for m in re.finditer(r"注册号[:：]\s*(\d{15})(?!\d)", text):
        counts["regno"] += 1
        if not regno_ok(m.group(1)):
            err(f"{name}: 注册号 {m.group(1)} fails MOD 11,10")
    for m in re.finditer(r"组织机构代码[:：]\s*([0-9A-Z]{8})-([0-9X])", text):
        counts["org"] += 1
        if not org_ok(m.group(1) + m.group(2)):
            err(f"{name}: 组织机构代码 {m.group(0)} fails GB 11714")
    for m in re.finditer(r"(?:身份证号码?|公民身份号码)[:：\s码]*([0-9*]{17}[0-9X*])", text):
        code = m.group(1)
        if "*" in code:
            counts["id_masked"] += 1
            if int(code[:2]) not in PROVINCES:
                err(f"{name}: masked ID {code} has an invalid province prefix")
        else:
            counts["id_full"] += 1
            if not id_ok(code):
                err(f"{name}: ID {code} fails GB 11643")


def must_occur(name: str, what: str, forms: list[str], t: str) -> None:
    if not any(f and f in t for f in forms):
        err(f"{name}: labelled {what} not found in text (tried {forms[:4]}…)")


def check_label(lab: dict, raw: str) -> None:
    name = lab.get("file", "?")
    keys = list(lab.keys())
    if keys[:len(KEYS)] != KEYS:
        err(f"{name}: keys/order differ from the dev-set: {keys}")
    for k in keys[len(KEYS):]:
        if k not in EXTRA_OK:
            err(f"{name}: unexpected extra key {k}")
    t = norm(raw.split("\n---\n", 1)[1] if "\n---\n" in raw else raw)
    # doc_type: its base (before any bracket) must occur
    base = re.split(r"[（(]", lab["doc_type"])[0]
    must_occur(name, "doc_type", [norm(base)], t)
    for k in ("agency", "doc_number", "party", "credit_code", "registration_no", "org_code"):
        v = lab.get(k)
        if v is not None:
            must_occur(name, k, [norm(v)], t)
    if lab["credit_code"] is not None and not uscc_ok(lab["credit_code"]):
        err(f"{name}: labelled credit_code fails check")
    for c in lab["cited_articles"]:
        if set(c) - {"law", "article", "paragraph", "item", "role", "note"} or not {"law", "article", "paragraph", "item", "role"} <= set(c):
            err(f"{name}: citation keys {sorted(c)}")
        if c["role"] not in ROLES:
            err(f"{name}: role {c['role']}")
        if not (c["law"].startswith("《") and c["law"].endswith("》")):
            err(f"{name}: law title not in 书名号: {c['law']}")
        if not law_found(c["law"], t):
            err(f"{name}: law {c['law']} not found")
        for kind in ("article", "paragraph", "item"):
            n = c[kind]
            if n is not None:
                if not isinstance(n, int):
                    err(f"{name}: {kind} not int in {c}")
                else:
                    must_occur(name, f"{kind} {n} of {c['law']}", number_forms(kind, n), t)
    for k in ("fine_yuan", "confiscation_yuan", "refund_yuan"):
        v = lab.get(k)
        if v is not None:
            if not isinstance(v, (int, float)):
                err(f"{name}: {k} not a number")
            else:
                must_occur(name, k, money_forms(v), t)
    if "fine_formula" in lab:
        must_occur(name, "fine_formula.base_yuan", money_forms(lab["fine_formula"]["base_yuan"]), t)
    d = lab["dates"]
    if not isinstance(d, dict) or not DATE_KEYS <= set(d):
        err(f"{name}: dates keys {d}")
    for k, v in d.items():
        if v is None:
            continue
        try:
            dt.date.fromisoformat(v)
        except (TypeError, ValueError):
            err(f"{name}: date {k}={v} not ISO")
            continue
        must_occur(name, f"date {k}", date_forms(v), t)
    seq = [d.get(k) for k in ("filing", "notice", "decision", "service") if d.get(k)]
    if seq != sorted(seq):
        err(f"{name}: procedure dates out of order (filing <= notice <= decision <= service): {seq}")
    r = lab["remedy_days"]
    if r is not None:
        if set(r) != {"review", "litigation"}:
            err(f"{name}: remedy_days keys {r}")
        if r["review"] is not None:
            n = r["review"]
            must_occur(name, "review period", [norm(f"{cn(n)}日"), norm(f"{n}日")], t)
        lit = r["litigation"]
        if lit is not None:
            m = re.fullmatch(r"(\d+)([md])", lit)
            if not m:
                err(f"{name}: litigation {lit}")
            else:
                n, u = int(m.group(1)), {"m": "个月", "d": "日"}[m.group(2)]
                must_occur(name, "litigation period", [norm(f"{cn(n)}{u}"), norm(f"{n}{u}")], t)
    if lab["discretion"] not in DISCRETION:
        err(f"{name}: discretion {lab['discretion']}")
    elif lab["discretion"] == "不予处罚":
        must_occur(name, "discretion", [norm("不予行政处罚"), norm("不予处罚")], t)
    elif lab["discretion"]:
        must_occur(name, "discretion", [norm(lab["discretion"])], t)
    if lab["completeness"] not in COMPLETENESS:
        err(f"{name}: completeness {lab['completeness']}")
    if not isinstance(lab["notes"], str) or len(lab["notes"]) < 40:
        err(f"{name}: notes missing or too short")
    if not isinstance(lab["defects_observed"], list):
        err(f"{name}: defects_observed must be a list")
    for rel in lab.get("related_doc_numbers", []):
        must_occur(name, f"related {rel}", [norm(rel)], t)


def main() -> int:
    txts = sorted(p for p in ROOT.glob("*.txt"))
    labels = [json.loads(x) for x in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    by_file = {lab["file"]: lab for lab in labels}
    if len(by_file) != len(labels):
        err("duplicate file in labels.jsonl")
    if sorted(by_file) != [p.name for p in txts]:
        err(f"labels/files mismatch: {sorted(set(by_file) ^ {p.name for p in txts})}")
    if len(txts) != 24:
        err(f"expected 24 .txt files, found {len(txts)}")
    counts = {"uscc": 0, "regno": 0, "org": 0, "id_full": 0, "id_masked": 0}
    for p in txts:
        raw = p.read_text(encoding="utf-8")
        head = raw.split("\n")[:4]
        if not (head[0].startswith("source: ") and head[1].startswith("domain: ") and head[2].startswith("doc_type: ") and head[3] == "---"):
            err(f"{p.name}: header is not source/domain/doc_type/---")
        check_codes(p.name, raw, counts)
        if p.name in by_file:
            check_label(by_file[p.name], raw)
    # machine paths and size over every file in the folder (including _build)
    bad = re.compile("(?:/" + "tmp|/" + "work|/" + "root|/" + "home)(?:/|\\b)")
    total = 0
    for p in ROOT.rglob("*"):
        if p.is_file():
            total += p.stat().st_size
            if "__pycache__" in p.parts:
                continue
            if bad.search(p.read_text(encoding="utf-8", errors="replace")):
                err(f"{p.relative_to(ROOT)}: contains a machine path")
    if total >= 1_000_000:
        err(f"folder size {total} bytes >= 1 MB")
    print(f"files={len(txts)} labels={len(labels)} credit_codes={counts['uscc']} regno15={counts['regno']} "
          f"org_codes={counts['org']} full_ids={counts['id_full']} masked_ids={counts['id_masked']} bytes={total}")
    if errors:
        for e in errors:
            print("FAIL", e)
        return 1
    print("ALL PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
