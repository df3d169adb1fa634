"""Forms and records of a case file: 立案审批表, 笔录, evidence, approvals, 送达回证, 缴款凭证,
公示记录, 音像记录, 结案审批表, 备考表.

Each builder returns a ``Doc`` written in the case's style; forms become tables or
``label：value`` prose depending on ``Style.forms_as_tables``. Blocks that injectors target carry
a ``tag``.
"""

from __future__ import annotations

from casecheck.generate.case import GenCase
from casecheck.generate.docmodel import Block, Doc, amount_pair, fdate, ftime
from casecheck.generate.people import Officer
from casecheck.generate.phrasing import MITIGATION_ANSWERS, Phraser


def officer_text(o: Officer, ph: Phraser, with_cert: bool = True) -> str:
    """``张三（执法证号：35010119001）`` in the form this case's files use throughout."""
    if not with_cert:
        return o.name
    form_ = ph.common.get("officer_form") or ph.choice(("a", "b", "c"))
    ph.common["officer_form"] = form_
    return {
        "a": f"{o.name}（执法证号：{o.certificate}）",
        "b": f"{o.name}，执法证号{o.certificate}",
        "c": f"{o.name}（证号：{o.certificate}）",
    }[form_]


def form(doc: Doc, case: GenCase, rows: list[tuple[str, str]], tag: str = "form") -> None:
    """Append label/value rows as a table or as ``label：value`` paragraphs."""
    if case.style.forms_as_tables:
        doc.table([[k, v] for k, v in rows], tag=tag)
    else:
        for k, v in rows:
            doc.p(f"{k}：{v}" if v else f"{k}：", tag=tag)


def party_rows(case: GenCase) -> list[tuple[str, str]]:
    """当事人 rows: name, code or ID, representative, address, phone."""
    p = case.party
    if p.is_company:
        return [
            ("当事人", p.name),
            ("统一社会信用代码", p.credit_code or ""),
            ("法定代表人", p.legal_rep or ""),
            ("住所", p.address),
            ("联系电话", p.phone),
        ]
    rows = [("当事人", p.name), ("性别", p.gender or ""), ("身份证号码", p.id_number or "")]
    if p.self_employed:
        rows += [("字号名称", p.business or ""), ("统一社会信用代码", p.credit_code or "")]
    return [*rows, ("住址", p.address), ("联系电话", p.phone)]


def header(doc: Doc, case: GenCase) -> None:
    """Agency line above the title when the style puts it in the header."""
    if case.style.agency_header:
        doc.blocks.insert(0, Block("title", case.agency.name, tag="agency_header"))


def filing_form(case: GenCase, ph: Phraser) -> Doc:
    """立案审批表: 案由, 案件来源, 当事人, 案情简介, 承办人意见, 负责人审批意见、签名、日期, two handlers."""
    st, d = case.style, case.dates
    doc = Doc("filing", "立案审批表", "立案审批表", date=d["filing"])
    header(doc, case)
    o1, o2 = case.officers
    handlers = f"{officer_text(o1, ph)}、{officer_text(o2, ph)}"
    viol = case.scenario.violated[0]
    form(
        doc,
        case,
        [
            ("案件编号", case.numbers["filing"]),
            ("案由", f"涉嫌{case.scenario.act}案"),
            ("案件来源", case.source),
            *party_rows(case),
            ("案情简介", f"{fdate(d['clue'], st)}，{_where_found(case)}，发现当事人涉嫌{case.facts.vague}。"),
            (
                "承办人意见",
                f"当事人涉嫌违反《{viol.law}》的规定，建议立案调查。"
                f"承办人：{o1.name}、{o2.name}  {fdate(d['filing'], st)}",
            ),
            ("办案人员", handlers),
        ],
        tag="filing_form",
    )
    approve = ph.choice(
        ("同意立案，由{a}、{b}承办。", "同意立案调查，指定{a}、{b}为办案人员。", "同意。请{a}、{b}负责调查。")
    )
    form(
        doc,
        case,
        [
            ("负责人审批意见", approve.format(a=o1.name, b=o2.name)),
            ("负责人签名", case.leader),
            ("审批日期", fdate(d["filing"], st, form=True)),
        ],
        tag="approval",
    )
    return doc


def _where_found(case: GenCase) -> str:
    src = case.source
    if src == "投诉举报":
        return "接群众投诉举报"
    if src == "上级交办":
        return "根据上级交办线索"
    return "执法人员在日常监督检查中"


def site_record(case: GenCase, ph: Phraser) -> Doc:
    """现场检查笔录: time to the minute, place, two officers with numbers, 出示证件, findings, signatures."""
    st, d = case.style, case.dates
    t0, t1 = case.times["inspection"]
    doc = Doc(
        "site",
        "现场检查笔录",
        ph.choice(("现场检查笔录", "现场检查（勘验）笔录", "现场笔录")),
        date=d["inspection"],
    )
    header(doc, case)
    o1, o2 = case.officers
    p = case.party
    form(
        doc,
        case,
        [
            ("检查时间", f"{ftime(d['inspection'], t0, st)}至{ftime(d['inspection'], t1, st)[-6:]}"),
            ("检查地点", p.address),
            ("被检查人", p.business or p.name),
            ("现场负责人", p.contact),
            ("检查人员", f"{officer_text(o1, ph)}、{officer_text(o2, ph)}"),
            ("记录人", o2.name),
        ],
        tag="site_head",
    )
    doc.p(ph.pick("show_cert_site", o1=o1.name, o2=o2.name), tag="show_cert")
    doc.p("现场检查情况：" + case.facts.scene, tag="scene")
    if "av" in case.flags:
        doc.p(
            ph.choice(
                (
                    "检查过程中执法人员使用执法记录仪全程录像。",
                    "执法人员佩戴执法记录仪对检查过程进行了全程音像记录。",
                )
            ),
            tag="av_ref",
        )
    if case.facts.mitigation and case.tier in ("从轻", "减轻"):
        doc.p("现场检查时当事人表示将立即整改。", tag="mitigation")
    doc.p("以上情况属实。" if ph.rng.random() < 0.5 else "被检查人对检查情况无异议。")
    doc.p(f"被检查人（签名）：{p.contact}    {fdate(d['inspection'], st)}", tag="party_sig")
    doc.p(f"执法人员（签名）：{o1.name}  {o2.name}    {fdate(d['inspection'], st)}", tag="officer_sig")
    return doc


def inquiry_record(case: GenCase, ph: Phraser, n: int) -> Doc:
    """询问笔录 n: start/end to the minute, officers with numbers, 出示证件, 回避, Q&A, confirmation."""
    st, d = case.style, case.dates
    key = f"inquiry{n}"
    t0, t1 = case.times.get(key, ("09:30", "10:20"))
    day = d[key]
    doc = Doc(key, "询问笔录", ph.choice(("询问笔录", "调查询问笔录", "询问调查笔录")), date=day)
    header(doc, case)
    o1, o2 = case.officers
    p = case.party
    who = p.contact
    rel = "法定代表人" if p.is_company else ("经营者" if p.self_employed else "当事人本人")
    form(
        doc,
        case,
        [
            ("询问时间", f"{ftime(day, t0, st)}至{ftime(day, t1, st)[-6:]}"),
            ("询问地点", ph.choice((f"{case.agency.name}询问室", p.address))),
            ("询问人", officer_text(o1, ph)),
            ("记录人", officer_text(o2, ph)),
            ("被询问人", who),
            ("与本案关系", rel),
            ("身份证号码", (p.legal_rep_id if p.is_company else p.id_number) or ""),
            ("联系电话", p.phone),
        ],
        tag="inq_head",
    )
    doc.p(ph.pick("show_cert", agency=case.agency.name, o1=o1.name, o2=o2.name), tag="show_cert")
    doc.p(ph.pick("recusal"), tag="recusal")
    doc.p(ph.pick("truth"))
    if n == 1:
        doc.p(f"问：请介绍一下你的基本情况。答：我叫{who}，是{p.business or p.name}的{rel}。")
    for q, a in case.facts.qa[(n - 1) * 2 :] if n > 1 else case.facts.qa:
        doc.p(f"问：{q}答：{a}")
    if case.facts.mitigation and n == case.n_inquiries:
        ans = ph.choice(MITIGATION_ANSWERS).format(thing=case.facts.seized or "问题")
        doc.p(f"问：发现问题后你们采取了什么措施？答：{ans}", tag="mitigation")
    doc.p("问：你还有什么需要补充的吗？答：没有了。")
    doc.p(f"被询问人确认：{ph.pick('confirm')}", tag="confirm")
    doc.p(f"被询问人（签名）：{who}    {fdate(day, st)}", tag="party_sig")
    doc.p(f"询问人（签名）：{o1.name}    记录人（签名）：{o2.name}", tag="officer_sig")
    return doc


def evidence_docs(case: GenCase, ph: Phraser) -> list[Doc]:
    """Copies of the 营业执照/身份证, a 证据提取单 and photo sheets with captions."""
    st = case.style
    day = case.dates.get("inspection") or case.dates["decision"]
    p = case.party
    out = []
    lic = Doc("license", "证据材料", "营业执照（复印件）" if p.credit_code else "身份证复印件")
    if p.credit_code:
        form(
            lic,
            case,
            [
                ("名称", p.business or p.name),
                ("统一社会信用代码", p.credit_code),
                ("类型", "个体工商户" if p.self_employed else "有限责任公司"),
                ("法定代表人" if p.is_company else "经营者", p.contact),
                ("住所", p.address),
            ],
            tag="license",
        )
    else:
        form(
            lic,
            case,
            [
                ("姓名", p.name),
                ("性别", p.gender or ""),
                ("公民身份号码", p.id_number or ""),
                ("住址", p.address),
            ],
            tag="license",
        )
    lic.p("此复印件与原件核对无误。")
    lic.p(f"提供人（签名）：{p.contact}    {fdate(day, st)}")
    out.append(lic)
    sheet = Doc("evidence_list", "证据材料", ph.choice(("证据提取单", "证据清单", "证据目录")))
    rows = [["序号", "证据名称", "来源", "证明内容"]]
    for i, name in enumerate(case.facts.evidence, 1):
        rows.append(
            [str(i), name, "当事人提供" if "复印件" in name else "执法人员现场提取", "证明当事人违法事实"]
        )
    sheet.table(rows, tag="evidence_table")
    if case.facts.calc:
        sheet.p(case.facts.calc, tag="calc")
    sheet.p(f"提取人：{case.officers[0].name}、{case.officers[1].name}    提取时间：{fdate(day, st)}")
    out.append(sheet)
    photo = Doc("photos", "证据材料", "现场照片")
    for i in range(1, ph.rng.randint(2, 4)):
        photo.p(f"［照片{i}］")
        photo.p(
            f"拍摄时间：{fdate(day, st)}  拍摄地点：{p.address}  拍摄人：{case.officers[0].name}  "
            f"证明内容：{case.facts.vague}的现场情况"
        )
    out.append(photo)
    return out


def av_index(case: GenCase, ph: Phraser) -> Doc:
    """音像记录 index: files of the 执法记录仪 with time, device and content."""
    d = case.dates
    doc = Doc("av", "音像记录", ph.choice(("执法音像记录目录", "音像资料登记表", "全过程音像记录清单")))
    rows = [["序号", "记录时间", "记录设备", "内容", "存储位置"]]
    steps = (
        [("inspection", "现场检查"), ("decision", "文书送达")]
        if case.procedure != "简易"
        else [("decision", "当场处罚")]
    )
    for i, (k, what) in enumerate(steps, 1):
        if d.get(k):
            rows.append(
                [
                    str(i),
                    d[k].isoformat(),
                    f"执法记录仪DSJ-{ph.rng.randint(100, 999)}",
                    what,
                    "执法记录管理平台",
                ]
            )
    doc.table(rows, tag="av_table")
    return doc


def approval_form(
    case: GenCase, ph: Phraser, key: str, title: str, doc_type: str, date_key: str, opinion: str
) -> Doc:
    """A generic internal approval form (决定审批表, 延期审批表) with 负责人意见、签名、日期."""
    st, d = case.style, case.dates
    doc = Doc(key, doc_type, title, date=d[date_key])
    header(doc, case)
    form(
        doc,
        case,
        [("案由", f"{case.scenario.act}案"), ("当事人", case.party.name), ("承办人意见", opinion)],
        tag="body",
    )
    form(
        doc,
        case,
        [
            ("负责人审批意见", ph.choice(("同意。", "同意承办人意见。", "同意，按程序办理。"))),
            ("负责人签名", case.leader),
            ("审批日期", fdate(d[date_key], st, form=True)),
        ],
        tag="approval",
    )
    return doc


def receipt(
    case: GenCase, ph: Phraser, key: str, served_title: str, number: str, served_key: str, method: str
) -> Doc:
    """送达回证: 文书名称及文号, 受送达人, 送达地点, 方式, 受送达人签名 + 收到日期, 送达人."""
    st, d = case.style, case.dates
    doc = Doc(key, "送达回证", "送达回证", date=d[served_key])
    header(doc, case)
    o1, o2 = case.officers
    form(
        doc,
        case,
        [
            ("送达文书名称及文号", f"《{served_title}》（{number}）" if number else f"《{served_title}》"),
            ("受送达人", case.party.name),
            ("送达地点", case.party.address),
            ("送达方式", method),
            (
                "受送达人签名或盖章",
                case.party.contact if method != "邮寄送达" else f"{case.party.contact}（见邮件签收单）",
            ),
            ("收到日期", fdate(d[served_key], st, form=True)),
            ("送达人", f"{o1.name}、{o2.name}"),
        ],
        tag="receipt",
    )
    if method == "邮寄送达":
        doc.p(f"备注：EMS邮件号{ph.rng.randint(10**12, 10**13 - 1)}，签收单附后。")
    return doc


def voucher(case: GenCase, ph: Phraser) -> Doc:
    """缴款凭证 (非税收入一般缴款书): payer, amount (大写/小写), date, bank."""
    st, d = case.style, case.dates
    total = case.paid
    lower, upper = amount_pair(total)
    doc = Doc(
        "voucher",
        "缴款凭证",
        ph.choice(("非税收入一般缴款书", "罚没款缴款凭证", "银行缴款回单")),
        date=d["payment"],
    )
    rows = [
        ("缴款人", case.party.name),
        ("执收单位", case.agency.name),
        ("项目名称", "罚没收入"),
        ("金额（小写）", f"¥{lower}"),
        ("金额（大写）", upper),
        ("收款银行", case.agency.bank),
        ("缴款日期", fdate(d["payment"], st, form=True)),
    ]
    if case.late_fine:
        rows.insert(4, ("其中加处罚款", f"¥{amount_pair(case.late_fine)[0]}"))
    form(doc, case, rows, tag="voucher")
    return doc


def publication(case: GenCase, ph: Phraser) -> Doc:
    """公示记录: where and when the decision was published."""
    st, d = case.style, case.dates
    doc = Doc(
        "publication",
        "公示记录",
        ph.choice(("行政处罚信息公示记录", "行政处罚决定公示截图", "行政处罚信息公开记录")),
        date=d["publication"],
    )
    system = (
        "国家企业信用信息公示系统" if case.scenario.domain == "市场监管" else f"{case.agency.name}门户网站"
    )
    form(
        doc,
        case,
        [
            ("公示平台", system),
            ("决定书文号", case.numbers["decision"]),
            ("当事人", case.party.name),
            ("公示日期", fdate(d["publication"], st, form=True)),
            ("经办人", case.officers[0].name),
        ],
        tag="pub",
    )
    return doc


def closing_form(case: GenCase, ph: Phraser) -> Doc:
    """结案审批表: execution summary, amounts matching the decision, 负责人审批."""
    st, d = case.style, case.dates
    doc = Doc(
        "closing",
        "结案审批表",
        ph.choice(("结案审批表", "行政处罚案件结案审批表", "结案报告")),
        date=d["closing"],
    )
    header(doc, case)
    if case.procedure == "不予处罚":
        result = (
            f"本案已于{fdate(d['decision'], st)}作出不予行政处罚决定，并对当事人进行了教育，当事人已改正。"
        )
    else:
        lower, _ = amount_pair(case.fine or 0)
        result = f"当事人已于{fdate(d['payment'], st)}缴纳罚款{lower}元"
        if case.confiscation:
            result += f"、没收违法所得{amount_pair(case.confiscation)[0]}元"
        if case.late_fine:
            result += f"及加处罚款{amount_pair(case.late_fine)[0]}元"
        result += "，处罚决定已履行完毕。"
    form(
        doc,
        case,
        [
            ("案由", f"{case.scenario.act}案"),
            ("当事人", case.party.name),
            ("处罚决定书文号", case.numbers["decision"]),
            ("执行情况", result),
        ],
        tag="closing_body",
    )
    form(
        doc,
        case,
        [
            ("负责人审批意见", "同意结案。"),
            ("负责人签名", case.leader),
            ("审批日期", fdate(d["closing"], st, form=True)),
        ],
        tag="approval",
    )
    return doc


def back_sheet(case: GenCase, ph: Phraser, pages: int) -> Doc:
    """备考表: counts, 立卷人, 检查人, date."""
    st = case.style
    doc = Doc("backsheet", "备考表", "卷内备考表" if ph.rng.random() < 0.4 else "备考表")
    doc.p(f"本卷共有文件材料{pages}页。")
    doc.p(f"立卷人：{case.officers[0].name}    检查人：{case.reviewer}")
    doc.p(f"立卷时间：{fdate(case.dates.get('closing') or case.dates['decision'], st)}")
    return doc
