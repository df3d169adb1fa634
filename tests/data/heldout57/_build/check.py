"""Self-check of the heldout57 corpus: sizes, label schema, check digits, day counts,
page/catalogue consistency and cited articles (where the law text is available).

Run: python tests/data/heldout57/_build/check.py      (exit status 1 on any failure)
Paths are resolved relative to this file; ../shared (beside the project root) is optional.
"""
from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import ROOT, credit_code_ok, id_ok  # noqa: E402
import case01, case02, case03, case04, case05, case06, case07  # noqa: E402,E401

CASES = [case01, case02, case03, case04, case05, case06, case07]
SHARED = ROOT.parents[3] / "shared"          # <project root>/../shared
fails: list[str] = []
n_ok = 0


def ok(cond, what):
    global n_ok
    if cond:
        n_ok += 1
    else:
        fails.append(what)


# ------------------------------------------------------------------ size and files
total = sum(p.stat().st_size for p in ROOT.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
ok(total < 3 * 1024 * 1024, f"folder size {total} bytes >= 3 MB")
print(f"folder size: {total / 1024 / 1024:.2f} MB")

labels = [json.loads(l) for l in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ok(len(labels) == 7, "labels.jsonl must have 7 lines")
EXT = {"utf-8": ".txt", "gbk": ".txt", "gb18030": ".txt", "docx": ".docx", "pdf": ".pdf", "folder": ""}
known_codes = None
dy = SHARED / "contract" / "defects.yaml"
if dy.exists():
    known_codes = set(re.findall(r"^\s*-\s*code:\s*([A-Z]+-\d+)", dy.read_text(encoding="utf-8"), re.M))
code_use: dict = {}
for lab, mod in zip(labels, CASES):
    cid = lab["case_id"]
    ok(cid == mod.CASE_ID, f"{cid}: order/case id mismatch")
    p = ROOT / (cid + EXT[lab["encoding"]])
    ok(p.exists(), f"{cid}: missing {p.name}")
    ok(lab["codes"] == sorted(lab["codes"]), f"{cid}: codes not sorted")
    ok(len(lab["codes"]) <= 2, f"{cid}: more than two codes")
    for c in lab["codes"]:
        code_use[c] = code_use.get(c, 0) + 1
        if known_codes is not None:
            ok(c in known_codes, f"{cid}: unknown code {c}")
    f = lab["fields"]
    ok(set(f) == {"agency", "party", "penalty", "dates", "citations"}, f"{cid}: fields keys")
    ok(set(f["party"]) == {"name", "kind", "credit_code", "id_number"}, f"{cid}: party keys")
    ok(f["party"]["kind"] in ("单位", "个人", "个体工商户"), f"{cid}: party kind")
    ok(f["penalty"]["procedure"] in ("普通", "简易"), f"{cid}: procedure")
    ok(set(f["dates"]) == {"filing", "notice", "decision", "decision_served"}, f"{cid}: dates keys")
    ok(f["dates"]["filing"] <= f["dates"]["notice"] <= f["dates"]["decision"] <= f["dates"]["decision_served"], f"{cid}: date order")
    if f["party"]["credit_code"]:
        ok(credit_code_ok(f["party"]["credit_code"]), f"{cid}: credit code check digit")
    if f["party"]["id_number"]:
        ok(id_ok(f["party"]["id_number"]), f"{cid}: id number check digit")
    # 2017 numbering before 2021-07-15: decision-year sanity
    ok("2019-01-01" <= f["dates"]["decision"] <= "2025-12-31", f"{cid}: decision year out of 2019-2025")
    for c in f["citations"]:
        ok(set(c) == {"law", "article", "paragraph", "item", "role"} and c["role"] in ("violated", "penalty"), f"{cid}: citation keys")
ok(max(code_use.values(), default=0) <= 2, f"a code is used more than twice: {code_use}")
ok(sum(1 for l in labels if not l["codes"]) == 2, "exactly two clean cases expected")

# ------------------------------------------------------------------ per-case arithmetic and calendars
for mod in CASES:
    for what, actual, expected in mod.checks():
        ok(actual == expected, f"{what}: got {actual!r}, expected {expected!r}")
    for cc in mod.IDS["credit"]:
        ok(credit_code_ok(cc), f"{mod.CASE_ID}: bad credit code {cc}")
    for num in mod.IDS["id"]:
        ok(id_ok(num), f"{mod.CASE_ID}: bad id number {num}")


# ------------------------------------------------------------------ text of every case
def case_text(cid: str, enc: str) -> tuple[str, int | None]:
    """(all text, page count or None)."""
    if enc == "folder":
        files = sorted((ROOT / cid).glob("*.txt"))
        return "\n".join(f.read_text(encoding="utf-8") for f in files), None
    p = ROOT / (cid + EXT[enc])
    if enc in ("utf-8", "gbk", "gb18030"):
        raw = p.read_bytes()
        if enc != "utf-8":
            try:
                raw.decode("utf-8")
                ok(False, f"{cid}: {enc} file also decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        return raw.decode(enc), None
    if enc == "docx":
        with zipfile.ZipFile(p) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", xml)), None
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(p))
    txt = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return txt, len(pdf)


CC_RE = re.compile(r"(?<![0-9A-Z])[0-9][0-9A-Z]{17}(?![0-9A-Z])")
for lab in labels:
    cid, enc = lab["case_id"], lab["encoding"]
    text, npages = case_text(cid, enc)
    if cid == "h57_07":
        ok(npages is not None and 8 <= npages <= 12, f"{cid}: scanned PDF must have 8-12 pages, has {npages}")
        ok(len(text.strip()) == 0, f"{cid}: scanned PDF must have no text layer")
        continue
    flat = re.sub(r"\s+", "", text)
    ok(lab["fields"]["party"]["name"] in flat, f"{cid}: party name not in text")
    ok(lab["fields"]["agency"] in flat, f"{cid}: agency not in text")
    for m in set(CC_RE.findall(flat)):
        if m[:2] in ("91", "92", "93", "12", "11", "51", "52", "53"):
            ok(credit_code_ok(m) or id_ok(m), f"{cid}: code {m} in text fails its check digit")
        elif m[:17].isdigit():
            ok(id_ok(m), f"{cid}: id {m} in text fails its check digit")
    # catalogue: largest page number listed == number of pages
    if enc in ("utf-8", "gb18030", "gbk"):
        npages = text.count("\f") + 1 if enc == "utf-8" else len(re.findall(r"^- \d+ -", text, re.M))
    if enc == "folder":
        npages = len(re.findall(r"^第\d+页$", text, re.M))
    if enc == "docx":
        npages = None  # Word paginates; see optional soffice check below
    if npages:
        if enc == "pdf":
            import pypdfium2 as pdfium
            cat = pdfium.PdfDocument(str(ROOT / (cid + ".pdf")))[0].get_textpage().get_text_range()
        elif enc == "utf-8":
            cat = text.split("\f")[0]
        elif enc == "folder":
            cat = (ROOT / cid / "00_卷内目录.txt").read_text(encoding="utf-8")
        else:
            cat = text.split("- 1 -")[0]
        cat = cat.replace("\r", "")
        if enc != "pdf":
            cat = cat.split("第 1 页")[0].split("- 1 -")[0].split("第1页")[0]
        listed = [int(x) for x in re.findall(r"(?:^|[\s-])(\d{1,2})\s*$", cat, re.M)]
        ok(listed and max(listed) == npages, f"{cid}: catalogue last page {max(listed) if listed else None} != {npages} pages")

# optional: Word pagination of the .docx via LibreOffice, if installed
import shutil, subprocess, tempfile  # noqa: E401,E402
if shutil.which("soffice"):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(ROOT / "h57_04.docx")],
                       capture_output=True, timeout=300)
        out = Path(td) / "h57_04.pdf"
        if out.exists():
            import pypdfium2 as pdfium
            n = len(pdfium.PdfDocument(str(out)))
            ok(n == 21, f"h57_04.docx paginates to {n} pages, catalogue expects 21")
            print("docx pagination checked with LibreOffice:", n, "pages")

# ------------------------------------------------------------------ cited articles vs law texts in ../shared/laws
CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn2int(s: str) -> int:
    n, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch == "十":
            n += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            n += cur * 100
            cur = 0
    return n + cur


def law_articles(md: str) -> dict:
    arts, cur = {}, None
    for line in md.splitlines():
        m = re.match(r"^第([零一二三四五六七八九十百]+)条\s", line)
        if m:
            cur = cn2int(m.group(1))
            arts[cur] = {"paras": 1, "items": 0}
        elif cur and line.strip() and not line.startswith("#"):
            if re.match(r"^[（(][一二三四五六七八九十]+[）)]", line):
                arts[cur]["items"] += 1
            elif not line.startswith("<!--"):
                arts[cur]["paras"] += 1
    return arts


LAWFILES = {"中华人民共和国食品安全法": "食品安全法(2021-04-29).md", "中华人民共和国城乡规划法": "城乡规划法(2019-04-23).md"}
if (SHARED / "laws").exists():
    for lab in labels:
        for c in lab["fields"]["citations"]:
            fn = LAWFILES.get(c["law"])
            if not fn:
                continue
            arts = law_articles((SHARED / "laws" / fn).read_text(encoding="utf-8"))
            a = arts.get(c["article"])
            ok(a is not None, f"{lab['case_id']}: {c['law']} 第{c['article']}条 not found")
            if a and c["paragraph"]:
                ok(c["paragraph"] <= a["paras"], f"{lab['case_id']}: {c['law']} 第{c['article']}条第{c['paragraph']}款 not found")
            if a and c["item"]:
                ok(a["items"] >= c["item"], f"{lab['case_id']}: {c['law']} 第{c['article']}条 项{c['item']} not found")

# ------------------------------------------------------------------ no absolute machine paths in written files
for p in ROOT.rglob("*"):
    if p.is_file() and p.suffix in (".py", ".md", ".jsonl", ".txt"):
        t = p.read_bytes().decode("utf-8", errors="ignore")
        bad = "|".join("/" + w + "/" for w in ("work", "tmp", "root", "home"))
        ok(not re.search(bad, t), f"absolute path inside {p.relative_to(ROOT)}")

print(f"{n_ok} passed, {len(fails)} failed")
for f in fails:
    print("FAIL:", f)
sys.exit(1 if fails else 0)
