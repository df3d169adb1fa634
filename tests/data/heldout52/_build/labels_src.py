"""Writes ../labels.jsonl from the hand-kept label entries below."""
import json
import os

from common import OUT


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


AIR = "中华人民共和国大气污染防治法"
SAFE = "中华人民共和国安全生产法"
WATER = "中华人民共和国水污染防治法"
FIRE = "中华人民共和国消防法"
PERMIT = "排污许可管理条例"

LABELS = []


def add(case_id, codes, notes, encoding, agency, party, fine, procedure, dates, citations):
    LABELS.append({"case_id": case_id, "codes": sorted(codes), "notes": notes, "encoding": encoding,
                   "fields": {"agency": agency, "party": party,
                              "penalty": {"fine_yuan": fine, "procedure": procedure},
                              "dates": dates, "citations": citations}})


import case1_vocs as c1
add(c1.CASE_ID, ["SERV-01", "SUBJ-02"],
    "SERV-01：决定书2023年5月24日作出，邮寄送达回证及EMS妥投信息显示2023年6月6日签收，间隔9个工作日（超过7个工作日），非当场交付。"
    "SUBJ-02：调查询问笔录（2023年4月13日）询问人周婧未注明执法证号（其他文书中有，但该笔录缺失）。"
    "其余：现场检查早于立案属正常；事先告知书5月10日电子送达，5个工作日期满5月17日，决定5月24日；罚款5万元在大气法第一百零八条2万-20万幅度内，说明了裁量理由。",
    "utf-8", "嘉兴市生态环境局",
    {"name": c1.PARTY, "kind": "单位", "credit_code": c1.USCC, "id_number": None},
    50000, "普通",
    {"filing": "2023-04-10", "notice": "2023-05-10", "decision": "2023-05-24", "decision_served": "2023-06-06"},
    [cit(AIR, 45), cit(AIR, 108, None, 1, "penalty")])

import case2_training as c2
add(c2.CASE_ID, [],
    "干净案卷。事先告知书2022年4月11日电子送达（苏服办，附送达地址确认书），五日期满后4月20日作出决定（清明假期在告知前）；"
    "决定书4月21日直接送达，1个工作日；询问笔录询问人、记录人均有执法证号；罚款3万元在安全生产法第九十七条十万元以下幅度内，说明较轻情形；"
    "缴款凭证金额30000元与决定一致；GB18030编码。",
    "gb18030", "无锡市新吴区应急管理局",
    {"name": c2.PARTY, "kind": "单位", "credit_code": c2.USCC, "id_number": None},
    30000, "普通",
    {"filing": "2022-03-16", "notice": "2022-04-11", "decision": "2022-04-20", "decision_served": "2022-04-21"},
    [cit(SAFE, 28, 1), cit(SAFE, 97, None, 3, "penalty")])

import case3_hotwork as c3
add(c3.CASE_ID, ["PROC-06", "SERV-02"],
    "PROC-06：当事人申请并举行了听证（2024年6月25日），依行政处罚法第五十八条第一款第二项应当法制审核，但卷内无法制审核意见，"
    "听证报告后直接作出决定（7月3日）。SERV-02：决定书送达回证（10_送达回证.txt）“受送达人签名”栏空白，直接送达，无留置见证或说明。"
    "其余：听证后罚款由8万降为6万（未加重）；6万在安全生产法第一百零一条十万元以下幅度内；延期缴纳经审批，8月28日缴款60000元。",
    "utf-8", "杭州市余杭区应急管理局",
    {"name": c3.PARTY, "kind": "单位", "credit_code": c3.USCC, "id_number": None},
    60000, "普通",
    {"filing": "2024-05-21", "notice": "2024-06-14", "decision": "2024-07-03", "decision_served": "2024-07-04"},
    [cit(SAFE, 43), cit(SAFE, 101, None, 3, "penalty")])

import case4_water as c4
add(c4.CASE_ID, [],
    "干净案卷（DOCX，Word表格）。2019年案件适用2017年行政处罚法（告知依据第三十一条、第三十二条、第四十二条，三日内要求听证）；"
    "罚款15万元在水污染防治法第八十三条10万-100万幅度内并说明一般情形；重大案件有法制审核意见（7月22日，审核人有法律职业资格）和集体讨论记录（7月24日），均在决定（7月26日）之前；"
    "2019年决定可向上一级主管部门（省生态环境厅）申请复议，不构成DOC-02；决定书7月29日直接送达（1个工作日）；缴款150000元。",
    "docx", "苏州市生态环境局",
    {"name": c4.PARTY, "kind": "单位", "credit_code": c4.USCC, "id_number": None},
    150000, "普通",
    {"filing": "2019-06-14", "notice": "2019-07-12", "decision": "2019-07-26", "decision_served": "2019-07-29"},
    [cit(WATER, 10), cit(WATER, 83, None, 2, "penalty")])

import case5_ledger as c5
add(c5.CASE_ID, ["DOC-03", "LAW-05"],
    "LAW-05：排污许可管理条例第三十七条第一项为“每次5千元以上2万元以下”，决定书认定一次未按规定记录台账却罚款3万元，超出上限，且未说明按多次计罚。"
    "DOC-03：行政处罚决定书（第7页）无文号，送达回证亦仅写文书名称（事先告知书有文号常环罚告〔2025〕41号）。"
    "其余：告知书2025年4月18日苏服办电子送达，五个工作日后（五一假期前后）5月8日作出决定；5月9日直接送达；缴款30000元与决定一致。",
    "utf-8", "常州市生态环境局",
    {"name": c5.PARTY, "kind": "单位", "credit_code": c5.USCC, "id_number": None},
    30000, "普通",
    {"filing": "2025-03-20", "notice": "2025-04-18", "decision": "2025-05-08", "decision_served": "2025-05-09"},
    [cit(PERMIT, 21, 1), cit(PERMIT, 37, None, 1, "penalty")])

import case6_exit as c6
add(c6.CASE_ID, ["ARCH-01", "EVID-01"],
    "ARCH-01：卷内目录将“复查记录”标为第6页、“案件调查终结报告”标为第7页，实际分别在第5页、第6页（与事先告知书第7页重叠）。"
    "EVID-01：询问笔录（2022年8月12日，第4页）既未记载执法人员出示执法证件/表明身份，也未告知申请回避权利（现场检查笔录有记载）。"
    "其余：罚款2000元低于消防法第六十条第一款第三项五千元下限，但卷内载明行政处罚法第三十二条第一项主动消除危害后果的减轻情节，不构成LAW-05；"
    "当事人为有限公司（单位），不适用第六十条第二款个人条款；决定书9月9日送达（1个工作日）。",
    "utf-8", "宁波市北仑区新碶街道办事处",
    {"name": c6.PARTY, "kind": "单位", "credit_code": c6.USCC, "id_number": None},
    2000, "普通",
    {"filing": "2022-08-10", "notice": "2022-08-29", "decision": "2022-09-08", "decision_served": "2022-09-09"},
    [cit(FIRE, 28), cit(FIRE, 60, 1, 3, "penalty")])

import case7_burning as c7
add(c7.CASE_ID, ["DOC-02", "PROC-10"],
    "PROC-10：当场行政处罚决定书（简易程序）对自然人罚款500元，超过简易程序对个人200元的上限（大气法第一百一十九条第一款最低即500元，本不应适用简易程序）。"
    "DOC-02：决定日期2024年11月12日，为当场作出的行政处罚决定，救济告知仍写“六十日内申请复议或六个月内提起诉讼”，未告知复议前置（行政复议法2023第二十三条）。"
    "其余：两名执法人员有证号，引用执法记录仪；当场缴款收据500元；扫描件（灰度、红色圆形印章、轻微倾斜）。",
    "scan", "嘉善县综合行政执法局",
    {"name": c7.PARTY, "kind": "个人", "credit_code": None, "id_number": c7.PID},
    500, "简易",
    {"filing": None, "notice": None, "decision": "2024-11-12", "decision_served": "2024-11-12"},
    [cit(AIR, 77), cit(AIR, 119, 1, None, "penalty")])

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in LABELS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(LABELS), "labels")
