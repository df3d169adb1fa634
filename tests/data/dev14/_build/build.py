"""Build the dev14 corpus: eight invented penalty case files + labels.jsonl + _build/manifest.json.

Run from anywhere:  python3 tests/data/dev14/_build/build.py
"""
import json
import sys as _s
_s.dont_write_bytecode = True
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from common import paginate, doc  # noqa: E402
import render as R  # noqa: E402
from cases1 import case01, case02, case03, case04, toc_page  # noqa: E402
from cases2 import case05, case06, case07, case08  # noqa: E402

TOC_STYLE = {
    "d14_01_qixiang_jiangsu": ("卷 内 目 录", ("序号", "文件材料名称", "页号")),
    "d14_02_renfang_henan": ("卷内文件目录", ("顺序号", "题名", "页次")),
    "d14_03_haishi_hunan": ("卷内目录", ("序号", "文书名称", "页码")),
    "d14_04_shouyao_sichuan": ("卷 内 目 录", ("序号", "材料名称", "起止页")),
    "d14_05_ranqi_guangdong": ("卷内目录", ("序号", "文件名称", "页号")),
    "d14_06_jiaoyu_shandong": ("卷内目录", ("序号", "题　名", "页号")),
    "d14_08_dizhen_shaanxi": ("卷内文件目录", ("件号", "题名", "页号")),
}


def make_toc(case):
    docs = case["docs"]
    rows = []
    shift_from, shift = None, 0
    if case.get("toc_shift"):
        shift_from = case["toc_shift"][0]
    shown = []
    for d in docs:
        if not d["numbered"]:
            continue
        a, b = d["first"], d["last"]
        if d["title"] == shift_from:
            b = a                      # entered as one page although it has two
            shift = case["toc_shift"][1]
        elif shift:
            a, b = a - shift, b - shift
        shown.append((d["title"], a, b))
        rows.append((d["title"], f"{a}-{b}" if a != b else f"{a}"))
    title, head = TOC_STYLE[case["case_id"]]
    note = "注：封面、卷内目录、备考表不编页号。"
    page = toc_page(title, rows, head, note)
    for d in docs:
        if d["key"] == "toc":
            d["pages"] = [page]
    return shown


def a4_ops(case, size=3.7, margin=18.0):
    """Lay every page out on A4; returns list of (doc, page_index, ops)."""
    out = []
    for d in case["docs"]:
        for i, pg in enumerate(d["pages"]):
            out.append((d, i, R.layout(pg, 210, 297, margin=margin, size=size, footer=R.footer_for(d, i))))
    return out


def build():
    for p in OUT.iterdir():
        if p.name in ("_build", "README.md"):
            continue
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    cases = [case01(), case02(), case03(), case04(), case05(), case06(), case07(), case08()]
    manifest = []
    labels = []
    for c in cases:
        cid = c["case_id"]
        docs = c["docs"]
        n = paginate(docs)
        toc_shown = make_toc(c) if not c.get("no_toc") else None
        m = {"case_id": cid, "numbered_pages": n, "files": [],
             "actual": [(d["title"], d["first"], d["last"]) for d in docs if d["numbered"]],
             "toc": toc_shown, "day_checks": c["day_checks"], "ids": c["ids"], "sums": c.get("sums", []),
             "docs": [{"key": d["key"], "title": d["title"], "num": d["num"], "date": d["date"],
                       "first": d["first"], "last": d["last"]} for d in docs]}
        author = c["agency"]
        if cid.startswith("d14_01"):
            pages, footers = [], []
            for d in docs:
                for i, pg in enumerate(d["pages"]):
                    R.layout([x for x in pg if x[0] != "box"] + [y for x in pg if x[0] == "box" for y in x[1]],
                             210, 297, size=3.7)  # overflow guard
                    pages.append(pg)
                    footers.append(R.footer_for(d, i))
            f = OUT / f"{cid}.docx"
            R.docx_write(f, pages, c["agency"], author, use_boxes=True, footers=footers)
            m["files"].append({"name": f.name, "kind": "docx", "pages": len(pages), "footers": [
                [int(x[1:-1])] if x else [] for x in footers]})
            m["format"] = "DOCX，部分文书在文本框内，页眉为机关名称"
        elif cid.startswith("d14_02"):
            imgs, footers = [], []
            rot = c["rot"]
            for k, (d, i, ops) in enumerate(a4_ops(c), 1):
                im = R.raster(ops, 210, 297, 150, mode="L", seed=k)
                if k in rot:
                    im = im.rotate(rot[k], expand=True)
                imgs.append(im)
                footers.append([d["first"] + i] if d["numbered"] else [])
            f = OUT / f"{cid}.pdf"
            R.images_to_pdf(f, imgs, 150, 38)
            m["files"].append({"name": f.name, "kind": "pdf-scan", "pages": len(imgs), "footers": footers,
                               "rotated": rot})
            m["format"] = "扫描PDF（灰度150dpi，部分页横置、一页倒置，无文字层）"
        elif cid.startswith("d14_03"):
            a5, footers = [], []
            for d in docs:
                for i, pg in enumerate(d["pages"]):
                    a5.append(R.layout(pg, 148.5, 210, margin=12, size=3.2, footer=R.footer_for(d, i)))
                    footers.append(d["first"] + i if d["numbered"] else None)
            f = OUT / f"{cid}.pdf"
            R.pdf_2up(f, a5, "海事行政处罚案卷", author)
            phys = [[x for x in footers[j:j + 2] if x] for j in range(0, len(footers), 2)]
            m["files"].append({"name": f.name, "kind": "pdf-2up", "pages": len(phys), "footers": phys})
            m["format"] = "PDF文字层，A5两页拼一张A4横向"
        elif cid.startswith("d14_04"):
            ops = a4_ops(c)
            f = OUT / f"{cid}.pdf"
            R.pdf_text(f, [o for _, _, o in ops], "行政处罚案卷", author, order=R.labels_first)
            m["files"].append({"name": f.name, "kind": "pdf-text", "pages": len(ops),
                               "footers": [[d["first"] + i] if d["numbered"] else [] for d, i, _ in ops]})
            m["format"] = "PDF文字层，绝对定位，文字顺序为先标签后填写值"
        elif cid.startswith("d14_05"):
            folder = OUT / cid
            folder.mkdir()
            ops = a4_ops(c)
            pdf_ops = [(d, i, o) for d, i, o in ops if d["key"] not in ("decision", "srv2")]
            f1 = folder / "01_案卷材料.pdf"
            R.pdf_text(f1, [o for _, _, o in pdf_ops], "行政处罚案卷", author)
            dec = [d for d in docs if d["key"] == "decision"][0]
            f2 = folder / "02_行政处罚决定书.docx"
            R.docx_write(f2, dec["pages"], None, author, use_boxes=False,
                         footers=[R.footer_for(dec, i) for i in range(len(dec["pages"]))])
            srv = [d for d in docs if d["key"] == "srv2"][0]
            sop = R.layout(srv["pages"][0], 210, 297, footer=R.footer_for(srv, 0))
            im = R.raster(sop, 210, 297, 150, mode="L", seed=55)
            f3 = folder / "03_决定书送达回证.jpg"
            im.save(f3, "JPEG", quality=45, dpi=(150, 150))
            m["files"] += [
                {"name": f"{cid}/{f1.name}", "kind": "pdf-text", "pages": len(pdf_ops),
                 "footers": [[d["first"] + i] if d["numbered"] else [] for d, i, _ in pdf_ops]},
                {"name": f"{cid}/{f2.name}", "kind": "docx", "pages": len(dec["pages"]),
                 "footers": [[dec["first"] + i] for i in range(len(dec["pages"]))]},
                {"name": f"{cid}/{f3.name}", "kind": "jpg", "pages": 1, "footers": [[srv["first"]]]}]
            m["format"] = "文件夹：文字层PDF（其余文书）+ DOCX决定书 + 扫描JPG送达回证"
        elif cid.startswith("d14_06"):
            a4_ops(c)  # overflow guard
            parts, footers = [], []
            for d in docs:
                for i, pg in enumerate(d["pages"]):
                    ft = R.footer_for(d, i, "第{n}页")
                    parts.append(R.txt_page(pg, ft))
                    footers.append([d["first"] + i] if d["numbered"] else [])
            f = OUT / f"{cid}.txt"
            f.write_bytes(("\r\n\f\r\n".join(parts) + "\r\n").encode("gb18030"))
            m["files"].append({"name": f.name, "kind": "txt-gb18030", "pages": len(parts), "footers": footers})
            m["format"] = "GB18030纯文本，全角标点，竖线表格，分页符分页"
        elif cid.startswith("d14_07"):
            imgs, footers = [], []
            for k, d in enumerate(docs):
                for i, pg in enumerate(d["pages"]):
                    ops = R.layout(pg, 148, 210, margin=12, size=3.4, footer=R.footer_for(d, i))
                    imgs.append(R.raster(ops, 148, 210, 300, mode="RGB", seed=70 + k))
                    footers.append([d["first"] + i] if d["numbered"] else [])
            f = OUT / f"{cid}.pdf"
            R.images_to_pdf(f, imgs, 300, 30)
            m["files"].append({"name": f.name, "kind": "pdf-scan-colour", "pages": len(imgs), "footers": footers})
            m["format"] = "扫描PDF（彩色300dpi，A5，红色印章压日期，手写体日期）"
        elif cid.startswith("d14_08"):
            ops = a4_ops(c)
            f = OUT / f"{cid}.ofd"
            R.ofd_write(f, [o for _, _, o in ops], "行政处罚案卷", "BJDZ-XZCF-2014-002", "2015-02-10")
            m["files"].append({"name": f.name, "kind": "ofd", "pages": len(ops),
                               "footers": [[d["first"] + i] if d["numbered"] else [] for d, i, _ in ops]})
            m["format"] = "OFD（GB/T 33190，手工生成，每行一个TextObject）"
        lab = c["labels"]
        enc = "gb18030" if cid.startswith("d14_06") else ("utf-8" if cid.startswith("d14_08") else None)
        labels.append({"case_id": cid, "codes": lab["codes"], "encoding": enc, "notes": lab["notes"],
                       "fields": lab["fields"]})
        manifest.append(m)
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(HERE / "manifest.json", "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    for m in manifest:
        print(m["case_id"], m["format"], [(f["name"], f["pages"]) for f in m["files"]])


if __name__ == "__main__":
    build()
