# Cases 101-112. Everything here is invented; agencies use real place names only.
# Placeholders: @CC@ (party credit code), @CC2@ (second code), @REG@ (15-digit 注册号), @ORG@ (组织机构代码).

CASES = []


def case(**kw):
    CASES.append(kw)


def cite(law, article, paragraph=None, item=None, role="other", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


APL = "《中华人民共和国行政处罚法》"

# ---------------------------------------------------------------- 101 海关
case(
    file="101_海关.txt",
    source="invented by writer 91; imitates a customs decision republished by a trade-news site (no real case)",
    domain="海关",
    doc_type="行政处罚决定书",
    codes={"CC": ("91", "370211", "MA3C7K2P")},
    text="""口岸动态丨黄岛海关公布一起出口申报不实案处罚决定
2023-06-28 09:14　来源：口岸通讯　阅读 1362

编者按：以下处罚决定书来自海关门户网站行政处罚公开栏目，本号仅作学习交流之用。

中华人民共和国黄岛海关
行政处罚决定书
黄关缉违字〔2023〕0187号
当事人青岛瑞禾达国际贸易有限公司，法定代表人孙**，统一社会信用代码@CC@，地址山东省青岛市黄岛区长江中路216号金茂大厦1507室，报关单位备案编码3702960X3R。
经我关调查，当事人有以下违法行为：2023年2月14日，当事人以一般贸易方式向海关申报出口不锈钢真空保温杯一批，报关单号425820230000316479，申报数量12,600个，申报总价28,350美元。经海关查验，实际出口数量为14,400个，其中1,800个未向海关申报。经计核，漏报货物价值人民币27,615.60元，影响海关统计准确性。
以上行为有查验记录单、出口货物报关单及随附单证、查问笔录、企业陈述报告等为证。
当事人出口货物数量申报不实，影响海关统计准确性，该行为违反了《中华人民共和国海关法》第二十四条第一款之规定，构成同法第八十六条第（三）项所列之违法行为。根据《中华人民共和国海关行政处罚实施条例》第十五条第（一）项之规定，决定对当事人作出如下行政处罚：
科处罚款人民币0.8万元。
当事人应当自本处罚决定书送达之日起十五日内，根据《中华人民共和国行政处罚法》第六十七条的规定，履行上述处罚决定。
当事人不服本处罚决定的，依照《中华人民共和国行政复议法》第九条、第十二条，《中华人民共和国行政诉讼法》第四十六条之规定，可自本处罚决定书送达之日起六十日内向青岛海关申请行政复议，或者自本处罚决定书送达之日起六个月内，直接向青岛市中级人民法院起诉。
根据《中华人民共和国行政处罚法》第七十二条、《中华人民共和国海关法》第九十三条之规定，当事人到期不缴纳罚款的，每日可以按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款数额；当事人逾期不履行处罚决定又不申请复议或者向人民法院提起诉讼的，海关可以将扣留的货物、物品、运输工具依法变价抵缴，或者以当事人提供的担保抵缴；也可以申请人民法院强制执行。
中华人民共和国黄岛海关
2023年6月19日

（责任编辑：周*）
相关阅读：海关总署关于进一步规范出口申报的公告解读 ｜ 2023年上半年青岛口岸进出口数据
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "中华人民共和国黄岛海关",
        "doc_number": "黄关缉违字〔2023〕0187号",
        "party": "青岛瑞禾达国际贸易有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国海关法》", 24, 1, None, "violated"),
            cite("《中华人民共和国海关法》", 86, None, 3, "penalty", "构成同法第八十六条第（三）项所列之违法行为: the offence clause of the 海关法 罚则"),
            cite("《中华人民共和国海关行政处罚实施条例》", 15, None, 1, "penalty"),
            cite(APL, 67, None, None, "other"),
            cite("《中华人民共和国行政复议法》", 9, None, None, "other", "1999/2017 numbering, still quoted in 2023"),
            cite("《中华人民共和国行政复议法》", 12, None, None, "other"),
            cite("《中华人民共和国行政诉讼法》", 46, None, None, "other"),
            cite(APL, 72, None, None, "other"),
            cite("《中华人民共和国海关法》", 93, None, None, "other"),
        ],
        "fine_yuan": 8000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2023-06-19", "service": None,
                  "violation": "2023-02-14", "publication": "2023-06-28"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Decision wrapped in a news page (headline, ISO publication date 2023-06-28, editor line, related links) - the publication date is not the decision date (2023年6月19日). 当事人 block is ONE run-on sentence: name, 法定代表人, 统一社会信用代码, 地址 and a 10-character 报关单位备案编码 (not a credit code). Fine only as '0.8万元' = 8000. The 18-digit 报关单号 425820230000316479 looks like an ID/credit number but is neither. 漏报货物价值 27,615.60元 is not a fine. 海关 decisions cite 复议法 第九条、第十二条 (pre-2024 numbering) and 复议 goes to the superior customs (青岛海关), litigation to 青岛市中级人民法院.",
        "defects_observed": ["2023年作出的决定仍引用旧《行政复议法》第九条、第十二条（新法2024-01-01施行前不算错误，但条文引用已过时的模板痕迹）"],
    },
)

# ---------------------------------------------------------------- 102 税务
case(
    file="102_税务.txt",
    source="invented by writer 91; imitates a 税务稽查局 decision copied from a tax bureau's 行政处罚公开 column (index box, flattened table)",
    domain="税务",
    doc_type="税务行政处罚决定书",
    codes={"CC": ("91", "350206", "MA2Y4H8D")},
    text="""索 引 号：FJ-XMSW-2022-0418　　　　主题分类：税务稽查
发布机构：国家税务总局厦门市税务局第二稽查局　　发布日期：2022-10-11
标　　题：税务行政处罚决定书（厦税二稽罚〔2022〕163号）
【打印】【关闭】

国家税务总局厦门市税务局第二稽查局
税务行政处罚决定书
厦税二稽罚〔2022〕163号

厦门鑫聚源建材贸易有限公司（纳税人识别号：@CC@）：
经我局（所）对你（单位）2020年1月1日至2021年12月31日期间的涉税情况进行检查，你（单位）存在违法事实及处罚依据如下：
一、违法事实
你单位2020年3月至2021年6月期间销售螺纹钢取得的收入人民币701,538.46元未在账簿中列示，也未申报纳税，造成少缴税款。经检查核实，少缴税款情况如下：
税种
税款所属期
少缴税款（元）
增值税
2020-03-01至2021-06-30
91,200.00
城市维护建设税
2020-03-01至2021-06-30
6,384.00
合计

97,584.00
上述事实有你单位账簿、记账凭证、银行流水、购货方询证函回函及你单位财务负责人询问笔录等证据证实。
二、处罚决定
你单位在账簿上不列收入，进行虚假的纳税申报，少缴增值税、城市维护建设税，根据《中华人民共和国税收征收管理法》第六十三条第一款的规定，属于偷税。鉴于你单位在检查期间已补缴全部税款及滞纳金，依照《福建省税务行政处罚裁量基准》，对你单位少缴的税款97,584.00元处百分之五十的罚款，计48,792.00元。
以上应缴款项共计48,792.00元。限你（单位）自本决定书送达之日起15日内到国家税务总局厦门市湖里区税务局缴纳入库。到期不缴纳罚款，我局（所）可依照《中华人民共和国行政处罚法》第七十二条第一款第（一）项规定，每日按罚款数额的百分之三加处罚款。
如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局厦门市税务局申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。如对处罚决定逾期不申请复议也不向人民法院起诉、又不履行的，我局（所）将采取《中华人民共和国税收征收管理法》第四十条规定的强制执行措施，或者申请人民法院强制执行。

国家税务总局厦门市税务局第二稽查局
二〇二二年九月二十六日

【相关链接】国家税务总局厦门市税务局　厦门市人民政府
""",
    label={
        "doc_type": "税务行政处罚决定书",
        "agency": "国家税务总局厦门市税务局第二稽查局",
        "doc_number": "厦税二稽罚〔2022〕163号",
        "party": "厦门鑫聚源建材贸易有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国税收征收管理法》", 63, 1, None, "penalty", "same clause defines 偷税 and sets the 50%-5x fine; no separate violated article is cited"),
            cite("《福建省税务行政处罚裁量基准》", None, None, None, "other", "discretion benchmark named without article"),
            cite(APL, 72, 1, 1, "other"),
            cite("《中华人民共和国税收征收管理法》", 40, None, None, "other"),
        ],
        "fine_yuan": 48792,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2022-09-26", "service": None, "publication": "2022-10-11"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Party is addressed in the salutation line with the credit code given as 纳税人识别号. The 少缴税款 table is flattened one cell per line (an empty cell before 合计's amount); 97,584.00 is the unpaid tax, 701,538.46 is unreported income, the fine is 48,792.00 (50% = statutory minimum) but the text names no tier (从轻 etc.), so discretion stays null. Decision date in Chinese numerals with 〇 (二〇二二年九月二十六日); 2022-10-11 is the web publication date in the index box. Tax penalties may be appealed directly (no 复议前置 for penalties). '我局（所）' is the template's unstruck option.",
        "defects_observed": ["未引用违法行为所违反的条款（仅引用第六十三条第一款）", "文书模板选项“我局（所）”“你（单位）”未作技术处理"],
    },
)

# ---------------------------------------------------------------- 103 公安交管
case(
    file="103_公安交管.txt",
    source="invented by writer 91; imitates a 公安交通管理 decision re-typed from the 交管 system printout for a 政务公开 page",
    domain="公安交管",
    doc_type="公安交通管理行政处罚决定书",
    codes={},
    text="""杭州市公安局交通警察支队西湖大队
公安交通管理行政处罚决定书
编号：3301062004315726

被处罚人：许**　　性别：男　　出生日期：1991-**-**
身份证明名称：居民身份证　　号码：330106********2315
机动车驾驶证档案编号：3301********　　准驾车型：C1
车辆牌号：浙A·D7K52　　车辆类型：小型普通客车
联系方式：139****6021

现查明：被处罚人许**于2024-04-27 22:41，驾驶浙A·D7K52小型普通客车，行至杭州市西湖区天目山路与古墩路交叉口时，经呼气酒精含量检测为46mg/100ml；经血液酒精含量检验，结果为52.8mg/100ml，属饮酒后驾驶机动车。
以上事实有呼气酒精含量检测单、血液酒精含量检验鉴定意见书、执法记录仪视频、被处罚人陈述和申辩等证据证实。
被处罚人的行为违反了《中华人民共和国道路交通安全法》第22条第2款之规定。依据《中华人民共和国道路交通安全法》第91条第1款之规定，决定给予以下处罚：
1.罚款人民币壹仟伍佰元（1500元）；
2.暂扣机动车驾驶证六个月（自2024-04-27起至2024-10-26止），驾驶证记12分。
持本决定书在十五日内到杭州银行各网点或通过“交管12123”缴纳罚款。逾期不缴纳的，每日按罚款数额的3%加处罚款，加处罚款总额不超出罚款数额。
如不服本决定，可以在收到本决定书之日起60日内向杭州市人民政府申请行政复议，或者在6个月内依法向杭州市西湖区人民法院提起行政诉讼。

处罚机关（印章）
2024-05-08

被处罚人签名：许**　　　　2024-05-08
（本决定书一式二份，一份交被处罚人，一份附卷）
""",
    label={
        "doc_type": "公安交通管理行政处罚决定书",
        "agency": "杭州市公安局交通警察支队西湖大队",
        "doc_number": "3301062004315726",
        "party": "许**",
        "credit_code": None,
        "cited_articles": [
            cite("《中华人民共和国道路交通安全法》", 22, 2, None, "violated", "written 第22条第2款"),
            cite("《中华人民共和国道路交通安全法》", 91, 1, None, "penalty", "written 第91条第1款"),
        ],
        "fine_yuan": 1500,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2024-05-08", "service": "2024-05-08",
                  "violation": "2024-04-27"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Traffic (not 治安) penalty on a pre-printed 交管 form. All dates in ISO form (2024-04-27 22:41 with time, 2024-05-08). 文号 is a bare 16-digit serial after '编号：' (no 〔〕). Citations in Arabic numerals (第22条第2款 / 第91条第1款). Two penalties: fine 1500 (大写+小写 agree) and 暂扣驾驶证六个月; the '六个月' of the 暂扣 and '6个月' of the litigation period must not be confused; '记12分' is not a penalty amount. Service = signature date on the form. Agency is a 大队 of the 交警支队 (the seal line only says 处罚机关（印章）). Blood alcohol 52.8mg/100ml is a number that is not money.",
        "defects_observed": ["处罚机关落款仅有“处罚机关（印章）”字样，名称需从文首读取", "未写明复议/诉讼期限的起算对象是否包括暂扣驾驶证决定（模板用语）"],
    },
)

# ---------------------------------------------------------------- 104 市场监管
case(
    file="104_市场监管.txt",
    source="invented by writer 91; imitates the 行政处罚信息 detail page of 国家企业信用信息公示系统 with the full decision text below the summary fields",
    domain="市场监管",
    doc_type="行政处罚决定书",
    codes={"CC": ("92", "361102", "MA38K6UR")},
    text="""行政处罚信息
决定书文号：饶信市监处罚〔2022〕217号
违法行为类型：经营超过保质期的食品
行政处罚内容：没收超过保质期的食品；罚款10000元
作出行政处罚决定机关名称：上饶市信州区市场监督管理局
作出行政处罚决定日期：2022年08月16日
公示日期：2022年08月30日
行政处罚决定书详情

上饶市信州区市场监督管理局
行政处罚决定书
饶信市监处罚〔2022〕217号

当事人：上饶市信州区旺鑫副食店（经营者：徐**）
主体资格证照名称：营业执照
统一社会信用代码：@CC@
住所（住址）：江西省上饶市信州区茶圣路街道五三大道168号
身份证件号码：3611**********0418
2022年5月19日，本局执法人员对当事人经营场所进行监督检查，发现当事人货架上摆放待售的部分预包装食品已超过保质期。本局于2022年5月20日立案调查。
经查，当事人经营的下列食品超过保质期：
1.“乐滋园”牌牛肉粒（150g/袋）14袋，生产日期2021年9月2日，保质期8个月，销售单价22元/袋，货值308元；
2.“田园记”牌香辣豆干（80g/袋）36袋，生产日期2021年10月11日，保质期6个月，销售单价4.5元/袋，货值162元；
3.“甜趣”牌乳酸菌饮品（340ml/瓶）24瓶，生产日期2021年12月3日，保质期5个月，销售单价6元/瓶，货值144元。
上述食品货值金额合计614元，均未售出，当事人无违法所得。
上述事实，有现场笔录、询问笔录、当事人营业执照复印件、涉案食品照片及进货单据等证据为证。
当事人经营超过保质期食品的行为，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，应没收违法生产经营的食品，并处五万元以上十万元以下罚款。
鉴于当事人在检查当日即主动将涉案食品下架封存，积极配合调查，涉案食品货值金额较小且未售出，符合《中华人民共和国行政处罚法》第三十二条第（一）项规定的情形，依据《江西省市场监督管理行政处罚裁量权适用规则》第十四条的规定，对当事人予以减轻处罚。
本局于2022年7月25日向当事人送达了《行政处罚告知书》（饶信市监罚告〔2022〕198号），告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有陈述、申辩的权利。当事人在法定期限内未提出陈述、申辩。
综上，本局决定：
一、没收超过保质期的食品：牛肉粒14袋、香辣豆干36袋、乳酸菌饮品24瓶（货值合计614元）；
二、罚款人民币壹万元整（¥10000.00）。
当事人应当自收到本决定书之日起十五日内，通过江西省非税收入缴款系统或者到指定银行缴纳罚款。到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内向上饶市信州区人民政府申请行政复议；也可以在六个月内依法向上饶市信州区人民法院提起行政诉讼。
上饶市信州区市场监督管理局
2022年8月16日
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "上饶市信州区市场监督管理局",
        "doc_number": "饶信市监处罚〔2022〕217号",
        "party": "上饶市信州区旺鑫副食店",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国食品安全法》", 34, None, 10, "violated"),
            cite("《中华人民共和国食品安全法》", 124, 1, 5, "penalty"),
            cite(APL, 32, None, 1, "other", "ground for 减轻"),
            cite("《江西省市场监督管理行政处罚裁量权适用规则》", 14, None, None, "other", "discretion rule; title and article invented for this corpus"),
            cite(APL, 72, 1, 1, "other"),
        ],
        "fine_yuan": 10000,
        "confiscation_yuan": 614,
        "dates": {"filing": "2022-05-20", "notice": "2022-07-25", "decision": "2022-08-16", "service": None,
                  "inspection": "2022-05-19", "publication": "2022-08-30"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "减轻",
        "completeness": "complete",
        "notes": "Publication summary (fields with zero-padded dates 2022年08月16日) precedes the full text. 个体工商户 named by its 字号 with the operator in brackets: party = 上饶市信州区旺鑫副食店, not 徐**. Credit code starts 92 (个体工商户). 没收 goods listed with quantity, unit price and value; confiscation_yuan = the stated total value 614 (no 违法所得). 减轻: fine 10000 is below the statutory 5万 minimum, grounded on 行政处罚法 第三十二条第（一）项. Production dates (2021年9月2日 etc.) are not case dates. The summary repeats the fine as '罚款10000元'.",
        "defects_observed": [],
    },
)

# ---------------------------------------------------------------- 105 生态环境
case(
    file="105_生态环境.txt",
    source="invented by writer 91; imitates a city 生态环境局 page that publishes a decision together with its later 更正 notice",
    domain="生态环境",
    doc_type="行政处罚决定书",
    codes={"CC": ("91", "320506", "MA1N9QW4")},
    text="""苏州市生态环境局
行政处罚决定书
苏环行罚字[2020]第118号

当事人名称：苏州吴中恒锐表面处理有限公司
统一社会信用代码：@CC@
法定代表人：钱**
地址：苏州市吴中区胥口镇藏书路88号

一、调查情况及发现的环境违法事实、证据和陈述申辩（听证）及采纳情况
2020年4月9日，我局执法人员对你单位进行现场检查，并对你单位废水总排口进行采样。苏州市吴中环境监测站出具的监测报告（吴环监（2020）第0409-03号）显示：总镍浓度为0.87mg/L，超过《电镀污染物排放标准》（GB 21900-2008）表2规定的0.5mg/L排放限值0.74倍。
以上事实，有现场检查（勘察）笔录、调查询问笔录、监测报告、现场照片等证据为凭。
你单位上述行为违反了《中华人民共和国水污染防治法》第十条的规定。
我局于2020年5月28日以《行政处罚事先（听证）告知书》（苏环罚告字[2020]第118号）告知你单位陈述申辩和听证的权利，你单位在规定期限内未提出陈述申辩和听证申请。
二、行政处罚的依据、种类及其履行方式、期限
依据《中华人民共和国水污染防治法》第八十三条第（二）项和《江苏省生态环境行政处罚裁量基准规定》，我局决定对你单位作出如下行政处罚：
1.责令立即改正违法行为；
2.罚款人民币贰拾壹万元整（¥201,000.00）。
限于接到本处罚决定之日起十五日内缴至指定银行和账户。逾期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第五十一条第（一）项规定每日按罚款数额的3%加处罚款。
收款银行：中国农业银行苏州吴中支行　户名：苏州市财政局非税收入专户
三、申请复议或者提起诉讼的途径和期限
如不服本处罚决定，可在收到本处罚决定书之日起六十日内向江苏省生态环境厅或者苏州市人民政府申请行政复议，也可以在六个月内向苏州市姑苏区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。
逾期不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，我局将依法申请人民法院强制执行。

苏州市生态环境局
2020年6月22日

————————————————————
附：更正通知

苏州市生态环境局
关于更正苏环行罚字[2020]第118号行政处罚决定书的通知

苏州吴中恒锐表面处理有限公司：
我局于2020年6月22日作出的苏环行罚字[2020]第118号《行政处罚决定书》第二部分第2项罚款金额小写“¥201,000.00”有误，现更正为“¥210,000.00”，大写金额“贰拾壹万元整”不变。原决定书其他内容不变。
特此通知。

苏州市生态环境局
2020年6月29日
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "苏州市生态环境局",
        "doc_number": "苏环行罚字[2020]第118号",
        "party": "苏州吴中恒锐表面处理有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国水污染防治法》", 10, None, None, "violated"),
            cite("《中华人民共和国水污染防治法》", 83, None, 2, "penalty"),
            cite("《江苏省生态环境行政处罚裁量基准规定》", None, None, None, "other", "discretion benchmark, no article"),
            cite(APL, 51, None, 1, "other", "2017 numbering (decision 2020-06-22, before 2021-07-15); now art.72"),
        ],
        "fine_yuan": 210000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": "2020-05-28", "decision": "2020-06-22", "service": None,
                  "inspection": "2020-04-09", "correction": "2020-06-29"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "The fine is stated twice differently in the decision: 大写 贰拾壹万元整 (210,000) vs 小写 ¥201,000.00. The appended 更正通知 (2020-06-29, a second date and a second agency signature) corrects the 小写 to ¥210,000.00, so fine_yuan = 210000; an extractor that takes the first Arabic amount gets 201000. The notice also repeats the 文号 and decision date - the decision date stays 2020-06-22. 文号 uses half-width square brackets [2020]. Monitoring report number 吴环监（2020）第0409-03号 and the standard GB 21900-2008 look like 文号/dates but are not. 复议 to 江苏省生态环境厅 or 苏州市人民政府 (pre-2024 dual channel).",
        "defects_observed": ["决定书罚款金额大小写不一致（以更正通知补正）"],
    },
)

# ---------------------------------------------------------------- 106 应急管理
case(
    file="106_应急管理.txt",
    source="invented by writer 91; imitates a district 应急管理局 decision page with half-width punctuation (copied from a PDF)",
    domain="应急管理",
    doc_type="行政处罚决定书",
    codes={"CC": ("91", "440605", "MA4W7E1K")},
    text="""佛山市南海区应急管理局
行 政 处 罚 决 定 书
(佛南)应急罚〔2022〕47号

被处罚单位:佛山市南海区锦荣五金制品有限公司
统一社会信用代码:@CC@
地址:佛山市南海区狮山镇罗村联和工业区东区二路3号
法定代表人:梁**    职务:执行董事
被处罚人:罗**(直接负责的主管人员,生产经理)    身份证号:4406**********0917

违法事实及证据:2022年3月8日,我局执法人员对你单位进行检查,发现你单位未按照规定对新入职的12名冲压岗位从业人员进行安全生产教育和培训即安排上岗作业,当场下达《责令限期整改指令书》((佛南)应急责改〔2022〕113号),责令你单位于2022年3月22日前整改完毕。2022年3月24日,我局执法人员进行复查,发现你单位逾期仍未改正。
以上事实有现场检查记录、整改复查意见书、询问笔录、员工花名册、培训档案、现场照片等证据为证。
你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定。
2022年4月11日,我局向你单位及罗**送达了《行政处罚告知书》((佛南)应急罚告〔2022〕47号),告知拟作出行政处罚的事实、理由、依据及依法享有陈述、申辩和要求听证的权利。你单位及罗**在法定期限内均未提出陈述、申辩,也未要求听证。
依据《中华人民共和国安全生产法》第九十七条第(三)项的规定,参照《广东省应急管理行政处罚裁量权适用规则》,决定给予以下行政处罚:
1.对你单位处以罚款人民币壹拾贰万元整(¥120,000元),并责令停产停业整顿,整顿期间至改正之日止;
2.对你单位直接负责的主管人员罗**处以罚款人民币贰万元整(¥20,000元)。
以上罚款合计人民币壹拾肆万元整。
罚款限于收到本决定书之日起15日内缴至广东省非税收入收缴系统指定账户。到期不缴纳罚款的,每日按罚款数额的3%加处罚款,加处罚款的数额不超出罚款的数额。
如不服本处罚决定,可以在收到本决定书之日起60日内依法向佛山市南海区人民政府申请行政复议,或者在6个月内依法向佛山市南海区人民法院提起行政诉讼,但本决定不停止执行,法律另有规定的除外。
逾期不申请行政复议、不提起行政诉讼又不履行的,本局将依法申请人民法院强制执行。

佛山市南海区应急管理局
2022年4月28日
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "佛山市南海区应急管理局",
        "doc_number": "(佛南)应急罚〔2022〕47号",
        "party": "佛山市南海区锦荣五金制品有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国安全生产法》", 28, 1, None, "violated"),
            cite("《中华人民共和国安全生产法》", 97, None, 3, "penalty", "2021 text: 逾期未改正 -> 单位10-20万 + 直接负责的主管人员2-5万"),
            cite("《广东省应急管理行政处罚裁量权适用规则》", None, None, None, "other", "benchmark title invented for this corpus"),
        ],
        "fine_yuan": 140000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": "2022-04-11", "decision": "2022-04-28", "service": None,
                  "inspection": "2022-03-08", "recheck": "2022-03-24"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "双罚 in one decision: unit 120,000 + 直接负责的主管人员 罗** 20,000; fine_yuan is the stated total 壹拾肆万元整 = 140000 (party label is the unit). Half-width punctuation throughout (:,()); three 文号 appear - the decision's (佛南)应急罚〔2022〕47号, the 整改指令书 (佛南)应急责改〔2022〕113号 and the 告知书 (佛南)应急罚告〔2022〕47号 (same serial!). The title is letter-spaced (行 政 处 罚 决 定 书). Deadline 2022年3月22日 is an order date, not a case date. 责令停产停业整顿 is a second penalty kind (hearing right was given).",
        "defects_observed": ["责令停产停业整顿未载明期限（“至改正之日止”）"],
    },
)

# ---------------------------------------------------------------- 107 交通运输
case(
    file="107_交通运输.txt",
    source="invented by writer 91; imitates a city 交通运输局 decision published on its 双公示 page",
    domain="交通运输",
    doc_type="行政处罚决定书",
    codes={},
    text="""郑州市交通运输局
行政处罚决定书
郑交执罚字第20190412号

当事人李**，男，汉族，1983年11月出生，居民身份证号码4101221983********，住河南省中牟县韩寺镇后屯村3组，系豫A·9C6T2号轻型厢式货车的驾驶人和所有人，未取得道路运输经营许可。
2019年5月16日10时20分，本局执法人员在郑州市中原区西四环与建设路交叉口依法进行检查时发现，当事人驾驶豫A·9C6T2号轻型厢式货车为他人运送瓷砖一车，自荥阳市运往郑州市二七区，已收取运费人民币350元。经查，当事人未取得道路运输经营许可证，该车未取得《道路运输证》，擅自从事道路货物运输经营。
以上事实有现场笔录、询问笔录、运单、车辆行驶证复印件、现场照片等证据证实。
本局认为，当事人的行为违反了《中华人民共和国道路运输条例》第24条的规定。本局于2019年6月10日向当事人送达了《违法行为通知书》（郑交执通字第20190412号），当事人在规定期限内未提出陈述申辩，也未要求听证。依据《中华人民共和国道路运输条例》第63条以及《河南省交通运输行政处罚自由裁量权基准》的规定，当事人属一般违法情形，本局决定给予当事人以下行政处罚：
1、责令停止经营；
2、没收违法所得人民币叁佰伍拾元整；
3、罚款人民币叁万元整。
当事人应当自收到本决定书之日起十五日内，持本决定书到中国银行郑州分行各营业网点缴纳罚没款。到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本决定，可以在收到本决定书之日起六十日内向郑州市人民政府或者河南省交通运输厅申请行政复议，也可以在六个月内直接向郑州市中原区人民法院提起行政诉讼。

郑州市交通运输局
2019年7月3日
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "郑州市交通运输局",
        "doc_number": "郑交执罚字第20190412号",
        "party": "李**",
        "credit_code": None,
        "cited_articles": [
            cite("《中华人民共和国道路运输条例》", 24, None, None, "violated", "written 第24条; 2019 text"),
            cite("《中华人民共和国道路运输条例》", 63, None, None, "penalty", "written 第63条; 2019 text: 无违法所得或不足2万元 -> 3万-10万"),
            cite("《河南省交通运输行政处罚自由裁量权基准》", None, None, None, "other", "benchmark title invented for this corpus"),
            cite(APL, 51, None, 1, "other", "2017 numbering"),
        ],
        "fine_yuan": 30000,
        "confiscation_yuan": 350,
        "dates": {"filing": None, "notice": "2019-06-10", "decision": "2019-07-03", "service": None,
                  "violation": "2019-05-16"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "一般",
        "completeness": "complete",
        "notes": "当事人 (a natural person) is ONE run-on sentence: name, sex, ethnicity, birth month, masked ID (first 10 digits shown), address, vehicle role. 文号 in the 罚字第NNNN号 style with an 8-digit serial that equals the 通知书's serial. Arabic-numeral citations (第24条, 第63条). 违法所得 350 (the fare) is confiscated; fine 30000 written only in capitals (叁万元整). '属一般违法情形' -> discretion 一般. Birth date 1983年11月 has no day and is not a case date.",
        "defects_observed": ["违法条款与罚则条款均未精确到款（第24条应为第二十四条第（一）项）"],
    },
)

# ---------------------------------------------------------------- 108 城管
case(
    file="108_城市管理.txt",
    source="invented by writer 91; imitates a district 城管执法 decision on a 政府信息公开 page with an index box",
    domain="城市管理",
    doc_type="行政处罚决定书",
    codes={"CC": ("91", "110108", "MA0B6T3L")},
    text="""索引号：000014349/2017-00867
分类：行政处罚；决定书
发布机构：北京市海淀区城市管理综合行政执法监察局
发文日期：2017-09-12
名称：北京九味斋餐饮有限公司店外经营案行政处罚决定书
文号：京海城管罚字[2017]第000213号
主题词：

北京市海淀区城市管理综合行政执法监察局
行政处罚决定书
京海城管罚字[2017]第000213号
当事人：北京九味斋餐饮有限公司
统一社会信用代码：@CC@
法定代表人：韩**
住所：北京市海淀区学院路甲38号1层106

2017年7月18日21时05分，我局执法人员巡查至海淀区学院路甲38号门前时，发现当事人在其店铺门窗外人行道上摆放餐桌6张、塑料凳30余把进行经营，占用人行道面积约45平方米。执法人员当场责令其停止违法行为，并于当日立案调查。
上述事实有现场检查笔录、现场照片、询问笔录、营业执照复印件等证据为证。
本局认为，当事人超出门窗外墙进行店外经营的行为，违反了《北京市市容环境卫生条例》（以下简称《条例》）第二十三条第一款的规定。本局于2017年8月14日向当事人送达了《行政处罚告知书》，当事人在规定期限内提出了陈述，称系临时摆放、已自行清理。经复核，当事人所述与现场检查情况不符，不予采纳。
依据《条例》第五十八条第一款第（二）项和《北京市城市管理综合行政执法局行政处罚裁量基准》的规定，本局决定对当事人作出如下行政处罚：
罚款人民币叁仟元（¥3000）。
当事人应自收到本决定书之日起十五日内，持本决定书到北京银行各营业网点缴纳罚款。到期不缴纳罚款的，本局可以根据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本决定，可以在收到本决定书之日起六十日内向北京市海淀区人民政府或者北京市城市管理综合行政执法局申请行政复议，或者在六个月内向北京市海淀区人民法院提起行政诉讼。

北京市海淀区城市管理综合行政执法监察局
2017年9月5日
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "北京市海淀区城市管理综合行政执法监察局",
        "doc_number": "京海城管罚字[2017]第000213号",
        "party": "北京九味斋餐饮有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《北京市市容环境卫生条例》", 23, 1, None, "violated", "local regulation; article numbers invented for this corpus, not checked against the regulation text"),
            cite("《北京市市容环境卫生条例》", 58, 1, 2, "penalty", "cited as 《条例》第五十八条第一款第（二）项 after the first full mention; article invented"),
            cite("《北京市城市管理综合行政执法局行政处罚裁量基准》", None, None, None, "other", "benchmark title invented"),
            cite(APL, 51, None, 1, "other", "2017 numbering"),
        ],
        "fine_yuan": 3000,
        "confiscation_yuan": None,
        "dates": {"filing": "2017-07-18", "notice": "2017-08-14", "decision": "2017-09-05", "service": None,
                  "inspection": "2017-07-18", "publication": "2017-09-12"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Local regulation (地方性法规) cited in full once, then as 《条例》 (以下简称《条例》): the penalty citation 《条例》第五十八条第一款第（二）项 must resolve to 《北京市市容环境卫生条例》. Index box above the text repeats the 文号 and carries the publication date 2017-09-12 (发文日期 - but it is not the decision date 2017年9月5日). 文号 with half-width [2017] and 6-digit zero-padded serial. 陈述 made and not adopted (复核). Filing date = inspection date ('于当日立案').",
        "defects_observed": ["告知书未载明文号"],
    },
)

# ---------------------------------------------------------------- 109 消防 (OCR)
case(
    file="109_消防.txt",
    source="invented by writer 91; imitates an OCR text layer of a scanned two-column decision published as images",
    domain="消防",
    doc_type="行政处罚决定书",
    codes={"CC": ("91", "510107", "MA6CXT0E")},
    text="""成都市武侯区消防救援大队
行政处罚决定书
武消行罚决字〔2O21〕0123号
单位名称：成都蓉锦汇商贸有限公     法定代表人：刘**
司                                  联系电话：028-8**5**71
统一社会信用代码：@CC@     地址：成都市武侯区武科西一路
                                    9号
    2021年9月14日，我大队监督员在对你单位经营
的蓉锦汇购物广场进行消防监督检查时发现：该场所
负一层东侧2号安全出口被堆放的货物纸箱堵塞，二
层北侧疏散通道被临时展台占用，影响人员安全疏
散。以上事实有《消防监督检查记录》（武消监检字
〔2021〕第1706号）、现场照片、询问笔录等证据证
实。
    你单位的上述行为违反了《中华人民共和国消防法》
第二十八条之规定。我大队于2021年9月23日向你单
位送达了《行政处罚告知笔录》，你单位未提出陈述
申辩。鉴于你单位在检查当日即清理了堵塞物，当场
改正，根据《中华人民共和国消防法》第六十条第一款
第三项和《四川省消防救援机构行政处罚裁量基准》之
规定，对你单位从轻处罚，决定给予：
    罚款人民币捌仟元整（￥8000.00）。
    请在收到本决定书之日起十五日内，将罚款缴至中
国建设银行或通过四川省非税收入一般缴款书缴纳。
逾期不缴纳的，依据《中华人民共和国行政处罚法》第
七十二条第一款第一项的规定，每日按罚款数额的百分
之三加处罚款。
    如不服本决定，可在收到本决定书之日起六十日内
依法向成都市武侯区人民政府申请行政复议，或者在六
个月内依法向成都市武侯区人民法院提起行政诉讼。
                                 成都市武侯区消防救援大队
                                       （印章）
                                  2021年10月08曰
- l -
本决定书已于2021年10月11日送达成都蓉锦汇商贸有限公司　　（武消行罚决字〔2021〕0123号）
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "成都市武侯区消防救援大队",
        "doc_number": "武消行罚决字〔2021〕0123号",
        "party": "成都蓉锦汇商贸有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国消防法》", 28, None, None, "violated"),
            cite("《中华人民共和国消防法》", 60, 1, 3, "penalty", "written 第六十条第一款第三项 (no brackets), split over an OCR line break"),
            cite("《四川省消防救援机构行政处罚裁量基准》", None, None, None, "other", "benchmark title invented"),
            cite(APL, 72, 1, 1, "other"),
        ],
        "fine_yuan": 8000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": "2021-09-23", "decision": "2021-10-08", "service": "2021-10-11",
                  "inspection": "2021-09-14"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "OCR of a two-column scan: the party block is read row-wise, so the unit name is split across lines ('成都蓉锦汇商贸有限公' + '司') with 法定代表人 in between, and the address wraps into the right column. Body lines break every ~24 characters, also inside law titles and citations (第六十条第一款 / 第三项; 第 / 七十二条). OCR errors: 文号 in the header reads 〔2O21〕 (letter O) - the clean 文号 and the unbroken party name appear in the footer service line; decision date '2021年10月08曰' (曰 for 日); page number '- l -'. The footer also gives the service date 2021-10-11. Inspection record number 武消监检字〔2021〕第1706号 is not the decision 文号.",
        "defects_observed": ["扫描件文字层有OCR错误（文号、日期）"],
    },
)

# ---------------------------------------------------------------- 110 烟草 (truncated)
case(
    file="110_烟草.txt",
    source="invented by writer 91; imitates a 烟草专卖局 decision copied from a municipal 双公示 page that cuts the text off",
    domain="烟草",
    doc_type="行政处罚决定书",
    codes={"CC": ("92", "430407", "MA4L2D9F")},
    text="""衡阳市烟草专卖局
行政处罚决定书
衡烟罚字〔2018〕第0086号

当事人：衡阳市石鼓区惠民烟酒商行（经营者：邓**）
统一社会信用代码：@CC@
烟草专卖零售许可证号：430407105123
经营地址：湖南省衡阳市石鼓区人民路241号
2018年3月21日，本局专卖管理人员依法对当事人经营场所进行检查，发现当事人店内存放的卷烟无当地烟草专卖批发企业（湖南省烟草公司衡阳市公司）的进货记录。本局于同日立案调查。
经查，当事人于2018年2月至3月间从广东省韶关市一流动商贩处购进卷烟4个品种，共计55条，进货情况如下：
品规　数量（条）　进货单价（元/条）　金额（元）
芙蓉王（硬）　20　245.00　4,900.00
白沙（和天下）　5　960.00　4,800.00
黄鹤楼（软蓝）　12　190.00　2,280.00
利群（新版）　18　140.00　2,520.00
合计　55　—　14,500.00
其中利群（新版）8条已按160元/条售出，违法所得人民币1,280.00元。
上述事实有现场检查笔录、询问笔录、涉案卷烟清单、当事人陈述等证据证实。
当事人未在当地烟草专卖批发企业进货的行为，违反了《中华人民共和国烟草专卖法实施条例》第二十三条第二款的规定。本局于2018年4月9日向当事人送达了《行政处罚事先告知书》（衡烟告字〔2018〕第0086号），当事人未提出陈述申辩。
依据《中华人民共和国烟草专卖法实施条例》第五十六条的规定，本局决定对当事人作出如下处罚：
一、没收违法所得人民币壹仟贰佰捌拾元整；
二、处进货总额14,500.00元百分之八的罚款，计人民币壹仟壹佰陆拾元整。
当事人应自收到本决定书之日起十五日内将罚没款缴至衡阳市财政局指定账户。逾期不缴纳罚款的，
……
（查看全文请下载附件）
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "衡阳市烟草专卖局",
        "doc_number": "衡烟罚字〔2018〕第0086号",
        "party": "衡阳市石鼓区惠民烟酒商行",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国烟草专卖法实施条例》", 23, 2, None, "violated", "2016 text numbering assumed; not checked against a primary text here"),
            cite("《中华人民共和国烟草专卖法实施条例》", 56, None, None, "penalty", "没收违法所得 + 进货总额5%-10%"),
        ],
        "fine_yuan": 1160,
        "confiscation_yuan": 1280,
        "dates": {"filing": "2018-03-21", "notice": "2018-04-09", "decision": None, "service": None,
                  "inspection": "2018-03-21"},
        "remedy_days": None,
        "discretion": None,
        "completeness": "truncated",
        "notes": "个体工商户 by 字号 with operator in brackets. A purchase table (品规/数量/单价/金额) flattened with full-width spaces; 14,500.00 is the 进货总额 (the base of the fine, not a fine) and the cells 4,900.00 etc. are purchase amounts. Fine 1160 = 8% of 14,500 (stated only in capitals 壹仟壹佰陆拾元整); confiscation 1280 = 违法所得 (capitals; also 1,280.00 in the facts). The 12-digit 烟草专卖零售许可证号 is not a credit code. The page is cut after the payment clause: no remedy clause, no signature, no decision date - nulls mean 'not in this copy', not 'missing from the decision'.",
        "defects_observed": [],
    },
)

# ---------------------------------------------------------------- 111 自然资源 (听证, PDF-to-text)
case(
    file="111_自然资源.txt",
    source="invented by writer 91; imitates a PDF-to-text copy (page headers/footers, hard line breaks) of a land-use decision that recounts a hearing",
    domain="自然资源",
    doc_type="行政处罚决定书",
    codes={"CC": ("91", "450109", "MA5P3R8N")},
    text="""南宁市自然资源局
行政处罚决定书
邕自然资罚决字(2023)第15号

当事人：南宁邕顺物流有限公司
统一社会信用代码：@CC@
法定代表人：韦**
地址：广西壮族自治区南宁市邕宁区蒲庙镇新兴路16号

    2023年3月2日，本局对当事人涉嫌非法占用土地一案立案调查。经查明：当事人
未经批准，于2022年10月起在南宁市邕宁区蒲庙镇那蒙村那良坡占用集体土地建设
物流仓储用房及硬化场地，经实地测量，占地面积共计1236.5平方米（折合1.85亩），
其中占用农用地（旱地）1236.5平方米。经比对，上述地块在土地利用总体规划中为
一般农用地，不符合土地利用总体规划。
    以上事实有现场勘测笔录、勘测定界图、询问笔录、土地利用总体规划图、现场照
片等证据证实。
    当事人的行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。
    2023年5月16日，本局向当事人送达了《行政处罚听证告知书》（邕自然资听告字
(2023)第15号），拟对当事人作出责令退还、限期拆除并按每平方米200元处以罚款
共计247300元的行政处罚。当事人于2023年5月19日提出听证申请。本局于2023年5月

南宁市自然资源局行政处罚决定书                                   第 1 页 共 3 页
邕自然资罚决字(2023)第15号
25日向当事人送达《听证通知书》，于2023年6月6日在本局第三会议室依法公开举行
听证会。听证主持人由本局法规科工作人员担任（未参与本案调查），当事人委托代理
人黄**律师及当事人员工莫**出席听证。
    听证中，案件调查人员陈述了当事人的违法事实、证据和拟处罚意见。当事人代理人
提出以下意见：（一）涉案用地系村集体同意后使用，当事人主观上无恶意；（二）当
事人在立案后已自行停止建设，并主动拆除部分围墙，配合调查；（三）拟处罚款数额
过高，请求从轻处罚。
    经复核，本局认为：第（一）项意见，村集体同意不能代替农用地转用审批，不予采
纳；第（二）项意见，经现场核实属实，当事人主动减轻了违法行为的危害后果，予以
采纳；第（三）项意见，结合第（二）项情形予以部分采纳。
    依据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理
法实施条例》第五十七条第一款及《广西壮族自治区自然资源行政处罚自由裁量基准》

南宁市自然资源局行政处罚决定书                                   第 2 页 共 3 页
邕自然资罚决字(2023)第15号
的规定，经本局负责人集体讨论，对当事人从轻处罚，决定如下：
    一、责令当事人退还非法占用的1236.5平方米土地；
    二、限当事人在收到本决定书之日起30日内自行拆除在非法占用土地上新建的建筑
物和其他设施，恢复土地原状；
    三、按非法占用土地每平方米150元处以罚款，计人民币185475元（大写：壹拾捌
万伍仟肆佰柒拾伍元整）。
    当事人应自收到本决定书之日起十五日内将罚款缴至指定账户。逾期不缴纳罚款的，
本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按
罚款数额的百分之三加处罚款。
    如不服本决定，可在收到本决定书之日起六十日内向南宁市人民政府申请行政复议，
或者在六个月内向南宁市邕宁区人民法院提起行政诉讼。
                                                      南宁市自然资源局
                                                      2023年6月27日

南宁市自然资源局行政处罚决定书                                   第 3 页 共 3 页
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "南宁市自然资源局",
        "doc_number": "邕自然资罚决字(2023)第15号",
        "party": "南宁邕顺物流有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《中华人民共和国土地管理法》", 44, 1, None, "violated"),
            cite("《中华人民共和国土地管理法》", 77, 1, None, "penalty"),
            cite("《中华人民共和国土地管理法实施条例》", 57, 1, None, "penalty", "title split by a line break (土地管理 / 法实施条例)"),
            cite("《广西壮族自治区自然资源行政处罚自由裁量基准》", None, None, None, "other", "benchmark title invented"),
            cite(APL, 72, 1, 1, "other"),
        ],
        "fine_yuan": 185475,
        "confiscation_yuan": None,
        "dates": {"filing": "2023-03-02", "notice": "2023-05-16", "decision": "2023-06-27", "service": None,
                  "hearing_request": "2023-05-19", "hearing": "2023-06-06"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "听证 decision: the hearing is recounted (request 5-19, notice 5-25, hearing 6-06, chair from 法规科 not involved in the investigation, three arguments and the agency's answer to each). The proposed fine in the 告知书 (每平方米200元, 247300元) differs from the final fine 185475元 (150元/㎡, also in capitals); the first amount in the text is the proposal. PDF-to-text layout: page footers '第 N 页 共 3 页' and repeated running header with the 文号 break sentences mid-word ('本局于2023年5月' / footer / '25日'), so the hearing-notice date (2023年5月 … 25日) spans a page break and is left out of the date labels. The 听证告知书 文号 uses the same serial. 30日 is a demolition deadline, 十五日 the payment period. 文号 style (2023) with half-width brackets.",
        "defects_observed": [],
    },
)

# ---------------------------------------------------------------- 112 水利
case(
    file="112_水利.txt",
    source="invented by writer 91; imitates a 水利局 decision on a 政府信息公开 page with ISO dates and an index box",
    domain="水利",
    doc_type="行政处罚决定书",
    codes={"CC": ("91", "330802", "MA2J5G7B"), "CC2": ("11", "330800", "00264812")},
    text="""信息索引号：@CC2@/2023-00215　　公开方式：主动公开
发布日期：2023-05-15　　　　　　　　　　　　　　　  文号：衢水罚决2023年第12号

衢州市水利局行政处罚决定书
衢水罚决2023年第12号

当事人：衢州恒达建材有限公司
统一社会信用代码：@CC@
法定代表人：毛**
地址：浙江省衢州市柯城区航埠镇工业功能区2号

    2023-03-14，本局执法人员在巡查中发现，当事人未经水行政主管部门批准，在乌溪江柯城区航埠段右岸河道管理范围内堆放砂石料约1800立方米，占用河道行洪断面。本局于2023-03-16立案调查。
    以上事实有现场检查笔录、询问笔录、现场照片、无人机航拍影像、河道管理范围划界图等证据为证。
    当事人的上述行为违反了《浙江省河道管理条例》（以下简称《条例》）第二十六条第一款第（三）项的规定。本局于2023-04-12向当事人送达了《行政处罚事先告知书》（衢水罚告2023年第12号），当事人在法定期限内未提出陈述、申辩。
    依据《条例》第四十三条第一款和《浙江省水行政处罚裁量基准》的规定，本局决定：
    一、责令当事人于2023-05-31前清除堆放的砂石料，恢复河道原状；
    二、处罚款人民币叁万元（¥3,000元）。
    当事人应当自收到本决定书之日起十五日内通过浙江政务服务网统一公共支付平台缴纳罚款。逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项规定，每日按罚款数额的百分之三加处罚款。
    当事人对本决定不服的，可以在收到本决定书之日起六十日内向衢州市人民政府申请行政复议，也可以在六个月内直接向衢州市柯城区人民法院提起行政诉讼。

衢州市水利局
2023-05-08
""",
    label={
        "doc_type": "行政处罚决定书",
        "agency": "衢州市水利局",
        "doc_number": "衢水罚决2023年第12号",
        "party": "衢州恒达建材有限公司",
        "credit_code": "@CC@",
        "cited_articles": [
            cite("《浙江省河道管理条例》", 26, 1, 3, "violated", "local regulation; article numbers invented for this corpus"),
            cite("《浙江省河道管理条例》", 43, 1, None, "penalty", "cited as 《条例》第四十三条第一款; article invented"),
            cite("《浙江省水行政处罚裁量基准》", None, None, None, "other", "benchmark title invented"),
            cite(APL, 72, 1, 1, "other"),
        ],
        "fine_yuan": 30000,
        "confiscation_yuan": None,
        "dates": {"filing": "2023-03-16", "notice": "2023-04-12", "decision": "2023-05-08", "service": None,
                  "inspection": "2023-03-14", "publication": "2023-05-15"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "All dates in ISO form (2023-03-14 ... 2023-05-08), also in the signature. The fine is stated differently: 大写 叁万元 (30,000) vs 小写 ¥3,000元 (a dropped zero) and no correction follows; the label takes the 大写 amount (30000) by the usual rule that capitals prevail - a tool should flag the mismatch rather than silently pick one. Local regulation abbreviated 《条例》 after first mention. 文号 in the 'YYYY年第N号' style without brackets, repeated in the index box; the 告知书 has the same serial. 2023-05-31 is a remedial deadline, 2023-05-15 the publication date. The index number starts with the agency's own 18-character credit code (11…, a 机关 code) - not the party's code.",
        "defects_observed": ["罚款金额大小写不一致（大写叁万元，小写¥3,000元）且未更正"],
    },
)
