"""Writes ../labels.jsonl (writer 51). Run from anywhere."""
import json
import os
from common import OUT, credit_code, id_number

ZA = "中华人民共和国治安管理处罚法"
DJ = "中华人民共和国道路交通安全法"
SZ = "中华人民共和国税收征收管理法"


def cit(law, a, p, i, role):
    return {"law": law, "article": a, "paragraph": p, "item": i, "role": role}


def person(name, idn):
    return {"name": name, "kind": "个人", "credit_code": None, "id_number": idn}


CASES = [
 dict(case_id="h49_01_tianhe_ouda", codes=[], encoding="utf-8",
      notes="干净案卷（公安治安，文件夹每文书一个txt）。殴打他人致轻微伤，行政拘留七日并处罚款300元，在第四十三条第一款5-10日拘留并处200-500元幅度内，理由为如实陈述、邻里纠纷从轻。民警均有警号，询问两人；告知笔录中当事人书面放弃陈述申辩并签名，次日决定；决定书当场宣告送达并由被处罚人签名；受案至决定9日，未超治安案件30日期限；拘留所执行回执、缴款票据、结案登记表齐全。罚款300元低于公安个人听证数额2000元，无需听证告知。",
      fields=dict(agency="广州市公安局天河区分局", party=person("陈国梁", id_number("44010619880315241")),
                  penalty={"fine_yuan": 300, "procedure": "普通"},
                  dates={"filing": "2023-06-12", "notice": "2023-06-20", "decision": "2023-06-21", "decision_served": "2023-06-21"},
                  citations=[cit(ZA, 43, 1, None, "violated"), cit(ZA, 43, 1, None, "penalty")])),
 dict(case_id="h49_02_siming_dubo", codes=["SERV-01", "SUBJ-01"], encoding="gb18030",
      notes="SUBJ-01：第3页询问笔录询问人只有郑文斌一名民警（记录人亦为其本人）。SERV-01：决定书2019年9月27日作出，邮寄送达回证签收日期2019年10月15日，扣除国庆假期（9月29日、10月12日为调休工作日）为决定后第9个工作日，超过7个工作日。第七十条（500元以下罚款）适用正确，无听证。",
      fields=dict(agency="厦门市公安局思明分局", party=person("苏少华", id_number("35020319910708153")),
                  penalty={"fine_yuan": 500, "procedure": "普通"},
                  dates={"filing": "2019-09-20", "notice": "2019-09-21", "decision": "2019-09-27", "decision_served": "2019-10-15"},
                  citations=[cit(ZA, 70, None, None, "violated"), cit(ZA, 70, None, None, "penalty")])),
 dict(case_id="h49_03_futian_wuzheng", codes=["PROC-10"], encoding=None,
      notes="PROC-10：第2页公安交通管理简易程序处罚决定书对自然人当场罚款1000元，超过简易程序对个人200元的上限（应适用普通程序）。罚款本身在第九十九条第一款第一项200-2000元幅度内；执法记录仪已记载；两名交警有警号；决定2021年作出，救济期限60日/6个月正确。",
      fields=dict(agency="深圳市公安局交通警察局", party=person("何俊彦", id_number("44030419950221603")),
                  penalty={"fine_yuan": 1000, "procedure": "简易"},
                  dates={"filing": None, "notice": None, "decision": "2021-08-14", "decision_served": "2021-08-14"},
                  citations=[cit(DJ, 19, 1, None, "violated"), cit(DJ, 99, 1, 1, "penalty")])),
 dict(case_id="h49_04_gulou_zhangbu", codes=[], encoding=None,
      notes="干净案卷（税务，DOCX，Word表格）。罚款10000元为第六十条第一款第二项情节严重2000-10000元的上限，决定书写明情节严重及顶格理由（经责令限期改正拒不改正、凭证灭失18个月）。达到税务单位听证数额10000元，告知书告知听证权利，当事人申请并举行听证；法制审核（4月29日）、集体审理（4月30日）均在决定（5月8日）前；告知书4月8日送达，陈述申辩/听证期已过；立案3月4日至决定5月8日共65日，未超90日；决定次日直接送达；税务系垂直领导，向上一级税务机关申请复议正确；缴款凭证、结案报告齐全，卷内目录每文书一页。",
      fields=dict(agency="国家税务总局福州市鼓楼区税务局",
                  party={"name": "福州榕川贸易有限公司", "kind": "单位", "credit_code": credit_code("91350102MA2Y7K3Q6"), "id_number": None},
                  penalty={"fine_yuan": 10000, "procedure": "普通"},
                  dates={"filing": "2024-03-04", "notice": "2024-04-08", "decision": "2024-05-08", "decision_served": "2024-05-09"},
                  citations=[cit(SZ, 24, 1, None, "violated"), cit(SZ, 60, 1, 2, "penalty")])),
 dict(case_id="h49_05_fengze_shenbao", codes=["EXEC-02", "PROC-02"], encoding=None,
      notes="PROC-02：当事人为个体工商户经营者（按公民适用税务听证数额2000元），拟罚款2500元，第5页税务行政处罚事项告知书只告知陈述申辩，未告知听证权利。EXEC-02：第8页加处罚款催告通知书按每日3%计40日加处罚款3000元，超过罚款本数2500元；缴款凭证按5500元缴纳（与罚款加加处罚款一致，故不另标EXEC-01）。第六十二条为单款无项条文。",
      fields=dict(agency="国家税务总局泉州市丰泽区税务局",
                  party={"name": "丰泽区阿水海鲜排档（蔡文水）", "kind": "个人", "credit_code": credit_code("92350503MA31QW8L0"), "id_number": id_number("35050319760118301")},
                  penalty={"fine_yuan": 2500, "procedure": "普通"},
                  dates={"filing": "2022-05-16", "notice": "2022-06-06", "decision": "2022-06-15", "decision_served": "2022-06-16"},
                  citations=[cit(SZ, 25, 1, None, "violated"), cit(SZ, 62, None, None, "penalty")])),
 dict(case_id="h49_06_zhangzhou_jiujia", codes=["LAW-02", "SERV-02"], encoding=None,
      notes="扫描件。LAW-02：决定书处罚依据写《道路交通安全法》第九十一条，未写第一款（该条有两款，告知笔录写了第一款）。SERV-02：第7页决定书送达回证“受送达人签名”栏空白，送达方式为直接送达，无留置见证或拒签记载。暂扣驾驶证六个月并处罚款1500元在第九十一条第一款幅度内；罚款低于公安个人听证数额2000元。",
      fields=dict(agency="漳州市公安局交通警察支队", party=person("王志强", id_number("35060219870423551")),
                  penalty={"fine_yuan": 1500, "procedure": "普通"},
                  dates={"filing": "2025-03-08", "notice": "2025-03-10", "decision": "2025-03-14", "decision_served": "2025-03-14"},
                  citations=[cit(DJ, 22, 2, None, "violated"), cit(DJ, 91, None, None, "penalty")])),
 dict(case_id="h49_07_haizhu_zaosheng", codes=["PROC-05", "PROC-08"], encoding="utf-8",
      notes="PROC-05：第4页行政处罚告知书2024年4月10日送达，给予三日陈述申辩期（至4月13日），当事人未书面放弃，4月11日即作出决定。PROC-08：告知书拟罚款300元，决定书罚款500元，重于告知。500元仍在第五十八条警告后不改正200-500元幅度内。留置送达有见证人签名和执法记录仪记录；2024年决定向海珠区人民政府申请复议正确。",
      fields=dict(agency="广州市公安局海珠区分局", party=person("叶嘉豪", id_number("44010519920917381")),
                  penalty={"fine_yuan": 500, "procedure": "普通"},
                  dates={"filing": "2024-04-07", "notice": "2024-04-10", "decision": "2024-04-11", "decision_served": "2024-04-11"},
                  citations=[cit(ZA, 58, None, None, "violated"), cit(ZA, 58, None, None, "penalty")])),
]


def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            c = dict(c)
            c["codes"] = sorted(c["codes"])
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
