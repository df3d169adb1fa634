"""Case h71-03: 生态环境, 广东东莞 2024, one image-only (scanned, greyscale) PDF."""
import os

from common import fmt_date, id_number, rmb_upper, uscc
from layout import W, Writer, assign_numbers, doc_ranges
from render import add_page_numbers, images_to_pdf, rasterize, scan_effect

CASE = "h71-03"
AG = "东莞市生态环境局"
PARTY = "东莞市祥邦木业家具有限公司"
CODE = uscc("9", "1", "441900", "MA4WK8T2")
ADDR = "广东省东莞市厚街镇双岗社区银河北路12号"
LEGAL = "邓志华"
AGENT = "钟伟文"
AGENT_ID = id_number("441900", "19810922", "357")
O1, C1 = "黎俊杰", "44190320032"
O2, C2 = "陈嘉欣", "44190320057"
FINE = 200000
NO_ZG = "东环责改〔2024〕83号"
NO_GAO = "东环罚告〔2024〕156号"
NO_JUE = "东环罚〔2024〕156号"
DATES = dict(check="2024-04-09", filing="2024-04-12", order="2024-04-12", ask="2024-04-16",
             report="2024-05-20", review="2024-05-23", discuss="2024-05-27", notice="2024-05-30",
             notice_served="2024-05-31", plea="2024-06-04", recheck="2024-06-11", decision="2024-06-18",
             decision_served="2024-06-20", payment="2024-07-03", closing="2024-07-10")
d = lambda s: fmt_date(s, "std")
h = lambda s: fmt_date(s, "dot")


def head(w, title, no=None):
    w.line(AG, "center", font="song", size=14)
    w.title(title, 18, font="hei", after=4)
    if no:
        w.line(no, "center", size=11)
    w.space(4)


def body(w):
    w.new_page(True, tag="环境违法行为立案审批表")
    head(w, "环境违法行为立案审批表", "东环立〔2024〕0412-07号")
    S = 0.2
    w.table([
        ([S, 1 - S], ["案件来源", "日常监督检查（厚街镇VOCs专项检查）"]),
        ([S, 0.35, 0.17, 1 - S - 0.52], ["当事人", PARTY, "法定代表人", LEGAL]),
        ([S, 1 - S], ["统一社会信用代码", CODE]),
        ([S, 1 - S], ["地址", ADDR]),
        ([S, 1 - S], ["案由", "产生含挥发性有机物废气的生产活动未按照规定使用污染防治设施"]),
        ([S, 1 - S], ["案情简介", (
            "2024年4月9日，我局执法人员对当事人进行现场检查，发现其喷漆车间1号、2号水帘喷漆柜正在进行家具面漆喷涂作业，"
            "配套的“水喷淋+活性炭吸附”废气处理设施风机未开启，喷漆废气未经处理经车间排气扇直排外环境；调漆作业在车间过道敞开进行。"
            "涉嫌违反《中华人民共和国大气污染防治法》第四十五条的规定。")]),
        ([S, 1 - S], ["承办人意见", {"text": f"建议立案查处。\n承办人：", "h": 48}]),
        ([S, 1 - S], ["承办机构意见", {"text": "同意立案。\n厚街分局负责人：", "h": 44}]),
        ([S, 1 - S], ["负责人审批", {"text": "同意。\n", "h": 44}]),
    ], size=10.5)
    # handwritten signatures in the form
    pg = w.page
    ys = [op[2] for op in pg.ops if op[0] == "T" and op[3].startswith("承办人：")]
    w.op_text(W - 300, ys[0], f"{O1}  {O2}   {h(DATES['filing'])}", hand=True, size=12)
    ys = [op[2] for op in pg.ops if op[0] == "T" and op[3].startswith("厚街分局负责人")]
    w.op_text(W - 300, ys[0], f"叶国良   {h(DATES['filing'])}", hand=True, size=12)
    ys = [op[2] for op in pg.ops if op[0] == "T" and op[3] == "同意。"]
    w.op_text(W - 300, ys[-1] + 17, f"梁志坚   {h(DATES['filing'])}", hand=True, size=12)

    w.new_page(True, tag="现场检查（勘察）笔录")
    head(w, "现场检查（勘察）笔录")
    w.kv("检查时间：", "2024年4月9日10时20分至11时35分")
    w.kv("检查地点：", f"{PARTY}喷漆车间、调漆区、废气处理设施")
    w.kv("被检查单位：", f"{PARTY}    法定代表人：{LEGAL}")
    w.kv("现场负责人：", f"{AGENT}（厂长）  身份证号码：{AGENT_ID}")
    w.kv("检查人：", f"{O1}（执法证号：{C1}）  {O2}（执法证号：{C2}）")
    w.kv("记录人：", O2)
    w.para(f"执法人员向现场负责人出示执法证件，表明身份，告知其有申请检查人员回避的权利，现场负责人表示不申请回避，同意配合检查。")
    w.para("现场情况：该公司主要从事实木家具生产，设开料、打磨、喷漆、组装工序。检查时喷漆车间1号、2号水帘喷漆柜均有工人在进行"
           "面漆喷涂作业（使用聚氨酯面漆、稀释剂），车间内有明显有机溶剂气味。两喷漆柜废气经集气管道接入楼顶“水喷淋+活性炭吸附”"
           "处理设施，该设施风机控制柜显示“停止”，风机未运转，喷漆废气经车间墙面2台排气扇直接排出室外。调漆作业在车间过道敞开"
           "进行，调漆桶未加盖。现场负责人称风机因噪声大、耗电多，近期只在白天检查时开启。活性炭箱内活性炭已板结，现场未见更换记录。")
    w.para("执法人员对现场进行了拍照、录像（执法记录仪编号DGHB-0317），调取了废气处理设施运行台账（最后一次记录为2024年2月26日）。")
    w.para("（以下空白）", indent=0)
    w.space(10)
    w.mixed([("被检查单位现场负责人签名：", False), (f"以上情况属实  {AGENT}  {h(DATES['check'])}", True)], indent=0)
    w.mixed([("检查人签名：", False), (f"{O1}  {O2}", True), ("     记录人签名：", False), (O2, True)], indent=0)

    # photos: 3 pages (the 卷内目录 was made when there were 2)
    caps = [("喷漆车间1号、2号水帘喷漆柜正在作业", "10:26"), ("楼顶废气处理设施风机控制柜显示“停止”", "10:41"),
            ("车间墙面排气扇直排", "10:44"), ("调漆作业在过道敞开进行、调漆桶未加盖", "10:52"),
            ("活性炭箱内活性炭板结", "11:03"), ("废气处理设施运行台账最后记录为2月26日", "11:15")]
    for pi in range(3):
        w.new_page(True, tag="现场照片" if pi == 0 else None)
        head(w, "现场照片")
        for cap, tm in caps[pi * 2:pi * 2 + 2]:
            y0 = w.y
            w.op_rect(w.ml + 40, y0, 300, 190, 0.8)
            for k in range(4):
                yy = y0 + 30 + k * 40
                w.op_line(w.ml + 60, yy, w.ml + 320, yy + 12, 2.0, (120, 120, 120))
            w.y = y0 + 200
            w.para(f"证明内容：{cap}。拍摄时间：2024年4月9日{tm}；拍摄地点：{PARTY}；拍摄人：{O1}。", indent=0, size=10)
            w.space(8)
        if pi == 2:
            w.mixed([("当事人确认：", False), (f"{AGENT} {h(DATES['check'])}", True)], indent=0)

    w.new_page(True, tag="责令改正违法行为决定书")
    head(w, "责令改正违法行为决定书", NO_ZG)
    w.para(f"{PARTY}：", indent=0)
    w.para(f"统一社会信用代码：{CODE}    地址：{ADDR}", indent=0)
    w.para("我局于2024年4月9日对你单位进行了调查，发现你单位实施了以下环境违法行为：喷漆车间1号、2号水帘喷漆柜进行喷涂作业时，"
           "配套的废气处理设施风机未开启，含挥发性有机物废气未经处理直接排放；调漆作业未在密闭空间或者设备中进行。")
    w.para("以上事实，有现场检查（勘察）笔录、现场照片、执法记录仪视频等证据为凭。")
    w.para("你单位上述行为违反了《中华人民共和国大气污染防治法》第四十五条的规定。依据《中华人民共和国大气污染防治法》"
           "第一百零八条第（一）项和《中华人民共和国行政处罚法》第二十八条第一款的规定，现责令你单位立即改正上述环境违法行为，"
           "在喷涂作业时正常使用废气污染防治设施，并于2024年4月30日前将调漆作业移入密闭调漆间。")
    w.para("如不服本决定，可在收到本决定书之日起六十日内向东莞市人民政府申请行政复议，也可以在六个月内依法提起行政诉讼。")
    w.space(14)
    w.line(AG, "right")
    w.line(d(DATES["order"]), "right")
    w.seal(W - 145, w.y - 24, AG)
    w.space(10)
    w.mixed([("签收人：", False), (f"{LEGAL}（法定代表人）  {h(DATES['order'])}", True), ("   （直接送达）送达人：", False), (f"{O1} {O2}", True)], indent=0)

    w.new_page(True, tag="调查询问笔录")
    head(w, "调查询问笔录")
    w.kv("时间：", "2024年4月16日14时30分至15时25分")
    w.kv("地点：", "东莞市生态环境局厚街分局询问室")
    w.kv("被询问人：", f"{AGENT}  性别：男  年龄：42岁  身份证号码：{AGENT_ID}")
    w.kv("工作单位：", f"{PARTY}  职务：厂长  电话：13729981046")
    w.kv("与本案关系：", "当事人委托代理人（持授权委托书）")
    w.kv("询问人：", f"{O1}（执法证号：{C1}）")
    w.kv("记录人：", f"{O2}（执法证号：{C2}）")
    qa = [
        ("我们是东莞市生态环境局的执法人员，这是我们的执法证件，请过目。", "看过了。"),
        ("你有申请回避的权利，如认为我们与本案有利害关系，可以申请我们回避。你是否申请回避？", "不申请。"),
        ("请介绍你公司基本情况。", "公司2016年成立，做实木家具，员工60多人，有环评批复，喷漆工序配套水喷淋加活性炭吸附处理设施。"),
        ("4月9日检查时，废气处理设施风机为什么没有开？", "风机噪声大，电费也高，工人为了省事平时没开，只在有人来检查时开。这是我们管理不到位。"),
        ("这种情况持续多长时间？", "大概从今年3月开始，具体记不清了。台账2月26日以后没有记。"),
        ("调漆为什么在过道进行？", "原来的调漆间堆放了油漆桶，工人就在过道调漆。"),
        ("目前整改情况如何？", "4月10日起喷漆时风机一直开，新换了活性炭，调漆间已清理出来，月底前完成密闭。"),
        ("你还有什么补充？", "没有了。"),
    ]
    for q, a in qa:
        w.para("问：" + q, indent=0)
        w.para("答：" + a, indent=0)
    w.space(6)
    w.mixed([("被询问人：", False), (f"以上笔录我看过，和我说的一样。{AGENT} {h(DATES['ask'])}", True)], indent=0)
    w.mixed([("询问人：", False), (O1, True), ("      记录人：", False), (O2, True)], indent=0)

    w.new_page(True, tag="授权委托书及主体资格证明")
    head(w, "授权委托书")
    w.para(f"委托人：{PARTY}（法定代表人：{LEGAL}）", indent=0)
    w.para(f"受托人：{AGENT}，身份证号码：{AGENT_ID}，职务：厂长", indent=0)
    w.para(f"现委托{AGENT}代表我公司处理东莞市生态环境局对我公司VOCs废气处理设施未使用一案的调查、陈述申辩、签收法律文书等事宜。"
           "委托期限：自2024年4月15日至本案结案之日止。")
    w.space(8)
    w.mixed([("委托人（盖章）：", False), (PARTY, True), ("   法定代表人签名：", False), (LEGAL, True)], indent=0)
    w.mixed([("受托人签名：", False), (f"{AGENT}    2024.4.15", True)], indent=0)
    w.seal(W - 210, w.y - 30, PARTY, r=40)
    w.space(20)
    w.line("营业执照（副本）复印件", "center", font="hei", size=12)
    w.op_rect(w.ml + 40, w.y + 4, 360, 180, 0.8)
    w.y += 10
    for ln in [f"名    称：{PARTY}", f"统一社会信用代码：{CODE}", "类    型：有限责任公司（自然人投资或控股）",
               f"法定代表人：{LEGAL}", "成立日期：2016年08月23日", f"住    所：{ADDR}"]:
        w.line(ln, x=w.ml + 55, size=10.5)
    w.y += 40
    w.mixed([("与原件核对无误  ", False), (f"{AGENT} 2024.4.16", True)], indent=0)

    w.new_page(True, tag="案件调查报告")
    head(w, "案件调查报告")
    w.kv("案由：", "产生含挥发性有机物废气的生产活动未按照规定使用污染防治设施")
    w.kv("当事人：", f"{PARTY}（统一社会信用代码：{CODE}）")
    w.para("一、调查经过", indent=0, font="hei")
    w.para("2024年4月9日，我局执法人员在厚街镇VOCs专项检查中发现当事人涉嫌违法，4月12日经批准立案，同日送达责令改正违法行为决定书，"
           "4月16日对当事人委托代理人进行调查询问。")
    w.para("二、违法事实", indent=0, font="hei")
    w.para("当事人从事实木家具生产，喷漆工序产生含挥发性有机物废气。2024年4月9日检查时，当事人喷漆车间1号、2号水帘喷漆柜正在进行"
           "喷涂作业，配套的“水喷淋+活性炭吸附”废气处理设施风机未开启，含挥发性有机物废气未经处理经排气扇直接排放；调漆作业在车间"
           "过道敞开进行。")
    w.para("三、证据", indent=0, font="hei")
    w.para("1.现场检查（勘察）笔录；2.现场照片6张及执法记录仪视频；3.调查询问笔录；4.营业执照复印件、授权委托书；5.废气处理设施运行台账复印件。")
    w.para("四、法律依据", indent=0, font="hei")
    w.para("当事人的行为违反了《中华人民共和国大气污染防治法》第四十五条的规定。依据《中华人民共和国大气污染防治法》第一百零八条"
           "第（一）项的规定，应当责令改正，处二万元以上二十万元以下的罚款。")
    w.para("五、处理意见", indent=0, font="hei")
    w.para(f"建议对当事人处以罚款人民币{rmb_upper(FINE)}（¥200,000.00）。")
    w.space(8)
    w.mixed([("承办人：", False), (f"{O1}  {O2}", True), ("        ", False), (h(DATES["report"]), True)], indent=0)

    w.new_page(True, tag="法制审核意见")
    head(w, "行政处罚案件法制审核意见", "东环法审〔2024〕118号")
    S = 0.2
    w.table([
        ([S, 1 - S], ["案件名称", f"{PARTY}未按照规定使用VOCs污染防治设施案"]),
        ([S, 1 - S], ["承办机构", "东莞市生态环境局厚街分局"]),
        ([S, 1 - S], ["拟处理意见", "罚款人民币200000元"]),
        ([S, 1 - S], ["审核意见", {"text": ("经审核，执法主体适格，执法人员具备执法资格；违法事实清楚，证据确实充分；定性准确，适用法律正确；"
                                         "程序合法；处罚在法定幅度内。同意承办机构意见，按程序告知当事人陈述、申辩和听证权利。"), "h": 110}]),
        ([S, 1 - S], ["审核人", {"text": "", "h": 40}]),
        ([S, 1 - S], ["法制机构负责人", {"text": "", "h": 40}]),
    ], size=10.5)
    pg = w.page
    yy = [op[2] for op in pg.ops if op[0] == "T" and op[3] == "审核人"][0]
    w.op_text(w.ml + 150, yy, f"何碧云（法律职业资格证书A20144419031522）  {h(DATES['review'])}", hand=True, size=11)
    yy = [op[2] for op in pg.ops if op[0] == "T" and op[3] == "法制机构负责人"][0]
    w.op_text(w.ml + 150, yy, f"同意 罗少华 {h(DATES['review'])}", hand=True, size=12)

    w.new_page(True, tag="重大案件集体讨论笔录")
    head(w, "重大案件集体讨论笔录")
    w.kv("时间：", "2024年5月27日9时30分至10时05分")
    w.kv("地点：", "东莞市生态环境局5楼会议室")
    w.kv("主持人：", "梁志坚（副局长）")
    w.kv("出席人员：", "梁志坚、温振宇、罗少华、叶国良、何碧云")
    w.kv("记录人：", "莫晓琳")
    w.kv("案件：", f"{PARTY}未按照规定使用VOCs污染防治设施案")
    w.para("承办人黎俊杰汇报案情（略，见案件调查报告）。", indent=0)
    w.para("讨论：", indent=0)
    w.para("温振宇：事实清楚，证据充分，同意承办人意见。", indent=2)
    w.para("罗少华：法制审核已通过，同意。", indent=2)
    w.para("叶国良：同意。", indent=2)
    w.para("何碧云：同意。", indent=2)
    w.para("梁志坚：同意对当事人罚款二十万元，按程序告知。", indent=2)
    w.para("讨论结论：对当事人处以罚款人民币200000元。", indent=0)
    w.space(8)
    w.mixed([("出席人员签名：", False), ("梁志坚 温振宇 罗少华 叶国良 何碧云", True)], indent=0)
    w.mixed([("记录人签名：", False), ("莫晓琳", True)], indent=0)

    w.new_page(True, tag="行政处罚事先（听证）告知书")
    head(w, "行政处罚事先（听证）告知书", NO_GAO)
    w.para(f"{PARTY}：", indent=0)
    w.para("经查，你单位从事实木家具生产，喷漆工序产生含挥发性有机物废气。2024年4月9日，我局执法人员现场检查发现，你单位喷漆车间"
           "1号、2号水帘喷漆柜进行喷涂作业时，配套废气处理设施风机未开启，废气未经处理直接排放，调漆作业在车间过道敞开进行。")
    w.para("以上事实有现场检查（勘察）笔录、现场照片、执法记录仪视频、调查询问笔录等证据为证。")
    w.para("你单位的上述行为违反了《中华人民共和国大气污染防治法》第四十五条的规定。依据《中华人民共和国大气污染防治法》第一百零八条"
           f"第（一）项的规定，我局拟对你单位作出罚款人民币{rmb_upper(FINE)}的行政处罚。")
    w.para("你单位如对上述拟作出的行政处罚有异议，可以在收到本告知书之日起五个工作日内向我局提出书面陈述、申辩意见，或者要求举行听证；"
           "逾期未提出的，视为放弃陈述、申辩和听证的权利。")
    w.para("联系人：黎俊杰  电话：0769-85581237  地址：东莞市厚街镇康乐南路36号", indent=0, size=10.5)
    w.space(14)
    w.line(AG, "right")
    w.line(d(DATES["notice"]), "right")
    w.seal(W - 145, w.y - 24, AG)

    def receipt(tag, docname, no, date, who=AGENT):
        w.new_page(True, tag=tag)
        head(w, "送 达 回 证")
        S = 0.24
        w.table([
            ([S, 1 - S], ["送达文书", f"{docname}（{no}）"]),
            ([S, 1 - S], ["受送达人", PARTY]),
            ([S, 1 - S], ["送达地点", ADDR]),
            ([S, 1 - S], ["送达方式", "直接送达"]),
            ([S, 1 - S], ["受送达人签收", {"text": f"{who}（委托代理人）\n{h(date)}", "hand": True, "h": 70}]),
            ([S, 1 - S], ["送达人", {"text": f"{O1}  {O2}", "hand": True, "h": 36}]),
            ([S, 1 - S], ["备注", "受送达人委托代理人持授权委托书签收。"]),
        ], size=11)
        w.space(14)
        w.line(AG, "right")
        w.seal(W - 140, w.y - 16, AG)

    receipt("送达回证（事先告知书）", "行政处罚事先（听证）告知书", NO_GAO, DATES["notice_served"])

    w.new_page(True, tag="陈述申辩书")
    w.title("陈述申辩书", 17)
    w.para("东莞市生态环境局：", indent=0, hand=True)
    w.para(f"我公司于2024年5月31日收到贵局《行政处罚事先（听证）告知书》（{NO_GAO}）。对认定的事实我公司没有异议。"
           "我公司规模小，今年订单下降，二十万元罚款对我公司压力很大，我公司已按要求整改，喷漆时废气设施全程开启，调漆间已密闭，"
           "恳请贵局考虑企业实际困难，减轻处罚。我公司不要求听证。", hand=True)
    w.space(10)
    w.mixed([("", False), (f"{PARTY}（盖章）  {h(DATES['plea'])}", True)], indent=8)
    w.seal(W - 190, w.y - 20, PARTY, r=40)

    w.new_page(True, tag="陈述申辩复核意见")
    head(w, "陈述申辩复核意见")
    w.para(f"当事人{PARTY}于2024年6月4日提交书面陈述申辩，对违法事实无异议，以经营困难、已完成整改为由请求减轻处罚，不要求听证。")
    w.para("复核意见：当事人的整改系履行我局责令改正决定的义务，经营困难不属于法定从轻、减轻处罚情形。当事人的申辩理由不能成立，不予采纳，"
           "维持原拟处罚意见。")
    w.space(10)
    w.mixed([("复核人：", False), (f"{O1}  {O2}", True), ("    审核：", False), (f"罗少华 {h(DATES['recheck'])}", True)], indent=0)

    w.new_page(True, tag="行政处罚决定书")
    head(w, "行政处罚决定书", NO_JUE)
    w.para(f"当事人：{PARTY}", indent=0)
    w.para(f"统一社会信用代码：{CODE}", indent=0)
    w.para(f"法定代表人：{LEGAL}", indent=0)
    w.para(f"地址：{ADDR}", indent=0)
    w.para("一、环境违法事实和证据", indent=0, font="hei")
    w.para("我局于2024年4月9日对你单位进行了调查，发现你单位实施了以下环境违法行为：你单位从事实木家具生产，喷漆工序产生含挥发性有机物"
           "废气，喷漆车间1号、2号水帘喷漆柜进行喷涂作业时，配套的“水喷淋+活性炭吸附”废气处理设施风机未开启，废气未经处理直接排放；"
           "调漆作业在车间过道敞开进行。")
    w.para("以上事实，有现场检查（勘察）笔录、现场照片、执法记录仪视频、调查询问笔录、废气处理设施运行台账、营业执照复印件等证据为凭。")
    w.para("你单位上述行为违反了《中华人民共和国大气污染防治法》第四十五条的规定。")
    w.para(f"我局于2024年5月31日向你单位送达了《行政处罚事先（听证）告知书》（{NO_GAO}），告知你单位陈述、申辩和要求听证的权利。"
           "你单位于2024年6月4日提出书面陈述申辩，请求减轻处罚，未要求听证。经复核，你单位的申辩理由不属于法定从轻、减轻情形，不予采纳。")
    w.para("二、行政处罚的依据、种类及其履行方式、期限", indent=0, font="hei")
    w.para("依据《中华人民共和国大气污染防治法》第一百零八条第（一）项的规定，我局决定对你单位处以如下行政处罚：")
    w.para(f"罚款人民币{rmb_upper(FINE)}（¥200,000.00）。")
    w.para("限你单位自收到本决定书之日起十五日内，持本决定书和《广东省非税收入缴款通知书》到指定银行缴纳罚款，或通过“粤税通”、"
           "“粤省事”等电子渠道缴纳。逾期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，"
           "每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。")
    w.para("三、申请行政复议或者提起行政诉讼的途径和期限", indent=0, font="hei")
    w.para("如不服本处罚决定，可在收到本处罚决定书之日起六十日内向广东省生态环境厅申请行政复议，也可以在六个月内依法向人民法院提起"
           "行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。逾期不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，"
           "我局将依法申请人民法院强制执行。")
    w.space(14)
    w.line(AG, "right")
    w.line(d(DATES["decision"]), "right")
    w.seal(W - 145, w.y - 24, AG)

    receipt("送达回证（行政处罚决定书）", "行政处罚决定书", NO_JUE, DATES["decision_served"])

    w.new_page(True, tag="罚款缴纳凭证")
    w.title("广东省非税收入（电子）票据", 15, font="song")
    w.line("票据代码：44060124  票据号码：0198833467  校验码：6f2d91  开票日期：2024-07-03", "center", size=9.5)
    S = 0.22
    w.table([
        ([S, 1 - S], ["交款人", PARTY]),
        ([S, 1 - S], ["交款人统一社会信用代码", CODE]),
        ([0.1, 0.4, 0.1, 0.15, 0.25], ["序号", "项目名称", "单位", "数量", "金额（元）"]),
        ([0.1, 0.4, 0.1, 0.15, 0.25], ["1", "生态环境罚没收入", "元", "1", "200000.00"]),
        ([S, 1 - S], ["金额合计（大写）", f"{rmb_upper(FINE)}    （小写）200000.00"]),
        ([S, 1 - S], ["备注", f"执收单位：{AG}；处罚决定书：{NO_JUE}"]),
    ], size=10)
    w.para("收款单位（章）：东莞市财政局    复核人：    收款人：系统自动", indent=0, size=9.5)

    w.new_page(True, tag="行政处罚案件结案审批表")
    head(w, "行政处罚案件结案审批表")
    S = 0.2
    w.table([
        ([S, 1 - S], ["当事人", PARTY]),
        ([S, 1 - S], ["案由", "产生含挥发性有机物废气的生产活动未按照规定使用污染防治设施"]),
        ([S, 0.3, 0.17, 1 - S - 0.47], ["立案日期", "2024年4月12日", "决定书文号", NO_JUE]),
        ([S, 1 - S], ["处罚内容", "罚款人民币200000元"]),
        ([S, 1 - S], ["执行情况", "当事人已于2024年7月3日缴纳罚款200000元；经2024年5月8日复查，当事人已完成整改。"]),
        ([S, 1 - S], ["承办人意见", {"text": "建议结案。", "h": 40}]),
        ([S, 1 - S], ["负责人意见", {"text": "同意结案。", "h": 40}]),
    ], size=10.5)
    pg = w.page
    yy = [op[2] for op in pg.ops if op[0] == "T" and op[3] == "建议结案。"][0]
    w.op_text(W - 260, yy + 17, f"{O1} {O2}  {h(DATES['closing'])}", hand=True, size=12)
    yy = [op[2] for op in pg.ops if op[0] == "T" and op[3] == "同意结案。"][0]
    w.op_text(W - 260, yy + 17, f"梁志坚  {h(DATES['closing'])}", hand=True, size=12)


def build(outdir):
    w = Writer(font="song", size=11, lead=1.58, ml=66, mr=60)
    body(w)
    pages = w.pages
    total = assign_numbers(pages)
    ranges = doc_ranges(pages)
    # The 卷内目录 and cover were compiled before the third photo page was added:
    # photos listed as 2 pages and every later range one page too low.
    listed, shift = [], 0
    for t, a, b in ranges:
        a2, b2 = a - shift, b - shift
        if t == "现场照片":
            b2 -= 1
            shift = 1
        listed.append((t, a2, b2))
    listed_total = total - 1

    f = Writer(font="song", size=12)
    f.new_page(False)
    f.space(30)
    f.line("东莞市生态环境局", "center", font="hei", size=20)
    f.space(10)
    f.line("行政处罚案卷", "center", font="hei", size=28)
    f.space(30)
    S = 0.24
    f.table([
        ([S, 1 - S], ["案件名称", f"{PARTY}未按照规定使用VOCs污染防治设施案"]),
        ([S, 1 - S], ["处罚决定书文号", NO_JUE]),
        ([S, 0.26, 0.2, 0.3], ["立案日期", "2024年4月12日", "结案日期", "2024年7月10日"]),
        ([S, 0.26, 0.2, 0.3], ["办案机构", "厚街分局", "保管期限", "永久"]),
        ([S, 1 - S], ["卷内页数", f"共 {listed_total} 页"]),
        ([S, 1 - S], ["档号", "DGHB-XZCF-2024-0156"]),
    ], size=12, pad=7)
    f.new_page(False)
    f.title("卷 内 目 录", 18)
    wid = [0.08, 0.44, 0.28, 0.2]
    nos = {"责令改正违法行为决定书": NO_ZG, "行政处罚事先（听证）告知书": NO_GAO, "行政处罚决定书": NO_JUE,
           "法制审核意见": "东环法审〔2024〕118号"}
    rows = [(wid, ["序号", "文件名称", "文号", "页号"])]
    for i, (t, a, b) in enumerate(listed, 1):
        rows.append((wid, [str(i), t, nos.get(t, ""), f"{a}—{b}" if a != b else str(a)]))
    f.table(rows, size=10.5)
    bk = Writer(font="song", size=12)
    bk.new_page(False)
    bk.title("备 考 表", 18)
    bk.para(f"本卷情况说明：本卷共{len(listed)}件、{listed_total}页，照片页均附文字说明，执法记录仪视频另存于局执法音像资料库"
            "（编号DGHB-0317-20240409）。")
    bk.space(30)
    bk.mixed([("立卷人：", False), ("陈嘉欣", True), ("        检查人：", False), ("何碧云", True)], indent=0)
    bk.mixed([("立卷时间：", False), ("2024.7.12", True)], indent=0)
    all_pages = f.pages + pages + bk.pages
    add_page_numbers(all_pages, "hand")
    imgs = []
    for i, p in enumerate(all_pages):
        im = rasterize(p, dpi=100, seed=300 + i)
        imgs.append(scan_effect(im, seed=300 + i, grey=True, skew=0.9, noise=2.0))
    path = os.path.join(outdir, CASE + ".pdf")
    images_to_pdf(imgs, path, quality=26, title="", creator="DS-530 Scan")
    return {
        "case_id": CASE,
        "codes": ["DOC-02", "DISC-01", "ARCH-01"],
        "encoding": None,
        "notes": (
            "扫描件（灰度，无文字层）。DOC-02：决定书作出于2024-06-18，救济条款仍写“向广东省生态环境厅申请行政复议”；"
            "东莞市生态环境局是东莞市人民政府工作部门、不属垂直领导机关，依行政复议法(2023)第二十四条应向东莞市人民政府申请"
            "（同卷2024-04-12的责令改正决定书写的是东莞市人民政府，正确）。DISC-01：罚款200000元为大气污染防治法第一百零八条"
            "“二万元以上二十万元以下”的顶格，案件调查报告、决定书均只写“处以罚款”，没有任何从重情节或裁量理由；"
            "集体讨论、法制审核也只写“同意”。ARCH-01：卷内目录、封面页数按照片2页编制，实际现场照片为3页（第3—5页），"
            "其后各件页号均比实际少1，末页页号与封面“共N页”均少1。其余：立案前的2024-04-09检查为案源检查；"
            "法制审核（05-23）、集体讨论（05-27）均在决定前；告知书05-31送达、五个工作日至06-07期满，当事人06-04申辩、"
            "不要求听证，06-18决定；决定书06-20送达（第2个工作日）；缴款200000元与决定一致。"
            "当事人以经营困难请求减轻，复核不采纳并说明理由（整改系履行责令改正义务，非主动消除后果），不另记DISC-03。"),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": CODE, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": DATES["filing"], "notice": DATES["notice"], "decision": DATES["decision"],
                      "decision_served": DATES["decision_served"]},
            "citations": [
                {"law": "《中华人民共和国大气污染防治法》", "article": 45, "paragraph": None, "item": None, "role": "violated"},
                {"law": "《中华人民共和国大气污染防治法》", "article": 108, "paragraph": None, "item": 1, "role": "penalty"},
            ],
        },
        "_check": {"path": CASE + ".pdf", "kind": "scan", "pages": len(all_pages), "ranges": ranges,
                   "listed": listed, "ids": [AGENT_ID]},
    }
