"""Case G: 市生态环境局 工业固体废物未建立管理台账 (固体废物污染环境防治法2020 第36条第1款/第102条第1款第8项、第2款),
2023. Defects: LAW-05 (罚款3万元，低于法定5万元下限，文书只写"从轻"无减轻情节),
SUBJ-01 (询问笔录只有一名执法人员). Scanned PDF (Pillow 200 dpi, seal, skew, noise, JPEG q45)."""
import io
import math
import os
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from common import OUT, SERIF_TTC, credit_code, id_number

CASE_ID = "hz17_g_gufei_2023"
CC = credit_code("91420921MA49K3TD7")
IDL = id_number("42092119800716251")
AG = "孝南湾市生态环境局"
NAME = "孝南湾市恒力铸造有限公司"

PAGES = [
"""^C 孝南湾市生态环境局
^C 立 案 审 批 表
^R 孝环立〔2023〕021号
案件来源：现场检查
当事人：{name}
统一社会信用代码：{cc}
法定代表人：程永福  身份证号：{idl}
地址：孝南湾市经济开发区槐荫大道66号
案情摘要：2023年3月14日现场检查发现，该公司铸造
车间产生的废砂、炉渣等一般工业固体废物未建立管理
台账，涉嫌违反《中华人民共和国固体废物污染环境防
治法》第三十六条第一款。
承办人：周海涛（执法证号：42090223015）
        杨帆（执法证号：42090223022）
承办人意见：建议立案。 2023年3月16日
负责人审批：同意立案。 宋振华  2023年3月16日""",
"""^C 现场检查（勘察）笔录
检查时间：2023年3月14日9时30分至11时
检查地点：孝南湾市经济开发区槐荫大道66号厂区
被检查单位：{name}
现场负责人：胡德兵（安环部长）
执法人员：周海涛（执法证号：42090223015）
          杨帆（执法证号：42090223022）
执法人员出示执法证件，表明身份，告知有申请回避
的权利，现场负责人不申请回避。
现场情况：该公司主要生产灰铸铁件，铸造车间东侧
固废暂存间堆存废砂约120吨、炉渣约35吨。公司不能
提供工业固体废物管理台账，无产生量、流向、处置
记录。废砂外运由个人车辆拉走，无转运单据。
全程执法记录仪记录（编号XG-HJ-09），拍照8张。
现场负责人签名：胡德兵  2023.3.14
执法人员签名：周海涛  杨帆""",
"""^C 询 问 笔 录
时间：2023年3月20日14时至14时50分
地点：孝南湾市生态环境局执法支队203室
询问人：周海涛（执法证号：42090223015）
记录人：周海涛
被询问人：胡德兵  职务：安环部长（持授权委托书）
问：我是孝南湾市生态环境局执法人员，这是我的执法
证（出示），你有申请回避的权利，是否申请回避？
答：不申请。
问：你公司工业固体废物有没有建立管理台账？
答：没有建。废砂和炉渣一直是堆满了就叫车拉走，
拉去填路基，没有记录数量。
问：什么时候开始生产的？
答：2021年5月投产，一直没有台账。
问：还有补充吗？
答：检查以后我们已经开始建台账了，请从轻处理。
以上笔录我已看过，属实。胡德兵  2023年3月20日
询问人签名：周海涛""",
"""^C 案件调查终结报告
当事人{name}自2021年5月投产以来，铸造
生产产生废砂、炉渣等一般工业固体废物，未建立工
业固体废物管理台账，未如实记录产生种类、数量、
流向、贮存、利用、处置等信息。2023年3月14日检查
时暂存间堆存废砂约120吨、炉渣约35吨。
上述行为违反了《中华人民共和国固体废物污染环境
防治法》第三十六条第一款，依据该法第一百零二条
第一款第（八）项、第二款的规定，建议责令改正，
鉴于当事人检查后即着手建立台账、配合调查，予以
从轻处罚，罚款人民币叁万元。
承办人：周海涛  杨帆    2023年4月10日
法制审核意见：同意。  审核人：王敏  2023年4月11日
案审会意见：2023年4月11日局案件审查委员会集体审
议，同意承办人意见。 记录：杨帆""",
"""^C 孝南湾市生态环境局
^C 行政处罚事先（听证）告知书
^R 孝环罚告〔2023〕021号
{name}：
你单位未建立工业固体废物管理台账一案，经查，你
单位自2021年5月投产至2023年3月14日，未建立工业
固体废物管理台账，违反了《中华人民共和国固体废物
污染环境防治法》第三十六条第一款规定。依据该法第
一百零二条第一款第（八）项、第二款，我局拟责令你
单位改正违法行为，并处罚款人民币叁万元。
你单位有权进行陈述、申辩，并有权要求听证。如需
陈述、申辩或听证，请于收到本告知书之日起五日内
向我局提出，逾期视为放弃。
^S
^R 孝南湾市生态环境局
^R 2023年4月12日
送达回证：直接送达，签收人：胡德兵 2023年4月13日
送达人：周海涛 杨帆""",
"""^C 孝南湾市生态环境局
^C 行 政 处 罚 决 定 书
^R 孝环罚〔2023〕021号
当事人：{name}
统一社会信用代码：{cc}
地址：孝南湾市经济开发区槐荫大道66号
法定代表人：程永福
一、违法事实和证据：你单位自2021年5月投产至2023
年3月14日，在铸造生产中产生废砂、炉渣等一般工业
固体废物，未建立工业固体废物管理台账。检查时暂存
间堆存废砂约120吨、炉渣约35吨。有现场检查笔录、
询问笔录、照片、执法记录仪视频等为证。你单位在
告知期限内未提出陈述申辩和听证申请。
二、处罚依据和种类：你单位违反了《中华人民共和国
固体废物污染环境防治法》第三十六条第一款的规定，
依据该法第一百零二条第一款第（八）项、第二款，鉴
于你单位配合调查、积极整改，予以从轻处罚，我局
决定：1.责令改正违法行为；2.罚款人民币叁万元整。
三、履行方式和期限：自收到本决定书之日起十五日内
缴至指定账户。逾期每日按罚款数额3%加处罚款。
四、救济途径：如不服，可在收到本决定书之日起六十
日内向孝南湾市人民政府申请行政复议，或在六个月内
向孝南湾市人民法院提起行政诉讼。
^S
^R 孝南湾市生态环境局
^R 2023年4月25日""",
"""^C 送 达 回 证
送达文书：行政处罚决定书 孝环罚〔2023〕021号
受送达人：{name}
送达方式：直接送达   送达地点：公司办公楼
受送达人签名：胡德兵（受托人）  2023年4月26日
送达人：周海涛  杨帆
——————————————————————————
湖北省非税收入一般缴款书（回单）
缴款人：{name}
金额：叁万元整  ¥30000.00  缴款日期：2023.5.8
——————————————————————————
结案审批：罚款已缴清，台账已建立（5月12日复查）。
承办人：周海涛 杨帆 2023.5.15  审批：宋振华 2023.5.15""",
]

DPI = 200
W, H = int(8.27 * DPI), int(11.69 * DPI)


def seal(size):
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 35, 175)
    d.ellipse((6, 6, size - 6, size - 6), outline=red, width=9)
    # star
    cx = cy = size / 2
    pts = []
    for k in range(10):
        r = size * 0.14 if k % 2 == 0 else size * 0.055
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=red)
    f = ImageFont.truetype(SERIF_TTC, int(size * 0.11), index=0)
    text = AG
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(-150 + i * 300 / (n - 1)) - math.pi / 2
        r = size * 0.36
        x, y = cx + r * math.cos(a + math.pi), cy + r * math.sin(a + math.pi)
        ci = Image.new("RGBA", (int(size * 0.14),) * 2, (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((0, 0), ch, font=f, fill=red)
        ci = ci.rotate(-math.degrees(a + math.pi) - 90, expand=True)
        im.alpha_composite(ci, (int(x - ci.width / 2), int(y - ci.height / 2)))
    return im


def render(page, n, total, rnd):
    im = Image.new("RGB", (W, H), (246, 245, 240))
    d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(SERIF_TTC, 44, index=0)
    ft = ImageFont.truetype(SERIF_TTC, 62, index=0)
    y, L, R = 230, 200, W - 200
    seal_at = None
    for line in page.split("\n"):
        if line.startswith("^C "):
            t = line[3:]
            w = d.textlength(t, font=ft)
            d.text(((W - w) / 2, y), t, font=ft, fill=(25, 25, 25))
            y += 95
        elif line.startswith("^R "):
            t = line[3:]
            w = d.textlength(t, font=fb)
            d.text((R - w, y), t, font=fb, fill=(30, 30, 30))
            y += 70
        elif line == "^S":
            seal_at = y
        else:
            d.text((L, y), line, font=fb, fill=(30, 30, 30))
            y += 70
    if seal_at is not None:
        s = seal(420)
        im.paste(s, (R - 480, seal_at - 90), s)
    ftr = "- %d -" % n
    d.text(((W - d.textlength(ftr, font=fb)) / 2, H - 170), ftr, font=fb, fill=(60, 60, 60))
    im = im.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(250, 250, 250))
    px = im.load()
    for _ in range(900):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        v = rnd.randint(120, 220)
        px[x, yy] = (v, v, v)
    return im.filter(ImageFilter.GaussianBlur(0.8))


def build():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(1723)
    path = os.path.join(OUT, CASE_ID + ".pdf")
    c = canvas.Canvas(path, pagesize=A4)
    pages = [p.format(name=NAME, cc=CC, idl=IDL) for p in PAGES]
    for n, p in enumerate(pages, 1):
        im = render(p, n, len(pages), rnd)
        buf = io.BytesIO()
        if "^S" not in p:
            im = im.convert("L")  # greyscale scan; colour only where the red seal is
        im.save(buf, "JPEG", quality=45, optimize=True, subsampling=2)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
