"""Build one or all heldout10 cases:  python build.py [case_module ...]"""
import importlib
import os
import shutil
import sys

import render

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CASES = ["case_a_xiaofang", "case_b_yingji", "case_c_jiage", "case_d_tudi",
         "case_e_shuiwu", "case_f_yunshu", "case_g_yangchen"]


def build(modname):
    m = importlib.import_module(modname)
    docs = m.docs()
    total = render.assemble(docs)
    for doc in docs:
        if doc.unnumbered and "{}" in doc.text:
            doc.text = doc.text.replace("{}", str(total))
            render.paginate(doc)
    for doc in docs:
        if getattr(doc, "is_toc", False):
            doc.text = m.toc_text(render.toc_rows(docs))
            render.paginate(doc)
    fmt, out = m.FORMAT, os.path.join(ROOT, m.CASE_ID)
    for p in (out, out + ".txt", out + ".pdf", out + ".docx"):
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)
    if fmt in ("txt", "txt-gb18030", "txt-folder"):
        tp = render.text_pages(docs, m.footer, total)
        if fmt == "txt-folder":
            os.makedirs(out)
            for i, (doc, pages) in enumerate(tp, 1):
                with open(os.path.join(out, f"{i:02d}_{doc.name}.txt"), "w", encoding="utf-8") as f:
                    f.write("\n\n".join(pages))
        else:
            body = "\f".join(p for _, pages in tp for p in pages)
            enc = "gb18030" if fmt == "txt-gb18030" else "utf-8"
            with open(out + ".txt", "w", encoding=enc) as f:
                f.write(body)
        return
    pages = []
    for doc in docs:
        for k, items in enumerate(doc.pages):
            foot = None if doc.unnumbered else m.footer(doc.first + k, total)
            pages.append((items, foot))
    if fmt == "pdf":
        import out as o
        o.write_pdf(out + ".pdf", pages)
    elif fmt == "docx":
        import out as o
        o.write_docx(out + ".docx", pages)
    elif fmt == "photos":
        import out as o
        os.makedirs(out)
        for i, (items, foot) in enumerate(pages, 1):
            o.write_photo(os.path.join(out, f"p{i:02d}.jpg"), items, foot, m.SEAL_NAME, seed=i * 7 + 3)


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    for name in sys.argv[1:] or CASES:
        build(name)
        print("built", name)
