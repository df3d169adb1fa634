"""Writes ../labels.jsonl from the case builders' constants and the hand-written notes below."""
import json
import os
import case_a, case_b, case_c, case_d, case_e, case_f, case_g
from common import OUT

GG = "中华人民共和国广告法"
JG = "中华人民共和国价格法"
CZ = "中华人民共和国产品质量法"
BZ = "中华人民共和国反不正当竞争法"


def cit(law, art, para=None, item=None, role="violated"):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def rec(m, codes, notes, enc, kind, fine, proc, cits, name=None, cc=None, idn=None, notice=None):
    D = m.DATES
    return {"case_id": m.CASE_ID, "codes": sorted(codes), "notes": notes, "encoding": enc,
            "fields": {"agency": m.AG,
                       "party": {"name": name, "kind": kind, "credit_code": cc, "id_number": idn},
                       "penalty": {"fine_yuan": fine, "procedure": proc},
                       "dates": {"filing": D.get("filing"), "notice": notice if notice is not None else D.get("notice"),
                                 "decision": D["decision"], "decision_served": D.get("served", D["decision"])},
                       "citations": cits}}


def labels():
    a, b, c, d, e, f, g = case_a, case_b, case_c, case_d, case_e, case_f, case_g
    return [
        rec(a, [], "干净案卷（2019年，适用2017年行政处罚法条文序号）。要点：广告法(2015)第九条第（三）项/第五十七条第（一）项法定罚款20万—100万元，本案罚3万元低于下限，但告知书、调查终结报告和决定书均写明减轻理由（主动消除危害后果，行政处罚法(2017)第二十七条第一款第（一）项）及裁量基准，不属LAW-05；告知听证、当事人申请并举行听证（主持人为法规科人员，非调查人员），听证后有法制审核和集体讨论，均早于决定；立案至决定76日；决定次日直接送达；罚款已缴、已结案；卷内目录页码与实际页码一致。",
            "utf-8", "单位", a.FINE, "普通",
            [cit(GG, 9, None, 3), cit(GG, 57, None, 1, "penalty")], name=a.PARTY, cc=a.CC),
        rec(b, ["PROC-10"], "PROC-10：当场行政处罚决定书（第1页）对自然人柯建平（个体工商户经营者）当场罚款500元，超过行政处罚法(2021)第五十一条对公民200元的简易程序上限，应适用普通程序。其余要素（证件号、救济途径、签收、缴款）齐全。",
            "gb18030", "个人", 500, "简易",
            [cit(JG, 13, 1, None), cit(JG, 42, None, None, "penalty")], name=b.NAME, cc=b.SHOP_CC, idn=b.IDN),
        rec(c, [], "干净案卷（不予行政处罚，首违不罚）：初次违法、危害后果轻微、立案当日改正，依行政处罚法(2021)第三十三条第一款不予处罚并记载教育；有不予处罚事先告知书，电子邮件送达前已签送达地址确认书（电子送达合法，回证无手写签名属正常）；陈述申辩期5个工作日（5月10日送达，至5月17日届满）届满后5月22日作出决定并当日电子送达；罚款0。当事人为个体工商户，按个人标注，同时给出字号统一社会信用代码与经营者身份证号。",
            "utf-8", "个人", 0, "普通",
            [cit(GG, 9, None, 3), cit(GG, 57, None, 1, "penalty")], name=c.SHOP, cc=c.CC, idn=c.IDN),
        rec(d, ["PROC-02", "SERV-02"], "PROC-02：拟对单位罚款25万元（较大数额），但行政处罚事先告知书（第5页）只告知陈述、申辩权，未告知要求听证的权利。SERV-02：该告知书的送达回证（第6页）“收件人签名或盖章”栏空白，直接送达且无留置送达见证记载。其余：法制审核、集体讨论在决定前；分期缴纳有申请与审批、两期凭证合计25万元。",
            None, "单位", d.FINE, "普通",
            [cit(BZ, 8, 1, None), cit(BZ, 20, 1, None, "penalty")], name=d.PARTY, cc=d.CC),
        rec(e, ["PROC-05", "SUBJ-02"], "PROC-05：事先告知书于2025-03-24（周一）电子送达，给予五个工作日陈述申辩/听证期限（至2025-03-31届满），当事人未书面放弃，但决定书落款2025-03-27，期限未届满即作出决定。SUBJ-02：询问笔录（第4页）记录人吴凡姓名旁无执法证号（询问人冯子豪有证号）。违法所得126×199+58×159=34,296元计算正确，没收违法所得并处1倍罚款在5倍以下幅度内。",
            None, "单位", e.FINE, "普通",
            [cit(JG, 14, None, 4), cit("明码标价和禁止价格欺诈规定", 19, None, 3),
             cit(JG, 40, 1, None, "penalty"), cit("价格违法行为行政处罚规定", 7, None, None, "penalty")],
            name=e.PARTY, cc=e.CC),
        rec(f, ["EXEC-02", "SERV-03"], "SERV-03：决定书（沪市监松处〔2020〕181号）的送达回证（第8页下半部）写作“沪市监松处〔2020〕118号”，文号不一致。EXEC-02：缴款书（第9页）加处罚款24,000元（逾期40日×3%×20,000元），超过罚款本数20,000元。罚款20,000元在货值12,600元的等值至三倍（12,600—37,800元）范围内；2020年案件使用2017年行政处罚法条文序号。",
            None, "单位", f.FINE, "普通",
            [cit(CZ, 13, 2, None), cit(CZ, 49, None, None, "penalty")], name=f.PARTY, cc=f.CC),
        rec(g, ["EVID-03", "SERV-01"], "EVID-03：决定书（第6页）及告知书写违法所得“86顶×（65元－38元）=2,522元”，实际应为2,322元，没收金额随之错误（告知书、决定书、缴款书一致，故非DOC-07）。SERV-01：决定书2022-09-26作出，送达回证收到日期2022-10-12，扣除国庆假期并计入10月8日、9日调休工作日，为第9个工作日，超过7个工作日。立案2022-06-30（抽样检验结果出具后立案），至决定88日，未超期。扫描件。",
            None, "个人", g.FINE, "普通",
            [cit(CZ, 39), cit(CZ, 50, None, None, "penalty")], name=g.SHOP, cc=g.CC, idn=g.IDN),
    ]


if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in labels():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
