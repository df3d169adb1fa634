"""Case 06: 四川 绵阳涪城 2025, 医疗保障/医保基金 (超量开药). One DOCX; some values in frames / VML text boxes;
footer 第 X 页，共 Y 页 (PAGE/NUMPAGES fields, all pages counted)."""
import subprocess
import tempfile
from pathlib import Path

from common import OUT, credit_code, id_number, daxie
from docgen import new_docx, para, framed, textbox, page_break, docx_table, page_footer, red_seal_text

CASE_ID = "06_四川绵阳_医保基金_济泽骨伤医院"
CC = credit_code("91510703MA6AU8CK" + "4")
AG = "绵阳市涪城区医疗保障局"
PARTY = "绵阳涪城济泽骨伤医院有限公司"
LR = "蒲建成"
LR_ID = id_number("51070319720519321")
LOSS = 21637.40
FINE = round(LOSS * 1.5, 2)
NO_NOTICE = "涪医保罚告〔2025〕6号"
NO_DEC = "涪医保罚〔2025〕6号"
O1 = ("赵明远", "51070325004")
O2 = ("冯婷", "51070325011")
D = dict(inspect="2025-03-05", refund="2025-03-07", filing="2025-03-10", ask="2025-03-14", end="2025-04-25",
         legal="2025-04-30", group="2025-05-08", notice="2025-05-12", notice_served="2025-05-12",
         decision="2025-05-26", served="2025-05-27", close="2025-06-20")
ADDR = "四川省绵阳市涪城区临园路东段***号"


def money(x):
    return f"{x:,.2f}"


def documents():
    """Each entry: (title, writer(doc))."""
    L = []

    def w_filing(doc):
        para(doc, "绵阳市涪城区医疗保障局", 14, True, "center")
        para(doc, "立案审批表", 18, True, "center")
        framed(doc, "案件编号：涪医保立〔2025〕9号", w_mm=70, x_mm=95, size=11, border=False)
        docx_table(doc, [["案件来源", "医保智能监控疑点数据核查（2025年3月5日现场检查）"],
                         ["当事人", PARTY], ["统一社会信用代码", CC],
                         ["法定代表人", LR], ["地址", ADDR],
                         ["医保定点编码", "H51070300***"],
                         ["案情摘要", "经智能监控筛查及现场核查，该院2024年度住院患者出院带药存在超量开药情形，涉嫌违反《医疗保障基金使用监督管理条例》第十五条第一款的规定。"],
                         ["承办人", f"{O1[0]}（执法证号{O1[1]}）、{O2[0]}（执法证号{O2[1]}）"],
                         ["承办股室意见", "建议立案。　基金监管股　邓霞　2025年3月10日"],
                         ["负责人审批", "同意立案。　黄立新　2025年3月10日"]], [38, 122])
    L.append(("立案审批表", w_filing))

    def w_inspect(doc):
        para(doc, "现场检查笔录", 18, True, "center")
        for t in ["检查时间：2025年3月5日9时00分至11时40分",
                  f"检查地点：{PARTY}病案室、药剂科、医保办",
                  f"被检查单位：{PARTY}　　现场负责人：何静（医保办主任）",
                  f"执法人员：{O1[0]}（执法证号{O1[1]}）、{O2[0]}（执法证号{O2[1]}）　记录人：{O2[0]}",
                  "执法人员出示执法证件，告知检查依据及被检查单位享有的陈述、申辩和申请回避的权利。被检查单位表示不申请回避。",
                  "检查情况：调阅2024年度出院病历30份、医嘱单及医保结算明细，发现出院带药“盘龙七片”“骨肽片”“接骨七厘片”等药品超过规定的出院带药用量（一般不超过7日用量）开具，单次最多达30日用量，均纳入医保基金结算。复制医保结算明细电子数据一份（已校验，随案附光盘）。检查全程执法记录仪（编号FCYB-03）录像。",
                  "被检查单位意见：情况属实。　何静　2025.3.5",
                  "执法人员签名：赵明远　冯婷"]:
            para(doc, t, 12)
    L.append(("现场检查笔录", w_inspect))

    def w_ask(doc):
        para(doc, "询 问 笔 录", 18, True, "center")
        for t in ["询问时间：2025年3月14日9时30分至10时50分",
                  "询问地点：绵阳市涪城区医疗保障局二楼询问室",
                  f"询问人：{O1[0]}（{O1[1]}）　记录人：{O2[0]}（{O2[1]}）",
                  f"被询问人：{LR}　男　身份证号码：{LR_ID}　职务：法定代表人、院长",
                  "问：我们是涪城区医疗保障局的执法人员，这是我们的执法证件。你有如实回答的义务，有陈述、申辩的权利；如认为我们与本案有利害关系，可以申请回避。是否申请回避？",
                  "答：不申请。",
                  "问：3月5日检查发现你院2024年出院带药超量开具，情况是否属实？",
                  "答：属实。主要是骨科患者出院后复查不方便，医生一次开了两到四周的药。",
                  "问：涉及多少人次、多少医保基金？",
                  "答：医保办按你们给的疑点数据逐条核对，2024年全年涉及214人次，超出7日用量部分医保基金支付21637.40元。",
                  "问：你院对此采取了什么措施？",
                  "答：3月5日检查后，我们自查核实了金额，3月7日已经把21637.40元全部主动退回医保基金专户，银行回单已经交给你们。另外已经修改了HIS系统出院带药天数控制。",
                  "问：还有什么补充？",
                  "答：我们是初次，而且已经主动退回了，请求从轻处理。",
                  f"以上笔录我已看过，和我说的一致。　{LR}　2025年3月14日",
                  "询问人：赵明远　　记录人：冯婷"]:
            para(doc, t, 12)
    L.append(("询问笔录", w_ask))

    def w_evid(doc):
        para(doc, "证据材料", 18, True, "center")
        para(doc, "1．营业执照、医疗机构执业许可证、医保服务协议复印件（加盖公章，注明“与原件一致”）。", 12)
        para(doc, "2．2024年度超量开药医保结算明细汇总表（医保办核对，院方逐页盖章）：", 12)
        docx_table(doc, [["药品名称", "涉及人次", "超量部分医保支付金额（元）"],
                         ["盘龙七片", "96", "9,842.60"], ["骨肽片", "71", "7,315.20"],
                         ["接骨七厘片", "47", "4,479.60"], ["合计", "214", "21,637.40"]], [60, 40, 60])
        para(doc, "3．医保基金退回银行回单：付款人" + PARTY + "，收款人绵阳市涪城区医疗保障事务中心基金专户，金额21,637.40元，日期2025年3月7日，摘要：2024年超量开药自查退回。", 12)
        para(doc, "4．出院病历复印件30份（另册）。5．电子数据光盘1张（医保结算明细，SHA-256校验值记录于提取笔录）。", 12)
        para(doc, "取证人：赵明远　冯婷", 12)
    L.append(("证据材料", w_evid))

    def w_end(doc):
        para(doc, "案件调查终结报告", 18, True, "center")
        for t in [f"一、当事人：{PARTY}，统一社会信用代码{CC}，法定代表人{LR}，住所{ADDR}，系医保定点医疗机构。",
                  "二、违法事实：2024年1月1日至12月31日，当事人在为住院患者开具出院带药时，超出规定用量开具盘龙七片、骨肽片、接骨七厘片，涉及214人次，超量部分纳入医保基金结算21,637.40元，造成医保基金损失21,637.40元。当事人于2025年3月7日（立案前）将上述款项全部主动退回医保基金专户。",
                  "三、证据：现场检查笔录、询问笔录、结算明细汇总表、病历、电子数据、退回银行回单等。",
                  "四、定性与依据：违反《医疗保障基金使用监督管理条例》第十五条第一款，属第三十八条第（二）项“超量开药”，应责令退回，处造成损失金额1倍以上2倍以下的罚款。",
                  "五、处理建议：涉及人次较多、持续时间较长，属一般情形，建议处造成损失金额1.5倍罚款，即32,456.10元。",
                  "承办人：赵明远　冯婷　　2025年4月25日"]:
            para(doc, t, 12)
    L.append(("案件调查终结报告", w_end))

    def w_legal(doc):
        para(doc, "法制审核意见书", 18, True, "center")
        para(doc, f"审核事项：{PARTY}超量开药案（拟罚款32,456.10元）", 12)
        para(doc, "审核意见：主体适格，事实清楚，证据充分，定性准确，程序合法，罚款在法定幅度内。同意按程序提交集体讨论。", 12)
        para(doc, "审核人：罗晓丽（法律职业资格证书编号A20195107****）　　2025年4月30日", 12)
    L.append(("法制审核意见书", w_legal))

    def w_group(doc):
        para(doc, "重大案件集体讨论记录", 18, True, "center")
        for t in ["时间：2025年5月8日14时30分　地点：局二楼会议室",
                  "主持人：黄立新（局长）　参加人：黄立新、王远志（副局长）、邓霞（基金监管股股长）、罗晓丽（法制员）",
                  "汇报人：赵明远　记录人：冯婷",
                  "讨论意见：王远志：同意1.5倍。邓霞：同意。罗晓丽：同意。黄立新：同意按1.5倍罚款，依法告知。",
                  "结论：责令退回医保基金21,637.40元，处罚款32,456.10元。",
                  "参加人签名：黄立新　王远志　邓霞　罗晓丽　记录人：冯婷"]:
            para(doc, t, 12)
    L.append(("集体讨论记录", w_group))

    def w_notice(doc):
        para(doc, "绵阳市涪城区医疗保障局", 16, True, "center")
        para(doc, "行政处罚事先告知书", 20, True, "center")
        textbox(doc, [NO_NOTICE], w_mm=55, h_mm=8, left_mm=55)
        para(doc, f"{PARTY}：", 12)
        para(doc, "经查，你单位2024年1月1日至12月31日为住院患者开具出院带药时超量开药，涉及214人次，造成医疗保障基金损失21,637.40元。上述行为违反了《医疗保障基金使用监督管理条例》第十五条第一款的规定。依据《医疗保障基金使用监督管理条例》第三十八条的规定，本局拟对你单位作出如下处理：1．责令退回医疗保障基金21,637.40元；2．处造成损失金额1.5倍的罚款，计人民币叁万贰仟肆佰伍拾陆元壹角整（32,456.10元）。", 12, indent=True)
        para(doc, "根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位享有陈述、申辩和要求听证的权利。如需陈述申辩或要求听证，请于收到本告知书之日起五个工作日内向本局提出，逾期视为放弃。", 12, indent=True)
        framed(doc, "绵阳市涪城区医疗保障局（印章）\n2025年5月12日", w_mm=70, x_mm=88, size=12, border=False)
        para(doc)
        para(doc)
    L.append(("行政处罚事先告知书", w_notice))

    def w_rcpt1(doc):
        para(doc, "送达回证", 18, True, "center")
        docx_table(doc, [["送达文书名称", "行政处罚事先告知书"], ["文号", NO_NOTICE], ["受送达人", PARTY],
                         ["送达地点", ADDR], ["送达方式", "直接送达"], ["送达人", "赵明远　冯婷"]], [40, 120])
        para(doc, "受送达人签名及日期：", 12)
        textbox(doc, [f"{LR}　2025年5月12日15时30分"], w_mm=80, h_mm=8, left_mm=40)
    L.append(("送达回证（事先告知书）", w_rcpt1))

    def w_dec(doc):
        para(doc, "绵阳市涪城区医疗保障局", 16, True, "center")
        para(doc, "行政处罚决定书", 20, True, "center")
        textbox(doc, [NO_DEC], w_mm=55, h_mm=8, left_mm=55)
        for t in [f"当事人：{PARTY}", f"统一社会信用代码：{CC}", f"法定代表人：{LR}", f"住所：{ADDR}"]:
            para(doc, t, 12)
        for t in ["本局根据医保智能监控疑点数据，于2025年3月5日对你单位进行现场检查，2025年3月10日立案调查。经查明：2024年1月1日至12月31日，你单位为住院患者开具出院带药时，超出规定用量开具盘龙七片、骨肽片、接骨七厘片，涉及214人次，超量部分纳入医疗保障基金结算，造成医疗保障基金损失21,637.40元。",
                  "上述事实有现场检查笔录、询问笔录、营业执照及医保服务协议复印件、超量开药医保结算明细汇总表、出院病历、电子数据等证据证实。",
                  "本局认为，你单位的行为违反了《医疗保障基金使用监督管理条例》第十五条第一款的规定，构成超量开药。本局于2025年5月12日向你单位送达了《行政处罚事先告知书》，你单位在规定期限内未提出陈述、申辩和听证申请。",
                  "鉴于你单位涉及人次较多、持续时间较长，属一般情形。依据《医疗保障基金使用监督管理条例》第三十八条的规定，本局决定：",
                  "一、责令你单位退回医疗保障基金21,637.40元；",
                  "二、处造成损失金额1.5倍的罚款，计人民币叁万贰仟肆佰伍拾陆元壹角整（¥32,456.10）。",
                  "你单位应当自收到本决定书之日起十五日内，将罚款缴入绵阳市涪城区财政局非税收入汇缴专户（开户行：中国银行绵阳涪城支行，账号：1280 **** 6321），或通过四川省非税收入电子缴款平台缴纳。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
                  "如不服本决定，你单位可以自收到本决定书之日起六十日内向绵阳市涪城区人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。"]:
            para(doc, t, 12, indent=True)
        framed(doc, "绵阳市涪城区医疗保障局（印章）\n2025年5月26日", w_mm=70, x_mm=88, size=12, border=False)
        para(doc)
        para(doc)
    L.append(("行政处罚决定书", w_dec))

    def w_rcpt2(doc):
        para(doc, "送达回证", 18, True, "center")
        docx_table(doc, [["送达文书名称", "行政处罚决定书"], ["文号", NO_DEC], ["受送达人", PARTY],
                         ["送达地点", ADDR], ["送达方式", "直接送达"], ["送达人", "赵明远　冯婷"]], [40, 120])
        para(doc, "受送达人签名及日期：", 12)
        textbox(doc, [f"{LR}　2025年5月27日10时10分"], w_mm=80, h_mm=8, left_mm=40)
    L.append(("送达回证（决定书）", w_rcpt2))

    def w_close(doc):
        para(doc, "结案审批表", 18, True, "center")
        docx_table(doc, [["案件名称", f"{PARTY}超量开药案"], ["决定书文号", NO_DEC],
                         ["处罚内容", "责令退回医保基金21,637.40元；罚款32,456.10元"],
                         ["执行情况", "医保基金21,637.40元已于2025年3月7日退回；当事人已于2025年6月9日缴纳罚款32,456.10元，处罚决定履行完毕。"],
                         ["承办人意见", "建议结案。赵明远　冯婷　2025年6月18日"],
                         ["负责人意见", "同意结案。黄立新　2025年6月20日"]], [38, 122])
    L.append(("结案审批表", w_close))
    return L


def make(path, L, ranges):
    doc = new_docx()
    para(doc); para(doc)
    para(doc, AG, 18, True, "center")
    para(doc, "行政处罚案卷", 26, True, "center")
    para(doc)
    for t in [f"案件名称：{PARTY}超量开药案", f"决定书文号：{NO_DEC}", "立案日期：2025年3月10日",
              "结案日期：2025年6月20日", "保管期限：30年"]:
        para(doc, t, 14)
    page_break(doc)
    para(doc, "卷内目录", 18, True, "center")
    rows = [["序号", "文件名称", "页号"]]
    for i, (t, _) in enumerate(L):
        a, b = ranges[i]
        rows.append([str(i + 1), t, f"{a}" if a == b else f"{a}-{b}"])
    rows.append(["", "备考表", str(ranges[-1][1] + 1)])
    docx_table(doc, rows, [16, 110, 30])
    for i, (t, w) in enumerate(L):
        page_break(doc)
        w(doc)
    page_break(doc)
    para(doc, "备考表", 18, True, "center")
    para(doc, "本卷共12份文件；出院病历复印件30份另册保存；电子数据光盘、执法记录仪视频另行存档。", 12)
    para(doc, "立卷人：冯婷　2025年6月25日　　检查人：邓霞　2025年6月26日", 12)
    page_footer(doc, "第 ", " 页", total=True)
    doc.save(path)


def pages_of(path, titles):
    """Convert with LibreOffice and find the page on which each document title first appears (in order)."""
    import pypdf
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(path)],
                       check=True, capture_output=True)
        r = pypdf.PdfReader(str(Path(td) / (path.stem + ".pdf")))
        texts = [p.extract_text().replace(" ", "") for p in r.pages]
    return texts


def locate(texts, L):
    starts, pg = [], 3
    for t, _ in L:
        key = t.split("（")[0]
        while pg <= len(texts) and key not in texts[pg - 1][:60]:
            pg += 1
        starts.append(pg)
        pg += 1
    ranges = []
    for i, s in enumerate(starts):
        e = (starts[i + 1] - 1) if i + 1 < len(starts) else len(texts) - 1
        ranges.append((s, e))
    return ranges


def build() -> dict:
    L = documents()
    path = OUT / f"{CASE_ID}.docx"
    ranges = [(3 + i, 3 + i) for i in range(len(L))]
    for _ in range(3):
        make(path, L, ranges)
        new = locate(pages_of(path, L), L)
        if new == ranges:
            break
        ranges = new
    return {
        "case_id": CASE_ID,
        "codes": ["LAW-02", "DISC-03", "EXEC-01"],
        "encoding": None,
        "notes": ("LAW-02: the 行政处罚决定书 (and the 告知书) cite the penalty basis as 《医疗保障基金使用监督管理条例》第三十八条 without the 项; 第三十八条 has seven 项 and the facts fall under 第（二）项 超量开药 (the 调查终结报告 names it, the 决定书 does not). "
                  "DISC-03: the 询问笔录 (2025-03-14), the evidence page (bank slip) and the 调查终结报告 record that the hospital voluntarily refunded the whole loss 21,637.40 元 on 2025-03-07, before 立案 — 主动消除或者减轻违法行为危害后果 (行政处罚法 第三十二条第（一）项, 应当从轻或者减轻) — yet the 决定书 sets 1.5 times the loss as a 一般情形 and neither mitigates nor explains why the refund does not count. "
                  "EXEC-01: the 结案审批表 says the fine 32,456.10 元 was paid on 2025-06-09 and closes the case, but the file holds no payment voucher for the fine (the only bank slip is the 2025-03-07 refund to the fund). "
                  "Values in VML text boxes: the 文号 of the 告知书 and 决定书 and the receipt signatures on both 送达回证; the seal/date blocks sit in Word frames. "
                  "Not defects: 陈述申辩/听证 window 5 working days from 2025-05-12 ended 2025-05-19, decision 2025-05-26; decision day 77 after 立案; 法制审核 and 集体讨论 precede the 告知."),
        "fields": {
            "agency": AG,
            "party": {"name": PARTY, "kind": "单位", "credit_code": CC, "id_number": None},
            "penalty": {"fine_yuan": FINE, "procedure": "普通"},
            "dates": {"filing": D["filing"], "notice": D["notice"], "decision": D["decision"], "decision_served": D["served"]},
            "citations": [
                {"law": "《医疗保障基金使用监督管理条例》", "article": 15, "paragraph": 1, "item": None, "role": "violated"},
                {"law": "《医疗保障基金使用监督管理条例》", "article": 38, "paragraph": None, "item": None, "role": "penalty"},
            ],
        },
        "_checks": [
            ("eq", round(9842.60 + 7315.20 + 4479.60, 2), LOSS),
            ("eq", round(LOSS * 1.5, 2), 32456.10),
            ("working_days_eq", D["notice_served"], "2025-05-19", 5),
            ("days_max", D["filing"], D["decision"], 90),
            ("working_days_max", D["decision"], D["served"], 7),
            ("before", D["refund"], D["filing"]),
            ("docx_toc", f"{CASE_ID}.docx"),
        ],
        "_ranges": ranges,
    }
