"""Cases 13-24 of decisions15 (invented texts, real agency place names)."""
from cases_a import c, dates, R60_6M, R60_3M

CASES_B = []

# ---------------------------------------------------------------- 13
CASES_B.append({
    "file": "13_文化旅游.txt",
    "source": "invented by writer 87; imitates a 不予行政处罚决定书 (首违不罚) published by a district 文旅 bureau; no real URL",
    "domain": "文化旅游",
    "text": """
株洲市芦淞区文化旅游广电体育局
不予行政处罚决定书
芦文旅不罚〔2025〕3号

当事人：芦淞区极速空间网咖
统一社会信用代码：{CC13}
经营者：黄**
经营场所：株洲市芦淞区***路***号二楼
《网络文化经营许可证》编号：湘网文〔2019〕****-***

　　2025年3月27日，本局执法人员对当事人经营场所进行日常检查，发现当事人未在营业场所入口处显著位置悬挂未成年人禁入标志。现场未发现未成年人上网。执法人员当场责令改正，当事人于2025年3月28日悬挂了标志并提交了整改照片。本局于2025年3月31日立案调查。
　　以上事实有现场检查笔录、现场照片、整改照片、询问笔录、营业执照及《网络文化经营许可证》复印件等证据为证。
　　当事人的上述行为违反了《互联网上网服务营业场所管理条例》第二十一条的规定，依照该条例第三十一条第（五）项，应当由文化行政部门给予警告，可以并处15000元以下的罚款。
　　经查，当事人系初次违法，违法行为持续时间短，未造成危害后果，且已及时改正，符合《中华人民共和国行政处罚法》第三十三条第一款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，亦属于《湖南省文化市场轻微违法行为免罚清单》所列不予处罚情形。本局已对当事人进行了批评教育。
　　依据《中华人民共和国行政处罚法》第三十三条第一款、第三款的规定，本局决定对当事人不予行政处罚。
　　当事人如不服本决定，可以自收到本决定书之日起六十日内向株洲市芦淞区人民政府申请行政复议，或者自收到本决定书之日起六个月内向株洲市芦淞区人民法院提起行政诉讼。

株洲市芦淞区文化旅游广电体育局
2025年4月18日
""",
    "label": {
        "doc_type": "不予行政处罚决定书",
        "agency": "株洲市芦淞区文化旅游广电体育局",
        "doc_number": "芦文旅不罚〔2025〕3号",
        "party": "芦淞区极速空间网咖",
        "credit_code": "$CC13",
        "cited_articles": [
            c("《互联网上网服务营业场所管理条例》", 21, None, None, "violated"),
            c("《互联网上网服务营业场所管理条例》", 31, None, 5, "other", "penalty provision quoted but NOT applied"),
            c("《中华人民共和国行政处罚法》", 33, 1, None, "penalty", "basis of the 不予处罚 decision"),
            c("《中华人民共和国行政处罚法》", 33, 3, None, "penalty", "教育 duty"),
            c("《湖南省文化市场轻微违法行为免罚清单》", None, None, None, "other", "免罚清单 by name"),
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": dates("2025-03-31", None, "2025-04-18", None, inspection="2025-03-27", correction="2025-03-28"),
        "remedy_days": R60_6M,
        "discretion": "不予处罚",
        "completeness": "complete",
        "procedure": "普通",
        "notes": "No penalty (首违不罚). The text quotes the statutory penalty '可以并处15000元以下的罚款' — that amount is NOT a fine: fine_yuan null. 第三十一条第（五）项 is cited only to say what the penalty would have been (role other); the operative basis is 行政处罚法 第三十三条第一款、第三款 (role penalty, as the provision under which the decision is made). The 许可证编号 湘网文〔2019〕… looks like a 文号 but is a licence number. 2025: review to the 区人民政府 only.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 14
CASES_B.append({
    "file": "14_税务.txt",
    "source": "invented by writer 87; imitates a 2017 地方税务局稽查局 税务行政处罚决定书 copied from a 重大税收违法案件 disclosure page, ASCII punctuation; no real URL",
    "domain": "税务",
    "text": """
广州市地方税务局第一稽查局
税务行政处罚决定书
穗地税稽一罚[2017]45号

广州恒晟装饰工程有限公司:(纳税人识别号:{CC14})
地址:广州市天河区***路***号***房
法定代表人:梁**

经我局(所)于2017年3月6日至2017年6月30日对你(单位)2014年1月1日至2015年12月31日纳税情况进行检查,你(单位)存在违法事实及处罚决定如下:
一、违法事实
你单位2014年至2015年通过在账簿上不列、少列工程收入的方式,少申报应纳税所得额345,681.44元,少缴企业所得税86,420.36元。上述税款已由我局《税务处理决定书》(穗地税稽一处[2017]45号)追缴,并依法加收滞纳金。
二、处罚决定
你单位在账簿上不列、少列收入,不缴或者少缴应纳税款的行为,是偷税。根据《中华人民共和国税收征收管理法》第六十三条第一款的规定,对你单位少缴的企业所得税86,420.36元处以百分之五十的罚款,计43,210.18元。
我局已于2017年8月21日向你单位送达了《税务行政处罚事项告知书》(穗地税稽一罚告[2017]38号),你单位未在规定期限内提出陈述、申辩或者听证申请。
限你(单位)自本决定书送达之日起15日内到广州市天河区地方税务局办税服务厅缴纳入库。到期不缴纳罚款,我局将依照《中华人民共和国行政处罚法》第五十一条第(一)项规定,每日按罚款数额的3%加处罚款。
如对本决定不服,可以自收到本决定书之日起六十日内依法向广州市地方税务局申请行政复议,或者自收到本决定书之日起六个月内依法向人民法院起诉。如对处罚决定逾期不申请复议也不向人民法院起诉、又不履行的,我局将采取《中华人民共和国税收征收管理法》第四十条规定的强制执行措施,或者申请人民法院强制执行。

税务机关(签章)
广州市地方税务局第一稽查局
二○一七年九月十二日
""",
    "label": {
        "doc_type": "税务行政处罚决定书",
        "agency": "广州市地方税务局第一稽查局",
        "doc_number": "穗地税稽一罚[2017]45号",
        "party": "广州恒晟装饰工程有限公司",
        "credit_code": "$CC14",
        "cited_articles": [
            c("《中华人民共和国税收征收管理法》", 63, 1, None, "penalty", "also the definition of 偷税 (violated and penalty in one clause)"),
            c("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2009 numbering"),
            c("《中华人民共和国税收征收管理法》", 40, None, None, "other"),
        ],
        "fine_yuan": 43210.18,
        "confiscation_yuan": None,
        "dates": dates(None, "2017-08-21", "2017-09-12", None, inspection_start="2017-03-06", inspection_end="2017-06-30"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Fine = 50% (百分之五十, i.e. 0.5倍) of 少缴税款 86,420.36元 = 43,210.18元 (decimals, thousands separators). The 追缴税款 and 滞纳金 belong to the separate 税务处理决定书 (穗地税稽一处[2017]45号: same serial, different 文号 — do not confuse) and are NOT fines. The credit code is given as 纳税人识别号. 第六十三条第一款 is both the definition (违反) and the penalty clause; labelled once as penalty. Date in Chinese numerals with U+25CB ○ (二○一七年九月十二日). Pre-2018 地税 agency; its 复议机关 is the 上一级 税务局. Check period dates are extra keys.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 15
CASES_B.append({
    "file": "15_海关.txt",
    "source": "invented by writer 87; imitates a 隶属海关 行政处罚决定书 (违规案件) published on the customs site; no real URL",
    "domain": "海关",
    "text": """
中华人民共和国新港海关
行政处罚决定书
新关缉违字〔2025〕0037号

当事人：天津瀚洋国际贸易有限公司，法定代表人：曹**，统一社会信用代码：{CC15}，地址：天津自贸试验区（东疆综合保税区）***路***号***室。

　　经我关调查，当事人有以下违法行为：
　　2024年10月22日，当事人委托天津某报关有限公司以一般贸易方式向海关申报出口不锈钢保温杯一批，报关单号：020220241000581263，申报数量为12000个，申报总价为34800美元（FOB）。经海关查验，实际出口数量为13440个，多出1440个未申报，涉及货物价值人民币29,692.80元。当事人申报不实的行为影响海关统计准确性。
　　以上行为有查验记录、报关单及随附单证、查问笔录、情况说明、《认错认罚承诺书》等证据为证。
　　当事人出口货物数量申报不实，影响海关统计准确性，该行为违反了《中华人民共和国海关法》第二十四条第一款之规定，构成《中华人民共和国海关法》第八十六条第（三）项所列之违法行为。鉴于当事人配合海关查处违法行为，主动认错认罚，具有《中华人民共和国海关行政处罚裁量基准（一）》（海关总署公告2023年第182号）第九条第（二）项所列之从轻处罚情形，依照《中华人民共和国海关行政处罚实施条例》第十五条第（一）项之规定，决定对当事人作出如下行政处罚：
　　科处罚款人民币0.2万元。
　　当事人应当自本处罚决定书送达之日起十五日内，根据《中华人民共和国行政处罚法》第六十七条、第六十九条的规定，履行上述处罚决定。
　　当事人不服本处罚决定的，依照《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条之规定，可自本处罚决定书送达之日起60日内向天津海关申请行政复议，或者自本处罚决定书送达之日起6个月内直接向有管辖权的人民法院起诉。
　　根据《中华人民共和国行政处罚法》第七十二条之规定，到期不缴纳罚款的，每日可以按罚款数额的百分之三加处罚款。

中华人民共和国新港海关
二〇二五年三月十四日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "中华人民共和国新港海关",
        "doc_number": "新关缉违字〔2025〕0037号",
        "party": "天津瀚洋国际贸易有限公司",
        "credit_code": "$CC15",
        "cited_articles": [
            c("《中华人民共和国海关法》", 24, 1, None, "violated"),
            c("《中华人民共和国海关法》", 86, None, 3, "violated", "'构成…所列之违法行为'"),
            c("《中华人民共和国海关行政处罚裁量基准（一）》", 9, None, 2, "other", "从轻 ground; 海关总署公告2023年第182号"),
            c("《中华人民共和国海关行政处罚实施条例》", 15, None, 1, "penalty"),
            c("《中华人民共和国行政处罚法》", 67, None, None, "other"),
            c("《中华人民共和国行政处罚法》", 69, None, None, "other"),
            c("《中华人民共和国行政复议法》", 20, None, None, "other", "2023 text"),
            c("《中华人民共和国行政诉讼法》", 46, None, None, "other"),
            c("《中华人民共和国行政处罚法》", 72, None, None, "other"),
        ],
        "fine_yuan": 2000,
        "confiscation_yuan": None,
        "dates": dates(None, None, "2025-03-14", None, declaration="2024-10-22"),
        "remedy_days": R60_6M,
        "discretion": "从轻",
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Customs style: 当事人 block on one line separated by commas; fine 'in 万': 科处罚款人民币0.2万元 = 2000元. The 货物价值 29,692.80元 and 申报总价 34800美元 are bases, not fines. An 18-digit 报关单号 (020220241000581263) is not a credit code or ID. The benchmark's title contains a full-width （一） inside the 书名号 — the item '第（二）项' belongs to 第九条 of the benchmark, a different source from 条例第十五条第（一）项. Decision date in Chinese numerals with 〇. Vertical agency: review to 天津海关 (上一级海关). filing/notice dates are not stated.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 16
CASES_B.append({
    "file": "16_药品监管.txt",
    "source": "invented by writer 87; imitates a 市场监管局 drug-retail decision with a long 当事人 block and mixed full-width/half-width punctuation; no real URL",
    "domain": "药品监管",
    "text": """
温州市鹿城区市场监督管理局
行政处罚决定书
温鹿市监药罚〔2023〕27号

当事人名称:温州康宁大药房有限公司五马街店
主体资格证照名称:营业执照
统一社会信用代码：{CC16}
住所（经营场所）：浙江省温州市鹿城区五马街道***路***号
负责人：潘**     身份证件号码:3303************     联系电话:1380577****
药品经营许可证编号:浙CB57703***
企业类型：有限责任公司分公司(自然人投资或控股)

　　2023年2月15日,本局执法人员对当事人经营场所进行检查,发现当事人处方药柜台陈列待售的“阿莫西林胶囊”(0.25g×24粒,批号:210816,有效期至2023年1月)4盒、“复方甘草片”(100片,批号:201103,有效期至2022年10月)6瓶已超过有效期。2023年2月17日,经本局负责人批准立案调查。
　　经查,当事人上述超过有效期药品的进价合计为271.20元,销售价格合计为386.40元,货值金额386.40元;此前已售出同批号“阿莫西林胶囊”2盒,违法所得52.80元。
　　以上事实有现场笔录、药品购进凭证、销售记录、询问笔录、照片等证据为证。
　　本局认为,当事人销售超过有效期的药品,违反了《中华人民共和国药品管理法》第九十八条第一款、第三款第（五）项的规定,构成销售劣药的违法行为。
　　2023年4月3日,本局向当事人送达了《行政处罚告知书》(温鹿市监药罚告〔2023〕27号)。当事人于2023年4月6日提出听证申请,本局于2023年4月25日举行了听证。当事人提出“货值金额较小、系工作人员疏忽”,经复核,违法零售的药品货值金额不足一万元的,依法应按一万元计算,不予采纳。
　　依据《中华人民共和国药品管理法》第一百一十七条第一款的规定,本局决定:
　　一、没收超过有效期的“阿莫西林胶囊”4盒、“复方甘草片”6瓶;
　　二、没收违法所得52.80元;
　　三、违法零售的药品货值金额不足一万元,按一万元计算,处货值金额十倍的罚款,即罚款100000元（壹拾万元整）。
　　当事人应自收到本决定书之日起十五日内,通过浙江政务服务网或者指定银行缴纳罚没款。到期不缴纳罚款的,本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定,每日按罚款数额的百分之三加处罚款。
　　如不服本处罚决定,可以在收到本处罚决定书之日起六十日内向温州市鹿城区人民政府或者温州市市场监督管理局申请行政复议;也可以在六个月内依法向温州市鹿城区人民法院提起行政诉讼。

温州市鹿城区市场监督管理局
2023年5月10日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "温州市鹿城区市场监督管理局",
        "doc_number": "温鹿市监药罚〔2023〕27号",
        "party": "温州康宁大药房有限公司五马街店",
        "credit_code": "$CC16",
        "cited_articles": [
            c("《中华人民共和国药品管理法》", 98, 1, None, "violated"),
            c("《中华人民共和国药品管理法》", 98, 3, 5, "violated"),
            c("《中华人民共和国药品管理法》", 117, 1, None, "penalty"),
            c("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
        ],
        "fine_yuan": 100000,
        "confiscation_yuan": 52.8,
        "dates": dates("2023-02-17", "2023-04-03", "2023-05-10", None, inspection="2023-02-15", hearing_request="2023-04-06", hearing="2023-04-25"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "货值金额 386.40元 is far below the legal floor: 违法零售 under 1万元 is '按一万元计算', so 十倍 = 100000元 (100000元 and 壹拾万元整). A model that multiplies 386.40 by 10 will be wrong. Confiscation: 违法所得52.80元 (decimal); the expired drugs have no stated value; 进价合计271.20元 is not money confiscated. '第九十八条第一款、第三款第（五）项' shares one article across two 款. Mixed ':' and '：', '(' and '（'. Party is a 分公司 (branch) with its own credit code; 负责人 ID masked with stars only.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 17
CASES_B.append({
    "file": "17_林业.txt",
    "source": "invented by writer 87; imitates an OCR text of a scanned 2015 林业局 decision (滥伐林木, 个人), with OCR errors and dropped characters; no real URL",
    "domain": "林业草原",
    "text": """
建瓯市林业局
林业行政处罚决定书
瓯林罚决字〔2015〕第0l6号

被处罚人:林某某 性别:男 年龄:43岁 民族:汉
身份证号码:{ID17}
住址:建瓯市***镇***村***号

   经查,被处罚人林某某于2014年11月至12月间,在未办理林木采伐许可证的情况下,在其承包经营的建瓯市***镇***村"后门山"(小地名)山场擅自采伐杉木63株,经建瓯市林业调查规划设计队鉴定,滥伐林木立木蓄积l1.8立方米,林木价值人民币6372元。2015年1月9日本局立案调查。
   以上事实有被处罚人的陈述、证人证言、现场勘验笔录、林木鉴定报告、现场照片等证据证实,证据确实充分。
   被处罚人的上述行为违反了《中华人民共和国森林法》第三十二条第一款之规定,已构成滥伐林木。本局于2015年2月26日向被处罚人送达了《林业行政处罚先行告知书》,被处罚人未提出陈述申辩,亦未要求听证。
   依据《中华人民共和国森林法》第三十九条第二款、《中华人民共和国森林法实施条例》第三十八条第二款之规定,决定对被处罚人作出如下处罚:
   一、责令补种滥伐株数五倍的树木计315株;
   二、处滥伐林木价值三倍罚款计人民币壹万玖仟壹佰壹拾陆元(19116元)。
   限于接到本决定书之曰起十五日内缴至建瓯市财政局指定的代收银行。逾期不缴纳的,每日按罚款数额的百分之三加处罚款。
   如不服本决定,可于接到本决定书之日起六十日内向建瓯市人民政府或南平市林业局申请复议,或于三个月内直接向建瓯市人民法院起诉。期满不申请复议、不起诉又不履行的,本局将依法申请人民法院强制执行。

                                        建瓯市林业局
                                     二O一五年三月十八曰
""",
    "label": {
        "doc_type": "林业行政处罚决定书",
        "agency": "建瓯市林业局",
        "doc_number": "瓯林罚决字〔2015〕第016号",
        "party": "林某某",
        "credit_code": None,
        "cited_articles": [
            c("《中华人民共和国森林法》", 32, 1, None, "violated", "1998/2009 text"),
            c("《中华人民共和国森林法》", 39, 2, None, "penalty", "1998/2009 text"),
            c("《中华人民共和国森林法实施条例》", 38, 2, None, "penalty"),
        ],
        "fine_yuan": 19116,
        "confiscation_yuan": None,
        "dates": dates("2015-01-09", "2015-02-26", "2015-03-18", None),
        "remedy_days": R60_3M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "OCR copy. Errors: lower-case l for 1 in the 文号 ('第0l6号' = 第016号) and in 'l1.8立方米'; 曰 for 日 ('之曰起', '三月十八曰'); letter O for 〇 in the Chinese-numeral date '二O一五年三月十八曰' (= 2015-03-18). Labels give corrected values. Fine = 3 × 林木价值 6372元 = 19116元 (壹万玖仟壹佰壹拾陆元); 6372 is a base. '补种…315株' is a remedial order, not a fine. Decision of March 2015, before the 行政诉讼法 amendment took effect on 2015-05-01: litigation period 三个月 (remedy_days litigation '3m') is correct for its date.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 18
CASES_B.append({
    "file": "18_烟草专卖.txt",
    "source": "invented by writer 87; imitates a 县烟草专卖局 decision on a licensed retailer buying outside the local wholesaler, fine as a percentage with 角; no real URL",
    "domain": "烟草专卖",
    "text": """
邻水县烟草专卖局
烟草专卖行政处罚决定书
邻烟罚〔2022〕第36号

当事人：邻水县鸿运便利店
统一社会信用代码：{CC18}
烟草专卖零售许可证号：5116230****
经营者：罗某某，身份证号：{ID18}
经营地址：四川省广安市邻水县鼎屏镇***路***号

　　2022年5月9日，本局专卖管理检查人员在当事人经营场所检查时，查获当事人未在当地烟草专卖批发企业进货的卷烟“娇子（宽窄如意）”“利群（新版）”等8个品种共计86条。经查，当事人于2022年3月至5月间先后从重庆市某卷烟零售户处购进上述品种卷烟共计172条，进货总额人民币21350元，已销售86条，违法所得人民币1920元。本局于2022年5月10日立案。
　　以上事实有《检查（勘验）笔录》、《询问笔录》、《涉案烟草专卖品核价表》、微信转账记录、现场照片等证据证实。
　　当事人上述行为违反了《中华人民共和国烟草专卖法实施条例》第二十三条第二款之规定。本局于2022年6月6日向当事人送达了《行政处罚事先告知书》（邻烟告〔2022〕第36号），当事人未提出陈述、申辩。
　　依据《中华人民共和国烟草专卖法实施条例》第五十六条之规定，本局决定：没收违法所得人民币壹仟玖佰贰拾元，并处进货总额百分之五的罚款，计人民币壹仟零陆拾柒元伍角（1067.50元）。
　　当事人应于收到本决定书之日起十五日内，到邻水县农村信用合作联社各网点缴纳罚没款。逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。
　　当事人如不服本决定，可在收到本决定书之日起六十日内向广安市烟草专卖局或邻水县人民政府申请行政复议，也可以在六个月内向邻水县人民法院提起行政诉讼。

邻水县烟草专卖局
2022年6月20日
""",
    "label": {
        "doc_type": "烟草专卖行政处罚决定书",
        "agency": "邻水县烟草专卖局",
        "doc_number": "邻烟罚〔2022〕第36号",
        "party": "邻水县鸿运便利店",
        "credit_code": "$CC18",
        "cited_articles": [
            c("《中华人民共和国烟草专卖法实施条例》", 23, 2, None, "violated"),
            c("《中华人民共和国烟草专卖法实施条例》", 56, None, None, "penalty", "2021 text numbering"),
        ],
        "fine_yuan": 1067.5,
        "confiscation_yuan": 1920,
        "dates": dates("2022-05-10", "2022-06-06", "2022-06-20", None, inspection="2022-05-09"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Fine as a percentage of a base: 进货总额 21350元 × 5% = 1067.50元, written 壹仟零陆拾柒元伍角 (with 角) and (1067.50元). 没收违法所得 (1920元, capitals only: 壹仟玖佰贰拾元) and 罚款 in one sentence. 21350 and 86/172条 are bases/quantities. A masked 零售许可证号 sits next to the credit code. Review: 上一级烟草专卖局 or 县政府 (pre-2024).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 19
CASES_B.append({
    "file": "19_人力资源社会保障.txt",
    "source": "invented by writer 87; imitates a 人社局 劳动保障监察 decision copied from a narrow web column, so line breaks fall in odd places; no real URL",
    "domain": "人力资源社会保障",
    "text": """
昆山市人力资源和社会保障局
劳动保障监察
行政处罚决定书
昆人社监罚字〔2020〕
第0089号

被处罚单位：昆山
博远电子科技有限公
司
统一社会信用代码：
{CC19}
法定代表人：陈**
地址：昆山市开发区***路
***号

　　2020年4月20日，
我局接到投诉，反映你单
位安排职工超时加班。我
局于2020年4月22日立案
调查。经查，你单位在20
20年1月至3月期间，安排
SMT车间23名劳动者每月
延长工作时间分别为58至
72小时不等，超过了法定
的每月不得超过三十六小
时的限制。
　　上述事实有考勤记录
、工资表、询问笔录、现场
检查笔录等证据证实。你单
位的行为违反了《中华人民
共和国劳动法》第四十一条
的规定。
　　我局于2020年6月11日
向你单位送达了《劳动保障
监察行政处罚事先告知书》
，你单位未在规定期限内提
出陈述、申辩。
　　依据《劳动保障监察条
例》第二十五条的规定，我
局决定：对你单位给予警告
，并按照受侵害的劳动者每
人200元的标准计算，处以罚
款4600元（23人×200元）。
　　请于收到本决定书之日
起15日内将罚款缴至昆山市
非税收入代收银行。逾期不
缴纳罚款的，依据《中华人民
共和国行政处罚法》第五十一
条第（一）项的规定，每日按
罚款数额的3%加处罚款。
　　如对本决定不服，可在收
到本决定书之日起60日内向昆
山市人民政府或者苏州市人力
资源和社会保障局申请行政复
议，或者在6个月内向昆山市人
民法院提起行政诉讼。

昆山市人力资源和社会保障局
2020年7月2日
""",
    "label": {
        "doc_type": "劳动保障监察行政处罚决定书",
        "agency": "昆山市人力资源和社会保障局",
        "doc_number": "昆人社监罚字〔2020〕第0089号",
        "party": "昆山博远电子科技有限公司",
        "credit_code": "$CC19",
        "cited_articles": [
            c("《中华人民共和国劳动法》", 41, None, None, "violated"),
            c("《劳动保障监察条例》", 25, None, None, "penalty"),
            c("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2017 numbering; split '第五十一 / 条'"),
        ],
        "fine_yuan": 4600,
        "confiscation_yuan": None,
        "dates": dates("2020-04-22", "2020-06-11", "2020-07-02", None, complaint="2020-04-20"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Line breaks every ~12 characters, inside the 文号 ('〔2020〕 / 第0089号'), the party name ('昆山 / 博远电子科技有限公 / 司'), the credit code label, a year ('20 / 20年1月'), law titles ('《中华人民 / 共和国劳动法》') and article numbers ('第五十一 / 条'); punctuation starts lines. Join lines before extracting. Per-person fine: 23人 × 200元 = 4600元, plus 警告. '58至72小时' and '三十六小时' are hours, not money or days.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 20
CASES_B.append({
    "file": "20_消防.txt",
    "source": "invented by writer 87; imitates a 国家企业信用信息公示系统 行政处罚信息 record (summary row) followed by the full decision text; no real URL",
    "domain": "消防救援",
    "text": """
行政处罚信息
序号 | 决定书文号 | 违法行为类型 | 行政处罚内容 | 决定机关名称 | 处罚决定日期 | 公示日期 | 详情
1 | 五消行罚决字〔2022〕0187号 | 消防设施未保持完好有效；占用疏散通道 | 罚款人民币贰万元 | 昆明市五华区消防救援大队 | 2022年11月8日 | 2022年11月15日 | 查看

详情：
昆明市五华区消防救援大队
行政处罚决定书
五消行罚决字〔2022〕0187号

被处罚单位：昆明金澜酒店管理有限公司
统一社会信用代码：{CC20}
法定代表人：杨**
住所：云南省昆明市五华区***路***号

　　根据消防监督检查，2022年10月12日，我大队消防监督检查人员对你单位经营的金澜酒店进行检查时发现：1.三层、五层疏散通道堆放布草车及杂物，占用疏散通道；2.地下一层消防水泵房内消火栓泵控制柜处于手动状态，室内消火栓系统未保持完好有效。
　　上述事实有《消防监督检查记录》、《责令立即改正通知书》、现场照片等证据证实。
　　你单位上述行为分别违反了《中华人民共和国消防法》第二十八条、第十六条第一款第（二）项之规定。我大队于2022年10月26日向你单位送达了《行政处罚告知笔录》，你单位未提出陈述、申辩。
　　根据《中华人民共和国消防法》第六十条第一款第（三）项之规定，对你单位占用疏散通道的行为处罚款人民币捌仟元整；根据《中华人民共和国消防法》第六十条第一款第（一）项之规定，对你单位消防设施未保持完好有效的行为处罚款人民币壹万贰仟元整，合并处罚款人民币贰万元整。
　　你单位应自收到本决定书之日起十五日内到昆明市五华区指定银行缴纳罚款。到期不缴纳罚款的，我大队可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数。
　　如不服本决定，可以在收到本决定书之日起六十日内依法向昆明市五华区人民政府申请行政复议，或者在六个月内依法向昆明市五华区人民法院提起行政诉讼。

昆明市五华区消防救援大队
2022年11月8日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "昆明市五华区消防救援大队",
        "doc_number": "五消行罚决字〔2022〕0187号",
        "party": "昆明金澜酒店管理有限公司",
        "credit_code": "$CC20",
        "cited_articles": [
            c("《中华人民共和国消防法》", 28, None, None, "violated"),
            c("《中华人民共和国消防法》", 16, 1, 2, "violated"),
            c("《中华人民共和国消防法》", 60, 1, 3, "penalty"),
            c("《中华人民共和国消防法》", 60, 1, 1, "penalty"),
        ],
        "fine_yuan": 20000,
        "confiscation_yuan": None,
        "dates": dates(None, "2022-10-26", "2022-11-08", None, inspection="2022-10-12", publication="2022-11-15"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Two violations, two fines (捌仟元 + 壹万贰仟元) and the written total '合并处罚款人民币贰万元整' = 20000; the summary row also says 罚款人民币贰万元. Amounts in capitals only. The 公示日期 2022-11-15 in the row is publication, not decision. A 消防救援大队 decides in its own name (消防法 grants the power to 消防救援机构). The notice is a 告知笔录 (oral notice record).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 21
CASES_B.append({
    "file": "21_水利.txt",
    "source": "invented by writer 87; imitates an OCR text of a scanned 2019 水利局 decision (河道管理范围内违法建设, 个人), with OCR substitutions, dropped characters and page marks; no real URL",
    "domain": "水利",
    "text": """
潢川县水利局
水 行 政 处 罚 决 定 书
潢水罚字(2019)第11号

当事人:刘某某    性别:男
身份证号:{ID21}
住址:潢川县***乡***村***组

    经查,当事人于2019年3月在潢河潢川县***乡***村段河道管理范围内,未经水行政主管部门同意,擅自建设砂石料堆场围墙及彩钢棚,长约86米,占用河道面积约1,020平方米,妨碍行洪。本局于2019年4月15日立案调查。
    上述事实有现场勘验笔录、询问笔录、河道管理范围划界图、现场照片等证据证实。
    当事人的上述行为违反了《中华人民共和国水法》第三十七条第二款"禁止在河道管理范围内建设妨碍行洪的建筑物、构筑物"的规定。本局于2019年5月20日向当事人送达了《水行政处罚告知书》,当事人未在规定期限内提出陈述申辩和听证要求。
                                   - 1 -
    依据《中华人民共和国水法》第六十五条第一款之规定,本局决定:
    一、责令当事人立即停止违法行为,于2019年6月30日前自行拆除上述违法建筑物、构筑物,恢复原状;
    二、处罚款人民币叁万元整(30000元)。
    当事人应于收到本决定书之日起十五日内将罚款缴至潢川县非税收入管理局指定账户,逾期不缴纳的,本局将依据《中华人民共和国行政处罚法》第五十一条第(一)项规定,每日按罚款数额的百分之三加处罚款。逾期不拆除的,本局将依法强制拆除,所需费用由当事人承担。
    当事人如对本处罚决定不服,可在收到本决定书之日起六十日内向潢川县人民政府或信阳市水和局申请行政复议,也可在六个月内直接向潢川县人民法院提起行政诉讼。

                                          潢川县水利局
                                        2019年6月l0曰
                                   - 2 -
""",
    "label": {
        "doc_type": "水行政处罚决定书",
        "agency": "潢川县水利局",
        "doc_number": "潢水罚字(2019)第11号",
        "party": "刘某某",
        "credit_code": None,
        "cited_articles": [
            c("《中华人民共和国水法》", 37, 2, None, "violated", "2016 text"),
            c("《中华人民共和国水法》", 65, 1, None, "penalty"),
            c("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2017 numbering"),
        ],
        "fine_yuan": 30000,
        "confiscation_yuan": None,
        "dates": dates("2019-04-15", "2019-05-20", "2019-06-10", None, demolition_deadline="2019-06-30"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "OCR copy: decision date '2019年6月l0曰' (lower-case l for 1, 曰 for 日) = 2019-06-10; '信阳市水和局' for 水利局 in the remedy clause; page marks '- 1 -' and '- 2 -'. The title is spaced '水 行 政 处 罚 决 定 书'. 2019-06-30 is a demolition deadline, not a procedural date. 1,020平方米 and 86米 are measures. Review to 县政府 or 市水利局 (2019 dual channel).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 22
CASES_B.append({
    "file": "22_城市管理.txt",
    "source": "invented by writer 87; imitates a 信用中国 行政处罚信息 detail page (key-value list, amounts in 万元, no decision text); no real URL",
    "domain": "城市管理",
    "text": """
信用中国（河南）> 信用信息 > 行政处罚
行政处罚信息详情

行政相对人名称：河南中豫宏基建筑工程有限公司
行政相对人类别：法人及非法人组织
行政相对人代码_1(统一社会信用代码)：{CC22}
法定代表人：韩**
行政处罚决定书文号：郑金城罚决字〔2026〕第0009号
违法行为类型：工程施工单位擅自倾倒建筑垃圾
违法事实：当事人于2025年11月20日夜间在金水区***路与***路交叉口东北角空地擅自倾倒其承建的***项目工程施工过程中产生的建筑垃圾约240立方米。
处罚依据：违反了《中华人民共和国固体废物污染环境防治法》第六十三条第三款的规定，依据《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第四项、第二款
处罚类别：罚款
处罚内容：责令改正，罚款人民币壹拾贰万元
罚款金额（万元）：12
没收违法所得、没收非法财物的金额（万元）：0
暂扣或吊销证照名称及编号：
处罚决定日期：2026/01/09
处罚有效期：2029/01/09
公示截止期：2027/01/09
处罚机关：郑州市金水区城市管理局
处罚机关统一社会信用代码：{CC22G}
数据来源：郑州市金水区城市管理局
数据来源单位统一社会信用代码：{CC22G}
""",
    "label": {
        "doc_type": "行政处罚信息详情",
        "agency": "郑州市金水区城市管理局",
        "doc_number": "郑金城罚决字〔2026〕第0009号",
        "party": "河南中豫宏基建筑工程有限公司",
        "credit_code": "$CC22",
        "cited_articles": [
            c("《中华人民共和国固体废物污染环境防治法》", 63, 3, None, "violated"),
            c("《中华人民共和国固体废物污染环境防治法》", 111, 1, 4, "penalty", "item written '第四项' without brackets"),
            c("《中华人民共和国固体废物污染环境防治法》", 111, 2, None, "penalty"),
        ],
        "fine_yuan": 120000,
        "confiscation_yuan": None,
        "dates": dates(None, None, "2026-01-09", None, violation="2025-11-20"),
        "remedy_days": None,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Key-value summary, no decision text: no remedy clause, no filing/notice dates. Fine in a 万元 field '12' and in words 壹拾贰万元 = 120000. Confiscation field shows 0 → null. Dates with slashes; 处罚有效期 and 公示截止期 are not decision dates. The agency's own credit code (11…) appears twice under 处罚机关/数据来源 and must not be taken as the party's. Second 款 cited as bare '第二款' after the first article reference. Year 2026.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 23
CASES_B.append({
    "file": "23_城乡规划.txt",
    "source": "invented by writer 87; imitates a 2014 城乡规划局 decision attached as a PDF to a court judgment bundle (裁判文书-like text layer): page headers, 第X页 共Y页 footers, half-width digits and full-width brackets mixed; no real URL",
    "domain": "城乡规划",
    "text": """
廊坊市城乡规划局
行政处罚决定书
廊规罚字（2014）第27号

被处罚人：廊坊市恒泰房地产开发有限公司
营业执照注册号：{REG23}
组织机构代码：{ORG23}
法定代表人：马**
地址：廊坊市广阳区***道***号

    经查，你公司于2013年9月至2014年4月间，在廊坊市广阳区***道北侧“恒泰·锦苑”项目用地范围内，未取得建设工程规划许可证，擅自建设6层商业楼一栋，建筑面积4,312.6平方米。经委托廊坊市工程造价咨询机构核定，该违法建设工程造价为人民币862,000元。经审查，该建筑尚可采取改正措施消除对规划实施的影响。我局于2014年5月6日立案。
    以上事实有现场勘查笔录、询问笔录、测绘报告、工程造价核定报告、土地使用证复印件等证据证实。
    你公司的上述行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。我局于2014年6月10日向你公司送达了《行政处罚听证告知书》，你公司申请听证，我局于2014年6月27日举行听证。
廊坊市城乡规划局行政处罚决定书 廊规罚字（2014）第27号
第 1 页 共 2 页
    依据《中华人民共和国城乡规划法》第六十四条的规定，我局决定：
    1、责令你公司限期改正，于2014年9月30日前补办建设工程规划许可手续；
    2、处建设工程造价百分之六的罚款，计人民币伍万壹仟柒佰贰拾元（51720元）。
    罚款自收到本决定书之日起十五日内缴至指定银行。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条第（一）项之规定，每日按罚款数额的3%加处罚款。
    如不服本决定，可在收到本决定书之日起六十日内向廊坊市人民政府或河北省住房和城乡建设厅申请行政复议，也可在三个月内直接向廊坊市广阳区人民法院提起行政诉讼。

                                          廊坊市城乡规划局
                                          2014年7月15日
廊坊市城乡规划局行政处罚决定书 廊规罚字（2014）第27号
第 2 页 共 2 页
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "廊坊市城乡规划局",
        "doc_number": "廊规罚字（2014）第27号",
        "party": "廊坊市恒泰房地产开发有限公司",
        "credit_code": None,
        "cited_articles": [
            c("《中华人民共和国城乡规划法》", 40, 1, None, "violated"),
            c("《中华人民共和国城乡规划法》", 64, None, None, "penalty"),
            c("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2009 numbering"),
        ],
        "fine_yuan": 51720,
        "confiscation_yuan": None,
        "dates": dates("2014-05-06", "2014-06-10", "2014-07-15", None, hearing="2014-06-27", correction_deadline="2014-09-30"),
        "remedy_days": R60_3M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Fine = 6% of 工程造价 862,000元 = 51720元 (伍万壹仟柒佰贰拾元); 862,000 is the base. Page header (title + 文号) and '第 X 页 共 2 页' footer repeated. Old identifiers (15-digit 注册号, 组织机构代码) and no credit code. 2014: litigation 三个月 (before 2015-05-01), so remedy_days litigation '3m'. Item list uses '1、' '2、'. 2014-09-30 is a correction deadline.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 24
CASES_B.append({
    "file": "24_生态环境公示.txt",
    "source": "invented by writer 87; imitates a 生态环境局 monthly 行政处罚案件信息公开表 (three cases, table flattened with tabs), amounts in yuan with thousands separators; no real URL",
    "domain": "生态环境",
    "text": """
宜昌市生态环境局2025年6月行政处罚案件信息公开表
发布时间：2025-07-04 10:12　　信息来源：宜昌市生态环境局　　【打印本页】

序号	案件名称	被处罚单位	统一社会信用代码	法定代表人	处罚决定书文号	主要违法事实	处罚依据	处罚种类及内容	罚款金额（元）	决定日期	执行情况
1	宜昌昌盛精细化工有限公司未取得排污许可证排放污染物案	宜昌昌盛精细化工有限公司	{CC24A}	谭**	宜市环罚〔2025〕56号	该公司新建的2号车间于2025年2月投入生产，未取得排污许可证排放废气（非甲烷总烃）。	违反《排污许可管理条例》第二条第一款；依据《排污许可管理条例》第三十三条第（一）项	责令改正，罚款	230,000	2025-06-12	已缴纳
2	枝江市华泰建材有限公司未按规定制定自行监测方案案	枝江市华泰建材有限公司	{CC24B}	何**	宜市环罚〔2025〕61号	未按照排污许可证规定制定自行监测方案并开展自行监测。	违反《排污许可管理条例》第十九条第一款；依据《排污许可管理条例》第三十六条第（五）项	罚款	42,000	2025-06-18	未到期
3	西陵区永兴汽修厂危险废物未设置识别标志案	西陵区永兴汽修厂	{CC24C}	王**（经营者）	宜市环罚〔2025〕64号	危险废物贮存场所未按规定设置危险废物识别标志。	违反《中华人民共和国固体废物污染环境防治法》第七十七条第一款；依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（一）项、第二款	责令改正，罚款	100,000	2025-06-25	未到期

注：1.本表信息依据《中华人民共和国政府信息公开条例》公开；2.如对公开内容有异议，请与我局法规科联系。
""",
    "label": {
        "doc_type": "行政处罚案件信息公开表（多案一页，仅标注第1案）",
        "agency": "宜昌市生态环境局",
        "doc_number": "宜市环罚〔2025〕56号",
        "party": "宜昌昌盛精细化工有限公司",
        "credit_code": "$CC24A",
        "cited_articles": [
            c("《排污许可管理条例》", 2, 1, None, "violated"),
            c("《排污许可管理条例》", 33, None, 1, "penalty"),
        ],
        "fine_yuan": 230000,
        "confiscation_yuan": None,
        "dates": dates(None, None, "2025-06-12", None, publication="2025-07-04"),
        "remedy_days": None,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Monthly list with THREE cases; only row 1 is labelled. Rows 2 and 3 carry their own 文号, codes, laws (排污许可管理条例 第十九条/第三十六条, 固废法 第七十七条/第一百一十二条) and fines (42,000; 100,000) that must not be attached to case 1. Tab-separated flattened table; fine '230,000' with a thousands separator in a yuan column. The page 发布时间 2025-07-04 is publication. The case name in column 2 repeats the party name with a suffix ('…未取得排污许可证排放污染物案'); the party is column 3. No remedy clause.",
        "defects_observed": [],
    },
})
