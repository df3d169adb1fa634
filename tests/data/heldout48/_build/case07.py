"""Case 07: 镇综合行政执法当场处罚焚烧秸秆农户（简易程序，2024-10）.
Format: scanned PDF (Pillow 200 dpi page images, Noto Serif CJK, red round seal over the 落款, skew, blur, noise, JPEG q45).
Intended defects: PROC-10 (当场处罚决定书对个人罚款500元，超过简易程序200元上限),
DOC-02 (2024年后当场处罚决定书救济告知为“申请行政复议或者提起行政诉讼”，未告知应先申请行政复议)."""
import io
import math
import os
import random
from common import idno, cn_date, ar_date, OUT

CASE_ID = "hw50_07_dangchang_scan"
PID = idno("22078119581120621")
D = dict(decision="2024-10-29", served="2024-10-29", paid="2024-11-05")
AG = "扶余市三井子镇人民政府"
P = "曹凤英"
SEAL_TEXT = "扶余市三井子镇人民政府"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

pages = [
("卷内目录", f"""卷 内 目 录
序号    文件名称                        页号
1       当场行政处罚决定书              2
2       现场照片及执法记录仪录像说明    3
3       罚款缴款凭证及备案登记          4
                                                第1页 共4页"""),
("当场行政处罚决定书", f"""扶余市三井子镇人民政府
当场行政处罚决定书
                                 扶三政当罚〔2024〕第0117号
当事人：曹凤英  性别：女  身份证号：{PID}
住址：扶余市三井子镇后三家子村二屯
违法事实：{ar_date(D['decision'])}14时20分，当事人在三井子镇后三家子村二屯
南侧地块（省政府划定的秸秆禁烧区内）露天焚烧玉米秸秆，过火面积约
1亩，执法人员到场时已由当事人自行扑灭。
以上违法行为违反了《中华人民共和国大气污染防治法》第七十七条的规定。
依据《中华人民共和国大气污染防治法》第一百一十九条第一款的规定，
决定给予当事人：□警告 ☑罚款 人民币伍佰元（¥500）。
罚款缴纳方式：☑自收到本决定书之日起十五日内到吉林扶余农村商业银行缴纳
□当场收缴   到期不缴纳罚款的，每日按罚款数额的3%加处罚款。
如不服本决定，可在收到本决定书之日起六十日内向扶余市人民政府申请
行政复议，或者在六个月内向扶余市人民法院提起行政诉讼。
处罚地点：三井子镇后三家子村二屯南侧地块
执法人员：（签名）杨柏松（执法证号：吉22078105120）
          （签名）田晓冬（执法证号：吉22078105133）
当事人签收：曹凤英（签名）   {ar_date(D['served'])}
                                        扶余市三井子镇人民政府
                                        {cn_date(D['decision'])}
                                                第2页 共4页"""),
("现场照片及执法记录仪录像说明", f"""现场照片及音像资料说明
拍摄时间：{ar_date(D['decision'])}14时25分—14时40分
拍摄地点：三井子镇后三家子村二屯南侧地块
拍摄人：杨柏松   执法记录仪编号：SJZ-02
内容：照片3张（过火地块全景、灰烬近景、当事人在场），录像文件
SJZ02_20241029_142311.mp4，记录出示执法证件、告知违法事实、
听取当事人陈述申辩及当场交付决定书全过程。
当事人陈述：秸秆太多，想烧点省事，知道错了。
执法人员：杨柏松  田晓冬
                                                第3页 共4页"""),
("罚款缴款凭证及备案登记", f"""吉林省非税收入一般缴款书（回执联）
缴款人：曹凤英   执收单位：扶余市三井子镇人民政府
金额：人民币伍佰元整 ¥500.00   缴款日期：2024年11月5日
                                    （银行收讫章）

当场处罚备案登记
决定书编号：扶三政当罚〔2024〕第0117号
备案日期：2024年10月30日   备案人：田晓冬
审核人：（签名）孟庆余
                                                第4页 共4页"""),
]


def seal(img, cx, cy, r=150):
    from PIL import ImageDraw, ImageFont
    dr = ImageDraw.Draw(img)
    red = (205, 30, 35)
    for k in range(5):
        dr.ellipse([cx - r + k, cy - r + k, cx + r - k, cy + r - k], outline=red)
    f = ImageFont.truetype(FONT, 34, index=0)
    n = len(SEAL_TEXT)
    for i, ch in enumerate(SEAL_TEXT):
        ang = math.radians(-150 + 300 * i / (n - 1)) - math.pi / 2
        x = cx + (r - 40) * math.cos(ang)
        y = cy + (r - 40) * math.sin(ang)
        dr.text((x - 17, y - 17), ch, font=f, fill=red)
    star = [(cx + 40 * math.cos(math.radians(-90 + 72 * i * 2)), cy + 40 * math.sin(math.radians(-90 + 72 * i * 2))) for i in range(5)]
    dr.polygon(star, fill=red)


def render(text, with_seal, rnd):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 1654, 2339
    img = Image.new("RGB", (W, H), (250, 249, 245))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 34, index=0)
    ft = ImageFont.truetype(FONT, 50, index=0)
    y = 180
    lines = text.split("\n")
    seal_pos = None
    for i, ln in enumerate(lines):
        s = ln.strip()
        if i in (0, 1) and ("决定书" in s or "目 录" in s or s == AG):
            font = ft if "决定书" in s or "目 录" in s else f
            w = dr.textlength(s, font=font)
            dr.text(((W - w) / 2, y), s, font=font, fill=(30, 30, 30))
            y += 80
            continue
        dr.text((150, y), ln, font=f, fill=(35, 35, 35))
        if with_seal and s == AG and i > 2:
            seal_pos = (150 + dr.textlength(ln, font=f) - 200, y + 30)
        y += 56
    if seal_pos:
        seal(img, int(seal_pos[0]), int(seal_pos[1]))
    img = img.convert("L").convert("RGB") if not with_seal else img
    img = img.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 245))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    for _ in range(25000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        v = rnd.randrange(120, 230)
        px[x, yy] = (v, v, v)
    return img


def build():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(4807)
    path = os.path.join(OUT, CASE_ID + ".pdf")
    c = canvas.Canvas(path, pagesize=A4)
    for title, text in pages:
        img = render(text, title == "当场行政处罚决定书", rnd)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return os.path.getsize(path)


if __name__ == "__main__":
    print(build())
