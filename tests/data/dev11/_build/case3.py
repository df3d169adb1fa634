"""Case 3 — 江苏 常州 生态环境 (危险废物识别标志), 2021 (before 2021-07-15: 行政处罚法 2017 numbering), 单位, GBK text.
Planted: ARCH-01 (卷内目录 made before the 3rd page of the 询问笔录 was added: 询问笔录 listed 5-6, every later range one page short);
DISC-01 (fine 100000 = the statutory minimum of 固废法 第一百一十二条第二款, no circumstance or reason anywhere);
SERV-03 (送达回证 for the 告知书 names 常环罚告〔2021〕21号, the 告知书 is 常环罚告〔2021〕12号)."""
from lib import Doc, fd, uscc, daxie
from common import songda, beikao

CASE_ID = "dev11_03_js_waste_gbk"
AG = "常州市生态环境局"
PARTY = "常州武进锐丰金属制品有限公司"
CC = uscc("91", "320412", "MA1N4R6H")
ADDR = "江苏省常州市武进区湟里镇东安工业集中区兴业路8号"
LEGAL = "蒋海林"
O1, C1 = "顾建新", "320412201900087"
O2, C2 = "蒋雯", "320412201900112"
NO = "常环行罚〔2021〕63号"
NO_G = "常环罚告〔2021〕12号"
NO_G_WRONG = "常环罚告〔2021〕21号"
FINE = 100000
DT = dict(filing="2021-01-12", inspect="2021-01-12", ask="2021-01-14", report="2021-02-20", legal="2021-03-01",
          discuss="2021-03-03", notice="2021-03-05", notice_served="2021-03-08", waiver="2021-03-09",
          decision="2021-03-22", decision_served="2021-03-24", payment="2021-04-06", closing="2021-04-12")


def toc_override(rows):
    # the 目录 was typed when the 询问笔录 had two pages; the third page was added later and nobody re-did the 目录
    out = [rows[0]]
    shift = False
    for r in rows[1:]:
        r = list(r)
        a, _, b = r[4].partition("-")
        a, b = int(a), int(b or a)
        if r[1] == "询问笔录":
            b -= 1
            shift = True
        elif shift:
            a -= 1; b -= 1
        r[4] = str(a) if a == b else f"{a}-{b}"
        out.append(r)
    return out


def build():
    docs = []
    d = Doc("立案审批表", date=fd(DT["filing"]))
    d.h("常州市生态环境局立案审批表")
    d.t([["案件来源", "日常监督检查"],
         ["当事人", PARTY],
         ["统一社会信用代码", CC],
         ["地址", ADDR],
         ["法定代表人", LEGAL],
         ["案情摘要", "2021年1月12日，执法人员对当事人进行现场检查，发现其危险废物贮存场所（仓库东侧彩钢棚）存放废乳化液约3.2吨、废矿物油桶27只，贮存场所及包装容器均未设置危险废物识别标志。"],
         ["立案依据", "《中华人民共和国固体废物污染环境防治法》第七十七条、第一百一十二条"],
         ["经办人意见", f"建议立案。{O1}　{O2}　2021年1月12日"],
         ["部门负责人意见", "同意。王立新　2021年1月12日"],
         ["局领导审批", "同意立案。陈国华　2021年1月12日"]])
    docs.append(d)

    d = Doc("现场检查（勘察）笔录", kind="现场检查笔录", date=fd(DT["inspect"]))
    d.h("现场检查（勘察）笔录")
    d.t([["检查时间", "2021年1月12日9时40分至10时50分"],
         ["检查地点", ADDR],
         ["被检查单位", PARTY],
         ["现场负责人", "周立强（环保专员）"],
         ["检查人", f"{O1}（执法证号{C1}）、{O2}（执法证号{C2}）"],
         ["记录人", O2]])
    d.p("执法人员出示执法证件，告知被检查单位有申请回避的权利，现场负责人表示不申请回避。检查全程使用执法记录仪（CZHB-115）录像。")
    d.p("现场情况：该公司主要从事五金冲压件生产，生产过程产生废乳化液、废矿物油。仓库东侧彩钢棚内存放废乳化液（吨桶装）约3.2吨、废矿物油桶27只，地面设有防渗托盘。贮存场所入口及各包装容器均未设置危险废物识别标志，场所内无危险废物标签。公司提供的危险废物管理计划已在江苏省危险废物全生命周期监控系统备案。")
    d.p("以上记录经现场负责人阅读，确认无误。")
    d.r("现场负责人签名：周立强　2021年1月12日")
    d.r(f"检查人签名：{O1}　{O2}")
    docs.append(d)

    d = Doc("现场照片", kind="证据材料", toc_title="现场照片及说明")
    d.h("现场照片及说明")
    d.p("照片1：仓库东侧彩钢棚全景，入口处无危险废物贮存场所标志。照片2：吨桶装废乳化液，桶身无危险废物标签。照片3：废矿物油桶堆放情况。照片4：防渗托盘。")
    d.p("拍摄人：顾建新；拍摄时间：2021年1月12日10时05分至10时20分；拍摄地点：常州武进锐丰金属制品有限公司仓库东侧；证明内容：危险废物贮存场所及容器未设置识别标志。")
    d.r("当事人确认：周立强　2021年1月12日")
    docs.append(d)

    d = Doc("询问笔录", date=fd(DT["ask"]))
    d.h("调查询问笔录")
    d.t([["时间", "2021年1月14日9时30分至10时40分"],
         ["地点", "常州市生态环境局武进分局第二询问室"],
         ["询问人", f"{O1}（执法证号{C1}）"],
         ["记录人", f"{O2}（执法证号{C2}）"],
         ["被询问人", f"周立强，男，公司环保专员，受法定代表人{LEGAL}委托"]])
    d.p("问：我们是常州市生态环境局的执法人员，这是我们的执法证件。今天依法向你调查了解情况，你有申请回避的权利，是否申请？")
    d.p("答：不申请。")
    d.p("问：你公司产生哪些危险废物？年产生量多少？")
    d.p("答：废乳化液（HW09）每年约12吨，废矿物油（HW08）约1.5吨，都委托常州某资源再生公司处置，有合同和转移联单。")
    d.r("被询问人签名：周立强　　询问人：顾建新　记录人：蒋雯")
    d.brk()
    d.p("问：贮存场所为什么没有设置危险废物识别标志？")
    d.p("答：原来的标志牌去年11月仓库翻修时拆下来了，一直没有重新挂上，桶上的标签也是那时候掉的。")
    d.p("问：未设置标志的状态持续了多长时间？")
    d.p("答：从2020年11月中旬到检查那天，大概两个月。")
    d.r("被询问人签名：周立强　　询问人：顾建新　记录人：蒋雯")
    d.brk()
    d.p("问：目前是否已经整改？")
    d.p("答：1月13日已经重新设置了贮存场所标志，每个桶都贴了标签，整改照片已经交给你们。")
    d.p("问：你还有什么补充？")
    d.p("答：没有了。以上笔录我看过，与我说的相符。")
    d.r("被询问人签名：周立强　2021年1月14日")
    d.r("询问人：顾建新　记录人：蒋雯")
    docs.append(d)

    d = Doc("案件调查报告", kind="调查终结报告", date=fd(DT["report"]))
    d.h("案件调查报告")
    d.p(f"一、当事人基本情况：{PARTY}，统一社会信用代码{CC}，地址{ADDR}，法定代表人{LEGAL}。")
    d.p("二、调查经过：2021年1月12日现场检查并立案，1月14日调查询问，收集了现场照片、危险废物管理计划备案表、处置合同等证据。")
    d.p("三、违法事实：当事人在其位于武进区湟里镇东安工业集中区兴业路8号的厂区仓库东侧彩钢棚内贮存废乳化液约3.2吨、废矿物油桶27只，2020年11月中旬至2021年1月12日期间，贮存场所及包装容器均未设置危险废物识别标志。")
    d.p("四、法律依据：当事人的行为违反了《中华人民共和国固体废物污染环境防治法》第七十七条的规定。依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（一）项、第二款的规定，应处十万元以上一百万元以下的罚款。")
    d.p("五、处理意见：责令当事人改正违法行为，处罚款人民币拾万元。")
    d.r(f"调查人：{O1}　{O2}　2021年2月20日")
    docs.append(d)

    d = Doc("重大行政执法决定法制审核意见书", kind="法制审核意见", date=fd(DT["legal"]))
    d.h("重大行政执法决定法制审核意见书")
    d.t([["案件名称", f"{PARTY}未按规定设置危险废物识别标志案"],
         ["审核意见", "执法主体合法，程序合法，证据充分，适用法律正确，同意拟处罚意见。"],
         ["审核人", "钱莉　2021年3月1日"],
         ["法规处负责人", "朱卫东　2021年3月1日"]])
    docs.append(d)

    d = Doc("案件集体讨论笔录", kind="集体讨论记录", date=fd(DT["discuss"]))
    d.h("案件集体讨论笔录")
    d.t([["时间", "2021年3月3日14时30分"],
         ["地点", "局五楼会议室"],
         ["主持人", "陈国华"],
         ["参加人", "陈国华、孔德明、许志刚、王立新、朱卫东"],
         ["记录人", "杭雪"]])
    d.p("案件承办人汇报调查情况，法规处汇报审核意见。")
    d.p("讨论结论：同意责令改正，罚款拾万元。")
    d.r("参加人签名：陈国华　孔德明　许志刚　王立新　朱卫东")
    docs.append(d)

    d = Doc("行政处罚事先（听证）告知书", kind="行政处罚事先告知书", number=NO_G, date=fd(DT["notice"]))
    d.h(AG).h("行政处罚事先（听证）告知书").r(NO_G)
    d.p(f"{PARTY}：")
    d.p("我局于2021年1月12日对你单位进行了现场检查，发现你单位危险废物贮存场所及包装容器未设置危险废物识别标志。")
    d.p("以上行为违反了《中华人民共和国固体废物污染环境防治法》第七十七条的规定。依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（一）项、第二款的规定，我局拟对你单位作出罚款人民币壹拾万元整的行政处罚。")
    d.p("根据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条的规定，你单位可在收到本告知书之日起三日内向我局提出书面陈述、申辩意见，或者提出听证申请。逾期未提出的，视为放弃上述权利。")
    d.p("联系地址：常州市武进区延政中路28号　联系人：顾建新　电话：0519-8****077")
    d.r(AG).seal().r(fd(DT["notice"], "cn"))
    docs.append(d)
    docs.append(songda(AG, "行政处罚事先（听证）告知书", NO_G_WRONG, PARTY, ADDR, "直接送达", "周立强（受委托）",
                       DT["notice_served"], [O1, O2]))

    d = Doc("放弃陈述申辩及听证权利声明", kind="放弃声明", date=fd(DT["waiver"]))
    d.h("放弃陈述申辩及听证权利声明")
    d.p(f"常州市生态环境局：我单位已收到贵局{NO_G}《行政处罚事先（听证）告知书》，对告知的违法事实、处罚依据及拟处罚内容无异议，自愿放弃陈述、申辩及要求听证的权利。")
    d.r(f"声明单位：{PARTY}（盖章）")
    d.r(f"法定代表人签名：{LEGAL}　2021年3月9日")
    docs.append(d)

    d = Doc("行政处罚决定书", number=NO, date=fd(DT["decision"], "cn"))
    d.h(AG).h("行政处罚决定书").r(NO)
    d.p(f"{PARTY}：")
    d.p(f"统一社会信用代码：{CC}　地址：{ADDR}　法定代表人：{LEGAL}")
    d.p("一、环境违法事实和证据")
    d.p("我局于2021年1月12日对你单位进行了调查，发现你单位实施了以下环境违法行为：你单位在厂区仓库东侧彩钢棚内贮存废乳化液约3.2吨、废矿物油桶27只，2020年11月中旬至2021年1月12日期间，贮存场所及包装容器均未设置危险废物识别标志。")
    d.p("以上事实，有现场检查（勘察）笔录、现场照片、调查询问笔录、危险废物管理计划备案表等证据为凭。")
    d.p("二、行政处罚的依据和种类")
    d.p("你单位的上述行为违反了《中华人民共和国固体废物污染环境防治法》第七十七条的规定。我局于2021年3月5日以《行政处罚事先（听证）告知书》告知你单位陈述、申辩和听证的权利，你单位书面声明放弃。")
    d.p("依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（一）项、第二款的规定，我局决定对你单位作出如下行政处罚：罚款人民币壹拾万元整（100000元）。")
    d.brk()
    d.p("三、行政处罚决定的履行方式和期限")
    d.p("你单位应自收到本决定书之日起十五日内，持江苏省非税收入一般缴款书到指定银行缴纳罚款。逾期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定每日按罚款数额的3%加处罚款。")
    d.p("四、申请复议或者提起诉讼的途径和期限")
    d.p("你单位如不服本处罚决定，可在收到本决定书之日起六十日内向江苏省生态环境厅或者常州市人民政府申请行政复议，也可以在六个月内向常州市天宁区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。")
    d.r(AG).seal().r(fd(DT["decision"], "cn"))
    docs.append(d)
    docs.append(songda(AG, "行政处罚决定书", NO, PARTY, ADDR, "直接送达", "周立强（受委托）", DT["decision_served"], [O1, O2]))

    d = Doc("江苏省非税收入一般缴款书", kind="缴款凭证", date=fd(DT["payment"]))
    d.h("江苏省非税收入一般缴款书（回单联）")
    d.t([["缴款人", PARTY], ["执收单位", AG], ["收入项目", "罚没收入"],
         ["金额", f"{FINE}.00元（大写：{daxie(FINE)}）"], ["缴款日期", fd(DT["payment"], "dot")],
         ["缴款码", "32040021040600063"]])
    docs.append(d)

    d = Doc("结案审批表", date=fd(DT["closing"]))
    d.h("结案审批表")
    d.t([["案件名称", f"{PARTY}未按规定设置危险废物识别标志案"],
         ["处罚决定书文号", NO],
         ["处罚决定", f"罚款{FINE}元"],
         ["执行情况", f"当事人已于2021年4月6日缴纳罚款{FINE}元；违法行为已于2021年1月13日改正，经2021年3月30日复查属实。"],
         ["经办人意见", f"建议结案。{O1}　{O2}　2021年4月12日"],
         ["审批意见", "同意结案。陈国华　2021年4月12日"]])
    docs.append(d)
    docs.append(beikao(["本卷共有文件15份，现场执法记录仪视频1段另行刻盘保存。"], O2, "2021-04-15", "王立新"))

    label = dict(
        codes=["ARCH-01", "DISC-01", "SERV-03"], encoding="gbk",
        notes=("ARCH-01: the 卷内目录 lists 询问笔录 as pp.5-6 but it runs pp.5-7 (three pages); every later entry in the 目录 is one page short "
               "(e.g. 行政处罚决定书 listed 13-14, actually 14-15). "
               "DISC-01: the fine 100000 is exactly the statutory minimum of 固废法 第一百一十二条第二款 (10万–100万); neither the 案件调查报告, "
               "the 法制审核意见, the 集体讨论笔录 nor the 决定书 gives any circumstance (从轻/一般/从重) or reason for the amount. "
               "SERV-03: the 送达回证 for the 告知书 reads 常环罚告〔2021〕21号 while the 告知书 is 常环罚告〔2021〕12号. "
               "Not defects: 2017 行政处罚法 numbering (第三十一条、第三十二条、第四十二条, 第五十一条) is correct for a decision of 2021-03-22; "
               "three-day 陈述申辩/听证 period was the 2017 rule and the party waived in writing; pre-2024 dual 复议 channel (省厅 or 市政府) was lawful; "
               "2021-02-20 (Saturday) was an official make-up working day."),
        fields=dict(agency=AG, party=dict(name=PARTY, kind="单位", credit_code=CC, id_number=None),
                    penalty=dict(fine_yuan=FINE, procedure="普通"),
                    dates=dict(filing=DT["filing"], notice=DT["notice"], decision=DT["decision"],
                               decision_served=DT["decision_served"]),
                    citations=[dict(law="《中华人民共和国固体废物污染环境防治法》", article=77, paragraph=None, item=None, role="violated"),
                               dict(law="《中华人民共和国固体废物污染环境防治法》", article=112, paragraph=1, item=1, role="penalty"),
                               dict(law="《中华人民共和国固体废物污染环境防治法》", article=112, paragraph=2, item=None, role="penalty")]))
    facts = dict(dates=DT, credit_codes=[CC], id_numbers=[], serve_limit_wd=7, planted_toc_mismatch=True,
                 waiver=True)
    return dict(case_id=CASE_ID, fmt="txt", encoding="gbk", docs=docs, label=label, facts=facts,
                toc_override=toc_override, toc_header=["全宗号：CZHB　目录号：2021-XZCF　案卷号：063", "保管期限：长期"])
