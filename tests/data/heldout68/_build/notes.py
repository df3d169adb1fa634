"""Reviewer notes written into labels.jsonl (page numbers = printed page numbers unless stated)."""
NOTES = {
    "ho68_01_tj_tzsb": (
        "PROC-05: 行政处罚告知书 (printed p.9, PDF page 11) gives 五个工作日 for 陈述申辩/听证, served 2024-05-10 (送达回证 p.10). "
        "Counting working days (2024-05-11 Saturday was a 调休 workday): 05-11, 05-13, 05-14, 05-15, 05-16, so the period ended 2024-05-16; "
        "the 决定书 (p.11) is dated 2024-05-14 with no waiver and no statement in the file. "
        "DOC-07: 结案审批表 (p.15) records the penalty as 罚款人民币叁万元整 while 告知书, 决定书 and the 缴款书 (p.13) all say 35,000. "
        "Not defects: 集体讨论 (p.8) and 法制审核 (p.7) precede the notice; publication on 2024-05-24 is 7 working days after the decision; "
        "remedy clause names 天津市滨海新区人民政府 (correct for a 2024 decision)."),
    "ho68_02_hb_shuiwuran": (
        "LAW-02: 决定书 (DOCX section 13) and 事先（听证）告知书 (section 11) cite 《水污染防治法》第八十三条 without 项; Art 83 has four items and the facts fall under item (二) 超标排放. "
        "SERV-03: the 决定书 送达回证 (section 14) names 行政处罚决定书（宜市环罚〔2019〕63号） while the decision is 宜市环罚〔2019〕36号. "
        "DISC-01: the fine 100,000 元 is the statutory minimum of Art 83; neither the 调查报告 (section 8) nor the 决定书 states any 裁量 ground (从轻/一般), and the 集体讨论 gives none. "
        "Pre-2021 case: 告知书 correctly cites 行政处罚法(2017) 第三十一条、第三十二条、第四十二条 and the 3-day hearing window (served 2019-06-18, window ended 2019-06-21; decision 2019-07-01). "
        "Decision served 2019-07-03, 2 working days."),
    "ho68_03_jl_chaoxian": (
        "EVID-01: the 询问笔录 (printed 〔第4页〕) records neither that officers showed their 执法证件 / stated their identity nor that the party was told of the right to apply for 回避 (the 现场检查笔录 on p.2 does record showing certificates, the 询问笔录 does not). "
        "ARCH-01: the 卷内目录 lists 询问笔录 as 第4-5页 and 证据材料（复印件） as 第6页, but the 询问笔录 is only page 4 and the evidence is page 5 (page 6 is the 调查终结报告). "
        "Not defects: same-day notice and decision are lawful because the party waived 陈述申辩 and 听证 in writing on the 告知书 (p.8); "
        "2015 case cites 行政处罚法 old numbering (第三十一条、第三十二条、第四十二条) and 三日 hearing window, correct for the time; 起诉期限 六个月 is correct after 2015-05-01. File is GBK with CRLF line ends."),
    "ho68_04_hlj_nongyao": (
        "Clean. Traps: (1) 立案 2022-06-16 to 决定 2022-09-30 is 106 days, but an extension of 30 days was approved by the 负责人 on 2022-09-09 (p.6), before day 90 (2022-09-14), so the decision is within the extended limit (2022-10-14). "
        "(2) 决定书 dated 2022-09-30 was served 2022-10-10: 10 calendar days but only 3 working days (National Day 10-01..10-07; 10-08 and 10-09 were 调休 workdays). "
        "(3) Service was by 留置送达 (p.12): the party refused, a 社区居委会 member witnessed and signed, and photos/video were taken (民事诉讼法 第八十九条). "
        "(4) Fine 5,000 元 is the minimum of 《农药管理条例》第五十七条 with stated 从轻 grounds (初次违法、货值小、配合). "
        "Voucher 5,266 = 罚款 5,000 + 没收违法所得 266 (7 袋 × 38 元). 告知书 served 2022-09-16, 五个工作日 ended 2022-09-23. "
        "Scanned pages 6, 10 and 13 of the PDF are rotated (180°, 90°, 180°)."),
    "ho68_05_gz_tudi": (
        "PROC-03: 立案 2025-03-10 (02_立案审批表.pdf), 决定书 2025-07-08 (11_行政处罚决定书.pdf): 120 days, and the folder holds no extension approval. "
        "DOC-02: the 决定书 (dated 2025-07-08) tells the party to apply for 复议 to 遵义市自然资源局 (the 上一级主管部门); since 2024-01-01 the 复议机关 for a 区 department is 遵义市播州区人民政府. "
        "Not defects: fine 486.5 m² × 150 元 = 72,975 元 is inside 实施条例 第五十七条 (100–1000 元/m²); 法制审核 (06-03) and 集体讨论 (06-05) precede the notice; "
        "告知书 served 2025-06-10, five working days ended 2025-06-17; decision served 2025-07-10 (2 working days). Files 02, 03, 05, 08, 10, 12, 13 are image-only scans."),
    "ho68_06_sx_gonggongweisheng": (
        "简易程序 (当场处罚), decided and handed over 2021-03-16, before 2021-07-15, so 行政处罚法(2017) limits apply (法人或者其他组织 ≤1000 元): 警告 + 800 元 is lawful. "
        "DOC-02: the 当场行政处罚决定书 (02.png) states the 起诉期限 as 三个月; it has been 六个月 since 2015-05-01. "
        "SUBJ-02: the 现场检查笔录 (01.png) names the second 监督员 马婧 with an empty 执法证号 field. "
        "No 立案/告知 documents are expected in a 简易 case; 备案表 (05.png) dated next day."),
    "ho68_07_fj_xiaofang": (
        "Clean. Traps: (1) the working copy puts documents out of procedural order (决定书 first, 目录 in the middle); each page keeps its original 第N页 number and the 目录 ranges match them. "
        "(2) 告知书 (第8页) proposes 35,000 元 and the 决定书 (第12页) imposes 30,000 元: lowered after 陈述申辩 (第11页 复核意见), which is lawful. "
        "(3) a 更正通知书 (第10页, served 2023-04-27) corrects the inspection date in the 告知书 and restarts the five-working-day period: 04-28, 05-04, 05-05, 05-06 (Saturday 调休 workday), 05-08; decision 2023-05-10 is after it. "
        "(4) 分期缴纳 approved 2023-05-15 (第14页): two vouchers of 15,000 元 (第15页) sum to the fine. "
        "(5) the decision is issued by a 县级 消防救援大队, which is itself a 消防救援机构 under 《消防法》 and not an internal unit. 立案 2023-04-12 to decision 2023-05-10 = 28 days."),
    "ho68_08_cq_zhatu": (
        "PROC-08: 事先告知书 (p.7) proposes 罚款 120,000 元; after the party's 陈述申辩 (p.9) the 集体讨论 (p.10) raised it and the 决定书 (p.11) imposes 150,000 元. "
        "EXEC-02: the 缴款书 (p.14) shows 加处罚款 166,500 元 = 150,000 × 3% × 37 days (2026-02-12 to 2026-03-20), more than the fine itself (cap 150,000). "
        "Not defects: voucher total 316,500 = 150,000 + 166,500 as charged; 告知书 served 2026-01-12, five working days ended 2026-01-19, decision 2026-01-26; "
        "decision served 2026-01-27; 复议机关 渝北区人民政府 correct for 2026; fine within 《固体废物污染环境防治法》第一百一十一条第二款 (10万–100万)."),
}
