"""D04 交警当场处罚 无证驾驶 罚款1000元 (昆明, 2024) — scanned PDF (Pillow 200 dpi, seal, skew, noise, JPEG).

Defect: PROC-10 (简易程序/当场处罚 a natural person with a 1000 元 fine, above the 200 元 limit).
"""
import io
import math
import os
import random
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from common import OUT, SERIF_TTC, id_number

CASE_ID = "D04_昆明交警_无证驾驶_当场处罚"
PID = id_number("53010219960208291")
NO = "昆公交（五华）简决字〔2024〕0348817号"
W, H = 1654, 2339  # A4 at 200 dpi

PAGES = [
    [("c", "昆明市公安局交通警察支队", 44), ("c", "公安交通管理简易程序处罚决定书", 52), ("r", NO, 34), ("", "", 34),
     ("", f"被处罚人：杨绍武　　　性别：男", 36),
     ("", f"机动车驾驶证/居民身份证号码：{PID}", 36),
     ("", "准驾车型：无　　　联系方式：15887063429", 36),
     ("", "住址：昆明市五华区龙翔街道学府路71号", 36),
     ("", "车辆牌号：云A·3Q8N6　　车辆类型：小型轿车", 36),
     ("", "发证机关：—", 36), ("", "", 20),
     ("", "被处罚人于2024年3月18日8时15分，在五华区人民西路与", 36),
     ("", "西昌路交叉口，实施未取得机动车驾驶证驾驶机动车的违法行", 36),
     ("", "为（代码1301），违反了《中华人民共和国道路交通安全法》", 36),
     ("", "第十九条第一款的规定。依据《中华人民共和国道路交通安全法》", 36),
     ("", "第九十九条第一款第一项的规定，决定处以罚款壹仟元（￥1000）。", 36),
     ("", "", 20),
     ("", "持本决定书在十五日内到昆明市交通违法处理窗口或通过", 36),
     ("", "“交管12123”缴纳罚款。逾期不缴纳的，每日按罚款数额的", 36),
     ("", "百分之三加处罚款，加处罚款总额不得超出罚款数额。", 36),
     ("", "如不服本决定，应当在收到本决定书之日起六十日内向昆明", 36),
     ("", "市人民政府申请行政复议；对行政复议决定不服的，可以在收到", 36),
     ("", "复议决定书之日起十五日内依法向人民法院提起行政诉讼。", 36),
     ("", "", 20),
     ("", "处罚地点：五华区人民西路与西昌路交叉口", 34),
     ("", "交通警察：赵云飞　警号：021376　执法证号：53010031287", 34),
     ("", "当事人对违法事实及处罚决定的意见：无异议", 34),
     ("", "被处罚人签名：杨绍武", 34),
     ("", "执法记录仪编号：DSJ-KM-2208（已全程记录）", 34),
     ("", "", 60),
     ("r", "昆明市公安局交通警察支队（印章）", 36),
     ("r", "2024年3月18日", 36), ("", "", 20),
     ("", "本决定书一式两份，一份交被处罚人，一份交公安交通管理部门。", 30)],
    [("c", "云南省非税收入一般缴款书（电子）", 44), ("", "", 30),
     ("", "票据号码：53000124  0412877635", 34),
     ("", "交款人：杨绍武", 34),
     ("", "决定书编号：昆公交（五华）简决字〔2024〕0348817号", 34),
     ("", "项目名称：交通违法罚款", 34),
     ("", "金额（大写）：壹仟元整　　　（小写）：1000.00", 34),
     ("", "执收单位：昆明市公安局交通警察支队", 34),
     ("", "缴款日期：2024.3.20　　缴款渠道：交管12123", 34),
     ("", "", 30), ("r", "昆明市财政局非税收入管理专用章（电子）", 32)],
]


def seal(img, cx, cy, r, text):
    """Red round seal with a star and text on the ring, drawn translucent over the signature block."""
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    red = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    f = ImageFont.truetype(SERIF_TTC, int(r * 0.22), index=0)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(-210 + 240 * i / (n - 1))
        x, y = cx + r * 0.74 * math.cos(a), cy + r * 0.74 * math.sin(a)
        g = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((0, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(a) - 90, expand=True)
        lay.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    img.alpha_composite(lay)


def render(lines, seal_text, rnd):
    img = Image.new("RGBA", (W, H), (246, 244, 238, 255))
    d = ImageDraw.Draw(img)
    y = 200
    seal_y = None
    for al, t, sz in lines:
        f = ImageFont.truetype(SERIF_TTC, sz, index=0)
        tw = d.textlength(t, font=f)
        x = (W - tw) / 2 if al == "c" else (W - 180 - tw if al == "r" else 180)
        d.text((x, y), t, font=f, fill=(28, 28, 30, 255))
        if seal_text and "（印章）" in t:
            seal_y = (x + tw / 2, y + sz)
        y += int(sz * 1.65)
    if seal_y:
        seal(img, int(seal_y[0]), int(seal_y[1]), 165, seal_text)
    im = img.convert("RGB").rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC,
                                   expand=False, fillcolor=(240, 238, 232))
    im = im.filter(ImageFilter.GaussianBlur(0.8))
    noise = Image.effect_noise((W, H), 18).convert("RGB")
    im = Image.blend(im, noise, 0.06)
    return im


def build():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(34)
    c = canvas.Canvas(os.path.join(OUT, CASE_ID + ".pdf"), pagesize=A4)
    for i, lines in enumerate(PAGES):
        im = render(lines, "昆明市公安局交通警察支队" if i == 0 else None, rnd)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, *A4)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
