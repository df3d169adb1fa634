"""Case 4 — 河南 驻马店 交通运输 (货车违法超限运输), 2024, 个人, folder of UTF-8 texts (one per document).
Planted: SUBJ-02 (询问笔录: second officer 李明辉 has an empty 执法证号); DOC-02 (决定书 dated 2024-04-22 names
河南省交通运输厅 as 复议机关; since 2024-01-01 it is 驻马店市人民政府 for a city transport bureau)."""
from lib import Doc, fd, id_number, daxie
from common import songda, beikao

CASE_ID = "dev11_04_hn_overload_folder"
AG = "驻马店市交通运输局"
PARTY = "王永强"
IDN = id_number("411702", "19820315", "573")
ADDR = "河南省驻马店市驿城区胡庙乡王楼村三组"
O1, C1 = "张国栋", "41170223000318"
O2, C2 = "李明辉", "41170223000325"
NO = "驻交执罚〔2024〕0417号"
NO_G = "驻交执告〔2024〕0417号"
FINE = 6000
LIMIT, GROSS = 49000, 61000
DT = dict(filing="2024-04-18", inspect="2024-04-18", ask="2024-04-18", report="2024-04-19", legal="2024-04-19",
          notice="2024-04-19", notice_served="2024-04-19", waiver="2024-04-19", decision="2024-04-22",
          decision_served="2024-04-22", payment="2024-04-22", closing="2024-04-26")
PLATE = "豫Q3K769/豫QB826挂"


def build():
    docs = []
    d = Doc("立案登记表", kind="立案审批表", date=fd(DT["filing"]))
    d.h(AG).h("立案登记表")
    d.t([["案件来源", "检测站检测", "受案时间", "2024年4月18日10时15分"],
         ["案由", "涉嫌车辆违法超限运输案"],
         ["当事人", f"{PARTY}　身份证号：{IDN}"],
         ["住址", ADDR],
         ["车辆", f"{PLATE}（六轴半挂列车）"],
         ["简要案情", f"2024年4月18日10时许，当事人驾驶{PLATE}六轴半挂列车装载石子途经G107线驻马店北超限检测站，经称重检测车货总质量{GROSS}千克，超过限定标准{LIMIT}千克。"],
         ["执法人员", f"{O1}（{C1}）、{O2}（{C2}）"],
         ["执法机构意见", "建议立案。驻马店市交通运输综合行政执法支队　高振海　2024年4月18日"],
         ["负责人意见", "同意立案。刘向东　2024年4月18日"]])
    docs.append(d)

    d = Doc("现场笔录", kind="现场检查笔录", date=fd(DT["inspect"]))
    d.h("现场笔录")
    d.t([["时间", "2024年4月18日10时15分至10时50分", "地点", "G107线驻马店北超限检测站"],
         ["执法人员", f"{O1}（执法证号{C1}）、{O2}（执法证号{C2}）", "记录人", O2],
         ["当事人", PARTY, "车辆号牌", PLATE]])
    d.p("执法人员向当事人出示了执法证件，告知其有申请回避的权利，当事人不申请回避。现场使用执法记录仪（ZMD-JT-031）全程记录。")
    d.p(f"现场情况：该车为六轴半挂列车，装载石子，经检测站动态称重设备（检定证书有效期至2024年10月）检测，车货总质量{GROSS}千克，限定标准{LIMIT}千克，超限{GROSS - LIMIT}千克。检测单编号：ZMDB2404180087。执法人员责令当事人自行卸载超限货物，当事人于11时30分卸载完毕，复检总质量48760千克。")
    d.r(f"当事人签名：{PARTY}　2024年4月18日")
    d.r(f"执法人员签名：{O1}　{O2}")
    docs.append(d)

    d = Doc("询问笔录", date=fd(DT["ask"]))
    d.h("询问笔录")
    d.t([["时间", "2024年4月18日11时40分至12时10分", "地点", "驻马店北超限检测站询问室"],
         ["询问人", f"{O1}（执法证号：{C1}）、{O2}（执法证号：　　　　）", "记录人", O2],
         ["被询问人", PARTY, "身份证号", IDN]])
    d.p("问：我们是驻马店市交通运输局执法人员（出示执法证件），现就你驾驶车辆超限一事进行询问，你有如实回答的义务，有申请回避的权利，是否申请回避？")
    d.p("答：不申请。")
    d.p("问：车辆归谁所有？运的什么货？从哪到哪？")
    d.p("答：车是我自己的，挂靠在驿城区一家运输公司名下，平时自己接活。今天从确山县石料厂拉石子到汝南县一个工地，运费按车结算。")
    d.p("问：你知道车辆限载是多少吗？")
    d.p("答：知道是49吨，装货时没有过磅，装多了。")
    d.p("问：以上笔录是否属实？")
    d.p("答：我看过了，属实。")
    d.r(f"被询问人签名：{PARTY}　2024年4月18日")
    d.r(f"询问人签名：{O1}　{O2}")
    docs.append(d)

    d = Doc("证据材料", toc_title="证据材料（检测单、行驶证、驾驶证复印件、照片）")
    d.h("证据材料")
    d.t([["序号", "名称", "证明内容"],
         ["1", "车辆称重检测单（ZMDB2404180087）", f"车货总质量{GROSS}千克"],
         ["2", "车辆行驶证、驾驶证、身份证复印件", "车辆及当事人身份"],
         ["3", "现场照片4张（车辆正面、侧面、货物、称重显示屏）", "车辆超限状态"],
         ["4", "卸载及复检记录", "已消除违法状态"]])
    d.p("照片拍摄人：张国栋；拍摄时间：2024年4月18日10时20分；拍摄设备：执法记录仪ZMD-JT-031。")
    docs.append(d)

    d = Doc("案件调查终结报告", kind="调查终结报告", date=fd(DT["report"]))
    d.h("案件调查终结报告")
    d.p(f"当事人{PARTY}于2024年4月18日驾驶{PLATE}六轴半挂列车在G107线行驶，车货总质量{GROSS}千克，超过{LIMIT}千克限定标准{GROSS - LIMIT}千克。")
    d.p("上述行为违反了《公路安全保护条例》第三十三条第一款的规定。依据《公路安全保护条例》第六十四条、《超限运输车辆行驶公路管理规定》第四十三条第一款第（二）项“每超1000千克罚款500元，最高不得超过30000元”，超限12000千克，应处罚款6000元。当事人已自行卸载消除违法状态，系初次被查处，按基准计算的数额处罚，不予从重。")
    d.p(f"处理意见：罚款人民币{FINE}元。")
    d.r(f"承办人：{O1}　{O2}　2024年4月19日")
    docs.append(d)

    d = Doc("法制审核意见书", kind="法制审核意见", date=fd(DT["legal"]))
    d.h("法制审核意见书")
    d.t([["审核事项", f"{PARTY}车辆违法超限运输案"],
         ["审核意见", "执法主体合法，事实清楚，证据充分，适用依据正确，罚款数额按超限吨位计算无误，程序合法。同意。"],
         ["审核人", "冯丽娜　2024年4月19日"]])
    docs.append(d)

    d = Doc("行政处罚告知书", kind="行政处罚事先告知书", number=NO_G, date=fd(DT["notice"]))
    d.h(AG).h("行政处罚告知书").r(NO_G)
    d.p(f"{PARTY}：")
    d.p(f"你于2024年4月18日驾驶{PLATE}六轴半挂列车在G107线行驶，车货总质量{GROSS}千克，超过限定标准{GROSS - LIMIT}千克，违反了《公路安全保护条例》第三十三条第一款的规定。依据《公路安全保护条例》第六十四条、《超限运输车辆行驶公路管理规定》第四十三条第一款第（二）项的规定，本机关拟对你作出罚款人民币陆仟元整的行政处罚。")
    d.p("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你可在收到本告知书之日起五个工作日内向本机关进行陈述、申辩或要求听证，逾期视为放弃。")
    d.r(AG).seal().r(fd(DT["notice"]))
    docs.append(d)
    docs.append(songda(AG, "行政处罚告知书", NO_G, PARTY, "驻马店北超限检测站", "直接送达", PARTY, DT["notice_served"], [O1, O2]))

    d = Doc("放弃陈述申辩听证声明", kind="放弃声明", date=fd(DT["waiver"]))
    d.h("放弃陈述申辩和听证权利声明")
    d.p(f"本人已收到{NO_G}《行政处罚告知书》，对告知的事实、理由、依据及拟处罚内容无异议，自愿放弃陈述、申辩和要求听证的权利，请求尽快作出处理。")
    d.r(f"声明人：{PARTY}　2024年4月19日")
    docs.append(d)

    d = Doc("行政处罚决定书", number=NO, date=fd(DT["decision"]))
    d.h(AG).h("行政处罚决定书").r(NO)
    d.p(f"当事人：{PARTY}　性别：男　身份证号：{IDN}　住址：{ADDR}")
    d.p(f"经查，2024年4月18日10时许，你驾驶{PLATE}六轴半挂列车装载石子途经G107线驻马店北超限检测站，经检测车货总质量{GROSS}千克，超过限定标准{LIMIT}千克，超限{GROSS - LIMIT}千克。以上事实有现场笔录、询问笔录、称重检测单、现场照片等证据证实。")
    d.p("你的行为违反了《公路安全保护条例》第三十三条第一款的规定。你在规定期限内书面放弃了陈述、申辩和听证的权利。鉴于你已自行卸载消除违法状态，系初次被查处，依据《公路安全保护条例》第六十四条、《超限运输车辆行驶公路管理规定》第四十三条第一款第（二）项的规定，按每超1000千克罚款500元计算，本机关决定对你作出如下行政处罚：")
    d.p(f"罚款人民币{daxie(FINE)}（¥{FINE}）。")
    d.p("你应自收到本决定书之日起十五日内，将罚款缴至驻马店市非税收入指定代收银行。逾期不缴纳的，本机关将每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额，并依法申请人民法院强制执行。")
    d.p("如不服本决定，可在收到本决定书之日起六十日内向河南省交通运输厅申请行政复议，或者在六个月内依法向驻马店市驿城区人民法院提起行政诉讼。")
    d.r(AG).seal().r(fd(DT["decision"]))
    docs.append(d)
    docs.append(songda(AG, "行政处罚决定书", NO, PARTY, "驻马店市交通运输局执法支队办案区", "直接送达", PARTY, DT["decision_served"], [O1, O2]))

    d = Doc("河南省政府非税收入票据", kind="缴款凭证", date=fd(DT["payment"]))
    d.h("河南省政府非税收入票据（电子）")
    d.t([["交款人", PARTY, "开票日期", "2024-04-22"],
         ["项目名称", "交通罚没收入", "金额", f"{FINE}.00"],
         ["金额（大写）", daxie(FINE), "票据号码", "4117002404220153"]])
    docs.append(d)

    d = Doc("结案报告", kind="结案审批表", date=fd(DT["closing"]))
    d.h("结案报告")
    d.t([["案件名称", f"{PARTY}车辆违法超限运输案"],
         ["处理结果", f"罚款{FINE}元（{NO}）"],
         ["执行情况", "当事人于2024年4月22日缴纳罚款6000元；超限货物已于2024年4月18日卸载。"],
         ["承办人意见", f"建议结案。{O1}　{O2}　2024年4月26日"],
         ["负责人意见", "同意。刘向东　2024年4月26日"]])
    docs.append(d)
    docs.append(beikao(["本案为驻马店市交通运输综合行政执法支队以驻马店市交通运输局名义办理。执法记录仪视频一段已存储于执法视音频管理系统。"],
                       O2, "2024-04-28", "高振海"))

    label = dict(
        codes=["DOC-02", "SUBJ-02"], encoding="folder",
        notes=("SUBJ-02: in 03_询问笔录.txt the second 询问人 李明辉 is written with an empty 执法证号（　　　　） although the 现场笔录 gives his number; "
               "on that record the officer has no certificate number. "
               "DOC-02: the 决定书 (2024-04-22) tells the party to apply for 复议 to 河南省交通运输厅; under 行政复议法(2023), in force 2024-01-01, "
               "the organ for a 市交通运输局 (not vertically led) is 驻马店市人民政府. "
               "Not defects: fine 6000 = 12 × 500 (超限12000千克), within 3万 cap; written waiver before the decision; decision and payment on the same day."),
        fields=dict(agency=AG, party=dict(name=PARTY, kind="个人", credit_code=None, id_number=IDN),
                    penalty=dict(fine_yuan=FINE, procedure="普通"),
                    dates=dict(filing=DT["filing"], notice=DT["notice"], decision=DT["decision"],
                               decision_served=DT["decision_served"]),
                    citations=[dict(law="《公路安全保护条例》", article=33, paragraph=1, item=None, role="violated"),
                               dict(law="《公路安全保护条例》", article=64, paragraph=None, item=None, role="penalty"),
                               dict(law="《超限运输车辆行驶公路管理规定》", article=43, paragraph=1, item=2, role="penalty")]))
    facts = dict(dates=DT, credit_codes=[], id_numbers=[IDN], serve_limit_wd=7, waiver=True,
                 sums=[("超限罚款", [(GROSS - LIMIT) // 1000 * 500], FINE)])
    return dict(case_id=CASE_ID, fmt="folder", docs=docs, label=label, facts=facts)
