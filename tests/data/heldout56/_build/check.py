"""Self-check of the heldout56 corpus: check characters, deadlines, day counts and label shape.

Run: python tests/data/heldout56/_build/check.py
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import lib  # noqa: E402
import case01, case02, case03, case04, case05, case06, case07  # noqa: E401,E402

CASES = [case01, case02, case03, case04, case05, case06, case07]


def days(a: str, b: str) -> int:
    """Calendar days from a to b."""
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def main() -> int:
    """Print every check; return 1 on a failed assertion."""
    bad = 0

    def ok(cond: bool, msg: str) -> None:
        nonlocal bad
        print(("ok   " if cond else "FAIL ") + msg)
        bad += not cond

    for c in CASES:
        f = c.LABEL["fields"]
        p = f["party"]
        if p["credit_code"]:
            ok(lib.credit_ok(p["credit_code"]), f"{c.CID} credit code {p['credit_code']}")
        if p["id_number"]:
            ok(lib.id_ok(p["id_number"]), f"{c.CID} id number {p['id_number']}")
        d = c.D
        ok(d["filing"] <= d["notice"] < d["decision"] <= d["served"], f"{c.CID} order filing<=notice<decision<=served")
        n = days(d["filing"], d["decision"])
        ok((n > 90) == (c.CID == "h56_07"), f"{c.CID} filing->decision {n} days")
        w = lib.workdays_after(d["decision"], d["served"])
        ok((w > 7) == (c.CID == "h56_03"), f"{c.CID} decision->served {w} working days")
        served_notice = d.get("notice_served", d["notice"])
        end = lib.add_workdays(served_notice, 5)
        ok((d["decision"] <= end) == (c.CID == "h56_01"), f"{c.CID} notice served {served_notice}, 5wd period ends {end}, decision {d['decision']}")
        ok(c.LABEL["codes"] == sorted(c.LABEL["codes"]), f"{c.CID} codes sorted")
    # every other ID string appearing in the case texts must also be valid
    import re
    for c in CASES:
        text = "".join(s for _, _, s in c.DOCS)
        for m in set(re.findall(r"(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])", text)):
            ok(lib.id_ok(m), f"{c.CID} id in text {m}")
        for m in set(re.findall(r"(?<![0-9A-Z])[0-9]{2}[0-9]{6}[0-9A-Z]{10}(?![0-9A-Z])", text)):
            if not m.isdigit() and not lib.id_ok(m):
                ok(lib.credit_ok(m), f"{c.CID} credit code in text {m}")
    # h56_06 arithmetic: the defect is deliberate
    ok(16 * 45 == 720 and 30000 * 3 * 43 // 100 == 38700 > 30000, "h56_06 arithmetic defect as intended")
    ok(620 * 100 == 62000 == 22000 + 20000 + 20000, "h56_02 fine = 620 m2 x 100 = three instalments")
    total = sum(f.stat().st_size for f in lib.OUT.rglob("*") if f.is_file() and "_build" not in f.parts)
    ok(total < 3_000_000, f"corpus size {total} bytes")
    lines = (lib.OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    ok(len(lines) == 7 and all(json.loads(x)["case_id"] == c.CID for x, c in zip(lines, CASES)), "labels.jsonl shape")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
