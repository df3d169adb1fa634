"""Writes ../labels.jsonl from the case modules (IDs are taken from the modules, so they stay in sync)."""
import json
import os
import case_c1_yangchen as c1
import case_c2_weijian as c2
import case_c3_shaokao as c3
import case_c4_jianzhulaji as c4
import case_c5_dangchang as c5
import case_c6_youyan as c6
import case_c7_xiaofang as c7
from common import OUT

DQ = "中华人民共和国大气污染防治法"
GF = "中华人民共和国固体废物污染环境防治法"
GH = "中华人民共和国城乡规划法"
XF = "中华人民共和国消防法"


def cit(law, a, p, i, role):
    return {"law": law, "article": a, "paragraph": p, "item": i, "role": role}


def party(name, kind, cc=None, idn=None):
    return {"name": name, "kind": kind, "credit_code": cc, "id_number": idn}


def rec(case_id, codes, notes, enc, agency, pty, fine, proc, dates, cits):
    f, n, d, s = dates
    return {"case_id": case_id, "codes": sorted(codes), "notes": notes, "encoding": enc,
            "fields": {"agency": agency, "party": pty, "penalty": {"fine_yuan": fine, "procedure": proc},
                       "dates": {"filing": f, "notice": n, "decision": d, "decision_served": s},
                       "citations": cits}}


LABELS = [
 rec("sz_c1_yangchen", [], "干净案卷（2019年，适用2017年行政处罚法条文编号：告知书引第三十一、三十二、四十二条，三日内陈述申辩/听证）。"
     "立案2019-04-08（4月5日清明假期），检查2019-04-03先于立案属正常发现；告知2019-04-22当场送达，三个工作日届满04-25，决定2019-05-06（五一假期后，5月5日调休上班），"
     "送达05-08为决定后第2个工作日；罚款2万元在第一百一十五条第一款一万至十万幅度内并说明从轻理由；两名执法人员均有证号；缴款、结案齐全，目录页码与页面一致。"
     "送达回证页（第6页）同时载有告知书与决定书两份回证。", "pdf-text", c1.AG, party(c1.PARTY, "单位", cc=c1.CC), 20000, "普通",
     ("2019-04-08", "2019-04-22", "2019-05-06", "2019-05-08"),
     [cit(DQ, 69, 3, None, "violated"), cit(DQ, 115, 1, 1, "penalty")]),
 rec("dg_c2_weijian", [], "干净案卷：个人违法建设，罚款为工程造价62万元的7%即43400元（第六十四条5%—10%幅度内，说明一般情节）。"
     "告知2022-04-11当场送达，04-13（第2个工作日）申请听证，04-14送达听证通知，04-26听证（间隔≥7个工作日，4月24日为调休工作日），主持人为法制科非调查人员；"
     "听证后法制审核05-09、集体讨论05-10均早于决定05-11；决定以粤政易电子送达05-12，卷内有当事人签名的送达地址确认书（同意电子送达）；立案至决定71日。",
     "pdf-text", c2.AG, party("陈少雄", "个人", idn=c2.ID), 43400, "普通",
     ("2022-03-01", "2022-04-11", "2022-05-11", "2022-05-12"),
     [cit(GH, 40, 1, None, "violated"), cit(GH, 64, None, None, "penalty")]),
 rec("sy_c3_shaokao_scan", ["EVID-03", "SUBJ-02"], "扫描件。SUBJ-02：第3页询问笔录“记录人：吉春燕”未注执法证号（立案表、现场笔录中有证号）。"
     "EVID-03：询问笔录记载羊肉串150串×3元＋鸡翅40只×8元＝770元，但调查终结报告、告知书与决定书均认定违法所得870元并没收870元（缴款书亦为870元）。"
     "其余：2020年适用2017年行政处罚法，告知三日内陈述申辩/听证，08-24送达，09-01决定，09-02送达。", "pdf-scan", c3.AG,
     party("王海涛", "个人", idn=c3.ID), 1000, "普通", ("2020-08-17", "2020-08-24", "2020-09-01", "2020-09-02"),
     [cit(DQ, 81, 3, None, "violated"), cit(DQ, 118, 3, None, "penalty")]),
 rec("gz_c4_jianzhulaji", ["DOC-04", "LAW-05", "SERV-02"], "DOCX（Word表格）。LAW-05：工程施工单位擅自倾倒建筑垃圾属第一百一十一条第一款第（四）项，第二款规定单位处十万元以上一百万元以下罚款，"
     "决定书仅以“已自行清运”为由罚款8万元，未载明任何减轻情节，低于法定下限。SERV-02/DOC-04：第9页决定书送达回证“受送达人签名或盖章”栏空白，备注栏空白，无留置送达见证或记录。"
     "法制审核(10-18)与集体讨论(10-19)均早于决定(10-20)；告知10-08（调休工作日）送达，五个工作日至10-14届满。", "docx", c4.AG,
     party(c4.PARTY, "单位", cc=c4.CC), 80000, "普通", ("2021-09-06", "2021-10-08", "2021-10-20", "2021-10-21"),
     [cit(GF, 63, 3, None, "violated"), cit(GF, 111, 1, 4, "penalty"), cit(GF, 111, 2, None, "penalty")]),
 rec("nn_c5_dangchang", ["PROC-10"], "GB18030文本，简易程序。PROC-10：当场行政处罚决定书对自然人覃建军处罚款300元，超过当场处罚对个人200元以下的限额（应适用普通程序）。"
     "其余要素（两名执法人员及证号、执法记录仪、当事人签收、救济途径、缴款凭证）齐全。", "gb18030", c5.AG,
     party("覃建军", "个人", idn=c5.ID), 300, "简易", (None, None, "2024-07-16", "2024-07-16"),
     [cit(GF, 49, 2, None, "violated"), cit(GF, 111, 1, 1, "penalty"), cit(GF, 111, 2, None, "penalty")]),
 rec("hk_c6_youyan", ["PROC-05", "SUBJ-01"], "UTF-8文本，分页符分页。SUBJ-01：第3页询问笔录询问人、记录人均为林志强一人。"
     "PROC-05：事先告知书2023-06-05（周一）当场送达，告知三个工作日内陈述申辩（届满06-08）、五个工作日内申请听证，决定书却于2023-06-07作出，当事人无书面放弃。"
     "减轻处罚罚款3000元低于第一百一十八条第一款五千元下限，但决定书载明依行政处罚法第三十二条第（一）项主动消除危害后果减轻，不属LAW-05。",
     "utf-8", c6.AG, party("陈国栋", "个人", idn=c6.ID), 3000, "普通", ("2023-05-22", "2023-06-05", "2023-06-07", "2023-06-08"),
     [cit(DQ, 81, 1, None, "violated"), cit(DQ, 118, 1, None, "penalty")]),
 rec("fs_c7_xiaofang", ["ARCH-01", "EVID-01", "SERV-01"], "文件夹，每份文书一个UTF-8文本（街道办事处经赋权实施消防领域行政处罚）。"
     "EVID-01：第3页询问笔录既未记载出示执法证件也未告知申请回避权利（现场检查笔录有记载）。"
     "SERV-01：决定书2025-03-10作出，邮寄送达回证收件日期2025-03-21，为第9个工作日，超过7个工作日。"
     "ARCH-01：00_卷内目录把询问笔录列为第3-4页、决定书列为第8-9页，其后各件页码顺延，而实际共9页（询问笔录第3页、复查记录第4页、决定书第7页、结案审批表第9页）。",
     "utf-8", c7.AG, party(c7.PARTY, "单位", cc=c7.CC), 8000, "普通", ("2025-02-17", "2025-02-26", "2025-03-10", "2025-03-21"),
     [cit(XF, 28, None, None, "violated"), cit(XF, 60, 1, 3, "penalty")]),
]

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in LABELS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
