"""Re-verify the labels: check characters, working-day deadlines and the 90-day limit against the codes.

Run: python check.py   (from this folder, with chinese_calendar installed). Exit 1 on any mismatch."""
import importlib
import json
import sys

from common import OUT, D, credit_ok, id_ok, wd_after

bad = 0


def expect(ok: bool, msg: str) -> None:
    global bad
    print(("ok   " if ok else "FAIL ") + msg)
    bad += not ok


labels = {json.loads(l)["case_id"]: json.loads(l) for l in (OUT / "labels.jsonl").read_text("utf-8").splitlines() if l}
for name in ["case01", "case02", "case03", "case04", "case05", "case06", "case07"]:
    try:
        m = importlib.import_module(name)
    except ModuleNotFoundError:
        continue
    lab = labels[m.CASE_ID]
    codes, f = set(lab["codes"]), lab["fields"]
    p = f["party"]
    if p["credit_code"]:
        expect(credit_ok(p["credit_code"]) != ("DOC-06" in codes), f"{m.CASE_ID} credit code {p['credit_code']}")
    if p["id_number"]:
        expect(id_ok(p["id_number"]) != ("DOC-06" in codes), f"{m.CASE_ID} id number {p['id_number']}")
    for extra in getattr(m, "EXTRA_IDS", []):
        expect(id_ok(extra), f"{m.CASE_ID} other id {extra}")
    md = m.META["dates"]
    for k in ("filing", "notice", "decision", "decision_served"):
        expect(f["dates"][k] == md.get(k), f"{m.CASE_ID} label date {k}={f['dates'][k]}")
    dec = D(md["decision"])
    if md.get("decision_served") and not m.META.get("on_spot_service"):
        n = wd_after(dec, D(md["decision_served"]))
        expect((n > 7) == ("SERV-01" in codes), f"{m.CASE_ID} decision served after {n} working days")
    if md.get("filing"):
        n = (dec - D(md["filing"])).days
        expect((n > 90 and not m.META.get("extension")) == ("PROC-03" in codes), f"{m.CASE_ID} decision {n} days after filing")
    if md.get("notice_served"):
        n = wd_after(D(md["notice_served"]), dec)
        early = n <= m.META["statement_wd"]
        expect(early == ("PROC-05" in codes),
               f"{m.CASE_ID} decision {n} working days after notice served (period {m.META['statement_wd']})")
    if "hearing_notice_served" in md:
        n = wd_after(D(md["hearing_notice_served"]), D(md["hearing"]))
        expect(n >= 7, f"{m.CASE_ID} hearing {n} working days after its notice")
    for k, v in m.META.get("order", []):
        expect(D(md[k]) <= D(md[v]), f"{m.CASE_ID} {k} {md[k]} <= {v} {md[v]}")
print("FAILURES:", bad)
sys.exit(1 if bad else 0)
