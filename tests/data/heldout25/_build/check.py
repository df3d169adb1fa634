"""Re-verify the heldout25 corpus against labels.jsonl.

Checks: every case file exists; party IDs (GB 32100 / GB 11643 check characters) are valid and
appear in the text; working-day deadlines (7 工作日 service of the decision, 陈述申辩/听证申请
period, 7-day hearing notice), the 90-day limit and a few amounts agree with the labelled codes.
Run: ../../../../.venv/bin/python check.py  (from this folder), or with the project venv."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, D, add_workdays, credit_ok, id_ok, workdays_between  # noqa: E402

# facts that the labels do not carry: when the 事先告知书 was served and the period it granted
EXTRA = {
    "w27_01_haitang_canyin_youyan": {"notice_served": "2023-03-22", "period_wd": 5,
                                      "hearing_notice_served": "2023-03-27", "hearing": "2023-04-10",
                                      "hearing_request": "2023-03-24"},
    "w27_02_xitang_mingma_biaojia": {"notice_served": "2022-06-16", "period_wd": 5},
    "w27_04_qinglan_feifa_yingyun": {"notice_served": "2024-04-22", "period_wd": 5},
    "w27_05_qianwan_weifa_jianshe": {"notice_served": "2022-09-15", "period_wd": 5},
    "w27_06_nanhu_xiaofang_tongdao": {"notice_served": "2025-03-14", "period_wd": 5},
    "w27_07_luxi_guoqi_shipin": {"notice_served": "2019-05-28", "period_wd": 3},
}

FAIL = []


def ok(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        FAIL.append(msg)


def text_of(case_id):
    for ext in (".txt", ".pdf", ".docx", ""):
        p = os.path.join(OUT, case_id + ext)
        if os.path.exists(p):
            break
    else:
        return None, None
    if os.path.isdir(p):
        return p, "\n".join(open(os.path.join(p, f), encoding="utf-8").read() for f in sorted(os.listdir(p)))
    if ext == ".txt":
        for enc in ("utf-8", "gb18030"):
            try:
                return p, open(p, encoding=enc).read()
            except UnicodeDecodeError:
                pass
    if ext == ".pdf":
        t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
        if not t.strip():  # scanned PDF: no text layer, check the hand-written source instead
            import importlib
            mod = next(importlib.import_module(m) for m in ("c3_shaokao",) if importlib.import_module(m).CASE_ID == case_id)
            t = "\n".join(pg for _, pages, _ in mod.DOCS for pg in pages)
        return p, t
    if ext == ".docx":
        import docx
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return p, "\n".join(parts)


def main():
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    codes_all = set()
    for lb in labels:
        cid, codes, f = lb["case_id"], set(lb["codes"]), lb["fields"]
        codes_all |= codes
        print(f"== {cid}  {sorted(codes) or 'clean'}")
        path, text = text_of(cid)
        ok(path is not None, f"{cid}: case file exists")
        if lb["encoding"] in ("utf-8", "gb18030") and path and os.path.isfile(path):
            raw = open(path, "rb").read()
            try:
                raw.decode("utf-8")
                is_utf8 = True
            except UnicodeDecodeError:
                is_utf8 = False
            ok(is_utf8 == (lb["encoding"] == "utf-8"), f"{cid}: encoding {lb['encoding']}")
        pty = f["party"]
        if pty["credit_code"]:
            ok(credit_ok(pty["credit_code"]), f"{cid}: credit code {pty['credit_code']} check char")
        if pty["id_number"]:
            ok(id_ok(pty["id_number"]), f"{cid}: id number {pty['id_number']} check digit")
        if text:
            ok(pty["name"] in text, f"{cid}: party name in text")
            for key in ("credit_code", "id_number"):
                if pty[key]:
                    ok(pty[key] in text, f"{cid}: {key} in text")
        dt = f["dates"]
        if dt["decision"] and dt["decision_served"]:
            wd = workdays_between(dt["decision"], dt["decision_served"])
            ok((wd > 7) == ("SERV-01" in codes), f"{cid}: decision served after {wd} working days")
        if dt["filing"] and dt["decision"]:
            days = (D(dt["decision"]) - D(dt["filing"])).days
            ok((days > 90) == ("PROC-03" in codes), f"{cid}: decision {days} days after filing")
        order = [dt[k] for k in ("filing", "notice", "decision", "decision_served") if dt[k]]
        ok(order == sorted(order), f"{cid}: filing <= notice <= decision <= served")
        ex = EXTRA.get(cid)
        if ex:
            end = add_workdays(ex["notice_served"], ex["period_wd"])
            early = D(dt["decision"]) <= end
            ok(early == ("PROC-05" in codes),
               f"{cid}: 陈述申辩 period ends {end}, decision {dt['decision']}")
            if "hearing" in ex:
                ok(workdays_between(ex["notice_served"], ex["hearing_request"]) <= 5,
                   f"{cid}: hearing requested within 5 working days")
                wd = workdays_between(ex["hearing_notice_served"], ex["hearing"])
                ok(wd >= 7, f"{cid}: hearing notice {wd} working days before hearing")
        if f["penalty"]["procedure"] == "简易":
            limit = 200 if pty["kind"] == "个人" else 3000
            ok((f["penalty"]["fine_yuan"] > limit) == ("PROC-10" in codes),
               f"{cid}: 简易程序 fine {f['penalty']['fine_yuan']} vs {limit}")

    # case-specific arithmetic
    import c2_mingma, c4_yingyun, c5_weijian, c6_xiaofang, c7_guoqi  # noqa: E401
    ok(not id_ok(c2_mingma.PID_BAD) and c2_mingma.PID_BAD != c2_mingma.PID, "case2: 询问笔录 ID fails check (DOC-06)")
    ok(45 + 60 + 80 == 185 and "违法所得共计195元" in c4_yingyun.P6, "case4: 45+60+80=185 but 195 stated (EVID-03)")
    ok(round(862400 * 0.05, 2) == 43120, "case5: 862400 × 5% = 43120")
    surcharge = 10000 * 0.03 * 42
    ok(surcharge == 12600 and surcharge > 10000 and "12600" in c6_xiaofang.P9, "case6: 加处罚款 12600 > fine 10000 (EXEC-02)")
    ok(78 + 44 + 99 == 221 and 3 * 6.5 == 19.5 and "50019.50" in c7_guoqi.P7, "case7: 货值/违法所得/缴款 arithmetic")
    ok(len(codes_all) >= 9, f"{len(codes_all)} distinct codes: {sorted(codes_all)}")
    print("\nFAILED:" if FAIL else "\nall checks passed", *FAIL, sep="\n")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
