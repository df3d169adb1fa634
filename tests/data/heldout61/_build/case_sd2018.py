"""sd2018_yufuka — 山东 潍坊市奎文区商务局, 2018, 发卡企业未按规定办理单用途卡备案且逾期不改正, 单位.

Format: one GBK-encoded .txt (CRLF), pages closed by a 第N页 footer and a rule line, no form feeds.
Planted: PROC-05 (告知书 served 2018-05-14 with a 三日 window; decision dated 2018-05-16, no waiver),
EXEC-02 (加处罚款 49 days x 3% x 20,000 = 29,400, more than the 20,000 fine it may not exceed).
"""

from __future__ import annotations

from datetime import timedelta

from common import D, Volume, add_workdays, cn_date, id_number, rmb_upper, uscc, workdays_after

CASE_ID = "sd2018_yufuka"
AGENCY = "潍坊市奎文区商务局"
PARTY = "潍坊悦享美容美发有限公司"
CREDIT = uscc("91", "370705", "MA3DK7WL")
LEGAL_REP = "孙丽萍"
REP_ID = id_number("370702", D(1986, 2, 14), "082")
ADDR = "潍坊市奎文区东风东街1188号"
O1, C1 = "郑志远", "37070518027"
O2, C2 = "于倩", "37070518031"
LAW = "《单用途商业预付卡管理办法（试行）》"
FINE = 20000
LATE_FROM, PAID = D(2018, 6, 2), D(2018, 7, 20)
LATE_DAYS = (PAID - LATE_FROM).days + 1  # 49
SURCHARGE = FINE * 3 // 100 * LATE_DAYS  # 29,400 — planted: exceeds the fine
TOTAL = FINE + SURCHARGE
DN = "奎商罚〔2018〕3号"
GN = "奎商罚告〔2018〕3号"
ZN = "奎商责改〔2018〕11号"
CN = "奎商催〔2018〕2号"

INSPECT = D(2018, 3, 20)
RECHECK = D(2018, 4, 11)
FILING = D(2018, 4, 12)
INQUIRY = D(2018, 4, 16)
REPORT = D(2018, 4, 27)
REVIEW = D(2018, 5, 4)
DISCUSS = D(2018, 5, 9)
NOTICE = D(2018, 5, 14)
DECISION = D(2018, 5, 16)
SERVED = D(2018, 5, 17)
PUBLISH = D(2018, 5, 23)
URGE = D(2018, 6, 20)
URGE_SERVED = D(2018, 6, 21)
CLOSE = D(2018, 7, 25)

RULE = "－" * 30


def _rc(title: str, num: str, when, who: str) -> str:
    return f"""{AGENCY}
送达回证
┌──────────┬──────────────────────────
│送达文书    │{title}（{num}）
│受送达人    │{PARTY}
│送达地点    │{ADDR}
│送达方式    │直接送达
│受送达人签收│{who}          {cn_date(when, '○')}
│送达人      │{O1}  {O2}
│备注        │
└──────────┴──────────────────────────
"""


def build() -> tuple[Volume, dict]:
    v = Volume(CASE_ID)
    v.add("卷内目录", None, "", key="toc")

    v.add("现场检查笔录", INSPECT, f"""{AGENCY}
现场检查笔录

检查时间：2018年3月20日14时30分至15时20分
检查地点：{ADDR}（{PARTY}经营场所）
被检查人：{PARTY}    统一社会信用代码：{CREDIT}
法定代表人：{LEGAL_REP}    在场人：{LEGAL_REP}（身份证号{REP_ID}）
检查人：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）    记录人：{O2}

    执法人员向被检查人出示行政执法证件，告知检查事由及申请回避的权利，被检查人不申请回避。
    检查情况：1.该公司从事美容美发服务，前台摆放“悦享尊享会员卡”宣传牌，标明储值500元、1000元、
2000元三档；2.据收银系统显示，该公司自2017年10月1日起发售记名储值会员卡，截至检查时共发售236张，
预收资金281500元；3.该公司未能提供单用途商业预付卡备案证明，经查询本局备案系统，无该公司备案记录。
    现场已当场送达责令改正通知书。

被检查人（签名）：{LEGAL_REP}    2018年3月20日
检查人（签名）：{O1}  {O2}
""", key="scene")

    v.add("责令改正通知书", INSPECT, f"""{AGENCY}
责令改正通知书
                                           {ZN}
{PARTY}：
    经查，你公司自2017年10月1日起开展单用途商业预付卡业务，未在开展业务之日起30日内向本局办理备案，
违反了{LAW}第七条第（三）项的规定。依据{LAW}第三十六条的规定，现责令你公司于2018年4月9日前向本局
办理备案手续。逾期仍不改正的，本局将依法处以罚款。

                                        {AGENCY}（印章）
                                        二○一八年三月二十日
""", number=ZN, key="order")
    v.add("送达回证（责令改正通知书）", INSPECT, _rc("责令改正通知书", ZN, INSPECT, LEGAL_REP), key="order_rc")

    v.add("复查笔录", RECHECK, f"""{AGENCY}
复查笔录
复查时间：2018年4月11日9时40分至10时05分
复查地点：{ADDR}
复查人：{O1}（执法证号{C1}）、{O2}（执法证号{C2}）
被复查人：{PARTY}  在场人：店长 韩晓东
    执法人员出示证件后进行复查。经查，该公司至今未向本局提交单用途卡备案材料，仍在发售储值会员卡，
未按{ZN}责令改正通知书要求在2018年4月9日前改正。
在场人（签名）：韩晓东    2018年4月11日
复查人（签名）：{O1}  {O2}
""", key="recheck")

    v.add("立案审批表", FILING, f"""{AGENCY}
立案审批表
案件名称：{PARTY}未按规定办理单用途卡备案案
案件来源：检查发现
当事人：{PARTY}    法定代表人：{LEGAL_REP}
统一社会信用代码：{CREDIT}    地址：{ADDR}
案情简介：当事人自2017年10月1日起发售单用途商业预付卡，未在30日内备案，经2018年3月20日责令限期改正，
逾期仍未改正，涉嫌违反{LAW}第七条第（三）项的规定。
承办人意见：建议立案。    承办人：{O1}  {O2}    2018年4月12日
负责人意见：同意立案。    宋立军    2018年4月12日
""", key="filing")

    v.add("询问笔录", INQUIRY, [f"""{AGENCY}
询问笔录（第1页共2页）
时间：2018年4月16日9时00分至9时45分    地点：奎文区商务局市场秩序科
询问人：{O1}（执法证号{C1}）    记录人：{O2}（执法证号{C2}）
被询问人：{LEGAL_REP}  性别：女  年龄：32  身份证号：{REP_ID}
职务：{PARTY}法定代表人    住址：潍坊市奎文区文化路326号
问：我们是奎文区商务局的执法人员，这是我们的执法证（出示）。你有申请回避的权利，是否申请？
答：不申请。
问：你公司什么时候开始发售储值卡？
答：2017年10月1日开业时就开始卖了。
问：是否向商务部门备案？
答：没有。3月20日你们来过以后，我以为不着急，一直没办。
被询问人（签名）：{LEGAL_REP}
""", f"""询问笔录（第2页共2页）
问：截至目前发售了多少张卡，预收资金多少？
答：一共发了236张，预收28万多元，收银系统可以查。
问：是否与购卡人签订购卡协议？
答：办卡时都让客人签了会员协议。
问：还有什么补充？
答：我们马上去备案。
以上笔录我看过，与我说的一致。
被询问人（签名）：{LEGAL_REP}    2018年4月16日
询问人（签名）：{O1}    记录人（签名）：{O2}
"""], key="inquiry")

    v.add("营业执照复印件及收银系统记录", INQUIRY, f"""证据材料
1.营业执照复印件：名称{PARTY}；统一社会信用代码{CREDIT}；类型：有限责任公司（自然人独资）；
  法定代表人{LEGAL_REP}；经营范围：美容美发服务；住所{ADDR}。
2.收银系统会员卡发售记录（打印件）：2017年10月1日至2018年4月15日发售记名储值卡236张，预收资金281500元。
3.本局单用途卡备案系统查询截图：无该公司备案记录（查询日期2018年4月12日）。
以上复印件与原件核对一致。
提供人（签名）：{LEGAL_REP}    收集人（签名）：{O1}  {O2}    2018年4月16日
""", key="evidence")

    v.add("案件调查终结报告", REPORT, f"""{AGENCY}
案件调查终结报告
    当事人{PARTY}自2017年10月1日起开展单用途商业预付卡业务，未在开展业务之日起30日内向本局备案。
本局于2018年3月20日责令其于4月9日前改正，经4月11日复查，当事人逾期仍未改正。
    上述行为违反了{LAW}第七条第（三）项的规定。依据{LAW}第三十六条的规定，发卡企业违反第七条规定，
逾期仍不改正的，处以1万元以上3万元以下罚款。当事人发卡数量较多，经责令改正后逾期未改，情节一般，
建议罚款人民币贰万元。
承办人（签名）：{O1}  {O2}    2018年4月27日
""", key="report")

    v.add("法制审核意见", REVIEW, f"""{AGENCY}
法制审核意见
审核对象：{PARTY}未按规定办理单用途卡备案案
审核意见：事实清楚，证据充分，适用{LAW}第七条第（三）项、第三十六条正确，罚款20000元在法定幅度内，
程序合法。同意。下一步依法履行事先告知程序。
审核人（签名）：王海燕    2018年5月4日
""", key="legal")

    v.add("案件集体讨论记录", DISCUSS, f"""{AGENCY}
案件集体讨论记录
时间：2018年5月9日16时    地点：局会议室    主持人：刘建华
参加人：宋立军、邢卫国、王海燕、市场秩序科科长 高源    记录人：于倩
讨论：承办人汇报案情。与会人员一致同意对当事人罚款20000元。
参加人（签名）：刘建华  宋立军  邢卫国  王海燕  高源    记录人（签名）：于倩
2018年5月9日
""", key="discuss")

    v.add("行政处罚事先告知书", NOTICE, f"""{AGENCY}
行政处罚事先告知书
                                           {GN}
{PARTY}：
    经查，你公司自2017年10月1日起开展单用途商业预付卡业务，未在30日内办理备案，经本局责令限期改正后
逾期仍未改正。你公司的行为违反了{LAW}第七条第（三）项的规定。依据{LAW}第三十六条的规定，本局拟对
你公司处以罚款人民币贰万元（￥20,000）的行政处罚。
    根据《中华人民共和国行政处罚法》第三十一条、第三十二条第一款、第四十二条第一款的规定，你公司可在收到
本告知书之日起三日内向本局提出陈述、申辩或者听证申请。逾期未提出的，视为放弃上述权利。

                                        {AGENCY}（印章）
                                        二○一八年五月十四日
""", number=GN, key="notice")
    v.add("送达回证（事先告知书）", NOTICE, _rc("行政处罚事先告知书", GN, NOTICE, LEGAL_REP), key="notice_rc")

    v.add("行政处罚决定书", DECISION, [f"""{AGENCY}
行政处罚决定书
                                           {DN}
当事人：{PARTY}
统一社会信用代码：{CREDIT}
法定代表人：{LEGAL_REP}    住所：{ADDR}

    经查，当事人自2017年10月1日起开展单用途商业预付卡业务，至2018年4月15日共发售记名储值卡236张，
预收资金281500元，未在开展业务之日起30日内向本局办理备案。本局于2018年3月20日责令当事人于2018年4月9日
前改正，2018年4月11日复查时当事人仍未改正。以上事实有现场检查笔录、复查笔录、询问笔录、收银系统记录
及备案系统查询记录等证据证实。
    本局于2018年5月14日向当事人送达了{GN}行政处罚事先告知书，当事人在规定期限内未提出陈述、申辩和听证申请。
    本局认为，当事人的行为违反了{LAW}第七条第（三）项的规定。当事人经责令改正后逾期未改，情节一般，
依据{LAW}第三十六条的规定，决定对当事人罚款人民币贰万元（￥20,000）。
""", f"""    当事人应自收到本决定书之日起十五日内，持本决定书到潍坊市非税收入代收银行缴纳罚款。到期不缴纳罚款的，
本局将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。
    当事人如不服本决定，可在收到本决定书之日起六十日内向潍坊市奎文区人民政府或者潍坊市商务局申请行政复议，
也可以在六个月内直接向潍坊市奎文区人民法院提起行政诉讼。

                                        {AGENCY}（印章）
                                        二○一八年五月十六日
"""], number=DN, key="decision")
    v.add("送达回证（决定书）", SERVED, _rc("行政处罚决定书", DN, SERVED, LEGAL_REP), key="decision_rc")

    v.add("行政处罚信息公示记录", PUBLISH, f"""行政处罚信息公示记录（“双公示”）
行政处罚决定书文号：{DN}
处罚名称：未按规定办理单用途商业预付卡备案
行政相对人：{PARTY}    统一社会信用代码：{CREDIT}
处罚结果：罚款20000元    处罚决定日期：2018/05/16
公示网站：信用中国（山东潍坊）    公示日期：2018/05/23    经办人：于倩
""", key="publish")

    v.add("履行行政处罚决定催告书", URGE, f"""{AGENCY}
履行行政处罚决定催告书
                                           {CN}
{PARTY}：
    本局于2018年5月16日作出{DN}行政处罚决定书，你公司于2018年5月17日签收，应于2018年6月1日前缴纳
罚款20000元，至今未履行。根据《中华人民共和国行政强制法》第三十五条、第四十五条的规定，现催告你公司
自收到本催告书之日起十日内履行。自2018年6月2日起每日按罚款数额的百分之三加处罚款，加处罚款的数额
不得超出罚款的数额。你公司有权进行陈述和申辩。逾期仍不履行的，本局将依法申请人民法院强制执行。

                                        {AGENCY}（印章）
                                        二○一八年六月二十日
""", number=CN, key="urge")
    v.add("送达回证（催告书）", URGE_SERVED, _rc("履行行政处罚决定催告书", CN, URGE_SERVED, LEGAL_REP), key="urge_rc")

    v.add("罚款及加处罚款缴款书", PAID, f"""山东省非税收入通用缴款书（回执联）
缴款日期：2018年7月20日        票号：3707011800384526
执收单位：{AGENCY}
缴款人：{PARTY}
收入项目1：罚没收入（{DN}罚款）             金额：20000.00
收入项目2：加处罚款（2018年6月2日至7月20日，共{LATE_DAYS}日，每日600元）  金额：{SURCHARGE}.00
合计（大写）：{rmb_upper(TOTAL)}        （小写）：￥{TOTAL:,}.00
代收银行：潍坊银行奎文支行（收讫章）
""", key="payment")

    v.add("结案审批表", CLOSE, f"""{AGENCY}
结案审批表
案件名称：{PARTY}未按规定办理单用途卡备案案
决定书文号：{DN}    处罚决定：罚款20000元
执行情况：当事人逾期未缴纳，经催告，于2018年7月20日缴纳罚款20000元及加处罚款{SURCHARGE}元（自2018年
6月2日起按每日3%计算{LATE_DAYS}日），合计{TOTAL}元。当事人已于2018年5月28日完成单用途卡备案。
承办人意见：建议结案。{O1}  {O2}    2018年7月23日
负责人意见：同意结案。宋立军    2018年7月25日
""", key="close")

    v.add("备考表", CLOSE, """备考表
本卷共{pages}页。立卷人：于倩    检查人：王海燕    立卷日期：2018年7月30日
""", key="backup")

    v.paginate()
    v.docs[-1].pages[0] = v.docs[-1].pages[0].replace("{pages}", str(v.page_count))

    window_end = add_workdays(NOTICE, 3)
    meta = {
        "case_id": CASE_ID,
        "codes": ["EXEC-02", "PROC-05"],
        "encoding": "gbk",
        "agency": AGENCY,
        "party": {"name": PARTY, "kind": "单位", "credit_code": CREDIT, "id_number": None},
        "fine": FINE,
        "procedure": "普通",
        "dates": {"filing": FILING, "notice": NOTICE, "decision": DECISION, "decision_served": SERVED},
        "citations": [
            {"law": LAW, "article": 7, "paragraph": None, "item": 3, "role": "violated"},
            {"law": LAW, "article": 36, "paragraph": None, "item": None, "role": "penalty"},
        ],
        "ids": {"id_numbers": [REP_ID], "credit_codes": [CREDIT]},
        "assert": [
            ("days_le", FILING, DECISION, 90),
            ("lt", DECISION, window_end),
            ("lt", DECISION, NOTICE + timedelta(days=3)),
            ("wd_le", DECISION, SERVED, 7),
            ("gt", SURCHARGE, FINE),
            ("sum", [FINE, SURCHARGE], TOTAL),
            ("range", FINE, 10000, 30000),
        ],
        "notes": (
            "PROC-05: the 事先告知书 (p.{notice}) gives '收到本告知书之日起三日内' for 陈述、申辩 or 听证; it was served "
            "on 2018-05-14 (送达回证 p.{notice_rc}); the 决定书 is dated 2018-05-16, inside that window however it is "
            f"counted (3 calendar days end 05-17; 3 working days end {window_end.isoformat()}), and the file holds no "
            "waiver — the 决定书 even claims the party let the period pass. EXEC-02: the fine was paid late after a "
            f"催告书; the 缴款书 (p.{{payment}}) and 结案审批表 charge 加处罚款 {SURCHARGE:,} yuan ({LATE_DAYS} days x 3% x "
            "20,000), more than the 20,000 fine, breaking 行政强制法 第四十五条第二款 (the 催告书 itself states the cap). "
            "The voucher equals fine + 加处罚款, so EXEC-01 does not apply. 2018 decision, 2017 行政处罚法 numbering "
            "(第五十一条第（一）项 for 加处罚款) is correct for that date. Fine 20,000 inside 1万-3万 with 情节一般 stated."
        ),
    }
    return v, meta
