"""Case G: 三亚 锅炉未办理使用登记逾期未改正, 2025, 罚款+加处罚款. Clean. Scanned PDF (Pillow 200 dpi, seal, skew, noise, JPEG q45)."""
import io
import math
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import OUT, uscc, idno  # noqa: E402

CASE_ID = "sy2025_guolu_weidengji"
AG = "三亚市市场监督管理局"
PARTY = "三亚湾畔酒店管理有限公司"
CC = uscc("91460200MAA9TC6L2")
LR = "黎少峰"
LR_ID = idno("46020019770521003")
ADDR = "三亚市天涯区三亚湾路211号"
O1, C1 = "吉文涛", "46020023041"
O2, C2 = "符秋霞", "46020023058"
NO_CASE = "460200202503250031"
WH_Z = "三亚市监责改〔2025〕27号"
WH_N = "三亚市监罚告〔2025〕102号"
WH_D = "三亚市监处罚〔2025〕118号"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

# pages: (doc title for 目录, lines, seal?) ; "#" prefix = centred title, ">" prefix = right aligned
docs = [
("立案审批表", [f"#立 案 审 批 表", f">案件编号：{NO_CASE}",
  f"当事人：{PARTY}", f"统一社会信用代码：{CC}", f"法定代表人：{LR}", f"住所：{ADDR}",
  "案件来源：监督检查（责令限期改正后复查）",
  "案由：使用特种设备未按照规定办理使用登记，逾期未改正",
  "简要案情：2025年3月4日检查发现当事人使用的燃气热水锅炉1台",
  "（产品编号RS2024-1187）未办理使用登记，当日责令其于3月19日前",
  "改正；3月24日复查仍未办理。",
  f"承办人：{O1}（执法证号：{C1}）  {O2}（执法证号：{C2}）",
  "承办机构意见：建议立案。  特种设备安全监察科  陈海东  2025.3.25",
  "负责人意见：同意立案。  王启文  2025.3.25"], False),
("现场检查笔录", ["#现 场 检 查 笔 录",
  "检查时间：2025年3月4日10时00分至11时10分",
  f"检查地点：{ADDR}（酒店地下一层锅炉房）",
  f"被检查人：{PARTY}  在场人：许光明（工程部经理）",
  f"执法人员：{O1}（执法证号：{C1}）、{O2}（执法证号：{C2}）",
  "执法人员出示执法证件，告知被检查人有申请回避的权利，不申请回避。",
  "检查情况：锅炉房内1台燃气热水锅炉（型号CWNS1.4-85/60-Q，",
  "产品编号RS2024-1187）正在运行，2024年11月安装投入使用，",
  "现场未见使用登记证及登记标志。执法记录仪全程录像，拍照5张。",
  f"现场当场送达《责令改正通知书》（{WH_Z}）。",
  "被检查人签名：许光明  2025年3月4日",
  f"执法人员签名：{O1}  {O2}"], False),
("责令改正通知书", [AG, "#责 令 改 正 通 知 书", f">{WH_Z}",
  f"{PARTY}：",
  "经查，你单位使用的燃气热水锅炉（产品编号RS2024-1187）未办理使用",
  "登记，违反了《中华人民共和国特种设备安全法》第三十三条的规定。",
  "依据该法第八十三条第（一）项，责令你单位于2025年3月19日前办理",
  "使用登记。逾期未改正的，本局将依法处理。",
  ">签收人：许光明  2025年3月4日（直接送达）",
  f">{AG}", ">2025年3月4日"], True),
("复查笔录", ["#复 查 笔 录",
  "复查时间：2025年3月24日9时30分至10时00分",
  f"复查地点：{ADDR}锅炉房",
  f"执法人员：{O1}（执法证号：{C1}）、{O2}（执法证号：{C2}）",
  "执法人员出示执法证件，告知被检查人有申请回避的权利，不申请回避。",
  "复查情况：涉案锅炉仍在运行，当事人未办理使用登记，也未提交申请。",
  "执法记录仪（编号SY-TJ-0215）全程录像。",
  "被检查人签名：许光明  2025年3月24日",
  f"执法人员签名：{O1}  {O2}"], False),
("询问笔录", ["#询 问 笔 录",
  "时间：2025年3月28日14时30分至15时20分",
  "地点：三亚市市场监督管理局特种设备安全监察科",
  f"询问人：{O1}（执法证号：{C1}）  记录人：{O2}（执法证号：{C2}）",
  f"被询问人：{LR}，男，身份证号{LR_ID}，法定代表人",
  "问：我们是三亚市市场监督管理局执法人员，已出示执法证件。",
  "    你有申请回避的权利，是否申请回避？",
  "答：不申请。",
  "问：为何逾期未办理锅炉使用登记？",
  "答：安装单位说由他们办，后来没办，收到通知后也没及时跟进。",
  "问：锅炉用途？  答：供酒店客房热水，旺季一直在用。",
  "以上笔录已看过，与我说的相符。（签名）黎少峰  2025.3.28",
  f"询问人：{O1}  记录人：{O2}"], False),
("调查终结报告", ["#案件调查终结报告",
  f"当事人{PARTY}使用的燃气热水锅炉1台自2024年11月投入使用，",
  "未在投入使用前或投入使用后三十日内办理使用登记；经2025年3月4日",
  "责令限期改正，至3月24日复查仍未改正。",
  "当事人违反《中华人民共和国特种设备安全法》第三十三条，",
  "依据该法第八十三条第（一）项，应责令停止使用该锅炉，",
  "处一万元以上十万元以下罚款。当事人无从重情节，逾期时间较短，",
  "属一般情节，建议罚款人民币贰万元。",
  f"办案人员：{O1}  {O2}  2025年4月21日"], False),
("行政处罚告知书", [AG, "#行 政 处 罚 告 知 书", f">{WH_N}",
  f"{PARTY}：",
  "你单位使用燃气热水锅炉未按照规定办理使用登记，经责令限期改正",
  "逾期未改正，违反了《中华人民共和国特种设备安全法》第三十三条的",
  "规定。依据该法第八十三条第（一）项，本局拟责令你单位停止使用",
  "该锅炉，并处罚款人民币贰万元（20000元）。",
  "你单位可在收到本告知书之日起五个工作日内向本局提出陈述、申辩",
  "或者要求听证，逾期视为放弃。",
  f">{AG}", ">2025年4月23日"], True),
("送达回证（告知书）", ["#送 达 回 证",
  f"送达文书：行政处罚告知书（{WH_N}）",
  f"受送达人：{PARTY}",
  "送达方式：直接送达",
  "受送达人签名：黎少峰     收到日期：2025年4月23日",
  f"送达人：{O1}  {O2}"], False),
("行政处罚决定书", [AG, "#行 政 处 罚 决 定 书", f">{WH_D}",
  f"当事人：{PARTY}  统一社会信用代码：{CC}",
  f"住所：{ADDR}  法定代表人：{LR}",
  "经查，当事人使用的燃气热水锅炉1台（产品编号RS2024-1187）",
  "自2024年11月投入使用，未办理使用登记。本局于2025年3月4日",
  "责令其于3月19日前改正，3月24日复查仍未改正。以上事实有现场",
  "检查笔录、责令改正通知书、复查笔录、询问笔录、照片等证据证明。",
  "本局于2025年4月23日送达行政处罚告知书，当事人未陈述申辩。",
  "当事人的行为违反了《中华人民共和国特种设备安全法》第三十三条",
  "的规定。当事人逾期时间较短，无从重情节，属一般情节。依据该法",
  "第八十三条第（一）项的规定，决定：一、责令停止使用涉案锅炉，",
  "办理使用登记后方可使用；二、罚款人民币贰万元（20000元）。",
  "当事人应自收到本决定书之日起十五日内到海南农商银行各网点缴纳",
  "罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款",
  "总额不超过罚款数额。",
  "如不服本决定，可在收到本决定书之日起六十日内向三亚市人民政府",
  "申请行政复议，或者在六个月内向三亚市城郊人民法院提起行政诉讼。",
  f">{AG}", ">2025年5月12日"], True),
("送达回证（决定书）", ["#送 达 回 证",
  f"送达文书：行政处罚决定书（{WH_D}）",
  f"受送达人：{PARTY}",
  "送达方式：直接送达",
  "受送达人签名：黎少峰     收到日期：2025年5月13日",
  f"送达人：{O1}  {O2}"], False),
("加处罚款催告书及缴款凭证", ["#履 行 行 政 处 罚 决 定 催 告 书",
  f"{PARTY}：本局{WH_D}决定书已于2025年5月13日送达，你单位至",
  "2025年5月28日未缴纳罚款，依法自5月29日起每日按罚款数额3%加处罚款。",
  "请立即履行。  三亚市市场监督管理局  2025年6月3日",
  "送达：直接送达，签收人黎少峰 2025年6月3日",
  "#海南省非税收入一般缴款书（回单）",
  f"缴款人：{PARTY}",
  "罚款20000.00元  加处罚款7200.00元（20000×3%×12日）",
  "合计：27200.00元（贰万柒仟贰佰元整）  缴款日期：2025.6.9"], False),
("行政处罚信息公示记录", ["#行政处罚信息公示记录",
  f"决定书文号：{WH_D}  公示平台：国家企业信用信息公示系统（海南）",
  "公示日期：2025.5.22  经办人：符秋霞"], False),
("结案报告", ["#结 案 报 告",
  f"案件编号：{NO_CASE}  决定书：{WH_D}",
  "执行情况：当事人于2025年6月9日缴纳罚款20000元及加处罚款7200元，",
  "共计27200元；涉案锅炉于2025年6月5日办理使用登记。",
  f"承办人：{O1}  {O2}  2025年6月13日",
  "负责人意见：同意结案。 王启文  2025年6月13日"], False),
]


def seal(img, cx, cy, r=150):
    from PIL import ImageDraw, ImageFont
    ov = __import__("PIL.Image", fromlist=["Image"]).new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(ov)
    red = (214, 30, 36, 170)
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    f = ImageFont.truetype(FONT, 34, index=2)
    name = AG
    n = len(name)
    for i, ch in enumerate(name):
        a = math.radians(-150 + 300 * i / (n - 1)) - math.pi / 2
        x, y = cx + (r - 40) * math.cos(a), cy + (r - 40) * math.sin(a)
        dr.text((x - 17, y - 17), ch, font=f, fill=red)
    dr.text((cx - 34, cy - 38), "★", font=ImageFont.truetype(FONT, 70, index=2), fill=red)
    img.paste(ov, (0, 0), ov)


def page_image(lines, pno, total, with_seal, rnd):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    W, H = 1654, 2339
    img = Image.new("RGB", (W, H), (250, 249, 246))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 36, index=2)
    ft = ImageFont.truetype(FONT, 54, index=2)
    fs = ImageFont.truetype(FONT, 26, index=2)
    dr.text((150, 90), f"{AG}    {PARTY}使用未登记特种设备案", font=fs, fill=(90, 90, 90))
    y, last_right = 220, None
    for ln in lines:
        if ln.startswith("#"):
            t = ln[1:]
            w = dr.textlength(t, font=ft)
            dr.text(((W - w) / 2, y), t, font=ft, fill=(25, 25, 25))
            y += 95
        elif ln.startswith(">"):
            t = ln[1:]
            w = dr.textlength(t, font=f)
            dr.text((W - 180 - w, y), t, font=f, fill=(25, 25, 25))
            last_right = (W - 180 - w / 2, y)
            y += 62
        else:
            dr.text((170, y), ln, font=f, fill=(25, 25, 25))
            y += 62
    foot = f"第{pno}页 共{total}页" if pno else ""
    if foot:
        w = dr.textlength(foot, font=fs)
        dr.text(((W - w) / 2, H - 150), foot, font=fs, fill=(60, 60, 60))
    if with_seal and last_right:
        seal(img, int(last_right[0]), int(last_right[1] - 20))
    img = img.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(250, 249, 246))
    px = img.load()
    for _ in range(100):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        v = rnd.randrange(150, 220)
        px[x, yy] = (v, v, v)
    img = img.filter(ImageFilter.GaussianBlur(0.65))
    if not with_seal:
        img = img.convert("L")
    return img


def build():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(2025)
    # several short documents share one scanned page, as in a real volume
    groups = [[0], [1], [2, 3], [4], [5], [6, 7], [8], [9, 10], [11, 12]]
    total = len(groups)
    pno = {}
    for p, grp in enumerate(groups, 1):
        for k in grp:
            pno[k] = p
    toc = ["#卷 内 目 录", "序号  文件材料名称                      页号"]
    for i, (t, _l, _s) in enumerate(docs):
        toc.append(f"{i + 1:>2}    {t}" + " " * max(2, 30 - 2 * len(t)) + f"{pno[i]}")
    pages = [page_image(toc, 0, total, False, rnd)]
    for p, grp in enumerate(groups, 1):
        lines, s = [], False
        for k in grp:
            if lines:
                lines.append("")
            lines += docs[k][1]
            s = s or docs[k][2]
        pages.append(page_image(lines, p, total, s, rnd))
    c = canvas.Canvas(str(OUT / f"{CASE_ID}.pdf"), pagesize=A4)
    W, H = A4
    for im in pages:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45, dpi=(200, 200), optimize=True, progressive=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


LABEL = {
    "case_id": CASE_ID, "codes": [], "encoding": "pdf-scan",
    "notes": "干净案卷（扫描件）。特种设备安全法第八十三条第（一）项以“逾期未改正”为罚款前提，卷内有3月4日责令改正通知书和3月24日复查笔录；罚款2万元在1万至10万元幅度内并说明一般情节；告知书4月23日送达，五个工作日（4月27日周日调休上班）于4月29日届满，决定5月12日（五一假期后），5月13日直接送达（1个工作日）；立案至决定48日；2025年决定书复议机关为三亚市人民政府，正确；逾期缴纳12日（5月29日至6月9日）加处罚款20000×3%×12＝7200元，未超过罚款本数，缴款凭证27200元＝罚款＋加处罚款；目录页不编号。",
    "fields": {
        "agency": AG,
        "party": {"name": PARTY, "kind": "单位", "credit_code": CC, "id_number": None},
        "penalty": {"fine_yuan": 20000, "procedure": "普通"},
        "dates": {"filing": "2025-03-25", "notice": "2025-04-23", "decision": "2025-05-12", "decision_served": "2025-05-13"},
        "citations": [
            {"law": "中华人民共和国特种设备安全法", "article": 33, "paragraph": None, "item": None, "role": "violated"},
            {"law": "中华人民共和国特种设备安全法", "article": 83, "paragraph": None, "item": 1, "role": "penalty"},
        ],
    },
}

if __name__ == "__main__":
    build()
