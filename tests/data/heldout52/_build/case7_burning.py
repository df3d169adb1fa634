"""Case 7: 嘉善 综合行政执法 露天焚烧落叶 当场处罚 (个人), scanned PDF. Defects: PROC-10, DOC-02."""
import io
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from common import OUT, idno

CASE_ID = "hz54_07_js_burning_2024"
PARTY = "鲍金根"
PID = idno("33042119640317291")
AG = "嘉善县综合行政执法局"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
DPI = 200
PW, PH = int(8.27 * DPI), int(11.69 * DPI)

PAGES = [
 [("c", "卷 内 目 录", 56), ("", "", 30),
  ("", "序号    文件名称                              页号", 34),
  ("", " 1      当场行政处罚决定书                      2", 34),
  ("", " 2      罚款收据                                3", 34), ("", "", 30),
  ("", "本卷共3页      立卷人：（签名）钟一鸣    2024.11.15", 30)],
 [("c", "嘉善县综合行政执法局", 44), ("c", "当场行政处罚决定书", 56),
  ("r", "善综执当罚〔2024〕0316号", 32), ("", "", 20),
  ("", f"当事人：{PARTY}   性别：男   身份证号：{PID}", 30),
  ("", "住址：嘉善县魏塘街道东门村三组18号", 30),
  ("", "违法事实：2024年11月12日9时20分，当事人在魏塘街道东门村三组18号屋后空地", 30),
  ("", "（人口集中地区，距居民住宅约15米）露天焚烧落叶、枯枝约2立方米，产生浓烟。", 30),
  ("", "执法人员现场责令其立即熄灭，当事人当场用水扑灭。", 30),
  ("", "违反条款：《中华人民共和国大气污染防治法》第七十七条", 30),
  ("", "处罚依据：《中华人民共和国大气污染防治法》第一百一十九条第一款", 30),
  ("", "处罚内容：罚款人民币伍佰元整（￥500.00）", 30),
  ("", "履行方式和期限：当场缴纳，执法人员出具浙江省财政厅统一罚款收据。", 30),
  ("", "执法人员已告知当事人违法事实、处罚理由和依据，当事人有权陈述申辩。", 30),
  ("", "当事人陈述申辩：“不知道不能烧，以后不烧了。”", 30),
  ("", "如不服本决定，可在收到本决定书之日起六十日内向嘉善县人民政府申请行政复议，", 30),
  ("", "或者在六个月内向嘉善县人民法院提起行政诉讼。", 30),
  ("", "执法人员：钟一鸣（执法证号：33042124009）  朱佳颖（执法证号：33042124013）", 30),
  ("", "执法记录仪编号：JS-ZF-0211，全程录音录像。", 30),
  ("", "当事人签收：鲍金根      2024年11月12日 9时45分", 30), ("", "", 20),
  ("r", "嘉善县综合行政执法局（印章）", 32), ("r", "2024年11月12日", 32)],
 [("c", "浙江省罚没款统一收据", 48), ("r", "No. 3304210087642", 28), ("", "", 20),
  ("", "交款人：鲍金根", 30), ("", "罚款事由：露天焚烧落叶（善综执当罚〔2024〕0316号）", 30),
  ("", "金额（大写）：伍佰元整        （小写）￥500.00", 30),
  ("", "收款单位：嘉善县综合行政执法局（财务专用章）", 30),
  ("", "收款人：钟一鸣      日期：2024年11月12日", 30),
  ("", "（已于2024年11月13日解缴国库，解缴凭证号3304211113005）", 26)],
]


def seal(img, cx, cy, r, text):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 30, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    f = ImageFont.truetype(FONT, 34)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(-150 + i * 300 / (n - 1) - 90)
        x, y = cx + (r - 42) * math.cos(a), cy + (r - 42) * math.sin(a)
        d.text((x - 17, y - 17), ch, font=f, fill=red)
    star = ImageFont.truetype(FONT, 80)
    d.text((cx - 40, cy - 55), "★", font=star, fill=red)
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def build():
    rng = random.Random(54)
    path = os.path.join(OUT, CASE_ID + ".pdf")
    c = canvas.Canvas(path, pagesize=A4)
    W, H = A4
    for i, lines in enumerate(PAGES):
        img = Image.new("RGB", (PW, PH), "white")
        d = ImageDraw.Draw(img)
        y, seal_at = 180, None
        for align, text, size in lines:
            f = ImageFont.truetype(FONT, size)
            w = d.textlength(text, font=f)
            x = (PW - w) / 2 if align == "c" else (PW - 150 - w if align == "r" else 150)
            d.text((x, y), text, font=f, fill=(25, 25, 25))
            if "（印章）" in text or "财务专用章" in text:
                seal_at = (int(x + w / 2), int(y + size / 2))
            y += int(size * 1.9)
        d.text((PW / 2 - 30, PH - 110), f"- {i + 1} -", font=ImageFont.truetype(FONT, 26), fill=(60, 60, 60))
        # greyscale paper first, then red seal over the 落款
        grey = img.convert("L").convert("RGB")
        if seal_at:
            grey = seal(grey, seal_at[0], seal_at[1], 150, AG if i == 1 else "嘉善县综合行政执法局财务专用章")
        grey = grey.rotate(rng.uniform(0.5, 1.2) * rng.choice([-1, 1]), resample=Image.BICUBIC,
                           fillcolor=(245, 245, 245))
        grey = grey.filter(ImageFilter.GaussianBlur(0.6))
        noise = Image.effect_noise(grey.size, 18).convert("RGB")
        grey = Image.blend(grey, noise, 0.05)
        buf = io.BytesIO()
        grey.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()
    return os.path.getsize(path)


if __name__ == "__main__":
    print(build())
