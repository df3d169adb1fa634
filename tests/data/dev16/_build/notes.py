"""Label notes: where each planted defect sits and why; for clean cases why each trap is lawful.
Page numbers are the volume's own 第N页 numbers (cover, 卷内目录 and 备考表 are unnumbered)."""
NOTES = {
    "dev16-01-liaoning-gufei": (
        "CLEAN. Scanned PDF: the hidden OCR layer has deliberate slips (除尘夾, 苦盖, 围档, 询间, 陈迷, stray spaces) but codes, dates, amounts are intact. "
        "Trap 1 (early decision): 事先（听证）告知书 鞍环罚告〔2022〕31号 served 2022-05-30 gives 5 working days (2022-06-03 端午 is a holiday, so the period ends 2022-06-07); "
        "the 决定书 (p.13-14) is dated 2022-06-06, one working day early, but on 2022-06-01 the party filed a written statement (p.11) that it has no objection and expressly waives the hearing and further 陈述申辩 (APL 2021 Art 62: explicit waiver). "
        "Trap 2: 更正通知书 (p.10) corrects a clerical date (2022年4月21日 -> 4月12日) in the served 告知书, served 2022-05-31; period kept running from the original service. "
        "Trap 3: 罚款 120,000 paid in two instalments (60,000 on 2022-06-21 and 2022-07-20) after a written application and 负责人 approval (p.16, APL Art 66 款2); vouchers p.17 sum to the fine, so no EXEC-01. "
        "Fine 12万 lies in 固废法(2020) Art 102 款2 range 10万-100万 for item (十); 从轻 reasoned on APL Art 32(一). 法制审核 (p.7, 2022-05-25) and 集体讨论 (p.12, 2022-06-02) precede the decision; 立案 2022-04-14 to decision 53 days; decision served 2 working days later."),
    "dev16-02-guangxi-jianzhu": (
        "LAW-05: 决定书 (p.11-12, 南建罚〔2018〕057号) fines 80,000 yuan under 《建设工程安全生产管理条例》第六十五条第（二）项, whose range is 10万-30万元 (plus mandatory 责令停业整顿, also omitted); "
        "the only grounds given are 配合调查/已完成验收 '酌情从轻' — no statutory 减轻 ground (APL 2017 Art 27) is stated, so the fine is below the statutory minimum. "
        "SERV-03: the 送达回证 for the 决定书 (p.13) names the document 行政处罚决定书 but gives the 文号 南建罚告〔2018〕057号, which is the 事先告知书's number, not 南建罚〔2018〕057号. "
        "Pre-2021 case: cites APL 2017 numbering (Art 31/32/42, 51(一)) correctly; hearing period 3 days; 复议 to 市政府 or 自治区住建厅 is right for 2018. Pre-立案 责令改正 (p.1) and 复查 (p.2) are inspections, not investigation steps out of order."),
    "dev16-03-yunnan-yifei": (
        "SUBJ-02: 询问笔录 (p.4) lists 询问人 '杨晓东（执法证号：53030224016）、李雪' - the second officer has no certificate number on that record (she has one, 53030224022, on the 现场笔录 p.2 and elsewhere). "
        "DOC-07: 行政处罚决定书 (p.10, 麒卫医罚〔2024〕009号) states '罚款人民币柒仟元整（¥7,500.00）': 大写 7000 and 小写 7500 disagree; the 告知书 (p.8), payment voucher (p.12, 7000) and 结案 (p.13) say 7000, so fine_yuan is 7000. "
        "Not defects: party is a 个体工商户 (92… code) with operator ID; 复议 to 曲靖市麒麟区人民政府 is correct for a 2024 decision; 告知书 served 2024-04-09, 5 working days end 2024-04-16, decision 2024-04-22; Qingming (04-04..06) is before service. Payment 2024-05-06 is within 15 days of service 04-23."),
    "dev16-04-hebei-chaoxian": (
        "PROC-05: 违法行为通知书（事先告知书） 沧交罚告〔2015〕0413号 (p.6) served 2015-06-04 allows 3 days to 陈述申辩/request a hearing (APL 2017 Art 42 wording '三日内'); the 决定书 (p.8) is dated 2015-06-05, inside the period, and the file has no written waiver (the party only answered questions in the 询问笔录). "
        "EXEC-02: the 缴款凭证 (p.11) charges 加处罚款 15,600 yuan (65 days x 3% x 8,000) on an 8,000 yuan fine; 加处罚款 may not exceed the fine (APL 2017 Art 51(一); 行政强制法 Art 45), so at most 8,000 could be charged. The 催告书 (p.10) itself states the cap. "
        "Not defects: pre-2021 law numbering is right for 2015; 6-month 起诉期限 is right after 2015-05-01; fine 8,000 is within 公路法 Art 76 '三万元以下'."),
    "dev16-05-tianjin-anquan": (
        "ARCH-01: 卷内目录 gives 询问笔录 as 4-5 and shifts every later entry back by one page (证据清单 6, 调查终结报告 7 … 决定书 12-13, 结案审批表 16), but the 询问笔录 really runs p.4-6 (third page is the ID-copy attachment) and the later documents are one page later (证据清单 p.7 … 决定书 p.13-14 … 结案审批表 p.17). "
        "DISC-01: 决定书 (p.13) and 调查终结报告 (p.8) impose 50,000 yuan, the maximum of 安全生产法(2014) Art 94 first tier ('可以处五万元以下'), with no 从重/从轻 circumstance or reason at all. "
        "Not defects: the 2014 安全生产法 is the version in force in 2020 (2021 amendment from 2021-09-01); 告知书 served 2020-09-30, the 3-day period runs over the 2020 National Day/Mid-Autumn holiday (10-01..08) and 10-10 was a 调休 workday; decision 2020-10-16."),
    "dev16-06-jiangxi-jiage": (
        "简易程序 folder of five 150 dpi greyscale PNG scans: 001.png cover, 002.png 卷内目录 (both unnumbered), 003-005.png = 第1-3页. "
        "LAW-02: the 当场行政处罚决定书 (第1页) cites '违反了《中华人民共和国价格法》第十三条的规定' without 款; Art 13 has two 款 (款1 明码标价, 款2 不得在标价之外加价), the facts fall under 款1. "
        "DOC-02: the same decision (dated 2025-05-14, an on-the-spot decision) tells the party it may apply for 复议 within 60 days 'or' sue within 6 months; since 2024-01-01 行政复议法 Art 23(一) and 款2 require 复议前置 for 当场作出的行政处罚决定 and the agency must say so. "
        "Not defects: 1,500 yuan on an organisation is within the 3,000 yuan 简易程序 limit (APL 2021 Art 51) and within 价格违法行为行政处罚规定 Art 13 ('5000元以下'); 复议机关 青山湖区人民政府 is right; payment 2025-05-20 is within 15 days; 备案 recorded."),
    "dev16-07-shanghai-lvxingshe": (
        "CLEAN. Trap 1 (holiday): 事先告知书 served 2021-09-29 with a 5-working-day hearing period; the written hearing request is dated 2021-10-11, 12 calendar days later, but 2021-10-01..07 were holidays and 2021-10-09 a 调休 workday, so 10-11 is only the 4th working day: timely. "
        "Trap 2 (over 90 days): 立案 2021-07-16, decision 2021-11-01 = 108 days, but a 延长办案期限审批表 (p.9) approved by the 负责人 on 2021-10-12 (before day 90, 2021-10-14) extends the limit by 30 days to 2021-11-13 (APL 2021 Art 60 '法律、法规、规章另有规定'; the sector rule allows extension). "
        "Trap 3: hearing notice served 2021-10-13 for a hearing on 2021-10-25: 7 full working days lie in between (10-14..10-22), meeting APL Art 64(二); chair 周敏 is not an investigator; 法制审核 (p.13, 10-28) required by Art 58(二) and present before the decision; 集体讨论 p.14. "
        "Trap 4: fine 30,000 is the statutory minimum of 旅游法 Art 100 and carries reasons (初次, 未造成滞留, 主动退还差价 -> APL Art 32(一) 从轻); mandatory 停业整顿 is imposed. The violation (April 2021) predates APL 2021 but all procedure is after 2021-07-15, so 2021 numbering is right. "
        "决定书 runs over p.15-16 with a 骑缝章 drawn across the page break; 送达回证 pages (p.7, p.17) are landscape."),
    "dev16-08-gansu-lamu": (
        "EVID-03: 调查终结报告 (p.6) and 决定书 (p.10) state 滥伐林木价值 5,680 yuan while the same file gives 7.2 m3 x 650 yuan/m3 (鉴定意见 p.5), i.e. 4,680 yuan; the fine 17,040 = 3 x 5,680 inherits the error (3-5x of the true value would be 14,040-23,400, so the fine itself stays in range and LAW-05 is not labelled). "
        "PROC-03: 立案 2023-03-06, 决定书 2023-07-12 = 128 days, no extension approval or excluded period in the file (鉴定 took 2 weeks in March but no 期间告知). "
        "Not defects: 森林法(2019) in force from 2020-07-01; the act ended 2022-12-10, well within 2 years; 7.2 m3 is below the 滥伐 criminal threshold; hearing rights given (individual, 17,040 yuan); 复议 to 区政府 or 市林草局 is right for 2023 (before 2024-01-01)."),
}
