"""Writes a whole case as one text-layer PDF."""
import os

from render_pdf import text_pdf


def write(case, ranges, out_dir, mod):
    pages = []
    for doc in case.docs:
        n0 = ranges.get(doc.key, (None,))[0]
        for i, page in enumerate(doc.pages):
            pages.append((page, n0 + i if doc.numbered else None))
    text_pdf(pages, os.path.join(out_dir, case.case_id + ".pdf"), title=getattr(mod, "PDF_TITLE", ""),
             seed=77, header=getattr(mod, "pdf_header", None), footer=getattr(mod, "pdf_footer", None),
             base=getattr(mod, "BASE_PT", 10.5), fontmap=getattr(mod, "PDF_FONTMAP", None))
