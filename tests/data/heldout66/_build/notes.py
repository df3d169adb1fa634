# -*- coding: utf-8 -*-
"""Codes and reviewer notes per case. {key} placeholders become page numbers of that document."""

CODES = {
    "ho66-01-tianjin-jiliang": ["EVID-01", "ARCH-01"],
    "ho66-02-shanxi-yanhua": ["PROC-05", "LAW-05"],
    "ho66-03-guizhou-cehui": ["EVID-03", "LAW-02"],
    "ho66-04-hubei-yangchen": [],
    "ho66-05-shanghai-zhiye": ["PROC-04", "SERV-03"],
    "ho66-06-fujian-zhatu": ["DOC-02"],
    "ho66-07-chongqing-wangyueche": [],
    "ho66-08-heilongjiang-zhongzi": ["SUBJ-01", "DISC-01", "EXEC-01"],
}

NOTES = {
"ho66-01-tianjin-jiliang":
"GBK text, form feed between pages, 第N页 footer on numbered pages (cover, 目录, 备考表 unnumbered). "
"EVID-01: the 询问笔录 (pp.{xunwen}, 2015-10-23) records neither that the officers showed their 执法证件 nor that the person questioned was told of the right to apply for 回避; the 现场检查笔录 (p.{xianchang}) does record both, the 询问笔录 does not. "
"ARCH-01: the 卷内目录 lists the 询问笔录 as a single page and every later entry one page too early (from the 证据材料 down to the 结案审批表, which the 目录 puts one page before its real p.{jiean}), but the 询问笔录 occupies pp.{xunwen} (its second page is the attached 授权委托书), so the 证据材料 starts on p.{zhengju} and the 结案审批表 is p.{jiean}. "
"Not defects: fine 1000元 is the top of 《计量法实施细则》第四十三条 (可并处1000元以下) and the 决定书 states 从重 grounds (four months, 1263 weighings, 20+ customers); 2015 decisions cite the pre-2021 行政处罚法 numbering (第三十一条, 第三十二条第一款, 第五十一条第（一）项); the 告知书 was served 2015-11-05 and its 三日 period ended before the decision of 2015-11-12 (22 days after 立案 2015-10-21); 诉讼 period 六个月 is right after 2015-05-01.",

"ho66-02-shanxi-yanhua":
"Scanned greyscale image-only PDF (no text layer), slight skew and noise, grey seal rings, handwritten-style page numbers. "
"PROC-05: the 行政处罚告知书 (p.{gaozhi}) gives 三日 from receipt for 陈述申辩 and 听证 requests; it was served 2019-01-14 (送达回证 p.{songda1}) and the 行政处罚决定书 (p.{jueding}) is dated 2019-01-15, one day later, with no written waiver in the file. "
"LAW-05: 《烟花爆竹安全管理条例》第三十六条第一款 sets a fine of 2万元以上10万元以下; the 决定书 imposes 15,000元 and gives only 从轻 circumstances (初次经营、认错态度较好、积极配合), which cannot go below the minimum; no 减轻 ground is stated. "
"Not defects: 先行登记保存 approved by the 局长 on 2018-12-27 and dealt with by the 处理决定书 of 2019-01-03, 4 working days later (2018-12-29 was a make-up workday, 12-30 to 1-1 holiday); goods value 8070元 and sales 1120元 stated as below the criminal threshold in the 调查终结报告; 法制审核 and 集体讨论 before the decision.",

"ho66-03-guizhou-cehui":
"Text-layer PDF, two columns on document pages, running header with the 决定书 文号, footer — N —. "
"EVID-03: the 调查终结报告 (pp.{baogao}), the 告知书 (p.{gaozhi}) and the 决定书 (pp.{jueding}) state 违法所得 65,600元 while listing the two receipts it consists of, 30,000元 (2019-09-12) and 25,600元 (2019-11-20), which the 证据提取单 (p.{zhengju}) and the 询问笔录 also show: they add up to 55,600元; 65,600元 was confiscated and paid. "
"LAW-02: the violated provision is cited as 《中华人民共和国测绘法》第二十七条 with no 款, although that article has two 款 in the 2017 text (第一款 the 资质管理制度, 第二款 the conditions and the duty to hold a 资质证书); the facts fall under 第二款. "
"Not defects: penalty provision 第五十五条第一款 is exact; fine 86,400元 = one time the 约定报酬, the lowest multiple, with stated 从轻 grounds; the 2020 告知书 uses the old 三日 period and old 行政处罚法 numbering; served 2020-06-23, 陈述申辩 2020-06-24, 复核 2020-06-30, decision 2020-07-03.",

"ho66-04-hubei-yangchen":
"Clean. Text-layer PDF with ruled tables, footer 第 N 页. Traps, all lawful: "
"(1) the 决定书 of 2022-09-29 is 104 days after 立案 (2022-06-17), but the 案件办理期限延长审批表 (p.{yanqi}) signed by the 局长 on 2022-09-14, before the 90-day limit ended on 2022-09-15, extends it by 30 days to 2022-10-15; "
"(2) the 事先（听证）告知书 was served by 留置送达 on 2022-09-05 (送达回证 p.{songda1}): refusal recorded, a 管委会 witness with ID number signed, photos and video noted (民事诉讼法 第八十九条); "
"(3) the 5-working-day period from that service ended 2022-09-13 because of the 中秋 holiday 2022-09-10 to 09-12, so the written 陈述申辩 of 2022-09-13 (p.{shenbian}) is in time and was reviewed; "
"(4) the 决定书 was handed over on 2022-10-10, 11 calendar days after the decision but only 4 working days (国庆 10-01 to 10-07; 10-08 and 10-09 were make-up workdays); "
"(5) 现场检查 and 立案 on the same day. Fine 50,000元 within 1万–10万 of 第一百一十七条第（二）项 with benchmark reasons; 复议 to 孝感市人民政府 or 湖北省生态环境厅 is right for a 2022 decision.",

"ho66-05-shanghai-zhiye":
"DOCX, Word tables for forms, the 询问笔录 (p.{xunwen}) as plain paragraphs; each page ends with a typed 第 N 页. "
"PROC-04: the 行政处罚审批表 (p.{spb}) carries the 负责人 approval dated 2023.5.9, one day after the 行政处罚决定书 (p.{jueding}) dated 2023年5月8日: the decision was issued before the head approved it. "
"SERV-03: the 送达回证 for the 决定书 (p.{songda2}) names 行政处罚决定书 but gives the 文号 嘉卫职罚告〔2023〕17号, the number of the 事先告知书; the 决定书 is 嘉卫职罚〔2023〕17号. "
"Not defects: 告知书 served 2023-04-18, its 5-working-day period ended 2023-04-24 (2023-04-23 was a make-up workday); fine 60,000元 within 5万–10万 of 第七十一条 with stated reasons; 法制审核 and 集体讨论 dated before the decision; 复议 to 嘉定区人民政府 or 市卫健委 right for 2023.",

"ho66-06-fujian-zhatu":
"Folder of colour JPG phone photos (perspective, shadow, red seal) of a 简易程序 file: 当场行政处罚决定书, 现场照片, 缴款凭证, 备案登记表. "
"DOC-02: the 当场行政处罚决定书 (IMG_20240620_010.jpg) dated 2024-06-18 says the party may apply for 复议 within 六十日 or sue within 六个月; since 2024-01-01 a 当场 decision is subject to 复议前置 (行政复议法 2023 第二十三条第一款第（一）项, 第二款) and the party must be told to apply for 复议 first. "
"Not defects: 警告 + 罚款100元 on an individual is within 200元 for 简易程序 and within 第二十六条 (个人200元以下), with 从轻 reasons; two officers with 执法证号; seal; party signature; paid 2024-06-19; 备案 2024-06-20.",

"ho66-07-chongqing-wangyueche":
"Clean. UTF-8 text; every page starts with a case-system header block giving the 卷内页码; form feed between pages. Traps, all lawful: "
"(1) the 告知书 (p.{gaozhi}) proposes 8,000元 and the 决定书 (p.{jueding}) imposes 5,000元 after the 陈述申辩 and 复核 (pp.{shenbian}) — lowered, within 3,000–10,000 of 第三十四条第一款第（二）项; "
"(2) the 决定书 dated 2025-01-24 was received by EMS on 2025-02-06 (送达回证 p.{songda2}): 13 calendar days, 4 working days (春节 2025-01-28 to 02-04; 2025-01-26 a make-up workday), the postal receipt date being the service date; "
"(3) the fine was paid in two instalments of 2,500元 (2025-02-20 and 2025-03-18) under an approved 分期缴纳 (pp.{fenqi}), so the 15-day term is replaced by the approved schedule and the vouchers sum to the fine; "
"(4) the 现场笔录 and the passenger's 询问笔录 are dated the same day as the 立案登记表 (2024-12-10, 立案 signed at 21时); "
"(5) the 告知书 文号 has year 2024 and the 决定书 2025. 复议 to 重庆市沙坪坝区人民政府 is right after 2024-01-01; 告知 served 2024-12-31, 5-working-day period to 2025-01-08, 陈述申辩 2025-01-03.",

"ho66-08-heilongjiang-zhongzi":
"Folder, one file per document (.txt UTF-8, .docx, .pdf); files numbered in 卷 order, page numbers run across files as listed in 01_卷内目录.docx. "
"SUBJ-01: the 现场检查（勘验）笔录 (03_现场检查笔录.pdf, p.{xianchang}) names one 执法人员, 孙立伟, who is also the recorder, and bears one officer signature. "
"DISC-01: the fine of 20,000元 is the maximum of 《中华人民共和国种子法》第七十九条 (二千元以上二万元以下) and neither the 调查终结报告 (p.{baogao}) nor the 决定书 (p.{jueding}) states any 从重 circumstance or reason for the amount. "
"EXEC-01: the 结案审批表 (p.{jiean}) says the fine was paid on 2026-04-15 and closes the case, but the file holds no 缴款凭证 or bank receipt. "
"Not defects: 告知书 served 2026-03-25, 5-working-day period ended 2026-04-01; decision 2026-04-07 (after 清明 04-04 to 04-06), handed over the same day; the 询问笔录 names two officers with 证号.",
}
