"""Re-verify the corpus against its labels: IDs, dates, working-day deadlines, 目录 pages.

Run from _build/: ../../../../.venv/bin/python check.py . Exits 1 on any mismatch."""

from __future__ import annotations

import json
import re
import sys

from common import OUT, add_workdays, d, idno_ok, uscc_ok, workdays_after
from labels_src import load

errors: list[str] = []


def err(case: str, msg: str) -> None:
    errors.append(f"{case}: {msg}")


def text_of(case_id: str) -> str:
    """Whole text of a case (txt file, folder of txt, or PDF text layer)."""
    p = OUT / f"{case_id}.txt"
    if p.exists():
        return p.read_text(encoding="utf-8")
    p = OUT / case_id
    if p.is_dir():
        return "\f".join(f.read_text(encoding="utf-8") for f in sorted(p.glob("*.txt")))
    p = OUT / f"{case_id}.pdf"
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(p))
    return "\f".join(pdf[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdf)))


def check_case(m) -> None:
    lab = m.LABEL
    cid, codes, f = lab["case_id"], set(lab["codes"]), lab["fields"]
    extra = getattr(m, "CHECK", {})
    party = f["party"]
    if party["credit_code"] and not uscc_ok(party["credit_code"]):
        err(cid, f"credit code {party['credit_code']} fails GB 32100")
    if party["id_number"] and not idno_ok(party["id_number"]):
        err(cid, f"id {party['id_number']} fails GB 11643")
    for bad in extra.get("bad_ids", []):
        if idno_ok(bad) or uscc_ok(bad):
            err(cid, f"planted bad id {bad} is valid")
    text = text_of(cid)
    if party["name"] not in text:
        err(cid, "party name not in text")
    for key in ("credit_code", "id_number"):
        if party[key] and party[key] not in text.replace(" ", ""):
            err(cid, f"{key} not in text")
    # every 18-char id in the text must be valid unless DOC-06 is labelled
    for tok in re.findall(r"(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])", text):
        if not idno_ok(tok) and not uscc_ok(tok) and "DOC-06" not in codes:
            err(cid, f"invalid ID {tok} in a case without DOC-06")
    for tok in re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", text):
        if not tok.isdigit() and not uscc_ok(tok) and "DOC-06" not in codes:
            err(cid, f"invalid USCC {tok}")
    dates = f["dates"]
    dec = d(dates["decision"]) if dates["decision"] else None
    if dec and dates["decision_served"]:
        wd = workdays_after(dec, d(dates["decision_served"]))
        if (wd > 7) != ("SERV-01" in codes):
            err(cid, f"decision served after {wd} working days vs SERV-01 label")
    if dec and dates["filing"]:
        days = (dec - d(dates["filing"])).days
        limit = 90 + extra.get("extension_days", 0)
        if (days > limit) != ("PROC-03" in codes):
            err(cid, f"decision {days} days after filing (limit {limit}) vs PROC-03 label")
        if dates["notice"] and not d(dates["filing"]) <= d(dates["notice"]) <= dec:
            if "PROC-04" not in codes:
                err(cid, "filing/notice/decision out of order")
    if dec and extra.get("notice_served"):
        end = add_workdays(d(extra["notice_served"]), extra["statement_wd"])
        early = dec <= end and not extra.get("waived")
        if early != ("PROC-05" in codes):
            err(cid, f"statement period ends {end}, decision {dec} vs PROC-05 label")
    for fn in extra.get("asserts", []):
        msg = fn()
        if msg:
            err(cid, msg)
    # fine range sanity: label fine within cited penalty range unless LAW-05 / 减轻
    lo, hi = extra.get("range", (None, None))
    fine = f["penalty"]["fine_yuan"]
    if lo is not None and not (lo <= fine <= hi) and "LAW-05" not in codes and not extra.get("mitigated"):
        err(cid, f"fine {fine} outside {lo}-{hi}")
    if f["penalty"]["procedure"] == "简易":
        lim = 200 if party["kind"] == "个人" else 3000
        if (fine > lim) != ("PROC-10" in codes):
            err(cid, "简易 fine vs PROC-10 label")
    check_toc(cid, text, "ARCH-01" in codes)


def check_toc(cid: str, text: str, arch: bool) -> None:
    """Compare 目录 rows (title … page or a-b) with the pages whose footer carries the number."""
    pages = text.split("\f")
    toc_rows = re.findall(r"^\s*(\d+)\s*[\t|│ ]+\s*(\S[^\t|│\n]*?)\s*[\t|│ ]+.*?[\t|│ ]\s*(\d+)(?:\s*[-–]\s*(\d+))?\s*[│|]?\s*$",
                          pages[0], re.M)
    if not toc_rows:
        err(cid, "no 目录 rows parsed")
        return
    ok = True
    for _, title, a, b in toc_rows:
        a, b = int(a), int(b or a)
        key = re.sub(r"[（(].*", "", title).strip()[:4]
        idx = a  # page a is pages[a] since pages[0] is the 目录
        if idx >= len(pages) or key not in pages[idx].replace(" ", ""):
            ok = False
    if ok == arch:
        err(cid, f"目录 consistency {ok} vs ARCH-01 label {arch}")


def main() -> None:
    mods = load()
    for m in mods:
        check_case(m)
    lines = (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(x)["case_id"] for x in lines]
    if ids != [m.LABEL["case_id"] for m in mods]:
        err("labels", "labels.jsonl out of date (run labels_src.py)")
    for e in errors:
        print("FAIL", e)
    print(f"{len(mods)} cases checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
