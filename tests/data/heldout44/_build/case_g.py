"""Case G: 南湖 个体户以不合格头盔冒充合格 (产品质量法2018 第39条/第50条), 2022. Defects: EVID-03 (违法所得
86×(65-38) written as 2,522 instead of 2,322), SERV-01 (decision 2022-09-26 served 2022-10-12 = 9 working days,
国庆 holiday excluded, 10-08/10-09 调休 counted). Scanned PDF (Pillow 200 dpi, seal, skew, noise, JPEG q45)."""
import io
import math
import os
import random
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from common import OUT, credit_code, id_number, cn, cn_upper, paginate

CASE_ID = "nh2022_helmet_scan"
AG = "嘉兴市南湖区市场监督管理局"
NAME = "沈国良"
IDN = id_number("33040219720318451")
SHOP = "嘉兴市南湖区骑安电动车配件店"
CC = credit_code("92330402MA2JP6W1C")
ADDR = "浙江省嘉兴市南湖区东栅街道南溪路406号"
NO = "嘉南市监处罚〔2022〕208号"
NOTICE_NO = "嘉南市监罚告〔2022〕208号"
O1, C1 = "陆晨阳", "33040222061"
O2, C2 = "曹思琪", "33040222075"
DATES = dict(inspect="2022-06-14", filing="2022-06-30", ask="2022-07-19", notice="2022-09-05",
             decision="2022-09-26", served="2022-10-12", paid="2022-10-20", closed="2022-10-28")
FINE = 6000
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SEAL_PAGES = set()


def docs():
    D = DATES
    return [
        ("立案审批表", ["C立 案 审 批 表", "", "案件来源：专项检查（电动自行车头盔质量专项）",
            f"当事人：{SHOP}", f"经营者：{NAME}", f"身份证号：{IDN}", f"统一社会信用代码：{CC}", f"经营场所：{ADDR}",
            f"案情：{D['inspect']}检查发现当事人销售的“骑安”牌电动自行车头盔无3C标志，现场抽样，2022年6月28日检验报告判定不合格，当事人仍以“国标合格”标示销售，涉嫌以不合格产品冒充合格产品。",
            f"办案人员：{O1}（执法证号：{C1}）、{O2}（执法证号：{C2}）",
            f"承办人意见：建议立案。（签名）{O1}  {D['filing']}",
            f"负责人意见：同意。（签名）钱永刚  {D['filing']}"]),
        ("现场检查笔录", ["C现 场 检 查 笔 录", "",
            "时间：2022年6月14日9时20分至10时10分", f"地点：{ADDR}",
            f"检查人：{O1}（{C1}）、{O2}（{C2}）", f"当事人：{NAME}（{SHOP}经营者）",
            "执法人员出示执法证件并开启执法记录仪全程录像，告知当事人有申请回避的权利，当事人不申请回避。",
            "现场货架陈列“骑安”牌头盔54顶，吊牌标注“国标合格 GB 811”，未见CCC标志；进货单显示共进货140顶，进价38元，售价65元。依法抽样2顶送检。",
            f"当事人签名：（签名）{NAME}  2022.6.14", f"检查人：（签名）{O1} （签名）{O2}"]),
        ("询问笔录", ["C询 问 笔 录", "",
            "时间：2022年7月19日14时30分至15时20分  地点：南湖区市场监督管理局",
            f"询问人：{O1}（执法证号：{C1}）", f"记录人：{O2}（执法证号：{C2}）",
            f"被询问人：{NAME}  身份证号：{IDN}",
            "问：我们是南湖区市场监督管理局执法人员，这是执法证件。你有权申请回避，是否申请？",
            "答：不申请。",
            "问：检验报告显示头盔“吸收碰撞能量性能”不合格，你有什么意见？",
            "答：没有意见。吊牌上的“国标合格”是厂家印的，我也没核实。",
            "问：一共卖了多少？",
            "答：进了140顶，卖掉86顶，每顶卖65元，进价38元，剩下54顶被你们查封了。",
            f"以上笔录看过，属实。（签名）{NAME}  2022.7.19", f"询问人：（签名）{O1}  记录人：（签名）{O2}"]),
        ("行政处罚事先告知书", ["C" + AG, "C行政处罚事先告知书", "R" + NOTICE_NO, f"{SHOP}（经营者{NAME}）：",
            "你店以不合格电动自行车头盔冒充合格产品销售的行为，违反了《中华人民共和国产品质量法》第三十九条的规定，依据该法第五十条，本局拟作出如下处罚：一、责令停止销售；二、没收不合格头盔54顶；三、没收违法所得人民币贰仟伍佰贰拾贰元整（￥2,522.00）；四、罚款人民币陆仟元整（￥6,000.00）。",
            "你店可在收到本告知书之日起五个工作日内提出陈述、申辩，并可要求听证，逾期视为放弃。",
            "R嘉兴市南湖区市场监督管理局", "R" + cn(D["notice"]), "SEAL", "",
            "C送 达 回 证",
            f"送达文书：行政处罚事先告知书 {NOTICE_NO}", "送达方式：直接送达",
            f"受送达人签名：（签名）{NAME}  收到日期：{D['notice']}", f"送达人：（签名）{O1}、{O2}"]),
        ("行政处罚决定书", ["C" + AG, "C行 政 处 罚 决 定 书", "R" + NO,
            f"当事人：{SHOP}  经营者：{NAME}", f"身份证号：{IDN}  统一社会信用代码：{CC}", f"经营场所：{ADDR}",
            f"本局于{cn(D['inspect'])}检查发现当事人涉嫌销售不合格头盔，于{cn(D['filing'])}立案调查。经查，当事人购进“骑安”牌电动自行车头盔140顶，进价每顶38元，以每顶65元销售，吊牌标注“国标合格 GB 811”。经浙江省产品质量安全科学研究院检验，该头盔“吸收碰撞能量性能”不符合GB 811-2010，判定不合格。当事人已售出86顶，库存54顶。货值金额：140顶×65元=9,100元；违法所得：86顶×（65元－38元）=2,522元。",
            f"本局认为，当事人的行为违反了《中华人民共和国产品质量法》第三十九条。本局于{cn(D['notice'])}告知拟处罚内容，当事人未陈述申辩。当事人系初次违法并配合调查，依据《浙江省市场监督管理行政处罚裁量基准》从轻处罚。"]),
        ("行政处罚决定书（续）", ["依据《中华人民共和国产品质量法》第五十条，本局决定：",
            "一、责令停止销售；", "二、没收不合格头盔54顶；",
            "三、没收违法所得人民币贰仟伍佰贰拾贰元整（￥2,522.00）；", "四、罚款人民币陆仟元整（￥6,000.00）。",
            "当事人应自收到本决定书之日起十五日内通过浙里办或指定银行缴纳罚没款，逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
            "如不服本决定，可以在收到本决定书之日起六十日内向嘉兴市南湖区人民政府或者嘉兴市市场监督管理局申请行政复议，也可以在六个月内向嘉兴市南湖区人民法院提起行政诉讼。",
            "", "R嘉兴市南湖区市场监督管理局", "R" + cn_upper(D["decision"]), "SEAL"]),
        ("送达回证", ["C送 达 回 证", "",
            f"送达文书名称：行政处罚决定书  文号：{NO}", f"受送达人：{SHOP}（经营者{NAME}）", f"送达地点：{ADDR}",
            "送达方式：直接送达", f"受送达人签名：（签名）{NAME}", f"收到日期：{D['served']}",
            f"送达人：（签名）{O1}、{O2}"]),
        ("缴款凭证及结案报告", ["C浙江省政府非税收入缴款书（电子）",
            f"缴款人：{NAME}（{SHOP}）", f"决定书：{NO}", "罚款：6,000.00元  没收违法所得：2,522.00元",
            "合计：人民币捌仟伍佰贰拾贰元整（￥8,522.00）", f"缴款日期：{DATES['paid']}", "",
            "C结 案 报 告", "处罚信息已于2022年10月14日公示。罚没款已缴清，没收头盔54顶已于2022年10月25日销毁（销毁记录附卷）。",
            f"承办人：（签名）{O1}、{O2}  {DATES['closed']}", f"审批：同意结案。（签名）钱永刚  {DATES['closed']}"]),
    ]


def seal(img, cx, cy, r=190):
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(lay)
    red = (205, 30, 35, 170)
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=10)
    f = ImageFont.truetype(FONT, 38, index=0)
    text = AG
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(-150 + 300 * i / (n - 1)) - math.pi / 2
        x = cx + (r - 52) * math.cos(a)
        y = cy + (r - 52) * math.sin(a)
        dr.text((x, y), ch, font=f, fill=red, anchor="mm")
    # star
    pts = []
    for k in range(10):
        rr = 48 if k % 2 == 0 else 20
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    dr.polygon(pts, fill=red)
    img.alpha_composite(lay)


def draw_page(lines, n, total, rnd):
    W, H = 1654, 2339
    img = Image.new("RGBA", (W, H), (250, 250, 247, 255))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 38, index=0)
    ft = ImageFont.truetype(FONT, 54, index=0)
    y = 200
    L, R = 190, W - 190
    last_r = None
    for ln in lines:
        if ln == "SEAL":
            seal(img, R - 230, last_r - 30)
            continue
        if ln.startswith("C"):
            dr.text((W / 2, y), ln[1:], font=ft if len(ln) < 14 else f, fill=(25, 25, 25, 255), anchor="mt")
            y += 80
        elif ln.startswith("R"):
            dr.text((R, y), ln[1:], font=f, fill=(25, 25, 25, 255), anchor="rt")
            last_r = y
            y += 62
        else:
            cur = ""
            for ch in ln + "\n":
                if ch == "\n" or dr.textlength(cur + ch, font=f) > R - L:
                    dr.text((L, y), cur, font=f, fill=(25, 25, 25, 255))
                    y += 60
                    cur = "" if ch == "\n" else ch
                else:
                    cur += ch
    dr.text((W / 2, H - 130), f"第{n}页 共{total}页", font=f, fill=(60, 60, 60, 255), anchor="mt")
    img = img.convert("RGB").rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC,
                                    fillcolor=(250, 250, 247))
    noise = Image.effect_noise((W, H), 10).convert("RGB")
    img = Image.blend(img, noise, 0.02)
    img = img.filter(ImageFilter.GaussianBlur(1.0))
    if "SEAL" not in lines:
        img = img.convert("L")
    return img


def build():
    rnd = random.Random(44)
    ds = [(t, [lines]) for t, lines in docs()]
    ranges, total = paginate(ds)
    toc = ["C" + AG, "C卷 内 目 录", "R" + NO, ""] + [f"{i}  {t}  ……  {a}" for i, (t, a, b) in enumerate(ranges, 1)]
    pages = [toc] + [ls[0] for _, ls in ds]
    import tempfile
    tmpdir = tempfile.mkdtemp()
    c = canvas.Canvas(os.path.join(OUT, CASE_ID + ".pdf"), pagesize=A4)
    for n, lines in enumerate(pages, 1):
        img = draw_page(lines, n, total, rnd)
        tmp = os.path.join(tmpdir, f"p{n}.jpg")
        img.save(tmp, "JPEG", quality=40, dpi=(200, 200))
        c.drawImage(tmp, 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
