"""dev26_06: 遵义市质量技术监督局, 使用未经定期检验的电梯 (特种设备安全法 40③ / 84), 2014.
Scanned, image-only PDF: greyscale, slight skew, specks, punched holes, handwritten fill-ins, seals."""
import io
import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lib import (Cell as Cl, Flow, d_std, jpeg_bytes, org_check, pil_render, scan_post, upper_amount, days_between)

CASE = "dev26_06"
AG = "遵义市质量技术监督局"
PARTY = "遵义黔北购物广场有限公司"
LEGAL = "冉启华"
ADDR = "遵义市红花岗区中华路168号"
O1, C1 = "杨光荣", "黔C01408"
O2, C2 = "田晓梅", "黔C01522"
FINE, SURCHARGE = 30000, 34200
NO_FILE = "遵质监特立〔2014〕09号"
NO_NOTICE = "遵质监特罚告〔2014〕07号"
NO_DEC = "遵质监特罚〔2014〕07号"
NO_ORDER = "遵质监特令〔2014〕0118号"
D = dict(inspect="2014-05-06", filing="2014-05-08", inquiry="2014-05-12", report="2014-06-10", notice="2014-06-16",
         notice_served="2014-06-17", meeting="2014-06-24", decision="2014-06-27", served="2014-06-30",
         due="2014-07-15", reminder="2014-08-05", paid="2014-08-22", closing="2014-09-02")


def reg_no(first14):
    """15-digit 工商注册号 with its ISO 7064 MOD 11,10 check digit."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = s * 2 % 11
    return first14 + str((11 - p) % 10)


REG = reg_no("52030000003145")
ORG = "21470358" + org_check("21470358")


def hw(s):
    return Cl(s, font="hw")


def make_flow(ranges=None):
    f = Flow(size=12, lead=1.8, ml=26, mr=24)

    f.start_doc("封面", numbered=False)
    f.gap(26)
    f.title("遵义市质量技术监督局", 22)
    f.title("行 政 处 罚 案 卷", 26, after=18)
    f.table([["案由", hw("使用未经定期检验的电梯")], ["当事人", hw(PARTY)], ["处罚文号", hw(NO_DEC)],
             ["立案日期", hw("2014年5月8日")], ["结案日期", hw("2014年9月2日")], ["保管期限", hw("长期")],
             ["全宗号/案卷号", hw("Z07-2014-特-009")]], [36, 110], size=13, min_h=12)
    f.end_doc()

    f.start_doc("卷内目录", numbered=False)
    f.title("卷内文件目录", 20)
    names = [("立案审批表", "2014.5.8"), ("现场检查记录", "2014.5.6"), ("特种设备安全监察指令书", "2014.5.6"),
             ("询问笔录", "2014.5.12"), ("案件调查终结报告", "2014.6.10"), ("行政处罚告知书", "2014.6.16"),
             ("送达回证", "2014.6.17"), ("案件审理记录", "2014.6.24"), ("行政处罚决定书", "2014.6.27"), ("送达回证", "2014.6.30"),
             ("履行行政处罚决定催告书", "2014.8.5"), ("罚没款缴款书", "2014.8.22"), ("结案审批表", "2014.9.2")]
    rows = [[Cl("序号", align="center"), Cl("文件题名", align="center"), Cl("日期", align="center"), Cl("页号", align="center")]]
    for i, (n, dd) in enumerate(names):
        rows.append([Cl(str(i + 1), align="center"), n, Cl(dd, align="center"), Cl(ranges[i] if ranges else "", align="center", font="hw")])
    f.table(rows, [14, 82, 26, 20], size=11.5, min_h=9)
    f.end_doc()

    f.start_doc("立案审批表")
    f.title("立案审批表", 20)
    f.right(NO_FILE, pad=0)
    f.table([["案件来源", hw("监督检查"), "受案时间", hw("2014年5月6日")],
             ["当事人", Cl(PARTY, span=3, font="hw")],
             ["营业执照注册号", hw(REG), "组织机构代码", hw(ORG[:8] + "-" + ORG[8])],
             ["法定代表人", hw(LEGAL), "地址", hw(ADDR)],
             ["案情摘要", Cl("5月6日检查发现当事人使用的2台乘客电梯定期检验有效期于2014年3月届满，未申报定期检验仍在使用，涉嫌违反特种设备安全法第四十条第三款。", span=3, font="hw")],
             ["承办人意见", Cl(f"建议立案　{O1} {O2}　2014.5.8", span=3, font="hw")],
             ["负责人审批", Cl("同意立案　陈世林　2014.5.8", span=3, font="hw")]], [28, 44, 28, 44], size=11, min_h=10)
    f.end_doc()

    f.start_doc("现场检查记录")
    f.title("特种设备现场安全监督检查记录", 17)
    f.table([["被检查单位", Cl(PARTY, span=3, font="hw")], ["检查时间", hw("2014年5月6日14:30-15:40"), "检查地点", hw("商场A区电梯厅")],
             ["检查人员及证号", Cl(f"{O1}（{C1}）　{O2}（{C2}）", span=3, font="hw")],
             ["陪同人员", Cl("罗建（设备部经理）", span=3, font="hw")]], [30, 44, 24, 46], size=11, min_h=9)
    f.para("检查人员出示了特种设备安全行政执法证件，告知了检查事项及被检查单位申请回避的权利。", font="hw")
    f.para("检查情况：A区1号、2号曳引驱动乘客电梯（设备代码31105203002011060017、31105203002011060018）正在运行，"
           "电梯轿厢内张贴的定期检验合格标志显示下次检验日期为2014年3月，经查询特种设备动态监管系统，两台电梯2014年未申报定期检验。", font="hw")
    f.para("处理：当场下达特种设备安全监察指令书，责令立即停止使用上述2台电梯。", font="hw")
    f.runs([("被检查单位负责人签章：", "body"), ("罗建", "hw"), ("　检查人员：", "body"), (f"{O1} {O2}", "hw")])
    f.end_doc()

    f.start_doc("特种设备安全监察指令书")
    f.title("特种设备安全监察指令书", 18)
    f.right(NO_ORDER, pad=0)
    f.runs([(PARTY, "hw"), ("：", "body")])
    f.para("经检查，你单位A区1号、2号乘客电梯未经定期检验继续使用，根据《中华人民共和国特种设备安全法》第四十条第三款的规定，责令你单位立即停止使用上述电梯，"
           "向特种设备检验机构申报定期检验，检验合格后方可使用。")
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=61, color=(90, 90, 90))
    f.right("2014年5月6日", font="hw")
    f.runs([("签收人：", "body"), ("罗建 2014.5.6", "hw")])
    f.end_doc()

    f.start_doc("询问笔录")
    f.title("询问笔录", 20)
    f.table([["时间", hw("2014年5月12日9时15分至10时30分"), "地点", hw("市质监局特设科")],
             ["询问人", hw(f"{O1}　证号{C1}"), "记录人", hw(f"{O2}　证号{C2}")],
             ["被询问人", hw("罗建　男　设备部经理"), "身份证号", hw("520302197711042413")]], [22, 56, 22, 44], size=11, min_h=9)
    qa = ["问：我们是遵义市质量技术监督局执法人员（出示证件），你有申请回避的权利，是否申请？", "答：不申请。",
          "问：你单位A区两台乘客电梯定期检验到期后为什么没有申报检验？",
          "答：原来负责的设备管理员辞职了，交接时漏掉了，3月份到期后没有去报检，一直在用。",
          "问：到期后使用了多长时间？", "答：从3月下旬到5月6日停用，大约一个半月，每天营业时间都在运行。",
          "问：停用后你单位做了什么？", "答：5月7日已经向市特检所申报检验，维保单位在做检验前的自检。"]
    for q in qa:
        f.para(q, indent=0, font="hw")
    f.runs([("被询问人签字（捺印）：", "body"), ("以上笔录我看过，属实。罗建 2014.5.12", "hw")])
    f.runs([("询问人：", "body"), (O1, "hw"), ("　记录人：", "body"), (O2, "hw")])
    f.gap(2)
    f.right("（第1页 共2页）", size=10)
    f.new_page()
    f.docs[-1][2] = len(f.pages) - 1
    f.title("询问笔录（续页）", 16)
    for q in ["问：你单位是否有授权委托书？", "答：有，公司法定代表人冉启华委托我处理此事，委托书已提交。",
              "问：你还有什么补充？", "答：我们会尽快完成检验，请求从轻处理。"]:
        f.para(q, indent=0, font="hw")
    f.runs([("被询问人签字（捺印）：", "body"), ("以上笔录我看过，属实。罗建 2014.5.12", "hw")])
    f.runs([("询问人：", "body"), (O1, "hw"), ("　记录人：", "body"), (O2, "hw")])
    f.right("（第2页 共2页）", size=10)
    f.end_doc()

    f.start_doc("案件调查终结报告")
    f.title("案件调查终结报告", 20)
    for t in [f"当事人：{PARTY}，营业执照注册号{REG}，法定代表人{LEGAL}，地址{ADDR}。",
              "违法事实：当事人A区1号、2号乘客电梯定期检验合格有效期于2014年3月届满，当事人未申报定期检验，自2014年3月下旬至5月6日继续使用。",
              "证据：现场检查记录、安全监察指令书、询问笔录、电梯定期检验报告复印件、动态监管系统查询记录、营业执照复印件。",
              "定性依据：违反《中华人民共和国特种设备安全法》第四十条第三款，依据第八十四条第（一）项处罚，罚款幅度三万元以上三十万元以下。",
              "裁量：当事人接到指令书后立即停用并申报检验，5月20日两台电梯经检验合格，积极整改，建议从轻处罚，罚款三万元。",
              f"承办人：{O1}　{O2}　2014年6月10日"]:
        f.para(t, font="hw")
    f.end_doc()

    f.start_doc("行政处罚告知书")
    f.title(AG, 16, after=0)
    f.title("行政处罚告知书", 20, after=1)
    f.right(NO_NOTICE, pad=0)
    f.runs([(PARTY, "hw"), ("：", "body")])
    f.para("经查，你单位A区1号、2号乘客电梯定期检验合格有效期于2014年3月届满后，未经定期检验继续使用至2014年5月6日。你单位的行为违反了《中华人民共和国特种设备安全法》第四十条第三款的规定，"
           "依据《中华人民共和国特种设备安全法》第八十四条第（一）项的规定，本局拟对你单位作出罚款人民币叁万元的行政处罚。")
    f.para("根据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条的规定，你单位有权进行陈述和申辩，有权在收到本告知书之日起三日内要求听证。逾期视为放弃。")
    f.gap(10)
    f.right(AG)
    f.right("二〇一四年六月十六日")
    f.end_doc()

    f.start_doc("送达回证")
    f.title("送达回证", 20)
    f.table([["送达文书", hw(f"行政处罚告知书 {NO_NOTICE}")], ["受送达人", hw(PARTY)], ["送达方式", hw("直接送达")],
             ["送达地点", hw(ADDR)], ["收件人签名", hw("罗建（受委托）2014.6.17")], ["送达人", hw(f"{O1} {O2}")], ["备注", ""]],
            [34, 110], size=12, min_h=14)
    f.end_doc()

    f.start_doc("案件审理记录")
    f.title("案件审理委员会审理记录", 18)
    f.left("时间：2014年6月24日　地点：局四楼会议室", font="hw")
    f.left("主持：陈世林　出席：王红、周立、刘晓东、张敏　记录：周立", font="hw")
    f.para("当事人在规定期限内未提出陈述申辩和听证。审理意见：事实清楚，证据确凿，依据第八十四条第（一）项罚款三万元。", font="hw")
    f.runs([("出席人员签名：", "body"), ("陈世林 王红 周立 刘晓东 张敏", "hw")])
    f.end_doc()

    f.start_doc("行政处罚决定书")
    f.title(AG, 16, after=0)
    f.title("行政处罚决定书", 20, after=1)
    f.right(NO_DEC, pad=0)
    f.left(f"当事人：{PARTY}")
    f.left(f"营业执照注册号：{REG}")
    f.left(f"法定代表人：{LEGAL}　　地址：{ADDR}")
    for t in ["2014年5月6日，本局执法人员对当事人进行特种设备安全监督检查，发现当事人涉嫌使用未经定期检验的电梯，经批准于2014年5月8日立案调查。",
              "经查，当事人在其经营场所A区使用的1号、2号曳引驱动乘客电梯（设备代码31105203002011060017、31105203002011060018），定期检验合格有效期于2014年3月届满，"
              "当事人未按规定申报定期检验，自2014年3月下旬至2014年5月6日继续使用。",
              "上述事实有现场检查记录、特种设备安全监察指令书、询问笔录、电梯定期检验报告、特种设备动态监管系统查询记录等证据证明。",
              f"本局于2014年6月17日向当事人送达了《行政处罚告知书》（{NO_NOTICE}），当事人在法定期限内未提出陈述、申辩，也未要求听证。",
              "本局认为，当事人的上述行为违反了《中华人民共和国特种设备安全法》第四十条第三款“未经定期检验或者检验不合格的特种设备，不得继续使用”的规定。"
              "鉴于当事人接到安全监察指令书后立即停用电梯并申报检验，两台电梯已于2014年5月20日检验合格，整改积极，本局决定从轻处罚。"
              "依据《中华人民共和国特种设备安全法》第八十四条的规定，决定对当事人处以罚款人民币叁万元整（¥30000元）。"]:
        f.para(t)
    f.new_page()
    f.docs[-1][2] = len(f.pages) - 1
    for t in ["当事人应当自收到本决定书之日起十五日内，持本决定书到遵义市财政局指定的代收银行（中国农业银行遵义分行各营业网点）缴纳罚款。"
              "逾期不缴纳的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。",
              "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向遵义市人民政府或者贵州省质量技术监督局申请行政复议，"
              "也可以在三个月内直接向遵义市红花岗区人民法院提起行政诉讼。"]:
        f.para(t)
    f.gap(10)
    f.right(AG)
    f.seal(AG, dy=-9, seed=62, color=(90, 90, 90))
    f.right("二〇一四年六月二十七日")
    f.end_doc()

    f.start_doc("送达回证")
    f.title("送达回证", 20)
    f.table([["送达文书", hw(f"行政处罚决定书 {NO_DEC}")], ["受送达人", hw(PARTY)], ["送达方式", hw("直接送达")],
             ["送达地点", hw(ADDR)], ["收件人签名", hw("罗建（受委托）2014.6.30")], ["送达人", hw(f"{O1} {O2}")], ["备注", ""]],
            [34, 110], size=12, min_h=14)
    f.end_doc()

    f.start_doc("履行行政处罚决定催告书")
    f.title("履行行政处罚决定催告书", 18)
    f.runs([(PARTY, "hw"), ("：", "body")])
    f.para(f"本局于2014年6月27日作出{NO_DEC}行政处罚决定，你单位于2014年6月30日收到，缴款期限已于2014年7月15日届满，你单位至今未缴纳罚款。"
           "依据《中华人民共和国行政处罚法》第五十一条第（一）项、《中华人民共和国行政强制法》第三十五条的规定，现催告你单位履行：自2014年7月16日起每日按罚款数额的百分之三加处罚款，"
           "请于收到本催告书之日起十日内缴纳罚款及加处罚款。你单位有权进行陈述和申辩。")
    f.gap(6)
    f.right(AG)
    f.seal(AG, dy=-9, seed=63, color=(90, 90, 90))
    f.right("2014年8月5日")
    f.runs([("签收：", "body"), ("罗建 2014.8.6", "hw")])
    f.end_doc()

    f.start_doc("罚没款缴款书")
    f.title("贵州省非税收入一般缴款书（收据联）", 14)
    f.table([["缴款单位", hw(PARTY), "执收单位", AG],
             ["收入项目", "罚没收入—罚款", "金额", hw("30000.00")],
             ["收入项目", "罚没收入—加处罚款（3%×38天）", "金额", hw("34200.00")],
             ["合计大写", Cl(upper_amount(FINE + SURCHARGE), span=3, font="hw")], ["缴款日期", hw("2014年8月22日"), "经办银行", "农行遵义分行营业部"]],
            [24, 58, 20, 42], size=11, min_h=10)
    f.end_doc()

    f.start_doc("结案审批表")
    f.title("结案审批表", 20)
    f.table([["当事人", hw(PARTY)], ["处罚决定", hw(f"{NO_DEC} 罚款3万元")],
             ["执行情况", hw("当事人逾期缴纳，2014年8月22日缴纳罚款30000元及加处罚款34200元，合计64200元。")],
             ["承办人意见", hw(f"建议结案　{O1} {O2}　2014.9.1")], ["负责人审批", hw("同意　陈世林　2014.9.2")]], [34, 110], size=12, min_h=13)
    f.end_doc()

    f.start_doc("备考表", numbered=False)
    f.title("卷内备考表", 20)
    f.para("本卷共13件，检验报告复印件、照片附于调查终结报告后。", font="hw")
    f.right("立卷人：田晓梅　检查人：王红　2014年9月10日", font="hw")
    f.end_doc()

    def footer(fl, p):
        if p.number is not None:
            p.text(fl.w - fl.mr - 6, fl.h - 14, 13, str(p.number), "hw", (30, 30, 30), True)
    f.footer = footer
    f.finish()
    return f


def build(out_dir):
    d = D
    f0 = make_flow()
    body = [x for x in f0.docs if x[0] not in ("封面", "卷内目录", "备考表")]
    ranges = []
    for _, a, b in body:
        na, nb = f0.pages[a].number, f0.pages[b].number
        ranges.append(f"{na}-{nb}" if na != nb else str(na))
    f = make_flow(ranges)
    rnd = random.Random(606)
    path = f"{out_dir}/{CASE}.pdf"
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setCreator("Canon iR-ADV C5235 Scan")
    for i, pg in enumerate(f.pages):
        img = pil_render(pg, dpi=92, rnd=rnd, ink=(35, 35, 35))
        img = scan_post(img, rnd, skew=rnd.uniform(-1.1, 1.1), specks=60)
        data = jpeg_bytes(img, 38)
        W, H = A4
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, W, H)
        c.showPage()
    c.save()
    overdue = days_between(d["due"], d["paid"])
    assert overdue == 38 and FINE * 0.03 * overdue == SURCHARGE
    label = {
        "case_id": CASE,
        "codes": ["LAW-02", "DOC-09", "EXEC-02"],
        "encoding": None,
        "notes": (
            "LAW-02: the 决定书 gives the penalty basis as 《中华人民共和国特种设备安全法》第八十四条 with no 项; the article has three "
            "items and the facts fall under 第（一）项 (the 告知书 and the report do name 第（一）项). "
            "DOC-09: the 行政处罚告知书 (遵质监特罚告〔2014〕07号, 2014-06-16) bears the agency name and date but no seal impression "
            "(the 指令书, 决定书 and 催告书 are sealed). "
            "EXEC-02: payment due 2014-07-15 (15 days after service on 06-30), paid 2014-08-22 = 38 days late; 加处罚款 was "
            "computed as 30,000 x 3% x 38 = 34,200 and collected, exceeding the fine itself (行政强制法第四十五条第二款 cap = 30,000). "
            "Lawful features: 2014 file: no 统一社会信用代码 yet (营业执照注册号 with MOD 11,10 check digit and 组织机构代码); "
            "the 三个月 起诉期限 is correct before 2015-05-01; old 行政处罚法 numbering; fine 30,000 is the statutory minimum "
            "with 从轻 reasons stated; 催告书 served before collection; greyscale seals."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": None, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"], "decision_served": d["served"]},
            "citations": [
                {"law": "《中华人民共和国特种设备安全法》", "article": 40, "paragraph": 3, "item": None, "role": "violated"},
                {"law": "《中华人民共和国特种设备安全法》", "article": 84, "paragraph": None, "item": None, "role": "penalty"}]},
    }
    check = {"file": f"{CASE}.pdf", "kind": "pdf_image", "pages": len(f.pages), "reg_no": REG, "org_code": ORG,
             "day_checks": [("days_eq", d["due"], d["paid"], 38), ("days_le", d["filing"], d["decision"], 90)]}
    return label, check
