"""Defect injectors: one per code of ``shared/contract/defects.yaml``.

An injector makes exactly its code's trigger true (with the default profile's parameters) and
keeps the rest of the file consistent. It acts in up to three places:

- ``prepare(case)`` before the hearing class and dates are derived (fine, flags, timeline knobs);
- ``after_dates(case)`` once dates and 文号 exist;
- ``post(case, docs)`` on the rendered documents.

Each returns a note (what changed, in which document) that goes into ``labels.jsonl``. ``implies``
lists codes whose trigger necessarily becomes true as well (e.g. PROC-01 removes the 告知书, which
DOC-08 requires); they are labelled too. ``group`` keeps injectors that touch the same thing
(the fine, the citations, the officers, the voucher) out of one case.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from casecheck.generate.case import (
    BENCHMARKED,
    PROFILE,
    GenCase,
    choose_fine,
    default_ground,
    fine_bounds,
    pick_in,
    tier_band,
)
from casecheck.generate.docmodel import Doc, amount_pair
from casecheck.generate.facts import product
from casecheck.generate.ids import break_check, money, upper_amount
from casecheck.generate.oracle import report_in_approval, report_required
from casecheck.generate.phrasing import CONDITION_GROUNDS, HEAVY_GROUNDS, SOFT_GROUNDS

Note = dict[str, str]


@dataclass
class Injector:
    """How to inject one code."""

    code: str
    procedures: tuple[str, ...]
    fits: Callable[[GenCase], bool] = lambda c: True
    prepare: Callable[[GenCase], Note | None] | None = None
    after_dates: Callable[[GenCase], Note | None] | None = None
    post: Callable[[GenCase, list[Doc]], Note | None] | None = None
    group: str = ""
    implies: tuple[str, ...] = ()
    excludes: tuple[str, ...] = field(default_factory=tuple)


def _doc(docs: list[Doc], key: str) -> Doc | None:
    return next((d for d in docs if d.key == key), None)


def _note(doc: str, change: str) -> Note:
    return {"document": doc, "change": change}


def _rng(case: GenCase) -> random.Random:
    return case.rng


# ---- SUBJ -------------------------------------------------------------------------------


def _subj01(case: GenCase, docs: list[Doc]) -> Note:
    o1, o2 = case.officers
    key = case.rng.choice(("inquiry1", "site"))
    doc = _doc(docs, key)
    doc.replace(o2.certificate, o1.certificate)
    doc.replace(o2.name, o1.name)
    doc.replace(f"{o1.name}、{o1.name}", o1.name)
    doc.replace(f"{o1.name}  {o1.name}", o1.name)
    return _note(doc.doc_type, f"只记载一名执法人员{o1.name}（另一名{o2.name}被同一人替代）")


def _strip_cert(doc: Doc, o) -> None:
    for form in (
        f"（执法证号：{o.certificate}）",
        f"，执法证号{o.certificate}",
        f"（证号：{o.certificate}）",
    ):
        doc.replace(form, "")


def _subj02(case: GenCase, docs: list[Doc]) -> Note:
    o2 = case.officers[1]
    doc = _doc(docs, case.rng.choice(("inquiry1", "site")))
    _strip_cert(doc, o2)
    return _note(doc.doc_type, f"执法人员{o2.name}姓名旁未记载执法证号")


def _subj03(case: GenCase) -> Note:
    case.flags.add("internal_issuer")
    return _note(
        "行政处罚决定书",
        f"决定书以内设机构“{case.agency.name}{case.agency.unit}”名义作出并加盖其印章，卷内无委托书",
    )


def _subj04(case: GenCase) -> Note:
    o = case.officers[1]
    first = case.dates.get("filing") or case.dates["decision"]
    if case.rng.random() < 0.5:
        o.in_roster = False
        return _note("询问笔录", f"执法人员{o.name}的执法证号{o.certificate}不在执法证件名册中")
    o.valid_to = first - dt.timedelta(days=case.rng.randint(10, 200))
    o.valid_from = o.valid_to - dt.timedelta(days=5 * 365)
    return _note("询问笔录", f"执法人员{o.name}的执法证{o.certificate}于{o.valid_to.isoformat()}已过有效期")


# ---- EVID -------------------------------------------------------------------------------


def _evid01(case: GenCase, docs: list[Doc]) -> Note:
    doc = _doc(docs, "inquiry1")
    doc.drop_tag("show_cert")
    doc.drop_tag("recusal")
    return _note("询问笔录", "删去出示执法证件和告知申请回避权利的记载")


def _evid02(case: GenCase) -> Note:
    case.flags.add("vague_facts")
    return _note("行政处罚决定书", "调查终结报告和决定书认定的违法事实未写明时间、地点和数量/金额")


def _evid03_fits(case: GenCase) -> bool:
    return case.scenario.facts in ("food", "price") and case.procedure == "普通"


def _evid03(case: GenCase) -> Note:
    f = case.facts
    if case.scenario.facts == "food":
        true = f.goods_value or 0
        wrong = round(true + case.rng.choice((10, 20, 50, 100)) + case.rng.randint(1, 9), 2)
        f.core = f.core.replace(f"货值金额{money(true)}元", f"货值金额{money(wrong)}元")
        f.calc = f.calc.replace(f"合计{money(true)}元", f"合计{money(wrong)}元")
        what = f"货值金额写作{money(wrong)}元，而各项数量×单价之和为{money(true)}元"
    else:
        true = f.illegal_gain or 0
        wrong = round(true + case.rng.choice((10, 20, 30, 50)), 2)
        f.core = f.core.replace(f"违法所得{money(true)}元", f"违法所得{money(wrong)}元")
        f.calc = f.calc.replace(f"合计{money(true)}元", f"合计{money(wrong)}元")
        case.confiscation = wrong
        what = f"违法所得写作{money(wrong)}元，而次数×多收金额为{money(true)}元"
    return _note("调查终结报告", what)


# ---- LAW --------------------------------------------------------------------------------


def _law01(case: GenCase) -> Note:
    case.flags.add("no_violated")
    return _note("行政处罚决定书", "决定书未引用被违反的法律条款（只写“构成…违法行为”）")


def _detail_role(case: GenCase) -> str | None:
    for role, provs in (("violated", case.scenario.violated), ("penalty", case.scenario.penalty)):
        p = provs[0]
        if (p.paragraph and p.paragraphs > 1) or (p.item and p.items > 1):
            return role
    return None


def _law02(case: GenCase) -> Note:
    role = _detail_role(case)
    case.mods["drop_detail"] = role
    p = (case.scenario.violated if role == "violated" else case.scenario.penalty)[0]
    return _note("行政处罚决定书", f"引用《{p.law}》第{p.article}条未写明款、项（该条有多款/项）")


def _law03(case: GenCase) -> Note:
    # LAW-05 and DISC-02 are judged against the cited penalty provision (defects.yaml): when a fine
    # injection is in the case (``no_lowering``), the wrong article goes into the violated clause
    role = "violated" if "no_lowering" in case.flags else case.rng.choice(("violated", "penalty"))
    p = (case.scenario.violated if role == "violated" else case.scenario.penalty)[0]
    if p.item and case.rng.random() < 0.5:
        case.mods["bad_item_role"], case.mods["bad_item"] = role, p.items + case.rng.randint(2, 5)
        return _note(
            "行政处罚决定书",
            f"引用《{p.law}》第{p.article}条第{case.mods['bad_item']}项，该项不存在（共{p.items}项）",
        )
    case.mods["bad_article_role"], case.mods["bad_article"] = role, p.last_article + case.rng.randint(3, 30)
    return _note(
        "行政处罚决定书", f"引用《{p.law}》第{case.mods['bad_article']}条，该法只有{p.last_article}条"
    )


def _law04(case: GenCase) -> Note:
    label, _ = case.scenario.old_version
    if label and case.rng.random() < 0.5:
        case.mods["old_version"] = label
        return _note(
            "行政处罚决定书",
            f"处罚依据引用《{case.scenario.penalty[0].law}》（{label}），该版本已于违法行为发生前被修订替代",
        )
    case.mods["old_late"] = True
    return _note(
        "行政处罚决定书", "加处罚款引用旧法条号《行政处罚法》第五十一条第（一）项（2021年修订后为第七十二条）"
    )


def _law05_fits(case: GenCase) -> bool:
    return case.procedure == "普通"


def _law05(case: GenCase) -> Note:
    lo, hi = fine_bounds(case.scenario, case.facts)
    if lo > 0 and case.rng.random() < 0.6:
        case.fine = pick_in(case.rng, lo * 0.3, lo * 0.8)
        case.tier = "从轻"
        case.ground = case.rng.choice(SOFT_GROUNDS)
        where = f"低于法定最低额{money(lo)}元"
    else:
        case.fine = pick_in(case.rng, hi * 1.15, hi * 1.6)
        case.tier = "从重"
        # a stated escalation condition (逾期未改正) would open the provision's escalated range
        case.ground = case.rng.choice([g for g in HEAVY_GROUNDS if g not in CONDITION_GROUNDS])
        where = f"高于法定最高额{money(hi)}元"
    case.facts.mitigation = ""
    if case.fine >= PROFILE["hearing_threshold_yuan"][case.party.kind]:
        pass  # the hearing right follows from the (wrong) fine: nothing else breaks
    return _note("行政处罚决定书", f"罚款{money(case.fine)}元{where}，且未说明减轻处罚理由")


# ---- PROC -------------------------------------------------------------------------------


def _proc01(case: GenCase) -> Note:
    case.flags |= {"no_notice", "no_hearing"}
    case.statement_made = False
    return _note("行政处罚事先告知书", "卷内无行政处罚事先告知书及其送达回证，亦无放弃陈述申辩的书面材料")


def _can_reach(case: GenCase, amount: float) -> bool:
    return fine_bounds(case.scenario, case.facts)[1] >= amount


def _raise_fine(case: GenCase, amount: float) -> None:
    for tier in ("一般", "从重", "从轻"):
        if choose_fine(case, tier, lo_req=amount):
            return
    raise ValueError("cannot reach amount")


def _proc02(case: GenCase) -> Note:
    threshold = PROFILE["hearing_threshold_yuan"][case.party.kind]
    if (case.fine or 0) < threshold:
        _raise_fine(case, threshold)
    case.flags.add("hearing_right_missing")
    return _note("行政处罚事先告知书", f"拟罚款{money(case.fine or 0)}元已达听证标准，告知书未告知听证权利")


def _proc03(case: GenCase) -> Note:
    case.knobs.min_decision_days = case.rng.randint(95, 140)
    return _note(
        "行政处罚决定书", f"决定日期距立案超过90日（至少{case.knobs.min_decision_days}日），卷内无延期审批"
    )


def _proc04(case: GenCase) -> Note:
    case.knobs.inquiry_before_filing = True
    return _note("询问笔录", "询问笔录日期早于立案日期（先调查后立案）")


def _proc05(case: GenCase) -> Note:
    case.knobs.decide_in_period = True
    case.flags |= {"decide_in_period", "no_hearing"}
    case.statement_made = False
    return _note("行政处罚决定书", "陈述申辩期限届满前即作出处罚决定，当事人未书面放弃")


def _proc06(case: GenCase) -> Note:
    if (case.fine or 0) < PROFILE["legal_review_yuan"]:
        _raise_fine(case, PROFILE["legal_review_yuan"])
    case.flags |= {"no_review", "no_hearing"}
    return _note("法制审核意见书", f"罚款{money(case.fine or 0)}元达到法制审核标准，卷内无法制审核意见")


def _proc07(case: GenCase) -> Note:
    if (case.fine or 0) < PROFILE["collective_discussion_yuan"]:
        _raise_fine(case, PROFILE["collective_discussion_yuan"])
    case.flags |= {"no_collective", "no_hearing"}
    return _note("集体讨论记录", f"罚款{money(case.fine or 0)}元达到集体讨论标准，卷内无集体讨论记录")


def _proc08(case: GenCase) -> Note:
    lo, _ = tier_band(*fine_bounds(case.scenario, case.facts), case.tier if case.tier != "减轻" else "一般")
    if case.tier == "减轻":
        choose_fine(case, "一般")
        case.ground, case.facts.mitigation = "", ""
    fine = case.fine or lo
    proposed = pick_in(case.rng, max(lo, fine * 0.6), fine * 0.9)
    if proposed >= fine:
        proposed = round(fine * 0.8, 2)
    case.proposed_fine = proposed
    case.statement_made = True
    case.flags.add("no_lowering")
    return _note(
        "行政处罚决定书", f"告知书拟罚款{money(proposed)}元，陈述申辩后决定罚款{money(fine)}元，处罚加重"
    )


def _proc09_fits(case: GenCase) -> bool:
    return not case.scenario.health and case.procedure == "普通"


def _proc09(case: GenCase) -> Note:
    latest = max(dt.date.fromisoformat(p.in_force) for p in case.scenario.violated + case.scenario.penalty)
    earliest_start = latest + dt.timedelta(days=2 * 365 + 320)
    if case.dates["start"] < earliest_start:
        case.dates["start"] = earliest_start + dt.timedelta(days=case.rng.randint(0, 120))
        for o in case.officers:  # certificates valid around the new dates
            o.valid_from, o.valid_to = (
                case.dates["start"] - dt.timedelta(days=500),
                case.dates["start"] + dt.timedelta(days=1300),
            )
    case.knobs.stale_violation = True
    case.flags.add("ended_act")
    return _note("立案审批表", "违法行为终了之日至立案已超过二年")


def _proc10_fits(case: GenCase) -> bool:
    cap = PROFILE["summary_max_yuan"][case.party.kind]
    return fine_bounds(case.scenario, case.facts)[1] > cap


def _proc10(case: GenCase) -> Note:
    cap = PROFILE["summary_max_yuan"][case.party.kind]
    hi = fine_bounds(case.scenario, case.facts)[1]
    case.warning = False
    case.fine = pick_in(case.rng, cap + 1, min(hi, cap * 3))
    if case.fine <= cap:
        case.fine = float(min(hi, cap + 100))
    return _note("当场行政处罚决定书", f"当场处罚罚款{money(case.fine)}元，超过简易程序限额{cap}元")


def _proc11(case: GenCase) -> Note:
    case.flags.discard("av")
    # photographs taken at the step (拍照取证) are an 音像记录 too (国办发〔2018〕118号)
    case.facts.scene = re.sub(r"[^。]*拍照[^。]*。", "", case.facts.scene)
    doc = "当场行政处罚决定书" if case.procedure == "简易" else "现场检查笔录"
    return _note(doc, "卷内无音像记录，笔录中亦无执法记录仪录像的记载")


def _proc12(case: GenCase) -> Note:
    if case.rng.random() < 0.5:
        case.flags.add("no_publication")
        return _note("公示记录", "卷内无处罚信息公示记录")
    case.knobs.late_publication = True
    return _note("公示记录", "公示日期晚于决定作出后20个工作日")


def _proc13(case: GenCase) -> Note:
    threshold = PROFILE["referral_thresholds_yuan"]["goods_value"]
    case.facts = product(case.rng, min_value=threshold)
    for tier in ("从轻", "一般", "从重"):
        if choose_fine(case, tier):
            break
    case.facts.mitigation = ""
    if case.ground not in SOFT_GROUNDS + HEAVY_GROUNDS:
        case.ground = default_ground(case.rng, case.tier)
    return _note(
        "调查终结报告",
        f"货值金额{money(case.facts.goods_value or 0)}元已达涉嫌犯罪移送标准，"
        "卷内无涉嫌犯罪案件移送书或不移送的说明",
    )


# ---- DISC -------------------------------------------------------------------------------


def _disc01(case: GenCase) -> Note:
    if case.tier == "减轻":
        choose_fine(case, "一般")
    case.facts.mitigation = ""
    case.flags.add("no_discretion")
    return _note("行政处罚决定书", "调查终结报告和决定书均未说明裁量理由（从轻、一般、从重情节）")


def _disc02(case: GenCase) -> Note:
    stated = case.rng.choice(("从轻", "从重"))
    actual = "从重" if stated == "从轻" else "从轻"
    choose_fine(case, actual)
    case.mods["stated_tier"] = stated
    case.ground = case.rng.choice(SOFT_GROUNDS if stated == "从轻" else HEAVY_GROUNDS)
    case.facts.mitigation = ""
    a, b = tier_band(*fine_bounds(case.scenario, case.facts), stated)
    return _note(
        "行政处罚决定书",
        f"决定书称{stated}处罚，但罚款{money(case.fine or 0)}元不在{stated}档（{money(a)}–{money(b)}元）内",
    )


def _disc03(case: GenCase) -> Note:
    choose_fine(case, "一般")
    case.ground = ""
    case.facts.mitigation = "主动消除违法行为危害后果"
    return _note(
        "询问笔录", "笔录记载当事人主动消除危害后果、已整改，决定书按一般情节处罚且未说明不予从轻的理由"
    )


# ---- DOC --------------------------------------------------------------------------------


def _doc01(case: GenCase, docs: list[Doc]) -> Note:
    doc = _doc(docs, "decision")
    options = (
        ("party_address", "remedy") if case.mods.get("old_late") else ("payment", "party_address", "remedy")
    )
    what = case.rng.choice(options)
    doc.drop_tag(what)
    label = {
        "payment": "履行方式和期限",
        "party_address": "当事人地址",
        "remedy": "申请复议、提起诉讼的途径和期限",
    }[what]
    return _note(doc.doc_type, f"决定书缺少法定要素：{label}")


def _doc02(case: GenCase, docs: list[Doc]) -> Note:
    doc = _doc(docs, "decision")
    block = doc.tagged("remedy")[0]
    d = case.dates["decision"]
    ag = case.agency
    if case.procedure == "简易" and d >= dt.date(2024, 1, 1):
        block.text = (
            f"被处罚人如不服本决定，可以在收到本决定书之日起六十日内向{ag.government}申请行政复议，"
            f"也可以在六个月内直接向{ag.court}提起行政诉讼。"
        )
        return _note(doc.doc_type, "2024年后当场处罚决定书未告知复议前置，仍告知可直接起诉")
    if d >= dt.date(2024, 1, 1) and case.scenario.domain not in ("消防",) and case.rng.random() < 0.5:
        block.text = (
            f"如不服本处罚决定，可以在收到本决定书之日起六十日内向{ag.superior}申请行政复议，"
            f"也可以在六个月内向{ag.court}提起行政诉讼。"
        )
        return _note(doc.doc_type, f"2024年1月1日后作出的决定仍告知向上一级主管部门{ag.superior}申请复议")
    if case.rng.random() < 0.5:
        block.text = (
            f"如不服本处罚决定，可以在收到本决定书之日起三十日内向{ag.government}申请行政复议，"
            f"也可以在六个月内向{ag.court}提起行政诉讼。"
        )
        return _note(doc.doc_type, "复议期限写作三十日（应为六十日）")
    block.text = (
        f"如不服本处罚决定，可以在收到本决定书之日起六十日内向{ag.government}申请行政复议，"
        f"也可以在三个月内向{ag.court}提起行政诉讼。"
    )
    return _note(doc.doc_type, "诉讼期限写作三个月（应为六个月）")


def _doc03(case: GenCase) -> Note:
    key = "summary" if case.procedure == "简易" else "decision"
    old = case.numbers[key]
    year = case.dates["decision"].year
    choice = case.rng.choice(("noseq", "nobracket", "none"))
    short = case.agency.short
    if choice == "noseq":
        new = f"{short}罚〔{year}〕号"
    elif choice == "nobracket":
        new = f"{short}罚{year}-{case.rng.randint(1, 300)}"
    else:
        new = ""
    case.numbers[key] = new
    return _note(
        "行政处罚决定书" if key == "decision" else "当场行政处罚决定书",
        f"文号“{old}”写作“{new}”" if new else "决定书无文号",
    )


def _doc04(case: GenCase, docs: list[Doc]) -> Note:
    if case.procedure == "简易":
        doc = _doc(docs, "decision")
        doc.tagged("party_sig")[0].text = f"被处罚人（签名）：        {''}"
        return _note(doc.doc_type, "被处罚人签名栏空白")
    choice = case.rng.choice(("inquiry", "filing", "site"))
    if choice == "filing":
        doc = _doc(docs, "filing")
        doc.set_cell("approval", "负责人签名", "")
        return _note(doc.doc_type, "负责人审批签名栏空白")
    doc = _doc(docs, "inquiry1" if choice == "inquiry" else "site")
    label = "被询问人（签名）：" if choice == "inquiry" else "被检查人（签名）："
    for b in doc.tagged("party_sig"):
        b.text = label
    return _note(doc.doc_type, f"{label.rstrip('：')}栏空白")


def _doc05(case: GenCase, docs: list[Doc]) -> Note:
    doc = _doc(docs, "approval") if case.procedure == "普通" else None
    if doc is not None and case.rng.random() < 0.6:
        doc.set_cell("approval", "审批日期", "")
        return _note(doc.doc_type, "负责人审批日期空白")
    doc = _doc(docs, "report") or _doc(docs, "approval")
    if doc.key == "report":
        doc.drop_tag("date")
    else:
        doc.set_cell("approval", "审批日期", "")
    return _note(doc.doc_type, "落款日期缺失")


def _doc06(case: GenCase, docs: list[Doc]) -> Note:
    p = case.party
    if case.rng.random() < 0.5 or not (p.credit_code or p.id_number):
        doc = _doc(docs, case.rng.choice(("decision_receipt", "closing"))) or _doc(docs, "decision_receipt")
        name = p.name
        wrong = (
            name.replace("有限公司", "公司")
            if "有限公司" in name
            else (name[0] + name[2:] + name[1] if len(name) == 3 else name[0] + "晓" + name[1:])
        )
        if wrong == name:
            wrong = name + "（分店）"
        doc.replace(name, wrong)
        return _note(doc.doc_type, f"当事人名称写作“{wrong}”，与其他文书“{name}”不一致")
    code = p.credit_code or p.id_number
    doc = _doc(docs, "license") or _doc(docs, "decision")
    doc.replace(code, break_check(code))
    return _note(doc.doc_type, f"证照号码写作{break_check(code)}，校验位错误（应为{code}）")


def _doc07(case: GenCase, docs: list[Doc]) -> Note:
    fine = case.fine or 0
    lower, upper = amount_pair(fine)
    if case.procedure != "普通" or case.rng.random() < 0.6:
        doc = _doc(docs, "decision")
        wrong = upper_amount(fine + case.rng.choice((1000, 500, 100)) if fine >= 1000 else fine + 10)
        n = 0
        for b in doc.blocks:
            if b.tag == "penalty" and upper in b.text and lower in b.text:
                b.text = b.text.replace(upper, wrong)
                n += 1
        if n:
            return _note(doc.doc_type, f"罚款小写{lower}元，大写写作{wrong}")
    doc = _doc(docs, "closing")
    wrong = money(fine + case.rng.choice((100, 500, 1000)))
    doc.replace(f"缴纳罚款{lower}元", f"缴纳罚款{wrong}元")
    return _note(doc.doc_type, f"结案审批表记载罚款{wrong}元，决定书为{lower}元")


def _doc08(case: GenCase) -> Note:
    case.flags.add("no_report")
    return _note("调查终结报告", "卷内缺少调查终结报告")


def _doc09(case: GenCase, docs: list[Doc]) -> Note:
    key = (
        "decision"
        if case.procedure != "普通" or case.rng.random() < 0.6 or not _doc(docs, "notice")
        else "notice"
    )
    doc = _doc(docs, key)
    doc.drop_tag("seal")
    doc.seal = False
    return _note(doc.doc_type, "落款处无印章")


# ---- SERV / EXEC / ARCH -----------------------------------------------------------------


def _serv01(case: GenCase) -> Note:
    case.knobs.late_service = True
    return _note("送达回证", "决定书作出8个以上工作日后才邮寄送达")


def _serv02(case: GenCase, docs: list[Doc]) -> Note:
    key = case.rng.choice(("decision_receipt", "notice_receipt"))
    doc = _doc(docs, key) or _doc(docs, "decision_receipt")
    doc.set_cell("receipt", "送达方式", "")
    doc.drop_lines("EMS邮件号")
    return _note(
        doc.doc_type, f"{'决定书' if doc.key == 'decision_receipt' else '告知书'}送达回证未填写送达方式"
    )


# a 文号 a review can read: 〔year〕 and a sequence number
WELL_FORMED_NUMBER = re.compile(r"[〔\[]\d{4}[〕\]]第?\d+号$")


def _serv03(case: GenCase, docs: list[Doc]) -> Note:
    doc = _doc(docs, "decision_receipt")
    number = case.numbers["decision"]
    # without a readable 文号 on the decision (DOC-03: none, 罚2023-254, 罚〔2023〕号) a wrong title
    # alone ties the receipt to no document: then the receipt names the decision with the notice's
    # 文号, which the contract's SERV-03 covers
    if case.rng.random() < 0.5 and WELL_FORMED_NUMBER.search(number or ""):
        wrong = f"《行政处罚告知书》（{number}）"
    else:
        wrong = f"《行政处罚决定书》（{case.numbers['notice']}）"
    doc.set_cell("receipt", "送达文书名称及文号", wrong)
    return _note(doc.doc_type, f"送达回证载明所送文书为{wrong}，与决定书（{number}）不符")


def _exec01(case: GenCase) -> Note:
    case.flags.add("no_voucher")
    return _note("缴款凭证", "已结案但卷内无罚款缴款凭证")


def _exec02(case: GenCase) -> Note:
    case.knobs.late_payment = True
    return _note("缴款凭证", "加处罚款超过每日3%或超过罚款本数（见日期和金额）")


def _exec02_after(case: GenCase) -> Note:
    fine = case.fine or 0
    due = case.dates["decision_served"] + dt.timedelta(days=15)
    overdue = max(1, (case.dates["payment"] - due).days)
    if case.rng.random() < 0.5 or fine * 0.05 * overdue > fine:
        case.late_fine = round(fine * case.rng.choice((1.2, 1.5)), 2)
        return _note("缴款凭证", f"加处罚款{money(case.late_fine)}元超过罚款本数{money(fine)}元")
    case.late_fine = round(fine * 0.05 * overdue, 2)
    return _note("缴款凭证", f"逾期{overdue}日按每日5%加处罚款{money(case.late_fine)}元，超过每日3%")


def _arch01(case: GenCase) -> Note:
    case.mods["toc_shift"] = case.rng.choice((1, 2, -1))
    return _note("卷内目录", f"卷内目录中一份文件的页号偏移{case.mods['toc_shift']}页")


def _has_fine(case: GenCase) -> bool:
    return case.procedure == "普通"


INJECTORS: dict[str, Injector] = {
    i.code: i
    for i in (
        Injector("SUBJ-01", ("普通", "不予处罚"), post=_subj01, group="officer"),
        Injector("SUBJ-02", ("普通", "不予处罚"), post=_subj02, group="officer"),
        Injector("SUBJ-03", ("普通",), fits=lambda c: c.scenario.domain not in ("消防",), prepare=_subj03),
        Injector("SUBJ-04", ("普通", "不予处罚"), after_dates=_subj04, group="officer"),
        Injector("EVID-01", ("普通", "不予处罚"), post=_evid01),
        Injector("EVID-02", ("普通",), prepare=_evid02),
        Injector("EVID-03", ("普通",), fits=_evid03_fits, prepare=_evid03, group="fine"),
        Injector("LAW-01", ("普通",), prepare=_law01, group="cite"),
        Injector(
            "LAW-02",
            ("普通", "简易"),
            fits=lambda c: _detail_role(c) is not None,
            prepare=_law02,
            group="cite",
        ),
        Injector("LAW-03", ("普通", "简易"), prepare=_law03, group="cite"),
        Injector("LAW-04", ("普通",), prepare=_law04, group="cite"),
        Injector("LAW-05", ("普通",), fits=_law05_fits, prepare=_law05, group="fine", implies=()),
        Injector(
            "PROC-01",
            ("普通",),
            prepare=_proc01,
            group="notice",
            implies=("DOC-08",),
            excludes=("PROC-02", "PROC-05", "PROC-08", "SERV-02"),
        ),
        Injector(
            "PROC-02",
            ("普通",),
            fits=lambda c: _can_reach(c, PROFILE["hearing_threshold_yuan"][c.party.kind]),
            prepare=_proc02,
            group="fine",
        ),
        Injector("PROC-03", ("普通",), prepare=_proc03, group="time"),
        Injector("PROC-04", ("普通",), prepare=_proc04),
        Injector("PROC-05", ("普通",), prepare=_proc05, group="time"),
        Injector(
            "PROC-06",
            ("普通",),
            fits=lambda c: _can_reach(c, PROFILE["legal_review_yuan"]),
            prepare=_proc06,
            group="fine",
        ),
        Injector(
            "PROC-07",
            ("普通",),
            fits=lambda c: _can_reach(c, PROFILE["collective_discussion_yuan"]),
            prepare=_proc07,
            group="fine",
        ),
        Injector("PROC-08", ("普通",), prepare=_proc08, group="fine", implies=("DOC-07",)),
        Injector("PROC-09", ("普通",), fits=_proc09_fits, prepare=_proc09, group="time"),
        Injector("PROC-10", ("简易",), fits=_proc10_fits, prepare=_proc10, group="fine"),
        Injector(
            "PROC-11",
            ("普通", "简易", "不予处罚"),
            # a 当场 decision needs an audio-video record only where the profile says so
            fits=lambda c: c.procedure != "简易" or "当场行政处罚决定书" in PROFILE["av_record_required_for"],
            prepare=_proc11,
        ),
        Injector("PROC-12", ("普通",), prepare=_proc12),
        Injector("PROC-13", ("普通",), fits=lambda c: c.scenario.referral, prepare=_proc13, group="fine"),
        Injector("DISC-01", ("普通",), prepare=_disc01, group="fine"),
        Injector(
            "DISC-02", ("普通",), fits=lambda c: c.scenario.key in BENCHMARKED, prepare=_disc02, group="fine"
        ),
        Injector("DISC-03", ("普通",), prepare=_disc03, group="fine"),
        Injector("DOC-01", ("普通",), post=_doc01, group="decision_text"),
        Injector("DOC-02", ("普通", "简易"), post=_doc02, group="decision_text"),
        Injector("DOC-03", ("普通", "简易"), after_dates=_doc03),
        Injector("DOC-04", ("普通", "简易", "不予处罚"), post=_doc04),
        Injector("DOC-05", ("普通",), post=_doc05),
        Injector("DOC-06", ("普通", "不予处罚"), post=_doc06),
        Injector("DOC-07", ("普通", "简易"), fits=lambda c: bool(c.fine), post=_doc07, group="amount"),
        # an agency whose files close the investigation in the 决定审批表 has no 调查终结报告 to miss, and
        # elsewhere the review a 集体讨论记录/法制审核意见书 records makes its absence 无法评查: only the
        # agencies whose rules name the report (市场监管) get it removed
        Injector(
            "DOC-08",
            ("普通",),
            fits=lambda c: not report_in_approval(c.agency.name) and report_required(c.agency.name),
            prepare=_doc08,
            group="notice",
        ),
        Injector("DOC-09", ("普通", "简易", "不予处罚"), post=_doc09),
        Injector("SERV-01", ("普通", "不予处罚"), prepare=_serv01, group="time"),
        Injector("SERV-02", ("普通",), post=_serv02, group="receipt"),
        Injector("SERV-03", ("普通", "不予处罚"), post=_serv03, group="receipt"),
        Injector("EXEC-01", ("普通",), fits=_has_fine, prepare=_exec01, group="voucher"),
        Injector(
            "EXEC-02", ("普通",), fits=_has_fine, prepare=_exec02, after_dates=_exec02_after, group="voucher"
        ),
        Injector("ARCH-01", ("普通", "不予处罚"), prepare=_arch01),
    )
}


def implied_by_fine(case: GenCase, code: str) -> list[str]:
    """Codes a fine injection makes true as a matter of arithmetic (LAW-05 on a benchmarked
    provision is outside every band, so DISC-02 holds too)."""
    if code == "LAW-05" and case.scenario.key in BENCHMARKED:
        return ["DISC-02"]
    return []


def _blinds_fine(case: GenCase, a: Injector, b: Injector) -> bool:
    """Whether ``a`` hides what ``b`` needs: LAW-02 on the penalty provision and a fine defect.

    Without its 款/项 the penalty provision no longer says which range sets the fine, so LAW-05 or
    DISC-02 beside it could not be judged (LAW-03 likewise keeps off the penalty clause then).
    """
    return a.code == "LAW-02" and b.group == "fine" and _detail_role(case) == "penalty"


def choose_codes(case: GenCase, rng: random.Random, n: int, only: list[str] | None = None) -> list[str]:
    """Up to ``n`` compatible codes for ``case`` (or exactly ``only`` when given)."""
    if only is not None:
        return list(only)
    pool = [i for i in INJECTORS.values() if case.procedure in i.procedures and i.fits(case)]
    rng.shuffle(pool)
    chosen: list[Injector] = []
    groups: set[str] = set()
    weight = 0
    for inj in pool:
        if weight >= n:
            break
        cost = 1 + len(inj.implies) + len(implied_by_fine(case, inj.code))
        if weight + cost > max(n, 1):
            continue
        if inj.group and inj.group in groups:
            continue
        if (inj.group == "notice" and groups & {"time"}) or (inj.group == "time" and "notice" in groups):
            continue
        if any(c.code in inj.excludes or inj.code in c.excludes for c in chosen):
            continue
        if any(_blinds_fine(case, a, b) for c in chosen for a, b in ((inj, c), (c, inj))):
            continue
        chosen.append(inj)
        weight += cost
        if inj.group:
            groups.add(inj.group)
    return sorted(i.code for i in chosen)
