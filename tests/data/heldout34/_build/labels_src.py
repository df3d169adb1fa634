"""Write ../labels.jsonl: one object per case (codes, notes, encoding, fields)."""
import json
import os
import case_a, case_b, case_c, case_d, case_e, case_f, case_g
from common import OUT

ZA = "中华人民共和国治安管理处罚法"
DJ = "中华人民共和国道路交通安全法"


def cit(law, art, para, item, role):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def person(name, pid):
    return {"name": name, "kind": "个人", "credit_code": None, "id_number": pid}


LABELS = [
    {"case_id": case_a.CASE_ID, "codes": [], "encoding": "utf-8",
     "notes": "干净案卷。殴打他人致轻微伤，依治安管理处罚法第四十三条第一款行政拘留七日并处罚款300元（在5-10日、200-500元幅度内，"
              "决定书写明不属情节较轻及从轻理由）。告知笔录与决定书同日（2022-08-16），但当事人在告知笔录中书面放弃陈述申辩，"
              "不构成PROC-05；决定书当场宣告送达并签收；受案至决定10天，未超治安案件30日期限；两名民警均有执法证号；"
              "法制大队审核及领导审批在决定前；罚款收据300元、拘留执行回执、结案登记齐全；卷内目录页号与实际页码一致。"
              "2022年决定书复议机关写淮安市公安局或区政府，符合2024年前规定。受案登记表由派出所名义出具属内部文书，非SUBJ-03。",
     "fields": {"agency": "淮安市公安局清江浦分局", "party": person("李国栋", case_a.PID),
                "penalty": {"fine_yuan": 300, "procedure": "普通"},
                "dates": {"filing": "2022-08-06", "notice": "2022-08-16", "decision": "2022-08-16", "decision_served": "2022-08-16"},
                "citations": [cit(ZA, 43, 1, None, "violated"), cit(ZA, 43, 1, None, "penalty")]}},
    {"case_id": case_b.CASE_ID, "codes": ["EVID-03", "SUBJ-01"], "encoding": "gb18030",
     "notes": "EVID-03：现场检查笔录、呈请报告书和决定书均列明林建华桌面赌资860元、随身赌资1240元（合计应为2100元），"
              "但报告书、告知笔录、决定书、收缴清单均认定“共计赌资2200元”并收缴2200元。SUBJ-01：林建华的询问笔录"
              "（第4页）询问人、记录人均只有陈志伟一人。其余：2019年案件适用行政处罚法2017年版，收缴赌资不属听证范围，"
              "罚款500元在第七十条“五日以下拘留或者五百元以下罚款”幅度内，顶格理由已写明；当事人书面放弃陈述申辩，同日决定不违规。",
     "fields": {"agency": "莆田市公安局荔城分局", "party": person("林建华", case_b.PID),
                "penalty": {"fine_yuan": 500, "procedure": "普通"},
                "dates": {"filing": "2019-03-16", "notice": "2019-03-26", "decision": "2019-03-26", "decision_served": "2019-03-26"},
                "citations": [cit(ZA, 70, None, None, "violated"), cit(ZA, 70, None, None, "penalty"),
                              cit(ZA, 11, 1, None, "penalty")]}},
    {"case_id": case_c.CASE_ID, "codes": ["LAW-02", "SERV-01"], "encoding": None,
     "notes": "LAW-02：决定书处罚依据写“《中华人民共和国道路交通安全法》第九十一条的规定”，未写款（该条有五款，应为第一款；"
              "告知笔录中写了第一款）。SERV-01：决定书2023-06-29作出，邮寄送达（7月10日交寄），受送达人7月12日签收，"
              "间隔9个工作日（端午假期已在此前结束），超过7个工作日。其余：罚款2000元属个人较大数额，告知笔录告知听证权利，"
              "当事人申请并举行了听证，法制审核意见书（6月28日）在决定前；2000元为上限，决定书写明从重理由；"
              "决定以交警支队（公安机关交通管理部门）名义作出，系法定授权，不属SUBJ-03。",
     "fields": {"agency": "湘潭市公安局交通警察支队", "party": person("彭志远", case_c.PID),
                "penalty": {"fine_yuan": 2000, "procedure": "普通"},
                "dates": {"filing": "2023-06-09", "notice": "2023-06-16", "decision": "2023-06-29", "decision_served": "2023-07-12"},
                "citations": [cit(DJ, 22, 2, None, "violated"), cit(DJ, 91, None, None, "penalty")]}},
    {"case_id": case_d.CASE_ID, "codes": ["PROC-10"], "encoding": None,
     "notes": "PROC-10：公安交通管理简易程序处罚决定书当场对自然人杨绍武（无证驾驶）处罚款1000元，超过简易程序对个人200元上限，"
              "应适用普通程序。扫描件（第1页红色圆形印章压落款）。其余：引用第十九条第一款、第九十九条第一款第一项正确，"
              "1000元在200-2000元幅度内；2024年当场处罚决定书已写明应先申请行政复议（复议前置）及复议机关为昆明市人民政府；"
              "执法记录仪全程记录；简易程序由一名交警作出，不适用SUBJ-01。",
     "fields": {"agency": "昆明市公安局交通警察支队", "party": person("杨绍武", case_d.PID),
                "penalty": {"fine_yuan": 1000, "procedure": "简易"},
                "dates": {"filing": None, "notice": None, "decision": "2024-03-18", "decision_served": "2024-03-18"},
                "citations": [cit(DJ, 19, 1, None, "violated"), cit(DJ, 99, 1, 1, "penalty")]}},
    {"case_id": case_e.CASE_ID, "codes": ["DOC-06", "PROC-05"], "encoding": None,
     "notes": "PROC-05：行政处罚告知笔录（2024-09-10）告知“可在被告知后三日内”陈述申辩，当事人答“要回去商量，过两天再来说”，"
              "未放弃，决定书却于2024-09-11作出。DOC-06：告知笔录（第7页）中当事人身份证号末位校验码错误（" + case_e.BAD +
              "），其余文书为" + case_e.PID + "。其余：罚款300元在第五十六条200-500元幅度内；宾馆为个体工商户（信用代码"
              + case_e.HOTEL_CC + "，仅作背景）；决定书当日直接送达签收；2024年复议机关写市、区人民政府正确。",
     "fields": {"agency": "温州市公安局鹿城区分局", "party": person("潘晓燕", case_e.PID),
                "penalty": {"fine_yuan": 300, "procedure": "普通"},
                "dates": {"filing": "2024-09-03", "notice": "2024-09-10", "decision": "2024-09-11", "decision_served": "2024-09-11"},
                "citations": [cit(ZA, 56, None, None, "violated"), cit(ZA, 56, None, None, "penalty")]}},
    {"case_id": case_f.CASE_ID, "codes": [], "encoding": "utf-8",
     "notes": "干净案卷（文件夹，每份文书一个文件）。违法时不满十四周岁（2011-09-02出生，2025-04-12违法，13周岁7个月），"
              "依治安管理处罚法第十二条不予处罚、责令监护人严加管教；询问时通知监护人到场；告知笔录中法定代理人书面放弃陈述申辩，"
              "同日决定不违规；无罚款故无缴款凭证、无“履行方式和期限”；决定书送达双方并签收；卷内目录每份一页、页次一致；"
              "2025年复议机关写市、区人民政府正确。",
     "fields": {"agency": "株洲市公安局芦淞分局", "party": person("刘子涵", case_f.PID),
                "penalty": {"fine_yuan": 0, "procedure": "普通"},
                "dates": {"filing": "2025-04-12", "notice": "2025-04-21", "decision": "2025-04-21", "decision_served": "2025-04-21"},
                "citations": [cit(ZA, 43, 1, None, "violated"), cit(ZA, 12, None, None, "penalty")]}},
    {"case_id": case_g.CASE_ID, "codes": ["SERV-02", "SUBJ-02"], "encoding": None,
     "notes": "SUBJ-02：询问笔录（第4页）询问人“许志斌（执法证号35020318842）、蔡明辉”，蔡明辉未写执法证号（检查笔录、告知笔录中有）。"
              "SERV-02：决定书送达回执（第9页）方式为直接送达，但“受送达人签名”栏空白，无留置送达见证。其余：罚款200元属第三十二条"
              "第一款情节较轻档上限，写明不宜警告的理由；逾期10日（期限至2021-12-10，2021-12-20缴纳）加处罚款200×3%×10=60元，"
              "未超过罚款数额，缴款凭证260元与罚款加加处罚款一致，非EXEC-01/EXEC-02。",
     "fields": {"agency": "厦门市公安局思明分局", "party": person("陈家豪", case_g.PID),
                "penalty": {"fine_yuan": 200, "procedure": "普通"},
                "dates": {"filing": "2021-11-20", "notice": "2021-11-25", "decision": "2021-11-25", "decision_served": "2021-11-25"},
                "citations": [cit(ZA, 32, 1, None, "violated"), cit(ZA, 32, 1, None, "penalty"), cit(ZA, 11, 1, None, "penalty")]}},
]


def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            lab = dict(lab, codes=sorted(lab["codes"]))
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
