"""Violation scenarios: real violated/penalty provisions with their statutory fine ranges.

Every provision here was read from the official text in ``shared/laws`` (file version given in
``Provision.version``); ``tests/test_generate_scenarios.py`` re-checks each one: the article, 款
and 项 exist, the article really has ``paragraphs`` 款 and the cited 款 ``items`` 项, and the range
text occurs verbatim in the penalty article. ``last_article`` is the highest article number of the
version (used by LAW-03 to cite one that does not exist).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Provision:
    """One cited provision: law title (no 书名号), version date, 条/款/项 and the article's shape."""

    law: str
    version: str
    article: int
    paragraph: int | None = None
    item: int | None = None
    paragraphs: int = 1  # 款 in the article
    items: int = 0  # 项 in the cited 款 (0 = none)
    last_article: int = 0
    in_force: str = ""  # first day the version applies (ISO)


@dataclass(frozen=True)
class FineRange:
    """Statutory fine range of the penalty provision.

    ``kind``: ``fixed`` (lo–hi yuan), ``upto`` (0–hi), ``multiple`` (lo–hi × goods value),
    ``per_area`` (lo–hi yuan per square metre), ``pct`` (lo–hi × construction cost).
    ``text`` is the exact wording in the law, checked by the tests.
    """

    kind: str
    lo: float
    hi: float
    text: str
    warning_alt: bool = False  # 警告 is an alternative (处警告或者…罚款)


@dataclass(frozen=True)
class Scenario:
    """A violation an agency of ``domain`` penalises, with the provisions and fact builder key."""

    key: str
    domain: str
    sector: str
    act: str  # 违法行为 as a 案由 (“经营超过保质期食品”)
    violated: tuple[Provision, ...]
    penalty: tuple[Provision, ...]
    fine: FineRange
    facts: str  # fact builder key in casecheck.generate.facts
    party_kinds: tuple[str, ...] = ("单位", "个人")
    procedures: tuple[str, ...] = ("普通",)
    extra_kinds: tuple[str, ...] = ()  # penalty kinds besides 罚款 (没收违法所得 …)
    health: bool = False  # 生命健康安全 (5-year limitation)
    referral: bool = False  # goods value can reach a criminal-referral threshold
    order: str = "责令当事人立即改正违法行为"
    agency_domain: str = ""  # DEPARTMENTS key when it differs from domain
    old_version: tuple[str, str] = ("", "")  # (version label, date) of a superseded version, LAW-04
    tags: tuple[str, ...] = field(default_factory=tuple)


FSL = "中华人民共和国食品安全法"
PRICE = "中华人民共和国价格法"
AD = "中华人民共和国广告法"
PQL = "中华人民共和国产品质量法"
AIR = "中华人民共和国大气污染防治法"
SWL = "中华人民共和国固体废物污染环境防治法"
ROAD = "中华人民共和国道路运输条例"
RTSL = "中华人民共和国道路交通安全法"
WSL = "中华人民共和国安全生产法"
PLAN = "中华人民共和国城乡规划法"
LAND = "中华人民共和国土地管理法"
LANDR = "中华人民共和国土地管理法实施条例"
FIRE = "中华人民共和国消防法"
APL = "中华人民共和国行政处罚法"

# version, last article, first day in force
VERSIONS = {
    FSL: ("2021-04-29", 154, "2021-04-29"),
    PRICE: ("1997-12-29", 48, "1998-05-01"),
    AD: ("2021-04-29", 74, "2021-04-29"),
    PQL: ("2018-12-29", 74, "2018-12-29"),
    AIR: ("2018-10-26", 129, "2018-10-26"),
    SWL: ("2020-04-29", 126, "2020-09-01"),
    ROAD: ("2023-07-20", 82, "2023-07-20"),
    RTSL: ("2021-04-29", 124, "2021-04-29"),
    WSL: ("2021-06-10", 119, "2021-09-01"),
    PLAN: ("2019-04-23", 70, "2019-04-23"),
    LAND: ("2019-08-26", 87, "2020-01-01"),
    LANDR: ("2021-07-02", 67, "2021-09-01"),
    FIRE: ("2021-04-29", 74, "2021-04-29"),
    APL: ("2021-01-22", 86, "2021-07-15"),
}


def P(
    law: str,
    article: int,
    paragraph: int | None = None,
    item: int | None = None,
    *,
    paragraphs: int = 1,
    items: int = 0,
) -> Provision:
    """Shorthand: a provision of the catalogued version of ``law``."""
    version, last, in_force = VERSIONS[law]
    return Provision(law, version, article, paragraph, item, paragraphs, items, last, in_force)


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "food_expired",
        "市场监管",
        "食品",
        "经营超过保质期食品",
        violated=(P(FSL, 34, None, 10, items=13),),
        penalty=(P(FSL, 124, 1, 5, paragraphs=3, items=9),),
        fine=FineRange("fixed", 50000, 100000, "并处五万元以上十万元以下罚款"),
        facts="food",
        extra_kinds=("没收违法所得", "没收违法经营的食品"),
        health=True,
        old_version=("2015年修订", "2015-04-24"),
        tags=("goods",),
    ),
    Scenario(
        "price_tag",
        "市场监管",
        "价格",
        "不按规定明码标价",
        violated=(P(PRICE, 13, 1, paragraphs=2),),
        penalty=(P(PRICE, 42),),
        fine=FineRange("upto", 0, 5000, "可以并处五千元以下的罚款"),
        facts="price",
        procedures=("普通", "简易", "不予处罚"),
        extra_kinds=("没收违法所得",),
        order="责令当事人立即改正",
    ),
    Scenario(
        "ad_superlative",
        "市场监管",
        "广告",
        "发布含有“最佳”“国家级”等用语的广告",
        violated=(P(AD, 9, None, 3, items=11),),
        penalty=(P(AD, 57, None, 1, items=6),),
        fine=FineRange("fixed", 200000, 1000000, "对广告主处二十万元以上一百万元以下的罚款"),
        facts="ad",
        party_kinds=("单位",),
        order="责令当事人停止发布违法广告",
    ),
    Scenario(
        "product_fake",
        "市场监管",
        "产品质量",
        "销售以不合格产品冒充合格产品的产品",
        violated=(P(PQL, 39),),
        penalty=(P(PQL, 50),),
        fine=FineRange("multiple", 0.5, 3, "并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款"),
        facts="product",
        extra_kinds=("没收违法销售的产品",),
        referral=True,
        order="责令当事人停止销售",
        tags=("goods",),
    ),
    Scenario(
        "air_voc",
        "生态环境",
        "大气",
        "产生含挥发性有机物废气的生产活动未在密闭空间中进行",
        violated=(P(AIR, 45),),
        penalty=(P(AIR, 108, None, 1, items=6),),
        fine=FineRange("fixed", 20000, 200000, "处二万元以上二十万元以下的罚款"),
        facts="voc",
        party_kinds=("单位",),
        order="责令当事人立即改正违法行为",
    ),
    Scenario(
        "hazwaste_label",
        "生态环境",
        "固体废物",
        "未按照规定设置危险废物识别标志",
        violated=(P(SWL, 77),),
        penalty=(P(SWL, 112, 1, 1, paragraphs=2, items=13), P(SWL, 112, 2, paragraphs=2)),
        fine=FineRange("fixed", 100000, 1000000, "处十万元以上一百万元以下的罚款"),
        facts="hazwaste",
        party_kinds=("单位",),
        order="责令当事人立即改正违法行为",
    ),
    Scenario(
        "road_maintenance",
        "交通运输",
        "道路运输",
        "不按规定维护和检测运输车辆",
        violated=(P(ROAD, 30),),
        penalty=(P(ROAD, 69, 1, paragraphs=2),),
        fine=FineRange("fixed", 1000, 5000, "处1000元以上5000元以下的罚款"),
        facts="vehicle",
        procedures=("普通", "不予处罚"),
        order="责令当事人改正",
    ),
    Scenario(
        "seat_belt",
        "交通运输",
        "道路交通",
        "驾驶机动车未按规定使用安全带",
        violated=(P(RTSL, 51),),
        penalty=(P(RTSL, 90),),
        fine=FineRange("fixed", 20, 200, "处警告或者二十元以上二百元以下罚款", warning_alt=True),
        facts="belt",
        party_kinds=("个人",),
        procedures=("简易",),
        agency_domain="公安交管",
    ),
    Scenario(
        "safety_training",
        "应急管理",
        "安全生产",
        "未按照规定对从业人员进行安全生产教育和培训",
        violated=(P(WSL, 28, 1, paragraphs=4),),
        penalty=(P(WSL, 97, None, 3, items=7),),
        fine=FineRange("upto", 0, 100000, "处十万元以下的罚款"),
        facts="training",
        party_kinds=("单位",),
        health=True,
        order="责令当事人限期改正",
        old_version=("2014年修正", "2014-08-31"),
    ),
    Scenario(
        "gas_alarm",
        "应急管理",
        "安全生产",
        "餐饮经营场所使用燃气未安装可燃气体报警装置",
        violated=(P(WSL, 36, 4, paragraphs=4),),
        penalty=(P(WSL, 99, None, 8, items=8),),
        fine=FineRange("upto", 0, 50000, "处五万元以下的罚款"),
        facts="gas",
        party_kinds=("单位",),
        procedures=("普通", "不予处罚"),
        health=True,
        order="责令当事人限期改正",
    ),
    Scenario(
        "planning_permit",
        "城管",
        "城乡规划",
        "未取得建设工程规划许可证进行建设",
        violated=(P(PLAN, 40, 1, paragraphs=3),),
        penalty=(P(PLAN, 64),),
        fine=FineRange("pct", 0.05, 0.10, "处建设工程造价百分之五以上百分之十以下的罚款"),
        facts="building",
        order="责令当事人停止建设、限期改正",
    ),
    Scenario(
        "land_occupy",
        "自然资源",
        "土地管理",
        "未经批准非法占用土地",
        violated=(P(LAND, 44, 1, paragraphs=4),),
        penalty=(P(LAND, 77, 1, paragraphs=2), P(LANDR, 57, 1, paragraphs=2)),
        fine=FineRange("per_area", 100, 1000, "罚款额为非法占用土地每平方米100元以上1000元以下"),
        facts="land",
        order="责令当事人退还非法占用的土地",
    ),
    Scenario(
        "fire_exit",
        "消防",
        "消防",
        "占用、堵塞疏散通道、安全出口",
        violated=(P(FIRE, 28),),
        penalty=(P(FIRE, 60, 1, 3, paragraphs=3, items=7),),
        fine=FineRange("fixed", 5000, 50000, "处五千元以上五万元以下罚款"),
        facts="fire_exit",
        party_kinds=("单位",),
        order="责令当事人改正",
    ),
    Scenario(
        "fire_exit_person",
        "消防",
        "消防",
        "占用、堵塞疏散通道",
        violated=(P(FIRE, 28),),
        penalty=(P(FIRE, 60, 2, paragraphs=3),),
        fine=FineRange("upto", 0, 500, "处警告或者五百元以下罚款", warning_alt=True),
        facts="fire_exit",
        party_kinds=("个人",),
        procedures=("简易",),
        order="责令当事人改正",
    ),
    Scenario(
        "fire_equipment",
        "消防",
        "消防",
        "消防设施、器材未保持完好有效",
        violated=(P(FIRE, 16, 1, 2, paragraphs=2, items=7),),
        penalty=(P(FIRE, 60, 1, 1, paragraphs=3, items=7),),
        fine=FineRange("fixed", 5000, 50000, "处五千元以上五万元以下罚款"),
        facts="fire_equipment",
        party_kinds=("单位",),
        procedures=("普通", "不予处罚"),
        order="责令当事人改正",
    ),
)

# 行政处罚法 provisions the documents cite besides the scenario's own.
APL_ORDER = P(APL, 28, 1, paragraphs=2)  # 责令改正
APL_LATE_FINE = P(APL, 72, 1, 1, paragraphs=2, items=4)  # 加处罚款
APL_LATE_FINE_OLD = Provision(APL, "2017-09-01", 51, None, 1, 1, 3, 64, "2018-01-01")  # LAW-04
APL_NO_PENALTY = P(APL, 33, 1, paragraphs=3)  # 不予处罚
APL_MITIGATE = P(APL, 32, None, 1, items=5)  # 应当从轻或者减轻 (一)
APL_SUMMARY = P(APL, 51)  # 当场处罚


def by_key(key: str) -> Scenario:
    """The scenario called ``key``."""
    for s in SCENARIOS:
        if s.key == key:
            return s
    raise KeyError(key)


def domains() -> list[str]:
    """The enforcement domains covered."""
    return sorted({s.domain for s in SCENARIOS})
