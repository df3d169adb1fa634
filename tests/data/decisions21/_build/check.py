"""Check decisions21: header and label shape, values present in the text, check digits, no unmasked
personal ID, no machine path, size, spread, date order, era consistency, reproducible build.
Prints ALL PASS (exit 0) or the list of failures (exit 1). Standard library only."""
import json
import re
import sys
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import codes  # noqa: E402
import common  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


LABEL_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
              "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
              "notes", "defects_observed"]
CIT_KEYS = ["law", "article", "paragraph", "item", "role"]
ROLES = {"violated", "penalty", "other"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template", "summary"}
DISCRETION = {None, "从轻", "减轻", "从重", "不予处罚"}
SECTORS = {"市场监管", "生态环境", "交通运输", "应急管理", "综合执法", "城市管理", "自然资源", "农业农村",
           "卫生健康", "文旅", "水利", "林业", "住建", "人社", "医保", "消防", "税务", "海关", "烟草", "公安",
           "药监", "教育", "气象", "邮政", "通信", "金融监管"}

CN = "零一二三四五六七八九"
OCR_FIX = str.maketrans({"O": "0", "l": "1", "曰": "日"})  # the OCR confusions used in files 03 and 18
CAP = "零壹贰叁肆伍陆柒捌玖"


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cn(n):
    """1..999 -> Chinese numerals as used in 条/款/项 and dates."""
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = CN[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + CN[r]
    return s + CN[r // 10] + "十" + (CN[r % 10] if r % 10 else "")


def cap_section(x):
    s, pend = "", False
    for p, u in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        d = x // p % 10
        if d == 0:
            if s:
                pend = True
        else:
            if pend:
                s += "零"
                pend = False
            s += CAP[d] + u
    return s


def cap_int(n):
    if n == 0:
        return "零"
    secs = []
    while n:
        secs.append(n % 10000)
        n //= 10000
    out = ""
    for i in range(len(secs) - 1, -1, -1):
        x = secs[i]
        if x == 0:
            if out and not out.endswith("零"):
                out += "零"
            continue
        if out and x < 1000 and not out.endswith("零"):
            out += "零"
        out += cap_section(x) + ["", "万", "亿"][i]
    return out.rstrip("零")


def capitals(v):
    d = Decimal(str(v)).quantize(Decimal("0.01"))
    yuan = int(d)
    cents = int((d - yuan) * 100)
    jiao, fen = divmod(cents, 10)
    s = cap_int(yuan) + "元"
    if jiao:
        s += CAP[jiao] + "角"
    if fen:
        s += ("零" if not jiao else "") + CAP[fen] + "分"
    forms = {s}
    if s.startswith("壹拾"):
        forms.add(s[1:])
    return forms


def amount_forms(v, text_n):
    d = Decimal(str(v))
    forms = set()
    if d == d.to_integral_value():
        n = int(d)
        forms |= {f"{n}元", f"{n:,}元", f"{n}.00", f"{n:,}.00", f"¥{n}", f"¥{n:,}"}
    forms |= {f"{d:.2f}", f"{float(d):,.2f}", format(d.normalize(), "f") + "元"}
    for div, unit in ((10000, "万"), (1000, "千")):
        q = format((d / div).normalize(), "f")
        forms.add(q + unit)
        if unit + "元" in text_n:   # table column in 万元/千元
            forms.add(format((d / div).quantize(Decimal("0.01")), "f"))
            if len(q) >= 3:
                forms.add(q)
    forms |= capitals(v)
    return {norm(f) for f in forms}


def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    forms = {f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}-{m:02d}-{d:02d}",
             f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}", f"{y}.{m:02d}.{d:02d}"}
    for zero in "〇○零0":
        yc = "".join(zero if c == "0" else CN[int(c)] for c in str(y))
        forms.add(f"{yc}年{cn(m)}月{cn(d)}日")
    return {norm(f) for f in forms}


def occurs(forms, text_n):
    return any(f and f in text_n for f in forms)


def read_header(text):
    lines = text.split("\n")
    return lines[:4], "\n".join(lines[4:])


# ------------------------------------------------------------------------------------------------
def check_file_set(labels):
    names = sorted(p.name for p in ROOT.glob("*.txt"))
    if len(names) != 24:
        fail(f"expected 24 .txt files, found {len(names)}")
    for n in names:
        if not re.fullmatch(r"\d{2}_[^_/\\]+\.txt", n):
            fail(f"bad file name {n}")
    if [l["file"] for l in labels] != names:
        fail("labels.jsonl files differ from the folder's .txt files (or are out of order)")


def check_header_and_shape(lab, text):
    f = lab["file"]
    hdr, _ = read_header(text)
    if not (hdr[0].startswith("source: ") and hdr[1].startswith("domain: ")
            and hdr[2].startswith("doc_type: ") and hdr[3] == "---"):
        fail(f"{f}: header lines wrong: {hdr}")
        return
    src = hdr[0][8:]
    if re.search(r"https?://|www\.|\.gov\.cn|\.com\b", src):
        fail(f"{f}: source line holds a URL")
    dom = hdr[1][8:]
    if dom not in SECTORS:
        fail(f"{f}: unknown domain {dom}")
    if f[3:-4] != dom:
        fail(f"{f}: file name sector differs from domain {dom}")
    if hdr[2][10:] != lab["doc_type"]:
        fail(f"{f}: doc_type differs between header and label")
    keys = list(lab.keys())
    if keys[:len(LABEL_KEYS)] != LABEL_KEYS:
        fail(f"{f}: label keys/order wrong: {keys[:len(LABEL_KEYS)]}")
    for c in lab["cited_articles"]:
        ck = list(c.keys())
        if ck[:5] != CIT_KEYS or any(k not in CIT_KEYS + ["note"] for k in ck):
            fail(f"{f}: citation keys wrong {ck}")
        if c["role"] not in ROLES:
            fail(f"{f}: role {c['role']}")
        if not (c["law"].startswith("《") and c["law"].endswith("》")):
            fail(f"{f}: law not in 书名号: {c['law']}")
        for k in ("article", "paragraph", "item"):
            if c[k] is not None and not isinstance(c[k], int):
                fail(f"{f}: {k} not int/null")
    for k in ("fine_yuan", "confiscation_yuan"):
        v = lab[k]
        if v is not None and (not isinstance(v, (int, float)) or v < 0):
            fail(f"{f}: {k} not a number")
    ds = lab["dates"]
    if list(ds.keys())[:4] != ["filing", "notice", "decision", "service"]:
        fail(f"{f}: dates keys wrong")
    for k, v in ds.items():
        if v is not None and not re.fullmatch(r"(20[0-2]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", v):
            fail(f"{f}: date {k}={v} not ISO")
    rd = lab["remedy_days"]
    if rd is not None:
        if list(rd.keys()) != ["review", "litigation"] or rd["litigation"] not in ("6m", "3m", None) \
                or not (rd["review"] is None or isinstance(rd["review"], int)):
            fail(f"{f}: remedy_days shape {rd}")
    if lab["discretion"] not in DISCRETION:
        fail(f"{f}: discretion {lab['discretion']}")
    if lab["completeness"] not in COMPLETENESS:
        fail(f"{f}: completeness {lab['completeness']}")
    if not isinstance(lab["defects_observed"], list):
        fail(f"{f}: defects_observed not a list")


def check_values(lab, body):
    f = lab["file"]
    t = norm(body)
    ocr = {k: norm(v) for k, v in lab.get("ocr_written", {}).items()}
    for k, v in ocr.items():
        if v not in t:
            fail(f"{f}: ocr_written[{k}] not in text")
        fixed = v.translate(OCR_FIX)
        if k.startswith("dates."):
            if fixed not in date_forms(lab["dates"][k[6:]]):
                fail(f"{f}: ocr_written[{k}] does not read as the labelled date")
        elif k in ("agency", "doc_number", "party") and fixed != norm(lab[k]):
            fail(f"{f}: ocr_written[{k}] does not read as the labelled value")

    def present(key, forms):
        if key in ocr:
            return
        if not occurs(forms, t):
            fail(f"{f}: {key} not found in text")

    for key in ("agency", "doc_number", "party", "credit_code"):
        if lab[key] is not None:
            present(key, {norm(lab[key])})
    for p in lab.get("other_parties", []):
        present(f"other_parties:{p}", {norm(p)})
    for name, code in lab.get("other_codes", {}).items():
        present(f"other_codes:{name}", {norm(code)})
    if lab.get("agency_credit_code"):
        present("agency_credit_code", {norm(lab["agency_credit_code"])})
    if lab.get("party_id_masked"):
        present("party_id_masked", {lab["party_id_masked"]})
    for c in lab["cited_articles"]:
        title = c["law"][1:-1]
        short = title.replace("中华人民共和国", "")
        if norm(title) not in t and norm(short) not in t:
            fail(f"{f}: law {c['law']} not in text")
        if c["article"] is not None:
            present(f"article {c['law']}{c['article']}", {f"第{cn(c['article'])}条", f"第{c['article']}条"})
        if c["paragraph"] is not None:
            present(f"paragraph {c['law']}{c['article']}.{c['paragraph']}",
                    {f"第{cn(c['paragraph'])}款", f"第{c['paragraph']}款"})
        if c["item"] is not None:
            i = c["item"]
            present(f"item {c['law']}{c['article']}.{i}",
                    {f"第{cn(i)}项", f"第({cn(i)})项", f"第{i}项", f"第({i})项"})
    for key in ("fine_yuan", "confiscation_yuan", "refund_yuan", "tax_underpaid_yuan"):
        v = lab.get(key)
        if v is None:
            continue
        if key in ocr:
            continue
        if occurs(amount_forms(v, t), t):
            continue
        parts = lab.get("fine_breakdown") if key == "fine_yuan" else None
        if parts and abs(sum(p["amount"] for p in parts) - v) < 0.005:
            for p in parts:
                if p["amount"] and not occurs(amount_forms(p["amount"], t), t):
                    fail(f"{f}: breakdown amount {p['amount']} not in text")
            continue
        fail(f"{f}: {key}={v} not in text in any written form")
    if lab.get("fine_breakdown"):
        s = sum(p["amount"] for p in lab["fine_breakdown"])
        if abs(s - (lab["fine_yuan"] or 0)) > 0.005:
            fail(f"{f}: fine_breakdown sums to {s}, fine_yuan is {lab['fine_yuan']}")
    for k, v in lab["dates"].items():
        if v is not None:
            present(f"dates.{k}", date_forms(v))
    rd = lab["remedy_days"]
    if rd:
        if rd["review"] is not None:
            present("remedy review", {f"{cn(rd['review'])}日", f"{rd['review']}日", f"{rd['review']}天"})
        if rd["litigation"]:
            n = int(rd["litigation"][0])
            present("remedy litigation", {f"{cn(n)}个月", f"{n}个月"})
    disc = lab["discretion"]
    if disc:
        present("discretion", {"不予行政处罚", "不予处罚"} if disc == "不予处罚" else {disc})


def check_codes(lab, body):
    f = lab["file"]
    t = norm(body)
    for key in ("credit_code", "agency_credit_code"):
        v = lab.get(key)
        if v and not codes.uscc_valid(v):
            fail(f"{f}: {key} {v} fails GB 32100")
    # every code written after a 信用代码 label must be valid
    for m in re.finditer(r"信用(?:编码|代码)[^0-9A-Z]{0,12}([0-9A-Z]{18})", t):
        if not codes.uscc_valid(m.group(1)):
            fail(f"{f}: written credit code {m.group(1)} fails GB 32100")
    for name, code in lab.get("other_codes", {}).items():
        if name == "营业执照注册号" and not codes.regno_valid(code):
            fail(f"{f}: 注册号 {code} fails GS 15")
        if name == "组织机构代码" and not codes.org_valid(code):
            fail(f"{f}: 组织机构代码 {code} fails GB 11714")
        if name == "纳税人识别号" and not (len(code) == 15 and codes.org_valid(code[6:])):
            fail(f"{f}: 纳税人识别号 {code} has no valid 组织机构代码 part")
    for m in re.finditer(r"(?<![0-9A-Z])(\d{8}-[0-9X])(?![0-9])", t):
        if not codes.org_valid(m.group(1)):
            fail(f"{f}: 组织机构代码 {m.group(1)} fails GB 11714")
    for m in re.finditer(r"索引号[:：]?(\w{9})/", t):
        if not codes.org_valid(m.group(1)):
            fail(f"{f}: 索引号 agency code {m.group(1)} fails GB 11714")


def check_masked_ids(texts):
    known = {common.masked_id(k): k for k in common.PERSONS}
    for k in common.PERSONS:
        if not codes.id_valid(common.full_id(k)):
            fail(f"person {k}: full ID behind the mask fails GB 11643")
    for name, text in texts.items():
        for m in re.finditer(r"\d{6}\*{8}\d{3}[\dX]", text):
            if m.group(0) not in known:
                fail(f"{name}: masked ID {m.group(0)} does not hide a known valid ID")


def plausible_birth(s):
    y, mo, d = int(s[0:4]), int(s[4:6]), int(s[6:8])
    return 1900 <= y <= 2025 and 1 <= mo <= 12 and 1 <= d <= 31


def check_no_ids_or_paths(all_files):
    path_re = re.compile("(?:" + "|".join(["/" + "work/", "/" + "tmp/", "/" + "home/", "/" + "root/",
                                            "/" + "Users/", r"[A-Za-z]:\\\\"]) + ")")
    total = 0
    for p in all_files:
        raw = p.read_bytes()
        total += len(raw)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            fail(f"{p.name}: not UTF-8")
            continue
        for m in re.finditer(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])", text):
            s = m.group(1).upper()
            if codes.id_valid(s) and plausible_birth(s[6:14]):
                fail(f"{p.relative_to(ROOT)}: unmasked personal ID-like number {s[:6]}…")
        if path_re.search(text):
            fail(f"{p.relative_to(ROOT)}: contains a machine path")
    if total >= 1024 * 1024:
        fail(f"folder is {total} bytes (limit 1 MB)")
    return total


def check_spread_and_eras(labels, manifest):
    doms = {m["domain"] for m in manifest}
    provs = {m["province"] for m in manifest}
    years = [m["year"] for m in manifest]
    if len(doms) < 14:
        fail(f"only {len(doms)} sectors")
    if len(provs) < 12:
        fail(f"only {len(provs)} provinces")
    if min(years) < 2011 or max(years) > 2026:
        fail("years outside 2011–2026")
    for lab, m in zip(labels, manifest):
        f = lab["file"]
        ds = lab["dates"]
        seq = [ds.get(k) for k in ("filing", "notice", "decision", "service") if ds.get(k)]
        if seq != sorted(seq):
            fail(f"{f}: filing/notice/decision/service out of order {seq}")
        dec = ds.get("decision")
        if dec and int(dec[:4]) != m["year"]:
            fail(f"{f}: decision year {dec} differs from manifest year {m['year']}")
        if not dec:
            continue
        arts = {c["article"] for c in lab["cited_articles"] if c["law"] == "《中华人民共和国行政处罚法》"}
        if dec < "2021-07-15" and arts & {72, 32, 33, 64, 67}:
            fail(f"{f}: pre-2021-07-15 decision cites new 行政处罚法 numbering")
        if dec >= "2021-07-15" and 51 in arts:
            fail(f"{f}: post-2021-07-15 decision cites old 第五十一条")
        rd = lab["remedy_days"]
        if rd and rd["litigation"]:
            expected = "3m" if dec < "2015-05-01" else "6m"
            if rd["litigation"] != expected and not any("三个月" in x for x in lab["defects_observed"]):
                fail(f"{f}: litigation {rd['litigation']} but {expected} expected and no defect recorded")
    eras = {"pre2015": False, "2015_2021": False, "2021_2024": False, "post2024": False}
    for lab in labels:
        dec = lab["dates"].get("decision")
        if not dec:
            continue
        if dec < "2015-05-01":
            eras["pre2015"] = True
        elif dec < "2021-07-15":
            eras["2015_2021"] = True
        elif dec < "2024-01-01":
            eras["2021_2024"] = True
        else:
            eras["post2024"] = True
    for k, v in eras.items():
        if not v:
            fail(f"no decision in era {k}")


def check_reproducible():
    import build
    with tempfile.TemporaryDirectory() as tmp:
        build.build(tmp)
        tmp = Path(tmp)
        for p in sorted(tmp.rglob("*")):
            if p.is_file():
                q = ROOT / p.relative_to(tmp)
                if not q.exists() or q.read_bytes() != p.read_bytes():
                    fail(f"rebuild differs: {p.relative_to(tmp)} (run _build/build.py)")


def main():
    labels = [json.loads(l) for l in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    check_file_set(labels)
    texts = {}
    for lab in labels:
        p = ROOT / lab["file"]
        if not p.exists():
            fail(f"missing {lab['file']}")
            continue
        text = p.read_text(encoding="utf-8")
        texts[lab["file"]] = text
        check_header_and_shape(lab, text)
        _, body = read_header(text)
        check_values(lab, body)
        check_codes(lab, body)
    check_masked_ids(texts)
    files = [p for p in ROOT.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    size = check_no_ids_or_paths(files)
    check_spread_and_eras(labels, manifest)
    check_reproducible()
    n_codes = sum(1 for l in labels if l["credit_code"])
    print(f"{len(labels)} files, {len({m['domain'] for m in manifest})} sectors, "
          f"{len({m['province'] for m in manifest})} provinces, years {min(m['year'] for m in manifest)}–"
          f"{max(m['year'] for m in manifest)}, {n_codes} USCC labels, {size} bytes")
    if FAIL:
        for m in FAIL:
            print("FAIL:", m)
        sys.exit(1)
    print("ALL PASS")


if __name__ == "__main__":
    main()
