"""sc2024_yanchu — 四川 绵阳市涪城区文化广播电视和旅游局, 2024, 未经批准举办营业性演出, 单位.

Format: scanned-looking PDF (page images only, no text layer), greyscale, slight rotation and noise.
Planted: LAW-04 (the 决定书 cites 《行政处罚法》第五十一条 for 加处罚款 — the pre-2021 numbering; since
2021-07-15 that is 第七十二条, and 第五十一条 is now the 简易程序 article), SERV-01 (decision 2024-09-10,
served 2024-09-25 by hand: 10 working days).
"""

from __future__ import annotations

from common import D, Volume, ar_date, cn_date, id_number, rmb_upper, uscc, workdays_after

CASE_ID = "sc2024_yanchu"
AGENCY = "绵阳市涪城区文化广播电视和旅游局"
PARTY = "绵阳市星澜文化传播有限公司"
CREDIT = uscc("91", "510703", "MA6AT2QP")
LEGAL_REP = "鲁海鹏"
REP_ID = id_number("510781", D(1990, 8, 22), "356")
ADDR = "绵阳市涪城区临园路东段52号2楼"
VENUE = "绵阳市涪城区临园路东段52号“拾光音乐酒馆”"
O1, C1 = "罗晓东", "51070324008"
O2, C2 = "何佳", "51070324013"
LAW = "《营业性演出管理条例》"
TICKETS, PRICE = 96, 80
INCOME = TICKETS * PRICE  # 7680
FINE = 50000
DN = "涪文旅罚〔2024〕9号"
GN = "涪文旅罚告〔2024〕9号"

INSPECT = D(2024, 6, 15)
FILING = D(2024, 6, 17)
INQUIRY = D(2024, 6, 19)
REPORT = D(2024, 7, 15)
REVIEW = D(2024, 7, 19)
DISCUSS = D(2024, 7, 24)
NOTICE = D(2024, 7, 26)
NOTICE_SERVED = D(2024, 7, 29)
STATEMENT = D(2024, 7, 31)
RECHECK = D(2024, 8, 6)
APPROVE = D(2024, 9, 9)
DECISION = D(2024, 9, 10)
PUBLISH = D(2024, 9, 13)
SERVED = D(2024, 9, 25)
PAY = D(2024, 10, 10)
CLOSE = D(2024, 10, 15)


def build() -> tuple[Volume, dict]:
    v = Volume(CASE_ID)
    v.add("卷内目录", None, "", key="toc")

    v.add("现场检查（勘验）笔录", INSPECT, [[("H", AGENCY), ("H", "现场检查（勘验）笔录"), ("T", [
        ["检查时间", "2024年6月15日21时10分至21时50分"],
        ["检查地点", VENUE],
        ["当事人", f"{PARTY}  法定代表人：{LEGAL_REP}"],
        ["现场负责人", f"{LEGAL_REP}  身份证号：{REP_ID}"],
        ["执法人员", f"{O1}（执法证号{C1}）  {O2}（执法证号{C2}）"],
    ]),
        "执法人员出示执法证件，告知当事人有申请回避的权利，当事人不申请回避。",
        "检查情况：现场正在进行“夏夜·星澜民谣专场”演出，舞台有歌手3名、乐手2名，观众约90人，入口处验票，"
        "门票为某票务平台电子票，票面价格80元。当事人未能出示该场营业性演出的批准文件。",
        "现场处理：责令当事人立即停止演出，当事人于21时35分停止演出并疏散观众。",
        "全程使用执法记录仪（编号FC-WL-05）录像。",
        ("R", f"当事人（签名）：{LEGAL_REP}    执法人员（签名）：{O1}  {O2}"),
        ("R", "2024年6月15日"),
    ]], key="scene")

    v.add("立案审批表", FILING, [[("H", AGENCY), ("H", "立案审批表"), ("T", [
        ["案件来源", "执法检查（夜查）"],
        ["案由", "涉嫌未经批准举办营业性演出"],
        ["当事人", PARTY],
        ["统一社会信用代码", CREDIT],
        ["法定代表人", LEGAL_REP],
        ["地址", ADDR],
        ["案情摘要", f"2024年6月15日夜查发现当事人在{VENUE}举办民谣专场演出，未取得批准文件。"],
        ["承办人意见", f"建议立案。{O1}  {O2}  2024年6月17日"],
        ["负责人意见", "同意立案。邓志刚  2024年6月17日"],
    ])]], key="filing")

    v.add("询问笔录", INQUIRY, [[("H", AGENCY), ("H", "询问笔录"), ("T", [
        ["时间", "2024年6月19日10时00分至10时50分"],
        ["地点", "涪城区文化市场综合行政执法大队询问室"],
        ["询问人/记录人", f"{O1}（{C1}）/{O2}（{C2}）"],
        ["被询问人", f"{LEGAL_REP}  男  33岁  身份证号{REP_ID}"],
        ["职务", f"{PARTY}法定代表人"],
    ]),
        "问：我们是涪城区文化广播电视和旅游局执法人员（出示证件），你有申请回避的权利，是否申请回避？答：不申请。",
        "问：6月15日的演出是谁举办的？答：我们公司举办的，场地租的拾光音乐酒馆。",
        "问：是否向文化主管部门申请批准？答：没有申请，以为小型演出不需要报批。",
        f"问：门票如何销售，卖了多少？答：在票务平台卖，每张{PRICE}元，共卖出{TICKETS}张，收入{INCOME:,}元，"
        "平台后台数据可以导出。",
        "问：演出节目有哪些？答：都是原创民谣，节目单已提供。",
        ("R", f"被询问人（签名）：{LEGAL_REP}"),
    ], [
        "问：以前是否因演出问题受过处罚？答：没有。",
        "问：还有什么补充？答：我们已经停止，以后一定报批，请求从轻处理。",
        "以上笔录我已看过，与我所说相符。",
        ("R", f"被询问人（签名）：{LEGAL_REP}    2024年6月19日"),
        ("R", f"询问人（签名）：{O1}    记录人（签名）：{O2}"),
    ]], key="inquiry")

    v.add("证据材料", INQUIRY, [[("H", "证据材料"), ("T", [
        ["序号", "名称", "证明内容"],
        ["1", "营业执照、营业性演出许可证复印件", "当事人主体资格，为演出经纪机构"],
        ["2", "票务平台销售数据（导出打印件）", f"售出门票{TICKETS}张，单价{PRICE}元，合计{INCOME:,}元"],
        ["3", "演出海报及节目单", "演出名称、时间、地点、演员"],
        ["4", "现场照片4张（2024年6月15日21时12分，拍摄人何佳）", "演出正在进行"],
        ["5", "执法记录仪视频（FC-WL-05）", "检查及停止演出过程"],
    ]),
        "以上复印件与原件核对无误。",
        ("R", f"提供人（签名）：{LEGAL_REP}    收集人（签名）：{O1} {O2}    2024年6月19日"),
    ]], key="evidence")

    v.add("案件调查终结报告", REPORT, [[("H", AGENCY), ("H", "案件调查终结报告"),
        f"当事人：{PARTY}，统一社会信用代码{CREDIT}，法定代表人{LEGAL_REP}。",
        f"违法事实：2024年6月15日20时30分起，当事人在{VENUE}举办“夏夜·星澜民谣专场”营业性演出，未经文化主管"
        f"部门批准，售出门票{TICKETS}张，每张{PRICE}元，违法所得{INCOME:,}元。",
        f"定性与依据：违反{LAW}第十三条的规定，依据{LAW}第四十四条第一款，没收违法所得，违法所得不足1万元的，"
        "并处5万元以上10万元以下的罚款。",
        "裁量理由：当事人初次违法，现场立即停止演出，演出内容无违禁情形，积极配合调查，予以从轻处罚，按法定最低额罚款。",
        f"处理建议：没收违法所得{INCOME:,}元，罚款{FINE:,}元。",
        ("R", f"承办人（签名）：{O1}  {O2}    2024年7月15日"),
    ]], key="report")

    v.add("法制审核意见书", REVIEW, [[("H", AGENCY), ("H", "法制审核意见书"), ("T", [
        ["案件", f"{PARTY}未经批准举办营业性演出案"],
        ["审核人", "张雯（法律职业资格证书编号A20185107031224）"],
        ["审核意见", f"事实清楚，证据确凿，适用{LAW}第十三条、第四十四条第一款正确，从轻理由充分，罚款在法定幅度内，同意。"],
        ["签名及日期", "张雯  2024年7月19日"],
    ])]], key="legal")

    v.add("案件集体讨论记录", DISCUSS, [[("H", AGENCY), ("H", "案件集体讨论记录"), ("T", [
        ["时间地点", "2024年7月24日15时，局三楼会议室"],
        ["主持人", "杜明（局长）"],
        ["参加人", "邓志刚、刘芳（副局长），王勇（执法大队大队长），张雯（政策法规股股长）"],
        ["记录人", "陈思"],
    ]),
        f"讨论意见：一致同意没收违法所得{INCOME:,}元、罚款{FINE:,}元（从轻，法定最低额），依法告知。",
        ("R", "参加人（签名）：杜明 邓志刚 刘芳 王勇 张雯    记录人（签名）：陈思    2024年7月24日"),
    ]], key="discuss")

    v.add("行政处罚事先告知书", NOTICE, [[("H", AGENCY), ("H", "行政处罚事先告知书"), ("R", GN),
        f"{PARTY}：",
        f"经查，你单位于2024年6月15日在{VENUE}未经批准举办营业性演出，售出门票{TICKETS}张，违法所得{INCOME:,}元。"
        f"你单位的行为违反了{LAW}第十三条的规定。依据{LAW}第四十四条第一款的规定，本局拟对你单位作出没收违法所得"
        f"人民币{rmb_upper(INCOME)}、罚款人民币{rmb_upper(FINE)}的行政处罚。",
        "根据《中华人民共和国行政处罚法》第四十四条、第四十五条第一款、第六十三条第一款第（一）项和第六十四条第（一）项"
        "的规定，你单位有权进行陈述、申辩和要求听证。如要求陈述、申辩或者听证，请于收到本告知书之日起五个工作日内"
        "提出，逾期视为放弃。",
        ("R", f"{AGENCY}（印章）"), ("R", "2024年7月26日"),
    ]], number=GN, key="notice")

    def rc(title: str, num: str, when: str) -> list:
        return [("H", AGENCY), ("H", "送达回证"), ("T", [
            ["送达文书名称", title], ["文号", num], ["受送达人", PARTY], ["送达地点", ADDR],
            ["送达方式", "直接送达"], ["送达人", f"{O1}  {O2}"], ["受送达人签收", f"{LEGAL_REP}"],
            ["收到日期", when],
        ])]

    v.add("送达回证（事先告知书）", NOTICE_SERVED, [rc("行政处罚事先告知书", GN, "2024年7月29日")], key="notice_rc")

    v.add("陈述申辩书及复核意见", STATEMENT, [[("H", "陈述申辩书"),
        f"{AGENCY}：",
        f"我公司收到{GN}告知书，对事实无异议。因公司初创经营困难，请求减少罚款金额。我公司不要求听证。",
        ("R", f"{PARTY}（公章）  {LEGAL_REP}  2024年7月31日"),
        ("H", "陈述申辩复核意见"),
        "复核意见：当事人所提经营困难不属于法定从轻、减轻情形，拟罚款已为法定最低额，不予采纳，维持拟处罚意见。",
        ("R", f"复核人（签名）：{O1}  {O2}    张雯    2024年8月6日"),
    ]], key="statement")

    v.add("行政处罚决定审批表", APPROVE, [[("H", AGENCY), ("H", "行政处罚决定审批表"), ("T", [
        ["当事人", PARTY],
        ["拟处罚内容", f"没收违法所得{INCOME:,}元，罚款{FINE:,}元"],
        ["承办人意见", f"{O1} {O2}  2024年9月6日"],
        ["负责人审批", "同意。杜明  2024年9月9日"],
    ])]], key="approve")

    v.add("行政处罚决定书", DECISION, [[("H", AGENCY), ("H", "行政处罚决定书"), ("R", DN),
        f"当事人：{PARTY}    统一社会信用代码：{CREDIT}",
        f"法定代表人：{LEGAL_REP}    住所：{ADDR}",
        f"经查，2024年6月15日20时30分至21时35分，当事人在{VENUE}举办“夏夜·星澜民谣专场”营业性演出，未经文化"
        f"主管部门批准，售出门票{TICKETS}张，每张{PRICE}元，违法所得{INCOME:,}元。上述事实有现场检查（勘验）笔录、"
        "询问笔录、票务平台销售数据、演出海报、现场照片及执法记录仪视频等证据证实。",
        f"本局于2024年7月29日向当事人送达{GN}告知书，当事人提出陈述申辩，经复核不予采纳。",
        f"本局认为，当事人的行为违反了{LAW}第十三条的规定。鉴于当事人初次违法、立即停止演出、积极配合调查，予以从轻"
        f"处罚。依据{LAW}第四十四条第一款的规定，决定：一、没收违法所得人民币{rmb_upper(INCOME)}（¥{INCOME:,}）；"
        f"二、罚款人民币{rmb_upper(FINE)}（¥{FINE:,}）。",
    ], [
        "当事人应自收到本决定书之日起十五日内将罚没款缴至四川省非税收入收缴代理银行。到期不缴纳罚款的，本局将依据"
        "《中华人民共和国行政处罚法》第五十一条的规定，每日按罚款数额的百分之三加处罚款。",
        "如不服本决定，可在收到本决定书之日起六十日内向绵阳市涪城区人民政府申请行政复议，或者在六个月内直接向"
        "绵阳市涪城区人民法院提起行政诉讼。",
        ("R", f"{AGENCY}（印章）"), ("R", "2024年9月10日"),
    ]], number=DN, key="decision")

    v.add("行政处罚信息公示记录", PUBLISH, [[("H", "行政处罚信息公示记录"), ("T", [
        ["文号", DN], ["相对人", PARTY], ["处罚结果", f"没收违法所得{INCOME:,}元，罚款{FINE:,}元"],
        ["决定日期", "2024-09-10"], ["公示平台", "信用中国（四川绵阳）、涪城区人民政府网站"], ["公示日期", "2024-09-13"],
    ])]], key="publish")

    v.add("送达回证（决定书）", SERVED, [rc("行政处罚决定书", DN, "2024年9月25日")], key="decision_rc")

    v.add("罚没款缴款凭证", PAY, [[("H", "四川省非税收入一般缴款书（回单）"), ("T", [
        ["缴款人", PARTY], ["执收单位", AGENCY], ["项目", f"罚款（{DN}）"],
        ["金额", f"人民币{rmb_upper(FINE)}  ¥{FINE:,}.00"], ["日期", "2024-10-10"],
    ]), ("H", "四川省非税收入一般缴款书（回单）"), ("T", [
        ["缴款人", PARTY], ["执收单位", AGENCY], ["项目", f"没收违法所得（{DN}）"],
        ["金额", f"人民币{rmb_upper(INCOME)}  ¥{INCOME:,}.00"], ["日期", "2024-10-10"],
    ])]], key="payment")

    v.add("结案审批表", CLOSE, [[("H", AGENCY), ("H", "结案审批表"), ("T", [
        ["当事人", PARTY], ["决定书文号", DN],
        ["执行情况", f"2024年10月10日缴纳罚款{FINE:,}元、没收违法所得{INCOME:,}元，履行完毕"],
        ["承办人", f"{O1} {O2}  2024年10月14日"], ["负责人审批", "同意结案。邓志刚  2024年10月15日"],
    ]), ("H", "备考表"),
        "本卷共{pages}页，另有执法记录仪视频光盘1张。立卷人：陈思  检查人：张雯  2024年10月18日",
    ]], key="close")

    v.paginate()
    last = v.docs[-1].pages[0]
    v.docs[-1].pages[0] = [b.replace("{pages}", str(v.page_count)) if isinstance(b, str) else b for b in last]

    meta = {
        "case_id": CASE_ID,
        "codes": ["LAW-04", "SERV-01"],
        "encoding": "pdf-image",
        "agency": AGENCY,
        "party": {"name": PARTY, "kind": "单位", "credit_code": CREDIT, "id_number": None},
        "fine": FINE,
        "procedure": "普通",
        "dates": {"filing": FILING, "notice": NOTICE, "decision": DECISION, "decision_served": SERVED},
        "citations": [
            {"law": LAW, "article": 13, "paragraph": None, "item": None, "role": "violated"},
            {"law": LAW, "article": 44, "paragraph": 1, "item": None, "role": "penalty"},
        ],
        "ids": {"id_numbers": [REP_ID], "credit_codes": [CREDIT]},
        "assert": [
            ("days_le", FILING, DECISION, 90),
            ("wd_gt", DECISION, SERVED, 7),
            ("wd_le", DECISION, PUBLISH, 7),
            ("order", [INSPECT, FILING, INQUIRY, REPORT, REVIEW, DISCUSS, NOTICE, NOTICE_SERVED, STATEMENT, RECHECK,
                       APPROVE, DECISION, SERVED, PAY, CLOSE]),
            ("range", FINE, 50000, 100000),
        ],
        "notes": (
            "LAW-04: 决定书 second page (p.{decision2}) says '到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》"
            "第五十一条的规定，每日按罚款数额的百分之三加处罚款' — an old template: in the 2021 text in force on "
            "2024-09-10 the 加处罚款 rule is 第七十二条第一款第（一）项 and 第五十一条 is the 简易程序 article, so the "
            "number exists only with this meaning in the superseded (2017) version (no 款/项 given, so not LAW-03). "
            "SERV-01: 决定书 dated 2024-09-10, handed to the legal representative on 2024-09-25 (送达回证 p.{decision_rc}); "
            f"that is {workdays_after(DECISION, SERVED)} working days (中秋 2024-09-15..17, 9-14 a 调休 workday), more than "
            "the 7 of 行政处罚法 第六十一条/第八十五条, with no on-the-spot delivery. Everything else is in order: "
            "fine 50,000 = statutory minimum of 营业性演出管理条例 第四十四条第一款 with 从轻 grounds stated, 违法所得 "
            "96x80 = 7,680 confiscated on its own voucher, 复议 to 绵阳市涪城区人民政府 (correct after 2024-01-01), "
            "published 3 working days after the decision."
        ),
    }
    return v, meta
