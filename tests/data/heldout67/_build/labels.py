"""Write labels.jsonl from the case metadata and the page manifest."""
import json
import os

APL17 = "《中华人民共和国行政处罚法》"


def cit(law, article, paragraph, item, role):
    return {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}


def page_of(man, title_key):
    for e in man["entries"]:
        if e["title"] == title_key:
            return e.get("first")
    return None


def write(root, metas, M):
    L = {}

    m = M["hj2019_wuxi_vocs"]
    L["hj2019_wuxi_vocs"] = dict(
        codes=["PROC-05", "ARCH-01"], encoding=None, procedure="普通",
        citations=[cit("《中华人民共和国大气污染防治法》", 45, None, None, "violated"),
                   cit("《中华人民共和国大气污染防治法》", 108, None, 1, "penalty")],
        notes=(f"PROC-05: the 行政处罚事先（听证）告知书 (锡环罚告〔2019〕73号, content p.{page_of(m, '行政处罚事先（听证）告知书')}) gives three days from receipt for 陈述申辩 and for a 听证 request; "
               "its 送达回证 shows receipt on 2019-05-21, so the period ran at least to 2019-05-24, but the 集体讨论 (2019-05-22) and the 行政处罚决定书 "
               "(2019-05-23) came before it ended; no written waiver exists, and the 决定书 even says the party raised nothing 'within the period'. "
               f"ARCH-01: the 卷内目录 (second PDF page) gives 调查询问笔录 as pages {[e for e in m['shown'] if e['title']=='调查询问笔录'][0]['pages']} while the numbered footers show it runs "
               f"{[e for e in m['entries'] if e['title']=='调查询问笔录'][0]['pages']}; every later 目录 entry is one page too high (e.g. 行政处罚决定书 listed "
               f"{[e for e in m['shown'] if e['title']=='行政处罚决定书'][0]['pages']}, actually {[e for e in m['entries'] if e['title']=='行政处罚决定书'][0]['pages']}). "
               "Pre-2021 file: 行政处罚法 2017 numbering (第三十一条、第三十二条第一款、第四十二条第一款, 第五十一条第（一）项) is correct for the time; "
               "复议 to 无锡市人民政府 or 江苏省生态环境厅 was a lawful choice under the 2017 复议法. Fine 50000 lies in 2万–20万."),
    )

    L["sj2023_jinhua_food"] = dict(
        codes=[], encoding=None, procedure="普通",
        citations=[cit("《中华人民共和国食品安全法》", 34, None, 10, "violated"),
                   cit("《中华人民共和国食品安全法》", 124, 1, 5, "penalty"),
                   cit("《中华人民共和国行政处罚法》", 32, None, 1, "penalty")],
        notes=("Clean. Traps: (1) fine 20000 is below the 50000 minimum of 食品安全法 第一百二十四条第一款 for 货值 under 10000 yuan, but the file states a 减轻 ground "
               "(行政处罚法 第三十二条第（一）项: goods pulled the same day, buyers refunded and products recalled, no harm), the 审核表 and a 集体讨论 (2023-09-20) approve it, "
               "and the 告知书 already proposed 20000, so the decision is not heavier than notified; (2) 立案 2023-06-20 to 决定 2023-09-27 is 99 days, but an "
               "有关事项审批表 dated 2023-09-12 approved a 30-day extension to 2023-10-18 (市场监督管理行政处罚程序规定 allows 30 days with 负责人 approval); "
               "(3) the 决定书 was served 2023-10-09, 12 calendar days after the decision, but only 4 working days (2023-09-29 to 10-06 were the 中秋/国庆 holiday; "
               "10-07 and 10-08 were 调休 workdays); (4) the party's 陈述申辩 (2023-08-29) was within 5 working days of service (2023-08-25) and was reviewed and answered in writing. "
               "Remedy clause names 金华市金东区人民政府 and 60 days / 6 months, correct for a 2023 decision under the 2017 复议法 as well. "
               "Money: 罚款 20000 plus 没收违法所得 19.50 = 20019.50 paid 2023-10-16; fine_yuan is the 罚款 only."),
    )

    m = M["jt2020_zhoukou_cargo"]
    L["jt2020_zhoukou_cargo"] = dict(
        codes=["DOC-07", "SERV-03"], encoding="gb18030", procedure="普通",
        citations=[cit("《道路运输条例》", 24, 1, 1, "violated"), cit("《道路运输条例》", 63, None, None, "penalty")],
        notes=(f"DOC-07: in the 行政处罚决定书 (周交罚〔2020〕0156号, page {page_of(m, '行政处罚决定书')}) the fine reads 人民币叁万伍仟元（￥30000.00）: the 大写 says 35000, the 小写 30000; "
               "告知书, 调查终结报告, 集体讨论, 缴款书 and 结案审批表 all say 30000, so fine_yuan is 30000. "
               f"SERV-03: the 送达回证 for the 决定书 (page {page_of(m, '送达回证') and [e for e in m['entries'] if e['title']=='送达回证'][1]['first']}) names the document as 行政处罚决定书 but gives the "
               "文号 周交罚告〔2020〕0156号, which is the 事先告知书's number, not the 决定书's 周交罚〔2020〕0156号. "
               "Pre-2021 file: 行政处罚法 2017 numbering is right for 2020; 道路运输条例 2019 text (第二十四条, 第六十三条: 违法所得不足2万元 → 3万–10万元) was in force; "
               "fine at the statutory minimum is reasoned (初次, 违法所得少, 如实陈述). Notice served 2020-07-24 with a three-day period; decision 2020-07-31 after it ended. "
               "Also 没收违法所得 2800 (confiscation, not part of fine_yuan). File is GB18030 with form feeds between pages; 封面 and 目录 are unnumbered."),
    )

    L["wl2024_hengyang_netbar"] = dict(
        codes=["PROC-10", "DOC-02"], encoding=None, procedure="简易",
        citations=[cit("《互联网上网服务营业场所管理条例》", 21, 2, None, "violated"),
                   cit("《互联网上网服务营业场所管理条例》", 31, None, 5, "penalty")],
        notes=("PROC-10: the 当场行政处罚决定书 (蒸文旅当罚〔2024〕17号, scanned page 4, numbered 第2页) imposes 警告 plus a 5000-yuan fine on a company "
               "under the 简易程序; 行政处罚法 第五十一条 allows on-the-spot fines of at most 3000 yuan for 法人或者其他组织 (the fine itself is within 条例 第三十一条's 15000 cap). "
               "DOC-02: the same decision (dated 2024-05-18) tells the party it may apply for 复议 to 衡阳市文化旅游广电体育局 (the 上一级主管部门, not vertically led) "
               "or sue directly within six months; under 行政复议法 (2023) 第二十三条 an on-the-spot decision requires 复议前置 and 第二十四条 makes 衡阳市蒸湘区人民政府 the 复议机关. "
               "No filing / notice dates: 简易程序, no 立案 or 事先告知 required. Scanned image-only PDF, greyscale, slight skew; seals grey."),
    )

    L["sl2021_ganzhou_spoil"] = dict(
        codes=[], encoding=None, procedure="普通",
        citations=[cit("《中华人民共和国水土保持法》", 28, None, None, "violated"),
                   cit("《中华人民共和国水土保持法》", 55, None, None, "penalty")],
        notes=("Clean. Traps: (1) the 决定书 was served by EMS: posted 2021-09-30, receipt signed 2021-10-09 (10 calendar days after the 2021-09-29 decision) — "
               "only 3 working days because 2021-10-01..07 was the 国庆 holiday and 2021-10-09 (Saturday) was a 调休 workday; the 回证 records the EMS number, the "
               "postal delivery record and the 送达地址确认书; (2) the fine 35400 was paid in two instalments of 17700 (2021-10-21 and 2021-11-19) after a written "
               "application and an approval dated 2021-10-15 under 行政处罚法 第六十六条第二款; the two receipts add up to the fine; (3) a hearing was requested "
               "on 2021-08-18 (3rd working day after service on 2021-08-13, within 5), the 听证通知书 was served 2021-08-20 for a hearing on 2021-09-01 "
               "(7 working days' notice), chaired by 曾庆华 who did not investigate; 法制审核 (2021-09-10) and 集体讨论 (2021-09-16) both precede the decision; "
               "(4) the fine is computed from quantity: 2360 m³ × 15 yuan = 35400, inside 10–20 yuan/m³ of 第五十五条, with reasons. 立案 2021-07-20 to decision 2021-09-29 = 71 days. "
               "Folder: one file per document (.txt UTF-8 with BOM, .docx, text .pdf) and a 00 file with cover, 目录 and 备考表."),
    )

    m = M["yj2016_mianyang_training"]
    L["yj2016_mianyang_training"] = dict(
        codes=["EVID-01", "LAW-02", "EXEC-01"], encoding=None, procedure="普通",
        citations=[cit("《中华人民共和国安全生产法》", 25, 1, None, "violated"),
                   cit("《中华人民共和国安全生产法》", 94, None, None, "penalty")],
        notes=(f"EVID-01: the 询问笔录 (numbered page {[e for e in m['entries'] if e['title']=='询问笔录'][0]['pages']}, photo file "
               f"IMG_2016{[e for e in m['entries'] if e['title']=='询问笔录'][0]['first']+1:04d}.jpg) starts straight with the questions: it records neither that the officers showed their "
               "certificates nor that the party was told of the right to ask for 回避 (the 现场检查记录 does record 出示执法证件). "
               "LAW-02: the 告知书, 调查终结报告 and 行政处罚决定书 cite 安全生产法 (2014) 第九十四条 as the penalty basis without the 项; that article has six 项 and the facts "
               "fall under 第（三）项. EXEC-01: the 结案审批表 (last photo) says the fine of 20000 was paid on 2016-05-27 and the case is closed, but the file holds no "
               "缴款凭证 or bank receipt. 2016 file: 安全生产监督管理局 was the competent agency then; 行政处罚法 2009 numbering (same as 2017) is correct; the fine (≤5万) is in range. "
               "Folder of JPG phone photos (perspective, shadow); the first photo is the 卷内目录, page numbers are written bottom-right."),
    )

    L["zj2025_foshan_property"] = dict(
        codes=["PROC-04", "DOC-03"], encoding="utf-8", procedure="普通",
        citations=[cit("《物业管理条例》", 37, None, None, "violated"), cit("《物业管理条例》", 62, None, None, "penalty")],
        notes=("PROC-04: the 法制审核意见书 is dated 2025-05-30, two days after the 行政处罚决定书 (2025-05-28) and one day after it was served (2025-05-29); "
               "in the export it also sits after the 决定书 and its 送达回证. DOC-03: the 行政处罚决定书's 文号 is 南建水罚〔2025〕号 — the sequence number was never "
               "filled in (system header line and the 送达回证 show the same empty number), so it is not of the form 机关代字〔年份〕序号号. "
               "Other points are lawful: 告知书 served 2025-04-28, five working days ran to 2025-05-08 (05-01..05 holiday); 立案 2025-03-07 to decision 82 days; "
               "复议 to 佛山市南海区人民政府 (correct after 2024-01-01); fine 30000 in 1万–10万 with reasons; 收益 21000 is not confiscated but used for common parts as 第六十二条 says. "
               "UTF-8 text exported from a case system; each document starts with a 文书名称 | 文书编号 | 生成时间 line."),
    )

    m = M["yc2022_qujing_wholesale"]
    L["yc2022_qujing_wholesale"] = dict(
        codes=["EVID-03", "SUBJ-02", "DISC-01"], encoding=None, procedure="普通",
        citations=[cit("《中华人民共和国烟草专卖法》", 15, None, None, "violated"),
                   cit("《中华人民共和国烟草专卖法实施条例》", 24, None, None, "violated"),
                   cit("《中华人民共和国烟草专卖法》", 31, None, None, "penalty"),
                   cit("《中华人民共和国烟草专卖法实施条例》", 54, None, None, "penalty")],
        notes=(f"EVID-03: the 涉案卷烟价值计算表 (page {page_of(m, '涉案卷烟价值计算表')}) lists 9200 + 5750 + 2850 + 5200 = 23000 yuan but its 合计 says 24,150; the "
               "调查终结报告, 告知书 and 决定书 all adopt 24150 as the 违法批发的卷烟价值, and the fine 14490 is 60% of the wrong figure (60% of 23000 = 13800; "
               "14490 is still inside 50%–100% of 23000, so no range defect). "
               f"SUBJ-02: in the first 询问笔录 (page {page_of(m, '询问笔录')}) the 记录人 杨丽萍 has no 执法证号 beside her name (the 询问人 has one; other records give hers). "
               "DISC-01: neither the 调查终结报告 nor the 决定书 gives any reason why 60% of the value was chosen within the 50%–1倍 range of 实施条例 第五十四条 "
               "(no 从轻/一般/从重 circumstance is discussed, although the file shows a first offence and no 违法所得). "
               "Lawful points: 先行登记保存 approved by the 负责人 before it was applied and decided on 2022-03-22 (5 working days); notice served 2022-04-13, "
               "five working days ran to 2022-04-20, decision 2022-04-25. Text PDF with a running header on every page after the cover and 第N页 共M页 footers; "
               "short documents follow on the same page and long ones continue across pages."),
    )

    out = []
    for cid, meta in metas.items():
        lab = L[cid]
        D = meta["D"]
        out.append({
            "case_id": cid,
            "codes": lab["codes"],
            "encoding": lab["encoding"],
            "notes": lab["notes"],
            "fields": {
                "agency": meta["agency"],
                "party": {"name": meta["party"], "kind": meta["kind"], "credit_code": meta["cc"], "id_number": meta["idn"]},
                "penalty": {"fine_yuan": meta["fine"], "procedure": lab["procedure"]},
                "dates": {"filing": D.get("filing"), "notice": D.get("notice"), "decision": D["decision"],
                          "decision_served": D["decision_served"]},
                "citations": lab["citations"],
            },
        })
    with open(os.path.join(root, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
