"""Case G: 固镇县交通运输局 — 个人 当场处罚 (简易程序) 客运驾驶员未经考试合格 (2025). Scanned PDF (Pillow, 200 dpi)."""
from common import OUT, HERE, id_number, ar_date, cn_date
import io
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

CASE_ID = "hd46_g_guzhen_dangchang_2025"
PARTY = "蒋春生"
PID = id_number("34032319750416253")
ADDR = "安徽省蚌埠市固镇县城关镇谷阳路东198号"
AG = "固镇县交通运输局"
NO_DEC = "固交当罚〔2025〕0261号"
DATE = "2025-06-12"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

PAGE1 = [
    ("c", AG, 46), ("c", "当 场 行 政 处 罚 决 定 书", 52), ("r", NO_DEC, 34), ("", "", 20),
    ("l", f"当事人：{PARTY}　性别：男　身份证号：{PID}", 34),
    ("l", f"住址：{ADDR}", 34),
    ("l", "车辆号牌：皖C·D5702（班线客车，固镇—连城）", 34), ("", "", 12),
    ("l", f"　　{ar_date(DATE)}8时40分，当事人在固镇县汽车站出站口驾驶皖C·D5702班线客车从事", 34),
    ("l", "道路旅客运输，经查未经设区的市级交通运输主管部门有关客运法律法规、机动车维修和旅客", 34),
    ("l", "急救基本知识考试合格，不能出示道路运输从业资格证。当事人对上述事实无异议。", 34),
    ("l", "　　当事人的行为违反了《中华人民共和国道路运输条例》第九条第（四）项的规定，依据《中华", 34),
    ("l", "人民共和国道路运输条例》第六十四条的规定，当场决定：罚款人民币伍佰元（500元），", 34),
    ("l", "并责令改正。", 34),
    ("l", "　　执法人员已向当事人出示执法证件，告知当场作出行政处罚决定的事实、理由和依据，", 34),
    ("l", "当事人享有陈述、申辩的权利；当事人表示不陈述申辩。执法记录仪全程录像（编号GZJT-07）。", 34),
    ("l", "　　罚款缴纳方式：■自收到本决定书之日起15日内到固镇县农商银行缴纳 □当场收缴", 34),
    ("l", "到期不缴纳罚款的，每日按罚款数额的3%加处罚款。", 34),
    ("l", "　　对本决定不服的，应当自收到本决定书之日起六十日内向固镇县人民政府申请行政复议；", 34),
    ("l", "对复议决定不服的，可以自收到复议决定书之日起十五日内向人民法院提起行政诉讼。", 34), ("", "", 20),
    ("l", "执法人员：陶卫东（执法证号：34032300412）　范　琳（执法证号：34032300437）", 34),
    ("l", f"处罚地点：固镇县汽车站出站口　　　处罚时间：{ar_date(DATE)}9时05分", 34), ("", "", 20),
    ("l", f"当事人签收：{PARTY}（手写）（捺印）　{ar_date(DATE)}", 34), ("", "", 30),
    ("r", f"{AG}（印章）", 36), ("r", cn_date(DATE), 36),
    ("", "", 40), ("l", "（本决定书一式两联，第一联交当事人，第二联存档；报所属机关备案）", 28),
]
PAGE2 = [
    ("c", "安徽省非税收入一般缴款书（收据联）", 44), ("", "", 20),
    ("l", f"缴款人：{PARTY}", 34), ("l", f"执收单位：{AG}", 34),
    ("l", f"项目名称：罚没收入　　决定书编号：{NO_DEC}", 34),
    ("l", "金额（小写）：500.00　　　（大写）：伍佰元整", 34),
    ("l", "收款银行：安徽固镇农村商业银行谷阳支行", 34),
    ("l", "缴款日期：2025年6月16日　　　　（银行业务受理章）", 34), ("", "", 50),
    ("c", "当场处罚决定备案登记", 40),
    ("l", f"决定书编号：{NO_DEC}　当事人：{PARTY}　罚款：500元", 34),
    ("l", "备案人：陶卫东　　备案日期：2025年6月13日　　法制科签收：王蕾", 34),
]


def seal(img, cx, cy, r, text):
    d = ImageDraw.Draw(img)
    red = (205, 30, 35)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(star, fill=red)
    f = ImageFont.truetype(FONT, 44, index=0)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(-150 + 300 * i / (n - 1))
        x, y = cx + r * 0.74 * math.sin(a), cy - r * 0.74 * math.cos(a)
        g = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((8, 2), ch, font=f, fill=red + (255,))
        g = g.rotate(-math.degrees(a), resample=Image.BICUBIC)
        img.paste(g, (int(x - 30), int(y - 30)), g)


def render(lines, page, total, with_seal, rng):
    W, H = 1654, 2339
    img = Image.new("RGB", (W, H), (246, 245, 240))
    d = ImageDraw.Draw(img)
    y = 170
    seal_y = None
    for al, text, size in lines:
        f = ImageFont.truetype(FONT, size, index=0)
        if text:
            w = d.textlength(text, font=f)
            x = {"c": (W - w) / 2, "r": W - 170 - w}.get(al, 150)
            d.text((x, y), text, font=f, fill=(35, 35, 35))
            if al == "r" and text.endswith("（印章）"):
                seal_y = y + 20
        y += int(size * 1.75)
    f = ImageFont.truetype(FONT, 28, index=0)
    d.text((W / 2 - 30, H - 130), f"{page}/{total}", font=f, fill=(60, 60, 60))
    if with_seal and seal_y:
        seal(img, W - 420, seal_y + 10, 150, AG)
    img = img.rotate(rng.uniform(0.5, 1.2) * rng.choice([-1, 1]), resample=Image.BICUBIC,
                     fillcolor=(246, 245, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    noise = Image.effect_noise((W, H), 14).convert("RGB")
    img = Image.blend(img, noise, 0.06)
    return img


def build():
    rng = random.Random(46)
    path = os.path.join(OUT, CASE_ID + ".pdf")
    c = canvas.Canvas(path, pagesize=A4)
    pages = [PAGE1, PAGE2]
    for i, lines in enumerate(pages, 1):
        img = render(lines, i, len(pages), i == 1, rng)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45, dpi=(200, 200))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return [("当场行政处罚决定书", 1, 1), ("缴款书及备案登记", 2, 2)]


LABEL = {
    "case_id": CASE_ID,
    "codes": ["PROC-10"],
    "notes": "PROC-10：当场行政处罚决定书（简易程序）对自然人蒋春生当场罚款500元，超过行政处罚法第五十一条对公民200元的简易程序上限，应适用普通程序。"
             "罚款本身在道路运输条例第六十四条200元以上2000元以下幅度内，故不标LAW-05；决定书写明复议前置（2024年后当场处罚须先复议），不属DOC-02。扫描件，红色圆章盖在落款上。",
    "encoding": "scanned-pdf",
    "fields": {
        "agency": AG,
        "party": {"name": PARTY, "kind": "个人", "credit_code": None, "id_number": PID},
        "penalty": {"fine_yuan": 500, "procedure": "简易"},
        "dates": {"filing": None, "notice": None, "decision": DATE, "decision_served": DATE},
        "citations": [
            {"law": "中华人民共和国道路运输条例", "article": 9, "paragraph": None, "item": 4, "role": "violated"},
            {"law": "中华人民共和国道路运输条例", "article": 64, "paragraph": None, "item": None, "role": "penalty"},
        ],
    },
}

if __name__ == "__main__":
    print(build())
