"""Case 08 — 宁波市鄞州区市场监督管理局, 销售不合格电线, 单位, 2020 (行政处罚法 2017 numbering).

Defects: DOC-07 (the decision writes the fine as 玖仟玖佰元 in words but ¥9,990.00 in figures) and
ARCH-01 (the 卷内目录 gives the 检验报告 two pages, 3-4, and shifts every later entry by one page;
the report is one page and the volume has one page less than the 目录 says).
Folder of UTF-8 text files; ``项目：内容`` forms and tab cells; footer ``- n -``.
"""

from __future__ import annotations

import datetime as dt
import re

from common import Doc, cn_date, credit_code, id_number, rmb_upper, ymd

CASE_ID = "h5c08_市场监管_不合格电线_txt"
FORMAT = "txt"
SEED = 508
CASE_NO = "甬鄞市监案〔2020〕0615号"
VOLUME_TITLE = "宁波甬联电工器材有限公司销售不合格电线案"
TOC_STYLE = "table"

AGENCY = "宁波市鄞州区市场监督管理局"
PARTY = "宁波甬联电工器材有限公司"
CREDIT = credit_code("91330212MA2H4WQ03")
ADDR = "浙江省宁波市鄞州区钟公庙街道天童南路1088号B座112室"
LEGAL = "朱国良"
LEGAL_ID = id_number("33022719681105401")
OFF1, CERT1 = "应海波", "33021220015"
OFF2, CERT2 = "俞佳敏", "33021220033"
ROLLS, SOLD, PRICE, COST = 60, 42, 165, 120
VALUE = ROLLS * PRICE  # 货值金额 9900
GAIN = SOLD * (PRICE - COST)  # 1890
FINE = 9900
FINE_FIGURES = "9,990.00"  # the decision's figures (DOC-07)

D_SAMPLE = dt.date(2020, 6, 9)
D_TEST = dt.date(2020, 6, 28)
D_FILE = dt.date(2020, 7, 6)
D_CHECK = dt.date(2020, 7, 7)
D_ASK = dt.date(2020, 7, 9)
D_REPORT = dt.date(2020, 7, 27)
D_NOTICE = dt.date(2020, 7, 30)
D_DECIDE = dt.date(2020, 8, 10)
D_SERVE = dt.date(2020, 8, 11)
D_PAY = dt.date(2020, 8, 20)
D_CLOSE = dt.date(2020, 8, 27)

N_NOTICE = "甬鄞市监罚告〔2020〕0388号"
N_DECIDE = "甬鄞市监罚决〔2020〕0402号"

FACTS = (
    f"当事人于2020年4月15日从义乌一电线批发商处购进“甬通”牌BV 2.5mm²铜芯聚氯乙烯绝缘电线{ROLLS}卷"
    f"（100米/卷），进价每卷{COST}元，在其门店以每卷{PRICE}元对外销售。2020年6月9日，我局在监督抽查中"
    "对该批电线抽样，经浙江省电线电缆产品质量检验中心检验，导体电阻项目不符合GB/T 5023.3-2008标准"
    f"要求，检验结论为不合格。至2020年7月7日，当事人已售出{SOLD}卷，库存{ROLLS - SOLD}卷，"
    f"货值金额为{VALUE}元（{ROLLS}卷×{PRICE}元），违法所得为{GAIN}元（{SOLD}卷×（{PRICE}元－{COST}元））。"
)


def footer(n: int, total: int) -> str:
    return f"- {n} -"


def toc_override(lines: list[str]) -> list[str]:
    """The 目录 as the file holds it: the 检验报告 catalogued as pages 3-4, later pages shifted by one."""
    out, shift = [], False
    for line in lines:
        if line.startswith("T|") and "检验报告" in line:
            line = line.rsplit("|", 1)[0] + "|3-4"
            shift = True
        elif shift and line.startswith("T|"):
            head, pages = line.rsplit("|", 1)
            line = head + "|" + re.sub(r"\d+", lambda m: str(int(m.group()) + 1), pages)
        out.append(line)
    return out


def docs() -> list[Doc]:
    return [
        Doc(
            "立案审批表",
            [
                "^^立案审批表",
                f">>{CASE_NO}",
                "案件来源：监督抽查（检验结论不合格）",
                f"当事人：{PARTY}　统一社会信用代码：{CREDIT}",
                f"法定代表人：{LEGAL}　地址：{ADDR}",
                "案情摘要：当事人销售的“甬通”牌BV 2.5mm²电线经抽样检验不合格，涉嫌以不合格产品冒充"
                "合格产品，违反《中华人民共和国产品质量法》第三十九条。",
                f"承办人：{OFF1}（{CERT1}）、{OFF2}（{CERT2}）",
                "承办机构意见：建议立案。钱立伟　2020年7月6日",
                "负责人意见：同意立案。孙卫华　2020年7月6日",
            ],
            date=ymd(D_FILE),
        ),
        Doc(
            "抽样单",
            [
                "^^产品质量监督抽查抽样单",
                "抽样日期：2020.6.9　抽样地点：当事人门店",
                "T|产品名称|铜芯聚氯乙烯绝缘电线 BV 2.5mm²|商标|甬通",
                "T|抽样数量|2卷（样品1卷、备样1卷）|抽样基数|46卷",
                f"T|被抽样单位|{PARTY}|被抽样单位签字|朱国良",
                f"T|抽样人|{OFF1}（{CERT1}）　{OFF2}（{CERT2}）",
            ],
            date="2020.6.9",
        ),
        Doc(
            "检验报告",
            [
                "^^检验报告",
                "报告编号：ZJDX-2020-J0617　委托单位：宁波市鄞州区市场监督管理局",
                "样品：“甬通”牌BV 2.5mm²铜芯聚氯乙烯绝缘电线",
                "T|检验项目|标准要求|实测值|单项判定",
                "T|导体电阻（20℃）|≤7.41Ω/km|9.86Ω/km|不合格",
                "T|绝缘厚度平均值|≥0.8mm|0.81mm|合格",
                "检验结论：该样品所检导体电阻项目不符合GB/T 5023.3-2008标准要求，检验结论为不合格。",
                "签发日期：2020年6月28日（检验专用章）",
                "备注：检验报告已于2020年7月2日直接送达当事人，当事人在法定期限内未申请复检。",
            ],
            date=ymd(D_TEST),
        ),
        Doc(
            "现场检查笔录",
            [
                "^^现场检查笔录",
                "检查时间：2020年7月7日10时00分至10时50分",
                f"检查地点：{ADDR}",
                f"执法人员：{OFF1}（执法证号{CERT1}）、{OFF2}（执法证号{CERT2}）",
                f"当事人：{PARTY}　现场负责人：{LEGAL}",
                "　　执法人员出示执法证件，告知当事人有权申请回避，当事人不申请回避。",
                f"　　检查情况：门店货架及仓库存放“甬通”牌BV 2.5mm²电线{ROLLS - SOLD}卷，与抽检样品批号一致。"
                "执法人员责令当事人停止销售，对库存电线拍照取证，执法记录仪全程记录。",
                "当事人签名：朱国良　2020.7.7",
                f"执法人员签名：{OFF1}　{OFF2}",
            ],
            date=ymd(D_CHECK),
        ),
        Doc(
            "询问笔录",
            [
                "^^询问笔录",
                "时间：2020年7月9日14时00分至14时45分　地点：鄞州区市场监督管理局办案区",
                f"询问人：{OFF1}（执法证号{CERT1}）　记录人：{OFF2}（执法证号{CERT2}）",
                f"被询问人：{LEGAL}，男，身份证号{LEGAL_ID}，{PARTY}法定代表人",
                "问：我们是鄞州区市场监督管理局执法人员，已出示证件。你有权申请回避，是否申请？",
                "答：不申请。",
                "问：涉案电线购进和销售情况？",
                f"答：4月15日进了{ROLLS}卷，进价{COST}元一卷，卖{PRICE}元一卷，"
                f"到7月7日卖掉{SOLD}卷，还剩{ROLLS - SOLD}卷，"
                "进货单和销售单都在。",
                "问：对检验结论有无异议？答：没有异议，不申请复检。",
                "以上记录我看过，属实。朱国良　2020年7月9日",
                f"询问人：{OFF1}　记录人：{OFF2}",
            ],
            date=ymd(D_ASK),
        ),
        Doc(
            "案件调查终结报告",
            [
                "^^案件调查终结报告",
                f"当事人：{PARTY}",
                "违法事实：" + FACTS,
                "法律依据：违反《中华人民共和国产品质量法》第三十九条；依据第五十条，责令停止销售，没收"
                "违法销售的产品，并处货值金额百分之五十以上三倍以下的罚款；有违法所得的，并处没收违法所得。",
                "处理意见：当事人主动配合调查，如实提供进销货记录，按一般情节，"
                f"建议没收库存电线{ROLLS - SOLD}卷、"
                f"没收违法所得{GAIN}元，并处货值金额一倍即{FINE}元罚款。",
                f"承办人：{OFF1}　{OFF2}　2020年7月27日",
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
                "　　经查，" + FACTS,
                "　　你单位的行为违反了《中华人民共和国产品质量法》第三十九条的规定。依据《中华人民共和国"
                "产品质量法》第五十条的规定，本局拟对你单位作出如下行政处罚：1.责令停止销售；"
                f"2.没收库存不合格电线{ROLLS - SOLD}卷；3.没收违法所得{GAIN}元；"
                f"4.罚款人民币{rmb_upper(FINE)}。",
                "　　根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，你单位可在收到本告知书"
                "之日起三个工作日内提出陈述、申辩，逾期视为放弃。",
                ">>" + AGENCY,
                ">>" + cn_date(D_NOTICE),
                "[SEAL:" + AGENCY + "]",
            ],
            date=ymd(D_NOTICE),
            number=N_NOTICE,
        ),
        Doc(
            "送达回证（告知书）",
            [
                "^^送达回证",
                f"送达文书：行政处罚告知书　{N_NOTICE}",
                f"受送达人：{PARTY}",
                "送达方式：直接送达　送达地点：当事人门店",
                "受送达人签名：朱国良　2020年7月30日",
                f"送达人：{OFF1}　{OFF2}",
            ],
            date=ymd(D_NOTICE),
        ),
        Doc(
            "行政处罚决定书",
            [
                "^" + AGENCY,
                "^^行政处罚决定书",
                f">>{N_DECIDE}",
                f"当事人：{PARTY}",
                f"统一社会信用代码：{CREDIT}　法定代表人：{LEGAL}",
                f"住所：{ADDR}",
                "　　经查，" + FACTS,
                "　　上述事实有抽样单、检验报告、现场检查笔录、询问笔录、进货单及销售记录等证据证实。",
                "　　当事人在规定期限内未提出陈述、申辩。",
                "　　本局认为，当事人销售不合格电线的行为违反了《中华人民共和国产品质量法》第三十九条的规定，"
                "构成以不合格产品冒充合格产品的行为。鉴于当事人主动配合调查，依据《中华人民共和国产品质量法》"
                f"第五十条的规定，决定：1.责令停止销售；2.没收库存不合格电线{ROLLS - SOLD}卷；3.没收违法所得"
                f"{GAIN}元；4.罚款人民币{rmb_upper(FINE)}（¥{FINE_FIGURES}）。",
                "　　当事人应自收到本决定书之日起十五日内将罚没款缴至浙江省非税收入收缴系统。逾期不缴纳"
                "罚款的，每日按罚款数额的百分之三加处罚款。",
                "　　如不服本决定，可在收到本决定书之日起六十日内向宁波市鄞州区人民政府或宁波市市场监督"
                "管理局申请行政复议，也可以在六个月内向宁波市鄞州区人民法院提起行政诉讼。",
                ">>" + AGENCY,
                ">>" + cn_date(D_DECIDE),
                "[SEAL:" + AGENCY + "]",
            ],
            date=ymd(D_DECIDE),
            number=N_DECIDE,
        ),
        Doc(
            "送达回证（决定书）",
            [
                "^^送达回证",
                f"送达文书：行政处罚决定书　{N_DECIDE}",
                f"受送达人：{PARTY}",
                "送达方式：直接送达　送达地点：当事人门店",
                "受送达人签名：朱国良　2020年8月11日",
                f"送达人：{OFF1}　{OFF2}",
            ],
            date=ymd(D_SERVE),
        ),
        Doc(
            "罚没款缴款凭证",
            [
                "^^浙江省政府非税收入统一票据",
                f"交款人：{PARTY}　开票日期：2020-08-20",
                "T|项目|金额（元）",
                f"T|罚款（{N_DECIDE}）|{FINE:.2f}",
                f"T|没收违法所得（{N_DECIDE}）|{GAIN:.2f}",
                f"T|合计 {rmb_upper(FINE + GAIN)}|{FINE + GAIN:.2f}",
                "收款单位：宁波市鄞州区财政局",
            ],
            date=ymd(D_PAY),
        ),
        Doc(
            "结案审批表",
            [
                "^^结案审批表",
                f"案件名称：{VOLUME_TITLE}",
                f"执行情况：当事人于2020年8月20日缴纳罚款{FINE}元、违法所得{GAIN}元；"
                f"没收电线{ROLLS - SOLD}卷已于"
                "2020年8月25日交区罚没物资仓库，待统一销毁。",
                "承办人意见：建议结案。应海波　俞佳敏　2020年8月27日",
                "负责人意见：同意。孙卫华　2020年8月27日",
            ],
            date=ymd(D_CLOSE),
        ),
        Doc(
            "备考表",
            ["^^备考表", "　　本卷已按要求整理。", "立卷人：俞佳敏　检查人：钱立伟　2020年9月3日"],
            numbered=False,
        ),
    ]
