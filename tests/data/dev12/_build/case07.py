"""Case 07 — 广东 国家税务总局佛山市南海区税务局, 2024, 自然人逾期申报 — 简易程序.

Format: OFD (GB/T 33190) written by hand: one TextObject per line.
Planted: PROC-10 (当场处罚 of 500 元 on a natural person, above the 200 元 limit of
行政处罚法 第五十一条), DOC-02 (on-the-spot decision dated 2024-05-20 that tells the
party he may sue directly instead of stating 复议前置, 行政复议法(2023) 第二十三条).
Lawful but suspicious: 复议机关 is the 上一级税务机关 after 2024 (税务 is vertically
led, 行政复议法 第二十七条); the party had a prior 首违不罚, so 首违不罚 is not available.
"""
from common import (Doc, Page, H, C, P, L, R, T, SEAL, GAP, SIG, IMG,
                    ar_date, id_number)
from kit import toc_doc, huizheng, beikao

AG = "国家税务总局佛山市南海区税务局"
PARTY = "梁锦添"
PID = id_number("440682", "19690718", "515")
PADDR = "广东省佛山市南海区桂城街道南新三路18号"
PTEL = "13702867319"
O1, N1 = "黄志明", "44060524017"
O2, N2 = "陈美玲", "44060524022"
FINE = 500
NO_PEN = "佛南税简罚〔2024〕1187号"
NO_TZ = "佛南税通〔2024〕5231号"
DATES = dict(deadline="2024-04-18", order="2024-05-08", order_served="2024-05-08", order_due="2024-05-15",
             ask="2024-05-20", decision="2024-05-20", decision_served="2024-05-20", paid="2024-05-20",
             filed="2024-05-21")
ad = ar_date
LAW = "《中华人民共和国税收征收管理法》"


def docs():
    D = DATES
    out = [toc_doc("卷内目录", lambda s: s, head=("序号", "文书名称", "日期", "页号", "备注"),
                   top="案件：梁锦添逾期申报简易处罚")]

    out.append(Doc("税务事项通知书（责令限期改正）", D["order"], [Page([
        H(AG),
        H("税务事项通知书"),
        C(NO_TZ),
        L(f"梁锦添（纳税人识别号：{PID}）："),
        L("事由：责令限期改正"),
        P("依据：《中华人民共和国税收征收管理法》第六十二条"),
        P("通知内容：你出租位于佛山市南海区桂城街道南海大道北73号首层之二的商铺，未按照规定期限（2024年4月18日前）办理2024年第一季度增值税及附加税费、房产税的纳税申报。限你于2024年5月15日前到国家税务总局佛山市南海区税务局第一税务分局办税服务厅或者通过电子税务局办理纳税申报。逾期不改正的，将依法处理。"),
        P("如对本通知不服，可以自收到本通知之日起六十日内依法向国家税务总局佛山市税务局申请行政复议，或者自收到本通知之日起六个月内依法向人民法院起诉。"),
        GAP(2),
        R(AG),
        R("2024年5月8日"),
        SEAL(AG),
    ])], fname="税务事项通知书"))
    out.append(Doc("税务文书送达回证（税务事项通知书）", D["order_served"], [huizheng(
        "税务文书送达回证", AG, "税务事项通知书", NO_TZ, "梁锦添", PADDR, "直接送达",
        "2024年5月8日15时30分", ("梁锦添", "2024年5月8日"), f"{O1}　{O2}")], fname="送达回证_税务事项通知书"))

    q = lambda t: L("问：" + t)
    a = lambda t: L("答：" + t)
    out.append(Doc("询问（调查）笔录", D["ask"], [Page([
        H("询问（调查）笔录"),
        L("时间：2024年5月20日10时05分至10时35分"),
        L("地点：国家税务总局佛山市南海区税务局第一税务分局办税服务厅"),
        L(f"询问人：{O1}　执法证号：{N1}"),
        L(f"记录人：{O2}　执法证号：{N2}"),
        L(f"被询问人：梁锦添　性别：男　身份证号：{PID}　电话：{PTEL}"),
        q("我们是国家税务总局佛山市南海区税务局的税务执法人员，这是我们的税务执法证（出示）。你有权申请回避，是否申请？"),
        a("不申请。"),
        q("你2024年第一季度的纳税申报是什么时候办理的？"),
        a("今天上午刚在大厅申报完，税款也交了。"),
        q("5月8日我局向你送达了税务事项通知书，限你5月15日前申报，为什么逾期？"),
        a("那几天去外地办事，忘记了。"),
        SIG("被询问人签名：", "梁锦添", ""),
    ]), Page([
        q("你2023年第二季度也曾逾期申报，我局当时对你适用了首违不罚，你是否记得？"),
        a("记得，当时签过一个承诺。"),
        q("根据《中华人民共和国税收征收管理法》第六十二条，我局拟当场对你处以罚款500元，你有陈述、申辩的权利，你有什么意见？"),
        a("我认。以后按时报。"),
        q("以上笔录请核对。"),
        a("以上笔录我已看过，与我说的一致。"),
        L("（以下空白）"),
        GAP(1),
        SIG("被询问人签名：", "梁锦添", "2024年5月20日"),
        SIG("询问人签名：", O1, ""),
        SIG("记录人签名：", O2, ""),
    ])], fname="询问笔录"))

    out.append(Doc("税务行政处罚决定书（简易）", D["decision"], [Page([
        H(AG),
        H("税务行政处罚决定书（简易）"),
        C(NO_PEN),
        L(f"被处罚人名称（姓名）：梁锦添"),
        L(f"纳税人识别号（身份证件号码）：{PID}"),
        L(f"地址：{PADDR}"),
        P("违法事实及处罚依据：你未按照规定期限（2024年4月18日前）办理2024年第一季度增值税及附加税费、房产税的纳税申报，经我局于2024年5月8日责令限期改正，你至2024年5月20日方办理申报。你曾于2023年第二季度逾期申报并已适用首违不罚，本次不属于首次违法。"
          "你的行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。你在责令限期改正期限届满后方改正，依照《广东省税务系统税务行政处罚裁量基准》属于“逾期改正”情形，依据《中华人民共和国税收征收管理法》第六十二条的规定，现决定对你处以罚款人民币伍佰元整（￥500.00）。"),
        P("执法人员已当场告知你拟处罚的事实、理由和依据以及陈述、申辩的权利，你未提出异议。"),
        P("你应当自收到本决定书之日起十五日内到国家税务总局佛山市南海区税务局第一税务分局或者通过电子税务局缴纳罚款，到期不缴纳的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。"),
        P("如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局佛山市税务局申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。"),
        L(f"税务执法人员：{O1}（{N1}）　{O2}（{N2}）"),
        L("处罚地点：南海区桂城街道第一税务分局办税服务厅"),
        R(AG),
        R("2024年5月20日"),
        SEAL(AG),
        SIG("被处罚人签收：", "梁锦添", "2024年5月20日"),
    ])], fname="税务行政处罚决定书_简易"))
    out.append(Doc("税务文书送达回证（税务行政处罚决定书（简易））", D["decision_served"], [huizheng(
        "税务文书送达回证", AG, "税务行政处罚决定书（简易）", NO_PEN, "梁锦添", "第一税务分局办税服务厅", "直接送达（当场交付）",
        "2024年5月20日10时40分", ("梁锦添", "2024年5月20日"), f"{O1}　{O2}")], fname="送达回证_决定书"))

    out.append(Doc("电子缴税付款凭证", D["paid"], [Page([
        H("电子缴税付款凭证"),
        T([["转账日期", "2024-05-20", "凭证字号", "44060524052000871"],
           ["纳税人全称及识别号", f"梁锦添　{PID}", "征收机关", AG],
           ["税（费）种", "罚没收入（税务部门罚没收入）", "实缴金额", "￥500.00"],
           ["金额合计（大写）", "伍佰元整", "决定书文号", NO_PEN]], [0.2, 0.36, 0.16, 0.28]),
        L("（本凭证由银行端查询打印，与原件一致）"),
    ])], fname="电子缴税付款凭证"))

    out.append(Doc("税务行政处罚（简易程序）备案登记表", D["filed"], [Page([
        H("税务行政处罚（简易程序）备案登记表"),
        T([["决定书文号", NO_PEN],
           ["被处罚人", f"梁锦添（{PID}）"],
           ["违法行为", "未按照规定期限办理纳税申报"],
           ["处罚依据", "《中华人民共和国税收征收管理法》第六十二条"],
           ["处罚内容", "罚款500元（已于2024年5月20日缴纳）"],
           ["执法人员", f"{O1}　{O2}"],
           ["备案时间", "2024年5月21日"],
           ["审核人", "第一税务分局法制员　邓伟强"]], [0.24, 0.76]),
    ])], fname="备案登记表"))

    out.append(beikao("备考表", ["本案适用简易程序，当场作出处罚决定并当场交付，执法过程使用执法记录仪记录（编号NH-SW-113）。"],
                      "陈美玲", "邓伟强", "2024年5月22日"))
    return out


STYLE = {"footer": "第{n}页", "doc_id": "a7f3c2e4b91d4c6e8f0a2b5d7c9e1f35", "created": "2024-05-22",
         "title": "梁锦添逾期申报简易处罚卷", "author": "", "creator": ""}

META = {
    "sector": "税务（纳税申报）",
    "law": "税收征收管理法(2015) 第二十五条、第六十二条",
    "province": "广东",
    "year": 2024,
    "case_id": "c07_guangdong_shuiwu_2024",
    "format": "ofd",
    "codes": ["DOC-02", "PROC-10"],
    "notes": (
        "PROC-10: the 税务行政处罚决定书（简易） imposes a 500 元 fine on a natural person on the spot; 行政处罚法 第五十一条 allows 当场处罚 of a 公民 only up to 200 元 "
        "(500 is inside 税收征收管理法 第六十二条's 2,000 元 range, so this is not LAW-05). "
        "DOC-02: the decision is dated 2024-05-20 and was made on the spot, so under 行政复议法(2023) 第二十三条第一款第（一）项 and 第二款 the party must first apply for 复议 and must be told so; "
        "the remedy clause still offers 复议 \"或者\" a direct suit within six months. "
        "Not defects: 复议机关 国家税务总局佛山市税务局 (上一级主管部门) is correct after 2024 because 税务 is vertically led (行政复议法 第二十七条); "
        "首违不罚 was not available (prior 2023 首违不罚 recorded); a 简易 file has no 立案 and no written 事先告知书 — 告知 and 陈述申辩 are in the 询问笔录 and the decision; payment by electronic transfer, not cash."
    ),
}


def fields():
    D = DATES
    return {
        "agency": AG,
        "party": {"name": PARTY, "kind": "个人", "credit_code": None, "id_number": PID},
        "penalty": {"fine_yuan": FINE, "procedure": "简易"},
        "dates": {"filing": None, "notice": D["ask"], "decision": D["decision"],
                  "decision_served": D["decision_served"]},
        "citations": [
            {"law": LAW, "article": 25, "paragraph": 1, "item": None, "role": "violated"},
            {"law": LAW, "article": 62, "paragraph": None, "item": None, "role": "penalty"},
        ],
    }


CHECKS = [
    ("简易罚款超过公民200元", "value", FINE, None, ">", 200),
    ("罚款在征管法第六十二条2000元以内", "value", FINE, None, "<=", 2000),
    ("决定日期在2024-01-01之后（复议前置）", "days", "2024-01-01", DATES["decision"], ">", 0),
    ("限期改正期满后才申报", "days", DATES["order_due"], DATES["ask"], ">", 0),
]
