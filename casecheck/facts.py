"""The facts schema: what extraction produces and what rules read.

Facts are plain JSON-able dicts (TypedDicts below) so that rule fixtures in ``tests/rules/*.yaml``
can state them directly, with no PDF and no NLP. Every value that came from the text carries
``evidence`` (``Evidence.to_dict()`` form). A key that is absent or ``None`` means *not found*,
never *false*: rules turn "not found" into 无法评查 or a defect as their semantics demand.

Dates are ISO strings (``YYYY-MM-DD``), times ``YYYY-MM-DDTHH:MM``. Amounts are floats in yuan.

Document-level ``markers`` name phrases the text contains. The vocabulary is fixed here so the
extractor and the rules agree (see ``MARKERS``).
"""

from __future__ import annotations

from typing import Any, TypedDict


class EvidenceDict(TypedDict, total=False):
    """``Evidence.to_dict()``: document ref, page, quote, optional span."""

    document: str | None
    page: int | None
    quote: str
    start: int | None
    end: int | None


class Fact(TypedDict, total=False):
    """A value with its evidence; ``valid`` where a validator applies (check digits, 文号 form).

    Optional extras (added by extraction): ``issues`` lists how a 文号 departs from
    机关代字〔年份〕序号号 (``bracket``, ``missing_bracket``, ``missing_hao``, ``blank``, ``no_serial``
    (the year written, the 序号 left out: 涡消罚〔2023〕号) make it invalid; ``di`` 第,
    ``leading_zero``, ``spaces``, ``seq_not_numeric``, ``seq_bracket`` (第（015）号) do not);
    ``rule`` says which rule placed a timeline date (e.g. ``立案审批表落款``, ``送达回证(决定书)``).
    ``form`` is ``closing`` for a 落款 date, ``working``/``calendar`` for a 陈述申辩 period, ``agency``/
    ``internal`` for an issuer, ``parent_of_unit`` for a case agency read off an internal unit's
    name (某局执法大队 → 某局). ``valid`` is ``None`` when a number is masked (51382319XXXXXXXX46).
    """

    value: Any
    evidence: EvidenceDict | None
    valid: bool | None
    form: str
    issues: list[str]
    rule: str


class Officer(TypedDict, total=False):
    """An officer named on a record, with certificate (执法证号) if given next to the name;
    ``role`` is ``officer``, or ``recorder`` when the name appears only as 记录人/记录员."""

    name: str
    certificate: str | None
    role: str
    evidence: EvidenceDict


class Signature(TypedDict, total=False):
    """A signature line: ``role`` (officer/party/approver/recipient/witness/recorder/
    reviewer/chair/sender/participant), its label as written, and whether it is filled."""

    role: str
    label: str
    filled: bool
    evidence: EvidenceDict


class Amount(TypedDict, total=False):
    """An amount: ``kind`` (fine/confiscation/illegal_gain/goods_value/late_fine/payment/
    proposed_fine/other; ``construction_cost`` for a 建设工程造价, the base of a fine that is a
    percentage of it (城乡规划法 第六十四条), also when it is a factor (造价150000元×6%); ``ad_fee``
    for a 广告费用 (the base of 广告法 fines); ``penalty_total`` for a stated 合计 of the fines and
    the confiscations (the 罚没款, no fine of its own); ``refund`` for money ordered returned to a
    fund or to those it was taken from (责令退回医疗保障基金…元), no penalty; ``fund_loss`` /
    ``fund_fraud`` for the 医疗保障基金 loss caused / sum obtained by fraud (the bases of the fines of
    医疗保障基金使用监督管理条例 第三十八条 / 第四十条); plus
    ``range`` for a bound of a statutory range 二万元以上 and ``rate`` for 每平方米500元 — never a
    fine), value, ``form`` (upper = 大写, lower = 小写/Arabic, mixed = 1.5万);
    an illegal_gain/goods_value may carry ``terms`` [[qty, price], …] read from its sentence, or
    ``computed`` — what the rows of the table whose 合计 it is add up to; ``corrected`` when the
    document itself puts the written figure right (小写“¥201,000.00”有误，现更正为“¥210,000.00”:
    value 210000).
    Kind ``area`` is a land/building area (土地/占地/面积/建筑面积 … 平方米/㎡/m²/亩/公顷), its value in
    m² (1亩 = 666.67 m²), not yuan: the base of a fine set per square metre (土地管理法实施条例
    第五十七条); it never counts as a fine and is never in ``penalty``."""

    kind: str
    value: float
    form: str
    terms: list[list[float]]
    computed: float
    corrected: bool
    evidence: EvidenceDict


class Citation(TypedDict, total=False):
    """A law citation: full official title (no 书名号), 条/款/项 (ints or None), ``sub``
    (之一 → 1), ``role`` (violated/penalty/procedure/other), ``title_raw`` as written (without 书名号,
    with a version note that follows it: 中华人民共和国广告法（2015年修订）). ``version`` is the version the
    text names — in a note after or inside the title, or before it (2018年修正的《…》) — as an ISO date,
    ``YYYY-MM`` or ``YYYY`` (``None`` when the text names none)."""

    law: str
    version: str | None
    article: int | None
    paragraph: int | None
    item: int | None
    sub: int | None
    role: str
    title_raw: str
    evidence: EvidenceDict


class Remedy(TypedDict, total=False):
    """The remedy clause: 复议 period and body, 诉讼 period, and whether 复议前置 is stated."""

    review_days: int | None
    review_months: int | None  # a 复议 period written in months (两个月内申请复议)
    review_body: str | None
    litigation_months: int | None
    court: str | None
    review_first: bool
    direct_suit: bool  # a suit offered without review first (a period for it, 或者…提起行政诉讼)
    evidence: EvidenceDict


class Served(TypedDict, total=False):
    """What a 送达回证 says it serves, and how."""

    title: str | None
    doc_number: str | None
    method: str | None  # 直接送达/留置送达/邮寄送达/委托送达/公告送达/电子送达
    recipient_signed: bool
    witness: bool
    date: Fact | None
    evidence: EvidenceDict
    # a receipt that lists several documents, a row each: one entry per row (title, doc_number,
    # method, recipient_signed (None without a signature column), date, evidence); the fields
    # above are then the first row's (``served.receipt_entries`` reads either shape)
    rows: list[dict[str, Any]]
    # a stub printed under the document it serves (送达回执：受送达人…; its ``under`` names that
    # document when the stub itself names none, and title and doc_number are then its type and 文号)
    stub: bool
    under: str


class DocFacts(TypedDict, total=False):
    """Facts of one document."""

    ref: str
    doc_type: str
    title: str | None
    file: str
    pages: list[int]
    doc_number: Fact | None
    date: Fact | None  # 落款日期
    agency: Fact | None
    issuer: Fact | None  # the name the document is issued/sealed in (for SUBJ-03)
    # name, kind, credit_code, id_number, address, legal_rep; a 单位's 身份证号 (its representative's)
    # is kept as legal_rep_id, never as id_number
    party: dict[str, Fact | None]
    # the person a 笔录 questions, or the holder an identity copy names (姓名：…), when the document
    # names no party: {"name": Fact, "id_number": Fact|None}; when it is the party (a 个人)
    # the case merge copies both into this document's ``party`` so DOC-06 can compare them
    interviewee: dict[str, Fact | None] | None
    officers: list[Officer]
    signatures: list[Signature]
    seal: dict[str, Any]  # {"marker": bool, "image": bool|None, "evidence": EvidenceDict|None}
    # start/end (笔录 times, YYYY-MM-DDTHH:MM), and dates the text states for events: filing, notice,
    # decision, violation (violation_end for a stated period; violation_month for a month-level time,
    # violation_since for an omission since a day: neither is a timeline step), discovered (the day
    # the violation was seen: the timeline's violation fallback), investigation, hearing, served,
    # payment, complaint, statement (当事人于…提出陈述申辩 / 书面表示放弃陈述、申辩权利)
    dates: dict[str, Fact]
    amounts: list[Amount]
    citations: list[Citation]
    # {"kinds": [...], "fine": Fact|None, "confiscation": Fact|None, "proposed_fine": Fact|None};
    # in a 告知书 ``fine`` is the proposed fine (the same Fact as ``proposed_fine``). A fine set per
    # unit adds ``fine_rate`` (Fact: yuan per unit, ``units`` ["辆"] or ["人", "月"], ``per``) and,
    # when the count is stated, ``fine_count`` (Fact: the number of units, ``units`` {"辆": 3});
    # ``fine`` is the stated total, else rate × count with the computation in ``computed``
    penalty: dict[str, Any]
    remedy: Remedy | None
    # 履行方式和期限: value = days to pay, form working|calendar, bank = where (or None)
    payment_terms: Fact | None
    statement_days: Fact | None  # 陈述申辩/听证 period stated in a 告知书 (days)
    hearing_right: Fact | None  # a 告知书 tells of the right to a hearing
    # {"level": 从轻|一般|从重|减轻|不予, "reason": str, "form": explicit|tier, "evidence"}; ``tier`` when
    # only tier wording places the fine (情节较轻 → 从轻, 较高档次 → 从重) without claiming 从轻/从重;
    # ``reasoned`` (level None) when reasons are given without a level: a 裁量 section (五、裁量：…)
    # or circumstances weighed in the deciding sentence (鉴于当事人…，决定…)
    discretion: dict[str, Any] | None
    markers: dict[str, Fact]
    served: Served | None
    # 卷内目录 rows: {"number", "title", "doc_number" (a 文号 column or bracketed after the title, else
    # None), "date" (ISO or None), "pages": [a, b], "evidence"}; tab, |, leader (……第N页), label：value
    # and wrapped-title layouts are read
    catalog: list[dict[str, Any]]
    page_count: int
    # {"pages": [page numbers read by OCR], "confidence": mean OCR confidence 0–100 or None} when some
    # of the document's pages came from OCR (``Page.method == "ocr"``), else None. Text read by OCR
    # may be garbled: a rule may decline to accuse on it (a missing or odd value is then 无法评查).
    # the ref of the document this one continues: a later page of it filed as a file of its own
    # (``casecheck.extract.continued``), whose facts that document took what it lacked from
    continues: str
    ocr: dict[str, Any] | None
    # pages of the document read from a text layer that carry a picture a signature may be in
    # (``Page.picture``: one shaped like a signature, or a scan of the whole page under its text
    # layer): a blank signature line there may be signed in the picture, which the text does not show
    image_pages: list[int]
    # for a DOCX (pages cut at its page breaks, which depend on who renders it): True when each page
    # of the file ends on its own printed page number, one up each page, so its pages are fixed;
    # None for every other source (a PDF, OFD, scan or text file has fixed pages)
    pages_printed: bool | None
    # values a correction notice in this document puts right (…误写为“A”，现更正为“B”):
    # [{"wrong", "right", "evidence"}], with ``wrong_yuan``/``right_yuan`` when both are amounts
    corrections: list[dict[str, Any]]


class CaseFacts(TypedDict, total=False):
    """Facts of a whole case, as the rules read them."""

    case_id: str
    procedure: str | None  # 普通/简易/不予处罚
    documents: list[DocFacts]
    timeline: dict[str, Fact]  # TIMELINE_EVENTS → date fact
    agency: Fact | None
    party: dict[str, Fact | None]
    officers: list[Officer]
    penalty: dict[str, Any]
    citations: list[Citation]
    page_count: int


# Phrases a document may contain, by marker name. The extractor fills ``markers`` with those found.
MARKERS: dict[str, str] = {
    "showed_certificate": "执法人员出示/表明身份/出示执法证件",
    "recusal_notice": "告知申请回避的权利",
    "statement_waived": "当事人书面/明确放弃陈述申辩(听证)",
    "hearing_requested": "当事人申请/要求听证",
    "hearing_held": "举行听证",
    "extension_approved": "延长办案期限经批准",
    "av_record": "执法记录仪/音像记录/全过程记录",
    "publication": "处罚信息公示/公开",
    "referral": "涉嫌犯罪移送/不移送的决定",
    "voucher_cited": "缴款凭证以票号/编号记载（电子缴款书号、票据号）",
    "entrustment": "委托书/受委托",
    "correction_ordered": "责令改正",
    "uncorrected": "逾期未改正/拒不改正(加重处罚幅度的条件)",
    "mitigation_ground": "法定从轻减轻情节(主动消除/受胁迫/主动供述/立功/未成年/轻微并及时改正)",
    "mitigation_applied": "决定书适用或说明从轻/减轻/不予",
    "on_spot_service": "当场交付/宣告后当场送达",
    "left_service_record": "留置送达有见证人或拍照录像",
    "public_notice_service": "决定书公告送达（公告期满视为送达）",
    "education": "批评教育",
    "first_offence": "初次违法/首违",
    "legal_review_opinion": "法制机构(法制科/法规股/法制审核人员)在讨论或审批中出具审核意见",
    "facts_by_reference": "事实与证据援引同案另一份编号的处罚决定书(双罚)",
    "manager_liability": "被处罚人作为单位直接负责的主管人员或其他直接责任人员受罚(双罚)",
    "collective_decision": "审批表记载经负责人集体讨论(局长办公会/局务会/案审会)",
    "discussion_required": "本案应提交负责人集体讨论",
}

# Case timeline events, in the order the law expects them.
TIMELINE_EVENTS: tuple[str, ...] = (
    "violation",
    "filing",
    "investigation",
    "investigation_end",
    "notice",
    "notice_served",
    "statement",
    "hearing",
    "legal_review",
    "collective_discussion",
    "decision_approval",
    "decision",
    "decision_served",
    "payment",
    "closing",
)
