"""Case 7 (scanned PDF): 百色 2021 未取得许可从事道路货运, 个人, 减轻处罚（立功表现）.
Defects: PROC-03, ARCH-01."""
import io
import math
import os
import random
from common import idno, cn_date, catalogue, all_pages, paginate, wrap, OUT

CASE = "gx_tyjt_2021_feiyingyun_0633"
AG = "田阳区交通运输局"
AGF = "百色市田阳区交通运输局"
PARTY = "黄光荣"
ID = idno("45102119890317243")
PLATE = "桂L·65D29"
DATES = dict(filing="2021-08-02", notice="2021-10-25", decision="2021-11-12", decision_served="2021-11-15")
FINE = 15000
O = "执法人员：农志新（执法证号 桂交执45102100173）、罗美兰（执法证号 桂交执45102100188）"
SEAL_PAGES = set()


def docs():
    d = []
    d.append(("立案审批表", [[
        "^C" + AGF, "^C立 案 审 批 表", "^R百田交立〔2021〕0633号",
        "案由：涉嫌未取得道路运输经营许可擅自从事道路货物运输经营",
        "当事人：" + PARTY + "  身份证号：" + ID,
        "住址：广西百色市田阳区那坡镇坡塘村那劳屯25号",
        "案件来源：2021年7月29日田阳区农产品批发市场检查发现",
        "案情：当事人使用" + PLATE + "轻型厢式货车为多户果商运输芒果至南宁，按趟收费。",
        "承办人：农志新、罗美兰  2021年8月2日",
        "审批意见：同意立案。负责人（签名）韦德成  2021年8月2日",
    ]]))
    d.append(("询问笔录", [[
        "^C询 问 笔 录",
        "时间：2021年8月5日9时至10时", "地点：田阳区交通运输局执法室",
        O, "被询问人：" + PARTY + "  身份证号：" + ID,
        "执法人员出示执法证件，告知有权申请回避，被询问人表示不申请回避。",
        "问：你是否取得道路运输经营许可证？答：没有。",
        "问：运输芒果收了多少钱？答：7月份跑了6趟南宁，果商给钱都拿去还车贷和加油了，具体多少记不清。",
        "问：还有别的人在市场拉货吗？答：有，我知道另外三台车也没证，我可以把车牌和联系人告诉你们。",
        "被询问人：黄光荣（签名）  询问人：农志新（签名）  记录人：罗美兰（签名）  2021年8月5日",
    ]]))
    d.append(("调查终结报告", [[
        "^C案件调查终结报告",
        "当事人黄光荣2021年7月未取得道路运输经营许可，使用" + PLATE + "从事道路普通货物运输经营，违法所得无法查实。",
        "当事人提供另外3辆无证营运车辆线索，经查证属实（另案0641、0642、0645号），属配合行政机关查处违法行为有立功表现。",
        "依据《中华人民共和国道路运输条例》第六十三条，没有违法所得或不足2万元的，处3万元以上10万元以下罚款；",
        "依据《中华人民共和国行政处罚法》第三十二条第（四）项应当从轻或者减轻处罚，建议减轻处罚，罚款15000元。",
        "承办人：农志新、罗美兰  2021年10月18日    负责人：同意（签名）韦德成  2021年10月19日",
    ]]))
    d.append(("行政处罚事先告知书", [[
        "^C" + AGF, "^C行政处罚事先告知书", "^R百田交告〔2021〕0633号",
        PARTY + "：",
        "你于2021年7月未取得道路运输经营许可，使用" + PLATE + "擅自从事道路货物运输经营，违反了《中华人民共和国道路运输条例》",
        "第二十四条第一款第（一）项的规定。依据该条例第六十三条，鉴于你有立功表现，依法减轻处罚，",
        "本局拟对你作出责令停止经营、罚款人民币壹万伍仟元的行政处罚。",
        "你有权在收到本告知书之日起五个工作日内进行陈述、申辩，并有权要求听证。",
        "^R百色市田阳区交通运输局（印章）", "^R" + cn_date(DATES["notice"]),
        "送达回证：直接送达  收件人 黄光荣（签名）  2021年10月25日  送达人 农志新、罗美兰",
    ]]))
    d.append(("行政处罚决定书", [[
        "^C" + AGF, "^C行 政 处 罚 决 定 书", "^R百田交罚〔2021〕0633号",
        "当事人：" + PARTY + "，男，身份证号" + ID + "，住址广西百色市田阳区那坡镇坡塘村那劳屯25号。",
        "经查，2021年7月，你未取得道路运输经营许可，使用" + PLATE + "轻型厢式货车为果商运输芒果至南宁共6趟，",
        "违法所得无法查实。有询问笔录、现场照片、果商证言等证据证实。你的行为违反了《中华人民共和国道路运输条例》",
        "第二十四条第一款第（一）项的规定。你提供其他无证营运车辆线索经查证属实，属配合查处有立功表现，",
        "依据《中华人民共和国行政处罚法》第三十二条第（四）项减轻处罚。依据《中华人民共和国道路运输条例》第六十三条，",
        "决定：责令停止经营，罚款人民币壹万伍仟元（￥15000）。你在告知期限内未陈述申辩。",
        "罚款于收到本决定书之日起十五日内到田阳区农村信用社缴纳，逾期每日按罚款数额3%加处罚款。",
        "如不服本决定，可在收到之日起六十日内向百色市田阳区人民政府或者百色市交通运输局申请行政复议，",
        "或者六个月内向百色市田阳区人民法院提起行政诉讼。",
        "^R百色市田阳区交通运输局（印章）", "^R" + cn_date(DATES["decision"]),
    ]]))
    d.append(("送达回证", [[
        "^C送 达 回 证",
        "送达文书：行政处罚决定书 百田交罚〔2021〕0633号", "受送达人：" + PARTY,
        "送达方式：直接送达", "收件人签名：黄光荣（签名）   日期：2021年11月15日",
        "送达人：农志新、罗美兰",
    ]]))
    d.append(("缴款书及结案报告", [[
        "^C广西壮族自治区非税收入一般缴款书", "缴款人：黄光荣  金额：15000.00元  日期：2021.11.24",
        "决定书号：百田交罚〔2021〕0633号  （田阳农信社收讫章）",
        "^C结 案 报 告", "罚款已全额缴纳，建议结案。承办人 农志新、罗美兰 2021年11月26日  负责人 同意（签名）韦德成 2021年11月26日",
    ]]))
    return d


def bad_catalogue(rows):
    # ARCH-01 intended: 询问笔录 listed as 3-4 and later entries shifted by one page
    out = []
    for t, a, b in rows:
        if a >= 3:
            out.append((t, a, b + 1) if t == "询问笔录" else (t, a + 1, b + 1))
        else:
            out.append((t, a, b))
    return out


def render(pages, seal_pages):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    font_path = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    f_body = ImageFont.truetype(font_path, 30, index=2)
    f_title = ImageFont.truetype(font_path, 46, index=2)
    W, H = 1654, 2339
    rnd = random.Random(51)
    imgs = []
    for pi, pg in enumerate(pages, 1):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 170
        seal_xy = None
        for l in pg:
            if l.startswith("^C"):
                t = l[2:]
                w = dr.textlength(t, font=f_title)
                dr.text(((W - w) / 2, y), t, font=f_title, fill=20)
                y += 80
            elif l.startswith("^R"):
                t = l[2:]
                w = dr.textlength(t, font=f_body)
                dr.text((W - 160 - w, y), t, font=f_body, fill=25)
                if "印章" in t:
                    seal_xy = (W - 160 - w / 2, y + 15)
                y += 52
            elif l.startswith("^T"):
                dr.text((160, y), "    ".join(l[2:].split("|")), font=f_body, fill=25)
                y += 50
            else:
                for part in wrap(l, lambda s: dr.textlength(s, font=f_body), W - 320) or [""]:
                    dr.text((160, y), part, font=f_body, fill=25)
                    y += 50
        ft = f"- {pi} -"
        dr.text(((W - dr.textlength(ft, font=f_body)) / 2, H - 120), ft, font=f_body, fill=40)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        rgb = Image.merge("RGB", (im, im, im))
        if seal_xy:
            seal = Image.new("RGBA", (340, 340), (0, 0, 0, 0))
            sd = ImageDraw.Draw(seal)
            sd.ellipse((10, 10, 330, 330), outline=(205, 30, 35, 190), width=12)
            cx = cy = 170
            # star
            pts = []
            for k in range(10):
                r = 48 if k % 2 == 0 else 20
                a = -math.pi / 2 + k * math.pi / 5
                pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
            sd.polygon(pts, fill=(205, 30, 35, 190))
            sf = ImageFont.truetype(font_path, 34, index=2)
            name = AGF
            n = len(name)
            for k, ch in enumerate(name):
                a = math.radians(-150 + k * (120 / (n - 1)))
                x, yy = cx + 122 * math.cos(a), cy + 122 * math.sin(a)
                g = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
                ImageDraw.Draw(g).text((5, 0), ch, font=sf, fill=(205, 30, 35, 200))
                g = g.rotate(-math.degrees(a) - 90, expand=True)
                seal.alpha_composite(g, (int(x - g.width / 2), int(yy - g.height / 2)))
            sd.text((cx - 60, cy + 70), "行政执法专用", font=ImageFont.truetype(font_path, 22, index=2), fill=(205, 30, 35, 200))
            rgb = rgb.convert("RGBA")
            rgb.alpha_composite(seal, (int(seal_xy[0] - 170), int(seal_xy[1] - 170)))
            rgb = rgb.convert("RGB")
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        rgb = rgb.rotate(ang, resample=Image.BICUBIC, fillcolor=(245, 245, 245))
        # light noise
        noise = Image.effect_noise((W, H), 10).convert("L")
        nrgb = Image.merge("RGB", (noise, noise, noise))
        rgb = Image.blend(rgb, nrgb, 0.06)
        imgs.append(rgb)
    return imgs


def build():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    ds = docs()
    cat = catalogue(ds, ["^C" + AGF, "卷号 2021-货运-0633"], override=bad_catalogue, style="box")
    pages = all_pages(cat, ds)
    imgs = render(pages, SEAL_PAGES)
    c = canvas.Canvas(os.path.join(OUT, CASE + ".pdf"), pagesize=A4)
    for im in imgs:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


LABEL = dict(case_id=CASE, codes=["ARCH-01", "PROC-03"], encoding="utf-8", fields=dict(
    agency=AGF, party=dict(name=PARTY, kind="个人", credit_code=None, id_number=ID),
    penalty=dict(fine_yuan=FINE, procedure="普通"), dates=DATES,
    citations=[dict(law="中华人民共和国道路运输条例", article=24, paragraph=1, item=1, role="violated"),
               dict(law="中华人民共和国道路运输条例", article=63, paragraph=None, item=None, role="penalty")]),
    notes="PROC-03：2021-08-02立案，2021-11-12作出决定，相隔102日，超过90日，卷内无延期审批。"
          "ARCH-01：卷内目录把询问笔录登记为第3-4页（实际仅第3页），其后各文件页码均后移一页（如决定书登记第6页，实际第5页）。"
          "其他：罚款1.5万元低于2019年版道路运输条例第六十三条3万元下限，但决定书写明立功表现的减轻理由（行政处罚法第三十二条第（四）项），不属LAW-05；"
          "告知10-25送达、五个工作日至11-01届满，11-12决定；11-15送达为1个工作日；印章为扫描红色圆章。")

if __name__ == "__main__":
    build()
