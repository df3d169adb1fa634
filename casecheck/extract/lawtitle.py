"""Canonical law titles: 《食品安全法》 → 中华人民共和国食品安全法.

``canonical_law_title`` asks ``casecheck.laws.catalog.resolve_title`` when that module exists
(imported lazily, once) and otherwise falls back to a small normaliser: strip 书名号, spaces and a
trailing version note (``（2018修正）``), and prefix 中华人民共和国 to national laws (titles ending
in 法 but not 办法) and to the few administrative regulations that carry the prefix.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

# Administrative regulations whose official title carries 中华人民共和国.
PREFIXED_REGULATIONS = frozenset(
    {
        "道路运输条例", "道路交通安全法实施条例", "土地管理法实施条例", "税收征收管理法实施细则",
        "食品安全法实施条例", "药品管理法实施条例", "政府信息公开条例", "标准化法实施条例",
        "产品质量法实施条例", "海关行政处罚实施条例", "进出口商品检验法实施条例", "森林法实施条例",
        "文物保护法实施条例", "消费者权益保护法实施条例", "城镇土地使用税暂行条例",
    }
)  # fmt: skip
_LOCAL = re.compile(r"^.{0,6}?(省|市|自治区|县|区|州|盟|旗)")
# 烟草专卖法实施条例, 专利法实施细则: the State Council's rules under a national law carry its prefix
_NATIONAL_IMPLEMENTING = re.compile(r"[\u4e00-\u9fa5]{2,12}(?<!办|方|做|立|司)法实施(?:条例|细则)")
_NOT_NATIONAL_SUFFIX = ("办法", "方法", "做法", "立法", "司法")


_TITLE_MARKS = re.compile(r"[《》〈〉\s]")
_VERSION_NOTE = re.compile(r"[(（][^()（）]*(?:修正|修订|年版|\d{4})[^()（）]*[)）]$")
_TRAILING_NOTE = re.compile(r"[(（][^()（）]*[)）]$")
_FORM_END = re.compile(r"(书|表|单|笔录|记录|证|照|回执|清单|报告|通知|函|导则)$")
_LAW_END = re.compile(r"(法|法典|条例|规定|办法|细则|规则|决定|基准|标准|规程|通则|解释|准则)$")


# 免罚/轻罚 lists (轻微违法行为不予处罚清单, 从轻减轻处罚清单) are normative, unlike 物品清单
# 国家税务总局关于发布〈…清单〉的公告, 最高人民法院关于…的批复: a 规范性文件 named by what it is about
_NORMATIVE_NOTICE = re.compile(r"^[\u4e00-\u9fa5]{2,20}关于.{2,60}的(?:公告|通知|意见|批复|决定)$")
# …关于责令某某公司限期拆除…的通知: a notice in a case, to a party, is no norm
_CASE_NOTICE = re.compile(r"责令|限期|给予|处罚决定|立案|送达|公司|个体")
_DISCRETION_WORDS = re.compile(r"裁量|处罚|执法")
_NORMATIVE_LIST = re.compile(r"(?:不予|免予|免罚|减轻|从轻|轻微)[^《》]*清单$")
# a homophone typed for the type word at a title's end: 条列 for 条例, 发 for 法
_TYPO_ENDS = (("条列", "条例"), ("发", "法"))


def _fix_typo(t: str) -> str:
    """``t`` with a mistyped type word at its end corrected: 条列 always (no title ends so);
    发 only for a national law (中华人民共和国…发) or a title the catalog knows once corrected."""
    for wrong, right in _TYPO_ENDS:
        if t.endswith(wrong):
            fixed = t[: -len(wrong)] + right
            if right != "法" or t.startswith("中华人民共和国") or known_title(fixed):
                return fixed
    return t


def known_title(title: str) -> bool:
    """Whether the law catalog knows ``title`` (by any of its names, or one slip away)."""
    resolve = _resolver()
    try:
        return resolve is not None and bool(resolve(title))
    except Exception:
        return False


def strip_title(raw: str) -> str:
    """``raw`` without 书名号, whitespace and a trailing version note in brackets (and with a
    mistyped 条列/发 at its end corrected)."""
    t = _TITLE_MARKS.sub("", raw)
    # a version note such as （2018修正） is not part of the title, （暂行） / （试行） are
    t = _VERSION_NOTE.sub("", t)
    return _fix_typo(t) if t.endswith(("列", "发")) else t


def fallback_title(raw: str) -> str:
    """The built-in normaliser used when the law catalog is not available."""
    t = strip_title(raw)
    if t.startswith("中华人民共和国") or _LOCAL.match(t):
        return t
    if (t.endswith("法") and not t.endswith(_NOT_NATIONAL_SUFFIX)) or t == "民法典":
        return "中华人民共和国" + t
    if t in PREFIXED_REGULATIONS or _NATIONAL_IMPLEMENTING.fullmatch(t):
        return "中华人民共和国" + t
    return t


@cache
def _resolver() -> Callable[[str], str | None] | None:
    try:
        from casecheck.laws.catalog import resolve_title  # type: ignore[import-not-found]
    except Exception:  # the catalog may not exist yet, or fail to load its data
        return None
    return resolve_title


def canonical_law_title(raw: str) -> str:
    """Full official title of the law ``raw`` names (catalog first, fallback otherwise)."""
    resolve = _resolver()
    if resolve is not None:
        try:
            hit = resolve(raw)
        except Exception:
            hit = None
        if hit:
            return hit
    return fallback_title(raw)


@lru_cache(maxsize=2048)
def is_lawlike(title: str) -> bool:
    """Does a 书名号 title name a law, regulation, rule or benchmark (not a form or record)?

    Cached: a pure function of the title, and a case names the same few laws in every document."""
    t = _TRAILING_NOTE.sub("", strip_title(title))
    if _NORMATIVE_LIST.search(t) or (_NORMATIVE_NOTICE.search(t) and not _CASE_NOTICE.search(t)):
        return True
    if _FORM_END.search(t):
        return False
    if t.endswith("标准") and not _DISCRETION_WORDS.search(t):
        return False  # 污染物排放标准, 卫生标准: a technical standard the facts are measured by, not a law
    return bool(_LAW_END.search(t))
