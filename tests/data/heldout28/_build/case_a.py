"""Case A — 清溪县综合行政执法局 (浙江), 当场行政处罚 (简易程序), 随意倾倒生活垃圾 (个人), 2024. Scanned PDF.

Pages drawn with Pillow at 200 dpi (greyscale paper, red round seal over the 落款), skewed, blurred, noised,
stored as JPEG q45 in a reportlab PDF.
Defect put in: DOC-02 (当场处罚决定书 dated 2024-06-18 tells the party it may sue directly within six months;
行政复议法(2023) 第二十三条 requires 复议前置 for on-the-spot decisions and the decision must say so).
"""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from common import find_font, OUT, id_number, daxie

CASE_ID = "h28a_清溪当场处罚倾倒垃圾"
PARTY_ID = id_number("33052219870315461")
AG = "清溪县综合行政执法局"
NO = "清综执当罚〔2024〕第0317号"
DPI = 200
PW, PH = 1654, 2339
MX = 150
FONT_PATH = find_font("NotoSerifCJK-Regular.ttc")
random.seed(28)


def font(sz):
    return ImageFont.truetype(FONT_PATH, sz, index=2)  # index 2 = SC


class Page:
    def __init__(self):
        self.im = Image.new("L", (PW, PH), 250)
        self.d = ImageDraw.Draw(self.im)
        self.y = 170

    def centre(self, t, sz=54):
        f = font(sz)
        w = self.d.textlength(t, font=f)
        self.d.text(((PW - w) / 2, self.y), t, font=f, fill=20)
        self.y += int(sz * 1.6)

    def right(self, t, sz=34, x_end=PW - MX):
        f = font(sz)
        self.d.text((x_end - self.d.textlength(t, font=f), self.y), t, font=f, fill=25)
        self.y += int(sz * 1.55)

    def para(self, t, sz=34, x0=MX, x1=PW - MX, lead=1.6):
        f = font(sz)
        for line in self._wrap(t, f, x1 - x0):
            self.d.text((x0, self.y), line, font=f, fill=25)
            self.y += int(sz * lead)

    def _wrap(self, t, f, width):
        out = []
        for p in t.split("\n"):
            line = ""
            for ch in p:
                if self.d.textlength(line + ch, font=f) > width:
                    out.append(line); line = ch
                else:
                    line += ch
            out.append(line)
        return out

    def box_rows(self, rows, sz=32, split=360):
        f = font(sz)
        for k, v in rows:
            lines = self._wrap(v, f, PW - 2 * MX - split - 30)
            h = max(1, len(lines)) * int(sz * 1.5) + 24
            self.d.rectangle([MX, self.y, PW - MX, self.y + h], outline=30, width=3)
            self.d.line([MX + split, self.y, MX + split, self.y + h], fill=30, width=3)
            self.d.text((MX + 14, self.y + 12), k, font=f, fill=25)
            for i, ln in enumerate(lines):
                self.d.text((MX + split + 14, self.y + 12 + i * int(sz * 1.5)), ln, font=f, fill=25)
            self.y += h
        self.y += 24

    def photo(self, caption, h=520):
        x0, x1 = MX + 80, PW - MX - 80
        self.d.rectangle([x0, self.y, x1, self.y + h], fill=150, outline=40, width=3)
        for _ in range(60):  # a rough, dark "photo" texture
            cx, cy = random.randint(x0, x1), random.randint(self.y, self.y + h)
            r = random.randint(10, 70)
            self.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=random.randint(90, 200))
        self.y += h + 20
        self.para(caption, sz=30)
        self.y += 20

    def footer(self, t):
        f = font(28)
        self.d.text(((PW - self.d.textlength(t, font=f)) / 2, PH - 130), t, font=f, fill=60)


def seal(rgb, cx, cy, r=165, text=AG):
    layer = Image.new("RGBA", rgb.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = (205, 30, 35, 175)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=12)
    # five-pointed star
    pts = []
    for k in range(10):
        rr = 52 if k % 2 == 0 else 21
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    f = font(44)
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        ci = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((8, 2), ch, font=f, fill=col)
        ci = ci.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        px, py = cx + (r - 46) * math.cos(a), cy + (r - 46) * math.sin(a)
        layer.alpha_composite(ci, (int(px - 30), int(py - 30)))
    d.text((cx - 62, cy + 62), "执法专用", font=font(30), fill=col)
    return Image.alpha_composite(rgb.convert("RGBA"), layer).convert("RGB")


def scanned(page, seal_at=None, angle=0.8):
    im = page.im.filter(ImageFilter.GaussianBlur(0.7))
    px = im.load()
    for _ in range(25000):
        x, y = random.randrange(PW), random.randrange(PH)
        px[x, y] = max(0, min(255, px[x, y] + random.randint(-70, 40)))
    rgb = im.convert("RGB")
    if seal_at:
        rgb = seal(rgb, *seal_at)
    return rgb.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(238, 238, 236))


def p1():
    p = Page()
    p.centre(AG, 46)
    p.centre("当场行政处罚决定书", 58)
    p.right("编号：" + NO)
    p.y += 12
    p.box_rows([
        ("当事人", "王海涛　　性别：男　　出生日期：1987年3月15日"),
        ("身份证号", PARTY_ID),
        ("住址", "清溪县城关镇河滨新村14幢2单元302室"),
        ("违法事实", "2024年6月18日8时50分，当事人在清溪县城关镇河滨路与新桥路交叉口东北角绿化带内随意倾倒生活垃圾（黑色垃圾袋装4袋），经执法人员当场指出后已自行清理并投放至指定分类收集点。"),
        ("证据", "执法人员现场检查（执法记录仪QX-ZF-2016全程记录）、现场照片2张、当事人陈述"),
        ("违反条款", "《中华人民共和国固体废物污染环境防治法》第四十九条第二款"),
        ("处罚依据", "《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第一项、第二款"),
        ("处罚内容", "责令改正（已当场改正）；罚款人民币200元（" + daxie(200) + "）。当事人系初次违法且当场清理，在一百元以上五百元以下幅度内从轻处罚。"),
        ("履行方式和期限", "当事人应自收到本决定书之日起十五日内，通过浙江政务服务网统一公共支付平台或到清溪县农商银行各网点缴纳罚款；逾期每日按罚款数额的3%加处罚款。"),
        ("陈述申辩", "执法人员已当场告知拟处罚的事实、理由、依据及陈述申辩权，当事人无异议，不陈述申辩。"),
        ("救济途径", "如不服本决定，可以在收到本决定书之日起六十日内向清溪县人民政府申请行政复议，或者在六个月内直接向清溪县人民法院提起行政诉讼。"),
    ], sz=31)
    p.para("执法人员：沈晓峰（执法证号：33052224013）　钱立文（执法证号：33052224021）", sz=31)
    p.para("处罚地点：清溪县城关镇河滨路与新桥路交叉口", sz=31)
    p.para("当事人签收：王海涛　　2024年6月18日9时12分", sz=31)
    p.y += 30
    p.right(AG + "（印章）", sz=33)
    p.right("2024年6月18日", sz=33)
    p.footer("本决定书一式两联，第一联交当事人，第二联存档。　　第1页 共3页")
    return scanned(p, seal_at=(PW - MX - 240, p.y - 80), angle=0.8)


def p2():
    p = Page()
    p.centre("现场照片说明", 52)
    p.para("案由：王海涛随意倾倒生活垃圾案　　决定书编号：" + NO, sz=30)
    p.y += 10
    p.photo("照片1：河滨路与新桥路交叉口东北角绿化带内4袋黑色生活垃圾袋。拍摄时间：2024年6月18日8时52分；拍摄人：钱立文；证明内容：随意倾倒生活垃圾的位置和数量。")
    p.photo("照片2：当事人将垃圾袋清理并投放至新桥路分类收集点后的绿化带现状。拍摄时间：2024年6月18日9时05分；拍摄人：钱立文；证明内容：当场改正。")
    p.para("当事人确认：王海涛　2024.6.18　　执法人员：沈晓峰　钱立文", sz=30)
    p.footer("第2页 共3页")
    return scanned(p, angle=-0.6)


def p3():
    p = Page()
    p.centre("浙江省政府非税收入电子缴款回单", 46)
    p.box_rows([("缴款码", "330522240618031775"), ("缴款人", "王海涛"), ("执收单位", AG),
                ("项目", "一般罚没收入"), ("决定书编号", NO), ("金额", "200.00元（" + daxie(200) + "）"),
                ("缴款时间", "2024-06-19 10:26:41"), ("缴款渠道", "浙江政务服务网统一公共支付平台")], sz=31)
    p.y += 40
    p.centre("当场行政处罚备案登记", 42)
    p.box_rows([("备案日期", "2024年6月20日"), ("报备人", "沈晓峰（执法证号：33052224013）"),
                ("审核人", "城关中队 孙志刚　2024年6月20日"), ("执行情况", "已于2024年6月19日缴纳罚款200元，已改正")], sz=31)
    p.footer("第3页 共3页")
    return scanned(p, angle=1.1)


def build():
    c = canvas.Canvas(str(OUT / f"{CASE_ID}.pdf"), pagesize=A4)
    for im in (p1(), p2(), p3()):
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
