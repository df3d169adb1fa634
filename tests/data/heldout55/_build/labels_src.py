"""Writes ../labels.jsonl for the heldout55 corpus (hand-written labels)."""
import json
import os

from common import OUT, uscc, idno

FS = "中华人民共和国食品安全法"
YP = "中华人民共和国药品管理法"
GG = "中华人民共和国广告法"
JG = "中华人民共和国价格法"
XF = "中华人民共和国消防法"


def c(law, art, para, item, role):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def party(name, kind, credit=None, idn=None):
    return {"name": name, "kind": kind, "credit_code": credit, "id_number": idn}


def dates(filing, notice, decision, served):
    return {"filing": filing, "notice": notice, "decision": decision, "decision_served": served}


CASES = [
    {"case_id": "h55_01", "codes": ["PROC-05", "SUBJ-02"], "encoding": "utf-8",
     "notes": "UTF-8单文件，换页符分页。PROC-05：事先告知书2022-10-12直接送达，告知五个工作日内陈述申辩/申请听证（期满2022-10-19），决定书却于2022-10-17作出，当事人无书面放弃。SUBJ-02：现场检查笔录执法人员栏“顾晓敏”未记执法证号（其他文书中有）。其余：检查先于立案属正常；罚款5万元为第一百二十四条法定最低额且写明从轻理由；告知书已告知听证权；法制审核、集体讨论均在决定前；决定书次日送达。",
     "fields": {"agency": "上海市松江区市场监督管理局",
                "party": party("上海市松江区育英实验学校", "单位", uscc("52310117MJ5A8R2X0")),
                "penalty": {"fine_yuan": 50000, "procedure": "普通"},
                "dates": dates("2022-09-15", "2022-10-12", "2022-10-17", "2022-10-18"),
                "citations": [c(FS, 34, None, 10, "violated"), c(FS, 124, 1, 5, "penalty")]}},
    {"case_id": "h55_02", "codes": [], "encoding": "gb18030",
     "notes": "GB18030编码，│框线表格。干净案卷：2020年案件适用2017年行政处罚法（听证申请三日内，第三十一、三十二、四十二条）；药品管理法2019版第九十八条第三款第（五）项认定劣药，第一百一十九条转至第一百一十七条第一款，货值297.60元不足一万元按一万元计，罚款10万元为下限并写明从轻理由；听证告知→当事人7-23申请→8-04听证→8-10法制审核→8-12集体讨论→8-13决定→8-14直接送达（院长签收）；立案6-10至决定8-13共64日；缴款100074.40元=罚款+违法所得；没收药品清单附决定书。",
     "fields": {"agency": "定远县市场监督管理局",
                "party": party("定远县永康镇卫生院", "单位", uscc("12341125485960713")),
                "penalty": {"fine_yuan": 100000, "procedure": "普通"},
                "dates": dates("2020-06-10", "2020-07-22", "2020-08-13", "2020-08-14"),
                "citations": [c(YP, 98, 1, None, "violated"), c(YP, 119, None, None, "penalty"),
                              c(YP, 117, 1, None, "penalty")]}},
    {"case_id": "h55_03", "codes": ["SERV-01", "SUBJ-01"], "encoding": "utf-8",
     "notes": "文件夹，每份文书一个UTF-8文本，文件名序号为卷内顺序。SUBJ-01：询问笔录询问人仅王晨一人（记录人也是王晨）。SERV-01：决定书2023-04-24作出，送达回证收到日期2023.5.9，中间隔五一假期（4-23周日、5-6周六为调休工作日），为决定后第9个工作日，且非当场交付。其余：告知书2023-04-12送达，5个工作日期满4-19，决定在其后；罚款4800元=广告费用2400元的2倍，在一至三倍幅度内并写明一般情节。",
     "fields": {"agency": "南京市秦淮区市场监督管理局",
                "party": party("南京康美口腔门诊部有限公司", "单位", uscc("91320104MA1W3E8K6")),
                "penalty": {"fine_yuan": 4800, "procedure": "普通"},
                "dates": dates("2023-03-08", "2023-04-12", "2023-04-24", "2023-05-09"),
                "citations": [c(GG, 16, 1, 1, "violated"), c(GG, 16, 1, 2, "violated"),
                              c(GG, 58, 1, 1, "penalty")]}},
    {"case_id": "h55_04", "codes": ["LAW-05", "SERV-02"], "encoding": "utf-8",
     "notes": "DOCX，Word表格。LAW-05：价格法第四十二条“可以并处五千元以下的罚款”，决定书罚款8000元，超出上限，且无任何可突破上限的依据。SERV-02：决定书送达回证“收件人签名及职务”栏空白，非留置送达、无见证人。其余：告知书6-19送达，5个工作日期满6-26，7-01决定；决定次日送达；2024年决定书复议机关为区人民政府，正确。",
     "fields": {"agency": "合肥市包河区市场监督管理局",
                "party": party("合肥市包河区望湖社区卫生服务中心", "单位", uscc("12340111MB1C20471")),
                "penalty": {"fine_yuan": 8000, "procedure": "普通"},
                "dates": dates("2024-05-22", "2024-06-19", "2024-07-01", "2024-07-02"),
                "citations": [c(JG, 13, 1, None, "violated"), c(JG, 42, None, None, "penalty")]}},
    {"case_id": "h55_05", "codes": [], "encoding": "utf-8",
     "notes": "reportlab文字层PDF。干净的简易程序案卷（街道综合行政执法赋权）：个人罚款200元，未超过简易程序对自然人200元上限，亦在消防法第六十条第二款“警告或者五百元以下罚款”幅度内；两名执法人员均有执法证号；执法记录仪视频登记在卷；2025年当场处罚决定书写明应当先申请行政复议（复议前置），复议机关为区人民政府；当事人当场签收；缴款凭证200元。",
     "fields": {"agency": "苏州市姑苏区双塔街道办事处",
                "party": party("钱秀兰", "个人", None, idno("32050819900215302")),
                "penalty": {"fine_yuan": 200, "procedure": "简易"},
                "dates": dates(None, None, "2025-03-12", "2025-03-12"),
                "citations": [c(XF, 28, None, None, "violated"), c(XF, 60, 2, None, "penalty"),
                              c(XF, 60, 1, 3, "penalty")]}},
    {"case_id": "h55_06", "codes": ["EXEC-02", "PROC-03"], "encoding": "utf-8",
     "notes": "reportlab文字层PDF，页脚n/8。PROC-03：立案2021-09-06，决定2021-12-20，相隔105日，超过90日且卷内无延期审批。EXEC-02：逾期40日加处罚款3000×3%×40=3600元，超过罚款本数3000元（行政强制法第四十五条）；缴款6600元与罚款+加处罚款一致。减轻处罚：罚款3000元低于第一百二十六条五千元下限，但决定书写明主动消除危害后果（行政处罚法第三十二条第（一）项）的减轻理由，不属LAW-05。",
     "fields": {"agency": "合肥市蜀山区市场监督管理局",
                "party": party("合肥味达餐饮管理有限公司", "单位", uscc("91340104MA2N7K5QX")),
                "penalty": {"fine_yuan": 3000, "procedure": "普通"},
                "dates": dates("2021-09-06", "2021-11-29", "2021-12-20", "2021-12-21"),
                "citations": [c(FS, 45, 2, None, "violated"), c(FS, 126, 1, 6, "penalty")]}},
    {"case_id": "h55_07", "codes": ["DOC-06", "PROC-02"], "encoding": "utf-8",
     "notes": "扫描PDF（200dpi图像，无文字层，红色圆形印章压落款，轻微倾斜、噪点）。PROC-02：对个人罚款100000元并没收药品、违法所得，属较大数额罚款，事先告知书仅告知陈述申辩，未告知听证权利。DOC-06：询问笔录记载的身份证号末两位颠倒（…1083），校验位不符且与立案审批表、决定书（…1038）不一致。其余：法制审核、集体讨论均在决定前（2022-04-21）；告知书4-22送达，5个工作日期满4-28（4-24调休上班），5-09决定，5-10送达。",
     "fields": {"agency": "太和县市场监督管理局",
                "party": party("张建国", "个人", None, idno("34122219720819103")),
                "penalty": {"fine_yuan": 100000, "procedure": "普通"},
                "dates": dates("2022-03-16", "2022-04-22", "2022-05-09", "2022-05-10"),
                "citations": [c(YP, 98, 1, None, "violated"), c(YP, 119, None, None, "penalty"),
                              c(YP, 117, 1, None, "penalty")]}},
]


def build():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for case in CASES:
            case = dict(case)
            case["codes"] = sorted(case["codes"])
            f.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
