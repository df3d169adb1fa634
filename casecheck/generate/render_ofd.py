"""OFD (GB/T 33190) files through the reader's own ``write_ofd`` helper, with fixed zip timestamps."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from casecheck.generate.case import GenCase
from casecheck.generate.docmodel import to_ascii
from casecheck.generate.layout import Laid, footer


def write_ofd_case(laid: Laid, case: GenCase, path: Path) -> None:
    """Write ``laid`` as an OFD package (one page per laid-out page)."""
    from casecheck.ingest.ofd import write_ofd

    pages = []
    for page in laid.pages:
        lines = [x.strip() if x.startswith("    ") else x for x in page.lines]
        if page.number is not None:
            lines += ["", footer(page.number, case)]
        pages.append([to_ascii(x) if case.style.ascii_punct else x for x in lines])
    write_ofd(pages, path)
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())
