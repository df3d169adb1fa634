"""Writes ../labels.jsonl (one object per case). Hand-written notes; dates and IDs come from the case modules."""
import json
import os

import c01_tax_onsite as c1
import c02_hrss_childlabour as c2
import c03_stats_falsedata as c3
import c04_netbar_hearing as c4
import c05_travel_unlicensed as c5
import c06_tax_nondeclare as c6
import c07_hrss_overtime_scan as c7
from common import OUT


def cit(law, art, para, item, role):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def iso(d):
    return d.isoformat() if d else None


ZG = "中华人民共和国税收征收管理法"
LABELS = [
    {"case_id": c1.CASE_ID, "codes": ["DOC-02", "PROC-10"], "encoding": "gb18030",
     "notes": "税务简易程序（当场）处罚决定书对自然人（个体工商户经营者刘德顺）罚款500元，超过行政处罚法第五十一条公民200元上限（PROC-10）；"
              "该当场处罚决定作出于2025年，救济告知写“六十日内申请复议，或者六个月内起诉”，未告知当场处罚须复议前置（行政复议法2023第二十三条第一款第一项及第二款）（DOC-02）。"
              "复议机关写上一级税务机关（国家税务总局安庆市税务局）是正确的，税务属垂直领导，不是缺陷。无立案、无事先告知书属简易程序正常情况，当场告知及当事人书面放弃陈述申辩另有记录。",
     "fields": {"agency": c1.AG, "party": {"name": c1.NAME, "kind": "个人", "credit_code": c1.SHOP_CC, "id_number": c1.IDN},
                "penalty": {"fine_yuan": 500, "procedure": "简易"},
                "dates": {"filing": None, "notice": None, "decision": iso(c1.DEC), "decision_served": iso(c1.DEC)},
                "citations": [cit(ZG, 25, 1, None, "violated"), cit(ZG, 62, None, None, "penalty")]}},
    {"case_id": c2.CASE_ID, "codes": ["DOC-04", "SERV-01"], "encoding": "utf-8",
     "notes": "决定书2020年9月30日作出，邮寄送达妥投日期2020年10月20日，跨国庆假期（10月1日—8日放假，10月10日周六调休上班），间隔9个工作日，超过7个工作日（SERV-01）；"
              "2020年9月15日对法定代表人罗庆华的询问笔录“被询问人（签名）：”一栏空白（DOC-04）。"
              "其余：2017年行政处罚法时期，告知书给予三日陈述申辩/听证期限，9月24日送达、9月30日决定，期限已过；现场检查早于立案属正常；罚款按每名童工每月5000元×2人×1个月=10000元。",
     "fields": {"agency": c2.AG, "party": {"name": c2.CO, "kind": "单位", "credit_code": c2.CC, "id_number": None},
                "penalty": {"fine_yuan": 10000, "procedure": "普通"},
                "dates": {"filing": iso(c2.FIL), "notice": iso(c2.NOT), "decision": iso(c2.DEC), "decision_served": iso(c2.SRV)},
                "citations": [cit("禁止使用童工规定", 2, 1, None, "violated"), cit("禁止使用童工规定", 6, 1, None, "penalty")]}},
    {"case_id": c3.CASE_ID, "codes": [], "encoding": "utf-8",
     "notes": "干净案卷（文字层PDF）。2019年统计案件，适用2017年行政处罚法条号（第三十一条、第三十二条、第四十二条、第五十二条）属正确；"
              "告知书5月6日送达，给予五个工作日（至5月13日），决定5月21日；法制审核（4月29日）与集体讨论（5月20日）均早于决定；"
              "罚款30000元在统计法第四十一条第二款“五万元以下”幅度内并说明裁量理由；分期缴纳有申请书和批准书，两期凭证合计30000元；立案至决定41天。",
     "fields": {"agency": c3.AG, "party": {"name": c3.CO, "kind": "单位", "credit_code": c3.CC, "id_number": None},
                "penalty": {"fine_yuan": 30000, "procedure": "普通"},
                "dates": {"filing": iso(c3.FIL), "notice": iso(c3.NOT), "decision": iso(c3.DEC), "decision_served": iso(c3.SRV)},
                "citations": [cit("中华人民共和国统计法", 7, None, None, "violated"),
                              cit("中华人民共和国统计法", 41, 1, 2, "penalty"), cit("中华人民共和国统计法", 41, 2, None, "penalty")]}},
    {"case_id": c4.CASE_ID, "codes": ["ARCH-01", "SERV-02"], "encoding": "utf-8",
     "notes": "事先告知书的送达回证（第6页）“受送达人签名或盖章”“签收日期”均空白，送达方式写直接送达，无留置见证人或记录（SERV-02）；"
              "卷内目录把两页的听证笔录（实际第9—10页）记为第9页，其后各文件页号均比实际少1（目录到第17页，案卷实有18页）（ARCH-01）。"
              "其余：听证申请7月7日在五个工作日内；听证通知7月11日送达、7月21日举行，间隔不少于7个工作日；主持人孙立文非调查人员；"
              "法制审核7月26日、集体讨论7月28日均早于7月29日决定；警告+12000元罚款在第三十一条“15000元以下”内，停业整顿有情节严重说明。",
     "fields": {"agency": c4.AG, "party": {"name": c4.CO, "kind": "单位", "credit_code": c4.CC, "id_number": None},
                "penalty": {"fine_yuan": 12000, "procedure": "普通"},
                "dates": {"filing": iso(c4.FIL), "notice": iso(c4.NOT), "decision": iso(c4.DEC), "decision_served": iso(c4.SRV)},
                "citations": [cit("互联网上网服务营业场所管理条例", 21, 1, None, "violated"),
                              cit("互联网上网服务营业场所管理条例", 31, None, 2, "penalty")]}},
    {"case_id": c5.CASE_ID, "codes": ["DOC-03", "EVID-03", "SUBJ-01"], "encoding": "utf-8",
     "notes": "违法所得计算表及决定书列明三个团的团费12160元、11760元、12600元，合计应为36520元，但计算表、调查终结报告、告知书、决定书均认定违法所得37520元并予没收（EVID-03；各文书金额彼此一致，故不另标DOC-07）；"
              "2020年7月14日对游客张秀兰的询问笔录“询问人、记录人：韩磊”，仅一名执法人员（SUBJ-01）。"
              "双罚：对单位没收违法所得并罚款20000元（旅游法第九十五条第一款一万元以上十万元以下），对直接负责的主管人员江海涛罚款3000元（二千元以上二万元以下）；"
              "当事人在告知书上书面放弃陈述申辩和听证。告知书和决定书文号“芜文旅罚告[2020]9号”“芜文旅罚[2020]9号”用方括号而非六角括号〔〕，不符合“机关代字〔年份〕序号号”格式（DOC-03）。旅游法第二十八条所列各项为设立条件，违法事实是未取得许可本身，不细化到项。",
     "fields": {"agency": c5.AG, "party": {"name": c5.CO, "kind": "单位", "credit_code": c5.CC, "id_number": None},
                "penalty": {"fine_yuan": 20000, "procedure": "普通"},
                "dates": {"filing": iso(c5.FIL), "notice": iso(c5.NOT), "decision": iso(c5.DEC), "decision_served": iso(c5.SRV)},
                "citations": [cit("中华人民共和国旅游法", 28, None, None, "violated"),
                              cit("中华人民共和国旅游法", 95, 1, None, "penalty")]}},
    {"case_id": c6.CASE_ID, "codes": [], "encoding": "utf-8",
     "notes": "干净案卷（文字层PDF）。罚款21816元为不缴税款72720元的0.3倍，低于第六十四条第二款百分之五十的下限，但决定书写明减轻理由（主动补缴税款及滞纳金，行政处罚法第三十二条第一项），属合法减轻；"
              "告知书4月24日送达，五个工作日陈述申辩/听证期至5月4日（跨五一假期），决定5月9日；税务听证标准单位1万元以上，告知书已告知听证权；"
              "法制审核4月21日、集体审理5月8日均早于决定；复议机关为上一级税务机关（国家税务总局重庆市税务局）正确；罚款凭证21816元。",
     "fields": {"agency": c6.AG, "party": {"name": c6.CO, "kind": "单位", "credit_code": c6.CC, "id_number": None},
                "penalty": {"fine_yuan": 21816, "procedure": "普通"},
                "dates": {"filing": iso(c6.FIL), "notice": iso(c6.NOT), "decision": iso(c6.DEC), "decision_served": iso(c6.SRV)},
                "citations": [cit(ZG, 25, 1, None, "violated"), cit(ZG, 64, 2, None, "penalty"),
                              cit("中华人民共和国行政处罚法", 32, None, 1, "penalty")]}},
    {"case_id": c7.CASE_ID, "codes": ["LAW-05", "PROC-05"], "encoding": "utf-8",
     "notes": "扫描件。劳动保障监察条例第二十五条按受侵害劳动者每人100元以上500元以下计算罚款，12人最高6000元，决定罚款8000元，超出法定幅度且无任何依据（LAW-05）；"
              "事先告知书2024年9月26日送达，给予五个工作日陈述申辩期，跨国庆假期（9月29日周日调休上班，10月1日—7日放假）至10月9日届满，"
              "但决定书落款2024年9月30日，当事人未书面放弃（PROC-05）。决定书10月10日送达，距决定3个工作日，不超期。复议机关为湖里区人民政府，符合2024年起的新复议法。"
              "告知书同时告知了陈述申辩权和听证权；法制审核（9月20日）和集体讨论（9月24日）记录在调查终结报告页，早于决定。",
     "fields": {"agency": c7.AG, "party": {"name": c7.CO, "kind": "单位", "credit_code": c7.CC, "id_number": None},
                "penalty": {"fine_yuan": 8000, "procedure": "普通"},
                "dates": {"filing": iso(c7.FIL), "notice": iso(c7.NOT), "decision": iso(c7.DEC), "decision_served": iso(c7.SRV)},
                "citations": [cit("中华人民共和国劳动法", 41, None, None, "violated"), cit("劳动保障监察条例", 25, None, None, "penalty")]}},
]

# Extra facts for check.py (not part of the label format): notice service date and statement period.
PERIODS = {
    c2.CASE_ID: (c2.NOT, 3, "calendar"), c3.CASE_ID: (c3.NOT, 5, "working"), c4.CASE_ID: (c4.NOT, 5, "working"),
    c5.CASE_ID: (c5.NOT, 3, "calendar"), c6.CASE_ID: (c6.NOT, 5, "working"), c7.CASE_ID: (c7.NOT, 5, "working"),
}
MODULES = [c1, c2, c3, c4, c5, c6, c7]


def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            lab = dict(lab, codes=sorted(lab["codes"]))
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
