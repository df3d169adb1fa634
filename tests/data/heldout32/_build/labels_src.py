"""Writes ../labels.jsonl: one hand-written label per case (see README.md for the conventions)."""
import json

from common import OUT, idcard, uscc

RTL = "中华人民共和国道路运输条例"


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def party(name, kind, credit=None, idn=None):
    return {"name": name, "kind": kind, "credit_code": credit, "id_number": idn}


LABELS = [
 {"case_id": "h32_01_yubei_illegal_passenger", "codes": ["EVID-03", "SERV-01"], "encoding": "utf-8",
  "notes": "EVID-03：询问笔录、调查终结报告、听证告知书和决定书均写明载客28人次、每人次25元，但违法所得认定为750元（28×25=700元），没收违法所得及缴款凭证均按750元，计算错误。"
           "SERV-01：决定书2020年7月10日作出，当事人不在场，邮寄送达，回证签收日期2020年7月24日，间隔10个工作日，超过7个工作日。"
           "其余：违反条款引用到第十条第一款第（一）项（渝北区县级行政区域内），第六十三条（2019年文本）为单款无项；2017年行政处罚法条号（第三十一、三十二、四十二、五十一条）正确；3万元罚款已告知听证权利并经法制审核和集体讨论；车辆暂扣有决定书、清单和解除决定。",
  "fields": {"agency": "重庆市渝北区交通局",
             "party": party("刘兴旺", "个人", None, idcard("50011219850317281")),
             "penalty": {"fine_yuan": 30000, "procedure": "普通"},
             "dates": {"filing": "2020-06-09", "notice": "2020-07-01", "decision": "2020-07-10", "decision_served": "2020-07-24"},
             "citations": [cit(RTL, 10, 1, 1), cit(RTL, 63, role="penalty")]}},
 {"case_id": "h32_02_nanzheng_unqualified_driver", "codes": ["DOC-06", "PROC-03"], "encoding": "gb18030",
  "notes": "DOC-06：车主单位询问笔录中当事人统一社会信用代码写作91610721MA6YB3Q1X8，校验位错误且与其他文书的91610721MA6YB3Q1X5不一致。"
           "PROC-03：立案审批日期2020年8月3日，决定书2020年11月20日，相隔109日，卷内无延期审批。"
           "其余：现场检查早于立案属正常；第二十二条第（三）项引用到项，第六十四条只有一款无项；2020年决定书复议机关可选上一级主管部门（2024年前）；告知期限三日为2017年行政处罚法听证期限。",
  "fields": {"agency": "汉中市南郑区交通运输局",
             "party": party("汉中市南郑区鑫路达物流有限公司", "单位", uscc("91610721MA6YB3Q1X"), None),
             "penalty": {"fine_yuan": 1000, "procedure": "普通"},
             "dates": {"filing": "2020-08-03", "notice": "2020-11-10", "decision": "2020-11-20", "decision_served": "2020-11-23"},
             "citations": [cit(RTL, 22, None, 3), cit(RTL, 64, role="penalty")]}},
 {"case_id": "h32_03_guanshanhu_charter_bus", "codes": ["DOC-02", "LAW-02"], "encoding": "utf-8",
  "notes": "LAW-02：决定书处罚依据只写《道路运输条例》第六十三条，未写第（二）项（2023年修订后该条分三项，事先告知书和调查终结报告写了第（二）项，决定书漏写）；违反条款第十条第一款第（二）项（贵阳至荔波属市际）已具体到项。"
           "DOC-02：决定书2024年6月7日作出，救济告知写向贵阳市交通运输局（上一级主管部门）申请复议，2024年1月1日起应为贵阳市观山湖区人民政府。"
           "其余：听证申请（5月16日）在告知送达后5个工作日内，听证通知5月17日送达、5月29日听证，间隔8个工作日；听证后经法制审核（6月4日）和集体讨论（6月6日）再作决定；决定书6月7日（周五）作出，6月11日送达（6月10日端午节），1个工作日。",
  "fields": {"agency": "贵阳市观山湖区交通运输局",
             "party": party("贵阳筑途旅游客运服务有限公司", "单位", uscc("91520115MA6J7R2W4"), None),
             "penalty": {"fine_yuan": 50000, "procedure": "普通"},
             "dates": {"filing": "2024-04-17", "notice": "2024-05-14", "decision": "2024-06-07", "decision_served": "2024-06-11"},
             "citations": [cit(RTL, 10, 1, 2), cit(RTL, 63, role="penalty"), cit("中华人民共和国行政处罚法", 28, 2, None, "penalty")]}},
 {"case_id": "h32_04_xindu_onsite_permit", "codes": [], "encoding": "utf-8",
  "notes": "无缺陷（简易程序）。罚款100元对个人，未超过200元简易程序上限；第六十八条（2022年修订版，2022年5月1日起施行）幅度为警告或20—200元；当场收缴不超过100元并使用财政罚没收据，次日交存；两名执法人员均有证号并出示证件；执法记录仪全程录像；2022年决定书向区人民政府复议、六十日/六个月正确（2024年前无复议前置要求）；已报法制机构备案。",
  "fields": {"agency": "成都市新都区交通运输局",
             "party": party("陈宏宇", "个人", None, idcard("51011419790830381")),
             "penalty": {"fine_yuan": 100, "procedure": "简易"},
             "dates": {"filing": None, "notice": None, "decision": "2022-08-16", "decision_served": "2022-08-16"},
             "citations": [cit(RTL, 33), cit(RTL, 68, role="penalty")]}},
 {"case_id": "h32_05_maiji_unlicensed_freight", "codes": ["PROC-05", "SUBJ-01"], "encoding": "utf-8",
  "notes": "SUBJ-01：当事人询问笔录（2025年3月12日）询问人、记录人均为王志强一人。"
           "PROC-05：事先告知书2025年4月1日直接送达，告知自收到之日起五日内陈述申辩，决定书2025年4月3日即作出，当事人未书面放弃。"
           "其余：罚款1500元低于第六十三条第（一）项3000元下限，但决定书写明减轻理由（主动消除危害后果，行政处罚法第三十二条第（一）项），不属LAW-05；先行登记保存经负责人批准，5个工作日内解除；引用到款项。",
  "fields": {"agency": "天水市麦积区交通运输局",
             "party": party("马玉龙", "个人", None, idcard("62050319870625341")),
             "penalty": {"fine_yuan": 1500, "procedure": "普通"},
             "dates": {"filing": "2025-03-11", "notice": "2025-04-01", "decision": "2025-04-03", "decision_served": "2025-04-03"},
             "citations": [cit(RTL, 24, 1, 1), cit(RTL, 63, None, 1, "penalty"), cit("中华人民共和国行政处罚法", 32, None, 1, "penalty")]}},
 {"case_id": "h32_06_huichuan_spill_late_fine", "codes": ["DOC-04", "EXEC-02", "SERV-02"], "encoding": "scanned-pdf",
  "notes": "SERV-02/DOC-04：第5页事先告知书送达回证“受送达人签名（盖章）”栏空白，送达方式写直接送达，无留置送达见证人或记录（同一处缺陷同时满足送达回证要素不全和送达回证收件人签名缺失两个触发条件）。"
           "EXEC-02：第8页加处罚款计算单按2000元×3%×45日计加处罚款2700元，超过罚款本数2000元（加处罚款不得超出罚款数额），缴款凭证合计4700元。"
           "其余：扫描件（红色圆形印章盖在落款上）；2019年决定书引用2017年行政处罚法第五十一条第（一）项正确；复议机关可选上一级主管部门（2024年前）；决定书6月6日作出、6月10日送达（6月7日端午节），1个工作日；违反第二十六条第二款，依据第六十九条第（五）项，2000元在1000—3000元幅度内。",
  "fields": {"agency": "遵义市汇川区交通运输局",
             "party": party("遵义市汇达渣土运输有限公司", "单位", uscc("91520303MA6DK8W53"), None),
             "penalty": {"fine_yuan": 2000, "procedure": "普通"},
             "dates": {"filing": "2019-05-14", "notice": "2019-05-29", "decision": "2019-06-06", "decision_served": "2019-06-10"},
             "citations": [cit(RTL, 26, 2), cit(RTL, 69, None, 5, "penalty")]}},
 {"case_id": "h32_07_shunqing_overload_instalments", "codes": [], "encoding": "utf-8",
  "notes": "无缺陷。超限20.00吨×500元＝10000元，在“每超1000千克罚款500元，最高30000元”标准内；事先告知书2025年9月26日送达，五个工作日至10月10日届满（9月28日调休上班，10月1日—8日国庆中秋假期），决定10月15日作出、10月16日送达；告知了听证权利；经法制审核（9月23日）和集体讨论（9月25日）；分期缴纳有申请和负责人审批，三期缴款合计10000元；复议机关为顺庆区人民政府。驾驶员与车主单位分别询问，两名执法人员均有证号。",
  "fields": {"agency": "南充市顺庆区交通运输局",
             "party": party("南充市嘉顺砂石运输有限公司", "单位", uscc("91511302MA7G4P9K2"), None),
             "penalty": {"fine_yuan": 10000, "procedure": "普通"},
             "dates": {"filing": "2025-09-09", "notice": "2025-09-26", "decision": "2025-10-15", "decision_served": "2025-10-16"},
             "citations": [cit("公路安全保护条例", 33, 1), cit("公路安全保护条例", 64, role="penalty"),
                           cit("超限运输车辆行驶公路管理规定", 43, 1, 2, "penalty")]}},
]


def build():
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in LABELS:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
