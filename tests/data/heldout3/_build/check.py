"""Re-verify each case against its labels: IDs' check characters, the 7-working-day service of the
decision, the 90-day decision limit, and the 陈述申辩 period — each must hold exactly when the
label does not carry the matching defect code. Exit status 1 on any mismatch.

Run: .venv/bin/python tests/data/heldout3/_build/check.py
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import add_workdays, idno_ok, uscc_ok, workdays_after  # noqa: E402
from labels_src import CASES  # noqa: E402


def case_text(out: Path, case_id: str, encoding: str) -> str:
    """The case's text (txt files only; DOCX parts are read with python-docx)."""
    for p in sorted(out.glob(case_id + "*")):
        if p.is_file() and p.suffix == ".txt":
            return p.read_text(encoding=encoding)
        if p.is_file() and p.suffix == ".docx" or p.is_dir():
            import docx

            files = [p] if p.is_file() else sorted(p.glob("*.docx"))
            parts = []
            for f in files:
                d = docx.Document(str(f))
                parts += [para.text for para in d.paragraphs]
                for t in d.tables:
                    for row in t.rows:
                        parts += [c.text for c in row.cells]
            return "\n".join(parts)
    raise FileNotFoundError(case_id)


def check_case(name: str, label: dict, out: Path) -> list[str]:
    mod = importlib.import_module(name)
    chk = mod.CHECK
    codes = set(label["codes"])
    errs: list[str] = []
    say = errs.append
    for c in chk["ids"].get("credit", []):
        bad = not uscc_ok(c)
        if bad and "DOC-06" not in codes:
            say(f"credit code {c} fails its check character")
    for c in chk["ids"].get("id", []):
        bad = not idno_ok(c)
        if bad and "DOC-06" not in codes:
            say(f"id number {c} fails its check digit")
    for c in chk["ids"].get("bad_id", []):
        if idno_ok(c) or "DOC-06" not in codes:
            say(f"{c} was meant to be a wrong id number (DOC-06) but passes or is unlabelled")
    f = label["fields"]
    party = f["party"]
    if party.get("credit_code") and not uscc_ok(party["credit_code"]):
        say("label credit code invalid")
    if party.get("id_number") and not idno_ok(party["id_number"]):
        say("label id number invalid")
    text = case_text(out, label["case_id"], label["encoding"] if label["encoding"] != "docx" else "utf-8")
    for key in ("credit_code", "id_number"):
        if party.get(key) and party[key] not in text:
            say(f"label {key} not found in the case text")
    if party["name"] not in text:
        say("party name not in text")
    dates = {k: (dt.date.fromisoformat(v) if v else None) for k, v in f["dates"].items()}
    for k in ("filing", "decision", "decision_served"):
        if chk.get(k) and dates.get(k) != chk[k]:
            say(f"label date {k} {dates.get(k)} != builder {chk[k]}")
    dec, served = dates.get("decision"), dates.get("decision_served")
    if dec and served and not chk.get("on_the_spot"):
        late = served > add_workdays(dec, 7)
        if late != ("SERV-01" in codes):
            say(f"service {workdays_after(dec, served)} working days after decision vs codes")
    if dates.get("filing") and dec:
        limit = 90 + chk.get("extension_days", 0)
        over = (dec - dates["filing"]).days > limit
        if over != ("PROC-03" in codes):
            say(f"decision {(dec - dates['filing']).days} days after filing vs codes")
    if chk.get("notice_served") and dec:
        n, served_n = chk["statement_days"], chk["notice_served"]
        end = add_workdays(served_n, n) if chk.get("statement_workdays") else served_n + dt.timedelta(days=n)
        early = dec <= end and not chk.get("waived")
        if early != ("PROC-05" in codes):
            say(f"decision {dec} vs statement period ending {end} vs codes")
        if dates.get("notice") and dates["notice"] > dec:
            say("notice after decision")
    return errs


def main() -> int:
    out = HERE.parent
    labels = [json.loads(x) for x in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    by_id = {lab["case_id"]: lab for lab in labels}
    bad = 0
    seen: set[str] = set()
    for name in CASES:
        mod = importlib.import_module(name)
        lab = by_id[mod.CASE_ID]
        seen |= set(lab["codes"])
        errs = check_case(name, lab, out)
        status = "ok" if not errs else "FAIL"
        print(f"{mod.CASE_ID:32} {status:4} {','.join(lab['codes']) or 'clean'}")
        for e in errs:
            print("    -", e)
        bad += bool(errs)
    print(f"{len(CASES)} cases, {len(seen)} distinct codes: {', '.join(sorted(seen))}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
