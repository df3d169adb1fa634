"""The generator's truth model of one case (``GenCase``) and how a clean case is drawn.

Stages (``api`` runs them): ``draw_base`` (scenario, parties, facts, tier, fine) → defect
injectors' ``prepare`` (they may move the fine, set timeline knobs and rendering flags) →
``derive`` (hearing class, 法制审核, 集体讨论 — from the profile thresholds) → ``plan_dates`` →
documents. Everything random comes from the case's own ``random.Random``.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from casecheck.generate import facts as facts_mod
from casecheck.generate.people import (
    PLACES,
    Agency,
    Officer,
    Party,
    Place,
    make_agency,
    make_officers,
    make_party,
    person_name,
)
from casecheck.generate.phrasing import HEAVY_GROUNDS, LIGHT_GROUNDS, SOFT_GROUNDS
from casecheck.generate.scenarios import SCENARIOS, Scenario
from casecheck.generate.timeline import Knobs, add_wd, plan_ordinary, plan_summary, workday_on_or_after

# Scenarios whose penalty provision a rules/benchmarks file covers (30/40/30 tiers, DISC-02): every
# scenario whose cited penalty provision ``find_benchmark`` resolves (安全生产法 第九十七条 has
# BM-C-SAFETY-97-1), so that a fine outside the statutory range there is labelled DISC-02 too.
BENCHMARKED = frozenset({"food_expired", "fire_exit", "fire_equipment", "planning_permit", "safety_training"})

# The parameters of the profile the generated corpus is reviewed with (rules/profiles/synthetic.yaml:
# default.yaml and its overrides); ``load_profile`` overrides them.
PROFILE = {
    "hearing_threshold_yuan": {"个人": 10000, "单位": 100000},
    "collective_discussion_yuan": 100000,
    "legal_review_yuan": 50000,
    "case_limit_days": 90,
    "service_working_days": 7,
    "publication_working_days": 20,
    "summary_max_yuan": {"个人": 200, "单位": 3000},
    "referral_thresholds_yuan": {"goods_value": 50000, "illegal_gain": 50000},
    "av_record_required_for": ["现场检查笔录", "当场行政处罚决定书"],
}


@dataclass
class Style:
    """How this case's file is written: punctuation, numerals, date forms, layouts."""

    ascii_punct: bool = False
    seal_date_cn: bool = False  # 落款 date in Chinese numerals (二〇二四年三月五日)
    padded_dates: bool = False  # 2024年03月05日
    spaced_dates: bool = False  # 2024年 3月 5日
    item_paren: str = "（）"  # 第（十）项 / 第(十)项 / 第十项
    forms_as_tables: bool = True
    short_law_titles: bool = False  # after first use: 《食品安全法》
    agency_header: bool = True  # agency name above the title (else only in 落款)
    page_numbers: str = "dash"  # dash (— 3 —) | di (第 3 页) | plain (3)
    you: str = "你单位"
    we: str = "本局"
    merged_title: bool = False  # “XX局行政处罚决定书” on one line (dev-set 016, 046)
    arabic_articles: bool = False  # 第34条 instead of 第三十四条
    dotted_form_dates: bool = False  # 2024.3.12 in form cells (dev-set 037)


@dataclass
class GenCase:
    """Everything true about one generated case; documents are rendered from it."""

    case_id: str
    scenario: Scenario
    procedure: str  # 普通 | 简易 | 不予处罚
    place: Place
    agency: Agency
    party: Party
    officers: list[Officer]
    facts: facts_mod.Facts
    style: Style
    rng: random.Random
    tier: str = "一般"  # 从轻 | 一般 | 从重 | 减轻
    ground: str = ""  # the 裁量 circumstance written in the documents
    fine: float | None = None
    proposed_fine: float | None = None
    confiscation: float | None = None
    warning: bool = False
    source: str = "日常检查"
    dates: dict[str, dt.date | None] = field(default_factory=dict)
    times: dict[str, tuple[str, str]] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    knobs: Knobs = field(default_factory=Knobs)
    hearing_class: bool = False
    hearing_held: bool = False
    legal_review: bool = False
    collective: bool = False
    statement_made: bool = False
    statement_wd: int = 5
    notice_by_post: bool = False
    decision_service: str = "直接送达"
    late_fine: float = 0.0
    reviewer: str = ""
    chair: str = ""
    leader: str = ""
    recorder: str = ""
    injections: list[dict] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    n_inquiries: int = 1
    mods: dict[str, object] = field(default_factory=dict)  # citation/text changes set by injectors

    @property
    def scenario_fine_bounds(self) -> tuple[float, float]:
        """Statutory fine range in yuan for this case's facts."""
        return fine_bounds(self.scenario, self.facts)

    @property
    def paid(self) -> float:
        """Amount on the payment voucher: fine + confiscated gain + 加处罚款."""
        return round((self.fine or 0) + (self.confiscation or 0) + self.late_fine, 2)


def fine_bounds(scn: Scenario, facts: facts_mod.Facts) -> tuple[float, float]:
    """Statutory (lo, hi) fine in yuan."""
    r = scn.fine
    if r.kind in ("fixed", "upto"):
        return r.lo, r.hi
    base = facts.base or 0.0
    return round(r.lo * base, 2), round(r.hi * base, 2)


def tier_band(lo: float, hi: float, tier: str) -> tuple[float, float]:
    """Band of a tier in the statutory range (30/40/30 split, the common benchmark practice)."""
    w = hi - lo
    return {
        "从轻": (lo, lo + 0.3 * w),
        "一般": (lo + 0.3 * w, lo + 0.7 * w),
        "从重": (lo + 0.7 * w, hi),
    }.get(tier, (lo, hi))


def _step(hi: float) -> float:
    return max(10.0, 10 ** max(1, math.floor(math.log10(max(hi, 1))) - 2))


def pick_in(rng: random.Random, lo: float, hi: float, *, floor_step: bool = True) -> float:
    """A round amount in [lo, hi] (inclusive), stepping by a magnitude-dependent unit."""
    step = _step(hi) if floor_step else 1.0
    a, b = math.ceil(lo / step), math.floor(hi / step)
    if a > b:
        return round(lo if lo > 0 else hi, 2)
    value = rng.randint(a, b) * step
    return float(value if value > 0 else step)


def choose_fine(case: GenCase, tier: str, lo_req: float = 0, hi_req: float = math.inf) -> bool:
    """Set ``case.fine`` inside ``tier``'s band and [lo_req, hi_req]; False when impossible."""
    lo, hi = case.scenario_fine_bounds
    a, b = tier_band(lo, hi, tier)
    a, b = max(a, lo_req), min(b, hi_req)
    if a > b:
        return False
    if tier == "从轻" and case.scenario.fine.kind == "upto":
        a = max(a, _step(hi))
    case.fine = pick_in(case.rng, a, b)
    if not (a <= case.fine <= b):
        return False
    if tier != case.tier or not case.ground:
        # a new tier needs its own circumstance; a mitigation ground only fits 从轻
        if tier != "从轻":
            case.facts.mitigation = ""
        case.ground = default_ground(case.rng, tier) if not case.facts.mitigation else case.ground
    case.tier = tier
    return True


def default_ground(rng: random.Random, tier: str) -> str:
    """A 裁量 circumstance that fits ``tier`` (no mitigation ground: those come from the 笔录)."""
    if tier == "从轻":
        return rng.choice(SOFT_GROUNDS)
    if tier == "从重":
        return rng.choice(HEAVY_GROUNDS)
    return ""


def _style(rng: random.Random, party: Party, domain: str) -> Style:
    you = ("你单位", "你公司", "当事人") if party.is_company else ("你", "你（单位）", "当事人")
    we = "本大队" if domain in ("消防", "公安交管") else rng.choice(("本局", "我局", "本机关"))
    return Style(
        ascii_punct=rng.random() < 0.2,
        seal_date_cn=rng.random() < 0.35,
        padded_dates=rng.random() < 0.15,
        spaced_dates=rng.random() < 0.1,
        item_paren=rng.choice(("（）", "（）", "()", "")),
        forms_as_tables=rng.random() < 0.6,
        short_law_titles=rng.random() < 0.4,
        agency_header=rng.random() < 0.8,
        page_numbers=rng.choice(("dash", "di", "plain")),
        you=rng.choice(you),
        we=we,
        merged_title=rng.random() < 0.25,
        arabic_articles=rng.random() < 0.08,
        dotted_form_dates=rng.random() < 0.1,
    )


def draw_base(rng: random.Random, case_id: str, procedure: str, scenario: Scenario | None = None) -> GenCase:
    """A clean case of ``procedure`` (普通/简易/不予处罚) with scenario, parties and fine."""
    pool = [s for s in SCENARIOS if procedure in s.procedures]
    scn = scenario or rng.choice(pool)
    place = Place(*rng.choice(PLACES))
    start = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randint(0, 1180))
    # the cited versions must already apply to the act (道路运输条例 2023 renumbered its articles)
    in_force = max(dt.date.fromisoformat(p.in_force) for p in (*scn.violated, *scn.penalty))
    if start < in_force + dt.timedelta(days=30):
        start = in_force + dt.timedelta(days=30 + rng.randint(0, 640))
    kind = rng.choice(scn.party_kinds)
    party = make_party(rng, place, kind, scn.domain, start)
    agency = make_agency(rng, place, scn.agency_domain or scn.domain)
    officers = make_officers(rng, agency, start)
    facts = facts_mod.build(scn.facts, rng)
    case = GenCase(
        case_id, scn, procedure, place, agency, party, officers, facts, _style(rng, party, scn.domain), rng
    )
    case.dates["start"] = start
    case.reviewer, case.chair, case.recorder = rng.sample(agency.staff, 3)
    case.leader = agency.leaders[0]
    case.source = rng.choice(("日常检查", "日常检查", "投诉举报", "上级交办"))
    if procedure == "简易":
        _summary_fine(case)
    elif procedure == "普通":
        _ordinary_fine(case)
    if procedure != "普通" and scn.facts == "price":
        # no 违法所得 where only 警告/罚款 (简易) or no penalty (不予处罚) follows
        k = rng.randint(2, 12)
        facts.illegal_gain, facts.calc, facts.items = None, "", []
        facts.core = f"陈列销售的{k}种商品未按规定明码标价"
        facts.vague = "销售商品不按规定明码标价"
        facts.scene = f"当事人经营场所内陈列销售的{k}种商品未标明价格，现场未见价签。"
        facts.qa = [
            ("店内商品为什么没有标价？", "价签掉了，还没来得及补。"),
            ("有多少种商品没有标价？", f"{k}种。"),
        ]
        facts.evidence = ["营业执照复印件", "现场照片"]
    case.n_inquiries = 1 if rng.random() < 0.75 else 2
    case.statement_made = procedure == "普通" and rng.random() < 0.25
    case.notice_by_post = rng.random() < 0.3
    return case


def _summary_fine(case: GenCase) -> None:
    cap = PROFILE["summary_max_yuan"][case.party.kind]
    lo, hi = case.scenario_fine_bounds
    if case.scenario.fine.warning_alt and case.rng.random() < 0.15:
        case.warning, case.fine, case.tier = True, None, "从轻"
        case.ground = "违法情节轻微"
        return
    top = min(cap, hi)
    case.fine = pick_in(case.rng, max(lo, 10), top) if top >= max(lo, 10) else float(top)
    case.tier = "一般"
    case.ground = ""


def _ordinary_fine(case: GenCase) -> None:
    rng = case.rng
    if case.facts.illegal_gain:
        case.confiscation = case.facts.illegal_gain
    r = rng.random()
    lo, _ = case.scenario_fine_bounds
    if r < 0.05 and lo > 0 and case.scenario.fine.kind == "fixed" and case.scenario.key not in BENCHMARKED:
        case.tier = "减轻"
        case.fine = pick_in(rng, lo * 0.4, lo * 0.8)
        case.facts.mitigation = rng.choice(("主动消除违法行为危害后果", "主动减轻了违法行为的危害后果"))
        case.ground = "在案发后" + case.facts.mitigation
        return
    tier = "从轻" if r < 0.45 else ("一般" if r < 0.85 else "从重")
    case.ground = ""
    choose_fine(case, tier)
    if tier == "从轻" and rng.random() < 0.5:
        case.facts.mitigation = "主动消除违法行为危害后果"
        case.ground = rng.choice(LIGHT_GROUNDS)


def derive(case: GenCase) -> None:
    """Hearing class, 法制审核 and 集体讨论 from the fine and the profile; draws hearing/statement."""
    rng = case.rng
    if case.procedure != "普通":
        return
    fine = case.fine or 0
    case.hearing_class = fine >= PROFILE["hearing_threshold_yuan"][case.party.kind]
    if case.hearing_class and "no_hearing" not in case.flags and "hearing_right_missing" not in case.flags:
        case.hearing_held = rng.random() < 0.3
    case.legal_review = fine >= PROFILE["legal_review_yuan"] or case.hearing_held or rng.random() < 0.25
    case.collective = (
        fine >= PROFILE["collective_discussion_yuan"] or case.hearing_held or rng.random() < 0.12
    )
    if "no_review" in case.flags:
        case.legal_review = False
    if "no_collective" in case.flags:
        case.collective = False
    case.statement_wd = 5 if case.hearing_class or rng.random() < 0.5 else 3
    if case.proposed_fine is None:
        case.proposed_fine = case.fine
        # a 陈述申辩 that was partly adopted lowers the fine (allowed; tests DOC-07 exemption)
        if (
            case.statement_made
            and not case.flags & {"statement_lowered", "no_lowering"}
            and rng.random() < 0.2
            and case.fine
        ):
            lo, _ = case.scenario_fine_bounds
            lower = pick_in(rng, max(lo, case.fine * 0.7), case.fine * 0.95)
            a, b = tier_band(*case.scenario_fine_bounds, case.tier)
            if lo <= lower < case.fine and (case.tier == "减轻" or a <= lower <= b):
                case.fine = lower
                case.flags.add("statement_lowered")


def plan_dates(case: GenCase) -> None:
    """Draw the case's dates and record times (笔录 start/end to the minute)."""
    rng = case.rng
    start = case.dates.pop("start")
    if case.procedure == "简易":
        case.dates.update(plan_summary(rng, workday_on_or_after(start)))
    else:
        d = plan_ordinary(
            rng,
            start,
            source=case.source,
            statement_wd=case.statement_wd,
            hearing_held=case.hearing_held,
            legal_review=case.legal_review,
            collective=case.collective,
            notice_by_post=case.notice_by_post,
            knobs=case.knobs,
            statement_made=case.statement_made,
            n_inquiries=case.n_inquiries,
            no_notice=case.procedure == "不予处罚" or "no_notice" in case.flags,
        )
        case.dates.update(d)
        if case.procedure == "不予处罚":
            for k in ("payment", "publication"):
                case.dates[k] = None if k == "payment" else case.dates[k]
            case.dates["closing"] = add_wd(case.dates["decision_served"], rng.randint(1, 6))
        if case.knobs.late_service:
            case.decision_service = "邮寄送达"
        elif case.dates["decision_served"] != case.dates["decision"]:
            case.decision_service = rng.choice(("邮寄送达", "直接送达"))
        else:
            case.decision_service = "直接送达"
    for key in ("inspection", "inquiry1", "inquiry2", "statement", "hearing", "collective", "decision"):
        h = rng.randint(8, 15)
        m = rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        dur = rng.randint(25, 110)
        end = h * 60 + m + dur
        case.times[key] = (f"{h:02d}:{m:02d}", f"{end // 60:02d}:{end % 60:02d}")
    if case.knobs.late_payment and case.fine:
        due = case.dates["decision_served"] + dt.timedelta(days=15)
        overdue = (case.dates["payment"] - due).days
        case.late_fine = min(round(case.fine * 0.03 * overdue, 2), case.fine)


def assign_numbers(case: GenCase) -> None:
    """文号 of the outward documents, the 立案 number and the 简易 form number."""
    rng = case.rng
    short = case.agency.short
    year = (case.dates.get("decision") or case.dates.get("filing")).year
    seq = rng.randint(3, 480)
    if case.style.ascii_punct:
        rng.random()  # the draw that once chose [] brackets: kept, so a seed writes the same case
    lb, rb = "〔", "〕"  # [2024] is a malformed 文号 (DOC-03), never a clean file's
    pad = rng.choice(("", "", "0", "00"))
    n = f"{seq:03d}" if pad else str(seq)
    dform = rng.choice(
        ("{s}罚{l}{y}{r}{n}号", "{s}罚决{l}{y}{r}{n}号", "{s}罚字{l}{y}{r}第{n}号", "{s}处罚{l}{y}{r}{n}号")
    )
    nform = (
        dform.replace("罚决", "罚告")
        .replace("罚字", "罚告字")
        .replace("处罚", "处告")
        .replace("{s}罚{l}", "{s}罚告{l}")
    )
    fill = {"s": short, "l": lb, "r": rb, "y": year, "n": n}
    case.numbers["decision"] = dform.format(**fill)
    nyear = (case.dates.get("notice") or case.dates.get("decision")).year
    case.numbers["notice"] = nform.format(**{**fill, "y": nyear})
    case.numbers["hearing_notice"] = f"{short}听通{lb}{nyear}{rb}{n}号"
    fyear = (case.dates.get("filing") or case.dates.get("decision")).year
    case.numbers["filing"] = rng.choice(
        (f"{short}立{lb}{fyear}{rb}{seq}号", f"{fyear}{seq:04d}", f"立案编号：{fyear}-{seq:03d}")
    )
    case.numbers["summary"] = rng.choice(
        (f"{short}简罚{lb}{year}{rb}{n}号", f"{short}当罚{lb}{year}{rb}{n}号")
    )
    if case.procedure == "不予处罚":
        case.numbers["decision"] = dform.replace("罚", "不罚", 1).format(**fill)


def person_for(rng: random.Random) -> str:
    """A bystander name (witness, 代收人)."""
    return person_name(rng)
