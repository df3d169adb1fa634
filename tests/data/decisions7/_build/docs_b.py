"""Documents 707-712 of the decisions7 corpus: texts and hand labels.

Every name, address, number and case below is invented; see docs_a for the conventions.
"""

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="707_住房城乡建设.txt",
    domain="住房城乡建设",
    doc_type="行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "OCR text of a scanned decision (misread characters, Latin O for 〇, l for 1, page mark) as posted online",
    body="""\
西安市雁塔区住房和城乡建设局
行 政 处 罚 决 定 书
雁住建罚字〔2021〕第017号
当事人：中鼎宏远建设集团有限公司西安分公司
统一社会信用代码：91610113MA6U4H2E0H
负责人：韩某某
地址：陜西省西安市雁塔区科技路西段l88号（某大厦）l5层
经查，你分公司承建的雁塔区丈八东路南侧“鼎悦府二期”建没工程项目，2020年l2月15日我局执法人员
现场检查时发现，该项目施工现场东侧约60米范围内未设置围档，施工现场未实行封闭围挡。该项目位于
城市市区内。我局当日向你分公司下达《责令限期改正通知书》（雁住建改字〔2020〕笫1215-3号），
责令于2020年12月18日前改正。2020年12月2l日我局执法人员复查，该处仍未实行封闭围挡。2020年
12月22日，我局对你分公司逾期未改正的行为立案调查。
以上事实有现场检查笔录、现场照片、《责令限期改正通知书》及送达回证、复查笔录、对你分公司
项目负责人的询问笔录、施工合同复印件等证据为证。
你分公司的上述行为违反了《建设工程安全生产管理条列》第三十条第三款“在城市市区内的建设工
程，施工单位应当对施工现场实行封闭围挡”的规定。
2O2l年2月3日，我局向你分公司送达了《行政处罚听证告知书》（雁住建听告字〔2021〕第017号），
告知你分公司拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩和要求听证的权利。你分公
司在规定期限内未提出陈述申辩，也未要求听证。
鉴于你分公司已于2021年1月5日完成围挡整改，未造成安全事故，依据《中华人民共和国行政处罚法》
笫二十七条第一款第（一）项，对你分公司从轻处罚。依据《建设工程安全生产管理条例》笫六十四条
第（二）项的规定，我局决定对中鼎宏远建设集团有限公司西安分公月作出如下行政处罚：
1、责令停业整顿（该项目自收到本决定书之日起停工整顿7日）；
2、罚欵人民币伍万元整（￥50000.00元）。
请你分公司在收到本决定书之日起十五日内，将罚款缴至西安市非税收入指定代收银行。逾期不缴纳的，
依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
如不服本决定，可在接到本决定书之日起六十日内向西安市雁塔区人民政府或西安市住房和城乡建设局
申请行政复议，或在六个月内向西安铁路运输法院提起行政诉讼。逾期不申请复议，不提起诉讼，又不
履行处罚决定的，我局将依法申请人民法院强制执行。
— 2 —
                                    西安市雁塔区住房和城乡建设局
                                          (印 章)
                                       二O二一年三月十日
""",
    label={
        "file": "707_住房城乡建设.txt",
        "doc_type": "行政处罚决定书",
        "agency": "西安市雁塔区住房和城乡建设局",
        "doc_number": "雁住建罚字〔2021〕第017号",
        "party": "中鼎宏远建设集团有限公司西安分公司",
        "credit_code": "91610113MA6U4H2E0H",
        "cited_articles": [
            {"law": "《建设工程安全生产管理条例》", "article": 30, "paragraph": 3, "item": None, "role": "violated",
             "note": "OCR: 《建设工程安全生产管理条列》 (例→列)"},
            {"law": "《中华人民共和国行政处罚法》", "article": 27, "paragraph": 1, "item": 1, "role": "discretion",
             "note": "OCR: 笫二十七条; 1996/2009/2017 numbering (now art.32)"},
            {"law": "《建设工程安全生产管理条例》", "article": 64, "paragraph": None, "item": 2, "role": "penalty",
             "note": "OCR: 笫六十四条"},
            {"law": "《中华人民共和国行政处罚法》", "article": 51, "paragraph": None, "item": 1, "role": "other"},
        ],
        "fine_yuan": 50000,
        "confiscation_yuan": None,
        "dates": {"filing": "2020-12-22", "notice": "2021-02-03", "decision": "2021-03-10", "service": None,
                  "inspection": "2020-12-15"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "Branch (分公司) punished in its own name; 负责人 not 法定代表人. OCR misreadings: 笫 for 第, 欵 for 款, "
                 "条列 for 条例, 建没 for 建设, 围档 for 围挡, 陜 for 陕, Latin 'l' for '1' (l88号, l2月, 2l日) and "
                 "Latin 'O' for 〇/0 (2O2l年, 二O二一年); the party name is misread once (…西安分公月) but appears "
                 "correctly in the header. Fine 50000 is the floor of 第六十四条 (5万–10万) plus mandatory 停业整顿, "
                 "consistent with 从轻. Decided before 2021-07-15: old 行政处罚法 numbering (第二十七条, 第五十一条). "
                 "Litigation forum 西安铁路运输法院 (centralised jurisdiction). Filing to decision 78 days.",
        "defects_observed": [
            "事先告知书仅称《行政处罚听证告知书》，未见单独的陈述申辩告知（合并告知可接受但名称不规范）",
            "停业整顿期限“7日”的裁量理由未说明",
        ],
        "related_doc_numbers": ["雁住建改字〔2020〕笫1215-3号", "雁住建听告字〔2021〕第017号"],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="708_水利.txt",
    domain="水利",
    doc_type="水行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "WeChat 公众号 repost with editorial intro, the decision text, and the article's footer",
    body="""\
【以案释法】桃江县水利局依法查处一起未经批准擅自取水案（附处罚决定书全文）
原创 桃江水利 桃江水利 2018-09-14 17:05 发表于湖南
点击上方蓝字“桃江水利”关注我们

编者按：水资源是基础性的自然资源和战略性的经济资源。近日，县水利局依据《水法》第六十五条对一起未经批准擅自取水的违法行为作出行政处罚，罚款2万元。现将处罚决定书全文公布如下，希望广大取用水户引以为戒，依法办理取水许可。

▼处罚决定书全文▼

桃江县水利局
水行政处罚决定书
桃水罚决字（2018）第09号

当事人：桃江县兴旺竹业有限公司
统一社会信用代码：91430922MA4PQ61L35
法定代表人：符某某
地址：湖南省益阳市桃江县灰山港镇竹海路26号

一、违法事实及证据
2018年6月21日，我局执法人员在巡查中发现，当事人在灰山港镇桃花江支流右岸设置抽水泵2台，从河道取水用于竹材蒸煮生产，日取水量约180立方米，未取得取水许可证。2018年6月26日，我局对该案立案调查。经调查，当事人自2018年3月起开始取水，至案发时未向水行政主管部门申请取水许可。
以上事实有现场检查笔录、现场照片、询问笔录、当事人营业执照复印件、抽水泵购置发票等证据证实。
当事人的上述行为违反了《中华人民共和国水法》第四十八条第一款的规定。
2018年8月15日，我局向当事人送达了《水行政处罚告知书》，告知其享有陈述、申辩的权利。当事人在规定期限内未提出陈述、申辩。

二、处罚依据和处罚决定
依据《水法》第六十九条第（一）项的规定，鉴于当事人在立案后主动拆除了抽水设施并向我局提交了取水许可申请材料，根据《中华人民共和国行政处罚法》第二十七条第一款第（一）项的规定，决定对当事人从轻处罚：
1、责令立即停止违法取水行为；
2、罚款人民币贰万元整。

三、履行方式和期限
当事人应当自收到本决定书之日起十五日内，到桃江县农村商业银行各营业网点缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。

四、救济途径和期限
当事人如不服本处罚决定，可以自收到本决定书之日起六十日内向益阳市水利局或者桃江县人民政府申请行政复议，也可以在六个月内向桃江县人民法院提起行政诉讼。

桃江县水利局
2018年9月10日

-END-
来源：县水利局水政监察大队
编辑：小 水    审核：刘 **
阅读 1236    在看 18    赞 25
写留言
""",
    label={
        "file": "708_水利.txt",
        "doc_type": "水行政处罚决定书",
        "agency": "桃江县水利局",
        "doc_number": "桃水罚决字（2018）第09号",
        "party": "桃江县兴旺竹业有限公司",
        "credit_code": "91430922MA4PQ61L35",
        "cited_articles": [
            {"law": "《中华人民共和国水法》", "article": 48, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国水法》", "article": 69, "paragraph": None, "item": 1, "role": "penalty",
             "note": "written with the short title 《水法》"},
            {"law": "《中华人民共和国行政处罚法》", "article": 27, "paragraph": 1, "item": 1, "role": "discretion",
             "note": "1996/2009/2017 numbering (now art.32)"},
        ],
        "fine_yuan": 20000,
        "confiscation_yuan": None,
        "dates": {"filing": "2018-06-26", "notice": "2018-08-15", "decision": "2018-09-10", "service": None,
                  "inspection": "2018-06-21"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "WeChat repost: the editor's note cites '《水法》第六十五条' — a citation in the article's own text, "
                 "not in the decision, and wrong (the decision cites 第四十八条第一款 / 第六十九条第（一）项); it is not "
                 "labelled. Article date 2018-09-14 is the repost date. Fine 20000 = floor of 水法 第六十九条 "
                 "(2万–10万). 水法 articles cited from memory (law not in shared/laws). 文号 uses full-width "
                 "parentheses and 第: 桃水罚决字（2018）第09号.",
        "defects_observed": [
            "告知书未载明文号；仅告知陈述、申辩权，未告知听证权（罚款2万元是否属“较大数额”取决于当地标准）",
            "未责令限期采取补救措施（第六十九条要求“责令停止违法行为，限期采取补救措施”）",
            "加处罚款未写明不得超出罚款数额，亦未引用法律依据",
        ],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="709_农业农村.txt",
    domain="农业农村",
    doc_type="行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "PDF-to-text copy with repeated page header, centred page numbers and words split across lines",
    body="""\
洪雅县农业农村局
行政处罚决定书
洪农（农安）罚〔2025〕12号
当事人：洪雅县绿丰源果蔬种植专业合作社
统一社会信用代码：93511423MA62KX9B6H
法定代表人：杨某某
地址：四川省眉山市洪雅县止戈镇青杠村3组
    2025年4月8日，我局执法人员在对当事人豇豆配送点开展农产品质量安全监督抽查时，对当事人
已包装待售的豇豆抽取样品1份。经四川某检测技术有限公司检测（报告编号：SCJC2025-0412
67），该批次豇豆中噻虫
胺残留量为0.12mg/kg，不符合GB 2763-2021《食品安全国家标准 食品中农药最大残留限量》的
规定（限量值0.01mg/kg），判定为不合格。2025年4月30日，我局对当事人立案调查。
    经查，该批次豇豆系当事人基地自产，共计480公斤，当事人已于2025年4月8日至9日以每公斤3.
00元的价格向洪雅县某生鲜配送有限公司销售420公斤，销售收入1260元；剩余60公斤
已由我局监督无害化处理。违法生产经营的农产品货值金额为1440元，违法所得为1260元。当事人
收到检测结果后主动通知购货方停止销售，追回已销售但尚未售出的豇豆150公斤并予以销毁。
    上述事实有以下证据证实：1.现场检查笔录；2.抽样单、检测报告及检验结果告知书送达回证；
3.询问笔录2份；4.销售单据；5.合作社营业执照、法定代表人身份证明复印件；6.追回及销毁记录。

                                  — 1 —
洪雅县农业农村局行政处罚决定书
    当事人销售农药残留不符合农产品质量安全标准的农产品的行为，违反了《中华人民共和国农产品
质量安全法》第三十六条第二项的规定。2025年6月9日，我局向当事人送达了《行政处罚事先告知书》
（洪农（农安）告〔2025〕12号），告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知
其享有陈述、申辩和要求听证的权利。当事人在法定期限内未提出陈述、申辩和听证申请。
    鉴于当事人主动追回已销售的农产品，减轻了违法行为危害后果，符合《中华人民共和国行政处罚
法》第三十二条第（一）项的规定，依法予以从轻处罚。依据《中华人民共和国农产品质量安全法》
第七十一条第一款第（一）项的规定，我局决定：
    （一）没收违法所得人民币1260元；
    （二）处罚款人民币50000元。
    罚没款合计51260元，当事人应自收到本决定书之日起15日内缴至洪雅县非税收入汇缴结算户（开户
行：四川洪雅农村商业银行止戈支行）。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七
十二条第一款第一项的规定，每日按罚款数额的3%加处罚款，加处罚款的数额不得超出罚款的数额。
    如不服本处罚决定，可以自收到本决定书之日起60日内向洪雅县人民政府申请行政复议，也可以在
6个月内向洪雅县人民法院提起行政诉讼。

                                              洪雅县农业农村局
                                              2025年6月27日
                                  — 2 —
""",
    label={
        "file": "709_农业农村.txt",
        "doc_type": "行政处罚决定书",
        "agency": "洪雅县农业农村局",
        "doc_number": "洪农（农安）罚〔2025〕12号",
        "party": "洪雅县绿丰源果蔬种植专业合作社",
        "credit_code": "93511423MA62KX9B6H",
        "cited_articles": [
            {"law": "《中华人民共和国农产品质量安全法》", "article": 36, "paragraph": None, "item": 2, "role": "violated",
             "note": "written 第三十六条第二项 (款 omitted; items are in 第一款); law name broken across a page line"},
            {"law": "《中华人民共和国行政处罚法》", "article": 32, "paragraph": None, "item": 1, "role": "discretion",
             "note": "law name broken across a line"},
            {"law": "《中华人民共和国农产品质量安全法》", "article": 71, "paragraph": 1, "item": 1, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other",
             "note": "article number split across lines (第七 / 十二条)"},
        ],
        "fine_yuan": 50000,
        "confiscation_yuan": 1260,
        "dates": {"filing": "2025-04-30", "notice": "2025-06-09", "decision": "2025-06-27", "service": None,
                  "inspection": "2025-04-08"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "合作社 (USCC prefix 93). 货值 1440 = 480 kg × 3.00元; 违法所得 1260 = 420 kg × 3.00元 (consistent; "
                 "'3.' and '00元' split across lines). Fine 50000 = floor of 农产品质量安全法(2022) 第七十一条 "
                 "(货值<1万: 5万–10万), with a stated 第三十二条 ground. PDF artefacts: page header repeated, '— 1 —' "
                 "page marks, report number split ('SCJC2025-0412' / '67'), '噻虫' / '胺' split. 2025 decision: "
                 "复议机关 洪雅县人民政府. 文号 contains a nested full-width parenthesis: 洪农（农安）罚〔2025〕12号.",
        "defects_observed": [
            "违法条款“第三十六条第二项”未写明第一款",
        ],
        "related_doc_numbers": ["洪农（农安）告〔2025〕12号"],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="710_林业草原.txt",
    domain="林业草原",
    doc_type="林业行政处罚决定书（无文首）",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "body-only copy as re-posted by a legal-information site; title, 文号, party block and signature absent",
    body="""\
王某某滥伐林木一案，本局于2017年4月12日立案调查，现已调查终结。
经查明：2017年3月下旬，王某某在未办理林木采伐许可证的情况下，雇用他人在绥棱县某乡某村其承包地东侧的农田防护林带内采伐杨树46株。经绥棱县林业调查规划设计队现场勘验鉴定，被伐林木立木蓄积18.6立方米，按当地木材市场价格计算，林木价值为人民币4650元。
上述事实有现场勘验笔录、林木蓄积鉴定报告、林木价值认定意见、王某某的询问笔录、证人证言2份、现场照片等证据证实，事实清楚，证据确凿。
王某某的上述行为违反了《中华人民共和国森林法》第三十二条第一款“采伐林木必须申请采伐许可证，按许可证的规定进行采伐”的规定，构成滥伐林木的违法行为。
本局于2017年5月8日向王某某送达了《林业行政处罚先行告知书》，王某某在规定期限内未提出陈述、申辩。
依据《中华人民共和国森林法》第三十九条第二款的规定，本局决定对王某某作出如下行政处罚：
一、责令补种滥伐株数五倍的树木，即230株，于2018年4月30日前完成；
二、处滥伐林木价值二倍的罚款，计人民币9300元。
王某某应于收到本决定书之日起十五日内将罚款缴至绥棱县非税收入专户。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。逾期不补种树木的，由本局代为补种，所需费用由王某某承担。
如不服本处罚决定，可在收到本决定书之日起六十日内向绥化市林业局或者绥棱县人民政府申请行政复议，或者在六个月内直接向人民法院提起行政诉讼。逾期不申请复议、不起诉又不履行的，本局将依法申请人民法院强制执行。
""",
    label={
        "file": "710_林业草原.txt",
        "doc_type": "林业行政处罚决定书（无文首）",
        "agency": None,
        "doc_number": None,
        "party": "王某某",
        "credit_code": None,
        "cited_articles": [
            {"law": "《中华人民共和国森林法》", "article": 32, "paragraph": 1, "item": None, "role": "violated",
             "note": "1998/2009 森林法 numbering (the 2019 revision renumbered)"},
            {"law": "《中华人民共和国森林法》", "article": 39, "paragraph": 2, "item": None, "role": "penalty"},
        ],
        "fine_yuan": 9300,
        "confiscation_yuan": None,
        "dates": {"filing": "2017-04-12", "notice": "2017-05-08", "decision": None, "service": None,
                  "violation": None},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "body_only",
        "notes": "agency_inferred=绥棱县林业局 (text says 本局; the 鉴定 unit 绥棱县林业调查规划设计队 is not the "
                 "deciding agency). Header (title, 文号, party details) and the signature/date are absent in the "
                 "source; never score those as missing. Violation date is only '2017年3月下旬' (a period, so "
                 "dates.violation is null). Fine 9300 = 2 × 4650; 补种 230 = 5 × 46. 森林法(2009) articles cited from "
                 "memory (law not in shared/laws).",
        "defects_observed": [
            "立木蓄积18.6立方米（2立方米以上），按森林法实施条例第三十八条第二款应处林木价值三倍至五倍罚款，决定按二倍处罚，低于法定幅度且未引用实施条例",
            "滥伐蓄积已达多数地区滥伐林木罪立案追诉标准（10立方米以上），卷中未见移送或不移送的说明",
            "来源文本缺文首与落款（来源缺失，非原件缺陷）",
        ],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="711_文化旅游.txt",
    domain="文化旅游",
    doc_type="行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a 信用中国（福建）行政处罚 detail page: key/value table followed by the decision's full text",
    body="""\
信用中国（福建）  双公示  >  行政处罚
行政相对人名称	厦门鹭岛悦行国际旅游咨询有限公司
行政相对人类别	法人及非法人组织
统一社会信用代码	91350203MA8RK9W2X6
法定代表人	陈某某
行政处罚决定书文号	厦思文旅罚〔2023〕第15号
违法行为类型	未经许可经营旅行社业务
违法事实	当事人未取得旅行社业务经营许可，通过网络招徕、组织旅游者参加省内旅游团，违法所得2.36万元。
处罚依据	《中华人民共和国旅游法》第九十五条第一款
处罚类别	罚款;没收违法所得、没收非法财物
处罚内容	没收违法所得23600元，罚款30000元
罚款金额（万元）	3
没收违法所得、没收非法财物的金额（万元）	2.36
暂扣或吊销证照名称及编号	
处罚决定日期	2023/10/17
处罚有效期	2024/10/17
公示截止期	2026/10/17
处罚机关	厦门市思明区文化和旅游局
处罚机关统一社会信用代码	11350203MB0W173897
数据来源	厦门市思明区文化和旅游局
数据来源单位统一社会信用代码	11350203MB0W173897

附件：行政处罚决定书全文
厦门市思明区文化和旅游局
行政处罚决定书
厦思文旅罚〔2023〕第15号
当事人：厦门鹭岛悦行国际旅游咨询有限公司
统一社会信用代码：91350203MA8RK9W2X6
法定代表人：陈某某
住所：福建省厦门市思明区湖滨南路某号某室
当事人未经许可经营旅行社业务一案，经本局依法调查，现已审查终结。
经查，2023年3月至6月，当事人在未取得旅行社业务经营许可证的情况下，通过微信公众号及“小红书”账号发布“武夷山三日游”“土楼两日游”等旅游线路信息，招徕、组织旅游者共6个团128人次，收取团费共计人民币196800元，扣除已支付的交通、住宿、门票等直接成本173200元后，违法所得为人民币23600元。2023年6月21日，本局接到举报后进行检查，6月25日立案调查。
上述事实有现场检查笔录、询问笔录、微信公众号及“小红书”页面截图、团费收款记录、游客名单、与车队及酒店的结算凭证等证据证实。
当事人的上述行为违反了《中华人民共和国旅游法》第二十八条的规定。本局于2023年9月4日向当事人送达《行政处罚事先告知书》（厦思文旅告〔2023〕第15号），告知拟作出的行政处罚及当事人享有的陈述、申辩、听证权利。当事人于2023年9月8日提出陈述，称系初次经营、已停止招徕，请求从轻处罚，未要求听证。经复核，当事人所称已停止招徕属实，但违法经营持续三个多月、涉及游客人数较多，不符合从轻情形，不予采纳。
依据《中华人民共和国旅游法》第九十五条第一款的规定，本局决定：一、责令当事人改正违法行为；二、没收违法所得人民币贰万叁仟陆佰元（23600元）；三、处罚款人民币叁万元（30000元）。
当事人应当自收到本决定书之日起十五日内，通过福建省非税收入缴款系统缴纳罚没款。到期不缴纳罚款的，本局可依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本处罚决定，可在收到本决定书之日起六十日内向厦门市思明区人民政府或者厦门市文化和旅游局申请行政复议，也可以在六个月内向厦门市思明区人民法院提起行政诉讼。
厦门市思明区文化和旅游局
二〇二三年十月十六日
""",
    label={
        "file": "711_文化旅游.txt",
        "doc_type": "行政处罚决定书",
        "agency": "厦门市思明区文化和旅游局",
        "doc_number": "厦思文旅罚〔2023〕第15号",
        "party": "厦门鹭岛悦行国际旅游咨询有限公司",
        "credit_code": "91350203MA8RK9W2X6",
        "cited_articles": [
            {"law": "《中华人民共和国旅游法》", "article": 28, "paragraph": None, "item": None, "role": "violated"},
            {"law": "《中华人民共和国旅游法》", "article": 95, "paragraph": 1, "item": None, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": 30000,
        "confiscation_yuan": 23600,
        "dates": {"filing": "2023-06-25", "notice": "2023-09-04", "decision": "2023-10-16", "service": None,
                  "inspection": "2023-06-21", "complaint": "2023-06-21"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "The 信用中国 table says 处罚决定日期 2023/10/17 while the decision is dated 二〇二三年十月十六日: the "
                 "label takes the decision's own date. Table amounts in 万元 (3 / 2.36); text in yuan and capitals. "
                 "违法所得 23600 = 196800 − 173200 (consistent). 旅游法 第九十五条第一款 (from memory: 没收违法所得, "
                 "1万–10万; ≥10万 违法所得 → 1–5倍) — fine inside. 陈述 received and reasoned as not adopted. Filing to "
                 "decision 113 days with no extension mentioned. The page shows both the party's and the agency's "
                 "USCC.",
        "defects_observed": [
            "立案至决定113天，超过90日且未载明延期审批",
            "公示平台处罚决定日期（2023/10/17）与决定书落款日期（2023年10月16日）不一致",
            "罚款数额的裁量档次未说明",
        ],
        "related_doc_numbers": ["厦思文旅告〔2023〕第15号"],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="712_卫生健康.txt",
    domain="卫生健康",
    doc_type="行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a district government 双公示 page with publication furniture",
    body="""\
郑州市金水区人民政府门户网站
您当前的位置：首页 > 政务公开 > 双公示 > 行政处罚
郑州市金水区卫生健康委员会行政处罚决定书（金卫医罚〔2019〕第046号）
发布时间：2019-08-09    来源：区卫健委    浏览次数：156
【打印本页】 【关闭窗口】

郑州市金水区卫生健康委员会
行 政 处 罚 决 定 书
金卫医罚〔2019〕第046号

被处罚单位：郑州市金水区丰荫路社区卫生服务中心
单位性质：事业单位
统一社会信用代码：12410105416002739Y
医疗机构执业许可证登记号：41010520000117
法定代表人（负责人）：孟某某
地址：郑州市金水区丰荫路某号

我委于2019年5月16日对你单位进行监督检查时发现，你单位使用未取得护士执业证书的徐某、高某2名人员在输液室从事静脉输液等护理技术工作。2019年5月17日，我委对你单位立案调查。
经查，徐某、高某分别于2018年11月、2019年1月起在你单位从事护理工作，二人均为护理专业在校学生，未取得护士执业资格及护士执业证书，未在上级护士指导下独立从事静脉输液操作。
上述事实有现场笔录、询问笔录3份、排班表、输液登记本复印件、徐某和高某的身份证明及学籍证明等证据证实。
你单位的上述行为违反了《医疗机构管理条例》第二十八条的规定。我委于2019年7月10日向你单位送达了《行政处罚事先告知书》（金卫医罚告〔2019〕第046号），你单位在规定期限内未提出陈述和申辩。
依据《医疗机构管理条例》第四十八条、《医疗机构管理条例实施细则》第八十一条第（一）项的规定，我委决定给予你单位以下行政处罚：
1.警告；
2.罚款人民币肆仟元整。
罚款于收到本决定书之日起十五日内缴至郑州市金水区财政局指定银行账户。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。
如不服本处罚决定，可在收到本决定书之日起六十日内向郑州市金水区人民政府或郑州市卫生健康委员会申请行政复议，或者在六个月内向郑州市金水区人民法院提起行政诉讼。

郑州市金水区卫生健康委员会
2019年8月5日

上一篇：郑州市金水区卫生健康委员会行政处罚决定书（金卫医罚〔2019〕第045号）
下一篇：郑州市金水区卫生健康委员会行政处罚决定书（金卫医罚〔2019〕第047号）
""",
    label={
        "file": "712_卫生健康.txt",
        "doc_type": "行政处罚决定书",
        "agency": "郑州市金水区卫生健康委员会",
        "doc_number": "金卫医罚〔2019〕第046号",
        "party": "郑州市金水区丰荫路社区卫生服务中心",
        "credit_code": "12410105416002739Y",
        "cited_articles": [
            {"law": "《医疗机构管理条例》", "article": 28, "paragraph": None, "item": None, "role": "violated"},
            {"law": "《医疗机构管理条例》", "article": 48, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《医疗机构管理条例实施细则》", "article": 81, "paragraph": None, "item": 1, "role": "penalty"},
        ],
        "fine_yuan": 4000,
        "confiscation_yuan": None,
        "dates": {"filing": "2019-05-17", "notice": "2019-07-10", "decision": "2019-08-05", "service": None,
                  "inspection": "2019-05-16"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Party is a 事业单位 (USCC 12…, 登记管理部门 1 = 机构编制, 类别 2 = 事业单位), also identified by its "
                 "医疗机构执业许可证登记号. Penalties: 警告 + 4000元. 实施细则 第八十一条 (from memory): 任用两名以上非卫生技术"
                 "人员 → 3000–5000元, so 4000 sits inside. 上一篇/下一篇 lines name neighbouring decisions (045/047) "
                 "and must not be taken as this document's 文号. Title letter-spaced (行 政 处 罚 决 定 书). "
                 "医疗机构管理条例(2016) and 实施细则(2017) cited from memory (not in shared/laws).",
        "defects_observed": [
            "违法事实未写明输液操作的具体时间、次数与涉及患者人次（违法事实要素不全）",
            "罚款数额的裁量理由未说明",
            "决定书未载明加处罚款不得超出罚款数额",
        ],
        "related_doc_numbers": ["金卫医罚告〔2019〕第046号"],
    },
))
