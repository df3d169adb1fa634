"""Case 7: 寿县农业农村局, 当场处罚 销售标签不符合规定的种子 (种子法 2021), 个人 (个体经营者), 2024. Scanned PDF.
Defects: PROC-10 (当场处罚对自然人罚款2000元 > 200元), DOC-02 (2024年当场处罚决定未告知复议前置，写可直接起诉)."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from common import OUT, id_number

IDN = id_number("34042219710905617")
NAME = "王德贵"
ADDR = "安徽省淮南市寿县安丰塘镇戈店村王小郢组"
AG = "寿县农业农村局"
CASE = "h33_seed_onspot_anhui_2024"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
DPI = 200
PW, PH = int(8.27 * DPI), int(11.69 * DPI)

PAGE1 = [
    ("c", 46, "寿县农业农村局"),
    ("c", 50, "当场行政处罚决定书"),
    ("r", 34, "寿农当罚〔2024〕第0387号"),
    ("l", 34, f"当事人：{NAME}    性别：男    身份证号码：{IDN}"),
    ("l", 34, f"住址：{ADDR}"),
    ("l", 34, "经营场所：寿县安丰塘镇农贸市场东侧种子摊点"),
    ("l", 34, "违法事实：2024年4月16日9时20分，本机关执法人员在寿县安丰塘镇农贸市场检查时发现，当事人销售的“皖稻粳17”水稻种子（2千克/袋，售价38元/袋，现场存货26袋）标签未标注品种审定编号、种子生产经营许可证编号和信息代码，标签内容不符合规定。当事人对上述事实无异议。"),
    ("l", 34, "证据：现场检查照片4张、种子标签实物、当事人陈述，执法记录仪全程录像（编号SX-NY-0416-02）。"),
    ("l", 34, "当事人的上述行为违反了《中华人民共和国种子法》第四十一条第二款的规定。依据《中华人民共和国种子法》第八十条第二项和《中华人民共和国行政处罚法》第五十一条、第五十二条的规定，当场作出如下行政处罚：1.责令改正，停止销售标签不合格的种子；2.罚款人民币贰仟元整（￥2000.00）。"),
    ("l", 34, "罚款缴纳方式：当事人应自收到本决定书之日起十五日内持本决定书到寿县农村商业银行任一网点缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
    ("l", 34, "当事人如不服本决定，可以在收到本决定书之日起六十日内向寿县人民政府申请行政复议，或者在六个月内直接向寿县人民法院提起行政诉讼。"),
    ("l", 34, "处罚地点：寿县安丰塘镇农贸市场    处罚时间：2024年4月16日10时05分"),
    ("l", 34, "执法人员（签名）：许文斌（执法证号：34042224021）  程  园（执法证号：34042224035）"),
    ("l", 34, "当事人意见：收到，无异议。    当事人签名：王德贵    2024年4月16日"),
    ("s", 34, "寿县农业农村局（印章）"),
    ("s", 34, "2024年4月16日"),
    ("l", 28, "（本决定书一式两联，第一联交当事人，第二联报所属机关备案）"),
]

PAGE2 = [
    ("c", 46, "现场检查笔录"),
    ("l", 34, "检查时间：2024年4月16日9时20分至9时55分"),
    ("l", 34, "检查地点：寿县安丰塘镇农贸市场东侧种子摊点"),
    ("l", 34, f"被检查人：{NAME}  身份证号码：{IDN}"),
    ("l", 34, "检查人：许文斌（执法证号：34042224021）、程园（执法证号：34042224035）    记录人：程园"),
    ("l", 34, "执法人员出示执法证件，告知被检查人有申请回避的权利。被检查人表示不申请回避。"),
    ("l", 34, "检查情况：摊点销售“皖稻粳17”水稻种子，2千克/袋，标价38元/袋，现场存货26袋。种子包装袋标签仅标注品种名称、净含量和经销商电话，未标注品种审定编号、种子生产经营许可证编号和信息代码。被检查人称种子是从合肥一家批发商处购进，共40袋，已售14袋，进货单据未随身携带。执法记录仪全程记录。"),
    ("l", 34, "被检查人意见：属实。    被检查人签名：王德贵    2024年4月16日"),
    ("l", 34, "检查人签名：许文斌  程园"),
    ("c", 40, "备  考  表"),
    ("l", 34, "本卷共2页，当场处罚决定书第一联已当场交付当事人签收。2024年4月19日当事人缴纳罚款2000元（缴款书复印件另存）。本决定已于2024年4月17日报局法规科备案。"),
    ("l", 34, "立卷人：程园    检查人：许文斌    2024年4月22日"),
]


def _font(size):
    return ImageFont.truetype(FONT, size, index=2)


def _wrap(draw, text, font, width):
    lines, cur = [], ""
    for ch in text:
        if draw.textlength(cur + ch, font=font) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def _seal(img, cx, cy, r, rng):
    over = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(over)
    red = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    # five-pointed star
    pts = []
    for k in range(10):
        rad = r * (0.28 if k % 2 == 0 else 0.12)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(pts, fill=red)
    f = _font(40)
    text = "寿县农业农村局"
    n = len(text)
    for k, ch in enumerate(text):
        a = math.radians(-150 + k * (120 / (n - 1)))
        x, y = cx + (r - 48) * math.cos(a), cy + (r - 48) * math.sin(a)
        ch_img = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(ch_img).text((8, 2), ch, font=f, fill=red)
        ch_img = ch_img.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        over.alpha_composite(ch_img, (int(x - 30), int(y - 30)))
    d.text((cx - 70, cy + r * 0.42), "行政执法专用章", font=_font(22), fill=red)
    # uneven ink
    px = over.load()
    for _ in range(9000):
        x, y = rng.randrange(cx - r, cx + r), rng.randrange(cy - r, cy + r)
        if px[x, y][3]:
            px[x, y] = (205, 30, 35, rng.randrange(60, 170))
    return Image.alpha_composite(img.convert("RGBA"), over).convert("RGB")


def render(spec, seed, seal=True):
    rng = random.Random(seed)
    img = Image.new("L", (PW, PH), 250)
    d = ImageDraw.Draw(img)
    y, ml, mr = 190, 170, PW - 170
    seal_at = None
    for kind, size, text in spec:
        f = _font(size)
        if kind == "c":
            w = d.textlength(text, font=f)
            d.text(((PW - w) / 2, y), text, font=f, fill=25)
            y += int(size * 1.9)
        elif kind in "rs":
            w = d.textlength(text, font=f)
            d.text((mr - w - 30, y), text, font=f, fill=25)
            if kind == "s" and seal_at is None:
                seal_at = (int(mr - w / 2 - 30), y + size)
            y += int(size * 1.8)
        else:
            for ln in _wrap(d, text, f, mr - ml):
                d.text((ml, y), ln, font=f, fill=25)
                y += int(size * 1.75)
            y += 8
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    # scanner noise
    noise = Image.effect_noise((PW, PH), 12).point(lambda v: v - 128)
    img = Image.eval(Image.blend(img, Image.merge("L", [noise.point(lambda v: 255 - v // 3)]), 0.08), lambda v: v)
    img = img.convert("RGB")
    if seal and seal_at:
        img = _seal(img, seal_at[0], seal_at[1], 150, rng)
    angle = rng.uniform(0.5, 1.2) * rng.choice([-1, 1])
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(246, 246, 244))


def build():
    path = OUT / f"{CASE}.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, spec in enumerate([PAGE1, PAGE2]):
        img = render(spec, 33 + i, seal=(i == 0))
        if i == 1:
            img = img.convert("L")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45, dpi=(DPI, DPI))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return path.stat().st_size


LABEL = {
    "case_id": CASE,
    "codes": ["DOC-02", "PROC-10"],
    "notes": "PROC-10：当场行政处罚决定书（寿农当罚〔2024〕第0387号）对自然人王德贵（身份证号记载，无单位名称）罚款2000元，超过行政处罚法第五十一条对公民200元的简易程序上限。"
             "DOC-02：2024年4月16日作出的当场处罚决定书救济告知写“可以……申请行政复议，或者在六个月内直接向寿县人民法院提起行政诉讼”，未告知2023年行政复议法第二十三条规定的当场处罚应先申请复议（复议前置）。"
             "非缺陷：罚款2000元在种子法第八十条（二千元以上二万元以下）幅度内；两名执法人员均有证号；当场交付签收；扫描件有红色印章。",
    "encoding": None,
    "fields": {
        "agency": AG,
        "party": {"name": NAME, "kind": "个人", "credit_code": None, "id_number": IDN},
        "penalty": {"fine_yuan": 2000, "procedure": "简易"},
        "dates": {"filing": None, "notice": None, "decision": "2024-04-16", "decision_served": "2024-04-16"},
        "citations": [
            {"law": "中华人民共和国种子法", "article": 41, "paragraph": 2, "item": None, "role": "violated"},
            {"law": "中华人民共和国种子法", "article": 80, "paragraph": None, "item": 2, "role": "penalty"},
        ],
    },
}

if __name__ == "__main__":
    print(build())
