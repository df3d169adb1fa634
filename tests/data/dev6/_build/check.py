"""Re-verify the dev6 corpus against labels.jsonl: check characters, deadlines, page catalogue."""

from __future__ import annotations

import datetime as dt
import json
import re

from common import OUT, idno, uscc, workdays_after


# 事先告知书送达日、陈述申辩期（天数, 是否工作日）— 手工从各案卷送达回证和告知书摘出
STATEMENT = {
    "dev6_01_youyan": ("2024-05-28", 5, False),
    "dev6_02_yingji": ("2025-08-22", 5, False),
    "dev6_04_mingma": ("2023-03-22", 5, False),
    "dev6_05_heiche": ("2024-07-15", 5, False),
    "dev6_06_jianzhu": ("2022-12-06", 5, False),
    "dev6_07_jinhuo": ("2026-04-14", 5, True),
    "dev6_08_shuiwu": ("2025-03-07", 5, False),
}


def period_end(served: dt.date, days: int, work: bool) -> dt.date:
    """Last day of the statement period counted from the day after service (holiday-extended end)."""
    import chinese_calendar as cc

    if work:
        d, n = served, 0
        while n < days:
            d += dt.timedelta(days=1)
            n += cc.is_workday(d)
        return d
    d = served + dt.timedelta(days=days)
    while not cc.is_workday(d):
        d += dt.timedelta(days=1)
    return d


def load_text(case_id: str, enc: str) -> str:
    """The case text, whether one file or a folder of documents."""
    p = OUT / f"{case_id}.txt"
    if p.exists():
        return p.read_bytes().decode(enc)
    return "\f".join(f.read_text(encoding="utf-8") for f in sorted((OUT / case_id).glob("*.txt")))


def main() -> None:
    """Print one line per case; list every problem found against the labels."""
    problems = []
    for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        lab = json.loads(line)
        cid, f = lab["case_id"], lab["fields"]
        text = load_text(cid, lab["encoding"])
        for m in re.findall(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])", text):
            if m[:2].isdigit() and m[:2] not in ("91", "92", "93", "11", "12", "31", "51", "52"):
                ok = idno(m[:17]) == m  # 身份证号
            elif re.fullmatch(r"\d{17}[\dX]", m) and m[:2] not in ("91", "92", "93"):
                ok = idno(m[:17]) == m
            else:
                ok = uscc(m[:17]) == m
            if not ok and "DOC-06" not in lab["codes"]:
                problems.append(f"{cid}: bad check character {m}")
        party = f["party"]
        for key in ("credit_code", "id_number"):
            if party.get(key) and party[key] not in text:
                problems.append(f"{cid}: {key} {party[key]} not in text")
        d = {k: (dt.date.fromisoformat(v) if v else None) for k, v in f["dates"].items()}
        info = []
        if d["decision"] and d["decision_served"]:
            wd = workdays_after(d["decision"], d["decision_served"])
            info.append(f"served+{wd}wd")
            if (wd > 7) != ("SERV-01" in lab["codes"]):
                problems.append(f"{cid}: service {wd} working days vs SERV-01 label")
        if d["filing"] and d["decision"]:
            days = (d["decision"] - d["filing"]).days
            info.append(f"filing->decision {days}d")
            if days > 90 and "延长办案期限" not in text and "PROC-03" not in lab["codes"]:
                problems.append(f"{cid}: {days} days without extension")
        if d["notice"] and d["decision"]:
            info.append(f"notice->decision {(d['decision'] - d['notice']).days}d")
        if cid in STATEMENT and d["decision"]:
            srv, days, work = STATEMENT[cid]
            end = period_end(dt.date.fromisoformat(srv), days, work)
            info.append(f"statement period ends {end}")
            if (d["decision"] <= end) != ("PROC-05" in lab["codes"]):
                problems.append(f"{cid}: decision {d['decision']} vs period end {end} and PROC-05 label")
        print(cid, lab["codes"], " ".join(info))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")


if __name__ == "__main__":
    main()
