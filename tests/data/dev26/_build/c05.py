"""dev26_05: 成都市邮政管理局, 未取得快递业务经营许可经营快递业务 (邮政法 51/72), 2017, party a natural person.
Plain text in GB18030 with CRLF, as copied out of a PDF viewer: hard wraps every 38 characters, the running
header and the page number repeated at every page break."""
from lib import d_cn, d_std, make_id, upper_amount

CASE = "dev26_05"
AG = "成都市邮政管理局"
PARTY = "周德明"
PID = make_id("510116", "19850923", "371")
ADDR = "四川省成都市双流区东升街道棠湖西路一段88号附12号"
WIT = "刘䶮"  # U+4DAE: not in GBK, needs GB18030
O1, C1 = "何俊峰", "川YZ0127"
O2, C2 = "邓雪", "川YZ0219"
FINE, GAIN = 50000, 6420
NO_FILE = "成邮管立〔2017〕31号"
NO_DEC = "成邮管罚〔2017〕27号"
NO_NOTICE_BLANK = "成邮管罚告〔2017〕　　号"
D = dict(inspect="2017-08-09", filing="2017-08-14", inquiry="2017-08-16", witness="2017-08-17",
         report="2017-09-20", discuss="2017-09-26", notice="2017-09-28", notice_served="2017-09-29",
         approve="2017-10-13", decision="2017-10-16", served="2017-10-17", paid="2017-10-30", closing="2017-11-08")
W = 38
BODY = 34
HEADER = "成都市邮政管理局　行政处罚案卷　成邮管罚〔2017〕27号"


def docs(ranges=None):
    d = D
    out = []
    out.append(("封面", False, [
        "", "", "^成都市邮政管理局", "", "^行政处罚案卷", "", "",
        f"案由：未取得快递业务经营许可经营快递业务",
        f"当事人：{PARTY}", f"决定书文号：{NO_DEC}",
        f"立案日期：2017.8.14　　结案日期：2017.11.8",
        "处理结果：没收违法所得6420元，罚款5万元",
        f"保管期限：长期　　本卷共13件{(ranges[-1].split('-')[-1]) if ranges else '　'}页", "立卷人：邓雪"]))
    names = [("立案审批表", "20170814"), ("现场检查笔录", "20170809"), ("询问笔录（周德明）", "20170816"),
             (f"询问笔录（{WIT}）", "20170817"), ("收寄记录、收款记录复印件", "20170809"), ("案件调查终结报告", "20170920"),
             ("重大案件集体讨论记录", "20170926"), ("行政处罚告知书及送达回证", "20170928"), ("行政处罚决定审批表", "20171013"),
             ("行政处罚决定书", "20171016"), ("送达回证", "20171017"), ("罚没款缴款书", "20171030"), ("结案审批表", "20171108")]
    toc = ["^卷内目录", "", "序号　文件名称　　　　　　　　　　日期　　　页号"]
    for i, (n, dd) in enumerate(names):
        rg = ranges[i] if ranges else "0"
        toc.append(f"{i + 1}　{n}" + "　" * max(1, 17 - len(n)) + f"{dd}　{rg}")
    out.append(("卷内目录", False, toc))
    out.append(("立案审批表", True, [
        "^立案审批表", f">{NO_FILE}",
        "案件来源：现场检查",
        f"当事人：{PARTY}，男，1985年9月23日出生，身份证号码{PID}，住址{ADDR}，联系电话135****8802。",
        "案由：涉嫌未取得快递业务经营许可经营快递业务",
        "立案时间：2017年8月14日",
        "简要案情：2017年8月9日，我局执法人员在双流区东升街道开展寄递市场清理整顿检查时发现，"
        f"{PARTY}在其经营的“德明快递代理点”内收寄快件，现场有待发快件37件，未能出示快递业务经营许可证。"
        "当事人涉嫌违反《中华人民共和国邮政法》第五十一条第一款的规定。",
        f"承办人意见：建议立案调查。承办人：{O1}　{O2}　2017.8.14",
        "", "<PAGE>",
        "部门负责人意见：同意立案，由何俊峰、邓雪承办。",
        "签名：罗小林　　2017.8.14",
        "局负责人审批意见：同意。",
        "签名：杨志刚　　2017.8.14"]))
    out.append(("现场检查笔录", True, [
        "^现场检查笔录",
        "检查时间：2017年8月9日10时15分至11时30分",
        f"检查地点：{ADDR}（“德明快递代理点”）",
        f"被检查人：{PARTY}　身份证号码：{PID}",
        f"检查人员：{O1}（执法证号：{C1}）、{O2}（执法证号：{C2}）",
        "记录人：邓雪",
        f"检查人员向被检查人出示了执法证件，说明了检查目的和依据，并告知被检查人有申请回避的权利，被检查人表示不申请回避。",
        "检查情况：该场所门头悬挂“德明快递代理点”招牌，室内有电子秤1台、面单打印机1台、快递包装袋若干，"
        "货架上有已收寄待发的快件37件，快件面单为手写“德明快递”自制面单。被检查人未能出示快递业务经营许可证，"
        "也不能出示与取得快递业务经营许可的企业签订的代理或者加盟协议。检查人员对现场拍照，复制了收寄登记本第1页至第43页。",
        "被检查人意见：以上情况属实。",
        f"被检查人签名：{PARTY}　　检查人员签名：{O1}　{O2}",
        "2017年8月9日"]))
    out.append(("询问笔录", True, [
        "^询问笔录",
        "时间：2017年8月16日14时30分至15时40分",
        "地点：成都市邮政管理局市场监管科",
        f"询问人：{O1}（川YZ0127）　　记录人：{O2}（川YZ0219）",
        f"被询问人：{PARTY}，男，32岁，身份证号码{PID}，住址{ADDR}。",
        "",
        f"执法人员向{PARTY}询问其收寄快件的有关情况，{PARTY}陈述如下：",
        "我从2017年3月开始在棠湖西路租了门面，挂“德明快递代理点”的牌子，帮附近的商户和居民寄东西，主要是衣服、茶叶和小家电。"
        "我自己印了“德明快递”的面单，收件时称重收钱，每件按重量收5元到12元不等，平均一件5块钱左右。收到的件我每天晚上开自己的面包车送到"
        "新津、龙泉几家快递公司的网点，用他们的单号发出去，派件也是我接了以后送上门。",
        "我没有办快递业务经营许可证，也没有和哪家快递公司签合同，我以为开个代理点不需要许可。",
        "从3月到8月9日被你们检查时，一共收寄了1284件，按收寄登记本和微信收款记录统计，一共收了6420元，没有扣除付给网点的钱。"
        "8月9日检查以后我已经把招牌拆了，不再收件，剩下的37件已经全部退还给寄件人。",
        "我愿意接受处理，请求从轻处罚。",
        "",
        "以上笔录我已看过，与我说的一致。",
        f"被询问人签名：{PARTY}　　2017.8.16",
        f"询问人签名：{O1}　　记录人签名：{O2}"]))
    out.append(("询问笔录", True, [
        "^询问笔录",
        "时间：2017年8月17日9时50分至10时20分　　地点：东升街道棠湖社区居委会",
        f"询问人：{O1}（执法证号{C1}）　记录人：{O2}（执法证号{C2}）",
        f"被询问人：{WIT}，女，身份证号码{make_id('510116', '19920411', '208')}，与本案关系：证人。",
        f"问：我们是成都市邮政管理局执法人员，这是我们的执法证件。你有权申请回避，是否申请？",
        "答：不申请。",
        "问：你有没有在“德明快递代理点”寄过快件？",
        "答：寄过，今年4月到7月我开网店，大概寄了二十几次，每件收我6块钱，用的是他们自己的单子。",
        "问：以上记录是否属实？",
        "答：属实，我看过了。",
        f"被询问人：{WIT}　　2017年8月17日",
        f"询问人：{O1}　记录人：{O2}"]))
    out.append(("证据材料", True, [
        "^收寄登记本、微信收款记录（复印件）摘要",
        "收寄登记本：2017年3月6日至2017年8月9日，共43页，登记快件1284件。",
        "微信收款记录：2017年3月6日至2017年8月9日，收款合计6420.00元。",
        f"以上复印件与原件核对无误。提供人：{PARTY}　2017.8.16"]))
    out.append(("案件调查终结报告", True, [
        "^案件调查终结报告",
        f"当事人：{PARTY}，身份证号码{PID}，住址{ADDR}。",
        "违法事实：当事人自2017年3月6日至2017年8月9日，在未取得快递业务经营许可的情况下，以“德明快递代理点”名义从事快件收寄、派送活动，"
        "共收寄快件1284件，收取寄递费用6420元，违法所得6420元。",
        "证据：现场检查笔录、现场照片、询问笔录2份、收寄登记本及微信收款记录复印件、当事人身份证复印件。",
        "定性及依据：当事人的行为违反了《中华人民共和国邮政法》第五十一条第一款的规定，依据《中华人民共和国邮政法》第七十二条第一款的规定应予处罚。",
        "裁量理由：当事人系初次违法，经营规模较小，检查后立即停止经营并退还全部待发快件，积极配合调查，建议在法定幅度内按最低限处罚。",
        "处理建议：责令改正，没收违法所得6420元，并处罚款5万元。",
        f"承办人：{O1}　{O2}　　2017年9月20日"]))
    out.append(("重大案件集体讨论记录", True, [
        "^重大案件集体讨论记录",
        "时间：2017年9月26日15时　　地点：局二楼会议室",
        "主持人：杨志刚　　记录人：邓雪",
        "出席人员：杨志刚、罗小林、陈宏、王珊珊",
        "讨论内容：承办人汇报案情。",
        "罗小林：事实清楚，当事人已停止经营，同意按最低限罚款5万元。",
        "陈宏：同意。王珊珊：同意，注意告知听证权利。",
        "结论：同意没收违法所得6420元，罚款5万元，按程序告知。",
        "出席人员签名：杨志刚　罗小林　陈宏　王珊珊"]))
    out.append(("行政处罚告知书", True, [
        "^成都市邮政管理局",
        "^行政处罚告知书",
        f">{NO_NOTICE_BLANK}",
        f"{PARTY}：",
        "经查，你自2017年3月6日至2017年8月9日，未取得快递业务经营许可，以“德明快递代理点”名义经营快递业务，收寄快件1284件，违法所得6420元。",
        "你的上述行为违反了《中华人民共和国邮政法》第五十一条第一款的规定。依据《中华人民共和国邮政法》第七十二条第一款的规定，本局拟对你作出如下行政处罚：",
        "一、没收违法所得6420元；",
        "二、罚款5万元。",
        "根据《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条的规定，你有权进行陈述和申辩，并可在收到本告知书之日起三日内提出听证要求。逾期未提出的，视为放弃上述权利。",
        "联系人：何俊峰　　电话：028-8662****",
        ">成都市邮政管理局（印章）",
        f">{d_cn(d['notice'])}",
        "",
        "^送达回证",
        f"送达文书：行政处罚告知书",
        f"受送达人：{PARTY}",
        f"送达地点：{ADDR}",
        "送达方式：直接送达",
        f"受送达人签名：{PARTY}　　2017年9月29日",
        f"送达人：{O1}　{O2}"]))
    out.append(("行政处罚决定审批表", True, [
        "^行政处罚决定审批表",
        f"当事人：{PARTY}　身份证号码：{PID}",
        "案由：未取得快递业务经营许可经营快递业务",
        "告知情况：2017年9月29日直接送达行政处罚告知书，当事人在规定期限内未提出陈述、申辩，未要求听证。",
        "拟处罚意见：没收违法所得6420元，罚款5万元。",
        f"承办人意见：建议作出行政处罚决定。",
        f"承办人签名：{O1}　{O2}　　日期：2017年10月13日",
        "", "<PAGE>",
        "部门负责人意见：同意承办人意见。",
        "签名：罗小林　　日期：2017年10月13日",
        "局负责人审批意见：同意。",
        "签名：杨志刚　　日期：　　年　　月　　日"]))
    out.append(("行政处罚决定书", True, [
        "^成都市邮政管理局",
        "^行政处罚决定书",
        f">{NO_DEC}",
        f"当事人：{PARTY}，男，1985年9月23日出生，身份证号码{PID}，住址{ADDR}。",
        "2017年8月9日，本局执法人员在检查中发现你涉嫌未取得快递业务经营许可经营快递业务，经批准于2017年8月14日立案调查。",
        "经查明：你自2017年3月6日至2017年8月9日，在未取得快递业务经营许可的情况下，在成都市双流区东升街道棠湖西路一段88号附12号以“德明快递代理点”名义经营快递业务，"
        "收寄快件1284件，收取寄递费用6420元，违法所得6420元。",
        f"以上事实有现场检查笔录、现场照片、对你和证人{WIT}的询问笔录、收寄登记本及微信收款记录复印件等证据证实。",
        "本局于2017年9月29日向你送达了行政处罚告知书，告知你拟作出行政处罚的事实、理由、依据及你依法享有的陈述、申辩和要求听证的权利。你在规定期限内未提出陈述、申辩，也未要求听证。",
        "本局认为，你的上述行为违反了《中华人民共和国邮政法》第五十一条第一款“经营快递业务，应当依照本法规定取得快递业务经营许可；未经许可，任何单位和个人不得经营快递业务”的规定。"
        "鉴于你系初次违法，经营规模较小，检查后立即停止经营并退还全部待发快件，积极配合调查，本局决定在法定幅度内按最低限处罚。"
        "依据《中华人民共和国邮政法》第七十二条第一款的规定，责令你改正违法行为，并决定：",
        "一、没收违法所得人民币陆仟肆佰贰拾元整（6420元）；",
        "二、罚款人民币伍万元整（50000元）。",
        "罚没款应自收到本决定书之日起十五日内缴至成都市非税收入汇缴结算户（开户行：中国工商银行成都市总府支行）。到期不缴纳罚款的，"
        "本局将依据《中华人民共和国行政处罚法》第五十一条第（一）项的规定，每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。",
        "如不服本决定，可以在收到本决定书之日起六十日内向四川省邮政管理局申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。",
        ">成都市邮政管理局（印章）",
        f">{d_cn(d['decision'])}"]))
    out.append(("送达回证", True, [
        "^送达回证",
        f"送达文书名称及文号：行政处罚决定书（{NO_DEC}）",
        f"受送达人：{PARTY}",
        f"送达地点：{ADDR}",
        "送达方式：直接送达",
        f"受送达人签名（捺印）：{PARTY}　　收到日期：2017年10月17日",
        f"送达人签名：{O1}　{O2}",
        "备注："]))
    out.append(("罚没款缴款书", True, [
        "^四川省非税收入一般缴款书（第二联　收据联）",
        "缴款人：周德明　　执收单位：成都市邮政管理局",
        "项目：罚没收入　　金额：56420.00",
        f"金额（大写）：{upper_amount(56420)}",
        "其中：罚款50000.00　没收违法所得6420.00",
        "缴款日期：2017-10-30　　收款银行：工商银行成都总府支行（转讫章）"]))
    out.append(("结案审批表", True, [
        "^结案审批表",
        f"当事人：{PARTY}",
        f"处罚决定：{NO_DEC}，没收违法所得6420元，罚款5万元。",
        "执行情况：当事人已于2017年10月30日缴纳罚没款56420元，违法行为已改正。",
        f"承办人意见：建议结案。{O1}　{O2}　2017.11.6",
        "负责人审批：同意结案。杨志刚　2017.11.8"]))
    out.append(("备考表", False, [
        "^卷内备考表",
        f"本卷情况说明：本卷共13件{(ranges[-1].split('-')[-1]) if ranges else '　'}页。现场照片6张、执法记录仪视频1段另存于音像资料库。",
        "立卷人：邓雪　　检查人：罗小林　　立卷时间：2017年11月15日"]))
    return out


def wrap38(s):
    """Hard wrap at W characters, as a PDF viewer copy gives the printed lines."""
    if s.startswith("^"):
        t = s[1:]
        return [("　" * max(0, (W - len(t)) // 2)) + t]
    if s.startswith(">"):
        t = s[1:]
        return [("　" * max(0, W - len(t) - 2)) + t]
    if not s:
        return [""]
    lines = []
    while len(s) > W:
        cut = W
        if s[cut] in "，。、；：？！）”》":
            cut += 1
        lines.append(s[:cut])
        s = s[cut:]
    lines.append(s)
    return lines


def render(ranges=None):
    pages = []  # (number or None, lines, doc)
    no = 1
    for title, numbered, paras in docs(ranges):
        cur = []
        chunks = [[]]
        for p in paras:
            if p == "<PAGE>":
                chunks.append([])
            else:
                chunks[-1].extend(wrap38(p))
        for chunk in chunks:
            while chunk:
                take, chunk = chunk[:BODY], chunk[BODY:]
                pages.append((no if numbered else None, take, title))
                if numbered:
                    no += 1
    text_lines = []
    for num, lines, _ in pages:
        text_lines.append(HEADER)
        text_lines.append("")
        text_lines.extend(lines)
        text_lines.append("")
        if num is not None:
            text_lines.append(f"— {num} —")
        text_lines.append("")
    return pages, text_lines


def first_page_of(title, n, pages):
    """True when page n starts a new document instance (a second 询问笔录 follows the first)."""
    for num, lines, t in pages:
        if num == n:
            return bool(lines) and lines[0].strip() in ("询问笔录",) and n != 1 and title == "询问笔录"
    return False


def build(out_dir):
    d = D
    pages, _ = render()
    order, rng = [], {}
    seq = 0
    prev = None
    for n, _, t in pages:
        if n is None:
            prev = None
            continue
        if t != prev or (t == "询问笔录" and n - 1 not in rng.get(("q", seq), [])):
            pass
        prev = t
    # group consecutive numbered pages by document instance
    groups = []
    last_t = None
    for n, _, t in pages:
        if n is None:
            last_t = None
            continue
        if groups and t == last_t and not first_page_of(t, n, pages):
            groups[-1][2] = n
        else:
            groups.append([t, n, n])
        last_t = t
    ranges = [f"{a}-{b}" if a != b else f"{a}" for _, a, b in groups]
    assert len(ranges) == 13, groups
    pages, lines = render(ranges)
    text = "\r\n".join(lines) + "\r\n"
    data = text.encode("gb18030")
    with open(f"{out_dir}/{CASE}.txt", "wb") as fh:
        fh.write(data)
    nums = {t: [] for _, _, t in pages}
    for n, _, t in pages:
        nums[t].append(n)
    label = {
        "case_id": CASE,
        "codes": ["EVID-01", "DOC-03", "DOC-05"],
        "encoding": "gb18030",
        "notes": (
            "EVID-01: the 询问笔录 of 周德明 (2017-08-16) is written in narrative form and records neither that the officers "
            "showed their certificates nor that he was told of the right to apply for 回避 (the officers' certificate numbers are listed in the header, but nothing says they were shown); the "
            "现场检查笔录 and the witness 笔录 do record both, so the gap is specific to that document. "
            "DOC-03: the 行政处罚告知书 carries the unfilled number 成邮管罚告〔2017〕　　号 (template blank, no sequence number). "
            "DOC-05: the 行政处罚决定审批表 runs onto a second page; its last line, the 局负责人审批 signature, has the date left "
            "blank (日期：　　年　　月　　日) while the other lines are dated. Lawful features: 2017 decision cites the old 行政处罚法 "
            "numbering (第三十一条、第三十二条、第四十二条, 第五十一条第（一）项) correctly; hearing request window 三日 is the old law's; "
            "复议 to 四川省邮政管理局 is correct (vertically managed); fine at the statutory minimum 5万 with reasons; 集体讨论 "
            "held; witness name 刘䶮 uses U+4DAE, which GBK cannot encode (file is GB18030)."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "个人", "credit_code": None, "id_number": PID},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": d["filing"], "notice": d["notice"], "decision": d["decision"], "decision_served": d["served"]},
            "citations": [
                {"law": "《中华人民共和国邮政法》", "article": 51, "paragraph": 1, "item": None, "role": "violated"},
                {"law": "《中华人民共和国邮政法》", "article": 72, "paragraph": 1, "item": None, "role": "penalty"}]},
    }
    check = {"file": f"{CASE}.txt", "kind": "txt", "encoding": "gb18030", "crlf": True, "width": W,
             "pages": len(pages), "header": HEADER, "page_numbers": nums,
             "must_contain": [PARTY, PID, NO_DEC, NO_NOTICE_BLANK, WIT, "二〇一七年十月十六日", "第七十二条第一款",
                              "日期：　　年　　月　　日", "2017-10-30", "2017.8.14"]}
    return label, check
