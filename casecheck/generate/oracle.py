"""An independent re-check of every defect trigger on a generated case (used by the tests).

``triggered(built)`` evaluates each code's trigger from ``defects.yaml`` against the case's truth
and the documents' text, without looking at which injectors ran. A clean case must trigger
nothing; an injected case must trigger exactly its labelled codes.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from casecheck.generate.case import BENCHMARKED, PROFILE, fine_bounds, tier_band
from casecheck.generate.docmodel import Doc
from casecheck.generate.ids import credit_code_valid, id_number_valid, money, upper_amount
from casecheck.generate.layout import Laid
from casecheck.generate.scenarios import APL, APL_LATE_FINE, APL_NO_PENALTY, Provision
from casecheck.generate.timeline import add_wd

NUMBER_RE = re.compile(r"^\S+?[〔\[]\d{4}[〕\]]第?\d+号$")
CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn2int(s: str) -> int:
    """Small Chinese numeral → int (≤ 999)."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += cur * 100
            cur = 0
    return total + cur


CITE_RE = re.compile(
    r"《([^》]+)》(?:（[^）]*）)?第([一二三四五六七八九十百零]+|\d+)条(?:第([一二三四五六七八九十]+)款)?(?:第[（(]?([一二三四五六七八九十]+)[）)]?项)?"
)


def cell(doc: Doc, label: str) -> str | None:
    """Value after ``label`` in a form (table row or ``label：value`` paragraph)."""
    for b in doc.blocks:
        if b.kind == "table":
            for row in b.rows:
                if len(row) == 2 and row[0] == label:
                    return row[1]
        elif b.text.startswith(label + "："):
            return b.text[len(label) + 1 :]
    return None


def _docs(laid: Laid, key: str) -> list[Doc]:
    return [d for d in laid.docs if d.key == key or d.key.startswith(key)]


def _provisions(case) -> dict[str, list[Provision]]:
    out: dict[str, list[Provision]] = {}
    for p in (*case.scenario.violated, *case.scenario.penalty, APL_LATE_FINE, APL_NO_PENALTY):
        out.setdefault(p.law.removeprefix("中华人民共和国"), []).append(p)
    return out


def triggered(built) -> set[str]:
    """Codes whose trigger holds for ``built`` (a ``casecheck.generate.api.Built``)."""
    case, laid = built.case, built.laid
    d, p = case.dates, case.party
    docs = {doc.key: doc for doc in laid.docs}
    dec = docs.get("decision")
    out: set[str] = set()
    ordinary = case.procedure == "普通"
    records = [x for x in laid.docs if x.key in ("site", "filing") or x.key.startswith("inquiry")]
    # SUBJ
    for doc in records:
        text = doc.text()
        if sum(o.name in text for o in case.officers) < 2:
            out.add("SUBJ-01")
        if doc.key != "filing" and any(o.name in text and o.certificate not in text for o in case.officers):
            out.add("SUBJ-02")
    if dec is not None and dec.tagged("signer") and dec.tagged("signer")[0].text != case.agency.name:
        out.add("SUBJ-03")
    for o in case.officers:
        dates = [x.date for x in records if x.date and o.name in x.text()]
        if not o.in_roster or any(not (o.valid_from <= x <= o.valid_to) for x in dates):
            out.add("SUBJ-04")
    # EVID
    for doc in _docs(laid, "inquiry"):
        if not doc.tagged("show_cert") or not doc.tagged("recusal"):
            out.add("EVID-01")
    for doc in (dec, docs.get("report")):
        if doc is not None and doc.tagged("facts") and "年" not in doc.tagged("facts")[0].text:
            out.add("EVID-02")
    for doc in laid.docs:
        for b in doc.blocks:
            if b.tag == "calc":
                pairs = re.findall(r"(\d+)\D{1,2}×([\d.]+)元", b.text)
                total = re.search(r"合计([\d.]+)元", b.text)
                if (
                    pairs
                    and total
                    and abs(sum(int(a) * float(c) for a, c in pairs) - float(total.group(1))) > 0.01
                ):
                    out.add("EVID-03")
    # LAW
    if dec is not None and ordinary:
        viol = dec.tagged("violated")
        if not viol or "《" not in viol[0].text:
            out.add("LAW-01")
    provs = _provisions(case)
    if dec is not None:
        text = dec.text()
        for m in CITE_RE.finditer(text):
            law, art = m.group(1).removeprefix("中华人民共和国"), cn2int(m.group(2))
            para = cn2int(m.group(3)) if m.group(3) else None
            item = cn2int(m.group(4)) if m.group(4) else None
            known = [x for x in provs.get(law, []) if x.article == art]
            if law == "行政处罚法" and art == 51:
                out.add("LAW-04")
                continue
            if not known:
                if any(art > x.last_article for x in provs.get(law, [])):
                    out.add("LAW-03")
                continue
            ref = next((x for x in known if x.paragraph == para), known[0])
            if ref.item and item and item > ref.items:
                out.add("LAW-03")
            if (ref.paragraphs > 1 and para is None) or (ref.items > 1 and item is None and ref.item):
                out.add("LAW-02")
        if re.search(r"》（\d{4}年修[订正]）", text):
            out.add("LAW-04")
    if ordinary and case.fine:
        lo, hi = fine_bounds(case.scenario, case.facts)
        if not (lo <= case.fine <= hi) and case.tier != "减轻":
            out.add("LAW-05")
    # PROC
    notice = docs.get("notice")
    if ordinary and notice is None:
        out.add("PROC-01")
    if (
        ordinary
        and case.fine
        and case.fine >= PROFILE["hearing_threshold_yuan"][p.kind]
        and notice is not None
        and not notice.tagged("hearing_right")
    ):
        out.add("PROC-02")
    if (
        case.procedure != "简易"
        and (d["decision"] - d["filing"]).days > PROFILE["case_limit_days"]
        and "extension" not in docs
    ):
        out.add("PROC-03")
    if case.procedure != "简易":
        for x in records:
            if x.date and x.date < d["filing"]:
                out.add("PROC-04")
        for k in ("review", "collective"):
            if k in docs and docs[k].date > d["decision"]:
                out.add("PROC-04")
        if d["closing"] < d["decision"]:
            out.add("PROC-04")
    if (
        notice is not None
        and d.get("notice_served")
        and d["decision"] <= add_wd(d["notice_served"], case.statement_wd)
        and "waiver" not in docs
    ):
        out.add("PROC-05")
    if (
        ordinary
        and ((case.fine or 0) >= PROFILE["legal_review_yuan"] or case.hearing_held)
        and "review" not in docs
    ):
        out.add("PROC-06")
    if (
        ordinary
        and ((case.fine or 0) >= PROFILE["collective_discussion_yuan"] or case.hearing_held)
        and "collective" not in docs
    ):
        out.add("PROC-07")
    if (
        ordinary
        and notice is not None
        and case.fine
        and case.proposed_fine
        and case.fine > case.proposed_fine
    ):
        out.add("PROC-08")
    end = d["violation"] + dt.timedelta(days=15 if "ended_act" in case.flags else 0)
    two_years = (
        end.replace(year=end.year + 2) if (end.month, end.day) != (2, 29) else dt.date(end.year + 2, 3, 1)
    )
    if case.procedure != "简易" and d["filing"] > two_years:
        out.add("PROC-09")
    if case.procedure == "简易" and case.fine and case.fine > PROFILE["summary_max_yuan"][p.kind]:
        out.add("PROC-10")
    # 国办发〔2018〕118号: photographs taken at the step (拍照取证) are an 音像记录 too
    has_av = (
        "av" in docs
        or any(x.tagged("av_ref") for x in laid.docs)
        or any("拍照" in b.text for x in laid.docs for b in x.blocks)
    )
    steps = PROFILE["av_record_required_for"]
    needs_av = ("site" in docs and "现场检查笔录" in steps) or (
        case.procedure == "简易" and "当场行政处罚决定书" in steps
    )
    if needs_av and not has_av:
        out.add("PROC-11")
    if ordinary:
        pub = docs.get("publication")
        if pub is None or pub.date > add_wd(d["decision"], PROFILE["publication_working_days"]):
            out.add("PROC-12")
    if (case.facts.goods_value or 0) >= PROFILE["referral_thresholds_yuan"]["goods_value"]:
        out.add("PROC-13")
    # DISC
    if ordinary:
        rep = docs.get("report")
        rep_reason = rep is not None and any(
            b.text != "六、裁量理由：依法处罚。" for b in rep.tagged("discretion")
        )
        if not dec.tagged("discretion") and not rep_reason:
            out.add("DISC-01")
        stated = case.mods.get("stated_tier", case.tier)
        # the benchmark covers the *cited* provision: a penalty basis replaced by an article the
        # law does not have (LAW-03) is covered by no benchmark
        cited = case.mods.get("bad_article_role") != "penalty"
        if case.scenario.key in BENCHMARKED and case.fine and cited:
            a, b = tier_band(*fine_bounds(case.scenario, case.facts), stated)
            if not (a - 0.01 <= case.fine <= b + 0.01):
                out.add("DISC-02")
        if case.facts.mitigation and case.tier not in ("从轻", "减轻"):
            out.add("DISC-03")
    # DOC
    if dec is not None and case.procedure != "简易":
        need = ["party_address", "remedy"] + (["payment"] if ordinary else [])
        if any(not dec.tagged(t) for t in need):
            out.add("DOC-01")
    if dec is not None and dec.tagged("remedy"):
        r = dec.tagged("remedy")[0].text
        if (
            "三十日" in r
            or "三个月" in r
            or (d["decision"] >= dt.date(2024, 1, 1) and case.agency.superior in r)
        ):
            out.add("DOC-02")
        if case.procedure == "简易" and d["decision"] >= dt.date(2024, 1, 1) and "应当先" not in r:
            out.add("DOC-02")
    for doc in (dec, notice, docs.get("hearing_notice")):
        if doc is not None:
            num = doc.tagged("number")[0].text if doc.tagged("number") else ""
            if not NUMBER_RE.match(num):
                out.add("DOC-03")
    numbers = [x.tagged("number")[0].text for x in (dec, notice) if x is not None and x.tagged("number")]
    if len(numbers) == 2 and numbers[0] == numbers[1]:
        out.add("DOC-03")
    for doc in laid.docs:
        for b in doc.tagged("party_sig"):
            if b.text.strip().endswith("：") or b.text.strip().endswith("（签名）："):
                out.add("DOC-04")
        if doc.tagged("approval") and cell(doc, "负责人签名") == "":
            out.add("DOC-04")
        if doc.tagged("approval") and cell(doc, "审批日期") == "":
            out.add("DOC-05")
    if "report" in docs and not docs["report"].tagged("date"):
        out.add("DOC-05")
    for doc in laid.docs:
        t = doc.text()
        for code in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{17}[0-9A-Z](?![0-9A-Z])", t):
            if (code[:2] in ("91", "92") and not credit_code_valid(code)) or (
                code[:17].isdigit()
                and len(code) == 18
                and code[:2] not in ("91", "92")
                and not id_number_valid(code)
            ):
                out.add("DOC-06")
        for label in ("当事人", "受送达人", "被处罚人", "缴款人"):
            v = cell(doc, label)
            if v is not None and v != p.name and doc.key not in ("decision", "hearing"):
                out.add("DOC-06")
    if dec is not None and case.fine:
        for b in dec.tagged("penalty"):
            ups = re.findall(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元[整角分零壹贰叁肆伍陆柒捌玖]*", b.text)
            if (
                re.search(rf"(?<![\d.]){re.escape(money(case.fine))}(?![\d.])", b.text)
                and ups
                and upper_amount(case.fine) not in ups
            ):
                out.add("DOC-07")
    if "closing" in docs and case.fine and ordinary:
        m = re.search(r"缴纳罚款([\d.]+)元", docs["closing"].text())
        if m and float(m.group(1)) != case.fine:
            out.add("DOC-07")
    if (
        ordinary
        and case.proposed_fine
        and notice is not None
        and case.fine != case.proposed_fine
        and "statement_lowered" not in case.flags
    ):
        out.add("DOC-07")
    if ordinary:
        for key in ("filing", "report", "notice", "decision", "decision_receipt"):
            if key == "report" and "approval" in docs and report_in_approval(case.agency.name):
                continue  # this agency's files close the investigation in the approval form (DOC-008)
            if key == "report" and report_recorded_elsewhere(case.agency.name, docs):
                continue  # the review recorded in a 集体讨论记录/法制审核意见书: DOC-008 says 无法评查
            if key not in docs:
                out.add("DOC-08")
        if not any(k in docs for k in ("site", "inquiry1")):
            out.add("DOC-08")
    for doc in (dec, notice):
        if doc is not None and not doc.tagged("seal"):
            out.add("DOC-09")
    # SERV
    if case.procedure != "简易" and d["decision_served"] > add_wd(
        d["decision"], PROFILE["service_working_days"]
    ):
        out.add("SERV-01")
    for key in ("notice_receipt", "decision_receipt", "hearing_receipt"):
        if key in docs and not cell(docs[key], "送达方式"):
            out.add("SERV-02")
    if notice is not None and "notice_receipt" not in docs:
        out.add("SERV-02")
    rec = docs.get("decision_receipt")
    if rec is not None:
        want = (
            f"《{dec.doc_type}》（{case.numbers['decision']}）"
            if case.numbers["decision"]
            else f"《{dec.doc_type}》"
        )
        if cell(rec, "送达文书名称及文号") != want:
            out.add("SERV-03")
    # EXEC
    if ordinary and case.fine and "voucher" not in docs:
        out.add("EXEC-01")
    if case.late_fine:
        due = d["decision_served"] + dt.timedelta(days=15)
        overdue = max(0, (d["payment"] - due).days)
        if case.late_fine > case.fine or case.late_fine > round(case.fine * 0.03 * overdue, 2) + 0.01:
            out.add("EXEC-02")
    # ARCH
    toc = docs.get("toc")
    if toc is not None:
        printed = {}
        for doc, (a, b) in zip(laid.docs, laid.ranges, strict=True):
            nums = [pg.number for pg in laid.pages[a - 1 : b] if pg.number]
            if nums:
                printed.setdefault(doc.title, []).append(
                    f"{nums[0]}" if nums[0] == nums[-1] else f"{nums[0]}-{nums[-1]}"
                )
        listed: dict[str, list[str]] = {}
        for row in toc.blocks[0].rows[1:]:
            listed.setdefault(row[1], []).append(row[3])
        if listed != printed:
            out.add("ARCH-01")
    return out


__all__ = ["APL", "triggered"]


@cache
def _approval_aliases() -> tuple[str, ...]:
    """Agency-name words whose files may close the investigation in the 决定审批表 (the
    ``agency_aliases`` of rule DOC-008, read from the shipped pack so both sides agree)."""
    from casecheck.checks.rulepack import get_rule

    rule = get_rule("DOC-008")
    aliases = (rule.params.get("agency_aliases") or {}) if rule else {}
    return tuple(k for k, v in aliases.items() if "行政处罚决定审批表" in (v.get("调查终结报告") or []))


def report_in_approval(agency: str) -> bool:
    """Whether ``agency``'s files may close the investigation in the 决定审批表 (DOC-008)."""
    return any(word in agency for word in _approval_aliases())


_STAND_IN_KEYS = {"集体讨论记录": "collective", "法制审核意见书": "review", "行政处罚决定审批表": "approval"}


@cache
def _recorded_in() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The doc keys that record the 调查终结 review in place of the report, and the agency-name
    words exempt from that (rule DOC-008's ``recorded_in``, read from the shipped pack)."""
    from casecheck.checks.rulepack import get_rule

    rule = get_rule("DOC-008")
    stand = ((rule.params.get("recorded_in") or {}) if rule else {}).get("调查终结报告") or {}
    keys = tuple(_STAND_IN_KEYS[t] for t in stand.get("types", []) if t in _STAND_IN_KEYS)
    return keys, tuple(stand.get("except", []))


def report_recorded_elsewhere(agency: str, docs: dict[str, Doc]) -> bool:
    """Whether a missing 调查终结报告 is 无法评查 for ``agency``'s file holding ``docs`` (DOC-008)."""
    keys, exempt = _recorded_in()
    return not any(w in agency for w in exempt) and any(k in docs for k in keys)


def report_required(agency: str) -> bool:
    """Whether ``agency``'s rules name the 调查终结报告 itself, so its absence is a finding whatever else
    records the review (DOC-008's ``recorded_in`` exceptions)."""
    return any(w in agency for w in _recorded_in()[1])
