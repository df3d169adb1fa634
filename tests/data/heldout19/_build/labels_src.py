"""Writes ../labels.jsonl for the heldout19 corpus (hand-written labels, one line per case)."""
import json
import os

import case_hd19_01 as c1
import case_hd19_02 as c2
import case_hd19_03 as c3
import case_hd19_04 as c4
import case_hd19_05 as c5
import case_hd19_06 as c6
import case_hd19_07 as c7
from common import OUT

DS = "中华人民共和国道路运输条例"
AQ = "中华人民共和国安全生产法"
DQ = "中华人民共和国大气污染防治法"


def cit(law, art, para, item, role):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def party(name, kind, credit=None, idn=None):
    return {"name": name, "kind": kind, "credit_code": credit, "id_number": idn}


LABELS = [
    {
        "case_id": c1.CASE_ID, "codes": ["DOC-02"], "encoding": None,
        "notes": "扫描件（图像PDF，需OCR）。简易程序当场处罚，单位罚款1000元（未超3000元，非PROC-10）。缺陷DOC-02："
                 "第2页当场行政处罚决定书作于2025年8月12日，救济告知写“可以在收到本决定书之日起六十日内向青溪县人民政府申请行政复议，"
                 "也可以在六个月内直接向青溪县人民法院提起行政诉讼”，未告知对当场作出的行政处罚决定应当先申请行政复议（行政复议法2023第二十三条）。"
                 "其余：两名执法人员均有证号，现场笔录记载出示证件和告知回避，印章为红色圆章压在落款上，缴款凭证1000元与决定一致。",
        "fields": {"agency": c1.AG, "party": party(c1.NAME, "单位", c1.CREDIT),
                   "penalty": {"fine_yuan": 1000, "procedure": "简易"},
                   "dates": {"filing": None, "notice": None, "decision": "2025-08-12", "decision_served": "2025-08-12"},
                   "citations": [cit("中华人民共和国价格法", 13, 1, None, "violated"),
                                 cit("中华人民共和国价格法", 42, None, None, "penalty")]},
    },
    {
        "case_id": c2.CASE_ID, "codes": ["PROC-05", "SUBJ-02"], "encoding": None,
        "notes": "文字层PDF。个人无证从事普通货运，违法所得12600元（14趟×900元，计算正确），没收违法所得12600元并处1倍罚款12600元，"
                 "在道路运输条例(2023)第六十三条第一项1–5倍幅度内；告知书含听证权利。缺陷SUBJ-02：第3–4页询问笔录“记录人：莫丽娟”未写执法证号"
                 "（她在现场检查笔录中有证号45092219014，但该笔录上没有）。缺陷PROC-05：行政处罚事先告知书2024年10月14日直接送达，"
                 "告知“收到本告知书之日起五个工作日内”陈述申辩或申请听证，期满日为2024年10月21日；决定书于2024年10月16日作出，"
                 "当事人未书面放弃（10月15日法制审核、集体讨论也在期限内进行）。送达10月17日（1个工作日），90日期限内，缴款25200元=没收12600+罚款12600。",
        "fields": {"agency": c2.AG, "party": party(c2.NAME, "个人", None, c2.ID),
                   "penalty": {"fine_yuan": 12600, "procedure": "普通"},
                   "dates": {"filing": "2024-09-11", "notice": "2024-10-14", "decision": "2024-10-16", "decision_served": "2024-10-17"},
                   "citations": [cit(DS, 24, 1, 1, "violated"), cit(DS, 63, None, 1, "penalty")]},
    },
    {
        "case_id": c3.CASE_ID, "codes": ["PROC-06", "SUBJ-01"], "encoding": None,
        "notes": "DOCX（Word表格）。单位罚款8万元并责令停产停业整顿（安全生产法2021第九十九条第三项：逾期未改正5万–20万元，情节严重责令停产停业整顿），"
                 "当事人申请听证并于2025年5月9日举行（听证通知4月24日送达，间隔8个工作日，含五一假期；主持人为政策法规股吴运杰，非调查人员）。"
                 "缺陷PROC-06：经过听证的案件依行政处罚法第五十八条第一款第二项应当法制审核，卷内只有听证报告和集体讨论记录（5月15日），没有法制审核意见。"
                 "缺陷SUBJ-01：2025年3月24日复查的现场检查记录只有检查人员冯海波一人（签名也只有一人）。"
                 "其余：立案3月25日在复查之后，3月4日和3月24日的检查先于立案属正常；决定5月16日在5个工作日陈述期满后，送达5月19日，缴款8万元。",
        "fields": {"agency": c3.AG, "party": party(c3.NAME, "单位", c3.CREDIT),
                   "penalty": {"fine_yuan": 80000, "procedure": "普通"},
                   "dates": {"filing": "2025-03-25", "notice": "2025-04-18", "decision": "2025-05-16", "decision_served": "2025-05-19"},
                   "citations": [cit(AQ, 36, 2, None, "violated"), cit(AQ, 99, None, 3, "penalty")]},
    },
    {
        "case_id": c4.CASE_ID, "codes": [], "encoding": None,
        "notes": "干净案卷（文字层PDF）。单位罚款6万元（大气污染防治法2018第一百一十五条第一款第一项1万–10万元），有裁量基准“较重”档及理由。"
                 "易误判处：事先告知书11月9日送达，五个工作日期满11月16日，当事人11月11日提交书面陈述申辩（未要求听证），11月17日复核，"
                 "11月19日法制审核（审核人有法律职业资格证号），11月23日负责人集体讨论，11月24日决定，均在决定之前；决定未因申辩加重。"
                 "11月26日直接送达（2个工作日），立案10月13日至决定42日；2021年决定书复议机关写“县人民政府或者上一级主管部门”在2024年前是正确的。"
                 "所有笔录两名执法人员且有证号，卷内目录页码与实际一致，缴款6万元与决定一致。",
        "fields": {"agency": c4.AG, "party": party(c4.NAME, "单位", c4.CREDIT),
                   "penalty": {"fine_yuan": 60000, "procedure": "普通"},
                   "dates": {"filing": "2021-10-13", "notice": "2021-11-08", "decision": "2021-11-24", "decision_served": "2021-11-26"},
                   "citations": [cit(DQ, 69, 3, None, "violated"), cit(DQ, 115, 1, 1, "penalty")]},
    },
    {
        "case_id": c5.CASE_ID, "codes": ["EXEC-02", "SERV-02"], "encoding": "gb18030",
        "notes": "GB18030文本。2019年税务案件（适用行政处罚法2017：告知第三十一、三十二条，加处罚款第五十一条第一项）。单位未按期纳税申报罚款1500元"
                 "（税收征收管理法第六十二条：二千元以下）。缺陷SERV-02：税务行政处罚事项告知书的送达回证“受送达人签名或盖章”栏和见证人栏均为空，"
                 "无留置送达记载。缺陷EXEC-02：决定书4月23日送达，缴款期限至5月8日，当事人7月2日缴纳，逾期55日，按1500×3%×55计收加处罚款2475元，"
                 "超过罚款本数1500元（缴款书合计3975元，与罚款+加处罚款一致，故非EXEC-01）。",
        "fields": {"agency": c5.AG, "party": party(c5.NAME, "单位", c5.CREDIT),
                   "penalty": {"fine_yuan": 1500, "procedure": "普通"},
                   "dates": {"filing": "2019-04-01", "notice": "2019-04-10", "decision": "2019-04-22", "decision_served": "2019-04-23"},
                   "citations": [cit("中华人民共和国税收征收管理法", 25, 1, None, "violated"),
                                 cit("中华人民共和国税收征收管理法", 62, None, None, "penalty")]},
    },
    {
        "case_id": c6.CASE_ID, "codes": ["ARCH-01", "LAW-05", "SERV-01"], "encoding": "utf-8",
        "notes": "文件夹，每份文书一个UTF-8文本，文件名前缀为卷内顺序，页脚n/14。缺陷LAW-05：未建立工业固体废物管理台账，依固废法2020第一百零二条第一款第八项、第二款应处5万–20万元，"
                 "决定书只称“从轻处罚”即罚款3万元，低于法定最低额，卷内未主张任何减轻情节。缺陷SERV-01：决定书2023年9月25日作出，邮寄送达10月11日交寄、10月12日签收，"
                 "间隔9个工作日（国庆调休10月7日、8日为工作日）。缺陷ARCH-01：01_卷内目录按询问笔录2页编制（第3–4页），实际询问笔录为3页（第3–5页），"
                 "其后各文件页号均少1，备考表称共14页。立案7月3日至决定84日，未超90日；告知书含听证权利；缴款3万元与决定一致。",
        "fields": {"agency": c6.AG, "party": party(c6.NAME, "单位", c6.CREDIT),
                   "penalty": {"fine_yuan": 30000, "procedure": "普通"},
                   "dates": {"filing": "2023-07-03", "notice": "2023-08-07", "decision": "2023-09-25", "decision_served": "2023-10-12"},
                   "citations": [cit("中华人民共和国固体废物污染环境防治法", 36, 1, None, "violated"),
                                 cit("中华人民共和国固体废物污染环境防治法", 102, 1, 8, "penalty"),
                                 cit("中华人民共和国固体废物污染环境防治法", 102, 2, None, "penalty")]},
    },
    {
        "case_id": c7.CASE_ID, "codes": [], "encoding": "utf-8",
        "notes": "干净案卷（单个UTF-8文本，换页符分页）。不予行政处罚：餐饮店油烟净化设施因跳闸未开启约一小时，次日复查已改正，无投诉，"
                 "依行政处罚法第三十三条第一款（违法行为轻微并及时改正、没有造成危害后果，应当不予处罚）作出不予行政处罚决定书，并记载已进行教育。"
                 "易误判处：无罚款故无缴款凭证，不适用EXEC-01；检查（6月14日）先于立案（6月16日）属正常；不予处罚告知书6月27日送达，"
                 "五个工作日期满7月4日，决定7月6日，7月7日送达（1个工作日）；所有笔录两名执法人员有证号并记载出示证件、告知回避。",
        "fields": {"agency": c7.AG, "party": party(c7.NAME, "个人", c7.CREDIT, c7.ID),
                   "penalty": {"fine_yuan": 0, "procedure": "普通"},
                   "dates": {"filing": "2022-06-16", "notice": "2022-06-27", "decision": "2022-07-06", "decision_served": "2022-07-07"},
                   "citations": [cit(DQ, 81, 1, None, "violated"), cit(DQ, 118, 1, None, "penalty")]},
    },
]


def write():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write()
