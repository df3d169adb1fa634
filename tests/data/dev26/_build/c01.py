"""dev26_01: 南通市交通运输局, 港口危险货物装卸未报告 (港口法 35/54), 2022.
Text-layer PDF printed two logical A4 pages per landscape sheet (2-up)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from lib import (Cell as Cl, Flow, d_cn, d_std, d_pad, make_credit_code, make_id, rl_draw_page, rl_fonts,
                 upper_amount, wd_add)

CASE = "dev26_01"
AG = "南通市交通运输局"
PARTY = "南通鑫港码头储运有限公司"
CODE = make_credit_code("91", "320600", "MA1XG7Q2")
LEGAL = "顾建平"
AGENT = "陆海东"
AGENT_ID = make_id("320602", "19810307", "215")
O1, C1 = "沈晓明", "32060122015874"
O2, C2 = "钱宇航", "32060122019317"
FINE = 25000
DATES = dict(inspect="2022-07-15", filing="2022-07-15", inquiry="2022-07-19", report="2022-08-26",
             review="2022-09-02", notice="2022-09-28", notice_served="2022-09-29", discuss="2022-10-10",
             decision="2022-10-10", served="2022-10-12", paid="2022-10-20", closing="2022-10-28")
NO_NOTICE = "通交港罚告〔2022〕183号"
NO_DEC = "通交港罚〔2022〕183号"
ADDR = "南通市崇川区港闸路1266号"


def qa_pages():
    """Ten pages of the 询问笔录 (page 6 carries the leak and the party's own clean-up)."""
    Q = lambda s: ("问", s)
    A = lambda s: ("答", s)
    return [
        [Q("我们是南通市交通运输局的执法人员沈晓明、钱宇航，这是我们的执法证件（出示证件），请你过目。你是否看清楚了？"),
         A("看清楚了。"),
         Q("根据《中华人民共和国行政处罚法》的规定，你有申请执法人员回避的权利，如认为执法人员与本案有直接利害关系，可以申请回避。你是否申请回避？"),
         A("不申请回避。"),
         Q("你应当如实回答我们的询问，并协助调查，不得阻挠。作伪证要承担法律责任，你听清楚了吗？"),
         A("听清楚了。")],
        [Q("请介绍一下你的基本情况和在公司的职务。"),
         A("我叫陆海东，在南通鑫港码头储运有限公司担任作业部经理，负责码头装卸作业的调度和现场管理，2016年进公司，2019年起任现职。"),
         Q("你今天是代表公司接受询问吗？有无授权委托书？"),
         A("是的，公司法定代表人顾建平出具了授权委托书，委托我全权代表公司接受调查，委托书原件已交给你们。"),
         Q("请介绍公司的经营情况。"),
         A("公司主要从事港口货物装卸、仓储服务，持有港口经营许可证，经营范围包括危险货物港口作业，作业区域在狼山港区3号、4号泊位及后方堆场。")],
        [Q("公司危险货物港口作业附证载明的货种有哪些？"),
         A("附证上有乙醇、甲醇、醋酸乙酯等第3类易燃液体的桶装件杂货装卸，不包括散装。"),
         Q("在港口内进行危险货物装卸作业，公司平时是怎样向港口行政管理部门报告的？"),
         A("平时由公司安全部的申报员在作业前通过港口危险货物管理信息系统填报作业申报，写明货名、类别、包装、数量、作业时间和泊位，经审核同意后才能作业。"),
         Q("申报员是谁？"),
         A("申报员叫吴倩，2022年7月中旬她在休年假，临时由安全部另一位同事顶岗。")],
        [Q("2022年7月14日公司在3号泊位进行了什么作业？"),
         A("7月14日下午，“苏通航698”轮靠3号泊位，我们给它卸船，货是桶装乙醇，共216桶，每桶净重200公斤，合计43.2吨，收货人是如皋一家化工贸易公司。"),
         Q("作业起止时间？"),
         A("当天15时20分开始卸船，18时40分全部卸完，货物转入后方2号危险品堆场暂存。"),
         Q("这票作业作业前有没有向港口行政管理部门报告并经同意？"),
         A("没有。顶岗的同事以为船代已经报了，我在现场也没有核对系统里的审核状态，就安排开工了。")],
        [Q("你们是什么时候发现没有申报的？"),
         A("7月15日上午你们来检查的时候，我们查系统才发现这票作业没有申报记录，也就没有同意的记录。"),
         Q("我们向你出示“港口危险货物管理信息系统”2022年7月1日至7月15日你公司作业申报查询记录，请你辨认。"),
         A("我看过了，记录里7月14日没有“苏通航698”轮乙醇的申报，其他几票都有。"),
         Q("我们向你出示你公司7月14日3号泊位装卸作业记录、理货单，请你辨认。"),
         A("是我们公司的记录，上面的时间、数量、桶数都是真实的，理货员是张鹏。")],
        [Q("作业过程中有没有发生异常情况？"),
         A("有。17时05分左右，卸到第150桶前后，有一桶在吊装落地时桶口密封圈松动，漏出乙醇，估计有15升左右。"),
         Q("发生泄漏后你们是怎么处置的？"),
         A("现场装卸组长马上停吊，我接到报告后立即带人用吸附棉和围油栏围堵，把漏出来的乙醇全部吸附回收，装进专用回收桶，泄漏桶换了新的密封圈并转到应急区，前后大约二十分钟处置完毕，没有流进港池，也没有起火，现场没有人受伤。"),
         Q("回收的吸附棉和废液如何处理的？"),
         A("吸附棉和废液共3桶，已于7月18日交给有资质的危废处置单位南通某环境科技公司处置，有转移联单，我可以提供复印件。"),
         Q("事后有没有向有关部门报告泄漏情况？"),
         A("当天19时我们主动通过电话向港区安全值班室报告了泄漏和处置情况，值班记录上有登记。")],
        [Q("7月14日作业期间现场有哪些安全措施？"),
         A("现场有安全员监护，配备了灭火器、吸附棉、围油栏和可燃气体检测仪，作业人员都穿防静电服。"),
         Q("这票作业公司收取了多少装卸费？"),
         A("按合同每吨85元，43.2吨共3672元，已开发票。"),
         Q("公司以前有没有因为危险货物作业未申报被处罚过？"),
         A("没有，这是第一次。")],
        [Q("发现问题后公司采取了哪些整改措施？"),
         A("7月15日当天我们补报了这票作业的情况；公司修订了《危险货物作业申报管理制度》，规定作业前由现场负责人在系统里核对“同意”状态后才能开工，申报员请假必须书面交接；7月20日对安全部和作业部全体人员进行了培训。"),
         Q("你对公司的上述行为有什么认识？"),
         A("我们认识到在港口内装卸危险货物必须事先报告并经同意，这次是我们管理上的疏漏，愿意接受处理。")],
        [Q("你还有什么需要补充的吗？"),
         A("请执法机关考虑我们发现泄漏后及时处置、没有造成污染和事故，也是第一次，从轻处理。"),
         Q("你提供的授权委托书、营业执照复印件、港口经营许可证及附证复印件、作业记录、理货单、危废转移联单复印件是否属实？"),
         A("属实，复印件都和原件核对过，我已经签字并加盖了公司印章。")],
        [Q("以上笔录请你核对，如记录有误可以更正补充。"),
         A("以上笔录共十页，我已看过，和我说的一样。"),
         ("", "（以下空白）")],
    ]


def make_flow(ranges=None):
    f = Flow(size=11.5, lead=1.9)
    d = DATES

    # ---------------- cover
    f.start_doc("封面", numbered=False)
    f.gap(20)
    f.title("南通市交通运输局", 22)
    f.title("行 政 处 罚 案 卷", 26, after=16)
    f.table([["案　　由", "未经报告并同意在港口内进行危险货物装卸作业"],
             ["当 事 人", PARTY],
             ["决定书文号", NO_DEC],
             ["立案日期", d_std(d["filing"])],
             ["结案日期", d_std(d["closing"])],
             ["处理结果", "罚款人民币贰万伍仟元"],
             ["承办机构", "南通市交通运输综合行政执法支队港航大队"],
             ["承 办 人", f"{O1}　{O2}"],
             ["保管期限", "长期"],
             ["归 档 号", "2022-GH-0412"]], [34, 110], size=12, min_h=11)
    f.end_doc()

    # ---------------- 卷内目录 (wrong page ranges from the 询问笔录 on: it was listed as 8 pages)
    f.start_doc("卷内目录", numbered=False)
    f.title("卷 内 目 录", 20)
    toc = [("1", "立案审批表", d["filing"], "1"), ("2", "现场检查笔录", d["inspect"], "2-3"),
           ("3", "现场照片及说明", d["inspect"], "4"), ("4", "询问笔录（陆海东）", d["inquiry"], "5-12"),
           ("5", "危险货物作业申报查询记录、装卸作业记录", "2022-07-15", "13-14"),
           ("6", "案件调查终结报告", d["report"], "15-16"), ("7", "法制审核意见书", d["review"], "17"),
           ("8", "行政处罚事先告知书", d["notice"], "18-19"), ("9", "送达回证（事先告知书）", d["notice_served"], "20"),
           ("10", "案件集体讨论记录", d["discuss"], "21"), ("11", "行政处罚决定审批表", d["decision"], "22"),
           ("12", "行政处罚决定书", d["decision"], "23-24"), ("13", "送达回证（决定书）", d["served"], "25"),
           ("14", "罚没款缴款凭证", d["paid"], "26"), ("15", "结案审批表", d["closing"], "27")]
    rows = [[Cl("序号", align="center"), Cl("文件材料名称", align="center"), Cl("日期", align="center"),
             Cl("页号", align="center")]]
    for k, (n, name, dd, pg) in enumerate(toc):
        pg = ranges[k] if ranges else "0"
        rows.append([Cl(n, align="center"), name, Cl(dd.replace("-", ""), align="center"), Cl(pg, align="center")])
    rows.append([Cl(""), Cl(f"本卷共{ranges[-1] if ranges else 0}页"), "", ""])
    f.table(rows, [12, 86, 26, 18], size=11, min_h=9.5)
    f.end_doc()

    # ---------------- 1 立案审批表
    f.start_doc("立案审批表")
    f.title("立 案 审 批 表", 20)
    f.right("通交港立〔2022〕0412号", pad=0)
    f.table([
        ["案件来源", Cl("监督检查（2022年7月15日港区危险货物作业专项检查）", span=3)],
        ["案　　由", Cl("涉嫌未经报告并同意在港口内进行危险货物装卸作业", span=3)],
        [Cl("当事人", rspan=3), "名　　称", Cl(PARTY, span=2)],
        ["统一社会信用代码", Cl(CODE, span=2)],
        ["法定代表人", Cl(f"{LEGAL}　　住所：{ADDR}", span=2)],
        ["简要案情", Cl("2022年7月15日上午，执法人员在狼山港区开展危险货物港口作业专项检查，经现场检查并比对港口危险货物管理信息系统，"
                     "发现当事人于2022年7月14日15时20分至18时40分在其3号泊位为“苏通航698”轮卸载桶装乙醇216桶（43.2吨），"
                     "作业前未向港口行政管理部门报告并经同意。当事人涉嫌违反《中华人民共和国港口法》第三十五条的规定。", span=3)],
        ["承办人意见", Cl(f"符合立案条件，建议立案调查，由{O1}、{O2}承办。\n承办人：{O1}　{O2}　　{d_std(d['filing'])}", span=3)],
        ["承办机构意见", Cl(f"同意立案。\n负责人：刘建华　　{d_std(d['filing'])}", span=3)],
        ["负责人审批意见", Cl(f"同意立案调查。\n签名：王立群　　{d_std(d['filing'])}", span=3)],
    ], [26, 30, 40, 54], size=11, min_h=10)
    f.end_doc()

    # ---------------- 2 现场检查笔录
    f.start_doc("现场检查笔录")
    f.title("现 场 检 查 笔 录", 20)
    f.left(f"检查时间：{d_std(d['inspect'])}9时30分至10时40分")
    f.left("检查地点：狼山港区3号泊位及后方2号危险品堆场")
    f.left(f"被检查单位：{PARTY}　　现场负责人：{AGENT}（作业部经理）")
    f.left(f"执法人员：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）　记录人：{O2}")
    f.left("见证人：无")
    f.gap(2)
    f.para(f"执法人员到达现场后，向现场负责人{AGENT}出示了执法证件，表明身份，告知了检查的依据和事项，并告知其有申请回避的权利，{AGENT}表示不申请回避，配合检查。")
    f.para("检查情况：当事人3号泊位及后方2号危险品堆场内存放桶装乙醇（UN1170，第3类）216桶，桶身标有危险货物标志，堆场货物台账记载为2022年7月14日由“苏通航698”轮卸入。"
           "执法人员现场登录港口危险货物管理信息系统查询，当事人2022年7月14日无该船该票货物的作业申报及审核同意记录。"
           "当事人提供的3号泊位装卸作业记录显示作业时间为7月14日15时20分至18时40分。现场应急区存放乙醇回收桶3只，当事人称系作业中一桶泄漏后回收的吸附物和废液。")
    f.para("执法人员对现场进行了拍照、录像（执法记录仪编号DSJ-0631），调取了作业记录、理货单复印件。")
    f.para("以上笔录已交被检查人核对。被检查人意见：情况属实。")
    f.gap(3)
    f.runs([("被检查人签名：", "body"), (AGENT, "hw"), ("　　　", "body"), (d_std(d["inspect"]), "body")])
    f.runs([("执法人员签名：", "body"), (f"{O1}　{O2}", "hw"), ("　　　", "body"), (d_std(d["inspect"]), "body")])
    f.end_doc()

    # ---------------- 3 现场照片
    f.start_doc("现场照片及说明")
    f.title("现场照片（图片）证据", 16)
    for i, (cap, y) in enumerate([("照片1：3号泊位后方2号危险品堆场存放的桶装乙醇", 0), ("照片2：应急区存放的泄漏回收桶3只", 1)]):
        top = f.y
        f.page.line(f.ml + 10, top, f.w - f.mr - 10, top)
        f.page.line(f.ml + 10, top + 80, f.w - f.mr - 10, top + 80)
        f.page.line(f.ml + 10, top, f.ml + 10, top + 80)
        f.page.line(f.w - f.mr - 10, top, f.w - f.mr - 10, top + 80)
        f.page.text(f.ml + 60, top + 42, 10, "（照片）", "body", (120, 120, 120))
        f.y = top + 83
        f.left(cap, size=10.5)
        f.left(f"拍摄时间：{d_std(d['inspect'])}　拍摄人：{O2}　拍摄地点：狼山港区　制作方式：数码相机拍摄打印", size=10.5)
        f.gap(3)
    f.runs([("当事人确认：", "body"), (AGENT, "hw")])
    f.end_doc()

    # ---------------- 4 询问笔录 (10 pages)
    pages = qa_pages()
    for pi, qa in enumerate(pages):
        if pi == 0:
            f.start_doc("询问笔录")
            f.title("询 问 笔 录", 20)
            f.left(f"时间：{d_std(d['inquiry'])}9时10分至11时45分　　地点：南通市交通运输局港航执法办公室（三楼）")
            f.left(f"询问人：{O1}　执法证号：{C1}　　记录人：{O2}　执法证号：{C2}")
            f.left(f"被询问人：{AGENT}　性别：男　身份证号码：{AGENT_ID}")
            f.left(f"工作单位及职务：{PARTY}作业部经理　联系电话：139****6217")
            f.left(f"与本案关系：当事人委托的受托人")
            f.gap(2)
        else:
            f.new_page()
            f.docs[-1][2] = len(f.pages) - 1
        for who, s in qa:
            if who:
                f.para(f"{who}：{s}", indent=0)
            else:
                f.center(s)
        # signatures at the foot of every page
        f.y = f.h - f.mb - 16
        f.runs([("被询问人签名：", "body"), (AGENT, "hw"), (f"　　询问人签名：", "body"), (O1, "hw"),
                ("　记录人签名：", "body"), (O2, "hw")], size=10.5)
        f.page.text(f.w - f.mr - 30, f.mt - 8, 10, f"第{pi + 1}页　共10页", "body")
    f.end_doc()

    # ---------------- 5 证据：申报查询记录 + 作业记录
    f.start_doc("证据材料")
    f.title("港口危险货物管理信息系统作业申报查询记录", 14)
    f.left(f"查询单位：{PARTY}　查询区间：2022-07-01至2022-07-15　查询时间：2022-07-15 10:12", size=10)
    rows = [["申报编号", "船名", "货名", "数量", "作业时间", "状态"]]
    for r in [("NT2207030211", "苏通航316", "甲醇", "32.0吨", "07-03 08:00", "同意"),
              ("NT2207070158", "江海顺12", "醋酸乙酯", "18.6吨", "07-07 13:30", "同意"),
              ("NT2207110094", "苏通航698", "乙醇", "40.0吨", "07-11 09:00", "同意"),
              ("NT2207130177", "海港运8", "甲醇", "27.5吨", "07-13 14:00", "同意")]:
        rows.append(list(r))
    rows.append([Cl("2022年7月14日无申报记录", span=6, align="center")])
    f.table(rows, [30, 24, 18, 16, 26, 12], size=10, min_h=8)
    f.runs([("当事人确认：以上查询结果属实。", "body"), (AGENT, "hw"), ("　2022.7.15", "hw")], size=10.5)
    f.new_page()
    f.docs[-1][2] = len(f.pages) - 1
    f.title("3号泊位装卸作业记录（复印件）", 14)
    f.table([["日期", "船名", "货名/包装", "件数", "重量", "开工", "完工", "理货员"],
             ["7月14日", "苏通航698", "乙醇/铁桶", "216", "43.2吨", "15:20", "18:40", "张鹏"],
             ["备注", Cl("17:05一桶密封圈松动泄漏约15L，已围堵吸附回收，19:00报港区值班室。", span=7)]],
            [16, 20, 18, 10, 14, 12, 12, 14], size=9.5, min_h=8)
    f.runs([("此复印件与原件核对无误。提供人：", "body"), (AGENT, "hw"), ("　2022年7月19日", "body")], size=10.5)
    f.end_doc()

    # ---------------- 6 调查终结报告
    f.start_doc("案件调查终结报告")
    f.title("案件调查终结报告", 20)
    f.para(f"一、当事人基本情况：{PARTY}，统一社会信用代码{CODE}，住所{ADDR}，法定代表人{LEGAL}。", indent=0)
    f.para(f"二、案件来源及调查经过：{d_std(d['inspect'])}，执法人员在狼山港区危险货物港口作业专项检查中发现本案线索，当日经批准立案。"
           f"执法人员制作了现场检查笔录，于{d_std(d['inquiry'])}对当事人受托人{AGENT}进行了询问，调取了港口危险货物管理信息系统申报查询记录、装卸作业记录、理货单等证据。", indent=0)
    f.para("三、违法事实：当事人于2022年7月14日15时20分至18时40分，在狼山港区3号泊位为“苏通航698”轮卸载桶装乙醇216桶，计43.2吨，作业前未按规定将危险货物的名称、特性、包装和作业的时间、地点报告港口行政管理部门并经同意。", indent=0)
    f.para("四、证据：1.现场检查笔录；2.现场照片；3.询问笔录；4.申报查询记录；5.装卸作业记录、理货单；6.营业执照、港口经营许可证复印件；7.授权委托书。", indent=0)
    f.para("五、定性及依据：当事人的行为违反了《中华人民共和国港口法》第三十五条的规定，依据《中华人民共和国港口法》第五十四条的规定，应予处罚。", indent=0)
    f.para("六、裁量意见：当事人系首次违法，调查中能如实陈述并提供证据，已整改；违法作业货物数量43.2吨，依照《江苏省交通运输行政处罚裁量基准》，属一般违法情形，在五千元以上五万元以下的幅度内建议处罚款二万五千元。", indent=0)
    f.para("七、处理建议：责令当事人改正违法行为，并处罚款人民币贰万伍仟元。", indent=0)
    f.gap(4)
    f.runs([("承办人：", "body"), (f"{O1}　{O2}", "hw")], align="right")
    f.right(d_std(d["report"]))
    f.end_doc()

    # ---------------- 7 法制审核意见书
    f.start_doc("法制审核意见书")
    f.title("法制审核意见书", 20)
    f.table([["案件名称", f"{PARTY}未经报告并同意在港口内进行危险货物装卸作业案"],
             ["送审机构", "港航大队"],
             ["审核意见", "经审核，本案执法主体合法，事实清楚，证据确凿，定性准确，适用法律正确，程序合法，处罚建议在法定幅度内。同意承办机构处理意见，"
                          "建议按程序送达行政处罚事先告知书，并告知当事人陈述、申辩和要求听证的权利。"],
             ["审核人", f"周蓓（法律职业资格证书编号A20133206011234）\n{d_std(d['review'])}"],
             ["法制机构负责人", f"陈凯　　{d_std(d['review'])}"]], [30, 114], size=11, min_h=12)
    f.end_doc()

    # ---------------- 8 事先告知书
    f.start_doc("行政处罚事先告知书")
    f.title("南通市交通运输局", 18, after=1)
    f.title("行政处罚事先告知书", 20, after=2)
    f.right(NO_NOTICE, pad=0)
    f.left(f"{PARTY}：")
    f.para("经调查，你单位于2022年7月14日15时20分至18时40分，在狼山港区3号泊位为“苏通航698”轮卸载桶装乙醇216桶，共计43.2吨，"
           "作业前未将危险货物的名称、特性、包装和作业的时间、地点报告港口行政管理部门并经其同意。以上事实有现场检查笔录、询问笔录、现场照片、申报查询记录、装卸作业记录等证据证实。")
    f.para("你单位的上述行为违反了《中华人民共和国港口法》第三十五条的规定。依据《中华人民共和国港口法》第五十四条的规定，本机关拟对你单位作出如下行政处罚：罚款人民币贰万伍仟元。")
    f.para("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位可在收到本告知书之日起五个工作日内向本机关提出陈述、申辩；"
           "你单位有权要求举行听证，要求听证的，应当在收到本告知书之日起五个工作日内向本机关提出。逾期不提出的，视为放弃上述权利。")
    f.para("联系人：沈晓明　　联系电话：0513-8551****　　地址：南通市崇川区工农南路150号")
    f.gap(10)
    f.right(AG)
    f.seal(AG, dy=-9, seed=11)
    f.right(d_std(d["notice"]))
    f.end_doc()

    # ---------------- 9 送达回证 (告知书)
    f.start_doc("送达回证")
    f.title("送 达 回 证", 20)
    f.table([["送达文书名称及文号", f"行政处罚事先告知书（{NO_NOTICE}）"],
             ["受送达人", PARTY],
             ["送达地点", ADDR],
             ["送达方式", "直接送达"],
             ["受送达人签名或盖章", Cl(f"{AGENT}（受托人）　{d_std(d['notice_served'])}", font="hw")],
             ["送达人", Cl(f"{O1}　{O2}", font="hw")],
             ["备注", ""]], [44, 100], size=11.5, min_h=14)
    f.end_doc()

    # ---------------- 10 集体讨论记录
    f.start_doc("案件集体讨论记录")
    f.title("案件集体讨论记录", 20)
    f.left(f"时间：{d_std(d['discuss'])}9时00分　地点：局三楼会议室")
    f.left("主持人：王立群（副局长）　记录人：周蓓")
    f.left("参加人员：王立群、刘建华、陈凯、张永胜、沈晓明（汇报）")
    f.left(f"讨论案件：{PARTY}未经报告并同意在港口内进行危险货物装卸作业案")
    f.para("承办人沈晓明汇报案件事实、证据及处罚建议。当事人在规定期限内未提出陈述、申辩，亦未要求听证。")
    f.para("刘建华：事实清楚，证据充分，同意罚款二万五千元。陈凯：程序合法，同意。张永胜：同意。")
    f.para("结论：同意对当事人罚款人民币贰万伍仟元。")
    f.runs([("参加人员签名：", "body"), ("王立群 刘建华 陈凯 张永胜", "hw")])
    f.end_doc()

    # ---------------- 11 决定审批表
    f.start_doc("行政处罚决定审批表")
    f.title("行政处罚决定审批表", 20)
    f.table([["当事人", PARTY],
             ["违法事实", "2022年7月14日未经报告并同意在狼山港区3号泊位卸载桶装乙醇216桶（43.2吨）。"],
             ["处罚依据", "《中华人民共和国港口法》第三十五条、第五十四条"],
             ["处罚内容", "罚款人民币贰万伍仟元"],
             ["承办人意见", f"建议作出行政处罚决定。　{O1}　{O2}　{d_std(d['decision'])}"],
             ["负责人审批", f"同意。　王立群　{d_std(d['decision'])}"]], [30, 114], size=11, min_h=12)
    f.end_doc()

    # ---------------- 12 决定书 (two pages; date on page 2)
    f.start_doc("行政处罚决定书")
    f.title("南通市交通运输局", 18, after=1)
    f.title("行政处罚决定书", 20, after=2)
    f.right(NO_DEC, pad=0)
    f.left(f"当事人：{PARTY}")
    f.left(f"统一社会信用代码：{CODE}")
    f.left(f"住所：{ADDR}　　法定代表人：{LEGAL}")
    f.para(f"{d_std(d['inspect'])}，本机关执法人员在狼山港区危险货物港口作业专项检查中发现你单位涉嫌未经报告并同意进行危险货物装卸作业，当日立案调查。")
    f.para("经查明：你单位于2022年7月14日15时20分至18时40分，在南通港狼山港区3号泊位为“苏通航698”轮卸载桶装乙醇（UN1170，第3类易燃液体）216桶，共计43.2吨，"
           "作业前未将危险货物的名称、特性、包装和作业的时间、地点报告港口行政管理部门并经其同意。")
    f.para("上述事实有以下证据证明：1.现场检查笔录及现场照片；2.对你单位受托人陆海东的询问笔录；3.港口危险货物管理信息系统作业申报查询记录；4.3号泊位装卸作业记录、理货单；5.营业执照、港口经营许可证复印件及授权委托书。")
    f.para(f"本机关于{d_std(d['notice'])}向你单位送达了《行政处罚事先告知书》（{NO_NOTICE}），告知了拟作出行政处罚的事实、理由、依据以及你单位享有的陈述、申辩和要求听证的权利。你单位未提出陈述、申辩，亦未要求听证。")
    f.para("本机关认为，你单位的上述行为违反了《中华人民共和国港口法》第三十五条的规定。综合考虑违法作业的货物数量、持续时间等情节，依照《江苏省交通运输行政处罚裁量基准》，属一般违法情形。"
           "依据《中华人民共和国港口法》第五十四条的规定，本机关责令你单位改正违法行为，并决定给予如下行政处罚：")
    f.para("罚款人民币贰万伍仟元整（¥25,000.00）。")
    f.para("你单位应当自收到本决定书之日起十五日内，持本决定书到江苏银行南通分行各营业网点或通过江苏省非税收入电子缴款系统缴纳罚款。"
           "逾期不缴纳的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额，并依法申请人民法院强制执行。")
    f.para("如不服本决定，可以在收到本决定书之日起六十日内向南通市人民政府或者江苏省交通运输厅申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行。")
    f.new_page()
    f.docs[-1][2] = len(f.pages) - 1
    f.left("（此页无正文）", size=10.5)
    f.gap(40)
    f.right(AG)
    f.seal(AG, dy=-9, seed=12)
    f.right(d_std(d["decision"]))
    f.gap(60)
    f.left("抄送：南通市交通运输综合行政执法支队", size=10)
    f.end_doc()

    # ---------------- 13 送达回证 (决定书)
    f.start_doc("送达回证")
    f.title("送 达 回 证", 20)
    f.table([["送达文书名称及文号", f"行政处罚决定书（{NO_DEC}）"],
             ["受送达人", PARTY],
             ["送达地点", ADDR],
             ["送达方式", "直接送达"],
             ["受送达人签名或盖章", Cl(f"{AGENT}（受托人）　{d_std(d['served'])}", font="hw")],
             ["送达人", Cl(f"{O1}　{O2}", font="hw")],
             ["备注", ""]], [44, 100], size=11.5, min_h=14)
    f.end_doc()

    # ---------------- 14 缴款凭证
    f.start_doc("罚没款缴款凭证")
    f.title("江苏省非税收入一般缴款书（电子）", 14)
    f.left(f"缴款码：3206002210{2048731:07d}　　填制日期：2022-10-20", size=10)
    f.table([["缴款人全称", PARTY, "执收单位", AG],
             ["项目名称", "交通运输罚没收入", "金额（元）", "25,000.00"],
             ["金额（大写）", Cl("贰万伍仟元整", span=3)],
             ["收款银行", "江苏银行南通分行营业部", "缴款日期", "2022-10-20"]], [22, 46, 20, 46], size=10, min_h=9)
    f.end_doc()

    # ---------------- 15 结案审批表
    f.start_doc("结案审批表")
    f.title("结 案 审 批 表", 20)
    f.table([["案由", "未经报告并同意在港口内进行危险货物装卸作业"],
             ["当事人", PARTY],
             ["处罚决定", f"{NO_DEC}：罚款人民币贰万伍仟元"],
             ["执行情况", "当事人已于2022年10月20日缴纳罚款25000元，违法行为已改正。"],
             ["承办人意见", f"建议结案。　{O1}　{O2}　{d_std(d['closing'])}"],
             ["负责人审批", f"同意结案。　王立群　{d_std(d['closing'])}"]], [30, 114], size=11, min_h=12)
    f.end_doc()

    # ---------------- 备考表
    f.start_doc("备考表", numbered=False)
    f.title("卷 内 备 考 表", 20)
    f.para("本卷情况说明：本卷共有文件材料15件，页数以卷内页号为准。现场执法记录仪视频资料1份另行存储于执法音像资料库（编号DSJ-0631-20220715）。", indent=2)
    f.gap(10)
    f.right("立卷人：钱宇航")
    f.right("检查人：周蓓")
    f.right("立卷时间：2022年11月3日")
    f.end_doc()

    def footer(fl, p):
        if p.number is not None:
            p.text(fl.w - fl.mr - 4, fl.h - 12, 10.5, str(p.number), "body")

    f.footer = footer
    f.finish()
    return f


def build(out_dir):
    d = DATES
    f0 = make_flow()
    body = [x for x in f0.docs if x[0] not in ("封面", "卷内目录", "备考表")]
    actual = [(f0.pages[a].number, f0.pages[b].number) for _, a, b in body]
    listed = []
    for k, (a, b) in enumerate(actual):
        if k < 3:
            listed.append((a, b))
        elif k == 3:
            listed.append((a, b - 2))
        else:
            listed.append((a - 2, b - 2))
    ranges = [f"{a}-{b}" if a != b else f"{a}" for a, b in listed] + [str(actual[-1][1] - 2)]
    f = make_flow(ranges)
    pgs = f.pages

    fonts = dict(rl_fonts("ttf"), body="RL-title")
    path = f"{out_dir}/{CASE}.pdf"
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle("南通市交通运输局行政处罚案卷 通交港罚〔2022〕183号")
    c.setAuthor("南通市交通运输局")
    c.setCreator("档案扫描打印系统 2-up")
    s = 0.70
    for i in range(0, len(pgs), 2):
        for j, pg in enumerate(pgs[i:i + 2]):
            ox = 1.5 + j * 147.5
            rl_draw_page(c, pg, fonts, ox=ox, oy=1.0, scale=s, sheet_h=210.0)
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.setLineWidth(0.3)
        c.line(W / 2, 10, W / 2, H - 10)
        c.showPage()
    c.save()

    numbered = [p for p in pgs if p.number is not None]
    meta = {
        "sheets": (len(pgs) + 1) // 2, "logical_pages": len(pgs), "numbered_pages": len(numbered),
        "inquiry_pages": [p.number for p in pgs if p.doc == "询问笔录"],
        "actual_ranges": actual, "listed_ranges": listed,
        "decision_pages": [p.number for p in pgs if p.doc == "行政处罚决定书"],
    }
    label = {
        "case_id": CASE,
        "codes": ["PROC-05", "ARCH-01", "DISC-03"],
        "encoding": None,
        "notes": (
            "PROC-05: 事先告知书 served 2022-09-29 gives five WORKING days for 陈述申辩/听证 (ends 2022-10-11 because 10-01..10-07 are "
            "holidays and 10-08/10-09 are 调休 workdays); the 决定书 is dated 2022-10-10 on its continuation page "
            f"(卷内页号 {meta['decision_pages'][-1]}, the page holding only the 落款) and the 集体讨论记录 of the same morning records "
            "'no 陈述申辩' - decided one working day before the period ended, no waiver. "
            f"ARCH-01: the 卷内目录 lists the 询问笔录 as pp.{listed[3][0]}-{listed[3][1]} and shifts every later entry back by two; "
            f"the 询问笔录 actually runs 10 pages (pp.{actual[3][0]}-{actual[3][1]}), the 决定书 is pp.{actual[12][0]}-{actual[12][1]} "
            f"not {listed[12][0]}-{listed[12][1]}, and the volume has {actual[-1][1]} numbered pages, not the {actual[-1][1] - 2} stated. "
            f"DISC-03: page 6 of the 10-page 询问笔录 (卷内页号 {meta['inquiry_pages'][5]}) records that the party itself stopped the "
            "leak at 17:05, contained and recovered the ethanol, reported it and handed the waste to a licensed firm (主动消除/减轻 "
            "危害后果, 行政处罚法第三十二条第（一）项); the report and the 决定书 treat the case as '一般' (25,000 in the 5,000-50,000 "
            "range) and neither mitigate nor say why not. Lawful features: 2-up print with two page numbers per sheet; 立案 on the "
            "day of the inspection that found the clue; 法制审核 and 集体讨论 dated before/at the decision; service 2022-10-12 is 2 "
            "working days after the decision; 复议 to 市政府 or 省交通运输厅 is correct for a 2022 decision."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": CODE, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"], "decision_served": d["served"]},
            "citations": [
                {"law": "《中华人民共和国港口法》", "article": 35, "paragraph": None, "item": None, "role": "violated"},
                {"law": "《中华人民共和国港口法》", "article": 54, "paragraph": None, "item": None, "role": "penalty"}]},
    }
    check = {"file": f"{CASE}.pdf", "kind": "pdf_text", "pages": meta["sheets"], "meta": meta,
             "must_contain": [PARTY, CODE, NO_DEC, NO_NOTICE, "2022年10月10日", "2022年9月28日", "贰万伍仟元",
                              "第三十五条", "第五十四条", "五个工作日", "17时05分"],
             "day_checks": [("wd_end", d["notice_served"], 5, "2022-10-11"), ("before", d["decision"], "2022-10-11")]}
    return label, check
