"""People, places, companies and agencies for synthetic case files.

Everything is drawn from a ``random.Random`` passed in, so a seed fixes the output. Places are
real prefectures and counties with their real 6-digit 行政区划代码 (used in credit codes and
身份证号); persons, companies and streets are invented.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from casecheck.generate.ids import CREDIT_CHARS, make_credit_code, make_id_number

# (province, prefecture, county, county code, province-short used in 文号 prefixes)
PLACES: tuple[tuple[str, str, str, str, str], ...] = (
    ("四川省", "眉山市", "彭山区", "511403", "眉彭"),
    ("四川省", "成都市", "武侯区", "510107", "成武"),
    ("浙江省", "杭州市", "余杭区", "330110", "杭余"),
    ("广东省", "江门市", "江海区", "440704", "江海"),
    ("湖北省", "荆州市", "沙市区", "421002", "荆沙"),
    ("江苏省", "苏州市", "吴中区", "320506", "苏吴"),
    ("河南省", "许昌市", "魏都区", "411002", "许魏"),
    ("湖南省", "株洲市", "芦淞区", "430203", "株芦"),
    ("山东省", "济南市", "历下区", "370102", "济历"),
    ("福建省", "莆田市", "荔城区", "350304", "莆荔"),
    ("云南省", "文山壮族苗族自治州", "砚山县", "532622", "砚"),
    ("安徽省", "亳州市", "涡阳县", "341621", "亳涡"),
)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文辉鹏飞玉兰海燕宇晨浩然子轩"
    "欣怡俊杰思远雨桐嘉怡家豪梓涵一鸣春梅德胜永福正阳宏伟丹丹晓东雪松金凤立新卫东红梅丽萍海峰建华"
)
BRANDS = (
    "鑫源 宏达 恒盛 佳禾 兴隆 永顺 金穗 瑞丰 德祥 润泽 华美 万家 百汇 福满 盛世 "
    "天成 联创 博远 诚信 众康 嘉利 和顺 新锐 星河 绿源 安泰 聚鑫 汇丰 锦程 祥云"
)
STREETS = (
    "人民路 解放路 建设路 中山路 新华街 胜利路 文化路 和平街 长江路 滨河路 "
    "工业大道 兴业路 光明街 团结路 朝阳路 振兴大道 迎宾路 桂花街 学府路 花园路"
)
TOWNS = "城南街道 城北街道 东城街道 西城街道 江口街道 桂花镇 青龙镇 观音镇 新城街道 高新街道"


def _words(text: str) -> list[str]:
    """Space-separated word list (kept as one string so the data stays compact)."""
    return text.split()


def person_name(rng: random.Random) -> str:
    """A two- or three-character Chinese name."""
    given_len = 1 if rng.random() < 0.3 else 2
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(given_len))


@dataclass
class Place:
    """Where the case happens: province, prefecture, county (with code) and 文号 prefix."""

    province: str
    city: str
    county: str
    code: str
    short: str

    def address(self, rng: random.Random) -> str:
        """A street address down to the 门牌号 (Beijing 2016 standard asks for it)."""
        tail = f"{rng.choice(_words(STREETS))}{rng.randint(1, 399)}号"
        if rng.random() < 0.35:
            tail += (
                f"{rng.randint(1, 12)}栋{rng.randint(1, 3)}单元{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"
            )
        elif rng.random() < 0.3:
            tail += f"附{rng.randint(1, 40)}号"
        return f"{self.province}{self.city}{self.county}{rng.choice(_words(TOWNS))}{tail}"


@dataclass
class Party:
    """The 当事人. ``kind`` is the contract's 个人/单位; 个体工商户 are 个人 with a 字号 and credit code."""

    kind: str
    name: str
    address: str
    phone: str
    credit_code: str | None = None
    id_number: str | None = None
    legal_rep: str | None = None
    legal_rep_id: str | None = None
    gender: str | None = None
    birth: dt.date | None = None
    business: str | None = None  # 个体工商户 字号 or company type label
    self_employed: bool = False

    @property
    def is_company(self) -> bool:
        """True for 单位."""
        return self.kind == "单位"

    @property
    def contact(self) -> str:
        """Person who speaks for the party (法定代表人 or the individual)."""
        return self.legal_rep or self.name


@dataclass
class Officer:
    """An enforcement officer with 执法证号 and the certificate's validity window."""

    name: str
    certificate: str
    valid_from: dt.date
    valid_to: dt.date
    in_roster: bool = True


@dataclass
class Agency:
    """The deciding agency and the bodies its documents name (复议机关, 法院, bank …)."""

    name: str
    short: str  # 机关代字 used in 文号
    unit: str  # internal enforcement unit (稽查大队 …)
    government: str  # 本级人民政府 (复议机关 from 2024-01-01)
    superior: str  # 上一级主管部门 (复议机关 before 2024)
    court: str
    bank: str
    address: str
    leaders: list[str] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)
    cert_prefix: str = ""


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_phone(rng: random.Random) -> str:
    """A mobile number."""
    return rng.choice(("13", "15", "18", "17", "19")) + _digits(rng, 9)


def make_person_id(
    rng: random.Random, place: Place, min_age: int, max_age: int, ref: dt.date
) -> tuple[str, dt.date, str]:
    """(身份证号, birth date, gender) for an adult living in ``place``."""
    birth = ref - dt.timedelta(days=rng.randint(min_age * 365 + 30, max_age * 365))
    seq = rng.randint(0, 999)
    gender = "男" if seq % 2 else "女"
    return make_id_number(place.code, birth.strftime("%Y%m%d"), f"{seq:03d}"), birth, gender


def make_org_body(rng: random.Random) -> str:
    """An 8-character 组织机构代码 body in the MA-style of post-2015 registrations."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "MA" + "".join(rng.choice(chars) for _ in range(6))
    return body if all(c in CREDIT_CHARS for c in body) else make_org_body(rng)


COMPANY_TRADES = {
    "市场监管": ["商贸有限公司", "食品有限公司", "超市有限公司", "餐饮管理有限公司", "贸易有限责任公司"],
    "生态环境": ["机械制造有限公司", "建材有限公司", "化工有限公司", "家具有限公司", "电子科技有限公司"],
    "交通运输": ["物流有限公司", "运输有限公司", "货运有限公司"],
    "应急管理": ["机械制造有限公司", "五金制品有限公司", "酒店管理有限公司", "建筑工程有限公司"],
    "城管": ["房地产开发有限公司", "建筑工程有限公司", "置业有限公司"],
    "自然资源": ["建材有限公司", "农业开发有限公司", "劳务派遣有限公司"],
    "消防": ["酒店管理有限公司", "商业管理有限公司", "娱乐有限公司", "超市有限公司"],
}
SHOP_TRADES = {
    "市场监管": ["便利店", "生活超市经营部", "食品店", "副食店", "百货经营部"],
    "生态环境": ["汽车修理厂", "家具加工厂", "废品收购站"],
    "交通运输": ["货运部", "运输经营部"],
    "应急管理": ["五金店", "餐馆", "加工厂"],
    "城管": ["建材经营部", "餐馆"],
    "自然资源": ["石料加工厂", "养殖场"],
    "消防": ["网吧", "宾馆", "火锅店", "便利店"],
}


def make_party(rng: random.Random, place: Place, kind: str, domain: str, ref: dt.date) -> Party:
    """A party of ``kind``: 单位 (company), or 个人 (a person, half of them 个体工商户)."""
    address = place.address(rng)
    phone = make_phone(rng)
    if kind == "单位":
        brand = rng.choice(_words(BRANDS))
        name = f"{place.city.removesuffix('市')[:2]}{brand}{rng.choice(COMPANY_TRADES[domain])}"
        rep = person_name(rng)
        rep_id, _, _ = make_person_id(rng, place, 28, 62, ref)
        code = make_credit_code("91", place.code, make_org_body(rng))
        return Party("单位", name, address, phone, credit_code=code, legal_rep=rep, legal_rep_id=rep_id)
    person = person_name(rng)
    pid, birth, gender = make_person_id(rng, place, 20, 66, ref)
    if rng.random() < 0.5 and domain in SHOP_TRADES:
        shop = f"{place.county}{rng.choice(_words(BRANDS))}{rng.choice(SHOP_TRADES[domain])}"
        code = make_credit_code("92", place.code, make_org_body(rng))
        return Party(
            "个人",
            person,
            address,
            phone,
            credit_code=code,
            id_number=pid,
            gender=gender,
            birth=birth,
            business=shop,
            self_employed=True,
        )
    return Party("个人", person, address, phone, id_number=pid, gender=gender, birth=birth)


# domain → (department name, 机关代字 core, internal unit, superior template)
DEPARTMENTS = {
    "市场监管": ("市场监督管理局", "市监", "执法稽查大队"),
    "生态环境": ("生态环境局", "环", "生态环境保护综合行政执法大队"),
    "交通运输": ("交通运输局", "交", "交通运输综合行政执法大队"),
    "应急管理": ("应急管理局", "应急", "应急管理综合行政执法大队"),
    "城管": ("综合行政执法局", "综执", "城市管理执法中队"),
    "自然资源": ("自然资源局", "自然资", "国土资源执法监察大队"),
    "消防": ("消防救援大队", "消", "防火监督科"),
    "公安交管": ("公安局交通警察大队", "公交", "勤务中队"),
}
BANKS = ("中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "农村商业银行")


def make_agency(rng: random.Random, place: Place, domain: str) -> Agency:
    """The county-level agency for ``domain`` in ``place``, with its 复议机关 and court."""
    dept, code, unit = DEPARTMENTS[domain]
    county = place.county
    if domain == "生态环境":
        name = f"{place.city}生态环境局{county.removesuffix('区').removesuffix('县')}分局"
        superior = f"{place.city}生态环境局"
        government = f"{place.city}人民政府"
    else:
        name = f"{place.city}{county}{dept}"
        superior = (
            f"{place.city}{dept}"
            if domain not in ("消防", "公安交管")
            else (f"{place.city}消防救援支队" if domain == "消防" else f"{place.city}公安局交通警察支队")
        )
        government = f"{place.city}{county}人民政府"
    short = rng.choice((place.short + code, place.short[-1] + code, f"({place.short}){code}"))
    leaders = [person_name(rng) for _ in range(4)]
    staff = [person_name(rng) for _ in range(8)]
    bank = f"{rng.choice(BANKS)}{place.city.removesuffix('市')[:2]}{rng.choice(('分行', '支行'))}"
    prefix = rng.choice(("", "", place.province[:1], "A"))
    return Agency(
        name=name,
        short=short,
        unit=unit,
        government=government,
        superior=superior,
        court=f"{place.city}{county}人民法院" if rng.random() < 0.7 else f"{place.city}中级人民法院",
        bank=bank,
        address=place.address(rng),
        leaders=leaders,
        staff=staff,
        cert_prefix=prefix,
    )


def make_officer(rng: random.Random, agency: Agency, ref: dt.date) -> Officer:
    """An officer with a certificate valid around ``ref`` (issued 1–4 years before, 5-year term)."""
    start = ref - dt.timedelta(days=rng.randint(400, 1400))
    number = agency.cert_prefix + _digits(rng, rng.choice((8, 10, 11)))
    return Officer(person_name(rng), number, start, start + dt.timedelta(days=5 * 365))


def make_officers(rng: random.Random, agency: Agency, ref: dt.date, n: int = 2) -> list[Officer]:
    """``n`` officers with different names: two namesakes read as one officer (SUBJ-01)."""
    out: list[Officer] = []
    while len(out) < n:
        officer = make_officer(rng, agency, ref)
        if all(o.name != officer.name for o in out):
            out.append(officer)
    return out
