"""A small OFD (GB/T 33190-2016) writer for the block model: one Document, A4 pages,
one TextObject per line (explicit DeltaX), table grids as PathObjects, seals as
ImageObjects referencing a PNG in DocumentRes. Fonts are referenced by name
(宋体/黑体), not embedded, as many agency OFD files do."""
import io
import zipfile

from render_img import make_seal

NS = "http://www.ofdspec.org/2016"
W, H = 210.0, 297.0
ML, MR, MT, MB = 26.0, 26.0, 30.0, 28.0
BODY = 4.2  # mm, about 12 pt


def cw(ch, size):
    return size * (0.5 if ord(ch) < 0x2E80 else 1.0)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Layout:
    def __init__(self):
        self.pages = []  # list of list of ops
        self.new_page()
        self.seal_ids = {}

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = MT

    def ensure(self, h):
        if self.y + h > H - MB:
            self.new_page()

    def wrap(self, text, width, size, first_indent=0.0):
        lines, cur, w = [], "", first_indent
        for ch in text:
            c = cw(ch, size)
            if w + c > width and cur:
                lines.append(cur)
                cur, w = "", 0.0
            cur += ch
            w += c
        if cur:
            lines.append(cur)
        return lines

    def line(self, text, x, size=BODY, font="F1", lead=1.75):
        self.ensure(size * lead)
        self.ops.append(("text", x, self.y, text, size, font))
        self.y += size * lead

    def width(self, text, size=BODY):
        return sum(cw(c, size) for c in text)

    def block(self, b):
        k = b[0]
        tw = W - ML - MR
        if k == "title":
            s = BODY * 1.55
            self.line(b[1], ML + (tw - self.width(b[1], s)) / 2, s, "F2", 1.6)
        elif k == "sub":
            self.line(b[1], ML + (tw - self.width(b[1])) / 2)
        elif k in ("p", "pl", "hand"):
            ind = 2 * BODY if k == "p" else 0.0
            for i, ln in enumerate(self.wrap(b[1], tw, BODY, ind)):
                self.line(ln, ML + (ind if i == 0 else 0))
        elif k == "right":
            self.line(b[1], W - MR - self.width(b[1]) - 2 * BODY)
            self.anchor = (W - MR - self.width(b[1]) / 2 - 2 * BODY, self.y - BODY)
        elif k == "sign":
            for lab, val, _h in b[1]:
                self.line(f"{lab}：{val or ''}", ML)
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [[lab, val] for lab, val, _h in b[1]]
            widths = b[2] if k == "table" else [0.28, 0.72]
            self.table(rows, widths)
        elif k == "seal":
            x, y = getattr(self, "anchor", (W - MR - 30, self.y))
            self.ops.append(("seal", x - 20, y - 20, 40.0, (b[1], b[2] if len(b) > 2 else "")))
        elif k == "gap":
            self.y += BODY * 1.75 * b[1]
        elif k == "page":
            self.new_page()

    def table(self, rows, widths):
        tw = W - ML - MR
        cols = [w * tw for w in widths]
        size = BODY * 0.92
        lead = 1.6
        pad = 1.6
        for row in rows:
            cells = [c[1] if isinstance(c, tuple) else c for c in row]
            spans = cols if len(cells) == len(cols) else cols[: len(cells) - 1] + [sum(cols[len(cells) - 1:])]
            wrapped = []
            for c, w in zip(cells, spans):
                lines = []
                for part in c.split("\n"):
                    lines += self.wrap(part, w - 2 * pad, size) or [""]
                wrapped.append(lines)
            rh = max(len(x) for x in wrapped) * size * lead + 2 * pad
            if self.y + rh > H - MB:
                self.new_page()
            x = ML
            for lines, w in zip(wrapped, spans):
                self.ops.append(("rect", x, self.y, w, rh))
                yy = self.y + pad
                for ln in lines:
                    self.ops.append(("text", x + pad, yy, ln, size, "F1"))
                    yy += size * lead
                x += w
            self.y += rh
        self.y += BODY


def build_ofd(path, parts, doc_id="00000000000000000000000000000000", creation="2025-10-28"):
    lay = Layout()
    for i, (_t, blocks) in enumerate(parts):
        if i:
            lay.new_page()
        for b in blocks:
            lay.block(b)
    uid = [10]

    def nid():
        uid[0] += 1
        return uid[0]

    seals, seal_res = {}, {}
    files = {}
    page_xml = []
    for pn, ops in enumerate(lay.pages):
        objs = []
        for op in ops:
            if op[0] == "text":
                _k, x, y, text, size, font = op
                fid = "2" if font == "F1" else "3"
                deltas = " ".join(f"{cw(c, size):.2f}" for c in text[:-1])
                wd = sum(cw(c, size) for c in text)
                objs.append(
                    f'<ofd:TextObject ID="{nid()}" Boundary="{x:.2f} {y:.2f} {wd + 1:.2f} {size * 1.4:.2f}" '
                    f'Font="{fid}" Size="{size:.2f}"><ofd:FillColor Value="0 0 0"/>'
                    f'<ofd:TextCode X="0" Y="{size * 0.95:.2f}"' + (f' DeltaX="{deltas}"' if deltas else "") +
                    f'>{esc(text)}</ofd:TextCode></ofd:TextObject>')
            elif op[0] == "rect":
                _k, x, y, w, h = op
                objs.append(
                    f'<ofd:PathObject ID="{nid()}" Boundary="{x:.2f} {y:.2f} {w:.2f} {h:.2f}" LineWidth="0.25">'
                    f'<ofd:AbbreviatedData>M 0 0 L {w:.2f} 0 L {w:.2f} {h:.2f} L 0 {h:.2f} C</ofd:AbbreviatedData>'
                    '</ofd:PathObject>')
            elif op[0] == "seal":
                _k, x, y, s, key = op
                if key not in seals:
                    im = make_seal(key[0], key[1], size=240, seed=len(seals) + 21)
                    b = io.BytesIO()
                    im.save(b, "PNG", optimize=True)
                    name = f"seal_{len(seals)}.png"
                    files[f"Doc_0/Res/{name}"] = b.getvalue()
                    rid = 100000 + len(seals)
                    seals[key] = rid
                    seal_res[rid] = name
                objs.append(f'<ofd:ImageObject ID="{nid()}" ResourceID="{seals[key]}" '
                            f'Boundary="{x:.2f} {y:.2f} {s:.2f} {s:.2f}" CTM="{s:.2f} 0 0 {s:.2f} 0 0"/>')
        # page number bottom centre
        num = str(pn + 1)
        objs.append(f'<ofd:TextObject ID="{nid()}" Boundary="{W / 2 - 5:.2f} {H - 18:.2f} 10 6" Font="2" Size="3.50">'
                    f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="3.3">{num}</ofd:TextCode></ofd:TextObject>')
        lid = nid()
        page_xml.append(
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
            f'<ofd:Layer ID="{lid}">' + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>")
    pages_el = []
    for pn, xml in enumerate(page_xml):
        pid = nid()
        files[f"Doc_0/Pages/Page_{pn}/Content.xml"] = xml.encode("utf-8")
        pages_el.append(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{pn}/Content.xml"/>')
    maxid = max([uid[0]] + list(seal_res))
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f'<ofd:MaxUnitID>{maxid}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {W:.0f} {H:.0f}</ofd:PhysicalBox>'
        '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>'
        '</ofd:CommonData><ofd:Pages>' + "".join(pages_el) + "</ofd:Pages></ofd:Document>").encode("utf-8")
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/><ofd:Font ID="3" FontName="黑体" FamilyName="黑体"/>'
        '</ofd:Fonts></ofd:Res>').encode("utf-8")
    mm = "".join(f'<ofd:MultiMedia ID="{rid}" Type="Image" Format="PNG"><ofd:MediaFile>{name}</ofd:MediaFile>'
                 '</ofd:MultiMedia>' for rid, name in seal_res.items())
    files["Doc_0/DocumentRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:MultiMedias>{mm}'
        '</ofd:MultiMedias></ofd:Res>').encode("utf-8")
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
        f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>{doc_id}</ofd:DocID><ofd:Creator>ofd-writer</ofd:Creator>'
        f'<ofd:CreationDate>{creation}</ofd:CreationDate></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
        '</ofd:DocBody></ofd:OFD>').encode("utf-8")
    order = ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/DocumentRes.xml"]
    order += sorted(k for k in files if k not in order)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for k in order:
            zi = zipfile.ZipInfo(k, date_time=(2025, 10, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[k])
    return len(page_xml)
