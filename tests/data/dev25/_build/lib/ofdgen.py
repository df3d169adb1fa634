"""Minimal OFD (GB/T 33190-2016) writer: text objects, ruled lines, a vector seal."""
import io
import math
import zipfile
from xml.sax.saxutils import escape

from .common import FIXED_ZIP_TIME
from .layout import text_width

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
FONT_IDS = {"nserif": (2, "宋体", "SimSun"), "nserifb": (3, "黑体", "SimHei"), "kai": (4, "楷体", "KaiTi"),
            "hei": (3, "黑体", "SimHei"), "song": (2, "宋体", "SimSun"), "gkai": (4, "楷体", "KaiTi")}


def _fmt(v):
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def build_ofd(pages, info):
    """pages: list of op lists from layout.layout(); info: dict(title, author, creator, date, docid)."""
    files = {}
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {NS} Version="1.0" DocType="OFD">'
        f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>{info['docid']}</ofd:DocID>"
        f"<ofd:Title>{escape(info['title'])}</ofd:Title><ofd:Author>{escape(info['author'])}</ofd:Author>"
        f"<ofd:CreationDate>{info['date']}</ofd:CreationDate>"
        f"<ofd:Creator>{escape(info['creator'])}</ofd:Creator><ofd:CreatorVersion>1.0</ofd:CreatorVersion>"
        f"</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    fonts = sorted({v for v in FONT_IDS.values()})
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts>'
        + "".join(f'<ofd:Font ID="{i}" FontName="{n}" FamilyName="{n}"/>' for i, n, _e in fonts)
        + "</ofd:Fonts></ofd:Res>")
    next_id = [10]

    def nid():
        next_id[0] += 1
        return next_id[0]

    page_entries = []
    for pi, pg in enumerate(pages):
        objs = []
        for op in pg["ops"]:
            if op[0] == "text":
                _, x, y, size, face, text, hand = op
                if not text:
                    continue
                fid = FONT_IDS[face][0]
                adv = []
                for ch in text[:-1]:
                    adv.append(_fmt(text_width(ch, face, size)))
                w = text_width(text, face, size)
                color = "25 45 120" if hand else "0 0 0"
                dx = f' DeltaX="{" ".join(adv)}"' if adv else ""
                objs.append(
                    f'<ofd:TextObject ID="{nid()}" Boundary="{_fmt(x)} {_fmt(y - size)} {_fmt(w + 1)} {_fmt(size * 1.4)}" '
                    f'Font="{fid}" Size="{_fmt(size)}"><ofd:FillColor Value="{color}"/>'
                    f'<ofd:TextCode X="0" Y="{_fmt(size)}"{dx}>{escape(text)}</ofd:TextCode></ofd:TextObject>')
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw = op
                bx, by = min(x1, x2), min(y1, y2)
                bw, bh = abs(x2 - x1) or lw, abs(y2 - y1) or lw
                objs.append(
                    f'<ofd:PathObject ID="{nid()}" Boundary="{_fmt(bx)} {_fmt(by)} {_fmt(bw)} {_fmt(bh)}" '
                    f'LineWidth="{_fmt(lw)}"><ofd:StrokeColor Value="0 0 0"/>'
                    f'<ofd:AbbreviatedData>M {_fmt(x1 - bx)} {_fmt(y1 - by)} L {_fmt(x2 - bx)} {_fmt(y2 - by)}'
                    f'</ofd:AbbreviatedData></ofd:PathObject>')
            elif op[0] == "seal":
                _, cx, cy, r, agency, sub = op
                n = 48
                pts = " ".join(
                    ("M" if i == 0 else "L") + f" {_fmt(r + r * math.cos(2 * math.pi * i / n))} {_fmt(r + r * math.sin(2 * math.pi * i / n))}"
                    for i in range(n + 1))
                objs.append(
                    f'<ofd:PathObject ID="{nid()}" Boundary="{_fmt(cx - r)} {_fmt(cy - r)} {_fmt(2 * r)} {_fmt(2 * r)}" '
                    f'LineWidth="1.2"><ofd:StrokeColor Value="208 32 32"/><ofd:AbbreviatedData>{pts} C</ofd:AbbreviatedData>'
                    f'</ofd:PathObject>')
                star = []
                for i in range(10):
                    ang = -math.pi / 2 + i * math.pi / 5
                    rr = r * 0.26 if i % 2 == 0 else r * 0.1
                    star.append(("M" if i == 0 else "L") + f" {_fmt(r * 0.26 + rr * math.cos(ang))} {_fmt(r * 0.26 + rr * math.sin(ang))}")
                objs.append(
                    f'<ofd:PathObject ID="{nid()}" Boundary="{_fmt(cx - r * 0.26)} {_fmt(cy - r * 0.26)} {_fmt(r * 0.52)} {_fmt(r * 0.52)}" '
                    f'Stroke="false" Fill="true"><ofd:FillColor Value="208 32 32"/>'
                    f'<ofd:AbbreviatedData>{" ".join(star)} C</ofd:AbbreviatedData></ofd:PathObject>')
                # seal legend written horizontally under the star (red)
                sz = r * 0.2
                w = text_width(agency, "hei", sz)
                objs.append(
                    f'<ofd:TextObject ID="{nid()}" Boundary="{_fmt(cx - w / 2)} {_fmt(cy + r * 0.3)} {_fmt(w + 1)} {_fmt(sz * 1.4)}" '
                    f'Font="3" Size="{_fmt(sz)}"><ofd:FillColor Value="208 32 32"/>'
                    f'<ofd:TextCode X="0" Y="{_fmt(sz)}" DeltaX="{" ".join(_fmt(text_width(c, "hei", sz)) for c in agency[:-1])}">'
                    f'{escape(agency)}</ofd:TextCode></ofd:TextObject>')
        lid = nid()
        files[f"Doc_0/Pages/Page_{pi}/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Content>'
            f'<ofd:Layer ID="{lid}" Type="Body">' + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>")
        page_entries.append((nid(), f"Pages/Page_{pi}/Content.xml"))
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {NS}><ofd:CommonData>'
        f"<ofd:MaxUnitID>{next_id[0] + 1}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
        f"</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
        + "".join(f'<ofd:Page ID="{i}" BaseLoc="{loc}"/>' for i, loc in page_entries)
        + "</ofd:Pages></ofd:Document>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml"] + sorted(
                k for k in files if k.startswith("Doc_0/Pages/")):
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, files[name].encode("utf-8"))
    return out.getvalue()
