"""Writes ../labels.jsonl from the hand-kept facts of each case (run: python labels_src.py)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import case01, case02, case03, case04, case05, case06, case07
from lib import OUT

DQ = "中华人民共和国大气污染防治法"; GF = "中华人民共和国固体废物污染环境防治法"
def cit(law, a, p=None, i=None, role="violated"):
    return {"law": law, "article": a, "paragraph": p, "item": i, "role": role}

CASES = [
 dict(case_id="heldout53_01", codes=["PROC-05", "SUBJ-02"], encoding="utf-8",
  notes="PROC-05：事先告知书2022年6月20日短信送达，告知五个工作日内陈述申辩（至6月27日届满），决定书6月23日即作出，当事人未书面放弃。SUBJ-02：现场检查笔录执法人员“罗青”（街道综合行政执法大队）无执法证号。其余：立案前的现场检查属正常；电子送达有送达地址确认书及短信送达记录；决定书6月24日送达，在7个工作日内。",
  fields=dict(agency=case01.AG, party=dict(name=case01.P, kind="个人", credit_code=case01.CC, id_number=case01.ID),
   penalty=dict(fine_yuan=8000, procedure="普通"),
   dates=dict(filing="2022-06-15", notice="2022-06-20", decision="2022-06-23", decision_served="2022-06-24"),
   citations=[cit(DQ, 81, 1, None), cit(DQ, 118, 1, None, "penalty")])),
 dict(case_id="heldout53_02", codes=[], encoding="gb18030",
  notes="干净案卷（首违不罚）：不予行政处罚决定，罚款0；不予处罚事先告知书5月13日直接送达，三个工作日陈述申辩期5月16日届满，决定5月20日作出、5月21日送达；5月11日（周六）为调休工作日的复查记录；各笔录两名执法人员均有证号。行政处罚法第三十三条第一款为不予处罚依据（列为penalty角色）。",
  fields=dict(agency=case02.AG, party=dict(name=case02.P, kind="个人", credit_code=None, id_number=case02.ID),
   penalty=dict(fine_yuan=0, procedure="普通"),
   dates=dict(filing="2024-05-10", notice="2024-05-13", decision="2024-05-20", decision_served="2024-05-21"),
   citations=[cit(DQ, 81, 3, None), cit("中华人民共和国行政处罚法", 33, 1, None, "penalty")])),
 dict(case_id="heldout53_03", codes=["EVID-03", "PROC-02"], encoding="utf-8",
  notes="EVID-03：调查终结报告、告知书、决定书均写“1626袋×12元”违法所得21512元，实为19512元（罚款64536元亦按错误基数的3倍计算）。PROC-02：对单位没收21512元并罚款64536元，属较大数额，事先告知书（2017年行政处罚法第三十一、三十二条）只告知陈述申辩，未告知听证权利。2020年案件适用2017年行政处罚法编号；有法制审核和集体讨论；复议机关二选一在2024年前正确。",
  fields=dict(agency=case03.AG, party=dict(name=case03.P, kind="单位", credit_code=case03.CC, id_number=None),
   penalty=dict(fine_yuan=64536, procedure="普通"),
   dates=dict(filing="2020-04-08", notice="2020-05-12", decision="2020-05-20", decision_served="2020-05-21"),
   citations=[cit("中华人民共和国价格法", 14, None, 4), cit("价格违法行为行政处罚规定", 7, None, None, "penalty")])),
 dict(case_id="heldout53_04", codes=["DOC-07", "SERV-02"], encoding="utf-8",
  notes="DOC-07：决定书罚款大写“伍万陆仟壹佰元”与小写¥51600元不一致（告知书、缴款凭证均为伍万壹仟陆佰元/51600元）。SERV-02：决定书送达回证“受送达人签名”栏空白，也无留置送达见证记录。其余：2019年案件适用2017年行政处罚法（告知听证权，三日内提出）；造价86万元×6%=51600元在5%–10%幅度内；分期缴纳有审批，三期合计51600元。",
  fields=dict(agency=case04.AG, party=dict(name=case04.P, kind="单位", credit_code=case04.CC, id_number=None),
   penalty=dict(fine_yuan=51600, procedure="普通"),
   dates=dict(filing="2019-03-06", notice="2019-04-09", decision="2019-04-19", decision_served="2019-04-22"),
   citations=[cit("中华人民共和国城乡规划法", 40, 1, None), cit("中华人民共和国城乡规划法", 64, None, None, "penalty")])),
 dict(case_id="heldout53_05", codes=[], encoding="utf-8",
  notes="干净案卷（听证+法制审核+集体讨论）：告知书4月9日送达、告知听证权；4月11日申请听证，4月14日送达听证通知，4月24日举行（间隔7个工作日），主持人为法制科人员非办案人员；法制审核4月28日、集体讨论4月30日均在决定（5月7日，跨五一假期）之前；决定5月8日送达；罚款10万元为第一百一十一条第二款单位第四项行为法定最低额，写明已自行清运、配合调查的从轻理由。",
  fields=dict(agency=case05.AG, party=dict(name=case05.P, kind="单位", credit_code=case05.CC, id_number=None),
   penalty=dict(fine_yuan=100000, procedure="普通"),
   dates=dict(filing="2025-03-19", notice="2025-04-09", decision="2025-05-07", decision_served="2025-05-08"),
   citations=[cit(GF, 63, 3, None), cit(GF, 111, 1, 4, "penalty"), cit(GF, 111, 2, None, "penalty")])),
 dict(case_id="heldout53_06", codes=["LAW-05", "SERV-01"], encoding="utf-8",
  notes="LAW-05：大气污染防治法第一百一十五条第一款对施工单位处一万元以上十万元以下罚款，决定书罚款120000元，超出上限且无任何依据。SERV-01：决定书2023年9月27日作出，10月16日才送达，扣除中秋国庆假期（9月29日–10月6日，10月7日、8日调休上班）为第9个工作日，超过7个工作日。扫描件：告知书和决定书落款有红色圆形印章图像。",
  fields=dict(agency=case06.AG, party=dict(name=case06.P, kind="单位", credit_code=case06.CC, id_number=None),
   penalty=dict(fine_yuan=120000, procedure="普通"),
   dates=dict(filing="2023-07-27", notice="2023-09-06", decision="2023-09-27", decision_served="2023-10-16"),
   citations=[cit(DQ, 69, 3, None), cit(DQ, 115, 1, 1, "penalty")])),
 dict(case_id="heldout53_07", codes=["DOC-03", "SUBJ-01"], encoding="utf-8",
  notes="DOC-03：行政处罚事先告知书与行政处罚决定书使用同一文号“浔城管罚〔2021〕88号”。SUBJ-01：11月4日询问笔录询问人、记录人均为施俊一人。其余：先行登记保存11月2日经负责人批准，11月10日（第5个工作日）作出处理决定；告知书11月22日送达，五个工作日期满后12月3日决定，12月6日送达；法制审核、集体讨论在决定前。",
  fields=dict(agency=case07.AG, party=dict(name=case07.P, kind="单位", credit_code=case07.CC, id_number=None),
   penalty=dict(fine_yuan=60000, procedure="普通"),
   dates=dict(filing="2021-11-03", notice="2021-11-22", decision="2021-12-03", decision_served="2021-12-06"),
   citations=[cit(GF, 49, 2, None), cit(GF, 111, 1, 1, "penalty"), cit(GF, 111, 2, None, "penalty")])),
]
def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES:
            c = dict(c); c["codes"] = sorted(c["codes"])
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    main()
