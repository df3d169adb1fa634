"""Event dates a document states in its text: 2024年3月1日我局立案调查 → ``filing``.

For each date the clause after it (to the sentence end, at most ``WINDOW`` characters, never past
the next date) is searched for event cues; the earliest cue wins, so ``告知…拟作出的处罚决定``
is a notice, not a decision. Dates of products (生产日期) and births are skipped.

Two imprecise violation times are kept apart from ``violation`` (which dates the act for the
limitation period and the law version): ``violation_month`` for a time stated at month level
(你单位于2024年7月、8月安排…) and ``violation_since`` for an omission running since a day
(2024年7月1日起未…). They show only that the facts state when the act happened (EVID-02).
"""

from __future__ import annotations

import datetime as dt
import re

from casecheck.extract.fields.dates import DateHit, find_dates, make_date
from casecheck.extract.fields.numerals import to_int
from casecheck.extract.lawtitle import is_lawlike
from casecheck.extract.patterns import fast_compile
from casecheck.extract.text import SPOT_ACK

WINDOW = 90
EVENT_CUES: tuple[tuple[str, str], ...] = (
    # 本局于2019年6月28日决定按照…对你单位处以罚款 (a 送达公告 retelling the decision) counts too
    (
        "decision",
        r"(?<!拟)作出[^。，,；]{0,40}?(?:处罚)?决定(?!的)"
        r"|^\s*(?:依法)?决定(?:对[^。，,；]{0,20}?(?:处以?|给予|作出|罚款)|给予[^。，,；]{0,8}?(?:警告|罚款|处罚)"
        r"|按照[^。；]{0,30}?处以?|处以|不予(?:行政)?处罚)",
    ),
    (
        "notice",
        # 送达《违法行为通知书》，告知拟作出的处罚…: a notice under another name (交通运输's 通知书)
        # 海关's notice is a 行政处罚告知单 (a 规范经营告知单 is no notice of a penalty)
        # 消防's notice may be a 告知笔录 (送达了《行政处罚告知笔录》)
        r"送达[^。]{0,40}(?:告知书|处罚告知单|告知笔录)|送达[^。]{0,40}?告知(?:了)?(?:你|当事人|其)?[^。]{0,12}?(?:拟|陈述|申辩)"
        # 海事行政违法行为通知书: 海事's 事先告知 (a 责令改正/整改/停止违法行为通知书 is none, nor a
        # 责令停止水事违法行为通知书)
        r"|送达[^。《]{0,20}《?(?!责令)[^。《》]{0,20}?(?<![正改止])违法行为通知书"
        r"|告知书|事先告知|处罚告知"
        r"|告知(?:了)?(?:你|当事人|其|被处罚人|被处罚单位|该单位|该公司)[^。]{0,20}(?:违法事实|拟|处罚|陈述|申辩|听证|权利)"
        # 本局依法向张某某告知了拟作出行政处罚决定的事实… (the addressee before the verb)
        r"|向[^。，,；]{1,12}?告知(?:了)?[^。，,；]{0,4}?(?:拟作出|拟对|违法事实|陈述|申辩|听证)",
    ),
    # 受案 / 受理该案: a police administrative case's opening
    ("filing", r"立案|受案|受理(?:该|此|本)案"),
    ("hearing", r"举行[^。]{0,6}听证|听证会"),
    # …于2022年4月21日收到《行政处罚决定书》: the party's receipt is the service
    ("served", r"送达|(?:当场|当面)?交付(?:给)?(?:当事人|被处罚人|你)|签收|收到[^。，,；]{0,20}决定书"),
    # 补办申报并缴纳税款…: the tax itself paid, not a fine
    # …于2025年5月28日未缴纳罚款: a payment not made
    # …于2023年9月20日提出的分期缴纳罚款申请 / 申请延期缴纳罚款: the party's application to pay later,
    # neither a payment nor (the party's act on that day) the violation
    (
        "application",
        r"(?:提出|提交|递交)[^。，,；]{0,12}?(?:缴纳|缴款)[^。，,；]{0,6}?申请|申请(?:分期|延期|暂缓)(?:缴纳|缴款)"
        r"|(?:分期|延期|暂缓)(?:缴纳|缴款)[^。，,；]{0,6}?申请",
    ),
    ("payment", r"(?<![未不没])(?:缴纳|缴清)(?!了?(?:税款|税费|滞纳金|社会保险|保险费))|(?<![未不没])缴款"),
    # 2023年3月22日复查时上述隐患仍未消除: a re-check that found the order ignored
    # …执法人员对当事人废水总排口采样 / 2022年6月22日经某公司检测: a sample taken or tested is a step of
    # it (not 检测 in a violation's name: 未按规定维护和检测运输车辆)
    (
        "investigation",
        r"检查|调查|询问|稽查|勘验|勘察|检验|复查|采样|抽样|经[^，,。；;]{0,20}?(?:检测|监测)"
        r"|(?:进行|委托[^，,。；;]{0,20}?)(?:检测|监测)",
    ),
    ("complaint", r"投诉|举报"),
    # 当事人于…书面表示放弃陈述、申辩权利 / 提出陈述申辩: the party's statement, not the violation
    ("statement", r"放弃[^。]{0,12}(?:陈述|申辩|听证)|(?:提出|进行)了?[^。，,]{0,8}(?:陈述|申辩)"),
    ("violation", r"违法行为发生|实施了?违法|擅自"),
)
# 接群众举报后对当事人立案调查: the tip came first; the day is the filing's (and the tip's)
FILED_AFTER = fast_compile(r"(?:之)?后[^。；;]{0,16}?(?:立案|受案)")
# 责令当事人于2023年8月31日前补办…: a deadline set, not the day of an act
DEADLINE_AFTER = re.compile(r"\s*(?:\d{1,2}\s*[时点](?:\d{1,2}\s*分)?)?\s*(?:前(?!后)|以前|之前)")
PARTY_SUBJECT = re.compile(r"(?:当事人|你单位|你公司|你厂|你店|你|该公司|该单位)(?:自|于|在|从)\s*$")
# 现查明：2023年3月17日22时许，某某在…: the date that opens the statement of the facts dates the act
FINDING_LEAD = re.compile(r"(?:现查明|经查明|经查实|查明)\s*[:：，,]?\s*$")
# 当事人曾于2022年3月1日被我局查获…: an earlier case's discovery, not this one's
_EARLIER_CASE = re.compile(r"曾经?|此前|以往|之前|上次")
# …于2020年9月8日被查见…: the party found in the act (passive)
DISCOVERED = re.compile(
    r"[^。；;\n]{0,60}?发现[，,：:]?\s*(?:当事人|你|该|其|有)"
    r"|\s*(?:\d{1,2}\s*[时点](?:\d{1,2}\s*分)?(?:许|左右)?)?\s*被[^。；;\n，,]{0,8}?(?:查见|查获|发现|查出)"
)
# 2024年5月8日至5月14日，当事人…: a period whose end omits the year (so it is no date of its own)
YEARLESS_END = fast_compile(
    r"\s*(?:至|到|—|－|-|~|～)\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\d{1,2}时(?:\d{1,2}分)?)?"
)
# 逾期至2024年5月7日方办理申报 / 逾期到…才缴纳: the day a late party finally acted ends the omission
LATE_UNTIL = re.compile(r"逾期(?:[^，,。；;\d]{0,6}?)(?:至|到)\s*$")
RANGE_TO = fast_compile(r"\s*(?:至|到|—|－|-|~|～)\s*")
PERIOD_SUBJECT = fast_compile(r"\s*(?:期间|之间|间)?\s*[，,]?\s*(?:当事人|你|该公司|该单位|其)")
SKIP_AFTER = fast_compile(r"\s*(?:第.次)?(?:修正|修订|实施|施行|公布|通过|起施行|前食用)")
# 保质期至/有效期至/截至 <date> is not an event; 2023年4月至<date> (a period's end) is
SKIP_BEFORE = fast_compile(
    r"(生产|出生|有效|保质|出厂|截止)(日期|期|时间)?(?:至|到)?[:：为是]?\s*$|出生于$|(?<![年月日\d号])至\s*$"
)
# a period that starts at a month (2023年4月至2024年4月16日，你单位…) or a date the finder did not read
MONTH_RANGE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:份)?(?:起)?\s*(?:至|到|—|－|-|~|～)\s*$")
PERIOD_END = fast_compile(r"\s*(?:检查|发现|案发)?时?(?:止|为止)?\s*(?:期间|之间|间)?\s*[，,]")
# 2024年7月5日未对…: a fact statement that opens with what the party failed to do on that day;
# 起/以来/至今 make it an omission running since the day (``violation_since``)
UNDONE = fast_compile(
    r"\s*(?P<since>起|以来|后|至今)?\s*[，,]?\s*(?:当事人|你单位|你公司|你|该公司|该单位|其)?"
    r"(?:一直|仍|均|始终|长期)?未(?!满|成年)"
)
# a period's end (…至2024年4月16日，你单位未…) is violation_end, not the violation's day
TO_BEFORE = re.compile(r"(?:至|到|—|－|-|~|～)\s*$")
# a month-level time (2024年7月、8月 / 2024年7月份) that no day follows
MONTHS = fast_compile(
    r"(?<![\d年])(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月份?"
    r"(?:\s*[、和及至到—－~～-]\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月份?)*"
    r"(?![\s\d]*[日号]|\s*[至到—－~～-])"
)
# how every MONTHS match ends (its last 月 and the look-ahead after it): a literal-led scan first
_MONTH_END = re.compile(r"月份?(?![\s\d]*[日号]|\s*[至到—－~～-])")
MONTH_SUBJECT = re.compile(r"(?:当事人|你单位|你公司|你|该公司|该单位|其)(?:自|于|在|从)?\s*$")
MONTH_AFTER = fast_compile(r"\s*(?:期间|间|以来)?\s*[，,]?\s*(?:当事人|你单位|你公司|你|该公司|该单位)")
LABELS: tuple[tuple[str, str], ...] = (
    ("filing", r"(?:立案|受案)(?:时间|日期)"),
    ("decision", r"(?:决定书|处罚决定|决定)(?:时间|日期)|作出(?:处罚)?决定(?:的)?(?:时间|日期)"),
    ("violation", r"(?:违法|案发)(?:行为)?(?:发生)?(?:时间|日期)|违法(?:事实|行为)"),
    ("served", r"(?:送达|签收|收到)(?:时间|日期)"),
    ("payment", r"(?:缴款|缴纳|入库)(?:时间|日期)"),
)


# compiled once: a label right before the date, and the cues of the clause after it
_LABEL_RX = tuple((k, re.compile(rf"{rx}\s*[:：|\n]?\s*$")) for k, rx in LABELS)
# all cues in one scan: the leftmost match, and of cues matching there the first listed, is what
# the earliest-cue rule (min over (start, cue order)) picks
_ANY_CUE = fast_compile("|".join(f"(?P<c{j}>{rx})" for j, (_k, rx) in enumerate(EVENT_CUES)))
_LABEL_WORDS = ("时间", "日期", "违法")  # one of them is in every LABELS pattern
# (not a line break right after an opening bracket: 于2016年5月6日以《⏎行政处罚事先告知书》… is a
# fixed-width copy's wrap inside the title)
_CLAUSE_END = re.compile(r"[。；;]|(?<![《（(〔\[【])\n")
_SPOT_ACK = re.compile(SPOT_ACK)
_ACK_REACH = 40  # the signature line's date follows the acknowledgement within a line or two
_LAW_TITLE = re.compile(r"《[^《》]*》")


# 违法事实：当事人在未取得…的情况下，于2020年6月15日至7月6日使用…: a sentence the party opens, the
# date its 于-adverbial (the act's own day)
_PARTY_LEAD = re.compile(
    r"\s*(?:[\u4e00-\u9fa5]{2,6}[:：])?\s*(?:经查[明实]?[，,：:]?\s*)?(?:当事人|你单位|你公司|你|该公司|该单位)"
)
_SENTENCE_START = re.compile(r"[。；;\n]")


# 应于…前申报，实际于2019年2月27日申报: what the party did in fact against the deadline it missed
_IN_FACT = re.compile(
    r"应(?:当)?(?:于|在)[^。；;\n]{0,30}?(?:前|以前)[^。；;\n]{0,20}?实际(?:上)?(?:于|在)\s*$"
)
# what a party does after the case began is no violation: 收到告知书后，于…提交陈述申辩 /
# 责令改正后，于…完成整改
_LATER_ACT = re.compile(r"整改|改正|纠正|陈述|申辩|听证|提交|签收|缴纳|复议|诉讼")


def _party_led(text: str, start: int, end: int) -> bool:
    """The date follows 于 in a sentence the party opens (or answers a deadline it missed), and what
    the party did on it is no step taken after the case began."""
    if text[start - 1 : start] != "于":
        return False
    lo = max(
        (m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 80), start)),
        default=max(0, start - 80),
    )
    clause = _CLAUSE_END.split(text[end : end + WINDOW], maxsplit=1)[0]
    if _LATER_ACT.search(clause) or "后" in text[lo:start]:
        return False
    return bool(_PARTY_LEAD.match(text, lo, start) or _IN_FACT.search(text, lo, start))


def _mask_law(m: re.Match[str]) -> str:
    return "《" + "＿" * (len(m.group(0)) - 2) + "》" if is_lawlike(m.group(0)) else m.group(0)


def event_dates(text: str, hits: list[DateHit] | None = None) -> dict[str, DateHit]:
    """First date stated for each event kind."""
    hits = find_dates(text) if hits is None else hits
    if hits and "月" in text:
        hits = _with_yearless(text, hits)
    out: dict[str, DateHit] = {}
    for i, h in enumerate(hits):
        if "violation_end" not in out and LATE_UNTIL.search(text, max(0, h.start - 8), h.start):
            out["violation_end"] = h  # 逾期至2024年5月7日方办理申报: the omission ran until that day
            continue
        if SKIP_BEFORE.search(text, max(0, h.start - 8), h.start) or SKIP_AFTER.match(text, h.end):
            continue
        label = text[max(0, h.start - 14) : h.start]
        kind = (
            next((k for k, rx in _LABEL_RX if rx.search(label)), None)
            if "时间" in label or "日期" in label or "违法" in label  # _LABEL_WORDS, without a generator
            else None
        )
        if kind == "payment" and "罚" not in text:
            kind = None  # 入库日期 on a 税收完税证明 of taxes and 滞纳金 only: no penalty paid
        if kind is None:
            stop = min(hits[i + 1].start if i + 1 < len(hits) else len(text), h.end + WINDOW)
            window = _CLAUSE_END.split(text[h.end : stop], maxsplit=1)[0]
            # words inside a title (《统计执法检查规定》) are not events
            window = _LAW_TITLE.sub(_mask_law, window) if "《" in window else window
            cue = _ANY_CUE.search(window)
            kind = EVENT_CUES[int(cue.lastgroup[1:])][0] if cue and cue.lastgroup else None
            if cue and "日" in window:
                _same_day(window, cue.end(), h, out)
            if kind == "complaint" and cue and FILED_AFTER.match(window, cue.end()):
                out.setdefault("complaint", h)
                kind = "filing"
            if kind == "payment" and DEADLINE_AFTER.match(text, h.end):
                kind = None  # 你未在2024年6月30日前办理…汇算清缴: a deadline, not the day paid
            if kind == "served" and (
                _penalty_decision(window)
                or re.search(r"决定书[^。，,；]{0,4}$", text[max(0, h.start - 14) : h.start])
            ):
                kind = "decision_served"  # 于2024年3月26日向当事人送达了《行政处罚决定书》
            if kind is None and i + 1 < len(hits) and RANGE_TO.fullmatch(text, h.end, hits[i + 1].start):
                # 2020年2月28日至2020年3月14日期间，当事人…: the period of the violation
                after = text[hits[i + 1].end : hits[i + 1].end + 16]
                kind = "violation" if PERIOD_SUBJECT.match(after) else None
                if kind and "violation_end" not in out:
                    out["violation_end"] = hits[i + 1]  # 追诉时效 runs from the end of a continuing act
            if (
                kind is None
                and (m := YEARLESS_END.match(text, h.end))
                and PERIOD_SUBJECT.match(text, m.end())
            ):
                kind = "violation"  # the period of the violation; its end has no year to read
            if (
                kind is None
                and (
                    PARTY_SUBJECT.search(text, max(0, h.start - 8), h.start)
                    or FINDING_LEAD.search(text, max(0, h.start - 8), h.start)
                    or (
                        _party_led(text, h.start, h.end) and not DISCOVERED.match(text, h.end, h.end + WINDOW)
                    )
                )
                and not DEADLINE_AFTER.match(text, h.end)
            ):
                # 当事人于2024年2月20日起经营…: what the party did on that date is the violation
                kind = "violation"
            if (
                kind is None
                and not TO_BEFORE.search(text, max(0, h.start - 4), h.start)
                and (m := UNDONE.match(text, h.end))
            ):
                # 2024年7月5日未对…: the act (an omission) the facts date
                kind = "violation_since" if m.group("since") else "violation"
        if (
            "violation_end" not in out
            and MONTH_RANGE.search(text, max(0, h.start - 16), h.start)
            and (PERIOD_SUBJECT.match(text, h.end) or PERIOD_END.match(text, h.end))
        ):
            out["violation_end"] = h  # 2023年4月至2024年4月16日，你单位未设置…: the period's end
        if kind and kind not in out:
            out[kind] = h
        if (
            kind in (None, "investigation", "complaint")
            and "discovered" not in out
            and DISCOVERED.match(text, h.end, min(len(text), h.end + WINDOW))
            and not _EARLIER_CASE.search(text, max(0, h.start - 12), h.start)
        ):
            # …执法人员在检查中发现当事人… : the day the violation was seen (a violation date bound)
            out["discovered"] = h
    if "decision_served" not in out and (ack := _SPOT_ACK.search(text)):
        # …已向我宣告并送交。被处罚人：李某 2022年8月16日: the party's date under the acknowledgement
        signed = next((h for h in hits if ack.end() <= h.start <= ack.end() + _ACK_REACH), None)
        if signed:
            out["decision_served"] = signed
    if "violation_month" not in out and (month := _violation_month(text)):
        out["violation_month"] = month
    same_day = "当日" in text or "同日" in text or "当天" in text
    if "filing" not in out and hits and same_day and (day := _filed_that_day(text, hits)):
        out["filing"] = day
    return out


# …2019年9月26日，执法人员检查发现…。经查，…。本机关当日立案调查。: a later sentence of the passage
# (当日，我局依法立案调查: a comma may set the day apart)
_FILED_SAME_DAY = re.compile(r"(?<![之自])(?:同日|当日|当天)(?!起)[，,]?[^。，,；;\n]{0,8}?(?:立案|受案)")
_SAME_DAY_REACH = 300  # the date stands earlier in the same paragraph


def _filed_that_day(text: str, hits: list[DateHit]) -> DateHit | None:
    """The date a 当日立案 sentence refers back to: the last date before it in its paragraph."""
    m = _FILED_SAME_DAY.search(text)
    if m is None:
        return None
    before = [h for h in hits if h.end <= m.start() and _anchor(text, h)]
    if not before or m.start() - before[-1].end > _SAME_DAY_REACH:
        return None
    between = text[before[-1].end : m.start()]
    clause = between.split("。", 1)[0][:_CUE_REACH]  # what the date's own sentence says happened
    if "\n" in between or _LATER_DAY.search(between) or not _FOUND_THEN.search(clause):
        return None  # the day of what was found (检查/发现/举报), not a violation's start or a later day
    return before[-1]


# 次日 / 第十日 / 3日后 / a later day written without its year: the 当日 is not the date's day
_LATER_DAY = re.compile(
    r"次日|翌日|第[一二三四五六七八九十\d]{1,3}[日天]|[日天]后|\d{1,2}\s*月\s*\d{1,2}\s*日"
)
_FOUND_THEN = re.compile(r"检查|稽查|巡查|核查|发现|查获|举报|投诉")
_CUE_REACH = 60


# 2023年6月21日，本局接到举报后进行检查，6月25日立案调查: a later day of the same narrative
# written without its year (not a period's end 至6月25日, not 每月/次月 5日, not a 生产日期)
YEARLESS = fast_compile(
    r"(?<![\d年月至到—－~～\-每次下上本])(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
_YEARLESS_REACH = 200  # the year-bearing date stands in the same passage, shortly before
_YEARLESS_SPAN = 183  # days from it either way; further off, which year is meant is a guess
_BORN = re.compile(r"\s*(?:出生|生)")


def _anchor(text: str, h: DateHit) -> bool:
    """A date of the narrative's own time (not a 生产日期, a birth, a law's 修正 date)."""
    return not (
        SKIP_BEFORE.search(text, max(0, h.start - 8), h.start)
        or SKIP_AFTER.match(text, h.end)
        or _BORN.match(text, h.end)
    )


def _with_yearless(text: str, hits: list[DateHit]) -> list[DateHit]:
    """``hits`` with the yearless days (``YEARLESS``) that follow a full date of the narrative in
    the same passage, dated in its year when that puts them within ``_YEARLESS_SPAN`` days of it."""
    extra: list[DateHit] = []
    i = 0
    for m in YEARLESS.finditer(text, hits[0].end):
        while i + 1 < len(hits) and hits[i + 1].start <= m.start():
            i += 1
        if hits[i].end > m.start() or TO_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # inside a date the finder read, or the end of a period (…至 6月25日)
        prev = next((h for h in reversed(hits[: i + 1]) if _anchor(text, h)), None)
        if prev is None or m.start() - prev.end > _YEARLESS_REACH or "\n\n" in text[prev.end : m.start()]:
            continue
        iso = make_date(int(prev.iso[:4]), to_int(m.group("m")), to_int(m.group("d")))
        if iso and abs((dt.date.fromisoformat(iso) - dt.date.fromisoformat(prev.iso)).days) <= _YEARLESS_SPAN:
            extra.append(DateHit(iso, m.start(), m.end(), m.group(0), "yearless"))
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


# 送达《责令改正违法行为决定书》: an order to correct, not the decision on the penalty
_ORDER_DECISION = re.compile(r"责令(?:限期)?(?:改正|整改)(?:违法行为)?决定书")


def _penalty_decision(clause: str) -> bool:
    """``clause`` names a decision (决定书) other than an order to correct."""
    return "决定书" in clause and clause.count("决定书") > len(_ORDER_DECISION.findall(clause))


# 于2013年10月23日…进行了检查，并于同日立案调查: a later event of the clause on the same day
# (自决定书送达当日起十五日内缴纳: a time limit's start, no event)
SAME_DAY = re.compile(r"(?<!送达)(?<!收到)(?<![之自])(?:同日|当日|当天)(?!起)(?P<rest>[^。，,；;]{1,20})")


def _same_day(window: str, after: int, hit: DateHit, out: dict[str, DateHit]) -> None:
    """Date by ``hit`` the events ``window`` says (past its first cue, which ends at ``after``)
    happened 同日/当日 (set only where no date of that kind is known yet)."""
    for m in SAME_DAY.finditer(window, after):
        cue = _ANY_CUE.search(m.group("rest"))
        if cue and cue.lastgroup:
            kind = EVENT_CUES[int(cue.lastgroup[1:])][0]
            served_decision = kind == "served" and _penalty_decision(m.group("rest"))
            out.setdefault("decision_served" if served_decision else kind, hit)


def _violation_month(text: str) -> DateHit | None:
    """The first month-level time the party is said to have acted in (dated the month's 1st)."""
    if "月" not in text:
        return None
    if _MONTH_END.search(text):  # a month no day follows: else MONTHS (tried at every digit) cannot match
        for m in MONTHS.finditer(text):
            subject = MONTH_SUBJECT.search(text, max(0, m.start() - 8), m.start())
            if (subject or MONTH_AFTER.match(text, m.end())) and 1 <= int(m.group("m")) <= 12:
                return _month_hit(m)
    for m in MONTH_SPAN.finditer(text):  # 该单位2024年1月至3月20日，未…: a period from a month on
        if MONTH_SUBJECT.search(text, max(0, m.start() - 8), m.start()) and 1 <= int(m.group("m")) <= 12:
            return _month_hit(m)
    return None


def _month_hit(m: re.Match[str]) -> DateHit:
    """A month-level time (groups ``y`` and ``m``) dated the month's 1st."""
    return DateHit(f"{m.group('y')}-{int(m.group('m')):02d}-01", m.start(), m.end(), m.group(0), "month")


MONTH_SPAN = fast_compile(
    r"(?<![\d年])(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月份?(?:起)?\s*(?:至|到|—|－|~|～|-)\s*"
    r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?"
)
