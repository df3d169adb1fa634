"""Build the decisions18 corpus: 24 invented decisions + labels.jsonl.

Run from anywhere:  python3 build.py
Everything here is invented (parties, people, 文号, amounts); agencies use real place names.
Codes (统一社会信用代码, 组织机构代码, 注册号, 身份证号) are generated with valid check digits
from a fixed seed, so the output is byte-for-byte reproducible.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import codes as C  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- codes
_RNG = random.Random(9418)
K = {}


def uscc(key, prefix2, region6, style="digits"):
    K[key] = C.make_uscc(_RNG, prefix2, region6, style)


def org(key):
    o = C.make_org(_RNG)
    K[key] = o[:8] + "-" + o[8]


def regno(key, region6):
    K[key] = C.make_gs15(_RNG, region6)


def pid(key, region6, birth8, keep_head=6, keep_tail=4):
    full = C.make_id(_RNG, region6, birth8)
    K[key + "_FULL"] = full
    K[key] = full[:keep_head] + "*" * (18 - keep_head - keep_tail) + full[18 - keep_tail:]


uscc("C01", "91", "330110", "MA"); uscc("A01", "11", "330110")
uscc("C02", "91", "130900"); K["O02"] = K["C02"][8:16] + "-" + K["C02"][16]
regno("R03", "330205")
uscc("C04", "91", "440605", "MA"); uscc("C04P", "91", "440101")
uscc("C05", "93", "430121"); pid("ID05", "430121", "19750812")
uscc("C06", "92", "310106", "MA"); pid("ID06", "310106", "19830215", 4, 4)
uscc("C07", "91", "320583"); pid("ID07", "320583", "19720304", 6, 4)
uscc("C08", "91", "330602", "MA")
pid("ID09", "410721", "19860907", 6, 4)
pid("ID10", "510107", "19680411", 10, 4)
uscc("C11", "91", "440300"); uscc("A11", "11", "440305")
uscc("C12", "91", "320412")
uscc("C13", "91", "440106")
org("O14")
uscc("C16", "93", "370783", "MA")
pid("ID17", "530702", "19910623", 6, 4)
org("O18"); regno("R18", "620702")
pid("ID19", "350783", "19641102", 6, 4)
uscc("C20", "92", "450312", "MA"); pid("ID20", "450312", "19790519", 6, 4)
uscc("C21", "91", "360111")
uscc("C22", "91", "410100", "MA")
uscc("C23", "91", "330782", "MA")
uscc("C24", "92", "150103", "MA"); pid("ID24", "150103", "19800130", 3, 4)
uscc("A17", "11", "530702")


def fill(text):
    for k, v in K.items():
        text = text.replace("@@" + k + "@@", v)
    assert "@@" not in text, text[text.index("@@"):text.index("@@") + 20]
    return text


def cit(law, art, par=None, item=None, role="violated", note=None):
    d = {"law": law, "article": art, "paragraph": par, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def dates(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


SPL = "《中华人民共和国行政处罚法》"
DOCS = []


def doc(fname, domain, header_type, source, text, **label):
    DOCS.append((fname, domain, header_type, source, text, label))


# =============================================================== 01
doc("01_市场监管.txt", "市场监管", "行政处罚信息公示（信用中国网页，表格字段平铺）",
    "invented by writer 94; imitates a 信用中国（地方站） 行政处罚 record page",
    """信用中国（浙江杭州）
首页 > 信用信息 > 双公示 > 行政处罚
行政处罚信息公示
杭州瑞禾生物科技有限公司
行政相对人名称：杭州瑞禾生物科技有限公司
行政相对人类别：法人及非法人组织
行政相对人代码_1（统一社会信用代码）：@@C01@@
行政相对人代码_2（工商注册号）：
行政相对人代码_3（组织机构代码）：
法定代表人：王*明
法定代表人证件类型：
处罚决定书文号：杭余市监处罚〔2023〕1187号
违法行为类型：违反《中华人民共和国广告法》第二十八条第二款第（二）项
违法事实：当事人在其微信公众号“瑞禾优选”发布益生菌固体饮料广告，宣称“调理肠胃、三天见效”，与实际情况不符，对购买行为有实质性影响，构成发布虚假广告的行为。经查，广告费用为1860元。
处罚依据：《中华人民共和国广告法》第五十五条第一款
处罚类别：罚款
处罚内容：责令停止发布广告，责令在相应范围内消除影响，处广告费用三倍的罚款。
罚款金额（万元）：0.558
没收违法所得、没收非法财物的金额（万元）：0
暂扣或吊销证照名称及编号：
处罚决定日期：2023/06/14
处罚有效期：2024/06/14
公示截止期：2026/06/14
处罚机关：杭州市余杭区市场监督管理局
处罚机关统一社会信用代码：@@A01@@
数据来源：杭州市余杭区市场监督管理局
数据来源单位统一社会信用代码：@@A01@@
信息更新时间：2023-06-19
【打印】 【关闭】
""",
    doc_type="行政处罚信息公示", agency="杭州市余杭区市场监督管理局",
    doc_number="杭余市监处罚〔2023〕1187号", party="杭州瑞禾生物科技有限公司", credit_code="@@C01@@",
    cited_articles=[cit("《中华人民共和国广告法》", 28, 2, 2, "violated", "listed under 违法行为类型, not in a sentence"),
                    cit("《中华人民共和国广告法》", 55, 1, None, "penalty")],
    fine_yuan=5580, confiscation_yuan=None,
    dates=dates(decision="2023-06-14", publication_end="2026-06-14"),
    remedy_days=None, discretion=None, completeness="body_only",
    notes="信用中国 record: table fields flattened to '标签：值' lines. The fine appears ONLY as 罚款金额（万元）：0.558 (=5580元; 三倍 of 广告费用1860元, the multiple is stated without the amount). 没收 field reads 0 meaning none, so confiscation_yuan is null. The agency's own 统一社会信用代码 appears twice and must not be taken as the party's. 处罚有效期 / 公示截止期 are publication dates, not decision dates. No remedy paragraph exists in this form (remedy_days null); body_only because the record is a summary, not the decision text.",
    defects_observed=[])

# =============================================================== 02
doc("02_生态环境.txt", "生态环境", "行政处罚信息公示（信用中国旧版双公示，竖线分隔）",
    "invented by writer 94; imitates an older 信用中国 双公示 record with '|' separators and Arabic article numbers",
    """信用中国
首页 | 信用动态 | 政策法规 | 信用信息 | 双公示 | 行政处罚信息公示
行政处罚 | 沧州市华昌家具有限公司
案件名称：沧州市华昌家具有限公司未在密闭空间进行喷漆作业案
行政处罚决定书文号：沧环罚[2019]387号
处罚类别1：罚款 | 处罚类别2：
处罚事由：该公司喷漆工序未在密闭空间或者设备中进行，未按照规定安装、使用污染防治设施，违反了《中华人民共和国大气污染防治法》第45条的规定
处罚依据：《中华人民共和国大气污染防治法》第108条第1项
处罚结果：责令改正，罚款人民币叁万元整
处罚决定日期：2019年08月12日
处罚机关：沧州市生态环境局
行政相对人代码：统一社会信用代码 @@C02@@ | 组织机构代码 @@O02@@ | 工商登记码 | 税务登记号 | 居民身份证号
法定代表人姓名：张**
当前状态：正常
地方编码：130900
数据更新时间：2019/08/23
""",
    doc_type="行政处罚信息公示", agency="沧州市生态环境局", doc_number="沧环罚[2019]387号",
    party="沧州市华昌家具有限公司", credit_code="@@C02@@",
    cited_articles=[cit("《中华人民共和国大气污染防治法》", 45, None, None, "violated", "written 第45条 (Arabic); 2018 text"),
                    cit("《中华人民共和国大气污染防治法》", 108, None, 1, "penalty", "written 第108条第1项")],
    fine_yuan=30000, confiscation_yuan=None, dates=dates(decision="2019-08-12"),
    remedy_days=None, discretion=None, completeness="body_only",
    notes="Older 信用中国 layout: fields joined by '|', ASCII square brackets in 文号, Arabic article/item numbers. Fine only in capitals (叁万元整). The 组织机构代码 shown is the 9-character 主体标识码 inside the USCC (positions 9-17), so both codes agree. 地方编码 130900 and 数据更新时间 are not case data.",
    defects_observed=[])

# =============================================================== 03
doc("03_市场监管.txt", "市场监管", "行政处罚信息（国家企业信用信息公示系统，分公司）",
    "invented by writer 94; imitates a 国家企业信用信息公示系统 company page with the 行政处罚信息 tab and 详情",
    """国家企业信用信息公示系统
宁波丰润百货有限公司江北分公司
注册号：@@R03@@
登记状态：存续（在营、开业、在册）
类型：有限责任公司分公司（自然人投资或控股）
负责人：陈**
营业场所：浙江省宁波市江北区洪塘街道裘市路188号
成立日期：2011年04月06日
登记机关：宁波市江北区市场监督管理局
基础信息  行政许可信息  行政处罚信息  列入经营异常名录信息  列入严重违法失信企业名单（黑名单）信息  抽查检查信息
行政处罚信息
序号	决定书文号	违法行为类型	行政处罚内容	决定机关名称	处罚决定日期	公示日期	详情
1	甬江市监罚字〔2016〕第89号	销售以次充好产品	没收违法所得1230元并处罚款4320元	宁波市江北区市场监督管理局	2016年9月23日	2016年10月8日	详情
共查询到 1 条记录 共 1 页  首页 上一页 1 下一页 末页
详情
行政处罚决定书（摘要）
当事人名称：宁波丰润百货有限公司江北分公司
注册号：@@R03@@
隶属企业：宁波丰润百货有限公司
经查，当事人于2016年3月至5月间销售的“丰润雅致”牌女式羊毛衫，标注羊毛含量80%，经宁波市纤维检验所检验，实际羊毛含量为31.6%，属以次充好。当事人共购进上述羊毛衫96件，销售价每件90元，货值金额8640元，已售出41件，违法所得1230元。
当事人的上述行为违反了《中华人民共和国产品质量法》第三十九条的规定。依据《中华人民共和国产品质量法》第五十条的规定，本局决定：责令当事人停止销售，没收违法销售的羊毛衫55件，没收违法所得人民币壹仟贰佰叁拾元，并处违法销售产品货值金额百分之五十的罚款计人民币肆仟叁佰贰拾元。
""",
    doc_type="行政处罚信息", agency="宁波市江北区市场监督管理局", doc_number="甬江市监罚字〔2016〕第89号",
    party="宁波丰润百货有限公司江北分公司", credit_code=None,
    cited_articles=[cit("《中华人民共和国产品质量法》", 39, None, None, "violated", "2009 text"),
                    cit("《中华人民共和国产品质量法》", 50, None, None, "penalty")],
    fine_yuan=4320, confiscation_yuan=1230, dates=dates(decision="2016-09-23", publication="2016-10-08"),
    remedy_days=None, discretion=None, completeness="body_only",
    notes="2016 branch (分公司) identified by a 15-digit 注册号 (GS15 check digit valid), not a USCC, so credit_code is null; the 注册号 is in other_ids. Parent named as 隶属企业 without a code. The fine is a share of 货值 (8640元 × 50% = 4320元) and is given both in the table row (Arabic) and in the 摘要 (capitals); 没收违法所得 and 罚款 are in one sentence. 成立日期 2011-04-06 and 公示日期 must not be read as the decision date. The 公示 table is tab-separated.",
    other_ids={"注册号": "@@R03@@"}, parent="宁波丰润百货有限公司",
    defects_observed=[])

# =============================================================== 04
doc("04_市场监管.txt", "市场监管", "行政处罚决定书",
    "invented by writer 94; imitates a 区级市场监管局 decision published on a district government site",
    """佛山市南海区市场监督管理局
行政处罚决定书
佛南市监罚〔2024〕0412号

当事人：广州市禾润连锁超市有限公司佛山南海桂城分公司
主体类型：有限责任公司分公司（自然人投资或控股）
统一社会信用代码：@@C04@@
营业场所：佛山市南海区桂城街道南海大道北126号首层之三
负责人：叶**
隶属企业：广州市禾润连锁超市有限公司（统一社会信用代码：@@C04P@@）

2024年3月15日，本局执法人员依法对当事人经营场所进行监督检查，发现当事人货架上陈列销售的“禾润麦香”牌蛋黄酥（规格：300克/盒，生产日期：2024年2月26日）经本局委托抽检，脱氢乙酸及其钠盐（以脱氢乙酸计）项目不符合GB 2760-2014《食品安全国家标准 食品添加剂使用标准》的要求，检验结论为不合格。2024年3月18日，经本局负责人批准，对当事人立案调查。
经查明：当事人自2024年2月28日起购进涉案蛋黄酥共计1028盒，销售价每盒10.00元，货值金额为10280.00元；截至案发已售出346盒，违法所得3460.00元；余下682盒已被本局依法扣押。
以上事实，有现场笔录、检验报告、进货单据、销售记录、当事人负责人询问笔录等证据证明。
本局于2024年5月20日向当事人送达了《行政处罚告知书》（佛南市监罚告〔2024〕0388号），告知其拟作出行政处罚的内容及事实、理由、依据，以及依法享有的陈述、申辩和要求听证的权利。当事人在法定期限内未提出陈述、申辩，也未要求听证。
本局认为：当事人经营超范围使用食品添加剂的食品的行为，违反了《中华人民共和国食品安全法》第三十四条第（四）项的规定。
当事人不具有从轻、减轻或者从重处罚的情形。根据《广东省市场监督管理局关于印发〈广东省市场监督管理局行政处罚裁量权适用规则〉的通知》（粤市监规字〔2024〕3号）第十二条的规定，本案按一般情形予以处罚。
依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项以及《中华人民共和国行政处罚法》第二十八条的规定，本局决定：
一、没收扣押的涉案蛋黄酥682盒；
二、没收违法所得人民币3460元，并处货值金额10倍罚款计人民币壹拾万零贰仟捌佰元（¥102,800.00）。
当事人应当自收到本决定书之日起十五日内，通过广东省非税收入电子缴款渠道缴纳罚没款。逾期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。
当事人如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向佛山市南海区人民政府申请行政复议；也可以在六个月内依法向佛山市南海区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，本处罚决定不停止执行。

佛山市南海区市场监督管理局
2024年6月11日
（此件公开发布）
""",
    doc_type="行政处罚决定书", agency="佛山市南海区市场监督管理局", doc_number="佛南市监罚〔2024〕0412号",
    party="广州市禾润连锁超市有限公司佛山南海桂城分公司", credit_code="@@C04@@",
    cited_articles=[cit("《中华人民共和国食品安全法》", 34, None, 4, "violated"),
                    cit("《广东省市场监督管理局关于印发〈广东省市场监督管理局行政处罚裁量权适用规则〉的通知》", 12, None, None, "other",
                        "discretion benchmark cited by 文号 粤市监规字〔2024〕3号 (invented 文号); dev-set would tag role 'discretion'"),
                    cit("《中华人民共和国食品安全法》", 124, 1, 3, "penalty"),
                    cit(SPL, 28, None, None, "other", "2021 numbering"),
                    cit(SPL, 72, 1, 1, "other", "加处罚款")],
    fine_yuan=102800, confiscation_yuan=3460,
    dates=dates(filing="2024-03-18", notice="2024-05-20", decision="2024-06-11", inspection="2024-03-15"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion="一般", completeness="complete",
    notes="当事人 is a branch; its parent (隶属企业) has its own USCC — credit_code is the branch's, the parent's is in parent_credit_code. Fine = 货值 10280元 × 10 = 102800元, written in capitals with ¥102,800.00; 没收违法所得 3460元 and 罚款 in one sentence (item 二). Other dates (生产日期 2024-02-26, purchase from 2024-02-28) are not case dates. A nested 书名号 title 〈…〉 names the benchmark and its 文号. 2024 decision: 复议 only to 本级人民政府 (new 复议法).",
    parent="广州市禾润连锁超市有限公司", parent_credit_code="@@C04P@@",
    defects_observed=[])

# =============================================================== 05
doc("05_自然资源.txt", "自然资源", "行政处罚决定书（共同违法，两名当事人分别处罚）",
    "invented by writer 94; imitates a county 自然资源局 decision against two co-violators",
    """长沙县自然资源局
行政处罚决定书
长县自然资罚字〔2022〕第047号

当事人一：长沙县丰穗种植专业合作社
统一社会信用代码：@@C05@@
法定代表人：刘*华
住所：湖南省长沙县路口镇明月村丰穗组
当事人二：彭某某，男，1975年8月出生
身份证号码：@@ID05@@
住址：湖南省长沙县路口镇明月村

本局于2022年6月14日对当事人一、当事人二涉嫌非法占用土地一案立案调查。经查明：
2022年3月至5月，当事人一与当事人二商定共同修建农资仓储用房，未经批准，在路口镇明月村集体土地上合计占地960平方米建设钢架结构仓储棚两栋，其中当事人一建设并使用560平方米，当事人二建设并使用400平方米。经核查，上述土地在国土空间规划中为一般耕地，未办理农用地转用审批手续。
以上事实有现场勘测图、询问笔录、规划核查意见、村民委员会证明等证据证实。
本局于2022年9月5日分别向两当事人送达了《行政处罚告知书》（长县自然资告字〔2022〕第047号），两当事人在规定期限内均未提出陈述、申辩，也未申请听证。
本局认为，两当事人共同实施了未经批准非法占用土地的行为，违反了《中华人民共和国土地管理法》第四十四条第一款的规定。根据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第五十七条第一款的规定，按各自实际占地面积分别处罚如下：
一、责令两当事人退还非法占用的960平方米土地，限自本决定书送达之日起十五日内自行拆除在非法占用土地上新建的建筑物和其他设施，恢复土地原状；
二、对当事人一长沙县丰穗种植专业合作社按非法占用土地每平方米100元处以罚款，计人民币伍万陆仟元（56000元）；
三、对当事人二彭某某按非法占用土地每平方米100元处以罚款，计人民币肆万元（40000元）。
以上罚款合计人民币玖万陆仟元。两当事人应当自收到本决定书之日起十五日内将罚款缴至指定银行。
如不服本处罚决定，可以在收到本决定书之日起六十日内向长沙县人民政府或者长沙市自然资源和规划局申请行政复议，或者在六个月内直接向长沙县人民法院提起行政诉讼。逾期不申请行政复议、不提起行政诉讼又不履行的，本局将依法申请人民法院强制执行。

长沙县自然资源局
2022年10月26日
""",
    doc_type="行政处罚决定书", agency="长沙县自然资源局", doc_number="长县自然资罚字〔2022〕第047号",
    party="长沙县丰穗种植专业合作社", credit_code="@@C05@@",
    cited_articles=[cit("《中华人民共和国土地管理法》", 44, 1, None, "violated"),
                    cit("《中华人民共和国土地管理法》", 77, 1, None, "penalty"),
                    cit("《中华人民共和国土地管理法实施条例》", 57, 1, None, "penalty")],
    fine_yuan=96000, confiscation_yuan=None,
    dates=dates(filing="2022-06-14", notice="2022-09-05", decision="2022-10-26"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="Two co-violators (共同违法) fined separately by area: 560㎡×100 = 56000 (合作社, code 93… = 农民专业合作社) and 400㎡×100 = 40000 (individual, ID masked). fine_yuan is the stated total 玖万陆仟元 (96000); parts in fine_parts / co_parties. party = 当事人一; 当事人二 in co_parties. '1975年8月出生' is a birth date, not a case date. Pre-2024 dual 复议 channel (县政府 or 市自然资源和规划局).",
    fine_parts=[56000, 40000],
    co_parties=[{"name": "彭某某", "id_number": "@@ID05@@", "fine_yuan": 40000}],
    defects_observed=[])

# =============================================================== 06
doc("06_市场监管.txt", "市场监管", "不予行政处罚决定书",
    "invented by writer 94; imitates a 首违不罚 decision of a Shanghai district 市场监管局",
    """上海市静安区市场监督管理局
不予行政处罚决定书
沪市监静不罚〔2022〕18号

当事人：上海市静安区晨露便利店
主体类型：个体工商户
统一社会信用代码：@@C06@@
经营场所：上海市静安区共和新路2199弄12号
经营者：赵**
身份证件号码：@@ID06@@

2022年8月9日，本局执法人员在日常检查中发现，当事人店内冷柜陈列销售的12种饮料未标示价格。2022年8月10日，本局对当事人涉嫌未明码标价一案立案调查。
经查，当事人自2022年8月1日起调整冷柜陈列，因店员疏忽未同步放置标价签，上述饮料按原价销售，无违法所得。当事人在检查当日即补齐了全部标价签。经查询，当事人此前未因同类违法行为受过行政处罚。
本局认为，当事人的上述行为违反了《明码标价和禁止价格欺诈规定》第五条第一款、第七条第一款的规定，属于《明码标价和禁止价格欺诈规定》第二十二条及《中华人民共和国价格法》第四十二条所指违反明码标价规定的行为。
鉴于当事人系初次违法，危害后果轻微并已及时改正，符合《中华人民共和国行政处罚法》第三十三条第一款及《上海市市场监管领域轻微违法行为依法不予行政处罚清单》第3项规定的情形，本局决定对当事人不予行政处罚。
本局已依照《中华人民共和国行政处罚法》第三十三条第三款的规定对当事人进行了批评教育，当事人应当严格遵守明码标价规定。
当事人如对本决定不服，可在收到本决定书之日起六十日内向上海市静安区人民政府或者上海市市场监督管理局申请行政复议，也可以在收到本决定书之日起六个月内直接向上海市静安区人民法院提起行政诉讼。

上海市静安区市场监督管理局
2022年8月24日
""",
    doc_type="不予行政处罚决定书", agency="上海市静安区市场监督管理局", doc_number="沪市监静不罚〔2022〕18号",
    party="上海市静安区晨露便利店", credit_code="@@C06@@",
    cited_articles=[cit("《明码标价和禁止价格欺诈规定》", 5, 1, None, "violated"),
                    cit("《明码标价和禁止价格欺诈规定》", 7, 1, None, "violated"),
                    cit("《明码标价和禁止价格欺诈规定》", 22, None, None, "penalty", "cited as the norm that would apply; no penalty imposed"),
                    cit("《中华人民共和国价格法》", 42, None, None, "penalty", "cited as the norm that would apply; no penalty imposed"),
                    cit(SPL, 33, 1, None, "other", "ground for 不予处罚 (首违不罚)"),
                    cit("《上海市市场监管领域轻微违法行为依法不予行政处罚清单》", None, None, 3, "other", "invented list title; written 第3项"),
                    cit(SPL, 33, 3, None, "other", "教育")],
    fine_yuan=None, confiscation_yuan=None,
    dates=dates(filing="2022-08-10", decision="2022-08-24", inspection="2022-08-09"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion="不予处罚", completeness="complete",
    notes="不予行政处罚 (first violation, minor, corrected): no fine, no confiscation. 个体工商户 (USCC prefix 92) with the operator's masked ID (keeps 4+4 digits). 2022-08-01 is when the shelf was rearranged, not a case date. Penalty norms are named although no penalty is imposed. Pre-2024 dual 复议 channel.",
    defects_observed=[])

# =============================================================== 07
doc("07_应急管理.txt", "应急管理", "行政处罚决定书（单位与主要负责人双罚）",
    "invented by writer 94; imitates a county-level 应急管理局 accident-penalty decision covering the unit and its principal",
    """昆山市应急管理局
行政处罚决定书
（昆）应急罚〔2023〕第27号

被处罚单位：昆山铭拓精密模具有限公司
统一社会信用代码：@@C07@@
地址：江苏省昆山市千灯镇石浦工业区秦峰路88号
法定代表人：孙*平
被处罚人：孙*平，男，身份证号码：@@ID07@@，职务：总经理（主要负责人）

违法事实及证据：
2023年2月17日9时40分许，你单位冲压车间发生一起机械伤害事故，造成1人死亡，直接经济损失约146万元。经昆山市人民政府批复的事故调查报告认定，该起事故为一般生产安全事故，你单位对事故发生负有责任：未按照规定对冲压岗位从业人员进行安全生产教育和培训，双手操作按钮被改装为单手操作未及时发现和消除。主要负责人孙*平未督促、检查本单位的安全生产工作，未及时消除生产安全事故隐患。经核实，孙*平2022年度年收入为人民币21.6万元。
本局于2023年4月3日立案调查。上述事实有事故调查报告及批复、现场勘验笔录、询问笔录、培训档案、工资发放记录等证据为证。
本局于2023年5月26日送达《行政处罚告知书》（（昆）应急告〔2023〕第27号），你单位于2023年5月29日提出听证申请，本局于2023年6月9日依法举行了听证。经复核，你单位提出的申辩理由不能成立，不予采纳。
处罚依据及内容：
一、你单位的上述行为违反了《中华人民共和国安全生产法》第四条第一款、第二十八条第一款的规定，依据《中华人民共和国安全生产法》第一百一十四条第一款第（一）项的规定，并参照《江苏省安全生产行政处罚自由裁量适用细则》（苏应急规〔2022〕2号），决定给予你单位罚款人民币肆拾万元（¥400000）的行政处罚。
二、孙*平的上述行为违反了《中华人民共和国安全生产法》第二十一条第（五）项的规定，依据《中华人民共和国安全生产法》第九十五条第（一）项的规定，决定给予孙*平处上一年年收入百分之四十的罚款，计人民币捌万陆仟肆佰元（¥86400）。
以上罚款合计人民币肆拾捌万陆仟肆佰元，由被处罚单位和被处罚人分别缴纳。
执行方式和期限：罚款自收到本决定书之日起十五日内缴至指定银行。到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定每日按罚款数额的3%加处罚款。
如不服本决定，可以在收到本决定书之日起60日内依法向昆山市人民政府或者苏州市应急管理局申请行政复议，或者在6个月内依法向人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。

昆山市应急管理局
2023年6月21日
""",
    doc_type="行政处罚决定书", agency="昆山市应急管理局", doc_number="（昆）应急罚〔2023〕第27号",
    party="昆山铭拓精密模具有限公司", credit_code="@@C07@@",
    cited_articles=[cit("《中华人民共和国安全生产法》", 4, 1, None, "violated"),
                    cit("《中华人民共和国安全生产法》", 28, 1, None, "violated"),
                    cit("《中华人民共和国安全生产法》", 114, 1, 1, "penalty"),
                    cit("《江苏省安全生产行政处罚自由裁量适用细则》", None, None, None, "other", "discretion benchmark cited with invented 文号 苏应急规〔2022〕2号"),
                    cit("《中华人民共和国安全生产法》", 21, None, 5, "violated", "principal's duty"),
                    cit("《中华人民共和国安全生产法》", 95, None, 1, "penalty", "principal: 40% of last year's income"),
                    cit(SPL, 72, 1, 1, "other", "加处罚款")],
    fine_yuan=486400, confiscation_yuan=None,
    dates=dates(filing="2023-04-03", notice="2023-05-26", decision="2023-06-21", violation="2023-02-17", hearing="2023-06-09", hearing_request="2023-05-29"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="双罚 in one decision: unit 400000 (capitals + ¥400000) and principal 86400 (= 上一年年收入21.6万元 × 40%, the income is written in 万元). fine_yuan is the stated total 肆拾捌万陆仟肆佰元; parts in fine_parts. 文号 starts with a full-width parenthesised place code. Accident loss 146万元 and income 21.6万元 are not fines. Remedy in Arabic numerals (60日/6个月); court not named. Hearing requested and held — dates in extra keys.",
    fine_parts=[400000, 86400],
    co_parties=[{"name": "孙*平", "id_number": "@@ID07@@", "fine_yuan": 86400}],
    defects_observed=[])

# =============================================================== 08
doc("08_综合执法.txt", "城市管理", "行政处罚决定书（街道办事处综合行政执法，赋权）",
    "invented by writer 94; imitates a Zhejiang 街道办事处 decision under 乡镇（街道）综合行政执法 delegation",
    """绍兴市越城区府山街道办事处
行政处罚决定书
越府山综执罚决〔2023〕12号

当事人：绍兴匠心装饰工程有限公司
统一社会信用代码：@@C08@@
住所：浙江省绍兴市越城区府山街道胜利西路356号2楼
法定代表人：俞**

2023年4月11日，本机关综合行政执法队执法人员在日常巡查中发现，当事人在府山街道西小路与仓桥直街交叉口东侧绿化带旁随意倾倒装修建筑垃圾约3立方米。2023年4月12日本机关立案调查。
经查实，上述建筑垃圾系当事人承接的西小路某住宅装修工程所产生，当事人未按规定交由核准的运输单位清运，而由其雇佣的工人用三轮车运至上述地点倾倒。当事人于2023年4月13日自行清运完毕。
上述事实有现场检查笔录、现场照片、询问笔录、装修合同等证据证明。
本机关于2023年5月8日向当事人送达了《行政处罚事先告知书》，当事人未提出陈述申辩。
本机关认为：当事人随意倾倒建筑垃圾的行为违反了《城市建筑垃圾管理规定》第十五条的规定。根据《中华人民共和国行政处罚法》第二十四条第一款和《绍兴市越城区人民政府关于公布街道综合行政执法事项目录的通告》（越政发〔2022〕19号），本机关以自己名义行使该项行政处罚权。鉴于当事人系初次违法且主动清运、消除了危害后果，依据《城市建筑垃圾管理规定》第二十六条，参照《绍兴市越城区街道综合行政执法自由裁量基准》，对当事人从轻处罚，决定如下：
罚款人民币伍仟元整。
当事人应当自收到本决定书之日起十五日内，通过浙江政务服务网“统一公共支付平台”缴纳罚款。
如不服本决定，可在收到本决定书之日起六十日内向绍兴市越城区人民政府申请行政复议，或者在六个月内向绍兴市越城区人民法院提起行政诉讼。

绍兴市越城区府山街道办事处
2023年5月22日
""",
    doc_type="行政处罚决定书", agency="绍兴市越城区府山街道办事处", doc_number="越府山综执罚决〔2023〕12号",
    party="绍兴匠心装饰工程有限公司", credit_code="@@C08@@",
    cited_articles=[cit("《城市建筑垃圾管理规定》", 15, None, None, "violated"),
                    cit(SPL, 24, 1, None, "other", "赋权 to 乡镇街道 (2021 numbering)"),
                    cit("《绍兴市越城区人民政府关于公布街道综合行政执法事项目录的通告》", None, None, None, "other", "delegation instrument, invented 文号 越政发〔2022〕19号"),
                    cit("《城市建筑垃圾管理规定》", 26, None, None, "penalty"),
                    cit("《绍兴市越城区街道综合行政执法自由裁量基准》", None, None, None, "other", "discretion benchmark by name")],
    fine_yuan=5000, confiscation_yuan=None,
    dates=dates(filing="2023-04-12", notice="2023-05-08", decision="2023-05-22", inspection="2023-04-11"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion="从轻", completeness="complete",
    notes="Deciding body is a 街道办事处 acting in its own name under 行政处罚法第二十四条 delegation (the 综合行政执法队 is only its internal team). 2023-04-13 is the clean-up date. Fine 5000 = statutory minimum for a unit, stated as 从轻. 复议 goes to the 区人民政府 that set up the 街道.",
    defects_observed=[])

# =============================================================== 09
doc("09_交通运输.txt", "交通运输", "行政处罚决定书",
    "invented by writer 94; imitates a 2019 交通运输局 decision with an enforcement paragraph in pre-2021 numbering",
    """新乡市交通运输局
行 政 处 罚 决 定 书
新交罚字（2019）第0412号

当事人：马某某　　性别：男
身份证号：@@ID09@@
住址：河南省新乡县七里营镇
车辆号牌：豫G7M362　　车辆类型：重型厢式货车

违法事实：2019年9月26日，本机关执法人员在G107线新乡段进行路面稽查时发现，当事人驾驶豫G7M362重型厢式货车（总质量18000千克），为他人从新乡县运送建材至辉县市，收取运费800元，不能出示道路运输经营许可证及车辆营运证。经查，当事人未取得道路运输经营许可，擅自从事道路货物运输经营。本机关当日立案调查。以上事实有现场笔录、询问笔录、车辆行驶证复印件、运费收款记录等证据证实。
本机关于2019年10月12日送达了《违法行为通知书》（新交罚告字（2019）第0412号），当事人在规定期限内未提出陈述、申辩和听证申请。
违法依据：当事人的行为违反了《中华人民共和国道路运输条例》第二十四条第一款之规定。
处罚依据：根据《中华人民共和国道路运输条例》第六十三条和《河南省交通运输行政处罚自由裁量基准》（豫交文〔2018〕312号）第三十一项之规定，当事人违法所得不足2万元，违法情节一般。
处罚内容：决定没收违法所得人民币捌佰元，并处罚款人民币叁万元整（¥30000.00）。
执行方式和期限：当事人应当自收到本决定书之日起十五日内到新乡市农村商业银行各营业网点缴纳罚没款。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款；加处罚款的数额依照《中华人民共和国行政强制法》第四十五条第二款的规定不超出罚款数额。
救济途径：如不服本处罚决定，可以在收到本决定书之日起六十日内向新乡市人民政府或者河南省交通运输厅申请行政复议，也可以在六个月内向新乡市卫滨区人民法院提起行政诉讼。逾期不申请行政复议或者提起行政诉讼，又不履行本处罚决定的，本机关将依法申请人民法院强制执行。

新乡市交通运输局
2019年11月5日
""",
    doc_type="行政处罚决定书", agency="新乡市交通运输局", doc_number="新交罚字（2019）第0412号",
    party="马某某", credit_code=None,
    cited_articles=[cit("《中华人民共和国道路运输条例》", 24, 1, None, "violated", "2019 text"),
                    cit("《中华人民共和国道路运输条例》", 63, None, None, "penalty", "2019 text: 3万-10万 when 违法所得 < 2万"),
                    cit("《河南省交通运输行政处罚自由裁量基准》", None, None, 31, "other", "discretion benchmark, invented 文号 豫交文〔2018〕312号, written 第三十一项"),
                    cit(SPL, 51, None, 1, "other", "2017 numbering of 加处罚款 (now art.72)"),
                    cit("《中华人民共和国行政强制法》", 45, 2, None, "other")],
    fine_yuan=30000, confiscation_yuan=800,
    dates=dates(filing="2019-09-26", notice="2019-10-12", decision="2019-11-05", violation="2019-09-26"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion="一般", completeness="complete",
    notes="Individual driver (ID masked 6+4). 文号 uses full-width round brackets （2019）; the notice 文号 looks almost the same (新交罚告字). Spaced title '行 政 处 罚 决 定 书'. 没收违法所得 捌佰元 (= 运费800元, also written in Arabic) and 罚款 叁万元整 (¥30000.00) in one sentence. Enforcement paragraph cites 行政处罚法第五十一条 (pre-2021 numbering, correct for 2019) plus the 行政强制法 cap. '违法情节一般' → discretion 一般.",
    defects_observed=[])

# =============================================================== 10
doc("10_卫生健康.txt", "卫生健康", "行政处罚决定书（日期仅见于落款，中文数字）",
    "invented by writer 94; imitates a district 卫生健康局 decision whose only full date is the Chinese-numeral 落款",
    """成都市武侯区卫生健康局
行政处罚决定书
武卫健医罚〔2020〕36号

当事人：黄某某　　性别：男　　出生年月：1968年4月
身份证号：@@ID10@@
地址：四川省成都市武侯区簇锦街道

经查，当事人未取得《医疗机构执业许可证》，自2020年7月起在武侯区簇锦街道某商铺内开设“推拿理疗”场所，并为就诊人员开展静脉输液等诊疗活动。2020年9月，本局卫生监督员现场查获输液器、注射用头孢类药品等药品器械一批。当事人不具有执业医师资格，属非卫生技术专业人员，违法所得贰仟壹佰捌拾元。
以上事实有现场笔录、询问笔录、照片、药品器械清单等证据为证。
当事人的上述行为违反了《医疗机构管理条例》第二十四条的规定。本局已依法告知当事人拟作出行政处罚的事实、理由、依据及其享有的陈述、申辩和听证权利，当事人未提出陈述、申辩，亦未要求听证。
依据《医疗机构管理条例》第四十四条、《医疗机构管理条例实施细则》第七十七条第（二）项的规定，本局决定给予当事人如下行政处罚：
1.责令停止执业活动；
2.没收违法所得贰仟壹佰捌拾元；
3.没收药品、器械（详见没收物品清单）；
4.罚款伍仟元。
请在接到本处罚决定书之日起十五日内将罚没款缴至指定银行。逾期不缴纳罚款的，本局将每日按罚款数额的百分之三加处罚款。
如不服本处罚决定，可在接到本处罚决定书之日起六十日内向成都市武侯区人民政府或者成都市卫生健康委员会申请行政复议，也可以在六个月内向成都市武侯区人民法院提起行政诉讼。

成都市武侯区卫生健康局
二〇二〇年十一月九日
""",
    doc_type="行政处罚决定书", agency="成都市武侯区卫生健康局", doc_number="武卫健医罚〔2020〕36号",
    party="黄某某", credit_code=None,
    cited_articles=[cit("《医疗机构管理条例》", 24, None, None, "violated", "2016 text"),
                    cit("《医疗机构管理条例》", 44, None, None, "penalty", "2016 text"),
                    cit("《医疗机构管理条例实施细则》", 77, None, 2, "penalty")],
    fine_yuan=5000, confiscation_yuan=2180,
    dates=dates(decision="2020-11-09"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="The only complete date is the 落款 二〇二〇年十一月九日 (Chinese numerals with 〇). Body dates are month-only (2020年7月, 2020年9月) and the birth month 1968年4月; none is a full case date, so filing/notice stay null. All amounts in capitals without 元整 (贰仟壹佰捌拾元, 伍仟元). ID masked keeping 10+4 characters (birth date visible). 加处罚款 mentioned without citing an article.",
    defects_observed=[])

# =============================================================== 11
doc("11_税务.txt", "税务", "税务行政处罚决定书（政务公开页，带索引号框）",
    "invented by writer 94; imitates a 税务局 decision on a 政府信息公开 page with an 索引号/发文日期 box",
    """索引号：@@A11@@/2020-00731　　　分类：行政处罚
发布机构：国家税务总局深圳市南山区税务局　　　发文日期：2020-07-16
名称：税务行政处罚决定书（深南税罚〔2020〕215号）
罚款金额（千元）：1.2
文号：深南税罚〔2020〕215号　　　主题词：
----------------------------------------------------------------
国家税务总局深圳市南山区税务局
税务行政处罚决定书
深南税罚〔2020〕215号

深圳市蓝岸贸易有限公司：（纳税人识别号：@@C11@@）
经我局查实，你单位2020年3月1日至2020年3月31日所属期增值税及附加税费，未在规定的申报期限内办理纳税申报。我局于2020年5月8日向你单位送达《责令限期改正通知书》（深南税限改〔2020〕3391号），你单位于2020年5月20日补办了申报。
你单位的上述行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。我局于2020年6月22日向你单位送达《税务行政处罚事项告知书》（深南税罚告〔2020〕208号），你单位未提出陈述申辩。
根据《中华人民共和国税收征收管理法》第六十二条、《广东省税务系统规范税务行政处罚裁量权实施办法》的规定，决定处以罚款壹仟贰佰元（¥1,200.00）。
以上应缴款项，限你单位自本决定书送达之日起十五日内到国家税务总局深圳市南山区税务局办税服务厅或者通过电子税务局缴纳入库。到期不缴纳罚款，我局可依照《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局深圳市税务局申请行政复议，或者自收到本决定书之日起六个月内依法向深圳市南山区人民法院起诉。到期不申请行政复议，不起诉，又不履行的，我局可以依法采取强制执行措施，或者申请人民法院强制执行。

税务机关（签章）
国家税务总局深圳市南山区税务局
二〇二〇年七月十日
""",
    doc_type="税务行政处罚决定书", agency="国家税务总局深圳市南山区税务局", doc_number="深南税罚〔2020〕215号",
    party="深圳市蓝岸贸易有限公司", credit_code="@@C11@@",
    cited_articles=[cit("《中华人民共和国税收征收管理法》", 25, 1, None, "violated"),
                    cit("《中华人民共和国税收征收管理法》", 62, None, None, "penalty"),
                    cit("《广东省税务系统规范税务行政处罚裁量权实施办法》", None, None, None, "other", "discretion benchmark by name"),
                    cit(SPL, 51, None, 1, "other", "2017 numbering")],
    fine_yuan=1200, confiscation_yuan=None,
    dates=dates(notice="2020-06-22", decision="2020-07-10", publication="2020-07-16", order_to_correct="2020-05-08"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="Publication box on top: the 索引号 begins with the AGENCY's USCC (a valid code that must not be taken as the party's), 发文日期 2020-07-16 is the publication date, and the fine appears a second time as 罚款金额（千元）：1.2. Party is addressed in the salutation line with 纳税人识别号 (= its USCC). Decision date only in the Chinese-numeral 落款. 复议 goes to the higher tax bureau (vertical system). 2020-03 is the tax period; 2020-05-20 is the late filing.",
    defects_observed=[])

# =============================================================== 12 (OCR)
doc("12_生态环境.txt", "生态环境", "行政处罚决定书（扫描件OCR）",
    "invented by writer 94; imitates an OCR text of a two-page scanned 环境保护局 decision",
    """常州市武进区环境保护局
行政处罚决定书
武环行罚〔2O18〕第O56号
当事人：常州市润江化工有限公司
统一社会信用代码：@@C12@@
法定代表人：钱**
地址：常州市武进区礼嘉镇工业集中区
    我局于2018年3月21曰对你公司进行现场检查，
发现你公司废水总排口正在排放生产废水。经常州市武
进区环境监测站采样监测（报告编号：武环监（2018）字第0312
号），化学需氧量浓度为686mg/L，超过《污水综合排放标准》（GB8978-
1996）表4三级标准限值（500mg/L）0.37倍。2018年3月27日，我局对你公司立
案调查。
    以上事实，有《现场检查（勘察）笔录》、《调查询问笔录》、监测
报告、现场照片等证据为凭。
    你公司上述行为违反了《中华人民共和国水污染防治法》第十条的规定。
我局于2018年4月26日以武环罚告〔2018〕第056号《行政处罚事先（听证）告
知书》告知你公司陈述申辩及听证权利，你公司在规定期限内未提出。
丨
— 1 —
第 1 页 共 2 页
常州市武进区环境保护局
    依据《中华人民共和国水污染防治法》第八十三条第（二）项的规定，我局决
定对你公司作出如下行政处罚：
    一、责令改正违法行为；
    二、罚款人民币贰拾贰万元整。
    限于接到本处罚决定之曰起十五日内将罚款缴至指定银行，逾期不缴
纳的，我局将依据《中华人民共和国行政处罚法》第五十一条第一项规定每日按
罚款数额的3%加处罚款。
    如不服本处罚决定，可在接到本处罚决定书之日起六十日内向常州市武进区
人民政府或常州市环境保护局申请行政复议，也可在六个月内向常州市武进区人民
法院起诉。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。
    逾期不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，我局
将依法申请人民法院强制执行。
                                    常州市武进区环境保护局
                                      2018年5月18曰
— 2 —
第 2 页 共 2 页
""",
    doc_type="行政处罚决定书", agency="常州市武进区环境保护局", doc_number="武环行罚〔2018〕第056号",
    party="常州市润江化工有限公司", credit_code="@@C12@@",
    cited_articles=[cit("《中华人民共和国水污染防治法》", 10, None, None, "violated", "2017 text, in force 2018-01-01"),
                    cit("《中华人民共和国水污染防治法》", 83, None, 2, "penalty"),
                    cit(SPL, 51, None, 1, "other", "2017 numbering; written 第一项 without brackets")],
    fine_yuan=220000, confiscation_yuan=None,
    dates=dates(filing="2018-03-27", notice="2018-04-26", decision="2018-05-18", inspection="2018-03-21"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="OCR copy of a 2-page scan: the 文号 is read as 武环行罚〔2O18〕第O56号 (letter O for zero; label is the corrected form), 日 misread as 曰 in 2018年3月21曰 and the 落款 2018年5月18曰, hard line breaks inside words and numbers ('GB8978-\\n1996', '告\\n知书', '立\\n案'), stray '丨', page footers '— 1 —' / '第 1 页 共 2 页' and a repeated page header (the agency name) at the top of page 2. The monitoring report number 武环监（2018）字第0312号 and the 告知书 number are not the decision's 文号. Fine only in capitals 贰拾贰万元整.",
    defects_observed=[])

# =============================================================== 13 (OCR)
doc("13_消防.txt", "消防", "行政处罚决定书（扫描件OCR）",
    "invented by writer 94; imitates an OCR text of a scanned 消防救援大队 decision",
    """广州市天河区消防救援大队
行政处罚决定书
穗天消行罚决字〔2022〕0l87号
被处罚单位：广州市天河区悦汇商业管理有限公司
统一社会信用代码：@@C13@@
法定代表人：梁**  住所：广州市天河区天河路5l8号
    我大队于2022年3月9日对你单位管理的悦汇广场进行消防监督检查时发
现：负一层东侧疏散通道堆放货物，二层西侧安全出口上锁。我大队于
2022年3月18日向你单位送达了《行政处罚告知笔录》，你单位未提出陈述、申辩。
    上述行为违反了《中华人民共和国消防法》第二十八条之规定，
根据《中华人民共和国消防法》第60条第1款第3项之规定，并参照《广东省消防救援机
构行政处罚裁量标准》，决定给予罚款人民币玖仟元整（¥9OOO）的处罚。
    执行方式和期限：自收到本决定书之日起十五日内到广州银行各营业网点
缴纳罚款，到期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二
条第一款第一项规定，每日按罚款数额的百分之三加处罚款，加处罚款数额不
超出罚款数额。
    如不服本决定，可在收到本决定书之日起六十日内向广州市天河区人民政府
或者广州市消防救援支队申请行政复议，或者在六个月内依法向广州铁路运输法院提
起行政诉讼。
                                 广州市天河区消防救援大队
                                     （印章）
                                  2022年4月1曰
一式两份，一份交被处罚单位，一份附卷。
- l -
""",
    doc_type="行政处罚决定书", agency="广州市天河区消防救援大队", doc_number="穗天消行罚决字〔2022〕0187号",
    party="广州市天河区悦汇商业管理有限公司", credit_code="@@C13@@",
    cited_articles=[cit("《中华人民共和国消防法》", 28, None, None, "violated"),
                    cit("《中华人民共和国消防法》", 60, 1, 3, "penalty", "written 第60条第1款第3项"),
                    cit("《广东省消防救援机构行政处罚裁量标准》", None, None, None, "other", "benchmark by name, title broken across a line in the OCR"),
                    cit(SPL, 72, 1, 1, "other", "article number broken across a line: 第七十二\\n条")],
    fine_yuan=9000, confiscation_yuan=None,
    dates=dates(notice="2022-03-18", decision="2022-04-01", inspection="2022-03-09"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="OCR copy: digit 1 read as letter l (文号 〔2022〕0l87号, address 5l8号, page number '- l -'), zero read as letter O in ¥9OOO, 日 read as 曰 in the 落款 (2022年4月1曰). Citation split across lines: 第七十二\\n条, and the benchmark title broken mid-word. Arabic citation 第60条第1款第3项. The 消防救援大队 is itself the deciding body. Litigation goes to 广州铁路运输法院 (centralised administrative jurisdiction). No 立案 date stated.",
    defects_observed=[])

# =============================================================== 14 (OCR)
doc("14_海关.txt", "海关", "行政处罚决定书（扫描件OCR）",
    "invented by writer 94; imitates an OCR text of a 2014 隶属海关 decision (pre-2015 3-month litigation period)",
    """中华人民共和国沙田海关
行政处罚决定书
沙关缉违字〔2O14〕0047号
当事人：东莞市科达隆电子有限公司
组织机构代码：@@O14@@
海关注册编码：4419963571
法定代表人：林**
地址：广东省东莞市沙田镇港口大道1l8号
    2014年3月6日，当事人以一般贸易方式向海关申报进口“塑料制电容器外壳”一
批（报关单号：521620140168002317），申报商品编号为3926909090。经海关
归类认定，该批货物应归入商品编号8532900000项下，当事人申报不实，导致漏
缴税款人民币52,360.00元。
    以上行为有报关单及随附单证、查验记录、归类意见书、海关询问笔录等为证。
    当事人上述行为违反了《中华人民共和国海关法》第二十四条第一款之规定，
已构成违反海关监管规定的行为。根据《中华人民共和国海关法》第八十六条第
（三）项、《中华人民共和国海关行政处罚实施条例》第十五条第（四）项之规
定，决定对当事人科处罚款人民币2.1万元。
    当事人应当自本处罚决定书送达之日起15日内，根据《中华人民共和国行政处
罚法》第四十四条、第四十六条的规定，履行上述处罚决定。
    根据《中华人民共和国行政处罚法》第五十一条之规定，到期不缴纳罚款的，
每日可以按罚款数额的百分之三加处罚款。
    当事人不服本处罚决定的，依照《中华人民共和国行政复议法》第九条、第十
二条，《中华人民共和国行政诉讼法》第三十九条之规定，可自本处罚决定书送达
之日起60日内向黄埔海关申请行政复议，或者自本处罚决定书送达之日起3个月内
直接向东莞市中级人民法院起诉。
                                        中华人民共和国沙田海关
                                        二Ｏ一四年八月十九日
""",
    doc_type="行政处罚决定书", agency="中华人民共和国沙田海关", doc_number="沙关缉违字〔2014〕0047号",
    party="东莞市科达隆电子有限公司", credit_code=None,
    cited_articles=[cit("《中华人民共和国海关法》", 24, 1, None, "violated"),
                    cit("《中华人民共和国海关法》", 86, None, 3, "penalty", "item split across a line break"),
                    cit("《中华人民共和国海关行政处罚实施条例》", 15, None, 4, "penalty", "2004 text"),
                    cit(SPL, 44, None, None, "other", "2009 numbering"),
                    cit(SPL, 46, None, None, "other", "2009 numbering"),
                    cit(SPL, 51, None, None, "other", "2009 numbering"),
                    cit("《中华人民共和国行政复议法》", 9, None, None, "other", "1999/2009 text"),
                    cit("《中华人民共和国行政复议法》", 12, None, None, "other", "1999/2009 text; written 第十\\n二条"),
                    cit("《中华人民共和国行政诉讼法》", 39, None, None, "other", "1989 text: 3-month period")],
    fine_yuan=21000, confiscation_yuan=None,
    dates=dates(decision="2014-08-19", violation="2014-03-06"),
    remedy_days={"review": 60, "litigation": "3m"}, discretion=None, completeness="complete",
    notes="2014 customs decision: party identified by 组织机构代码 (GB 11714 check valid; other_ids) and a 10-digit 海关注册编码, no USCC. Fine written in 万元: 2.1万元 (≈40% of 漏缴税款 52,360.00元, which is NOT a fine). 18-digit 报关单号 and 10-digit commodity codes look like IDs but are not. Pre-2015 行政诉讼法 gives 3个月; first-instance court is a 中级人民法院 for customs cases. OCR: 〔2O14〕 with letter O, address 1l8号, full-width letter Ｏ used as zero in the 落款 二Ｏ一四年八月十九日, law title split 行政处\\n罚法 and 第十\\n二条.",
    other_ids={"组织机构代码": "@@O14@@", "海关注册编码": "4419963571"},
    defects_observed=[])

# =============================================================== 15 (PDF to text)
doc("15_住房城乡建设.txt", "住房城乡建设", "行政处罚决定书（PDF转文本，固定行宽换行，页眉页脚）",
    "invented by writer 94; imitates a PDF-to-text copy (裁判文书网-like layout) of a 住建局 decision",
    """贵阳市观山湖区住房和城乡建设局行政处罚决定书　　　　　　　　第1页
行　政　处　罚　决　定　书
观住建罚决〔2019〕第17号
当事人：贵阳筑城置业有限公司，统一社会信用代码：无（见附注），住所地：贵州省贵阳
市观山湖区长岭北路66号。
法定代表人：杜**，董事长。
　　当事人开发建设的“筑城·云麓台”项目3#、4#楼，在未取得《建筑工程施工许可证》
的情况下，于2019年3月擅自开工建设。2019年4月10日，我局执法人员现场检查时发
现该项目正在进行地下室底板施工。2019年4月12日，我局依法立案调查。
　　经查，该项目施工合同价款为人民币3,286,400元，当事人作为建设单位，未依法申
领施工许可证即组织施工单位施工。以上事实有现场检查笔录、询问笔录、施工合同、现场
照片等证据证实。
　　2019年6月3日，我局向当事人送达《行政处罚告知书》（观住建罚告〔2019〕第17号），
当事人在法定期限内未提出陈述、申辩和听证要求。
　　我局认为，当事人的行为违反了《中华人民共和国建筑法》第七条第一款、《建筑工程
施工许可管理办法》第三条之规定。依据《中华人民共和国建筑法》第 64 条、《建筑工程
施工许可管理办法》第十二条之规定，责令当事人停止施工，限期改正，并处工程合同价款
1%的罚款，即罚款人民币32864.00元（大写：叁万贰仟捌佰陆拾肆元整）。对施工单位的
违法行为另案处理。
　　当事人应自收到本决定书之日起十五日内，到贵阳银行各网点缴纳罚款。
　　如不服本处罚决定，可在收到本决定书之日起六十日内，向贵阳市观山湖区人民政府或
者贵阳市住房和城乡建设局申请行政复议；也可在六个月内直接向贵阳市观山湖区人民法院
提起行政诉讼。
　　　　　　　　　　　　　　　　　　　　　　　　贵阳市观山湖区住房和城乡建设局
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　2019年6月24日
附注：当事人营业执照载明的统一社会信用代码因公开需要已隐去。
—1—
""",
    doc_type="行政处罚决定书", agency="贵阳市观山湖区住房和城乡建设局", doc_number="观住建罚决〔2019〕第17号",
    party="贵阳筑城置业有限公司", credit_code=None,
    cited_articles=[cit("《中华人民共和国建筑法》", 7, 1, None, "violated"),
                    cit("《建筑工程施工许可管理办法》", 3, None, None, "violated", "title broken across a line"),
                    cit("《中华人民共和国建筑法》", 64, None, None, "penalty", "written '第 64 条' with half-width digits and spaces"),
                    cit("《建筑工程施工许可管理办法》", 12, None, None, "penalty", "title broken across a line")],
    fine_yuan=32864, confiscation_yuan=None,
    dates=dates(filing="2019-04-12", notice="2019-06-03", decision="2019-06-24", inspection="2019-04-10"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="PDF-to-text copy with fixed-width hard wraps (law titles and the address broken across lines), a running page header with '第1页', letter-spaced title with ideographic spaces, page footer '—1—'. Credit code withheld ('无（见附注）') → credit_code null. Fine = 合同价款 3,286,400元 × 1% = 32864.00元, given in Arabic and capitals; the contract price is not a fine. Start of works '2019年3月' is month-only.",
    defects_observed=[])

# =============================================================== 16
doc("16_农业农村.txt", "农业农村", "行政处罚决定书（减轻处罚）",
    "invented by writer 94; imitates a county 农业农村局 decision imposing a mitigated (减轻) fine",
    """寿光市农业农村局
行政处罚决定书
寿农罚〔2023〕第17号

当事人：寿光市绿畦果蔬专业合作社
统一社会信用代码：@@C16@@
法定代表人：王*强
地址：山东省寿光市稻田镇崔岭西村

2023年6月6日，本局执法人员在对当事人生产基地进行农产品质量安全监督抽查时，依法抽取其待销售的韭菜样品1份。经潍坊市农产品质量检测中心检测，该样品腐霉利残留量为0.62mg/kg，超过《食品安全国家标准 食品中农药最大残留限量》（GB 2763-2021）规定的限量（0.2mg/kg）。2023年6月15日，本局对当事人立案调查。
经查，该批韭菜共670公斤，当事人已销售430公斤，销售单价每公斤2.00元，违法所得860元，货值金额1340元。立案后，当事人主动追回已售出的韭菜并配合本局监督销毁，未造成危害后果。
上述事实有现场检查笔录、抽样单、检测报告、询问笔录、销售记录、销毁记录等证据证实。
本局于2023年8月7日向当事人送达了《行政处罚事先告知书》（寿农告〔2023〕第17号），当事人在法定期限内未提出陈述、申辩和听证申请。
本局认为，当事人销售农药残留不符合农产品质量安全标准的农产品的行为，违反了《中华人民共和国农产品质量安全法》第三十六条第一款第（二）项的规定。依据《中华人民共和国农产品质量安全法》第七十一条第一款第（一）项的规定，应处货值金额不足一万元的五万元以上十万元以下罚款。鉴于当事人主动消除违法行为危害后果，符合《中华人民共和国行政处罚法》第三十二条第（一）项规定的应当从轻或者减轻处罚的情形，依照《山东省农业农村行政处罚裁量基准（2022年版）》（鲁农法字〔2022〕14号）关于减轻处罚的规定，对当事人减轻处罚。
本局决定：责令当事人停止销售、追回已销售的韭菜并进行无害化处理；没收违法所得人民币860元并处罚款人民币2万元。
当事人应当自收到本决定书之日起十五日内将罚没款缴至指定账户。逾期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定每日按罚款数额的3%加处罚款。
如不服本处罚决定，可以在收到本决定书之日起六十日内向寿光市人民政府或者潍坊市农业农村局申请行政复议，也可以在六个月内向寿光市人民法院提起行政诉讼。

寿光市农业农村局
2023年8月29日
""",
    doc_type="行政处罚决定书", agency="寿光市农业农村局", doc_number="寿农罚〔2023〕第17号",
    party="寿光市绿畦果蔬专业合作社", credit_code="@@C16@@",
    cited_articles=[cit("《中华人民共和国农产品质量安全法》", 36, 1, 2, "violated", "2022 text"),
                    cit("《中华人民共和国农产品质量安全法》", 71, 1, 1, "penalty"),
                    cit(SPL, 32, None, 1, "other", "ground for 减轻"),
                    cit("《山东省农业农村行政处罚裁量基准（2022年版）》", None, None, None, "other", "discretion benchmark, invented 文号 鲁农法字〔2022〕14号"),
                    cit(SPL, 72, 1, 1, "other", "加处罚款")],
    fine_yuan=20000, confiscation_yuan=860,
    dates=dates(filing="2023-06-15", notice="2023-08-07", decision="2023-08-29", inspection="2023-06-06"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion="减轻", completeness="complete",
    notes="减轻处罚 with its ground (行政处罚法第三十二条第（一）项, 主动消除危害后果) and a benchmark cited by 文号. Fine 2万元 is below the statutory floor 5万元 quoted in the text (the range 五万元以上十万元以下 is not the fine). 没收违法所得 860元 and 罚款 in one sentence. 货值 1340元 and 单价 2.00元 are not fines. The benchmark title carries a year in full-width parentheses.",
    defects_observed=[])

# =============================================================== 17
doc("17_文化旅游.txt", "文化旅游", "行政处罚决定书（政务公开页，带索引号框）",
    "invented by writer 94; imitates a 文化和旅游局 decision on a county government 信息公开 page",
    """首页 > 政务公开 > 法定主动公开内容 > 行政执法 > 行政处罚
索 引 号：@@A17@@/2024-00219　　发布机构：丽江市古城区文化和旅游局
公开方式：主动公开　　　　发布日期：2024-03-29
标　　题：丽江市古城区文化和旅游局行政处罚决定书（丽古文旅罚字〔2024〕第9号）
【字体：大 中 小】　　【打印本页】
丽江市古城区文化和旅游局
行政处罚决定书
丽古文旅罚字〔2024〕第9号
当事人：李某，女，身份证号码：@@ID17@@，住址：云南省丽江市古城区。
本局于2024年1月22日对当事人涉嫌未经许可经营旅行社业务一案立案调查。经查，2023年10月至12月间，当事人未取得旅行社业务经营许可，通过微信招徕游客，组织“丽江—泸沽湖”二日游共7批次，收取团费扣除成本后获利6400元。
上述事实有询问笔录、微信聊天记录、转账记录、游客证言等证据证实。
本局于2024年3月4日向当事人送达《行政处罚事先告知书》，当事人提出陈述申辩，称系初次从事且已停止经营。经复核，本局对其初次违法、已停止经营的情节予以采纳。
本局认为，当事人的行为违反了《中华人民共和国旅游法》第二十八条的规定。依据《中华人民共和国旅游法》第九十五条第一款，参照《云南省文化和旅游行政处罚裁量基准》，对当事人从轻处罚，决定：没收违法所得陆仟肆佰元，并处罚款贰万元。
当事人应当自收到本决定书之日起十五日内，持《非税收入一般缴款书》到代理银行缴纳罚没款。
当事人如不服本决定，可以自收到本决定书之日起六十日内依照《中华人民共和国行政复议法》第二十条第一款向丽江市古城区人民政府申请行政复议，或者在六个月内依照《中华人民共和国行政诉讼法》第四十六条第一款向丽江市古城区人民法院提起行政诉讼。

丽江市古城区文化和旅游局
2024年3月25日
【关闭窗口】
主办：丽江市古城区人民政府办公室　　备案号：滇ICP备xxxxxxxx号
""",
    doc_type="行政处罚决定书", agency="丽江市古城区文化和旅游局", doc_number="丽古文旅罚字〔2024〕第9号",
    party="李某", credit_code=None,
    cited_articles=[cit("《中华人民共和国旅游法》", 28, None, None, "violated", "2018 text"),
                    cit("《中华人民共和国旅游法》", 95, 1, None, "penalty"),
                    cit("《云南省文化和旅游行政处罚裁量基准》", None, None, None, "other", "benchmark by name"),
                    cit("《中华人民共和国行政复议法》", 20, 1, None, "other", "2023 text"),
                    cit("《中华人民共和国行政诉讼法》", 46, 1, None, "other")],
    fine_yuan=20000, confiscation_yuan=6400,
    dates=dates(filing="2024-01-22", notice="2024-03-04", decision="2024-03-25", publication="2024-03-29"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion="从轻", completeness="complete",
    notes="Government page chrome around the decision: breadcrumb, 索引号 (starts with the AGENCY's USCC), 发布日期 2024-03-29 (publication, not decision), footer with a masked ICP number. Individual party with masked ID. Amounts only in capitals (陆仟肆佰元 / 贰万元); 6400元 also appears in Arabic in the facts. Remedy paragraph cites 复议法(2023) 第二十条第一款 and 行政诉讼法 第四十六条第一款 and names both the 复议机关 and the court. 陈述申辩 partly adopted → 从轻.",
    defects_observed=[])

# =============================================================== 18
doc("18_水利.txt", "水利", "水行政处罚决定书（日期仅见于落款，中文数字）",
    "invented by writer 94; imitates a 2013 county 水务局 decision (old 组织机构代码 / 注册号, 3-month litigation period)",
    """张掖市甘州区水务局
水行政处罚决定书
甘区水罚字（2013）第05号

被处罚单位：张掖市甘州区金穗农业开发有限公司
组织机构代码：@@O18@@
营业执照注册号：@@R18@@
法定代表人：周**
地址：张掖市甘州区党寨镇十号村

经查，你单位在未取得取水许可证的情况下，于2012年秋在党寨镇十号村所承包土地内擅自打机井一眼，并自2013年春灌起抽取地下水用于大棚蔬菜灌溉，至本局查处时累计取水约1.8万立方米。
以上事实有现场勘验笔录、询问笔录、照片、计量记录等证据为证。
你单位的上述行为违反了《中华人民共和国水法》第四十八条第一款之规定。本局已依法告知你单位拟作出行政处罚的事实、理由和依据，并告知你单位依法享有的陈述、申辩和要求听证的权利，你单位在规定期限内未提出。
依据《中华人民共和国水法》第六十九条第（一）项之规定，本局决定：
一、责令立即停止违法取水行为，限期封填机井；
二、罚款人民币叁万元。
罚款限于接到本决定书之日起十五日内缴至张掖市甘州区财政局指定账户。逾期不缴纳的，依据《中华人民共和国行政处罚法》第五十一条第（一）项，每日按罚款数额的百分之三加处罚款。
如不服本决定，可在接到本决定书之日起六十日内向甘州区人民政府或张掖市水务局申请复议，也可以在三个月内向甘州区人民法院起诉。逾期不申请复议、不起诉又不履行的，本局将申请人民法院强制执行。

张掖市甘州区水务局
二〇一三年五月二十日
""",
    doc_type="水行政处罚决定书", agency="张掖市甘州区水务局", doc_number="甘区水罚字（2013）第05号",
    party="张掖市甘州区金穗农业开发有限公司", credit_code=None,
    cited_articles=[cit("《中华人民共和国水法》", 48, 1, None, "violated", "2002 text as amended 2009"),
                    cit("《中华人民共和国水法》", 69, None, 1, "penalty"),
                    cit(SPL, 51, None, 1, "other", "1996/2009 numbering")],
    fine_yuan=30000, confiscation_yuan=None, dates=dates(decision="2013-05-20"),
    remedy_days={"review": 60, "litigation": "3m"}, discretion=None, completeness="complete",
    notes="Pre-三证合一 party: 组织机构代码 (GB 11714) and 15-digit 注册号 (GS15), no USCC (other_ids). Only full date is the 落款 二〇一三年五月二十日; body has seasons (2012年秋, 2013年春灌) only. 1.8万立方米 is a water volume, not money. Pre-2015 litigation period 三个月; courts and governments named by short form (甘州区人民法院).",
    other_ids={"组织机构代码": "@@O18@@", "注册号": "@@R18@@"},
    defects_observed=[])

# =============================================================== 19
doc("19_林业.txt", "林业", "林业行政处罚决定书（附送达回证）",
    "invented by writer 94; imitates a 2016 county 林业局 decision followed by its 送达回证",
    """建瓯市林业局
林业行政处罚决定书
建林罚决字[2016]第086号

被处罚人：吴某某，男，汉族，身份证号码：@@ID19@@，住建瓯市小桥镇。
经查明：2016年1月至2月间，被处罚人未办理林木采伐许可证，擅自在建瓯市小桥镇某村“后门垄”山场采伐其承包经营的杉木62株，立木蓄积9.36立方米。经建瓯市林业局林木价格评估，被滥伐林木价值人民币2860元。2016年3月8日本局立案调查。
上述事实有现场勘验笔录、询问笔录、林木检尺记录、价格评估意见等证据证实。
2016年4月11日，本局向被处罚人送达《林业行政处罚先行告知书》，被处罚人未提出陈述、申辩。
本局认为：被处罚人的行为违反了《中华人民共和国森林法》第三十二条第一款之规定，构成滥伐林木。根据《中华人民共和国森林法》第三十九条第二款和《中华人民共和国森林法实施条例》第三十九条第一款之规定，决定给予以下处罚：
一、责令补种滥伐株数5倍的树木计310株；
二、处滥伐林木价值3倍的罚款，计人民币捌仟伍佰捌拾元（8580.00元）。
罚款自收到本决定书之日起十五日内缴至建瓯市财政局指定账户。补种树木应于2017年3月31日前完成，并经本局验收。
如不服本决定，可在收到本决定书之日起六十日内向建瓯市人民政府或者南平市林业局申请行政复议，也可以在六个月内向建瓯市人民法院提起行政诉讼。

建瓯市林业局
2016年4月25日

送 达 回 证
送达文书：林业行政处罚决定书 建林罚决字[2016]第086号
受送达人：吴某某
送达地点：建瓯市小桥镇被处罚人住所
送达方式：直接送达
收件人签名：吴某某　　　2016年4月27日
送达人：叶某、张某
""",
    doc_type="林业行政处罚决定书", agency="建瓯市林业局", doc_number="建林罚决字[2016]第086号",
    party="吴某某", credit_code=None,
    cited_articles=[cit("《中华人民共和国森林法》", 32, 1, None, "violated", "1998/2009 text"),
                    cit("《中华人民共和国森林法》", 39, 2, None, "penalty", "1998/2009 text: 2-5 times the value"),
                    cit("《中华人民共和国森林法实施条例》", 39, 1, None, "penalty")],
    fine_yuan=8580, confiscation_yuan=None,
    dates=dates(filing="2016-03-08", notice="2016-04-11", decision="2016-04-25", service="2016-04-27"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="Fine as a multiple of the value: 林木价值 2860元 × 3 = 8580元 (capitals + '8580.00元'); 补种 310株 = 62株 × 5. The 送达回证 appended after the 落款 gives the service date 2016-04-27 and repeats the 文号 (square ASCII brackets). 2017-03-31 is a replanting deadline, not a case date. Officers' names masked.",
    defects_observed=[])

# =============================================================== 20
doc("20_烟草.txt", "烟草专卖", "行政处罚决定书",
    "invented by writer 94; imitates a county 烟草专卖局 decision with a year-first 文号",
    """桂林市临桂区烟草专卖局
行政处罚决定书
（2021）临烟罚字第0036号

当事人：桂林市临桂区佳和便利店（个体工商户）
统一社会信用代码：@@C20@@
经营者：蒋某某　　身份证号码：@@ID20@@
烟草专卖零售许可证号：450312107561
经营地址：桂林市临桂区临桂镇世纪西路17号

2021年7月22日，本局执法人员在对当事人经营场所检查时，发现当事人店内存放的卷烟23个品种共计162条无当地烟草专卖批发企业的进货记录。2021年7月23日本局立案调查。
经查，当事人持有烟草专卖零售许可证，2021年4月至7月间，未在当地烟草专卖批发企业进货，从外地个人处购进卷烟，累计进货总额为人民币48600元，已销售部分获利1215元。
以上事实有检查笔录、询问笔录、涉案卷烟鉴别检验报告、进货记录等证据证实。
本局于2021年9月17日向当事人送达了《行政处罚事先告知书》，当事人未提出陈述、申辩。
本局认为：当事人的行为违反了《中华人民共和国烟草专卖法实施条例》第二十三条第二款的规定。依据《中华人民共和国烟草专卖法实施条例》第五十六条的规定，决定：没收违法所得壹仟贰佰壹拾伍元，并处进货总额百分之五的罚款计贰仟肆佰叁拾元。
当事人应当自收到本决定书之日起十五日内到指定银行缴纳罚没款。到期不缴纳罚款的，本局将依照《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
如不服本处罚决定，可在收到本决定书之日起六十日内向桂林市烟草专卖局申请行政复议，或者在六个月内向桂林市临桂区人民法院提起行政诉讼。

桂林市临桂区烟草专卖局
2021年10月12日
""",
    doc_type="行政处罚决定书", agency="桂林市临桂区烟草专卖局", doc_number="（2021）临烟罚字第0036号",
    party="桂林市临桂区佳和便利店", credit_code="@@C20@@",
    cited_articles=[cit("《中华人民共和国烟草专卖法实施条例》", 23, 2, None, "violated"),
                    cit("《中华人民共和国烟草专卖法实施条例》", 56, None, None, "penalty"),
                    cit(SPL, 72, 1, 1, "other", "2021 numbering")],
    fine_yuan=2430, confiscation_yuan=1215,
    dates=dates(filing="2021-07-23", notice="2021-09-17", decision="2021-10-12", inspection="2021-07-22"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="文号 puts the year first in full-width parentheses: （2021）临烟罚字第0036号. Fine as a percentage: 进货总额 48600元 × 5% = 2430元 (capitals only); 没收违法所得 1215元 in the same sentence (capitals; 1215 also Arabic in facts). 12-digit 烟草专卖零售许可证号 is not a credit code. 个体工商户 name with '（个体工商户）' suffix — party label excludes the suffix. 复议 to the higher 烟草专卖局 (vertical).",
    defects_observed=[])

# =============================================================== 21
doc("21_人力资源社会保障.txt", "人力资源社会保障", "劳动保障监察行政处罚决定书",
    "invented by writer 94; imitates a district 人社局 labour-inspection decision with a per-worker fine",
    """南昌市青山湖区人力资源和社会保障局
劳动保障监察行政处罚决定书
青人社监罚字2020年第7号

被处罚单位：南昌欣达鞋业有限公司
统一社会信用代码：@@C21@@
法定代表人：熊**
地址：江西省南昌市青山湖区罗家镇工业园区

2020年6月2日，本局接到劳动者投诉，反映南昌欣达鞋业有限公司存在超时加班问题。2020年6月4日本局立案调查。经查，你单位2020年3月至5月期间，安排生产车间18名劳动者每日工作11小时，每月延长工作时间超过36小时。
上述事实有现场检查笔录、考勤记录、工资表、询问笔录等证据为证。
本局于2020年7月6日向你单位送达《劳动保障监察行政处罚告知书》，你单位未提出陈述、申辩。
你单位的上述行为违反了《中华人民共和国劳动法》第四十一条的规定。依据《劳动保障监察条例》第二十五条的规定，本局决定：给予你单位警告，并按照受侵害的劳动者每人300元的标准计算，处以罚款5400元（大写：伍仟肆佰元整）。
你单位应当自收到本决定书之日起十五日内将罚款缴至指定银行，逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第五十一条第一项的规定每日按罚款数额的百分之三加处罚款。
如不服本决定，可在收到本决定书之日起六十日内向南昌市青山湖区人民政府或者南昌市人力资源和社会保障局申请行政复议，也可以在六个月内向南昌市青山湖区人民法院提起行政诉讼。

南昌市青山湖区人力资源和社会保障局
2020年7月21日
""",
    doc_type="劳动保障监察行政处罚决定书", agency="南昌市青山湖区人力资源和社会保障局", doc_number="青人社监罚字2020年第7号",
    party="南昌欣达鞋业有限公司", credit_code="@@C21@@",
    cited_articles=[cit("《中华人民共和国劳动法》", 41, None, None, "violated"),
                    cit("《劳动保障监察条例》", 25, None, None, "penalty"),
                    cit(SPL, 51, None, 1, "other", "2017 numbering; written 第一项")],
    fine_yuan=5400, confiscation_yuan=None,
    dates=dates(filing="2020-06-04", notice="2020-07-06", decision="2020-07-21", complaint="2020-06-02"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="文号 without brackets: 青人社监罚字2020年第7号. Per-person fine: 18人 × 300元 = 5400元, also in capitals. 警告 + 罚款. '11小时', '36小时' and '每人300元' are not fines. 2020-03..05 is the violation period (month-only).",
    defects_observed=[])

# =============================================================== 22
doc("22_药品监管.txt", "药品监管", "行政处罚决定书",
    "invented by writer 94; imitates a provincial 药品监督管理局 decision with a 货值-multiple fine and a floor value",
    """河南省药品监督管理局
行政处罚决定书
豫药监药罚〔2025〕23号

当事人：河南康沃医药有限公司
统一社会信用代码：@@C22@@
住所：河南省郑州市金水区文化路南段39号
法定代表人：郑**
药品经营许可证编号：豫AA3710586

本局在2025年1月对当事人开展的药品经营质量管理规范检查中发现线索，于2025年2月10日立案调查。经查，当事人于2024年11月至2025年1月间，从不具有药品经营资格的个人徐某某处购进“阿莫西林胶囊”等3个品种药品，货值金额合计人民币38600元，其中已销售部分违法所得人民币1632元。
上述事实有现场检查笔录、询问笔录、购进票据、银行转账记录、销售记录等证据证实。
本局于2025年4月1日向当事人送达了《行政处罚告知书》，告知其拟作出行政处罚的内容及事实、理由、依据，以及依法享有的陈述、申辩、要求听证的权利。当事人在法定期限内提交书面材料放弃听证，未提出陈述、申辩。
本局认为，当事人的行为违反了《中华人民共和国药品管理法》第五十五条的规定。当事人不具有从轻、减轻、从重处罚情形，依照《河南省药品监督管理局行政处罚裁量基准》，本案属一般情形。依据《中华人民共和国药品管理法》第一百二十九条的规定，货值金额不足五万元的，按五万元计算，本局决定：
一、责令改正；
二、没收违法购进的药品（详见没收物品清单）；
三、没收违法所得人民币1632元，并处货值金额二倍罚款人民币100000元。
当事人应当自收到本决定书之日起十五日内缴纳罚没款。到期不缴纳罚款的，本局可以根据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人对本处罚决定不服的，可以自收到本决定书之日起六十日内向河南省人民政府申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。

河南省药品监督管理局
2025年4月18日
""",
    doc_type="行政处罚决定书", agency="河南省药品监督管理局", doc_number="豫药监药罚〔2025〕23号",
    party="河南康沃医药有限公司", credit_code="@@C22@@",
    cited_articles=[cit("《中华人民共和国药品管理法》", 55, None, None, "violated", "2019 text"),
                    cit("《河南省药品监督管理局行政处罚裁量基准》", None, None, None, "other", "benchmark by name"),
                    cit("《中华人民共和国药品管理法》", 129, None, None, "penalty"),
                    cit(SPL, 72, 1, 1, "other")],
    fine_yuan=100000, confiscation_yuan=1632,
    dates=dates(filing="2025-02-10", notice="2025-04-01", decision="2025-04-18"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion="一般", completeness="complete",
    notes="Fine = 二倍 of the 货值 floor: 货值 38600元 is below 5万 so 按五万元计算 → 100000元 (a naive 2×38600 = 77200 would be wrong). 没收违法所得 1632元 in the same sentence as 罚款. The 药品经营许可证编号 is not a credit code. 2025 decision by a provincial department: 复议 to 河南省人民政府; court not named.",
    defects_observed=[])

# =============================================================== 23
doc("23_公安.txt", "公安（出入境）", "行政处罚决定书",
    "invented by writer 94; imitates a county 公安局 出入境 decision (not 治安) with a per-person fine",
    """义乌市公安局
行政处罚决定书
义公（出入境）行罚决字〔2024〕00123号

违法单位：义乌市璟行进出口有限公司
统一社会信用代码：@@C23@@
法定代表人：陈**
单位地址：浙江省义乌市稠城街道宾王路168号

现查明：2024年3月至4月，违法单位聘用未取得工作许可和工作类居留证件的外国人3名，在其公司从事外贸翻译和业务联络工作。2024年4月16日，义乌市公安局出入境管理大队民警在检查中发现上述情况。
以上事实有违法单位法定代表人陈述、外国人的陈述、劳务记录、工资发放记录、现场照片等证据证实。
2024年4月29日，本局依法告知违法单位拟作出行政处罚决定的事实、理由及依据，并告知其依法享有陈述权、申辩权和要求听证的权利，违法单位未提出。
违法单位的行为违反了《中华人民共和国出境入境管理法》第四十一条的规定。根据《中华人民共和国出境入境管理法》第八十条第三款之规定，现决定对违法单位处罚款人民币叁万元（每非法聘用一人处一万元）。
执行方式和期限：自收到本决定书之日起十五日内到义乌农商银行各营业网点缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款总额不超出罚款数额。
如不服本决定，可以在收到本决定书之日起六十日内向义乌市人民政府申请行政复议或者在六个月内依法向义乌市人民法院提起行政诉讼。
附：非法聘用外国人名单（略）

义乌市公安局
2024年5月8日
一式三份，被处罚单位、执行单位各一份，一份附卷。
""",
    doc_type="行政处罚决定书", agency="义乌市公安局", doc_number="义公（出入境）行罚决字〔2024〕00123号",
    party="义乌市璟行进出口有限公司", credit_code="@@C23@@",
    cited_articles=[cit("《中华人民共和国出境入境管理法》", 41, None, None, "violated"),
                    cit("《中华人民共和国出境入境管理法》", 80, 3, None, "penalty")],
    fine_yuan=30000, confiscation_yuan=None,
    dates=dates(notice="2024-04-29", decision="2024-05-08", inspection="2024-04-16"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    notes="公安 but not 治安: 出境入境管理法 非法聘用外国人. 文号 contains a bracketed department tag （出入境） before 行罚决字. Per-person fine 3人 × 1万元 = 叁万元 (capitals only; '一万元' is the unit rate). The discovering unit (出入境管理大队) is not the deciding agency. 加处罚款 without citing an article. 2024 decision: 复议 to 义乌市人民政府.",
    defects_observed=[])

# =============================================================== 24
doc("24_市场监管.txt", "市场监管", "行政处罚信息（国家企业信用信息公示系统，个体工商户，当场处罚）",
    "invented by writer 94; imitates a 国家企业信用信息公示系统 个体工商户 page with a 当场行政处罚决定书 (警告 only)",
    """国家企业信用信息公示系统
回民区老马家面馆
统一社会信用代码：@@C24@@
类型：个体工商户　　组成形式：个人经营
经营者：马**
经营场所：内蒙古自治区呼和浩特市回民区通道北路66号底店
注册日期：2019年05月20日
登记机关：呼和浩特市回民区市场监督管理局
登记状态：存续（在营、开业、在册）
行政处罚信息
序号 | 决定书文号 | 违法行为类型 | 行政处罚内容 | 决定机关名称 | 处罚决定日期 | 公示日期 | 详情
1 | 回市监当罚〔2026〕0021号 | 安排未取得健康证明的人员从事接触直接入口食品的工作 | 警告 | 呼和浩特市回民区市场监督管理局 | 2026年01月13日 | 2026年01月16日 | 查看
详情
当场行政处罚决定书
回市监当罚〔2026〕0021号
当事人：回民区老马家面馆（经营者：马**，身份证号：@@ID24@@）
违法事实：2026年1月13日10时20分，执法人员在当事人经营场所检查时发现，当事人后厨2名从事面食加工的从业人员未取得健康证明即上岗工作。
处罚依据：当事人的行为违反了《中华人民共和国食品安全法》第四十五条第二款，依据《中华人民共和国食品安全法》第一百二十六条第一款第（六）项、《中华人民共和国行政处罚法》第五十一条的规定，适用简易程序。
处罚内容：责令立即改正，给予警告。
当事人如不服本决定，可以在收到本决定书之日起六十日内向呼和浩特市回民区人民政府申请行政复议，或者在六个月内向呼和浩特市回民区人民法院提起行政诉讼。
执法人员（签名）：张某 执法证号：15010326001；李某 执法证号：15010326017
当事人（签名）：马**　　2026年1月13日
呼和浩特市回民区市场监督管理局（印章）
""",
    doc_type="当场行政处罚决定书", agency="呼和浩特市回民区市场监督管理局", doc_number="回市监当罚〔2026〕0021号",
    party="回民区老马家面馆", credit_code="@@C24@@",
    cited_articles=[cit("《中华人民共和国食品安全法》", 45, 2, None, "violated"),
                    cit("《中华人民共和国食品安全法》", 126, 1, 6, "penalty"),
                    cit(SPL, 51, None, None, "other", "2021 numbering: 简易程序")],
    fine_yuan=None, confiscation_yuan=None,
    dates=dates(decision="2026-01-13", service="2026-01-13", violation="2026-01-13", publication="2026-01-16"),
    remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
    procedure="简易",
    notes="警告 only, no fine (fine_yuan null). 个体工商户 page: 注册日期 2019-05-20 and 公示日期 2026-01-16 are not the decision date. 当场 decision: decided and served on the spot the same day (party signature dated 2026年1月13日). 行政处罚法第五十一条 here is the 2021 简易程序 article, not the pre-2021 加处罚款 article with the same number. ID masked keeping only 3+4 characters. 执法证号 are 11-digit numbers, not IDs.",
    defects_observed=[])


# ---------------------------------------------------------------- write
KEY_ORDER = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
             "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
             "notes", "defects_observed"]


def fill_obj(o):
    if isinstance(o, str):
        return fill(o)
    if isinstance(o, list):
        return [fill_obj(x) for x in o]
    if isinstance(o, dict):
        return {k: fill_obj(v) for k, v in o.items()}
    return o


def main():
    assert len(DOCS) == 24
    lines = []
    for fname, domain, htype, source, text, label in DOCS:
        body = fill(text)
        content = "source: %s\ndomain: %s\ndoc_type: %s\n---\n%s" % (source, domain, htype, body)
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        lab = fill_obj(dict(label))
        rec = {"file": fname}
        for k in KEY_ORDER[1:]:
            rec[k] = lab.pop(k)
        rec.update(lab)  # optional extras after the standard keys
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d files + labels.jsonl" % len(DOCS))


if __name__ == "__main__":
    main()
