"""Fact builders: what the officers found, in numbers, for each scenario kind.

A builder returns ``Facts``: the goods or objects with quantities and prices, the amounts that
follow from them (货值金额, 违法所得, construction cost, area), and the sentences the documents
reuse — the scene in the 现场检查笔录, questions and answers for the 询问笔录, the full fact with
time, place and quantity for the report and decision, and a vague one for EVID-02.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from casecheck.generate.ids import money


@dataclass
class Item:
    """A counted object: name, quantity, unit and unit price (yuan)."""

    name: str
    qty: int
    unit: str
    price: float

    @property
    def value(self) -> float:
        """quantity × unit price."""
        return round(self.qty * self.price, 2)

    def phrase(self) -> str:
        """``金沙河自发小麦粉（1kg）2袋``."""
        return f"{self.name}{self.qty}{self.unit}"


@dataclass
class Facts:
    """Quantities and reusable sentences of one case's violation."""

    items: list[Item] = field(default_factory=list)
    goods_value: float | None = None  # 货值金额 (true sum)
    illegal_gain: float | None = None  # 违法所得
    base: float | None = None  # what a multiple/per-area/pct range multiplies
    base_label: str = ""
    scene: str = ""  # 现场检查笔录 body (no time/place header)
    core: str = ""  # the act with quantities, no time/place (report/decision insert time/place)
    vague: str = ""  # the act without time, place or quantity (EVID-02)
    calc: str = ""  # arithmetic sentence (EVID-03 target), may be ""
    qa: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    seized: str = ""  # goods to confiscate, as a phrase
    where: str = ""  # place of the act (filled by the caller when empty)
    mitigation: str = ""  # a mandatory mitigation ground recorded in the 笔录 ("" = none)
    site: str = "经营场所"  # what the place of the act is called


FOODS = (
    ("榴莲冰皮月饼", "盒", 28, 68),
    ("纯牛奶（250ml）", "盒", 3, 6),
    ("全麦面包（400g）", "袋", 8, 16),
    ("自发小麦粉（1kg）", "袋", 9, 15),
    ("速冻水饺（500g）", "袋", 12, 25),
    ("酸奶（200g）", "杯", 4, 9),
    ("火腿肠（240g）", "袋", 7, 14),
    ("饼干（350g）", "盒", 10, 22),
    ("果汁饮料（1L）", "瓶", 6, 12),
)
PRODUCTS = (
    ("电线（BV2.5）", "卷", 120, 260),
    ("电热水壶", "台", 45, 120),
    ("插线板", "个", 18, 60),
    ("儿童自行车", "辆", 180, 420),
    ("安全帽", "顶", 25, 70),
    ("灭火器（4kg）", "具", 70, 150),
)
SERVICES = (("洗车", "元/次"), ("理发", "元/位"), ("停车", "元/小时"), ("快递寄件", "元/件"))
VEHICLE_PLATES = ["川A", "浙A", "粤J", "鄂D", "苏E", "豫K", "湘B", "鲁A", "闽B", "云H", "皖S"]


def _items(rng: random.Random, table: tuple, n_lo: int, n_hi: int, q_lo: int, q_hi: int) -> list[Item]:
    picks = rng.sample(table, rng.randint(n_lo, n_hi))
    return [
        Item(name, rng.randint(q_lo, q_hi), unit, float(rng.randint(lo, hi))) for name, unit, lo, hi in picks
    ]


def _list(items: list[Item]) -> str:
    return "、".join(i.phrase() for i in items)


def _calc(items: list[Item], label: str) -> str:
    parts = [f"{i.name}{i.qty}{i.unit}×{money(i.price)}元" for i in items]
    total = round(sum(i.value for i in items), 2)
    return f"经核算，{'+'.join(parts)}，{label}合计{money(total)}元。"


def food(rng: random.Random) -> Facts:
    """Expired food on the shelf (食品安全法 第三十四条第（十）项)."""
    items = _items(rng, FOODS, 1, 3, 2, 24)
    value = round(sum(i.value for i in items), 2)
    sold = rng.choice((0, 0, rng.randint(1, 3)))
    gain = round(sold * items[0].price, 2) if sold else 0.0
    f = Facts(items=items, goods_value=value, illegal_gain=gain)
    f.scene = (
        f"在当事人经营场所的货架上发现摆放待售的{_list(items)}，经查看外包装标注的生产日期和保质期，"
        "上述食品均已超过保质期。执法人员对上述食品进行了拍照取证。"
    )
    f.core = f"经营超过保质期的{_list(items)}，货值金额{money(value)}元" + (
        f"，已售出{sold}{items[0].unit}，违法所得{money(gain)}元" if sold else "，尚未售出，无违法所得"
    )
    f.vague = "经营超过保质期的食品"
    f.calc = _calc(items, "货值金额")
    f.qa = [
        (
            "这些超过保质期的食品是从哪里进的货？",
            f"是从{rng.choice(('批发市场', '供货商', '配送公司'))}进的货，有进货单据。",
        ),
        ("你是否知道这些食品已经超过保质期？", "没有及时检查，不知道已经过期了。"),
        (
            "这些食品的进价和售价是多少？",
            "；".join(f"{i.name}每{i.unit}售价{money(i.price)}元" for i in items) + "。",
        ),
        ("上述食品卖出去多少？", f"卖出去{sold}{items[0].unit}。" if sold else "一件都没有卖出去。"),
    ]
    f.evidence = [
        "营业执照复印件",
        "食品经营许可证复印件",
        "现场照片",
        "进货单据复印件",
        "超过保质期食品清单",
    ]
    f.seized = f"超过保质期的{_list(items)}"
    return f


def price(rng: random.Random) -> Facts:
    """Services or goods sold without a price tag (价格法 第十三条第一款)."""
    service, unit = rng.choice(SERVICES)
    n = rng.randint(6, 60)
    unit_price = float(rng.choice((5, 8, 10, 15, 20, 30)))
    over = float(rng.choice((1, 2, 3, 5)))
    gain = round(n * over, 2)
    f = Facts(items=[Item(f"{service}服务", n, "次", over)], illegal_gain=gain)
    f.scene = (
        f"当事人经营场所内未在醒目位置公示{service}服务的价目表，现场未见任何明码标价标识。"
        f"当事人实际按{money(unit_price + over)}{unit}收取费用。"
    )
    f.core = (
        f"提供{service}服务未明码标价，并按高于其口头告知价格{money(over)}{unit}的标准收费{n}次，"
        f"违法所得{money(gain)}元"
    )
    f.vague = f"提供{service}服务不按规定明码标价"
    f.calc = f"经核算，多收费用{n}次×{money(over)}元，违法所得合计{money(gain)}元。"
    f.qa = [
        (f"你店{service}服务是否明码标价？", "没有挂价目表，都是口头跟顾客说。"),
        ("收费标准是多少？", f"一般收{money(unit_price + over)}元，之前说的是{money(unit_price)}元。"),
        ("这样收了多少次？", f"大概有{n}次。"),
    ]
    f.evidence = ["营业执照复印件", "现场照片", "收费记录", "顾客投诉材料"]
    return f


def ad(rng: random.Random) -> Facts:
    """An advertisement with superlatives (广告法 第九条第（三）项)."""
    word = rng.choice(("最佳", "国家级", "最高级", "第一品牌"))
    medium = rng.choice(("微信公众号", "店铺门头广告牌", "宣传单页", "网店商品详情页"))
    fee = rng.randint(3, 40) * 100
    f = Facts(illegal_gain=None)
    f.scene = f"当事人在其{medium}发布的广告中使用“{word}”用语，执法人员对广告内容进行了截图和拍照。"
    f.core = f"在其{medium}发布含有“{word}”用语的广告，广告费用{money(fee)}元"
    f.vague = "发布含有绝对化用语的广告"
    f.qa = [
        ("该广告是谁设计发布的？", "是我们公司自己设计发布的。"),
        ("广告发布了多长时间？", f"大约{rng.randint(1, 6)}个月。"),
        ("广告费用是多少？", f"制作费用{money(fee)}元左右。"),
    ]
    f.evidence = ["营业执照复印件", "广告截图", "现场照片", "广告制作合同"]
    return f


def product(rng: random.Random, min_value: float = 0.0) -> Facts:
    """Substandard products sold as standard ones (产品质量法 第三十九条).

    Clean cases stay below 30 000 yuan; ``min_value`` (PROC-13) scales quantities up to it.
    """
    items = _items(rng, PRODUCTS, 1, 2, 10, 60)
    while sum(i.value for i in items) > 30000:
        for i in items:
            i.qty = max(1, i.qty // 2)
    if min_value:
        target = min_value * rng.uniform(1.05, 1.6)
        per_unit = sum(i.price for i in items)
        for i in items:
            i.qty = int(target / per_unit) + 1
    value = round(sum(i.value for i in items), 2)
    f = Facts(items=items, goods_value=value, base=value, base_label="货值金额")
    f.scene = f"当事人仓库内存放有{_list(items)}，产品标注合格证，经抽样检验结论为不合格。"
    f.core = f"销售以不合格产品冒充合格产品的{_list(items)}，货值金额{money(value)}元"
    f.vague = "销售不合格产品"
    f.calc = _calc(items, "货值金额")
    f.qa = [
        ("这批产品从哪里进的？", "从外地厂家进的货。"),
        ("一共进了多少、卖了多少？", "；".join(f"{i.name}{i.qty}{i.unit}" for i in items) + "，都还在仓库。"),
        ("售价是多少？", "；".join(f"{i.name}每{i.unit}{money(i.price)}元" for i in items) + "。"),
    ]
    f.evidence = ["营业执照复印件", "抽样记录", "检验报告", "现场照片", "进货凭证"]
    f.seized = f"不合格的{_list(items)}"
    return f


def voc(rng: random.Random) -> Facts:
    """Open-air spraying (大气污染防治法 第四十五条)."""
    n = rng.randint(2, 6)
    f = Facts()
    f.site = "生产车间"
    f.scene = (
        f"当事人喷漆车间{n}个喷涂工位的喷涂作业在敞开环境中进行，车间未密闭，"
        "未安装挥发性有机物收集处理设施，现场有明显的油漆异味。"
    )
    f.core = f"{n}个喷涂工位在未密闭的车间内进行喷涂作业，未安装使用挥发性有机物污染防治设施"
    f.vague = "生产活动未在密闭空间中进行"
    f.qa = [("车间喷涂作业是否密闭？", "没有密闭，设备还没装好。"), ("喷涂工位有几个？", f"一共{n}个。")]
    f.evidence = ["营业执照复印件", "现场照片", "视频资料", "环评批复复印件"]
    return f


def hazwaste(rng: random.Random) -> Facts:
    """Hazardous waste store without labels (固体废物污染环境防治法 第七十七条)."""
    bags = rng.randint(3, 30)
    f = Facts()
    f.site = "厂区"
    f.scene = (
        f"当事人危险废物贮存间内堆放废矿物油桶及含油抹布{bags}袋（桶），"
        "贮存间及包装物均未设置危险废物识别标志。"
    )
    f.core = f"贮存的{bags}袋（桶）危险废物及贮存场所未按照规定设置危险废物识别标志"
    f.vague = "未按照规定设置危险废物识别标志"
    f.qa = [
        ("危险废物贮存间是否设置了识别标志？", "还没来得及设置。"),
        ("现场危险废物有多少？", f"大约{bags}袋（桶）。"),
    ]
    f.evidence = ["营业执照复印件", "现场照片", "危险废物管理台账"]
    return f


def vehicle(rng: random.Random) -> Facts:
    """Vehicles not maintained and tested (道路运输条例 第三十条)."""
    n = rng.randint(1, 4)
    plates = [f"{rng.choice(VEHICLE_PLATES)}{rng.randint(10000, 99999)}" for _ in range(n)]
    f = Facts()
    f.site = "停车场"
    f.scene = (
        f"当事人所属营运车辆{'、'.join(plates)}共{n}辆未按规定进行二级维护和综合性能检测，已超过规定周期。"
    )
    f.core = f"所属营运车辆{'、'.join(plates)}共{n}辆超过规定周期未进行维护和检测"
    f.vague = "不按规定维护和检测运输车辆"
    f.qa = [("车辆为何未按期维护检测？", "业务忙，忘记了。"), ("涉及几辆车？", f"{n}辆。")]
    f.evidence = ["道路运输经营许可证复印件", "车辆道路运输证复印件", "车辆技术档案", "现场照片"]
    return f


def belt(rng: random.Random) -> Facts:
    """Driver without a seat belt (道路交通安全法 第五十一条)."""
    plate = f"{rng.choice(VEHICLE_PLATES)}{rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}"
    f = Facts()
    f.core = f"驾驶{plate}号小型汽车未按规定使用安全带"
    f.vague = "驾驶机动车未使用安全带"
    f.scene = f.core
    return f


def training(rng: random.Random) -> Facts:
    """Workers not trained (安全生产法 第二十八条第一款)."""
    n = rng.randint(3, 25)
    f = Facts()
    f.site = "生产场所"
    f.scene = (
        f"经查阅当事人安全生产教育培训档案，当事人{n}名一线从业人员无安全生产教育和培训记录，已上岗作业。"
    )
    f.core = f"{n}名从业人员未经安全生产教育和培训合格即上岗作业"
    f.vague = "未按照规定对从业人员进行安全生产教育和培训"
    f.qa = [
        ("公司对新入职员工是否进行了安全培训？", "有些员工没来得及培训就上岗了。"),
        ("涉及多少人？", f"{n}人。"),
    ]
    f.evidence = ["营业执照复印件", "员工花名册", "安全培训档案", "现场照片"]
    return f


def gas(rng: random.Random) -> Facts:
    """Restaurant kitchen without gas alarm (安全生产法 第三十六条第四款)."""
    n = rng.randint(2, 8)
    f = Facts()
    f.site = "餐饮经营场所"
    f.scene = f"当事人后厨使用管道天然气，设有{n}个灶头，现场未安装可燃气体报警装置。"
    f.core = f"在后厨使用燃气（{n}个灶头）未安装可燃气体报警装置"
    f.vague = "使用燃气未安装可燃气体报警装置"
    f.qa = [("后厨是否安装了可燃气体报警装置？", "没有安装。"), ("后厨有几个灶头？", f"{n}个。")]
    f.evidence = ["营业执照复印件", "现场照片", "燃气使用合同复印件"]
    return f


def building(rng: random.Random) -> Facts:
    """Construction without a planning permit (城乡规划法 第四十条第一款)."""
    area = rng.randint(80, 900)
    cost = float(area * rng.choice((800, 1000, 1200, 1500)))
    f = Facts(base=cost, base_label="建设工程造价")
    f.site = "建设项目现场"
    f.scene = (
        f"当事人正在建设一栋{rng.choice(('二', '三', '四'))}层砖混结构建筑物，"
        f"建筑面积约{area}平方米，现场未能出示建设工程规划许可证。"
    )
    f.core = f"未取得建设工程规划许可证建设建筑物，建筑面积{area}平方米，建设工程造价{money(cost)}元"
    f.vague = "未取得建设工程规划许可证进行建设"
    f.calc = f"经测算，建筑面积{area}平方米，工程造价合计{money(cost)}元。"
    f.qa = [
        ("是否办理了建设工程规划许可证？", "没有办理。"),
        ("建筑面积和造价是多少？", f"{area}平方米左右，造价{money(cost)}元。"),
    ]
    f.evidence = ["身份证明材料", "现场勘验笔录", "测量报告", "工程造价认定材料", "现场照片"]
    return f


def land(rng: random.Random) -> Facts:
    """Illegal occupation of land (土地管理法 第四十四条第一款)."""
    area = float(rng.randint(120, 4000))
    f = Facts(base=area, base_label="非法占用土地面积")
    f.site = "用地现场"
    f.scene = (
        "当事人在该处占用土地修建硬化场地及简易厂房，"
        f"经现场测量占地面积{money(area)}平方米，未能出示用地审批手续。"
    )
    f.core = f"未经批准占用土地{money(area)}平方米修建硬化场地及简易厂房"
    f.vague = "未经批准非法占用土地"
    f.calc = f"经测绘，非法占用土地面积共计{money(area)}平方米。"
    f.qa = [("占用土地是否经过批准？", "没有批准。"), ("占了多少面积？", f"{money(area)}平方米。")]
    f.evidence = ["身份证明材料", "勘测定界图", "测绘报告", "现场照片", "土地利用现状图"]
    return f


def fire_exit(rng: random.Random) -> Facts:
    """Blocked escape routes (消防法 第二十八条)."""
    n = rng.randint(1, 4)
    f = Facts()
    f.scene = f"当事人经营场所{n}处疏散通道被货物堆放占用，其中{rng.randint(1, n)}处安全出口被上锁封闭。"
    f.core = f"{n}处疏散通道、安全出口被占用、堵塞"
    f.vague = "占用、堵塞疏散通道"
    f.qa = [("疏散通道为什么堆放货物？", "仓库放不下，临时放一下。"), ("有几处？", f"{n}处。")]
    f.evidence = ["营业执照复印件", "现场照片", "消防监督检查记录"]
    return f


def fire_equipment(rng: random.Random) -> Facts:
    """Fire equipment out of order (消防法 第十六条第一款第（二）项)."""
    n = rng.randint(2, 12)
    f = Facts()
    f.scene = f"当事人经营场所内{n}具灭火器压力不足、室内消火栓无水，应急照明灯损坏。"
    f.core = f"{n}具灭火器失效、室内消火栓无水，消防设施器材未保持完好有效"
    f.vague = "消防设施、器材未保持完好有效"
    f.qa = [("消防设施是否定期维护保养？", "很久没有维护了。"), ("失效的灭火器有几具？", f"{n}具。")]
    f.evidence = ["营业执照复印件", "现场照片", "消防监督检查记录"]
    return f


BUILDERS: dict[str, Callable[[random.Random], Facts]] = {
    "food": food,
    "price": price,
    "ad": ad,
    "product": product,
    "voc": voc,
    "hazwaste": hazwaste,
    "vehicle": vehicle,
    "belt": belt,
    "training": training,
    "gas": gas,
    "building": building,
    "land": land,
    "fire_exit": fire_exit,
    "fire_equipment": fire_equipment,
}


def build(kind: str, rng: random.Random) -> Facts:
    """Facts of one case for the scenario's builder ``kind``."""
    return BUILDERS[kind](rng)
