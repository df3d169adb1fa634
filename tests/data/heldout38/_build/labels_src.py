"""Writes ../labels.jsonl from the case modules (fields) and the hand-written notes below."""
import json
import os

import case01, case02, case03, case04, case05, case06, case07
from common import OUT

FS = "中华人民共和国食品安全法"
YP = "中华人民共和国药品管理法"
GG = "中华人民共和国广告法"
JG = "中华人民共和国价格法"
CP = "中华人民共和国产品质量法"


def cit(law, art, para, item, role):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def iso(d):
    return d.isoformat() if d else None


CASES = [
    dict(m=case01, codes=[], encoding="utf-8", kind="单位", fine=100000, proc="普通",
         dates=(case01.d_file, case01.d_notice, case01.d_dec, case01.d_dec),
         cits=[cit(YP, 98, 1, None, "violated"), cit(YP, 98, 3, 5, "violated"), cit(YP, 117, 1, None, "penalty")],
         notes="干净案卷。零售超过有效期药品按劣药处理（药品管理法第九十八条第三款第（五）项），货值243.30元不足一万元按一万元计算，"
               "罚款10万元为第一百一十七条第一款法定最低额，决定书写明初次违法、数量少、立即下架等从轻理由。罚款较大数额，告知书告知听证权利，"
               "当事人2022-04-20（五个工作日内）申请听证，听证通知2022-04-21送达、2022-05-06举行（间隔9个工作日，主持人为法规科非调查人员）；"
               "法制审核（审核人有法律职业资格）2022-05-12、集体讨论2022-05-16均早于决定2022-05-17；决定当场宣告送达；没收违法所得81.10元；"
               "分期缴纳有申请和批准，两张缴款书合计罚款100000元加违法所得81.10元；立案至决定69天。2022-04-24为劳动节调休工作日。"),
    dict(m=case02, codes=["DOC-02", "PROC-10"], encoding="gb18030", kind="个人", fine=500, proc="简易",
         dates=(None, None, case02.d, case02.d),
         cits=[cit(JG, 13, 1, None, "violated"), cit(JG, 42, None, None, "penalty")],
         notes="PROC-10：2024-06-14当场行政处罚决定书对自然人（水果摊贩谭建平）罚款500元，超过简易程序对公民200元的上限（行政处罚法第五十一条），"
               "罚款本身在价格法第四十二条五千元以下幅度内，不属LAW-05。DOC-02：2024年以后作出的当场处罚决定，救济告知写“可以…申请行政复议，或者…直接…提起行政诉讼”，"
               "未告知应当先申请行政复议（行政复议法(2023)第二十三条复议前置）。其余：两名执法人员均有证号，当场交付签收，缴款凭证500元。"),
    dict(m=case03, codes=[], encoding="utf-8", kind="单位", fine=0, proc="普通",
         dates=(case03.d_file, case03.d_notice, case03.d_dec, case03.d_srv),
         cits=[cit(GG, 9, None, 3, "violated"), cit(GG, 57, None, 1, "penalty")],
         notes="干净案卷（首违不罚）。市场监管所依书面《行政执法委托书》（事项、权限、期限2023-2025、已公示）以区局名义调查，"
               "立案审批、告知书、不予行政处罚决定书均以上饶市广丰区市场监督管理局名义作出并加盖局印章，不属SUBJ-03。"
               "初次违法、危害后果轻微、当日改正，依行政处罚法第三十三条第一款不予处罚，依广告法第五十七条第（一）项责令停止发布，决定书写明已进行教育；"
               "罚款为0。不予处罚告知书2023-08-24送达，五个工作日届满2023-08-31，决定2023-09-05，次日送达；广告法第九条、第五十七条均只有一款，引用到项。"),
    dict(m=case04, codes=["EVID-03", "SERV-01"], encoding="utf-8", kind="单位", fine=10000, proc="普通",
         dates=(case04.d_file, case04.d_notice, case04.d_dec, case04.d_srv),
         cits=[cit(CP, 39, None, None, "violated"), cit(CP, 50, None, None, "penalty")],
         notes="EVID-03：货值金额计算表A款11256元＋B款3960元，合计栏写16216元（实为15216元），调查终结报告、告知书、决定书沿用货值16216元。"
               "SERV-01：决定书2019-06-24作出，送达回证直接送达日期2019-07-05，间隔9个工作日（超过7个工作日）。"
               "其他：2019年适用2017年行政处罚法（告知书引第三十一条、第三十二条、第四十二条，三日内陈述申辩/听证）；罚款1万元在货值50%至3倍幅度内（无论按16216或15216计算），"
               "罚没款合计13216元与缴款书一致；陈述申辩笔录有两名执法人员。"),
    dict(m=case05, codes=["PROC-02", "SUBJ-02"], encoding="utf-8", kind="单位", fine=20000, proc="普通",
         dates=(case05.d_file, case05.d_notice, case05.d_dec, case05.d_srv),
         cits=[cit(FS, 45, 2, None, "violated"), cit(FS, 126, 1, 6, "penalty")],
         notes="PROC-02：拟作出并最终作出“责令停业整顿七日”（责令停产停业属行政处罚法第六十三条听证范围），2021-09-06事先告知书只告知陈述、申辩，未告知要求听证的权利。"
               "SUBJ-02：2021-08-09复查现场检查笔录的检查人员“熊立新（执法证号…）、吴倩”，吴倩（兼记录人）姓名后无执法证号（其他文书中吴倩有证号42080201497）。"
               "其他：首次检查在立案前属正常；陈述申辩期届满2021-09-13，法制审核2021-09-14、决定2021-09-16、送达2021-09-17。"),
    dict(m=case06, codes=["PROC-05", "SUBJ-03"], encoding="utf-8", kind="单位", fine=20000, proc="普通",
         dates=(case06.d_file, case06.d_notice, case06.d_dec, case06.d_srv),
         cits=[cit(FS, 34, None, 10, "violated"), cit(FS, 124, 1, 5, "penalty")],
         notes="SUBJ-03：行政处罚告知书、行政处罚决定书均以“株洲市渌口区市场监督管理局南洲市场监督管理所”名义作出、加盖所印章，文号为所的代字，"
               "卷内无委托书，也未援引任何授权所以自己名义处罚的依据（立案也仅由所长审批）。按domain规则判为缺陷：决定未以行政机关名义作出。"
               "PROC-05：告知书2025-04-10直接送达，告知五个工作日内陈述申辩及要求听证，期限届满为2025-04-17，决定书却于2025-04-15作出，当事人未书面放弃。"
               "非缺陷：罚款2万元低于第一百二十四条第一款五万元下限，但告知书和决定书均写明行政处罚法第三十二条第（一）项主动消除危害后果的减轻理由，不属LAW-05；"
               "已售2箱牛奶已召回退款，无违法所得，未没收违法所得有说明。"),
    dict(m=case07, codes=["DOC-04", "SERV-02", "SUBJ-01"], encoding="utf-8", kind="单位", fine=100000, proc="普通",
         dates=(case07.d_file, case07.d_notice, case07.d_dec, case07.d_srv),
         cits=[cit(GG, 46, None, None, "violated"), cit(GG, 58, 1, 14, "penalty")],
         notes="扫描件。SUBJ-01：2020-08-25询问笔录“询问人：郭文斌（执法证号41130300628）　记录人：郭文斌”，仅一名执法人员。"
               "SERV-02与DOC-04（同一事实，两码触发条件均满足）：行政处罚决定书送达回证写“直接送达”、日期2020-10-14，收件人签名栏空白，无留置送达见证人或说明。"
               "其他：2020年适用2017年行政处罚法与2018年修正的广告法（条文序号同2015年文本），广告费用无法计算，罚款10万元为第五十八条第一款法定最低额并说明初次违法、立即停止；"
               "告知听证权利（三日），当事人书面表示不要求听证；核审2020-10-10（调休工作日）、集体讨论2020-10-12均早于决定2020-10-13。"),
]


def party(m, kind):
    p = {"name": m.PARTY, "kind": kind, "credit_code": None, "id_number": None}
    if kind == "单位":
        p["credit_code"] = m.CC
    else:
        p["id_number"] = m.PID
    return p


def records():
    out = []
    for c in CASES:
        m = c["m"]
        f, n, d, s = c["dates"]
        out.append({
            "case_id": m.CASE_ID,
            "codes": sorted(c["codes"]),
            "notes": c["notes"],
            "encoding": c["encoding"],
            "fields": {
                "agency": getattr(m, "SUO", None) if m is case06 else m.AG,
                "party": party(m, c["kind"]),
                "penalty": {"fine_yuan": c["fine"], "procedure": c["proc"]},
                "dates": {"filing": iso(f), "notice": iso(n), "decision": iso(d), "decision_served": iso(s)},
                "citations": c["cits"],
            },
        })
    return out


if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(CASES))
