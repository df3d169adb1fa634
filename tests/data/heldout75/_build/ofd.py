"""Minimal OFD (GB/T 33190-2016) writer for pages produced by layout.py.

Package layout:  OFD.xml -> Doc_0/Document.xml -> Doc_0/Pages/Page_N/Content.xml,
Doc_0/PublicRes.xml (fonts, referenced by name, not embedded), Doc_0/DocumentRes.xml (seal images).
"""
import zipfile
from io import BytesIO
from xml.sax.saxutils import escape

from layout import PT, adv, seal_image

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
FONT_NAMES = {"song": "宋体", "hei": "黑体", "kai": "楷体", "gkai": "楷体", "ming": "宋体", "sans": "黑体"}
FIXED = (2026, 6, 5, 16, 30, 0)


def _f(v):
    return f"{v:.2f}".rstrip("0").rstrip(".")


def write_ofd(pages, style, path, title, creation_date, doc_id, seal_color=(205, 30, 36)):
    s = style
    ids = iter(range(1, 10 ** 7))
    font_ids = {}
    for key in ("song", "hei", "kai"):
        font_ids[key] = next(ids)
    media = []          # (id, filename, png bytes)
    page_xml = []
    for pn, p in enumerate(pages):
        objs = []
        for it in p.items:
            t = it[0]
            if t == "text":
                _, x, y, txt, fk, pt, col, hand = it[:8]
                sp = it[8] if len(it) > 8 else 0.0
                size = pt * PT
                fid = font_ids.get(fk if fk in font_ids else ("kai" if fk == "gkai" else ("hei" if fk == "sans" else "song")))
                widths = [adv(fk, ch) * size + sp for ch in txt]
                w = sum(widths)
                dx = " ".join(_f(v) for v in widths[:-1])
                attr = f' DeltaX="{dx}"' if len(txt) > 1 else ""
                objs.append(
                    f'<ofd:TextObject ID="{next(ids)}" Boundary="{_f(x)} {_f(y - size)} {_f(w + 0.5)} {_f(size * 1.3)}" '
                    f'Font="{fid}" Size="{_f(size)}">'
                    f'<ofd:FillColor Value="{col[0]} {col[1]} {col[2]}"/>'
                    f'<ofd:TextCode X="0" Y="{_f(size)}"{attr}>{escape(txt)}</ofd:TextCode></ofd:TextObject>')
            elif t == "line":
                _, x1, y1, x2, y2, lw = it
                bx, by = min(x1, x2), min(y1, y2)
                bw, bh = abs(x2 - x1) or lw, abs(y2 - y1) or lw
                objs.append(
                    f'<ofd:PathObject ID="{next(ids)}" Boundary="{_f(bx)} {_f(by)} {_f(bw)} {_f(bh)}" LineWidth="{_f(lw)}">'
                    f'<ofd:AbbreviatedData>M {_f(x1 - bx)} {_f(y1 - by)} L {_f(x2 - bx)} {_f(y2 - by)}</ofd:AbbreviatedData>'
                    f'</ofd:PathObject>')
            elif t == "rect":
                _, x, y, w, h, lw = it
                objs.append(
                    f'<ofd:PathObject ID="{next(ids)}" Boundary="{_f(x)} {_f(y)} {_f(w)} {_f(h)}" LineWidth="{_f(lw)}">'
                    f'<ofd:AbbreviatedData>M 0 0 L {_f(w)} 0 L {_f(w)} {_f(h)} L 0 {_f(h)} C</ofd:AbbreviatedData>'
                    f'</ofd:PathObject>')
            elif t == "seal":
                _, cx, cy, r, name, sub, seed = it
                sim = seal_image(name, sub, seal_color, pxmm=5, r_mm=r, seed=0.0)
                b = BytesIO()
                sim.save(b, "PNG", optimize=True)
                data = b.getvalue()
                known = [m for m in media if m[2] == data]
                if known:
                    mid = known[0][0]
                else:
                    mid = next(ids)
                    media.append((mid, f"image_{mid}.png", data))
                sz = sim.width / 5
                objs.append(
                    f'<ofd:ImageObject ID="{next(ids)}" Boundary="{_f(cx - sz / 2)} {_f(cy - sz / 2)} {_f(sz)} {_f(sz)}" '
                    f'CTM="{_f(sz)} 0 0 {_f(sz)} 0 0" ResourceID="{mid}"/>')
        layer_id = next(ids)
        page_xml.append(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Content><ofd:Layer ID="{layer_id}">'
            + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>")
    page_ids = [next(ids) for _ in pages]
    max_id = next(ids)
    ofd_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody>'
        f'<ofd:DocInfo><ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>'
        f'<ofd:CreationDate>{creation_date}</ofd:CreationDate></ofd:DocInfo>'
        f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    doc_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {NS}><ofd:CommonData>'
        f'<ofd:MaxUnitID>{max_id}</ofd:MaxUnitID>'
        f'<ofd:PageArea><ofd:PhysicalBox>0 0 {_f(s.page_w)} {_f(s.page_h)}</ofd:PhysicalBox></ofd:PageArea>'
        f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>'
        f'</ofd:CommonData><ofd:Pages>'
        + "".join(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i, pid in enumerate(page_ids))
        + "</ofd:Pages></ofd:Document>")
    pub = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
           + "".join(f'<ofd:Font ID="{fid}" FontName="{FONT_NAMES[k]}" FamilyName="{FONT_NAMES[k]}"/>'
                     for k, fid in font_ids.items())
           + "</ofd:Fonts></ofd:Res>")
    dres = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:MultiMedias>'
            + "".join(f'<ofd:MultiMedia ID="{mid}" Type="Image" Format="PNG"><ofd:MediaFile>{fn}</ofd:MediaFile>'
                      f'</ofd:MultiMedia>' for mid, fn, _ in media)
            + "</ofd:MultiMedias></ofd:Res>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        put("OFD.xml", ofd_xml)
        put("Doc_0/Document.xml", doc_xml)
        put("Doc_0/PublicRes.xml", pub)
        put("Doc_0/DocumentRes.xml", dres)
        for i, px in enumerate(page_xml):
            put(f"Doc_0/Pages/Page_{i}/Content.xml", px)
        for mid, fn, data in media:
            put(f"Doc_0/Res/{fn}", data)
