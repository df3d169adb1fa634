"""Verify the decisions22 corpus. Run: python3 _build/check.py  (prints ALL PASS or the failures)."""
import json
import os
import re
import sys
sys.dont_write_bytecode = True
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from codes import (uscc_valid, org_valid, reg15_valid, id_valid, cn_int, cn_date,  # noqa: E402
                   cap_money)
from common import LABEL_KEYS  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ROLES = {"violated", "penalty", "other"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
WS = re.compile(r"[\s\u3000]+")


def compact(s):
    return WS.sub("", s)


def ocr_norm(t):
    """Undo the OCR confusions used in this corpus (O/0, l/1, 曰/日, 入/人) where context is numeric."""
    t = t.replace("曰", "日").replace("入民", "人民")
    t = re.sub(r"[0-9A-Za-z]{15,18}", lambda m: m.group().replace("l", "1").replace("O", "0"), t)
    for _ in range(4):
        t = re.sub(r"(?<=[\d〔年月.¥,第])O|O(?=[\d〕年月日号O])", "0", t)
        t = re.sub(r"(?<=[\d〔年月.¥,第])l|l(?=[\d〕年月日号])", "1", t)
    t = re.sub(r"(?<=[〇一二三四五六七八九])O(?=[〇一二三四五六七八九年])", "〇", t)
    return t


FURNITURE = [re.compile(r"^\s*[—-]\s*\d+\s*[—-]\s*$"), re.compile(r"^\s*第\s*\d+\s*页\s*共\s*\d+\s*页\s*$")]


def flat(t):
    lines = t.split("\n")
    counts = {}
    for ln in lines:
        if ln.strip():
            counts[ln] = counts.get(ln, 0) + 1
    keep = [ln for ln in lines
            if not any(p.match(ln) for p in FURNITURE) and not (counts.get(ln, 0) > 1 and len(ln) < 30)]
    return "".join(keep)


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    return {f"{y}年{mi}月{di}日", f"{y}年{m}月{d}日", iso, f"{y}/{mi}/{di}", f"{y}/{m}/{d}",
            f"{y}.{mi}.{di}", f"{y}.{m}.{d}", cn_date(iso, "〇"), cn_date(iso, "○"),
            f"至{mi}月{di}日"}  # end of a range with the year elided


def money_forms(a):
    a = Decimal(str(a))
    forms = set()
    q = a.quantize(Decimal("0.01"))
    forms |= {str(q), f"{q:,}"}
    if a == int(a):
        i = int(a)
        forms |= {f"{i}元", f"{i:,}元", f"{i}.00"}
        if i % 10000 == 0 and i < 1000000:
            forms.add(f"{cn_int(i // 10000)}万元")
    else:
        forms.add(str(a.normalize()))
    w = (a / 10000).normalize()
    forms |= {f"{w:f}万", f"（万元）：{w:f}"}
    cap = cap_money(a)
    forms |= {cap, cap.rstrip("整")}
    return forms


def present(hay_list, forms):
    forms = {compact(f) for f in forms if f}
    return any(f in h for h in hay_list for f in forms)


def item_forms(n):
    c = cn_int(n)
    return {f"第（{c}）项", f"第({c})项", f"第{c}项", f"（{c}）项", f"({c})项"}


def main():
    names = sorted(f for f in os.listdir(ROOT) if f.endswith(".txt"))
    if len(names) != 24:
        fail(f"expected 24 .txt files, found {len(names)}")
    for n in names:
        if not re.match(r"^\d{2}_[\u4e00-\u9fff]+\.txt$", n):
            fail(f"bad file name {n}")
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    if [l["file"] for l in labels] != names:
        fail("labels.jsonl files do not match the .txt files in order")
    total = 0
    provinces, sectors, years = set(), set(), set()
    for dirpath, _, files in os.walk(ROOT):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    if total >= 1_000_000:
        fail(f"folder is {total} bytes (>= 1 MB)")

    for lab in labels:
        fn = lab["file"]
        raw = open(os.path.join(ROOT, fn), encoding="utf-8").read()
        # ---- header
        hl = raw.split("\n")
        if not (hl[0].startswith("source: ") and hl[1].startswith("domain: ")
                and hl[2].startswith("doc_type: ") and hl[3] == "---"):
            fail(f"{fn}: header")
        if "http" in hl[0]:
            fail(f"{fn}: source must name the imitated form, not a URL")
        sectors.add(hl[1][8:])
        if hl[2][10:] != lab["doc_type"]:
            fail(f"{fn}: header doc_type differs from label doc_type")
        body = "\n".join(hl[4:])
        # ---- label shape
        keys = list(lab.keys())
        if keys[:len(LABEL_KEYS)] != LABEL_KEYS:
            fail(f"{fn}: label keys/order {keys[:len(LABEL_KEYS)]}")
        for c in lab["cited_articles"]:
            if list(c.keys())[:5] != ["law", "article", "paragraph", "item", "role"]:
                fail(f"{fn}: cited_articles keys {list(c.keys())}")
            if c["role"] not in ROLES:
                fail(f"{fn}: role {c['role']}")
            if not (c["law"].startswith("《") and c["law"].endswith("》")):
                fail(f"{fn}: law not in 书名号 {c['law']}")
            for k in ("article", "paragraph", "item"):
                if c[k] is not None and not isinstance(c[k], int):
                    fail(f"{fn}: {k} not int")
        for k in ("fine_yuan", "confiscation_yuan"):
            if lab[k] is not None and not isinstance(lab[k], (int, float)):
                fail(f"{fn}: {k} type")
        d = lab["dates"]
        if list(d.keys())[:4] != ["filing", "notice", "decision", "service"]:
            fail(f"{fn}: dates keys")
        for k, v in d.items():
            if v is not None:
                if not ISO.match(v):
                    fail(f"{fn}: date {k}={v} not ISO")
                else:
                    date.fromisoformat(v)
        if d["decision"]:
            years.add(int(d["decision"][:4]))
        r = lab["remedy_days"]
        if r is not None and (set(r) != {"review", "litigation"} or r["litigation"] not in ("6m", "3m", None)):
            fail(f"{fn}: remedy_days {r}")
        if lab["completeness"] not in COMPLETENESS:
            fail(f"{fn}: completeness")
        if not isinstance(lab["defects_observed"], list):
            fail(f"{fn}: defects_observed")
        # ---- haystacks
        text = ocr_norm(body) if lab.get("ocr") else body
        hay = [compact(text), compact(flat(text))]

        def need(what, forms):
            if not present(hay, forms):
                fail(f"{fn}: labelled {what} not found in text")

        for k in ("agency", "doc_number", "party", "credit_code"):
            if lab[k]:
                need(k, {lab[k]})
        for c in lab["cited_articles"]:
            need(f"law {c['law']}", {c["law"].strip("《》")})
            if c["article"]:
                need(f"article {c['article']}", {f"第{cn_int(c['article'])}条"})
            if c["paragraph"]:
                need(f"paragraph {c['paragraph']}", {f"第{cn_int(c['paragraph'])}款"})
            if c["item"]:
                need(f"item {c['item']}", item_forms(c["item"]))
        parts = lab.get("fines_breakdown") or ([lab["fine_yuan"]] if lab["fine_yuan"] is not None else [])
        if lab.get("fines_breakdown") and abs(sum(parts) - lab["fine_yuan"]) > 0.001:
            fail(f"{fn}: fines_breakdown does not sum to fine_yuan")
        for p in parts:
            need(f"fine {p}", money_forms(p))
        if lab["confiscation_yuan"] is not None:
            need("confiscation", money_forms(lab["confiscation_yuan"]))
        if lab.get("refund_yuan") is not None:
            need("refund", money_forms(lab["refund_yuan"]))
        for k, v in d.items():
            if v:
                need(f"date {k}", date_forms(v))
        for v in lab.get("related_doc_numbers", []):
            need(f"related {v}", {v})
        for v in lab.get("other_parties", []):
            need(f"other party {v}", {v})
        for k, v in lab.get("other_codes", {}).items():
            need(f"{k} {v}", {v})
            if k == "注册号" and not reg15_valid(v):
                fail(f"{fn}: 注册号 {v} check digit")
            if k == "组织机构代码" and not org_valid(v):
                fail(f"{fn}: 组织机构代码 {v} check digit")
        if r is not None:
            need("review days", {"六十日", "60日"})
            need("litigation period", {"六个月", "6个月"} if r["litigation"] == "6m" else {"三个月", "3个月"})
        # ---- codes
        for k in ("credit_code", "agency_credit_code"):
            if lab.get(k) and not uscc_valid(lab[k]):
                fail(f"{fn}: {k} {lab[k]} fails GB 32100")
            if lab.get(k) and not org_valid(lab[k][8:17]):
                fail(f"{fn}: {k} {lab[k]} org-code part fails GB 11714")
        for m in re.finditer(r"(?:信用代码|纳税人识别号)[^：:]{0,20}[：:]\s*([0-9A-Za-z]{18})", text):
            if not uscc_valid(m.group(1)):
                fail(f"{fn}: code {m.group(1)} in text fails GB 32100")
        # ---- privacy and paths
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", text):
            s = m.group(1)
            try:
                bd = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
                plausible = 1900 <= bd.year <= 2026
            except ValueError:
                plausible = False
            if plausible and id_valid(s) and s not in (lab.get("credit_code"), lab.get("agency_credit_code")):
                fail(f"{fn}: unmasked ID-like number {s}")
        for m in re.finditer(r"\d{6}\*+\d{3}[\dXx]", text):
            if len(m.group()) != 18:
                fail(f"{fn}: masked ID {m.group()} is not 18 characters")
        if re.search(r"(/work/|/tmp/|/home/|[A-Z]:\\\\|file://)", raw):
            fail(f"{fn}: machine path in text")
        if "http" in body:
            fail(f"{fn}: URL in body")
        if lab.get("ocr") and body == ocr_norm(body):
            fail(f"{fn}: marked OCR but carries no OCR noise")
        prov = re.findall(r"(浙江|江苏|湖南|长沙|山东|潍坊|广东|东莞|河南|辉县|山西|运城|广西|南宁|重庆|江西|赣州|福建|永泰|"
                          r"陕西|西安|天津|湖北|宜昌|黑龙江|哈尔滨|贵州|遵义|辽宁|大连|甘肃|天水|四川|成都|安徽|河北|石家庄|"
                          r"吉林|长春|云南|昆明|上海)", lab["agency"] or "")
        if prov:
            provinces.add(prov[0])

    # ---- spread
    if len(sectors) < 14:
        fail(f"only {len(sectors)} sectors")
    if len(provinces) < 12:
        fail(f"only {len(provinces)} provinces/places in agency names")
    if min(years) > 2011 or max(years) < 2026:
        fail(f"years {min(years)}-{max(years)} do not span 2011-2026")
    for s in sorted(set(FAIL)):
        print("FAIL", s)
    print(f"{len(labels)} files, {len(sectors)} sectors, {len(provinces)} places, years {min(years)}-{max(years)}, {total} bytes")
    if not FAIL:
        print("ALL PASS")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
