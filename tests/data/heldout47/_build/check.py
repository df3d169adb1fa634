"""Re-verify the corpus against labels.jsonl: ID check characters, working-day deadlines,
陈述申辩 periods, 90-day limit, 卷内目录 page ranges and that cited articles exist in the law texts.
Expected defects (from labels) are reported as 'expected'; anything else that fails is an error."""
import datetime as dt
import importlib
import json
import os
import re
import sys

from common import HERE, OUT, add_workdays, credit_ok, d, id_ok, paginate, workdays_between

CN_NUM = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_int(n):
    s = ""
    out = 0
    if "百" in n:
        a, n = n.split("百")
        out += CN_NUM[a] * 100
    if "十" in n:
        a, n = n.split("十")
        out += (CN_NUM[a] if a and a != "零" else 1) * 10
    for ch in n:
        if ch in CN_NUM:
            s = ch
    if s:
        out += CN_NUM[s]
    return out


def law_dir():
    p = HERE
    for _ in range(8):
        p = os.path.dirname(p)
        cand = os.path.join(p, "shared", "laws")
        if os.path.isdir(cand):
            return cand
    return None


LAW_FILES = {"中华人民共和国安全生产法": ["安全生产法(2014-08-31).md", "安全生产法(2021-06-10).md"],
             "中华人民共和国产品质量法": ["产品质量法(2018-12-29).md"]}


def law_file(law, date):
    files = LAW_FILES[law]
    best = None
    for f in files:
        eff = f.split("(")[1][:10]
        if eff <= date:
            best = f
    return best


def articles(path):
    arts = {}
    cur = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^第([零〇一二三四五六七八九十百]+)条", line)
        if m:
            cur = cn_int(m.group(1))
            arts[cur] = {"paras": 1, "items": 0}
        elif cur and line.strip():
            if re.match(r"^（[一二三四五六七八九十]+）", line.strip()):
                arts[cur]["items"] += 1
            elif not line.startswith("#") and not line.startswith("第"):
                arts[cur]["paras"] += 1
    return arts


errors, notes = [], []
labels = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
LD = law_dir()
mods = {importlib.import_module(m).CASE: importlib.import_module(m)
        for m in sorted(f[:-3] for f in os.listdir(HERE) if re.match(r"case\d\d\.py$", f))}
for lab in labels:
    cid, codes = lab["case_id"], set(lab["codes"])
    mod = mods[cid]
    f = lab["fields"]
    party = f["party"]
    if party.get("credit_code") and not credit_ok(party["credit_code"]):
        errors.append(f"{cid}: bad credit code")
    if party.get("id_number") and not id_ok(party["id_number"]):
        errors.append(f"{cid}: bad id number")
    text = "\n".join(t for _, t in mod.DOCS)
    for m in re.findall(r"(?<![0-9A-Z])([0-9A-Z]{18})(?![0-9A-Z])", text):
        ok = id_ok(m) if m[:17].isdigit() else credit_ok(m)
        if not ok and "DOC-06" not in codes:
            errors.append(f"{cid}: id/credit {m} fails check")
    ds = f["dates"]
    dec, srv = ds["decision"], ds["decision_served"]
    if dec and srv:
        wd = workdays_between(d(dec), d(srv))
        late = wd > 7
        (notes if late == ("SERV-01" in codes) else errors).append(f"{cid}: decision served after {wd} working days (SERV-01 labelled: {'SERV-01' in codes})")
    if ds["filing"] and dec:
        days = (d(dec) - d(ds["filing"])).days
        over = days > 90
        (notes if over == ("PROC-03" in codes) else errors).append(f"{cid}: filing->decision {days} days")
    if ds["notice"] and dec:
        period = getattr(mod, "STATEMENT_PERIOD", ("wd", 5))
        end = add_workdays(d(ds["notice"]), period[1]) if period[0] == "wd" else d(ds["notice"]) + dt.timedelta(days=period[1])
        early = d(dec) <= end
        (notes if early == ("PROC-05" in codes) else errors).append(f"{cid}: 陈述申辩 period ends {end}, decision {dec}")
    # catalogue
    if mod.DOCS[0][0] == "卷内目录":
        real, start = [], 2
        for title, pages in paginate(mod.DOCS[1:]):
            end_ = start + len(pages) - 1
            real.append(f"{start}" if start == end_ else f"{start}-{end_}")
            start = end_ + 1
        listed = [r.split(" | ")[2] for r in mod.DOCS[0][1].split("\n") if r.count(" | ") == 2 and not r.startswith("序号")]
        bad = listed != real
        (notes if bad == ("ARCH-01" in codes) else errors).append(f"{cid}: catalogue {'differs' if bad else 'matches'}")
    # citations exist
    if LD:
        for c in f["citations"]:
            lf = law_file(c["law"], dec)
            arts = articles(os.path.join(LD, lf))
            a = arts.get(c["article"])
            if not a:
                errors.append(f"{cid}: {c['law']} art {c['article']} missing in {lf}")
                continue
            if c["item"] and c["item"] > a["items"]:
                errors.append(f"{cid}: item {c['item']} beyond art {c['article']} in {lf}")
            if c["paragraph"] and c["paragraph"] > a["paras"]:
                errors.append(f"{cid}: paragraph {c['paragraph']} beyond art {c['article']} in {lf}")
            notes.append(f"{cid}: {lf} art {c['article']} ok")
    else:
        notes.append("law texts not found; citation check skipped")
for n in notes:
    print("ok  ", n)
for e in errors:
    print("FAIL", e)
sys.exit(1 if errors else 0)
