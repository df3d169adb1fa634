"""Re-verify the dev3 corpus against its labels: IDs, working-day deadlines, 卷内目录 page ranges.

Run: .venv/bin/python tests/data/dev3/_build/check.py  (exit status 1 on any mismatch)
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import load  # noqa: E402
from common import OUT, credit_ok, d, id_ok, number_pages, workdays_after  # noqa: E402

CC_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
ID_RE = re.compile(r"(?<!\d)\d{17}[\dX](?!\d)")


def case_text(label: dict) -> str:
    path = OUT / f"{label['case_id']}.txt"
    if path.exists():
        return path.read_bytes().decode(label["encoding"])
    folder = OUT / label["case_id"]
    return "\n\f".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))


def check(mod, label: dict) -> list[str]:
    errs: list[str] = []
    codes = set(label["codes"])
    text = case_text(label)
    party = label["fields"]["party"]
    if party["credit_code"] and not credit_ok(party["credit_code"]):
        errs.append("label credit code fails check")
    if party["id_number"] and not id_ok(party["id_number"]):
        errs.append("label id number fails check")
    bad = [c for c in CC_RE.findall(text) if not credit_ok(c) and not c.isdigit()]
    bad += [c for c in ID_RE.findall(text) if not id_ok(c) and c not in getattr(mod, "NOT_IDS", [])]
    if bool(bad) != ("DOC-06" in codes):
        errs.append(f"invalid IDs in text {bad} vs DOC-06 label")
    for key in ("credit_code", "id_number"):
        if party[key] and party[key] not in text:
            errs.append(f"{key} not in text")
    dates = label["fields"]["dates"]
    if dates["decision"] and dates["decision_served"]:
        wd = workdays_after(dates["decision"], dates["decision_served"])
        if (wd > 7) != ("SERV-01" in codes):
            errs.append(f"decision served after {wd} working days vs SERV-01 label")
    if dates["filing"] and dates["decision"]:
        days = (d(dates["decision"]) - d(dates["filing"])).days
        if (days > 90) != ("PROC-03" in codes):
            errs.append(f"decision {days} days after filing vs PROC-03 label")
    chk = getattr(mod, "LABEL", {}).get("checks", {})
    if "notice_served" in chk:
        wd = workdays_after(chk["notice_served"], dates["decision"])
        early = wd <= chk["notice_period_wd"]
        if early != ("PROC-05" in codes):
            errs.append(f"decision {wd} working days after notice served vs PROC-05 label")
        if d(dates["notice"]) >= d(dates["decision"]):
            errs.append("notice not before decision")
    if "hearing" in chk:
        wd = workdays_after(chk["hearing_notice_served"], chk["hearing"]) - 1
        if wd < 7:
            errs.append(f"hearing only {wd} working days after its notice")
    if hasattr(mod, "docs"):
        docs = mod.docs()
        number_pages(docs)
        rows = re.findall(r"^(\d+)\s*[\t|]\s*([^\t|\n]+?)\s*[\t|].*?[\t|]\s*(\d+(?:-\d+)?)\s*$", text, re.M)
        mismatch = []
        for num, _name, rng in rows:
            doc = docs[int(num) - 1]
            a, b = doc["pages"]
            if rng != (f"{a}-{b}" if a != b else f"{a}"):
                mismatch.append((num, rng, doc["pages"]))
        if not rows:
            errs.append("卷内目录 not parsed")
        if bool(mismatch) != ("ARCH-01" in codes):
            errs.append(f"catalogue mismatches {mismatch} vs ARCH-01 label")
    if str(label["fields"]["penalty"]["fine_yuan"]) not in text.replace(",", ""):
        errs.append("fine amount not found in text")
    return errs


def main() -> int:
    labels = {r["case_id"]: r for r in map(json.loads, (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines())}
    failures = 0
    codes: set[str] = set()
    for mod in load():
        label = labels[mod.CASE_ID]
        codes |= set(label["codes"])
        errs = check(mod, label)
        failures += bool(errs)
        print(("FAIL " if errs else "ok   ") + mod.CASE_ID, label["codes"], *errs)
    print(f"{len(labels)} cases, {len(codes)} distinct codes, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
