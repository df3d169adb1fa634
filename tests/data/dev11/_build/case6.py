"""Case 6 — 广东 佛山 南海区 卫生 (医疗机构使用非卫生技术人员), 2018, 单位, text PDF in prose layout. CLEAN.
Looks suspicious but lawful: fine at the statutory maximum (5000) with stated 从重 grounds; the 陈述申辩 period crosses the
2018 National Day holiday with the 9-29/9-30 make-up working days; a 更正通知书 corrects a typo in the party's name on the 告知书."""
from lib import Doc, fd, uscc, daxie
from common import songda, beikao

CASE_ID = "dev11_06_gd_clinic_pdfprose"
AG = "佛山市南海区卫生和计划生育局"
PARTY = "佛山市南海区康明医疗门诊部有限公司"
TYPO = "佛山市南海区康铭医疗门诊部有限公司"
CC = uscc("91", "440605", "MA4W2E8D")
ADDR = "广东省佛山市南海区桂城街道南海大道北63号首层之二"
LEGAL = "梁志恒"
O1, C1 = "陈嘉欣", "粤卫执440605-1032"
O2, C2 = "黎浩文", "粤卫执440605-1057"
NO = "南卫医罚〔2018〕46号"
NO_G = "南卫医罚告〔2018〕46号"
NO_C = "南卫医更〔2018〕3号"
FINE = 5000
DT = dict(filing="2018-08-15", inspect="2018-08-15", ask="2018-08-17", report="2018-09-10", legal="2018-09-14",
          discuss="2018-09-20", notice="2018-09-27", notice_served="2018-09-28", correction="2018-10-08",
          decision="2018-10-09", decision_served="2018-10-10", payment="2018-10-22", closing="2018-10-26")


def build():
    docs = []
    d = Doc("立案报告", kind="立案审批表", date=fd(DT["filing"]))
    d.h("立案报告")
    d.p(f"案由：{PARTY}涉嫌使用非卫生技术人员从事医疗卫生技术工作。")
    d.p(f"当事人：{PARTY}，统一社会信用代码{CC}，地址{ADDR}，法定代表人{LEGAL}，《医疗机构执业许可证》登记号PDY40532044060517D2152。")
    d.p("案情摘要：2018年8月15日，本局卫生监督员对该门诊部进行监督检查，发现输液室两名工作人员正在为患者进行静脉输液操作，现场不能出示护士执业证书。")
    d.p(f"承办人：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）。承办人意见：建议立案调查。2018年8月15日")
    d.p("审批意见：同意立案。审批人：何振邦　2018年8月15日")
    docs.append(d)

    d = Doc("现场检查笔录", date=fd(DT["inspect"]))
    d.h("现场检查笔录")
    d.p(f"检查时间：2018年8月15日10时05分至11时20分。检查地点：{ADDR}。被检查单位：{PARTY}。现场负责人：周慧玲（护士长）。")
    d.p(f"卫生监督员{O1}（执法证号{C1}）、{O2}（执法证号{C2}）向现场负责人出示执法证件，说明检查目的，告知有申请回避的权利，对方表示不申请回避。检查过程使用执法记录仪（NHWJ-009）同步录像。")
    d.p("检查情况：输液室内工作人员陈小燕、黄丽萍正在为2名患者进行静脉输液操作，二人均不能出示护士执业证书。查阅该门诊部排班表及输液登记本，二人自2018年1月起在输液室从事静脉输液、肌肉注射等护理工作。现场对排班表、输液登记本第12—37页拍照复印。")
    d.p(f"被检查单位现场负责人签名：周慧玲。卫生监督员签名：{O1}、{O2}。2018年8月15日")
    docs.append(d)

    d = Doc("询问笔录", date=fd(DT["ask"]))
    d.h("询问笔录")
    d.p(f"询问时间：2018年8月17日14时30分至15时35分。地点：南海区卫生监督所三楼询问室。询问人：{O1}（执法证号{C1}）；记录人：{O2}（执法证号{C2}）。被询问人：{LEGAL}，{PARTY}法定代表人。")
    d.p("问：我们是佛山市南海区卫生和计划生育局卫生监督员，这是我们的执法证件。你有如实回答的义务，也有申请回避的权利，你是否申请回避？答：不申请。")
    d.p("问：陈小燕、黄丽萍在你单位从事什么工作？是否取得护士执业证书？答：她们2018年1月入职，在输液室做输液、打针。两人是卫校毕业，还没有考取护士资格，没有护士执业证书。")
    d.p("问：你单位是否曾因同类问题受过处理？答：2017年6月卫生监督所检查时给过我们书面警告，要求不得使用无证人员，我们当时整改了，后来又招了这两个人。")
    d.p("问：以上记录是否属实？答：以上笔录我看过，与我所说一致。")
    d.p(f"被询问人签名：{LEGAL}　2018年8月17日。询问人签名：{O1}　记录人签名：{O2}")
    docs.append(d)

    d = Doc("证据材料", toc_title="证据材料（证照、排班表、输液登记本、照片、2017年警告书）")
    d.h("证据材料说明")
    d.p("1.营业执照、《医疗机构执业许可证》复印件，证明当事人主体资格；2.2018年1—8月排班表及输液登记本复印件（加盖当事人公章），证明陈小燕、黄丽萍从事护理工作的时间；3.现场照片6张（拍摄人陈嘉欣，2018年8月15日10时20分，执法记录仪NHWJ-009），证明现场输液操作情况；4.陈小燕、黄丽萍身份证及毕业证复印件，证明二人未取得护士执业证书；5.本局2017年6月12日卫生监督意见书（警告）复印件，证明当事人曾因同类问题被警告。")
    docs.append(d)

    d = Doc("案件调查终结报告", kind="调查终结报告", date=fd(DT["report"]))
    d.h("案件调查终结报告")
    d.p(f"经调查，{PARTY}自2018年1月至8月15日期间，使用未取得护士执业证书的陈小燕、黄丽萍二人在其输液室从事静脉输液、肌肉注射等护理工作。")
    d.p("当事人的行为违反了《医疗机构管理条例》第二十八条的规定。依据《医疗机构管理条例》第四十八条、《医疗机构管理条例实施细则》第八十一条第一款第（一）项的规定，任用两名以上非卫生技术人员从事诊疗活动的，处以三千元以上五千元以下罚款。")
    d.p("裁量理由：当事人使用两名非卫生技术人员，持续时间约八个月，且2017年6月曾因同类问题被书面警告后再次违法，情节较重，依据《广东省卫生计生行政处罚自由裁量权细化标准》从重档次，建议在法定幅度内从重处罚：罚款人民币5000元，并责令立即改正。")
    d.p(f"承办人：{O1}、{O2}　2018年9月10日")
    docs.append(d)

    d = Doc("法制审核意见", kind="法制审核意见", date=fd(DT["legal"]))
    d.h("法制审核意见")
    d.p("经审核，本案事实清楚、证据确实充分、定性准确、适用法律正确、程序合法；当事人曾被警告后再犯，按从重档次处法定最高额罚款5000元，理由充分，未超出法定幅度。同意承办人意见。")
    d.p("审核人：苏婉仪　2018年9月14日")
    docs.append(d)

    d = Doc("案件合议记录", kind="集体讨论记录", date=fd(DT["discuss"]))
    d.h("案件合议记录")
    d.p("时间：2018年9月20日15时。地点：局四楼会议室。主持人：何振邦。参加人：何振邦、冯淑贞、区健华、苏婉仪。记录人：麦晓婷。")
    d.p("合议意见：当事人再次违法，持续时间长，一致同意在法定幅度内从重处罚，罚款5000元，并责令立即改正。")
    d.p("参加人签名：何振邦、冯淑贞、区健华、苏婉仪")
    docs.append(d)

    d = Doc("行政处罚事先告知书", number=NO_G, date=fd(DT["notice"]))
    d.h(AG).h("行政处罚事先告知书").r(NO_G)
    d.p(f"{TYPO}：")
    d.p("经查，你单位自2018年1月至8月15日期间，使用未取得护士执业证书的陈小燕、黄丽萍二人从事静脉输液、肌肉注射等护理工作，违反了《医疗机构管理条例》第二十八条的规定。依据《医疗机构管理条例》第四十八条、《医疗机构管理条例实施细则》第八十一条第一款第（一）项的规定，鉴于你单位曾因同类问题被警告后再次违法，本局拟对你单位作出罚款人民币伍仟元整的行政处罚。")
    d.p("根据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条的规定，你单位可在收到本告知书之日起三个工作日内向本局提出陈述和申辩，或者要求举行听证；逾期未提出的，视为放弃上述权利。")
    d.r(AG).seal().r(fd(DT["notice"]))
    docs.append(d)
    docs.append(songda(AG, "行政处罚事先告知书", NO_G, PARTY, ADDR, "直接送达", f"{LEGAL}（{PARTY}公章）", DT["notice_served"], [O1, O2]))

    d = Doc("更正通知书", kind="更正通知书", number=NO_C, date=fd(DT["correction"]))
    d.h(AG).h("更正通知书").r(NO_C)
    d.p(f"{PARTY}：")
    d.p(f"本局于2018年9月27日送达你单位的《行政处罚事先告知书》（{NO_G}）中，当事人名称误写为“{TYPO}”，现更正为“{PARTY}”（统一社会信用代码{CC}）。告知书其他内容不变，你单位陈述、申辩及要求听证的权利和期限不受影响。")
    d.r(AG).seal().r(fd(DT["correction"]))
    docs.append(d)
    docs.append(songda(AG, "更正通知书", NO_C, PARTY, ADDR, "直接送达", LEGAL, DT["correction"], [O1, O2]))

    d = Doc("行政处罚决定书", number=NO, date=fd(DT["decision"], "cn"))
    d.h(AG).h("行政处罚决定书").r(NO)
    d.p(f"当事人：{PARTY}；统一社会信用代码：{CC}；地址：{ADDR}；法定代表人：{LEGAL}。")
    d.p("本局于2018年8月15日对你单位进行监督检查，发现你单位自2018年1月至8月15日期间使用未取得护士执业证书的陈小燕、黄丽萍二人在输液室从事静脉输液、肌肉注射等护理工作。以上事实有现场检查笔录、询问笔录、排班表、输液登记本、现场照片等证据证实。")
    d.p("你单位的行为违反了《医疗机构管理条例》第二十八条的规定。本局已于2018年9月28日向你单位送达行政处罚事先告知书，你单位在规定期限内未提出陈述、申辩和听证申请。鉴于你单位任用两名非卫生技术人员、持续约八个月，且曾于2017年6月因同类问题被警告后再次违法，依据《医疗机构管理条例》第四十八条、《医疗机构管理条例实施细则》第八十一条第一款第（一）项的规定，从重作出如下行政处罚：")
    d.p(f"一、责令立即改正违法行为；二、罚款人民币伍仟元整（{FINE}元）。")
    d.p("你单位应于接到本决定书之日起十五日内到广东省非税收入指定代收银行缴纳罚款。逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定每日按罚款数额的百分之三加处罚款。")
    d.p("如不服本处罚决定，可在接到本决定书之日起六十日内向佛山市南海区人民政府或者佛山市卫生和计划生育局申请行政复议，或者在六个月内向佛山市南海区人民法院提起行政诉讼。")
    d.r(AG).seal().r(fd(DT["decision"], "cn"))
    docs.append(d)
    docs.append(songda(AG, "行政处罚决定书", NO, PARTY, ADDR, "直接送达", LEGAL, DT["decision_served"], [O1, O2]))

    d = Doc("广东省非税收入缴款凭证", kind="缴款凭证", date=fd(DT["payment"]))
    d.h("广东省非税收入（电子）票据")
    d.p(f"交款人：{PARTY}；执收单位：{AG}；项目：罚没收入；金额：{FINE}.00元（{daxie(FINE)}）；开票日期：2018-10-22；票据号：44060518102200461。")
    docs.append(d)

    d = Doc("结案报告", kind="结案审批表", date=fd(DT["closing"]))
    d.h("结案报告")
    d.p(f"{PARTY}使用非卫生技术人员案，本局于2018年10月9日作出{NO}行政处罚决定，罚款5000元。当事人已于2018年10月22日缴纳罚款；2018年10月15日复查，陈小燕、黄丽萍已调离护理岗位，改正到位。建议结案。")
    d.p(f"承办人：{O1}、{O2}　2018年10月26日。审批意见：同意结案。何振邦　2018年10月26日")
    docs.append(d)
    docs.append(beikao(["本卷材料齐全。执法记录仪录像（2018年8月15日）刻录光盘一张随卷保存。"], O2, "2018-10-30", "冯淑贞"))

    label = dict(
        codes=[], encoding="pdf-text",
        notes=("CLEAN. Suspicious but lawful: (1) fine 5000 is the statutory maximum of 医疗机构管理条例(2016) 第四十八条 / 实施细则 第八十一条第一款第（一）项 "
               "(two or more persons: 3000–5000), with stated 从重 grounds (two persons, eight months, prior written warning 2017) in the report, 法制审核, 合议 and 决定书. "
               "(2) The 告知书 was served Friday 2018-09-28 with 三个工作日; 2018-09-29 (Sat) and 09-30 (Sun) were official make-up working days, then came the "
               "National Day holiday 10-01..10-07, so the three working days are 09-29, 09-30 and 10-08 and the period ended 2018-10-08; the 决定书 is dated 10-09. "
               "A checker that ignores 调休 and counts 10-08..10-10 would wrongly report PROC-05. (3) The 告知书 misspells the party as 康铭; a 更正通知书 "
               "(南卫医更〔2018〕3号) served 2018-10-08, before the decision, corrects it to 康明 — all other documents use the correct name and credit code. "
               "(4) The agency name 卫生和计划生育局 is right for 2018 (before the 2019 local reorganisation), and 条例 article numbers 28/48 are the pre-2022 numbering; "
               "2017 行政处罚法 numbering and the dual 复议 channel are right for 2018."),
        fields=dict(agency=AG, party=dict(name=PARTY, kind="单位", credit_code=CC, id_number=None),
                    penalty=dict(fine_yuan=FINE, procedure="普通"),
                    dates=dict(filing=DT["filing"], notice=DT["notice"], decision=DT["decision"],
                               decision_served=DT["decision_served"]),
                    citations=[dict(law="《医疗机构管理条例》", article=28, paragraph=None, item=None, role="violated"),
                               dict(law="《医疗机构管理条例》", article=48, paragraph=None, item=None, role="penalty"),
                               dict(law="《医疗机构管理条例实施细则》", article=81, paragraph=1, item=1, role="penalty")]))
    facts = dict(dates=DT, credit_codes=[CC], id_numbers=[], serve_limit_wd=7, plea_wd=3)
    return dict(case_id=CASE_ID, fmt="pdf-prose", docs=docs, label=label, facts=facts)
