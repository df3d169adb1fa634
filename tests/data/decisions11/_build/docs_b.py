"""decisions11, files 1113-1124. Every party, person, number and date is invented."""
from common import C, dates, doc

APL = "《中华人民共和国行政处罚法》"
SAFE = "《中华人民共和国安全生产法》"

DOCS = []

# ---------------------------------------------------------------- 1113
DOCS.append(doc(
    "1113_药监.txt",
    "（虚构）仿网页转载的行政处罚决定书，标点为半角ASCII（: , ( )）",
    "药监", "行政处罚决定书",
    """
赣州市章贡区市场监督管理局
行政处罚决定书
章市监药罚(2021)23号

当事人:赣州章贡区康泰源大药房有限公司
统一社会信用代码:913607023327295192
住所:江西省赣州市章贡区某某路66号
法定代表人:钟某某
药品经营许可证编号:赣CA797XXXX

2020年12月8日,本局执法人员对当事人经营场所进行药品质量监督检查,发现当事人营业场所货架上陈列待售的"阿莫西林胶囊"(规格0.25g*24粒,批号191007)3盒,标示有效期至2020年10月,已超过有效期.本局于2020年12月10日立案调查.
经查,当事人于2020年6月购进上述药品5盒,购进价每盒7.8元,销售价每盒12.5元,至检查时已售出2盒,货值金额合计62.5元,违法所得25元.
上述事实有现场检查笔录,询问调查笔录,购进票据,销售记录,现场照片等证据为证.
本局认为,超过有效期的药品为劣药,当事人销售劣药的行为违反了《中华人民共和国药品管理法》第九十八条第一款和第三款第(五)项的规定.
2021年2月22日,本局向当事人送达了《行政处罚告知书》(章市监药告(2021)19号),当事人在法定期限内未提出陈述申辩和听证申请.
鉴于当事人积极配合调查,如实陈述违法事实,涉案药品数量少,货值金额小,依据《中华人民共和国行政处罚法》第二十七条第一款第(一)项的规定,予以从轻处罚.依据《中华人民共和国药品管理法》第一百一十七条第一款的规定,本局决定:
1.没收超过有效期的"阿莫西林胶囊"1盒;
2.没收违法所得25元;
3.罚款人民币5000元.
当事人应自收到本决定书之日起15日内将罚没款缴至指定银行.逾期不缴纳罚款的,依据《中华人民共和国行政处罚法》第五十一条第(一)项的规定,每日按罚款数额的3%加处罚款.
如不服本处罚决定,可在收到本决定书之日起60日内向赣州市章贡区人民政府或者赣州市市场监督管理局申请行政复议,也可以在6个月内依法向人民法院提起行政诉讼.

赣州市章贡区市场监督管理局
2021年3月9日
""",
    dict(
        doc_type="行政处罚决定书",
        agency="赣州市章贡区市场监督管理局",
        doc_number="章市监药罚(2021)23号",
        party="赣州章贡区康泰源大药房有限公司",
        credit_code="913607023327295192",
        cited_articles=[
            C("《中华人民共和国药品管理法》", 98, 1, None, "violated", "2019 revision, in force 2019-12-01"),
            C("《中华人民共和国药品管理法》", 98, 3, 5, "violated"),
            C(APL, 27, 1, 1, "discretion", "2017 numbering, correct for 2021-03-09; ground cited (主动消除…) does not "
              "match the facts described (配合调查)"),
            C("《中华人民共和国药品管理法》", 117, 1, None, "penalty",
              "货值10-20倍; 零售货值不足1万按1万 → at least 100000元"),
            C(APL, 51, None, 1, "other", "2017 numbering"),
        ],
        fine_yuan=5000,
        confiscation_yuan=25,
        dates=dates(filing="2020-12-10", notice="2021-02-22", decision="2021-03-09", inspection="2020-12-08"),
        remedy_days={"review": 60, "litigation": "6m"},
        discretion="从轻",
        completeness="near_complete",
        notes=("ASCII punctuation throughout (':' ',' '.' '(' ')'), and the 文号 uses ASCII parentheses: "
               "'章市监药罚(2021)23号'. Planted defect: 药品管理法第一百一十七条第一款 sets at least 10倍 of 货值, "
               "with retail 货值 below 1万 counted as 1万 → minimum 100000元; 5000元 is below the floor while the "
               "decision claims only 从轻 (not 减轻). 货值 62.5元 and 购进价 are not fines. Seal marker absent "
               "(web copy), so DOC-09 cannot be judged on this copy. 告知书 章市监药告(2021)19号."),
        defects_observed=[
            "LAW-05: 罚款5000元低于药品管理法第一百一十七条第一款的法定最低额（按1万元货值计十倍，即10万元），且仅称从轻、无减轻依据【人为植入】",
        ],
    ),
    extras={"related_doc_numbers": ["章市监药告(2021)19号"]},
))

# ---------------------------------------------------------------- 1114
DOCS.append(doc(
    "1114_生态环境.txt",
    "（虚构）仿盖章扫描件的OCR文本（轻度识别错误、印章文字混入正文、断行）",
    "生态环境", "行政处罚决定书",
    """
曲靖市生态环境局
行政处罚决定书
曲环罚〔2020〕42号

曲靖市麒麟区兴骏商砼有限公司:
统一社会信用代码:91530302MAU17PC99G
法定代表人:杨某某
地址:曲靖市麒麟区沿江街道某某村委会旁

我局于2020年5月19日对你公司进行了现场检査,发现你公司实施了以下环境
违法行为:你公司砂石骨料堆场约2000平方米未采取密闭、围挡、遮盖等措
施,上料、转运过程中无喷淋抑尘设施,现场扬尘明显。
以上事实,有我局2020年5月19日现场检査(勘察)笔录、调查询问笔录、现场
照片及视频资料等证据为凭。
你公司的上述行为违反了《中华人民共和国大气污染防治法》第四十八条第二款
的规定。
我局于2020年7月3日向你公司送达了《行政处罚事先(听证)告知书》(曲环罚告
〔2020〕42号),告知你公司陈述申辩和申请听证的权利。你公司在规定期限内提
交了书面陈述申辩材料,称已采购防尘网。经复核,你公司的陈述申辩理由不足以
免除处罚,不予采纳。
依据《中华人民共和国大气污染防治法》第一百零八条第(五)项的规定,我局
决定对你公司处以罚款人民币肆万元整(¥40000元),并责令你公司立即改正违法
行为。
限你公司自收到本处罚决定书之日起十五日内将罚款缴至指定银行。逾期不缴纳
罚款的,我局可以根据《中华人民共和国行政处罚法》第五十一条第一项规定每日按
罚款数额的3%加处罚款。
你公司如不服本处罚决定,可在收到本处罚决定书之日起六十日内向曲靖市人民政府
或者云南省生态环境厅申请行政复议,也可以在收到本处罚决定书之日起六个月内
向曲靖市麒麟区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼,不停止
行政处罚决定的执行。
                                   曲 靖 市 生 态 环 境 局
                                         (章) 曲靖市生态
                                         环境局行政处罚专用
                                   2O20年7月24曰
""",
    dict(
        doc_type="行政处罚决定书",
        agency="曲靖市生态环境局",
        doc_number="曲环罚〔2020〕42号",
        party="曲靖市麒麟区兴骏商砼有限公司",
        credit_code="91530302MAU17PC99G",
        cited_articles=[
            C("《中华人民共和国大气污染防治法》", 48, 2, None, "violated", "2018 amendment"),
            C("《中华人民共和国大气污染防治法》", 108, None, 5, "penalty", "2万-20万"),
            C(APL, 51, None, 1, "other", "2017 numbering, written '第一项' without brackets"),
        ],
        fine_yuan=40000,
        confiscation_yuan=None,
        dates=dates(notice="2020-07-03", decision="2020-07-24", inspection="2020-05-19"),
        remedy_days={"review": 60, "litigation": "6m"},
        discretion=None,
        completeness="complete",
        notes=("OCR of a sealed scan: 査 for 查, 'O' for '0' and 曰 for 日 in the signature date ('2O20年7月24曰'), "
               "letter-spaced agency name at the foot, seal text ('曲靖市生态环境局行政处罚专用') mixed into the "
               "signature block and broken across lines. The related 告知书 number is split across a line break "
               "('曲环罚告\\n〔2020〕42号') and shares the sequence 42 with the decision. No 立案 date in the text. "
               "Seal is a special-purpose seal ('行政处罚专用'), not the agency seal."),
        defects_observed=[
            "DISC-01: 罚款4万元（幅度2万-20万元）未说明裁量理由",
        ],
    ),
    extras={"related_doc_numbers": ["曲环罚告〔2020〕42号"]},
))

# ---------------------------------------------------------------- 1115
DOCS.append(doc(
    "1115_统计.txt",
    "（虚构）仿县统计局信息公开网页，文号仅出现在正文末尾（落款之后），页面含索引号、发布时间、打印/关闭",
    "统计", "行政处罚决定书",
    """
您当前所在位置：首页 > 信息公开 > 法定主动公开内容 > 行政执法 > 执法决定
信息索引号：11340123003XXXXXX/202111-00012
发布机构：肥西县统计局      生成日期：2021-11-09
主题分类：统计执法        发布时间：2021-11-09 16:02
来源：肥西县统计局        字号：大 中 小
标题：肥西县统计局关于合肥骏泰精密电子有限公司统计违法行为的行政处罚决定书

行政处罚决定书

当事人：合肥骏泰精密电子有限公司
统一社会信用代码：91340123MA8KMHLG0W
法定代表人：吴某某
地址：安徽省合肥市肥西县桃花工业园某某路与某某路交口

本局于2021年7月对你单位2021年第二季度统计数据质量进行执法检查，发现你单位报送的《工业产销总值及主要产品产量》（B204-1表）中，2021年6月工业总产值填报为18653千元，经核对你单位财务账簿、销售发票及出库单据，实际应为9827千元，虚报8826千元，属于提供不真实的统计资料。本局于2021年8月16日立案调查。
上述事实有统计检查查询书及答复、财务报表、记账凭证复印件、统计报表、询问笔录等证据证实。

你单位的行为违反了《中华人民共和国统计法》第七条的规定，属于《中华人民共和国统计法》第四十一条第一款第（二）项所指的提供不真实统计资料的行为。
本局于2021年10月11日向你单位送达了《统计行政处罚告知书》，你单位未在法定期限内提出陈述、申辩和听证要求。
综合考虑你单位虚报数额占实际数额比例较高、首次被查处、检查后已更正数据等情节，本局认为你单位违法情节属一般。依据《中华人民共和国统计法》第四十一条第一款、第二款的规定，本局决定对你单位给予警告，并处罚款人民币叁万元。

你单位应自收到本决定书之日起十五日内，将罚款缴至指定银行。逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定每日按罚款数额的百分之三加处罚款。
你单位如不服本决定，可以在收到本决定书之日起六十日内向肥西县人民政府或者合肥市统计局申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。

肥西县统计局
2021年11月2日
（肥统罚决〔2021〕3号）

【打印】 【关闭】
相关链接：国家统计局 | 安徽省统计局 | 合肥市统计局
""",
    dict(
        doc_type="行政处罚决定书",
        agency="肥西县统计局",
        doc_number="肥统罚决〔2021〕3号",
        party="合肥骏泰精密电子有限公司",
        credit_code="91340123MA8KMHLG0W",
        cited_articles=[
            C("《中华人民共和国统计法》", 7, None, None, "violated", "2009 revision"),
            C("《中华人民共和国统计法》", 41, 1, 2, "violated", "written '属于…所指的'"),
            C("《中华人民共和国统计法》", 41, 1, None, "penalty", "警告"),
            C("《中华人民共和国统计法》", 41, 2, None, "penalty", "5万元以下"),
            C(APL, 72, 1, 1, "other", "2021 numbering, correct after 2021-07-15"),
        ],
        fine_yuan=30000,
        confiscation_yuan=None,
        dates=dates(filing="2021-08-16", notice="2021-10-11", decision="2021-11-02", inspection="2021-07",
                    publication="2021-11-09"),
        remedy_days={"review": 60, "litigation": "6m"},
        discretion="一般",
        completeness="complete",
        notes=("文号 only at the foot, in brackets after the date: '（肥统罚决〔2021〕3号）'; the header has none. "
               "Page furniture: breadcrumb, 信息索引号 (with masked part), 生成日期/发布时间 2021-11-09 (publication, "
               "not decision). Amounts in 千元 (18653千元 etc.) are statistics, not fines. Penalty: 警告 + 罚款叁万元 "
               "(大写 only). Discretion tier '一般' stated in prose, no benchmark named."),
        defects_observed=[],
    ),
))

# ---------------------------------------------------------------- 1116
DOCS.append(doc(
    "1116_人社.txt",
    "（虚构）仿区人社局劳动保障监察行政处理决定书（责令支付工资，不是行政处罚）",
    "人社", "劳动保障监察行政处理决定书",
    """
沈阳市铁西区人力资源和社会保障局
劳动保障监察行政处理决定书
铁人社监理字〔2023〕第027号

用人单位：沈阳铁信达重工设备有限公司
统一社会信用代码：91210106MAWX5XBK69
法定代表人：郑某某
地址：辽宁省沈阳市铁西区某某路21号

经查，你单位拖欠14名劳动者2023年3月至5月工资共计人民币186420元。本局于2023年6月20日立案调查，并于2023年6月28日向你单位送达《劳动保障监察责令改正指令书》（铁人社监令〔2023〕第041号），责令你单位于2023年7月7日前支付上述劳动者工资。你单位逾期未支付。
上述事实有劳动者投诉材料、工资表、考勤记录、询问笔录、《劳动保障监察责令改正指令书》及送达回证等证据证实。

你单位的行为违反了《中华人民共和国劳动法》第五十条关于工资应当以货币形式按月支付给劳动者本人、不得克扣或者无故拖欠劳动者工资的规定。依据《劳动保障监察条例》第二十六条第（一）项的规定，本局作出如下处理决定：
责令你单位自收到本决定书之日起十五日内，向14名劳动者支付拖欠的工资共计人民币186420元（明细见附件）。逾期不支付的，本局将依据《劳动保障监察条例》第二十六条的规定，责令你单位按照应付金额百分之五十以上一倍以下的标准计算，向劳动者加付赔偿金。

你单位如对本处理决定不服，可以在收到本决定书之日起六十日内向沈阳市铁西区人民政府申请行政复议，或者在六个月内向沈阳市铁西区人民法院提起行政诉讼。逾期不申请行政复议、不提起行政诉讼又不履行本决定的，本局将依法申请人民法院强制执行。

附件：拖欠工资劳动者名单及金额（略）

沈阳市铁西区人力资源和社会保障局
（印章）
2023年7月18日
""",
    dict(
        doc_type="劳动保障监察行政处理决定书",
        agency="沈阳市铁西区人力资源和社会保障局",
        doc_number="铁人社监理字〔2023〕第027号",
        party="沈阳铁信达重工设备有限公司",
        credit_code="91210106MAWX5XBK69",
        cited_articles=[
            C("《中华人民共和国劳动法》", 50, None, None, "violated"),
            C("《劳动保障监察条例》", 26, None, 1, "other", "basis of the 责令支付 order (not a penalty)"),
            C("《劳动保障监察条例》", 26, None, None, "other", "加付赔偿金 warning"),
        ],
        fine_yuan=None,
        confiscation_yuan=None,
        dates=dates(filing="2023-06-20", decision="2023-07-18", order="2023-06-28", order_deadline="2023-07-07"),
        remedy_days={"review": 60, "litigation": "6m"},
        discretion=None,
        completeness="complete",
        notes=("Not a penalty: 行政处理决定 ordering payment of wages (186420元 is an ordered payment, not a fine — "
               "see ordered_payment_yuan). No 事先告知书 is required for this kind of decision, so PROC-01 does not "
               "apply. Related 责令改正指令书 铁人社监令〔2023〕第041号 (2023-06-28, deadline 2023-07-07)."),
        defects_observed=[],
    ),
    extras={"related_doc_numbers": ["铁人社监令〔2023〕第041号"], "ordered_payment_yuan": 186420},
))

# ---------------------------------------------------------------- 1117
DOCS.append(doc(
    "1117_文旅.txt",
    "（虚构）仿区文旅局PDF决定书文本层提取件：页码页脚、页眉重复、个体工商户网吧",
    "文旅", "行政处罚决定书",
    """
宜昌市西陵区文化和旅游局
行政处罚决定书
西文旅罚〔2023〕9号

当事人：宜昌市西陵区极速空间网吧（个体工商户）
统一社会信用代码：92420502MAKR4CX53C
经营者：刘某某     身份证号：4205**********0614
经营场所：宜昌市西陵区某某路某某号二楼
网络文化经营许可证编号：鄂网文〔2019〕XXXX-XXX号

2023年7月22日21时许，我局执法人员对当事人经营场所进行检查，发现当事人接纳两名未成年人（分别为15周岁、16周岁）进入营业场所上网，上网登记使用的是他人身份证件。我局于2023年7月24日立案调查。
以上事实有现场检查笔录、上网登记记录截图、未成年人身份情况说明、询问笔录、现场照片等证据证实。
当事人的上述行为违反了《互联网上网服务营业场所管理条例》第二十一条第一款的规定。
                                                                 — 1 —
宜昌市西陵区文化和旅游局行政处罚决定书
2023年8月15日，我局向当事人送达了《行政处罚告知书》（西文旅告〔2023〕9号），当事人在规定期限内未提出陈述、申辩。
依据《互联网上网服务营业场所管理条例》第三十一条第（二）项的规定，综合考虑当事人接纳未成年人人数、未落实实名核验等情节，我局决定对当事人给予如下行政处罚：
一、警告；
二、罚款人民币陆仟元整。
当事人应自收到本决定书之日起十五日内到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
当事人如不服本处罚决定，可依法申请行政复议或者提起行政诉讼。

                                   宜昌市西陵区文化和旅游局
                                          （印章）
                                   2023年8月30日
                                                                 — 2 —
""",
    dict(
        doc_type="行政处罚决定书",
        agency="宜昌市西陵区文化和旅游局",
        doc_number="西文旅罚〔2023〕9号",
        party="宜昌市西陵区极速空间网吧",
        credit_code="92420502MAKR4CX53C",
        cited_articles=[
            C("《互联网上网服务营业场所管理条例》", 21, 1, None, "violated", "2022 revision, same numbering"),
            C("《互联网上网服务营业场所管理条例》", 31, None, 2, "penalty", "警告，可以并处15000元以下"),
        ],
        fine_yuan=6000,
        confiscation_yuan=None,
        dates=dates(filing="2023-07-24", notice="2023-08-15", decision="2023-08-30", inspection="2023-07-22"),
        remedy_days=None,
        discretion=None,
        completeness="complete",
        notes=("个体工商户 with 经营者 刘某某 (masked ID). PDF page footers '— 1 —'/'— 2 —' and a repeated running "
               "header. Penalty: 警告 + 陆仟元 (大写 only). Planted defect: the remedy clause names neither the "
               "复议机关/court nor any period. The 网络文化经营许可证 number looks like a 文号 but is a licence number. "
               "告知书 西文旅告〔2023〕9号."),
        defects_observed=[
            "DOC-01: 救济告知未载明申请行政复议、提起行政诉讼的期限及复议机关【人为植入】",
            "DISC-01: 罚款6000元未对照裁量基准说明阶次",
        ],
    ),
    extras={"related_doc_numbers": ["西文旅告〔2023〕9号"], "party_kind": "个体工商户", "operator": "刘某某"},
))

# ---------------------------------------------------------------- 1118
DOCS.append(doc(
    "1118_医保.txt",
    "（虚构）仿区医保局行政处罚决定书全文",
    "医保", "行政处罚决定书",
    """
长春市朝阳区医疗保障局
行政处罚决定书
长朝医保罚〔2024〕6号

当事人：长春市朝阳区惠康中医诊所有限公司
统一社会信用代码：91220104MARWRBTC5Y
法定代表人（主要负责人）：邵某某
地址：吉林省长春市朝阳区某某大路1688号
定点医药机构编码：P22010400XXX

本局于2024年3月4日对你单位涉嫌违法使用医疗保障基金的行为立案调查。经查，你单位在2023年1月1日至2023年12月31日期间，将参保人员实际接受的“艾灸”“拔罐”等项目串换为“针刺”“电针”项目进行医保结算，造成医疗保障基金损失6842.30元。
上述事实有医保结算数据、门诊日志、治疗记录、收费票据、询问笔录等证据证实。

你单位的上述行为违反了《医疗保障基金使用监督管理条例》第十五条第一款的规定，属于该条例第三十八条第（四）项规定的串换诊疗项目的情形。

2024年5月13日，本局向你单位送达了《行政处罚事先告知书》（长朝医保告〔2024〕6号），你单位在法定期限内提出了陈述申辩，经复核，不予采纳。

依据《医疗保障基金使用监督管理条例》第三十八条第（四）项的规定，综合考虑违法行为持续时间及你单位已主动退回部分款项等情节，本局决定：
一、责令你单位改正违法行为；
二、责令你单位退回医疗保障基金6842.30元；
三、处造成损失金额1.2倍的罚款，计8210.76元。

你单位应自收到本决定书之日起十五日内缴纳罚款、退回医疗保障基金。逾期不缴纳罚款的，本局将每日按罚款数额的3%加处罚款。

如你单位不服本处罚决定，可在收到本决定书之日起六十日内向长春市医疗保障局申请行政复议，也可以在六个月内依法向长春市朝阳区人民法院提起行政诉讼。

长春市朝阳区医疗保障局
（印章）
2024年6月3日
""",
    dict(
        doc_type="行政处罚决定书",
        agency="长春市朝阳区医疗保障局",
        doc_number="长朝医保罚〔2024〕6号",
        party="长春市朝阳区惠康中医诊所有限公司",
        credit_code="91220104MARWRBTC5Y",
        cited_articles=[
            C("《医疗保障基金使用监督管理条例》", 15, 1, None, "violated"),
            C("《医疗保障基金使用监督管理条例》", 38, None, 4, "penalty", "损失金额1倍以上2倍以下"),
        ],
        fine_yuan=8210.76,
        confiscation_yuan=None,
        dates=dates(filing="2024-03-04", notice="2024-05-13", decision="2024-06-03"),
        remedy_days={"review": 60, "litigation": "6m"},
        discretion=None,
        completeness="complete",
        notes=("Fine 8210.76 = 6842.30 × 1.2 (checkable). 退回医保基金 6842.30元 is a refund (refund_yuan), not a "
               "confiscation. Planted defect: decision dated 2024-06-03 names the higher-level department "
               "(长春市医疗保障局) as 复议机关; under 行政复议法(2023) it is 长春市朝阳区人民政府. "
               "告知书 长朝医保告〔2024〕6号."),
        defects_observed=[
            "DOC-02: 2024年1月1日后作出的决定仍告知向上一级主管部门（长春市医疗保障局）申请复议，应为长春市朝阳区人民政府【人为植入】",
        ],
    ),
    extras={"related_doc_numbers": ["长朝医保告〔2024〕6号"], "refund_yuan": 6842.3},
))

# ---------------------------------------------------------------- 1119
DOCS.append(doc(
    "1119_应急管理.txt",
    "（虚构）仿区应急管理局行政处罚决定书（日期全部为汉字数字；引用已被替换的条文序号）",
    "应急管理", "行政处罚决定书",
    """
遵义市汇川区应急管理局
行政处罚决定书
汇应急罚〔2022〕11号

被处罚单位：遵义汇鑫达家具制造有限公司
统一社会信用代码：91520303697369931T
地址：贵州省遵义市汇川区高坪街道某某工业园
法定代表人：冉某某

违法事实及证据：二〇二一年十二月十四日，我局执法人员对你单位进行安全生产检查，发现你单位二〇二一年十一月新招录的木工车间作业人员5名，未经安全生产教育和培训即上岗作业。我局于二〇二一年十二月十七日立案调查。上述事实有现场检查记录、询问笔录、员工入职登记表、现场照片等证据证实。

你单位的上述行为违反了《中华人民共和国安全生产法》第二十五条第一款的规定。
我局于二〇二二年二月十六日向你单位送达《行政处罚告知书》，你单位在规定期限内未提出陈述、申辩和听证要求。

依据《中华人民共和国安全生产法》第九十四条第（三）项的规定，决定给予你单位罚款人民币壹万元整的行政处罚。

处罚的履行方式和期限：自收到本决定书之日起十五日内，到指定银行缴纳罚款。到期不缴纳罚款的，我局可以每日按罚款数额的百分之三加处罚款。

如果不服本处罚决定，可以在收到本决定书之日起六十日内依法向遵义市汇川区人民政府或者遵义市应急管理局申请行政复议，或者在六个月内依法向遵义市汇川区人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。

遵义市汇川区应急管理局
（印章）
二〇二二年三月十日
""",
    dict(
        doc_type="行政处罚决定书",
        agency="遵义市汇川区应急管理局",
        doc_number="汇应急罚〔2022〕11号",
        party="遵义汇鑫达家具制造有限公司",
        credit_code="91520303697369931T",
        cited_articles=[
            C(SAFE, 25, 1, None, "violated",
              "2014 numbering; the 2021 text (in force 2021-09-01, before the violation) has this rule in art.28"),
            C(SAFE, 94, None, 3, "penalty",
              "2014 numbering (5万以下); in the 2021 text art.94 is about 主要负责人 and has no items — the rule is art.97(三)"),
        ],
        fine_yuan=10000,
        confiscation_yuan=None,
        dates=dates(filing="2021-12-17", notice="2022-02-16", decision="2022-03-10", inspection="2021-12-14"),
        remedy_days={"review": 60, "litigation": "6m"},
        discretion=None,
        completeness="complete",
        notes=("All dates in Chinese numerals with 〇. Fine '壹万元整' (大写 only). Planted defect: violation and "
               "decision fall after 2021-09-01 but the articles cited are the 2014 numbering (第二十五条, 第九十四条第"
               "（三）项); under the 2021 text 第九十四条 has no 项 (LAW-03) and the rule sits in 第二十八条/第九十七条"
               "第（三）项 (LAW-04). The fine (10000) is inside both versions' ranges."),
        defects_observed=[
            "LAW-04: 适用2021年修正前安全生产法的条文序号（第二十五条、第九十四条第（三）项），违法行为发生于2021年9月1日新法施行后【人为植入】",
            "LAW-03: 现行安全生产法第九十四条无“第（三）项”",
            "DISC-01: 罚款1万元未说明裁量理由",
        ],
    ),
))

# ---------------------------------------------------------------- 1120
DOCS.append(doc(
    "1120_应急管理.txt",
    "（虚构）仿早期“信用中国/地方信用网站”双公示行政处罚记录（旧版字段）",
    "应急管理", "行政处罚信息（双公示）",
    """
行政处罚信息公示
行政处罚决定书文号：小安监罚〔2015〕第27号
处罚名称：太原市晋阳恒通化工物资有限公司未制定生产安全事故应急救援预案案
处罚类别1：罚款
处罚类别2：
处罚事由：经查，太原市晋阳恒通化工物资有限公司（危险化学品经营单位）未按照规定制定本单位生产安全事故应急救援预案，违反了《中华人民共和国安全生产法》第七十八条的规定。
处罚依据：《中华人民共和国安全生产法》第九十四条第（六）项
行政相对人名称：太原市晋阳恒通化工物资有限公司
统一社会信用代码：9114010569023417XY
组织机构代码：
工商登记码：
税务登记号：
居民身份证号：
法定代表人姓名：闫某某
处罚结果：责令限期改正，罚款贰万元
处罚决定日期：2015年12月08日
处罚机关：太原市小店区安全生产监督管理局
当前状态：正常
地方编码：140105
数据更新时间戳：2015-12-21 09:41:27
""",
    dict(
        doc_type="行政处罚信息（双公示）",
        agency="太原市小店区安全生产监督管理局",
        doc_number="小安监罚〔2015〕第27号",
        party="太原市晋阳恒通化工物资有限公司",
        credit_code="9114010569023417XY",
        cited_articles=[
            C(SAFE, 78, None, None, "violated", "2014 amendment, in force 2014-12-01 — correct for 2015"),
            C(SAFE, 94, None, 6, "penalty", "2014 numbering: 5万以下"),
        ],
        fine_yuan=20000,
        confiscation_yuan=None,
        dates=dates(decision="2015-12-08", publication="2015-12-21"),
        remedy_days=None,
        discretion=None,
        completeness="body_only",
        notes=("Old-style 双公示 record (2015): field 处罚名称 embeds the party name; 地方编码 140105 is a region code; "
               "数据更新时间戳 is publication metadata. Agency under its pre-2018 name (安全生产监督管理局). The "
               "2014 numbering is correct here (contrast 1119). Credit code contains an 'X' as the org-code check "
               "character and 'Y' as the USCC check character — valid."),
        defects_observed=[],
    ),
))

# ---------------------------------------------------------------- 1121
DOCS.append(doc(
    "1121_交通运输.txt",
    "（虚构）仿市交通运输局行政处罚信息公示表（“|”分隔），当事人统一社会信用代码校验位有误",
    "交通运输", "行政处罚信息公示表",
    """
鄂尔多斯市交通运输局行政处罚信息公示（2024年10月）
| 序号 | 处罚决定书文号 | 行政相对人名称 | 统一社会信用代码 | 法定代表人 | 违法行为类型 | 违法事实 | 处罚依据 | 处罚类别 | 处罚内容 | 罚款金额（元） | 处罚决定日期 | 处罚机关 |
| 1 | 鄂交执罚〔2024〕0315号 | 鄂尔多斯市东胜区顺程货运有限公司 | 91150602MA0N7Q3KXA | 白某某 | 未取得道路运输经营许可擅自从事道路普通货物运输经营 | 2024年9月2日，当事人使用总质量25000千克的重型自卸货车在包茂高速东胜收费站附近从事道路普通货物运输经营，未取得道路运输经营许可，违反了《中华人民共和国道路运输条例》第二十四条第一款的规定 | 《中华人民共和国道路运输条例》第六十三条第（一）项 | 罚款 | 责令停止经营，罚款伍仟元 | 5,000.00 | 2024-10-11 | 鄂尔多斯市交通运输局 |
| 2 | 鄂交执罚〔2024〕0316号 | 李某某 | — | — | 驾驶不符合规定的车辆从事道路运输（本行为其他案件） | … | … | 罚款 | … | … | 2024-10-11 | 鄂尔多斯市交通运输局 |
公示期限：自公示之日起三年。
""",
    dict(
        doc_type="行政处罚信息公示表",
        agency="鄂尔多斯市交通运输局",
        doc_number="鄂交执罚〔2024〕0315号",
        party="鄂尔多斯市东胜区顺程货运有限公司",
        credit_code="91150602MA0N7Q3KXA",
        cited_articles=[
            C("《中华人民共和国道路运输条例》", 24, 1, None, "violated", "2023 text"),
            C("《中华人民共和国道路运输条例》", 63, None, 1, "penalty", "2023 text: 普通货运, 无违法所得 3000-1万元"),
        ],
        fine_yuan=5000,
        confiscation_yuan=None,
        dates=dates(decision="2024-10-11", violation="2024-09-02"),
        remedy_days=None,
        discretion=None,
        completeness="body_only",
        notes=("Deliberately invalid credit code: 91150602MA0N7Q3KXA fails the GB 32100 check (correct check "
               "character would be Q); the embedded org code MA0N7Q3KX passes GB 11714. Second row is another "
               "case (natural person, elided) with 文号 …0316号 and must not be merged. Fine written twice: 伍仟元 "
               "and '5,000.00' with a thousands separator. Applies the 2023 wording of 第六十三条 (item 一) — "
               "correct for a 2024 violation."),
        defects_observed=[
            "DOC-06: 统一社会信用代码91150602MA0N7Q3KXA未通过GB 32100校验（校验位应为Q）【人为植入】",
        ],
    ),
))

# ---------------------------------------------------------------- 1122
DOCS.append(doc(
    "1122_市场监管.txt",
    "（虚构）仿区市场监管局撤销行政处罚决定书（自行纠错，不是行政处罚）",
    "市场监管", "撤销行政处罚决定书",
    """
重庆市渝北区市场监督管理局
撤销行政处罚决定书
渝北市监撤决〔2023〕2号

当事人：重庆市渝北区鑫悦食品经营部（个体工商户）
统一社会信用代码：92500112MAPQTYHEXX
经营者：罗某某
经营场所：重庆市渝北区龙溪街道某某路某某号附3号

本局于2023年3月21日对你经营部作出《行政处罚决定书》（渝北市监罚〔2023〕318号），以你经营部销售的“散装花生米”黄曲霉毒素B1项目检验不合格为由，依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项的规定，对你经营部处以没收违法所得并罚款50000元。你经营部已于2023年4月3日缴纳罚款。

2023年6月12日，承检机构向本局出具《关于更正检验报告的函》，确认该批次检验报告因样品编号录入错误，将其他经营者送检样品的检验结果误记为你经营部样品的结果；你经营部样品的实际检验结论为合格。

本局经审查认为，原处罚决定认定的违法事实主要证据不成立。根据《中华人民共和国行政处罚法》第七十五条第二款“行政机关……发现有错误的，应当主动改正”的规定，本局决定：
一、撤销《行政处罚决定书》（渝北市监罚〔2023〕318号）；
二、对你经营部已缴纳的罚没款予以全额退还，退还手续另行通知；
三、同步撤回该处罚决定在国家企业信用信息公示系统上的公示信息。

你经营部如对本决定不服，可以在收到本决定书之日起六十日内向重庆市渝北区人民政府申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。

重庆市渝北区市场监督管理局
（印章）
2023年6月30日
""",
    dict(
        doc_type="撤销行政处罚决定书",
        agency="重庆市渝北区市场监督管理局",
        doc_number="渝北市监撤决〔2023〕2号",
        party="重庆市渝北区鑫悦食品经营部",
        credit_code="92500112MAPQTYHEXX",
        cited_articles=[
            C("《中华人民共和国食品安全法》", 124, 1, 1, "other", "basis of the ORIGINAL decision, cited in the recital"),
            C(APL, 75, 2, None, "other", "basis of the revocation (自行纠错)"),
        ],
        fine_yuan=None,
        confiscation_yuan=None,
        dates=dates(decision="2023-06-30", original_decision="2023-03-21", payment="2023-04-03",
                    lab_correction="2023-06-12"),
        remedy_days={"review": 60, "litigation": "6m"},
        discretion=None,
        completeness="complete",
        notes=("Not a penalty: revokes 渝北市监罚〔2023〕318号 and refunds what was paid. The 50000元 and the "
               "article 124 citation belong to the original decision and must not be read as this document's "
               "penalty. 个体工商户 with 经营者 罗某某. Credit code ends with 'XX' (org-code check X, USCC check X) — "
               "valid."),
        defects_observed=[],
    ),
    extras={"related_doc_numbers": ["渝北市监罚〔2023〕318号"], "party_kind": "个体工商户", "operator": "罗某某"},
))

# ---------------------------------------------------------------- 1123
DOCS.append(doc(
    "1123_税务.txt",
    "（虚构）仿区税务局税务行政处罚决定书（一般程序）",
    "税务", "税务行政处罚决定书",
    """
国家税务总局兰州市七里河区税务局
税务行政处罚决定书
兰七税罚〔2024〕156号

兰州七里河区华锦商贸有限公司（纳税人识别号：91620103MA933JYHX6）：

经我局（所）对你（单位）2023年1月1日至2024年6月30日的税收违法行为进行调查，发现你（单位）存在以下违法事实：
你单位于2023年3月在中国某某银行兰州七里河支行开立一般存款账户（账号尾号6021），未按照规定将该账号向税务机关报告，至2024年7月15日我局发现时仍未报告。

以上违法事实有银行开户信息、询问笔录、税务登记信息等证据为证。

根据《中华人民共和国税收征收管理法》第十七条第一款、第六十条第一款第（四）项的规定，决定处以罚款伍佰元（¥500.00）。

以上应缴款项，限你（单位）自本决定书送达之日起十五日内到国家税务总局兰州市七里河区税务局办税服务厅缴纳入库。到期不缴纳罚款，我局（所）可依照《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。

如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局兰州市税务局申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。如对处罚决定逾期不申请复议也不向人民法院起诉、又不履行的，我局（所）将采取《中华人民共和国税收征收管理法》第八十八条规定的强制执行措施，或者申请人民法院强制执行。

税务机关（签章）
2024年9月12日
""",
    dict(
        doc_type="税务行政处罚决定书",
        agency="国家税务总局兰州市七里河区税务局",
        doc_number="兰七税罚〔2024〕156号",
        party="兰州七里河区华锦商贸有限公司",
        credit_code="91620103MA933JYHX6",
        cited_articles=[
            C("《中华人民共和国税收征收管理法》", 17, 1, None, "violated", "cited together with the penalty article after '根据'"),
            C("《中华人民共和国税收征收管理法》", 60, 1, 4, "penalty", "2000元以下"),
            C(APL, 72, 1, 1, "other"),
            C("《中华人民共和国税收征收管理法》", 88, None, None, "other", "enforcement"),
        ],
        fine_yuan=500,
        confiscation_yuan=None,
        dates=dates(decision="2024-09-12", discovery="2024-07-15"),
        remedy_days={"review": 60, "litigation": "6m"},
        discretion=None,
        completeness="complete",
        notes=("Tax template: party named in the salutation line with the credit code in brackets as 纳税人识别号; "
               "the violated and the penalty articles are cited together after '根据' (no separate '违反了…'). "
               "Review to 国家税务总局兰州市税务局 is correct after 2024 (tax is an exception in 行政复议法(2023)第二十七条). "
               "Signature block reads '税务机关（签章）' with the agency name only in the header. The period "
               "2023-01-01 to 2024-06-30 is the inspected period."),
        defects_observed=[
            "DISC-01: 罚款500元未说明裁量理由",
        ],
    ),
))

# ---------------------------------------------------------------- 1124
DOCS.append(doc(
    "1124_市场监管.txt",
    "（虚构）仿区市场监管局当场行政处罚决定书（警告，简易程序，告知复议前置）",
    "市场监管", "当场行政处罚决定书",
    """
银川市兴庆区市场监督管理局
当场行政处罚决定书
兴市监当罚〔2025〕0087号

当事人：银川市兴庆区马记手抓羊肉馆
主体资格证照名称：营业执照（个体工商户）
统一社会信用代码：92640104MA03DH4E7D
经营者：马某某     身份证件号码：6401**********0811
经营场所：银川市兴庆区某某街某某号

违法事实：2025年3月6日11时，执法人员对当事人经营场所检查时发现，当事人后厨从事切配、装盘等接触直接入口食品工作的从业人员1名未取得健康证明上岗工作。当事人当场安排该人员停止接触直接入口食品的工作。
当事人的行为违反了《中华人民共和国食品安全法》第四十五条第二款的规定。
处罚依据：《中华人民共和国食品安全法》第一百二十六条第一款第（六）项；《中华人民共和国行政处罚法》第五十一条、第五十二条。
处罚种类：警告。
责令当事人立即改正上述违法行为。
执法人员已当场告知当事人拟作出行政处罚决定的事实、理由、依据及陈述、申辩权利，当事人未提出陈述、申辩。

救济途径：当事人对本决定不服的，应当自收到本决定书之日起六十日内先向银川市兴庆区人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。

执法人员：丁某某（执法证号：64010425019）  纳某某（执法证号：64010425033）
当事人签名：马某某    2025年3月6日
银川市兴庆区市场监督管理局（印章）
2025年3月6日
""",
    dict(
        doc_type="当场行政处罚决定书",
        agency="银川市兴庆区市场监督管理局",
        doc_number="兴市监当罚〔2025〕0087号",
        party="银川市兴庆区马记手抓羊肉馆",
        credit_code="92640104MA03DH4E7D",
        cited_articles=[
            C("《中华人民共和国食品安全法》", 45, 2, None, "violated"),
            C("《中华人民共和国食品安全法》", 126, 1, 6, "penalty", "责令改正，给予警告"),
            C(APL, 51, None, None, "other"),
            C(APL, 52, None, None, "other"),
        ],
        fine_yuan=None,
        confiscation_yuan=None,
        dates=dates(decision="2025-03-06", violation="2025-03-06"),
        remedy_days={"review": 60, "litigation": None},
        discretion=None,
        completeness="complete",
        notes=("简易程序 warning only (警告, no fine). Correct post-2024 wording: 复议前置 for an on-the-spot decision "
               "(contrast 1111). litigation is null because the direct-suit period does not run (suit only after "
               "the review decision). 个体工商户 with 经营者 马某某, masked ID."),
        defects_observed=[],
    ),
    extras={"procedure": "简易", "party_kind": "个体工商户", "operator": "马某某"},
))
