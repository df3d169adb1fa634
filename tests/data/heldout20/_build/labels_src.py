"""Writes tests/data/heldout20/labels.jsonl from the case modules (single source of truth)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT
import case_a, case_b, case_c, case_d, case_e, case_f, case_g


def cit(law, article, paragraph=None, item=None, role="violated"):
    return {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}


def iso(x):
    return x.isoformat() if x else None


def dates(m, filing="filing", notice="notice"):
    d = m.d
    return {"filing": iso(d.get(filing)), "notice": iso(d.get(notice)), "decision": iso(d["decision"]),
            "decision_served": iso(d["decision_served"])}


DQ = "中华人民共和国大气污染防治法"
LABELS = [
    dict(case_id=case_a.CASE_ID, codes=[], encoding=None,
         notes="干净案卷（文本层PDF）。生态环境扬尘案，罚款拟6万元→听证后复核降为5万元（不重于告知）；告知书2022-06-06直接送达，2022-06-08申请听证（5个工作日内，6月3日端午），听证通知2022-06-10送达、2022-06-22举行（其间8个工作日），主持人为法规科人员非调查人员；法制审核2022-06-27、集体讨论2022-06-29均早于决定2022-07-01；决定次个工作日直接送达；经批准分两期缴纳（行政处罚法第六十六条第二款），两张缴款书合计50000元；第一百一十七条只有一款，引用到项。卷内目录页号与实际页码一致。",
         fields=dict(agency=case_a.AG,
                     party=dict(name=case_a.NAME, kind="单位", credit_code=case_a.CC, id_number=None),
                     penalty=dict(fine_yuan=case_a.FINE, procedure="普通"),
                     dates=dates(case_a),
                     citations=[cit(DQ, 72, 1, None), cit(DQ, 117, None, 2, "penalty")])),
    dict(case_id=case_b.CASE_ID, codes=["PROC-02", "SUBJ-02"], encoding=None,
         notes="PROC-02：决定责令停产停业整顿并处单位罚款4万元、主要负责人罚款5万元（双罚），但《行政处罚事先告知书》（雷应急告〔2023〕4号，第9页）只告知三日内陈述申辩，未告知听证权利。SUBJ-02：整改复查《现场检查记录》（2023-03-28，第4页）检查人员写作“吴德文、龙海（执法证号：52263410027）”，吴德文无执法证号（其他笔录中吴德文有证号52263410021）。fine_yuan取被处罚单位的罚款40000元；同一决定书另对矿长杨光明罚款50000元。告知书2023-04-13送达，三个工作日至04-18届满，决定04-21；2023-04-23为调休工作日，当日送达。法制审核与集体讨论均在决定前。",
         fields=dict(agency=case_b.AG,
                     party=dict(name=case_b.NAME, kind="单位", credit_code=case_b.CC, id_number=None),
                     penalty=dict(fine_yuan=case_b.FINE_UNIT, procedure="普通"),
                     dates=dates(case_b),
                     citations=[cit("中华人民共和国安全生产法", 41, 2, None),
                                cit("中华人民共和国安全生产法", 102, None, None, "penalty")])),
    dict(case_id=case_c.CASE_ID, codes=["EVID-03", "SERV-02"], encoding=None,
         notes="扫描PDF（200dpi、红色圆章、倾斜、JPEG）。EVID-03：询问笔录、调查终结报告、告知书和决定书列明三趟收入140元+175元+210元=525元，却写“合计违法所得545元”并没收545元（缴款书也按545元）。SERV-02：决定书送达回证（第9页）“受送达人签名”栏空白，送达方式写直接送达，无留置送达见证人或拍照录像记载。道路运输条例（2022）第六十三条为一款，违法所得不足2万元，罚款3万元为法定下限并说明了理由；告知书含听证权利；事先告知书送达回证签名齐全。",
         fields=dict(agency=case_c.AG,
                     party=dict(name=case_c.NAME, kind="个人", credit_code=None, id_number=case_c.PID),
                     penalty=dict(fine_yuan=case_c.FINE, procedure="普通"),
                     dates=dates(case_c),
                     citations=[cit("中华人民共和国道路运输条例", 10, None, 1),
                                cit("中华人民共和国道路运输条例", 63, None, None, "penalty")])),
    dict(case_id=case_d.CASE_ID, codes=["PROC-05", "SERV-01"], encoding=None,
         notes="DOCX（Word表格）。2019年案件，适用2017年行政处罚法条文序号（第三十一条、第四十二条、第五十一条）。PROC-05：税务行政处罚事项告知书2019-03-21直接送达，告知“收到本告知书之日起3日内”陈述申辩（至2019-03-26届满），决定书却于2019-03-22作出，当事人未书面放弃。SERV-01：决定书2019-03-22作出，2019-04-03才交邮，EMS回执签收2019-04-08，相隔10个工作日（4月5日清明）。复议机关为上一级税务机关（税务为垂直领导，正确）。罚款1500元在第六十二条二千元以下幅度内，未达税务听证标准。",
         fields=dict(agency=case_d.AG,
                     party=dict(name=case_d.NAME, kind="单位", credit_code=case_d.CC, id_number=None),
                     penalty=dict(fine_yuan=case_d.FINE, procedure="普通"),
                     dates=dates(case_d),
                     citations=[cit("中华人民共和国税收征收管理法", 25, 1, None),
                                cit("中华人民共和国税收征收管理法", 62, None, None, "penalty")])),
    dict(case_id=case_e.CASE_ID, codes=[], encoding="utf-8",
         notes="干净案卷（单个UTF-8文本，换页符分页，无页脚）。镇人民政府依赋权目录查处露天焚烧秸秆，首违不罚：不予行政处罚，fine_yuan为0。不予处罚事先告知书2023-04-19送达，五个工作日含2023-04-23（星期日调休上班），至04-25届满，决定04-26作出，04-27直接送达，并有批评教育记录。决定书同时写明第一百一十九条第一款的罚则和行政处罚法第三十三条第一款的不予处罚依据，二者都标为penalty。两名执法人员均有证号并记载出示证件和告知回避。",
         fields=dict(agency=case_e.AG,
                     party=dict(name=case_e.NAME, kind="个人", credit_code=None, id_number=case_e.PID),
                     penalty=dict(fine_yuan=0, procedure="普通"),
                     dates=dates(case_e),
                     citations=[cit(DQ, 77, None, None), cit(DQ, 119, 1, None, "penalty"),
                                cit("中华人民共和国行政处罚法", 33, 1, None, "penalty")])),
    dict(case_id=case_f.CASE_ID, codes=["DOC-02", "PROC-10"], encoding="gb18030",
         notes="GB18030文本，简易程序（当场处罚）。PROC-10：当场行政处罚决定书（木市监当罚〔2024〕0112号）对自然人（个体工商户经营者阿依古丽·沙吾提）罚款500元，超过对公民当场处罚200元的上限（经办人把个体工商户当作“其他组织”）。DOC-02：2024-07-18作出的当场处罚决定书告知可申请复议“或者”直接起诉，未告知应先申请行政复议（行政复议法2023第二十三条）。罚款在价格违法行为行政处罚规定第十三条5000元以下幅度内；缴款凭证500元；当场交付，decision_served同决定日。",
         fields=dict(agency=case_f.AG,
                     party=dict(name=case_f.NAME, kind="个人", credit_code=case_f.SHOP_CC, id_number=case_f.PID),
                     penalty=dict(fine_yuan=case_f.FINE, procedure="简易"),
                     dates={"filing": None, "notice": None, "decision": iso(case_f.d["decision"]),
                            "decision_served": iso(case_f.d["decision_served"])},
                     citations=[cit("中华人民共和国价格法", 13, 1, None),
                                cit("价格违法行为行政处罚规定", 13, None, 1, "penalty")])),
    dict(case_id=case_g.CASE_ID, codes=["ARCH-01", "DOC-06", "EXEC-02"], encoding="utf-8",
         notes=f"文件夹，每件一个UTF-8文本，页码印在每页顶部。DOC-06：行政处罚决定书（11_，第11页）统一社会信用代码写作{case_g.CC_BAD}（第11、12位颠倒，校验位不符），其他文书为{case_g.CC}。EXEC-02：缴款书按逾期34日×3%×62000元计收加处罚款63240元，超过罚款本数62000元。ARCH-01：卷内目录漏列第13页《履行行政处罚决定催告书》，其后缴款凭证、结案报告页号写作13、14，实际为14、15，件数页数亦不符。罚款按每平方米100元×620平方米=62000元，为法定下限；已告知听证权利，当事人书面陈述未要求听证；法制审核、集体讨论在决定之前。",
         fields=dict(agency=case_g.AG,
                     party=dict(name=case_g.NAME, kind="单位", credit_code=case_g.CC, id_number=None),
                     penalty=dict(fine_yuan=case_g.FINE, procedure="普通"),
                     dates=dates(case_g),
                     citations=[cit("中华人民共和国土地管理法", 44, 1, None),
                                cit("中华人民共和国土地管理法", 77, 1, None, "penalty"),
                                cit("中华人民共和国土地管理法实施条例", 57, 1, None, "penalty")])),
]

if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(LABELS), "labels")
