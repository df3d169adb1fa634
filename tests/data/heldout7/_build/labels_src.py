"""Writes ../labels.jsonl. Hand-written labels for the six heldout7 cases (writer 8)."""
import json, os
from common import OUT, credit_code, id_number


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


TAX = "中华人民共和国税收征收管理法"
SW = "中华人民共和国固体废物污染环境防治法"
FIRE = "中华人民共和国消防法"
ROAD = "中华人民共和国道路运输条例"
PRICE = "中华人民共和国价格法"
APL = "中华人民共和国行政处罚法"
LAND = "中华人民共和国土地管理法"
LANDR = "中华人民共和国土地管理法实施条例"

LABELS = [
    {"case_id": "h7_01_税务简易程序逾期申报", "codes": ["DOC-02", "PROC-10"], "encoding": "gb18030",
     "notes": "PROC-10：2024年6月18日税务行政处罚决定书（简易）对个人（个体工商户业主邓春华）当场罚款500元，超过行政处罚法第五十一条对公民200元的简易程序上限。"
              "DOC-02：该当场处罚决定书作于2024年（新行政复议法施行后），救济条款写“可以……申请行政复议，或者……向人民法院起诉”，未告知对当场处罚决定须先申请复议（行政复议法第二十三条第一款第二项）；复议机关为上一级税务机关本身是对的（垂直领导）。"
              "其余：两名执法人员有证号，决定书当场交付签收，罚款两日后缴清，引用第二十五条第一款、第六十二条正确且500元在2000元以下幅度内。",
     "fields": {"agency": "国家税务总局吉安市青原区税务局",
                "party": {"name": "邓春华", "kind": "个人", "credit_code": credit_code("92360803MA35XK2L1"), "id_number": id_number("36080219780412153")},
                "penalty": {"fine_yuan": 500, "procedure": "简易"},
                "dates": {"filing": None, "notice": None, "decision": "2024-06-18", "decision_served": "2024-06-18"},
                "citations": [cit(TAX, 25, 1), cit(TAX, 62, role="penalty")]}},
    {"case_id": "h7_02_生态环境危废贮存", "codes": [], "encoding": "docx",
     "notes": "干净案卷（DOCX，表格为真实Word表格，页脚为PAGE域，每份文书单独一页，卷内目录按此编页）。"
              "罚款20万元在固废法第一百一十二条第二款10万–100万幅度内；事先（听证）告知书2022-06-20作出、06-21送达，告知五个工作日内可申请听证；当事人06-24（第3个工作日）申请；听证通知06-29送达，听证07-11（间隔8个工作日≥7）；主持人刘子豪（法规处）非调查人员；"
              "经听证故法制审核（07-15，审核人有法律职业资格）及局集体讨论（07-19）均早于决定（07-22）；立案05-18至决定65日；决定07-25直接送达（1个工作日）；08-05缴清20万元；告知与决定金额一致。2022年决定书复议机关写本级政府或上一级主管部门，符合旧复议法。现场检查在立案前系发现违法，不属程序倒置。",
     "fields": {"agency": "武汉市生态环境局",
                "party": {"name": "武汉江禾精密电镀有限公司", "kind": "单位", "credit_code": credit_code("91420100MA4K3R8N5"), "id_number": None},
                "penalty": {"fine_yuan": 200000, "procedure": "普通"},
                "dates": {"filing": "2022-05-18", "notice": "2022-06-20", "decision": "2022-07-22", "decision_served": "2022-07-25"},
                "citations": [cit(SW, 81, 2), cit(SW, 112, 1, 6, role="penalty"), cit(SW, 112, 2, role="penalty")]}},
    {"case_id": "h7_03_消防救援擅自营业", "codes": ["PROC-02", "SERV-01", "SUBJ-02"], "encoding": "utf-8",
     "notes": "文件夹案卷，每份文书一个txt。PROC-02：拟责令停产停业并罚款3万元（属听证范围），07_行政处罚告知书只告知陈述、申辩权，未告知听证权。"
              "SERV-01：决定书2023-10-09作出，10_送达回证（决定书）显示2023-10-20邮寄签收，间隔9个工作日（10-07/08为调休工作日之后起算，国庆假期已过），超过7个工作日。"
              "SUBJ-02：02_消防监督检查记录上执法人员“黄俊杰”未注明执法证号（立案审批表及询问笔录中其证号为FJ3505001227，但检查记录未写）。"
              "说明：决定以泉州市丰泽区消防救援大队名义作出，县级消防救援机构依消防法本身享有处罚权，不属SUBJ-03。",
     "fields": {"agency": "泉州市丰泽区消防救援大队",
                "party": {"name": "泉州市丰泽区星曜娱乐有限公司", "kind": "单位", "credit_code": credit_code("91350503MA8T4K7Q2"), "id_number": None},
                "penalty": {"fine_yuan": 30000, "procedure": "普通"},
                "dates": {"filing": "2023-09-13", "notice": "2023-09-22", "decision": "2023-10-09", "decision_served": "2023-10-20"},
                "citations": [cit(FIRE, 15, 1), cit(FIRE, 58, 1, 4, role="penalty")]}},
    {"case_id": "h7_04_交通运输非法客运", "codes": ["EVID-03", "SERV-02", "SUBJ-01"], "encoding": "utf-8",
     "notes": "2019年案件，行政处罚法适用2017年版条文编号（告知第三十一、三十二、四十二条，加处罚款第五十一条第一项）。"
              "EVID-03：询问笔录、调查终结报告和决定书均载明共营运12趟、每趟80元（=960元），却认定并没收违法所得1060元。"
              "SUBJ-01：2019-04-17对当事人王国栋的询问笔录只列询问人杨帆一人（记录人亦为杨帆），仅一名执法人员。"
              "SERV-02：决定书送达回证（2019-05-22，直接送达）收件人签名栏空白，无留置送达见证人或说明。"
              "其余：罚款3万元为第六十三条“违法所得不足2万元的处3万元以上10万元以下”的最低额，说明了初次违法、如实供述理由；事先告知书含听证权；决定05-20距送达05-22为2个工作日；缴款与决定金额一致。",
     "fields": {"agency": "襄阳市樊城区交通运输局",
                "party": {"name": "王国栋", "kind": "个人", "credit_code": None, "id_number": id_number("42060619830527301")},
                "penalty": {"fine_yuan": 30000, "procedure": "普通"},
                "dates": {"filing": "2019-04-17", "notice": "2019-05-10", "decision": "2019-05-20", "decision_served": "2019-05-22"},
                "citations": [cit(ROAD, 10, 1, 1), cit(ROAD, 63, role="penalty")]}},
    {"case_id": "h7_05_市场监管明码标价不予处罚", "codes": [], "encoding": "utf-8",
     "notes": "干净案卷：不予行政处罚。当事人初次违法、未明码标价仅一日、无违法所得、检查当日改正并经复查确认，依行政处罚法（2021）第三十三条第一款不予处罚，并有批评教育记录。"
              "虽不予处罚，仍制作并送达告知书（2023-03-22送达，五个工作日至03-29），决定04-04作出在期限之后；04-06送达（04-05清明节，间隔1个工作日）；立案03-08至决定27日；现场笔录在立案前属检查发现。"
              "无罚款，故无缴款凭证；2023年决定书复议机关写区政府或市市场监管局符合旧复议法。citations 只列价格法违法条款和罚则条款；不予处罚依据为行政处罚法第三十三条第一款（未列入）。",
     "fields": {"agency": "南昌市青山湖区市场监督管理局",
                "party": {"name": "何晓梅", "kind": "个人", "credit_code": credit_code("92360111MA38P6W4X"), "id_number": id_number("36012419890617242")},
                "penalty": {"fine_yuan": 0, "procedure": "普通"},
                "dates": {"filing": "2023-03-08", "notice": "2023-03-22", "decision": "2023-04-04", "decision_served": "2023-04-06"},
                "citations": [cit(PRICE, 13, 1), cit(PRICE, 42, role="penalty")]}},
    {"case_id": "h7_06_自然资源非法占地加处罚款", "codes": ["EXEC-02", "PROC-05"], "encoding": "utf-8",
     "notes": "PROC-05：行政处罚告知书2024-04-08送达，告知“收到之日起五个工作日内”陈述申辩或申请听证（期限至2024-04-15），决定书却于2024-04-11（第3个工作日）作出，卷内无当事人书面放弃。"
              "EXEC-02：加处罚款决定书按3%/日×44日计加处罚款71280元，超过罚款本数54000元（行政处罚法第七十二条、行政强制法第四十五条上限为罚款数额）；缴款书合计125280元与该计算一致（故非EXEC-01）。"
              "其余：罚款360平方米×150元=54000元在实施条例第五十七条每平方米100–1000元范围内；卷内目录在卷首，无封面；2024年决定书复议机关为区政府，正确。",
     "fields": {"agency": "绥化市北林区自然资源局",
                "party": {"name": "绥化市鑫禾粮食烘干有限公司", "kind": "单位", "credit_code": credit_code("91231202MA1CQ8J3T"), "id_number": None},
                "penalty": {"fine_yuan": 54000, "procedure": "普通"},
                "dates": {"filing": "2024-01-22", "notice": "2024-04-08", "decision": "2024-04-11", "decision_served": "2024-04-12"},
                "citations": [cit(LAND, 44, 1), cit(LAND, 77, 1, role="penalty"), cit(LANDR, 57, 1, role="penalty")]}},
]


def write():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write()
    print(len(LABELS), "labels")
