"""Builders of small input files for the ingestion tests, generated into ``tmp_path``.

Binary fixtures are made on the fly rather than committed: PDFs with reportlab (Chinese via the
built-in CID font STSong-Light, which needs no font file), page images with Pillow and the Noto
CJK font, DOCX with python-docx plus raw XML where python-docx has no API.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

NOTO = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")

DECISION_LINES = [
    "上海市浦东新区市场监督管理局",
    "行政处罚决定书",
    "沪市监浦处〔2024〕12号",
    "当事人：上海某某贸易有限公司",
    "经查，当事人于2024年3月5日销售不合格商品，",
    "违反了《中华人民共和国产品质量法》第三十九条。",
    "决定如下：",
    "一、没收违法所得人民币3600元；",
    "二、罚款人民币50000元。",
]


def make_text_pdf(path: Path, pages: list[list[str]], encrypt: object | None = None) -> Path:
    """A PDF with a real text layer: one page per item, one line per string."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), encrypt=encrypt)
    for lines in pages:
        c.setFont("STSong-Light", 12)
        for i, line in enumerate(lines):
            c.drawString(72, 760 - 20 * i, line)
        c.showPage()
    c.save()
    return path


def render_lines(lines: list[str], size: int = 40, width: int = 1600) -> Image.Image:
    """A white greyscale page image with ``lines`` drawn in Noto Sans CJK."""
    font = ImageFont.truetype(str(NOTO), size)
    img = Image.new("L", (width, 80 + int(size * 1.75) * len(lines)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((80, 40 + int(size * 1.75) * i), line, font=font, fill=0)
    return img


def make_image_pdf(path: Path, image: Image.Image) -> Path:
    """A PDF whose only page is ``image``: no text layer at all (a scan)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    w, h = image.size
    c = canvas.Canvas(str(path), pagesize=(w * 72 / 300, h * 72 / 300))
    c.drawImage(ImageReader(image), 0, 0, width=w * 72 / 300, height=h * 72 / 300)
    c.showPage()
    c.save()
    return path


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A tiny PNG that claims ``width``×``height`` pixels: a decompression bomb's header."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def make_docx(path: Path) -> Path:
    """A DOCX: title, a table between paragraphs, a hard page break, a second page."""
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    doc.add_paragraph("送达回证")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "受送达人"
    table.cell(0, 1).text = "上海某某贸易有限公司"
    table.cell(1, 0).text = "送达文书"
    table.cell(1, 1).text = "行政处罚决定书"
    doc.add_paragraph("以上文书已送达。")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("行政处罚决定书")
    doc.add_paragraph("当事人：张三")
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(buf.getvalue())
    return path


def make_zip_bomb(path: Path, marker: str, inflated: int = 20 * 2**20) -> Path:
    """A zip holding ``marker`` (``word/document.xml``, ``OFD.xml``) and ``inflated`` zero bytes.

    The zeros compress about 1000:1, far past the archive guard's ratio limit.
    """
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(marker, "<x/>")
        zf.writestr("huge.bin", b"\x00" * inflated)
    return path
