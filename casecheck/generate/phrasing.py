"""Sentence variants: several real-world wordings of every key sentence, as data.

``Phraser.pick(key, **fields)`` chooses one variant with the case's RNG and fills it. Variants
were modelled on published decisions (shared/dev-set) and the 文书格式范本 of several sectors.
``{you}`` is 你单位/你公司/你 (set by the caller) and ``{we}`` is 本局/我局/本机关.
"""

from __future__ import annotations

import random

PHRASES: dict[str, tuple[str, ...]] = {
    "violated": (
        "当事人的上述行为违反了{cite}的规定",
        "上述行为违反了{cite}之规定",
        "当事人上述行为违反{cite}的规定，构成{act}的违法行为",
        "{we}认为，当事人的行为已违反{cite}规定",
        "以上事实违反了{cite}的规定",
    ),
    "basis": (
        "依据{cite}的规定",
        "根据{cite}之规定",
        "依照{cite}的规定",
        "按照{cite}的规定",
    ),
    "decide_intro": (
        "{we}决定对当事人作出如下行政处罚：",
        "决定给予当事人如下行政处罚：",
        "现决定处罚如下：",
        "{we}决定：",
        "责令当事人改正违法行为，并决定处罚如下：",
    ),
    "fine_line": (
        "处罚款人民币{upper}（¥{lower}元）",
        "罚款{lower}元（大写：人民币{upper}）",
        "处以罚款人民币{upper}（{lower}元）",
        "罚款人民币{lower}元（{upper}）",
        "处以罚款人民币{upper}",
    ),
    "confiscate_line": (
        "没收违法所得人民币{lower}元（{upper}）",
        "没收违法所得{lower}元",
    ),
    "payment": (
        "当事人应当自收到本行政处罚决定书之日起十五日内，将罚没款缴至{bank}，或者通过非税收入电子缴款系统缴纳。",
        "请于接到本决定书之日起15日内持《非税收入一般缴款书》到{bank}缴纳罚没款。",
        "{you}应自收到本决定书之日起十五日内到{bank}各营业网点缴纳罚没款。",
        "罚没款应当自收到本决定书之日起15日内缴至{bank}指定账户。",
    ),
    "late": (
        "逾期不缴纳罚款的，依据{late_cite}的规定，每日按罚款数额的百分之三加处罚款。",
        "到期不缴纳罚款的，{we}可以依据{late_cite}的规定每日按罚款数额的3%加处罚款，加处罚款的数额不超出罚款的数额。",
        "逾期不缴纳的，{we}将依照{late_cite}每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。",
    ),
    "remedy": (
        "如不服本处罚决定，可以在收到本决定书之日起六十日内向{review}申请行政复议，也可以在六个月内依法向{court}提起行政诉讼。",
        "当事人如对本处罚决定不服，可在收到本决定书之日起60日内向{review}申请行政复议；或者在6个月内直接向{court}提起行政诉讼。",
        "{you}如不服本决定，可以在接到本决定书之日起六十日内依法向{review}申请行政复议，或者自接到本决定书之日起六个月内依法向{court}提起行政诉讼。",
    ),
    "no_suspend": (
        "申请行政复议或者提起行政诉讼期间，本处罚决定不停止执行。",
        "复议、诉讼期间，不停止本决定的执行。",
        "",
    ),
    "show_cert": (
        "执法人员向被询问人出示了执法证件，表明了身份。",
        "问：我们是{agency}的执法人员，这是我们的执法证件（出示执法证），请你过目。答：看清楚了。",
        "问：我们是{agency}执法人员{o1}、{o2}，现依法向你进行调查询问，已向你出示执法证件，你是否看清楚？答：看清楚了。",
    ),
    "show_cert_site": (
        "执法人员{o1}、{o2}向被检查人出示了执法证件，说明了来意。",
        "检查人员已出示执法证件，表明身份。",
        "执法人员到达现场后表明身份并出示执法证件。",
    ),
    "recusal": (
        "问：依法告知你，如果你认为执法人员与本案有利害关系，可能影响公正执法的，你有权申请回避，你是否申请回避？答：不申请。",
        "问：你有申请执法人员回避的权利，是否申请回避？答：不需要回避。",
        "问：根据法律规定，你有权申请执法人员回避，你听清楚了吗？是否申请？答：听清楚了，不申请。",
    ),
    "truth": (
        "问：你应当如实回答询问，对与本案无关的问题，你有拒绝回答的权利，你是否明白？答：明白。",
        "问：请你如实提供证据、如实陈述，作伪证要承担法律责任，明白吗？答：明白。",
    ),
    "confirm": (
        "以上笔录我已看过，与我所说相符。",
        "以上笔录我看过，和我说的一样。",
        "上述笔录已向我宣读，记录无误。",
        "以上记录属实。",
    ),
    "statement_right": (
        "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，{you}享有陈述、申辩的权利。",
        "依据《中华人民共和国行政处罚法》第四十五条的规定，{you}有权进行陈述和申辩。",
        "{you}对上述拟作出的行政处罚享有陈述权、申辩权。",
    ),
    "statement_period": (
        "请在收到本告知书之日起{n}个工作日内向{we}提出陈述、申辩意见，逾期未提出的，视为放弃上述权利。",
        "如对拟作出的行政处罚有异议，可在收到本告知书之日起{ncn}日内向{we}提出陈述和申辩。",
        "{you}可在收到本告知书后{ncn}个工作日内提交书面陈述、申辩材料，逾期视为放弃陈述、申辩的权利。",
    ),
    "hearing_right": (
        "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，{you}有要求举行听证的权利。如要求听证，应当在收到本告知书之日起五个工作日内向{we}提出，逾期视为放弃听证权利。",
        "{you}对拟作出的行政处罚有要求听证的权利，可在收到本告知书之日起五日内向{we}提出听证申请。",
        "依据《中华人民共和国行政处罚法》第六十三条的规定，{you}有权要求听证；要求听证的，应当自收到本告知书之日起五个工作日内提出。",
    ),
    "tier_light": (
        "鉴于当事人{ground}，符合《中华人民共和国行政处罚法》第三十二条第（一）项规定的情形，依法予以从轻处罚。",
        "考虑到当事人{ground}，{we}决定对其从轻处罚。",
        "当事人{ground}，依据行政处罚裁量基准，属于从轻处罚情形，在法定幅度的较低档次内处罚。",
    ),
    "tier_light_soft": (
        "鉴于当事人{ground}，依据行政处罚裁量基准，属于从轻处罚情形，在法定幅度的较低档次内处罚。",
        "考虑到当事人{ground}，社会危害性较小，{we}决定对其从轻处罚。",
        "当事人{ground}，按照裁量基准属从轻情形，予以从轻处罚。",
    ),
    "tier_normal": (
        "当事人无法定从轻、减轻或者从重处罚情节，依据行政处罚裁量基准属一般情形，在法定幅度的中间档次内处罚。",
        "综合考虑当事人违法行为的事实、性质、情节以及社会危害程度，{we}认为应按一般情节予以处罚。",
        "本案不存在从轻、减轻或者从重处罚的情形，按裁量基准中的一般档次裁量。",
    ),
    "tier_heavy": (
        "当事人{ground}，属于从重处罚情形，依法予以从重处罚。",
        "鉴于当事人{ground}，根据行政处罚裁量基准，应当从重处罚。",
        "因当事人{ground}，情节较重，在法定幅度的较高档次内处罚。",
    ),
    "tier_reduce": (
        "鉴于当事人{ground}，符合《中华人民共和国行政处罚法》第三十二条第（一）项应当从轻或者减轻行政处罚的情形，依法减轻处罚。",
        "当事人{ground}，依照《中华人民共和国行政处罚法》第三十二条第（一）项的规定，对其减轻处罚。",
    ),
    "report_source": (
        "一、案件来源：{source}。{date}经负责人批准立案。",
        "一、案件来源及立案情况：{date}，{source}线索经{leader}批准立案调查。",
        "一、案件来源：本案系{source}发现，于{date}立案。",
    ),
    "notice_intro": (
        "{we}于{date}对{you}涉嫌{act}一案立案调查。经查，",
        "经调查，{we}查明：",
        "{you}涉嫌{act}一案，{we}已调查终结。经查，",
    ),
    "review_opinion": (
        "审核意见：经审核，本案执法主体合法，事实清楚，证据确凿，定性准确，适用法律正确，程序合法，{disc}同意承办机构的处理意见。",
        "审核意见：本案主体适格，违法事实清楚，证据充分，适用依据正确，程序合法，{disc}拟同意按承办机构意见作出处理。",
        "经法制审核，认为本案事实清楚、证据确实充分、定性准确、程序合法、适用依据正确，{disc}同意处理意见。",
    ),
    "evidence_intro": (
        "以上事实有下列证据证明：",
        "上述违法事实，有以下证据为证：",
        "认定上述事实的主要证据有：",
        "以上事实，有如下证据予以证实：",
    ),
}

LIGHT_GROUNDS = (
    "在案发后主动消除违法行为危害后果",
    "主动消除或者减轻了违法行为的危害后果",
)
SOFT_GROUNDS = (
    "系初次违法，且积极配合调查、如实陈述违法事实",
    "积极配合调查，主动提供证据材料，违法情节较轻",
)
HEAVY_GROUNDS = (
    "经责令改正后逾期仍未改正",
    "违法行为持续时间较长，社会影响较大",
    "一年内因同一种违法行为受过行政处罚",
)
# Heavy grounds that state a statutory escalation condition (责令限期改正…；逾期未改正的，处…): in a file
# that states one, a provision's escalated range is open, so a fine above the base range is lawful.
CONDITION_GROUNDS = ("经责令改正后逾期仍未改正",)
MITIGATION_ANSWERS = (
    "检查当天我们就把{thing}全部下架封存并销毁了，已经主动消除了影响，现在已整改完毕。",
    "发现问题后我们立即进行了整改，主动采取措施消除了危害后果，已整改到位。",
)


class Phraser:
    """Chooses phrase variants with one RNG; ``common`` fields fill every template."""

    def __init__(self, rng: random.Random, **common: str) -> None:
        self.rng = rng
        self.common = common

    def pick(self, key: str, **fields: str) -> str:
        """One variant of ``key`` filled with ``fields`` (and the common fields)."""
        template = self.rng.choice(PHRASES[key])
        return template.format_map(_Fill({**self.common, **fields}))

    def choice(self, options):
        """``rng.choice`` on the phraser's RNG."""
        return self.rng.choice(options)


class _Fill(dict):
    """``format_map`` helper: unknown fields stay visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
