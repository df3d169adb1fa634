"""Write one built case in one format, in one of the two shapes (single file or folder)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from casecheck.generate.layout import Laid
from casecheck.generate.render_text import write_text


def _safe(name: str) -> str:
    return re.sub(r"[\\/:*?\"<>|（）() ]", "", name)[:24]


def _doc_ranges(laid: Laid) -> list[dict]:
    return [
        {"doc_type": d.doc_type, "title": d.title, "pages": list(r)}
        for d, r in zip(laid.docs, laid.ranges, strict=True)
    ]


def _per_doc_pages(laid: Laid) -> list[list]:
    return [[p for p in laid.pages if p.doc == i] for i in range(len(laid.docs))]


def write_case(
    built,
    out: Path,
    fmt: str,
    rng: random.Random,
    *,
    encoding: str | None = None,
    split: bool | None = None,
    dpi: int = 200,
    image_ext: str | None = None,
) -> dict:
    """Write ``built`` as ``fmt`` under ``out``; returns the label keys path/format/encoding/documents."""
    case, laid = built.case, built.laid
    cid = case.case_id
    if fmt == "txt":
        drawn_enc = "gb18030" if rng.random() < 0.3 else "utf-8"
        encoding = encoding or drawn_enc
        crlf = encoding == "gb18030" and rng.random() < 0.5  # files from Windows desktops
        drawn_folder = rng.random() < 0.25
        if drawn_folder if split is None else split:
            folder = out / cid
            folder.mkdir(exist_ok=True)
            docs = []
            for i, (doc, pages) in enumerate(zip(laid.docs, _per_doc_pages(laid), strict=True), 1):
                name = f"{i:02d}_{_safe(doc.title)}.txt"
                write_text(laid, case, folder / name, encoding, pages, crlf=crlf)
                docs.append(
                    {"doc_type": doc.doc_type, "title": doc.title, "file": name, "pages": [1, len(pages)]}
                )
            return {"path": cid, "fmt": "txt", "encoding": encoding, "documents": docs}
        write_text(laid, case, out / f"{cid}.txt", encoding, crlf=crlf)
        return {"path": f"{cid}.txt", "fmt": "txt", "encoding": encoding, "documents": _doc_ranges(laid)}
    if fmt == "docx":
        from casecheck.generate.render_docx import write_docx

        drawn_folder = rng.random() < 0.3
        if drawn_folder if split is None else split:
            folder = out / cid
            folder.mkdir(exist_ok=True)
            docs = []
            for i, (doc, pages) in enumerate(zip(laid.docs, _per_doc_pages(laid), strict=True), 1):
                name = f"{i:02d}_{_safe(doc.title)}.docx"
                write_docx(laid, case, folder / name, only=i - 1)
                docs.append(
                    {"doc_type": doc.doc_type, "title": doc.title, "file": name, "pages": [1, len(pages)]}
                )
            return {"path": cid, "fmt": "docx", "encoding": None, "documents": docs}
        write_docx(laid, case, out / f"{cid}.docx")
        return {"path": f"{cid}.docx", "fmt": "docx", "encoding": None, "documents": _doc_ranges(laid)}
    if fmt == "pdf":
        from casecheck.generate.render_pdf import write_pdf

        write_pdf(laid, case, out / f"{cid}.pdf")
        return {"path": f"{cid}.pdf", "fmt": "pdf", "encoding": None, "documents": _doc_ranges(laid)}
    if fmt == "scan":
        from casecheck.generate.render_scan import write_scan_pdf

        write_scan_pdf(laid, case, out / f"{cid}.pdf", rng, dpi=dpi)
        return {"path": f"{cid}.pdf", "fmt": "scan", "encoding": None, "documents": _doc_ranges(laid)}
    if fmt == "images":
        from casecheck.generate.render_scan import write_images

        folder = out / cid
        folder.mkdir(exist_ok=True)
        names = write_images(laid, case, folder, rng, dpi=dpi, ext=image_ext)
        docs = []
        for d, (a, b) in zip(laid.docs, laid.ranges, strict=True):
            docs.append(
                {"doc_type": d.doc_type, "title": d.title, "pages": [a, b], "files": names[a - 1 : b]}
            )
        return {"path": cid, "fmt": "images", "encoding": None, "documents": docs}
    if fmt == "ofd":
        from casecheck.generate.render_ofd import write_ofd_case

        write_ofd_case(laid, case, out / f"{cid}.ofd")
        return {"path": f"{cid}.ofd", "fmt": "ofd", "encoding": None, "documents": _doc_ranges(laid)}
    raise ValueError(fmt)
