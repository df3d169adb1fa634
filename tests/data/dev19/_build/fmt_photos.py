"""Writes a case as a folder of phone photos (JPG), one page per photo."""
import os

from build import clean_target
from render_img import as_phone_photo, render_page


def write(case, ranges, out_dir, mod):
    folder = os.path.join(out_dir, case.case_id)
    clean_target(folder)
    os.makedirs(folder)
    names = [n for _, n in mod.photo_names(None)]
    seq = 0
    for doc in case.docs:
        n0 = ranges.get(doc.key, (None,))[0]
        for i, page in enumerate(doc.pages):
            pno = n0 + i if doc.numbered else None
            img = render_page(page, page_no=pno, width_px=1000, seed=300 + seq, pageno_style="hand",
                              base=getattr(mod, "BASE_PT", 10.5))
            data = as_phone_photo(img, seed=900 + seq, long_side=1000, quality=50)
            with open(os.path.join(folder, names[seq]), "wb") as fh:
                fh.write(data)
            seq += 1
    assert seq == len(names), (seq, len(names))
