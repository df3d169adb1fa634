"""Writes a case as a folder of greyscale flatbed scans (PNG), one page per file."""
import os

from build import clean_target
from render_img import as_flatbed_scan, render_page


def write(case, ranges, out_dir, mod):
    folder = os.path.join(out_dir, case.case_id)
    clean_target(folder)
    os.makedirs(folder)
    n = sum(len(d.pages) for d in case.docs)
    names = mod.scan_names(ranges, n)
    seq = 0
    for doc in case.docs:
        n0 = ranges.get(doc.key, (None,))[0]
        for i, page in enumerate(doc.pages):
            pno = n0 + i if doc.numbered else None
            img = render_page(page, page_no=pno, width_px=1000, seed=500 + seq, pageno_style="circle",
                              base=getattr(mod, "BASE_PT", 10.5))
            data = as_flatbed_scan(img, seed=700 + seq, levels=getattr(mod, "GREY_LEVELS", 8),
                                   width=getattr(mod, "SCAN_WIDTH", 900))
            with open(os.path.join(folder, names[seq]), "wb") as fh:
                fh.write(data)
            seq += 1
