"""decisions12, files 1213-1224: texts and hand labels (all parties, numbers and dates invented)."""
from common import uscc, org_code, regno15

C1213 = uscc("91", "340104", "1213-qiheng-shangmao")
C1214 = uscc("91", "440112", "1214-hengtai-jinchukou")
C1215 = uscc("91", "360111", "1215-kangren-yiyao", prefix="6", digits=True)
C1217 = uscc("91", "610116", "1217-yunyu-chuanmei")
C1218 = uscc("92", "620102", "1218-yongxing-fushi")
C1219 = uscc("91", "500112", "1219-yujin-shipin")
C1219_AGENCY = uscc("11", "500112", "1219-agency", prefix="00", digits=True)
C1220 = uscc("91", "220104", "1220-kanglejia-chaoshi")
C1222 = uscc("91", "140105", "1222-ruitong-jixie")
C1224 = uscc("91", "460106", "1224-yerun-yinliao")
ORG1223 = org_code("1223-hengrui-org", prefix="70")
REG1223 = regno15("15010200003124")

DOCS = []

# ---------------------------------------------------------------- 1213
DOCS.append({
    "file": "1213_税务.txt",
    "domain": "税务",
    "form": "简易程序（当场）税务行政处罚决定书，税务所作出，复议前置告知",
    "text": f"""国家税务总局合肥市蜀山区税务局第一税务所
税务行政处罚决定书（简易）
合蜀税一所简罚〔2024〕118号

纳税人名称：合肥启衡商贸有限公司
纳税人识别号（统一社会信用代码）：{C1213}
地址：安徽省合肥市蜀山区望江西路***号
法定代表人：张某某

你单位2024年1月1日至2024年1月31日所属期增值税未按照规定期限办理纳税申报（申报期限截至2024年2月23日），于2024年3月19日补办申报。你单位近两年内曾因同类违法行为受到税务行政处罚，不适用首违不罚规定。
上述行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。根据《中华人民共和国税收征收管理法》第六十二条的规定，决定对你单位处以罚款200元（大写：贰佰元整）。

请你单位于收到本决定书之日起十五日内通过电子税务局或者到国家税务总局合肥市蜀山区税务局办税服务厅缴纳入库。到期不缴纳罚款的，我所可以根据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。

如对本决定不服，应当自收到本决定书之日起六十日内依法先向国家税务总局合肥市蜀山区税务局申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院起诉。

执法人员：吴**（执法证号：34010422000517）  陈**（执法证号：34010423000846）
当事人签收：张某某        2024年3月19日

                         国家税务总局合肥市蜀山区税务局第一税务所（印章）
                                   2024年3月19日
""",
    "label": {
        "doc_type": "税务行政处罚决定书（简易）",
        "agency": "国家税务总局合肥市蜀山区税务局第一税务所",
        "doc_number": "合蜀税一所简罚〔2024〕118号",
        "party": "合肥启衡商贸有限公司",
        "credit_code": C1213,
        "cited_articles": [
            {"law": "《中华人民共和国税收征收管理法》", "article": 25, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国税收征收管理法》", "article": 62, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": 200,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2024-03-19", "service": "2024-03-19", "violation": "2024-02-23"},
        "remedy_days": {"review": 60, "litigation": "15d"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Simple procedure decided on the spot by a 税务所: lawful for fines ≤2000元 (税收征收管理法 第七十四条), so not SUBJ-03. On-the-spot decision after 2024-01-01: 复议前置 correctly told (行政复议法2023 第二十三条第一款第（一）项 and 第二款); review to the 区税务局, correct for a vertically-led tax organ (第二十七条); litigation only within 15 days after the review decision ('15d'). 200元 to an organisation is far below the 3000元 on-the-spot limit. 纳税人识别号 = 统一社会信用代码.",
        "defects_observed": [],
        "procedure": "简易",
    },
})

# ---------------------------------------------------------------- 1214
DOCS.append({
    "file": "1214_海关.txt",
    "domain": "海关",
    "form": "海关行政处罚决定书全文（金额以万元计、复议至海关总署）",
    "text": f"""中华人民共和国黄埔海关
行政处罚决定书
埔关缉违字〔2024〕0219号

当事人：广州恒泰进出口贸易有限公司
统一社会信用代码：{C1214}
海关编码：4401964127
法定代表人：何某某
地址：广州市黄埔区开创大道****号

经我关调查，当事人有以下违法行为：
2024年1月9日，当事人以一般贸易方式向海关申报出口塑料收纳箱一批（报关单号：520120241000318776），申报数量为12400个，申报总价29760美元。经海关查验，实际数量为14880个，与申报不符。当事人出口货物数量申报不实，影响海关统计准确性。
以上行为有查验记录、出口货物报关单及随附单证、装箱单、当事人情况说明、查问笔录、当事人营业执照复印件等证据为证。
当事人上述行为违反了《中华人民共和国海关法》第二十四条第一款的规定，构成违反海关监管规定的行为。
依照《中华人民共和国海关行政处罚实施条例》第十五条第（一）项、《中华人民共和国海关行政处罚裁量基准（一）》（海关总署公告2023年第182号）之规定，决定对当事人处罚款人民币0.3万元。
当事人应当自收到本决定书之日起十五日内，依照《中华人民共和国行政处罚法》第六十七条之规定，到指定银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，本关可以每日按罚款数额的百分之三加处罚款。
当事人不服本处罚决定的，依照《中华人民共和国行政复议法》第二十条、第二十七条，《中华人民共和国行政诉讼法》第四十六条之规定，可自收到本决定书之日起六十日内向海关总署申请行政复议，或者自收到本决定书之日起六个月内直接向有管辖权的人民法院提起行政诉讼。

中华人民共和国黄埔海关
2024年3月6日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "中华人民共和国黄埔海关",
        "doc_number": "埔关缉违字〔2024〕0219号",
        "party": "广州恒泰进出口贸易有限公司",
        "credit_code": C1214,
        "cited_articles": [
            {"law": "《中华人民共和国海关法》", "article": 24, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国海关行政处罚实施条例》", "article": 15, "paragraph": None, "item": 1, "role": "penalty"},
            {"law": "《中华人民共和国海关行政处罚裁量基准（一）》", "article": None, "paragraph": None, "item": None, "role": "discretion"},
            {"law": "《中华人民共和国行政处罚法》", "article": 67, "paragraph": None, "item": None, "role": "other"},
            {"law": "《中华人民共和国行政复议法》", "article": 20, "paragraph": None, "item": None, "role": "other"},
            {"law": "《中华人民共和国行政复议法》", "article": 27, "paragraph": None, "item": None, "role": "other"},
            {"law": "《中华人民共和国行政诉讼法》", "article": 46, "paragraph": None, "item": None, "role": "other"},
        ],
        "fine_yuan": 3000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2024-03-06", "service": None, "declaration": "2024-01-09"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Fine written only in 万元 with a decimal (人民币0.3万元 = 3000元). Customs is vertically led: review to 海关总署 is correct in 2024 (行政复议法2023 第二十七条) — a checker must not flag it as the pre-2024 '上一级主管部门' error. 海关编码 (10 digits) and a customs declaration number are not credit codes. Recent customs style cites only the penalty basis and the 2023 national benchmark without naming a tier. 实施条例 第十五条第（一）项: 警告或1000–10000元.",
        "defects_observed": [],
        "procedure": "普通",
    },
})

# ---------------------------------------------------------------- 1215
DOCS.append({
    "file": "1215_药监.txt",
    "domain": "药监",
    "form": "决定书全文（没收违法所得+没收药品+罚款+责令改正，听证后作出）",
    "text": f"""江西省药品监督管理局
行政处罚决定书
赣药监药罚〔2021〕37号

当事人：江西康仁医药有限公司
统一社会信用代码：{C1215}
法定代表人：万某某
住所：江西省南昌市青山湖区高新大道****号
药品经营许可证编号：赣AA79100**

2021年7月5日，我局检查组对当事人开展飞行检查，发现当事人计算机系统内部分药品购进记录无供货单位资质档案。我局于2021年7月9日立案调查。
经查，2020年11月至2021年4月，当事人从无药品经营资质的个人胡某某处购进头孢克肟分散片、阿莫西林胶囊、布洛芬缓释胶囊、复方甘草片共4个品种，购进金额合计18600元，已全部销售，销售金额合计24980元，违法所得6380元。检查时当事人仓库内尚存上述药品中的复方甘草片120盒，已依法扣押。
以上事实有现场检查笔录、购进记录、销售记录、银行转账凭证、询问笔录、当事人营业执照及药品经营许可证复印件等证据证实。
当事人的上述行为违反了《中华人民共和国药品管理法》第五十五条的规定。
2021年9月10日，我局向当事人送达了《行政处罚听证告知书》（赣药监药听告〔2021〕37号）。当事人于2021年9月13日提出听证申请，我局于2021年10月12日依法举行了听证。因案情复杂，经我局负责人批准，本案办案期限延长三十日。当事人在听证中提出其对供货人资质审核不严，主动停止购销并召回已售药品。经法制审核和局负责人集体讨论，我局认为当事人主动召回、配合调查，依据《中华人民共和国行政处罚法》第三十二条第（一）项，可以从轻处罚。
依据《中华人民共和国药品管理法》第一百二十九条的规定，违法购进药品货值金额不足五万元的，按五万元计算。我局决定：
一、责令当事人改正违法行为；
二、没收违法购进的药品（复方甘草片120盒）；
三、没收违法所得人民币陆仟叁佰捌拾元整（6380元）；
四、处按五万元计算的货值金额二倍罚款，即人民币壹拾万元整（100000元）。
上述罚没款合计人民币106380元，当事人应当自收到本决定书之日起十五日内缴至江西省非税收入汇缴结算户。到期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本处罚决定，可在收到本决定书之日起六十日内向国家药品监督管理局或者江西省人民政府申请行政复议，也可在六个月内向有管辖权的人民法院提起行政诉讼。

江西省药品监督管理局
2021年11月5日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "江西省药品监督管理局",
        "doc_number": "赣药监药罚〔2021〕37号",
        "party": "江西康仁医药有限公司",
        "credit_code": C1215,
        "cited_articles": [
            {"law": "《中华人民共和国药品管理法》", "article": 55, "paragraph": None, "item": None, "role": "violated"},
            {"law": "《中华人民共和国行政处罚法》", "article": 32, "paragraph": None, "item": 1, "role": "discretion"},
            {"law": "《中华人民共和国药品管理法》", "article": 129, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": 100000,
        "confiscation_yuan": 6380,
        "dates": {"filing": "2021-07-09", "notice": "2021-09-10", "decision": "2021-11-05", "service": None,
                  "inspection": "2021-07-05", "hearing_request": "2021-09-13", "hearing": "2021-10-12"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "从轻",
        "completeness": "complete",
        "notes": "没收违法所得 (6380 = 24980 − 18600) + 没收药品 (no money value) + 罚款 + 责令改正. 货值18600 < 5万 → computed at 5万; 2× = 10万, the floor of 2–10倍 — from-light ground stated. Total 罚没款 106380 also written. Hearing held, 法制审核 and 集体讨论 mentioned. Filing 2021-07-09 → decision 2021-11-05 is 119 days, with a stated 30-day extension approved by the bureau head (within 90+30); hearing time would not count either. Provincial bureau: review to 国家药监局 or 江西省人民政府 (pre-2024).",
        "defects_observed": [],
        "related_doc_numbers": ["赣药监药听告〔2021〕37号"],
        "procedure": "普通",
    },
})

# ---------------------------------------------------------------- 1216
DOCS.append({
    "file": "1216_林草.txt",
    "domain": "林草",
    "form": "决定书全文（日期全部汉字数字〇，个人当事人，身份证号遮蔽）",
    "text": """锦屏县林业局
林业行政处罚决定书
锦林罚决字〔2020〕第031号

被处罚人：杨某某    性别：男    民族：侗族
身份证号码：522628********3214
住址：贵州省黔东南苗族侗族自治州锦屏县****村

经查：二〇二〇年九月上旬，被处罚人杨某某在未办理林木采伐许可证的情况下，雇请他人在锦屏县****村“冲头坡”山场采伐其承包经营的杉木四十七株。经锦屏县林业调查规划设计队鉴定，被采伐林木立木蓄积九点八二六立方米，林木价值人民币柒仟叁佰陆拾玖元伍角。二〇二〇年十月十四日，我局接群众举报后进行现场勘验，于二〇二〇年十月十六日立案调查。经审查，被采伐林木蓄积未达到刑事立案追诉标准。
以上事实有现场勘验笔录、林木蓄积鉴定意见、询问笔录、证人证言、现场照片等证据证实。
被处罚人的上述行为违反了《中华人民共和国森林法》第五十六条第一款的规定，构成滥伐林木的违法行为。
我局于二〇二〇年十一月二十日向被处罚人送达了《林业行政处罚告知书》（锦林罚告字〔2020〕第031号），被处罚人在规定期限内未提出陈述、申辩，亦未要求听证。
依据《中华人民共和国森林法》第七十六条第二款的规定，我局决定对被处罚人作出如下处罚：
一、责令于二〇二一年三月三十一日前在原地补种滥伐株数三倍的树木，即杉木一百四十一株；
二、处滥伐林木价值三倍的罚款，计人民币贰万贰仟壹佰零捌元伍角。
罚款自收到本决定书之日起十五日内缴至锦屏县非税收入汇缴结算户。到期不缴纳罚款的，我局可以依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款；逾期不补种树木的，由我局依法组织代为履行，所需费用由被处罚人承担。
如不服本处罚决定，可以在收到本决定书之日起六十日内向锦屏县人民政府或者黔东南苗族侗族自治州林业局申请行政复议，或者在六个月内向有管辖权的人民法院提起行政诉讼。

锦屏县林业局
二〇二〇年十二月八日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "锦屏县林业局",
        "doc_number": "锦林罚决字〔2020〕第031号",
        "party": "杨某某",
        "credit_code": None,
        "cited_articles": [
            {"law": "《中华人民共和国森林法》", "article": 56, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国森林法》", "article": 76, "paragraph": 2, "item": None, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 51, "paragraph": None, "item": 1, "role": "other"},
        ],
        "fine_yuan": 22108.5,
        "confiscation_yuan": None,
        "dates": {"filing": "2020-10-16", "notice": "2020-11-20", "decision": "2020-12-08", "service": None,
                  "inspection": "2020-10-14", "remedy_deadline": "2021-03-31"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Every date in Chinese numerals with 〇 (U+3007); quantities also in words (四十七株, 九点八二六立方米); money only in capitals with 角 (柒仟叁佰陆拾玖元伍角 ×3 = 贰万贰仟壹佰零捌元伍角 = 22108.5). Violation in Sept 2020, after the revised 森林法 took effect (2020-07-01), so the 2019 text applies. 补种 3× (the maximum of 1–3倍) and fine 3× (the minimum of 3–5倍). Natural person with masked ID; 文号 in Arabic numerals. Near the criminal threshold, reason for not referring stated.",
        "defects_observed": [],
        "related_doc_numbers": ["锦林罚告字〔2020〕第031号"],
        "procedure": "普通",
    },
})

# ---------------------------------------------------------------- 1217
DOCS.append({
    "file": "1217_气象.txt",
    "domain": "气象",
    "form": "不予行政处罚决定书",
    "text": f"""西安市长安区气象局
不予行政处罚决定书
长气不罚〔2022〕1号

当事人：西安云峪文化传媒有限公司
统一社会信用代码：{C1217}
法定代表人：贺某某
地址：陕西省西安市长安区韦曲街道****

2022年7月14日，我局在气象信息传播监测中发现，当事人运营的微信公众号“长安生活圈”于2022年7月11日至13日先后3次发布自行编写的“暴雨预警”及未来三日天气预报，未注明来源于气象主管机构所属的气象台站。我局于2022年7月15日立案调查。
经查，上述信息由当事人工作人员根据网络信息自行编写，累计阅读量约2100次，未造成社会恐慌或其他危害后果。经我局指出后，当事人于当日删除了全部相关信息，并在公众号发布更正说明，此后改为转载西安市长安区气象台发布的预报信息。当事人系初次实施此类违法行为。
以上事实有网页截图、询问笔录、当事人整改说明等证据证实。
当事人的上述行为违反了《中华人民共和国气象法》第二十二条第二款的规定，依照《中华人民共和国气象法》第三十八条第（一）项的规定，本应予以处罚。鉴于当事人违法行为轻微并及时改正，没有造成危害后果，根据《中华人民共和国行政处罚法》第三十三条第一款的规定，我局决定对当事人不予行政处罚。
根据《中华人民共和国行政处罚法》第三十三条第三款的规定，我局已于2022年7月22日对当事人进行了批评教育，并责令当事人今后严格遵守公众气象预报统一发布制度。
如不服本决定，可以在收到本决定书之日起六十日内向西安市气象局或者西安市长安区人民政府申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。

西安市长安区气象局
2022年8月2日
""",
    "label": {
        "doc_type": "不予行政处罚决定书",
        "agency": "西安市长安区气象局",
        "doc_number": "长气不罚〔2022〕1号",
        "party": "西安云峪文化传媒有限公司",
        "credit_code": C1217,
        "cited_articles": [
            {"law": "《中华人民共和国气象法》", "article": 22, "paragraph": 2, "item": None, "role": "violated"},
            {"law": "《中华人民共和国气象法》", "article": 38, "paragraph": None, "item": 1, "role": "penalty", "note": "penalty provision that would apply; not applied"},
            {"law": "《中华人民共和国行政处罚法》", "article": 33, "paragraph": 1, "item": None, "role": "other"},
            {"law": "《中华人民共和国行政处罚法》", "article": 33, "paragraph": 3, "item": None, "role": "other"},
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": {"filing": "2022-07-15", "notice": None, "decision": "2022-08-02", "service": None,
                  "inspection": "2022-07-14", "education": "2022-07-22"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": "不予",
        "completeness": "complete",
        "notes": "不予行政处罚 under 行政处罚法2021 第三十三条第一款 (mandatory limb: 轻微、及时改正、无危害后果), education recorded (第三十三条第三款). Not a penalty: no fine, no DOC-01 on payment terms. The violation dates (2022-07-11 to 13) precede discovery. Review to 西安市气象局 or the district government (pre-2024).",
        "defects_observed": [],
        "procedure": "普通",
    },
})

# ---------------------------------------------------------------- 1218
DOCS.append({
    "file": "1218_烟草.txt",
    "domain": "烟草",
    "form": "决定书全文（个体工商户及经营者，没收违法所得+罚款）",
    "text": f"""兰州市城关区烟草专卖局
行政处罚决定书
城烟罚〔2016〕第0158号

当事人：兰州市城关区永兴副食店（个体工商户）
经营者：马某某    性别：男    身份证号码：620102********0831
统一社会信用代码：{C1218}
烟草专卖零售许可证号：620102******
经营地址：甘肃省兰州市城关区永昌路***号

2016年10月18日，我局专卖管理人员在对当事人经营场所进行检查时，发现当事人店内及储物间存放“云烟（软珍品）”“黄鹤楼（软蓝）”等卷烟5个品种共38条，当事人不能提供从兰州市烟草专卖批发企业购进的合法票据。我局于2016年10月19日立案调查。
经查，上述卷烟系当事人于2016年9月至10月间从外地流动人员处购进，进货总额7980元；其中已销售6条，获违法所得312元，剩余32条已依法先行登记保存。经鉴别检验，上述卷烟均为真品卷烟。
以上事实有检查笔录、询问笔录、涉案物品清单、卷烟鉴别检验报告等证据证实。
当事人的上述行为违反了《中华人民共和国烟草专卖法实施条例》第二十三条第二款的规定，构成未在当地烟草专卖批发企业进货的违法行为。
我局于2016年11月4日向当事人送达了《行政处罚事先告知书》（城烟告〔2016〕第0158号），当事人在法定期限内未提出陈述、申辩。
依据《中华人民共和国烟草专卖法实施条例》第五十六条的规定，我局决定：
一、没收违法所得人民币叁佰壹拾贰元（312元）；
二、处以进货总额百分之八的罚款，计人民币陆佰叁拾捌元肆角（638.40元）。
当事人应自收到本决定书之日起十五日内，将罚没款缴至兰州市城关区指定代收银行。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向兰州市烟草专卖局或者兰州市城关区人民政府申请行政复议，或者在六个月内向兰州市城关区人民法院提起行政诉讼。

兰州市城关区烟草专卖局
2016年11月22日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "兰州市城关区烟草专卖局",
        "doc_number": "城烟罚〔2016〕第0158号",
        "party": "兰州市城关区永兴副食店",
        "credit_code": C1218,
        "cited_articles": [
            {"law": "《中华人民共和国烟草专卖法实施条例》", "article": 23, "paragraph": 2, "item": None, "role": "violated"},
            {"law": "《中华人民共和国烟草专卖法实施条例》", "article": 56, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 51, "paragraph": None, "item": 1, "role": "other"},
        ],
        "fine_yuan": 638.4,
        "confiscation_yuan": 312,
        "dates": {"filing": "2016-10-19", "notice": "2016-11-04", "decision": "2016-11-22", "service": None,
                  "inspection": "2016-10-18"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "个体工商户 with 经营者 马某某 (ID masked) and a 92… code; party name carries the '（个体工商户）' tag in the text. Fine with a 角 (638.40 = 7980 × 8%, inside 5%–10%). 没收违法所得 312 + 罚款; the 32 remaining cartons were 先行登记保存 (their disposal is not stated). Article numbers of the 实施条例 (2016 text) taken from secondary copies: 第二十三条第二款 / 第五十六条 — medium certainty. 60-day review although 烟草专卖法 第四十一条 still says 15 days (the 行政复议法 60-day floor prevails).",
        "defects_observed": [
            "DISC-01: 按进货总额8%处罚未说明裁量理由"
        ],
        "related_doc_numbers": ["城烟告〔2016〕第0158号"],
        "procedure": "普通",
        "operator": "马某某",
    },
})

# ---------------------------------------------------------------- 1219
DOCS.append({
    "file": "1219_生态环境.txt",
    "domain": "生态环境",
    "form": "信用中国 双公示 行政处罚记录（字段：值）",
    "text": f"""信用中国
首页 > 信用信息 > 双公示 > 行政处罚
重庆渝锦食品有限公司

行政处罚决定书文号：渝北环罚〔2019〕187号
处罚类别：罚款
处罚决定日期：2019/10/16
处罚内容：责令改正违法行为，罚款人民币壹拾贰万元
罚款金额（万元）：12
没收违法所得、没收非法财物的金额（万元）：
暂扣或吊销证照名称及编号：
违法行为类型：不正常运行水污染防治设施等逃避监管的方式排放水污染物
违法事实：2019年8月6日，执法人员对重庆渝锦食品有限公司进行现场检查，发现其废水处理站曝气风机及加药装置停运，生产废水未经处理直接经总排口排入市政污水管网。
处罚依据：《中华人民共和国水污染防治法》第八十三条第（三）项
处罚机关：重庆市渝北区生态环境局
处罚机关统一社会信用代码：{C1219_AGENCY}
数据来源单位：重庆市渝北区生态环境局
数据来源单位统一社会信用代码：{C1219_AGENCY}
行政相对人名称：重庆渝锦食品有限公司
行政相对人类别：法人及非法人组织
行政相对人代码_1（统一社会信用代码）：{C1219}
行政相对人代码_2（工商注册号）：
行政相对人代码_3（组织机构代码）：
法定代表人：吴某某
法定代表人证件类型：身份证
法定代表人证件号码：500112********6635
处罚有效期：2022/10/16
公示截止期：2022/10/16
备注：
""",
    "label": {
        "doc_type": "行政处罚信息公示记录（信用中国双公示）",
        "agency": "重庆市渝北区生态环境局",
        "doc_number": "渝北环罚〔2019〕187号",
        "party": "重庆渝锦食品有限公司",
        "credit_code": C1219,
        "cited_articles": [
            {"law": "《中华人民共和国水污染防治法》", "article": 83, "paragraph": None, "item": 3, "role": "penalty"},
        ],
        "fine_yuan": 120000,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2019-10-16", "service": None,
                  "inspection": "2019-08-06", "publicity_end": "2022-10-16"},
        "remedy_days": None,
        "discretion": None,
        "completeness": "complete",
        "notes": "双公示 summary record, not the decision text: field: value lines, dates as 2019/10/16, fine as '12' in a 万元 field and in capitals (壹拾贰万元). Two credit codes: the agency's own (11… code in 处罚机关/数据来源单位 fields) and the party's (行政相对人代码_1) — only the latter is the party's. 法定代表人 ID masked. 处罚有效期/公示截止期 are publication dates, not deadlines of the decision. Record forms carry no remedy clause or violated article: do not score DOC-01/LAW-01 on them.",
        "defects_observed": [],
        "procedure": "普通",
        "agency_credit_code": C1219_AGENCY,
    },
})

# ---------------------------------------------------------------- 1220
DOCS.append({
    "file": "1220_市场监管.txt",
    "domain": "市场监管",
    "form": "撤销行政处罚决定书（非处罚）",
    "text": f"""长春市朝阳区市场监督管理局
撤销行政处罚决定书
长朝市监撤字〔2021〕3号

长春市朝阳区康乐佳超市有限公司：
统一社会信用代码：{C1220}
法定代表人：于某某
住所：吉林省长春市朝阳区湖西路****号

本局于2021年8月23日对你公司作出《行政处罚决定书》（长朝市监处罚〔2021〕126号），认定你公司经营超过保质期的食品，决定没收超过保质期的酸奶12盒，并处罚款人民币2000元。你公司已于2021年9月2日缴纳罚款。
2021年9月14日，你公司向本局提出申诉，称涉案酸奶系放置于退货区、贴有“待退货”标识的商品，并未陈列销售。本局经复查调阅检查当日的执法记录仪视频，确认涉案酸奶存放于收银台后方退货筐内，贴有“待退货”标识，原决定认定“经营超过保质期的食品”的主要事实不清、证据不足。
根据《中华人民共和国行政处罚法》第七十五条第二款的规定，经本局负责人集体讨论，决定如下：
一、撤销长朝市监处罚〔2021〕126号《行政处罚决定书》；
二、你公司已缴纳的罚款人民币2000元，本局依法办理退还手续；已没收的酸奶已销毁，按购进价折款人民币67.20元一并退还。
本局将依据《市场监督管理行政处罚信息公示规定》第十一条的规定，在三个工作日内撤回原行政处罚公示信息并说明理由。

长春市朝阳区市场监督管理局
2021年11月10日
""",
    "label": {
        "doc_type": "撤销行政处罚决定书",
        "agency": "长春市朝阳区市场监督管理局",
        "doc_number": "长朝市监撤字〔2021〕3号",
        "party": "长春市朝阳区康乐佳超市有限公司",
        "credit_code": C1220,
        "cited_articles": [
            {"law": "《中华人民共和国行政处罚法》", "article": 75, "paragraph": 2, "item": None, "role": "other"},
            {"law": "《市场监督管理行政处罚信息公示规定》", "article": 11, "paragraph": None, "item": None, "role": "other"},
        ],
        "fine_yuan": None,
        "confiscation_yuan": None,
        "dates": {"filing": None, "notice": None, "decision": "2021-11-10", "service": None,
                  "original_decision": "2021-08-23", "payment": "2021-09-02", "complaint": "2021-09-14"},
        "remedy_days": None,
        "discretion": None,
        "completeness": "complete",
        "notes": "Not a penalty: revokes decision 长朝市监处罚〔2021〕126号 (related_doc_numbers) after a complaint, under 行政处罚法 第七十五条第二款 (主动改正). The 2000元 fine and 67.20元 are refunds (refund_yuan), not a fine or a confiscation of this document. A decision favourable to the party with no remedy clause: do not score DOC-01/DOC-02, PROC-01 or LAW-01 on it. Withdrawal of the published record within 3 working days is announced.",
        "defects_observed": [],
        "related_doc_numbers": ["长朝市监处罚〔2021〕126号"],
        "procedure": "普通",
        "refund_yuan": 2067.2,
    },
})

# ---------------------------------------------------------------- 1221
DOCS.append({
    "file": "1221_交通运输.txt",
    "domain": "交通运输",
    "form": "PDF转文本（页眉文号、页脚“— n —”夹在句中、金额与证号断行）",
    "text": """乌鲁木齐市交通运输局
行政处罚决定书
乌交运罚〔2022〕0465号
当事人：艾某某    性别：男    身份证号：650104
********0517
住址：新疆乌鲁木齐市新市区****
车辆号牌：新A·3F7**（小型普通客车，非营运）
2022年7月19日18时40分，我局执法人员在乌鲁木齐地窝堡
国际机场T3航站楼到达层停车场检查时，发现当事人驾驶新
A·3F7**号小型普通客车搭载乘客3名，前往昌吉市，每人收
取车费80元，共计240元。经查，当事人未取得道路运输经营许可
，擅自从事道路旅客运输经营。我局于2022年7月20日立案调查。
以上事实有现场笔录、乘客询问笔录、当事人询问笔录、微信
收款记录截图、现场照片及执法记录仪视频等证据证实。
当事人的上述行为违反了《中华人民共和国道路运输条例》第十
条第一款的规定。依据《中华人民共和国道路运输条例》第六十

— 1 —
乌鲁木齐市交通运输局行政处罚决定书（乌交运罚〔2022〕0465号）
三条的规定，我局拟对当事人予以处罚，于2022年8月3日向当事
人送达了《违法行为通知书》（乌交运通〔2022〕0465号），告知拟作出行政处罚的事实
、理由、依据及当事人依法享有的陈述、申辩和要求听证的权利
。当事人在规定期限内未提出陈述、申辩，也未要求听证。
根据以上事实，我局决定：
一、责令当事人停止非法经营；
二、没收违法所得人民币贰佰肆拾元（24
0元）；
三、处罚款人民币叁万元（30000.00元）。
当事人应自收到本决定书之日起十五日内，到指定银行缴纳罚没款
。到期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法
》第七十二条第一款第（一）项的规定，每日按罚款数额的百分
之三加处罚款。
当事人如对本处罚决定不服，可以依法申请行政复议或者提起行政
诉讼。

                                  乌鲁木齐市交通运输局
                                     2022年8月22日

— 2 —
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "乌鲁木齐市交通运输局",
        "doc_number": "乌交运罚〔2022〕0465号",
        "party": "艾某某",
        "credit_code": None,
        "cited_articles": [
            {"law": "《中华人民共和国道路运输条例》", "article": 10, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国道路运输条例》", "article": 63, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": 30000,
        "confiscation_yuan": 240,
        "dates": {"filing": "2022-07-20", "notice": "2022-08-03", "decision": "2022-08-22", "service": None,
                  "violation": "2022-07-19"},
        "remedy_days": {"review": None, "litigation": None},
        "discretion": None,
        "completeness": "complete",
        "notes": "PDF-to-text: the masked ID number and '第十\\n条', '第六十\\n\\n— 1 —\\n<running header>\\n三条' and '24\\n0元' are broken across lines and a page break; the running header repeats the 文号; footers '— n —'. 道路运输条例(2022) 第六十三条: 违法所得不足2万元 → 3万–10万; 30000 is the floor, no reason given. 没收违法所得 + 罚款 + 责令停止. 通知书 乌交运通〔2022〕0465号.",
        "defects_observed": [
            "DOC-01: 救济告知只写“可以依法申请行政复议或者提起行政诉讼”，未写明复议机关、法院及六十日、六个月期限",
            "DISC-01: 罚款为法定最低额，未说明裁量理由"
        ],
        "related_doc_numbers": ["乌交运通〔2022〕0465号"],
        "procedure": "普通",
    },
})

# ---------------------------------------------------------------- 1222
DOCS.append({
    "file": "1222_应急管理.txt",
    "domain": "应急管理",
    "form": "扫描件OCR文本（断行、全角半角混杂、査/曰/O/l误识）",
    "text": f"""太原市小店区应急管理局
行政处罚决定书
小应急罚〔2022〕l4号

当事人：山西瑞通机械制造有限公司
统一社会信用代码：{C1222}
法定代表人：郭某某
地址：山西省太原市小店区许坦东街**号

2022年2月23曰，我局执法人员对你单位进行安全生产执
法检査，发现你单位《2021年度安全生产教育和培训
档案》记载的2O21年6月、9月两次三级安全教育培训
签到表中，有5名员工系2022年1月入职，培训记录
与实际不符，未如实记录安全生产教育和培训情况
。我局于2022年2月25曰立案调査。
上述事实有现场检査记录、询问笔录、员工花名册、劳动
合同、培训档案复印件等证据证实。
你单位的上述行为违反了《中华人民共和国安全生产法
》第二十五条第四款的规定，依据《中华人民共和国安全
生产法》第九十四条第（四）项的规定，我局拟对你单位予
以处罚，并于2022年3月l5日向你单位送达了《行政处罚告知书》（小应急告〔2022〕
l4号），你单位未提出陈述、申辩。
现决定：责令你单位限期改正，并处罚款人民币贰万元
整（¥2OOOO元）。
罚款于收到本决定书之日起十五日内缴至指定银行。到期
不缴纳罚款的，每日按罚款数额的百分之三加处罚款
。
如不服本决定，可以在收到本决定书之曰起六十日内向太
原市小店区人民政府或者太原市应急管理局申请行政复议
，或者在六个月内向太原市小店区人民法院提起行政诉讼
。

                     太原市小店区应急管理局
                        2022年4月6日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "太原市小店区应急管理局",
        "doc_number": "小应急罚〔2022〕14号",
        "party": "山西瑞通机械制造有限公司",
        "credit_code": C1222,
        "cited_articles": [
            {"law": "《中华人民共和国安全生产法》", "article": 25, "paragraph": 4, "item": None, "role": "violated", "note": "PLANTED: 2014 numbering; 2021 text is 第二十八条第四款"},
            {"law": "《中华人民共和国安全生产法》", "article": 94, "paragraph": None, "item": 4, "role": "penalty", "note": "PLANTED: 2014 numbering; 2021 text is 第九十七条第（四）项 (2021 第九十四条 has no items)"},
        ],
        "fine_yuan": 20000,
        "confiscation_yuan": None,
        "dates": {"filing": "2022-02-25", "notice": "2022-03-15", "decision": "2022-04-06", "service": None,
                  "inspection": "2022-02-23"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "OCR copy: 文号 read as 〔2022〕l4号 (l for 1) in the header and in the 告知书 number; 曰 for 日, 査 for 查, 2O21 and ¥2OOOO with letter O; punctuation pushed to line starts. Labels give true values. The decision (2022) and the violation (records from 2021-06/09, found 2022-02) fall under 安全生产法2021 (in force 2021-09-01), but the articles cited are the 2014 numbers; the fine (2万) lies inside both the old 第九十四条 (≤5万) and the new 第九十七条 (≤10万) ranges.",
        "defects_observed": [
            "LAW-04: 引用2014年安全生产法条文序号（第二十五条第四款、第九十四条第（四）项），违法行为及决定时施行的是2021年修正文本（应为第二十八条第四款、第九十七条第（四）项）",
            "LAW-03: 现行《安全生产法》第九十四条不含“项”，第九十四条第（四）项不存在",
            "DISC-01: 罚款数额未说明裁量理由"
        ],
        "related_doc_numbers": ["小应急告〔2022〕14号"],
        "procedure": "普通",
    },
})

# ---------------------------------------------------------------- 1223
DOCS.append({
    "file": "1223_城管.txt",
    "domain": "城管",
    "form": "决定书全文（2015年，营业执照注册号与组织机构代码，起诉期三个月）",
    "text": f"""呼和浩特市城市管理行政执法局
行政处罚决定书
呼城执罚决字〔2015〕第0047号

当事人：呼和浩特市恒瑞商贸有限责任公司
营业执照注册号：{REG1223}
组织机构代码：{ORG1223[:8]}-{ORG1223[8]}
法定代表人：白某某
地址：呼和浩特市新城区兴安北路***号

经查，当事人自2014年10月起，在未取得建设工程规划许可证的情况下，在其位于新城区兴安北路***号的自有院内建设二层钢结构仓库一栋，建筑面积612平方米。2014年12月3日，我局执法人员巡查发现后当场责令停止建设。我局于2015年1月6日立案调查。经呼和浩特市城乡规划主管部门认定，该建筑尚可采取改正措施消除对规划实施的影响。经具有资质的造价咨询机构评估，该工程造价为人民币186400元。
以上事实有现场检查笔录、询问笔录、现场照片、规划认定意见、工程造价评估报告等证据证实。
当事人的上述行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。
我局于2015年2月16日向当事人送达了《行政处罚告知书》（呼城执告字〔2015〕第0047号），告知当事人享有陈述、申辩和要求听证的权利，当事人未提出陈述、申辩，未要求听证。
依据《中华人民共和国城乡规划法》第六十四条的规定，我局决定：
一、责令当事人限期六十日内补办建设工程规划许可手续；
二、处建设工程造价百分之六的罚款，计人民币11184元（大写：壹万壹仟壹佰捌拾肆元整）。
当事人应自收到本决定书之日起十五日内到呼和浩特市指定银行缴纳罚款。逾期不缴纳的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
当事人如不服本处罚决定，可在接到本决定书之日起六十日内向呼和浩特市人民政府申请行政复议，也可在三个月内直接向呼和浩特市新城区人民法院提起行政诉讼。

呼和浩特市城市管理行政执法局
2015年3月20日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "呼和浩特市城市管理行政执法局",
        "doc_number": "呼城执罚决字〔2015〕第0047号",
        "party": "呼和浩特市恒瑞商贸有限责任公司",
        "credit_code": None,
        "cited_articles": [
            {"law": "《中华人民共和国城乡规划法》", "article": 40, "paragraph": 1, "item": None, "role": "violated"},
            {"law": "《中华人民共和国城乡规划法》", "article": 64, "paragraph": None, "item": None, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 51, "paragraph": None, "item": 1, "role": "other"},
        ],
        "fine_yuan": 11184,
        "confiscation_yuan": None,
        "dates": {"filing": "2015-01-06", "notice": "2015-02-16", "decision": "2015-03-20", "service": None,
                  "inspection": "2014-12-03"},
        "remedy_days": {"review": 60, "litigation": "3m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Before 统一社会信用代码: the party is identified by a 15-digit 营业执照注册号 (valid MOD 11,10 check digit) and a hyphenated 组织机构代码 (valid GB 11714) — neither is a credit code. The 三个月 起诉期 is correct for 2015-03-20: the amended 行政诉讼法 (six months) took effect on 2015-05-01, so no DOC-02 here. 11184 = 186400 × 6% (城乡规划法 第六十四条: 5%–10% of cost).",
        "defects_observed": [
            "DISC-01: 按工程造价6%处罚未说明裁量理由"
        ],
        "related_doc_numbers": ["呼城执告字〔2015〕第0047号"],
        "procedure": "普通",
        "registration_number": REG1223,
        "org_code": ORG1223[:8] + "-" + ORG1223[8],
    },
})

# ---------------------------------------------------------------- 1224
DOCS.append({
    "file": "1224_卫健.txt",
    "domain": "卫健",
    "form": "决定书全文（2024年，复议机关写为上一级主管部门）",
    "text": f"""海口市龙华区卫生健康委员会
行政处罚决定书
海龙卫职罚〔2024〕9号

当事人：海口椰润饮料有限公司
统一社会信用代码：{C1224}
法定代表人：符某某
地址：海南省海口市龙华区金盘路****号

2023年11月8日，我委卫生监督员检查发现，你单位2023年度未委托职业卫生技术服务机构对灌装车间噪声等职业病危害因素进行检测、评价。我委于2023年11月20日作出《行政处罚决定书》（海龙卫职罚〔2023〕21号），给予你单位警告，并责令你单位于2024年1月8日前改正。2024年1月10日，我委卫生监督员复查发现你单位仍未进行检测、评价，逾期未改正。我委于2024年1月12日立案调查。
以上事实有现场笔录、复查笔录、询问笔录、职业卫生档案、原行政处罚决定书及送达回证等证据证实。
你单位的上述行为违反了《中华人民共和国职业病防治法》第二十六条第二款的规定。
2024年3月15日，我委向你单位送达了《行政处罚事先告知书》，告知你单位拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩和要求听证的权利。你单位在法定期限内未提出陈述、申辩，未要求听证。
依据《中华人民共和国职业病防治法》第七十二条第（四）项的规定，我委决定对你单位处以罚款人民币陆万元整（60000元）。
你单位应自收到本决定书之日起十五日内缴至指定银行。逾期不缴纳罚款的，我委可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
如不服本处罚决定，可以在收到本决定书之日起六十日内向海口市卫生健康委员会申请行政复议，或者在六个月内向海口市龙华区人民法院提起行政诉讼。

海口市龙华区卫生健康委员会
2024年4月9日
""",
    "label": {
        "doc_type": "行政处罚决定书",
        "agency": "海口市龙华区卫生健康委员会",
        "doc_number": "海龙卫职罚〔2024〕9号",
        "party": "海口椰润饮料有限公司",
        "credit_code": C1224,
        "cited_articles": [
            {"law": "《中华人民共和国职业病防治法》", "article": 26, "paragraph": 2, "item": None, "role": "violated"},
            {"law": "《中华人民共和国职业病防治法》", "article": 72, "paragraph": None, "item": 4, "role": "penalty"},
            {"law": "《中华人民共和国行政处罚法》", "article": 72, "paragraph": 1, "item": 1, "role": "other"},
        ],
        "fine_yuan": 60000,
        "confiscation_yuan": None,
        "dates": {"filing": "2024-01-12", "notice": "2024-03-15", "decision": "2024-04-09", "service": None,
                  "inspection": "2023-11-08", "reinspection": "2024-01-10"},
        "remedy_days": {"review": 60, "litigation": "6m"},
        "discretion": None,
        "completeness": "complete",
        "notes": "Two-step case: a first decision (警告 + 责令限期改正, 海龙卫职罚〔2023〕21号, 2023-11-20) and this fine for 逾期不改正 (职业病防治法 第七十二条: 5万–20万). Filing→decision 88 days. Decision dated 2024-04-09, yet review is directed to the 上一级主管部门 (海口市卫生健康委员会): since 2024-01-01 it lies with 海口市龙华区人民政府 (行政复议法2023 第二十四条).",
        "defects_observed": [
            "DOC-02: 2024年作出的决定仍告知向上一级主管部门（海口市卫生健康委员会）申请复议，应为海口市龙华区人民政府",
            "DISC-01: 罚款数额未说明裁量理由"
        ],
        "related_doc_numbers": ["海龙卫职罚〔2023〕21号"],
        "procedure": "普通",
    },
})
