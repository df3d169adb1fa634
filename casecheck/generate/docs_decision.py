"""Reasoned documents: 调查终结报告, 法制审核意见书, 集体讨论记录, 事先告知书, 陈述申辩笔录, 听证
documents and the three kinds of decision (普通, 当场, 不予处罚).
"""

from __future__ import annotations

import datetime as dt

from casecheck.generate import citations as cz
from casecheck.generate.case import GenCase
from casecheck.generate.docmodel import Block, Doc, amount_pair, fdate, ftime
from casecheck.generate.docs_forms import form, header, officer_text
from casecheck.generate.ids import cn_int, money
from casecheck.generate.phrasing import Phraser
from casecheck.generate.scenarios import APL_NO_PENALTY

REVIEW_SWITCH = dt.date(2024, 1, 1)


def fact_sentence(case: GenCase, vague: bool = False) -> str:
    """The violation with time, place and quantity (or without them for EVID-02)."""
    st, d = case.style, case.dates
    if vague:
        return f"当事人存在{case.facts.vague}的行为。"
    where = case.party.address
    if "ended_act" in case.flags:
        end = d["violation"] + dt.timedelta(days=15)
        return (
            f"{fdate(d['violation'], st)}至{fdate(end, st)}期间，"
            f"当事人在其位于{where}的场所{case.facts.core}，"
            f"该行为已于{fdate(end, st)}停止。"
        )
    if case.procedure == "简易":
        return f"{fdate(d['violation'], st)}，当事人在{where}附近{case.facts.core}。"
    if d["violation"] == d["inspection"]:
        return (
            f"{fdate(d['inspection'], st)}，执法人员在当事人位于{where}的{case.facts.site}检查时发现，"
            f"当事人{case.facts.core}。"
        )
    return (
        f"当事人自{fdate(d['violation'], st)}起在其位于{where}的场所{case.facts.core}，"
        f"于{fdate(d['inspection'], st)}被执法人员查获。"
    )


def penalty_items(case: GenCase, ph: Phraser, fine: float | None = None) -> list[str]:
    """Numbered penalty lines: 罚款 (大写/小写), 没收违法所得, 没收物品, 警告."""
    fine = case.fine if fine is None else fine
    lines = []
    if case.warning:
        lines.append("给予警告")
    if fine:
        lower, upper = amount_pair(fine)
        if "upper_mismatch" in case.flags:
            upper = amount_pair(case.mods["upper_value"])[1]
        lines.append(ph.pick("fine_line", lower=lower, upper=upper))
    if case.confiscation:
        lower, upper = amount_pair(case.confiscation)
        lines.append(ph.pick("confiscate_line", lower=lower, upper=upper))
    if case.facts.seized and case.procedure == "普通":
        lines.append(f"没收{case.facts.seized}")
    nums = "一二三四五"
    return [f"{nums[i]}、{t}；" if i < len(lines) - 1 else f"{nums[i]}、{t}。" for i, t in enumerate(lines)]


def penalty_summary(case: GenCase, ph: Phraser, fine: float | None = None) -> str:
    """The penalty as one clause (``罚款5000元（伍仟元整），没收违法所得152元``) for forms and reports."""
    parts = [line[2:].rstrip("；。") for line in penalty_items(case, ph, fine)]
    return "，".join(parts)


def discretion(case: GenCase, ph: Phraser) -> str:
    """The 裁量 sentence for the case's tier ("" under DISC-01 / DISC-03)."""
    if "no_discretion" in case.flags:
        return ""
    t = case.mods.get("stated_tier", case.tier)
    if t == "减轻":
        return ph.pick("tier_reduce", ground=case.ground)
    if t == "从轻":
        key = "tier_light" if case.facts.mitigation and "主动" in case.ground else "tier_light_soft"
        return ph.pick(key, ground=case.ground or "积极配合调查")
    if t == "从重":
        return ph.pick("tier_heavy", ground=case.ground or "违法行为持续时间较长")
    return ph.pick("tier_normal")


def _evidence_line(case: GenCase) -> str:
    names = list(case.facts.evidence)
    names.insert(1, "现场检查笔录")
    names.insert(2, "询问笔录")
    return "；".join(f"{i}.{n}" for i, n in enumerate(names, 1)) + "。"


def report(case: GenCase, ph: Phraser) -> Doc:
    """调查终结报告: source, party, facts with time/place/quantity, evidence, 定性, 依据, 裁量, 建议."""
    st, d = case.style, case.dates
    doc = Doc(
        "report",
        "调查终结报告",
        ph.choice(("案件调查终结报告", "调查终结报告", "行政处罚案件调查报告")),
        date=d["report"],
    )
    header(doc, case)
    p = case.party
    doc.p(ph.pick("report_source", source=case.source, date=fdate(d["filing"], st), leader=case.leader))
    who = (
        f"{p.name}，统一社会信用代码{p.credit_code}，法定代表人{p.legal_rep}，住所{p.address}。"
        if p.is_company
        else (f"{p.name}，{p.gender}，身份证号码{p.id_number}，住址{p.address}。")
    )
    doc.p("二、当事人基本情况：" + who)
    doc.p("三、违法事实：" + fact_sentence(case, "vague_facts" in case.flags), tag="facts")
    if case.facts.calc and "vague_facts" not in case.flags:
        doc.p(case.facts.calc, tag="calc")
    doc.p("四、证据：" + _evidence_line(case))
    viol = cz.joined(cz.violated(case))
    pen = cz.joined(cz.penalty(case, first=False))
    doc.p(
        f"五、定性及依据：当事人的行为违反了{viol}的规定，构成{case.scenario.act}的违法行为。依据{pen}的规定予以处罚。"
    )
    if case.procedure == "不予处罚":
        doc.p("六、裁量理由：当事人系初次违法，违法行为轻微并已及时改正，没有造成危害后果。")
        doc.p(
            f"七、处理建议：依据{cz.write(case, APL_NO_PENALTY, 'other').text}的规定，"
            "建议不予行政处罚，并对当事人进行教育。"
        )
    else:
        disc = discretion(case, ph) if "report_no_discretion" not in case.flags else ""
        doc.p("六、裁量理由：" + (disc or "依法处罚。"), tag="discretion")
        items = penalty_summary(case, ph, case.proposed_fine) + "。"
        doc.p(f"七、处理建议：{case.scenario.order}，并{items}")
    o1, o2 = case.officers
    doc.p(f"承办人（签名）：{o1.name}  {o2.name}")
    doc.right(fdate(d["report"], st), tag="date")
    return doc


def legal_review(case: GenCase, ph: Phraser) -> Doc:
    """法制审核意见书 by a reviewer who did not investigate."""
    st, d = case.style, case.dates
    doc = Doc(
        "review",
        "法制审核意见书",
        ph.choice(("法制审核意见书", "重大行政处罚案件法制审核意见书", "案件法制审核表")),
        date=d["review"],
    )
    header(doc, case)
    form(
        doc,
        case,
        [
            ("案由", f"{case.scenario.act}案"),
            ("当事人", case.party.name),
            ("承办机构", case.agency.unit),
            ("审核人员", f"{case.reviewer}（法律职业资格证书编号A{ph.rng.randint(10**11, 10**12 - 1)}）"),
        ],
        tag="review_head",
    )
    disc = "裁量适当。" if "no_discretion" not in case.flags else ""
    doc.p(ph.pick("review_opinion", disc=disc))
    doc.p(f"审核人（签名）：{case.reviewer}")
    doc.right(fdate(d["review"], st), tag="date")
    return doc


def collective(case: GenCase, ph: Phraser) -> Doc:
    """集体讨论记录: time, place, 主持人, 参加人员, discussion, conclusion, signatures."""
    st, d = case.style, case.dates
    t0, t1 = case.times["collective"]
    leaders = case.agency.leaders[:3]
    doc = Doc(
        "collective",
        "集体讨论记录",
        ph.choice(("重大案件集体讨论记录", "集体讨论笔录", "负责人集体讨论记录")),
        date=d["collective"],
    )
    header(doc, case)
    form(
        doc,
        case,
        [
            ("讨论时间", f"{ftime(d['collective'], t0, st)}至{ftime(d['collective'], t1, st)[-6:]}"),
            ("地点", f"{case.agency.name}会议室"),
            ("主持人", leaders[0]),
            ("参加人员", "、".join(leaders)),
            ("记录人", case.recorder),
            ("汇报人", case.officers[0].name),
        ],
        tag="coll_head",
    )
    items = penalty_summary(case, ph) + "。"
    doc.p(
        f"案情汇报：{case.officers[0].name}汇报了{case.party.name}{case.scenario.act}一案的调查情况及处理意见。"
    )
    for name in leaders[1:]:
        doc.p(f"{name}：同意承办人意见，事实清楚，证据充分，裁量适当。")
    doc.p(f"结论：经集体讨论，决定对当事人{items}")
    doc.p("参加人员（签名）：" + "  ".join(leaders))
    return doc


def notice(case: GenCase, ph: Phraser) -> Doc:
    """行政处罚事先告知书 (+听证 rights in the hearing class): facts, reasons, basis, rights, period."""
    st, d = case.style, case.dates
    doc = Doc(
        "notice",
        "行政处罚事先告知书",
        ph.choice(
            (
                "行政处罚事先告知书",
                "行政处罚告知书",
                "行政处罚事先（听证）告知书" if case.hearing_class else "行政处罚事先告知书",
            )
        ),
        seal=True,
        date=d["notice"],
    )
    header(doc, case)
    doc.right(case.numbers["notice"], tag="number")
    doc.p(f"{case.party.name}：")
    viol = cz.joined(cz.violated(case))
    pen = cz.joined(cz.penalty(case, first=False))
    intro = ph.pick("notice_intro", date=fdate(d["filing"], st), act=case.scenario.act)
    doc.p(intro + fact_sentence(case), tag="facts")
    doc.p(
        f"{st.you}的上述行为违反了{viol}的规定。{ph.pick('basis', cite=pen)}，"
        f"{discretion(case, ph) if case.tier != '一般' else ''}"
        f"{st.we}拟对{st.you}作出如下行政处罚："
    )
    for line in penalty_items(case, ph, case.proposed_fine):
        doc.p(line, tag="proposal")
    doc.p(ph.pick("statement_right"), tag="rights")
    if case.hearing_class and "hearing_right_missing" not in case.flags:
        doc.p(ph.pick("hearing_right"), tag="hearing_right")
    n = case.statement_wd
    doc.p(ph.pick("statement_period", n=str(n), ncn=cn_int(n)), tag="period")
    doc.p(f"联系人：{case.officers[0].name}    联系地址：{case.agency.address}")
    doc.right(case.agency.name, tag="signer")
    doc.right("（印章）", tag="seal")
    doc.right(fdate(d["notice"], st, seal=True), tag="date")
    return doc


def statement_record(case: GenCase, ph: Phraser) -> Doc:
    """陈述申辩笔录 with the 复核 result."""
    st, d = case.style, case.dates
    t0, t1 = case.times["statement"]
    doc = Doc("statement", "陈述申辩笔录", "陈述申辩笔录", date=d["statement"])
    header(doc, case)
    o1, o2 = case.officers
    form(
        doc,
        case,
        [
            ("时间", f"{ftime(d['statement'], t0, st)}至{ftime(d['statement'], t1, st)[-6:]}"),
            ("地点", f"{case.agency.name}"),
            ("陈述申辩人", case.party.contact),
            ("承办人", f"{officer_text(o1, ph)}、{officer_text(o2, ph)}"),
        ],
        tag="st_head",
    )
    doc.p("陈述申辩内容：当事人认为其违法情节轻微，经营困难，请求减轻处罚。")
    if "statement_lowered" in case.flags:
        doc.p(f"复核意见：当事人的部分申辩理由成立，予以采纳，拟将罚款调整为{money(case.fine or 0)}元。")
    else:
        doc.p("复核意见：当事人的陈述申辩未提出新的事实、理由和证据，不予采纳。")
    doc.p(f"陈述申辩人（签名）：{case.party.contact}    {fdate(d['statement'], st)}", tag="party_sig")
    doc.p(f"承办人（签名）：{o1.name}  {o2.name}", tag="officer_sig")
    return doc


def waiver(case: GenCase, ph: Phraser) -> Doc:
    """陈述申辩书 in which the party waives the 陈述申辩 period in writing."""
    st, d = case.style, case.dates
    doc = Doc("waiver", "陈述申辩笔录", ph.choice(("陈述申辩书", "陈述（申辩）书")), date=d["waiver"])
    doc.p(f"{case.agency.name}：")
    doc.p(
        f"本人（单位）已收到《行政处罚事先告知书》（{case.numbers['notice']}），对告知的违法事实、理由、依据及拟作出的"
        f"行政处罚无异议，自愿放弃陈述、申辩{'和要求听证' if case.hearing_class else ''}的权利，"
        "请依法作出处理决定。"
    )
    doc.p(f"当事人（签名）：{case.party.contact}", tag="party_sig")
    doc.right(fdate(d["waiver"], st), tag="date")
    return doc


def hearing_docs(case: GenCase, ph: Phraser) -> list[Doc]:
    """听证通知书, its 送达回证 is built by the assembler, 听证笔录, 听证报告."""
    st, d = case.style, case.dates
    hn = Doc("hearing_notice", "听证通知书", "行政处罚听证通知书", seal=True, date=d["hearing_notice"])
    header(hn, case)
    hn.right(case.numbers["hearing_notice"], tag="number")
    hn.p(f"{case.party.name}：")
    hn.p(
        f"根据{st.you}的申请，"
        f"{st.we}决定于{ftime(d['hearing'], case.times['hearing'][0], st)}在{case.agency.name}听证室"
        f"对{st.you}涉嫌{case.scenario.act}一案公开举行听证。本次听证由{case.chair}担任主持人，{case.recorder}担任记录员。"
        "如认为上述人员与本案有直接利害关系，有权申请回避。无正当理由不到场的，视为放弃听证权利。"
    )
    hn.right(case.agency.name)
    hn.right("（印章）", tag="seal")
    hn.right(fdate(d["hearing_notice"], st, seal=True), tag="date")
    t0, t1 = case.times["hearing"]
    rec = Doc("hearing", "听证笔录", "听证笔录", date=d["hearing"])
    header(rec, case)
    o1, o2 = case.officers
    form(
        rec,
        case,
        [
            ("听证时间", f"{ftime(d['hearing'], t0, st)}至{ftime(d['hearing'], t1, st)[-6:]}"),
            ("听证地点", f"{case.agency.name}听证室"),
            ("主持人", case.chair),
            ("记录员", case.recorder),
            ("案件调查人员", f"{o1.name}、{o2.name}"),
            ("当事人", f"{case.party.name}（{case.party.contact}到场）"),
        ],
        tag="hearing_head",
    )
    rec.p("调查人员陈述了当事人违法的事实、证据、处罚依据和处罚建议。当事人进行了申辩和质证。")
    rec.p(f"当事人（签名）：{case.party.contact}    主持人（签名）：{case.chair}", tag="party_sig")
    rep = Doc("hearing_report", "听证报告", "听证报告", date=d["hearing_report"])
    header(rep, case)
    rep.p(
        f"{fdate(d['hearing'], st)}，{case.chair}主持了{case.party.name}{case.scenario.act}一案听证。"
        "主持人认为，本案事实清楚，证据充分，当事人的申辩理由不能成立，建议维持拟作出的处罚。"
    )
    rep.p(f"主持人（签名）：{case.chair}")
    rep.right(fdate(d["hearing_report"], st), tag="date")
    return [hn, rec, rep]


def _remedy(case: GenCase, ph: Phraser) -> str:
    d = case.dates["decision"]
    ag = case.agency
    if "remedy_wrong" in case.flags:
        return str(case.mods["remedy_text"])
    review = (
        ag.government
        if d >= REVIEW_SWITCH
        else ph.choice((ag.government, ag.superior, f"{ag.superior}或者{ag.government}"))
    )
    text = ph.pick("remedy", review=review, court=ag.court, you=case.style.you)
    if case.procedure == "不予处罚":
        return text.replace("本处罚决定", "本决定")
    return text + ph.pick("no_suspend")


def decision(case: GenCase, ph: Phraser) -> Doc:
    """行政处罚决定书 with the six items of 行政处罚法 第五十九条, 文号 and seal marker."""
    st, d = case.style, case.dates
    doc = Doc("decision", "行政处罚决定书", "行政处罚决定书", seal=True, date=d["decision"])
    issuer = case.agency.name + case.agency.unit if "internal_issuer" in case.flags else case.agency.name
    if st.agency_header:
        doc.blocks.append(Block("title", issuer, tag="agency_header"))
    doc.right(case.numbers["decision"], tag="number")
    p = case.party
    doc.p(f"当事人：{p.name}", tag="party_name")
    if p.credit_code:
        doc.p(f"统一社会信用代码：{p.credit_code}", tag="party_code")
    if p.is_company:
        doc.p(f"法定代表人：{p.legal_rep}")
    else:
        doc.p(f"身份证号码：{p.id_number}", tag="party_id")
    doc.p(f"{'住所' if p.is_company else '住址'}：{p.address}", tag="party_address")
    doc.p(
        ph.choice(
            (
                f"{st.we}于{fdate(d['filing'], st)}对当事人涉嫌{case.scenario.act}一案立案调查，"
                "现已调查终结。",
                f"当事人{case.scenario.act}一案，经{st.we}依法调查，现已审查终结。",
                f"{fdate(d['filing'], st)}，{st.we}对当事人涉嫌{case.scenario.act}的行为立案调查。",
            )
        )
    )
    doc.p("经查，" + fact_sentence(case, "vague_facts" in case.flags), tag="facts")
    if case.facts.calc and "vague_facts" not in case.flags and ph.rng.random() < 0.6:
        doc.p(case.facts.calc, tag="calc")
    doc.p(ph.pick("evidence_intro") + _evidence_line(case), tag="evidence")
    if d.get("notice") and "no_notice" not in case.flags:
        hear = "、听证" if case.hearing_class and "hearing_right_missing" not in case.flags else ""
        line = (
            f"{fdate(d['notice'], st)}，"
            f"{st.we}向当事人送达了《行政处罚事先告知书》（{case.numbers['notice']}），"
            f"告知其拟作出行政处罚的事实、理由、依据及享有的陈述、申辩{hear}权利。"
        )
        if case.hearing_held:
            line += f"当事人申请听证，{st.we}于{fdate(d['hearing'], st)}依法举行了听证。"
        elif case.statement_made and d.get("statement"):
            line += (
                "当事人提出了陈述、申辩意见，经复核，部分理由成立，予以采纳。"
                if "statement_lowered" in case.flags
                else "当事人提出了陈述、申辩意见，经复核，不予采纳。"
            )
        elif "waiver" in case.flags and d.get("waiver"):
            line += f"当事人于{fdate(d['waiver'], st)}书面表示放弃陈述、申辩{hear}权利。"
        elif "decide_in_period" not in case.flags:
            line += "当事人在规定期限内未提出陈述、申辩" + ("和听证申请。" if hear else "。")
        doc.p(line, tag="notice_history")
    if "no_violated" not in case.flags:
        doc.p(
            ph.pick("violated", cite=cz.joined(cz.violated(case)), act=case.scenario.act, we=st.we) + "。",
            tag="violated",
        )
    else:
        doc.p(f"当事人的上述行为构成{case.scenario.act}的违法行为。", tag="violated")
    disc = discretion(case, ph)
    if disc:
        doc.p(disc, tag="discretion")
    doc.p(
        ph.pick("basis", cite=cz.joined(cz.penalty(case, first=False)))
        + "，"
        + ph.pick("decide_intro", we=st.we),
        tag="basis",
    )
    doc.p(f"{case.scenario.order}；", tag="order")
    for line in penalty_items(case, ph):
        doc.p(line, tag="penalty")
    late = cz.late_fine(case)
    doc.p(
        ph.pick("payment", bank=case.agency.bank, you=st.you)
        + ph.pick("late", late_cite=late.text, we=st.we),
        tag="payment",
    )
    doc.p(_remedy(case, ph), tag="remedy")
    doc.right(issuer, tag="signer")
    doc.right(
        "（"
        + (
            case.agency.unit + "印章"
            if "internal_issuer" in case.flags
            else ph.choice(("印章", "公章", "印章"))
        )
        + "）",
        tag="seal",
    )
    doc.right(fdate(d["decision"], st, seal=True), tag="date")
    return doc


def summary_decision(case: GenCase, ph: Phraser) -> Doc:
    """当场行政处罚决定书 (简易程序, 行政处罚法 第五十一条、第五十二条)."""
    st, d = case.style, case.dates
    doc = Doc(
        "decision",
        "当场行政处罚决定书",
        ph.choice(("当场行政处罚决定书", "当场处罚决定书", "行政处罚决定书（简易程序）")),
        seal=True,
        date=d["decision"],
    )
    header(doc, case)
    doc.right(case.numbers["summary"], tag="number")
    p = case.party
    rows = [
        ("被处罚人", p.name),
        (
            "身份证号码" if not p.is_company else "统一社会信用代码",
            (p.id_number if not p.is_company else p.credit_code) or "",
        ),
        ("住址", p.address),
    ]
    form(doc, case, rows, tag="party")
    t0, _ = case.times["decision"]
    doc.p(f"违法事实：{ftime(d['decision'], t0, st)}，" + fact_sentence(case).split("，", 1)[1], tag="facts")
    doc.p(
        ph.pick("violated", cite=cz.joined(cz.violated(case)), act=case.scenario.act, we=st.we) + "。",
        tag="violated",
    )
    kind = (
        "警告"
        if case.warning
        else f"罚款人民币{amount_pair(case.fine or 0)[0]}元（{amount_pair(case.fine or 0)[1]}）"
    )
    if case.fine and "upper_mismatch" in case.flags:
        kind = f"罚款人民币{amount_pair(case.fine)[0]}元（{amount_pair(case.mods['upper_value'])[1]}）"
    doc.p(
        ph.pick("basis", cite=cz.joined(cz.penalty(case, first=False))) + f"，当场作出如下行政处罚：{kind}。",
        tag="penalty",
    )
    if case.fine:
        doc.p(
            f"罚款缴纳方式：被处罚人应当自收到本决定书之日起十五日内到{case.agency.bank}缴纳罚款。逾期不缴纳的，"
            f"依据{cz.late_fine(case).text}的规定每日按罚款数额的百分之三加处罚款。",
            tag="payment",
        )
    if "remedy_wrong" in case.flags:
        remedy = str(case.mods["remedy_text"])
    elif d["decision"] >= REVIEW_SWITCH:
        remedy = (
            f"被处罚人如不服本决定，应当先在收到本决定书之日起六十日内向{case.agency.government}申请行政复议；"
            "对行政复议决定不服的，可以依法向人民法院提起行政诉讼。"
        )
    else:
        remedy = (
            f"被处罚人如不服本决定，可以在收到本决定书之日起六十日内向{case.agency.government}申请行政复议，"
            f"也可以在六个月内向{case.agency.court}提起行政诉讼。"
        )
    doc.p(remedy, tag="remedy")
    if "av" in case.flags:
        doc.p("执法人员使用执法记录仪对处罚过程进行了全程录音录像。", tag="av_ref")
    o1, o2 = case.officers
    doc.p(f"处罚地点：{p.address}附近")
    doc.p(f"执法人员：{officer_text(o1, ph)}、{officer_text(o2, ph)}", tag="officers")
    doc.p(f"执法人员（签名）：{o1.name}  {o2.name}", tag="officer_sig")
    doc.p(f"被处罚人（签名）：{p.contact}    {fdate(d['decision'], st)}", tag="party_sig")
    doc.right(case.agency.name, tag="signer")
    doc.right("（印章）", tag="seal")
    doc.right(fdate(d["decision"], st, seal=True), tag="date")
    return doc


def no_penalty_decision(case: GenCase, ph: Phraser) -> Doc:
    """不予行政处罚决定书 under 行政处罚法 第三十三条第一款, with 教育."""
    st, d = case.style, case.dates
    doc = Doc("decision", "不予行政处罚决定书", "不予行政处罚决定书", seal=True, date=d["decision"])
    header(doc, case)
    doc.right(case.numbers["decision"], tag="number")
    p = case.party
    doc.p(f"当事人：{p.name}", tag="party_name")
    if p.credit_code:
        doc.p(f"统一社会信用代码：{p.credit_code}", tag="party_code")
    else:
        doc.p(f"身份证号码：{p.id_number}", tag="party_id")
    doc.p(f"地址：{p.address}", tag="party_address")
    doc.p(
        f"{st.we}于{fdate(d['filing'], st)}对当事人涉嫌{case.scenario.act}一案立案调查。"
        f"经查，{fact_sentence(case)}",
        tag="facts",
    )
    doc.p(
        ph.pick("violated", cite=cz.joined(cz.violated(case)), act=case.scenario.act, we=st.we) + "。",
        tag="violated",
    )
    ground = ph.choice(
        ("当事人系初次违法，危害后果轻微并已及时改正", "当事人违法行为轻微并及时改正，没有造成危害后果")
    )
    doc.p(
        f"鉴于{ground}，{ph.pick('basis', cite=cz.write(case, APL_NO_PENALTY, 'other').text)}，"
        f"{st.we}决定对当事人不予行政处罚。",
        tag="basis",
    )
    doc.p(
        f"{st.we}已于{fdate(d['decision'], st)}对当事人进行了批评教育，责令其严格遵守相关法律法规。",
        tag="education",
    )
    doc.p(_remedy(case, ph), tag="remedy")
    doc.right(case.agency.name, tag="signer")
    doc.right("（印章）", tag="seal")
    doc.right(fdate(d["decision"], st, seal=True), tag="date")
    return doc
