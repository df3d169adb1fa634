"""Re-verify the labels: check characters, working-day service limit, 办案期限, 陈述申辩 period, sizes.

Run with the project's venv from anywhere: python tests/data/heldout34/_build/check.py
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, id_number, credit_code, wd_between  # noqa: E402
import case_e  # noqa: E402

D = dt.date.fromisoformat
# per case: statutory 办案期限 in days from 受案, 陈述申辩 days stated, written waiver, served on the spot
META = {
    "A01": (30, 3, True, True), "B02": (30, 3, True, True), "C03": (90, 3, False, False),
    "D04": (None, None, None, True), "E05": (30, 3, False, True), "F06": (30, 3, True, True),
    "G07": (30, 3, True, True),
}


def ok_id(s):
    return s is not None and len(s) == 18 and id_number(s[:17]) == s


def main():
    bad = 0
    labs = [json.loads(x) for x in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    assert len(labs) == 7
    total = 0
    for lab in labs:
        cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
        hits = [n for n in os.listdir(OUT) if os.path.splitext(n)[0] == cid]
        assert len(hits) == 1, cid
        p = os.path.join(OUT, hits[0])
        size = sum(os.path.getsize(os.path.join(p, x)) for x in os.listdir(p)) if os.path.isdir(p) else os.path.getsize(p)
        total += size
        assert ok_id(f["party"]["id_number"]), cid
        if lab["encoding"]:
            for q in ([os.path.join(p, x) for x in os.listdir(p)] if os.path.isdir(p) else [p]):
                with open(q, encoding=lab["encoding"]) as fh:
                    fh.read()
        limit, days, waiver, on_spot = META[cid[:3]]
        d = f["dates"]
        dec, srv = D(d["decision"]), D(d["decision_served"])
        late = wd_between(dec, srv) > 7 and not on_spot
        print(f"{cid[:3]} served after {wd_between(dec, srv)} wd", end="; ")
        bad += late != ("SERV-01" in codes)
        if limit and d["filing"]:
            span = (dec - D(d["filing"])).days
            print(f"filing->decision {span}d (limit {limit})", end="; ")
            bad += (span > limit) != ("PROC-03" in codes)
        if days and d["notice"]:
            within = dec < D(d["notice"]) + dt.timedelta(days=days)
            early = within and not waiver
            print(f"decision {'within' if within else 'after'} the {days}-day 陈述申辩 period, waived={waiver}")
            bad += early != ("PROC-05" in codes)
        else:
            print()
        if "D04" in cid:
            assert f["penalty"]["procedure"] == "简易" and f["penalty"]["fine_yuan"] > 200 and "PROC-10" in codes
    # E05: the wrong ID in the 告知笔录 must fail its check digit, the hotel's credit code must pass
    assert not ok_id(case_e.BAD) and credit_code(case_e.HOTEL_CC[:17]) == case_e.HOTEL_CC
    # G07: 加处罚款 3%/day, not above the fine
    due = D("2021-11-25") + dt.timedelta(days=15)
    over = (D("2021-12-20") - due).days
    assert over == 10 and min(200 * 3 * over // 100, 200) == 60
    scan = [n for n in os.listdir(OUT) if n.startswith("D04")][0]
    assert os.path.getsize(os.path.join(OUT, scan)) < 1_200_000
    print(f"total size {total / 1e6:.2f} MB; mismatches: {bad}")
    assert total < 2_000_000 and bad == 0


if __name__ == "__main__":
    main()
