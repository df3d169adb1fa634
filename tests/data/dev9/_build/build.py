"""Build the dev9 corpus: eight invented administrative-penalty case volumes.

    python3 build.py            # writes ../dev9_0N_* next to this folder

Paths are taken relative to this file.  The random seed is fixed, so a rebuild gives the same
text content (the PDF/DOCX containers are also written deterministically where the libraries allow).
"""

import importlib
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import Doc, G, T  # noqa: E402
import render  # noqa: E402

SEED = 20250609
CASE_MODULES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07", "case08"]
EXT = {"folder": "", "gbk": ".txt", "utf8": ".txt", "utf8box": ".txt", "docx": ".docx",
       "pdf-table": ".pdf", "pdf-prose": ".pdf", "pdf-image": ".pdf"}


def find_font(family):
    """Path of an installed CJK font (fontconfig), e.g. 'Noto Serif CJK SC'."""
    import subprocess
    path = subprocess.run(["fc-match", "-f", "%{file}", family + ":lang=zh"], capture_output=True,
                          text=True, check=True).stdout.strip()
    if not path:
        raise SystemExit(f"no font for {family}; install fonts-noto-cjk")
    return path


def load_cases():
    random.seed(SEED)
    return [importlib.import_module(m).build() for m in CASE_MODULES]


def fmt_range(case, a, b):
    if a == b:
        return str(a)
    sep = {"range": "-", "dash": "—", "zhi": "至"}[case.page_sep]
    return f"{a}{sep}{b}"


def paginate(case):
    """Insert the 卷内目录, number the pages and return the full document list.

    Each document gets .phys (physical page numbers, 1-based) and .printed (the number printed
    in its footer, or None)."""
    toc = Doc(case.toc_title, [[]], toc=False, fname="卷内目录")
    docs = [toc] + case.docs
    for doc in docs:
        doc.numbered = True
    if case.numbering == "docs":
        toc.numbered = False
        for doc in docs:
            if doc.title == "备考表":
                doc.numbered = False
    phys = printed = 0
    for doc in docs:
        doc.phys, doc.printed = [], []
        for _ in doc.pages:
            phys += 1
            doc.phys.append(phys)
            if doc.numbered:
                printed += 1
                doc.printed.append(printed)
            else:
                doc.printed.append(None)
    toc.pages = [make_toc(case, docs)]
    return docs


def toc_entries(case, docs):
    """(doc, first, last) as the 目录 states them.  toc_override["omit"] lists titles the 目录
    maker did not know about (documents inserted after the 目录 was written): they are left out
    and the printed numbering is computed as if they were absent."""
    omit = set(case.toc_override.get("omit", []))
    counter = len(docs[0].pages) if case.numbering == "all" else 0
    out = []
    for doc in docs[1:]:
        if doc.title in omit or not doc.numbered:
            continue
        first = counter + 1
        counter += len(doc.pages)
        if doc.toc:
            out.append((doc, first, counter))
    return out


def make_toc(case, docs):
    rows = []
    for i, (doc, a, b) in enumerate(toc_entries(case, docs), 1):
        rows.append([str(i), doc.title, doc.docno, doc.date, fmt_range(case, a, b), ""])
    hdr = case.toc_header
    if len(hdr) == 5:          # no 备注 column
        rows = [r[:5] for r in rows]
    blocks = [T(case.agency), T(case.toc_title)] + list(case.toc_extra)
    blocks.append(G(hdr, rows, case.toc_widths))
    return blocks


def page_list(docs):
    return [(blocks, doc.printed[i]) for doc in docs for i, blocks in enumerate(doc.pages)]


def out_path(case):
    return os.path.join(OUT, case.case_id + EXT[case.fmt])


def write_case(case, docs):
    path = out_path(case)
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)
    style = dict(case.text_style)
    if case.fmt == "folder":
        os.makedirs(path)
        for i, doc in enumerate(docs, 1):
            pages = render.render_text_pages(case, [(b, doc.printed[k]) for k, b in enumerate(doc.pages)], style)
            name = f"{i:02d}_{doc.fname or doc.title}.txt"
            with open(os.path.join(path, name), "w", encoding="utf-8", newline="\n") as f:
                f.write("\f".join(pages))
    elif case.fmt in ("utf8", "utf8box"):
        if case.fmt == "utf8box":
            style["box"] = True
        pages = render.render_text_pages(case, page_list(docs), style)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\f".join(pages))
    elif case.fmt == "gbk":
        pages = render.render_text_pages(case, page_list(docs), style)
        with open(path, "w", encoding="gbk", newline="\r\n") as f:
            f.write("\n".join(pages))
    elif case.fmt == "docx":
        render.render_docx(case, page_list(docs), path, case.author)
    elif case.fmt in ("pdf-table", "pdf-prose"):
        render.render_pdf(case, page_list(docs), path, ruled=case.fmt == "pdf-table", author=case.author)
    elif case.fmt == "pdf-image":
        render.render_scan(case, page_list(docs), path, SEED, find_font("Noto Serif CJK SC"),
                           find_font("Noto Sans CJK SC"))
    else:
        raise ValueError(case.fmt)
    return path


def main():
    for case in load_cases():
        docs = paginate(case)
        path = write_case(case, docs)
        n = sum(len(doc.pages) for doc in docs)
        print(f"{case.case_id:28s} {case.fmt:10s} {n:3d} pages  {os.path.relpath(path, OUT)}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        CASE_MODULES[:] = sys.argv[1:]
    main()
