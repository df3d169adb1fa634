"""Writes a case as one scanned, image-only PDF (no text layer)."""
import os

from render_img import as_scanned_pdf_page, render_page
from render_pdf import image_pdf


def write(case, ranges, out_dir, mod):
    jpegs = []
    seq = 0
    for doc in case.docs:
        n0 = ranges.get(doc.key, (None,))[0]
        for i, page in enumerate(doc.pages):
            pno = n0 + i if doc.numbered else None
            img = render_page(page, page_no=pno, width_px=1000, seed=1100 + seq, pageno_style="stamp",
                              base=getattr(mod, "BASE_PT", 10.5))
            jpegs.append(as_scanned_pdf_page(img, seed=1300 + seq, colour=getattr(mod, "SCAN_COLOUR", False),
                                             width=getattr(mod, "SCAN_WIDTH", 860),
                                             quality=getattr(mod, "SCAN_QUALITY", 45),
                                             noise=getattr(mod, "SCAN_NOISE", 1.2)))
            seq += 1
    image_pdf(jpegs, os.path.join(out_dir, case.case_id + ".pdf"), title="")
