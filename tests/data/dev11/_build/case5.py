"""Case 5 — 四川 眉山 东坡区 自然资源 (非法占用土地), 2020, 个人, scanned PDF (page images, red seal rings). CLEAN.
Looks suspicious but lawful: approved extension of the handling period; 决定书 served by 留置送达 with two witnesses and
video; 分期缴纳 approved on application; 2014 实施条例 第四十二条 still in force in 2020 (replaced 2021-09-01)."""
from lib import Doc, fd, id_number, daxie
from common import songda, beikao

CASE_ID = "dev11_05_sc_land_scan"
AG = "眉山市东坡区自然资源局"
PARTY = "杨德明"
IDN = id_number("511402", "19680722", "318")
ADDR = "四川省眉山市东坡区崇礼镇永丰村5组"
O1, C1 = "罗志远", "川执511402-0611"
O2, C2 = "何婷", "川执511402-0648"
NO = "东自然资罚〔2020〕12号"
NO_G = "东自然资告〔2020〕12号"
AREA, RATE = 620, 20
FINE = AREA * RATE
INST = [6200, 6200]
DT = dict(filing="2020-05-11", inspect="2020-05-12", ask="2020-05-13", extension="2020-07-03", report="2020-07-06",
          legal="2020-07-09", discuss="2020-07-14", notice="2020-07-16", notice_served="2020-07-17", plea="2020-07-20",
          decision="2020-08-03", decision_served="2020-08-05", installment_app="2020-08-10",
          installment_ok="2020-08-12", payment="2020-08-14", payment2="2020-09-14", closing="2020-09-18")
DS = "cn"


def build():
    docs = []
    d = Doc("立案呈批表", kind="立案审批表", date=fd(DT["filing"], DS))
    d.h("立案呈批表")
    d.t([["案件来源", "动态巡查发现", "立案编号", "东自然资立〔2020〕31号"],
         ["当事人", f"{PARTY}（身份证号{IDN}）"],
         ["住址", ADDR],
         ["简要案情", "2020年5月8日，崇礼镇国土资源所动态巡查发现，当事人在永丰村5组集体土地上修建钢架结构仓库，未办理用地审批手续，涉嫌非法占用土地。"],
         ["承办人", f"{O1}（{C1}）、{O2}（{C2}）"],
         ["承办科室意见", "建议立案查处。执法监察大队　曾伟　二〇二〇年五月十一日"],
         ["局审批意见", "同意立案。周建军　二〇二〇年五月十一日"]])
    docs.append(d)

    d = Doc("勘测调查笔录", kind="现场检查笔录", date=fd(DT["inspect"], DS))
    d.h("勘测调查笔录")
    d.t([["勘测时间", "2020年5月12日9时至11时", "勘测地点", "崇礼镇永丰村5组"],
         ["勘测人员", f"{O1}（{C1}）、{O2}（{C2}）、测量员 邱明", "当事人", PARTY],
         ["见证人", "永丰村村民委员会 赵光荣", "记录人", O2]])
    d.p("执法人员出示执法证件并说明来意，告知当事人有申请回避的权利，当事人不申请回避。勘测过程使用执法记录仪录像。")
    d.p("经RTK实测并套合土地利用现状图和土地利用总体规划图：当事人所建钢架结构仓库及硬化场地占地620平方米，地类为旱地（一般耕地），规划用途为一般农用地，不属于永久基本农田，不符合土地利用总体规划。仓库于2020年3月动工，4月底完工。")
    d.r(f"当事人签名：{PARTY}　见证人签名：赵光荣")
    d.r(f"勘测人员签名：{O1}　{O2}　邱明")
    docs.append(d)

    d = Doc("询问笔录", date=fd(DT["ask"], DS))
    d.h("询问笔录")
    d.t([["时间", "2020年5月13日14时20分至15时10分", "地点", "东坡区自然资源局执法监察大队"],
         ["询问人", f"{O1}（{C1}）", "记录人", f"{O2}（{C2}）"],
         ["被询问人", PARTY, "身份证号", IDN]])
    d.p("问：我们是眉山市东坡区自然资源局执法人员，这是我们的执法证（出示）。你有如实回答问题的义务，有申请回避的权利，是否申请回避？")
    d.p("答：不申请。")
    d.p("问：永丰村5组的钢架仓库是谁修的？占的是什么地？办了手续没有？")
    d.p("答：是我修的，用来堆放收购的粮食和化肥。地是我家承包地和租邻居的地，以前种玉米。没有办用地手续，不知道要办。")
    d.p("问：仓库面积多大？什么时候修的？")
    d.p("答：大概六百多平方米，3月动工，4月底修好。")
    d.p("以上笔录我看过，和我说的一样。")
    d.r(f"被询问人签名：{PARTY}　二〇二〇年五月十三日")
    d.r(f"询问人：{O1}　记录人：{O2}")
    docs.append(d)

    d = Doc("延长办案期限审批表", kind="延期审批表", date=fd(DT["extension"], DS))
    d.h("延长办案期限审批表")
    d.t([["案件名称", f"{PARTY}非法占用土地案"],
         ["立案日期", fd(DT["filing"], DS), "原办案期限届满日", "二〇二〇年七月十日"],
         ["延期理由", "需等待眉山市东坡区土地利用总体规划符合性核查意见及耕地地类认定材料，规定期限内无法作出处理决定。"],
         ["申请延长期限", "三十日（至二〇二〇年八月九日）"],
         ["承办人", f"{O1}　{O2}　二〇二〇年七月三日"],
         ["负责人审批意见", "同意延长三十日。周建军　二〇二〇年七月三日"]])
    docs.append(d)

    d = Doc("案件调查报告", kind="调查终结报告", date=fd(DT["report"], DS))
    d.h("案件调查报告")
    d.p(f"当事人{PARTY}未经批准，于2020年3月至4月在东坡区崇礼镇永丰村5组擅自占用集体土地620平方米修建钢架结构仓库及硬化场地，地类为旱地，不符合土地利用总体规划。")
    d.p("当事人的行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定，依据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第四十二条的规定，建议：责令退还非法占用的土地，限期十五日内拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；并处罚款12400元（按每平方米20元计，当事人主动配合调查，属一般情节）。")
    d.r(f"承办人：{O1}　{O2}　二〇二〇年七月六日")
    docs.append(d)

    d = Doc("法制审核意见", kind="法制审核意见", date=fd(DT["legal"], DS))
    d.h("法制审核意见书")
    d.t([["审核意见", "主体适格，事实清楚，证据确凿，定性准确，程序合法，延期经批准，裁量适当。同意提交集体讨论。"],
         ["审核人", "叶茂林（法律职业资格A20145114020109）　二〇二〇年七月九日"]])
    docs.append(d)

    d = Doc("案件集体审议记录", kind="集体讨论记录", date=fd(DT["discuss"], DS))
    d.h("案件集体审议记录")
    d.t([["时间", "2020年7月14日", "地点", "局三楼会议室"],
         ["主持人", "周建军", "参加人", "周建军、宋红梅、汪涛、叶茂林、曾伟"]])
    d.p("审议意见：同意承办人处理意见，责令退还、限期拆除、恢复原状，并处罚款12400元。")
    d.r("参加人签名：周建军　宋红梅　汪涛　叶茂林　曾伟")
    docs.append(d)

    d = Doc("行政处罚告知书", kind="行政处罚事先告知书", number=NO_G, date=fd(DT["notice"], DS))
    d.h(AG).h("行政处罚告知书").r(NO_G)
    d.p(f"{PARTY}：你于2020年3月至4月未经批准擅自占用东坡区崇礼镇永丰村5组集体土地620平方米修建钢架结构仓库及硬化场地，违反了《中华人民共和国土地管理法》第四十四条第一款的规定。依据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第四十二条的规定，本局拟作出如下处罚：责令退还非法占用的土地；限期拆除新建的建筑物和其他设施，恢复土地原状；并处罚款人民币壹万贰仟肆佰元整。")
    d.p("根据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条的规定，你可在收到本告知书之日起三日内进行陈述、申辩或要求听证。逾期视为放弃。")
    d.r(AG).seal().r(fd(DT["notice"], DS))
    docs.append(d)
    docs.append(songda(AG, "行政处罚告知书", NO_G, PARTY, ADDR, "直接送达", PARTY, DT["notice_served"], [O1, O2], ds=DS))

    d = Doc("陈述申辩笔录", date=fd(DT["plea"], DS))
    d.h("陈述申辩笔录")
    d.t([["时间", "2020年7月20日9时30分", "地点", "东坡区自然资源局"],
         ["陈述申辩人", PARTY, "记录人", f"{O2}（{C2}）　承办人：{O1}（{C1}）"]])
    d.p("陈述申辩内容：仓库是为村里收粮用的，请求不拆除，少罚款。不要求听证。")
    d.p("复核意见：所占土地不符合土地利用总体规划，依法应当限期拆除、恢复原状；罚款已按一般情节确定。申辩理由不成立，维持拟处罚意见。")
    d.r(f"陈述申辩人签名：{PARTY}　承办人签名：{O1}　{O2}")
    docs.append(d)

    d = Doc("行政处罚决定书", number=NO, date=fd(DT["decision"], DS))
    d.h(AG).h("行政处罚决定书").r(NO)
    d.p(f"当事人：{PARTY}，男，身份证号{IDN}，住{ADDR}。")
    d.p("经查：你于2020年3月至4月未经批准，擅自占用东坡区崇礼镇永丰村5组集体土地620平方米（地类为旱地，不符合土地利用总体规划）修建钢架结构仓库及硬化场地。以上事实有勘测调查笔录、勘测定界图、土地利用现状图及总体规划图套合资料、询问笔录、现场照片等证据证实。")
    d.p("你的行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。你提出的陈述申辩意见经复核不予采纳。鉴于你能配合调查，按一般情节处理。依据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第四十二条的规定，本局决定：")
    d.p("一、责令退还非法占用的土地620平方米；二、限你自收到本决定书之日起十五日内拆除在非法占用土地上新建的建筑物和其他设施，恢复土地原状；三、并处罚款人民币壹万贰仟肆佰元整（12400元）。")
    d.brk()
    d.p("罚款限你自收到本决定书之日起十五日内缴至眉山市东坡区非税收入汇缴结算户（代收银行：四川天府银行眉山分行）。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    d.p("如不服本决定，可在收到本决定书之日起六十日内向眉山市东坡区人民政府或者眉山市自然资源和规划局申请行政复议，也可以在六个月内直接向眉山市东坡区人民法院提起行政诉讼。")
    d.r(AG).seal().r(fd(DT["decision"], DS))
    docs.append(d)
    docs.append(songda(AG, "行政处罚决定书", NO, PARTY, ADDR, "留置送达",
                       "当事人拒绝签收", DT["decision_served"], [O1, O2], ds=DS,
                       witness="赵光荣（永丰村村民委员会主任）、李秀英（永丰村5组组长）",
                       note="当事人在家，拒绝签收。送达人邀请见证人到场，说明情况，将决定书留置于当事人住所堂屋桌上，并以执法记录仪录像、拍照2张记录送达过程。见证人签名：赵光荣　李秀英"))

    d = Doc("分期缴纳罚款申请及审批表", kind="分期缴纳审批表", date=fd(DT["installment_ok"], DS))
    d.h("分期缴纳罚款申请及审批表")
    d.t([["申请人", PARTY, "决定书文号", NO],
         ["申请理由", "家庭收入主要靠务农，一次缴纳12400元确有困难，申请分两期缴纳。（申请日期：二〇二〇年八月十日，申请人签名：杨德明）"],
         ["分期方案", "第一期6200元，于2020年8月20日前缴纳；第二期6200元，于2020年9月15日前缴纳。"],
         ["承办人意见", f"经核实当事人经济困难属实，建议同意。{O1}　二〇二〇年八月十一日"],
         ["负责人审批", "同意分两期缴纳。周建军　二〇二〇年八月十二日"]])
    docs.append(d)

    d = Doc("罚款缴款凭证", kind="缴款凭证", toc_title="罚款缴款凭证（两期）", date=fd(DT["payment2"], DS))
    d.h("四川省非税收入一般缴款书（收据联）")
    d.t([["缴款人", PARTY, "缴款日期", "2020-08-14"],
         ["项目", "罚没收入（第一期）", "金额", f"{INST[0]}.00（{daxie(INST[0])}）"]])
    d.t([["缴款人", PARTY, "缴款日期", "2020-09-14"],
         ["项目", "罚没收入（第二期）", "金额", f"{INST[1]}.00（{daxie(INST[1])}）"]])
    d.p(f"两期合计：{sum(INST)}元（{daxie(sum(INST))}）。")
    docs.append(d)

    d = Doc("结案呈批表", kind="结案审批表", date=fd(DT["closing"], DS))
    d.h("结案呈批表")
    d.t([["案件名称", f"{PARTY}非法占用土地案"],
         ["处罚决定", f"{NO}：责令退还土地、限期拆除恢复原状、罚款12400元"],
         ["执行情况", "罚款经批准分两期缴清（2020年8月14日6200元，9月14日6200元）；2020年9月10日复查，仓库已自行拆除，场地已复耕（附复查照片3张）。"],
         ["承办人意见", f"建议结案。{O1}　{O2}　二〇二〇年九月十八日"],
         ["负责人意见", "同意结案。周建军　二〇二〇年九月十八日"]])
    docs.append(d)
    docs.append(beikao(["本卷共十七份文件，勘测定界图、规划套合图附卷末图袋。留置送达录像另存光盘。"], O2, "2020-09-21", "曾伟", ds=DS))

    label = dict(
        codes=[], encoding="pdf-image",
        notes=("CLEAN. Suspicious but lawful: (1) 决定书 2020-08-03 is 84 days after 立案 2020-05-11 and beyond the 60-day handling period the "
               "国土资源/自然资源行政处罚办法 set at the time, but a 延长办案期限审批表 approved by the 负责人 on 2020-07-03 (before expiry) extends it by "
               "30 days to 2020-08-09; the 2017 行政处罚法 had no general 90-day limit anyway. (2) The 决定书 送达回证 has no party signature: it is a "
               "留置送达 (拒收) on 2020-08-05 with two witnesses (村委会主任, 组长) who signed, reason and date noted, video and photos — lawful under 民事诉讼法 留置送达; "
               "2 working days after the decision. (3) The fine is paid in two installments after a written application and approval (行政处罚法 2017 第五十二条); "
               "6200 + 6200 = 12400 = 620 m² × 20 元. (4) 土地管理法实施条例 第四十二条 (2014 text, 每平方米30元以下) was in force until 2021-09-01; "
               "陈述申辩 was heard and 复核 kept the proposed penalty (not heavier)."),
        fields=dict(agency=AG, party=dict(name=PARTY, kind="个人", credit_code=None, id_number=IDN),
                    penalty=dict(fine_yuan=FINE, procedure="普通"),
                    dates=dict(filing=DT["filing"], notice=DT["notice"], decision=DT["decision"],
                               decision_served=DT["decision_served"]),
                    citations=[dict(law="《中华人民共和国土地管理法》", article=44, paragraph=1, item=None, role="violated"),
                               dict(law="《中华人民共和国土地管理法》", article=77, paragraph=1, item=None, role="penalty"),
                               dict(law="《中华人民共和国土地管理法实施条例》", article=42, paragraph=None, item=None, role="penalty")]))
    facts = dict(dates=DT, credit_codes=[], id_numbers=[IDN], serve_limit_wd=7, plea_days_calendar=3,
                 sums=[("罚款", [AREA * RATE], FINE), ("分期", INST, FINE)], extension_to="2020-08-09")
    return dict(case_id=CASE_ID, fmt="pdf-image", docs=docs, label=label, facts=facts)
