"""Writes ../labels.jsonl from the hand-kept labels below (one entry per case)."""
import json
import os

from common import OUT, id_number, credit_code

L = []


def case(case_id, codes, notes, encoding, agency, party, fine, procedure, dates, citations):
    L.append({"case_id": case_id, "codes": sorted(codes), "notes": notes, "encoding": encoding,
              "fields": {"agency": agency, "party": party,
                         "penalty": {"fine_yuan": fine, "procedure": procedure},
                         "dates": dates, "citations": citations}})


def cit(law, article, paragraph=None, item=None, role="violated"):
    return {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}


DQ = "中华人民共和国大气污染防治法"

case("w27_03_ctjd_lutian_shaokao", ["PROC-10"],
     "扫描件（4页+目录）。PROC-10：当场行政处罚决定书（澄综执当罚〔2024〕0317号）适用简易程序对个人吴建伟罚款500元（超过个人200元上限），"
     "并当场没收烧烤炉具（警告、罚款以外的处罚种类）。其余要素齐全：两名执法人员及证号、复议前置告知（2024年后）、缴款回单、备案表。",
     "pdf-scanned", "临江市钱湾区澄塘街道办事处",
     {"name": "吴建伟", "kind": "个人", "credit_code": None, "id_number": id_number("34032119900815351")},
     500, "简易",
     {"filing": None, "notice": None, "decision": "2024-07-12", "decision_served": "2024-07-12"},
     [cit(DQ, 81, 3, None, "violated"), cit(DQ, 118, 3, None, "penalty")])

import c2_mingma as _c2
case(_c2.CASE_ID, ["DOC-06", "SERV-02"],
     "UTF-8文本，换页符分页。首违不罚案，出具不予行政处罚决定书（罚款0）。DOC-06：询问笔录（第3页）所载顾春梅身份证号第15、16位互换，"
     "与立案审批表、决定书不一致且校验位不符。SERV-02：不予行政处罚决定书的送达回证（第10页）签收时间空白、受送达人签收栏空白（电子送达无回执记录）。"
     "告知书送达2022-06-16，五个工作日陈述申辩期至6-23届满，决定6-27作出，不属于PROC-05。引用《行政处罚法》第三十三条属程序性依据，不标注。",
     "utf-8", _c2.AG,
     {"name": _c2.SHOP, "kind": "个人", "credit_code": _c2.CC, "id_number": _c2.PID},
     0, "普通",
     {"filing": "2022-06-09", "notice": "2022-06-16", "decision": "2022-06-27", "decision_served": None},
     [cit("中华人民共和国价格法", 13, 1, None, "violated"), cit("明码标价和禁止价格欺诈规定", 5, 1, None, "violated"),
      cit("中华人民共和国价格法", 42, None, None, "penalty")])

import c5_weijian as _c5
CX = "中华人民共和国城乡规划法"
case(_c5.CASE_ID, [],
     "GB18030文本，干净案卷。要点：罚款43120元=工程造价862400元×5%，在第六十四条5%-10%幅度内，裁量理由（停工、配合、符合规划条件，基准“轻微”档）已写明；"
     "告知书载明听证权，当事人2022-09-19书面放弃听证，五个工作日期限（至9-22）届满后于9-29作出决定；罚款3万元以上属重大决定，法制审核（9-26）和集体讨论（9-28）均在决定前；"
     "电子送达有送达地址确认书，决定次日（9-30）送达；立案至决定43天；缴款凭证金额一致；结案报告、备考表齐全；卷内目录页码与正文一致。",
     "gb18030", _c5.AG,
     {"name": _c5.CO, "kind": "单位", "credit_code": _c5.CC, "id_number": None},
     43120, "普通",
     {"filing": "2022-08-17", "notice": "2022-09-15", "decision": "2022-09-29", "decision_served": "2022-09-30"},
     [cit(CX, 40, 1, None, "violated"), cit(CX, 64, None, None, "penalty")])

import c4_yingyun as _c4
YS = "中华人民共和国道路运输条例"
case(_c4.CASE_ID, ["EVID-03", "SUBJ-02"],
     "DOCX（Word表格）。EVID-03：电子数据提取笔录和当事人询问笔录所列三笔车费45元+60元+80元=185元，调查终结报告、事先告知书、决定书均认定“违法所得共计195元”并没收195元（缴款书亦为10195元，金额自洽但计算错误）。"
     "SUBJ-02：证人马丽询问笔录（第3页，2024-04-10，立案后）记录人赵一帆（执法人员）姓名旁无执法证号（询问人王浩有证号）。"
     "其余：罚款1万元为第六十三条第（二）项（2023年版，违法所得不足2万元，1万-10万元）下限，已说明初次、时间短、如实供述等理由；告知书含听证权；陈述申辩期至2024-04-28（调休工作日）届满，5-6决定，5-7直接送达。",
     "docx", _c4.AG,
     {"name": _c4.PN, "kind": "个人", "credit_code": None, "id_number": _c4.PID},
     10000, "普通",
     {"filing": "2024-04-10", "notice": "2024-04-22", "decision": "2024-05-06", "decision_served": "2024-05-07"},
     [cit(YS, 10, 1, 1, "violated"), cit(YS, 63, None, 2, "penalty")])

import c6_xiaofang as _c6
XF = "中华人民共和国消防法"
case(_c6.CASE_ID, ["EXEC-02", "PROC-05", "SERV-01"],
     "文件夹，每份文书一个UTF-8文本。PROC-05：事先告知书2025-03-14电子送达，告知五个工作日内陈述申辩/听证，期限至3-21届满，决定书3-19即作出，卷内无放弃声明。"
     "SERV-01：决定书2025-03-19作出，送达回证签收时间2025-04-01（间隔9个工作日，非当场交付）。"
     "EXEC-02：催告书按3%×42日计加处罚款12600元，超过罚款本数10000元（缴款凭证22600元与催告书一致，故不另标EXEC-01）。",
     "utf-8", _c6.AG,
     {"name": _c6.CO, "kind": "单位", "credit_code": _c6.CC, "id_number": None},
     10000, "普通",
     {"filing": "2025-03-05", "notice": "2025-03-13", "decision": "2025-03-19", "decision_served": "2025-04-01"},
     [cit(XF, 28, None, None, "violated"), cit(XF, 60, 1, 5, "penalty")])

import c7_guoqi as _c7
SP = "中华人民共和国食品安全法"
case(_c7.CASE_ID, [],
     "文字层PDF（reportlab绘制表格），干净案卷，2019年（适用2017年行政处罚法、2018年修正食品安全法，条文序号与2015年版相同）。要点：货值78+44+99=221元、违法所得3×6.5=19.5元计算一致；"
     "罚款5万元为第一百二十四条第一款（货值不足一万元，5万-10万元）下限，已写明初次违法、货值小、主动下架配合等从轻理由；听证告知书5-28直接送达，三个工作日期限至5-31届满，6-6决定并当日送达；"
     "缴款书50019.50元=罚款+违法所得；罚没物品销毁记录、信息公示记录、结案审批表齐全；卷内目录页码一致。",
     "pdf-text", _c7.AG,
     {"name": _c7.CO, "kind": "单位", "credit_code": _c7.CC, "id_number": None},
     50000, "普通",
     {"filing": "2019-05-15", "notice": "2019-05-28", "decision": "2019-06-06", "decision_served": "2019-06-06"},
     [cit(SP, 34, None, 10, "violated"), cit(SP, 124, 1, 5, "penalty")])

import c1_youyan as _c1
case(_c1.CASE_ID, ["SERV-03", "SUBJ-01"],
     "文字层PDF（13页）。SUBJ-01：2023-03-10复查的现场检查笔录（第3页）执法人员栏只有郑凯一人。"
     "SERV-03：行政处罚决定书文号为海综执罚决〔2023〕41号，其送达回证（第11页）所载文书为“海综执罚决〔2023〕14号”。"
     "其余：罚款2万元在第一百一十八条第一款5千-5万元幅度内，停业整治以拒不改正为前提且事实已查明；听证告知3-22送达，3-24申请（5个工作日内），听证通知3-27送达、4-10举行（间隔9个工作日，含清明假期）；"
     "主持人为非调查人员；法制审核4-13、集体讨论4-17均在4-18决定之前；决定罚款与告知一致；4-19送达；缴款凭证、停业整治复查、结案审批表齐全。",
     "pdf-text", _c1.AG,
     {"name": _c1.CO, "kind": "单位", "credit_code": _c1.CC, "id_number": None},
     20000, "普通",
     {"filing": "2023-03-03", "notice": "2023-03-22", "decision": "2023-04-18", "decision_served": "2023-04-19"},
     [cit(DQ, 81, 1, None, "violated"), cit(DQ, 118, 1, None, "penalty")])

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in sorted(L, key=lambda r: r["case_id"]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(L), "labels")
