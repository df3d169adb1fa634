"""Marker phrases (``casecheck.facts.MARKERS``): each name → regexes; the first hit is evidence.

Quoted text (a provision quoted in full) is masked so a law's wording does not count as the
document saying it did something.
"""

from __future__ import annotations

import re

from casecheck.extract.patterns import LiteralScan, guarded
from casecheck.extract.text import SPOT_ACK_SIGNED, mask_quotes

# an opinion written after its colon, on the same line or the next (法制审核意见：⏎同意。): text that is
# no blank, no denial (无, 未经审核) and no next row's label (领导意见：…)
_OPINION_SAID = (
    r"(?=[ \t\u3000]*\n?[ \t\u3000]*[^\s：:（(])"
    r"(?![ \t\u3000]*\n?[ \t\u3000]*(?:未|尚未|无(?!异议)|[^\n。，,；]{0,8}[：:]))"
)
MARKER_PATTERNS: dict[str, tuple[str, ...]] = {
    "showed_certificate": (
        r"出示[^，。；]{0,10}(?:执法|工作|有效)?证件?",
        r"表明(?:了)?(?:执法人员)?身份",
        r"出示(?:了)?执法证",
        r"亮(?:明)?(?:证|身份|执法证)",  # 亮证执法 / 亮明身份
        r"这是(?:我们|我)的?[^，。；？?]{0,6}(?:执法证|证件)",  # 这是我们的执法证件，请过目
    ),
    "recusal_notice": (r"(?:申请|要求|提出)[^，。]{0,6}回避", r"回避(?:的)?(?:权利|申请)"),
    "statement_waived": (
        r"放弃[^，。；]{0,12}(?:陈述|申辩|听证)",
        r"(?:不|未)(?:提出|要求)[^，。；]{0,6}(?:陈述|申辩|听证)",
    ),
    "hearing_requested": (r"(?:申请|要求|提出)[^，。；]{0,6}(?:举行)?听证(?!的权利)",),
    "hearing_held": (
        r"(?:已|依法|(?<![定将])于[^，。；]{2,20})举行(?:了)?听证",
        r"举行了听证",
        r"召开(?:了)?听证会",
    ),
    "extension_approved": (r"延长[^，。；]{0,10}(?:办案|办理)?期限", r"延期(?:办理|审批)"),
    # 国办发〔2018〕118号: 音像记录 is recording the enforcement by camera, recorder or 执法记录仪 —
    # photographs or video taken at the step count; a photo merely listed as evidence does not say so
    "av_record": (
        r"执法记录仪", r"音像记录", r"全过程记录", r"录音录像", r"音视频",
        r"拍摄[^，。；]{0,8}(?:照片|相片|视频|影像)", r"拍照", r"航拍",
        r"(?<!监控)(?<!调取)(?<!调阅)(?:摄像|录像)(?![厅带店])",  # not CCTV footage taken as evidence
    ),
    "publication": (
        r"(?:予以|依法|进行)?公示", r"信息公开", r"向社会公布",
        r"(?:处罚|决定)(?:决定)?信息[^，。；]{0,30}(?:网站|平台|系统|栏目)[^，。；]{0,12}(?:公开|公布)",
    ),
    "referral": (r"移送(?:司法机关|公安机关)", r"涉嫌犯罪", r"不予移送"),
    # 非税收入一般缴款书（电子）票号3202…, 金额30000.00元: an (electronic) voucher cited by its number
    "voucher_cited": (
        r"(?:缴款书|缴款凭证|罚没款?收据|非税收入[^，。；\n]{0,8}?(?:票据|收据)|电子票据)"
        r"(?:(?!码|电话|手机|身份证|信用)[^，。；\n]){0,12}?"
        r"(?:(?:票号|号码|编号|单号|流水号|号|No\.?|NO\.?)\s*[:：为]?\s*[A-Za-z0-9]{6,}"
        r"|\s*(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{10,})",
    ),
    "entrustment": (
        r"行政(?:处罚|执法)委托书", r"受[^，。；]{0,12}委托[^，。；]{0,12}(?:实施|执法|行使|作出)",
        r"委托[^，。；]{0,20}(?:实施|行使)[^，。；]{0,6}(?:行政处罚|执法)",
    ),
    "correction_ordered": (r"责令[^，。；]{0,12}改正", r"限期改正", r"责令[^，。；]{0,6}整改"),
    "uncorrected": (
        r"(?:逾期|期满|到期|届满)[^，。；]{0,6}?(?:仍)?(?:未|没有|不)[^，。；]{0,2}(?:改正|整改|纠正)",
        r"拒不(?:改正|整改|纠正)",
        r"(?:复查|复核|回访)[^。；]{0,24}?仍(?:未|没有)[^，。；]{0,4}(?:改正|整改|纠正)",
    ),
    "mitigation_ground": (
        r"主动[^，。；]{0,8}(?:消除|减轻)[^，。；]{0,10}(?:危害后果|影响)",
        # 已将多结算的医保基金全部主动退回 / 主动退还多收的费用: the harm undone (第三十二条第一项)
        r"(?<!是否)(?<!有无)(?<![未没不])主动[^，。；？?]{0,6}(?:退回|退还|退赔|返还)(?!罚)(?![^。；\n]{0,20}[？?])",
        r"受(?:他人)?胁迫",
        r"(?:受|被)[^，。]{0,4}诱骗",
        r"主动供述",
        r"立功表现",
        r"未成年人?(?:实施|违法)", r"(?:违法行为)?轻微并(?:及时)?(?:改正|纠正)", r"及时(?:改正|纠正|整改)",
    ),
    "mitigation_applied": (
        r"(?:从轻|减轻|不予(?:行政)?)(?:行政)?处罚",
        # the decision weighs the ground in its discretion: 结合…以及发现后及时修复的情节，…决定
        r"(?:结合|考虑到?|鉴于|综合)[^。；]{0,80}?(?<![未不没无能])(?:及时|主动|立即|积极)[^，。；]{0,6}"
        r"(?:改正|纠正|整改|修复|消除|减轻)[^。；]{0,30}?情节",
        # 鉴于你单位在责令限期内改正，未造成…，但系第二次…: the correction weighed (and answered)
        r"(?:鉴于|考虑到?)[^。；]{0,30}?(?<![未不没无能拒有])(?:已|及时|主动|立即|在[^。；，]{0,10}内)(?:改正|纠正|整改)",
        # …检查后修复系履行改正义务，不属于主动消除违法行为危害后果的情形: the ground weighed and refused
        r"不(?:属于|构成|符合|能认定为?)[^。，；]{0,20}?(?:主动|及时)[^。，；]{0,12}?(?:消除|减轻|改正|纠正)"
        r"[^。，；]{0,14}?(?:情形|情节)",
    ),
    # 本决定书已向我宣告并送交。被处罚人：… (a police decision's own 宣告、送达 block, signed by the party)
    "on_spot_service": (r"当场(?:交付|送达|宣告|收到|签收|领取)", SPOT_ACK_SIGNED),
    # 现依法向你单位公告送达…《行政处罚决定书》: the decision served by public notice (a 送达地址确认书's
    # 可以公告送达 is a warning, and a 公告 of the 告知书 serves no decision)
    "public_notice_service": (
        r"(?:现|特|兹)(?:依法)?向[^。；\n]{0,30}公告送达[^。；\n]{0,40}?(?<!告知)决定",
        # not a rule's condition: …下落不明的，依法公告送达 / …无法送达时，依法公告送达
        r"(?<!告知)决定书?(?:(?!的[，,]|时[，,])[^。；\n]){0,50}?(?:已|予以|依法|现予)公告送达",
        r"(?<!告知)决定[^。；\n可]{0,60}?(?:公告期满|经过三十日|经过30日)[^。；\n]{0,6}视为送达",
    ),
    "left_service_record": (r"留置送达", r"拍照(?:、|或|和)?录像"),
    "education": (r"批评教育", r"教育(?:当事人|引导)", r"说服教育"),
    "first_offence": (r"初次违法", r"首次违法", r"首违", r"第一次(?:被)?查处"),
    # 法规股：事实清楚… / 法制科审核意见：同意 / 法制审核人员意见： — the 法制 body's opinion given in a
    # 集体讨论记录 or an approval form (a title or an attendance list alone says nothing)
    "legal_review_opinion": (
        r"(?:法制|法规|政策法规)(?:工作)?(?:科|股|室|处|办|机构|部门|大队|中队)(?:负责人|股长|科长|主任)?"
        r"[^，。；\n：:]{0,4}(?:(?:审核|审查)?意见)?\s*[：:]" + _OPINION_SAID,
        r"法制(?:审核|审查)(?:人员|员)?(?:意见|结论)\s*[:：]" + _OPINION_SAID,
        # 讨论意见：法制股已审核，认为事实清楚…: the review reported done, with what it found
        r"(?:法制|法规|政策法规)(?:工作)?(?:科|股|室|处|办|机构|部门)[^，。；\n]{0,4}?已(?:经)?(?:进行)?(?:审核|审查)"
        r"[^。；\n]{0,6}?(?:认为|意见|结论|同意)",
    ),
    # 经2020年8月26日局长办公会集体讨论，同意: the discussion recorded on the decision approval form
    "collective_decision": (
        r"(?<![需应拟请提报])经[^。；\n]{0,16}?(?:局长办公会|局务会|党组会|案审会|审理委员会|审查委员会|负责人)(?:议)?"
        r"[^。；\n]{0,4}?集体(?:讨论|研究|审议)[，,]?\s*(?:一致)?(?:同意|决定|通过)(?![^\n]{0,4}[：:])",
    ),
    # 属于应当由局负责人集体讨论决定的案件 / 同意提交局案审会集体讨论 / 减轻处罚须经负责人集体讨论决定:
    # the file itself says the case goes to a collective discussion (not 无需/不需要…集体讨论)
    "discussion_required": (
        # (not a form's question, 是否需集体讨论：□是 ■否)
        r"(?<![不无勿否])(?:应当|应|需要?|须|必须)(?:经|由|提交|提请|报请|进行)?[^。；\n，,：:]{0,16}?集体(?:讨论|研究|审议)"
        r"(?![^。；\n]{0,6}[：:]?\s*[□☐■☑])",
        r"(?:同意|建议)(?:提交|提请|报请|报)[^。；\n，,]{0,12}?集体(?:讨论|研究|审议)",
    ),
    # 你是直接负责的主管人员 / 对其他直接责任人员…: the decision punishes a manager for the unit's act
    "manager_liability": (
        r"直接负责的主管人员",
        r"其他直接责任人员",
        r"(?:作为|系|是)[^，。；]{0,12}直接责任人员?",
    ),
    # 事实及证据详见思应急罚〔2019〕9号决定书: a 双罚 decision of the manager states the facts by reference
    "facts_by_reference": (
        r"(?:事实|证据|违法行为)[^。；\n]{0,12}?(?:详见|参见|(?<![意])见|同)(?:本局|本机关)?[^，。；\n]{0,24}?号(?:《)?"
        r"(?:行政)?(?:处罚)?决定书",
    ),
}  # fmt: skip
# A cue right after a negation (不能及时改正, 未出示) is not the document saying it happened.
NEGATED = re.compile(r"(?:不能|不|未|没有|无|拒绝|拒不)$")
# Telling of a right (可以要求听证, 逾期视为放弃) is not the party exercising it.
MODAL = re.compile(r"(?:可|可以|有权|享有|视为|代为|如|如果|是否)[^，。；]{0,4}$")
MODAL_SENSITIVE = frozenset({"hearing_requested", "statement_waived", "hearing_held"})
# …逾期不陈述、申辩或者不提出听证要求的，视为放弃上述权利: the notice's condition, after the cue
# (within the cue's own clause: 本人放弃陈述申辩，逾期不缴纳罚款的，视为… and ☑放弃陈述申辩权利（…未提出的，
# 视为放弃） are waivers)
CONDITION = re.compile(r"[^。；;\n，,（(]{0,12}?的\s*[，,]?\s*(?:视为|视同|即视为|均视为)")
NEGATABLE = frozenset(MARKER_PATTERNS) - {"statement_waived", "referral"}
# A form row answering the cue: 是否出示执法证件：否 / 出示证件 □是 ☑否 — the answer says it did not happen.
ANSWERED_NO = re.compile(r"[^\n，。；]{0,4}?(?:[：:]\s*(?:否|无|未)|[□☐口]\s*是\s*[☑√■▇✓✔☒]\s*否)")
_COMPILED = {k: tuple(guarded(p) for p in ps) for k, ps in MARKER_PATTERNS.items()}
# which of the runs the patterns' matches hold (``guarded``) a text has, from one scan
literals_in = LiteralScan(lit for regs in _COMPILED.values() for _rx, lit in regs)


def find_markers(text: str) -> dict[str, tuple[int, int]]:
    """Marker name → span of its first occurrence."""
    masked = mask_quotes(text)
    present = literals_in(masked)
    out: dict[str, tuple[int, int]] = {}
    for name, regs in _COMPILED.items():
        first: re.Match[str] | None = None  # the earliest hit; of equal starts, the first found
        negatable, modal = name in NEGATABLE, name in MODAL_SENSITIVE
        for r, literal in regs:
            if literal and literal not in present:
                continue  # ``may_match``: the run every match holds is not there
            for m in r.finditer(masked):
                s = m.start()
                if (first is None or s < first.start()) and (
                    (not negatable or not NEGATED.search(masked, max(0, s - 3), s))
                    and (not negatable or not ANSWERED_NO.match(masked, m.end()))
                    and (not modal or not MODAL.search(masked, max(0, s - 8), s))
                    and (not modal or not CONDITION.match(masked, m.end()))
                ):
                    first = m
        if first is not None:
            out[name] = first.span()
    if "legal_review_opinion" not in out and ("法制" in masked or "法规" in masked):
        spoken = _legal_member_opinion(masked)
        if spoken:
            out["legal_review_opinion"] = spoken
    return out


# 出席委员：…、肖剑（政策法规科科长） … 肖剑：事实清楚，证据充分…: the 法制 member speaks by name
_LEGAL_MEMBER = re.compile(
    r"(?P<n>[\u4e00-\u9fa5]{2,4})[（(][^（）()\n]{0,10}(?:法制|法规)[^（）()\n]{0,8}[)）]"
)
_OPINION_WORDS = r"(?:经审|审核|事实|同意|认为|建议)"


def _legal_member_opinion(text: str) -> tuple[int, int] | None:
    """The span of an opinion a member named as of the 法制/法规 office gives by name."""
    for m in _LEGAL_MEMBER.finditer(text):
        said = re.search(
            rf"(?<![\u4e00-\u9fa5]){re.escape(m.group('n'))}\s*[：:][^\n]{{0,4}}{_OPINION_WORDS}", text
        )
        if said:
            return said.span()
    return None
