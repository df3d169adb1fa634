# Cases 113-124. Everything here is invented; agencies use real place names only.
from cases_a import case, cite, APL, CASES  # noqa: F401

# ---------------------------------------------------------------- 113 住建 (old 注册号 / 组织机构代码)
case(
    file="113_住房城乡建设.txt",
    source="invented by writer 91; imitates a 2016 city construction-committee decision page (mixed full-/half-width punctuation, print/close links)",
    domain="住房城乡建设",
    doc_type="行政处罚决定书",
    codes={"REG": ("420100", "00001234"), "ORG": "7A3K5M2P"},
    text="""武汉市城乡建设委员会行政处罚决定书
武城建罚〔2016〕27号

被处罚单位：武汉华筑建设工程有限公司
营业执照注册号：@REG@
组织机构代码：@ORG@
法定代表人：汪**
地址：武汉市江岸区解放大道1688号(华中科技广场)B座1203室

经查,你单位承建的武汉市江岸区后湖街“锦绣苑”二期6#楼工程(合同价款人民币8,460,000元),在2016年3月22日我委组织的工程质量监督抽查中,发现该楼第七层至第九层剪力墙部分钢筋间距、规格不符合工程设计图纸要求,经武汉市建设工程质量检测中心检测(检测报告编号:WHJC-2016-0387),上述部位钢筋配置与设计图纸不符。我委于2016年3月25日立案调查。
以上事实有现场检查记录、检测报告、询问笔录、施工合同、设计图纸等证据证实。
你单位的上述行为违反了《建设工程质量管理条例》第二十八条第一款的规定。
2016年5月10日,我委向你单位送达了《行政处罚告知书》及《听证告知书》,你单位在规定期限内未提出陈述申辩及听证要求。
根据《建设工程质量管理条例》第六十四条的规定,参照《武汉市城乡建设委员会行政处罚自由裁量权基准》,鉴于你单位已按要求返工整改,对你单位从轻处罚,决定处以工程合同价款百分之二的罚款,即罚款人民币壹拾陆万玖仟贰佰元整(169,200元)。
你单位应自收到本决定书之日起十五日内,到武汉市财政局指定代收银行缴纳罚款。逾期不缴纳罚款的,依据《中华人民共和国行政处罚法》第五十一条第(一)项的规定,每日按罚款数额的百分之三加处罚款。
如对本决定不服,可在收到本决定书之日起六十日内向武汉市人民政府或湖北省住房和城乡建设厅申请行政复议,或在六个月内向武汉市江岸区人民法院提起行政诉讼。

武汉市城乡建设委员会
2016年6月2日

【打印本页】　【关闭窗口】
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "武汉市城乡建设委员会",
        "doc_number": "武城建罚〔2016〕27号",
        "party": "武汉华筑建设工程有限公司",
        "credit_code": None,
        "cited_articles": [
            cite("《建设工程质量管理条例》", 28, 1, None, "violated"),
            cite("《建设工程质量管理条例》", 64, None, None, "penalty", "合同价款2%-4%"),
            cite("《武汉市城乡建设委员会行政处罚自由裁量权基准》", None, None, None, "other", "benchmark title invented"),
            cite(APL, 51, None, 1, "other", "2009 numbering"),
        ],
        "fine_yuan": 169200,
        "confiscation_yuan": None,
        "dates": {"filing": "2016-03-25", "notice": "2016-05-10", "decision": "2016-06-02", "service": None,
                  "inspection": "2016-03-22"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "Pre-三证合一 identifiers: a 15-digit 营业执照注册号 and an 8+1 组织机构代码 with hyphen; no 统一社会信用代码, so credit_code is null. The title line merges agency and document type ('武汉市城乡建设委员会行政处罚决定书'). Half-width commas and brackets mixed with full-width 书名号/colons. 合同价款 8,460,000元 is the base, not the fine; fine 169,200 (2%, capitals + digits). Test-report number WHJC-2016-0387 is not a 文号. Litigation period already 六个月 (2015 amendment).",
        "defects_observed": [],
    },
)

# ---------------------------------------------------------------- 114 农业农村 (OCR, dotted dates)
case(
    file="114_农业农村.txt",
    source="invented by writer 91; imitates an OCR text layer of a scanned county 农业农村局 decision with a goods table",
    domain="农业农村",
    doc_type="农业行政处罚决定书",
    codes={"CC": ("91", "371703", "MA3R8F2Y")},
    text="""菏泽市定陶区农业农村局
农业行政处罚决定书
定农罚字〔2019〕009号
当事人：菏泽市定陶区禾丰农资有限公司
统一社会信用代码：@CC@
法定代表人：孟**                 联系电话：1385****417
住所：山东省菏泽市定陶区陈集镇
驻地兴业路西段
    2019.07.09，本局执法人员对当事人经营场所进行检查，发现当事人
销售的“丰田宝”牌10%吡虫啉可湿性粉剂、“绿野”牌4.5%高效氯氰菊酯
乳油标签标注的农药登记证号与农药登记信息不符，经本局抽样送检，山东
省农药检定所检验报告（鲁农药检（2019）第1187号）显示：上述两种农
药均未检出标注的有效成分。本局于2019.07.12立案调查。
    经查，当事人共购进上述农药两种，尚未售出，库存情况如下：
    序号  农药名称                      数量     单价      货值
    1     10%吡虫啉可湿性粉剂          86袋     15元     1290元
    2     4.5%高效氯氰菊酯乳油         46瓶     28元     1288元
          合计                                          2578元
    以上事实有现场检查笔录、抽样取证凭证、检验报告、询问笔录、进货单据
等证据证实。
    依照《农药管理条例》第四十四条第一款第（一）项的规定，上述农药应认定为
假农药。当事人经营假农药的行为违反了《农药管理条例》的规定。本局于201
9.09.26向当事人送达了《行政处罚事先告知书》，当事人未提出陈述申辩。
    依据《农药管理条例》第五十五条第一款第（二）项的规定，本局决定：
    一、没收假农药：10%吡虫啉可湿性粉剂86袋、4.5%高效氯氰菊酯乳油46瓶，货值共
计人民币2578元；
    二、罚款人民币捌仟元整（8000元）。
    罚款限于收到本决定书之日起十五日内缴至菏泽市定陶区财政局指定账户，到期
不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每
日按罚款数额的百分之三加处罚款。
    如不服本决定，可在收到本决定书之日起六十日内向菏泽市定陶区人民政府或者菏
泽市农业农村局申请行政复议；或者六个月内向菏泽市定陶区人民法院提起行政诉讼。
                                        菏泽市定陶区农业农村局
                                              2O19.11.04
""",
    label={
        "doc_type": "农业行政处罚决定书",
        "agency": "菏泽市定陶区农业农村局",
        "doc_number": "定农罚字〔2019〕009号",
        "party": "菏泽市定陶区禾丰农资有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《农药管理条例》", 44, 1, 1, "other", "definition of 假农药 (2017 text); article structure assumed"),
            cite("《农药管理条例》", None, None, None, "violated", "'违反了《农药管理条例》的规定' - no article given"),
            cite("《农药管理条例》", 55, 1, 2, "penalty", "经营假农药; 货值不足1万 -> 5000-5万"),
            cite(APL, 51, None, 1, "other", "2017 numbering"),
        ],
        "fine_yuan": 8000,
        "confiscation_yuan": 2578,
        "dates": {"filing": "2019-07-12", "notice": "2019-09-26", "decision": "2019-11-04", "service": None,
                  "inspection": "2019-07-09"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Dotted dates (2019.07.09, 2019.07.12) and an OCR decision date '2O19.11.04' with letter O. The 告知书 date is broken inside the year across an OCR line ('201' / '9.09.26'); joining lines recovers 2019-09-26. Address wraps into a second line. A goods table flattened with spaces; confiscation_yuan = stated total value of the confiscated pesticides 2578 (split over a line: '货值共' / '计人民币2578元'). The violated-article citation has no article (law only). Lab report number 鲁农药检（2019）第1187号 is not the 文号. 复议 line breaks inside '菏' / '泽市'.",
        "defects_observed": ["违法行为条款未引用到条", "OCR文字层日期识别错误"],
    },
)

# ---------------------------------------------------------------- 115 卫健 (run-on 个体户, 警告 only)
case(
    file="115_卫生健康.txt",
    source="invented by writer 91; imitates a district 卫生健康局 decision on a 行政执法公示 page",
    domain="卫生健康",
    doc_type="行政处罚决定书",
    codes={"CC": ("92", "610113", "MA6U2B4X")},
    text="""西安市雁塔区卫生健康局
行政处罚决定书
雁卫公罚〔2024〕31号

当事人西安市雁塔区沐悦足浴店（个体工商户），统一社会信用代码@CC@，经营者张*，经营场所陕西省西安市雁塔区电子二路56号2层，公共场所卫生许可证号雁卫公证字〔2022〕第0371号，联系电话181****3306。
2024年3月26日，本局卫生监督员对当事人经营场所进行监督检查，发现当事人提供给顾客使用的足浴盆、毛巾未按照规定进行清洗、消毒，消毒间内无消毒记录，现场可见已使用未清洗的毛巾与清洁毛巾混放。本局于2024年3月27日立案调查。
上述事实有现场笔录、现场照片、询问笔录、营业执照及公共场所卫生许可证复印件等证据为证。
当事人的上述行为违反了《公共场所卫生管理条例实施细则》第十四条第一款的规定。
本局于2024年4月15日向当事人送达了《行政处罚事先告知书》（雁卫公罚告〔2024〕31号），当事人于2024年4月17日提交书面陈述，称系新员工操作不熟练，现已购置消毒柜、建立消毒登记制度。经复核，当事人陈述的整改情况属实。
鉴于当事人系初次被查处，违法情节较轻，已及时整改，依据《公共场所卫生管理条例实施细则》第三十六条第（二）项和《陕西省卫生健康行政处罚裁量基准》的规定，对当事人从轻处罚，决定给予当事人警告的行政处罚，不并处罚款。
当事人如不服本决定，可以在收到本决定书之日起六十日内向西安市雁塔区人民政府申请行政复议，也可以在六个月内向西安铁路运输法院提起行政诉讼。

西安市雁塔区卫生健康局
2024年4月26日
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "西安市雁塔区卫生健康局",
        "doc_number": "雁卫公罚〔2024〕31号",
        "party": "西安市雁塔区沐悦足浴店",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《公共场所卫生管理条例实施细则》", 14, 1, None, "violated", "article numbers as remembered, not checked against a primary text here"),
            cite("《公共场所卫生管理条例实施细则》", 36, None, 2, "penalty"),
            cite("《陕西省卫生健康行政处罚裁量基准》", None, None, None, "other", "benchmark title invented"),
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": {"filing": "2024-03-27", "notice": "2024-04-15", "decision": "2024-04-26", "service": None,
                  "inspection": "2024-03-26", "statement": "2024-04-17"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "当事人 block is ONE run-on sentence for a 个体工商户: 字号 + '（个体工商户）' + credit code (92…) + 经营者 + address + 卫生许可证号 (雁卫公证字〔2022〕第0371号 looks like a 文号 but is a licence number). Penalty is 警告 only: fine_yuan null (not 0); '不并处罚款' states it. 从轻 is stated (first offence, corrected) yet this is NOT 不予处罚. Post-2024 remedy: 复议 to the district government; litigation to 西安铁路运输法院 (centralised jurisdiction), not a district court. 陈述 received 2024-04-17 and accepted after 复核.",
        "defects_observed": [],
    },
)

# ---------------------------------------------------------------- 116 文旅 (信用中国 summary)
case(
    file="116_文化旅游.txt",
    source="invented by writer 91; imitates a 信用中国 (Credit China) 行政处罚 record page: summary fields only, slash dates",
    domain="文化旅游",
    doc_type="行政处罚决定书",
    codes={"CC": ("92", "510703", "MA62E9HJ"), "CC2": ("11", "510703", "00812345")},
    text="""信用中国 > 信用信息 > 行政处罚
行政相对人名称：绵阳市涪城区极速网咖（经营者：杨**）
行政相对人类别：个体工商户
行政相对人代码_1（统一社会信用代码）：@CC@
法定代表人：杨**
证件类型：身份证
证件号码：510703**********0035
行政处罚决定书文号：涪文罚决字[2018]第023号
违法行为类型：接纳未成年人进入营业场所
违法事实：当事人于2018年6月2日14时许，在其经营的网吧内接纳3名未成年人上网。
处罚依据：《互联网上网服务营业场所管理条例》第21条、第31条第2项
处罚类别：警告;罚款
处罚内容：给予警告，并处罚款人民币伍仟元整。
罚款金额（万元）：0.5
没收违法所得、没收非法财物的金额（万元）：0
暂扣或吊销证照名称及编号：
处罚决定日期：2018/07/19
处罚有效期：2021/07/19
公示截止期：2021/07/19
处罚机关：绵阳市涪城区文化广电新闻出版局
处罚机关统一社会信用代码：@CC2@
数据来源单位：绵阳市涪城区文化广电新闻出版局
数据来源单位统一社会信用代码：@CC2@
【纠错】【分享】
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "绵阳市涪城区文化广电新闻出版局",
        "doc_number": "涪文罚决字[2018]第023号",
        "party": "绵阳市涪城区极速网咖",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《互联网上网服务营业场所管理条例》", 21, None, None, "violated", "written 第21条"),
            cite("《互联网上网服务营业场所管理条例》", 31, None, 2, "penalty", "written 第31条第2项 (Arabic, no 款)"),
        ],
        "fine_yuan": 5000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2018-07-19", "service": None,
                  "violation": "2018-06-02"},
        "remedy_days": None,
        "discretion": None,
        "completeness": "body_only",
        "notes": "Not the decision text but the 信用中国 structured record of it (doc_type names the underlying 行政处罚决定书): key/value fields, slash dates (2018/07/19), fine given in 万元 (0.5) and in capitals (伍仟元整). Trap: the page holds TWO credit codes - the party's (92…, 个体工商户) and the agency's own (11…, 机关, repeated as 数据来源单位); credit_code is the party's. 没收 field reads 0 (万元) - labelled null because nothing was confiscated. '处罚有效期/公示截止期 2021/07/19' are publication-period dates, not case dates. 个体户 named by 字号 with the operator in brackets; the operator also appears as 法定代表人. No remedy clause, no signature (summary only).",
        "defects_observed": [],
    },
)

# ---------------------------------------------------------------- 117 药监 (听证)
case(
    file="117_药品监管.txt",
    source="invented by writer 91; imitates a district 市场监督管理局 drug-enforcement decision that recounts a hearing",
    domain="药品监管",
    doc_type="行政处罚决定书",
    codes={"CC": ("91", "430104", "MA4Q8N1C")},
    text="""长沙市岳麓区市场监督管理局
行政处罚决定书
岳市监药罚〔2021〕58号

当事人：长沙益康大药房连锁有限公司桐梓坡路店
主体资格证照名称：营业执照
统一社会信用代码：@CC@
负责人：文**
住所：湖南省长沙市岳麓区桐梓坡路186号
药品经营许可证编号：湘CB7310412

2021年7月6日，本局执法人员对当事人经营场所进行检查，发现当事人货架上陈列待售的阿莫西林胶囊（0.25g×24粒，批号200517，有效期至2021年4月）17盒、复方甘草片（100片/瓶，批号190822，有效期至2021年5月）9瓶已超过有效期。本局于2021年7月7日立案调查。
经查，当事人于2021年5月至6月间销售上述过期阿莫西林胶囊2盒，售价12.80元/盒，违法所得人民币25.60元。涉案药品货值金额合计人民币319.70元。
以上事实有现场笔录、询问笔录、药品购进记录、销售小票、现场照片等证据证实。
当事人销售超过有效期药品的行为，违反了《中华人民共和国药品管理法》第九十八条第一款的规定，依照该法第九十八条第三款第（五）项的规定，上述药品按劣药论处。
本局于2021年9月27日向当事人送达了《行政处罚告知书》（岳市监药罚告〔2021〕58号），拟没收劣药和违法所得并处罚款人民币十万元。当事人于2021年9月29日提出听证申请。本局于2021年10月8日送达《听证通知书》，于2021年10月19日依法举行听证。听证由本局法制审核机构工作人员主持，当事人负责人文**及委托代理人出席。当事人提出：涉案药品系店员疏忽未及时下架，售出数量很少，请求减轻或免除处罚。听证主持人认为，当事人对违法事实无异议，但其所述情形不属于法定减轻或不予处罚情形。本局采纳听证报告意见，维持拟处罚数额。
依据《中华人民共和国药品管理法》第一百一十七条第一款的规定，违法零售的药品货值金额不足一万元的，按一万元计算，并处货值金额十倍以上二十倍以下的罚款。结合当事人主动配合调查的情节，依据《湖南省药品监督管理行政处罚裁量权基准》，对当事人从轻处罚，决定如下：
一、没收劣药阿莫西林胶囊17盒、复方甘草片9瓶；
二、没收违法所得人民币25.60元；
三、罚款人民币壹拾万元整（¥100,000.00）。
当事人应当自收到本决定书之日起十五日内缴纳罚没款。到期不缴纳罚款的，本局可以根据《中华人民共和国行政处罚法》第七十二条第一款第（一）项规定，每日按罚款数额的百分之三加处罚款。
如不服本处罚决定，可以在收到本决定书之日起六十日内向长沙市岳麓区人民政府或者长沙市市场监督管理局申请行政复议，也可以在六个月内依法向长沙市岳麓区人民法院提起行政诉讼。

长沙市岳麓区市场监督管理局
2021年11月12日
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "长沙市岳麓区市场监督管理局",
        "doc_number": "岳市监药罚〔2021〕58号",
        "party": "长沙益康大药房连锁有限公司桐梓坡路店",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国药品管理法》", 98, 1, None, "violated"),
            cite("《中华人民共和国药品管理法》", 98, 3, 5, "other", "定性: 超过有效期 = 劣药; cited as 该法第九十八条第三款第（五）项 (law named by 该法)"),
            cite("《中华人民共和国药品管理法》", 117, 1, None, "penalty"),
            cite("《湖南省药品监督管理行政处罚裁量权基准》", None, None, None, "other", "benchmark title invented"),
            cite(APL, 72, 1, 1, "other"),
        ],
        "fine_yuan": 100000,
        "confiscation_yuan": 25.6,
        "dates": {"filing": "2021-07-07", "notice": "2021-09-27", "decision": "2021-11-12", "service": None,
                  "inspection": "2021-07-06", "hearing_request": "2021-09-29", "hearing_notice": "2021-10-08",
                  "hearing": "2021-10-19"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "Drug case handled by a 市场监督管理局 (retail drug enforcement sits with local market regulators). Hearing recounted with request/notice/hearing dates; the party asked for 减轻 and was refused, yet the decision then says 从轻 (minimum: 10x of the 1万 floor = 10万) - discretion 从轻 as stated. Goods confiscated by quantity with no value in the 没收 clause; confiscation_yuan = only the stated money confiscated (违法所得 25.60). 货值 319.70 and unit price 12.80 are not fines; the proposal '十万元' in the 告知书 equals the final fine. Expiry months (有效期至2021年4月) and batch numbers (200517) must not be read as dates. The party is a branch (…店) with its own credit code; 药品经营许可证编号 is not a credit code.",
        "defects_observed": ["听证主持人为法制审核机构工作人员（是否与法制审核职责冲突，需复核）"],
    },
)

# ---------------------------------------------------------------- 118 林草
case(
    file="118_林业草原.txt",
    source="invented by writer 91; imitates a county 林业局 decision page with Chinese-numeral dates",
    domain="林业草原",
    doc_type="林业行政处罚决定书",
    codes={},
    text="""三明市沙县区林业局
林业行政处罚决定书
沙林罚决字〔2022〕第36号

被处罚人：罗**，男，1968年出生，身份证号码350427********1518，住福建省三明市沙县区高砂镇上坪村14号。
经查，被处罚人于2022年3月上旬，未申请林木采伐许可证，擅自在沙县区高砂镇上坪村“后门山”其自留山上采伐杉木86株，经福建省三明林业调查规划设计院鉴定（三林鉴字〔2022〕第0412号），立木蓄积8.6立方米，林木价值人民币6880元。
以上事实有现场勘验笔录、询问笔录、林木鉴定意见、山林权属证明、现场照片等证据为证。
被处罚人的行为违反了《中华人民共和国森林法》第五十六条第一款的规定，构成滥伐林木。本局于二○二二年六月二十日向被处罚人送达了《林业行政处罚告知书》，被处罚人在法定期限内未提出陈述、申辩和听证要求。
根据《中华人民共和国森林法》第七十六条第二款和《福建省林业行政处罚自由裁量基准》的规定，本局决定对被处罚人作出如下处罚：
一、责令被处罚人于二○二三年三月三十一日前在原地补种杉木二百五十八株（滥伐株数的三倍）；
二、处滥伐林木价值三倍的罚款，计人民币贰万零陆佰肆拾元整（20640元）。
被处罚人应当自收到本决定书之日起十五日内持本决定书到沙县区财政局指定银行缴纳罚款。到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
被处罚人如不服本处罚决定，可以在收到本决定书之日起六十日内向三明市沙县区人民政府申请行政复议，或者在六个月内向三明市沙县区人民法院提起行政诉讼。逾期不申请行政复议、不提起行政诉讼又不履行本处罚决定的，本局将依法申请人民法院强制执行。

三明市沙县区林业局
二○二二年七月八日
""",
    label={
        "doc_type": "林业行政处罚决定书",
        "agency": "三明市沙县区林业局",
        "doc_number": "沙林罚决字〔2022〕第36号",
        "party": "罗**",
        "credit_code": None,
        "cited_articles": [
            cite("《中华人民共和国森林法》", 56, 1, None, "violated", "2019 revision (in force 2020-07-01)"),
            cite("《中华人民共和国森林法》", 76, 2, None, "penalty", "滥伐: 补种1-3倍, 罚款价值3-5倍"),
            cite("《福建省林业行政处罚自由裁量基准》", None, None, None, "other", "benchmark title invented"),
            cite(APL, 72, 1, 1, "other"),
        ],
        "fine_yuan": 20640,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": "2022-06-20", "decision": "2022-07-08", "service": None},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Dates in Chinese numerals with U+25CB '○' (二○二二年六月二十日, 二○二二年七月八日); the replanting deadline 二○二三年三月三十一日 is an order date, not a case date. Natural person with masked ID in a one-sentence party line. Fine 20640 = 3 x 林木价值 6880 (statutory minimum multiple) but the text names no tier, so discretion is null. '补种…二百五十八株' is a quantity in Chinese numerals, not money. Act date is only '2022年3月上旬' (no day), so no violation date is labelled. Appraisal number 三林鉴字〔2022〕第0412号 looks like a 文号.",
        "defects_observed": ["未载明立案日期"],
    },
)

# ---------------------------------------------------------------- 119 人社 (2014 OCR, 三个月)
case(
    file="119_人力资源社会保障.txt",
    source="invented by writer 91; imitates an OCR text layer of a scanned 2014 劳动保障监察 decision (two-column header block, stale litigation period)",
    domain="人力资源社会保障",
    doc_type="劳动保障监察行政处罚决定书",
    codes={"REG": ("120111", "00045678"), "ORG": "6K2W8T5A"},
    text="""天津市西青区人力资源和社会保障局
劳动保障监察行政处罚决定书
西青人社监罚字〔2014〕第17号
用人单位名称：天津市鑫盛达包装      法定代表人（主要负责
制品有限公司                        人）：徐**
营业执照注册号：@REG@    组织机构代码：@ORG@
地址：天津市西青区张家窝镇工业园
区宏源道9号
    经查，天津市鑫盛达包装制品有限公司（以下简称
你单位）2013年9月至11月期间，安排包装车间23名劳动者每月延长工作时间累计达
56至72小时，超过法定每月不得超过三十六小时
的限制。本局于2014年1月13日立案调查。以上
事实有考勤记录、工资支付台账、劳动者询问笔录
等证据证实。
    你单位的上述行为违反了《中华人民共和国劳动
法》第四十一条的规定。本局于2014年2月20日向你
单位送达了《劳动保障监察行政处罚事先告知书》，
你单位在规定期限内未提出陈述申辩。
    根据《劳动保障监察条例》第二十五条的规定，
本局决定：
    一、给予警告；
    二、按照受侵害劳动者每人300元的标准处以罚
款，共计罚款人民币陆仟玖佰元整（6900元）。
    你单位应在接到本决定书之日起十五日内到天津
市西青区财政局指定银行缴纳罚款。逾期不缴纳
的，依据《中华人民共和国行政处罚法》第五十一条
的规定，每日按罚款数额的百分之三加处罚款。
    如不服本决定，可在接到本决定书之日起六十日
内向天津市西青区人民政府或者天津市人力资源和
社会保障局申请行政复议，或者在三个月内向天津
市西青区人民法院提起行政诉讼。
                          天津市西青区人力资源和社会保障局
                                 2014年3月l0日
""",
    label={
        "doc_type": "劳动保障监察行政处罚决定书",
        "agency": "天津市西青区人力资源和社会保障局",
        "doc_number": "西青人社监罚字〔2014〕第17号",
        "party": "天津市鑫盛达包装制品有限公司",
        "credit_code": None,
        "cited_articles": [
            cite("《中华人民共和国劳动法》", 41, None, None, "violated", "title split by an OCR line break (劳动 / 法)"),
            cite("《劳动保障监察条例》", 25, None, None, "penalty", "每人100-500元"),
            cite(APL, 51, None, None, "other", "2009 numbering, no item given"),
        ],
        "fine_yuan": 6900,
        "confiscation_yuan": None,
        "dates": {"filing": "2014-01-13", "notice": "2014-02-20", "decision": "2014-03-10", "service": None},
        "remedy_days": {"review": 60, "litigation": "3m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "OCR of a two-column header: the unit name is split ('天津市鑫盛达包装' … '制品有限公司') with '法定代表人（主要负责' interleaved - the header block cannot give the name without undoing the column interleave; the full name occurs once more, intact, in the body ('经查，天津市鑫盛达包装制品有限公司（以下简称' / '你单位）'). Pre-2015 identifiers (15-digit 注册号, 组织机构代码). Litigation period 三个月 (before the 2015 行政诉讼法 amendment) -> '3m'. Decision date OCR '2014年3月l0日' (lower-case l for 1). Fine 6900 = 23 x 300; 警告 + 罚款. Hours 56至72小时 / 三十六小时 are not amounts.",
        "defects_observed": ["扫描件OCR错误（日期）"],
    },
)

# ---------------------------------------------------------------- 120 医保
case(
    file="120_医疗保障.txt",
    source="invented by writer 91; imitates a district 医疗保障局 decision on a 政务公开 page with an index box",
    domain="医疗保障",
    doc_type="行政处罚决定书",
    codes={"CC": ("92", "620103", "MA71T3KD")},
    text="""索引号：620103-YB-2024-0009　　　　生成日期：2024-08-02
发布机构：兰州市七里河区医疗保障局
名　　称：兰州市七里河区康宁药店行政处罚决定书

兰州市七里河区医疗保障局
行政处罚决定书
七医保罚〔2024〕9号

当事人：兰州市七里河区康宁药店（经营者：马**）
统一社会信用代码：@CC@
医保定点编号：P62010300217
经营场所：甘肃省兰州市七里河区西津西路352号

本局于2024年5月13日对当事人涉嫌违法使用医疗保障基金一案立案调查。经查，当事人于2023年1月1日至2023年12月31日期间，将参保人员购买的保健食品、日用品等非医保支付范围商品串换为“阿莫西林胶囊”“维生素C片”等医保目录内药品进行医保结算，造成医疗保障基金损失人民币7436.20元。
以上事实有医保结算数据、进销存记录、监控视频、询问笔录等证据为证。
当事人的上述行为违反了《医疗保障基金使用监督管理条例》第十五条第一款的规定。本局于2024年7月3日向当事人送达了《行政处罚事先告知书》（七医保罚告〔2024〕9号），当事人在法定期限内未提出陈述、申辩。
依据《医疗保障基金使用监督管理条例》第三十八条第（四）项及《甘肃省医疗保障行政处罚裁量基准》的规定，本局决定：
一、责令当事人改正违法行为，退回医疗保障基金人民币7436.20元；
二、处造成损失金额1.5倍的罚款，计人民币壹万壹仟壹佰伍拾肆元叁角（¥11154.30）。
当事人应自收到本决定书之日起十五日内将上述款项缴至指定账户。到期不缴纳罚款的，本局可依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本决定，可以在收到本决定书之日起六十日内向兰州市七里河区人民政府申请行政复议，也可以在六个月内依法向兰州市七里河区人民法院提起行政诉讼。

兰州市七里河区医疗保障局
2024年7月29日
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "兰州市七里河区医疗保障局",
        "doc_number": "七医保罚〔2024〕9号",
        "party": "兰州市七里河区康宁药店",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《医疗保障基金使用监督管理条例》", 15, 1, None, "violated"),
            cite("《医疗保障基金使用监督管理条例》", 38, None, 4, "penalty", "串换药品; 损失1-2倍"),
            cite("《甘肃省医疗保障行政处罚裁量基准》", None, None, None, "other", "benchmark title invented"),
            cite(APL, 72, 1, 1, "other"),
        ],
        "fine_yuan": 11154.3,
        "confiscation_yuan": None,
        "dates": {"filing": "2024-05-13", "notice": "2024-07-03", "decision": "2024-07-29", "service": None,
                  "publication": "2024-08-02"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "个体工商户 定点药店 by 字号 with operator in brackets. Two money amounts: 退回医保基金 7436.20 (a refund, neither fine nor confiscation; dev-set sometimes uses an extra refund_yuan key, not used here) and the fine 11154.30 (1.5x, with 角 in capitals: 壹万壹仟壹佰伍拾肆元叁角). The index box date 2024-08-02 ('生成日期') is not the decision date. 医保定点编号 P62010300217 is not a credit code. Period 2023年1月1日至2023年12月31日 is the violation period.",
        "defects_observed": [],
    },
)

# ---------------------------------------------------------------- 121 城管 当场 (2025, 复议前置)
case(
    file="121_城市管理.txt",
    source="invented by writer 91; imitates a filled-in pre-printed 当场处罚 form (checkboxes, underscores) typed into a 行政执法公示 page",
    domain="城市管理",
    doc_type="当场行政处罚决定书",
    codes={},
    text="""上海市黄浦区城市管理行政执法局
当场行政处罚决定书
编号：黄城管当罚〔2025〕第0013526号

当事人：☑个人　□单位
姓名：马**　　性别：男　　身份证件号码：3412**********5519
住址：安徽省阜阳市颍州区****
单位名称：＿＿＿＿＿＿　统一社会信用代码：＿＿＿＿＿＿
违法事实：2025年3月18日14时20分，当事人在黄浦区福建中路与北京东路交叉口人行道上，利用三轮车设摊兜售水果，占用人行道约4平方米，影响市容。
违法依据：上述行为违反了《上海市市容环境卫生管理条例》（以下简称《条例》）第二十二条第一款的规定。
处罚依据：《条例》第四十八条第一款、《中华人民共和国行政处罚法》第五十一条。
处罚决定：☑罚款　□警告　□通报批评
罚款金额：人民币壹佰元（¥100）
履行方式：☑当场缴纳（依据《中华人民共和国行政处罚法》第六十八条第一款第（二）项当场收缴，出具上海市罚没款收据No.0028173）　□十五日内到指定银行缴纳
执法人员已向当事人出示执法证件，告知当事人违法事实、处罚理由和依据，以及依法享有陈述、申辩的权利。当事人陈述申辩意见：无。
当事人如不服本决定，应当自收到本决定书之日起六十日内向上海市黄浦区人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。
执法人员（签名）：周**　执法证号：31010125****　　施**　执法证号：31010125****
当事人（签名）：马**
时间：2025年3月18日　地点：福建中路北京东路口
（印章）上海市黄浦区城市管理行政执法局
""",
    label={
        "doc_type": "当场行政处罚决定书",
        "agency": "上海市黄浦区城市管理行政执法局",
        "doc_number": "黄城管当罚〔2025〕第0013526号",
        "party": "马**",
        "credit_code": None,
        "cited_articles": [
            cite("《上海市市容环境卫生管理条例》", 22, 1, None, "violated", "local regulation; article numbers invented for this corpus"),
            cite("《上海市市容环境卫生管理条例》", 48, 1, None, "penalty", "cited as 《条例》第四十八条第一款; article invented"),
            cite(APL, 51, None, None, "other", "2021 numbering: 简易程序"),
            cite(APL, 68, 1, 2, "other", "当场收缴; the fine is 100元, so item (一) '一百元以下' would be the apt item - kept as written"),
        ],
        "fine_yuan": 100,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2025-03-18", "service": "2025-03-18",
                  "violation": "2025-03-18"},
        "remedy_days": {"review": 60, "litigation": None},
        "discretion": None,
        "completeness": "complete",
        "notes": "当场 (简易程序) form with ticked/unticked checkboxes (☑/□) and empty underscored fields - the empty 统一社会信用代码 field must yield null. Local regulation abbreviated 《条例》 in the penalty line. 复议前置 (行政复议法 2023 第二十三条): the party must first apply for review; litigation only after the review decision, with no period stated -> litigation null. Fine 100, collected on the spot with a receipt number (No.0028173 is not a 文号). Decision, service and act all on 2025年3月18日. Officers' certificate numbers are masked. '上海市罚没款收据' is not the decision.",
        "defects_observed": ["当场收缴引用第六十八条第一款第（二）项，而100元罚款应适用第（一）项", "违法人住址被部分遮蔽，无法核对"],
    },
)

# ---------------------------------------------------------------- 122 市场监管 不予处罚
case(
    file="122_市场监管.txt",
    source="invented by writer 91; imitates a district 市场监督管理局 不予行政处罚决定书 on a 行政执法公示 page",
    domain="市场监管",
    doc_type="不予行政处罚决定书",
    codes={"CC": ("91", "440106", "MA5C1L9W")},
    text="""广州市天河区市场监督管理局
不予行政处罚决定书
穗天市监不罚〔2023〕27号

当事人：广州悦鲜生鲜超市有限公司
主体资格证照名称：营业执照
统一社会信用代码：@CC@
法定代表人：冯**
住所：广州市天河区石牌街龙口西路132号首层

2023年2月9日，本局执法人员对当事人经营场所进行检查，发现当事人销售的西兰花、本地菜心、红富士苹果等23种蔬菜水果未标示价格。本局于2023年2月10日立案调查。
经查，当事人系因更换货架，价签未及时重新摆放，检查当日即在执法人员见证下补齐全部价签。当事人自成立以来未因价格违法行为受过行政处罚，违法行为持续时间短，未发现消费者因此多付价款，危害后果轻微。
以上事实有现场笔录、现场照片、询问笔录、整改后照片等证据为证。
本局认为，当事人的上述行为违反了《中华人民共和国价格法》第十三条第一款和《明码标价和禁止价格欺诈规定》第五条第一款的规定，依照《中华人民共和国价格法》第四十二条的规定，应予处罚。但当事人系初次违法，危害后果轻微并及时改正，符合《中华人民共和国行政处罚法》第三十三条第一款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，亦属《广东省市场监管领域轻微违法行为免罚清单》第二十一项所列情形。
根据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定对当事人不予行政处罚。本局已对当事人进行了批评教育，并责令其严格落实明码标价制度。
当事人如对本决定不服，可以在收到本决定书之日起六十日内向广州市天河区人民政府申请行政复议，也可以在六个月内依法向广州铁路运输法院提起行政诉讼。

广州市天河区市场监督管理局
2023年3月6日
""",
    label={
        "doc_type": "不予行政处罚决定书",
        "agency": "广州市天河区市场监督管理局",
        "doc_number": "穗天市监不罚〔2023〕27号",
        "party": "广州悦鲜生鲜超市有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国价格法》", 13, 1, None, "violated"),
            cite("《明码标价和禁止价格欺诈规定》", 5, 1, None, "violated"),
            cite("《中华人民共和国价格法》", 42, None, None, "penalty", "the penalty clause that would apply; not applied"),
            cite(APL, 33, 1, None, "other", "basis of 不予行政处罚 (首违不罚, discretionary '可以')"),
            cite("《广东省市场监管领域轻微违法行为免罚清单》", None, None, 21, "other", "list title invented; written 第二十一项"),
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": {"filing": "2023-02-10", "notice": None, "decision": "2023-03-06", "service": None,
                  "inspection": "2023-02-09"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "不予处罚",
        "completeness": "complete",
        "notes": "不予行政处罚决定书: no fine (null), but a penalty article is still cited (价格法 第四十二条 'would apply'). The 行政处罚法 第三十三条第一款 quote inside “…” contains '不予行政处罚' too. 教育 recorded as required by 第三十三条第三款. 23种 is a count. Remedy clause present (a 不予处罚 decision is itself reviewable); litigation to 广州铁路运输法院.",
        "defects_observed": [],
    },
)

# ---------------------------------------------------------------- 123 税务 简易 (2014, dotted dates)
case(
    file="123_税务.txt",
    source="invented by writer 91; imitates a 2014 地税 summary-procedure decision form typed out for a 公示 page",
    domain="税务",
    doc_type="税务行政处罚决定书（简易）",
    codes={},
    text="""宜昌市西陵区地方税务局
税务行政处罚决定书（简易）
宜西地税简罚〔2014〕0321号

纳税人名称：宜昌市西陵区佳味面馆（业主：向**）
纳税人识别号：42050219790612****
地址：宜昌市西陵区夷陵大道117号
违法事实：你户未按规定期限办理2014年4月营业税纳税申报（申报期限为2014.05.15），于2014.06.17补办申报。
处罚依据及决定：你户的上述行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定，根据《中华人民共和国税收征收管理法》第六十二条的规定，决定对你户处以罚款贰佰元（200.00元）。
请于2014.07.02前到宜昌市西陵区地方税务局办税服务厅缴纳罚款。到期不缴纳罚款，我局可依照《中华人民共和国行政处罚法》第五十一条第（一）项规定，每日按罚款数额的3%加处罚款。
如对本决定不服，可以自收到本决定书之日起六十日内依法向宜昌市地方税务局申请行政复议，或者自收到本决定书之日起三个月内依法向人民法院起诉。

税务机关（签章）：宜昌市西陵区地方税务局
税务人员签名：李**、陈**
2014.06.17
纳税人签收：向**　　2014.06.17
""",
    label={
        "doc_type": "税务行政处罚决定书（简易）",
        "agency": "宜昌市西陵区地方税务局",
        "doc_number": "宜西地税简罚〔2014〕0321号",
        "party": "宜昌市西陵区佳味面馆",
        "credit_code": None,
        "cited_articles": [
            cite("《中华人民共和国税收征收管理法》", 25, 1, None, "violated"),
            cite("《中华人民共和国税收征收管理法》", 62, None, None, "penalty"),
            cite(APL, 51, None, 1, "other", "2009 numbering"),
        ],
        "fine_yuan": 200,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2014-06-17", "service": "2014-06-17",
                  "deadline": "2014-05-15"},
        "remedy_days": {"review": 60, "litigation": "3m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Summary (简易) tax form with dotted dates (2014.05.15 filing deadline, 2014.06.17 late filing = decision = service, 2014.07.02 payment deadline - three dates in the same format with different roles). The 纳税人识别号 of a 个体工商户 is the operator's ID number (masked), NOT a credit code -> credit_code null. Party named by 字号 with '（业主：…）'. Pre-2015 litigation period 三个月; 复议 to the superior 地税局 (税务 is vertical). '你户' addressing.",
        "defects_observed": ["纳税人识别号（业主身份证号）部分遮蔽"],
    },
)

# ---------------------------------------------------------------- 124 生态环境 2012 (PDF-to-text)
case(
    file="124_生态环境.txt",
    source="invented by writer 91; imitates a 裁判文书-like PDF-to-text copy of a 2012 decision (letter-spaced title, page footers, hard line breaks)",
    domain="生态环境",
    doc_type="行政处罚决定书",
    codes={"REG": ("341300", "00045679"), "ORG": "5X4P7R3N"},
    text="""宿 州 市 环 境 保 护 局
行 政 处 罚 决 定 书
宿环罚字(2012)7号
当事人：宿州市恒通新型建材有限公司
组织机构代码：@ORG@　　营业执照注册号：@REG@
法定代表人：朱**
地址：安徽省宿州市埇桥区符离镇工业集中区
    经查，你公司年产20万立方米加气混凝土砌块建设项目环境影响报告表于2010年
8月经我局批复（宿环建函〔2010〕96号），项目需配套建设的除尘设施、废水沉淀
池等环境保护设施未经我局验收，主体工程于2011年10月正式投入生产。2012年2月
21日我局现场检查时该项目仍在生产。
    以上事实有现场检查（勘察）笔录、调查询问笔录、环评批复文件、现场照片等证
据为凭。
    你公司的上述行为违反了《建设项目环境保护管理条例》第二十三条的规定。我局于
2012年3月15日以《行政处罚事先告知书》（宿环罚告字(2012)7号）告知你公司陈述
申辩和听证的权利，你公司未在规定期限内提出。
    依据《建设项目环境保护管理条例》第二十八条的规定，我局决定：
    一、责令你公司该项目停止生产，待环境保护设施经验收合格后方可投入生产；
    二、处罚款人民币捌万元整（8万元）。
                                                        第 1 页 共 2 页
    限你公司于接到本处罚决定之日起十五日内缴至宿州市非税收入汇缴结算户。逾期
不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第五十一条第（一）项规定
每日按罚款数额的3%加处罚款。
    你公司如不服本处罚决定，可在接到本处罚决定书之日起六十日内向宿州市人民政府
或者安徽省环境保护厅申请行政复议，也可以在三个月内向宿州市埇桥区人民法院提起
行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。
    期满不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，我局将依法申请人
民法院强制执行。
                                                        宿州市环境保护局
                                                        2012年4月9日
                                                        第 2 页 共 2 页
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "宿州市环境保护局",
        "doc_number": "宿环罚字(2012)7号",
        "party": "宿州市恒通新型建材有限公司",
        "credit_code": None,
        "cited_articles": [
            cite("《建设项目环境保护管理条例》", 23, None, None, "violated", "1998 text"),
            cite("《建设项目环境保护管理条例》", 28, None, None, "penalty", "1998 text: 可以处10万元以下的罚款"),
            cite(APL, 51, None, 1, "other", "2009 numbering"),
        ],
        "fine_yuan": 80000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": "2012-03-15", "decision": "2012-04-09", "service": None,
                  "inspection": "2012-02-21"},
        "remedy_days": {"review": 60, "litigation": "3m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "PDF-to-text: letter-spaced agency name and title (宿 州 市 环 境 保 护 局), hard line breaks mid-word and mid-date ('2012年2月' / '21日' - the inspection date is split by a line break only, so a whitespace-insensitive reader recovers it), page footers '第 N 页 共 2 页'. Pre-三证合一 identifiers (组织机构代码 and 15-digit 注册号) -> credit_code null. Fine 8万元 / 捌万元整 = 80000. Pre-2015 litigation period 三个月 -> '3m'; dual 复议 channel. Dates 2010年8月 / 2011年10月 are project history; 宿环建函〔2010〕96号 is an EIA approval number, not the decision 文号. 文号 with half-width (2012).",
        "defects_observed": [],
    },
)
