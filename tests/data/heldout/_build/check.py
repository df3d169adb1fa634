"""Sanity checks of the corpus against its labels (not a model of the tool)."""
import json, os, re, sys
from lib import uscc_ok, wd_after, days, idno

ROOT = ".."
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], IDW)) % 11] == s[17]


def load(case_id, enc):
    p = os.path.join(ROOT, case_id)
    if os.path.isdir(p):
        files = sorted(os.listdir(p))
        return [open(os.path.join(p, f), encoding=enc).read() for f in files], files
    return [open(p + ".txt", encoding=enc).read()], [case_id + ".txt"]


for line in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    texts, files = load(r["case_id"], r["encoding"])
    full = "\f".join(texts)
    probs = []
    for cc in set(re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", full)):
        if not cc.isdigit() and not uscc_ok(cc):
            probs.append("bad uscc " + cc)
    for i in set(re.findall(r"(?<!\d)\d{17}[\dX](?!\d)", full)):
        if not id_ok(i):
            probs.append("bad id " + i)
    pt = r["fields"]["party"]
    for k in ("credit_code", "id_number"):
        if pt[k] and pt[k] not in full:
            probs.append("label %s not in text" % k)
    if pt["name"] not in full:
        probs.append("party name not in text")
    # pages
    pages = full.split("\f")
    nums = []
    for pg in pages:
        m = re.search(r"(?:第(\d+)页|— (\d+) —|- (\d+) -|（本卷第(\d+)页）)\s*$", pg.strip())
        nums.append(int(next(g for g in m.groups() if g)) if m else None)
    seq = [n for n in nums if n is not None]
    if seq != list(range(1, len(seq) + 1)):
        probs.append("page seq " + str(seq))
    d = r["fields"]["dates"]
    if d["filing"]:
        probs.append("filing->decision %d d" % days(d["filing"], d["decision"])) if days(d["filing"], d["decision"]) > 90 else None
    w = wd_after(d["decision"], d["decision_served"])
    if w > 7:
        probs.append("served after %d wd" % w)
    print(r["case_id"], r["codes"], len(full), probs)
