"""Writes ../labels.jsonl for the heldout15 corpus (writer 17)."""
import json
import os
import case_a, case_b, case_c, case_d, case_e, case_f, case_g
from common import OUT

DQ = "中华人民共和国大气污染防治法"
YS = "中华人民共和国道路运输条例"
AQ = "中华人民共和国安全生产法"
JG = "中华人民共和国价格法"
CF = "中华人民共和国行政处罚法"
SS = "中华人民共和国税收征收管理法"
GF = "中华人民共和国固体废物污染环境防治法"


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def party(name, kind, cc=None, idn=None):
    return {"name": name, "kind": kind, "credit_code": cc, "id_number": idn}


def dates(filing, notice, decision, served):
    return {"filing": filing, "notice": notice, "decision": decision, "decision_served": served}


LABELS = [
    {"case_id": case_a.CASE_ID, "codes": [], "encoding": "utf-8",
     "notes": "干净案卷（2019年，适用2017年行政处罚法）。现场检查（7月9日）早于立案（7月10日）属发现违法的正常检查；每份笔录两名执法人员均有执法证号；告知书7月24日送达、三日期满后8月2日作出决定，8月5日送达（1个工作日）；罚款1万元在第一百一十八条第一款5千至5万元幅度内且说明了裁量情节；封面后有一页空白页，卷内目录页码按实际页码编制；询问笔录提及“委托书附后”但未附，不属本规范代码。",
     "fields": {"agency": case_a.AG, "party": party("青岛鲜味坊餐饮管理有限公司", "单位", case_a.CC, None),
                "penalty": {"fine_yuan": 10000, "procedure": "普通"},
                "dates": dates("2019-07-10", "2019-07-24", "2019-08-02", "2019-08-05"),
                "citations": [cit(DQ, 81, 1, None, "violated"), cit(DQ, 118, 1, None, "penalty")]}},
    {"case_id": case_b.CASE_ID, "codes": ["EVID-03", "SERV-01"], "encoding": "gb18030",
     "notes": "EVID-03：询问笔录、记账本、决定书均记载运营188趟×每趟4人×每人35元＝26320元，但调查终结报告、告知书、决定书认定违法所得为27320元（罚款54640元按错误基数2倍计算）。SERV-01：决定书2024年4月26日作出，5月10日才直接送达，扣除劳动节假期（4月28日、5月11日为调休工作日）为第8个工作日，超过7个工作日。其余：没收违法所得+罚款，法制审核与集体讨论在决定前，告知书含听证权利，五日期满后作出决定。",
     "fields": {"agency": case_b.AG, "party": party("刘国栋", "个人", None, case_b.IDN),
                "penalty": {"fine_yuan": 54640, "procedure": "普通"},
                "dates": dates("2024-03-07", "2024-04-10", "2024-04-26", "2024-05-10"),
                "citations": [cit(YS, 10, None, None, "violated"), cit(YS, 63, None, 2, "penalty")]}},
    {"case_id": case_c.CASE_ID, "codes": ["SUBJ-02"], "encoding": "utf-8",
     "notes": "SUBJ-02：04_询问笔录 询问人“冯佳怡”未写执法证号（其他文书中有证号32083022015，但该笔录上缺失）。其余：现场检查与复查早于立案属正常；听证告知9月22日送达、9月23日申请听证，听证通知9月26日、听证10月10日（提前7日以上）；法制审核10月13日、集体讨论10月14日均早于10月17日决定；决定次日送达；罚款4万元在第一百零二条五万元以下幅度内并责令停产停业整顿；现场检查记录中的笔误涂改已按指印，不是缺陷。",
     "fields": {"agency": case_c.AG, "party": party(case_c.NAME, "单位", case_c.CC, None),
                "penalty": {"fine_yuan": 40000, "procedure": "普通"},
                "dates": dates("2022-09-07", "2022-09-22", "2022-10-17", "2022-10-18"),
                "citations": [cit(AQ, 41, 2, None, "violated"), cit(AQ, 102, None, None, "penalty")]}},
    {"case_id": case_d.CASE_ID, "codes": ["DOC-02", "DOC-04", "SERV-02"], "encoding": "utf-8",
     "notes": "不予行政处罚（首违不罚）。DOC-02：2024年6月26日的决定书写“向上一级市场监督管理部门申请行政复议”，2024年1月1日后县级市市场监管局（非垂直管理）的复议机关应为本级人民政府。SERV-02：决定书送达回证“收件人签名”栏空白，送达方式为直接送达，无留置送达见证或说明（同一空白签名栏同时满足DOC-04“送达回证受送达人签名缺失”的触发条件，故一并标注）。罚款为0；penalty引文为决定实际依据的行政处罚法第三十三条第一款（不予处罚依据），价格法第四十二条在决定书中作为“应予处罚”的条款一并记载。",
     "fields": {"agency": case_d.AG, "party": party(case_d.P, "个人", case_d.CC, case_d.IDN),
                "penalty": {"fine_yuan": 0, "procedure": "普通"},
                "dates": dates("2024-06-05", "2024-06-17", "2024-06-26", "2024-06-27"),
                "citations": [cit(JG, 13, 1, None, "violated"), cit(JG, 42, None, None, "penalty"),
                              cit(CF, 33, 1, None, "penalty")]}},
    {"case_id": case_e.CASE_ID, "codes": [], "encoding": None,
     "notes": "干净的简易程序案卷（2021年9月14日，适用2021年行政处罚法第五十一条：个人200元以下）。罚款100元在道路运输条例（2019）第六十八条20至200元幅度内；当场处罚决定书有两名执法人员及执法证号、当事人签名、复议诉讼途径，当场交付；有执法记录仪视频登记和缴款凭证；简易程序无立案和事先告知书，相应日期为null。",
     "fields": {"agency": "宁陵县交通运输局", "party": party("郭德胜", "个人", None, case_e.IDN),
                "penalty": {"fine_yuan": 100, "procedure": "简易"},
                "dates": dates(None, None, "2021-09-14", "2021-09-14"),
                "citations": [cit(YS, 33, None, None, "violated"), cit(YS, 68, None, None, "penalty")]}},
    {"case_id": case_f.CASE_ID, "codes": ["EXEC-02", "PROC-05"], "encoding": None,
     "notes": "PROC-05：税务行政处罚事项告知书10月16日送达，给予三日陈述申辩期（至10月19日，告知书自称拟于10月19日之后作出），但决定书10月18日即作出，当事人未书面放弃。EXEC-02：加处罚款计算表按逾期55天×3%计2475元并实际收取，超过罚款本数1500元（加处罚款不得超过罚款数额）。缴款凭证3975元＝罚款＋已收加处罚款，故不另标EXEC-01。",
     "fields": {"agency": case_f.AG, "party": party(case_f.NAME, "单位", case_f.CC, None),
                "penalty": {"fine_yuan": 1500, "procedure": "普通"},
                "dates": dates("2018-09-26", "2018-10-16", "2018-10-18", "2018-10-19"),
                "citations": [cit(SS, 16, None, None, "violated"), cit(SS, 60, 1, 1, "penalty")]}},
    {"case_id": case_g.CASE_ID, "codes": ["LAW-05", "SUBJ-01"], "encoding": None,
     "notes": "LAW-05：依据固体废物污染环境防治法第一百零二条第一款第（八）项、第二款应处五万元以上二十万元以下罚款，决定书仅以“配合调查、积极整改”从轻，罚款三万元低于法定下限，未载明任何减轻处罚情节。SUBJ-01：询问笔录询问人和记录人均为周海涛一人（第3页）。扫描件：决定书与告知书落款盖红色圆形印章。",
     "fields": {"agency": case_g.AG, "party": party(case_g.NAME, "单位", case_g.CC, None),
                "penalty": {"fine_yuan": 30000, "procedure": "普通"},
                "dates": dates("2023-03-16", "2023-04-12", "2023-04-25", "2023-04-26"),
                "citations": [cit(GF, 36, 1, None, "violated"), cit(GF, 102, 1, 8, "penalty"),
                              cit(GF, 102, 2, None, "penalty")]}},
]


def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in LABELS:
            rec = dict(rec)
            rec["codes"] = sorted(rec["codes"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
