"""Documents 719-724 of the decisions7 corpus: texts and hand labels.

Every name, address, number and case below is invented; see docs_a for the conventions.
"""

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="719_人力资源社会保障.txt",
    domain="人力资源社会保障",
    doc_type="劳动保障监察行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a district government 行政执法公示 page with publication furniture",
    body="""\
大连市甘井子区人民政府 > 政务公开 > 行政执法公示 > 处罚决定
甘井子区人力资源和社会保障局行政处罚决定书（甘人社监罚字(2021)第019号）
发文日期：2021.10.08    信息来源：区人社局    点击数：64
【打印本页】【关闭窗口】

大连市甘井子区人力资源和社会保障局
劳动保障监察行政处罚决定书
甘人社监罚字(2021)第019号
用人单位名称：大连鑫程速达物流有限公司
统一社会信用代码：91210211MA0YB27D43
法定代表人：孙某某
地址：辽宁省大连市甘井子区营城子街道某路某号

经查，你单位存在下列违反劳动保障法律、法规或者规章的行为：
2021年7月28日，本局劳动保障监察员根据投诉对你单位进行检查。经查，2021年6月至7月，你单位安排分拣中心23名分拣员延长工作时间，每人每月延长工作时间52至68小时不等，超过法律规定的每月不得超过三十六小时的上限。2021年8月3日，本局对你单位立案调查，并于2021年8月5日向你单位下达《劳动保障监察责令改正决定书》。
上述事实有现场检查笔录、询问笔录4份、考勤记录、工资发放表、劳动者名册等证据证实。
以上行为违反了《中华人民共和国劳动法》第四十一条的规定。
本局于2021年9月14日向你单位送达了《劳动保障监察行政处罚事先告知书》（甘人社监告字(2021)第019号），你单位在规定期限内未提出陈述、申辩，也未要求听证。
依据《中华人民共和国劳动法》第九十条和劳动保障监察条例第二十五条的规定，本局决定对你单位作出如下行政处罚：
1.给予警告；
2.按照受侵害的劳动者每人300元的标准，处以罚款人民币柒仟贰佰元（7200元）。
你单位应自收到本处罚决定书之日起15日内，持本决定书到大连市甘井子区非税收入代收银行缴纳罚款。到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的3%加处罚款。
如不服本处罚决定，可在收到本决定书之日起60日内向大连市甘井子区人民政府或者大连市人力资源和社会保障局申请行政复议，或者在6个月内向大连市甘井子区人民法院提起行政诉讼。逾期不申请行政复议、不提起行政诉讼又不履行本处罚决定的，本局将依法申请人民法院强制执行。

大连市甘井子区人力资源和社会保障局
二〇二一年十月八日
""",
    label={
        "file": "719_人力资源社会保障.txt",
        "doc_type": "劳动保障监察行政处罚决定书",
        "agency": "大连市甘井子区人力资源和社会保障局",
        "doc_number": "甘人社监罚字(2021)第019号",
        "party": "大连鑫程速达物流有限公司",
        "credit_code": "91210211MA0YB27D43",
        "cited_articles": [
            {"law": "《中华人民共和国劳动法》", "article": 41, "paragraph": None, "item": None, "role": "violated"},
            {"law": "《中华人民共和国劳动法》", "article": 90, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《劳动保障监察条例》", "article": 25, "paragraph": None, "item": None, "role": "penalty",
             "note": "written without 书名号: 劳动保障监察条例第二十五条"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": 7200,
        "confiscation_yuan": None,
        "dates": {"filing": "2021-08-03", "notice": "2021-09-14", "decision": "2021-10-08", "service": None,
                  "inspection": "2021-07-28", "complaint": "2021-07-28"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Penalties: 警告 + 罚款 7200元 as decided. The per-worker formula of 劳动保障监察条例 第二十五条 (from "
                 "memory: 100–500元 per affected worker) gives 23 × 300 = 6900元, not 7200 (7200 would be 24 workers). "
                 "Page date '2021.10.08' (dotted) is the publication date; the decision is dated 二〇二一年十月八日 — "
                 "the same day. 文号 with ASCII parentheses and 第: 甘人社监罚字(2021)第019号. 劳动法 and 劳动保障监察条例 "
                 "cited from memory (not in shared/laws).",
        "defects_observed": [
            "罚款金额计算错误：按23名劳动者每人300元应为6900元，决定书写7200元",
            "法规名称缺书名号（劳动保障监察条例第二十五条）",
            "裁量标准“每人300元”的理由未说明",
        ],
        "related_doc_numbers": ["甘人社监告字(2021)第019号"],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="720_市场监管.txt",
    domain="市场监管",
    doc_type="行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a 中国市场监管行政处罚文书网 record (case metadata block, then the decision text)",
    body="""\
中国市场监管行政处罚文书网
案件名称：张掖鑫源石油销售有限公司北环路加油站价格违法和使用超过检定周期计量器具案
当事人：张掖鑫源石油销售有限公司北环路加油站
处罚决定书文号：张甘市监处罚〔2023〕215号
处罚机关：张掖市甘州区市场监督管理局
处罚决定日期：2023年05月09日
公示日期：2023年05月22日

张掖市甘州区市场监督管理局
行政处罚决定书
张甘市监处罚〔2023〕215号
当事人：张掖鑫源石油销售有限公司北环路加油站
主体资格证照名称：营业执照
统一社会信用代码：91620702MA71LG5R1X
住所：甘肃省张掖市甘州区北环路某号
负责人：马某某
2023年3月16日，本局执法人员对当事人经营场所进行检查，发现当事人在为车辆加注车用尿素时另行收取“加注服务费”，且在用的部分加油机已超过检定周期。2023年3月17日，经本局负责人批准立案调查。
经查明：
一、2023年2月1日至3月16日，当事人为车辆加注车用尿素时，在尿素标价之外每次另行收取“加注服务费”5元，该费用未在价目表或其他标价载体中标明，共收取92次，违法所得460元。
二、当事人在用的3号、5号加油机（出厂编号JY2018-0331、JY2018-0335）属于强制检定的计量器具，检定有效期至2023年1月12日，至检查时已超过检定周期仍继续使用，未发现计量失准。
上述事实有现场笔录、询问笔录、收费记录、加油机检定证书复印件、现场照片等证据证实。
本局认为：当事人在标价之外收取未予标明的费用的行为，违反了《中华人民共和国价格法》第十三条第二款、《明码标价和禁止价格欺诈规定》第八条的规定；当事人使用超过检定周期的强制检定计量器具的行为，违反了《中华人民共和国计量法》第九条第一款的规定。
2023年4月20日，本局向当事人送达了《行政处罚告知书》（张甘市监罚告〔2023〕188号），当事人在规定期限内未提出陈述、申辩和听证要求。
依据《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第13条第3项和《中华人民共和国计量法实施细则》第43条的规定，本局决定：
（一）对价格违法行为，责令改正，没收违法所得460元，并处罚款2000元；
（二）对使用超过检定周期计量器具的行为，责令停止使用3号、5号加油机，并处罚款800元。
以上罚没款合计3260元。
当事人应当自收到本决定书之日起十五日内，通过甘肃省非税收入电子缴款系统缴纳罚没款。到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内向张掖市甘州区人民政府或者张掖市市场监督管理局申请行政复议，也可以在六个月内依法向张掖市甘州区人民法院提起行政诉讼。
张掖市甘州区市场监督管理局
2023年5月9日
""",
    label={
        "file": "720_市场监管.txt",
        "doc_type": "行政处罚决定书",
        "agency": "张掖市甘州区市场监督管理局",
        "doc_number": "张甘市监处罚〔2023〕215号",
        "party": "张掖鑫源石油销售有限公司北环路加油站",
        "credit_code": "91620702MA71LG5R1X",
        "cited_articles": [
            {"law": "《中华人民共和国价格法》", "article": 13, "paragraph": 2, "item": None, "role": "violated"},
            {"law": "《明码标价和禁止价格欺诈规定》", "article": 8, "paragraph": None, "item": None, "role": "violated"},
            {"law": "《中华人民共和国计量法》", "article": 9, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国价格法》", "article": 42, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《价格违法行为行政处罚规定》", "article": 13, "paragraph": None, "item": 3, "role": "penalty",
             "note": "written 第13条第3项"},
            {"law": "《中华人民共和国计量法实施细则》", "article": 43, "paragraph": None, "item": None, "role": "penalty",
             "note": "written 第43条; cited from memory"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": 2800,
        "confiscation_yuan": 460,
        "dates": {"filing": "2023-03-17", "notice": "2023-04-20", "decision": "2023-05-09", "service": None,
                  "inspection": "2023-03-16"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Two violations under two laws, penalised separately and totalled: 价格 (没收 460 + 罚款 2000, within "
                 "价格违法行为行政处罚规定 第十三条 ≤5000) and 计量 (罚款 800, within 实施细则 ≤1000 as recalled); "
                 "fine_yuan 2800, confiscation_yuan 460, 罚没款合计 3260 (consistent). 违法所得 460 = 92 × 5. Party is a "
                 "加油站 branch with a 负责人. Articles written with Arabic numerals (第13条第3项, 第43条) next to Chinese "
                 "ones. 文书网 metadata repeats the 文号 and gives 2023年05月09日 (zero-padded) plus a 公示日期. 计量法 and "
                 "its 实施细则 cited from memory (not in shared/laws).",
        "defects_observed": [
            "两项罚款的裁量理由均未说明",
            "计量违法行为未说明是否有违法所得",
        ],
        "related_doc_numbers": ["张甘市监罚告〔2023〕188号"],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="721_统计.txt",
    domain="统计",
    doc_type="行政处罚信息（双公示）",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a 信用中国（江西）双公示 page, older field layout (处罚事由/处罚结果)",
    body="""\
信用中国（江西）
当前位置：首页 > 信用信息 > 双公示 > 行政处罚
案件名称：赣州市南康区瑞祥家具制造有限公司提供不真实统计资料案
行政处罚决定书文号：南康统罚〔2020〕3号
处罚类别1：警告
处罚类别2：罚款
处罚事由：当事人在2019年统计年报《工业产销总值及主要产品产量》（B204-1表）中上报工业总产值12864万元，经核查实际为7316万元，虚报5548万元，提供不真实统计资料，违反了《中华人民共和国统计法》第七条的规定。
处罚依据：《中华人民共和国统计法》第四十一条第一款第（二）项、第二款及《江西省统计行政处罚裁量基准
处罚结果：给予警告，并处罚款人民币贰万元
罚款金额（万元）：2
没收违法所得、没收非法财物的金额（万元）：
暂扣或吊销证照名称及编号：
行政相对人名称：赣州市南康区瑞祥家具制造有限公司
行政相对人代码：91360703MA38NE2KXJ
法定代表人姓名：谢某某
处罚决定日期：2020/9/18
处罚机关：赣州市南康区统计局
处罚机关统一社会信用代码：11360703MB1E509341
当前状态：正常（或常态）
数据来源：赣州市南康区统计局
数据更新时间：2020/9/25 10:14:33
""",
    label={
        "file": "721_统计.txt",
        "doc_type": "行政处罚信息（双公示）",
        "agency": "赣州市南康区统计局",
        "doc_number": "南康统罚〔2020〕3号",
        "party": "赣州市南康区瑞祥家具制造有限公司",
        "credit_code": "91360703MA38NE2KXJ",
        "cited_articles": [
            {"law": "《中华人民共和国统计法》", "article": 7, "paragraph": None, "item": None, "role": "violated"},
            {"law": "《中华人民共和国统计法》", "article": 41, "paragraph": 1, "item": 2, "role": "penalty"},
            {"law": "《中华人民共和国统计法》", "article": 41, "paragraph": 2, "item": None, "role": "penalty",
             "note": "written jointly: 第四十一条第一款第（二）项、第二款"},
            {"law": "《江西省统计行政处罚裁量基准》", "article": None, "paragraph": None, "item": None, "role": "discretion",
             "note": "closing 书名号 missing in the text"},
        ],
        "fine_yuan": 20000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2020-09-18", "service": None},
        "remedy_days": None,
        "discretion": None,
        "completeness": "complete",
        "notes": "A 双公示 summary record, not the decision: no remedy clause expected. Two penalty kinds on separate "
                 "lines (处罚类别1/2: 警告, 罚款). Fine in 万元 ('2') and capitals (贰万元) = 20000, inside 统计法(2009) "
                 "第四十一条第二款 (企业: ≤5万). Date with slashes and no zero padding (2020/9/18). 工业总产值 figures "
                 "are in 万元 but are statistics, not money penalties. Party code labelled '行政相对人代码'. 统计法 cited "
                 "from memory (2009 numbering; not in shared/laws).",
        "defects_observed": [
            "虚报比例达43%，处罚依据列裁量基准但未写明档次",
            "裁量基准名称缺右书名号",
        ],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="722_市场监管.txt",
    domain="市场监管",
    doc_type="行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of an older (2015) agency news-and-notices page with its furniture",
    body="""\
长春市质量技术监督局
当前位置：首页 >> 执法公告 >> 行政处罚
【标题】长春市质量技术监督局行政处罚决定书（长质监罚字〔2015〕第027号）
发布日期：2015-07-02    来源：法规科    点击：[218]

长春市质量技术监督局
行政处罚决定书
长质监罚字〔2015〕第027号
当事人：长春福润丰食品有限公司
营业执照注册号：220104000056310
法定代表人：许某某
地址：长春市朝阳区某路某号

2015年3月18日，我局执法人员对当事人进行特种设备安全监督检查时发现，当事人锅炉房内在用的2台蒸汽锅炉（使用登记证编号分别为锅长A0123、锅长A0124）定期检验有效期均至2014年9月，当事人在超过定期检验有效期后未申报定期检验，继续使用上述锅炉。2015年3月20日，我局对当事人立案调查。
以上事实有现场检查笔录、询问笔录、特种设备使用登记证复印件、锅炉定期检验报告复印件、锅炉运行记录、现场照片等证据证实。
当事人的上述行为违反了《中华人民共和国特种设备安全法》第四十条第三款“未经定期检验或者检验不合格的特种设备，不得继续使用”的规定。
2015年5月12日，我局向当事人送达了《行政处罚听证告知书》（长质监听告字〔2015〕第027号），拟对当事人处罚款人民币捌万元。当事人于2015年5月14日提出听证申请。我局于2015年5月29日向当事人送达《听证通知书》，并于2015年6月9日依法举行了听证，听证由我局法规科工作人员主持。当事人在听证中提出：其已于2015年4月28日完成上述锅炉的定期检验，检验结论为合格；超期使用期间锅炉运行正常，未发生事故；请求从轻处罚。经复核，当事人所述检验情况属实，主动消除了违法行为危害后果，符合《中华人民共和国行政处罚法》第二十七条第一款第（一）项规定的情形，我局予以采纳。
依据《中华人民共和国特种设备安全法》第八十四条第（一）项的规定，我局决定对当事人从轻处罚：罚款人民币伍万元整。
当事人应自收到本决定书之日起十五日内，到长春市非税收入代收银行缴纳罚款。逾期不缴纳的，我局将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本处罚决定，可在收到本决定书之日起六十日内向长春市人民政府或者吉林省质量技术监督局申请行政复议，也可以在三个月内直接向长春市朝阳区人民法院提起行政诉讼。

长春市质量技术监督局
二〇一五年六月二十六日

【打印此页】【关闭窗口】
""",
    label={
        "file": "722_市场监管.txt",
        "doc_type": "行政处罚决定书",
        "agency": "长春市质量技术监督局",
        "doc_number": "长质监罚字〔2015〕第027号",
        "party": "长春福润丰食品有限公司",
        "credit_code": None,
        "cited_articles": [
            {"law": "《中华人民共和国特种设备安全法》", "article": 40, "paragraph": 3, "item": None, "role": "violated"},
            {"law": "《中华人民共和国行政处罚法》", "article": 27, "paragraph": 1, "item": 1, "role": "discretion",
             "note": "1996/2009 numbering"},
            {"law": "《中华人民共和国特种设备安全法》", "article": 84, "paragraph": None, "item": 1, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 51, "paragraph": None, "item": 1, "role": "other"},
        ],
        "fine_yuan": 50000,
        "confiscation_yuan": None,
        "dates": {"filing": "2015-03-20", "notice": "2015-05-12", "decision": "2015-06-26", "service": None,
                  "inspection": "2015-03-18"},
        "remedy_days": {"review": 60, "litigation": "3m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "Hearing held: 告知 2015-05-12 (proposed 80000), request 2015-05-14 (within the old 3-day window), "
                 "notice 2015-05-29, hearing 2015-06-09 (≥7 days after notice), decision 2015-06-26 lowered to 50000 "
                 "with reasons (no PROC-08 issue: lower, not higher). Pre-USCC party: 营业执照注册号 220104000056310 "
                 "(15 digits) instead of a credit code → credit_code null. Fine inside 特种设备安全法 第八十四条 (3万–30万). "
                 "Some agencies cite 第八十三条第（四）项 (未按照规定申报定期检验) for this fact pattern; 特种设备安全法 cited "
                 "from memory (not in shared/laws). The agency (质量技术监督局) predates the 2018 merger into 市场监管.",
        "defects_observed": [
            "起诉期限写作“三个月”，2015年5月1日起行政诉讼法规定为六个月",
            "听证由本机关法制机构工作人员主持，未载明其非本案调查人员",
            "未写明责令停止使用有关特种设备（第八十四条规定“责令停止使用”）",
        ],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="723_教育.txt",
    domain="教育",
    doc_type="校外培训行政处罚决定书（参考文本）",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a 政务公开 notice publishing a blank decision template as an attachment",
    body="""\
北京市海淀区教育委员会 > 政务公开 > 行政执法 > 执法文书
关于公布校外培训行政处罚文书参考文本的通知
发布日期：2024-03-15    来源：区教委    浏览量：402

各相关科室、执法人员：
为规范校外培训行政执法行为，现将《校外培训行政处罚决定书（参考文本）》公布如下，请参照使用。

附件2

________________（行政机关名称）
校外培训行政处罚决定书
（参考文本）
________教罚〔____〕____号

当事人：________________________
统一社会信用代码（公民身份号码）：________________________
住所（住址）：________________________    法定代表人（负责人）：____________

    本机关于____年____月____日对你（单位）________________一案立案调查。经查，________________________________（违法事实：时间、地点、行为、情节、后果）。
    上述事实有以下证据证明：1.____________；2.____________；……
    你（单位）的上述行为违反了《____________________》第____条第____款第____项的规定。
    本机关于____年____月____日向你（单位）送达了《行政处罚事先告知书》（________教罚告〔____〕____号），告知你（单位）拟作出行政处罚的内容及事实、理由、依据，以及依法享有的陈述、申辩、要求听证的权利。
    □你（单位）在法定期限内未提出陈述、申辩，未要求听证。
    □你（单位）提出了陈述、申辩意见，经复核，________________________。
    □本机关于____年____月____日依法举行了听证，________________________。
    依据《____________________》第____条第____款第____项的规定，本机关决定：
    □警告  □通报批评  □罚款人民币________元  □没收违法所得人民币________元
    □没收非法财物________  □责令退还所收费用________  □其他________
    你（单位）应当自收到本决定书之日起十五日内，到________________缴纳罚款。到期不缴纳罚款的，本机关可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。
    如不服本决定，可以在收到本决定书之日起六十日内向________人民政府申请行政复议，或者在六个月内依法向________人民法院提起行政诉讼。

                                        ________________（行政机关名称及印章）
                                              ____年____月____日

（本文书一式____份，____份送达，一份归档。）

附件：1.校外培训行政处罚事先告知书（参考文本）.docx
      2.校外培训行政处罚决定书（参考文本）.docx
""",
    label={
        "file": "723_教育.txt",
        "doc_type": "校外培训行政处罚决定书（参考文本）",
        "agency": None,
        "doc_number": "________教罚〔____〕____号",
        "party": None,
        "credit_code": None,
        "cited_articles": [
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": None, "service": None},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "template",
        "notes": "Blank template published by 北京市海淀区教育委员会 (the page's publisher, not a deciding agency: "
                 "agency null). Placeholder citations '《____________________》第____条第____款第____项' must not be "
                 "extracted as citations; only 行政处罚法 第七十二条第一款第（一）项 is concrete. Check boxes (□) offer "
                 "alternative outcomes. 发布日期 2024-03-15 is a publication date, not a case date. Post-2024 wording: "
                 "复议 to '________人民政府'.",
        "defects_observed": [],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="724_烟草专卖.txt",
    domain="烟草专卖",
    doc_type="烟草专卖行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "WeChat 公众号 repost (title, account line, editor's note, decision text, footer)",
    body="""\
以案释法｜未在当地烟草专卖批发企业进货，被罚！
万州烟草  2026年01月20日 10:02  重庆

【编者按】根据《烟草专卖法实施条例》，取得烟草专卖零售许可证的经营户应当在当地烟草专卖批发企业进货。近日，我局查处了一起零售户从外地人员处购进卷烟的案件，现将处罚决定书（已隐去个人信息）刊发如下。

重庆市万州区烟草专卖局
行政处罚决定书
万烟处〔2026〕第6号

当事人：重庆市万州区邻家便利店（经营者：冉某某）
统一社会信用代码：92500101MA60TR4U0E
烟草专卖零售许可证号：500101********
经营地址：重庆市万州区某街道某路某号

    2025年11月18日，我局执法人员在对当事人经营场所进行检查时，发现其店内货架及仓库存放的“云烟（紫）”等14个品种规格共236条卷烟，当事人无法提供从当地烟草专卖批发企业购进的票据。2025年11月20日，我局对该案立案调查。
    经查，当事人于2025年10月至11月间，从外地来万人员处购进上述14个品种规格卷烟共267条，进货总额为人民币48360元；截至案发时已售出31条，销售收入6510元，扣除该31条的进货成本5270元，违法所得为人民币1240元。
    上述事实有检查笔录、询问笔录、涉案卷烟清单、先行登记保存证据通知书、当事人销售记录及微信转账记录等证据证实。
    当事人的上述行为违反了《中华人民共和国烟草专卖法实施条例》第二十三条第二款的规定。
    2025年12月22日，我局向当事人送达了《行政处罚事先告知书》（万烟告〔2025〕第41号），告知其拟作出行政处罚的事实、理由、依据及享有陈述、申辩、要求听证的权利。当事人在规定期限内未提出陈述、申辩，未要求听证。
    依据《中华人民共和国烟草专卖法实施条例》第五十六条的规定，参照《重庆市烟草专卖行政处罚裁量基准》，我局决定：
    一、没收违法所得人民币1240元；
    二、处进货总额8%的罚款，计人民币3868.8元（叁仟捌佰陆拾捌元捌角）。
    当事人应当自收到本决定书之日起十五日内，到重庆农村商业银行万州分行各网点缴纳罚没款。逾期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
    当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向重庆市烟草专卖局申请行政复议，或者在六个月内向重庆市万州区人民法院提起行政诉讼。

重庆市万州区烟草专卖局
2026年1月9日

— END —
往期推荐
▶ 以案释法｜无证经营烟草制品零售业务的法律责任
▶ 万州区烟草专卖局开展元旦春节市场检查
阅读 2061  分享  收藏  在看  点赞
""",
    label={
        "file": "724_烟草专卖.txt",
        "doc_type": "烟草专卖行政处罚决定书",
        "agency": "重庆市万州区烟草专卖局",
        "doc_number": "万烟处〔2026〕第6号",
        "party": "重庆市万州区邻家便利店",
        "credit_code": "92500101MA60TR4U0E",
        "cited_articles": [
            {"law": "《中华人民共和国烟草专卖法实施条例》", "article": 23, "paragraph": 2, "item": None, "role": "violated"},
            {"law": "《中华人民共和国烟草专卖法实施条例》", "article": 56, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《重庆市烟草专卖行政处罚裁量基准》", "article": None, "paragraph": None, "item": None, "role": "discretion"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": 3868.8,
        "confiscation_yuan": 1240,
        "dates": {"filing": "2025-11-20", "notice": "2025-12-22", "decision": "2026-01-09", "service": None,
                  "inspection": "2025-11-18"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "个体工商户 named as 字号 + （经营者：冉某某）; party label is the 字号 only. Fine with a decimal: "
                 "3868.8 = 48360 × 8% (实施条例 第五十六条, from memory: 没收违法所得, 进货总额 5%–10%); amount also in "
                 "capitals with 角. 违法所得 1240 = 6510 − 5270; 267 − 31 = 236 on hand (all consistent). The editor's "
                 "note cites '《烟草专卖法实施条例》' without an article — not a citation of the decision. 2026 decision: "
                 "复议 to 重庆市烟草专卖局 (next level), on the reading that 烟草专卖局 is vertically led under "
                 "行政复议法(2023) 第二十七条 — verify; the 本级人民政府 reading would make this a DOC-02 finding. Repost "
                 "date 2026-01-20. Filing to decision 50 days.",
        "defects_observed": [
            "罚款比例8%的裁量理由未说明（仅称参照裁量基准）",
            "在案236条卷烟的处理（先行登记保存后）未在决定中载明",
        ],
        "related_doc_numbers": ["万烟告〔2025〕第41号"],
    },
))
