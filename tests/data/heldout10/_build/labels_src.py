"""Write ../labels.jsonl from the case modules (hand-written labels; ids and dates come from the modules)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import case_a_xiaofang as A  # noqa: E402
import case_b_yingji as B  # noqa: E402
import case_c_jiage as C  # noqa: E402
import case_d_tudi as Dd  # noqa: E402
import case_e_shuiwu as E  # noqa: E402
import case_f_yunshu as F  # noqa: E402
import case_g_yangchen as G  # noqa: E402
from common import uscc  # noqa: E402

XF = "中华人民共和国消防法"
AQ = "中华人民共和国安全生产法"
JG = "中华人民共和国价格法"
MB = "明码标价和禁止价格欺诈规定"
TD = "中华人民共和国土地管理法"
TDS = "中华人民共和国土地管理法实施条例"
SS = "中华人民共和国税收征收管理法"
YS = "中华人民共和国道路运输条例"
DQ = "中华人民共和国大气污染防治法"


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def party(name, kind, credit=None, idn=None):
    return {"name": name, "kind": kind, "credit_code": credit, "id_number": idn}


def dates(filing, notice, decision, served):
    return {"filing": filing, "notice": notice, "decision": decision, "decision_served": served}


LABELS = [
    {
        "case_id": A.CASE_ID, "codes": ["SERV-01", "SUBJ-02"], "encoding": None,
        "notes": "SUBJ-02：现场检查笔录（第2页）执法人员“王晓”未写执法证号（询问笔录中其证号35030012044齐全，"
                 "但检查笔录上缺失）。SERV-01：决定书2023年6月14日作出，送达回证为2023年6月28日直接送达（当事人到支队领取，"
                 "非当场宣告送达），其间端午假期6月22—24日不计、6月25日（星期日）调休上班计入，共9个工作日，超过7个工作日。"
                 "其余：告知书6月2日送达，五个工作日至6月9日届满，6月14日决定不早于期满；罚款1.2万元在第六十条第一款5000—50000元幅度内，"
                 "告知书已告知听证权；消防救援支队为法定处罚主体（非内设机构）。",
        "fields": {"agency": A.AG, "party": party(A.PARTY, "单位", A.CODE),
                   "penalty": {"fine_yuan": A.FINE, "procedure": "普通"},
                   "dates": dates(A.D["filing"], A.D["notice"], A.D["decision"], A.D["served"]),
                   "citations": [cit(XF, 28), cit(XF, 60, 1, 3, "penalty")]},
    },
    {
        "case_id": B.CASE_ID, "codes": [], "encoding": None,
        "notes": "干净案卷（重大案件）。责令停产停业整顿+罚款12万元，事先告知书告知了听证权；法制审核意见书2025-04-22、"
                 "集体讨论记录2025-05-08均早于2025-05-09决定。告知书2025-04-25直接送达，五个工作日为4月27日（星期日调休上班）、"
                 "28、29、30日和5月6日（劳动节5月1—5日不计），5月6日届满，决定5月9日在期满后；当事人4月29日书面申辩且明确不要求听证，"
                 "已复核不采纳，未加重处罚。罚款12万元在第九十七条“逾期未改正”10万—20万元幅度内并说明了裁量档次。"
                 "检查（3月11日）与复查（3月27日）早于立案属正常的发现与责令改正程序。决定5月12日送达（1个工作日）；"
                 "2025年决定，复议机关写汇川区人民政府正确。",
        "fields": {"agency": B.AG, "party": party(B.PARTY, "单位", B.CODE),
                   "penalty": {"fine_yuan": B.FINE, "procedure": "普通"},
                   "dates": dates(B.D["filing"], B.D["notice"], B.D["decision"], B.D["served"]),
                   "citations": [cit(AQ, 28, 1), cit(AQ, 97, None, 3, "penalty")]},
    },
    {
        "case_id": C.CASE_ID, "codes": [], "encoding": None,
        "notes": "干净案卷（不予行政处罚，手机拍照件p01—p09，p01为卷内目录不编页）。违法行为轻微并及时改正、没有造成危害后果，"
                 "依行政处罚法第三十三条第一款属应当不予处罚，决定书记载了教育；罚款为0。不予处罚告知书2023-04-04送达，"
                 "五个工作日因清明4月5日不计至4月12日届满，决定4月17日。送达回证为多行表格（告知书、决定书两行均有签收）。"
                 "2023年决定，复议机关写区政府或市局（2024年前的选择性复议）正确。citations只标违反条款与罚则（价格法第四十二条）；"
                 "不予处罚的依据（行政处罚法第三十三条第一款、明码标价和禁止价格欺诈规定第二十六条第二款）未作为penalty标注。",
        "fields": {"agency": C.AG, "party": party(C.PARTY, "单位", C.CODE),
                   "penalty": {"fine_yuan": 0, "procedure": "普通"},
                   "dates": dates(C.D["filing"], C.D["notice"], C.D["decision"], C.D["served"]),
                   "citations": [cit(JG, 13, 1), cit(MB, 5, 1), cit(JG, 42, None, None, "penalty")]},
    },
    {
        "case_id": Dd.CASE_ID, "codes": ["DOC-06", "PROC-06"], "encoding": None,
        "notes": "PROC-06：当事人申请并于2024-05-07举行了听证（行政处罚法第五十八条第一款第二项应法制审核），卷内有听证报告和"
                 "2024-05-15集体讨论记录，但没有任何法制审核意见，2024-05-17即作出决定。DOC-06：行政处罚听证告知书抬头的统一社会"
                 f"信用代码写作{Dd.BAD}（第9、10位颠倒，校验位不符），其他文书为{Dd.CODE}。其余：听证申请4月18日（送达后第2个工作日），"
                 "听证通知4月22日送达、5月7日举行（其间4月28日调休上班、五一假期不计，9个工作日≥7）；主持人为局办公室主任，非调查人员；"
                 "罚款960㎡×200元=192000元在实施条例第五十七条每平方米100—1000元幅度内；960㎡一般耕地未达刑事追诉标准；"
                 "2024年决定，复议机关为东坡区人民政府正确。",
        "fields": {"agency": Dd.AG, "party": party(Dd.PARTY, "单位", Dd.CODE),
                   "penalty": {"fine_yuan": Dd.FINE, "procedure": "普通"},
                   "dates": dates(Dd.D["filing"], Dd.D["notice"], Dd.D["decision"], Dd.D["served"]),
                   "citations": [cit(TD, 44, 1), cit(TD, 77, 1, None, "penalty"), cit(TDS, 57, 1, None, "penalty")]},
    },
    {
        "case_id": E.CASE_ID, "codes": ["DOC-02", "PROC-10"], "encoding": "gb18030",
        "notes": "PROC-10：税务行政处罚决定书（简易）当场对个体工商户（经营者个人，按公民适用简易程序限额）罚款500元，超过"
                 "行政处罚法第五十一条对公民200元的简易程序上限，应适用普通程序。DOC-02：该当场处罚决定书作于2024-07-24，救济途径"
                 "写“申请行政复议，或者……六个月内……起诉”，未告知行政复议法（2023）第二十三条规定的当场处罚须先申请复议（复议前置）。"
                 "其余：决定书写明当事人2023年已有逾期申报记录、不适用首违不罚及罚款500元的裁量理由（在第六十二条2000元以下幅度内）；两名执法人员均有证号，当场交付并签收，当日缴款，有执法记录仪记录；复议机关为上一级税务局（垂直领导）正确。"
                 "纳税人识别号为个体工商户统一社会信用代码（92开头，校验正确）。",
        "fields": {"agency": E.AG, "party": party(E.NAME, "个人", uscc(E.TAXNO), E.PID),
                   "penalty": {"fine_yuan": E.FINE, "procedure": "简易"},
                   "dates": dates(None, None, "2024-07-24", "2024-07-24"),
                   "citations": [cit(SS, 25, 1), cit(SS, 62, None, None, "penalty")]},
    },
    {
        "case_id": F.CASE_ID, "codes": ["EVID-03", "PROC-05"], "encoding": "utf-8",
        "notes": f"EVID-03：当事人询问笔录（第4—5页）逐趟列表共10趟、28人次×150元，合计{F.TRUE_GAIN}元；调查终结报告、告知书、"
                 "决定书均认定并没收“违法所得2580元”，与同卷数据不符（报告自己也写28人次、每人次150元）。PROC-05：告知书"
                 "2022-09-28直接送达，五个工作日为9月29、30日和10月8日（星期六调休）、9日（星期日调休）、10日，10月10日届满；"
                 "决定书却于2022-10-08（调休星期六）作出，当事人未书面放弃陈述申辩和听证（9月30日集体讨论即已定案）。乘客询问笔录与现场检查同为9月5日、立案亦为9月5日，属检查发现阶段，不作PROC-04。其余：罚款3万元为第六十三条"
                 "“违法所得不足2万元”3万—10万元幅度下限，写明了从轻理由；罚没款合计32580元与缴款票据一致。",
        "fields": {"agency": F.AG, "party": party(F.NAME, "个人", None, F.PID),
                   "penalty": {"fine_yuan": F.FINE, "procedure": "普通"},
                   "dates": dates("2022-09-05", "2022-09-27", "2022-10-08", "2022-10-10"),
                   "citations": [cit(YS, 10, 1, 2), cit(YS, 63, None, None, "penalty")]},
    },
    {
        "case_id": G.CASE_ID, "codes": ["DOC-04", "EXEC-02", "SERV-02"], "encoding": "utf-8",
        "notes": "SERV-02、DOC-04（同一处）：行政处罚事先告知书的送达回证（07号文件）写明直接送达，但“受送达人签名（盖章）”一栏空白，"
                 "无代收人、无留置送达见证人或拍照录像记录；该空白签名栏同时满足DOC-04“送达回证受送达人签名缺失”的触发条件。EXEC-02：当事人逾期45日（2019-06-01至07-15）缴款，缴款书和结案报告按每日3%×"
                 f"30000元×45日计收加处罚款{G.SURCHARGE}元，超过罚款本数30000元（行政处罚法2017年第五十一条、行政强制法第四十五条）；"
                 f"缴款书金额{G.FINE + G.SURCHARGE}元与罚款+所收加处罚款一致，故不标EXEC-01。其余：2019年案件适用2017年行政处罚法，"
                 "告知书三日陈述申辩期（5月7日送达）至5月10日，决定5月15日；罚款3万元在第一百一十五条第一款1万—10万元幅度内。",
        "fields": {"agency": G.AG, "party": party(G.PARTY, "单位", G.CODE),
                   "penalty": {"fine_yuan": G.FINE, "procedure": "普通"},
                   "dates": dates("2019-04-17", "2019-05-06", "2019-05-15", "2019-05-16"),
                   "citations": [cit(DQ, 69, 3), cit(DQ, 115, 1, 1, "penalty")]},
    },
]


def main():
    path = os.path.join(os.path.dirname(HERE), "labels.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in LABELS:
            rec["codes"] = sorted(rec["codes"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", path, len(LABELS))


if __name__ == "__main__":
    main()
