#!/usr/bin/env python3
"""Build the decisions16 corpus: 24 invented 行政处罚 documents + labels.jsonl.

Everything is invented (parties, people, 文号, amounts). Agencies carry real place names.
Run from anywhere:  python3 _build/build.py   (writes into the folder above _build/)
Credit codes are generated here with valid GB 32100 / GB 11714 check characters and
substituted for «TOKENS» in the texts, so text and labels always agree.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- codes
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8: str) -> str:
    """GB 11714 check character of an 8-character organisation-code body."""
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix2: str, region6: str, body8: str) -> str:
    """18-character 统一社会信用代码 with valid GB 32100 and embedded GB 11714 checks."""
    base = prefix2 + region6 + body8 + org_check(body8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(base, USCC_W))
    return base + USCC_CHARS[(31 - s % 31) % 31]


def regno15(first14: str) -> str:
    """Old 15-digit 工商注册号 with ISO 7064 MOD 11,10 check digit."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return first14 + str((11 - p) % 10)


CODES = {
    "CC01": uscc("91", "430202", "MA4L2R7C"),
    "CC01B": uscc("91", "430211", "MA4PX3D1"),
    "CC02": uscc("91", "320106", "MA1N8Q4T"),
    "CC02G": uscc("11", "320106", "01403271"),
    "CC03": uscc("92", "330602", "MA2JD46B"),
    "CC06": uscc("92", "330102", "MA2H7W9E"),
    "CC07": uscc("91", "440300", "MA5DJ2K8"),
    "CC09": uscc("91", "420506", "MA49CR1N"),
    "CC10": uscc("91", "410102", "MA44U7GX"),
    "CC10G": uscc("11", "410100", "00585142"),
    "CC11": uscc("91", "360111", "MA35K0T2"),
    "CC12": uscc("93", "370783", "MA3C6L2P"),
    "CC13": uscc("91", "440106", "MA59B8HH"),
    "CC14": uscc("91", "130102", "MA0CQ5E4"),
    "CC16": uscc("91", "620702", "MA71P4X0"),
    "CC18": uscc("91", "520303", "MAAJ9T6R"),
    "CC19": uscc("91", "532801", "MA6N3F5K"),
    "CC20": uscc("92", "610113", "MAB0X1L7"),
    "CC22": uscc("92", "230103", "MA1CG8N3"),
    "CC23": uscc("91", "150203", "MA0Q7YB5"),
    "CC24": uscc("91", "340104", "MA8N2E6W"),
    "REG17": regno15("21021100012864"),
    "ORG17": "",
    "REG21": regno15("14010520000517"),
}
_o = "73861294"
CODES["ORG17"] = f"{_o}-{org_check(_o)}"


def fill(s: str) -> str:
    for k, v in CODES.items():
        s = s.replace(f"«{k}»", v)
    return s


CASES: list[tuple[str, str, str, str, str, dict]] = []  # (file, source, domain, doc_type, text, label)


def case(file, source, domain, doc_type, text, label):
    CASES.append((file, source, domain, doc_type, text, label))


def cit(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def dates(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


R60_6M = {"review": 60, "litigation": "6m"}

# =========================================================================== 01
case("01_生态环境_政府公报.txt",
     "invented (writer 89); imitates a 市政府公报 PDF issue copied as text, three decisions in a row",
     "生态环境", "政府公报（行政处罚决定书连载，标注首件）", """株洲市人民政府公报                                   2019年第5期（总第281期）
【部门文件】
株洲市生态环境局
行政处罚决定书
株环罚〔2019〕17号
当事人：株洲市荷塘区鑫达表面处理有限公司
统一社会信用代码：«CC01»
法定代表人：刘**
地址：株洲市荷塘区金山街道新华东路 1 号
    2019年3月12日，我局执法人员对你公司进行现场检查，发现你公司电镀车间含铬废
水收集池设有一根未经报备的 PVC 旁路管，连接至厂区雨水排口，检查时旁路管阀门处
于开启状态，含铬废水未经处理设施处理直接排入雨水管网。经采样监测，雨水排口总铬
浓度为 3.62mg/L。我局于2019年3月14日对你公司立案调查。
    以上事实，有现场检查（勘察）笔录、调查询问笔录、监测报告（株环监字〔2019〕第
0312号）、现场照片等证据为证。
    你公司不正常运行水污染防治设施的行为，违反了《中华人民共和国水污染防治法》第
三十九条的规定。
    我局于2019年4月2日向你公司送达了《行政处罚事先（听证）告知书》（株环罚告〔2019〕
17号），你公司在规定期限内提出了陈述申辩，称旁路管系雨季应急使用。经复核，你公
司未能提供应急使用的审批或报备材料，陈述申辩意见不予采纳。
    依据《中华人民共和国水污染防治法》第八十三条第（三）项的规定，参照《湖南省环境
保护行政处罚自由裁量权基准》，我局决定对你公司作出如下行政处罚：
    处罚款人民币贰拾叁万元整（¥230000.00）。
    限于接到本处罚决定之日起十五日内缴至指定银行，逾期不缴纳罚款的，我局将依据《中

                                 — 31 —

株洲市人民政府公报                                   2019年第5期（总第281期）
华人民共和国行政处罚法》第五十一条第（一）项的规定每日按罚款数额的百分之三加处罚款。
    你公司如不服本处罚决定，可在收到本处罚决定书之日起六十日内向湖南省生态环境厅或
者株洲市人民政府申请行政复议，也可以在六个月内直接向株洲市荷塘区人民法院提起行政
诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。
                                                  株洲市生态环境局
                                                  2019年4月26日

株洲市生态环境局
行政处罚决定书
株环罚〔2019〕18号
当事人：株洲市天元区恒信混凝土有限公司
统一社会信用代码：«CC01B»
法定代表人：周**
    2019年3月20日，我局执法人员对你公司进行现场检查，发现你公司砂石料堆场约 2600
平方米未采取密闭、围挡、遮盖等措施……（略）
    你公司的行为违反了《中华人民共和国大气污染防治法》第四十八条第二款的规定。依据
《中华人民共和国大气污染防治法》第一百零八条第（五）项的规定，我局决定对你公司处
罚款人民币伍万元整。
    （救济途径同上，略）
                                                  株洲市生态环境局
                                                  2019年5月6日

株洲市生态环境局
行政处罚决定书
株环罚〔2019〕21号
当事人：醴陵市

                                 — 32 —
""", {
    "doc_type": "行政处罚决定书",
    "agency": "株洲市生态环境局",
    "doc_number": "株环罚〔2019〕17号",
    "party": "株洲市荷塘区鑫达表面处理有限公司",
    "credit_code": "«CC01»",
    "cited_articles": [
        cit("《中华人民共和国水污染防治法》", 39),
        cit("《中华人民共和国水污染防治法》", 83, None, 3, "penalty"),
        cit("《湖南省环境保护行政处罚自由裁量权基准》", None, None, None, "other", "discretion benchmark cited by name (参照)"),
        cit("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2017 numbering (now art.72); split across the page break"),
    ],
    "fine_yuan": 230000, "confiscation_yuan": None,
    "dates": dates("2019-03-14", "2019-04-02", "2019-04-26", None, inspection="2019-03-12"),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "Gazette PDF copy holding three decisions; ONLY the first (株环罚〔2019〕17号) is labelled. "
             "The second (株环罚〔2019〕18号, 50,000 yuan, 大气法 citations, dated 2019-05-06) and the cut third (株环罚〔2019〕21号) "
             "must not leak into the first decision's fields. A page footer (— 31 —) and the repeated running head split the "
             "citation 《中华人民共和国行政处罚法》第五十一条 across pages; hard line breaks split 第三十九条 as 第/三十九条. "
             "Fine written 贰拾叁万元整（¥230000.00）. The 告知书 number 株环罚告〔2019〕17号 and 监测报告 number are related documents, not the 文号. "
             "Pre-2024 dual review channel (湖南省生态环境厅 or 株洲市人民政府).",
    "defects_observed": ["事先告知书送达日期与陈述申辩期限未载明具体日期（仅称“规定期限内”）",
                          "裁量基准仅“参照”，未写明适用的裁量档次及理由"],
    "related_doc_numbers": ["株环罚告〔2019〕17号", "株环罚〔2019〕18号", "株环罚〔2019〕21号"],
})

# =========================================================================== 02
case("02_应急管理_行政判决书.txt",
     "invented (writer 89); imitates a 裁判文书网-style 行政判决书 that quotes the penalty decision under review",
     "应急管理", "行政判决书（引述被诉行政处罚决定）", """江苏省南京市鼓楼区人民法院
行 政 判 决 书
（2021）苏0106行初57号
原告南京恒瑞达机电设备有限公司，住所地南京市鼓楼区清江南路 18 号，统一社会信用代码«CC02»。
法定代表人孙**，该公司执行董事。
委托代理人王**，江苏某某律师事务所律师。
被告南京市鼓楼区应急管理局，住所地南京市鼓楼区中山北路 140 号，统一社会信用代码«CC02G»。
法定代表人陈**，该局局长。
委托代理人李**，该局工作人员。
    原告南京恒瑞达机电设备有限公司（以下简称恒瑞达公司）不服被告南京市鼓楼区应急管理局（以下简称鼓楼区应急局）安全生产行政处罚一案，于2021年3月8日向本院提起行政诉讼。本院于同日立案后，依法向被告送达了起诉状副本及应诉通知书。本院依法组成合议庭，于2021年5月11日公开开庭审理了本案。原告委托代理人王**，被告副局长张**及委托代理人李**到庭参加诉讼。本案现已审理终结。
    被告鼓楼区应急局于2020年11月20日作出（宁鼓）应急罚〔2020〕8号《行政处罚决定书》，认定：2020年8月5日，被告执法人员对原告位于南京市鼓楼区的机修车间进行检查，发现原告新入职的3名设备维修人员未经安全生产教育和培训即上岗作业。被告于2020年8月10日立案调查。原告的行为违反了《中华人民共和国安全生产法》第二十五条第一款的规定，依据《中华人民共和国安全生产法》第九十四条第（三）项的规定，决定对原告处人民币叁万元罚款。
    原告诉称：……3名人员入职时已由班组长进行口头培训，被告未考虑原告已于检查当月补办培训，处罚过重，请求撤销被诉处罚决定。
    被告辩称：……被告于2020年10月16日向原告送达（宁鼓）应急罚告〔2020〕8号《行政处罚告知书》，原告在法定期限内未提出陈述、申辩，亦未要求听证。被诉处罚决定于2020年11月23日直接送达原告。被诉行政行为认定事实清楚，适用法律正确，程序合法，请求驳回原告的诉讼请求。
    经审理查明：……（与被诉处罚决定认定的事实一致，略）
    本院认为，《中华人民共和国安全生产法》第二十五条第一款规定，未经安全生产教育和培训合格的从业人员，不得上岗作业。原告称已进行口头培训，但未提交培训档案，其主张本院不予采信。被告在法定幅度内处以三万元罚款，并无明显不当。依照《中华人民共和国行政诉讼法》第六十九条之规定，判决如下：
    驳回原告南京恒瑞达机电设备有限公司的诉讼请求。
    案件受理费50元，由原告负担。
    如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于江苏省南京市中级人民法院。
审 判 长  刘 **
审 判 员  吴 **
人民陪审员  许 **
二〇二一年六月十八日
书 记 员  赵 **
""", {
    "doc_type": "行政处罚决定书",
    "agency": "南京市鼓楼区应急管理局",
    "doc_number": "（宁鼓）应急罚〔2020〕8号",
    "party": "南京恒瑞达机电设备有限公司",
    "credit_code": "«CC02»",
    "cited_articles": [
        cit("《中华人民共和国安全生产法》", 25, 1),
        cit("《中华人民共和国安全生产法》", 94, None, 3, "penalty", "2014 text numbering (2021 text: art.28/97)"),
    ],
    "fine_yuan": 30000, "confiscation_yuan": None,
    "dates": dates("2020-08-10", "2020-10-16", "2020-11-20", "2020-11-23", inspection="2020-08-05"),
    "remedy_days": None, "discretion": None, "completeness": "complete",
    "notes": "A 行政判决书; labels describe the QUOTED penalty decision, not the judgment. The file has two credit codes: "
             "the plaintiff's (labelled) and the defendant agency's (11-prefix, not the party). Court citations "
             "(《中华人民共和国行政诉讼法》第六十九条) and the court's own dates (起诉 2021-03-08, 开庭 2021-05-11, 判决 二〇二一年六月十八日) "
             "and its case number (2021)苏0106行初57号 are NOT the decision's; 十五日 is the appeal period, not a remedy period of the decision, "
             "so remedy_days is null (the decision's remedy clause is not quoted). Fine written 人民币叁万元 and later 三万元. "
             "Decision dated 2020-11-20: 2014 安全生产法 numbering (第二十五条/第九十四条). The 告知书 number (宁鼓)应急罚告〔2020〕8号 is related.",
    "defects_observed": [],
    "related_doc_numbers": ["（宁鼓）应急罚告〔2020〕8号", "（2021）苏0106行初57号"],
})

# =========================================================================== 03
case("03_文化旅游_微信公众号.txt",
     "invented (writer 89); imitates a WeChat public-account article reposting a decision",
     "文化旅游", "微信公众号文章（转载行政处罚决定书）", """点击上方蓝字关注我们 👆

越城文旅执法
2022-08-26 17:30  发表于浙江

━━━━━━━━━━━━━━━━━━

📢【以案释法】网吧违规接纳未成年人，被罚！

━━━━━━━━━━━━━━━━━━

近日，我区依法查处一起网吧违规接纳未成年人上网案件，现将处罚决定书全文公开如下👇

▼ ▼ ▼

绍兴市越城区文化和广电旅游体育局
行政处罚决定书
越文旅罚决〔2022〕第036号

当事人：绍兴市越城区极速网络会所（个体工商户）
经营者：陈**
统一社会信用代码：«CC03»
经营场所：绍兴市越城区城南街道 ** 路 ** 号二楼

🔍 违法事实
2022年7月23日21时10分，执法人员对当事人经营场所进行检查，发现当事人接纳2名未成年人（均未满十六周岁）上网，且未核对其有效身份证件。

📋 证据
现场检查笔录、询问笔录、上网登记记录截图、监控视频等。

⚖️ 处罚依据及结果
当事人的行为违反了《互联网上网服务营业场所管理条例》第二十一条的规定。本局于2022年8月3日向当事人送达了行政处罚事先告知书，当事人未提出陈述、申辩。根据《互联网上网服务营业场所管理条例》第三十一条第（二）项，参照《浙江省文化市场综合行政执法行政处罚裁量基准》，当事人的违法情节属一般情节，本局决定给予当事人以下行政处罚：
1️⃣ 警告；
2️⃣ 罚款人民币伍仟元整（5000元）。

💰 履行方式
当事人应自收到本决定书之日起十五日内，通过浙江政务服务网统一公共支付平台缴纳罚款。逾期不缴纳的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项，每日按罚款数额的3%加处罚款。

📌 救济途径
如不服本处罚决定，可在收到本决定书之日起六十日内向绍兴市越城区人民政府或者绍兴市文化广电旅游局申请行政复议；也可以在六个月内依法向绍兴市越城区人民法院提起行政诉讼。

绍兴市越城区文化和广电旅游体育局
2022年8月19日

━━━━━━━━━━━━━━━━━━

💡 温馨提示：网吧经营者须严格落实“实名登记、未成年人禁入”规定，发现违规经营行为可拨打举报电话 12318。

— END —
来源 | 越城区文化市场执法队
编辑 | 小越    审核 | ***

往期推荐 ▶ 暑期文化市场专项检查“回头看” ▶ 一图读懂《未成年人保护法》

分享  点赞  在看  💙
阅读原文
""", {
    "doc_type": "行政处罚决定书",
    "agency": "绍兴市越城区文化和广电旅游体育局",
    "doc_number": "越文旅罚决〔2022〕第036号",
    "party": "绍兴市越城区极速网络会所",
    "credit_code": "«CC03»",
    "cited_articles": [
        cit("《互联网上网服务营业场所管理条例》", 21),
        cit("《互联网上网服务营业场所管理条例》", 31, None, 2, "penalty"),
        cit("《浙江省文化市场综合行政执法行政处罚裁量基准》", None, None, None, "other", "discretion benchmark by name"),
        cit("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
    ],
    "fine_yuan": 5000, "confiscation_yuan": None,
    "dates": dates(None, "2022-08-03", "2022-08-19", None, inspection="2022-07-23"),
    "remedy_days": R60_6M, "discretion": "一般", "completeness": "complete",
    "notes": "WeChat repost: 点击上方蓝字关注 header, account name, article timestamp 2022-08-26 17:30 (publication, NOT the decision date), "
             "emoji section markers (🔍📋⚖️💰📌, 1️⃣ 2️⃣ as list numbers), ━━ separators, footer (来源/编辑/往期推荐/阅读原文). "
             "Party is an 个体工商户 labelled by its 字号 without the '（个体工商户）' suffix; the operator 陈** is masked. "
             "Penalty is 警告 + 罚款伍仟元整（5000元）. 情节 stated as 一般情节 under the provincial benchmark → discretion 一般. "
             "The report line number 12318 is a hotline, not an amount.",
    "defects_observed": [],
})

# =========================================================================== 04
case("04_海关_外国企业.txt",
     "invented (writer 89); imitates a 海关 行政处罚决定书 against a foreign company, as published on a customs site",
     "海关", "行政处罚决定书", """中华人民共和国洋山海关
行政处罚决定书
洋山关缉违字〔2023〕0347号

当事人：ORIENT BRIDGE TRADING PTE. LTD.（东桥贸易私人有限公司），注册地：新加坡，注册编号：201912345K，地址：10 Anson Road #21-05, Singapore。
授权代表：TAN ** **（新加坡籍），护照号码：K12****7A。

    经我关调查，当事人有以下违法行为：
    2023年5月11日，当事人作为收货人，委托上海某报关有限公司以一般贸易方式向海关申报进口“工业用聚氨酯胶粘剂”一批，报关单号：2203********1147，申报商品编号3506919000。经海关查验及归类认定，该批货物应归入商品编号3909500000项下。当事人商品编号申报不实，影响国家税款征收，经海关计核，漏缴税款人民币86,412.35元。
    以上行为有查验记录、报关单及随附单证、归类意见书、计核证明书、查问笔录及授权委托书等为证。
    当事人申报不实的行为违反了《中华人民共和国海关法》第二十四条第一款之规定，构成《中华人民共和国海关法》第八十六条第（三）项所列之违法行为。鉴于当事人在调查中如实说明情况，主动补缴税款，认错认罚，具有从轻处罚情节，依照《中华人民共和国海关行政处罚实施条例》第十五条第（四）项、《中华人民共和国海关行政处罚裁量基准（一）》（海关总署公告2023年第182号）第九条第二项之规定，决定对当事人作出如下行政处罚：
    科处罚款人民币3.5万元。

    当事人应当自本处罚决定书送达之日起15日内，根据《中华人民共和国行政处罚法》第六十七条、第六十九条的规定，履行上述处罚决定。
    当事人不服本处罚决定的，依照《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》的规定，可自收到本决定书之日起60日内向上海海关申请行政复议，或者自收到本决定书之日起6个月内，直接向上海市第三中级人民法院提起诉讼。
    根据《中华人民共和国行政处罚法》第七十二条之规定，到期不缴纳罚款的，每日可以按罚款数额的百分之三加处罚款。

中华人民共和国洋山海关
2023年09月14日
""", {
    "doc_type": "行政处罚决定书",
    "agency": "中华人民共和国洋山海关",
    "doc_number": "洋山关缉违字〔2023〕0347号",
    "party": "ORIENT BRIDGE TRADING PTE. LTD.（东桥贸易私人有限公司）",
    "credit_code": None,
    "cited_articles": [
        cit("《中华人民共和国海关法》", 24, 1),
        cit("《中华人民共和国海关法》", 86, None, 3, "violated", "构成…所列之违法行为 (definition of the offence)"),
        cit("《中华人民共和国海关行政处罚实施条例》", 15, None, 4, "penalty"),
        cit("《中华人民共和国海关行政处罚裁量基准（一）》", 9, None, 2, "other", "discretion benchmark (海关总署公告2023年第182号)"),
        cit("《中华人民共和国行政处罚法》", 67, None, None, "other"),
        cit("《中华人民共和国行政处罚法》", 69, None, None, "other"),
        cit("《中华人民共和国行政处罚法》", 72, None, None, "other"),
    ],
    "fine_yuan": 35000, "confiscation_yuan": None,
    "dates": dates(None, None, "2023-09-14", None, violation="2023-05-11"),
    "remedy_days": R60_6M, "discretion": "从轻", "completeness": "complete",
    "notes": "Foreign company with no Chinese credit code (credit_code null): identified by a Singapore registration number 201912345K "
             "and an authorised representative with a masked passport number K12****7A; the party name mixes Latin capitals and a "
             "Chinese translation in full-width brackets. 漏缴税款 86,412.35 is the base, not the fine; fine written 3.5万元 (Arabic + 万). "
             "Remedy in Arabic numerals (60日 / 6个月); review to 上海海关 (vertical body, still correct after 2024) and suit to a 中级人民法院. "
             "Decision date zero-padded 2023年09月14日. 《行政复议法》《行政诉讼法》 cited without articles (not labelled).",
    "defects_observed": ["第七十二条未写款项"],
})

# =========================================================================== 05
case("05_卫生健康_澳门居民.txt",
     "invented (writer 89); imitates a 卫生健康局 decision page against a Macao resident (港澳居民来往内地通行证)",
     "卫生健康", "行政处罚决定书", """珠海市香洲区卫生健康局
行政处罚决定书
香卫罚决字2019年第12号

当事人：梁**          性别：女          出生年月：1981年2月
身份证件：港澳居民来往内地通行证，号码：M12****78
户籍地址：澳门特别行政区
内地住址：珠海市香洲区拱北 ** 花园 ** 栋

    当事人于2019年3月1日至2019年5月28日期间，在其租住的珠海市香洲区拱北 ** 花园 ** 栋住所内，未取得《医疗机构执业许可证》，为他人进行注射玻尿酸等医疗美容诊疗活动，共收取费用人民币陆仟捌佰元（6800元）。本局于2019年6月3日立案调查，现场查扣玻尿酸注射液12支、一次性注射器40支等药品、器械。当事人无医师资格，系非卫生技术专业人员。
    上述事实有现场笔录、询问笔录、当事人提供的微信收款记录、查扣物品清单等证据证实。
    本局认为，当事人的行为违反了《医疗机构管理条例》第二十四条的规定。本局已于2019年6月20日依法告知当事人拟作出行政处罚的事实、理由、依据及其依法享有的陈述、申辩权和要求听证的权利，当事人在法定期限内未提出陈述、申辩，亦未要求听证。
    依据《医疗机构管理条例》第四十四条、《医疗机构管理条例实施细则》第七十七条第（二）项的规定，本局决定对当事人作出如下行政处罚：
    一、责令立即停止执业活动；
    二、没收违法所得人民币陆仟捌佰元（6800元）；
    三、没收玻尿酸注射液12支、一次性注射器40支；
    四、罚款人民币捌仟元（8000元）。
    罚没款合计人民币壹万肆仟捌佰元，请于收到本决定书之日起十五日内缴至指定银行。逾期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
    如不服本处罚决定，可在收到本处罚决定书之日起六十日内向珠海市香洲区人民政府或珠海市卫生健康局申请行政复议，或者六个月内向珠海市香洲区人民法院提起行政诉讼。

珠海市香洲区卫生健康局
2019年7月9日
（发布日期：2019-07-16  浏览次数：203）
""", {
    "doc_type": "行政处罚决定书",
    "agency": "珠海市香洲区卫生健康局",
    "doc_number": "香卫罚决字2019年第12号",
    "party": "梁**",
    "credit_code": None,
    "cited_articles": [
        cit("《医疗机构管理条例》", 24),
        cit("《医疗机构管理条例》", 44, None, None, "penalty", "1994 text numbering"),
        cit("《医疗机构管理条例实施细则》", 77, None, 2, "penalty"),
        cit("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2017 numbering"),
    ],
    "fine_yuan": 8000, "confiscation_yuan": 6800,
    "dates": dates("2019-06-03", "2019-06-20", "2019-07-09", None),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "Natural person resident in Macao: identified by a masked 港澳居民来往内地通行证 number M12****78 (not a GB 11643 ID), "
             "birth month only. Four penalty items: 没收违法所得陆仟捌佰元（6800元） → confiscation_yuan 6800, goods confiscated by count (no value), "
             "罚款捌仟元（8000元） → fine_yuan 8000; the printed total 罚没款合计壹万肆仟捌佰元 (14800) mixes fine and confiscation and is NOT the fine. "
             "文号 style 2019年第12号 (no brackets). Page footer 发布日期 2019-07-16 is the publication date, not the decision date.",
    "defects_observed": [],
})

# =========================================================================== 06
case("06_市场监管_附件清单.txt",
     "invented (writer 89); imitates a 市场监管 decision published with an 附件 list of confiscated goods flattened from a table",
     "市场监管", "行政处罚决定书（含附件清单）", """杭州市上城区市场监督管理局
行政处罚决定书
杭上市监罚处[2021]318号
当事人：杭州市上城区潮汇服饰店
主体类型：个体工商户
统一社会信用代码：«CC06»
经营者：王**
经营场所：杭州市上城区解放路 ** 号 1 楼

    2021年8月17日，本局执法人员根据商标权利人投诉，对当事人经营场所进行检查，发现当事人店内陈列销售标有“LUNAPEAK”注册商标的运动服装、运动鞋等商品，当事人无法提供上述商品的合法来源及商标权利人授权。经商标权利人鲁纳峰（中国）体育用品有限公司鉴定，上述商品均系侵犯注册商标专用权的商品。本局于2021年8月18日立案调查，并依法扣押了涉案商品（详见附件）。
    经查，当事人于2021年6月起从不明渠道购进上述商品，截至案发共销售侵权商品 97 件（双），违法经营额为人民币18460元（含已售和库存商品按实际销售价格计算）。
    上述事实，有现场笔录、询问笔录、鉴定证明、进货单据、销售记录等证据证明。
    本局认为，当事人销售侵犯注册商标专用权商品的行为，违反了《中华人民共和国商标法》第五十七条第（三）项的规定。当事人不能证明该商品是自己合法取得并说明提供者。本局于2021年9月24日向当事人送达了行政处罚告知书，当事人在规定期限内未提出陈述、申辩和听证要求。
    依据《中华人民共和国商标法》第六十条第二款的规定，本局决定：
    一、责令立即停止侵权行为；
    二、没收、销毁侵权商品（明细见附件）；
    三、罚款人民币叁万陆仟元整。
    当事人应当自收到本决定书之日起十五日内，通过浙江省统一公共支付平台缴纳罚款。到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
    当事人如对本处罚决定不服，可以在收到本处罚决定书之日起六十日内向杭州市上城区人民政府或者杭州市市场监督管理局申请行政复议；也可以于六个月内依法直接向杭州市上城区人民法院提起行政诉讼。

杭州市上城区市场监督管理局
2021年10月15日

附件：涉案侵权商品清单
序号 品名 规格/型号 数量 单位 处理方式
1 运动短袖T恤 M/L/XL 86 件 没收销毁
2 运动长裤 L/XL 54 条 没收销毁
3 跑步鞋 39-44码 57 双 没收销毁
4 运动
双肩包 均码 21 个 没收销毁
5 运动袜（3双装） 均码 97 盒 没收销毁
合计 315
（以下空白）
""", {
    "doc_type": "行政处罚决定书",
    "agency": "杭州市上城区市场监督管理局",
    "doc_number": "杭上市监罚处[2021]318号",
    "party": "杭州市上城区潮汇服饰店",
    "credit_code": "«CC06»",
    "cited_articles": [
        cit("《中华人民共和国商标法》", 57, None, 3),
        cit("《中华人民共和国商标法》", 60, 2, None, "penalty"),
        cit("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
    ],
    "fine_yuan": 36000, "confiscation_yuan": None,
    "dates": dates("2021-08-18", "2021-09-24", "2021-10-15", None, inspection="2021-08-17"),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "Flattened 附件 table after the signature: header row and five rows joined by spaces, one cell broken across a line (运动/双肩包), "
             "a '合计 315' row (a count, not money). Confiscated goods are listed by count only, no value → confiscation_yuan null; "
             "违法经营额18460元 is the base for the fine range, not a fine or confiscation. Fine only in capitals 叁万陆仟元整. "
             "'97 件（双）' sold and '97 盒' in the table are unrelated counts. 文号 uses ASCII square brackets [2021]. "
             "Decision after 2021-07-15 → 2021 行政处罚法 numbering (第七十二条).",
    "defects_observed": ["未载明裁量理由（违法经营额不足五万元，罚款幅度二十五万元以下，未说明取三万六千元的理由）"],
})

# =========================================================================== 07
case("07_税务_比例罚款.txt",
     "invented (writer 89); imitates a 税务稽查局 税务行政处罚决定书 that states the fine only as a percentage",
     "税务", "税务行政处罚决定书", """国家税务总局深圳市税务局第三稽查局
税务行政处罚决定书
深税三稽罚〔2018〕56号

深圳市启鸿微电子科技有限公司：（纳税人识别号：«CC07»）
    经我局于2018年3月6日至2018年9月28日对你单位2016年1月1日至2016年12月31日期间的纳税情况进行检查，你单位存在违法事实及处罚决定如下：
    一、违法事实
    你单位2016年通过个人银行账户收取货款，未在账簿上列示收入，少列销售收入 726,216.35 元，造成少缴增值税 123,456.78 元、少缴企业所得税 45,210.60 元，合计少缴税款 168,667.38 元。上述税款及滞纳金已由我局以《税务处理决定书》（深税三稽处〔2018〕55号）追缴。
    二、处罚决定
    你单位在账簿上不列、少列收入，不缴或者少缴应纳税款的行为，根据《中华人民共和国税收征收管理法》第六十三条第一款的规定，属于偷税。鉴于你单位在检查期间能够配合检查、如实提供资料，根据《深圳市税务行政处罚裁量基准》，对你单位少缴的增值税、企业所得税处少缴税款百分之五十的罚款。
    以上应缴款项共计 一 项，限你单位自本决定书送达之日起十五日内到国家税务总局深圳市南山区税务局缴纳入库。到期不缴纳罚款，我局依照《中华人民共和国行政处罚法》第五十一条第（一）项规定，每日按罚款数额的百分之三加处罚款。
    如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局深圳市税务局申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。如对处罚决定逾期不申请复议也不向人民法院起诉、又不履行的，我局将采取《中华人民共和国税收征收管理法》第四十条规定的强制执行措施，或者申请人民法院强制执行。

                                   税务机关（签章）
                                   二〇一八年十一月二十七日
""", {
    "doc_type": "税务行政处罚决定书",
    "agency": "国家税务总局深圳市税务局第三稽查局",
    "doc_number": "深税三稽罚〔2018〕56号",
    "party": "深圳市启鸿微电子科技有限公司",
    "credit_code": "«CC07»",
    "cited_articles": [
        cit("《中华人民共和国税收征收管理法》", 63, 1, None, "violated", "the same provision defines 偷税 and sets the penalty"),
        cit("《中华人民共和国税收征收管理法》", 63, 1, None, "penalty"),
        cit("《深圳市税务行政处罚裁量基准》", None, None, None, "other", "discretion benchmark by name"),
        cit("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2017 numbering"),
        cit("《中华人民共和国税收征收管理法》", 40, None, None, "other", "enforcement measures"),
    ],
    "fine_yuan": None, "confiscation_yuan": None,
    "fine_formula": {"base_yuan": 168667.38, "rate": 0.5, "computed_yuan": 84333.69},
    "dates": dates(None, None, "2018-11-27", None, inspection="2018-03-06"),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "The fine is stated ONLY as 少缴税款百分之五十; the base 168,667.38 (合计少缴税款) is written in the facts, the yuan amount never appears. "
             "fine_yuan is therefore null (no written value to point at); fine_formula records base, rate and the computed 84,333.69 for a tool "
             "that derives amounts. 少列收入 726,216.35 and the two tax amounts are not fines. The 纳税人识别号 is the credit code. "
             "Party line ends with a colon (addressee form), no 当事人 label. Date in Chinese numerals 二〇一八年十一月二十七日. "
             "Tax is a vertical body: review to 国家税务总局深圳市税务局. Related 处理决定 深税三稽处〔2018〕55号. '共计 一 项' is a template blank filled with a count.",
    "defects_observed": ["罚款未写明具体金额，仅写比例", "起诉法院未写明具体名称", "裁量基准未写明适用条款"],
    "related_doc_numbers": ["深税三稽处〔2018〕55号"],
})

# =========================================================================== 08
case("08_综合执法_乡镇委托.txt",
     "invented (writer 89); imitates a 综合行政执法局 decision on a case investigated by a town government under a written 委托",
     "城市管理", "行政处罚决定书", """蒲江县综合行政执法局
行政处罚决定书
蒲综执罚决字〔2023〕第0215号

当事人：杨**，男，1972年出生，公民身份号码：5101311972******17，住址：成都市蒲江县西来镇 ** 村 ** 组。

    本局依据《中华人民共和国行政处罚法》第二十条、第二十一条的规定，以《行政处罚委托书》（蒲综执委〔2022〕3号）委托蒲江县西来镇人民政府在西来镇行政区域内以本局名义实施城乡规划领域部分行政处罚。本案由西来镇人民政府综合行政执法队受本局委托立案调查，现已调查终结。
    经查，当事人于2023年2月至2023年3月间，未取得建设工程规划许可证，在西来镇镇区规划区范围内 ** 路旁自有宅基地上新建三层砖混结构房屋一栋，建筑面积 318.6 平方米。经委托造价机构评估，该建设工程造价为人民币286500元。经规划部门认定，该工程尚可采取改正措施消除对规划实施的影响。
    以上事实有现场勘验笔录、询问笔录、测绘报告、造价评估报告、规划认定意见等证据证实。
    当事人的行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。西来镇人民政府于2023年3月13日立案，本局于2023年5月8日向当事人送达了《行政处罚告知书》，当事人于2023年5月10日提出陈述申辩，称建房系自住。经复核，当事人陈述的理由不能免除其违法责任，不予采纳。
    依据《中华人民共和国城乡规划法》第六十四条的规定，参照《成都市城乡规划行政处罚裁量基准》中“尚可采取改正措施消除影响”一般情形，本局决定对当事人作出如下处罚：
    一、责令限期六十日内改正，补办规划许可手续；
    二、处建设工程造价百分之六的罚款，计人民币17190元（大写：壹万柒仟壹佰玖拾元整）。
    罚款限于收到本决定书之日起十五日内缴至指定银行账户。逾期不缴纳的，依据《中华人民共和国行政处罚法》第七十二条第一款第一项，每日按罚款数额的百分之三加处罚款。
    如不服本决定，可以在收到本决定书之日起六十日内向蒲江县人民政府申请行政复议，或者在六个月内直接向蒲江县人民法院提起行政诉讼。

（印章）蒲江县综合行政执法局
二〇二三年六月十二日
""", {
    "doc_type": "行政处罚决定书",
    "agency": "蒲江县综合行政执法局",
    "doc_number": "蒲综执罚决字〔2023〕第0215号",
    "party": "杨**",
    "credit_code": None,
    "cited_articles": [
        cit("《中华人民共和国行政处罚法》", 20, None, None, "other", "委托 basis"),
        cit("《中华人民共和国行政处罚法》", 21, None, None, "other", "委托 basis"),
        cit("《中华人民共和国城乡规划法》", 40, 1),
        cit("《中华人民共和国城乡规划法》", 64, None, None, "penalty"),
        cit("《成都市城乡规划行政处罚裁量基准》", None, None, None, "other", "discretion benchmark by name"),
        cit("《中华人民共和国行政处罚法》", 72, 1, 1, "other", "written 第一项 without brackets"),
    ],
    "fine_yuan": 17190, "confiscation_yuan": None,
    "dates": dates("2023-03-13", "2023-05-08", "2023-06-12", None),
    "remedy_days": R60_6M, "discretion": "一般", "completeness": "complete",
    "notes": "Deciding agency is the county 综合行政执法局; the town government (蒲江县西来镇人民政府) investigated under a written 委托 "
             "(委托书 蒲综执委〔2022〕3号) — the town is NOT the agency. Party is a natural person with a masked ID (birth year visible). "
             "Fine given as a percentage AND computed: 工程造价286500元 × 6% = 17190元, also in capitals; 建筑面积 318.6 and 限期六十日 are not money/remedy periods "
             "(the 60-day 改正 deadline must not be read as the review period). Date in Chinese numerals.",
    "defects_observed": ["第六十四条未区分句（限期改正并处罚款情形）"],
    "related_doc_numbers": ["蒲综执委〔2022〕3号"],
})

# =========================================================================== 09
case("09_自然资源_文号在落款.txt",
     "invented (writer 89); imitates a 自然资源 decision page whose 文号 appears only in the closing block",
     "自然资源", "行政处罚决定书", """行政处罚决定书

当事人：宜昌市夷陵区鼎固建材有限公司
统一社会信用代码：«CC09»
法定代表人：黄**
地址：宜昌市夷陵区小溪塔街道 ** 路 ** 号

    经查明：当事人于2021年11月起，未经批准，擅自占用夷陵区龙泉镇 ** 村集体土地420平方米（地类为旱地，不符合土地利用总体规划）硬化后用作砂石堆场并建设简易板房。本局于2022年5月10日立案调查。
    以上事实有勘测定界报告、现场勘查笔录、询问笔录、土地利用总体规划图等证据证明。
    本局认为，当事人未经批准擅自占用农用地进行非农建设，违反了《中华人民共和国土地管理法》第四十四条第一款的规定，属于非法占用土地的违法行为。本局于2022年7月28日向当事人送达了《行政处罚听证告知书》，当事人未申请听证，亦未提出陈述申辩。
    根据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第五十七条第一款的规定，本局决定：
    1.责令当事人退还非法占用的土地420平方米；
    2.限当事人于本决定书送达之日起30日内拆除在非法占用土地上新建的建筑物和其他设施，恢复土地原状；
    3.按非法占用土地每平方米150元处以罚款，计人民币陆万叁仟元整（63000元）。
    当事人应自收到本决定书之日起十五日内将罚款缴至指定银行。逾期不缴纳的，每日按罚款数额的3%加处罚款。
    当事人对本决定不服的，可在收到本决定书之日起六十日内向宜昌市夷陵区人民政府或宜昌市自然资源和规划局申请行政复议，也可以在收到本决定书之日起六个月内向宜昌市夷陵区人民法院提起行政诉讼。逾期不申请行政复议，不提起行政诉讼，又不履行本决定的，本局将依法申请人民法院强制执行。

宜昌市夷陵区自然资源和规划局
2022年9月6日
文书编号：夷自然资规罚〔2022〕41号
抄送：夷陵区龙泉镇人民政府
""", {
    "doc_type": "行政处罚决定书",
    "agency": "宜昌市夷陵区自然资源和规划局",
    "doc_number": "夷自然资规罚〔2022〕41号",
    "party": "宜昌市夷陵区鼎固建材有限公司",
    "credit_code": "«CC09»",
    "cited_articles": [
        cit("《中华人民共和国土地管理法》", 44, 1),
        cit("《中华人民共和国土地管理法》", 77, 1, None, "penalty"),
        cit("《中华人民共和国土地管理法实施条例》", 57, 1, None, "penalty"),
    ],
    "fine_yuan": 63000, "confiscation_yuan": None,
    "dates": dates("2022-05-10", "2022-07-28", "2022-09-06", None),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "No agency name or 文号 at the top: the 文号 appears only after the date in the closing block ('文书编号：'), followed by a 抄送 line "
             "naming a town government (not the agency). Fine = 420 m² × 150元 = 63000, written 陆万叁仟元整（63000元）. "
             "The '30日内' demolition deadline is not a remedy period. The overdue-fine sentence cites no law.",
    "defects_observed": ["加处罚款未写明法律依据", "未写明不予从轻/从重的裁量理由（每平方米150元）"],
})

# =========================================================================== 10
case("10_交通运输_信用中国.txt",
     "invented (writer 89); imitates a 信用中国 行政处罚信息 detail page (field list, amounts in 万元)",
     "交通运输", "行政处罚信息公示（信用中国）", """信用中国 > 信用信息 > 行政处罚 > 详情

行政处罚信息公示

行政相对人名称：郑州速通达物流有限公司
行政相对人类别：法人及非法人组织
行政相对人代码_1(统一社会信用代码)：«CC10»
法定代表人：孙**
行政处罚决定书文号：郑交执罚字（2024）第318号
违法行为类型：不按规定维护和检测运输车辆
违法事实：2024年4月9日，当事人所属豫A**7J6重型厢式货车，未按规定进行车辆维护，经检测转向、制动性能不合格，仍从事道路货物运输经营。
处罚依据：违反了《中华人民共和国道路运输条例》第三十条，依据《中华人民共和国道路运输条例》第六十九条
处罚类别：罚款
处罚内容：责令改正，罚款3000元
罚款金额（万元）：0.3
没收违法所得、没收非法财物的金额（万元）：0
暂扣或吊销证照名称及编号：
处罚决定日期：2024/05/21
处罚有效期：2025/05/21
公示截止期：2027/05/21
处罚机关：郑州市交通运输局
处罚机关统一社会信用代码：«CC10G»
数据来源：郑州市交通运输局
数据来源单位统一社会信用代码：«CC10G»

信用修复  |  异议申诉  |  打印本页
""", {
    "doc_type": "行政处罚信息公示",
    "agency": "郑州市交通运输局",
    "doc_number": "郑交执罚字（2024）第318号",
    "party": "郑州速通达物流有限公司",
    "credit_code": "«CC10»",
    "cited_articles": [
        cit("《中华人民共和国道路运输条例》", 30),
        cit("《中华人民共和国道路运输条例》", 69, None, None, "penalty", "2023 text"),
    ],
    "fine_yuan": 3000, "confiscation_yuan": None,
    "dates": dates(None, None, "2024-05-21", None, violation="2024-04-09"),
    "remedy_days": None, "discretion": None, "completeness": "complete",
    "notes": "信用中国 record, not the decision text. Three credit codes appear: the party's (labelled) and the agency's, twice "
             "(处罚机关 / 数据来源单位, 11-prefix). Fine appears as 3000元 and as 0.3 in a (万元) column; the confiscation column shows 0 "
             "(meaning none → null). 处罚有效期 2025/05/21 and 公示截止期 2027/05/21 are publication dates, not decision/service dates. "
             "Dates with slashes. Title written 《中华人民共和国道路运输条例》 (the regulation's real title has no 中华人民共和国 — as written by the publisher). "
             "No remedy clause on such pages → remedy_days null. The licence plate is masked.",
    "defects_observed": ["法规名称误加“中华人民共和国”", "条文未写款项"],
})

# =========================================================================== 11
case("11_住房城乡建设_OCR双罚.txt",
     "invented (writer 89); imitates an OCR of a scanned 住建 decision with unit and personal fines (双罚); OCR errors kept",
     "住房城乡建设", "行政处罚决定书（扫描OCR）", """南昌市城乡建设委员会
行 政 处 罚 决 定 书
洪建罚字〔2O17〕第OO9号
当事人:南昌锦程置业有限公司
统一社会信用代码:«CC11»
法定代表人:熊**
地 址:南昌市青山湖区 ** 大道 ** 号
直接负责的主管人员:万**(项目负责人),身份证号
码:3601**********2413
    经查,你公司开发建设的“锦程·湖畔花园”二期6#、7#楼工程,于2O16年11月未组织竣
工验收即擅自交付业主使用。我委于2017年3月2O曰立案调查。该工程施工合同价款为人民币
12,860,000元。
    以上事实有现场检查笔录、询问笔录、施工合同、交房记录等证据证实。
    你公司的上述行为违反了《建设工程质量管理条例》第十六条第一款的规定。我委于2017年5
月26日向你公司送达了行政处罚告知书,你公司未在法定期限内提出陈述申辩和听证申请。
    依据《建设工程质量管理条例》第五十八条第(一)项、第七十三条的规定,我委决定:
    一、对你公司处工程合同价款百分之二的罚款,计人民币257,2OO元;
    二、对你公司直接负责的主管人员万**处单位罚款数额百分之五的罚款,计人民币
l2,860元;
    以上合计罚款人民币贰拾柒万零陆拾元。
    请于收到本决定书之日起十五曰内到南昌市非税收入管理局指定银行缴纳罚款。逾期不缴
纳的,依据《中华人民共和国行政处罚法》第五十一条第(一)项的规定,每曰按罚款数额的
百分之三加处罚款。
    如不服本决定,可在收到本决定书之曰起六十曰内向江西省住房和城乡建设厅或南昌市人
民政府申请行政复议,或者在六个月内向南昌市青山湖区人民法院提起行政诉讼。

                                           南昌市城乡建设委员会
                                           2O17年6月28曰
                                                        第 1 页 共 1 页
""", {
    "doc_type": "行政处罚决定书",
    "agency": "南昌市城乡建设委员会",
    "doc_number": "洪建罚字〔2017〕第009号",
    "party": "南昌锦程置业有限公司",
    "credit_code": "«CC11»",
    "cited_articles": [
        cit("《建设工程质量管理条例》", 16, 1),
        cit("《建设工程质量管理条例》", 58, None, 1, "penalty"),
        cit("《建设工程质量管理条例》", 73, None, None, "penalty", "personal fine of the responsible manager"),
        cit("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2017 numbering"),
    ],
    "fine_yuan": 270060, "confiscation_yuan": None,
    "dates": dates("2017-03-20", "2017-05-26", "2017-06-28", None),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "OCR copy: letter O for zero (2O17, OO9号, 257,2OO元), 曰 for 日 throughout, lowercase l for 1 (l2,860元), ASCII commas/parentheses, "
             "words and an ID number split by hard line breaks (身份证号/码, 2017年5/月26日), letter-spaced title. Labels give the corrected values. "
             "双罚: unit fine 257,200 + personal fine 12,860 = 270,060, written only as 贰拾柒万零陆拾元 in total; fine_yuan is the total of both. "
             "Contract price 12,860,000 is the base (note 12,860 personal fine = 0.1% of it by coincidence of digits — do not confuse). "
             "Party is the company; the personal-fine recipient 万** is a second penalised person (masked ID).",
    "defects_observed": ["对直接负责的主管人员的罚款与单位罚款合并在一份决定书中", "OCR识别错误（非原件缺陷）"],
})

# =========================================================================== 12
case("12_农业农村_不予处罚.txt",
     "invented (writer 89); imitates a 农业农村局 不予行政处罚决定书 (首违不罚)",
     "农业农村", "不予行政处罚决定书", """寿光市农业农村局
不予行政处罚决定书
寿农不罚〔2023〕3号

当事人：寿光市绿润果蔬专业合作社
统一社会信用代码：«CC12»
法定代表人（负责人）：张**
地址：山东省寿光市孙家集街道 ** 村

    2023年4月11日，本局执法人员在对当事人农产品质量安全情况进行检查时，发现当事人用于包装待售黄瓜的塑料周转箱内衬膜系回收再生材料，不符合食品接触用包装材料的国家强制性标准。当日涉及待售黄瓜约 320 公斤，货值金额约 1280 元，尚未销售。本局于2023年4月13日立案调查。
    以上事实有现场检查笔录、询问笔录、现场照片、产品标签等证据证明。
    当事人的行为违反了《中华人民共和国农产品质量安全法》第三十五条第一款的规定，依照《中华人民共和国农产品质量安全法》第七十二条第（二）项的规定，应当给予行政处罚。
    鉴于当事人系初次违法，检查当日即更换全部内衬膜并对涉及的黄瓜重新包装，危害后果轻微，且已及时改正，符合《中华人民共和国行政处罚法》第三十三条第一款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，以及《山东省农业农村领域轻微违法行为不予处罚清单》第 12 项所列情形。本局于2023年5月8日告知当事人拟不予行政处罚的事实、理由和依据，当事人无异议。
    本局决定对当事人不予行政处罚。同时，本局已依据《中华人民共和国行政处罚法》第三十三条第三款对当事人进行了批评教育，并责令当事人严格执行农产品包装标准。
    当事人如对本决定不服，可以在收到本决定书之日起六十日内向寿光市人民政府申请行政复议，也可以在收到本决定书之日起六个月内向寿光市人民法院提起行政诉讼。

寿光市农业农村局
2023年5月19日
""", {
    "doc_type": "不予行政处罚决定书",
    "agency": "寿光市农业农村局",
    "doc_number": "寿农不罚〔2023〕3号",
    "party": "寿光市绿润果蔬专业合作社",
    "credit_code": "«CC12»",
    "cited_articles": [
        cit("《中华人民共和国农产品质量安全法》", 35, 1),
        cit("《中华人民共和国农产品质量安全法》", 72, None, 2, "penalty", "the provision that would apply; not imposed"),
        cit("《中华人民共和国行政处罚法》", 33, 1, None, "other", "首违不罚 ground"),
        cit("《山东省农业农村领域轻微违法行为不予处罚清单》", None, None, None, "other", "不予处罚 list by name, 第12项"),
        cit("《中华人民共和国行政处罚法》", 33, 3, None, "other", "education duty"),
    ],
    "fine_yuan": None, "confiscation_yuan": None,
    "dates": dates("2023-04-13", "2023-05-08", "2023-05-19", None, inspection="2023-04-11"),
    "remedy_days": R60_6M, "discretion": "不予处罚", "completeness": "complete",
    "notes": "No penalty: 首违不罚 under 行政处罚法第三十三条第一款 (discretionary branch, quoted). The penalty provision is cited as what 'would' apply. "
             "货值金额约1280元 is a value, not a fine. The party is a 农民专业合作社 (credit code prefix 93). "
             "notice = date the party was told of the intended 不予处罚.",
    "defects_observed": [],
})

# =========================================================================== 13
case("13_消防_大写金额.txt",
     "invented (writer 89); imitates a 消防救援大队 decision on a government page with print/close links",
     "消防", "行政处罚决定书", """当前位置：首页 > 政务公开 > 行政执法公示 > 行政处罚
发布时间：2022-03-21 10:05    来源：天河区消防救援大队    【字体：大 中 小】

广州市天河区消防救援大队
行政处罚决定书
穗天消行罚决字〔2022〕0087号

    被处罚单位：广州天河悦食餐饮管理有限公司，地址：广州市天河区天河北路 ** 号 ** 层，统一社会信用代码：«CC13»，法定代表人：何**。
    根据消防监督检查发现，2022年2月21日，你单位经营场所内室内消火栓系统无水、3具灭火器压力不足，消防设施、器材未保持完好有效。以上事实有《消防监督检查记录》（穗天消监检字〔2022〕第0412号）、现场照片、询问笔录等证据证实。
    你单位的上述行为违反了《中华人民共和国消防法》第十六条第一款第二项之规定，根据《中华人民共和国消防法》第六十条第一款第一项之规定，决定给予广州天河悦食餐饮管理有限公司罚款人民币壹万贰仟元整的处罚。
    履行方式和期限：被处罚单位应当自收到本决定书之日起十五日内，持本决定书到指定银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，本大队将依据《中华人民共和国行政处罚法》第七十二条第一款第一项之规定，每日按罚款数额的百分之三加处罚款。
    如不服本决定，可以在收到本决定书之日起六十日内依法向广州市天河区人民政府或者广州市消防救援支队申请行政复议，或者在六个月内依法向广州铁路运输法院提起行政诉讼。

广州市天河区消防救援大队
二〇二二年三月十六日

附件下载：无
【打印本页】  【关闭窗口】
""", {
    "doc_type": "行政处罚决定书",
    "agency": "广州市天河区消防救援大队",
    "doc_number": "穗天消行罚决字〔2022〕0087号",
    "party": "广州天河悦食餐饮管理有限公司",
    "credit_code": "«CC13»",
    "cited_articles": [
        cit("《中华人民共和国消防法》", 16, 1, 2),
        cit("《中华人民共和国消防法》", 60, 1, 1, "penalty"),
        cit("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
    ],
    "fine_yuan": 12000, "confiscation_yuan": None,
    "dates": dates(None, None, "2022-03-16", None, inspection="2022-02-21"),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "Party labelled 被处罚单位 (not 当事人). Fine ONLY in capitals 壹万贰仟元整. Items written 第二项/第一项 without brackets. "
             "Page chrome: 发布时间 2022-03-21 (publication, not decision), 字体 links, 打印/关闭. Decision date in Chinese numerals. "
             "The 检查记录 number 穗天消监检字〔2022〕第0412号 is a related document, not the 文号. Litigation court is a railway transport court "
             "(广州 centralised jurisdiction) — a court name without 区/市 pattern.",
    "defects_observed": ["未载明事先告知及陈述申辩情况"],
    "related_doc_numbers": ["穗天消监检字〔2022〕第0412号"],
})

# =========================================================================== 14
case("14_药品监管_企业信用公示.txt",
     "invented (writer 89); imitates a 国家企业信用信息公示系统 行政处罚信息 row plus the decision text shown in its 详情 pop-up",
     "药品监管", "行政处罚信息（企业信用信息公示系统）", """国家企业信用信息公示系统
河北冀康源医药有限公司
统一社会信用代码/注册号：«CC14»   法定代表人：杜**   登记机关：石家庄市长安区市场监督管理局   成立日期：2016年04月18日
基础信息 | 行政许可信息 | 行政处罚信息 | 列入经营异常名录信息 | 列入严重违法失信名单（黑名单）信息
行政处罚信息
序号	决定书文号	违法行为类型	行政处罚内容	决定机关名称	处罚决定日期	公示日期	详情
1	冀药监药罚〔2020〕15号	销售不符合药品标准的中药饮片	警告；罚款12万元	河北省药品监督管理局	2020年12月29日	2021年01月08日	查看
—— 详情 ——
河北省药品监督管理局
行政处罚决定书
冀药监药罚〔2020〕15号
当事人名称：河北冀康源医药有限公司
统一社会信用代码：«CC14»
住所：石家庄市长安区 ** 路 ** 号
法定代表人：杜**
    2020年7月14日，我局在药品质量抽检中发现，当事人销售的黄芪（饮片，批号200301）浸出物含量不符合《中华人民共和国药典》（2015年版）一部规定，经检验为不合格，但尚不影响安全性、有效性。我局于2020年8月3日立案调查。经查，当事人共购进该批次黄芪饮片 500 千克，已销售 412 千克，货值金额人民币 21,630.00 元。
    当事人的行为违反了《中华人民共和国药品管理法》第九十八条第一款的规定。2020年11月6日我局向当事人送达了行政处罚听证告知书（冀药监药听告〔2020〕15号），当事人申请听证，我局于2020年11月27日举行了听证。经复核，当事人提出的已主动召回剩余药品的意见予以部分采纳。
    依据《中华人民共和国药品管理法》第一百一十七条第二款的规定，结合《河北省药品监督管理局行政处罚裁量权适用规则》，对当事人从轻处罚，决定：
    一、给予警告；
    二、处罚款人民币壹拾贰万元整。
    当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，依照《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
    当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向国家药品监督管理局或者河北省人民政府申请行政复议，也可以在六个月内依法向石家庄市长安区人民法院提起行政诉讼。
河北省药品监督管理局
2020年12月29日
""", {
    "doc_type": "行政处罚决定书",
    "agency": "河北省药品监督管理局",
    "doc_number": "冀药监药罚〔2020〕15号",
    "party": "河北冀康源医药有限公司",
    "credit_code": "«CC14»",
    "cited_articles": [
        cit("《中华人民共和国药品管理法》", 98, 1),
        cit("《中华人民共和国药品管理法》", 117, 2, None, "penalty"),
        cit("《河北省药品监督管理局行政处罚裁量权适用规则》", None, None, None, "other", "discretion rule by name"),
        cit("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2017 numbering, decision before 2021-07-15"),
    ],
    "fine_yuan": 120000, "confiscation_yuan": None,
    "dates": dates("2020-08-03", "2020-11-06", "2020-12-29", None, inspection="2020-07-14", hearing="2020-11-27"),
    "remedy_days": R60_6M, "discretion": "从轻", "completeness": "complete",
    "notes": "Enterprise-credit page: company header with 成立日期 2016年04月18日 and 登记机关 (a different agency), tab bar, a tab-separated "
             "table row (文号, type, content '罚款12万元', 决定机关, 处罚决定日期, 公示日期 2021年01月08日), then the decision text. "
             "The same 文号 and fine appear twice in two forms (12万元 / 壹拾贰万元整). 货值金额21,630.00 is not a fine. "
             "The 听证告知书 number 冀药监药听告〔2020〕15号 is related; hearing held 2020-11-27 (extra date key). "
             "The 药典 edition year (2015年版) and batch number 200301 are not dates.",
    "defects_observed": ["从轻处罚未写明具体从轻情形所依据的条款"],
    "related_doc_numbers": ["冀药监药听告〔2020〕15号"],
})

# =========================================================================== 15
case("15_林业_OCR倍数罚款.txt",
     "invented (writer 89); imitates an OCR of a scanned 林业局 decision, fine stated only as a multiple of the timber value",
     "林业草原", "林业行政处罚决定书（扫描OCR）", """沙县林业局
林业行政处罚决定书
沙林罚字第OO12号
被处罚人:罗**     性别:男     年龄:47岁
身份证号:3504271968******35
住址:沙县高砂镇 ** 村 ** 号
    被处罚人罗**于2O15年3月间,未申请办理林木采伐许可证,擅自在高砂镇 ** 村“后门
山”其承包经营的杉木林内采伐杉木38株,经林业调查规划人员现场测算,立木蓄积
6.3立方米,按当地木材市场价格计算,滥伐林木价值人民币2268元。我局于2015年4月
7曰立案调查。
    上述事实有现场勘验笔录、询问笔录、伐区调查报告等证据为证。
    被处罚人的行为违反了《中华人民共和国森林法》第三十二条第一款之规定,已构成滥伐林
木。2015年6月19日我局向被处罚人送达了林业行政处罚告知书,被处罚人未提出陈述
申辩。依据《中华人民共和国森林法》第三十九条第二款及《中华人民共和国森林法实施条例》
第三十八条第二款之规定,决定对被处罚人作出如下处罚:
    1、责令补种滥伐株数五倍的树木,即补种杉木l90株,限于2O16年3月31日前完成;
    2、并处滥伐林木价值三倍的罚款。
    罚款限于接到本决定书之曰起十五曰内缴纳到沙县农村信用合作联社各网点。逾期不缴
纳的,每曰按罚款数额的百分之三加处罚款。
    如不服本决定,可在接到本决定书之日起六十日内向沙县人民政府或三明市林业局申请复
议,或在六个月内向沙县人民法院起诉。
                                                 沙县林业局
                                             二O一五年七月二日
""", {
    "doc_type": "林业行政处罚决定书",
    "agency": "沙县林业局",
    "doc_number": "沙林罚字第0012号",
    "party": "罗**",
    "credit_code": None,
    "cited_articles": [
        cit("《中华人民共和国森林法》", 32, 1, None, "violated", "1998 text"),
        cit("《中华人民共和国森林法》", 39, 2, None, "penalty", "1998 text"),
        cit("《中华人民共和国森林法实施条例》", 38, 2, None, "penalty"),
    ],
    "fine_yuan": None, "confiscation_yuan": None,
    "fine_formula": {"base_yuan": 2268, "rate": 3, "computed_yuan": 6804},
    "dates": dates("2015-04-07", "2015-06-19", "2015-07-02", None),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "Fine stated only as 滥伐林木价值三倍; the base 2268元 is in the facts, the amount 6804 never appears → fine_yuan null, fine_formula given. "
             "OCR: O for zero (第OO12号, 2O15, 二O一五 with letter O), 曰 for 日, l for 1 (l90株). 文号 has no year (罚字第0012号 serial). "
             "Person labelled 被处罚人 with masked ID and age. 补种 190株 and the 2016-03-31 planting deadline are a remedy measure, not dates of the procedure. "
             "The paying bank is named; 复议/起诉 written without 行政. Old (1998) 森林法 numbering.",
    "defects_observed": ["罚款未写明具体金额", "加处罚款未写明法律依据"],
})

# =========================================================================== 16
case("16_水利_索引号信息框.txt",
     "invented (writer 89); imitates a 政府信息公开 page with the 索引号/发布机构/生成日期 box above a 水务局 decision",
     "水利", "行政处罚决定书", """索 引 号：620702/2018-00317        信息分类：行政执法 / 行政处罚
发布机构：张掖市甘州区水务局        生成日期：2018-09-11
文    号：张甘水罚〔2018〕3号        是否有效：是
名    称：张掖市甘州区水务局行政处罚决定书（张掖市丰禾农业开发有限公司）

张掖市甘州区水务局
行政处罚决定书
张甘水罚〔2018〕3号

当事人：张掖市丰禾农业开发有限公司
统一社会信用代码：«CC16»
法定代表人：马**
地址：张掖市甘州区党寨镇 ** 村

    一、违法事实
    经查，当事人于2018年4月至2018年6月，未经批准在甘州区党寨镇 ** 村自有育苗基地内使用自行打建的机电井一眼取用地下水，用于苗木灌溉，经核算取水量约 1.8 万立方米。本局于2018年6月22日立案。
    二、处罚依据及决定
    当事人未依法申请领取取水许可证擅自取水的行为，违反了《中华人民共和国水法》第七条、第四十八条第一款和《取水许可和水资源费征收管理条例》第二条第二款的规定。本局于2018年8月10日送达《行政处罚告知书》，当事人未提出陈述申辩。
    依据《中华人民共和国水法》第六十九条第（一）项的规定，参照《甘肃省水行政处罚裁量基准》，本局决定：
    1. 责令当事人立即停止违法取水行为，限期封填机电井；
    2. 处罚款5万元。
    罚款自收到本决定书之日起十五日内缴至甘州区财政局非税收入专户。逾期不缴纳的，每日按罚款数额的3%加处罚款。
    三、救济途径
    不服本决定的，可以在收到本决定书之日起六十日内向张掖市甘州区人民政府或者张掖市水务局申请行政复议，也可以在六个月内向张掖市甘州区人民法院提起行政诉讼。

张掖市甘州区水务局
2018年9月4日
""", {
    "doc_type": "行政处罚决定书",
    "agency": "张掖市甘州区水务局",
    "doc_number": "张甘水罚〔2018〕3号",
    "party": "张掖市丰禾农业开发有限公司",
    "credit_code": "«CC16»",
    "cited_articles": [
        cit("《中华人民共和国水法》", 7),
        cit("《中华人民共和国水法》", 48, 1),
        cit("《取水许可和水资源费征收管理条例》", 2, 2),
        cit("《中华人民共和国水法》", 69, None, 1, "penalty"),
        cit("《甘肃省水行政处罚裁量基准》", None, None, None, "other", "discretion benchmark by name"),
    ],
    "fine_yuan": 50000, "confiscation_yuan": None,
    "dates": dates("2018-06-22", "2018-08-10", "2018-09-04", None),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "Information box above the decision: 索引号 620702/2018-00317 (looks like a 文号/serial but is not), 生成日期 2018-09-11 (page date, "
             "not decision date), letter-spaced labels (索 引 号, 文    号), and the 文号 repeated in the box. Fine in 万 form only: 5万元. "
             "1.8 万立方米 is a water volume in 万, not money. '第七条、第四十八条第一款' — a second article carried by 、 with the law name omitted.",
    "defects_observed": ["加处罚款未写明法律依据"],
})

# =========================================================================== 17
case("17_人力资源社会保障_旧注册号.txt",
     "invented (writer 89); imitates a 2014 劳动保障监察 decision with old 注册号 / 组织机构代码 and the pre-2015 three-month suit period",
     "人力资源社会保障", "劳动保障监察行政处罚决定书", """大连市甘井子区人力资源和社会保障局
劳动保障监察行政处罚决定书
大甘人社监罚字2014年第5号

被处罚单位：大连华美嘉服装有限公司
营业执照注册号：«REG17»
组织机构代码：«ORG17»
法定代表人：于**
地址：大连市甘井子区 ** 街 ** 号

    经查，你单位于2013年11月至2014年1月期间，安排缝纫车间12名劳动者每日工作11小时，每月延长工作时间超过36小时，且未与工会和劳动者协商。本局于2014年2月17日立案调查。
    你单位的上述行为违反了《中华人民共和国劳动法》第四十一条的规定。本局于2014年3月31日送达《劳动保障监察限期整改指令书》和《行政处罚告知书》，你单位未在规定期限内提出陈述申辩。
    根据《劳动保障监察条例》第二十五条的规定，本局决定：
    一、给予警告；
    二、按照受侵害的劳动者每人300元的标准计算，处以罚款3600元。
    你单位应于接到本决定书之日起十五日内，到大连市非税收入收缴代理银行缴纳罚款。逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第五十一条的规定，每日按罚款数额的百分之三加处罚款，并申请人民法院强制执行。
    如不服本决定，可以在收到本决定书之日起六十日内向大连市甘井子区人民政府或大连市人力资源和社会保障局申请行政复议，或者在三个月内向大连市甘井子区人民法院提起行政诉讼。

大连市甘井子区人力资源和社会保障局
2014年4月22日
""", {
    "doc_type": "劳动保障监察行政处罚决定书",
    "agency": "大连市甘井子区人力资源和社会保障局",
    "doc_number": "大甘人社监罚字2014年第5号",
    "party": "大连华美嘉服装有限公司",
    "credit_code": None,
    "registration_no": "«REG17»",
    "org_code": "«ORG17»",
    "cited_articles": [
        cit("《中华人民共和国劳动法》", 41),
        cit("《劳动保障监察条例》", 25, None, None, "penalty"),
        cit("《中华人民共和国行政处罚法》", 51, None, None, "other", "2009 numbering"),
    ],
    "fine_yuan": 3600, "confiscation_yuan": None,
    "dates": dates("2014-02-17", "2014-03-31", "2014-04-22", None),
    "remedy_days": {"review": 60, "litigation": "3m"},
    "discretion": None, "completeness": "complete",
    "notes": "2014 party with no 统一社会信用代码 (credit_code null): a 15-digit 营业执照注册号 (valid MOD 11,10 check) and a hyphenated "
             "组织机构代码 (valid GB 11714 check), kept in extra keys registration_no / org_code. Suit period 三个月 was correct in April 2014 "
             "(行政诉讼法 before the 2015-05-01 amendment) → litigation '3m'; not a defect for this date. Fine computed in the text: "
             "12人 × 300元 = 3600元. 'Each day 11 hours' and '36小时' are not money. 告知书 and 整改指令书 served the same day (notice date).",
    "defects_observed": [],
})

# =========================================================================== 18
case("18_医疗保障_阿拉伯数字条款.txt",
     "invented (writer 89); imitates a 医疗保障局 decision with Arabic-numeral citations, refund and fine as a multiple, on a county site",
     "医疗保障", "行政处罚决定书", """首页 > 政务公开 > 法定主动公开内容 > 行政执法 > 处罚结果
【字号：大 中 小】【打印】【关闭】

遵义市汇川区医疗保障局
行政处罚决定书
汇医保罚〔2024〕11号

当事人：遵义汇川康乐大药房有限公司
统一社会信用代码：«CC18»
法定代表人：罗**
医保定点编号：P520303******
地址：遵义市汇川区 ** 路 ** 号

    本局于2024年3月5日对你单位涉嫌违法使用医疗保障基金的行为立案调查，现已调查终结。
    经查，你单位于2023年1月1日至2023年12月31日期间，将参保人员购买的保健食品、日用品串换为医保目录内药品进行医保结算，造成医疗保障基金损失9863.40元。
    上述事实有医保结算数据、进销存记录、询问笔录及你单位提交的情况说明等证据证实。
    你单位的行为违反了《医疗保障基金使用监督管理条例》第15条第1款的规定。本局于2024年5月20日送达了《行政处罚事先告知书》，你单位在规定期限内未提出陈述申辩。鉴于你单位主动退回全部损失金额，具有《中华人民共和国行政处罚法》第32条第1项规定的情形，依据《医疗保障基金使用监督管理条例》第38条第4项以及《贵州省医疗保障基金使用监督管理行政处罚裁量基准（试行）》的规定，对你单位从轻处罚，决定如下：
    1.责令改正；
    2.责令退回医疗保障基金9863.40元（已退回）；
    3.处造成医疗保障基金损失金额1.2倍的罚款，计11836.08元。
    你单位应自收到本决定书之日起15日内缴纳罚款。逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第72条第1款第1项，每日按罚款数额的3%加处罚款。
    如不服本决定，可在收到本决定书之日起60日内向遵义市汇川区人民政府申请行政复议，或在6个月内向遵义市汇川区人民法院提起行政诉讼。

遵义市汇川区医疗保障局
2024年6月14日
""", {
    "doc_type": "行政处罚决定书",
    "agency": "遵义市汇川区医疗保障局",
    "doc_number": "汇医保罚〔2024〕11号",
    "party": "遵义汇川康乐大药房有限公司",
    "credit_code": "«CC18»",
    "cited_articles": [
        cit("《医疗保障基金使用监督管理条例》", 15, 1),
        cit("《中华人民共和国行政处罚法》", 32, None, 1, "other", "mitigation ground"),
        cit("《医疗保障基金使用监督管理条例》", 38, None, 4, "penalty"),
        cit("《贵州省医疗保障基金使用监督管理行政处罚裁量基准（试行）》", None, None, None, "other", "discretion benchmark by name"),
        cit("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
    ],
    "fine_yuan": 11836.08, "confiscation_yuan": None,
    "refund_yuan": 9863.4,
    "dates": dates("2024-03-05", "2024-05-20", "2024-06-14", None),
    "remedy_days": R60_6M, "discretion": "从轻", "completeness": "complete",
    "notes": "All citations in Arabic numerals (第15条第1款, 第38条第4项, 第72条第1款第1项); remedy in Arabic (60日, 6个月, 15日). "
             "Refund 9863.40 (退回, not a confiscation) vs fine 11836.08 = 1.2 × loss. Decision in 2024 → review only to the 区人民政府. "
             "医保定点编号 is masked and is not a credit code. Site chrome (breadcrumb, 字号) above the title.",
    "defects_observed": [],
})

# =========================================================================== 19
case("19_公安出入境_非法聘用外国人.txt",
     "invented (writer 89); imitates a 公安 出入境 (non-治安) decision against a company employing foreign nationals",
     "公安", "公安行政处罚决定书", """西双版纳傣族自治州公安局
公安行政处罚决定书
西公(出入境)行罚决字[2019]21号

违法行为人：景洪市勐泐橡胶制品有限公司，统一社会信用代码：«CC19»，法定代表人：岩**，地址：云南省景洪市嘎洒镇 ** 村。

    现查明：2019年6月至2019年8月，景洪市勐泐橡胶制品有限公司聘用缅甸籍人员吴某某（护照号码：MB*****21）、玛某某（护照号码：MC*****07）、老挝籍人员宋某某（护照号码：P0*****43）在其橡胶加工车间从事割胶、分拣工作，上述3人均未取得外国人工作许可和工作类居留证件。2019年8月26日，我局出入境管理支队民警在检查中发现上述情况。
    以上事实有违法行为人法定代表人的陈述和申辩、证人证言、出入境记录查询结果、现场照片等证据证实。
    根据《中华人民共和国出境入境管理法》第四十一条第一款、第八十条第三款之规定，现决定对景洪市勐泐橡胶制品有限公司处罚款人民币叁万元（每非法聘用一人罚款一万元）。
    被聘用的3名外国人的非法就业行为另案处理。
    履行方式：被处罚人应当自收到本决定书之日起十五日内到云南省非税收入代收银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
    如不服本决定，可以在收到本决定书之日起六十日内向西双版纳傣族自治州人民政府或者云南省公安厅申请行政复议，或者在六个月内依法向景洪市人民法院提起行政诉讼。
    附：没收违法所得、非法财物清单 无    收缴/追缴物品清单 无

西双版纳傣族自治州公安局
2019年9月17日
    一式三份，被处罚人、执行单位各一份，一份附卷。
""", {
    "doc_type": "公安行政处罚决定书",
    "agency": "西双版纳傣族自治州公安局",
    "doc_number": "西公(出入境)行罚决字[2019]21号",
    "party": "景洪市勐泐橡胶制品有限公司",
    "credit_code": "«CC19»",
    "cited_articles": [
        cit("《中华人民共和国出境入境管理法》", 41, 1),
        cit("《中华人民共和国出境入境管理法》", 80, 3, None, "penalty"),
    ],
    "fine_yuan": 30000, "confiscation_yuan": None,
    "dates": dates(None, None, "2019-09-17", None, inspection="2019-08-26"),
    "remedy_days": R60_6M, "discretion": None, "completeness": "complete",
    "notes": "公安 form: party labelled 违法行为人 / 被处罚人; 文号 with ASCII parentheses and square brackets. Violated and penalty articles are cited "
             "together in one 根据…之规定 sentence (第四十一条第一款 = duty, 第八十条第三款 = penalty). Three foreign nationals with masked passport "
             "numbers appear — they are NOT the party (their own penalties are 另案处理). Fine 叁万元 with a per-head explanation (一万元 ×3, "
             "the 一万元 is a unit rate, not the total). The 没收/收缴 清单 lines say 无 → confiscation null. No 告知 date stated.",
    "defects_observed": ["未载明事先告知及陈述申辩的时间", "违反条款与处罚条款未分开表述"],
})

# =========================================================================== 20
case("20_城市管理_当场警告.txt",
     "invented (writer 89); imitates a 当场行政处罚决定书 (简易程序) with check boxes, 警告 only, after 2024 (复议前置)",
     "城市管理", "当场行政处罚决定书", """西安市雁塔区城市管理和综合执法局
当场行政处罚决定书
                                                编号：No.6101130250117
当事人：☐个人 ☑单位（个体工商户）
名称：西安市雁塔区张记小吃店      统一社会信用代码：«CC20»
经营者：张**      身份证号：6101**********2315
地址：西安市雁塔区小寨东路 ** 号
违法事实：2025年3月14日10时20分，当事人在西安市雁塔区小寨东路 ** 号店门外人行道上摆放桌椅、操作台超出门窗进行经营，面积约6平方米，影响市容。
证据：现场照片（4张）、执法记录仪视频。
上述行为违反了：《西安市市容环境卫生管理条例》第二十四条第一款
依据：《西安市市容环境卫生管理条例》第五十三条第（二）项
处罚决定：☑警告  ☐罚款 ______ 元（大写：______）
执行方式：☐当场缴纳  ☐十五日内到指定银行缴纳
    当事人已被告知拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩权利，当事人未提出陈述申辩。
    如不服本决定，应当在收到本决定书之日起六十日内向西安市雁塔区人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。
执法人员（签名）：刘**  执法证号：61*****0213    王**  执法证号：61*****0388
当事人（签名）：张**      2025年3月14日
作出处罚决定的行政机关：西安市雁塔区城市管理和综合执法局（印章）
时间：2025年3月14日    地点：西安市雁塔区小寨东路 ** 号
""", {
    "doc_type": "当场行政处罚决定书",
    "agency": "西安市雁塔区城市管理和综合执法局",
    "doc_number": "No.6101130250117",
    "party": "西安市雁塔区张记小吃店",
    "credit_code": "«CC20»",
    "cited_articles": [
        cit("《西安市市容环境卫生管理条例》", 24, 1, None, "violated", "local regulation; article numbers not checked against its text"),
        cit("《西安市市容环境卫生管理条例》", 53, None, 2, "penalty", "local regulation; article numbers not checked against its text"),
    ],
    "fine_yuan": None, "confiscation_yuan": None,
    "dates": dates(None, None, "2025-03-14", "2025-03-14", violation="2025-03-14"),
    "remedy_days": {"review": 60, "litigation": "15d"},
    "discretion": None, "completeness": "complete",
    "procedure": "简易",
    "notes": "简易程序 form with check boxes: ☑警告 is the only ticked penalty; '☐罚款 ______ 元' is an EMPTY fine field (fine null, must not be read "
             "as a fine). 编号 is a pure serial No.6101130250117 (no year brackets). All dates are the same day (act, decision, hand-over). "
             "After 2024-01-01 当场处罚 requires 复议前置: review 60 days, then suit within 十五日 of the review decision → litigation '15d' "
             "(not the usual 6 months); no court named. The operator's masked ID and officers' masked certificate numbers are not codes to extract "
             "as the party's.",
    "defects_observed": [],
})

# =========================================================================== 21
case("21_市场监管_工商PDF转文本.txt",
     "invented (writer 89); imitates a PDF-to-text copy (hard line breaks, page headers/footers) of a 2012 工商分局 decision with an old 注册号",
     "市场监管", "行政处罚决定书（PDF转文本）", """太原市工商行政管理局小店分局
行政处罚决定书
并工商小处字〔2012〕第45号
当事人：太原市小店区鑫达五金电料经销部
注册号：«REG21»
住所：太原市小店区
亲贤街 ** 号
负责人：李**
　　2012年5月8日，本局执法人员在对当事人经营场所进行检查时，发现当事人销售的
“鑫光”牌BV2.5平方毫米铜芯聚氯乙烯绝缘电线（标称合格），经山西省产品质量监督检
验研究院检验，导体电阻项目不合格。经查，当事人明知该批电线系不合格产品，仍以合格产
品名义销售。本局于2012年5月10日立案。
　　当事人共购进上述电线 110 卷，进价每卷 128 元，销售价每卷 150 元，已销售 97
卷，库存 13 卷。违法销售产品货值金额为人民币16500元，违法所得为人民币2140元。
　　以上事实有现场检查笔录、检验报告、询问笔录、进货单据、销售记录等证据证明。

                         第 1 页 共 2 页
-------------------------------------------------------------------------------
太原市工商行政管理局小店分局行政处罚决定书                 并工商小处字〔2012〕第45号
　　本局认为，当事人以不合格产品冒充合格产品销售的行为，违反了《中华人民共和国产
品质量法》第三十九条的规定。本局于2012年7月16日向当事人送达了行政处罚听证告知书，
当事人未要求听证。依据《中华人民共和国产品质量法》第五十条的规定，本局决定：
　　一、责令停止销售；
　　二、没收库存不合格电线13卷；
　　三、没收违法所得人民币贰仟壹佰肆拾元；
　　四、处违法销售产品货值金额百分之八十的罚款，即人民币壹万叁仟贰佰元。
　　罚没款合计人民币壹万伍仟叁佰肆拾元，当事人应于收到本决定书之日起十五日内缴至
太原市财政局指定的代收银行。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五
十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
　　当事人如不服本处罚决定，可以在收到本处罚决定书之日起六十日内，向太原市工商行政
管理局或者太原市小店区人民政府申请行政复议；也可以在三个月内直接向太原市小店区人
民法院提起行政诉讼。
                                         太原市工商行政管理局小店分局
                                              二○一二年八月二十三日
                         第 2 页 共 2 页
""", {
    "doc_type": "行政处罚决定书",
    "agency": "太原市工商行政管理局小店分局",
    "doc_number": "并工商小处字〔2012〕第45号",
    "party": "太原市小店区鑫达五金电料经销部",
    "credit_code": None,
    "registration_no": "«REG21»",
    "cited_articles": [
        cit("《中华人民共和国产品质量法》", 39, None, None, "violated", "2009 text; title split across a line break"),
        cit("《中华人民共和国产品质量法》", 50, None, None, "penalty", "2009 text"),
        cit("《中华人民共和国行政处罚法》", 51, None, 1, "other", "2009 numbering; 第五/十一条 split across a line break"),
    ],
    "fine_yuan": 13200, "confiscation_yuan": 2140,
    "dates": dates("2012-05-10", "2012-07-16", "2012-08-23", None, inspection="2012-05-08"),
    "remedy_days": {"review": 60, "litigation": "3m"},
    "discretion": None, "completeness": "complete",
    "notes": "PDF-to-text copy: hard line breaks inside the law title (《中华人民共和国产/品质量法》), inside 第五/十一条 and inside the court name; "
             "a page footer, a dashed separator and a running header that repeats the 文号 mid-text; full-width ideographic-space indents. "
             "Old 15-digit 注册号 (valid MOD 11,10), no credit code. Fine = 货值16500 × 80% = 13200, written in capitals 壹万叁仟贰佰元; "
             "confiscation = 违法所得 贰仟壹佰肆拾元 (2140, also in Arabic in the facts); the printed 罚没款合计 15340 is NOT the fine. "
             "Unit prices 128/150 and counts 110/97/13 are not amounts to extract. Date with U+25CB ○. Suit period 三个月 (correct in 2012).",
    "defects_observed": [],
})

# =========================================================================== 22
case("22_市场监管_千元明码标价.txt",
     "invented (writer 89); imitates a 市场监管 价格 decision with the fine written in 千元 and several overlapping citations",
     "市场监管", "行政处罚决定书", """哈尔滨市南岗区市场监督管理局
行政处罚决定书
哈南市监处罚〔2023〕7号

当事人：哈尔滨市南岗区果鲜生水果店
主体类型：个体工商户
统一社会信用代码：«CC22»
经营者：赵**
经营场所：哈尔滨市南岗区 ** 街 ** 号

    2023年7月6日，本局执法人员根据投诉举报对当事人经营场所进行检查，发现当事人店内销售的榴莲、车厘子、山竹等11种水果未标明价格，另有4种水果价签所标品名与实物不符。本局于2023年7月7日立案调查。因当事人无法提供销售记录，违法所得无法认定。
    以上事实有现场笔录、现场照片、询问笔录、投诉材料等证据证明。
    当事人的行为违反了《中华人民共和国价格法》第十三条第一款以及《明码标价和禁止价格欺诈规定》第五条第一款、第二款的规定，构成不按规定明码标价的违法行为。
    鉴于当事人在检查当日即补齐价签，积极配合调查，依据《黑龙江省市场监督管理行政处罚裁量权基准》，可予从轻处罚。本局于2023年8月14日向当事人送达了行政处罚告知书，当事人放弃陈述申辩。
    根据《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条第（一）项、第（二）项的规定，本局决定：
    一、责令改正；
    二、罚款人民币3千元。
    当事人应当自收到本决定书之日起十五日内缴纳罚款。到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
    如不服本决定，可以在收到本决定书之日起六十日内向哈尔滨市南岗区人民政府申请行政复议，也可以在六个月内直接向哈尔滨市南岗区人民法院提起行政诉讼。

哈尔滨市南岗区市场监督管理局
2023年9月5日
""", {
    "doc_type": "行政处罚决定书",
    "agency": "哈尔滨市南岗区市场监督管理局",
    "doc_number": "哈南市监处罚〔2023〕7号",
    "party": "哈尔滨市南岗区果鲜生水果店",
    "credit_code": "«CC22»",
    "cited_articles": [
        cit("《中华人民共和国价格法》", 13, 1),
        cit("《明码标价和禁止价格欺诈规定》", 5, 1),
        cit("《明码标价和禁止价格欺诈规定》", 5, 2),
        cit("《黑龙江省市场监督管理行政处罚裁量权基准》", None, None, None, "other", "discretion benchmark by name"),
        cit("《中华人民共和国价格法》", 42, None, None, "penalty"),
        cit("《价格违法行为行政处罚规定》", 13, None, 1, "penalty"),
        cit("《价格违法行为行政处罚规定》", 13, None, 2, "penalty"),
        cit("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
    ],
    "fine_yuan": 3000, "confiscation_yuan": None,
    "dates": dates("2023-07-07", "2023-08-14", "2023-09-05", None, inspection="2023-07-06"),
    "remedy_days": R60_6M, "discretion": "从轻", "completeness": "complete",
    "notes": "Fine written ONLY as 人民币3千元 (千 unit). Citations joined with 以及 and 、 where the second 款 and the second 项 carry no "
             "article of their own (第五条第一款、第二款; 第十三条第（一）项、第（二）项) — each expands to a separate citation. "
             "违法所得无法认定 → no confiscation. Counts (11种, 4种) are not money. 可予从轻 stated → discretion 从轻.",
    "defects_observed": [],
})

# =========================================================================== 23
case("23_生态环境_OCR扫描.txt",
     "invented (writer 89); imitates an OCR of a scanned 生态环境局 decision with line-break, character and dropped-character errors",
     "生态环境", "行政处罚决定书（扫描OCR）", """包头市生态环境局
行政处罚决定书
包环罚〔2O24〕19号
当事人:包头市北方铸联机械有限公司
统一社会信用代码:«CC23»
法定代表人:白**
地址:包头市昆都仑区 ** 工业园区
    一、环境违法事实和证据
    2O24年3月19日,我局执法人员对你公司进行现场检查,发现你公司铸造砂
堆场约1500平方米未采取密闭、围挡、遮盖等措施,厂区内道路积尘严重,车辆
进出扬尘明显。我局于2O24年3月22曰对你公司立案调查。
    以上事实,有《现场检查(勘察)笔录》、《调查询问笔录》、现场照片等证据
为凭。
    你公司上述行为违反了《中华人民共和国大气污染防治法》第四十八条第二款的
    二、行政处罚的依据、种类
    我局于2O24年4月25日向你公司送达了《行政处罚事先告知书》,告知你公司陈述
申辩和要求听证的权利。你公司在法定期限内未提出陈述申辩,也未要求听证。
    依据《中华人民共和国大气污染防治法》第一百零八条第(五)项的规定,参照《内蒙
古自治区生态环境行政处罚裁量基准》,你公司违法情节属一般,我局决定对你公司处
以罚款人民币叁万陆仟元整。
    三、处罚决定的履行方式和期限
    你公司应于接到本处罚决定之曰起十五曰内,将罚款缴至指定银行。逾期不缴纳罚
款的,我局可依据《中华人民共和国行政处罚法》第七十二条第一款第(一)项规定,
每曰按罚款数额的百分之三加处罚款。
    四、申请行政复议或者提起行政诉讼的途径和期限
    如不服本处罚决定,可在收到本处罚决定书之曰起六十曰内向包头市人民政府申请行
政复议,也可以在六个月内向包头市昆都仑区人民法院提起行政诉讼。申请行政复议或者提
起行政诉讼,不停止行政处罚决定的执行。
                                              包头市生态环境局
                                             2O24年5月3O曰
""", {
    "doc_type": "行政处罚决定书",
    "agency": "包头市生态环境局",
    "doc_number": "包环罚〔2024〕19号",
    "party": "包头市北方铸联机械有限公司",
    "credit_code": "«CC23»",
    "cited_articles": [
        cit("《中华人民共和国大气污染防治法》", 48, 2),
        cit("《中华人民共和国大气污染防治法》", 108, None, 5, "penalty"),
        cit("《内蒙古自治区生态环境行政处罚裁量基准》", None, None, None, "other", "discretion benchmark by name; title split by a line break"),
        cit("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
    ],
    "fine_yuan": 36000, "confiscation_yuan": None,
    "dates": dates("2024-03-22", "2024-04-25", "2024-05-30", None, inspection="2024-03-19"),
    "remedy_days": R60_6M, "discretion": "一般", "completeness": "complete",
    "notes": "OCR: letter O for zero in 文号 and dates (〔2O24〕, 2O24年5月3O曰), 曰 for 日, ASCII parentheses, a dropped line ending "
             "(…第四十八条第二款的 — '规定。' lost before the next heading), benchmark title broken across lines (《内蒙/古自治区…》). "
             "Labels carry corrected values. Fine only in capitals 叁万陆仟元整; 1500平方米 is an area. 2024 → review to 包头市人民政府.",
    "defects_observed": ["OCR识别错误与漏字（非原件缺陷）"],
})

# =========================================================================== 24
case("24_应急管理_双罚从重.txt",
     "invented (writer 89); imitates a 2026 应急管理局 decision on a district site: unit + responsible person fined (双罚), 从重",
     "应急管理", "行政处罚决定书", """合肥市蜀山区人民政府 > 区应急管理局 > 行政执法信息公示
发布日期：2026-02-12      来源：蜀山区应急管理局      浏览量：58

合肥市蜀山区应急管理局
行政处罚决定书（单位）
（蜀）应急罚〔2026〕4号

被处罚单位：合肥华屹精密制造有限公司
统一社会信用代码：«CC24»
地址：安徽省合肥市蜀山区 ** 路 ** 号
法定代表人：汪**（主要负责人）

    违法事实及证据：2025年10月28日，本局执法人员检查发现你单位冲压车间5名员工未经安全生产教育和培训即上岗作业，本局当日下达《责令限期整改指令书》（（蜀）应急责改〔2025〕61号），责令你单位于2025年11月12日前改正。2025年11月18日复查时，你单位仍有3名员工未经培训上岗，逾期未改正。本局于2025年11月20日立案。以上事实有现场检查记录、整改复查意见书、培训档案、询问笔录等证据为证。
    你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定，依据《中华人民共和国安全生产法》第九十七条第（三）项的规定，鉴于你单位逾期拒不改正、且同一违法行为一年内被查处两次，按照《安徽省应急管理行政处罚裁量基准》，属从重情形，本局决定：
    一、对你单位责令停产停业整顿，并处罚款人民币壹拾陆万元；
    二、对你单位直接负责的主管人员汪**处罚款人民币叁万伍仟元；
    以上罚款合计人民币壹拾玖万伍仟元（195000元）。
    本局已于2026年1月9日向你单位送达《行政处罚告知书》（（蜀）应急告〔2026〕4号），告知你单位有陈述、申辩和要求听证的权利，你单位于2026年1月13日提出听证申请，本局于2026年1月22日依法举行听证。经复核，你单位所提已整改的意见与复查事实不符，不予采纳。
    罚款限自本决定书送达之日起15日内缴至指定银行。到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第一项规定，每日按罚款数额的3%加处罚款。
    如果不服本处罚决定，可以依法在60日内向合肥市蜀山区人民政府申请行政复议，或者在6个月内依法向合肥市蜀山区人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。

合肥市蜀山区应急管理局
2026年2月6日
""", {
    "doc_type": "行政处罚决定书",
    "agency": "合肥市蜀山区应急管理局",
    "doc_number": "（蜀）应急罚〔2026〕4号",
    "party": "合肥华屹精密制造有限公司",
    "credit_code": "«CC24»",
    "cited_articles": [
        cit("《中华人民共和国安全生产法》", 28, 1),
        cit("《中华人民共和国安全生产法》", 97, None, 3, "penalty"),
        cit("《安徽省应急管理行政处罚裁量基准》", None, None, None, "other", "discretion benchmark by name"),
        cit("《中华人民共和国行政处罚法》", 72, 1, 1, "other"),
    ],
    "fine_yuan": 195000, "confiscation_yuan": None,
    "dates": dates("2025-11-20", "2026-01-09", "2026-02-06", None, inspection="2025-10-28", hearing="2026-01-22"),
    "remedy_days": R60_6M, "discretion": "从重", "completeness": "complete",
    "notes": "双罚: unit 壹拾陆万元 + responsible person 叁万伍仟元 = 195000 (the total appears in capitals and Arabic; fine_yuan is the total). "
             "The 告知 paragraph comes AFTER the decision items (out of usual order). Several related 文号 with nested brackets "
             "（（蜀）应急责改〔2025〕61号, （蜀）应急告〔2026〕4号） must not be taken as the decision's. The correction deadline 2025-11-12, "
             "re-inspection 2025-11-18 and hearing request 2026-01-13 are procedure dates, not filing/decision. Page 发布日期 2026-02-12 is the "
             "publication date. Remedy periods in Arabic (60日/6个月) without '自收到…之日起'.",
    "defects_observed": ["救济期限未写明起算点"],
    "related_doc_numbers": ["（蜀）应急责改〔2025〕61号", "（蜀）应急告〔2026〕4号"],
})

# =========================================================================== write
KEY_ORDER = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles", "fine_yuan",
             "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness", "notes", "defects_observed"]


def _fill_obj(o):
    if isinstance(o, str):
        return fill(o)
    if isinstance(o, list):
        return [_fill_obj(x) for x in o]
    if isinstance(o, dict):
        return {k: _fill_obj(v) for k, v in o.items()}
    return o


def main() -> None:
    lines = []
    for file, source, domain, doc_type, text, label in CASES:
        body = fill(text)
        assert "«" not in body, f"unfilled token in {file}"
        (OUT / file).write_text(f"source: {source}\ndomain: {domain}\ndoc_type: {doc_type}\n---\n{body}", encoding="utf-8")
        lab = _fill_obj(dict(label))
        lab["file"] = file
        ordered = {k: lab[k] for k in KEY_ORDER}
        ordered.update({k: v for k, v in lab.items() if k not in ordered})
        lines.append(json.dumps(ordered, ensure_ascii=False))
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} files and labels.jsonl")


if __name__ == "__main__":
    main()
