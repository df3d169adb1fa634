"""Writes a whole case as one plain-text file (case.fmt = text-<encoding>-<crlf|lf>)."""
from __future__ import annotations

import os

from render_text import page_lines_boxed, page_lines_loose


def write(case, ranges, out_dir, mod):
    _, enc, eol = case.fmt.split("-", 1)[0], case.fmt.split("-", 1)[1].rsplit("-", 1)[0], case.fmt.rsplit("-", 1)[1]
    style = getattr(mod, "TEXT_STYLE", "boxed")
    pages = []
    for doc in case.docs:
        n0 = ranges.get(doc.key, (None,))[0]
        for i, page in enumerate(doc.pages):
            if style == "boxed":
                lines = page_lines_boxed(page)
                if doc.numbered:
                    lines += ["", " " * 34 + f"第 {n0 + i} 页"]
            else:
                lines = page_lines_loose(page)
                if doc.numbered:
                    lines += ["", f"－{n0 + i}－"]
            pages.append(lines)
    if style == "boxed":
        text = ("\n\f").join("\n".join(p) for p in pages) + "\n"
    else:
        sep = "\n\n" + "＝" * 30 + "\n\n"
        text = sep.join("\n".join(p) for p in pages) + "\n"
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    path = os.path.join(out_dir, case.case_id + ".txt")
    with open(path, "wb") as fh:
        fh.write(text.encode(enc))
