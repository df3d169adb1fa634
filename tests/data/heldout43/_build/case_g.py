"""Case G: 消防 (消防法2021), 单位, scanned PDF (Pillow 200 dpi). Defects: EVID-01, SERV-02."""
import io
import math
import os
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from common import uscc, idno, OUT

CASE_ID = "heldout43_g_xiaofang_saomiao"
CODE = uscc("91130602MA0FH2TW8")
NAME = "保定市竞秀区宏达商贸有限公司"
ADDR = "河北省保定市竞秀区七一西路1168号宏达商场"
AG = "保定市竞秀区消防救援大队"
OFF = "祁俊辉（执法证号：13060221008）、甄晓宇（执法证号：13060221015）"
LEGAL = "蒋德胜"
FACT = ("2021年11月1日，本大队消防监督员对你单位经营的宏达商场进行检查时发现：商场一层、二层共6具室内消火栓箱内无水带、水枪，"
        "二层东侧2处应急照明灯不亮，消防设施、器材未保持完好有效。")
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
DPI = 200
PW, PH = int(8.27 * DPI), int(11.69 * DPI)
random.seed(43)

# page content: list of (style, text); styles: c (centred big), a (agency), r (right), l (left, wrapped)
PAGES = [
    [("c", "卷 内 目 录"), ("l", f"案卷题名：{NAME}消防设施器材未保持完好有效案"),
     ("l", "序号  文件名称                    日期          页号"),
     ("l", "1     立案审批表                  2021.11.2     2"),
     ("l", "2     消防监督检查记录            2021.11.1     3"),
     ("l", "3     询问笔录                    2021.11.3     4"),
     ("l", "4     行政处罚告知书及送达回证    2021.11.15    5"),
     ("l", "5     陈述申辩及复核意见          2021.11.22    6"),
     ("l", "6     行政处罚决定书              2021.11.24    7"),
     ("l", "7     送达回证                    2021.11.25    8"),
     ("l", "8     罚款缴纳凭证及结案报告      2021.12.10    9")],
    [("a", AG), ("c", "立 案 审 批 表"), ("r", "竞消立字〔2021〕0139号"),
     ("l", f"案由：{NAME}消防设施、器材未保持完好有效案"), ("l", "案件来源：监督检查"),
     ("l", f"当事人：{NAME}"), ("l", f"统一社会信用代码：{CODE}"), ("l", f"法定代表人：{LEGAL}"), ("l", f"地址：{ADDR}"),
     ("l", "简要案情：2021.11.1检查发现6具室内消火栓无水带水枪，2处应急照明灯损坏。"),
     ("l", f"承办人：{OFF}"), ("l", "承办人意见：建议立案。（签名）祁俊辉 甄晓宇 2021.11.2"),
     ("l", "负责人审批：同意立案。（签名）靳海涛 2021.11.2")],
    [("a", AG), ("c", "消防监督检查记录"),
     ("l", "检查时间：2021.11.1 9:30—10:40"), ("l", f"检查地点：{ADDR}"), ("l", f"被检查单位：{NAME}"),
     ("l", f"检查人员：{OFF}"),
     ("l", "检查人员出示执法证件，表明身份，执法记录仪全程记录（编号JX-XF-03）。"),
     ("l", "检查情况：一层1#、3#、5#，二层2#、4#、6#室内消火栓箱内无水带、水枪；二层东侧走廊2处应急照明灯按测试按钮不亮。"),
     ("l", "被检查单位意见：情况属实。（签名）蒋德胜 2021.11.1"), ("l", "检查人员：（签名）祁俊辉 甄晓宇")],
    [("a", AG), ("c", "询 问 笔 录"),
     ("l", "时间：2021年11月3日9时至9时40分    地点：竞秀区消防救援大队"),
     ("l", f"询问人：{OFF}  记录人：甄晓宇"),
     ("l", f"被询问人：{LEGAL}  身份证号：{idno('13060219760918121')}  职务：{NAME}法定代表人"),
     ("l", "问：商场室内消火栓箱内的水带、水枪哪里去了？"),
     ("l", "答：夏天商场重新装修，装修队拆下来放在库房，装修完没有装回去。"),
     ("l", "问：应急照明灯什么时候坏的？"), ("l", "答：不清楚，平时没人测试。"),
     ("l", "问：现在整改情况如何？"), ("l", "答：11月2日已经把水带水枪装回，应急灯换了新的。"),
     ("l", "问：以上记录是否属实？答：属实。"),
     ("l", "被询问人：（签名）蒋德胜 2021.11.3    询问人：（签名）祁俊辉 甄晓宇")],
    [("a", AG), ("c", "行 政 处 罚 告 知 书"), ("r", "竞消罚告字〔2021〕0139号"),
     ("l", f"{NAME}："),
     ("l", "    " + FACT + "以上事实违反了《中华人民共和国消防法》第十六条第一款第二项的规定，依据《中华人民共和国消防法》第六十条第一款第一项的规定，本大队拟对你单位作出罚款人民币捌仟元整的行政处罚。"),
     ("l", "    你单位可在收到本告知书之日起五日内提出陈述和申辩。"),
     ("seal", ""), ("r", f"{AG}（印章）"), ("r", "二〇二一年十一月十五日"),
     ("l", "送达回证：本告知书于2021.11.16直接送达。收件人：（签名）蒋德胜  送达人：（签名）祁俊辉 甄晓宇")],
    [("c", "陈 述 申 辩 书"),
     ("l", "竞秀区消防救援大队：我公司已于检查次日全部整改，请求减轻处罚。  （签名）蒋德胜 2021.11.19"),
     ("a", AG), ("c", "复 核 意 见"),
     ("l", "复核意见：当事人在检查后及时整改的情况属实，已在拟处罚意见中考虑（6具消火栓、2处应急照明，按较低档次处罚），其申辩未提出新的事实理由，维持拟处罚意见。"),
     ("l", "复核人：（签名）祁俊辉 甄晓宇 2021.11.22   负责人：同意。（签名）靳海涛 2021.11.22")],
    [("a", AG), ("c", "行 政 处 罚 决 定 书"), ("r", "竞消行罚决字〔2021〕0139号"),
     ("l", f"被处罚单位：{NAME}，统一社会信用代码：{CODE}，地址：{ADDR}，法定代表人：{LEGAL}。"),
     ("l", "    " + FACT + "以上事实有消防监督检查记录、询问笔录、现场照片等证据证实。你单位提出已及时整改的申辩意见，本大队已在裁量中予以考虑，按较低档次处罚。"),
     ("l", "    你单位的上述行为违反了《中华人民共和国消防法》第十六条第一款第二项的规定，依据《中华人民共和国消防法》第六十条第一款第一项的规定，决定给予罚款人民币捌仟元整（¥8000）的处罚。"),
     ("l", "    罚款于收到本决定书之日起十五日内缴至保定银行竞秀支行，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
     ("l", "    如不服本决定，可以在收到本决定书之日起六十日内依法向保定市竞秀区人民政府或者保定市消防救援支队申请行政复议，或者在六个月内依法向保定市竞秀区人民法院提起行政诉讼。"),
     ("seal", ""), ("r", f"{AG}（印章）"), ("r", "二〇二一年十一月二十四日")],
    [("a", AG), ("c", "送 达 回 证"),
     ("l", "送达文书名称：行政处罚决定书"), ("l", "文号：竞消行罚决字〔2021〕0139号"),
     ("l", f"受送达人：{NAME}"), ("l", f"送达地点：{ADDR}"), ("l", "送达方式：直接送达"),
     ("l", "受送达人签名或盖章：                    "), ("l", "收到日期：2021年11月25日"),
     ("l", "见证人：         "), ("l", "送达人：（签名）祁俊辉 甄晓宇"), ("l", "备注：")],
    [("c", "河北省非税收入一般缴款书（回执）"),
     ("l", f"缴款人：{NAME}   执收单位：{AG}"), ("l", "金额：人民币捌仟元整 ¥8000.00   缴款日期：2021.12.6"),
     ("a", AG), ("c", "结 案 报 告"),
     ("l", "案由：消防设施、器材未保持完好有效案  决定书：竞消行罚决字〔2021〕0139号  罚款8000元"),
     ("l", "执行情况：2021.12.6缴清罚款8000元，复查消火栓、应急照明完好。"),
     ("l", "承办人：（签名）祁俊辉 甄晓宇 2021.12.10   负责人：同意结案。（签名）靳海涛 2021.12.10")],
]


def seal(size):
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 35, 190)
    d.ellipse([6, 6, size - 6, size - 6], outline=red, width=9)
    cx = cy = size / 2
    r = size * 0.28
    pts = [(cx + (r if i % 2 == 0 else r * 0.4) * math.sin(i * math.pi / 5), cy - (r if i % 2 == 0 else r * 0.4) * math.cos(i * math.pi / 5)) for i in range(10)]
    d.polygon(pts, fill=red)
    f = ImageFont.truetype(FONT, int(size * 0.11))
    text = AG
    n = len(text)
    for i, ch in enumerate(text):
        ang = -150 + 300 * i / (n - 1)
        g = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=red, anchor="mm")
        g = g.rotate(-ang, resample=Image.BICUBIC)
        rr = size * 0.37
        x = cx + rr * math.sin(math.radians(ang)) - g.width / 2
        y = cy - rr * math.cos(math.radians(ang)) - g.height / 2
        im.alpha_composite(g, (int(x), int(y)))
    return im


def render(page, n, total):
    im = Image.new("RGB", (PW, PH), (246, 245, 240))
    d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(FONT, 50); fa = ImageFont.truetype(FONT, 38); fl = ImageFont.truetype(FONT, 33)
    y = 200; lm, rm = 190, PW - 190
    seal_at = None
    for style, text in page:
        if style == "c":
            d.text((PW / 2, y), text, font=fb, fill=(25, 25, 25), anchor="ma"); y += 95
        elif style == "a":
            d.text((PW / 2, y), text, font=fa, fill=(25, 25, 25), anchor="ma"); y += 70
        elif style == "r":
            d.text((rm, y), text, font=fl, fill=(25, 25, 25), anchor="ra"); y += 58
        elif style == "seal":
            seal_at = y
        else:
            line = ""
            for ch in text:
                if d.textlength(line + ch, font=fl) > rm - lm:
                    d.text((lm, y), line, font=fl, fill=(25, 25, 25)); y += 54; line = ch
                else:
                    line += ch
            d.text((lm, y), line, font=fl, fill=(25, 25, 25)); y += 62
    d.text((PW / 2, PH - 130), f"{n}/{total}", font=fl, fill=(60, 60, 60), anchor="ma")
    if seal_at is not None:
        s = seal(380)
        im.paste(s, (rm - 520, seal_at - 40), s)
    im = im.rotate(random.choice([-1, 1]) * random.uniform(0.5, 1.2), resample=Image.BICUBIC, fillcolor=(246, 245, 240))
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    px = im.load()
    for _ in range(1500):
        x, yy = random.randrange(PW), random.randrange(PH)
        v = random.randint(120, 200)
        px[x, yy] = (v, v, v)
    return im


def build():
    path = os.path.join(OUT, CASE_ID + ".pdf")
    c = canvas.Canvas(path, pagesize=A4)
    for i, p in enumerate(PAGES, 1):
        im = render(p, i, len(PAGES))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=38, subsampling=2, dpi=(DPI, DPI)); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


LABEL = {
    "case_id": CASE_ID,
    "codes": ["EVID-01", "SERV-02"],
    "notes": "EVID-01：2021年11月3日询问笔录（第4页）既未记载执法人员出示执法证件/表明身份，也未告知申请回避的权利（现场检查记录有出示证件的记载，询问笔录没有）。SERV-02：决定书送达回证（第8页）送达方式为直接送达，“受送达人签名或盖章”栏空白，也无见证人、留置送达记载。其余：告知书11月16日送达，五日期限至11月21日，陈述申辩11月19日提出，11月22日复核意见维持，决定11月24日作出，罚款8000元在消防法第六十条第一款五千元以上五万元以下幅度内，理由写明；缴款8000元一致。扫描件，印章为红色圆章图像。竞秀区消防救援大队是县级消防救援机构（消防法第七十条的执法主体），以其名义作出决定不属于以内设机构名义作出，不构成SUBJ-03。",
    "encoding": "pdf-scan",
    "fields": {
        "agency": AG,
        "party": {"name": NAME, "kind": "单位", "credit_code": CODE, "id_number": None},
        "penalty": {"fine_yuan": 8000, "procedure": "普通"},
        "dates": {"filing": "2021-11-02", "notice": "2021-11-15", "decision": "2021-11-24", "decision_served": "2021-11-25"},
        "citations": [
            {"law": "中华人民共和国消防法", "article": 16, "paragraph": 1, "item": 2, "role": "violated"},
            {"law": "中华人民共和国消防法", "article": 60, "paragraph": 1, "item": 1, "role": "penalty"},
        ],
    },
    "_check": {"notice_served": "2021-11-16", "statement_days": 5},
}

if __name__ == "__main__":
    build()
