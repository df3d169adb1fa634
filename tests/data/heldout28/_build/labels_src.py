"""Writes ../labels.jsonl: one hand-written label per case (codes, notes, encoding, fields)."""
import json

from common import OUT

DAQI = "中华人民共和国大气污染防治法"


def cit(law, art, par=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": par, "item": item, "role": role}


LABELS = []

import case_e  # noqa: E402
LABELS.append({
    "case_id": case_e.CASE_ID,
    "codes": ["LAW-05", "SERV-01"],
    "notes": "LAW-05：决定书（第8页）依据大气污染防治法第一百一十八条第三款（五百元以上二万元以下）仅以“初次违法、认错态度较好”从轻，"
             "却罚款300元，低于法定最低额且未说明任何减轻情节。SERV-01：决定书2019年8月1日作出，当事人未到场领取，"
             "8月12日才交邮，8月14日签收（第9页），相隔9个工作日，超过7日。其余：两名执法人员均有证号，告知书3日期限"
             "（7月25日送达，8月1日决定）已届满，没收违法所得186元=31串×6元，缴款486元=300+186，"
             "2019年适用行政处罚法（2017）条文、复议机关表述为2024年前格式，均无误。",
    "encoding": "gb18030",
    "fields": {"agency": case_e.AG,
               "party": {"name": "刘长海", "kind": "个人", "credit_code": None, "id_number": case_e.PARTY_ID},
               "penalty": {"fine_yuan": 300, "procedure": "普通"},
               "dates": {"filing": "2019-07-15", "notice": "2019-07-25", "decision": "2019-08-01",
                         "decision_served": "2019-08-14"},
               "citations": [cit(DAQI, 81, 3), cit(DAQI, 118, 3, role="penalty")]},
})


import case_f  # noqa: E402
LABELS.append({
    "case_id": case_f.CASE_ID,
    "codes": [],
    "notes": "无缺陷（干净案卷）。不予行政处罚（首违不罚，行政处罚法第三十三条第一款），罚款为0，不涉及缴款凭证；"
             "乡镇以自己名义作出决定属省政府赋权（行政处罚法第二十四条），并非内设机构名义；事先告知书11月16日送达，"
             "三日期限届满后11月22日决定，次个工作日直接送达；法制审核（司法所，有法律职业资格）在决定前；"
             "两名执法人员均有证号，笔录记载出示证件和回避告知；已有法治教育记录。第三十三条属程序/不罚依据，按约定不标注。",
    "encoding": "utf-8",
    "fields": {"agency": case_f.AG,
               "party": {"name": "李秀英", "kind": "个人", "credit_code": None, "id_number": case_f.PARTY_ID},
               "penalty": {"fine_yuan": 0, "procedure": "普通"},
               "dates": {"filing": "2022-11-09", "notice": "2022-11-16", "decision": "2022-11-22",
                         "decision_served": "2022-11-23"},
               "citations": [cit(DAQI, 77), cit(DAQI, 119, 1, role="penalty")]},
})


import case_g  # noqa: E402
LABELS.append({
    "case_id": case_g.CASE_ID,
    "codes": ["LAW-02", "SUBJ-03"],
    "notes": "SUBJ-03：行政处罚事先告知书（08）和行政处罚决定书（11）均以“瓯泉县综合行政执法局城东中队”名义制作并加盖中队印章，"
             "决定书中自称“本中队”，卷内无局对中队的委托书（中队为内设/派出机构，不具有行政主体资格）。LAW-02：违法条款"
             "“大气污染防治法第七十条”未写明款，第七十条有三款，事实属第一款。处罚条款第一百一十六条仅一款，不构成LAW-02。"
             "其余：罚款3000元在二千至二万元幅度内，裁量理由明确；告知书9月16日送达，三个工作日届满后9月24日决定，次日送达；"
             "单位罚款3000元未达听证数额；缴款3000元与决定一致。",
    "encoding": "utf-8",
    "fields": {"agency": case_g.UNIT,
               "party": {"name": case_g.PARTY, "kind": "单位", "credit_code": case_g.CC, "id_number": None},
               "penalty": {"fine_yuan": 3000, "procedure": "普通"},
               "dates": {"filing": "2025-09-04", "notice": "2025-09-16", "decision": "2025-09-24",
                         "decision_served": "2025-09-25"},
               "citations": [cit(DAQI, 70), cit(DAQI, 116, role="penalty")]},
})


import case_c  # noqa: E402
LABELS.append({
    "case_id": case_c.CASE_ID,
    "codes": ["EXEC-02", "PROC-05"],
    "notes": "PROC-05：行政处罚事先告知书（第6页）2025年4月21日直接送达，告知五个工作日内陈述申辩或要求听证（期限至4月27日，"
             "该日为调休工作日），街道于4月24日即作出决定（第9页），卷内无当事人书面放弃。EXEC-02：缴款凭证（第13页）与催告书（第11页）"
             "按每日3%计45日加处罚款10800元，超过罚款本数8000元（加处罚款不得超出罚款数额）；缴款合计18800元与罚款加加处罚款"
             "一致，故不是EXEC-01。其余：街道以自己名义依江苏省赋权决定作出，不是内设机构名义；告知书含听证权利；法制审核在决定前。",
    "encoding": "pdf",
    "fields": {"agency": case_c.AG,
               "party": {"name": case_c.SHOP, "kind": "单位", "credit_code": case_c.CC, "id_number": case_c.OP_ID},
               "penalty": {"fine_yuan": 8000, "procedure": "普通"},
               "dates": {"filing": "2025-04-09", "notice": "2025-04-21", "decision": "2025-04-24",
                         "decision_served": "2025-04-25"},
               "citations": [cit(DAQI, 81, 1), cit(DAQI, 118, 1, role="penalty")]},
})


import case_b  # noqa: E402
LABELS.append({
    "case_id": case_b.CASE_ID,
    "codes": [],
    "notes": "无缺陷（干净案卷）。要点：听证告知书4月25日送达，4月27日申请听证（2个工作日内）；听证通知5月5日送达，"
             "5月17日举行（间隔9个工作日，含5月7日调休上班日）；主持人孙丽为法制科人员，非调查人员；听证后法制审核（5月20日）"
             "和负责人集体讨论（5月23日）均在决定（5月24日）之前；决定罚款43200元低于告知的46440元，系采纳听证意见"
             "（货架54000元不计入工程造价，720000×6%），不属于DOC-07/PROC-08；罚款在造价5%—10%幅度内并说明裁量档次；"
             "立案3月15日至决定70日，未超90日；次日直接送达；缴款43200元与决定一致；限期改正已复查。城乡规划法第六十四条仅一款。",
    "encoding": "pdf",
    "fields": {"agency": case_b.AG,
               "party": {"name": case_b.PARTY, "kind": "单位", "credit_code": case_b.CC, "id_number": None},
               "penalty": {"fine_yuan": 43200, "procedure": "普通"},
               "dates": {"filing": "2022-03-15", "notice": "2022-04-25", "decision": "2022-05-24",
                         "decision_served": "2022-05-25"},
               "citations": [cit("中华人民共和国城乡规划法", 40, 1), cit("中华人民共和国城乡规划法", 64, role="penalty")]},
})


import case_d  # noqa: E402
LABELS.append({
    "case_id": case_d.CASE_ID,
    "codes": ["DOC-04", "SERV-02", "SUBJ-02"],
    "notes": "SUBJ-02：现场检查笔录（第2页）执法人员栏写“吕振华（执法证号：33108123017）、方晓东”，方晓东无执法证号，"
             "且其为记录人并签名。SERV-02：行政处罚事先告知书的送达回证（第6页）送达方式为直接送达，“受送达人签名（盖章）”"
             "栏空白，备注栏也无拒签/留置见证记录；同一空白签名栏也满足DOC-04（送达回证受送达人签名缺失）。其余：告知书五个工作日期限至6月27日（含端午调休），7月3日决定，次日送达；"
             "询问笔录两名人员均有证号；街道以自己名义依浙江省赋权决定作出；罚款6000元在五千至五万元幅度内，已告知听证；"
             "法制审核在决定前；缴款与决定一致。",
    "encoding": "docx",
    "fields": {"agency": case_d.AG,
               "party": {"name": case_d.PARTY, "kind": "单位", "credit_code": case_d.CC, "id_number": None},
               "penalty": {"fine_yuan": 6000, "procedure": "普通"},
               "dates": {"filing": "2023-06-07", "notice": "2023-06-19", "decision": "2023-07-03",
                         "decision_served": "2023-07-04"},
               "citations": [cit("中华人民共和国消防法", 28), cit("中华人民共和国消防法", 60, 1, 5, role="penalty")]},
})


import case_a  # noqa: E402
GUFEI = "中华人民共和国固体废物污染环境防治法"
LABELS.append({
    "case_id": case_a.CASE_ID,
    "codes": ["DOC-02"],
    "notes": "DOC-02：当场行政处罚决定书（第1页，2024年6月18日）救济途径写“六十日内向清溪县人民政府申请行政复议，或者在六个月内"
             "直接向清溪县人民法院提起行政诉讼”；依行政复议法（2023）第二十三条，对当场作出的行政处罚决定不服应先申请复议，"
             "决定书须告知复议前置，不得告知可直接起诉。其余：简易程序对个人罚款200元未超过200元上限，种类为罚款（责令改正不是处罚）；"
             "两名执法人员均有证号；执法记录仪编号已记载；罚款在一百元至五百元幅度内并说明从轻理由；有缴款回单（200元）和备案记录。"
             "扫描件：灰度纸面、红色圆形印章压在落款上、约0.8°倾斜、JPEG q45。",
    "encoding": "pdf-scan",
    "fields": {"agency": case_a.AG,
               "party": {"name": "王海涛", "kind": "个人", "credit_code": None, "id_number": case_a.PARTY_ID},
               "penalty": {"fine_yuan": 200, "procedure": "简易"},
               "dates": {"filing": None, "notice": None, "decision": "2024-06-18", "decision_served": "2024-06-18"},
               "citations": [cit(GUFEI, 49, 2), cit(GUFEI, 111, 1, 1, role="penalty"), cit(GUFEI, 111, 2, role="penalty")]},
})


def write():
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in sorted(LABELS, key=lambda x: x["case_id"]):
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write()
