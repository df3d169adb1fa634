"""Re-verify the dev4 corpus against its labels: IDs, deadlines, amounts, 卷内目录.

Run: `.venv/bin/python tests/data/dev4/_build/check.py` (exit 1 on any mismatch).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402

ROOT = HERE.parent
# 事先告知书 service dates, read by hand from each 送达回证 (independent of the builders).
NOTICE_SERVED = {
    "dev4_01_市场监管_明码标价": "2023-04-12",
    "dev4_02_交通运输_非法客运听证": "2024-06-05",
    "dev4_04_应急管理_停产整顿重大案件": "2022-06-30",
    "dev4_05_税务_未按期申报": "2020-09-14",
    "dev4_06_卫生健康_公共场所健康证明": "2021-11-24",
    "dev4_07_文化市场_网吧接纳未成年人": "2022-08-22",
    "dev4_08_生态环境_固废台账": "2023-06-12",
    "dev4_09_市场监管_广告减轻处罚": "2022-04-25",
    "dev4_10_综合执法_违法建设_分册": "2025-04-14",
    "dev4_11_市场监管_过期食品货值": "2023-09-20",
    "dev4_12_消防_加处罚款": "2022-03-14",
    "dev4_13_人社_不予处罚": "2024-07-22",
    "dev4_14_自然资源_非法占地_分册": "2022-01-12",
}
PLEA_WORKDAYS = 5


def case_text(case_id: str, encoding: str) -> str:
    f = ROOT / f"{case_id}.txt"
    if f.exists():
        return f.read_bytes().decode(encoding)
    folder = ROOT / case_id
    return "\f".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))


def toc_matches(text: str) -> bool:
    """Every 卷内目录 row's page range matches the page footers of the pages titled so."""
    pages = text.split("\f")
    rows = re.findall(r"^(?:│)?(\d+)\s*[\t│]\s*(\S+?)\s*[\t│]\s*(\d+)(?:-(\d+))?", text, re.M)
    footer = {}
    for pg in pages:
        m = re.search(r"(?:第(\d+)页 共\d+页|- (\d+) -|(\d+)/\d+)\s*$", pg)
        if m:
            footer[int(next(g for g in m.groups() if g))] = pg
    if not footer:
        return True
    numbered = sorted(footer)
    listed = set()
    for _i, _title, a, b in rows:
        a, b = int(a), int(b or a)
        listed.update(range(a, b + 1))
    return listed == set(numbered) and all(1 <= n for n in listed)


def main() -> int:
    errors = []
    labels = [json.loads(x) for x in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(labels) != 14:
        errors.append(f"expected 14 cases, got {len(labels)}")
    codes_all = set()
    for lab in labels:
        cid, codes = lab["case_id"], set(lab["codes"])
        codes_all |= codes
        f = lab["fields"]
        text = case_text(cid, lab["encoding"])
        p = f["party"]
        if p["credit_code"] and not common.credit_ok(p["credit_code"]):
            errors.append(f"{cid}: label credit code fails check")
        if p["id_number"] and not common.id_ok(p["id_number"]):
            errors.append(f"{cid}: label id number fails check")
        bad = [c for c in re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", text) if not common.credit_ok(c)]
        bad += [c for c in re.findall(r"(?<!\d)\d{17}[\dX](?!\d)", text) if re.match(r"\d{6}(19|20)\d{2}", c)
                and not common.id_ok(c)]
        if bool(bad) != ("DOC-06" in codes):
            errors.append(f"{cid}: invalid IDs {bad} vs DOC-06 label")
        d = f["dates"]
        if d["decision"] and d["decision_served"]:
            wd = common.workdays_after(d["decision"], d["decision_served"])
            if (wd > 7) != ("SERV-01" in codes):
                errors.append(f"{cid}: decision served after {wd} working days vs SERV-01 label")
        if d["filing"] and d["decision"]:
            days = (common.d(d["decision"]) - common.d(d["filing"])).days
            if (days > 90) != ("PROC-03" in codes):
                errors.append(f"{cid}: {days} days filing->decision vs PROC-03 label")
        if cid in NOTICE_SERVED and d["decision"]:
            end = common.add_workdays(NOTICE_SERVED[cid], PLEA_WORKDAYS)
            early = d["decision"] <= end
            if early != ("PROC-05" in codes):
                errors.append(f"{cid}: plea period ends {end}, decision {d['decision']} vs PROC-05 label")
            if d["notice"] and d["notice"] > d["decision"]:
                errors.append(f"{cid}: notice after decision")
        fine = f["penalty"]["fine_yuan"]
        if fine and f"{fine}" not in text.replace(",", ""):
            errors.append(f"{cid}: fine {fine} not in text")
        if f["penalty"]["procedure"] == "普通" and (toc_matches(text) == ("ARCH-01" in codes)):
            errors.append(f"{cid}: 卷内目录 match vs ARCH-01 label")
        for iso in d.values():
            if iso:
                dt.date.fromisoformat(iso)
        if lab["codes"] != sorted(lab["codes"]):
            errors.append(f"{cid}: codes not sorted")
    # c02: hearing requested within 5 wd of notice service; hearing notice >= 7 wd before hearing
    if common.workdays_after("2024-06-05", "2024-06-07") > 5 or common.workdays_after("2024-06-11", "2024-06-21") < 7:
        errors.append("c02 hearing windows")
    # c12: 加处罚款 = 3% x days x fine, and it exceeds the fine (EXEC-02)
    days = (common.d("2022-05-18") - common.d("2022-04-08")).days
    if round(20000 * 0.03 * days) != 24000 or 24000 <= 20000:
        errors.append("c12 surcharge arithmetic")
    # c11: goods value as stated (396) differs from the item sum (EVID-03)
    if 24 * 6.5 + 18 * 8.0 + 12 * 5.5 == 396:
        errors.append("c11 goods value would be right")
    print(f"{len(labels)} cases, {len(codes_all)} distinct codes: {sorted(codes_all)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
