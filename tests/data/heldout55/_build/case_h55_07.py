"""h55_07: 个体诊所经营者使用超过有效期的药品（劣药）(安徽太和, 2022). Scanned PDF (Pillow 200 dpi, red seal, skew, noise, JPEG).
Defects: PROC-02 (罚款100000元属较大数额, 事先告知书只告知陈述申辩, 未告知听证权利),
DOC-06 (询问笔录所记身份证号末两位颠倒为…1083, 校验位不符且与决定书不一致)."""
import io
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from common import idno, OUT

ID = idno("34122219720819103")
BAD_ID = ID[:16] + ID[17] + ID[16]
AG = "太和县市场监督管理局"
P = "张建国"
CLINIC = "太和县旧县镇建国诊所"
ADDR = "安徽省太和县旧县镇人民路118号"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"  # system font, build time only
DPI = 200
PW, PH = int(8.27 * DPI), int(11.69 * DPI)

# each page: list of (style, text); style in title/sub/right/para/seal
PAGES = [
    [("title", "卷内目录"),
     ("para", "序号　文件名称　　　　　　　　　　页号"),
     ("para", "1　　立案审批表　　　　　　　　　　1"),
     ("para", "2　　现场检查笔录　　　　　　　　　2"),
     ("para", "3　　询问笔录　　　　　　　　　　　3"),
     ("para", "4　　调查终结报告、法制审核、集体讨论记录　4"),
     ("para", "5　　行政处罚事先告知书及送达回证　5"),
     ("para", "6　　行政处罚决定书　　　　　　　　6"),
     ("para", "7　　送达回证、缴款书、结案报告　　7")],
    [("sub", AG), ("title", "立案审批表"),
     ("para", "案件来源：投诉举报"), ("para", "案由：涉嫌使用劣药案"),
     ("para", f"当事人：{P}（{CLINIC}经营者）　身份证号：{ID}"), ("para", f"地址：{ADDR}"),
     ("para", "案情：2022年3月15日根据举报检查，发现当事人诊所药柜存放超过有效期的头孢克肟分散片8盒，并用于患者治疗，涉嫌违反《中华人民共和国药品管理法》第九十八条第一款。"),
     ("para", "承办人：刘洋（执法证号：34122220061）、马丽娜（执法证号：34122220075）　2022.3.16"),
     ("para", "承办机构意见：同意立案。药品安全监管股　高峰　2022.3.16"),
     ("para", "负责人意见：同意。许文龙　2022.3.16")],
    [("title", "现场检查笔录"),
     ("para", "检查时间：2022年3月15日14时10分至15时20分"),
     ("para", f"检查地点：{ADDR} {CLINIC}"),
     ("para", f"当事人：{P}（诊所经营者、执业医师）"),
     ("para", "执法人员：刘洋（执法证号：34122220061）、马丽娜（执法证号：34122220075）"),
     ("para", "执法人员出示执法证件，告知当事人有申请回避的权利，当事人不申请回避。"),
     ("para", "检查情况：诊所药柜第一层存放头孢克肟分散片（50mg×12片，批号200706，有效期至2021年12月）8盒，已超过有效期，未作标识；处方登记本显示2022年1月至3月使用该批号药品3盒。执法人员拍照5张（药柜全景、药品标签2张、处方登记本2页），执法记录仪（TH-07）全程录像。"),
     ("para", "当事人签名：张建国　2022年3月15日"), ("para", "执法人员签名：刘洋　马丽娜")],
    [("title", "询问笔录"),
     ("para", "时间：2022年3月18日9时00分至9时50分　地点：太和县市场监督管理局旧县分局"),
     ("para", "询问人：刘洋（执法证号：34122220061）、马丽娜（执法证号：34122220075）　记录人：马丽娜"),
     ("para", f"被询问人：{P}，男，身份证号{BAD_ID}，{CLINIC}经营者"),
     ("para", "被询问人：李桂芝，女，诊所护士"),
     ("para", "问：我们是太和县市场监督管理局执法人员（出示证件），你们是否申请回避？答（张建国、李桂芝）：不申请。"),
     ("para", "问张建国：头孢克肟分散片从哪里购进？答：2020年9月从阜阳一家医药公司购进11盒，零售价每盒26元。"),
     ("para", "问李桂芝：今年用了几盒？答：1月到3月按张医生处方给病人用了3盒，每盒收26元，共78元。"),
     ("para", "问张建国：为何使用过期药品？答：没注意有效期，我认错，剩下8盒已经被你们封存。"),
     ("para", "以上笔录已阅，属实。张建国　李桂芝　2022年3月18日"), ("para", "询问人：刘洋　马丽娜")],
    [("title", "案件调查终结报告"),
     ("para", "当事人张建国经营的建国诊所于2022年1月至3月使用超过有效期的头孢克肟分散片3盒，收取药费3×26=78元，余8盒于3月15日查获；货值金额11×26=286元，违法所得78元。违反《中华人民共和国药品管理法》第九十八条第一款，依据第一百一十九条、第一百一十七条第一款，货值不足一万元按一万元计算。当事人系初次违法，建议从轻：没收劣药8盒、没收违法所得78元、罚款100000元。承办人：刘洋　马丽娜　2022年4月20日"),
     ("sub", "法制审核意见"),
     ("para", "事实清楚，证据充分，适用法律正确，处罚适当。审核人：孙静（法制审核证号：34122219002）　2022年4月21日"),
     ("sub", "集体讨论记录"),
     ("para", "2022年4月21日，局长许文龙主持，副局长周斌、王磊及法规股、药品股负责人参加。一致同意承办机构意见。参加人签名：许文龙　周斌　王磊　孙静　高峰")],
    [("sub", AG), ("title", "行政处罚事先告知书"), ("right", "太市监告〔2022〕77号"),
     ("para", f"{P}："),
     ("para", "　　你经营的建国诊所使用超过有效期的头孢克肟分散片，违反了《中华人民共和国药品管理法》第九十八条第一款的规定。依据该法第一百一十九条、第一百一十七条第一款，本局拟对你作出如下处罚：没收劣药头孢克肟分散片8盒；没收违法所得78元；罚款人民币100000元。"),
     ("para", "　　根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你可在收到本告知书之日起五个工作日内向本局提出陈述、申辩，逾期视为放弃。"),
     ("right", "太和县市场监督管理局"), ("right", "2022年4月22日"), ("seal", ""),
     ("sub", "送达回证"),
     ("para", "送达文书：行政处罚事先告知书（太市监告〔2022〕77号）　受送达人：张建国"),
     ("para", f"送达地点：{ADDR}　送达方式：直接送达"),
     ("para", "收件人签名：张建国（诊所经营者）　收件日期：2022年4月22日　送达人：刘洋　马丽娜")],
    [("sub", AG), ("title", "行政处罚决定书"), ("right", "太市监罚〔2022〕77号"),
     ("para", f"当事人：{P}，男，身份证号{ID}，{CLINIC}经营者，住址{ADDR}。"),
     ("para", "　　2022年3月15日，本局根据举报对当事人诊所检查，3月16日立案调查。经查，当事人于2020年9月购进头孢克肟分散片（批号200706，有效期至2021年12月）11盒，零售价26元/盒，2022年1月至3月在其诊所使用该过期药品3盒，收取药费78元，余8盒被查获。货值金额286元，违法所得78元。有现场检查笔录、照片、询问笔录、购进票据、处方登记本为证。"),
     ("para", "　　本局于2022年4月22日送达行政处罚事先告知书，当事人未提出陈述申辩。本局认为，超过有效期的药品为劣药，当事人使用劣药违反了《中华人民共和国药品管理法》第九十八条第一款的规定。当事人系初次违法，依据该法第一百一十九条、第一百一十七条第一款（货值不足一万元按一万元计算），经集体讨论，从轻决定：1.没收劣药头孢克肟分散片8盒（清单附后）；2.没收违法所得78元；3.罚款人民币壹拾万元整（100000元）。"),
     ("para", "　　限自收到本决定书之日起十五日内缴至指定银行，逾期每日按罚款数额3%加处罚款。如不服，可于收到本决定书之日起六十日内向太和县人民政府或阜阳市市场监督管理局申请行政复议，或于六个月内向太和县人民法院提起行政诉讼。"),
     ("para", "没收物品清单：头孢克肟分散片 50mg×12片 批号200706 8盒"),
     ("right", "太和县市场监督管理局"), ("right", "二〇二二年五月九日"), ("seal", "")],
    [("title", "送达回证"),
     ("para", "送达文书：行政处罚决定书（太市监罚〔2022〕77号）　受送达人：张建国"),
     ("para", f"送达地点：{ADDR}　送达方式：直接送达"),
     ("para", "收件人签名：张建国（诊所经营者）　收件日期：2022年5月10日　送达人：刘洋　马丽娜"),
     ("sub", "非税收入一般缴款书（回单）"),
     ("para", "缴款人：张建国　金额：100078.00元（罚款100000元，没收违法所得78元）　缴款日期：2022年5月20日"),
     ("sub", "结案报告"),
     ("para", "罚没款100078元已缴清，没收药品已销毁。承办人：刘洋　马丽娜　2022年5月24日。同意结案：许文龙　2022年5月25日")],
]


def seal(size=360):
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    red = (200, 30, 30, 170)
    dr.ellipse([6, 6, size - 6, size - 6], outline=red, width=10)
    f = ImageFont.truetype(FONT, 40, index=0)
    text = "太和县市场监督管理局"
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.radians(200 + i * 140 / (n - 1))
        x = size / 2 + (size / 2 - 55) * math.cos(ang)
        y = size / 2 + (size / 2 - 55) * math.sin(ang)
        g = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((5, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(ang) - 90, expand=False)
        im.alpha_composite(g, (int(x - 25), int(y - 25)))
    # star
    cx, cy, r = size / 2, size / 2, 48
    pts = [(cx + (r if k % 2 == 0 else r * 0.4) * math.cos(math.radians(-90 + k * 36)),
            cy + (r if k % 2 == 0 else r * 0.4) * math.sin(math.radians(-90 + k * 36))) for k in range(10)]
    dr.polygon(pts, fill=red)
    return im


def wrap(dr, text, font, width):
    lines, cur = [], ""
    for ch in text:
        if dr.textlength(cur + ch, font=font) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def draw_page(ops, num, rnd):
    im = Image.new("RGB", (PW, PH), (246, 245, 240))
    dr = ImageDraw.Draw(im)
    ft = ImageFont.truetype(FONT, 58, index=0)
    fs = ImageFont.truetype(FONT, 44, index=0)
    fp = ImageFont.truetype(FONT, 36, index=0)
    ml, mr, y = 170, 170, 180
    last_right_y = None
    for st, tx in ops:
        if st == "title":
            w = dr.textlength(tx, font=ft)
            dr.text(((PW - w) / 2, y), tx, font=ft, fill=(25, 25, 25))
            y += 100
        elif st == "sub":
            w = dr.textlength(tx, font=fs)
            dr.text(((PW - w) / 2, y), tx, font=fs, fill=(30, 30, 30))
            y += 74
        elif st == "right":
            w = dr.textlength(tx, font=fp)
            dr.text((PW - mr - w, y), tx, font=fp, fill=(30, 30, 30))
            last_right_y = y
            y += 58
        elif st == "para":
            for ln in wrap(dr, tx, fp, PW - ml - mr):
                dr.text((ml, y), ln, font=fp, fill=(30, 30, 30))
                y += 56
            y += 8
        elif st == "seal":
            s = seal()
            im.paste(s, (PW - mr - 420, int(last_right_y) - 230), s)
            y += 40
    if num:
        w = dr.textlength(f"第{num}页", font=fp)
        dr.text(((PW - w) / 2, PH - 140), f"第{num}页", font=fp, fill=(40, 40, 40))
    im = im.convert("L").convert("RGB") if not any(st == "seal" for st, _ in ops) else im
    im = im.rotate(rnd.uniform(0.5, 1.2) * rnd.choice((-1, 1)), resample=Image.BICUBIC, fillcolor=(246, 245, 240))
    im = im.filter(ImageFilter.GaussianBlur(0.85))
    noise = Image.effect_noise((PW, PH), 10).convert("RGB")
    im = Image.blend(im, noise, 0.035)
    return im


def build():
    rnd = random.Random(5507)
    path = os.path.join(OUT, "h55_07.pdf")
    c = canvas.Canvas(path, pagesize=A4)
    for i, ops in enumerate(PAGES):
        im = draw_page(ops, i if i else None, rnd)
        if not any(st == "seal" for st, _ in ops):
            im = im.convert("L")
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=42)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
