"""Writes ../labels.jsonl (one object per case). Hand-written labels; run after the case modules."""
import json
import os
from common import OUT, credit_code, id_number


def cit(law, art, par=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": par, "item": item, "role": role}


AQ = "中华人民共和国安全生产法"
DY = "中华人民共和国道路运输条例"
XF = "中华人民共和国消防法"


def party(name, kind, cc=None, idn=None):
    return {"name": name, "kind": kind, "credit_code": cc, "id_number": idn}


L = [
 {"case_id": "h40_01_wujiang_yingji_shuangfa", "codes": [],
  "notes": "干净案卷（双罚）。苏州市吴江区应急管理局对单位（未对3名新员工进行安全生产教育培训，安全生产法第二十八条第一款/第九十七条第三项，罚款3万元）和主要负责人王建东（未履行第二十一条第三项职责，第九十四条第一款，罚款2万元）分别作出两份决定书。fields以单位决定书为准，个人决定书罚款20000元另列于citations。要点：现场检查在立案前属正常；告知书2022-04-12直接送达，5个工作日陈述申辩期至2022-04-19届满，决定2022-04-25；法制审核2022-04-21在决定前；决定书次日直接送达；两笔缴款凭证及结案报告齐全；第九十四条第一款最低限2万元已说明理由；卷内目录页码与实际页码一致（共18页）。",
  "encoding": "pdf",
  "fields": {"agency": "苏州市吴江区应急管理局",
             "party": party("苏州鑫拓精密五金有限公司", "单位", credit_code("320509", "MA1XK8R2"), None),
             "penalty": {"fine_yuan": 30000, "procedure": "普通"},
             "dates": {"filing": "2022-03-17", "notice": "2022-04-12", "decision": "2022-04-25", "decision_served": "2022-04-26"},
             "citations": [cit(AQ, 28, 1, None), cit(AQ, 97, None, 3, "penalty"), cit(AQ, 21, None, 3), cit(AQ, 94, 1, None, "penalty")]}},
 {"case_id": "h40_02_beilun_jiaotong_feifayingyun", "codes": ["EVID-03", "SUBJ-02"],
  "notes": "EVID-03：案件调查终结报告运费明细列14趟、每趟950元（应为13300元），合计栏却写12600元，告知书与决定书均按12600元认定违法所得并没收。SUBJ-02：2023-09-21询问笔录询问人“许佳琪”后无执法证号（其他文书中其证号为33020621102）。其余：听证告知、听证申请、听证通知（提前7日）、听证笔录及报告、法制审核（经听证）均在决定前；车辆总质量7360千克超过4500千克，须取得许可；罚款25200元为12600元的2倍，在1至5倍幅度内（按13300元计亦在幅度内）。",
  "encoding": "docx",
  "fields": {"agency": "宁波市北仑区交通运输局",
             "party": party("陈海涛", "个人", None, id_number("33028219850307421")),
             "penalty": {"fine_yuan": 25200, "procedure": "普通"},
             "dates": {"filing": "2023-09-21", "notice": "2023-10-18", "decision": "2023-11-06", "decision_served": "2023-11-07"},
             "citations": [cit(DY, 24, 1, 1), cit(DY, 63, None, 1, "penalty")]}},
 {"case_id": "h40_03_pudong_xiaofang_jianqing", "codes": [],
  "notes": "干净案卷（扫描件，减轻处罚）。占用疏散通道，消防法第二十八条/第六十条第一款第三项法定幅度5000至50000元，决定罚款3000元低于下限，但告知书和决定书均写明当事人检查中主动消除危害后果，依行政处罚法第三十二条第一项减轻处罚，故不属LAW-05。单位3000元不属听证范围。告知书2022-06-20直接送达，5个工作日期满2022-06-27，决定2022-06-29，次日送达；两份对外文书盖红色圆章；缴款凭证、结案报告齐全。",
  "encoding": "scanned-pdf",
  "fields": {"agency": "上海市浦东新区消防救援支队",
             "party": party("上海悦庭餐饮管理有限公司", "单位", credit_code("310115", "MA1FL3W6"), None),
             "penalty": {"fine_yuan": 3000, "procedure": "普通"},
             "dates": {"filing": "2022-06-09", "notice": "2022-06-20", "decision": "2022-06-29", "decision_served": "2022-06-30"},
             "citations": [cit(XF, 28), cit(XF, 60, 1, 3, "penalty")]}},
 {"case_id": "h40_04_licheng_jiaotong_dangchang", "codes": ["DOC-02"],
  "notes": "简易程序当场处罚（2024-05-14，个人罚款200元，未超过200元）。DOC-02：决定日期在2024-01-01之后，当场行政处罚决定书救济告知写“可以……申请行政复议，或者……提起行政诉讼”，未告知对当场作出的行政处罚决定应当先申请行政复议（行政复议法2023第二十三条）。罚款为第六十四条最低限200元，已写明初次被查、当场改正的理由；执法证号、出示证件、陈述申辩告知、执法记录仪均有记载。",
  "encoding": "gb18030",
  "fields": {"agency": "济南市历城区交通运输局",
             "party": party("孙立强", "个人", None, id_number("37021119720421551")),
             "penalty": {"fine_yuan": 200, "procedure": "简易"},
             "dates": {"filing": None, "notice": None, "decision": "2024-05-14", "decision_served": "2024-05-14"},
             "citations": [cit(DY, 22, None, 3), cit(DY, 64, None, None, "penalty")]}},
 {"case_id": "h40_05_jinan_yingji_yinhuanjilu", "codes": ["LAW-02", "SERV-01"],
  "notes": "2019年案件，适用安全生产法（2014）和行政处罚法（2017）。LAW-02：决定书处罚依据只写“第九十四条”，该条有七项，未写第五项（告知书与调查终结报告写了第五项）。SERV-01：决定书2019-08-19作出，2019-08-28才邮寄，2019-08-30签收，为作出后第9个工作日，超过7个工作日。其余：告知书2019-08-08直接送达，3日陈述申辩/听证期末日2019-08-11为周日顺延至2019-08-12，之后才作出决定；分期缴纳申请与批准齐全，两期缴款合计40000元与罚款一致；复议机关写区政府或市应急管理局在2024年前正确。",
  "encoding": "utf-8",
  "fields": {"agency": "福州市晋安区应急管理局",
             "party": party("福州榕安达仓储物流有限公司", "单位", credit_code("350111", "MA2Y6P1D"), None),
             "penalty": {"fine_yuan": 40000, "procedure": "普通"},
             "dates": {"filing": "2019-07-10", "notice": "2019-08-08", "decision": "2019-08-19", "decision_served": "2019-08-30"},
             "citations": [cit(AQ, 38, 1, None), cit(AQ, 94, None, None, "penalty")]}},
 {"case_id": "h40_06_yiwu_yingji_tingchanzhengdun", "codes": ["DOC-04", "PROC-02", "SERV-02"],
  "notes": "一文书一文件的文件夹案卷。PROC-02：拟作出“责令粉碎车间停产停业整顿”并罚款45000元，属行政处罚法第六十三条听证范围，但2023-04-12行政处罚告知书只告知陈述、申辩权，未告知听证权利。SERV-02/DOC-04：该告知书的送达回证（09号文件）写直接送达，受送达人签名栏空白，无留置送达见证人或说明（送达回证缺受送达人签名，两个代码的触发条件同时成立）。其余：重大案件法制审核（2023-04-21）与集体讨论（2023-04-24）均在决定（2023-04-25）前；现场检查、复查在立案前属正常；决定书次日送达并签收；缴款凭证、复产复查、结案审批齐全。",
  "encoding": "utf-8",
  "fields": {"agency": "义乌市应急管理局",
             "party": party("义乌市恒凯塑胶制品有限公司", "单位", credit_code("330782", "MA28GQ4E"), None),
             "penalty": {"fine_yuan": 45000, "procedure": "普通"},
             "dates": {"filing": "2023-03-23", "notice": "2023-04-12", "decision": "2023-04-25", "decision_served": "2023-04-26"},
             "citations": [cit(AQ, 41, 2, None), cit(AQ, 102, None, None, "penalty")]}},
 {"case_id": "h40_07_siyang_jiaotong_heiche", "codes": ["DOC-06", "LAW-05", "SUBJ-01"],
  "notes": "2020年案件，适用道路运输条例（2019）和行政处罚法（2017）。LAW-05：第六十三条对没有违法所得或违法所得不足2万元的应处3万元以上10万元以下罚款，本案违法所得320元，决定罚款20000元低于法定下限；决定书只以“初次违法、认错态度较好，酌情从轻”为由，并无任何法定减轻情节，也未称减轻（从轻不能低于下限）。DOC-06：现场笔录、立案审批表、询问笔录中吕文海身份证号为321323198802142274，决定书写为321323198802142247（末两位颠倒，校验位不成立）。SUBJ-01：2020-09-16询问笔录询问人、记录人均只有葛明亮一人。现场笔录当事人拒签已由见证人签名，不另计缺陷。",
  "encoding": "pdf",
  "fields": {"agency": "泗阳县交通运输局",
             "party": party("吕文海", "个人", None, "321323198802142274"),
             "penalty": {"fine_yuan": 20000, "procedure": "普通"},
             "dates": {"filing": "2020-09-16", "notice": "2020-10-09", "decision": "2020-10-20", "decision_served": "2020-10-21"},
             "citations": [cit(DY, 10, 1, 2), cit(DY, 63, None, None, "penalty")]}},
]

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in L:
            o["codes"] = sorted(o["codes"])
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(L))
