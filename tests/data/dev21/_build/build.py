"""Build the dev21 corpus: every case and labels.jsonl, deterministically (fixed seeds, fixed PDF/DOCX metadata).

Run from anywhere:  python3 _build/build.py
Writes into the folder above _build/ and a small _build/manifest.json that check.py uses.
"""
from __future__ import annotations

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import OUT  # noqa: E402
import case01, case02, case03, case04, case05, case06, case07, case08  # noqa: E402,E401
from render import render_docx, render_pdf, render_scan, render_txt  # noqa: E402

CASES = [case01, case02, case03, case04, case05, case06, case07, case08]
EXT = {"txt": ".txt", "pdf": ".pdf", "docx": ".docx", "scan": ".pdf"}


def main() -> None:
    labels, manifest = [], {}
    for mod in CASES:
        docs, label, opts = mod.build()
        cid = mod.CASE
        fmt = opts["format"]
        info: dict = {"format": fmt, "docs": [d["title"] for d in docs]}
        if fmt == "folder":
            folder = os.path.join(OUT, cid)
            if os.path.isdir(folder):
                shutil.rmtree(folder)
            os.makedirs(folder)
            files: dict[str, list] = {}
            for d in docs:
                files.setdefault(d["file"], []).append(d)
            info["files"] = {}
            for fname, fdocs in files.items():
                p = os.path.join(folder, fname)
                if fname.endswith(".pdf"):
                    r = render_pdf(p, fdocs, {**opts, "pdf_title": fdocs[0]["title"]})
                    info["files"][fname] = {"pages": r["pages"]}
                elif fname.endswith(".docx"):
                    render_docx(p, fdocs, {**opts, "title": fdocs[0]["title"]})
                    info["files"][fname] = {}
                else:
                    sep = "\r\n" if cid.endswith("2024") else "\n"
                    render_txt(p, fdocs, {"encoding": "utf-8", "sep": sep, "style": "plain"})
                    info["files"][fname] = {"encoding": "utf-8"}
        else:
            p = os.path.join(OUT, cid + EXT[fmt])
            if fmt == "txt":
                render_txt(p, docs, opts)
                info["encoding"] = opts["encoding"]
                info["sep"] = opts["sep"]
            elif fmt == "pdf":
                r = render_pdf(p, docs, {**opts, "pdf_title": cid})
                info.update(pages=r["pages"], spans=r["spans"], pn=r["pn"])
            elif fmt == "scan":
                r = render_scan(p, docs, opts)
                info.update(pages=r["pages"], spans=r["spans"], pn=r["pn"])
            elif fmt == "docx":
                render_docx(p, docs, opts)
            info["toc"] = next((d["blocks"] for d in docs if d["title"] == "卷内目录"), None)
        manifest[cid] = info
        check_extra = {k: v for k, v in label.items() if k.startswith("_")}
        if check_extra:
            info["check"] = check_extra["_check"]
        labels.append({k: v for k, v in label.items() if not k.startswith("_")})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
