"""Write tests/data/dev5/labels.jsonl from the hand-kept labels below (IDs taken from the case modules)."""

from __future__ import annotations

import json

import case01
import case02
import case03
import case04
import case05
import case06
import case07
import case08
from common import OUT

AQ = "中华人民共和国安全生产法"
TAX = "中华人民共和国税收征收管理法"
AIR = "中华人民共和国大气污染防治法"
ROAD = "中华人民共和国道路交通安全法"
PRICE = "中华人民共和国价格法"
PRICE_RULE = "价格违法行为行政处罚规定"
FIRE = "中华人民共和国消防法"
FOOD = "中华人民共和国食品安全法"
PQ = "中华人民共和国产品质量法"


def cit(law: str, art: int, para: int | None, item: int | None, role: str) -> dict:
    return {"law": law, "article": art, "paragraph": para, "item": item, "role": role}


LABELS = [
    {
        "case_id": case01.NAME,
        "codes": [],
        "notes": "干净案卷。现场检查（5月7日）早于立案（5月8日）属检查发现线索，正常；告知书5月23日直接送达并告知听证权，"
        "当事人5月24日书面放弃听证，决定6月4日作出，期限已届满；决定6月5日送达（1个工作日）；罚款2万元在第九十四条"
        "“五万元以下”幅度内并说明一般情形理由；询问笔录二人带证号、出示证件并告知回避；委托代理人有授权委托书；"
        "银行回单金额与决定一致；卷内目录页次与页脚一致。",
        "encoding": "utf-8",
        "fields": {
            "agency": case01.AG,
            "party": {"name": case01.PARTY, "kind": "单位", "credit_code": case01.CODE, "id_number": None},
            "penalty": {"fine_yuan": 20000, "procedure": "普通"},
            "dates": {"filing": "2018-05-08", "notice": "2018-05-23", "decision": "2018-06-04",
                      "decision_served": "2018-06-05"},
            "citations": [cit(AQ, 25, 1, None, "violated"), cit(AQ, 94, None, 3, "penalty")],
        },
    },
    {
        "case_id": case02.NAME,
        "codes": ["DOC-04", "SERV-01", "SERV-02", "SUBJ-02"],
        "notes": "SUBJ-02：询问笔录询问人“田甜”名后无执法证号（立案表和检查报告中有，但笔录上缺）。"
        "SERV-02/DOC-04：告知书的税务文书送达回证“受送达人签名或盖章”栏及日期空白，无留置送达见证人（同一缺陷，"
        "回证签收栏为必签栏，故两码均标）。SERV-01：决定书2019年9月26日作出，10月14日直接送达，"
        "其间含国庆假期，9月29日、10月12日为调休上班日，实为第9个工作日，超过7个工作日。"
        "罚款1000元低于税务个人听证标准2000元，告知书未设听证不构成PROC-02。复议机关为上一级税务机关（垂直领导），正确。",
        "encoding": "gb18030",
        "fields": {
            "agency": case02.AG,
            "party": {"name": case02.PARTY, "kind": "个人", "credit_code": case02.CODE, "id_number": case02.PID},
            "penalty": {"fine_yuan": 1000, "procedure": "普通"},
            "dates": {"filing": "2019-08-20", "notice": "2019-09-10", "decision": "2019-09-26",
                      "decision_served": "2019-10-14"},
            "citations": [cit(TAX, 15, 1, None, "violated"), cit(TAX, 60, 1, 1, "penalty")],
        },
    },
    {
        "case_id": case03.NAME,
        "codes": ["PROC-02", "PROC-05"],
        "notes": "PROC-02：拟对单位罚款3万元（属较大数额罚款，单位1万元以上），事先告知书（赛住建罚告〔2020〕17号）"
        "只告知陈述申辩权，未告知听证权利。PROC-05：告知书2020年7月6日送达，载明三日内陈述申辩，"
        "决定书7月8日即作出，当事人无书面放弃。其他要素完整：二人执法且有证号、出示证件告知回避、"
        "7月9日送达决定（1个工作日），缴款书金额一致。",
        "encoding": "utf-8",
        "fields": {
            "agency": case03.AG,
            "party": {"name": case03.PARTY, "kind": "单位", "credit_code": case03.CODE, "id_number": None},
            "penalty": {"fine_yuan": 30000, "procedure": "普通"},
            "dates": {"filing": "2020-06-16", "notice": "2020-07-06", "decision": "2020-07-08",
                      "decision_served": "2020-07-09"},
            "citations": [cit(AIR, 69, 3, None, "violated"), cit(AIR, 115, 1, 1, "penalty")],
        },
    },
    {
        "case_id": case04.NAME,
        "codes": [],
        "notes": "干净的简易程序案卷（2022年，适用2021年行政处罚法）。对个人当场罚款100元，未超过二百元；"
        "道路交通安全法第一百零七条亦允许交通警察当场处二百元以下罚款；决定书载明违法事实、依据、罚款数额、时间地点、"
        "复议（60日，2024年前可向本级政府或上一级主管部门）和诉讼（6个月）途径、机关名称，交警签名并注明警号，加盖印章，"
        "当场交付并由当事人签收；执法记录仪全程记录；缴款凭证100元。交警支队是法律授权的公安机关交通管理部门，"
        "不是内设机构；第一百零七条第一款为当场处罚的程序依据，不列入citations。",
        "encoding": "utf-8",
        "fields": {
            "agency": case04.AG,
            "party": {"name": case04.PARTY, "kind": "个人", "credit_code": None, "id_number": case04.PID},
            "penalty": {"fine_yuan": 100, "procedure": "简易"},
            "dates": {"filing": None, "notice": None, "decision": "2022-11-16", "decision_served": "2022-11-16"},
            "citations": [cit(ROAD, 51, None, None, "violated"), cit(ROAD, 90, None, None, "penalty")],
        },
    },
    {
        "case_id": case05.NAME,
        "codes": ["EVID-03", "SERV-03"],
        "notes": "EVID-03：调查终结报告和决定书均写“312桶×12.5元＝3950元”，实际乘积为3900元，违法所得多认定50元"
        "（罚款按3950元的三倍11850元计，与所载违法所得自洽，故不另标DOC-07）。SERV-03：听证告知书文号为"
        "榆市监听告〔2020〕31号，其送达回证写成“榆市监听告〔2020〕13号”。其余：听证告知书9月7日送达，当事人9月9日"
        "申请听证，9月11日通知、9月21日举行听证（间隔超过七日），有听证报告、法制审核（9月24日）和集体讨论（9月28日），"
        "均早于9月29日决定；决定9月30日送达；银行回单15800元＝3950＋11850；立案至决定57日。",
        "encoding": "gb18030",
        "fields": {
            "agency": case05.AG,
            "party": {"name": case05.PARTY, "kind": "单位", "credit_code": case05.CODE, "id_number": None},
            "penalty": {"fine_yuan": 11850, "procedure": "普通"},
            "dates": {"filing": "2020-08-03", "notice": "2020-09-07", "decision": "2020-09-29",
                      "decision_served": "2020-09-30"},
            "citations": [cit(PRICE, 14, None, 4, "violated"), cit(PRICE_RULE, 7, None, None, "penalty")],
        },
    },
    {
        "case_id": case06.NAME,
        "codes": [],
        "notes": "干净案卷（2022年，适用2021年行政处罚法条序）。责令停止使用并罚款5万元，属听证类，告知书告知听证权，"
        "五个工作日自4月27日送达起算，跨“五一”假期（4月30日至5月4日放假），届满日为5月7日（周六调休上班），"
        "当事人4月29日书面放弃听证；法制审核5月10日、集体讨论5月12日均早于5月13日决定；决定5月16日送达（1个工作日）；"
        "罚款在第五十八条“三万元以上三十万元以下”内并说明一般情形；经批准分两期缴纳，两张回单合计5万元；"
        "卷内目录页次与页脚一致。",
        "encoding": "utf-8",
        "fields": {
            "agency": case06.AG,
            "party": {"name": case06.PARTY, "kind": "单位", "credit_code": case06.CODE, "id_number": None},
            "penalty": {"fine_yuan": 50000, "procedure": "普通"},
            "dates": {"filing": "2022-04-11", "notice": "2022-04-27", "decision": "2022-05-13",
                      "decision_served": "2022-05-16"},
            "citations": [cit(FIRE, 13, 3, None, "violated"), cit(FIRE, 58, 1, 2, "penalty")],
        },
    },
    {
        "case_id": case07.NAME,
        "codes": ["DOC-09", "EXEC-02", "LAW-03", "LAW-04"],
        "notes": "LAW-04/LAW-03（同一处错误）：2017年决定仍按2009年食品安全法条序引用“第二十八条第（八）项”“第八十五条第（八）项”，"
        "2015年修订后第二十八条为标准制定条款、无项，第八十五条为食品检验条款、无项，正确应为第三十四条第（十）项、"
        "第一百二十四条第一款第（五）项。罚款1万元低于现行第一百二十四条5万元下限，但决定书写明行政处罚法第二十七条第一款"
        "第（一）项减轻理由，故不标LAW-05。EXEC-02：催告书按每日百分之四计算加处罚款8000元（逾期20日，法定上限为每日3%即6000元），"
        "缴款凭证18000元与罚款＋所计加处罚款一致，故不标EXEC-01。DOC-09：事先告知书（哈道食药罚告〔2017〕21号）末尾"
        "只有机关名称和日期，无印章标记（其余外发文书均有（印章））。先行登记保存7月3日、处理决定7月10日，在7个工作日内。"
        "决定书写“依据食品安全法第八十五条第（八）项及行政处罚法第二十七条第一款第（一）项”，减轻依据作为处罚依据列入citations。",
        "encoding": "utf-8",
        "fields": {
            "agency": case07.AG,
            "party": {"name": case07.PARTY, "kind": "个人", "credit_code": case07.CODE, "id_number": case07.PID},
            "penalty": {"fine_yuan": 10000, "procedure": "普通"},
            "dates": {"filing": "2017-07-04", "notice": "2017-07-24", "decision": "2017-08-10",
                      "decision_served": "2017-08-11"},
            "citations": [
                cit(FOOD, 28, None, 8, "violated"),
                cit(FOOD, 85, None, 8, "penalty"),
                cit("中华人民共和国行政处罚法", 27, 1, 1, "penalty"),
            ],
        },
    },
    {
        "case_id": case08.NAME,
        "codes": ["ARCH-01", "EVID-01", "SUBJ-01"],
        "notes": "SUBJ-01：2019年4月23日现场检查笔录只列检查人白云飞一人（记录人也是他本人），另一执法人员未到场。"
        "EVID-01：4月25日询问笔录（问答式）没有记载出示执法证件，也没有告知申请回避的权利（现场检查笔录和抽样单有记载）。"
        "ARCH-01：检验报告实为3页（第3-5页），卷内目录记为“3-4”，其后各项页次均少1页（如决定书实为第13-14页，目录记12-13），"
        "目录末页16而全卷共17页。其余：抽样二人；检验结果告知并给予复检期；告知书含听证权（单位罚款13800元）；"
        "决定5月28日，邮寄送达5月30日；罚款为货值金额一倍，在50%以上3倍以下内；回单15550元＝1750＋13800。",
        "encoding": "utf-8",
        "fields": {
            "agency": case08.AG,
            "party": {"name": case08.PARTY, "kind": "单位", "credit_code": case08.CODE, "id_number": None},
            "penalty": {"fine_yuan": 13800, "procedure": "普通"},
            "dates": {"filing": "2019-04-22", "notice": "2019-05-17", "decision": "2019-05-28",
                      "decision_served": "2019-05-30"},
            "citations": [cit(PQ, 39, None, None, "violated"), cit(PQ, 50, None, None, "penalty")],
        },
    },
]


def main() -> None:
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in LABELS:
            rec["codes"] = sorted(rec["codes"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
