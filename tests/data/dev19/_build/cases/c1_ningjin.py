"""Case 1 — 2013, 河北省宁晋县质量技术监督局, BV电线导体电阻不合格 (产品质量法 2009).

Format: one plain-text file, GB18030, CRLF, form feeds between pages. Defects: EVID-03,
SUBJ-02, EVID-01, SERV-02, DOC-05 (see LABEL notes).
"""
from common import Case, Doc, cn, cn_upper, id_number, org_code_check, regno15, rmb_upper

CASE_ID = "hb-ningjin-zhijian-2013-017"
AG = "宁晋县质量技术监督局"
PARTY = "宁晋县鑫泰线缆有限公司"
REGNO = regno15("13052800001234")
ORG = "55760318-" + org_code_check("55760318")
ADDR = "河北省宁晋县凤凰镇工业区纬三路18号"
LEGAL = "郭䶮"          # GB18030-only character (U+4DAE): not encodable in GBK
AGENT = "杜建明"
AGENT_ID = id_number("130528", "19790516", "301")
O1, O1N = "张建国", "冀质监执13052807"
O2, O2N = "刘卫东", "冀质监执13052812"
REVIEW = "赵文华"
HEAD = "孙立群"
NO_FILE = "宁质监立字〔2013〕17号"
NO_SEAL = "宁质监封字〔2013〕09号"
NO_NOTICE = "宁质监告字〔2013〕17号"
NO_DEC = "宁质监罚字〔2013〕17号"
LOTS = [("20130226", 120), ("20130307", 80), ("20130315", 40)]
PRICE = 112
TRUE_VALUE = sum(q * PRICE for _, q in LOTS)      # 26880
STATED_VALUE = 27880                                # addition error in the file (EVID-03)
FINE = STATED_VALUE                                 # 货值金额等值 on the wrong total
QTY = sum(q for _, q in LOTS)

DATES = dict(sampling="2013-03-19", result_served="2013-04-11", no_objection="2013-04-15",
             filing="2013-04-16", inspection="2013-04-16", inquiry="2013-04-18",
             report="2013-04-24", review="2013-04-25", notice="2013-04-26",
             approval="2013-05-06", decision="2013-05-07", decision_served="2013-05-08",
             destroy="2013-05-20", payment="2013-05-20", closing="2013-06-05")


def lot_rows():
    rows = [["批号", "规格型号", "数量（卷）", "单价（元/卷）", "金额（元）"]]
    for lot, q in LOTS:
        rows.append([lot, "BV 450/750V 1×2.5mm²", str(q), str(PRICE), str(q * PRICE)])
    rows.append(["合计", "", str(QTY), "", str(STATED_VALUE)])
    return rows


def build():
    d = DATES
    docs = []
    docs.append(Doc("cover", "案卷封面", [[
        ("title", "宁晋县质量技术监督局"),
        ("title", "行 政 处 罚 案 卷"),
        ("gap", 1),
        ("l", f"案　　由：{PARTY}生产不符合保障人身、财产安全国家标准的电线案"),
        ("l", f"当 事 人：{PARTY}"),
        ("l", f"处罚决定书文号：{NO_DEC}"),
        ("l", f"立案日期：{cn(d['filing'])}　　结案日期：{cn(d['closing'])}"),
        ("l", "承 办 人：张建国　刘卫东"),
        ("l", "保管期限：长期　　　　本卷共 1 册 第 1 册"),
        ("l", "归 档 号：2013-017"),
    ]], numbered=False))

    body = []  # (key, title, pages, date, docno)

    body.append(("filing", "立案审批表", [[
        ("title", "立 案 审 批 表"),
        ("sub", NO_FILE),
        ("table", [
            ["案件来源", "监督抽查（2013年第一季度河北省电线电缆产品质量监督抽查）"],
            ["当事人", f"{PARTY}\n法定代表人：{LEGAL}\n地址：{ADDR}\n营业执照注册号：{REGNO}\n组织机构代码：{ORG}"],
            ["案情摘要", f"{cn(d['sampling'])}，省局组织的监督抽查在当事人成品库抽取BV 450/750V 1×2.5mm²聚氯乙烯绝缘电线（批号20130307）。经邢台市产品质量监督检验所检验（报告编号XT2013-DL-0386），导体电阻（20℃）实测8.96Ω/km，标准要求≤7.41Ω/km，判定不合格。检验结果已于{cn(d['result_served'])}送达，当事人于{cn(d['no_objection'])}书面表示无异议，未申请复检。"],
            ["承办人意见", f"当事人涉嫌生产不符合保障人身、财产安全的国家标准的电线，违反《中华人民共和国产品质量法》第十三条第二款的规定，建议立案调查，并对库存同型号产品实施查封。\n承办人：张建国　刘卫东　　{cn(d['filing'])}"],
            ["股室意见", f"同意立案。　　　　　稽查股　王振海　{cn(d['filing'])}"],
            ["局领导审批", f"同意立案，同意查封，由张建国、刘卫东承办。\n　　　　　　　　　　　　孙立群　{cn(d['filing'])}"],
        ], [1, 4]),
    ]], d["filing"], NO_FILE))

    body.append(("inspection", "现场检查笔录", [[
        ("title", "现 场 检 查 笔 录"),
        ("l", f"检查时间：{cn(d['inspection'])}9时30分至11时10分"),
        ("l", f"检查地点：{ADDR}（当事人成品库）"),
        ("l", f"被检查人：{PARTY}　　　在场人：{AGENT}（生产厂长）"),
        ("l", f"检查人：{O1}（执法证号：{O1N}）、{O2}（执法证号：　　　　）"),
        ("l", "记录人：刘卫东"),
        ("p", f"检查情况：检查人员向在场人{AGENT}出示了行政执法证件，说明来意。经检查，当事人成品库东侧货架存放与抽查不合格样品同型号的BV 450/750V 1×2.5mm²聚氯乙烯绝缘电线共三个批次：批号20130226计120卷、批号20130307计80卷、批号20130315计40卷，每卷100米，合格证及包装标识均为“鑫泰”牌。据在场人介绍，上述产品均为当事人自产，尚未销售。检查人员对上述240卷电线拍照取证，并当场实施查封，送达《查封（扣押）决定书》（{NO_SEAL}）及查封物品清单。"),
        ("p", "生产现场拉丝车间正在生产，检查人员调取了2013年2月至3月的生产记录和原材料（铜杆）进货单据复印件，在场人在复印件上签字确认。"),
        ("l", "以上笔录经在场人阅读，无异议。"),
        ("sig", "被检查人（在场人）签名：｜杜建明　2013.4.16"),
        ("sig", "检查人签名：｜张建国　刘卫东"),
    ]], d["inspection"], None))

    body.append(("seal", "查封（扣押）决定书及物品清单", [[
        ("title", "查封（扣押）决定书"),
        ("sub", NO_SEAL),
        ("l", f"{PARTY}："),
        ("p", f"经查，你单位生产的BV 450/750V 1×2.5mm²聚氯乙烯绝缘电线经监督抽查检验不合格，涉嫌违反《中华人民共和国产品质量法》第十三条第二款的规定。根据《中华人民共和国产品质量法》第十八条第一款第（四）项和《中华人民共和国行政强制法》第二十四条的规定，本局决定对你单位下列物品予以查封，查封期限为三十日（自{cn(d['inspection'])}起至2013年5月15日止）。查封物品存放于你单位成品库，由你单位负责保管，不得擅自启封、转移、销售。"),
        ("table", [["序号", "物品名称", "规格", "批号", "数量"],
                   ["1", "聚氯乙烯绝缘电线", "BV 1×2.5mm²", "20130226", "120卷"],
                   ["2", "聚氯乙烯绝缘电线", "BV 1×2.5mm²", "20130307", "80卷"],
                   ["3", "聚氯乙烯绝缘电线", "BV 1×2.5mm²", "20130315", "40卷"]], [1, 3, 2, 2, 1]),
        ("p", "你单位如不服本决定，可以在收到本决定书之日起六十日内向邢台市质量技术监督局或者宁晋县人民政府申请行政复议，也可以在三个月内依法向宁晋县人民法院提起行政诉讼。"),
        ("r", AG),
        ("r", cn(d["inspection"])),
        ("seal", AG),
        ("sig", "当事人签收：｜杜建明　2013.4.16"),
    ]], d["inspection"], NO_SEAL))

    body.append(("inquiry", "询问笔录", [[
        ("title", "询 问 笔 录"),
        ("l", f"时间：{cn(d['inquiry'])}14时05分至15时20分　　地点：宁晋县质量技术监督局稽查股办公室"),
        ("l", f"询问人：{O1}（{O1N}）、{O2}（{O2N}）　　记录人：{O2}"),
        ("l", f"被询问人：{AGENT}　性别：男　年龄：33岁　职务：生产厂长"),
        ("l", f"身份证号码：{AGENT_ID}　电话：13931958026"),
        ("l", f"工作单位：{PARTY}"),
        ("p", "问：你今天来是代表谁？有无委托手续？"),
        ("p", f"答：我代表{PARTY}，带来了法定代表人{LEGAL}签字、公司盖章的授权委托书，还有营业执照副本、组织机构代码证复印件。"),
        ("p", "问：你公司生产的BV2.5电线经省局监督抽查不合格，你是否知道？"),
        ("p", "答：知道，4月11日收到了检验结果通知书，我们对结果没有异议。"),
        ("p", "问：不合格的原因是什么？"),
        ("p", "答：今年2月底到3月中旬，我们从一个小厂进了一批铜杆，价格便宜一些，拉出来的线导体电阻偏大。当时厂里的电阻测试仪坏了，没有逐批检测。"),
        ("p", "问：用这批铜杆生产的BV2.5电线一共多少？卖出去多少？"),
        ("p", "答：一共三个批次，20130226批120卷、20130307批80卷、20130315批40卷，都在成品库，4月16日你们都查封了，一卷也没卖。"),
        ("p", "问：出厂价多少？"),
        ("p", "答：出厂价每卷112元，这是给经销商的价格，有价格表和以前的销售单据。"),
        ("p", "问：你还有什么要补充的？"),
        ("p", "答：没有了，我们以后一定加强原材料进货检验。"),
        ("l", "以上笔录我看过，和我说的一样。"),
        ("sig", "被询问人：｜杜建明　2013年4月18日"),
        ("sig", "询问人：｜张建国　刘卫东"),
    ]], d["inquiry"], None))

    body.append(("report", "案件调查终结报告", [[
        ("title", "案件调查终结报告"),
        ("l", f"案由：{PARTY}生产不符合保障人身、财产安全国家标准的电线案"),
        ("l", f"当事人：{PARTY}，法定代表人{LEGAL}，住所{ADDR}，营业执照注册号{REGNO}。"),
        ("p", f"一、案件来源及调查经过。本案系2013年第一季度省级监督抽查移交案件。{cn(d['filing'])}经局长批准立案，同日对当事人成品库实施现场检查并查封库存产品，{cn(d['inquiry'])}对当事人委托代理人{AGENT}进行了询问。"),
        ("p", "二、违法事实。当事人于2013年2月26日至3月15日，使用外购铜杆生产BV 450/750V 1×2.5mm²聚氯乙烯绝缘电线三个批次，经检验导体电阻不符合GB 5023.3-2008的要求。上述产品均未销售，货值金额计算如下："),
        ("table", lot_rows(), [2, 3, 2, 2, 2]),
        ("p", f"以上合计货值金额{STATED_VALUE}元。"),
        ("p", "三、证据。1.监督抽查抽样单、检验报告及检验结果通知书；2.现场检查笔录及照片；3.查封决定书及清单；4.询问笔录；5.生产记录、出厂价格表、销售单据复印件；6.营业执照、组织机构代码证复印件及授权委托书。"),
        ("p", "四、定性及处理意见。当事人的行为违反了《中华人民共和国产品质量法》第十三条第二款的规定。依据该法第四十九条，当事人系初次违法，积极配合调查，产品未流入市场，建议从轻处罚：1.责令停止生产不合格电线；2.没收查封的电线240卷；3.处货值金额等值罚款27880元。"),
        ("sig", "承办人：｜张建国　刘卫东"),
        ("r", cn(d["report"])),
    ]], d["report"], None))

    body.append(("review", "案件审理意见书", [[
        ("title", "案件审理意见书"),
        ("l", f"审理时间：{cn(d['review'])}　　审理地点：局三楼会议室"),
        ("l", f"参加人员：孙立群（局长）、李保军（副局长）、赵文华（法制股）、王振海（稽查股）、张建国（承办人）"),
        ("p", f"承办人汇报了案件事实、证据、定性和处理意见。法制股{REVIEW}认为，本案事实清楚，证据充分，适用《产品质量法》第十三条第二款、第四十九条正确，程序合法；当事人能主动配合，产品全部被查封未流入市场，可以从轻，按货值金额等值处罚。"),
        ("p", f"审理结论：同意承办人意见。责令停止生产，没收查封的电线240卷，罚款27880元。下一步向当事人送达行政处罚告知书，告知陈述、申辩和听证权利。"),
        ("sig", "参加人员签名：｜孙立群　李保军　赵文华　王振海　张建国"),
        ("sig", "记录人：｜刘卫东"),
    ]], d["review"], None))

    notice_pages = [[
        ("title", "行政处罚告知书"),
        ("sub", NO_NOTICE),
        ("l", f"{PARTY}："),
        ("p", f"经查，你单位于2013年2月26日至3月15日生产的BV 450/750V 1×2.5mm²聚氯乙烯绝缘电线三个批次共240卷，经检验导体电阻不符合GB 5023.3-2008标准要求，货值金额{STATED_VALUE}元。以上事实有检验报告、现场检查笔录、询问笔录等证据为证。你单位的行为违反了《中华人民共和国产品质量法》第十三条第二款的规定。"),
        ("p", f"依据《中华人民共和国产品质量法》第四十九条的规定，本局拟对你单位作出如下行政处罚：1.责令停止生产；2.没收查封的不合格电线240卷；3.处货值金额等值罚款人民币{rmb_upper(FINE)}（{FINE}元）。"),
        ("p", "根据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条的规定，你单位可在收到本告知书之日起三日内向本局提出陈述、申辩，或者要求举行听证。逾期视为放弃上述权利。"),
        ("l", "联系人：张建国　联系电话：0319-5822317"),
        ("r", AG),
        ("r", cn(d["notice"])),
        ("seal", AG),
    ], [
        ("title", "送 达 回 证"),
        ("table", [
            ["送达文书名称及文号", f"行政处罚告知书　{NO_NOTICE}"],
            ["受送达人", PARTY],
            ["送达地点", ADDR],
            ["送达方式", "直接送达"],
            ["收件人签名或盖章", "✍杜建明"],
            ["收到日期", "　　年　　月　　日"],
            ["送达人", "✍张建国　刘卫东"],
            ["备注", ""],
        ], [2, 5]),
    ]]
    body.append(("notice", "行政处罚告知书及送达回证", notice_pages, d["notice"], NO_NOTICE))

    body.append(("approval", "行政处罚决定审批表", [[
        ("title", "行政处罚决定审批表"),
        ("table", [
            ["当事人", PARTY],
            ["告知情况", f"{cn(d['notice'])}送达行政处罚告知书（{NO_NOTICE}），当事人在规定期限内未提出陈述、申辩，未要求听证。"],
            ["拟处罚意见", f"1.责令停止生产；2.没收查封的BV 1×2.5mm²电线240卷；3.罚款{FINE}元。"],
            ["承办人", f"张建国　刘卫东　{cn(d['approval'])}"],
            ["法制股意见", f"同意。　赵文华　{cn(d['approval'])}"],
            ["局长审批", f"同意。　孙立群　{cn(d['approval'])}"],
        ], [1, 4]),
    ]], d["approval"], None))

    body.append(("decision", "行政处罚决定书", [[
        ("title", "宁晋县质量技术监督局"),
        ("title", "行政处罚决定书"),
        ("sub", NO_DEC),
        ("l", f"当事人：{PARTY}"),
        ("l", f"住所：{ADDR}"),
        ("l", f"法定代表人：{LEGAL}"),
        ("l", f"营业执照注册号：{REGNO}　组织机构代码：{ORG}"),
        ("p", f"经查，你单位于2013年2月26日至3月15日，在{ADDR}的生产车间，使用外购铜杆生产BV 450/750V 1×2.5mm²聚氯乙烯绝缘电线（批号20130226、20130307、20130315）共240卷。经邢台市产品质量监督检验所检验（报告编号XT2013-DL-0386），导体电阻不符合GB 5023.3-2008的要求。上述产品出厂价每卷112元，其中批号20130226计120卷、批号20130307计80卷、批号20130315计40卷，货值金额合计{STATED_VALUE}元，均未销售。"),
        ("p", "以上事实有监督抽查抽样单、检验报告、检验结果通知书、现场检查笔录及照片、查封决定书及清单、询问笔录、生产记录和出厂价格表等证据证明。"),
        ("p", f"你单位的上述行为违反了《中华人民共和国产品质量法》第十三条第二款的规定。本局于{cn(d['notice'])}向你单位送达了行政处罚告知书，你单位在法定期限内未提出陈述、申辩，也未要求听证。鉴于你单位系初次违法，积极配合调查，涉案产品全部被查封、未流入市场，本局决定从轻处罚。依据《中华人民共和国产品质量法》第四十九条的规定，决定如下："),
        ("p", f"1.责令停止生产不符合标准的BV 1×2.5mm²电线；2.没收查封的电线240卷；3.处货值金额等值罚款人民币{rmb_upper(FINE)}（{FINE}元）。"),
        ("p", "你单位应自收到本决定书之日起十五日内，持本决定书到中国农业银行宁晋县支行缴纳罚款。逾期不缴纳的，依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款。"),
        ("p", "如不服本处罚决定，可在收到本决定书之日起六十日内向邢台市质量技术监督局或者宁晋县人民政府申请行政复议，也可以在三个月内直接向宁晋县人民法院提起行政诉讼。行政复议或者行政诉讼期间，本决定不停止执行。"),
        ("r", AG),
        ("r", cn_upper(d["decision"])),
        ("seal", AG),
    ]], d["decision"], NO_DEC))

    body.append(("decision_srv", "送达回证（决定书）", [[
        ("title", "送 达 回 证"),
        ("table", [
            ["送达文书名称及文号", f"行政处罚决定书　{NO_DEC}"],
            ["受送达人", PARTY],
            ["送达地点", ADDR],
            ["送达方式", "直接送达"],
            ["收件人签名或盖章", "✍杜建明"],
            ["收到日期", "✍2013年5月8日"],
            ["送达人", "✍张建国　刘卫东"],
            ["备注", "收件人为当事人授权委托代理人"],
        ], [2, 5]),
    ]], d["decision_served"], None))

    body.append(("payment", "罚没款缴款书及罚没物品处理记录", [[
        ("title", "河北省非税收入一般缴款书（收据联）"),
        ("table", [
            ["缴款人", PARTY, "执收单位", AG],
            ["收入项目", "罚没收入—质监罚款", "决定书编号", NO_DEC],
            ["金额（大写）", rmb_upper(FINE), "（小写）", f"¥{FINE:.2f}"],
            ["收款银行", "中国农业银行宁晋县支行", "缴款日期", "2013-05-20"],
        ], [2, 3, 2, 3]),
        ("gap", 1),
        ("title", "罚没物品处理记录"),
        ("p", f"{cn(d['destroy'])}，执法人员张建国、刘卫东会同当事人代表{AGENT}，将{NO_DEC}决定没收的BV 1×2.5mm²电线240卷运至宁晋县质量技术监督局罚没物品库，当场剪断并作废铜处理，变卖款已按规定上缴国库。"),
        ("sig", "执法人员：｜张建国　刘卫东"),
        ("sig", "当事人代表：｜杜建明"),
    ]], d["payment"], None))

    body.append(("closing", "结案审批表", [[
        ("title", "结 案 审 批 表"),
        ("table", [
            ["案由", "生产不符合保障人身、财产安全国家标准的电线案"],
            ["当事人", PARTY],
            ["处罚决定", f"{NO_DEC}：责令停止生产；没收电线240卷；罚款{FINE}元"],
            ["执行情况", f"罚款{FINE}元已于2013年5月20日缴纳；没收物品已于同日处理"],
            ["承办人意见", f"已执行完毕，建议结案。张建国　刘卫东　{cn(d['closing'])}"],
            ["局长审批", f"同意结案。孙立群　{cn(d['closing'])}"],
        ], [1, 4]),
    ]], d["closing"], None))

    for key, title, pages, date, no in body:
        docs.append(Doc(key, title, pages, True, date, no))
    docs.append(Doc("beikao", "备考表", [[
        ("title", "备 考 表"),
        ("p", "本卷共有文件材料十二份，已编页码。案件证据照片另册装订于照片档案中，抽样单、检验报告原件存省局监督抽查档案。"),
        ("sig", "立卷人：｜刘卫东　2013年6月6日"),
        ("sig", "检查人：｜王振海　2013年6月7日"),
    ]], numbered=False))

    case = Case(CASE_ID, "text-gb18030-crlf")
    case.docs = docs
    ranges = case.number_pages()
    toc_rows = [["序号", "文件材料名称", "日期", "页号"]]
    for i, (key, title, pages, date, no) in enumerate(body, 1):
        a, b = ranges[key]
        toc_rows.append([str(i), title, date.replace("-", "") if date else "", f"{a}-{b}" if a != b else str(a)])
    toc = Doc("toc", "卷内目录", [[("title", "卷 内 目 录"), ("table", toc_rows, [1, 6, 2, 1])]], numbered=False)
    case.docs.insert(1, toc)
    return case, label(), ranges


def label():
    d = DATES
    return {
        "case_id": CASE_ID,
        "codes": ["EVID-03", "SUBJ-02", "EVID-01", "SERV-02", "DOC-05"],
        "encoding": "gb18030",
        "notes": (
            "2013 质监 case, old 行政处罚法 (1996/2009 numbering) and 行政复议法 (1999/2009); before "
            "2015-05-01 the 起诉期限 was 三个月, so '三个月内…提起行政诉讼' is correct here, and "
            "质监 was 省以下垂直管理 so 复议 to 邢台市质量技术监督局 or 宁晋县人民政府 is correct. "
            "No 统一社会信用代码 existed in 2013: the party carries a 15-digit 注册号 and an 组织机构代码 "
            "(both with valid check digits). The 法定代表人's name uses U+4DAE (GB18030 only). "
            "EVID-03: the 货值 table in the 调查终结报告 and the 决定书 lists 120+80+40 卷 × 112 元 = "
            "26880 元 but states the total as 27880 元; the fine (货值等值, 27880 元) was computed on "
            "the wrong total (still inside the 1–3× range of the true 货值, so no LAW-05). "
            "SUBJ-02: the 现场检查笔录 names 刘卫东 as second inspector with the 执法证号 left blank "
            "(his number 冀质监执13052812 is nowhere on that record). EVID-01: the 询问笔录 of 18 April "
            "records neither that certificates were shown nor that the party was told of 回避 (the "
            "现场检查笔录 does record 出示证件). SERV-02: the 送达回证 for the 行政处罚告知书 has the "
            "recipient's signature but the 收到日期 is blank, so the 陈述申辩/听证 period cannot be "
            "counted (PROC-05 unreviewable, not labelled); the same 回证 carries no date at all, which "
            "is also DOC-05 (a 送达回证 must be dated). Lawful details: 查封 30 days 4/16–5/15 and "
            "the decision (5/7) falls inside it; decision served next day; payment within 15 days."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": None, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"],
                      "decision_served": d["decision_served"]},
            "citations": [
                {"law": "《中华人民共和国产品质量法》", "article": 13, "paragraph": 2, "item": None, "role": "violated"},
                {"law": "《中华人民共和国产品质量法》", "article": 49, "paragraph": None, "item": None, "role": "penalty"},
            ],
        },
    }
