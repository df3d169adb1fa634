"""Check decisions19: headers, label shape, check digits, label values present in the text,
masked person IDs, no machine paths, folder size. Prints ALL PASS or the failures.

    python3 _build/check.py
"""
import json
import os
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from codes import (amount_forms, cn_int, date_forms, id_valid, org_valid,  # noqa: E402
                   regno_valid, uscc_valid)

KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
        "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
        "notes", "defects_observed"]
DATE_KEYS = ["filing", "notice", "decision", "service"]
CITE_KEYS = ["law", "article", "paragraph", "item", "role"]
ROLES = {"violated", "penalty", "other"}
DISCRETION = {None, "从轻", "减轻", "从重", "不予处罚"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template", "record"}
FILE_RE = re.compile(r"^\d\d_[\u4e00-\u9fff]+\.txt$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
USCC_TOKEN = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
ORG_TOKEN = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{8}-[0-9X](?![0-9A-Z])")
REG_TOKEN = re.compile(r"注册号：(\d{15})")
ID_TOKEN = re.compile(r"(?<![0-9A-Z])(\d{6})((?:19|20)\d{2})(\d{2})(\d{2})(\d{3})([0-9X])(?![0-9A-Z])")
PATH_RE = re.compile(r"(/work/|/tmp/|/home/|/root/|/Users/|[A-Za-z]:\\\\|~/)")

failures = []


def fail(where, msg):
    failures.append(f"{where}: {msg}")


def norm(text, ocr):
    t = re.sub(r"\s+", "", text)
    if ocr:
        for a, b in (("O", "0"), ("o", "0"), ("l", "1"), ("I", "1"), ("曰", "日"), ("顼", "项")):
            t = t.replace(a, b)
    return t


def present(forms, text):
    return any(re.sub(r"\s+", "", f) in text for f in forms)


def cite_ok(c, text):
    law = c["law"].strip("《》")
    laws = {law}
    if law.startswith("中华人民共和国"):
        laws.add(law[len("中华人民共和国"):])
    if not any(x in text for x in laws):
        return f"law {c['law']} not found"
    if c["article"] is not None:
        a = c["article"]
        if not present({f"第{cn_int(a)}条", f"第{a}条"}, text):
            return f"article {a} not found"
    if c["paragraph"] is not None:
        p = c["paragraph"]
        if not present({f"第{cn_int(p)}款", f"第{p}款"}, text):
            return f"paragraph {p} not found"
    if c["item"] is not None:
        i = c["item"]
        if not present({f"（{cn_int(i)}）", f"({cn_int(i)})", f"第{cn_int(i)}项", f"第{i}项"}, text):
            return f"item {i} not found"
    return None


def check_file(path, lab):
    name = os.path.basename(path)
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    if not (lines[0].startswith("source: ") and lines[1].startswith("domain: ")
            and lines[2].startswith("doc_type: ") and lines[3] == "---"):
        fail(name, "bad header")
        return
    if lines[2][len("doc_type: "):] != lab["doc_type"]:
        fail(name, "header doc_type differs from label")
    if "/" in lines[0] and re.search(r"https?://", lines[0]):
        fail(name, "source must describe a form, not a URL")
    body = "\n".join(lines[4:])
    ocr = "OCR" in lines[0]
    if bool(lab.get("ocr")) != ocr:
        fail(name, "label ocr flag and header disagree")
    t = norm(body, ocr)
    for key in ("agency", "party", "doc_number", "credit_code"):
        v = lab[key]
        if v is not None and norm(v, False) not in t:
            fail(name, f"{key} {v!r} not in text")
    if lab["credit_code"] is not None and not uscc_valid(lab["credit_code"]):
        fail(name, "credit_code fails GB 32100")
    for key in ("agency_credit_code",):
        if key in lab and (not uscc_valid(lab[key]) or lab[key] not in t):
            fail(name, f"{key} invalid or absent")
    if "org_code" in lab and (not org_valid(lab["org_code"]) or lab["org_code"] not in t):
        fail(name, "org_code invalid or absent")
    if "registration_no" in lab and (not regno_valid(lab["registration_no"]) or lab["registration_no"] not in t):
        fail(name, "registration_no invalid or absent")
    for key in ("related_doc_numbers", "other_parties"):
        for v in lab.get(key, []):
            if norm(v, False) not in t:
                fail(name, f"{key} {v!r} not in text")
    if "id_number_masked" in lab and lab["id_number_masked"] not in t:
        fail(name, "masked id not in text")
    # amounts
    parts = lab.get("fine_parts")
    if lab["fine_yuan"] is not None:
        if parts:
            if abs(sum(parts) - lab["fine_yuan"]) > 1e-6:
                fail(name, "fine_parts do not sum to fine_yuan")
            for p in parts:
                if not present(amount_forms(p), t):
                    fail(name, f"fine part {p} not in text")
        elif not present(amount_forms(lab["fine_yuan"]), t):
            fail(name, f"fine {lab['fine_yuan']} not in text")
    for key in ("confiscation_yuan", "refund_yuan"):
        v = lab.get(key)
        if v is not None and not present(amount_forms(v), t):
            fail(name, f"{key} {v} not in text")
    # dates
    for k, v in lab["dates"].items():
        if v is None:
            continue
        if not ISO_RE.match(v):
            fail(name, f"date {k} not ISO")
        elif not present(date_forms(v), t):
            fail(name, f"date {k}={v} not in text")
    # citations
    for c in lab["cited_articles"]:
        msg = cite_ok(c, t)
        if msg:
            fail(name, msg)
    # remedy
    r = lab["remedy_days"]
    if r is not None:
        rv = r["review"]
        if rv is not None and not present({f"{cn_int(rv)}日", f"{rv}日", f"{cn_int(rv)}天"}, t):
            fail(name, "review days not in text")
        lv = r["litigation"]
        if lv is not None:
            n = int(lv[:-1])
            if not present({f"{cn_int(n)}个月", f"{n}个月"}, t):
                fail(name, "litigation period not in text")
    # codes printed in the text must be valid
    for tok in USCC_TOKEN.findall(t):
        if tok.isdigit() and ID_TOKEN.fullmatch(tok):
            continue
        if not uscc_valid(tok):
            fail(name, f"USCC-like token {tok} fails GB 32100")
    for tok in ORG_TOKEN.findall(t):
        if not org_valid(tok):
            fail(name, f"organisation code {tok} fails GB 11714")
    for tok in REG_TOKEN.findall(t):
        if not regno_valid(tok):
            fail(name, f"registration number {tok} fails check")
    # no unmasked natural-person ID
    for m in ID_TOKEN.finditer(re.sub(r"\s+", "", raw)):
        tok = m.group(0)
        mm, dd = int(m.group(3)), int(m.group(4))
        if 1 <= mm <= 12 and 1 <= dd <= 31 and not uscc_valid(tok):
            fail(name, f"unmasked ID-like number {tok}")
        elif id_valid(tok):
            fail(name, f"unmasked valid ID {tok}")


def check_label_shape(lab, i):
    where = f"labels.jsonl line {i}"
    keys = list(lab.keys())
    if keys[:len(KEYS)] != KEYS:
        fail(where, f"key order {keys[:len(KEYS)]}")
    if not FILE_RE.match(lab["file"]):
        fail(where, "file name not NN_部门.txt")
    if list(lab["dates"].keys())[:4] != DATE_KEYS:
        fail(where, "dates keys")
    for c in lab["cited_articles"]:
        if list(c.keys())[:5] != CITE_KEYS or not set(c) <= set(CITE_KEYS) | {"note"}:
            fail(where, f"citation keys {list(c.keys())}")
        if c["role"] not in ROLES:
            fail(where, f"role {c['role']}")
        if not (c["law"].startswith("《") and c["law"].endswith("》")):
            fail(where, f"law not in 书名号: {c['law']}")
        for k in ("article", "paragraph", "item"):
            if c[k] is not None and not isinstance(c[k], int):
                fail(where, f"{k} not int")
    for k in ("fine_yuan", "confiscation_yuan"):
        if lab[k] is not None and not isinstance(lab[k], (int, float)):
            fail(where, f"{k} not a number")
    r = lab["remedy_days"]
    if r is not None:
        if list(r.keys()) != ["review", "litigation"] or r["litigation"] not in ("6m", "3m", None):
            fail(where, "remedy_days shape")
    if lab["discretion"] not in DISCRETION:
        fail(where, "discretion value")
    if lab["completeness"] not in COMPLETENESS:
        fail(where, "completeness value")
    if not isinstance(lab["defects_observed"], list):
        fail(where, "defects_observed not a list")


def main():
    labels = [json.loads(line) for line in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    txts = sorted(f for f in os.listdir(ROOT) if f.endswith(".txt"))
    if len(txts) != 24:
        fail("folder", f"{len(txts)} txt files, expected 24")
    if [lab["file"] for lab in labels] != txts:
        fail("labels.jsonl", "files do not match the .txt files one-to-one in order")
    for i, lab in enumerate(labels, 1):
        check_label_shape(lab, i)
        path = os.path.join(ROOT, lab["file"])
        if os.path.exists(path):
            check_file(path, lab)
    # the build keeps the unmasked IDs only to prove that the masks hide valid numbers
    import build  # noqa: E402  (imports only; main() is not run)
    for full in build.PERSON_IDS:
        if not id_valid(full):
            fail("build.PERSON_IDS", f"{full[:6]}… fails GB 11643")
    # coverage
    domains = {open(os.path.join(ROOT, f), encoding="utf-8").read().split("\n")[1] for f in txts}
    if len(domains) < 14:
        fail("folder", f"only {len(domains)} domains")
    years = {lab["dates"]["decision"][:4] for lab in labels if lab["dates"]["decision"]}
    if len(years) < 10:
        fail("folder", f"only {len(years)} decision years")
    # machine paths and size
    total = 0
    for dirpath, _, files in os.walk(ROOT):
        for f in files:
            p = os.path.join(dirpath, f)
            total += os.path.getsize(p)
            if f.endswith((".txt", ".jsonl", ".md")):
                if PATH_RE.search(open(p, encoding="utf-8").read()):
                    fail(f, "contains a machine path")
    if total >= 1_000_000:
        fail("folder", f"size {total} bytes >= 1 MB")
    if failures:
        print("\n".join(failures))
        print(f"FAILED: {len(failures)} problem(s)")
        sys.exit(1)
    print(f"checked {len(labels)} labels / {len(txts)} files, {len(domains)} domains, "
          f"{len(years)} decision years, {total} bytes")
    print("ALL PASS")


if __name__ == "__main__":
    main()
