"""fj2017_tongji — 福建 晋江市统计局, 2017, 提供不真实统计资料, 单位.

Format: one UTF-8 .txt, pages separated by form feeds (\\f), 第N页 footer on every page.
Planted: SUBJ-02 (现场检查笔录 names 王静 with an empty 执法证号), ARCH-01 (the 卷内目录 was not redone after the
询问笔录 grew to three pages: it lists it as 8-9 and every later entry one page too early), DISC-01 (警告 and
30,000 yuan out of a 0-50,000 range with no circumstance or reason anywhere in the 调查终结报告 or 决定书).
"""

from __future__ import annotations

from common import D, Volume, cn_date, id_number, rmb_upper, uscc, workdays_after

CASE_ID = "fj2017_tongji"
AGENCY = "晋江市统计局"
PARTY = "晋江市鸿泰鞋服有限公司"
CREDIT = uscc("91", "350582", "MA2Y4RTC")
LEGAL_REP = "施振宗"
REP_ID = id_number("350582", D(1972, 5, 30), "191")
CLERK = "许雅玲"
CLERK_ID = id_number("350582", D(1991, 7, 8), "024")
ADDR = "福建省晋江市陈埭镇江头村鸿泰路8号"
O1, C1 = "林志斌", "35058217021"
O2 = "王静"  # planted SUBJ-02: no 执法证号 on the 现场检查笔录
O3, C3 = "陈海峰", "35058217009"
LAW = "《中华人民共和国统计法》"
FINE = 30000
DN = "晋统罚〔2017〕6号"
GN = "晋统罚告〔2017〕6号"
QN = "晋统查〔2017〕14号"

INSPECT = D(2017, 6, 13)
REPLY = D(2017, 6, 16)
FILING = D(2017, 6, 19)
INQUIRY = D(2017, 6, 21)
REPORT = D(2017, 7, 14)
REVIEW = D(2017, 7, 18)
DISCUSS = D(2017, 7, 20)
NOTICE = D(2017, 7, 21)
NOTICE_SERVED = D(2017, 7, 24)
STATEMENT = D(2017, 7, 26)
RECHECK = D(2017, 7, 28)
DECISION = D(2017, 8, 3)
SERVED = D(2017, 8, 4)
PUBLISH = D(2017, 8, 9)
PAY = D(2017, 8, 15)
CLOSE = D(2017, 8, 21)

Z = "○"


def build() -> tuple[Volume, dict]:
    v = Volume(CASE_ID)
    v.add("卷内目录", None, "", key="toc")

    v.add("统计执法检查现场笔录", INSPECT, [f"""晋江市统计局统计执法检查
现场检查笔录

检查时间：{cn_date(INSPECT, Z)}9时10分至11时20分
检查地点：{PARTY}财务室（{ADDR}）
被检查单位：{PARTY}
统一社会信用代码：{CREDIT}
法定代表人：{LEGAL_REP}
在场人员：{CLERK}（统计员兼会计，身份证号{CLERK_ID}）
检查人员：{O1}（执法证号：{C1}）
          {O2}（执法证号：        ）
记录人：{O2}

检查人员向被检查单位出示统计执法检查证件，说明检查依据和内容，告知被检查单位有申请检查人员回避的权利。
在场人员表示不申请回避。

检查内容：被检查单位2016年统计年报《工业产销总值及主要产品产量》（B204-1表）、《财务状况》（B203表）
数据质量。

在场人员（签名）：{CLERK}        检查人员（签名）：{O1}  {O2}
""", f"""（续）
检查情况：
1.被检查单位2016年年报B204-1表“工业总产值（当年价格）”上报数为18650千元；
2.被检查单位2016年年报B203表“主营业务收入”上报数为17960千元；
3.调阅被检查单位2016年度财务报表（利润表）、总账及销售明细账，主营业务收入实际为12105千元；
  根据产品销售及库存变动核算，工业总产值实际为12430千元；
4.现场复印上述报表、账簿相关页，共12页，经在场人员核对签字。
检查人员当场向被检查单位送达统计检查查询书（{QN}）。

以上记录经在场人员核对无误。
在场人员（签名）：{CLERK}        {cn_date(INSPECT, Z)}
检查人员（签名）：{O1}  {O2}
"""], key="scene")

    v.add("统计检查查询书及答复", REPLY, f"""晋江市统计局
统计检查查询书
                                            {QN}
{PARTY}：
    根据《中华人民共和国统计法》第三十五条第一款第（一）项的规定，请你单位就2016年统计年报B204-1表
“工业总产值”、B203表“主营业务收入”上报数与财务资料不一致的原因作出书面答复，于{cn_date(D(2017, 6, 20), Z)}前送本局。
                                        晋江市统计局（印章）
                                        {cn_date(INSPECT, Z)}

答复：
    我公司2016年年报工业总产值、主营业务收入上报时，统计人员将关联公司代加工产值一并计入，导致上报数
大于实际数。实际数以财务报表为准。
                                        {PARTY}（公章）
                                        法定代表人：{LEGAL_REP}
                                        {cn_date(REPLY, Z)}
""", number=QN, key="query")

    v.add("立案审批表", FILING, f"""晋江市统计局
统计违法案件立案审批表
案件编号：晋统立〔2017〕9号
案件来源：统计执法检查
被查单位：{PARTY}    统一社会信用代码：{CREDIT}
法定代表人：{LEGAL_REP}    地址：{ADDR}
违法事实摘要：该单位2016年统计年报工业总产值、主营业务收入上报数与实际数差异较大，涉嫌提供不真实统计资料。
承办人意见：建议立案查处。    承办人：{O1}  {O3}    {cn_date(FILING, Z)}
法规科意见：同意。    张秀琴    {cn_date(FILING, Z)}
局领导审批：同意立案。    黄德成    {cn_date(FILING, Z)}
""", key="filing")

    v.add("询问笔录", INQUIRY, [f"""晋江市统计局
询问笔录
时间：{cn_date(INQUIRY, Z)}14时30分至15时40分
地点：晋江市统计局执法检查室
询问人：{O1}（执法证号{C1}）        记录人：{O3}（执法证号{C3}）
被询问人：{CLERK}  性别：女  年龄：25岁  身份证号：{CLERK_ID}
工作单位及职务：{PARTY} 统计员兼会计

问：我们是晋江市统计局执法人员，这是我们的执法证件。根据《中华人民共和国统计法》的规定，依法向你调查了解
    有关情况，你应如实回答。你如认为询问人员与本案有利害关系，有权申请回避，你是否申请回避？
答：不申请。
问：你公司2016年统计年报由谁填报？
答：由我填报，经法定代表人施振宗审核后网上报送。

被询问人（签名）：{CLERK}    询问人（签名）：{O1}    记录人（签名）：{O3}
""", f"""（第2页）
问：B204-1表工业总产值上报18650千元，实际是多少？
答：按财务账核算是12430千元，上报时把关联公司鸿达鞋材的代加工产值也算进来了。
问：B203表主营业务收入上报17960千元，与财务报表不一致的原因？
答：财务报表主营业务收入是12105千元，上报数同样包含了关联公司的部分，是我们理解错了。
问：施振宗是否知道上报数据有误？
答：报表他签了字，具体数字他没有细看。

被询问人（签名）：{CLERK}    询问人（签名）：{O1}    记录人（签名）：{O3}
""", f"""（第3页）
问：你还有什么补充？
答：没有了。
以上笔录共三页，我已看过，与我所说的一致。
被询问人（签名）：{CLERK}        {cn_date(INQUIRY, Z)}
询问人（签名）：{O1}        记录人（签名）：{O3}
"""], key="inquiry")

    v.add("统计报表及财务报表复印件", INSPECT, f"""证据材料目录
1.{PARTY}2016年统计年报B204-1表（联网直报打印件）：工业总产值（当年价格）18650千元。
2.{PARTY}2016年统计年报B203表（联网直报打印件）：主营业务收入17960千元。
3.{PARTY}2016年度利润表复印件：主营业务收入12105千元。
4.产品销售及库存变动核算表：工业总产值12430千元。
以上复印件与原件核对无误，共12页（另行装订附后）。
提供人（签名）：{CLERK}    收集人（签名）：{O1}    {cn_date(INSPECT, Z)}
""", key="evidence")

    v.add("营业执照及法定代表人身份证明", INSPECT, f"""营业执照（副本）复印件
名称：{PARTY}    统一社会信用代码：{CREDIT}
类型：有限责任公司（自然人投资或控股）    法定代表人：{LEGAL_REP}
住所：{ADDR}    成立日期：2014年3月18日
法定代表人身份证明：{LEGAL_REP}，男，身份证号{REP_ID}
与原件核对无误。    {CLERK}    {cn_date(INSPECT, Z)}
""", key="licence")

    v.add("案件调查终结报告", REPORT, [f"""晋江市统计局
统计违法案件调查终结报告

一、当事人基本情况
{PARTY}，统一社会信用代码{CREDIT}，法定代表人{LEGAL_REP}，住所{ADDR}。

二、违法事实
当事人在2016年统计年报中，B204-1表“工业总产值（当年价格）”上报18650千元，实际数为12430千元，
多报6220千元，差错率50.0%；B203表“主营业务收入”上报17960千元，实际数为12105千元，多报5855千元，
差错率48.4%。当事人提供不真实统计资料。
""", f"""三、证据
现场检查笔录、统计检查查询书及答复、询问笔录、统计报表及财务报表复印件、营业执照复印件。

四、处理意见
当事人的行为违反了《中华人民共和国统计法》第七条的规定，依据《中华人民共和国统计法》第四十一条第一款
第（二）项、第二款的规定，建议对当事人给予警告，并处罚款人民币叁万元。

承办人（签名）：{O1}  {O3}        {cn_date(REPORT, Z)}
"""], key="report")

    v.add("法制审核意见", REVIEW, f"""晋江市统计局
案件法制审核意见
审核人：张秀琴（法规科）
意见：案件事实清楚，证据充分，适用《中华人民共和国统计法》第七条、第四十一条第一款第（二）项、第二款
正确，程序合法，同意承办人处理意见。
审核人（签名）：张秀琴        {cn_date(REVIEW, Z)}
""", key="legal")

    v.add("案件集体讨论记录", DISCUSS, f"""晋江市统计局
统计违法案件集体讨论记录
时间：{cn_date(DISCUSS, Z)}9时
地点：局会议室
主持人：黄德成（局长）
出席人：苏建华、吴丽清（副局长），张秀琴（法规科科长）
列席人：{O1}、{O3}    记录人：{O3}
讨论情况：承办人汇报案件情况。出席人一致同意对当事人给予警告，并处罚款叁万元。
出席人（签名）：黄德成  苏建华  吴丽清  张秀琴
记录人（签名）：{O3}        {cn_date(DISCUSS, Z)}
""", key="discuss")

    v.add("行政处罚事先告知书", NOTICE, f"""晋江市统计局
统计行政处罚事先告知书
                                            {GN}
{PARTY}：
    经查，你单位在2016年统计年报中，工业总产值上报18650千元（实际12430千元），主营业务收入上报17960千元
（实际12105千元），提供不真实统计资料，违反了《中华人民共和国统计法》第七条的规定。依据《中华人民共和国
统计法》第四十一条第一款第（二）项、第二款的规定，本局拟对你单位给予警告，并处罚款人民币叁万元（¥30000）。
    根据《中华人民共和国行政处罚法》第三十一条、第三十二条第一款和第四十二条第一款的规定，你单位有权进行
陈述和申辩，有权要求举行听证。你单位可在收到本告知书之日起三日内向本局提出陈述、申辩或听证申请，逾期视为放弃。
                                        晋江市统计局（印章）
                                        {cn_date(NOTICE, Z)}
""", number=GN, key="notice")

    v.add("送达回证（事先告知书）", NOTICE_SERVED, f"""晋江市统计局
送达回证
送达文书：统计行政处罚事先告知书（{GN}）
受送达人：{PARTY}
送达地点：{ADDR}
送达方式：直接送达
受送达人（签名或盖章）：{LEGAL_REP}（公章）    {cn_date(NOTICE_SERVED, Z)}
送达人（签名）：{O1}  {O3}
""", key="notice_rc")

    v.add("陈述申辩书", STATEMENT, f"""陈述申辩书
晋江市统计局：
    我公司收到{GN}告知书。数据差错系统计人员对填报口径理解错误，并非故意，请求减少罚款。我公司不要求听证。
                                        {PARTY}（公章）
                                        法定代表人：{LEGAL_REP}
                                        {cn_date(STATEMENT, Z)}
""", key="statement")

    v.add("陈述申辩复核意见", RECHECK, f"""晋江市统计局
陈述申辩复核意见
当事人提出“统计人员理解口径错误、非故意”的理由，不影响提供不真实统计资料违法事实的认定，不予采纳。
复核人（签名）：{O1}  {O3}    张秀琴        {cn_date(RECHECK, Z)}
""", key="recheck")

    v.add("行政处罚决定书", DECISION, [f"""晋江市统计局
统计行政处罚决定书
                                            {DN}
当事人：{PARTY}
统一社会信用代码：{CREDIT}
法定代表人：{LEGAL_REP}
地址：{ADDR}

    本局于{cn_date(INSPECT, Z)}对你单位进行统计执法检查，发现你单位涉嫌提供不真实统计资料，于
{cn_date(FILING, Z)}立案调查。经查明：你单位在2016年统计年报中，B204-1表“工业总产值（当年价格）”上报
18650千元，实际为12430千元；B203表“主营业务收入”上报17960千元，实际为12105千元。
    以上事实有现场检查笔录、统计检查查询书答复、询问笔录、统计报表及财务报表复印件等证据为证。
    本局于{cn_date(NOTICE_SERVED, Z)}向你单位送达了事先告知书，你单位提出陈述申辩，经复核不予采纳。
    你单位的上述行为违反了《中华人民共和国统计法》第七条的规定，依据《中华人民共和国统计法》第四十一条
第一款第（二）项、第二款的规定，本局决定对你单位给予警告，并处罚款人民币叁万元（¥30000）。
""", f"""    你单位应于收到本决定书之日起十五日内，将罚款缴至晋江市财政局指定的代收银行（中国农业银行晋江支行）。
逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
    你单位应当依法更正2016年统计年报相关数据。
    如不服本决定，可在收到本决定书之日起六十日内向泉州市统计局或者晋江市人民政府申请行政复议，也可以在
六个月内直接向晋江市人民法院提起行政诉讼。
                                        晋江市统计局（印章）
                                        {cn_date(DECISION, Z)}
"""], number=DN, key="decision")

    v.add("送达回证（决定书）", SERVED, f"""晋江市统计局
送达回证
送达文书：统计行政处罚决定书（{DN}）
受送达人：{PARTY}
送达地点：{ADDR}
送达方式：直接送达
受送达人（签名或盖章）：{LEGAL_REP}（公章）    {cn_date(SERVED, Z)}
送达人（签名）：{O1}  {O3}
""", key="decision_rc")

    v.add("行政处罚信息公示记录", PUBLISH, f"""行政处罚“双公示”信息报送表
决定书文号：{DN}    相对人：{PARTY}（{CREDIT}）
处罚事由：提供不真实统计资料
处罚结果：警告，罚款30000元    决定日期：2017-08-03
公示网站：信用福建、晋江市人民政府网站    公示日期：2017-08-09
报送人：{O3}
""", key="publish")

    v.add("罚款缴款凭证", PAY, f"""福建省非税收入缴款书（收据联）
缴款人：{PARTY}
执收单位：晋江市统计局
项目：统计罚没收入（{DN}）
金额：人民币叁万元整  ¥30000.00
缴款日期：2017年8月15日
收款银行：中国农业银行晋江支行（收讫章）
""", key="payment")

    v.add("结案审批表", CLOSE, f"""晋江市统计局
统计违法案件结案审批表
案件编号：晋统立〔2017〕9号    决定书文号：{DN}
处罚决定：警告，罚款30000元
执行情况：当事人于2017年8月15日缴纳罚款30000元；2016年统计年报数据已于2017年8月10日更正。
承办人意见：建议结案。{O1}  {O3}    {cn_date(D(2017, 8, 18), Z)}
局领导审批：同意结案。黄德成    {cn_date(CLOSE, Z)}
""", key="close")

    v.add("备考表", CLOSE, """卷内备考表
本卷共{pages}页。
立卷人：陈海峰    检查人：张秀琴    立卷时间：二○一七年八月二十五日
""", key="backup")

    # ARCH-01: the 目录 still shows the 询问笔录 as two pages and shifts everything after it back by one.
    after = False
    for d in v.docs:
        if d.key == "inquiry":
            v.toc_offsets[d.key] = (0, -1)
            after = True
        elif after:
            v.toc_offsets[d.key] = -1

    v.paginate()
    v.docs[-1].pages[0] = v.docs[-1].pages[0].replace("{pages}", str(v.page_count))

    meta = {
        "case_id": CASE_ID,
        "codes": ["ARCH-01", "DISC-01", "SUBJ-02"],
        "encoding": "utf-8",
        "agency": AGENCY,
        "party": {"name": PARTY, "kind": "单位", "credit_code": CREDIT, "id_number": None},
        "fine": FINE,
        "procedure": "普通",
        "dates": {"filing": FILING, "notice": NOTICE, "decision": DECISION, "decision_served": SERVED},
        "citations": [
            {"law": LAW, "article": 7, "paragraph": None, "item": None, "role": "violated"},
            {"law": LAW, "article": 41, "paragraph": 1, "item": 2, "role": "penalty"},
            {"law": LAW, "article": 41, "paragraph": 2, "item": None, "role": "penalty"},
        ],
        "ids": {"id_numbers": [REP_ID, CLERK_ID], "credit_codes": [CREDIT]},
        "assert": [
            ("days_le", FILING, DECISION, 90),
            ("wd_le", DECISION, SERVED, 7),
            ("wd_le", DECISION, PUBLISH, 7),
            ("order", [INSPECT, FILING, INQUIRY, REPORT, REVIEW, DISCUSS, NOTICE, NOTICE_SERVED, STATEMENT, RECHECK,
                       DECISION, SERVED, PAY, CLOSE]),
            ("range", FINE, 0, 50000),
        ],
        "notes": (
            "SUBJ-02: the 现场检查笔录 (p.{scene}) lists 检查人员 林志斌（执法证号：35058217021）and 王静（执法证号："
            "blank）; 王静 also keeps the record and signs it. ARCH-01: the 询问笔录 occupies pp.{inquiry}-{inquiry3} but "
            "the 卷内目录 gives {toc_inquiry}, and every later entry is listed one page early (e.g. 决定书 at "
            "{toc_decision} although it starts on p.{decision}); the 备考表 states the true page count. DISC-01: a 警告 "
            "plus 30,000 yuan out of 统计法 第四十一条第二款's 'up to 50,000' band, yet the 调查终结报告 (pp.{report}-"
            "{report2}), the 集体讨论记录 and the 决定书 give no circumstance at all (no 从轻/一般/从重, no reason for "
            "the amount). Nothing in the file is a statutory mitigation ground (the party only pleads a wrong reporting "
            "scope), so DISC-03 does not apply. 2017: old 行政处罚法 numbering is correct; 复议 to 泉州市统计局 or "
            "晋江市人民政府 was right before 2024."
        ),
    }
    return v, meta
