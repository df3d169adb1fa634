"""Verify the dev7 corpus: sizes, label schema, check digits, day counts and 目录 page totals.

    python tests/data/dev7/_build/check.py        (exit status 1 on any failure)

Reads the built files independently (text, GBK/GB18030, folder, .docx, PDF text layer) and the case
timelines from the case modules. Paths are resolved from this file's location.
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "cases"))

from common import add_wd, d, days_between, id_ok, uscc_ok, wd_between  # noqa: E402

FAILS: list[str] = []


def check(cond: bool, msg: str) -> None:
    if not cond:
        FAILS.append(msg)


# ------------------------------------------------------------------ reading the built files
def pages_of(case_id: str, enc: str) -> list[str]:
    if enc in ("utf-8", "gbk", "gb18030"):
        raw = (ROOT / f"{case_id}.txt").read_bytes()
        return raw.decode(enc).split("\f")
    if enc == "folder":
        out = []
        for f in sorted((ROOT / case_id).glob("*.txt")):
            out.extend(f.read_text(encoding="utf-8").split("\f"))
        return out
    if enc == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(ROOT / f"{case_id}.pdf"))
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    if enc == "docx":
        import docx
        from docx.oxml.ns import qn
        doc = docx.Document(str(ROOT / f"{case_id}.docx"))
        pages, cur = [], []
        for el in doc.element.body.iterchildren():
            if el.tag == qn("w:p"):
                brk = any(b.get(qn("w:type")) == "page" for b in el.iter(qn("w:br")))
                if brk:
                    pages.append("\n".join(cur))
                    cur = []
                text = "".join(t.text or "" for t in el.iter(qn("w:t")))
                if text:
                    cur.append(text)
            elif el.tag == qn("w:tbl"):
                for tr in el.iter(qn("w:tr")):
                    cells = []
                    for tc in tr.iter(qn("w:tc")):
                        cells.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
                    cur.append(" | ".join(cells))
        pages.append("\n".join(cur))
        return pages
    raise ValueError(enc)


TOC_ROW = re.compile(r"(?:\d{4}[.\-]?\d{2}[.\-]?\d{2}|日|\d{4}\.\d{2}\.\d{2})\s*\|?\s+(\d+)(?:\s*[-—–]\s*(\d+))?\s*$")


def toc_last_page(toc: str) -> int:
    last = 0
    for line in toc.splitlines():
        m = TOC_ROW.search(line.strip())
        if m:
            last = max(last, int(m.group(2) or m.group(1)))
    return last


def folder_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


# ------------------------------------------------------------------ checks
def main() -> int:
    size = folder_size(ROOT)
    check(size < 3 * 1024 * 1024, f"corpus is {size} bytes, limit 3 MB")
    labels = [json.loads(line) for line in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    check([x["case_id"] for x in labels] == [f"dev7_0{i}" for i in range(1, 9)], "case ids dev7_01…08 in order")

    known = None
    yaml_path = HERE.parents[4] / "shared" / "contract" / "defects.yaml"
    if yaml_path.exists():
        known = set(re.findall(r"^\s*- code: (\S+)", yaml_path.read_text(encoding="utf-8"), re.M))
    use: dict[str, int] = {}
    clean = 0
    for lab in labels:
        cid, codes = lab["case_id"], lab["codes"]
        check(codes == sorted(codes), f"{cid}: codes not sorted")
        check(len(codes) <= 2, f"{cid}: more than two codes")
        clean += not codes
        for c in codes:
            use[c] = use.get(c, 0) + 1
            if known is not None:
                check(c in known, f"{cid}: unknown code {c}")
        ext = {"utf-8": ".txt", "gbk": ".txt", "gb18030": ".txt", "pdf": ".pdf", "docx": ".docx", "folder": ""}[lab["encoding"]]
        check((ROOT / f"{cid}{ext}").exists(), f"{cid}: output file missing")
        f = lab["fields"]
        party = f["party"]
        if party["credit_code"]:
            check(uscc_ok(party["credit_code"]), f"{cid}: credit code check digit")
        if party["id_number"]:
            check(id_ok(party["id_number"]), f"{cid}: id number check digit")
        check(party["kind"] in ("单位", "个人", "个体工商户"), f"{cid}: party kind")
        dts = f["dates"]
        for k in ("filing", "notice", "decision", "decision_served"):
            d(dts[k])
        check(dts["filing"] <= dts["notice"] <= dts["decision"] <= dts["decision_served"], f"{cid}: label dates out of order")
        check(days_between(dts["filing"], dts["decision"]) <= 90, f"{cid}: decision more than 90 days after filing")
        for cit in f["citations"]:
            check(cit["role"] in ("violated", "penalty") and isinstance(cit["article"], int), f"{cid}: citation shape")

        # text of the built file
        pages = pages_of(cid, lab["encoding"])
        text = "\n".join(pages)
        check(party["name"] in text, f"{cid}: party name not in file")
        for tok in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", text):
            if re.fullmatch(r"\d{17}[\dX]", tok) and re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", tok[6:14]):
                check(id_ok(tok), f"{cid}: id number {tok} in text fails GB 11643")
            elif re.match(r"9[1-3]|1[12]", tok) and re.search(r"[A-Z]", tok):
                check(uscc_ok(tok), f"{cid}: credit code {tok} in text fails GB 32100")
        check(not re.search(r"/(work|root|tmp|home)/", text), f"{cid}: absolute path in file")
        if lab["encoding"] == "gb18030":
            try:
                text.encode("gbk")
                FAILS.append(f"{cid}: labelled gb18030 but fits GBK")
            except UnicodeEncodeError:
                pass
        listed = toc_last_page(pages[0])
        if cid == "dev7_05":
            check(listed == len(pages) + 1, f"{cid}: 目录 should overstate the volume by one page (ARCH-01)")
        else:
            check(listed == len(pages), f"{cid}: 目录 last page {listed} != {len(pages)} pages")
        mod = importlib.import_module("c0" + cid[-1])
        timeline_checks(cid, mod, lab)
    for c, n in use.items():
        check(n <= 2, f"code {c} used {n} times")
    check(clean == 2, f"{clean} clean cases, expected 2")

    if FAILS:
        print("FAIL")
        for f in FAILS:
            print("  -", f)
        return 1
    print(f"OK: 8 cases, {size} bytes, codes {dict(sorted(use.items()))}")
    return 0


def timeline_checks(cid: str, mod, lab) -> None:
    D = mod.D
    served_wd = wd_between(D["decision"], D["served"])
    if cid == "dev7_03":
        check(served_wd > 7, f"{cid}: SERV-01 needs service after 7 working days ({served_wd})")
    else:
        check(served_wd <= 7, f"{cid}: decision served {served_wd} working days after")
    if cid == "dev7_01":
        check(100 * 268 != mod.GOODS_WRONG and mod.FINE == round(mod.GOODS_WRONG * 1.2), f"{cid}: EVID-03 arithmetic")
        check(26800 <= mod.FINE <= 80400, f"{cid}: fine inside the true 1–3× range")
        check(days_between(D["notice_served"], D["decision"]) > 3, f"{cid}: 3-day period respected")
        check(wd_between(D["report_recv"], D["filing"]) <= 15, f"{cid}: 立案 within 15 working days")
        check(wd_between(D["decision"], D["publish"]) <= 20, f"{cid}: 公示 within 20 working days")
    if cid == "dev7_02":
        check(days_between(D["notice_served"], D["decision"]) < 3, f"{cid}: PROC-05 needs decision inside the 3 days")
        check(mod.FINE == round(mod.GAIN * 0.3) and mod.GAIN == 2900 * 16, f"{cid}: amounts")
        check(3260 * 16 < 100000, f"{cid}: below criminal threshold")
    if cid == "dev7_03":
        check(abs(mod.VOL * mod.PRICE - mod.VALUE) < 0.5, f"{cid}: timber value")
        check(mod.FINE < 3 * mod.VALUE, f"{cid}: LAW-05 needs fine below 3× value")
        check(D["plea"] <= add_wd(D["notice_served"], 5) < D["decision"], f"{cid}: plea period")
    if cid == "dev7_04":
        check(D["approve_head"] > D["decision"], f"{cid}: PROC-04 approval after decision")
        check(D["review"] < D["decision"] and D["discuss"] < D["decision"], f"{cid}: review/discussion before decision")
        check(add_wd(D["notice_served"], 5) < D["decision"], f"{cid}: plea period")
        check(mod.WRONG_NO != mod.DEC_NO, f"{cid}: SERV-03 number")
    if cid == "dev7_05":
        days = days_between(add_day(D["served"], 15), D["paid"])
        check(days == mod.LATE_DAYS, f"{cid}: overdue days {days}")
        check(mod.SURCHARGE == round(0.03 * mod.FINE * days) and mod.SURCHARGE > mod.FINE, f"{cid}: EXEC-02 arithmetic")
        check(mod.FINE == 19 * 500, f"{cid}: 超限 fine")
        check(add_wd(D["notice_served"], 5) < D["decision"], f"{cid}: plea period")
    if cid == "dev7_06":
        check(add_wd(D["notice_served"], 5) < D["decision"], f"{cid}: plea period")
        check(D["served"] == "2024-04-28", f"{cid}: served on the 调休 Sunday")
    if cid == "dev7_07":
        last = add_wd(D["notice_served"], 5)
        check(last == "2025-10-13" == D["plea"], f"{cid}: holiday-extended plea deadline {last}")
        check(days_between(D["notice_served"], D["plea"]) == 14, f"{cid}: looks late in calendar days")
        check(D["decision"] > last and days_between(D["filing"], D["decision"]) == 88, f"{cid}: decision timing")
        check(mod.FINE < 100000, f"{cid}: 减轻 below minimum")
        check(D["paid1"] <= "2025-11-03" and D["paid2"] <= "2025-12-19", f"{cid}: instalments on time")
    if cid == "dev7_08":
        last = add_wd(D["notice_served"], 5)
        check(D["hear_req"] <= last and days_between(D["notice_served"], D["hear_req"]) == 13, f"{cid}: hearing request timing")
        check(wd_between(D["hnotice"], D["hearing"]) - 1 >= 7, f"{cid}: hearing notice 7 working days before")
        check(mod.FINE == 50000, f"{cid}: statutory maximum")
        check(D["hreport"] < D["review"] < D["discuss"] < D["decision"], f"{cid}: order after hearing")


def add_day(iso: str, n: int) -> str:
    import datetime as dt
    return (d(iso) + dt.timedelta(days=n)).isoformat()


if __name__ == "__main__":
    sys.exit(main())
