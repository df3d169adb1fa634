"""Write tests/data/dev6/labels.jsonl from the hand-kept label records below."""

from __future__ import annotations

import json

from common import OUT, idno, uscc

DAQI = "中华人民共和国大气污染防治法"
AQ = "中华人民共和国安全生产法"
JG = "中华人民共和国价格法"
XC = "中华人民共和国行政处罚法"
DY = "道路运输条例"
GF = "中华人民共和国固体废物污染环境防治法"
SP = "中华人民共和国食品安全法"
SZ = "中华人民共和国税收征收管理法"


def cit(law: str, art: int, para: int | None, item: int | None, role: str) -> dict:
    """One citation record."""
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


LABELS = [
    {
        "case_id": "dev6_01_youyan",
        "codes": [],
        "notes": "干净案卷。单位当事人，餐饮油烟未正常使用净化设施超标排放，大气法第一百一十八条第一款幅度五千至五万，罚款8000元属从轻（裁量理由写明初次违法、已整改）。"
        "事先告知书5月28日电子送达（有送达地址确认书），五日陈述申辩期至6月2日届满，决定6月5日；决定6月6日电子送达（1个工作日）；"
        "两名执法人员均有证号；有执法记录仪清单；法制审核由具法律职业资格人员审核；缴款凭证8000元、结案报告齐全；卷内目录页码与实际一致。"
        "告知书虽一并告知听证权利（金额未必达到较大数额），不构成缺陷。",
        "encoding": "utf-8",
        "fields": {
            "agency": "上海市临江区综合行政执法局",
            "party": {"name": "上海禾沐餐饮管理有限公司", "kind": "单位",
                      "credit_code": uscc("91310112MA7F3K8D2"), "id_number": None},
            "penalty": {"fine_yuan": 8000, "procedure": "普通"},
            "dates": {"filing": "2024-05-15", "notice": "2024-05-28", "decision": "2024-06-05",
                      "decision_served": "2024-06-06"},
            "citations": [cit(DAQI, 81, 1, None, "violated"), cit(DAQI, 118, 1, None, "penalty")],
        },
    },
    {
        "case_id": "dev6_02_yingji",
        "codes": ["SERV-01", "SUBJ-02"],
        "notes": "SUBJ-02：2025年7月24日现场检查笔录（整改复查）执法人员栏“刘建军（执法证号…）、蒋雯”，蒋雯无执法证号（询问笔录中两人均有证号；责令限期整改指令书只是签名栏，不算笔录）。"
        "SERV-01：决定书2025年9月26日作出，送达回证2025年10月15日直接送达——跨国庆中秋假期（9月28日、10月11日为调休上班日），为决定后第9个工作日，超过7个工作日。"
        "其余无误：安全生产法第九十九条第三项逾期未改正五万至二十万，罚8万元有裁量理由；8万元属听证类，告知书告知了听证权利；当事人申请听证后书面撤回；"
        "有法制审核（具法律职业资格）和集体讨论，均早于决定；立案7月25日至决定9月26日63天；缴款8万元与决定一致。GB18030编码。",
        "encoding": "gb18030",
        "fields": {
            "agency": "重庆市渝川区应急管理局",
            "party": {"name": "重庆瑞丰包装材料有限公司", "kind": "单位",
                      "credit_code": uscc("91500112MA61XT4P8"), "id_number": None},
            "penalty": {"fine_yuan": 80000, "procedure": "普通"},
            "dates": {"filing": "2025-07-25", "notice": "2025-08-22", "decision": "2025-09-26",
                      "decision_served": "2025-10-15"},
            "citations": [cit(AQ, 36, 2, None, "violated"), cit(AQ, 99, None, 3, "penalty")],
        },
    },
    {
        "case_id": "dev6_03_shaokao",
        "codes": ["DOC-02", "PROC-10"],
        "notes": "PROC-10：当场行政处罚决定书对自然人罚款500元（超过二百元），并没收烧烤工具和违法所得86元（警告、罚款以外的处罚），不得适用简易程序；大气法第一百一十八条第三款法定最低五百元且必须没收，本案本不能当场处罚。"
        "DOC-02：2025年8月16日当场作出的处罚决定书救济告知写“可申请复议或者提起诉讼”，未告知行政复议法（2023）第二十三条复议前置。"
        "当事人为香港居民，只有港澳居民来往内地通行证号，无身份证号。两名执法人员均有证号，有执法记录仪记录；违法所得86元与现场笔录、清单、票据一致。",
        "encoding": "utf-8",
        "fields": {
            "agency": "杭州市钱湾区综合行政执法局",
            "party": {"name": "陈嘉豪", "kind": "个人", "credit_code": None, "id_number": None},
            "penalty": {"fine_yuan": 500, "procedure": "简易"},
            "dates": {"filing": None, "notice": None, "decision": "2025-08-16",
                      "decision_served": "2025-08-16"},
            "citations": [cit(DAQI, 81, 3, None, "violated"), cit(DAQI, 118, 3, None, "penalty")],
        },
    },
    {
        "case_id": "dev6_04_mingma",
        "codes": [],
        "notes": "干净案卷（文件夹，每份文书一个UTF-8文件）。个体工商户未明码标价，首违不罚：行政处罚法第三十三条第一款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”，决定书写明理由并已教育。"
        "不予处罚，罚款为0，无缴款凭证不构成缺陷。告知书3月22日送达，五日期满3月27日，决定3月29日；决定3月30日邮寄签收（1个工作日）。"
        "2023年决定可写向本级政府或上一级主管部门申请复议（旧复议法），不构成DOC-02。两名执法人员均有证号。penalty引用按决定书原文（价格法第四十二条、行政处罚法第三十三条第一款）。",
        "encoding": "utf-8",
        "fields": {
            "agency": "苏州市吴澄区市场监督管理局",
            "party": {"name": "吴澄区鲜果坊水果店", "kind": "个人",
                      "credit_code": uscc("92320509MA1XR6K3C"), "id_number": idno("32050919910204282")},
            "penalty": {"fine_yuan": 0, "procedure": "普通"},
            "dates": {"filing": "2023-03-10", "notice": "2023-03-22", "decision": "2023-03-29",
                      "decision_served": "2023-03-30"},
            "citations": [cit(JG, 13, 1, None, "violated"), cit(JG, 42, None, None, "penalty"),
                          cit(XC, 33, 1, None, "penalty")],
        },
    },
    {
        "case_id": "dev6_05_heiche",
        "codes": ["EVID-03", "PROC-05", "SERV-02"],
        "notes": "EVID-03：违法所得计算表、调查终结报告、告知书、决定书均写128趟×200元/趟，违法所得却写26600元（应为25600元），罚款53200元按2倍计算随之偏高（各文书金额前后一致，故不另标DOC-07）。"
        "PROC-05：告知书2024年7月15日直接送达，写明五日内陈述申辩/申请听证，期满为7月20日，决定书7月18日即作出，当事人未书面放弃。"
        "SERV-02：决定书送达回证写直接送达、日期7月19日，但受送达人签名栏空白，无见证人、无留置送达记载。"
        "其余：有法制审核和集体讨论（均早于决定），告知书含听证权利；分期缴纳有申请和批准；缴款合计79800元=26600+53200。GBK编码。",
        "encoding": "gbk",
        "fields": {
            "agency": "南京市宁江区交通运输局",
            "party": {"name": "黄志斌", "kind": "个人", "credit_code": None,
                      "id_number": idno("32011519830925681")},
            "penalty": {"fine_yuan": 53200, "procedure": "普通"},
            "dates": {"filing": "2024-06-20", "notice": "2024-07-15", "decision": "2024-07-18",
                      "decision_served": "2024-07-19"},
            "citations": [cit(DY, 10, 1, 1, "violated"), cit(DY, 63, None, 2, "penalty")],
        },
    },
    {
        "case_id": "dev6_06_jianzhu",
        "codes": ["DOC-09", "LAW-05", "SUBJ-01"],
        "notes": "LAW-05：固废法第一百一十一条第二款，单位有第一款第（四）项行为处十万元以上一百万元以下罚款，决定罚款五万元，低于法定最低额，决定书只写“及时清运，可从轻处罚”，未载明减轻处罚，从轻不能低于法定最低额。"
        "SUBJ-01：2022年9月8日询问笔录询问人、记录人均只有郑凯一人。DOC-09：事先告知书落款只有机关名称和日期，无（印章）。"
        "易误判处：立案9月5日至决定12月20日共106天，但有11月29日批准的延长办案期限审批表（延长30日），不构成PROC-03；"
        "决定书留置送达有见证人签名和执法记录仪，不构成SERV-02；决定12月20日、送达12月22日（2个工作日）。引用为“第一百一十一条第一款第（四）项、第二款”。",
        "encoding": "utf-8",
        "fields": {
            "agency": "宁波市甬澄区综合行政执法局",
            "party": {"name": "宁波恒筑建设工程有限公司", "kind": "单位",
                      "credit_code": uscc("91330211MA2J8W5L6"), "id_number": None},
            "penalty": {"fine_yuan": 50000, "procedure": "普通"},
            "dates": {"filing": "2022-09-05", "notice": "2022-12-05", "decision": "2022-12-20",
                      "decision_served": "2022-12-22"},
            "citations": [cit(GF, 63, 3, None, "violated"), cit(GF, 111, 1, 4, "penalty"),
                          cit(GF, 111, 2, None, "penalty")],
        },
    },
    {
        "case_id": "dev6_07_jinhuo",
        "codes": ["ARCH-01", "DOC-03", "PROC-02"],
        "notes": "PROC-02：拟处罚含责令停业七日（责令停产停业属听证类）及罚款三万元，告知书只告知陈述申辩（援引第四十四条、第四十五条），未告知听证权利。"
        "DOC-03：决定书文号写作“临市监处罚2026-0213”，不是“机关代字〔年份〕序号号”格式（封面、送达回证照抄）；告知书、责令改正通知书文号格式正确。"
        "ARCH-01：卷内目录第5项询问笔录写第5-6页，实际询问笔录为第5-7页（3页）。"
        "其余：五个工作日陈述申辩期（4月14日送达，至4月21日）届满后4月28日决定；4月29日送达；法制审核、集体讨论均早于决定；罚款三万元在五千至五万内并写明情节严重理由。",
        "encoding": "utf-8",
        "fields": {
            "agency": "上海市临江区市场监督管理局",
            "party": {"name": "上海鲜汇生鲜超市有限公司", "kind": "单位",
                      "credit_code": uscc("91310112MA7G2N4Q5"), "id_number": None},
            "penalty": {"fine_yuan": 30000, "procedure": "普通"},
            "dates": {"filing": "2026-03-20", "notice": "2026-04-14", "decision": "2026-04-28",
                      "decision_served": "2026-04-29"},
            "citations": [cit(SP, 53, 1, None, "violated"), cit(SP, 53, 2, None, "violated"),
                          cit(SP, 126, 1, 3, "penalty")],
        },
    },
    {
        "case_id": "dev6_08_shuiwu",
        "codes": ["DOC-06", "EXEC-02", "PROC-08"],
        "notes": "PROC-08：事项告知书拟罚1500元，当事人陈述申辩后，决定书以另查出2023年逾期申报为由认定情节严重罚2500元，重于告知（且未重新告知）。"
        "EXEC-02：加处罚款决定书按3%×79日算得5925元后“按40日计收”3000元，超过罚款本数2500元（行政强制法第四十五条第二款）。缴款凭证5500元=罚款+加处罚款，金额一致，不是EXEC-01。"
        "DOC-06：立案审批表统一社会信用代码第11、12位颠倒（91330211MAK2D7C9XB，校验位不符），与其他文书的91330211MA2KD7C9XB不一致。"
        "其余：税务机关实行垂直领导，2025年决定写向上一级税务局（宁波市税务局）申请复议是正确的；2500元未达税务听证标准；文件夹格式，每份文书一个文件，无卷内目录。"
        "引用：第六十二条为单款条文，无项，不构成LAW-02。",
        "encoding": "utf-8",
        "fields": {
            "agency": "国家税务总局宁波市甬澄区税务局",
            "party": {"name": "宁波澄悦文化传媒有限公司", "kind": "单位",
                      "credit_code": uscc("91330211MA2KD7C9X"), "id_number": None},
            "penalty": {"fine_yuan": 2500, "procedure": "普通"},
            "dates": {"filing": "2025-02-24", "notice": "2025-03-07", "decision": "2025-03-17",
                      "decision_served": "2025-03-18"},
            "citations": [cit(SZ, 25, 1, None, "violated"), cit(SZ, 62, None, None, "penalty")],
        },
    },
]

if __name__ == "__main__":
    with (OUT / "labels.jsonl").open("w", encoding="utf-8") as f:
        for rec in LABELS:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(LABELS), "labels;", idno.__name__)
