#!/usr/bin/env python3
"""Checks labels.jsonl against the .txt files of this corpus. Prints ALL PASS when everything holds."""
import json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles", "fine_yuan",
        "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness", "notes", "defects_observed"]
CIT_KEYS = {"law", "article", "paragraph", "item", "role"}
ROLES = {"violated", "penalty", "other", "discretion"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
DISCRETION = {None, "从轻", "减轻", "从重", "一般", "不予处罚"}
DIG = "零一二三四五六七八九"
CAP = "零壹贰叁肆伍陆柒捌玖"
errors = []


def cn(n, digits=DIG, units=("", "十", "百", "千")):
    if n == 0:
        return digits[0]
    s, zero = "", False
    for pos in range(3, -1, -1):
        d = (n // 10 ** pos) % 10
        if d:
            if zero:
                s += digits[0]
            s += digits[d] + units[pos]
            zero = False
        elif s:
            zero = True
    if digits == DIG and s.startswith("一十"):
        s = s[1:]
    return s


def cap_amount(n):
    units = ("", "拾", "佰", "仟")
    out = []
    wan, rest = divmod(int(n), 10000)
    if wan:
        out.append(cn(wan, CAP, units) + "万")
    if rest:
        part = cn(rest, CAP, units)
        if wan and rest < 1000:
            part = "零" + part
        out.append(part)
    return "".join(out)


def variants_number(v):
    s = set()
    iv = int(round(v))
    if abs(v - iv) < 1e-9:
        s |= {str(iv), f"{iv:,}", f"{iv}.00", cap_amount(iv)}
        if iv % 10000 == 0:
            s |= {f"{iv // 10000}万", cn(iv // 10000) + "万"}
    else:
        s |= {f"{v:.2f}", str(v)}
    return s


def trad(t):
    return t.translate(str.maketrans("萬貳參陸條項", "万贰叁陆条项"))


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    ycn = "".join(DIG[int(c)] for c in str(y))
    forms = {f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}/{m}/{d}",
             f"{ycn}年{cn(m)}月{cn(d)}日"}
    forms |= {f.replace("〇", "0") for f in forms} | {f.replace("〇", "○") for f in forms}
    forms |= {f.replace("零", z) for f in forms for z in ("〇", "0", "○")}
    return forms


def has_date(text, iso):
    flat = re.sub(r"\s+", "", text)
    if any(f in flat for f in date_forms(iso)):
        return True
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年" in flat and f"{m}月{d}日" in flat


def has_article(text, law, art, par, item, note):
    flat = re.sub(r"\s+", "", trad(text))
    if law and trad(law) not in flat:
        return f"law {law} not found"
    if art is None:
        return None
    if f"第{cn(art)}条" not in flat and f"第{art}条" not in flat and f"{cn(art)}条" not in flat:
        return f"article {art} of {law} not found"
    if note and "written" in note:
        return None
    if par is not None and f"第{cn(par)}款" not in flat and f"第{par}款" not in flat:
        return f"paragraph {par} of art {art} not found"
    if item is not None and not any(f in flat for f in (f"第{cn(item)}项", f"第({cn(item)})项", f"第（{cn(item)}）项", f"第{item}项", f"({cn(item)})")):
        return f"item {item} of art {art} not found"
    return None


def main():
    path = os.path.join(HERE, "labels.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    if not 20 <= len(txts) <= 30:
        errors.append(f"expected 20-30 .txt files, found {len(txts)}")
    if sorted(r["file"] for r in rows) != txts:
        errors.append("labels.jsonl files do not match the .txt files one-to-one")
    for r in rows:
        f = r.get("file")
        missing = [k for k in KEYS if k not in r]
        if missing:
            errors.append(f"{f}: missing keys {missing}")
            continue
        raw = open(os.path.join(HERE, f), encoding="utf-8").read()
        head, sep, body = raw.partition("\n---\n")
        hl = head.split("\n")
        if not sep or len(hl) != 3 or not hl[0].startswith("source: ") or "real published decision" not in hl[0] \
                or not hl[1].startswith("domain: ") or not hl[2].startswith("doc_type: "):
            errors.append(f"{f}: bad header")
        text = body
        for k in ("agency", "doc_number", "party", "credit_code"):
            v = r[k]
            if v is not None and trad(v) not in trad(text):
                errors.append(f"{f}: {k} {v!r} not in text")
        if r["credit_code"] is not None and not re.fullmatch(r"[0-9A-Z]{18}", r["credit_code"]):
            errors.append(f"{f}: credit_code not 18 chars")
        for c in r["cited_articles"]:
            if not CIT_KEYS <= set(c) or c["role"] not in ROLES or not (c["law"].startswith("《") and c["law"].endswith("》")):
                errors.append(f"{f}: bad citation shape {c}")
                continue
            e = has_article(text, c["law"], c["article"], c["paragraph"], c["item"], c.get("note"))
            if e:
                errors.append(f"{f}: {e}")
        for k in ("fine_yuan", "confiscation_yuan"):
            v = r[k]
            if v is None:
                continue
            if not isinstance(v, (int, float)):
                errors.append(f"{f}: {k} not a number")
            elif not any(s in trad(text) for s in variants_number(v)):
                errors.append(f"{f}: {k} {v} not written in text")
        if not isinstance(r["dates"], dict) or not {"filing", "notice", "decision", "service"} <= set(r["dates"]):
            errors.append(f"{f}: dates shape")
        else:
            for k, v in r["dates"].items():
                if v is None:
                    continue
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    errors.append(f"{f}: date {k} not ISO")
                elif not has_date(text, v):
                    errors.append(f"{f}: date {k} {v} not in text")
        rd = r["remedy_days"]
        if rd is not None:
            flat = re.sub(r"\s+", "", text)
            if rd.get("review") is not None and not any(s in flat for s in (f"{rd['review']}日", f"{cn(rd['review'])}日")):
                errors.append(f"{f}: review period not in text")
            lit = rd.get("litigation")
            if lit is not None and lit.endswith("m"):
                n = int(lit[:-1])
                if not any(s in flat for s in (f"{n}个月", f"{cn(n)}个月")):
                    errors.append(f"{f}: litigation period not in text")
        if r["discretion"] not in DISCRETION:
            errors.append(f"{f}: bad discretion")
        if r["completeness"] not in COMPLETENESS:
            errors.append(f"{f}: bad completeness")
        if not isinstance(r["notes"], str) or not r["notes"]:
            errors.append(f"{f}: empty notes")
        if not isinstance(r["defects_observed"], list):
            errors.append(f"{f}: defects_observed not a list")
    bad_paths = ["/" + p + "/" for p in ("tmp", "work", "root", "home")]
    total = 0
    for root, _, files in os.walk(HERE):
        for fn in files:
            p = os.path.join(root, fn)
            total += os.path.getsize(p)
            if "__pycache__" in p:
                continue
            content = open(p, encoding="utf-8", errors="replace").read()
            for b in bad_paths:
                if b in content:
                    errors.append(f"{fn}: contains machine path {b}")
    if total >= 1024 * 1024:
        errors.append(f"folder size {total} >= 1 MB")
    if errors:
        print("\n".join(errors))
        print(f"FAIL ({len(errors)})")
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
