"""Write tests/data/heldout64/labels.jsonl: one hand label per case volume.

The defect codes and notes are the writer's judgement; the fields come from the
same case modules that produced the volumes, so names, codes and dates cannot
drift apart.  Usage: python3 tests/data/heldout64/_build/labels.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import ROOT, paginate  # noqa: E402

ENCODING = {"docx": "docx", "pdf-image": "pdf-image", "gbk": "gbk", "folder": "folder",
            "pdf-table": "pdf-text", "pdf-prose": "pdf-text", "utf8": "utf-8"}

LABELS = {
    "h64-01-tongji-2017": (
        ["ARCH-01", "SUBJ-02"],
        "SUBJ-02: the 统计执法检查现场笔录 (2017-05-08, printed pp. 2-3) names the second officer 韩振东 as 检查人 "
        "without his 执法证号; every other record gives it (37030317011). ARCH-01: the 卷内目录 lists 询问笔录（吕春燕） "
        "as pp. 6-7 although it has three pages (6-8); from there on every entry is one page short (e.g. 统计行政处罚决定书 "
        "listed 21-22, actually 22-23; 结案审批表 listed 26, actually 27) - the 目录 was typed before the third page was "
        "added. Not defects: the 现场检查 (05-08) predates 立案 (05-10) because it is the inspection that produced the "
        "lead; the 询问笔录 carry their own '第1页 共2页' counters besides the volume page numbers; 2017 行政处罚法 "
        "numbering (第三十一条、第三十二条第一款、第四十二条第一款、第五十一条第（一）项) is right for 2017; 复议 to 区政府 "
        "or 市统计局 was right before 2024; fine 3万 inside 统计法第四十一条第二款 (5万以下) with stated reasons."),
    "h64-02-yancao-2018": (
        ["EVID-03", "SERV-01"],
        "EVID-03: the 案件调查终结报告 table (printed p. 9) multiplies 玉溪（软） 9条 x 220元 as 2,580元 (should be "
        "1,980元), so the 进货总额 stated there and repeated in the 告知书 and 决定书, 11,290元, is 600元 more than the sum "
        "of quantity x price given by the same file (10,690元); the fine 903.20元 is 8% of the wrong total (it is still "
        "within 5%-10% of the true total, so no range defect). SERV-01: 行政处罚决定书 泰烟罚〔2018〕21号 dated 2018-05-16 "
        "was posted on 05-28 and signed for on 2018-05-30: 10 working days after the decision (more than 7). Not "
        "defects: 现场检查 (04-12) before 立案 (04-13) is the inspection that found the case; no hearing notice for a "
        "903.20元 fine on a 个体工商户; 复议 to 吉安市烟草专卖局 or 县政府 was right in 2018; the scan has a grey "
        "seal ring on the 告知书 and 决定书."),
    "h64-03-wangba-2019": (
        [],
        "Clean. Three things look wrong and are lawful: (1) the 处罚决定书 (柳文旅罚〔2019〕18号, 2019-09-05) was served "
        "by 留置送达 on 2019-09-09: the legal representative refused to sign, a 社区居委会 worker witnessed and signed, "
        "the reason was written down, photos and 执法记录仪 recorded it (民事诉讼法(2017) 第八十六条), so the 送达回证 "
        "rightly has no recipient signature; (2) the 6,000元 fine was paid as 3,000元 on 09-20 and 3,000元 on 10-25 under "
        "an approved 分期缴纳 (application 09-10, approval and notice 09-12, 行政处罚法(2017) 第五十二条): the second "
        "payment is after the 15-day term but inside the approved schedule, and each voucher differs from the fine; "
        "(3) the 事先告知书 misstates the inspection date as 8月1日; an 更正通知书 (柳文旅更〔2019〕2号) served 08-26 "
        "corrected it and re-opened a 3-day period before the decision. Also lawful: inspection at 23:40; old-law "
        "3-day 陈述申辩/听证 periods; service 4 days after the decision (old 第四十条, 7 days)."),
    "h64-04-jianzhulaji-2021": (
        ["LAW-03", "LAW-04"],
        "The whole file (责令改正通知书, 调查终结报告, 法制审核, 告知书, 决定书) cites 《中华人民共和国固体废物污染环境"
        "防治法》第四十六条 as the violated rule and 第七十四条第一款第（四）项、第二款 as the penalty basis: the numbering "
        "of the 2016 text. The 2020 revision had been in force since 2020-09-01, before the violation (2021-06-01/02) and "
        "the decision (2021-08-09). LAW-04: the numbering only exists in the superseded version. LAW-03: in the 2020 text "
        "第七十四条 is a one-paragraph article without items (opening the 危险废物 chapter), so 第一款第（四）项 and 第二款 "
        "do not exist. The correct basis is 第六十三条第三款 / 第一百一十一条第一款第（四）项、第二款. Not labelled: LAW-02 "
        "(the facts fall under no 款 of the in-force 第四十六条, the fault is the version, not precision); LAW-05 "
        "(100,000元 is inside both the cited old range 1万-10万 and the correct 10万-100万). Not defects: top of the "
        "cited range with stated 从重 grounds; pre-filing inspection; documents signed by a 受托人 with 授权委托书."),
    "h64-05-laowupaiqian-2022": (
        ["DISC-01", "EXEC-01", "PROC-05"],
        "PROC-05: the 行政处罚告知书 涪人社罚告〔2022〕9号 (dated 05-31, served 2022-06-01) gives five working days for "
        "陈述申辩/听证; with the 端午 holiday (06-03) the period ends 2022-06-09, but the 决定书 is dated 2022-06-07 and "
        "says no 陈述申辩 was made; the party's written 陈述申辩书 arrived 06-08 and sits after the decision; no waiver. "
        "EXEC-01: the 结案审批表 (07-05) states 25,680元 paid on 06-20 but the file holds no payment voucher (none listed "
        "in the 目录 either). DISC-01: the fine equals 1x 违法所得 (12,840元), the statutory minimum of 劳动合同法第九十二条"
        "第一款 (1-5x), and neither the 调查终结报告 nor the 决定书 gives any 裁量 circumstance; the 法制审核 only says "
        "'处罚适当'. Not defects: amounts add up (15x5x120 + 8x4x120 = 12,840); hearing right given; 复议 to 区政府 or "
        "市人社局 was right in 2022."),
    "h64-06-qixie-2023": (
        [],
        "Clean. Three things look wrong and are lawful: (1) the 决定书 (2023-09-28) is 107 days after 立案 (06-13): the "
        "负责人 approved a 30-day extension on 09-08, before day 90 (09-11), under the 市场监管 90+30-day rule, so the "
        "limit was 10-11; (2) the 决定书 was signed for on 2023-10-10, 12 calendar days after the decision but only 4 "
        "working days (中秋/国庆 holiday 09-29 to 10-06; 10-07 and 10-08 were 调休 workdays); (3) the fine 10,000元 is "
        "below the 2万 minimum of 医疗器械监督管理条例第八十六条 for 货值 under 1万 (275元): 减轻处罚 under 行政处罚法"
        "第三十二条第（一）项 (use stopped the same day, full stock check, all 41 patients called back without adverse "
        "events), stated in the 调查终结报告, 法制审核, 集体讨论, 告知书 and 决定书. Also lawful: written waiver of "
        "陈述申辩/听证 (09-19); confiscated devices destroyed with a record; 复议 to 区政府 or 市局 was right before 2024."),
    "h64-07-xiaofang-2025": (
        ["DOC-02", "PROC-10"],
        "PROC-10: the 当场行政处罚决定书 五消当罚决〔2025〕0047号 imposes 300元 on a natural person on the spot; 简易程序 "
        "allows at most 200元 for a citizen (行政处罚法第五十一条). 300元 itself is inside 消防法第六十条第二款 (警告或者"
        "五百元以下), so no range defect. DOC-02: an on-the-spot decision dated 2025-05-20 (after 2024-01-01) tells the "
        "party it may apply for 复议 or sue directly within six months, omitting that 复议 must come first and that the "
        "agency must say so (行政复议法(2023)第二十三条第一款第（一）项、第二款). Not defects: the decision is issued in "
        "the name of 昆明市五华区消防救援大队, a 消防救援机构 with its own power under 消防法第四条、第七十条, not an "
        "internal unit; no 立案审批表 or separate 告知书 in a 简易 case (the decision records the oral 告知 and that no "
        "陈述申辩 was made); reasons for the amount are stated."),
}


def build_labels():
    import build
    rows = []
    for case in build.load_cases():
        codes, notes = LABELS[case.case_id]
        lab = case.label
        rows.append({
            "case_id": case.case_id,
            "codes": sorted(codes),
            "encoding": ENCODING[case.fmt],
            "notes": notes,
            "fields": {
                "agency": lab["agency"],
                "party": {k: lab["party"][k] for k in ("name", "kind", "credit_code", "id_number")},
                "penalty": {"fine_yuan": lab["penalty"]["fine_yuan"], "procedure": lab["penalty"]["procedure"]},
                "dates": {k: lab["dates"][k] for k in ("filing", "notice", "decision", "decision_served")},
                "citations": [{k: c[k] for k in ("law", "article", "paragraph", "item", "role")}
                              for c in lab["citations"]],
            },
        })
    out = ROOT / "labels.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {out.name} ({len(rows)} cases)")


if __name__ == "__main__":
    build_labels()
