"""c3: 露天烧烤 个人 (大气法2018, 行政处罚法2017编号), scanned PDF (Pillow 200 dpi, seal, skew, noise, JPEG q45).
Defects: SUBJ-02 (询问笔录记录人无执法证号), EVID-03 (违法所得 150×3+40×8=770元，文书认定870元)."""
import io
import math
import os
import random
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from common import id_number, OUT

ID = id_number("46020019880923451")
NO = "HN4602032020081700133"
PT = "2020-09-15 09:30"
AG = "三亚市吉阳区综合行政执法局"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
OFF1 = "符永健（执法证号：46020320017）"
OFF2 = "吉春燕（执法证号：46020320024）"
docs = [
("立案审批表", [[("c2", AG), ("c2", "立 案 审 批 表"),
    ("p", "案由：王海涛在禁止区域露天烧烤食品案"), ("p", f"当事人：王海涛　身份证号：{ID}"),
    ("p", "住址：海南省三亚市吉阳区红沙社区红沙路45号"), ("p", "案件来源：2020年8月14日夜间巡查"),
    ("p", f"承办人：{OFF1}、{OFF2}"), ("p", "承办人意见：建议立案。符永健 2020.8.17"),
    ("p", "负责人审批：同意立案。（签名）李德昌 2020.8.17")]]),
("现场检查笔录", [[("c2", "现 场 检 查 笔 录"),
    ("p", "时间：2020年8月14日21时30分至22时05分"), ("p", "地点：三亚市吉阳区榆亚路大东海广场东侧人行道"),
    ("p", f"执法人员：{OFF1}、{OFF2}"), ("p", "当事人：王海涛"),
    ("p", "执法人员出示执法证件，表明身份，告知当事人有申请回避的权利，当事人不申请回避。"),
    ("p", "检查情况：当事人在人行道上摆放木炭烧烤炉1个、折叠桌2张，露天烧烤羊肉串、鸡翅对外销售，烟气明显。该路段属三亚市人民政府划定的禁止露天烧烤区域。执法记录仪全程记录（编号JY-09）。当事人当场停止烧烤，烧烤炉1个、烤架1副、木炭半袋由执法人员登记带回。"),
    ("p", "当事人签名：王海涛 2020.8.14　执法人员签名：符永健　吉春燕")]]),
("询问笔录", [[("c2", "询 问 笔 录"),
    ("p", "时间：2020年8月18日10时00分至10时40分　地点：吉阳区综合执法局询问室"),
    ("p", f"询问人：{OFF1}　记录人：吉春燕"), ("p", f"被询问人：王海涛，身份证号{ID}"),
    ("p", "问：我们是吉阳区综合行政执法局执法人员，这是我们的执法证件。你有权申请回避，是否申请？答：不申请。"),
    ("p", "问：8月14日晚你在大东海广场东侧烧烤卖了多少？答：从8月10日开始摆，每晚卖一点，五天一共卖了羊肉串150串，每串3元，鸡翅40只，每只8元。"),
    ("p", "问：知不知道这里禁止露天烧烤？答：知道有规定，想着晚上人多赚点钱。"),
    ("p", "以上笔录我已看过，记录属实。王海涛 2020.8.18　询问人：符永健　记录人：吉春燕")]]),
("案件调查终结报告", [[("c2", "案件调查终结报告"),
    ("p", "案由：王海涛在禁止区域露天烧烤食品案"),
    ("p", "调查经过：2020年8月14日夜间巡查发现，8月17日立案，8月18日询问当事人。"),
    ("p", "认定事实：当事人于2020年8月10日至14日每晚在榆亚路大东海广场东侧人行道（禁止露天烧烤区域）露天烧烤食品销售，售出羊肉串150串（每串3元）、鸡翅40只（每只8元），违法所得870元。"),
    ("p", "处理意见：违反《中华人民共和国大气污染防治法》第八十一条第三款，依据第一百一十八条第三款，当事人初次违法且当场停止，建议没收烧烤工具、没收违法所得870元，并处罚款1000元。"),
    ("p", "承办人：符永健　吉春燕 2020.8.20　负责人审批：同意。李德昌 2020.8.21")]]),
("行政处罚事先告知书", [[("c2", AG), ("c2", "行政处罚事先告知书"), ("r", "吉综执告〔2020〕第0121号"),
    ("p", "王海涛："),
    ("p", "　　你于2020年8月10日至14日在吉阳区榆亚路大东海广场东侧人行道（禁止露天烧烤区域）露天烧烤食品销售，违法所得870元，违反了《中华人民共和国大气污染防治法》第八十一条第三款的规定。依据该法第一百一十八条第三款，本局拟没收烧烤炉1个、烤架1副，没收违法所得870元，并处罚款1000元。"),
    ("p", "　　你可在收到本告知书之日起三日内提出陈述、申辩或者要求听证，逾期视为放弃。"),
    ("r", f"{AG}（印章）"), ("r", "二〇二〇年八月二十四日"),
    ("p", "送达回证：受送达人 王海涛　送达方式 直接送达　签收：王海涛 2020年8月24日　送达人：符永健　吉春燕")]], True),
("行政处罚决定书", [[("c2", AG), ("c2", "行 政 处 罚 决 定 书"), ("r", "吉综执罚〔2020〕第0133号"),
    ("p", f"当事人：王海涛，男，身份证号{ID}，住三亚市吉阳区红沙社区红沙路45号。"),
    ("p", "　　经查，当事人于2020年8月10日至14日每晚在吉阳区榆亚路大东海广场东侧人行道（三亚市人民政府划定的禁止露天烧烤区域）使用木炭烧烤炉露天烧烤羊肉串、鸡翅对外销售，共售出羊肉串150串（每串3元）、鸡翅40只（每只8元），违法所得共计870元。有现场检查笔录、询问笔录、照片、执法记录仪视频为证。当事人未提出陈述申辩。"),
    ("p", "　　当事人的行为违反了《中华人民共和国大气污染防治法》第八十一条第三款的规定。依据该法第一百一十八条第三款，考虑当事人系初次违法、当场停止，决定：1．没收烧烤炉1个、烤架1副；2．没收违法所得人民币870元；3．处罚款人民币1000元。"),
    ("p", "　　罚没款于收到本决定书之日起十五日内缴纳，逾期每日按罚款数额的3%加处罚款。不服本决定的，可于六十日内向三亚市吉阳区人民政府申请行政复议，或六个月内向三亚市城郊人民法院提起行政诉讼。"),
    ("r", f"{AG}（印章）"), ("r", "二〇二〇年九月一日")]], True),
("送达回证及结案", [[("c2", "送 达 回 证"),
    ("p", "送达文书：行政处罚决定书（吉综执罚〔2020〕第0133号）　受送达人：王海涛"),
    ("p", "送达方式：直接送达　送达地点：吉阳区综合执法局"),
    ("p", "受送达人签收：王海涛 2020年9月2日　送达人：符永健　吉春燕"),
    ("c2", "罚没款缴款书（复印件）"), ("p", "缴款人：王海涛　罚款1000.00元　没收违法所得870.00元　合计1870.00元　2020-09-09"),
    ("c2", "结 案 报 告"), ("p", "罚没款已缴清，没收物品已登记入库（入库单JY2020-0913），建议结案。符永健　吉春燕 2020.9.14　负责人：同意。李德昌 2020.9.15")]]),
]

PX_W, PX_H = 1654, 2339


def draw_page(parts, n, total, seal):
    rnd = random.Random((n or 0) * 7 + 3)
    img = Image.new("RGB", (PX_W, PX_H), (250, 249, 246))
    d = ImageDraw.Draw(img)
    f_small = ImageFont.truetype(FONT, 26, index=2)
    f_body = ImageFont.truetype(FONT, 36, index=2)
    f_title = ImageFont.truetype(FONT, 48, index=2)
    d.text((150, 110), f"案件编号：{NO}", font=f_small, fill=(40, 40, 40))
    d.line((150, 150, PX_W - 150, 150), fill=(60, 60, 60), width=2)
    d.text((150, PX_H - 140), f"打印时间：{PT}", font=f_small, fill=(40, 40, 40))
    if n:
        d.text((PX_W - 330, PX_H - 140), f"{n}/{total}", font=f_small, fill=(40, 40, 40))
    y, last_r = 220, None
    for kind, val in parts:
        if kind == "c2":
            w = d.textlength(val, font=f_title)
            d.text(((PX_W - w) / 2, y), val, font=f_title, fill=(15, 15, 15))
            y += 80
        elif kind == "r":
            w = d.textlength(val, font=f_body)
            d.text((PX_W - 180 - w, y), val, font=f_body, fill=(15, 15, 15))
            last_r = (PX_W - 180 - w / 2, y)
            y += 58
        else:
            line = ""
            for ch in val:
                if d.textlength(line + ch, font=f_body) > PX_W - 330:
                    d.text((165, y), line, font=f_body, fill=(15, 15, 15))
                    y += 56
                    line = ch
                else:
                    line += ch
            d.text((165, y), line, font=f_body, fill=(15, 15, 15))
            y += 64
    if seal and last_r:
        cx, cy = int(last_r[0]), int(last_r[1])
        ov = Image.new("RGBA", img.size, (0, 0, 0, 0))
        od = ImageDraw.Draw(ov)
        red = (205, 30, 35, 170)
        od.ellipse((cx - 150, cy - 150, cx + 150, cy + 150), outline=red, width=9)
        # star
        pts = []
        for k in range(10):
            r = 40 if k % 2 == 0 else 16
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        od.polygon(pts, fill=red)
        fs = ImageFont.truetype(FONT, 30, index=2)
        name = AG
        for i, ch in enumerate(name):
            a = math.radians(-160 + i * (140 / (len(name) - 1)))
            x, yy = cx + 112 * math.cos(a), cy + 112 * math.sin(a)
            g = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((5, 0), ch, font=fs, fill=red)
            g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            ov.alpha_composite(g, (int(x - 20), int(yy - 20)))
        img = Image.alpha_composite(img.convert("RGBA"), ov).convert("RGB")
    img = img.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(250, 249, 246))
    noise = Image.effect_noise((PX_W, PX_H), 10).convert("L")
    img = Image.blend(img, Image.merge("RGB", (noise, noise, noise)), 0.04)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    if not seal:
        img = img.convert("L")
    return img


def main():
    rows, p = [], 1
    for d_ in docs:
        rows.append((d_[0], p, p + len(d_[1]) - 1))
        p += len(d_[1])
    toc = [("c2", "卷 内 目 录")] + [("p", f"{i}．【{t}】 ……………… 第{a}页" if a == b else f"{i}．【{t}】 …… 第{a}-{b}页")
                                    for i, (t, a, b) in enumerate(rows, 1)]
    pages = [(toc, None, False)]
    n = 1
    for d_ in docs:
        seal = len(d_) > 2 and d_[2]
        for pg in d_[1]:
            pages.append((pg, n, seal))
            n += 1
    c = canvas.Canvas(os.path.join(OUT, "sy_c3_shaokao_scan.pdf"), pagesize=A4)
    for parts, num, seal in pages:
        img = draw_page(parts, num, n - 1, seal)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
