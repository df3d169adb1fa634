"""Re-verifies the heldout7 corpus against labels.jsonl: IDs, working-day deadlines, 卷内目录 page ranges.
Run: .venv/bin/python tests/data/heldout7/_build/check.py"""
import glob, json, os, re, sys
from common import OUT, credit_ok, id_ok, d, workdays_after

ERR = []


def err(m):
    ERR.append(m)


def read_case(cid):
    p = os.path.join(OUT, cid)
    if os.path.isdir(p):
        files = sorted(glob.glob(os.path.join(p, "*.txt")))
        return [open(f, encoding="utf-8").read() for f in files]
    if os.path.exists(p + ".docx"):
        import docx
        doc = docx.Document(p + ".docx")
        parts = [x.text for x in doc.paragraphs]
        for t in doc.tables:
            for r in t.rows:
                parts.append("\t".join(c.text for c in r.cells))
        return ["\n".join(parts)]
    enc = "gb18030" if "税务" in cid else "utf-8"
    return [open(p + ".txt", encoding=enc).read()]


# 陈述申辩/听证申请 period stated in each 告知书: (notice served, working days or calendar days, kind)
PERIOD = {
    "h7_02_生态环境危废贮存": ("2022-06-21", 5, "wd"),
    "h7_03_消防救援擅自营业": ("2023-09-22", 3, "wd"),
    "h7_04_交通运输非法客运": ("2019-05-10", 3, "cal"),
    "h7_05_市场监管明码标价不予处罚": ("2023-03-22", 5, "wd"),
    "h7_06_自然资源非法占地加处罚款": ("2024-04-08", 5, "wd"),
}

labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
for lab in labels:
    cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
    texts = read_case(cid)
    full = "\n".join(texts)
    # IDs in the text
    for m in set(re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", full)):
        if re.fullmatch(r"\d{17}[\dX]", m):
            if not id_ok(m) and not credit_ok(m):
                err(f"{cid}: bad id {m}")
        elif re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", m):
            if not credit_ok(m):
                err(f"{cid}: bad credit code {m}")
    p = f["party"]
    if p["credit_code"] and (not credit_ok(p["credit_code"]) or p["credit_code"] not in full):
        err(f"{cid}: label credit code")
    if p["id_number"] and (not id_ok(p["id_number"]) or p["id_number"] not in full):
        err(f"{cid}: label id number")
    if p["name"] not in full or f["agency"] not in full:
        err(f"{cid}: party/agency name not in text")
    dt = f["dates"]
    # 7 working days service
    if dt["decision"] and dt["decision_served"]:
        late = workdays_after(dt["decision"], dt["decision_served"]) > 7
        if late != ("SERV-01" in codes):
            err(f"{cid}: SERV-01 mismatch ({workdays_after(dt['decision'], dt['decision_served'])} wd)")
    # 90 days
    if dt["filing"] and dt["decision"]:
        over = (d(dt["decision"]) - d(dt["filing"])).days > 90
        if over != ("PROC-03" in codes):
            err(f"{cid}: PROC-03 mismatch")
        if d(dt["filing"]) > d(dt["decision"]):
            err(f"{cid}: filing after decision")
    # 陈述申辩 period
    if cid in PERIOD:
        served, n, kind = PERIOD[cid]
        if kind == "wd":
            early = workdays_after(served, dt["decision"]) <= n
        else:
            early = (d(dt["decision"]) - d(served)).days <= n
        if early != ("PROC-05" in codes):
            err(f"{cid}: PROC-05 mismatch")
        if d(dt["notice"]) > d(served):
            err(f"{cid}: notice after its service")
    # 简易 limits
    if f["penalty"]["procedure"] == "简易":
        lim = 200 if p["kind"] == "个人" else 3000
        if (f["penalty"]["fine_yuan"] > lim) != ("PROC-10" in codes):
            err(f"{cid}: PROC-10 mismatch")
    # 加处罚款 cap
    m = re.search(r"罚款(\d+)元及加处罚款(\d+)元", full)
    if m:
        fine, extra = int(m.group(1)), int(m.group(2))
        if (extra > fine) != ("EXEC-02" in codes):
            err(f"{cid}: EXEC-02 mismatch")
    if f["penalty"]["fine_yuan"] and str(f["penalty"]["fine_yuan"]) not in full.replace(",", ""):
        err(f"{cid}: fine amount not in text")
    # 卷内目录 page ranges (text cases): page k must carry footer k, each listed start page must begin with its doc
    if not cid.endswith("危废贮存"):
        pages = "\f".join(texts).split("\f")
        toc = next(pg for pg in pages if "卷 内 目 录" in pg)
        for line in toc.splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[0].isdigit():
                first = int(parts[3].split("-")[0])
                key = re.sub(r"（.*?）", "", parts[1])[:2]
                body = re.sub(r"\s", "", pages[first - 1])
                if key not in body:
                    err(f"{cid}: toc row {parts[1]} -> page {first} mismatch")
        last = pages[-1].strip().splitlines()[-1]
        if str(len(pages)) not in last:
            err(f"{cid}: last footer {last!r} != {len(pages)} pages")

if ERR:
    print("\n".join(ERR))
    sys.exit(1)
print(f"ok: {len(labels)} cases checked")
