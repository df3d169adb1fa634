"""Writes ../labels.jsonl from the case modules (writer 7)."""
import json
import case01, case02, case03, case04, case05, case06
from common import OUT


def cit(law, art, para, item, role):
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


def iso(d):
    return d.isoformat() if d else None


PRICE = "中华人民共和国价格法"
ROAD = "中华人民共和国道路运输条例"
SAFE = "中华人民共和国安全生产法"
AIR = "中华人民共和国大气污染防治法"
FOOD = "中华人民共和国食品安全法"
APL = "中华人民共和国行政处罚法"
TAX = "中华人民共和国税收征收管理法"

LABELS = [
 dict(case_id=case01.CASE_ID, codes=[], encoding="utf-8",
      notes="干净案卷。现场检查（2023-05-08）早于立案（05-10）属检查发现线索，正常；告知书2023-06-09当场送达，五个工作日陈述申辩期至06-16届满，决定06-26作出（端午06-22至06-24放假、06-25调休上班），06-28直接送达（2个工作日）；没收违法所得1917.50元=1700+108+109.5，与销售记录一致；罚款1500元在价格法第四十二条5000元以下幅度内，说明了“一般”情节；罚没款合计3417.50元与缴款书一致；价格法第十三条有两款，引用到第一款；第四十二条仅一款。各笔录两名执法人员均有证号并记载出示证件、告知回避。卷内目录页码与实际一致。",
      fields=dict(agency=case01.AG, party=dict(name=case01.PARTY, kind="单位", credit_code=case01.CC, id_number=None),
                  penalty=dict(fine_yuan=1500, procedure="普通"),
                  dates=dict(filing=iso(case01.d_file), notice=iso(case01.d_gz), decision=iso(case01.d_dec), decision_served=iso(case01.d_srv)),
                  citations=[cit(PRICE, 13, 1, None, "violated"), cit(PRICE, 42, None, None, "penalty")])),
 dict(case_id=case02.CASE_ID, codes=["EVID-01", "SERV-01", "SUBJ-02"], encoding="utf-8",
      notes="SUBJ-02：现场检查笔录（第3页）执法人员栏“赵海鹏”后无执法证号（李卫东有证号13052319031）。EVID-01：询问笔录（第4页，Q/A段落式）既未记载出示执法证件/表明身份，也未告知申请回避权利（仅告知如实回答）。SERV-01：决定书2024-10-25作出，邮寄送达妥投/签收日期2024-11-07，间隔9个工作日（10-28至11-07），超过七日。其他：询问日2024-09-14为中秋调休工作日；告知书10-14送达，5个工作日至10-21，决定10-25不早于期满；罚款3000元为道路运输条例(2023)第六十三条第（一）项3000元以上1万元以下的下限，说明了初次、无违法所得、配合调查；2024年后复议机关写县人民政府正确。",
      fields=dict(agency=case02.AG, party=dict(name=case02.PARTY, kind="个人", credit_code=None, id_number=case02.PID),
                  penalty=dict(fine_yuan=3000, procedure="普通"),
                  dates=dict(filing=iso(case02.d_file), notice=iso(case02.d_gz), decision=iso(case02.d_dec), decision_served=iso(case02.d_srv)),
                  citations=[cit(ROAD, 24, 1, 1, "violated"), cit(ROAD, 63, None, 1, "penalty")])),
 dict(case_id=case03.CASE_ID, codes=["DOC-06", "PROC-04", "PROC-07"], encoding="gb18030",
      notes=f"PROC-04/PROC-07：案件调查报告、法制审核意见均写明本案属重大执法决定应集体讨论，但集体讨论记录（卷内第17页）日期为2022-06-22，晚于决定书2022-06-20及送达06-21，决定前无集体讨论（程序倒置、实质上未先经集体讨论）。DOC-06：决定书（第15页）统一社会信用代码印为{case03.CC_BAD}，第11位错误、校验位不符，与立案审批表、调查报告中的{case03.CC}不一致。其他：责令限期整改（2022-03-15）与复查（04-18）早于立案（04-19）属检查发现，正常；听证申请5-24在告知（5-20送达）后5个工作日内，听证通知5-27送达、6-10听证（中间端午6-3放假）满7个工作日；主持人非调查人员；已作法制审核（6-15）；罚款12万元在第一百零一条逾期未改正10万至20万幅度内并责令停产停业整顿；2022年复议机关写法正确。",
      fields=dict(agency=case03.AG, party=dict(name=case03.PARTY, kind="单位", credit_code=case03.CC, id_number=None),
                  penalty=dict(fine_yuan=120000, procedure="普通"),
                  dates=dict(filing=iso(case03.d_file), notice=iso(case03.d_gz), decision=iso(case03.d_dec), decision_served=iso(case03.d_srv)),
                  citations=[cit(SAFE, 41, 2, None, "violated"), cit(SAFE, 101, None, 5, "penalty")])),
 dict(case_id=case04.CASE_ID, codes=["DOC-07", "LAW-03", "PROC-02"], encoding="utf-8",
      notes="DOCX，表格为Word真实表格。PROC-02：对单位罚款8万元（较大数额），事先告知书（第6页）只告知陈述、申辩权，未告知要求听证的权利。DOC-07：决定书（第11页）“罚款人民币陆万元整（¥80,000.00）”大写与小写不一致（告知书、调查报告、缴款书、结案表均为8万元）。LAW-03：决定书处罚依据写作《大气污染防治法》第一百一十五条第一款第（三）项，而该款只有（一）（二）两项（告知书、调查报告引用第（二）项正确）。其他：已有法制审核（5-26）和集体讨论（5-27）在决定（5-28）前；告知5-16送达，5个工作日至5-23届满；决定5-30送达（2个工作日）。",
      fields=dict(agency=case04.AG, party=dict(name=case04.PARTY, kind="单位", credit_code=case04.CC, id_number=None),
                  penalty=dict(fine_yuan=80000, procedure="普通"),
                  dates=dict(filing=iso(case04.d_file), notice=iso(case04.d_gz), decision=iso(case04.d_dec), decision_served=iso(case04.d_srv)),
                  citations=[cit(AIR, 69, 3, None, "violated"), cit(AIR, 115, 1, 3, "penalty")])),
 dict(case_id=case05.CASE_ID, codes=["EXEC-02", "PROC-05", "SERV-02"], encoding="utf-8",
      notes="文件夹案卷（每份文书一个UTF-8 txt）。PROC-05：告知书2022-08-08送达，告知五个工作日内陈述申辩/要求听证（至08-15届满），决定书却于2022-08-11作出，卷内无书面放弃。SERV-02：告知书送达回证（06号文件）送达方式为直接送达，但收件人签名栏和见证人栏均空白。EXEC-02：加处罚款按3000元×3%×54天计为4860元并已收缴，超过罚款本数3000元。其他：罚款3000元低于食品安全法第一百二十五条第一款5000元下限，但卷内写明行政处罚法第三十二条第（一）项主动召回减轻危害后果的减轻理由，不属LAW-05；违法所得1800=120×15正确；缴款合计9660=3000+4860+1800，与罚款及加处罚款一致。citations中行政处罚法第三十二条第（一）项为决定书“依据”中一并引用的减轻依据。",
      fields=dict(agency=case05.AG, party=dict(name=case05.PARTY, kind="单位", credit_code=case05.CC, id_number=None),
                  penalty=dict(fine_yuan=3000, procedure="普通"),
                  dates=dict(filing=iso(case05.d_file), notice=iso(case05.d_gz), decision=iso(case05.d_dec), decision_served=iso(case05.d_srv)),
                  citations=[cit(FOOD, 67, 1, 1, "violated"), cit(FOOD, 125, 1, 2, "penalty"), cit(APL, 32, None, 1, "penalty")])),
 dict(case_id=case06.CASE_ID, codes=[], encoding="utf-8",
      notes="干净案卷，简易程序（当场处罚）。对个人（个体工商户经营者）罚款200元未超过行政处罚法第五十一条200元上限；两名执法人员签名并有证号；当场交付并签收；2025年决定书写明对当场处罚决定应当先申请行政复议，税务系统垂直领导，复议机关为上一级税务局（遵义市税务局）正确；有执法音像记录编号；因2024年已适用首违不罚，本次不属首次违法；罚款经电子税务局缴纳、有完税证明，金额一致；已报法制部门备案。无页脚页码，卷内目录按物理页计算。",
      fields=dict(agency=case06.AG, party=dict(name=case06.PARTY, kind="个人", credit_code=case06.CC, id_number=case06.PID),
                  penalty=dict(fine_yuan=200, procedure="简易"),
                  dates=dict(filing=None, notice=None, decision=iso(case06.d_dec), decision_served=iso(case06.d_dec)),
                  citations=[cit(TAX, 25, 1, None, "violated"), cit(TAX, 62, None, None, "penalty")])),
]

if __name__ == "__main__":
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in LABELS:
            rec = {k: rec[k] for k in ("case_id", "codes", "notes", "encoding", "fields")}
            rec["codes"] = sorted(rec["codes"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(LABELS))
