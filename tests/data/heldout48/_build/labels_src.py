"""Writes ../labels.jsonl from the hand-written labels below (dates pulled from the case modules)."""
import json
import os
import case01, case02, case03, case04, case05, case06, case07
from common import OUT

NQ = "中华人民共和国农产品质量安全法"
DQ = "中华人民共和国大气污染防治法"


def cit(law, art, para, item, role):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def dates(m, notice=True):
    D = m.D
    return {"filing": D.get("filing"), "notice": D.get("notice") if notice else None,
            "decision": D["decision"], "decision_served": D["served"]}


LABELS = [
    dict(case_id=case01.CASE_ID, codes=["ARCH-01", "DOC-07"], encoding="utf-8",
         notes="ARCH-01：卷内目录第5项“行政处罚事先告知书”页号写作7-8，实际在第6页（第7页为听证申请书）。"
               "DOC-07：决定书罚款小写60000元、大写误作“陆万伍仟元整”，告知书、缴款书、结案报告均为60000元。"
               "其余合规：听证申请在5个工作日内、听证通知与听证间隔8个工作日、主持人为法制股非调查人员，法制审核与集体讨论均在决定前，"
               "没收违法所得1260元=210公斤×6元，缴款61260元与罚没合计一致。",
         fields=dict(agency="方正县农业农村局",
                     party=dict(name=case01.P, kind="单位", credit_code=case01.CC, id_number=None),
                     penalty=dict(fine_yuan=60000, procedure="普通"), dates=dates(case01),
                     citations=[cit(NQ, 36, None, 2, "violated"), cit(NQ, 71, 1, 1, "penalty")])),
    dict(case_id=case02.CASE_ID, codes=["LAW-05", "SUBJ-01"], encoding="gb18030",
         notes="SUBJ-01：2019年10月25日询问笔录询问人、记录人均只有于洪涛一人。"
               "LAW-05：大气污染防治法（2018）第一百一十九条第一款对露天焚烧秸秆可处500元以上2000元以下罚款，决定书以“从重”罚款3000元，超出法定幅度。"
               "2019年案件适用2017年行政处罚法条文序号（第三十一条、第三十二条、第四十二条），属正确版本；当事人不识字由同住儿子代书、按手印。",
         fields=dict(agency="农安县合隆镇人民政府",
                     party=dict(name=case02.P, kind="个人", credit_code=None, id_number=case02.PID),
                     penalty=dict(fine_yuan=3000, procedure="普通"), dates=dates(case02),
                     citations=[cit(DQ, 77, None, None, "violated"), cit(DQ, 119, 1, None, "penalty")])),
    dict(case_id=case03.CASE_ID, codes=[], encoding="utf-8",
         notes="干净案卷（不予行政处罚）。收购户未按规定收取、保存承诺达标合格证且逾期未改正，初次违法、危害轻微、及时改正，"
               "依2021年行政处罚法第三十三条第一款不予处罚并已教育；告知书2024-06-05送达，陈述申辩期扣除端午假期（6月10日）至6月13日届满，决定6月17日作出；"
               "决定书由同住成年家属（妻子）直接代收，属合法直接送达；无罚款故无缴款凭证。决定书所列第七十三条第（二）项为应予处罚的依据条款。",
         fields=dict(agency="扎赉特旗农牧局",
                     party=dict(name=case03.P, kind="个人", credit_code=None, id_number=case03.PID),
                     penalty=dict(fine_yuan=0, procedure="普通"), dates=dates(case03),
                     citations=[cit(NQ, 39, 2, None, "violated"), cit(NQ, 73, None, 2, "penalty")])),
    dict(case_id=case04.CASE_ID, codes=["DOC-04", "SERV-01", "SERV-02"], encoding="utf-8",
         notes="SERV-02/DOC-04：事先告知书所附送达回证“收件人签名”栏为“/”，既无受送达人签名，也无留置送达见证人或说明。"
               "SERV-01：决定书2025-04-22作出，送达回证收件日期2025-05-07，扣除五一假期（4月27日调休上班计入）为第9个工作日，超过7个工作日。"
               "其余合规：先行登记保存经负责人批准，6个工作日内作出处理决定；没收违法所得96元=24公斤×4元；缴款2096元与罚没合计一致。",
         fields=dict(agency="梨树县农业农村局",
                     party=dict(name=case04.P, kind="个人", credit_code=None, id_number=case04.PID),
                     penalty=dict(fine_yuan=2000, procedure="普通"), dates=dates(case04),
                     citations=[cit(NQ, 36, None, 2, "violated"), cit(NQ, 71, 1, 1, "penalty")])),
    dict(case_id=case05.CASE_ID, codes=["PROC-05", "SUBJ-02"], encoding=None,
         notes="SUBJ-02：2025-09-02现场检查笔录执法人员栏“王海峰”无执法证号（仅娜仁有证号）。"
               "PROC-05：事先告知书2025-09-23当场送达，五个工作日陈述申辩期至9月30日届满，决定书9月26日即作出，卷内无书面放弃。"
               "决定书9月28日（周日，国庆调休上班日）送达，属工作日；罚款800元在第七十三条100—1000元幅度内。",
         fields=dict(agency="突泉县农牧局",
                     party=dict(name=case05.P, kind="单位", credit_code=case05.CC, id_number=None),
                     penalty=dict(fine_yuan=800, procedure="普通"), dates=dates(case05),
                     citations=[cit(NQ, 39, 1, None, "violated"), cit(NQ, 73, None, 1, "penalty")])),
    dict(case_id=case06.CASE_ID, codes=[], encoding=None,
         notes="干净案卷。2021年11月决定，适用2021年行政处罚法；罚款1000元在第一百一十九条第一款500—2000元幅度内并说明一般档理由；"
               "告知书同时告知陈述申辩和听证权利，5个工作日期满（11月11日）后于11月15日决定；决定书次日由同住成年家属（儿子）直接代收；"
               "两名执法人员均有证号；现场检查在立案前属正常发现违法。",
         fields=dict(agency="望奎县农业农村局",
                     party=dict(name=case06.P, kind="个人", credit_code=None, id_number=case06.PID),
                     penalty=dict(fine_yuan=1000, procedure="普通"), dates=dates(case06),
                     citations=[cit(DQ, 77, None, None, "violated"), cit(DQ, 119, 1, None, "penalty")])),
    dict(case_id=case07.CASE_ID, codes=["DOC-02", "PROC-10"], encoding=None,
         notes="PROC-10：当场行政处罚决定书（简易程序）对个人罚款500元，超过行政处罚法第五十一条200元上限（第一百一十九条第一款最低额即500元，本案不应适用简易程序）。"
               "DOC-02：2024年10月29日当场处罚决定书救济告知写“申请行政复议，或者……提起行政诉讼”，未告知对当场处罚应先申请行政复议（行政复议法2023第二十三条）。"
               "扫描件：决定书落款处有红色圆形印章。",
         fields=dict(agency="扶余市三井子镇人民政府",
                     party=dict(name=case07.P, kind="个人", credit_code=None, id_number=case07.PID),
                     penalty=dict(fine_yuan=500, procedure="简易"),
                     dates={"filing": None, "notice": None, "decision": case07.D["decision"],
                            "decision_served": case07.D["served"]},
                     citations=[cit(DQ, 77, None, None, "violated"), cit(DQ, 119, 1, None, "penalty")])),
]


def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            lab = {"case_id": lab["case_id"], "codes": sorted(lab["codes"]), "notes": lab["notes"],
                   "encoding": lab["encoding"], "fields": lab["fields"]}
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
