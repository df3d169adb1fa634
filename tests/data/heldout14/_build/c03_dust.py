"""Case 03: 住建 施工工地未采取有效防尘措施（大气污染防治法2018）— scanned PDF (Pillow 200 dpi).
Defects: PROC-05, SERV-02."""
from common import *
import io, math, random

CASE = "hd14_03_dust_scan"
CC = credit_code("91511302MA62XK9N4")
IDN = id_number("51130219750611463")
AG = "南充市顺庆区住房和城乡建设局"
O1 = ("何俊峰", "51130221003")
O2 = ("蒲春梅", "51130221017")
F, N, NS, DEC, SRV = "2022-07-01", "2022-07-11", "2022-07-12", "2022-07-15", "2022-07-18"
PARTY = "四川嘉陵鸿运建筑工程有限公司"
FINE = 20000

pages = []  # (lines, seal_line_index or None)
pages.append(("toc", None))
pages.append(([("c", AG), ("c", "立案审批表"), ("r", "顺住建立〔2022〕第36号"),
  ("k", "案件名称", "四川嘉陵鸿运建筑工程有限公司施工工地未采取有效防尘降尘措施案"),
  ("k", "案件来源", "2022年6月30日巡查发现"), ("k", "当事人", PARTY), ("k", "统一社会信用代码", CC),
  ("k", "法定代表人", "罗德明"), ("k", "地址", "南充市顺庆区滨江北路二段88号"),
  ("k", "简要案情", "当事人承建的“滨江悦府”二期项目施工现场土方作业未洒水抑尘，约3000平方米裸土未覆盖，出入口未冲洗车辆。"),
  ("k", "承办人", f"{O1[0]}（{O1[1]}）　{O2[0]}（{O2[1]}）"),
  ("k", "承办机构意见", "建议立案。（签名）何俊峰　蒲春梅　2022.7.1"),
  ("k", "负责人意见", "同意。（签名）杜文斌　2022.7.1")], None))
pages.append(([("c", "现场检查笔录"),
  ("p", "检查时间：2022年6月30日10时10分至11时20分"),
  ("p", "检查地点：南充市顺庆区滨江北路“滨江悦府”二期项目施工现场"),
  ("p", f"被检查单位：{PARTY}　现场负责人：袁浩（项目经理）"),
  ("p", f"检查人员：{O1[0]}（执法证号{O1[1]}）、{O2[0]}（执法证号{O2[1]}）"),
  ("p", "执法人员出示执法证件，告知被检查人有申请回避的权利，被检查人不申请回避。执法记录仪编号SQ-0612全程录像。"),
  ("p", "检查情况：现场正在进行基坑土方开挖，两台挖掘机作业，未见洒水抑尘；东侧约3000平方米裸露土方未覆盖防尘网；2号出入口车辆冲洗设备未运行，运输车辆带泥驶出，周边道路有明显泥土痕迹。现场拍照9张。"),
  ("p", "现场下达责令改正通知书，责令立即改正。"),
  ("p", "被检查人签名：袁浩　2022年6月30日"),
  ("p", "检查人签名：何俊峰　蒲春梅")], None))
pages.append(([("c", "案件调查终结报告"),
  ("p", f"当事人{PARTY}（统一社会信用代码{CC}）承建“滨江悦府”二期项目，2022年6月30日施工现场土方作业未采取洒水抑尘措施，约3000平方米裸土未覆盖，出入口车辆未冲洗。当事人于7月2日完成覆盖和冲洗设备整改，经复查合格。"),
  ("p", "证据：现场检查笔录、询问笔录（项目经理袁浩）、现场照片9张、施工合同、复查记录。"),
  ("p", "法律适用：违反《中华人民共和国大气污染防治法》第六十九条第三款，依据第一百一十五条第一款第（一）项，处一万元以上十万元以下罚款。"),
  ("p", "裁量：当事人及时整改，配合调查，未造成严重后果，属从轻情形，建议罚款人民币贰万元。"),
  ("p", "承办人：何俊峰　蒲春梅　2022年7月8日")], None))
pages.append(([("c", AG), ("c", "行政处罚事先告知书"), ("r", "顺住建罚告〔2022〕36号"),
  ("p", f"{PARTY}："),
  ("p", "　　你单位承建的“滨江悦府”二期项目于2022年6月30日施工现场土方作业未采取洒水抑尘措施，约3000平方米裸土未覆盖，出入口车辆未冲洗，违反了《中华人民共和国大气污染防治法》第六十九条第三款的规定。依据该法第一百一十五条第一款第（一）项，本局拟对你单位处罚款人民币贰万元整。"),
  ("p", "　　根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位可在收到本告知书之日起五日内向本局提出陈述、申辩或者要求举行听证，逾期视为放弃。"),
  ("p", ""), ("p", ""), ("p", ""), ("r", "南充市顺庆区住房和城乡建设局"), ("r", "2022年7月11日")], "seal"))
pages.append(([("c", "送达回证"),
  ("k", "送达文书", "行政处罚事先告知书（顺住建罚告〔2022〕36号）"), ("k", "受送达人", PARTY),
  ("k", "送达地点", "南充市顺庆区滨江北路二段88号"), ("k", "送达方式", "直接送达"),
  ("k", "受送达人签名", ""), ("k", "送达日期", "2022年7月12日"),
  ("k", "送达人", "何俊峰　蒲春梅"), ("k", "备注", "")], None))
pages.append(([("c", AG), ("c", "行 政 处 罚 决 定 书"), ("r", "顺住建罚〔2022〕36号"),
  ("p", f"当事人：{PARTY}　统一社会信用代码：{CC}　地址：南充市顺庆区滨江北路二段88号　法定代表人：罗德明"),
  ("p", "　　经查，你单位承建的“滨江悦府”二期项目于2022年6月30日施工现场进行基坑土方开挖时未采取洒水抑尘措施，约3000平方米裸露土方未覆盖，2号出入口车辆未冲洗带泥上路。有现场检查笔录、询问笔录、现场照片等证据证实。"),
  ("p", "　　你单位的行为违反了《中华人民共和国大气污染防治法》第六十九条第三款的规定。鉴于你单位已于2022年7月2日整改到位，依据《中华人民共和国大气污染防治法》第一百一十五条第一款第（一）项的规定，从轻决定处罚款人民币贰万元整（￥20000.00）。"),
  ("p", "　　请于收到本决定书之日起十五日内到南充市商业银行顺庆支行缴纳罚款，逾期每日按罚款数额的百分之三加处罚款。如不服本决定，可以在收到本决定书之日起六十日内向南充市顺庆区人民政府申请行政复议，或者在六个月内向南充市顺庆区人民法院提起行政诉讼。"),
  ("p", ""), ("p", ""), ("p", ""), ("r", "南充市顺庆区住房和城乡建设局"), ("r", "二〇二二年七月十五日")], "seal"))
pages.append(([("c", "送达回证"),
  ("k", "送达文书", "行政处罚决定书（顺住建罚〔2022〕36号）"), ("k", "受送达人", PARTY),
  ("k", "送达地点", "南充市顺庆区滨江北路二段88号"), ("k", "送达方式", "直接送达"),
  ("k", "受送达人签名", "罗德明"), ("k", "送达日期", "2022年7月18日"),
  ("k", "送达人", "何俊峰　蒲春梅")], None))
pages.append(([("c", "罚没款缴纳凭证"),
  ("k", "缴款人", PARTY), ("k", "缴款日期", "2022.7.26"), ("k", "金额", "20000.00元（贰万元整）"),
  ("k", "文号", "顺住建罚〔2022〕36号"), ("c", "结案审批表"),
  ("p", "执行情况：罚款已于2022年7月26日缴清，违法行为已改正。建议结案。承办人：何俊峰　蒲春梅　2022.7.28"),
  ("p", "审批意见：同意结案。杜文斌　2022.7.29")], None))
TITLES = ["卷内目录", "立案审批表", "现场检查笔录", "案件调查终结报告", "行政处罚事先告知书", "送达回证（事先告知书）",
          "行政处罚决定书", "送达回证（决定书）", "缴款凭证及结案审批表"]


def build():
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(14003)
    FP = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    f_body, f_title, f_small = ImageFont.truetype(FP, 36), ImageFont.truetype(FP, 52), ImageFont.truetype(FP, 28)
    Wp, Hp, ML = 1654, 2339, 190
    toc = [("c", "卷内目录")] + [("p", f"{i}　{t}　　第{i}页") for i, t in enumerate(TITLES[1:], 2)]
    cpdf = canvas.Canvas(os.path.join(OUT, CASE + ".pdf"), pagesize=A4)
    for n, (lines, seal) in enumerate(pages, 1):
        if lines == "toc":
            lines = toc
        img = Image.new("L", (Wp, Hp), 250)
        d = ImageDraw.Draw(img)
        y = 200
        seal_at = None
        def wrap(s, font, width):
            out, cur = [], ""
            for ch in s:
                if d.textlength(cur + ch, font=font) > width:
                    out.append(cur); cur = ch
                else:
                    cur += ch
            return out + [cur]
        for ln in lines:
            if ln[0] == "c":
                w = d.textlength(ln[1], font=f_title); d.text(((Wp - w) / 2, y), ln[1], font=f_title, fill=20); y += 90
            elif ln[0] == "r":
                w = d.textlength(ln[1], font=f_body); d.text((Wp - ML - w, y), ln[1], font=f_body, fill=25)
                if seal and "局" in ln[1] and seal_at is None: seal_at = (Wp - ML - w / 2, y + 20)
                y += 60
            elif ln[0] == "p":
                for s in wrap(ln[1], f_body, Wp - 2 * ML):
                    d.text((ML, y), s, font=f_body, fill=25); y += 56
                y += 8
            elif ln[0] == "k":
                x2 = ML + 360
                rows = wrap(ln[2], f_body, Wp - ML - x2 - 20) if ln[2] else [""]
                h = max(1, len(rows)) * 56 + 24
                d.rectangle([ML, y, Wp - ML, y + h], outline=40, width=2); d.line([x2, y, x2, y + h], fill=40, width=2)
                d.text((ML + 14, y + 12), ln[1], font=f_body, fill=25)
                for k, s in enumerate(rows): d.text((x2 + 14, y + 12 + k * 56), s, font=f_body, fill=25)
                y += h
        foot = f"{n}/{len(pages)}"
        d.text(((Wp - d.textlength(foot, font=f_small)) / 2, Hp - 140), foot, font=f_small, fill=60)
        img = img.convert("RGB")
        if seal_at:
            sl = Image.new("RGBA", (420, 420), (0, 0, 0, 0)); sd = ImageDraw.Draw(sl)
            sd.ellipse([10, 10, 410, 410], outline=(215, 30, 35, 200), width=14)
            sd.regular_polygon((210, 210, 52), 5, rotation=rnd.uniform(0, 10), fill=(215, 30, 35, 200))
            name = AG
            for i, ch in enumerate(name):
                a = math.radians(-150 + i * 300 / (len(name) - 1))
                cx, cy = 210 + 150 * math.sin(a), 210 - 150 * math.cos(a)
                g = Image.new("RGBA", (50, 50), (0, 0, 0, 0)); ImageDraw.Draw(g).text((6, 2), ch, font=ImageFont.truetype(FP, 38), fill=(215, 30, 35, 210))
                g = g.rotate(-math.degrees(a), resample=Image.BICUBIC)
                sl.alpha_composite(g, (int(cx - 25), int(cy - 25)))
            img.paste(sl, (int(seal_at[0] - 210), int(seal_at[1] - 120)), sl)
        img = img.rotate(rnd.uniform(0.5, 1.2) * rnd.choice((-1, 1)), resample=Image.BICUBIC, fillcolor=(250, 250, 250))
        if not seal_at:
            img = img.convert("L")
        noise = Image.effect_noise((Wp, Hp), 6).convert(img.mode)
        img = Image.blend(img, noise, 0.02).filter(ImageFilter.GaussianBlur(1.0))
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=42); buf.seek(0)
        cpdf.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1]); cpdf.showPage()
    cpdf.save()


LABEL = {"case_id": CASE, "codes": ["PROC-05", "SERV-02"], "encoding": None,
         "notes": "PROC-05：事先告知书（顺住建罚告〔2022〕36号，落款2022-07-11，7月12日送达）告知五日内可陈述申辩、要求听证，期限至7月17日届满，而决定书落款2022-07-15，当事人无书面放弃。SERV-02：事先告知书的送达回证“受送达人签名”栏空白，亦无留置送达见证人或说明。扫描件（第5、7页有红色圆形印章）。",
         "fields": {"agency": AG, "party": {"name": PARTY, "kind": "单位", "credit_code": CC, "id_number": None},
                    "penalty": {"fine_yuan": FINE, "procedure": "普通"},
                    "dates": {"filing": F, "notice": N, "decision": DEC, "decision_served": SRV},
                    "citations": [
                        {"law": "中华人民共和国大气污染防治法", "article": 69, "paragraph": 3, "item": None, "role": "violated"},
                        {"law": "中华人民共和国大气污染防治法", "article": 115, "paragraph": 1, "item": 1, "role": "penalty"}]}}

if __name__ == "__main__":
    build()
