"""Writes ../labels.jsonl from the hand-written label records below (one per case)."""
import json
import os

from common import OUT, idn, ucc

LAW = {
    "城乡规划法": "中华人民共和国城乡规划法",
    "税收征收管理法": "中华人民共和国税收征收管理法",
    "药品管理法": "中华人民共和国药品管理法",
    "安全生产法": "中华人民共和国安全生产法",
    "消防法": "中华人民共和国消防法",
    "大气污染防治法": "中华人民共和国大气污染防治法",
    "土地管理法": "中华人民共和国土地管理法",
    "土地管理法实施条例": "中华人民共和国土地管理法实施条例",
}


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


LABELS = []

# ---- hx16_04 ----
LABELS.append({
    "case_id": "hx16_04_赛罕城管规划违建",
    "codes": ["ARCH-01", "PROC-05"],
    "notes": ("PROC-05：事先告知书（赛城执罚告字〔2019〕第0113号）2019年8月12日直接送达，告知三日内可陈述申辩、要求听证（期限至8月15日），"
              "但处罚决定审批表和决定书均为2019年8月13日，当事人未书面放弃；审批表却写“未提出陈述、申辩”。"
              "ARCH-01：卷内目录按询问笔录2页编制（4-5），实际询问笔录为第4-6页，其后各文件页号均比实际少1页，目录称“本卷共15页”，实际16页（页脚“共16页”）。"
              "其余：2019年案件适用2017年行政处罚法编号（第三十一、三十二、四十二条）正确；罚款为工程造价86000元的5%=4300元，处于法定幅度下限并说明了理由；"
              "现场检查先于立案属正常发现违法。"),
    "encoding": "utf-8",
    "fields": {
        "agency": "呼和浩特市赛罕区城市管理综合执法局",
        "party": {"name": "郭振林", "kind": "个人", "credit_code": None, "id_number": idn("15010519710412031")},
        "penalty": {"fine_yuan": 4300, "procedure": "普通"},
        "dates": {"filing": "2019-07-22", "notice": "2019-08-12", "decision": "2019-08-13", "decision_served": "2019-08-14"},
        "citations": [cit(LAW["城乡规划法"], 40, 1, None, "violated"), cit(LAW["城乡规划法"], 64, None, None, "penalty")],
    },
})

# ---- hx16_01 ----
LABELS.append({
    "case_id": "hx16_01_榆阳税务简易处罚",
    "codes": ["PROC-10"],
    "notes": ("PROC-10：税务行政处罚决定书（简易）（榆阳税简罚〔2022〕156号，2022年6月8日）以简易程序当场对自然人（个体经营者马志强）罚款600元，"
              "超过行政处罚法（2021）第五十一条公民200元的当场处罚上限，应适用普通程序。"
              "其余：违法条款第二十五条第一款、罚则第六十二条（二千元以下）引用正确，金额在法定幅度内；当场交付并签收，完税证明金额一致。文件为GB18030编码。"),
    "encoding": "gb18030",
    "fields": {
        "agency": "国家税务总局榆林市榆阳区税务局",
        "party": {"name": "马志强", "kind": "个人", "credit_code": None, "id_number": idn("61080219830927051")},
        "penalty": {"fine_yuan": 600, "procedure": "简易"},
        "dates": {"filing": None, "notice": None, "decision": "2022-06-08", "decision_served": "2022-06-08"},
        "citations": [cit(LAW["税收征收管理法"], 25, 1, None, "violated"), cit(LAW["税收征收管理法"], 62, None, None, "penalty")],
    },
})

# ---- hx16_06 ----
LABELS.append({
    "case_id": "hx16_06_兰州生态环境扬尘",
    "codes": ["SERV-02", "SUBJ-01"],
    "notes": ("SUBJ-01：03_询问笔录（2022年8月24日）询问人、记录人均为杨志刚一人，只有一名执法人员。"
              "SERV-02：07_送达回证（告知书，兰环罚告〔2022〕87号）写明直接送达、2022年9月21日，但受送达人签名栏空白，也无见证人或留置送达记录。"
              "其余：现场检查笔录两名执法人员均有证号；罚款5万元在大气污染防治法第一百零八条二万元以上二十万元以下幅度内并说明一般情形；"
              "告知书载明听证权利；决定2022年10月11日距立案53日；决定书次日送达并签收；分期缴纳有书面申请和书面批准（行政处罚法第六十六条第二款），三期缴款合计5万元，结案在缴清之后。"),
    "encoding": "utf-8",
    "fields": {
        "agency": "兰州市生态环境局",
        "party": {"name": "兰州恒通达建材有限公司", "kind": "单位", "credit_code": ucc("91620100MA72K3PT2"), "id_number": None},
        "penalty": {"fine_yuan": 50000, "procedure": "普通"},
        "dates": {"filing": "2022-08-19", "notice": "2022-09-20", "decision": "2022-10-11", "decision_served": "2022-10-12"},
        "citations": [cit(LAW["大气污染防治法"], 48, 2, None, "violated"), cit(LAW["大气污染防治法"], 108, None, 5, "penalty")],
    },
})

# ---- hx16_03 ----
LABELS.append({
    "case_id": "hx16_03_鞍山应急双罚",
    "codes": ["SERV-01", "SUBJ-02"],
    "notes": ("SUBJ-02：现场检查记录（整改复查，2022年4月19日）复查人员为王立新（有执法证号）、刘爽，刘爽未写执法证号（笔录中只此一处）。"
              "SERV-01：对单位的行政处罚决定书（（鞍）应急罚〔2022〕41号）作出日期2022年5月30日，送达回证载明邮寄送达、2022年6月13日妥投签收，"
              "扣除端午节（6月3日）后为第9个工作日，超过7个工作日；对个人的42号决定书5月31日当场送达不超期。"
              "双罚：单位罚款12万元（第九十七条逾期未改正：十万元以上二十万元以下）并责令停产停业整顿，主管人员赵德明罚款2.5万元（二万元以上五万元以下），均在幅度内并说明理由。"
              "责令停产停业、较大数额罚款已告知听证权，当事人书面放弃；有法制审核（5月13日）和集体讨论（5月27日），均早于决定。"
              "标签字段按单位决定书（41号）填写。卷内目录不标页码（DOCX按件编目）。"),
    "encoding": None,
    "fields": {
        "agency": "鞍山市应急管理局",
        "party": {"name": "鞍山市鑫瑞达金属制品有限公司", "kind": "单位", "credit_code": ucc("91210302MA0QE7LH8"), "id_number": None},
        "penalty": {"fine_yuan": 120000, "procedure": "普通"},
        "dates": {"filing": "2022-04-20", "notice": "2022-05-16", "decision": "2022-05-30", "decision_served": "2022-06-13"},
        "citations": [cit(LAW["安全生产法"], 28, 1, None, "violated"), cit(LAW["安全生产法"], 97, None, 3, "penalty")],
    },
})

# ---- hx16_02 ----
LABELS.append({
    "case_id": "hx16_02_长春市监劣药听证",
    "codes": [],
    "notes": ("干净案卷（文字层PDF）。难点均合规：货值748.40元不足一万元，依药品管理法第一百一十七条第一款按一万元计算，罚款十万元为法定最低额并说明初次违法、召回、配合等理由；"
              "违法所得472.00元（20×18.50+15×6.80）与货值（32×18.50+23×6.80）计算一致，已没收；告知书4月18日送达，4月21日（第3个工作日）申请听证；"
              "听证通知4月24日送达，5月9日听证（间隔8个工作日，含5月6日调休上班），主持人邵文博非调查人员；经听证后法制审核（5月15日）和集体讨论（5月17日），"
              "5月18日决定（立案后77日），次日送达；5月25日在国家企业信用信息公示系统公示（决定后第5个工作日）；缴款100472元=罚款+没收违法所得；过期药品销毁、结案。卷内目录页号与实际页码一致。"),
    "encoding": None,
    "fields": {
        "agency": "长春市市场监督管理局",
        "party": {"name": "长春市康仁堂大药房有限公司", "kind": "单位", "credit_code": ucc("91220104MA17W2RJ3"), "id_number": None},
        "penalty": {"fine_yuan": 100000, "procedure": "普通"},
        "dates": {"filing": "2023-03-02", "notice": "2023-04-17", "decision": "2023-05-18", "decision_served": "2023-05-19"},
        "citations": [cit(LAW["药品管理法"], 98, 1, None, "violated"), cit(LAW["药品管理法"], 98, 3, 5, "violated"),
                      cit(LAW["药品管理法"], 117, 1, None, "penalty")],
    },
})

# ---- hx16_05 ----
LABELS.append({
    "case_id": "hx16_05_西宁消防封闭出口",
    "codes": ["DOC-09", "LAW-05"],
    "notes": ("LAW-05：决定书（西消行罚决字〔2023〕第0062号）依据消防法第六十条第一款第三项（五千元以上五万元以下）却“按每处安全出口罚款三万元”累计罚款6万元，超过法定上限，且无可适用的其他罚则。"
              "DOC-09：行政处罚告知书（西消行罚告字〔2023〕第0062号）落款仅有机关名称和日期，无印章标记（其他外发文书均标注（印章））。"
              "其余：两名执法人员均有证号并记载出示证件和回避告知；告知书含听证权利，当事人在送达回证上书面放弃；告知7月28日送达，8月9日决定（5个工作日期满后），"
              "立案后28日决定，次日送达；缴款金额与决定一致。"),
    "encoding": None,
    "fields": {
        "agency": "西宁市消防救援支队",
        "party": {"name": "西宁欢唱年代娱乐有限公司", "kind": "单位", "credit_code": ucc("91630104MA7524KR0"), "id_number": None},
        "penalty": {"fine_yuan": 60000, "procedure": "普通"},
        "dates": {"filing": "2023-07-12", "notice": "2023-07-28", "decision": "2023-08-09", "decision_served": "2023-08-10"},
        "citations": [cit(LAW["消防法"], 28, None, None, "violated"), cit(LAW["消防法"], 60, 1, 3, "penalty")],
    },
})

# ---- hx16_07 ----
LABELS.append({
    "case_id": "hx16_07_麒麟自然资源非法占地",
    "codes": [],
    "notes": ("干净案卷（扫描PDF，无文字层，需OCR；告知书和决定书落款有红色圆形公章）。难点均合规：罚款30000元低于土地管理法实施条例第五十七条每平方米100元（600平方米即60000元）的下限，"
              "但决定书写明减轻理由——当事人立案后主动拆除复耕、消除危害后果（行政处罚法第三十二条第一项，应当从轻或减轻），并经法制审核、集体讨论；"
              "3万元罚款已告知听证权，当事人5月13日书面放弃；告知书5月12日送达，5月21日决定（5个工作日届满后），立案后62日；次日送达；缴款金额一致；"
              "2025年决定书复议机关写麒麟区人民政府，符合2023年行政复议法。违法行为2024年3月起，立案2025年3月，未超过两年时效；5月27日网上公开。"),
    "encoding": None,
    "fields": {
        "agency": "曲靖市麒麟区自然资源局",
        "party": {"name": "蒋国富", "kind": "个人", "credit_code": None, "id_number": idn("53030219791105301")},
        "penalty": {"fine_yuan": 30000, "procedure": "普通"},
        "dates": {"filing": "2025-03-20", "notice": "2025-05-09", "decision": "2025-05-21", "decision_served": "2025-05-22"},
        "citations": [cit(LAW["土地管理法"], 44, 1, None, "violated"), cit(LAW["土地管理法"], 77, 1, None, "penalty"),
                      cit(LAW["土地管理法实施条例"], 57, None, None, "penalty")],
    },
})

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in sorted(LABELS, key=lambda r: r["case_id"]):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
