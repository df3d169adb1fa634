"""Case 06 — 厦门市湖里区市场监督管理局, 网店收取未标明的冷链包装费, 单位, 2023.

Defects: LAW-03 (the decision cites 《明码标价和禁止价格欺诈规定》第二十八条 as violated; that rule
has 27 articles — the drafter meant 第八条) and SERV-02 (the decision's 送达回证 has no recipient
signature and no 留置送达 record).
Scanned PDF; tables for forms, 文号 right-aligned, footer ``第 n 页``.
"""

from __future__ import annotations

import datetime as dt

from common import Doc, cn_date, credit_code, id_number, rmb_upper, ymd

CASE_ID = "h5c06_市场监管_网店未标明收费"
FORMAT = "scan-pdf"
SEED = 506
CASE_NO = "厦湖市监立〔2023〕218号"
VOLUME_TITLE = "厦门鹭茗电子商务有限公司收取未予标明费用案"
TOC_STYLE = "table"

AGENCY = "厦门市湖里区市场监督管理局"
PARTY = "厦门鹭茗电子商务有限公司"
CREDIT = credit_code("91350206MA2YK8QL3")
ADDR = "福建省厦门市湖里区金山街道云顶北路842号之三1603室"
LEGAL = "郑雅琴"
LEGAL_ID = id_number("35020619890204652")
OFF1, CERT1 = "黄俊杰", "35020618026"
OFF2, CERT2 = "叶晓婷", "35020619041"
ORDERS, FEE = 312, 10
GAIN = ORDERS * FEE
FINE = 2000

D_COMPLAINT = dt.date(2023, 8, 7)
D_CHECK = dt.date(2023, 8, 10)
D_FILE = dt.date(2023, 8, 14)
D_ASK = dt.date(2023, 8, 16)
D_REPORT = dt.date(2023, 8, 28)
D_NOTICE = dt.date(2023, 8, 31)
D_DECIDE = dt.date(2023, 9, 11)
D_SERVE = dt.date(2023, 9, 12)
D_PAY = dt.date(2023, 9, 20)
D_CLOSE = dt.date(2023, 9, 27)

N_NOTICE = "厦湖市监价告〔2023〕19号"
N_DECIDE = "厦湖市监价罚〔2023〕21号"

FACTS = (
    "当事人在美团平台开设“鹭茗海鲜礼盒”网店，2023年6月1日至8月10日期间销售“鲜活海鲜"
    f"礼盒”系列商品，商品页面仅标示商品价格，未标示冷链包装费，但在结算时每单另行收取"
    f"“冷链包装费”{FEE}元。经核查平台后台订单，上述期间共有{ORDERS}笔订单被收取该费用，"
    f"合计{GAIN}元。"
)


def footer(n: int, total: int) -> str:
    return f"第 {n} 页"


def _receipt(title: str, number: str, when: str, signer: str) -> list[str]:
    return [
        "^" + AGENCY,
        "^^送 达 回 证",
        "W|3|8",
        f"T|送达文书名称|{title}",
        f"T|文书文号|{number}",
        f"T|受送达人|{PARTY}",
        f"T|送达地址|{ADDR}",
        "T|送达方式|直接送达",
        f"T|受送达人签名或盖章|{signer}",
        f"T|收到日期|{when}",
        f"T|送达人|{{S:{OFF1}}}  {{S:{OFF2}}}",
        "T|见证人及备注|",
    ]


def docs() -> list[Doc]:
    return [
        Doc(
            "立案审批表",
            [
                "^^立案审批表",
                f">>{CASE_NO}",
                "W|3|8",
                f"T|案件来源|12315平台投诉（{ymd(D_COMPLAINT)}），{ymd(D_CHECK)}核查",
                f"T|当事人|{PARTY}",
                f"T|统一社会信用代码|{CREDIT}",
                f"T|法定代表人|{LEGAL}",
                f"T|住所|{ADDR}",
                "T|简要案情|当事人网店结算时收取未予标明的“冷链包装费”，涉嫌违反《中华人民共和国"
                "价格法》第十三条第二款的规定。",
                f"T|办案人员|{OFF1}（{CERT1}）、{OFF2}（{CERT2}）",
                f"T|办案机构意见|建议立案。{{S:陈志远}}  {ymd(D_FILE)}",
                f"T|局负责人意见|同意立案。{{S:李文斌}}  {ymd(D_FILE)}",
            ],
            date=ymd(D_FILE),
        ),
        Doc(
            "现场检查笔录",
            [
                "^^现场检查笔录",
                f"检查时间：{ymd(D_CHECK)}14时20分至15时30分",
                f"检查地点：{ADDR}",
                f"当事人：{PARTY}  现场负责人：{LEGAL}（法定代表人）",
                f"执法人员：{OFF1}（执法证号{CERT1}）、{OFF2}（执法证号{CERT2}）",
                "　　执法人员出示执法证件，告知当事人有权申请回避，当事人表示不申请回避。",
                "　　检查情况：经当事人登录美团商家后台，“鲜活海鲜礼盒”系列商品页面仅标示商品"
                "价格；订单结算页显示“冷链包装费10元”。后台导出2023年6月1日至8月10日订单明细，"
                f"收取冷链包装费的订单共{ORDERS}笔。执法人员对页面截图并导出订单明细电子数据，"
                "由当事人签字确认。执法人员使用执法记录仪全程记录。",
                f"当事人签名：{{S:{LEGAL}}}  2023.8.10",
                f"执法人员签名：{{S:{OFF1}}}  {{S:{OFF2}}}",
            ],
            date=ymd(D_CHECK),
        ),
        Doc(
            "询问笔录",
            [
                "^^询问笔录",
                f"时间：{ymd(D_ASK)}9时30分至10时15分  地点：湖里区市场监督管理局询问室",
                f"询问人：{OFF1}（{CERT1}）  记录人：{OFF2}（{CERT2}）",
                f"被询问人：{LEGAL}，女，身份证号{LEGAL_ID}，{PARTY}法定代表人",
                "问：我们是湖里区市场监督管理局执法人员（出示证件），你有申请回避的权利，是否申请？",
                "答：不申请。",
                "问：冷链包装费在商品页面有没有标示？",
                "答：没有，只在结算页面自动加上，我们以为结算页显示了就可以。",
                "问：收了多少单？",
                f"答：6月1日到8月10日一共{ORDERS}单，每单10元，共{GAIN}元。8月10日你们检查后"
                "已经把冷链包装费取消，并主动联系顾客退款，目前退了47单。",
                "以上记录我已阅读，属实。  {S:郑雅琴}  2023.8.16",
                f"询问人：{{S:{OFF1}}}  记录人：{{S:{OFF2}}}",
            ],
            date=ymd(D_ASK),
        ),
        Doc(
            "案件调查终结报告",
            [
                "^^案件调查终结报告",
                f"当事人：{PARTY}，统一社会信用代码{CREDIT}。",
                "违法事实：" + FACTS,
                f"　　当事人已主动退还47笔订单的冷链包装费470元，尚余{GAIN - 470}元未退还。",
                "处理意见：当事人违反《中华人民共和国价格法》第十三条第二款的规定，依据《中华人民"
                "共和国价格法》第四十二条，建议责令改正，没收违法所得"
                f"{GAIN - 470}元，并处罚款{FINE}元。当事人主动退还部分费用，按从轻情节处罚。",
                f"承办人：{{S:{OFF1}}}  {{S:{OFF2}}}  {ymd(D_REPORT)}",
            ],
            date=ymd(D_REPORT),
        ),
        Doc(
            "行政处罚告知书",
            [
                "^" + AGENCY,
                "^^行政处罚告知书",
                f">>{N_NOTICE}",
                f"{PARTY}：",
                "　　经查，" + FACTS + "你单位已主动退还47笔订单费用470元。",
                "　　你单位的行为违反了《中华人民共和国价格法》第十三条第二款的规定。依据《中华"
                "人民共和国价格法》第四十二条的规定，本局拟对你单位作出如下处罚：1.责令改正；"
                f"2.没收违法所得{GAIN - 470}元；3.罚款人民币{rmb_upper(FINE)}。",
                "　　你单位可自收到本告知书之日起五个工作日内向本局提出陈述、申辩。逾期未提出的，"
                "视为放弃陈述、申辩权利。",
                ">>" + AGENCY,
                ">>" + cn_date(D_NOTICE),
                "[SEAL:" + AGENCY + "]",
            ],
            date=ymd(D_NOTICE),
            number=N_NOTICE,
        ),
        Doc(
            "送达回证（告知书）",
            _receipt("行政处罚告知书", N_NOTICE, "2023年8月31日", f"{{S:{LEGAL}}}"),
            date=ymd(D_NOTICE),
        ),
        Doc(
            "行政处罚决定书",
            [
                "^" + AGENCY,
                "^^行政处罚决定书",
                f">>{N_DECIDE}",
                f"当事人：{PARTY}",
                f"统一社会信用代码：{CREDIT}    法定代表人：{LEGAL}",
                f"住所：{ADDR}",
                "　　经查，" + FACTS + "当事人已主动退还47笔订单费用470元。",
                "　　上述事实有现场检查笔录、询问笔录、网页截图及订单明细电子数据、退款记录等为证。",
                "　　当事人在规定期限内未提出陈述、申辩。",
                "　　本局认为，当事人的行为违反了《中华人民共和国价格法》第十三条第二款和《明码标价"
                "和禁止价格欺诈规定》第二十八条的规定。鉴于当事人主动退还部分费用，依据《中华人民"
                "共和国价格法》第四十二条的规定，从轻处罚，决定：1.责令当事人改正；2.没收违法所得"
                f"{GAIN - 470}元；3.罚款人民币{rmb_upper(FINE)}。以上罚没款合计{GAIN - 470 + FINE}元。",
                "　　当事人应自收到本决定书之日起十五日内，通过福建省非税收入缴款系统缴纳罚没款。"
                "逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
                "　　如不服本决定，可在收到本决定书之日起六十日内向厦门市湖里区人民政府申请行政"
                "复议，或者在六个月内向厦门市湖里区人民法院提起行政诉讼。",
                ">>" + AGENCY,
                ">>" + cn_date(D_DECIDE),
                "[SEAL:" + AGENCY + "]",
            ],
            date=ymd(D_DECIDE),
            number=N_DECIDE,
        ),
        Doc(
            "送达回证（决定书）",
            _receipt("行政处罚决定书", N_DECIDE, "2023年9月12日", ""),
            date=ymd(D_SERVE),
        ),
        Doc(
            "罚没款缴款凭证",
            [
                "^^福建省非税收入一般缴款书",
                f"开票日期：{ymd(D_PAY)}    票号：35020223007126581",
                f"缴款人：{PARTY}    执收单位：{AGENCY}",
                "W|5|3",
                "T|项目|金额（元）",
                f"T|罚款（{N_DECIDE}）|{FINE:.2f}",
                f"T|没收违法所得（{N_DECIDE}）|{GAIN - 470:.2f}",
                f"T|合计：{rmb_upper(GAIN - 470 + FINE)}|{GAIN - 470 + FINE:.2f}",
                "收款银行：兴业银行厦门湖里支行（收讫）",
            ],
            date=ymd(D_PAY),
        ),
        Doc(
            "结案审批表",
            [
                "^^结案审批表",
                "W|3|8",
                f"T|案件名称|{VOLUME_TITLE}",
                f"T|处罚决定|{N_DECIDE}：责令改正，没收违法所得{GAIN - 470}元，罚款{FINE}元",
                f"T|执行情况|{ymd(D_PAY)}缴清罚没款{GAIN - 470 + FINE}元；当事人已取消冷链包装费。"
                "处罚信息已于2023年9月22日在国家企业信用信息公示系统公示。",
                f"T|办案人员意见|建议结案。{{S:{OFF1}}} {{S:{OFF2}}} {ymd(D_CLOSE)}",
                f"T|负责人意见|同意。{{S:李文斌}} {ymd(D_CLOSE)}",
            ],
            date=ymd(D_CLOSE),
        ),
        Doc(
            "备考表",
            [
                "^^备考表",
                "　　订单明细电子数据光盘1张另存。",
                "立卷人：{S:叶晓婷}  检查人：{S:陈志远}  2023年10月8日",
            ],
            numbered=False,
        ),
    ]
