# -*- coding: utf-8 -*-
"""Case H: 湖北 2023 生态环境 排污许可 (未按排污许可证规定开展自行监测) — text-layer PDF printed from Word,
header line with the agency name, footer 共N页 第N页. CLEAN.
Traps: hearing request 12 calendar days after service but within 5 working days (Mid-Autumn/National Day 2023);
approved 30-day extension (decision 108 days after 立案); 更正通知书 fixing a party-name typo in the 告知书;
hearing notice 7 working days ahead; 法制审核 after the hearing."""
from lib import D, ar_date, cn_date, daxie, make_credit, make_id, workdays_after, add_workdays

AG = "宜昌市生态环境局"
PARTY = "宜昌楚汇化工新材料有限公司"
PARTY_TYPO = "宜昌楚汇新材料化工有限公司"
CC = make_credit("91", "420505", "MA49C2L6")
PWXK = CC + "001P"
LR = "黄德明"
HB = "罗婉清"
HB_ID = make_id("420502", "19900403", "047")
ADDR = "湖北省宜昌市猇亭区猇亭大道399号"
NO_GZ = "宜环罚告〔2023〕27号"
NO_GZ_GZ = "宜环更〔2023〕3号"
NO_TZ = "宜环听通〔2023〕5号"
NO_CF = "宜环罚〔2023〕27号"
O1, C1 = "彭浩", "42050523008"
O2, C2 = "易雪", "42050523015"
FINE = 30000

d_src = D("2023-07-10"); d_la = D("2023-07-18"); d_xc = D("2023-07-20"); d_xw = D("2023-07-21")
d_zj = D("2023-09-12"); d_fz1 = D("2023-09-19"); d_gz = D("2023-09-26"); d_gz_sd = D("2023-09-27")
d_gzgz = D("2023-09-28"); d_tzsq = D("2023-10-09"); d_yq = D("2023-10-10"); d_tz = D("2023-10-11")
d_tzh = D("2023-10-23"); d_tzbg = D("2023-10-24"); d_fz2 = D("2023-10-27"); d_jt = D("2023-10-30")
d_cf = D("2023-11-03"); d_cf_sd = D("2023-11-06"); d_pay = D("2023-11-13"); d_ja = D("2023-11-20")
d_90 = d_la + __import__("datetime").timedelta(days=90)
d_ext = d_la + __import__("datetime").timedelta(days=120)


def build():
    docs = []
    docs.append(dict(title="立案审批表", no="", date=d_la, lines=[
        "立案审批表", "",
        "案件来源：排污许可证执行报告审查",
        f"当事人：{PARTY}　统一社会信用代码：{CC}",
        f"法定代表人：{LR}　地址：{ADDR}",
        f"排污许可证编号：{PWXK}（重点管理）",
        "案情简介：2023年7月10日，我局在审查排污单位2022年度排污许可证执行报告时发现，当事人2022年第三、四季度未按排污许可证"
        "规定对DA003排放口挥发性有机物（VOCs）开展自行监测，执行报告中无相应监测数据。",
        "涉嫌违反：《排污许可管理条例》第十九条第一款",
        f"承办人：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）　意见：建议立案　{ar_date(d_la)}",
        f"执法支队意见：同意立案。　杜宏斌　{ar_date(d_la)}",
        f"局负责人审批：同意。　章建华　{ar_date(d_la)}",
    ]))
    docs.append(dict(title="现场检查（勘察）笔录", no="", date=d_xc, lines=[
        "现场检查（勘察）笔录", "",
        f"检查时间：{ar_date(d_xc)}9时00分至11时10分",
        f"检查地点：{ADDR}",
        f"被检查单位：{PARTY}　现场负责人：{HB}（安环部部长）",
        f"检查人：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）　记录人：{O2}",
        "执法人员出示执法证件，说明来意，告知被检查单位有申请回避的权利，有如实提供情况和资料的义务。被检查单位：不申请回避。",
        "现场情况：当事人正常生产。DA003排放口（涂布线废气排放口）设有采样孔及永久性采样平台。当事人提供的自行监测方案（2022年版）"
        "列有DA003排放口VOCs季度监测要求，但未能提供2022年第三、四季度DA003排放口VOCs监测报告。2023年7月14日当事人委托湖北某检测公司"
        "对DA003进行了补充监测，结果达标。执法人员对排放口、监测方案、监测台账进行了拍照（照片8张）。",
        f"被检查单位意见：属实。　{HB}　{ar_date(d_xc)}",
        f"检查人：{O1}　{O2}　{ar_date(d_xc)}",
    ]))
    docs.append(dict(title="调查询问笔录", no="", date=d_xw, lines=[
        "调查询问笔录", "",
        f"询问时间：{ar_date(d_xw)}14时30分至15时45分",
        f"询问地点：{AG}执法支队询问室",
        f"询问人：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）　记录人：{O2}",
        f"被询问人：{HB}　女　身份证号：{HB_ID}　职务：安环部部长（受法定代表人委托）",
        "问：我们是宜昌市生态环境局执法人员，已向你出示执法证件。你有权申请回避，是否申请？",
        "答：不申请。",
        "问：你有如实回答问题的义务，明白吗？",
        "答：明白。",
        "问：DA003排放口2022年第三、四季度VOCs为何没有开展自行监测？",
        "答：2022年下半年原合作的检测公司资质到期，新公司签约拖延，两次季度监测都漏掉了。2022年第一、二季度和2023年第一季度都按时测了。",
        "问：发现问题后采取了哪些措施？",
        "答：7月10日收到执行报告审查问题通知后，我们7月14日马上委托检测公司补测，结果达标；同时修订了自行监测方案，"
        "增加了到期提醒和备用检测机构。",
        "问：还有什么补充？",
        "答：没有。",
        f"被询问人：以上笔录已阅，记录无误。　{HB}　{ar_date(d_xw)}",
        f"询问人：{O1}　{O2}",
    ]))
    docs.append(dict(title="证据材料", no="", date=d_xc, lines=[
        "证据材料清单", "",
        f"1．营业执照复印件（{PARTY}，统一社会信用代码{CC}）；排污许可证副本复印件（编号{PWXK}）",
        "2．2022年度排污许可证执行报告打印件（全国排污许可证管理信息平台导出）",
        "3．自行监测方案（2022年版、2023年修订版）复印件",
        "4．2022年第一、二季度及2023年第一季度DA003排放口VOCs监测报告复印件",
        "5．2023年7月14日补充监测报告复印件（结论：达标）",
        "6．现场照片8张（拍摄人易雪，2023年7月20日，证明排放口设置及监测台账情况）",
        "7．授权委托书、现场检查（勘察）笔录、调查询问笔录",
    ]))
    docs.append(dict(title="行政处罚案件调查报告", no="", date=d_zj, lines=[
        "行政处罚案件调查报告", "",
        f"一、当事人：{PARTY}，统一社会信用代码{CC}，法定代表人{LR}，地址{ADDR}。",
        f"二、调查经过：{ar_date(d_src)}执行报告审查发现线索，{ar_date(d_la)}立案，{ar_date(d_xc)}现场检查，{ar_date(d_xw)}调查询问。",
        "三、违法事实：当事人为排污许可重点管理单位，其排污许可证规定DA003排放口VOCs每季度监测一次。当事人2022年第三、四季度未开展该项"
        "自行监测。",
        "四、证据：证据材料清单1—7项。",
        "五、法律依据：违反《排污许可管理条例》第十九条第一款，依据第三十六条第（五）项，责令改正，处2万元以上20万元以下的罚款。",
        "六、裁量：当事人在立案前已主动补测并修订监测方案，主动消除违法行为危害后果，补测结果达标，依据《中华人民共和国行政处罚法》"
        "第三十二条第（一）项应当从轻处罚；按《湖北省生态环境行政处罚自由裁量基准》，漏测2次、未造成超标排放，属较轻情形。",
        f"七、处理建议：责令改正；罚款人民币{FINE:,}元。",
        f"承办人：{O1}　{O2}　{ar_date(d_zj)}",
    ]))
    docs.append(dict(title="法制审核意见（告知前）", no="", date=d_fz1, lines=[
        "法制审核意见", "",
        "审核意见：本案事实清楚，证据充分，定性准确，适用法律正确，裁量理由充分，同意告知。",
        f"审核人：宋佳（法律职业资格证书编号A20154205020399）　{ar_date(d_fz1)}",
    ]))
    docs.append(dict(title="行政处罚事先（听证）告知书", no=NO_GZ, date=d_gz, lines=[
        f"{AG}", "行政处罚事先（听证）告知书", NO_GZ, "",
        f"{PARTY_TYPO}：",
        "经查，你单位2022年第三、四季度未按照排污许可证规定对DA003排放口挥发性有机物开展自行监测，违反了《排污许可管理条例》"
        "第十九条第一款的规定。鉴于你单位主动补测并修订监测方案，依据《排污许可管理条例》第三十六条第（五）项、《中华人民共和国行政处罚法》"
        f"第三十二条第（一）项的规定，我局拟对你单位作出责令改正、罚款人民币{daxie(FINE)}（￥{FINE:,}.00）的行政处罚。",
        "根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位可在收到本告知书之日起五个工作日内"
        "向我局提出陈述、申辩或者听证申请；逾期未提出的，视为放弃。",
        f"{AG}（印章）", cn_date(d_gz),
        "",
        "送达回证",
        f"送达文书：行政处罚事先（听证）告知书（{NO_GZ}）　受送达人：{PARTY}",
        f"送达方式：直接送达　签收人：{HB}（受法定代表人委托）　签收日期：{ar_date(d_gz_sd)}　送达人：{O1}　{O2}",
    ]))
    docs.append(dict(title="更正通知书及送达回证", no=NO_GZ_GZ, date=d_gzgz, lines=[
        f"{AG}", "更正通知书", NO_GZ_GZ, "",
        f"{PARTY}：",
        f"我局于{ar_date(d_gz)}作出的《行政处罚事先（听证）告知书》（{NO_GZ}）中，当事人名称误写为“{PARTY_TYPO}”，"
        f"现更正为“{PARTY}”（统一社会信用代码{CC}）。原告知书其他内容不变，你单位陈述、申辩及申请听证的期限自收到原告知书之日起计算。",
        f"{AG}（印章）", cn_date(d_gzgz),
        "",
        f"送达回证：更正通知书（{NO_GZ_GZ}）　直接送达　签收人：{HB}　{ar_date(d_gzgz)}　送达人：{O1}　{O2}",
    ]))
    docs.append(dict(title="听证申请书", no="", date=d_tzsq, lines=[
        "听证申请书", "",
        f"{AG}：",
        f"我单位于{ar_date(d_gz_sd)}收到贵局{NO_GZ}号告知书，对拟罚款数额有异议，认为应按最低额2万元处罚，特申请听证。",
        f"申请人：{PARTY}（公章）　法定代表人：{LR}　{ar_date(d_tzsq)}",
        f"（收件登记：{AG}执法支队　{ar_date(d_tzsq)}　经办人：{O2}）",
    ]))
    docs.append(dict(title="案件延期审批表", no="", date=d_yq, lines=[
        "行政处罚案件延期审批表", "",
        f"案件名称：{PARTY}未按排污许可证规定开展自行监测案",
        f"立案日期：{ar_date(d_la)}　原办案期限届满日：{ar_date(d_90)}",
        "延期理由：当事人申请听证，需组织听证并进行法制审核、集体讨论，不能在九十日内作出处理决定。",
        f"申请延长期限：三十日（至{ar_date(d_ext)}）。依据《生态环境行政处罚办法》关于办案期限延长的规定。",
        f"承办人：{O1}　{O2}　{ar_date(d_yq)}",
        f"局负责人审批意见：同意延长三十日。　章建华　{ar_date(d_yq)}",
    ]))
    docs.append(dict(title="行政处罚听证通知书及送达回证", no=NO_TZ, date=d_tz, lines=[
        f"{AG}", "行政处罚听证通知书", NO_TZ, "",
        f"{PARTY}：",
        f"根据你单位的申请，我局定于{ar_date(d_tzh)}9时30分在宜昌市生态环境局三楼听证室举行听证。听证主持人：宋佳（法规科），"
        "听证员：田中元，记录员：胡蓉。你单位可委托一至二人代理参加，如申请主持人回避，应在听证开始前提出。无正当理由不到场的，视为放弃听证。",
        f"{AG}（印章）", cn_date(d_tz),
        "",
        f"送达回证：行政处罚听证通知书（{NO_TZ}）　直接送达　签收人：{HB}　{ar_date(d_tz)}　送达人：{O1}　{O2}",
    ]))
    docs.append(dict(title="听证笔录及听证报告", no="", date=d_tzbg, lines=[
        "听证笔录（摘要）", "",
        f"时间：{ar_date(d_tzh)}9时30分至10时50分　地点：宜昌市生态环境局三楼听证室",
        "主持人：宋佳　听证员：田中元　记录员：胡蓉",
        f"案件调查人员：{O1}、{O2}",
        f"当事人委托代理人：{HB}（安环部部长）、湖北某律师事务所律师 郑凯",
        "主持人宣布听证纪律，告知当事人权利，询问是否申请回避。代理人：不申请回避。",
        "调查人员陈述违法事实、证据、依据及处罚建议。",
        "代理人意见：当事人主动补测且结果达标，属初次违法，应按最低额2万元处罚。",
        "调查人员答辩：漏测两个季度，期间排放状况无法核实，已在裁量中从轻，3万元处于幅度下段。",
        f"听证参加人签名：{HB}　郑凯　{O1}　{O2}　宋佳　田中元　胡蓉　{ar_date(d_tzh)}",
        "",
        "听证报告",
        f"主持人意见：当事人提出的从轻情节已在拟处罚中考虑；漏测属于连续两个季度，不符合按最低额处罚的情形，建议维持拟处罚意见。"
        f"　宋佳　{ar_date(d_tzbg)}",
    ]))
    docs.append(dict(title="法制审核意见（听证后）", no="", date=d_fz2, lines=[
        "法制审核意见", "",
        "审核意见：本案经听证，依据《中华人民共和国行政处罚法》第五十八条第一款第（二）项进行法制审核。事实清楚，证据充分，程序合法，"
        "听证意见已充分考虑，同意作出处罚决定。",
        f"审核人：朱立（法律职业资格证书编号A20134205010812）　{ar_date(d_fz2)}",
    ]))
    docs.append(dict(title="案件集体讨论笔录", no="", date=d_jt, lines=[
        "案件集体讨论笔录", "",
        f"时间：{ar_date(d_jt)}15时00分　地点：局党组会议室",
        "主持人：章建华（局长）　参加人：章建华、孙立新、杜宏斌、朱立　记录人：易雪",
        "讨论情况：承办人汇报案情、听证情况及处理建议。",
        "孙立新：当事人主动补测，从轻合适，同意3万元。杜宏斌：同意。朱立：程序合法，同意。章建华：同意。",
        f"讨论结论：对{PARTY}责令改正，罚款人民币{FINE:,}元。",
        "参加人签名：章建华　孙立新　杜宏斌　朱立",
    ]))
    docs.append(dict(title="行政处罚决定书", no=NO_CF, date=d_cf, lines=[
        f"{AG}", "行政处罚决定书", NO_CF, "",
        f"当事人：{PARTY}",
        f"统一社会信用代码：{CC}",
        f"法定代表人：{LR}",
        f"地址：{ADDR}",
        "一、环境违法事实和证据",
        "当事人为排污许可重点管理单位（排污许可证编号" + PWXK + "），其排污许可证规定DA003排放口挥发性有机物每季度监测一次。"
        "经查，当事人2022年第三、四季度未按照排污许可证规定对DA003排放口挥发性有机物开展自行监测。",
        "以上事实有排污许可证副本、2022年度执行报告、自行监测方案、监测报告、现场检查（勘察）笔录、调查询问笔录、现场照片等证据为证。",
        "当事人的上述行为违反了《排污许可管理条例》第十九条第一款的规定。",
        "二、陈述申辩（听证）及采纳情况",
        f"我局于{ar_date(d_gz)}向当事人送达了告知书（{NO_GZ}），并于{ar_date(d_gzgz)}送达更正通知书。当事人于{ar_date(d_tzsq)}申请听证，"
        f"我局于{ar_date(d_tzh)}依法举行了听证。当事人提出应按最低额处罚，经复核，当事人连续两个季度未监测，不符合按最低额处罚的情形，"
        "其主动补测的情节已作为从轻情节考虑，不予采纳。",
        "三、行政处罚的依据、种类",
        "鉴于当事人主动补测并修订自行监测方案，主动消除了违法行为的危害后果，依据《中华人民共和国行政处罚法》第三十二条第（一）项，"
        "应当从轻处罚。依据《排污许可管理条例》第三十六条第（五）项的规定，我局决定：",
        "1．责令当事人改正违法行为，严格按照排污许可证规定开展自行监测；",
        f"2．处罚款人民币{daxie(FINE)}（￥{FINE:,}.00）。",
        "四、履行方式和期限",
        "当事人应当自收到本决定书之日起十五日内，将罚款缴至湖北省非税收入征收管理系统指定账户（收款人：宜昌市财政局，开户银行：中国建设银行"
        "宜昌分行，账号：4205 0163 6108 0000 0276）。逾期不缴纳罚款的，我局可以每日按罚款数额的百分之三加处罚款。",
        "五、申请复议或者提起诉讼的途径和期限",
        "当事人如不服本处罚决定，可以自收到本决定书之日起六十日内向宜昌市人民政府或者湖北省生态环境厅申请行政复议，"
        "也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。",
        "申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，"
        "我局将依法申请人民法院强制执行。",
        f"{AG}（印章）", cn_date(d_cf),
    ]))
    docs.append(dict(title="送达回证（决定书）", no="", date=d_cf_sd, lines=[
        "送达回证", "",
        f"送达文书：行政处罚决定书（{NO_CF}）",
        f"受送达人：{PARTY}",
        f"送达地点：{ADDR}",
        "送达方式：直接送达",
        f"受送达人签名或盖章：{LR}（单位公章）　收到日期：{ar_date(d_cf_sd)}",
        f"送达人：{O1}　{O2}　{ar_date(d_cf_sd)}",
    ]))
    docs.append(dict(title="罚款缴纳凭证", no="", date=d_pay, lines=[
        "湖北省非税收入一般缴款书（电子）", "",
        f"缴款日期：{ar_date(d_pay)}",
        f"缴款人：{PARTY}",
        "收款人：宜昌市财政局　账号：4205 0163 6108 0000 0276",
        f"执收单位：{AG}",
        f"项目：环境保护罚没收入（{NO_CF}）",
        f"金额：{daxie(FINE)}　￥{FINE:,}.00",
    ]))
    docs.append(dict(title="行政处罚案件结案审批表", no="", date=d_ja, lines=[
        "行政处罚案件结案审批表", "",
        f"案件名称：{PARTY}未按排污许可证规定开展自行监测案　决定书文号：{NO_CF}",
        f"执行情况：罚款{FINE:,}元已于{ar_date(d_pay)}缴纳；2023年第二、三季度自行监测已按规定开展，经复查已改正。",
        "公开情况：处罚决定已于2023年11月10日在宜昌市生态环境局网站公开。",
        f"承办人：{O1}　{O2}　{ar_date(d_ja)}　　局负责人：同意结案。章建华　{ar_date(d_ja)}",
    ]))
    cover = {
        "案件名称": f"{PARTY}未按排污许可证规定开展自行监测案",
        "决定书文号": NO_CF, "当事人": PARTY, "办案机构": f"{AG}生态环境保护综合执法支队",
        "立案日期": ar_date(d_la), "结案日期": ar_date(d_ja), "保管期限": "永久", "归档号": "2023-027",
    }
    wd_req = workdays_after(d_gz_sd, d_tzsq)
    wd_tz = workdays_after(d_tz, d_tzh)
    label = dict(
        codes=[], encoding=None,
        fields=dict(agency=AG, party=dict(name=PARTY, kind="单位", credit_code=CC, id_number=None),
                    penalty=dict(fine_yuan=FINE, procedure="普通"),
                    dates=dict(filing=str(d_la), notice=str(d_gz), decision=str(d_cf), decision_served=str(d_cf_sd)),
                    citations=[
                        dict(law="《排污许可管理条例》", article=19, paragraph=1, item=None, role="violated"),
                        dict(law="《排污许可管理条例》", article=36, paragraph=None, item=5, role="penalty"),
                    ]),
        checks=dict(day_counts={
            "notice_served_to_hearing_request_days": [str(d_gz_sd), str(d_tzsq), (d_tzsq - d_gz_sd).days],
            "notice_served_to_hearing_request_workdays": [str(d_gz_sd), str(d_tzsq), wd_req],
            "hearing_notice_to_hearing_workdays": [str(d_tz), str(d_tzh), wd_tz],
            "filing_to_decision_days": [str(d_la), str(d_cf), (d_cf - d_la).days],
            "filing_to_extension_approval_days": [str(d_la), str(d_yq), (d_yq - d_la).days],
            "decision_to_served_workdays": [str(d_cf), str(d_cf_sd), workdays_after(d_cf, d_cf_sd)]}),
        notes=("CLEAN. Traps, all lawful: (1) the hearing request of 2023-10-09 comes "
               f"{(d_tzsq - d_gz_sd).days} calendar days after the 告知书 was served (2023-09-27) but only {wd_req} working days "
               "(09-29..10-06 Mid-Autumn/National Day holiday; 10-07 and 10-08 were 调休 workdays) — inside the 5 working days of 第六十四条. "
               f"(2) Decision {(d_cf - d_la).days} days after 立案: a 延期审批表 approved by the 局负责人 on 2023-10-10 (day {(d_yq - d_la).days}, before "
               f"day 90 = {d_90}) extends the limit by 30 days to {d_ext} (生态环境行政处罚办法, in force 2023-07-01; hearing time is also excluded). "
               f"(3) The 告知书 misnames the party ('{PARTY_TYPO}'); a 更正通知书 served 2023-09-28 corrects it and keeps the same period, "
               "so DOC-06 does not apply. (4) Hearing notice served 2023-10-11 for a hearing on 2023-10-23: "
               f"the hearing falls on the {wd_tz}th working day after the notice was served, meeting the 7-day notice; chair 宋佳 is not an investigator. (5) Hearing held ⇒ 法制审核 required "
               "(第五十八条第一款第（二）项): a second 法制审核 is dated 2023-10-27, before the decision; a 集体讨论 precedes it. "
               "(6) Fine 30,000 with stated 从轻 ground (第三十二条第（一）项), inside 2万–20万. Remedy clause (宜昌市人民政府 or 湖北省生态环境厅) "
               "is correct for a decision dated 2023."),
    )
    return dict(case_id="dev13_h_hb2023_paiwu", fmt="pdf_hf", agency=AG, docs=docs, cover=cover, label=label)
