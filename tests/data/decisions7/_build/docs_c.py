"""Documents 713-718 of the decisions7 corpus: texts and hand labels.

Every name, address, number and case below is invented; see docs_a for the conventions.
"""

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="713_税务.txt",
    domain="税务",
    doc_type="不予税务行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "PDF-to-text copy of a document served through an 电子税务局, with its verification footer",
    body="""\
国家税务总局南宁市西乡塘区税务局
不予税务行政处罚决定书
南西税 不罚〔2024〕38号
南宁澄川信息科技有限公司：（纳税人识别号：91450107MA5QH3N822）
    经我局核查，你单位未按照规定期限办理2024年4月（税款所属期）增值税及附加税费纳税申报（申
报期限截止日为2024年5月22日）。我局于2024年5月24日向你单位送达《责令限期改正通知书》（南西
税 限改〔2024〕1127号），你单位于2024年5月27日在限期内补办了纳税申报，未造成税款流失。
    你单位的上述行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定，依照《中华
人民共和国税收征收管理法》第六十二条的规定，应予行政处罚。
    鉴于你单位系首次发生该类违法行为，危害后果轻微，且在税务机关责令限期改正的期限内改正，
符合《国家税务总局关于发布〈税务行政处罚“首违不罚”事项清单〉的公告》（国家税务总局公告2021年
第6号）所列情形。根据《中华人民共和国行政处罚法》第三十三条第一款的规定，现决定不予行政处罚。
    请你单位认真学习税收法律法规，今后依法按期办理纳税申报。
    如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局南宁市税务局申请行政复
议，或者自收到本决定书之日起六个月内依法向人民法院起诉。

                                          税务机关（印章）
                                        二〇二四年六月十二日

---------------------------------------------------------------------
本文书通过电子税务局送达，送达时间：2024-06-12 16:48:03
文书验证码：4501 0724 0612 3866    扫描右侧二维码可验证文书真伪
                                                          第1页/共1页
""",
    label={
        "file": "713_税务.txt",
        "doc_type": "不予税务行政处罚决定书",
        "agency": "国家税务总局南宁市西乡塘区税务局",
        "doc_number": "南西税 不罚〔2024〕38号",
        "party": "南宁澄川信息科技有限公司",
        "credit_code": "91450107MA5QH3N822",
        "cited_articles": [
            {"law": "《中华人民共和国税收征收管理法》", "article": 25, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国税收征收管理法》", "article": 62, "paragraph": None, "item": None, "role": "penalty",
             "note": "the penalty provision named but not applied (不予处罚)"},
            {"law": "《国家税务总局关于发布〈税务行政处罚“首违不罚”事项清单〉的公告》", "article": None, "paragraph": None,
             "item": None, "role": "discretion", "note": "国家税务总局公告2021年第6号"},
            {"law": "《中华人民共和国行政处罚法》", "article": 33, "paragraph": 1, "item": None, "role": "other"},
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2024-06-12", "service": "2024-06-12"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "不予处罚",
        "completeness": "complete",
        "notes": "首违不罚 under 行政处罚法(2021) 第三十三条第一款 second sentence (可以不予): first violation, slight harm, "
                 "corrected within the 责令限期改正 period (南西税 限改〔2024〕1127号, served 2024-05-24, corrected "
                 "2024-05-27). Tax 文号 with an internal space ('南西税 不罚〔2024〕38号'). The party is named in the "
                 "salutation with its 纳税人识别号 (= USCC). Decided in 2024 but the 复议机关 is the next-level tax "
                 "bureau (国家税务总局南宁市税务局), correct for a vertically led agency under 行政复议法(2023) 第二十七条 "
                 "— not the local government. Signed '税务机关（印章）' only; the agency name is in the heading. "
                 "Service through the 电子税务局 footer (2024-06-12 16:48:03).",
        "defects_observed": [
            "落款仅有“税务机关（印章）”，未写明税务机关全称",
        ],
        "related_doc_numbers": ["南西税 限改〔2024〕1127号"],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="714_公安.txt",
    domain="公安",
    doc_type="公安行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "PDF-to-text copy of a 公安 template-printed decision with page header and footer",
    body="""\
贵阳市公安局观山湖分局                                         第 1 页 共 2 页
行 政 处 罚 决 定 书
筑公观(治)行罚决字〔2022〕0362号
    违法行为人张某某，性别男，年龄31岁，出生日期1991年03月**日，身份证件种类及号码：居民身
份证 5201**********1537，户籍所在地贵州省贵阳市**区**路**号，现住址贵阳市观山湖区**路**号，
工作单位无，违法经历无。
    现查明：2022年7月23日22时许，张某某在贵阳市观山湖区林城东路某烧烤店内，因琐事与刘某某
发生口角，后用拳头击打刘某某面部数拳，致刘某某鼻部软组织挫伤。经鉴定，刘某某损伤程度为轻微
伤。本局于2022年7月23日受理该案。2022年7月25日，本局依法向张某某告知了拟作出行政处罚决定
的事实、理由、依据及其依法享有的陈述、申辩权利，张某某未提出陈述和申辩。
    以上事实有违法行为人陈述和申辩、被侵害人陈述、证人证言、视听资料、鉴定意见等证据证实。
    根据《中华人民共和国治安管理处
罚法》第四十三条第一款之规定，现决定对张某某行政拘留七日，并处罚款贰佰元。
    执行方式和期限：行政拘留送贵阳市第一拘留所执行；罚款于收到本决定书之日起十五日内缴纳至
贵阳银行观山湖支行（罚没款代收点）。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
贵阳市公安局观山湖分局                                         第 2 页 共 2 页
    如不服本决定，可以在收到本决定书之日起六十日内向贵阳市观山湖区人民政府或者贵阳市公安局申
请行政复议，或者在六个月内依法向贵阳市观山湖区人民法院提起行政诉讼。
    附：无
                                             贵阳市公安局观山湖分局（印）
                                                二Ｏ二二年七月二十六日
    行政处罚决定书已向我宣告并送达。
    被处罚人：张某某（捺指印）    2022 年 7 月 26 日
    一式三份，被处罚人和执行单位各一份，一份附卷。
""",
    label={
        "file": "714_公安.txt",
        "doc_type": "公安行政处罚决定书",
        "agency": "贵阳市公安局观山湖分局",
        "doc_number": "筑公观(治)行罚决字〔2022〕0362号",
        "party": "张某某",
        "credit_code": None,
        "cited_articles": [
            {"law": "《中华人民共和国治安管理处罚法》", "article": 43, "paragraph": 1, "item": None, "role": "penalty",
             "note": "law title broken across a line (…治安管理处 / 罚法》); 2012 text numbering"},
        ],
        "fine_yuan": 200,
        "confiscation_yuan": None,
        "dates": {"filing": "2022-07-23", "notice": "2022-07-25", "decision": "2022-07-26", "service": "2022-07-26",
                  "violation": "2022-07-23"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "公安 format: '违法行为人…' paragraph instead of a '当事人：' label; masked natural person (张某某). Penalty "
                 "行政拘留七日 + 罚款贰佰元 (200元), within 治安管理处罚法(2012) 第四十三条第一款 (5–10日拘留 + 200–500元). "
                 "The 2012 law applies (the 2025 revision is in force only from 2026-01-01). Decision date written "
                 "with a full-width Latin 'Ｏ' (二Ｏ二二年). 'filing' is the 受理 date. Served on the spot "
                 "(signature line 2022 年 7 月 26 日 with spaces). 文号 mixes ASCII '(治)' with 〔〕.",
        "defects_observed": [
            "决定书只引用处罚依据条款，未单列“违反了……”的违法条款（治安案件常见写法，评查标准不一）",
        ],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="715_消防救援.txt",
    domain="消防救援",
    doc_type="行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a 国家企业信用信息公示系统 其他部门公示信息 block with the decision text appended",
    body="""\
太原恒润隆购物广场有限公司
统一社会信用代码：91140105MA0KGT4FX4    法定代表人：郭某某    登记状态：存续
其他部门公示信息 > 行政处罚信息
序号 | 决定书文号 | 违法行为类型 | 行政处罚内容 | 决定机关名称 | 处罚决定日期 | 公示日期 | 详情
1 | 小店（消）行罚决字［2021］0088号 | 消防设施未保持完好有效；占用疏散通道 | 罚款17000元 | 太原市小店区消防救援大队 | 2021年09月10日 | 2021年09月24日 | 详情

太原市小店区消防救援大队
行政处罚决定书
小店（消）行罚决字［2021］0088号
    被处罚单位：太原恒润隆购物广场有限公司，统一社会信用代码91140105MA0KGT4FX4，地址山西省太原市小店区亲贤北街某号，法定代表人郭某某。
    根据调查，现查明：2021年8月17日，我大队消防监督员对你单位进行消防监督检查时发现：1.地下一层车库3处室内消火栓无水，火灾自动报警系统主机显示12处故障未排除，消防设施未保持完好有效；2.一层东侧安全出口处堆放货物，占用疏散通道。2021年8月18日，我大队对上述违法行为立案调查。
    以上事实有消防监督检查记录、现场笔录、询问笔录、现场照片、视听资料等证据证实。
    你单位的上述行为分别违反了《中华人民共和国消防法》第十六条第一款第（二）项、第二十八条之规定。2021年8月30日，我大队向你单位告知了拟作出行政处罚决定的事实、理由、依据及依法享有的陈述、申辩权利，你单位未提出陈述和申辩。
    根据《中华人民共和国消防法》第六十条第一款第（一）、（三）项之规定，现决定：
    1.对消防设施未保持完好有效的行为，处罚款人民币壹万贰仟元（12000元）；
    2.对占用疏散通道的行为，处罚款人民币伍仟元（5000元）。
    以上合并执行罚款人民币壹万柒仟元整（1700元）。
    执行方式和期限：被处罚单位持本决定书在十五日内到太原市小店区指定银行缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款总额不超出罚款数额。
    如不服本决定，可以在收到本决定书之日起六十日内依法向太原市小店区人民政府或者太原市消防救援支队申请行政复议，或者在六个月内依法向太原市小店区人民法院提起行政诉讼。
                                          太原市小店区消防救援大队
                                                （印章）
                                           二〇二一年九月十日
""",
    label={
        "file": "715_消防救援.txt",
        "doc_type": "行政处罚决定书",
        "agency": "太原市小店区消防救援大队",
        "doc_number": "小店（消）行罚决字［2021］0088号",
        "party": "太原恒润隆购物广场有限公司",
        "credit_code": "91140105MA0KGT4FX4",
        "cited_articles": [
            {"law": "《中华人民共和国消防法》", "article": 16, "paragraph": 1, "item": 2, "role": "violated"},
            {"law": "《中华人民共和国消防法》", "article": 28, "paragraph": None, "item": None, "role": "violated"},
            {"law": "《中华人民共和国消防法》", "article": 60, "paragraph": 1, "item": 1, "role": "penalty",
             "note": "written jointly: 第六十条第一款第（一）、（三）项"},
            {"law": "《中华人民共和国消防法》", "article": 60, "paragraph": 1, "item": 3, "role": "penalty",
             "note": "written jointly: 第六十条第一款第（一）、（三）项"},
        ],
        "fine_yuan": 17000,
        "confiscation_yuan": None,
        "dates": {"filing": "2021-08-18", "notice": "2021-08-30", "decision": "2021-09-10", "service": None,
                  "inspection": "2021-08-17"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Two violations, fined separately (12000 + 5000) and executed together (合并执行 17000; 消防法(2021) "
                 "第六十条第一款: 5000–50000 each, both inside). The combined total is written '壹万柒仟元整（1700元）' — "
                 "the digits drop a zero; the GSXT row says 17000 and the two items sum to 17000, so fine_yuan = "
                 "17000. 文号 uses full-width square brackets ［2021］. A 消防救援大队 decides in its own name "
                 "(消防救援机构 under 消防法). No hearing class at 17000 for a unit in most provinces.",
        "defects_observed": [
            "合并执行罚款大写“壹万柒仟元整”与小写“1700元”不一致",
            "两项罚款数额的裁量理由均未说明",
            "未责令当事人改正违法行为（第六十条规定“责令改正”）",
        ],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="716_市场监管.txt",
    domain="市场监管",
    doc_type="行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a 中国市场监管行政处罚文书网 detail page (site header, metadata line, decision text)",
    body="""\
中国市场监管行政处罚文书网
首页 > 文书详情
佛山市顺德区森禾家居有限公司发布违法广告案
处罚机关：佛山市顺德区市场监督管理局    文书类型：行政处罚决定书    发布日期：2020-11-20
【下载】【打印】【关闭】

佛山市顺德区市场监督管理局
行政处罚决定书
顺市监罚字〔2020〕1057号
当事人：佛山市顺德区森禾家居有限公司
主体资格证照名称：营业执照
统一社会信用代码：91440606MA4WJ8C13C
住所：佛山市顺德区龙江镇某村某路某号
法定代表人：何某某

2020年5月28日，本局执法人员根据网络交易监测线索，对当事人在天猫平台开设的“森禾家居旗舰店”进行检查，发现其商品详情页含有违反广告法规定的用语。2020年6月2日，经本局负责人批准立案调查。
经查，自2020年3月起，当事人在其店铺“森禾北欧实木餐桌”等12个商品详情页中使用“顺德最好的实木家具”“顶级工艺”“国家级品质”等用语。上述广告由当事人自行设计制作并发布，未支付广告费用，广告费用无法计算。经平台后台数据核查，上述商品详情页案发前累计浏览量1327次，相关商品销售额18640元。案发后，当事人于2020年5月29日删除了全部违法用语。
上述事实，有当事人营业执照复印件、法定代表人身份证明、网页截图及电子数据提取笔录、询问笔录、平台后台数据、当事人情况说明等证据为证。
本局认为，当事人的上述行为违反了《中华人民共和国广告法》第九条第（三）项的规定，构成发布使用“国家级”“最高级”“最佳”等用语的广告的违法行为。
2020年8月26日，经本局负责人批准，本案办案期限延长三十日。
2020年9月28日，本局向当事人送达了《行政处罚听证告知书》（顺市监罚告〔2020〕0861号），告知其拟作出行政处罚的内容、事实、理由和依据，以及享有陈述、申辩和要求听证的权利。当事人在规定期限内提交了书面陈述，请求减轻处罚，未要求听证。
鉴于当事人违法广告发布时间较短、浏览量小，案发后第二日即主动删除全部违法用语，消除了违法行为危害后果，依据《中华人民共和国行政处罚法》第二十七条第一款第（一）项和《广东省市场监督管理局关于行政处罚自由裁量权的适用规则》第十五条第（一）项的规定，对当事人减轻处罚。
依据《中华人民共和国广告法》第五十七条第（一）项的规定，本局决定：
一、责令当事人停止发布违法广告；
二、罚款人民币3万元（叁万元整）。
当事人应当自收到本行政处罚决定书之日起十五日内，按照《广东省非税收入一般缴款书》规定的方式缴纳罚款。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，本局将每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。
当事人如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向佛山市顺德区人民政府或者佛山市市场监督管理局申请行政复议，也可以在六个月内依法向佛山市顺德区人民法院提起行政诉讼。

佛山市顺德区市场监督管理局
2020年11月5日
""",
    label={
        "file": "716_市场监管.txt",
        "doc_type": "行政处罚决定书",
        "agency": "佛山市顺德区市场监督管理局",
        "doc_number": "顺市监罚字〔2020〕1057号",
        "party": "佛山市顺德区森禾家居有限公司",
        "credit_code": "91440606MA4WJ8C13C",
        "cited_articles": [
            {"law": "《中华人民共和国广告法》", "article": 9, "paragraph": None, "item": 3, "role": "violated"},
            {"law": "《中华人民共和国行政处罚法》", "article": 27, "paragraph": 1, "item": 1, "role": "discretion",
             "note": "1996/2009/2017 numbering (now art.32)"},
            {"law": "《广东省市场监督管理局关于行政处罚自由裁量权的适用规则》", "article": 15, "paragraph": None, "item": 1,
             "role": "discretion"},
            {"law": "《中华人民共和国广告法》", "article": 57, "paragraph": None, "item": 1, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 51, "paragraph": None, "item": 1, "role": "other"},
        ],
        "fine_yuan": 30000,
        "confiscation_yuan": None,
        "dates": {"filing": "2020-06-02", "notice": "2020-09-28", "decision": "2020-11-05", "service": None,
                  "inspection": "2020-05-28"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "减轻",
        "completeness": "complete",
        "notes": "减轻: 30000 is below the 200000 floor of 广告法 第五十七条 (20万–100万), with a stated 第二十七条第一款第（一）项 "
                 "ground (old numbering; decided before 2021-07-15). Amount written '3万元（叁万元整）'. The 商品销售额 "
                 "18640元 is not 违法所得 or 广告费. Site metadata 发布日期 2020-11-20 is the publication date. "
                 "Filing to decision 156 days; one 30-day extension is stated (→ 120 days), none beyond it.",
        "defects_observed": [
            "立案至决定156天，仅载明延长三十日，仍超过延长后的期限且未载明集体讨论决定继续延期",
            "事先告知书名称为《行政处罚听证告知书》，与决定书所称告知内容（含陈述申辩）名称不一致",
        ],
        "related_doc_numbers": ["顺市监罚告〔2020〕0861号"],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="717_交通运输.txt",
    domain="交通运输",
    doc_type="行政处罚决定书（截断）",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "OCR text of a photographed decision posted on a forum; the copy stops in the middle of the penalty clause",
    body="""\
和林格尔县交通运输局
行政处罚决定书
和交罚〔2025〕第0112号
当事人：赵**    性别：男
身份证号码：1501**********4419
住址：内蒙古自治区呼和浩特市和林格尔县城关镇****
车辆号牌：蒙A·7K**2    车辆类型：小型普通客车
    2025年3月5日16时l0分，我局执法人员在和林格尔县盛乐经济园区至呼和浩恃市区方向道路上开
展道路运输执法检查，发现当事人驾驶蒙A·7K**2小型普通客车，车上载有乗客4名。经询问，4名乗
客均称系在和林格尔县城搭乘该车前往呼和浩特市区，每人车费30元，已通过微信支付给当事人，共计
l20元。当事人未取得道路运输经营许可，该车未取得道路运输证。2025年3月6日，我局对该案立案调查。
    上述事实有现场笔录、询问笔录3份、乗客微信支付记录截图、执法记录仪视频、车辆行驶证及驾驶
证复印件等证据为证。
    当事人的上述行为违反了《中华人民共和国道路运揄条例》笫十条的规定，构成未取得道路运输经营许
可擅自从事道路客运经营的违法行为。2025年3月20日，我局向当事人送达了《行政处罚告知书》（和交
告〔2025〕第0112号），当事人于2025年3月24日提出申辩，称系顺路捎带，未以营利为目的。经复核，
当事人按人收取车费，具有营利性质，申辩理由不成立，不予采纳。
    依据《中华人民共和国道路运揄条例》笫六十三条“违反本条例的规定，未取得道路运输经营许可，擅自
从事道路运输经营的，由县级以上地方人民政府交通运输主管部门责令停止经营；有违法所得的，没收违
法所得，处违法所得2倍以上10倍以下的罚款；没有违法所得或者违法所得不足2万元的，处3万元以上10
""",
    label={
        "file": "717_交通运输.txt",
        "doc_type": "行政处罚决定书（截断）",
        "agency": "和林格尔县交通运输局",
        "doc_number": "和交罚〔2025〕第0112号",
        "party": "赵**",
        "credit_code": None,
        "cited_articles": [
            {"law": "《道路运输条例》", "article": 10, "paragraph": None, "item": None, "role": "violated",
             "note": "written 《中华人民共和国道路运揄条例》笫十条 (wrong title prefix; OCR 揄/笫)"},
            {"law": "《道路运输条例》", "article": 63, "paragraph": None, "item": None, "role": "penalty",
             "note": "quotes the pre-2023 wording of 第六十三条; the 2023-07-20 text splits it into items and sets "
                     "1万–10万元 for 客运 (item 2)"},
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": {"filing": "2025-03-06", "notice": "2025-03-20", "decision": None, "service": None,
                  "inspection": "2025-03-05"},
        "remedy_days": None,
        "discretion": None,
        "completeness": "truncated",
        "notes": "Cut in the middle of the quoted penalty provision ('处3万元以上10'): amount, remedy clause, agency "
                 "signature and date are not visible — never score them as missing. OCR: 揄 for 输, 笫 for 第, 乗 "
                 "for 乘, 恃 for 特 (呼和浩恃), Latin 'l' for '1' (l0分, l20元). Masked natural person (赵**). 违法所得 "
                 "120元 is stated. The quoted text is the 2019/2022 version of 第六十三条 although the act (2025-03-05) "
                 "falls under the 2023 text. 申辩 received 2025-03-24 and not adopted.",
        "defects_observed": [
            "引用并照录2023年修订前的道路运输条例第六十三条条文（现行条文分项，客运无违法所得或不足2万元的处1万元以上10万元以下罚款）",
            "处罚依据第六十三条未写明项（现行条文应为第六十三条第（二）项）",
            "法规名称误加“中华人民共和国”",
            "截断：处罚数额、救济途径和落款不可见",
        ],
        "related_doc_numbers": ["和交告〔2025〕第0112号"],
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    file="718_海关.txt",
    domain="海关",
    doc_type="不予行政处罚决定书",
    source="invented imitation, not a real publication (writer 61, casecheck decisions7): "
           "copy of a customs 信息公开 page (index block, title, decision text, page footer)",
    body="""\
首页 > 信息公开 > 行政执法 > 行政处罚信息
索 引 号：HG-YS-2023-0158        主题分类：行政处罚
发布机构：中华人民共和国洋山海关  发文日期：2023年05月19日
标    题：上海汇岑国际贸易有限公司不予行政处罚决定书

中华人民共和国洋山海关
不予行政处罚决定书
洋山关缉违字〔2023〕0158号

当事人：上海汇岑国际贸易有限公司
统一社会信用代码：91310115MA1H9PX364
海关编码：3122*****8
法定代表人：邵某某
地址：中国（上海）自由贸易试验区某路某号

2023年3月8日，当事人以一般贸易方式向我关申报出口聚酯长丝机织物一批（报关单号：2201202303******），申报商品编号为5407520000。2023年3月21日，当事人在货物放行后主动向我关书面报告，称经内部复核发现该批货物主要成分为聚酯短纤，应归入商品编号5512190000，申报有误。经我关核实，当事人上述申报不实行为影响海关统计准确性，不涉及税款、出口退税及许可证件管理。
以上事实有报关单及随附单证、当事人主动披露报告、归类意见书、询问笔录等证据证实。
当事人的上述行为违反了《中华人民共和国海关法》第二十四条第一款的规定，已构成《中华人民共和国海关行政处罚实施条例》第十五条第（一）项所列违反海关监管规定的行为。
鉴于当事人在海关发现前主动披露，违法行为轻微并已及时改正（已于2023年3月24日办理报关单修改手续），没有造成危害后果，根据《中华人民共和国行政处罚法》第三十三条第一款、《中华人民共和国海关稽查条例》第二十六条的规定，我关决定对当事人不予行政处罚。
请当事人加强内部管理，今后如实规范申报。
如不服本决定，当事人可以自收到本决定书之日起六十日内向上海海关申请行政复议，或者自收到本决定书之日起六个月内向上海市第三中级人民法院提起行政诉讼。

中华人民共和国洋山海关
2023年5月19日

【打印】 【关闭】
版权所有：中华人民共和国洋山海关
""",
    label={
        "file": "718_海关.txt",
        "doc_type": "不予行政处罚决定书",
        "agency": "中华人民共和国洋山海关",
        "doc_number": "洋山关缉违字〔2023〕0158号",
        "party": "上海汇岑国际贸易有限公司",
        "credit_code": "91310115MA1H9PX364",
        "cited_articles": [
            {"law": "《中华人民共和国海关法》", "article": 24, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国海关行政处罚实施条例》", "article": 15, "paragraph": None, "item": 1,
             "role": "penalty", "note": "named as the provision the act falls under; not applied (不予处罚)"},
            {"law": "《中华人民共和国行政处罚法》", "article": 33, "paragraph": 1, "item": None, "role": "other"},
            {"law": "《中华人民共和国海关稽查条例》", "article": 26, "paragraph": None, "item": None, "role": "other"},
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2023-05-19", "service": None,
                  "violation": "2023-03-08"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "不予处罚",
        "completeness": "complete",
        "notes": "不予处罚 after 主动披露 (voluntary disclosure before discovery) under 行政处罚法(2021) 第三十三条第一款 "
                 "first sentence (轻微并及时改正, 没有造成危害后果 → 不予) and 海关稽查条例 第二十六条 (from memory). "
                 "Customs is vertically led: the 复议机关 is the next-level customs (上海海关), and litigation against "
                 "a customs decision goes to an intermediate court (上海市第三中级人民法院). The 文号 keeps the "
                 "缉违字 form used for penalty decisions. Page metadata (索引号, 发文日期 2023年05月19日 zero-padded) "
                 "precede the text; '海关编码' and 报关单号 are masked with '*'. 海关法, 实施条例 and 稽查条例 cited from "
                 "memory (not in shared/laws).",
        "defects_observed": [
            "不予处罚决定未载明立案及告知等程序节点日期",
        ],
    },
))
