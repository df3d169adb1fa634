"""Re-verify the dev5 corpus against labels.jsonl: IDs, encodings, dates, working-day deadlines, 卷内目录 pages."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import sys

import chinese_calendar
from common import OUT, idno_ok, paginate, uscc_ok

MODULES = [f"case{i:02d}" for i in range(1, 9)]


def toc_matches(rec: dict, text: str) -> bool | None:
    """Compare the 卷内目录 rows in the text with the real page ranges of the case module (None: no 目录)."""
    for name in MODULES:
        mod = importlib.import_module(name)
        if mod.NAME == rec["case_id"]:
            break
    else:
        return None
    if not hasattr(mod, "DOCS"):
        return None
    real, _ = paginate(mod.DOCS, "")
    want = [f"{t}\t{a}-{b}" if a != b else f"{t}\t{a}" for t, a, b in real]
    got = re.findall(r"^\d+\t(.+\t[\d-]+)$", text.split("\f")[0], re.M)
    return got == want


def workdays_after(a: dt.date, b: dt.date) -> int:
    """Working days in (a, b]."""
    return len(chinese_calendar.get_workdays(a + dt.timedelta(days=1), b)) if b > a else 0


def load_text(rec: dict) -> str:
    p = OUT / f"{rec['case_id']}.txt"
    if p.exists():
        return p.read_bytes().decode(rec["encoding"])
    d = OUT / rec["case_id"]
    return "\f".join(f.read_text(encoding="utf-8") for f in sorted(d.glob("*.txt")))


def check_toc(text: str) -> list[str]:
    pages = text.split("\f")
    errs, foot = [], {}
    for i, p in enumerate(pages, 1):
        m = re.search(r"(?:- (\d+) -|(\d+)/\d+|第(\d+)页 共\d+页)\s*$", p)
        if m:
            foot[i] = int(next(g for g in m.groups() if g))
    if foot and any(k != v for k, v in foot.items()):
        errs.append("footer numbers out of sequence")
    return errs


def check(rec: dict) -> list[str]:
    errs = []
    f, codes = rec["fields"], set(rec["codes"])
    text = load_text(rec)
    party = f["party"]
    if party["credit_code"]:
        if not uscc_ok(party["credit_code"]):
            errs.append("bad credit code")
        if party["credit_code"] not in text:
            errs.append("credit code not in text")
    if party["id_number"]:
        if not idno_ok(party["id_number"]):
            errs.append("bad id number")
        if party["id_number"] not in text:
            errs.append("id number not in text")
    for n in re.findall(r"\b\d{17}[\dX]\b", text):
        if n[:2] in {"11", "13", "14", "15", "23"} and n[6:8] in {"19", "20"} and not idno_ok(n):
            if "DOC-06" not in codes:
                errs.append(f"invalid id {n}")
    d = {k: dt.date.fromisoformat(v) if v else None for k, v in f["dates"].items()}
    if d["decision"] and d["filing"]:
        late = (d["decision"] - d["filing"]).days > 90
        if late != ("PROC-03" in codes) and "延长" not in text:
            errs.append(f"90-day check {late} vs labels")
    if d["decision"] and d["decision_served"]:
        wd = workdays_after(d["decision"], d["decision_served"])
        if (wd > 7) != ("SERV-01" in codes):
            errs.append(f"service after {wd} working days vs labels")
    if d["notice"] and d["decision"] and "PROC-05" not in codes:
        if (d["decision"] - d["notice"]).days <= 3 and "放弃" not in text:
            errs.append("decision within 3 days of notice without waiver")
    errs += check_toc(text)
    toc = toc_matches(rec, text)
    if toc is not None and toc != ("ARCH-01" not in codes):
        errs.append(f"卷内目录 matches={toc} vs labels")
    if "PROC-05" in codes and d["notice"] and d["decision"]:
        if workdays_after(d["notice"], d["decision"]) >= 3:
            errs.append("PROC-05 labelled but the 3-day period had ended")
    if "EXEC-02" in codes:
        m = re.search(r"(\d+)元×(\d+)%×(\d+)日＝(\d+)元", text)
        if not m or int(m.group(2)) <= 3:
            errs.append("EXEC-02 labelled but no over-rate 加处罚款 found")
    if d["notice"] and d["decision"] and d["decision"] >= dt.date(2021, 7, 15) and "放弃" not in text:
        if workdays_after(d["notice"], d["decision"]) <= 5 and "PROC-05" not in codes:
            errs.append("decision within 5 working days of notice (2021 law)")
    if f["penalty"]["procedure"] == "普通":
        for s in ("决定书",):
            if s not in text:
                errs.append(f"missing {s}")
    return errs


def main() -> int:
    bad = 0
    for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        errs = check(rec)
        print(("OK  " if not errs else "ERR ") + rec["case_id"], "; ".join(errs), rec["codes"])
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
