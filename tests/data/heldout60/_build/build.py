"""Build the heldout60 corpus next to this folder: python3 build.py (then python3 check.py)."""
import json
from pathlib import Path
from common import OUT, Doc, assign_pages, toc_doc, parse_blocks
import render
import case01, case02, case03, case04, case05, case06, case07

SPEC = [  # case_id, module, format, archive no.
    ("h60_01", case01, "folder", "2022-吴市监-0416"),
    ("h60_02", case02, "gb18030", "2018-兰市监-0731"),
    ("h60_03", case03, "docx", "2020-甘水-0009"),
    ("h60_04", case04, "pdf", "2022-汇自然资-0027"),
    ("h60_05", case05, "pdf_landscape", "2023-武卫职-0018"),
    ("h60_06", case06, "txt", "2024-大卫当罚-0042"),
    ("h60_07", case07, "scan", "2019-临林-0047"),
]


def volume(mod, archive):
    body = mod.docs()
    n = assign_pages(body)
    toc = toc_doc(mod.TITLE, body, archive)
    bk = Doc("备考表", pages=parse_blocks(mod.BEIKAO.format(n=n)), numbered=False)
    return [toc] + body + [bk], n


def main():
    info = {}
    for cid, mod, fmt, arch in SPEC:
        docs, n = volume(mod, arch)
        if fmt == "folder":
            render.write_folder(docs, OUT / cid)
        elif fmt == "gb18030":
            render.write_txt(docs, OUT / f"{cid}.txt", "gb18030")
        elif fmt == "txt":
            render.write_txt(docs, OUT / f"{cid}.txt", "utf-8")
        elif fmt == "docx":
            render.write_docx(docs, OUT / f"{cid}.docx")
        elif fmt == "pdf":
            render.write_pdf(docs, OUT / f"{cid}.pdf", title=mod.TITLE)
        elif fmt == "pdf_landscape":
            render.write_pdf(docs, OUT / f"{cid}.pdf", landscape=True, title=mod.TITLE)
        elif fmt == "scan":
            if not render.write_scan(docs, OUT / f"{cid}.pdf"):
                print("no CJK font: scan skipped")
        info[cid] = dict(format=fmt, numbered_pages=n, total_pages=sum(len(d.pages) for d in docs),
                         toc=[(d.title, d.first, d.last) for d in docs if d.numbered])
        print(cid, fmt, n, "numbered pages")
    (Path(__file__).parent / "build_info.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
