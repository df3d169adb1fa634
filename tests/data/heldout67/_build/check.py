"""Re-derive what can be re-derived from the built corpus and compare with labels.jsonl.

Run: python3 _build/check.py   (prints ALL PASS or the failures)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import chinese_calendar as cc  # noqa: E402
import pypdf  # noqa: E402

from common import daxie, valid_credit_code, valid_id  # noqa: E402

FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)


def D(s):
    return dt.date.fromisoformat(s)


def wd_after(start, n):
    """Date on which a period of n working days counted from the day after `start` ends."""
    d, k = D(start), 0
    while k < n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            k += 1
    return d


def wd_between(a, b):
    """Working days after a up to and including b."""
    d, k = D(a), 0
    while d < D(b):
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            k += 1
    return k


def cn(s):
    d = D(s)
    return f"{d.year}年{d.month}月{d.day}日"


# ------------------------------------------------------------------ read texts
def pdf_pages(path):
    return [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def case_text(cid, labels):
    """Whole text of a case (empty for image-only cases)."""
    t = _case_text(cid, labels)
    return t if t.strip() else ""


def _case_text(cid, labels):
    enc = labels[cid]["encoding"]
    for ext in (".pdf", ".txt", ".docx"):
        p = os.path.join(ROOT, cid + ext)
        if os.path.exists(p):
            if ext == ".pdf":
                return "\n".join(pdf_pages(p))
            if ext == ".txt":
                raw = open(p, "rb").read()
                return raw.decode(enc or "utf-8")
            return docx_text(p)
    folder = os.path.join(ROOT, cid)
    parts = []
    for f in sorted(os.listdir(folder)):
        p = os.path.join(folder, f)
        if f.endswith(".txt"):
            parts.append(open(p, encoding="utf-8-sig").read())
        elif f.endswith(".pdf"):
            parts.append("\n".join(pdf_pages(p)))
        elif f.endswith(".docx"):
            parts.append(docx_text(p))
    return "\n".join(parts)


# ------------------------------------------------------------------ checks
def check_labels():
    path = os.path.join(ROOT, "labels.jsonl")
    lines = open(path, encoding="utf-8").read().splitlines()
    ok(len(lines) == 8, "labels.jsonl must have 8 lines")
    labels = {}
    codes_all = []
    import yaml_free_codes as ycodes
    for ln in lines:
        o = json.loads(ln)
        ok(set(o) == {"case_id", "codes", "encoding", "notes", "fields"}, f"keys {o.get('case_id')}")
        f = o["fields"]
        ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"field keys {o['case_id']}")
        ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, "party keys")
        ok(f["party"]["kind"] in ("单位", "个体工商户", "个人"), "party kind")
        ok(set(f["penalty"]) == {"fine_yuan", "procedure"} and f["penalty"]["procedure"] in ("普通", "简易"), "penalty")
        ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, "dates keys")
        for v in f["dates"].values():
            ok(v is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), f"date format {v}")
        for c in f["citations"]:
            ok(set(c) == {"law", "article", "paragraph", "item", "role"}, "citation keys")
            ok(c["role"] in ("violated", "penalty"), "citation role")
            ok(c["law"].startswith("《") and c["law"].endswith("》"), "law title")
            ok(isinstance(c["article"], int), "article int")
        ok(o["encoding"] in ("utf-8", "gbk", "gb18030", None), "encoding")
        for code in o["codes"]:
            ok(code in ycodes.CODES, f"unknown code {code}")
            ok(code not in ("SUBJ-04", "DISC-02"), "profile-dependent code used")
        codes_all += o["codes"]
        exists = any(os.path.exists(os.path.join(ROOT, o["case_id"] + e)) for e in (".pdf", ".txt", ".docx")) or \
            os.path.isdir(os.path.join(ROOT, o["case_id"]))
        ok(exists, f"case file missing for {o['case_id']}")
        if f["party"]["credit_code"]:
            ok(valid_credit_code(f["party"]["credit_code"]), f"credit code check digit {o['case_id']}")
        if f["party"]["id_number"]:
            ok(valid_id(f["party"]["id_number"]), f"ID check digit {o['case_id']}")
        labels[o["case_id"]] = o
    for c in set(codes_all):
        ok(codes_all.count(c) <= 2, f"code {c} used more than twice")
    ok(sum(1 for o in labels.values() if not o["codes"]) >= 2, "at least two clean cases")
    fams = {c.split("-")[0] for c in codes_all}
    ok(len(fams) >= 6, "codes spread over families")
    return labels


def check_ids_in_texts(labels, texts):
    for cid, t in texts.items():
        for m in re.finditer(r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{18})(?![0-9A-Z])", t):
            s = m.group(1)
            if s.isdigit() or (s[:17].isdigit() and s[17] == "X"):
                ok(valid_id(s), f"{cid}: bad ID check digit {s}")
            elif re.fullmatch(r"[1-9][0-9]\d{6}[0-9A-Z]{10}", s):
                ok(valid_credit_code(s), f"{cid}: bad credit code {s}")
        for m in re.finditer(r"(?<![0-9])(\d{17}X)", t):
            ok(valid_id(m.group(1)), f"{cid}: bad ID {m.group(1)}")
        party = labels[cid]["fields"]["party"]
        if t:
            ok(party["name"] in t, f"{cid}: party name not in text")
            for k in ("credit_code", "id_number"):
                if party[k]:
                    ok(party[k] in t, f"{cid}: {k} not in text")


def check_pages(labels, man):
    # text PDFs with footers and a 目录
    for cid, pat in (("hj2019_wuxi_vocs", r"第 (\d+) 页"), ("yc2022_qujing_wholesale", r"第 (\d+) 页　共 (\d+) 页")):
        pages = pdf_pages(os.path.join(ROOT, cid + ".pdf"))
        m = man[cid]
        ok(len(pages) == m["pages"], f"{cid}: page count")
        nums = []
        for i, t in enumerate(pages):
            f = re.search(pat, t)
            nums.append(int(f.group(1)) if f else None)
        numbered = [n for n in nums if n is not None]
        ok(numbered == list(range(1, len(numbered) + 1)), f"{cid}: footers not continuous")
        ok(len(numbered) == m["numbered"], f"{cid}: numbered count")
        # where each document actually starts, from the text layer
        actual = {}
        for e in m["entries"]:
            first = None
            for i, t in enumerate(pages):
                if nums[i] and e["heading"] in t and nums[i] >= (actual.get("_last", 1)):
                    first = nums[i]
                    break
            actual["_last"] = first or actual.get("_last", 1)
            actual[e["title"] + e["date_str"]] = first
            ok(first == e["first"], f"{cid}: {e['title']} starts on {first}, manifest {e['first']}")
        # 目录 as printed (page 2 of the file)
        toc = pages[1].splitlines()
        printed = [ln.strip() for ln in toc]
        mism = []
        for e, s in zip(m["entries"], m["shown"]):
            idx = [i for i, ln in enumerate(printed) if ln == e["title"]]
            ok(idx, f"{cid}: 目录 lacks {e['title']}")
            # page cell is the second line after the title
            vals = [printed[i + 2] for i in idx]
            ok(s["pages"] in vals, f"{cid}: 目录 page cell for {e['title']} not found")
            true = e["pages"]
            if s["pages"] != true:
                mism.append(e["title"])
        expect = man[cid]["toc_mismatch"]
        ok(mism == expect, f"{cid}: 目录 mismatches {mism} != {expect}")
        if cid == "hj2019_wuxi_vocs":
            ok(len(mism) > 0 and "ARCH-01" in labels[cid]["codes"], "ARCH-01 should be visible")
        else:
            ok(not mism, f"{cid}: unexpected 目录 mismatch")
    # GB18030 text
    cid = "jt2020_zhoukou_cargo"
    raw = open(os.path.join(ROOT, cid + ".txt"), "rb").read()
    t = raw.decode("gb18030")
    ok(not raw.startswith(b"\xef\xbb\xbf"), "gb text must not have a UTF-8 BOM")
    pages = t.split("\f")
    m = man[cid]
    ok(len(pages) == m["pages"], f"{cid}: page count {len(pages)}")
    nums = []
    for p in pages:
        f = re.search(r"－(\d+)－", p)
        nums.append(int(f.group(1)) if f else None)
    numbered = [n for n in nums if n]
    ok(numbered == list(range(1, m["numbered"] + 1)), f"{cid}: footers")
    toc = pages[1]
    for e in m["entries"]:
        row = [ln for ln in toc.splitlines() if f"│{e['title']}│" in ln]
        ok(any(ln.rstrip().endswith(f"│{e['pages']}│") for ln in row), f"{cid}: 目录 row {e['title']}")
        pg = pages[1 + e["first"]]
        ok(e["heading"] in pg, f"{cid}: {e['title']} not on page {e['first']}")
    ok("\u3000" in t, "full-width spaces expected")
    # scanned PDF and photos: counts only (no OCR here)
    cid = "wl2024_hengyang_netbar"
    r = pypdf.PdfReader(os.path.join(ROOT, cid + ".pdf"))
    ok(len(r.pages) == man[cid]["pages"], f"{cid}: page count")
    ok(all(not (p.extract_text() or "").strip() for p in r.pages), f"{cid}: should be image-only")
    cid = "yj2016_mianyang_training"
    files = sorted(f for f in os.listdir(os.path.join(ROOT, cid)) if f.endswith(".jpg"))
    ok(len(files) == man[cid]["pages"], f"{cid}: photo count")
    for c in ("wl2024_hengyang_netbar", "yj2016_mianyang_training"):
        ents = man[c]["entries"]
        ok(ents[0]["first"] == 1 and all(b["first"] == a["last"] + 1 for a, b in zip(ents, ents[1:])) and
           ents[-1]["last"] == man[c]["numbered"], f"{c}: 目录 ranges not contiguous")
    # folder case: 目录 lists every file
    cid = "sl2021_ganzhou_spoil"
    folder = os.path.join(ROOT, cid)
    toc = open(os.path.join(folder, "00_封面及卷内目录.txt"), "rb").read()
    ok(toc.startswith(b"\xef\xbb\xbf"), "folder txt must have BOM")
    toc = toc.decode("utf-8-sig")
    files = sorted(os.listdir(folder))
    ok({f.rsplit(".", 1)[1] for f in files} == {"txt", "docx", "pdf"}, "folder mixes txt/docx/pdf")
    for f in files[1:]:
        ok(f in toc, f"{cid}: 目录 lacks {f}")
        if f.endswith(".txt"):
            ok(open(os.path.join(folder, f), "rb").read().startswith(b"\xef\xbb\xbf"), f"{f} BOM")


def check_days(labels, texts):
    L = {k: v["fields"]["dates"] for k, v in labels.items()}

    def present(cid, *dates):
        t = texts[cid]
        if not t:
            return
        for d in dates:
            y, mo, da = d.split("-")
            forms = [cn(d), f"{y}.{int(mo)}.{int(da)}", d, f"{int(mo)}月{int(da)}日", f"{int(mo)}.{int(da)}"]
            cnum = "〇一二三四五六七八九"
            forms.append("".join(cnum[int(c)] for c in y) + "年")
            ok(any(f in t for f in forms), f"{cid}: date {d} not found in text")

    for cid, d in L.items():
        present(cid, *[v for v in d.values() if v])
        proc = labels[cid]["fields"]["penalty"]["procedure"]
        if proc == "普通":
            span = (D(d["decision"]) - D(d["filing"])).days
            if cid == "sj2023_jinhua_food":
                ok(span == 99, "jinhua span")
                present(cid, "2023-09-12", "2023-10-18")  # extension approval and new deadline
                ok(D(d["decision"]) <= D("2023-10-18"), "jinhua decision within extension")
            else:
                ok(span <= 90, f"{cid}: {span} days from filing to decision")
            ok(D(d["notice"]) < D(d["decision"]), f"{cid}: notice before decision")
        w = wd_between(d["decision"], d["decision_served"])
        ok(w <= 7, f"{cid}: decision served after {w} working days")
    # specific day counts the notes rely on
    ok(wd_between("2023-09-27", "2023-10-09") == 4 and (D("2023-10-09") - D("2023-09-27")).days == 12, "jinhua service 4 wd / 12 days")
    ok(wd_between("2021-09-29", "2021-10-09") == 3 and (D("2021-10-09") - D("2021-09-29")).days == 10, "ganzhou service 3 wd / 10 days")
    ok(D(L["hj2019_wuxi_vocs"]["decision"]) < D("2019-05-21") + dt.timedelta(days=3), "wuxi: decision inside the 3-day period (PROC-05)")
    present("hj2019_wuxi_vocs", "2019-05-21", "2019-05-22")
    ok("收到本告知书之日起三日内" in texts["hj2019_wuxi_vocs"], "wuxi three-day wording")
    ok(wd_between("2023-08-25", "2023-08-29") <= 5, "jinhua plea in time")
    ok(D(L["sj2023_jinhua_food"]["decision"]) > wd_after("2023-08-25", 5), "jinhua decision after period")
    ok(D(L["jt2020_zhoukou_cargo"]["decision"]) > D("2020-07-24") + dt.timedelta(days=3), "zhoukou decision after period")
    ok(wd_between("2021-08-13", "2021-08-18") <= 5, "ganzhou hearing request in time")
    ok(wd_between("2021-08-20", "2021-09-01") - 1 >= 7 or wd_between("2021-08-20", "2021-08-31") >= 7, "ganzhou 7 wd notice")
    ok(D(L["sl2021_ganzhou_spoil"]["decision"]) > D("2021-09-16") > D("2021-09-10") > D("2021-09-01"), "ganzhou order")
    ok(D(L["yj2016_mianyang_training"]["decision"]) > D("2016-05-06") + dt.timedelta(days=3), "mianyang after period")
    ok(wd_after("2025-04-28", 5) == D("2025-05-08"), "foshan period end 2025-05-08")
    ok(D(L["zj2025_foshan_property"]["decision"]) > D("2025-05-08"), "foshan after period")
    ok(D("2025-05-30") > D(L["zj2025_foshan_property"]["decision"]), "foshan 法制审核 after decision (PROC-04)")
    present("zj2025_foshan_property", "2025-05-30")
    ok(wd_after("2022-04-13", 5) == D("2022-04-20") < D(L["yc2022_qujing_wholesale"]["decision"]), "qujing period")
    ok(wd_between("2022-03-15", "2022-03-22") <= 7, "qujing 先行登记保存 decided within 7 wd")
    # payments within 15 days of service
    for cid, paid in (("hj2019_wuxi_vocs", "2019-06-05"), ("sj2023_jinhua_food", "2023-10-16"), ("jt2020_zhoukou_cargo", "2020-08-10"),
                      ("zj2025_foshan_property", "2025-06-09"), ("yc2022_qujing_wholesale", "2022-05-09"), ("wl2024_hengyang_netbar", "2024-05-20")):
        ok((D(paid) - D(L[cid]["decision_served"])).days <= 15, f"{cid}: paid late")
        present(cid, paid)
    # simple procedure threshold
    lab = labels["wl2024_hengyang_netbar"]["fields"]
    ok(lab["penalty"]["procedure"] == "简易" and lab["party"]["kind"] == "单位" and lab["penalty"]["fine_yuan"] > 3000, "PROC-10 visible")
    ok(lab["dates"]["decision"] >= "2024-01-01" and "上一级" not in texts["wl2024_hengyang_netbar"], "hengyang date")
    # pre-2021 cases cite 2017 numbering, post cite 2021 numbering
    for cid in ("hj2019_wuxi_vocs", "jt2020_zhoukou_cargo", "yj2016_mianyang_training"):
        ok("第五十一条第（一）项" in texts[cid] or not texts[cid], f"{cid}: 2017 numbering for 加处罚款")
    for cid in ("sj2023_jinhua_food", "sl2021_ganzhou_spoil", "zj2025_foshan_property", "yc2022_qujing_wholesale"):
        ok("第七十二条第一款第（一）项" in texts[cid], f"{cid}: 2021 numbering for 加处罚款")


def check_amounts(labels, texts):
    # 大写 vs 小写 in '人民币X（￥N' patterns
    for cid, t in texts.items():
        bad = []
        for m in re.finditer(r"人民币([零壹贰叁肆伍陆柒捌玖拾佰仟万]+元整?)（￥([\d,]+)(?:\.00)?）", t):
            dx, n = m.group(1), int(m.group(2).replace(",", ""))
            if not dx.endswith("整"):
                dx += "整"
            if daxie(n) != dx:
                bad.append((dx, n))
        if cid == "jt2020_zhoukou_cargo":
            ok(bad == [("叁万伍仟元整", 30000)], f"{cid}: expected one 大写/小写 mismatch, got {bad}")
        else:
            ok(not bad, f"{cid}: 大写/小写 mismatch {bad}")
    # fine amounts appear in the text
    for cid, lab in labels.items():
        fine = lab["fields"]["penalty"]["fine_yuan"]
        t = texts[cid]
        if t:
            ok(str(fine) in t or f"{fine:,}" in t, f"{cid}: fine {fine} not in text")
    # arithmetic
    ok(2360 * 15 == labels["sl2021_ganzhou_spoil"]["fields"]["penalty"]["fine_yuan"], "ganzhou fine = volume x unit")
    ok("17,700.00" in texts["sl2021_ganzhou_spoil"] and 17700 * 2 == 35400, "ganzhou instalments")
    items = [(40, 230), (25, 230), (30, 95), (8, 650)]
    true = sum(a * b for a, b in items)
    ok(true == 23000 and "24,150" in texts["yc2022_qujing_wholesale"], "qujing EVID-03 visible")
    ok(0.5 * true <= 14490 <= true, "qujing fine inside range of true value")
    ok(round(14490 / 24150, 2) == 0.60, "qujing fine is 60% of stated value")
    food = [(14, 6.50), (6, 12.80), (9, 15.90), (5, 15.10)]
    ok(abs(sum(a * b for a, b in food) - 386.40) < 0.001 and "386.40" in texts["sj2023_jinhua_food"], "jinhua value")
    ok(20000 < 50000 and "第三十二条第（一）项" in texts["sj2023_jinhua_food"], "jinhua 减轻 ground stated")
    # statutory ranges of the cited penalty provisions
    rng = {"hj2019_wuxi_vocs": (20000, 200000), "jt2020_zhoukou_cargo": (30000, 100000), "wl2024_hengyang_netbar": (0, 15000),
           "sl2021_ganzhou_spoil": (23600, 47200), "yj2016_mianyang_training": (0, 50000), "zj2025_foshan_property": (10000, 100000),
           "yc2022_qujing_wholesale": (11500, 23000)}
    for cid, (lo, hi) in rng.items():
        f = labels[cid]["fields"]["penalty"]["fine_yuan"]
        ok(lo <= f <= hi, f"{cid}: fine outside statutory range")
    # defects that are absences
    ok("缴款" not in texts["yj2016_mianyang_training"] or True, "")
    ok("南建水罚〔2025〕号" in texts["zj2025_foshan_property"], "foshan DOC-03 visible")
    ok("周交罚告〔2020〕0156号" in texts["jt2020_zhoukou_cargo"], "zhoukou SERV-03 visible")


def check_no_paths_and_size():
    bad_words = ["/" + w + "/" for w in ("tmp", "work", "root", "home")]
    total = 0
    for dp, dn, fn in os.walk(ROOT):
        dn[:] = [d for d in dn if d != "__pycache__"]
        for f in fn:
            p = os.path.join(dp, f)
            total += os.path.getsize(p)
            raw = open(p, "rb").read()
            blobs = [raw]
            if f.endswith(".docx"):
                with zipfile.ZipFile(p) as z:
                    blobs += [z.read(n) for n in z.namelist()]
            if f.endswith(".pdf"):
                blobs.append("\n".join(pdf_pages(p)).encode("utf-8"))
                r = pypdf.PdfReader(p)
                blobs.append(json.dumps({k: str(v) for k, v in (r.metadata or {}).items()}).encode("utf-8"))
            for b in blobs:
                for w in bad_words:
                    ok(w.encode() not in b, f"machine path {w} in {os.path.relpath(p, ROOT)}")
    ok(total < 3 * 1024 * 1024, f"folder size {total} >= 3 MB")
    return total


def main():
    labels = check_labels()
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    texts = {cid: case_text(cid, labels) for cid in labels}
    check_ids_in_texts(labels, texts)
    check_pages(labels, man)
    check_days(labels, texts)
    check_amounts(labels, texts)
    total = check_no_paths_and_size()
    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print(f"size {total} bytes")
    print("ALL PASS")


if __name__ == "__main__":
    main()
