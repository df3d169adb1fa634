"""Self-checks for the heldout60 corpus: sizes, page counts, check digits, day counts, no machine paths."""
import json
import re
import sys
from pathlib import Path
from common import OUT, D, credit_ok, id_ok, add_workdays, workdays_between, HAVE_CC

HERE = Path(__file__).resolve().parent
fails = []

def ok(cond, msg):
    print(("PASS " if cond else "FAIL ") + msg)
    if not cond:
        fails.append(msg)

# size
total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
ok(total < 3 * 1024 * 1024, f"folder size {total} bytes < 3 MB")
ok(HAVE_CC, "chinese_calendar available for working-day counts")

info = json.loads((HERE / "build_info.json").read_text(encoding="utf-8"))
labels = [json.loads(l) for l in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
ok(len(labels) == 7, "7 label records")

# page counts per format
from pypdf import PdfReader
for cid, inf in info.items():
    tp = inf["total_pages"]
    if inf["format"] in ("pdf", "pdf_landscape", "scan"):
        n = len(PdfReader(str(OUT / f"{cid}.pdf")).pages)
        ok(n == tp, f"{cid}: PDF has {n} pages = volume pages {tp}")
    elif inf["format"] in ("txt", "gb18030"):
        enc = "gb18030" if inf["format"] == "gb18030" else "utf-8"
        t = (OUT / f"{cid}.txt").read_bytes().decode(enc)
        ok(t.count("\f") + 1 == tp, f"{cid}: text has {t.count(chr(12)) + 1} pages = {tp}")
        if enc == "gb18030":
            try:
                (OUT / f"{cid}.txt").read_bytes().decode("utf-8")
                ok(False, f"{cid}: GB18030 file must not be valid UTF-8")
            except UnicodeDecodeError:
                ok(True, f"{cid}: GB18030 file is not UTF-8")
    elif inf["format"] == "folder":
        files = sorted((OUT / cid).glob("*.txt"))
        n = sum(f.read_text(encoding="utf-8").count("\f") + 1 for f in files)
        ok(n == tp, f"{cid}: folder holds {len(files)} files, {n} pages = {tp}")
    elif inf["format"] == "docx":
        import docx
        d = docx.Document(str(OUT / f"{cid}.docx"))
        breaks = sum(1 for p in d.paragraphs for r in p.runs if 'w:br' in r._r.xml and 'type="page"' in r._r.xml)
        ok(breaks + 1 == tp, f"{cid}: docx has {breaks + 1} pages by explicit breaks = {tp}; tables {len(d.tables)}")
    # 目录 page ranges are contiguous from 1
    prev = 0
    for title, a, b in inf["toc"]:
        ok(a == prev + 1 and b >= a, f"{cid}: 目录 {title} {a}-{b}") if a != prev + 1 else None
        prev = b
    ok(prev == inf["numbered_pages"], f"{cid}: 目录 ranges contiguous 1-{prev}")

# check digits
for r in labels:
    p = r["fields"]["party"]
    if p["credit_code"]:
        ok(credit_ok(p["credit_code"]), f"{r['case_id']}: credit code {p['credit_code']} passes GB 32100/GB 11714")
    if p["id_number"]:
        ok(id_ok(p["id_number"]), f"{r['case_id']}: ID {p['id_number']} passes GB 11643")
# every 18-char ID-like number written in the sources
src = "".join((HERE / f"case0{i}.py").read_text(encoding="utf-8") for i in range(1, 8))
for n in set(re.findall(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])", src)):
    ok(id_ok(n), f"literal ID {n} passes GB 11643")

# day counts and amounts behind the labels
ok((D("2022-06-30") - D("2022-03-10")).days == 112 and D("2022-06-30") <= D("2022-07-08"), "h60_01: 112 days, inside approved extension to 2022-07-08")
ok((D("2022-03-10") - D("2022-03-10")).days + 90 == 90 and str(D("2022-03-10").fromordinal(D("2022-03-10").toordinal() + 90)) == "2022-06-08", "h60_01: 90-day limit 2022-06-08")
ok(add_workdays(D("2022-06-17"), 5) == D("2022-06-24") < D("2022-06-30"), "h60_01: corrected notice period ends 2022-06-24 before decision")
ok(workdays_between(D("2022-06-30"), D("2022-07-01")) <= 7, "h60_01: 留置送达 within 7 working days")
ok(25000 + 25000 == 50000, "h60_01: instalments sum to fine")
ok(workdays_between(D("2018-09-10"), D("2018-09-27")) == 12, "h60_02: decision served after 12 working days (>7)")
ok(13500 == 86 * 45 + 214 * 45 and 86 * 45 == 3870, "h60_02: 违法经营额 arithmetic correct")
ok(15000 < 20000, "h60_03: fine below statutory minimum 20000")
ok(18600 + 26400 + 9800 == 54800 != 56800, "h60_04: contract sum is 54800, file says 56800")
ok(20000 + 18000 == 38000, "h60_04: 违法所得 38000 correct")
ok(workdays_between(D("2022-05-31"), D("2022-06-13")) > 5, "h60_04: decision after 5-working-day period anyway (written waiver too)")
ok(add_workdays(D("2023-08-15"), 5) == D("2023-08-22") > D("2023-08-21"), "h60_05: period ends 2023-08-22, decision 2023-08-21")
ok(2000 <= 3000, "h60_06: on-the-spot fine within 3000 for an organisation")
ok(workdays_between(D("2019-10-16"), D("2019-11-13")) >= 0 and (D("2019-11-13") - D("2019-10-16")).days <= 29, "h60_07: decision within 30-day seizure")
ok(add_workdays(D("2018-09-10"), 7) == D("2018-09-19"), "h60_02: 7th working day after decision is 2018-09-19")

# no absolute machine paths in any file
pat = re.compile(rb"(/work/|/home/|/tmp/|/usr/|C:\\\\)")
for p in OUT.rglob("*"):
    if p.is_file() and p.suffix in (".py", ".md", ".txt", ".jsonl", ".json") and "__pycache__" not in p.parts:
        ok(not pat.search(p.read_bytes()) or p.name == "check.py", f"no machine path in {p.relative_to(OUT)}")

print("\nALL PASS" if not fails else f"\n{len(fails)} FAILED")
sys.exit(1 if fails else 0)
