"""Case 7 (defects SUBJ-01, EXEC-01): 岳阳 slag dumped on a riverside slope, 2021. Scanned PDF (Pillow 200 dpi, seal, skew, noise)."""
from common import OUT, credit_code, cn_date, D, font_file
import os, random, io, math, tempfile
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab import rl_config
rl_config.useA85 = 0  # embed the JPEG bytes as they are

CASE_ID = "hd27_07_岳阳华冶铸材_倾倒炉渣_扫描件"
CC = credit_code("91430600MA4T2L9C5")
AG = "岳阳市生态环境局"
NO_GZ = "岳环罚告〔2021〕第45号"
NO_JD = "岳环罚〔2021〕第45号"
OFF = "周海波（执法证号：43060019052）、易芳（执法证号：43060019066）"
TONS, UNIT = 860, 68
COST = TONS * UNIT  # 58,480 < 100,000 -> counted as 100,000
FINE = 100000
FONT = font_file("Noto Serif CJK SC")
PW, PH = 1654, 2339  # A4 at 200 dpi

PAGES = [
 ("立案审批表", [("C", AG, 40), ("C", "立 案 审 批 表", 52), ("R", "岳环立〔2021〕第71号"),
   "案件来源：群众举报（12369平台，编号2021080943061）",
   "案由：岳阳华冶铸材有限公司擅自倾倒工业固体废物案",
   "当事人：岳阳华冶铸材有限公司",
   "统一社会信用代码：" + CC,
   "法定代表人：彭志远    地址：岳阳市云溪区松杨湖路17号",
   "简要案情：2021年8月10日核查举报，该公司将冲天炉炉渣倾倒于",
   "云溪区陆城镇长江支流白泥湖南岸岸坡，初步估算数百吨。",
   "承办人：周海波、易芳",
   "审批意见：同意立案。负责人：（签名）方卫东  2021年8月12日"]),
 ("现场检查（勘察）笔录", [("C", AG, 40), ("C", "现场检查（勘察）笔录", 52),
   "时间：2021年8月10日14时20分至16时10分",
   "地点：云溪区陆城镇白泥湖南岸（东经113°17′、北纬29°31′附近）",
   "检查人：" + OFF,
   "当事人代表：谢军（岳阳华冶铸材有限公司生产部长）",
   "执法人员出示执法证件，表明身份，告知回避权利，对方不申请回避。",
   "1.岸坡上堆放灰黑色块状炉渣，沿岸线长约46米，宽约12米，",
   "  平均厚约0.9米；部分炉渣已滑入水边，水面有浑浊带。",
   "2.经RTK测量，堆体体积约497立方米，按容重1.73吨/立方米计，",
   "  约860吨。现场车辙与该公司渣车（湘F·3K2**）轮胎花纹一致。",
   "3.谢军承认系公司安排外运倾倒，自2021年7月起共约70车。",
   "示意：村道—北行约300米—岸坡，渣堆在岸坡东段，坡脚即湖水。",
   "执法记录仪YYHB-21全程录像。",
   "检查人：（签名）周海波 （签名）易芳   当事人代表：（签名）谢军"]),
 ("调查询问笔录", [("C", AG, 40), ("C", "调 查 询 问 笔 录", 52),
   "时间：2021年8月13日9时10分至10时00分   地点：岳阳市生态环境局",
   "询问人：周海波（执法证号：43060019052）",
   "记录人：周海波",
   "被询问人：彭志远（法定代表人）",
   "问：我是岳阳市生态环境局执法人员（出示证件），你有申请回避的",
   "    权利，是否申请？答：不申请。",
   "问：白泥湖岸坡的炉渣是你公司的吗？答：是的，冲天炉出的炉渣。",
   "问：为什么倒在那里？答：原来的综合利用厂停收，渣场满了，",
   "    7月份开始让车队拉到那边，一共七十车左右。",
   "问：正规处置需要多少钱？答：砖厂收渣每吨68元（含运费）。",
   "问：是否同意清运？答：同意，8月20日前全部清运到砖厂。",
   "被询问人：以上记录已看过，属实。（签名）彭志远  2021年8月13日",
   "询问人：（签名）周海波"]),
 ("调查报告", [("C", AG, 40), ("C", "行政处罚案件调查报告", 52),
   "一、违法事实：2021年7月至8月10日，当事人将冲天炉炉渣约860吨",
   "  倾倒于白泥湖南岸岸坡，未采取任何防范措施。",
   "二、证据：现场检查（勘察）笔录、询问笔录、测量记录、照片、视频。",
   "三、处置费用计算：860吨×68元/吨=58,480元，不足十万元，",
   "  按十万元计算。",
   "四、处理意见：违反《中华人民共和国固体废物污染环境防治法》第",
   "  二十条第一款，依据第一百零二条第一款第（七）项、第二款，应处",
   "  所需处置费用一倍以上三倍以下罚款。当事人8月19日已全部清运，",
   "  恢复岸坡，按一倍即10万元处罚。",
   "承办人：（签名）周海波 （签名）易芳    2021年8月30日"]),
 ("行政处罚事先（听证）告知书", [("C", AG, 40), ("C", "行政处罚事先（听证）告知书", 52), ("R", NO_GZ),
   "岳阳华冶铸材有限公司：",
   "  经查，你公司2021年7月至8月10日将炉渣约860吨倾倒于白泥湖南岸",
   "岸坡，违反了《中华人民共和国固体废物污染环境防治法》第二十条第",
   "一款的规定。依据该法第一百零二条第一款第（七）项、第二款，所需",
   "处置费用58,480元不足十万元按十万元计算，我局拟对你公司罚款人民",
   "币壹拾万元整（¥100,000.00）。",
   "  你公司可于收到本告知书之日起五个工作日内提出陈述、申辩，或书",
   "面要求听证，逾期视为放弃。",
   ("S",), ("R", "岳阳市生态环境局（公章）"), ("R", cn_date(D("2021-09-06"))),
   "送达回证：直接送达；（签名）彭志远 2021年9月7日；送达人：周海波 易芳"]),
 ("法制审核意见及集体讨论记录", [("C", AG, 40), ("C", "法制审核意见", 52),
   "经审核，事实清楚，证据充分，适用法律正确，罚款计算无误，程序合法。",
   "审核人：（签名）刘敏（法律职业资格A20154306010287） 2021年9月16日",
   ("C", "案件集体讨论记录", 52),
   "时间：2021年9月22日  主持：方卫东  参加：方卫东、任丽、龚建、刘敏",
   "结论：同意罚款10万元，责令改正。",
   "签名：（签名）方卫东 任丽 龚建 刘敏"]),
 ("行政处罚决定书", [("C", AG, 40), ("C", "行 政 处 罚 决 定 书", 52), ("R", NO_JD),
   "当事人：岳阳华冶铸材有限公司  统一社会信用代码：" + CC,
   "法定代表人：彭志远   地址：岳阳市云溪区松杨湖路17号",
   "  2021年7月至8月10日，你公司将冲天炉炉渣约860吨倾倒于云溪区陆城",
   "镇白泥湖南岸岸坡，未采取防扬散、防流失措施。有现场检查（勘察）笔",
   "录、询问笔录、测量记录、照片及视频为证。",
   "  你公司的行为违反了《中华人民共和国固体废物污染环境防治法》第二",
   "十条第一款的规定。你公司在告知期限内未陈述申辩、未申请听证。",
   "  依据该法第一百零二条第一款第（七）项、第二款，所需处置费用",
   "860吨×68元/吨=58,480元，不足十万元按十万元计算；鉴于你公司已",
   "全部清运并恢复岸坡，按一倍处罚，决定罚款人民币壹拾万元整",
   "（¥100,000.00），责令改正。",
   "  请于收到本决定书之日起十五日内缴至指定银行；逾期每日按罚款数",
   "额3%加处罚款。如不服，可在收到本决定书之日起六十日内向岳阳市人",
   "民政府申请行政复议，或在六个月内向岳阳市云溪区人民法院起诉。",
   ("S",), ("R", "岳阳市生态环境局（公章）"), ("R", cn_date(D("2021-09-24")))]),
 ("送达回证", [("C", AG, 40), ("C", "送 达 回 证", 52),
   "送达文书：行政处罚决定书（" + NO_JD + "）",
   "受送达人：岳阳华冶铸材有限公司",
   "送达地点：岳阳市云溪区松杨湖路17号",
   "送达方式：直接送达",
   "收件人签名：（签名）彭志远    收件日期：2021年9月27日",
   "送达人：（签名）周海波 （签名）易芳"]),
 ("结案审批表", [("C", AG, 40), ("C", "行政处罚案件结案审批表", 52),
   "案件：岳阳华冶铸材有限公司擅自倾倒工业固体废物案（" + NO_JD + "）",
   "处罚：罚款10万元，责令改正",
   "执行情况：当事人已缴纳罚款10万元；8月19日复查炉渣已清运完毕。",
   "承办人：（签名）周海波 易芳  2021年10月20日",
   "审批：同意结案。（签名）方卫东  2021年10月20日"]),
]


def seal(img, cx, cy):
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    r = 150
    red = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    f = ImageFont.truetype(FONT, 30)
    text = "岳阳市生态环境局"
    for i, ch in enumerate(text):
        a = math.radians(-150 + i * (120 / (len(text) - 1)))
        x, y = cx + (r - 42) * math.cos(a), cy + (r - 42) * math.sin(a)
        g = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((4, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(a) - 90, expand=1)
        lay.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    d.regular_polygon((cx, cy, 40), 5, rotation=90, fill=red)
    d.text((cx - 60, cy + 55), "行政执法专用", font=ImageFont.truetype(FONT, 20), fill=red)
    return Image.alpha_composite(img.convert("RGBA"), lay).convert("RGB")


def render(title, lines, n, total):
    img = Image.new("L", (PW, PH), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 34)
    y, seal_at = 180, None
    for ln in lines:
        if isinstance(ln, str):
            d.text((170, y), ln, font=f, fill=30); y += 62
        elif ln[0] == "C":
            ff = ImageFont.truetype(FONT, ln[2]); w = d.textlength(ln[1], font=ff)
            d.text(((PW - w) / 2, y), ln[1], font=ff, fill=20); y += ln[2] + 34
        elif ln[0] == "R":
            w = d.textlength(ln[1], font=f); d.text((PW - 170 - w, y), ln[1], font=f, fill=30); y += 62
        elif ln[0] == "S":
            seal_at = (PW - 360, y + 75)
    d.text((PW / 2 - 40, PH - 120), f"{n}/{total}", font=ImageFont.truetype(FONT, 28), fill=60)
    rnd = random.Random(n)
    for _ in range(2500):  # light speckle noise
        x, y0 = rnd.randrange(PW), rnd.randrange(PH)
        d.point((x, y0), fill=rnd.randrange(120, 220))
    if seal_at:
        img = seal(img.convert("RGB"), *seal_at)
    fill = (250, 250, 250) if img.mode == "RGB" else 250
    img = img.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=fill)
    return img.filter(ImageFilter.GaussianBlur(0.7))


def build():
    random.seed(7)
    total = len(PAGES) + 1
    cat = [("C", AG, 40), ("C", "卷 内 目 录", 52), "序号  文件名称                              页号"]
    cat += [f"{i:<4}  {t}{'　' * max(1, 16 - len(t))}{i + 1}" for i, (t, _) in enumerate(PAGES, 1)]
    imgs = [render("卷内目录", cat, 1, total)] + [render(t, ls, i, total) for i, (t, ls) in enumerate(PAGES, 2)]
    c = canvas.Canvas(os.path.join(OUT, CASE_ID + ".pdf"), pagesize=A4)
    with tempfile.TemporaryDirectory() as td:
        for k, im in enumerate(imgs):
            fn = os.path.join(td, f"p{k}.jpg")
            im.save(fn, "JPEG", quality=45, dpi=(200, 200))
            c.drawImage(fn, 0, 0, width=A4[0], height=A4[1]); c.showPage()
        c.save()


LABEL = {"case_id": CASE_ID, "codes": ["EXEC-01", "SUBJ-01"], "encoding": "pdf-scan",
         "notes": "SUBJ-01：2021年8月13日调查询问笔录只有询问人周海波一人（兼记录人），执法人员少于两人。EXEC-01：结案审批表称已缴纳罚款10万元并结案，但卷内无缴款凭证。罚款计算：860吨×68元/吨=58,480元，不足十万元按十万元计，一倍即10万元，在第一百零二条第二款幅度内。扫描件，决定书和告知书落款处有红色圆形印章。",
         "fields": {"agency": AG, "party": {"name": "岳阳华冶铸材有限公司", "kind": "单位", "credit_code": CC, "id_number": None},
                    "penalty": {"fine_yuan": FINE, "procedure": "普通"},
                    "dates": {"filing": "2021-08-12", "notice": "2021-09-06", "decision": "2021-09-24", "decision_served": "2021-09-27"},
                    "citations": [{"law": "中华人民共和国固体废物污染环境防治法", "article": 20, "paragraph": 1, "item": None, "role": "violated"},
                                  {"law": "中华人民共和国固体废物污染环境防治法", "article": 102, "paragraph": 1, "item": 7, "role": "penalty"},
                                  {"law": "中华人民共和国固体废物污染环境防治法", "article": 102, "paragraph": 2, "item": None, "role": "penalty"}]},
         "_check": {"notice_served": "2021-09-07", "plea_wd": 5}}

if __name__ == "__main__":
    assert COST == 58480
    build()
