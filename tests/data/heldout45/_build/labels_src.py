"""Writes ../labels.jsonl from the hand-kept labels below (writer 47)."""
import json, os
import _common as C

WS = "中华人民共和国水污染防治法"
TD = "中华人民共和国土地管理法"
TDS = "中华人民共和国土地管理法实施条例"
GF = "中华人民共和国固体废物污染环境防治法"
DQ = "中华人民共和国大气污染防治法"
PW = "排污许可管理条例"


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


LABELS = []


def add(case_id, codes, notes, encoding, agency, name, kind, credit, idn, fine, proc, filing, notice, decision, served, cits):
    LABELS.append({"case_id": case_id, "codes": sorted(codes), "notes": notes, "encoding": encoding,
                   "fields": {"agency": agency, "party": {"name": name, "kind": kind, "credit_code": credit, "id_number": idn},
                              "penalty": {"fine_yuan": fine, "procedure": proc},
                              "dates": {"filing": filing, "notice": notice, "decision": decision, "decision_served": served},
                              "citations": cits}})


import case1_wushui_folder as c1
add(c1.NAME, [], "干净案卷。罚款25万元属较大数额，事先告知书（与听证告知合并，标题“事先（听证）告知书”）告知了听证权利，当事人申请后于2023-06-28举行听证（主持人非调查人员）；听证后有法制审核意见书（2023-07-05）和案审委集体审议记录（2023-07-07），均在决定（2023-07-10）之前；决定书次日直接送达；检查在立案前属正常案源发现；责令改正决定书引用第八十三条未列项，但它不是处罚决定书；监测报告的“监测专用章”不是外发处罚文书。各笔录两名执法人员均有证号，询问笔录有出示证件和回避告知。",
    "utf-8", c1.AG, c1.CO, "单位", c1.UCC, None, 250000, "普通", "2023-05-18", "2023-06-12", "2023-07-10", "2023-07-11",
    [cit(WS, 10), cit(WS, 83, None, 2, "penalty")])

import case2_zhandi_ff as c2
add(c2.NAME, ["LAW-05", "SERV-01"], "LAW-05：决定书依据土地管理法实施条例第五十七条第一款（每平方米100元以上1000元以下）却按每平方米50元对380平方米处罚款19000元，低于法定下限38000元，全卷未写任何减轻处罚情节（仅当事人口头“请求从轻”）。SERV-01：决定书2022-04-25作出，4月29日才交寄EMS，5月10日妥投，期间扣除劳动节假期（4月24日、5月7日调休上班）为9个工作日，超过7个工作日。邮寄送达回证附妥投查询单、本人签收，不属于SERV-02。罚款1.9万元对个人，告知书已告知听证权利。",
    "utf-8", c2.AG, c2.P, "个人", None, c2.PID, 19000, "普通", "2022-03-08", "2022-04-11", "2022-04-25", "2022-05-10",
    [cit(TD, 44, 1), cit(TD, 77, 1, None, "penalty"), cit(TDS, 57, 1, None, "penalty")])

import case3_anguan_gb as c3
add(c3.NAME, ["DOC-06", "PROC-02"], "PROC-02：拟责令停产整治并罚款20万元（单位），属行政处罚法（2017年文本）第四十二条应告知听证的情形，但事先告知书（遂环罚告〔2019〕37号）只依第三十一条、第三十二条告知三日内陈述申辩，未告知要求听证的权利。DOC-06：决定书上的统一社会信用代码为" + c3.UCC_BAD + "，与立案审批表、授权委托书上的" + c3.UCC + "不一致（第10位误录），且校验位不通过。其余：检查在立案前属举报核查；集体讨论在决定前；决定书当事人其他信息与前文一致；2019年决定复议机关写“市人民政府或者省生态环境厅”在当时是正确的。",
    "gb18030", c3.AG, c3.CO, "单位", c3.UCC, None, 200000, "普通", "2019-08-14", "2019-09-09", "2019-09-20", "2019-09-23",
    [cit(WS, 39), cit(WS, 83, None, 3, "penalty")])

import case4_paiwu_docx as c4
add(c4.NAME, [], "干净案卷（减轻处罚）。罚款8万元低于排污许可管理条例第三十三条20万元下限，但告知书和决定书均写明行政处罚法第三十二条第一项主动消除危害后果的减轻情节及证据，并经法制审核（2024-05-30）和集体讨论（2024-06-03），不属LAW-05。告知书含听证权利；陈述申辩期（2024-05-21送达起5个工作日）届满后于2024-06-05决定；决定书次日留置送达，有见证人签名并有执法记录仪录像；分期缴纳经书面同意，两期缴款合计80000元与决定一致；2024年决定复议机关为本级人民政府，正确。",
    "utf-8", c4.AG, c4.CO, "单位", c4.UCC, None, 80000, "普通", "2024-04-11", "2024-05-20", "2024-06-05", "2024-06-06",
    [cit(PW, 2, 1), cit(PW, 33, None, 1, "penalty")])

import case5_taizhang_pdf as c5
add(c5.NAME, ["EVID-01", "SUBJ-02"], "SUBJ-02：现场检查（勘察）笔录（2021-01-12，第3页）检查人写“邓永刚（执法证号：川执51070016152）、张倩”，张倩无执法证号（她在立案表和询问笔录中有证号）。EVID-01：调查询问笔录（2021-01-19，第4页）开头直接进入问答，既未记载出示执法证件，也未告知申请回避的权利（现场检查笔录有出示证件记载，不影响询问笔录的缺失）。其余：2021年3月决定适用行政处罚法2017年文本（第三十一、三十二、四十二条）正确；罚款6万元在第一百零二条第二款5万至20万元幅度内且说明了一般情节理由；告知书告知了听证权利。",
    "utf-8", c5.AG, c5.CO, "单位", c5.UCC, None, 60000, "普通", "2021-01-14", "2021-03-01", "2021-03-12", "2021-03-15",
    [cit(GF, 36, 1), cit(GF, 102, 1, 8, "penalty"), cit(GF, 102, 2, None, "penalty")])

import case6_daqi_pdf as c6
add(c6.NAME, ["LAW-03", "PROC-05"], "LAW-03：决定书处罚依据写《中华人民共和国大气污染防治法》第九十九条第四项，而该条只有三项（超标排放属第二项，事先告知书写的也是第二项）。PROC-05：事先（听证）告知书2025-09-15作出、9月16日送达，告知五个工作日内陈述申辩或要求听证，期限至9月23日届满，决定书却于9月19日作出，卷内无当事人书面放弃。法制审核（9月17日）、集体讨论（9月18日）均在决定前；送达在3个工作日内；罚款15万元在10万至100万元幅度内。",
    "utf-8", c6.AG, c6.CO, "单位", c6.UCC, None, 150000, "普通", "2025-08-07", "2025-09-15", "2025-09-19", "2025-09-22",
    [cit(DQ, 18), cit(DQ, 99, None, 4, "penalty")])

if __name__ == "__main__":
    with open(os.path.join(C.OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in LABELS:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(LABELS), "labels")
