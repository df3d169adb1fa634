"""dev26_02: 温州市鹿城区市场监督管理局, 经营超过使用期限的化妆品 (化妆品监督管理条例 39 / 60(五)), 2023.
Text-layer PDF whose forms are tables with merged cells (labels left, values right, some on two lines)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lib import (Cell as Cl, Flow, d_pad, d_std, make_credit_code, make_id, rl_draw_page, rl_fonts, upper_amount,
                 wd_between)

CASE = "dev26_02"
AG = "温州市鹿城区市场监督管理局"
PARTY = "温州市鹿城区悦颜化妆品商行"
CODE = make_credit_code("92", "330302", "MA2HLQ7C")
OWNER = "林晓燕"
OWNER_ID = make_id("330302", "19900612", "452")
ADDR = "温州市鹿城区五马街道解放街212号"
O1, C1 = "陈思远", "33030219047365"
O2, C2 = "潘欣怡", "33030221052218"
FINE = 12500
GAIN = 1268
NO_FILE = "鹿市监立〔2023〕0316号"
NO_NOTICE = "鹿市监罚告〔2023〕0287号"
NO_DEC = "鹿市监罚处〔2023〕0287号"
D = dict(inspect="2023-06-26", filing="2023-07-03", inquiry="2023-07-06", report="2023-08-28",
         review="2023-08-31", notice="2023-09-04", notice_served="2023-09-05", statement="2023-09-07",
         recheck="2023-09-11", approve="2023-09-22", decision="2023-09-25", mailed="2023-10-09",
         served="2023-10-11", paid="2023-10-20", closing="2023-10-30")
GOODS = [("玻尿酸补水精华液", "30ml/瓶", "2023-05-18", 168, 12, 4),
         ("焕颜修护面霜", "50g/盒", "2023-04-30", 298, 7, 2),
         ("水润滋养唇膏", "3.5g/支", "2023-06-01", 86, 5, 0)]
VALUE_TRUE = sum(p * (s + k) for _, _, _, p, s, k in GOODS)  # 5800
VALUE_STATED = 5980
assert VALUE_TRUE == 5800 and sum(p * k for _, _, _, p, _, k in GOODS) == GAIN


def party_rows():
    return [[Cl("当事人", rspan=4, align="center"), "名称", Cl(PARTY, span=3)],
            ["统一社会信用代码", Cl(CODE, span=3)],
            ["经营者", OWNER, "身份证号", OWNER_ID],
            ["经营场所", Cl(ADDR + "\n（联系电话：0577-8821****）", span=3)]]


def make_flow():
    f = Flow(size=11, lead=1.8, ml=22, mr=20)
    d = D

    f.start_doc("立案审批表")
    f.title("温州市鹿城区市场监督管理局", 16, after=0)
    f.title("立案审批表", 20, after=1)
    f.right(NO_FILE, pad=0, size=10.5)
    rows = [[Cl("案件来源", align="center"), Cl("监督检查", span=2), "发现日期", d_pad(d["inspect"])]] + party_rows()
    rows += [[Cl("案情摘要", align="center"), Cl(
        "2023年6月26日，执法人员对当事人经营场所检查，发现其货架上陈列销售的“玻尿酸补水精华液”等3种化妆品已超过标签标注的使用期限，"
        "共24件。当事人涉嫌经营超过使用期限的化妆品，违反《化妆品监督管理条例》第三十九条的规定。", span=4)],
             [Cl("承办人意见", align="center"), Cl(f"符合立案条件，建议立案。\n承办人：{O1}、{O2}　　{d_pad(d['filing'])}", span=4)],
             [Cl("办案机构负责人意见", align="center"), Cl(f"同意。\n签名：郑海波　　{d_pad(d['filing'])}", span=4)],
             [Cl("部门负责人审批意见", align="center"), Cl(f"同意立案，指定{O1}、{O2}办理。\n签名：黄立人　　{d_pad(d['filing'])}", span=4)]]
    f.table(rows, [26, 30, 40, 24, 40], size=10.5, min_h=9)
    f.end_doc()

    f.start_doc("现场笔录")
    f.title("现 场 笔 录", 20)
    f.table([[Cl("检查时间", align="center"), Cl(f"{d_pad(d['inspect'])}14时10分至15时05分", span=3)],
             [Cl("检查地点", align="center"), Cl(ADDR, span=3)],
             [Cl("执法人员", rspan=2, align="center"), O1, "执法证号", C1],
             [O2, "执法证号", C2],
             [Cl("当事人", align="center"), PARTY, "现场负责人", f"{OWNER}（经营者）"]], [24, 60, 24, 50], size=10.5)
    f.para(f"执法人员向当事人出示了执法证件，告知其有申请执法人员回避的权利，当事人表示不申请回避。")
    f.para("现场检查情况：当事人经营场所面积约40平方米，设有货架6组。在靠门第2组货架上发现以下化妆品已超过标签标注的使用期限："
           "“玻尿酸补水精华液”（30ml/瓶，限期使用日期2023年5月18日）12瓶，标价168元/瓶；“焕颜修护面霜”（50g/盒，限期使用日期2023年4月30日）7盒，标价298元/盒；"
           "“水润滋养唇膏”（3.5g/支，限期使用日期2023年6月1日）5支，标价86元/支。上述化妆品均陈列于货架待售。")
    f.para("执法人员对上述物品拍照，责令当事人立即下架，当事人当场将上述化妆品装箱自行封存，贴封条，听候处理。执法人员调取了当事人收银系统2023年5月至6月销售记录。")
    f.para("当事人对检查情况的意见：情况属实。")
    f.runs([("当事人签名：", "body"), (OWNER, "hw"), ("　　执法人员签名：", "body"), (f"{O1}　{O2}", "hw")], after=1)
    f.runs([("日期：", "body"), (d_dot_cn(d["inspect"]), "hw")])
    f.end_doc()

    f.start_doc("询问笔录")
    f.title("询 问 笔 录", 20)
    f.table([[Cl("询问时间", align="center"), Cl(f"{d_pad(d['inquiry'])}9时30分至10时20分", span=3)],
             [Cl("询问地点", align="center"), Cl("鹿城区市场监督管理局五马市场监督管理所询问室", span=3)],
             [Cl("询问人", align="center"), f"{O1}（{C1}）", Cl("记录人", align="center"), f"{O2}（{C2}）"],
             [Cl("被询问人", rspan=2, align="center"), f"{OWNER}　女　1990年6月生", "身份证号", OWNER_ID],
             [Cl(f"{PARTY}经营者　电话：138****0926\n住址：温州市鹿城区黎明街道府东路17弄5号", span=3)]],
            [24, 62, 24, 48], size=10.5)
    qa = [("问", "我们是温州市鹿城区市场监督管理局的执法人员，这是我们的执法证件，请过目。你有权申请执法人员回避，是否申请？"),
          ("答", "看过了，不申请回避。"),
          ("问", "请说明你商行货架上超过使用期限化妆品的情况。"),
          ("答", "6月26日你们检查发现的精华液12瓶、面霜7盒、唇膏5支都是去年底从广州一家批发商进的货，因为店里忙，没有及时检查日期，过期了还放在货架上。"),
          ("问", "过期后有没有卖出去？"),
          ("答", "根据收银记录，精华液在过期以后卖出去4瓶，面霜卖出去2盒，唇膏没有卖出。都是按标价卖的，精华液168元一瓶，面霜298元一盒。"),
          ("问", "你店里有无建立进货查验和定期检查制度？"),
          ("答", "有进货台账，但是对使用期限没有定期检查，以后会每周检查一次。"),
          ("问", "以上记录是否属实？"),
          ("答", "以上笔录我看过，和我说的相符。")]
    for w, s in qa:
        f.para(f"{w}：{s}", indent=0)
    f.runs([("被询问人签名：", "body"), (OWNER, "hw"), ("　　询问人：", "body"), (O1, "hw"), ("　记录人：", "body"), (O2, "hw")])
    f.end_doc()

    f.start_doc("涉案化妆品清单及销售记录")
    f.title("涉案化妆品清单", 16)
    rows = [[Cl(h, align="center") for h in ("品名", "规格", "限期使用日期", "标价(元)", "在售数量", "过期后售出", "小计(元)")]]
    for n, spec, exp, p, s, k in GOODS:
        rows.append([n, spec, Cl(exp, align="center"), Cl(str(p), align="right"), Cl(str(s), align="center"),
                     Cl(str(k), align="center"), Cl(f"{p * (s + k):,}.00", align="right")])
    rows.append([Cl("销售记录摘录：2023-05-20至2023-06-20，精华液售出4瓶（168元/瓶），面霜售出2盒（298元/盒），合计收入1,268.00元。", span=7)])
    f.table(rows, [34, 18, 24, 16, 16, 18, 22], size=10)
    f.runs([("以上清单经当事人核对无误。　当事人：", "body"), (OWNER, "hw"), ("　2023.7.6", "hw")])
    f.end_doc()

    f.start_doc("案件调查终结报告")
    f.title("案件调查终结报告", 20)
    f.table(party_rows() + [
        [Cl("案由", align="center"), Cl("经营超过使用期限的化妆品", span=4)],
        [Cl("调查经过", align="center"), Cl(f"{d_std(d['inspect'])}现场检查发现，{d_std(d['filing'])}立案，{d_std(d['inquiry'])}询问当事人经营者，调取销售记录、进货单据。", span=4)],
        [Cl("违法事实", align="center"), Cl(
            "当事人于2023年4月30日至6月26日期间，在其经营场所陈列销售超过使用期限的化妆品3种24件，并在过期后售出精华液4瓶、面霜2盒。"
            f"经核算，涉案化妆品货值金额合计{VALUE_STATED:,}.00元，违法所得1,268.00元。", span=4)],
        [Cl("证据", align="center"), Cl("现场笔录、现场照片、询问笔录、涉案化妆品清单、收银系统销售记录、进货单据、营业执照复印件、经营者身份证复印件。", span=4)],
        [Cl("定性与依据", align="center"), Cl("当事人的行为违反了《化妆品监督管理条例》第三十九条的规定，依据《化妆品监督管理条例》第六十条第（五）项的规定应予处罚。", span=4)],
        [Cl("裁量理由", align="center"), Cl("当事人系初次违法，如实陈述违法事实，主动下架封存涉案化妆品，符合从轻处罚情形；货值金额不足1万元，法定罚款幅度为1万元以上5万元以下。", span=4)],
        [Cl("处理意见", align="center"), Cl(f"没收超过使用期限的化妆品24件，没收违法所得1,268.00元，并处罚款1.25万元。\n承办人：{O1}　{O2}　{d_pad(d['report'])}", span=4)],
    ], [26, 30, 40, 24, 40], size=10.5)
    f.end_doc()

    f.start_doc("法制审核意见表")
    f.title("行政处罚案件法制审核意见表", 17)
    f.table([[Cl("案件名称", align="center"), f"{PARTY}经营超过使用期限的化妆品案"],
             [Cl("审核内容", align="center"), "主体、事实、证据、定性、依据、程序、裁量"],
             [Cl("审核意见", align="center"), "事实清楚，证据充分，定性准确，程序合法，处罚适当。同意办案机构处理意见。"],
             [Cl("审核人", align="center"), f"吴佳琪（法律职业资格证书号A20203303021876）　{d_pad(d['review'])}"],
             [Cl("法制机构负责人", align="center"), f"同意。　叶文斌　{d_pad(d['review'])}"]], [30, 128], size=10.5, min_h=11)
    f.end_doc()

    f.start_doc("行政处罚告知书")
    f.title("温州市鹿城区市场监督管理局", 16, after=0)
    f.title("行政处罚告知书", 20, after=1)
    f.right(NO_NOTICE, pad=0)
    f.left(f"{PARTY}（经营者：{OWNER}）：")
    f.para("本局于2023年7月3日对你商行经营超过使用期限的化妆品一案立案调查。经查：你商行在经营场所陈列销售超过使用期限的化妆品3种24件，并在过期后售出精华液4瓶、面霜2盒，违法所得1,268.00元。")
    f.para("你商行的上述行为违反了《化妆品监督管理条例》第三十九条的规定。依据《化妆品监督管理条例》第六十条第（五）项的规定，本局拟对你商行作出如下行政处罚：1.没收超过使用期限的化妆品24件；2.没收违法所得1,268.00元；3.罚款1.25万元。")
    f.para("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你商行可在收到本告知书之日起五个工作日内向本局提出陈述、申辩，"
           "也可以在收到本告知书之日起五个工作日内要求听证。逾期视为放弃上述权利。")
    f.gap(10)
    f.right(AG)
    f.seal(AG, dy=-9, seed=21)
    f.right(d_std(d["notice"]))
    f.end_doc()

    f.start_doc("送达回证")
    f.title("送 达 回 证", 20)
    f.table(sd_rows(f"行政处罚告知书\n（{NO_NOTICE}）", "直接送达", ADDR, d["notice_served"], OWNER), [34, 124], size=11, min_h=12)
    f.end_doc()

    f.start_doc("陈述申辩书")
    f.title("陈述申辩书", 18)
    f.para("鹿城区市场监督管理局：", indent=0, font="hw")
    f.para("收到你局的告知书，我对过期化妆品的事实没有异议。我店是小本经营，这次是疏忽，货已经全部封存，恳请减轻罚款，最好只罚五千元。", font="hw")
    f.right(f"陈述人：{OWNER}", font="hw")
    f.right("2023年9月7日", font="hw")
    f.end_doc()

    f.start_doc("陈述申辩复核意见")
    f.title("陈述申辩复核意见", 18)
    f.table([[Cl("当事人", align="center"), PARTY],
             [Cl("陈述申辩要点", align="center"), "对事实无异议，请求减轻处罚至五千元。"],
             [Cl("复核意见", align="center"), "当事人所述已在裁量时作为从轻情节考虑，但不具备减轻处罚的法定情形，拟处罚款已在法定幅度下限附近，不予采纳，维持原拟处罚意见。"],
             [Cl("复核人", align="center"), f"{O1}　{O2}　吴佳琪　{d_pad(d['recheck'])}"]], [30, 128], size=10.5, min_h=11)
    f.end_doc()

    f.start_doc("行政处罚决定审批表")
    f.title("行政处罚决定审批表", 18)
    f.table(party_rows() + [
        [Cl("处罚内容", align="center"), Cl("1.没收超过使用期限的化妆品24件；\n2.没收违法所得1,268.00元；3.罚款1.25万元。", span=4)],
        [Cl("承办人意见", align="center"), Cl(f"建议作出行政处罚决定。{O1}　{O2}　{d_pad(d['approve'])}", span=4)],
        [Cl("负责人审批意见", align="center"), Cl(f"同意。黄立人　{d_pad(d['approve'])}", span=4)]], [26, 30, 40, 24, 40], size=10.5)
    f.end_doc()

    f.start_doc("行政处罚决定书")
    f.title("温州市鹿城区市场监督管理局", 16, after=0)
    f.title("行政处罚决定书", 20, after=1)
    f.right(NO_DEC, pad=0)
    f.table(party_rows(), [26, 30, 40, 24, 40], size=10.5)
    f.para(f"{d_std(d['inspect'])}，本局执法人员在日常检查中发现当事人涉嫌经营超过使用期限的化妆品，经批准于{d_std(d['filing'])}立案调查。")
    f.para("经查，当事人于2023年4月30日至6月26日期间，在其经营场所（温州市鹿城区五马街道解放街212号）货架上陈列销售超过使用期限的化妆品：“玻尿酸补水精华液”12瓶、"
           "“焕颜修护面霜”7盒、“水润滋养唇膏”5支，共24件；并在上述化妆品超过使用期限后售出精华液4瓶、面霜2盒。"
           f"经核算，涉案化妆品货值金额合计{VALUE_STATED:,}.00元，违法所得1,268.00元。")
    f.para("上述事实，主要有以下证据证明：1.现场笔录及现场照片；2.询问笔录；3.涉案化妆品清单；4.收银系统销售记录；5.进货单据；6.营业执照及经营者身份证复印件。")
    f.para(f"本局于{d_std(d['notice'])}向当事人送达了《行政处罚告知书》（{NO_NOTICE}），当事人于{d_std(d['statement'])}提交书面陈述申辩，请求减轻处罚。"
           "经复核，当事人不具备减轻处罚的法定情形，其初次违法、如实陈述、主动下架封存的情节已在拟处罚意见中予以从轻考虑，对其减轻处罚的请求不予采纳。")
    f.para("本局认为，当事人经营超过使用期限的化妆品的行为，违反了《化妆品监督管理条例》第三十九条的规定。依据《化妆品监督管理条例》第六十条第（五）项的规定，"
           "鉴于当事人初次违法，如实陈述违法事实并主动下架封存涉案化妆品，本局决定从轻处罚，责令当事人改正违法行为，并作出如下处罚：")
    f.para("1.没收超过使用期限的化妆品24件；")
    f.para("2.没收违法所得人民币壹仟贰佰陆拾捌元整（¥1,268.00）；")
    f.para("3.罚款人民币壹万贰仟元整（¥12,500.00）。")
    f.para("当事人应当自收到本决定书之日起十五日内，通过浙江政务服务网统一公共支付平台或到中国农业银行温州分行各网点缴纳罚没款。到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。")
    f.para("当事人如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向温州市鹿城区人民政府或者温州市市场监督管理局申请行政复议；也可以在六个月内依法向温州市鹿城区人民法院提起行政诉讼。")
    f.gap(8)
    f.right(AG)
    f.seal(AG, dy=-9, seed=22)
    f.right(d_std(d["decision"]))
    f.end_doc()

    f.start_doc("送达回证")
    f.title("送 达 回 证", 20)
    f.table(sd_rows(f"行政处罚决定书\n（{NO_DEC}）", "邮寄送达（EMS：1189 7736 0251 4）", ADDR, d["served"], OWNER,
                    note=f"{d_std(d['mailed'])}交寄，{d_std(d['served'])}受送达人签收，邮件签收回执附后。"), [34, 124], size=11, min_h=12)
    f.gap(4)
    f.title("中国邮政速递物流 邮件详情（打印件）", 12)
    f.table([["邮件号", "1189 7736 0251 4", "寄件人", AG],
             ["收件人", f"{OWNER}（{PARTY}）", "收件地址", ADDR],
             ["收寄时间", "2023-10-09 16:42", "妥投时间", "2023-10-11 10:18"],
             ["签收人", Cl("本人签收（林晓燕）", span=3)]], [20, 50, 20, 68], size=9.5, min_h=8)
    f.end_doc()

    f.start_doc("缴款凭证")
    f.title("浙江省政府非税收入统一缴款书（电子）", 13)
    f.table([[Cl("缴款码", align="center"), "3303022310000861", Cl("开票日期", align="center"), "2023-10-20"],
             [Cl("缴款人", align="center"), Cl(PARTY, span=3)],
             [Cl("项目", rspan=2, align="center"), "罚款收入", Cl("金额", align="center"), "12,500.00"],
             ["罚没收入（没收违法所得）", Cl("金额", align="center"), "1,268.00"],
             [Cl("合计（大写）", align="center"), Cl(f"{upper_amount(13768)}　　¥13,768.00", span=3)],
             [Cl("执收单位", align="center"), Cl(AG, span=3)]], [24, 60, 20, 54], size=10)
    f.end_doc()

    f.start_doc("结案审批表")
    f.title("结 案 审 批 表", 20)
    f.table(party_rows() + [
        [Cl("处罚决定", align="center"), Cl(f"{NO_DEC}：没收化妆品24件、没收违法所得1,268.00元、罚款12,500.00元", span=4)],
        [Cl("执行情况", align="center"), Cl("2023年10月20日缴纳罚没款13,768.00元；涉案化妆品已于2023年10月26日监督销毁。", span=4)],
        [Cl("承办人意见", align="center"), Cl(f"建议结案。{O1}　{O2}　{d_pad(d['closing'])}", span=4)],
        [Cl("负责人审批意见", align="center"), Cl(f"同意结案。黄立人　{d_pad(d['closing'])}", span=4)]], [26, 30, 40, 24, 40], size=10.5)
    f.end_doc()

    def footer(fl, p):
        if p.number is not None:
            s = f"第 {p.number} 页"
            p.text((fl.w - len(s) * 3) / 2, fl.h - 12, 10, s, "body")
    f.footer = footer
    f.finish()
    return f


def d_dot_cn(s):
    y, m, dd = s.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"


def sd_rows(doc, way, place, date, who, note=""):
    return [[Cl("送达文书名称\n及文号", align="center"), doc],
            [Cl("受送达人", align="center"), f"{PARTY}（经营者：{OWNER}）"],
            [Cl("送达地点", align="center"), place],
            [Cl("送达方式", align="center"), way],
            [Cl("受送达人签名\n或盖章", align="center"), Cl(f"{who}　　{d_dot_cn(date)}", font="hw")],
            [Cl("送达人", align="center"), Cl(f"{O1}　{O2}", font="hw")],
            [Cl("备注", align="center"), note]]


def build(out_dir):
    d = D
    f = make_flow()
    fonts = rl_fonts("ttf")
    path = f"{out_dir}/{CASE}.pdf"
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"{AG} 行政处罚案卷 {NO_DEC}")
    c.setAuthor(AG)
    for pg in f.pages:
        rl_draw_page(c, pg, fonts)
        c.showPage()
    c.save()
    wd = wd_between(d["decision"], d["served"])
    assert wd == 8, wd
    label = {
        "case_id": CASE,
        "codes": ["EVID-03", "DOC-07", "SERV-01"],
        "encoding": None,
        "notes": (
            "EVID-03: the 涉案化妆品清单 gives 168x16=2,688 + 298x9=2,682 + 86x5=430 = 5,800.00元 (its own 小计 column), but the "
            "调查终结报告 and the 决定书 state 货值金额合计5,980.00元. (违法所得 1,268 = 4x168+2x298 is right.) "
            "DOC-07: 决定书 item 3 reads 罚款人民币壹万贰仟元整（¥12,500.00） - capital form 12,000 vs figures 12,500; notice "
            "(1.25万元), approval form, voucher and 结案审批表 all say 12,500. "
            "SERV-01: 决定书 dated 2023-09-25, mailed 2023-10-09, EMS signed 2023-10-11 = 8 working days (09-29..10-06 holiday, "
            "10-07 and 10-08 are 调休 workdays) > 7. Lawful features: 货值<1万 so 1万-5万 range, 1.25万 with 从轻 reasons stated; "
            "陈述申辩 heard and 复核 in writing (not adopted, reasons given); decision after the 5-working-day period; 复议 to "
            "区政府 or 上一级 is correct for a 2023 decision; 个体工商户 with 经营者 identity given."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "个体工商户", "credit_code": CODE, "id_number": OWNER_ID},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"], "decision_served": d["served"]},
            "citations": [
                {"law": "《化妆品监督管理条例》", "article": 39, "paragraph": None, "item": None, "role": "violated"},
                {"law": "《化妆品监督管理条例》", "article": 60, "paragraph": None, "item": 5, "role": "penalty"}]},
    }
    check = {"file": f"{CASE}.pdf", "kind": "pdf_text", "pages": len(f.pages),
             "must_contain": [PARTY, CODE, OWNER_ID, NO_DEC, NO_NOTICE, "5,980.00", "2,688.00", "2,682.00", "430.00",
                              "壹万贰仟元整（¥12,500.00）", "2023年9月25日", "2023年10月11日", "第六十条第（五）项"],
             "day_checks": [("wd_between", d["decision"], d["served"], 8), ("days_le", d["filing"], d["decision"], 90)]}
    return label, check
