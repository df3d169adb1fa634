"""The discretion wording: 从轻/一般/从重/减轻/不予 处罚 with the sentence giving the reason.

A cue in a deciding sentence (决定/给予/予以/对当事人) wins over one in a recital; negated
cues (不予从轻, 不符合减轻, 不适用) are ignored. Short quoted words are read (参照基准“一般”档次):
only long quotations (quoted law, statements) are masked.

Without a cue, reasoning still counts when the text gives it in a labelled section (``五、裁量：当事人能
提供进货来源，主动下架…``), weighs circumstances in the deciding sentence (``鉴于当事人违法建设面积
较小，能主动配合调查…，决定：``), says it weighed them (``所提治理设施正常运行的意见已在裁量中考虑``) or
that the law leaves no range (``该处罚为法定固定标准，无裁量幅度``): level ``None``, form ``reasoned``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casecheck.extract.patterns import fast_compile, guarded, search
from casecheck.extract.text import mask_quotes, sentence_bounds


def _before_list(level: str) -> str:
    """经集体讨论，从轻决定：/ 建议从轻：没收…: ``level`` before the decision's or the proposal's list;
    裁量阶次为“一般” / 违法情节属一般: the tier the agency states it placed the case in."""
    # (a level followed by 的 is a benchmark's condition, one before 、/或 a list of the tiers)
    tail = r"[”」\"]?(?!的|[^，。；]{0,6}(?:或|、))"
    return (
        rf"|{level}决定(?=[:：]|如下)|(?:建议|拟){level}(?=[:：])"
        rf"|(?:阶次|档次|等次|裁量等级)(?:为|是|属于?|确定为)\s*[“「\"]?{level}{tail}"
        rf"|(?<!不)(?<!未)情节(?:属于?|系|为)\s*[“「\"]?{level}{tail}"
    )


def _before_verb(level: str) -> str:
    """决定从轻给予…处罚 / 从重处以罚款 / 从轻作出如下处罚: ``level`` as an adverb before the imposing
    verb (可以从轻或者减轻作出: the law's options, none chosen)."""
    return rf"|{level}(?:给予|处以)|(?<![或者以]){level}作出"


CUES: tuple[tuple[str, str], ...] = (
    ("不予", r"不予(?:以)?(?:行政)?处罚"),
    (
        "减轻",
        r"减轻(?:行政)?处罚|减轻(?:情节|情形)" + _before_verb("减轻") + _before_list("减轻"),
    ),
    # 参照《某省…裁量标准》“从轻”档 / 一般档: the tier named with 档 alone; 属于“一般”违法情形: the tier
    # quoted after 属/系/为 (a quoted 从轻/从重 is as often the party's claim: 申辩称其属于“从轻”情形)
    (
        "从轻",
        r"从轻(?:行政)?处罚|从轻处理|从轻(?:情节|情形)|从轻[”」\"]?档次?(?!为|是|[:：])"
        # 依法从轻或者减轻…的情形: the law's two options named together, neither the level chosen
        r"|(?:予以|依法|酌情)从轻(?!或|、)" + _before_verb("从轻") + _before_list("从轻"),
    ),
    (
        "从重",
        r"从重(?:行政)?处罚|从重(?:情节|情形)|从重[”」\"]?档次?(?!为|是|[:：])"
        r"|(?:予以|依法|酌情)从重" + _before_verb("从重") + _before_list("从重"),
    ),
    (
        "一般",
        r"情节一般|一般(?:违法)?(?:情节|情形)|(?<=[属于系为][“「\"])一般[”」\"](?:违法)?(?:情节|情形)|按一般(?:情形|标准)|一般[”」\"]?(?:处罚)?档次?(?!为|是|[:：])"
        r"|一般(?:违法)?行为(?:的)?裁量" + _before_list("一般"),
    ),
)
# 无法定从轻、减轻或者从重处罚情节: the negation governs the whole list of circumstances
# Tier wording that places the fine without naming 从轻/从重; used only when no cue above is found.
# 情节严重的，处…: the law's condition quoted, not the case's tier
SOFT_CUES: tuple[tuple[str, str], ...] = (
    # 按较低档裁量 / 在较高档内处罚 / 从低处罚: the tier named without 次
    # 按下限裁量 / 按法定幅度下限拟定 / 按法定最低额: the fine put at an end of its range
    (
        "从重",
        r"情节(?:较重|严重|恶劣)(?!的[，,])|较高档(?:次)?|较重[”」\"]?档次?|上限(?:处罚|处以|裁量)|从高(?:处罚|处以|裁量)"
        r"|按(?:法定)?(?:幅度)?上限|按(?:法定)?最高(?:限|额|标准)",
    ),
    (
        "从轻",
        r"情节(?:较轻|轻微)(?!的[，,])|较低档(?:次)?|较轻[”」\"]?档次?|下限(?:处罚|处以|裁量)|从低(?:处罚|处以|裁量)"
        r"|按(?:法定)?(?:幅度)?下限|按(?:法定)?最低(?:限|额|标准)",
    ),
    ("一般", r"中间档次|中档"),
)
# each cue table compiled once, with the run every match holds (``guarded``)
_CUES_RX = {cues: tuple((level, *guarded(cue)) for level, cue in cues) for cues in (CUES, SOFT_CUES)}
# 五、裁量：… / 裁量理由：… / 自由裁量情节：… — or the heading on its own line and the reasoning on
# the next (五、裁量情节⏎当事人…), unless the next line is the following numbered heading
_NUM = r"(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])"
SECTION = fast_compile(
    rf"(?:^|\n)[ \t\u3000]*{_NUM}?"
    r"[ \t\u3000]*(?:自由)?裁量(?:理由|情节|说明|意见|依据|因素|情况|幅度)?[ \t\u3000]*"
    rf"(?:[:：\t]|\n[ \t\u3000\n]*(?!{_NUM}))"
    r"(?P<body>[^\n]{6,})"
)
# 按照本省…自由裁量基准（超限20吨以上不足30吨），决定… / 按照《某省…裁量基准》…的档次，建议…: the
# benchmark applied and the tier the facts put the case in (read on the text: the title is quoted)
BENCHMARK_TIER = fast_compile(
    r"(?:按照|依照|根据|参照|对照|适用)[^。；;\n]{0,30}?裁量(?:基准|标准|权基准)》?"
    # the tier in a bracket (超限20吨以上不足30吨), not the benchmark's own 文号 or edition
    r"(?:[（(](?=[^（）()\n]{0,30}(?:以上|以下|不足|未满|档|阶|情形|情节))(?![^（）()\n]*[〔\[号版])"
    r"[^（）()\n]{2,30}[)）]|[^。；;\n]{0,30}?(?:档次|档|等次|阶次))"
)
# 鉴于当事人…，决定… / 综合考虑… / 考虑当事人…的情节，我局决定…
WEIGHING = fast_compile(
    r"(?:鉴于|(?<![未不没以予])考虑(?:到)?|综合考虑|结合)(?P<body>[^。；;\n]{4,80}?)[，,]"
)
# 所提…的意见已在裁量中考虑 / 35万元已考虑治理设施运行情节: circumstances the agency says it weighed
CONSIDERED = fast_compile(
    r"已(?:在|于)?(?:处罚)?(?:裁量|量罚|拟处罚)[^。；;\n]{0,4}?(?:中|时)?(?:予以|充分|一并)?(?:考虑|考量|体现)"
    r"|已(?:充分|予以|一并)?(?:考虑|考量)[^。；;\n]{0,16}?(?:情节|情形|因素)"
    # …补报备案等情节已予考虑，但…不宜从轻: the circumstances weighed, then why no lighter fine
    r"|(?:情节|情形|因素)已(?:予|予以|经|充分|一并)?(?:考虑|考量)|不宜(?:从轻|减轻)"
    # …主观过错相对较轻，且已主动补缴，本办予以采纳，对罚款数额予以调整: the fine moved for reasons given
    r"|(?:罚款|处罚)(?:数额|金额|幅度)(?:予以|依法|酌情|相应)?(?:调整|酌减|核减|降低|下调|调低|减少)"
)
# one of these is in every CONSIDERED match: a cheap test before its scan
_CONSIDERED_WORDS = ("已", "不宜", "数额", "金额", "幅度")
# 该处罚为法定固定标准，无裁量幅度: a fine the law fixes leaves nothing to place (the reason given)
# …按标准计罚: the fine the law's per-unit standard gives (not 按每平方米20元计算: a rate chosen
# within a range still needs its reason)
NO_ROOM = fast_compile(
    r"(?:无|没有|不存在)(?:自由)?裁量(?:幅度|空间|余地)|法定固定(?:标准|数额)|固定(?:罚款)?标准[^。；;\n，,]{0,6}(?:处罚|计算)"
    r"|按(?:法定)?标准计罚"
)
# a line opening a labelled field (处理意见：…), other than the decision itself (现决定：…)
_FIELD_LINE = re.compile(r"\n[ \t\u3000]*(?![^：:\t\n]{0,8}决定|处罚如下)[\u4e00-\u9fa5（）()]{2,10}[：:\t]")
_PARTY_SAYS = re.compile(
    r"(?:当事人|代理人|其)[^。；;\n]{0,6}?(?:称|辩称|提出|认为|表示|请求|主张|申请|要求)"
)
# one of these is in every WEIGHING match (综合考虑 holds 考虑): a cheap test before its scan, whose
# opening alternation gives the engine no character to skip ahead by
_WEIGHING_WORDS = ("鉴于", "考虑", "结合")
# 无 that starts a word (无证, 无照, 无偿 …) denies nothing.
_WU = "无(?!证|照|偿|故|效|关|线|息)"
# 未 denies a circumstance (未发现从轻情节, 未予从轻), not a violation's name (逾期未改正“一般”档)
_WEI = "未(?:发现|见|有|查见|查实|具有|具备|存在|达到|构成|符合|适用|予|能|提出|提供|主动|被)"
NEGATION = re.compile(
    rf"(?:不予|不宜|不符合|不适用|不具有|不具备|不存在|不属于|不构成|没有|{_WU}|{_WEI})[^，,。；]{{0,16}}$"
)
# what the party asks for (请求从轻处罚) is no level the agency placed the fine at
# (按照裁量基准要求予以从轻: the agency's own rule, no request)
REQUEST = re.compile(r"(?<!基准)(?<!规定)(?<!标准)(?<!制度)(?:请求|要求|申请|希望|恳请|请予)[^，,。；]{0,6}$")
# A denial of existence anywhere earlier in the cue's clause (a list of circumstances or a quoted
# benchmark may stand between): 无主动消除或者减轻违法行为危害后果等从轻情节 / 不存在《…》规定的从重情节.
NEGATION_CLAUSE = re.compile(
    rf"不存在|不具有|不具备|不符合|不适用|不属于|不构成|不宜|没有|未发现|未见|未查见|未有|{_WU}"
)
CLAUSE_STOP = "，,。；;：:\n"
FIRST_OFFENCE = fast_compile(r"首违不罚|(?:初次|首次)违法")
DECIDING = re.compile(r"决定(?!书)|给予|予以|对当事人|对你")
# The agency placing the fine itself after 鉴于…: 本局按每吨300元处罚 / 在幅度内处罚款一万五千元 / 对其处以
PLACING = re.compile(r"处以|处罚款|并处|按[^。；;，,]{1,20}?处罚|对其")


@dataclass(frozen=True)
class DiscretionHit:
    """Level, the reason sentence and its span."""

    level: str | None  # None: reasons given without placing the fine (form ``reasoned``)
    reason: str
    start: int
    end: int
    # explicit 从轻/从重… | tier (情节较轻, 较高档次: placed, not claimed) | reasoned (裁量：… / 鉴于…)
    form: str = "explicit"
    # for level 不予: 首违不罚 (初次违法…可以不予, 行政处罚法 第三十三条第一款 second sentence) or
    # 不予处罚 (轻微并及时改正, no harm; or another ground)
    ground: str | None = None


# a tier statement (裁量阶次为一般, 违法情节属从轻) someone other than the deciding agency makes, or
# asks about: 当事人辩称其违法情节属从轻 / 承办人认为… / 是否存在违法情节为从重的情形 / 如违法情节属一般的
_STATED = ("阶次", "档次", "等次", "裁量等级", "情节")
_NOT_PLACED = re.compile(r"(?<!本局)(?<!我局)(?<!机关)(?<!本厅)认为|[辩声]?称|提出|主张|是否|如果?|若")


def _hits(masked: str, cues: tuple[tuple[str, str], ...]) -> list[tuple[bool, int, str, int, int]]:
    found = []
    for level, rx, literal in _CUES_RX[cues]:
        if literal and literal not in masked:
            continue  # ``may_match``: the run every match holds is not there
        for m in rx.finditer(masked):
            if _negated(masked, m.start()):
                continue
            if m.group().startswith(_STATED):
                lo = max(masked.rfind(c, 0, m.start()) for c in CLAUSE_STOP) + 1
                if _NOT_PLACED.search(masked, lo, m.start()):
                    continue
            lo, hi = sentence_bounds(masked, m.start(), "。；;\n")
            found.append((not DECIDING.search(masked, lo, hi), m.start(), level, lo, hi))
    return found


def _negated(masked: str, pos: int) -> bool:
    """Is the cue at ``pos`` denied (无…从重情节, 不予从轻, 不存在《…》规定的从重情节, 不属于法定从轻情形)
    or only asked for (请求从轻处罚)?"""
    if NEGATION.search(masked, max(0, pos - 18), pos) or REQUEST.search(masked, max(0, pos - 12), pos):
        return True
    lo = max(masked.rfind(c, 0, pos) for c in CLAUSE_STOP) + 1
    clause = re.sub(r"《[^《》]*》", "《》", masked[max(lo, pos - 60) : pos])
    return bool(NEGATION_CLAUSE.search(clause))


def find_discretion(text: str) -> DiscretionHit | None:
    """The discretion level (and reason) a decision or report states, or ``None``."""
    masked = mask_quotes(text, keep_short=6)
    found, form = _hits(masked, CUES), "explicit"
    if not found:
        found, form = _hits(masked, SOFT_CUES), "tier"
    if found:
        _, _, level, lo, hi = min(found)
        ground = None
        if level == "不予":  # quoted law text is masked: its 初次违法 is no ground the decision found
            ground = "首违不罚" if FIRST_OFFENCE.search(masked) else "不予处罚"
        return DiscretionHit(level, text[lo:hi].strip(), lo, hi, form, ground)
    return _reasoned(masked, text)


def _reasoned(masked: str, text: str) -> DiscretionHit | None:
    """Reasoning without a level: a 裁量 section, a benchmark's tier the case is placed in, or
    circumstances weighed in a deciding sentence."""
    m = search(SECTION, masked)
    if m:
        lo, hi = m.start("body"), m.end("body")
        return DiscretionHit(None, text[lo:hi].strip(), lo, hi, "reasoned")
    m = search(BENCHMARK_TIER, text) if "裁量" in text else None
    if m:
        lo, hi = sentence_bounds(text, m.start(), "。；;\n")
        return DiscretionHit(None, text[lo:hi].strip(), lo, hi, "reasoned")
    m = (search(CONSIDERED, masked) if any(w in masked for w in _CONSIDERED_WORDS) else None) or (
        search(NO_ROOM, masked) if any(w in masked for w in ("固定", "裁量", "计罚")) else None
    )
    if m:
        lo, hi = sentence_bounds(masked, m.start(), "。；;\n")
        if not _PARTY_SAYS.search(masked, lo, m.start()):  # 当事人辩称其已充分考虑…: no agency's reason
            return DiscretionHit(None, text[lo:hi].strip(), lo, hi, "reasoned")
    if not any(w in masked for w in _WEIGHING_WORDS):
        return None
    for w in WEIGHING.finditer(masked):
        # the sentence may wrap (鉴于…较长，根据…之规定，⏎现决定：…): it ends at its stop, not a line end
        lo, hi = sentence_bounds(masked, w.start(), "。；;")
        lo = max(lo, masked.rfind("\n", 0, w.start()) + 1)
        if field := _FIELD_LINE.search(masked, w.end(), hi):
            hi = field.start()  # …进行了检查⏎处理意见：建议给予…: the next form field, not the sentence
        placed = DECIDING.search(masked, w.end(), hi) or PLACING.search(masked, w.end(), hi)
        if placed and not NEGATION.search(w.group("body")):
            return DiscretionHit(None, text[lo:hi].strip(), lo, hi, "reasoned")
    return None
