"""Re-verify the heldout35 labels: IDs (GB 32100 / GB 11643), files present, and date rules.

Checks per case: credit code and ID number check characters, the 90-day limit (filing -> decision),
7 working days decision -> service, notice before decision, and for each case that the labelled
defect codes about dates (PROC-03, PROC-05, SERV-01) hold exactly where labelled.
Run: python check.py   (exit 1 on any failure)
"""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import USCC_CHARS, USCC_W, d, wd_between  # noqa: E402

# 陈述申辩 period stated in each 事先告知书 (working days) and the date it was served
NOTICE_PERIOD = {
    "hk2019_dianti_tingzheng": (3, "2019-04-10"),
    "sz2021_shangbiao_qinquan": (5, "2021-11-02"),
    "xm2023_canyin_chaofanwei": (5, "2023-06-06"),
    "qz2024_wangdian_weiliangzhao": (5, "2024-03-27"),
    "yl2019_dianxian_buhege": (3, "2019-05-21"),
    "sy2025_guolu_weidengji": (5, "2025-04-23"),
}


def uscc_ok(c: str) -> bool:
    if len(c) != 18 or any(ch not in USCC_CHARS for ch in c):
        return False
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(c[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == c[17]


def id_ok(n: str) -> bool:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(n) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(n[:17], w)) % 11] == n[17]


def period_end(served: str, n: int) -> str:
    x = d(served)
    import datetime as dt
    import chinese_calendar
    k = 0
    while k < n:
        x += dt.timedelta(days=1)
        k += chinese_calendar.is_workday(x)
    return x.isoformat()


def main() -> int:
    errs = []
    rows = [json.loads(line) for line in open(HERE.parent / "labels.jsonl", encoding="utf-8")]
    names = {p.stem if p.is_file() else p.name for p in HERE.parent.iterdir()
             if not p.name.startswith(("_", ".")) and p.name not in ("labels.jsonl", "README.md")}
    for r in rows:
        cid, codes, f = r["case_id"], set(r["codes"]), r["fields"]
        if cid not in names:
            errs.append(f"{cid}: file missing")
        p = f["party"]
        if p["credit_code"] and not uscc_ok(p["credit_code"]):
            errs.append(f"{cid}: bad credit code")
        if p["id_number"] and not id_ok(p["id_number"]):
            errs.append(f"{cid}: bad id number")
        for mod in ("case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"):
            m = importlib.import_module(mod)
            if m.CASE_ID == cid and getattr(m, "LR_ID", None) and not id_ok(m.LR_ID):
                errs.append(f"{cid}: bad legal-rep id")
        dt_ = f["dates"]
        if dt_["filing"]:
            late = (d(dt_["decision"]) - d(dt_["filing"])).days > 90
            if late != ("PROC-03" in codes):
                errs.append(f"{cid}: 90-day rule vs PROC-03 label mismatch")
        if dt_["decision_served"]:
            wd = wd_between(dt_["decision"], dt_["decision_served"])
            if (wd > 7) != ("SERV-01" in codes):
                errs.append(f"{cid}: service {wd} wd vs SERV-01 label mismatch")
        if dt_["notice"] and d(dt_["notice"]) >= d(dt_["decision"]):
            errs.append(f"{cid}: notice not before decision")
        if cid in NOTICE_PERIOD:
            n, served = NOTICE_PERIOD[cid]
            early = d(dt_["decision"]) <= d(period_end(served, n))
            if early != ("PROC-05" in codes):
                errs.append(f"{cid}: 陈述申辩 period vs PROC-05 label mismatch")
        if f["penalty"]["procedure"] == "简易":
            over = f["penalty"]["fine_yuan"] > (200 if p["kind"] == "个人" else 3000)
            if over != ("PROC-10" in codes):
                errs.append(f"{cid}: simple-procedure cap vs PROC-10 mismatch")
    for e in errs:
        print("FAIL", e)
    print(f"{len(rows)} cases checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
