"""The figures an amount is computed from: ``2袋×9元+3盒×28元，货值金额合计102元`` → [[2, 9], [3, 28]].

Read from the sentence before a 违法所得/货值金额 amount (from the last amount stated before it, so
``货值金额15×28＝420元，违法所得9×28＝252元`` gives 252 only [[9, 28]]; a total with no figures of its own
takes the sentence's), so EVID-03 can recompute it. Two forms:
explicit products (``37次×1元``, ``9元*2袋``, ``7天×5人×35元`` → [[7, 5, 35]]) and a rate with a
count in the same unit (``高于标价1元/次的标准收费37次`` → [[37, 1]], ``共出车12次，每次收取80元`` →
[[12, 80]]); several rates, or a rate with
two different counts (购进300公斤…售出260公斤), say nothing certain. No figures → ``None`` (the
amount is not checked).
"""

from __future__ import annotations

import re

from casecheck.extract.patterns import fast_compile
from casecheck.ingest.normalize import open_bracket

_NUM = r"\d+(?:\.\d+)?"
# operators a product or sum may be wrapped at (a Latin x at a line end is more likely a word)
OPERATORS = "×*＊+＋"
_UNIT = r"(?:[A-Za-z²㎡]{1,3}|[\u4e00-\u9fa5]{0,2})"  # 瓶, 公斤, kg, m²
_FACTOR = rf"{_NUM}\s*(?:元(?:/{_UNIT})?|{_UNIT})"
# a product of two or more factors: 9袋×9元, 7天×5人×35元
PRODUCT = re.compile(rf"{_FACTOR}(?:\s*[×xX*＊]\s*{_FACTOR})+")
# an amount stated as a result, not a factor (9元×2袋 and 1元/次 are factors)
STATED = fast_compile(rf"(?<![×xX*＊\d.]){_NUM}\s*[万千]?元(?!\s*[×xX*＊/每])")
_TOTAL = re.compile(r"合计|共计|总计|累计|总额|共")
_AMOUNT_NOTE = re.compile(r"元\s*[（(][^（()）]*[）)]")
_NOTE_CLOSED = re.compile(r"\s*[）)]")
# a product's own result right after it: 208袋×16元＝3328元, 160台×89元＝14,420元
_WORKED_OUT = re.compile(r"\s*[＝=]\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[万千]?元")
RATE = re.compile(rf"(?P<price>{_NUM})\s*元\s*/\s*(?P<unit>[\u4e00-\u9fa5])")
# the same rate in words: 每次收取运费80元 / 每件售价20元 (the count: 共出车12次)
PER = re.compile(rf"每\s*(?P<unit>[\u4e00-\u9fa5])[^，,。；;\d]{{0,10}}?(?P<price>{_NUM})\s*元")


def terms_before(
    text: str, start: int, all_goods: bool = False, stated: float | None = None
) -> list[list[float]] | None:
    """``[[qty, price], …]`` stated in the sentence that ends at ``start`` (the amount).

    ``all_goods``: the amount (``stated``) is a 货值金额, of all the goods, so of a rate's counts that
    are a total and its parts (共计100卷，其中已销售72卷、库存28卷 / 共进货10辆，已售4辆、库存6辆) the
    total is its count — unless the amount is what one part comes to (…剩余28袋被扣押，按25元/袋计算，
    被扣押大米货值金额700元: the value of that part)."""
    lo = max(text.rfind(c, 0, start) for c in "。；;") + 1
    # a line break ends the sentence unless it wraps a product (…酸奶(200g)9杯×\n9元): an operator
    # left at a line end is never joined to the next line by normalisation
    breaks = [
        i
        for i in range(lo, start)
        if text[i] == "\n" and not (set(text[max(i - 1, 0) : i + 2]) & set(OPERATORS))
    ]
    lo = breaks[-1] + 1 if breaks else lo
    sentence = text[lo:start]
    if "＋" in sentence or "+" in sentence or "-" in sentence or "－" in sentence or "−" in sentence:
        sentence = _PAREN_SUM.sub(_summed, sentence)  # （420＋180）袋×45元: 600袋×45元
    # 货值金额15×28＝420元，违法所得9×28＝252元: figures before an earlier stated amount are its
    # own, unless none follow it (…×25元＝3950元，…×25元＝1050元，货值金额合计5500元: a total)
    ends = [m.end() for m in _stated(sentence)]
    own = sentence[ends[-1] :] if ends else sentence
    closed = _NOTE_CLOSED.match(own)
    before = sentence[: len(sentence) - len(own)]
    if closed and not _in_note(before, len(before)):
        # …23瓶×6.80元＝156.40元），违法所得: the figures closed a note opened before the sentence,
        # an earlier amount's (违法所得（3瓶×10元＝30元）为50元: a note of its own opens in it)
        sentence = own = own[closed.end() :]
    if ends:  # 货值金额6000元（40箱×150元），违法所得…: the note right after an amount is that amount's
        own = re.sub(r"^\s*[（(][^（()）]*[）)]", "", own)
    read = [m for m in PRODUCT.finditer(own) if _priced(m.group(0))]
    pairs = [_factors(m.group(0)) for m in read]
    if pairs and not _whole_sum(sentence, read, len(sentence) - len(own)):
        return None  # 安全帽11顶X45元+儿童自行车29辆Xx387元: a term of the sum is unread
    if not pairs:
        # a total takes the sentence's figures; otherwise the note right after another amount
        # (货值金额13800元（60卷×230元），违法所得…) explains that amount, not this one
        # (货值金额13800元（60卷×230元），违法所得…) explains that amount, not this one; so does a
        # product worked out to an amount of its own (货值金额为208袋×16元＝3328元，违法所得768元)
        # outside a note (违法所得（3瓶×10元＝30元）为50元: the note is this amount's own)
        total = bool(_TOTAL.search(own))
        whole = sentence if total else _AMOUNT_NOTE.sub("元", sentence)
        read = [
            m
            for m in PRODUCT.finditer(whole)
            if _priced(m.group(0))
            and (total or _in_note(whole, m.start()) or not _WORKED_OUT.match(whole, m.end()))
        ]
        pairs = [_factors(m.group(0)) for m in read]
        if pairs and not _whole_sum(whole, read):
            return None
    if pairs:
        return pairs
    rates = list(RATE.finditer(sentence)) + [
        m for m in PER.finditer(sentence) if not _approximate(sentence, m.start(), m.end())
    ]
    if len(rates) != 1:
        return None  # 酸奶12盒（6.5元/盒）、芝麻糊5袋（18.8元/袋）: which items the amount covers is a guess
    m = rates[0]
    counts = set(re.findall(rf"({_NUM})\s*{re.escape(m.group('unit'))}", sentence))
    if not counts and text[lo - 1 : lo] in "；;":
        # 被伐林木立木蓄积7.2立方米；按…650元/立方米计算，滥伐林木价值5680元: the count the rate applies
        # to stated in the clause before, the only one of its unit there
        head = max(text.rfind(c, 0, lo - 1) for c in "。\n") + 1
        counts = set(re.findall(rf"({_NUM})\s*{re.escape(m.group('unit'))}", text[head : lo - 1]))
    if all_goods and len(counts) > 2 and (whole := _whole_count(sentence, counts, m, stated)):
        counts = {whole}  # the parts (sold, in stock) add up to the total: the goods are all of it
    # 购进300公斤，以3.2元/公斤销售，售出260公斤: which count the amount is of is a guess too
    if len(counts) == 1:
        pair = [float(counts.pop()), float(m.group("price"))]
        # 共840份，每份15元，货值金额12600元，违法所得2130元: the rate computes an earlier stated amount
        if any(abs(v - pair[0] * pair[1]) < 0.005 for v in _stated_values(sentence, m.end())):
            return None
        return [pair]
    return None


def _whole_count(sentence: str, counts: set[str], rate: re.Match[str], stated: float | None) -> str | None:
    """The count a total word introduces (共计100卷 / 共进货10辆) when the other counts add up to
    it, and the amount ``stated`` is not what one of those parts comes to at the ``rate``."""
    top = max(counts, key=float)
    parts = [float(c) for c in counts if c != top]
    price = float(rate.group("price"))
    total_word = rf"(?:共计?|合计|总计)[^，,。；\d]{{0,12}}{re.escape(top)}\s*{re.escape(rate.group('unit'))}"
    if abs(float(top) - sum(parts)) >= 0.005 or not re.search(total_word, sentence):
        return None
    if stated is not None and any(abs(p * price - stated) < 0.005 for p in parts):
        return None
    return top


_LATIN_UNIT = re.compile(r"\d\s*[A-Za-z²㎡]")


# （420＋180）袋×45元 / 140个×（29元-18元）: a factor written as a sum or difference in brackets
_PAREN_SUM = re.compile(rf"[（(]\s*({_NUM}\s*元?(?:\s*[+＋\-－−]\s*{_NUM}\s*元?)+)\s*[)）]")
_TERM = re.compile(rf"([+＋\-－−]?)\s*({_NUM})")


_DATE_LIKE = re.compile(r"(?:19|20)\d{2}\s*[-－−]\s*\d{1,2}(?:\s*[-－−]\s*\d{1,2})?")


def _summed(m: re.Match[str]) -> str:
    if _DATE_LIKE.fullmatch(m.group(1)):
        return m.group(0)  # （2023-05-10）: a date, no sum
    total = sum(-float(n) if sign and sign in "-－−" else float(n) for sign, n in _TERM.findall(m.group(1)))
    return f"{total:g}" + ("元" if "元" in m.group(1) else "")


def _in_note(text: str, pos: int) -> bool:
    """``pos`` lies inside a bracket opened before it."""
    return open_bracket(text[:pos])


def _priced(product: str) -> bool:
    """A product with a factor in a Latin unit (40.0kg×5.80元) computes money only when a factor is
    a price: 500ml×12瓶 and 20cm×30cm are a pack and a size."""
    return "元" in product or not _LATIN_UNIT.search(product)


def _stated(sentence: str, after: int = 0) -> list[re.Match[str]]:
    """``STATED`` amounts of ``sentence``, less a factor set apart from its operator by a space
    (``11顶X 45元``, ``12台 x 99元``: the look-behind sees only the space)."""
    return [
        m for m in STATED.finditer(sentence, after) if not _OPERATOR_BEFORE.search(sentence, 0, m.start())
    ]


_OPERATOR_BEFORE = re.compile(r"[×xX*＊]\s+$")
_PLUS = re.compile(r"[+＋]")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")  # 全麦面包（400g）: a size, not a term


def _whole_sum(text: str, read: list[re.Match[str]], base: int = 0) -> bool:
    """Every term of a written sum is one of the products read: a ``+`` after a product read must
    have one right after it (item names between them allowed), and a ``+`` with none read before
    it must have no unread term before it (a figure with × or 元: an OCR ``×`` read as ``Xx``, a
    digit read as ``I``), or the sum's total would be recomputed from part of its terms. A ``+``
    inside a name (“5G+”手表, A+B套餐, 农药（吡虫啉+阿维菌素）) is no sum. ``read`` are matches
    in ``text[base:]``."""
    spans = [(m.start() + base, m.end() + base) for m in read]
    for plus in _PLUS.finditer(text):
        at = plus.start()
        if any(lo <= at < hi for lo, hi in spans) or _in_note(text, at):
            continue  # a sum inside a factor's brackets (added up already) or inside a name's note
        before = max((hi for lo, hi in spans if hi <= at), default=-1)
        after = min((lo for lo, hi in spans if lo >= plus.end()), default=-1)
        if before < 0:
            opened = max(text.rfind(c, 0, at) for c in "，,：:+＋") + 1
            if _UNREAD_TERM.search(text, opened, at):
                return False  # 皮鞋8双XI20元+…: the first term is unread
            continue
        if after < 0 or _BRACKETED.sub("", text[before:at]).strip():
            return False
        if re.search(r"\d", _BRACKETED.sub("", text[plus.end() : after])):
            return False  # a figure between the + and the next product read: a term unread
    return True


_UNREAD_TERM = re.compile(r"\d[^+＋，,]*(?:[×xX*＊]|元)")


def _stated_values(sentence: str, after: int) -> list[float]:
    """The amounts stated as results in ``sentence`` after position ``after``."""
    out = []
    for m in _stated(sentence, after):
        num = re.match(_NUM, m.group(0))
        if num:
            scale = 10000 if "万" in m.group(0) else 1000 if "千" in m.group(0) else 1
            out.append(float(num.group(0)) * scale)
    return out


def _approximate(sentence: str, start: int, end: int) -> bool:
    """每日营业额约200元 / 每次100元左右: an estimate, not a figure to recompute."""
    return "约" in sentence[start:end] or sentence[end : end + 2] in ("左右", "上下")


def _factors(product: str) -> list[float]:
    """The numbers of one written product (``7天×5人×35元`` → [7, 5, 35])."""
    return [float(n) for n in re.findall(_NUM, product)]
