"""Re-verifies the heldout39 corpus against its labels: check characters of every 统一社会信用代码 / 身份证号,
the working-day and calendar deadlines (7 working days for serving the decision, 90 days 立案→决定,
the 陈述申辩/听证 period stated in the 事先告知书), the 简易程序 caps, fine ranges, 加处罚款 caps,
that cited articles exist in the law text in force (../shared/laws), and that every code is in defects.yaml.
Each fact that should trigger a code must coincide with that code being labelled, and vice versa.
Run:  python tests/data/heldout39/_build/check.py   (exit status 1 on any failure)"""
import datetime as dt
import glob
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common as C  # noqa: E402

CORPUS = os.path.dirname(HERE)


def find_shared():
    p = HERE
    for _ in range(8):
        p = os.path.dirname(p)
        cand = os.path.join(os.path.dirname(p), "shared")
        if os.path.isfile(os.path.join(cand, "contract", "defects.yaml")):
            return cand
    return None


# facts not carried by labels.jsonl: service of the 事先告知书, the period it states, waiver,
# statutory fine range of the cited penalty provision (after any stated 减轻 ground), 加处罚款
EXTRA = {
    "hd39_01": dict(notice_served="2021-02-25", period=(3, "wd"), waiver=False, rng=(100000, 1000000)),
    "hd39_02": dict(notice_served="2022-05-06", period=(5, "wd"), waiver=False, rng=(10000, 100000)),
    "hd39_03": dict(rng=(500, 2000)),
    "hd39_04": dict(notice_served="2022-06-21", period=(5, "wd"), waiver=False, rng=(1280 * 100, 1280 * 1000),
                    surcharge=dict(fine=64000, amount=326400, days=170)),
    "hd39_05": dict(notice_served="2023-08-08", period=(5, "wd"), waiver=False, rng=(100000, 1000000)),
    "hd39_06": dict(notice_served="2019-05-21", period=(3, "wd"), waiver=False,
                    rng=(round(186400 * 0.05), round(186400 * 0.10))),
    "hd39_07": dict(notice_served="2025-04-22", period=(5, "wd"), waiver=False, rng=(200000, 1000000),
                    mitigation_stated=True),
}

CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn_int(s):
    if s.isdigit():
        return int(s)
    n, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch == "十":
            n += (cur or 1) * 10; cur = 0
        elif ch == "百":
            n += cur * 100; cur = 0
    return n + cur


def int_cn(n):
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
    if r < 20:
        return s + "一十" + (d[r % 10] if r % 10 else "")
    return s + d[r // 10] + "十" + (d[r % 10] if r % 10 else "")


def law_text(shared, title, on):
    short = title.replace("中华人民共和国", "")
    best = None
    for f in glob.glob(os.path.join(shared, "laws", short + "(*).md")):
        m = re.search(r"\((\d{4}-\d{2}-\d{2})\)\.md$", f)
        if m and m.group(1) <= on and (best is None or m.group(1) > best[0]):
            best = (m.group(1), f)
    return open(best[1], encoding="utf-8").read() if best else None


def case_text(cid):
    """text of a case for ID scanning (None for the scanned PDF)."""
    p = os.path.join(CORPUS, cid)
    if os.path.isdir(p):
        return "\n".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(p, "*.txt"))))
    for ext, enc in ((".txt", None), (".docx", None), (".pdf", None)):
        f = p + ext
        if not os.path.exists(f):
            continue
        if ext == ".txt":
            raw = open(f, "rb").read()
            for e in ("utf-8", "gb18030"):
                try:
                    return raw.decode(e)
                except UnicodeDecodeError:
                    pass
        if ext == ".docx":
            import docx
            d = docx.Document(f)
            parts = [x.text for x in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    parts.append("\t".join(c.text for c in r.cells))
            return "\n".join(parts)
        if ext == ".pdf":
            try:
                out = subprocess.run(["pdftotext", f, "-"], capture_output=True, text=True).stdout
            except FileNotFoundError:
                return None
            return out if out.strip() else None
    return None


def main():
    shared = find_shared()
    errs = []
    labels = [json.loads(l) for l in open(os.path.join(CORPUS, "labels.jsonl"), encoding="utf-8")]
    known = set()
    if shared:
        known = set(re.findall(r"code: ([A-Z]+-\d\d)", open(os.path.join(shared, "contract", "defects.yaml"), encoding="utf-8").read()))
    else:
        print("warning: ../shared not found, law and code checks skipped")
    entries = sorted(n for n in os.listdir(CORPUS) if n.startswith("hd39_"))
    ids = sorted(os.path.splitext(n)[0] for n in entries)
    if ids != sorted(l["case_id"] for l in labels):
        errs.append(f"cases on disk {ids} != labels")
    for lab in labels:
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        x = EXTRA[cid]
        def expect(code, cond, why):
            if cond != (code in codes):
                errs.append(f"{cid}: {code} labelled={code in codes} but check says {cond} ({why})")
        if known and not codes <= known:
            errs.append(f"{cid}: unknown codes {codes - known}")
        if lab["codes"] != sorted(lab["codes"]):
            errs.append(f"{cid}: codes not sorted")
        p = f["party"]
        if p["credit_code"] and not C.credit_ok(p["credit_code"]):
            errs.append(f"{cid}: bad credit code {p['credit_code']}")
        if p["id_number"] and not C.id_ok(p["id_number"]):
            errs.append(f"{cid}: bad id number {p['id_number']}")
        txt = case_text(cid)
        if txt is not None:
            for code in set(re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", txt)):
                if code[:2] == "91" or (code[:2] in ("50", "51", "52", "53", "45") and code[-1] in "0123456789X" and code[:17].isdigit()):
                    ok = C.credit_ok(code) if code[:2] == "91" else C.id_ok(code)
                    if not ok:
                        errs.append(f"{cid}: invalid ID in text {code}")
            for want in (p["credit_code"], p["id_number"]):
                if want and want not in txt:
                    errs.append(f"{cid}: {want} not found in text")
        d = {k: (C.D(v) if v else None) for k, v in f["dates"].items()}
        fine = f["penalty"]["fine_yuan"]
        if d["filing"] and d["decision"]:
            n = (d["decision"] - d["filing"]).days
            expect("PROC-03", n > 90, f"立案→决定 {n} 日")
            for a, b in (("filing", "notice"), ("notice", "decision"), ("decision", "decision_served")):
                if d[a] and d[b] and d[a] > d[b]:
                    errs.append(f"{cid}: {a} after {b}")
        if d["decision"] and d["decision_served"]:
            w = C.wd_between(d["decision"], d["decision_served"])
            expect("SERV-01", w > 7, f"决定→送达 {w} 个工作日")
        if "notice_served" in x:
            ns = C.D(x["notice_served"])
            n, kind = x["period"]
            end = C.wd_add(ns, n) if kind == "wd" else ns + dt.timedelta(days=n)
            expect("PROC-05", d["decision"] <= end and not x["waiver"], f"陈述申辩期至 {end}，决定 {d['decision']}")
            if d["notice"] and d["notice"] > ns:
                errs.append(f"{cid}: notice served before it was made")
        if f["penalty"]["procedure"] == "简易":
            cap = 200 if p["kind"] == "个人" else 3000
            expect("PROC-10", fine > cap, f"当场罚款 {fine} 元，上限 {cap}")
        lo, hi = x["rng"]
        out = fine > hi or (fine < lo and not x.get("mitigation_stated"))
        expect("LAW-05", out, f"罚款 {fine}，法定 {lo}–{hi}")
        if "surcharge" in x:
            s = x["surcharge"]
            expect("EXEC-02", s["amount"] > s["fine"] or s["amount"] > s["fine"] * 0.03 * s["days"] + 0.01,
                   f"加处罚款 {s['amount']} / 罚款 {s['fine']}")
        if shared:
            for c in f["citations"]:
                law = law_text(shared, c["law"], f["dates"]["decision"])
                if law is None:
                    errs.append(f"{cid}: no law text for {c['law']}")
                    continue
                m = re.search(r"^第" + int_cn(c["article"]) + r"条[ 　]", law, re.M)
                if not m:
                    errs.append(f"{cid}: {c['law']} 第{c['article']}条 not found")
                    continue
                nxt = re.search(r"^第[一二三四五六七八九十百零]+条[ 　]", law[m.end():], re.M)
                body = law[m.start(): m.end() + (nxt.start() if nxt else len(law))]
                paras = [l for l in body.split("\n") if l.strip() and not re.match(r"^[（(][一二三四五六七八九十]+[）)]", l.strip()) and not l.startswith("#")]
                items = re.findall(r"^[（(]([一二三四五六七八九十]+)[）)]", body, re.M)
                if c["paragraph"] and c["paragraph"] > len(paras):
                    errs.append(f"{cid}: {c['law']} 第{c['article']}条 has no 第{c['paragraph']}款")
                if c["item"] and c["item"] > len(items):
                    errs.append(f"{cid}: {c['law']} 第{c['article']}条 has no 第{c['item']}项")
                unspecific = (c["paragraph"] is None and len(paras) > 1 and not c["item"]) or (c["item"] is None and len(items) > 1 and (c["paragraph"] in (None, 1)) and len(paras) <= 2)
                if unspecific and "LAW-02" not in lab["codes"]:
                    errs.append(f"{cid}: citation {c['law']} 第{c['article']}条 looks unspecific but LAW-02 not labelled")
        print(f"{cid}: ok so far ({', '.join(lab['codes']) or 'clean'})")
    if errs:
        print("\nFAILURES:")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
