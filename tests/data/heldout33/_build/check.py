"""Re-verify the labels: check characters, and the working-day / calendar deadlines each label implies.

Each case module may define CHECK = {"notice_served": ISO, "period": ("wd"|"d", n)} for the
陈述申辩 period.  Run: python check.py (from anywhere).
"""
import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import labels_src  # noqa: E402
from common import OUT, add_workdays, credit_ok, id_ok, workdays_between  # noqa: E402


def d(s):
    return dt.date.fromisoformat(s) if s else None


def check(m):
    errs = []
    lab = m.LABEL
    codes = set(lab["codes"])
    party = lab["fields"]["party"]
    bad_id = (party["credit_code"] and not credit_ok(party["credit_code"])) or (
        party["id_number"] and not id_ok(party["id_number"]))
    if bad_id and "DOC-06" not in codes:
        errs.append("party id fails its check character")
    for attr, ok_fn in (("CC", credit_ok), ("IDN", id_ok)):
        v = getattr(m, attr, None)
        if v and not ok_fn(v):
            errs.append(f"{attr} {v} fails its check character")
    dates = {k: d(v) for k, v in lab["fields"]["dates"].items()}
    dec, served, filing = dates["decision"], dates["decision_served"], dates["filing"]
    if dec and served:
        late = workdays_between(dec, served) > 7
        if late != ("SERV-01" in codes):
            errs.append(f"service {workdays_between(dec, served)} wd vs label")
    if dec and filing and lab["fields"]["penalty"]["procedure"] == "普通":
        over = (dec - filing).days > 90
        if over != ("PROC-03" in codes) and not getattr(m, "EXTENDED", False):
            errs.append(f"decision {(dec - filing).days} days after filing vs label")
    chk = getattr(m, "CHECK", None)
    if chk and dec:
        ns = d(chk["notice_served"])
        kind, n = chk["period"]
        end = add_workdays(ns, n) if kind == "wd" else ns + dt.timedelta(days=n)
        early = dec <= end
        if early != ("PROC-05" in codes):
            errs.append(f"decision {dec} vs statement period end {end} vs label")
    if dates["notice"] and dec and dates["notice"] > dec and "PROC-04" not in codes:
        errs.append("notice after decision")
    return errs


def main():
    ok = True
    rows = [json.loads(x) for x in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    by_id = {r["case_id"]: r for r in rows}
    for m in labels_src.modules():
        errs = check(m)
        if by_id.get(m.LABEL["case_id"], {}).get("codes") != sorted(m.LABEL["codes"]):
            errs.append("labels.jsonl out of date")
        exists = any(p.stem == m.LABEL["case_id"] or p.name == m.LABEL["case_id"] for p in OUT.iterdir())
        if not exists:
            errs.append("case file missing")
        print(m.LABEL["case_id"], "OK" if not errs else errs)
        ok &= not errs
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
