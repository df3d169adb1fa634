"""Penalty kinds a decision imposes (警告, 罚款, 没收违法所得, 吊销许可证件 …).

Only the document's own voice counts: quoted provisions are masked, and statutory wording
(``可以处…``, ``…以上…以下``, ``由…责令``) is skipped.
"""

from __future__ import annotations

import re

from casecheck.extract.patterns import LiteralScan, guarded
from casecheck.extract.text import mask_quotes, sentence_bounds, wrapped_end

# 没收其/你的/你单位/当事人的 违法所得: whose gain it is
POSSESSOR = r"(?:其|你(?:单位|公司|厂|店|个人)?|当事人|该(?:公司|单位|企业))?的?"
# 责令你单位停产停业整顿: whom the order is addressed to
# 责令粉碎车间停产停业整顿 / 责令你公司三号生产线停产整顿: the part of the business it stops
OBJECT = (
    r"(?:其|你(?:单位|公司|厂|店)?|当事人|该(?:公司|单位|企业))?"
    r"(?:[\u4e00-\u9fa5\d]{0,8}?(?:车间|生产线|作业场所|经营场所|场所|门店|分店|工地|矿井|工作面|装置|项目))?"
)
KINDS: tuple[tuple[str, str], ...] = (
    ("警告", r"(?:给予|予以|处以?)警告|警告[、，,。；;]|警告的行政处罚|[：:]\s*警告"),
    ("通报批评", r"通报批评"),
    ("罚款", r"罚款"),
    ("没收违法所得", rf"没收{POSSESSOR}(?:违法|非法)(?:经营)?(?:所得|收入)"),
    (
        "没收非法财物",
        rf"没收(?!{POSSESSOR}(?:违法|非法)(?:经营)?(?:所得|收入))(?:[^，。；]{{0,30}}?"
        r"(?:物品|用品|财物|工具|设备|产品|食品|商品|药品|器材|原料|渔获物|渔具|网具|木材|林木|种子|农药|兽药|卷烟)"
        r"|[^，。；]{1,30}?\d+\s*[\u4e00-\u9fa5]"
        # 没收违法销售的棉被 / 没收侵权商品 / 没收库存…: the goods named by how they were held
        r"|(?:违法|非法|侵权|涉案|假冒|伪劣|不合格|过期|超过保质期|库存|剩余|现存)(?![^，。；]{0,6}(?:所得|收入))[^，。；]{1,20})",
    ),
    ("暂扣许可证件", r"暂扣[^，。；]{0,10}(?:许可证|执照|证件|证书)"),
    ("吊销许可证件", r"吊销[^，。；]{0,10}(?:许可证|执照|证件|证书)"),
    ("降低资质等级", r"降低资质等级"),
    # 责令停工整治 (大气污染防治法 第一百一十五条), 责令停产整顿: the 停产停业 class of 第九条
    # 责令停止营业（停产停业） (消防法 第五十八条) when it says so: a bare 责令停止经营 (道路运输条例
    # 第六十三条) orders the unlicensed business to stop, no penalty of that class
    (
        "责令停产停业",
        rf"责令{OBJECT}停产停业|责令{OBJECT}停业|责令{OBJECT}停(?:工|产)整(?:治|顿)"
        rf"|责令{OBJECT}停止(?:营业|经营|生产)[（(]停产停业[)）]",
    ),
    ("责令关闭", r"责令关闭"),
    ("限制从业", r"限制从业|限制[^，。；]{0,8}从事"),
)
STATUTORY = re.compile(r"可以|可处|以上|以下|不超过|由[^，。；]{0,20}(?:责令|处)|的，|或者")
DECIDING = re.compile(
    r"决定|给予|处以|处罚如下|予以|作出|处罚款|罚款人民币|罚款\d|罚款[壹贰叁肆伍陆柒捌玖一二三四五六七八九]"
    r"|处罚\s*[：:]\s*[1-9一二三四五六七八九（(]"  # 拟对你减轻处罚：1.没收…: the list the sentence opens
)

_KINDS_RX = tuple((kind, *guarded(cue)) for kind, cue in KINDS)  # compiled once, with their runs
_KIND_LITERALS = LiteralScan(lit for _kind, _rx, lit in _KINDS_RX)


def find_penalty_kinds(text: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` for each kind the document imposes, first mention."""
    masked = mask_quotes(text)
    present = _KIND_LITERALS(masked)
    out: list[tuple[str, int, int]] = []
    for kind, rx, literal in _KINDS_RX:
        if literal and literal not in present:
            continue  # ``may_match``: the run every match holds is not there
        for m in rx.finditer(masked):
            lo, hi = sentence_bounds(masked, m.start(), "。；;\n")
            # the clause starts after a heading's ： too (给予以下处罚：没收… — 以下 is not statutory)
            clause_lo = max(masked.rfind(c, lo, m.start()) for c in "，,：:") + 1
            clause = masked[max(lo, clause_lo) : m.end()]
            # 当场作出如下行政处罚：\n警告。 — a list under a heading ending in ：
            intro = max(0, lo - 40) if masked[:lo].rstrip().endswith(("：", ":")) else lo
            if lo >= 2 and masked[lo - 1] == "\n" and wrapped_end(masked, lo - 1) > lo - 1:
                # 当场作出如下行\n政处罚：警告。 — the page broke the deciding sentence
                intro = sentence_bounds(masked, lo - 2, "。；;\n")[0]
            if masked[:lo].rstrip().endswith(("；", ";")):
                # 拟作出如下处罚：责令改正；没收违法所得…；罚款… — an item of a list under a heading
                head = sentence_bounds(masked, lo - 1, "。\n")[0]
                if max(masked.rfind(c, head, lo) for c in "：:") >= 0:
                    intro = min(intro, head)
            if STATUTORY.search(clause) or not (
                DECIDING.search(masked, intro, hi)
                or re.match(r"\s*[一二三四五六七八九十\d]+[、.．]", masked[lo:hi])
            ):
                continue
            if kind == "罚款" and re.search(
                # (没收…，不并处罚款 / 不再处罚款: a fine the decision says it does not impose)
                r"加处罚款|缴纳罚款|罚款(?:数额|金额)的|按罚款|逾期|[免不]予罚款|免于罚款|不罚款"
                r"|[不未](?:再|予)?并?处(?:以)?罚款",
                masked[max(lo, m.start() - 6) : m.end() + 4],
            ):
                continue
            out.append((kind, m.start(), m.end()))
            break
    return out
