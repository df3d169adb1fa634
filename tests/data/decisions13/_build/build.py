#!/usr/bin/env python3
"""Build the decisions13 corpus: 24 invented administrative-penalty decisions + labels.jsonl.

Written by writer 81. Everything (parties, people, numbers, 文号) is invented; agencies use real
place names. Run from anywhere:  python3 _build/build.py   (writes into the parent folder).
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- check-digit helpers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    """GB 11714 check character of an 8-character organisation code body."""
    s = 0
    for ch, w in zip(body8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(kind2, region6, body8):
    """GB 32100 code: registration-authority+kind (2) + region (6) + org code (8+1) + check."""
    s17 = kind2 + region6 + body8 + org_check(body8)
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(s17, USCC_W))
    c = 31 - total % 31
    return s17 + USCC_CHARS[0 if c == 31 else c]


def orgcode(body8):
    return body8 + "-" + org_check(body8)


def idnum(region6, birth8, seq3):
    s17 = region6 + birth8 + seq3
    return s17 + "10X98765432"[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def regno15(first14):
    """15-digit 工商注册号 with its ISO 7064 MOD 11,10 check digit (GB/T 17710)."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return first14 + str((11 - p) % 10)


def mask(full, head, tail, star="*"):
    return full[:head] + star * (18 - head - tail) + full[18 - tail:]


# ---------------------------------------------------------------- invented identifiers
C = {
    "hz_tea": uscc("92", "330102", "MA2CF7R3"),
    "hz_agency": uscc("11", "330102", "MB169522"),
    "sz_hengrui": uscc("91", "320506", "MA1WQ8K5"),
    "sz_agency": uscc("11", "320500", "01432758"),
    "fs_xiaotong": uscc("92", "440605", "MA52H6T1"),
    "cd_logistics": uscc("91", "510114", "MA6CU3E8"),
    "wf_xintai": uscc("91", "370704", "69540128"),
    "xm_jiahang": uscc("91", "350203", "MA2Y7LQ9"),
    "cs_jianshe": uscc("91", "430100", "18377206"),
    "tj_fushi": uscc("92", "120111", "MA06D2J4"),
    "dg_hotel": uscc("91", "441900", "MA4UK7B2"),
    "yc_xincai": uscc("91", "420500", "MA49C3P6"),
    "gx_none": None,
    "xd_agency": uscc("11", "510114", "MB0X4721"),
    "nj_yiyao": uscc("91", "320106", "13480675"),
    "sz_changxin": uscc("91", "440306", "MA5DN0H7"),
    "sz_gyl": uscc("91", "440300", "MA5GT2W8"),
    "hz_kitchen": uscc("92", "330105", "MA8B1X04"),
    "hz_kitchen_agency": uscc("11", "330105", "MB1C7783"),
    "fx_none": None,
}
# a deliberately wrong check character (case 07: the error the correction notice fixes)
_good = C["xm_jiahang"]
BAD_XM = _good[:-1] + ("1" if _good[-1] != "1" else "2")
EXPECT_INVALID = [BAD_XM]

REG = {
    "zk_tobacco": regno15("41162360012" + "078"),
    "yh_factory": regno15("33018400012" + "736"),
    "lj_travel": regno15("53070000001" + "562"),
}
ORG = {
    "yh_factory": orgcode("70426815"),
    "lj_travel": orgcode("58261937"),
}
# natural persons: full numbers exist only here; files carry masked forms
IDS = {
    "fs_liang": idnum("440682", "19870316", "202"),
    "wf_sun": idnum("370704", "19720908", "151"),
    "gx_wei": idnum("452228", "19680412", "031"),
    "gx_lan": idnum("452228", "19750721", "044"),
    "tj_zhao": idnum("120111", "19790125", "332"),
    "zk_li": idnum("411623", "19820617", "453"),
    "nb_hu": idnum("330226", "19850302", "271"),
    "fx_zhang": idnum("340123", "19660914", "515"),
    "cd_he": idnum("513029", "19710405", "398"),
    "lj_he": idnum("530702", "19800829", "017"),
    "dc_yu": idnum("360428", "19690111", "236"),
    "yx_lin1": idnum("350426", "19630502", "011"),
    "yx_lin2": idnum("350426", "19880915", "033"),
    "zjg_zhou": idnum("320582", "19830620", "441"),
    "hz_ma": idnum("330105", "19900718", "262"),
}
M = {
    "fs_liang": mask(IDS["fs_liang"], 4, 4),
    "wf_sun": mask(IDS["wf_sun"], 6, 4),
    "gx_wei": mask(IDS["gx_wei"], 6, 4),
    "gx_lan": mask(IDS["gx_lan"], 6, 4),
    "tj_zhao": mask(IDS["tj_zhao"], 6, 2),
    "zk_li": mask(IDS["zk_li"], 6, 4),
    "nb_hu": mask(IDS["nb_hu"], 3, 3),
    "fx_zhang": mask(IDS["fx_zhang"], 6, 4),
    "cd_he": mask(IDS["cd_he"], 6, 4, "X"),
    "lj_he": mask(IDS["lj_he"], 4, 4),
    "dc_yu": mask(IDS["dc_yu"], 6, 4),
    "yx_lin1": mask(IDS["yx_lin1"], 6, 4),
    "yx_lin2": mask(IDS["yx_lin2"], 6, 4),
    "zjg_zhou": mask(IDS["zjg_zhou"], 6, 4),
    "hz_ma": mask(IDS["hz_ma"], 4, 4),
}

LAW = {
    "APL": "《中华人民共和国行政处罚法》",
    "PRICE": "《中华人民共和国价格法》",
    "PRICE_RULE": "《价格违法行为行政处罚规定》",
    "MBJ": "《明码标价和禁止价格欺诈规定》",
    "SOLID": "《中华人民共和国固体废物污染环境防治法》",
    "ROAD": "《中华人民共和国道路运输条例》",
    "SAFE": "《中华人民共和国安全生产法》",
    "LAND": "《中华人民共和国土地管理法》",
    "LAND_REG": "《中华人民共和国土地管理法实施条例》",
    "TAX": "《中华人民共和国税收征收管理法》",
    "CONSTR": "《建设工程安全生产管理条例》",
    "FOOD": "《中华人民共和国食品安全法》",
    "FIRE": "《中华人民共和国消防法》",
    "TOB_REG": "《中华人民共和国烟草专卖法实施条例》",
    "PERMIT": "《排污许可管理条例》",
    "ENV": "《中华人民共和国环境保护法》",
    "PLAN": "《中华人民共和国城乡规划法》",
    "AGRI": "《中华人民共和国农产品质量安全法》",
    "MED_REG": "《医疗机构管理条例》",
    "TOUR": "《中华人民共和国旅游法》",
    "WATER": "《中华人民共和国水法》",
    "CUSTOMS": "《中华人民共和国海关法》",
    "CUSTOMS_REG": "《中华人民共和国海关行政处罚实施条例》",
    "DRUG": "《中华人民共和国药品管理法》",
    "LABOUR": "《中华人民共和国劳动法》",
    "LSI": "《劳动保障监察条例》",
    "FOREST": "《中华人民共和国森林法》",
    "TRAFFIC": "《中华人民共和国道路交通安全法》",
    "AIR": "《中华人民共和国大气污染防治法》",
}


def cite(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": LAW.get(law, law), "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


CASES = []


def case(**kw):
    CASES.append(kw)

# ================================================================ 01 信用中国 table only
case(
    file="01_市场监管.txt", domain="市场监管", doc_type="行政处罚信息（信用中国公示记录）",
    source="invented by writer 81; imitates a 信用中国 (creditchina) 行政处罚信息 detail page, 2019 layout",
    text=f"""信用中国
首页 > 信用信息 > 双公示 > 行政处罚
【行政处罚】杭州市上城区鸿禧茶叶店

行政相对人名称：杭州市上城区鸿禧茶叶店
行政相对人类别：个体工商户
行政相对人代码_1(统一社会信用代码)：{C['hz_tea']}
行政相对人代码_2(工商注册号)：
行政相对人代码_3(组织机构代码)：
法定代表人：
法定代表人证件类型：
法定代表人证件号码：
处罚决定书文号：杭上市监罚处〔2019〕118号
违法行为类型：违反明码标价规定
违法事实：当事人于2019年6月起在其经营场所销售散装绿茶、红茶等11个品种的茶叶，未按规定标明品名、产地、计价单位和价格，至2019年7月22日被检查时止，未能提供违法所得的证据。
处罚依据：《中华人民共和国价格法》第十三条第一款、第四十二条，《价格违法行为行政处罚规定》第十三条第(一)项
处罚类别：罚款
处罚内容：责令改正；罚款人民币贰仟元整。
罚款金额(万元)：0.2
没收违法所得、没收非法财物的金额(万元)：0
暂扣或吊销证照名称及编号：
处罚决定日期：2019/08/14
处罚有效期：2020/08/14
公示截止期：2022/08/14
处罚机关：杭州市上城区市场监督管理局
处罚机关统一社会信用代码：{C['hz_agency']}
数据来源：杭州市上城区市场监督管理局
数据来源单位统一社会信用代码：{C['hz_agency']}
备注：

信用服务 | 信用修复 | 异议申诉
主办单位：国家发展和改革委员会 国家公共信用信息中心
""",
    label=dict(
        doc_type="行政处罚信息（信用中国公示记录）", agency="杭州市上城区市场监督管理局",
        doc_number="杭上市监罚处〔2019〕118号", party="杭州市上城区鸿禧茶叶店", credit_code=C["hz_tea"],
        cited_articles=[cite("PRICE", 13, 1), cite("PRICE", 42, None, None, "penalty"),
                        cite("PRICE_RULE", 13, None, 1, "penalty")],
        fine_yuan=2000, confiscation_yuan=None,
        dates={"filing": None, "notice": None, "decision": "2019-08-14", "service": None,
               "inspection": "2019-07-22"},
        remedy_days=None, discretion=None, completeness="summary",
        notes="A credit-page record, not the decision itself: no decision text, no remedy clause (completeness 'summary': fields are absent because of the format, not cut off). Fine given twice: 罚款人民币贰仟元整 in 处罚内容 and 0.2 in the 罚款金额(万元) column (万元 unit). 没收…金额(万元)：0 is the page's default for 'none' → confiscation_yuan null. Dates written 2019/08/14; 处罚有效期 2020/08/14 and 公示截止期 are publication dates, not the decision date. The page carries two credit codes: the party's and the agency's (处罚机关统一社会信用代码, 11…); credit_code is the party's. Violated = 价格法第十三条第一款; penalty = 价格法第四十二条 + 价格违法行为行政处罚规定第十三条第(一)项 (ASCII parentheses). 2019: 行政处罚法 2017 numbering (not cited here).",
        defects_observed=[],
    ),
    fine_ev=["贰仟元整"], conf_ev=[],
)

# ================================================================ 02 信用中国 header + full decision, 双 headers
case(
    file="02_生态环境.txt", domain="生态环境", doc_type="行政处罚决定书（信用中国页面附全文）",
    source="invented by writer 81; imitates a 信用中国 行政处罚 record followed by the decision text pasted by the data source",
    text=f"""行政处罚信息
行政相对人名称	苏州恒锐精密电子有限公司
行政相对人代码	{C['sz_hengrui']}
处罚决定书文号	苏环行罚字〔2022〕05第086号
处罚类别	罚款
处罚决定日期	2022-06-16
罚款金额（万元）	10.000000
处罚机关	苏州市生态环境局
数据来源	江苏省公共信用信息中心
——————————————————————————————
附：行政处罚决定书全文

苏州市生态环境局
行政处罚决定书
苏环行罚字〔2022〕05第086号

当事人：苏州恒锐精密电子有限公司
统一社会信用代码：{C['sz_hengrui']}
法定代表人：陈某某
地址：苏州市吴中区木渎镇金枫南路1258号
联系人及电话：顾某某，0512-6652****

一、环境违法事实和证据
2022年4月12日，我局执法人员对你公司进行现场检查，发现你公司危险废物贮存库内存放的废切削液（HW09）约2.6吨、废活性炭（HW49）约0.8吨，其包装容器及贮存场所均未按照规定设置危险废物识别标志。
我局于2022年4月20日对你公司上述行为立案调查。
以上事实，有《现场检查（勘察）笔录》、《调查询问笔录》、现场照片9张、危险废物管理台账复印件、你公司营业执照复印件等证据为凭。
你公司上述行为违反了《中华人民共和国固体废物污染环境防治法》第七十七条的规定。
2022年5月9日，我局以《行政处罚事先（听证）告知书》（苏环罚告字〔2022〕05第071号）告知你公司拟作出行政处罚的事实、理由、依据和处罚内容，以及你公司享有的陈述、申辩和要求听证的权利。你公司于2022年5月13日提交书面陈述申辩材料，称已于检查当日完成整改，请求免予处罚，未要求听证。我局经复核认为，你公司的整改情况已在裁量中予以考虑，但不符合不予处罚的条件，对免予处罚的意见不予采纳。

二、行政处罚的依据、种类及其履行方式、期限
依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（一）项、第二款“有前款第一项……行为之一，处十万元以上一百万元以下的罚款”的规定，参照《江苏省生态环境行政处罚裁量基准规定》，鉴于你公司系初次违法，且在检查当日即完成整改，我局决定对你公司从轻处罚如下：
罚款人民币壹拾万元整（¥100,000.00）。
限你公司自收到本决定书之日起十五日内，到指定银行缴纳罚款。逾期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。

三、申请复议或者提起诉讼的途径和期限
如不服本处罚决定，可在收到本决定书之日起六十日内向江苏省生态环境厅或者苏州市人民政府申请行政复议，也可以在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。

苏州市生态环境局
2022年6月16日
（本页盖章）
""",
    label=dict(
        doc_type="行政处罚决定书", agency="苏州市生态环境局", doc_number="苏环行罚字〔2022〕05第086号",
        party="苏州恒锐精密电子有限公司", credit_code=C["sz_hengrui"],
        cited_articles=[cite("SOLID", 77), cite("SOLID", 112, 1, 1, "penalty"), cite("SOLID", 112, 2, None, "penalty"),
                        cite("《江苏省生态环境行政处罚裁量基准规定》", None, None, None, "other", "discretion benchmark, cited by name only"),
                        cite("APL", 72, 1, 1, "other")],
        fine_yuan=100000, confiscation_yuan=None,
        dates={"filing": "2022-04-20", "notice": "2022-05-09", "decision": "2022-06-16", "service": None,
               "inspection": "2022-04-12", "statement": "2022-05-13"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion="从轻", completeness="complete",
        notes="Two layers: a tab-separated 信用中国 record (罚款金额（万元） 10.000000) then the full decision. 文号 has a district segment after the year: 苏环行罚字〔2022〕05第086号; the 告知书 number 苏环罚告字〔2022〕05第071号 is a different document. The quoted 第二款 text contains '十万元以上一百万元以下' — the range, not the fine. Fine is at the statutory minimum and the text says 从轻 (grounds: 初次违法, 当日整改). Pre-2024 dual review channel (江苏省生态环境厅 or 苏州市人民政府) is correct for 2022. Phone number partly masked with ****.",
        defects_observed=["DISC-01 (borderline): fine at the statutory minimum; grounds are stated (初次违法、当日整改) so a reviewer would likely accept it"],
    ),
    fine_ev=["壹拾万元整"], fine_alt=["¥100,000.00"], conf_ev=[],
)

# ================================================================ 03 不予行政处罚决定书 (首违不罚)
case(
    file="03_市场监管.txt", domain="市场监管", doc_type="不予行政处罚决定书",
    source="invented by writer 81; imitates a district 市场监管 不予行政处罚决定书 published on a government site",
    text=f"""佛山市南海区市场监督管理局
不予行政处罚决定书

佛南市监不罚〔2023〕27号

当事人：佛山市南海区桂城晓桐日用品商行
主体资格证照名称：营业执照
统一社会信用代码：{C['fs_xiaotong']}
住所：佛山市南海区桂城街道南海大道北88号首层之三
经营者：梁某某
身份证件号码：{M['fs_liang']}

2023年3月7日，本局执法人员对当事人经营场所进行日常检查，发现当事人货架上陈列销售的洗发水、牙膏、洗衣液等共计14种商品未标示价格。本局于2023年3月9日对当事人立案调查。
经查，当事人于2023年2月下旬更换货架后未及时重新摆放价签，上述14种商品自更换货架至被检查时未标示价格，期间按原价销售，未发现在标价之外加价或者收取未予标明费用的情形。检查当日，当事人已为上述商品全部补标价签。
上述事实，有现场笔录、现场照片、询问笔录、当事人营业执照复印件及经营者身份证复印件等证据证明。
本局认为，当事人的上述行为违反了《中华人民共和国价格法》第十三条第一款和《明码标价和禁止价格欺诈规定》第五条第一款的规定，属于不按规定明码标价的行为。依据《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条第（一）项，对该行为可以责令改正，没收违法所得，可以并处5000元以下的罚款。
鉴于当事人系初次违法，违法行为持续时间短、涉及商品数量少，未造成危害后果，且在检查当日即已改正，符合《中华人民共和国行政处罚法》第三十三条第一款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定。根据《中华人民共和国行政处罚法》第三十三条第一款、第三款的规定，本局决定对当事人不予行政处罚。
本局已于2023年4月18日对当事人进行了法治宣传教育，当事人书面承诺今后严格执行明码标价规定。
当事人如不服本决定，可以在收到本决定书之日起六十日内向佛山市南海区人民政府或者佛山市市场监督管理局申请行政复议；也可以在收到本决定书之日起六个月内依法向佛山市南海区人民法院提起行政诉讼。

佛山市南海区市场监督管理局
2023年4月18日
""",
    label=dict(
        doc_type="不予行政处罚决定书", agency="佛山市南海区市场监督管理局", doc_number="佛南市监不罚〔2023〕27号",
        party="佛山市南海区桂城晓桐日用品商行", credit_code=C["fs_xiaotong"],
        cited_articles=[cite("PRICE", 13, 1), cite("MBJ", 5, 1),
                        cite("PRICE", 42, None, None, "other", "penalty provision quoted for the range only; not applied"),
                        cite("PRICE_RULE", 13, None, 1, "other", "penalty provision quoted for the range only; not applied"),
                        cite("APL", 33, 1, None, "other", "basis of 不予处罚 (首违不罚)"),
                        cite("APL", 33, 3, None, "other", "教育")],
        fine_yuan=None, confiscation_yuan=None,
        dates={"filing": "2023-03-09", "notice": None, "decision": "2023-04-18", "service": None,
               "inspection": "2023-03-07"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion="不予处罚", completeness="complete",
        notes="不予行政处罚: no penalty imposed; '5000元以下的罚款' is the statutory range of the provisions quoted, not a fine → fine_yuan null. The penalty articles are cited only to describe what the law allows, so their role is 'other', not 'penalty'. Party is a 个体工商户 (92… code) with a masked ID of the 经营者 (first 4 and last 4 digits shown). Education is recorded (第三十三条第三款). Mixed: 5000元 Arabic inside an otherwise Chinese-numeral document.",
        defects_observed=[],
    ),
    fine_ev=[], conf_ev=[],
)

# ================================================================ 04 不予处罚 (轻微并及时改正) 交通运输, web page box
case(
    file="04_交通运输.txt", domain="交通运输", doc_type="不予行政处罚决定书",
    source="invented by writer 81; imitates a 政府信息公开 page with an 索引号 box above a 交通运输 不予处罚决定书",
    text=f"""索 引 号：{C['xd_agency']}/2024-00583    主题分类：交通
发布机构：成都市新都区交通运输局    成文日期：2024-06-04
标    题：不予行政处罚决定书（新都交不罚〔2024〕第0006号）
发布日期：2024-06-07    有效性：有效
【打印】【关闭】

成都市新都区交通运输局
不予行政处罚决定书
新都交不罚〔2024〕第0006号

当事人：成都顺捷达物流有限公司
统一社会信用代码：{C['cd_logistics']}
住所：四川省成都市新都区大丰街道蓉都大道天河路388号
法定代表人：何某

2024年5月13日9时40分，我局执法人员在成都市新都区物流大道检查时发现，当事人所属川A·7K2Q9号重型厢式货车的车辆综合性能检测有效期已于2024年5月1日届满，至检查时逾期12日未进行检测。我局于2024年5月15日立案调查。
经查，当事人因车辆管理人员离职交接疏漏，未按规定对该车进行定期检测；该车逾期期间未发生交通事故。当事人于2024年5月16日完成检测，检测结论为合格，并提交了整改报告。
以上事实有现场笔录、询问笔录、车辆检测报告、道路运输证复印件等证据证实。
当事人的行为违反了《中华人民共和国道路运输条例》第三十条的规定，依据该条例第六十九条第一款，应责令改正，处1000元以上5000元以下的罚款。
鉴于当事人违法行为轻微，已及时改正，没有造成危害后果，根据《中华人民共和国行政处罚法》第三十三条第一款的规定，我局决定不予行政处罚，并已对当事人进行教育。
如不服本决定，可以自收到本决定书之日起六十日内向成都市新都区人民政府申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。

成都市新都区交通运输局
2024年6月4日

附件下载：不予行政处罚决定书.pdf
""",
    label=dict(
        doc_type="不予行政处罚决定书", agency="成都市新都区交通运输局", doc_number="新都交不罚〔2024〕第0006号",
        party="成都顺捷达物流有限公司", credit_code=C["cd_logistics"],
        cited_articles=[cite("ROAD", 30), cite("ROAD", 69, 1, None, "other", "range quoted; not applied"),
                        cite("APL", 33, 1, None, "other", "不予处罚: 轻微并及时改正、无危害后果 (mandatory limb)")],
        fine_yuan=None, confiscation_yuan=None,
        dates={"filing": "2024-05-15", "notice": None, "decision": "2024-06-04", "service": None,
               "inspection": "2024-05-13", "published": "2024-06-07"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion="不予处罚", completeness="complete",
        notes="Gov-site page: 索引号 box carries the agency's own 11… code (not the party's), 成文日期 2024-06-04 (= decision) and 发布日期 2024-06-07 (publication, not decision). 文号 appears in the page title and in the body. 道路运输条例 cited in its 2023 text (第三十条 / 第六十九条第一款); '1000元以上5000元以下' is the range, not a fine. 2024 decision → 复议 to 成都市新都区人民政府 only (post-2024 rule). Plate number 川A·7K2Q9 with a middle dot.",
        defects_observed=[],
    ),
    fine_ev=[], conf_ev=[],
)

# ================================================================ 05 双罚 应急管理: unit + principal
case(
    file="05_应急管理.txt", domain="应急管理", doc_type="行政处罚决定书（单位及主要负责人）",
    source="invented by writer 81; imitates an 应急管理 publication that puts the unit's and the principal's decisions in one post",
    text=f"""潍坊市坊子区应急管理局
行政处罚决定书（单位）
（坊）应急罚〔2023〕17号

被处罚单位：潍坊鑫泰机械制造有限公司
地址：山东省潍坊市坊子区凤凰街道北海路3366号
统一社会信用代码：{C['wf_xintai']}
法定代表人：孙某某　　职务：执行董事兼总经理

违法事实及证据：2023年2月14日9时20分许，你单位喷涂车间一名作业人员在清理输送链时被卷入设备，经抢救无效死亡，直接经济损失约136万元。经潍坊市坊子区人民政府批复的事故调查报告认定，该事故是一起一般生产安全事故，你单位未对新入职作业人员进行安全生产教育和培训即安排其上岗作业，对事故发生负有责任。我局于2023年4月20日立案调查。
以上事实有事故调查报告及批复、询问笔录、培训档案、劳动合同、现场照片等证据证实。
你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定，依据《中华人民共和国安全生产法》第一百一十四条第一款第（一）项的规定，我局于2023年5月15日向你单位送达了《行政处罚告知书》（（坊）应急告〔2023〕17号），告知你单位享有陈述、申辩和要求听证的权利，你单位在法定期限内未提出陈述、申辩，未要求听证。
根据《中华人民共和国安全生产法》第一百一十四条第一款第（一）项的规定，决定给予你单位以下行政处罚：罚款人民币叁拾伍万元整（¥350000）。

行政处罚决定书（个人）
（坊）应急罚〔2023〕18号

被处罚人：孙某某　　性别：男　　身份证号码：{M['wf_sun']}
工作单位：潍坊鑫泰机械制造有限公司　　职务：执行董事兼总经理（主要负责人）

违法事实及证据：你作为潍坊鑫泰机械制造有限公司主要负责人，未组织制定并实施本单位安全生产教育和培训计划，导致2023年2月14日一般生产安全事故的发生。以上事实有事故调查报告、询问笔录、你单位2022年度工资发放明细等证据证实。
你的上述行为违反了《中华人民共和国安全生产法》第二十一条第（三）项的规定，依据《中华人民共和国安全生产法》第九十五条第（一）项的规定，按你2022年度年收入人民币12.6万元的百分之四十计算，决定给予你以下行政处罚：罚款人民币伍万零肆佰元整（¥50400）。

（以下两份决定书共用）
罚款自收到本决定书之日起15日内缴至潍坊市财政局非税收入汇缴专户。逾期不缴纳的，每日按罚款数额的3%加处罚款，加处罚款的数额不得超出罚款的数额。
如不服本决定，可以在收到本决定书之日起60日内向潍坊市坊子区人民政府或者潍坊市应急管理局申请行政复议，或者在6个月内依法向潍坊市坊子区人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。

潍坊市坊子区应急管理局
2023年6月2日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="潍坊市坊子区应急管理局", doc_number="（坊）应急罚〔2023〕17号",
        party="潍坊鑫泰机械制造有限公司", credit_code=C["wf_xintai"],
        cited_articles=[cite("SAFE", 28, 1), cite("SAFE", 114, 1, 1, "penalty"),
                        cite("SAFE", 21, None, 3, "violated", "principal (second decision)"),
                        cite("SAFE", 95, None, 1, "penalty", "principal (second decision)")],
        fine_yuan=400400, confiscation_yuan=None,
        dates={"filing": "2023-04-20", "notice": "2023-05-15", "decision": "2023-06-02", "service": None,
               "violation": "2023-02-14"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        related_doc_numbers=["（坊）应急罚〔2023〕18号", "（坊）应急告〔2023〕17号"],
        notes="双罚: two decisions in one post, unit (（坊）应急罚〔2023〕17号, 350000) and its principal 孙某某 (〔2023〕18号, 50400 = 40% of 12.6万元 annual income). fine_yuan is the total 400400; party/credit_code/doc_number are the unit's. The principal's 12.6万元 income is a base for the calculation, not a fine. The 告知书 number （坊）应急告〔2023〕17号 shares the serial with the decision. Full-width ideographic spaces separate fields on one line. The 2023-02-14 date is the accident (violation), 2023-05-15 is service of the 告知书.",
        defects_observed=[],
    ),
    fine_ev=["叁拾伍万元整", "伍万零肆佰元整"], conf_ev=[],
)

# ================================================================ 06 自然资源: two natural persons jointly
case(
    file="06_自然资源.txt", domain="自然资源", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a county 自然资源局 decision on two joint parties",
    text=f"""都安瑶族自治县自然资源局
行 政 处 罚 决 定 书
都自然资罚〔2021〕43号

当事人（一）：韦某某，男，1968年4月出生，身份证号码：{M['gx_wei']}，住址：广西都安瑶族自治县安阳镇大兴社区***号。
当事人（二）：蓝某某，女，1975年7月出生，身份证号码：{M['gx_lan']}，住址：同上。

当事人韦某某、蓝某某未经批准非法占用土地一案，经本局调查，现已调查终结。
一、违法事实和证据
经查，2021年9月20日起，当事人韦某某、蓝某某未经批准，共同在都安瑶族自治县安阳镇大兴社区那样屯（地类为旱地，不属于永久基本农田）浇筑地基、搭建砖混结构房屋一栋，占用土地面积286.4平方米。经比对，该地块不符合都安瑶族自治县土地利用总体规划。本局于2021年9月28日立案调查。
上述事实有：1.询问笔录3份；2.现场勘测笔录及勘测定界图1份；3.现场照片6张；4.土地利用总体规划图斑比对说明1份；5.当事人身份证复印件2份。
当事人的上述行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。
2021年10月22日，本局向当事人送达了《行政处罚告知书》，当事人在规定期限内未提出陈述、申辩，亦未要求听证。
二、行政处罚的依据和种类
依据《中华人民共和国土地管理法》第七十七条第一款及《中华人民共和国土地管理法实施条例》第五十七条第一款的规定，本局决定：
1、责令当事人退还非法占用的286.4平方米土地；
2、限当事人自收到本决定书之日起30日内自行拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；
3、对当事人韦某某、蓝某某共同处以罚款，按每平方米100元计，罚款人民币贰万捌仟陆佰肆拾元（¥28640元）。
三、履行方式和期限
当事人应当自收到本决定书之日起十五日内，将罚款缴至都安瑶族自治县非税收入专户。逾期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定每日按罚款数额的百分之三加处罚款。
四、救济途径和期限
当事人如对本处罚决定不服，可以在收到本决定书之日起六十日内向都安瑶族自治县人民政府或者河池市自然资源局申请行政复议，或者在六个月内直接向都安瑶族自治县人民法院提起行政诉讼。

都安瑶族自治县自然资源局
2021年11月15日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="都安瑶族自治县自然资源局", doc_number="都自然资罚〔2021〕43号",
        party="韦某某、蓝某某", credit_code=None,
        cited_articles=[cite("LAND", 44, 1), cite("LAND", 77, 1, None, "penalty"), cite("LAND_REG", 57, 1, None, "penalty"),
                        cite("APL", 72, 1, 1, "other")],
        fine_yuan=28640, confiscation_yuan=None,
        dates={"filing": "2021-09-28", "notice": "2021-10-22", "decision": "2021-11-15", "service": None,
               "violation": "2021-09-20"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        notes="Two natural persons as joint parties (party label joins them as written: 韦某某、蓝某某); IDs masked 6+8+4. One joint fine, not one each: 286.4平方米 × 100元 = 28640 ('¥28640元' mixes ¥ and 元). 100元/㎡ is the rate, 286.4 the area, 30日 the demolition deadline — none is a fine. Violation started 2021-09-20, after the 2021 土地管理法实施条例 took effect (2021-09-01), so its 100–1000元/㎡ band is the one in force (no 从旧兼从轻 issue). Title letter-spaced (行 政 处 罚 决 定 书). Fine is the statutory minimum rate but no 从轻 is claimed → discretion null.",
        defects_observed=["DISC-01: fine at the statutory minimum (100元/㎡) with no stated grounds"],
    ),
    fine_ev=["贰万捌仟陆佰肆拾元"], conf_ev=[],
)

# ================================================================ 07 税务: correction of an earlier decision
case(
    file="07_税务.txt", domain="税务", doc_type="税务行政处罚决定更正通知书",
    source="invented by writer 81; imitates a 税务 notice correcting clerical errors in a served decision",
    text=f"""国家税务总局厦门市思明区税务局
税务行政处罚决定更正通知书

厦思税更〔2020〕3号

厦门嘉航进出口贸易有限公司：
（纳税人识别号：{C['xm_jiahang']}）

我局于2020年6月19日作出、2020年6月23日送达你单位的《税务行政处罚决定书》（厦思税罚〔2020〕118号）认定：你单位2019年1月至2019年12月在帐簿上少列销售收入，少缴增值税25,000.00元，违反了《中华人民共和国税收征收管理法》第六十三条第一款的规定，构成偷税；依据《中华人民共和国税收征收管理法》第六十三条第一款的规定，除追缴税款、滞纳金外，对你单位处少缴税款百分之五十的罚款。
经复查，原决定书存在以下文字错误，依据《中华人民共和国行政处罚法》第五十四条第二款的规定，现更正如下：
一、原决定书首部“纳税人识别号：{BAD_XM}”，更正为“纳税人识别号：{C['xm_jiahang']}”。
二、原决定书第二项“对你单位少缴的增值税25,000.00元处百分之五十的罚款，计贰万贰仟伍佰元（¥12,500.00）”，更正为“对你单位少缴的增值税25,000.00元处百分之五十的罚款，计壹万贰仟伍佰元（¥12,500.00）”。
原决定书其他内容不变。本次更正不改变原决定认定的违法事实、适用依据和处罚数额，罚款缴纳期限仍按原决定书执行。
你单位对本通知不服的，可以自收到本通知之日起六十日内依法向国家税务总局厦门市税务局申请行政复议，或者自收到本通知之日起六个月内依法向人民法院起诉。

国家税务总局厦门市思明区税务局（印章）
二〇二〇年七月八日
""",
    label=dict(
        doc_type="税务行政处罚决定更正通知书", agency="国家税务总局厦门市思明区税务局", doc_number="厦思税更〔2020〕3号",
        party="厦门嘉航进出口贸易有限公司", credit_code=C["xm_jiahang"],
        cited_articles=[cite("TAX", 63, 1, None, "violated"), cite("TAX", 63, 1, None, "penalty"),
                        cite("APL", 54, 2, None, "other", "2017 numbering; basis for correcting the decision (now art.75)")],
        fine_yuan=12500, confiscation_yuan=None,
        dates={"filing": None, "notice": None, "decision": "2020-07-08", "service": None,
               "original_decision": "2020-06-19", "original_service": "2020-06-23"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        related_doc_numbers=["厦思税罚〔2020〕118号"],
        notes="A correction notice, not a new decision: its own 文号 厦思税更〔2020〕3号 vs the corrected decision 厦思税罚〔2020〕118号 (related). Two taxpayer numbers appear: the wrong one quoted from the original (fails the GB 32100 check digit, listed as EXPECT_INVALID in the generator) and the corrected one (= credit_code). The code is labelled 纳税人识别号, not 统一社会信用代码. Amounts: 25,000.00 is tax evaded (not a fine); 贰万贰仟伍佰元 is the erroneous capital form being replaced; the fine is 12,500 (壹万贰仟伍佰元 / ¥12,500.00). Decision date = the notice's date written in Chinese numerals 二〇二〇年七月八日; the original decision and service dates are kept as extra date keys. 行政处罚法 2017 numbering (第五十四条第二款). 税务 is vertically led: review to 国家税务总局厦门市税务局.",
        defects_observed=["DOC-06/DOC-07 in the corrected decision (wrong 纳税人识别号 check digit; 大写 22500 vs 小写 12500) — both fixed by this notice"],
    ),
    fine_ev=["壹万贰仟伍佰元"], conf_ev=[],
)

# ================================================================ 08 住建: fine only as 人民币X万元
case(
    file="08_住建.txt", domain="住建", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a 2016 住建委 decision (pre-2021 行政处罚法 numbering, fine only in 万元)",
    text=f"""长沙市住房和城乡建设委员会
行政处罚决定书
长住建罚字〔2016〕第037号

当事人：湖南鸿基广润建设工程有限公司
统一社会信用代码：{C['cs_jianshe']}
法定代表人：刘某某
地址：长沙市雨花区劳动东路139号

经查，你公司承建的长沙市天心区“书香雅苑”二期项目位于城市市区内。2016年3月2日，我委执法人员检查发现该项目东侧约60米施工现场未实行封闭围挡，当场向你公司下达《责令限期改正通知书》（长住建改字〔2016〕第112号），责令你公司于2016年3月8日前改正。2016年3月9日复查时，你公司仍未改正。我委于2016年3月14日立案调查。
上述事实有现场检查笔录、责令限期改正通知书及送达回证、复查笔录、现场照片、询问笔录、施工合同等证据为证。
你公司的上述行为违反了《建设工程安全生产管理条例》第三十条第三款之规定。
我委于2016年4月18日向你公司送达了《行政处罚告知书》和《行政处罚听证告知书》，告知你公司依据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条享有陈述、申辩和要求听证的权利。你公司在规定期限内未提出陈述、申辩，也未要求听证。
依据《建设工程安全生产管理条例》第六十四条第一款第（二）项之规定，我委决定对你公司处以罚款人民币6万元。
罚款限于接到本决定书之日起十五日内缴至长沙市非税收入管理局指定的代收银行。到期不缴纳罚款的，根据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
如不服本决定，可在接到本决定书之日起六十日内向长沙市人民政府或者湖南省住房和城乡建设厅申请行政复议，也可以在六个月内向长沙市天心区人民法院提起行政诉讼。逾期不申请复议、不提起诉讼又不履行的，我委将依法申请人民法院强制执行。

长沙市住房和城乡建设委员会
2016年5月9日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="长沙市住房和城乡建设委员会", doc_number="长住建罚字〔2016〕第037号",
        party="湖南鸿基广润建设工程有限公司", credit_code=C["cs_jianshe"],
        cited_articles=[cite("CONSTR", 30, 3), cite("CONSTR", 64, 1, 2, "penalty"),
                        cite("APL", 31, None, None, "other", "2009/2017 numbering (告知); now art.44"),
                        cite("APL", 32, None, None, "other", "2009/2017 numbering (陈述申辩); now art.45"),
                        cite("APL", 42, None, None, "other", "2009/2017 numbering (听证); now art.63-64"),
                        cite("APL", 51, None, 1, "other", "2009/2017 numbering (加处罚款); now art.72")],
        fine_yuan=60000, confiscation_yuan=None,
        dates={"filing": "2016-03-14", "notice": "2016-04-18", "decision": "2016-05-09", "service": None,
               "inspection": "2016-03-02", "order_deadline": "2016-03-08", "recheck": "2016-03-09"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        related_doc_numbers=["长住建改字〔2016〕第112号"],
        notes="Fine written only as '罚款人民币6万元' (no 大写, no full 小写). '约60米' is a length, '十五日' a payment period, '百分之三' the late-payment rate. The fine requires 逾期未改正 under 第六十四条 — shown by the 3-08 deadline and 3-09 recheck. Pre-2021 行政处罚法 numbering (31/32/42/51) is correct for 2016. 2016 agency name 住房和城乡建设委员会 (a 委, so the text says 我委). 6万 is inside 5万–10万 with no discretion reasoning.",
        defects_observed=["DISC-01: no reason given for the amount within 5万–10万"],
    ),
    fine_ev=["6万元"], conf_ev=[],
)

# ================================================================ 09 OCR 市场监管 (食品安全法 2015)
case(
    file="09_市场监管.txt", domain="市场监管", doc_type="行政处罚决定书（扫描件OCR）", ocr=True,
    source="invented by writer 81; imitates an OCR text layer of a scanned 2017 decision (O/0, l/1, 曰/日 confusions, split lines)",
    text=f"""天津市西青区市场和质量监督管理局
行 政 处 罚 决 定 书
西市监罚〔2Ol7〕l56号

当事人:天津市西青区福实副食店
统一社会信用代码:{C['tj_fushi'].replace('MA0', 'MAO')}
经营者:赵某某    身份证号:{M['tj_zhao']}
经营场所:天津市西青区杨柳青镇柳霞路2l号

2O17年5月16曰,本局执法人员对当事人经营场所进行检查,发现当事人货架上
摆放待售的“xx牌”草莓味夹心饼干(净含量:25Og/袋,生产日期:2Ol6年lO月9日,保质
期:6个月)共l2袋已超过保质期。本局于2017年5月18日立案调查。
经查,当事人于2Ol6年12月购进上述饼干2O袋,已售出8袋,每袋售价4.5O元,违法所得人民币叁拾陆元。
上述事实有现场笔录、询问笔录、进货单据、现场照片等证据证实。
当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第(十)项的规定。
本局于2017年6月2O日向当事人送达《行政处罚告知书》,当事人未提出陈述申辩。
依据《中华人民共和国食品安全法〉第一百二十四条第一款第(五)项的规定,本局决定:
一、没收超过保质期的饼干l2袋;
二、没收违法所得人民币叁拾陆元(¥36.OO);
三、罚款人民币伍万元整(¥5OOOO.OO)。
当事人应当自收到本决定书之日起十五曰内到天津市西青区财政局指定银行缴纳罚没款。逾期不缴纳的,每曰按罚款数额的百分之三加处罚款。
如不服本决定,可以在收到本决定书之日起六十日内向天津市西青区人民政府或者天津市市场和质量监督管理委员会申请行政复议,也可以在六个月内向天津市西青区人民法院提起行政诉讼。

                                  天津市西青区市场和质量
                                    监督管理局(印  章)
                                  2O17年7月ll日
— l —
""",
    label=dict(
        doc_type="行政处罚决定书", agency="天津市西青区市场和质量监督管理局", doc_number="西市监罚〔2017〕156号",
        party="天津市西青区福实副食店", credit_code=C["tj_fushi"],
        cited_articles=[cite("FOOD", 34, None, 10), cite("FOOD", 124, 1, 5, "penalty", "2015 text; 罚则 names 食品药品监督管理部门")],
        fine_yuan=50000, confiscation_yuan=36,
        dates={"filing": "2017-05-18", "notice": "2017-06-20", "decision": "2017-07-11", "service": None,
               "inspection": "2017-05-16"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        notes="OCR copy. Labels give the intended reading; the file shows OCR forms: 文号 西市监罚〔2Ol7〕l56号 (O for 0, l for 1), credit code with 'MAO' for 'MA0' (O is not in the GB 32100 alphabet, so a checker can repair it), dates 2O17年5月16曰 (曰 for 日) and 2O17年7月ll日 (11th), amounts ¥5OOOO.OO and ¥36.OO. One citation has a mismatched closing bracket 《…食品安全法〉. Lines break mid-sentence. 250g, 6个月, 12袋/20袋/8袋, 4.50元 are product facts, not amounts of the penalty. confiscation_yuan = 违法所得 36 (the biscuits are confiscated too but no value is stated). Fine 5万 is the statutory minimum for 货值<1万 (2015 law) with no 从轻 claimed. Signature block split over two lines (天津市西青区市场和质量 / 监督管理局); page footer '— l —'.",
        defects_observed=["DISC-01: minimum fine, no discretion reasoning"],
    ),
    fine_ev=["伍万元整"], conf_ev=["叁拾陆元"],
)

# ================================================================ 10 OCR 消防 (dropped characters, page header)
case(
    file="10_消防.txt", domain="消防", doc_type="行政处罚决定书（扫描件OCR）", ocr=True,
    source="invented by writer 81; imitates an OCR copy of a 消防救援 decision with page header/footer and dropped characters",
    text=f"""东莞市消防救援支队                              第 1 页 共 2 页
行政处罚决定书
莞消行罚决字[2022]第0158号

违法单位 东莞市悦庭酒店管理有限公司
统一社会信用代码  {C['dg_hotel']}
法定代表人 黄某某
地址 东莞市南城街道鸿福路1O6号

2022年8月3日，我支队消防监督检查人员对你单位经营的悦庭酒店进行消防监督检查时发现:该酒店三层东侧疏散通道堆放布草车、床垫等杂物，占用疏散通道;二层安全出口被上锁封闭。我支队于2022年8月5日依法立案调查。
上述事实有《消防监督检查记录》、现场照片、询问笔录、视听资料等证据证实。
你单位的上述行为违反了《中华人民共和国消防法》第二十八条的规定。2022年8月19日，我支队向你单位送达《行政处罚告知笔录》,你单位未提出陈述和申辩。
根据《中华人民共和国消防法》第六十条第一款第三项之规定，鉴于你单位检查当日即清理杂物、开启安全出口，
东莞市消防救援支队                              第 2 页 共 2 页
依法从轻处罚，决定给予你单位罚款人民币壹万元整的处罚。
执行方式和期限:收到本决定书之日起十五曰内，持本决定书到东莞市指定银行缴纳罚款。到期不缴纳罚款的，每曰按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额。
如不服本决定，可以在收到本决定书之日起六十日内向广东省消防救援总队或者东莞市人民政府申请行政复议，或者在六个月内依法向东莞市第一人民法院提起行政诉讼。

                                   东莞市消防救援支队
                                   (印章)
                                   2022年9月6日
附:违法单位签收: 黄某某   2022.9.8
""",
    label=dict(
        doc_type="行政处罚决定书", agency="东莞市消防救援支队", doc_number="莞消行罚决字[2022]第0158号",
        party="东莞市悦庭酒店管理有限公司", credit_code=C["dg_hotel"],
        cited_articles=[cite("FIRE", 28), cite("FIRE", 60, 1, 3, "penalty", "written 第六十条第一款第三项 (item without brackets)")],
        fine_yuan=10000, confiscation_yuan=None,
        dates={"filing": "2022-08-05", "notice": "2022-08-19", "decision": "2022-09-06", "service": "2022-09-08",
               "inspection": "2022-08-03"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion="从轻", completeness="complete",
        notes="OCR copy with a running page header '东莞市消防救援支队 第 1 页 共 2 页' that reappears mid-sentence between '…开启安全出口，' and '依法从轻处罚' (the header line is not the signature). 文号 uses ASCII square brackets [2022] and 第0158号. Field labels without colons (违法单位 …). OCR slips: 1O6号, 十五曰, 每曰. Party is '违法单位', not '当事人'. Service date comes from the receipt line '2022.9.8' (dotted form). Fine 壹万元整 only in capitals. Two facts (疏散通道 and 安全出口) are one violation under item (三).",
        defects_observed=[],
    ),
    fine_ev=["壹万元整"], conf_ev=[],
)

# ================================================================ 11 烟草 2014: 注册号, (2014) 文号, 三个月 起诉期
case(
    file="11_烟草.txt", domain="烟草", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a 2014 county 烟草专卖局 decision on a licensed retailer (15-digit 注册号, Chinese-numeral date)",
    text=f"""商水县烟草专卖局
行政处罚决定书
商烟罚字（2014）第0023号

当事人：商水县城关乡瑞丰便民超市（个体工商户）
经营者：李某某，男，身份证号码：{M['zk_li']}
营业执照注册号：{REG['zk_tobacco']}
烟草专卖零售许可证号：411623101078
经营地址：商水县城关乡育英路东段

    2014年6月11日，本局专卖管理人员在对当事人经营场所进行市场检查时，发现当事人店内存放的“黄金叶（天叶）”、“红旗渠（银河之光）”等卷烟共计86条，当事人不能提供从商水县烟草公司购进的有效证明。本局于2014年6月12日立案调查。
    经查，上述86条卷烟系当事人于2014年5月从周口市区一流动商贩处购进，进货总额为人民币18640元，已销售部分获利人民币216元。
    以上事实有现场检查笔录、询问笔录、涉案卷烟价格证明、当事人进货记录、证据先行登记保存通知书等为证。
    本局认为，当事人未在当地烟草专卖批发企业进货，违反了《中华人民共和国烟草专卖法实施条例》第二十三条第二款之规定。本局于2014年7月8日向当事人送达了《行政处罚事先告知书》（商烟告字（2014）第0023号），当事人在法定期限内未提出陈述、申辩。
    依据《中华人民共和国烟草专卖法实施条例》第五十六条之规定，本局决定对当事人作出如下行政处罚：
    一、没收违法所得人民币贰佰壹拾陆元；
    二、按进货总额的百分之五处以罚款，计人民币玖佰叁拾贰元。
    罚没款限当事人于接到本决定书之日起十五日内缴至商水县农村信用合作联社罚没款代收网点。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
    当事人如不服本处罚决定，可在接到本决定书之日起六十日内向周口市烟草专卖局或者商水县人民政府申请行政复议，也可以在三个月内直接向商水县人民法院提起行政诉讼。

                                        商水县烟草专卖局
                                    二○一四年七月二十一日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="商水县烟草专卖局", doc_number="商烟罚字（2014）第0023号",
        party="商水县城关乡瑞丰便民超市", credit_code=None,
        cited_articles=[cite("TOB_REG", 23, 2), cite("TOB_REG", 56, None, None, "penalty"),
                        cite("APL", 51, None, 1, "other", "2009 numbering; now art.72")],
        fine_yuan=932, confiscation_yuan=216,
        dates={"filing": "2014-06-12", "notice": "2014-07-08", "decision": "2014-07-21", "service": None,
               "inspection": "2014-06-11"},
        remedy_days={"review": 60, "litigation": "3m"}, discretion=None, completeness="complete",
        related_doc_numbers=["商烟告字（2014）第0023号"],
        notes="2014: before 三证合一, so the unit has a 15-digit 营业执照注册号 (check digit valid, GB/T 17710) and no 统一社会信用代码 → credit_code null. The 烟草专卖零售许可证号 is a licence number, not a credit code. 文号 with full-width parentheses （2014） and 第0023号; the 告知书 shares the serial. Amounts: 18640元 is 进货总额 (base), 86条 a quantity, 216元 违法所得 (confiscated), fine 932 = 5% of 18640, written only in capitals (玖佰叁拾贰元). Decision date in Chinese numerals with U+25CB ○ (二○一四年七月二十一日). 起诉期限 三个月 was correct in 2014 (行政诉讼法 amended 2014, in force 2015-05-01). Paragraphs indented with spaces. Articles of the 实施条例 were written from the writer's memory of the 2013/2016 text (not in the project's law folder).",
        defects_observed=[],
    ),
    fine_ev=["玖佰叁拾贰元"], conf_ev=["贰佰壹拾陆元"],
)

# ================================================================ 12 生态环境: long evidence list + discretion reasoning
case(
    file="12_生态环境.txt", domain="生态环境", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a city 生态环境局 decision with an itemised evidence list, hearing and a worked discretion section",
    text=f"""宜昌市生态环境局
行政处罚决定书
宜环罚决字〔2023〕第041号

当事人名称：宜昌楚垣新材料科技有限公司
统一社会信用代码：{C['yc_xincai']}
法定代表人：郑某某
住所：湖北省宜昌市猇亭区猇亭大道66号

    2023年6月15日，我局执法人员对你公司进行现场检查，发现你公司改性塑料造粒生产线正在生产，产生的有机废气经UV光解装置处理后经15米排气筒排放，你公司未取得排污许可证。我局于2023年6月19日对你公司立案调查。现查明：

一、环境违法事实和证据
    你公司属于《固定污染源排污许可分类管理名录（2019年版）》规定应当实行排污许可简化管理的排污单位。你公司造粒生产线于2023年3月中旬投入生产，至2023年6月15日检查时，未取得排污许可证排放大气污染物，持续时间约3个月。
    以上事实，有下列证据为凭：
    （1）2023年6月15日《现场检查（勘察）笔录》1份，证明检查时生产线正在生产、废气经排气筒排放；
    （2）现场照片12张、执法记录仪视频2段，证明生产及排放状况；
    （3）2023年6月16日对你公司生产负责人谭某某的《调查询问笔录》1份，证明投产时间及未办理排污许可证的事实；
    （4）2023年6月21日对你公司法定代表人郑某某的《调查询问笔录》1份，证明你公司对违法事实无异议；
    （5）你公司营业执照复印件1份，证明当事人主体资格；
    （6）法定代表人身份证复印件1份；
    （7）《授权委托书》1份；
    （8）全国排污许可证管理信息平台查询截图1份，证明你公司未申领排污许可证；
    （9）你公司环境影响评价报告表及批复复印件1份，证明项目类别及排污情况；
    （10）你公司2023年3月至6月生产记录及原料购进台账复印件各1份，证明实际投产时间；
    （11）你公司2023年3月至6月电费缴纳凭证复印件1份，证明生产持续时间；
    （12）宜昌市生态环境监测站监测报告（宜环监字〔2023〕第186号）1份，证明排气筒非甲烷总烃排放浓度为18.6mg/m³，未超过排放标准；
    （13）《责令改正违法行为决定书》（宜环责改〔2023〕第041号）及送达回证，证明我局已责令你公司改正；
    （14）2023年7月10日复查笔录1份，证明你公司已停产并提交排污许可申请；
    （15）听证笔录及听证报告各1份；
    （16）你公司提交的书面陈述申辩材料及整改报告各1份。

二、陈述申辩及听证情况
    2023年7月26日，我局向你公司送达了《行政处罚事先（听证）告知书》（宜环罚告〔2023〕第041号）。你公司于2023年7月28日申请听证，我局于2023年8月22日依法举行了听证。你公司提出：废气经处理后达标排放，未造成环境污染；已于检查后主动停产并申请排污许可证，请求减轻处罚。
    经复核，我局认为：排放浓度未超标、主动停产整改的情节属实，在裁量时予以考虑；但你公司未取得排污许可证排放污染物约3个月，不属于《中华人民共和国行政处罚法》第三十二条规定的应当减轻处罚的情形，减轻处罚的请求不予采纳。

三、行政处罚的依据、种类及裁量理由
    你公司的上述行为违反了《排污许可管理条例》第二条第一款“……未取得排污许可证的，不得排放污染物”的规定。依据《排污许可管理条例》第三十三条第（一）项的规定，应处20万元以上100万元以下的罚款。
    裁量过程：依据《湖北省生态环境行政处罚裁量基准（2023年版）》，该违法行为按违法情节分为较轻（20万元以上40万元以下）、一般（40万元以上70万元以下）、严重（70万元以上100万元以下）三档。你公司为简化管理排污单位，排放浓度未超标，违法持续时间不足6个月，位于非环境敏感区，属“较轻”档次，基础罚款金额为30万元；你公司积极配合调查、主动停产整改，适用“配合调查并主动改正”修正因子（下调5%），最终罚款金额为：30万元×（1-5%）=28.5万元。本案经我局法制审核（2023年9月5日）和案审委员会集体讨论（2023年9月8日），决定对你公司依法从轻处罚。
    依据上述规定，我局决定对你公司处以如下行政处罚：
    罚款人民币贰拾捌万伍仟元整（¥285,000.00）。

四、行政处罚决定的履行方式和期限
    你公司应于接到本处罚决定书之日起十五日内，通过“湖北省非税收入电子缴款”系统或到代收银行缴纳罚款。逾期不缴纳罚款的，我局可以根据《中华人民共和国行政处罚法》第七十二条第一款第（一）项规定每日按罚款数额的3%加处罚款。

五、申请行政复议或者提起行政诉讼的途径和期限
    你公司如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向湖北省生态环境厅或者宜昌市人民政府申请行政复议，也可以在收到本处罚决定书之日起六个月内向人民法院提起行政诉讼。

                                              宜昌市生态环境局
                                              2023年9月14日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="宜昌市生态环境局", doc_number="宜环罚决字〔2023〕第041号",
        party="宜昌楚垣新材料科技有限公司", credit_code=C["yc_xincai"],
        cited_articles=[cite("PERMIT", 2, 1), cite("PERMIT", 33, None, 1, "penalty"),
                        cite("APL", 32, None, None, "other", "quoted in rejecting 减轻"),
                        cite("《湖北省生态环境行政处罚裁量基准（2023年版）》", None, None, None, "other", "discretion benchmark, tier 较轻 with a −5% modifier"),
                        cite("APL", 72, 1, 1, "other")],
        fine_yuan=285000, confiscation_yuan=None,
        dates={"filing": "2023-06-19", "notice": "2023-07-26", "decision": "2023-09-14", "service": None,
               "inspection": "2023-06-15", "hearing": "2023-08-22", "legal_review": "2023-09-05",
               "collective_discussion": "2023-09-08"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion="从轻", completeness="complete",
        related_doc_numbers=["宜环罚告〔2023〕第041号", "宜环责改〔2023〕第041号"],
        notes="Sixteen numbered evidence items (with dates that are not procedure dates: 6-16, 6-21, 7-10) and a worked discretion section. Many amounts are not the fine: the tier bands (20万/40万/70万/100万), the base 30万元, the formula 30万元×（1-5%）=28.5万元 (equals the fine in 万元 form), 18.6mg/m³, 15米. Fine stated as 贰拾捌万伍仟元整 and ¥285,000.00. The party asked for 减轻 and was refused; the decision itself says 从轻 (tier 较轻 + downward modifier) → discretion 从轻. Three documents share serial 041 in different series (罚决字 / 罚告 / 责改) plus a monitoring report number 宜环监字〔2023〕第186号. Hearing, 法制审核 and 集体讨论 dated before the decision; filing→decision 87 days.",
        defects_observed=[],
    ),
    fine_ev=["贰拾捌万伍仟元整"], fine_alt=["¥285,000.00", "28.5万元"], conf_ev=[],
)

# ================================================================ 13 交通运输: PDF-to-text copy with hard line breaks
case(
    file="13_交通运输.txt", domain="交通运输", doc_type="行政处罚决定书（PDF转文本）",
    source="invented by writer 81; imitates a text layer copied out of a published PDF (hard line breaks, running header, page numbers, date split over a line break)",
    text=f"""宁 波 市 北 仑 区 交 通 运 输 局
行 政 处 罚 决 定 书
仑交执罚〔2022〕 0912 号
当事人：胡某某 性别：男 身份证号码：{M['nb_hu']}
住址：浙江省宁波市北仑区新碶街道明州路
***号 联系电话：1385741****
车辆号牌：浙B·3H7M2（总质量8500千克普通货车）
　　当事人未取得道路运输经营许可擅自从事道路普通货物运
输经营一案，经本局依法调查，现查明：2022年9月
7日10时15分，本局执法人员在北仑区大碶街道
太河路与庐山路交叉口检查时发现，当事人驾驶浙B·3H7M2号
普通货车为宁波某模具厂运输模具配件，自北仑大碶运往
镇海骆驼，运费人民币1200元，当事人不能出示道路运输
经营许可证。本局于2022年9月9日立案调查。
　　经查，当事人自2022年8月起使用该车辆为他人有偿运输货物，
共取得运费收入人民币1200元。以上事实有现场笔录、询问笔
录、运费转账记录、现场照片及车辆行驶证复印件等证据证实。
— 1 —
宁波市北仑区交通运输局行政处罚决定书 仑交执罚〔2022〕0912号
　　当事人的上述行为违反了《中华人民共和国道路运输条例》第二十
四条第一款的规定。本局于2022年10月17日向当事人送达了《违法行为通
知书》，当事人在规定期限内未提出陈述申辩。根据《浙江省交通运输
行政处罚裁量基准》，当事人的违法行为属“情节较轻”。
　　依据《中华人民共和国道路运输条例》（2022年修订）第六十三条
的规定，本局决定对当事人作出如下行政处罚：1.责令停止经营；2.
没收违法所得人民币壹仟贰佰元整（¥1200.00）；3.罚款人民币叁万元
整（¥30000.00）。
　　当事人应当自收到本决定书之日起十五日内，通过“浙里办”非税支付
或者到指定银行缴纳罚没款。逾期不缴纳罚款的，本局可以每日按罚款
数额的百分之三加处罚款。
　　当事人对本处罚决定不服的，可以在收到本决定书之日起六十日内向
宁波市北仑区人民政府或者宁波市交通运输局申请行政复议；或者在六个
月内向宁波市北仑区人民法院提起行政诉讼。
宁波市北仑区交通运输局
2022年11月4日
— 2 —
""",
    label=dict(
        doc_type="行政处罚决定书", agency="宁波市北仑区交通运输局", doc_number="仑交执罚〔2022〕 0912 号",
        party="胡某某", credit_code=None,
        cited_articles=[cite("ROAD", 24, 1, None, "violated", "written 第二十 / 四条第一款 across a line break; 2022 text"),
                        cite("ROAD", 63, None, None, "penalty", "2022 text (3万–10万 when 违法所得 < 2万); rewritten in 2023"),
                        cite("《浙江省交通运输行政处罚裁量基准》", None, None, None, "other", "tier 情节较轻, no 从轻 claimed")],
        fine_yuan=30000, confiscation_yuan=1200,
        dates={"filing": "2022-09-09", "notice": "2022-10-17", "decision": "2022-11-04", "service": None,
               "inspection": "2022-09-07"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        notes="PDF text layer: hard line breaks inside words, dates and citations ('2022年9月' / '7日'; '第二十' / '四条'; '六个' / '月'; '叁万元' / '整'), a running header on page 2 that repeats the 文号 without spaces, page numbers '— 1 —'. Labelled doc_number is the title-line form with stray spaces (仑交执罚〔2022〕 0912 号), as the dev-set does. Natural person, ID masked 3+12+3; phone partly masked. 8500千克 matters legally (over 4500kg, so a licence is required) but is not an amount. 1200元 运费 = 违法所得, confiscated. 30000 is the statutory minimum of the 2022 第六十三条; the benchmark tier '情节较轻' is named but no 从轻 is claimed → discretion null (same convention as dev-set 014). Citing the 2022 version is right: the act and decision precede the 2023 revision.",
        defects_observed=[],
    ),
    fine_ev=["¥30000.00"], fine_alt=["叁万元整"], conf_ev=["¥1200.00"], conf_alt=["壹仟贰佰元整"],
)

# ================================================================ 14 城管 2015: web page junk, old codes, Chinese date
case(
    file="14_城管.txt", domain="城市管理", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a 2015 城管执法 decision copied from a news-style web page (font-size widget, view counter), pre-三证合一 codes",
    text=f"""首页 > 政务公开 > 行政处罚公示
关于杭州余杭恒通钢构有限公司违法建设的行政处罚决定书
发布时间：2015-11-20 09:31    来源：本站    浏览次数：236    【字体：大 中 小】

杭州市余杭区城市管理行政执法局
行政处罚决定书
余城执罚决字〔2015〕第0457号

当事人：杭州余杭恒通钢构有限公司
营业执照注册号：{REG['yh_factory']}
组织机构代码：{ORG['yh_factory']}
法定代表人：沈某某
地址：杭州市余杭区仁和街道东塘村

经查：当事人于2015年6月起，在杭州市余杭区仁和街道东塘村永泰路北侧（城镇规划区内）未取得建设工程规划许可证，擅自建造钢结构厂房一幢，建筑面积986平方米，工程造价人民币368000元。2015年8月27日，本局执法人员现场检查发现上述情况，于2015年9月1日立案调查。经征询规划主管部门意见，该建筑尚可采取改正措施消除对规划实施的影响。
上述事实有现场检查笔录、询问笔录、现场照片、规划主管部门认定意见、工程造价结算书等证据证实。
当事人的行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。本局于2015年10月20日依法告知当事人拟作出行政处罚的事实、理由、依据及享有的陈述、申辩、听证权利，当事人在规定期限内未提出陈述、申辩和听证要求。
根据《浙江省城市管理相对集中行政处罚权条例》的授权，依据《中华人民共和国城乡规划法》第六十四条的规定，本局决定对当事人作出如下行政处罚：
一、责令当事人于2016年2月29日前补办建设工程规划许可手续；
二、处工程造价百分之五的罚款，即罚款人民币壹万捌仟肆佰元整（18400元）。
当事人应在收到本决定书之日起十五日内到杭州银行余杭支行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
当事人如不服本决定，可以在收到本决定书之日起六十日内向杭州市余杭区人民政府或者杭州市城市管理行政执法局申请行政复议，或者在六个月内向杭州市余杭区人民法院提起行政诉讼。

杭州市余杭区城市管理行政执法局
二〇一五年十一月十六日

【打印本页】【关闭窗口】
上一篇：关于余杭区2015年第三季度户外广告整治情况的通报
下一篇：无
""",
    label=dict(
        doc_type="行政处罚决定书", agency="杭州市余杭区城市管理行政执法局", doc_number="余城执罚决字〔2015〕第0457号",
        party="杭州余杭恒通钢构有限公司", credit_code=None,
        cited_articles=[cite("PLAN", 40, 1), cite("PLAN", 64, None, None, "penalty"),
                        cite("《浙江省城市管理相对集中行政处罚权条例》", None, None, None, "other", "grant of power to 城管; no article")],
        fine_yuan=18400, confiscation_yuan=None,
        dates={"filing": "2015-09-01", "notice": "2015-10-20", "decision": "2015-11-16", "service": None,
               "inspection": "2015-08-27", "published": "2015-11-20"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        notes="2015 copy from a page with navigation and widgets (发布时间 2015-11-20 is publication, not decision; 浏览次数 236 and 986平方米 are noise). Party has a 15-digit 注册号 and an 组织机构代码 (both check digits valid) but no 统一社会信用代码 → credit_code null. Decision date only in Chinese numerals with U+3007 〇 (二〇一五年十一月十六日). 368000元 is the 工程造价 (base); fine 18400 = 5%, the statutory minimum, written 壹万捌仟肆佰元整（18400元）. 2016年2月29日 is a remediation deadline. 第六十四条 is cited without 款 (it has a single paragraph with several limbs).",
        defects_observed=["DISC-01: minimum rate (5%) with no reasoning"],
    ),
    fine_ev=["壹万捌仟肆佰元整"], conf_ev=[],
)

# ================================================================ 15 农业农村 2024: 减轻, 2024年第9号 style
case(
    file="15_农业农村.txt", domain="农业农村", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a county 农业农村局 decision on a grower, with a 减轻 below the statutory minimum",
    text=f"""肥西县农业农村局
行政处罚决定书
肥西农（农产品）罚字2024年第9号

当事人：张某某　　性别：男　　出生年月：1966年9月
身份证号：{M['fx_zhang']}
住址：安徽省合肥市肥西县三河镇新农村
（个人，韭菜种植户）

2024年4月9日，我局在肥西县农产品批发市场开展农产品质量安全监督抽检，对当事人销售的韭菜进行抽样。2024年4月11日，经合肥市农产品质量安全检测中心检验，该批次韭菜腐霉利残留量为0.42mg/kg，超过《食品安全国家标准 食品中农药最大残留限量》（GB 2763-2021）规定的0.2mg/kg限量。我局于2024年4月15日立案调查。
经查，当事人于2024年4月8日至9日在该市场销售同批次韭菜共260公斤，售价每公斤3元，货值金额780元；已售出180公斤，违法所得540元。当事人在得知检验结果后，主动联系购货商户追回尚未出售的韭菜85公斤，并连同剩余80公斤在我局监督下进行了无害化销毁。
以上事实有抽样单、检验报告、检验结果告知书及送达回证、询问笔录、销售记录、追回及销毁记录、现场照片等证据证实。
当事人销售农药残留不符合农产品质量安全标准的农产品，违反了《中华人民共和国农产品质量安全法》第三十六条第一款第（二）项的规定。
2024年5月22日，我局向当事人送达了《行政处罚事先告知书》，告知其享有陈述、申辩和要求听证的权利，当事人未提出陈述申辩，未要求听证。
依据《中华人民共和国农产品质量安全法》第七十一条第一款第（一）项，违法生产经营的农产品货值金额不足一万元的，并处五万元以上十万元以下罚款。鉴于当事人主动追回并销毁问题农产品，主动消除违法行为危害后果，符合《中华人民共和国行政处罚法》第三十二条第（一）项规定的应当从轻或者减轻处罚的情形，参照《安徽省农业农村行政处罚裁量基准》，我局决定对当事人减轻处罚如下：
一、没收违法所得人民币伍佰肆拾元；
二、罚款人民币贰万元整。
当事人应当自收到本决定书之日起十五日内，到肥西县指定代收银行缴纳罚没款。到期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如对本决定不服，可以在收到本决定书之日起六十日内向肥西县人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。

肥西县农业农村局
2024年6月11日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="肥西县农业农村局", doc_number="肥西农（农产品）罚字2024年第9号",
        party="张某某", credit_code=None,
        cited_articles=[cite("AGRI", 36, 1, 2), cite("AGRI", 71, 1, 1, "penalty"),
                        cite("APL", 32, None, 1, "other", "ground for 减轻"),
                        cite("《安徽省农业农村行政处罚裁量基准》", None, None, None, "other", "discretion benchmark by name"),
                        cite("APL", 72, 1, 1, "other")],
        fine_yuan=20000, confiscation_yuan=540,
        dates={"filing": "2024-04-15", "notice": "2024-05-22", "decision": "2024-06-11", "service": None,
               "sampling": "2024-04-09", "test_report": "2024-04-11"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion="减轻", completeness="complete",
        notes="文号 in the '2024年第9号' style with a bracketed field segment: 肥西农（农产品）罚字2024年第9号. Natural person (grower), ID masked 6+8+4, 出生年月 given. Many numbers are not the penalty: 0.42mg/kg vs 0.2mg/kg limit, GB 2763-2021, 260/180/85/80公斤, 3元/公斤, 货值 780元, the statutory band 五万元以上十万元以下. Fine 20000 is below the 5万 minimum — legal only as 减轻, which the text claims with a stated 第三十二条第（一）项 ground. 违法所得 540 confiscated. 2024 decision → 复议 to 肥西县人民政府 only. 2024-06-10 was a public holiday (端午); the decision is dated the next day.",
        defects_observed=[],
    ),
    fine_ev=["贰万元整"], conf_ev=["伍佰肆拾元"],
)

# ================================================================ 16 卫健 2018: 索引号 box, 罚字第0012号, masked ID with X
case(
    file="16_卫健.txt", domain="卫健", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a 2018 卫生计生 decision on a 政府信息公开 page (索引号 box, year-less 文号)",
    text=f"""索引号：{uscc('11', '510107', 'MB0L8836')}/2018-00241
发布机构：成都市武侯区卫生和计划生育局
生成日期：2018-07-30
名    称：成都市武侯区卫生和计划生育局行政处罚决定书（武卫计医罚字第0012号）
文    号：武卫计医罚字第0012号
主 题 词：

成都市武侯区卫生和计划生育局
行政处罚决定书
武卫计医罚字第0012号

被处罚人：何某某　性别：男　年龄：47岁
身份证号：{M['cd_he']}
住址：四川省成都市武侯区簇桥街道七里村**组**号

当事人何某某未取得《医疗机构执业许可证》擅自执业一案，经我局调查，现已调查终结。
经查：自2018年1月起，当事人在成都市武侯区簇桥街道七里村一自建房内，未取得《医疗机构执业许可证》擅自开展输液、注射等诊疗活动，擅自执业时间在三个月以上。2018年5月10日，我局卫生监督员现场检查时发现当事人正在为患者输液，当场查获药品7种、一次性输液器23套、输液架3个等物品。我局于2018年5月11日立案调查。经查，当事人擅自执业期间共获取非法所得人民币1260元。
上述事实有现场检查笔录、询问笔录、现场照片、证据先行登记保存决定书及物品清单、患者证言等证据证实。
当事人的行为违反了《医疗机构管理条例》第二十四条的规定。我局于2018年6月19日向当事人送达了《行政处罚事先告知书》（武卫计医罚告字第0012号），当事人未提出陈述、申辩。
依据《医疗机构管理条例》第四十四条、《医疗机构管理条例实施细则》第七十七条第（三）项的规定，我局决定给予当事人以下行政处罚：
1.责令立即停止执业活动；
2.没收非法所得人民币壹仟贰佰陆拾元整；
3.没收药品7种、一次性输液器23套、输液架3个（详见物品清单）；
4.罚款人民币捌仟元整。
上述罚没款限于接到本决定书之日起15日内缴至成都市非税收入汇缴结算户。逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。
如不服本处罚决定，可在接到本决定书之日起60日内向成都市武侯区人民政府或者成都市卫生和计划生育委员会申请行政复议，也可以在6个月内向成都市武侯区人民法院提起行政诉讼。

成都市武侯区卫生和计划生育局
2018年7月6日

【关闭】【打印】
""",
    label=dict(
        doc_type="行政处罚决定书", agency="成都市武侯区卫生和计划生育局", doc_number="武卫计医罚字第0012号",
        party="何某某", credit_code=None,
        cited_articles=[cite("MED_REG", 24), cite("MED_REG", 44, None, None, "penalty"),
                        cite("《医疗机构管理条例实施细则》", 77, None, 3, "penalty")],
        fine_yuan=8000, confiscation_yuan=1260,
        dates={"filing": "2018-05-11", "notice": "2018-06-19", "decision": "2018-07-06", "service": None,
               "inspection": "2018-05-10", "published": "2018-07-30"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        related_doc_numbers=["武卫计医罚告字第0012号"],
        notes="文号 without a year (…罚字第0012号); the 告知书 shares the serial. Index box carries the agency's own code and 生成日期 2018-07-30 (publication). The party is labelled 被处罚人 and is a natural person; the ID is masked with capital X characters (6 shown + XXXXXXXX + 4 shown), which a parser must not read as a check digit. 1260 非法所得 is confiscated; 7种/23套/3个 are goods (no value → not in confiscation_yuan). 47岁 is an age. Fine 8000 inside 3000–10000 of 实施细则第七十七条 (the tier for 擅自执业三个月以上). Pre-2019 agency name (卫生和计划生育局). Pre-2020: 基本医疗卫生与健康促进法 not yet in force, so 医疗机构管理条例第四十四条 is the right basis. 实施细则 article numbers written from the writer's memory (not in the project's law folder).",
        defects_observed=[],
    ),
    fine_ev=["捌仟元整"], conf_ev=["壹仟贰佰陆拾元整"],
)

# ================================================================ 17 文旅 2015: 双罚 unit + responsible person, old codes
case(
    file="17_文旅.txt", domain="文化旅游", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a 2015 旅游 decision under 旅游法 第九十五条 fining the company and the responsible person",
    text=f"""丽江市旅游发展委员会
行政处罚决定书
丽旅罚字〔2015〕第07号

当事人：丽江云途商务咨询有限公司
营业执照注册号：{REG['lj_travel']}
组织机构代码：{ORG['lj_travel']}
法定代表人：和某某
住所：云南省丽江市古城区祥和路168号

有关责任人员：和某某，女，身份证号码：{M['lj_he']}，系丽江云途商务咨询有限公司法定代表人、总经理。

一、违法事实
2015年3月24日，我委执法人员根据游客投诉对当事人进行检查，发现当事人未取得旅行社业务经营许可，于2015年1月至3月期间通过微信朋友圈、网络平台招徕游客，组织“丽江—泸沽湖三日游”等旅游团共9批次，接待游客共计64人次。我委于2015年3月26日立案调查。经查，当事人收取团款共计人民币83200元，扣除支付给车队、酒店等的费用后，违法所得人民币6300元。和某某作为当事人法定代表人、总经理，直接决定并组织实施上述经营活动，系有关责任人员。
以上事实有现场检查笔录、询问笔录、游客投诉材料、微信聊天记录截图、收款记录、团队行程单、证人证言等证据证实。
二、违反的法律规定
当事人的上述行为违反了《中华人民共和国旅游法》第二十八条的规定，属于未经许可经营旅行社业务的行为。
三、处罚依据和处罚决定
我委于2015年5月12日向当事人及和某某送达了《行政处罚告知书》，告知其享有陈述、申辩和要求听证的权利。当事人及和某某在规定期限内未提出陈述、申辩，也未要求听证。
根据《中华人民共和国旅游法》第九十五条第一款之规定，我委决定：
（一）对丽江云途商务咨询有限公司：责令改正，没收违法所得人民币陆仟叁佰元整，并处罚款人民币贰万元整；
（二）对有关责任人员和某某：处罚款人民币叁仟元整。
四、履行方式和期限
当事人及和某某应当自收到本决定书之日起十五日内，将罚没款缴至丽江市财政局指定的代收银行。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。
五、救济途径和期限
如不服本处罚决定，可以在收到本决定书之日起六十日内向丽江市人民政府或者云南省旅游发展委员会申请行政复议，也可以在收到本决定书之日起六个月内向丽江市古城区人民法院提起行政诉讼。

丽江市旅游发展委员会
2015年6月18日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="丽江市旅游发展委员会", doc_number="丽旅罚字〔2015〕第07号",
        party="丽江云途商务咨询有限公司", credit_code=None,
        cited_articles=[cite("TOUR", 28), cite("TOUR", 95, 1, None, "penalty")],
        fine_yuan=23000, confiscation_yuan=6300,
        dates={"filing": "2015-03-26", "notice": "2015-05-12", "decision": "2015-06-18", "service": None,
               "inspection": "2015-03-24"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        notes="双罚 in one decision: the company (没收 6300 + 罚款 20000) and the 有关责任人员 和某某 (罚款 3000, ID masked 4+10+4). fine_yuan = 20000 + 3000 = 23000; confiscation_yuan = 6300. 83200元 团款 is turnover, 9批次/64人次 counts. Pre-三证合一 identifiers (15-digit 注册号, 组织机构代码 with '-'; both check digits valid) → credit_code null. The legal representative appears twice (as 法定代表人 and as a separately fined person) — party stays the company. June 2015: 起诉期限 six months (the 2014 行政诉讼法 amendment was in force from 2015-05-01). 旅游法 article numbers written from the writer's memory (not in the project's law folder).",
        defects_observed=["DISC-01: no reason given for 20000 (1万–10万) or 3000 (2000–2万)"],
    ),
    fine_ev=["贰万元整", "叁仟元整"], conf_ev=["陆仟叁佰元整"],
)

# ================================================================ 18 水利 2019: ASCII punctuation, Arabic article numbers
case(
    file="18_水利.txt", domain="水利", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a county 水利局 decision copied with ASCII punctuation and Arabic article numbers",
    text=f"""都昌县水利局
行政处罚决定书
都水罚决字(2019)第5号

当事人:余某某,男,1969年1月生,身份证号码:{M['dc_yu']},住江西省都昌县多宝乡***村。

经查,2019年4月以来,当事人未经水行政主管部门同意,在都昌县多宝乡土塘河河道管理范围内堆放砂石约1500立方米,并修建砂石转运平台一处(长约40米、宽约12米),妨碍河道行洪。2019年4月16日,我局执法人员现场检查发现上述情况。2019年4月18日,我局对该案立案调查,同日向当事人送达了《责令停止水事违法行为通知书》(都水责字(2019)第11号),责令其立即停止违法行为,并于2019年5月8日前清除砂石、拆除转运平台、恢复原状。2019年5月9日我局复查时,当事人仍未清除、拆除。
以上事实有现场检查笔录、现场勘验图、照片、询问笔录、责令停止水事违法行为通知书及送达回证、复查笔录等证据证实。
当事人的行为违反了《中华人民共和国水法》第37条第2款的规定。2019年6月4日,我局向当事人送达了《行政处罚告知书》,当事人在规定期限内未提出陈述、申辩。
依据《中华人民共和国水法》第65条第1款的规定,我局决定:
1.责令当事人停止违法行为,于2019年7月31日前清除砂石、拆除砂石转运平台、恢复原状,逾期不拆除、不恢复原状的,由我局依法强行拆除,所需费用由当事人负担;
2.处罚款人民币贰万元(¥20000元)。
当事人应于收到本决定书之日起15日内,将罚款缴至都昌县非税收入汇缴专户。逾期不缴纳罚款的,每日按罚款数额的3%加处罚款。
如不服本决定,可在收到本决定书之日起60日内向都昌县人民政府或者九江市水利局申请行政复议,也可在6个月内向都昌县人民法院提起行政诉讼。

都昌县水利局
2019年6月24日

送达回证:受送达人 余某某(签名) 2019年7月1日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="都昌县水利局", doc_number="都水罚决字(2019)第5号",
        party="余某某", credit_code=None,
        cited_articles=[cite("WATER", 37, 2, None, "violated", "written 第37条第2款"),
                        cite("WATER", 65, 1, None, "penalty", "written 第65条第1款")],
        fine_yuan=20000, confiscation_yuan=None,
        dates={"filing": "2019-04-18", "notice": "2019-06-04", "decision": "2019-06-24", "service": "2019-07-01",
               "inspection": "2019-04-16", "order_deadline": "2019-05-08", "recheck": "2019-05-09"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        related_doc_numbers=["都水责字(2019)第11号"],
        notes="All punctuation ASCII (:,()); citations in Arabic numerals (第37条第2款, 第65条第1款). 文号 with ASCII parentheses: 都水罚决字(2019)第5号; a second number 都水责字(2019)第11号 belongs to the earlier order. The fine under 第六十五条第一款 needs 逾期不拆除 — shown by the 5-08 deadline and 5-09 recheck. 1500立方米, 40米/12米, 2019年7月31日 (new remediation deadline) are not amounts or procedure dates. Fine '贰万元(¥20000元)'. Service date from the appended 送达回证 line (7 calendar days after the decision, 5 working days). 水法 article numbers written from the writer's memory of the 2016 text (not in the project's law folder).",
        defects_observed=["DISC-01: no reason given for 20000 within 1万–10万"],
    ),
    fine_ev=["贰万元"], conf_ev=[],
)

# ================================================================ 19 海关 2025: 0.8万元, vertical review body, 报关单号 trap
case(
    file="19_海关.txt", domain="海关", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a 海关 缉违 decision (fine in 万元 with one decimal, review to 海关总署, 中级法院)",
    text=f"""中华人民共和国深圳海关
行政处罚决定书
深关缉违字〔2025〕0317号

当事人：深圳市衡川供应链管理有限公司
统一社会信用代码：{C['sz_gyl']}
海关编码：4403964K2T
法定代表人：邓某某
地址：深圳市南山区粤海街道科技南十二路28号

    2024年9月10日，当事人以一般贸易方式向我关申报进口工业用双向拉伸聚丙烯薄膜一批（报关单号：531620241000586127），申报商品编号为3920209010。经查，该批货物实际应归入商品编号3920209090，当事人申报不实，漏缴税款人民币23,600.52元。我关于2025年1月8日立案调查。
    以上事实有报关单及随附单证、查验记录、归类意见书、计核证明书、当事人询问笔录等证据证实。
    当事人的上述行为违反了《中华人民共和国海关法》第二十四条第一款的规定，已构成违反海关监管规定的行为。2025年2月18日，我关向当事人送达了《行政处罚告知单》，当事人在规定期限内未提出陈述、申辩。
    鉴于当事人在案件调查中如实说明情况、积极配合并已补缴税款，根据《中华人民共和国海关法》第八十六条第（三）项、《中华人民共和国海关行政处罚实施条例》第十五条第（四）项之规定，决定对当事人从轻处罚，科处罚款人民币0.8万元。
    当事人应当自收到本处罚决定书之日起15日内，根据《中华人民共和国行政处罚法》第六十七条第三款的规定，到指定银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，我关可以每日按罚款数额的3%加处罚款，加处罚款的数额不得超出罚款的数额。
    当事人如不服本处罚决定，可以自收到本处罚决定书之日起60日内向中华人民共和国海关总署申请行政复议，或者自收到本处罚决定书之日起6个月内直接向深圳市中级人民法院提起行政诉讼。

中华人民共和国深圳海关
2025年3月14日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="中华人民共和国深圳海关", doc_number="深关缉违字〔2025〕0317号",
        party="深圳市衡川供应链管理有限公司", credit_code=C["sz_gyl"],
        cited_articles=[cite("CUSTOMS", 24, 1), cite("CUSTOMS", 86, None, 3, "penalty"),
                        cite("CUSTOMS_REG", 15, None, 4, "penalty"), cite("APL", 67, 3, None, "other")],
        fine_yuan=8000, confiscation_yuan=None,
        dates={"filing": "2025-01-08", "notice": "2025-02-18", "decision": "2025-03-14", "service": None,
               "declaration": "2024-09-10"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion="从轻", completeness="complete",
        notes="Fine written only as '罚款人民币0.8万元' (decimal 万元, no 大写/小写). 23,600.52 is the evaded tax (base, not a fine; the fine is ~34% of it, inside 30%–2倍). Number traps: 报关单号 531620241000586127 is 18 digits but neither an ID nor a credit code; 海关编码 4403964K2T is a 10-character customs registration code; 3920209010/3920209090 are HS codes. 2025 decision: 海关 is vertically led, so review to 海关总署 remains correct after 2024-01-01; first-instance suits against 海关 go to the 中级人民法院. Customs 告知 document is called 《行政处罚告知单》. Articles of 海关法 / 实施条例 written from the writer's memory (not in the project's law folder).",
        defects_observed=[],
    ),
    fine_ev=["0.8万元"], conf_ev=[],
)

# ================================================================ 20 药监 2021: 警告 only
case(
    file="20_药监.txt", domain="药监", doc_type="行政处罚决定书",
    source="invented by writer 81; imitates a provincial 药品监督管理局 decision imposing only a warning",
    text=f"""江苏省药品监督管理局
行政处罚决定书
苏药监药罚〔2021〕56号

当事人：南京康沐医药有限公司
统一社会信用代码：{C['nj_yiyao']}
药品经营许可证编号：苏AA0250318
法定代表人：钱某某
地址：南京市玄武区龙蟠路177号

    2021年8月17日，我局检查组对当事人进行药品经营质量管理规范符合性检查，发现当事人冷库温湿度自动监测系统在2021年7月3日至7月6日期间无监测数据记录，当事人不能提供该期间冷藏药品的储存温度记录；部分冷藏药品验收记录未记录到货温度。我局于2021年8月24日立案调查。
    上述事实有检查记录、询问笔录、温湿度监测系统截图、验收记录复印件、情况说明等证据证实。
    我局认为，当事人未遵守药品经营质量管理规范，违反了《中华人民共和国药品管理法》第五十三条第一款的规定。
    2021年10月12日，我局向当事人送达了《行政处罚事先告知书》（苏药监药罚告〔2021〕56号），当事人在规定期限内提交了陈述申辩意见及整改报告。经复核，当事人已更换监测系统服务器并完成整改，其陈述申辩理由部分成立。
    《中华人民共和国药品管理法》第一百二十六条规定：“……药品经营企业……未遵守……药品经营质量管理规范……的，责令限期改正，给予警告；逾期不改正的，处十万元以上五十万元以下的罚款……”。当事人在检查后已按期改正。依据《中华人民共和国药品管理法》第一百二十六条的规定，我局决定对当事人给予警告的行政处罚，并责令当事人于2021年12月31日前完成全部整改，向我局提交整改报告。
    如不服本处罚决定，可以在收到本决定书之日起六十日内向江苏省人民政府或者国家药品监督管理局申请行政复议，也可以在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。

江苏省药品监督管理局
2021年11月9日
""",
    label=dict(
        doc_type="行政处罚决定书", agency="江苏省药品监督管理局", doc_number="苏药监药罚〔2021〕56号",
        party="南京康沐医药有限公司", credit_code=C["nj_yiyao"],
        cited_articles=[cite("DRUG", 53, 1), cite("DRUG", 126, None, None, "penalty")],
        fine_yuan=None, confiscation_yuan=None,
        dates={"filing": "2021-08-24", "notice": "2021-10-12", "decision": "2021-11-09", "service": None,
               "inspection": "2021-08-17"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        related_doc_numbers=["苏药监药罚告〔2021〕56号"],
        notes="警告 only: the quoted 第一百二十六条 contains '十万元以上五十万元以下的罚款' (the sanction for 逾期不改正), which is not imposed → fine_yuan null. 药品经营许可证编号 苏AA0250318 is a licence number, not a credit code; the credit code has a purely numeric organisation-code body (older style). Dates 2021年7月3日至7月6日 describe the missing data; 2021年12月31日 is a remediation deadline. Decision after 2021-07-15 but no 行政处罚法 article is cited. Pre-2024 review: 江苏省人民政府 or 国家药品监督管理局 (a provincial department, dual channel).",
        defects_observed=[],
    ),
    fine_ev=[], conf_ev=[],
)

# ================================================================ 21 人社 2016: 企业信用信息公示系统 page + detail
case(
    file="21_人社.txt", domain="人社", doc_type="行政处罚决定书（企业信用信息公示系统页面）",
    source="invented by writer 81; imitates a 国家企业信用信息公示系统 company page (行政处罚信息 tab) with the decision shown under 详情",
    text=f"""国家企业信用信息公示系统
深圳市长信精密五金有限公司　　存续（在营、开业、在册）
统一社会信用代码：{C['sz_changxin']}　　法定代表人：杜某某　　登记机关：深圳市市场监督管理局宝安局　　成立日期：2014年03月12日
基础信息 | 行政许可信息 | 行政处罚信息 | 列入经营异常名录信息 | 列入严重违法失信企业名单（黑名单）信息 | 抽查检查结果信息 | 司法协助信息
信息来源：其他部门公示信息
行政处罚信息
序号	决定书文号	违法行为类型	行政处罚内容	决定机关名称	处罚决定日期	公示日期	详情
1	深宝人监罚字〔2016〕第88号	违法延长劳动者工作时间	警告；罚款5400元	深圳市宝安区人力资源局	2016年09月05日	2016年09月20日	查看
共查询到 1 条记录 共 1 页 首页 上一页 1 下一页 末页

详情
深圳市宝安区人力资源局
劳动保障监察行政处罚决定书
深宝人监罚字〔2016〕第88号

用人单位名称：深圳市长信精密五金有限公司
统一社会信用代码：{C['sz_changxin']}
法定代表人：杜某某
地址：深圳市宝安区石岩街道塘头社区宝石南路82号

    2016年7月12日，本局劳动保障监察员对你单位进行劳动保障监察，经查实：你单位2016年5月、6月安排冲压车间18名劳动者延长工作时间，每月延长工作时间均超过36小时，其中最长的达86小时。本局于2016年7月14日立案调查。
    上述事实有现场检查笔录、询问笔录、2016年5月至6月考勤记录及工资表等证据证实。
    你单位的上述行为违反了《中华人民共和国劳动法》第四十一条的规定。本局于2016年8月16日向你单位送达了《劳动保障监察行政处罚事先告知书》，你单位在规定期限内未提出陈述、申辩，未要求听证。
    根据《劳动保障监察条例》第二十五条的规定，本局决定给予你单位警告，责令你单位立即改正，并按受侵害的劳动者每人300元的标准，对你单位处以罚款人民币伍仟肆佰元整。
    你单位应自收到本决定书之日起十五日内，持本决定书到深圳市指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
    如对本决定不服，可在收到本决定书之日起六十日内向深圳市宝安区人民政府或者深圳市人力资源和社会保障局申请行政复议，或者在六个月内向深圳市宝安区人民法院提起行政诉讼。

深圳市宝安区人力资源局
2016年9月5日
""",
    label=dict(
        doc_type="劳动保障监察行政处罚决定书", agency="深圳市宝安区人力资源局", doc_number="深宝人监罚字〔2016〕第88号",
        party="深圳市长信精密五金有限公司", credit_code=C["sz_changxin"],
        cited_articles=[cite("LABOUR", 41), cite("LSI", 25, None, None, "penalty")],
        fine_yuan=5400, confiscation_yuan=None,
        dates={"filing": "2016-07-14", "notice": "2016-08-16", "decision": "2016-09-05", "service": None,
               "inspection": "2016-07-12", "published": "2016-09-20"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        notes="GSXT company page (status, 成立日期 2014年03月12日, tab bar, pager) with the penalty row and the decision under 详情. The row gives 罚款5400元 (小写) and dates 2016年09月05日 (zero-padded) / 公示日期 2016年09月20日 (publication); the decision gives 伍仟肆佰元整. 5400 = 18 workers × 300元; 36小时 and 86小时 are working-time facts. Party is called 用人单位名称. 警告 + 罚款. 劳动保障监察条例 / 劳动法 article numbers written from the writer's memory (not in the project's law folder).",
        defects_observed=["DISC-01: no reason for 300元 per worker within 100–500元"],
    ),
    fine_ev=["伍仟肆佰元整"], fine_alt=["5400元"], conf_ev=[],
)

# ================================================================ 22 OCR 林草 2022: two parties, truncated
case(
    file="22_林草.txt", domain="林草", doc_type="行政处罚决定书（扫描件OCR，缺末页）", ocr=True,
    source="invented by writer 81; imitates an OCR copy of the first two pages of a three-page 林业 decision (last page missing)",
    text=f"""尤溪县林业局
行政处罚决定书
尤林罚决字〔2O22〕第Ol8号

当事人:林某甲,男,1963年5月出生,身份证号{M['yx_lin1']},
住福建省尤溪县西城镇麻洋村**号。
当事人:林某乙,男,1988年9月出生,身份证号{M['yx_lin2']},住址同上。

    2022年3月15曰,我局接群众举报,反映尤溪县西城镇麻洋村"后门山"林地有人滥伐林木。经查,202l年12月,
当事人林某甲、林某乙未申请林木采伐许可证,在其承包经营的尤溪县西城镇麻洋村"后门山"(小地名)杉木林内,共同采伐杉木l62株,
经尤溪县林业调查规划队鉴定,滥伐林木蓄积6.8立方米,林木价值人民币4860元。我局于2O22年3月22日立案调查。
    上述事实有现场勘验笔录、伐区调查报告、林木价值鉴定意见、询问笔录、林权证复印件、现场照片等证据证实。
    当事人的行为违反了《中华人民共和国森林法》第五十六条第一款的规定。
2O22年5月l0日,我局向当事人送达了《林业行政处罚告知书》,当事人未提出陈述申辩。
    依据《中华人民共和国森林法》第七十六条第二款的规定,我局决定对当事人林某甲、林某乙作出如下行政处罚:
    1.责令于2O23年3月31日前在原地补种滥伐株数二倍的杉木324株;
    2.处滥伐林木价值三倍的罚款,计人民币壹万肆仟伍佰捌拾元(¥l4580.OO)。
                                                     — 2 —
    当事人应当自收到本决定书之曰起十五日内将罚款缴至尤溪县财政局非税收入专户。逾期
不缴纳罚款的,我局可以依据《中华人民共和国行政处罚法》第七十二条第一款第(一)项的规定,每日按罚款数额的百分之三加处罚款。
    如不服本决定,可以在收到本
""",
    label=dict(
        doc_type="行政处罚决定书", agency="尤溪县林业局", doc_number="尤林罚决字〔2022〕第018号",
        party="林某甲、林某乙", credit_code=None,
        cited_articles=[cite("FOREST", 56, 1), cite("FOREST", 76, 2, None, "penalty"), cite("APL", 72, 1, 1, "other")],
        fine_yuan=14580, confiscation_yuan=None,
        dates={"filing": "2022-03-22", "notice": "2022-05-10", "decision": None, "service": None,
               "report": "2022-03-15"},
        remedy_days=None, discretion=None, completeness="truncated",
        notes="OCR of pages 1–2 only: the remedy clause stops at '可以在收到本', so remedy_days, the signature and the decision date are missing (null = cut off, not absent from the original). OCR forms: 尤林罚决字〔2O22〕第Ol8号 (label normalised to 〔2022〕第018号), 202l年, l62株, 2O22年5月l0日, ¥l4580.OO, 15曰/之曰. Two natural persons jointly (party label joins them as written); IDs masked 6+8+4. 6.8立方米 volume (below the criminal threshold), 4860元 timber value (the base), 162株/324株 trees, and the 2023年3月31日 replanting deadline are not penalty amounts. Fine 14580 = 3 × 4860, the minimum multiple of 第七十六条第二款 (2019 森林法), with no 从轻 claimed. 森林法 article numbers written from the writer's memory (not in the project's law folder).",
        defects_observed=["DISC-01: minimum multiple (3倍) with no reasoning"],
    ),
    fine_ev=["壹万肆仟伍佰捌拾元"], conf_ev=[],
)

# ================================================================ 23 公安交管 2019: printed form with checkboxes, serial number
case(
    file="23_公安交管.txt", domain="公安交管", doc_type="公安交通管理行政处罚决定书",
    source="invented by writer 81; imitates a printed 公安交通管理行政处罚决定书 form (serial 编号, checkboxes, fill-in fields) transcribed to text",
    text=f"""张家港市公安局交通警察大队
公安交通管理行政处罚决定书
编号：3205821902138467

被处罚人：周某某　　驾驶证/居民身份证号码：{M['zjg_zhou']}
档案编号：320500743916　　准驾车型：A2　　联系方式：1391562****
车辆牌号：苏E·6J3T8　　车辆类型：重型仓栅式货车
发证机关：江苏省苏州市公安局交通警察支队

　　被处罚人于2019年08月13日10时25分，在S338线43公里+500米处，实施驾驶货车超过核定载质量百分之三十以上的违法行为（代码：1603），核定载质量18000千克，实际载质量25460千克，超载41.4%。违反了《中华人民共和国道路交通安全法》第48条第1款的规定。被处罚人于违法当日接受询问并被告知拟作出处罚的事实、理由、依据及享有陈述、申辩的权利，未提出陈述、申辩。
　　依据《中华人民共和国道路交通安全法》第92条第2款、第3款的规定，决定处以：
　　□警告　■罚款　□暂扣机动车驾驶证　□吊销机动车驾驶证　□拘留
　　罚款金额：人民币壹仟伍佰元（1500元）　　记分：6分
　　持本决定书在十五日内到张家港农村商业银行各网点或者通过“江苏交警”APP缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
　　如不服本决定，可以在收到本决定书之日起60日内向张家港市人民政府或者苏州市公安局交通警察支队申请行政复议；或者在6个月内向张家港市人民法院提起行政诉讼。

处罚地点：张家港市公安局交通警察大队违法处理窗口
交通警察：陆某某（警号：025317）、施某某（警号：025402）
张家港市公安局交通警察大队（印章）
2019年08月20日
被处罚人签名：周某某　　2019年08月20日
""",
    label=dict(
        doc_type="公安交通管理行政处罚决定书", agency="张家港市公安局交通警察大队", doc_number="3205821902138467",
        party="周某某", credit_code=None,
        cited_articles=[cite("TRAFFIC", 48, 1, None, "violated", "written 第48条第1款"),
                        cite("TRAFFIC", 92, 2, None, "penalty", "written 第92条第2款"),
                        cite("TRAFFIC", 92, 3, None, "penalty", "扣留机动车至违法状态消除")],
        fine_yuan=1500, confiscation_yuan=None,
        dates={"filing": None, "notice": "2019-08-13", "decision": "2019-08-20", "service": "2019-08-20",
               "violation": "2019-08-13"},
        remedy_days={"review": 60, "litigation": "6m"}, discretion=None, completeness="complete",
        notes="Printed 交管 form: the 文号 is a 16-digit serial 编号 (not a credit code or ID); checkboxes ■/□ carry the penalty kind (only 罚款 ticked). Fine '壹仟伍佰元（1500元）'. Number traps: 档案编号 (12 digits), 违法代码 1603, 18000千克/25460千克/41.4%, 记分 6分 (not a penalty kind under 行政处罚法), 警号. 告知 happened orally on the day of the violation; service = the party's signature date (zero-padded 2019年08月20日). No 立案 in this procedure → filing null. Two officers named with 警号.",
        defects_observed=[],
    ),
    fine_ev=["壹仟伍佰元"], conf_ev=[],
)

# ================================================================ 24 综合执法 2026: 信用中国 flattened table, 从重
case(
    file="24_综合执法.txt", domain="综合行政执法", doc_type="行政处罚信息（信用中国公示记录）",
    source="invented by writer 81; imitates a later 信用中国 行政处罚 page whose two-column table was flattened to one cell per line",
    text=f"""信用中国（浙江杭州）
行政处罚
|
行政处罚决定书文号
|
杭拱综执罚决〔2026〕第0031号
|
处罚类别
|
罚款
|
处罚决定日期
|
2026年03月10日
|
处罚内容
|
罚款人民币叁万伍仟元
|
罚款金额（万元）
|
3.5
|
没收违法所得、没收非法财物的金额（万元）
|
—
|
暂扣或吊销证照名称及编号
|
—
|
违法行为类型
|
排放油烟的餐饮服务业经营者超过排放标准排放油烟
|
违法事实
|
2026年1月12日，执法人员对当事人经营场所检查，经委托检测，当事人油烟净化设施未正常使用，油烟排放浓度3.6mg/m³，超过《饮食业油烟排放标准》规定的2.0mg/m³。当事人曾于2025年8月因同一违法行为被责令改正（杭拱综执责改〔2025〕第0418号），拒不改正后再次违法。
|
处罚依据
|
《中华人民共和国大气污染防治法》第八十一条第一款、第一百一十八条第一款；《浙江省生态环境行政处罚裁量基准》，属从重处罚情形
|
处罚机关
|
杭州市拱墅区综合行政执法局
|
处罚机关统一社会信用代码
|
{C['hz_kitchen_agency']}
|
行政相对人名称
|
杭州市拱墅区马记川味小厨
|
行政相对人类别
|
个体工商户
|
行政相对人代码
|
{C['hz_kitchen']}
|
法定代表人（经营者）
|
马某某
|
证件号码
|
{M['hz_ma']}
|
处罚有效期
|
2026年09月10日
|
公示截止期
|
2029年03月10日
|
数据来源单位
|
杭州市拱墅区综合行政执法局
|
""",
    label=dict(
        doc_type="行政处罚信息（信用中国公示记录）", agency="杭州市拱墅区综合行政执法局",
        doc_number="杭拱综执罚决〔2026〕第0031号", party="杭州市拱墅区马记川味小厨", credit_code=C["hz_kitchen"],
        cited_articles=[cite("AIR", 81, 1), cite("AIR", 118, 1, None, "penalty"),
                        cite("《浙江省生态环境行政处罚裁量基准》", None, None, None, "other", "discretion benchmark; 从重")],
        fine_yuan=35000, confiscation_yuan=None,
        dates={"filing": None, "notice": None, "decision": "2026-03-10", "service": None,
               "inspection": "2026-01-12"},
        remedy_days=None, discretion="从重", completeness="summary",
        related_doc_numbers=["杭拱综执责改〔2025〕第0418号"],
        notes="Credit-page record flattened so that every table cell sits on its own line between '|' lines: label and value are on different lines. Fine twice: 罚款人民币叁万伍仟元 and 3.5 in the 万元 column; '—' means none. 3.6mg/m³ vs 2.0mg/m³ are measurements. The page lists the party's code (行政相对人代码, 92…) and the agency's (11…); the 经营者 ID is masked 4+10+4. 处罚有效期 / 公示截止期 are publication dates. The earlier 责令改正 number 杭拱综执责改〔2025〕第0418号 is a different document. 从重 stated (repeat offence after 责令改正). No remedy clause in this format → remedy_days null, completeness 'summary'.",
        defects_observed=[],
    ),
    fine_ev=["叁万伍仟元"], conf_ev=[],
)


# ================================================================ writer
LABEL_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles", "fine_yuan",
              "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness", "notes", "defects_observed"]


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    rows = []
    for c in CASES:
        body = c["text"].lstrip("\n")
        head = f"source: {c['source']}\ndomain: {c['domain']}\ndoc_type: {c['doc_type']}\n---\n"
        (OUT / c["file"]).write_text(head + body, encoding="utf-8")
        lab = c["label"]
        row = {"file": c["file"]}
        for k in LABEL_KEYS[1:]:
            row[k] = lab[k]
        for k in lab:
            if k not in row:
                row[k] = lab[k]
        rows.append(row)
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} files and labels.jsonl")


if __name__ == "__main__":
    build()
