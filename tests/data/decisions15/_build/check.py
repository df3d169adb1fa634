"""Verify the decisions15 corpus. Prints ALL PASS or the list of failures.

Checks: labels shape (same keys as the dev-set labels), check digits of every 统一社会信用代码 /
组织机构代码 / 注册号 / unmasked 身份证号 in the files, that every labelled value occurs in its
file in some written form, no machine paths in any file of the folder, folder size < 1 MB.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from codes import (  # noqa: E402
    amount_forms, cn_num, date_forms, valid_cc, valid_id, valid_org, valid_regno, wan_forms,
)

ROOT = os.path.dirname(HERE)
KEYS = [
    "file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
    "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
    "notes", "defects_observed",
]
OPTIONAL = {"procedure", "related_doc_numbers", "refund_yuan"}
ROLES = {"violated", "penalty", "other"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
DISCRETION = {None, "从轻", "减轻", "从重", "一般", "不予处罚"}
CN = "零一二三四五六七八九十百〇○"
# Built from parts so that this file itself holds no machine path.
PATH_RE = re.compile("/(" + "|".join(["t" + "mp", "wo" + "rk", "ro" + "ot", "ho" + "me"]) + r")\b")

failures = []


def fail(msg):
    failures.append(msg)


def normalise(text, ocr):
    t = re.sub(r"[ \t\u3000\u00a0\r\n]", "", text)
    if ocr:
        t = t.replace("曰", "日")
        t = re.sub(r"(?<=[0-9])[Ol]|[Ol](?=[0-9])", lambda m: "0" if m.group() == "O" else "1", t)
        t = re.sub(r"(?<=[" + CN + "])O|O(?=[" + CN + "])", "〇", t)
    return t


def any_in(forms, text):
    return any(f in text for f in forms)


def check_codes(name, raw):
    for m in re.finditer(r"(?<![0-9A-Z])([0-9A-Z]{18})(?![0-9A-Z])", raw):
        tok = m.group(1)
        before = raw[max(0, m.start() - 8):m.start()]
        if "单号" in before or "编号" in before:
            continue
        if tok.isdigit() and valid_id(tok):
            fail(f"{name}: unmasked ID number {tok}")
        elif not valid_cc(tok):
            fail(f"{name}: 18-character code {tok} fails GB 32100")
    for m in re.finditer(r"(?<!\d)(\d{17}[\dX])(?!\d)", raw):
        if valid_id(m.group(1)) and not valid_cc(m.group(1)):
            fail(f"{name}: unmasked ID number {m.group(1)}")
    for m in re.finditer(r"\b([0-9A-Z]{8}-[0-9X])\b", raw):
        if not valid_org(m.group(1)):
            fail(f"{name}: 组织机构代码 {m.group(1)} fails GB 11714")
    for m in re.finditer(r"注册号[：:]\s*(\d{15})", raw):
        if not valid_regno(m.group(1)):
            fail(f"{name}: 注册号 {m.group(1)} fails MOD 11,10")
    for m in re.finditer(r"(身份证|身份号码|身份证件)[^：:]*[：:]\s*([0-9*X]{15,18})", raw):
        if "*" not in m.group(2):
            fail(f"{name}: ID after label not masked: {m.group(2)}")


def amount_ok(v, text, notes, key):
    forms = amount_forms(v)
    if "万元）" in text or "(万元)" in text or "（万元）" in text:
        forms += ["|" + w + "|" for w in wan_forms(v)] + ["）：" + w for w in wan_forms(v)]
    if any_in(forms, text):
        return True
    m = re.search(key + r" = ([0-9.]+(?: \+ [0-9.]+)+)", notes)
    if m:
        parts = [float(p) for p in m.group(1).split(" + ")]
        return abs(sum(parts) - v) < 0.005 and all(any_in(amount_forms(p), text) for p in parts)
    return False


def check_citation(name, cit, text):
    law = cit["law"]
    if not (law.startswith("《") and law.endswith("》")):
        fail(f"{name}: law not in 书名号: {law}")
    bare = law[1:-1]
    if bare not in text and bare.replace("中华人民共和国", "") not in text:
        fail(f"{name}: law {law} not in text")
    for key, unit in (("article", "条"), ("paragraph", "款")):
        n = cit.get(key)
        if n is not None and not any_in([f"第{cn_num(n)}{unit}", f"第{n}{unit}"], text):
            fail(f"{name}: {law} {key} {n} not in text")
    n = cit.get("item")
    if n is not None:
        k = cn_num(n)
        forms = [f"（{k}）", f"({k})", f"第{k}项", f"第{n}项", f"（{n}）"]
        if not any_in(forms, text):
            fail(f"{name}: {law} item {n} not in text")
    if cit.get("role") not in ROLES:
        fail(f"{name}: bad role {cit.get('role')}")


def check_label(lab, raw):
    name = lab["file"]
    head, _, body = raw.partition("\n---\n")
    if not head.startswith("source: ") or "\ndomain: " not in head or "\ndoc_type: " not in head:
        fail(f"{name}: header lines missing")
    if f"doc_type: {lab['doc_type']}" not in head:
        fail(f"{name}: header doc_type differs from label")
    ocr = "OCR" in head.split("\n")[0]
    text = normalise(body, ocr)
    keys = list(lab.keys())
    if keys[:len(KEYS)] != KEYS or not set(keys[len(KEYS):]) <= OPTIONAL:
        fail(f"{name}: keys {keys}")
    core = re.split(r"[（(]", lab["doc_type"])[0]
    if core not in text:
        fail(f"{name}: doc_type core {core} not in text")
    for key in ("agency", "doc_number", "party", "credit_code", "discretion"):
        v = lab.get(key)
        if v is not None and normalise(v, False) not in text:
            fail(f"{name}: {key} {v!r} not in text")
    if lab["discretion"] not in DISCRETION:
        fail(f"{name}: discretion {lab['discretion']}")
    if lab["credit_code"] is not None and not valid_cc(lab["credit_code"]):
        fail(f"{name}: labelled credit code fails check digit")
    for cit in lab["cited_articles"]:
        check_citation(name, cit, text)
    for key in ("fine_yuan", "confiscation_yuan"):
        v = lab[key]
        if v is not None:
            if not isinstance(v, (int, float)) or v <= 0:
                fail(f"{name}: {key} not a positive number")
            elif not amount_ok(v, text, lab["notes"], key):
                fail(f"{name}: {key} {v} not found in any written form")
    d = lab["dates"]
    if not {"filing", "notice", "decision", "service"} <= set(d):
        fail(f"{name}: dates keys {list(d)}")
    for k, v in d.items():
        if v is None:
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            fail(f"{name}: date {k} not ISO")
        elif not any_in(date_forms(v), text):
            fail(f"{name}: date {k} {v} not in text")
    r = lab["remedy_days"]
    if r is not None:
        rv = r.get("review")
        if rv is not None and not any_in([f"{cn_num(rv)}日", f"{rv}日", f"{rv}天"], text):
            fail(f"{name}: review {rv} not in text")
        lv = r.get("litigation")
        if lv is not None:
            n = int(lv.rstrip("m"))
            if not any_in([f"{cn_num(n)}个月", f"{n}个月"], text):
                fail(f"{name}: litigation {lv} not in text")
    if lab["completeness"] not in COMPLETENESS:
        fail(f"{name}: completeness {lab['completeness']}")
    if not lab["notes"] or not isinstance(lab["defects_observed"], list):
        fail(f"{name}: notes/defects_observed")


def main():
    labels = [json.loads(x) for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    txts = sorted(f for f in os.listdir(ROOT) if f.endswith(".txt"))
    if len(txts) != 24:
        fail(f"expected 24 .txt files, found {len(txts)}")
    if sorted(lab["file"] for lab in labels) != txts:
        fail("labels.jsonl files differ from the .txt files")
    for lab in labels:
        path = os.path.join(ROOT, lab["file"])
        if not os.path.exists(path):
            continue
        raw = open(path, encoding="utf-8").read()
        check_codes(lab["file"], raw)
        check_label(lab, raw)
    total = 0
    for dirpath, _, files in os.walk(ROOT):
        for f in files:
            p = os.path.join(dirpath, f)
            total += os.path.getsize(p)
            if "__pycache__" in dirpath:
                continue
            content = open(p, encoding="utf-8", errors="replace").read()
            if PATH_RE.search(content):
                fail(f"{os.path.relpath(p, ROOT)}: machine path found")
    if total >= 1024 * 1024:
        fail(f"folder size {total} >= 1 MB")
    if failures:
        print("\n".join(failures))
        print(f"FAIL ({len(failures)})")
        sys.exit(1)
    print(f"checked {len(labels)} labels, {len(txts)} files, {total} bytes")
    print("ALL PASS")


if __name__ == "__main__":
    main()
