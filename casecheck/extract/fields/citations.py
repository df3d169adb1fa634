"""Law citations: 《中华人民共和国食品安全法》第三十四条第(十)项, lists, back references, roles.

Quoted text (“…”) is masked first, so articles inside a quoted provision are not citations.
Every ``第X条`` (with optional 款/项/之一) is attached to the nearest law title before it in the
same sentence, or, after a back reference (本法, 该法, 同法, 上述法律 …), to the last law title
of the document. Bare ``第二款`` / ``第(二)项`` after a separator continue the previous article
(``第三十六条第一款第一项、第二项``). ``第二章第一条`` is a reference into a benchmark's chapter
and is skipped. Law titles cited without any article become title-only citations.
The role comes from the cue word before the citation (``ROLE_CUES``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from casecheck.extract.fields.numerals import NUM_CLASS, to_int
from casecheck.extract.lawtitle import canonical_law_title, is_lawlike, known_title
from casecheck.extract.patterns import fast_compile
from casecheck.extract.text import (
    SENTENCE_SEP,
    join_cell_wraps,
    mask_quotes,
    sentence_bounds,
    wrapped_end,
    wrapped_start,
)

N = NUM_CLASS
# 第一、二款 / 第三、四项: a compact list of numbers under one 第…款/项 (group ``pl`` / ``il``)
_LIST = rf"(?:\s*[、,，]\s*{N}+)*"
_ITEM = (
    rf"(?:\s*第?\s*[(（〈]\s*(?P<{{g}}>{N}+)\s*[)）〉]\s*项?"
    rf"|\s*第\s*(?P<{{g}}2>{N}+)(?P<{{g}}l>{_LIST})\s*项)"
)
ARTICLE = re.compile(
    rf"第\s*(?P<a>{N}+)\s*条(?:\s*之\s*(?P<sub>[一二三四五六七八九十]+))?"
    rf"(?:\s*第\s*[(（]?\s*(?P<p>{N}+)(?P<pl>{_LIST})\s*[)）]?\s*款)?"
    rf"{_ITEM.format(g='i')}?"
)
PARA_ONLY = re.compile(rf"第\s*[(（]?\s*(?P<p>{N}+)\s*[)）]?\s*款{_ITEM.format(g='i')}?")
ITEM_ONLY = fast_compile(rf"第?\s*[(（〈]\s*(?P<i>{N}+)\s*[)）〉]\s*项|第\s*(?P<i2>{N}+)\s*项")
# a title on one line, or wrapped once inside its 书名号 (根据《中华人民共和国治安管理处⏎罚法》第四十三条)
TITLE = re.compile(r"《(?P<t>[^《》\n]{2,80}|[^《》\n]{1,79}\n[^《》\n]{1,40})》")
# A version note the file states: 《广告法》（2015年修订） / （2019年8月26日第三次修正） / （2015年版）
# after the title (kept in ``title_raw``), inside it, or before it (2018年修正的《…》).
_YEAR = r"(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}"
_DATE = rf"(?P<y>{_YEAR})\s*年(?:\s*(?P<m>\d{{1,2}})\s*月(?:\s*(?P<d>\d{{1,2}})\s*日)?)?"
VERSION_NOTE = fast_compile(rf"\s*[(（]\s*(?:[^()（）\n]{{0,8}}?)(?={_YEAR})[^()（）\n]{{4,30}}[)）]")
VERSION_DATE = fast_compile(_DATE)
VERSION_BEFORE = fast_compile(
    rf"{_DATE}\s*(?:[^，。；\n《]{{0,8}}?(?:修订|修正|公布|施行|颁布|版|通过))的?\s*$"
)
# A title written without 书名号 right before an article: 依据食品安全法第三十四条.
BARE_TITLE = re.compile(rf"(?P<t>[\u4e00-\u9fa5]{{2,30}}?(?:法|条例|细则))(?=\s*第\s*{N}+\s*条)")
BARE_STOP = re.compile(
    r"^.*(违反了|违反|依据|根据|依照|按照|适用|符合|属于|依|据|按|了|和|及|与|、|的|之|对)"
)
BACKREF = re.compile(
    r"(本法|该法|同法|上述法律|上述法规|前述法律|该条例|本条例|该办法|本办法|该规定|本规定|该规章)\s*$"
)
CHAPTER = re.compile(rf"第\s*{N}+\s*[章节编]\s*$")
SEPARATOR = fast_compile(r"\s*(?:、|，|,|和|及|以及|与|或者|或|/)\s*")
# A labelled field right before the citation names its role (a form: 处罚依据：《…》第X条).
FIELD_ROLE = fast_compile(
    r"(?:(?P<v>违法依据|定性依据|违反(?:的)?(?:法律)?(?:条款|规定|法条))|处罚依据|处罚的依据)\s*[:：]\s*"
    r"(?:《[^《》\n]{2,80}》)?\s*$"
)
ROLE_CUE = re.compile(r"违反|违背|构成|依据|根据|依照|按照|参照|按|适用|符合")
# What follows a penalty basis: imposing words, not 决定书 titles, 责令改正 or paying a fine.
_AMOUNT_START = r"[\d一二三四五六七八九十壹贰叁肆伍陆柒捌玖两]"
PENALTY_AFTER = fast_compile(
    rf"决定(?!书)|处以|给予|并处|处罚如下|作出(?:如下)?(?:行政)?处罚|(?:规定|予以|进行|实施|依法|应予)处罚"
    rf"|没收|吊销|暂扣|警告|处罚款|处[^，,。；]{{0,12}}罚款"
    rf"|处{_AMOUNT_START}|罚款(?:人民币)?{_AMOUNT_START}"
    r"|按[^，,。；;\n]{0,10}?(?:幅度|档次|下限|上限|标准|情节)处罚"  # 按幅度下限处罚 / 按一般情节处罚
)
APL = "中华人民共和国行政处罚法"
# 行政处罚法 (2021) articles on procedure: 告知, 陈述申辩, 简易/普通/听证, 送达, 执行.
# 行政处罚法 (2021) articles that found a decision not to penalise (未成年, 精神病人, 轻微, 首违).
APL_NO_PENALTY = frozenset({30, 31, 33})
# 行政处罚法 articles a decision may ground its penalty on: 没收违法所得 (28), 从轻/减轻 (32).
APL_GROUNDS = frozenset({28, 32})
NO_PENALTY_AFTER = re.compile(r"决定[^，,。；]{0,12}不予(?:以)?(?:行政)?处罚")
# The laws on 复议/诉讼 a decision cites for the party's remedies, never as the penalty's basis.
REMEDY_LAWS = frozenset({"中华人民共和国行政复议法", "中华人民共和国行政诉讼法"})
APL_PROCEDURE = frozenset({44, 45, 51, 52, 55, 57, 58, 59, 60, 61, 62, 63, 64, 65, 67, 72})
# the measures a procedural citation is checked to provide: 加处罚款, the 告知 of the facts and of
# the rights to 陈述, 申辩 and 听证 (行政处罚法 第三十一条/第三十二条/第四十二条 before 2021-07-15)
_MEASURE = re.compile("加处罚款|告知|陈述|申辩|听证")
_MEASURE_STOP = re.compile(r"[：:；;。]")
_MEASURE_REACH = 40


# what else a 行政处罚法 citation outside its procedure articles is cited for: a ground of 从轻 or
# 减轻 (第三十二条…的情形，对其陈述申辩意见予以采纳), or the officers' certificates and 回避 (第四十二条…
# 出示执法证件，并告知…回避)
_OTHER_PURPOSE = re.compile(r"从轻|减轻|不予|情形|情节|采纳|回避|出示|证件")


def _measure(masked: str, end: int, hi: int, procedural: bool = True) -> str | None:
    """The measures the citation ending at ``end`` is cited for, named in the clause right after it
    (…第五十一条的规定，当场作出如下行政处罚决定：…加处罚款: past the colon, no longer its purpose),
    joined by ``、`` (陈述、申辩); for a citation not of a procedure article (``procedural`` false),
    none when the clause names another purpose too (``_OTHER_PURPOSE``)."""
    stop = min(hi, end + _MEASURE_REACH)
    cut = _MEASURE_STOP.search(masked, end, stop)
    clause_end = cut.start() if cut else stop
    if not procedural and _OTHER_PURPOSE.search(masked, end, clause_end):
        return None
    found = dict.fromkeys(m.group() for m in _MEASURE.finditer(masked, end, clause_end))
    return "、".join(found) or None


@dataclass
class CitationHit:
    """One citation with its span (``start`` of the title when close, ``end`` of the reference)."""

    law: str
    title_raw: str
    article: int | None
    paragraph: int | None
    item: int | None
    sub: int | None
    role: str
    start: int
    end: int
    version: str | None = None  # the version the text names: ISO date, YYYY-MM or YYYY
    # what a procedural citation is cited for, when its sentence names it after the citation (…依据
    # 《行政处罚法》第五十一条的规定，每日按罚款数额的百分之三加处罚款): LAW-04 checks that article says it
    measure: str | None = None

    @property
    def key(self) -> tuple[str, int | None, int | None, int | None, int | None]:
        """Identity used to de-duplicate repeated citations."""
        return (self.law, self.article, self.paragraph, self.item, self.sub)


def version_of(raw: str) -> str | None:
    """The date or year of a version note (``2019年8月26日第三次修正`` → ``2019-08-26``)."""
    m = VERSION_DATE.search(raw)
    if m is None:
        return None
    y = m.group("y")
    if not y.isdigit():
        y = "".join(str("〇一二三四五六七八九".index(c.replace("○", "〇").replace("零", "〇"))) for c in y)
    out = y
    if m.group("m") and 1 <= int(m.group("m")) <= 12:
        out += f"-{int(m.group('m')):02d}"
        if m.group("d") and 1 <= int(m.group("d")) <= 31:
            out += f"-{int(m.group('d')):02d}"
    return out


def _version(masked: str, start: int, raw: str) -> str | None:
    """The version a title states in a note (inside or after it) or just before its 《."""
    note = re.search(r"[(（][^()（）]*[)）]$", raw)
    if (
        note
        and (v := version_of(note.group()))
        and re.search(r"修订|修正|版|公布|施行|颁布|通过|\d{4}", note.group())
    ):
        return v
    before = VERSION_BEFORE.search(masked, max(0, start - 24), start)
    return version_of(before.group()) if before else None


def _titles(masked: str) -> list[tuple[int, int, str]]:
    """Law-like titles ``(start, end, raw)``, bracketed or bare, in text order.

    ``raw`` is the title as written without 书名号, with a version note that follows the 》.
    """
    found = []
    for m in TITLE.finditer(masked):
        title = m.group("t").replace("\n", "")
        if not is_lawlike(title):
            continue
        note = VERSION_NOTE.match(masked, m.end())
        if note and version_of(note.group()):
            found.append((m.start(), note.end(), title + note.group().strip()))
        else:
            found.append((m.start(), m.end(), title))
    for m in _bare_titles(masked):
        raw = BARE_STOP.sub("", m.group("t"))
        # the title proper, after the words before it (…》第九十条和|劳动保障监察条例第二十五条)
        at = m.end() - len(raw)
        if masked[max(0, at - 1) : at] == "》" or any(s <= at < e for s, e, _ in found):
            continue
        if BACKREF.search(raw) or raw in ("本法", "该法", "同法"):
            continue
        t = canonical_law_title(raw)
        # a catalogued title (劳动保障监察条例第二十五条) or one the normaliser completes; not any
        # run of characters that happens to end in 法 or 条例 before an article
        if len(raw) >= 3 and (t.startswith("中华人民共和国") or t != raw or known_title(raw)):
            found.append((at, m.end(), raw))
    return _aliased(masked, sorted(found))


# 《北京市市容环境卫生条例》（以下简称《条例》）: a short name the decision goes on citing by
_ALIAS_NOTE = re.compile(
    r"\s*[（(]\s*(?:以下|下文)?简称\s*[《“\"]?(?P<a>[^《》“”\"（()）]{1,12})[》”\"]?\s*[)）]"
)
_GENERIC = ("条例", "办法", "规定", "细则", "实施细则", "法", "决定", "规则")


def _aliased(masked: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` with short names read as the title they stand for: one a note defines (the full
    title then reaches past the note, so an article after it is the title's), or a bare 《条例》 /
    《办法》 … after a full title of that kind (the drafter's short form)."""
    if not any(raw in _GENERIC for _s, _e, raw in found) and "简称" not in masked:
        return found
    out: list[tuple[int, int, str]] = []
    alias: dict[str, str] = {}
    skip_to = -1
    for start, end, raw in found:
        if start < skip_to:
            continue  # the short name inside its own defining note
        if raw in alias:
            out.append((start, end, alias[raw]))
            continue
        note = _ALIAS_NOTE.match(masked, end) if raw not in _GENERIC else None
        if note:
            alias[note.group("a")] = raw
            out.append((start, note.end(), raw))
            skip_to = note.end()
            continue
        if raw in _GENERIC:
            full = next((r for _s, _e, r in reversed(out) if r.endswith(raw) and r not in _GENERIC), None)
            out.append((start, end, full or raw))
            continue
        out.append((start, end, raw))
    return out


# Where BARE_TITLE's lookahead holds: a run of blanks (each of its positions) before 第N条.
_ARTICLE_AHEAD = fast_compile(rf"\s*(第)\s*{N}+\s*条")
_BARE_REACH = 32  # the longest BARE_TITLE match: 30 characters and 条例/细则
_BARE_ENDS = ("条例", "细则")  # with 法: how every BARE_TITLE match ends


def _bare_titles(masked: str) -> Iterator[re.Match[str]]:
    """``BARE_TITLE.finditer(masked)``, trying only the positions a match can start at.

    A match ends where ``第N条`` follows, at most ``_BARE_REACH`` characters after it starts, so
    only the positions just before such an article are tried (in order, leftmost first, no
    overlaps: what ``finditer`` does), instead of every position of the text; and it ends in
    法/条例/细则, so an article after anything else (``》第三十四条``, the usual case) tries none.
    """
    starts: set[int] = set()
    for a in _ARTICLE_AHEAD.finditer(masked):
        for end in range(a.start(), a.start(1) + 1):
            if masked[end - 1 : end] == "法" or masked[max(0, end - 2) : end] in _BARE_ENDS:
                starts.update(range(max(0, end - _BARE_REACH), end))
    pos = 0
    for s in sorted(starts):
        if s < pos:
            continue
        m = BARE_TITLE.match(masked, s)
        if m:
            yield m
            pos = m.end()


def _role(masked: str, lo: int, start: int, end: int, hi: int, law: str, article: int | None) -> str:
    """Role from the last cue before ``start`` in the sentence ``[lo, hi)``; ``end`` ends the citation.

    What follows the citation is read up to the sentence's end even when the line wraps
    (``…的规定，当场作出如下行\n政处罚：``): a page's line break is not a sentence end.
    """
    hi = wrapped_end(masked, hi)
    if law == APL:
        if article in APL_NO_PENALTY and NO_PENALTY_AFTER.search(masked, end, hi):
            return "penalty"  # 根据行政处罚法第三十三条第一款…决定不予行政处罚: the decision's basis
        if (
            article in APL_GROUNDS
            and not (article == 28 and "第一款" in masked[start:end])  # 28(1) 责令改正 is no penalty
            and any(
                c.group() in ("依据", "根据", "依照", "按照") for c in ROLE_CUE.finditer(masked, lo, start)
            )
            and PENALTY_AFTER.search(masked, end, hi)
        ):
            return "penalty"  # 依据…第二十八条第二款，决定没收… / 第三十二条…减轻: a ground of it
        return "procedure" if article in APL_PROCEDURE else "other"
    if law in REMEDY_LAWS:
        return "other"  # the 救济途径 clause (依照《行政复议法》…应当先申请复议): never the penalty's basis
    if (
        _IS_A.search(masked, max(lo, start - 70), start)
        and _AS_DEFINED.match(masked, end, hi)
        and not _CLAIMED.search(masked, lo, start)
        and "裁量" not in law
        and "程序" not in law
        and not PENALTY_AFTER.search(masked, end, hi)
    ):
        return "violated"  # 当事人的行为属于《商标法》第五十七条第（三）项所指的…行为
    field = FIELD_ROLE.search(masked, lo, start)
    if field:  # a form's labelled field: 处罚依据：《…》 / 违反条款：《…》
        return "violated" if field.group("v") else "penalty"
    cues = list(ROLE_CUE.finditer(masked, lo, start))
    if not cues:
        return "other"
    cue = cues[-1].group()
    if cue in ("违反", "违背", "构成"):  # 其行为构成《…》第X条所指的…行为: the provision violated
        return "violated"
    if cue in ("符合", "参照") or "裁量" in law or law.endswith("清单"):  # 裁量基准, 免罚清单
        return "other"
    if "程序" in law:
        return "procedure"
    if PENALTY_AFTER.search(masked, end, hi) or _PENALTY_HEAD.match(masked, hi, hi + 16):
        return "penalty"
    if cue in ("依据", "根据", "依照", "按照") and masked[hi : hi + 1] in ("；", ";", "。"):
        # 依据《…》第六十二条的规定，你户曾…；考虑到…，决定处以罚款…。: the basis's sentence goes on past
        # a semicolon to the penalty; or the next sentence decides (…属情节严重。经集体讨论，决定给予…)
        stop = masked.find("。", hi + 1)
        stop = len(masked) if stop < 0 else stop
        decides = masked[hi] != "。" or (
            _short_tail(masked, end, hi) and _DECIDING_SENTENCE.match(masked, hi + 1, stop)
        )
        if (
            decides
            and not _ANOTHER_CITATION.search(masked, hi, stop)
            and PENALTY_AFTER.search(masked, hi, stop)
        ):
            return "penalty"
        if (
            masked[hi] != "。"
            and _short_tail(masked, end, stop)
            and not _ANOTHER_CITATION.search(masked, hi, stop)
            and _DECIDING_SENTENCE.match(masked, stop + 1)
        ):
            # 依据…第六条第一款…，该处罚为法定固定标准；你单位已…。本局决定对你单位罚款…: the reasons
            # run on past a semicolon and the next sentence decides
            return "penalty"
    return "other"


# the act is one a provision defines: 属于《…》第X条所指的…行为 / 系…规定的…行为
# (not 不属于 / 非…; not the party's claim; not a provision that lightens, exempts or routes the case)
_IS_A = re.compile(r"(?<![不非])(?:属于|属|系)\s*(?:《[^《》]{1,60}》)?\s*$")
_AS_DEFINED = re.compile(
    r"(?:的规定)?\s*(?:所指|所称|所列|规定|列举)的(?:(?!从轻|减轻|免予|不予|情节|简易|移送|可以)[^。；;，,]){0,40}?行为"
)
_CLAIMED = re.compile(r"[辩声]称|(?<!本局)(?<!我局)(?<!机关)(?<!本厅)认为|主张|提出")


# a sentence that opens by deciding the penalty: 经本局负责人集体讨论，决定给予… / 本局决定…
_DECIDING_SENTENCE = re.compile(
    r"\s*(?:经[^。；;，,]{0,20}[，,]\s*)?(?:本局|我局|本机关)?决定(?:给予|对|如下|处以|作出)"
)
# what may follow a basis in its own sentence before the next one decides: 的规定, 第（二）项, a short
# characterisation (，当事人属情节严重) — not an act of its own (本局对当事人进行了调查)
_TAIL_MAX = 160
_TAIL_ACT = re.compile(
    r"(?:本局|我局|本机关|执法人员)[^。，,；]{0,12}(?:调查|检查|询问|立案|查封|扣押)|(?<!配合)(?:进行了?|开展了?)(?:调查|检查|询问)"
)


def _short_tail(masked: str, end: int, hi: int) -> bool:
    """Whether the basis's sentence ends soon after it, without an act of its own."""
    return hi - end <= _TAIL_MAX and not _TAIL_ACT.search(masked, end, hi)


# a further citation between a basis and the penalty (…；依照该法第一百二十四条…决定…): the penalty is its
_ANOTHER_CITATION = re.compile(rf"《|第\s*{N}+\s*条|该法|同法|本法|该条例|本条例|上述规定")


# 根据《…》第六十二条的规定，…属一般情形。⏎处罚决定：罚款…: the basis ends its sentence and the
# form's next row states the penalty
_PENALTY_HEAD = re.compile(
    r"[。；;]?[ \t\u3000]*\n[ \t\u3000]*(?:处罚决定|处罚内容|处理决定|处罚结果|决定事项)[ \t\u3000]*[:：]"
)


def _num(m: re.Match[str], *names: str) -> int | None:
    for n in names:
        if n in m.re.groupindex and m.group(n):
            return to_int(m.group(n))
    return None


def find_citations(text: str) -> list[CitationHit]:
    """All citations in ``text``, de-duplicated, in order of first appearance.

    A form cell wrapped onto the next row (``…第七│\n│    │十七条``) is read as one line; spans
    still point into ``text``."""
    if "条" not in text and "《" not in text:
        return []  # every article holds 条 and every title 《 (or, bare, stands before 第N条)
    masked = _quoted_titles(text, mask_quotes(text))
    joined = join_cell_wraps(masked)
    if joined is None:
        return _find(masked)
    flat, keep = joined
    hits = _find(flat)
    for h in hits:
        h.start, h.end = keep[h.start], keep[max(h.end - 1, h.start)] + 1
    return hits


_QUOTING_TITLE = re.compile(r"《[^《》“\n]{0,60}“[^《》\n]{1,60}》")


def _quoted_titles(text: str, masked: str) -> str:
    """``masked`` with the quotes inside a 书名号 title given back: 《关于发布〈税务行政处罚“首违不罚”
    事项清单〉的公告》 quotes a name, not a provision."""
    if masked is text or "《" not in text:
        return masked
    for m in _QUOTING_TITLE.finditer(text):
        if masked[m.start()] == "《":  # the title itself stands outside any quote
            masked = masked[: m.start()] + m.group() + masked[m.end() :]
    return masked


def _find(masked: str) -> list[CitationHit]:
    """``find_citations`` over quote-masked text."""
    titles = _titles(masked)
    hits: list[CitationHit] = []
    prev: CitationHit | None = None
    pos = 0
    ahead: dict[str, re.Match[str] | None] = {}
    while True:
        m = _next_ref(masked, pos, ahead)
        if m is None:
            break
        kind, m = m
        pos = m.end()
        lo, hi = sentence_bounds(masked, m.start(), SENTENCE_SEP)
        lo = wrapped_start(masked, lo)  # 依据《某某法》|第六十条: a title at the end of the line above
        if kind != "article":
            # a bare 款/项 continues the previous article only right after a separator
            if prev is None or not SEPARATOR.fullmatch(masked[prev.end : m.start()]):
                continue
            para = _num(m, "p") if kind == "para" else prev.paragraph
            hit = CitationHit(prev.law, prev.title_raw, prev.article, para, _num(m, "i", "i2"), prev.sub,
                              prev.role, m.start(), m.end(), prev.version)  # fmt: skip
            hits.append(hit)
            prev = hit
            continue
        if CHAPTER.search(masked, max(0, m.start() - 8), m.start()):
            prev = None
            continue
        title = _law_for(masked, titles, lo, m.start())
        if title is None:
            prev = None
            continue
        t_start, t_end, raw = title
        law = canonical_law_title(raw)
        article = _num(m, "a")
        start = t_start if 0 <= m.start() - t_end <= 80 else m.start()
        role = _role(masked, lo, m.start(), m.end(), hi, law, article)
        measure = None
        if role == "procedure" or (law == APL and role == "other"):
            measure = _measure(masked, m.end(), wrapped_end(masked, hi), role == "procedure")
            # 依据行政处罚法第三十一条的规定，现将…告知你: cited for a step of the procedure, in whatever
            # numbering (2021's 第三十一条 is on 精神病人: LAW-04 tells)
            role = "procedure" if measure else role
        prev = CitationHit(
            law,
            raw,
            article,
            _num(m, "p"),
            _num(m, "i", "i2"),
            _num(m, "sub"),
            role,
            start,
            m.end(),
            _version(masked, t_start, raw),
            measure,
        )
        hits.append(prev)
        hits += _compact_list(m, prev)
    hits += _title_only(masked, titles, {h.law for h in hits})
    _apply_backref_roles(masked, hits)
    return _dedupe(sorted(hits, key=lambda h: h.start))


def _compact_list(m: re.Match[str], head: CitationHit) -> list[CitationHit]:
    """Extra citations for 第一、二款 / 第三、四项 (the head holds the first number)."""
    out = []
    for group, field in (("pl", "paragraph"), ("il", "item")):
        for num in re.findall(rf"{N}+", m.group(group) or ""):
            extra = CitationHit(**{**head.__dict__, field: to_int(num)})
            out.append(extra)
    return out


def _next_ref(
    masked: str, pos: int, ahead: dict[str, re.Match[str] | None] | None = None
) -> tuple[str, re.Match[str]] | None:
    """The first article, 款 or 项 reference at or after ``pos``.

    ``ahead`` keeps each pattern's last search (``pos`` only grows): a match found from an earlier
    position that starts at or after ``pos`` is what a search from ``pos`` finds, and a pattern
    that found nothing finds nothing later, so the text is scanned once per pattern, not once
    per reference.
    """
    ahead = {} if ahead is None else ahead
    found = []
    for k, r in (("article", ARTICLE), ("para", PARA_ONLY), ("item", ITEM_ONLY)):
        if k in ahead and (ahead[k] is None or ahead[k].start() >= pos):  # type: ignore[union-attr]
            m = ahead[k]
        else:
            m = r.search(masked, pos) if k != "item" or "项" in masked else None  # 项 ends both forms
            ahead[k] = m
        found.append((k, m))
    found = [(k, m) for k, m in found if m is not None]
    if not found:
        return None
    return min(found, key=lambda km: (km[1].start(), ("article", "para", "item").index(km[0])))


def _law_for(
    masked: str, titles: list[tuple[int, int, str]], lo: int, start: int
) -> tuple[int, int, str] | None:
    """The title an article at ``start`` belongs to: same sentence, or via a back reference."""
    before = [t for t in titles if t[1] <= start]
    if BACKREF.search(masked, max(0, start - 8), start) and before:
        return before[-1]
    same = [t for t in before if t[0] >= lo]
    return same[-1] if same else None


def _title_only(masked: str, titles: list[tuple[int, int, str]], cited: set[str]) -> list[CitationHit]:
    out: list[CitationHit] = []
    for s, e, raw in titles:
        law = canonical_law_title(raw)
        if law in cited:
            continue
        lo, hi = sentence_bounds(masked, s, SENTENCE_SEP)
        role = _role(masked, lo, s, e, hi, law, None)
        out.append(CitationHit(law, raw, None, None, None, None, role, s, e, _version(masked, s, raw)))
        cited.add(law)
    return out


# A table column's header names the role of the citations in its cells (违法条款 | 处罚依据)
_COLUMN_ROLE = fast_compile(r"(?P<v>违法|违反|定性)[^|]{0,4}(?:条款|依据|规定|法条)$|(?P<p>处罚依据)$")


def table_roles(hits: list[CitationHit], table: dict[str, tuple[str, int, int]]) -> None:
    """Give a citation inside a table cell the role its column header names (a 公示表's 违法条款 /
    处罚依据 column: the header is a cell away from the value, out of ``FIELD_ROLE``'s reach).

    Only a citation without a role of its own takes it: a 处罚依据 cell that says 违反了《…》第X条，
    依据《…》第Y条 names both roles itself."""
    columns = [(s, e, m) for k, (_v, s, e) in table.items() if (m := _COLUMN_ROLE.search(k))]
    for h in hits:
        if h.law == APL or h.role != "other":
            continue
        m = next((m for s, e, m in columns if s <= h.start < e), None)
        if m:
            h.role = "violated" if m.group("v") else "penalty"


def _apply_backref_roles(masked: str, hits: list[CitationHit]) -> None:
    """``依据上述规定，决定…``: the citations of the sentence before become the penalty basis."""
    for m in re.finditer(r"(依据|根据|依照|按照)(上述|以上|前述)(规定|条款|法律规定)", masked):
        lo, hi = sentence_bounds(masked, m.start(), SENTENCE_SEP)
        if not PENALTY_AFTER.search(masked, m.end(), hi):
            continue
        earlier = [h for h in hits if h.end <= lo and h.article is not None]
        if not earlier:
            continue
        last_lo, _ = sentence_bounds(masked, earlier[-1].start + 1, SENTENCE_SEP)
        for h in earlier:
            if h.start >= last_lo - 1 and h.role == "other" and h.law != APL:
                h.role = "penalty"


def _dedupe(hits: list[CitationHit]) -> list[CitationHit]:
    """One hit per provision; a provision cited both as the one violated and as the penalty basis
    (治安管理处罚法 第五十八条 defines the act and its penalty) keeps one hit per role."""
    out: dict[tuple[str, int | None, int | None, int | None, int | None], CitationHit] = {}
    again: list[CitationHit] = []
    for h in hits:
        kept = out.get(h.key)
        if kept is None:
            out[h.key] = h
        elif kept.role == "other" and h.role != "other":
            kept.role = h.role
        elif {kept.role, h.role} == {"violated", "penalty"} and all(a.key != h.key for a in again):
            again.append(h)
    return sorted([*out.values(), *again], key=lambda h: h.start)
