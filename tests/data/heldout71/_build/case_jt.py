"""Case h71-07: 交通运输, 河南虞城 2020, a folder of phone photos (one page per JPG)."""
import os

from common import fmt_date, id_number, rmb_upper
from layout import W, Writer, assign_numbers, doc_ranges
from render import add_page_numbers, photo_effect, rasterize

CASE = "h71-07"
AG = "虞城县交通运输局"
PARTY = "王保军"
PID = id_number("411425", "19830517", "153")
PADDR = "河南省虞城县利民镇王庄村三组26号"
WIT = "赵桂兰"
WIT_ID = id_number("411425", "19670210", "226")
CAR = "豫N·7K352"
O1, C1 = "张东升", "豫交执41142519017"
O2, C2 = "刘帅", "豫交执41142519023"
FINE = 30000
NO_GAO = "虞交告〔2020〕0312号"
NO_JUE = "虞交罚〔2020〕0312号"
DATES = dict(check="2020-07-14", filing="2020-07-14", report="2020-07-17", review="2020-07-20",
             discuss="2020-07-20", notice="2020-07-21", notice_served="2020-07-21", plea="2020-07-23",
             decision="2020-07-28", decision_served="2020-07-28", payment="2020-08-11", closing="2020-08-14")
d = lambda s: fmt_date(s, "std")
HDR = "交通运输行政执法文书"


def top(w, title, no=None, tag=None):
    w.new_page(True, tag=tag or title)
    w.line(HDR, "left", size=9.5)
    w.line(AG, "center", font="song", size=15)
    w.title(title, 19, font="hei", after=2)
    if no:
        w.line(no, "right", size=11)
    w.space(4)


def uline(w, label, value, size=12):
    w.kv(label, value, hand=True, underline=True, size=size)


def body(w):
    top(w, "立案审批表", "虞交立〔2020〕0312号")
    S = 0.2
    hc = lambda t, hh=0: {"text": t, "hand": True, "h": hh}
    w.table([
        ([S, 1 - S], ["案件来源", hc("路面执法检查（现场发现）")]),
        ([S, 1 - S], ["案    由", hc("涉嫌未取得道路运输经营许可擅自从事道路旅客运输经营")]),
        ([S, 0.3, 0.16, 0.34], ["当事人", hc(PARTY), "身份证号", hc(PID)]),
        ([S, 1 - S], ["住    址", hc(PADDR)]),
        ([S, 0.3, 0.16, 0.34], ["车牌号码", hc(CAR), "车辆类型", hc("小型普通客车")]),
        ([S, 1 - S], ["简要案情", hc("2020年7月14日9时20分，执法人员在虞城县木兰大道与嵩山路交叉口检查发现，当事人驾驶豫N·7K352"
                                     "小型普通客车载客5人，自县汽车站附近驶往利民镇，每人约定车费10元，车辆未取得道路运输证，"
                                     "当事人未取得道路运输经营许可。", 110)]),
        ([S, 1 - S], ["承办人意见", hc(f"建议立案调查。\n{O1}  {O2}    2020年7月14日", 60)]),
        ([S, 1 - S], ["执法大队意见", hc("同意立案。  王卫华  7.14", 44)]),
        ([S, 1 - S], ["负责人审批", hc("同意立案。  周海涛  2020.7.14", 44)]),
    ], size=11)

    top(w, "现场笔录")
    uline(w, "时间：", "2020年7月14日9时20分至9时50分")
    uline(w, "地点：", "虞城县木兰大道与嵩山路交叉口")
    uline(w, "执法人员：", f"{O1}  执法证号：{C1}")
    uline(w, "", f"{O2}  执法证号：{C2}")
    uline(w, "当事人：", f"{PARTY}  性别：男  身份证号：{PID}")
    uline(w, "车辆：", f"{CAR} 五菱牌小型普通客车（核载7人）")
    w.para("现场情况：", indent=0)
    w.para("执法人员着制服、出示执法证件表明身份后，对该车进行检查。车上除驾驶员外有乘客5人（成年女性3人、成年男性2人），"
           "乘客称在县汽车站南侧路口上车，去利民镇，上车前与司机讲好每人10元，到站后付钱，目前均未付款。驾驶员不能出示"
           "道路运输证和从业资格证，车辆未喷涂营运标识。执法人员使用执法记录仪全程录像，现场拍照3张，并告知当事人到大队接受调查。",
           hand=True, indent=0)
    w.space(10)
    uline(w, "当事人：", f"{PARTY}")
    w.new_page(True)
    w.para("（续）当事人对检查过程及上述情况无异议。", hand=True, indent=0)
    w.para("（以下空白）", indent=0)
    w.space(20)
    uline(w, "当事人签名：", f"以上属实 {PARTY}  2020.7.14")
    uline(w, "见证人签名：", f"{WIT}（乘客）")
    uline(w, "执法人员签名：", f"{O1}  {O2}")
    w.space(10)
    w.para("备注：执法记录仪编号 YC-ZF-0611，视频已导出存档。", indent=0, size=10.5)

    # driver's interview: no 出示证件, no 回避 (EVID-01)
    top(w, "询问笔录", tag="询问笔录（王保军）")
    uline(w, "询问时间：", "2020年7月14日10时05分至10时40分")
    uline(w, "询问地点：", "虞城县交通运输综合执法大队一楼询问室")
    uline(w, "询问人：", f"{O1}（{C1}）  记录人：{O2}（{C2}）")
    uline(w, "被询问人：", f"{PARTY}  性别：男  年龄：37  身份证号：{PID}")
    uline(w, "住址：", f"{PADDR}  电话：15836671905")
    qa = [
        ("现依法向你询问有关情况，你要如实回答，不得隐瞒或者作伪证，听清楚了吗？", "听清楚了。"),
        ("豫N·7K352小型普通客车是谁的？", "是我的，去年买的二手车，登记在我名下。"),
        ("今天上午车上5个人是什么人？", "是在汽车站南边路口等车的，要去利民镇，我拉他们回去。"),
        ("车费怎么收？", "讲好一人10块钱，到地方再给，还没收到钱。"),
        ("你是否取得道路运输经营许可证、车辆道路运输证？", "没有，我没办过这些证。"),
        ("你这样拉客拉了多长时间？", "这是第一次拉，平时自己开着跑亲戚。"),
        ("你还有什么要说的？", "我知道错了，以后不拉了，家里困难，希望从轻处理。"),
    ]
    for q, a in qa:
        w.mixed([("问：", False), (q, True)], indent=0)
        w.mixed([("答：", False), (a, True)], indent=0)
    w.space(8)
    uline(w, "被询问人：", f"{PARTY}  2020.7.14")
    w.new_page(True)
    w.mixed([("问：", False), ("以上笔录你看一下，是否与你说的一样？", True)], indent=0)
    w.mixed([("答：", False), ("我看过了，和我说的一样。", True)], indent=0)
    w.para("（以下空白）", indent=0)
    w.space(16)
    uline(w, "被询问人签名：", f"{PARTY}  2020.7.14")
    uline(w, "询问人签名：", O1)
    uline(w, "记录人签名：", O2)

    top(w, "询问笔录", tag="询问笔录（赵桂兰）")
    uline(w, "询问时间：", "2020年7月14日9时52分至10时02分", size=11)
    uline(w, "询问地点：", "虞城县木兰大道与嵩山路交叉口执法车内", size=11)
    uline(w, "询问人：", f"{O1}（{C1}）  记录人：{O2}（{C2}）", size=11)
    uline(w, "被询问人：", f"{WIT}  女  53岁  身份证号：{WIT_ID}", size=11)
    uline(w, "住址：", "虞城县利民镇吴庄村", size=11)
    qa = [
        ("我们是虞城县交通运输局执法人员，这是我们的执法证件（出示）。你有权申请回避，是否申请？", "不申请。"),
        ("你今天坐的是什么车？怎么上的车？", "白色面包车，在汽车站南边路口，司机问去不去利民，就上车了。"),
        ("车费多少？付了没有？", "说好10块钱，到了再给，还没给。"),
        ("以上记录是否属实？", "属实。"),
    ]
    for q, a in qa:
        w.mixed([("问：", False), (q, True)], indent=0, size=11)
        w.mixed([("答：", False), (a, True)], indent=0, size=11)
    w.space(8)
    uline(w, "被询问人签名：", f"{WIT}  2020.7.14", size=11)
    uline(w, "询问人：", f"{O1}    记录人：{O2}", size=11)

    top(w, "证据材料", tag="证据材料（证件复印件、现场照片）")
    for cap in ["当事人身份证、机动车驾驶证复印件（与原件核对无误，王保军 2020.7.14）",
                "豫N·7K352机动车行驶证复印件（与原件核对无误，王保军 2020.7.14）",
                "现场照片3张：车辆外观、车内乘客、车辆未喷涂营运标识（拍摄人：刘帅，2020年7月14日9时25分）"]:
        y0 = w.y
        w.op_rect(w.ml + 30, y0, 380, 130, 0.8)
        for k in range(5):
            w.op_line(w.ml + 45, y0 + 20 + k * 22, w.ml + 300, y0 + 20 + k * 22, 2.0, (140, 140, 140))
        w.y = y0 + 136
        w.para(cap, indent=0, size=10.5)
        w.space(6)

    top(w, "案件调查终结报告")
    w.para(f"当事人：{PARTY}，男，身份证号{PID}，住址{PADDR}。", indent=0)
    w.para("违法事实：2020年7月14日9时20分，当事人驾驶其所有的豫N·7K352小型普通客车，在未取得道路运输经营许可的情况下，"
           "从虞城县汽车站南侧路口搭载乘客5人前往利民镇，约定每人车费10元，尚未收取。")
    w.para("证据：现场笔录、询问笔录2份、证件复印件、现场照片3张、执法记录仪视频。")
    w.para("定性及依据：当事人的行为违反了《中华人民共和国道路运输条例》第十条第一款第（一）项的规定，依据《中华人民共和国道路运输条例》"
           "第六十三条，没有违法所得的，处3万元以上10万元以下的罚款。")
    w.para("处理意见：当事人系首次被查处，能如实陈述违法事实，尚未收取车费，无违法所得，建议按一般情节下限处罚，"
           "责令停止经营，处罚款人民币叁万元（30000元）。")
    w.space(10)
    w.mixed([("承办人：", False), (f"{O1}  {O2}     2020年7月17日", True)], indent=0)

    top(w, "法制审核意见书")
    w.para("案件名称：王保军未取得道路运输经营许可擅自从事道路旅客运输经营案", indent=0)
    w.para("审核意见：经审核，执法主体合法，执法人员具备执法资格；事实清楚，证据确凿；适用依据正确；程序合法；拟处罚款30000元在法定幅度内，"
           "裁量适当。同意。", indent=0)
    w.space(10)
    w.mixed([("审核人：", False), ("孙红霞", True), ("（法律职业资格证书编号A20164114250218）   ", False), ("2020.7.20", True)], indent=0)
    w.space(16)
    w.line("重大案件集体讨论记录", "center", font="hei", size=15)
    w.para("时间：2020年7月20日15时    地点：局二楼会议室", indent=0)
    w.para("主持人：李建国（局长）  参加人：周海涛、陈立新、孙红霞、王卫华  记录人：马丽", indent=0)
    w.para("讨论情况：承办人汇报案情后，参会人员一致认为事实清楚、证据充分，同意按法定下限罚款30000元。", indent=0)
    w.para("结论：对王保军处罚款30000元。", indent=0)
    w.mixed([("参加人签名：", False), ("李建国 周海涛 陈立新 孙红霞 王卫华", True)], indent=0)
    w.mixed([("记录人：", False), ("马丽", True)], indent=0)

    # 事先告知书 without 听证 (PROC-02)
    top(w, "行政处罚事先告知书", NO_GAO)
    w.mixed([("", False), (PARTY, True), ("：", False)], indent=0)
    w.para("经调查，你于2020年7月14日驾驶豫N·7K352小型普通客车，在未取得道路运输经营许可的情况下，搭载乘客5人从虞城县汽车站附近"
           "前往利民镇，约定每人车费10元。你的行为违反了《中华人民共和国道路运输条例》第十条第一款第（一）项的规定。")
    w.para("依据《中华人民共和国道路运输条例》第六十三条的规定，本机关拟对你作出责令停止经营、罚款人民币叁万元整（¥30000.00）的行政处罚。")
    w.para("根据《中华人民共和国行政处罚法》第三十一条、第三十二条第一款的规定，你有权在收到本告知书之日起三日内进行陈述和申辩，"
           "逾期未提出的，视为放弃此权利。")
    w.space(16)
    w.line(AG, "right")
    w.line(d(DATES["notice"]), "right")
    w.seal(W - 150, w.y - 24, AG)
    w.space(16)
    w.para("联系人：张东升  电话：0370-4121365", indent=0, size=10.5)

    def huizheng(tag, name, no, date):
        top(w, "送达回证", tag=tag)
        S = 0.22
        w.table([
            ([S, 1 - S], ["送达文书", {"text": f"{name}（{no}）", "hand": True}]),
            ([S, 1 - S], ["受送达人", {"text": PARTY, "hand": True}]),
            ([S, 1 - S], ["送达地点", {"text": "虞城县交通运输综合执法大队", "hand": True}]),
            ([S, 1 - S], ["送达方式", {"text": "直接送达", "hand": True}]),
            ([S, 1 - S], ["受送达人签名", {"text": f"{PARTY}\n{date.replace('-', '.').replace('.0', '.')}", "hand": True, "h": 64}]),
            ([S, 1 - S], ["送达人", {"text": f"{O1}  {O2}", "hand": True}]),
            ([S, 1 - S], ["备注", "/"]),
        ], size=12)
        w.space(16)
        w.line(AG, "right")
        w.seal(W - 140, w.y - 14, AG)

    huizheng("送达回证（事先告知书）", "行政处罚事先告知书", NO_GAO, DATES["notice_served"])

    top(w, "陈述申辩笔录")
    uline(w, "时间：", "2020年7月23日9时10分至9时30分")
    uline(w, "地点：", "虞城县交通运输综合执法大队")
    uline(w, "陈述申辩人：", f"{PARTY}")
    uline(w, "承办人：", f"{O1}（{C1}）  记录人：{O2}（{C2}）")
    w.mixed([("陈述申辩内容：", False), ("我对认定的事实没有意见。我是第一次拉客，没收到钱，家里老人有病，孩子上学，三万块钱"
                                     "实在拿不出来，请求少罚一点。", True)], indent=0)
    w.space(4)
    uline(w, "陈述申辩人签名：", f"{PARTY}  2020.7.23")
    w.space(8)
    w.mixed([("复核意见：", False), ("当事人所述家庭困难不属于法定减轻处罚情形，拟处罚款已为《道路运输条例》第六十三条规定的下限，"
                                  "申辩理由不予采纳，维持原拟处罚意见。", True)], indent=0)
    uline(w, "复核人：", f"{O1}  {O2}  2020.7.24")

    top(w, "行政处罚决定书", NO_JUE)
    w.para(f"当事人：{PARTY}    性别：男    身份证号：{PID}", indent=0)
    w.para(f"住址：{PADDR}", indent=0)
    w.para("当事人于2020年7月14日9时20分驾驶豫N·7K352小型普通客车，在未取得道路运输经营许可的情况下，从虞城县汽车站南侧路口搭载"
           "乘客5人前往利民镇，约定每人车费10元，在木兰大道与嵩山路交叉口被本机关执法人员查获。")
    w.para("以上事实有现场笔录、询问笔录、证件复印件、现场照片及执法记录仪视频等证据证明。")
    w.para("当事人的行为违反了《中华人民共和国道路运输条例》第十条第一款第（一）项的规定。2020年7月21日，本机关向当事人送达了"
           f"《行政处罚事先告知书》（{NO_GAO}），当事人于7月23日提出陈述申辩，经复核，其理由不属于法定减轻情形，不予采纳。")
    w.para("鉴于当事人系首次被查处，如实陈述违法事实，无违法所得，依据《中华人民共和国道路运输条例》第六十三条的规定，本机关决定："
           "责令当事人停止经营，并处罚款人民币叁万元整（¥3000.00）。")
    w.new_page(True)
    w.para("当事人应自收到本决定书之日起十五日内，持本决定书到虞城县农村信用合作联社各营业网点缴纳罚款。到期不缴纳罚款的，"
           "本机关将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。")
    w.para("当事人如不服本决定，可以在收到本决定书之日起六十日内向虞城县人民政府或者商丘市交通运输局申请行政复议，"
           "也可以在六个月内直接向虞城县人民法院提起行政诉讼。复议、诉讼期间，本决定不停止执行。")
    w.space(24)
    w.line(AG, "right")
    w.line(d(DATES["decision"]), "right")
    w.seal(W - 150, w.y - 24, AG)

    huizheng("送达回证（行政处罚决定书）", "行政处罚决定书", NO_JUE, DATES["decision_served"])

    w.new_page(True, tag="罚款缴款书")
    w.title("河南省政府非税收入一般缴款书", 15, font="song")
    w.line("No 4100620 8817365        填制日期：2020年08月11日", "center", size=10)
    S = 0.18
    hc = lambda t: {"text": t, "hand": True}
    w.table([
        ([S, 0.32, S, 0.32], ["缴款人全称", hc(PARTY), "收款人全称", "虞城县财政局"]),
        ([S, 0.32, S, 0.32], ["缴款人账号", "/", "收款人账号", "4114250101201800117"]),
        ([S, 0.32, S, 0.32], ["开户银行", "/", "开户银行", "虞城县农村信用合作联社营业部"]),
        ([S, 1 - S], ["执收单位", AG]),
        ([S, 0.5, 0.32], ["收入项目", "交通罚没收入", hc("30000.00")]),
        ([S, 1 - S], ["金额（大写）", hc(rmb_upper(FINE))]),
        ([S, 1 - S], ["备注", hc(f"{NO_JUE}")]),
    ], size=11)
    w.para("收款银行盖章：虞城县农村信用合作联社营业部 2020.08.11 转讫", indent=0, size=10)

    top(w, "结案报告")
    w.para(f"案由：{PARTY}未取得道路运输经营许可擅自从事道路旅客运输经营案", indent=0)
    w.para(f"处罚决定：{NO_JUE}，责令停止经营，罚款30000元。", indent=0)
    w.para("执行情况：当事人于2020年8月11日缴纳罚款30000元，执行完毕。", indent=0)
    w.para("承办人意见：建议结案。", indent=0)
    w.mixed([("承办人：", False), (f"{O1}  {O2}  2020.8.13", True)], indent=0)
    w.space(10)
    w.para("负责人审批意见：", indent=0)
    w.mixed([("", False), ("同意结案。 周海涛  2020.8.14", True)], indent=4)


def build(outdir):
    w = Writer(font="song", size=11.5, lead=1.75, ml=62, mr=58)
    body(w)
    pages = w.pages
    total = assign_numbers(pages)
    ranges = doc_ranges(pages)
    f = Writer(font="song", size=12)
    f.new_page(False)
    f.space(50)
    f.line(AG, "center", font="hei", size=20)
    f.line("行政处罚案卷", "center", font="hei", size=30)
    f.space(30)
    f.kv("案    由：", f"{PARTY}未取得道路运输经营许可擅自从事道路旅客运输经营案", hand=True, underline=True)
    f.kv("当 事 人：", PARTY, hand=True, underline=True)
    f.kv("处理结果：", "责令停止经营，罚款30000元", hand=True, underline=True)
    f.kv("立案日期：", "2020年7月14日", hand=True, underline=True)
    f.kv("结案日期：", "2020年8月14日", hand=True, underline=True)
    f.kv("本卷页数：", f"{total}页", hand=True, underline=True)
    f.kv("保管期限：", "长期", hand=True, underline=True)
    f.kv("卷    号：", "2020-交罚-0312", hand=True, underline=True)
    f.new_page(False)
    f.title("卷内目录", 18)
    wid = [0.08, 0.5, 0.22, 0.2]
    rows = [(wid, ["序号", "文件题名", "日期", "页号"])]
    dmap = {"立案审批表": "filing", "现场笔录": "check", "询问笔录（王保军）": "check", "询问笔录（赵桂兰）": "check",
            "证据材料（证件复印件、现场照片）": "check", "案件调查终结报告": "report", "法制审核意见书": "review",
            "行政处罚事先告知书": "notice", "送达回证（事先告知书）": "notice_served", "陈述申辩笔录": "plea",
            "行政处罚决定书": "decision", "送达回证（行政处罚决定书）": "decision_served", "罚款缴款书": "payment",
            "结案报告": "closing"}
    for i, (t, a, b) in enumerate(ranges, 1):
        t2 = "法制审核意见书、集体讨论记录" if t == "法制审核意见书" else t
        rows.append((wid, [str(i), t2, fmt_date(DATES[dmap[t]], "dot"), f"{a}-{b}" if a != b else str(a)]))
    f.table(rows, size=10.5)
    all_pages = f.pages + pages
    add_page_numbers(all_pages, "hand")
    folder = os.path.join(outdir, CASE)
    os.makedirs(folder, exist_ok=True)
    names = []
    for i, p in enumerate(all_pages):
        im = rasterize(p, dpi=150, paper=(250, 248, 240), seed=700 + i, hand_jitter=1.3)
        ph = photo_effect(im, seed=700 + i, out_long=1440)
        t = 9 * 3600 + 14 * 60 + 5 + i * 47 + (i * 13) % 9
        name = f"IMG_20200915_{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}.jpg"
        ph.save(os.path.join(folder, name), "JPEG", quality=46, optimize=True, progressive=False)
        names.append(name)
    return {
        "case_id": CASE,
        "codes": ["PROC-02", "DOC-07", "EVID-01"],
        "encoding": None,
        "notes": (
            "手机翻拍件，每页一张JPG（文件名按拍摄顺序）。PROC-02：对公民王保军拟罚款30000元，属较大数额罚款（各地公民"
            "较大数额标准远低于3万元），事先告知书只告知“三日内进行陈述和申辩”并援引旧法第三十一条、第三十二条，未告知要求听证的权利"
            "（旧法第四十二条），卷内亦无听证告知书。DOC-07：决定书第1页写“罚款人民币叁万元整（¥3000.00）”，大写与小写不一致"
            "（告知书、缴款书、结案报告均为30000元）。EVID-01：2020-07-14对当事人王保军的询问笔录既未记载出示执法证件，也未告知申请回避"
            "的权利（同日对乘客赵桂兰的询问笔录和现场笔录均有记载）。其余：2020年案件适用1996/2009年行政处罚法编号（第三十一条、第三十二条、"
            "第五十一条第（一）项）正确；罚款为道路运输条例(2019)第六十三条无违法所得时的下限3万元，裁量理由已写明（首次、如实陈述、无违法所得）；"
            "诉讼期限六个月（2015-05-01后）、复议机关县政府或市交通运输局（2024年前）均正确；决定当日送达；缴款30000元。"),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "个人", "credit_code": None, "id_number": PID},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": DATES["filing"], "notice": DATES["notice"], "decision": DATES["decision"],
                      "decision_served": DATES["decision_served"]},
            "citations": [
                {"law": "《中华人民共和国道路运输条例》", "article": 10, "paragraph": 1, "item": 1, "role": "violated"},
                {"law": "《中华人民共和国道路运输条例》", "article": 63, "paragraph": None, "item": None, "role": "penalty"},
            ],
        },
        "_check": {"path": CASE, "kind": "photos", "files": names, "ids": [PID, WIT_ID], "ranges": ranges},
    }
