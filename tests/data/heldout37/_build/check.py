"""Re-verify labels.jsonl against the hand-written facts: IDs, working-day deadlines, ranges, file presence.

Run with the project venv: python tests/data/heldout37/_build/check.py  (uses chinese_calendar for 工作日).
Every intended defect is asserted to be present, and every clean aspect to be clean.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import credit_ok, id_ok, wd_between, wd_add  # noqa: E402
import labels_src  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = dt.date.fromisoformat
errors: list[str] = []


def ok(cond: bool, msg: str) -> None:
    if not cond:
        errors.append(msg)


def case_text(case_id: str) -> str | None:
    """Plain text of a case where it can be read without OCR (txt, folder, docx)."""
    for ext, enc in ((".txt", None),):
        p = os.path.join(ROOT, case_id + ext)
        if os.path.exists(p):
            raw = open(p, "rb").read()
            for e in ("utf-8", "gb18030"):
                try:
                    return raw.decode(e)
                except UnicodeDecodeError:
                    continue
    d = os.path.join(ROOT, case_id)
    if os.path.isdir(d):
        return "\n".join(open(os.path.join(d, f), encoding="utf-8").read() for f in sorted(os.listdir(d)))
    p = os.path.join(ROOT, case_id + ".docx")
    if os.path.exists(p):
        import docx
        doc = docx.Document(p)
        parts = [para.text for para in doc.paragraphs]
        for t in doc.tables:
            for r in t.rows:
                parts.append("|".join(c.text for c in r.cells))
        return "\n".join(parts)
    return None


def main() -> int:
    lines = [json.loads(x) for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    mods = {m: __import__(m) for m in labels_src.CASES}
    by_id = {mod.CASE_ID: mod for mod in mods.values()}
    ok(len(lines) == 7, "expected 7 cases")
    codes_all = set()
    for rec in lines:
        cid = rec["case_id"]
        mod = by_id[cid]
        chk = mod.LABEL["check"]
        codes = set(rec["codes"])
        codes_all |= codes
        ok(rec["codes"] == sorted(rec["codes"]), f"{cid}: codes not sorted")
        ok(len(codes) <= 3, f"{cid}: more than 3 codes")
        party = rec["fields"]["party"]
        if party["credit_code"]:
            ok(credit_ok(party["credit_code"]), f"{cid}: credit code check char")
        if party["id_number"]:
            ok(id_ok(party["id_number"]), f"{cid}: id number check digit")
        d = {k: (P(v) if v else None) for k, v in rec["fields"]["dates"].items()}
        # 90-day limit from 立案 to 决定 (no extension in any case)
        ok((d["decision"] - d["filing"]).days <= 90, f"{cid}: decision more than 90 days after filing")
        ok(d["filing"] <= d["notice"] <= d["decision"], f"{cid}: filing/notice/decision order")
        # service of the decision within 7 working days (except the 公告送达 case, judged on the mailing date)
        served = P(chk["mail"]) if "mail" in chk else d["decision_served"]
        late = wd_between(d["decision"], served) > 7
        ok(late == ("SERV-01" in codes), f"{cid}: SERV-01 label vs {wd_between(d['decision'], served)} working days")
        # 陈述申辩 period
        ns = P(chk["notice_served"])
        if chk.get("statement_days_wd"):
            end = wd_add(ns, chk["statement_days_wd"])
        else:
            end = ns + dt.timedelta(days=chk.get("statement_days_cal", 3))
        early = d["decision"] <= end and not chk.get("waiver") and not chk.get("hearing_request")
        ok(early == ("PROC-05" in codes), f"{cid}: PROC-05 label vs period end {end} decision {d['decision']}")
        for k in ("legal_review", "group_discussion"):
            if k in chk:
                ok(P(chk[k]) <= d["decision"], f"{cid}: {k} after decision")
        if "closing" in chk:
            ok(P(chk["closing"]) >= P(chk["payment"]) >= d["decision"], f"{cid}: payment/closing order")
        if "hearing" in chk:
            ok(wd_between(ns, P(chk["hearing_request"])) <= 5, f"{cid}: hearing request later than 5 wd")
            ok(wd_between(P(chk["hearing_notice_served"]), P(chk["hearing"])) >= 7, f"{cid}: hearing notice < 7 wd")
        if "fine_range" in chk:
            lo, hi = chk["fine_range"]
            below = rec["fields"]["penalty"]["fine_yuan"] < lo
            ok(below == ("LAW-05" in codes), f"{cid}: LAW-05 label vs range {lo}-{hi}")
        if "surcharge" in chk:
            ok((chk["surcharge"] > rec["fields"]["penalty"]["fine_yuan"]) == ("EXEC-02" in codes), f"{cid}: EXEC-02")
            ok(wd_between(P(chk["urge_served"]), P(chk["court_apply"])) >= 10, f"{cid}: court application < 10 wd after 催告")
            ok(P(chk["publish"]) + dt.timedelta(days=30) == d["decision_served"], f"{cid}: 公告 + 30 days")
        if "bad_credit" in chk:
            ok(not credit_ok(chk["bad_credit"]) == ("DOC-06" in codes), f"{cid}: DOC-06 bad credit code")
        if "gain" in chk:
            n, per, gain = chk["gain"]
            ok(n * per == gain, f"{cid}: 违法所得 arithmetic")
        # text-level checks where the case is readable without OCR
        txt = case_text(cid)
        if txt is not None:
            for m in re.findall(r"(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])", txt):
                if m[:2] in ("11", "12", "13", "14", "15", "21", "22", "23", "61", "62"):
                    ok(id_ok(m) or credit_ok(m), f"{cid}: bad id {m} in text")
            for m in set(re.findall(r"9[123][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}", txt)):
                ok(credit_ok(m) or m == chk.get("bad_credit"), f"{cid}: bad credit code {m} in text")
            if "DOC-07" in codes:
                ok("贰拾万伍仟元整（¥250000.00）" in txt, f"{cid}: DOC-07 mismatch not in text")
            ok(("（公章）" in txt) or ("（印章）" in txt) or ("（章）" in txt), f"{cid}: no seal marker")
        else:
            ok(os.path.exists(os.path.join(ROOT, cid + ".pdf")), f"{cid}: file missing")
    ok(len(codes_all) >= 9, f"only {len(codes_all)} distinct codes")
    clean = [r for r in lines if not r["codes"]]
    ok(len(clean) == 2, "expected 2 clean cases")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
    ok(size < 2_000_000, f"corpus too large: {size}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(lines)} cases, {len(codes_all)} distinct codes: {sorted(codes_all)}; size {size} bytes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
