"""Write ``labels.jsonl`` for held-out corpus 5 from the case modules' own constants.

Run: ``python labels_src.py`` (from this folder).  The facts (party, IDs, dates, amounts) are taken
from the modules that wrote the volumes, so a label cannot drift from its volume; codes, notes and
citations are written here by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import case01
import case02
import case03
import case04
import case05
import case06
import case07
import case08

OUT = Path(__file__).resolve().parent.parent / "labels.jsonl"

ENCODING = {"scan-pdf": "scan-pdf", "photos": "photos", "mixed-pdf": "mixed-pdf", "txt": "utf-8"}

LAW_AD = "中华人民共和国广告法"
LAW_AIR = "中华人民共和国大气污染防治法"
LAW_ROAD = "中华人民共和国道路运输条例"
LAW_SAFE = "中华人民共和国安全生产法"
LAW_PRICE = "中华人民共和国价格法"
RULE_PRICE = "明码标价和禁止价格欺诈规定"
LAW_WASTE = "中华人民共和国固体废物污染环境防治法"
LAW_QUALITY = "中华人民共和国产品质量法"


def cite(law: str, article: int, paragraph: int | None, item: int | None, role: str) -> dict:
    """One citation of the decision as written."""
    return {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}


def iso(d) -> str | None:
    return d.isoformat() if d else None


def record(
    mod, codes: list[str], notes: str, party: dict, fine: int, procedure: str, dates: dict, cites
) -> dict:
    return {
        "case_id": mod.CASE_ID,
        "codes": sorted(codes),
        "notes": notes,
        "encoding": ENCODING[mod.FORMAT],
        "fields": {
            "agency": mod.AGENCY,
            "party": party,
            "penalty": {"fine_yuan": fine, "procedure": procedure},
            "dates": {k: iso(v) for k, v in dates.items()},
            "citations": cites,
        },
    }


def dates_of(mod) -> dict:
    """The four labelled dates of a case module that has them all."""
    return {
        "filing": mod.D_FILE,
        "notice": mod.D_NOTICE,
        "decision": mod.D_DECIDE,
        "decision_served": mod.D_SERVE,
    }


def unit(mod) -> dict:
    return {"name": mod.PARTY, "kind": "单位", "credit_code": mod.CREDIT, "id_number": None}


def person(mod) -> dict:
    return {"name": mod.PARTY, "kind": "个人", "credit_code": None, "id_number": mod.PID}


def labels() -> list[dict]:
    c1, c2, c3, c4, c5, c6, c7, c8 = case01, case02, case03, case04, case05, case06, case07, case08
    return [
        record(
            c1,
            [],
            "无缺陷。难点：罚款3万元低于广告法第五十七条“二十万元以上”的下限，但决定书和调查终结报告均写明"
            "减轻理由（立案前主动删除违法用语，行政处罚法第三十二条第（一）项），不构成LAW-05；减轻处罚经"
            "法制审核（4月11日）和负责人集体讨论（4月12日），均早于决定；告知书4月14日直接送达，五个工作日"
            "期满为4月21日，决定4月25日作出；决定次日直接送达；告知书载明听证权利；公示记录见结案审批表。"
            "决定书跨两页（第8-9页），卷内目录页码与实际一致。",
            unit(c1),
            c1.FINE,
            "普通",
            {
                "filing": c1.D_FILE,
                "notice": c1.D_NOTICE,
                "decision": c1.D_DECIDE,
                "decision_served": c1.D_SERVE,
            },
            [cite(LAW_AD, 9, None, 3, "violated"), cite(LAW_AD, 57, None, 1, "penalty")],
        ),
        record(
            c2,
            ["EXEC-02", "PROC-05"],
            "PROC-05：事先告知书（2019年6月4日，当日直接送达项目经理）给予“收到本告知书之日起三日内”陈述申辩"
            "和听证申请期，决定书却于6月5日作出，期限未届满，卷内无当事人放弃权利的书面表示。"
            "EXEC-02：罚款3万元，当事人6月6日收到决定书，6月21日缴款期满，至8月26日缴款逾期66日，缴款凭证"
            "和结案报告载明加处罚款59400元（66日×900元），超过罚款本数3万元（行政强制法第四十五条）；凭证合计"
            "89400元与罚款加加处罚款一致，故不另标EXEC-01。适用2017年行政处罚法条文序号（第三十一条、第三十二条、"
            "第四十二条、第五十一条），属当时有效版本。",
            unit(c2),
            c2.FINE,
            "普通",
            {
                "filing": c2.D_FILE,
                "notice": c2.D_NOTICE,
                "decision": c2.D_DECIDE,
                "decision_served": c2.D_SERVE,
            },
            [cite(LAW_AIR, 69, 3, None, "violated"), cite(LAW_AIR, 115, 1, 1, "penalty")],
        ),
        record(
            c3,
            ["EVID-03", "SUBJ-02"],
            "SUBJ-02：现场检查笔录（第2页）执法人员写作“刘洋（执法证号：37020224013）、孙浩”，孙浩无执法证号"
            "（询问笔录中二人均有证号）。EVID-03：决定书列明羊肉串120串×3元=360元、鸡翅15串×8元=120元、啤酒"
            "24瓶×5元=120元，合计应为600元，却认定违法所得680元（告知书、决定书、缴款凭证、结案报告均为680元，"
            "前后一致，故不标DOC-07）。先行登记保存烧烤工具于6月21日经负责人批准，7月1日决定没收，在七个工作日"
            "内；立案前的现场检查属正常的发现违法行为。缴款凭证页照片为横向拍摄（旋转90度）。",
            person(c3),
            c3.FINE,
            "普通",
            {
                "filing": c3.D_FILE,
                "notice": c3.D_NOTICE,
                "decision": c3.D_DECIDE,
                "decision_served": c3.D_DECIDE,
            },
            [cite(LAW_AIR, 81, 3, None, "violated"), cite(LAW_AIR, 118, 3, None, "penalty")],
        ),
        record(
            c4,
            ["DOC-02", "PROC-10"],
            "PROC-10：当场行政处罚决定书（简易程序）对自然人梁志明罚款500元，超过简易程序对公民200元的上限"
            "（行政处罚法第五十一条），应适用普通程序。DOC-02：决定书2025年3月18日当场作出，救济途径写“六十日内"
            "申请行政复议，或者在六个月内直接向人民法院提起行政诉讼”，未告知当场处罚决定须先申请行政复议"
            "（行政复议法2023年第二十三条）。罚款500元在道路运输条例第六十四条200-2000元幅度内；当场告知了陈述"
            "申辩权（告知情况栏），执法记录仪已记录。无立案和事先告知书日期（简易程序）。",
            person(c4),
            c4.FINE,
            "简易",
            {"filing": None, "notice": None, "decision": c4.D_DECIDE, "decision_served": c4.D_DECIDE},
            [cite(LAW_ROAD, 22, None, 3, "violated"), cite(LAW_ROAD, 64, None, None, "penalty")],
        ),
        record(
            c5,
            [],
            "无缺陷（重大案件全流程）。难点：责令停产停业整顿+罚款12万元（安全生产法第九十七条逾期未改正档"
            "10万-20万元）属听证类，告知书载明听证权；9月26日送达，9月28日申请听证（五个工作日内）；听证通知"
            "9月29日送达，听证10月14日——其间经过国庆假期，10月8日、9日为调休工作日，满七个工作日；主持人孙明"
            "非调查人员；听证后法制审核10月18日、集体讨论10月19日，均早于10月20日决定；次日送达；立案至决定45日。"
            "立案审批表、结案报告为办案系统打印的电子签名文书（文字层页面），笔录、回证、听证申请书为扫描页。"
            "立案前的现场检查和复查属发现违法行为的正常检查。",
            unit(c5),
            c5.FINE,
            "普通",
            {
                "filing": c5.D_FILE,
                "notice": c5.D_NOTICE,
                "decision": c5.D_DECIDE,
                "decision_served": c5.D_SERVE,
            },
            [cite(LAW_SAFE, 30, 1, None, "violated"), cite(LAW_SAFE, 97, None, 7, "penalty")],
        ),
        record(
            c6,
            ["LAW-03", "SERV-02"],
            "LAW-03：决定书写“违反了《中华人民共和国价格法》第十三条第二款和《明码标价和禁止价格欺诈规定》"
            "第二十八条的规定”，该规定（2022年）共二十七条，第二十八条不存在（应为第八条）；告知书未引此条。"
            "SERV-02：行政处罚决定书的送达回证（直接送达）“受送达人签名或盖章”栏空白，见证人及备注栏亦空白，"
            "无留置送达记录，仅有收到日期2023年9月12日和送达人签名。没收违法所得2650元=3120元（312单×10元）"
            "减已主动退还的470元，卷内写明，不属计算错误；告知书8月31日送达，五个工作日期满9月7日，决定9月11日。",
            unit(c6),
            c6.FINE,
            "普通",
            {
                "filing": c6.D_FILE,
                "notice": c6.D_NOTICE,
                "decision": c6.D_DECIDE,
                "decision_served": c6.D_SERVE,
            },
            [
                cite(LAW_PRICE, 13, 2, None, "violated"),
                cite(RULE_PRICE, 28, None, None, "violated"),
                cite(LAW_PRICE, 42, None, None, "penalty"),
            ],
        ),
        record(
            c7,
            ["PROC-02", "SERV-01"],
            "PROC-02：拟对单位罚款25万元（固废法第一百零二条第一款第（七）项、第二款，处置费用不足十万元按十万元"
            "计算的2.5倍），属较大数额罚款，但事先告知书（2021年9月6日）只告知陈述、申辩权（引行政处罚法第四十四条、"
            "第四十五条），未告知听证权利。SERV-01：决定书2021年9月24日作出，9月26日为调休工作日、10月1日至7日为"
            "国庆假期、10月9日为调休工作日，至10月11日才交寄EMS，10月12日签收，为第9个工作日，超过七个工作日。"
            "法制审核（9月1日）和集体审议（9月3日）均在决定前；告知书五个工作日期满9月13日。文本为无手写签名的"
            "转录件，签名处写姓名，不据此标DOC-04。",
            unit(c7),
            c7.FINE,
            "普通",
            {
                "filing": c7.D_FILE,
                "notice": c7.D_NOTICE,
                "decision": c7.D_DECIDE,
                "decision_served": c7.D_SERVE,
            },
            [
                cite(LAW_WASTE, 20, 1, None, "violated"),
                cite(LAW_WASTE, 102, 1, 7, "penalty"),
                cite(LAW_WASTE, 102, 2, None, "penalty"),
            ],
        ),
        record(
            c8,
            ["ARCH-01", "DOC-07"],
            "DOC-07：决定书罚款写作“人民币玖仟玖佰元整（¥9,990.00）”，大写9900元与小写9990元不一致（告知书、缴款凭证、"
            "结案审批表均为9900元）。ARCH-01：卷内目录把检验报告登记为第3-4页，其后各件页号均后移一页（决定书登记为"
            "10页，实际第9页），而检验报告只有第3页，案卷实际12页。货值金额9900元=60卷×165元，违法所得1890元="
            "42卷×（165－120）元，计算无误；罚款为货值一倍，在百分之五十至三倍幅度内。适用2017年行政处罚法条文序号。",
            unit(c8),
            c8.FINE,
            "普通",
            {
                "filing": c8.D_FILE,
                "notice": c8.D_NOTICE,
                "decision": c8.D_DECIDE,
                "decision_served": c8.D_SERVE,
            },
            [cite(LAW_QUALITY, 39, None, None, "violated"), cite(LAW_QUALITY, 50, None, None, "penalty")],
        ),
    ]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in labels():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
