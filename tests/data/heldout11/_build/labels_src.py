"""Writes ../labels.jsonl — the hand-made truth for every case in this folder."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import case01, case02, case03, case04, case05  # noqa: E402

GF = "中华人民共和国固体废物污染环境防治法"
SZ = "中华人民共和国税收征收管理法"
DY = "道路运输条例"
JT = "中华人民共和国道路交通安全法"
AQ = "中华人民共和国安全生产法"
JG = "中华人民共和国价格法"


def c(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


LABELS = []


def add(case_id, codes, notes, agency, name, kind, credit, idn, fine, proc, filing, notice, decision, served, cits,
        encoding="utf-8"):
    LABELS.append({"case_id": case_id, "codes": sorted(codes), "notes": notes, "encoding": encoding,
                   "fields": {"agency": agency,
                              "party": {"name": name, "kind": kind, "credit_code": credit, "id_number": idn},
                              "penalty": {"fine_yuan": fine, "procedure": proc},
                              "dates": {"filing": filing, "notice": notice, "decision": decision,
                                        "decision_served": served},
                              "citations": cits}})


add(case01.CASE, [],
    "干净案卷（200dpi黑白扫描PDF，传真样式，印章二值化后为黑色圈）。难点：罚款12万元属听证类，事先（听证）告知书载明听证权利，"
    "当事人4月14日申请听证（告知书4月12日送达，5个工作日内），4月18日送达听证通知书、4月29日听证（间隔≥7个工作日，4月24日为调休上班日），"
    "主持人为法制科非调查人员；法制审核5月9日、集体讨论5月11日均早于5月12日决定；立案3月17日至决定56天；决定次日直接送达；"
    "现场检查（3月15日）早于立案属正常；两名执法人员均有证号；引用第七十七条、第一百一十二条第一款第一项及第二款，12万元在10万—100万幅度内并说明从轻理由；"
    "缴款书金额与决定一致，结案报告在缴款后。",
    case01.AG, case01.P, "单位", case01.CC, None, 120000, "普通",
    "2022-03-17", "2022-04-12", "2022-05-12", "2022-05-13",
    [c(GF, 77), c(GF, 112, 1, 1, "penalty"), c(GF, 112, 2, None, "penalty")])

add(case02.CASE, ["SERV-01", "SUBJ-02"],
    "SUBJ-02：询问笔录（第2页）询问人“陈志刚（执法证号：42010319012）、胡倩”，胡倩无执法证号。"
    "SERV-01：税务行政处罚决定书落款2019年4月1日，决定书送达回证收件日期2019年4月16日，直接送达，间隔10个工作日（含清明假期4月5日），超过7日。"
    "其余要点：2019年适用2017年行政处罚法（告知书引第三十一条、第四十二条，决定书引第五十一条第（一）项加处罚款，均为旧法条号，属程序性引用，不标注）；"
    "罚款1500元在第六十二条“二千元以下”幅度内，单位罚款超过1000元故用一般程序；告知书3月22日送达，3日申辩期届满后4月1日决定；税务机关复议向上一级税务机关正确。",
    case02.AG, case02.P, "单位", case02.CC, None, 1500, "普通",
    "2019-03-11", "2019-03-22", "2019-04-01", "2019-04-16",
    [c(SZ, 25, 1), c(SZ, 62, None, None, "penalty")])

add(case03.CASE, ["DOC-02", "EVID-03"],
    "EVID-03：询问笔录、调查终结报告和决定书均写明共19趟、每趟运费860元，19×860=16340元，但调查终结报告、事先告知书和决定书认定违法所得17340元（计算错误），没收及1倍罚款均按17340元计。"
    "DOC-02：决定书（第10页）日期2024年5月22日，作出机关为中牟县交通运输局（县政府工作部门，非垂直领导），却告知“向郑州市交通运输局申请行政复议”（上一级主管部门），2024年1月1日后应向中牟县人民政府申请。"
    "其余要点：混合PDF，询问笔录第2页、两份送达回证和票据为扫描页；告知书载明听证权利；告知书5月9日送达，5个工作日届满5月16日后5月22日决定；次日送达；法制审核早于告知；"
    "现场检查（4月16日）早于立案属正常；罚没合计34680元与票据一致。罚款字段只计罚款17340元（没收违法所得另计）。",
    case03.AG, case03.P, "个人", None, case03.P_ID, 17340, "普通",
    "2024-04-17", "2024-05-09", "2024-05-22", "2024-05-23",
    [c(DY, 24, None, 1), c(DY, 63, None, 1, "penalty")])

add(case04.CASE, [],
    "干净案卷（手机拍照，每页一张JPEG）。简易程序：对单位罚款500元，未超过3000元，处罚种类仅为罚款；两名执法人员均有执法证号；"
    "2025年当场处罚决定书正确告知复议前置（“应当……先向哈尔滨市道里区人民政府申请行政复议”），复议机关为本级人民政府；"
    "引用价格法第十三条第一款（违法条款）与第四十二条（处罚依据，500元在“五千元以下”幅度内）；当场交付并由当事人签收；"
    "引用执法记录仪录像编号；缴款书金额500元与决定一致。简易程序无立案、事先告知书，日期字段为null。",
    case04.AG, case04.P, "单位", case04.CC, None, 500, "简易",
    None, None, "2025-06-12", "2025-06-12",
    [c(JG, 13, 1), c(JG, 42, None, None, "penalty")])

add(case05.CASE, ["PROC-02", "PROC-05"],
    "PROC-02：拟处责令停产停业整顿并罚款15万元（属听证范围），但《行政处罚告知书》（南应急罚告〔2023〕019号，第6页）只告知陈述、申辩权利，未告知听证权利。"
    "PROC-05：告知书2023年4月14日（周五）直接送达，载明五个工作日内陈述申辩，期限至4月21日届满；决定书落款2023年4月18日，当事人未书面放弃。"
    "其余要点：检查（3月7日）、复查（3月22日）早于立案（3月23日）属正常；法制审核4月12日、集体讨论4月13日均早于决定；罚款15万元在第一百零一条逾期未改正档十万至二十万内；"
    "决定次日送达；票据4月28日，在收到决定书后15日内，金额一致。",
    case05.AG, case05.P, "单位", case05.CC, None, 150000, "普通",
    "2023-03-23", "2023-04-14", "2023-04-18", "2023-04-19",
    [c(AQ, 39, 2), c(AQ, 101, None, 1, "penalty")])


def main():
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in LABELS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(LABELS), "labels")


if __name__ == "__main__":
    main()
