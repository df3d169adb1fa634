"""Cases 01-12 of decisions15 (invented texts, real agency place names)."""


def c(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def dates(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


R60_6M = {"review": 60, "litigation": "6m"}
R60_3M = {"review": 60, "litigation": "3m"}

CASES_A = []

# ---------------------------------------------------------------- 01
CASES_A.append({
    "file": "01_市场监管.txt",
    "source": "invented by writer 87; imitates a scanned 当场处罚决定书 (简易程序, pre-printed form with tick boxes) retyped on a district 市场监管局 政务公开 page; no real URL",
    "domain": "市场监管",
    "text": """
杭州市拱墅区市场监督管理局
当场行政处罚决定书
（简易程序）
                                        No. 拱市监当罚〔2022〕0316号

当事人：拱墅区陈记鲜果行
主体类型：■个体工商户  □企业  □其他组织  □自然人
统一社会信用代码：{CC01}
经营者：陈**          身份证号码：{ID01}
住所（经营场所）：杭州市拱墅区湖墅南路***号一楼
联系电话：139****6620

违法事实：2022年6月14日10时20分，本局执法人员（出示执法证件）对当事人经营场所进行检查，发现当事人店内陈列销售的“阳光玫瑰葡萄”“贵妃芒”“麒麟西瓜”等7种水果未标明价格。当事人对上述事实无异议。
证据：现场检查笔录1份、现场照片4张。

当事人的上述行为违反了《中华人民共和国价格法》第十三条第一款及《明码标价和禁止价格欺诈规定》第五条第一款的规定。执法人员已告知当事人拟作出行政处罚的事实、理由、依据及其依法享有的陈述、申辩权利，当事人□提出陈述、申辩 ■未提出陈述、申辩。

依据《价格违法行为行政处罚规定》第十三条第（一）项、《明码标价和禁止价格欺诈规定》第二十二条及《中华人民共和国行政处罚法》第五十一条的规定，责令当事人立即改正，并决定给予以下行政处罚：
□警告
■罚款 人民币（大写）壹佰元整 （￥100.00）

罚款缴纳方式：
■当场缴纳（依据《中华人民共和国行政处罚法》第六十八条第（一）项，执法人员当场收缴并出具浙江省财政厅统一制发的罚没票据）
□自收到本决定书之日起十五日内到指定银行或通过浙江政务服务网缴纳

如不服本处罚决定，可以在收到本决定书之日起六十日内向杭州市拱墅区人民政府或者杭州市市场监督管理局申请行政复议，或者在六个月内依法向杭州市拱墅区人民法院提起行政诉讼。

处罚地点：杭州市拱墅区湖墅南路***号店内
执法人员（签名）：王**  执法证号：33010522***   李**  执法证号：33010522***
当事人（签名）：陈**       签收日期：2022年6月14日

                                   杭州市拱墅区市场监督管理局（印章）
                                        2022年6月14日
（本决定书一式两联：第一联交当事人，第二联由执法人员报所属机关备案）
""",
    "label": {
        "doc_type": "当场行政处罚决定书（简易程序）",
        "agency": "杭州市拱墅区市场监督管理局",
        "doc_number": "拱市监当罚〔2022〕0316号",
        "party": "拱墅区陈记鲜果行",
        "credit_code": "$CC01",
        "cited_articles": [
            c("《中华人民共和国价格法》", 13, 1, None, "violated"),
            c("《明码标价和禁止价格欺诈规定》", 5, 1, None, "violated"),
            c("《价格违法行为行政处罚规定》", 13, None, 1, "penalty"),
            c("《明码标价和禁止价格欺诈规定》", 22, None, None, "penalty"),
            c("《中华人民共和国行政处罚法》", 51, None, None, "other", "2021 numbering: 简易程序 (≤200元 公民 / ≤3000元 单位)"),
            c("《中华人民共和国行政处罚法》", 68, None, 1, "other", "当场收缴 ≤100元"),
        ],
        "fine_yuan": 100,
        "confiscation_yuan": None,
        "dates": dates(None, None, "2022-06-14", "2022-06-14", violation="2022-06-14"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "简易",
        "notes": "On-the-spot decision on a pre-printed form: tick boxes ■/□ must be read (警告 is NOT ticked, only 罚款; '□提出陈述、申辩 ■未提出'). Fine written 壹佰元整 and ￥100.00. 文号 printed after 'No.'. Party is a 个体工商户 (trade name), the operator 陈** is masked and is not the party label. service = the 签收日期 on the form (当场交付). 当场收缴 of 100元 is within 行政处罚法(2021) 第六十八条第（一）项. Review to 区政府 or 市局 (2022 dual channel).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 02
CASES_A.append({
    "file": "02_公安交管.txt",
    "source": "invented by writer 87; imitates an OCR text of a photographed 公安交通管理简易程序处罚决定书 (carbon copy), OCR errors kept; no real URL",
    "domain": "公安交通管理",
    "text": """
成都市公安局交通管理局
公安交通管理简易程序处罚决定书
                          编号：5101O41600472918

被处罚人  张**        驾驶证/居民身份证号码  {ID02}
档案编号  51010***2291   联系方式  136****0715
准驾车型  C1          发证机关  四川省成都市公安局交通警察支队
车辆牌号  川A·7Q2**    车辆类型  小型普通客车

被处罚人于2016年O8月23日O9时15分，在一环路南三段（磨子桥往科华路方向），实施驾驶机动车行驶时驾驶人未按规定使用安全带的违法行为（代码6011），违反了《中华人民共和国道路交逋安全法》第五十一条的规定。
依据《中华人民共和国道路交通安全法》第九十条、第一百零七条第一款之规定，决定予以：
  警吿 ✓       罚款 ______元
持本决定书在十五日内到                    缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
如不服本决定，可以在收到本决定书之日起60日内向成都市公安局或者成都市人民政府申请行政复议；或者在6个月内向成都铁路运输法院提起行政诉讼。
处罚地点  一环路南三段磨子桥路口
交通警察（签名或者盖章）  刘**    警号  O51***
被处罚人签名  张**
                        处罚机关（印章）
                     2016年08月23曰
""",
    "label": {
        "doc_type": "公安交通管理简易程序处罚决定书",
        "agency": "成都市公安局交通管理局",
        "doc_number": "5101041600472918",
        "party": "张**",
        "credit_code": None,
        "cited_articles": [
            c("《中华人民共和国道路交通安全法》", 51, None, None, "violated", "OCR wrote 道路交逋安全法 in the violated-clause sentence"),
            c("《中华人民共和国道路交通安全法》", 90, None, None, "penalty"),
            c("《中华人民共和国道路交通安全法》", 107, 1, None, "other", "当场处罚 under the special law"),
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": dates(None, None, "2016-08-23", None, violation="2016-08-23"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "简易",
        "notes": "OCR copy. Errors: letter O for digit 0 in the 编号 (5101O416...), in '2016年O8月23日O9时' and in the 警号; 曰 for 日 in the signature date '2016年08月23曰'; 交逋 for 交通 in the violated-clause law name (the penalty clause spells the law correctly); 警吿 for 警告. Labels give the corrected values (doc_number 5101041600472918, decision 2016-08-23). Penalty is 警告 only: the 罚款 blank is empty, so fine_yuan is null even though the form prints '罚款 ______元' and the 加处罚款 sentence. The form number is the only 文号. Party is a masked natural person (驾驶人). 公安交管 can decide on the spot up to 200元 under 道交法 第一百零七条, whatever the general 简易程序 limit of 行政处罚法 (2009 text, 50元 for 公民) in force in 2016. service not separately dated (signature only).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 03
CASES_A.append({
    "file": "03_乡镇综合执法.txt",
    "source": "invented by writer 87; imitates a 镇人民政府 政府信息公开 page (索引号 box flattened into lines) publishing a 综合行政执法 decision; no real URL",
    "domain": "乡镇综合行政执法",
    "text": """
索 引 号：{CC03G}/2023-00041
发布机构：八里店镇人民政府
生成日期：2023-06-02
公开方式：主动公开
主题分类：综合行政执法
标　　题：八里店镇人民政府行政处罚决定书（吴八政罚决字〔2023〕第7号）

湖州市吴兴区八里店镇人民政府
行 政 处 罚 决 定 书
吴八政罚决字〔2023〕第7号

当事人：沈某某，男，汉族，
身份证号：{ID03}，
住址：湖州市吴兴区八里店镇***村***组**号。

　　根据《中华人民共和国行政处罚法》第二十四条第一款及浙江省人民政府关于赋予乡镇（街道）部分行政处罚权的决定，本府依法对农村村民非法占用土地建住宅的行为实施行政处罚。
　　2023年3月下旬，当事人在未取得农村宅基地批准书和乡村建设规划许可证的情况下，在八里店镇***村***组其承包的耕地上擅自建造二层砖混结构住宅一幢，占地面积126.5平方米。经查，当事人在本村已有经批准的宅基地一处（面积118平方米）。本府于2023年4月6日立案调查。
　　上述事实有现场勘验笔录、测量图、询问笔录、村民委员会出具的证明、航拍影像截图等证据证实。
　　本府于2023年5月12日向当事人送达了《行政处罚事先告知书》（吴八政罚告字〔2023〕第7号），告知其拟作出处罚的事实、理由、依据及享有的陈述、申辩和要求听证的权利。当事人在法定期限内未提出陈述、申辩，亦未要求听证。
　　本府认为，当事人的行为违反了《中华人民共和国土地管理法》第六十二条第一款“农村村民一户只能拥有一处宅基地”的规定，属于农村村民未经批准非法占用土地建住宅。依据《中华人民共和国土地管理法》第七十八条第一款的规定，本府决定：
　　一、责令当事人退还非法占用的土地126.5平方米；
　　二、限当事人自收到本决定书之日起三十日内自行拆除在非法占用的土地上新建的房屋，恢复土地原状。
　　当事人逾期不履行本决定的，本府将依照《中华人民共和国行政强制法》的有关规定依法强制执行或申请人民法院强制执行。
　　当事人如不服本决定，可在收到本决定书之日起六十日内向湖州市吴兴区人民政府申请行政复议，也可在收到本决定书之日起六个月内直接向湖州市吴兴区人民法院提起行政诉讼。

湖州市吴兴区八里店镇人民政府
2023年5月29日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "湖州市吴兴区八里店镇人民政府",
        "doc_number": "吴八政罚决字〔2023〕第7号",
        "party": "沈某某",
        "credit_code": None,
        "cited_articles": [
            c("《中华人民共和国行政处罚法》", 24, 1, None, "other", "乡镇 exercising 县级 powers by provincial 赋权 decision (named without 书名号)"),
            c("《中华人民共和国土地管理法》", 62, 1, None, "violated"),
            c("《中华人民共和国土地管理法》", 78, 1, None, "penalty"),
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": dates("2023-04-06", "2023-05-12", "2023-05-29", None),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Decision by a 镇人民政府 (综合行政执法 by 赋权), not by a 县级 department: 土地管理法 第七十八条 names the 农业农村主管部门, the 镇 acts under 行政处罚法 第二十四条. No fine and no confiscation: 退还土地 + 限期拆除 only, so fine_yuan null. The page's 生成日期 2023-06-02 is the publication date, not the decision date (2023-05-29). The 告知书 has its own 文号 吴八政罚告字〔2023〕第7号. The 索引号 begins with the 镇政府's code-like string; it is not a party credit code. Review goes to the 区人民政府 (上一级) in 2023.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 04
CASES_A.append({
    "file": "04_街道综合执法.txt",
    "source": "invented by writer 87; imitates a 街道办事处 行政处罚决定书 published on a district government site, amounts in capitals only; no real URL",
    "domain": "街道综合行政执法",
    "text": """
北京市朝阳区人民政府三里屯街道办事处
行政处罚决定书
京朝三里屯罚字[2022]第000018号

当事人：王某某  性别：男  出生日期：1986年5月
身份证件号码：{ID04}
住址：北京市朝阳区***小区*号楼*单元***室

　　2022年8月6日21时30分许，本机关执法人员在朝阳区三里屯路***号门前人行道巡查时，发现当事人在该处使用炭火烤炉露天烧烤食品并向过往行人出售。该区域属于北京市人民政府划定的禁止露天烧烤区域，当时不属于允许的时段。本机关于2022年8月8日立案调查。
　　经查明：当事人自2022年8月4日起每晚在上述地点露天烧烤食品销售，共计三晚，销售收入人民币叁佰贰拾元。
　　以上事实有现场检查笔录、询问笔录、现场照片及视频、当事人身份证复印件、收款记录截图等证据证明。
　　本机关于2022年8月15日向当事人送达了《行政处罚事先告知书》，当事人在规定期限内提出了陈述申辩，称系初次经营、不知禁止规定。经复核，当事人所述初次违法属实，且已主动停止经营，本机关依法予以采纳并对其从轻处罚。
　　当事人的行为违反了《中华人民共和国大气污染防治法》第八十一条第三款之规定。依据《中华人民共和国大气污染防治法》第一百一十八条第三款、《中华人民共和国行政处罚法》第二十八条第二款之规定，本机关决定：责令当事人改正违法行为，没收烧烤工具（炭火烤炉壹个、金属烤签贰佰支）和违法所得人民币叁佰贰拾元，并处罚款人民币伍佰元。
　　当事人应自收到本决定书之日起十五日内，持本决定书到北京市政府非税收入收缴代理银行缴纳罚没款。逾期不缴纳罚款的，本机关可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
　　当事人如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向北京市朝阳区人民政府申请行政复议，或者在六个月内依法向北京市朝阳区人民法院提起行政诉讼。复议、诉讼期间，本决定不停止执行。

北京市朝阳区人民政府三里屯街道办事处
二〇二二年八月二十六日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "北京市朝阳区人民政府三里屯街道办事处",
        "doc_number": "京朝三里屯罚字[2022]第000018号",
        "party": "王某某",
        "credit_code": None,
        "cited_articles": [
            c("《中华人民共和国大气污染防治法》", 81, 3, None, "violated"),
            c("《中华人民共和国大气污染防治法》", 118, 3, None, "penalty"),
            c("《中华人民共和国行政处罚法》", 28, 2, None, "penalty", "没收违法所得"),
            c("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
        ],
        "fine_yuan": 500,
        "confiscation_yuan": 320,
        "dates": dates("2022-08-08", "2022-08-15", "2022-08-26", None, violation="2022-08-06"),
        "remedy_days": R60_6M,
        "discretion": "从轻",
        "completeness": "complete",
        "procedure": "普通",
        "notes": "街道办事处 decision. 没收 and 罚款 in one sentence: '没收烧烤工具（…）和违法所得人民币叁佰贰拾元，并处罚款人民币伍佰元' — amounts only in capitals; the tool counts (壹个, 贰佰支) are quantities, not money. confiscation_yuan counts only the money confiscated (320); the tools have no stated value. 从轻 stated although 500元 is the statutory minimum of 第一百一十八条第三款. Decision date in Chinese numerals with 〇 (二〇二二年八月二十六日). 文号 uses ASCII square brackets [2022] and a six-digit serial.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 05
CASES_A.append({
    "file": "05_市场监管公示.txt",
    "source": "invented by writer 87; imitates a 行政处罚信息公示 list page (several cases on one page, table flattened to pipe-separated lines, amounts in 万元); no real URL",
    "domain": "市场监管",
    "text": """
济南市历下区市场监督管理局行政处罚信息公示（2020年第11期）
发布日期：2020-11-20　　来源：济南市历下区市场监督管理局　　浏览次数：1**
【字体：大 中 小】【打印】【关闭】

序号|行政相对人名称|行政相对人类别|统一社会信用代码|法定代表人|决定书文号|违法行为类型|违法事实|处罚依据|处罚类别|处罚内容|罚款金额（万元）|没收违法所得、没收非法财物的金额（万元）|处罚决定日期|处罚有效期|公示截止期|处罚机关|处罚机关统一社会信用代码
1|济南鼎泰丰源商贸有限公司|法人及非法人组织|{CC05A}|刘**|济历下市监罚字〔2020〕1187号|以不合格产品冒充合格产品|当事人于2020年7月购进标称“合格”的电热水壶共计65台，经抽样检验，耐潮湿、泄漏电流项目不合格，当事人以不合格产品冒充合格产品销售，货值金额6500元，已售出13台，违法所得845元。|违反了《中华人民共和国产品质量法》第三十九条，依据《中华人民共和国产品质量法》第五十条|罚款;没收违法所得、没收非法财物|责令停止销售；没收违法销售的电热水壶52台；没收违法所得845元；处违法销售产品货值金额0.8倍罚款|0.52|0.0845|2020/11/16|2021/11/16|2023/11/16|济南市历下区市场监督管理局|{CC05G}
2|历下区佳润百货商行|个体工商户|{CC05B}|张**（经营者）|济历下市监罚字〔2020〕1203号|经营超过保质期的食品|当事人经营超过保质期的“燕麦饼干”6袋，货值金额59.4元，未售出。|《中华人民共和国食品安全法》第三十四条第（十）项；《中华人民共和国食品安全法》第一百二十四条第一款第（五）项、《中华人民共和国行政处罚法》第二十七条第一款第（一）项|罚款;没收非法财物|没收超过保质期的燕麦饼干6袋，罚款1.5万元|1.5|0|2020/11/17|2021/11/17|2023/11/17|济南市历下区市场监督管理局|{CC05G}
3|山东澜庭酒店管理有限公司|法人及非法人组织|{CC05C}|赵**|济历下市监罚字〔2020〕1210号|发布虚假广告|当事人在其微信公众号发布含有“全市唯一”“顶级”用语的广告……|《中华人民共和国广告法》第九条第（三）项、第五十七条第（一）项|罚款|责令停止发布广告，罚款2万元|2|0|2020/11/18|2021/11/18|2023/11/18|济南市历下区市场监督管理局|{CC05G}

注：本栏目公示内容根据《市场监督管理行政处罚信息公示规定》第六条、第七条确定；公示期满后将不再对外公示。
上一篇：历下区市场监督管理局行政处罚信息公示（2020年第10期）
下一篇：历下区市场监督管理局行政处罚信息公示（2020年第12期）
""",
    "label": {
        "doc_type": "行政处罚信息公示（多案一页，仅标注第1案）",
        "agency": "济南市历下区市场监督管理局",
        "doc_number": "济历下市监罚字〔2020〕1187号",
        "party": "济南鼎泰丰源商贸有限公司",
        "credit_code": "$CC05A",
        "cited_articles": [
            c("《中华人民共和国产品质量法》", 39, None, None, "violated"),
            c("《中华人民共和国产品质量法》", 50, None, None, "penalty"),
        ],
        "fine_yuan": 5200,
        "confiscation_yuan": 845,
        "dates": dates(None, None, "2020-11-16", None, publication="2020-11-20"),
        "remedy_days": None,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "A 公示 list page with THREE cases; only case 1 (济南鼎泰丰源商贸有限公司) is labelled. Cases 2 and 3 carry their own 文号, parties, codes and laws (食品安全法, 广告法, 行政处罚法 2017 第二十七条) which must not leak into case 1. Amounts are in 万元 columns with no unit next to the number: 0.52 万元 = fine 5200元 (0.8 × 货值 6500元); 0.0845 万元 = confiscation 845元 (违法所得; the 52 kettles confiscated have no separate value). The 处罚机关 column repeats the agency's own 统一社会信用代码 (11…, a 机关 code) which is not the party's. 处罚有效期 2021/11/16 and 公示截止期 2023/11/16 are not decision dates; publication date 2020-11-20. Summary record, no remedy clause.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 06
CASES_A.append({
    "file": "06_生态环境.txt",
    "source": "invented by writer 87; imitates a PDF-to-text copy of a 生态环境局 decision with running page headers and 第X页 共Y页 footers falling mid-sentence; no real URL",
    "domain": "生态环境",
    "text": """
苏州市生态环境局
行政处罚决定书
苏环行罚〔2024〕09第058号

当事人名称：苏州汇川精密机械有限公司
统一社会信用代码：{CC06}
法定代表人（主要负责人）：顾**
住所：苏州市吴江区松陵街道***路***号
生产经营场所地址：苏州市吴江区江陵街道***路***号（厂区）
联系电话：0512-6***-****
排污许可证编号：{CC06}001V

　　一、调查情况及发现的环境违法事实、证据和陈述申辩（听证）及采纳情况
　　2024年3月19日，我局执法人员对你单位进行现场检查，发现你单位持有的排污许可证规定应当按季度对废气排放口DA001、DA002开展非甲烷总烃自行监测，但你单位2023年第三季度、第四季度均未开展自行监测，亦不能提供相关监测报告。我局于2024年3月26日对你单位涉嫌未按照排污许可证规定开展自行监测一案立案调查。
　　以上事实，有现场检查（勘察）笔录、调查询问笔录、排污许可证副本复印件、全国排污许可证管理信息平台执行报告截图、营业执照复印件等证据为凭。
　　你单位上述行为违反了《排污许可管理条例》第十九条第一款的规定。
　　我局于2024年5月8日以《行政处罚事先（听证）告知书》（苏环罚告〔2024〕09第049号）告知你单位陈述申辩权、听证权，你单位在规定期限内提交了书面陈述申辩材料，称已委托第三方检测机构补测。经复核，补测不能改变违法事实，不予采纳。
苏州市生态环境局行政处罚决定书                      苏环行罚〔2024〕09第058号
————————————————————————————————
                                   第 1 页 共 3 页
　　二、行政处罚的依据、种类及其履行方式、期限
　　依据《排污许可管理条例》第三十六条第（五）项的规定，并按照《江苏省生态环境行政处罚裁量基准规定》计算（违法行为持续时间、环境敏感程度、违法次数等因子），我局决定对你单位作出如下行政处罚：罚款人民币叁万陆仟元整（￥36000.00），即罚款3.6万元。
　　你单位应于接到本处罚决定书之日起十五日内，将罚款缴至江苏省非税收入一般缴款书指定的代收银行。逾期不缴纳罚款的，我局可根据《中华人民共和国行政处罚法》第七十二条第一款第（一）项规定每日按罚款数额的
苏州市生态环境局行政处罚决定书                      苏环行罚〔2024〕09第058号
————————————————————————————————
                                   第 2 页 共 3 页
百分之三加处罚款，加处罚款的数额不超过罚款的数额。
　　三、申请复议或者提起诉讼的途径和期限
　　你单位如不服本处罚决定，可在收到本处罚决定书之日起六十日内向苏州市人民政府申请行政复议，也可以在六个月内依法向有管辖权的人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。
　　你单位逾期不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，我局将依法申请人民法院强制执行。

                                             苏州市生态环境局
                                             2024年6月17日
苏州市生态环境局行政处罚决定书                      苏环行罚〔2024〕09第058号
————————————————————————————————
                                   第 3 页 共 3 页
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "苏州市生态环境局",
        "doc_number": "苏环行罚〔2024〕09第058号",
        "party": "苏州汇川精密机械有限公司",
        "credit_code": "$CC06",
        "cited_articles": [
            c("《排污许可管理条例》", 19, 1, None, "violated"),
            c("《排污许可管理条例》", 36, None, 5, "penalty"),
            c("《江苏省生态环境行政处罚裁量基准规定》", None, None, None, "other", "discretion benchmark named, no article"),
            c("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
        ],
        "fine_yuan": 36000,
        "confiscation_yuan": None,
        "dates": dates("2024-03-26", "2024-05-08", "2024-06-17", None, inspection="2024-03-19"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Running header (title + 文号) and '第 X 页 共 3 页' footers are repeated three times; one footer splits the sentence '每日按罚款数额的 / 百分之三加处罚款'. The 文号 therefore occurs four times; the 告知书 文号 苏环罚告〔2024〕09第049号 is different. Long 当事人 block: the 排污许可证编号 is the credit code plus '001V' and must not be read as a second credit code. Fine given three ways: 叁万陆仟元整, ￥36000.00, 3.6万元. Review to 苏州市人民政府 (2024, 复议法 2023). The benchmark is cited by name only and its tier is not named, so discretion is null.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 07
CASES_A.append({
    "file": "07_应急管理.txt",
    "source": "invented by writer 87; imitates an 应急管理局 decision punishing a unit and its responsible manager in one document (双罚); no real URL",
    "domain": "应急管理",
    "text": """
佛山市南海区应急管理局
行政处罚决定书（单位及个人）
（南）应急罚〔2022〕第0093号

被处罚单位：佛山市南海区锐丰五金制品有限公司
地址：佛山市南海区狮山镇***工业区***号
统一社会信用代码：{CC07}
法定代表人：何某某    职务：总经理

被处罚人：何某某    性别：男    年龄：46岁
身份证号码：{ID07}
职务：总经理（直接负责的主管人员）
住址：广东省佛山市南海区狮山镇*****

　　违法事实及证据：2022年3月10日，我局执法人员对你单位进行安全生产检查时发现，你单位冲压车间新入职的3名操作工未经安全生产教育和培训即上岗作业。我局当场下达《责令限期整改指令书》（（南）应急责改〔2022〕0310号），责令你单位于2022年3月25日前整改完毕。2022年3月28日，我局执法人员复查发现，上述3名从业人员仍未接受安全生产教育和培训，你单位逾期未改正。我局于2022年3月29日立案调查。
　　以上事实有现场检查记录、责令限期整改指令书、整改复查意见书、询问笔录、员工花名册、考勤记录等证据证实。
　　你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定，何某某作为你单位直接负责的主管人员，对上述违法行为负有责任。
　　我局于2022年4月20日送达了《行政处罚告知书》（（南）应急告〔2022〕第0093号）和《听证告知书》，你单位及何某某在法定期限内未提出陈述、申辩，亦未申请听证。
　　依据《中华人民共和国安全生产法》第九十七条第（三）项的规定，我局决定给予以下行政处罚：
　　1. 对佛山市南海区锐丰五金制品有限公司：责令停产停业整顿至整改完毕，并处罚款人民币壹拾贰万元整（¥120,000）；
　　2. 对何某某：处罚款人民币贰万伍仟元整（¥25,000）。
　　罚款限于收到本决定书之日起15日内缴至广东省非税收入收缴系统指定银行。到期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项，每日按罚款数额的3%加处罚款。
　　如不服本决定，可以在收到本决定书之日起60日内依法向佛山市南海区人民政府或者佛山市应急管理局申请行政复议，或者在6个月内依法向佛山市南海区人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。

佛山市南海区应急管理局
2022年5月16日
""",
    "label": {
        "doc_type": "行政处罚决定书（单位及个人）",
        "agency": "佛山市南海区应急管理局",
        "doc_number": "（南）应急罚〔2022〕第0093号",
        "party": "佛山市南海区锐丰五金制品有限公司",
        "credit_code": "$CC07",
        "cited_articles": [
            c("《中华人民共和国安全生产法》", 28, 1, None, "violated"),
            c("《中华人民共和国安全生产法》", 97, None, 3, "penalty", "2021 text: 逾期未改正 tier for the unit and the manager"),
            c("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
        ],
        "fine_yuan": 145000,
        "confiscation_yuan": None,
        "dates": dates("2022-03-29", "2022-04-20", "2022-05-16", None, inspection="2022-03-10", correction_deadline="2022-03-25", recheck="2022-03-28"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "双罚 in one document: fine_yuan = 120000 + 25000 (unit 壹拾贰万元整 ¥120,000; 直接负责的主管人员 何某某 贰万伍仟元整 ¥25,000); the total is not written anywhere. party = the unit (first named 被处罚单位); the person is a second 被处罚人. Amounts with ¥ and thousands separators. Three 文号-like strings: the decision's own (（南）应急罚〔2022〕第0093号, with nested full-width brackets), the 整改指令书 and the 告知书. 2022-03-25 is an 整改 deadline, not a procedural date. Review to 区政府 or 市应急管理局 (pre-2024 dual channel).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 08
CASES_A.append({
    "file": "08_交通运输.txt",
    "source": "invented by writer 87; imitates a 交通运输局 政务公开 page whose 信息索引 box (索引号/发布日期/文号) was flattened by copy-paste above the decision; no real URL",
    "domain": "交通运输",
    "text": """
索引号 000014349/2024-00231 发布机构 保定市交通运输局 发布日期 2024-09-20 文号 保交罚(2024)0417号 主题分类 行政处罚 有效性 有效
名称 保定市交通运输局行政处罚决定书(王某某未取得道路运输经营许可擅自从事道路普通货物运输案)

保定市交通运输局
行政处罚决定书
保交罚(2024)0417号

当事人:王某某
身份证号:{ID08}
住址:河北省保定市竞秀区***街道***号
车辆牌号:冀F·3K8**(轻型厢式货车)

经调查,2024年7月16日10时40分,我局执法人员在G107京深线保定段***公里处检查时发现,当事人驾驶冀F·3K8**轻型厢式货车为他人运输家具,车上装载木质家具27件,从保定市竞秀区运往保定市徐水区,约定运费880元,已通过微信收取。经查,当事人未取得道路运输经营许可证,该车辆未取得道路运输证,当事人已从事上述运输经营一次。
以上事实有现场笔录、询问笔录、微信转账记录截图、车辆行驶证及驾驶证复印件、现场照片等证据证明。
当事人的上述行为违反了《中华人民共和国道路运输条例》第二十四条的规定,构成未取得道路运输经营许可擅自从事道路普通货物运输经营的违法行为。
我局于2024年8月21日向当事人送达了《违法行为通知书》,告知其违法事实、处罚依据、拟作出的行政处罚及依法享有的陈述、申辩权利。当事人未提出陈述、申辩。
依据《中华人民共和国道路运输条例》第六十三条第(一)项、《中华人民共和国行政处罚法》第二十八条第二款的规定,并参照《河北省交通运输行政处罚裁量基准》,我局决定:责令当事人停止经营,没收违法所得人民币880元,并处罚款人民币3000元。
当事人应当自收到本决定书之日起十五日内,持本决定书到河北省非税收入收缴系统指定银行缴纳罚没款。到期不缴纳罚款的,本机关可以每日按罚款数额的百分之三加处罚款,加处罚款的数额不超过罚款数额。
当事人对本决定不服的,可以在收到本决定书之日起六十日内向保定市人民政府申请行政复议,或者在六个月内依法向有管辖权的人民法院提起行政诉讼。

保定市交通运输局
2024年9月12日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "保定市交通运输局",
        "doc_number": "保交罚(2024)0417号",
        "party": "王某某",
        "credit_code": None,
        "cited_articles": [
            c("《中华人民共和国道路运输条例》", 24, None, None, "violated"),
            c("《中华人民共和国道路运输条例》", 63, None, 1, "penalty", "2023 text (普通货运 split)"),
            c("《中华人民共和国行政处罚法》", 28, 2, None, "penalty", "没收违法所得 basis"),
            c("《河北省交通运输行政处罚裁量基准》", None, None, None, "other", "discretion benchmark by name"),
        ],
        "fine_yuan": 3000,
        "confiscation_yuan": 880,
        "dates": dates(None, "2024-08-21", "2024-09-12", None, violation="2024-07-16", publication="2024-09-20"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "ASCII punctuation throughout (':' ',' '(' ')'), 文号 in ASCII parentheses. The flattened 索引 box repeats the 文号 and gives 发布日期 2024-09-20, which is NOT the decision date (2024-09-12). '没收违法所得人民币880元,并处罚款人民币3000元' in one sentence: under the 2023 text of 第六十三条第(一)项 confiscation is tied to 违法所得 over 1万元, so the agency bases it on 行政处罚法 第二十八条第二款 — label both. 约定运费880元 is the 违法所得. notice = 送达《违法行为通知书》 (交通运输's name for the 事先告知).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 09
CASES_A.append({
    "file": "09_自然资源.txt",
    "source": "invented by writer 87; imitates a 2016 国土资源局 decision copied from a PDF with hard line breaks every ~30 characters; party identified by old 注册号 and 组织机构代码; no real URL",
    "domain": "自然资源",
    "text": """
霍邱县国土资源局
行政处罚决定书
霍国土资罚字[2016]第023号

被处罚单位：霍邱县鑫磊建材有限
公司
营业执照注册号：{REG09}
组织机构代码：{ORG09}
法定代表人：周**
地址：霍邱县城关镇***路***号
　　经查，你单位于2015年11月，未经批准
，擅自占用霍邱县***镇***村集体土地2473.6平方米建设
砂石料堆场及彩钢瓦厂房。经勘测定界，所占土
地中耕地1806.2平方米，其他农用地667.4平方米；经比
对，所占土地不符合霍邱县土地利用总体规划（2006－2020年）。
　　上述事实有现场勘查笔录、勘测定界图、询问笔录、规划比对图、
村委会证明等证据为证。
　　你单位的行为违反了《中华人民共和国土地管理法》第四十三条第一款、第四
十四条第一款的规定，属非法占用土地行为。我局于2016年1月12日立案
，于2016年3月2日向你单位送达了《行政处罚告知书》，你单位在规定期限内未
提出陈述、申辩，亦未申请听证。
　　依据《中华人民共和国土地管理法》第七十六条第一款、《中华人民共和国土地管理法实施条例》第
四十二条之规定，我局决定：
　　一、责令你单位退还非法占用的土地2473.6平方米；
　　二、限你单位在收到本决定书之日起十五日内自行拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；
　　三、对你单位非法占用的土地每平方米处以罚款人民币10元，计罚款人民币贰万肆仟柒佰叁拾陆元（24736元）。
　　罚款应于收到本决定书之日起十五日内缴至霍邱县非税收入专户。逾期不缴纳的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
　　如不服本处罚决定，可在收到本处罚决定书之日起六十日内向霍邱县人民政府或六安市国土资源局申请行政复议，也可在六个月内直接向霍邱县人民法院提起行政诉讼。

霍邱县国土资源局
2016年3月21日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "霍邱县国土资源局",
        "doc_number": "霍国土资罚字[2016]第023号",
        "party": "霍邱县鑫磊建材有限公司",
        "credit_code": None,
        "cited_articles": [
            c("《中华人民共和国土地管理法》", 43, 1, None, "violated", "2004 numbering"),
            c("《中华人民共和国土地管理法》", 44, 1, None, "violated", "2004 numbering; '第四/十四条' broken by a line break"),
            c("《中华人民共和国土地管理法》", 76, 1, None, "penalty", "2004 numbering; now 第七十七条"),
            c("《中华人民共和国土地管理法实施条例》", 42, None, None, "penalty", "1998/2014 text: ≤30元/平方米; article number split across lines"),
            c("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2009 numbering; now 第七十二条"),
        ],
        "fine_yuan": 24736,
        "confiscation_yuan": None,
        "dates": dates("2016-01-12", "2016-03-02", "2016-03-21", None),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Hard line breaks from a PDF: the party name ('有限 / 公司'), '第四 / 十四条' and '第 / 四十二条' are broken; a comma starts a line. Old identifiers: 15-digit 注册号 (check digit valid, ISO 7064 MOD 11,10) and 组织机构代码 with hyphen; no 统一社会信用代码, so credit_code null. Fine computed per area: 2473.6 m² × 10元 = 24736元 (贰万肆仟柒佰叁拾陆元). Old law numbering throughout (土地管理法 2004, 行政处罚法 2009). 2016 litigation period is already 六个月 (行政诉讼法 2014 amendment).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 10
CASES_A.append({
    "file": "10_住建.txt",
    "source": "invented by writer 87; imitates a 住建局 decision converted from a PDF with '— 2 —' style page numbers and 双罚 (unit + responsible person); no real URL",
    "domain": "住房和城乡建设",
    "text": """
西安市雁塔区住房和城乡建设局
行 政 处 罚 决 定 书
雁住建罚决字（2021）第012号

当 事 人：西安嘉禾置业发展有限公司
统一社会信用代码：{CC10}
法定代表人：杜**
住　　所：陕西省西安市雁塔区***路***号***室

直接负责的主管人员：郑某某（项目负责人）
身份证号：{ID10}

　　当事人作为“嘉禾·云璟苑”项目2#、3#楼的建设单位，在未取得建筑工程施工许可证的情况下，于2020年11月擅自组织施工单位进行基础及主体结构施工。2020年12月10日我局执法人员检查发现时，2#楼已施工至地上第五层，3#楼已施工至地上第三层。该工程施工合同价款为人民币18,600,000元。我局于2020年12月14日立案调查。
　　上述事实有现场检查笔录、询问笔录、建设工程施工合同、现场照片等证据证实。
　　当事人的上述行为违反了《中华人民共和国建筑法》第七条第一款之规定。
　　我局于2021年2月1日向当事人送达了《行政处罚听证告知书》（雁住建听告字（2021）第012号），当事人于2021年2月3日提出听证申请，我局于2021年2月26日依法举行了听证。当事人在听证中提出“已于2021年1月补办施工许可证”，经复核，补办许可不影响违法事实的认定，但可作为酌定情节考虑。
　　依据《建设工程质量管理条例》第五十七条、第七十三条及《建筑工程施工许可管理办法》第十二条之规定，我局决定：
　　一、对西安嘉禾置业发展有限公司处工程合同价款百分之一点五的罚款，计人民币贰拾柒万玖仟元整（279000元）；
　　二、对直接负责的主管人员郑某某处单位罚款数额百分之五的罚款，计人民币壹万叁仟玖佰伍拾元整（13950元）。

— 1 —

　　当事人应自收到本决定书之日起十五日内将罚款缴至指定银行。逾期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第五十一条第（一）项之规定，每日按罚款数额的百分之三加处罚款。
　　当事人如对本处罚决定不服，可在收到本决定书之日起六十日内，向西安市雁塔区人民政府或西安市住房和城乡建设局申请行政复议；也可在六个月内直接向西安铁路运输法院提起行政诉讼。

西安市雁塔区住房和城乡建设局
2021年3月22日

— 2 —
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "西安市雁塔区住房和城乡建设局",
        "doc_number": "雁住建罚决字（2021）第012号",
        "party": "西安嘉禾置业发展有限公司",
        "credit_code": "$CC10",
        "cited_articles": [
            c("《中华人民共和国建筑法》", 7, 1, None, "violated"),
            c("《建设工程质量管理条例》", 57, None, None, "penalty"),
            c("《建设工程质量管理条例》", 73, None, None, "penalty", "fine on the responsible person"),
            c("《建筑工程施工许可管理办法》", 12, None, None, "penalty", "部门规章"),
            c("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2009/2017 numbering, decision before 2021-07-15"),
        ],
        "fine_yuan": 292950,
        "confiscation_yuan": None,
        "dates": dates("2020-12-14", "2021-02-01", "2021-03-22", None, inspection="2020-12-10", hearing_request="2021-02-03", hearing="2021-02-26"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "双罚: fine_yuan = 279000 + 13950 (unit: 1.5% of 合同价款 18,600,000元; person: 5% of the unit fine); no total written. The contract price 18,600,000 is a base, not a fine. Percent written in words (百分之一点五). 文号 with full-width parentheses （2021）. PDF page marks '— 1 —' and '— 2 —' sit between paragraphs. Decision 2021-03-22 is before 2021-07-15, so the old 行政处罚法 第五十一条 is correctly cited. Hearing held; the notice was a 听证告知书 (dates of request and hearing given as extra keys). Litigation to 西安铁路运输法院 (centralised administrative jurisdiction).",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 11
CASES_A.append({
    "file": "11_农业农村.txt",
    "source": "invented by writer 87; imitates a 农业农村局 decision on a 个体工商户 selling counterfeit pesticide, fine as a multiple of 货值金额, evidence table flattened; no real URL",
    "domain": "农业农村",
    "text": """
寿光市农业农村局
行政处罚决定书
寿农（农药）罚〔2021〕12号

当事人：寿光市丰禾农资经营部（个体工商户）
统一社会信用代码：{CC11}
经营者：孙某某    公民身份号码：{ID11}
经营场所：山东省寿光市***镇***街***号
农药经营许可证编号：农药经许（鲁）37078321****

　　一、违法事实
　　2021年6月8日，本局执法人员对当事人经营场所进行检查，对当事人经营的标称“某某化工有限公司”生产的“25%吡唑醚菌酯悬浮剂”（批号20210302）进行抽样。经山东省农药检定所检验（报告编号：NY2021-06-1187，2021年7月2日出具），该产品未检出吡唑醚菌酯，检出苯醚甲环唑，所含有效成分种类与标签标注的有效成分不符。本局于2021年6月10日立案调查。
　　经查明：当事人于2021年4月从外地流动商贩处购进该农药312瓶，已销售226瓶，现库存86瓶，销售价格每瓶40元，货值金额共计12480元，违法所得3150元。
　　二、证据
　　证据名称｜证明事项
　　现场检查笔录｜当事人经营该农药的事实
　　抽样取证凭证、检验报告｜该农药为假农药
　　询问笔录（孙某某）｜购销数量、价格、违法所得
　　销售台账复印件｜销售数量226瓶
　　三、处罚依据和结果
　　当事人的上述行为违反了《农药管理条例》第四十四条第一款第（三）项之规定，构成经营假农药的违法行为。本局于2021年8月16日向当事人送达了《行政处罚事先告知书》（寿农（农药）罚告〔2021〕12号），当事人在法定期限内未提出陈述、申辩和听证申请。
　　鉴于当事人在案发后主动召回已售出的假农药189瓶，主动减轻了违法行为危害后果，依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，对当事人从轻处罚。
　　依据《农药管理条例》第五十五条第一款第（二）项的规定，本局决定：责令当事人停止经营假农药，没收违法所得人民币叁仟壹佰伍拾元及库存假农药86瓶，并处违法经营的农药货值金额5倍罚款计人民币陆万贰仟肆佰元。
　　四、履行方式和期限
　　当事人应当自收到本决定书之日起十五日内，到寿光市农村商业银行各网点缴纳罚没款。逾期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
　　五、救济途径和期限
　　当事人对本处罚决定不服的，可以在收到本处罚决定书之日起六十日内向寿光市人民政府或者潍坊市农业农村局申请行政复议，也可以在六个月内向寿光市人民法院提起行政诉讼。

寿光市农业农村局
2021年9月3日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "寿光市农业农村局",
        "doc_number": "寿农（农药）罚〔2021〕12号",
        "party": "寿光市丰禾农资经营部",
        "credit_code": "$CC11",
        "cited_articles": [
            c("《农药管理条例》", 44, 1, 3, "violated"),
            c("《中华人民共和国行政处罚法》", 32, None, 1, "other", "2021 numbering: 从轻 ground"),
            c("《农药管理条例》", 55, 1, 2, "penalty"),
            c("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
        ],
        "fine_yuan": 62400,
        "confiscation_yuan": 3150,
        "dates": dates("2021-06-10", "2021-08-16", "2021-09-03", None, inspection="2021-06-08", test_report="2021-07-02"),
        "remedy_days": R60_6M,
        "discretion": "从轻",
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Fine as a multiple: 货值金额12480元 × 5倍 = 62400元 (陆万贰仟肆佰元, capitals only in the operative sentence; 12480 appears only as the base). 没收违法所得 and 罚款 in one sentence; confiscation_yuan = 3150 (违法所得); the 86 bottles are goods, not money. 5倍 is the statutory minimum of the ≥1万元 tier and is called 从轻. Party is a 个体工商户 whose 字号 is followed by '（个体工商户）'; 经营者 is masked. The 文号 has two bracket styles: 寿农（农药）罚〔2021〕12号. Evidence table flattened with full-width '｜'. A 农药经营许可证编号 and a 检验报告编号 are further numbers that are not 文号.",
        "defects_observed": [],
    },
})

# ---------------------------------------------------------------- 12
CASES_A.append({
    "file": "12_卫生健康.txt",
    "source": "invented by writer 87; imitates a 2018 卫生计生局 decision on 非法行医 (个人), published with a 索引号/文号 header; no real URL",
    "domain": "卫生健康",
    "text": """
【索引号】 007634251/2018-01162   【发布机构】南宁市青秀区卫生和计划生育局   【发文日期】 2018-05-28
【标题】 南宁市青秀区卫生和计划生育局行政处罚决定书（青卫计罚〔2018〕第021号）

南宁市青秀区卫生和计划生育局
行政处罚决定书
青卫计罚〔2018〕第021号

被处罚人：蒙某某　　性别：女　　年龄：52岁
身份证号：{ID12}
住址：南宁市青秀区***路***号***房
工作单位：无

　　经查，你自2018年1月起，在未取得《医疗机构执业许可证》、本人亦未取得医师资格的情况下，在南宁市青秀区***路***号***房内擅自开展静脉输液、肌肉注射等诊疗活动。2018年4月11日，我局卫生监督员现场检查时查获药品21种、输液器具一批。经查，你共接诊患者约140人次，违法所得人民币2860元。我局于2018年4月12日立案调查。
　　上述事实有现场笔录、询问笔录、现场照片、收费记录本、证据先行登记保存决定书及清单等为证。
　　你的行为违反了《医疗机构管理条例》第二十四条的规定。我局于2018年5月7日向你送达了《行政处罚事先告知书》（青卫计罚告〔2018〕第021号），你未在规定期限内提出陈述申辩和听证申请。
　　因擅自执业的人员为非卫生技术专业人员、擅自执业时间在三个月以上，依据《医疗机构管理条例》第四十四条、《医疗机构管理条例实施细则》第七十七条第（二）项、第（三）项的规定，我局决定给予如下行政处罚：
　　没收违法所得人民币贰仟捌佰陆拾元整和查获的药品、器械，并处罚款人民币捌仟元整。
　　罚没款限于收到本决定书之日起十五日内缴至广西壮族自治区非税收入指定代收银行。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的3%加处罚款。
　　如不服本处罚决定，可在接到本处罚决定书之日起六十日内向南宁市青秀区人民政府或者南宁市卫生和计划生育委员会申请行政复议，或者六个月内直接向南宁市青秀区人民法院提起行政诉讼。

南宁市青秀区卫生和计划生育局
2018年5月21日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "南宁市青秀区卫生和计划生育局",
        "doc_number": "青卫计罚〔2018〕第021号",
        "party": "蒙某某",
        "credit_code": None,
        "cited_articles": [
            c("《医疗机构管理条例》", 24, None, None, "violated", "1994/2016 text"),
            c("《医疗机构管理条例》", 44, None, None, "penalty", "1994/2016 text (renumbered in 2022)"),
            c("《医疗机构管理条例实施细则》", 77, None, 2, "penalty"),
            c("《医疗机构管理条例实施细则》", 77, None, 3, "penalty"),
            c("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2009 numbering"),
        ],
        "fine_yuan": 8000,
        "confiscation_yuan": 2860,
        "dates": dates("2018-04-12", "2018-05-07", "2018-05-21", None, inspection="2018-04-11", publication="2018-05-28"),
        "remedy_days": R60_6M,
        "discretion": None,
        "completeness": "complete",
        "procedure": "普通",
        "notes": "Natural person (非法行医), masked ID. Amounts in capitals only: 没收违法所得人民币贰仟捌佰陆拾元整 … 并处罚款人民币捌仟元整 in one sentence; 药品、器械 confiscated without value. The 【发文日期】 2018-05-28 in the site header is publication, not decision (2018-05-21). Two items of 细则 第七十七条 cited as '第（二）项、第（三）项' (second item without repeating the article). Agency is the pre-2019 卫生和计划生育局 name; review alternatives 区政府 or 市卫计委. '接到本处罚决定书之日起' wording.",
        "defects_observed": [],
    },
})
