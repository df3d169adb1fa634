"""Writes a case as a folder with one file per document (PDF / DOCX / TXT / JPG by extension)."""
import os

from build import clean_target
from render_docx import build_docx
from render_img import as_phone_photo, render_page
from render_pdf import text_pdf
from render_text import page_lines_loose


def write(case, ranges, out_dir, mod):
    folder = os.path.join(out_dir, case.case_id)
    clean_target(folder)
    os.makedirs(folder)
    for k, doc in enumerate(case.docs):
        path = os.path.join(folder, doc.fname)
        ext = doc.fname.rsplit(".", 1)[1]
        opts = getattr(doc, "opts", {})
        if ext == "pdf":
            pages = [(p, None) for p in doc.pages]
            n = len(pages)
            text_pdf(pages, path, title=doc.title, seed=40 + k,
                     footer=(lambda i, t: f"第 {i + 1} 页 共 {t} 页") if doc.numbered else None,
                     fontmap=getattr(mod, "PDF_FONTMAP", None))
        elif ext == "docx":
            build_docx([doc], {doc.key: (1, len(doc.pages))}, path, header_text=None,
                       seal_docs={doc.key}, props=getattr(mod, "DOCX_PROPS", None))
        elif ext == "txt":
            lines = []
            for p in doc.pages:
                lines += page_lines_loose(p)
            eol = opts.get("eol", "\n")
            text = eol.join(lines) + eol
            with open(path, "wb") as fh:
                fh.write(text.encode(opts.get("enc", "utf-8")))
        elif ext == "jpg":
            img = render_page(doc.pages[0], page_no=None, width_px=820, seed=60 + k)
            with open(path, "wb") as fh:
                fh.write(as_phone_photo(img, seed=61 + k, long_side=1000, quality=60))
        else:
            raise ValueError(doc.fname)
